"""Round 24 (speedfull24): the proofs of a search for a pair that fail, made cheaper: a failing
proof of ``tier`` or ``obligations`` fails at a counter-case kept by an earlier proof of the same
Assessment and goal (``relevance.STUCK_COUNTER``), and the proof of ``full`` stops at the first
name its view reads that may change (``relevance.STUCK_EXIT``). Figures in docs/interview.md,
"Round 24: the `full` tail"."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiact.questions import relevance
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context
from aiact.questions.relevance import _T, _U, _countered, best
from tests.switches import best_and_rank, best_and_rank_without
from tests.test_questions_relevance import (
    FEW,
    _with_the_proof_checked,
    interview_states,
    states_with_unknowns,
)
from tests.test_speedfull22 import _CONTEXT, _realtime_identification_by_the_police

_SWITCHES = ("STUCK_COUNTER", "STUCK_EXIT")


@contextmanager
def _off(*names: str) -> Iterator[None]:
    """``relevance.<name>`` off for each of ``names`` (as before after)."""
    before = {name: getattr(relevance, name) for name in names}
    for name in names:
        setattr(relevance, name, False)
    try:
        yield
    finally:
        for name, value in before.items():
            setattr(relevance, name, value)


def _proofs_checked(monkeypatch: Any) -> list[tuple[str, bool]]:
    """Every proof of :func:`relevance._stuck_over` computed again with both switches off must
    give the same (the counter-cases kept stay on the Assessment: those of the proofs before
    are the ones read); returns each proof's goal and result, in order."""
    met: list[tuple[str, bool]] = []
    original = relevance._stuck_over

    def checked(*args: Any) -> bool:
        found = original(*args)
        with _off(*_SWITCHES):
            assert original(*args) == found, args[3]
        if relevance.STUCK:  # not the searches run again without the proofs
            met.append((args[3], found))
        return found

    monkeypatch.setattr(relevance, "_stuck_over", checked)
    return met


def _view_at(base: Any, goal: Any, case: dict[str, Any]) -> Any:
    """The result of the goal's view of ``base``'s evaluation with the values ``case``."""
    values = {**base.evaluation.values, **case}
    copy = dataclasses.replace(base, evaluation=dataclasses.replace(base.evaluation, values=values))
    return relevance._traced_view(copy, goal).result


def _views_counted(monkeypatch: Any) -> list[str]:
    """The goals of the views :func:`relevance._kept_over` computes (its trees' nodes)."""
    met: list[str] = []
    original = relevance._traced_view

    def counted(assessment: Any, goal: Any) -> Any:
        met.append(goal)
        return original(assessment, goal)

    monkeypatch.setattr(relevance, "_traced_view", counted)
    return met


def test_the_police_searches_fail_their_proofs_at_once_with_the_same_results(
    monkeypatch: Any,
) -> None:
    """Round 24: for the police authority of round 22 (state 8836: real-time remote biometric
    identification for law enforcement, the three questions of what it identifies open) the
    search for a pair of ``obligations`` tries three proofs that fail in :func:`_kept_over`
    (the one over every combination of the three questions' answers, then for two questions
    with the organisation's refusals alone); the second and third fail at a counter-case of the
    first (``STUCK_COUNTER``), and the three of ``full`` stop at the first name read that may
    change (``STUCK_EXIT``). Every proof gives what it gives with both switches off; the
    searches still end (and, run again without the proofs, find nothing), the next question is
    the same (None); with the switches far fewer views are computed."""
    facts, asked = _realtime_identification_by_the_police()
    with pytest.MonkeyPatch.context() as patched:
        met = _proofs_checked(patched)
        ended = _with_the_proof_checked(patched)
        relevance.clear_cache()
        assert best(facts, "system", _CONTEXT, "full", asked) is None
    assert ended.count(True) == 2  # obligations, full
    assert [goal for goal, found in met if not found] == ["obligations"] * 3 + ["full"] * 3
    # Each counter-case kept on the facts' Assessment is one: its view differs.
    relevance.clear_cache()
    assert best(facts, "system", _CONTEXT, "full", asked) is None
    base = relevance.MEMO.assess(facts, "system", _CONTEXT)
    assert not isinstance(base, Exception)
    kept = base.__dict__["_counters"]
    assert kept["obligations"]
    for goal, cases in kept.items():
        for case in cases:
            assert case
            assert _view_at(base, goal, case) != relevance._views(base, goal).result
    counted = []
    for switches in (_SWITCHES, ()):
        with pytest.MonkeyPatch.context() as patched, _off(*switches):
            views = _views_counted(patched)
            relevance.clear_cache()
            assert best(facts, "system", _CONTEXT, "full", asked) is None
        counted.append(len(views))
    # The views of the second and third failing proofs of ``obligations`` are not computed.
    assert counted[1] + 10 <= counted[0]
    relevance.clear_cache()


def test_a_counter_case_counts_only_where_the_proof_follows_its_names_and_values() -> None:
    """Round 24 (``_countered``): a counter-case kept by an earlier proof fails a proof only
    where each name it assigns is one the proof follows (``hit``) and may take the value
    assigned there (the mask in ``may``); a name the proof keeps at its value, or a value its
    mask does not allow, and the counter-case does not count."""
    case = {"hr.listed.1a": True, "hr.annex_iii": None}
    may = {"hr.listed.1a": _T | _U, "hr.annex_iii": _U}
    assert _countered([case], {"hr.listed.1a", "hr.annex_iii"}, may)
    assert not _countered([case], {"hr.listed.1a"}, may)  # hr.annex_iii kept as it is
    assert not _countered([case], {"hr.listed.1a", "hr.annex_iii"}, {**may, "hr.listed.1a": _U})
    assert not _countered([case], {"hr.listed.1a", "hr.annex_iii"}, {**may, "hr.annex_iii": _T})
    assert not _countered([], {"hr.listed.1a", "hr.annex_iii"}, may)
    other = {"hr.annex_iii": None}
    assert _countered([case, other], {"hr.annex_iii"}, may)  # the second one counts


def test_may_change_stopped_at_a_name_gives_that_name_and_no_other_verdict() -> None:
    """Round 24 (``_may_change``'s ``stop``): stopped at the first name of ``stop`` that may
    change, the names given as changed are part of those found without stopping, hold a name
    of ``stop`` exactly where those found without stopping do, and are all of them where none
    does (the proof of ``full`` reads only whether one does)."""
    facts, _ = _realtime_identification_by_the_police()
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, "system", _CONTEXT)
    assert not isinstance(base, Exception)
    values = base.evaluation.values
    inputs = [n for n in base.evaluation.ruleset.inputs if isinstance(values.get(n), bool | None)]
    reads = relevance._reads(base, "tier")
    met = 0
    for name in inputs[:120]:
        masks = {name: relevance._ANY}
        whole, _, _ = relevance._may_change(base, masks, reads)
        part, _, _ = relevance._may_change(base, masks, reads, reads)
        assert part <= whole
        assert reads.isdisjoint(part) == reads.isdisjoint(whole)
        if reads.isdisjoint(whole):
            assert part == whole
        else:
            met += 1
    assert met  # some inputs reach a name the view reads
    relevance.clear_cache()


@FEW
@given(
    st.one_of(states_with_unknowns(), interview_states(), interview_states("full")),
    st.sampled_from(["tier", "obligations", "full"]),
    st.sampled_from(_SWITCHES),
)
def test_the_next_question_is_the_same_without_the_proofs_of_round_24(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any, switch: str
) -> None:
    """Round 24 (relevance.STUCK_COUNTER, relevance.STUCK_EXIT): best() and rank() give the same
    with the switch on as off, for every goal (every cache emptied before each); every proof
    gives what it gives with both off, and every search a proof ends finds nothing without
    it."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    with pytest.MonkeyPatch.context() as monkeypatch:
        _proofs_checked(monkeypatch)
        _with_the_proof_checked(monkeypatch)
        found = best_and_rank(facts, kind, context, goal, asked)
    assert best_and_rank_without(switch, facts, kind, context, goal, asked) == found
