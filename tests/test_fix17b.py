"""fix17b (round 17): readings A42 and A43, "bodies governed by public law" (ADR 0046).

* A42 (review48, review55): Art. 27(1) obliges "deployers that are bodies governed by public
  law" to assess the impact on fundamental rights; whether a Member State's public authority is
  such a body is a named reading (default ``public_authorities_included``, alternative
  ``procurement_sense``), carried by the rule ``duty.fria_deployer.public_authority``.
* A43 (audit15b N1): whether a body governed by public law is one of the "public authorities and
  bodies" of Art. 99(8) (default ``public_body``) or an undertaking (``undertaking``); exposure
  only, every national row of such a body flagged A43.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lawquote import quote, quote_nl
from timecases import COMPANY, PUBLIC_BODY, assess, system

import aiact
from aiact.interpretations import (
    CODES,
    DEFAULT_INTERPRETATIONS,
    Art27PublicLawBodies,
    Art99Paragraph8PublicBodies,
    Interpretations,
)
from aiact.penalties import ExposureOptions, offender_of
from aiact.penalties.exposure import Offender
from aiact.rules import SYSTEM_RULES
from aiact.testing.strategies import system_cases

RULES = {r.id: r for r in SYSTEM_RULES}
DAY = "2028-09-01"
PLACED = dt.date(2028, 1, 10)
FRIA = ("art27_1", "art27_3", "art27_4", "art27_4_original")
DEFAULT = Art27PublicLawBodies.PUBLIC_AUTHORITIES_INCLUDED
ALTERNATIVE = Art27PublicLawBodies.PROCUREMENT_SENSE
LAWS = ("original", "amended")


def _org(base: aiact.Organisation, **given: Any) -> aiact.Organisation:
    return aiact.Organisation(**{**base.model_dump(), **given})


MINISTRY = _org(PUBLIC_BODY, name="Ministerie van Binnenlandse Zaken")
AGENCY = _org(COMPANY, name="Stichting Voorbeeldziekenhuis", kind="body_governed_by_public_law")
PUBLIC_SERVICES = _org(COMPANY, name="Woningcorporatie B.V.", kind="private_entity_public_services")


def _law_words() -> None:
    quote(
        "27",
        "deployers that are bodies governed by public law, or are private entities providing "
        "public services, and deployers of high-risk AI systems referred to in points 5 (b) and "
        "(c) of Annex III, shall perform an assessment of the impact on fundamental rights",
        "both",
    )
    quote_nl(
        "gebruiksverantwoordelijken die publiekrechtelijke organen zijn of particuliere "
        "entiteiten zijn die openbare diensten verlenen"
    )
    # Where the Act means public authorities it says so.
    quote(
        "26",
        "Deployers of high-risk AI systems that are public authorities, or Union institutions, "
        "bodies, offices or agencies shall comply with the registration obligations",
        "both",
    )
    quote(
        "49",
        "deployers that are public authorities, Union institutions, bodies, offices or agencies "
        "or persons acting on their behalf shall register themselves",
        "both",
    )


def _deploy(
    org: aiact.Organisation, point: str, law: str, reading: Art27PublicLawBodies, **facts: Any
) -> aiact.Assessment:
    return assess(
        system(roles=("deployer",), annex_iii=[point], placed_on_market=PLACED, **facts),
        DAY,
        org,
        law=law,
        art27_public_law_bodies=reading,
    )


def _fria(a: aiact.Assessment) -> dict[str, Any]:
    ids = {r.id for r in a.obligation_results}
    return {key: a.obligation(key).applies for key in FRIA if key in ids}


# --------------------------------------------------------------------------- A42: the switch


def test_a42_is_a_named_reading_with_a_default() -> None:
    _law_words()
    assert CODES["A42"] == "art27_public_law_bodies"
    assert DEFAULT_INTERPRETATIONS.art27_public_law_bodies is DEFAULT
    assert DEFAULT_INTERPRETATIONS.labels()["A42"] == "public_authorities_included"
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a42_public_authorities_included"] is True
    alternative = Interpretations(art27_public_law_bodies="procurement_sense")
    assert alternative.as_facts()["interp.a42_public_authorities_included"] is False
    assert alternative.labels()["A42"] == "procurement_sense"


def test_a42_the_rules_carry_the_reading() -> None:
    authority = RULES["duty.fria_deployer.public_authority"]
    assert authority.interpretation == "A42"
    assert authority.when == "org.kind.public_authority and interp.a42_public_authorities_included"
    assert str(authority.ref) == "Art. 27(1)"
    body = RULES["duty.fria_deployer.public_law_body"]
    assert body.when == "org.kind.body_governed_by_public_law"
    assert body.interpretation is None
    assert "public authorities included" not in body.title_en
    # A8 still asks the question of the Union institutions only.
    assert RULES["duty.fria_deployer.union_institution"].interpretation == "A8"


# --------------------------------------------------------------------------- A42: the cases


@pytest.mark.parametrize("law", LAWS)
def test_a42_a_ministry_deploying_a_recruitment_system(law: str) -> None:
    """Annex III point 4(a) (recruitment): the ministry's FRIA follows the reading."""
    default = _deploy(MINISTRY, "4a", law, DEFAULT)
    assert default.value("hr.high_risk") is True
    assert default.value("duty.fria_deployer") is True
    assert default.obligation("art27_1").applies is True
    assert default.obligation("art27_3").applies is True
    why = default.why("duty.fria_deployer")
    assert [(s.rule.id, s.rule.interpretation) for s in why.steps if s.value is True][:1] == [
        ("duty.fria_deployer.public_authority", "A42")
    ]
    assert default.interpretations_used["A42"] == "public_authorities_included"

    narrow = _deploy(MINISTRY, "4a", law, ALTERNATIVE)
    assert narrow.value("hr.high_risk") is True
    assert narrow.value("duty.fria_deployer") is False
    assert set(_fria(narrow).values()) == {False}
    assert narrow.interpretations_used["A42"] == "procurement_sense"
    # Art. 26(8) and 49(3) name public authorities themselves: unchanged.
    assert narrow.obligation("art26_8").applies is default.obligation("art26_8").applies is True
    assert narrow.obligation("art49_3").applies is default.obligation("art49_3").applies


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", list(Art27PublicLawBodies))
@pytest.mark.parametrize(
    "org", [AGENCY, PUBLIC_SERVICES], ids=["body_governed_by_public_law", "public_services"]
)
def test_a42_the_other_public_sector_deployers_are_bound_under_both_readings(
    law: str, reading: Art27PublicLawBodies, org: aiact.Organisation
) -> None:
    a = _deploy(org, "4a", law, reading)
    assert a.value("duty.fria_deployer") is True
    assert a.obligation("art27_1").applies is True
    assert a.obligation("art27_3").applies is True


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", list(Art27PublicLawBodies))
@pytest.mark.parametrize("point", ["5b", "5c"])
@pytest.mark.parametrize("org", [COMPANY, MINISTRY], ids=["company", "ministry"])
def test_a42_credit_scoring_and_insurance_bind_every_deployer(
    law: str, reading: Art27PublicLawBodies, point: str, org: aiact.Organisation
) -> None:
    quote(
        "27", "deployers of high-risk AI systems referred to in points 5 (b) and (c) of Annex III"
    )
    a = _deploy(org, point, law, reading)
    assert a.value("duty.fria_deployer") is True
    assert a.obligation("art27_1").applies is True


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", list(Art27PublicLawBodies))
def test_a42_a_company_outside_point_5_has_no_fria(law: str, reading: Art27PublicLawBodies) -> None:
    a = _deploy(COMPANY, "4a", law, reading)
    assert a.value("duty.fria_deployer") is False
    assert set(_fria(a).values()) == {False}


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", list(Art27PublicLawBodies))
def test_a42_the_point_2_exception_holds_under_both_readings(
    law: str, reading: Art27PublicLawBodies
) -> None:
    quote("27", "with the exception of high-risk AI systems intended to be used in the area")
    a = _deploy(MINISTRY, "2", law, reading)
    assert a.obligation("art27_1").applies is False


@pytest.mark.parametrize("law", LAWS)
def test_a42_the_dpia_siblings_follow_the_fria(law: str) -> None:
    """Art. 27(4): the published "complement" and the amended cross-reference read the FRIA."""
    key = "art27_4_original" if law == "original" else "art27_4"
    default = _deploy(MINISTRY, "4a", law, DEFAULT, context={"dpia_conducted": True})
    narrow = _deploy(MINISTRY, "4a", law, ALTERNATIVE, context={"dpia_conducted": True})
    assert default.obligation(key).applies is True
    assert narrow.obligation(key).applies is False


def test_a42_an_unknown_kind_stays_undetermined_under_both_readings() -> None:
    org = _org(MINISTRY, kind=None)
    for reading in Art27PublicLawBodies:
        a = _deploy(org, "4a", "amended", reading)
        assert a.value("duty.fria_deployer") is None


@given(case=st.one_of(system_cases(), system_cases(high_risk=True, public_sector=True)))
def test_a42_the_readings_differ_only_for_a_public_authority(case: aiact.Case) -> None:
    """The two readings give the same obligations unless the deployer is a public authority;
    where they differ, only the Art. 27 obligations do, and the alternative has fewer."""
    readings = case.interpretations or DEFAULT_INTERPRETATIONS
    pair = [
        case.model_copy(
            update={"interpretations": readings.model_copy(update={"art27_public_law_bodies": r})}
        ).assess()
        for r in (DEFAULT, ALTERNATIVE)
    ]
    wide, narrow = ({r.id: r.applies for r in a.obligation_results} for a in pair)
    changed = {key for key in wide if wide[key] != narrow[key]}
    if case.organisation.kind is not aiact.OrganisationKind.PUBLIC_AUTHORITY:
        assert not changed
    assert changed <= set(FRIA)
    for key in changed:
        assert narrow[key] is False
    assert pair[0].risk_tier is pair[1].risk_tier


# --------------------------------------------------------------------------- A43


def test_a43_is_a_named_reading_read_by_the_exposure() -> None:
    quote("99", "to what extent administrative fines may be imposed on public authorities and")
    quote_nl("in die lidstaat gevestigde overheidsinstanties of -organen")
    assert CODES["A43"] == "art99_8_public_bodies"
    assert DEFAULT_INTERPRETATIONS.labels()["A43"] == "public_body"
    assert offender_of(AGENCY) is Offender.PUBLIC_BODY
    assert offender_of(AGENCY, Art99Paragraph8PublicBodies.UNDERTAKING) is Offender.UNDERTAKING
    # A public authority is a public body under both readings.
    for reading in Art99Paragraph8PublicBodies:
        assert offender_of(MINISTRY, reading) is Offender.PUBLIC_BODY
        assert offender_of(PUBLIC_SERVICES, reading) is Offender.UNDERTAKING


@pytest.mark.parametrize("law", LAWS)
def test_a43_a_body_governed_by_public_law_under_each_reading(law: str) -> None:
    sys_ = system(roles=("provider",), annex_iii=["4a"], placed_on_market=PLACED)
    default = assess(sys_, DAY, AGENCY, law=law)
    alternative = assess(sys_, DAY, AGENCY, law=law, art99_8_public_bodies="undertaking")
    assert default.exposure.offender is Offender.PUBLIC_BODY
    assert alternative.exposure.offender is Offender.UNDERTAKING
    row, alt_row = (
        next(r for r in a.exposure.obligations if r.obligation_id == "art9")
        for a in (default, alternative)
    )
    assert "A43" in row.flags and "A43" in alt_row.flags
    assert "Art. 99(8)" in row.citations and "Art. 99(8)" not in alt_row.citations
    # Art. 99(4): EUR 15 000 000 or 3 % of the turnover (2 000 000 000), whichever is higher.
    assert alt_row.ceiling == 60_000_000
    assert {f.code for f in default.exposure.flags} >= {"A43"}
    # The classification and the obligations do not read A43.
    assert [(r.id, r.applies) for r in default.obligation_results] == [
        (r.id, r.applies) for r in alternative.obligation_results
    ]


def test_a43_the_options_take_the_reading_unless_set() -> None:
    sys_ = system(roles=("provider",), annex_iii=["4a"], placed_on_market=PLACED)
    readings = Interpretations(art99_8_public_bodies="undertaking")
    a = aiact.assess(
        sys_, AGENCY, DAY, interpretations=readings, exposure_options=ExposureOptions()
    )
    assert a.exposure.offender is Offender.UNDERTAKING
    pinned = ExposureOptions(art99_8_public_bodies="public_body")
    b = aiact.assess(sys_, AGENCY, DAY, interpretations=readings, exposure_options=pinned)
    assert b.exposure.offender is Offender.PUBLIC_BODY


def test_a43_no_flag_for_other_kinds() -> None:
    sys_ = system(roles=("provider",), annex_iii=["4a"], placed_on_market=PLACED)
    for org in (MINISTRY, COMPANY, PUBLIC_SERVICES):
        a = assess(sys_, DAY, org)
        assert all("A43" not in r.flags for r in a.exposure.obligations)


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_readings_have_labels_in_both_languages(lang: str) -> None:
    from aiact.views.labels import reading_label

    for code, field in (("A42", Art27PublicLawBodies), ("A43", Art99Paragraph8PublicBodies)):
        for reading in field:
            label = reading_label(code, reading.value, lang)
            assert label and label != reading.value
    if lang == "nl":
        assert "publiekrechtelijk orgaan" in reading_label("A42", "procurement_sense", "nl")
