"""Review rev33a of round 33: eight more real entries of the Dutch algorithm register
(algoritmes.overheid.nl, /work/shared/reference/algoritmeregister) written as case files
(tests/data/rev33a/*.yaml, assumptions in their comments), of kinds rounds 31 (rev31c) and 32
(rev32a) did not cover, assessed on 7 December 2026 (Regulation (EU) 2024/1689 as amended by
Regulation (EU) 2026/1744) and on 1 January 2028, each conclusion checked by hand against the text.

The cases: PolyAI Voicebot (Amsterdam, a bought voicebot: Art. 50(1) and (2) are the provider's,
the municipality only deploys it), Canva Magic Studio (De Bilt, generated images and news texts:
the deployer's Art. 50(4), whether they are deep fakes or reviewed texts left open), Case Matcher
(IND, Annex III point 7(c) with the Art. 6(3) derogation: Art. 6(4), Art. 49(2) in the secure
section of Art. 49(4)), the Threat-to-life model (police, point 6(a), whether it profiles or is
merely preparatory left open), Gedragsgroepen (DUO, profiling debtors: an Art. 5(1)(c) near-miss
and no Annex III point), Slim inzetten weginspecteurs (Rijkswaterstaat, whether point 5(d) covers
pre-positioning road inspectors is open), Adviestool kwijtschelding (Amsterdam, point 5(a) with
profiling, built and used in-house; Art. 111(2) with a significant change before and after the
cut-off) and GovChat-NL/LAICA (Limburg, an open-source chat assistant: Art. 2(12) does not exclude
it because it falls under Art. 50).

Verified and pinned here (passing tests): scope, roles, classification and route, the
obligations present and absent, the dates (Art. 113 as amended; Art. 111(2) as replaced), the
fine regime (Art. 99(8) for public authorities, the Art. 99(4) points) and the Dutch terms.

Findings (strict xfail):

* D1 (Threat-to-life, Case Matcher, weginspecteurs; the same defect as rev32a D1 on other routes):
  while the Art. 6(3) facts, the Art. 80(2) finding or the Annex III point are open, the deployer
  duties list ``possible_applies_from`` 2 December 2027, 2 August 2030 or none; every answer to
  the open questions gives 2 August 2030 or no duty (the systems were in use before the Annex III
  date, without a significant change, and are intended for public authorities: Art. 111(2)).
* D2 (headline): with Art. 3(1) and Art. 5 facts open, the headline reads "onbepaald; mogelijk
  verboden AI-praktijk, AI-systeem met een hoog risico vanaf 2 dec 2027": the prohibition is dated
  to 2 December 2027, though Art. 5 applies since 2 February 2025 (Art. 113, third paragraph,
  point (a)) and ``possible_tiers`` on the day assessed already holds "prohibited".
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from pathlib import Path
from typing import Any

import pytest
import yaml
from lawquote import quote, quote_annex, quote_nl

import aiact

CASES = Path(__file__).resolve().parent / "data" / "rev33a"
D = dt.date
NOW = D(2026, 12, 7)
LATER = D(2028, 1, 1)
SLUGS = (
    "amsterdam-polyai-voicebot",
    "debilt-canva-magic-studio",
    "ind-case-matcher",
    "politie-threat-to-life",
    "duo-gedragsgroepen",
    "rws-weginspecteurs",
    "amsterdam-kwijtschelding",
    "limburg-govchat-laica",
)


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
    """The case with system facts replaced (``a__b=value`` sets ``system.a.b``)."""
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


def _mod_applying(a: aiact.Assessment) -> set[str]:
    return {i for i, o in _mod_rows(a).items() if o["applies"] == "true"}


# ----------------------------------------------------------------------------- every case


@pytest.mark.parametrize("slug", SLUGS)
def test_every_case_is_an_ai_system_in_scope_and_no_prohibited_practice(slug: str) -> None:
    """Art. 3(1) ("infers, from the input it receives, how to generate outputs"; each case file
    says why), Art. 2(1)(a)/(b) (providers putting into service in the Union, deployers
    established in it) and Art. 5 (none: DUO's grouping is the near-miss checked below)."""
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


@pytest.mark.parametrize("slug", SLUGS)
def test_ai_literacy_binds_every_case(slug: str) -> None:
    """Art. 4 as replaced: "Providers and deployers of AI systems shall take measures to support
    the development of AI literacy of their staff"; in force since 27 July 2026 (the Omnibus's
    entry into force); national penalties only."""
    quote("4", "shall take measures to support the development of AI literacy", "new")
    row = _rows(slug)["art4_1"]
    assert (row["applies"], row["status"], row["applies_from"], row["fine_tier"]) == (
        "true",
        "in_force",
        "2026-07-27",
        "national_only",
    )


@pytest.mark.parametrize("slug", SLUGS)
def test_public_authorities_are_fined_under_national_rules(slug: str) -> None:
    """Art. 99(8): "Each Member State shall lay down rules on to what extent administrative fines
    may be imposed on public authorities and bodies established in that Member State": no EU
    ceiling for the municipalities, the province, IND, DUO, Rijkswaterstaat or the police."""
    quote("99", "administrative fines may be imposed on public authorities and bodies")
    for day in (NOW, LATER):
        exposure = _dict(slug, day)["exposure"]
        assert (exposure["offender"], exposure["max_ceiling"]) == ("public_body", None)


# --------------------------------------------------------------------- PolyAI (Amsterdam)


def test_polyai_art_50_1_and_2_are_the_providers_not_the_municipalitys() -> None:
    """Art. 50(1): "Providers shall ensure that AI systems intended to interact directly with
    natural persons are designed and developed in such a way that the natural persons concerned
    are informed"; Art. 50(2): "Providers of AI systems ... generating synthetic audio". Both are
    provider duties; Amsterdam only deploys the voicebot (Art. 3(4)), and no deployer duty of Art.
    50(3)-(4) is engaged (no emotion recognition, no deep fake, no published text). Amsterdam owes
    Art. 4; whether the system carries Art. 50 duties at all (for PolyAI) is open: the
    interaction may be obvious, the spoken answers may not "substantially alter the input" (Art.
    50(2), exceptions), so the tier is minimal "at least", possibly transparency."""
    quote("50", "Providers shall ensure that AI systems intended to interact directly with natural")
    quote("50", "do not substantially alter the input data provided by the deployer")
    roles = _dict("amsterdam-polyai-voicebot", NOW)["roles"]
    assert (roles["provider"], roles["deployer"]) == ("false", "true")
    for day in (NOW, LATER):
        rows = _rows("amsterdam-polyai-voicebot", day)
        assert _applying("amsterdam-polyai-voicebot", day) == {"art4_1"}
        assert not {i for i in rows if i.startswith("art50")}
        c = _dict("amsterdam-polyai-voicebot", day)["classification"]
        assert (c["risk_tier"], c["possible_higher_tiers"]) == ("minimal", ["transparency"])
        assert c["categories"]["transparency"] == "unknown"
    assert "transparency_exceptions" in _open_ids("amsterdam-polyai-voicebot")


def test_polyai_built_in_house_would_owe_the_interaction_notice_from_2_august_2026() -> None:
    """Counterfactual: had Amsterdam built the voicebot (provider, Art. 3(3)) and the callers
    could not tell they talk to a machine, Art. 50(1) binds it; Art. 50 applies from 2 August 2026
    (Art. 113, second paragraph; the Omnibus moved no date for Art. 50(1)); fine Art. 99(4)(g)."""
    quote("113", "It shall apply from 2 August 2026")
    quote("99", "transparency obligations for providers and deployers pursuant to Article 50")
    a = _modified(
        "amsterdam-polyai-voicebot",
        NOW,
        roles__provider=True,
        value_chain__provider_established_in_eu=True,
        transparency__interaction_obvious=False,
    )
    row = _mod_rows(a)["art50_1"]
    assert (row["applies"], row["applies_from"], row["fine_citation"]) == (
        "true",
        "2026-08-02",
        "Art. 99(4)(g)",
    )


# ----------------------------------------------------------------- Canva Magic Studio (De Bilt)


def test_canva_art_50_4_waits_for_the_deep_fake_and_editorial_facts() -> None:
    """Art. 50(4), first subparagraph: "Deployers of an AI system that generates or manipulates
    image, audio or video content constituting a deep fake, shall disclose"; second
    subparagraph: text "published with the purpose of informing the public on matters of public
    interest" is disclosed unless it "has undergone a process of human review or editorial
    control and ... a natural or legal person holds editorial responsibility". The register
    leaves both facts open, so both duties are unknown (not absent, not certain) and asked; from
    2 August 2026 (Art. 113; Art. 111(4) concerns providers only), fines Art. 99(4)(g)."""
    quote("50", "generates or manipulates image, audio or video content constituting a deep fake")
    quote("50", "published with the purpose of informing the public on matters of public interest")
    quote("50", "holds editorial responsibility for the publication of the content")
    rows = _rows("debilt-canva-magic-studio")
    for key in ("art50_4_deep_fake", "art50_4_text"):
        assert (rows[key]["applies"], rows[key]["applies_from"], rows[key]["fine_citation"]) == (
            "unknown",
            "2026-08-02",
            "Art. 99(4)(g)",
        ), key
    assert "art50_2" not in rows  # the provider's marking duty, not De Bilt's
    assert _applying("debilt-canva-magic-studio") == {"art4_1"}
    assert {"transparency_features", "transparency_exceptions"} <= _open_ids(
        "debilt-canva-magic-studio"
    )


@pytest.mark.parametrize(
    ("deep_fake", "reviewed"), list(itertools.product((True, False), repeat=2))
)
def test_canva_each_answer_settles_the_art_50_4_duties(deep_fake: bool, reviewed: bool) -> None:
    """The partial answer is sound and complete for these two facts: a deep fake binds the
    disclosure and no deep fake drops it; reviewed text under editorial responsibility is exempt,
    unreviewed public-interest text must be disclosed (Art. 50(4), both subparagraphs)."""
    quote("50", "Deployers of an AI system that generates or manipulates text which is published")
    a = _modified(
        "debilt-canva-magic-studio",
        NOW,
        transparency__deep_fake=deep_fake,
        transparency__human_review_and_editorial_responsibility=reviewed,
    )
    ids = _mod_applying(a)
    assert ("art50_4_deep_fake" in ids) is deep_fake
    assert ("art50_4_text" in ids) is (not reviewed)
    assert a.to_dict("en")["classification"]["risk_tier"] == (
        "transparency" if deep_fake or not reviewed else "minimal"
    )


# -------------------------------------------------------------------- Case Matcher (IND)


def test_ind_case_matcher_is_listed_in_point_7c_but_not_high_risk_under_art_6_3() -> None:
    """Annex III point 7(c): "to assist competent public authorities for the examination of
    applications for asylum"; Art. 6(3): not high-risk where it "does not pose a significant
    risk of harm ... including by not materially influencing the outcome of decision making",
    here because it performs "a narrow procedural task" (finding similar files) and "a
    preparatory task"; it does not profile the applicant. So no deployer duties of Art. 26, no
    FRIA (Art. 27), no Art. 86 explanation; on both dates."""
    quote_annex("III", "to assist competent public authorities for the examination of applications")
    quote("6", "does not pose a significant risk of harm to the health, safety or fundamental")
    quote("6", "the AI system is intended to perform a narrow procedural task")
    quote("6", "the AI system is intended to perform a preparatory task to an assessment")
    cats = _categories("ind-case-matcher")
    assert (cats["annex_iii_listed"], cats["derogation"], cats["high_risk"]) == (
        "true",
        "true",
        "false",
    )
    assert _dict("ind-case-matcher", NOW)["classification"]["risk_tier"] == "minimal"
    assert not {"art26_1", "art27_1", "art86", "art49_3"} & set(_rows("ind-case-matcher"))


def test_ind_documents_and_registers_the_derogation_in_the_secure_section() -> None:
    """Art. 6(4): "A provider who considers that an AI system referred to in Annex III is not
    high-risk shall document its assessment ... Such provider shall be subject to the
    registration obligation set out in Article 49(2)"; Art. 49(4): for points 1, 6 and 7 "in the
    areas of law enforcement, migration, asylum and border control management, the registration
    referred to in paragraphs 1, 2 and 3 ... shall be in a secure non-public section". The date is
    the library's reading A22 (general date 2 August 2026, a named interpretation)."""
    quote("6", "shall document its assessment before that system is placed on the market")
    quote("49", "the registration referred to in paragraphs 1, 2 and 3 of this Article shall be")
    rows = _rows("ind-case-matcher")
    for key in ("art6_4", "art49_2", "art49_4_not_high_risk"):
        assert (rows[key]["applies"], rows[key]["applies_from"]) == ("true", "2026-08-02"), key
    assert _dict("ind-case-matcher", NOW)["interpretations"]["A22"] == "general_date"


def test_ind_an_art_80_finding_is_an_open_question_from_the_annex_iii_date() -> None:
    """Art. 80(1)-(2): where a market surveillance authority finds that "the AI system concerned
    is high-risk, it shall without undue delay require the relevant provider to take all necessary
    actions to bring the AI system into compliance": whether it has is not in the register, so
    from 2 December 2027 (when the high-risk requirements could bite) the derogation is open; with
    no finding the derogation stands on 1 January 2028."""
    quote("80", "classified by the provider as non-high-risk pursuant to Article 6(3)")
    assert _categories("ind-case-matcher", LATER)["derogation"] == "unknown"
    assert "authority_actions" in _open_ids("ind-case-matcher", LATER)
    a = _modified(
        "ind-case-matcher", LATER, authority_actions__msa_found_derogated_system_high_risk=False
    )
    cats = a.to_dict("en")["classification"]["categories"]
    assert (cats["derogation"], cats["high_risk"]) == ("true", "false")
    assert {"art6_4", "art49_2", "art49_4_not_high_risk"} <= _mod_applying(a)


# ------------------------------------------------------------------- Threat-to-life (police)


def test_threat_to_life_is_point_6a_and_its_tier_waits_for_the_art_6_3_facts() -> None:
    """Annex III point 6(a): "used by or on behalf of law enforcement authorities ... to assess
    the risk of a natural person becoming the victim of criminal offences". Whether it profiles
    ("shall always be considered to be high-risk where the AI system performs profiling") or is
    a preparatory task is not in the register: the tier is minimal now and possibly high-risk from
    2 December 2027 (Art. 113, third paragraph, (c)(i)); the conditions are asked."""
    quote_annex("III", "to assess the risk of a natural person becoming the victim of criminal")
    quote("113", "2 December 2027 as regards AI systems classified as high-risk pursuant to", "new")
    cats = _categories("politie-threat-to-life")
    assert (cats["annex_iii_listed"], cats["high_risk"], cats["profiling_override"]) == (
        "true",
        "unknown",
        "unknown",
    )
    assert "art6_3_conditions" in _open_ids("politie-threat-to-life")
    changes = _dict("politie-threat-to-life", NOW)["classification"]["tier_changes"]
    assert [(x["date"], x["possible_higher_tiers"]) for x in changes] == [
        ("2027-12-02", ["high_risk"])
    ]


def test_threat_to_life_profiling_makes_it_high_risk_whatever_the_derogation() -> None:
    """Art. 6(3), third subparagraph: "Notwithstanding the first subparagraph, an AI system
    referred to in Annex III shall always be considered to be high-risk where the AI system
    performs profiling of natural persons" - even with a preparatory task and no significant
    risk declared."""
    quote("6", "shall always be considered to be high-risk where the AI system performs profiling")
    a = _modified(
        "politie-threat-to-life",
        LATER,
        derogation__profiling=True,
        derogation__preparatory_task=True,
        derogation__no_significant_risk=True,
    )
    assert a.to_dict("en")["classification"]["risk_tier"] == "high_risk"


def test_threat_to_life_as_high_risk_is_registered_in_the_secure_section_by_2030() -> None:
    """If high-risk (profiling): Art. 49(4) (points 1, 6 and 7 in law enforcement: the secure
    non-public section, for the provider's and the deployer's registration), Art. 27(1) (a body
    governed by public law; point 6 is not excepted: only "point 2 of Annex III" is), no Art.
    26(10) (no post-remote biometric identification); put into service in 2025 without a
    significant change and intended for public authorities: from 2 August 2030 (Art. 111(2))."""
    quote("49", "in the areas of law enforcement, migration, asylum and border control")
    quote("27", "intended to be used in the area listed in point 2 of Annex III")
    quote("111", "intended to be used by public authorities shall take the necessary", "amended")
    a = _modified("politie-threat-to-life", LATER, derogation__profiling=True)
    rows = _mod_rows(a)
    for key in ("art49_1", "art49_4", "art49_4_deployer", "art27_1", "art26_1", "art9"):
        assert (rows[key]["applies"], rows[key]["applies_from"]) == ("true", "2030-08-02"), key
    assert not {k for k in rows if k.startswith("art26_10")}
    assert rows["art26_1"]["fine_citation"] == "Art. 99(4)(e)"


def test_every_answer_on_the_threat_to_life_model_gives_2030_or_no_duty() -> None:
    """The premise of D1: each of the 16 answers to the open facts (preparatory task, no
    significant risk, profiling, an Art. 80(2) finding) gives Art. 26(1) from 2 August 2030
    (Art. 111(2)) or no Art. 26(1) at all."""
    seen = set()
    for prep, safe, profiling, finding in itertools.product((True, False), repeat=4):
        a = _modified(
            "politie-threat-to-life",
            LATER,
            derogation__preparatory_task=prep,
            derogation__no_significant_risk=safe,
            derogation__profiling=profiling,
            authority_actions__msa_found_derogated_system_high_risk=finding,
        )
        row = _mod_rows(a).get("art26_1")
        seen.add(None if row is None or row["applies"] == "false" else row["applies_from"])
    assert seen == {None, "2030-08-02"}


@pytest.mark.parametrize(
    "slug", ("politie-threat-to-life", "ind-case-matcher", "rws-weginspecteurs")
)
def test_d1_the_possible_start_dates_are_those_some_answer_gives(slug: str) -> None:
    """Art. 111(2) as replaced: a high-risk system put into service before the Annex III date
    (2 December 2027) is covered "only if, as from that date, those systems are subject to
    significant changes in their designs" and, "intended to be used by public authorities", by 2
    August 2030. The three systems were in use in 2024-2025 without a significant change; only
    their classification is open (Art. 6(3) facts; an Art. 80(2) finding; the Annex III point).
    Every answer gives 2 August 2030 or no duty (the tests above and below), but the library
    lists 2 December 2027 as a possible start of Art. 26(1): a director plans for a date no
    answer produces. The same defect as rev32a D1 (open there through Art. 6(1a))."""
    quote("111", "before the date of application of Chapter III referred to in Article 113", "new")
    row = _rows(slug, LATER)["art26_1"]
    assert row["applies"] == "unknown"
    assert set(row["possible_applies_from"]) <= {"2030-08-02", None}


def test_the_other_d1_cases_also_give_2030_or_no_duty_for_every_answer() -> None:
    """Premise of D1 for the Case Matcher (the Art. 80(2) finding open) and the road inspectors
    (the point open: 5(d) or none)."""
    seen = set()
    for finding in (True, False):
        a = _modified(
            "ind-case-matcher",
            LATER,
            authority_actions__msa_found_derogated_system_high_risk=finding,
        )
        row = _mod_rows(a).get("art26_1")
        seen.add(None if row is None or row["applies"] == "false" else row["applies_from"])
    for points in (["5d"], []):
        a = _modified("rws-weginspecteurs", LATER, annex_iii__points=points)
        row = _mod_rows(a).get("art26_1")
        seen.add(None if row is None or row["applies"] == "false" else row["applies_from"])
    assert seen == {None, "2030-08-02"}


# ------------------------------------------------------------------------ Gedragsgroepen (DUO)


def test_duo_behaviour_groups_are_no_social_score_and_profiling_alone_is_not_high_risk() -> None:
    """Art. 5(1)(c) prohibits a social score only where it leads to detrimental treatment "in
    social contexts that are unrelated to the contexts in which the data was originally
    generated or collected" or that is "unjustified or disproportionate": the groups only shape
    how DUO approaches the same debt (case file). Profiling makes a system high-risk only if it is
    "an AI system referred to in Annex III" (Art. 6(3), third subparagraph); collecting a
    student-finance debt is in no Annex III point (see the report on 5(a)/(b)). Art. 4 only."""
    quote("5", "in social contexts that are unrelated to the contexts in which the data was")
    quote("6", "an AI system referred to in Annex III shall always be considered to be high-risk")
    for day in (NOW, LATER):
        c = _dict("duo-gedragsgroepen", day)["classification"]
        assert (c["risk_tier"], c["categories"]["high_risk"]) == ("minimal", "false")
        assert _applying("duo-gedragsgroepen", day) == {"art4_1"}


def test_duo_the_social_score_turns_on_its_effects() -> None:
    """Art. 5(1)(c) needs the score AND one of its effects, (i) or (ii). The case declares the
    classification over time (``c_social_scoring``) and neither effect. With the effects unknown
    the practice is possible, not certain, and the effects are asked; with detriment in an
    unrelated context (say the groups were used to refuse other services) it is prohibited, from
    2 February 2025 (Art. 113, third paragraph, (a))."""
    quote("5", "detrimental or unfavourable treatment of certain natural persons or groups")
    quote("113", "Chapters I and II shall apply from 2 February 2025")
    assert _dict("duo-gedragsgroepen", NOW)["system"]["prohibited"]["c_social_scoring"] is True
    a = _modified(
        "duo-gedragsgroepen",
        NOW,
        prohibited__c_detrimental_treatment_unrelated_context=None,
        prohibited__c_detrimental_treatment_unjustified=None,
    )
    c = a.to_dict("en")["classification"]
    assert (c["categories"]["prohibited"], c["possible_higher_tiers"]) == (
        "unknown",
        ["prohibited"],
    )
    assert "art5_c_effects" in {q["id"] for q in a.to_dict("en")["open_questions"]}
    b = _modified(
        "duo-gedragsgroepen", NOW, prohibited__c_detrimental_treatment_unrelated_context=True
    )
    assert b.to_dict("en")["classification"]["risk_tier"] == "prohibited"


# ------------------------------------------------------------ Weginspecteurs (Rijkswaterstaat)


def test_weginspecteurs_point_5d_open_gives_possible_deployer_duties() -> None:
    """Annex III point 5(d): "to dispatch, or to establish priority in the dispatching of,
    emergency first response services, including by police, firefighters and medical aid".
    Whether pre-positioning road inspectors is that is open: the tier is minimal, possibly
    high-risk; the deployer duties are unknown, among them Art. 26(7) (the inspectors are RWS's
    workers) and Art. 27(1) (point 5 is not excepted); no Art. 26(11) or Art. 86 (it decides
    nothing about natural persons)."""
    quote_annex("III", "or to establish priority in the dispatching of, emergency first response")
    quote("26", "deployers who are employers shall inform workers' representatives")
    c = _dict("rws-weginspecteurs", LATER)["classification"]
    assert (c["risk_tier"], c["possible_higher_tiers"]) == ("minimal", ["high_risk"])
    assert "annex_iii_points" in _open_ids("rws-weginspecteurs")
    rows = _rows("rws-weginspecteurs", LATER)
    for key in ("art26_1", "art26_7", "art27_1", "art49_3"):
        assert rows[key]["applies"] == "unknown", key
    assert not {"art26_11", "art86"} & set(rows)
    assert _applying("rws-weginspecteurs", LATER) == {"art4_1"}


def test_weginspecteurs_each_answer_on_the_point() -> None:
    """Point 5(d): high-risk from 2 December 2027, duties from 2 August 2030 (Art. 111(2), in
    use since 2024); no point: Art. 4 only."""
    high = _modified("rws-weginspecteurs", LATER, annex_iii__points=["5d"])
    assert high.to_dict("en")["classification"]["risk_tier"] == "high_risk"
    assert _mod_rows(high)["art26_7"]["applies_from"] == "2030-08-02"
    none = _modified("rws-weginspecteurs", LATER, annex_iii__points=[])
    assert _mod_applying(none) == {"art4_1"}
    assert none.to_dict("en")["classification"]["risk_tier"] == "minimal"


# ----------------------------------------------------------- Adviestool kwijtschelding (Amsterdam)


def test_kwijtschelding_is_high_risk_point_5a_provider_and_deployer_by_2030() -> None:
    """Annex III point 5(a) ("to evaluate the eligibility of natural persons for essential public
    assistance benefits and services"), profiling (Art. 6(3), third subparagraph); developed and
    used by Amsterdam: provider duties (Art. 16, internal control under Art. 43(2): "points 2 to
    8 of Annex III"), deployer duties (Art. 26, the FRIA of Art. 27(1), registration Art. 49(3)),
    all from 2 August 2030 (Art. 111(2): in use since 2025, no significant change)."""
    quote_annex("III", "to evaluate the eligibility of natural persons for essential public")
    quote("43", "For high-risk AI systems referred to in points 2 to 8 of Annex III")
    cats = _categories("amsterdam-kwijtschelding")
    assert (cats["profiling_override"], cats["legacy_grace"]) == ("true", "true")
    for day, tier in ((NOW, "minimal"), (LATER, "high_risk")):
        c = _dict("amsterdam-kwijtschelding", day)["classification"]
        assert (c["classification_tier"], c["route"], c["risk_tier"]) == (
            "high_risk",
            "annex_iii",
            tier,
        )
        rows = _rows("amsterdam-kwijtschelding", day)
        for key in ("art9", "art16_b", "art43_2", "art49_1", "art26_1", "art27_1", "art49_3"):
            assert (rows[key]["applies"], rows[key]["applies_from"]) == ("true", "2030-08-02"), key
    assert not {"art43_1_choice", "art43_1_annex_vii"} & set(_rows("amsterdam-kwijtschelding"))


def test_kwijtschelding_a_significant_change_after_the_cut_off_starts_the_duties() -> None:
    """Art. 111(2): the Regulation applies to a high-risk system put into service before the
    Annex III date "only if, as from that date, those systems are subject to significant changes
    in their designs": a change on 1 June 2028 (after 2 December 2027) starts the duties on that
    day; a change on 1 March 2027, before the cut-off, does not ("as from that date"): the system
    keeps the 2 August 2030 deadline."""
    quote("111", "only if, as from that date, those systems are subject to significant", "amended")
    after = _modified("amsterdam-kwijtschelding", D(2028, 7, 1), significant_change="2028-06-01")
    row = _mod_rows(after)["art26_1"]
    assert (row["applies"], row["status"], row["applies_from"], row["due"]) == (
        "true",
        "in_force",
        "2028-06-01",
        "2028-06-01",  # "In any case ... by 2 August 2030" is the latest date, not a delay
    )
    assert after.to_dict("en")["classification"]["categories"]["legacy_grace"] == "false"
    before = _modified("amsterdam-kwijtschelding", D(2028, 7, 1), significant_change="2027-03-01")
    row = _mod_rows(before)["art26_1"]
    assert (row["status"], row["applies_from"]) == ("upcoming", "2030-08-02")


# ------------------------------------------------------------- GovChat-NL/LAICA (Limburg)


def test_govchat_open_source_does_not_exclude_a_system_under_art_50() -> None:
    """Art. 2(12): "This Regulation does not apply to AI systems released under free and
    open-source licences, unless they are placed on the market or put into service as high-risk
    AI systems or as an AI system that falls under Article 5 or 50." A chat assistant generating
    text falls under Art. 50 (reading A20): in scope; without any Art. 50 feature it would be
    outside the Regulation altogether."""
    quote("2", "unless they are placed on the market or put into service as high-risk AI systems")
    assert _categories("limburg-govchat-laica")["in_scope"] == "true"
    a = _modified(
        "limburg-govchat-laica",
        NOW,
        transparency__interacts_directly_with_persons=False,
        transparency__generates_synthetic_text=False,
    )
    assert a.to_dict("en")["classification"]["categories"]["in_scope"] == "false"
    assert a.to_dict("en")["obligations"] == []


def test_govchat_limburg_marks_its_output_from_2_august_2026_no_interaction_notice() -> None:
    """Limburg puts LAICA into service under its own name (Art. 3(3): provider) and uses it.
    Art. 50(2) binds "Providers of AI systems, including general-purpose AI systems, generating
    synthetic ... text"; put into service in-house (not "placed on the market before 2 August
    2026", Art. 111(4)), so from 2 August 2026; Art. 50(1) does not bind where the interaction
    "is obvious" (staff open a digital assistant). Tier: transparency, on both dates."""
    quote("50", "including general-purpose AI systems, generating synthetic audio, image, video")
    quote("111", "that have been placed on the market before 2 August 2026 shall take", "new")
    for day in (NOW, LATER):
        assert _dict("limburg-govchat-laica", day)["classification"]["risk_tier"] == "transparency"
        rows = _rows("limburg-govchat-laica", day)
        assert (rows["art50_2"]["applies"], rows["art50_2"]["applies_from"]) == (
            "true",
            "2026-08-02",
        )
        assert "art50_1" not in rows
        assert _applying("limburg-govchat-laica", day) == {"art4_1", "art50_2", "art50_5_marking"}


# ------------------------------------------------------------------------- Dutch and headline


@pytest.mark.parametrize("slug", ("amsterdam-kwijtschelding", "debilt-canva-magic-studio"))
def test_the_dutch_output_uses_the_official_terms(slug: str) -> None:
    """The Dutch text: "gebruiksverantwoordelijke" (Art. 3, punt 4), "deepfake" (Art. 3, punt
    60); no English role or tier names in the Dutch assessment."""
    quote_nl("gebruiksverantwoordelijke")
    quote_nl("die een deepfake vormt")
    from aiact.views import assessment_markdown

    body = assessment_markdown(_assessment(slug, LATER), "nl")
    assert "gebruiksverantwoordelijke" in body
    for english in ("deployer", "provider", "high-risk", "deep fake", "fundamental rights"):
        assert english not in body.lower(), english
    if slug == "debilt-canva-magic-studio":
        assert "deepfake" in body


def test_d2_the_headline_does_not_date_a_present_possibility_to_2027() -> None:
    """Art. 113, third paragraph, point (a): "Chapters I and II shall apply from 2 February
    2025" - a prohibited practice is prohibited now. With Art. 3(1) and the Art. 5 facts open
    (the kwijtschelding case before its facts are gathered, as the interview shows after its
    first question), ``possible_tiers`` on 7 December 2026 holds "prohibited", but the headline
    reads "onbepaald; mogelijk verboden AI-praktijk, AI-systeem met een hoog risico vanaf 2 dec
    2027": the prohibition is dated to the Annex III date. Only the high-risk tier is new on 2
    December 2027; the clause dated 2 December 2027 should not name the prohibited practice."""
    quote("113", "Chapters I and II shall apply from 2 February 2025")
    from aiact.views._rows import dated_headline

    a = _modified("amsterdam-kwijtschelding", NOW, is_ai_system=None, prohibited={})
    assert aiact.RiskTier.PROHIBITED in a.possible_tiers
    _lead, value = dated_headline(a, "nl")
    dated_clause = value.split(";")[-1]
    assert "2 dec 2027" in dated_clause
    assert "verboden" not in dated_clause, value
