"""From a solver model to a case file that ``aiact assess`` reproduces, with the fewest stated
facts.

:func:`case_from_values` writes the facts of a model back into the input models (the inverse of
:func:`aiact.atoms.system_atoms`); :func:`minimal_model` asks the solver for a model of a
formula that states as few input fields as possible (a MaxSAT query: every field left unknown is
a soft goal), so that a counterexample shows only what makes it one; :func:`least_model` picks,
of the equally small models, the one the constraints alone fix (the lexicographically least), so
that a counterexample does not depend on what the process solved before (same input, same
output).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from aiact.case import Case
from aiact.facts import AISystem, GPAIModel, Organisation
from aiact.interpretations import Interpretations
from aiact.logic import Truth
from aiact.verify._z3 import Expr, z3
from aiact.verify.encode import (
    _JOINT_ATOMS,
    _MEMBER_GROUPS,
    COUNTRY_FIELDS,
    WITNESS_COUNTRY,
    CaseValues,
    CaseVars,
)
from aiact.verify.kleene import K3
from aiact.versions import LawVersion

ABOVE_THRESHOLD_FLOP = Decimal(2) * Decimal(10) ** 25
"""Training compute written for both compute atoms true (more than 10^25 FLOP, Art. 51(2))."""
AT_THRESHOLD_FLOP = Decimal(10) ** 25
"""... for the threshold false and the indicative criterion true: exactly 10^25 is not 'greater
than' 10^25, and is greater than 10^23."""
AT_CRITERION_FLOP = Decimal(10) ** 23
"""... for both false: exactly 10^23 is not greater than 10^23 (reading D4)."""

SIZE_FIGURES: dict[tuple[Truth, Truth], dict[str, Any]] = {
    (True, True): {"headcount": 5, "annual_turnover_eur": "1000000"},
    (False, True): {"headcount": 100, "annual_turnover_eur": "1000000"},
    (False, False): {"headcount": 500},
    (None, True): {"headcount": 5, "annual_turnover_eur": "5000000"},
    (False, None): {"annual_turnover_eur": "5000000", "balance_sheet_total_eur": "5000000"},
    (None, None): {},
}
"""Figures of the organisation that give ``(org.size.microenterprise, org.size.sme)`` (the
ceilings of Recommendation 2003/361/EC on its own figures: ``aiact.atoms._size_atoms``)."""

COMPUTE: dict[tuple[Truth, Truth], Decimal | None] = {
    (True, True): ABOVE_THRESHOLD_FLOP,
    (False, True): AT_THRESHOLD_FLOP,
    (False, False): AT_CRITERION_FLOP,
    (None, None): None,
}
"""Training compute that gives ``(above the threshold, above the indicative criterion)``."""


def _nest(data: dict[str, Any], path: Sequence[str], value: Any) -> None:
    for key in path[:-1]:
        data = data.setdefault(key, {})
    data[path[-1]] = value


def subject_and_organisation(values: CaseValues) -> tuple[dict[str, Any], dict[str, Any]]:
    """The case's subject (system or model) and organisation as plain mappings, stating only
    the known facts."""
    subject: dict[str, Any] = {}
    organisation: dict[str, Any] = {}
    members: dict[str, list[str] | None] = {}
    facts = values.facts
    if "org.size.sme" in facts:
        figures = SIZE_FIGURES[facts["org.size.microenterprise"], facts["org.size.sme"]]
        organisation.update(figures)
    if "model.training_compute_above_threshold" in facts:
        flop = COMPUTE[
            facts["model.training_compute_above_threshold"],
            facts["model.training_compute_above_indicative_criterion"],
        ]
        if flop is not None:
            subject["training_compute_flop"] = str(flop)
    for name, value in sorted(facts.items()):
        group = next(
            (
                prefix
                for prefix, (_, _, options) in _MEMBER_GROUPS.items()
                if name.startswith(prefix) and name.removeprefix(prefix) in options
            ),
            None,
        )
        if group is not None:
            chosen = members.setdefault(group, None if value is None else [])
            if value is not None:
                if chosen is None:
                    raise ValueError(f"{group}*: partly known in the model")
                if value:
                    chosen.append(name.removeprefix(group))
            continue
        if value is None or name in _JOINT_ATOMS:
            continue
        if name in COUNTRY_FIELDS:
            # a Member State or a third country: one code of each gives the same atoms
            _nest(organisation, COUNTRY_FIELDS[name].split(".")[1:], WITNESS_COUNTRY[bool(value)])
            continue
        if name.startswith("org."):
            organisation[name.removeprefix("org.")] = value
        elif name.startswith("model."):
            _nest(subject, name.removeprefix("model.").split("."), value)
        else:
            _nest(subject, name.split("."), value)
    for group, chosen in members.items():
        if chosen is None:
            continue
        if group == "org.kind.":
            if len(chosen) != 1:
                raise ValueError(f"organisation.kind: {len(chosen)} kinds in the model")
            organisation["kind"] = chosen[0]
        else:
            field, key = _MEMBER_GROUPS[group][0].split(".")
            subject.setdefault(field, {})[key] = chosen
    for name, day in values.dates.items():
        if day is not None:  # a day, or "none" (no significant change)
            subject[name] = day if isinstance(day, str) else day.isoformat()
    return subject, organisation


def case_from_values(
    values: CaseValues,
    law: LawVersion,
    interpretations: Interpretations,
    *,
    name: str | None = None,
    description: str | None = None,
    as_of: dt.date | None = None,
) -> Case:
    """A valid :class:`~aiact.case.Case` whose atoms are exactly ``values`` (raises
    ``pydantic.ValidationError`` if the values break a validator: the background was off)."""
    subject, organisation = subject_and_organisation(values)
    data: dict[str, Any] = {
        "as_of": (as_of or values.as_of or law.in_force_from).isoformat(),
        "law": law.value,
        "organisation": Organisation.model_validate(organisation),
        "interpretations": interpretations,
    }
    if name is not None:
        data["name"] = name
    if description is not None:
        data["description"] = description
    if values.kind == "system":
        data["system"] = AISystem.model_validate(subject)
    else:
        data["model"] = GPAIModel.model_validate(subject)
    return Case.model_validate(data)


def case_atoms(case: Case, law: LawVersion | None = None) -> dict[str, Truth]:
    """The input atoms of a case as the engine sees them (facts, readings and dates)."""
    from aiact.atoms import model_atoms, system_atoms
    from aiact.date_facts import (
        FINDING_POSSIBLE_ATOM,
        guard_finding,
        guard_pre_market,
        model_date_atoms,
        settle_pre_market,
        system_date_atoms,
    )
    from aiact.versions import version_in_force

    version = law or case.law or version_in_force(case.as_of or LawVersion.AMENDED.in_force_from)
    if case.system is not None:
        atoms = system_atoms(
            case.system,
            case.organisation,
            case.interpretations,
            system_date_atoms(case.system, version, case.interpretations),
        )
        if case.as_of is not None:
            guard_pre_market(case.system, case.as_of)  # As aiact.assess (Art. 2(8))
            settle_pre_market(atoms, case.system, case.as_of)
            # As aiact.assess: dates.art80_2_finding_possible, and no Art. 80(2) finding given
            # as true before Art. 80 and the Annex III classification apply (ADR 0032, round 11).
            guard_finding(atoms, case.as_of, version, case.interpretations)
        else:
            atoms[FINDING_POSSIBLE_ATOM] = None
        return atoms
    assert case.model is not None
    if case.as_of is not None:
        guard_pre_market(case.model, case.as_of)  # As aiact.assess (Art. 2(8))
    atoms = model_atoms(case.model, case.organisation, case.interpretations)
    atoms.update(model_date_atoms(case.model, version, case.interpretations))
    if case.as_of is not None:
        settle_pre_market(atoms, case.model, case.as_of)
    return atoms


# --------------------------------------------------------------------------- minimising


def _softs(
    cases: Sequence[CaseVars], fewer_members: bool, prefer: Sequence[Expr]
) -> list[tuple[Expr, int]]:
    """The soft goals of :func:`minimal_model` with their weights, in a fixed order."""
    out: list[tuple[Expr, int]] = []
    for case in cases:
        for f in case.fields:
            out.append((z3.Not(case.field_known(f)), 10))
            if fewer_members and f.kind == "members":
                out += [(z3.Not(case.facts[atom].t), 1) for atom in f.atoms]
    out += [(wish, 1) for wish in prefer]
    return out


def minimal_model(
    constraints: Sequence[Expr],
    cases: Sequence[CaseVars],
    *,
    timeout_ms: int = 60_000,
    fewer_members: bool = True,
    prefer: Sequence[Expr] = (),
) -> Expr | None:
    """A model of ``constraints`` that states the fewest input fields of ``cases`` (then, as a
    second aim, lists the fewest Annex points and meets the most ``prefer`` wishes, such as
    the default reading), or ``None`` if there is none. Falls back to any model if the
    optimiser gives up.

    Which of several equally small models comes back is the solver's choice (it depends on
    what the process solved before): :func:`least_model` picks one by the constraints alone.
    """
    optimiser = z3.Optimize()
    optimiser.set("timeout", timeout_ms)
    optimiser.add(*constraints)
    for soft, weight in _softs(cases, fewer_members, prefer):
        optimiser.add_soft(soft, weight, id="fields")
    result = optimiser.check()
    if result == z3.sat:
        return optimiser.model()
    if result == z3.unsat:
        return None
    solver = z3.Solver()
    solver.add(*constraints)
    return solver.model() if solver.check() == z3.sat else None


def wish_literals(solver: Expr, wishes: Sequence[Expr], tag: str) -> list[Expr]:
    """One named literal per wish, defined in ``solver`` (assumptions must be literals)."""
    proxies = []
    for index, wish in enumerate(wishes):
        proxy = z3.Bool(f"{tag}:{index}")
        solver.add(proxy == wish)
        proxies.append(proxy)
    return proxies


def meet_wishes(
    solver: Expr, model: Expr, wishes: Sequence[Expr], meanings: Sequence[Expr] | None = None
) -> Expr:
    """Meet ``wishes`` (literals from :func:`wish_literals`) lexicographically, starting from
    ``model`` (a model of ``solver``): the first as far as possible, then the second ... Each
    wish, or its negation, is added to ``solver`` (the caller scopes them with push/pop); a
    check only where the last model misses a wish (``meanings``: the wishes' expressions, to
    evaluate in a model that predates the literals). Returns the last model. Every step is a
    satisfiability question, so the choices depend only on the constraints, not on the
    solver's heuristics or history."""
    for index, wish in enumerate(wishes):
        meant = wish if meanings is None else meanings[index]
        if z3.is_true(model.eval(meant, model_completion=True)):
            solver.add(wish)
        elif solver.check(wish) == z3.sat:
            model = solver.model()
            solver.add(wish)
        else:
            solver.add(z3.Not(wish))  # the current model meets every choice so far
    return model


def lexmin(solver: Expr, wishes: Sequence[Expr]) -> Expr | None:
    """The model of ``solver`` that meets ``wishes`` lexicographically (:func:`meet_wishes`);
    the choices are added in a scope that is dropped afterwards. None when unsatisfiable."""
    if solver.check() != z3.sat:
        return None
    model = solver.model()
    solver.push()
    try:
        return meet_wishes(solver, model, wishes)
    finally:
        solver.pop()


def _earliest(solver: Expr, model: Expr, day: Expr, low: int) -> Expr:
    """The model of ``solver`` with the least value of the integer ``day`` (at least ``low``),
    found by halving; the value is pinned in ``solver``."""
    value = model.eval(day, model_completion=True).as_long()
    while low < value:
        middle = (low + value) // 2
        if solver.check(day <= middle) == z3.sat:
            model = solver.model()
            value = model.eval(day, model_completion=True).as_long()
        else:
            low = middle + 1
    solver.add(day == value)
    return model


def fewest_fields(
    constraints: Sequence[Expr],
    cases: Sequence[CaseVars],
    *,
    prefer: Sequence[Expr] = (),
    stated_first: bool = True,
    timeout_ms: int = 60_000,
) -> tuple[Expr, int] | None:
    """A model with the fewest stated fields (:func:`minimal_model`'s weighted count) whose
    stated fields are fixed by the constraints alone, and that count; None when there is none.

    Of the equally small models, the stated fields are the earliest that can be in the order of
    ``cases``' fields (``stated_first``) or the latest (the first fields left unstated where
    they can be): a second objective of the optimiser with a power of two per field, exact and
    far quicker than asking field by field. If the optimiser gives up (``timeout_ms``), the
    fields of its best model."""
    softs = _softs(cases, True, prefer)
    known = [case.field_known(f) for case in cases for f in case.fields]
    optimiser = z3.Optimize()
    optimiser.set("timeout", timeout_ms)
    optimiser.add(*constraints)
    for soft, weight in softs:
        optimiser.add_soft(soft, weight, id="fields")
    for index, field_known in enumerate(known):
        # leaving a later (or earlier) field unstated counts for more than leaving all the
        # earlier (later) ones so
        weight = 2**index if stated_first else 2 ** (len(known) - 1 - index)
        optimiser.add_soft(z3.Not(field_known), weight, id="order")
    result = optimiser.check()
    if result == z3.unsat:
        return None
    if result == z3.sat:
        optimal = optimiser.model()
    else:  # pragma: no cover - the optimiser gave up
        found = minimal_model(constraints, cases, timeout_ms=timeout_ms, prefer=prefer)
        if found is None:
            return None
        optimal = found
    cost = sum(w for soft, w in softs if not z3.is_true(optimal.eval(soft, model_completion=True)))
    return optimal, cost


def pin_fields(solver: Expr, model: Expr, cases: Sequence[CaseVars]) -> None:
    """Add to ``solver`` that each field of ``cases`` is stated as in ``model``."""
    for case in cases:
        for f in case.fields:
            known = case.field_known(f)
            solver.add(known == model.eval(known, model_completion=True))


def least_model(
    constraints: Sequence[Expr],
    cases: Sequence[CaseVars],
    *,
    readings: Mapping[str, K3] | None = None,
    prefer: Sequence[Expr] = (),
    days: Sequence[dt.date] = (),
    timeout_ms: int = 60_000,
) -> Expr | None:
    """A model with the fewest stated fields (:func:`minimal_model`'s weighted count), and
    among those the one the constraints alone fix: the lexicographically least.

    A minimal model is rarely unique, and which one a solver returns depends on its history in
    the process (the terms created before, in what order): the same property gave different
    counterexamples alone and after other proofs. Here, in a fixed order: the stated fields
    are the earliest that can be in the order of ``cases``' fields (facts by name, then the
    dates: ``placed_on_market`` before ``put_into_service``; :func:`fewest_fields`); then
    the ``prefer`` wishes are met, each fact not true where it can be (an atom of a joint
    field then also unknown), each reading atom (``readings``) not true, then unknown, a
    stated significant change ``"none"`` rather than a day where it can be, each
    given date the earliest of ``days`` (or the day before one) that fits, else the earliest
    day that fits, and the day assessed the first day the Act was in force where it can be
    (one check each where the last model misses the wish). Every input of ``cases`` is then
    fixed, so the case read from the model depends only on the constraints. None when there is
    no model; if the optimiser gives up (``timeout_ms``), the count of its best model is the
    bound."""
    from aiact.verify.dates import EARLIEST, FIRST_AS_OF, day_number

    found = fewest_fields(constraints, cases, prefer=prefer, timeout_ms=timeout_ms)
    if found is None:
        return None
    optimal, cost = found
    softs = _softs(cases, True, prefer)
    solver = z3.Solver()
    solver.add(*constraints)
    pin_fields(solver, optimal, cases)
    if softs:  # the rest of the count: list members, the reading's wishes
        solver.add(z3.PbLe([(z3.Not(soft), w) for soft, w in softs], cost))
    candidates = sorted({d for day in days for d in (day - dt.timedelta(days=1), day)})
    first, unknown_day = day_number(FIRST_AS_OF), day_number(EARLIEST)
    wishes = list(prefer)
    for case in cases:
        for f in case.fields:
            for name in f.atoms:
                wishes.append(z3.Not(case.facts[name].t))
                if f.kind == "joint":  # known as a field, an atom of it may still be unknown
                    wishes.append(z3.Not(case.facts[name].f))
    for name in sorted(readings or {}):
        atom = (readings or {})[name]
        wishes += [z3.Not(atom.t), z3.Not(atom.f)]
    numbers: list[tuple[Expr, int]] = []
    for case in cases:
        for name in sorted(case.days):
            field_ = case.days[name]
            # stated, "none" rather than a day where it can be (the significant change)
            wishes.append(z3.Not(field_.known))
            # an empty date field's day is read by nothing: pinned all the same
            wishes.append(z3.Or(field_.known, field_.day == unknown_day))
            wishes += [z3.Implies(field_.known, field_.day == day_number(d)) for d in candidates]
            numbers.append((field_.day, unknown_day))
        wishes += [case.as_of == n for n in (first, *map(day_number, candidates))]
        numbers.append((case.as_of, first))
    solver.push()
    try:
        model = meet_wishes(solver, optimal, wish_literals(solver, wishes, "least"), wishes)
        pinned = {first, *map(day_number, candidates)}
        for day, low in numbers:
            if model.eval(day, model_completion=True).as_long() not in pinned:
                model = _earliest(solver, model, day, low)
        return model
    finally:
        solver.pop()


def stated_fields(values: CaseValues, cases: CaseVars) -> tuple[str, ...]:
    """The fields a concrete case states (for reports)."""
    out = []
    for f in cases.fields:
        if f.kind == "date":
            known = values.dates.get(f.name) is not None
        else:
            known = any(values.facts.get(a) is not None for a in f.atoms)
        if known:
            out.append(f.name)
    return tuple(out)


def values_mapping(values: CaseValues) -> Mapping[str, Truth]:
    return values.facts
