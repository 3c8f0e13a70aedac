"""Our applicable Algoritmekader requirements (``Obligation.algoritmekader``) against the
Algoritmekader's own tags, over generated profiles. Every deliberate difference is listed with its
reason in tests/data/algoritmekader_differences.yaml."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from reference import REFERENCE_DIR

from aiact import AISystem, GPAIModel, Organisation, OrganisationKind, assess, assess_model
from aiact.assessment import Assessment
from aiact.interop.algoritmekader import (
    applicable_requirements,
    compare,
    load_requirements,
    tagged_requirements,
)
from aiact.interop.beslishulp import (
    DEROGATION_FACTS,
    PRACTICE_CORE,
    PRACTICE_WITNESSES,
    TRANSPARENCY_CORE,
    TRANSPARENCY_WITNESSES,
)
from aiact.interop.profile import algoritmekader_tags, to_ai_act_profile
from aiact.obligations.catalogue import catalogue

REFERENCE = REFERENCE_DIR / "algoritmekader" / "algoritmekader_aia_vereisten.json"
DIFFERENCES = Path(__file__).parent / "data" / "algoritmekader_differences.yaml"
AS_OF = dt.date(2026, 9, 1)
ORG = Organisation(
    kind=OrganisationKind.PUBLIC_AUTHORITY,
    member_state="NL",
    established_in_eu=True,
    is_employer=True,
)

needs_reference = pytest.mark.skipif(
    not REFERENCE.exists(), reason=f"the Algoritmekader reference is absent ({REFERENCE})"
)

ROLES = ("provider", "deployer", "both", "importer", "distributor")
RISKS = ("prohibited", "high", "not_high")
TRANSPARENCY = ("none", "chatbot", "deep_fake", "synthetic_image")


def _system(role: str, risk: str, transparency: str, gp: bool, foss: bool) -> AISystem:
    prohibited: dict[str, bool] = dict.fromkeys(PRACTICE_CORE, False)
    if risk == "prohibited":
        prohibited.update(PRACTICE_WITNESSES["c"])
    situation: dict[str, bool] = dict.fromkeys(TRANSPARENCY_CORE, False)
    situation["authorised_by_law_criminal_offences"] = False
    if transparency != "none":
        situation.update(TRANSPARENCY_WITNESSES[transparency])
    return AISystem.model_validate(
        {
            "is_ai_system": True,
            "is_general_purpose_ai_system": gp,
            "roles": {
                "provider": role in ("provider", "both"),
                "deployer": role in ("deployer", "both"),
                "importer": role == "importer",
                "distributor": role == "distributor",
                "authorised_representative": False,
                "product_manufacturer": False,
            },
            "value_chain": {
                "own_name_on_high_risk_system": False,
                "substantial_modification": False,
                "modified_intended_purpose": False,
                "provider_established_in_eu": role != "importer",
            },
            "exclusions": {
                "placed_or_used_in_eu": True,
                "exclusively_military_defence_national_security": False,
                "sole_purpose_scientific_research": False,
                "pre_market_research_testing": False,
                "free_open_source_licence": foss,
            },
            "prohibited": prohibited,
            "annex_i": {"legislation": (), "safety_component": False},
            "annex_iii": {"points": ("5a",) if risk == "high" else ()},
            "derogation": {"profiling": False, **dict.fromkeys(DEROGATION_FACTS.values(), False)},
            "transparency": situation,
            "placed_on_market": AS_OF,
            "context": {
                "annex_x_large_scale_it_component": False,
                "intended_for_public_authorities": True,
                "used_by_public_authorities": True,
                "on_behalf_of_public_authority": True,
                "workplace_use": True,
                "decisions_on_natural_persons": True,
                # Art. 75(1): not the AI Office's system, so Art. 73 reporting is national.
                "gpai_model_same_provider": False,
                "gpai_model_same_undertaking": False,
                "very_large_online_platform_or_search_engine": False,
            },
        }
    )


def profiles() -> Iterator[tuple[dict[str, Any], Assessment]]:
    """Every combination of role, risk group, transparency, type and open source."""
    for role, risk, transparency, gp, foss in itertools.product(
        ROLES, RISKS, TRANSPARENCY, (False, True), (False, True)
    ):
        system = _system(role, risk, transparency, gp, foss)
        key = {
            "kind": "system",
            "role": role,
            "risk": risk,
            "transparency": transparency,
            "open_source": foss,
        }
        yield key, assess(system, ORG, AS_OF)
    for systemic, foss in itertools.product((False, True), (False, True)):
        model = GPAIModel(
            is_general_purpose=True,
            sole_purpose_scientific_research=False,
            pre_market_research_testing=False,
            provider=True,
            training_compute_flop=Decimal(10) ** 26 if systemic else Decimal(10) ** 23,
            systemic_risk_rebutted=False,
            commission_designated=False,
            high_impact_capabilities=systemic,
            free_open_source_licence=foss,
            parameters_publicly_available=foss,
            provider_established_in_eu=True,
            placed_on_market=AS_OF,
        )
        key = {"kind": "model", "role": "provider", "systemic": systemic, "open_source": foss}
        yield key, assess_model(model, ORG, AS_OF)


def _entries() -> list[dict[str, Any]]:
    data = yaml.safe_load(DIFFERENCES.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _covered(entry: dict[str, Any], requirement: str, side: str, key: dict[str, Any]) -> bool:
    if requirement not in entry["requirements"] or entry["side"] != side:
        return False
    for field, wanted in entry.get("when", {}).items():
        options = wanted if isinstance(wanted, list) else [wanted]
        if key.get(field) not in options:
            return False
    return True


def test_catalogue_requirements_exist_in_the_algoritmekader() -> None:
    ids = {r for o in catalogue().obligations for r in o.algoritmekader}
    assert ids and all(r.startswith("aia-") for r in ids)
    if REFERENCE.exists():
        known = {r.id for r in load_requirements(REFERENCE)}
        assert ids <= known, sorted(ids - known)


def test_differences_cite_reasons() -> None:
    for entry in _entries():
        assert entry["side"] in ("aiact_only", "algoritmekader_only"), entry["id"]
        assert entry["requirements"] and entry["reason"] and entry["articles"], entry["id"]


@needs_reference
def test_profile_vocabulary() -> None:
    _key, assessment = next(profiles())
    profile = to_ai_act_profile(assessment)
    assert set(profile) >= {
        "type",
        "open_source",
        "risk_category",
        "systemic_risk",
        "transparency_obligations",
        "role",
    }
    assert profile["systemic_risk"] == "niet van toepassing"
    tags = algoritmekader_tags(assessment)
    assert tags["rol-ai-act"] == ["aanbieder"]


@needs_reference
def test_applicable_requirements_match_the_tags_or_a_listed_difference() -> None:
    requirements = load_requirements(REFERENCE)
    entries = _entries()
    problems = []
    compared = agree = 0
    for key, assessment in profiles():
        result = compare(assessment, requirements)
        compared += 1
        agree += not (result.ours_only or result.theirs_only)
        for side, found in (
            ("aiact_only", result.ours_only),
            ("algoritmekader_only", result.theirs_only),
        ):
            for requirement in found:
                if not any(_covered(e, requirement, side, key) for e in entries):
                    problems.append(f"{requirement} {side} for {key}")
        assert applicable_requirements(assessment).keys() >= set(result.both)
        assert set(tagged_requirements(assessment, requirements)) >= set(result.both)
    print(f"\nalgoritmekader: {compared} profiles, {agree} identical requirement lists")
    assert not problems, "\n".join(problems[:20])
