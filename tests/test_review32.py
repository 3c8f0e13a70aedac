"""Review32 (round 14) of ca18647 and 6850659 (fine14): reading A36, Art. 99(4)(da) and the
third-party supplier that is not an operator (docs/adr/0040-a36-art99-4-da-supplier.md).

Three defects, all under the alternative A36=operators_only (the default is unchanged):

* the exposure row of art25_4_supplier_not_operator says "not listed in Art. 99(3)-(5): no EU
  fine ceiling; national penalties (Art. 99(1))" and cites Art. 99(1), the opposite of the
  reading under which it is produced (Art. 99(1) reaches infringements "by operators"; Art. 25(4)
  is listed, in point (da));
* with the AI Office competent the same supplier gets the Art. 99(4) ceiling through Art.
  75c(4)(a), although Art. 75c(1) lets the AI Office find non-compliance of "an operator" only,
  and the fine of Art. 75c(4) accompanies that decision;
* an initial provider of Art. 25(2) that also supplies the new provider is fined under point (da)
  as a "provider" for Art. 25(2) and told, in the same assessment, that it is no operator for
  Art. 25(4): the ADR's own ground (it is "a provider (Art. 3(3)) of the system it placed") makes
  it an operator.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from lawquote import quote, quote_nl
from timecases import COMPANY
from timecases import system as complete_system

import aiact
from aiact.penalties.exposure import CeilingStatus, ExposureOptions
from aiact.penalties.tiers import FineTier

NEW = "art25_4_supplier_not_operator"
ALTERNATIVE = {"art99_4_da_addressees": "operators_only"}
ROLES = (
    "provider",
    "deployer",
    "importer",
    "distributor",
    "authorised_representative",
    "product_manufacturer",
)


def _system(**value_chain: Any) -> dict[str, Any]:
    """A Dutch company supplying a tool for a recruitment system (Annex III 4(a)) placed on the
    Union market by a provider established in the Union; no operator role; no general-purpose AI
    model (as tests/test_interpretation_a36.py)."""
    base = complete_system(
        roles=(), annex_iii=["4a"], placed_on_market=dt.date(2027, 12, 15)
    ).model_dump(mode="json")
    base["exclusions"].update(placed_or_used_in_eu=True)
    base["value_chain"].update(
        supplies_components_for_high_risk=True,
        supplies_under_free_open_source_licence=False,
        supplies_general_purpose_ai_model=False,
        supplies_only_ai_model=False,
        provider_established_in_eu=True,
        **value_chain,
    )
    base["roles"].update({r: False for r in ROLES})
    return base


def _assess(options: ExposureOptions | None = None, **value_chain: Any) -> aiact.Assessment:
    return aiact.assess(
        _system(**value_chain),
        COMPANY,
        "2028-06-01",
        "amended",
        interpretations=ALTERNATIVE,
        exposure_options=options,
    )


def _row(a: aiact.Assessment, obligation: str) -> Any:
    return {o.obligation_id: o for o in a.exposure.obligations}[obligation]


def _quote_penalties() -> None:
    quote("99", "(da) obligations of providers and operators pursuant to Article 25(2) and (4)",
          "omnibus_only")  # fmt: skip
    quote("99", "applicable to any infringement of this Regulation by operators", "omnibus_only")
    quote(
        "3",
        "'operator' means a provider, product manufacturer, deployer, authorised "
        "representative, importer or distributor",
        "both",
    )
    quote_nl("die van toepassing zijn op inbreuken op deze verordening door operatoren")


def test_control_pure_supplier_has_the_entry_without_fine_under_operators_only() -> None:
    a = _assess()
    result = {r.id: r.applies for r in a.obligation_results}
    assert result["art25_4"] is False and result[NEW] is True
    row = _row(a, NEW)
    assert row.status is CeilingStatus.NO_FINE and row.ceiling == 0  # no fine (round 14 fix)


def test_operators_only_row_does_not_claim_national_penalties_under_art99_1() -> None:
    """Art. 99(1) as replaced: penalties "applicable to any infringement of this Regulation by
    operators"; the reading holds that this supplier is none (Art. 3(8)), and Art. 25(4) is not
    "not listed in Art. 99(3)-(5)" (it is named in point (da)). The row should not tell the user
    that national penalties under Art. 99(1) apply."""
    _quote_penalties()
    row = _row(_assess(), NEW)
    # Fixed in round 14: its own tier (no_penalty) and a row that says why no penalty reaches
    # it; Art. 99(1) is cited as the ground ("by operators"), not as a national fine.
    assert row.tier is FineTier.NO_PENALTY and row.status is CeilingStatus.NO_FINE
    assert "national penalties" not in row.explanation
    assert "not listed in Art. 99(3)-(5)" not in row.explanation
    assert "by operators" in row.explanation and "A36" in row.flags


def test_operators_only_ai_office_does_not_fine_a_supplier_that_is_no_operator() -> None:
    """Art. 75c(1): "Where the AI Office finds that an operator falling within the scope of
    Article 75(1) does not comply ... it shall adopt a decision"; Art. 75c(4): "A decision adopted
    pursuant to paragraph 1 of this Article may be accompanied by the imposition of penalties".
    Under A36=operators_only the supplier is no operator, so no Art. 75c(1) decision and no Art.
    75c(4) fine reach it: no EUR 60 000 000 ceiling."""
    _quote_penalties()
    quote(
        "75c",
        "Where the AI Office finds that an operator falling within the scope of Article 75(1) "
        "does not comply",
        "omnibus_only",
    )
    quote("75c", "A decision adopted pursuant to paragraph 1 of this Article may be accompanied "
          "by the imposition of penalties", "omnibus_only")  # fmt: skip
    a = _assess(ExposureOptions(ai_office_competent=True))
    row = _row(a, NEW)
    assert row.status is CeilingStatus.NO_FINE and row.ceiling == 0
    assert "Art. 75c(1)" in row.citations
    assert not a.exposure.max_ceiling  # zero: nothing to fine


def test_operators_only_initial_provider_that_supplies_is_an_operator() -> None:
    """ADR 0040 keeps art25_2 fined under both readings because the initial provider is "the
    provider that initially placed the AI system on the market or put it into service", a
    provider (Art. 3(3)) of the system it placed, and says a supplier that places an AI system of
    its own on the market is its provider "and so an operator". The library has that fact
    (value_chain.initial_provider_of_shifted_system): the same organisation should not be a
    provider for point (da) and Art. 25(2) and no operator for Art. 25(4)."""
    _quote_penalties()
    quote(
        "25",
        "the provider that initially placed the AI system on the market or put it into service",
        "amended",
    )
    quote(
        "3",
        "develops an AI system or a general-purpose AI model or that has an AI system or a "
        "general-purpose AI model developed and places it on the market",
        "both",
    )
    a = _assess(initial_provider_of_shifted_system=True)
    result = {r.id: r.applies for r in a.obligation_results}
    assert result["art25_2"] is True
    assert _row(a, "art25_2").fine_ref == "Art. 99(4)(da)"
    assert result["art25_4"] is True and result[NEW] is False


def test_control_initial_provider_under_the_default_is_fined_for_both() -> None:
    a = aiact.assess(
        _system(initial_provider_of_shifted_system=True), COMPANY, "2028-06-01", "amended"
    )
    result = {r.id: r.applies for r in a.obligation_results}
    assert result["art25_2"] is True and result["art25_4"] is True and result[NEW] is False
