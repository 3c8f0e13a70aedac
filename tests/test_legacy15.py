"""The Art. 111 shelter in the no-route dates of the initial provider and the supplier (legacy15).

init15 and fix15 date the Art. 25(2) duty of an initial provider and the Art. 25(4) duty of a
supplier by the high-risk system concerned; where the facts give no route, the date was the
Annex III or the Annex I date of Art. 113, and the placing date never reached Art. 111(2) (its
rules read the route). Since legacy15 each route is supposed in turn with its own transitional
rules (``from.<group>.annex_iii`` and ``from.<group>.annex_i``, reading ``legacy.<route>.*``):
Art. 111(1), the Art. 111(2) cut-off of that route, the significant change and the 2 August 2030
deadline of the providers and deployers of systems intended for public authorities. The same
value under both routes is the answer ("not applicable" where Art. 111(2) shelters the system
under both); different values leave it undetermined between them. Where the facts give the
route, nothing changes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from lawquote import quote, quote_nl
from timecases import ANNEX_I_MEDICAL, COMPANY, NO_ANNEX_I, PUBLIC_BODY, system

import aiact
from aiact.errors import InputError
from aiact.testing.strategies import system_cases
from aiact.timeline.transitional import Status

D = dt.date
_INITIAL = {"amended": "art25_2", "original": "art25_2_original"}
_SUPPLIER = {"amended": "art25_4", "original": "art25_4_original"}


def _facts(who: str, roles: tuple[str, ...] = (), **kw: Any) -> dict[str, Any]:
    """A system whose facts give no route (no Annex III point, no Annex I product), the
    organisation its initial provider (``who`` initial) or a supplier to it (``supplier``)."""
    s = system(roles=roles, **kw).model_dump(mode="json")
    if who == "initial":
        s["value_chain"].update(
            initial_provider_of_shifted_system=True, initial_provider_excluded_high_risk_use=False
        )
    else:
        s["value_chain"]["supplies_components_for_high_risk"] = True
    return s


def _entry(who: str, law: str) -> str:
    return (_INITIAL if who == "initial" else _SUPPLIER)[law]


def test_the_law_gives_each_route_its_cut_off() -> None:
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
        "this Regulation shall apply to operators of high-risk AI systems, other than the "
        "systems referred to in paragraph 1 of this Article, that have been placed on the market "
        "or put into service before the date of application of Chapter III referred to in "
        "Article 113, only if, as from that date, those systems are subject to significant "
        "changes in their designs",
        "amended",
    )
    quote(
        "111",
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations",
        "both",
    )
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "omnibus_only",
    )
    quote(
        "113",
        "2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) "
        "and Annex I",
        "omnibus_only",
    )
    quote_nl("In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken")


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("who", ["initial", "supplier"])
def test_sheltered_under_both_routes_is_not_applicable(law: str, who: str) -> None:
    """fix15's note: placed in 2025, no significant change, a company: Art. 111(2) shelters
    the system under either route, so the duty is not applicable (before: undetermined between
    the two dates of Art. 113)."""
    s = _facts(who, placed_on_market=D(2025, 3, 1))
    for day in ("2026-12-05", "2028-09-01", "2031-01-01"):
        r = aiact.assess(s, COMPANY, day, law).obligation(_entry(who, law))
        assert r.applies is True
        assert r.status is Status.NOT_APPLICABLE, (day, r.status)
        assert r.timing.grace == "art111_2"
        # A46: the supplier's group reads from.supplier through the rule of Art. 111(3)
        assert r.timing.rule == (
            "from.initial_provider" if who == "initial" else "from.supplier_art111_3"
        )


@pytest.mark.parametrize("who", ["initial", "supplier"])
def test_the_routes_disagree_between_the_cut_offs(who: str) -> None:
    """Placed on 1 March 2028: amended, before the Annex I cut-off (2 August 2028) and after
    the Annex III one (2 December 2027): sheltered by Art. 6(1), dated 2 December 2027 by Art.
    6(2); undetermined between them. Original: after the one cut-off, 2 August 2026: the two
    dates of Art. 113."""
    s = _facts(who, placed_on_market=D(2028, 3, 1))
    r = aiact.assess(s, COMPANY, "2028-09-01", "amended").obligation(_entry(who, "amended"))
    assert r.status is Status.UNDETERMINED
    assert r.timing.possible_applies_from == (D(2027, 12, 2), None)
    assert "route of" in r.timing.source.reason("en")
    assert "route van" in r.timing.source.reason("nl")
    r = aiact.assess(s, COMPANY, "2028-09-01", "original").obligation(_entry(who, "original"))
    assert r.status is Status.IN_FORCE
    assert r.timing.possible_applies_from == (D(2026, 8, 2), D(2027, 8, 2))


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("who", ["initial", "supplier"])
def test_a_deployer_for_public_authorities_complies_by_2030(law: str, who: str) -> None:
    """The second sentence addresses "the providers and deployers" (legacy.provider_or_deployer,
    as for a route the facts give): a public body deploying the system, placed in 2025, no
    change: 2 August 2030 under both routes."""
    s = _facts(
        who,
        roles=("deployer",),
        placed_on_market=D(2025, 3, 1),
        context={"intended_for_public_authorities": True},
    )
    r = aiact.assess(s, PUBLIC_BODY, "2029-01-01", law).obligation(_entry(who, law))
    assert (r.status, r.applies_from, r.timing.deadline) == (
        Status.UPCOMING,
        D(2030, 8, 2),
        D(2030, 8, 2),
    )


@pytest.mark.parametrize("law", ["amended", "original"])
def test_a_significant_change_brings_it_in_from_the_change(law: str) -> None:
    """Placed in 2025, changed on 1 October 2028 (after every cut-off): from the later of the
    change and each route's date, the change under both."""
    s = _facts("supplier", placed_on_market=D(2025, 3, 1), significant_change=D(2028, 10, 1))
    r = aiact.assess(s, COMPANY, "2029-01-01", law).obligation(_entry("supplier", law))
    assert (r.status, r.applies_from) == (Status.IN_FORCE, D(2028, 10, 1))


# --------------------------------------------------------------------------- the property


def _given_route(s: dict[str, Any], route: str) -> dict[str, Any]:
    s = {**s, "annex_iii": {**s["annex_iii"]}}
    if route == "annex_iii":
        s["annex_iii"]["points"] = ["4a"]
        s["annex_i"] = NO_ANNEX_I
    elif route == "annex_i":
        s["annex_iii"]["points"] = []
        s["annex_i"] = ANNEX_I_MEDICAL
    else:
        s["annex_iii"]["points"] = []
        s["annex_i"] = NO_ANNEX_I
    return s


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=system_cases())
@pytest.mark.parametrize("who", ["initial", "supplier"])
def test_no_route_is_the_two_routes_combined(who: str, case: aiact.Case) -> None:
    """Property: the no-route value of the group's date rule is the union of the values the
    facts give with the route of Annex III and with that of Annex I (each the date rule as it
    was before legacy15, Art. 111 included); determined exactly where both agree. Where giving
    the route also changes a predicate that does not read it (a role of Art. 25(1) or 25(3)),
    the example is left out (see below). With the address of the second sentence of Art. 111(2)
    unknown the no-route value may be the more precise (a subset): ``legacy.case.unchanged``
    admits for a route given the later of a change before the cut-off and the date, which the
    supposed route does not (``_supposed_route`` in aiact/rules/timing.py)."""
    s = case.system.model_dump(mode="json")
    if who == "initial":
        s["roles"]["provider"] = False
        s["value_chain"].update(
            initial_provider_of_shifted_system=True, initial_provider_excluded_high_risk_use=False
        )
        rule = "from.initial_provider"
    else:
        s["value_chain"]["supplies_components_for_high_risk"] = True
        rule = "from.supplier"
    # The derogation must not take the supposed Annex III route away (Art. 6(3)).
    s["derogation"] = {**s["derogation"], "profiling": True}

    def date(route: str) -> Any:
        try:
            a = aiact.assess(
                _given_route(s, route),
                case.organisation,
                case.as_of,
                case.law,
                interpretations=case.interpretations,
            )
        except InputError:  # facts that contradict the route given (Annex III point 1(a) ...)
            assume(False)
        return a, a.date(rule)

    a, none = date("none")
    assume(a.value("hr.annex_iii") is False and a.value("hr.annex_i") is False)
    if who == "supplier":
        assume(a.value("role.supplier") is True)
    a3, iii = date("annex_iii")
    a1, i = date("annex_i")
    assume(a3.value("hr.annex_iii") is True and a1.value("hr.annex_i") is True)
    assume(a1.value("hr.annex_iii") is False)
    # The route-independent predicates the date rules read, as the no-route facts give them:
    # giving a route can change them (Art. 25(1)(a)-(c) and 25(3) make a provider of a
    # high-risk system, so legacy.provider_or_deployer, which the second sentence of Art.
    # 111(2) reads, may hold only with the route), while a route supposed changes only the
    # route-dependent ones (legacy.<route>.*).
    for name in (
        "legacy.annex_x",
        "legacy.public_authority_deadline_addressed",
        "legacy.placed_as_not_high_risk",
        # A45=operators_only (fix29b): the supplier's operator role (Art. 3(8)), which giving a
        # route can change as it changes the provider's role (Art. 25(1)).
        "legacy.supplier_not_sheltered",
    ):
        assume(a.value(name) == a3.value(name) == a1.value(name))
    # A27 (Art. 80: an Annex III system found high-risk) reads the Annex III listing, not the
    # route: not supposed (see _supposed_route).
    assume(a.value("legacy.placed_before_cutoff") is False)
    assume(a.value("legacy.significant_change") is False)
    combined = iii.values | i.values
    assert none.values <= combined, (none, iii, i)
    if a.value("legacy.public_authority_deadline_addressed") is not None:
        assert none.values == combined, (none, iii, i)
        assert none.determined == (iii.values == i.values and iii.determined)
