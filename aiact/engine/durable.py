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

Hardening (see docs/adr/0002-durable-rules-engine.md and DESIGN.md)
--------------------------------------------------------------------
A :class:`Host` subclass without timer threads; JSON definitions, one uniquely named durable
ruleset per rule set, registered from a deep copy; one lock serialising every call into durable;
facts, not events; one session per evaluation, deleted in ``finally``; a rule that always fires; a
sink rule that stores every fact; ``state["exception"]`` checked after every evaluation; and every
rule and predicate must have exactly one recorded value, or the evaluation fails loudly.
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
Round 15: 10 (was 32). durable-rules 2.0 refuses a ruleset of more than about 4,096 rules (error
106; jruizgit/rules issue #377); at 32 the amended system rule set compiled to 4,098 durable rules
and was refused. 10 gives the fewest (3,958), splitting more conditions into intermediate facts
(:data:`DURABLE_RULE_LIMIT`, tests/test_engine_durable.py)."""
DURABLE_RULE_LIMIT = 4096
"""The number of durable rules of one ruleset above which durable-rules refuses it (error 106)."""
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


@dataclass(frozen=True)
class _Network:
    """A rule set compiled to durable-rules: its JSON definition and what to assert and record."""

    name: str
    definition: dict[str, Any]
    buckets: Mapping[str, str]
    """Fact name -> the value of its ``t`` property (the alpha network's first test)."""
    input_names: tuple[str, ...]
    """The input facts the network reads (each asserted; unknown when missing from the inputs)."""
    actions: tuple[tuple[int, Value], ...]
    """What each action concludes: (definition index, value)."""
    action_of_rule: Mapping[str, int]
    """durable rule name -> action index (-1 for the start rule)."""
    definitions: tuple[_Definition, ...]
    records: tuple[tuple[tuple[bool, str, Truth], ...], ...]
    """What each action records: (a rule value?, rule id or predicate, the value), per action."""
    rule_ids: tuple[str, ...]
    """Every rule of the rule set, in the rule set's order (each must get exactly one value)."""
    predicates: tuple[str, ...]
    """Every predicate, in the rule set's order (each must get exactly one value)."""

    @property
    def durable_rules(self) -> int:
        return len(self.definition)

    @property
    def joined_literals(self) -> int:
        return sum(len(rule["all"]) for rule in self.definition.values())


_START = "start"
_START_RULE = "start"


def _not_dispatched(c: Any) -> None:
    raise DurableEngineError(
        "durable engine: durable-rules dispatched an action itself (it must not: the engine runs "
        "every action in its own loop)"
    )


def _compile(ruleset: RuleSet, name: str) -> _Network:
    definitions = _relayed(_lowered(_definitions(ruleset)))
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

    rules: dict[str, Any] = {
        # The rule that always fires: deleting a session in which no action ran segfaults.
        _START_RULE: {"all": [{"m0": {"t": _START}}], "run": _not_dispatched},
        # The sink: stores every fact (so that no assert is "not handled") and never fires.
        "sink": {
            "all": [{"m0": {"$nex": {"zz": 1}}}, {"m1": {"t": "~never"}}],
            "run": _not_dispatched,
        },
    }
    actions: list[tuple[int, Value]] = []
    action_of_rule: dict[str, int] = {_START_RULE: -1}
    for index, definition in enumerate(definitions):
        outcomes = _fits(definition.condition)
        assert outcomes is not None
        for value, dnf in outcomes.by_value():
            action_index = len(actions)
            actions.append((index, value))
            for k, term in enumerate(dnf):
                joins = [{f"m{j}": pattern(n, vs)} for j, (n, vs) in enumerate(term)]
                rule_name = f"d{index}.{value}.{k}"
                rules[rule_name] = {
                    "all": joins or [{"m0": {"t": _START}}],
                    "run": _not_dispatched,
                }
                action_of_rule[rule_name] = action_index
    records = tuple(
        tuple((kind == "r", key, _DECODE[value]) for kind, key in definitions[index].records)
        for index, value in actions
    )
    return _Network(
        name=name,
        definition=rules,
        buckets=buckets,
        input_names=input_names,
        actions=tuple(actions),
        action_of_rule=action_of_rule,
        definitions=tuple(definitions),
        records=records,
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
    """One durable-rules session (``sid``), reused across evaluations of one network.

    Creating a session costs durable-rules about 7 ms for the system rule set (it allocates
    memory for every node of the network), more than the evaluation itself; so each evaluation
    asserts its facts into a live session and retracts them all afterwards, and a session is
    deleted after :data:`RECYCLE_AFTER` evaluations or at the first sign of trouble.
    """

    def __init__(self, network: _Network, sid: str) -> None:
        self.network = network
        self.sid = sid
        self.evaluations = 0
        self.actions_ran = False
        self.extra_starts = 0
        sid_json = json.dumps(sid)
        self.start_json = f'{{"sid": {sid_json}, "t": "{_START}"}}'
        self.input_json: dict[str, dict[Value, str]] = {
            name: {v: self._fact(name, v) for v in ALL_VALUES} for name in network.input_names
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
        self._networks: dict[str, _Network] = {}
        self._by_id: dict[int, tuple[RuleSet, _Network]] = {}
        self._sessions: dict[str, _Session] = {}
        self._sids = itertools.count(1)
        self.evaluations = 0
        self.sessions_created = 0
        self.sessions_deleted = 0

    # -- compilation ----------------------------------------------------------------------------

    def network(self, ruleset: RuleSet) -> _Network:
        """The compiled (and registered) durable-rules ruleset for ``ruleset``."""
        with _LOCK:
            cached = self._by_id.get(id(ruleset))
            if cached is not None and cached[0] is ruleset:
                return cached[1]
            signature = _signature(ruleset)
            network = self._networks.get(signature)
            if network is None:
                name = f"aiact-{ruleset.law.name.lower()}-{signature}"
                network = _compile(ruleset, name)
                try:
                    # register_rulesets mutates its argument: give it a copy.
                    self._host.register_rulesets({name: copy.deepcopy(network.definition)})
                except Exception as error:
                    raise DurableEngineError(
                        f"durable engine: durable-rules refused the rule set of "
                        f"{ruleset.law.value} ({network.durable_rules} durable rules): {error}"
                    ) from error
                self._networks[signature] = network
            self._by_id[id(ruleset)] = (ruleset, network)
            return network

    # -- sessions -------------------------------------------------------------------------------

    def _handle(self, network: _Network) -> Any:
        return self._host.get_ruleset(network.name)._handle

    def _session(self, network: _Network) -> _Session:
        session = self._sessions.get(network.name)
        if session is None:
            session = _Session(network, f"s{next(self._sids)}")
            self._sessions[network.name] = session
            self.sessions_created += 1
        return session

    def _drop(self, session: _Session) -> None:
        """Delete a session (never one in which no action ran: durable-rules segfaults)."""
        self._sessions.pop(session.network.name, None)
        handle = self._handle(session.network)
        c = self._c
        try:
            if not session.actions_ran:
                session.extra_starts += 1
                fact = json.dumps({"sid": session.sid, "t": _START, "k": session.extra_starts})
                state = self._checked(c.assert_fact(handle, fact), "assert")
                message = c.start_action_for_state(handle, state)
                while message:
                    session.actions_ran = True
                    message = c.complete_and_start_action(handle, state)
        finally:
            if session.actions_ran:
                c.delete_state(handle, session.sid)
                self.sessions_deleted += 1

    @staticmethod
    def _checked(result: Any, what: str) -> Any:
        code = result[0]
        if code == 1:
            raise DurableEngineError(f"durable engine: {what}: a fact was not handled by any rule")
        if code == 2:
            raise DurableEngineError(f"durable engine: {what}: a fact was asserted twice")
        return 0 if code == 3 else result[1]

    # -- evaluation -----------------------------------------------------------------------------

    def evaluate(self, ruleset: RuleSet, inputs: Mapping[str, Truth]) -> Evaluation:
        network = self.network(ruleset)
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
        """Assert the facts, run every action, retract everything; return the actions that ran.

        Actions run in this loop through durable-rules' own calls (``start_action_for_state`` /
        ``complete_and_start_action``, as its Python layer does) without its per-action JSON state
        round-trip and lease clock. An action only records that it fired and asserts its
        conclusion fact.
        """
        c = self._c
        network = session.network
        handle = self._handle(network)
        input_json = session.input_json
        asserted = [session.start_json]
        asserted.extend(input_json[name][value] for name, value in encoded)
        action_of_rule = network.action_of_rule
        conclusion_json = session.conclusion_json
        assert_fact = c.assert_fact
        complete_and_start_action = c.complete_and_start_action
        fired: list[int] = []
        try:
            state = self._checked(c.assert_facts(handle, "[" + ",".join(asserted) + "]"), "assert")
            started = c.start_action_for_state(handle, state)
            message: str | None = started[1] if started else None
            while message:
                session.actions_ran = True
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
        if -1 not in fired:
            raise DurableEngineError("durable engine: the start rule did not fire")
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
