"""Review 29 (round 14) of 5b5bbfb (Art. 72(2), last sentence: entry art72_2_law_enforcement)
and 8296025 (readings A34, ADR 0038, and A35, ADR 0039). The defect found (a strict xfail
until fixed in round 14, a plain test now), its controls, and the probes behind the verdicts in
tests/data/coverage/reviews.yaml. Fast: a handful of assessments."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_annex, quote_nl
from scope_cases import NO_ROLE, NO_SHIFT, OUTPUT_ONLY
from timecases import COMPANY, PUBLIC_BODY, assess, system

import aiact

AS_OF = dt.date(2028, 6, 1)
PLACED = dt.date(2027, 12, 15)
LAWS = ("original", "amended")
POLICE = PUBLIC_BODY.model_copy(update={"law_enforcement_authority": True})


def _applies(a: aiact.Assessment) -> dict[str, bool | None]:
    return {r.id: r.applies for r in a.obligation_results}


# ------------------------------------------------------------------------ Art. 72(2)


def _quote_art72_2() -> None:
    quote(
        "72",
        "This obligation shall not cover sensitive operational data of deployers which are "
        "law-enforcement authorities.",
        "both",
    )
    quote_nl(
        "Deze verplichting geldt niet voor gevoelige operationele gegevens van "
        "gebruiksverantwoordelijken die rechtshandhavingsinstanties zijn."
    )
    quote_annex(
        "III",
        "AI systems intended to be used by or on behalf of law enforcement authorities",
    )


@pytest.mark.parametrize("law", LAWS)
def test_annex_iii_point_6_provider_sees_the_art72_2_carve_out(law: str) -> None:
    """Art. 72(2), last sentence: the post-market monitoring "shall not cover sensitive
    operational data of deployers which are law-enforcement authorities" (NL "geldt niet voor
    gevoelige operationele gegevens van gebruiksverantwoordelijken die
    rechtshandhavingsinstanties zijn"). An Annex III point 6 system is by its intended purpose
    "intended to be used by or on behalf of law enforcement authorities": its deployers are
    (at least in part) law-enforcement authorities (Art. 3(45)), so the carve-out shapes exactly
    this provider's post-market monitoring. The entry must not be stated not applicable for it
    (listed, or at least undetermined), whether or not the provider is itself a police force."""
    _quote_art72_2()
    provider = system(roles=("provider",), annex_iii=["6d"], put_into_service=PLACED)
    for org in (COMPANY, POLICE):
        result = _applies(assess(provider, AS_OF, org, law))
        assert result["art72"] is True
        assert result["art72_2_law_enforcement"] is not False


@pytest.mark.parametrize("law", LAWS)
def test_control_art72_2_for_the_police_providing_and_deploying(law: str) -> None:
    """Control: the case the entry covers; same schedule as art72 (both versions)."""
    _quote_art72_2()
    both = system(roles=("provider", "deployer"), annex_iii=["6d"], put_into_service=PLACED)
    results = {r.id: r for r in assess(both, AS_OF, POLICE, law).obligation_results}
    assert results["art72_2_law_enforcement"].applies is True
    assert results["art72_2_law_enforcement"].status == results["art72"].status


# ------------------------------------------------------------------------------ A35


def _supplier(reading: str, law: str, provider_in_eu: bool, member_state: str) -> Any:
    """A supplier of a tool for a recruitment system (Annex III 4(a)); the system is not placed
    on the market, put into service or used in the Union, its output is used there."""
    sys_ = {
        "is_ai_system": True,
        "exclusions": OUTPUT_ONLY,
        "value_chain": {
            **NO_SHIFT,
            "supplies_components_for_high_risk": True,
            "supplies_under_free_open_source_licence": False,
            "supplies_only_ai_model": False,
            "provider_established_in_eu": provider_in_eu,
        },
        "roles": NO_ROLE,
        "annex_iii": {"points": ["4a"]},
        "derogation": {"profiling": True},
        "placed_on_market": "2027-12-15",
        "significant_change": "none",
    }
    org = {"kind": "private_undertaking", "member_state": member_state}
    return aiact.assess(
        sys_, org, "2028-06-01", law, interpretations={"art25_4_supplier_reach": reading}
    )


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("provider_in_eu", [True, False])
def test_control_third_country_supplier_output_only(law: str, provider_in_eu: bool) -> None:
    """Probe of A35: a US supplier, the provider supplied established in the Union or in a third
    country, only the output used in the Union. Default through_provider: reached (A32 default:
    point (c) reaches the provider either way); system_in_union: not reached, no Art. 25(4)."""
    quote(
        "2",
        "providers and deployers of AI systems that have their place of establishment or are "
        "located in a third country, where the output produced by the AI system is used in the "
        "Union",
        "both",
    )
    entry = {"original": "art25_4_original", "amended": "art25_4"}[law]
    default = _supplier("through_provider", law, provider_in_eu, "US")
    assert default.value("scope.supplier_reach") is True and default.in_scope is True
    assert _applies(default)[entry] is True
    alternative = _supplier("system_in_union", law, provider_in_eu, "US")
    assert alternative.value("scope.supplier_reach") is False
    assert alternative.in_scope is False and _applies(alternative)[entry] is False
