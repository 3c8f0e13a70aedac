"""Property tests of the timeline (Arts. 111 and 113)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from aiact.interpretations import Art111Cutoff, HighRiskGating, Interpretations, PublicAuthorityUse
from aiact.timeline import (
    DeadlineAnswer,
    Route,
    Schedule,
    Status,
    application_date,
    status_on,
    system_deadline,
)
from aiact.versions import LawVersion, version_in_force

ENTRY_INTO_FORCE = dt.date(2024, 8, 1)  # Art. 113, first paragraph
AMENDED_IN_FORCE = dt.date(2026, 7, 27)  # Art. 4 of Regulation 2026/1744

days = st.dates(min_value=dt.date(2018, 1, 1), max_value=dt.date(2032, 12, 31))
as_of_days = st.dates(min_value=ENTRY_INTO_FORCE, max_value=dt.date(2032, 12, 31))
flags = st.none() | st.booleans()
interpretations = st.builds(
    Interpretations,
    high_risk_gating=st.sampled_from(HighRiskGating),
    art111_cutoff=st.sampled_from(Art111Cutoff),
    public_authority_use=st.sampled_from(PublicAuthorityUse),
)


@st.composite
def requests(draw: st.DrawFn) -> dict[str, Any]:
    first = draw(st.none() | days)
    change = draw(st.none() | days)
    if first is not None and change is not None and change < first:
        first, change = change, first
    kind = draw(st.sampled_from(["ai_system", "gpai_model"]))
    return {
        "schedule": draw(st.sampled_from(Schedule)),
        "law": draw(st.sampled_from(LawVersion)),
        "route": draw(st.none() | st.sampled_from(Route)),
        "interpretations": draw(interpretations),
        "first_placed": first,
        "significant_change": change,
        "intended_for_public_authorities": draw(flags),
        "used_by_public_authorities": draw(flags),
        "annex_x_component": draw(flags),
        "kind": kind,
        "art50_2_generator": draw(flags),
    }


def _all_dates(answer: DeadlineAnswer) -> list[dt.date]:
    found = [
        answer.applies_from,
        answer.deadline,
        answer.normal.date,
        *answer.possible_applies_from,
    ]
    return [d for d in found if d is not None]


@settings(max_examples=300, deadline=None)
@given(requests(), as_of_days, as_of_days)
def test_a_later_as_of_never_unapplies_an_obligation_in_force(
    request: dict[str, Any], one: dt.date, other: dt.date
) -> None:
    """Within one version, IN_FORCE on one day stays IN_FORCE on every later day."""
    early, late = sorted((one, other))
    law = request["law"]
    first = system_deadline(**{**request, "law": law}, as_of=early)
    second = system_deadline(**{**request, "law": law}, as_of=late)
    if first.status is Status.IN_FORCE:
        assert second.status is Status.IN_FORCE
    assert status_on(first, late) is second.status


@settings(max_examples=200, deadline=None)
@given(requests(), as_of_days, as_of_days)
def test_monotone_within_the_version_in_force(
    request: dict[str, Any], one: dt.date, other: dt.date
) -> None:
    """With law=None both days pick the version in force; if it is the same version, monotone."""
    early, late = sorted((one, other))
    if version_in_force(early) is not version_in_force(late):
        return
    first = system_deadline(**{**request, "law": None}, as_of=early)
    second = system_deadline(**{**request, "law": None}, as_of=late)
    if first.status is Status.IN_FORCE:
        assert second.status is Status.IN_FORCE


@settings(max_examples=300, deadline=None)
@given(requests(), as_of_days)
def test_deadlines_never_precede_entry_into_force(request: dict[str, Any], as_of: dt.date) -> None:
    answer = system_deadline(**request, as_of=as_of)
    assert all(d >= ENTRY_INTO_FORCE for d in _all_dates(answer))
    if answer.law is LawVersion.AMENDED and answer.schedule is Schedule.NEW_PROHIBITIONS:
        assert answer.applies_from is not None and answer.applies_from > AMENDED_IN_FORCE


@settings(max_examples=300, deadline=None)
@given(requests(), as_of_days, st.sampled_from([Schedule.CHAPTERS_I_II, Schedule.NEW_PROHIBITIONS]))
def test_art5_dates_never_move_for_legacy_systems(
    request: dict[str, Any], as_of: dt.date, schedule: Schedule
) -> None:
    """Art. 111(1)-(2): 'without prejudice to the application of Article 5'."""
    law = request["law"]
    if schedule is Schedule.NEW_PROHIBITIONS and law is LawVersion.ORIGINAL:
        law = LawVersion.AMENDED
    answer = system_deadline(**{**request, "schedule": schedule, "law": law}, as_of=as_of)
    assert answer.applies_from == application_date(schedule, law).date
    assert answer.grace == "none"
    assert answer.undetermined_because == ()


@settings(max_examples=150, deadline=None)
@given(requests(), as_of_days, st.data())
def test_a_determined_answer_holds_for_every_completion_of_the_unknown_facts(
    request: dict[str, Any], as_of: dt.date, data: st.DataObject
) -> None:
    """Three-valued soundness: a determined answer does not depend on the unknown facts."""
    answer = system_deadline(**request, as_of=as_of)
    if answer.status is Status.UNDETERMINED:
        return
    completed = dict(request)
    for name in (
        "intended_for_public_authorities",
        "used_by_public_authorities",
        "annex_x_component",
    ):
        if completed[name] is None:
            completed[name] = data.draw(st.booleans())
    if completed["route"] is None:
        completed["route"] = data.draw(st.sampled_from(Route))
    if completed["first_placed"] is None:
        latest = completed["significant_change"] or dt.date(2032, 12, 31)
        completed["first_placed"] = data.draw(
            st.dates(min_value=dt.date(2018, 1, 1), max_value=latest)
        )
    full = system_deadline(**completed, as_of=as_of)
    assert full.applies_from == answer.applies_from
    assert full.status is answer.status


# --------------------------------------------------------------------------- the cached core


def _uncached(request: dict[str, Any], first_placed: dt.date | None) -> DeadlineAnswer:
    """The transitional answer computed afresh (past the cache) for an exact placing date."""
    from aiact.timeline.transitional import _answer

    return _answer.__wrapped__(
        request["schedule"],
        request["law"],
        request["route"],
        request["interpretations"],
        first_placed,
        request["significant_change"],
        request["intended_for_public_authorities"],
        request["used_by_public_authorities"],
        request["annex_x_component"],
        request["kind"],
        request["art50_2_generator"] is True,
    )


@given(days)
def test_the_placing_representative_keeps_every_cut_off_comparison(placed: dt.date) -> None:
    """Art. 111(1)-(4) read the first placing date only as 'placed before <cut-off>', and every
    cut-off is a declared date: the representative of the interval between declared dates that
    contains the placing date compares the same way with each of them."""
    from aiact.timeline.dates import declarations
    from aiact.timeline.transitional import _placing_representative

    representative = _placing_representative(placed)
    for fact in declarations():
        assert (representative < fact.date) == (placed < fact.date), fact.key


@settings(max_examples=300, deadline=None)
@given(requests())
def test_the_answer_for_a_placing_date_equals_the_answer_for_its_representative(
    request: dict[str, Any],
) -> None:
    """The cache keys the transitional answer on the representative of the placing date; the
    answer computed with the exact date is the same (Art. 111 reads only cut-off comparisons)."""
    from aiact.timeline.transitional import _placing_representative

    placed = request["first_placed"]
    exact = _uncached(request, placed)
    shared = _uncached(request, None if placed is None else _placing_representative(placed))
    assert exact == shared
