"""Round 11 audit (audit11b): the questions a person answers, judged against the text.

A person answers the WORDS of a question; the engine reasons on the FACTS its options set. Where an
option's words are wider or narrower than the legal condition of the fact it sets, a truthful
answer gives a wrong legal answer. Each ``test_q<n>_*`` test asserts the words (or the mapping)
the text requires (docs/audits/round11-questions.md, entries Q1-Q14); those of the entries fixed
in round 11 pass (Q14 since scope11, with the question it added). The other tests pin interview
answers on edges that were checked and found right.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_annex, quote_nl
from test_review15 import PROFILING_ONLY  # the Art. 6(3) answer "profiling: yes"

from aiact.assessment import RiskTier
from aiact.interview import Interview
from aiact.logic import is_false, is_true
from aiact.questions import catalogue
from aiact.questions.model import Option


def _option(question: str, option: str) -> Option:
    return catalogue().get(question).option(option)


def _interview(answers: dict[str, Any], as_of: str = "2026-12-05") -> Any:
    """The Assessment after answering the questions by id, in the order given."""
    interview = Interview.start(as_of).answer("system")
    for question, answer in answers.items():
        interview = interview.answer(answer, question=question)
    return interview.assessment


# --------------------------------------------------------------------------- Q1 Annex III options

_LAW_ENFORCEMENT_POINTS = ("6a", "6b", "6c", "6d", "6e")
_MIGRATION_POINTS = ("7a", "7b", "7c", "7d")


@pytest.mark.parametrize("point", _LAW_ENFORCEMENT_POINTS)
def test_q1_annex_iii_point_6_options_name_the_law_enforcement_authority(point: str) -> None:
    """Annex III, point 6(a)-(e): each use counts only for AI systems "intended to be used by or on
    behalf of law enforcement authorities, or by Union institutions, bodies, offices or agencies
    in support of law enforcement authorities". The option 'Risk of a person becoming a victim'
    is ticked truthfully by a municipality's youth-care tool that estimates whether a child will
    become a victim of domestic violence; the engine then classifies it high-risk (it reads no
    other fact for point 6), where the text does not list it (a municipality is no law
    enforcement authority, Art. 3(45), unless Member State law entrusts it with those powers)."""
    quote_annex(
        "III",
        "ai systems intended to be used by or on behalf of law enforcement authorities, or by "
        "union institutions, bodies, offices or agencies in support of law enforcement "
        "authorities or on their behalf to assess the risk of a natural person becoming the "
        "victim of criminal offences",
    )
    quote_nl("door of namens rechtshandhavingsinstanties")
    option = _option("annex_iii_points", f"point_{point}")
    assert "law enforcement authorit" in option.text_en
    assert "rechtshandhavingsinstantie" in option.text_nl


@pytest.mark.parametrize("point", _MIGRATION_POINTS)
def test_q1_annex_iii_point_7_options_name_the_competent_public_authority(point: str) -> None:
    """Annex III, point 7(a)-(d): "AI systems intended to be used by or on behalf of competent
    public authorities or by Union institutions, bodies, offices or agencies". A private
    airline's passenger health-risk screening would be ticked under 'Security,
    irregular-migration or health risk of persons'."""
    quote_annex(
        "III",
        "ai systems intended to be used by or on behalf of competent public authorities or by "
        "union institutions, bodies, offices or agencies to assess a risk, including a security "
        "risk, a risk of irregular migration, or a health risk",
    )
    option = _option("annex_iii_points", f"point_{point}")
    assert "public authorit" in option.text_en
    assert "overheidsinstantie" in option.text_nl


def test_q1_annex_iii_point_5a_option_covers_granting_and_reclaiming() -> None:
    """Annex III, point 5(a): "AI systems intended to be used by public authorities or on behalf
    of public authorities to evaluate the eligibility of natural persons for essential public
    assistance benefits and services, ... as well as to grant, reduce, revoke, or reclaim such
    benefits and services". The option says only 'Eligibility for public assistance benefits
    and services' (Dutch: 'Recht op ...'): a municipality's tool that selects social-assistance
    files for reclaiming ('terugvordering') does not evaluate eligibility, so a truthful person
    leaves it unticked and the system comes out not high-risk."""
    quote_annex(
        "III",
        "as well as to grant, reduce, revoke, or reclaim such benefits and services",
    )
    quote_nl("te verlenen, te beperken, in te trekken of terug te vorderen")
    option = _option("annex_iii_points", "point_5a")
    assert "public authorit" in option.text_en
    assert "reclaim" in option.text_en
    assert "overheidsinstantie" in option.text_nl
    assert "terug te vorderen" in option.text_nl or "terugvorder" in option.text_nl


def test_q1_annex_iii_point_2_option_names_its_sectors() -> None:
    """Annex III, point 2: "AI systems intended to be used as safety components in the management
    and operation of critical digital infrastructure, road traffic, or in the supply of water,
    gas, heating or electricity". 'Safety component in critical infrastructure' also reads on
    rail traffic, hospitals or banks (critical infrastructure under Directive (EU) 2022/2557,
    Art. 3(62)), which point 2 does not list: a rail operator's AI safety component would be
    classified high-risk under Annex III instead of being assessed under Annex I, Section B."""
    quote_annex(
        "III",
        "critical digital infrastructure, road traffic, or in the supply of water, gas, heating "
        "or electricity",
    )
    quote_nl("kritieke digitale infrastructuur, wegverkeer of bij de levering van water, gas")
    option = _option("annex_iii_points", "point_2")
    assert "road traffic" in option.text_en
    assert "electricity" in option.text_en
    assert "wegverkeer" in option.text_nl


def test_q1_annex_iii_point_8a_option_covers_alternative_dispute_resolution() -> None:
    """Annex III, point 8(a): "... to assist a judicial authority in researching and interpreting
    facts and the law and in applying the law to a concrete set of facts, or to be used in a
    similar way in alternative dispute resolution". 'Assisting judicial authorities' leaves out
    the second half: a disputes committee's ('geschillencommissie') tool is listed, but a
    truthful person does not tick the option."""
    quote_annex("III", "or to be used in a similar way in alternative dispute resolution")
    option = _option("annex_iii_points", "point_8a")
    assert "alternative dispute resolution" in option.text_en
    assert "geschil" in option.text_nl


def test_q1_the_engine_follows_the_option_whoever_uses_the_system() -> None:
    """What aiact says on the Q1 case (right on the facts, wrong on the words): a municipality
    that has answered it is no law enforcement authority and ticks point 6(a) gets high-risk,
    because no rule of point 6 reads the user (the option's words must carry the condition)."""
    assessment = _interview(
        {
            "ai_system": "yes",
            "territory": ["in_eu"],
            "roles": ["deployer"],
            "exclusions": [],
            "org_kind": "public_authority",
            "org_functions": ["employer"],
            "prohibited_practices": [],
            "annex_i_legislation": [],
            "annex_iii_points": ["point_6a"],
            "art6_3_conditions": PROFILING_ONLY,
        }
    )
    assert assessment.classification_tier is RiskTier.HIGH_RISK


# --------------------------------------------------------------------------- Q2 Art. 5(1)(a), (b)


@pytest.mark.parametrize("question", ["art5_a_effects", "art5_b_effects"])
def test_q2_distortion_option_covers_the_objective(question: str) -> None:
    """Art. 5(1)(a): "with the objective, or the effect, of materially distorting the behaviour";
    Art. 5(1)(b) the same (Dutch: "met als doel of (met als) gevolg"). The fact
    (prohibited.a_materially_distorts_behaviour) is described as "With the objective or effect",
    but the option says "They materially distort people's behaviour" (Dutch "Ze verstoren het
    gedrag"): a dark-pattern system designed to push vulnerable users into a harmful loan, whose
    effect is not (yet) shown, is answered 'no' and comes out not prohibited."""
    quote("5", "with the objective, or the effect, of materially distorting the behaviour")
    quote_nl("met als doel of effect het gedrag van personen")
    option = _option(question, "distorts")
    assert "objective" in option.text_en or "aim" in option.text_en
    assert "doel" in option.text_nl


# --------------------------------------------------------------------------- Q3 Art. 2(4)


def test_q3_international_cooperation_covers_member_states() -> None:
    """Art. 2(4): "in the framework of international cooperation or agreements for law
    enforcement and judicial cooperation with the Union or with one or more Member States". A
    third-country police authority using a system under a bilateral agreement with the
    Netherlands answers 'no' to cooperation 'with the EU' and stays in scope."""
    quote(
        "2",
        "international cooperation or agreements for law enforcement and judicial cooperation "
        "with the union or with one or more member states",
    )
    quote_nl("overeenkomsten met de Unie of een of meer lidstaten")
    option = _option("exclusions", "international_cooperation")
    assert "Member State" in option.text_en
    assert "lidstat" in option.text_nl


def test_q3_the_exclusion_itself_is_right() -> None:
    """Art. 2(4) with the answers it needs: a third-country public authority in cooperation with
    adequate safeguards is out of scope; without the safeguards it is in scope where Art. 2(1)(b)
    reaches it: a deployer established in a third country, it uses the system itself in the
    Union (ADR 0033: "does the Act apply?" is the organisation's)."""
    answers = {
        "ai_system": "yes",
        "territory": ["in_eu"],
        "roles": ["deployer"],
        "org_established_in_eu": "no",
        "org_kind": "third_country_public_authority",
        "exclusions": ["international_cooperation"],
        "prohibited_practices": [],
    }
    assert is_false(_interview({**answers, "international_safeguards": "yes"}).in_scope)
    without = {**answers, "international_safeguards": "no"}
    assert is_true(_interview({**without, "org_uses_in_eu": "yes"}).in_scope)
    quote("2", "deployers of ai systems that have their place of establishment or are located")
    assert is_false(_interview({**without, "org_uses_in_eu": "no"}).in_scope)


# --------------------------------------------------------------------------- Q4 beslishulp 2.1


def test_q4_beslishulp_2_1_no_leaves_child_sexual_abuse_material_open() -> None:
    """Art. 5(1), point (bb), inserted by Regulation (EU) 2026/1744 and applying from 2 December
    2026, prohibits AI systems that generate or manipulate child sexual abuse material. The
    beslishulp's question 2.1 lists the practices it asks about; its list names the
    'Uitkleedsystemen' (point (ba)) but no child sexual abuse material, so its 'Nee' says
    nothing about point (bb): the fact must stay unknown (a 'none of these' sets to false only
    what its list covers)."""
    quote(
        "5",
        "generates or manipulates material or performance within the meaning of article 2, "
        "points (c) and (e), of directive 2011/93/eu",
        "omnibus_only",
    )
    from aiact.interop.beslishulp import from_beslishulp

    system, _ = from_beslishulp(
        [("1.1", "Ja"), ("1.2", "We ontwikkelen en gebruiken het zelf"), ("2.1", "Nee")]
    )
    assert system.prohibited.bb_generates_child_sexual_abuse_material is None  # type: ignore[union-attr]


# --------------------------------------------------------------------------- Q5 Art. 111(2) help


def test_q5_public_authority_help_gives_the_amended_cut_off() -> None:
    """Art. 111(2) as replaced by Regulation (EU) 2026/1744: the grace covers systems "placed on
    the market or put into service before the date of application of Chapter III referred to in
    Article 113" (2 December 2027 for Annex III, 2 August 2028 for Annex I), no longer before
    2 August 2026. The help says "already on the market before 2 August 2026", which is the
    original text only, and leaves out 'put into service'."""
    quote(
        "111",
        "that have been placed on the market or put into service before the date of application "
        "of chapter iii referred to in article 113",
        "amended",
    )
    question = catalogue().get("public_authority_use")
    assert "2 December 2027" in question.help_en
    assert "put into service" in question.help_en
    assert "2 december 2027" in question.help_nl


def test_q5_the_engine_applies_the_amended_cut_off() -> None:
    """The rule behind the help is right: a municipality's Annex III point 5(a) system first
    placed on 1 June 2027 (before 2 December 2027) and intended for public authorities has the
    deployer duties from 2 August 2030 (Art. 111(2) as amended)."""
    assessment = _interview(
        {
            "ai_system": "yes",
            "territory": ["in_eu"],
            "roles": ["deployer"],
            "exclusions": [],
            "org_kind": "public_authority",
            "prohibited_practices": [],
            "annex_i_legislation": [],
            "annex_iii_points": ["point_5a"],
            "art6_3_conditions": PROFILING_ONLY,
            "public_authority_use": ["on_behalf", "intended", "used"],
            "first_placing": "2027-06-01",
            "significant_change": "none",
            "annex_x_component": "no",
        },
        as_of="2027-12-02",
    )
    assert assessment.obligation("art26_1").applies_from == dt.date(2030, 8, 2)


# --------------------------------------------------------------------------- Q6-Q7 Art. 5(1)(ba)


def test_q6_safeguards_option_requires_correcting_misuse() -> None:
    """Art. 5(1a)(a)(ii), inserted by Regulation (EU) 2026/1744: placing on the market is
    prohibited where the output is foreseeable and the system "does not have reasonable and
    adequate technical safety measures and other safeguards to reliably prevent that generation
    or manipulation, ... and to correct observed or reported misuse". An option that asks only
    for safeguards that 'reliably prevent it' lifts the prohibition for a provider that has
    filters but no means to correct reported misuse."""
    quote("5", "and to correct observed or reported misuse", "omnibus_only")
    for question in ("art5_ba_purpose", "art5_bb_purpose"):  # one per point since round 16
        option = _option(question, "safeguards")
        assert "misuse" in option.text_en
        assert "misbruik" in option.text_nl


def test_q7_intimate_imagery_option_names_every_quality_of_consent() -> None:
    """Art. 5(1)(ba): "without that person's freely-given, specific, informed, unambiguous and
    explicit consent". Consent that is explicit but not freely given (an employee, a minor under
    pressure) does not lift the prohibition; the option 'without their explicit consent' lets a
    truthful person leave it unticked."""
    quote("5", "freely-given, specific, informed, unambiguous and explicit consent", "omnibus_only")
    option = _option("prohibited_practices", "ba")
    assert "freely" in option.text_en
    assert "vrij" in option.text_nl


# --------------------------------------------------------------------------- Q8-Q9 Art. 25


def test_q8_product_manufacturer_option_covers_putting_into_service() -> None:
    """Art. 25(3): the product manufacturer is the provider where the high-risk AI system "(a) is
    placed on the market together with the product under the name or trademark of the product
    manufacturer; (b) is put into service under the name or trademark of the product manufacturer
    after the product has been placed on the market". The option names only (a)."""
    quote(
        "25",
        "is put into service under the name or trademark of the product manufacturer after the "
        "product has been placed on the market",
    )
    option = _option("roles", "product_manufacturer")
    assert "into service" in option.text_en
    assert "in gebruik" in option.text_nl


def test_q9_own_name_option_covers_systems_put_into_service() -> None:
    """Art. 25(1)(a): "they put their name or trademark on a high-risk AI system already placed
    on the market or put into service". A system another organisation only put into service
    (for its own use) is not 'already on the market'."""
    quote(
        "25",
        "put their name or trademark on a high-risk ai system already placed on the market or "
        "put into service",
    )
    option = _option("roles", "own_name")
    assert "put into service" in option.text_en
    assert "in gebruik" in option.text_nl


# --------------------------------------------------------------------------- Q10 Dutch terms


def test_q10_org_kind_uses_the_dutch_terms_of_article_27() -> None:
    """Art. 27(1), Dutch text: "gebruiksverantwoordelijken die publiekrechtelijke organen zijn of
    particuliere entiteiten zijn die openbare diensten verlenen". The options say 'Een
    publiekrechtelijke instelling' (a term of Dutch procurement law, not of the Act) and 'Een
    particuliere organisatie die openbare diensten verleent'."""
    quote_nl(
        "publiekrechtelijke organen zijn of particuliere entiteiten zijn die openbare diensten"
    )
    assert "publiekrechtelijk orgaan" in _option("org_kind", "body_governed_by_public_law").text_nl
    assert "particuliere entiteit" in _option("org_kind", "private_entity_public_services").text_nl


# --------------------------------------------------------------------------- Q11 Art. 5(1)(h)


def test_q11_rbi_objectives_are_the_listed_ones() -> None:
    """Art. 5(1)(h)(i) and (iii): "the targeted search for specific victims of abduction,
    trafficking in human beings or sexual exploitation of human beings, as well as the search for
    missing persons" and a suspect of "an offence referred to in Annex II and punishable ... by a
    custodial sentence ... for a maximum period of at least four years". The option says
    'searching for victims or missing persons' and 'a suspect of a serious crime'."""
    quote("5", "targeted search for specific victims of abduction, trafficking in human beings")
    option = _option("art5_h_conditions", "strictly_necessary")
    assert "abduction" in option.text_en
    assert "Annex II" in option.text_en
    assert "ontvoering" in option.text_nl


# --------------------------------------------------------------------------- Q12 beslishulp 1.2


def test_q12_beslishulp_distributor_leaves_the_providers_establishment_open() -> None:
    """Art. 3(7): a distributor is "a natural or legal person in the supply chain, other than the
    provider or the importer". The beslishulp answer 'We kopen van een leverancier binnen de EU
    en verkopen het' names a supplier in the EU, who may be the importer of a provider
    established in a third country (Art. 3(6)); the provider's establishment stays unknown."""
    quote("3", "other than the provider or the importer, that makes an ai system available")
    from aiact.interop.beslishulp import from_beslishulp

    system, _ = from_beslishulp(
        [("1.1", "Ja"), ("1.2", "We kopen van een leverancier binnen de EU en verkopen het")]
    )
    assert system.value_chain.provider_established_in_eu is None  # type: ignore[union-attr]


# --------------------------------------------------------------------------- right on edges


@pytest.mark.parametrize(
    ("as_of", "tier"),
    [("2025-02-01", RiskTier.MINIMAL), ("2025-02-02", RiskTier.PROHIBITED)],
)
def test_emotion_recognition_at_work_from_the_day_chapter_ii_applies(
    as_of: str, tier: RiskTier
) -> None:
    """Art. 5(1)(f) with Art. 113, third paragraph, point (a): Chapters I and II apply from
    2 February 2025. A deployer answering 'infers the emotions of people at work', not for
    medical or safety reasons, is prohibited on that day and not the day before."""
    quote("113", "chapters i and ii shall apply from 2 february 2025")
    assessment = _interview(
        {
            "ai_system": "yes",
            "territory": ["in_eu"],
            "roles": ["deployer"],
            "exclusions": [],
            "org_kind": "private_undertaking",
            "prohibited_practices": ["f"],
            "art5_f_exception": "no",
        },
        as_of=as_of,
    )
    assert assessment.risk_tier is tier


@pytest.mark.parametrize(("testing", "in_scope"), [("no", False), ("yes", True)])
def test_pre_market_research_unless_tested_in_real_world_conditions(
    testing: str, in_scope: bool
) -> None:
    """Art. 2(8): the Act "does not apply to any research, testing or development activity
    regarding AI systems ... prior to their being placed on the market or put into service ...
    Testing in real world conditions shall not be covered by that exclusion"."""
    quote("2", "testing in real world conditions shall not be covered by that exclusion")
    assessment = _interview(
        {
            "ai_system": "yes",
            "territory": ["in_eu"],
            "roles": ["provider"],
            "org_kind": "private_undertaking",
            "exclusions": ["pre_market"],
            "real_world_testing": testing,
            "prohibited_practices": [],
        }
    )
    assert (is_true if in_scope else is_false)(assessment.in_scope)


def test_open_source_chatbot_keeps_article_50() -> None:
    """Art. 2(12): free and open-source systems are excluded "unless they are placed on the
    market or put into service as high-risk AI systems or as an AI system that falls under
    Article 5 or 50": an open-source chatbot keeps Art. 50(1)."""
    quote("2", "or as an ai system that falls under article 5 or 50")
    assessment = _interview(
        {
            "ai_system": "yes",
            "territory": ["in_eu"],
            "roles": ["provider"],
            "org_kind": "private_undertaking",
            "exclusions": ["open_source"],
            "prohibited_practices": [],
            "annex_i_legislation": [],
            "annex_iii_points": [],
            "transparency_features": ["interacts"],
            "transparency_exceptions": [],
        }
    )
    assert is_true(assessment.in_scope)
    assert "art50_1" in {o.id for o in assessment.obligations}


# --------------------------------------------------------------------------- Q13 Annex III 8(b)


def test_q13_campaign_carve_out_is_about_exposure_not_about_campaign_logistics() -> None:
    """Annex III, point 8(b): "This does not include AI systems to the output of which natural
    persons are not directly exposed, such as tools used to organise, optimise or structure
    political campaigns from an administrative or logistical point of view". The campaign tool
    is an example ('such as'); the question asks "Is the system only a tool to organise
    political campaigns administratively or logistically, whose output people do not see
    directly?", so a voter-turnout model used only inside a party, whose output no voter sees,
    is answered 'no' and classified high-risk."""
    quote_annex("III", "this does not include ai systems to the output of which natural persons")
    question = catalogue().get("annex_iii_campaign_logistics")
    assert "only a tool" not in question.text_en
    assert "alleen een hulpmiddel" not in question.text_nl


# --------------------------------------------------------------------------- Q14 Art. 2(1)(b)-(c)


def test_q14_third_country_deployer_without_output_in_the_union_has_no_deployer_duties() -> None:
    """Art. 2(1)(b)-(c): the Act applies to "deployers of AI systems that have their place of
    establishment or are located within the Union" and to third-country deployers "where the
    output produced by the AI system is used in the Union". A US employer that uses, in the US
    and for US staff only, a recruitment system (Annex III, point 4(a)) that its vendor also
    sells in the EU truthfully ticks 'It is placed on the market, put into service or used in
    the EU' and not 'Its output is used in the EU'; aiact then gave it the deployer duties of
    Art. 26, which no paragraph of Art. 2(1) extends to it. The option does not say whose use it
    means, so the fix (scope11) asks the organisation outside the Union whether it uses the system
    in the EU itself (``org_uses_in_eu``); this employer answers no."""
    quote("2", "deployers of ai systems that have their place of establishment or are located")
    assessment = _interview(
        {
            "ai_system": "yes",
            "territory": ["in_eu"],
            "roles": ["deployer"],
            "org_established_in_eu": "no",
            "org_kind": "private_undertaking",
            "exclusions": [],
            "prohibited_practices": [],
            "annex_i_legislation": [],
            "annex_iii_points": ["point_4a"],
            "art6_3_conditions": PROFILING_ONLY,
            "org_uses_in_eu": "no",
        },
        as_of="2028-01-10",
    )
    assert "art26_1" not in {o.id for o in assessment.obligations}


# --------------------------------------------------------------------------- Q15 Art. 6(1a)


def test_q15_non_safety_option_says_non_safety_aspects() -> None:
    """Art. 6(1a), inserted by Regulation (EU) 2026/1744: "AI systems that are solely used for
    non-safety related aspects of user assistance, performance optimisation, service efficiency,
    automation or convenience or quality control shall not qualify as safety components". The
    option said "The safety component is used only for help with use, performance, efficiency,
    automation, convenience or quality control": an automatic emergency-braking function is
    'automation', yet a safety aspect (found and fixed in round 11,
    docs/audits/round11-questions.md Q15)."""
    quote("6", "solely used for non-safety related aspects of user assistance", "omnibus_only")
    option = _option("art6_1a_safety_aspects", "non_safety_functions")
    assert "nothing to do with safety" in option.text_en
    assert "niets met veiligheid" in option.text_nl
