"""Review 12 (round 10): second look at legal10 (reading A30, ADR 0032; Art. 50(3) within Art.
50(1), (2), (4); the ADR 0029 note; the beslishulp presumption no-art80-2-finding).

The two defects review12 found (written as strict xfails) are fixed: hr.derogation reads the
binding finding directly (rule hr.finding_binds.art80_2), and under A27=placed_as_not_high_risk
a system placed as not high-risk and found high-risk is not sheltered by Art. 111(2) (rule
legacy.placed_as_not_high_risk.a27); the tests now assert the answers."""

from __future__ import annotations

import datetime as dt

import pytest
from lawquote import quote, quote_nl
from timecases import assess, system

import aiact
from aiact.interpretations import Interpretations
from aiact.testing.strategies import READING_STRATEGIES

D = dt.date
PLACED_2028 = dt.date(2028, 1, 1)
FINDING = "msa_found_derogated_system_high_risk"


def test_the_strategy_draws_every_reading() -> None:
    """Property tests try the alternative readings of every open question (A28's art22_trigger,
    A30's art80_finding and D1-D4 were left at their defaults before review12)."""
    assert set(READING_STRATEGIES) == set(Interpretations.model_fields)


def _found(derogation: dict[str, bool | None], placed: dt.date = PLACED_2028) -> aiact.AISystem:
    data = system(annex_iii=["4a"], derogated=True, placed_on_market=placed).model_dump()
    data["derogation"].update(derogation)
    data["authority_actions"][FINDING] = True
    return aiact.AISystem.model_validate(data)


@pytest.mark.parametrize(
    "unknown", ["narrow_procedural_task", "no_significant_risk", "profiling"], ids=str
)
def test_a_finding_settles_the_tier_whatever_the_art6_3_facts(unknown: str) -> None:
    """Art. 80(2): the authority "finds that the AI system concerned is high-risk". Under A30's
    default a system so found is high-risk: if its Art. 6(3) facts would make the derogation
    hold, the finding sets it aside; if they would not, Art. 6(2) ("shall be considered to be
    high-risk") classifies it. An unknown Art. 6(3) fact therefore cannot leave the tier open,
    and the interview need not ask it."""
    quote("80", "finds that the AI system concerned is high-risk, it shall without undue delay")
    quote("6", "shall not be considered to be high-risk where it does not pose a significant risk")
    a = assess(_found({unknown: None}), "2028-02-01")
    assert a.value("hr.derogation") is False
    assert a.value("hr.high_risk") is True


@pytest.mark.parametrize("law", ["amended", "original"])
def test_placed_as_not_high_risk_does_not_shelter_the_requirements_art80_4_enforces(
    law: str,
) -> None:
    """Art. 80(4): "The provider shall ensure that all necessary action is taken to bring the AI
    system into compliance with the requirements and obligations laid down in this Regulation".
    Reading A27=placed_as_not_high_risk holds that Art. 111(2) ("operators of high-risk AI
    systems ... placed on the market or put into service before 2 August 2026") does not
    shelter a system its provider placed as not high-risk, so Art. 80(4) binds from the
    general date. Under A30's default the system is high-risk; the requirements Art. 80(4)
    enforces (Art. 9, Art. 16) cannot then be sheltered by the Art. 111(2) that reading rules
    out: the provider would owe compliance with requirements that do not apply to it, the
    misleading list ADR 0032 set out to end."""
    quote(
        "80", "into compliance with the requirements and obligations laid down in this Regulation"
    )
    quote("111", "only if, as from that date, those systems are subject to significant changes")
    a = assess(
        _found({}, placed=D(2025, 1, 1)),
        "2031-01-01",
        law=law,
        reclassified_system_timing="placed_as_not_high_risk",
    )
    assert a.obligation("art80_4").applies is True
    for duty in ("art9", "art16_b"):
        assert a.obligation(duty).applies is True, duty
        assert a.obligation(duty).status.value != "not_applicable", duty


def test_dutch_finding_says_een_hoog_risico_vormt() -> None:
    """Art. 80(1)-(2), Dutch: "wél een hoog risico vormt", "vaststelt dat het betrokken
    AI-systeem een hoog risico vormt" (the fact label and the interview option said "een hoog
    risico heeft")."""
    from aiact.questions.catalogue import catalogue
    from aiact.views.labels import fact_label

    quote_nl("vaststelt dat het betrokken AI-systeem een hoog risico vormt")
    label = fact_label(f"authority_actions.{FINDING}", "nl")
    assert "wél een hoog risico vormt" in label
    (option,) = [
        o for o in catalogue().get("authority_actions").options if o.id == "msa_found_high_risk"
    ]
    assert "een hoog risico vormt" in option.text_nl
    assert "hoog risico heeft," not in option.text_nl + label
