"""Review 23 (round 12) of 99d2959 (the duties of the placing roles read
``scope.provider_territorial``) and 65b1a82 (the rule
``scope.territorial.used_in_union_by_organisation``): the defect found (a strict xfail), its
controls and the probes behind the verdicts in tests/data/coverage/reviews.yaml. Fast: a
handful of assessments and a truth table."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from lawquote import quote, quote_nl
from scope_cases import NO_EXCLUSION as _NOT_EXCLUDED
from scope_cases import NO_ROLE as _NO_ROLE
from scope_cases import NO_SHIFT as _NO_SHIFT

import aiact
from aiact.facts import AISystem
from aiact.logic import evaluate, k_and, k_or, parse
from aiact.obligations.decl_authority import _MADE_AVAILABLE_ROLES
from aiact.rules.prohibited import _PLACING_ROLES

_AS_OF = "2028-01-10"
_LAWS = ("2024/1689", "2024/1689+2026/1744")


def _falses(group: str) -> dict[str, bool]:
    """Every yes/no fact of a group of AISystem false (a practice or feature not present)."""
    model = AISystem.model_fields[group].annotation
    return {n: False for n, f in model.model_fields.items() if f.annotation == (bool | None)}  # type: ignore[union-attr]


def _assess(
    roles: dict[str, bool],
    member_state: str = "NL",
    law: str | None = None,
    complete: bool = False,
    **territory: Any,
) -> aiact.Assessment:
    system: dict[str, Any] = {
        "is_ai_system": True,
        "exclusions": {**_NOT_EXCLUDED, **territory},
        "annex_iii": {"points": ["4a"], "biometric_verification_only": False},
        "value_chain": _NO_SHIFT,
        "roles": {**_NO_ROLE, **roles},
    }
    if complete:
        # Annex III point 5(a) with profiling (Art. 6(3), last subparagraph: always high-risk),
        # no prohibited practice, no Annex I product: every fact the importer's duty reads is
        # given except the territorial ones.
        system["annex_iii"] = {"points": ["5a"]}
        system["derogation"] = {"preparatory_task": True, "profiling": True}
        system["annex_i"] = {"is_the_product": False, "safety_component": False}
        system["prohibited"] = _falses("prohibited")
        system["biometrics"] = _falses("biometrics")
        system["context"] = {
            "annex_x_large_scale_it_component": False,
            "intended_for_public_authorities": False,
            "used_by_public_authorities": False,
        }
        system["placed_on_market"] = "2028-01-05"
    org = {"kind": "private_undertaking", "member_state": member_state}
    return aiact.assess(system, org, _AS_OF, law=law)


def _quote_territory() -> None:
    quote("2", "providers placing on the market or putting into service ai systems")
    quote("2", "deployers of ai systems that have their place of establishment or are located")
    quote("2", "where the output produced by the ai system is used in the union")
    quote("3", "for own use in the union for its intended purpose")
    quote_nl("aanbieders die AI-systemen in de Unie in de handel brengen of in gebruik stellen")


_NOTHING_IN_THE_UNION = [
    pytest.param(law, roles, ms, id=f"{name}-{law}")
    for law in _LAWS
    for name, roles, ms in (
        ("NL-provider", {"provider": True}, "NL"),
        ("US-deployer", {"deployer": True}, "US"),
    )
]


@pytest.mark.parametrize(("law", "roles", "member_state"), _NOTHING_IN_THE_UNION)
def test_nothing_in_the_union_stays_out_of_scope_with_own_use_unanswered(
    law: str, roles: dict[str, bool], member_state: str
) -> None:
    """Art. 2(1)(a)-(c): the Act reaches providers placing on the market or putting into service
    in the Union, deployers established or located in the Union, and third-country providers and
    deployers whose system's output is used in the Union. An organisation that states its system
    is not placed on the market, put into service or used in the Union (the territory question,
    option in_eu not chosen) and that its output is not used there has said that it does not use
    the system in the Union itself either: the answer was out of scope before 65b1a82 (one
    question in the interview) and must stay so."""
    _quote_territory()
    a = _assess(roles, member_state, law, placed_or_used_in_eu=False, output_used_in_eu=False)
    assert a.value("scope.territorial") is False
    assert a.in_scope is False


@pytest.mark.parametrize(("law", "roles", "member_state"), _NOTHING_IN_THE_UNION)
def test_control_own_use_answered_decides(
    law: str, roles: dict[str, bool], member_state: str
) -> None:
    """The controls: with the own use answered "no" the case is out of scope; with it answered
    "yes" and the placing unanswered, the system is used in the Union (Art. 2(1)(a)-(b), 3(11)):
    the rule of 65b1a82 that concluded it was withdrawn after review23, and round 14 concludes
    it again, guarded by the stated placing (rule territory.placed_or_used_in_union.own_use),
    so the case of the defect above stays out of scope."""
    _quote_territory()
    no = _assess(
        roles,
        member_state,
        law,
        placed_or_used_in_eu=False,
        output_used_in_eu=False,
        used_in_eu_by_organisation=False,
    )
    assert no.value("scope.territorial") is False
    assert no.in_scope is False
    yes = _assess(
        roles, member_state, law, output_used_in_eu=False, used_in_eu_by_organisation=True
    )
    # Round 14: the own use entails the use in the Union (the input checks refuse it beside a
    # stated "not ... used in the Union"), so the system's own scope is decided.
    assert yes.value("scope.territorial") is True
    assert yes.in_scope is True


def _old_placing_roles(values: dict[str, Any]) -> Any:
    """The gate before 99d2959: (role.provider and scope.provider_territorial) or role.importer
    or (role.distributor and interp.a24_distributor_bound) or role.product_manufacturer."""
    p, t, i, d, a24, m = (
        values[k]
        for k in (
            "role.provider",
            "scope.provider_territorial",
            "role.importer",
            "role.distributor",
            "interp.a24_distributor_bound",
            "role.product_manufacturer",
        )
    )
    return k_or([k_and([p, t]), i, k_and([d, a24]), m])


def test_placing_gate_is_the_old_one_for_providers_and_adds_the_reach_to_the_others() -> None:
    """Art. 5(1) prohibits "the placing on the market, the putting into service or the use";
    Art. 3(6), 3(7), 3(9): the importer places and the distributor makes available on the Union
    market. Strong Kleene conjunction distributes over disjunction (min over max), so the new
    gate "T and (P or I or D or M)" is "(T and P) or (T and I) or (T and D) or (T and M)": the
    provider's disjunct is the old one, each other role gains "and T". Over all 3^6 values."""
    quote("5", "the placing on the market, the putting into service or the use of an ai system")
    quote("3", "that places on the market an ai system that bears the name or trademark")
    quote("3", "that makes an ai system available on the union market")
    new = parse(_PLACING_ROLES)
    made_available = parse(_MADE_AVAILABLE_ROLES)
    names = (
        "role.provider",
        "scope.provider_territorial",
        "role.importer",
        "role.distributor",
        "interp.a24_distributor_bound",
        "role.product_manufacturer",
    )
    for combo in itertools.product((True, False, None), repeat=len(names)):
        values = dict(zip(names, combo, strict=True))
        p, t, i, d, a24, m = combo
        # A33 (ade08aa): the provider's term is the conclusion art5.provider_placing_reach, under
        # the default reading "role.provider and scope.provider_territorial".
        values["art5.provider_placing_reach"] = k_and([t, p])
        got = evaluate(new, values)
        assert got == k_or([k_and([t, p]), k_and([t, i]), k_and([t, d, a24]), k_and([t, m])])
        if i is False and d is False and m is False:
            assert got == _old_placing_roles(values), values
        if t is True:
            assert got == _old_placing_roles(values), values
        assert evaluate(made_available, values) == k_and([t, k_or([p, i, d, m])])


@pytest.mark.parametrize("law", _LAWS)
def test_union_importer_and_deployer_placing_unanswered_stays_open_never_false(law: str) -> None:
    """Art. 23(1) "Before placing a high-risk AI system on the market, importers shall ensure";
    an importer "places on the market" (Art. 3(6)), on the Union market (Art. 3(9)). A Dutch
    importer that also deploys the system, with the placing in the Union unanswered: the duty
    was decided (through its establishment as a deployer) before 99d2959, it was open from
    99d2959, never false; since round 14 the role entails the placing (review23 note; rule
    territory.placed_or_used_in_union.importer), so it applies, as it does answered."""
    quote("23", "before placing a high-risk ai system on the market, importers shall ensure")
    quote("3", "first making available of an ai system or a general-purpose ai model on the union")
    roles = {"importer": True, "deployer": True}
    open_ = _assess(roles, law=law, complete=True, output_used_in_eu=False)
    assert open_.value("scope.provider_territorial") is True
    assert open_.value("duty.hr_system") is True
    assert open_.value("duty.hr_importer") is True
    placed = _assess(roles, law=law, complete=True, placed_or_used_in_eu=True)
    assert placed.value("duty.hr_importer") is True
    assert placed.obligation("art23_1").applies is True
