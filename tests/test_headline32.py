"""The headline of an assessment names its date and the next change of the risk category
(round 32).

A reviewer of real Dutch register entries (rev31c) read "Risk category: minimal risk" for a
police face-search system listed in Annex III, assessed on 7 December 2026: right by date (Art.
113, third paragraph, point (c)(i), as amended by Regulation (EU) 2026/1744: the high-risk rules
for Annex III systems apply from 2 December 2027), but a director can read it as the system's
lasting category. The headline (terminal and notebook) now says "Risk category on 7 Dec 2026:
minimal risk; high-risk AI system from 2 Dec 2027", the first dated change the Assessment
already lists (``tier_changes``); the web page said the date already.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lawquote import quote
from rich.console import Console

import aiact
from aiact.assessment import RiskTier
from aiact.views import console, html
from aiact.views._rows import dated_headline, day
from aiact.views.i18n import tier_label

CATCH = Path(__file__).parent / "data" / "rev31c" / "politie-catch.yaml"


def _catch(as_of: dt.date | None = None) -> aiact.Assessment:
    return aiact.load_case(CATCH).assess(as_of=as_of or dt.date(2026, 12, 7))


def _printed(a: aiact.Assessment, lang: str) -> str:
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(
        console.assessment_renderable(a, lang)  # type: ignore[arg-type]
    )
    return out.getvalue()


def test_an_annex_iii_system_before_2_december_2027_names_the_change() -> None:
    """Art. 113, third paragraph, point (c)(i), as amended: "2 December 2027 as regards AI
    systems classified as high-risk pursuant to Article 6(2) and listed in Annex III"."""
    quote("113", "2 December 2027 as regards AI systems classified as high-risk", "amended")
    a = _catch()
    assert a.risk_tier is RiskTier.MINIMAL
    assert dated_headline(a, "en") == (
        "Risk category on 7 Dec 2026",
        "minimal risk; high-risk AI system from 2 Dec 2027",
    )
    assert dated_headline(a, "nl") == (
        "Risicocategorie op 7 dec 2026",
        "minimaal risico; AI-systeem met een hoog risico vanaf 2 dec 2027",
    )
    assert "Risk category on 7 Dec 2026: minimal risk; high-risk AI system from 2 Dec 2027" in (
        _printed(a, "en")
    )
    assert "Risicocategorie op 7 dec 2026: minimaal risico; AI-systeem met een hoog risico" in (
        _printed(a, "nl")
    )
    page = html.assessment_html(a, "nl")
    assert "Risicocategorie op 7 dec 2026: minimaal risico; AI-systeem met een hoog risico " in page


def test_no_change_ahead_no_suffix() -> None:
    """From 2 December 2027 the system is high-risk and no later change is listed: the headline
    is the category on the date alone."""
    a = _catch(dt.date(2028, 1, 10))
    assert a.risk_tier is RiskTier.HIGH_RISK and not a.tier_changes
    assert dated_headline(a, "en") == ("Risk category on 10 Jan 2028", "high-risk AI system")


@settings(max_examples=25, deadline=None)
@given(st.dates(min_value=dt.date(2024, 8, 1), max_value=dt.date(2031, 12, 31)))
def test_the_headline_is_the_tier_and_the_first_change(as_of: dt.date) -> None:
    """On any date, the headline's value starts with the category on that date and names the
    first dated change (Art. 113) and nothing else."""
    a = _catch(as_of)
    lead, value = dated_headline(a, "en")
    assert lead.startswith("Risk category on ")
    first, _, rest = value.partition("; ")
    assert first.split(" (")[0] == tier_label(a.risk_tier.value, "en")
    if a.tier_changes:
        assert rest.endswith(day(a.tier_changes[0].date, "en")), value
    else:
        assert rest == ""


def test_a_conclusion_beside_an_open_or_excluded_scope_says_so() -> None:
    """Art. 6(2) ("AI systems referred to in Annex III shall be considered to be high-risk") is
    read of an AI system (Art. 3(1)) within the Act's scope (Art. 2): over every register case
    of rounds 31 and 32, on two dates, a scoped conclusion that holds is shown as plain "yes"
    exactly where the scope holds (rev32a D3), and every other row as its truth value."""
    from aiact.views._rows import SCOPED_CATEGORIES, category_rows

    quote("6", "AI systems referred to in Annex III shall be considered to be high-risk")
    cases = sorted((Path(__file__).parent / "data").glob("rev3[12][ac]/*.yaml"))
    assert len(cases) >= 16
    for path in cases:
        for day_ in (dt.date(2026, 12, 7), dt.date(2028, 1, 1)):
            a = aiact.load_case(path).assess(as_of=day_)
            scope = a.categories["in_scope"]
            for (key, value), (_, shown, _) in zip(
                a.categories.items(), category_rows(a, "nl"), strict=True
            ):
                if key in SCOPED_CATEGORIES and value is True and scope is not True:
                    assert shown.startswith("ja, ") and "toepassingsgebied" in shown, path
                else:
                    assert shown == {True: "ja", False: "nee", None: "onbekend"}[value], path


def test_out_of_scope_says_why() -> None:
    """Art. 2(8): "This Regulation does not apply to any research, testing or development activity
    regarding AI systems or AI models prior to their being placed on the market or put into
    service" (rev32a's remark: a water board's crack-detection system still in development read
    "out of scope" with no reason). The scope rows name the exclusion; a system that is not an AI
    system names Art. 3(1); where the Act applies there is no reason row."""
    from aiact.views._rows import classification_rows, scope_reason

    quote("2", "prior to their being placed on the market or put into service")
    path = Path(__file__).parent / "data" / "rev32a" / "hhnk-scheurdetectie.yaml"
    a = aiact.load_case(path).assess(as_of=dt.date(2026, 12, 7))
    assert a.in_scope is False
    reason = scope_reason(a, "nl")
    assert reason is not None and reason.startswith("Artikel 2, lid 8: Onderzoek, testen")
    assert ("Reden", reason) in classification_rows(a, "nl")
    assert "Reden" in _printed(a, "nl") and "Artikel 2, lid 8" in _printed(a, "nl")
    not_ai = aiact.assess({"is_ai_system": False}, {"kind": "public_authority"}, "2026-12-07")
    assert scope_reason(not_ai, "en") == "Art. 3(1): not an AI system"
    assert scope_reason(_catch(), "en") is None
    assert all(label != "Reason" for label, _ in classification_rows(_catch(), "en"))
