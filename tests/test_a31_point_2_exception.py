"""Reading A31 (docs/adr/0034-a31-annex-iii-point-2-exception.md): the point 2 exception of
Arts. 27(1), 49(1), 49(3) and 86(1) (and, through Art. 49, of Art. 26(8)) for a high-risk AI
system listed in Annex III point 2 (critical infrastructure) and also in another point.

Default ``point_2_alone``: only a system listed in point 2 alone is excepted (the library's
answer since audit11a D1). Alternative ``any_point_2_listing``: a system listed in point 2 is
excepted even if it is also listed in another point. Point 2 alone is spared under both; a
system not in point 2 keeps every duty under both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from lawquote import quote, quote_nl
from timecases import PUBLIC_BODY, assess, system

import aiact
from aiact.interpretations import DEFAULT_INTERPRETATIONS, Interpretations, Point2Exception
from aiact.logic import is_false, is_true
from aiact.verify.reach import DEFAULT_READING_NOTES

D = dt.date
LAWS = ("original", "amended")
DEFAULT = Point2Exception.POINT_2_ALONE.value
ALTERNATIVE = Point2Exception.ANY_POINT_2_LISTING.value

DEPLOYER_DUTIES = {"art27_1": "27", "art49_3": "49", "art26_8": "26", "art86": "86"}
PROVIDER_DUTIES = {"art49_1": "49", "art16_i": "16"}
EXCEPTED = (*DEPLOYER_DUTIES, *PROVIDER_DUTIES)


def _assess(points: list[str], reading: str | None, law: str) -> aiact.Assessment:
    """A public authority that provides and deploys the system (placed 1 Jan 2028), deciding on
    natural persons with it; assessed on 1 Feb 2028, when Chapter III applies in both texts."""
    sys_ = system(
        roles=("provider", "deployer"),
        annex_iii=points,
        placed_on_market=D(2028, 1, 1),
        context={"decisions_on_natural_persons": True},
    )
    if reading is None:
        return assess(sys_, "2028-02-01", PUBLIC_BODY, law)
    return assess(sys_, "2028-02-01", PUBLIC_BODY, law, annex_iii_point_2_exception=reading)


def _applies(a: aiact.Assessment, obligation: str) -> object:
    return a.obligation(obligation).applies


def _quote_the_exceptions() -> None:
    """Each article's words, English (both texts: the Omnibus amends none of these paragraphs)
    and Dutch."""
    quote(
        "27",
        "with the exception of high-risk AI systems intended to be used in the area listed in "
        "point 2 of Annex III",
        "both",
    )
    quote("49", "with the exception of high-risk AI systems referred to in point 2 of Annex III")
    quote("49", "with the exception of high-risk AI systems listed in point 2 of Annex III")
    quote("86", "with the exception of systems listed under point 2 thereof", "both")
    quote("26", "shall comply with the registration obligations referred to in Article 49", "both")
    quote_nl(
        "met uitzondering van AI-systemen met een hoog risico die bedoeld zijn om te worden "
        "gebruikt op het in punt 2 van bijlage III vermelde gebied"
    )
    quote_nl("met uitzondering van de in punt 2 van bijlage III vermelde AI-systemen met een hoog")
    quote_nl("met uitzondering van systemen die in punt 2 van die bijlage zijn vermeld")
    quote_nl("leven de in artikel 49 bedoelde registratieverplichtingen na")


def test_the_reading_is_named_with_the_current_behaviour_as_default() -> None:
    assert DEFAULT_INTERPRETATIONS.annex_iii_point_2_exception is Point2Exception.POINT_2_ALONE
    assert DEFAULT_INTERPRETATIONS.labels()["A31"] == DEFAULT
    facts = Interpretations(annex_iii_point_2_exception=ALTERNATIVE).as_facts()
    assert facts["interp.a31_any_point_2_listing_excepted"] is True
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a31_any_point_2_listing_excepted"] is False


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", [None, DEFAULT])
def test_default_point_2_and_5a_keeps_fria_registration_and_explanation(
    law: str, reading: str | None
) -> None:
    """Default A31 (point_2_alone). Art. 27(1) "with the exception of high-risk AI systems
    intended to be used in the area listed in point 2 of Annex III"; Art. 49(1) "referred to in
    point 2"; Art. 49(3) "listed in point 2"; Art. 86(1) "with the exception of systems listed
    under point 2 thereof"; Art. 26(8) "shall comply with the registration obligations referred
    to in Article 49". A system listed in point 2 and in 5(a) (public benefits) is read as listed
    in Annex III through 5(a): the FRIA, both registrations and the right to explanation apply,
    and the Art. 49(5) national registration of point 2 as well."""
    _quote_the_exceptions()
    a = _assess(["2", "5a"], reading, law)
    for obligation in (*EXCEPTED, "art49_5"):
        assert is_true(_applies(a, obligation)), (law, obligation)
    assert a.interpretations_used["A31"] == DEFAULT


@pytest.mark.parametrize("law", LAWS)
def test_alternative_point_2_and_5a_is_excepted(law: str) -> None:
    """A31=any_point_2_listing: the system is one "listed in point 2 of Annex III" (Arts.
    49(3), 86(1)), "referred to in point 2" (Art. 49(1)) and "intended to be used in the area
    listed in point 2" (Art. 27(1)), whatever its other points, so it is excepted: no FRIA
    (Art. 27(1)), no EU database registration by provider (Art. 49(1), Art. 16(i)) or public
    deployer (Arts. 49(3), 26(8)), no right to explanation (Art. 86(1)); the national
    registration of Art. 49(5) ("High-risk AI systems referred to in point 2 of Annex III shall
    be registered at national level") stays."""
    _quote_the_exceptions()
    quote("49", "shall be registered at national level")
    a = _assess(["2", "5a"], ALTERNATIVE, law)
    for obligation in EXCEPTED:
        assert is_false(_applies(a, obligation)), (law, obligation)
    assert is_true(_applies(a, "art49_5"))
    assert a.interpretations_used["A31"] == ALTERNATIVE


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", [DEFAULT, ALTERNATIVE])
def test_point_2_alone_is_spared_under_both_readings(law: str, reading: str) -> None:
    """Arts. 27(1), 49(1), 49(3), 86(1): a system listed in point 2 alone is excepted under
    every reading; Art. 49(5) registers it at national level."""
    _quote_the_exceptions()
    a = _assess(["2"], reading, law)
    for obligation in EXCEPTED:
        assert is_false(_applies(a, obligation)), (law, reading, obligation)
    assert is_true(_applies(a, "art49_5"))


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", [DEFAULT, ALTERNATIVE])
def test_a_system_not_in_point_2_keeps_the_duties_under_both_readings(
    law: str, reading: str
) -> None:
    """Arts. 27(1), 49(1), 49(3), 86(1), 26(8): the exception concerns point 2 only; a 5(a)
    system keeps every duty whatever A31 says, and has no Art. 49(5) national registration."""
    _quote_the_exceptions()
    a = _assess(["5a"], reading, law)
    for obligation in EXCEPTED:
        assert is_true(_applies(a, obligation)), (law, reading, obligation)
    assert is_false(_applies(a, "art49_5"))


@pytest.mark.parametrize(
    ("reading", "rule"),
    [
        (DEFAULT, "hr.annex_iii_other_than_point_2"),
        (ALTERNATIVE, "hr.annex_iii_other_than_point_2.not_in_point_2"),
    ],
)
def test_the_explanation_names_the_reading(reading: str, rule: str) -> None:
    """Art. 27(1): where the duty of a 5(a) system turns on the point 2 exception, the
    derivation shows the rule that decided it, marked with reading A31, under each reading."""
    quote(
        "27",
        "with the exception of high-risk AI systems intended to be used in the area listed in "
        "point 2 of Annex III",
        "both",
    )
    a = _assess(["5a"], reading, "amended")
    why = a.why("hr.annex_iii_other_than_point_2")
    assert is_true(why.value)
    assert [(s.rule.id, s.rule.interpretation) for s in why.steps] == [(rule, "A31")]
    assert "[A31]" in why.text()


def test_the_alternative_rule_is_a_noted_default_reading_gap() -> None:
    """Art. 49(1): the rule that fires only under A31=any_point_2_listing is listed among the
    rules that cannot fire under the default reading, with the reason."""
    quote("49", "with the exception of high-risk AI systems referred to in point 2 of Annex III")
    note = DEFAULT_READING_NOTES["hr.annex_iii_other_than_point_2.not_in_point_2"]
    assert "A31=any_point_2_listing" in note
    assert "ADR 0034" in note
