"""Request bodies: read within the size limit, parsed and bounded by the library, validated as a
case; every problem of the library's input handling (:class:`aiact.InputError`) as a problem
detail.

The parsing and the bounds are the library's (:mod:`aiact.safe_io`: JSON with duplicate keys
marked, YAML 1.2 with aliases bounded before they expand, the limits of a case file), and so is
the validation (:func:`aiact.case.case_from_mapping`) and every message: a request body and a case
file are read alike. What the service adds is the HTTP around it: 415 for a media type it does not
take, 413 for a body over the limit, and the strictness of its contract (:mod:`.strict`: a value
has the JSON type of the published schema). Every :class:`~aiact.errors.Problem` of an
:class:`~aiact.InputError` becomes one entry of ``invalidParams``: its ``path`` the ``name``
(``body`` for the body as a whole), its ``kind`` the ``code``, its message the ``reason``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from aiact.errors import InputError
from aiact.i18n import Lang, t
from aiact.service.problems import (
    TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    InvalidParam,
    Problem,
    invalid,
    invalid_param,
)
from aiact.versions import LawVersion

if TYPE_CHECKING:
    from aiact.case import Case
    from aiact.errors import Problem as InputProblem
    from aiact.safe_io import Limits as DocumentLimits

Syntax = Literal["json", "yaml"]

JSON = "application/json"
YAML = "application/yaml"
#: The media types of a body, and how it is parsed. ``application/yaml`` is the registered type
#: (RFC 9512); the older names that tools still send are taken as well.
MEDIA_TYPES: Mapping[str, Syntax] = {
    JSON: "json",
    YAML: "yaml",
    "application/x-yaml": "yaml",
    "text/yaml": "yaml",
    "text/x-yaml": "yaml",
}

#: The fields at the top of a case: a problem the library places inside the subject (``roles``
#: rather than ``system.roles``) is named under the subject.
CASE_KEYS = frozenset(
    {
        "name",
        "description",
        "as_of",
        "law",
        "interpretations",
        "organisation",
        "system",
        "model",
        "assumptions",
    }
)

ENTRY_INTO_FORCE = LawVersion.ORIGINAL.in_force_from
"""Art. 113: the Regulation entered into force on the twentieth day after its publication (1
August 2024; the library's date, not written again here)."""


def media_type(header: str | None) -> str:
    """``application/json`` of ``application/json; charset=utf-8``."""
    return (header or "").split(";", 1)[0].strip().lower()


def check_content_type(
    header: str | None, lang: Lang, accepted: Sequence[Syntax] = ("json",)
) -> Syntax:
    """The syntax of a body of this ``Content-Type`` (415 for one the resource does not take,
    or a character set other than UTF-8)."""
    syntax = MEDIA_TYPES.get(media_type(header))
    charset = re.search(r"charset\s*=\s*\"?([\w-]+)", header or "", re.IGNORECASE)
    if (
        syntax is None
        or syntax not in accepted
        or (charset is not None and charset.group(1).lower() not in ("utf-8", "utf8"))
    ):
        wanted = " or ".join(JSON if s == "json" else YAML for s in accepted)
        raise Problem(UNSUPPORTED_MEDIA_TYPE, t("Send the body as {wanted}.", lang, wanted=wanted))
    return syntax


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


# --------------------------------------------------------------------------- InputError


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def under(prefix: str, path: str) -> str:
    """``path`` below ``prefix`` (``cases[3]`` + ``system.name``, ``cases[3]`` + ``[0]``)."""
    if not prefix:
        return path
    if not path:
        return prefix
    return f"{prefix}{path}" if path.startswith("[") else f"{prefix}.{path}"


def reason(problem: InputProblem, lang: Lang) -> str:
    """The message of a library problem in ``lang``: in English the library's message (it names
    the field and the limit); in Dutch the catalogue's translation of that message where it has
    one, else the message the library builds from the problem's kind and parameters
    (:func:`aiact.views.errors.problem_text`: pydantic's error type, the limit, the line), so no
    English sentence reaches a Dutch reader. The field itself is the ``name`` beside it."""
    if lang == "en":
        return problem.message
    translated = t(problem.message, lang)
    if translated != problem.message:
        return translated
    from aiact.views.errors import problem_text

    # it joins the allowed values that pydantic lists ('a', 'b' or 'c') with the Dutch "of"
    return problem_text(problem, lang)


def params_of(
    error: InputError, lang: Lang, prefix: str = "", subject: str | None = None
) -> list[InvalidParam]:
    """Every problem of ``error`` as an ``invalidParams`` entry, below ``prefix``; with
    ``subject`` (``system`` or ``model``) a path the library gives relative to the subject
    (``roles.importer``) is placed under it."""
    out = []
    for p in error.problems:
        path = p.path
        if subject and path and path.split(".", 1)[0].split("[", 1)[0] not in CASE_KEYS:
            path = f"{subject}.{path}"
        out.append(InvalidParam(under(prefix, path) or "body", p.kind, reason(p, lang)))
    return out


def input_problem(
    error: InputError, lang: Lang, prefix: str = "", subject: str | None = None
) -> Problem:
    """The 400 for an :class:`~aiact.InputError`."""
    return invalid(params_of(error, lang, prefix, subject), lang)


# --------------------------------------------------------------------------- parsing


def parse_body(
    body: bytes,
    syntax: Syntax,
    limits: DocumentLimits,
    lang: Lang,
    *,
    check: bool = True,
) -> Any:
    """The document of ``body`` (JSON or YAML), bounded by ``limits`` with the library's
    parsers (400 naming the place otherwise). A small JSON body that cannot break a limit is
    spared the bounding walk (most are: a case is a few kilobytes), but not the check for
    duplicate keys."""
    from aiact.safe_io import check_data, decode_text, parse_json, parse_yaml

    try:
        text = decode_text(body)
        if syntax == "yaml":
            data = parse_yaml(text, limits=limits)
            if check:
                check_data(data, limits)
            return data
        data = parse_json(text, limits=limits, check=False)
        if check and (not _surely_within(body, limits) or _has_duplicates(data)):
            check_data(data, limits)
        return data
    except InputError as error:
        raise input_problem(error, lang) from None


def _surely_within(body: bytes, limits: DocumentLimits) -> bool:
    """Whether the JSON ``body`` is too small to break a limit of :func:`safe_io.check_data`:
    fewer bytes than a long string or too many values need, fewer commas than a long list,
    fewer brackets than the depth limit, and no escaped code point (the only way JSON text
    that is UTF-8 can hold a lone surrogate)."""
    size = len(body)
    return (
        size <= limits.max_string
        and size < limits.max_nodes
        and body.count(b",") < limits.max_items
        and body.count(b"[") + body.count(b"{") <= limits.max_depth
        and b"\\u" not in body
    )


def _has_duplicates(data: Any) -> bool:
    """Whether the parser marked a mapping with a key twice (:class:`safe_io.DuplicateKeys`);
    :func:`safe_io.check_data` then names it."""
    from aiact.safe_io import DuplicateKeys

    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if isinstance(value, DuplicateKeys):
                return True
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def check_document(data: Any, limits: DocumentLimits, lang: Lang, prefix: str = "") -> None:
    """Bound one part of a document (a case of a portfolio) by the library's limits."""
    from aiact.safe_io import check_data

    try:
        check_data(data, limits, path=prefix)
    except InputError as error:
        raise input_problem(error, lang) from None


# --------------------------------------------------------------------------- the case


def case_from_data(data: Any, lang: Lang, prefix: str = "", *, strict: bool = True) -> Case:
    """Validate ``data`` as a case file (the library's :func:`~aiact.case.case_from_mapping`);
    400 lists every invalid field. ``strict``: every value has the JSON type the published
    schema gives it (:mod:`aiact.service.strict`); the web pages, which read case files as the
    command line does, pass ``False``."""
    from aiact.case import case_from_mapping

    typed: list[InvalidParam] = []
    if strict and isinstance(data, Mapping):
        from aiact.service.strict import check_types

        typed = check_types(data, lang, prefix)
    try:
        case = case_from_mapping(data)
    except InputError as error:
        named = {p.name for p in typed}
        others = [p for p in params_of(error, lang, prefix) if p.name not in named]
        raise invalid([*typed, *others], lang) from None
    if typed:
        raise invalid(typed, lang)
    return case


def subject_of(case: Case) -> str:
    return "system" if case.system is not None else "model"


def assess_case(case: Case, as_of: dt.date | None, lang: Lang, prefix: str = "") -> Any:
    """``case.assess(as_of=as_of)``; a case that validates field by field but cannot be
    assessed (facts that contradict each other, a date before the Act entered into force) is
    a 400 naming the fields, from the library's :class:`~aiact.InputError`."""
    check_as_of(as_of, lang, "asOf")
    if as_of is None:
        check_as_of(case.as_of, lang, under(prefix, "as_of"))
    try:
        return case.assess(as_of=as_of)
    except InputError as error:
        raise input_problem(error, lang, prefix, subject_of(case)) from None


def check_as_of(day: dt.date | None, lang: Lang, name: str) -> None:
    """A date before the Act entered into force (1 August 2024, Art. 113) cannot be assessed."""
    if day is not None and day < ENTRY_INTO_FORCE:
        from aiact.views.errors import before_in_force

        # The library's kind and words (review79 D3: the service said invalid_value).
        raise invalid_param(name, "before_in_force", before_in_force(day, lang), lang)


def collect(problems: Iterable[Problem]) -> list[InvalidParam]:
    """The ``invalidParams`` of several 400s, in order."""
    return [p for problem in problems for p in problem.invalid]
