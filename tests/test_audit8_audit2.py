"""Round 8 independent audit (audit2): what applies and how much.

Cases nobody had tried, judged against the text of Regulation (EU) 2024/1689 and of the Digital
Omnibus, Regulation (EU) 2026/1744. The ``xfail(strict=True)`` tests assert the answer the text
requires where ``aiact`` gives another one (see AUDIT.md); the others pin right answers on edges.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from lawquote import quote

import aiact
from aiact.assessment import RiskTier
from aiact.logic import is_false, is_true

# --------------------------------------------------------------------------- case builders

_NOROLES = {
    "provider": False,
    "deployer": False,
    "importer": False,
    "distributor": False,
    "authorised_representative": False,
    "product_manufacturer": False,
}
_SYSTEM: dict[str, Any] = {
    "is_ai_system": True,
    "is_general_purpose_ai_system": False,
    "roles": _NOROLES,
    "value_chain": {
        "own_name_on_high_risk_system": False,
        "contract_allocates_obligations_otherwise": False,
        "substantial_modification": False,
        "modified_intended_purpose": False,
        "initial_provider_of_shifted_system": False,
        "supplies_components_for_high_risk": False,
        "supplies_only_ai_model": False,
        "provider_established_in_eu": True,
    },
    "exclusions": {
        "placed_or_used_in_eu": True,
        "exclusively_military_defence_national_security": False,
        "sole_purpose_scientific_research": False,
        "pre_market_research_testing": False,
        "testing_in_real_world_conditions": False,
        "personal_non_professional_use": False,
        "free_open_source_licence": False,
        "international_cooperation_law_enforcement": False,
    },
    "prohibited": {
        "a_subliminal_manipulative_or_deceptive_techniques": False,
        "b_exploits_vulnerabilities": False,
        "c_social_scoring": False,
        "d_crime_risk_assessment_solely_profiling": False,
        "e_untargeted_facial_scraping": False,
        "f_emotion_recognition_workplace_education": False,
        "g_biometric_categorisation_sensitive_traits": False,
        "h_realtime_rbi_public_spaces_law_enforcement": False,
        "ba_generates_intimate_imagery_without_consent": False,
        "bb_generates_child_sexual_abuse_material": False,
    },
    "annex_i": {
        "legislation": [],
        "safety_component": False,
        "is_the_product": False,
        "failure_endangers_health_safety": False,
    },
    "annex_iii": {
        "points": [],
        "biometric_verification_only": False,
        "financial_fraud_detection": False,
        "travel_document_verification": False,
        "campaign_logistics_only": False,
    },
    "derogation": {
        "narrow_procedural_task": False,
        "improves_completed_human_activity": False,
        "detects_patterns_without_replacing_human": False,
        "preparatory_task": False,
        "profiling": False,
    },
    "transparency": {
        "interacts_directly_with_persons": False,
        "generates_synthetic_audio": False,
        "generates_synthetic_image": False,
        "generates_synthetic_video": False,
        "generates_synthetic_text": False,
        "emotion_recognition": False,
        "biometric_categorisation": False,
        "deep_fake": False,
        "public_interest_text": False,
        "authorised_by_law_criminal_offences": False,
    },
    "context": {
        "intended_for_public_authorities": False,
        "used_by_public_authorities": False,
        "annex_x_large_scale_it_component": False,
        "workplace_use": False,
        "decisions_on_natural_persons": False,
        "post_remote_biometric_identification_criminal_investigation": False,
        "deployer_controls_input_data": False,
        "on_behalf_of_public_authority": False,
        "gpai_model_same_provider": False,
        "gpai_model_same_undertaking": False,
        "very_large_online_platform_or_search_engine": False,
        "provided_by_le_border_or_financial_authority": False,
        "deployer_same_undertaking_as_provider": False,
        "law_enforcement_migration_border_area": False,
        "dpia_conducted": False,
        "dpia_required": False,
    },
    "placed_on_market": "2028-01-10",
}
MINISTRY: dict[str, Any] = {
    "name": "Ministerie",
    "kind": "public_authority",
    "member_state": "NL",
    "established_in_eu": True,
    "is_employer": True,
    "law_enforcement_authority": False,
    "judicial_authority": False,
    "financial_institution": False,
}
COMPANY: dict[str, Any] = {
    "name": "Voorbeeld B.V.",
    "kind": "private_undertaking",
    "member_state": "NL",
    "established_in_eu": True,
    "headcount": 8000,
    "annual_turnover_eur": 2000000000,
    "balance_sheet_total_eur": 3000000000,
    "part_of_group": False,
    "is_employer": True,
    "law_enforcement_authority": False,
    "judicial_authority": False,
    "financial_institution": False,
}
SMC = {
    **COMPANY,
    "headcount": 500,
    "annual_turnover_eur": 120000000,
    "balance_sheet_total_eur": 100000000,
}
THIRD_COUNTRY_COMPANY = {**COMPANY, "member_state": None, "established_in_eu": False}
NO_AUTHORITY_ACTION_YET = {
    "msa_found_derogated_system_high_risk": False,
    "ai_office_non_compliance_decision": False,
    "ai_office_enforcement_decision": False,
}
SOCIAL_SCORING = {
    "c_social_scoring": True,
    "c_detrimental_treatment_unrelated_context": True,
    "c_detrimental_treatment_unjustified": True,
}


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def assess(
    over: dict[str, Any], org: dict[str, Any], as_of: str, law: str | None = None
) -> aiact.Assessment:
    system = aiact.AISystem.model_validate(_merge(_SYSTEM, over))
    organisation = aiact.Organisation.model_validate(org)
    if law is None:
        return aiact.assess(system, organisation, as_of=as_of)
    return aiact.assess(system, organisation, as_of=as_of, law=law)


def cited(a: aiact.Assessment) -> set[str]:
    return {o.obligation.source for o in a.obligations}


def ceiling(a: aiact.Assessment, obligation_id: str) -> Any:
    for item in a.to_dict()["exposure"]["obligations"]:
        if item["obligation_id"] == obligation_id:
            return item["ceiling"]
    raise AssertionError(f"{obligation_id} not in the exposure")


# ------------------------------------------------------------------------------- defects

_SECTION_B_PRODUCT = {
    "roles": {"provider": True},
    "annex_i": {
        "legislation": ["civil_aviation_2018_1139"],
        "safety_component": True,
        "third_party_conformity_assessment": True,
        "third_party_solely_radio_or_emc": False,
        "solely_non_safety_functions": False,
    },
    "authority_actions": {
        **NO_AUTHORITY_ACTION_YET,
        "msa_required_corrective_action": True,
        "msa_required_measures_compliant_system_at_risk": True,
    },
    "placed_on_market": "2029-01-10",
}


@pytest.mark.parametrize("law", ["original", "amended"])
def test_section_b_system_is_not_bound_by_arts_79_and_82(law: str) -> None:
    """Art. 2(2): for a high-risk system of Art. 6(1) related to products of Annex I, Section B,
    "only Article 6(1), Articles 102 to 109 and Article 112 apply" (original), "only Article
    6(1), Article 60a and Articles 102 to 112 shall apply" (as amended by 2026/1744). Arts. 79
    and 82 (Chapter IX) are not among them, even after an authority's request; reading A4 keeps
    only Arts. 4, 5 and 50."""
    if law == "original":
        quote("2", "only Article 6(1), Articles 102 to 109 and Article 112 apply", "original")
    else:
        quote("2", "only Article 6(1), Article 60a and Articles 102 to 112 shall apply", "amended")
    a = assess(_SECTION_B_PRODUCT, COMPANY, "2029-02-01", law)
    assert a.to_dict()["classification"]["route"] == "annex_i"
    assert is_false(a.obligation("art79_4").applies)
    assert is_false(a.obligation("art82_2").applies)


def test_art22_1_not_for_a_system_only_whose_output_is_used_in_the_union() -> None:
    """Art. 22(1): "Prior to making their high-risk AI systems available on the Union market,
    providers established in third countries shall ... appoint an authorised representative".
    A third-country provider whose system is not placed on the market, put into service or used
    in the Union, and only whose output is used here (in scope by Art. 2(1)(c)), does not make
    it available on the Union market: no Art. 22(1) duty."""
    quote(
        "22",
        "Prior to making their high-risk AI systems available on the Union market, providers "
        "established in third countries shall",
        "both",
    )
    a = assess(
        {
            "roles": {"provider": True},
            "annex_iii": {"points": ["4a"]},
            "exclusions": {"placed_or_used_in_eu": False, "output_used_in_eu": True},
            "value_chain": {"provider_established_in_eu": False},
        },
        THIRD_COUNTRY_COMPANY,
        "2028-09-01",
    )
    assert is_true(a.in_scope)  # Art. 2(1)(c)
    assert "Art. 22(1)" not in {o.obligation.source for o in a.obligations if is_true(o.applies)}


def test_art22_1_for_a_third_country_provider_placing_on_the_union_market() -> None:
    """Art. 22(1): the same provider placing the system on the Union market appoints an
    authorised representative (the contrast case of the xfail above)."""
    a = assess(
        {
            "roles": {"provider": True},
            "annex_iii": {"points": ["4a"]},
            "value_chain": {"provider_established_in_eu": False},
        },
        THIRD_COUNTRY_COMPANY,
        "2028-09-01",
    )
    assert is_true(a.obligation("art22_1").applies)


def test_dutch_citation_of_the_ai_system_definition_is_a_point() -> None:
    """Art. 3 has no paragraphs: its definitions are points ("Voor de toepassing van deze
    verordening wordt verstaan onder: 1) 'AI-systeem': ..."); the Dutch text cites it as
    "artikel 3, punt 1)" (Art. 96(1)(f) in the Dutch text). The Dutch explanation must not say
    "Artikel 3, lid 1"."""
    a = assess({"roles": {"deployer": True}}, MINISTRY, "2028-09-01")
    text = a.why("scope.ai_system").text("nl")
    assert "Artikel 3, lid" not in text
    assert "Artikel 3, punt 1" in text


def test_without_art5_facts_the_tier_is_minimal_at_least_and_says_so() -> None:
    """Art. 5(1): a system whose Art. 5 facts are unknown may be prohibited, so "minimal risk"
    is only the highest tier that is certain: ``possible_tiers`` names the prohibited tier and
    the report marks the tier "at least" / "ten minste" (audit 8, D4; the README says so)."""
    over = {"roles": {"deployer": True}}
    system = _merge(_SYSTEM, over)
    del system["prohibited"]
    a = aiact.assess(
        aiact.AISystem.model_validate(system),
        aiact.Organisation.model_validate(MINISTRY),
        as_of="2028-09-01",
    )
    assert RiskTier.PROHIBITED in a.possible_tiers
    assert a.risk_tier is RiskTier.MINIMAL
    from aiact.views._rows import tier_headline

    assert "ten minste" in tier_headline(a, "nl")
    assert "at least" in tier_headline(a, "en")
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "`a.risk_tier` is `undetermined`," not in readme


def test_an_undetermined_tier_is_not_marked_at_least() -> None:
    """Art. 2(1)(a)-(c): while it is open whether the system is placed, used or has its output
    used in the Union, no tier is certain (``risk_tier`` undetermined) although a higher one is
    possible; the headline says "undetermined" / "onbepaald", not "at least undetermined"
    (review8, round 8)."""
    quote("2", "where the output produced by the AI system is used in the Union")
    system = _merge(_SYSTEM, {"roles": {"provider": True, "deployer": False}})
    del system["prohibited"]  # Art. 5 open: a higher tier stays possible
    system["exclusions"] = {
        **system.get("exclusions", {}),
        "placed_or_used_in_eu": None,
        "output_used_in_eu": None,
    }
    a = aiact.assess(
        aiact.AISystem.model_validate(system),
        aiact.Organisation.model_validate(MINISTRY),
        as_of="2028-09-01",
    )
    assert a.risk_tier is RiskTier.UNDETERMINED
    assert a.possible_tiers
    from aiact.views._rows import tier_headline

    assert "ten minste" not in tier_headline(a, "nl")
    assert "at least" not in tier_headline(a, "en")


# ------------------------------------------------------------------ right answers on edges


def test_smc_art5_fine_stays_higher_of_but_art50_is_lower_of() -> None:
    """Art. 99(6a) (2026/1744): "In the case of SMCs, each fine referred to in paragraphs 4 and 5
    shall be up to the percentages or amount referred therein, whichever is lower" - not
    paragraph 3: an SMC's Art. 5 ceiling stays EUR 35 000 000 (7 % of 120 M is 8.4 M, Art.
    99(3) 'whichever is higher'); its Art. 50 ceiling is 3 % of 120 M = 3.6 M."""
    quote("99", "each fine referred to in paragraphs 4 and 5", "amended")
    scoring = assess({"roles": {"provider": True}, "prohibited": SOCIAL_SCORING}, SMC, "2026-09-01")
    assert Decimal(ceiling(scoring, "art5_1_c")) == Decimal("35000000")
    chatbot = {
        "roles": {"provider": True},
        "transparency": {"interacts_directly_with_persons": True, "interaction_obvious": False},
    }
    amended = assess(chatbot, SMC, "2026-09-01")
    assert Decimal(ceiling(amended, "art50_1")) == Decimal("3600000")
    original = assess(chatbot, SMC, "2026-09-01", "original")
    assert Decimal(ceiling(original, "art50_1")) == Decimal("15000000")


def test_new_prohibition_ba_day_before_and_day_of_2_december_2026() -> None:
    """Art. 113, third paragraph, point (a) as amended: Art. 5(1)(ba) and (bb) "shall apply from
    2 December 2026"; the original text has no point (ba)."""
    ba = {
        "roles": {"provider": True},
        "prohibited": {
            "ba_generates_intimate_imagery_without_consent": True,
            "ba_intended_purpose": True,
            "ba_only_manipulation_not_increasing_exposure": False,
        },
    }
    assert assess(ba, COMPANY, "2026-12-01").risk_tier is RiskTier.MINIMAL
    assert assess(ba, COMPANY, "2026-12-02").risk_tier is RiskTier.PROHIBITED
    assert "Art. 5(1)(ba)" not in cited(assess(ba, COMPANY, "2026-12-02", "original"))


def test_fria_not_for_a_public_authority_deploying_critical_infrastructure() -> None:
    """Art. 27(1): the FRIA concerns "high-risk AI systems referred to in Article 6(2), with the
    exception of high-risk AI systems intended to be used in the area listed in point 2 of Annex
    III"; Art. 49(3) likewise excepts point 2. The system is a safety component also under the
    amended Art. 6(1a) (reading A15, ADR 0035): not solely used for non-safety aspects."""
    a = assess(
        {
            "roles": {"deployer": True},
            "annex_iii": {"points": ["2"]},
            "annex_i": {"solely_non_safety_functions": False},
        },
        MINISTRY,
        "2028-09-01",
    )
    assert is_true(a.obligation("art26_1").applies)
    assert not {"Art. 27(1)", "Art. 49(3)"} & cited(a)


def test_machinery_after_the_omnibus_section_a_point_1_deleted_section_b_point_21_added() -> None:
    """Annex I as amended by 2026/1744, point (41): "in Section A, point 1 is deleted" (Directive
    2006/42/EC) and Regulation (EU) 2023/1230 is added as Section B, point 21, so Art. 2(2)
    limits such a system to Art. 6(1), 60a and 102-112 (plus Arts. 4, 5 and 50 under A4)."""
    safety = {
        "safety_component": True,
        "third_party_conformity_assessment": True,
        "third_party_solely_radio_or_emc": False,
        "solely_non_safety_functions": False,
    }
    old = {"roles": {"provider": True}, "annex_i": {"legislation": ["machinery_2006_42"], **safety}}
    assert assess(old, COMPANY, "2027-09-01", "original").classification_tier is RiskTier.HIGH_RISK
    # Round 16 (review46 D1, fix16c): under the amended text a machine of the repealed Directive
    # is in Section B, point 21 (recital 42 of 2026/1744: the reference is "moved ... and
    # updated"; Art. 51 of Regulation (EU) 2023/1230), no longer in no point at all: high-risk
    # under Art. 6(1), limited by Art. 2(2). Before round 16 this said MINIMAL.
    moved = assess(old, COMPANY, "2028-09-01")
    assert moved.classification_tier is RiskTier.HIGH_RISK
    assert is_true(moved.value("hr.annex_i_b")) and is_false(moved.value("hr.chapter_iii_applies"))
    assert "Art. 9" not in cited(moved)
    new = _merge(
        old,
        {"annex_i": {"legislation": ["machinery_2023_1230"]}, "placed_on_market": "2029-01-10"},
    )
    a = assess(new, COMPANY, "2029-02-01")
    assert a.classification_tier is RiskTier.HIGH_RISK
    assert "Art. 9" not in cited(a) and "Art. 16, point (b)" not in cited(a)


def test_significant_change_before_the_chapter_iii_date_does_not_end_the_legacy_grace() -> None:
    """Art. 111(2) as amended: systems placed before the date of application of Chapter III fall
    under the Regulation "only if, as from that date, those systems are subject to significant
    changes in their designs"; a change on 1 January 2027, before 2 December 2027, does not."""
    quote("111", "only if, as from that date, those systems are subject to significant", "both")
    system = {
        "roles": {"provider": True},
        "annex_iii": {"points": ["5a"]},
        "placed_on_market": "2026-10-01",
        "put_into_service": "2026-10-01",
        "significant_change": "2027-01-01",
    }
    assert "Art. 9" not in cited(assess(system, COMPANY, "2028-04-10"))
    later = assess({**system, "significant_change": "2028-03-01"}, COMPANY, "2028-04-10")
    assert later.obligation("art9").applies_from.isoformat() == "2028-03-01"


def test_systemic_risk_presumption_needs_more_than_10_to_the_25_flop() -> None:
    """Art. 51(2): presumed high-impact capabilities "when the cumulative amount of computation
    used for its training measured in floating point operations is greater than 10^25": exactly
    10^25 is not enough."""
    model = {
        "name": "M",
        "is_general_purpose": True,
        "sole_purpose_scientific_research": False,
        "pre_market_research_testing": False,
        "provider": True,
        "authorised_representative": False,
        "compute_threshold_will_be_met": False,
        "high_impact_capabilities": False,
        "commission_designated": False,
        "systemic_risk_rebutted": False,
        "free_open_source_licence": False,
        "parameters_publicly_available": False,
        "provider_established_in_eu": True,
        "placed_on_market": "2025-09-01",
    }
    org = aiact.Organisation.model_validate(COMPANY)
    at = aiact.assess_model({**model, "training_compute_flop": "1e25"}, org, as_of="2026-09-01")
    above = aiact.assess_model(
        {**model, "training_compute_flop": "1.0000001e25"}, org, as_of="2026-09-01"
    )
    assert at.risk_tier is RiskTier.GPAI
    assert above.risk_tier is RiskTier.GPAI_SYSTEMIC_RISK


def test_gpai_fine_of_a_dutch_ministry_is_not_an_art_99_8_question() -> None:
    """Art. 101(1): the Commission may fine "providers of general-purpose AI models" up to 3 % or
    EUR 15 000 000, "whichever is higher"; Art. 99(8) (national rules for public authorities)
    concerns Art. 99 only. A ministry providing a model: at least EUR 15 000 000."""
    model = {
        "name": "Taalmodel",
        "is_general_purpose": True,
        "sole_purpose_scientific_research": False,
        "pre_market_research_testing": False,
        "provider": True,
        "authorised_representative": False,
        "training_compute_flop": "3e23",
        "compute_threshold_will_be_met": False,
        "high_impact_capabilities": False,
        "commission_designated": False,
        "free_open_source_licence": False,
        "parameters_publicly_available": False,
        "provider_established_in_eu": True,
        "placed_on_market": "2025-09-01",
    }
    a = aiact.assess_model(model, aiact.Organisation.model_validate(MINISTRY), as_of="2026-09-01")
    item = next(
        i for i in a.to_dict()["exposure"]["obligations"] if i["obligation_id"] == "art53_1_a"
    )
    assert item["tier"] == "art_101"
    assert Decimal(item["minimum"]) == Decimal("15000000")
