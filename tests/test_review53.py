"""review53 (round 16): second reading of fix16a (Art. 5(1a) per point, the notes of review47 on
Art. 5 and Art. 50, review49's tier.prohibited) and of the lead's 1a7fdf6 (review52's D1: a yes
to remote biometric identification or to "verification only" settles the other; A40's question
texts; the Annex III 5(a) title).

What agrees (plain tests below):

* Art. 5(1a) per point. "that generation or manipulation" (point (a)) and "such material or
  performance" (point (b)) refer back to the material of the point concerned; each point now
  reads its own four facts. Mixed cases (purpose for one point, missing safeguards for the
  other; a deployer's use for one point only) give each point its own answer; unknowns stay
  undetermined for that point only; the points do not exist in the original version; the
  obligation dates from 2 December 2026 (Art. 113(a) as replaced) and is fined under Art. 99(3).
* tier.prohibited (review49): a third-country provider-deployer of a real-time RBI system that
  also makes the material of point (ba), placed in the Union and used outside, is dated
  2 December 2026; used in the Union, 2 February 2025; its use place unknown, both dates stay
  possible, and before 2 December 2026 the tier is not prohibited.
* art50.system reading transparency.generates_synthetic_text: in two-valued logic a text generator
  falls under Art. 50 under either reading of A12 (interacts: Art. 50(1); does not: the text
  branch of Art. 50(2)), so only the Kleene determinacy changes.
* 1a7fdf6: a known yes to either RBI fact settles "verification only" as no and the reverse; the
  pair is the one the input check refuses (Art. 3(36), 3(41), 3(43)).

One defect (strict xfail below):

* D1. The fact transparency.authorised_by_law_criminal_offences is the one exception fact of Art.
  50(1), 50(2) and 50(4) (art50.law_enforcement_exception). fix16a added to its description (EN/NL)
  and to the options law_enforcement and law_enforcement_prosecution_only of the question
  transparency_exceptions "subject to appropriate safeguards for the rights and freedoms of third
  parties", citing "Art. 50(1), (2) and (4)". Only Art. 50(1) (and, for its own fact, Art. 50(3))
  says so. Art. 50(2) excepts "where authorised by law to detect, prevent, investigate or prosecute
  criminal offences" and Art. 50(4), both subparagraphs, "where the use is authorised by law to
  detect, prevent, investigate or prosecute criminal offence(s)", with no safeguards. A user who
  answers the fact as described (authorised, but without such safeguards: "no") loses the
  exceptions of Art. 50(2) and 50(4), which the text grants.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import COMPANY, assess, system

import aiact
from aiact.facts import Transparency
from aiact.questions.data import QUESTIONS
from aiact.rules.transparency import RULES as ART50_RULES

D = dt.date
AMENDED = "amended"
CONTENT = {
    "ba_generates_intimate_imagery_without_consent": True,
    "bb_generates_child_sexual_abuse_material": True,
    "bb_without_right_defence": False,
}


def _rule(rule_id: str) -> Any:
    return next(r for r in ART50_RULES if r.id == rule_id)


def test_mixed_points_each_answer_for_itself() -> None:
    """Art. 5(1a)(a): "(i) that generation or manipulation is the intended purpose" or (ii)
    foreseeable "and the system does not have reasonable and adequate technical safety measures"
    for that generation: the purpose of (ba) and the safeguards of (bb) do not combine."""
    quote(
        "5", "that generation or manipulation is the intended purpose of the AI system", "amended"
    )
    quote(
        "5",
        "does not have reasonable and adequate technical safety measures and other safeguards to "
        "reliably prevent that generation or manipulation",
        "amended",
    )
    # (ba) foreseeable but safeguarded; (bb) not foreseeable, no safeguards: neither applies.
    a = assess(
        system(
            prohibited={
                **CONTENT,
                "ba_foreseeable_and_reproducible": True,
                "ba_adequate_safeguards": True,
                "bb_adequate_safeguards": False,
            }
        ),
        "2027-01-05",
        law=AMENDED,
    )
    assert a.value("art5.ba") is False
    assert a.value("art5.bb") is False
    # unknown safeguards of (ba) leave only (ba) open
    a = assess(
        system(
            prohibited={
                **CONTENT,
                "ba_foreseeable_and_reproducible": True,
                "ba_adequate_safeguards": None,
            }
        ),
        "2027-01-05",
        law=AMENDED,
    )
    assert a.value("art5.ba") is None
    assert a.value("art5.bb") is False


def test_a_deployers_use_for_one_point_binds_only_that_point() -> None:
    """Art. 5(1a)(b): the use "is only prohibited where the deployer uses the system for the
    purpose of generating or manipulating such material or performance"."""
    quote("5", "is only prohibited where the deployer uses the system for the purpose", "amended")
    a = assess(
        system(roles=("deployer",), prohibited={**CONTENT, "bb_used_for_that_purpose": True}),
        "2027-01-05",
        law=AMENDED,
    )
    assert a.value("art5.bb") is True
    assert a.value("art5.ba") is False
    assert a.value("art5.use_prohibited") is True
    assert a.value("art5.placing_prohibited") is False


def test_the_dates_and_the_fine_of_point_ba() -> None:
    """Art. 113(a) as replaced: points (ba), (bb) and Art. 5(1a) "shall apply from 2 December
    2026"; Art. 99(3): non-compliance with the prohibition of the practices of Art. 5."""
    quote("113", "which shall apply from 2 December 2026", "amended")
    quote("99", "Non-compliance with the prohibition of the AI practices referred to in Article 5")
    s = system(prohibited={**CONTENT, "ba_intended_purpose": True})
    for as_of in ("2026-12-01", "2027-01-05"):
        a = assess(s, as_of, law=AMENDED)
        result = {o.id: o for o in a.obligation_results}["art5_1_ba"]
        assert str(result.applies_from) == "2026-12-02"
    obligation = next(
        o
        for o in aiact.assess(s, COMPANY, "2027-01-05", AMENDED).obligation_results
        if o.id == "art5_1_ba"
    )
    assert obligation.applies is True
    published = aiact.assess(s, COMPANY, "2027-01-05", "original")
    assert "art5_1_ba" not in {o.id for o in published.obligation_results}
    assert published.value("art5.any") is False


THIRD_COUNTRY = aiact.Organisation(
    name="Example Inc.",
    kind="private_undertaking",
    member_state="US",
    established_in_eu=False,
    is_employer=True,
    law_enforcement_authority=False,
    judicial_authority=False,
    financial_institution=False,
    headcount=8000,
    annual_turnover_eur=2_000_000_000,
    balance_sheet_total_eur=3_000_000_000,
    part_of_group=False,
)


def _third_country_rbi_ba(used_in_union: bool | None) -> aiact.AISystem:
    s = system(
        roles=("provider", "deployer"),
        annex_iii=["1a"],
        prohibited={
            "h_realtime_rbi_public_spaces_law_enforcement": True,
            "ba_generates_intimate_imagery_without_consent": True,
            "ba_intended_purpose": True,
        },
        placed_on_market=D(2025, 3, 1),
    )
    return s.model_copy(
        update={
            "exclusions": s.exclusions.model_copy(
                update={
                    "used_in_eu_by_organisation": used_in_union,
                    "output_used_in_eu": used_in_union,
                }
            ),
            "value_chain": s.value_chain.model_copy(update={"provider_established_in_eu": False}),
        }
    )


def test_tier_prohibited_with_the_use_place_unknown() -> None:
    """review49's case with the place of use unknown: point (h) ("the use") may reach it from
    2 February 2025, point (ba) does from 2 December 2026 (Art. 113(a) as replaced; Art.
    2(1)(b)-(c)); both dates stay possible, and before December 2026 the tier is only possibly
    prohibited."""
    quote("2", "deployers of AI systems that have their place of establishment or are located")
    a = aiact.assess(_third_country_rbi_ba(None), THIRD_COUNTRY, "2026-06-01", AMENDED)
    assert set(a.date("tier.prohibited").possible) == {D(2025, 2, 2), D(2026, 12, 2)}
    assert aiact.RiskTier.PROHIBITED in a.possible_tiers
    outside = aiact.assess(_third_country_rbi_ba(False), THIRD_COUNTRY, "2026-06-01", AMENDED)
    assert outside.date("tier.prohibited").value == D(2026, 12, 2)
    assert aiact.RiskTier.PROHIBITED not in outside.possible_tiers
    assert outside.risk_tier is not aiact.RiskTier.PROHIBITED


@pytest.mark.parametrize("reading", [True, False])
@pytest.mark.parametrize("interacts", [True, False])
def test_art50_system_read_directly_is_equivalent_in_two_valued_logic(
    reading: bool, interacts: bool
) -> None:
    """Art. 2(12): "unless ... an AI system that falls under Article 5 or 50". A text generator
    falls under Art. 50 by Art. 50(1) when it interacts directly, by Art. 50(2) ("generating
    synthetic ... text content") when it does not, whatever A12 says of a chatbot's text."""
    quote("2", "as an AI system that falls under Article 5 or 50")
    quote("50", "generating synthetic audio, image, video or text content")
    s = system(
        transparency={
            "generates_synthetic_text": True,
            "interacts_directly_with_persons": interacts,
        }
    )
    a = assess(s, "2027-01-05", chatbot_text_is_synthetic_content=reading)
    assert a.value("art50.system") is True
    assert (a.value("art50.1") is True) or (a.value("art50.2") is True)


def test_the_art50_1_safeguards_are_in_paragraph_1_only() -> None:
    """The words of the three exceptions, EN and NL: the safeguards are in Art. 50(1) (and
    50(3)), not in 50(2) and 50(4)."""
    quote(
        "50",
        "authorised by law to detect, prevent, investigate or prosecute criminal offences, "
        "subject to appropriate safeguards for the rights and freedoms of third parties, unless",
    )
    quote(
        "50",
        "or where authorised by law to detect, prevent, investigate or prosecute criminal "
        "offences. 3. Deployers",
    )
    quote(
        "50",
        "This obligation shall not apply where the use is authorised by law to detect, prevent, "
        "investigate or prosecute criminal offence. Where the content",
    )
    quote_nl(
        "of wanneer het bij wet is toegestaan strafbare feiten op te sporen, te voorkomen, te "
        "onderzoeken of te vervolgen."
    )
    quote_nl(
        "Deze verplichting geldt niet wanneer het gebruik bij wet is toegestaan om strafbare "
        "feiten op te sporen, te voorkomen, te onderzoeken of te vervolgen."
    )
    # the exception of Art. 50(2) and 50(4) is the one of Art. 50(1): one fact for all three
    assert "art50.law_enforcement_exception" in _rule("art50.2").when
    assert "art50.law_enforcement_exception" in _rule("art50.4_deep_fake").when
    assert "transparency.authorised_by_law_criminal_offences" in (
        _rule("art50.law_enforcement_exception").when
    )


def test_the_exceptions_of_art50_2_and_4_ask_no_safeguards() -> None:
    """Art. 50(2): "or where authorised by law to detect, prevent, investigate or prosecute
    criminal offences"; Art. 50(4): "where the use is authorised by law to detect, prevent,
    investigate or prosecute criminal offence(s)". Neither adds "subject to appropriate
    safeguards for the rights and freedoms of third parties" (Art. 50(1)). The fact that
    decides those exceptions must not ask for them, or Art. 50(1) must read them from a fact of
    its own."""
    quote("50", "or where authorised by law to detect, prevent, investigate or prosecute")
    description = Transparency.model_fields["authorised_by_law_criminal_offences"].description
    assert description is not None
    assert "safeguards" not in description
    options = next(q for q in QUESTIONS if q["id"] == "transparency_exceptions")["options"]
    for option in options:
        if option["id"] in ("law_enforcement", "law_enforcement_prosecution_only"):
            assert "safeguards" not in option["text_en"], option["id"]


@pytest.mark.parametrize("safeguards", [True, False, None])
def test_the_art50_1_exception_reads_its_safeguards(safeguards: bool | None) -> None:
    """Art. 50(1): "authorised by law to detect, prevent, investigate or prosecute criminal
    offences, subject to appropriate safeguards for the rights and freedoms of third parties";
    Art. 50(2) and (4) ask only for the authorisation (fix16g)."""
    quote("50", "subject to appropriate safeguards for the rights and freedoms of third parties")
    quote_nl("met inachtneming van passende waarborgen voor de rechten en vrijheden van derden")
    s = system(
        transparency={
            "interacts_directly_with_persons": True,
            "interaction_obvious": False,
            "generates_synthetic_image": True,
            "authorised_by_law_criminal_offences": True,
            "art50_1_safeguards_third_parties": safeguards,
            "available_to_public_to_report_offences": False,
        }
    )
    a = assess(s, "2027-01-05", law=AMENDED)
    assert a.value("art50.1") is {True: False, False: True, None: None}[safeguards]
    assert a.value("art50.2") is False  # the 50(2) exception needs no safeguards
