"""Audit15a (round 15): Art. 5 prohibitions (old and new points), Art. 50 transparency with the
Art. 111(4) grace period, Art. 4 AI literacy as published and as amended, the Art. 2 exclusions
that touch them, their dates (Art. 113, third paragraph, point (a), as amended) and fines
(Art. 99(3), 99(4)(g), 99(6), 99(8)), for Dutch public bodies and companies.

One defect, found as a strict xfail and fixed in round 15 (entry art50_4_artistic):

* ``art50.4_artistic_limitation`` (Art. 50(4), first subparagraph, third sentence) is computed
  by aiact/rules/transparency.py but reported nowhere: the JSON output of an assessment is the
  same, apart from the echo of the input, whether
  ``transparency.evidently_artistic_creative_satirical`` is true, false or unknown, and the
  fact is never an open question. Yet it changes what the deployer of a deep fake must do: the
  full disclosure, or only "disclosure of the existence of such generated or manipulated
  content".

The other tests pin answers checked against the law text (docs/audits/round15-audit15a.md).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from lawquote import quote, quote_nl

import aiact
from aiact.case import load_case
from aiact.penalties.tiers import FineTier

CASE_DIR = Path(__file__).resolve().parent / "data" / "audit15a"

_ROLES_NONE = {
    "provider": False,
    "deployer": False,
    "importer": False,
    "distributor": False,
    "authorised_representative": False,
    "product_manufacturer": False,
}
_PROVIDER = {**_ROLES_NONE, "provider": True}
_DEPLOYER = {**_ROLES_NONE, "deployer": True}
_EXCLUSIONS = {
    "placed_or_used_in_eu": True,
    "exclusively_military_defence_national_security": False,
    "sole_purpose_scientific_research": False,
    "pre_market_research_testing": False,
    "testing_in_real_world_conditions": False,
    "personal_non_professional_use": False,
    "free_open_source_licence": False,
    "international_cooperation_law_enforcement": False,
}
_NO_PRACTICE = {
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
}
_NO_TRANSPARENCY = {
    "interacts_directly_with_persons": False,
    "interaction_obvious": False,
    "authorised_by_law_criminal_offences": False,
    "permitted_by_law_detect_prevent_investigate": False,
    "generates_synthetic_text": False,
    "generates_synthetic_audio": False,
    "generates_synthetic_image": False,
    "generates_synthetic_video": False,
    "assistive_standard_editing_only": False,
    "does_not_substantially_alter_input": False,
    "emotion_recognition": False,
    "biometric_categorisation": False,
    "deep_fake": False,
    "public_interest_text": False,
}
_NOT_HIGH_RISK = {
    "annex_i": {"legislation": [], "safety_component": False, "is_the_product": False},
    "annex_iii": {"points": []},
}


def _system(**parts: Any) -> dict[str, Any]:
    """A system: every Art. 5 point and every Art. 50 fact false unless ``parts`` says otherwise
    (dict parts are merged into the defaults)."""
    system: dict[str, Any] = {
        "name": "audit15a",
        "is_ai_system": True,
        "is_general_purpose_ai_system": False,
        "roles": _DEPLOYER,
        "exclusions": _EXCLUSIONS,
        "prohibited": _NO_PRACTICE,
        "transparency": _NO_TRANSPARENCY,
    }
    for key, value in parts.items():
        if isinstance(value, dict) and isinstance(system.get(key), dict):
            system[key] = {**system[key], **value}
        else:
            system[key] = value
    return system


def _company(**kw: Any) -> dict[str, Any]:
    org: dict[str, Any] = {
        "name": "BV",
        "kind": "private_undertaking",
        "member_state": "NL",
        "established_in_eu": True,
        "headcount": 800,
        "annual_turnover_eur": 200_000_000,
        "balance_sheet_total_eur": 150_000_000,
        "part_of_group": False,
    }
    org.update(kw)
    return org


_SMALL = {"headcount": 12, "annual_turnover_eur": 1_500_000, "balance_sheet_total_eur": 800_000}
_PUBLIC = {"headcount": 1500, "annual_turnover_eur": None, "balance_sheet_total_eur": None}


def _result(a: aiact.Assessment, obligation: str) -> Any:
    return {r.id: r for r in a.obligation_results}[obligation]


def _ceiling(a: aiact.Assessment, obligation: str) -> Any:
    return {o.obligation_id: o for o in a.exposure.obligations}[obligation]


# ------------------------------------------------------------------ Art. 5(1)(ba), new ban

_NUDIFY = _system(
    roles=_PROVIDER,
    prohibited={
        "ba_generates_intimate_imagery_without_consent": True,
        "ba_only_manipulation_not_increasing_exposure": False,
        "ba_intended_purpose": True,
    },
    transparency={"generates_synthetic_image": True, "deep_fake": True},
    placed_on_market="2026-10-01",
    **_NOT_HIGH_RISK,
)


@pytest.mark.parametrize(
    ("day", "status", "tier"),
    [
        ("2026-12-01", "upcoming", "transparency"),
        ("2026-12-02", "in_force", "prohibited"),
        ("2026-12-03", "in_force", "prohibited"),
        ("2027-12-05", "in_force", "prohibited"),
    ],
)
def test_nudify_app_provider_banned_from_2_december_2026(day: str, status: str, tier: str) -> None:
    """A small Dutch start-up places a 'nudify' app on the market on 1 October 2026. Art.
    5(1)(ba) prohibits "the placing on the market ... of an AI system that generates or
    manipulates realistic images ... of an identifiable natural person's intimate parts ...
    without that person's ... consent", for the provider where "that generation or manipulation
    is the intended purpose of the AI system" (Art. 5(1a)(a)(i)), from 2 December 2026 (Art. 113,
    third paragraph, point (a), as amended). On 1 December the ban is ahead, on 2 December and
    later it binds."""
    quote(
        "113",
        "points (ba) and (bb), and Article 5(1a) and (1b) which shall apply from 2 December 2026",
        "amended",
    )
    quote(
        "5", "that generation or manipulation is the intended purpose of the AI system", "amended"
    )
    a = aiact.assess(_NUDIFY, _company(**_SMALL), as_of=day)
    ba = _result(a, "art5_1_ba")
    assert ba.applies is True
    assert ba.status.value == status
    assert ba.applies_from == dt.date(2026, 12, 2)
    assert a.risk_tier.value == tier


def test_nudify_app_fine_is_the_lower_sme_amount() -> None:
    """Art. 99(3): "up to EUR 35 000 000 or ... up to 7 % of its total worldwide annual
    turnover ..., whichever is higher"; Art. 99(6): for SMEs "whichever thereof is lower". A
    small enterprise (12 staff, EUR 1.5 million turnover): 7 % = EUR 105 000."""
    quote(
        "99",
        "Non-compliance with the prohibition of the AI practices referred to in "
        "Article 5 shall be subject to administrative fines of up to EUR 35 000 000",
        "both",
    )
    quote(
        "99",
        "In the case of SMEs, including start-ups, each fine referred to in this "
        "Article shall be up to the percentages or amount referred to in paragraphs 3, 4 and "
        "5, whichever thereof is lower",
        "both",
    )
    a = aiact.assess(_NUDIFY, _company(**_SMALL), as_of="2026-12-05")
    assert _result(a, "art5_1_ba").obligation.fine is FineTier.ART_99_3
    assert _ceiling(a, "art5_1_ba").ceiling == 105_000


def test_nudify_ban_absent_from_the_published_text() -> None:
    """Point (ba) was inserted by Regulation (EU) 2026/1744: under the text as published (a
    counterfactual on 5 December 2026) it does not exist, and the tier is not 'prohibited' on
    the strength of it."""
    a = aiact.assess(_NUDIFY, _company(**_SMALL), as_of="2026-12-05", law="original")
    assert "art5_1_ba" not in {r.id for r in a.obligation_results}
    assert a.risk_tier.value != "prohibited"


def test_image_generator_with_unknown_safeguards_is_undetermined() -> None:
    """A general image generator that can foreseeably produce non-consensual intimate images,
    not its intended purpose, with safeguards unknown: Art. 5(1a)(a)(ii) prohibits it only where
    "the system does not have reasonable and adequate technical safety measures", so the ban is
    undetermined, never false; the Art. 50(2) marking applies."""
    quote(
        "5", "the system does not have reasonable and adequate technical safety measures", "amended"
    )
    system = _system(
        roles=_PROVIDER,
        prohibited={
            "ba_generates_intimate_imagery_without_consent": True,
            "ba_only_manipulation_not_increasing_exposure": False,
            "ba_intended_purpose": False,
            "ba_foreseeable_and_reproducible": True,
            "ba_adequate_safeguards": None,
        },
        transparency={"generates_synthetic_image": True},
        placed_on_market="2026-09-01",
        **_NOT_HIGH_RISK,
    )
    a = aiact.assess(system, _company(**_SMALL), as_of="2026-12-05")
    assert _result(a, "art5_1_ba").applies is None
    assert _result(a, "art50_2").applies is True


# --------------------------------------------------- Art. 50(2) and the Art. 111(4) grace

_GENERATOR = _system(
    roles=_PROVIDER,
    transparency={"generates_synthetic_image": True},
    **_NOT_HIGH_RISK,
)


@pytest.mark.parametrize(
    ("placed", "applies_from"),
    [("2026-08-01", dt.date(2026, 12, 2)), ("2026-08-02", dt.date(2026, 8, 2))],
)
def test_art111_4_grace_ends_on_the_cutoff_day(placed: str, applies_from: dt.date) -> None:
    """Art. 111(4): providers of generators "placed on the market before 2 August 2026 shall
    take the necessary steps in order to comply with Article 50(2) by 2 December 2026". Placed
    on 1 August 2026: the marking binds from 2 December; placed on 2 August (not "before"): from
    the general date, 2 August 2026."""
    quote(
        "111",
        "that have been placed on the market before 2 August 2026 shall take the "
        "necessary steps in order to comply with Article 50(2) by 2 December 2026",
        "amended",
    )
    a = aiact.assess({**_GENERATOR, "placed_on_market": placed}, _company(), as_of="2026-12-01")
    assert _result(a, "art50_2").applies_from == applies_from


_MUNICIPAL_CHATBOT = _system(
    is_general_purpose_ai_system=True,
    roles={**_PROVIDER, "deployer": True},
    transparency={"interacts_directly_with_persons": True, "generates_synthetic_text": True},
    context={"gpai_model_same_provider": False, "gpai_model_same_undertaking": False},
    placed_on_market="2026-03-01",
    put_into_service="2026-03-01",
    **_NOT_HIGH_RISK,
)


@pytest.mark.parametrize(
    ("day", "art50_1", "art50_2", "literacy"),
    [
        ("2026-07-01", "upcoming", "upcoming", "art4"),
        ("2026-12-01", "in_force", "upcoming", "art4_1"),
        ("2026-12-02", "in_force", "in_force", "art4_1"),
        ("2026-12-03", "in_force", "in_force", "art4_1"),
    ],
)
def test_municipal_chatbot_placed_before_august_2026(
    day: str, art50_1: str, art50_2: str, literacy: str
) -> None:
    """Gemeente Zwolle offers a chatbot under its own name since 1 March 2026. Art. 50(1)
    applies from the general date (Art. 113, second paragraph: "It shall apply from 2 August
    2026"), with no grace; the Art. 50(2) marking of its text (reading A12) is deferred to 2
    December 2026 by Art. 111(4). AI literacy: Art. 4 as published until the amending act is in
    force (27 July 2026), then Art. 4(1) as replaced."""
    quote("113", "It shall apply from 2 August 2026.", "both")
    quote(
        "4",
        "This obligation does not require providers or deployers to guarantee any "
        "specific level of AI literacy of any individual.",
        "amended",
    )
    org = _company(kind="public_authority", name="Gemeente Zwolle", **_PUBLIC)
    a = aiact.assess(_MUNICIPAL_CHATBOT, org, as_of=day)
    assert _result(a, "art50_1").status.value == art50_1
    assert _result(a, "art50_2").status.value == art50_2
    assert _result(a, literacy).applies is True


# ------------------------------------------------------------ Art. 5(1)(f) and Art. 50(3)


def test_school_emotion_recognition_prohibited_public_body_fine_national() -> None:
    """A Dutch school foundation (a body governed by public law) watches pupils' emotions
    during exams, not for medical or safety reasons: Art. 5(1)(f) prohibits "the use of AI
    systems to infer emotions of a natural person in the areas of workplace and education
    institutions", since 2 February 2025. Whether and how far a Dutch public body can be fined
    is the Member State's rule (Art. 99(8)), and the Dutch implementing act is pending: the
    ceiling is undetermined, not the Art. 99(3) amount."""
    quote(
        "5",
        "to infer emotions of a natural person in the areas of workplace and education "
        "institutions",
        "both",
    )
    quote_nl(
        "emoties van een natuurlijke persoon op de werkplek en in het onderwijs uit af te leiden"
    )
    quote(
        "99",
        "Each Member State shall lay down rules on to what extent administrative fines "
        "may be imposed on public authorities and bodies established in that Member State",
        "both",
    )
    system = _system(
        prohibited={
            "f_emotion_recognition_workplace_education": True,
            "f_medical_or_safety_reasons": False,
        },
        transparency={"emotion_recognition": True},
        annex_i=_NOT_HIGH_RISK["annex_i"],
        annex_iii={"points": ["1c"]},
        context={"ai_office_competent": False},
    )
    org = _company(kind="body_governed_by_public_law", name="Stichting school", **_PUBLIC)
    a = aiact.assess(system, org, as_of="2026-12-05")
    f = _result(a, "art5_1_f")
    assert (f.applies, f.applies_from) == (True, dt.date(2025, 2, 2))
    assert a.risk_tier.value == "prohibited"
    assert _ceiling(a, "art5_1_f").ceiling is None
    assert "Art. 99(8)" in _ceiling(a, "art5_1_f").citations


def test_workplace_emotion_recognition_for_safety_is_transparency_only() -> None:
    """A warehouse company detects fatigue and stress of forklift drivers for safety: Art.
    5(1)(f) excepts "where the use of the AI system is intended to be put in place or into the
    market for medical or safety reasons". It remains an emotion recognition system: the
    deployer informs the workers (Art. 50(3)), fined under Art. 99(4)(g): EUR 15 million or 3 %,
    whichever is higher (EUR 6 million for EUR 200 million turnover)."""
    quote(
        "5", "intended to be put in place or into the market for medical or safety reasons", "both"
    )
    quote(
        "99", "transparency obligations for providers and deployers pursuant to Article 50", "both"
    )
    system = _system(
        prohibited={
            "f_emotion_recognition_workplace_education": True,
            "f_medical_or_safety_reasons": True,
        },
        transparency={"emotion_recognition": True},
        annex_i=_NOT_HIGH_RISK["annex_i"],
        annex_iii={"points": ["1c"]},
    )
    a = aiact.assess(system, _company(), as_of="2026-12-05")
    assert _result(a, "art5_1_f").applies is False
    assert _result(a, "art50_3").applies is True
    assert _ceiling(a, "art50_3").ceiling == 15_000_000


# -------------------------------------------------------------- Art. 5(1)(h), 5(2)-(4)

_RBI = {
    "h_realtime_rbi_public_spaces_law_enforcement": True,
    "h_strictly_necessary_for_listed_objective": True,
    "h_national_law_permits": True,
    "h_prior_authorisation": True,
    "h_fria_and_registration": True,
    "h_notified_authorities": True,
}
_POLICE = _company(
    kind="public_authority", name="Politie", law_enforcement_authority=True, **_PUBLIC
)


def test_police_rbi_with_authorisation_is_not_prohibited_but_bound_by_5_2_to_5_4() -> None:
    """The Dutch police use real-time remote biometric identification at a station to find a
    missing child, with an enabling national law, a prior judicial authorisation, the FRIA and
    registration done, and the use notified: Art. 5(1)(h) prohibits it "unless and in so far as
    such use is strictly necessary"; within the exception the duties of Art. 5(2)-(4) bind each
    use ("shall be subject to a prior authorisation")."""
    quote(
        "5",
        "unless and in so far as such use is strictly necessary for one of the following "
        "objectives",
        "both",
    )
    quote(
        "5",
        "shall be subject to a prior authorisation granted by a judicial authority or an "
        "independent administrative authority",
        "both",
    )
    a = aiact.assess(_system(prohibited=_RBI), _POLICE, as_of="2026-12-05")
    assert _result(a, "art5_1_h").applies is False
    for duty in ("art5_2", "art5_3", "art5_4"):
        assert _result(a, duty).applies is True
    assert _result(a, "art5_4").obligation.fine is FineTier.NATIONAL_ONLY


@pytest.mark.parametrize(
    ("fact", "value", "expected"),
    [("h_national_law_permits", False, True), ("h_prior_authorisation", None, None)],
)
def test_police_rbi_without_law_or_with_unknown_authorisation(
    fact: str, value: Any, expected: Any
) -> None:
    """Without national enabling law no exception is available (Art. 5(5): a Member State "may
    decide to provide for the possibility"), so the use is prohibited; with the authorisation
    unknown, the prohibition is undetermined, never false."""
    quote(
        "5",
        "A Member State may decide to provide for the possibility to fully or partially "
        "authorise the use",
        "both",
    )
    a = aiact.assess(_system(prohibited={**_RBI, fact: value}), _POLICE, as_of="2026-12-05")
    assert _result(a, "art5_1_h").applies is expected


# ------------------------------------------------------------------- Art. 2 exclusions

_CHATBOT_TRANSPARENCY = {"interacts_directly_with_persons": True}


@pytest.mark.parametrize(
    ("transparency", "prohibited", "points", "in_scope"),
    [
        (_CHATBOT_TRANSPARENCY, {}, [], True),
        ({}, {}, [], False),
        (
            {"emotion_recognition": True},
            {
                "f_emotion_recognition_workplace_education": True,
                "f_medical_or_safety_reasons": False,
            },
            ["1c"],
            True,
        ),
    ],
)
def test_open_source_exclusion_art2_12(
    transparency: dict[str, Any], prohibited: dict[str, Any], points: list[str], in_scope: bool
) -> None:
    """Art. 2(12): the Act "does not apply to AI systems released under free and open-source
    licences, unless they are placed on the market or put into service as high-risk AI systems
    or as an AI system that falls under Article 5 or 50". An open-source chatbot (Art. 50(1)) and
    an open-source workplace emotion recognition system (Art. 5(1)(f)) stay in scope, with Art.
    4(1); an open-source text classifier outside Arts. 5, 6 and 50 is out of scope."""
    quote(
        "2",
        "This Regulation does not apply to AI systems released under free and open-source "
        "licences, unless they are placed on the market or put into service as high-risk AI "
        "systems or as an AI system that falls under Article 5 or 50",
        "both",
    )
    quote_nl(
        "tenzij zij in de handel worden gebracht of in gebruik worden gesteld als "
        "AI-systemen met een hoog risico of als een AI-systeem dat onder artikel 5 of "
        "artikel 50 valt"
    )
    system = _system(
        roles=_PROVIDER,
        exclusions={"free_open_source_licence": True},
        transparency=transparency,
        prohibited=prohibited,
        annex_i=_NOT_HIGH_RISK["annex_i"],
        annex_iii={"points": points},
        placed_on_market="2026-09-01",
    )
    a = aiact.assess(system, _company(**_SMALL), as_of="2026-12-05")
    assert a.in_scope is in_scope
    assert _result(a, "art4_1").applies is in_scope


@pytest.mark.parametrize(
    ("exclusion", "org", "cited"),
    [
        (
            "sole_purpose_scientific_research",
            {"kind": "body_governed_by_public_law", "name": "Universiteit"},
            "specifically developed and put into service for the sole purpose of scientific "
            "research and development",
        ),
        (
            "exclusively_military_defence_national_security",
            {"kind": "public_authority", "name": "Ministerie van Defensie"},
            "exclusively for military, defence or national security purposes, regardless of "
            "the type of entity carrying out those activities",
        ),
    ],
)
def test_research_and_military_exclusions_lift_art5(
    exclusion: str, org: dict[str, Any], cited: str
) -> None:
    """Art. 2(6) (research) and Art. 2(3) (military): the Act does not apply, so not even Art. 5
    binds a university's research-only emotion recognition or the defence ministry's biometric
    categorisation; the tier is 'out of scope'."""
    quote("2", cited, "both")
    system = _system(
        roles={**_PROVIDER, "deployer": True},
        exclusions={exclusion: True},
        prohibited={
            "f_emotion_recognition_workplace_education": True,
            "f_medical_or_safety_reasons": False,
        },
        transparency={"emotion_recognition": True},
        annex_i=_NOT_HIGH_RISK["annex_i"],
        annex_iii={"points": ["1c"]},
        put_into_service="2026-09-01",
    )
    a = aiact.assess(system, _company(**org, **_PUBLIC), as_of="2026-12-05")
    assert a.in_scope is False
    assert a.risk_tier.value == "out_of_scope"
    assert _result(a, "art5_1_f").applies is False


# ------------------------------------------------- Art. 50(4): campaign deep fake (NL)


def test_campaign_deep_fake_disclosure_and_sme_fine() -> None:
    """A Dutch political party (25 staff, EUR 2 million turnover) publishes an AI-generated
    video of a rival candidate: Art. 50(4) "Deployers of an AI system that generates or
    manipulates image, audio or video content constituting a deep fake, shall disclose that the
    content has been artificially generated or manipulated", from 2 August 2026, fined under
    Art. 99(4)(g): for an SME the lower of EUR 15 million and 3 %: EUR 60 000."""
    quote(
        "50",
        "shall disclose that the content has been artificially generated or manipulated",
        "both",
    )
    quote_nl(
        "Gebruiksverantwoordelijken van een AI-systeem dat beeld-, audio- of "
        "videocontent genereert of bewerkt die een deepfake vormt, maken bekend dat de "
        "content kunstmatig is gegenereerd of gemanipuleerd"
    )
    case = load_case(CASE_DIR / "campaign-deepfake.yaml")
    a = aiact.assess(case.system, case.organisation, as_of=case.as_of)
    deep_fake = _result(a, "art50_4_deep_fake")
    assert (deep_fake.applies, deep_fake.applies_from) == (True, dt.date(2026, 8, 2))
    assert _ceiling(a, "art50_4_deep_fake").ceiling == 60_000
    assert deep_fake.to_dict("nl")["title"] == (
        "Bekendmaken dat deepfake-content kunstmatig is gegenereerd of gemanipuleerd"
    )


@pytest.mark.parametrize("review", [True, False, None])
def test_public_interest_text_editorial_exception(review: Any) -> None:
    """A Dutch news site publishes AI-written articles on matters of public interest: Art.
    50(4), second subparagraph, applies "unless the AI-generated content has undergone a process
    of human review or editorial control and where a natural or legal person holds editorial
    responsibility". Reviewed with editorial responsibility: no duty; not: the duty; unknown:
    undetermined."""
    quote(
        "50",
        "has undergone a process of human review or editorial control and where a "
        "natural or legal person holds editorial responsibility for the publication of the "
        "content",
        "both",
    )
    system = _system(
        transparency={
            "generates_synthetic_text": True,
            "public_interest_text": True,
            "human_review_and_editorial_responsibility": review,
        },
        **_NOT_HIGH_RISK,
    )
    a = aiact.assess(system, _company(), as_of="2026-12-05")
    assert _result(a, "art50_4_text").applies is (None if review is None else not review)


def _json_without_input(artistic: bool | None) -> dict[str, Any]:
    case = load_case(CASE_DIR / "campaign-deepfake.yaml")
    system = case.system.model_dump(mode="json")
    system["transparency"]["evidently_artistic_creative_satirical"] = artistic
    out = aiact.assess(system, case.organisation, as_of=case.as_of).to_dict()
    out.pop("system")
    return out


def test_art50_4_artistic_limitation_is_reported() -> None:
    """Fixed in round 15 (audit15a's strict xfail; entry art50_4_artistic). A satirical
    campaign video: Art. 50(4) limits the duty, "the transparency obligations set
    out in this paragraph are limited to disclosure of the existence of such generated or
    manipulated content in an appropriate manner that does not hamper the display or enjoyment
    of the work". Whether the limitation holds changes what the party must do, so the
    assessment must differ between true, false and unknown (the unknown also an open
    question)."""
    quote(
        "50",
        "are limited to disclosure of the existence of such generated or manipulated "
        "content in an appropriate manner that does not hamper the display or enjoyment of "
        "the work",
        "both",
    )
    quote_nl("kennelijk artistiek, creatief, satirisch, fictief of analoog")
    answers = [_json_without_input(v) for v in (True, False, None)]
    assert answers[0] != answers[1]
    assert answers[2] not in answers[:2]


def test_nudify_case_file_dutch_output() -> None:
    """The case file of C1 on 1 December 2026: the (ba) ban is ahead (from 2 December 2026), and
    the Dutch record gives the date rule in the Dutch citation style ("artikel 113, derde
    alinea, punt a"; the ``citation`` field is the canonical key, the same in both languages)."""
    case = load_case(CASE_DIR / "nudify-app.yaml")
    a = aiact.assess(case.system, case.organisation, as_of=case.as_of)
    record = _result(a, "art5_1_ba").to_dict("nl")
    assert record["status"] == "upcoming"
    assert "artikel 113, derde alinea, punt a" in record["timing_reason"]
    assert record["title"].startswith("Verboden: realistisch intiem materiaal")
