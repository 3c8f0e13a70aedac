"""Review 30 (round 14) of 9018831 (A31's loose ends: Art. 60(4)(c) split into art60_4_c and
art60_4_c_national and read by A31; Art. 75(1)(a)(ii) left outside A31; the public deployers of
point 2 systems pinned). The defect found (a strict xfail until fixed), its controls, and the
probes behind the verdicts in tests/data/coverage/reviews.yaml. Fast: a handful of
assessments."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import COMPANY, PUBLIC_BODY, assess, system

import aiact
from aiact.interpretations import Point2Exception
from aiact.logic import is_false, is_true

DAY = "2028-02-01"
PLACED = dt.date(2028, 1, 1)
DEFAULT = Point2Exception.POINT_2_ALONE.value
ALTERNATIVE = Point2Exception.ANY_POINT_2_LISTING.value

# A safety component of a gas appliance (Regulation (EU) 2016/426, Annex I Section A) that is
# also a safety component in the supply of gas (Annex III point 2).
GAS_APPLIANCE = {
    "legislation": ["gas_appliances_2016_426"],
    "safety_component": True,
    "is_the_product": False,
    "third_party_conformity_assessment": True,
    "third_party_solely_radio_or_emc": False,
    "solely_non_safety_functions": False,
    "failure_endangers_health_safety": True,
}


def _tester(points: list[str], annex_i: dict[str, Any] | None, reading: str) -> aiact.Assessment:
    """A company that provides the system and tests it in real-world conditions outside a
    sandbox, under the amended text (Art. 60(1) as replaced: Annex I Section A too)."""
    s = system(roles=("provider",), annex_iii=points, annex_i=annex_i, placed_on_market=PLACED)
    conformity = s.conformity.model_copy(update={"real_world_testing_outside_sandbox": True})
    s = s.model_copy(update={"conformity": conformity})
    return assess(s, DAY, COMPANY, "amended", annex_iii_point_2_exception=reading)


def _quote_art60() -> None:
    quote(
        "60",
        "providers or prospective providers of high-risk AI systems listed in Annex III or "
        "covered by Union harmonisation legislation listed in Section A of Annex I",
        "amended",
    )
    quote(
        "60",
        "and high-risk AI systems referred to in point 2 of Annex III has registered the testing "
        "in real world conditions in accordance with Article 71(4)",
        "both",
    )
    quote_nl(
        "en AI-systemen met een hoog risico als bedoeld in punt 2 van bijlage III, heeft het "
        "testen onder reële omstandigheden geregistreerd overeenkomstig artikel 71, lid 4"
    )


def test_art60_4_c_default_keeps_an_annex_i_product_also_listed_in_point_2() -> None:
    """Art. 60(1) as replaced by Regulation (EU) 2026/1744: testing by "providers or prospective
    providers of high-risk AI systems listed in Annex III or covered by Union harmonisation
    legislation listed in Section A of Annex I"; Art. 60(4)(c) (not amended) excepts "high-risk
    AI systems referred to in point 2 of Annex III" from the registration "in accordance with
    Article 71(4)". A gas-appliance safety component (Annex I Section A) that is also a point 2
    safety component is in the class through Annex I, a route the exception does not mention:
    exactly the structure on which A31's default (ADR 0034: "a system also listed in 5(a) is
    such a system through 5(a), a listing the exception does not mention"; exceptions read
    narrowly; "never drops a duty the other reading would keep") keeps the duty. The library
    keeps it for the Annex I product alone (control below) and for a point 2 + 5(a) system, but
    drops it here under the default too: adding a point 2 listing to an Annex I product removes
    the EU registration of its testing, which only the alternative reading's logic ("it is
    referred to in point 2") supports, and no reading names the choice."""
    _quote_art60()
    a = _tester(["2"], GAS_APPLIANCE, DEFAULT)
    assert is_true(a.obligation("art60_4").applies)
    assert is_true(a.obligation("art60_4_c").applies)


@pytest.mark.parametrize(
    ("points", "annex_i", "reading", "eu"),
    [
        ([], GAS_APPLIANCE, DEFAULT, True),
        ([], GAS_APPLIANCE, ALTERNATIVE, True),
        (["2"], GAS_APPLIANCE, ALTERNATIVE, False),
        (["2", "5a"], None, DEFAULT, True),
    ],
    ids=["annex-i-only-default", "annex-i-only-alternative", "annex-i+2-alternative", "2+5a"],
)
def test_control_art60_4_c(
    points: list[str], annex_i: dict[str, Any] | None, reading: str, eu: bool
) -> None:
    """Controls (pass today): the Annex I product alone registers its testing in the EU database
    under both readings; under any_point_2_listing the product also listed in point 2 is
    excepted (the literal reading); a point 2 + 5(a) system keeps it under the default."""
    _quote_art60()
    a = _tester(points, annex_i, reading)
    assert is_true(a.obligation("art60_4_c").applies) is eu
    assert is_true(a.obligation("art60_4_c_national").applies) is ("2" in points)


# ------------------------------------------------------- probes of the deployer verdicts


@pytest.mark.parametrize("law", ("original", "amended"))
@pytest.mark.parametrize("reading", (DEFAULT, ALTERNATIVE))
def test_probe_person_on_behalf_of_public_authority_point_2_only(law: str, reading: str) -> None:
    """Art. 49(3): "with the exception of high-risk AI systems listed in point 2 of Annex III,
    deployers that are public authorities ... or persons acting on their behalf shall register";
    Art. 26(8) names no such persons. A company deploying a point 2-only system on behalf of a
    municipality: no registration duty under either reading; a municipality deploying an Annex I
    product: no art26_8 (nothing of Art. 49 reaches an Annex I system)."""
    quote("49", "or persons acting on their behalf shall register themselves", "both")
    s = system(
        roles=("deployer",),
        annex_iii=["2"],
        placed_on_market=PLACED,
        context={"on_behalf_of_public_authority": True},
    )
    a = assess(s, DAY, COMPANY, law, annex_iii_point_2_exception=reading)
    for obligation in ("art26_8", "art49_3", "art49_5"):
        assert is_false(a.obligation(obligation).applies), obligation
    gas = system(roles=("deployer",), annex_i=GAS_APPLIANCE, placed_on_market=PLACED)
    b = assess(gas, DAY, PUBLIC_BODY, law, annex_iii_point_2_exception=reading)
    assert is_false(b.obligation("art26_8").applies)
