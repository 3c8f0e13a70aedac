"""From a solver model to a case file that ``aiact assess`` reproduces, with the fewest stated
facts.

:func:`case_from_values` writes the facts of a model back into the input models (the inverse of
:func:`aiact.atoms.system_atoms`); :func:`minimal_model` asks the solver for a model of a
formula that states as few input fields as possible (a MaxSAT query: every field left unknown is
a soft goal), so that a counterexample shows only what makes it one.
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
from aiact.verify.encode import _JOINT_ATOMS, _MEMBER_GROUPS, CaseValues, CaseVars
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
        if day is not None:
            subject[name] = day.isoformat()
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
    from aiact.date_facts import model_date_atoms, system_date_atoms
    from aiact.versions import version_in_force

    version = law or case.law or version_in_force(case.as_of or LawVersion.AMENDED.in_force_from)
    if case.system is not None:
        return system_atoms(
            case.system,
            case.organisation,
            case.interpretations,
            system_date_atoms(case.system, version, case.interpretations),
        )
    assert case.model is not None
    atoms = model_atoms(case.model, case.organisation, case.interpretations)
    atoms.update(model_date_atoms(case.model, version, case.interpretations))
    return atoms


# --------------------------------------------------------------------------- minimising


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
    optimiser gives up."""
    optimiser = z3.Optimize()
    optimiser.set("timeout", timeout_ms)
    optimiser.add(*constraints)
    for case in cases:
        for f in case.fields:
            optimiser.add_soft(z3.Not(case.field_known(f)), 10, id="fields")
            if fewer_members and f.kind == "members":
                for atom in f.atoms:
                    optimiser.add_soft(z3.Not(case.facts[atom].t), 1, id="fields")
    for wish in prefer:
        optimiser.add_soft(wish, 1, id="fields")
    result = optimiser.check()
    if result == z3.sat:
        return optimiser.model()
    if result == z3.unsat:
        return None
    solver = z3.Solver()
    solver.add(*constraints)
    return solver.model() if solver.check() == z3.sat else None


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
