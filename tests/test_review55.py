"""review55 (round 16): second reading of fix16d (Art. 2(8) refusals, titles and citations, the
A21 labels of review49) and of the lead's 841fc04 (Art. 25(3) "covered by"; the machinery rules
cite Art. 51 of Regulation (EU) 2023/1230) and 5b99dfb (the Dutch label of
model.compute_threshold_will_be_met).

What agrees (plain tests below):

* Art. 2(8): a placing or putting into service dated on or before the day assessed contradicts
  research "prior to their being placed on the market or put into service"; refusing the case
  instead of a date atom keeps the user's fact where no date is given. Each of the three
  undated facts read as a placing is sound in law: an importer "places on the market"
  (Art. 3(6)); a distributor "makes an AI system available on the Union market" (Art. 3(7)), and
  any making available presupposes the first one, which is the placing (Art. 3(9), 3(10)).
* Art. 25(3): the product manufacturer of a self-assessed Section A product whose safety
  component is high-risk through Annex III is the provider in both versions; under the amended
  text a component used solely for non-safety aspects is no safety component "for the purposes
  of this Regulation" (Art. 6(1a)), so not Art. 25(3) either; machinery (Section B under the
  amended text) is out of Art. 25(3).

Defect (strict xfail when found; fixed since by the lead, 2977694):

* D1 (Art. 2(8), planned placing): the three undated facts are refused "whatever the date", so a
  case that dates the placing after the day assessed (the guard's own "planned one", which
  "agrees with" the exclusion) is refused as soon as it also says importer, distributor or
  made_available_on_union_market true, while the same case with only a provider is accepted.
  The undated facts describe the planned supply chain as the provider role does (a provider
  also "places it on the market", Art. 3(3)); they mean a placing already made only where no
  later placing date is given.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import ANNEX_I_MEDICAL, COMPANY, assess, system

import aiact
from aiact.errors import InputError

D = dt.date
DAY = "2026-12-05"
_ART2_8 = (
    "This Regulation does not apply to any research, testing or development activity regarding "
    "AI systems or AI models prior to their being placed on the market or put into service."
)


def _research(roles: dict[str, bool] | None = None, **exclusions: Any) -> aiact.AISystem:
    """A system in research before its placing (Art. 2(8)) with ``roles`` and ``exclusions``."""
    placed = exclusions.pop("placed_on_market", None)
    data = system(placed_on_market=placed).model_dump()
    data["exclusions"].update(pre_market_research_testing=True, **exclusions)
    if roles:
        data["roles"].update(roles)
        if roles.get("importer"):
            data["value_chain"]["provider_established_in_eu"] = False
    return aiact.AISystem.model_validate(data)


# --------------------------------------------------------------------------- Art. 2(8)


@pytest.mark.parametrize(
    ("roles", "exclusions"),
    [
        ({"provider": False, "importer": True}, {}),
        ({"provider": False, "distributor": True}, {}),
        (None, {"made_available_on_union_market": True}),
    ],
)
def test_an_undated_fact_of_a_placing_is_refused_beside_research(
    roles: dict[str, bool] | None, exclusions: dict[str, bool]
) -> None:
    quote("3", "that makes an AI system available on the Union market", "both")
    quote("3", "the first making available of an AI system", "both")
    with pytest.raises(InputError):
        aiact.assess(_research(roles, **exclusions), COMPANY, DAY)


def test_a_provider_with_a_planned_placing_stays_excluded() -> None:
    quote("2", _ART2_8, "both")
    quote_nl("voor zij in de handel worden gebracht of in gebruik worden gesteld")
    a = aiact.assess(_research(placed_on_market=D(2027, 6, 1)), COMPANY, DAY)
    assert a.value("scope.excluded") is True


@pytest.mark.parametrize(
    ("roles", "exclusions"),
    [
        ({"provider": False, "importer": True}, {}),
        ({"provider": False, "distributor": True}, {}),
        (None, {"made_available_on_union_market": True}),
    ],
)
def test_a_planned_placing_by_an_importer_or_distributor_stays_excluded(
    roles: dict[str, bool] | None, exclusions: dict[str, bool]
) -> None:
    quote("2", _ART2_8, "both")
    quote("3", "places on the market an AI system that bears the name or trademark", "both")
    s = _research(roles, placed_on_market=D(2027, 6, 1), **exclusions)
    a = aiact.assess(s, COMPANY, DAY)
    assert a.value("scope.excluded") is True


# --------------------------------------------------------------------------- Art. 25(3)


def _gas(**given: Any) -> dict[str, Any]:
    return {
        **ANNEX_I_MEDICAL,
        "legislation": ["gas_appliances_2016_426"],
        "is_the_product": False,
        "safety_component": True,
        "third_party_conformity_assessment": False,
        **given,
    }


def test_art_25_3_a_component_solely_for_non_safety_aspects_is_no_safety_component() -> None:
    quote(
        "6",
        "For the purposes of this Regulation, including paragraph 1 of this Article, AI systems "
        "that are solely used for non-safety related aspects",
        "amended",
    )
    annex_i = _gas(solely_non_safety_functions=True, failure_endangers_health_safety=False)
    s = system(roles=("product_manufacturer",), annex_i=annex_i, annex_iii=["2"])
    assert assess(s, "2028-09-01", law="amended").value("role.provider") is False
    # the published text has no Art. 6(1a): the same component is a safety component
    assert assess(s, "2028-09-01", law="original").value("role.provider") is True


@pytest.mark.parametrize("law", ["original", "amended"])
def test_art_25_3_unknown_safety_component_leaves_the_role_open(law: str) -> None:
    annex_i = _gas(safety_component=None, failure_endangers_health_safety=None)
    s = system(roles=("product_manufacturer",), annex_i=annex_i, annex_iii=["2"])
    assert assess(s, "2028-09-01", law=law).value("role.provider") is None


def test_art_25_3_machinery_is_section_b_under_the_amended_text() -> None:
    annex_i = _gas(legislation=["machinery_2023_1230"])
    s = system(roles=("product_manufacturer",), annex_i=annex_i, annex_iii=["2"])
    assert assess(s, "2028-09-01", law="original").value("role.provider") is True
    assert assess(s, "2028-09-01", law="amended").value("role.provider") is False
