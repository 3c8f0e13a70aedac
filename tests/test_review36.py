"""Review36 (round 15): first recorded review of the Art. 16 provider duties (art16_b ...
art16_l), the authorised representative (art22_3, art22_4) and the value-chain entries
(art25_2_original, art72_3) against the article text, both law versions. One defect:

* ``art72_3`` (Art. 72(3), the post-market monitoring plan) is declared ``NATIONAL_ONLY`` and its
  summaries say "Not listed in Art. 99(4): national penalties only". Art. 72(3) itself is not
  listed, but it makes the plan "part of the technical documentation referred to in Annex IV";
  Annex IV, point 9, requires "the post-market monitoring plan referred to in Article 72(3)";
  Art. 11(1) requires the technical documentation to contain "at a minimum, the elements set out
  in Annex IV"; and Art. 16(a) obliges the provider to ensure compliance with Section 2, fined
  under Art. 99(4)(a). The catalogue itself fines the Annex IV documentation at Art. 99(4)(a)
  (art11, through Art. 16(a)). A missing plan is therefore an infringement with an EU ceiling
  (EUR 15 000 000 or 3 %), in both texts (2026/1744 replaces only the last sentences of Art.
  72(3), the template; Annex IV and Arts. 11(1) first subparagraph, 16 and 99(4)(a) untouched).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_annex, quote_nl
from timecases import COMPANY, system

import aiact
from aiact.obligations import catalogue
from aiact.penalties.tiers import FineTier


def _row(a: aiact.Assessment, obligation: str) -> Any:
    return {o.obligation_id: o for o in a.exposure.obligations}[obligation]


def _provider(law: str) -> aiact.Assessment:
    """A Dutch company, provider of a recruitment system (Annex III 4(a)) placed on 15 Dec
    2027, on 1 Jun 2028 (after the Annex III date in both texts)."""
    s = system(annex_iii=["4a"], placed_on_market=dt.date(2027, 12, 15))
    return aiact.assess(s, COMPANY, "2028-06-01", law)


def _quote_plan_in_technical_documentation() -> None:
    quote(
        "72",
        "The post-market monitoring plan shall be part of the technical documentation referred "
        "to in Annex IV",
        "original",
    )
    quote(
        "72",
        "The post-market monitoring plan shall be part of the technical documentation referred "
        "to in Annex IV",
        "amended",
    )
    quote_nl(
        "Het plan voor monitoring na het in de handel brengen maakt deel uit van de in bijlage IV "
        "bedoelde technische documentatie"
    )
    quote_annex(
        "IV",
        "including the post-market monitoring plan referred to in Article 72(3)",
    )
    quote("11", "It shall contain, at a minimum, the elements set out in Annex IV", "original")
    quote("11", "It shall contain, at a minimum, the elements set out in Annex IV", "amended")
    quote(
        "16",
        "ensure that their high-risk AI systems are compliant with the requirements set out in "
        "Section 2",
        "both",
    )
    quote("99", "(a) obligations of providers pursuant to Article 16", "both")


@pytest.mark.parametrize("law", ["original", "amended"])
def test_art72_3_missing_plan_has_the_art99_4_a_ceiling(law: str) -> None:
    """Art. 72(3): the plan "shall be part of the technical documentation referred to in Annex
    IV"; Annex IV point 9: "including the post-market monitoring plan referred to in Article
    72(3)"; Art. 11(1): "It shall contain, at a minimum, the elements set out in Annex IV"; Art.
    16(a) and Art. 99(4)(a). Not drawing up the plan is an Art. 11 breach with the Art. 99(4)
    ceiling, not a breach reached by national penalties only."""
    _quote_plan_in_technical_documentation()
    entry = catalogue().get("art72_3")
    assert entry.fine is FineTier.ART_99_4 and entry.fine_ref == "Art. 99(4)(a)"
    assert "national penalties only" not in entry.summary_en
    assert "alleen nationale sancties" not in entry.summary_nl
    row = _row(_provider(law), "art72_3")
    assert row.tier is FineTier.ART_99_4 and "Art. 99(4)(a)" in row.citations


@pytest.mark.parametrize("law", ["original", "amended"])
def test_control_art11_has_the_art99_4_a_ceiling(law: str) -> None:
    """Control: the catalogue fines the Annex IV technical documentation (art11) at Art.
    99(4)(a) through Art. 16(a), for the same provider, in both texts."""
    a = _provider(law)
    assert {r.id: r.applies for r in a.obligation_results}["art72_3"] is True
    row = _row(a, "art11")
    assert row.tier is FineTier.ART_99_4 and "Art. 99(4)(a)" in row.citations


def test_control_art16_points_b_to_l_are_entries_fined_under_art99_4_a() -> None:
    """Control: Art. 16 points (b)-(l) each have an entry at Art. 99(4)(a) ("obligations of
    providers pursuant to Article 16"); point (a) is carried by art9-art15 (each also citing
    Art. 16(a)); Art. 22 entries at Art. 99(4)(b)."""
    quote("99", "(b) obligations of authorised representatives pursuant to Article 22", "both")
    cat = catalogue()
    for point in "bcdefghijkl":
        entry = cat.get(f"art16_{point}")
        assert entry.source == f"Art. 16, point ({point})"
        assert entry.fine is FineTier.ART_99_4 and entry.fine_ref == "Art. 99(4)(a)"
    for article in ("art9", "art10", "art11", "art12", "art13", "art14", "art15"):
        assert "Art. 16, point (a)" in cat.get(article).also_cites
    for entry_id in ("art22_3", "art22_4"):
        assert cat.get(entry_id).fine_ref == "Art. 99(4)(b)"
