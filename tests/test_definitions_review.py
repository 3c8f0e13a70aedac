"""Textual fixes from the independent review of the definitions (issue 13; branch h/review-defs).

Each test quotes the article, in English and in the official Dutch text, and checks that the rule
titles and the interview questions use its words: the exception of Art. 3(40) needs both of its
conditions, Art. 5(1)(g) names "lidmaatschap van een vakbond", and the Dutch questions address
the reader as "u" and use no English words. The review itself is in
tests/data/coverage/reviews.yaml.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from reference import REFERENCE_DIR

from aiact.rules import definitions
from aiact.rules.definition_questions import QUESTIONS
from aiact.ruleset import Rule

LAW_EN = REFERENCE_DIR / "law" / "aiact-2024-1689.en.md"
LAW_NL = REFERENCE_DIR / "law" / "aiact-2024-1689.nl.md"


@cache
def _law(lang: str) -> str:
    path = LAW_EN if lang == "en" else LAW_NL
    if not path.is_file():
        pytest.skip(f"law text not found at {path} (../shared is absent)")
    return " ".join(path.read_text(encoding="utf-8").split())


def _rule(rule_id: str) -> Rule:
    (rule,) = [r for r in definitions.SYSTEM_RULES if r.id == rule_id]
    return rule


def _dutch_texts() -> list[tuple[str, str]]:
    texts = []
    for q in QUESTIONS:
        texts += [(q.id, q.text_nl), (q.id, q.help_nl)]
        texts += [(f"{q.id}/{o.id}", o.label_nl) for o in q.options]
    texts += [(r.id, r.title_nl) for r in (*definitions.SYSTEM_RULES, *definitions.MODEL_RULES)]
    return texts


def test_art3_40_exception_needs_both_conditions() -> None:
    """Art. 3(40): "'biometric categorisation system' means an AI system for the purpose of
    assigning natural persons to specific categories on the basis of their biometric data, unless
    it is ancillary to another commercial service and strictly necessary for objective technical
    reasons"; Dutch: "tenzij dit een aanvulling vormt op een andere commerciële dienst en om
    objectieve technische redenen strikt noodzakelijk is". Both conditions qualify the
    categorisation (not the other service), as the rule's condition reads them."""
    en = (
        "unless it is ancillary to another commercial service and strictly necessary for "
        "objective technical reasons"
    )
    nl = (
        "tenzij dit een aanvulling vormt op een andere commerciële dienst en om objectieve "
        "technische redenen strikt noodzakelijk is"
    )
    assert en in _law("en")
    assert nl in _law("nl")
    rule = _rule("def.elements.biometric_categorisation_system")
    assert en in rule.title_en
    assert nl in rule.title_nl
    assert "not biometrics.categorisation_ancillary_and_technically_necessary" in rule.when


def test_art5_1_g_dutch_term_trade_union_membership() -> None:
    """Art. 5(1)(g), Dutch: "... om hun ras, politieke opvattingen, lidmaatschap van een vakbond,
    religieuze of levensbeschouwelijke overtuigingen, seksleven of seksuele gerichtheid af te
    leiden"; English: "race, political opinions, trade union membership, religious or
    philosophical beliefs, sex life or sexual orientation". The official Dutch term is used, not
    "vakbondslidmaatschap"."""
    official = (
        "ras, politieke opvattingen, lidmaatschap van een vakbond, religieuze of "
        "levensbeschouwelijke overtuigingen, seksleven of seksuele gerichtheid"
    )
    assert official in _law("nl")
    assert "trade union membership, religious or philosophical beliefs" in _law("en")
    assert official in _rule("def.elements.art5_g").title_nl
    for where, text in _dutch_texts():
        assert "vakbondslidmaatschap" not in text, where


def test_dutch_questions_formal_and_without_english_words() -> None:
    """The Dutch questions address the reader as "u" (as the direct questions do: "Weet u
    zeker ...") and do not use the English abbreviation "HR" (Dutch: personeelsafdeling)."""
    for where, text in _dutch_texts():
        assert not re.search(r"\b(je|jij|jouw)\b", text, re.IGNORECASE), where
        assert not re.search(r"\bHR\b", text), where


def test_law_enforcement_help_names_the_authorities_of_art3_46() -> None:
    """Art. 3(46): "'law enforcement' means activities carried out by law enforcement authorities
    or on their behalf"; Dutch: "activiteiten die worden verricht door of namens
    rechtshandhavings-instanties". The help text names the authorities, not only the police."""
    assert "activities carried out by law enforcement authorities or on their behalf" in _law("en")
    (question,) = [q for q in QUESTIONS if q.id == "identification.law_enforcement"]
    assert "law enforcement authority" in question.help_en
    assert "rechtshandhavingsinstantie" in question.help_nl
