"""Round 3 legal defects (legal2): each test quotes the article it holds the rules to."""

from __future__ import annotations

import pytest
from reference import REFERENCE_DIR

import aiact
from aiact.rules.definitions import DefinitionConflict

LAW_EN = REFERENCE_DIR / "law" / "aiact-2024-1689.en.md"
ORG = {"kind": "public_authority", "member_state": "NL", "established_in_eu": True}
DAY = "2026-11-28"

ART_3_63_EXCEPTION = (
    "except AI models that are used for research, development or prototyping activities before "
    "they are placed on the market"
)
ANNEX_III_1C = "AI systems intended to be used for emotion recognition"


def _law() -> str:
    if not LAW_EN.exists():
        pytest.skip(f"law text absent: {LAW_EN}")
    return " ".join(LAW_EN.read_text(encoding="utf-8").split())


def test_quotes_are_in_the_law() -> None:
    law = _law()
    for quote in (ART_3_63_EXCEPTION, ANNEX_III_1C):
        assert quote in law


_PRESUMED = {
    "training_compute_flop": "1e24",
    "definition": {"generates_language": True, "narrow_tasks_only": False},
}


def test_art3_63_pre_market_research_model_may_be_stated_not_general_purpose() -> None:
    """Art. 3(63): a model that meets the indicative criterion but is used only for research,
    development or prototyping before it is placed on the market is not a general-purpose AI
    model; a stated ``is_general_purpose: false`` is no contradiction."""
    model = {**_PRESUMED, "is_general_purpose": False, "pre_market_research_testing": True}
    a = aiact.assess_model(model, ORG, DAY)
    assert a.value("def.conflict.gpai_model") is False
    assert a.value("gpai.model") is False


def test_art3_63_a_stated_no_is_still_refused_for_a_placed_model() -> None:
    model = {**_PRESUMED, "is_general_purpose": False, "pre_market_research_testing": False}
    with pytest.raises(DefinitionConflict, match="is_general_purpose"):
        aiact.assess_model(model, ORG, DAY)


def test_art3_63_unknown_research_use_leaves_a_stated_no_standing() -> None:
    """While it is unknown whether the model is only used for pre-market research, a stated "no"
    may be right (Art. 3(63), exception): not refused."""
    a = aiact.assess_model({**_PRESUMED, "is_general_purpose": False}, ORG, DAY)
    assert a.value("def.conflict.gpai_model") is None


_EMOTION = {"infers_emotions_or_intentions": True, "emotions_from_biometric_data": True}


def test_annex_iii_1c_from_the_definition_when_the_list_is_unknown() -> None:
    """Annex III point 1(c): "AI systems intended to be used for emotion recognition"
    (Art. 3(39)); the definition's facts decide the point while the list is not given."""
    system = {"is_ai_system": True, "roles": {"deployer": True}, "biometrics": _EMOTION}
    a = aiact.assess(system, ORG, DAY)
    assert a.value("hr.listed.1c") is True
    assert a.value("hr.annex_iii_listed") is True


def test_annex_iii_1a_a_given_list_without_the_point_is_refused_naming_the_list() -> None:
    """Annex III point 1(a), "Remote biometric identification systems" (Art. 3(41)): a given
    list that lacks 1(a) while the facts make the system one contradicts itself."""
    system = {
        "is_ai_system": True,
        "roles": {"provider": True},
        "annex_iii": {"points": ["4a"], "biometric_verification_only": False},
        "biometrics": {
            "identifies_persons_by_biometric_data": True,
            "identification_without_active_involvement": True,
            "identification_without_significant_delay": False,
        },
    }
    with pytest.raises(DefinitionConflict, match=r"annex_iii\.points"):
        aiact.assess(system, ORG, DAY)


def test_annex_iii_1a_verification_only_is_no_contradiction() -> None:
    """Annex III point 1(a): "This shall not include AI systems intended to be used for biometric
    verification the sole purpose of which is to confirm that a specific natural person is the
    person he or she claims to be"."""
    system = {
        "is_ai_system": True,
        "roles": {"provider": True},
        "annex_iii": {"points": [], "biometric_verification_only": True},
        "biometrics": {
            "identifies_persons_by_biometric_data": True,
            "identification_without_active_involvement": True,
        },
    }
    a = aiact.assess(system, ORG, DAY)
    assert a.value("hr.listed.1a") is False
