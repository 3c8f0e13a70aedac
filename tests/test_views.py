"""The views (Markdown, HTML, DataFrame, labels) say the same thing in English and Dutch."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import aiact
from aiact.assessment import STATUS_LABELS, TIER_LABELS
from aiact.obligations import ADDRESSEE_LABELS, MEASURE_LABELS, catalogue
from aiact.views import (
    assessment_html,
    assessment_markdown,
    derivation_html,
    derivation_markdown,
    i18n,
    obligation_html,
    obligation_result_html,
)
from aiact.views._rows import eur

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def fraud() -> aiact.Assessment:
    return aiact.load_case(EXAMPLES / "benefits-fraud-risk-scoring.yaml").assess()


@pytest.fixture(scope="module")
def sparse() -> aiact.Assessment:
    return aiact.assess(
        {"is_ai_system": True, "roles": {"deployer": True}},
        {"kind": "public_authority"},
        as_of="2026-11-28",
    )


def test_every_label_has_both_languages() -> None:
    tables = [
        TIER_LABELS,
        STATUS_LABELS,
        ADDRESSEE_LABELS,
        MEASURE_LABELS,
        i18n.MILESTONE_LABELS,
        i18n.FINE_TIER_LABELS,
        i18n.ROUTE_LABELS,
        i18n.CATEGORY_LABELS,
        i18n.PRACTICE_LABELS,
        i18n.TRANSPARENCY_LABELS,
        i18n.INTERPRETATION_LABELS,
        i18n.TRUTH_LABELS,
        i18n._TEXTS,
    ]
    for table in tables:
        for key, (en, nl) in table.items():  # type: ignore[attr-defined]
            assert en.strip() and nl.strip(), key


def test_official_dutch_terms() -> None:
    assert i18n.role_label("deployer", "nl") == "gebruiksverantwoordelijke"
    assert i18n.role_label("provider", "nl") == "aanbieder"
    assert i18n.tier_label("high_risk", "nl") == "AI-systeem met een hoog risico"
    assert i18n.tier_label("gpai", "nl") == "AI-model voor algemene doeleinden"
    assert i18n.cite("Art. 26(8)", "nl") == "Artikel 26, lid 8"


def test_check_lang() -> None:
    assert i18n.check_lang("nl") == "nl"
    with pytest.raises(ValueError, match="lang"):
        i18n.check_lang("de")


def test_eur_formatting() -> None:
    # One format per language, from Babel's locale data (a no-break space after the Dutch sign).
    assert eur("35000000", "en") == "€35,000,000"
    assert eur("35000000", "nl") == "€\xa035.000.000"
    assert eur("7500000.50", "nl") == "€\xa07.500.000,50"
    assert eur(None, "en") == "—"


def test_markdown_lists_every_obligation_with_link(fraud: aiact.Assessment) -> None:
    md = assessment_markdown(fraud, "en")
    for result in fraud.obligations:
        assert result.obligation.title_en in md
    assert "https://eur-lex.europa.eu/legal-content/EN/" in md
    assert "high-risk AI system" in md


def test_markdown_dutch_has_no_english_labels(fraud: aiact.Assessment) -> None:
    md = assessment_markdown(fraud, "nl")
    assert "https://eur-lex.europa.eu/legal-content/NL/" in md
    for result in fraud.obligations:
        assert result.obligation.title_nl in md
    english = {pair[0] for pair in i18n._TEXTS.values()} - {
        pair[1] for pair in i18n._TEXTS.values()
    }
    for phrase in english:
        if len(phrase) > 8:
            assert phrase not in md, phrase


def test_markdown_of_a_sparse_case_lists_open_questions(sparse: aiact.Assessment) -> None:
    md = assessment_markdown(sparse, "nl")
    assert "## Open vragen" in md
    # In Dutch a question is words, not an internal field name.
    assert "De punten van bijlage III waaronder het beoogde doel valt" in md
    assert "annex_iii.points" not in md
    assert "onbepaald" in md and "onbekend" in md
    assert "`annex_iii.points`" in assessment_markdown(sparse, "en")


def test_html_has_colours_links_and_escapes(fraud: aiact.Assessment) -> None:
    html = assessment_html(fraud, "nl")
    assert html.count("<table") >= 5
    assert 'class="aiact-upcoming"' in html or 'class="aiact-in_force"' in html
    assert 'href="https://eur-lex.europa.eu/legal-content/NL/' in html
    assert "<script" not in html
    assert re.search(r"<h3[^>]*>Beoordeling AI-verordening", html)


def test_html_escapes_names() -> None:
    a = aiact.assess(
        {"name": "<b>x</b> & co", "is_ai_system": True},
        {"name": "<script>alert(1)</script>"},
        as_of="2026-11-28",
    )
    html = assessment_html(a)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;b&gt;x&lt;/b&gt; &amp; co" in html


def test_derivation_views(fraud: aiact.Assessment) -> None:
    d = fraud.why("hr.high_risk")
    html = derivation_html(d, "nl")
    assert "<details" in html and "Bijlage III, punt 5, onder a" in html
    md = derivation_markdown(d, "en")
    assert md.startswith("- `hr.high_risk` = **yes**")
    assert "[Annex III, point 5(a)](https://eur-lex.europa.eu/" in md


def test_obligation_views(fraud: aiact.Assessment) -> None:
    html = obligation_html(catalogue().get("art27_1"), "nl")
    assert "gebruiksverantwoordelijke" in html and "Artikel 27, lid 1" in html
    result = fraud.obligation("art27_1")
    assert "2030-08-02" in obligation_result_html(result, "en")


def test_dataframe(fraud: aiact.Assessment) -> None:
    pytest.importorskip("pandas")
    from aiact.views import assessment_dataframe

    frame = assessment_dataframe(fraud, "nl")
    assert list(frame.index) == [r.id for r in fraud.obligations]
    assert frame.loc["art27_1", "citation"] == "Artikel 27, lid 1"
    assert str(frame.loc["art27_1", "applies_from"]) == "2030-08-02"
    everything = assessment_dataframe(fraud, all_obligations=True)
    assert len(everything) == len(fraud.obligation_results)


def test_catalogue_dataframe() -> None:
    pytest.importorskip("pandas")
    from aiact.views import catalogue_dataframe

    frame = catalogue_dataframe(catalogue(), "en")
    assert len(frame) == len(catalogue())


def test_assessment_view_methods(fraud: aiact.Assessment) -> None:
    assert fraud.to_markdown("nl").startswith("# Beoordeling")
    assert fraud._repr_html_().startswith('<div class="aiact-assessment"')
    assert fraud.to_html("nl")
    assert fraud.obligations[0]._repr_html_()
    assert fraud.explain("hr.high_risk")._repr_html_()
    assert fraud.obligations[0].obligation._repr_html_()
