"""Review31 (round 14) of 839e156 and 266f5de (terr15): territory.placed_or_used_in_union.

One defect, from the merge with A35 (8296025, merged in parallel): the rule
scope.supplier_reach.system_in_union still reads the stated placing and the own use directly
(scope.SYSTEM_IN_UNION), not the new conclusion, so review23's defect returns there: a stated
"not placed on the market, put into service or used in the Union" with the own use unanswered
leaves the supplier's reach undetermined under A35=system_in_union, where the conclusion is
false (tests/test_territory_from_roles.py::test_the_readers_read_the_conclusion fails on main
for the same reason).
"""

from __future__ import annotations

from typing import Any

import pytest
from lawquote import quote, quote_nl
from scope_cases import NO_EXCLUSION, NO_ROLE, NO_SHIFT

import aiact

_LAWS = ("2024/1689", "2024/1689+2026/1744")
_NL = {"kind": "private_undertaking", "member_state": "NL"}
_A35_ALT = {"A35": "system_in_union"}


def _supplier(**exclusions: Any) -> dict[str, Any]:
    """A Dutch third-party supplier of a component of an Annex III 4(a) system (Art. 25(4)),
    no other role, the output not used in the Union."""
    return {
        "is_ai_system": True,
        "roles": NO_ROLE,
        "exclusions": {**NO_EXCLUSION, "output_used_in_eu": False, **exclusions},
        "annex_iii": {"points": ["4a"], "biometric_verification_only": False},
        "value_chain": {**NO_SHIFT, "supplies_components_for_high_risk": True},
    }


def _quote() -> None:
    quote(
        "25",
        "the third party that supplies an ai system, tools, services, components, or processes "
        "that are used or integrated in a high-risk ai system",
    )
    quote("2", "providers placing on the market or putting into service ai systems", "both")
    quote_nl("aanbieders die AI-systemen in de Unie in de handel brengen of in gebruik stellen")


@pytest.mark.parametrize("law", _LAWS)
def test_a35_supplier_nothing_in_the_union_own_use_unanswered_is_not_reached(law: str) -> None:
    """Art. 25(4), Art. 2(1)(a) under A35=system_in_union: the system is stated not to be placed
    on the market, put into service or used in the Union, and the input checks refuse the own
    use beside that, so the supplier is not reached (territory.placed_or_used_in_union is
    false); the reach should be false, as it is with the own use answered."""
    _quote()
    a = aiact.assess(
        _supplier(placed_or_used_in_eu=False),
        _NL,
        "2028-01-10",
        law=law,
        interpretations=_A35_ALT,
    )
    assert a.value("territory.placed_or_used_in_union") is False
    assert a.value("scope.supplier_reach") is False


@pytest.mark.parametrize("law", _LAWS)
def test_control_a35_supplier_own_use_answered_is_not_reached(law: str) -> None:
    """Control: with the own use answered "no" the supplier's reach is false."""
    _quote()
    a = aiact.assess(
        _supplier(placed_or_used_in_eu=False, used_in_eu_by_organisation=False),
        _NL,
        "2028-01-10",
        law=law,
        interpretations=_A35_ALT,
    )
    assert a.value("scope.supplier_reach") is False
    assert a.in_scope is False
