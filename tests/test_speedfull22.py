"""Round 22 (speedfull22): the proof question by question tried on a search for a pair among two
questions (``relevance.STUCK_TWO``) and with the answers every input check refuses left out
(``relevance.STUCK_CONFLICTS``), and the fine rows' context computed once
(``goals.EXPOSURE_ONCE``). Figures in docs/interview.md, "Round 22: the `full` tail"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiact.penalties.exposure import (
    exposure_context,
    exposure_reads_hold,
    exposure_rows_traced,
)
from aiact.questions import goals, relevance
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context, assess_facts
from aiact.questions.relevance import best
from tests.switches import best_and_rank, best_and_rank_without
from tests.test_questions_relevance import (
    FEW,
    _with_the_proof_checked,
    interview_states,
    states_with_unknowns,
)

_CONTEXT = Context(dt.date(2026, 11, 28))

_NOT_EXCLUDED = {
    "exclusions.exclusively_military_defence_national_security": False,
    "exclusions.free_open_source_licence": False,
    "exclusions.international_cooperation_law_enforcement": False,
    "exclusions.personal_non_professional_use": False,
    "exclusions.placed_or_used_in_eu": True,
    "exclusions.pre_market_research_testing": False,
    "exclusions.sole_purpose_scientific_research": False,
}


_NO_TRANSPARENCY = {
    f"transparency.{name}": False
    for name in (
        "biometric_categorisation",
        "deep_fake",
        "emotion_recognition",
        "generates_synthetic_audio",
        "generates_synthetic_image",
        "generates_synthetic_text",
        "generates_synthetic_video",
        "interacts_directly_with_persons",
        "public_interest_text",
    )
}

_NO_VALUE_CHAIN = {
    f"value_chain.{name}": False
    for name in (
        "initial_provider_of_shifted_system",
        "modified_intended_purpose",
        "own_name_on_high_risk_system",
        "substantial_modification",
        "supplies_components_for_high_risk",
    )
}


def _provider_established_outside_the_union() -> tuple[dict[str, Any], list[str]]:
    """State 8054 of ``collect --every 6`` (round 22): the provider, established outside the
    Union, of an Annex III point 4(a) system (employment) that profiles (so no Art. 6(3)
    derogation: high-risk), placed on the market on 10 January 2028; the organisation's kind,
    headcount, turnover, balance sheet and group not known. The last stage's questions are the
    organisation's kind and its balance sheet: neither changes the view on its own, and the
    search for a pair among them finds nothing (several kinds are refused for an organisation
    established outside the Union)."""
    facts: dict[str, Any] = {
        "is_ai_system": True,
        **_NOT_EXCLUDED,
        "annex_i.legislation": (),
        "annex_iii.points": ("4a",),
        "context.gpai_model_same_provider": False,
        "context.gpai_model_same_undertaking": False,
        "context.intended_for_public_authorities": False,
        "context.on_behalf_of_public_authority": False,
        "context.used_by_public_authorities": False,
        "context.very_large_online_platform_or_search_engine": False,
        "derogation.detects_patterns_without_replacing_human": False,
        "derogation.improves_completed_human_activity": False,
        "derogation.narrow_procedural_task": False,
        "derogation.preparatory_task": False,
        "derogation.profiling": True,
        "organisation.established_in_eu": False,
        "placed_on_market": dt.date(2028, 1, 10),
        **{
            f"prohibited.{name}": False
            for name in (
                "a_subliminal_manipulative_or_deceptive_techniques",
                "b_exploits_vulnerabilities",
                "ba_generates_intimate_imagery_without_consent",
                "bb_generates_child_sexual_abuse_material",
                "c_social_scoring",
                "d_crime_risk_assessment_solely_profiling",
                "e_untargeted_facial_scraping",
                "f_emotion_recognition_workplace_education",
                "g_biometric_categorisation_sensitive_traits",
                "h_realtime_rbi_public_spaces_law_enforcement",
            )
        },
        **{
            f"roles.{name}": name == "provider"
            for name in (
                "authorised_representative",
                "deployer",
                "distributor",
                "importer",
                "product_manufacturer",
                "provider",
            )
        },
        **_NO_TRANSPARENCY,
        **_NO_VALUE_CHAIN,
    }
    asked = [
        "ai_office_systems",
        "annex_i_legislation",
        "annex_iii_points",
        "art6_3_conditions",
        "authority_actions",
        "common_specs_not_followed",
        "exclusions",
        "first_placing",
        "org_established_in_eu",
        "org_functions",
        "org_headcount",
        "org_part_of_group",
        "org_turnover",
        "prohibited_practices",
        "public_authority_use",
        "real_world_testing_outside_sandbox",
        "roles",
        "subject",
        "territory",
        "transparency_features",
        "urgency_use_art46",
    ]
    # Round 33 (sup33): a stated third-party supply, so that Art. 25(4) binds the provider as it
    # did when the state was collected (its provider side read duty.hr_provider).
    facts["value_chain.third_party_supplies"] = True
    return facts, asked


def _full_searches(monkeypatch: Any) -> list[list[str]]:
    """The questions of each search for a pair of the goal ``full``, as they are met."""
    met: list[list[str]] = []
    original = relevance._given_others

    def recording(*args: Any) -> Any:
        if args[3] == "full":
            met.append(sorted(a.question.id for a in args[5]))
        return original(*args)

    monkeypatch.setattr(relevance, "_given_others", recording)
    return met


def test_a_search_among_two_questions_is_ended_by_the_proof_question_by_question(
    monkeypatch: Any,
) -> None:
    """Round 22 (relevance.STUCK_TWO): for the provider above the last stage's search for a pair
    is among the organisation's kind and its balance sheet. The proof over every combination
    of their answers fails (kinds refused for an organisation established outside the Union:
    not shown, as they might be accepted with another answer); the proof for each question and
    kind of answer of the other, without the answers the search finds refused, holds. Before
    round 22 that proof was tried only from three questions. The search ends at once (and,
    run again without the proof, finds nothing: ``_with_the_proof_checked``), and the next
    question is the same (None) as without the switch."""
    facts, asked = _provider_established_outside_the_union()
    searches = _full_searches(monkeypatch)
    proofs = _with_the_proof_checked(monkeypatch)
    relevance.clear_cache()
    assert best(facts, "system", _CONTEXT, "full", asked) is None
    assert ["org_balance_sheet", "org_kind"] in searches
    # The searches of obligations (one question: shown before round 22) and of full: ended.
    assert proofs.count(True) == 2
    proofs.clear()
    monkeypatch.setattr(relevance, "STUCK_TWO", False)
    relevance.clear_cache()
    assert best(facts, "system", _CONTEXT, "full", asked) is None
    # Since round 28 (relevance.STUCK_WITHOUT_REFUSED) the proof over every combination leaves
    # out the kinds the organisation's own check refuses (their fields are the organisation's
    # kind and establishment, which the balance sheet's answers do not set), and holds.
    assert proofs.count(True) == 2
    proofs.clear()
    monkeypatch.setattr(relevance, "STUCK_WITHOUT_REFUSED", False)
    relevance.clear_cache()
    assert best(facts, "system", _CONTEXT, "full", asked) is None
    assert proofs.count(True) == 1  # full's not shown: every pair tried
    relevance.clear_cache()


def _realtime_identification_by_the_police() -> tuple[dict[str, Any], list[str]]:
    """State 8836 of ``collect --every 6`` (round 22): a German law-enforcement authority that
    deploys, since 10 January 2028, a system it answered is real-time remote biometric
    identification in publicly accessible spaces for law enforcement (Art. 5(1)(h)), under the
    exceptions' conditions; the three questions of what the system identifies (whether it
    identifies persons by biometric data, remotely, for law enforcement) not answered."""
    facts: dict[str, Any] = {
        "is_ai_system": True,
        **{k: v for k, v in _NOT_EXCLUDED.items() if k != "exclusions.placed_or_used_in_eu"},
        "context.decisions_on_natural_persons": False,
        "context.deployer_controls_input_data": False,
        "context.dpia_conducted": False,
        "context.gpai_model_same_provider": False,
        "context.gpai_model_same_undertaking": False,
        "context.post_remote_biometric_identification_criminal_investigation": False,
        "context.very_large_online_platform_or_search_engine": False,
        "context.workplace_use": False,
        **{
            f"derogation.{name}": False
            for name in (
                "detects_patterns_without_replacing_human",
                "improves_completed_human_activity",
                "narrow_procedural_task",
                "preparatory_task",
                "profiling",
            )
        },
        "organisation.financial_institution": False,
        "organisation.is_employer": True,
        "organisation.kind": "public_authority",
        "organisation.law_enforcement_authority": True,
        "organisation.member_state": "DE",
        "placed_on_market": dt.date(2028, 1, 10),
        **{
            f"prohibited.{name}": False
            for name in (
                "a_subliminal_manipulative_or_deceptive_techniques",
                "b_exploits_vulnerabilities",
                "ba_generates_intimate_imagery_without_consent",
                "bb_generates_child_sexual_abuse_material",
                "c_social_scoring",
                "d_crime_risk_assessment_solely_profiling",
                "e_untargeted_facial_scraping",
                "f_emotion_recognition_workplace_education",
                "g_biometric_categorisation_sensitive_traits",
                "h_notified_authorities",
                "h_urgency_fria_done_registration_follows",
            )
        },
        **{
            f"prohibited.{name}": True
            for name in (
                "h_fria_and_registration",
                "h_national_law_permits",
                "h_prior_authorisation",
                "h_realtime_rbi_public_spaces_law_enforcement",
                "h_strictly_necessary_for_listed_objective",
            )
        },
        **{
            f"roles.{name}": name == "deployer"
            for name in (
                "authorised_representative",
                "deployer",
                "distributor",
                "importer",
                "product_manufacturer",
                "provider",
            )
        },
        **_NO_TRANSPARENCY,
        **_NO_VALUE_CHAIN,
    }
    asked = [
        "ai_office_systems",
        "art5_h_conditions",
        "art6_3_conditions",
        "authority_actions",
        "dpia_conducted",
        "dpia_required",
        "exclusions",
        "first_placing",
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
    return facts, asked


def test_the_answers_the_rules_refuse_are_left_out_of_the_proof(monkeypatch: Any) -> None:
    """Round 22 (relevance.STUCK_CONFLICTS): for the police authority above the searches for a
    pair of the stages ``obligations`` and ``full`` are among the three questions of what the
    system identifies. The proof question by question fails with the organisation's refusals
    alone (the three answers together make the system high-risk by Annex III point 1(a)); an
    answer that contradicts the direct answer of Art. 5(1)(h) is refused by the rules'
    conflict flags, as the search's trials refuse it, and without those the proof holds: both
    searches end at once (and, run again without the proof, find nothing), and the next
    question is the same (None) as without the switch."""
    facts, asked = _realtime_identification_by_the_police()
    searches = _full_searches(monkeypatch)
    proofs = _with_the_proof_checked(monkeypatch)
    relevance.clear_cache()
    assert best(facts, "system", _CONTEXT, "full", asked) is None
    assert [
        "identification.identifies",
        "identification.law_enforcement",
        "identification.remote",
    ] in searches
    assert proofs.count(True) == 2  # obligations, full
    proofs.clear()
    monkeypatch.setattr(relevance, "STUCK_CONFLICTS", False)
    relevance.clear_cache()
    assert best(facts, "system", _CONTEXT, "full", asked) is None
    assert True not in proofs
    relevance.clear_cache()


@FEW
@given(
    st.one_of(states_with_unknowns(), interview_states()),
    st.sampled_from(["tier", "obligations", "full"]),
    st.sampled_from(["STUCK_TWO", "STUCK_CONFLICTS"]),
)
def test_the_next_question_is_the_same_without_the_proofs_of_round_22(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any, switch: str
) -> None:
    """Round 22 (relevance.STUCK_TWO, relevance.STUCK_CONFLICTS): best() and rank() give the
    same with the switch on as off, for every goal (every cache emptied before each), and every
    search the proof ends finds nothing without it."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    with pytest.MonkeyPatch.context() as monkeypatch:
        _with_the_proof_checked(monkeypatch)
        found = best_and_rank(facts, kind, context, goal, asked)
    assert best_and_rank_without(switch, facts, kind, context, goal, asked) == found


def _with_exposure_once(on: bool, *args: Any) -> Any:
    """best() and rank() with ``goals.EXPOSURE_ONCE`` on or off (every cache emptied)."""
    before = goals.EXPOSURE_ONCE
    goals.EXPOSURE_ONCE = on
    try:
        return best_and_rank(*args)
    finally:
        goals.EXPOSURE_ONCE = before
        relevance.clear_cache()


@FEW
@given(st.one_of(states_with_unknowns(), interview_states("full", ("system", "model"))))
def test_the_next_question_of_full_is_the_same_with_the_rows_context_once(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """Round 22 (goals.EXPOSURE_ONCE: the fine rows' context computed once for the look-up and
    the rows, the fine items kept by the rows' key): best() and rank() of the goal ``full``
    the same with the switch on as off."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    assert _with_exposure_once(True, facts, kind, context, "full", asked) == _with_exposure_once(
        False, facts, kind, context, "full", asked
    )


def test_the_rows_of_the_provider_are_the_same_with_the_context_given() -> None:
    """Round 22 (penalties.exposure.exposure_context): the look-up among rows kept and the rows
    with the context given are those computed without it, for every organisation the search
    among the organisation's figures tries (the kind, headcount, turnover and balance sheet
    of the provider above, one at a time)."""
    facts, _ = _provider_established_outside_the_union()
    base = assess_facts(facts, "system", _CONTEXT)
    binding, _ = base._binding_on(base.as_of)
    items = [goals._exposure_item(r.obligation) for r in binding]
    assert items  # the high-risk provider's duties bind in 2026? at least Art. 4 does
    kept: list[tuple[tuple[str, Any], ...]] = []
    organisations = [base.organisation]
    for changes in (
        {"kind": "private_undertaking"},
        {"kind": "natural_person"},
        {"headcount": 40},
        {"headcount": 400},
        {"annual_turnover_eur": 8_000_000},
        {"annual_turnover_eur": 900_000_000},
        {"balance_sheet_total_eur": 30_000_000},
    ):
        organisations.append(goals._updated(base.organisation, changes))
    for organisation in organisations:
        options = base._exposure_options
        where = {"as_of": base.as_of, "law": base.law, "options": options}
        context = exposure_context(organisation, **where)
        assert exposure_rows_traced(organisation, items, **where) == exposure_rows_traced(
            organisation, items, **where, context=context
        )
        assert exposure_reads_hold(organisation, kept, **where) == exposure_reads_hold(
            organisation, kept, **where, context=context
        )
        kept.append(exposure_rows_traced(organisation, items, **where)[1])


def test_a_search_that_finds_a_pair_is_not_ended_by_the_checks() -> None:
    """Round 22 (relevance.STUCK_CONFLICTS): state 4640 of ``collect --every 6``, the importer of
    an Annex III point 5(d) system that answered the Art. 6(3) derogation (a narrow procedural
    task, no significant risk, no profiling); the transparency questions asked and not answered.
    The search for a pair of ``tier`` finds that whether the system categorises persons by
    biometric data decides the tier once the categorisation is known not to be ancillary (the
    answer "yes" closes the tier and whether the Act reaches the organisation). Its proofs
    question by question are tried with every input check's refusals left out (the checks
    are few) and must fail: the pair is found, as without the switch. This test caught the
    planted fault of every check taken as refusing, which the property test did not."""
    facts: dict[str, Any] = {
        "is_ai_system": True,
        "annex_i.is_the_product": False,
        "annex_i.legislation": (),
        "annex_i.safety_component": False,
        "annex_iii.points": ("5d",),
        "derogation.narrow_procedural_task": True,
        "derogation.no_significant_risk": True,
        "derogation.profiling": False,
        "exclusions.exclusively_military_defence_national_security": False,
        "exclusions.international_cooperation_law_enforcement": False,
        "exclusions.pre_market_research_testing": False,
        "exclusions.sole_purpose_scientific_research": False,
        **{
            f"prohibited.{name}": False
            for name in (
                "a_subliminal_manipulative_or_deceptive_techniques",
                "b_exploits_vulnerabilities",
                "ba_generates_intimate_imagery_without_consent",
                "bb_generates_child_sexual_abuse_material",
                "c_social_scoring",
                "d_crime_risk_assessment_solely_profiling",
                "e_untargeted_facial_scraping",
                "f_emotion_recognition_workplace_education",
                "g_biometric_categorisation_sensitive_traits",
                "h_realtime_rbi_public_spaces_law_enforcement",
            )
        },
        **{
            f"roles.{name}": name == "importer"
            for name in ("deployer", "distributor", "importer", "product_manufacturer", "provider")
        },
        "value_chain.modified_intended_purpose": False,
        "value_chain.own_name_on_high_risk_system": False,
        "value_chain.substantial_modification": False,
    }
    asked = [
        "annex_i_legislation",
        "annex_iii_points",
        "art6_1_conditions",
        "art6_3_conditions",
        "exclusions",
        "prohibited_practices",
        "roles",
        "subject",
        "transparency_exceptions",
        "transparency_features",
    ]
    context = Context(dt.date(2026, 9, 1))
    relevance.clear_cache()
    found = best(facts, "system", context, "tier", asked)
    assert found is not None
    assert found.question.id == "categorisation.categorises"
    assert found.given == {"biometrics.categorisation_ancillary_and_technically_necessary": False}
    assert best_and_rank_without(
        "STUCK_CONFLICTS", facts, "system", context, "tier", asked
    ) == best_and_rank(facts, "system", context, "tier", asked)
