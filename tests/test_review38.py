"""Review38 (round 15): first recorded review of the general-purpose AI model duties (Arts.
41(5), 52-55; aiact/obligations/decl_gpai.py). Two defects, each a strict xfail below:

* ``art41_5_gpai`` has ``schedule=Schedule.GPAI`` (2 August 2025, Art. 113, third paragraph,
  point (b)), but Art. 41 is in Chapter III, Section 5 ("Standards, conformity assessment,
  certificates, registration"), and point (b) applies early only "Chapter III Section 4, Chapter
  V, Chapter VII and Chapter XII and Article 78". Art. 41(5) applies from the general date, 2
  August 2026 (second paragraph), in both versions (2026/1744 replaces points (a) and (c) and
  adds (d), none naming Section 5). The timing group for a model duty on the general date exists
  (``TimingGroup.MODEL_GENERAL``, Art. 111(3) for legacy models kept).
* ``art54_3`` (the authorised representative of a model provider, ``FineTier.NATIONAL_ONLY``) is
  sent, in the amended text, down the Art. 75c branch of aiact/penalties/exposure.py: "no EU
  ceiling before a national authority, but the Art. 99(4) level if the AI Office is competent
  (Art. 75c(4)(a)); ai_office_competent is unknown", and with ``ai_office_competent=True`` a
  ceiling at the Art. 99(4) level. Art. 75c fines "an operator falling within the scope of
  Article 75(1)", and Art. 75(1) as replaced concerns "the following AI systems" (systems built
  on a general-purpose AI model of the same provider or undertaking, VLOPs/VLOSEs); a model
  assessment has no AI system, and the representative's Art. 54(3) tasks concern the model,
  whose Chapter V enforcement is the Commission's alone (Art. 88(1)).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from lawquote import quote, quote_nl
from lawtext import ORIGINAL_MD

import aiact
from aiact.penalties.exposure import ExposureOptions
from aiact.penalties.tiers import FineTier

_MODEL: dict[str, Any] = {
    "is_general_purpose": True,
    "sole_purpose_scientific_research": False,
    "pre_market_research_testing": False,
    "provider": True,
    "authorised_representative": False,
    "training_compute_flop": 3e23,
    "compute_threshold_will_be_met": False,
    "high_impact_capabilities": False,
    "commission_designated": False,
    "free_open_source_licence": False,
    "parameters_publicly_available": False,
    "provider_established_in_eu": True,
    "placed_on_market": "2025-09-01",
    "common_specifications_not_followed": True,
}
_ORG: dict[str, Any] = {
    "name": "Model provider",
    "kind": "private_undertaking",
    "member_state": "NL",
    "established_in_eu": True,
    "headcount": 300,
    "annual_turnover_eur": 100_000_000,
    "part_of_group": False,
}
_REPRESENTATIVE = {
    **_MODEL,
    "provider": False,
    "authorised_representative": True,
    "provider_established_in_eu": False,
    "common_specifications_not_followed": False,
}


def _result(a: aiact.Assessment, obligation: str) -> Any:
    return {r.id: r for r in a.obligation_results}[obligation]


def _section_of(article: str) -> str:
    """The heading of the Chapter III section that holds ``article`` in the published text."""
    text = ORIGINAL_MD.read_text(encoding="utf-8")
    at = text.index(f"### Article {article} — ")
    return re.findall(r"^### (SECTION \d+ — .*)$", text[:at], flags=re.MULTILINE)[-1]


def _quote_art113() -> None:
    quote("113", "It shall apply from 2 August 2026.", "both")
    quote(
        "113",
        "Chapter III Section 4, Chapter V, Chapter VII and Chapter XII and Article 78 shall "
        "apply from 2 August 2025, with the exception of Article 101",
        "both",
    )
    quote(
        "41",
        "Where providers of high-risk AI systems or general-purpose AI models do not comply with "
        "the common specifications referred to in paragraph 1, they shall duly justify that they "
        "have adopted technical solutions",
        "both",
    )
    quote_nl(
        "hoofdstuk III, afdeling 4, hoofdstuk V, hoofdstuk VII en hoofdstuk XII en artikel 78 "
        "van toepassing met ingang van 2 augustus 2025, met uitzondering van artikel 101"
    )
    assert _section_of("41").startswith("SECTION 5 — Standards, conformity assessment")


def test_art41_5_is_in_chapter_iii_section_5() -> None:
    """Control: the premise of the defect below (Art. 41 is in Section 5, not Chapter V)."""
    _quote_art113()
    assert _section_of("53").startswith("SECTION 2 — Obligations for providers of general")


def test_art41_5_gpai_applies_from_the_general_date() -> None:
    """Art. 113, second paragraph ("It shall apply from 2 August 2026") and point (b) (Chapter
    III Section 4, not Section 5): a provider of a model placed on 1 September 2025 that does not
    follow a common specification owes the Art. 41(5) justification from 2 August 2026, in both
    versions (2026/1744 leaves point (b) and Art. 41 untouched)."""
    _quote_art113()
    for law in ("original", "amended"):
        before = aiact.assess_model(_MODEL, _ORG, "2026-01-15", law)
        row = _result(before, "art41_5_gpai")
        assert row.applies is True
        assert row.timing.applies_from == dt.date(2026, 8, 2), law
        assert row.status.value != "in_force", law


def test_art41_5_gpai_legacy_model_keeps_art111_3() -> None:
    """Control: a model placed before 2 August 2025 complies by 2 August 2027 (Art. 111(3)),
    which stays right after the fix (the later of the general date and the deadline)."""
    quote(
        "111",
        "Providers of general-purpose AI models that have been placed on the market before 2 "
        "August 2025 shall take the necessary steps in order to comply with the obligations laid "
        "down in this Regulation by 2 August 2027",
        "both",
    )
    legacy = {**_MODEL, "placed_on_market": "2024-06-01"}
    row = _result(aiact.assess_model(legacy, _ORG, "2026-01-15", "original"), "art41_5_gpai")
    assert row.timing.applies_from == dt.date(2027, 8, 2)
    assert row.timing.grace == "art111_3"


def _quote_art75_88() -> None:
    quote(
        "75",
        "The AI Office shall be exclusively competent for the supervision and enforcement of the "
        "obligations under this Regulation in relation to the following AI systems",
        "omnibus_only",
    )
    quote(
        "75c",
        "Where the AI Office finds that an operator falling within the scope of Article 75(1) "
        "does not comply",
        "omnibus_only",
    )
    quote(
        "88",
        "The Commission shall have exclusive powers to supervise and enforce Chapter V",
        "both",
    )
    quote(
        "101", "The Commission may impose on providers of general-purpose AI models fines", "both"
    )
    quote_nl(
        "De gemachtigde voert de taken uit die staan gespecificeerd in het mandaat dat hij van de "
        "aanbieder heeft ontvangen."
    )


def test_model_representative_is_not_under_art75c() -> None:
    """Art. 75c(1) reaches "an operator falling within the scope of Article 75(1)", and Art.
    75(1) as replaced names "AI systems"; the representative's Art. 54(3) tasks concern a model
    (Chapter V, Art. 88(1)). Its exposure row asks nothing about the AI Office's Art. 75(1)
    competence and never takes the Art. 99(4) level through Art. 75c(4)(a)."""
    _quote_art75_88()
    a = aiact.assess_model(_REPRESENTATIVE, _ORG, "2026-12-05", "amended")
    assert _result(a, "art54_3").applies is True
    row = {o.obligation_id: o for o in a.exposure.obligations}["art54_3"]
    assert "ai_office_competent" not in row.missing
    assert "Art. 75c(4)(a)" not in row.citations
    told = aiact.assess_model(
        _REPRESENTATIVE,
        _ORG,
        "2026-12-05",
        "amended",
        exposure_options=ExposureOptions(ai_office_competent=True),
    )
    row = {o.obligation_id: o for o in told.exposure.obligations}["art54_3"]
    assert row.applied_tier is not FineTier.ART_99_4
    assert "Art. 75c(4)(a)" not in row.citations


def test_model_provider_duties_stay_under_art101() -> None:
    """Control: the provider's duties take Art. 101(1) (Commission), from 2 August 2026 (Art.
    113(b) "with the exception of Article 101"), the AI Office option notwithstanding."""
    quote("101", "3 % of their annual total worldwide turnover", "both")
    provider = {**_MODEL, "common_specifications_not_followed": False}
    early = aiact.assess_model(provider, _ORG, "2026-05-01", "amended")
    row = {o.obligation_id: o for o in early.exposure.obligations}["art53_1_a"]
    assert row.status.value == "not_yet_applicable"
    late = aiact.assess_model(
        provider,
        _ORG,
        "2026-12-05",
        "amended",
        exposure_options=ExposureOptions(ai_office_competent=True),
    )
    row = {o.obligation_id: o for o in late.exposure.obligations}["art53_1_a"]
    assert row.applied_tier is FineTier.ART_101
    assert row.ceiling == 15_000_000


def test_open_source_exemption_and_systemic_risk() -> None:
    """Control: Art. 53(2) (points (a), (b) only; "This exception shall not apply to
    general-purpose AI models with systemic risks") and Art. 54(6); unknown stays unknown."""
    quote("53", "This exception shall not apply to general-purpose AI models with systemic risks")
    quote("54", "unless the general-purpose AI models present systemic risks")
    third = {**_ORG, "member_state": None, "established_in_eu": False}
    base = {
        **_MODEL,
        "provider_established_in_eu": False,
        "free_open_source_licence": True,
        "parameters_publicly_available": True,
        "common_specifications_not_followed": False,
    }
    cases = {
        "no_risk": ({}, False, False),
        "designated": ({"commission_designated": True}, True, True),
        "unknown": (
            {
                "training_compute_flop": None,
                "high_impact_capabilities": None,
                "compute_threshold_will_be_met": None,
                "commission_designated": None,
            },
            None,
            None,
        ),
    }
    for name, (extra, documentation, systemic) in cases.items():
        a = aiact.assess_model({**base, **extra}, third, "2026-12-05", "amended")
        got = {r.id: r.applies for r in a.obligation_results}
        assert got["art53_1_a"] is documentation, name
        assert got["art53_1_b"] is documentation, name
        assert got["art54_1"] is documentation, name
        assert got["art55_1_a"] is systemic, name
        assert got["art53_1_c"] is True and got["art53_1_d"] is True, name
        assert got["art53_3"] is True, name
