"""Exact relevance: which unknown facts of a partial case can still change an answer.

A fact (an input field: ``roles.deployer``, ``annex_iii.points``, ``organisation.kind``,
``placed_on_market``) is *relevant* to a goal iff two completions of the partial case that
differ only in that fact give the goal different values. Completions keep every stated fact and
are valid cases; by default they state every fact (``completions="known"``: the questionnaire
will be answered), with ``completions="any"`` they may leave facts unknown (an answer may be
"I don't know").

The question is decided by the solver for all completions at once: two copies of the case,
equal on every field but one, whose goals differ; each model names one relevant field, which is
then excluded, until none is left. The facts not returned cannot change the answer, whatever
the other answers are.

For the interview's next-question choice: ask only relevant facts (an irrelevant question
never changes the outcome), e.g.::

    from aiact.verify import relevant_facts
    relevant_facts(case, goal="tier")                    # the risk tier
    relevant_facts(case, goal=["obligation.art26_1"])    # one obligation's applicability
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from aiact.assessment import Assessment, RiskTier
from aiact.case import Case
from aiact.obligations.catalogue import catalogue
from aiact.verify._z3 import Expr, z3
from aiact.verify.cases import case_atoms, case_from_values
from aiact.verify.encode import CaseVars, Encoding, FactField, Kind, Reading, encoding
from aiact.versions import LawVersion, version_in_force

Goal = str | Sequence[str]


def goal_names(goal: Goal, kind: Kind) -> tuple[str, ...]:
    """``tier``, a predicate (``hr.high_risk``), a category key (``high_risk``), an obligation id
    or citation (``art26_1``, ``Art. 26(1)``), or several."""
    from aiact.assessment import _CATEGORY_PREDICATES

    items = [goal] if isinstance(goal, str) else list(goal)
    out = []
    for item in items:
        if item == "tier" or ("." in item and not item.startswith("Art")):
            out.append(item)
        elif item in _CATEGORY_PREDICATES:
            out.append(_CATEGORY_PREDICATES[item])
        else:
            out.append(catalogue().get(item).predicate)
    return tuple(out)


def goal_differs(first: Encoding, second: Encoding, goals: Sequence[str]) -> Expr:
    """The goals have different values in the two encoded cases."""
    parts = []
    for name in goals:
        if name == "tier":  # the tier on the day assessed (Assessment.risk_tier)
            tiers = [t for t in RiskTier if t in first.tier.holds or t in second.tier.holds]
            parts.append(z3.Or([first.tier_is(t) != second.tier_is(t) for t in tiers]))
        else:
            parts.append(z3.Not(first.value(name).same(second.value(name))))
    return z3.Or(parts)


@dataclass(frozen=True)
class Relevance:
    """The relevant facts of a partial case for a goal, with a witness pair for each."""

    goal: tuple[str, ...]
    facts: tuple[str, ...]
    """The relevant unknown fields, in the order of the case's fields."""
    unknown: tuple[str, ...]
    """Every unknown field that was considered."""
    seconds: float
    witnesses: dict[str, tuple[Case, Case]] = field(default_factory=dict)
    """For each relevant fact, two completions that differ only in it and give the goal
    different values (when asked for): the solver's first such pair, which may differ from
    run to run (the relevant facts do not)."""


def _subject(case: Case | Assessment) -> tuple[Case, Kind, LawVersion]:
    from aiact.api import _as_of

    if isinstance(case, Assessment):
        case = Case(
            as_of=case.as_of,
            law=case.law,
            interpretations=case.interpretations,
            organisation=case.organisation,
            system=case.system,
            model=case.model,
        )
    else:
        case = case.model_copy(update={"as_of": _as_of(case.as_of)})
    kind: Kind = "system" if case.system is not None else "model"
    assert case.as_of is not None
    law = case.law or version_in_force(case.as_of)
    return case, kind, law


def _pin(cases: CaseVars, case: Case, law: LawVersion) -> tuple[list[Expr], list[FactField]]:
    """Constraints that keep the stated facts and dates of ``case`` and its day assessed; the
    fields it leaves unknown (a date field left empty is unknown: a completion may give it, and
    the significant change may be completed with ``"none"``)."""
    from aiact.verify.encode import case_dates

    atoms = case_atoms(case, law)
    dates = case_dates(case)
    assert case.as_of is not None
    pins: list[Expr] = cases.fix_dates({}, case.as_of)
    unknown: list[FactField] = []
    for f in cases.fields:
        if f.kind == "date":
            if dates.get(f.name) is None:
                unknown.append(f)
            else:
                pins += cases.fix_dates({f.name: dates[f.name]})
        elif atoms.get(f.atoms[0]) is None:
            unknown.append(f)
        else:
            pins += cases.fix({a: atoms[a] for a in f.atoms})
    return pins, unknown


def relevance(
    case: Case | Assessment,
    goal: Goal = "tier",
    *,
    completions: Literal["known", "any"] = "known",
    witnesses: bool = False,
) -> Relevance:
    """The unknown facts of ``case`` that can change ``goal`` (see the module docstring)."""
    started = time.perf_counter()
    case, kind, law = _subject(case)
    goals = goal_names(goal, kind)
    from aiact.engine.compile import ruleset_for

    rules = ruleset_for(kind, law)
    reading = Reading(case.interpretations)
    first = encoding(rules, case=CaseVars(kind, "a:"), reading=reading)
    second = encoding(rules, case=CaseVars(kind, "b:"), reading=reading)
    pins, unknown = _pin(first.case, case, law)
    solver = z3.Solver()
    solver.add(*first.constraints(), *second.case.constraints(), *second.consistent, *pins)
    solver.add(first.case.as_of == second.case.as_of)  # the same day assessed
    selectors = {}
    for f in first.case.fields:
        if f in unknown:
            chosen = z3.Bool(f"differs:{f.name}")
            selectors[f.name] = chosen
            solver.add(z3.Or(chosen, first.case.field_same(f, second.case)))
            if completions == "known":
                # answered: a date of the first placing or its absence when the other is
                # given; the significant change a day or "none"
                solver.add(first.case.field_answered(f), second.case.field_answered(f))
        else:
            solver.add(first.case.field_same(f, second.case))
    if not selectors:
        return Relevance(goals, (), (), time.perf_counter() - started)
    solver.add(z3.PbEq([(s, 1) for s in selectors.values()], 1))
    solver.add(goal_differs(first, second, goals))
    found: list[str] = []
    pairs: dict[str, tuple[Case, Case]] = {}
    while solver.check() == z3.sat:
        model = solver.model()
        name = next(n for n, s in selectors.items() if z3.is_true(model.eval(s)))
        found.append(name)
        if witnesses:
            pairs[name] = (
                case_from_values(first.case.read(model), law, case.interpretations),
                case_from_values(second.case.read(model), law, case.interpretations),
            )
        solver.add(z3.Not(selectors[name]))
    order = [f.name for f in first.case.fields]
    return Relevance(
        goals,
        tuple(sorted(found, key=order.index)),
        tuple(f.name for f in unknown),
        time.perf_counter() - started,
        pairs,
    )


def relevant_facts(
    case: Case | Assessment,
    goal: Goal = "tier",
    *,
    completions: Literal["known", "any"] = "known",
) -> tuple[str, ...]:
    """The unknown input fields of ``case`` whose answer can still change ``goal``: the tier
    (``"tier"``), a conclusion (``"hr.high_risk"``), a category (``"high_risk"``), an
    obligation (``"art26_1"``, ``"Art. 26(1)"``) or a list of these (relevant to any).

    Field names are those of :attr:`aiact.assessment.OpenQuestion.fact` (``roles.deployer``,
    ``annex_iii.points``, ``organisation.kind``, ``placed_on_market``) plus
    ``significant_change`` (empty in the case, so not known: a completion may give its date or
    ``"none"``).
    """
    return relevance(case, goal, completions=completions).facts


__all__ = ["Relevance", "RiskTier", "goal_names", "relevance", "relevant_facts"]
