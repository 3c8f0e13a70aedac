"""Reading A15 (docs/adr/0035-a15-art6-1a-and-annex-iii-point-2.md; round 11 audit D3): the
amended Art. 6(1a), "For the purposes of this Regulation, including paragraph 1 of this Article,
AI systems that are solely used for non-safety related aspects of user assistance, performance
optimisation, service efficiency, automation or convenience or quality control shall not qualify
as safety components", with Art. 6(1b), "Notwithstanding paragraph 1a, AI systems the failure or
malfunctioning of which would endanger health and safety shall qualify as safety components",
and Annex III point 2, "AI systems intended to be used as safety components in the management
and operation of critical digital infrastructure, road traffic, or in the supply of water, gas,
heating or electricity"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from lawquote import quote, quote_annex
from timecases import PUBLIC_BODY, assess, system

from aiact.assessment import RiskTier
from aiact.interpretations import Art6Paragraph1aScope, Interpretations
from aiact.questions import catalogue as questions
from aiact.versions import LawVersion

D = dt.date

_NO_ANNEX_I = {
    "legislation": [],
    "safety_component": False,
    "is_the_product": False,
    "third_party_conformity_assessment": False,
    "third_party_solely_radio_or_emc": False,
    "solely_non_safety_functions": False,
    "failure_endangers_health_safety": False,
}


def _point_2(**annex_i: Any) -> Any:
    return system(
        roles=("deployer",),
        annex_iii=["2"],
        profiling=False,
        annex_i={**_NO_ANNEX_I, **annex_i},
        placed_on_market=D(2028, 1, 1),
    )


def _quotes() -> None:
    quote(
        "6",
        "For the purposes of this Regulation, including paragraph 1 of this Article",
        "omnibus_only",
    )
    quote(
        "6",
        "Notwithstanding paragraph 1a, AI systems the failure or malfunctioning",
        "omnibus_only",
    )
    quote_annex("III", "AI systems intended to be used as safety components in the management")


def test_a15_default_takes_a_non_safety_system_out_of_point_2_with_the_flag() -> None:
    """Amended Art. 6(1a) and Annex III point 2, default reading A15 = applies: not a safety
    component, so not listed in point 2 and not high-risk; the derivation carries [A15] and the
    Assessment reports the reading."""
    _quotes()
    a = assess(_point_2(solely_non_safety_functions=True), "2028-02-01", PUBLIC_BODY)
    assert a.law is LawVersion.AMENDED
    assert a.value("hr.annex_iii_2_not_safety_component") is True
    assert a.value("hr.listed.2") is False
    assert a.classification_tier is RiskTier.MINIMAL
    assert a.risk_tier is RiskTier.MINIMAL
    assert a.interpretations_used["A15"] == "applies"
    assert "[A15]" in a.why_not("hr.listed.2").text("en")


def test_a15_alternative_annex_i_only_keeps_point_2_high_risk() -> None:
    """Reading A15 = annex_i_only: Art. 6(1a) narrows only the safety components of Art. 6(1),
    so the system stays in Annex III point 2 and is high-risk (Art. 6(2))."""
    _quotes()
    a = assess(
        _point_2(solely_non_safety_functions=True),
        "2028-02-01",
        PUBLIC_BODY,
        art6_1a_scope=Art6Paragraph1aScope.ANNEX_I_ONLY,
    )
    assert a.value("hr.annex_iii_2_not_safety_component") is False
    assert a.value("hr.listed.2") is True
    assert a.classification_tier is RiskTier.HIGH_RISK
    assert a.interpretations_used["A15"] == "annex_i_only"


def test_a15_art6_1b_failure_endangering_health_keeps_point_2() -> None:
    """Art. 6(1b), "Notwithstanding paragraph 1a": a system whose failure would endanger health
    and safety stays a safety component of point 2 under the default reading too."""
    _quotes()
    a = assess(
        _point_2(solely_non_safety_functions=True, failure_endangers_health_safety=True),
        "2028-02-01",
        PUBLIC_BODY,
    )
    assert a.value("hr.listed.2") is True
    assert a.classification_tier is RiskTier.HIGH_RISK


def test_a15_original_text_has_no_art6_1a_point_2_stays_high_risk() -> None:
    """The original Regulation (EU) 2024/1689 has no Art. 6(1a): Annex III point 2 as stated,
    high-risk whatever the non-safety facts and the reading."""
    quote_annex("III", "AI systems intended to be used as safety components in the management")
    for reading in Art6Paragraph1aScope:
        a = assess(
            _point_2(solely_non_safety_functions=True),
            "2028-02-01",
            PUBLIC_BODY,
            "original",
            art6_1a_scope=reading,
        )
        assert a.law is LawVersion.ORIGINAL
        assert a.value("hr.listed.2") is True
        assert a.classification_tier is RiskTier.HIGH_RISK


def test_a15_unknown_art6_1a_facts_leave_point_2_open_and_are_asked() -> None:
    """Amended Art. 6(1a)-(1b): with the two facts unknown, point 2 is undetermined under the
    default reading (not silently high-risk); the open questions name the fact, and the question
    art6_1a_safety_aspects sets both facts in the words of the point 2 option."""
    _quotes()
    sys_ = _point_2()
    sys_ = sys_.model_copy(
        update={
            "annex_i": sys_.annex_i.model_copy(
                update={
                    "solely_non_safety_functions": None,
                    "failure_endangers_health_safety": None,
                }
            )
        }
    )
    a = assess(sys_, "2028-02-01", PUBLIC_BODY)
    assert a.value("hr.listed.2") is None
    assert "annex_i.solely_non_safety_functions" in {q.fact for q in a.open_questions}
    alt = assess(sys_, "2028-02-01", PUBLIC_BODY, art6_1a_scope="annex_i_only")
    assert alt.value("hr.listed.2") is True
    question = questions().get("art6_1a_safety_aspects")
    assert {o.id for o in question.options} == {"non_safety_functions", "failure_endangers"}
    assert "Art. 6(1a)" in question.help("en") and "Annex III point 2" in question.help("en")
    assert "lid 1 bis" in question.help("nl") and "bijlage III, punt 2" in question.help("nl")


def test_a15_by_reference_number() -> None:
    """The reading is reachable by its reference number, like the other readings."""
    assert Interpretations.model_validate({"A15": "annex_i_only"}).art6_1a_scope is (
        Art6Paragraph1aScope.ANNEX_I_ONLY
    )
    assert Interpretations().labels()["A15"] == "applies"


def test_a15_the_interview_asks_the_art6_1a_question_for_point_2() -> None:
    """Annex III point 2 chosen, no Annex I product, the Art. 6(1a)-(1b) facts unknown: the
    interview asks art6_1a_safety_aspects (not the Annex I product question), and the answer
    "solely non-safety aspects" takes the system out of point 2 under the default reading."""
    from aiact.interview import Interview

    quote("6", "solely used for non-safety related aspects of user assistance", "omnibus_only")
    sys_ = _point_2()
    sys_ = sys_.model_copy(
        update={
            "annex_i": sys_.annex_i.model_copy(
                update={
                    "solely_non_safety_functions": None,
                    "failure_endangers_health_safety": None,
                }
            )
        }
    )
    case = {
        "system": sys_.model_dump(mode="json", exclude_none=True),
        "organisation": PUBLIC_BODY.model_dump(mode="json", exclude_none=True),
    }
    interview = Interview.start("2028-02-01", case=case)
    assert interview.current is not None
    assert interview.current.id == "art6_1a_safety_aspects"
    answered = interview.answer(["non_safety_functions"])
    assert answered.assessment.value("hr.listed.2") is False
    assert answered.assessment.risk_tier is RiskTier.MINIMAL
