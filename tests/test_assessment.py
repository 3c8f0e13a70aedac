"""The Assessment end to end: versions, interpretations, explanations, open questions, views.

Each test names the provision whose effect it checks.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import aiact
from aiact.assessment import RiskTier
from aiact.interpretations import Art111Cutoff, HighRiskGating, Interpretations, PublicAuthorityUse
from aiact.timeline import Status, compare

NL_MUNICIPALITY = aiact.Organisation(
    name="Gemeente Voorbeeld",
    kind="public_authority",
    member_state="NL",
    established_in_eu=True,
    is_employer=True,
)

NO_EXCLUSIONS = {
    "placed_or_used_in_eu": True,
    "exclusively_military_defence_national_security": False,
    "sole_purpose_scientific_research": False,
    "pre_market_research_testing": False,
    "free_open_source_licence": False,
}


def benefits_system(**extra: object) -> aiact.AISystem:
    """A municipality's risk-scoring system for social assistance (Annex III point 5(a)),
    profiling natural persons (Art. 6(3), third subparagraph)."""
    data: dict[str, object] = {
        "name": "Risicoscore bijstand",
        "is_ai_system": True,
        "roles": ["deployer"],
        "exclusions": NO_EXCLUSIONS,
        "annex_iii": {"points": ["5a"]},
        "derogation": {"profiling": True},
        "context": {
            "annex_x_large_scale_it_component": False,
            "decisions_on_natural_persons": True,
            "workplace_use": False,
            "deployer_controls_input_data": True,
            "post_remote_biometric_identification_criminal_investigation": False,
        },
        "value_chain": {
            "own_name_on_high_risk_system": False,
            "substantial_modification": False,
            "modified_intended_purpose": False,
            "initial_provider_of_shifted_system": False,
            "supplies_components_for_high_risk": False,
        },
        "prohibited": {k: False for k in aiact.ProhibitedPractices.model_fields},
        "transparency": {k: False for k in aiact.Transparency.model_fields},
        "placed_on_market": "2028-01-15",
        "significant_change": "none",  # not changed significantly (Art. 111(2); ADR 0037)
    }
    data.update(extra)
    return aiact.AISystem.model_validate(data)


def test_profiling_override_makes_annex_iii_system_high_risk() -> None:
    """Art. 6(3), third subparagraph: an Annex III system that profiles is always high-risk."""
    a = aiact.assess(benefits_system(), NL_MUNICIPALITY, "2026-11-28")
    # Classified high-risk; on 28 Nov 2026 the classification does not apply yet: Art. 6 and
    # Chapter III Sections 1-3 apply "from (i) 2 December 2027 as regards AI systems classified
    # as high-risk pursuant to Article 6(2) and Annex III" (Art. 113, third paragraph, point (c)).
    assert a.classification_tier is RiskTier.HIGH_RISK
    assert a.risk_tier is RiskTier.MINIMAL
    assert [(c.date.isoformat(), c.tier) for c in a.tier_changes] == [
        ("2027-12-02", RiskTier.HIGH_RISK)
    ]
    assert a.value("hr.profiling_override") is True
    assert a.value("hr.derogation") is False
    derivation = a.why("hr.high_risk")
    assert "Annex III, point 5(a)" in derivation.sources()
    assert "derogation.profiling" in derivation.text()
    # The category keys of ``categories`` explain the conclusions they report.
    assert a.why("high_risk") == derivation
    assert a.why("profiling_override") == a.why("hr.profiling_override")


def test_public_deployer_obligations_and_dates() -> None:
    """Arts. 26(8), 27(1), 49(3) bind a public-authority deployer of an Annex III system; under
    the amended Art. 113, third paragraph, point (c)(i) they apply from 2 December 2027."""
    a = aiact.assess(benefits_system(), NL_MUNICIPALITY, "2026-11-28")
    for key in ("art26_1", "art26_8", "art27_1", "art49_3", "art86"):
        result = a.obligation(key)
        assert result.applies is True, key
        assert result.status is Status.UPCOMING, key
        assert result.applies_from == dt.date(2027, 12, 2), key
    assert a.obligation("art16_b").applies is False  # provider duty (Art. 16), not ours
    assert a.obligation("Art. 26(7)").applies is False  # not used at the workplace
    dates = [r.applies_from for r in a.deadlines()]
    assert dates and dates == sorted(dates)  # type: ignore[type-var]


def test_version_switch_between_may_and_november_2026() -> None:
    """Facts up to 26 July 2026 are evaluated under the original text, from 27 July 2026 under the
    amended text (Art. 4 of Regulation 2026/1744): the Annex III date moves from 2 August 2026 to
    2 December 2027 (Art. 113, third paragraph, point (c))."""
    may = aiact.assess(benefits_system(), NL_MUNICIPALITY, "2026-05-01")
    november = aiact.assess(benefits_system(), NL_MUNICIPALITY, "2026-11-28")
    assert may.law is aiact.LawVersion.ORIGINAL and may.law_chosen == "as_of"
    assert november.law is aiact.LawVersion.AMENDED
    assert may.obligation("art26_1").applies_from == dt.date(2026, 8, 2)
    assert november.obligation("art26_1").applies_from == dt.date(2027, 12, 2)
    assert "art5_1_ba" not in {r.id for r in may.obligation_results}
    assert "art5_1_ba" in {r.id for r in november.obligation_results}


def test_explicit_law_is_a_counterfactual() -> None:
    """The caller may name a version: 'what if the Omnibus had not passed'."""
    a = aiact.assess(benefits_system(), NL_MUNICIPALITY, "2026-11-28", law="original")
    assert a.law is aiact.LawVersion.ORIGINAL and a.law_chosen == "explicit"
    assert a.obligation("art26_1").status is Status.IN_FORCE


def test_a1_switch_changes_the_date_of_registration() -> None:
    """A1: Art. 49 (Section 5) is not deferred by the amended Art. 113(c); the literal reading
    applies it from 2 August 2026, the default classification-gated reading from 2 December 2027."""
    gated = aiact.assess(benefits_system(), NL_MUNICIPALITY, "2026-11-28")
    literal = aiact.assess(
        benefits_system(),
        NL_MUNICIPALITY,
        "2026-11-28",
        interpretations=Interpretations(high_risk_gating=HighRiskGating.LITERAL),
    )
    assert gated.obligation("art49_3").applies_from == dt.date(2027, 12, 2)
    assert literal.obligation("art49_3").applies_from == dt.date(2026, 8, 2)
    assert literal.interpretations_used["A1"] == "literal"


def test_a2_switch_changes_legacy_status() -> None:
    """A2: a system first placed on 1 September 2026 is a legacy system (Art. 111(2)) if the
    cut-off is the Annex III date (2 Dec 2027), not if it is the general date (2 Aug 2026)."""
    system = benefits_system(placed_on_market="2026-09-01")
    route = aiact.assess(system, NL_MUNICIPALITY, "2026-11-28")
    general = aiact.assess(
        system,
        NL_MUNICIPALITY,
        "2026-11-28",
        interpretations=Interpretations(art111_cutoff=Art111Cutoff.GENERAL_DATE),
    )
    assert route.value("legacy.art111_2_grace") is True
    # public authority: comply by 2 August 2030 (Art. 111(2), second sentence)
    assert route.obligation("art26_1").deadline == dt.date(2030, 8, 2)
    assert general.value("legacy.art111_2_grace") is False
    assert general.obligation("art26_1").applies_from == dt.date(2027, 12, 2)


def test_a3_switch_changes_the_public_authority_deadline() -> None:
    """A3: a legacy system of a private provider, intended for public authorities but not (yet)
    used by them, gets the 2 August 2030 deadline only if the intended purpose counts."""
    org = aiact.Organisation(kind="private_undertaking", member_state="NL", established_in_eu=True)
    system = benefits_system(
        roles=["provider"],
        placed_on_market="2026-09-01",
        context={
            "annex_x_large_scale_it_component": False,
            "intended_for_public_authorities": True,
            "used_by_public_authorities": False,
        },
    )
    intended = aiact.assess(system, org, "2026-11-28")
    actual = aiact.assess(
        system,
        org,
        "2026-11-28",
        interpretations=Interpretations(public_authority_use=PublicAuthorityUse.ACTUAL_USE),
    )
    assert intended.obligation("art9").applies is True
    assert intended.obligation("art9").deadline == dt.date(2030, 8, 2)
    assert actual.obligation("art9").applies is False  # grace: only after a significant change


def test_a7_switch_derogation() -> None:
    """A7: with condition (a) met but 'no significant risk' unknown, the derogation (Art. 6(3)) is
    undetermined under the conservative reading and holds when a condition suffices."""
    system = benefits_system(
        annex_iii={"points": ["4a"]},
        derogation={"profiling": False, "narrow_procedural_task": True},
        # A30 (ADR 0032): no Art. 80(2) finding, so the provider's assessment decides.
        authority_actions={"msa_found_derogated_system_high_risk": False},
    )
    conservative = aiact.assess(system, NL_MUNICIPALITY, "2026-11-28")
    lenient = aiact.assess(
        system,
        NL_MUNICIPALITY,
        "2026-11-28",
        interpretations=Interpretations(derogation_requires_no_significant_risk=False),
    )
    assert conservative.value("hr.derogation") is None
    assert "derogation.no_significant_risk" in {q.fact for q in conservative.open_questions}
    assert lenient.value("hr.derogation") is True
    assert lenient.risk_tier is not RiskTier.HIGH_RISK


def test_why_and_why_not_guard_their_premise() -> None:
    a = aiact.assess(benefits_system(), NL_MUNICIPALITY, "2026-11-28")
    with pytest.raises(ValueError, match="does not hold"):
        a.why("art5.any")
    with pytest.raises(ValueError, match="holds"):
        a.why_not("hr.high_risk")
    with pytest.raises(KeyError, match="neither a fact"):
        a.explain("no.such.thing")
    assert a.why_not("art5.any").value is False


def test_open_questions_are_asked_per_field() -> None:
    """Unknown enumerations are one question (annex_iii.points), not one per point."""
    a = aiact.assess(
        aiact.AISystem(is_ai_system=True, roles=["deployer"]), NL_MUNICIPALITY, "2026-11-28"
    )
    facts = {q.fact for q in a.open_questions}
    assert "annex_iii.points" in facts
    assert not any(f.startswith("annex_iii.1") for f in facts)
    assert a.risk_tier is RiskTier.UNDETERMINED  # Art. 2: the territorial reach is unknown
    assert RiskTier.PROHIBITED in a.possible_tiers


def test_json_is_stable_and_versioned() -> None:
    first = aiact.assess(benefits_system(), NL_MUNICIPALITY, "2026-11-28").to_json()
    second = aiact.assess(benefits_system(), NL_MUNICIPALITY, "2026-11-28").to_json()
    assert first == second
    data = json.loads(first)
    # open_questions lists questions (schema 2.0); per obligation "due" (schema 2.1, fix16f);
    # not_binding, the obligations whose date is "never" (schema 2.2, never24)
    assert data["schema_version"] == "2.2"
    # The tier on 28 Nov 2026 and apart from the date (Art. 113, third paragraph, point (c)(i)).
    assert data["classification"]["risk_tier"] == "minimal"
    assert data["classification"]["classification_tier"] == "high_risk"
    assert data["classification"]["tier_changes"][0]["date"] == "2027-12-02"
    assert data["law"] == "2024/1689+2026/1744"


def test_dutch_output() -> None:
    a = aiact.assess(benefits_system(), NL_MUNICIPALITY, "2026-11-28")
    data = a.to_dict("nl")
    assert data["classification"]["classification_tier_label"] == "AI-systeem met een hoog risico"
    assert data["classification"]["tier_changes"][0]["text"].startswith(
        "AI-systeem met een hoog risico vanaf 2027-12-02 (artikel 113, derde alinea, punt c"
    )
    assert "Artikel 6, lid 2" in a.why("hr.high_risk").text("nl")


def test_deadlines_to_icalendar() -> None:
    pytest.importorskip("icalendar")
    import icalendar

    a = aiact.assess(benefits_system(), NL_MUNICIPALITY, "2026-11-28")
    calendar = icalendar.Calendar.from_ical(a.to_ics())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) == len(a.deadlines()) > 0
    assert "eur-lex.europa.eu" in str(events[0].get("description"))


def test_compare_versions() -> None:
    """The Omnibus adds Art. 5(1)(ba)/(bb), rewrites Art. 4 and moves the Annex III date."""
    comparison = compare(benefits_system(), NL_MUNICIPALITY, "2026-11-28")
    changes = {c.obligation_id: c.change for c in comparison.changes}
    assert changes["art26_1"] == "moved"
    assert changes["art4_1"] == "added" and changes["art4"] == "removed"
    # On 28 Nov 2026 the original text makes the system high-risk (Annex III from the general date,
    # 2 Aug 2026); the amended text only from 2 Dec 2027: the tier on that day differs.
    assert comparison.tier_changed
    assert comparison.original.risk_tier is RiskTier.HIGH_RISK
    assert comparison.amended.risk_tier is RiskTier.MINIMAL
    assert comparison.original.classification_tier is comparison.amended.classification_tier
    assert not comparison.classification_changed
    assert comparison.to_dict()["classification_tier"] == {
        "original": "high_risk",
        "amended": "high_risk",
    }


def test_gpai_model_with_systemic_risk() -> None:
    """Art. 51(2): more than 10^25 FLOP presumes high-impact capabilities; Arts. 52-55 apply."""
    org = aiact.Organisation(
        kind="private_undertaking",
        member_state="FR",
        established_in_eu=True,
        annual_turnover_eur=500_000_000,
        headcount=900,
    )
    model = aiact.GPAIModel(
        is_general_purpose=True,
        sole_purpose_scientific_research=False,
        pre_market_research_testing=False,
        provider=True,
        training_compute_flop=3 * 10**25,
        provider_established_in_eu=True,
        placed_on_market="2026-03-01",
        free_open_source_licence=False,
        commission_designated=False,
        systemic_risk_rebutted=False,
    )
    a = aiact.assess_model(model, org, "2026-11-28")
    assert a.risk_tier is RiskTier.GPAI_SYSTEMIC_RISK
    assert a.obligation("art55_1_a").applies is True
    assert a.obligation("art53_1_a").status is Status.IN_FORCE
    assert a.exposure.max_ceiling == 15_000_000  # Art. 101(1): 3 % of 500M = 15M


def test_threshold_is_strictly_greater() -> None:
    """Art. 51(2): 'greater than 10^25': exactly 10^25 FLOP does not trigger the presumption."""
    model = aiact.GPAIModel(is_general_purpose=True, provider=True, training_compute_flop=10**25)
    a = aiact.assess_model(model, aiact.Organisation(), "2026-11-28")
    assert a.value("model.training_compute_above_threshold") is False


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_summary_is_the_values_of_to_dict(lang: str) -> None:
    """``summary`` reads its values without building ``to_dict`` (round 4): the same
    values, of the same types (never24: and ``not_binding``, the obligations whose date is
    "never", Art. 111(2))."""
    from pathlib import Path

    examples = sorted(Path(__file__).resolve().parent.parent.glob("examples/*.yaml"))
    for path in (p for p in examples if p.name != "inventory.yaml"):
        a = aiact.load_case(path).assess()
        data = a.to_dict(lang)  # type: ignore[arg-type]
        summary = a.summary(lang)  # type: ignore[arg-type]
        assert summary == {
            "risk_tier": data["classification"]["risk_tier_label"],
            "in_scope": data["in_scope"],
            "obligations": len(data["obligations"]),
            "not_binding": len(data["not_binding"]),
            "max_fine_eur": data["exposure"]["max_ceiling"],
        }
        assert type(summary["max_fine_eur"]) is type(data["exposure"]["max_ceiling"])


def test_art5_practices_names_the_fact_that_starts_each_point_of_art_5_1() -> None:
    """``facts.ART5_PRACTICES`` (read by the assumption ``no_prohibited_practice`` and the
    beslishulp mapping): one fact of ``ProhibitedPractices`` per point of Art. 5(1), (a) to (h)
    and, in the amended text, (ba) and (bb)."""
    from aiact.facts import ART5_PRACTICES

    assert set(ART5_PRACTICES) <= set(aiact.ProhibitedPractices.model_fields)
    points = [name.split("_", 1)[0] for name in ART5_PRACTICES]
    assert sorted(points) == sorted(["a", "b", "c", "d", "e", "f", "g", "h", "ba", "bb"])
