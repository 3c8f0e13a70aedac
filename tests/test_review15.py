"""Review 15 (round 11): the interview's reworded questions (audit11b, commits 277c991 ...
42962c7) judged against the text of Regulation (EU) 2024/1689 (EN, NL) and 2026/1744.

The wording tests pin the fixes made in this review (each option must say the condition of the
point it sets, no wider and no narrower). ``test_third_country_deployer_located_in_the_union_*``
guards the Q14 fix against the unsound shortcut of dropping the "used in the EU" answer for
deployers; ``test_q14b_*`` was the defect left (strict xfail, fixed by scope11): a provider that
places a system on the Union market and also deploys it itself outside the Union got the deployer
duties. Before scope11 the guard's answers (``in_eu`` only) gave the Art. 26 duties as certain;
they now list them as possibly applicable (undetermined) until ``org_uses_in_eu`` is answered.
"""

from __future__ import annotations

from typing import Any

from lawquote import quote, quote_annex, quote_nl

from aiact.interview import Interview
from aiact.questions import catalogue
from aiact.questions.model import Option

# Art. 6(3), third subparagraph: profiling chosen, the conditions not sure (the answer that
# replaced the retired question "profiling": "yes" in round 18).
PROFILING_ONLY = {
    "chosen": ["profiling"],
    "unsure": [
        "narrow_procedural",
        "improves_human_activity",
        "detects_patterns",
        "preparatory",
        "no_significant_risk",
    ],
}


def _option(question: str, option: str) -> Option:
    return catalogue().get(question).option(option)


def _interview(answers: dict[str, Any], as_of: str) -> Any:
    interview = Interview.start(as_of).answer("system")
    for question, answer in answers.items():
        interview = interview.answer(answer, question=question)
    return interview.assessment


def test_point_7b_option_says_any_risk_not_only_the_three_named() -> None:
    """Annex III, point 7(b): "to assess a risk, including a security risk, a risk of irregular
    migration, or a health risk"; the three risks are examples (the option named only them)."""
    quote_annex("III", "to assess a risk, including a security risk, a risk of irregular migration")
    quote_nl("om risico’s te beoordelen, waaronder een veiligheidsrisico")
    option = _option("annex_iii_points", "point_7b")
    assert "to assess a risk (for example" in option.text_en
    assert "om risico's te beoordelen (bijvoorbeeld" in option.text_nl


def test_annex_iii_question_links_the_law_enforcement_authority_definition() -> None:
    """Annex III, point 6 reads "law enforcement authorities", defined in Art. 3(45) (which also
    covers "any other body or entity entrusted by Member State law to exercise public authority
    and public powers for the purposes of ..."): the options name the term, so the question
    links its definition."""
    quote(
        "3", "any other body or entity entrusted by member state law to exercise public authority"
    )
    question = catalogue().get("annex_iii_points")
    assert "law_enforcement_authority" in {d.key for d in question.definitions}


def test_rbi_objectives_keep_the_terrorist_threat_and_detention_order() -> None:
    """Art. 5(1)(h)(ii)-(iii): "a genuine and present or genuine and foreseeable threat of a
    terrorist attack"; "punishable in the Member State concerned by a custodial sentence or a
    detention order for a maximum period of at least four years" (NL "een vrijheidsstraf of een
    tot vrijheidsbeneming strekkende maatregel")."""
    quote("5", "genuine and present or genuine and foreseeable threat of a terrorist attack")
    quote("5", "by a custodial sentence or a detention order for a maximum period of at least")
    quote_nl("een vrijheidsstraf of een tot vrijheidsbeneming strekkende maatregel")
    option = _option("art5_h_conditions", "strictly_necessary")
    assert "genuine and present or genuine and foreseeable" in option.text_en
    assert "detention order" in option.text_en
    assert "tot vrijheidsbeneming strekkende maatregel" in option.text_nl


def test_safeguards_option_names_other_safeguards_and_reasonably_foreseeable_misuse() -> None:
    """Art. 5(1a)(a)(ii), inserted by Regulation (EU) 2026/1744: "reasonable and adequate
    technical safety measures and other safeguards to reliably prevent that generation or
    manipulation, taking into account reasonably foreseeable misuse, and to correct observed or
    reported misuse"."""
    quote(
        "5",
        "technical safety measures and other safeguards to reliably prevent that generation",
        "omnibus_only",
    )
    for question in ("art5_ba_purpose", "art5_bb_purpose"):  # one per point since round 16
        option = _option(question, "safeguards")
        assert "other safeguards" in option.text_en
        assert "reasonably foreseeable misuse" in option.text_en
        assert "andere waarborgen" in option.text_nl
        assert "redelijkerwijs te voorzien misbruik" in option.text_nl


def test_dutch_campaign_question_says_exposed_not_seen() -> None:
    """Annex III, point 8(b), Dutch text: "AI-systemen aan de output waarvan natuurlijke personen
    niet rechtstreeks worden blootgesteld". 'Niet rechtstreeks te zien krijgen' is wider: voters
    who only hear the output (automated calls) do not 'see' it, yet are directly exposed."""
    quote_nl("aan de output waarvan natuurlijke personen niet rechtstreeks worden blootgesteld")
    question = catalogue().get("annex_iii_campaign_logistics")
    assert "blootgesteld" in question.text_nl
    assert "te zien krijgen" not in question.text_nl
    assert "blootgesteld" in question.help_nl


def test_public_authority_help_does_not_call_the_cut_off_the_deadline() -> None:
    """Art. 111(2) as replaced by Regulation (EU) 2026/1744, Art. 1, point (39)(a): the cut-off is
    "the date of application of Chapter III referred to in Article 113"; the deadline "by 2 August
    2030" is unchanged. The help said 'that date is 2 December 2027' right after '2 August 2030'."""
    quote("111", "by 2 August 2030", "both")
    question = catalogue().get("public_authority_use")
    assert "that date is" not in question.help_en
    assert "is die datum" not in question.help_nl
    assert "2 August 2030 deadline is the same" in question.help_en


_US_RECRUITER = {
    "ai_system": "yes",
    "roles": ["deployer"],
    "org_established_in_eu": "no",
    "org_kind": "private_undertaking",
    "exclusions": [],
    "prohibited_practices": [],
    "annex_i_legislation": [],
    "annex_iii_points": ["point_4a"],
    "art6_3_conditions": PROFILING_ONLY,
}


def test_third_country_deployer_located_in_the_union_keeps_the_deployer_duties() -> None:
    """Art. 2(1)(b): "deployers of AI systems that have their place of establishment or are
    located within the Union". A deployer established outside the Union that uses the system in
    the Union (located there) is in scope: a fix of Q14 must not drop 'used in the EU' for
    deployers (docs/audits/round11-questions.md Q14; guard, passes)."""
    quote("2", "deployers of ai systems that have their place of establishment or are located")
    assessment = _interview({"territory": ["in_eu"], **_US_RECRUITER}, as_of="2028-01-10")
    assert "art26_1" in {o.id for o in assessment.obligations}


def test_q14b_provider_placing_in_the_union_is_no_deployer_for_its_own_use_abroad() -> None:
    """Art. 2(1)(a) covers "providers placing on the market or putting into service AI systems
    ... in the Union, irrespective of whether those providers are established or located within
    the Union or in a third country"; as deployer, Art. 2(1)(b)-(c) only reach deployers
    "established or located within the Union" or, in a third country, "where the output produced
    by the AI system is used in the Union". A US vendor that sells its recruitment system in the
    EU and uses it itself in the US for US staff has the provider duties, not those of Art. 26."""
    quote("2", "irrespective of whether those providers are established or located within")
    assessment = _interview(
        {
            "territory": ["in_eu"],
            **_US_RECRUITER,
            "roles": ["provider", "deployer"],
            "org_uses_in_eu": "no",  # scope11: the question the fix of Q14 adds
        },
        as_of="2028-01-10",
    )
    ids = {o.id for o in assessment.obligations}
    assert "art16_a" in ids or "art9" in ids  # the provider duties stay
    assert "art26_1" not in ids
