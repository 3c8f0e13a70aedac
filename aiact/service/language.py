"""The language of an answer: ``?lang`` when given, else the ``Accept-Language`` header, else Dutch.

The API (``/v1``) and the web pages take the language from the query (``?lang=nl`` or
``?lang=en``; a form field on the pages). Without it, the client's ``Accept-Language`` header
(RFC 9110, section 12.5.4) is read: the supported language with the highest weight wins, ties
going to the one listed first; ``nl-BE`` counts as ``nl`` and ``en-GB`` as ``en`` (a language
range matches its primary subtag); ``*`` and anything unsupported leave the default, Dutch;
``q=0`` means "not this one". A header that is too long, has too many entries or an entry that
cannot be read is not an error: the header is advisory, so it is ignored from that entry on and
the answer is Dutch (or what the entries before it chose). Every answer says which language it
used in ``Content-Language`` and carries ``Vary: Accept-Language``.
"""

from __future__ import annotations

import re
from typing import Final

from aiact.i18n import Lang

DEFAULT: Final[Lang] = "nl"
SUPPORTED: Final[tuple[Lang, ...]] = ("nl", "en")

MAX_HEADER = 512
"""Characters of ``Accept-Language`` read at most; a longer header is ignored whole."""
MAX_RANGES = 16
"""Language ranges read at most; the rest of a longer header is ignored."""

_RANGE = re.compile(r"(?:\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)")
_WEIGHT = re.compile(r"[qQ]=(0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)")


def from_query(value: str | None) -> Lang | None:
    """``nl`` or ``en`` from a ``lang`` query value or form field; None for anything else."""
    for lang in SUPPORTED:
        if value == lang:
            return lang
    return None


def from_header(header: str | None) -> Lang | None:
    """The supported language an ``Accept-Language`` header prefers, or None if it names none."""
    if not header or len(header) > MAX_HEADER:
        return None
    best: tuple[float, int, Lang] | None = None
    for index, item in enumerate(header.split(",")[:MAX_RANGES]):
        parts = [part.strip() for part in item.split(";")]
        if not parts[0]:
            continue
        if not _RANGE.fullmatch(parts[0]) or len(parts) > 2:
            break
        weight = 1.0
        if len(parts) == 2:
            match = _WEIGHT.fullmatch(parts[1])
            if match is None:
                break
            weight = float(match.group(1))
        primary = parts[0].split("-", 1)[0].lower()
        lang = from_query(primary)
        if lang is None or weight <= 0.0:
            continue
        if best is None or weight > best[0]:
            best = (weight, index, lang)
    return None if best is None else best[2]


def choose(query: str | None, header: str | None) -> Lang:
    """The language of the answer: the query's if it names one, else the header's, else Dutch."""
    return from_query(query) or from_header(header) or DEFAULT
