"""polish26 (round 26): five wording defects review83 left in the Dutch and English output.

Presentation only: no rule, date or obligation changes (tests/test_never25.py and
tests/test_review83.py still pass).

1. The Markdown heading of the duties listed apart (``Assessment.not_binding``, Art. 111(2),
   first sentence) gives their count, as the console and HTML do (one function,
   :func:`aiact.views._rows.not_binding_heading`).
2. Dutch "Voorwaarden" was both "Conditions" (of the duties apart) and "Prerequisites" (of an
   obligation); "Prerequisites" is now "Vooraf nodig".
3. Under A3 the reason of a date read from "intended to be used by public authorities" (Art.
   111(2), second sentence) names the reading used (A3=actual_use: only actual use counts).
4. A case label after a colon starts lower case ("...: geen (op de peildatum bekende)
   aanzienlijke wijziging"), where the reason composes it; labels on their own keep their capital.
5. The header's "(chosen explicitly (counterfactual))" had nested parentheses.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner
from test_review71 import _BASE, _case
from timecases import COMPANY

import aiact
from aiact.interpretations import Interpretations

_A3 = {"public_authority_use": "actual_use"}


def _r2(a3: str = "actual_use") -> Any:
    """review77 R2: a reclassified legacy system (Art. 80(2)), placed in 2025, Annex III, not
    intended for public authorities, no significant change, amended text, 2 Dec 2027."""
    return aiact.assess(
        _case("reclass", dict(_BASE)),
        COMPANY,
        "2027-12-02",
        "amended",
        interpretations=Interpretations(public_authority_use=a3),
    )


def _case_file(tmp_path: Path) -> Path:
    case = {
        "as_of": "2027-12-02",
        "law": "amended",
        "interpretations": _A3,
        "organisation": json.loads(COMPANY.model_dump_json()),
        "system": _case("reclass", dict(_BASE)),
    }
    path = tmp_path / "r2.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


def _run(tmp_path: Path, lang: str, fmt: str = "text", width: int = 80) -> str:
    from aiact.cli import main

    args = ["assess", "--lang", lang, str(_case_file(tmp_path))]
    if fmt != "text":
        args[1:1] = ["--format", fmt]
    out = CliRunner().invoke(main, args, env={"COLUMNS": str(width)})
    assert out.exit_code == 0, out.output
    return out.output


# --------------------------------------------------------------------------- 1. the count


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        (
            "nl",
            "Geldt voor dit systeem pas na een aanzienlijke wijziging van het ontwerp "
            "(artikel 111, lid 2): 9 verplichtingen",
        ),
        (
            "en",
            "Binding on this system only after a significant change in its design "
            "(Art. 111(2)): 9 obligations",
        ),
    ],
)
def test_1_markdown_counts_the_duties_apart_as_the_others_do(
    tmp_path: Path, lang: str, heading: str
) -> None:
    markdown = _run(tmp_path, lang, "markdown")
    assert f"### {heading}\n" in markdown
    assert heading in _run(tmp_path, lang, "html")
    assert heading in " ".join(_run(tmp_path, lang, width=200).split())


def test_1_one_obligation_is_singular() -> None:
    """The count's plural forms come from the catalogue (ngettext)."""
    from aiact.views._rows import not_binding_heading

    a = SimpleNamespace(not_binding=_r2().not_binding[:1])
    assert not_binding_heading(a, "nl").endswith("(artikel 111, lid 2): 1 verplichting")
    assert not_binding_heading(a, "en").endswith("(Art. 111(2)): 1 obligation")


# --------------------------------------------------------------------------- 2. two Dutch words


def test_2_prerequisites_and_conditions_are_two_dutch_words() -> None:
    """ "Conditions" of a duty apart (whether its conditions are met) and the "Prerequisites" of
    an obligation (other obligations that come first, reference section 13) were both
    "Voorwaarden"; "Prerequisites" is now "Vooraf nodig"."""
    from aiact.i18n import t
    from aiact.obligations import catalogue
    from aiact.views.html import obligation_html
    from aiact.views.i18n import text

    assert text("conditions", "nl") == "Voorwaarden"
    assert t("Prerequisites", "nl") == "Vooraf nodig"
    assert t("prerequisite (cited)", "nl") == "vooraf nodig (met bron)"
    with_prerequisites = next(o for o in catalogue() if o.prerequisites)
    card = obligation_html(with_prerequisites, "nl")
    assert "Vooraf nodig" in card and "Voorwaarden" not in card
    assert "Prerequisites" in obligation_html(with_prerequisites, "en")


# --------------------------------------------------------------------------- 5. the header


@pytest.mark.parametrize(
    ("lang", "chosen"),
    [("nl", "(expliciet gekozen, contrafeitelijk)"), ("en", "(chosen explicitly, counterfactual)")],
)
def test_5_the_header_has_no_nested_parentheses(tmp_path: Path, lang: str, chosen: str) -> None:
    for fmt in ("text", "markdown", "html"):
        out = " ".join(_run(tmp_path, lang, fmt, width=200).split())
        assert chosen in out, fmt
        assert (
            "((" not in out and "(contrafeitelijk))" not in out and "(counterfactual))" not in out
        )


# --------------------------------------------------------------------------- 3. the reading A3

_QUESTION_EN = "Reading A3 of 'intended to be used by public authorities' (Art. 111(2)): "
_QUESTION_NL = (
    "Lezing A3 van 'bedoeld om door overheidsinstanties te worden gebruikt' (artikel 111, lid 2): "
)


@pytest.mark.parametrize(
    ("a3", "en", "nl"),
    [
        ("actual_use", "actual use only.", "alleen het feitelijke gebruik."),
        (
            "intended_purpose",
            "the provider's intended purpose only.",
            "alleen het beoogde doel van de aanbieder.",
        ),
        (
            "intended_or_actual",
            "intended purpose or actual use (default).",
            "beoogd doel of feitelijk gebruik (standaard).",
        ),
    ],
)
def test_3_the_reason_names_the_reading_of_a3(a3: str, en: str, nl: str) -> None:
    """Art. 111(2), second sentence: "the providers and deployers of high-risk AI systems
    intended to be used by public authorities"; the case labels quote those words whichever
    reading of A3 gives them their meaning. Each reason read from them now names the reading:
    R2 under A3=actual_use (not used by a public authority) says "not a provider or deployer of
    a system intended to be used by public authorities" and then "actual use only"."""
    a = _r2(a3)
    read = [r for r in a.obligation_results if r.timing is not None and r.obligation]
    named = [r for r in read if f"A3={a3}" in r.timing.interpretations]  # type: ignore[union-attr]
    assert named
    for r in named:
        assert r.timing is not None
        assert r.timing.reason_en.count(_QUESTION_EN + en) == 1, r.timing.reason_en
        assert r.timing.reason_nl.count(_QUESTION_NL + nl) == 1, r.timing.reason_nl
    for r in read:
        assert r.timing is not None
        if r not in named:
            assert "A3" not in r.timing.reason_en and "A3" not in r.timing.reason_nl
    if a3 == "actual_use":
        assert {r.id for r in a.not_binding} <= {r.id for r in named}
        assert "Reading A3" not in a.obligation("art4_1").timing.reason_en  # type: ignore[union-attr]


def test_3_the_reading_comes_right_after_the_cases() -> None:
    """Before "So on these facts the obligation never applies." / "Op deze feiten geldt de
    verplichting dus nooit." (polish28; before: "Does not apply." / "Niet van toepassing."), so
    the reason still ends with the date and the law (tests/test_review77.py)."""
    r = _r2().not_binding[0]
    assert r.timing is not None
    assert r.timing.reason_en.endswith(
        "the Regulation applies to it only after such a change. "
        + _QUESTION_EN
        + "actual use only. So on these facts the obligation never applies. Law: Regulation "
        "(EU) 2024/1689 as amended by Regulation (EU) 2026/1744."
    )
    assert r.timing.reason_nl.endswith(
        "de verordening is er pas na zo'n wijziging op van toepassing. "
        + _QUESTION_NL
        + "alleen het feitelijke gebruik. Op deze feiten geldt de verplichting dus nooit. Wet: "
        "Verordening (EU) 2024/1689 zoals gewijzigd bij Verordening (EU) 2026/1744."
    )


# --------------------------------------------------------------------------- 4. after a colon


def test_4_a_label_after_a_colon_starts_lower_case() -> None:
    """The reason composes "<the legacy case>: <the case of its branch>"; the branch's label
    (which starts with a capital on its own) follows the colon in lower case."""
    from aiact.rules.timing import SYSTEM_DATE_RULES

    for r in _r2().not_binding:
        assert r.timing is not None
        nl, en = r.timing.reason_nl, r.timing.reason_en
        assert "artikel 111, lid 1): geen (op de peildatum bekende) aanzienlijke wijziging" in nl
        assert "Art. 111(1)): no significant change in its design" in en
        assert ": Geen" not in nl and ": No " not in en and ": Een " not in nl
    labels = [c for rule in SYSTEM_DATE_RULES for c in rule.cases]
    assert any(c.label_nl.startswith("Geen (op de peildatum bekende)") for c in labels)
    assert any(c.label_en.startswith("No significant change in its design") for c in labels)


@pytest.mark.parametrize(
    ("label", "after"),
    [
        ("Geen (op de peildatum bekende) wijziging", "geen (op de peildatum bekende) wijziging"),
        ("No significant change", "no significant change"),
        ("A legacy high-risk system", "a legacy high-risk system"),
        ("Een bestaand systeem", "een bestaand systeem"),
        (
            "In elk geval dat de onbekende feiten toelaten",
            "in elk geval dat de onbekende feiten toelaten",
        ),
        ("Hoofdstuk V is van toepassing", "hoofdstuk V is van toepassing"),
        ("Chapter V applies", "Chapter V applies"),
        ("AI-systeem", "AI-systeem"),
        ("EU law", "EU law"),
        ("A22=general_date: x", "A22=general_date: x"),
        ("", ""),
    ],
)
def test_4_after_colon(label: str, after: str) -> None:
    from aiact.i18n import after_colon

    assert after_colon(label) == after


def test_4_the_console_at_80_columns(tmp_path: Path) -> None:
    out = " ".join(_run(tmp_path, "nl", width=80).split())
    assert "artikel 111, lid 1): geen (op de peildatum bekende) aanzienlijke wijziging" in out
    assert ": Geen (op de peildatum" not in out
    out = " ".join(_run(tmp_path, "en", width=80).split())
    assert "Art. 111(1)): no significant change in its design" in out


# --------------------------------------------------------------------------- 6. one wording


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_6_the_web_page_and_the_reports_word_the_conditions_alike(lang: str) -> None:
    """The web page reads the JSON's ``applies`` ("true" / "unknown"), the reports the
    ObligationResult: one function (``_rows.conditions_word``) words both."""
    from aiact.service.web.view import result
    from aiact.views._rows import conditions_label, obligation_row

    a = _r2()
    page = result(a, lang)
    reports = [(obligation_row(r, lang).title, conditions_label(r, lang)) for r in a.not_binding]
    assert [(title, words) for _, _, title, words in page.apart] == reports
    met = "vervuld" if lang == "nl" else "met"
    unknown = "nog niet vastgesteld" if lang == "nl" else "not yet determined"
    assert sorted(w for _, w in reports) == sorted([met] * 2 + [unknown] * 7)
