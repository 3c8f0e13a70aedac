"""The trace shortcuts of the next-question search (aiact.questions.relevance) against trying
every answer in full (round 12, helper trace13).

A leaf of the trace tree (``relevance._reads``) keeps the facts and conclusions a goal view
read, not the rule values (``\\x00rule:``) nor the input dates (``\\x00date:``) on its path. The
shortcuts of ``_try`` and ``_unchanged`` ("an answer that changes none of the names the view
read leaves it as it is") and ``_direct``'s date check read that set. Why no answer is misjudged:

1. **tier.** The view reads ``risk_tier``, ``possible_tiers``, ``tier_changes``, ``roles`` and
   ``in_scope``. The only reads outside ``Evaluation.values`` are the tier date rules
   (``TIER_DATE_RULES``), and every case of them has a declared date as its value: no input date
   (``_Case.input_names``) and no other date rule (``_Case.refs``). Rule values are consulted only
   by the open questions' bit sets (``Assessment.mask``), which the tier view never computes. So
   the path of a ``tier`` view holds no ``\\x00`` name: its names are its leaf's set, and the
   view is a function of the values there (the premise of ``_Traces``).
2. **obligations.** The view computed (``goal_view``) computes ``obligation_results`` in full,
   whose timings read input dates and, for an undetermined date, rule values (its
   ``undetermined_because``). Its result and open parts are the tier view's and, per obligation,
   the value of its predicate (``obligations_view``; a property test in
   test_questions_relevance.py holds the two equal), all read from ``Evaluation.values``. So the
   result is a function of the values at the leaf's set; the extra names on the path decide only
   parts of ``obligation_results`` the view drops.
3. **full** is not kept by trace; ``fields_read_directly("full")`` lists every date field, so a
   date answer is always tried; the rule values it reads (through ``undetermined_because``)
   enter neither its result nor its open parts.

Hence ``_direct``'s test for an input date in the leaf's set (round 11) could never hold and was
not needed: it is removed. The premise of 1 is pinned below (a tier date rule that came to read
an input date would fail it), and the shortcuts are compared with full trials on hypothesis
states, the date questions first.

Two differences from a full trial were found all the same, neither from the trace names:

* ``_try``'s shortcut counted an answer the input checks refuse (a significant change dated
  before the first placing, which ``AISystem`` refuses) as an answer closing nothing, where an
  answer assessed is skipped: the question's mean (``Ranked.score[1]``, ``[2]``) was lower than
  a full trial's. Fixed (``goals.refused``); :func:`test_the_date_questions_are_judged_as_a_full
  _trial_judges_them` failed before on 63 of the grid's 108 states (90 pairs of a goal,
  ``tier`` or ``obligations``, and a question, ``significant_change`` or ``first_placing``).
* the *pruning* (``_open_inputs``): see
  :func:`test_a_significant_change_that_decides_obligations_is_a_candidate` (not fixed)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiact.engine.dates import date_plan
from aiact.facts import ART5_PRACTICES
from aiact.questions import catalogue, relevance
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import GOALS, Context, assess_facts, goal_view
from aiact.questions.relevance import (
    INPUT_DATE,
    RULE_VALUE,
    TRACES,
    best,
    candidates,
    completions,
    trial_answers,
)
from aiact.rules.timing import TIER_DATE_RULES
from aiact.versions import LawVersion
from tests.test_questions_relevance import DAYS, states

SOME = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
COMPARED: Counter[tuple[str, bool, bool]] = Counter()
"""(goal, a date question, relevant): the comparisons made (for a look at the sample)."""
DATE_QUESTIONS = ("first_placing", "significant_change", "model_placed")


_LEGACY_8B = {
    "is_ai_system": True,
    **{
        f"exclusions.{name}": False
        for name in (
            "exclusively_military_defence_national_security",
            "sole_purpose_scientific_research",
            "pre_market_research_testing",
            "personal_non_professional_use",
            "free_open_source_licence",
            "international_cooperation_law_enforcement",
        )
    },
    "exclusions.placed_or_used_in_eu": True,
    "roles.provider": True,
    **{
        f"roles.{name}": False
        for name in (
            "deployer",
            "importer",
            "distributor",
            "authorised_representative",
            "product_manufacturer",
        )
    },
    **{
        f"value_chain.{name}": False
        for name in (
            "own_name_on_high_risk_system",
            "substantial_modification",
            "modified_intended_purpose",
            "initial_provider_of_shifted_system",
            "supplies_components_for_high_risk",
        )
    },
    **{f"prohibited.{name}": False for name in ART5_PRACTICES},
    **{
        f"transparency.{name}": False
        for name in (
            "interacts_directly_with_persons",
            "generates_synthetic_audio",
            "generates_synthetic_image",
            "generates_synthetic_video",
            "generates_synthetic_text",
            "emotion_recognition",
            "biometric_categorisation",
            "deep_fake",
            "public_interest_text",
        )
    },
    "annex_iii.points": ("8b",),
    "annex_iii.campaign_logistics_only": False,
    **{
        f"derogation.{name}": False
        for name in (
            "narrow_procedural_task",
            "improves_completed_human_activity",
            "detects_patterns_without_replacing_human",
            "preparatory_task",
        )
    },
    "context.on_behalf_of_public_authority": False,
    "context.intended_for_public_authorities": False,
    "context.used_by_public_authorities": False,
    "placed_on_market": dt.date(2025, 1, 1),
}
"""A provider's Annex III point 8(b) system (no derogation), placed on the market in 2025: a
state of the interview benchmark (beslishulp) with the first placing answered."""


_SEEDS: tuple[dict[str, Any], ...] = (
    {k: v for k, v in _LEGACY_8B.items() if k != "placed_on_market"},
    {
        **{k: v for k, v in _LEGACY_8B.items() if k != "placed_on_market"},
        "roles.provider": False,
        "roles.deployer": True,
        "annex_iii.points": ("4a",),
        "context.intended_for_public_authorities": True,
    },
)
"""Deep states where the dates decide (a high-risk system of Annex III, Art. 111(2))."""


@st.composite
def seeded(draw: st.DrawFn) -> tuple[SubjectKind, Context, dict[str, Any], list[str]]:
    """A seed of :data:`_SEEDS` with some facts left unknown (their questions not asked)."""
    facts = dict(draw(st.sampled_from(_SEEDS)))
    for key in draw(st.sets(st.sampled_from(sorted(facts)), max_size=3)):
        if key != "is_ai_system":
            del facts[key]
    context = Context(draw(st.sampled_from(DAYS)), draw(st.sampled_from([None, *LawVersion])))
    try:
        assess_facts(facts, "system", context)
    except ValueError:
        facts = dict(_SEEDS[0])
    asked = [
        q.id for q in catalogue().for_kind("system") if q.facts and all(p in facts for p in q.facts)
    ]
    return "system", context, facts, asked


@st.composite
def interviews(draw: st.DrawFn) -> tuple[SubjectKind, Context, dict[str, Any], list[str]]:
    """Facts reached as the interview reaches them: the next question of the goal ``full``
    each time, answered with one of its trial answers or "don't know" (deeper states than
    :func:`states`: the tier found, the roles and obligations open)."""
    kind: SubjectKind = draw(st.sampled_from(["system", "system", "system", "model"]))
    context = Context(draw(st.sampled_from(DAYS)), draw(st.sampled_from([None, *LawVersion])))
    facts: dict[str, Any] = {}
    asked: list[str] = []
    for _ in range(draw(st.integers(0, 24))):
        found = best(facts, kind, context, "full", asked)
        if found is None:
            break
        question = found.question
        asked.append(question.id)
        answers = completions(trial_answers(question, kind, context), facts)
        if not answers or draw(st.integers(0, 9)) == 0:
            continue  # don't know
        _, sets = draw(st.sampled_from(answers))
        try:
            assess_facts({**facts, **sets}, kind, context)
        except ValueError:
            continue
        facts.update(sets)
    return kind, context, facts, asked


@st.composite
def dated_states(draw: st.DrawFn) -> tuple[SubjectKind, Context, dict[str, Any], list[str]]:
    """A state of :func:`interviews` (or of :func:`states`), with the date questions answered
    or not (dates on every side of the Act's dates, the date options)."""
    kind, context, facts, asked = draw(st.one_of(seeded(), seeded(), interviews(), states()))
    for question in catalogue().for_kind(kind):
        if question.id not in DATE_QUESTIONS or draw(st.integers(0, 2)):
            continue
        if question.id in asked:
            asked = [a for a in asked if a != question.id]  # the date asked again, or not
            facts = {k: v for k, v in facts.items() if k not in question.facts}
            continue
        _, sets = draw(st.sampled_from(trial_answers(question, kind, context)))
        try:
            assess_facts({**facts, **sets}, kind, context)
        except ValueError:
            continue
        facts = {**facts, **sets}
        asked = [*asked, question.id]
    return kind, context, facts, asked


def _full_trial(
    question: Any,
    facts: dict[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Any,
    opened: Any,
) -> list[tuple[Any, int, bool]]:
    """Every answer ``_try`` tries, assessed from scratch: (answer, parts closed, whether the
    result changes); an answer the input checks refuse is skipped, as ``_try`` skips it."""
    before = goal_view(assess_facts(facts, kind, context), goal)
    out = []
    for answer, sets in completions(trial_answers(question, kind, context, opened.inputs), facts):
        try:
            after = goal_view(assess_facts({**facts, **sets}, kind, context), goal)
        except ValueError:
            continue
        out.append((answer, len(before.open - after.open), after.result != before.result))
    return out


def _compare(
    kind: SubjectKind,
    context: Context,
    facts: dict[str, Any],
    goal: Any,
    opened: Any,
    questions: list[Any],
) -> None:
    """``_try`` gives each answer of each question the outcome of assessing it in full, and
    ``_unchanged`` holds only where no answer changes the result."""
    base = relevance.MEMO.assess(facts, kind, context)
    assert not isinstance(base, Exception)
    for question in questions:
        attempt = relevance._try(question, base, facts, kind, context, goal, opened)
        assert attempt is not None
        full = _full_trial(question, facts, kind, context, goal, opened)
        # A relevant question's outcomes are checked as they are returned; another's where they
        # are used (the search for a pair's order).
        assert not attempt.relevant or not attempt.unchecked
        assert [(o.answer, o.closes, o.changes) for o in attempt.checked()] == full, (
            goal,
            question.id,
        )
        if relevance._unchanged(question, base, facts, kind, context, goal, opened, None):
            assert not any(changes for _, _, changes in full), (goal, question.id)
        COMPARED[(goal, question.kind == "date", attempt.relevant)] += 1


@SOME
@given(dated_states(), st.data())
def test_the_shortcuts_judge_every_answer_as_a_full_trial_does(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], data: st.DataObject
) -> None:
    """For every goal, the date questions of the pool and a few others (see :func:`_compare`)."""
    kind, context, facts, asked = state
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, kind, context)
    assert not isinstance(base, Exception)
    for goal in GOALS:
        if relevance._views(base, goal).determined:
            continue
        opened = relevance._open_inputs(base, goal)
        pool = candidates(facts, kind, asked, opened.inputs, catalogue())
        dated = [q for q in pool if q.kind == "date"]
        others = [q for q in pool if q.kind != "date"]
        if others:
            others = data.draw(
                st.lists(st.sampled_from(others), max_size=2, unique_by=lambda q: q.id)
            )
        _compare(kind, context, facts, goal, opened, [*dated, *others])


_DATES: tuple[dict[str, Any], ...] = (
    {},
    {"placed_on_market": dt.date(2025, 1, 1)},
    {"put_into_service": dt.date(2026, 9, 1)},
    {"placed_on_market": dt.date(2028, 1, 1)},
    {"significant_change": dt.date(2027, 12, 2)},
    {"placed_on_market": dt.date(2025, 1, 1), "significant_change": dt.date(2026, 3, 1)},
)


def test_the_date_questions_are_judged_as_a_full_trial_judges_them() -> None:
    """Every date question (asked or not), every goal, on the seeds with the dates unknown,
    before and after the cut-offs of Art. 111(2), on each day and law (see :func:`_compare`):
    the answers that change only an input date and the rule inputs computed from it."""
    questions = [q for q in catalogue().for_kind("system") if q.kind == "date"]
    assert {q.id for q in questions} >= {"first_placing", "significant_change"}
    for seed in _SEEDS:
        for dates in _DATES:
            facts = {**seed, **dates}
            for day in DAYS:
                for law in (None, *LawVersion):
                    context = Context(day, law)
                    try:
                        base = relevance.MEMO.assess(facts, "system", context)
                    except ValueError:
                        continue
                    assert not isinstance(base, Exception)
                    for goal in GOALS:
                        if relevance._views(base, goal).determined:
                            continue
                        opened = relevance._open_inputs(base, goal)
                        unsettled = [q for q in questions if not relevance._is_settled(q, facts)]
                        _compare("system", context, facts, goal, opened, unsettled)


@SOME
@given(dated_states())
def test_a_tier_view_reads_no_rule_value_and_no_input_date(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """The premise of the docstring's point 1: the tier date rules read declared dates only, and
    the path of a ``tier`` view (every name its computation read) is its leaf's set."""
    kind, context, facts, _ = state
    base = relevance.MEMO.assess(facts, kind, context)
    assert not isinstance(base, Exception)
    plan = date_plan(base.evaluation.ruleset)
    for name in TIER_DATE_RULES.values():
        for case in plan.rules.get(name, ()):
            assert not case.input_names and not case.refs, (name, case.index)
    relevance._views(base, "tier")
    leaf = TRACES.path_over(base, "tier", {}, {}, base.input_dates)
    if leaf is None:  # a trace read in another order than the tree's: not kept
        return
    assert not any(name.startswith(("\x00", RULE_VALUE, INPUT_DATE)) for name in leaf[1])
    assert leaf[1] == relevance._reads(base, "tier")


def test_the_leaf_of_a_trace_keeps_no_rule_value_nor_input_date() -> None:
    """What ``_direct`` (no date check since round 12, helper trace13) relies on: a leaf's set is
    the facts and conclusions read, so the input dates of the system are never among them and
    a date answer counts as read directly only for the goal ``full``."""
    from aiact.questions.relevance import _dated, _direct

    context = Context(dt.date(2026, 11, 28))
    facts = {"is_ai_system": True, "roles.provider": True, "annex_iii.points": ("8b",)}
    base = relevance.MEMO.assess(facts, "system", context)
    assert not isinstance(base, Exception)
    for goal in ("tier", "obligations"):
        reads = relevance._reads(base, goal)
        assert not any(name.startswith("\x00") for name in reads)
        assert _direct(goal, "system").isdisjoint(_dated("system"))
    assert {"placed_on_market", "put_into_service", "significant_change"} <= _direct(
        "full", "system"
    )


def test_a_significant_change_that_decides_obligations_is_a_candidate() -> None:
    """Art. 111(2): a legacy high-risk system is covered "only if, as from that date, those
    systems are subject to significant changes in their designs". Round 12 (helper trace13)
    found the question never asked: an empty significant_change meant "none", so it was never
    an unknown input. Since round 13 an empty one is not known (ADR 0037): the question is a
    candidate wherever the answer can still decide obligations."""
    context = Context(dt.date(2026, 11, 28))
    facts = dict(_LEGACY_8B)
    base = relevance.MEMO.assess(facts, "system", context)
    assert not isinstance(base, Exception)
    before = goal_view(base, "obligations")
    changed = assess_facts({**facts, "significant_change": dt.date(2027, 12, 2)}, "system", context)
    after = goal_view(changed, "obligations")
    # Trying the answer in full: a change after the cut-off decides some thirty obligations.
    assert after.result != before.result
    assert len(after.open) < len(before.open)
    # The search: not a candidate, so never tried.
    opened = relevance._open_inputs(base, "obligations")
    assert "significant_change" in opened.inputs


def _relevant_not_candidates(
    facts: dict[str, Any], kind: SubjectKind, context: Context, asked: list[str]
) -> list[tuple[str, Any]]:
    """For the goal ``full``: every question not asked nor settled that is not a candidate
    (``_open_inputs``) but relevant by a full trial (an answer, assessed from scratch, changes
    the goal's result), with that answer. Every answer is tried (not only those that set an open
    input: the pruning is what is checked)."""
    base = relevance.MEMO.assess(facts, kind, context)
    assert not isinstance(base, Exception)
    before = goal_view(base, "full")
    if before.determined:
        return []
    opened = relevance._open_inputs(base, "full")
    pool = {q.id for q in candidates(facts, kind, asked, opened.inputs, catalogue())}
    out = []
    for question in candidates(facts, kind, asked, None, catalogue()):
        if question.id in pool:
            continue
        for answer, sets in completions(trial_answers(question, kind, context), facts):
            try:
                after = goal_view(assess_facts({**facts, **sets}, kind, context), "full")
            except ValueError:
                continue
            if after.result != before.result:
                out.append((question.id, answer))
                break
    return out


_ORGANISATION_QUESTIONS = tuple(
    q.id for q in catalogue().for_kind("system") if q.id.startswith(("org_", "group_"))
)


@st.composite
def organisation_open(draw: st.DrawFn) -> tuple[SubjectKind, Context, dict[str, Any], list[str]]:
    """A state of :func:`interviews` with some of the organisation's facts forgotten again (their
    questions not asked): the kind, the size, the group left open where a ceiling binds."""
    kind, context, facts, asked = draw(interviews())
    forget = draw(st.sets(st.sampled_from(_ORGANISATION_QUESTIONS), max_size=4))
    for question in catalogue().for_kind(kind):
        if question.id not in forget:
            continue
        kept = {k: v for k, v in facts.items() if k not in question.facts}
        try:
            assess_facts(kept, kind, context)
        except ValueError:
            continue
        facts = kept
        asked = [a for a in asked if a != question.id]
    return kind, context, facts, asked


@st.composite
def organised(draw: st.DrawFn) -> tuple[SubjectKind, Context, dict[str, Any], list[str]]:
    """A state of the benchmark where ceilings bind (a lift's AI system, a general-purpose AI
    model's provider, an Annex III point 8(b) system placed in 2025 or 2027), on a day after
    Chapter XII applies, with the organisation's facts drawn, each one known or not: the kind,
    the Member State, the size class, the figures, whether it is part of a group and the
    group's figures."""
    seed = draw(st.sampled_from(("lift", "model", "8b", "8b-2027")))
    kind: SubjectKind = "model" if seed == "model" else "system"
    facts = {
        k: v
        for k, v in (_GPAI_PROVIDER if kind == "model" else _LIFT_PROVIDER).items()
        if not k.startswith("organisation.")
    }
    if seed.startswith("8b"):
        facts = {k: v for k, v in _LEGACY_8B.items() if k != "placed_on_market"}
        facts["placed_on_market"] = dt.date(2027 if seed == "8b-2027" else 2025, 1, 1)
    amounts = st.sampled_from([5, 40, 300, 900, 8000])
    money = st.sampled_from([Decimal(1_000_000), Decimal(30_000_000), Decimal(2_000_000_000)])
    drawn = {
        "organisation.kind": st.sampled_from(
            ["private_undertaking", "natural_person", "union_institution", "public_authority"]
        ),
        "organisation.member_state": st.just("NL"),
        "organisation.size_class": st.sampled_from(["micro", "medium", "small_mid_cap", "large"]),
        "organisation.headcount": amounts,
        "organisation.annual_turnover_eur": money,
        "organisation.balance_sheet_total_eur": money,
        "organisation.part_of_group": st.booleans(),
        "organisation.group.headcount": amounts,
        "organisation.group.annual_turnover_eur": money,
    }
    for path, values in drawn.items():
        if draw(st.booleans()):
            facts[path] = draw(values)
    if facts.get("organisation.part_of_group") is False:
        facts = {k: v for k, v in facts.items() if not k.startswith("organisation.group.")}
    day = draw(st.sampled_from((dt.date(2026, 11, 28), dt.date(2028, 3, 1), dt.date(2029, 1, 1))))
    context = Context(day, draw(st.sampled_from([None, *LawVersion])))
    try:
        assess_facts(facts, kind, context)
    except ValueError:
        facts = {k: v for k, v in facts.items() if not k.startswith("organisation.")}
    asked = [
        q.id for q in catalogue().for_kind(kind) if q.facts and all(p in facts for p in q.facts)
    ]
    return kind, context, facts, asked


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(organised(), organised(), interviews(), organisation_open()))
def test_every_question_that_can_change_the_goal_full_is_a_candidate(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """Issue 16: the next question is None exactly when the goal is determined, so the pruning
    may leave out no question whose answer changes the result. Round 12 (helper trace13) found
    the organisation's questions left out for the goal ``full`` on 14 of 308 sampled states: the
    fine exposure's missing facts do not name a fact that changes a ceiling already known (the
    organisation turns out to be part of a group, a size class given, a Union institution,
    Art. 100). Since round 13 (helper org14) ``Assessment.exposure_open_facts`` names every
    unknown fact of the organisation that the exposure reads."""
    kind, context, facts, asked = state
    relevance.clear_cache()
    assert _relevant_not_candidates(facts, kind, context, asked) == []


_GPAI_PROVIDER = {
    "model.is_general_purpose": True,
    "model.sole_purpose_scientific_research": False,
    "model.pre_market_research_testing": False,
    "model.provider": True,
    "model.authorised_representative": False,
    "model.high_impact_capabilities": False,
    "model.commission_designated": False,
    "model.training_compute_flop": Decimal("1E+23"),
    "model.commission_requested_information": False,
    "model.commission_requested_access": False,
    "model.commission_requested_measures": False,
    "model.free_open_source_licence": False,
    "organisation.established_in_eu": True,
    "model.placed_on_market": dt.date(2025, 10, 1),
}
"""The provider of a general-purpose AI model placed in 2025, its turnover and size unknown: a
state of the interview benchmark (scenarios; state 8695 of round 13's collection)."""


def test_whether_a_model_provider_is_part_of_a_group_is_asked_for_the_goal_full() -> None:
    """Art. 101(1): the Commission's fine on a provider of a general-purpose AI model is the
    higher of EUR 15 million and 3 % of the worldwide annual turnover, whose figure is the
    group's where the provider is part of one (reading A10, the undertaking as the group). The
    exposure misses ``annual_turnover_eur``; that the provider is part of a group changes the
    missing figure to the group's, and any group figure given makes the group's figures count:
    before round 13 neither question was a candidate."""
    context = Context(dt.date(2026, 11, 28))
    base = relevance.MEMO.assess(_GPAI_PROVIDER, "model", context)
    assert not isinstance(base, Exception)
    assert base.exposure.missing == ("annual_turnover_eur",)
    assert {"part_of_group", "group", "annual_turnover_eur"} <= base.exposure_open_facts
    before = goal_view(base, "full")
    grouped = goal_view(
        assess_facts({**_GPAI_PROVIDER, "organisation.part_of_group": True}, "model", context),
        "full",
    )
    assert grouped.result != before.result
    assert "fine:group" in grouped.open
    opened = relevance._open_inputs(base, "full").inputs
    assert {
        "organisation.part_of_group",
        "organisation.group.headcount",
        "organisation.group.annual_turnover_eur",
        "organisation.group.balance_sheet_total_eur",
    } <= opened
    pool = {q.id for q in candidates(_GPAI_PROVIDER, "model", [], opened, catalogue())}
    assert {"org_part_of_group", "group_turnover", "group_headcount"} <= pool
    assert _relevant_not_candidates(_GPAI_PROVIDER, "model", context, []) == []


_LIFT_PROVIDER = {
    **{
        k: v
        for k, v in _LEGACY_8B.items()
        if not k.startswith("derogation.")
        and k not in ("annex_iii.campaign_logistics_only", "placed_on_market")
    },
    "annex_iii.points": (),
    "annex_i.legislation": ("lifts_2014_33",),
    "annex_i.third_party_conformity_assessment": True,
    "annex_i.solely_non_safety_functions": True,
    "annex_i.failure_endangers_health_safety": True,
    "annex_i.third_party_solely_radio_or_emc": False,
    "placed_on_market": dt.date(2028, 1, 10),
    "context.gpai_model_same_provider": False,
    "context.gpai_model_same_undertaking": False,
    "context.very_large_online_platform_or_search_engine": False,
    "organisation.is_employer": True,
    "organisation.law_enforcement_authority": False,
    "organisation.financial_institution": False,
    "organisation.member_state": "NL",
    "organisation.part_of_group": False,
    "organisation.headcount": 8000,
}
"""The provider of an AI system in a lift (Annex I, section A), to be placed on the market in
2028, the kind of organisation not asked: a state of the interview benchmark (state 5994 of
round 13's collection; 22 questions asked, none about the kind)."""


def test_the_kind_of_organisation_is_asked_where_a_union_institution_changes_the_fine() -> None:
    """Art. 100(3): a Union institution's fine for an obligation other than Art. 5 is up to EUR
    750 000 before the European Data Protection Supervisor, where another organisation's
    AI literacy duty (Art. 4, outside Art. 99(3)-(5)) has no EU ceiling (Art. 99(1)). With the
    kind unknown the exposure misses nothing, and no undetermined rule reads the kind: before
    round 13 the question was not a candidate, the interview ended with the goal open."""
    context = Context(dt.date(2026, 11, 28))
    facts = _LIFT_PROVIDER
    base = relevance.MEMO.assess(facts, "system", context)
    assert not isinstance(base, Exception)
    assert base.exposure.missing == ()
    assert base.exposure_open_facts == frozenset({"kind"})
    before = goal_view(base, "full")
    union = {**facts, "organisation.kind": "union_institution"}
    assert goal_view(assess_facts(union, "system", context), "full").result != before.result
    assert "organisation.kind" in relevance._open_inputs(base, "full").inputs
    assert _relevant_not_candidates(facts, "system", context, []) == []


def test_no_fact_of_the_organisation_is_named_where_no_ceiling_binds() -> None:
    """Before Chapter XII applies (2 August 2025, Art. 113, third paragraph, point (b)) no row
    reads the organisation: the pruning is no wider than before there."""
    context = Context(dt.date(2025, 6, 1))
    base = relevance.MEMO.assess(_GPAI_PROVIDER, "model", context)
    assert not isinstance(base, Exception)
    assert base.exposure_open_facts == frozenset()
