"""The deployer's own territorial reach (Art. 2(1)(b)-(c)), round 11 Q14 (scope11).

``scope.territorial`` is one conclusion for the system; "placed on the market, put into service or
used in the EU" (``exclusions.placed_or_used_in_eu``) does not say by whom. The duties addressed
to deployers now also need ``scope.deployer_territorial``: the deployer is established or located
in the Union (point (b)), it uses the system in the Union itself (new fact
``exclusions.used_in_eu_by_organisation``, point (b)) or the output is used there (point (c)).
The provider's duties stay on Art. 2(1)(a); Art. 5 is unchanged.
"""

from __future__ import annotations

from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lawquote import quote

from aiact import assess
from aiact.facts import ART5_PRACTICES
from aiact.obligations.catalogue import catalogue
from aiact.obligations.model import Addressee

_AS_OF = "2028-01-10"


def _quote_points() -> None:
    quote("2", "providers placing on the market or putting into service ai systems")
    quote("2", "deployers of ai systems that have their place of establishment or are located")
    quote("2", "where the output produced by the ai system is used in the union")


def _recruiter(roles: dict[str, bool], **exclusions: bool | None) -> dict[str, Any]:
    """A recruitment system (Annex III, point 4(a)) that profiles persons."""
    return {
        "is_ai_system": True,
        "roles": {**_NO_ROLES, **roles},
        "value_chain": dict.fromkeys(_VALUE_CHAIN, False),
        "exclusions": {
            **dict.fromkeys(_EXCLUSIONS, False),
            "placed_or_used_in_eu": True,
            "output_used_in_eu": False,
            **exclusions,
        },
        "prohibited": dict.fromkeys(_PROHIBITED, False),
        "annex_i": {"legislation": []},
        "annex_iii": {"points": ["4a"]},
        "derogation": {"profiling": True},
        "placed_on_market": "2027-12-20",
    }


_NO_ROLES = dict.fromkeys(
    (
        "provider",
        "deployer",
        "importer",
        "distributor",
        "authorised_representative",
        "product_manufacturer",
    ),
    False,
)
_VALUE_CHAIN = (
    "own_name_on_high_risk_system",
    "substantial_modification",
    "modified_intended_purpose",
    "initial_provider_of_shifted_system",
    "supplies_components_for_high_risk",
)
_EXCLUSIONS = (
    "exclusively_military_defence_national_security",
    "sole_purpose_scientific_research",
    "pre_market_research_testing",
    "personal_non_professional_use",
    "free_open_source_licence",
    "international_cooperation_law_enforcement",
)
_PROHIBITED = ART5_PRACTICES


def _us_org() -> dict[str, Any]:
    return {"kind": "private_undertaking", "established_in_eu": False, "member_state": "US"}


def _ids(system: dict[str, Any], organisation: dict[str, Any]) -> dict[str, bool | None]:
    result = assess(system, organisation, as_of=_AS_OF)
    return {
        o.id: result.value(o.predicate)
        for o in catalogue().obligations
        if o.applies_to(result.law) and o.kind == "system"
    }


def test_third_country_deployer_not_using_it_in_the_union_has_no_deployer_duties() -> None:
    """Art. 2(1)(b)-(c): another party's placing on the Union market does not reach a deployer
    established and located in a third country whose output is not used in the Union."""
    _quote_points()
    values = _ids(_recruiter({"deployer": True}, used_in_eu_by_organisation=False), _us_org())
    deployer = [
        i
        for i in values
        if any(o.id == i and Addressee.DEPLOYER in o.addressees for o in catalogue().obligations)
    ]
    assert values["art26_1"] is False
    assert values["art4_1"] is False
    assert all(values[i] is not True for i in deployer if not i.startswith("art5_"))


def test_third_country_deployer_using_it_in_the_union_keeps_the_deployer_duties() -> None:
    """Art. 2(1)(b): "deployers ... that have their place of establishment or are located within
    the Union": using the system in the Union itself keeps the deployer in."""
    _quote_points()
    values = _ids(_recruiter({"deployer": True}, used_in_eu_by_organisation=True), _us_org())
    assert values["art26_1"] is True


def test_third_country_deployer_output_used_in_the_union_keeps_the_deployer_duties() -> None:
    """Art. 2(1)(c): third-country deployers "where the output produced by the AI system is used
    in the Union"."""
    _quote_points()
    values = _ids(
        _recruiter({"deployer": True}, used_in_eu_by_organisation=False, output_used_in_eu=True),
        _us_org(),
    )
    assert values["art26_1"] is True


def test_third_country_deployer_not_saying_where_it_uses_it_is_undetermined() -> None:
    """The old answer "placed on the market, put into service or used in the EU" alone does not
    say whose use it means: for a deployer outside the Union the duties stay undetermined (the
    interview asks ``org_uses_in_eu``), never silently dropped."""
    _quote_points()
    values = _ids(_recruiter({"deployer": True}), _us_org())
    assert values["art26_1"] is None


def test_third_country_provider_placing_in_the_union_keeps_its_provider_duties() -> None:
    """Art. 2(1)(a): "irrespective of whether those providers are established or located within
    the Union or in a third country"; its own use abroad gives no deployer duties."""
    quote("2", "irrespective of whether those providers are established or located within")
    values = _ids(
        _recruiter({"provider": True, "deployer": True}, used_in_eu_by_organisation=False),
        _us_org(),
    )
    assert values["art9"] is True
    assert values["art26_1"] is False
    assert values["art4_1"] is True  # the provider's AI literacy duty (Art. 4)


def test_eu_deployer_and_eu_provider_unchanged() -> None:
    """Art. 2(1)(a)-(b): an organisation established in the Union keeps every duty, whatever it
    says about its own use."""
    _quote_points()
    eu = {"kind": "private_undertaking", "established_in_eu": True, "member_state": "NL"}
    for own_use in (None, False, True):
        deployer = _ids(_recruiter({"deployer": True}, used_in_eu_by_organisation=own_use), eu)
        provider = _ids(_recruiter({"provider": True}, used_in_eu_by_organisation=own_use), eu)
        assert deployer["art26_1"] is True
        assert provider["art9"] is True


@settings(max_examples=25, deadline=None)
@given(
    own_use=st.sampled_from((None, False, True)),
    output=st.sampled_from((None, False, True)),
    placed=st.sampled_from((None, False, True)),
    roles=st.sampled_from(
        ({"deployer": True}, {"provider": True}, {"provider": True, "deployer": True})
    ),
    point=st.sampled_from(("4a", "5a", "1a", "8a")),
)
def test_established_in_the_union_the_new_fact_changes_nothing(
    own_use: bool | None,
    output: bool | None,
    placed: bool | None,
    roles: dict[str, bool],
    point: str,
) -> None:
    """For an organisation established in the Union the deployer's reach is given by Art.
    2(1)(b): ``scope.deployer_territorial`` is true, so each gate it was added to ("... and
    scope.deployer_territorial") equals the gate before the fix (Kleene: x and true = x), and no
    result of the deployer's depends on the new fact (the old code had no such input; since round
    12 the fact may decide the provider's reach, Art. 3(11)). The A/B against the code
    before the fix over the scenario corpus is in the report of scope11."""
    _quote_points()
    # Round 13 (terr14): the organisation's own use in the Union with "not placed on the
    # market, put into service or used in the Union" is refused as input (facts.IN_THE_UNION).
    assume(not (own_use is True and placed is False))
    eu = {"kind": "public_authority", "established_in_eu": True, "member_state": "NL"}

    def system(flag: bool | None) -> dict[str, Any]:
        return {
            "is_ai_system": True,
            "roles": roles,
            "exclusions": {
                "placed_or_used_in_eu": placed,
                "output_used_in_eu": output,
                "used_in_eu_by_organisation": flag,
            },
            "annex_iii": {"points": [point]},
            "derogation": {"profiling": True},
        }

    with_fact = assess(system(own_use), eu, as_of=_AS_OF)
    without = assess(system(None), eu, as_of=_AS_OF)
    assert with_fact.value("scope.deployer_territorial") is True
    if own_use is True and placed is not True and output is not True:
        # Round 12: the organisation's own use in the Union is, for its provider, a putting into
        # service "for own use in the Union" (Art. 3(11)), so the fact may now decide the
        # provider's reach (scope.provider_territorial, Art. 2(1)(a)).
        assert with_fact.value("scope.provider_territorial") is True
    # The deployer's side does not depend on the fact: its gate and every duty addressed to a
    # deployer alone keep their values.
    deployer_only = {
        f"obligation.{o.id}"
        for o in catalogue().obligations
        if set(o.addressees) == {Addressee.DEPLOYER}
    }
    for key in sorted(deployer_only | {"duty.hr_deployer", "duty.public_deployer"}):
        assert with_fact.evaluation.values.get(key) == without.evaluation.values.get(key), key
