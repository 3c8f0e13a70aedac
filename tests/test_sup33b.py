"""sup33b (round 33): the review findings on Art. 25(4)'s third-party supply (rev33d D2, D3, the
open-source exception).

Art. 25(4), first subparagraph: "The provider of a high-risk AI system and the third party that
supplies an AI system, [AI model,] tools, services, components, or processes that are used or
integrated in a high-risk AI system shall, by written agreement, specify ..."; last sentence, the
same in both texts: "This paragraph shall not apply to third parties making accessible to the
public tools, services, processes, or components, other than general-purpose AI models, under a
free and open-source licence."

- D3: the provider's side is a conclusion of its own, ``duty.art25_4_provider`` (rules layer,
  Art. 25(4)), as the supplier's side is (``role.supplier``): where the organisation is certainly
  no high-risk provider it is false, and the open questions, which read only undetermined rules
  and conclusions (a determined conclusion has no open questions), no longer list
  ``value_chain.third_party_supplies``.
- D1: under the published text, which lists no AI model, the provider's side reads reading A25
  as the supplier's side does (``duty.art25_4_supply_listed``; ADR 0027).
- The exception: the fact's description and the question's help read it as the supplier's side
  does (``_SUPPLIER``: every supply made accessible under a free and open-source licence except a
  general-purpose AI model, an AI system included), so that both sides of the one agreement agree.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from lawquote import quote

import aiact
from aiact.facts import ValueChain
from aiact.logic import evaluate, parse
from aiact.obligations.decl_high_risk_operators import _SUPPLIER
from aiact.questions.data import QUESTIONS
from aiact.testing.strategies import system_cases
from aiact.views.labels import fact_label

FACT = "value_chain.third_party_supplies"
PROVIDER_SIDE = "duty.art25_4_provider"


def _quote_exception() -> None:
    for version in ("original", "amended"):
        quote(
            "25",
            "This paragraph shall not apply to third parties making accessible to the public "
            "tools, services, processes, or components, other than general-purpose AI models, "
            "under a free and open-source licence",
            version,  # type: ignore[arg-type]
        )


def _kleene_and(x: bool | None, y: bool | None) -> bool | None:
    if x is False or y is False:
        return False
    if x is True and y is True:
        return True
    return None


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=system_cases())
def test_the_provider_side_is_its_own_conclusion(case: aiact.Case) -> None:
    """Art. 25(4) binds "the provider of a high-risk AI system" to an agreement with "the third
    party that supplies": duty.art25_4_provider is the three-valued conjunction of
    duty.hr_provider and the fact (under the published text also of
    duty.art25_4_supply_listed, reading A25), and where the organisation is certainly no
    high-risk provider the fact can change none of its conclusions, so it is never an open
    question (rev33d D3)."""
    assert case.system is not None
    a = aiact.assess(
        case.system, case.organisation, case.as_of, case.law, interpretations=case.interpretations
    )
    values = a.evaluation.values
    provider = values.get("duty.hr_provider")
    conjunction = _kleene_and(provider, values.get(FACT))
    if a.evaluation.ruleset.law is aiact.LawVersion.AMENDED:
        assert values.get(PROVIDER_SIDE) == conjunction
    else:
        # the published text also reads whether the supplies are listed (reading A25, D1)
        assert values.get(PROVIDER_SIDE) == _kleene_and(
            conjunction, values.get("duty.art25_4_supply_listed")
        )
    if provider is False:
        assert all(q.fact != FACT for q in a.open_questions)


def test_the_exception_reads_as_on_the_suppliers_side() -> None:
    """The last sentence of Art. 25(4) (quoted, both texts) names "tools, services, processes,
    or components, other than general-purpose AI models". The supplier's side (``_SUPPLIER``)
    exempts every supply made accessible to the public under a free and open-source licence
    except a general-purpose AI model, an AI system included; the fact's description and the
    question's help (EN and NL) say the same, so that a supply whose third party has no duty is
    not counted as the provider's counterparty either."""
    _quote_exception()
    in_scope = {
        "scope.in_scope": True,
        "scope.section_b_limited": False,
        "legacy.exempt_system": False,
        "legacy.supplier_not_sheltered": False,
        "scope.supplier_reach": True,
    }
    supplier = parse(_SUPPLIER)
    # an AI system (no general-purpose AI model) under a free and open-source licence: exempt
    foss_system = {
        **in_scope,
        "value_chain.supplies_under_free_open_source_licence": True,
        "value_chain.supplies_general_purpose_ai_model": False,
    }
    assert evaluate(supplier, foss_system) is False
    # a general-purpose AI model under the same licence: bound
    foss_gpai = {**foss_system, "value_chain.supplies_general_purpose_ai_model": True}
    assert evaluate(supplier, foss_gpai) is True
    desc = ValueChain.model_fields["third_party_supplies"].description or ""
    assert "a supply, an AI system or AI model included" in desc
    assert "unless it is a general-purpose AI model" in desc
    assert "supplies_under_free_open_source_licence" in desc
    q = next(q for q in QUESTIONS if q.get("fact") == FACT)
    assert (
        "(an AI system, an AI model, tools, services, processes or components), unless it is a "
        "general-purpose AI model" in q["help_en"]
    )
    assert (
        "(een AI-systeem, een AI-model, instrumenten, diensten, processen of onderdelen), "
        "behalve een AI-model voor algemene doeleinden" in q["help_nl"]
    )
    # the former wording, which exempted only "tools, services, processes or components"
    assert "Do not count tools, services" not in q["help_en"]
    assert "Tel niet mee: instrumenten" not in q["help_nl"]
    label = fact_label(FACT, "nl")
    assert (
        "(ook een AI-systeem of AI-model), behalve een AI-model voor algemene doeleinden" in label
    )


def test_the_role_shift_is_recorded_as_open() -> None:
    """rev33d D2: whether the initial provider of Art. 25(2) ("the provider that initially placed
    the AI system on the market or put it into service shall no longer be considered to be a
    provider of that specific AI system") is also "the third party that supplies" of Art. 25(4)
    the text does not settle; the fact's description and the question's help say so, and tell
    the user to leave the question open where that is the only supply."""
    quote(
        "25",
        "the provider that initially placed the AI system on the market or put it into service "
        "shall no longer be considered to be a provider of that specific AI system",
        "original",
    )
    desc = ValueChain.model_fields["third_party_supplies"].description or ""
    assert "role shift" in desc and "does not settle" in desc
    assert "the provider that initially placed the AI system on the market" in desc
    q = next(q for q in QUESTIONS if q.get("fact") == FACT)
    assert "Art. 25(2)" in q["help_en"] and "leave this question open" in q["help_en"]
    assert "artikel 25, lid 2" in q["help_nl"] and "laat deze vraag dan open" in q["help_nl"]


KWIJTSCHELDING = (
    Path(__file__).resolve().parent / "data" / "rev33a" / "amsterdam-kwijtschelding.yaml"
)


@pytest.mark.parametrize(
    ("reading", "only_models", "gpai", "expected"),
    [
        ("every_model", True, False, True),
        ("every_model", None, None, True),
        ("no_model", False, None, True),
        ("no_model", True, True, False),
        ("no_model", None, None, None),
        ("general_purpose_model", True, True, True),
        ("general_purpose_model", True, False, False),
        ("general_purpose_model", True, None, None),
    ],
)
def test_the_published_provider_side_reads_a25(
    reading: str, only_models: bool | None, gpai: bool | None, expected: bool | None
) -> None:
    """rev33d D1: the published Art. 25(4) binds "the third party that supplies an AI system,
    tools, services, components, or processes" (no AI model; reading A25, ADR 0027). The
    provider's side reads it as the supplier's side (role.supplier.original) does: by default
    every AI model is a component, so nothing more is asked; under no_model a provider whose
    third-party supplies are only AI models has no counterparty, under general_purpose_model only
    a general-purpose AI model counts, and where that is unknown the duty is undetermined and the
    question asked (Amsterdam's tax-remission tool, 1 July 2026)."""
    quote(
        "25",
        "the third party that supplies an AI system, tools, services, components, or processes "
        "that are used or integrated in a high-risk AI system",
        "original",
    )
    data = yaml.safe_load(KWIJTSCHELDING.read_text(encoding="utf-8"))
    data["law"] = "original"
    data["interpretations"] = {"original_art25_4_models": reading}
    data["system"]["value_chain"].update(
        third_party_supplies=True,
        third_party_supplies_only_ai_models=only_models,
        third_party_supplies_general_purpose_ai_model=gpai,
    )
    a = aiact.Case.model_validate(data).assess(as_of=dt.date(2026, 7, 1))
    assert a.value("duty.hr_provider") is True
    row = next(r for r in a.obligation_results if r.id == "art25_4_original")
    assert row.applies is expected
    asked = {q.fact for q in a.open_questions}
    if expected is None:
        assert asked & {
            "value_chain.third_party_supplies_only_ai_models",
            "value_chain.third_party_supplies_general_purpose_ai_model",
        }
    if reading == "every_model":
        assert "value_chain.third_party_supplies_only_ai_models" not in asked
