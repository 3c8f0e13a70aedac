"""The input fields a question can set, named as in a case file, and how facts are held.

A *field* is the path of one input value relative to the case: ``organisation.kind``,
``organisation.group.headcount``, ``roles.provider`` or ``placed_on_market`` for an AI system (the
path under ``system``), ``model.training_compute_flop`` for a general-purpose AI model. These are
the names :attr:`aiact.Assessment.open_questions` uses for rule inputs.

Facts are held *flat*: a mapping from field to a JSON-ready value (``True``, ``"public_authority"``,
``("5a",)``, ``"2026-08-02"``); an absent field is unknown. :func:`nest` turns them into the
mappings of a case file.

Everything here is read off the input models (:mod:`aiact.facts`) and the atom builders
(:mod:`aiact.atoms`), so a field added there is known here without an edit: the fields, their
types and which rule atoms each one feeds (:func:`atoms_of_field`, found by setting the field on an
otherwise empty case and seeing which atoms change).
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel

from aiact.facts import NO_DATE, NO_DATE_FIELDS, AISystem, GPAIModel, Organisation

SubjectKind = Literal["system", "model"]
FieldType = Literal["flag", "members", "choice", "date", "amount", "count", "text"]

#: Fields kept for reports only: no question asks them and no rule reads them.
REPORT_ONLY = frozenset({"name"})

#: Fields that old case files may still give but that no rule reads and no question asks
#: (``context.ai_office_competent``: replaced by the facts of Art. 75(1), see aiact.facts;
#: ``organisation.judicial_authority``: the Act attaches no effect to the organisation being a
#: judicial authority, Annex III point 8(a) turns on the system's intended purpose).
DEPRECATED = frozenset({"context.ai_office_competent", "organisation.judicial_authority"})


@dataclass(frozen=True)
class FieldInfo:
    """One input field: its path, its type and, for choices and member lists, the values."""

    path: str
    type: FieldType
    values: tuple[str, ...] = ()
    """The allowed values of a ``choice`` or the members of a ``members`` list."""
    description: str = ""
    subject: Literal["system", "model", "organisation"] = "system"


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The type inside ``X | None``, and whether None was allowed."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
        if dt.date in args and all(
            a is dt.date or typing.get_origin(a) is typing.Literal for a in args
        ):
            return dt.date, True  # a date or a word for "did not happen" (significant_change)
    return annotation, False


def _classify(annotation: Any) -> tuple[FieldType, tuple[str, ...]] | None:
    inner, _ = _unwrap(annotation)
    if typing.get_origin(inner) is typing.Annotated:
        inner = typing.get_args(inner)[0]
    if inner is bool:
        return "flag", ()
    if inner is dt.date:
        return "date", ()
    if inner is Decimal:
        return "amount", ()
    if inner is int:
        return "count", ()
    if inner is str:
        return "text", ()
    if isinstance(inner, type) and issubclass(inner, Enum):
        return "choice", tuple(str(m.value) for m in inner)
    if typing.get_origin(inner) is tuple:
        member = typing.get_args(inner)[0]
        if isinstance(member, type) and issubclass(member, Enum):
            return "members", tuple(str(m.value) for m in member)
    return None


def _walk(
    model: type[BaseModel], prefix: str, subject: Literal["system", "model", "organisation"]
) -> list[FieldInfo]:
    out: list[FieldInfo] = []
    for name, info in model.model_fields.items():
        if name in REPORT_ONLY:
            continue
        inner, _ = _unwrap(info.annotation)
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            out.extend(_walk(inner, f"{prefix}{name}.", subject))
            continue
        kind = _classify(info.annotation)
        if kind is None:
            raise TypeError(f"{model.__name__}.{name}: a field type the questions do not know")
        out.append(FieldInfo(prefix + name, kind[0], kind[1], info.description or "", subject))
    return out


@cache
def fields(kind: SubjectKind) -> dict[str, FieldInfo]:
    """Every input field of a case about an AI system (``system``) or a GPAI model (``model``),
    organisation included, in model order."""
    found = _walk(Organisation, "organisation.", "organisation")
    if kind == "system":
        found += _walk(AISystem, "", "system")
    else:
        found += _walk(GPAIModel, "model.", "model")
    return {f.path: f for f in found}


def all_fields() -> dict[str, FieldInfo]:
    """The fields of both kinds of case."""
    return {**fields("system"), **fields("model")}


def subject_of(path: str) -> Literal["system", "model", "organisation"]:
    if path.startswith("organisation."):
        return "organisation"
    if path.startswith("model."):
        return "model"
    return "system"


def nest(facts: Mapping[str, Any], kind: SubjectKind) -> dict[str, Any]:
    """Flat facts as a case file's mapping: ``{"organisation": {...}, "system": {...}}``."""
    case: dict[str, Any] = {"organisation": {}, kind: {}}
    for path, value in facts.items():
        section = subject_of(path)
        if section == "organisation":
            keys = path.split(".")[1:]
            target = case["organisation"]
        elif section == "model":
            keys = path.split(".")[1:]
            target = case["model"] if kind == "model" else {}
        else:
            keys = path.split(".")
            target = case["system"] if kind == "system" else {}
        for key in keys[:-1]:
            target = target.setdefault(key, {})
        target[keys[-1]] = list(value) if isinstance(value, tuple) else value
    return case


def flatten(case: Mapping[str, Any], kind: SubjectKind) -> dict[str, Any]:
    """The known facts of a case mapping (``organisation`` and ``system``/``model``), flat;
    unknown (``None``) values are left out and lists become tuples."""
    known = fields(kind)
    out: dict[str, Any] = {}

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                walk(value, f"{prefix}{key}.")
            return
        path = prefix[:-1]
        if path not in known or node is None:
            return
        out[path] = normalise(known[path], node)

    walk(case.get("organisation") or {}, "organisation.")
    if kind == "system":
        walk(case.get("system") or {}, "")
    else:
        walk(case.get("model") or {}, "model.")
    return out


def normalise(info: FieldInfo, value: Any) -> Any:
    """A field value in the flat form: enums as their value, lists as tuples in declaration
    order, dates as ``datetime.date``, amounts as ``Decimal`` and counts as ``int``."""
    if value is None:
        return None
    if info.type == "flag":
        if not isinstance(value, bool):
            raise ValueError(f"{info.path}: expected true or false, got {value!r}")
        return value
    if info.type == "members":
        chosen = {str(getattr(v, "value", v)) for v in value}
        unknown = sorted(chosen - set(info.values))
        if unknown:
            raise ValueError(f"{info.path}: unknown value(s) {unknown}")
        return tuple(v for v in info.values if v in chosen)
    if info.type == "choice":
        text = str(getattr(value, "value", value))
        if text not in info.values:
            raise ValueError(f"{info.path}: {text!r} is not one of {list(info.values)}")
        return text
    if info.type == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if value == NO_DATE:
            return NO_DATE
        return dt.date.fromisoformat(str(value))
    if info.type == "amount":
        return Decimal(str(value))
    if info.type == "count":
        if isinstance(value, bool):
            raise ValueError(f"{info.path}: expected a whole number, got {value!r}")
        return int(value)
    return str(value)


def to_json_value(value: Any) -> Any:
    """A flat fact value in JSON: dates as ISO strings, amounts as strings, tuples as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def freeze(facts: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    """A hashable, order-independent key of flat facts."""
    return tuple(sorted(facts.items()))


# --------------------------------------------------------------------------- fields and atoms


def _samples(info: FieldInfo) -> list[Any]:
    """Values that exercise a field when probing which atoms it feeds."""
    if info.type == "flag":
        return [True, False]
    if info.type == "members":
        return [(), *((v,) for v in info.values)]
    if info.type == "choice":
        if info.path == "organisation.member_state":
            return ["NL", "US"]
        return list(info.values)
    if info.type == "date":
        days = [dt.date(2020, 1, 1), dt.date(2026, 9, 1), dt.date(2031, 1, 1)]
        return [*days, NO_DATE] if info.path in NO_DATE_FIELDS else days
    if info.type == "amount":
        # The largest a field allows differs (aiact.facts MAX_*); a value refused is skipped.
        return [Decimal(0), Decimal(10) ** 14, Decimal(10) ** 30]
    if info.type == "count":
        return [0, 10**7, 10**9]
    return ["NL", "US"] if info.path.endswith("member_state") else ["x"]


def _atoms(kind: SubjectKind, facts: Mapping[str, Any]) -> dict[str, Any]:
    from aiact.atoms import model_atoms, system_atoms
    from aiact.date_facts import model_date_atoms, system_date_atoms
    from aiact.interpretations import Interpretations
    from aiact.versions import LawVersion

    case = nest(facts, kind)
    org = Organisation.model_validate(case["organisation"])
    readings = Interpretations()
    out: dict[str, Any] = {}
    for law in LawVersion:
        if kind == "system":
            system = AISystem.model_validate(case["system"])
            atoms = system_atoms(system, org, readings, system_date_atoms(system, law, readings))
        else:
            model = GPAIModel.model_validate(case["model"])
            atoms = model_atoms(model, org, readings)
            atoms.update(model_date_atoms(model, law))
        out.update({f"{law.value}:{k}": v for k, v in atoms.items()})
    return out


@cache
def atom_fields(kind: SubjectKind) -> dict[str, frozenset[str]]:
    """Each rule atom of ``kind`` and the input fields it is computed from (found by setting
    each field alone on an empty case, under both law versions, and seeing which atoms change).
    Atoms computed from no field (the readings ``interp.*``) are absent."""
    base = _atoms(kind, {})
    found: dict[str, set[str]] = {}
    for path, info in fields(kind).items():
        for sample in _samples(info):
            try:
                probe = _atoms(kind, {path: sample})
            except ValueError:
                continue  # a value the models refuse on its own
            for key, value in probe.items():
                if base.get(key) != value:
                    atom = key.split(":", 1)[1]
                    found.setdefault(atom, set()).add(path)
    # Atoms computed from several fields together, which one field alone may not move from
    # unknown (declared with the atoms).
    from aiact.atoms import SIZE_ATOM_FIELDS

    for atom, names in SIZE_ATOM_FIELDS.items():
        found.setdefault(atom, set()).update(f"organisation.{name}" for name in names)
    return {atom: frozenset(paths) for atom, paths in found.items()}


def fields_of_atoms(kind: SubjectKind, atoms: Iterable[str]) -> set[str]:
    """The input fields behind some rule atoms."""
    table = atom_fields(kind)
    out: set[str] = set()
    for atom in atoms:
        out.update(table.get(atom, ()))
    return out


@cache
def member_atoms(kind: SubjectKind, path: str, member: str) -> frozenset[str]:
    """The atoms that one member of a list field feeds (the list with it against without it)."""
    without = _atoms(kind, {path: ()})
    with_it = _atoms(kind, {path: (member,)})
    return frozenset(k.split(":", 1)[1] for k, v in with_it.items() if without.get(k) != v)
