"""fix16a (round 16): the findings of review47 (Art. 5(1a) per point, notes on Art. 5 and Art. 50)
and of review49 (tier.prohibited and the territorial reach of point (h)).

* Art. 5(1a) judges each of the points (ba) and (bb) by its own material: each point has its own
  facts (prohibited.ba_intended_purpose, bb_intended_purpose, ...), questions and rules
  (art5.ba_placing_condition, art5.bb_use_by_this_deployer, ...). The shared facts of before
  (prohibited.ba_bb_*) are refused with the new names.
* tier.prohibited dates the tier to 2 February 2025 by the condition art5.any reads for points
  (a)-(h) (rules/prohibited.py, POINTS_A_TO_H_PRACTICE), so the two cannot drift.
* art50.system reads transparency.generates_synthetic_text directly: a text generator falls
  under Art. 50 under either reading of A12.
"""

from __future__ import annotations

from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import assess, system

import aiact
from aiact.case import case_from_mapping
from aiact.errors import problems_of
from aiact.questions import catalogue, open_questions
from aiact.rules.prohibited import DEPLOYER_IN_REACH, POINTS_A_TO_H_PRACTICE
from aiact.rules.prohibited import RULES as ART5_RULES
from aiact.rules.timing import TIER_RULES
from aiact.rules.transparency import RULES as ART50_RULES

AMENDED = "amended"
AS_OF = "2027-01-05"
POINTS = ("ba", "bb")
CONTENT = {
    "ba": {"ba_generates_intimate_imagery_without_consent": True},
    "bb": {"bb_generates_child_sexual_abuse_material": True, "bb_without_right_defence": False},
}
SUFFIXES = (
    "intended_purpose",
    "foreseeable_and_reproducible",
    "adequate_safeguards",
    "used_for_that_purpose",
)


def _rule(rules: tuple[Any, ...], rule_id: str) -> Any:
    return next(r for r in rules if r.id == rule_id)


def _applies(a: aiact.Assessment, obligation: str) -> bool | None:
    return {o.id: o.applies for o in a.obligation_results}[obligation]


def _other(point: str) -> str:
    return "bb" if point == "ba" else "ba"


@pytest.mark.parametrize("point", POINTS)
def test_the_purpose_of_one_point_does_not_close_the_other(point: str) -> None:
    """Art. 5(1a)(a): the placing "is only prohibited where: (i) that generation or manipulation
    is the intended purpose" or (ii) foreseeable without adequate safeguards; "that" generation
    is the one of the point concerned. The symmetric case of review47's first test."""
    quote(
        "5",
        "(i) that generation or manipulation is the intended purpose of the AI system",
        "omnibus_only",
    )
    other = _other(point)
    facts = {
        **CONTENT["ba"],
        **CONTENT["bb"],
        f"{point}_intended_purpose": True,
        f"{other}_intended_purpose": False,
        f"{other}_foreseeable_and_reproducible": True,
        f"{other}_adequate_safeguards": True,
    }
    a = assess(system(prohibited=facts), AS_OF, law=AMENDED)
    assert a.value(f"art5.{point}_placing_condition") is True
    assert a.value(f"art5.{other}_placing_condition") is False
    assert _applies(a, f"art5_1_{point}") is True
    assert a.value(f"art5.{other}") is False
    assert _applies(a, f"art5_1_{other}") is False


@pytest.mark.parametrize("point", POINTS)
def test_unknown_safeguards_of_one_point_leave_only_that_point_open(point: str) -> None:
    """Kleene: foreseeable and the safeguards unknown leave the point undetermined; the other
    point's facts do not decide it."""
    other = _other(point)
    facts = {
        **CONTENT["ba"],
        **CONTENT["bb"],
        f"{point}_intended_purpose": False,
        f"{point}_foreseeable_and_reproducible": True,
        f"{point}_adequate_safeguards": None,
        f"{other}_intended_purpose": True,
    }
    a = assess(system(prohibited=facts), AS_OF, law=AMENDED)
    assert a.value(f"art5.{point}") is None
    assert a.value(f"art5.{other}") is True


@pytest.mark.parametrize("point", POINTS)
def test_a_use_for_one_point_is_not_a_use_for_the_other(point: str) -> None:
    """Art. 5(1a)(b): "only prohibited where the deployer uses the system for the purpose of
    generating or manipulating such material or performance"."""
    quote(
        "5",
        "only prohibited where the deployer uses the system for the purpose of generating or "
        "manipulating such material or performance",
        "omnibus_only",
    )
    other = _other(point)
    facts = {
        **CONTENT["ba"],
        **CONTENT["bb"],
        f"{point}_used_for_that_purpose": True,
        f"{other}_used_for_that_purpose": False,
    }
    a = assess(system(roles=("deployer",), prohibited=facts), AS_OF, law=AMENDED)
    assert a.value(f"art5.{point}_use_by_this_deployer") is True
    assert _applies(a, f"art5_1_{point}") is True
    assert a.value(f"art5.{other}") is False
    assert a.value("art5.use_prohibited") is True


def test_each_point_has_its_own_rules_reading_its_own_facts() -> None:
    """The rules of Art. 5(1a) per point: source, versions, the reach of Art. 2(1)(b)-(c)."""
    for point in POINTS:
        placing = _rule(ART5_RULES, f"art5.{point}_placing_condition")
        use = _rule(ART5_RULES, f"art5.{point}_use_by_this_deployer")
        assert placing.source == "Art. 5(1a)(a)" and use.source == "Art. 5(1a)(b)"
        assert placing.versions == use.versions == aiact.versions.ONLY_AMENDED
        assert set(use.also_cites) >= {"Art. 2(1)(b)", "Art. 2(1)(c)"}
        assert DEPLOYER_IN_REACH in use.when
        assert placing.title_en.startswith(
            "Placing on the market or putting into service is prohibited"
        )
        assert placing.title_nl.startswith(
            "Het in de handel brengen of in gebruik stellen is verboden"
        )
        other = _other(point)
        for rule in ART5_RULES:
            if rule.id.endswith(f".{point}") or rule.id.startswith(
                (f"art5.{point}", f"art5.binding_{point}")
            ):
                assert f"{other}_" not in rule.when, rule.id
                assert "ba_bb" not in rule.when, rule.id


@pytest.mark.parametrize("old", [f"ba_bb_{suffix}" for suffix in SUFFIXES])
def test_the_old_shared_facts_are_refused_with_the_new_names(old: str) -> None:
    """A case file of before round 16 is not read silently in a new meaning: its shared fact is
    an input error that names the two facts to give instead."""
    with pytest.raises(ValueError) as caught:
        case_from_mapping(
            {"organisation": {}, "system": {"prohibited": {old: True}}, "as_of": AS_OF}
        )
    (problem,) = problems_of(caught.value)
    suffix = old.removeprefix("ba_bb_")
    assert problem.kind == "replaced_field"
    assert problem.path == "system.prohibited"
    assert f"ba_{suffix}" in problem.message and f"bb_{suffix}" in problem.message
    assert problem.params["field"] == old
    from aiact.views.errors import problem_text

    dutch = problem_text(problem, "nl")
    assert "vervangen" in dutch and f"bb_{suffix}" in dutch


@pytest.mark.parametrize("point", POINTS)
def test_the_interview_asks_only_for_the_point_ticked(point: str) -> None:
    """One question per point (art5_ba_purpose, art5_bb_purpose): only the one whose material the
    system makes is open."""
    other = _other(point)
    facts: dict[str, Any] = {**CONTENT[point]}
    for suffix in SUFFIXES:
        facts[f"{point}_{suffix}"] = None
    s = system(prohibited=facts)
    a = aiact.assess(s, aiact.Organisation(), AS_OF, AMENDED)
    asked = {view.question.id for view in open_questions(a)}
    assert f"art5_{point}_purpose" in asked
    assert f"art5_{other}_purpose" not in asked
    options = catalogue().get(f"art5_{point}_purpose").options
    assert {fact for option in options for fact in option.sets} == {
        f"prohibited.{point}_{suffix}" for suffix in SUFFIXES
    }


def test_tier_prohibited_reads_the_condition_of_art5_any() -> None:
    """review49: the tier date of points (a)-(h) and art5.any read one condition; point (h) only
    for a deployer in reach (Art. 2(1)(b)-(c))."""
    quote("5", "the use of ‘real-time’ remote biometric identification systems", "original")
    rule = next(r for r in TIER_RULES if r.name == "tier.prohibited")
    assert POINTS_A_TO_H_PRACTICE in rule.cases[0].when
    assert DEPLOYER_IN_REACH in POINTS_A_TO_H_PRACTICE
    assert _rule(ART5_RULES, "art5.any.h").when in POINTS_A_TO_H_PRACTICE
    for point in "abcdefg":
        assert _rule(ART5_RULES, f"art5.any.{point}").when in POINTS_A_TO_H_PRACTICE


@pytest.mark.parametrize("reading", [True, False])
@pytest.mark.parametrize("interacts", [True, False, None])
def test_a_text_generator_falls_under_art50_under_either_reading_of_a12(
    reading: bool, interacts: bool | None
) -> None:
    """Art. 2(12): "unless they are placed on the market or put into service as high-risk AI
    systems or as an AI system that falls under Article 5 or 50". A system generating synthetic
    text is of Art. 50(2); under A12=not_synthetic a chatbot's text is not, but the chatbot is of
    Art. 50(1). So with the interaction unknown the system falls under Art. 50 either way."""
    quote("2", "or as an AI system that falls under Article 5 or 50")
    quote("50", "generating synthetic audio, image, video or text content")
    s = system(
        transparency={
            "generates_synthetic_text": True,
            "interacts_directly_with_persons": interacts,
        }
    )
    a = assess(s, AS_OF, chatbot_text_is_synthetic_content=reading)
    assert a.value("art50.system") is True


def test_the_notes_of_review47_on_titles_and_citations() -> None:
    """Titles and pinpoints in the words of the text (review47's notes)."""
    quote_nl(
        "als gevolg van hun leeftijd, handicap of een specifieke sociale of economische "
        "omstandigheid"
    )
    assert _rule(ART5_RULES, "art5.b").title_nl == (
        "Gebruikmaken van kwetsbaarheden als gevolg van leeftijd, handicap of een specifieke "
        "sociale of economische omstandigheid"
    )
    quote("50", "detectable as artificially generated or manipulated")
    quote_nl("detecteerbaar zijn als kunstmatig gegenereerd of gemanipuleerd")
    art50_2 = _rule(ART50_RULES, "art50.2")
    assert "artificially generated or manipulated" in art50_2.title_en
    assert "kunstmatig gegenereerd of gemanipuleerd" in art50_2.title_nl
    for rule_id in ("art50.4_deep_fake", "art50.4_artistic_limitation", "art50.any.4_deep_fake"):
        assert _rule(ART50_RULES, rule_id).source == "Art. 50(4), first subparagraph"
    # one Dutch rendering of "without right" in the rule and its question
    bb = _rule(ART5_RULES, "art5.bb_content")
    question = catalogue().get("art5_bb_defence")
    assert "'wederrechtelijk'" in bb.title_nl and "'wederrechtelijk'" in question.text_nl
    assert "zonder recht" not in bb.title_nl


def test_the_fact_descriptions_carry_the_words_of_the_text() -> None:
    """Art. 5(1)(a) "thereby causing them to take a decision that they would not have otherwise
    taken"; Art. 5(2) "only to confirm the identity of the specifically targeted individual" and
    the safeguards of the national law; Art. 50(1) "subject to appropriate safeguards for the
    rights and freedoms of third parties"; Art. 50(2) "to the extent"."""
    words = {
        ("prohibited", "a_materially_distorts_behaviour"): quote(
            "5", "thereby causing them to take a decision that they would not have otherwise taken"
        ),
        ("prohibited", "h_strictly_necessary_for_listed_objective"): quote(
            "5", "only to confirm the identity of the specifically targeted individual"
        ),
        ("prohibited", "h_national_law_permits"): quote(
            "5", "necessary and proportionate safeguards and conditions"
        ),
        # fix16g (review53 D1): Art. 50(1)'s safeguards are a fact of their own
        ("transparency", "art50_1_safeguards_third_parties"): quote(
            "50", "subject to appropriate safeguards for the rights and freedoms of third parties"
        ),
        ("transparency", "assistive_standard_editing_only"): quote("50", "to the extent"),
    }
    for (group, name), passage in words.items():
        model = aiact.AISystem.model_fields[group].annotation
        description = model.model_fields[name].description  # type: ignore[union-attr]
        assert passage in description, (name, passage)
    # an option of the exceptions question since round 17 (one step for Art. 50's exceptions)
    option = catalogue().get("transparency_exceptions").option("third_party_safeguards")
    assert "rights and freedoms of third parties" in option.text("en")
    quote_nl("passende waarborgen voor de rechten en vrijheden van derden")
    assert "passende waarborgen voor de rechten en vrijheden van derden" in option.text("nl")
