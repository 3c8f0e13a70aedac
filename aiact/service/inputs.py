"""Request bodies: read within the size limit, parse as JSON, bound, validate as a case.

Every problem becomes a :class:`~aiact.service.problems.Problem`: 415 for a body that is not
``application/json``, 413 for one larger than the limit, and 400 with every invalid field named
for the rest (syntax, encoding, duplicate keys, depth, long lists and strings, the fields of the
case file contract and the contradictions between them).

Round 2 replaces the parsing and bounding here with the library's own (:mod:`aiact.safe_io`,
:class:`aiact.InputError`), so that a request body and a case file are read alike.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any

from aiact.i18n import Lang, t
from aiact.service.limits import Limits
from aiact.service.problems import (
    TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    InvalidParam,
    Problem,
    invalid,
    invalid_param,
)

if TYPE_CHECKING:
    from pydantic import ValidationError

    from aiact.case import Case


JSON_TYPES = frozenset({"application/json"})


def media_type(header: str | None) -> str:
    """``application/json`` of ``application/json; charset=utf-8``."""
    return (header or "").split(";", 1)[0].strip().lower()


def check_content_type(header: str | None, lang: Lang) -> None:
    if media_type(header) not in JSON_TYPES:
        raise Problem(
            UNSUPPORTED_MEDIA_TYPE,
            t("Send the body as {wanted}.", lang, wanted="application/json"),
        )
    charset = re.search(r"charset\s*=\s*\"?([\w-]+)", header or "", re.IGNORECASE)
    if charset is not None and charset.group(1).lower() not in ("utf-8", "utf8"):
        raise Problem(
            UNSUPPORTED_MEDIA_TYPE,
            t("Send the body as {wanted}.", lang, wanted="application/json; charset=utf-8"),
        )


def too_large(limit: int, lang: Lang) -> Problem:
    return Problem(TOO_LARGE, t("The body is larger than {limit} bytes.", lang, limit=limit))


async def read_limited(
    chunks: AsyncIterator[bytes], content_length: str | None, limit: int, lang: Lang
) -> bytes:
    """The body, or 413 as soon as it is known to exceed ``limit`` bytes."""
    if content_length is not None:
        try:
            declared = int(content_length)
        except ValueError:
            declared = -1
        if declared > limit:
            raise too_large(limit, lang)
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) > limit:
            raise too_large(limit, lang)
    return bytes(body)


class _Duplicate(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Duplicate(key)
            seen.add(key)
    return out


def parse_json(body: bytes, limits: Limits, lang: Lang, *, max_nodes: int | None = None) -> Any:
    """The JSON document of ``body``, bounded by ``limits`` (400 naming the place otherwise)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise invalid_param(
            "body", "encoding", t("not UTF-8 (at byte {at})", lang, at=error.start), lang
        ) from None
    try:
        data = json.loads(text, object_pairs_hook=_pairs)
    except _Duplicate as error:
        raise invalid_param(
            "body", "duplicate_key", t("the key {key} occurs twice", lang, key=error.key[:80]), lang
        ) from None
    except json.JSONDecodeError as error:
        reason = t(
            "not valid JSON (line {line}, column {column})",
            lang,
            line=error.lineno,
            column=error.colno,
        )
        raise invalid_param("body", "syntax", reason, lang) from None
    except RecursionError:
        raise invalid_param(
            "body", "too_deep", t("nested deeper than {limit}", lang, limit=limits.max_depth), lang
        ) from None
    except ValueError:  # an integer of more than 4,300 digits
        raise invalid_param("body", "too_large", t("a number is too long", lang), lang) from None
    if not _surely_within(body, limits, max_nodes):
        check_data(data, limits, lang, max_nodes=max_nodes)
    return data


def _surely_within(body: bytes, limits: Limits, max_nodes: int | None) -> bool:
    """Whether ``body`` is too small to break a limit (most are: a case is a few kilobytes),
    so the walk of :func:`check_data` can be spared: fewer bytes than a long string or too many
    values need, fewer commas than a long list, fewer brackets than the depth limit, and no
    escaped code point (the only way JSON text that is UTF-8 can hold a lone surrogate)."""
    size = len(body)
    return (
        size <= limits.max_string
        and body.count(b",") < limits.max_items
        and size < (limits.max_nodes if max_nodes is None else max_nodes)
        and body.count(b"[") + body.count(b"{") <= limits.max_depth
        and b"\\u" not in body
    )


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def check_data(
    data: Any, limits: Limits, lang: Lang, *, path: str = "", max_nodes: int | None = None
) -> None:
    """Depth, list and object sizes, string lengths and valid Unicode, in one pass."""
    nodes = 0
    budget = limits.max_nodes if max_nodes is None else max_nodes
    stack: list[tuple[Any, str, int]] = [(data, path, 0)]
    while stack:
        value, where, depth = stack.pop()
        nodes += 1
        if nodes > budget:
            raise invalid_param(
                where or "body",
                "too_large",
                t("more than {limit} values", lang, limit=budget),
                lang,
            )
        if isinstance(value, str):
            _check_string(value, where, limits, lang)
        elif isinstance(value, dict | list):
            if depth >= limits.max_depth:
                raise invalid_param(
                    where or "body",
                    "too_deep",
                    t("nested deeper than {limit}", lang, limit=limits.max_depth),
                    lang,
                )
            if len(value) > limits.max_items:
                raise invalid_param(
                    where or "body",
                    "too_large",
                    t("more than {limit} entries", lang, limit=limits.max_items),
                    lang,
                )
            if isinstance(value, dict):
                for key, item in value.items():
                    _check_string(key, join(where, key), limits, lang)
                    stack.append((item, join(where, key), depth + 1))
            else:
                stack.extend((item, join(where, i), depth + 1) for i, item in enumerate(value))


def _check_string(value: str, where: str, limits: Limits, lang: Lang) -> None:
    if len(value) > limits.max_string:
        raise invalid_param(
            where or "body",
            "too_large",
            t("longer than {limit} characters", lang, limit=limits.max_string),
            lang,
        )
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise invalid_param(
                where or "body", "encoding", t("not valid Unicode (a lone surrogate)", lang), lang
            ) from None


# --------------------------------------------------------------------------- the case


def _code(kind: str) -> str:
    if kind == "extra_forbidden":
        return "unknown_field"
    if kind == "missing":
        return "missing"
    if kind.endswith(("_type", "_parsing")) or kind in ("bool_parsing", "model_type"):
        return "type"
    return "invalid_value"


def validation_params(error: ValidationError, prefix: str = "") -> list[InvalidParam]:
    """Every error of a pydantic validation, as ``invalidParams``."""
    out: list[InvalidParam] = []
    for item in error.errors(include_url=False, include_context=False, include_input=False):
        parts = [str(p) for p in item["loc"] if not str(p).startswith("function-")]
        name = prefix
        for part in parts:
            name = join(name, int(part)) if part.isdigit() else join(name, part)
        message = str(item["msg"]).removeprefix("Value error, ")
        out.append(InvalidParam(name or "body", _code(str(item["type"])), message))
    return out


def case_from_data(data: Any, lang: Lang, prefix: str = "", *, strict: bool = True) -> Case:
    """Validate ``data`` as a case file (the JSON contract); 400 lists every invalid field.
    ``strict``: every value has the JSON type the published schema gives it
    (:mod:`aiact.service.strict`); the web pages, which read YAML, pass ``False``."""
    from pydantic import ValidationError

    from aiact.case import Case

    if not isinstance(data, Mapping):
        raise invalid_param(
            prefix or "body",
            "type",
            t("a case is an object with organisation and system or model", lang),
            lang,
        )
    typed: list[InvalidParam] = []
    if strict:
        from aiact.service.strict import check_types

        typed = check_types(data, lang, prefix)
    try:
        case = Case.model_validate(data)
    except ValidationError as error:
        named = {p.name for p in typed}
        others = [p for p in validation_params(error, prefix) if p.name not in named]
        raise invalid([*typed, *others], lang) from None
    if typed:
        raise invalid(typed, lang)
    return case


def is_input_error(error: ValueError) -> bool:
    """A ValueError of the library that is about the input (its message names the field), not
    one of its internal errors (a rule set, the catalogue, a graph)."""
    from aiact.case import CaseError
    from aiact.rules.definitions import DefinitionConflict

    return type(error) is ValueError or isinstance(error, DefinitionConflict | CaseError)


_FIELD = re.compile(r"^([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*): ")


def assessment_problem(error: ValueError, case: Case, lang: Lang, prefix: str = "") -> Problem:
    """The 400 for a case that validates field by field but cannot be assessed (facts that
    contradict each other, a date before the Act entered into force). The message is the
    library's own, which names the field."""
    from aiact.rules.definitions import DefinitionConflict

    message = str(error)
    if isinstance(error, DefinitionConflict):
        return invalid_param(join(prefix, _subject(case)), "contradiction", message, lang)
    found = _FIELD.match(message)
    if found is not None:
        field = found.group(1)
        reason = message[found.end() :]
        if field != "as_of" and not field.startswith(("organisation", "system", "model")):
            field = f"{_subject(case)}.{field}"
        return invalid_param(join(prefix, field), "contradiction", reason, lang)
    if "as_of" in message:
        return invalid_param(join(prefix, "as_of"), "invalid_value", message, lang)
    return invalid_param(prefix or "body", "invalid_value", message, lang)


def _subject(case: Case) -> str:
    return "system" if case.system is not None else "model"


def check_as_of(day: dt.date | None, lang: Lang, name: str) -> None:
    """A date before the Act entered into force (1 August 2024, Art. 113) cannot be assessed."""
    if day is not None and day < dt.date(2024, 8, 1):
        raise invalid_param(
            name,
            "invalid_value",
            t("before the AI Act entered into force on 1 August 2024 (Art. 113)", lang),
            lang,
        )
