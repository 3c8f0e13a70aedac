"""Round 28 (relevance.STUCK_WITHOUT_REFUSED): the proof that a search for a pair finds nothing
leaves out the answers every trial holding them refuses.

An answer refused on the facts by an input model's own check (a validator of the organisation,
the system or the model raising a :class:`~aiact.errors.FieldConflict`) stays refused in every
trial whose other answers leave the fields that check reads as they are
(:func:`aiact.questions.goals.refusal_reads`). The search skips a refused trial, so such an
answer can be no witness of a pair; the proof over every combination of the answers left then
covers what the search tries. The next question is the same with the switch as without it;
state 8700 of the interview benchmark's collection ends its ``obligations`` stage without
trying pairs (figures in docs/interview.md, "Round 28").

The premise, that each such check reads only the fields its error names (``field``, ``others``
and ``reads``), was audited site by site in round 28 (28 checks in aiact/facts.py); a property
test below tries it on drawn states, and a count keeps a new check from joining unaudited."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiact.questions import relevance
from aiact.questions.catalogue import catalogue
from aiact.questions.goals import Context, refusal_reads
from aiact.questions.relevance import best, completions, trial_answers
from tests.switches import best_and_rank, best_and_rank_without
from tests.test_questions_relevance import (
    FEW,
    _with_the_proof_checked,
    interview_states,
    states_with_unknowns,
)

ROOT = Path(__file__).resolve().parents[1]
_MISSING = object()

_IMPORTER_SOCIAL_SCORING: dict[str, Any] = {
    "is_ai_system": True,
    "exclusions.exclusively_military_defence_national_security": False,
    "exclusions.sole_purpose_scientific_research": False,
    "exclusions.pre_market_research_testing": False,
    "exclusions.personal_non_professional_use": False,
    "exclusions.free_open_source_licence": False,
    "exclusions.international_cooperation_law_enforcement": False,
    "roles.importer": True,
    "roles.provider": False,
    "roles.deployer": False,
    "roles.distributor": False,
    "roles.authorised_representative": False,
    "roles.product_manufacturer": False,
    "value_chain.own_name_on_high_risk_system": False,
    "value_chain.substantial_modification": False,
    "value_chain.modified_intended_purpose": False,
    "value_chain.initial_provider_of_shifted_system": False,
    "value_chain.supplies_components_for_high_risk": False,
    "prohibited.c_social_scoring": True,
    "prohibited.a_subliminal_manipulative_or_deceptive_techniques": False,
    "prohibited.b_exploits_vulnerabilities": False,
    "prohibited.d_crime_risk_assessment_solely_profiling": False,
    "prohibited.e_untargeted_facial_scraping": False,
    "prohibited.f_emotion_recognition_workplace_education": False,
    "prohibited.g_biometric_categorisation_sensitive_traits": False,
    "prohibited.h_realtime_rbi_public_spaces_law_enforcement": False,
    "prohibited.ba_generates_intimate_imagery_without_consent": False,
    "prohibited.bb_generates_child_sexual_abuse_material": False,
    "prohibited.c_detrimental_treatment_unrelated_context": True,
    "prohibited.c_detrimental_treatment_unjustified": False,
    "annex_iii.points": (),
    "annex_i.safety_component": False,
    "annex_i.is_the_product": False,
    "annex_i.failure_endangers_health_safety": False,
    "organisation.kind": "private_undertaking",
    "organisation.part_of_group": False,
}
"""State 8700 of the collection (goal ``full``, 28 November 2026): an importer of a social
scoring system (Art. 5(1)(c)) with no Annex III point; the authority's actions were answered
"don't know". Of the goal ``obligations`` only Art. 79(4) is open, and only the authority's
actions decide it: no question is relevant, alone or in a pair. Of the transparency features,
emotion recognition implies Annex III point 1(c) (Art. 3(39)), which the list given lacks: the
answers that state it are refused, whatever else is answered."""

_ASKED = [
    "annex_iii_points",
    "art5_c_effects",
    "art6_1_conditions",
    "authority_actions",
    "exclusions",
    "org_kind",
    "org_part_of_group",
    "prohibited_practices",
    "roles",
    "subject",
]
_DAY = Context(dt.date(2026, 11, 28))


def _proofs(facts: dict[str, Any], goal: Any) -> tuple[Any, list[bool]]:
    """The next question of ``goal`` (unstaged) and the proofs for the whole search made."""
    made: list[bool] = []
    original = relevance._stuck_over

    def recording(*args: Any) -> bool:
        found = original(*args)
        made.append(found)
        return found

    relevance.clear_cache()
    relevance._stuck_over = recording  # type: ignore[assignment]
    try:
        found = best(facts, "system", _DAY, goal, _ASKED, staged=False)
    finally:
        relevance._stuck_over = original
        relevance.clear_cache()
    return found, made


def test_state_8700_ends_its_obligations_stage_with_the_first_proof() -> None:
    """With the switch the first proof (over every combination of the answers) holds; without
    it that proof fails and the proofs question by question follow. No question either way."""
    found, made = _proofs(_IMPORTER_SOCIAL_SCORING, "obligations")
    assert found is None and made[:1] == [True]
    relevance.STUCK_WITHOUT_REFUSED = False
    try:
        without, made_without = _proofs(_IMPORTER_SOCIAL_SCORING, "obligations")
    finally:
        relevance.STUCK_WITHOUT_REFUSED = True
    assert without is None and made_without[0] is False and len(made_without) > 1


def test_state_8700_ends_with_nothing_without_any_proof(monkeypatch: Any) -> None:
    """Every search the proofs end finds nothing when run again without them (relevance.STUCK
    off: every pair tried)."""
    _with_the_proof_checked(monkeypatch)
    for goal in ("obligations", "full"):
        relevance.clear_cache()
        first = best(_IMPORTER_SOCIAL_SCORING, "system", _DAY, goal, _ASKED, staged=False)
        relevance.STUCK = False
        try:
            relevance.clear_cache()
            again = best(_IMPORTER_SOCIAL_SCORING, "system", _DAY, goal, _ASKED, staged=False)
        finally:
            relevance.STUCK = True
            relevance.clear_cache()
        assert first == again


def _base(facts: dict[str, Any]) -> Any:
    found = relevance.MEMO.assess(facts, "system", _DAY)
    assert not isinstance(found, Exception)
    return found


def test_what_an_implied_annex_iii_point_reads() -> None:
    """Art. 3(39) and Annex III point 1(c): emotion recognition implies the point, so with a
    list of points that lacks it the answer is refused; the check reads the list and the fact
    (aiact.facts._check_implied_annex_iii)."""
    base = _base(_IMPORTER_SOCIAL_SCORING)
    changes = {"transparency.emotion_recognition": True}
    assert refusal_reads(base, changes) == {
        "annex_iii.points",
        "transparency.emotion_recognition",
    }
    assert refusal_reads(base, {"transparency.deep_fake": True}) is None  # accepted


def test_what_the_group_check_reads() -> None:
    """Group figures beside ``part_of_group`` false: the organisation's check reads the group
    (all its fields) and the flag."""
    base = _base(_IMPORTER_SOCIAL_SCORING)
    read = refusal_reads(base, {"organisation.group.headcount": 10})
    assert read == {"organisation.group", "organisation.part_of_group"}


def test_the_significant_change_check_reads_both_dates() -> None:
    """A significant change before the first placing or putting into service is refused; the
    first is the earlier of the two dates, so a date given for the other before the change lifts
    the conflict: the check reads both (``FieldConflict.reads``), not only the one it names."""
    facts = {**_IMPORTER_SOCIAL_SCORING, "placed_on_market": dt.date(2026, 6, 1)}
    base = _base(facts)
    change = {"significant_change": dt.date(2026, 1, 1)}
    read = refusal_reads(base, change)
    assert read == {"significant_change", "placed_on_market", "put_into_service"}
    lifted = {**change, "put_into_service": dt.date(2025, 1, 1)}
    assert not isinstance(relevance.MEMO.assess({**facts, **lifted}, "system", _DAY), Exception)


def test_a_field_s_own_error_reads_nothing_known() -> None:
    """A value of the wrong kind is not a check across fields: no reads (None)."""
    base = _base(_IMPORTER_SOCIAL_SCORING)
    assert refusal_reads(base, {"organisation.headcount": -5}) is None


def test_every_check_of_the_models_is_audited() -> None:
    """The checks of the input models that raise a FieldConflict were audited in round 28: each
    names every field its condition reads (or lists the rest in ``reads``). A new one changes
    the count: audit it (does its condition read a field it does not name? then add
    ``reads=``), then update the count."""
    source = (ROOT / "aiact" / "facts.py").read_text(encoding="utf-8")
    assert len(re.findall(r"raise FieldConflict\(", source)) == 28


def _answers(kind: Any, context: Any, facts: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for question in catalogue().for_kind(kind):
        for _, sets in completions(trial_answers(question, kind, context), facts):
            changes = {k: v for k, v in sets.items() if facts.get(k, _MISSING) != v}
            if changes:
                out.append((question.id, changes))
    return out


@FEW
@given(st.one_of(states_with_unknowns(), interview_states()), st.data())
def test_a_refusal_stays_while_what_it_reads_keeps_its_values(
    state: tuple[Any, Context, dict[str, Any], list[str]], data: st.DataObject
) -> None:
    """The premise of relevance._without_refused: an answer refused with known reads is refused
    together with answers of other questions that set none of the fields read (a trial, as the
    search makes it, and an assessment from scratch)."""
    kind, context, facts, _ = state
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return
    answers = _answers(kind, context, facts)
    refused = [
        (question, changes, read)
        for question, changes in answers
        if (read := refusal_reads(base, changes)) is not None
    ]
    for question, changes, read in refused:
        others = [
            sets
            for other, sets in answers
            if other != question
            and not any(p == n or p.startswith(n + ".") for n in read for p in sets)
        ]
        together = dict(changes)
        if others:
            for sets in data.draw(st.lists(st.sampled_from(others), max_size=4)):
                together.update(sets)
            together.update(changes)  # the refused answer's own values (as in a merged trial)
        trial = relevance._trial(base, facts, together, kind, context)
        assert isinstance(trial, Exception), (question, changes, together)
        assert isinstance(relevance.MEMO.assess({**facts, **together}, kind, context), Exception), (
            question,
            together,
        )


@FEW
@given(
    st.one_of(states_with_unknowns(), interview_states()),
    st.sampled_from(["tier", "obligations", "full"]),
)
def test_the_next_question_is_the_same_without_leaving_out_refused_answers(
    state: tuple[Any, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """best() and rank() give the same with relevance.STUCK_WITHOUT_REFUSED on as off."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    found = best_and_rank(facts, kind, context, goal, asked)
    assert (
        best_and_rank_without("STUCK_WITHOUT_REFUSED", facts, kind, context, goal, asked) == found
    )


@pytest.mark.parametrize("goal", ["obligations", "full"])
def test_state_8700_is_the_same_without_leaving_out_refused_answers(goal: Any) -> None:
    found = best_and_rank(_IMPORTER_SOCIAL_SCORING, "system", _DAY, goal, _ASKED)
    assert (
        best_and_rank_without(
            "STUCK_WITHOUT_REFUSED", _IMPORTER_SOCIAL_SCORING, "system", _DAY, goal, _ASKED
        )
        == found
    )
