"""Re-evaluate a rule set after a few inputs change, only as far as the change reaches.

The interview tries many answers on the same facts (:mod:`.relevance`); each answer changes a
handful of inputs, and most conclusions cannot change with them. :func:`propagate` takes the
evaluation of the facts without the answer and re-evaluates, in the rule set's evaluation order,
only the predicates that read something whose value changed, each rule through its own compiled
condition, exactly as the native engine's rule-by-rule reference
(:func:`aiact.engine.native.evaluate_stepwise`) does; a change that dies out (a follow-up
question whose condition is still open) costs a few rules. A property test holds the result to a
full evaluation by the native engine.
"""

from __future__ import annotations

import heapq
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from aiact.engine.base import Evaluation
from aiact.logic import And, Atom, Condition, Const, Not, Truth, emit_condition, kleene_join
from aiact.ruleset import CompiledRule, RuleSet


class _Plan:
    """Per rule set: the predicates in evaluation order (by index), each with its rules fused
    into one function, and for each name the indexes of the predicates that read it."""

    def __init__(self, ruleset: RuleSet) -> None:
        order = ruleset.order
        index = {name: i for i, name in enumerate(order)}
        self.names = order
        readers: dict[str, set[int]] = {}
        for rule in ruleset.rules:
            for name in rule.reads:
                readers.setdefault(name, set()).add(index[rule.concludes])
        self.readers = {name: tuple(sorted(found)) for name, found in readers.items()}
        self.index = index
        self.reads = {
            p: frozenset(name for c in ruleset.by_predicate[p] for name in c.rule.reads)
            for p in order
        }
        self.below: dict[frozenset[str], frozenset[int]] = {}
        # Each predicate's rules fused into one generated function (round 13b): the names its
        # rules read loaded once, each rule's condition as :func:`aiact.logic.emit_condition`
        # emits it (as the compiled conditions and the native engine's program do), a rule's
        # value recorded where it differs from the base's, and the predicate's value their
        # Kleene disjunction, as :func:`aiact.engine.native.evaluate_stepwise` computes it.
        # Each is compiled when first called (a stub in its place until then): compiling all
        # at once costs about 50 ms per rule set, most of it for predicates an interview with
        # that rule set may never propagate to.
        self.fused: list[_Fused] = [self._stub(i, ruleset) for i in range(len(order))]
        # The same over N worlds at once (:func:`propagate_worlds`; round 19), compiled when
        # first needed.
        self.fused_bits: list[_FusedBits | None] = [None] * len(order)

    def _stub(self, position: int, ruleset: RuleSet) -> _Fused:
        def stub(
            get: Callable[[str], Truth], rule_get: Callable[[str], Truth], rules: dict[str, Truth]
        ) -> Truth:
            predicate = self.names[position]
            found = self.fused[position] = _fuse(predicate, ruleset.by_predicate[predicate])
            return found(get, rule_get, rules)

        return stub

    def cone(self, targets: Iterable[str]) -> frozenset[int]:
        """:meth:`under`, not memoised (for targets that change from one state to the next)."""
        seen: set[str] = set()
        index = self.index
        reads = self.reads
        stack = [t for t in targets if t in index]
        while stack:
            name = stack.pop()
            if name in seen:
                continue
            seen.add(name)
            stack.extend(r for r in reads[name] if r in index and r not in seen)
        return frozenset(index[n] for n in seen)

    def under(self, targets: frozenset[str]) -> frozenset[int]:
        """The positions of the predicates whose values ``targets`` (predicates) are computed
        from: the targets and every predicate their rules read, transitively."""
        found = self.below.get(targets)
        if found is None:
            seen: set[str] = set()
            stack = [t for t in targets if t in self.index]
            while stack:
                name = stack.pop()
                if name in seen:
                    continue
                seen.add(name)
                stack.extend(r for r in self.reads[name] if r in self.index)
            found = self.below[targets] = frozenset(self.index[n] for n in seen)
        return found


_Fused = Callable[[Callable[[str], Truth], Callable[[str], Truth], dict[str, Truth]], Truth]
"""A predicate's rules fused: called with the values' ``get``, the base's rule values' ``get``
and the mapping of the changed rule values to add to; returns the predicate's value."""


def _fuse(predicate: str, compiled: Sequence[CompiledRule]) -> _Fused:
    local: dict[str, str] = {}
    lines: list[str] = []
    for rule in compiled:
        for name in rule.rule.reads:
            if name not in local:
                local[name] = var = f"a{len(local)}"
                lines.append(f"{var} = get({name!r})")
    own: list[str] = []
    for index, rule in enumerate(compiled):
        result = emit_condition(rule.rule.condition, local.__getitem__, f"t{index}_", lines)
        lines.append(f"r{index} = {result}")
        rule_id = rule.rule.id
        lines.append(f"if rule_get({rule_id!r}) != r{index}: rules[{rule_id!r}] = r{index}")
        own.append(f"r{index}")
    joined = own[0] if len(own) == 1 else kleene_join(own, conjunction=False)
    body = "".join(f"    {line}\n" for line in lines)
    source = f"def _p(get, rule_get, rules):\n{body}    return {joined}\n"
    # the same rules in another rule set (another law or reading) are compiled once
    return _compiled(_FUSED, source, f"<predicate {predicate}>", "_p")


_F = TypeVar("_F", bound=Callable[..., Any])


def _compiled(cache: dict[str, _F], source: str, filename: str, name: str) -> _F:
    """The function ``name`` that ``source`` defines, compiled once per source (``cache``)."""
    found = cache.get(source)
    if found is None:
        namespace: dict[str, object] = {}
        exec(compile(source, filename, "exec"), namespace)
        assert callable(namespace[name])
        found = cache[source] = cast(_F, namespace[name])
    return found


_FUSED: dict[str, _Fused] = {}
"""The fused functions by their source: a predicate with the same rules in several rule sets
is compiled once (compiling costs about 0.14 ms a predicate)."""


def _plan(ruleset: RuleSet) -> _Plan:
    return ruleset.prepared("questions.plan", _Plan)


plan_of = _plan
"""The rule set's plan (prepared once per rule set)."""


def propagate(
    base: Evaluation, changed: Mapping[str, Truth], within: AbstractSet[int] | None = None
) -> tuple[dict[str, Truth], dict[str, Truth]]:
    """What changes when some inputs change: the inputs and predicates whose value differs from
    ``base``, and the rules whose value differs.

    ``within`` (the positions :meth:`_Plan.under` gives for some target predicates): only the
    predicates there are evaluated again, as :func:`propagate_to` does. Each of them reads only
    predicates among them, so its value and its rules' values are exactly those of the
    propagation without ``within``; the result holds the changed inputs and the changed
    predicates and rules of ``within`` (round 13b)."""
    values = base.values
    over: dict[str, Truth] = {}
    for name, value in changed.items():
        if name not in values or values[name] != value:
            over[name] = value
    rules: dict[str, Truth] = {}
    if not over:
        return over, rules
    plan = _plan(base.ruleset)
    readers = plan.readers
    names = plan.names
    fused = plan.fused
    # A copy of the values (made at C speed) reads faster than an overlay on them.
    view = dict(values)
    view.update(over)
    view_get = view.get
    queued: set[int] = set()
    for name in over:
        queued.update(readers.get(name, ()))
    if within is not None:
        queued.intersection_update(within)
    # The predicates to evaluate again, by their index in the evaluation order.
    heap = list(queued)
    heapq.heapify(heap)
    pop = heapq.heappop
    push = heapq.heappush
    rule_get = base.rule_values.get
    get = values.get
    while heap:
        position = pop(heap)
        result = fused[position](view_get, rule_get, rules)
        predicate = names[position]
        if get(predicate) != result:
            over[predicate] = result
            view[predicate] = result
            for reader in readers.get(predicate, ()):
                if reader not in queued and (within is None or reader in within):
                    queued.add(reader)
                    push(heap, reader)
    return over, rules


def propagate_to(
    base: Evaluation, changed: Mapping[str, Truth], targets: frozenset[str]
) -> dict[str, Truth]:
    """The values of the predicates ``targets`` when some inputs change: :func:`propagate`
    restricted to the predicates the targets are computed from (each of those reads only
    predicates among them, so their values are exactly :func:`propagate`'s)."""
    values = base.values
    plan = _plan(base.ruleset)
    within = plan.under(targets)
    view = dict(values)
    readers = plan.readers
    queued: set[int] = set()
    for name, value in changed.items():
        if name not in values or values[name] != value:
            view[name] = value
            queued.update(r for r in readers.get(name, ()) if r in within)
    heap = list(queued)
    heapq.heapify(heap)
    names = plan.names
    fused = plan.fused
    get = values.get
    view_get = view.get
    rule_get = base.rule_values.get
    scratch: dict[str, Truth] = {}  # the rules' values, not needed here
    while heap:
        position = heapq.heappop(heap)
        result = fused[position](view_get, rule_get, scratch)
        predicate = names[position]
        if get(predicate) != result:
            view[predicate] = result
            for reader in readers.get(predicate, ()):
                if reader in within and reader not in queued:
                    queued.add(reader)
                    heapq.heappush(heap, reader)
    return {t: view.get(t) for t in targets}


WIDE = 8
"""From how many changed inputs on :func:`propagated` runs the rule set's generated program over
every input (a fixed cost of some hundredths of a millisecond) instead of propagating the
change rule by rule (a cost that grows with the number of rules reached)."""


def propagated(
    base: Evaluation, changed: Mapping[str, Truth]
) -> tuple[dict[str, Truth], Mapping[str, Truth]]:
    """The same as :func:`propagate`, by whichever way is cheaper: a change of many inputs (an
    answer to a "which of these" question) is evaluated by the native engine's generated
    program over all inputs and compared with ``base``."""
    values = base.values
    over = {n: v for n, v in changed.items() if n not in values or values[n] != v}
    if len(over) < WIDE or base.engine != "native":
        return propagate(base, over)
    from aiact.engine.native import _program

    program, predicates, rule_ids = _program(base.ruleset)
    inputs = dict(values)
    inputs.update(over)
    predicate_values, rule_value_list = program(inputs)
    get = values.get
    for name, value in zip(predicates, predicate_values, strict=True):
        if get(name) != value:
            over[name] = value
    old = base.rule_values.get

    def rules() -> dict[str, Truth]:
        # Most answers tried need only the predicates: the rules are compared when first read.
        return {k: v for k, v in zip(rule_ids, rule_value_list, strict=True) if old(k) != v}

    return over, _Lazy(rules)


def propagated_via(
    base: Evaluation,
    step: tuple[Evaluation, Mapping[str, Truth], Mapping[str, Truth]],
    changed: Mapping[str, Truth],
    within: AbstractSet[int] | None = None,
) -> tuple[dict[str, Truth], Mapping[str, Truth]]:
    """The same as :func:`propagated` from ``base``, computed from a nearby evaluation ``step``
    (with its changes from ``base``, as :func:`propagated` gives them): "none of these" is a
    wide change of a list, and one option alone differs from it in one input, so each option
    costs a short propagation from "none" instead of a wide one from ``base``."""
    evaluation, step_over, step_rules = step
    values = evaluation.values
    diff = {n: v for n, v in changed.items() if n not in values or values[n] != v}
    # Per step (kept on its evaluation, for the step's ``over``): the inputs "none" changed,
    # and its changes without the predicates outside a ``within`` (round 13b).
    prepared: tuple[Mapping[str, Truth], tuple[str, ...], dict[int, Any]] | None
    prepared = evaluation.__dict__.get("_via")
    if prepared is None or prepared[0] is not step_over:
        inputs = base.ruleset.inputs
        prepared = (step_over, tuple(n for n in step_over if n in inputs), {})
        evaluation.__dict__["_via"] = prepared
    # Inputs that "none" changed and this answer leaves as in ``base``.
    base_get = base.values.get
    for name in prepared[1]:
        if name not in changed:
            diff[name] = base_get(name)
    over2, rules2 = propagate(evaluation, diff, within)
    old = base.values
    start = step_over
    if within is not None:
        # The predicates outside ``within`` are not evaluated again: those of "none" are left
        # out too.
        kept = prepared[2].get(id(within))
        if kept is None or kept[0] is not within:
            index = _plan(base.ruleset).index
            kept = prepared[2][id(within)] = (
                within,
                {n: v for n, v in step_over.items() if n not in index or index[n] in within},
            )
        start = kept[1]
    over = dict(start)
    over.update(over2)
    # A name that "none" changed and this answer changes back is in ``over2`` with base's value.
    for name, value in over2.items():
        if name in old and old[name] == value:
            del over[name]

    def rules() -> dict[str, Truth]:
        old_rules = base.rule_values
        found = dict(step_rules)
        found.update(rules2)
        for name, value in rules2.items():
            if old_rules.get(name) == value:
                del found[name]
        return found

    return over, _Lazy(rules)


class _Lazy(Mapping[str, Truth]):
    """A mapping computed when first read."""

    def __init__(self, compute: Callable[[], dict[str, Truth]]) -> None:
        self._compute: Callable[[], dict[str, Truth]] | None = compute
        self._found: dict[str, Truth] = {}

    def _get(self) -> dict[str, Truth]:
        if self._compute is not None:
            self._found = self._compute()
            self._compute = None
        return self._found

    def __getitem__(self, key: str) -> Truth:
        return self._get()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


def apply(base: Evaluation, over: Mapping[str, Truth], rules: Mapping[str, Truth]) -> Evaluation:
    """The evaluation with the changes found by :func:`propagate`."""
    values = dict(base.values)
    values.update(over)
    rule_values = dict(base.rule_values)
    # A computed mapping is read as its dict (``dict.update`` of a non-dict mapping reads key by
    # key through the mapping's methods).
    rule_values.update(rules._get() if isinstance(rules, _Lazy) else rules)
    return Evaluation(
        ruleset=base.ruleset, values=values, rule_values=rule_values, engine=base.engine
    )


def evaluate_changed(base: Evaluation, changed: Mapping[str, Truth]) -> Evaluation:
    """The evaluation of ``base``'s inputs with ``changed`` inputs replaced.

    It keeps the names whose values differ from ``base``'s (``CHANGED_FROM``: ``base``, weakly,
    and the names of ``over``), which :class:`Near` reads instead of comparing every value: the
    values are ``base``'s with ``over`` applied, and :func:`propagate` puts a name in ``over``
    exactly where its value differs from ``base``'s (or ``base`` lacks it), so these are the
    names a comparison finds (round 13b; a property test holds the two together)."""
    over, rules = propagate(base, changed)
    return derived(base, over, rules)


def derived(base: Evaluation, over: Mapping[str, Truth], rules: Mapping[str, Truth]) -> Evaluation:
    """:func:`apply`, keeping the names ``over`` changes (see :func:`evaluate_changed`): ``over``
    must be a propagation's changes from ``base`` (:func:`propagate`, :func:`propagated`, or
    :func:`propagated_via` from ``base``), which hold a name exactly where its value differs."""
    new = apply(base, over, rules)
    new.__dict__[CHANGED_FROM] = (weakref.ref(base), frozenset(over))
    return new


KEEP_CHANGED = True
"""Whether :class:`Near` reads the names kept by :func:`derived` (False: it compares every
value, as before round 13b; the answers are the same, a property test holds the two)."""

CHANGED_FROM = "_changed_from"
"""The key, in an :class:`Evaluation`'s ``__dict__``, of the evaluation it was derived from by
:func:`evaluate_changed` and the names whose values differ from it."""


class Shared:
    """Propagations from one evaluation (``origin``) reused on evaluations near it.

    The search for a pair of questions (:func:`aiact.questions.relevance._given_others`) tries
    the answers of one question on the facts with the answer of another question added: the
    same answers, again and again, on evaluations that each differ from ``origin`` by one other
    answer. Let ``A`` be the names whose values differ between ``origin`` and such a ``near``
    evaluation (present or absent alike), and ``D`` the names whose values an answer's changed
    inputs change from ``origin`` (:func:`propagated`). When

    * none of the answer's changed inputs is in ``A``,
    * ``D`` and ``A`` are disjoint, and
    * no predicate has a rule that reads a name of ``A`` and a rule that reads a name of ``D``
      (their readers in the plan do not meet),

    the answer changes from ``near`` exactly the names of ``D``, to the same values, and the
    same rules: by induction over the evaluation order, a predicate whose rules read neither
    keeps ``origin``'s value (as in both); one whose rules read a name of ``A`` (and so none of
    ``D``) has its value in ``near``; one whose rules read a name of ``D`` (and so none of
    ``A``) has its value after the answer on ``origin``, which differs from ``origin``'s, and so
    from ``near``'s, exactly where it is in ``D``. A rule's value follows the same cases. The
    propagation from ``origin`` is then reused; otherwise (the answer and the other answer
    meet) None, and the caller propagates from ``near``. A property test holds the two
    together."""

    def __init__(self, origin: Evaluation) -> None:
        self.origin = origin
        self.readers = _plan(origin.ruleset).readers
        self.kept: dict[
            frozenset[tuple[str, Truth]], tuple[dict[str, Truth], Mapping[str, Truth], set[int]]
        ] = {}
        self.nears: dict[int, tuple[Evaluation, Near | None]] = {}
        self.last: dict[
            int,
            tuple[Mapping[str, Truth], tuple[dict[str, Truth], Mapping[str, Truth], set[int]]],
        ] = {}

    def entry(
        self,
        changed: Mapping[str, Truth],
        via: tuple[Evaluation, Mapping[str, Truth], Mapping[str, Truth]] | None = None,
    ) -> tuple[dict[str, Truth], Mapping[str, Truth], set[int]] | None:
        """The propagation of ``changed`` from the origin (memoised) and the readers of what
        it changes; None for an unhashable input value. ``via``: a step to propagate it from
        (:func:`propagated_via`, the same values; round 13b)."""
        same = self.last.get(id(changed))
        if same is not None and same[0] is changed:
            return same[1]  # the same mapping again (round 12b: relevance._Apart keeps them)
        try:
            key = frozenset(changed.items())
        except TypeError:
            return None
        found = self.kept.get(key)
        if found is None:
            if via is None:
                over, rules = propagated(self.origin, changed)
            else:
                over, rules = propagated_via(self.origin, via, changed)
            table = self.readers
            readers: set[int] = set()
            for name in over:
                readers.update(table.get(name, ()))
            found = self.kept[key] = (over, rules, readers)
        if isinstance(changed, dict):
            # Keyed by identity, holding the mapping so that its id is not reused; a dict is
            # only reused unchanged by its holder (relevance._Apart), never updated.
            self.last[id(changed)] = (changed, found)
        return found

    def reach(self, answers: Sequence[Mapping[str, Truth]]) -> Reach | None:
        """What some answers' changed inputs change from the origin, together (see
        :meth:`Near.untouched`); None where one cannot be kept."""
        inputs: set[str] = set()
        names: set[str] = set()
        readers: set[int] = set()
        for changed in answers:
            found = self.entry(changed)
            if found is None:
                return None
            inputs.update(changed)
            names.update(found[0])
            readers.update(found[2])
        return Reach(frozenset(inputs), frozenset(names), frozenset(readers))

    def near(self, evaluation: Evaluation) -> Near | None:
        """The reuse on ``evaluation`` (None where it has another rule set or engine)."""
        found = self.nears.get(id(evaluation))
        if found is not None and found[0] is evaluation:
            return found[1]
        near = None
        origin = self.origin
        if evaluation.ruleset is origin.ruleset and evaluation.engine == origin.engine:
            near = Near(self, evaluation)
        self.nears[id(evaluation)] = (evaluation, near)
        return near


class Near:
    """The reuse of a :class:`Shared` origin's propagations on one nearby evaluation."""

    def __init__(self, shared: Shared, evaluation: Evaluation) -> None:
        self.shared = shared
        derived = evaluation.__dict__.get(CHANGED_FROM) if KEEP_CHANGED else None
        changed: set[str] | frozenset[str]
        if derived is not None and derived[0]() is shared.origin:
            # Derived from the origin by :func:`evaluate_changed`: the names it changed are
            # those whose values differ (round 13b), without comparing every value.
            changed = derived[1]
        else:
            before = shared.origin.values
            values = evaluation.values
            changed = {n for n, v in values.items() if n not in before or before[n] != v}
            changed.update(n for n in before if n not in values)
        self.changed = changed
        readers: set[int] = set()
        table = shared.readers
        for name in changed:
            readers.update(table.get(name, ()))
        self.readers = readers

    def propagated(
        self, changed: Mapping[str, Truth]
    ) -> tuple[dict[str, Truth], Mapping[str, Truth]] | None:
        """What :func:`propagated` gives for ``changed`` from this evaluation, when it is the
        origin's propagation (see :class:`Shared`); else None."""
        mine = self.changed
        if not mine.isdisjoint(changed):
            return None
        found = self.shared.entry(changed)
        if found is None:
            return None
        over, rules, readers = found
        if not mine.isdisjoint(over) or not self.readers.isdisjoint(readers):
            return None
        return over, rules

    def untouched(self, reach: Reach, reads: AbstractSet[str]) -> bool:
        """Whether every one of the answers of ``reach`` changes from this evaluation only what
        it changes from the origin (:class:`Shared`) and none of ``reads``: then none of them
        changes anything computed from ``reads`` here."""
        mine = self.changed
        return (
            mine.isdisjoint(reach.inputs)
            and mine.isdisjoint(reach.names)
            and self.readers.isdisjoint(reach.readers)
            and reach.names.isdisjoint(reads)
        )


@dataclass(frozen=True)
class Reach:
    """What some answers change from a :class:`Shared` origin, together: their changed inputs,
    the names whose values they change, and the predicates that read those names."""

    inputs: frozenset[str]
    names: frozenset[str]
    readers: frozenset[int]


# --------------------------------------------------------------------------- many worlds at once

_Bits = tuple[int, int]
"""A truth value in each of N worlds (round 19): bit i of the first int set where it is true in
world i, of the second where it is false; neither: unknown. Never both."""

_FusedBits = Callable[
    [Callable[[str], _Bits], int], tuple[int, int, tuple[tuple[str, int, int], ...]]
]
"""A predicate's rules fused over worlds: called with the values' ``get`` (bits) and the mask
of all worlds; returns the predicate's value in each world and each rule's (id, true, false)."""


def emit_condition_bits(
    condition: Condition, atom: Callable[[str], tuple[str, str]], prefix: str, lines: list[str]
) -> tuple[str, str]:
    """As :func:`aiact.logic.emit_condition`, over N worlds at once: Kleene logic on the two
    masks of :data:`_Bits` (``and``: true where all are, false where one is; ``or`` the other
    way round; ``not`` swaps them; ``A``, the mask of all worlds, for a constant)."""
    counter = iter(range(1_000_000))

    def emit(node: Condition) -> tuple[str, str]:
        if isinstance(node, Atom):
            return atom(node.name)
        if isinstance(node, Const):
            if node.value is True:
                return "A", "0"
            if node.value is False:
                return "0", "A"
            return "0", "0"
        if isinstance(node, Not):
            true, false = emit(node.operand)
            return false, true
        parts = [emit(op) for op in node.operands]
        var = f"{prefix}{next(counter)}"
        first, second = ("&", "|") if isinstance(node, And) else ("|", "&")
        lines.append(f"{var}t = {f' {first} '.join(p[0] for p in parts)}")
        lines.append(f"{var}f = {f' {second} '.join(p[1] for p in parts)}")
        return f"{var}t", f"{var}f"

    return emit(condition)


def _fuse_bits(predicate: str, compiled: Sequence[CompiledRule]) -> _FusedBits:
    local: dict[str, tuple[str, str]] = {}
    lines: list[str] = []
    for rule in compiled:
        for name in rule.rule.reads:
            if name not in local:
                local[name] = var = (f"a{len(local)}t", f"a{len(local)}f")
                lines.append(f"{var[0]}, {var[1]} = get({name!r})")
    own = [
        emit_condition_bits(rule.rule.condition, local.__getitem__, f"t{index}_", lines)
        for index, rule in enumerate(compiled)
    ]
    # The predicate: the Kleene disjunction of its rules' values.
    true = " | ".join(p[0] for p in own)
    false = " & ".join(p[1] for p in own)
    each = "".join(
        f"({rule.rule.id!r}, {t}, {f}), " for rule, (t, f) in zip(compiled, own, strict=True)
    )
    body = "".join(f"    {line}\n" for line in lines)
    source = f"def _b(get, A):\n{body}    return ({true}), ({false}), ({each})\n"
    return _compiled(_FUSED_BITS, source, f"<predicate {predicate}, worlds>", "_b")


_FUSED_BITS: dict[str, _FusedBits] = {}


class _NotTruth(Exception):
    """A value that is not True, False or None: not propagated over worlds."""


def _encode(value: Any, every: int) -> _Bits:
    if value is True:
        return every, 0
    if value is False:
        return 0, every
    if value is None:
        return 0, 0
    raise _NotTruth


class _Base(dict[str, _Bits]):
    """An evaluation's values (or rule values) as bits, the same in every world of ``every``,
    each encoded when first read (a name missing is unknown, as ``dict.get`` gives None)."""

    __slots__ = ("every", "source")

    def __init__(self, source: Mapping[str, Any], every: int) -> None:
        super().__init__()
        self.source = source
        self.every = every

    def __missing__(self, key: str) -> _Bits:
        found = self[key] = _encode(self.source.get(key), self.every)
        return found


class _Worlds(dict[str, _Bits]):
    """The values in each world: those that differ somewhere, else the base's."""

    __slots__ = ("base",)

    def __init__(self, base: _Base) -> None:
        super().__init__()
        self.base = base

    def __missing__(self, key: str) -> _Bits:
        found = self[key] = self.base[key]
        return found


WIDTH = 64
"""The worlds :func:`propagate_worlds` computes (at most as many answers, then as many as there
are): the worlds beyond the answers' are the base's (no name differs there, so no predicate is
evaluated again in them), and the base's bits are kept on the evaluation for this width."""


def _base_bits(evaluation: Evaluation, every: int) -> tuple[_Base, _Base]:
    """The evaluation's values and rule values as bits (:class:`_Base`), kept on the evaluation
    for :data:`WIDTH`."""
    if every == (1 << WIDTH) - 1:
        kept: tuple[_Base, _Base] | None = evaluation.__dict__.get("_worlds")
        if kept is None:
            kept = evaluation.__dict__["_worlds"] = (
                _Base(evaluation.values, every),
                _Base(evaluation.rule_values, every),
            )
        return kept
    return _Base(evaluation.values, every), _Base(evaluation.rule_values, every)


def _propagate_bits(
    plan: _Plan,
    evaluation: Evaluation,
    bits: _Worlds,
    base: tuple[_Base, _Base],
    differs: dict[str, int],
    within: AbstractSet[int] | None,
    every: int,
    with_rules: bool,
    rule_changes: list[tuple[str, int, int, int]],
) -> list[str]:
    """:func:`propagate_worlds`'s pass: the predicates reached, in evaluation order, each
    evaluated in all worlds at once and kept only in those where a name it reads differs; the
    predicates whose values differ somewhere, in order (their bits into ``bits``, their worlds
    into ``differs``; the rules' changes into ``rule_changes``)."""
    base_bits, base_rules = base
    readers = plan.readers
    # Per predicate reached, the worlds where a name it reads differs (its readers' plan is the
    # inverse of what each reads): gathered as the names are changed, ahead of its turn.
    dirt: dict[int, int] = {}
    dirt_get = dirt.get
    for name, where in differs.items():
        for reader in readers.get(name, ()):
            dirt[reader] = dirt_get(reader, 0) | where
    queued = set(dirt)
    if within is not None:
        queued.intersection_update(within)
    heap = list(queued)
    heapq.heapify(heap)
    pop = heapq.heappop
    push = heapq.heappush
    names = plan.names
    fused = plan.fused_bits
    by_predicate = evaluation.ruleset.by_predicate
    get = bits.__getitem__
    changed_predicates: list[str] = []
    while heap:
        position = pop(heap)
        predicate = names[position]
        function = fused[position]
        if function is None:
            function = fused[position] = _fuse_bits(predicate, by_predicate[predicate])
        true, false, each = function(get, every)
        # Only the worlds where a name it reads differs: elsewhere it is not evaluated again.
        dirty = dirt[position]
        if with_rules:
            for rule_id, rule_true, rule_false in each:
                old_true, old_false = base_rules[rule_id]
                moved = ((rule_true ^ old_true) | (rule_false ^ old_false)) & dirty
                if moved:
                    rule_changes.append((rule_id, rule_true, rule_false, moved))
        base_true, base_false = base_bits[predicate]
        true = (true & dirty) | (base_true & ~dirty)
        false = (false & dirty) | (base_false & ~dirty)
        moved = (true ^ base_true) | (false ^ base_false)
        if moved:
            bits[predicate] = (true, false)
            differs[predicate] = moved
            changed_predicates.append(predicate)
            for reader in readers.get(predicate, ()):
                dirt[reader] = dirt_get(reader, 0) | moved
                if reader not in queued and (within is None or reader in within):
                    queued.add(reader)
                    push(heap, reader)
    return changed_predicates


def propagate_worlds(
    base: Evaluation,
    changes: Sequence[Mapping[str, Truth]],
    within: AbstractSet[int] | None,
    with_rules: bool = False,
) -> list[tuple[dict[str, Truth], dict[str, Truth]]] | None:
    """For each of ``changes``, what :func:`propagate` gives (``over``: the inputs and the
    predicates of ``within`` whose values differ from ``base``, in the same order; with
    ``with_rules``, the rules of those predicates whose values differ, else an empty mapping),
    computed for all of them in one pass over the union of their reach (round 19): world ``i``
    is ``base`` with ``changes[i]``, each value two bits (:data:`_Bits`).

    A predicate is evaluated again in world ``i`` exactly where :func:`propagate` would evaluate
    it in that world's propagation (where a name it reads differs from ``base`` there); in the
    other worlds it keeps ``base``'s value and its rules theirs, as there. None (nothing
    computed) where a change sets a predicate, or a value read is not a truth value."""
    count = len(changes)
    if not count:
        return []
    plan = _plan(base.ruleset)
    index = plan.index
    values = base.values
    every = (1 << max(count, WIDTH)) - 1
    base_bits, base_rules = _base_bits(base, every)
    bits = _Worlds(base_bits)
    differs: dict[str, int] = {}  # per name, the worlds where its value differs from base's
    outs: list[dict[str, Truth]] = []
    rule_outs: list[dict[str, Truth]] = [{} for _ in range(count)]
    rule_changes: list[tuple[str, int, int, int]] = []
    try:
        # Per input changed, the worlds where it is set true, false, and set at all (each
        # input's bits are then put together once, not world by world).
        inputs: dict[str, list[int]] = {}
        for world, changed in enumerate(changes):
            bit = 1 << world
            out: dict[str, Truth] = {}
            for name, value in changed.items():
                if name in values and values[name] == value:
                    continue
                out[name] = value
                masks = inputs.get(name)
                if masks is None:
                    masks = inputs[name] = [0, 0, 0]
                if value is True:
                    masks[0] |= bit
                elif value is False:
                    masks[1] |= bit
                elif value is not None:
                    raise _NotTruth
                masks[2] |= bit
            outs.append(out)
        for name, (set_true, set_false, where) in inputs.items():
            if name in index:
                return None
            true, false = bits[name]
            bits[name] = ((true & ~where) | set_true, (false & ~where) | set_false)
            differs[name] = where
        changed_predicates = _propagate_bits(
            plan,
            base,
            bits,
            (base_bits, base_rules),
            differs,
            within,
            every,
            with_rules,
            rule_changes,
        )
    except _NotTruth:
        return None
    by_low = {1 << world: out for world, out in enumerate(outs)}
    for predicate in changed_predicates:
        true, false = bits[predicate]
        _decode(predicate, true, false, differs[predicate], by_low)
    by_low = {1 << world: out for world, out in enumerate(rule_outs)}
    for rule_id, true, false, mask in rule_changes:
        _decode(rule_id, true, false, mask, by_low)
    return list(zip(outs, rule_outs, strict=True))


def _decode(
    name: str, true: int, false: int, mask: int, by_low: Mapping[int, dict[str, Truth]]
) -> None:
    """``name``'s value into the mapping of each world of ``mask`` (by its bit): true, false or
    unknown by its bits there (the worlds of each value taken together)."""
    for bits, value in ((true & mask, True), (false & mask, False), (mask & ~(true | false), None)):
        while bits:
            low = bits & -bits
            by_low[low][name] = value
            bits ^= low
