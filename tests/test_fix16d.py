"""fix16d (round 16): the fixes of review48's and review49's findings on scope, definitions,
roles, models and the date labels of Arts. 4, 50 and point (b), beside the reviewers' own tests
(tests/test_review48.py, tests/test_review49.py, now plain tests).

* Art. 2(8): research, testing or development "prior to their being placed on the market or put
  into service". A case that states it and a placing on or before the day assessed, or a fact
  that means a placing on the Union market, is refused (aiact.date_facts.guard_pre_market) on
  every path: aiact.assess, aiact.assess_model, the interview (assess_with), the solver's cases
  and frames. A planned placing after the day and an unknown date leave the exclusion as stated.
* Art. 3(63): a model only used for research before its placing keeps the definition open
  where is_general_purpose is not answered (review48's suggestion left, see the test).
* Titles, citations and labels (Art. 2(10), 3(5), 25(4), 113 point (b), Chapter V in Dutch).
* A21=literal: Art. 111(4) dates Art. 50(2) before Art. 111(1) and (2) read (ADR 0011).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import COMPANY, PUBLIC_BODY, model, system

import aiact
from aiact.errors import InputError
from aiact.interpretations import Interpretations
from aiact.rules import MODEL_RULES, SYSTEM_RULES
from aiact.rules.timing import MODEL_DATE_RULES, SYSTEM_DATE_RULES

D = dt.date
_RULES = {rule.id: rule for rule in (*SYSTEM_RULES, *MODEL_RULES)}
_DATE_RULES = {rule.name: rule for rule in (*SYSTEM_DATE_RULES, *MODEL_DATE_RULES)}

_ART2_8 = (
    "This Regulation does not apply to any research, testing or development activity regarding "
    "AI systems or AI models prior to their being placed on the market or put into service."
)


def _research_system(**exclusions: Any) -> aiact.AISystem:
    """A provider's system in research before its placing (Art. 2(8)), with ``exclusions``."""
    placed = exclusions.pop("placed_on_market", None)
    service = exclusions.pop("put_into_service", None)
    s = system(placed_on_market=placed, put_into_service=service)
    data = s.model_dump()
    data["exclusions"].update(pre_market_research_testing=True, **exclusions)
    return aiact.AISystem.model_validate(data)


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize(
    ("field", "day"),
    [
        ("placed_on_market", D(2025, 1, 1)),
        ("put_into_service", D(2025, 1, 1)),
        ("placed_on_market", D(2026, 12, 5)),  # on the day assessed
    ],
)
def test_research_after_the_placing_is_refused(field: str, day: dt.date, law: str) -> None:
    quote("2", _ART2_8, "both")
    with pytest.raises(InputError) as error:
        aiact.assess(_research_system(**{field: day}), COMPANY, "2026-12-05", law)
    problem = error.value.problems[0]
    assert problem.path == "system.exclusions.pre_market_research_testing"
    assert problem.params["other"] == f"system.{field}"


def test_research_beside_a_making_available_is_refused() -> None:
    """Art. 3(9): placing on the market is "the first making available of an AI system ... on
    the Union market"; a system made available there is past Art. 2(8)."""
    quote(
        "3",
        "the first making available of an AI system or a general-purpose AI model on the Union "
        "market",
        "both",
    )
    with pytest.raises(InputError) as error:
        aiact.assess(_research_system(made_available_on_union_market=True), COMPANY, "2026-12-05")
    other = error.value.problems[0].params["other"]
    assert other == "system.exclusions.made_available_on_union_market"


def test_research_beside_an_importer_is_refused() -> None:
    """Art. 3(6): an importer "places on the market an AI system"."""
    quote("3", "places on the market an AI system that bears the name or trademark", "both")
    data = _research_system().model_dump()
    data["roles"].update(provider=False, importer=True)
    data["value_chain"]["provider_established_in_eu"] = False
    with pytest.raises(InputError):
        aiact.assess(aiact.AISystem.model_validate(data), COMPANY, "2026-12-05")


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("placed", [None, D(2027, 3, 1)])
def test_research_before_a_placing_stays_excluded(placed: dt.date | None, law: str) -> None:
    """No date, or a placing planned after the day assessed: the exclusion holds as stated."""
    a = aiact.assess(_research_system(placed_on_market=placed), COMPANY, "2026-12-05", law)
    assert a.value("scope.excluded") is True
    assert a.value("scope.in_scope") is False


def test_the_refusal_in_dutch() -> None:
    quote_nl("voor zij in de handel worden gebracht of in gebruik worden gesteld")
    with pytest.raises(InputError) as error:
        aiact.assess(_research_system(placed_on_market=D(2025, 1, 1)), COMPANY, "2026-12-05")
    from aiact.views.errors import problem_text

    dutch = problem_text(error.value.problems[0], "nl")
    assert "artikel 2, lid 8" in dutch and "beoordelingsdatum" in dutch


def test_the_interview_refuses_the_same() -> None:
    """assess_with (the interview's trials) refuses as aiact.assess does (a ValueError)."""
    from aiact.questions.goals import assess_with

    base = aiact.assess(system(placed_on_market=D(2025, 1, 1)), COMPANY, "2026-12-05")
    with pytest.raises(ValueError, match=r"Art\. 2\(8\)"):
        assess_with(base, {"exclusions.pre_market_research_testing": True})
    later = aiact.assess(system(placed_on_market=D(2027, 3, 1)), COMPANY, "2026-12-05")
    changed = assess_with(later, {"exclusions.pre_market_research_testing": True})
    assert changed.value("scope.excluded") is True


def test_a_frame_refuses_the_same() -> None:
    pd = pytest.importorskip("pandas")
    from aiact.frame import assess_frame

    rows = [
        {"is_ai_system": True, "roles.provider": True, "placed_on_market": "2027-03-01"},
        {
            "is_ai_system": True,
            "roles.provider": True,
            "exclusions.pre_market_research_testing": True,
            "placed_on_market": "2025-01-01",
        },
    ]
    with pytest.raises(InputError) as error:
        assess_frame(pd.DataFrame(rows), as_of="2026-12-05")
    assert error.value.problems[0].path.startswith("rows[1].")
    assess_frame(pd.DataFrame(rows[:1]), as_of="2026-12-05")


@pytest.mark.parametrize("law", ["original", "amended"])
def test_a_model_placed_is_no_longer_in_research(law: str) -> None:
    """Art. 2(8) names "AI systems or AI models"; the model's placing is its date."""
    quote("2", _ART2_8, "both")
    placed = model(D(2025, 3, 1), pre_market_research_testing=True)
    with pytest.raises(InputError) as error:
        aiact.assess_model(placed, COMPANY, "2026-12-05", law)
    assert error.value.problems[0].path == "model.pre_market_research_testing"
    planned = aiact.assess_model(
        model(D(2027, 3, 1), pre_market_research_testing=True), COMPANY, "2026-12-05", law
    )
    assert planned.value("gpai.in_scope") is False


def test_a_model_in_research_keeps_the_definition_open() -> None:
    """Art. 3(63): "except AI models that are used for research, development or prototyping
    activities before they are placed on the market". review48 suggested that the question rule
    answer no for such a model; it stays open, because a direct answer is_general_purpose "yes"
    decides (def.gpai_model.given) and a "no" overturned by stating more breaks Kleene
    monotonicity. No duty follows: gpai.in_scope is false through Art. 2(8)."""
    quote(
        "3",
        "except AI models that are used for research, development or prototyping activities "
        "before they are placed on the market",
        "both",
    )
    m = model(None, pre_market_research_testing=True, is_general_purpose=None)
    a = aiact.assess_model(m, COMPANY, "2026-12-05")
    assert a.value("def.gpai_model") is None
    assert a.value("gpai.in_scope") is False


def test_titles_and_citations() -> None:
    quote("2", "obligations of deployers who are natural persons using AI systems", "both")
    deployer = _RULES["role.deployer.declared"]
    assert "scope.personal_use" in deployer.when and "Art. 2(10)" in deployer.also_cites
    quote("3", "has received and accepted a written mandate from a provider", "both")
    assert "Art. 3(5)" in _RULES["gpai.role.authorised_representative"].also_cites
    quote("25", "that are used or integrated in a high-risk AI system", "both")
    quote_nl("die worden gebruikt of geïntegreerd in een AI-systeem met een hoog risico")
    for rule_id in ("role.supplier.amended", "role.supplier.original"):
        assert "used or integrated in" in _RULES[rule_id].title_en
        assert "gebruikt of geïntegreerd" in _RULES[rule_id].title_nl
    assert (
        "rechtshandhaving en justitie"
        in _RULES["scope.excluded.international_cooperation"].title_nl
    )
    assert "judicial cooperation" in _RULES["scope.excluded.international_cooperation"].title_en


def test_date_labels() -> None:
    quote(
        "113",
        "Chapter III Section 4, Chapter V, Chapter VII and Chapter XII and Article 78 shall "
        "apply from 2 August 2025, with the exception of Article 101",
        "both",
    )
    quote_nl("met uitzondering van artikel 101")
    early = _DATE_RULES["from.early"].cases[0]
    assert "except Art. 101" in early.label_en
    assert "met uitzondering van artikel 101" in early.label_nl
    new = _DATE_RULES["from.art5_new"]
    assert all(case.versions == new.versions for case in new.cases)
    for name in ("tier.gpai", "tier.gpai_systemic_risk"):
        label = _DATE_RULES[name].cases[0].label_nl
        assert ": hoofdstuk V is van toepassing" in label


_SYNTHETIC = {"generates_synthetic_image": True}


@pytest.mark.parametrize("reading", ["not_deferred", "literal"])
def test_a21_art111_4_comes_before_art111_1(reading: str) -> None:
    """ADR 0011: under either reading of A21, Art. 111(4) dates Art. 50(2) of an Annex X
    component placed before 2 August 2026 (2 December 2026); read literally, Art. 111(1) dates
    its other duties (31 December 2030)."""
    quote(
        "111",
        "that have been placed on the market before 2 August 2026 shall take the necessary "
        "steps in order to comply with Article 50(2) by 2 December 2026",
        "omnibus_only",
    )
    component = system(
        roles=("provider", "deployer"),
        annex_iii=["7c"],
        transparency={"interacts_directly_with_persons": True, **_SYNTHETIC},
        context={"annex_x_large_scale_it_component": True},
        placed_on_market=D(2025, 5, 1),
    )
    a = aiact.assess(
        component,
        PUBLIC_BODY,
        "2026-12-05",
        "amended",
        interpretations=Interpretations(legacy_general_duties=reading),
    )
    result = a.date("from.art50_2")
    assert result.value == D(2026, 12, 2) and result.graces == frozenset({"art111_4"})
    art50_1 = a.obligation("art50_1").applies_from
    assert art50_1 == (D(2030, 12, 31) if reading == "literal" else D(2026, 8, 2))
