"""Review rev32a of round 32: eight more real entries of the Dutch algorithm register
(algoritmes.overheid.nl, /work/wt/shared/reference/algoritmeregister) written as case files
(tests/data/rev32a/*.yaml, assumptions in their comments), of kinds round 31 (rev31c) did not
cover, assessed on 7 December 2026 (Regulation (EU) 2024/1689 as amended by Regulation (EU)
2026/1744) and on 1 January 2028, each conclusion checked by hand against the text.

The cases: Gamification (Almere, game-based pre-selection of applicants, Annex III point 4(a),
bought, an employer's own recruitment), Werkzoekenden matchen (Delft, matching job seekers to
vacancies, point 4(a) used by a municipality that is not the employer), Sollicitatiescan WW (UWV,
point 5(a) with profiling, built and used in-house: provider and deployer), PolitieGPT (police,
a general-purpose AI system built in-house on a third party's model: Art. 50(2)), iVRI (Zeeland,
adaptive traffic lights, point 2 and Art. 6(1a)-(1b) as inserted), automated face comparison at
the BRP counter (Gennep, biometric verification excluded from point 1(a)), crack detection in
dikes (HHNK, in development: Art. 2(8)) and the allocation of primary school places (Utrecht,
point 3(a), whether it is an AI system at all is not known).

Verified and pinned here (passing tests): scope, roles, classification and route, the
obligations present and absent, the dates (Art. 113 as amended: 2 December 2027; Art. 111(2) as
replaced: 2 August 2030 for systems used by public authorities; Art. 111(4): 2 December 2026 for
the Art. 50(2) marking of systems placed on the market before 2 August 2026), the fine regime
(Art. 99(4), Art. 99(8) for public authorities) and the Dutch terms.

Findings (strict xfail):

* D1 (iVRI): while it is open whether the traffic-light controller is a safety component
  (Art. 6(1a)-(1b)), the deployer duties list ``possible_applies_from`` 2 December 2027, 2 August
  2030 or none; no answer to the open questions gives 2 December 2027 (every answer gives 2
  August 2030 or no duty: the system was in use before the Annex III date, Art. 111(2)).
* D2 (iVRI): the headline of round 32 reads "minimaal risico; minimaal risico vanaf 2 dec 2027"
  and drops the "mogelijk AI-systeem met een hoog risico" the change carries (its
  ``possible_tiers``); a director reads that the system stays minimal risk.
* D3 (Utrecht): with ``is_ai_system`` unknown the classification table says "hoog risico (artikel
  6): ja" and "hoog risico via bijlage III: ja" under "AI-systeem: onbekend" (the categories are
  computed apart from scope; the tier, "onbepaald", is right); Art. 6(2) makes "AI systems
  referred to in Annex III" high-risk, so the rows read as a finding that is not one.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

import pytest
import yaml
from lawquote import quote, quote_annex, quote_nl

import aiact

CASES = Path(__file__).resolve().parent / "data" / "rev32a"
D = dt.date
NOW = D(2026, 12, 7)
LATER = D(2028, 1, 1)
SLUGS = (
    "almere-gamification",
    "delft-werkzoekenden",
    "uwv-sollicitatiescan",
    "politie-politiegpt",
    "zeeland-ivri",
    "gennep-gezichtsvergelijking",
    "hhnk-scheurdetectie",
    "utrecht-basisscholen",
)
HIGH_RISK = {
    "almere-gamification": "4a",
    "delft-werkzoekenden": "4a",
    "uwv-sollicitatiescan": "5a",
}
IN_SCOPE_AI = tuple(s for s in SLUGS if s not in ("hhnk-scheurdetectie", "utrecht-basisscholen"))


# ------------------------------------------------------------------ one assessment per case/day


@functools.cache
def _assessment(slug: str, day: dt.date) -> aiact.Assessment:
    return aiact.load_case(CASES / f"{slug}.yaml").assess(as_of=day)


@functools.cache
def _dict(slug: str, day: dt.date, lang: str = "en") -> dict[str, Any]:
    return _assessment(slug, day).to_dict(lang)  # type: ignore[arg-type]


def _rows(slug: str, day: dt.date = NOW) -> dict[str, dict[str, Any]]:
    return {o["id"]: o for o in _dict(slug, day)["obligations"]}


def _applying(slug: str, day: dt.date = NOW) -> set[str]:
    return {i for i, o in _rows(slug, day).items() if o["applies"] == "true"}


def _categories(slug: str, day: dt.date = NOW) -> dict[str, str]:
    return dict(_dict(slug, day)["classification"]["categories"])


def _open_ids(slug: str, day: dt.date = NOW) -> set[str]:
    return {q["id"] for q in _dict(slug, day)["open_questions"]}


def _modified(slug: str, day: dt.date, **system: Any) -> aiact.Assessment:
    data = yaml.safe_load((CASES / f"{slug}.yaml").read_text(encoding="utf-8"))
    for dotted, value in system.items():
        node = data["system"]
        *parents, leaf = dotted.split("__")
        for key in parents:
            node = node.setdefault(key, {})
        node[leaf] = value
    return aiact.Case.model_validate(data).assess(as_of=day)


def _mod_rows(a: aiact.Assessment) -> dict[str, dict[str, Any]]:
    return {o["id"]: o for o in a.to_dict("en")["obligations"]}


# ----------------------------------------------------------------------------- every case


@pytest.mark.parametrize("slug", IN_SCOPE_AI)
def test_the_ai_systems_in_use_are_in_scope_and_no_prohibited_practice(slug: str) -> None:
    """Art. 3(1) ("infers, from the input it receives, how to generate outputs"; each case file
    says why), Art. 2(1)(b) (deployers established in the Union) and Art. 5 (none declared)."""
    quote("3", "infers, from the input it receives, how to generate outputs")
    quote("2", "deployers of AI systems that have their place of establishment or are located")
    for day in (NOW, LATER):
        cats = _categories(slug, day)
        assert (cats["ai_system"], cats["in_scope"], cats["prohibited"]) == (
            "true",
            "true",
            "false",
        )
        assert _dict(slug, day)["law"] == "2024/1689+2026/1744"


@pytest.mark.parametrize("slug", IN_SCOPE_AI)
def test_ai_literacy_binds_every_case_in_scope(slug: str) -> None:
    """Art. 4 as replaced (2026/1744): "Providers and deployers of AI systems shall take measures
    to support the development of AI literacy of their staff"; national penalties only."""
    quote("4", "shall take measures to support the development of AI literacy", "new")
    row = _rows(slug)["art4_1"]
    assert (row["applies"], row["status"], row["fine_tier"]) == (
        "true",
        "in_force",
        "national_only",
    )


@pytest.mark.parametrize("slug", SLUGS)
def test_public_authorities_are_fined_under_national_rules(slug: str) -> None:
    """Art. 99(8): "Each Member State shall lay down rules on to what extent administrative fines
    may be imposed on public authorities and bodies established in that Member State": no EU
    ceiling is named for the municipalities, the province, the water board, UWV or the police."""
    quote("99", "administrative fines may be imposed on public authorities and bodies")
    exposure = _dict(slug, LATER)["exposure"]
    assert (exposure["offender"], exposure["max_ceiling"]) == ("public_body", None)


# ------------------------------------------------------------------- Annex III points 4(a), 5(a)


@pytest.mark.parametrize("slug", HIGH_RISK)
def test_the_annex_iii_cases_are_high_risk_from_2_december_2027(slug: str) -> None:
    """Art. 6(2) with the declared point; the systems evaluate persons (profiling), so Art. 6(3)
    cannot take them out ("shall always be considered to be high-risk where the AI system
    performs profiling"); the tier from "2 December 2027 as regards AI systems classified as
    high-risk pursuant to Article 6(2) and Annex III" (Art. 113, third paragraph, (c)(i))."""
    quote_annex("III", "to analyse and filter job applications, and to evaluate candidates")
    quote_annex("III", "to evaluate the eligibility of natural persons for essential public")
    quote("6", "shall always be considered to be high-risk where the AI system performs profiling")
    quote("113", "2 December 2027 as regards AI systems classified as high-risk pursuant to", "new")
    assert HIGH_RISK[slug] in _dict(slug, NOW)["system"]["annex_iii"]["points"]
    assert _categories(slug)["profiling_override"] == "true"
    for day, tier in ((NOW, "minimal"), (LATER, "high_risk")):
        c = _dict(slug, day)["classification"]
        assert (c["classification_tier"], c["route"], c["risk_tier"]) == (
            "high_risk",
            "annex_iii",
            tier,
        )
    changes = _dict(slug, NOW)["classification"]["tier_changes"]
    assert [(x["date"], x["tier"]) for x in changes] == [("2027-12-02", "high_risk")]


@pytest.mark.parametrize("slug", HIGH_RISK)
def test_public_deployers_owe_the_fria_the_registration_and_the_explanation(slug: str) -> None:
    """Art. 27(1) ("deployers that are bodies governed by public law"), Art. 49(3) (deployers
    that are public authorities register their use, point 2 excepted), Art. 26(11) (inform the
    persons subject to decisions), Art. 86(1) (explanation from the deployer). Points 4 and 5 are
    not in Art. 49(4) (secure section only for points 1, 6 and 7)."""
    quote("27", "deployers that are bodies governed by public law, or are private entities")
    quote("49", "deployers that are public authorities, Union institutions, bodies, offices")
    quote("49", "For high-risk AI systems referred to in points 1, 6 and 7 of Annex III")
    quote("86", "shall have the right to obtain from the deployer clear and meaningful")
    rows = _rows(slug)
    for key in ("art26_1", "art26_8", "art26_11", "art27_1", "art27_3", "art49_3", "art86"):
        assert rows[key]["applies"] == "true", key
    for key in ("art27_1", "art49_3", "art86"):
        assert rows[key]["fine_tier"] == "national_only", key
    assert rows["art26_1"]["fine_citation"] == "Art. 99(4)(e)"
    assert not {"art49_4", "art49_4_deployer", "art26_10"} & set(rows)


@pytest.mark.parametrize("slug", ("delft-werkzoekenden", "uwv-sollicitatiescan"))
def test_systems_in_use_by_public_authorities_apply_from_2_august_2030(slug: str) -> None:
    """Art. 111(2) as replaced: high-risk systems put into service before the date of application
    of Chapter III are covered "only if, as from that date, those systems are subject to
    significant changes in their designs. In any case, the providers and deployers of high-risk
    AI systems intended to be used by public authorities shall take the necessary steps to
    comply ... by 2 August 2030". Both were in use before 2 August 2026, no significant change:
    the duties start on 2 August 2030, on both dates assessed."""
    quote("111", "only if, as from that date, those systems are subject to significant", "amended")
    quote("111", "intended to be used by public authorities shall take the necessary", "amended")
    assert _categories(slug)["legacy_grace"] == "true"
    for day in (NOW, LATER):
        rows = _rows(slug, day)
        for key in ("art26_1", "art27_1", "art49_3", "art86"):
            assert (rows[key]["applies_from"], rows[key]["deadline"]) == (
                "2030-08-02",
                "2030-08-02",
            ), key
            assert rows[key]["status"] == "upcoming", key


def test_almere_a_recruitment_product_used_by_a_municipality_is_due_by_2030_on_reading_a3() -> None:
    """Art. 111(2), second sentence: "high-risk AI systems intended to be used by public
    authorities". The game-based assessment is a product for any employer (the case says not
    intended for public authorities) but a municipality uses it: the library's reading A3
    (intended purpose or actual public use, flagged) puts the deadline at 2 August 2030; a
    significant change is not known, so when the duties start stays open (the first sentence:
    "only if ... subject to significant changes")."""
    quote("111", "high-risk AI systems intended to be used by public authorities", "amended")
    assert _dict("almere-gamification", NOW)["interpretations"]["A3"] == "intended_or_actual"
    assert _categories("almere-gamification")["legacy_grace"] == "unknown"
    assert "significant_change" in _open_ids("almere-gamification")
    row = _rows("almere-gamification")["art26_1"]
    assert (row["applies_from"], row["due"]) == (None, "2030-08-02")
    # On the intended purpose alone (A3 = intended_purpose) no 2030 deadline: the duties wait
    # for a significant change (first sentence), which is not known.
    data = yaml.safe_load((CASES / "almere-gamification.yaml").read_text(encoding="utf-8"))
    data["interpretations"] = {"public_authority_use": "intended_purpose"}
    a = aiact.Case.model_validate(data).assess(as_of=LATER)
    row = _mod_rows(a)["art26_1"]
    assert (row["applies"], row["deadline"], row["possible_applies_from"]) == (
        "unknown",
        None,
        [None],
    )


def test_almere_the_employer_informs_workers_but_controls_no_input_data() -> None:
    """Art. 26(7): "Before putting into service or using a high-risk AI system at the workplace,
    deployers who are employers shall inform" the workers' representatives; Art. 26(4) binds only
    "to the extent the deployer exercises control over the input data" (the applicants play the
    supplier's games); Art. 27(4): the FRIA "shall complement" a DPIA already conducted, which
    the entry leaves unknown ("impactassessment: Onbekend")."""
    quote("26", "Before putting into service or using a high-risk AI system at the workplace")
    quote("26", "to the extent the deployer exercises control over the input data")
    quote("27", "the fundamental rights impact assessment referred to in paragraph 1 of this")
    rows = _rows("almere-gamification")
    assert rows["art26_7"]["applies"] == "true"
    assert "art26_4" not in rows
    assert rows["art27_4"]["applies"] == "unknown"
    assert "dpia_conducted" in _open_ids("almere-gamification")
    assert _dict("almere-gamification", NOW)["roles"]["provider"] == "false"


def test_delft_job_matching_is_point_4a_without_the_workplace_duty() -> None:
    """Annex III point 4(a) covers the system's purpose ("recruitment or selection of natural
    persons, in particular to place targeted job advertisements"), not the deployer's status as
    employer; Art. 26(7) binds "deployers who are employers" using it "at the workplace": the
    job seekers are not Delft's workers, so no Art. 26(7); the municipality controls the input
    data (Art. 26(4))."""
    quote_annex("III", "to place targeted job advertisements")
    rows = _rows("delft-werkzoekenden")
    assert "art26_7" not in rows
    assert rows["art26_4"]["applies"] == "true"
    assert rows["art27_4"]["applies"] == "true"


def test_uwv_in_house_is_provider_and_deployer_with_internal_control() -> None:
    """Art. 3(3) (develops and puts into service under its own name) and Art. 3(4): provider
    and deployer; Art. 16 duties, Art. 43(2) ("points 2 to 8 of Annex III ... the conformity
    assessment procedure based on internal control"), Art. 49(1) (the provider registers the
    system) and Art. 49(3) (the deployer its use), all from 2 August 2030 (Art. 111(2))."""
    quote(
        "43", "conformity assessment procedure based on internal control as referred to in Annex VI"
    )
    quote("49", "the provider or, where applicable, the authorised representative shall register")
    roles = _dict("uwv-sollicitatiescan", NOW)["roles"]
    assert (roles["provider"], roles["deployer"]) == ("true", "true")
    ids = _applying("uwv-sollicitatiescan")
    assert {"art9", "art16_b", "art17", "art43_2", "art49_1", "art49_3", "art26_1"} <= ids
    rows = _rows("uwv-sollicitatiescan")
    assert rows["art9"]["fine_citation"] == "Art. 99(4)(a)"
    assert rows["art43_2"]["applies_from"] == "2030-08-02"
    assert not {"art43_1_choice", "art43_1_annex_vii"} & set(rows)


# --------------------------------------------------------------------------------- PolitieGPT


def test_politiegpt_marks_its_text_from_2_august_2026_and_needs_no_interaction_notice() -> None:
    """Art. 50(2): "Providers of AI systems, including general-purpose AI systems, generating
    synthetic ... text content, shall ensure that the outputs ... are marked"; Art. 50(1) does
    not bind where the interaction "is obvious from the point of view of a natural person who is
    reasonably well-informed" (police staff using "PolitieGPT"); Art. 111(4) gives until 2
    December 2026 only to systems "placed on the market before 2 August 2026" - PolitieGPT was
    put into service in-house, so Art. 50(2) binds from 2 August 2026; fines Art. 99(4)(g)."""
    quote("50", "including general-purpose AI systems, generating synthetic audio, image, video")
    quote("50", "unless this is obvious from the point of view of a natural person who is")
    quote("111", "that have been placed on the market before 2 August 2026 shall take", "new")
    for day in (NOW, LATER):
        c = _dict("politie-politiegpt", day)["classification"]
        assert c["risk_tier"] == "transparency"
        rows = _rows("politie-politiegpt", day)
        assert _applying("politie-politiegpt", day) == {"art4_1", "art50_2", "art50_5_marking"}
        assert "art50_1" not in rows
        assert (rows["art50_2"]["applies_from"], rows["art50_2"]["fine_citation"]) == (
            "2026-08-02",
            "Art. 99(4)(g)",
        )
    roles = _dict("politie-politiegpt", NOW)["roles"]
    assert (roles["provider"], roles["deployer"]) == ("true", "true")


def test_politiegpt_placed_on_the_market_before_august_2026_marks_by_2_december_2026() -> None:
    """Art. 111(4) as added: "Providers of AI systems, including general-purpose AI systems,
    generating synthetic audio, image, video or text content, that have been placed on the market
    before 2 August 2026 shall take the necessary steps in order to comply with Article 50(2) by
    2 December 2026"; and with an interaction that is not obvious, Art. 50(1) binds."""
    quote("111", "in order to comply with Article 50(2) by 2 December 2026", "new")
    a = _modified("politie-politiegpt", D(2026, 10, 1), placed_on_market="2026-06-01")
    row = _mod_rows(a)["art50_2"]
    assert (row["applies_from"], row["status"]) == ("2026-12-02", "upcoming")
    b = _modified("politie-politiegpt", NOW, transparency__interaction_obvious=False)
    assert _mod_rows(b)["art50_1"]["applies"] == "true"


# ------------------------------------------------------------------------------------- iVRI


def test_ivri_point_2_turns_on_whether_the_controller_is_a_safety_component() -> None:
    """Art. 6(1a) as inserted: "For the purposes of this Regulation, including paragraph 1 of
    this Article, AI systems that are solely used for non-safety related aspects of ... performance
    optimisation ... shall not qualify as safety components"; Art. 6(1b): "Notwithstanding
    paragraph 1a, AI systems the failure or malfunctioning of which would endanger health and
    safety shall qualify as safety components". The entry says neither (safety and flow), so the
    tier is open and the question is asked; solely non-safety and harmless: not high-risk;
    dangerous failure: high-risk (reading A15 applies Art. 6(1a) to point 2)."""
    quote("6", "solely used for non-safety related aspects of user assistance", "new")
    quote("6", "the failure or malfunctioning of which would endanger health and safety", "new")
    quote_annex("III", "management and operation of critical digital infrastructure, road traffic")
    assert _categories("zeeland-ivri")["high_risk"] == "unknown"
    assert "art6_1a_safety_aspects" in _open_ids("zeeland-ivri")
    harmless = _modified(
        "zeeland-ivri",
        LATER,
        annex_i__failure_endangers_health_safety=False,
        annex_i__solely_non_safety_functions=True,
    )
    assert set(_mod_rows(harmless)) <= {"art4_1", "art75c_3", "art75c_5"}
    for solely in (True, False):
        dangerous = _modified(
            "zeeland-ivri",
            LATER,
            annex_i__failure_endangers_health_safety=True,
            annex_i__solely_non_safety_functions=solely,
        )
        assert dangerous.to_dict("en")["classification"]["risk_tier"] == "high_risk"


def test_ivri_as_a_point_2_system_has_no_fria_no_eu_registration_and_no_explanation() -> None:
    """Point 2 is excepted from Art. 27(1) ("with the exception of high-risk AI systems intended
    to be used in the area listed in point 2 of Annex III"), Art. 49(3) ("with the exception of
    high-risk AI systems listed in point 2 of Annex III"; so nothing for Art. 26(8) to point to)
    and Art. 86(1) ("with the exception of systems listed under point 2 thereof"); Art. 49(5):
    point 2 systems "shall be registered at national level", not a deployer duty. The lights
    decide nothing about persons (no Art. 26(11)). Due by 2 August 2030 (Art. 111(2))."""
    quote("27", "intended to be used in the area listed in point 2 of Annex III")
    quote("49", "with the exception of high-risk AI systems listed in point 2 of Annex III")
    quote("86", "with the exception of systems listed under point 2 thereof")
    quote("49", "shall be registered at national level")
    a = _modified("zeeland-ivri", LATER, annex_i__failure_endangers_health_safety=True)
    rows = _mod_rows(a)
    assert {"art26_1", "art26_2", "art26_5", "art26_6", "art26_12"} <= {
        i for i, o in rows.items() if o["applies"] == "true"
    }
    assert not {"art27_1", "art49_3", "art26_8", "art86", "art26_11", "art49_1"} & set(rows)
    assert rows["art26_1"]["applies_from"] == "2030-08-02"


def test_every_answer_on_the_ivri_gives_2030_or_no_duty() -> None:
    """The premise of D1: each answer to the two open facts gives Art. 26(1) from 2 August 2030
    (Art. 111(2), in use since 2025, no significant change) or no Art. 26(1) at all."""
    seen = set()
    for failure in (True, False):
        for solely in (True, False):
            a = _modified(
                "zeeland-ivri",
                LATER,
                annex_i__failure_endangers_health_safety=failure,
                annex_i__solely_non_safety_functions=solely,
            )
            row = _mod_rows(a).get("art26_1")
            seen.add(None if row is None else row["applies_from"])
    assert seen == {None, "2030-08-02"}


def test_d1_the_ivri_possible_start_dates_are_those_some_answer_gives() -> None:
    """Art. 111(2) as replaced: a high-risk system put into service before the Annex III date
    (2 December 2027) is covered "only if ... subject to significant changes" and, "intended to be
    used by public authorities", by 2 August 2030; the iVRI was in use in 2025 without a
    significant change. So while only its safety-component status is open, the possible start of
    Art. 26(1) is 2 August 2030 or none; the library lists ['2027-12-02', '2030-08-02', None],
    a date that no answer produces (test above), and a director plans for December 2027."""
    quote("111", "before the date of application of Chapter III referred to in Article 113", "new")
    row = _rows("zeeland-ivri", LATER)["art26_1"]
    assert "2027-12-02" not in row["possible_applies_from"]


def test_d2_the_ivri_headline_says_it_may_become_high_risk() -> None:
    """The tier change of 2 December 2027 (Art. 113, third paragraph, (c)(i)) is "minimal risk;
    possibly high-risk AI system" (``possible_tiers``), as the table "Komende wijzigingen" says;
    the headline of round 32 (``dated_headline``) prints "minimaal risico; minimaal risico vanaf
    2 dec 2027", which a director reads as "stays minimal risk". It should name the possibility
    ("mogelijk AI-systeem met een hoog risico vanaf 2 dec 2027"). Fixed in round 32 (lead)."""
    from aiact.views._rows import dated_headline

    a = _assessment("zeeland-ivri", NOW)
    assert a.tier_changes[0].possible_tiers
    _lead, value = dated_headline(a, "nl")
    assert "mogelijk" in value, value


# ------------------------------------------------------------------------------------ Gennep


def test_gennep_face_verification_at_the_counter_is_not_high_risk() -> None:
    """Annex III point 1(a): remote biometric identification "shall not include AI systems
    intended to be used for biometric verification the sole purpose of which is to confirm that a
    specific natural person is the person he or she claims to be" (Art. 3(36): "one-to-one
    verification"); no other point, no Art. 50 use: only Art. 4, on both dates."""
    quote_annex("III", "the sole purpose of which is to confirm that a specific natural person")
    quote("3", "automated, one-to-one verification, including authentication")
    for day in (NOW, LATER):
        cats = _categories("gennep-gezichtsvergelijking", day)
        assert (cats["annex_iii_listed"], cats["high_risk"]) == ("false", "false")
        assert _applying("gennep-gezichtsvergelijking", day) == {"art4_1"}


# -------------------------------------------------------------------------------------- HHNK


def test_hhnk_crack_detection_in_development_is_outside_the_act_until_put_into_service() -> None:
    """Art. 2(8): "This Regulation does not apply to any research, testing or development
    activity regarding AI systems or AI models prior to their being placed on the market or put
    into service"; once put into service it is in scope with Art. 4 only: flood defences are not
    in Annex III point 2 ("critical digital infrastructure, road traffic, or in the supply of
    water, gas, heating or electricity")."""
    quote("2", "does not apply to any research, testing or development activity regarding AI")
    quote_annex("III", "or in the supply of water, gas, heating or electricity")
    for day in (NOW, LATER):
        assert _categories("hhnk-scheurdetectie", day)["in_scope"] == "false"
        assert _dict("hhnk-scheurdetectie", day)["obligations"] == []
    a = _modified(
        "hhnk-scheurdetectie",
        LATER,
        exclusions__pre_market_research_testing=False,
        put_into_service="2027-06-01",
    )
    assert {i for i, o in _mod_rows(a).items() if o["applies"] == "true"} == {"art4_1"}


# ------------------------------------------------------------------------------------ Utrecht


def test_utrecht_school_allocation_waits_for_the_ai_system_question() -> None:
    """Art. 3(1) decides everything: a lottery and matching on fixed priority rules may not be
    an AI system. Unknown: the tier is undetermined, Art. 4 and the point 3(a) deployer duties
    are unknown (from 2 August 2030 if it is one, Art. 111(2)), and the definition is asked."""
    quote_annex("III", "to determine access or admission or to assign natural persons")
    c = _dict("utrecht-basisscholen", NOW)["classification"]
    assert (c["risk_tier"], c["classification_tier"]) == ("undetermined", "undetermined")
    rows = _rows("utrecht-basisscholen")
    assert rows["art4_1"]["applies"] == "unknown"
    assert (rows["art27_1"]["applies"], rows["art27_1"]["applies_from"]) == (
        "unknown",
        "2030-08-02",
    )
    assert {"ai_system", "ai_system.technique"} <= _open_ids("utrecht-basisscholen")


def test_d3_the_table_does_not_say_high_risk_while_the_ai_system_question_is_open() -> None:
    """Art. 6(2): "In addition to the high-risk AI systems referred to in paragraph 1, AI systems
    referred to in Annex III shall be considered to be high-risk" - an AI system first (Art.
    3(1)). The categories are computed apart from scope (``hr.high_risk`` has no Art. 3(1)
    conjunct; the tier combines them, and says "onbepaald"), but the classification table prints
    them bare: "AI-systeem (artikel 3, punt 1) | onbekend" and two rows below "hoog risico
    (artikel 6) | ja" and "hoog risico via bijlage III (artikel 6, lid 2) | ja", which a director
    reads as a finding. While Art. 3(1) or Art. 2 is open the row should say "ja, als het een
    AI-systeem is" or "onbekend". Fixed in round 32 (lead): "ja, als binnen het
    toepassingsgebied"."""
    quote("6", "AI systems referred to in Annex III shall be considered to be high-risk")
    from aiact.views import assessment_markdown

    cats = _categories("utrecht-basisscholen")
    assert (cats["ai_system"], cats["high_risk"]) == ("unknown", "true")
    body = assessment_markdown(_assessment("utrecht-basisscholen", NOW), "nl")
    assert "| AI-systeem (artikel 3, punt 1) | onbekend |" in body
    assert "| hoog risico (artikel 6) | ja |" not in body


# ------------------------------------------------------------------------------------- Dutch


@pytest.mark.parametrize("slug", HIGH_RISK)
def test_the_dutch_output_uses_the_official_terms(slug: str) -> None:
    """The Dutch text: "gebruiksverantwoordelijke", "beoordeling van de gevolgen voor de
    grondrechten"; no English role names in the Dutch assessment."""
    quote_nl("gebruiksverantwoordelijke")
    quote_nl("Beoordeling van de gevolgen voor de grondrechten")
    from aiact.views import assessment_markdown

    body = assessment_markdown(_assessment(slug, LATER), "nl")
    assert "gebruiksverantwoordelijke" in body
    assert "beoordeling van de gevolgen voor de grondrechten" in body
    for english in ("deployer", "provider", "high-risk", "fundamental rights", "workplace"):
        assert english not in body.lower(), english


def test_the_dutch_art_26_7_title_names_the_workers_representatives() -> None:
    """Art. 26(7) in Dutch: "werknemersvertegenwoordigers en de betrokken werknemers"."""
    quote_nl("werknemersvertegenwoordigers en de betrokken werknemers")
    nl = {o["id"]: o["title"] for o in _dict("almere-gamification", LATER, "nl")["obligations"]}
    assert "werknemers" in nl["art26_7"]
