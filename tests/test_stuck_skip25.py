"""Round 25 (relevance.STUCK_SKIP): where the proof that a search for a pair finds nothing
fails for the search as a whole, the search passes over each question and kind of answer of
the others whose proof question by question holds. The next question is the same with it as
without it; the tail states of the interview benchmark's collection (``next_question_tail.py
collect --every 6``) that end the interview (no question left) make fewer trial answers.
Figures in docs/interview.md, "Round 25" (tests/test_speed25.py is round 20's helper speed25)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aiact.questions import relevance
from aiact.questions.goals import Context
from aiact.questions.relevance import best
from tests.switches import best_and_rank, best_and_rank_without
from tests.test_questions_relevance import (
    FEW,
    _with_the_proof_checked,
    interview_states,
    states_with_unknowns,
)
from tests.test_speedfull21 import _context_answers

_NONE_OF_THE_ROLES = {
    "roles.provider": False,
    "roles.deployer": False,
    "roles.importer": False,
    "roles.distributor": False,
    "roles.authorised_representative": False,
    "roles.product_manufacturer": False,
    "value_chain.own_name_on_high_risk_system": False,
    "value_chain.substantial_modification": False,
    "value_chain.modified_intended_purpose": False,
    "prohibited.bb_generates_child_sexual_abuse_material": False,
}
"""State 4806 of the collection (goal ``tier``, 1 September 2026): an AI system whose
organisation has none of the roles; whether it is an AI system at all was answered "don't
know", and so were the territory, the exclusions, the practices, the Annex III points and the
transparency features. The tier is open, no question is left: the search for a pair among the
40 questions still open ends with nothing."""

_TIER_ASKED = [
    "ai_system",
    "ai_system.autonomy",
    "ai_system.influence",
    "ai_system.limited_inference",
    "ai_system.machine_based",
    "ai_system.objectives",
    "ai_system.outputs",
    "ai_system.technique",
    "annex_iii_points",
    "exclusions",
    "prohibited_practices",
    "roles",
    "subject",
    "territory",
    "transparency_exceptions",
    "transparency_features",
]

_NOT = False
_LAW_ENFORCEMENT_DEPLOYER: dict[str, Any] = {
    "is_ai_system": True,
    "exclusions.exclusively_military_defence_national_security": _NOT,
    "exclusions.sole_purpose_scientific_research": _NOT,
    "exclusions.pre_market_research_testing": _NOT,
    "exclusions.personal_non_professional_use": _NOT,
    "exclusions.free_open_source_licence": _NOT,
    "exclusions.international_cooperation_law_enforcement": _NOT,
    "roles.deployer": True,
    "roles.provider": _NOT,
    "roles.importer": _NOT,
    "roles.distributor": _NOT,
    "roles.authorised_representative": _NOT,
    "roles.product_manufacturer": _NOT,
    "value_chain.own_name_on_high_risk_system": _NOT,
    "value_chain.substantial_modification": _NOT,
    "value_chain.modified_intended_purpose": _NOT,
    "value_chain.initial_provider_of_shifted_system": _NOT,
    "value_chain.supplies_components_for_high_risk": _NOT,
    "prohibited.h_realtime_rbi_public_spaces_law_enforcement": True,
    "prohibited.a_subliminal_manipulative_or_deceptive_techniques": _NOT,
    "prohibited.b_exploits_vulnerabilities": _NOT,
    "prohibited.c_social_scoring": _NOT,
    "prohibited.d_crime_risk_assessment_solely_profiling": _NOT,
    "prohibited.e_untargeted_facial_scraping": _NOT,
    "prohibited.f_emotion_recognition_workplace_education": _NOT,
    "prohibited.g_biometric_categorisation_sensitive_traits": _NOT,
    "prohibited.ba_generates_intimate_imagery_without_consent": _NOT,
    "prohibited.bb_generates_child_sexual_abuse_material": _NOT,
    "derogation.narrow_procedural_task": _NOT,
    "derogation.improves_completed_human_activity": _NOT,
    "derogation.detects_patterns_without_replacing_human": _NOT,
    "derogation.preparatory_task": _NOT,
    "derogation.profiling": _NOT,
    "organisation.member_state": "DE",
    "prohibited.h_strictly_necessary_for_listed_objective": True,
    "prohibited.h_national_law_permits": True,
    "prohibited.h_prior_authorisation": True,
    "prohibited.h_notified_authorities": True,
    "prohibited.h_fria_and_registration": _NOT,
    "transparency.interacts_directly_with_persons": _NOT,
    "transparency.generates_synthetic_audio": _NOT,
    "transparency.generates_synthetic_image": _NOT,
    "transparency.generates_synthetic_video": _NOT,
    "transparency.generates_synthetic_text": _NOT,
    "transparency.emotion_recognition": _NOT,
    "transparency.biometric_categorisation": _NOT,
    "transparency.deep_fake": _NOT,
    "transparency.public_interest_text": _NOT,
    "context.workplace_use": _NOT,
    "context.decisions_on_natural_persons": _NOT,
    "context.deployer_controls_input_data": _NOT,
    "context.post_remote_biometric_identification_criminal_investigation": _NOT,
    "organisation.is_employer": True,
    "organisation.law_enforcement_authority": True,
    "organisation.financial_institution": _NOT,
    "context.gpai_model_same_provider": _NOT,
    "context.gpai_model_same_undertaking": _NOT,
    "context.very_large_online_platform_or_search_engine": _NOT,
    "organisation.kind": "public_authority",
    "context.dpia_conducted": _NOT,
}
"""State 8917 of the collection (goal ``full``, 28 November 2026): a German police authority
deploying real-time remote biometric identification in publicly accessible spaces under the
Art. 5(1)(h) exception, without the fundamental rights impact assessment and registration of
Art. 5(2); the authority's actions, the Art. 6(3) conditions, the urgency use and more were
answered "don't know". No question is left; the searches for a pair of ``obligations`` and
``full`` end with nothing."""

_FULL_ASKED = [
    "ai_office_systems",
    "art5_h_conditions",
    "art6_3_conditions",
    "authority_actions",
    "dpia_conducted",
    "dpia_required",
    "exclusions",
    "identification.timing",
    "org_functions",
    "org_kind",
    "org_member_state",
    "prohibited_practices",
    "roles",
    "subject",
    "transparency_features",
    "urgency_use_art46",
    "use_context",
]

_CASES = [
    (_NONE_OF_THE_ROLES, "tier", dt.date(2026, 9, 1), _TIER_ASKED),
    (_LAW_ENFORCEMENT_DEPLOYER, "full", dt.date(2026, 11, 28), _FULL_ASKED),
]


def _trials(facts: dict[str, Any], goal: Any, day: dt.date, asked: list[str]) -> tuple[Any, int]:
    relevance.clear_cache()
    before = relevance.STATS["trials"]
    found = best(facts, "system", Context(day), goal, asked)
    return found, relevance.STATS["trials"] - before


def test_the_tail_states_end_with_fewer_trials() -> None:
    """The two tail states above: no question is left with the switch on or off, and the
    searches that find nothing make fewer trial answers with it (4806: 126 -> 40; 8917: 386 ->
    174, round 25's code)."""
    for facts, goal, day, asked in _CASES:
        found, fewer = _trials(facts, goal, day, asked)
        relevance.STUCK_SKIP = False
        try:
            without, more = _trials(facts, goal, day, asked)
        finally:
            relevance.STUCK_SKIP = True
            relevance.clear_cache()
        assert found is None and without is None
        assert fewer < more, (goal, fewer, more)


def test_the_tail_states_end_with_nothing_without_any_proof(monkeypatch: Any) -> None:
    """Every search the proofs end or shorten finds nothing when run again without them
    (relevance.STUCK off: every pair tried)."""
    _with_the_proof_checked(monkeypatch)
    for facts, goal, day, asked in _CASES:
        relevance.clear_cache()
        assert best(facts, "system", Context(day), goal, asked) is None
        relevance.STUCK = False
        try:
            relevance.clear_cache()
            assert best(facts, "system", Context(day), goal, asked) is None
        finally:
            relevance.STUCK = True
            relevance.clear_cache()


def test_a_kind_of_answer_is_proved_while_a_third_of_its_proofs_hold() -> None:
    """The work only (relevance._worth_proving): the first proof of a kind of answer is made
    (for ``obligations`` and ``full`` the first two), then more while at least a third of those
    made held."""
    for goal in ("tier", "full"):
        assert relevance._worth_proving([], goal)
        assert relevance._worth_proving([False, True], goal)
        assert relevance._worth_proving([False, False, True], goal)
        assert not relevance._worth_proving([False, False, False, True], goal)
        assert not relevance._worth_proving([False, False], goal)
    assert not relevance._worth_proving([False], "tier")
    assert relevance._worth_proving([False], "full")


@FEW
@given(
    st.one_of(states_with_unknowns(), interview_states(), _context_answers()),
    st.sampled_from(["tier", "obligations", "full"]),
)
def test_the_next_question_is_the_same_without_passing_over_the_shown_questions(
    state: tuple[Any, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """best() and rank() give the same with relevance.STUCK_SKIP on as off, for every goal
    (every cache emptied before each)."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    found = best_and_rank(facts, kind, context, goal, asked)
    assert best_and_rank_without("STUCK_SKIP", facts, kind, context, goal, asked) == found
