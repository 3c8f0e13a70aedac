"""sup33 (round 33): Art. 25(4) binds the provider only where a third party supplies something.

Art. 25(4), first subparagraph, as published: "The provider of a high-risk AI system and the third
party that supplies an AI system, tools, services, components, or processes that are used or
integrated in a high-risk AI system shall, by written agreement, specify the necessary
information, capabilities, technical access and other assistance ..."; Regulation (EU) 2026/1744
replaces it with the same words and "AI model" in the list. The Dutch text: "De aanbieder van
een AI-systeem met een hoog risico en de derde partij die instrumenten, diensten, onderdelen of
processen voor AI-systemen levert die worden gebruikt of geïntegreerd in een AI-systeem met een
hoog risico, preciseren in een schriftelijke overeenkomst ...". The duty is one agreement of two
parties: a provider that builds its system in-house, with nothing supplied by a third party, has
no counterparty and no agreement to make (rev32a: UWV's Sollicitatiescan; rev33a: Amsterdam's
Adviestool kwijtschelding). The last sentence, "This paragraph shall not apply to third parties
making accessible to the public tools, services, processes, or components, other than
general-purpose AI models, under a free and open-source licence", takes such supplies out of the
paragraph, so they do not count either.

The new fact ``value_chain.third_party_supplies`` says whether such a supply exists; the
provider's side of art25_4 (amended text) and art25_4_original (published text) reads it, the
supplier's side (the organisation itself supplies: readings A35, A36, A45) does not. Unknown by
default: the duty is then undetermined and the fact an open question.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from lawquote import quote, quote_nl

import aiact
from aiact.facts import ValueChain
from aiact.logic import evaluate, parse
from aiact.obligations.decl_high_risk_operators import _SUPPLIER
from aiact.questions.data import QUESTIONS
from aiact.testing.strategies import system_cases
from aiact.views.labels import fact_label

FACT = "value_chain.third_party_supplies"
KWIJTSCHELDING = (
    Path(__file__).resolve().parent / "data" / "rev33a" / "amsterdam-kwijtschelding.yaml"
)
UWV = Path(__file__).resolve().parent / "data" / "rev32a" / "uwv-sollicitatiescan.yaml"
BENEFITS = Path(__file__).resolve().parents[1] / "examples" / "benefits-fraud-risk-scoring.yaml"
D = dt.date
WHERE = {
    "amended": ("art25_4", D(2028, 1, 1)),
    "original": ("art25_4_original", D(2026, 7, 1)),
}
"""Per law version: the entry and a day on which the published text (1 July 2026) or the amended
text (1 January 2028) is in force for the in-house tool."""


def _case(path: Path, law: str, **value_chain: Any) -> aiact.Assessment:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["system"]["value_chain"].update(value_chain)
    data["law"] = law
    return aiact.Case.model_validate(data).assess(as_of=WHERE[law][1])


def _row(a: aiact.Assessment, key: str) -> Any:
    return next(r for r in a.obligation_results if r.id == key)


def _asked(a: aiact.Assessment) -> bool:
    return any(q.fact == FACT for q in a.open_questions)


def _quote_art25_4() -> None:
    quote(
        "25",
        "The provider of a high-risk AI system and the third party that supplies an AI system, "
        "tools, services, components, or processes that are used or integrated in a high-risk AI "
        "system shall, by written agreement, specify the necessary information, capabilities, "
        "technical access and other assistance",
        "original",
    )
    quote(
        "25",
        "The provider of a high-risk AI system and the third party that supplies an AI system, "
        "AI model, tools, services, components, or processes that are used or integrated in a "
        "high-risk AI system shall, by written agreement, specify",
        "amended",
    )
    for version in ("original", "amended"):
        quote(
            "25",
            "This paragraph shall not apply to third parties making accessible to the public "
            "tools, services, processes, or components, other than general-purpose AI models, "
            "under a free and open-source licence",
            version,  # type: ignore[arg-type]
        )
    quote_nl(
        "De aanbieder van een AI-systeem met een hoog risico en de derde partij die "
        "instrumenten, diensten, onderdelen of processen voor AI-systemen levert die worden "
        "gebruikt of geïntegreerd in een AI-systeem met een hoog risico, preciseren in een "
        "schriftelijke overeenkomst"
    )
    quote_nl(
        "Dit lid is niet van toepassing op derden die andere instrumenten, diensten, processen "
        "of onderdelen dan AI-modellen voor algemene doeleinden onder een vrije en opensource "
        "licentie toegankelijk maken voor het publiek"
    )


# ------------------------------------------------------------------ the declarations


def test_the_fact_and_its_question() -> None:
    """Art. 25(4) (quoted above, EN and NL, both versions): the fact names the supplies the
    paragraph lists, the examples the question gives (a bought model, a cloud service, a data set
    from another organisation) and the open-source supplies the last sentence takes out; the
    question asks it in plain words, in Dutch with the official terms."""
    _quote_art25_4()
    desc = ValueChain.model_fields["third_party_supplies"].description or ""
    for words in ("Art. 25(4)", "free and open-source licence", "in-house"):
        assert words in desc, words
    q = next(q for q in QUESTIONS if q.get("fact") == FACT)
    assert q["id"] == "third_party_supplies" and q["kind"] == "yes_no"
    assert "Art. 25(4)" in q["cites"]
    assert "Art. 25(4)" in q["help_en"] and "artikel 25, lid 4" in q["help_nl"]
    for words in ("bought model", "cloud service", "data set", "free and open-source", "answer no"):
        assert words in q["help_en"], words
    for words in (
        "gekocht model",
        "clouddienst",
        "dataset",
        "vrije en opensource licentie",
        "AI-systeem met een hoog risico",
        "aanbieder",
        "Antwoord dan nee",
    ):
        assert words in q["help_nl"], words
    for words in ("instrumenten, diensten, onderdelen of", "processen"):
        assert words in q["text_nl"], words
    assert "Art. 25(4)" not in fact_label(FACT, "nl") and "artikel 25, lid 4" in fact_label(
        FACT, "nl"
    )


# ------------------------------------------------------------------ the pins


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("path", [KWIJTSCHELDING, UWV], ids=["kwijtschelding", "uwv"])
def test_in_house_without_supplies_no_agreement(path: Path, law: str) -> None:
    """Art. 25(4): the agreement is made by "the provider of a high-risk AI system and the third
    party that supplies" something used or integrated in it. Amsterdam's tax-remission advice
    tool and UWV's application scan, built in-house with nothing supplied by a third party: no
    counterparty, no Art. 25(4) duty, under either text; the fact is answered, not asked."""
    _quote_art25_4()
    a = _case(path, law, third_party_supplies=False)
    assert a.value("duty.hr_provider") is True
    assert _row(a, WHERE[law][0]).applies is False
    assert not _asked(a)


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("path", [KWIJTSCHELDING, UWV], ids=["kwijtschelding", "uwv"])
def test_a_bought_component_brings_the_agreement(path: Path, law: str) -> None:
    """Art. 25(4): the same provider that uses a model, a cloud service or a data set from
    another organisation in its system has a third party to agree with: the duty applies (the
    fine row as before: Art. 99(4)(da) in the amended text, national penalties only in the
    published one)."""
    _quote_art25_4()
    a = _case(path, law, third_party_supplies=True)
    row = _row(a, WHERE[law][0])
    assert row.applies is True
    assert not _asked(a)


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("path", [KWIJTSCHELDING, UWV], ids=["kwijtschelding", "uwv"])
def test_unknown_supplies_leave_the_duty_open(path: Path, law: str) -> None:
    """Unknown facts stay unknown: whether a third party supplies anything decides the duty, so
    while it is open the duty is undetermined (not certain, as before sup33) and the question is
    among the open questions."""
    _quote_art25_4()
    a = _case(path, law)
    assert a.value(FACT) is None
    assert _row(a, WHERE[law][0]).applies is None
    assert _asked(a)


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("third_party", [True, False, None])
def test_the_supplier_side_does_not_read_the_fact(law: str, third_party: bool | None) -> None:
    """Art. 25(4) binds "the third party that supplies" too: an organisation that is itself the
    supplier (no role for the system, value_chain.supplies_components_for_high_risk) keeps its
    duty whatever the answer on third-party supplies to the provider; the question is not asked
    of it."""
    # the supplier of a component of the tool: no role of its own for the system
    data = yaml.safe_load(KWIJTSCHELDING.read_text(encoding="utf-8"))
    data["law"] = law
    data["system"]["roles"] = {name: False for name in data["system"]["roles"]}
    data["system"]["value_chain"].update(
        supplies_components_for_high_risk=True,
        supplies_under_free_open_source_licence=False,
        third_party_supplies=third_party,
    )
    a = aiact.Case.model_validate(data).assess(as_of=WHERE[law][1])
    assert a.value("duty.hr_provider") is False
    assert _row(a, WHERE[law][0]).applies is True
    assert not _asked(a)


def test_the_question_is_not_asked_of_a_deployer() -> None:
    """Relevance: the fact decides only the provider's side of Art. 25(4), so a municipality that
    only deploys a bought high-risk system (the bundled benefits example) is not asked it."""
    a = aiact.load_case(BENEFITS).assess()
    assert a.value("duty.hr_deployer") is True
    assert a.value("duty.hr_provider") is False
    assert not _asked(a)


# ------------------------------------------------------------------ the property


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=system_cases(high_risk=True))
def test_the_providers_side_applies_only_with_a_third_party_supply(case: aiact.Case) -> None:
    """Property (Art. 25(4): "the provider ... and the third party that supplies"): art25_4 and
    art25_4_original apply only where a third party supplies something (the fact is true) or the
    organisation is itself the supplier (the supplier term); where the fact is false and the
    organisation is no supplier they do not apply; where it is unknown for a high-risk provider
    that is no supplier, the duty is undetermined."""
    assert case.system is not None
    a = aiact.assess(
        case.system,
        case.organisation,
        case.as_of,
        case.law,
        interpretations=case.interpretations,
    )
    values = a.evaluation.values
    supplier = evaluate(parse(_SUPPLIER), values)
    third_party = values.get(FACT)
    for key in ("obligation.art25_4", "obligation.art25_4_original"):
        if key not in values:
            continue
        value = values[key]
        if value is True:
            assert third_party is True or supplier is True, key
        if third_party is False and supplier is False:
            assert value is False, key
        if third_party is None and supplier is False and values["duty.hr_provider"] is True:
            assert value is None, key


def test_catch_built_around_a_licensed_engine_has_a_supplier() -> None:
    """rev31c's CATCH (police): built around a licensed face-recognition engine, a third-party
    supply of a component used in the high-risk system (Art. 25(4)); the case states it, so the
    police, as provider, owe the written agreement, and the question is not asked."""
    path = Path(__file__).resolve().parent / "data" / "rev31c" / "politie-catch.yaml"
    a = aiact.load_case(path).assess()
    assert a.value(FACT) is True and a.value("duty.hr_provider") is True
    assert _row(a, "art25_4").applies is True
    assert not _asked(a)
