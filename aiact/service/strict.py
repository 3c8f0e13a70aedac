"""The JSON types of a case, held to its published JSON Schema before the input models see it.

The input models (pydantic, lax mode) accept more than the schema says: ``"true"``, ``"yes"``
and ``1`` for a boolean, ``"60"`` and ``60.0`` for a whole number, a date-time at midnight or a
Unix time for a date. A case file read from YAML needs that leniency; the API's contract is the
JSON Schema in its OpenAPI document, so a request that breaks it is refused (400) rather than
read generously: what a client sends is valid exactly when the document says so.

A body in YAML is held to the same types: YAML 1.2 booleans (``yes`` is text, as the library
reads it), a date without quotes is a date, a timestamp is not. Only the JSON type of each value
is checked here (boolean, integer, number, string, date, array, object, null), from the schema of
:func:`aiact.schemas.case_schema`; values, enumerations, bounds and unknown fields are the
library's work, and it names the field as well.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

from aiact.i18n import N_, Lang, t
from aiact.safe_io import DuplicateKeys
from aiact.service.problems import InvalidParam

FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_EXPECTED: dict[str, str] = {
    "boolean": N_("must be true, false or null"),
    "integer": N_("must be a whole number"),
    "number": N_("must be a number"),
    "string": N_("must be text"),
    "date": N_("must be a date (YYYY-MM-DD)"),
    "array": N_("must be a list"),
    "object": N_("must be an object"),
    "null": N_("must be null"),
}


@dataclass
class Spec:
    """What a value may be: one or more kinds, with the properties of an object kind and the
    items of an array kind."""

    kinds: set[str] = field(default_factory=set)
    properties: dict[str, Spec] = field(default_factory=dict)
    items: Spec | None = None
    anything: bool = False


def _compile(schema: Mapping[str, Any], defs: Mapping[str, Any], seen: dict[str, Spec]) -> Spec:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        if name not in seen:
            seen[name] = Spec()
            compiled = _compile(defs[name], defs, seen)
            seen[name].__dict__.update(compiled.__dict__)
        return seen[name]
    spec = Spec()
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives:
        for alternative in alternatives:
            part = _compile(alternative, defs, seen)
            spec.kinds |= part.kinds
            spec.properties.update(part.properties)
            spec.items = spec.items or part.items
            spec.anything = spec.anything or part.anything
        return spec
    kind = schema.get("type")
    if kind is None:
        spec.anything = True
        return spec
    for one in [kind] if isinstance(kind, str) else kind:
        if one == "string" and schema.get("format") == "date":
            spec.kinds.add("date")
        else:
            spec.kinds.add(str(one))
    if "object" in spec.kinds:
        spec.properties = {
            key: _compile(value, defs, seen)
            for key, value in (schema.get("properties") or {}).items()
        }
    if "array" in spec.kinds and isinstance(schema.get("items"), Mapping):
        spec.items = _compile(schema["items"], defs, seen)
    return spec


@cache
def case_spec() -> Spec:
    """The kinds of every field of a case, from the published schema."""
    from aiact.schemas import case_schema

    schema = case_schema()
    return _compile(schema, schema.get("$defs", {}), {})


_KINDS: dict[type, str] = {
    type(None): "null",
    bool: "boolean",
    int: "integer",
    float: "number",
    Decimal: "number",  # an integer literal of more than 64 digits (aiact.safe_io)
    str: "string",
    list: "array",
    dict: "object",
    DuplicateKeys: "object",
    dt.date: "date",  # YAML: a date without quotes
    dt.datetime: "date-time",  # YAML: a timestamp, never a date of the contract
}


def _fits(kind: str, value: Any, spec: Spec) -> bool:
    if kind in spec.kinds:
        return True
    if kind == "integer" and "number" in spec.kinds:
        return True
    if kind == "number" and isinstance(value, Decimal) and "integer" in spec.kinds:
        return value == value.to_integral_value()  # the model bounds it (too_large)
    return kind == "string" and "date" in spec.kinds and FULL_DATE.fullmatch(value) is not None


def _path(prefix: str, parts: tuple[str | int, ...]) -> str:
    out = prefix
    for key in parts:
        out = f"{out}[{key}]" if isinstance(key, int) else (f"{out}.{key}" if out else key)
    return out or "body"


def check_types(data: Any, lang: Lang, prefix: str = "") -> list[InvalidParam]:
    """Every value of ``data`` whose JSON type the case schema does not allow."""
    found: list[InvalidParam] = []
    kinds = _KINDS

    def walk(value: Any, spec: Spec, parts: tuple[str | int, ...]) -> None:
        if spec.anything:
            return
        kind = kinds.get(type(value), "other")
        if not _fits(kind, value, spec):
            wanted = "date" if "date" in spec.kinds else sorted(spec.kinds - {"null"})[0]
            reason = t(_EXPECTED.get(wanted, wanted), lang)
            found.append(InvalidParam(_path(prefix, parts), "type", reason))
        elif kind == "object":
            properties = spec.properties
            if properties:
                for key, item in value.items():
                    child = properties.get(key)
                    if child is not None:
                        walk(item, child, (*parts, key))
        elif kind == "array" and spec.items is not None:
            for index, item in enumerate(value):
                walk(item, spec.items, (*parts, index))

    walk(data, case_spec(), ())  # a case nests a few levels deep (the depth is bounded before)
    return sorted(found, key=lambda p: p.name)
