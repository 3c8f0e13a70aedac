"""Issue 12, section 1 (the items of the "legal" helper): each test quotes the article it relies
on, and the quote is checked against the law text (``tests/lawquote.py``)."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from lawquote import quote, quote_annex, quote_nl, quote_recital
from pydantic import ValidationError

from aiact import AISystem, Organisation, assess, assess_model
from aiact.assessment import RiskTier
from aiact.errors import InputError
from aiact.facts import ART5_PRACTICES
from aiact.interpretations import (
    Art2Paragraph12,
    Art5Paragraph2,
    Art5Paragraph4,
    DistributorsAndArt5,
    Interpretations,
)
from aiact.obligations import Trigger, catalogue
from aiact.penalties.exposure import Regime
from aiact.penalties.tiers import FineTier
from aiact.timeline.schedule import Schedule

AMENDED_DAY = dt.date(2026, 11, 28)
ORIGINAL_DAY = dt.date(2026, 5, 1)
ADR = Path(__file__).resolve().parents[1] / "docs" / "adr"

BV = Organisation(
    name="Voorbeeld B.V.",
    kind="private_undertaking",
    member_state="NL",
    established_in_eu=True,
    headcount=8000,
    annual_turnover_eur=2_000_000_000,
    balance_sheet_total_eur=3_000_000_000,
    part_of_group=False,
)
POLICE = Organisation(
    name="Polizei NRW",
    kind="public_authority",
    member_state="DE",
    established_in_eu=True,
    law_enforcement_authority=True,
)
MINISTRY = Organisation(
    name="Ministerie", kind="public_authority", member_state="NL", established_in_eu=True
)

_NO_PRACTICE = dict.fromkeys(ART5_PRACTICES, False)
_BASE: dict[str, Any] = {
    "is_ai_system": True,
    # No Art. 80(2) finding: under reading A30 (ADR 0032) an unknown one leaves a derogation
    # undetermined.
    "authority_actions": {"msa_found_derogated_system_high_risk": False},
    "is_general_purpose_ai_system": False,
    "roles": dict.fromkeys(
        (
            "provider",
            "deployer",
            "importer",
            "distributor",
            "authorised_representative",
            "product_manufacturer",
        ),
        False,
    ),
    "value_chain": {
        "own_name_on_high_risk_system": False,
        "contract_allocates_obligations_otherwise": False,
        "substantial_modification": False,
        "modified_intended_purpose": False,
        "initial_provider_of_shifted_system": False,
        "supplies_components_for_high_risk": False,
        "provider_established_in_eu": True,
    },
    "exclusions": {
        "placed_or_used_in_eu": True,
        "exclusively_military_defence_national_security": False,
        "sole_purpose_scientific_research": False,
        "pre_market_research_testing": False,
        "personal_non_professional_use": False,
        "free_open_source_licence": False,
        "international_cooperation_law_enforcement": False,
    },
    "prohibited": dict(_NO_PRACTICE),
    "annex_i": {"legislation": [], "safety_component": False, "is_the_product": False},
    "annex_iii": {"points": [], "biometric_verification_only": False},
    "derogation": {
        "profiling": False,
        "narrow_procedural_task": False,
        "improves_completed_human_activity": False,
        "detects_patterns_without_replacing_human": False,
        "preparatory_task": False,
    },
    "transparency": dict.fromkeys(
        (
            "interacts_directly_with_persons",
            "generates_synthetic_audio",
            "generates_synthetic_image",
            "generates_synthetic_video",
            "generates_synthetic_text",
            "emotion_recognition",
            "biometric_categorisation",
            "deep_fake",
            "public_interest_text",
            "authorised_by_law_criminal_offences",
        ),
        False,
    ),
    "context": {
        "annex_x_large_scale_it_component": False,
        "intended_for_public_authorities": False,
        "used_by_public_authorities": False,
        "post_remote_biometric_identification_criminal_investigation": False,
        "gpai_model_same_provider": False,
        "gpai_model_same_undertaking": False,
        "very_large_online_platform_or_search_engine": False,
        "provided_by_le_border_or_financial_authority": False,
        "deployer_same_undertaking_as_provider": False,
        "law_enforcement_migration_border_area": False,
    },
    "placed_on_market": dt.date(2028, 9, 1),
}


def system(**changes: Any) -> AISystem:
    """The base system with ``group={field: value}`` or ``field=value`` changes."""
    data = copy.deepcopy(_BASE)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key].update(value)
        else:
            data[key] = value
    return AISystem.model_validate(data)


def roles(*held: str) -> dict[str, bool]:
    return {name: name in held for name in _BASE["roles"]}


# ------------------------------------------------------------------ item 1: Art. 6(4), 49(2)

_DEROGATED = {
    "narrow_procedural_task": True,
    "no_significant_risk": True,
    "profiling": False,
}
_MDR = {
    "legislation": ["medical_devices_2017_745"],
    "safety_component": True,
    "is_the_product": False,
    "third_party_conformity_assessment": True,
    "third_party_solely_radio_or_emc": False,
    "solely_non_safety_functions": False,
}


def test_item1_art6_4_only_for_a_system_not_high_risk_on_any_ground() -> None:
    quote(
        "6",
        "A provider who considers that an AI system referred to in Annex III is not high-risk "
        "shall document its assessment",
    )
    quote("49", "an AI system for which the provider has concluded that it is not high-risk")
    both = assess(
        system(
            roles=roles("provider"),
            annex_i=_MDR,
            annex_iii={"points": ["5d"]},
            derogation=_DEROGATED,
        ),
        BV,
        AMENDED_DAY,
    )
    assert both.value("hr.derogation") is True and both.value("hr.high_risk") is True
    assert both.obligation("art6_4").applies is False
    assert both.obligation("art49_2").applies is False
    only_iii = assess(
        system(roles=roles("provider"), annex_iii={"points": ["5d"]}, derogation=_DEROGATED),
        BV,
        AMENDED_DAY,
    )
    assert only_iii.obligation("art6_4").applies is True
    assert only_iii.obligation("art49_2").applies is True


# ------------------------------------------------------------------------ item 5: Art. 49(4)


def test_item5_art49_4_only_in_the_listed_areas_and_for_paragraphs_1_to_3() -> None:
    quote(
        "49",
        "For high-risk AI systems referred to in points 1, 6 and 7 of Annex III, in the areas of "
        "law enforcement, migration, asylum and border control management, the registration "
        "referred to in paragraphs 1, 2 and 3 of this Article shall be in a secure non-public "
        "section",
    )
    retailer = assess(
        system(
            roles=roles("provider"),
            annex_iii={"points": ["1c"]},
            transparency={"emotion_recognition": True},
        ),
        BV,
        AMENDED_DAY,
    )
    assert retailer.obligation("art49_1").applies is True
    assert retailer.obligation("art49_4").applies is False
    police = assess(
        system(roles=roles("deployer"), annex_iii={"points": ["6a"]}), POLICE, AMENDED_DAY
    )
    assert police.obligation("art49_3").applies is True
    assert police.obligation("art49_4_deployer").applies is True
    rbi = assess(
        system(
            roles=roles("provider"),
            annex_iii={"points": ["1a"]},
            context={"law_enforcement_migration_border_area": True},
        ),
        BV,
        AMENDED_DAY,
    )
    assert rbi.obligation("art49_4").applies is True


# ------------------------------------------------------------------ item 7: Art. 3(14), 6(1b)


@pytest.mark.parametrize(("day", "version"), [(ORIGINAL_DAY, "original"), (AMENDED_DAY, "amended")])
def test_item7_failure_endangering_health_makes_a_safety_component(
    day: dt.date, version: str
) -> None:
    quote(
        "3",
        "or the failure or malfunctioning of which endangers the health and safety of persons or "
        "property",
        "both",
    )
    quote(
        "6",
        "Notwithstanding paragraph 1a, AI systems the failure or malfunctioning of which would "
        "endanger health and safety shall qualify as safety components.",
        "omnibus_only",
    )
    lift = {
        "legislation": ["lifts_2014_33"],
        "safety_component": False,
        "is_the_product": False,
        "third_party_conformity_assessment": True,
        "third_party_solely_radio_or_emc": False,
        "solely_non_safety_functions": True,
        "failure_endangers_health_safety": True,
    }
    a = assess(system(roles=roles("provider"), annex_i=lift), BV, day)
    assert a.law.name.lower() == version
    assert a.value("hr.annex_i_safety_component") is True
    # The classification apart from the date: Annex I applies from its Art. 113 date.
    assert a.classification_tier is RiskTier.HIGH_RISK
    safe = assess(
        system(roles=roles("provider"), annex_i={**lift, "failure_endangers_health_safety": False}),
        BV,
        day,
    )
    assert safe.value("hr.annex_i_safety_component") is False


# ------------------------------------------------- item 8: the practice apart from who is bound

_NUDIFY = {
    **_NO_PRACTICE,
    "ba_generates_intimate_imagery_without_consent": True,
    "ba_only_manipulation_not_increasing_exposure": False,
    "ba_intended_purpose": True,
}


def test_item8_a_nudify_app_is_prohibited_whoever_assesses_it() -> None:
    quote(
        "5",
        "the placing on the market or putting into service of an AI system that generates or "
        "manipulates the material or performance referred to in paragraph 1, first subparagraph, "
        "point (ba) or (bb) is only prohibited where: (i) that generation or manipulation is the "
        "intended purpose of the AI system",
        "omnibus_only",
    )
    day = dt.date(2026, 12, 15)
    tiers = {}
    for role in ("provider", "importer", "distributor", "deployer"):
        chain = {"provider_established_in_eu": role != "importer"}
        a = assess(system(roles=roles(role), prohibited=_NUDIFY, value_chain=chain), BV, day)
        tiers[role] = a.risk_tier
        assert a.value("art5.ba") is True, role
    assert set(tiers.values()) == {RiskTier.PROHIBITED}
    for role in ("provider", "importer", "distributor"):
        chain = {"provider_established_in_eu": role != "importer"}
        a = assess(system(roles=roles(role), prohibited=_NUDIFY, value_chain=chain), BV, day)
        assert a.obligation("art5_1_ba").applies is True, role
    # The deployer is bound only where it uses the system for that purpose (Art. 5(1a)(b)).
    quote(
        "5",
        "is only prohibited where the deployer uses the system for the purpose of generating or "
        "manipulating such material or performance",
        "omnibus_only",
    )
    deployer = assess(
        system(
            roles=roles("deployer"),
            prohibited={**_NUDIFY, "ba_used_for_that_purpose": False},
        ),
        BV,
        day,
    )
    assert deployer.risk_tier is RiskTier.PROHIBITED
    assert deployer.value("art5.binding") is False
    assert deployer.obligation("art5_1_ba").applies is False


def test_item8_realtime_rbi_provider_is_high_risk_with_a_note() -> None:
    quote(
        "5",
        "the use of 'real-time' remote biometric identification systems in publicly accessible "
        "spaces for the purposes of law enforcement",
        "both",
    )
    quote_annex("III", "(a) remote biometric identification systems.")
    rbi = {
        **_NO_PRACTICE,
        "h_realtime_rbi_public_spaces_law_enforcement": True,
        "h_strictly_necessary_for_listed_objective": False,
    }
    provider = assess(
        system(roles=roles("provider"), prohibited=rbi, annex_iii={"points": ["1a"]}),
        BV,
        AMENDED_DAY,
    )
    # The classification apart from the date (Annex III applies from 2 Dec 2027).
    assert provider.classification_tier is RiskTier.HIGH_RISK
    assert provider.prohibited_practices == {"h": True}  # the note on the prohibited use
    assert provider.obligation("art5_1_h").applies is False
    assert provider.obligation("art9").applies is True
    police = assess(
        system(roles=roles("deployer"), prohibited=rbi, annex_iii={"points": ["1a"]}),
        POLICE,
        AMENDED_DAY,
    )
    assert police.risk_tier is RiskTier.PROHIBITED
    assert police.obligation("art5_1_h").applies is True
    assert police.obligation("art26_1").applies is False  # no high-risk route


def test_item8_art5_obligations_are_addressed_by_the_verbs_of_each_point() -> None:
    by_id = catalogue().by_id
    placing_or_use = {"provider", "deployer", "importer", "distributor", "product_manufacturer"}
    for point in ("a", "b", "c", "d", "e", "f", "g", "ba", "bb"):
        assert {a.value for a in by_id[f"art5_1_{point}"].addressees} == placing_or_use, point
        assert f"art5.binding_{point}" in by_id[f"art5_1_{point}"].when
    assert [a.value for a in by_id["art5_1_h"].addressees] == ["deployer"]


# ---------------------------------------------------------------- item 9: Art. 5(2)-(4), A6

_EXCEPTION = {
    **_NO_PRACTICE,
    "h_realtime_rbi_public_spaces_law_enforcement": True,
    "h_strictly_necessary_for_listed_objective": True,
    "h_national_law_permits": True,
    "h_prior_authorisation": True,
    "h_fria_and_registration": True,
    "h_notified_authorities": True,
}
_NO_FRIA = {
    **_EXCEPTION,
    "h_fria_and_registration": False,
    "h_urgency_fria_done_registration_follows": False,
}
"""Relying on the (h) exception without the FRIA and registration, and not in urgency."""


def test_item9_art5_2_to_4_are_duties_of_each_use_and_their_fines() -> None:
    """Art. 5(2) and 5(3) under Art. 99(3); Art. 5(4) national (Art. 99(1); A23, ADR 0025)."""
    quote(
        "5",
        "shall be authorised only if the law enforcement authority has completed a fundamental "
        "rights impact assessment as provided for in Article 27 and has registered the system in "
        "the EU database according to Article 49",
        "both",
    )
    quote("5", "each use for the purposes of law enforcement of a 'real-time' remote", "both")
    quote("5", "shall be subject to a prior authorisation", "both")
    quote("5", "shall be notified to the relevant market surveillance authority", "both")
    quote(
        "99",
        "Non-compliance with the prohibition of the AI practices referred to in Article 5 shall "
        "be subject to administrative fines of up to EUR 35 000 000",
    )
    quote("99", "other than those laid down in Articles 5")
    for oid in ("art5_2", "art5_3"):
        o = catalogue().get(oid)
        assert o.fine is FineTier.ART_99_3 and o.fine_ref == "Art. 99(3)", oid
    # Art. 5(4) is a duty of each use, not a condition of the exception (A23's default): an
    # unnotified use is not "non-compliance with the prohibition" (Art. 99(3)), and Art. 99(4)
    # lists provisions "other than those laid down in Articles 5": Art. 99(1) national rules.
    notify = catalogue().get("art5_4")
    assert notify.fine is FineTier.NATIONAL_ONLY and notify.fine_ref is None
    for oid in ("art5_2", "art5_3", "art5_4"):
        assert catalogue().get(oid).schedule is Schedule.CHAPTERS_I_II, oid
    a = assess(
        system(roles=roles("deployer"), prohibited=_EXCEPTION, annex_iii={"points": ["1a"]}),
        POLICE,
        AMENDED_DAY,
    )
    assert a.value("art5.h") is False
    for oid in ("art5_2", "art5_3", "art5_4"):
        result = a.obligation(oid)
        assert result.applies is True and result.applies_from == dt.date(2025, 2, 2), oid
    assert a.interpretations_used["A6"] == "condition_and_duty"


def test_art5_2_title_is_of_the_system_not_of_each_use() -> None:
    """Art. 5(2): the assessment is the one "as provided for in Article 27", which "applies to
    the first use" (Art. 27(2)), and the registration is of "the system" (Art. 49); unlike the
    authorisation and the notification of Art. 5(3) and 5(4), neither is repeated for each use
    (review round 3's note on the title)."""
    quote("27", "The obligation laid down in paragraph 1 applies to the first use of the high-risk")
    quote("5", "and has registered the system in the EU database according to Article 49", "both")
    for oid in ("art5_2", "art5_2_duty_only"):
        o = catalogue().get(oid)
        assert "each use" not in o.title_en and "elk gebruik" not in o.title_nl, oid
        assert o.title_en.startswith(
            "Before using a real-time remote biometric identification system"
        ), oid
        # The official Dutch term of Art. 3, point 42.
        assert "systeem voor biometrische identificatie op afstand in real time" in o.title_nl
        # The Dutch verb of Art. 5(2) and 27(1) for the assessment is "uitvoeren"; "voltooid" is
        # the registration's in the urgency proviso (review7).
        assert "grondrechten uitvoeren" in o.title_nl and "voltooien" not in o.title_nl, oid
    quote_nl(
        "een in artikel 27 voorziene effectbeoordeling op het gebied van de grondrechten heeft "
        "uitgevoerd en het systeem volgens artikel 49 in de EU-databank heeft geregistreerd"
    )
    assert "each use" in catalogue().get("art5_3").title_en
    assert "each use" in catalogue().get("art5_4").title_en


@pytest.mark.parametrize(
    ("reading", "prohibited", "duty"),
    [
        (Art5Paragraph2.CONDITION_AND_DUTY, True, True),
        (Art5Paragraph2.CONDITION_ONLY, True, False),
        (Art5Paragraph2.DUTY_ONLY, False, True),
    ],
)
def test_item9_a6_readings(reading: Art5Paragraph2, prohibited: bool, duty: bool) -> None:
    a = assess(
        system(roles=roles("deployer"), prohibited=_NO_FRIA, annex_iii={"points": ["1a"]}),
        POLICE,
        AMENDED_DAY,
        interpretations=Interpretations(art5_2_reading=reading),
    )
    assert a.value("art5.h") is prohibited
    both = reading is Art5Paragraph2.CONDITION_AND_DUTY
    assert a.obligation("art5_2").applies is (duty and both)
    assert a.obligation("art5_2_duty_only").applies is (duty and not both)
    assert a.interpretations_used["A6"] == reading.value


def test_a6_duty_only_art5_2_carries_national_penalties() -> None:
    """Review note on obligation:art5_2 (round 5): under A6=duty_only a use without the FRIA or
    the registration is not the prohibited practice, so not "non-compliance with the
    prohibition of the AI practices referred to in Article 5" (Art. 99(3)); Art. 99(4) lists
    provisions "other than those laid down in Articles 5": Art. 99(1), national penalties."""
    quote("99", "other than those laid down in Articles 5")
    quote(
        "99",
        "Non-compliance with the prohibition of the AI practices referred to in Article 5",
    )
    both, duty_only = catalogue().get("art5_2"), catalogue().get("art5_2_duty_only")
    assert both.fine is FineTier.ART_99_3 and both.fine_ref == "Art. 99(3)"
    assert duty_only.fine is FineTier.NATIONAL_ONLY and duty_only.fine_ref is None
    assert both.source == duty_only.source == "Art. 5(2)"
    a = assess(
        system(roles=roles("deployer"), prohibited=_NO_FRIA, annex_iii={"points": ["1a"]}),
        POLICE,
        AMENDED_DAY,
        interpretations=Interpretations(art5_2_reading=Art5Paragraph2.DUTY_ONLY),
    )
    assert a.obligation("art5_2_duty_only").applies is True
    assert a.obligation("art5_2").applies is False
    assert "art5_2_duty_only" not in a.exposure.max_ceiling_obligations
    assert "art5_2_duty_only" in a.exposure.without_eu_ceiling


def test_a6_art5_2_exposure_follows_the_reading() -> None:
    """Review6 (round 5): a public body has no EU ceiling until its Member State's Art. 99(8)
    rules are known ("Each Member State shall lay down rules on to what extent administrative
    fines may be imposed on public authorities"), so its max_ceiling_obligations are empty under
    every reading. A private body entrusted with law enforcement (Art. 3(45)(b)) shows the tier:
    under the default the Art. 5(2) duty carries the Art. 99(3) ceiling, under duty_only it has
    none (Art. 99(1)) and only Art. 5(3) carries it; the maximum is the same."""
    quote("99", "Each Member State shall lay down rules on to what extent administrative fines")
    quote("3", "any other body or entity entrusted by Member State law to exercise public")
    entrusted = BV.model_copy(update={"law_enforcement_authority": True})
    runs = {
        reading: assess(
            system(roles=roles("deployer"), prohibited=_NO_FRIA, annex_iii={"points": ["1a"]}),
            entrusted,
            AMENDED_DAY,
            interpretations=Interpretations(art5_2_reading=reading),
        ).exposure
        for reading in (Art5Paragraph2.CONDITION_AND_DUTY, Art5Paragraph2.DUTY_ONLY)
    }
    both, duty_only = runs[Art5Paragraph2.CONDITION_AND_DUTY], runs[Art5Paragraph2.DUTY_ONLY]
    assert both.max_ceiling_obligations == ("art5_1_h", "art5_2", "art5_3")
    assert duty_only.max_ceiling_obligations == ("art5_3",)
    assert both.max_ceiling == duty_only.max_ceiling == 140_000_000  # 7 % of EUR 2 bn
    assert "art5_2_duty_only" in duty_only.without_eu_ceiling
    row = next(o for o in duty_only.obligations if o.obligation_id == "art5_2_duty_only")
    assert row.ceiling is None and row.citations == ("Art. 99(1)",)


# ------------------------------------------- round 4: A23 (Art. 5(4)) and the Art. 5(2) proviso


@pytest.mark.parametrize(
    ("reading", "notified", "prohibited"),
    [
        (Art5Paragraph4.DUTY, True, False),
        (Art5Paragraph4.DUTY, False, False),
        (Art5Paragraph4.DUTY, None, False),
        (Art5Paragraph4.CONDITION_AND_DUTY, True, False),
        (Art5Paragraph4.CONDITION_AND_DUTY, False, True),
        (Art5Paragraph4.CONDITION_AND_DUTY, None, None),
    ],
)
def test_a23_art5_4_notification_is_a_duty_by_default(
    reading: Art5Paragraph4, notified: bool | None, prohibited: bool | None
) -> None:
    quote(
        "5",
        "Without prejudice to paragraph 3, each use of a 'real-time' remote biometric "
        "identification system in publicly accessible spaces for law enforcement purposes shall "
        "be notified to the relevant market surveillance authority and the national data "
        "protection authority",
        "both",
    )
    facts = {**_EXCEPTION, "h_notified_authorities": notified}
    a = assess(
        system(roles=roles("deployer"), prohibited=facts, annex_iii={"points": ["1a"]}),
        POLICE,
        AMENDED_DAY,
        interpretations=Interpretations(art5_4_reading=reading),
    )
    assert a.value("art5.h") is prohibited
    assert a.obligation("art5_4").applies is True
    assert a.obligation("art5_4").obligation.fine is FineTier.NATIONAL_ONLY
    assert a.interpretations_used["A23"] == reading.value
    assert Interpretations.model_validate({"A23": reading.value}).art5_4_reading is reading


def test_a23_default_is_duty() -> None:
    assert Interpretations().art5_4_reading is Art5Paragraph4.DUTY
    assert Interpretations().as_facts()["interp.a23_art5_4_condition"] is False


@pytest.mark.parametrize(
    ("fria", "urgency", "prohibited"),
    [
        (True, False, False),
        (False, True, False),
        (False, False, True),
        (False, None, None),
    ],
)
def test_art5_2_urgency_proviso_waives_only_the_prior_registration(
    fria: bool, urgency: bool | None, prohibited: bool | None
) -> None:
    quote(
        "5",
        "However, in duly justified cases of urgency, the use of such systems may be commenced "
        "without the registration in the EU database, provided that such registration is "
        "completed without undue delay.",
        "both",
    )
    facts = {
        **_EXCEPTION,
        "h_fria_and_registration": fria,
        "h_urgency_fria_done_registration_follows": urgency,
    }
    a = assess(
        system(roles=roles("deployer"), prohibited=facts, annex_iii={"points": ["1a"]}),
        POLICE,
        AMENDED_DAY,
    )
    assert a.value("art5.h") is prohibited
    assert a.obligation("art5_2").applies is True


@pytest.mark.parametrize(
    ("reading", "bound"),
    [(DistributorsAndArt5.BOUND, True), (DistributorsAndArt5.NOT_BOUND, False)],
)
def test_a24_distributor_and_the_art5_prohibitions(
    reading: DistributorsAndArt5, bound: bool
) -> None:
    quote("3", "'distributor' means a natural or legal person in the supply chain, other than")
    quote("3", "'placing on the market' means the first making available of an AI system")
    quote("3", "'making available on the market' means the supply of an AI system")
    quote("5", "the placing on the market, the putting into service or the use of an AI system")
    scoring = {
        **_NO_PRACTICE,
        "c_social_scoring": True,
        "c_detrimental_treatment_unrelated_context": True,
    }
    a = assess(
        system(roles=roles("distributor"), prohibited=scoring),
        BV,
        AMENDED_DAY,
        interpretations=Interpretations(distributors_and_art5=reading),
    )
    assert a.classification_tier is RiskTier.PROHIBITED
    assert a.value("art5.binding") is bound
    assert a.obligation("art5_1_c").applies is bound
    assert a.obligation("art24_1").applies is not True  # the route stays closed (ADR 0026)
    assert a.interpretations_used["A24"] == reading.value
    for oid in ("art5_1_a", "art5_1_c", "art5_1_g", "art5_1_ba", "art5_1_bb"):
        assert catalogue().get(oid).interpretation == "A24", oid


# --------------------------------------------------------------- item 10: roles end at 25(1)


def test_item10_a_shifted_distributor_or_importer_is_no_longer_one() -> None:
    quote("3", "other than the provider or the importer, that makes an AI system available")
    quote(
        "25",
        "Any distributor, importer, deployer or other third-party shall be considered to be a "
        "provider of a high-risk AI system",
    )
    shifted = assess(
        system(
            roles=roles("distributor"),
            value_chain={"own_name_on_high_risk_system": True},
            annex_iii={"points": ["4a"]},
        ),
        BV,
        AMENDED_DAY,
    )
    assert shifted.roles["provider"] is True and shifted.roles["distributor"] is False
    assert not [r.id for r in shifted.obligations if r.id.startswith("art24")]
    importer = assess(
        system(
            roles=roles("importer"),
            value_chain={"substantial_modification": True, "provider_established_in_eu": False},
            annex_iii={"points": ["4a"]},
        ),
        BV,
        AMENDED_DAY,
    )
    assert importer.roles["importer"] is False
    assert not [r.id for r in importer.obligations if r.id.startswith("art23")]


# ------------------------------------------------------------------ item 11: implied facts


def test_item11_implied_annex_iii_points_and_the_contradiction() -> None:
    quote("3", "'emotion recognition system' means an AI system for the purpose of identifying")
    quote_annex("III", "(c) AI systems intended to be used for emotion recognition.")
    open_list = assess(
        system(
            roles=roles("deployer"),
            annex_iii={"points": None},
            transparency={"emotion_recognition": True},
        ),
        BV,
        AMENDED_DAY,
    )
    assert open_list.value("hr.listed.1c") is True
    assert open_list.value("hr.annex_iii_listed") is True
    with pytest.raises(ValidationError) as error:
        system(annex_iii={"points": []}, transparency={"emotion_recognition": True})
    message = str(error.value)
    assert "annex_iii.points" in message and "transparency.emotion_recognition" in message
    with pytest.raises(ValidationError) as error:
        system(
            annex_iii={"points": ["4a"]},
            prohibited={"h_realtime_rbi_public_spaces_law_enforcement": True},
        )
    assert "prohibited.h_realtime_rbi_public_spaces_law_enforcement" in str(error.value)
    rbi = assess(
        system(
            roles=roles("provider"),
            annex_iii={"points": None},
            prohibited={"h_realtime_rbi_public_spaces_law_enforcement": True},
        ),
        BV,
        AMENDED_DAY,
    )
    assert rbi.value("hr.listed.1a") is True


# ---------------------------------------------------------------- item 12: Art. 75(1) derived


def test_item12_ai_office_competence_is_derived_and_reaches_only_related_deployers() -> None:
    quote(
        "75",
        "It shall apply to the deployers of those systems only when they are also the provider or "
        "form part of the same undertaking as the provider.",
        "amended",
    )
    quote(
        "75",
        "AI systems based on general-purpose AI models where the model and the system are "
        "developed by the same provider",
        "amended",
    )
    built = {"gpai_model_same_provider": True}
    provider = assess(
        system(roles=roles("provider"), annex_iii={"points": ["4a"]}, context=built),
        BV,
        AMENDED_DAY,
    )
    assert provider.value("ai_office.competent") is True
    assert provider.exposure_options.ai_office_competent is None  # derived, not a user flag
    unrelated = assess(
        system(roles=roles("deployer"), annex_iii={"points": ["4a"]}, context=built),
        MINISTRY,
        AMENDED_DAY,
    )
    assert unrelated.value("ai_office.competent") is False
    assert all(item.regime is not Regime.AI_OFFICE for item in unrelated.exposure.obligations)
    related = assess(
        system(
            roles=roles("deployer"),
            annex_iii={"points": ["4a"]},
            context={**built, "deployer_same_undertaking_as_provider": True},
        ),
        BV,
        AMENDED_DAY,
    )
    assert related.value("ai_office.competent") is True
    assert any(item.regime is Regime.AI_OFFICE for item in related.exposure.obligations)


def test_item12_the_retired_flag_maps_false_and_rejects_true() -> None:
    old = system(context={"ai_office_competent": False, "gpai_model_same_provider": None})
    assert old.context.gpai_model_same_provider is False
    with pytest.raises(ValidationError, match=r"derived from the facts of Art\. 75"):
        system(context={"ai_office_competent": True})


# -------------------------------------------------------------- item 13: A20, Art. 25(4), ADRs


def test_item13_a20_open_source_falls_under_art50() -> None:
    quote("2", "as an AI system that falls under Article 5 or 50")
    obvious_chatbot = system(
        roles=roles("provider"),
        exclusions={"free_open_source_licence": True},
        transparency={"interacts_directly_with_persons": True, "interaction_obvious": True},
    )
    kind = assess(obvious_chatbot, BV, AMENDED_DAY)
    assert kind.in_scope is True and kind.interpretations_used["A20"] == "kind"
    duty = assess(
        obvious_chatbot,
        BV,
        AMENDED_DAY,
        interpretations=Interpretations(open_source_falls_under_art50=Art2Paragraph12.DUTY),
    )
    assert duty.in_scope is False


def test_item13_original_art25_4_reads_ai_models_in_only_by_a_named_reading() -> None:
    """Issue 12, item 13: the published list names no AI model. Whether a bare model supply is
    a supply of "components" is reading A25 (ADR 0027); the issue's reading is
    A25=no_model, the default (every_model) reads every model in, as the amended text does."""
    quote(
        "25",
        "the third party that supplies an AI system, tools, services, components, or processes",
    )
    quote("25", "supplies an AI system, AI model, tools, services, components", "omnibus_only")
    model_only = system(
        value_chain={
            "supplies_components_for_high_risk": True,
            "supplies_only_ai_model": True,
            "supplies_general_purpose_ai_model": False,
        }
    )
    listed_only = Interpretations(original_art25_4_models="no_model")
    original = assess(model_only, BV, ORIGINAL_DAY, interpretations=listed_only)
    amended = assess(model_only, BV, AMENDED_DAY, interpretations=listed_only)
    assert original.roles["supplier"] is False
    assert amended.roles["supplier"] is True
    assert assess(model_only, BV, ORIGINAL_DAY).roles["supplier"] is True  # default every_model


def test_original_art25_4_counts_a_general_purpose_model_as_a_component() -> None:
    """Review note on rule:role.supplier.original: the original paragraph's own exception
    ("other than general-purpose AI models") counts such a model among the components."""
    quote(
        "25",
        "This paragraph shall not apply to third parties making accessible to the public tools, "
        "services, processes, or components, other than general-purpose AI models",
        "original",
    )
    facts = {"supplies_components_for_high_risk": True, "supplies_only_ai_model": True}
    gpai = system(value_chain={**facts, "supplies_general_purpose_ai_model": True})
    assert assess(gpai, BV, ORIGINAL_DAY).roles["supplier"] is True
    unknown = system(value_chain=facts)
    assert assess(unknown, BV, ORIGINAL_DAY).roles["supplier"] is True  # default every_model
    only_general_purpose = Interpretations(original_art25_4_models="general_purpose_model")
    found = assess(unknown, BV, ORIGINAL_DAY, interpretations=only_general_purpose)
    assert found.roles["supplier"] is None


def test_a25_default_is_every_model() -> None:
    """ADR 0027: the exception's "components, other than general-purpose AI models" treats models
    as components; recital 89 expects "model cards" of the open-source AI components it
    releases; recital 97: "AI models are essential components of AI systems"."""
    quote_recital(97, "Although AI models are essential components of AI systems")
    quote_recital(89, "AI components other than general-purpose AI models should be encouraged")
    quote_recital(89, "such as model cards and data sheets")
    assert Interpretations().labels()["A25"] == "every_model"


@pytest.mark.parametrize(
    ("reading", "general_purpose", "expected"),
    [
        ("general_purpose_model", True, True),
        ("general_purpose_model", False, False),
        ("every_model", False, True),
        ("every_model", None, True),
        ("no_model", True, False),
        ("no_model", None, False),
    ],
)
def test_a25_names_the_models_of_the_original_art25_4(
    reading: str, general_purpose: bool | None, expected: bool
) -> None:
    """A25 (ADR 0027): the published Art. 25(4) lists "an AI system, tools, services,
    components, or processes" and no AI model; recital 97 calls AI models "essential components
    of AI systems". The reading decides a bare model supply under the published text only."""
    quote(
        "25",
        "the third party that supplies an AI system, tools, services, components, or processes "
        "that are used or integrated in a high-risk AI system",
        "original",
    )
    facts = {
        "supplies_components_for_high_risk": True,
        "supplies_only_ai_model": True,
        "supplies_general_purpose_ai_model": general_purpose,
        "supplies_under_free_open_source_licence": False,
    }
    readings = Interpretations(original_art25_4_models=reading)
    original = assess(system(value_chain=facts), BV, ORIGINAL_DAY, interpretations=readings)
    assert original.roles["supplier"] is expected
    assert original.interpretations.labels()["A25"] == reading
    amended = assess(system(value_chain=facts), BV, AMENDED_DAY, interpretations=readings)
    assert amended.roles["supplier"] is True  # "an AI system, AI model, tools, ..."


@pytest.mark.parametrize(
    ("reading", "general_purpose", "supplier", "agreement"),
    [
        # a general-purpose AI model: the open-source exception never covers it
        ("general_purpose_model", True, True, True),
        ("every_model", True, True, True),
        ("no_model", True, False, False),
        # another AI model: a component under every_model, then within the exception
        ("general_purpose_model", False, False, False),
        ("every_model", False, True, False),
        ("no_model", False, False, False),
    ],
)
def test_a25_and_the_open_source_exception_of_the_original_art25_4(
    reading: str, general_purpose: bool, supplier: bool, agreement: bool
) -> None:
    """Review note on interpretation:A25 (round 5): a bare model supply made accessible to the
    public under a free and open-source licence, under each reading. Whatever makes the supplier
    bound, the exception lifts the written agreement for "components, other than
    general-purpose AI models" only."""
    quote(
        "25",
        "This paragraph shall not apply to third parties making accessible to the public tools, "
        "services, processes, or components, other than general-purpose AI models, under a free "
        "and open-source licence",
        "original",
    )
    facts = {
        "supplies_components_for_high_risk": True,
        "supplies_only_ai_model": True,
        "supplies_general_purpose_ai_model": general_purpose,
        "supplies_under_free_open_source_licence": True,
    }
    readings = Interpretations(original_art25_4_models=reading)
    a = assess(system(value_chain=facts), BV, ORIGINAL_DAY, interpretations=readings)
    assert a.roles["supplier"] is supplier
    assert a.obligation("art25_4_original").applies is agreement


@pytest.mark.parametrize("number", ["A6", "A20", "A23", "A24", "A25"])
def test_item13_named_interpretations_have_an_adr(number: str) -> None:
    assert number in Interpretations().labels()
    found = [
        p
        for p in ADR.glob("*.md")
        if f": {number} —" in p.read_text(encoding="utf-8").splitlines()[0]
    ]
    assert found, f"no ADR for {number} in {ADR}"


# ------------------------------------------------------- section 2: listed apart, notified body


def test_authority_duties_are_listed_apart() -> None:
    a = assess(
        system(
            roles=roles("provider"),
            transparency={"interacts_directly_with_persons": True, "interaction_obvious": False},
            authority_actions={"msa_required_corrective_action": True},
        ),
        BV,
        AMENDED_DAY,
    )
    assert [r.id for r in a.authority_obligations] == ["art79_4"]
    assert "art79_4" not in {r.id for r in a.standing_obligations}
    assert a.obligation("art79_4").obligation.trigger is Trigger.ON_AUTHORITY_REQUEST
    assert a.to_dict()["obligations"][-1]["trigger"] in ("standing", "on_authority_request")


def test_notified_body_answer_is_on_the_assessment_and_in_json() -> None:
    quote("43", "which does not provide for the involvement of a notified body")
    a = assess(system(roles=roles("provider"), annex_iii={"points": ["4a"]}), BV, AMENDED_DAY)
    answer = a.notified_body_needed
    assert answer is not None and answer.value is False and answer.routes == ("43(2)",)
    assert "internal control" in answer.reason_en
    assert a.to_dict()["conformity"]["notified_body_needed"] == "false"
    biometric = assess(
        system(
            roles=roles("provider"),
            annex_iii={"points": ["1b"]},
            conformity={"standards_applied_in_full": True},
        ),
        BV,
        AMENDED_DAY,
    )
    assert biometric.notified_body_needed is not None
    assert biometric.notified_body_needed.value is None
    assert "conformity.opts_for_notified_body" in biometric.notified_body_needed.reason_en
    none = assess(system(roles=roles("provider")), BV, AMENDED_DAY)
    assert none.notified_body_needed is not None and none.notified_body_needed.value is False


# ------------------------------------------------------ round 4: the reviewers' smaller notes


def test_permissions_are_described_as_such() -> None:
    """Art. 27(4) as replaced ("may include cross-references") and Art. 63(1) ("may comply ...
    in a simplified manner") are permissions; the obligation model has no kind for them, so
    their summaries say so (review notes on art27_4 and art63_1)."""
    quote("27", "the deployer may, when conducting the fundamental rights impact", "omnibus_only")
    quote("63", "may comply with certain elements of the quality management system", "both")
    for oid in ("art27_4", "art63_1", "art63_1_original"):
        o = catalogue().get(oid)
        assert "A permission" in o.summary_en or "a permission" in o.summary_en, oid
        assert "bevoegdheid" in o.summary_nl, oid


def test_art61_summary_names_the_law_enforcement_case_of_art60_4_i() -> None:
    quote(
        "60",
        "in the case of law enforcement, where the seeking of informed consent would prevent the "
        "AI system from being tested",
    )
    o = catalogue().get("art61")
    assert "Art. 60(4)(i)" in o.summary_en and "law enforcement" in o.summary_en
    assert "Art. 60(4)(i)" in o.also_cites


def test_art75c_fines_are_grounded_where_the_text_grounds_them() -> None:
    quote(
        "75c",
        "infringement of any applicable provision of this Regulation, including those not listed "
        "in Article 99(4)",
        "omnibus_only",
    )
    quote(
        "75c",
        "The supply of incorrect, incomplete or misleading information to the AI Office in reply "
        "to a request shall be subject to administrative fines as referred to in Article 99(5)",
        "omnibus_only",
    )
    decision = catalogue().get("art75c_3")
    assert "point (a)" in decision.summary_en and "Art. 99(5)" in decision.summary_en
    assert "Art. 75c(4)" in decision.also_cites
    penalties = catalogue().get("art75c_5")
    assert "Art. 99(5)" in penalties.summary_en and "Art. 75c(4)" in penalties.also_cites


def test_art75c_3_order_may_also_fall_under_point_b() -> None:
    """Review3 (round 4): Art. 75c(4), second subparagraph, point (b) fines the "failure to
    comply with decisions or measures adopted pursuant to the powers listed in Article 14(4) or
    Article 16(3) of Regulation (EU) 2019/1020, as well as those specified in Article 75a", and
    Art. 75a(1) gives the AI Office those powers and the powers "provided for in this Section":
    the order of a decision under Art. 75c(1) is not plainly outside point (b). Point (a) reaches
    the failure anyway (Art. 75c(3) is "any applicable provision"); the tier is Art. 99(4)."""
    quote(
        "75c",
        "failure to comply with decisions or measures adopted pursuant to the powers listed in "
        "Article 14(4) or Article 16(3) of Regulation (EU) 2019/1020",
        "omnibus_only",
    )
    quote(
        "75a",
        "shall have all the powers of a market surveillance authority provided for in this "
        "Section and in Article 14(4) and Article 16(3) of Regulation (EU) 2019/1020",
        "omnibus_only",
    )
    decision = catalogue().get("art75c_3")
    assert "not among the decisions of point (b)" not in decision.summary_en
    assert "point (b) may reach the order" in decision.summary_en
    assert "Art. 75a(1)" in decision.also_cites
    assert decision.fine is FineTier.ART_99_4


def test_binding_ba_bb_placing_title_keeps_art5_1a_a_to_placing_and_putting_into_service() -> None:
    """Review3 (round 4): Art. 5(1a)(a) names "the placing on the market or putting into service"
    only; the distributor's making available is in by reading A24, and the titles say so."""
    quote(
        "5",
        "the placing on the market or putting into service of an AI system that generates or "
        "manipulates the material or performance",
        "omnibus_only",
    )
    from aiact.rules.prohibited import RULES

    for point in ("ba", "bb"):
        rule = next(r for r in RULES if r.id == f"art5.binding_{point}.placing")
        assert rule.interpretation == "A24"
        assert "as a distributor under reading A24, makes it available" in rule.title_en
        assert "volgens lezing A24" in rule.title_nl


@pytest.mark.parametrize("kind", ["public_authority", "union_institution"])
def test_a_public_authority_or_union_body_is_established_in_the_union(kind: str) -> None:
    """Art. 2(1)(b): the Act applies to "deployers of AI systems that have their place of
    establishment or are located within the Union". A public authority of a Member State (Art.
    99(8): "public authorities and bodies established in that Member State"; a third country's is
    Art. 2(4)'s) and a Union institution are established in the Union by what they are: derived
    by the rules, refused when stated otherwise."""
    quote(
        "2",
        "deployers of AI systems that have their place of establishment or are located "
        "within the Union",
        "both",
    )
    quote("99", "public authorities and bodies established in that Member State", "both")
    a = assess(
        system(roles=roles("deployer"), exclusions={"placed_or_used_in_eu": None}),
        {"kind": kind},
        AMENDED_DAY,
    )
    assert a.value("org.established_in_union") is True
    assert a.value("scope.territorial") is True
    with pytest.raises(ValidationError, match="established_in_eu"):
        Organisation(kind=kind, established_in_eu=False)
    with pytest.raises(ValidationError, match="member_state"):
        Organisation(kind=kind, member_state="US")
    private = assess(
        system(roles=roles("deployer"), exclusions={"placed_or_used_in_eu": None}),
        {"kind": "private_undertaking"},
        AMENDED_DAY,
    )
    assert private.value("org.established_in_union") is None


# review8 (round 6): the Art. 22(1) side of org.established_in_union
@pytest.mark.parametrize("kind", ["public_authority", "union_institution"])
def test_a_public_authority_or_union_body_provider_is_not_a_third_country_provider(
    kind: str,
) -> None:
    """Art. 22(1): "providers established in third countries shall, by written mandate, appoint
    an authorised representative which is established in the Union". A public authority of a
    Member State or a Union institution that provides a high-risk system is not such a provider,
    without the flag being stated (recital 23: the Act "should also apply to Union institutions,
    bodies, offices and agencies when acting as a provider or deployer of an AI system"); a
    private provider whose establishment is not stated stays open."""
    quote_recital(
        23,
        "This Regulation should also apply to Union institutions, bodies, offices and agencies "
        "when acting as a provider or deployer of an AI system",
    )
    quote(
        "22",
        "providers established in third countries shall, by written mandate, appoint an "
        "authorised representative which is established in the Union",
        "both",
    )
    provider = system(roles=roles("provider"), annex_iii={"points": ["5a"]})
    public = assess(provider, {"kind": kind}, AMENDED_DAY)
    assert public.value("role.provider") is True
    assert public.value("role.third_country_provider") is False
    assert "art22_1" not in {o.id for o in public.obligations}
    private = assess(provider, {"kind": "private_undertaking"}, AMENDED_DAY)
    assert private.value("role.third_country_provider") is None
    assert "art22_1" in {o.id for o in private.obligations}


def test_a_public_authority_provider_cannot_say_the_provider_is_outside_the_union() -> None:
    """The organisation is the provider (Art. 3(3)), so the provider's establishment is the
    organisation's; a public authority of a Member State is established in the Union (Art.
    2(1)(b)), so "the provider is established outside the Union" contradicts it, as it would a
    stated establishment (review8's note on the input checks)."""
    quote(
        "2",
        "deployers of AI systems that have their place of establishment or are located "
        "within the Union",
        "both",
    )
    facts = system(roles=roles("provider"), value_chain={"provider_established_in_eu": False})
    with pytest.raises(ValueError, match="provider_established_in_eu"):
        assess(facts, {"kind": "public_authority"}, AMENDED_DAY)
    with pytest.raises(ValueError, match="provider_established_in_eu"):
        assess(facts, {"kind": "union_institution"}, AMENDED_DAY)
    # A private undertaking whose establishment is not stated may be outside the Union.
    a = assess(facts, {"kind": "private_undertaking"}, AMENDED_DAY)
    assert a.value("org.established_in_union") is None


# round 7, item 1: the country of establishment sets the establishment in the Union
_DAYS = pytest.mark.parametrize("day", [ORIGINAL_DAY, AMENDED_DAY], ids=["original", "amended"])


@_DAYS
def test_the_country_of_establishment_sets_establishment_in_the_union(day: dt.date) -> None:
    """Art. 2(1)(b): the Act applies to "deployers of AI systems that have their place of
    establishment or are located within the Union". A private company that states only its
    country of establishment, a Member State, is established in the Union (the Act reaches it as
    a deployer); a third country's code (and no Union establishment, aiact/facts.py) is not, also
    where the kind is not stated; a stated flag still decides where no country is given."""
    quote(
        "2",
        "deployers of AI systems that have their place of establishment or are located "
        "within the Union",
        "both",
    )
    deployer = system(roles=roles("deployer"), exclusions={"placed_or_used_in_eu": None})

    def established(org: dict[str, Any]) -> object:
        a = assess(deployer, org, day)
        return a.value("org.established_in_union"), a.value("scope.territorial")

    assert established({"kind": "private_undertaking", "member_state": "NL"}) == (True, True)
    assert established({"kind": "private_undertaking", "member_state": "US"}) == (False, None)
    assert established({"member_state": "US"}) == (False, None)
    assert established({"member_state": "DE"}) == (True, True)
    assert established({"kind": "private_undertaking"}) == (None, None)
    assert established({"established_in_eu": False}) == (False, None)
    assert established({"established_in_eu": True, "member_state": "FR"}) == (True, True)
    assert established({"kind": "public_authority", "member_state": "NL"}) == (True, True)
    a = assess(deployer, {"kind": "private_undertaking", "member_state": "NL"}, day)
    assert "org.established_in_union.member_state" in {
        r.id for r in a.evaluation.ruleset.rules_for("org.established_in_union")
    }
    assert Organisation(member_state="US").established_in_union is False
    assert Organisation(member_state="NL").established_in_union is True


@_DAYS
def test_a_provider_whose_country_is_a_third_country_needs_a_representative(
    day: dt.date,
) -> None:
    """Art. 22(1): "providers established in third countries shall, by written mandate, appoint
    an authorised representative which is established in the Union". A private provider that
    states a third country as its country of establishment is such a provider; one that states
    a Member State is not; neither needs the flag."""
    quote(
        "22",
        "providers established in third countries shall, by written mandate, appoint an "
        "authorised representative which is established in the Union",
        "both",
    )
    provider = system(
        roles=roles("provider"),
        annex_iii={"points": ["5a"]},
        value_chain={"provider_established_in_eu": None},
    )
    abroad = assess(provider, {"kind": "private_undertaking", "member_state": "US"}, day)
    assert abroad.value("role.third_country_provider") is True
    assert "art22_1" in {o.id for o in abroad.obligations}
    home = assess(provider, {"kind": "private_undertaking", "member_state": "NL"}, day)
    assert home.value("role.third_country_provider") is False
    assert "art22_1" not in {o.id for o in home.obligations}


def test_a_third_country_code_contradicts_what_needs_a_union_establishment() -> None:
    """The organisation is the provider (Art. 3(3)), so the provider's establishment is the
    organisation's, now also by its country; an importer and an authorised representative are
    established in the Union (Art. 3(5), 3(6)): a third country's code contradicts each, and the
    error names the organisation's field."""
    quote("3", "'importer' means a natural or legal person located or established in the Union")
    third = {"kind": "private_undertaking", "member_state": "US"}
    with pytest.raises(ValueError, match=r"organisation\.member_state") as error:
        assess(
            system(roles=roles("provider"), value_chain={"provider_established_in_eu": True}),
            third,
            AMENDED_DAY,
        )
    assert error.value.problems[0].params["other"] == "organisation.member_state"  # type: ignore[attr-defined]
    for role in ("importer", "authorised_representative"):
        facts = system(roles=roles(role), value_chain={"provider_established_in_eu": False})
        with pytest.raises(ValueError, match=f"roles.{role}"):
            assess(facts, third, AMENDED_DAY)
        assess(facts, {"kind": "private_undertaking", "member_state": "NL"}, AMENDED_DAY)


# round 7, item 2: a Union body or public authority as a GPAI model's provider
_MODEL = {
    "is_general_purpose": True,
    "sole_purpose_scientific_research": False,
    "pre_market_research_testing": False,
    "provider": True,
    "authorised_representative": False,
    "training_compute_flop": "1e24",
    "free_open_source_licence": False,
    "placed_on_market": "2025-10-01",
}


@_DAYS
@pytest.mark.parametrize(
    ("organisation", "stated", "expected"),
    [
        ({"kind": "union_institution"}, None, False),
        ({"kind": "public_authority"}, None, False),
        ({"kind": "private_undertaking", "member_state": "NL"}, None, False),
        ({"kind": "private_undertaking", "member_state": "US"}, None, True),
        ({"kind": "private_undertaking", "established_in_eu": False}, None, True),
        ({"kind": "private_undertaking"}, None, None),
        ({"kind": "private_undertaking"}, False, True),
        ({"kind": "private_undertaking"}, True, False),
        ({"kind": "union_institution"}, True, False),
    ],
)
def test_a_model_provider_s_establishment_is_the_organisation_s(
    day: dt.date, organisation: dict[str, Any], stated: bool | None, expected: bool | None
) -> None:
    """Art. 54(1): "Prior to placing a general-purpose AI model on the Union market, providers
    established in third countries shall, by written mandate, appoint an authorised
    representative which is established in the Union". Where the organisation is the model's
    provider (``model.provider``, Art. 3(3)) and the provider's establishment is not stated, it
    is the organisation's: a Union body or a Member State's public authority (by what it is), a
    company by its country or flag. A stated establishment still decides."""
    quote(
        "54",
        "providers established in third countries shall, by written mandate, appoint an "
        "authorised representative which is established in the Union",
        "both",
    )
    from aiact import assess_model

    model = {**_MODEL, "provider_established_in_eu": stated}
    a = assess_model(model, organisation, day)
    assert a.value("gpai.third_country_provider") is expected
    art54 = next(r for r in a.obligation_results if r.id == "art54_1")
    assert art54.applies is expected


def test_a_model_provider_cannot_state_an_establishment_other_than_the_organisation_s() -> None:
    """Where the organisation is the model's provider, "the provider is established outside the
    Union" contradicts a Union body (Art. 2(1)(b); Art. 54(1)); the error names both fields. Where
    it is not known to be the provider, the statement is about another provider and stands (and
    the answer stays undetermined, as before: it may be the provider)."""
    from aiact import assess_model

    quote(
        "54",
        "providers established in third countries shall, by written mandate, appoint an "
        "authorised representative which is established in the Union",
        "both",
    )
    with pytest.raises(ValueError, match=r"model\.provider_established_in_eu") as error:
        assess_model(
            {**_MODEL, "provider_established_in_eu": False},
            {"kind": "union_institution"},
            AMENDED_DAY,
        )
    assert error.value.problems[0].params["other"] == "organisation.kind"  # type: ignore[attr-defined]
    unknown = {**_MODEL, "provider": None, "provider_established_in_eu": False}
    a = assess_model(unknown, {"kind": "union_institution"}, AMENDED_DAY)
    assert a.value("gpai.third_country_provider") is None
    b = assess_model({**_MODEL, "provider": None}, {"kind": "union_institution"}, AMENDED_DAY)
    assert b.value("gpai.third_country_provider") is None


def test_a_part_of_a_member_state_with_its_own_code_is_not_a_third_country() -> None:
    """Review of round 7: Art. 2(1)(b) reaches deployers that "have their place of establishment
    or are located within the Union", and the Union is where the Treaties apply (Art. 52 TEU,
    Art. 355 TFEU), including the outermost regions (Art. 349, 355(1) TFEU) and the Aland
    Islands (Art. 355(4) TFEU). Since member_state now sets the establishment, a code outside
    the Member States reads as a third country; Reunion (RE), Guadeloupe (GP) and the other parts
    of a Member State with an ISO code of their own would have made a Reunion deployer and a
    Guadeloupe public authority "established in third countries" (Art. 22(1)). Such a code is
    refused with the Member State to give instead; an overseas country or territory of Annex
    II TFEU (Aruba, AW), outside the Union (Art. 355(2) TFEU), stays a third country."""
    from aiact.facts import EU_MEMBER_STATES, UNION_TERRITORY_CODES

    quote(
        "2",
        "deployers of AI systems that have their place of establishment or are located "
        "within the Union",
        "both",
    )
    for code, state in UNION_TERRITORY_CODES.items():
        assert state in EU_MEMBER_STATES and code not in EU_MEMBER_STATES
        with pytest.raises(ValueError, match=f"give '{state}'"):
            Organisation(member_state=code)
    with pytest.raises(InputError) as caught:
        assess(system(), {"kind": "public_authority", "member_state": "gp"}, AMENDED_DAY)
    assert caught.value.problems[0].path == "organisation.member_state"
    assert Organisation(member_state="AW").established_in_union is False
    assert Organisation(member_state="FR").established_in_union is True


def test_a_code_that_names_no_country_is_refused_not_read_as_a_third_country() -> None:
    """Since member_state sets the establishment in the Union (Art. 2(1)(b), Art. 22(1)), a
    code outside the Member States reads as a third country, so a mistyped or made-up code
    ("NK" for NL, "ZZ", "UK" for GB) would have put a deployer outside the Act. Only ISO 3166-1
    alpha-2 codes (and EL, XK) are taken; every Member State's and the testing kit's third
    countries are among them."""
    from aiact.facts import COUNTRY_CODES, EU_MEMBER_STATES, UNION_TERRITORY_CODES
    from aiact.testing.strategies import _NON_EU_CODES

    quote("22", "Prior to making their high-risk AI systems available on the Union market")
    assert len(COUNTRY_CODES) == 251
    assert EU_MEMBER_STATES | set(_NON_EU_CODES) <= COUNTRY_CODES
    assert not set(UNION_TERRITORY_CODES) - {"IC", "EA"} - COUNTRY_CODES  # refused first
    for code in ("NK", "ZZ", "UK", "EU", "QQ"):
        with pytest.raises(InputError) as caught:
            assess(system(), {"member_state": code}, AMENDED_DAY)
        assert caught.value.problems[0].path == "organisation.member_state"
    assert Organisation(member_state="no").established_in_union is False  # EEA: a third country
    assert Organisation(member_state="el").established_in_union is True


def test_a_reserved_code_that_stands_for_a_country_names_the_code_to_give() -> None:
    """ "UK" is no typo: ISO 3166-1 reserves it exceptionally for the United Kingdom (GB), and FX
    for metropolitan France. They stay refused (only assigned codes, since a code outside the
    Member States reads as a third country, Art. 2(1)(b)), but the message names the code meant
    rather than calling them no code at all (review2, round 7). FX in particular means a Member
    State: read as a third country it would have put a French deployer outside the Act."""
    from aiact.facts import COUNTRY_CODES, RESERVED_CODE_MEANS

    quote("2", "deployers of AI systems that have their place of establishment or are located")
    assert set(RESERVED_CODE_MEANS.values()) <= COUNTRY_CODES
    assert not set(RESERVED_CODE_MEANS) & COUNTRY_CODES
    for code, meant in (("uk", "GB"), ("FX", "FR"), ("TA", "SH")):
        with pytest.raises(InputError) as caught:
            assess(system(), {"member_state": code}, AMENDED_DAY)
        problem = caught.value.problems[0]
        assert problem.path == "organisation.member_state"
        assert problem.message.endswith(f"give {meant!r}")
    with pytest.raises(InputError) as caught:
        assess(system(), {"member_state": "ZZ"}, AMENDED_DAY)
    assert "give" not in caught.value.problems[0].message


@pytest.mark.parametrize(
    ("code", "kind", "dutch"),
    [
        (
            "uk",
            "reserved_country_code",
            "UK is geen landcode die in gebruik is: vul voor dit land of gebied de code GB in",
        ),
        (
            "RE",
            "union_territory_code",
            "RE is de code van een deel van lidstaat FR dat binnen de Unie ligt, niet van een "
            "derde land: vul FR in",
        ),
        (
            "ZZ",
            "unknown_country_code",
            "ZZ is geen bestaande landcode: vul de code van twee letters (ISO 3166-1) in van een "
            "lidstaat of van een derde land",
        ),
    ],
)
def test_a_refused_country_code_says_in_dutch_what_is_wrong_and_what_to_give(
    code: str, kind: str, dutch: str
) -> None:
    """Round 7's review: the three refusals of a country code (a part of a Member State within
    the Union, Art. 349 and 355 TFEU; an exceptionally reserved code; no code at all) read in
    Dutch only "de waarde is niet toegestaan voor dit veld". Each has its own problem kind with
    the code and the code to give as parameters, so the Dutch names them too, with the official
    terms "lidstaat" and "derde land" (Art. 2(1)(b): "deployers of AI systems that have their
    place of establishment or are located within the Union"; Dutch "in de Unie zijn gevestigd")."""
    from aiact.views.errors import problem_text, render

    quote("2", "deployers of AI systems that have their place of establishment or are located")
    with pytest.raises(InputError) as caught:
        assess(system(), {"member_state": code}, AMENDED_DAY)
    problem = caught.value.problems[0]
    assert (problem.path, problem.kind) == ("organisation.member_state", kind)
    assert problem.params["code"] == code.upper()
    assert problem_text(problem, "nl") == dutch
    assert render(caught.value, "nl") == f"veld organisation.member_state: {dutch}"
    assert problem_text(problem, "en") == problem.message  # the English message is unchanged


def test_a_refused_country_code_never_echoes_other_input() -> None:
    """Only a value that passed the pattern (two letters A-Z, after ASCII upper-casing) reaches
    the refusal and its parameters; anything else gets the pattern's message without the value."""
    from aiact.errors import ValueProblem
    from aiact.views.errors import problem_text

    for hostile in ("<script>", "z\u212a", "zz\n", "{give}", "R\u0395"):
        with pytest.raises(InputError) as caught:
            assess(system(), {"member_state": hostile}, AMENDED_DAY)
        problem = caught.value.problems[0]
        assert problem.kind == "invalid_value" and "code" not in problem.params
        assert hostile not in problem_text(problem, "nl") and hostile not in problem.message
    with pytest.raises(KeyError):
        ValueProblem("no_such_kind", "x")
    refused = ValueProblem("unknown_country_code", "'ZZ' is not", code="ZZ")
    import pickle

    again = pickle.loads(pickle.dumps(refused))
    assert (again.kind, again.params, str(again)) == (refused.kind, refused.params, "'ZZ' is not")


_A26_READINGS = ("not_established_in_the_union", "any_third_country_establishment")


def _a26_cases(also: bool | None, member_state: str = "NL") -> tuple[dict[str, Any], ...]:
    organisation = {"kind": "private_undertaking", "member_state": member_state}
    if also is not None:
        organisation["also_established_in_third_country"] = also
    high_risk = {"is_ai_system": True, "roles": {"provider": True}, "annex_iii": {"points": ["4a"]}}
    return organisation, high_risk, {"provider": True, "is_general_purpose": True}


@pytest.mark.parametrize("reading", _A26_READINGS)
@pytest.mark.parametrize("also", [True, False, None])
def test_a26_a_provider_established_in_the_union_and_a_third_country(
    reading: str, also: bool | None
) -> None:
    """Round 7's review, judgement call (1): Art. 22(1) and 54(1) bind "providers established in
    third countries"; whether a provider that has a place of establishment in the Union and is
    also established in a third country is one of them was settled silently by the description
    of member_state. Reading A26 names it (ADR 0028). Default: no (recital 82, "those providers
    who are not established in the Union"; Art. 2(1)(f), "providers, which are not established
    in the Union"); alternative: the words decide. The fact matters only under the alternative:
    there an unknown answer leaves Art. 22(1) and 54(1) undetermined and is asked; under the
    default it is neither read nor asked."""
    words = (
        "providers established in third countries shall, by written mandate, appoint an "
        "authorised representative which is established in the Union"
    )
    quote("22", words, "both")
    quote("54", words, "both")
    quote("2", "authorised representatives of providers, which are not established in the Union")
    quote_recital(82, "by those providers who are not established in the Union")
    organisation, high_risk, model = _a26_cases(also)
    interpretations = Interpretations.model_validate({"A26": reading})
    assert interpretations.labels()["A26"] == reading
    a = assess(high_risk, organisation, dt.date(2028, 1, 10), interpretations=interpretations)
    m = assess_model(model, organisation, AMENDED_DAY, interpretations=interpretations)
    literal = reading == "any_third_country_establishment"
    expected = also if literal else False
    assert a.value("role.third_country_provider") is expected
    assert m.value("gpai.third_country_provider") is expected
    # the duties themselves: excluded exactly where the provider is no third-country provider
    # (their other conditions are unknown in these sparse cases; sr14-* has them all)
    assert (a.obligation("art22_1").applies is False) is (expected is False)
    assert (m.obligation("art54_1").applies is False) is (expected is False)
    fact = "organisation.also_established_in_third_country"
    for assessment in (a, m):
        asked = fact in {q.fact for q in assessment.open_questions}
        assert asked is (literal and also is None)
        assert assessment.interpretations_used["A26"] == reading
    assert a.value("org.established_in_union") is True  # Art. 2(1)(b): a deployer stays in
    # outside the Union: a third-country provider under both readings, whatever the fact says
    outside, _, _ = _a26_cases(also, "US")
    b = assess(high_risk, outside, dt.date(2028, 1, 10), interpretations=interpretations)
    assert b.value("role.third_country_provider") is True


def test_a26_is_a_named_reading_with_the_union_establishment_as_default() -> None:
    """The default reading of A26 keeps what the library did before round 8 (a provider with a
    place of establishment in the Union gives the Member State and is no third-country
    provider), now under a name that an assessment reports and a user can switch."""
    from aiact.interpretations import CODES, DEFAULT_INTERPRETATIONS, ThirdCountryProvider

    assert CODES["A26"] == "third_country_provider"
    assert DEFAULT_INTERPRETATIONS.third_country_provider is (
        ThirdCountryProvider.NOT_ESTABLISHED_IN_THE_UNION
    )
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a26_any_third_country_establishment"] is False
    literal = Interpretations(third_country_provider="any_third_country_establishment")
    assert literal.as_facts()["interp.a26_any_third_country_establishment"] is True
