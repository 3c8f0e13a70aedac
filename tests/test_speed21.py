"""Round 18 (speed21): the proof that a search for a pair of the goal ``full`` finds nothing,
where its answers set no field the view reads directly but the organisation's
(``relevance.STUCK_FULL``, ``relevance._exposure_kept``,
``penalties.exposure.exposure_rows_kept``). Figures in docs/interview.md, "Round 18"."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiact.facts import ART5_PRACTICES
from aiact.penalties.exposure import exposure_rows_traced
from aiact.questions import catalogue, relevance
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context, _updated, assess_facts
from aiact.questions.relevance import best, completions, rank, trial_answers
from tests.test_questions_relevance import (
    _NOT_EXCLUDED,
    _NOT_VALUE_CHAIN,
    FEW,
    _with_the_proof_checked,
    interview_states,
    states,
    states_with_unknowns,
)

_ASKED = [
    "subject",
    "model_general_purpose",
    "model_research",
    "model_role",
    "model_systemic_risk",
    "model_systemic_risk_rebutted",
    "commission_requests",
    "model_open_source",
    "org_established_in_eu",
    "model_common_specs_not_followed",
    "model_compute",
    "model_placed",
    "org_turnover",
    "org_part_of_group",
    "group_turnover",
    "group_headcount",
    "group_balance_sheet",
]
"""The questions asked in :func:`_model_provider` (those after ``model_placed`` answered "don't
know")."""


def _model_provider() -> dict[str, Any]:
    """A state of the interview benchmark (7611 of round 18's collection, 28 November 2026): the
    provider of a general-purpose AI model placed on the market on 1 September 2025,
    established in the Union, nothing known of the organisation but that."""
    return {
        "model.authorised_representative": False,
        "model.commission_designated": False,
        "model.free_open_source_licence": False,
        "model.is_general_purpose": True,
        "model.placed_on_market": dt.date(2025, 9, 1),
        "model.pre_market_research_testing": False,
        "model.provider": True,
        "model.sole_purpose_scientific_research": False,
        "organisation.established_in_eu": True,
    }


def _distributor_of_social_scoring() -> dict[str, Any]:
    """Round 17's distributor of a social-scoring system (Art. 5(1)(c); its Art. 99(3) fine
    reads the offender, the size for the SME relief of Art. 99(6) and the turnover), the
    organisation's kind and figures left unknown."""
    facts: dict[str, Any] = {
        "is_ai_system": True,
        **{f"exclusions.{name}": False for name in _NOT_EXCLUDED},
        "roles.distributor": True,
        **{
            f"roles.{name}": False
            for name in (
                "provider",
                "deployer",
                "importer",
                "authorised_representative",
                "product_manufacturer",
            )
        },
        **{f"value_chain.{name}": False for name in _NOT_VALUE_CHAIN},
        **{f"prohibited.{name}": False for name in ART5_PRACTICES},
        "prohibited.c_social_scoring": True,
        "prohibited.c_detrimental_treatment_unrelated_context": True,
        "prohibited.c_detrimental_treatment_unjustified": False,
        "annex_iii.points": (),
        "annex_i.failure_endangers_health_safety": False,
        "annex_i.legislation": (),
    }
    return facts


def _organisation_questions(kind: SubjectKind) -> list[str]:
    return [
        q.id
        for q in catalogue().for_kind(kind)
        if all(path.startswith("organisation.") for path in q.facts)
    ]


@st.composite
def _organisation_answers(
    draw: st.DrawFn,
) -> tuple[SubjectKind, Context, dict[str, Any], list[str]]:
    """The model provider or the distributor above with some of the organisation's questions
    answered, or a state of :func:`states` (systems and models) or of an interview for the
    goal ``full``."""
    choice = draw(st.integers(0, 5))
    if choice <= 3:
        kind: SubjectKind = "model" if choice <= 1 else "system"
        facts = _model_provider() if kind == "model" else _distributor_of_social_scoring()
        context = Context(draw(st.sampled_from([dt.date(2026, 11, 28), dt.date(2029, 1, 1)])))
        questions = _organisation_questions(kind)
        for question_id in draw(st.lists(st.sampled_from(questions), unique=True, max_size=6)):
            question = catalogue().get(question_id)
            answers = completions(trial_answers(question, kind, context), facts)
            if answers:
                facts.update(draw(st.sampled_from(answers))[1])
        try:
            assess_facts(facts, kind, context)
        except ValueError:
            return draw(states())
        return kind, context, facts, list(_ASKED) if kind == "model" else []
    if choice == 4:
        return draw(states())
    return draw(interview_states("full", ("system", "model")))


def _organisation_values(
    kind: SubjectKind, context: Context, facts: dict[str, Any], chosen: list[str]
) -> tuple[list[list[dict[str, Any]]], dict[str, list[Any]]]:
    """The answers of the organisation questions ``chosen`` (completed on ``facts``), and for
    each field they set that ``facts`` leaves unknown the values they give it."""
    answers: list[list[dict[str, Any]]] = []
    values: dict[str, list[Any]] = {}
    for question_id in chosen:
        question = catalogue().get(question_id)
        sets_of = [s for _, s in completions(trial_answers(question, kind, context), facts)]
        sets_of = [s for s in sets_of if s]
        if not sets_of:
            continue
        answers.append(sets_of)
        for sets in sets_of:
            for path, value in sets.items():
                if facts.get(path) is None and value not in values.setdefault(path, []):
                    values[path].append(value)
    return answers, values


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_organisation_answers(), st.randoms(use_true_random=False), st.data())
def test_the_fines_shown_kept_are_every_organisations_own(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
    rng: random.Random,
    data: st.DataObject,
) -> None:
    """Round 18 (relevance._exposure_kept): where the rows of the fine exposure are shown kept
    whatever values the organisation questions' answers give its fields, in any combination,
    the rows computed afresh (penalties.exposure.exposure_rows_traced) for the organisation
    with any combination of those values the input checks accept (every combination of two
    fields, and up to 60 of all of them) are the base's."""
    kind, context, facts, _ = state
    try:
        base = assess_facts(facts, kind, context)
    except ValueError:
        return
    chosen = data.draw(st.lists(st.sampled_from(_organisation_questions(kind)), unique=True))
    answers, values = _organisation_values(kind, context, facts, chosen)
    if not values:
        return
    paths = frozenset(values)
    if not relevance._exposure_kept(base, facts, answers, paths):
        return
    binding, _ = base._binding_on(base.as_of)
    items = [relevance._exposure_item(r.obligation) for r in binding]

    def rows(organisation: Any) -> Any:
        return exposure_rows_traced(
            organisation,
            items,
            as_of=base.as_of,
            law=base.law,
            options=base._exposure_options,
        )[0]

    before = rows(base.organisation)
    fields = sorted(values)
    combinations: list[dict[str, Any]] = []
    for first, second in itertools.combinations_with_replacement(fields, 2):
        for a in values[first]:
            for b in values[second]:
                combinations.append({first: a, second: b})
    for _ in range(60):
        combinations.append(
            {path: rng.choice([None, *values[path]]) for path in fields if rng.random() < 0.7}
        )
    for combination in combinations:
        changes = {p.split(".", 1)[1]: v for p, v in combination.items() if v is not None}
        try:
            organisation = _updated(base.organisation, changes)
        except ValueError:
            continue
        assert rows(organisation) == before, combination


def test_the_failing_search_of_a_model_provider_among_the_organisations_questions_ends_at_once(
    monkeypatch: Any,
) -> None:
    """Round 18: the model provider above (its search for a pair among the organisation's
    questions took 28 ms of 34 on main): for the goal ``full`` the proof holds (the rows of
    its Art. 101 fine read the offender and the SME status, neither of which changes them, and
    the turnover, which no question of the search sets), the next question is None, as with
    relevance.STUCK_FULL off, where the proof is not tried."""
    facts = _model_provider()
    context = Context(dt.date(2026, 11, 28))
    proofs = _with_the_proof_checked(monkeypatch)
    relevance.clear_cache()
    assert best(facts, "model", context, "full", _ASKED) is None
    assert proofs[:1] == [True]  # (then False: the search run again without it)
    proofs.clear()
    relevance.STUCK_FULL = False
    try:
        relevance.clear_cache()
        assert best(facts, "model", context, "full", _ASKED) is None
        assert not any(proofs)
    finally:
        relevance.STUCK_FULL = True
        relevance.clear_cache()
    # With the turnover known the Art. 101 rows read it: a search that sets the size's
    # figures is still shown (the turnover is the organisation's own, not a group's).
    facts["organisation.annual_turnover_eur"] = 10_000_000
    relevance.clear_cache()
    assert best(facts, "model", context, "full", _ASKED) == _without_the_proof(facts, context)


def _without_the_proof(facts: dict[str, Any], context: Context) -> Any:
    relevance.STUCK_FULL = False
    try:
        relevance.clear_cache()
        return best(facts, "model", context, "full", _ASKED)
    finally:
        relevance.STUCK_FULL = True
        relevance.clear_cache()


@FEW
@given(
    st.one_of(
        states_with_unknowns(),
        interview_states("full", ("system", "model", "model")),
        _organisation_answers(),
    )
)
def test_the_next_question_is_the_same_without_the_proof_for_full_of_round_18(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """Round 18 (relevance.STUCK_FULL): best() and rank() give the same for the goal full with
    the proof tried on its searches for a pair as without it (every cache emptied before each),
    and every search it ends finds nothing without it."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    with pytest.MonkeyPatch.context() as monkeypatch:
        _with_the_proof_checked(monkeypatch)
        relevance.clear_cache()
        found = best(facts, kind, context, "full", asked)
        relevance.clear_cache()
        ranked = rank(facts, kind, context, "full", asked)
    relevance.STUCK_FULL = False
    try:
        relevance.clear_cache()
        assert best(facts, kind, context, "full", asked) == found
        relevance.clear_cache()
        assert rank(facts, kind, context, "full", asked) == ranked
    finally:
        relevance.STUCK_FULL = True
        relevance.clear_cache()


def test_the_proof_for_full_follows_what_the_fines_read_of_the_organisation() -> None:
    """Round 18 (relevance._stuck for the goal ``full``): for the distributor of a
    social-scoring system, whose Art. 99(3) row waits for the organisation's kind, the answers
    of ``org_kind`` may change the fines (a public body, Art. 99(8), or an undertaking): not
    shown; for the model provider, whose Art. 101 rows read the offender, the SME status and the
    turnover, the answers of the kind and the size's figures change none of its rows: shown,
    and not where the answers of ``org_turnover`` may set the turnover."""
    context = Context(dt.date(2026, 11, 28))
    for kind, facts, questions, shown in (
        ("system", _distributor_of_social_scoring(), ["org_kind"], False),
        ("model", _model_provider(), ["org_kind", "org_headcount", "org_balance_sheet"], True),
        ("model", _model_provider(), ["org_kind", "org_turnover"], False),
    ):
        base = assess_facts(facts, kind, context)
        answers, values = _organisation_values(kind, context, facts, questions)
        assert relevance._exposure_kept(base, facts, answers, frozenset(values)) is shown
        assert relevance._stuck(base, facts, kind, "full", answers) is shown
        relevance.STUCK_FULL = False
        try:
            assert relevance._stuck(base, facts, kind, "full", answers) is False
        finally:
            relevance.STUCK_FULL = True
