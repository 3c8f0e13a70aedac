"""review42 (round 15): second reading of A38 (Art. 21(2)), A39 (Art. 100(3)) and fix15 (the date
of the Art. 25(4) agreement by the high-risk system the supply goes into).

One defect, found as a strict xfail and fixed in round 15 (helper legacy15): fix15 dates a
supplier's Art. 25(4) duty by the high-risk system its supply goes into, and where the facts give
no route it takes the Annex III or the Annex I date; but it drops Art. 111(2) for that system.
Art. 111(2) shelters "operators of high-risk AI systems ... placed on the market or put into
service before" the cut-off (published text: 2 August 2026; amended: "the date of application of
Chapter III referred to in Article 113", 2 December 2027 or 2 August 2028 by route). Where the
facts give the route, the library applies it to the supplier's duty (not applicable for a legacy
system without significant change). Where the facts give none, ``legacy.placed_before_cutoff``
reads the route and is false, so a supply into a system placed on 1 January 2025, before every
cut-off of either route, is "in force", although both routes say "not applicable"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote
from timecases import ANNEX_I_MEDICAL, COMPANY, system

import aiact
from aiact.timeline.transitional import Status

_FINED = {"amended": "art25_4", "original": "art25_4_original"}


def _supplier(route: str, placed: dt.date) -> dict[str, Any]:
    """A company supplying components for a high-risk system placed on ``placed``; ``route``
    none (the facts give none, as after fix15's help), annex_iii (4(a)) or annex_i (medical)."""
    given: dict[str, Any] = {"placed_on_market": placed}
    if route == "annex_iii":
        given["annex_iii"] = ["4a"]
    elif route == "annex_i":
        given["annex_i"] = ANNEX_I_MEDICAL
    s = system(**given).model_dump(mode="json")
    s["value_chain"]["supplies_components_for_high_risk"] = True
    return s


def test_the_text() -> None:
    quote(
        "111",
        "this Regulation shall apply to operators of high-risk AI systems, other than the "
        "systems referred to in paragraph 1 of this Article, that have been placed on the market "
        "or put into service before 2 August 2026, only if, as from that date, those systems "
        "are subject to significant changes in their designs",
        "original",
    )
    quote(
        "111",
        "that have been placed on the market or put into service before the date of application "
        "of Chapter III referred to in Article 113, only if, as from that date, those systems "
        "are subject to significant changes in their designs",
        "amended",
    )
    quote(
        "25",
        "in order to enable the provider of the high-risk AI system to fully comply with the "
        "obligations set out in this Regulation",
        "both",
    )


@pytest.mark.parametrize("law", ["amended", "original"])
def test_no_route_keeps_what_both_routes_say_for_a_legacy_system(law: str) -> None:
    placed, day = dt.date(2025, 1, 1), "2029-01-01"
    by_route = {
        route: aiact.assess(_supplier(route, placed), COMPANY, day, law).obligation(_FINED[law])
        for route in ("annex_iii", "annex_i", "none")
    }
    # Both routes: a legacy high-risk system of Art. 111(2), no significant change.
    assert by_route["annex_iii"].status is Status.NOT_APPLICABLE
    assert by_route["annex_i"].status is Status.NOT_APPLICABLE
    # No route: one of the two, so the same (today: applies True, in force).
    none = by_route["none"]
    assert none.status is Status.NOT_APPLICABLE, (none.applies, none.status)
