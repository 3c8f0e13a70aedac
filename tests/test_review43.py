"""review43 (round 15): second reading of legacy15 (a465bf5): the Art. 111 rules of each route
supposed in turn for the Art. 25(2) duty of an initial provider and the Art. 25(4) duty of a
supplier where the facts give no route.

The no-route dates are the two routes given combined in every probe (both versions; placed 2024,
2025, 1 March 2028, 1 September 2028 or unknown; significant change none, a date or unknown;
Annex X; a company, a deployer, a public body; 5 December 2026, 1 January 2028, 1 January 2029,
1 January 2031). One defect, shared with the route given (so legacy15 copies it faithfully):
Art. 111(2), second sentence. A supplier (or an initial provider) with no role of its own in a
system intended for public authorities, placed before the cut-off and unchanged, gets "not
applicable" for ever, while the provider of that system owes the same written agreement "by 2
August 2030". Art. 25(4) binds "the provider of a high-risk AI system and the third party that
supplies" to one agreement "in order to enable the provider of the high-risk AI system to fully
comply"; Art. 25(2) binds the initial provider to the assistance "required for the fulfilment of
the obligations set out in this Regulation". The library dates both duties by the system (its
route, its Art. 111(2) shelter); by that reading the system's 2030 deadline binds them too. Read
literally (a supplier and a former provider are not "operators", Art. 3(8), so the first sentence
does not shelter them) the duty applies from the Art. 113 date. Neither reading gives "never".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
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


def _facts(who: str, route: str, roles: tuple[str, ...] = ()) -> dict[str, Any]:
    """A system intended for public authorities, first placed on 1 March 2025, no significant
    change; the organisation its initial provider or a supplier to it, with ``roles`` of its
    own; ``route`` none, annex_iii (4(a)) or annex_i (medical device)."""
    given: dict[str, Any] = {}
    if route == "annex_iii":
        given["annex_iii"] = ["4a"]
    elif route == "annex_i":
        given["annex_i"] = ANNEX_I_MEDICAL
    s = system(
        roles=roles,
        placed_on_market=D(2025, 3, 1),
        context={"intended_for_public_authorities": True},
        **given,
    ).model_dump(mode="json")
    if who == "initial":
        s["value_chain"].update(
            initial_provider_of_shifted_system=True, initial_provider_excluded_high_risk_use=False
        )
    else:
        s["value_chain"]["supplies_components_for_high_risk"] = True
    return s


def test_the_text() -> None:
    quote(
        "111",
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations",
        "both",
    )
    quote("111", "this Regulation shall apply to operators of high-risk AI systems", "both")
    quote(
        "3",
        "‘operator’ means a provider, product manufacturer, deployer, authorised representative, "
        "importer or distributor",
        "both",
    )
    quote(
        "25",
        "The provider of a high-risk AI system and the third party that supplies",
        "both",
    )
    quote(
        "25",
        "in order to enable the provider of the high-risk AI system to fully comply with the "
        "obligations set out in this Regulation",
        "both",
    )
    quote(
        "25",
        "shall no longer be considered to be a provider of that specific AI system",
        "both",
    )
    quote(
        "25",
        "required for the fulfilment of the obligations set out in this Regulation",
        "both",
    )
    quote_nl("In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken")


@pytest.mark.parametrize("law", ["amended", "original"])
def test_control_the_provider_owes_the_agreement_by_2030(law: str) -> None:
    """The provider's own Art. 25(4) duty for the same system: 2 August 2030."""
    s = _facts("supplier", "annex_iii", roles=("provider",))
    s["value_chain"]["supplies_components_for_high_risk"] = False
    s["value_chain"]["third_party_supplies"] = True  # sup33: the provider has a counterparty
    r = aiact.assess(s, COMPANY, "2029-01-01", law).obligation(_ENTRY[("supplier", law)])
    assert (r.status, r.applies_from) == (Status.UPCOMING, D(2030, 8, 2))


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("who", ["initial", "supplier"])
def test_control_a_deployer_supplier_owes_it_by_2030(law: str, who: str) -> None:
    """Where the organisation also deploys the system, the second sentence reaches it."""
    s = _facts(who, "none", roles=("deployer",))
    r = aiact.assess(s, COMPANY, "2029-01-01", law).obligation(_ENTRY[(who, law)])
    assert (r.status, r.applies_from) == (Status.UPCOMING, D(2030, 8, 2))


@pytest.mark.parametrize("route", ["none", "annex_iii", "annex_i"])
@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("who", ["initial", "supplier"])
def test_a_duty_that_enables_the_provider_is_not_sheltered_past_2030(
    who: str, law: str, route: str
) -> None:
    """A company with no role of its own in a system intended for public authorities, placed in
    2025 and unchanged: 2 August 2030, the deadline of the provider it enables (fix43: the gate
    reads legacy.exempt_system, the Art. 111(2) branch of these two groups the system's
    public-authority use; before, not applicable for ever)."""
    r = aiact.assess(_facts(who, route), COMPANY, "2029-01-01", law).obligation(_ENTRY[(who, law)])
    assert r.status is not Status.NOT_APPLICABLE, (r.applies, r.status)
    assert r.applies_from == D(2030, 8, 2)
