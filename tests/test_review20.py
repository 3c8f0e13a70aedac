"""Review 20 (round 12) of fin12's financial-institution and law-enforcement entries (d0a9fec):
the wording fixed in review and the probes that back the verdicts in
tests/data/coverage/reviews.yaml. Fast: a handful of assessments."""

from __future__ import annotations

import datetime as dt

import pytest
from lawquote import quote, quote_nl
from timecases import COMPANY, PUBLIC_BODY, assess, system

from aiact.obligations import catalogue
from aiact.questions.catalogue import catalogue as questions

AS_OF = dt.date(2028, 6, 1)
PLACED = dt.date(2027, 12, 15)
LAWS = ("original", "amended")
BANK = COMPANY.model_copy(update={"financial_institution": True})
POLICE = PUBLIC_BODY.model_copy(update={"law_enforcement_authority": True})


def test_art17_4_summary_names_the_points_of_art17_1_it_excepts() -> None:
    """Art. 17(4) excepts "paragraph 1, points (g), (h) and (i)": (g) is the risk management
    system of Art. 9, (h) the post-market monitoring system of Art. 72, (i) the serious-incident
    procedures of Art. 73. The summary had shifted them by one ((g) post-market monitoring,
    (h) incidents, (i) communication, which is point (j))."""
    quote(
        "17", "with the exception of paragraph 1, points (g), (h) and (i) of this Article", "both"
    )
    quote("17", "(g) the risk management system referred to in Article 9;", "both")
    quote(
        "17",
        "(h) the setting-up, implementation and maintenance of a post-market monitoring",
        "both",
    )
    quote("17", "(i) procedures related to the reporting of a serious incident", "both")
    quote("17", "(j) the handling of communication with national competent authorities", "both")
    quote_nl("g) het systeem voor risicobeheer zoals bedoeld in artikel 9;")
    quote_nl("i) procedures in verband met het melden van een ernstig incident")
    entry = catalogue().get("art17_4")
    assert "(g) (the risk management system of Art. 9)" in entry.summary_en
    assert "(h) (the post-market monitoring system of Art. 72)" in entry.summary_en
    assert "(i) (the procedures for reporting serious incidents under Art. 73)" in entry.summary_en
    assert "communication" not in entry.summary_en
    assert "g) (het systeem voor risicobeheer van artikel 9)" in entry.summary_nl
    assert "communicatie" not in entry.summary_nl


def test_the_financial_option_states_the_condition_of_the_text() -> None:
    """Arts. 17(4), 18(3), 19(2), 26(5)-(6): "financial institutions subject to requirements
    regarding their internal governance, arrangements or processes under Union financial services
    law"; the option names that condition (EN and NL), not any financial institution."""
    quote(
        "17",
        "providers that are financial institutions subject to requirements regarding "
        "their internal governance, arrangements or processes under Union financial services "
        "law",
        "both",
    )
    quote_nl("onderworpen zijn aan eisen met betrekking tot hun interne governance")
    option = next(o for o in questions().get("org_functions").options if o.id == "financial")
    assert "internal governance" in option.text_en
    assert "interne governance" in option.text_nl
    assert option.sets == {"organisation.financial_institution": True}


@pytest.mark.parametrize("law", LAWS)
def test_the_financial_entries_add_no_fine_exposure(law: str) -> None:
    """Art. 17(4) and Art. 26(5), second subparagraph, say how a duty is met; Arts. 18(3), 19(2)
    and 26(6), second subparagraph, where documentation and logs are kept: the fines stay those
    of Art. 99(4)(a) (through Art. 16(c)-(e)) and 99(4)(e). A bank that provides and deploys an
    Annex III point 5(b) system has the same ceilings per tier as any other large undertaking."""
    sys_ = system(roles=("provider", "deployer"), annex_iii=["5b"], put_into_service=PLACED)
    bank = assess(sys_, AS_OF, BANK, law).exposure
    other = assess(sys_, AS_OF, COMPANY, law).exposure
    assert bank.max_ceiling == other.max_ceiling
    assert {t.tier: t.max_ceiling for t in bank.by_tier} == {
        t.tier: t.max_ceiling for t in other.by_tier
    }


@pytest.mark.parametrize("law", LAWS)
def test_unknown_law_enforcement_status_leaves_the_carve_out_undetermined(law: str) -> None:
    """Art. 26(5), first subparagraph, last sentence: whether the deployer "is a law
    enforcement authority" (Art. 3(45)) is a fact; unknown, the carve-out is undetermined (not
    false) and the duty itself applies."""
    quote(
        "26",
        "This obligation shall not cover sensitive operational data of deployers of AI "
        "systems which are law enforcement authorities.",
        "both",
    )
    unknown = PUBLIC_BODY.model_copy(update={"law_enforcement_authority": None})
    sys_ = system(roles=("deployer",), annex_iii=["6d"], put_into_service=PLACED)
    result = {r.id: r.applies for r in assess(sys_, AS_OF, unknown, law).obligation_results}
    assert result["art26_5"] is True
    assert result["art26_5_law_enforcement"] is None


@pytest.mark.parametrize("law", LAWS)
def test_police_building_and_using_its_own_system(law: str) -> None:
    """A police force that provides and deploys its own Annex III point 6(d) system: as deployer
    it gets the Art. 26(5) carve-out; as provider no financial-institution entry applies."""
    sys_ = system(roles=("provider", "deployer"), annex_iii=["6d"], put_into_service=PLACED)
    result = {r.id: r.applies for r in assess(sys_, AS_OF, POLICE, law).obligation_results}
    assert result["art26_5_law_enforcement"] is True and result["art72"] is True
    assert not any(result[i] for i in ("art17_4", "art18_3", "art19_2", "art72_4_financial"))
