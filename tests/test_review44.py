"""review44 (round 15): second reading of fix43 (e600bc8): the Art. 25(2) duty of an initial
provider and the Art. 25(4) duty of a supplier follow the Art. 111(2) timing of the system they
serve (legacy.exempt_system; timing groups initial_provider and supplier, by_system).

No defect found. The reading "follows the system" is the one the text supports: Art. 25(4) is
one written agreement of "the provider of a high-risk AI system and the third party" made "in
order to enable the provider of the high-risk AI system to fully comply with the obligations set
out in this Regulation"; Art. 25(2) measures the initial provider's assistance by what is
"required for the fulfilment of the obligations set out in this Regulation"; recital 177 frames
the shelter by the system ("this Regulation applies to the high-risk AI systems that have been
placed on the market ... only if"). The literal alternative (a supplier or former provider is no
"operator", Art. 3(8), so the first sentence of Art. 111(2) does not shelter it) would bind a
party the Regulation reaches only through the provider (A35 default, ADR 0039) to an agreement
with a provider that is not bound, to enable obligations that do not apply. These tests pin what
was probed: the extended cases of the brief, and the provider's own answer unchanged.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl, quote_recital
from timecases import ANNEX_I_MEDICAL, COMPANY, system

import aiact
from aiact.timeline.transitional import Status

D = dt.date
_ENTRY = {
    ("initial", "amended"): "art25_2",
    ("initial", "original"): "art25_2_original",
    ("supplier", "amended"): "art25_4",
    ("supplier", "original"): "art25_4_original",
}


def _facts(
    who: str,
    route: str,
    public: bool | None,
    change: dt.date | str | None = "none",
    roles: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A system first placed on 1 March 2025, intended for public authorities as ``public``,
    significant change ``change``; the organisation its initial provider (``initial``), a
    supplier to it (``supplier``) or neither (``none``), with ``roles`` of its own; ``route``
    none, annex_iii (4(a)) or annex_i (medical device)."""
    given: dict[str, Any] = {}
    if route == "annex_iii":
        given["annex_iii"] = ["4a"]
    elif route == "annex_i":
        given["annex_i"] = ANNEX_I_MEDICAL
    s = system(
        roles=roles,
        placed_on_market=D(2025, 3, 1),
        significant_change=change,
        context={"intended_for_public_authorities": public},
        **given,
    ).model_dump(mode="json")
    if who == "initial":
        s["value_chain"].update(
            initial_provider_of_shifted_system=True, initial_provider_excluded_high_risk_use=False
        )
    elif who == "supplier":
        s["value_chain"]["supplies_components_for_high_risk"] = True
    return s


def _row(s: dict[str, Any], day: str, law: str, entry: str) -> tuple[Any, ...]:
    r = aiact.assess(s, COMPANY, day, law).obligation(entry)
    return (r.status, r.applies_from, r.deadline)


def test_the_text() -> None:
    quote(
        "25",
        "in order to enable the provider of the high-risk AI system to fully comply with the "
        "obligations set out in this Regulation",
        "both",
    )
    quote(
        "25",
        "required for the fulfilment of the obligations set out in this Regulation",
        "both",
    )
    quote(
        "111",
        "this Regulation shall apply to operators of high-risk AI systems",
        "both",
    )
    quote_recital(
        177,
        "it is appropriate that this Regulation applies to the high-risk AI systems that have "
        "been placed on the market or put into service before the general date of application "
        "thereof, only if",
    )
    quote_nl(
        "om de aanbieder van het AI-systeem met een hoog risico in staat te stellen volledig te "
        "voldoen aan de verplichtingen van deze verordening"
    )
    quote_nl(
        "andere bijstand die nodig zijn om te voldoen aan de verplichtingen van deze verordening"
    )


@pytest.mark.parametrize("route", ["none", "annex_iii", "annex_i"])
@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("who", ["initial", "supplier"])
@pytest.mark.parametrize("day", ["2029-01-01", "2031-01-01"])
def test_a_non_public_legacy_system_stays_sheltered(
    who: str, law: str, route: str, day: str
) -> None:
    """Not intended for public authorities, placed 2025, unchanged: the provider is sheltered,
    so is the duty that enables it (first sentence of Art. 111(2))."""
    r = aiact.assess(_facts(who, route, False), COMPANY, day, law).obligation(_ENTRY[(who, law)])
    assert r.status is Status.NOT_APPLICABLE


# (law, route, public, change) -> the status on 1 Jan 2029 and 1 Jan 2031, applies_from, deadline
_CHANGED = [
    # published text: cut-off 2 August 2026, so a 2028 change brings the system in from it
    ("original", "annex_iii", False, "2028-03-01", ("in_force", "in_force"), D(2028, 3, 1), None),
    ("original", "annex_i", False, "2028-03-01", ("in_force", "in_force"), D(2028, 3, 1), None),
    # amended: Annex III cut-off 2 December 2027 (change after it), Annex I 2 August 2028 (before)
    ("amended", "annex_iii", False, "2028-03-01", ("in_force", "in_force"), D(2028, 3, 1), None),
    ("amended", "annex_i", False, "2028-03-01", ("not_applicable",) * 2, None, None),
    ("amended", "annex_i", False, "2028-10-01", ("in_force", "in_force"), D(2028, 10, 1), None),
    (
        "amended",
        "annex_i",
        True,
        "2028-03-01",
        ("upcoming", "in_force"),
        D(2030, 8, 2),
        D(2030, 8, 2),
    ),
    (
        "amended",
        "annex_iii",
        True,
        "2028-03-01",
        ("in_force", "in_force"),
        D(2028, 3, 1),
        D(2030, 8, 2),
    ),
    (
        "original",
        "annex_i",
        True,
        "2028-10-01",
        ("in_force", "in_force"),
        D(2028, 10, 1),
        D(2030, 8, 2),
    ),
]


@pytest.mark.parametrize(
    ("law", "route", "public", "change", "status", "start", "deadline"), _CHANGED
)
@pytest.mark.parametrize("who", ["initial", "supplier"])
def test_a_significant_change_in_2028(
    who: str,
    law: str,
    route: str,
    public: bool,
    change: str,
    status: tuple[str, str],
    start: dt.date | None,
    deadline: dt.date | None,
) -> None:
    """A 2025 system significantly changed in 2028: from the change where it falls on or after
    the route's cut-off, else sheltered (or 2 August 2030 where intended for public
    authorities), the same as the provider's own date."""
    s = _facts(who, route, public, change=D.fromisoformat(change))
    for day, expected in zip(("2029-01-01", "2031-01-01"), status, strict=True):
        assert _row(s, day, law, _ENTRY[(who, law)]) == (Status(expected), start, deadline), day


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("route", ["annex_iii", "annex_i"])
@pytest.mark.parametrize("public", [False, True, None])
@pytest.mark.parametrize("change", ["none", "2028-03-01", "2028-10-01"])
def test_the_supplier_takes_the_date_of_the_provider_it_enables(
    law: str, route: str, public: bool | None, change: str
) -> None:
    """The supplier's Art. 25(4) duty with no role of its own equals the provider's own Art.
    25(4) duty for the same system (since round 16 also where the provider's date used to
    over-approximate)."""
    ch = change if change == "none" else D.fromisoformat(change)
    entry = _ENTRY[("supplier", law)]
    supplier = aiact.assess(_facts("supplier", route, public, ch), COMPANY, "2029-01-01", law)
    own = _facts("none", route, public, ch, roles=("provider",))
    own["value_chain"]["third_party_supplies"] = True  # sup33: the provider has a counterparty
    provider = aiact.assess(own, COMPANY, "2029-01-01", law)
    mine = supplier.date("from.supplier").values
    theirs = provider.date("from.high_risk").values
    # Round 16 (fix16e, review50): the provider's Art. 111(2) branch reads "changed" before
    # "never", so its date no longer over-approximates there either: the two are equal in every
    # case (before, with public use unknown and a change before the Annex I cut-off, the
    # provider's also admitted 2 August 2028).
    assert mine == theirs
    assert _row(_facts("supplier", route, public, ch), "2029-01-01", law, entry) == (
        provider.obligation(entry).status,
        provider.obligation(entry).applies_from,
        provider.obligation(entry).deadline,
    )


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("role", ["provider", "deployer"])
def test_the_provider_and_deployer_answers_stay(law: str, role: str) -> None:
    """A provider or deployer of the public-authority system, placed 2025, unchanged: its own
    duties still 2 August 2030 (legacy.public_authority_deadline_addressed equals
    legacy.public_authority_use for it)."""
    a = aiact.assess(_facts("none", "annex_iii", True, roles=(role,)), COMPANY, "2029-01-01", law)
    own = [o for o in a.obligations if o.id.startswith("art16" if role == "provider" else "art26")]
    assert own
    assert {(o.status, o.applies_from) for o in own} == {(Status.UPCOMING, D(2030, 8, 2))}
