"""The durable-rules engine: the same declarations evaluated by a Rete network (the cross-check).

The native engine (:mod:`aiact.engine.native`) is the default; this engine exists so that a second,
independent evaluator holds the first to account (a hypothesis differential test compares the two).
Neither holds legal knowledge: both read the :class:`~aiact.ruleset.RuleSet`.

How the rule set becomes a Rete network
---------------------------------------
Every name is a small fact ``{"t": <bucket>, "n": <name>, "v": "T" | "F" | "U"}``. Each rule's
condition is compiled, symbolically and with Kleene semantics, into three *disjoint* DNFs: the
condition is true / false / unknown. A DNF term is a conjunction of literals ``name has a value in
S`` (``S`` a proper subset of ``{T, F, U}``), and becomes one durable-rules rule that joins one fact
per literal. Because the terms are disjoint and each name has exactly one fact, exactly one
durable-rules rule fires per rule of the Act; its action asserts the conclusion fact and records
what fired, nothing else (no Python re-evaluation of legal conditions). A predicate concluded by
several rules is the Kleene OR of the rule-result facts, compiled the same way. Conditions whose
DNFs would exceed durable-rules' limits (16 facts per join) are split with intermediate facts,
and names read by too many durable rules get relay copies (256 rules with one condition).

A network in parts
------------------
durable-rules takes at most 4,096 rules in one ruleset (:data:`DURABLE_RULE_LIMIT`, error 106).
The facts' definitions are put in dependency order (each after every definition whose fact it
reads) and cut into consecutive *parts* of at most :data:`PART_RULE_LIMIT` rules, each its own
durable-rules ruleset with its own start and sink rules. An evaluation runs the parts in order,
in one session id: each part gets the start fact, the inputs it reads and the conclusions of
earlier parts it reads, asserted as facts; its actions run and everything is retracted, as in a
single ruleset. Parts are kept small (1,000 rules) because durable-rules is faster on smaller
rulesets; a rule set that fits one part (the model rule sets) is one ruleset, as before.

Hardening (see docs/adr/0002-durable-rules-engine.md and DESIGN.md)
--------------------------------------------------------------------
A :class:`Host` subclass without timer threads; JSON definitions, uniquely named durable
rulesets (one per part) per rule set, registered from a deep copy; one lock serialising every
call into durable; facts, not events; one session per evaluation, deleted in ``finally``; a rule
that always fires (in every part); a sink rule that stores every fact; ``state["exception"]``
checked after every evaluation; and every rule and predicate must have exactly one recorded
value, or the evaluation fails loudly.
"""

from __future__ import annotations

import copy
import hashlib
import importlib
import itertools
import json
import math
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias

from aiact.engine.base import EngineUnavailableError, Evaluation
from aiact.logic import And, Atom, Condition, Const, Not, Or, Truth, atoms
from aiact.ruleset import RuleSet

__all__ = ["DurableEngine", "DurableEngineError", "durable_engine"]

INSTALL_HINT = (
    "install it with `pip install 'aiact[durable]'` on Python 3.11 or 3.12 "
    "(durable-rules ships only an sdist, so a C compiler is needed), "
    "or use the native engine (the default), which gives the same results"
)


class DurableEngineError(RuntimeError):
    """durable-rules failed during an evaluation (a swallowed action error, a lost fact ...)."""


# --------------------------------------------------------------------------- Kleene DNF compilation

Value: TypeAlias = str  # "T", "F" or "U"
ALL_VALUES: frozenset[Value] = frozenset({"T", "F", "U"})
Term: TypeAlias = tuple[tuple[str, frozenset[Value]], ...]
"""A conjunction of literals ``name in values``, sorted by name; ``()`` is always true."""
DNF: TypeAlias = tuple[Term, ...]
"""A disjunction of pairwise disjoint terms; ``()`` is never true."""

MAX_WIDTH = 10
"""Literals (joined facts) per durable rule; durable-rules fails above 16 (error 304)."""
MAX_TERMS = 10
"""Terms per outcome of one condition before the condition is split with intermediate facts.
Round 15 lowered it from 32 to 10 to keep the amended system rule set under
:data:`DURABLE_RULE_LIMIT` in one ruleset; since round 16 the network is split into parts
instead, and 10 stays for its own sake: the fewest durable rules (3,963 against 4,005-4,105 for
6-32), and no slower than 8 or 16, faster than 32 (docs/performance.md, "Durable engine: a
network in parts")."""
DURABLE_RULE_LIMIT = 4096
"""The rules one durable-rules ruleset may have: ``MAX_ACTIONS`` (4096) in durable-rules 2.0.28's
``src/rules/rete.c``, where ``createTree`` counts one action node per rule and refuses the next
with ``if (tree->actionCount == MAX_ACTIONS) return ERR_RULE_LIMIT_EXCEEDED;`` (106). It counts
rules, every rule of the JSON definition (the start and sink rules too), not alpha or beta
nodes: those are allocated without a limit."""
FIXED_RULES = 2
"""The rules every part has besides its definitions' rules: the start rule and the sink."""
PART_RULE_LIMIT = 1000
"""The rules of one part (one durable-rules ruleset) at most, well under
:data:`DURABLE_RULE_LIMIT`. Smaller parts are faster: durable-rules looks for the next action to
run by scanning every action of the ruleset from the first (``getNextResultInState``,
src/rules/state.c), once per action. The amended system rule set in parts of at most 1,000 rules
(4 parts) takes 19-22 ms of CPU an evaluation against 24-30 ms in one ruleset, and 1,000 did
better than 500, 1,500, 2,000 and 4,000 (docs/performance.md, "Durable engine: a network in
parts")."""
MAX_SAME_CONDITION = 200
"""durable rules that may share one literal; durable-rules refuses more than 256 (error 108)."""
MAX_SIBLINGS = 400
"""Alpha conditions under one parent; durable-rules hangs with 512 (and scans them linearly, so the
names are spread over about sqrt(n) values of ``t``, sqrt(n) names each)."""
_BLOWUP = 4 * MAX_TERMS
"""Intermediate DNF size at which compilation gives up on a condition and splits it instead."""


class _TooLarge(Exception):
    pass


def _encode(value: Truth) -> Value:
    if value is True:
        return "T"
    if value is False:
        return "F"
    if value is None:
        return "U"
    raise TypeError(f"durable engine: a fact value must be True, False or None, not {value!r}")


_DECODE: dict[Value, Truth] = {"T": True, "F": False, "U": None}


def _conjoin(left: Term, right: Term) -> Term | None:
    """The conjunction of two terms, or ``None`` if it can never hold."""
    merged = dict(left)
    for name, values in right:
        if name in merged:
            both = merged[name] & values
            if not both:
                return None
            merged[name] = both
        else:
            merged[name] = values
    return tuple(sorted(merged.items()))


def _product(left: DNF, right: DNF) -> DNF:
    out: list[Term] = []
    for a in left:
        for b in right:
            term = _conjoin(a, b)
            if term is not None:
                if len(term) > MAX_WIDTH or len(out) >= _BLOWUP:
                    raise _TooLarge
                out.append(term)
    return tuple(out)


def _simplify(dnf: DNF) -> DNF:
    """Merge disjoint terms that differ only in the value set of one name (keeps disjointness)."""
    terms = list(dict.fromkeys(dnf))
    changed = True
    while changed:
        changed = False
        for i, j in itertools.combinations(range(len(terms)), 2):
            a, b = terms[i], terms[j]
            if len(a) != len(b) or any(x[0] != y[0] for x, y in zip(a, b, strict=True)):
                continue
            diff = [k for k in range(len(a)) if a[k][1] != b[k][1]]
            if len(diff) != 1:
                continue
            k = diff[0]
            union = a[k][1] | b[k][1]
            merged = a[:k] + (((a[k][0], union),) if union != ALL_VALUES else ()) + a[k + 1 :]
            terms[i] = merged
            del terms[j]
            changed = True
            break
    return tuple(terms)


@dataclass(frozen=True)
class _Outcomes:
    """The three disjoint DNFs of a condition: when it is true, false and unknown."""

    t: DNF
    f: DNF
    u: DNF

    def by_value(self) -> tuple[tuple[Value, DNF], ...]:
        return (("T", self.t), ("F", self.f), ("U", self.u))


def _literal_dnf(name: str, value: Value) -> DNF:
    term: Term = ((name, frozenset({value})),)
    return (term,)


def _outcomes(condition: Condition) -> _Outcomes:
    """Kleene semantics, symbolically: each outcome as a disjoint DNF over name literals."""
    if isinstance(condition, Atom):
        name = condition.name
        t, f, u = (_literal_dnf(name, v) for v in ("T", "F", "U"))
        return _Outcomes(t, f, u)
    if isinstance(condition, Const):
        value = _encode(condition.value)
        return _Outcomes(*(((),) if v == value else () for v in ("T", "F", "U")))
    if isinstance(condition, Not):
        inner = _outcomes(condition.operand)
        return _Outcomes(inner.f, inner.t, inner.u)
    parts = [_outcomes(op) for op in condition.operands]
    acc = parts[0]
    for nxt in parts[1:]:
        if isinstance(condition, And):
            # true: both true; false: the first false one; unknown: no false and not both true.
            t = _product(acc.t, nxt.t)
            f = acc.f + _product(acc.t + acc.u, nxt.f)
            u = _product(acc.u, nxt.t + nxt.u) + _product(acc.t, nxt.u)
        else:
            t = acc.t + _product(acc.f + acc.u, nxt.t)
            f = _product(acc.f, nxt.f)
            u = _product(acc.u, nxt.f + nxt.u) + _product(acc.f, nxt.u)
        acc = _Outcomes(_simplify(t), _simplify(f), _simplify(u))
        if max(len(acc.t), len(acc.f), len(acc.u)) > _BLOWUP:
            raise _TooLarge
    return acc


def _fits(condition: Condition) -> _Outcomes | None:
    try:
        result = _outcomes(condition)
    except _TooLarge:
        return None
    for _, dnf in result.by_value():
        if len(dnf) > MAX_TERMS or any(len(term) > MAX_WIDTH for term in dnf):
            return None
    return result


def _nnf(condition: Condition, negate: bool = False) -> Condition:
    """Push negations down to the names (De Morgan holds in Kleene logic)."""
    if isinstance(condition, Atom):
        return Not(condition) if negate else condition
    if isinstance(condition, Const):
        if not negate or condition.value is None:
            return condition
        return Const(not condition.value)
    if isinstance(condition, Not):
        return _nnf(condition.operand, not negate)
    operands = tuple(_nnf(op, negate) for op in condition.operands)
    flip = negate
    if isinstance(condition, And):
        return Or(operands) if flip else And(operands)
    return And(operands) if flip else Or(operands)


def _size(condition: Condition) -> int:
    return len(atoms(condition)) + (
        sum(_size(op) for op in condition.operands) if isinstance(condition, And | Or) else 0
    )


def _lower(condition: Condition, new_aux: Callable[[Condition], Atom]) -> Condition:
    """A condition equivalent to ``condition`` whose DNFs fit durable-rules' limits, reading
    intermediate facts (defined through ``new_aux``) where necessary."""
    if _fits(condition) is not None:
        return condition
    if not isinstance(condition, And | Or):  # a literal always fits
        raise AssertionError(f"cannot compile {condition}")
    kind = type(condition)
    operands = list(condition.operands)
    compound = sorted(
        (i for i, op in enumerate(operands) if isinstance(op, And | Or)),
        key=lambda i: -_size(operands[i]),
    )
    for i in compound:
        operands[i] = new_aux(_lower(operands[i], new_aux))
        candidate = kind(tuple(operands))
        if _fits(candidate) is not None:
            return candidate
    # Only literals left: group them into chunks, each an intermediate fact (Kleene and/or are
    # associative, so this is exact).
    chunk = max(2, min(MAX_WIDTH, MAX_TERMS) // 2)
    grouped: list[Condition] = []
    for start in range(0, len(operands), chunk):
        group = operands[start : start + chunk]
        grouped.append(group[0] if len(group) == 1 else new_aux(kind(tuple(group))))
    return _lower(grouped[0] if len(grouped) == 1 else kind(tuple(grouped)), new_aux)


def _rename(condition: Condition, mapping: Mapping[str, str]) -> Condition:
    if isinstance(condition, Atom):
        return Atom(mapping.get(condition.name, condition.name))
    if isinstance(condition, Const):
        return condition
    if isinstance(condition, Not):
        return Not(_rename(condition.operand, mapping))
    return type(condition)(tuple(_rename(op, mapping) for op in condition.operands))


# --------------------------------------------------------------------------- the compiled network


@dataclass(frozen=True)
class _Definition:
    """One conclusion fact: ``target`` takes the value of ``condition``; the value is recorded
    under ``records`` (``("v", predicate)`` or ``("r", rule id)``; intermediate facts record
    nothing)."""

    target: str
    condition: Condition
    records: tuple[tuple[str, str], ...]


def _definitions(ruleset: RuleSet) -> list[_Definition]:
    """The rules and the per-predicate disjunctions as definitions of facts (before lowering)."""
    out: list[_Definition] = []
    for predicate in ruleset.order:
        compiled = ruleset.by_predicate[predicate]
        if len(compiled) == 1:
            rule = compiled[0].rule
            out.append(_Definition(predicate, rule.condition, (("r", rule.id), ("v", predicate))))
            continue
        for item in compiled:
            out.append(_Definition(f"@{item.rule.id}", item.rule.condition, (("r", item.rule.id),)))
        disjunction = Or(tuple(Atom(f"@{item.rule.id}") for item in compiled))
        out.append(_Definition(predicate, disjunction, (("v", predicate),)))
    return out


def _lowered(definitions: Iterable[_Definition]) -> list[_Definition]:
    out: list[_Definition] = []
    for definition in definitions:
        counter = itertools.count(1)
        aux: list[_Definition] = []

        def new_aux(
            condition: Condition,
            owner: str = definition.target,
            into: list[_Definition] = aux,
            numbers: Iterator[int] = counter,
        ) -> Atom:
            name = f"~{owner}~{next(numbers)}"
            into.append(_Definition(name, condition, ()))
            return Atom(name)

        condition = _lower(_nnf(definition.condition), new_aux)
        out.extend(aux)
        out.append(_Definition(definition.target, condition, definition.records))
    return out


def _relayed(definitions: list[_Definition]) -> list[_Definition]:
    """Give names read by too many durable rules relay copies, so that no literal is shared by
    more than :data:`MAX_SAME_CONDITION` durable rules."""
    relay_numbers: dict[str, Iterator[int]] = {}
    for _ in range(10_000):
        usage: dict[tuple[str, frozenset[Value]], list[int]] = {}
        for index, definition in enumerate(definitions):
            outcomes = _fits(definition.condition)
            assert outcomes is not None
            for _, dnf in outcomes.by_value():
                for term in dnf:
                    for literal in term:
                        usage.setdefault(literal, []).append(index)
        crowded = [(lit, users) for lit, users in usage.items() if len(users) > MAX_SAME_CONDITION]
        if not crowded:
            return definitions
        (name, _), users = max(crowded, key=lambda item: len(item[1]))
        # Split the readers of ``name`` into groups; group k >= 1 reads the relay ``name#k``.
        per_definition: dict[int, int] = {}
        for index in users:
            per_definition[index] = per_definition.get(index, 0) + 1
        groups: list[list[int]] = [[]]
        load = 0
        for index, count in per_definition.items():
            if load + count > MAX_SAME_CONDITION // 2 and groups[-1]:
                groups.append([])
                load = 0
            groups[-1].append(index)
            load += count
        rewritten = list(definitions)
        relays: list[_Definition] = []
        numbers = relay_numbers.setdefault(name, itertools.count(1))
        for group in groups[1:]:
            relay = f"{name}#{next(numbers)}"
            relays.append(_Definition(relay, Atom(name), ()))
            for index in group:
                old = rewritten[index]
                rewritten[index] = _Definition(
                    old.target, _rename(old.condition, {name: relay}), old.records
                )
        definitions = relays + rewritten
    raise DurableEngineError("durable engine: could not spread the shared conditions over relays")


def _ordered(definitions: list[_Definition]) -> list[_Definition]:
    """The definitions in dependency order: each after every definition whose fact it reads.

    Depth first, in the given order otherwise (deterministic): a relay (``name#k``) or an
    intermediate fact (``~owner~k``) lands just before its first reader."""
    by_target = {d.target: d for d in definitions}
    placed: dict[str, None] = {}
    out: list[_Definition] = []
    for root in definitions:
        if root.target in placed:
            continue
        # An explicit stack: chains of thousands of definitions must not hit the recursion limit.
        stack: list[tuple[_Definition, Iterator[str]]] = [(root, iter(atoms(root.condition)))]
        on_path = {root.target}
        while stack:
            definition, pending = stack[-1]
            for name in pending:
                needed = by_target.get(name)
                if needed is None or name in placed:
                    continue
                if name in on_path:
                    raise DurableEngineError(
                        f"durable engine: the facts depend on {name!r} cyclically"
                    )
                on_path.add(name)
                stack.append((needed, iter(atoms(needed.condition))))
                break
            else:
                stack.pop()
                on_path.discard(definition.target)
                placed[definition.target] = None
                out.append(definition)
    return out


def _rule_count(outcomes: _Outcomes) -> int:
    """The durable rules a definition compiles to: one per DNF term of its three outcomes."""
    return len(outcomes.t) + len(outcomes.f) + len(outcomes.u)


def _split(costs: list[int], limit: int) -> list[range]:
    """Cut a dependency-ordered list of definitions into consecutive parts (indices), each of at
    most ``limit`` durable rules counting the :data:`FIXED_RULES` every part has. A definition
    bigger than a part on its own gets a part of its own (only an artificially small ``limit``
    does that: a definition has at most ``3 * MAX_TERMS`` rules)."""
    budget = limit - FIXED_RULES
    if budget < 1:
        raise ValueError(f"durable engine: a part of at most {limit} rules holds no definition")
    parts: list[range] = []
    start = 0
    used = 0
    for index, cost in enumerate(costs):
        if used + cost > budget and index > start:
            parts.append(range(start, index))
            start, used = index, 0
        used += cost
    if start < len(costs) or not parts:
        parts.append(range(start, len(costs)))
    return parts


@dataclass(frozen=True)
class _Part:
    """One durable-rules ruleset: a consecutive run of the network's definitions."""

    name: str
    definition: dict[str, Any]
    definitions: range
    """The indices (into :attr:`_Network.definitions`) of the definitions this part concludes."""
    input_names: tuple[str, ...]
    """The facts asserted into this part: the inputs it reads and the conclusions of earlier
    parts it reads (each read by a rule of this part, none concluded here)."""

    @property
    def durable_rules(self) -> int:
        return len(self.definition)


@dataclass(frozen=True)
class _Network:
    """A rule set compiled to durable-rules: its parts (one durable-rules ruleset each, evaluated
    in order) and what to assert and record."""

    name: str
    parts: tuple[_Part, ...]
    buckets: Mapping[str, str]
    """Fact name -> the value of its ``t`` property (the alpha network's first test)."""
    input_names: tuple[str, ...]
    """The input facts the network reads (each asserted; unknown when missing from the inputs)."""
    actions: tuple[tuple[int, Value], ...]
    """What each action concludes: (definition index, value)."""
    action_of_rule: Mapping[str, int]
    """durable rule name -> action index (-1 for the start rule of every part). Rule names are
    unique across the parts but for the start rule."""
    definitions: tuple[_Definition, ...]
    """In dependency order; the parts hold consecutive runs of them."""
    records: tuple[tuple[tuple[bool, str, Truth], ...], ...]
    """What each action records: (a rule value?, rule id or predicate, the value), per action."""
    carried: tuple[tuple[str, ...], ...]
    """Per action: the name of the fact it concludes if a later part reads it, else ``()``."""
    rule_ids: tuple[str, ...]
    """Every rule of the rule set, in the rule set's order (each must get exactly one value)."""
    predicates: tuple[str, ...]
    """Every predicate, in the rule set's order (each must get exactly one value)."""

    @property
    def durable_rules(self) -> int:
        """The durable rules of all parts together (each part has its own start and sink)."""
        return sum(part.durable_rules for part in self.parts)

    @property
    def joined_literals(self) -> int:
        return sum(len(rule["all"]) for part in self.parts for rule in part.definition.values())

    def rules(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every durable rule of every part: (name, JSON definition)."""
        for part in self.parts:
            yield from part.definition.items()


_START = "start"
_START_RULE = "start"


def _not_dispatched(c: Any) -> None:
    raise DurableEngineError(
        "durable engine: durable-rules dispatched an action itself (it must not: the engine runs "
        "every action in its own loop)"
    )


def _compile(ruleset: RuleSet, name: str, part_limit: int = PART_RULE_LIMIT) -> _Network:
    """Compile ``ruleset`` into durable-rules rulesets of at most ``part_limit`` rules each."""
    if part_limit > DURABLE_RULE_LIMIT:
        raise ValueError(f"durable engine: a part may have at most {DURABLE_RULE_LIMIT} rules")
    definitions = _ordered(_relayed(_lowered(_definitions(ruleset))))
    outcomes_of: list[_Outcomes] = []
    for definition in definitions:
        outcomes = _fits(definition.condition)
        assert outcomes is not None
        outcomes_of.append(outcomes)
    targets = {d.target for d in definitions}
    read: dict[str, None] = {}
    for definition in definitions:
        for atom_name in atoms(definition.condition):
            read.setdefault(atom_name, None)
    input_names = tuple(n for n in read if n not in targets)
    undeclared = [n for n in input_names if n not in ruleset.inputs]
    if undeclared:  # compile_rules rejects this already; the engine checks on its own too
        raise DurableEngineError(f"durable engine: rules read undeclared names {undeclared}")
    all_names = list(input_names) + [d.target for d in definitions]
    per_bucket = max(1, math.isqrt(len(all_names)))
    if per_bucket > MAX_SIBLINGS or len(all_names) // per_bucket + 1 > MAX_SIBLINGS:
        raise DurableEngineError(f"durable engine: too many names ({len(all_names)})")
    buckets = {n: f"f{i // per_bucket}" for i, n in enumerate(all_names)}

    def pattern(name: str, values: frozenset[Value]) -> dict[str, Any]:
        if len(values) == 1:
            (value,) = values
            test: dict[str, Any] = {"v": value}
        else:
            (missing,) = ALL_VALUES - values
            test = {"$neq": {"v": missing}}
        return {"$and": [{"t": buckets[name]}, {"n": name}, test]}

    ranges = _split([_rule_count(o) for o in outcomes_of], part_limit)
    part_of = {definitions[i].target: k for k, run in enumerate(ranges) for i in run}
    actions: list[tuple[int, Value]] = []
    action_of_rule: dict[str, int] = {_START_RULE: -1}
    parts: list[_Part] = []
    read_later: set[str] = set()
    for k, run in enumerate(ranges):
        rules: dict[str, Any] = {
            # The rule that always fires: deleting a session in which no action ran segfaults.
            _START_RULE: {"all": [{"m0": {"t": _START}}], "run": _not_dispatched},
            # The sink: stores every fact (so that no assert is "not handled") and never fires.
            "sink": {
                "all": [{"m0": {"$nex": {"zz": 1}}}, {"m1": {"t": "~never"}}],
                "run": _not_dispatched,
            },
        }
        reads: dict[str, None] = {}
        for index in run:
            for atom_name in atoms(definitions[index].condition):
                if part_of.get(atom_name) != k:
                    reads.setdefault(atom_name, None)
                    if atom_name in part_of:
                        read_later.add(atom_name)
            for value, dnf in outcomes_of[index].by_value():
                action_index = len(actions)
                actions.append((index, value))
                for j, term in enumerate(dnf):
                    joins = [{f"m{m}": pattern(n, vs)} for m, (n, vs) in enumerate(term)]
                    rule_name = f"d{index}.{value}.{j}"
                    rules[rule_name] = {
                        "all": joins or [{"m0": {"t": _START}}],
                        "run": _not_dispatched,
                    }
                    action_of_rule[rule_name] = action_index
        if len(rules) > part_limit:  # only a definition too big for an artificial limit
            assert part_limit < DURABLE_RULE_LIMIT and len(run) == 1, (len(rules), part_limit)
        part_name = name if len(ranges) == 1 else f"{name}-{k + 1}"
        parts.append(_Part(part_name, rules, run, tuple(reads)))
    records = tuple(
        tuple((kind == "r", key, _DECODE[value]) for kind, key in definitions[index].records)
        for index, value in actions
    )
    carried = tuple(
        (definitions[index].target,) if definitions[index].target in read_later else ()
        for index, _ in actions
    )
    return _Network(
        name=name,
        parts=tuple(parts),
        buckets=buckets,
        input_names=input_names,
        actions=tuple(actions),
        action_of_rule=action_of_rule,
        definitions=tuple(definitions),
        records=records,
        carried=carried,
        rule_ids=tuple(
            compiled.rule.id
            for predicate in ruleset.order
            for compiled in ruleset.by_predicate[predicate]
        ),
        predicates=tuple(ruleset.order),
    )


def _signature(ruleset: RuleSet) -> str:
    text = repr(
        (
            ruleset.law.value,
            sorted(ruleset.inputs),
            ruleset.order,
            [(r.id, r.concludes, r.when) for r in ruleset.rules],
        )
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# --------------------------------------------------------------------------- the engine

_LOCK = threading.RLock()
"""Serialises every call into durable-rules (registration, sessions, actions)."""

RECYCLE_AFTER = 1_000
"""Evaluations after which a session is deleted and a fresh one started."""


def _import_durable(
    version: tuple[int, ...] = (sys.version_info.major, sys.version_info.minor),
) -> Any:
    """Import ``durable.engine`` or raise :class:`EngineUnavailableError` saying why."""
    if tuple(version[:2]) >= (3, 13):
        raise EngineUnavailableError(
            f"the durable engine needs durable-rules, which does not run on Python "
            f"{version[0]}.{version[1]} (its C extension fails to import on 3.13+); {INSTALL_HINT}"
        )
    try:
        from durable import engine as durable_module
    except ImportError as error:
        raise EngineUnavailableError(
            f"the durable engine needs durable-rules, which is not installed here ({error}); "
            f"{INSTALL_HINT}"
        ) from error
    return durable_module


class _Session:
    """One durable-rules session (``sid``) in every part of one network, reused across
    evaluations.

    Creating a session costs durable-rules about 7 ms for the system rule set (it allocates
    memory for every node of the network), more than the evaluation itself; so each evaluation
    asserts its facts into a live session and retracts them all afterwards, and a session is
    deleted after :data:`RECYCLE_AFTER` evaluations or at the first sign of trouble.
    """

    def __init__(self, network: _Network, sid: str) -> None:
        self.network = network
        self.sid = sid
        self.evaluations = 0
        self.actions_ran = [False] * len(network.parts)
        """Per part: whether an action ran in this session's state there."""
        self.extra_starts = 0
        sid_json = json.dumps(sid)
        self.start_json = f'{{"sid": {sid_json}, "t": "{_START}"}}'
        asserted = dict.fromkeys(name for part in network.parts for name in part.input_names)
        self.input_json: dict[str, dict[Value, str]] = {
            name: {v: self._fact(name, v) for v in ALL_VALUES} for name in asserted
        }
        self.conclusion_json: list[str] = [
            self._fact(network.definitions[index].target, value) for index, value in network.actions
        ]

    def _fact(self, name: str, value: Value) -> str:
        return json.dumps({"sid": self.sid, "t": self.network.buckets[name], "n": name, "v": value})


class DurableEngine:
    """Evaluate a rule set with durable-rules' Rete network; the same results as the native engine.

    Thread-safe: one lock serialises every call into durable-rules.
    """

    name = "durable"

    def __init__(self, module: Any) -> None:
        class QuietHost(module.Host):  # type: ignore[misc]
            """A host without the background dispatch/timer threads that race with sync calls."""

            def _run(self) -> None:
                return None

        self._c: Any = importlib.import_module("durable_rules_engine")
        self._host: Any = QuietHost()
        self._networks: dict[tuple[str, int], _Network] = {}
        self._by_id: dict[tuple[int, int], tuple[RuleSet, _Network]] = {}
        self._sessions: dict[str, _Session] = {}
        self._sids = itertools.count(1)
        self.evaluations = 0
        self.sessions_created = 0
        self.sessions_deleted = 0

    # -- compilation ----------------------------------------------------------------------------

    def network(self, ruleset: RuleSet, part_limit: int = PART_RULE_LIMIT) -> _Network:
        """The compiled (and registered) durable-rules rulesets for ``ruleset``, parts of at most
        ``part_limit`` rules (a smaller limit only to test the split)."""
        with _LOCK:
            cached = self._by_id.get((id(ruleset), part_limit))
            if cached is not None and cached[0] is ruleset:
                return cached[1]
            signature = _signature(ruleset)
            network = self._networks.get((signature, part_limit))
            if network is None:
                name = f"aiact-{ruleset.law.name.lower()}-{signature}"
                if part_limit != PART_RULE_LIMIT:
                    name += f"-max{part_limit}"
                network = _compile(ruleset, name, part_limit)
                try:
                    # register_rulesets mutates its argument: give it a copy. All parts in one
                    # call: durable creates every ruleset before it registers any.
                    self._host.register_rulesets(
                        {part.name: copy.deepcopy(part.definition) for part in network.parts}
                    )
                except Exception as error:
                    sizes = ", ".join(str(part.durable_rules) for part in network.parts)
                    raise DurableEngineError(
                        f"durable engine: durable-rules refused the rule set of "
                        f"{ruleset.law.value} ({len(network.parts)} parts of {sizes} durable "
                        f"rules): {error}"
                    ) from error
                self._networks[(signature, part_limit)] = network
            self._by_id[(id(ruleset), part_limit)] = (ruleset, network)
            return network

    # -- sessions -------------------------------------------------------------------------------

    def _handles(self, network: _Network) -> list[Any]:
        return [self._host.get_ruleset(part.name)._handle for part in network.parts]

    def _session(self, network: _Network) -> _Session:
        session = self._sessions.get(network.name)
        if session is None:
            session = _Session(network, f"s{next(self._sids)}")
            self._sessions[network.name] = session
            self.sessions_created += 1
        return session

    def _drop(self, session: _Session) -> None:
        """Delete a session in every part (never where no action ran: durable-rules segfaults)."""
        self._sessions.pop(session.network.name, None)
        c = self._c
        failure: BaseException | None = None
        for k, handle in enumerate(self._handles(session.network)):
            try:
                if not session.actions_ran[k]:
                    session.extra_starts += 1
                    fact = json.dumps({"sid": session.sid, "t": _START, "k": session.extra_starts})
                    state = self._checked(c.assert_fact(handle, fact), "assert")
                    message = c.start_action_for_state(handle, state)
                    while message:
                        session.actions_ran[k] = True
                        message = c.complete_and_start_action(handle, state)
            except BaseException as error:  # every part is still dropped; the first error raised
                failure = failure or error
            finally:
                if session.actions_ran[k]:
                    c.delete_state(handle, session.sid)
        self.sessions_deleted += 1
        if failure is not None:
            raise failure

    @staticmethod
    def _checked(result: Any, what: str) -> Any:
        code = result[0]
        if code == 1:
            raise DurableEngineError(f"durable engine: {what}: a fact was not handled by any rule")
        if code == 2:
            raise DurableEngineError(f"durable engine: {what}: a fact was asserted twice")
        return 0 if code == 3 else result[1]

    # -- evaluation -----------------------------------------------------------------------------

    def evaluate(
        self,
        ruleset: RuleSet,
        inputs: Mapping[str, Truth],
        *,
        part_limit: int = PART_RULE_LIMIT,
    ) -> Evaluation:
        network = self.network(ruleset, part_limit)
        encoded = [(name, _encode(inputs.get(name))) for name in network.input_names]
        with _LOCK:
            session = self._session(network)
            try:
                fired = self._run(session, encoded)
            except BaseException:
                self._drop(session)
                raise
            session.evaluations += 1
            self.evaluations += 1
            if session.evaluations >= RECYCLE_AFTER:
                self._drop(session)
        return self._collect(ruleset, network, inputs, fired)

    def _run(self, session: _Session, encoded: list[tuple[str, Value]]) -> list[int]:
        """Evaluate the parts in order; return the actions that ran (``-1``: a start rule).

        In each part: assert the start fact and the facts the part reads (inputs, and
        conclusions of earlier parts), run every action, retract everything. Actions run in this
        loop through durable-rules' own calls (``start_action_for_state`` /
        ``complete_and_start_action``, as its Python layer does) without its per-action JSON state
        round-trip and lease clock. An action only records that it fired and asserts its
        conclusion fact.
        """
        network = session.network
        known: dict[str, Value] = dict(encoded)
        fired: list[int] = []
        last = len(network.parts) - 1
        for k, handle in enumerate(self._handles(network)):
            part = network.parts[k]
            try:
                facts = [session.input_json[name][known[name]] for name in part.input_names]
            except KeyError as missing:  # an earlier part did not conclude a fact this one reads
                raise DurableEngineError(
                    f"durable engine: durable-rules lost derived facts: [{missing.args[0]!r}] "
                    f"(read by part {k + 1} of {len(network.parts)})"
                ) from None
            ran = self._run_part(session, k, handle, facts)
            fired.extend(ran)
            if k < last:
                carried = network.carried
                actions = network.actions
                definitions = network.definitions
                for action in ran:
                    if action >= 0 and carried[action]:
                        index, value = actions[action]
                        known[definitions[index].target] = value
        return fired

    def _run_part(self, session: _Session, k: int, handle: Any, facts: list[str]) -> list[int]:
        c = self._c
        asserted = [session.start_json, *facts]
        action_of_rule = session.network.action_of_rule
        conclusion_json = session.conclusion_json
        assert_fact = c.assert_fact
        complete_and_start_action = c.complete_and_start_action
        fired: list[int] = []
        try:
            state = self._checked(c.assert_facts(handle, "[" + ",".join(asserted) + "]"), "assert")
            started = c.start_action_for_state(handle, state)
            message: str | None = started[1] if started else None
            while message:
                session.actions_ran[k] = True
                action = action_of_rule[message[2 : message.index('"', 2)]]
                fired.append(action)
                if action >= 0:
                    # _checked, inlined (the hot loop: one call per conclusion)
                    code = assert_fact(handle, conclusion_json[action])[0]
                    if code == 1 or code == 2:
                        self._checked((code, 0), "conclude")
                message = complete_and_start_action(handle, state)
        finally:
            retract = asserted + [conclusion_json[a] for a in fired if a >= 0]
            self._checked(c.retract_facts(handle, "[" + ",".join(retract) + "]"), "retract")
        state_fact = json.loads(c.get_state(handle, session.sid))
        if state_fact.get("exception"):
            raise DurableEngineError(
                f"durable engine: an action failed inside durable-rules: {state_fact['exception']}"
            )
        left = [f for f in json.loads(c.get_facts(handle, session.sid)) if "n" in f or "t" in f]
        if left:
            raise DurableEngineError(
                f"durable engine: {len(left)} facts survived the retraction, e.g. {left[0]}"
            )
        return fired

    def _collect(
        self, ruleset: RuleSet, network: _Network, inputs: Mapping[str, Truth], fired: list[int]
    ) -> Evaluation:
        starts = fired.count(-1)
        if starts != len(network.parts):
            raise DurableEngineError(
                f"durable engine: the start rule did not fire (in {starts} of "
                f"{len(network.parts)} parts)"
            )
        # What each action records is precomputed per network (``_Network.records``); every rule
        # and predicate must be recorded exactly once.
        rule_found: dict[str, Truth] = {}
        value_found: dict[str, Truth] = {}
        records = network.records
        for action_index in fired:
            if action_index < 0:
                continue
            for is_rule, key, truth in records[action_index]:
                found = rule_found if is_rule else value_found
                if key in found:
                    raise DurableEngineError(
                        f"durable engine: {key!r} was concluded twice (the compiled DNFs "
                        "should be disjoint)"
                    )
                found[key] = truth
        try:
            rule_values = {rule_id: rule_found[rule_id] for rule_id in network.rule_ids}
            derived = [(predicate, value_found[predicate]) for predicate in network.predicates]
        except KeyError:
            missing = [f"rule {r}" for r in network.rule_ids if r not in rule_found] + [
                p for p in network.predicates if p not in value_found
            ]
            raise DurableEngineError(
                f"durable engine: durable-rules lost derived facts: {missing[:10]}"
                + (f" and {len(missing) - 10} more" if len(missing) > 10 else "")
            ) from None
        values: dict[str, Truth] = dict(inputs)
        values.update(derived)
        return Evaluation(ruleset=ruleset, values=values, rule_values=rule_values, engine=self.name)


_ENGINE: DurableEngine | None = None


def durable_engine() -> DurableEngine:
    """The durable-rules engine (one per process); raises :class:`EngineUnavailableError` where it
    cannot run (durable-rules not installed, or Python 3.13+)."""
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            _ENGINE = DurableEngine(_import_durable())
        return _ENGINE
