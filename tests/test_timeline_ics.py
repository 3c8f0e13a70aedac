"""iCalendar export (RFC 5545) of the timeline."""

from __future__ import annotations

import datetime as dt

import pytest

from aiact.refs import ref
from aiact.timeline import EURLEX_AI_ACT, CalendarEvent, milestones, milestones_ics, to_ics
from aiact.versions import LawVersion

icalendar = pytest.importorskip("icalendar")


def _events(data: bytes) -> list[object]:
    calendar = icalendar.Calendar.from_ical(data)
    return list(calendar.walk("VEVENT"))


def test_milestones_ics_parses_and_holds_one_event_per_milestone() -> None:
    data = milestones_ics(LawVersion.AMENDED)
    events = _events(data)
    assert len(events) == len(milestones(LawVersion.AMENDED))
    starts = {e.decoded("dtstart") for e in events}  # type: ignore[attr-defined]
    assert {
        dt.date(2025, 2, 2),
        dt.date(2026, 8, 2),
        dt.date(2026, 12, 2),
        dt.date(2027, 12, 2),
        dt.date(2028, 8, 2),
        dt.date(2030, 8, 2),
        dt.date(2030, 12, 31),
    } <= starts
    for event in events:
        start = event.decoded("dtstart")  # type: ignore[attr-defined]
        assert isinstance(start, dt.date) and not isinstance(start, dt.datetime)  # all-day
        description = str(event["description"])  # type: ignore[index]
        assert "Source: Art." in description
        assert EURLEX_AI_ACT in description
        assert str(event["uid"]).endswith("@aiact.timeline")  # type: ignore[index]


def test_ics_is_byte_identical_for_identical_input() -> None:
    assert milestones_ics() == milestones_ics()
    assert milestones_ics(LawVersion.ORIGINAL, lang="nl") == milestones_ics(
        LawVersion.ORIGINAL, lang="nl"
    )


def test_ics_dtstamp_is_not_the_clock() -> None:
    data = milestones_ics(generated_on=dt.date(2026, 11, 28))
    assert b"DTSTAMP:20261128T000000Z" in data
    assert milestones_ics(generated_on=dt.date(2026, 11, 28)) == data


def test_to_ics_sorts_and_deduplicates_events() -> None:
    one = CalendarEvent(date=dt.date(2030, 8, 2), summary="Comply", citations=(ref("Art. 111(2)"),))
    two = CalendarEvent(date=dt.date(2027, 12, 2), summary="Sections 1-3 apply")
    data = to_ics([one, two, one], name="System X")
    events = _events(data)
    assert [e.decoded("dtstart") for e in events] == [  # type: ignore[attr-defined]
        dt.date(2027, 12, 2),
        dt.date(2030, 8, 2),
    ]
    assert to_ics([two, one], name="System X") == data
    assert b"X-WR-CALNAME:System X" in data


def test_both_versions_calendar_marks_version_specific_dates() -> None:
    events = _events(milestones_ics())
    summaries = [str(e["summary"]) for e in events]  # type: ignore[index]
    assert any("[amended text only]" in s for s in summaries)
    assert any("[original text only]" in s for s in summaries)
