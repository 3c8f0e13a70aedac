"""Round 23 (speedfull23): the timing of each date rule read once in the lean view of the goal
``full`` (``goals.TIMING_BY_RULE``), and the fine rows the interview reads built directly from
the row of each kind (``exposure.ROWS_DIRECT``). Figures in docs/interview.md, "Round 23: the
`full` tail"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from aiact.facts import Organisation
from aiact.penalties import exposure
from aiact.penalties.exposure import (
    compute_exposure,
    exposure_reads_hold,
    exposure_rows_traced,
    rows_part,
)
from aiact.questions import goals, relevance
from aiact.questions.catalogue import catalogue
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context, assess_facts, goal_view
from aiact.questions.relevance import completions, trial_answers
from aiact.versions import LawVersion
from tests.switches import best_and_rank
from tests.test_penalties_properties import _catalogue_items, dates, options, organisations
from tests.test_questions_relevance import FEW, interview_states, states_with_unknowns
from tests.test_speedfull22 import _CONTEXT, _provider_established_outside_the_union


@contextmanager
def _switched(module: Any, name: str, on: bool) -> Iterator[None]:
    """``module.<name>`` set to ``on`` (as before after; every cache emptied on both sides)."""
    before = getattr(module, name)
    setattr(module, name, on)
    relevance.clear_cache()
    try:
        yield
    finally:
        setattr(module, name, before)
        relevance.clear_cache()


# --------------------------------------------------------------------------- TIMING_BY_RULE


def _dated_answers() -> list[tuple[str, dict[str, Any]]]:
    """The answers of the questions of the system's dates and of its organisation's figures
    for the high-risk provider of round 22 (placed on the market on 10 January 2028, the
    organisation's kind and figures not known), with the date of first placing left open:
    the obligations that apply fall in several timing groups, whose dates differ by answer."""
    facts, _ = _provider_established_outside_the_union()
    del facts["placed_on_market"]
    found: list[tuple[str, dict[str, Any]]] = []
    for question in catalogue().for_kind("system"):
        if question.id not in ("first_placing", "significant_change", "org_headcount"):
            continue
        for _, sets in completions(trial_answers(question, "system", _CONTEXT), facts):
            found.append((question.id, {**facts, **sets}))
    return found


def test_the_lean_full_view_reads_each_rule_once_with_the_same_view() -> None:
    """Round 23 (goals.TIMING_BY_RULE): the lean view of the goal ``full`` of each answer of
    the dates and the headcount of the provider above, with each date rule's timing read once
    for the obligations that share it, is the one read for each obligation and goal_view's;
    the obligations that apply fall under more than one rule (so a timing given to the wrong
    rule would show)."""
    answers = _dated_answers()
    assert {question for question, _ in answers} == {
        "first_placing",
        "significant_change",
        "org_headcount",
    }
    several = False
    for question, facts in answers:
        try:
            first = assess_facts(facts, "system", _CONTEXT)
        except ValueError:
            continue
        rows, predicates, _ = goals._obligation_table_columns(first.law, first.kind)
        applies = map(first.evaluation.values.get, predicates)
        rules = {rule for (_, _, rule), value in zip(rows, applies, strict=True) if value is True}
        several = several or len(rules) > 1
        views = []
        for on in (True, False):
            with _switched(goals, "TIMING_BY_RULE", on):
                again = assess_facts(facts, "system", _CONTEXT)
                views.append(goals.lean_full_view(again, relevance._views(again, "tier")))
        assert views[0] == views[1] == goal_view(first, "full"), question
    assert several


@FEW
@given(st.one_of(states_with_unknowns(), interview_states("full", ("system", "model"))))
def test_the_next_question_of_full_is_the_same_with_each_timing_read_once(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """Round 23 (goals.TIMING_BY_RULE): best() and rank() of the goal ``full`` the same with the
    switch on as off (every cache emptied before each)."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    found = []
    for on in (True, False):
        with _switched(goals, "TIMING_BY_RULE", on):
            found.append(best_and_rank(facts, kind, context, "full", asked))
    assert found[0] == found[1]


# --------------------------------------------------------------------------- ROWS_DIRECT


def _rows_and_reads(on: bool, organisation: Organisation, chosen: Any, where: Any) -> Any:
    with _switched(exposure, "ROWS_DIRECT", on):
        return exposure_rows_traced(organisation, chosen, **where)


@settings(max_examples=200, deadline=None)
@given(organisations(), st.data(), dates, st.sampled_from(list(LawVersion)), options)
def test_the_rows_built_directly_are_the_rows_of_the_report(
    organisation: Organisation, data: Any, as_of: dt.date, law: LawVersion, opts: Any
) -> None:
    """Round 23 (exposure.ROWS_DIRECT): the rows the interview reads, built from the row of
    each kind with each obligation's id, are those of the report (``rows_part`` of
    ``compute_exposure``) and those built through the report, with the same names read, in
    the same order, for any organisation and any obligations of the catalogue in any order."""
    chosen = data.draw(st.permutations(_catalogue_items(law)))[: data.draw(st.integers(0, 40))]
    where = {"as_of": as_of, "law": law, "options": opts}
    direct = _rows_and_reads(True, organisation, chosen, where)
    through = _rows_and_reads(False, organisation, chosen, where)
    assert direct == through
    report = compute_exposure(organisation, chosen, **where)
    assert direct[0] == rows_part(report)


@settings(max_examples=100, deadline=None)
@given(st.lists(organisations(), min_size=1, max_size=6), dates, options)
def test_the_look_up_among_the_rows_kept_is_the_same_with_each_name_read_once(
    kept: list[Organisation], as_of: dt.date, opts: Any
) -> None:
    """Round 23 (exposure.ROWS_DIRECT): the look-up of an organisation among the reads of the
    rows kept for others (``exposure_reads_hold``), with each name's value read once for every
    set of reads, finds the same set as with each read for each set, and a set whose rows are
    the organisation's."""
    law = LawVersion.AMENDED
    chosen = _catalogue_items(law)
    where = {"as_of": as_of, "law": law, "options": opts}
    reads = [exposure_rows_traced(o, chosen, **where)[1] for o in kept[1:]]
    organisation = kept[0]
    found = []
    for on in (True, False):
        with _switched(exposure, "ROWS_DIRECT", on):
            found.append(exposure_reads_hold(organisation, reads, **where))
    assert found[0] == found[1]
    if found[0] is not None:
        rows = exposure_rows_traced(organisation, chosen, **where)[0]
        assert rows == exposure_rows_traced(kept[1 + found[0]], chosen, **where)[0]


@FEW
@given(st.one_of(states_with_unknowns(), interview_states("full", ("system", "model"))))
def test_the_next_question_of_full_is_the_same_with_the_rows_built_directly(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """Round 23 (exposure.ROWS_DIRECT): best() and rank() of the goal ``full`` the same with the
    switch on as off (every cache emptied before each)."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    found = []
    for on in (True, False):
        with _switched(exposure, "ROWS_DIRECT", on):
            found.append(best_and_rank(facts, kind, context, "full", asked))
    assert found[0] == found[1]
