"""review54 (round 16): second reading of fix16c (d6b2a52, bb3434d, 131b8c9): machinery in both
versions, Annex I point 20, Art. 43(3) "covered by", reading A41 (ADR 0045), titles and the
sectoral opt-out fact.

What agrees (plain tests below):

* Each version's machinery point takes in both answers. Recital 42 of 2026/1744 itself speaks of
  "moving Regulation (EU) 2023/1230 from Section A to Section B", so the published Section A point
  1 is read as taking in the Regulation. Under the amended text a Directive machine is Section B
  (tests/test_audit8_audit2.py's changed assertion is right). The date from which Regulation (EU)
  2023/1230 applies (20 January 2027) changes no answer: the Annex I obligations start later in
  both versions (Art. 113).
* Art. 43(3) "covered by" read as Art. 6(1)(a) reads it (the product test without point (b)).
  Probe: a medical device with no third-party assessment, in Annex III point 1(c). Published text:
  route_1 and route_3 both true. Amended text: route_1 false, route_3 true, no third party in the
  sectoral procedure, no notified body.
* art43.sectoral_third_party reads the fact: Art. 6(1c) only takes a radio/EMC-assessed product out
  of Art. 6(1)(b) for the classification.
* A41: the default is defensible. art60.applies "not scope.section_b_limited" is right: Art. 2(2)
  does not name Art. 60 in either version.

Defects (strict xfails when found; both fixed since by the lead, the xfail markers removed):

* D1 (pinpoint): the machinery rules cite "Art. 52 of Regulation (EU) 2023/1230" for reading
  references to the Directive as references to the Regulation. In Regulation (EU) 2023/1230,
  Art. 51 is "Repeal": 51(2) repeals Directive 2006/42/EC "with effect from 20 January 2027" and
  reads references to it as references to the Regulation (Annex XII correlation table). Art. 52
  holds the transitional provisions ("Member States shall not impede the making available on the
  market of products which were placed on the market in conformity with Directive 2006/42/EC
  before 20 January 2027"), and Art. 54, third paragraph, point (c) applies it early, "Articles 48
  and 52 from 19 July 2023". The reference texts do not include Regulation (EU) 2023/1230. These
  words come from secondary reproductions of OJ L 165, 29.6.2023, as corrected by OJ L 169,
  4.7.2023, found with the library search tools. Check them against EUR-Lex (CELEX 32023R1230)
  when fixing.
* D2 (Art. 25(3)): role.provider.art25_3_product_manufacturer still reads hr.annex_i_a (high-risk
  under Art. 6(1), third party included). Art. 25(3) uses the words that ADR 0023 now reads as
  the text for Art. 43(3): "high-risk AI systems that are safety components of products covered by
  the Union harmonisation legislation listed in Section A of Annex I". Probe: a product
  manufacturer of a self-assessed gas appliance whose safety component is high-risk through Annex
  III point 2. It takes the sectoral route (art43.route_3 true) but is not considered the
  provider (role.provider false), in both versions.
"""

from __future__ import annotations

from typing import Any

import pytest
from lawquote import quote, quote_annex, quote_nl
from timecases import ANNEX_I_MEDICAL, assess, quoted, system

from aiact.rules import SYSTEM_RULES

RULES = {r.id: r for r in SYSTEM_RULES}
DAY = "2028-09-01"
MACHINERY_RULES = (
    "hr.annex_i_section_a_legislation.machinery_2006_42",
    "hr.annex_i_section_b_legislation.machinery_2023_1230",
)


def _annex_i(legislation: str, **given: Any) -> dict[str, Any]:
    return {**ANNEX_I_MEDICAL, "legislation": [legislation], **given}


# --------------------------------------------------------------------------- machinery


@pytest.mark.parametrize("law", ["original", "amended"])
def test_a_regulation_machine_and_a_directive_machine_get_the_same_answer(law: str) -> None:
    quoted(
        "it is appropriate to move to a sectoral approach by moving Regulation (EU) 2023/1230 "
        "from Section A to Section B of Annex I",
        "omnibus",
    )
    values = [
        {
            key: assess(system(annex_i=_annex_i(legislation)), DAY, law=law).value(key)
            for key in ("hr.annex_i_a", "hr.annex_i_b", "hr.chapter_iii_applies", "art43.route_3")
        }
        for legislation in ("machinery_2006_42", "machinery_2023_1230")
    ]
    assert values[0] == values[1]


@pytest.mark.parametrize("rule_id", MACHINERY_RULES)
def test_the_machinery_rules_cite_the_repeal_article_51_2(rule_id: str) -> None:
    quoted(
        "The reference to Directive 2006/42/EC should be moved from Section A to Section B of "
        "Annex I to Regulation (EU) 2024/1689 and updated so as to refer to Regulation (EU) "
        "2023/1230.",
        "omnibus",
    )
    rule = RULES[rule_id]
    # the lead cites Art. 51 (the repeal article) without the paragraph, which could not be
    # checked against EUR-Lex here (review54 found "51(2)" in secondary copies only)
    assert "Art. 51 of Regulation (EU) 2023/1230" in rule.also_cites
    assert "Art. 52" not in rule.title_en
    assert "artikel 52" not in rule.title_nl


# --------------------------------------------------------------------------- point 20


def test_point_20_titles_follow_the_text() -> None:
    quote_annex("I", "where it concerns unmanned aircraft and their engines, propellers, parts and")
    quote_nl("wat betreft onbemande luchtvaartuigen, en hun motoren, propellers, onderdelen")
    rule = RULES["hr.annex_i_section_b_legislation.civil_aviation_2018_1139"]
    assert "Unmanned aircraft and their engines, propellers, parts" in rule.title_en
    assert "Onbemande luchtvaartuigen en hun motoren, propellers, onderdelen" in rule.title_nl


# --------------------------------------------------------------------------- Art. 43(3)


def _self_assessed_md(point: str) -> Any:
    return system(
        annex_i=_annex_i("medical_devices_2017_745", third_party_conformity_assessment=False),
        annex_iii=[point],
    )


def test_self_assessed_medical_device_in_point_1c_published_both_routes() -> None:
    quote(
        "43",
        "For high-risk AI systems covered by the Union harmonisation legislation listed in "
        "Section A of Annex I, the provider shall follow the relevant conformity assessment "
        "procedure as required under those legal acts.",
    )
    a = assess(_self_assessed_md("1c"), DAY, law="original")
    assert (a.value("art43.route_1"), a.value("art43.route_3")) == (True, True)
    assert a.value("art43.sectoral_third_party") is False


def test_self_assessed_medical_device_in_point_1c_amended_sectoral_route_only() -> None:
    quote(
        "43",
        "Where a high-risk AI system is both covered by the Union harmonisation legislation "
        "listed in Section A of Annex I and it falls within one of the categories listed in "
        "Annex III",
        "amended",
    )
    a = assess(_self_assessed_md("1c"), DAY, law="amended")
    assert (a.value("art43.route_1"), a.value("art43.route_3")) == (False, True)
    assert a.value("art43.sectoral_third_party") is False
    assert a.value("art43.notified_body_needed") is False


def test_an_unknown_third_party_fact_stays_undetermined_for_the_third_party() -> None:
    facts = system(
        annex_i=_annex_i("medical_devices_2017_745", third_party_conformity_assessment=None),
        annex_iii=["1c"],
    )
    a = assess(facts, DAY, law="amended")
    assert a.value("art43.route_3") is True
    assert a.value("art43.route_1") is False
    assert a.value("art43.sectoral_third_party") is None


# --------------------------------------------------------------------------- A41 and Art. 60


@pytest.mark.parametrize("law", ["original", "amended"])
def test_a41_section_b_only_takes_art_60_away_and_the_default_keeps_chapter_iii(law: str) -> None:
    if law == "amended":
        quote("2", "only Article 6(1), Article 60a and Articles 102 to 112 shall apply", "amended")
    else:
        quote("2", "only Article 6(1), Articles 102 to 109 and Article 112")
    facts = system(annex_i=_annex_i("civil_aviation_2018_1139"), annex_iii=["4b"])
    facts = facts.model_copy(
        update={
            "conformity": facts.conformity.model_copy(
                update={"real_world_testing_outside_sandbox": True}
            )
        }
    )
    default = assess(facts, DAY, law=law)
    assert default.value("hr.chapter_iii_applies") is True
    assert default.value("art43.route_2") is True
    limited = assess(facts, DAY, law=law, section_b_annex_iii="section_b_only")
    assert limited.value("scope.section_b_limited") is True
    assert limited.value("art60.applies") is False
    assert limited.value("hr.high_risk") is True


# --------------------------------------------------------------------------- D2 Art. 25(3)


@pytest.mark.parametrize("law", ["original", "amended"])
def test_art_25_3_product_manufacturer_of_a_self_assessed_section_a_product(law: str) -> None:
    quote(
        "25",
        "In the case of high-risk AI systems that are safety components of products covered by "
        "the Union harmonisation legislation listed in Section A of Annex I, the product "
        "manufacturer shall be considered to be the provider of the high-risk AI system",
    )
    annex_i = _annex_i(
        "gas_appliances_2016_426",
        is_the_product=False,
        safety_component=True,
        third_party_conformity_assessment=False,
    )
    a = assess(
        system(roles=("product_manufacturer",), annex_i=annex_i, annex_iii=["2"]), DAY, law=law
    )
    assert a.value("hr.high_risk") is True
    assert a.value("art43.route_3") is True  # "covered by" Section A for Art. 43(3)
    assert a.value("role.provider") is True  # ... and so for Art. 25(3)
