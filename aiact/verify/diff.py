"""What changed, exactly: the cases whose answer differs between two law versions or two sets
of readings (issue 19, part 4).

For a goal (the risk tier, a conclusion, an obligation's applicability) and two *sides* (a law
version with a reading each), :func:`diff` finds every change of answer (``high_risk`` ->
``minimal``; ``applies`` -> ``does not apply`` ...) and describes the set of cases with that
change as a short condition over facts: a union of *parts*, each a conjunction of facts (a prime
implicant: no fact can be dropped from it) with a witness case file. The union is exact: the
solver proves that every case with the change satisfies some part, and every case satisfying a
part has the change.

How: the two rule sets are encoded over one shared case. A model of "the answers differ" gives
a full assignment of the facts the goal reads; the assignment is shrunk to a prime implicant
(an unsatisfiable core of "the part holds and the answers do not differ so", then dropping facts
one by one, negative facts first), blocked, and the search goes on until no case is left. Dates
appear as comparisons with the declared dates of either side (``placed_on_market <
2027-12-02``).

By default the cases are those that state every fact the goal reads (``cases="known"``): a
readable description of what the law does to a fully described system. ``cases="any"`` also
covers cases with unknown facts (parts may then say ``unknown(...)``).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from aiact.assessment import RiskTier
from aiact.case import Case
from aiact.interpretations import DEFAULT_INTERPRETATIONS, Interpretations
from aiact.logic import Truth, truth_label
from aiact.ruleset import RuleSet
from aiact.verify._z3 import Expr, z3
from aiact.verify.cases import case_from_values, minimal_model
from aiact.verify.dates import comparison_days, day_number
from aiact.verify.encode import CaseVars, Encoding, Kind, Reading, encoding
from aiact.verify.relevance import goal_names
from aiact.versions import LawVersion


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a law version and a reading."""

    law: LawVersion
    interpretations: Interpretations = DEFAULT_INTERPRETATIONS
    label: str = ""

    @property
    def name(self) -> str:
        if self.label:
            return self.label
        default = DEFAULT_INTERPRETATIONS.labels()
        changed = [
            f"{q}={v}" for q, v in self.interpretations.labels().items() if default.get(q) != v
        ]
        return self.law.value + (f" ({', '.join(changed)})" if changed else "")


@dataclass(frozen=True)
class Part:
    """One part of a change: the cases that satisfy ``literals`` (all of them)."""

    literals: tuple[str, ...]
    """Facts in the condition language (``annex_iii.4a``, ``not roles.provider``) and date
    comparisons (``placed_on_market < 2027-12-02``)."""
    witness: Case
    """A case with the fewest stated facts in this part (law and reading of the first side)."""

    @property
    def condition(self) -> str:
        return " and ".join(self.literals) or "true"


@dataclass(frozen=True)
class Change:
    """The cases whose answer is ``before`` on the first side and ``after`` on the second."""

    before: str
    after: str
    parts: tuple[Part, ...]
    complete: bool
    """False when the search stopped at ``max_parts`` (more parts exist)."""

    @property
    def common(self) -> tuple[str, ...]:
        """The facts every part states (a common factor, for reading)."""
        if not self.parts:
            return ()
        shared = set(self.parts[0].literals)
        for part in self.parts[1:]:
            shared &= set(part.literals)
        return tuple(lit for lit in self.parts[0].literals if lit in shared)


@dataclass(frozen=True)
class Diff:
    goal: str
    kind: Kind
    first: Side
    second: Side
    changes: tuple[Change, ...]
    seconds: float
    cases: Literal["known", "any"] = "known"
    reads: tuple[str, ...] = field(default=())
    """The facts the goal reads on either side (its cone)."""

    @property
    def empty(self) -> bool:
        return not self.changes

    @property
    def size(self) -> int:
        """The number of parts over all changes."""
        return sum(len(c.parts) for c in self.changes)


def _label(value: Truth, obligation: bool) -> str:
    if obligation:
        return {True: "applies", False: "does not apply", None: "undetermined"}[value]
    return truth_label(value)


def _cone(rules: Sequence[RuleSet], goals: Sequence[str]) -> set[str]:
    """The input atoms the goals read, directly or through conclusions, on either side."""
    import networkx as nx

    targets = []
    for name in goals:
        if name == "tier":
            targets += ["scope.ai_system", "scope.in_scope", "art5.any", "hr.high_risk"]
            targets += ["art50.any", "gpai.model", "gpai.in_scope", "gpai.systemic_risk"]
        else:
            targets.append(name)
    found: set[str] = set()
    for ruleset in rules:
        graph = ruleset.graph
        for target in targets:
            if target in graph:
                found |= {n for n in nx.ancestors(graph, target) if n in ruleset.inputs}
                if target in ruleset.inputs:
                    found.add(target)
    return found


class _Vocabulary:
    """The literals parts are written in, each with a priority for keeping it (higher: kept
    longer when a part is shrunk): facts the goal reads; date comparisons with the declared
    dates of both sides; and conclusions with the same value on both sides (an abstraction a
    reader knows: ``scope.in_scope``, ``not art5.binding``)."""

    def __init__(
        self,
        case: CaseVars,
        cone: set[str],
        laws: Sequence[LawVersion],
        sides: tuple[Encoding, Encoding],
        goal: str,
        unknowns: bool,
    ) -> None:
        self.items: list[tuple[str, Expr, int]] = []
        seen: set[str] = set()

        def add(text: str, expr: Expr, keep: int) -> None:
            if text not in seen:
                seen.add(text)
                self.items.append((text, expr, keep))

        for name, value in case.facts.items():
            if name in cone:
                add(name, value.t, 1)
                add(f"not {name}", value.f, 0)
                if unknowns:
                    add(f"unknown({name})", value.unknown, 0)
        days: set[dt.date] = set()
        placed = case.first_placed
        change = case.inputs.get("significant_change")
        if any(n.startswith("dates.") for n in cone):
            for law in laws:
                days |= set(comparison_days(law))
            if unknowns:
                add("unknown(placed_on_market)", z3.Not(placed.det), 1)
            for day in sorted(days):
                text = day.isoformat()
                before = z3.And(placed.is_day, placed.day < day_number(day))
                after = z3.And(placed.is_day, placed.day >= day_number(day))
                add(f"placed_on_market < {text}", before, 2)
                add(f"placed_on_market >= {text}", after, 2)
                if change is not None:
                    changed = z3.And(change.is_day, change.day >= day_number(day))
                    add(f"significant_change >= {text}", changed, 2)
                    add(f"not significant_change >= {text}", z3.Not(changed), 1)
        first, second = sides
        for name in first.ruleset.order:
            if (
                name == goal
                or name.startswith(("obligation.", "datecase."))  # datecase.*: internal
                or name not in second.values
            ):
                continue
            a, b = first.values[name], second.values[name]
            add(name, z3.And(a.t, b.t), 4)
            add(f"not {name}", z3.And(a.f, b.f), 3)
            if unknowns:
                add(f"unknown({name})", z3.And(a.unknown, b.unknown), 3)


def _goal_value(enc: Encoding, name: str, value: object) -> Expr:
    if name == "tier":  # the classification apart from the date
        assert isinstance(value, RiskTier)
        return enc.classification.is_(value)
    return enc.value(name).is_value(value)  # type: ignore[arg-type]


def diff(
    goal: str,
    first: Side,
    second: Side,
    *,
    kind: Kind = "system",
    cases: Literal["known", "any"] = "known",
    max_parts: int = 25,
    rulesets: tuple[RuleSet, RuleSet] | None = None,
) -> Diff:
    """The cases whose answer to ``goal`` differs between ``first`` and ``second``."""
    from aiact.engine.compile import ruleset_for

    started = time.perf_counter()
    (name,) = goal_names(goal, kind)
    rules = rulesets or (ruleset_for(kind, first.law), ruleset_for(kind, second.law))
    case = CaseVars(kind, "c:")
    a = encoding(rules[0], case=case, reading=Reading(first.interpretations, "r1:"))
    b = encoding(rules[1], case=case, reading=Reading(second.interpretations, "r2:"))
    cone = _cone(rules, [name])
    vocabulary = _Vocabulary(
        case, cone, [first.law, second.law], (a, b), name, unknowns=cases == "any"
    )
    # A valid case on both sides: the second side's readings may refuse a direct answer that
    # contradicts its definition's facts (aiact.rules.definitions.check_consistent).
    domain = [*a.constraints(), *b.reading.constraints, *b.consistent]
    loose = list(domain)
    if cases == "known":
        domain += [case.facts[n].known for n in sorted(cone) if n in case.facts]
        if any(n.startswith("dates.") for n in cone):
            domain.append(case.first_placed.det)
    obligation = name.startswith("obligation.")
    values: list[object] = list(RiskTier) if name == "tier" else [True, False, None]
    literal_vars = [z3.Bool(f"lit:{index}") for index in range(len(vocabulary.items))]
    definitions = [v == item[1] for v, item in zip(literal_vars, vocabulary.items, strict=True)]
    changes = []
    for before in values:
        for after in values:
            if before == after:
                continue
            change = z3.And(_goal_value(a, name, before), _goal_value(b, name, after))
            # The next uncovered case is one with as few facts true as possible: its part then
            # names what makes the change, not an accidental corner.
            enumerate_ = z3.Optimize()
            enumerate_.add(*domain, *definitions, change)
            for fact in sorted(cone):
                if fact in case.facts:
                    enumerate_.add_soft(z3.Not(case.facts[fact].t), 1, id="plain")
            if enumerate_.check() != z3.sat:
                continue
            shrink = z3.Solver()
            shrink.add(*domain, *definitions, z3.Not(change))
            parts: list[tuple[list[Expr], Part]] = []
            complete = True
            while enumerate_.check() == z3.sat:
                if len(parts) >= max_parts:
                    complete = False
                    break
                model = enumerate_.model()
                cube = [
                    (v, item[2])
                    for v, item in zip(literal_vars, vocabulary.items, strict=True)
                    if z3.is_true(model.eval(v, model_completion=True))
                ]
                prime = _prime(shrink, cube)
                enumerate_.add(z3.Not(z3.And(prime)) if prime else z3.BoolVal(False))
                texts = [vocabulary.items[int(str(v).split(":")[1])][0] for v in prime]
                # The witness states as few facts as it can: unknown facts are allowed when the
                # change still holds with them unknown.
                witness_model = minimal_model(
                    [*loose, *definitions, change, *prime], [case]
                ) or minimal_model([*domain, *definitions, change, *prime], [case])
                assert witness_model is not None
                witness = case_from_values(
                    case.read(witness_model),
                    first.law,
                    first.interpretations,
                    name=f"{goal}: {_show(before, obligation)} -> {_show(after, obligation)}",
                    description=f"{first.name}: {_show(before, obligation)}; "
                    f"{second.name}: {_show(after, obligation)}",
                )
                parts.append((prime, Part(tuple(sorted(texts, key=_order)), witness)))
            if complete:
                parts = _irredundant([*domain, *definitions], change, parts)
            shown = sorted((p for _, p in parts), key=lambda p: (len(p.literals), p.literals))
            changes.append(
                Change(_show(before, obligation), _show(after, obligation), tuple(shown), complete)
            )
    return Diff(
        goal,
        kind,
        first,
        second,
        tuple(changes),
        time.perf_counter() - started,
        cases,
        tuple(sorted(cone)),
    )


def _show(value: object, obligation: bool) -> str:
    if isinstance(value, RiskTier):
        return value.value
    return _label(value, obligation)  # type: ignore[arg-type]


def _order(text: str) -> tuple[int, str]:
    """Positive facts first, then negative ones, then dates; alphabetical within."""
    negative = text.startswith(("not ", "known(", "unknown("))
    date = "placed_on_market" in text or "significant_change" in text
    return (2 if date else 1 if negative else 0, text.removeprefix("not "))


def _prime(solver: Expr, cube: list[tuple[Expr, int]]) -> list[Expr]:
    """A prime implicant inside ``cube``: ``solver`` (the domain and "no such change") is
    unsatisfiable with it, and with any literal fewer it is satisfiable.

    Literals with a lower keep priority are dropped first (facts before conclusions), so that a
    part says "scope.in_scope" rather than the seven facts behind it when it can. Facts outside
    a first unsatisfiable core are dropped at once; the rest go in chunks, halving a chunk that
    cannot go (deletion-based minimisation).
    """
    literals = [lit for lit, _ in cube]
    result = solver.check(*literals)
    assert result == z3.unsat, "the cube does not imply the change"
    core = {str(c) for c in solver.unsat_core()}
    kept = [(lit, p) for lit, p in cube if p >= 2 or str(lit) in core]
    order = sorted(range(len(kept)), key=lambda i: kept[i][1])
    alive = [True] * len(kept)
    position = 0
    chunk = max(1, len(order) // 2)
    while position < len(order):
        trial = order[position : position + chunk]
        for i in trial:
            alive[i] = False
        if solver.check(*[kept[i][0] for i in range(len(kept)) if alive[i]]) == z3.unsat:
            position += len(trial)
            chunk = max(1, min(chunk * 2, len(order) - position))
            continue
        for i in trial:
            alive[i] = True
        if chunk == 1:
            position += 1
        else:
            chunk = max(1, chunk // 2)
    return [kept[i][0] for i in range(len(kept)) if alive[i]]


def _irredundant(
    domain: Sequence[Expr], change: Expr, parts: list[tuple[list[Expr], Part]]
) -> list[tuple[list[Expr], Part]]:
    """Drop parts whose cases the other parts already cover (longest first)."""
    kept = list(parts)
    for item in sorted(parts, key=lambda p: -len(p[0])):
        others = [z3.And(lits) for lits, _ in kept if lits is not item[0]]
        if not others:
            break
        solver = z3.Solver()
        solver.add(*domain, change, z3.And(item[0]), z3.Not(z3.Or(others)))
        if solver.check() == z3.unsat:
            kept = [p for p in kept if p[0] is not item[0]]
    return kept


# --------------------------------------------------------------------------- rendering


def to_markdown(result: Diff, *, witnesses: bool = True, heading: str = "###") -> str:
    """The diff as Markdown for people: each change, its parts, a witness for each."""
    lines = [
        f"{heading} {result.goal}: {result.first.name} -> {result.second.name}",
        "",
    ]
    if result.empty:
        lines.append("No case changes its answer.")
        return "\n".join(lines) + "\n"
    for change in result.changes:
        more = "" if change.complete else " (the first parts; more exist)"
        count = len(change.parts)
        lines.append(
            f"**{change.before} -> {change.after}**: {count} part{'s' if count != 1 else ''}{more}."
        )
        common = set(change.common) if len(change.parts) > 1 else set()
        if common:
            lines.append(f"In every part: `{' and '.join(change.common)}`.")
        lines.append("")
        for index, part in enumerate(change.parts, 1):
            rest = [lit for lit in part.literals if lit not in common] or list(part.literals)
            lines.append(f"{index}. `{' and '.join(rest)}`")
            if witnesses:
                lines.append(f"   (witness: {_witness_summary(part.witness)})")
        lines.append("")
    return "\n".join(lines)


def _witness_summary(case: Case) -> str:
    data = case.model_dump(
        mode="json", exclude_none=True, exclude={"name", "description", "interpretations"}
    )
    subject = data.get("system") or data.get("model") or {}

    def flat(node: object, prefix: str = "") -> list[str]:
        if isinstance(node, dict):
            out = []
            for key, value in node.items():
                out += flat(value, f"{prefix}{key}.")
            return out
        return [f"{prefix[:-1]}={_json(node)}"]

    items = flat(subject) + flat(data.get("organisation", {}), "organisation.")
    return ", ".join(items) or "no facts stated"


def _json(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


def holds(part: Part, case: Case, first: Side, second: Side) -> bool:
    """Does ``case`` fall in ``part``? (Facts from the case, conclusions evaluated on both
    sides by the native engine, dates compared with the case's first placing.)"""
    from aiact.date_facts import first_placed
    from aiact.engine.compile import ruleset_for
    from aiact.engine.native import NATIVE
    from aiact.verify.cases import case_atoms

    kind: Kind = "system" if case.system is not None else "model"
    values = []
    for side in (first, second):
        sided = case.model_copy(update={"law": side.law, "interpretations": side.interpretations})
        values.append(
            NATIVE.evaluate(ruleset_for(kind, side.law), case_atoms(sided, side.law)).values
        )
    if case.system is not None:
        placed, change = first_placed(case.system), case.system.significant_change
    else:
        assert case.model is not None
        placed, change = case.model.placed_on_market, None
    for literal in part.literals:
        negated = literal.startswith("not ")
        text = literal.removeprefix("not ")
        if " >= " in text or " < " in text:
            name, op, day_text = text.split(" ")
            day = dt.date.fromisoformat(day_text)
            when = placed if name == "placed_on_market" else change
            result = when is not None and (when < day if op == "<" else when >= day)
            if result == negated:
                return False
            continue
        if text.startswith(("unknown(", "known(")):
            name = text[text.index("(") + 1 : -1]
            if name == "placed_on_market":
                unknown = placed is None
            else:
                unknown = all(v.get(name) is None for v in values)
            if unknown != text.startswith("unknown("):
                return False
            continue
        wanted = not negated
        if any(v.get(text) is not wanted for v in values):
            return False
    return True
