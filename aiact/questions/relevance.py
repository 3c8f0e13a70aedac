"""Which question to ask next: relevance computed from the rules, by trying the answers.

For the facts known so far, the date and a goal (:mod:`.goals`), a question is **relevant** when
two of its answers lead to different results of the goal; "don't know" is one of the answers, so
an answer that changes the current result is enough. This is decided with the native engine, by
assessing the facts with each answer of the question added (:func:`trial_answers`), never by a
hand-written list. Two shortcuts keep it fast, neither changing the outcome:

* **pruning**: only questions that settle an unknown input the undetermined conclusions of the
  goal still depend on (walked through the rules that are still undetermined, as the
  Assessment's open questions are), or a fact the Assessment names as deciding an open date or
  fine, are tried;
* **memoisation**: each set of facts is assessed once (a bounded cache).

Among the relevant questions the one that can decide the most of what is still open comes first:
the largest number of open parts of the goal that one answer closes, then the most on average
over the answers, then catalogue order. Deterministic.

Where no single question is relevant on its own but the goal is still open (two facts that only
matter together), a question is relevant if one answer to *another* question makes its answers
differ; the ranking then carries that other answer as the ``given`` of its witness. Should even
that find nothing, the next question is None and :func:`stuck` says so.

A hook: :data:`EXACT_RELEVANCE` may be set to a function ``(facts, kind, context, goal,
question) -> bool | None`` (for example one built on a solver); where it returns a bool, that is
used instead of trying answers; None falls back to the native check.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import itertools
import threading
from collections import OrderedDict
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any, Literal

from aiact.assessment import Assessment, _exposure_item, _obligation_columns
from aiact.engine.base import Evaluation
from aiact.engine.dates import DateEvaluation
from aiact.errors import UNREAD
from aiact.logic import And, Atom, Condition, Const, Not
from aiact.penalties.exposure import exposure_rows_kept, offender_of
from aiact.questions.catalogue import Catalogue, catalogue
from aiact.questions.fields import SubjectKind, all_fields, atom_fields, fields_of_atoms, freeze
from aiact.questions.goals import (
    GOALS,
    Context,
    Goal,
    GoalView,
    _Recorder,
    _updated,
    assess_facts,
    assess_with,
    atom_changes,
    check_goal,
    clear_exposures,
    dated_view,
    field_groups,
    fields_read_directly,
    full_view_over,
    goal_view,
    lean_full_view,
    obligation_predicates,
    obligations_view,
    obligations_view_over,
    open_outside_rules,
    private_atoms,
    refusal_reads,
    refused,
)
from aiact.questions.incremental import (
    WIDE,
    Near,
    Reach,
    Shared,
    apply,
    derived,
    plan_of,
    propagate_to,
    propagate_worlds,
    propagated,
    propagated_via,
)
from aiact.questions.incremental import propagate as propagate_within
from aiact.questions.model import Option, Question
from aiact.versions import LawVersion, version_in_force

EXACT_RELEVANCE: Callable[..., bool | None] | None = None
"""Optional exact relevance (e.g. ``aiact.verify.relevant_facts``); see the module docstring."""

CACHE_SIZE = 8192
"""The size of the memoised next questions and rankings (small values)."""

MEMO_SIZE = 2048
"""The number of Assessments kept (each holds its evaluation, some tens of kilobytes). 8,192,
with a separate memo of goal views that kept four times as many alive, came to 783 MiB resident
over a benchmark run (466 MiB in each service worker after a load test); 2,048 with the views kept
on their Assessment: 258 MiB, at the same CPU time (round 6)."""


# --------------------------------------------------------------------------- evaluation


class _LRU:
    """A bounded, thread-safe least-recently-used cache (the service may answer from threads)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.store: OrderedDict[Any, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Any, default: Any = None) -> Any:
        with self.lock:
            found = self.store.get(key, _MISSING)
            if found is _MISSING:
                return default
            self.store.move_to_end(key)
            return found

    def __contains__(self, key: Any) -> bool:
        with self.lock:
            return key in self.store

    def put(self, key: Any, value: Any) -> None:
        with self.lock:
            self.store[key] = value
            self.store.move_to_end(key)
            while len(self.store) > self.size:
                self.store.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.store.clear()


_MISSING = object()
STATS = {"trials": 0}


def _trial(
    base: Assessment,
    facts: Mapping[str, Any],
    sets: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    evaluation: Evaluation | None = None,
) -> Assessment | Exception:
    """The Assessment of ``facts`` with an answer's ``sets`` added (memoised; derived from the
    Assessment of ``facts``; ``evaluation``: its rules' evaluation, when already propagated)."""
    new = {**facts, **sets}
    key = (kind, freeze(new), context)
    found = MEMO.cache.get(key)
    if found is not None:
        if found is _UNREAD_REFUSAL:
            return ValueError("refused by the input checks")
        return found  # type: ignore[no-any-return]
    changes = {k: v for k, v in sets.items() if facts.get(k, _MISSING) != v}
    STATS["trials"] += 1
    try:
        if UNREAD_TRIALS:
            token = UNREAD.set(True)  # a trial's refusal is only skipped (round 22)
            try:
                found = assess_with(base, changes, evaluation, facts)
            finally:
                UNREAD.reset(token)
        else:
            found = assess_with(base, changes, evaluation, facts)
    except ValueError as error:
        found = _UNREAD_REFUSAL if UNREAD_TRIALS else error
    MEMO.cache.put(key, found)
    if found is _UNREAD_REFUSAL:
        return ValueError("refused by the input checks")
    return found  # type: ignore[no-any-return]


UNREAD_TRIALS = True
"""Round 22 (speedtier22): :func:`_trial` assesses an answer within
:func:`aiact.errors.unread_reasons` (its callers only skip an answer the input checks refuse,
never read why), so that a refusal builds no English reason; it is kept in :data:`MEMO` as
:data:`_UNREAD_REFUSAL`, which :meth:`_Memo.assess` assesses again (the error with its reason,
as a cold search gives it). Off: the error kept."""

_UNREAD_REFUSAL = object()
"""In :data:`MEMO`: facts an answer's trial found refused (:data:`UNREAD_TRIALS`)."""


class _Memo:
    """Assessments of flat facts, memoised (least recently used first out)."""

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self.cache = _LRU(size)

    def assess(
        self, facts: Mapping[str, Any], kind: SubjectKind, context: Context
    ) -> Assessment | Exception:
        key = (kind, freeze(facts), context)
        found = self.cache.get(key)
        if found is not None and found is not _UNREAD_REFUSAL:
            return found  # type: ignore[no-any-return]
        try:
            found = assess_facts(facts, kind, context)
        except ValueError as error:  # facts the models refuse (a contradiction)
            found = error
        self.cache.put(key, found)
        return found  # type: ignore[no-any-return]

    def clear(self) -> None:
        self.cache.clear()


MEMO = _Memo()


def clear_cache() -> None:
    """Forget every memoised assessment (for benchmarks that time cold computations)."""
    MEMO.clear()
    clear_exposures()
    _RANKS.clear()
    _BEST.clear()
    TRACES.clear()


def _views(assessment: Assessment, goal: Goal) -> GoalView:
    return _traced(assessment, goal)[0]


def _result_view(assessment: Assessment, goal: Goal, base: Assessment | None = None) -> GoalView:
    """The goal's view of an Assessment, where only the view is needed (not the names its
    computation read): for the goal ``obligations``, composed from the view of the goal
    ``tier`` and the obligations' predicates (:func:`aiact.questions.goals.obligations_view`,
    the same view), for the goal ``full`` computed without recording what it reads, unless it
    is kept on the Assessment already; where ``assessment`` is a trial answer's Assessment that
    differs from ``base`` (the Assessment tried from) in the organisation's facts alone, from
    ``base``'s view without the exposure (:func:`aiact.questions.goals.full_view_over`: an
    answer about the organisation's size changes no obligation's date; round 12)."""
    kept = assessment.__dict__.get("_goal_views")
    if kept is not None and goal in kept:
        return kept[goal][0]  # type: ignore[no-any-return]
    if goal == "full":
        # Not memoised by trace (see :class:`_Traces`), so the names read are not needed:
        # computed on the Assessment itself, without recording every value read (round 11).
        found: GoalView | None = assessment.__dict__.get("_full_view")
        if found is None and base is not None and assessment.system is base.system:
            found = full_view_over(assessment, base, lambda: _dated_view(base))
            if found is not None:
                assessment.__dict__["_full_view"] = found
        if found is None:
            found = assessment.__dict__["_full_view"] = lean_full_view(
                assessment, _views(assessment, "tier")
            )
        return found
    if goal != "obligations":
        return _views(assessment, goal)
    return obligations_view(assessment, _views(assessment, "tier"))


def _dated_view(assessment: Assessment) -> GoalView:
    """The view of the goal ``full`` without the exposure (memoised on the Assessment)."""
    found: GoalView | None = assessment.__dict__.get("_dated_view")
    if found is None:
        found = assessment.__dict__["_dated_view"] = dated_view(assessment)
    return found


def _reads(assessment: Assessment, goal: Goal) -> frozenset[str]:
    """The facts and conclusions that computing the goal's view read (see
    :func:`aiact.questions.goals.goal_reads`)."""
    return _traced(assessment, goal)[1]


def _traced(assessment: Assessment, goal: _Traced) -> tuple[GoalView, frozenset[str]]:
    """The goal's view of an Assessment and the names its computation read (memoised on the
    Assessment, so a view lives as long as its Assessment and keeps none alive; and by trace:
    see :class:`_Traces`). ``goal`` may also be :data:`_WITH_DATES` (see
    :func:`_open_reads`)."""
    kept: dict[str, tuple[GoalView, frozenset[str]]] = assessment.__dict__.setdefault(
        "_goal_views", {}
    )
    found = kept.get(goal)
    if found is None:
        found = kept[goal] = TRACES.view(assessment, goal)
    return found


LEAN_OBLIGATIONS = True
"""Whether the view of the goal ``obligations`` is computed, by trace, as
:func:`aiact.questions.goals.obligations_view` composes it (the view of the goal ``tier`` and
the obligations' predicates: the same view, a property test holds the two together) rather
than as :func:`aiact.questions.goals.goal_view` computes it, through
``Assessment.obligation_results``, whose dates of application (the obligations' timings and
the open questions of an undetermined date) its result does not read (round 16). The names
such a view read are then the tier view's and the obligations' predicates, not the names and
input dates the timings read: an answer that changes only those leaves it as it is without
computing it again, and a date answer finds it by trace. The candidates of the goal
(:func:`_open_inputs`) are found from the names the computation through
``obligation_results`` read, as before (:func:`_open_reads`). The choice changes no answer
(False: every view of ``obligations`` computed through ``obligation_results``)."""

_WITH_DATES: Literal["obligations+dates"] = "obligations+dates"
"""The trace (:class:`_Traces`) of the view of the goal ``obligations`` computed through
``Assessment.obligation_results`` with the obligations' timings (:data:`LEAN_OBLIGATIONS`)."""

_Traced = Goal | Literal["obligations+dates"]


def _traced_view(assessment: Assessment, goal: _Traced) -> GoalView:
    """The view that :class:`_Traces` computes, on a copy of ``assessment`` that records what
    it reads."""
    if goal == _WITH_DATES:
        return goal_view(assessment, "obligations")
    if goal == "obligations" and LEAN_OBLIGATIONS:
        return obligations_view(assessment, goal_view(assessment, "tier"))
    return goal_view(assessment, goal)


def _open_reads(assessment: Assessment, goal: Goal) -> frozenset[str]:
    """The names that :func:`_open_inputs` walks from: those that computing the goal's view
    through :func:`aiact.questions.goals.goal_view` read (for ``obligations``, the names its
    obligations' timings read among them, whatever :data:`LEAN_OBLIGATIONS`)."""
    if goal == "obligations" and LEAN_OBLIGATIONS:
        return _traced(assessment, _WITH_DATES)[1]
    return _reads(assessment, goal)


RULE_VALUE = "\x00rule:"
"""Prefix of a trace's name for a rule's value (``Evaluation.rule_values``), which is not a
fact or conclusion name."""

INPUT_DATE = "\x00date:"
"""Prefix of a trace's name for an input date of the system or model
(``Assessment.input_dates``, read by the date rules), which is not a fact or conclusion name
either."""

_NO_DATES: Mapping[str, Any] | None = None
"""The input dates passed where they are not known: a trace that reads one is not followed."""


def _read_value(evaluation: Evaluation, name: str, dates: Mapping[str, Any] | None) -> Any:
    """The value at a trace's name: a fact's or conclusion's, a rule's (:data:`RULE_VALUE`) or
    an input date's (:data:`INPUT_DATE`, from ``dates``); ``_MISSING`` where there is none, and
    ``_UNKNOWN`` for an input date where ``dates`` is None."""
    if name.startswith("\x00"):
        if name.startswith(RULE_VALUE):
            return evaluation.rule_values.get(name[len(RULE_VALUE) :], _MISSING)
        if dates is None:
            return _UNKNOWN
        return dates.get(name[len(INPUT_DATE) :], _MISSING)
    return evaluation.values.get(name, _MISSING)


_UNKNOWN = object()
"""A value no trace holds (an input date not known to the lookup)."""


class _DatesRead(dict[str, Any]):
    """The input dates of an Assessment, noting each one read in a trace (:class:`_Ordered`)
    under its :data:`INPUT_DATE` name; a read of them all (iteration) notes them all."""

    def __init__(self, dates: Mapping[str, Any], recorder: _Ordered) -> None:
        super().__init__(dates)
        self.recorder = recorder

    def _note(self, key: object) -> None:
        if isinstance(key, str):
            self.recorder.note_name(INPUT_DATE + key)

    def _note_all(self) -> None:
        for key in dict.keys(self):
            self._note(key)

    def get(self, key: str, default: Any = None) -> Any:
        self._note(key)
        return dict.get(self, key, default)

    def __getitem__(self, key: str) -> Any:
        self._note(key)
        return dict.__getitem__(self, key)

    def __contains__(self, key: object) -> bool:
        self._note(key)
        return dict.__contains__(self, key)

    def __iter__(self) -> Iterator[str]:
        self._note_all()
        return dict.__iter__(self)

    def keys(self) -> Any:
        self._note_all()
        return dict.keys(self)

    def values(self) -> Any:
        self._note_all()
        return dict.values(self)

    def items(self) -> Any:
        self._note_all()
        return dict.items(self)

    def __len__(self) -> int:
        self._note_all()
        return dict.__len__(self)

    def __eq__(self, other: object) -> bool:
        self._note_all()
        return dict.__eq__(self, other)


class _Ordered(_Recorder):
    """A :class:`_Recorder` that also keeps the names in the order first read, and the rule
    values consulted (the open questions skip a determined rule: two evaluations equal at
    every fact read can still differ there, round 7)."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        super().__init__(values)
        self.order: list[str] = []
        self.rules_read: set[str] = set()

    def note_rule(self, rule_id: str) -> None:
        self.note_name(RULE_VALUE + rule_id)

    def note_name(self, name: str) -> None:
        """A name outside the values read (a rule's value, an input date)."""
        if name not in self.rules_read:
            self.rules_read.add(name)
            self.order.append(name)

    def get(self, key: str, default: Any = None) -> Any:
        read = self.read
        if key not in read:
            read.add(key)
            self.order.append(key)
        return dict.get(self, key, default)

    def __getitem__(self, key: str) -> Any:
        read = self.read
        if key not in read:
            read.add(key)
            self.order.append(key)
        return dict.__getitem__(self, key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            read = self.read
            if key not in read:
                read.add(key)
                self.order.append(key)
        return dict.__contains__(self, key)


class _NotExact(Exception):
    """A view computed by :func:`_view_within` read a value not known there."""


class _Within(_Ordered):
    """An :class:`_Ordered` recorder over an evaluation's values with a propagation's changes
    (``over``) applied, where the propagation was made within some predicates only
    (:func:`aiact.questions.incremental.propagate` with ``within``): exact at the inputs, at the
    names no rule concludes, and at the predicates ``exact``. Reading another predicate, or
    any rule's value, raises :class:`_NotExact` (round 20)."""

    def __init__(
        self,
        values: Mapping[str, Any],
        over: Mapping[str, Any],
        exact: AbstractSet[str],
        predicates: AbstractSet[str],
    ) -> None:
        super().__init__(values)
        dict.update(self, over)
        self.exact = exact
        self.predicates = predicates

    def _check(self, key: object) -> None:
        if key in self.predicates and key not in self.exact:
            raise _NotExact(key)

    def note_rule(self, rule_id: str) -> None:
        raise _NotExact(rule_id)

    def get(self, key: str, default: Any = None) -> Any:
        if key not in self.read:
            self._check(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        if key not in self.read:
            self._check(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str) and key not in self.read:
            self._check(key)
        return super().__contains__(key)


class _Node:
    """A node of a tree of traces: the name read next, and below it by the value read (absent
    values as ``_MISSING``) the next node, or a leaf: the view and the names its trace read."""

    __slots__ = ("children", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self.children: dict[Any, _Node | tuple[GoalView, frozenset[str]]] = {}


class _Unsure:
    """The answer of :meth:`_Traces.find_over` where a value it would read is not known."""


UNSURE = _Unsure()


class _Traces:
    """Goal views memoised by what computing them read.

    The view of the goals ``tier`` and ``obligations`` is computed from the values of the rules'
    evaluation and the date rules over the system's dates (:mod:`aiact.questions.goals`); the
    computation is deterministic. So when another evaluation has the same values at every name
    the computation read (present or absent alike), the computation would read the same names
    in the same order and give the same view: it is not repeated. Most answers tried on the
    same facts change a conclusion the view reads in one of a few ways (the tier becomes
    known, or a role), so most views are found here. The input dates of the system or model
    that the date rules read (``Assessment.input_dates``) are names of the trace as well
    (:data:`INPUT_DATE`; round 11: before, all of them were part of the key, so that each date
    answer tried computed its view again, while few views read a date: 5 of 2,212 on a sample
    of the benchmark's states). Keyed also by everything else the view depends on (the kind of
    case, the day, the law, the rule set); the goal ``full`` reads the input models (turnover,
    dates) and is not memoised by trace.

    The traces are kept as a tree by the order of reading (round 7): each node names the value
    read next, each edge is a value read, each leaf a view. A lookup follows the values of one
    evaluation from the root and stops at the first value no trace read, so it costs at most
    the length of one trace (the traces kept side by side cost their number times their
    length, some hundreds of names each, for every lookup). A leaf is reached only where the
    evaluation has a trace's value at every name the trace read: the same condition as
    before, whatever the order. A trace whose order disagrees with the tree (a computation
    that read the same values in another order) is not kept, and its view is computed again."""

    LIMIT = 256
    """The keys kept (beyond them every tree starts afresh)."""
    MAX_VIEWS = 1024
    """The views kept in all trees together (beyond them every tree starts afresh). Before round
    9 only the keys (256) and the views per key (8,192) were bounded: a service worker kept 5,616
    views over 217 keys (a key holds the day and the system's dates, which clients choose) in
    about 700,000 objects, half of what its full garbage collections walked (1.4 s each). With
    1,024: 172,000 objects, a hit rate of 71.6 % against 75.2 % (benchmarks/service_gc.py,
    docs/performance.md "The HTTP service", round 9)."""

    def __init__(self) -> None:
        self.store: dict[Any, list[Any]] = {}
        """Per key: [the root node, or a leaf where the view reads nothing; views kept]."""
        self.views = 0
        self.lock = threading.Lock()

    @staticmethod
    def _key(assessment: Assessment, goal: _Traced) -> Any:
        if goal == "full":
            return None
        ruleset = assessment.evaluation.ruleset
        # The views of ``obligations`` by either computation (:data:`LEAN_OBLIGATIONS`) are
        # the same, their traces not: each has its own tree.
        lean = LEAN_OBLIGATIONS and goal == "obligations"
        return (goal, lean, assessment.kind, assessment.as_of, assessment.law, id(ruleset))

    @staticmethod
    def _find(
        root: Any, evaluation: Evaluation, dates: Mapping[str, Any] | None = _NO_DATES
    ) -> tuple[GoalView, frozenset[str]] | None:
        """The leaf whose trace has ``evaluation``'s values (and ``dates``' input dates: where
        they are None, a trace that reads an input date is not followed)."""
        node = root
        while type(node) is _Node:
            node = node.children.get(_read_value(evaluation, node.name, dates))
        return node  # type: ignore[no-any-return]

    def find_over(
        self,
        assessment: Assessment,
        goal: Goal,
        over: Mapping[str, Any],
        rules: Mapping[str, Any],
        dates: Mapping[str, Any] | None,
    ) -> GoalView | None:
        """The view kept for ``assessment``'s evaluation with ``over`` and ``rules`` applied
        (:func:`aiact.questions.incremental.apply`), with ``assessment``'s key, and the input
        dates ``dates`` (None: not known, as where an answer changes a date; a trace that reads
        one is then not followed), without building that evaluation; None where no trace has
        its values."""
        found = self.find_within(assessment, goal, over, rules, dates, None)
        assert not isinstance(found, _Unsure)
        return found

    def find_within(
        self,
        assessment: Assessment,
        goal: Goal,
        over: Mapping[str, Any],
        rules: Mapping[str, Any] | None,
        dates: Mapping[str, Any] | None,
        exact: AbstractSet[str] | None,
    ) -> GoalView | _Unsure | None:
        """:meth:`find_over`, where ``over`` and ``rules`` hold only the changes of the inputs
        and of the predicates ``exact`` and their rules (a propagation ``within`` them, exact
        there): :data:`UNSURE` as soon as the lookup would read another predicate or a rule of
        one (round 13b). ``exact`` None: every value is known. ``rules`` None: no rule's value
        is known (:data:`UNSURE` at the first rule read; round 20)."""
        key = self._key(assessment, goal)
        if key is None:
            return None
        evaluation = assessment.evaluation
        values = evaluation.values
        rule_values = evaluation.rule_values
        ruleset = evaluation.ruleset
        with self.lock:
            kept = self.store.get(key)
            if kept is None:
                return None
            node = kept[0]
            while type(node) is _Node:
                name = node.name
                if name.startswith(RULE_VALUE):
                    rule = name[len(RULE_VALUE) :]
                    if rules is None or (
                        exact is not None and ruleset.rule_by_id[rule].concludes not in exact
                    ):
                        return UNSURE
                    value = rules[rule] if rule in rules else rule_values.get(rule, _MISSING)
                elif name.startswith(INPUT_DATE):
                    if dates is None:
                        return None
                    value = dates.get(name[len(INPUT_DATE) :], _MISSING)
                else:
                    if exact is not None and name not in exact and name in ruleset.predicates:
                        return UNSURE
                    value = over[name] if name in over else values.get(name, _MISSING)
                node = node.children.get(value)
        return None if node is None else node[0]

    def path_over(
        self,
        assessment: Assessment,
        goal: Goal,
        over: Mapping[str, Any],
        rules: Mapping[str, Any],
        dates: Mapping[str, Any],
    ) -> tuple[GoalView, frozenset[str]] | None:
        """As :meth:`find_over` with the input dates known, and also every name of the trace
        followed (the nodes on the way to the leaf: the facts and conclusions, the rule values
        (:data:`RULE_VALUE`) and the input dates (:data:`INPUT_DATE`) its computation read,
        all of them, where a leaf's set holds only the first); None where no trace has the
        values. The view is a function of the values at these names: an evaluation that agrees
        with ``assessment``'s (with ``over`` and ``rules`` applied) at every one of them, with
        the same key and dates, has this view (round 12b)."""
        key = self._key(assessment, goal)
        if key is None:
            return None
        evaluation = assessment.evaluation
        values = evaluation.values
        rule_values = evaluation.rule_values
        path: list[str] = []
        with self.lock:
            kept = self.store.get(key)
            if kept is None:
                return None
            node = kept[0]
            while type(node) is _Node:
                name = node.name
                path.append(name)
                if name.startswith(RULE_VALUE):
                    rule = name[len(RULE_VALUE) :]
                    value = rules[rule] if rule in rules else rule_values.get(rule, _MISSING)
                elif name.startswith(INPUT_DATE):
                    value = dates.get(name[len(INPUT_DATE) :], _MISSING)
                else:
                    value = over[name] if name in over else values.get(name, _MISSING)
                node = node.children.get(value)
        return None if node is None else (node[0], frozenset(path))

    def view(self, assessment: Assessment, goal: _Traced) -> tuple[GoalView, frozenset[str]]:
        key = self._key(assessment, goal)
        evaluation = assessment.evaluation
        values = evaluation.values
        dates = assessment.input_dates
        if key is not None:
            with self.lock:
                kept = self.store.get(key)
                if kept is not None:
                    found = self._find(kept[0], evaluation, dates)
                    if found is not None:
                        return found
        return self.computed(assessment, goal, _Ordered(values))

    def computed(
        self, assessment: Assessment, goal: _Traced, recorder: _Ordered
    ) -> tuple[GoalView, frozenset[str]]:
        """The view computed on a copy of ``assessment`` whose values are ``recorder`` (a copy
        of its evaluation's values, or of other values: :func:`_view_within`), and kept by its
        trace (the values read, from ``recorder``)."""
        key = self._key(assessment, goal)
        dates = assessment.input_dates
        evaluation = dataclasses.replace(assessment.evaluation, values=recorder)
        copy = dataclasses.replace(assessment, evaluation=evaluation)
        # The input dates the date rules read are part of the trace (round 11: before, of the
        # key, so that every date tried made a new key and computed its view again, although
        # few views read a date).
        copy.__dict__["input_dates"] = _DatesRead(dates, recorder)
        view = _traced_view(copy, goal)
        leaf = (view, frozenset(recorder.read))
        if key is not None:
            with self.lock:
                self._keep(key, recorder.order, evaluation, dates, leaf)
        return leaf

    def _keep(
        self,
        key: Any,
        order: Sequence[str],
        evaluation: Evaluation,
        dates: Mapping[str, Any],
        leaf: tuple[GoalView, frozenset[str]],
    ) -> None:
        if self.views >= self.MAX_VIEWS:
            self.store.clear()
            self.views = 0
        kept = self.store.get(key)
        if kept is None or kept[1] > CACHE_SIZE:
            if kept is not None:
                self.views -= kept[1]
            elif len(self.store) >= self.LIMIT:
                self.store.clear()
                self.views = 0
            kept = self.store[key] = [None, 0]
        if not order:
            if kept[0] is None:
                kept[0] = leaf
            return
        if kept[0] is None:
            kept[0] = _Node(order[0])
        node = kept[0]
        last = len(order) - 1
        for index, name in enumerate(order):
            if type(node) is not _Node or node.name != name:
                return  # read in another order than the traces kept: not kept
            value = _read_value(evaluation, name, dates)
            child = node.children.get(value)
            if index == last:
                if child is None:
                    node.children[value] = leaf
                    kept[1] += 1
                    self.views += 1
                return
            if child is None:
                child = node.children[value] = _Node(order[index + 1])
            node = child

    def clear(self) -> None:
        with self.lock:
            self.store.clear()
            self.views = 0


TRACES = _Traces()


# --------------------------------------------------------------------------- trial answers


def _law(context: Context) -> LawVersion:
    return context.law or version_in_force(context.as_of)


def shown_options(question: Question, kind: SubjectKind, context: Context) -> tuple[Option, ...]:
    """The options of a question that make sense under the law version assessed: an option that
    only sets rule inputs that this version's rules never read (Art. 5(1)(ba) in the original
    text) is left out, and so is an
    option that states an Art. 80(2) finding on a day before one can exist (ADR 0032, round 11:
    :func:`aiact.assess` refuses it)."""
    shown = _shown(question, kind, _law(context))
    if kind != "system":
        return shown
    return tuple(o for o in shown if not _finding_before_its_first_day(o, context))


def _finding_before_its_first_day(option: Option, context: Context) -> bool:
    """Whether ``option`` says an Art. 80(2) finding exists on a day before the Annex III
    classification it makes applies (``aiact.date_facts.first_finding_day``)."""
    from aiact.date_facts import FINDING_ATOM, first_finding_day

    if option.sets.get(FINDING_ATOM) is not True:
        return False
    first, _ = first_finding_day(_law(context), context.interpretations)
    return context.as_of < first


@cache
def _shown(question: Question, kind: SubjectKind, law: LawVersion) -> tuple[Option, ...]:
    read = _atoms_read(kind, law)
    elsewhere = frozenset().union(*(_atoms_read(kind, v) for v in LawVersion if v is not law))
    out = []
    for option in question.options:
        atoms = _option_atoms(kind, option) if option.sets else frozenset()
        # Left out: an option whose facts only rules of another version read.
        if atoms and not atoms & read and atoms & elsewhere:
            continue
        out.append(option)
    return tuple(out)


def _option_atoms(kind: SubjectKind, option: Option) -> frozenset[str]:
    """The rule atoms an option's facts feed (for a member of a list: that member's atom)."""
    from aiact.questions.fields import atom_fields, member_atoms

    table = all_fields()
    out: set[str] = set()
    for path, value in option.sets.items():
        if table[path].type == "members":
            out |= member_atoms(kind, path, str(value))
        else:
            out |= {a for a, paths in atom_fields(kind).items() if path in paths}
    return frozenset(out)


@cache
def _atoms_read(kind: SubjectKind, law: LawVersion) -> frozenset[str]:
    from aiact.engine.compile import ruleset_for

    ruleset = ruleset_for(kind, law)
    return frozenset(a for r in ruleset.rules for a in r.reads if a not in ruleset.predicates)


@cache
def _cut_dates(law: LawVersion) -> tuple[dt.date, ...]:
    from aiact.timeline.dates import declarations

    return tuple(sorted({fact.date for fact in declarations(law) if fact.date is not None}))


def _representative_dates(context: Context) -> list[dt.date]:
    """One date in each interval between the Act's dated declarations (and the day assessed):
    the dates the rules and the timeline compare against."""
    cuts = sorted({*_cut_dates(_law(context)), context.as_of})
    out = [cuts[0] - dt.timedelta(days=1)]
    out.extend(cuts)
    return out


_AMOUNTS: dict[str, tuple[Decimal, ...]] = {
    "EUR": tuple(Decimal(10) ** k for k in (0, 6, 7, 8, 9, 10, 11)),
    "persons": (Decimal(1), Decimal(9), Decimal(49), Decimal(249), Decimal(749), Decimal(5000)),
}


def _representative_amounts(question: Question) -> list[Decimal]:
    if question.unit == "FLOP":
        from aiact.atoms import GPAI_COMPUTE_THRESHOLD_FLOP

        return [GPAI_COMPUTE_THRESHOLD_FLOP / 1000, GPAI_COMPUTE_THRESHOLD_FLOP * 10]
    return list(_AMOUNTS.get(question.unit or "EUR", _AMOUNTS["EUR"]))


def trial_answers(
    question: Question,
    kind: SubjectKind,
    context: Context,
    open_inputs: set[str] | None = None,
) -> list[tuple[Any, dict[str, Any]]]:
    """The answers tried for a question, each with the facts it sets: every option; for several
    of, "none", each option alone (only the options that set an open input, when
    ``open_inputs`` is given: any other option alone gives the same result as "none") and all
    of them together; for a date, one date per interval between the Act's dates (and the date
    options); for an amount, values on either side of the thresholds."""
    if question.kind in ("yes_no", "one_of"):
        return [(a, dict(sets)) for a, sets in _option_answers(question, kind, _law(context))]
    if question.kind == "several_of":
        out: list[tuple[Any, dict[str, Any]]] = []
        law = _law(context)
        if open_inputs is not None and ANSWER_KEYS:
            # The facts each answer's options set, read off a table (round 22).
            for (answer, sets), keys in zip(
                _option_answers(question, kind, law), _answer_keys(question, kind, law), strict=True
            ):
                if answer and keys.isdisjoint(open_inputs):
                    continue
                out.append((list(answer), dict(sets)))
            return out
        for answer, sets in _option_answers(question, kind, law):
            if (
                answer
                and open_inputs is not None
                and not any(question.option(o).sets.keys() & open_inputs for o in answer)
            ):
                continue
            out.append((list(answer), dict(sets)))
        return out
    if question.kind == "date":
        out = [(o.id, question.sets(o.id)) for o in question.options]
        out.extend((d.isoformat(), question.sets(d)) for d in _representative_dates(context))
        return out
    out = [(o.id, question.sets(o.id)) for o in question.options]
    out.extend((str(v), question.sets(v)) for v in _representative_amounts(question))
    return out


ANSWER_KEYS = True
"""Round 22 (speedtier22): :func:`trial_answers` of a several-of question reads the facts that
the options of each answer set off a table per question and law (:func:`_answer_keys`) to
leave out an answer none of whose options sets an open input, instead of finding each option by
its id and intersecting its facts with the open inputs for every answer. Off: as before."""


@cache
def _answer_keys(
    question: Question, kind: SubjectKind, law: LawVersion
) -> tuple[frozenset[str], ...]:
    """For each answer of :func:`_option_answers` (a several-of question), the facts its
    options set (the union of :attr:`Option.sets`' keys)."""
    return tuple(
        frozenset().union(*(question.option(o).sets.keys() for o in answer))
        for answer, _ in _option_answers(question, kind, law)
    )


BUT_ONE_MAX_OPTIONS = 6
"""The most options a several-of question may show for the ranking to try "all of these but
one" for each (round 18): a bound on the work, as :data:`FALLBACK_BUDGET` is. The questions of a
few conditions, whose options decide together (``art6_1_conditions``: a product option and the
third-party assessment, with the Art. 6(1c) exception beside them), are within it; the long
lists (the Annex III uses, the Annex I legislation, the roles, the Art. 5 practices) are not,
and an option of theirs alone, or all of them, already shows what it decides."""


@cache
def _option_answers(
    question: Question, kind: SubjectKind, law: LawVersion
) -> tuple[tuple[Any, Mapping[str, Any]], ...]:
    """The option answers of a yes/no, one-of or several-of question and the facts each sets
    (for several of: "none", then each shown option alone, then all of them, as tuples of option
    ids)."""
    shown = _shown(question, kind, law)
    if question.kind == "several_of":
        none: tuple[tuple[Any, Mapping[str, Any]], ...] = (((), question.sets([])),)
        alone = tuple(((o.id,), question.sets([o.id])) for o in shown)
        # Every option together as well: options that count only together (both conditions of
        # the open-source exception, Art. 53(2)) decide nothing alone. An answer the input
        # checks refuse is skipped where it is tried; an option whose words contradict one
        # taken before ("only to prosecute" after "to detect, prevent or investigate", which
        # Question.sets refuses together) is left out of it.
        compatible = _compatible(shown)
        together = ((tuple(o.id for o in compatible), question.sets([o.id for o in compatible])),)
        # And all of them but one, for each option: an option that is an exception to the
        # others ("that third-party assessment is required only for the radio spectrum",
        # Art. 6(1c)) hides in "all of these" what the others decide together ("a safety
        # component" and "a third-party assessment", Art. 6(1)(a)-(b): round 18, the Annex I
        # question of two parts); without the first of two options that contradict each
        # other, the second is in it.
        seen = {answer for answer, _ in alone + together}
        but_one: list[tuple[Any, Mapping[str, Any]]] = []
        for left_out in shown if 2 < len(shown) <= BUT_ONE_MAX_OPTIONS else ():
            kept = tuple(o.id for o in _compatible(tuple(o for o in shown if o is not left_out)))
            if kept not in seen:
                seen.add(kept)
                but_one.append((kept, question.sets(list(kept))))
        return none + alone + (together if len(shown) > 1 else ()) + tuple(but_one)
    return tuple((o.id, question.sets(o.id)) for o in shown)


def _compatible(options: tuple[Option, ...]) -> tuple[Option, ...]:
    """``options`` in order, without those that contradict an option kept before
    (:func:`aiact.questions.model.contradicts`): the largest answer "all of these" a person can
    give."""
    from aiact.questions.fields import all_fields
    from aiact.questions.model import contradicts

    table = all_fields()
    values: dict[str, Any] = {}
    kept = []
    for option in options:
        if contradicts(option, values, table):
            continue
        values.update((p, v) for p, v in option.sets.items() if table[p].type != "members")
        kept.append(option)
    return tuple(kept)


# --------------------------------------------------------------------------- candidates


def _is_settled(question: Question, facts: Mapping[str, Any]) -> bool:
    if question.kind == "date":
        return any(p in facts for p in question.facts)
    return all(p in facts for p in question.facts)


@dataclass(frozen=True)
class _Open:
    """What of the goal is still open on some facts: the unknown input fields it may depend on,
    and the undetermined conclusions on the way (its *cone*)."""

    inputs: set[str]
    cone: frozenset[str]


def _open_inputs(assessment: Assessment, goal: Goal) -> _Open:
    """The unknown input fields that the goal's undetermined conclusions depend on through the
    rules that are still undetermined, and the fields the Assessment names beyond the rules
    (memoised on the Assessment, as its goal views are: the search for a pair asks again for
    the same facts with another question)."""
    kept: dict[Goal, _Open] = assessment.__dict__.setdefault("_open_inputs", {})
    found = kept.get(goal)
    if found is None:
        found = kept[goal] = _compute_open_inputs(assessment, goal)
    return found


def _compute_open_inputs(assessment: Assessment, goal: Goal) -> _Open:
    evaluation = assessment.evaluation
    values = evaluation.values
    rule_values = evaluation.rule_values
    ruleset = evaluation.ruleset
    predicates = ruleset.predicates
    seen: set[str] = set()
    atoms: set[str] = set()
    stack = []
    for name in _open_reads(assessment, goal):
        if values.get(name) is not None:
            continue
        if name in predicates:
            stack.append(name)
        elif name in ruleset.inputs and not name.startswith("interp."):
            atoms.add(name)
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        for compiled in ruleset.by_predicate.get(name, ()):
            rule = compiled.rule
            if rule_values.get(rule.id) is not None:
                continue
            for atom in rule.reads:
                if values.get(atom) is not None:
                    continue
                if atom in predicates:
                    stack.append(atom)
                elif not atom.startswith("interp."):
                    atoms.add(atom)
    out = fields_of_atoms(assessment.kind, atoms)
    out.update(open_outside_rules(assessment, goal))
    return _Open(out, frozenset(seen))


def candidates(
    facts: Mapping[str, Any],
    kind: SubjectKind,
    asked: Iterable[str],
    open_inputs: set[str] | None,
    cat: Catalogue,
) -> list[Question]:
    """Questions that may be asked: of this kind of case, not asked before, not settled by the
    facts, touching an open input (when given), and not asking again what a question asked before
    offered in the same words (:attr:`aiact.questions.catalogue.Catalogue.repeated_by`: its
    options' facts are then known, or the person said they do not know them; round 18)."""
    done = set(asked)
    repeated = cat.repeated_by if REPEATS else {}
    out = []
    for question in cat.for_kind(kind):
        if question.id in done or _is_settled(question, facts):
            continue
        if not done.isdisjoint(repeated.get(question.id, ())):
            continue
        if open_inputs is not None and not (set(question.facts) & open_inputs):
            continue
        out.append(question)
    return out


REPEATS = True
"""Whether :func:`candidates` leaves out a question whose every option an asked question offered
in the same words (round 18; off: such a question may be asked again, and the person answers
"don't know" again)."""


def waiting(pool: Sequence[Question]) -> frozenset[str]:
    """The follow-ups of ``pool`` that wait while a question they follow can still be asked
    (see :mod:`aiact.questions.catalogue`: "Is it an AI system?" before what the system does).
    A waiting question is tried only when no other question of the pool is relevant, so the
    wait never hides a relevant question."""
    ids = {q.id for q in pool}
    return frozenset(q.id for q in pool if ids.intersection(q.after))


# --------------------------------------------------------------------------- ranking


@dataclass(frozen=True)
class Outcome:
    """What one trial answer does to the goal."""

    answer: Any
    closes: int
    """How many open parts of the goal it determines."""
    changes: bool
    """Whether the goal's result differs from the result without it ("don't know")."""
    progress: int = 0
    """How many undetermined conclusions on the way to the goal it determines."""


@dataclass(frozen=True)
class Ranked:
    """A relevant question with its score and the evidence of its relevance."""

    question: Question
    score: tuple[int, float, float]
    """(the most open parts of the goal one answer closes, the mean over the answers, the mean
    number of undetermined conclusions on the way that an answer determines)."""
    outcomes: tuple[Outcome, ...]
    witness: tuple[Any, Any]
    """Two answers with different goal results (the second is often None: "don't know")."""
    given: Mapping[str, Any] = field(default_factory=dict)
    """Facts of answers to other questions under which the witness holds (empty: the facts as
    they are, the question is relevant on its own)."""
    affects: frozenset[str] = frozenset()
    """The open parts of the goal that some answer closes."""


_Unchecked = tuple[int, Assessment, Mapping[str, Any], Mapping[str, Any]]
"""An outcome not yet checked (see :attr:`_Attempt.unchecked`)."""


def _checked(outcomes: Sequence[Outcome], unchecked: Sequence[_Unchecked]) -> tuple[Outcome, ...]:
    """``outcomes`` without those of ``unchecked`` whose answers the input checks refuse
    (:func:`aiact.questions.goals.refused`), as a full trial skips them."""
    drop = {i for i, base, changes, over in unchecked if refused(base, changes, over)}
    return tuple(o for i, o in enumerate(outcomes) if i not in drop)


@dataclass(frozen=True)
class _Attempt:
    question: Question
    outcomes: tuple[Outcome, ...]
    changing: Any
    relevant: bool
    affects: frozenset[str]
    unchecked: tuple[_Unchecked, ...] = ()
    """Outcomes of answers judged without assessing them and not yet checked against the
    input checks (:func:`_try`): their index in ``outcomes``, the Assessment tried from, the
    facts the answer changes and the conflict flags its propagation makes true (of the values
    it changes, all that :func:`aiact.questions.goals.refused` reads; round 13b). Empty for a
    relevant question (checked before it is returned)."""

    def checked(self) -> tuple[Outcome, ...]:
        """``outcomes`` without those of answers the input checks refuse (as a full trial)."""
        return _checked(self.outcomes, self.unchecked)

    def ranked(self, given: Mapping[str, Any] | None = None, witness: Any = None) -> Ranked:
        counts = [o.closes for o in self.outcomes] or [0]
        progress = [o.progress for o in self.outcomes] or [0]
        return Ranked(
            question=self.question,
            score=(
                max(counts),
                _expected(self.question, counts),
                _expected(self.question, progress),
            ),
            outcomes=self.outcomes,
            witness=(self.changing if witness is None else witness, None),
            given=dict(given or {}),
            affects=self.affects,
        )


SAME_INPUTS = True
"""Round 18 (speed22): within one question's answers (:class:`_Propagation`), an answer whose
rule inputs change as an earlier answer's did reuses that answer's propagation: a propagation
is a function of the evaluation it starts from and the inputs' changes (``propagated``,
``propagate``), so it is the same (the member states of ``org_member_state``: 28 options, most
setting the same inputs). Off: every answer propagated afresh."""


class _Propagation:
    """The answers of one question propagated from ``evaluation`` in the order they are tried
    (:func:`_try`, :func:`_unchanged`): reused from ``near`` where it has them; "none of these"
    of a several-of question first, and each option then propagated from that step
    (:func:`propagated_via`) rather than from the facts. The values are the same by any of the
    ways; this keeps the step (and a "none of these" taken from ``near``) between answers."""

    def __init__(self, evaluation: Evaluation, near: Near | None, several_of: bool) -> None:
        self.evaluation = evaluation
        self.near = near
        self.several_of = several_of
        self.step: tuple[Evaluation, Mapping[str, Any], Mapping[str, Any]] | None = None
        # "None of these" reused from ``near``: the step of the options alone, when one needs it.
        self.pending: tuple[dict[str, Any], Mapping[str, Any]] | None = None
        # The propagations from ``evaluation`` by the rule inputs' changes (:data:`SAME_INPUTS`).
        self.memo: dict[Any, tuple[Mapping[str, Any], Mapping[str, Any]]] = {}

    def _key(self, quick: Mapping[str, Any], within: frozenset[int] | None) -> Any:
        """The rule inputs' changes (and the positions propagated), as a key of :attr:`memo`;
        None where it is not kept (:data:`SAME_INPUTS` off, or a value that has no hash)."""
        if not SAME_INPUTS:
            return None
        try:
            return (frozenset(quick.items()), within)
        except TypeError:
            return None

    def _kept(
        self, key: Any, propagate: Callable[[], tuple[Mapping[str, Any], Mapping[str, Any]]]
    ) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
        """The propagation of :attr:`memo` at ``key``, else ``propagate()`` (kept there)."""
        found = None if key is None else self.memo.get(key)
        if found is None:
            found = propagate()
            if key is not None:
                self.memo[key] = found
        return found

    def __call__(self, answer: Any, quick: Any) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
        reused = None if self.near is None else self.near.propagated(quick)
        if reused is not None:
            if self.step is None and self.several_of and not answer:
                self.pending = reused
            return reused
        if self.step is None and self.pending is None:
            if self.several_of and not answer:
                over, rules = propagated(self.evaluation, quick)
                # "None of these": the options alone are propagated from it.
                self.step = (apply(self.evaluation, over, rules), over, dict(rules))
                return over, rules
            return self._kept(self._key(quick, None), lambda: propagated(self.evaluation, quick))
        if self.step is None:
            assert self.pending is not None
            over, rules = self.pending
            self.step = (apply(self.evaluation, over, rules), over, dict(rules))
        return propagated_via(self.evaluation, self.step, quick)

    def within(
        self, answer: Any, quick: Any, within: frozenset[int]
    ) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
        """The changes of the inputs and of the predicates at the positions ``within`` (a set
        closed under what its predicates read, :meth:`aiact.questions.incremental._Plan.cone`)
        that the answer makes: those of :meth:`__call__` there, found by evaluating only those
        predicates again (:func:`aiact.questions.incremental.propagate`'s ``within``; round
        13b), with the changed values of the rules of those predicates. Where the propagation
        is reused, or is the wide step of "none of these", it is :meth:`__call__`'s whole."""
        reused = None if self.near is None else self.near.propagated(quick)
        if reused is not None:
            if self.step is None and self.several_of and not answer:
                self.pending = reused  # as :meth:`__call__` keeps it
            return reused
        if self.step is None and self.pending is None:
            if self.several_of and not answer:
                return self(answer, quick)  # the step the options are propagated from
            values = self.evaluation.values
            changed = {n: v for n, v in quick.items() if n not in values or values[n] != v}
            if len(changed) >= WIDE:
                return self(answer, quick)
            return self._kept(
                self._key(quick, within),
                lambda: propagate_within(self.evaluation, changed, within),
            )
        if self.step is None:
            assert self.pending is not None
            over, rules = self.pending
            self.step = (apply(self.evaluation, over, rules), over, dict(rules))
        return propagated_via(self.evaluation, self.step, quick, within)


WORLDS = True
"""Round 19 (speed23): :func:`_try` propagates the answers of a question within the positions
of :func:`_narrow` all at once, each answer a world of
:func:`aiact.questions.incremental.propagate_worlds` (two bits per value), instead of one by
one; :func:`_can_moot` the same. The values are those of the propagation one by one, name by
name (a property test holds the two together), and :func:`_try` reads only those values of
it. Off: every answer propagated on its own."""

WORLDS_MIN = 3
"""The fewest answers (propagated within the positions) :func:`_worlds` takes together: for
one or two the pass costs about what propagating them one by one does."""


def _changes(
    base: Assessment, facts: Mapping[str, Any], sets: Mapping[str, Any], direct: frozenset[str]
) -> tuple[dict[str, Any], Mapping[str, Any] | None]:
    """An answer's changed facts, and its rule inputs' changes (None where the view reads a
    changed field directly, or the inputs cannot be computed on their own)."""
    changes = {k: v for k, v in sets.items() if facts.get(k, _MISSING) != v}
    quick = None if not direct.isdisjoint(changes) else atom_changes(base, changes, facts)
    return changes, quick


SAME_CHANGES = True
"""Round 20 (speed25): :func:`_quick` keeps each answer's rule inputs' changes on the
Assessment tried from, for the facts given (the same facts object), and gives them again for
the same changes: they are a function of the Assessment, those facts and the changes
(:func:`aiact.questions.goals.atom_changes`), and their users read them, never write them.
The search for a pair computes them on the facts' Assessment for its proof (:func:`_stuck`),
the reach of each question, the Assessments of the other answers and :class:`_Apart`, the
same answers in each. Not for :func:`_changes` (the search itself: few repeats there, and
kept for them all, side by side, the median of ``tier`` 0.7 ms slower). Off: computed at
each call."""


def _quick(
    base: Assessment, changes: Mapping[str, Any], facts: Mapping[str, Any]
) -> Mapping[str, Any] | None:
    """:func:`aiact.questions.goals.atom_changes` of ``base``, ``changes`` and ``facts``
    (memoised on ``base`` for the facts object ``facts``: :data:`SAME_CHANGES`). The mapping
    given is shared: read it, never write it."""
    if not SAME_CHANGES:
        return atom_changes(base, changes, facts)
    kept: tuple[Mapping[str, Any], dict[Any, Any]] | None = base.__dict__.get("_quick")
    if kept is None or kept[0] is not facts:
        kept = base.__dict__["_quick"] = (facts, {})
    try:
        key = tuple([(k, _normal(v)) for k, v in changes.items()])
        hash(key)
    except TypeError:
        return atom_changes(base, changes, facts)
    memo = kept[1]
    if key in memo:
        return memo[key]  # type: ignore[no-any-return]
    found = memo[key] = atom_changes(base, changes, facts)
    return found


def _world_answers(
    answers: Sequence[tuple[Any, Mapping[str, Any]]],
    prepared: Sequence[tuple[dict[str, Any], Mapping[str, Any] | None]],
    several_of: bool,
) -> list[int]:
    """The places of the answers :func:`_worlds` propagates together: those whose rule inputs
    are computed, other than "none of these" of a several-of question."""
    return [
        index
        for index, (quick, (answer, _)) in enumerate(
            zip((p[1] for p in prepared), answers, strict=True)
        )
        if quick is not None and not (several_of and not answer)
    ]


def _none_world(
    answers: Sequence[tuple[Any, Mapping[str, Any]]],
    prepared: Sequence[tuple[dict[str, Any], Mapping[str, Any] | None]],
    several_of: bool,
) -> bool:
    """Whether "none of these", the first answer of a several-of question
    (:func:`_option_answers`), can have a world of its own for its bound: its rule inputs are
    computed."""
    return several_of and bool(answers) and not answers[0][0] and prepared[0][1] is not None


def _worlds(
    base: Assessment,
    answers: Sequence[tuple[Any, Mapping[str, Any]]],
    prepared: Sequence[tuple[dict[str, Any], Mapping[str, Any] | None]],
    several_of: bool,
    within: frozenset[int],
    bounded: bool = False,
) -> tuple[list[dict[str, Any] | None], dict[str, Any] | None] | None:
    """For each answer, the changes of the inputs and of the predicates at ``within`` that it
    makes from ``base`` (as :meth:`_Propagation.within` gives them there), computed for the
    answers together (:func:`aiact.questions.incremental.propagate_worlds`); None for an answer
    left to :meth:`_Propagation.within`: one whose rule inputs are not computed, and "none of
    these" of a several-of question (its whole propagation is the step the options of
    :meth:`_Propagation.__call__` start from). None where there are fewer than
    :data:`WORLDS_MIN` answers, or :data:`WORLDS` is off.

    ``bounded`` (round 20): "none of these" is propagated in the same pass as well, its changes
    given second, for its bound only (:func:`_answer_bound`); it is still propagated as
    before where it is tried. Else (and where its rule inputs are not computed) the second is
    None."""
    if not WORLDS:
        return None
    chosen = _world_answers(answers, prepared, several_of)
    if len(chosen) < WORLDS_MIN:
        return None
    none = bounded and _none_world(answers, prepared, several_of)
    found = propagate_worlds(
        base.evaluation,
        [prepared[i][1] or {} for i in chosen] + ([prepared[0][1] or {}] if none else []),
        within,
    )
    if found is None:
        return None
    out: list[dict[str, Any] | None] = [None] * len(answers)
    for index, (over, _) in zip(chosen, found, strict=False):
        out[index] = over
    return out, found[-1][0] if none else None


def _whole(
    base: Assessment,
    prepared: Sequence[tuple[dict[str, Any], Mapping[str, Any] | None]],
    worlds: Sequence[dict[str, Any] | None],
    start: int,
    reads: frozenset[str],
) -> dict[int, tuple[dict[str, Any], dict[str, Any]]]:
    """By answer, from ``start`` on, :func:`aiact.questions.incremental.propagate`'s whole
    result (the changed values and the changed rules' values) for the answers of
    :func:`_worlds` whose changes there reach a name of ``reads`` (those :func:`_try`
    propagates in full), computed together; empty where fewer than two (each is then
    propagated on its own, as before)."""
    chosen = [
        index
        for index in range(start, len(worlds))
        if (over := worlds[index]) is not None and not reads.isdisjoint(over)
    ]
    if len(chosen) < 2:
        return {}
    found = propagate_worlds(
        base.evaluation, [prepared[i][1] or {} for i in chosen], None, with_rules=True
    )
    if found is None:
        return {}
    return dict(zip(chosen, found, strict=True))


RESUME = True
"""Round 21 (speedtier21): a question whose search :func:`_try` stopped (it cannot come first
with the score to beat then) is kept where it stopped (:data:`_Stopped`), and where
:func:`_implied_first` needs its every answer after all it is tried on from that answer, not
from its first: the answers tried so far are the same, and each answer's outcome does not
depend on the score to beat. Off: tried again from its first answer."""

_Stopped = Generator[None, None, "_Attempt"]
"""A search of :func:`_trying` stopped at an answer: resumed (:func:`_resume`), it tries that
answer and the rest with no score to beat."""


def _try(
    question: Question,
    base: Assessment,
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal,
    opened: _Open,
    beat: tuple[int, float] | None = None,
    bound: int = 0,
    near: Near | None = None,
    closable: _Closable | None = None,
    stopped: dict[str, _Stopped] | None = None,
    late: bool = False,
    ready: _Ready | None = None,
) -> _Attempt | None:
    """:func:`_trying`'s attempt, or None where it stopped (kept in ``stopped``, by the
    question's id, where given and :data:`RESUME` is on: :func:`_resume`). ``late``: a relevant
    attempt's answers judged without assessing them are left unchecked (:func:`_settled`).
    ``ready``: :func:`_prepare`'s, where computed already."""
    run = _trying(
        question,
        base,
        facts,
        kind,
        context,
        goal,
        opened,
        beat,
        bound,
        near,
        closable,
        late,
        ready,
    )
    try:
        next(run)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    if stopped is not None and RESUME:
        stopped[question.id] = run
    else:
        run.close()
    return None


def _resume(run: _Stopped) -> _Attempt:
    """The attempt of a search :func:`_try` stopped, tried on from where it stopped with no
    score to beat: the attempt :func:`_try` gives with none (the same answers tried, the same
    outcomes; those judged without assessing them and checked already are left out, the
    others kept to be checked, so that :meth:`_Attempt.checked` is the same)."""
    try:
        run.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    raise AssertionError("a search resumed with no score to beat does not stop")


@dataclass
class _Ready:
    """What :func:`_trying` computes before it tries the first answer (:func:`_prepare`)."""

    narrow: frozenset[int] | None
    """:func:`_narrow`'s positions."""
    answers: list[tuple[Any, dict[str, Any]]]
    """The question's trial answers completed on the facts (:func:`completions`)."""
    prepared: list[tuple[dict[str, Any], Mapping[str, Any] | None]] | None
    """Each answer's :func:`_changes`, where the answers are propagated within ``narrow``."""
    batch: tuple[list[dict[str, Any] | None], dict[str, Any] | None] | None
    """:func:`_worlds`' worlds of the answers (and of "none of these" where bounded)."""
    ahead: list[int] | None = None
    """:func:`_ahead` of ``batch`` for the question's bound, where computed already."""


def _prepare(
    question: Question,
    base: Assessment,
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal,
    opened: _Open,
    direct: frozenset[str],
    bounded: bool,
) -> _Ready:
    """The answers of ``question`` and, where they are propagated together, each one's changes
    and worlds (:func:`_worlds`, "none of these" among them where ``bounded``: a score is to
    be beaten, and :func:`_closable` given): the first part of :func:`_trying`."""
    narrow = _narrow(base, goal, opened)
    ready = _answered(question, base, facts, kind, context, opened, direct, narrow)
    if narrow is not None and ready.prepared is not None:
        several_of = question.kind == "several_of"
        ready.batch = _worlds(base, ready.answers, ready.prepared, several_of, narrow, bounded)
    return ready


def _answered(
    question: Question,
    base: Assessment,
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    opened: _Open,
    direct: frozenset[str],
    narrow: frozenset[int] | None,
) -> _Ready:
    """The question's trial answers completed on the facts and, where they are propagated
    within ``narrow`` (:data:`WORLDS`), each one's :func:`_changes`; no worlds yet."""
    answers = completions(trial_answers(question, kind, context, opened.inputs), facts)
    prepared = None
    if narrow is not None and WORLDS:
        prepared = [_changes(base, facts, sets, direct) for _, sets in answers]
    return _Ready(narrow, answers, prepared, None)


PREPARE_TOGETHER = True
"""Round 26 (speed26): in :func:`_best`, with :data:`AHEAD_ORDER`, where a question met the
first time has to be prepared (:func:`_prepare`), so are the questions left with the same
bound (those the search meets next, before any other; :func:`_prepare_together`): their
answers' worlds computed in one pass of :func:`aiact.questions.incremental.propagate_worlds`
instead of one per question (at most :data:`TOGETHER_FIRST` in the first group, each next group
twice as many). Before a stage's first question is found, every question whose facts whether
the Act applies reads has the bound of every open part, and each was prepared in turn (about
30, each pass over the same predicates). A world's values are those of its own answer alone
(a predicate is evaluated again in a world only where a name it reads differs there), so each
question's worlds are :func:`_worlds`' of its own answers, and (with :data:`TOGETHER_FEW` off)
the search and the question found are the same. Off: one pass per question, as it is met."""


TOGETHER_FIRST = 2
"""Round 26 (speed26): the most questions :data:`PREPARE_TOGETHER` prepares in the first group
of a search's phase; each next group may hold twice as many. Where a question met early becomes
the best and the rest are passed over without their worlds (:func:`_can_moot`: they cannot make
the Act not apply, so cannot close as much), a group of every question left prepared all of
them for nothing (5-6 ms in `tier` states 3472, 2800, 3312). The questions with no "unless
moot" bound (:func:`_bounds`) are not counted: the search prepares each of them when it meets
it, before any question of a lower bound, so all of them join the group. Which questions are
prepared together changes no answer (each one's worlds are its own). 1: each question
prepared alone."""

TOGETHER_FEW = True
"""Round 26 (speed26): :func:`_prepare_together` gives worlds also to the questions with fewer
than :data:`WORLDS_MIN` answers (a yes or no question): in the pass of many questions their
worlds cost next to nothing, and :func:`_try` then reads them as it reads any question's
worlds (the values of :meth:`_Propagation.within`, name by name), and the search has their
answers' bounds (:func:`_ahead`): a yes or no question whose answers cannot close enough is put
back, or stopped, rather than tried to its end. The question found is the same: a question is
put back only by a bound at least what its answers close (:data:`AHEAD_ORDER`), and stopped
only where it cannot come first (:func:`_cannot_beat`). Off: none for them, as
:func:`_worlds`."""


def _prepare_together(
    questions: Sequence[Question],
    base: Assessment,
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal,
    opened: _Open,
    direct: frozenset[str],
) -> list[_Ready]:
    """:func:`_prepare` (bounded) of each of ``questions``, their answers' worlds computed in
    one pass (:data:`PREPARE_TOGETHER`): the answers and the worlds :func:`_worlds` takes of
    each question, put one after the other, each question's own part given back as its batch.
    Where the pass computes nothing (an answer sets a predicate, or a value read is not a truth
    value), each question's worlds are computed on their own, as :func:`_prepare` does."""
    narrow = _narrow(base, goal, opened)
    readies = [
        _answered(question, base, facts, kind, context, opened, direct, narrow)
        for question in questions
    ]
    if narrow is None or not WORLDS:
        return readies
    # Per question, the answers :func:`_worlds` takes (and "none of these", second, bounded).
    spans: list[tuple[int, list[int], bool, int]] = []
    quicks: list[Mapping[str, Any]] = []
    for place, (question, ready) in enumerate(zip(questions, readies, strict=True)):
        prepared = ready.prepared
        assert prepared is not None
        answers = ready.answers
        several_of = question.kind == "several_of"
        chosen = _world_answers(answers, prepared, several_of)
        if not chosen or (len(chosen) < WORLDS_MIN and not TOGETHER_FEW):
            continue
        none = _none_world(answers, prepared, several_of)
        spans.append((place, chosen, none, len(quicks)))
        quicks.extend(prepared[i][1] or {} for i in chosen)
        if none:
            quicks.append(prepared[0][1] or {})
    if not spans:
        return readies
    found = propagate_worlds(base.evaluation, quicks, narrow) if len(spans) > 1 else None
    for place, chosen, none, start in spans:
        ready = readies[place]
        assert ready.prepared is not None
        if found is None:
            ready.batch = _worlds(
                base,
                ready.answers,
                ready.prepared,
                questions[place].kind == "several_of",
                narrow,
                True,
            )
            continue
        out: list[dict[str, Any] | None] = [None] * len(ready.answers)
        for index, (over, _) in zip(chosen, found[start : start + len(chosen)], strict=True):
            out[index] = over
        ready.batch = out, found[start + len(chosen)][0] if none else None
    return readies


def _ahead(
    closable: _Closable,
    batch: tuple[list[dict[str, Any] | None], dict[str, Any] | None],
    bound: int,
) -> list[int]:
    """For each answer, an upper bound of the open parts it closes (:func:`_answer_bound` of
    its world; ``bound`` where it has none; "none of these" from its own world where
    computed)."""
    worlds, none = batch
    ahead = [bound if w is None else _answer_bound(closable, w) for w in worlds]
    if none is not None:
        ahead[0] = _answer_bound(closable, none)
    return ahead


def _progress(over: Mapping[str, Any], cone: frozenset[str]) -> int:
    """How many conclusions of ``cone`` (undetermined on the base) the values ``over`` an
    answer changes determine: those of both, counted from the smaller side (round 21: the
    whole propagation of an option after "none of these" changes hundreds of values, and
    each answer went over all of them)."""
    if len(over) <= len(cone):
        return sum(1 for p in over if p in cone and over[p] is not None)
    get = over.get
    return sum(1 for p in cone if get(p) is not None)


def _trying(
    question: Question,
    base: Assessment,
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal,
    opened: _Open,
    beat: tuple[int, float] | None = None,
    bound: int = 0,
    near: Near | None = None,
    closable: _Closable | None = None,
    late: bool = False,
    ready: _Ready | None = None,
) -> _Stopped:
    """Try the answers of a question on the facts. An answer that changes none of the
    conclusions the goal's view reads (nor a fact it reads directly) leaves the view as it is:
    its effect is propagated through the rules, but the view is not computed again. Such an
    answer is still checked as assessing it would check it (:func:`aiact.questions.goals.
    refused`): one the input checks refuse is skipped, as an answer assessed is (round 12,
    helper trace13: before, a significant change dated before the first placing counted as an
    answer closing nothing, which lowered the question's mean).

    ``beat``: the (most closed, mean closed) score of the best question found so far, and
    ``bound`` an upper bound of the open parts one answer of this question can close. When the
    answers tried so far show that the question cannot reach that score even if every answer
    left closed ``bound`` parts, the search stops (:func:`_try` gives None: the question cannot
    come first; see :func:`_best`), and if resumed (:func:`_resume`) tries the answers left
    with no score to beat (round 21).

    ``near``: propagations of the answers from a nearby Assessment to reuse where the answer and
    the difference between the two do not meet (:class:`aiact.questions.incremental.Shared`;
    the search for a pair); the outcomes are the same.

    ``closable``: what of the goal's open parts an answer can close, by the names it changes
    (:func:`_closable`); where the answers' changes are propagated together
    (:func:`_worlds`), each answer's own bound (:func:`_answer_bound`) narrows ``bound`` for
    the search's stop (round 20).

    ``late`` (round 22, :data:`CHECK_LATE`): a relevant question's answers judged without
    assessing them are not checked at the end either (:func:`_settled` checks them where the
    outcomes are used).

    ``ready``: the answers, their changes and worlds (:func:`_prepare`) computed already (round
    24, :data:`AHEAD_ORDER`); else computed here."""
    before = _views(base, goal)
    values = base.evaluation.values
    cone = opened.cone
    reads = _reads(base, goal)
    direct = _direct(goal, kind)
    dated = _dated(kind)
    outcomes: list[Outcome] = []
    affects: set[str] = set()
    changing = None
    # Answers judged without assessing them: checked against the input checks only where the
    # outcomes are used (a question found relevant, or about to be passed over), as the
    # check costs a validation of the changed models (round 12, helper trace13).
    unchecked: list[_Unchecked] = []

    def check() -> None:
        nonlocal outcomes
        if unchecked:
            outcomes = list(_checked(outcomes, unchecked))
            unchecked.clear()

    several_of = question.kind == "several_of"
    propagate = _Propagation(base.evaluation, near, several_of)
    if ready is None:
        bounded = beat is not None and closable is not None
        ready = _prepare(question, base, facts, kind, context, goal, opened, direct, bounded)
    narrow, answers, prepared, batch = ready.narrow, ready.answers, ready.prepared, ready.batch
    # Every answer's changes at once where the answers are propagated together (``prepared``);
    # else each as it is tried (a search stopped early computes no more).
    worlds = None if batch is None else batch[0]
    # Where a score is to be beaten: what each answer can close at most, from its world
    # (round 20; "none of these" from a world of its own).
    ahead = None
    if batch is not None and beat is not None and closable is not None:
        ahead = ready.ahead if ready.ahead is not None else _ahead(closable, batch, bound)
    whole: dict[int, tuple[dict[str, Any], dict[str, Any]]] | None = None
    for index, (answer, sets) in enumerate(answers):
        if (
            beat is not None
            and (index or ahead is not None)
            and _cannot_beat(
                question,
                outcomes,
                len(answers) - index,
                bound,
                beat,
                None if ahead is None else ahead[index:],
            )
        ):
            check()
            if _cannot_beat(
                question,
                outcomes,
                len(answers) - index,
                bound,
                beat,
                None if ahead is None else ahead[index:],
            ):
                # Stopped (:func:`_try` gives None); resumed (:func:`_resume`), the answers
                # from this one on are tried with no score to beat (round 21).
                yield
                beat = None
        changes, quick = (
            _changes(base, facts, sets, direct) if prepared is None else prepared[index]
        )
        if quick is not None:
            # First only through the rules the view's names, the cone and the conflict flags
            # are computed from (exact there): most answers change none of the names the view
            # read, and only those values are needed then (round 13b). All answers at once
            # where :func:`_worlds` gives them (round 19).
            if narrow is None:
                over, rules = propagate(answer, quick)
            else:
                world = None if worlds is None else worlds[index]
                over = propagate.within(answer, quick, narrow)[0] if world is None else world
            if not over.keys() & reads:
                progress = _progress(over, cone)
                # Of the values it changed, the check reads only the conflict flags (exact
                # here): the true ones are kept, the same by either propagation.
                flags = {f: True for f in _conflicts() if over.get(f) is True}
                unchecked.append((len(outcomes), base, changes, flags))
                outcomes.append(Outcome(answer, 0, False, progress))
                continue
            found = None
            if narrow is not None:
                if VIEW_WITHIN and goal == "tier" and dated.isdisjoint(changes):
                    # The view from the values within the positions alone, where it reads no
                    # other predicate (round 20): found by trace or computed there.
                    found = _view_within(base, over, _exact(base, narrow))
                if found is None:
                    if (
                        worlds is not None
                        and prepared is not None
                        and whole is None
                        and worlds[index] is not None
                    ):
                        # The answers whose values there change a name the view read, from
                        # this one on, propagated in full together (round 19); from the first
                        # of them with a world (round 20: not at "none of these" of a
                        # several-of question, which has none, so that a search stopped after
                        # it computes no more; the same answers, as one without a world is
                        # never among them).
                        whole = _whole(base, prepared, worlds, index, reads)
                    world_whole = None if whole is None else whole.get(index)
                    if world_whole is None:
                        over, rules = propagate(answer, quick)
                    else:
                        over, rules = world_whole
            if found is None:
                found = _view_over(base, goal, over, rules, changes)
            if found is not None:
                # The view kept by trace (round 14): the answer is not assessed, only checked
                # as assessing it would check it (:func:`aiact.questions.goals.refused`), at
                # once where it counts, else where the outcomes are used (as above).
                closed = before.open - found.open
                changes_result = found.result != before.result
                progress = _progress(over, cone)
                if not closed and not changes_result:
                    flags = {f: True for f in _conflicts() if over.get(f) is True}
                    unchecked.append((len(outcomes), base, changes, flags))
                    outcomes.append(Outcome(answer, 0, False, progress))
                    continue
                if refused(base, changes, over):
                    continue
                affects |= closed
                if changes_result and changing is None:
                    changing = answer
                outcomes.append(Outcome(answer, len(closed), changes_result, progress))
                continue
            evaluation = apply(base.evaluation, over, rules)
        else:
            evaluation = None
        assessment = _trial(base, facts, sets, kind, context, evaluation)
        if isinstance(assessment, Exception):
            continue
        view = _result_view(assessment, goal, base)
        closed = before.open - view.open
        affects |= closed
        changes_result = view.result != before.result
        if changes_result and changing is None:
            changing = answer
        if evaluation is not None:
            # The evaluation is ``base``'s with ``over`` applied; the cone is undetermined there.
            progress = _progress(over, cone)
        else:
            after = assessment.evaluation.values
            progress = sum(1 for p in cone if values.get(p) is None and after.get(p) is not None)
        outcomes.append(Outcome(answer, len(closed), changes_result, progress))
    if changing is not None and not late:
        check()
    return _Attempt(
        question,
        tuple(outcomes),
        changing,
        changing is not None,
        frozenset(affects),
        tuple(unchecked),
    )


@cache
def _conflicts() -> tuple[str, ...]:
    from aiact.rules.definitions import CONFLICTS

    return tuple(CONFLICTS)


NARROW = 0.6
"""The largest share of the rule set's predicates a propagation of :func:`_try` or
:class:`_Apart` is first restricted to (:func:`_narrow`): beyond it (the goals ``obligations``
and ``full`` read nearly every conclusion) the answer is propagated in full at once, as
propagating it twice would cost more. The choice changes no answer (0: never restricted)."""


def _narrow(base: Assessment, goal: Goal, opened: _Open) -> frozenset[int] | None:
    """The positions in the rule set's plan of the predicates that :func:`_try` reads of an
    answer it does not assess: the names the goal's view read, its cone and the conflict flags
    (:func:`aiact.questions.goals.refused`), with every predicate they are computed from
    (memoised on the Assessment, per goal; round 13b); None where they are more than
    :data:`NARROW` of the predicates, and for the goals other than ``tier``."""
    if goal != "tier":
        return None  # nearly the whole rule set (310 of 324 predicates measured), not computed
    kept: dict[Goal, frozenset[int] | None] = base.__dict__.setdefault("_narrow", {})
    if goal in kept:
        return kept[goal]
    targets = set(_reads(base, goal))
    targets.update(opened.cone)
    targets.update(_conflicts())
    plan = plan_of(base.evaluation.ruleset)
    found: frozenset[int] | None = plan.cone(targets)
    assert found is not None
    if len(found) > NARROW * len(plan.names):
        found = None
    kept[goal] = found
    return found


VIEW_WITHIN = True
"""Round 20 (speed25): :func:`_try` takes the view of the goal ``tier`` of an answer that
changes a name the view read from the answer's values within the positions of :func:`_narrow`
(exact there), found by trace or computed on those values (:func:`_view_within`), where it
reads no predicate outside them and no rule's value; only else is the answer propagated in
full and looked up, or assessed, as before. Such a view is the answer's Assessment's (the
premise of every view kept by trace: a function of the values at the names its computation
read, here every one of them exact), and the answer is checked as one found by trace is
(:func:`aiact.questions.goals.refused`). Off: as before."""


def _exact(base: Assessment, within: frozenset[int]) -> frozenset[str]:
    """The predicates at the positions ``within`` of the rule set's plan (memoised on the
    Assessment, for the positions of :func:`_narrow`)."""
    kept: tuple[frozenset[int], frozenset[str]] | None = base.__dict__.get("_exact")
    if kept is not None and kept[0] is within:
        return kept[1]
    names = plan_of(base.evaluation.ruleset).names
    found = frozenset(names[i] for i in within)
    base.__dict__["_exact"] = (within, found)
    return found


def _view_within(
    base: Assessment, over: Mapping[str, Any], exact: frozenset[str]
) -> GoalView | None:
    """The view of the goal ``tier`` of ``base``'s evaluation with ``over`` applied, where
    ``over`` holds the changes of the inputs and of the predicates ``exact`` that an answer
    makes (a propagation within them, exact there: its values elsewhere are not known) and
    changes no input date: found by trace (:meth:`_Traces.find_within`, no rule's value known),
    else computed on ``base``'s values with ``over`` applied and kept by trace
    (:meth:`_Traces.computed`); None where the lookup or the computation would read a
    predicate outside ``exact`` or a rule's value."""
    found = TRACES.find_within(base, "tier", over, None, base.input_dates, exact)
    if isinstance(found, _Unsure):
        return None
    if found is not None:
        return found
    evaluation = base.evaluation
    recorder = _Within(evaluation.values, over, exact, evaluation.ruleset.predicates)
    try:
        return TRACES.computed(base, "tier", recorder)[0]
    except _NotExact:
        return None


def _direct(goal: Goal, kind: SubjectKind) -> frozenset[str]:
    """The input fields whose change an answer cannot be judged by through the rules alone:
    those the goal's view reads directly (every date field for the goal ``full``).

    Round 11 added the system's or model's dates where the view read an input date; that test
    could never hold (``reads``, a trace leaf's set, holds the facts and conclusions read, never
    an input date nor a rule value) and is not needed: the ``tier`` view reads no input date
    (its date rules have declared dates only), and the result of the ``obligations`` view is
    the tier view's with the obligations' predicates, all values read, whatever dates its
    computation read for the obligations' timings (round 12, helper trace13; the argument and
    its tests in tests/test_questions_trace_names.py)."""
    return fields_read_directly(goal, kind)


@cache
def _dated(kind: SubjectKind) -> frozenset[str]:
    """The input fields of the system's or model's dates (``Assessment.input_dates`` are
    computed from these alone; read in a goal view's trace in :class:`_Traces`)."""
    return frozenset(path for path, info in all_fields().items() if info.type == "date")


def _unchanged(
    question: Question,
    base: Assessment,
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal,
    opened: _Open,
    near: Near | None,
) -> bool:
    """Whether no answer of the question changes the goal's result, so that :func:`_try` would
    find it not relevant, shown with less work than trying it: an answer that changes none of
    the names the view read leaves it as it is (as in :func:`_try`); one whose view is kept by
    trace (:class:`_Traces`; for the goal ``obligations``, the view of the goal ``tier`` and the
    obligations' predicates, :func:`aiact.questions.goals.obligations_view`) is compared without
    validating the answer's facts (an answer the input checks refuse is skipped by
    :func:`_try`, which makes it no more relevant); any other answer is tried as :func:`_try`
    tries it. False as soon as an answer's result differs: the caller then tries the
    question."""
    before = _views(base, goal)
    traced = TRACES._key(base, goal) is not None
    reads = _reads(base, goal)
    direct = _direct(goal, kind)
    dated = _dated(kind)
    tier_before = before
    if goal == "obligations":
        tier_before = _views(base, "tier")
        tier_reads = _reads(base, "tier")
        obligations = obligation_predicates(base.law, kind)
    propagate = _Propagation(base.evaluation, near, question.kind == "several_of")
    for answer, sets in completions(trial_answers(question, kind, context, opened.inputs), facts):
        changes, quick = _changes(base, facts, sets, direct)
        evaluation = None
        if quick is not None:
            # Propagated as :func:`_try` propagates (the same values by any of the ways).
            over, rules = propagate(answer, quick)
            if reads.isdisjoint(over):
                continue
            if goal == "full" and _full_kept(base, over, rules):
                continue  # the view of ``full`` is the base's, part by part (round 14)
            if traced:
                # The input dates are the base's unless the answer changes one; then they are
                # not known here, and a trace that reads one is not followed (round 11).
                dates = base.input_dates if dated.isdisjoint(changes) else None
                if goal == "obligations":
                    if not obligations.isdisjoint(over):
                        found = None  # whether an obligation applies changes: tried below
                    elif tier_reads.isdisjoint(over):
                        continue
                    else:
                        found = TRACES.find_over(base, "tier", over, rules, dates)
                else:
                    found = TRACES.find_over(base, goal, over, rules, dates)
                if found is not None:
                    if found.result != tier_before.result:
                        return False
                    continue
            evaluation = apply(base.evaluation, over, rules)
        assessment = _trial(base, facts, sets, kind, context, evaluation)
        if isinstance(assessment, Exception):
            continue
        if _result_view(assessment, goal, base).result != before.result:
            return False
    return True


TRIED_BY_TRACE = True
"""Whether :func:`_try` takes the view of an answer of the goals ``tier`` and ``obligations``
kept by trace without assessing the answer (:func:`_view_over`; round 14). The choice changes
no answer (False: every answer that changes a name the view read is assessed)."""


def _view_over(
    base: Assessment,
    goal: Goal,
    over: Mapping[str, Any],
    rules: Mapping[str, Any],
    changes: Mapping[str, Any],
) -> GoalView | None:
    """The view of the goal ``tier`` or ``obligations`` of ``base``'s evaluation with a
    propagation's changes ``over`` and ``rules`` applied (an answer's, setting the fields
    ``changes``), found by trace (:meth:`_Traces.find_over`, with ``base``'s input dates unless
    the answer changes one; for ``obligations`` composed from the view of ``tier`` and the
    obligations' predicates, :func:`aiact.questions.goals.obligations_view`, as
    :func:`_result_view` composes it); None where it is not kept, and for the goal ``full``.
    It is the view of the answer's Assessment (:func:`aiact.questions.goals.assess_with`, the
    same evaluation), should the input checks accept it."""
    if not TRIED_BY_TRACE or goal == "full":
        return None
    dates = base.input_dates if _dated(base.kind).isdisjoint(changes) else None
    tier = TRACES.find_over(base, "tier", over, rules, dates)
    if tier is None or goal == "tier":
        return tier
    return obligations_view_over(base, tier, over)


FULL_PARTS = True
"""Whether :func:`_unchanged` shows the view of the goal ``full`` unchanged part by part
(:func:`_full_kept`; round 14). The choice changes no answer (False: never)."""

_EXPOSURE_READS = frozenset({"ai_office.competent"})
"""The conclusions the fine exposure reads of the evaluation (``Assessment._exposure_options``:
whether the AI Office is competent, Art. 75(1)); the rest of what it reads is the
organisation, the day, the law, the options and which obligations apply and bind."""


def _obligation_reads(base: Assessment) -> frozenset[str]:
    """The names of the evaluation that computing ``base.obligation_results`` read: the
    obligations' predicates and what their date rules read (memoised on the Assessment)."""
    found: frozenset[str] | None = base.__dict__.get("_obligation_reads")
    if found is None:
        recorder = _Recorder(base.evaluation.values)
        copy = dataclasses.replace(
            base, evaluation=dataclasses.replace(base.evaluation, values=recorder)
        )
        copy.obligation_results  # noqa: B018
        found = base.__dict__["_obligation_reads"] = frozenset(recorder.read)
    return found


def _full_kept(base: Assessment, over: Mapping[str, Any], rules: Mapping[str, Any]) -> bool:
    """Whether an answer that sets no field the goal ``full`` reads directly (no date, no fact
    of the organisation, the model or the use context: :func:`_direct`), whose rule inputs'
    changes propagated from ``base`` change the values ``over`` and the rule values ``rules``,
    leaves the view of ``full`` as it is on ``base``, shown part by part without assessing it
    (round 14). The view (:func:`aiact.questions.goals.goal_view`) is

    1. the view of the goal ``tier`` (the same computation, its first part): here found by
       trace (:class:`_Traces`, with ``base``'s input dates, which the answer does not change)
       and equal to ``base``'s;
    2. whether each obligation applies, its status, date and deadline
       (``Assessment.obligation_results``): a function of the evaluation's values at the names
       its computation read on ``base`` (:func:`_obligation_reads`, none of which the answer
       changes), the input dates, the day, the law and the kind, all the same;
    3. the fine exposure: a function of the organisation, the day, the law, the options (with
       whether the AI Office is competent, :data:`_EXPOSURE_READS`, which the answer does not
       change) and which obligations apply and bind on the day, read off part 2.

    Part 2 holds also where the answer changes a name those computations read but neither
    whether any obligation applies nor the date, deadline and status of any obligation that
    applies (:func:`_dates_kept`, round 14b): the view reads no more of them.

    False where any of them is not shown: the answer is then assessed as before."""
    if not FULL_PARTS or not _EXPOSURE_READS.isdisjoint(over):
        return False
    untouched = _obligation_reads(base).isdisjoint(over)
    if not untouched and not FULL_DATES:
        return False
    found = TRACES.find_over(base, "tier", over, rules, base.input_dates)
    if found is None or found != _views(base, "tier"):
        return False
    return untouched or _dates_kept(base, over)


FULL_DATES = True
"""Whether :func:`_full_kept` shows the obligations' part of the view of the goal ``full``
unchanged by their predicates and the date rules of those that apply (:func:`_dates_kept`;
round 14b) where the answer changes a name ``obligation_results`` read. The choice changes no
answer (False: such an answer is assessed)."""


def _applying_dates(base: Assessment) -> tuple[tuple[str, Any, Any, Any], ...]:
    """The date rules of the obligations that apply on ``base`` (``applies`` true), each with
    the date of application, the deadline and the status on ``base.as_of`` it gives there
    (memoised on the Assessment)."""
    found: tuple[tuple[str, Any, Any, Any], ...] | None = base.__dict__.get("_applying_dates")
    if found is None:
        seen: dict[str, tuple[str, Any, Any, Any]] = {}
        for result in base.obligation_results:
            timing = result.timing
            if result.applies is True and timing is not None and timing.rule not in seen:
                seen[timing.rule] = (
                    timing.rule,
                    timing.applies_from,
                    timing.deadline,
                    timing.status,
                )
        found = base.__dict__["_applying_dates"] = tuple(seen.values())
    return found


def _dates_kept(base: Assessment, over: Mapping[str, Any]) -> bool:
    """Whether the part of the view of the goal ``full`` that ``obligation_results`` gives is
    ``base``'s on ``base``'s evaluation with the values ``over`` applied (an answer's
    propagation that sets no field the view reads directly: the input dates, the day, the law
    and the kind are ``base``'s), shown without assessing the answer (round 14b). That part
    (:func:`aiact.questions.goals.dated_view`) reads, of each obligation, whether it applies
    (the value of its predicate) and, of each that applies, its date of application, deadline
    and status on the day: the value of its timing group's date rule
    (``Assessment._timing``). It does not read why a date is undetermined
    (``undetermined_because``, whose open questions read most of the names
    :func:`_obligation_reads` holds). So the part is the same where no obligation's predicate
    is in ``over`` and each date rule of the obligations that apply gives the same date,
    deadline and status, evaluated (:class:`aiact.engine.dates.DateEvaluation`, a function of
    the evaluation's values, the input dates and the rule set) on the changed values. The fine
    exposure reads of them no more than the view does (the status of those that apply)."""
    if not FULL_DATES:
        return False
    if not _obligation_predicate_names(base.law, base.kind).isdisjoint(over):
        return False
    values = dict(base.evaluation.values)
    values.update(over)
    dates = DateEvaluation(dataclasses.replace(base.evaluation, values=values), base.input_dates)
    as_of = base.as_of
    for rule, applies_from, deadline, status in _applying_dates(base):
        result = dates.result(rule)
        if (
            result.date != applies_from
            or result.deadline != deadline
            or result.status(as_of) != status
        ):
            return False
    return True


@cache
def _obligation_predicate_names(law: LawVersion, kind: SubjectKind) -> frozenset[str]:
    """The predicates ``Assessment.obligation_results`` reads (one per obligation)."""
    return frozenset(_obligation_columns(law, kind)[1])


def completions(
    answers: Sequence[tuple[Any, Mapping[str, Any]]], facts: Mapping[str, Any]
) -> list[tuple[Any, dict[str, Any]]]:
    """The answers as completions of the facts: each answer with the facts it sets that are
    still unknown (a fact already known keeps its value; "don't know", None, is not known),
    the first answer of each distinct completion. A question partly answered (one option of
    a "which of these" known to apply) is so tried with every way the rest can be answered,
    never with an answer that contradicts what is known."""
    added = [(answer, unknown_part(sets, facts)) for answer, sets in answers]
    if all(len(part) == len(sets) for (_, part), (_, sets) in zip(added, answers, strict=True)):
        return added  # nothing known: the answers are distinct completions as they stand
    out: list[tuple[Any, dict[str, Any]]] = []
    seen: set[frozenset[tuple[str, Any]]] = set()
    for answer, part in added:
        key = frozenset((path, _normal(value)) for path, value in part.items())
        if key not in seen:
            seen.add(key)
            out.append((answer, part))
    return out


def unknown_part(sets: Mapping[str, Any], facts: Mapping[str, Any]) -> dict[str, Any]:
    """The facts of ``sets`` that are unknown in ``facts`` (absent or None)."""
    return {path: value for path, value in sets.items() if facts.get(path) is None}


def _normal(value: Any) -> Any:
    return tuple(value) if isinstance(value, list | tuple) else value


def _cannot_beat(
    question: Question,
    outcomes: Sequence[Outcome],
    remaining: int,
    bound: int,
    beat: tuple[int, float],
    ahead: Sequence[int] | None = None,
) -> bool:
    """Whether a question whose answers tried so far gave ``outcomes``, with ``remaining``
    answers still to try, scores below ``beat`` (most closed, mean closed) even if each of
    those answers closed ``bound`` parts (or as many as the most an answer closed so far).

    ``ahead``: for each answer still to try, an upper bound of the parts it closes
    (:func:`_answer_bound`; round 20). The remaining answers are then each taken to close the
    most of those bounds and of the counts so far (at most ``bound``, or as many as the most
    an answer closed so far): one number for them all, at least each one's, so that an answer
    skipped later (refused by the input checks) cannot raise the mean above the one taken
    here (the mean of numbers none above it without one of them is at most it). With no
    outcome yet, only the most closed is compared."""
    if not outcomes:
        if not ahead or not ANSWER_BOUNDS:
            return False
        return max(min(a, bound) for a in ahead) < beat[0]
    counts = [o.closes for o in outcomes]
    top = max(bound, *counts)
    if ahead is not None and remaining and ANSWER_BOUNDS:
        top = max(*counts, *(min(a, top) for a in ahead))
    best_max = top if remaining else max(counts)
    if best_max != beat[0]:
        return best_max < beat[0]
    if question.kind == "several_of":
        # "None of these" is the first answer tried; it weighs as much as the others together.
        others = len(counts) - 1 + remaining
        if others == 0:
            return False
        mean = counts[0] / 2 + (sum(counts[1:]) + remaining * top) / (2 * others)
    else:
        mean = (sum(counts) + remaining * top) / (len(counts) + remaining)
    return mean < beat[1] - 1e-9


def _expected(question: Question, counts: Sequence[int]) -> float:
    """The mean over the answers. For a several-of question "none of these" weighs as much as
    all the other answers together, since a list of exceptional cases mostly gets "none" for an
    answer (the questions' lists are long or short by the law's drafting, not by likelihood)."""
    if question.kind == "several_of" and len(counts) > 1:
        return counts[0] / 2 + sum(counts[1:]) / (2 * (len(counts) - 1))
    return sum(counts) / len(counts)


def _order(ranked: Ranked) -> tuple[float, float, float, int]:
    return (-ranked.score[0], -ranked.score[1], -ranked.score[2], ranked.question.order)


_RANKS = _LRU(CACHE_SIZE)


def rank(
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal = "tier",
    asked: Iterable[str] = (),
    *,
    cat: Catalogue | None = None,
    limit: int | None = None,
) -> list[Ranked]:
    """The relevant questions, most decisive first (empty when the goal is determined, or when
    no question that was not yet asked can change it)."""
    goal = check_goal(goal)
    cat = cat or catalogue()
    asked = frozenset(asked)
    key = (kind, freeze(facts), context, goal, asked, id(cat))
    found: tuple[Ranked, ...] | None = _RANKS.get(key)
    if found is None:
        found = tuple(_rank(facts, kind, context, goal, asked, cat))
        _RANKS.put(key, found)
    return list(found[:limit] if limit is not None else found)


def _rank(
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal,
    asked: frozenset[str],
    cat: Catalogue,
) -> list[Ranked]:
    base = MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        raise base
    if _views(base, goal).determined:
        return []
    opened = _open_inputs(base, goal)
    pool = candidates(facts, kind, asked, opened.inputs, cat)
    attempts: list[_Attempt] = []
    for question in pool:
        if EXACT_RELEVANCE is not None:
            verdict = EXACT_RELEVANCE(facts, kind, context, goal, question)
            if verdict is False:
                continue
        attempt = _try(question, base, facts, kind, context, goal, opened)
        assert attempt is not None  # no score to beat: every answer is tried
        attempts.append(attempt)
    ranked = [a.ranked() for a in attempts if a.relevant]
    if not ranked:
        ranked = _given_others(facts, kind, context, goal, pool, attempts)
    later = waiting(pool)
    ranked.sort(key=lambda r: (r.question.id in later, *_order(r)))
    if ranked and not ranked[0].given:
        top = ranked[0]
        first = _settled_by(kind).get(top.question.id, frozenset())
        for index, item in enumerate(ranked):
            if item.question.id in first and (item.question.id in later) == (
                top.question.id in later
            ):
                ranked.insert(0, ranked.pop(index))
                break
    return ranked


class _Cones:
    """The unknown input fields under each undetermined conclusion (through the rules that are
    still undetermined), memoised over one evaluation."""

    def __init__(self, assessment: Assessment) -> None:
        evaluation = assessment.evaluation
        self.kind = assessment.kind
        self.values = evaluation.values
        self.rule_values = evaluation.rule_values
        self.ruleset = evaluation.ruleset
        self.memo: dict[str, frozenset[str]] = {}

    def of(self, name: str) -> frozenset[str]:
        found = self.memo.get(name)
        if found is not None:
            return found
        values = self.values
        if values.get(name) is not None:
            found = frozenset()
        elif name not in self.ruleset.predicates:
            found = (
                frozenset()
                if name.startswith("interp.")
                else frozenset(fields_of_atoms(self.kind, (name,)))
            )
        else:
            self.memo[name] = frozenset()  # no cycles in a rule set; guards the recursion
            out: set[str] = set()
            for compiled in self.ruleset.by_predicate.get(name, ()):
                if self.rule_values.get(compiled.rule.id) is not None:
                    continue
                for atom in compiled.rule.reads:
                    out |= self.of(atom)
            found = frozenset(out)
        self.memo[name] = found
        return found


def _bounds(
    base: Assessment,
    goal: Goal,
    view: GoalView,
    pool: Sequence[Question],
    unless_moot: dict[str, int] | None = None,
    walked: Mapping[str, frozenset[str]] | None = None,
) -> dict[str, int]:
    """For each question, an upper bound of the open parts of the goal one answer can close:
    the open parts whose computation depends on an input the question settles; every part
    for a question whose facts whether the Act applies depends on. For those, ``unless_moot``
    (when given) gets the bound of the parts their facts reach, which holds for an answer that
    leaves the Act applying (:func:`_can_moot`). ``walked``: the unknown fields under each
    group's names, where :func:`_walk` found them (every group of :func:`_wanted`)."""
    sizes = _sizes(view)
    cones = _Cones(base) if walked is None else None
    outside = open_outside_rules(base, goal)
    group_fields: dict[str, frozenset[str]] = {}
    scope: frozenset[str] = frozenset()
    for group, names in _part_reads(base, goal).items():
        if group not in sizes and group != "scope":
            continue
        found: set[str] = set()
        if cones is None:
            assert walked is not None
            found.update(walked[group])
        else:
            for name in names:
                found |= cones.of(name)
        if group == "scope":
            scope = frozenset(found)
            continue
        if group in ("dates", "fines"):
            found |= outside
            if group == "fines":
                found |= {p for p in all_fields() if p.startswith("organisation.")}
        group_fields[group] = frozenset(found)
    total = len(view.open)
    out = {}
    for question in pool:
        facts = set(question.facts)
        reached = sum(sizes[group] for group, found in group_fields.items() if facts & found)
        if facts & scope:
            out[question.id] = total  # the Act may not apply: every part closes
            if unless_moot is not None and reached < total:
                unless_moot[question.id] = reached
            continue
        out[question.id] = reached
    return out


ONE_WALK = True
"""Round 22 (speedtier22): in :func:`_best`, the unknown input fields under each group of the
goal's open parts (:func:`_bounds`) and the goal's cone and open inputs (:func:`_open_inputs`)
are found in one walk over the undetermined predicates (:func:`_walk`): each predicate met is
marked with the groups (and whether the view's open names) that reach it, and visited once,
in the reverse of the rule set's evaluation order, when every predicate that reads it has
passed its marks on. The fields are those of :class:`_Cones` group by group and of
:func:`_compute_open_inputs`. Off: the two walks of before."""


def _walk(
    base: Assessment, goal: Goal, wanted: AbstractSet[str]
) -> tuple[_Open, dict[str, frozenset[str]]]:
    """:func:`_open_inputs` of ``base`` and ``goal`` (computed here, and kept as it keeps it,
    where it is not kept yet), and for each group of :func:`_part_reads` in ``wanted`` the
    unknown input fields under the names it read (:class:`_Cones`' union over them): one walk
    over the undetermined predicates reached through the undetermined rules, in the reverse of
    the evaluation order (a predicate's rules read only predicates before it), so that each
    predicate is visited once with every mark it gets (:data:`ONE_WALK`)."""
    evaluation = base.evaluation
    values = evaluation.values
    rule_values = evaluation.rule_values
    ruleset = evaluation.ruleset
    predicates = ruleset.predicates
    by_predicate = ruleset.by_predicate
    plan = plan_of(ruleset)
    position = plan.index
    names = plan.names
    kept: dict[Goal, _Open] = base.__dict__.setdefault("_open_inputs", {})
    opened = kept.get(goal)
    groups = [(group, reads) for group, reads in _part_reads(base, goal).items() if group in wanted]
    marks: dict[str, int] = {}  # per undetermined predicate met, the marks that reach it
    atoms: dict[str, int] = {}  # per unknown input (or other name) met, the same
    heap: list[int] = []

    def start(name: str, mark: int, inputs_only: bool) -> None:
        if values.get(name) is not None:
            return
        if name in predicates:
            old = marks.get(name, 0)
            if old | mark != old:
                marks[name] = old | mark
                if not old and name in position:
                    heap.append(-position[name])
        elif not name.startswith("interp.") and (not inputs_only or name in ruleset.inputs):
            atoms[name] = atoms.get(name, 0) | mark

    for bit, (_, reads) in enumerate(groups):
        for name in reads:
            start(name, 1 << bit, False)
    view_mark = 0
    if opened is None:
        # The view's open names (:func:`_compute_open_inputs`): the inputs among them directly.
        view_mark = 1 << len(groups)
        for name in _open_reads(base, goal):
            start(name, view_mark, True)
    heapq.heapify(heap)
    pop = heapq.heappop
    push = heapq.heappush
    marks_get = marks.get
    atoms_get = atoms.get
    while heap:
        name = names[-pop(heap)]
        mark = marks[name]
        for compiled in by_predicate.get(name, ()):
            rule = compiled.rule
            if rule_values.get(rule.id) is not None:
                continue
            for atom in rule.reads:
                if values.get(atom) is not None:
                    continue
                if atom in predicates:
                    old = marks_get(atom, 0)
                    if old | mark != old:
                        marks[atom] = old | mark
                        if not old and atom in position:
                            push(heap, -position[atom])
                elif not atom.startswith("interp."):
                    atoms[atom] = atoms_get(atom, 0) | mark
    table = atom_fields(base.kind)
    # The fields by the marks that reach them (few kinds of marks), then by group.
    by_mark: dict[int, set[str]] = {}
    for atom, mark in atoms.items():
        paths = table.get(atom)
        if paths:
            fields = by_mark.get(mark)
            if fields is None:
                fields = by_mark[mark] = set()
            fields.update(paths)
    found: list[set[str]] = [set() for _ in groups]
    inputs: set[str] = set()
    for mark, fields in by_mark.items():
        if mark & view_mark:
            inputs.update(fields)
        for bit in range(len(groups)):
            if mark >> bit & 1:
                found[bit].update(fields)
    if opened is None:
        inputs.update(open_outside_rules(base, goal))
        cone = frozenset(name for name, mark in marks.items() if mark & view_mark)
        opened = kept[goal] = _Open(inputs, cone)
    return opened, {group: frozenset(f) for (group, _), f in zip(groups, found, strict=True)}


def _sizes(view: GoalView) -> dict[str, int]:
    """How many of the view's open parts each group has (:func:`aiact.questions.goals.
    part_group`)."""
    from aiact.questions.goals import part_group

    sizes: dict[str, int] = {}
    for part in view.open:
        group = part_group(part)
        sizes[group] = sizes.get(group, 0) + 1
    return sizes


def _wanted(view: GoalView) -> frozenset[str]:
    """The groups whose fields :func:`_bounds` reads: those with an open part, and ``scope``."""
    return frozenset(_sizes(view)) | {"scope"}


def _part_reads(base: Assessment, goal: Goal) -> dict[str, set[str]]:
    """:func:`aiact.questions.goals.part_reads` of ``base`` (memoised on the Assessment, per
    goal: :func:`_bounds` and :func:`_closable` read it)."""
    kept: dict[Goal, dict[str, set[str]]] = base.__dict__.setdefault("_part_reads", {})
    found = kept.get(goal)
    if found is None:
        from aiact.questions.goals import part_reads

        found = kept[goal] = part_reads(base, goal)
    return found


ANSWER_BOUNDS = True
"""Round 20 (speed25): where :func:`_try` propagates a question's answers together
(:func:`_worlds`: the goal ``tier``), each answer's upper bound of the open parts it closes is
taken from its own changes (:func:`_answer_bound`), and the search stops a question once no
answer left can bring it to the score to beat (:func:`_cannot_beat`), instead of assuming
every answer left may close the question's bound (:func:`_bounds`: for most questions about
the system, every open part, since whether the Act applies reads them). Off: the question's
bound for every answer. The choice changes no answer: it only passes over a question that
cannot come first."""


@dataclass(frozen=True)
class _Closable:
    """What one answer can close of the goal's open parts, by the names it changes
    (:func:`_answer_bound`)."""

    total: int
    """Every open part: where the answer makes the Act not apply, every part closes."""
    moot: frozenset[str]
    """The conclusions one of which false makes the Act not apply (:data:`_MOOT_PREDICATES`)."""
    groups: tuple[tuple[frozenset[str], int], ...]
    """Per group of open parts (:func:`aiact.questions.goals.part_group`): the names its
    computation read on the base, and how many of its parts are open."""
    names: frozenset[str]
    """Every group's names (round 26: :func:`_answer_bound` finds those an answer changes
    once, not group by group over all the names it changes)."""


def _closable(base: Assessment, goal: Goal, view: GoalView) -> _Closable | None:
    """For the goal ``tier``: the groups of the open parts of ``view`` (``base``'s) with the
    names each group's computation read (:func:`aiact.questions.goals.part_reads`: the tier and
    the tiers possible and ahead, each role, whether the Act reaches the organisation), for
    :func:`_answer_bound`; None for the other goals, where :data:`ANSWER_BOUNDS` is off, and
    where a name the bound reads is not one the view read (whose values :func:`_worlds` gives
    exactly; not met)."""
    if goal != "tier" or not ANSWER_BOUNDS:
        return None
    from aiact.questions.goals import part_group

    sizes: dict[str, int] = {}
    for part in view.open:
        group = part_group(part)
        sizes[group] = sizes.get(group, 0) + 1
    reads_of = _part_reads(base, goal)
    moot = _MOOT_PREDICATES[base.kind]
    reads = _reads(base, goal)
    groups = []
    for group, size in sorted(sizes.items()):
        names = reads_of.get(group)
        if names is None or not reads.issuperset(names):
            return None
        groups.append((frozenset(names), size))
    if not reads.issuperset(moot):
        return None
    every: frozenset[str] = frozenset().union(*(group for group, _ in groups))
    return _Closable(len(view.open), moot, tuple(groups), every)


def _answer_bound(closable: _Closable, over: Mapping[str, Any]) -> int:
    """An upper bound of the open parts of the goal ``tier`` that an answer closes, from the
    values ``over`` it changes from the base (exact at every name the view read: a world of
    :func:`_worlds`). The view (:func:`aiact.questions.goals.goal_view`) is, where the Act
    applies (the tier is not "not an AI system" or "out of scope", which the values of
    :attr:`_Closable.moot` decide: ``Assessment._ladder``), per group of parts a function of the
    values its computation read (on an evaluation that agrees with the base at each of them the
    computation reads the same names and gives the same parts; as :func:`_try` takes a view
    whose names read are unchanged as the base's): the parts of a group none of whose names
    changed are open as they were. Where the Act stops applying, every part closes."""
    for name in closable.moot:
        if over.get(name) is False:
            return closable.total
    # The groups' names the answer changes, found once (most groups read one name).
    touched = closable.names.intersection(over)
    if not touched:
        return 0
    return sum(size for names, size in closable.groups if not names.isdisjoint(touched))


_MOOT_PREDICATES: dict[SubjectKind, frozenset[str]] = {
    "system": frozenset({"scope.ai_system", "scope.in_scope"}),
    "model": frozenset({"gpai.model", "gpai.in_scope"}),
}
"""The conclusions one of which false makes the Act not apply (``Assessment.risk_tier``: not an
AI system, or out of scope), so that every open part of the goal closes."""


def _can_moot(
    question: Question,
    base: Assessment,
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    opened: _Open,
) -> bool:
    """Whether an answer of the question that :func:`_try` tries may make the Act not apply
    (a conclusion of :data:`_MOOT_PREDICATES` false), found by propagating each answer only
    through the rules those conclusions are computed from
    (:func:`aiact.questions.incremental.propagate_to`); True where an answer's rule inputs
    cannot be computed on their own. Where it is False, an answer closes at most the parts
    whose computation its facts reach (:func:`_bounds`), as for a question whose facts whether
    the Act applies does not depend on (round 11)."""
    targets = _MOOT_PREDICATES[kind]
    evaluation = base.evaluation
    answers = completions(trial_answers(question, kind, context, opened.inputs), facts)
    quicks = []
    for _, sets in answers:
        quick = _changes(base, facts, sets, frozenset())[1]
        if quick is None:
            return True
        quicks.append(quick)
    if WORLDS and len(quicks) >= WORLDS_MIN:
        # All answers at once (round 19): the targets' values are those of ``propagate_to``.
        within = plan_of(evaluation.ruleset).under(targets)
        found = propagate_worlds(evaluation, quicks, within)
        if found is not None:
            values = evaluation.values
            return any(over.get(t, values.get(t)) is False for over, _ in found for t in targets)
    return any(
        v is False for quick in quicks for v in propagate_to(evaluation, quick, targets).values()
    )


MOOT_TOGETHER = True
"""Round 21 (speedtier21): in :func:`_best`, where a question must be shown unable to make
the Act not apply (:func:`_can_moot`), that of every question left in the order which will be
asked the same (the questions whose facts whether the Act applies reads: they come first, with
the bound of every open part, so the search reaches each, and the score to beat only rises) is
found at once, the answers of all of them propagated in one pass (:func:`_moot_together`). The
values are those :func:`_can_moot` reads, question by question. Off: :func:`_can_moot` for
each question as it comes."""


def _moot_together(
    questions: Sequence[Question],
    base: Assessment,
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    opened: _Open,
) -> dict[str, bool]:
    """:func:`_can_moot` of each of ``questions``, by id: True for a question an answer of
    which has rule inputs that cannot be computed on their own; for the others, whether an
    answer makes a conclusion of :data:`_MOOT_PREDICATES` false, the answers of all of them
    propagated together within the positions those conclusions are computed from
    (:func:`aiact.questions.incremental.propagate_worlds`: world by world the values
    :func:`_can_moot` reads). Those are left out (found one by one) where the pass computes
    nothing (an answer that sets a predicate)."""
    targets = _MOOT_PREDICATES[kind]
    evaluation = base.evaluation
    out: dict[str, bool] = {}
    spans: list[tuple[str, int, int]] = []
    quicks: list[Mapping[str, Any]] = []
    none: frozenset[str] = frozenset()
    for question in questions:
        answers = completions(trial_answers(question, kind, context, opened.inputs), facts)
        mine = []
        for _, sets in answers:
            quick = _changes(base, facts, sets, none)[1]
            if quick is None:
                out[question.id] = True
                break
            mine.append(quick)
        else:
            spans.append((question.id, len(quicks), len(quicks) + len(mine)))
            quicks.extend(mine)
    if not spans:
        return out
    within = plan_of(evaluation.ruleset).under(targets)
    found = propagate_worlds(evaluation, quicks, within)
    if found is None:
        return out
    values = evaluation.values
    for question_id, start, end in spans:
        out[question_id] = any(
            over.get(t, values.get(t)) is False for over, _ in found[start:end] for t in targets
        )
    return out


def best(
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal = "tier",
    asked: Iterable[str] = (),
    *,
    cat: Catalogue | None = None,
    staged: bool = True,
) -> Ranked | None:
    """The question to ask next: the first of :func:`rank`, found with less work (questions
    are tried in order of an upper bound of what one answer can close, and the search stops
    once no untried question can beat the best found).

    ``staged`` (the default) asks by stages: while the tier and roles are open, the question
    that decides the most of them; then, for ``obligations`` and ``full``, of the obligations;
    then of the dates and fines. Each question is still relevant to the goal (a result of a
    stage is part of the goal's result), and the answer is None only when no stage has a
    relevant question left. It is the order a person expects (what the system is before when
    its duties start) and it is cheaper: the tier is quicker to compute than the fines."""
    goal = check_goal(goal)
    cat = cat or catalogue()
    asked = frozenset(asked)
    if staged:
        for stage in GOALS[: GOALS.index(goal)]:
            found = best(facts, kind, context, stage, asked, cat=cat, staged=False)
            if found is not None:
                return found
    key = (kind, freeze(facts), context, goal, asked, id(cat))
    ranked = _RANKS.get(key)
    if ranked is not None:
        return ranked[0] if ranked else None
    found = _BEST.get(key, _MISSING)
    if found is not _MISSING:
        return found  # type: ignore[no-any-return]
    result = _best(facts, kind, context, goal, asked, cat)
    _BEST.put(key, result)
    return result


_BEST = _LRU(CACHE_SIZE)


def _best(
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal,
    asked: frozenset[str],
    cat: Catalogue,
) -> Ranked | None:
    base = MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        raise base
    view = _views(base, goal)
    if view.determined:
        return None
    walked = None
    if ONE_WALK:
        # The open inputs and the groups' fields in one walk (round 22).
        opened, walked = _walk(base, goal, _wanted(view))
    else:
        opened = _open_inputs(base, goal)
    pool = candidates(facts, kind, asked, opened.inputs, cat)
    unless_moot: dict[str, int] = {}
    bounds = _bounds(base, goal, view, pool, unless_moot, walked)
    later = waiting(pool)
    closable = _closable(base, goal, view)
    attempts: list[_Attempt] = []
    moot: dict[str, bool] = {}  # :func:`_can_moot` of the questions, as found
    stopped: dict[str, _Stopped] = {}  # the searches stopped, to resume (:data:`RESUME`)
    ahead_on = AHEAD_ORDER and closable is not None
    direct = _direct(goal, kind)
    placed: dict[str, tuple[bool, int]] = {}  # each question's phase and place in its order
    for phase in (False, True):  # the questions that do not wait, then those that wait
        order = sorted(
            (q for q in pool if (q.id in later) is phase), key=lambda q: (-bounds[q.id], q.order)
        )
        for position, question in enumerate(order):
            placed[question.id] = (phase, position)
        top: Ranked | None = None
        # With :data:`TOP_LATE`, the place in ``attempts`` of the best so far where it is
        # left unchecked (its score a lower bound of its own: :func:`_settled` only raises it).
        late: int | None = None
        # The questions by their bound, highest first, then in ``order``; with
        # :data:`AHEAD_ORDER`, a question met the first time is put back by the bound its
        # answers' worlds give (:func:`_ahead`), where that is lower (round 24).
        queue = [(-bounds[q.id], position, False) for position, q in enumerate(order)]
        left = set(range(len(order)))  # the places of the questions not yet passed
        readies: dict[int, _Ready] = {}
        # Prepared with others (:data:`PREPARE_TOGETHER`), not yet met.
        together: dict[int, _Ready] = {}
        size = TOGETHER_FIRST  # the most questions of the next group prepared together
        while queue:
            key, position, again = heapq.heappop(queue)
            question = order[position]
            bound = bounds[question.id]
            if top is not None and -key < top.score[0]:
                break
            narrow = unless_moot.get(question.id)
            if top is not None and narrow is not None and narrow < top.score[0]:
                can = moot.get(question.id)
                if can is None and MOOT_TOGETHER and WORLDS:
                    # Every question left that will be asked the same, at once (round 21).
                    score = top.score[0]
                    moot.update(
                        _moot_together(
                            [
                                q
                                for q in (order[i] for i in sorted(left))
                                if q.id not in moot
                                and (n := unless_moot.get(q.id)) is not None
                                and n < score
                            ],
                            base,
                            facts,
                            kind,
                            context,
                            opened,
                        )
                    )
                    can = moot.get(question.id)
                if can is None:
                    can = moot[question.id] = _can_moot(
                        question, base, facts, kind, context, opened
                    )
                if not can:
                    # No answer makes the Act not apply, so none closes more than ``narrow``
                    # parts: the question cannot come first (round 11).
                    left.discard(position)
                    continue
            if EXACT_RELEVANCE is not None:
                verdict = EXACT_RELEVANCE(facts, kind, context, goal, question)
                if verdict is False:
                    left.discard(position)
                    continue
            ready = readies.pop(position, None)
            if ahead_on and not again:
                assert closable is not None
                ready = together.pop(position, None)
                if ready is None and PREPARE_TOGETHER:
                    # With the questions left of the same bound, met next (round 26).
                    places = [position] + [
                        p
                        for p in sorted(left)
                        if p != position
                        and p not in readies
                        and p not in together
                        and -bounds[order[p].id] == key
                        and not (
                            top is not None
                            and (n := unless_moot.get(order[p].id)) is not None
                            and n < top.score[0]
                        )
                    ]
                    # Every one the search is sure to prepare (no "unless moot" bound: never
                    # passed over before its turn), and at most ``size`` with those it may
                    # pass over once a best is found (:func:`_can_moot`): the first group
                    # small, each next one twice the last.
                    sure = [p for p in places[1:] if order[p].id not in unless_moot]
                    maybe = [p for p in places[1:] if order[p].id in unless_moot]
                    places = [position, *sure, *maybe[: size - 1]]
                    if len(places) > 1:
                        size *= 2
                        group = _prepare_together(
                            [order[p] for p in places],
                            base,
                            facts,
                            kind,
                            context,
                            goal,
                            opened,
                            direct,
                        )
                        together.update(zip(places, group, strict=True))
                        ready = together.pop(position)
                if ready is None:
                    ready = _prepare(
                        question, base, facts, kind, context, goal, opened, direct, True
                    )
                if ready.batch is not None:
                    ahead = ready.ahead = _ahead(closable, ready.batch, bound)
                    most = max((min(a, bound) for a in ahead), default=bound)
                    if most < bound:
                        readies[position] = ready
                        heapq.heappush(queue, (-most, position, True))
                        continue
            left.discard(position)
            beat = None if top is None else (int(top.score[0]), top.score[1])
            attempt = _try(
                question,
                base,
                facts,
                kind,
                context,
                goal,
                opened,
                beat,
                bound,
                None,
                closable,
                stopped,
                CHECK_LATE,
                ready,
            )
            if attempt is None:
                continue  # cannot come first (and a question is found in this phase)
            if attempt.relevant:
                # Its most closed is exact unchecked (the answers left unchecked close nothing).
                most = max(o.closes for o in attempt.outcomes)
                if TOP_LATE and attempt.unchecked and (top is None or most > top.score[0]):
                    # The best so far, checked only where its score is read (round 24).
                    attempts.append(attempt)
                    top, late = attempt.ranked(), len(attempts) - 1
                    continue
                if late is not None and top is not None and most == top.score[0]:
                    attempts[late] = _settled(attempts[late])
                    top, late = attempts[late].ranked(), None
            if attempt.relevant and attempt.unchecked and _may_come_first(attempt, top):
                attempt = _settled(attempt)
            attempts.append(attempt)
            if attempt.relevant and not attempt.unchecked:
                ranked = attempt.ranked()
                if top is None or _order(ranked) < _order(top):
                    top, late = ranked, None
        if top is not None:
            tried = {a.question.id: a for a in attempts}
            found = _implied_first(
                top, order, base, facts, kind, context, goal, opened, tried, stopped
            )
            if found is top and late is not None:
                found = _settled(attempts[late]).ranked()
            return found
    # In the order of the search without :data:`AHEAD_ORDER` (every question was tried).
    attempts.sort(key=lambda a: placed[a.question.id])
    fallback = _given_others(facts, kind, context, goal, pool, attempts)
    fallback.sort(key=_order)
    return fallback[0] if fallback else None


TOP_LATE = True
"""Round 24 (speedtier24): in :func:`_best`, the best question so far is checked
(:func:`_settled`: the answers :func:`_try` judged without assessing them, against the input
checks) only where its score is read: where a question with as many parts closed at most is
compared with it, or where it is the question returned (:func:`_implied_first` may return
another, and a question closing more replaces it). Its most closed is exact unchecked (the
answers left unchecked close nothing), so it decides the search's stop and the questions that
cannot come first as before; its mean closed unchecked is at most the checked one (answers that
close nothing left out only raise it), so the score to beat given to :func:`_try` is at most
the checked one (a question is stopped only where it cannot reach it either). Off: checked
where it becomes the best so far (:data:`CHECK_LATE`)."""

AHEAD_ORDER = True
"""Round 24 (speedtier24): in :func:`_best` (the goal ``tier``, where :func:`_closable` is
given), a question met the first time has its answers' worlds computed (:func:`_prepare`, what
:func:`_trying` computes first) and, where the most of its answers' bounds (:func:`_ahead`, at
most :func:`_bounds`') is lower than its bound, is put back among the questions left by that
bound, and tried (from what was computed) when met again. The questions that may close the
most are tried first, so that the best is found earlier and more questions are passed over
by the search's stop (a question whose answers cannot close the most closed of the best so far
cannot come first: :func:`_cannot_beat`). The question found is the same: the best of the
questions' scores (:func:`_order`, a total order), and a question is passed over only where
its bound is below the best's most closed. Off: the questions in the order of :func:`_bounds`
alone."""


CHECK_LATE = True
"""Round 22 (speedtier22): in :func:`_best`, a relevant question's answers that :func:`_try`
judged without assessing them (each closes nothing) are checked against the input checks
(:func:`_settled`) only where the question may come first: its most closed is exact without
the check (the answers refused close nothing), and the check can only raise its mean closed to
that of the answers checked already (at most the most closed for a several-of question) and
its mean progress to the most progress of an answer (:func:`_may_come_first`). Where even
those cannot put it before the best so far, its score is never read (the search's score to beat
is the best's; :func:`_implied_first` checks a question it reads). Off: checked at the end of
every relevant question's search."""


def _settled(attempt: _Attempt) -> _Attempt:
    """``attempt`` with the answers it left unchecked checked (the outcomes of those the input
    checks refuse left out), as :func:`_trying` checks them at the end of a relevant search."""
    if not attempt.unchecked:
        return attempt
    return dataclasses.replace(attempt, outcomes=attempt.checked(), unchecked=())


def _may_come_first(attempt: _Attempt, top: Ranked | None) -> bool:
    """Whether a relevant attempt with answers left unchecked, once checked (:func:`_settled`),
    may come before ``top`` (:func:`_order`): compared by an upper bound of its score, exact in
    its most closed (the unchecked answers close nothing: the most closed, 0 where every answer
    is refused, is the same whichever of them are refused), the mean closed at most that of
    the checked answers alone (answers that close nothing left out only raise the mean; for a
    several-of question, whose first answer weighs as the rest together, at most the most
    closed), the mean progress at most the most progress of any answer."""
    if top is None:
        return True
    skipped = {entry[0] for entry in attempt.unchecked}
    counts = [o.closes for o in attempt.outcomes]
    most = max(counts, default=0)
    if attempt.question.kind == "several_of":
        mean = float(most)
    else:
        kept = [c for i, c in enumerate(counts) if i not in skipped]
        mean = sum(kept) / len(kept) if kept else 0.0
    progress = max((o.progress for o in attempt.outcomes), default=0)
    bound = (-most, -mean, -float(progress), attempt.question.order)
    return bound < _order(top)


@cache
def _settled_by(kind: SubjectKind) -> dict[str, frozenset[str]]:
    """For each question, the questions a fact of which its answers can settle through a rule
    input they share (:func:`aiact.questions.fields.atom_fields`): every input that fact feeds is
    fed also by a fact of the question, which feeds more besides. The given list of Annex III
    points settles, as false, a fact that implies a point it lacks (Art. 5(1)(h) real-time remote
    biometric identification implies point 1(a); emotion recognition point 1(c); ...), while a
    "yes" to that fact implies the point, which can make the list moot."""
    table = atom_fields(kind)
    feeds: dict[str, set[str]] = {}
    for atom, paths in table.items():
        for path in paths:
            feeds.setdefault(path, set()).add(atom)
    questions = list(catalogue().for_kind(kind))
    out: dict[str, frozenset[str]] = {}
    for general in questions:
        found = set()
        for specific in questions:
            if specific.id == general.id:
                continue
            if any(
                feeds.get(g) and feeds[g] < feeds.get(f, set())
                for g in specific.facts
                for f in general.facts
                if f != g
            ):
                found.add(specific.id)
        if found:
            out[general.id] = frozenset(found)
    return out


def _implied_first(
    top: Ranked,
    order: Sequence[Question],
    base: Assessment,
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal,
    opened: _Open,
    tried: Mapping[str, _Attempt] | None = None,
    stopped: Mapping[str, _Stopped] | None = None,
) -> Ranked:
    """The question found, or a relevant question whose fact it can settle (see
    :func:`_settled_by`), the best of them first: a "yes" to the specific fact implies part of
    the general answer, which may then no longer matter, while the general "none" settles only
    one of the specific question's facts."""
    first = _settled_by(kind).get(top.question.id)
    if not first:
        return top
    found: Ranked | None = None
    for question in order:
        if question.id not in first:
            continue
        # As in the search (and in :func:`_rank`): the exact check may rule a question out.
        if (
            EXACT_RELEVANCE is not None
            and EXACT_RELEVANCE(facts, kind, context, goal, question) is False
        ):
            continue
        # Tried already in the search (every answer: :func:`_try` returns an attempt only
        # then, the same with or without a score to beat), or tried now: from where the
        # search stopped (round 21), else from its first answer.
        attempt = None if tried is None else tried.get(question.id)
        if attempt is None:
            run = None if stopped is None else stopped.get(question.id)
            if run is not None:
                attempt = _resume(run)
            else:
                attempt = _try(question, base, facts, kind, context, goal, opened)
        assert attempt is not None
        if attempt.relevant:
            attempt = _settled(attempt)  # checked where the search left it (round 22)
        if attempt.relevant:
            ranked = attempt.ranked()
            if found is None or _order(ranked) < _order(found):
                found = ranked
    return top if found is None else found


def _given_others(
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal,
    pool: Sequence[Question],
    attempts: Sequence[_Attempt],
) -> list[Ranked]:
    """No question changes the goal on its own (say, high-risk through Annex I *or* Annex III,
    both unknown: no single answer decides it). A question is then still relevant if an answer
    to *another* open question makes its answers differ (no Annex III use: then the Annex I
    answers decide). The questions that determine the most undetermined conclusions on the way
    are tried first. A question that the answer of *one* other question makes matter comes
    before one that needs the answers of several (a look-ahead of one question: the two can
    decide together): each question is tried given the "no"/"none of these" answer, then the
    first option, of one other question at a time (those that determine the most first); failing
    those, given those answers of all the other questions at once. The first question with such
    a witness is returned, the answers it needs as ``given``. The search is bounded
    (:data:`FALLBACK_BUDGET` trials), and deterministic."""

    def progress(attempt: _Attempt) -> float:
        return _expected(attempt.question, [o.progress for o in attempt.checked()] or [0])

    order = sorted(attempts, key=lambda a: (-progress(a), a.question.order))
    budget = [FALLBACK_BUDGET]
    start = MEMO.assess(facts, kind, context)
    # The answers of a question propagated once from the facts, reused under another answer
    # where the two do not meet (most pairs: round 10).
    shared = None if isinstance(start, Exception) else Shared(start.evaluation)
    reaches: dict[str, Reach | None] = {}

    def reach_of(question: Question) -> Reach | None:
        """What every answer of the question changes from the facts (every option alone: a
        superset of the answers tried under another answer), where each answer's inputs are
        computed from its own fields alone (so they are the same under any other answer);
        else None."""
        if question.id in reaches:
            return reaches[question.id]
        found = None
        if shared is not None:
            assert not isinstance(start, Exception)
            direct = fields_read_directly(goal, kind)
            private = private_atoms(kind)
            quicks: list[Mapping[str, Any]] | None = []
            several_of = question.kind == "several_of"
            step = None
            for answer, sets in completions(trial_answers(question, kind, context), facts):
                changes = {k: v for k, v in sets.items() if facts.get(k, _MISSING) != v}
                quick = (
                    None
                    if not private.issuperset(changes) or not direct.isdisjoint(changes)
                    else _quick(start, changes, facts)
                )
                if quick is None:
                    quicks = None
                    break
                assert quicks is not None
                quicks.append(quick)
                if several_of:
                    # "None of these" first, each option then propagated from it (as
                    # :class:`_Propagation` does; the same values), not from the facts.
                    if step is None and not answer:
                        entry = shared.entry(quick)
                        if entry is not None:
                            over, rules = entry[0], entry[1]
                            step = (apply(start.evaluation, over, rules), over, dict(rules))
                    elif step is not None:
                        shared.entry(quick, step)
            if quicks is not None:
                found = shared.reach(quicks)
        reaches[question.id] = found
        return found

    bases: dict[Any, Assessment | None] = {}
    charges: dict[str, int] = {}
    apart = (
        None
        if isinstance(start, Exception) or shared is None or goal not in ("tier", "obligations")
        else _Apart(start, facts, kind, context, goal)
    )

    def base_of(given: dict[str, Any]) -> Assessment | None:
        """The Assessment of the facts with ``given`` added, None where it is refused or the
        goal is determined there (memoised here: the same answers of another question are
        given to every question in turn)."""
        key = freeze(given)
        if key in bases:
            return bases[key]
        completed = {**facts, **given}
        # Derived from the Assessment of the facts (as an answer tried), not assessed anew;
        # its evaluation from the propagation of the answer from the facts (as :func:`_try`
        # derives one; kept by ``shared``, where the answer's reach was found already), which
        # keeps the names it changed for :class:`Near` (round 13b).
        if isinstance(start, Exception):
            found = MEMO.assess(completed, kind, context)
        else:
            evaluation = None
            assert shared is not None
            changes = {k: v for k, v in given.items() if facts.get(k, _MISSING) != v}
            quick = _quick(start, changes, facts)
            entry = None if quick is None else shared.entry(quick)
            if entry is not None:
                evaluation = derived(start.evaluation, entry[0], entry[1])
            found = _trial(start, facts, given, kind, context, evaluation)
        out = None if isinstance(found, Exception) or _views(found, goal).determined else found
        bases[key] = out
        return out

    def witness(question: Question, given: dict[str, Any]) -> Ranked | None:
        if all(facts.get(k, _MISSING) == v for k, v in given.items()):
            return None  # nothing given beyond the facts
        base = base_of(given)
        if base is None:
            return None
        charge = charges.get(question.id)
        if charge is None:
            charge = charges[question.id] = 1 + len(trial_answers(question, kind, context))
        budget[0] -= charge
        near = None if shared is None else shared.near(base.evaluation)
        if near is not None:
            reach = reach_of(question)
            if reach is not None and near.untouched(reach, _reads(base, goal)):
                # No answer of the question meets the other answer (see
                # :class:`aiact.questions.incremental.Shared`) or changes a name the goal's view
                # read: each leaves the view as it is, as trying them would find.
                return None
            if apart is not None and apart.shown(question, base, given, near):
                # Shown for the pair without trying it (:class:`_Apart`, round 12b).
                return None
        opened = _open_inputs(base, goal)
        if not opened.inputs.intersection(question.facts):
            # As in the search on the facts themselves (:func:`candidates`): a question that
            # settles no unknown input of an undetermined conclusion cannot change the goal.
            # Charged to the budget all the same, so the search tries what it tried before.
            return None
        completed = {**facts, **given}
        if _unchanged(question, base, completed, kind, context, goal, opened, near):
            return None
        within = _try(question, base, completed, kind, context, goal, opened, near=near)
        assert within is not None  # no score to beat: every answer is tried
        if not within.relevant:
            return None
        return Ranked(
            question=question,
            score=(0, 0.0, 0.0),
            outcomes=within.outcomes,
            witness=(within.changing, None),
            given=dict(given),
            affects=within.affects,
        )

    picked: dict[tuple[Any, str], dict[str, Any] | None] = {}

    def given_by(pick: Callable[[Question, SubjectKind, Context], Any], other: Question) -> Any:
        """The facts ``pick``'s answer of ``other`` adds (None where it has none; memoised
        for the search: the same answers are given to every question in turn)."""
        key = (pick, other.id)
        if key in picked:
            return picked[key]
        answer = pick(other, kind, context)
        found = picked[key] = None if answer is None else unknown_part(other.sets(answer), facts)
        return found

    def others_of(question: Question) -> list[Question]:
        return [
            a.question
            for a in order
            if a.question.id != question.id and not set(a.question.facts) & set(question.facts)
        ]

    proof: list[bool] = []
    answers_of: dict[str, list[Mapping[str, Any]]] = {}

    def answers(question: Question) -> list[Mapping[str, Any]]:
        """The question's trial answers completed on the facts (memoised for the search)."""
        found = answers_of.get(question.id)
        if found is None:
            found = answers_of[question.id] = [
                sets for _, sets in completions(trial_answers(question, kind, context), facts)
            ]
        return found

    def refused_together(*parts: Mapping[str, Any], every: bool = False) -> bool:
        """Whether the organisation's fields the parts set (a later part's value where two set
        one) are refused together on the facts' organisation: then so is the Assessment of the
        facts with any answers that set them so (the organisation is validated on its own
        fields, :func:`aiact.questions.goals.assess_with`). With ``every``, also where any
        other input check refuses the facts with the parts (``refused_at_all``)."""
        assert not isinstance(start, Exception)
        changes = {
            path.split(".", 1)[1]: value
            for part in parts
            for path, value in part.items()
            if path.startswith("organisation.")
        }
        if changes:
            try:
                _updated(start.organisation, changes)
            except ValueError:
                return True
        return every and refused_at_all(parts)

    refusals: dict[Any, bool] = {}

    def refused_at_all(parts: Sequence[Mapping[str, Any]]) -> bool:
        """Whether the input checks refuse the Assessment of the facts with the parts (a later
        part's value where two set one), as the search's trial of them would (round 22,
        :data:`STUCK_CONFLICTS`): the changed models' input checks, and the conflict flags of
        their rule inputs propagated from the facts (:func:`aiact.questions.goals.refused`;
        the flags only where the inputs are computed from the fields alone: else only the
        models')."""
        assert not isinstance(start, Exception) and shared is not None
        changes: dict[str, Any] = {}
        for part in parts:
            changes.update(part)
        changes = {k: v for k, v in changes.items() if facts.get(k, _MISSING) != v}
        try:
            key = freeze(changes)
            hash(key)
        except TypeError:
            return False
        found = refusals.get(key)
        if found is None:
            found = False
            if changes:
                # The models' checks first (most refusals here); then the conflict flags.
                found = refused(start, changes, {})
                if not found:
                    quick = _quick(start, changes, facts)
                    entry = None if quick is None else shared.entry(quick)
                    over = {} if entry is None else entry[0]
                    found = any(over.get(flag) is True for flag in _conflicts())
            refusals[key] = found
        return found

    def each_of(
        question: Question, pick: Any, every: bool = False
    ) -> list[list[Mapping[str, Any]]]:
        """The question's answers and the answers ``pick`` gives the others it is tried under
        (one list each), for :func:`_stuck`'s proof question by question. Where
        :data:`STUCK_REFUSED` holds, the search's own refusals are taken out (round 21): an
        other's answer whose organisation's fields are refused on the facts' organisation (the
        search finds nothing under it alone: ``base_of`` None), all the others' answers at
        once where they are refused together, and an answer of the question refused together
        with each of the answers it is tried under (the search skips it there; the
        question's value wins where both set a field: the answer is completed on them). No
        list at all where nothing is left to try: the search finds nothing for it. With
        ``every`` (round 22, :data:`STUCK_CONFLICTS`) the refusals of every input check the
        search's trials make, not only the organisation's."""
        picks = [
            sets for other in others_of(question) if (sets := given_by(pick, other)) is not None
        ]
        if not STUCK_REFUSED:
            return [answers(question), *([sets] for sets in picks)]
        together: dict[str, Any] = {}
        for sets in picks:
            together.update(sets)
        apart = [sets for sets in picks if not refused_together(sets, every=every)]
        at_once = not refused_together(together, every=every)
        under = [*apart, together] if at_once else apart
        live = [
            a
            for a in answers(question)
            if not all(refused_together(a, g, every=every) for g in under)
        ]
        if not under or not live:
            return []
        return [live, *([sets] for sets in (picks if at_once else apart))]

    def refusing() -> set[Any]:
        """The answers (:func:`freeze` of the facts they set) that the search's trials of the
        questions on the facts did not keep: those refused, and those the trials passed over
        (a several-of question's answers that set no open input). Only the answers
        :func:`aiact.questions.goals.refusal_reads` also finds refused are left out of the
        proof, so an answer passed over here is only looked at, never taken as refused."""
        found: set[Any] = set()
        for attempt in order:
            kept = {_normal(o.answer) for o in attempt.checked()}
            for answer, sets in completions(trial_answers(attempt.question, kind, context), facts):
                if _normal(answer) not in kept:
                    found.add(freeze(sets))
        return found

    failed: list[bool] = []  # the proofs with the organisation's refusals alone that failed

    def alternatives(question: Question, pick: Any) -> Iterator[list[list[Mapping[str, Any]]]]:
        """The lists of :func:`each_of` for the question and kind of answer, one proof of
        either of which is enough: with the organisation's refusals; then, where
        :data:`STUCK_CONFLICTS` holds, it leaves out more and the checks are few
        (:data:`STUCK_CHECKS`), with every input check's (read only where the first proof
        fails: each check costs about a trial). Once the first kind has failed
        :data:`STUCK_SWAP` times in the search, the second comes first."""
        cheap = STUCK_CONFLICTS and STUCK_REFUSED
        if cheap:
            size = sum(1 for other in others_of(question) if given_by(pick, other) is not None)
            cheap = len(answers(question)) * (size + 1) + size + 1 <= STUCK_CHECKS
        if not cheap:
            yield each_of(question, pick)
            return
        if len(failed) >= STUCK_SWAP:
            yield each_of(question, pick, every=True)
            return
        first = each_of(question, pick)
        yield first
        failed.append(True)
        second = each_of(question, pick, every=True)
        if second != first:
            yield second

    def stuck() -> bool:
        """Whether the search is shown to find nothing (:func:`_stuck`, once, as soon as it has
        charged :data:`STUCK_AFTER` trial answers; round 15): no answers of its questions, in
        any combination, change a name the goal's view read; else (round 21,
        :data:`STUCK_EACH`) for each question and each of the answers the search gives the
        others, no answer of the question together with those answers of the others it is
        tried under, in any combination, changes one."""
        if not proof and FALLBACK_BUDGET - budget[0] >= STUCK_AFTER:
            if isinstance(start, Exception):
                proof.append(False)
                return False
            every_answer = [
                [
                    *answers(a.question),
                    *(
                        sets
                        for pick in (_negative, _first)
                        if (sets := given_by(pick, a.question)) is not None
                    ),
                ]
                for a in order
            ]
            if STUCK_WITHOUT_REFUSED:
                every_answer = _without_refused(start, facts, every_answer, refusing())
            shown = _stuck(
                start,
                facts,
                kind,
                goal,
                every_answer,
                (
                    alternatives(attempt.question, pick)
                    for attempt in (order if len(order) > (1 if STUCK_TWO else 2) else ())
                    for pick in (_negative, _first)
                ),
                held,
            )
            proof.append(shown)
            # The question by question proofs that held before the first that failed, in the
            # order they were tried (round 25, :data:`STUCK_SKIP`).
            pairs = [(a.question.id, pick) for a in order for pick in (_negative, _first)]
            skips.update(zip(pairs, held, strict=False))
        return bool(proof) and proof[0]

    held: list[bool] = []
    skips: dict[tuple[str, Any], bool] = {}

    def skip(question: Question, pick: Any) -> bool:
        """Whether the proof question by question (:data:`STUCK_EACH`) shows that no answer of
        ``question``, under the answers of kind ``pick`` of the others it is tried under, one
        of them or all at once, makes it relevant: then the search passes over those trials
        (round 25, :data:`STUCK_SKIP`). Read where the proof for the whole search failed
        (:func:`stuck`); the proofs that :func:`_stuck` made before the one that failed are
        taken as they were, the others made when the search first reaches them."""
        key = (question.id, pick)
        found = skips.get(key)
        if found is not None:
            return found
        found = False
        if (
            STUCK_SKIP
            and STUCK_EACH
            and proof
            and not isinstance(start, Exception)
            and len(order) > (1 if STUCK_TWO else 2)
            and _worth_proving([v for (_, p), v in skips.items() if p is pick], goal)
        ):
            found = any(
                _stuck_over(start, facts, kind, goal, one) for one in alternatives(question, pick)
            )
        skips[key] = found
        return found

    # A look-ahead of one question: first a question that one other question's answer makes
    # matter (the "no"/"none of these" answers, then the first options), so that the two
    # together can decide; only then one that needs the answers of several others (round 7:
    # with Annex III point 1(a) known, whether it is only biometric verification decides
    # whether the Art. 6(3) conditions matter, where the Annex I conditions need the
    # legislation and the Annex III questions answered too).
    for pick in (_negative, _first):
        for attempt in order:
            question = attempt.question
            for other in others_of(question):
                if budget[0] <= 0 or stuck():
                    return []
                sets = given_by(pick, other)
                if sets is None:
                    continue
                if skip(question, pick):
                    break  # no pair of this question and kind of answer (round 25)
                found = witness(question, sets)
                if found is not None:
                    return [found]
    # The answers of all the others at once (where the answers of one other are not enough).
    for attempt in order:
        question = attempt.question
        for pick in (_negative, _first):
            if budget[0] <= 0 or stuck():
                return []
            if skip(question, pick):
                continue  # nothing under all the others' answers of this kind (round 25)
            given: dict[str, Any] = {}
            for other in others_of(question):
                sets = given_by(pick, other)
                if sets is not None:
                    given.update(sets)
            found = witness(question, given)
            if found is not None:
                return [found]
    return []


STUCK_WITHOUT_REFUSED = True
"""Round 28: whether the proof for the whole search for a pair (:func:`_stuck`) leaves out the
answers that every trial of the search holding them refuses (:func:`_without_refused`). The
search skips a refused trial (its witness is never one), and every other trial is a
combination of the answers left, which the proof covers. The choice changes no answer (False:
every answer in the proof)."""


def _within(path: str, name: str) -> bool:
    """Whether the field ``path`` and the field or model ``name`` overlap (one is the other or
    lies within it): an answer setting ``path`` may change what a check reading ``name``
    reads."""
    return path == name or path.startswith(name + ".") or name.startswith(path + ".")


def _without_refused(
    base: Assessment,
    facts: Mapping[str, Any],
    answers: Sequence[Sequence[Mapping[str, Any]]],
    refusing: AbstractSet[Any],
) -> list[list[Mapping[str, Any]]]:
    """``answers`` (for each question of a search for a pair, the facts each answer it may give
    or try sets: :func:`_stuck_over`) without those refused in every trial that holds them
    (:data:`STUCK_WITHOUT_REFUSED`). ``refusing``: the answers (:func:`freeze` of the facts
    they set) the search's trials of single answers found refused.

    Such an answer is left out where an input model's own check refuses it
    (:func:`aiact.questions.goals.refusal_reads`: the fields that check reads) and no other
    question's answer sets one of those fields. An answer sets only fields the facts leave
    unknown, so in every trial holding it (with the answers of other questions, merged, a later
    one's value where two set a field) those fields keep their values: the facts', the
    answer's, or unknown. The check reads only them, so it refuses the trial too."""
    set_by = [{path for sets in entries for path in sets} for entries in answers]
    out: list[list[Mapping[str, Any]]] = []
    for index, entries in enumerate(answers):
        others: set[str] = set()
        for other, paths in enumerate(set_by):
            if other != index:
                others |= paths
        kept: list[Mapping[str, Any]] = []
        for sets in entries:
            changes = {k: v for k, v in sets.items() if facts.get(k, _MISSING) != v}
            read = None
            if changes and freeze(sets) in refusing:
                read = refusal_reads(base, changes)
            if read is None or any(_within(path, name) for name in read for path in others):
                kept.append(sets)
        out.append(kept)
    return out


STUCK_EACH = True
"""Round 21: where :func:`_stuck` does not show that no answers of a search for a pair's
questions, in any combination, change the view, whether it is tried for each question and each
kind of answer the search gives the others (the "no"/"none of these" answers, the first
options): the question's answers with those answers of the questions it is tried under
(:func:`_given_others`: ``others_of``), each of which keeps its value on the facts or takes
that answer's. Every pair the search tries (the question given one other's answer) and every
question given all the others' answers of one kind is such a combination; where each is shown
the search finds nothing. The choice changes no answer (False: not tried)."""


def _worth_proving(made: Sequence[bool], goal: Goal) -> bool:
    """Whether :data:`STUCK_SKIP` tries the proof for one more question with a kind of answer of
    the others, given the proofs made with that kind in the search so far (True: held): while
    at least a third of them held; for the goals ``obligations`` and ``full`` the first two
    whatever they gave. Where most fail (the "no" answers of a search for ``full``, say, under
    which an answer of the question often may change a name read) a proof costs about a row of
    trials and saves none; a trial of the goal ``tier`` costs a fraction of a proof. The work
    only: a trial made finds what it finds."""
    free = 1 if goal == "tier" else 2
    return len(made) < free or 3 * sum(made) >= len(made)


STUCK_SKIP = True
"""Round 25: where the proof for the whole search for a pair fails (:func:`_stuck`: over every
combination, then question by question until one is not shown), whether the search passes over
each question and kind of answer of the others (the "no"/"none of these" answers, the first
options) whose proof question by question (:data:`STUCK_EACH`) holds: those :func:`_stuck`
made before the one that failed, the others made when the search first reaches the question
with that kind. Each such proof covers every trial the search makes of the question with that
kind (given one other's answer, and given all the others' at once), so no trial passed over
finds a pair, and the first pair found is the same. The trials passed over are not charged
to :data:`FALLBACK_BUDGET` (a bound no search reaches). The choice changes no answer (False:
where the proof fails, every trial is made)."""

STUCK_CONFLICTS = True
"""Round 22: whether the proof question by question (:data:`STUCK_EACH`) that fails with the
answers the search finds refused by the organisation's checks left out (:data:`STUCK_REFUSED`)
is tried again with those refused by every input check the search's trials make left out (the
changed models, and the conflict flags of the rules, :data:`aiact.rules.definitions.CONFLICTS`:
a direct answer that the facts of its definition contradict, a given Annex III list that lacks
a point the facts imply), where the checks are few (:data:`STUCK_CHECKS`). The choice changes
no answer (False: the organisation's checks alone)."""

STUCK_CHECKS = 24
"""The most input checks :data:`STUCK_CONFLICTS` makes for one question and kind of answer of
the others (the question's answers under each of the others' and under all at once, and
those): beyond them the proof with every check is not tried (in state 8700 of the interview
benchmark it cost more than the search it ended)."""

STUCK_SWAP = 2
"""The proofs question by question with the organisation's refusals alone that may fail in one
search before those with every input check's refusals (:data:`STUCK_CONFLICTS`) are tried first
(each kind covers what the search tries; which comes first changes no answer, only the work)."""

STUCK_TWO = True
"""Round 22: whether the proof question by question (:data:`STUCK_EACH`) is tried on a search
for a pair among two questions as well (before: three or more). With two, each question is
tried given the other's answers of one kind; the proof for each question and kind leaves out
the answers the search finds refused (:data:`STUCK_REFUSED`) and so can hold where the proof
over every combination of both questions' answers does not (8054 of the interview benchmark:
the organisation's kind, several of whose values are refused on the facts' organisation, and
its balance sheet). The choice changes no answer (False: only from three questions)."""

STUCK = True
"""Whether the search for a pair (:func:`_given_others`) first tries to show, once for the
whole search, that no answers of its questions, together in any combination, change a name
the goal's view read (:func:`_stuck`; round 15). Where that is shown the search would find no
pair, and ends at once. The choice changes no answer (False: every pair is tried)."""

_T, _F, _U = 1, 2, 4
"""The values a name may take, as bits of a mask: true, false, unknown."""
_ANY = _T | _F | _U
_MASK = {True: _T, False: _F, None: _U}


def _k_not(mask: int) -> int:
    return (mask & _U) | (_F if mask & _T else 0) | (_T if mask & _F else 0)


def _k_and(masks: Iterable[int]) -> int:
    """The values the Kleene conjunction of operands that may take the values ``masks`` (each
    independently of the others) may take: false where one may be false; true where all may
    be true; unknown where none must be false and one may be unknown."""
    any_false = False
    all_true = True
    all_not_false = True
    any_unknown = False
    for mask in masks:
        if mask & _F:
            any_false = True
        if not mask & _T:
            all_true = False
        if not mask & (_T | _U):
            all_not_false = False
        if mask & _U:
            any_unknown = True
    return (
        (_F if any_false else 0)
        | (_T if all_true else 0)
        | (_U if all_not_false and any_unknown else 0)
    )


def _k_or(masks: Iterable[int]) -> int:
    """The dual of :func:`_k_and` (false for no operand, as a predicate without a true or
    unknown rule is false)."""
    return _k_not(_k_and(_k_not(mask) for mask in masks))


def _may(condition: Condition, masks: Callable[[str], int]) -> int:
    """The values ``condition`` may take where each name may take the values ``masks(name)``
    (independently: a superset of what any one assignment gives)."""
    if isinstance(condition, Atom):
        return masks(condition.name)
    if isinstance(condition, Const):
        return _MASK[condition.value]
    if isinstance(condition, Not):
        return _k_not(_may(condition.operand, masks))
    parts = [_may(op, masks) for op in condition.operands]
    return _k_and(parts) if isinstance(condition, And) else _k_or(parts)


def _may_change(
    base: Assessment,
    inputs: Mapping[str, int],
    targets: AbstractSet[str] | None = None,
    stop: AbstractSet[str] | None = None,
) -> tuple[set[str], dict[str, int], frozenset[str] | None]:
    """The names of ``base``'s evaluation (inputs, predicates, and rules as ``RULE_VALUE`` +
    id) whose value may differ from ``base``'s when each rule input of ``inputs`` takes any of
    the values of its mask, together (every other input keeping its value): the predicates are
    evaluated in the rule set's order on the values each name may take (:func:`_may`), a name
    that may take only its own value on ``base`` being fixed. A superset of the names any such
    assignment changes (each predicate the Kleene disjunction of its rules, as the engines
    compute it); with the values each name may take where it may change (rules not among
    them). ``targets``: only the predicates these names are computed from are evaluated
    (:meth:`aiact.questions.incremental._Plan.cone`; each reads only predicates of the set, so
    their masks are the same), and of the names outside them none is given as changed but the
    inputs; the predicates evaluated are returned as well (None: all). ``stop`` (round 24,
    :data:`STUCK_EXIT`): the names given as changed are returned as soon as one of ``stop`` is
    among them (then only part of them, and of the masks)."""
    evaluation = base.evaluation
    values = evaluation.values
    rule_values = evaluation.rule_values
    ruleset = evaluation.ruleset
    may: dict[str, int] = {
        name: mask for name, mask in inputs.items() if mask != _MASK[values.get(name)]
    }
    changed: set[str] = set(may)

    def masks(name: str) -> int:
        found = may.get(name)
        return _MASK[values.get(name)] if found is None else found

    plan = plan_of(ruleset)
    order = ruleset.order
    covered = None
    positions: frozenset[int] | None = None
    if targets is not None:
        # The same targets in every proof of one search (round 21: one per question there):
        # the cone computed once per Assessment and targets.
        cones: dict[AbstractSet[str], tuple[frozenset[int], frozenset[str]]] | None
        cones = base.__dict__.get("_cones")
        if cones is None:
            cones = base.__dict__["_cones"] = {}
        found = cones.get(targets)
        if found is None:
            cone = plan.cone(targets)
            found = cones[targets] = (cone, frozenset(order[i] for i in cone))
        positions, covered = found
    # The predicates that read a name that may change, in the rule set's order (round 21: from
    # the readers of the names, not by going over every predicate): a predicate reads only
    # names before it, so each is met after every name it reads has its mask.
    if stop is not None and not stop.isdisjoint(changed):
        return changed, may, covered
    readers = plan.readers
    dirty = [i for name in may for i in readers.get(name, ())]
    heapq.heapify(dirty)
    done: set[int] = set()
    while dirty:
        position = heapq.heappop(dirty)
        if position in done:
            continue
        done.add(position)
        if positions is not None and position not in positions:
            continue
        predicate = order[position]
        compiled = ruleset.by_predicate[predicate]
        rule_masks = []
        for c in compiled:
            rule = c.rule
            if any(name in may for name in rule.reads):
                mask = _may(rule.condition, masks)
                if mask != _MASK[rule_values.get(rule.id)]:
                    changed.add(RULE_VALUE + rule.id)
                    if stop is not None and RULE_VALUE + rule.id in stop:
                        return changed, may, covered
            else:
                mask = _MASK[rule_values.get(rule.id)]
            rule_masks.append(mask)
        mask = _k_or(rule_masks)
        if mask != _MASK[values.get(predicate)]:
            may[predicate] = mask
            changed.add(predicate)
            if stop is not None and predicate in stop:
                return changed, may, covered
            for reader in readers.get(predicate, ()):
                heapq.heappush(dirty, reader)
    return changed, may, covered


def _stuck(
    base: Assessment,
    facts: Mapping[str, Any],
    kind: SubjectKind,
    goal: Goal,
    answers: Sequence[Sequence[Mapping[str, Any]]],
    each: Iterable[Iterable[Sequence[Sequence[Mapping[str, Any]]]]] = (),
    held: list[bool] | None = None,
) -> bool:
    """Whether a search for a pair (:func:`_given_others`) is shown to find nothing: no answers
    of its questions ``answers``, together in any combination, change the goal's view
    (:func:`_stuck_over`); else, where :data:`STUCK_EACH` holds, for each of ``each`` (a question's
    answers and the answers of one kind it is tried under, one for each other question: read
    only where the first does not hold), none of their combinations does (round 21). Each of
    ``each`` gives one or more such lists, each covering what the search tries there (round
    22: with fewer answers refused left out, then more), and is shown where one of them is.
    ``held`` (round 25): where given, each of ``each`` tried is noted, in order (True: shown;
    the first that is not shown ends the proof)."""
    if _stuck_over(base, facts, kind, goal, answers):
        return True
    if not STUCK_EACH:
        return False
    tried = False
    for alternatives in each:
        shown = any(_stuck_over(base, facts, kind, goal, one) for one in alternatives)
        if held is not None:
            held.append(shown)
        if not shown:
            return False
        tried = True
    return tried


def _stuck_over(
    base: Assessment,
    facts: Mapping[str, Any],
    kind: SubjectKind,
    goal: Goal,
    answers: Sequence[Sequence[Mapping[str, Any]]],
) -> bool:
    """Whether no answers of the questions of a search for a pair (:func:`_given_others`),
    together in any combination, change the goal's view of ``base`` (the Assessment of
    ``facts``), shown once for the whole search (round 15): then no question is relevant under
    the answers of others, and the search finds nothing. ``answers``: for each question, the
    facts each of its answers the search may give or try sets (every trial answer, each
    completed on ``facts``, and the answers given to other questions).

    Let ``V`` be the fields they set that ``facts`` leaves unknown (an answer tried or given
    sets no known fact: :func:`completions`, :func:`unknown_part`). It holds where ``V`` holds
    no field the goal reads directly (:func:`_direct`) and no name the view read
    (:func:`_reads`) may change (:func:`_may_change`) when the rule inputs fed by ``V``
    (:func:`aiact.questions.fields.atom_fields`; the premise of
    :func:`aiact.questions.goals.atom_changes`: an input is a function of the fields it is fed
    by) take their possible values together. An input fed by the fields of one question only
    may take its value on ``facts`` or its value under one of that question's answers (the
    others' answers leave those fields as they are), as :func:`aiact.questions.goals.
    atom_changes` computes it from ``facts``; any value where that is not computed (an answer
    whose inputs need the whole models) or where fields of several questions feed it. Every
    pair the search tries, ``F + G`` and ``F + G + a``, then agrees with ``F`` on every name the
    view read, so its view is ``F``'s (the premise by which :func:`_try` keeps the view of an
    answer that changes no name it read), and no answer's result differs from ``F + G``'s. An
    answer the input checks refuse is skipped by the search, which makes nothing more
    relevant.

    For the goal ``full`` (round 18; round 21 for the use context and the dates:
    :func:`_rules_or_organisation`) ``V`` may hold fields the view reads directly: of the
    organisation (the fines, :func:`_exposure_kept`), of the use context (read through their
    rule inputs alone) and the system's dates (also read as input dates: not shown where the
    view reads one, :func:`_full_reads`)."""
    full = goal == "full" and STUCK_FULL
    if not STUCK or (goal not in STUCK_GOALS and not full):
        return False
    direct = _direct(goal, kind)
    owners: dict[str, set[int]] = {}
    for index, sets_of in enumerate(answers):
        for sets in sets_of:
            for path in sets:
                if path not in facts:
                    owners.setdefault(path, set()).add(index)
    outside = direct.intersection(owners)
    dated = _dated(kind)
    if outside and (not full or any(not _rules_or_organisation(path, dated) for path in outside)):
        return False
    values = base.evaluation.values
    inputs = base.evaluation.ruleset.inputs
    masks: dict[str, int] = {}
    single: dict[int, set[str]] = {}
    fed = _fed_by(kind)
    whose: dict[str, set[int]] = {}
    for path, indexes in owners.items():
        for atom in fed.get(path, ()):
            whose.setdefault(atom, set()).update(indexes)
    several: list[str] = []
    for atom, who in whose.items():
        if atom not in inputs:
            continue
        if len(who) == 1:
            single.setdefault(next(iter(who)), set()).add(atom)
        elif STUCK_SEVERAL:
            several.append(atom)
        else:
            masks[atom] = _ANY
    if several:
        masks.update(_inputs_over(base, facts, answers, several))
    for index, atoms in single.items():
        seen = {atom: _MASK[values.get(atom)] for atom in atoms}
        for sets in answers[index]:
            changes = {k: v for k, v in sets.items() if facts.get(k, _MISSING) != v}
            quick = _quick(base, changes, facts) if changes else {}
            if quick is None:
                seen = dict.fromkeys(atoms, _ANY)
                break
            for atom in atoms:
                if atom in quick:
                    value = quick[atom]
                    seen[atom] |= _MASK[value] if value in (True, False, None) else _ANY
        masks.update(seen)
    if full:
        # The view of ``full`` (round 18): the tier view, the obligations' results and the fine
        # exposure. The first two are kept where no name their computations read may change
        # (the premise of :func:`_full_kept`: the tier view by trace, ``obligation_results``
        # a function of the values :func:`_obligation_reads` names, the input dates, which no
        # answer here sets, the day, the law and the kind); so are then the obligations that
        # bind and the exposure options (:data:`_EXPOSURE_READS`), and the exposure is a
        # function of the organisation alone (:func:`aiact.questions.goals.full_view_over`).
        read, dates_read = _full_reads(base)
        targets = _reads(base, "tier") | (read if FULL_READS else _obligation_reads(base))
        targets |= _EXPOSURE_READS
        # The first name of ``targets`` that may change fails the proof (round 24).
        changed, _, _ = _may_change(base, masks, targets, targets if STUCK_EXIT else None)
        if not targets.isdisjoint(changed):
            return False
        if not dated.isdisjoint(outside) and dates_read:
            return False
        organisation = frozenset(p for p in outside if p.startswith("organisation."))
        return not organisation or _exposure_kept(base, facts, answers, organisation)
    reads = _reads(base, goal)
    changed, may, covered = _may_change(base, masks, reads)
    if reads.isdisjoint(changed):
        return True
    dates_vary = not _dated(kind).isdisjoint(owners)
    kept = _kept_over(base, goal, reads & changed, changed, may, covered, dates_vary)
    if kept is None:
        # A view read a predicate that was not evaluated: every predicate is, and again.
        changed, may, covered = _may_change(base, masks)
        kept = _kept_over(base, goal, reads & changed, changed, may, covered, dates_vary)
    return bool(kept)


STUCK_REFUSED = True
"""Round 21: whether the proof question by question (:data:`STUCK_EACH`) leaves out the answers
the search itself finds refused by the organisation's input checks (``each_of`` in
:func:`_given_others`: the others' answers refused on the facts' organisation alone or all at
once, the question's answers refused under each of those it is tried under). The choice
changes no answer (False: every answer, and a value refused on the organisation alone is not
shown by :func:`_exposure_kept`)."""

STUCK_SEVERAL = True
"""Round 21: whether :func:`_stuck` takes the values of a rule input fed by fields that the
answers of several questions set from the combinations of those fields' values
(:func:`_inputs_over`) rather than any value. The choice changes no answer (False: any
value)."""

STUCK_PRODUCT = 64
"""The most combinations of field values :func:`_inputs_over` computes the inputs of, per
group of fields (beyond them: any value)."""


def _inputs_over(
    base: Assessment,
    facts: Mapping[str, Any],
    answers: Sequence[Sequence[Mapping[str, Any]]],
    atoms: Sequence[str],
) -> dict[str, int]:
    """The values each rule input of ``atoms`` (each fed by fields that the answers of several
    questions of ``answers`` set: :func:`_stuck`) may take, together in any combination of
    those answers (round 21). An input is a function of the fields it is fed by
    (:func:`aiact.questions.fields.atom_fields`, the premise of
    :func:`aiact.questions.goals.atom_changes`); each of those fields keeps its value on
    ``facts`` or takes a value some answer gives it. The inputs sharing a field are taken
    together, over every combination of their fields' values (at most :data:`STUCK_PRODUCT`;
    beyond that, or where a combination's inputs are not computed from the fields alone, any
    value): a superset of the values any combination of answers gives them."""
    fields_of = atom_fields(base.kind)
    given: dict[str, list[Any]] = {}
    for sets_of in answers:
        for sets in sets_of:
            for path, value in sets.items():
                if path in facts:
                    continue
                found = given.setdefault(path, [])
                if not any(type(v) is type(value) and v == value for v in found):
                    found.append(value)
    groups: list[tuple[set[str], set[str]]] = []
    for atom in atoms:
        paths = {p for p in fields_of.get(atom, ()) if p in given}
        merged = ({atom}, set(paths))
        for group in [g for g in groups if not g[1].isdisjoint(paths)]:
            merged[0].update(group[0])
            merged[1].update(group[1])
            groups.remove(group)
        groups.append(merged)
    values = base.evaluation.values
    out: dict[str, int] = {}
    for members, paths in groups:
        ordered = sorted(paths)
        domains = [[_MISSING, *given[p]] for p in ordered]
        size = 1
        for domain in domains:
            size *= len(domain)
        seen = {atom: _MASK[values.get(atom)] for atom in members}
        if size > STUCK_PRODUCT:
            seen = dict.fromkeys(members, _ANY)
        else:
            for combination in itertools.product(*domains):
                changes = {
                    p: v for p, v in zip(ordered, combination, strict=True) if v is not _MISSING
                }
                quick = _quick(base, changes, facts) if changes else {}
                if quick is None:
                    seen = dict.fromkeys(members, _ANY)
                    break
                for atom in members:
                    if atom in quick:
                        value = quick[atom]
                        seen[atom] |= _MASK[value] if value in (True, False, None) else _ANY
        out.update(seen)
    return out


def _rules_or_organisation(path: str, dated: frozenset[str]) -> bool:
    """Whether :func:`_stuck` may show the view of ``full`` kept where answers set ``path``, a
    field the view reads directly (:func:`_direct`): one of the organisation (read by the fine
    exposure alone: :func:`_exposure_kept`), and since round 21 (:data:`STUCK_CONTEXT`) a
    field of the use context or a date of the system or model. An Assessment reads the system's
    and the model's facts through the rule inputs they feed and the input dates the date fields
    give (``Assessment.input_dates``) alone (and the name, for its report), so a use-context
    field changes the view only through its inputs (in :func:`_stuck`'s masks) and a date
    field also through the input dates (:func:`_full_reads`)."""
    if path.startswith("organisation."):
        return True
    return STUCK_CONTEXT and (path.startswith("context.") or path in dated)


STUCK_CONTEXT = True
"""Round 21: whether :func:`_stuck` is tried on the searches for a pair of ``full`` whose answers
set fields of the use context or dates of the system (:func:`_rules_or_organisation`). The
choice changes no answer (False: as in round 18, such a search tries every pair)."""


def _full_reads(base: Assessment) -> tuple[frozenset[str], bool]:
    """The names of ``base``'s evaluation that the view of ``full`` before its fine exposure
    reads of the obligations (:func:`aiact.questions.goals.lean_full_view`): each
    obligation's predicate (whether it applies) and what the date rules of those that apply
    read (:func:`_applying_dates`: their date of application, deadline and status, a function
    of the values and input dates their cases read, ``DateEvaluation.result``); and whether
    that part or the tier view, computed afresh, reads an input date (``Assessment.
    input_dates``). Both are computed on a copy whose values and input dates note every name
    read (:class:`_Ordered`, :class:`_DatesRead`); memoised on the Assessment. Where no name
    read changes and no input date is read, those parts are ``base``'s for any input dates
    (the premise of :func:`_full_kept`); the exposure reads the statuses of the obligations
    that apply, the options and the organisation."""
    found: tuple[frozenset[str], bool] | None = base.__dict__.get("_full_reads")
    if found is not None:
        return found
    recorder = _Ordered(base.evaluation.values)
    copy = dataclasses.replace(
        base, evaluation=dataclasses.replace(base.evaluation, values=recorder)
    )
    dates = _DatesRead(base.input_dates, recorder)
    copy.__dict__["input_dates"] = dates
    _traced_view(copy, "tier")
    recorder.read.clear()
    evaluation = DateEvaluation(copy.evaluation, dates)
    for rule, *_ in _applying_dates(base):
        evaluation.result(rule)
    read = frozenset(recorder.read) | _obligation_predicate_names(base.law, base.kind)
    dates_read = any(name.startswith(INPUT_DATE) for name in recorder.order)
    found = base.__dict__["_full_reads"] = (read, dates_read)
    return found


FULL_READS = True
"""Round 21: whether :func:`_stuck` shows the obligations' part of the view of ``full`` kept by
the names it reads (:func:`_full_reads`: the obligations' predicates and the date rules of
those that apply) rather than by every name computing ``obligation_results`` read
(:func:`_obligation_reads`, with the timings of every obligation and why a date is open,
which the view does not read). The choice changes no answer (False: the wider set)."""


STUCK_FULL = True
"""Whether :func:`_stuck` is tried on the searches for a pair of the goal ``full`` whose answers
set no field the view reads directly but the organisation's (round 18): the tier view and the
obligations' results shown kept through the rules, and the fine exposure through what its rows
read of the organisation (:func:`_exposure_kept`). The choice changes no answer (False: not
tried, every pair of such a search is tried)."""

_SIZE_FIELDS = frozenset(
    {
        "organisation.size_class",
        "organisation.part_of_group",
        "organisation.start_up",
        "organisation.headcount",
        "organisation.annual_turnover_eur",
        "organisation.balance_sheet_total_eur",
    }
)
"""The organisation's fields the size assessment reads besides the group's figures
(:func:`aiact.penalties.size._size_key`)."""

_FIGURES_FIELDS = frozenset({"organisation.part_of_group", "organisation.annual_turnover_eur"})
"""The organisation's fields the turnover of the fines reads besides the group's figures
(:func:`aiact.penalties.size.figures_for`, under any undertaking basis)."""


def _exposure_kept(
    base: Assessment,
    facts: Mapping[str, Any],
    answers: Sequence[Sequence[Mapping[str, Any]]],
    paths: AbstractSet[str],
) -> bool:
    """Whether the fine exposure's rows of ``base`` (what the view of ``full`` reads of it) stay
    as they are whatever values the answers ``answers`` give the organisation's fields
    ``paths``, in any combination, the obligations that bind and the exposure options being
    ``base``'s (:func:`_stuck`, round 18). Each field may take its value on ``base`` or the
    value of an answer that sets it, each validated on ``base``'s organisation alone (a value
    refused there: not shown, as it might be accepted with another answer). The names the rows
    read (:func:`aiact.penalties.exposure.exposure_rows_kept`) then may take: ``offender`` the
    offender of each kind; ``organisation.<field>`` the field's values; ``size.sme`` and
    ``size.smc`` any of true, false and unknown, ``size.start_up_outside_sme`` and
    ``size.explicit`` true or false, where a field the size reads may change; and any other
    name whose fields may change (the turnover, the missing figures, the group) values not
    known here, so not shown where it is read."""
    organisation = base.organisation
    typed: dict[str, list[Any]] = {}
    kinds = [organisation]
    for path in paths:
        attribute = path.split(".", 1)[1]
        found = [_attribute(organisation, attribute)]
        for sets_of in answers:
            for sets in sets_of:
                if path not in sets or facts.get(path) is not None:
                    continue
                try:
                    changed = _updated(organisation, {attribute: sets[path]})
                except ValueError:
                    return False
                value = _attribute(changed, attribute)
                if not any(type(v) is type(value) and v == value for v in found):
                    found.append(value)
                    if attribute == "kind":
                        kinds.append(changed)
        typed[path] = found
    options = base._exposure_options
    public_bodies = options.art99_8_public_bodies
    offenders = tuple(dict.fromkeys(offender_of(o, public_bodies) for o in kinds))
    sized = not paths.isdisjoint(_SIZE_FIELDS) or any(
        p.startswith("organisation.group.") for p in paths
    )
    figured = not paths.isdisjoint(_FIGURES_FIELDS) or any(
        p.startswith("organisation.group") for p in paths
    )

    def domain(name: str) -> tuple[Any, ...] | None:
        if name in ("law", "as_of", "options"):
            return None
        if name == "offender":
            return offenders if "organisation.kind" in paths else None
        head, _, tail = name.partition(".")
        if head == "organisation":
            if tail == "group":
                return () if any(p.startswith("organisation.group") for p in paths) else None
            found = typed.get(name)
            return None if found is None else tuple(found)
        if head == "size":
            if not sized:
                return None
            if tail in ("sme", "smc"):
                return (True, False, None)
            if tail in ("start_up_outside_sme", "explicit"):
                return (True, False)
            return ()
        if name in ("turnover", "turnover_field"):
            return () if figured else None
        return ()  # a name not known here: not shown

    binding, _ = base._binding_on(base.as_of)
    return exposure_rows_kept(
        organisation,
        [_exposure_item(r.obligation) for r in binding],
        domain,
        as_of=base.as_of,
        law=base.law,
        options=options,
        budget=STUCK_VIEWS,
    )


def _attribute(model: Any, path: str) -> Any:
    """The value at a dotted path of a model (None below a nested model that is None)."""
    for part in path.split("."):
        if model is None:
            return None
        model = getattr(model, part)
    return model


@cache
def _fed_by(kind: SubjectKind) -> dict[str, tuple[str, ...]]:
    """For each input field, the rule inputs it feeds (:func:`aiact.questions.fields.
    atom_fields` turned round)."""
    out: dict[str, list[str]] = {}
    for atom, paths in atom_fields(kind).items():
        for path in paths:
            out.setdefault(path, []).append(atom)
    return {path: tuple(atoms) for path, atoms in out.items()}


STUCK_GOALS: frozenset[Goal] = frozenset({"tier", "obligations"})
"""The goals whose searches for a pair :func:`_stuck` is tried on (the goal ``tier`` is also
the first stage of every goal). For ``obligations`` since round 16: while its view was traced
through the obligations' timings (:data:`LEAN_OBLIGATIONS` off) the proof held only in searches
of 1-2 ms, as most answers may change a name the timings read; with the view of the tier and
the obligations' predicates it holds in failing searches of 2-36 ms. Not for ``full``, whose
searches set fields its view reads directly (the dates, the organisation). The choice changes
no answer."""

STUCK_AFTER = 0
"""The trial answers a search for a pair charges (:data:`FALLBACK_BUDGET`) before
:func:`_stuck` is tried: most searches that find a pair find it at once, and the proof costs
them time (it holds only where the search finds nothing, so when it is tried changes no
answer)."""

STUCK_VIEWS = 64
"""The most views :func:`_kept_over` computes (beyond them: not shown)."""

STUCK_COUNTER = True
"""Round 24: whether :func:`_kept_over` keeps, on the Assessment and for the goal, the
assignments at which a view differed from the Assessment's own (a counter-case: the proof
fails there), and first tries those kept by earlier proofs of the same Assessment and goal (the
proofs of one search for a pair, :func:`_given_others`: the proof over every combination, then
question by question, each from the facts' Assessment). A counter-case is one of a proof's
where each name it assigns is among the names that proof follows (``hit``) and may take the
value assigned (``may``): its view is the one computed when it was kept (the same Assessment,
goal and values), and the proof's tree holds it (see :func:`_countered`), so the proof fails
without computing its views. The choice changes no answer (False: every failing proof follows
its tree until it fails)."""

STUCK_EXIT = True
"""Round 24: whether :func:`_stuck` for the goal ``full``, which fails where any name the view
reads may change (the tier view's, the obligations' and the exposure options'), stops
:func:`_may_change` at the first such name (``stop``) rather than finding every name that may
change. The choice changes no answer (False: every name found, then compared)."""

STUCK_COUNTERS = 8
"""The most counter-cases :data:`STUCK_COUNTER` keeps per Assessment and goal."""


def _countered(
    cases: Sequence[Mapping[str, Any]], hit: AbstractSet[str], may: Mapping[str, int]
) -> bool:
    """Whether one of ``cases`` (counter-cases of :func:`_kept_over` on the same Assessment and
    goal: assignments of names the view read, at which its view differed) is a counter-case of
    a proof that follows the names ``hit``, each taking the values of its mask in ``may``: each
    name it assigns is in ``hit`` and may take its value there. Then :func:`_kept_over` does not
    show the view kept: its tree, followed from the empty assignment, reads the names in the
    order the counter-case's view reads them (the same values, the same computation) up to the
    first whose value differs from the Assessment's, a name of ``hit`` it branches on with the
    counter-case's value among the branches (every other name of ``hit`` read before it is
    given its own value among them: each mask holds the Assessment's value); so it meets the
    counter-case's view, which differs, unless it fails before (a name read outside ``hit``
    that may change, the budget) or finds a predicate not evaluated (None: computed again with
    every predicate, where the same holds for the same names and masks)."""
    for case in cases:
        if all(name in hit and may[name] & _MASK[value] for name, value in case.items()):
            return True
    return False


def _kept_over(
    base: Assessment,
    goal: Goal,
    hit: AbstractSet[str],
    changed: AbstractSet[str],
    may: Mapping[str, int],
    covered: frozenset[str] | None,
    dates_vary: bool,
) -> bool | None:
    """Whether the goal's view of ``base``'s evaluation keeps its result for every value the
    names ``hit`` (those the view read that may change) may take (``may``), every name not in
    ``changed`` keeping its value (:func:`_stuck`; round 15). The views are computed as
    :class:`_Traces` computes a view, noting in order every value, rule value and input date
    read, and followed as a tree: the first name of ``hit`` read that is not yet assigned is
    assigned each value it may take in turn, and the view computed again. Where a view reads a
    name of ``changed`` outside ``hit`` (a rule value among them), or an input date where
    ``dates_vary``, it is not shown (False); where it reads a predicate (or a rule of one)
    outside ``covered`` (those :func:`_may_change` evaluated, where not all), None. Any
    evaluation the answers can give agrees with ``base`` outside ``changed`` and gives each
    name of ``hit`` a value it may take: its view is read along one path of the tree, the same
    names with the same values, so it is that path's view."""
    if any(name.startswith(RULE_VALUE) or name not in may for name in hit):
        return False
    counters: list[dict[str, Any]] | None = None
    if STUCK_COUNTER:
        # The counter-cases of the earlier proofs of this Assessment and goal (round 24).
        kept_cases: dict[str, list[dict[str, Any]]] = base.__dict__.setdefault("_counters", {})
        counters = kept_cases.setdefault(goal, [])
        if _countered(counters, hit, may):
            return False
    before = _views(base, goal).result
    values = base.evaluation.values
    ruleset = base.evaluation.ruleset
    budget = [STUCK_VIEWS]

    def unknown(name: str) -> bool:
        """Whether ``name`` is a predicate, or a rule of one, that was not evaluated."""
        if covered is None:
            return False
        if name.startswith(RULE_VALUE):
            rule = ruleset.rule_by_id.get(name[len(RULE_VALUE) :])
            return rule is None or rule.concludes not in covered
        return name in ruleset.predicates and name not in covered

    outside: list[bool] = []

    def kept(assigned: dict[str, Any]) -> bool:
        budget[0] -= 1
        if budget[0] < 0:
            return False
        recorder = _Ordered({**values, **assigned})
        copy = dataclasses.replace(
            base, evaluation=dataclasses.replace(base.evaluation, values=recorder)
        )
        copy.__dict__["input_dates"] = _DatesRead(base.input_dates, recorder)
        if _traced_view(copy, goal).result != before:
            if counters is not None and assigned and len(counters) < STUCK_COUNTERS:
                counters.append(assigned)
            return False
        for name in recorder.order:
            if name in hit:
                if name not in assigned:
                    return all(
                        kept({**assigned, name: value})
                        for value in (True, False, None)
                        if may[name] & _MASK[value]
                    )
            elif name in changed or (dates_vary and name.startswith(INPUT_DATE)):
                return False
            elif unknown(name):
                outside.append(True)
                return False
        return True

    found = kept({})
    return None if outside else found


_Answer = tuple[Any, dict[str, Any], frozenset[str], Mapping[str, Any], bool]
"""An answer of :class:`_Apart`: the answer, the facts it changes, the fields its rule inputs'
changes are computed from, those changes, and whether it changes an input date."""


class _Apart:
    """A cheaper proof that a question's answers leave the goal's result as it is under another
    question's answer (round 12b). The search for a pair (:func:`_given_others`) spent most of
    its time showing pairs irrelevant one by one with :func:`_unchanged` (0.2 to 0.3 ms each,
    70 to 80 pairs in the slowest searches): each time the question's answers, their
    completions and rule inputs, the open inputs of the Assessment with the other answer, and
    each answer propagated. What of that does not depend on the other answer is computed here
    once per question; the rest is a propagation reused or made as :func:`_unchanged` makes it,
    and a lookup.

    Let ``F`` be the facts, ``G`` the other answer given, ``a`` an answer of the question; let
    the view of the goal ``tier`` be a function of the values at the names its trace read, the
    input dates among them (:class:`_Traces`, the premise of every view found by trace), and
    the view of ``obligations`` the view of ``tier`` with the values of the obligations'
    predicates (:func:`aiact.questions.goals.obligations_view`; a property test holds the two
    together). The question is not relevant under ``G`` (:func:`_try` on ``F + G`` finds no
    answer whose result differs from that of ``F + G``) where

    1. ``G`` sets no field the goal reads directly, and the view of ``F + G`` is kept by trace
       (then found with every name of its trace, :meth:`_Traces.path_over`);
    2. every answer ``a`` (every distinct completion of every answer of :func:`trial_answers`
       without the filter of open inputs: a superset of the answers tried) sets no field the
       goal reads directly, and no field of ``G`` nor of a group whose rule inputs are computed
       together with one of its own (:func:`aiact.questions.goals.field_groups`), so that its
       rule inputs' changes (:func:`aiact.questions.goals.atom_changes`) are the same on ``F``
       and on ``F + G``;
    3. ``a``'s changes, propagated on ``F + G`` (:func:`aiact.questions.incremental.propagated`,
       equal to a full evaluation by a property test; reused from ``F`` where ``a`` and ``G``
       do not meet, :class:`aiact.questions.incremental.Shared`), change no obligation's
       predicate, and either change no name on the trace of ``F + G``'s view and no input date
       it read (the same computation: the same view), or give a view found by trace (with the
       input dates, unless ``a`` changes one: then only a trace that read none) with
       ``F + G``'s result.

    An answer whose facts the input checks would refuse is skipped by :func:`_try`, so it makes
    the question no more relevant; the proof covers it all the same, and passes over an answer
    whose propagation makes a conflict flag true (:data:`aiact.rules.definitions.CONFLICTS`:
    :func:`aiact.questions.goals.assess_with` refuses every evaluation with one, as
    :func:`aiact.assess` does; the facts of ``F + G`` have none, being accepted). Where any
    condition fails the pair is left to the search as before, so the answer of :func:`best` is
    the same (a property test holds this proof to trying the answers)."""

    def __init__(
        self,
        start: Assessment,
        facts: Mapping[str, Any],
        kind: SubjectKind,
        context: Context,
        goal: Goal,
    ) -> None:
        self.start = start
        self.facts = facts
        self.kind = kind
        self.context = context
        self.direct = fields_read_directly(goal, kind)
        self.dated = _dated(kind)
        self.groups = field_groups(kind)
        self.private = private_atoms(kind)
        self.predicates: frozenset[str] = (
            obligation_predicates(start.law, kind) if goal == "obligations" else frozenset()
        )
        from aiact.rules.definitions import CONFLICTS

        self.conflicts = frozenset(CONFLICTS)
        self.answers: dict[str, list[_Answer] | None]
        self.answers = {}
        self.givens: dict[int, tuple[Assessment, Any]] = {}
        # The predicates the proof reads of an answer (every view's trace, the rules on it,
        # the conflict flags, the obligations' predicates) with all they are computed from: a
        # set closed under what its predicates read, grown as views are met (round 13b).
        # Only for the goal ``tier``: for ``obligations`` the set holds nearly every predicate,
        # and the answers are propagated in full at once.
        self.narrowed = goal == "tier"
        self.plan = plan_of(start.evaluation.ruleset)
        self.covered: set[str] = set()
        self.within: frozenset[int] = frozenset()
        self._cover(self.conflicts | self.predicates)

    def _cover(self, names: AbstractSet[str]) -> None:
        """Add ``names`` (and all they are computed from) to :attr:`within`."""
        if not self.narrowed:
            return
        new = [n for n in names if n not in self.covered and n in self.plan.index]
        if new:
            grown = self.within | self.plan.cone(new)
            self.covered.update(self.plan.names[i] for i in grown)
            self.within = grown

    def _view_of(
        self, base: Assessment, given: Mapping[str, Any]
    ) -> tuple[GoalView, frozenset[str], frozenset[str], bool] | None:
        """The view of ``tier`` of ``F + G``, the names of its trace, the rules among them and
        whether it read an input date, where condition 1 holds; else None (memoised per
        Assessment of ``F + G``)."""
        kept = self.givens.get(id(base))
        if kept is not None and kept[0] is base:
            return kept[1]  # type: ignore[no-any-return]
        found = None
        if self.direct.isdisjoint(given):
            _views(base, "tier")  # computed and kept by trace, as the search computes it
            leaf = TRACES.path_over(base, "tier", {}, {}, base.input_dates)
            if leaf is not None:
                rules = frozenset(
                    name[len(RULE_VALUE) :] for name in leaf[1] if name.startswith(RULE_VALUE)
                )
                dated = any(name.startswith(INPUT_DATE) for name in leaf[1])
                found = (leaf[0], leaf[1], rules, dated)
                rule_by_id = base.evaluation.ruleset.rule_by_id
                self._cover(leaf[1] | {rule_by_id[r].concludes for r in rules})
        self.givens[id(base)] = (base, found)
        return found

    def _entries(self, question: Question) -> list[_Answer] | None:
        """For each answer of the question its :data:`_Answer` on ``F``; None where an answer
        sets a field the goal reads directly, or its rule inputs' changes cannot be computed
        on their own (memoised per question)."""
        if question.id in self.answers:
            return self.answers[question.id]
        found: list[_Answer] | None = []
        facts = self.facts
        for answer, sets in completions(trial_answers(question, self.kind, self.context), facts):
            changes = {k: v for k, v in sets.items() if facts.get(k, _MISSING) != v}
            quick = (
                None if not self.direct.isdisjoint(changes) else _quick(self.start, changes, facts)
            )
            if quick is None:
                found = None
                break
            needs = set(sets)
            for path in changes:
                if path not in self.private:
                    needs |= self.groups.get(path, frozenset())
            assert found is not None
            found.append(
                (answer, changes, frozenset(needs), quick, not self.dated.isdisjoint(changes))
            )
        self.answers[question.id] = found
        return found

    def shown(
        self, question: Question, base: Assessment, given: Mapping[str, Any], near: Near
    ) -> bool:
        """Whether conditions 1 to 3 hold for the question under ``given`` (``base``: the
        Assessment of ``F + G``; ``near``: its reuse of ``F``'s propagations)."""
        seen = self._view_of(base, given)
        if seen is None:
            return False
        entries = self._entries(question)
        if entries is None:
            return False
        view, path, rule_ids, read_dates = seen
        # Propagated as :func:`_unchanged` propagates (the same values by any of the ways).
        propagate = _Propagation(base.evaluation, near, question.kind == "several_of")
        completed: dict[str, Any] | None = None
        for answer, changes, needs, quick, dated in entries:
            if not needs.isdisjoint(given):
                if not given.keys().isdisjoint(changes):
                    return False  # an answer that sets a fact of ``G``: other completions
                # Rule inputs computed together with a field of ``G``: computed on ``F + G``.
                if completed is None:
                    completed = {**self.facts, **given}
                again = atom_changes(base, changes, completed)
                if again is None:
                    return False
                quick = again
            # First only through the predicates of :attr:`within` (exact there, and every name
            # read below but in the trace tree is there); in full only for the trace tree.
            if not self.narrowed or len(self.within) > NARROW * len(self.plan.names):
                over, rules = propagate(answer, quick)
                exact = None
            else:
                over, rules = propagate.within(answer, quick, self.within)
                exact = self.covered
            if not self.conflicts.isdisjoint(over) and any(
                over.get(flag) is True for flag in self.conflicts
            ):
                continue  # refused (a direct answer contradicted): :func:`_try` skips it
            if not self.predicates.isdisjoint(over):
                return False
            if (
                not (dated and read_dates)
                and path.isdisjoint(over)
                and not any(rule in rules for rule in rule_ids)
            ):
                continue  # the same trace: the same view
            dates = None if dated else base.input_dates
            after = TRACES.find_within(base, "tier", over, rules, dates, exact)
            if isinstance(after, _Unsure):
                # A trace of the tree reads a predicate outside :attr:`within`: propagated in
                # full.
                over, rules = propagate(answer, quick)
                after = TRACES.find_over(base, "tier", over, rules, dates)
            if after is None or after.result != view.result:
                return False
        return True


FALLBACK_BUDGET = 1_000_000
"""The most trial answers the search for a question relevant only together with another may
try: a guard against a runaway search, not a limit a search meets. The search ends at the first
question with a witness, at the proof that none has one (:data:`STUCK`), or after every pair.
Until round 17 it was 2,000, which ended some searches before they found the relevant question:
on 4 of 524 beslishulp paths (3018, 3030, 3060, 3072) the interview stopped after ``emotion.infers``
with the goal open, while the Annex I conditions could still decide it (found in 30 ms with no
bound), so ``best`` returned none while the goal was not determined (issue 16: "returns none
exactly when the goal is determined"). Where no witness exists such a search may take longer
(three failing searches of the 5,847 benchmark states: 75 -> 143, 72 -> 194, 14 -> 91 ms)."""


def _negative(question: Question, kind: SubjectKind, context: Context) -> Any:
    """The answer that sets the most facts false (none of these, no, neither)."""
    if question.kind == "several_of":
        return []
    if question.kind in ("yes_no", "one_of"):
        shown = shown_options(question, kind, context)
        if not shown:
            return None
        return max(shown, key=lambda o: sum(v is False or v == () for v in o.sets.values())).id
    trials = trial_answers(question, kind, context)
    return trials[0][0] if trials else None


def _first(question: Question, kind: SubjectKind, context: Context) -> Any:
    """The first option (yes, the first choice, the first option alone)."""
    shown = shown_options(question, kind, context)
    if question.kind == "several_of":
        return [shown[0].id] if shown else []
    if question.kind in ("yes_no", "one_of"):
        return shown[0].id if shown else None
    trials = trial_answers(question, kind, context)
    return trials[-1][0] if trials else None


def next_ranked(
    facts: Mapping[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal = "tier",
    asked: Iterable[str] = (),
    *,
    cat: Catalogue | None = None,
    staged: bool = True,
) -> Ranked | None:
    return best(facts, kind, context, goal, asked, cat=cat, staged=staged)


def is_determined(
    facts: Mapping[str, Any], kind: SubjectKind, context: Context, goal: Goal = "tier"
) -> bool:
    """Whether the goal is determined by these facts."""
    assessment = MEMO.assess(facts, kind, context)
    if isinstance(assessment, Exception):
        raise assessment
    return _views(assessment, check_goal(goal)).determined


def view(facts: Mapping[str, Any], kind: SubjectKind, context: Context, goal: Goal) -> GoalView:
    """The goal's view of these facts (memoised)."""
    assessment = MEMO.assess(facts, kind, context)
    if isinstance(assessment, Exception):
        raise assessment
    return _views(assessment, check_goal(goal))
