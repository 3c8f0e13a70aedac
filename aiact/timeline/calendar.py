"""iCalendar export (RFC 5545) of the Act's milestones or a system's deadlines.

Uses the ``icalendar`` library, an optional dependency (``pip install 'aiact[calendar]'``),
imported only when an export is made. The output is deterministic: identical input gives
byte-identical output. Every event is an all-day event whose UID is a hash of its content, and
DTSTAMP is taken from ``generated_on`` (default: the publication of the Act, 12 July 2024), never
from the clock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from types import ModuleType
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from aiact.interpretations import DEFAULT_INTERPRETATIONS, Interpretations
from aiact.refs import LegalRef
from aiact.timeline.milestones import Milestone, milestones
from aiact.versions import LawVersion

__all__ = [
    "EURLEX_AI_ACT",
    "EURLEX_OMNIBUS",
    "CalendarEvent",
    "MissingDependencyError",
    "milestones_ics",
    "to_ics",
]

EURLEX_AI_ACT = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1689"
"""Regulation (EU) 2024/1689 on EUR-Lex."""
EURLEX_OMNIBUS = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32026R1744"
"""Regulation (EU) 2026/1744 (Digital Omnibus on AI) on EUR-Lex."""

DEFAULT_GENERATED_ON = dt.date(2024, 7, 12)
"""Default DTSTAMP: the publication of Regulation (EU) 2024/1689 in the Official Journal."""

_PRODID = "-//aiact//aiact.timeline//EN"


class MissingDependencyError(ImportError):
    """An optional dependency is not installed."""


class CalendarEvent(BaseModel):
    """One all-day event: a milestone of the Act or a deadline of a system."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    date: dt.date
    summary: str = Field(min_length=1)
    description: str = ""
    citations: tuple[LegalRef, ...] = Field(
        default=(), description="The sources; each links to its article on EUR-Lex."
    )
    lang: Literal["en", "nl"] = Field(default="en", description="Language of the links.")
    urls: tuple[str, ...] = Field(default=(), description="Further links.")

    @property
    def uid(self) -> str:
        """A stable identifier: a hash of the event's content."""
        content = json.dumps(
            [
                self.date.isoformat(),
                self.summary,
                self.description,
                [str(c) for c in self.citations],
                self.lang,
                self.urls,
            ],
            ensure_ascii=False,
        )
        return hashlib.sha256(content.encode("utf-8")).hexdigest()[:32] + "@aiact.timeline"

    def links(self) -> tuple[str, ...]:
        """The EUR-Lex links of the citations, the AI Act itself if none cites it, then ``urls``."""
        found = [c.eurlex_url(self.lang) for c in self.citations]
        base = _eurlex(self.lang)
        if not any(url.startswith(base) for url in found):
            found.append(base)
        return tuple(dict.fromkeys([*found, *self.urls]))

    def full_description(self) -> str:
        """The description followed by the citations and the EUR-Lex links."""
        parts = [self.description] if self.description else []
        if self.citations:
            label = "Source" if self.lang == "en" else "Bron"
            shown = [str(c) if self.lang == "en" else c.nl() for c in self.citations]
            parts.append(f"{label}: " + "; ".join(shown))
        parts.extend(f"EUR-Lex: {url}" for url in self.links())
        return "\n".join(parts)

    @classmethod
    def from_milestone(
        cls, milestone: Milestone, lang: Literal["en", "nl"] = "en", *, mark_version: bool = False
    ) -> CalendarEvent:
        """An event for a milestone; ``mark_version`` adds the versions that set it."""
        what = milestone.what_en if lang == "en" else milestone.what_nl
        summary = _short(what)
        if mark_version and not milestone.in_both_versions:
            label = milestone.versions_label_en if lang == "en" else milestone.versions_label_nl
            summary = f"{summary} [{label}]"
        amended = (milestone.amended_by,) if milestone.amended_by else ()
        return cls(
            date=milestone.date,
            summary=f"AI Act: {summary}" if lang == "en" else f"AI-verordening: {summary}",
            description=what,
            citations=milestone.citations + amended,
            lang=lang,
        )


def _eurlex(lang: str) -> str:
    return EURLEX_AI_ACT.replace("/EN/", f"/{lang.upper()}/")


def _short(text: str, limit: int = 100) -> str:
    """A summary: the text itself if short, else the part before the first colon."""
    text = text.rstrip(".")
    if len(text) <= limit or ":" not in text:
        return text
    return text.split(":", 1)[0]


def _icalendar() -> ModuleType:
    try:
        import icalendar
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise MissingDependencyError(
            "iCalendar export needs the optional dependency 'icalendar': "
            "pip install 'aiact[calendar]'"
        ) from error
    return icalendar


def to_ics(
    events: Iterable[CalendarEvent], *, name: str, generated_on: dt.date | None = None
) -> bytes:
    """An RFC 5545 calendar of all-day events, sorted by date and UID, duplicates removed."""
    ical = _icalendar()
    stamp = dt.datetime.combine(generated_on or DEFAULT_GENERATED_ON, dt.time(), tzinfo=dt.UTC)
    calendar = ical.Calendar()
    calendar.add("prodid", _PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    unique = {event.uid: event for event in events}
    for uid, event in sorted(unique.items(), key=lambda item: (item[1].date, item[0])):
        entry = ical.Event()
        entry.add("uid", uid)
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.date)
        entry.add("dtend", event.date + dt.timedelta(days=1))
        entry.add("summary", event.summary)
        entry.add("description", event.full_description())
        entry.add("url", event.links()[0])
        entry.add("transp", "TRANSPARENT")
        calendar.add_component(entry)
    data = calendar.to_ical()
    assert isinstance(data, bytes)
    return data


def milestones_ics(
    law: LawVersion | str | None = None,
    *,
    lang: Literal["en", "nl"] = "en",
    generated_on: dt.date | None = None,
    interpretations: Interpretations = DEFAULT_INTERPRETATIONS,
) -> bytes:
    """The Act's milestones as an iCalendar file (``None``: both versions, each marked); the
    amended Art. 111(2) cut-off follows reading A2 of ``interpretations``."""
    version = None if law is None else LawVersion.parse(law)
    events = [
        CalendarEvent.from_milestone(m, lang, mark_version=version is None)
        for m in milestones(version, interpretations)
    ]
    if version is None:
        name = "AI Act key dates" if lang == "en" else "AI-verordening: belangrijke data"
    else:
        name = (
            f"AI Act key dates ({version.label_en})"
            if lang == "en"
            else (f"AI-verordening: belangrijke data ({version.label_nl})")
        )
    return to_ics(events, name=name, generated_on=generated_on)
