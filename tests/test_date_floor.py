"""``DateResult.floor``: the earliest day a date can have whatever the unknown facts are, read by
``status()`` (review75 D1, round 22).

Legal rationale. Art. 111(2) (both texts): a high-risk system placed on the market or put into
service before the cut-off falls under the Regulation "only if, as from that date, those systems
are subject to significant changes in their designs", and in any case, for systems intended for
public authorities, "by 2 August 2030". A significant change binds the Chapter III duties from
the later of the change and the Art. 113 date of the route (2 August 2026 published; 2 December
2027 for Annex III as amended, Art. 113, third paragraph, point (c)(i)). So with the change
unknown, no reading lets the duties bind before that Art. 113 date: on a day before it they are
"upcoming", not "undetermined" (before round 22 they were undetermined, and the portfolio counted
them neither as applying now nor as applying later).

The soundness of the status against every completion of the unknown facts is held by
tests/test_review71.py (``test_the_bound_holds_for_every_completion``, every status on days from
2 Dec 2026); here every date rule's floor is held against every completion's values.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from lawquote import quote
from test_review71 import _BASE, _DOMAIN, _KINDS, _READINGS, OPEN, _assess

from aiact.daterules import NEVER
from aiact.engine.dates import UNKNOWN
from aiact.timeline.transitional import Status

D = dt.date


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("kind", list(_KINDS))
def test_the_floor_holds_for_every_completion(kind: str, law: str) -> None:
    """Where a date rule has a floor and "never" is not possible, every completion of the unknown
    facts gives that rule only dates on or after the floor, for every date rule of the rule set."""
    quote("111", "only if, as from that date, those systems are subject to significant changes")
    floored = 0
    for readings in _READINGS:
        for pattern in _KINDS[kind]:
            base = dict(_BASE, annex_x=kind == "annexx", gen=kind == "gen50")
            values = [
                [D(2024, 1, 1), D(2025, 8, 2), D(2026, 1, 1)] if kind == "gpai" else _DOMAIN[k]
                for k in pattern
            ]
            completions = [
                found
                for combo in itertools.product(*values)
                if (
                    found := _assess(
                        kind,
                        law,
                        readings,
                        "2026-12-02",
                        base | dict(zip(pattern, combo, strict=True)),
                    )
                )
                is not None
            ]
            partial = _assess(
                kind, law, readings, "2026-12-02", base | dict.fromkeys(pattern, OPEN)
            )
            if partial is None:
                continue  # an Art. 80(2) finding before its article applies (amended)
            assert completions
            for name in partial.dates.plan.rules:
                result = partial.dates.result(name)
                floor = result.floor
                if floor is None or NEVER in result.values:
                    continue
                floored += UNKNOWN in result.values
                for other in completions:
                    for value in other.dates.result(name).values:
                        assert value is NEVER or (isinstance(value, dt.date) and value >= floor), (
                            name,
                            pattern,
                            value,
                            floor,
                        )
    if kind in ("iii_provider", "iii_deployer"):
        assert floored > 0  # a floor over an unknown change date


def _legacy(change: Any) -> dict[str, Any]:
    return dict(_BASE, change=change)


@pytest.mark.parametrize(
    ("law", "day", "status"),
    [
        ("amended", "2026-11-28", Status.UPCOMING),
        ("amended", "2027-12-01", Status.UPCOMING),
        ("amended", "2027-12-02", Status.UNDETERMINED),
        ("amended", "2030-08-02", Status.IN_FORCE),
        ("original", "2026-05-01", Status.UPCOMING),
        ("original", "2026-08-02", Status.UNDETERMINED),
    ],
)
def test_a_legacy_public_authority_system_with_the_change_unknown(
    law: str, day: str, status: Status
) -> None:
    """The provider of a legacy Annex III system intended for public authorities, its change
    unknown: upcoming before the Art. 113 date (no change binds earlier), undetermined from it
    until 2 Aug 2030 (a change may already have brought the duties in), in force from then."""
    a = _assess("iii_provider", law, {}, day, _legacy(OPEN))
    assert a is not None
    result = a.obligation("art9")
    assert result.applies is True
    assert result.status is status, (day, result.timing)


@pytest.mark.parametrize(
    ("law", "day", "floor"),
    [("amended", "2026-11-28", "2027-12-02"), ("original", "2026-05-01", "2026-08-02")],
)
def test_the_reason_of_an_unknown_date_says_how_early_it_can_be(
    law: str, day: str, floor: str
) -> None:
    """Round 23 (review76's remark): the reason of the legacy system's undetermined date lists
    "unknown" among the possible dates and says that none is before the Art. 113 date of the
    route, in English and Dutch: a change binds only "as from that date" (Art. 111(2))."""
    quote("111", "only if, as from that date, those systems are subject to significant changes")
    a = _assess("iii_provider", law, {}, day, _legacy(OPEN))
    assert a is not None
    timing = a.obligation("art9").timing
    assert timing is not None and timing.earliest == D.fromisoformat(floor)
    assert f"unknown; none before {floor}." in timing.reason("en")
    assert f"onbekend; geen vóór {floor}." in timing.reason("nl")


def test_a_known_date_has_no_such_clause() -> None:
    """With the change known to be absent the date is determined: no "none before"."""
    a = _assess("iii_provider", "amended", {}, "2026-11-28", _legacy("none"))
    assert a is not None
    timing = a.obligation("art9").timing
    assert timing is not None
    assert "none before" not in timing.reason("en")


def test_the_portfolio_counts_duties_whose_date_is_undetermined() -> None:
    """Round 23 (review76): on a day where the legacy system's duties apply but their first day
    is undetermined (Art. 111(2): a change may have brought them in from 2 Dec 2027), the
    portfolio counts them in ``date_undetermined``, so that the duties that apply add up:
    in force + from a later date + date undetermined + never binding."""
    from test_review71 import _case
    from timecases import COMPANY

    from aiact.case import Case
    from aiact.portfolio import SUMMARY_COLUMNS, run_portfolio

    quote("111", "only if, as from that date, those systems are subject to significant changes")
    rows = {}
    for day in ("2026-11-28", "2028-01-03"):
        case = Case.model_validate(
            {
                "name": day,
                "as_of": day,
                "law": "amended",
                "organisation": COMPANY.model_dump(mode="json", exclude_none=True),
                "system": _case("iii_provider", _legacy(OPEN)),
            }
        )
        (rows[day],) = run_portfolio([case]).rows()
    # After 0.2.0's columns (review83 D1, round 25: it stood after ``upcoming`` in round 23).
    assert SUMMARY_COLUMNS.index("date_undetermined") > SUMMARY_COLUMNS.index("error")
    before, after = rows["2026-11-28"], rows["2028-01-03"]
    assert before["date_undetermined"] == 0 and before["upcoming"] > 0
    assert after["date_undetermined"] > 0
    for row in (before, after):
        assert row["obligations"] >= row["in_force"] + row["upcoming"] + row["date_undetermined"]
