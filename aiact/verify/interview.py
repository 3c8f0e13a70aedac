"""Exact relevance for the interview's next-question choice (issue 19, item 3).

The interview (:mod:`aiact.questions.relevance`) finds a question relevant by trying its answers
on the native engine: sound (a question it returns can change the goal) but not complete (two
facts that matter only together, and what Kleene logic leaves undetermined although every
completion agrees). :class:`ExactRelevance` decides it with the solver, for all completions of
the facts known so far at once: a question is *relevant* iff two completions of the facts that
differ only in the facts the question sets give the goal different values. It plugs into the
hook :data:`aiact.questions.relevance.EXACT_RELEVANCE` (opt-in, and z3 is imported only here)::

    from aiact.verify.interview import use_exact_relevance

    with use_exact_relevance():              # completions="any", the default
        interview = Interview(...)           # or next_question(...), best(...)

A question the solver finds irrelevant is skipped; one it finds relevant is still tried on the
native engine (which ranks it); a question it cannot decide (below) falls back to the native
check.

**The goal.** The interview's goals are views of an Assessment (:mod:`aiact.questions.goals`).
``tier``: the tier on the day assessed, the higher tiers still possible, and (unless the Act
does not apply: not an AI system, out of scope) the dated changes of the tier ahead and the
roles. The solver compares the tier on the day assessed with its possible higher tiers exactly;
the changes ahead through what they are computed from, the scope (``scope.ai_system``,
``scope.in_scope``, and ``scope.org_in_scope``, whether the Act reaches the organisation, Art.
2(1); for a model ``gpai.model``, ``gpai.in_scope``) and the sets of possible values of the tier
date rules (``tier.*``, Art. 113; each is ``never`` unless its tier's predicate holds); and the
role predicates. A question irrelevant to these cannot change the view (so the solver never
skips a question that could); where these differ and the view does not (rarely: a date rule's
set changes and no change of the tier follows), the solver answers relevant and the native check
decides. ``obligations``: also each obligation's applicability. ``full`` (the dates of
application, the "comply by" deadlines and the fine exposure) is not decided: deadlines and
fines are outside the translation, and the native check is used.

**Completions.** ``completions="any"`` (the default) lets a completion leave facts unknown, as
the interview's "don't know" does: then every question the native check returns is exactly
relevant (tested), and the solver only skips questions the native check would try in vain.
``completions="known"`` supposes every question that follows no other will be answered (the
facts of a definition, asked only after "don't know" to "Is it an AI system?", may stay
unknown: with all of them stated the direct answer could not differ, and neither would ever be
relevant on its own): it also skips questions that can change only what Kleene logic leaves
undetermined, so the interview may stop with the goal still undetermined in the Assessment
although every completion gives the same answer. It does not know which questions were
answered "don't know" (the hook is given the facts only), and supposes those will be answered
too.

**Facts outside the translation.** A question's facts are mapped to the solver's fields; the
organisation's size facts (turnover, headcount, balance sheet, the group's, the size class) to
the one field ``organisation.size`` they decide (over-approximated: the size may change with
them), facts that no rule reads (``organisation.member_state``) to nothing. A question setting
a fact that a rule reads and the solver does not model gets None (the native check).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from aiact.verify._z3 import Expr, z3

Completions = Literal["known", "any"]

_SIZE_FIELDS = frozenset(
    {
        "organisation.size_class",
        "organisation.headcount",
        "organisation.annual_turnover_eur",
        "organisation.balance_sheet_total_eur",
        "organisation.group.headcount",
        "organisation.group.annual_turnover_eur",
        "organisation.group.balance_sheet_total_eur",
    }
)


@dataclass
class _Base:
    """Two encoded copies of a case (``a:`` pinned to the facts, ``b:`` a second completion)
    and a solver holding everything that does not depend on the facts or the question."""

    solver: Any
    fields: dict[str, Any]
    """The solver's fields by name (:class:`aiact.verify.encode.FactField`)."""
    same: dict[str, Expr]
    """Per field: the two copies agree on it."""
    known: dict[str, tuple[Expr, Expr]]
    """Per field: the field is stated in either copy (for ``completions="known"``)."""
    first: Any
    law: Any
    direct: frozenset[str] = frozenset()
    """The fields a question that follows no other sets (``completions="known"`` states
    these; the facts of a definition, asked only after "don't know" to its direct question,
    may stay unknown: stated, they could not contradict the direct answer)."""
    pinned: Any = None
    """The facts the solver is pinned to (a push level), or None."""
    unknown: frozenset[str] = frozenset()


@dataclass
class ExactRelevance:
    """The solver's relevance as a hook ``(facts, kind, context, goal, question) -> bool |
    None`` (see the module docstring). Memoised per state and question; thread-safe (one lock:
    the solver is not re-entrant)."""

    completions: Completions = "any"
    calls: int = 0
    checks: int = 0
    seconds: float = 0.0
    """CPU seconds spent in the solver checks and their setup (``time.process_time``)."""
    _bases: dict[Any, _Base] = field(default_factory=dict, repr=False)
    _memo: dict[Any, bool | None] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __call__(
        self, facts: Mapping[str, Any], kind: str, context: Any, goal: str, question: Any
    ) -> bool | None:
        from aiact.questions.fields import freeze

        key = (kind, freeze(facts), context, goal, question.id)
        with self._lock:
            self.calls += 1
            if key in self._memo:
                return self._memo[key]
            started = time.process_time()
            try:
                found = self._decide(facts, kind, context, goal, question)
            finally:
                self.seconds += time.process_time() - started
            if len(self._memo) > 50_000:
                self._memo.clear()
            self._memo[key] = found
            return found

    def clear(self) -> None:
        """Forget the memoised answers (the encodings are kept)."""
        with self._lock:
            self._memo.clear()

    # ----------------------------------------------------------------- the decision

    def _decide(
        self, facts: Mapping[str, Any], kind: str, context: Any, goal: str, question: Any
    ) -> bool | None:
        if goal not in ("tier", "obligations"):
            return None
        from aiact.questions.relevance import MEMO

        assessment = MEMO.assess(facts, kind, context)  # type: ignore[arg-type]
        if isinstance(assessment, Exception):
            return None
        base = self._base(kind, assessment.law, assessment.interpretations, goal)
        names = _solver_fields(question.facts, kind, base.fields)
        if names is None:
            return None
        self._pin(base, assessment, facts)
        free = names & base.unknown
        if not free:
            return False  # nothing it sets can differ between two completions
        solver = base.solver
        solver.push()
        try:
            for name in base.unknown - free:
                solver.add(base.same[name])
            if self.completions == "known":
                for name in base.unknown & base.direct:
                    solver.add(*base.known[name])
            self.checks += 1
            result = solver.check()
        finally:
            solver.pop()
        if result == z3.unknown:  # pragma: no cover - not met with these rules
            return None
        return bool(result == z3.sat)

    def _base(self, kind: str, law: Any, interpretations: Any, goal: str) -> _Base:
        key = (kind, law, interpretations, goal)
        found = self._bases.get(key)
        if found is not None:
            return found
        from aiact.engine.compile import ruleset_for
        from aiact.verify.encode import CaseVars, Reading, encoding

        rules = ruleset_for(kind, law)
        reading = Reading(interpretations)
        first = encoding(rules, case=CaseVars(kind, "a:"), reading=reading)  # type: ignore[arg-type]
        second = encoding(rules, case=CaseVars(kind, "b:"), reading=reading)  # type: ignore[arg-type]
        solver = z3.Solver()
        solver.set("random_seed", 0)
        solver.add(*first.constraints(), *second.case.constraints(), *second.consistent)
        solver.add(first.case.as_of == second.case.as_of)
        solver.add(view_differs(first, second, goal))
        fields = {f.name: f for f in first.case.fields}
        same = {f.name: first.case.field_same(f, second.case) for f in first.case.fields}
        known: dict[str, tuple[Expr, Expr]] = {}
        for f in first.case.fields:
            # a date of the first placing is answered with the first placing known; the
            # significant change with a day or "none"
            known[f.name] = (first.case.field_answered(f), second.case.field_answered(f))
        from aiact.questions import catalogue

        direct: set[str] = set()
        for question in catalogue().for_kind(kind):  # type: ignore[arg-type]
            if not question.follow_up:
                direct |= _solver_fields(question.facts, kind, fields) or set()
        found = _Base(solver, fields, same, known, first, law, frozenset(direct))
        self._bases[key] = found
        return found

    @staticmethod
    def _pin(base: _Base, assessment: Any, facts: Mapping[str, Any]) -> None:
        """Pin copy ``a:`` to the facts (kept on a push level while the facts stay the same:
        the interview asks about the questions of one state in a row)."""
        from aiact.questions.fields import freeze
        from aiact.verify.relevance import _pin, _subject

        key = (freeze(facts), assessment.as_of)
        if base.pinned == key:
            return
        if base.pinned is not None:
            base.solver.pop()
        case, _, law = _subject(assessment)
        pins, unknown = _pin(base.first.case, case, law)
        base.solver.push()
        base.solver.add(*pins)
        names = {f.name for f in unknown}
        for name in sorted(set(base.fields) - names):
            base.solver.add(base.same[name])
        base.pinned = key
        base.unknown = frozenset(names)


def view_differs(first: Any, second: Any, goal: str) -> Expr:
    """The values an interview goal's view is computed from differ between two encoded cases
    (see the module docstring): the tier on the day assessed with the higher tiers still
    possible; unless the Act does not apply (not an AI system, out of scope: the rest is moot),
    the scope, the tier date rules' sets of possible values (the dated changes ahead) and the
    roles; for ``obligations`` also each obligation's applicability."""
    from aiact.assessment import RiskTier
    from aiact.obligations.model import Addressee
    from aiact.rules.timing import TIER_DATE_RULES
    from aiact.verify.encode import obligation_predicates

    kind = first.kind
    if kind == "model":
        scope: tuple[str, ...] = ("gpai.model", "gpai.in_scope")
    else:
        scope = ("scope.ai_system", "scope.in_scope", "scope.org_in_scope")
    model_roles = (Addressee.MODEL_PROVIDER, Addressee.MODEL_AUTHORISED_REPRESENTATIVE)
    roles = tuple(a.predicate for a in Addressee if (a in model_roles) == (kind == "model"))

    def differ(names: Any) -> list[Expr]:
        return [
            z3.Not(first.value(n).same(second.value(n)))
            for n in dict.fromkeys(names)
            if n in first.values
        ]

    rest = differ((*scope, *roles))
    for rule in TIER_DATE_RULES.values():
        if rule in first.dates:
            rest.append(z3.Not(first.date(rule).same_set(second.date(rule))))
    moot = first.tier_is(RiskTier.NOT_AN_AI_SYSTEM, RiskTier.OUT_OF_SCOPE)
    parts = [z3.Not(first.tier.same(second.tier)), z3.And(z3.Not(moot), z3.Or(rest))]
    if goal == "obligations":
        parts += differ(obligation_predicates(first.ruleset))
    return z3.Or(parts)


def _solver_fields(paths: tuple[str, ...], kind: str, known: Mapping[str, Any]) -> set[str] | None:
    """The solver's fields that a question's facts set (None: a fact the rules read that the
    solver does not model)."""
    from aiact.questions.fields import atom_fields

    out: set[str] = set()
    feeding = None
    for path in paths:
        if path in known:
            out.add(path)
        elif kind == "model" and path.startswith("model.") and path[6:] in known:
            out.add(path[6:])
        elif path in _SIZE_FIELDS:
            out.add("organisation.size")
        else:
            if feeding is None:
                feeding = {p for ps in atom_fields(kind).values() for p in ps}
            if path in feeding:
                return None
    return out


_ACTIVE: list[Any] = []


@contextlib.contextmanager
def use_exact_relevance(completions: Completions = "any") -> Iterator[ExactRelevance]:
    """Install the solver's relevance in the interview (:data:`aiact.questions.relevance.
    EXACT_RELEVANCE`) for the ``with`` block, and the interview's caches emptied on entry and
    exit (they remember next questions chosen without it)."""
    from aiact.questions import relevance

    hook = ExactRelevance(completions)
    previous = relevance.EXACT_RELEVANCE
    relevance.clear_cache()
    relevance.EXACT_RELEVANCE = hook
    try:
        yield hook
    finally:
        relevance.EXACT_RELEVANCE = previous
        relevance.clear_cache()


__all__ = ["Completions", "ExactRelevance", "use_exact_relevance", "view_differs"]
