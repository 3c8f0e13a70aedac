"""Review rev31c of round 31: eight real entries of the Dutch algorithm register
(algoritmes.overheid.nl, fetched 8 August 2026) written as case files
(tests/data/rev31c/*.yaml, assumptions in their comments) and assessed on 7 December 2026 (the
law in force: Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744) and on 1 January
2028, each conclusion checked by hand against the text.

The cases: CATCH (police, post remote biometric identification, Annex III point 1(a), in-house,
in use), OxRec (probation service, recidivism risk, point 6(d), third-country provider, not yet in
use), IOB kort verblijf visum (ministry, point 7(c), in-house, in use), Weglot (municipality,
machine translation, Art. 50(4)), risk selection for environmental inspections (supervisory
authority, no Annex III point), RIS-matching vroegsignalering schulden (municipality, debt relief,
point 5(a), bought, in use), MONOcam (police, behaviour detection, not high-risk) and the
minutes of council meetings (municipality, generated text under editorial responsibility).

Verified and pinned here (passing tests): scope, roles, classification and route, the obligations
present and absent, the dates of Art. 113 as amended and Art. 111(2) as replaced (2 December
2027; 2 August 2030 for systems intended to be used by public authorities), the fine regime
(Art. 99(4), Art. 99(8) for public authorities) and the Dutch terms.

Finding (strict xfail):

* D1 (rule:hr.annex_i_product_or_safety_component): with ``annex_i.legislation: []`` (no law of
  Annex I covers any product) the conclusion "a safety component of an Annex I product, or itself
  such a product" is unknown while ``annex_i.failure_endangers_health_safety`` is unknown, and
  true when it is true, so the visa system IOB and the police system CATCH are asked two
  questions about an Annex I product (art6_1a_safety_aspects, art6_1_conditions) whose answer
  changes nothing. Art. 6(1)(a): "a safety component of a product, or ... itself a product,
  covered by the Union harmonisation legislation listed in Annex I".
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

import pytest
import yaml
from lawquote import quote, quote_annex, quote_nl

import aiact

CASES = Path(__file__).resolve().parent / "data" / "rev31c"
D = dt.date
NOW = D(2026, 12, 7)
LATER = D(2028, 1, 1)
ANNEX_III_DATE = D(2027, 12, 2)
PUBLIC_2030 = D(2030, 8, 2)
SLUGS = (
    "politie-catch",
    "reclassering-oxrec",
    "bz-iob-visum",
    "borsele-weglot",
    "odbn-milieutoezicht",
    "rijswijk-vroegsignalering",
    "politie-monocam",
    "wijchen-raadsverslagen",
)
HIGH_RISK = {
    "politie-catch": "1a",
    "reclassering-oxrec": "6d",
    "bz-iob-visum": "7c",
    "rijswijk-vroegsignalering": "5a",
}
NOT_HIGH_RISK = tuple(s for s in SLUGS if s not in HIGH_RISK)
LEGACY_PUBLIC = ("politie-catch", "bz-iob-visum", "rijswijk-vroegsignalering")


# ------------------------------------------------------------------ one assessment per case/day


@functools.cache
def _assessment(slug: str, day: dt.date) -> aiact.Assessment:
    return aiact.load_case(CASES / f"{slug}.yaml").assess(as_of=day)


@functools.cache
def _dict(slug: str, day: dt.date, lang: str = "en") -> dict[str, Any]:
    return _assessment(slug, day).to_dict(lang)  # type: ignore[arg-type]


def _rows(slug: str, day: dt.date = NOW) -> dict[str, dict[str, Any]]:
    return {o["id"]: o for o in _dict(slug, day)["obligations"]}


def _applying(slug: str, day: dt.date = NOW) -> set[str]:
    return {i for i, o in _rows(slug, day).items() if o["applies"] == "true"}


def _categories(slug: str, day: dt.date = NOW) -> dict[str, str]:
    return dict(_dict(slug, day)["classification"]["categories"])


def _open_facts(slug: str, day: dt.date = NOW) -> set[str]:
    return {f for q in _dict(slug, day)["open_questions"] for f in q["facts"]}


def _modified(slug: str, day: dt.date, **system: Any) -> aiact.Assessment:
    data = yaml.safe_load((CASES / f"{slug}.yaml").read_text(encoding="utf-8"))
    for dotted, value in system.items():
        node = data["system"]
        *parents, leaf = dotted.split("__")
        for key in parents:
            node = node[key]
        node[leaf] = value
    return aiact.Case.model_validate(data).assess(as_of=day)


# ----------------------------------------------------------------------------- every case


@pytest.mark.parametrize("slug", SLUGS)
def test_every_case_is_an_ai_system_in_scope_and_no_prohibited_practice(slug: str) -> None:
    """Art. 3(1) ("infers, from the input it receives, how to generate outputs"; the case files
    state why each one infers), Art. 2(1)(a)-(b) (providers putting into service and deployers
    established in the Union) and Art. 5: none of the practices is declared."""
    quote("3", "infers, from the input it receives, how to generate outputs")
    quote("2", "deployers of AI systems that have their place of establishment or are located")
    for day in (NOW, LATER):
        cats = _categories(slug, day)
        assert (cats["ai_system"], cats["in_scope"], cats["prohibited"]) == ("true",) * 2 + (
            "false",
        )
        assert _dict(slug, day)["law"] == "2024/1689+2026/1744"


@pytest.mark.parametrize("slug", SLUGS)
def test_ai_literacy_binds_provider_and_deployer_from_the_amended_article_4(slug: str) -> None:
    """Art. 4 as replaced (2026/1744, Article 1, point (5)): "Providers and deployers of AI
    systems shall take measures to support the development of AI literacy of their staff"; not
    in Art. 99(3)-(5): national penalties only (Art. 99(1))."""
    quote("4", "shall take measures to support the development of AI literacy", "new")
    row = _rows(slug)["art4_1"]
    assert (row["applies"], row["status"], row["fine_tier"]) == (
        "true",
        "in_force",
        "national_only",
    )


@pytest.mark.parametrize("slug", HIGH_RISK)
def test_the_high_risk_cases_are_high_risk_through_annex_iii(slug: str) -> None:
    """Art. 6(2) with the Annex III point of each case; the dates of Chapter III, Sections 1-3:
    "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) and
    Annex III" (Art. 113, third paragraph, point (c)(i), as amended): on 7 December 2026 the
    tier is not yet high-risk, on 1 January 2028 it is."""
    quote("113", "2 December 2027 as regards AI systems classified as high-risk pursuant to", "new")
    point = HIGH_RISK[slug]
    assert point in _dict(slug, NOW)["system"]["annex_iii"]["points"]
    for day, tier in ((NOW, "minimal"), (LATER, "high_risk")):
        c = _dict(slug, day)["classification"]
        assert (c["classification_tier"], c["route"], c["risk_tier"]) == (
            "high_risk",
            "annex_iii",
            tier,
        )
    changes = _dict(slug, NOW)["classification"]["tier_changes"]
    assert [(x["date"], x["tier"]) for x in changes] == [("2027-12-02", "high_risk")]


@pytest.mark.parametrize("slug", NOT_HIGH_RISK)
def test_the_other_cases_have_no_high_risk_obligation(slug: str) -> None:
    """No point of Annex III is declared (translation, minutes, inspection planning of
    undertakings, a traffic-offence camera): Art. 6(2) does not apply, so no obligation of
    Chapter III; Art. 86(1) covers only "a high-risk AI system listed in Annex III"."""
    quote("86", "on the basis of the output from a high-risk AI system listed in Annex III")
    for day in (NOW, LATER):
        assert _dict(slug, day)["classification"]["classification_tier"] in ("minimal",)
        ids = set(_rows(slug, day))
        assert not {i for i in ids if i.startswith(("art9", "art16", "art26", "art27", "art86"))}


@pytest.mark.parametrize("slug", HIGH_RISK)
def test_public_deployers_in_annex_iii_owe_the_fria_and_the_explanation(slug: str) -> None:
    """Art. 27(1): "deployers that are bodies governed by public law, or are private entities
    providing public services" perform the assessment (point 2 excepted); Art. 86(1) gives the
    affected person an explanation from the deployer. Neither is in Art. 99(4): national
    penalties only."""
    quote("27", "deployers that are bodies governed by public law, or are private entities")
    quote("86", "shall have the right to obtain from the deployer clear and meaningful")
    rows = _rows(slug)
    for key in ("art27_1", "art27_3", "art86"):
        assert rows[key]["applies"] == "true", key
        assert rows[key]["fine_tier"] == "national_only", key


@pytest.mark.parametrize("slug", LEGACY_PUBLIC)
def test_systems_in_use_by_public_authorities_comply_by_2_august_2030(slug: str) -> None:
    """Art. 111(2) as replaced: the Regulation applies to high-risk systems placed on the market
    or put into service before the date of application of Chapter III "only if, as from that
    date, those systems are subject to significant changes in their designs. In any case, the
    providers and deployers of high-risk AI systems intended to be used by public authorities
    shall take the necessary steps to comply ... by 2 August 2030". IOB and RIS-matching (no
    significant change) apply from 2 August 2030; CATCH (a change not known) is due by that date
    and its start stays open."""
    quote(
        "111",
        "only if, as from that date, those systems are subject to significant changes",
        "amended",
    )
    quote(
        "111", "intended to be used by public authorities shall take the necessary steps", "amended"
    )
    quote("111", "before the date of application of Chapter III referred to in Article 113", "new")
    for day in (NOW, LATER):
        rows = _rows(slug, day)
        high_risk = [o for i, o in rows.items() if i.startswith(("art9", "art26_", "art27_1"))]
        assert high_risk
        for o in high_risk:
            assert o["deadline"] == "2030-08-02", o["id"]
            if slug == "politie-catch":
                assert o["applies_from"] is None, o["id"]
            else:
                assert o["applies_from"] == "2030-08-02", o["id"]
    grace = {"politie-catch": "unknown"}.get(slug, "true")
    assert _categories(slug)["legacy_grace"] == grace
    if slug == "politie-catch":
        assert "significant_change" in _open_facts(slug)


def test_a_significant_change_brings_the_catch_duties_in_at_its_date() -> None:
    """Art. 111(2) as replaced, first sentence ("only if, as from that date, those systems are
    subject to significant changes"): a change on 1 March 2028 makes the duties apply from that
    day; "by 2 August 2030" is only the latest date, and the table's comply-by date is the day of
    the change."""
    quote("111", "those systems are subject to significant changes in their designs", "amended")
    a = _modified("politie-catch", D(2028, 6, 1), significant_change="2028-03-01")
    row = {o["id"]: o for o in a.to_dict("en")["obligations"]}["art26_10"]
    assert (row["applies_from"], row["due"], row["status"]) == (
        "2028-03-01",
        "2028-03-01",
        "in_force",
    )


# ----------------------------------------------------------------------------------- CATCH


def test_catch_is_post_remote_biometric_identification_with_the_art_26_10_duties() -> None:
    """Annex III point 1(a): "remote biometric identification systems"; Art. 26(10): the deployer
    of "a high-risk AI system for post-remote biometric identification" requests authorisation
    within 48 hours, never uses it "in an untargeted way", documents each use "in the relevant
    police file" and submits annual reports. Not real time, so not Art. 5(1)(h)."""
    quote_annex("III", "remote biometric identification systems")
    quote("26", "the deployer of a high-risk AI system for post-remote biometric identification")
    quote("26", "used for law enforcement purposes in an untargeted way")
    quote("26", "shall be documented in the relevant police file")
    quote("26", "Deployers shall submit annual reports")
    rows = _rows("politie-catch")
    for key in (
        "art26_10",
        "art26_10_untargeted",
        "art26_10_documentation",
        "art26_10_annual_report",
    ):
        assert rows[key]["applies"] == "true", key
        assert rows[key]["fine_citation"] == "Art. 99(4)(e)", key
    roles = _dict("politie-catch", NOW)["roles"]
    assert (roles["provider"], roles["deployer"]) == ("true", "true")
    assert _categories("politie-catch")["prohibited"] == "false"


def test_catch_registers_in_the_secure_section_and_may_need_the_authority_as_notified_body() -> (
    None
):
    """Art. 49(4): for point 1, 6 and 7 systems "in the areas of law enforcement, migration,
    asylum and border control management" the registration of paragraphs 1 and 3 is "in a
    secure non-public section"; Art. 43(1): Annex VII with a notified body unless harmonised
    standards were applied in full (not known: undetermined), the market surveillance authority
    acting as notified body for law enforcement (third subparagraph)."""
    quote("49", "shall be in a secure non-public section of the EU database")
    quote("43", "the market surveillance authority referred to in Article 74(8) or (9)")
    rows = _rows("politie-catch")
    assert rows["art49_4"]["applies"] == rows["art49_4_deployer"]["applies"] == "true"
    assert rows["art43_1_annex_vii"]["applies"] == "unknown"
    assert "art43_2" not in rows
    assert "conformity.standards_applied_in_full" in _open_facts("politie-catch")


# ---------------------------------------------------------------------------------- OxRec


def test_oxrec_is_point_6d_and_not_the_art_5_1_d_prohibition() -> None:
    """Annex III point 6(d): "assessing the risk of a natural person offending or re-offending
    not solely on the basis of the profiling"; Art. 5(1)(d) "shall not apply to AI systems used
    to support the human assessment of the involvement of a person in a criminal activity, which
    is already based on objective and verifiable facts". The score profiles: Art. 6(3) cannot
    apply ("shall always be considered to be high-risk where the AI system performs profiling")."""
    quote_annex("III", "assessing the risk of a natural person offending or re-offending")
    quote("5", "used to support the human assessment of the involvement of a person")
    quote("6", "shall always be considered to be high-risk where the AI system performs profiling")
    cats = _categories("reclassering-oxrec")
    assert (cats["prohibited"], cats["profiling_override"], cats["high_risk"]) == (
        "false",
        "true",
        "true",
    )
    assert _dict("reclassering-oxrec", NOW)["roles"]["provider"] == "false"


def test_oxrec_a_foundation_on_behalf_of_public_authorities_registers_but_not_under_26_8() -> None:
    """Art. 26(8) binds deployers "that are public authorities, or Union institutions"; Art.
    49(3) binds deployers that are public authorities "or persons acting on their behalf": the
    probation foundation registers its use (in the secure section, Art. 49(4), point 6) without
    the Art. 26(8) duty; Art. 26(5) leaves out "sensitive operational data" of law-enforcement
    deployers."""
    quote("26", "Deployers of high-risk AI systems that are public authorities, or Union")
    quote("49", "or persons acting on their behalf shall register themselves")
    quote("26", "This obligation shall not cover sensitive operational data of deployers")
    ids = _applying("reclassering-oxrec")
    assert {"art49_3", "art49_4_deployer", "art27_1", "art26_5_law_enforcement"} <= ids
    assert "art26_8" not in _rows("reclassering-oxrec")


def test_oxrec_not_yet_in_use_has_either_annex_iii_date() -> None:
    """Not yet put into service, date unknown: put into service before 2 December 2027 it is a
    legacy system intended for public authorities (2 August 2030, Art. 111(2)), after it the
    Annex III date applies (Art. 113, third paragraph, point (c)(i)); the library says so."""
    quote("111", "by 2 August 2030", "amended")
    rows = _rows("reclassering-oxrec")
    assert rows["art26_1"]["applies_from"] is None
    assert rows["art26_1"]["possible_applies_from"] == ["2027-12-02", "2030-08-02"]
    assert "first_placing" in {q["id"] for q in _dict("reclassering-oxrec", NOW)["open_questions"]}
    for placed, start in (("2027-06-01", "2030-08-02"), ("2028-03-01", "2027-12-02")):
        a = _modified(
            "reclassering-oxrec", D(2028, 6, 1), put_into_service=placed, significant_change="none"
        )
        row = {o["id"]: o for o in a.to_dict("en")["obligations"]}["art26_1"]
        assert row["applies_from"] == start, placed


def test_oxrec_the_foundation_is_fined_as_an_undertaking() -> None:
    """Art. 99(4): "up to EUR 15 000 000 or, if the offender is an undertaking, up to 3 %"; a
    private entity is no public authority or body of Art. 99(8)."""
    quote("99", "up to 3 % of its total worldwide annual turnover")
    assert _dict("reclassering-oxrec", LATER)["exposure"]["offender"] == "undertaking"
    assert _rows("reclassering-oxrec")["art26_1"]["fine_citation"] == "Art. 99(4)(e)"


# ------------------------------------------------------------------------------------ IOB


def test_iob_in_house_provider_and_deployer_of_a_point_7c_system() -> None:
    """Annex III point 7(c): "to assist competent public authorities for the examination of
    applications for asylum, visa or residence permits"; Art. 43(2): points 2 to 8 follow
    "the conformity assessment procedure based on internal control"; Art. 49(4) secure section
    (point 7); Art. 26(8) and 49(3) for the ministry as deployer."""
    quote_annex("III", "for the examination of applications for asylum, visa or residence permits")
    quote(
        "43", "conformity assessment procedure based on internal control as referred to in Annex VI"
    )
    roles = _dict("bz-iob-visum", NOW)["roles"]
    assert (roles["provider"], roles["deployer"]) == ("true", "true")
    ids = _applying("bz-iob-visum")
    assert {"art43_2", "art49_1", "art49_4", "art26_8", "art49_3", "art49_4_deployer"} <= ids
    assert not {"art43_1_choice", "art43_1_annex_vii", "art26_10"} & set(_rows("bz-iob-visum"))


# --------------------------------------------------------------------------------- Weglot


def test_weglot_the_art_50_4_text_duty_waits_for_editorial_responsibility() -> None:
    """Art. 50(4), second subparagraph: deployers of a system that "generates or manipulates text
    which is published with the purpose of informing the public on matters of public interest
    shall disclose" it, except where the text "has undergone a process of human review or
    editorial control" and someone "holds editorial responsibility"; Art. 50 applies from 2 August
    2026 (Art. 113, no transition for deployers); fined under Art. 99(4)(g)."""
    quote("50", "published with the purpose of informing the public on matters of public interest")
    quote("50", "has undergone a process of human review or editorial control")
    row = _rows("borsele-weglot")["art50_4_text"]
    assert (row["applies"], row["applies_from"], row["fine_citation"]) == (
        "unknown",
        "2026-08-02",
        "Art. 99(4)(g)",
    )
    assert "transparency.human_review_and_editorial_responsibility" in _open_facts("borsele-weglot")
    a = _modified(
        "borsele-weglot", NOW, transparency__human_review_and_editorial_responsibility=False
    )
    assert a.obligation("art50_4_text").applies is True


def test_the_council_minutes_under_editorial_responsibility_owe_no_disclosure() -> None:
    """Art. 50(4), second subparagraph, exception: the griffie reviews the draft minutes and the
    council holds editorial responsibility for them: no disclosure duty remains for the
    municipality (the provider's Art. 50(2) marking is not its duty)."""
    quote("50", "a natural or legal person holds editorial responsibility for the publication")
    assert "art50_4_text" not in _rows("wijchen-raadsverslagen")
    assert _applying("wijchen-raadsverslagen") == {"art4_1"}


# ---------------------------------------------------------------- ODBN, RIS-matching, MONOcam


@pytest.mark.parametrize("slug", ("odbn-milieutoezicht", "politie-monocam"))
def test_inspection_planning_and_the_phone_camera_owe_only_ai_literacy(slug: str) -> None:
    """No point of Annex III: point 6 lists five law-enforcement uses about natural persons
    (victim risk, polygraphs, evidence, offending risk, profiling); spotting a phone in a
    driver's hand is none, nor biometric identification (Art. 3(35)) or emotion recognition
    (Art. 3(39)); ranking establishments for inspection is in no area. Only Art. 4 binds."""
    quote_annex("III", "to evaluate the reliability of evidence in the course of the investigation")
    quote("3", "the purpose of identifying or inferring emotions or intentions of natural persons")
    for day in (NOW, LATER):
        assert _applying(slug, day) == {"art4_1"}


def test_debt_relief_signalling_is_point_5a_without_the_input_data_duty() -> None:
    """Annex III point 5(a) (on the reviewer's reading that the risk grouping decides to whom the
    debt relief service is offered: "to grant ... such benefits and services"); Art. 26(4) binds
    only "to the extent the deployer exercises control over the input data" (the creditors'
    signals: no control); no law-enforcement area, so no Art. 49(4)."""
    quote_annex("III", "to evaluate the eligibility of natural persons for essential public")
    quote("26", "to the extent the deployer exercises control over the input data")
    rows = _rows("rijswijk-vroegsignalering")
    assert {"art26_1", "art26_8", "art26_11", "art49_3", "art27_1"} <= _applying(
        "rijswijk-vroegsignalering"
    )
    assert not {"art26_4", "art49_4_deployer", "art9"} & set(rows)


# ------------------------------------------------------------------------------ fines, Dutch


@pytest.mark.parametrize("slug", [s for s in SLUGS if s != "reclassering-oxrec"])
def test_public_authorities_are_fined_under_national_rules(slug: str) -> None:
    """Art. 99(8): "Each Member State shall lay down rules on to what extent administrative fines
    may be imposed on public authorities and bodies established in that Member State"; the
    library names no EU ceiling for them."""
    quote("99", "administrative fines may be imposed on public authorities and bodies")
    exposure = _dict(slug, LATER)["exposure"]
    assert exposure["offender"] == "public_body"
    assert exposure["max_ceiling"] is None


@pytest.mark.parametrize("slug", HIGH_RISK)
def test_the_dutch_output_uses_the_official_terms(slug: str) -> None:
    """The Dutch text: "gebruiksverantwoordelijke", "aanbieder", "beoordeling van de gevolgen voor
    de grondrechten"; no English role names in the Dutch assessment."""
    quote_nl("gebruiksverantwoordelijke")
    quote_nl("Beoordeling van de gevolgen voor de grondrechten")
    from aiact.views import assessment_markdown

    text = assessment_markdown(_assessment(slug, LATER), "nl")
    assert "gebruiksverantwoordelijke" in text
    assert "beoordeling van de gevolgen voor de grondrechten" in text
    for english in ("deployer", "provider", "high-risk", "fundamental rights"):
        assert english not in text.lower(), english
    nl = {o["id"]: o["title"] for o in _dict(slug, LATER, "nl")["obligations"]}
    assert nl["art27_1"] == (
        "Een beoordeling van de gevolgen voor de grondrechten uitvoeren vóór het eerste gebruik"
    )


def test_the_dutch_art_26_10_title_uses_the_defined_term() -> None:
    """Art. 3(43) in Dutch: "systeem voor biometrische identificatie op afstand achteraf"."""
    quote_nl("biometrische identificatie op afstand achteraf")
    nl = {o["id"]: o["title"] for o in _dict("politie-catch", LATER, "nl")["obligations"]}
    assert "biometrische identificatie op afstand achteraf" in nl["art26_10"]


# --------------------------------------------------------------------------------------- D1


@pytest.mark.parametrize("slug", ("bz-iob-visum", "politie-catch"))
def test_the_safety_component_answer_changes_nothing_without_annex_i_law(slug: str) -> None:
    """The premise of D1: with ``legislation: []`` no answer to
    ``annex_i.failure_endangers_health_safety`` changes a conclusion the user sees (roles,
    categories, obligations), on either date."""
    for day in (NOW, LATER):
        seen = []
        for value in (True, False):
            a = _modified(slug, day, annex_i__failure_endangers_health_safety=value)
            d = a.to_dict("en")
            seen.append(
                (
                    d["roles"],
                    d["classification"]["categories"],
                    [(o["id"], o["applies"], o["status"]) for o in d["obligations"]],
                )
            )
        assert seen[0] == seen[1]


@pytest.mark.parametrize("slug", ("bz-iob-visum", "politie-catch"))
def test_d1_no_annex_i_product_question_where_no_annex_i_law_covers_the_product(slug: str) -> None:
    """Art. 6(1)(a): "the AI system is intended to be used as a safety component of a product, or
    the AI system is itself a product, covered by the Union harmonisation legislation listed in
    Annex I". The case says no such law covers the product (``legislation: []``), and Annex III
    point 2 (the other reader of the fact, reading A15) is not listed. The rule
    hr.annex_i_product_or_safety_component ("A safety component of an Annex I product, or itself
    such a product") still concludes unknown (true, when the failure fact is true), so the user of
    a visa or police system is asked "About the AI system and a product covered by one of the
    EU laws listed in Annex I ..." and "About the AI system as a safety component ...", whose
    answer changes nothing (the test above). Fix: the rule (or the two safety-component rules)
    requires ``not answered.annex_i.legislation or hr.annex_i_section_a_legislation or
    hr.annex_i_section_b_legislation``. Fixed in round 31 (the rule, as suggested)."""
    quote("6", "covered by the Union harmonisation legislation listed in Annex I")
    ids = {q["id"] for q in _dict(slug, LATER)["open_questions"]}
    assert not {"art6_1a_safety_aspects", "art6_1_conditions"} & ids
    assert (
        _assessment(slug, LATER).evaluation.values.get("hr.annex_i_product_or_safety_component")
        is False
    )
