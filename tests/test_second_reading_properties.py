"""Property tests for the invariants of the second reading (issue 12, section 1): a prohibition
is a property of the practice (item 8), roles end where the law ends them (item 10), Art. 6(4)
only for a system not high-risk (item 1), the AI Office reaches only related deployers (item 12),
a given Annex III list settles the facts that imply a point (item 11)."""

from __future__ import annotations

from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

from aiact.assessment import RiskTier
from aiact.case import Case
from aiact.facts import IMPLIED_ANNEX_III, AISystem, Organisation
from aiact.testing import invariants as inv
from aiact.testing import strategies as ais


def _with(case: Case, system: dict[str, Any], organisation: Organisation | None = None) -> Case:
    org = organisation or case.organisation
    return case.model_copy(
        update={
            "system": ais.consistent_with(AISystem.model_validate(system), org),
            "organisation": org,
        }
    )


_ROLES = (
    "provider",
    "deployer",
    "importer",
    "distributor",
    "authorised_representative",
    "product_manufacturer",
)


@given(ais.cases(kind="system"))
def test_importer_and_distributor_of_the_same_system_get_the_same_tier(case: Case) -> None:
    assert case.system is not None
    org = case.organisation.model_copy(update={"established_in_eu": True})
    assume(org.member_state is None or org.member_state in ais.EU_MEMBER_STATES)
    data = case.system.model_dump()
    # An importer or distributor's system is placed on the Union market (Art. 3(6), 3(7), 3(9);
    # facts.IN_THE_UNION): a draw that denies it is no case for either role.
    assume(data["exclusions"]["placed_or_used_in_eu"] is not False)
    # Nor research "prior to their being placed on the market" (Art. 2(8); refused beside an
    # importer or distributor unless the placing is dated after the day: guard_pre_market).
    assume(data["exclusions"]["pre_market_research_testing"] is not True)
    data["value_chain"]["provider_established_in_eu"] = False
    data["roles"] = {name: name == "importer" for name in _ROLES}
    importer = _with(case, data, org)
    data["roles"] = {name: name == "distributor" for name in _ROLES}
    distributor = _with(case, data, org)
    inv.check_same_tier_for_importer_and_distributor(importer.assess(), distributor.assess())


@given(ais.cases(kind="system", in_scope=True), st.booleans())
def test_a_prohibited_rbi_use_never_makes_its_provider_tier_prohibited(
    case: Case, exception_facts: bool
) -> None:
    """Art. 5(1)(h) prohibits only "the use": the provider of the system whose use by a deployer
    is prohibited is not tier prohibited (unless another point of Art. 5 holds)."""
    assert case.system is not None
    data = case.system.model_dump()
    data["prohibited"] = {name: False for name in data["prohibited"]}
    data["prohibited"]["h_realtime_rbi_public_spaces_law_enforcement"] = True
    data["prohibited"]["h_strictly_necessary_for_listed_objective"] = exception_facts
    data["prohibited"]["h_national_law_permits"] = False
    data["annex_iii"]["biometric_verification_only"] = False
    data["value_chain"]["initial_provider_of_shifted_system"] = False
    data["exclusions"]["personal_non_professional_use"] = False
    points = data["annex_iii"]["points"]
    if points is not None and "1a" not in points:
        data["annex_iii"]["points"] = (*points, "1a")
    data["roles"] = {name: name == "deployer" for name in _ROLES}
    deployer = _with(case, data).assess()
    data["roles"] = {name: name == "provider" for name in _ROLES}
    provider = _with(case, data).assess()
    assert deployer.value("art5.h") is True and provider.value("art5.h") is True
    # A deployer the Act reaches (Art. 2(1)(b)-(c); round 11: scope.in_scope is the system's,
    # scope.deployer_territorial the deployer's own reach, review16/review17).
    if deployer.in_scope is True and deployer.value("scope.deployer_territorial") is True:
        assert deployer.classification_tier is RiskTier.PROHIBITED  # apart from the date
    if deployer.value("scope.deployer_territorial") is False:
        assert deployer.value("art5.any") is False  # the use ban is not its duty
    assert provider.value("art5.any") is False
    assert provider.classification_tier is not RiskTier.PROHIBITED
    assert provider.obligation("art5_1_h").applies is False


@given(ais.cases(kind="system"))
def test_single_assessment_invariants_of_the_second_reading(case: Case) -> None:
    a = case.assess()
    inv.check_art6_4_only_when_not_high_risk(a)
    inv.check_roles_end_at_the_role_shift(a)
    inv.check_ai_office_reach(a)


@given(ais.cases(kind="system"))
def test_a_given_annex_iii_list_settles_the_implying_facts(case: Case) -> None:
    """Item 11, contrapositive: with a given list of Annex III points, a fact that implies a point
    missing from the list is false (never unknown), and a listed point is derived true."""
    assert case.system is not None
    points = case.system.annex_iii.points
    assume(points is not None)
    assert points is not None
    listed = {p.value for p in points}
    a = case.assess()
    for fact, point, _ in IMPLIED_ANNEX_III:
        if point not in listed:
            assert a.value(fact) is False, fact
        elif a.value(fact) is True:
            assert a.value(f"hr.listed.{point}") is not False


@given(ais.cases(kind="system"))
def test_notified_body_answer_agrees_with_the_routes(case: Case) -> None:
    """Art. 43(2) alone never needs a notified body; a 'yes' always has a route of Art. 43(1)
    or 43(3)."""
    a = case.assess()
    answer = a.notified_body_needed
    assert answer is not None
    if answer.value is True:
        assert {"43(1)", "43(3)"} & set(answer.routes)
    if answer.routes == ("43(2)",) and a.value("art43.route_1") is False:
        assert a.value("art43.route_3") is not False or answer.value is not True
