"""Tests of tests/lawtext.py: known provisions exist in the right version of the AI Act."""

from __future__ import annotations

import pytest
from lawtext import LAW_DIR, UNHANDLED, article_title, exists, law_available, load

from aiact.refs import LegalRef

pytestmark = pytest.mark.skipif(
    not law_available(), reason=f"law texts not found in {LAW_DIR} (../shared is absent)"
)

BOTH, ORIGINAL, AMENDED, NEITHER = (True, True), (True, False), (False, True), (False, False)

CASES = [
    ("Art. 26(8)", BOTH),
    ("Art. 26", BOTH),
    ("Art. 5(1)(h)(iii)", BOTH),
    ("Art. 5(1), second subparagraph", BOTH),
    ("Art. 5(1)(ba)", AMENDED),
    ("Art. 5(1), first subparagraph, point (bb)", AMENDED),
    ("Art. 5(1a)(a)(ii)", AMENDED),
    ("Art. 5(1b)", AMENDED),
    ("Art. 4a", AMENDED),
    ("Art. 4a(2)(b)", AMENDED),
    ("Art. 4(3)", AMENDED),
    ("Art. 4, first paragraph", ORIGINAL),
    ("Art. 6(1a)", AMENDED),
    ("Art. 6(1c)", AMENDED),
    ("Art. 6(3), second subparagraph, point (d)", BOTH),
    ("Art. 6(3)(d)", BOTH),
    ("Art. 60a", AMENDED),
    ("Art. 75c", AMENDED),
    ("Art. 99(6a)", AMENDED),
    ("Art. 99(4)(da)", AMENDED),
    ("Art. 99(4)(d)", BOTH),
    ("Art. 111(4)", AMENDED),
    ("Art. 111(2)", BOTH),
    ("Art. 10(5)", ORIGINAL),
    ("Art. 10(6)", BOTH),
    ("Art. 2(13)", AMENDED),
    ("Art. 3(1)", BOTH),
    ("Art. 3, point (14a)", AMENDED),
    ("Art. 3(14b)", AMENDED),
    ("Art. 25(2)(c)", AMENDED),
    ("Art. 113, third paragraph, point (c)", BOTH),
    ("Art. 113, third paragraph, point (c)(ii)", AMENDED),
    ("Art. 113, third paragraph, point (d)", AMENDED),
    ("Art. 113, fourth paragraph", NEITHER),
    ("Art. 114", NEITHER),
    ("Art. 26(13)", NEITHER),
    ("Annex III, point 4(a)", BOTH),
    ("Annex III, point 1(c)", BOTH),
    ("Annex III, point 9", NEITHER),
    ("Annex I, Section A, point 1", ORIGINAL),
    ("Annex I, Section A, point 2", BOTH),
    ("Annex I, Section B, point 21", AMENDED),
    ("Annex I, point 13", BOTH),
    ("Annex VIII, Section B, point 7", ORIGINAL),
    ("Annex VIII, Section B, point 8", BOTH),
    ("Annex VIII, Section C", BOTH),
    ("Annex VII, point 3.1(f)", BOTH),
    ("Annex X, point 1(c)", BOTH),
    ("Annex XIII", BOTH),
    ("Annex XIV", AMENDED),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_exists(text: str, expected: tuple[bool, bool]) -> None:
    r = LegalRef.parse(text)
    assert (exists(r, "original"), exists(r, "amended")) == expected


def test_every_amendment_understood() -> None:
    load("amended")
    assert UNHANDLED == []


def test_article_titles() -> None:
    assert article_title("26") == "Obligations of deployers of high-risk AI systems"
    assert article_title("4a") is None
    assert article_title("4a", "amended") == (
        "Processing of special categories of personal data for bias detection and correction"
    )
    assert article_title("75", "amended") == (
        "Market surveillance and control of AI systems and mutual assistance"
    )
    assert article_title("75", "original") != article_title("75", "amended")


def test_other_acts_rejected() -> None:
    with pytest.raises(ValueError, match="2024/1689"):
        exists(LegalRef.parse("Art. 4 of Regulation (EU) 2026/1744"))


def test_quote_recital_finds_the_recital_not_an_article_point() -> None:
    """tests/lawquote.quote_recital(23) reads recital 23, not Art. 3, point (23) ('substantial
    modification'), which the reference text prints earlier with the same "(23) "; the last
    recital (180) ends before the enacting terms."""
    from lawquote import quote_recital, recital_text

    assert quote_recital(
        23,
        "This Regulation should also apply to Union institutions, bodies, offices and agencies "
        "when acting as a provider or deployer of an AI system.",
    )
    assert "substantial modification" not in recital_text(23)
    with pytest.raises(AssertionError, match="not in recital 23"):
        quote_recital(23, "'substantial modification' means a change to an AI system")
    assert recital_text(180).startswith("the european data protection supervisor")
    assert "have adopted" not in recital_text(180)
    assert recital_text(181) == ""
