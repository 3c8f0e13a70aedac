"""Review46 (round 16): a first recorded review of the Art. 6(1) / Annex I, Art. 6(3), Art. 43 and
Art. 111 rules (tests/data/coverage/reviews.yaml, block "review46 helper, round 16"). Four
defects, each a strict xfail that asserts what the text requires; the controls pass.

* D1 ``hr.annex_i_section_a_legislation.machinery_2006_42``: under the published text a machinery
  product of Regulation (EU) 2023/1230 (the only machinery law from 20 January 2027) is in no
  point of Annex I, so it is never high-risk under Art. 6(1).
* D2 ``hr.annex_i_section_b_legislation.civil_aviation_2018_1139``: Annex I point 20 lists
  Regulation (EU) 2018/1139 only "in so far as" unmanned aircraft are concerned; the rule, its
  title and the interview option take in every civil-aviation product.
* D3 ``art43.route_1.amended`` / ``art43.route_3``: the amended Art. 43(3), fourth subparagraph,
  sends a high-risk Annex III system "covered by" Section A legislation to the sectoral
  procedure; the rules read "covered by" as "high-risk under Art. 6(1)" (third-party assessment
  required), a reading nowhere named.
* D4 ``hr.chapter_iii_applies``: a system high-risk through Annex I Section B and also listed in
  Annex III; Art. 2(2) says "only Article 6(1) ... shall apply" to it, the library applies
  Chapter III, and names no interpretation.
"""

from __future__ import annotations

from lawquote import quote, quote_nl
from timecases import ANNEX_I_MEDICAL, assess, quoted, system

from aiact.rules import SYSTEM_RULES

RULES = {r.id: r for r in SYSTEM_RULES}


def _machinery(legislation: str) -> dict[str, object]:
    return {**ANNEX_I_MEDICAL, "legislation": [legislation]}


# --------------------------------------------------------------------------- D1 machinery


def _quote_machinery() -> None:
    quote_nl(
        "Richtlijn 2006/42/EG van het Europees Parlement en de Raad van 17 mei 2006 betreffende "
        "machines"
    )
    quoted(
        "The reference to Directive 2006/42/EC should be moved from Section A to Section B of "
        "Annex I to Regulation (EU) 2024/1689 and updated so as to refer to Regulation (EU) "
        "2023/1230.",
        "omnibus",
    )


# Fixed by fix16c (round 16); was the strict xfail: review46 D1: under the published text Annex
# I, Section A, point 1 (Directive 2006/42/EC) is read only for the answer machinery_2006_42; a
# machinery product of Regulation (EU) 2023/1230, which repeals the Directive from 20 January
# 2027 and whose Art. 52 reads references to the Directive as references to it, is in no point
# of Annex I
def test_a_2023_1230_machine_is_annex_i_section_a_under_the_published_text() -> None:
    _quote_machinery()
    a = assess(system(annex_i=_machinery("machinery_2023_1230")), "2028-09-01", law="original")
    assert a.value("hr.annex_i_section_a_legislation") is not False
    assert a.value("hr.high_risk") is not False


def test_control_the_directive_answer_is_section_a_under_the_published_text() -> None:
    a = assess(system(annex_i=_machinery("machinery_2006_42")), "2028-09-01", law="original")
    assert a.value("hr.annex_i_a") is True


# --------------------------------------------------------------------------- D2 point 20


# Fixed by fix16c (round 16); was the strict xfail: review46 D2: Annex I point 20 lists
# Regulation (EU) 2018/1139 only 'in so far as' unmanned aircraft (Art. 2(1)(a) and (b) of it)
# are concerned; the rule's title (and the interview option built from it) says 'Civil
# aviation', and the rule takes in every civil-aviation product
def test_point_20_is_limited_to_unmanned_aircraft() -> None:
    quote_nl(
        "voor zover het gaat om het ontwerp, de productie en het in de handel brengen van "
        "luchtvaartuigen als bedoeld in artikel 2, lid 1, punten a) en b), wat betreft onbemande "
        "luchtvaartuigen"
    )
    quoted(
        "in so far as the design, production and placing on the market of aircrafts referred to "
        "in Article 2(1), points (a) and (b) thereof, where it concerns unmanned aircraft"
    )
    rule = RULES["hr.annex_i_section_b_legislation.civil_aviation_2018_1139"]
    assert "unmanned" in rule.title_en.lower()
    assert "onbemand" in rule.title_nl.lower()


# --------------------------------------------------------------------------- D3 Art. 43(3)


def _quote_43_3() -> None:
    quote(
        "43",
        "Where a high-risk AI system is both covered by the Union harmonisation legislation "
        "listed in Section A of Annex I and it falls within one of the categories listed in "
        "Annex III, the provider of that system shall follow the relevant conformity assessment "
        "procedure as required pursuant to the relevant Union harmonisation legislation listed "
        "in Section A of Annex I.",
        "amended",
    )
    quote(
        "6",
        "the AI system is intended to be used as a safety component of a product, or the AI "
        "system is itself a product, covered by the Union harmonisation legislation listed in "
        "Annex I",
        "both",
    )


def _medical_self_assessed() -> object:
    """A medical device that is itself the product, no third-party assessment required (so not
    high-risk under Art. 6(1)), and an emotion recognition system of Annex III point 1(c) that
    profiles (high-risk under Art. 6(2))."""
    return system(
        annex_i={**ANNEX_I_MEDICAL, "third_party_conformity_assessment": False},
        annex_iii=["1c"],
        profiling=True,
    )


# Fixed by fix16c (round 16); was the strict xfail: review46 D3: the amended Art. 43(3), fourth
# subparagraph, sends a high-risk system 'covered by' Section A legislation and listed in Annex
# III to the sectoral procedure; art43.route_1.amended excludes only hr.annex_i_a (high-risk
# under Art. 6(1), third-party assessment required) and art43.route_3 requires it, so a self-
# assessed medical device of Annex III point 1(c) takes Art. 43(1)
def test_an_annex_iii_system_covered_by_section_a_follows_the_sectoral_procedure() -> None:
    _quote_43_3()
    a = assess(_medical_self_assessed(), "2028-09-01", law="amended")
    assert a.value("hr.annex_iii") is True
    assert a.value("art43.route_1") is not True
    assert a.value("art43.route_3") is not False


def test_control_an_annex_i_a_system_in_annex_iii_follows_the_sectoral_procedure() -> None:
    a = assess(system(annex_i=ANNEX_I_MEDICAL, annex_iii=["1c"]), "2028-09-01", law="amended")
    assert a.value("art43.route_1") is False
    assert a.value("art43.route_3") is True


# --------------------------------------------------------------------------- D4 Art. 2(2)


# Fixed by fix16c (round 16); was the strict xfail: review46 D4: Art. 2(2) limits 'AI systems
# classified as high-risk AI systems in accordance with Article 6(1) related to products covered
# by' Section B to Art. 6(1) and Arts. 102-109/112 (amended: 60a, 102-112); whether a Section B
# system also listed in Annex III escapes that limit (the library: yes, Chapter III applies,
# through scope.section_b_limited '... and not hr.annex_iii') is a reading no rule names
def test_the_section_b_and_annex_iii_reading_is_named() -> None:
    quote(
        "2",
        "For AI systems classified as high-risk AI systems in accordance with Article 6(1) "
        "related to products covered by the Union harmonisation legislation listed in Section B "
        "of Annex I, only Article 6(1), Articles 102 to 109 and Article 112 apply.",
        "original",
    )
    quote(
        "6",
        "In addition to the high-risk AI systems referred to in paragraph 1, AI systems referred "
        "to in Annex III shall be considered to be high-risk.",
        "both",
    )
    system_b = system(
        annex_i={**ANNEX_I_MEDICAL, "legislation": ["motor_vehicles_2018_858"]},
        annex_iii=["4a"],
    )
    a = assess(system_b, "2028-09-01", law="amended")
    assert a.value("hr.chapter_iii_applies") is True  # the library's reading, today
    readings = {
        r.interpretation
        for r in SYSTEM_RULES
        if r.concludes in ("hr.chapter_iii_applies", "scope.section_b_limited")
    }
    assert readings - {None}, "the Section B + Annex III reading carries no interpretation"
