"""Review 11 (round 9): second look at the audit 9 fixes (A29, Art. 50(3), F1-F8)."""

from __future__ import annotations

from lawquote import quote, quote_nl
from timecases import assess, system

from aiact.logic import is_false
from aiact.obligations.decl_transparency import OBLIGATIONS
from aiact.questions.catalogue import catalogue


def test_contract_allocation_help_does_not_state_reading_a29_as_the_law() -> None:
    """Art. 25(1)(a): "without prejudice to contractual arrangements stipulating that the
    obligations are otherwise allocated" (Dutch "onverminderd"), not "unless" ("tenzij"). The
    help text stated the alternative reading of A29 as the article; it now quotes the words and
    names the reading."""
    quote("25", "without prejudice to contractual arrangements stipulating that the obligations")
    quote_nl("onverminderd contractuele regelingen waarin wordt bepaald dat de verplichtingen")
    question = catalogue().get("contract_allocation")
    for lang, unless in (("en", "unless"), ("nl", "tenzij")):
        assert unless not in question.help(lang)
    assert "A29=contract_displaces_shift" in question.help("en")
    # The Dutch help names the reading in words, not by its internal value (round 9).
    assert "A29 (de contractuele regeling verhindert de rolverschuiving)" in question.help("nl")
    assert "contract_displaces_shift" not in question.help("nl")


def test_dutch_art50_1_summary_keeps_oplettende() -> None:
    """Art. 50(1), Dutch: "een normaal geïnformeerde en redelijk omzichtige en oplettende
    natuurlijke persoon" (English "reasonably well-informed, observant and circumspect")."""
    quote_nl("normaal geïnformeerde en redelijk omzichtige en oplettende natuurlijke persoon")
    (art50_1,) = [o for o in OBLIGATIONS if o.id == "art50_1"]
    assert "redelijk omzichtige en oplettende persoon" in art50_1.summary_nl


def test_art50_3_fact_true_settles_the_broader_exception() -> None:
    """Art. 50(3): "permitted by law to detect, prevent or investigate criminal offences"; Art.
    50(1): "authorised by law to detect, prevent, investigate or prosecute criminal offences".
    The first purposes are among the second (the input check rejects narrow true with broad
    false), so narrow true with broad unknown settles both exceptions."""
    quote("50", "permitted by law to detect, prevent or investigate criminal offences")
    quote("50", "authorised by law to detect, prevent, investigate or prosecute criminal offences")
    facts = system(
        roles=("deployer",),
        transparency={
            "biometric_categorisation": True,
            "permitted_by_law_detect_prevent_investigate": True,
            "authorised_by_law_criminal_offences": None,
        },
    )
    assert is_false(assess(facts, "2026-12-04").obligation("art50_3").applies)
