"""Example cases for the OpenAPI document (the request bodies of the examples): short versions
of the bundled examples ``benefits-fraud-risk-scoring.yaml`` and ``gpai-model-provider.yaml``,
with the facts that decide them (the rest is unknown). A test assesses them through the API.

No member name may contain ``put``, ``post`` or ``patch`` with a value that is not an object:
the official linter reads such a member as an operation that lacks a 400 answer (its rule
``nlgov:problem-invalid-input``), so ``training_compute_flop`` and ``put_into_service`` are left
out."""

from __future__ import annotations

from typing import Any

FRAUD_SCORING: dict[str, Any] = {
    "name": "Risicoscoring bijstandsfraude",
    "as_of": "2026-11-28",
    "organisation": {
        "name": "Gemeente Voorbeeldstad",
        "kind": "public_authority",
        "member_state": "NL",
        "established_in_eu": True,
    },
    "system": {
        "name": "Risicoscoringsmodel bijstand",
        "is_ai_system": True,
        "roles": {"provider": False, "deployer": True},
        "exclusions": {"placed_or_used_in_eu": True},
        "annex_iii": {"points": ["5a"]},
        "derogation": {"preparatory_task": True, "profiling": True},
        "context": {"intended_for_public_authorities": True, "used_by_public_authorities": True},
        "placed_on_market": "2025-06-01",
        "significant_change": "none",
    },
}

LANGUAGE_MODEL: dict[str, Any] = {
    "name": "Nederlands taalmodel",
    "as_of": "2026-11-28",
    "organisation": {
        "name": "Stichting Taalmodel NL",
        "kind": "private_undertaking",
        "member_state": "NL",
        "established_in_eu": True,
        "headcount": 60,
        "annual_turnover_eur": 8000000,
        "balance_sheet_total_eur": 5000000,
        "part_of_group": False,
    },
    "model": {
        "name": "NL-Taal-13B",
        "is_general_purpose": True,
        "provider": True,
        "high_impact_capabilities": False,
        "commission_designated": False,
        "placed_on_market": "2026-03-01",
    },
}

#: name -> (summary, case)
CASES: dict[str, tuple[str, dict[str, Any]]] = {
    "bijstandsfraude": (
        "Een gemeente gebruikt een AI-systeem voor risicoscoring bij bijstandsaanvragen",
        FRAUD_SCORING,
    ),
    "taalmodel": (
        "Een stichting biedt een AI-model voor algemene doeleinden aan",
        LANGUAGE_MODEL,
    ),
}


def case_examples() -> dict[str, dict[str, Any]]:
    """The ``examples`` of a request body that is one case."""
    return {name: {"summary": summary, "value": case} for name, (summary, case) in CASES.items()}


def portfolio_examples() -> dict[str, dict[str, Any]]:
    """The ``examples`` of a portfolio request body."""
    return {
        "inventaris": {
            "summary": "Twee casussen met een gemeenschappelijke datum",
            "value": {
                "defaults": {"as_of": "2026-11-28"},
                "cases": [FRAUD_SCORING, LANGUAGE_MODEL],
            },
        }
    }


def interview_examples() -> dict[str, dict[str, Any]]:
    """The ``examples`` of an interview request body: the start, and two answers given."""
    return {
        "begin": {
            "summary": "Het begin van de vragenlijst: nog niets bekend",
            "value": {"goal": "tier", "as_of": "2026-11-28", "answers": []},
        },
        "onderweg": {
            "summary": "Twee vragen beantwoord",
            "value": {
                "goal": "tier",
                "as_of": "2026-11-28",
                "answers": [
                    {"question": "subject", "answer": "ai_system"},
                    {"question": "roles", "answer": ["deployer"]},
                ],
            },
        },
    }
