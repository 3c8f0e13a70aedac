"""fix32a (round 32, h/d3fix): rev30c D3, the published part. Art. 111(3) is not named where it
moves nothing: the Art. 25(4) row of the supplier of a general-purpose AI model placed before 2
August 2025 (reading A46=model_transition, ADR 0049), for a legacy system significantly changed
after 2 August 2027.

Art. 111(2) (published): "this Regulation shall apply to operators of high-risk AI systems ...
that have been placed on the market or put into service before 2 August 2026, only if, as from
that date, those systems are subject to significant changes in their designs". Art. 111(3):
"Providers of general-purpose AI models that have been placed on the market before 2 August 2025
shall take the necessary steps in order to comply with the obligations laid down in this
Regulation by 2 August 2027". A legacy system changed after 2 August 2027 binds from the change
(the later of the change and its Art. 113 date), later than the Art. 111(3) day: Art. 111(3)
gives time and moves nothing there. Since round 32 the row takes the system's date as
``from.supplier`` gives it (case 3 of ``from.supplier_art111_3``: value, deadline, transitional
rule, source, readings), as under chapter_v_only, with no A46 and no Art. 111(3). Changed by 2
August 2027, or the change unknown, the cases of round 31 hold as they were.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from test_rev30c import _case, _row

from aiact.rules.timing import SUPPLIER_ART111_3

D = dt.date
ART111_3 = D(2027, 8, 2)
LEGACY_SYSTEM = D(2025, 3, 1)
"""Placed before the published Art. 111(2) cut-off (2 August 2026)."""
CHANGED_2028 = D(2028, 3, 1)
"""A significant change known to come after 2 August 2027."""
CHANGED_2027 = D(2027, 5, 1)
"""A significant change on or after the cut-off and by 2 August 2027."""
OTHER = {"art111_3_model_supplier": "chapter_v_only"}


def _quotes() -> None:
    quote(
        "111",
        "Providers of general-purpose AI models that have been placed on the market before 2 "
        "August 2025 shall take the necessary steps in order to comply with the obligations "
        "laid down in this Regulation by 2 August 2027",
        "both",
    )
    quote(
        "111",
        "placed on the market or put into service before 2 August 2026, only if, as from that "
        "date, those systems are subject to significant changes in their designs",
    )
    quote_nl(
        "die vóór 2 augustus 2026 in de handel zijn gebracht of in gebruik zijn gesteld indien "
        "die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp ondergaan"
    )


def _timing(row: Any) -> tuple[Any, ...]:
    t = row.timing
    if t is None:
        return (row.applies,)
    return (
        row.applies,
        row.applies_from,
        row.deadline,
        row.comply_by,
        t.grace,
        tuple(t.possible_applies_from),
        frozenset(str(c) for c in t.source.citations()),
        t.source.interpretations(),
    )


def _codes(row: Any) -> set[str]:
    return {i.split("=")[0] for i in row.timing.source.interpretations()}


@pytest.mark.parametrize("route", ["iii", "i", "none"])
@pytest.mark.parametrize("change", [CHANGED_2028, D(2027, 8, 3)], ids=["2028-03-01", "2027-08-03"])
def test_changed_after_2027_names_neither_art_111_3_nor_a46(route: str, change: dt.date) -> None:
    """Published text, model_transition, a legacy system (placed 1 March 2025, not intended for
    public authorities) changed after 2 August 2027, its route given (Annex III, Annex I) or
    not (each route supposed, from.supplier.no_route): the row binds from the change (Art.
    111(2): "as from that date ... significant changes"), after the Art. 111(3) day, so its
    transitional rule is the change's (art111_2), its reason cites Art. 111(2) and neither Art.
    111(3) nor A46, and it equals chapter_v_only's row but for chapter_v_only's own last case
    (Art. 25(4), "no transitional rule of Art. 111(3)")."""
    _quotes()
    for day in ("2026-11-01", "2031-06-01"):
        row = _row(_case("original", day, placed=LEGACY_SYSTEM, change=change, route=route))
        other = _row(
            _case("original", day, placed=LEGACY_SYSTEM, change=change, route=route, **OTHER)
        )
        assert row.applies_from == change > ART111_3
        assert (row.deadline, row.comply_by, row.timing.grace) == (None, None, "art111_2")
        assert (row.timing.rule, row.timing.case) == (SUPPLIER_ART111_3, 3)
        cited = {str(c) for c in row.timing.source.citations()}
        assert "Art. 111(2)" in cited and "Art. 111(3)" not in cited
        assert "A46" not in _codes(row)
        assert "Art. 111(3)" not in row.timing.reason_en.replace("the Art. 111(3) day", "")
        assert "2 August 2027, which moves nothing" in row.timing.reason_en
        assert "artikel 111, lid 3, 2 augustus 2027, die niets verschuift" in row.timing.reason_nl
        mine, theirs = _timing(row), _timing(other)
        assert mine[:6] == theirs[:6] and mine[7] == theirs[7]
        assert theirs[6] - mine[6] == {"Art. 25(4)"} and mine[6] <= theirs[6]


@pytest.mark.parametrize("route", ["iii", "i", "none"])
def test_changed_by_2027_is_unchanged(route: str) -> None:
    """Changed on 1 May 2027 (on or after the cut-off, by 2 August 2027): the system's date is no
    later than the Art. 111(3) day, which moves it: the agreement binds from 2 August 2027 and
    is due then (case 1 of from.supplier_art111_3.deferred, round 31), with A46 and Art.
    111(3)."""
    _quotes()
    row = _row(
        _case("original", "2026-11-01", placed=LEGACY_SYSTEM, change=CHANGED_2027, route=route)
    )
    assert (row.applies_from, row.deadline, row.comply_by, row.timing.grace) == (
        ART111_3,
        ART111_3,
        ART111_3,
        "art111_3",
    )
    assert (row.timing.rule, row.timing.case) == (SUPPLIER_ART111_3, 2)
    assert "A46" in _codes(row)
    assert "Art. 111(3)" in {str(c) for c in row.timing.source.citations()}


@pytest.mark.parametrize("route", ["iii", "i"])
def test_change_unknown_keeps_the_catch_all(route: str) -> None:
    """The change unknown, route given: the facts do not settle whether the system's date is
    after 2 August 2027, so the row is undetermined between 2 August 2027 (changed by then) and
    "not applicable" (no change; the change date itself, after 2 August 2027, is unknown), and
    names A46 and Art. 111(3) as possible, as in round 31 (the catch-all of
    from.supplier_art111_3.deferred among the possible cases)."""
    _quotes()
    row = _row(_case("original", "2026-11-01", placed=LEGACY_SYSTEM, change=None, route=route))
    assert row.applies_from is None and row.timing.case is None
    assert tuple(row.timing.possible_applies_from) == (ART111_3, None)
    assert "A46" in _codes(row)
    assert "Art. 111(3)" in {str(c) for c in row.timing.source.citations()}
    dates = row.timing.source.dates
    assert 2 in dates.result(f"{SUPPLIER_ART111_3}.deferred").cases  # the catch-all
    assert {2, 3} <= set(dates.result(SUPPLIER_ART111_3).cases)


def test_change_unknown_no_route() -> None:
    """The change and the route unknown: both cases of the deferral are possible (changed by 2
    August 2027: that day, A46; changed after it: the change, no A46), so the row names A46 as
    possible and its transitional rule is not one (grace "none": art111_3 or art111_2); the
    possible dates stay those of round 31."""
    _quotes()
    row = _row(_case("original", "2026-11-01", placed=LEGACY_SYSTEM, change=None, route="none"))
    assert row.applies_from is None
    assert tuple(row.timing.possible_applies_from) == (ART111_3, None)
    assert row.timing.grace == "none" and "A46" in _codes(row)


@pytest.mark.parametrize("route", ["iii", "i", "none"])
@pytest.mark.parametrize(
    "change", ["none", None, D(2026, 10, 1), CHANGED_2027, ART111_3, CHANGED_2028]
)
@pytest.mark.parametrize("public", [False, True])
def test_no_deadline_is_earlier_than_a_possible_date(route: str, change: Any, public: bool) -> None:
    """tests/test_review69_dates.py on the rows: whatever the change, a deadline shown is no
    earlier than any date from which the row may bind, under both readings."""
    _quotes()
    for readings in ({}, OTHER):
        row = _row(
            _case(
                "original",
                "2026-11-01",
                placed=LEGACY_SYSTEM,
                change=change,
                route=route,
                public=public,
                **readings,
            )
        )
        if row.timing is None or row.deadline is None:
            continue
        dates = [row.applies_from, *row.timing.possible_applies_from]
        assert all(d is None or d <= row.deadline for d in dates), (change, route, public)


@pytest.mark.parametrize("route", ["iii", "i", "none"])
@pytest.mark.parametrize("change", ["none", None, CHANGED_2027, CHANGED_2028, D(2031, 1, 1)])
@pytest.mark.parametrize("placed", [LEGACY_SYSTEM, D(2028, 9, 1)])
def test_amended_text_and_chapter_v_only_unchanged(
    route: str, change: Any, placed: dt.date
) -> None:
    """The amended text (every Chapter III and Art. 111 date after 2 August 2027: the Art.
    111(3) cases are of the published text only) gives the same row under both readings, and
    under chapter_v_only the published row is from.supplier's own (the last case of
    from.supplier_art111_3, Art. 25(4)): neither names A46 or Art. 111(3)."""
    _quotes()
    quote("113", "2 December 2027 as regards AI systems classified as high-risk", "amended")
    if isinstance(change, dt.date) and change < placed:
        pytest.skip("a change before the first placing")
    rows = [
        _row(_case(law, "2031-06-01", placed=placed, change=change, route=route, **readings))
        for law, readings in (("amended", {}), ("amended", OTHER), ("original", OTHER))
    ]
    assert _timing(rows[0]) == _timing(rows[1])
    for row in rows:
        if row.timing is None:
            continue
        assert "A46" not in _codes(row) and row.timing.grace != "art111_3"
        assert "Art. 111(3)" not in {str(c) for c in row.timing.source.citations()}
