"""fix16c (round 16): the review46 findings on Annex I, Art. 6(1)/(3), Art. 43(3) and Art. 2(2).

* D1 machinery: each version's point reads both machinery answers (Art. 51 of Regulation (EU)
  2023/1230; recital 42 of 2026/1744), and the interview shows both options in both versions.
* D2 point 20: Regulation (EU) 2018/1139 only for unmanned aircraft (titles, option, docstring).
* D3 Art. 43(3): "covered by" Section A legislation as in Art. 6(1)(a), not "high-risk under Art.
  6(1)"; the sectoral procedure involves a third party where that legislation requires one.
* D4 Art. 2(2): reading A41 (section_b_annex_iii), ADR 0045; both readings.
* Notes: Dutch and English titles (gas appliances, "door een derde partij", Art. 6(1c), Art.
  6(3)(c)), the fact sectoral_opt_out_available.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import ANNEX_I_MEDICAL, assess, quoted, system

import aiact
from aiact.interpretations import (
    CODES,
    DEFAULT_INTERPRETATIONS,
    Art2Paragraph2AnnexIII,
    Interpretations,
)
from aiact.questions import catalogue
from aiact.questions.goals import Context
from aiact.questions.relevance import shown_options
from aiact.rules import SYSTEM_RULES
from aiact.versions import LawVersion

RULES = {r.id: r for r in SYSTEM_RULES}
DAY = "2028-09-01"


def _annex_i(legislation: str, **given: Any) -> dict[str, Any]:
    return {**ANNEX_I_MEDICAL, "legislation": [legislation], **given}


# --------------------------------------------------------------------------- D1 machinery


def test_a_directive_machine_is_section_b_under_the_amended_text() -> None:
    quoted(
        "The reference to Directive 2006/42/EC should be moved from Section A to Section B of "
        "Annex I to Regulation (EU) 2024/1689 and updated so as to refer to Regulation (EU) "
        "2023/1230.",
        "omnibus",
    )
    a = assess(system(annex_i=_annex_i("machinery_2006_42")), DAY, law="amended")
    assert a.value("hr.annex_i_section_b_legislation") is True
    assert a.value("hr.annex_i_section_a_legislation") is not True
    assert a.value("hr.annex_i_b") is True
    assert a.value("hr.high_risk") is True
    # Section B: Art. 2(2) limits it to Art. 6(1) and the articles it names.
    assert a.value("hr.chapter_iii_applies") is False


@pytest.mark.parametrize("legislation", ["machinery_2006_42", "machinery_2023_1230"])
@pytest.mark.parametrize("law", ["original", "amended"])
def test_both_machinery_answers_in_each_version(legislation: str, law: str) -> None:
    a = assess(system(annex_i=_annex_i(legislation)), DAY, law=law)
    section = "a" if law == "original" else "b"
    assert a.value(f"hr.annex_i_{section}") is True
    assert a.value("hr.high_risk") is True


@pytest.mark.parametrize("law", [LawVersion.ORIGINAL, LawVersion.AMENDED])
def test_the_interview_shows_both_machinery_options(law: LawVersion) -> None:
    question = catalogue().get("annex_i_legislation")
    shown = {o.id for o in shown_options(question, "system", Context(dt.date(2028, 9, 1), law))}
    assert {"machinery_2006_42", "machinery_2023_1230"} <= shown


def test_the_machinery_rules_cite_art_51_of_the_machinery_regulation() -> None:
    for rule_id in (
        "hr.annex_i_section_a_legislation.machinery_2006_42",
        "hr.annex_i_section_b_legislation.machinery_2023_1230",
    ):
        rule = RULES[rule_id]
        assert "Art. 51 of Regulation (EU) 2023/1230" in rule.also_cites
        assert "annex_i.machinery_2006_42" in rule.when
        assert "annex_i.machinery_2023_1230" in rule.when


# --------------------------------------------------------------------------- D2 point 20


def test_point_20_option_and_docstring_say_unmanned() -> None:
    quote_nl("wat betreft onbemande luchtvaartuigen, en hun motoren, propellers, onderdelen")
    question = catalogue().get("annex_i_legislation")
    option = next(o for o in question.options if o.id == "civil_aviation_2018_1139")
    assert "Unmanned aircraft" in option.text_en
    assert "Onbemande luchtvaartuigen" in option.text_nl
    assert "unmanned" in (aiact.facts.AnnexILegislation.__doc__ or "")


# --------------------------------------------------------------------------- D3 Art. 43(3)


def _self_assessed(points: list[str], legislation: str = "medical_devices_2017_745") -> Any:
    return system(
        annex_i=_annex_i(legislation, third_party_conformity_assessment=False),
        annex_iii=points,
        profiling=True,
    )


def test_a_self_assessed_section_a_product_of_annex_iii_point_5a_takes_the_sectoral_route() -> None:
    quote(
        "43",
        "For high-risk AI systems covered by the Union harmonisation legislation listed in "
        "Section A of Annex I, the provider of the system shall follow the relevant conformity "
        "assessment procedure",
        "amended",
    )
    a = assess(_self_assessed(["5a"]), DAY, law="amended")
    assert a.value("hr.annex_i_a") is False
    assert a.value("art43.route_2") is False
    assert a.value("art43.route_3") is True
    # The MDR needs no notified body for it: none is needed (no third party in the sectoral
    # procedure, Art. 43(3), third subparagraph, amended: "not required to choose a conformity
    # assessment procedure involving third-party conformity assessment only because").
    assert a.value("art43.sectoral_third_party") is False
    assert a.value("art43.notified_body_needed") is not True


def test_under_the_published_text_both_routes_apply() -> None:
    quote(
        "43",
        "For high-risk AI systems covered by the Union harmonisation legislation listed in "
        "Section A of Annex I, the provider shall follow the relevant conformity assessment "
        "procedure as required under those legal acts.",
    )
    a = assess(_self_assessed(["1c"]), DAY, law="original")
    assert a.value("art43.route_1") is True
    assert a.value("art43.route_3") is True


def test_neither_the_product_nor_a_safety_component_keeps_the_annex_iii_route() -> None:
    quote(
        "6",
        "the AI system is intended to be used as a safety component of a product, or the AI "
        "system is itself a product, covered by the Union harmonisation legislation listed in "
        "Annex I",
        "both",
    )
    annex_i = _annex_i(
        "medical_devices_2017_745",
        is_the_product=False,
        safety_component=False,
        failure_endangers_health_safety=False,
    )
    a = assess(system(annex_i=annex_i, annex_iii=["1c"]), DAY, law="amended")
    assert a.value("art43.route_3") is False
    assert a.value("art43.route_1") is True


def test_a_product_assessed_by_a_third_party_for_radio_risks_involves_that_third_party() -> None:
    """Amended Art. 6(1c) takes the product out of Art. 6(1)(b) for the classification only; the
    sectoral procedure that Art. 43(3) sends it to (it is in Annex III) still involves the third
    party its legislation requires."""
    quote(
        "6",
        "shall not be considered as fulfilling the condition in paragraph 1, point (b)",
        "amended",
    )
    annex_i = _annex_i("radio_equipment_2014_53", third_party_solely_radio_or_emc=True)
    facts = system(annex_i=annex_i, annex_iii=["5a"])
    facts = facts.model_copy(
        update={
            "conformity": facts.conformity.model_copy(
                update={"sectoral_opt_out_available": False, "standards_applied_in_full": True}
            )
        }
    )
    a = assess(facts, DAY, law="amended")
    assert a.value("hr.annex_i_a") is False
    assert a.value("art43.route_3") is True
    assert a.value("art43.route_2") is False
    assert a.value("art43.sectoral_third_party") is True


def test_the_opt_out_fact_says_the_manufacturer_applied_the_standards() -> None:
    quote(
        "43",
        "provided that that manufacturer has applied harmonised standards to ensure compliance "
        "with all the relevant requirements",
        "amended",
    )
    description = aiact.facts.ConformityFacts.model_fields["sectoral_opt_out_available"]
    assert "this manufacturer has applied them" in (description.description or "")


# --------------------------------------------------------------------------- D4 A41


def _section_b_and_annex_iii() -> Any:
    return system(annex_i=_annex_i("motor_vehicles_2018_858"), annex_iii=["4a"])


def test_a41_is_named_with_its_default() -> None:
    assert CODES["A41"] == "section_b_annex_iii"
    assert DEFAULT_INTERPRETATIONS.section_b_annex_iii is Art2Paragraph2AnnexIII.ANNEX_III_APPLIES
    assert DEFAULT_INTERPRETATIONS.labels()["A41"] == "annex_iii_applies"
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a41_section_b_only"] is False
    alternative = Interpretations(section_b_annex_iii=Art2Paragraph2AnnexIII.SECTION_B_ONLY)
    assert alternative.as_facts()["interp.a41_section_b_only"] is True
    for rule_id in ("scope.section_b_limited", "scope.section_b_limited.amended"):
        assert RULES[rule_id].interpretation == "A41"


@pytest.mark.parametrize("law", ["original", "amended"])
def test_a41_default_applies_chapter_iii(law: str) -> None:
    quote(
        "6",
        "In addition to the high-risk AI systems referred to in paragraph 1, AI systems referred "
        "to in Annex III shall be considered to be high-risk.",
        "both",
    )
    a = assess(_section_b_and_annex_iii(), DAY, law=law)
    assert a.value("hr.chapter_iii_applies") is True
    assert a.value("scope.section_b_limited") is False
    assert a.obligation("art9").applies is not False  # open only on the placing date


@pytest.mark.parametrize("law", ["original", "amended"])
def test_a41_section_b_only_limits_the_system(law: str) -> None:
    quote(
        "2",
        "only Article 6(1), Article 60a and Articles 102 to 112 shall apply",
        "amended",
    )
    a = assess(_section_b_and_annex_iii(), DAY, law=law, section_b_annex_iii="section_b_only")
    assert a.value("hr.high_risk") is True
    assert a.value("scope.section_b_limited") is True
    assert a.value("hr.chapter_iii_applies") is False
    assert a.obligation("art9").applies is False
    assert a.obligation("art49_1").applies is False
    assert a.value("art60.applies") is False
    assert a.interpretations_used["A41"] == "section_b_only"


@pytest.mark.parametrize("reading", list(Art2Paragraph2AnnexIII))
@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize(
    ("annex_i", "points"),
    [
        (_annex_i("motor_vehicles_2018_858"), []),  # Section B only: limited either way
        (_annex_i("medical_devices_2017_745"), ["4a"]),  # Section A: never limited
        (None, ["4a"]),  # Annex III only: never limited
    ],
)
def test_a41_changes_only_section_b_systems_that_annex_iii_also_lists(
    reading: Art2Paragraph2AnnexIII, law: str, annex_i: dict[str, Any] | None, points: list[str]
) -> None:
    s = system(annex_i=annex_i, annex_iii=points)
    default = assess(s, DAY, law=law)
    other = assess(s, DAY, law=law, section_b_annex_iii=reading.value)
    for key in ("hr.chapter_iii_applies", "scope.section_b_limited", "hr.high_risk"):
        assert default.value(key) == other.value(key), key
    assert [(o.id, o.applies) for o in default.obligation_results] == [
        (o.id, o.applies) for o in other.obligation_results
    ]


# --------------------------------------------------------------------------- notes


def test_titles_use_the_terms_of_the_dutch_and_english_text() -> None:
    quote_nl("betreffende gasverbrandingstoestellen")
    quote_nl("moet een conformiteits-beoordeling door een derde partij worden uitgevoerd")
    quote_nl(
        "het AI-systeem is bedoeld om besluitvormingspatronen of afwijkingen van eerdere "
        "besluitvormingspatronen op te sporen en is niet bedoeld om de eerder voltooide "
        "menselijke beoordeling zonder behoorlijke menselijke toetsing te vervangen of te "
        "beïnvloeden"
    )
    quote(
        "6",
        "the AI system is intended to detect decision-making patterns or deviations from prior "
        "decision-making patterns and is not meant to replace or influence the previously "
        "completed human assessment, without proper human review",
        "both",
    )
    quote(
        "6",
        "A product that is required to undergo a third-party conformity assessment solely due to "
        "risks other than risks to health and safety",
        "amended",
    )
    assert (
        "Gasverbrandingstoestellen"
        in RULES["hr.annex_i_section_a_legislation.gas_appliances_2016_426"].title_nl
    )
    for rule_id in (
        "hr.annex_i_third_party.original",
        "hr.annex_i_third_party.amended",
        "hr.annex_i_a",
        "hr.annex_i_b",
    ):
        assert "door een derde partij" in RULES[rule_id].title_nl, rule_id
    amended = RULES["hr.annex_i_third_party.amended"]
    assert "risks other than risks to health and safety" in amended.title_en
    assert "andere risico's dan risico's voor de gezondheid en veiligheid" in amended.title_nl
    c = RULES["hr.derogation_condition.c"]
    for words in ("or deviations", "or influence", "without proper human review"):
        assert words in c.title_en
    assert "op" in c.title_nl.split() and "Spoort" in c.title_nl
    assert "zonder behoorlijke menselijke toetsing" in c.title_nl
