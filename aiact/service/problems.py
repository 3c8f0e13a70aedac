"""Problem details (RFC 9457, ``application/problem+json``): the one shape of every error.

Every 4xx and 5xx answer of the service has ``type``, ``title``, ``status``, ``detail`` and
``instance`` (the path asked for); a 400 lists each invalid field in ``invalidParams``
(``name``: the field, dotted as in the case file, or the query key; ``code``: the kind of the
library's :class:`aiact.InputError` problem; ``reason``: what is wrong), all of them at once
(``/core/error-handling/all-errors``). Titles and details are in the language asked for
(``lang``, Dutch by default); nothing in them comes from the inside of the service (no exception
text, no stack trace, no file name).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from aiact.errors import KINDS
from aiact.i18n import N_, Lang, t

PROBLEM_JSON = "application/problem+json"

#: Where the problem types are documented (the docs site, page ``service``).
DOCS = "https://example.org/aiact/docs/service/"

#: Codes of ``invalidParams`` entries: the kinds of the library's input errors
#: (:data:`aiact.errors.KINDS`), so a problem reads the same from the API and from the library.
CODES: Mapping[str, str] = KINDS


@dataclass(frozen=True)
class ProblemType:
    """A kind of problem: its status, ``type`` URI and title (English, translated on use)."""

    status: int
    title: str
    uri: str = "about:blank"


INVALID_INPUT = ProblemType(400, N_("The request is invalid"), DOCS + "#invalid-input")
NOT_FOUND = ProblemType(404, N_("Not found"))
METHOD_NOT_ALLOWED = ProblemType(405, N_("Method not allowed"))
NOT_ACCEPTABLE = ProblemType(406, N_("Not acceptable"))
TOO_LARGE = ProblemType(413, N_("Content too large"), DOCS + "#too-large")
UNSUPPORTED_MEDIA_TYPE = ProblemType(415, N_("Unsupported media type"))
INTERNAL = ProblemType(500, N_("Internal server error"))
BUDGET = ProblemType(503, N_("The request took too long"), DOCS + "#time-budget")
UNAVAILABLE = ProblemType(503, N_("Service unavailable"), DOCS + "#time-budget")

BY_STATUS: Mapping[int, ProblemType] = {
    p.status: p
    for p in (
        INVALID_INPUT,
        NOT_FOUND,
        METHOD_NOT_ALLOWED,
        NOT_ACCEPTABLE,
        TOO_LARGE,
        UNSUPPORTED_MEDIA_TYPE,
        INTERNAL,
        UNAVAILABLE,
    )
}


@dataclass(frozen=True)
class InvalidParam:
    """One invalid field or query key."""

    name: str
    code: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "code": self.code, "reason": self.reason}


class Problem(Exception):
    """Raised anywhere in a request to answer with a problem detail."""

    def __init__(
        self,
        kind: ProblemType,
        detail: str,
        *,
        invalid: Sequence[InvalidParam] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.invalid = tuple(invalid)
        self.headers = dict(headers or {})

    def body(self, lang: Lang, instance: str) -> dict[str, Any]:
        return problem_body(self.kind, self.detail, lang, instance, self.invalid)


def invalid(params: Iterable[InvalidParam], lang: Lang) -> Problem:
    """A 400 for the invalid fields ``params`` (at least one)."""
    items = tuple(params)
    if len(items) == 1:
        detail = t("The field {name} is invalid: {reason}", lang, **items[0].to_dict())
    else:
        detail = t("{n} fields are invalid; see invalidParams.", lang, n=len(items))
    return Problem(INVALID_INPUT, detail, invalid=items)


def invalid_param(name: str, code: str, reason: str, lang: Lang) -> Problem:
    return invalid([InvalidParam(name, code, reason)], lang)


def problem_body(
    kind: ProblemType,
    detail: str,
    lang: Lang,
    instance: str,
    params: Sequence[InvalidParam] = (),
) -> dict[str, Any]:
    """The JSON of a problem detail."""
    body: dict[str, Any] = {
        "type": kind.uri,
        "title": t(kind.title, lang),
        "status": kind.status,
        "detail": detail,
        "instance": instance,
    }
    if params:
        body["invalidParams"] = [p.to_dict() for p in params]
    return body
