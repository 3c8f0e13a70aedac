"""Cases for the tests of time (Arts. 111 and 113): complete systems and models whose dates the
tests vary, and a check that a quoted passage is in the law text (not part of the library)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any, Literal

import pytest
from reference import REFERENCE_DIR

import aiact
from aiact.assessment import Assessment
from aiact.interpretations import Interpretations

D = dt.date

LAW_FILES = {
    "original": REFERENCE_DIR / "law" / "aiact-2024-1689.en.md",
    "omnibus": REFERENCE_DIR / "law" / "omnibus-2026-1744.en.md",
}


@cache
def _text(source: str) -> str:
    return re.sub(r"\s+", " ", LAW_FILES[source].read_text(encoding="utf-8"))


def quoted(passage: str, source: Literal["original", "omnibus"] = "original") -> None:
    """Assert that ``passage`` is in the law text (whitespace normalised); skip when the law
    texts are absent."""
    if not LAW_FILES[source].is_file():
        pytest.skip(f"law text not found: {LAW_FILES[source]}")
    assert re.sub(r"\s+", " ", passage) in _text(source), passage


def _false(model: type[Any]) -> dict[str, bool]:
    return {
        name: False
        for name, info in model.model_fields.items()
        if info.annotation in (bool | None,)  # the three-valued flags
    }


NO_ROLES = {
    "provider": False,
    "deployer": False,
    "importer": False,
    "distributor": False,
    "authorised_representative": False,
    "product_manufacturer": False,
}

PUBLIC_BODY = aiact.Organisation(
    name="Gemeente Voorbeeld",
    kind="public_authority",
    member_state="NL",
    established_in_eu=True,
    is_employer=True,
    law_enforcement_authority=False,
    judicial_authority=False,
    financial_institution=False,
)
COMPANY = aiact.Organisation(
    name="Voorbeeld B.V.",
    kind="private_undertaking",
    member_state="NL",
    established_in_eu=True,
    headcount=8000,
    annual_turnover_eur=2_000_000_000,
    balance_sheet_total_eur=3_000_000_000,
    part_of_group=False,
    is_employer=True,
    law_enforcement_authority=False,
    judicial_authority=False,
    financial_institution=False,
)

ROUTE_DATE: dict[tuple[str, str], dt.date] = {
    ("original", "iii"): D(2026, 8, 2),
    ("original", "i"): D(2027, 8, 2),
    ("amended", "iii"): D(2027, 12, 2),
    ("amended", "i"): D(2028, 8, 2),
}
"""Art. 113: the date of Chapter III, Section 3 by law version and high-risk route ("iii",
"i"): original, the general date for Annex III and point (c) for Annex I; amended, point
(c)(i) and (ii)."""


ANNEX_I_MEDICAL = {
    "legislation": ["medical_devices_2017_745"],
    "safety_component": False,
    "is_the_product": True,
    "third_party_conformity_assessment": True,
    "third_party_solely_radio_or_emc": False,
    "solely_non_safety_functions": False,
    "failure_endangers_health_safety": True,
}
NO_ANNEX_I = {**_false(aiact.AISystem.model_fields["annex_i"].annotation), "legislation": []}  # type: ignore[arg-type]


def system(
    *,
    roles: tuple[str, ...] = ("provider",),
    annex_iii: list[str] | None = None,
    annex_i: dict[str, Any] | None = None,
    profiling: bool | None = True,
    derogated: bool = False,
    prohibited: dict[str, Any] | None = None,
    transparency: dict[str, Any] | None = None,
    context: dict[str, Any] | None = None,
    placed_on_market: dt.date | None = None,
    put_into_service: dt.date | None = None,
    significant_change: dt.date | str | None = "none",
) -> aiact.AISystem:
    """A system with every fact known (false) except those given. ``annex_iii=None`` and
    ``annex_i=None``: not listed / not covered; ``significant_change`` "none": no significant
    change in design (Art. 111(2)), ``None`` not known."""
    fields = aiact.AISystem.model_fields

    def flags(name: str, **given: Any) -> dict[str, Any]:
        return {**_false(fields[name].annotation), **given}  # type: ignore[arg-type]

    derogation = flags("derogation", profiling=profiling)
    if derogated:
        derogation.update(narrow_procedural_task=True, no_significant_risk=True, profiling=False)
    return aiact.AISystem(
        is_ai_system=True,
        is_general_purpose_ai_system=False,
        roles={**NO_ROLES, **dict.fromkeys(roles, True)},
        value_chain=flags("value_chain", provider_established_in_eu=True),
        exclusions=flags("exclusions", placed_or_used_in_eu=True),
        prohibited=flags("prohibited", **(prohibited or {})),
        annex_i=annex_i if annex_i is not None else NO_ANNEX_I,
        annex_iii=flags("annex_iii", points=annex_iii if annex_iii is not None else []),
        derogation=derogation,
        # The fix17a fact "not only to prosecute" stays unknown unless given: the tests written
        # before it state the authorisation alone (a known false would mean "only to prosecute").
        # An Art. 50(3) permission given true states the third-party safeguards in its own words
        # (fix17a): they default to true beside it, not false.
        transparency=flags(
            "transparency",
            **{
                "authorised_by_law_detect_prevent_investigate": None,
                "art50_1_safeguards_third_parties": (transparency or {}).get(
                    "permitted_by_law_detect_prevent_investigate"
                )
                is True,
                **(transparency or {}),
            },
        ),
        context=flags("context", **(context or {})),
        placed_on_market=placed_on_market,
        put_into_service=put_into_service,
        significant_change=significant_change,
        # A derogated system states that no Art. 80(2) finding set the derogation aside (reading
        # A30, ADR 0032: an unknown finding leaves the derogation undetermined).
        authority_actions={"msa_found_derogated_system_high_risk": False} if derogated else {},
    )


def assess(
    sys_: aiact.AISystem,
    as_of: dt.date | str,
    org: aiact.Organisation = COMPANY,
    law: str | None = None,
    **readings: Any,
) -> Assessment:
    return aiact.assess(
        sys_, org, as_of, law, interpretations=Interpretations(**readings) if readings else None
    )


def model(placed_on_market: dt.date | None, **facts: Any) -> aiact.GPAIModel:
    """A general-purpose AI model of an EU provider, every fact known unless given."""
    base = {
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
        "training_compute_flop": 10**23,
    }
    base.update(facts)
    return aiact.GPAIModel(placed_on_market=placed_on_market, **base)
