"""Round 14: reading A36 named (docs/adr/0040-a36-art99-4-da-supplier.md; review29's note on A35).

Art. 99(4)(da), inserted by Regulation (EU) 2026/1744, fines "obligations of providers and
operators pursuant to Article 25(2) and (4)"; Art. 99(1), as replaced, reaches infringements "by
operators", and Art. 3(8) names no third party that supplies. Default ``every_addressee`` (entry
``art25_4`` fines the provider and every supplier, the answer before A36 was named); alternative
``operators_only`` (a supplier with no operator role for the system that supplies no
general-purpose AI model has entry ``art25_4_supplier_not_operator``, without an Art. 99 fine).
The published text has no point (da): ``art25_4_original`` has no EU ceiling under both readings.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from lawquote import omnibus_text, quote, quote_nl
from timecases import COMPANY
from timecases import system as complete_system

import aiact
from aiact.interpretations import (
    CODES,
    DEFAULT_INTERPRETATIONS,
    Art99Paragraph4daAddressees,
    Interpretations,
)
from aiact.logic import atoms, evaluate, parse
from aiact.obligations import catalogue
from aiact.penalties.tiers import FineTier
from aiact.testing.strategies import system_cases
from aiact.verify.reach import DEFAULT_READING_NOTES

DEFAULT = Art99Paragraph4daAddressees.EVERY_ADDRESSEE.value
ALTERNATIVE = Art99Paragraph4daAddressees.OPERATORS_ONLY.value
NEW = "art25_4_supplier_not_operator"
ROLES = (
    "provider",
    "deployer",
    "importer",
    "distributor",
    "authorised_representative",
    "product_manufacturer",
)


def _quote() -> None:
    """Art. 99(4)(da) and 99(1) as amended, Art. 3(8), Art. 25(2) and 25(4); Dutch of the
    published Art. 3(8), 25(4) and 99(1)."""
    quote("99", "(da) obligations of providers and operators pursuant to Article 25(2) and (4)",
          "omnibus_only")  # fmt: skip
    quote("99", "applicable to any infringement of this Regulation by operators", "omnibus_only")
    quote("99", "applicable to infringements of this Regulation by operators", "original")
    quote("99", "provisions related to operators or notified bodies", "both")
    quote(
        "3",
        "'operator' means a provider, product manufacturer, deployer, authorised "
        "representative, importer or distributor",
        "both",
    )
    quote(
        "3",
        "develops an AI system or a general-purpose AI model or that has an AI system or a "
        "general-purpose AI model developed and places it on the market",
        "both",
    )
    quote(
        "25",
        "The provider of a high-risk AI system and the third party that supplies an AI system, "
        "AI model, tools, services, components, or processes",
        "amended",
    )
    quote(
        "25",
        "shall no longer be considered to be a provider of that specific AI system for the "
        "purposes of this Regulation",
        "amended",
    )
    assert "(da)" in omnibus_text("99")
    quote_nl(
        "“operator”: een aanbieder, productfabrikant, gebruiksverantwoordelijke, gemachtigde, "
        "importeur of distributeur"
    )
    quote_nl(
        "De aanbieder van een AI-systeem met een hoog risico en de derde partij die "
        "instrumenten, diensten, onderdelen of processen voor AI-systemen levert"
    )
    quote_nl("die van toepassing zijn op inbreuken op deze verordening door operatoren")


def _case(
    reading: str | None,
    law: str = "amended",
    roles: dict[str, bool | None] | None = None,
    gpai: bool | None = False,
    provides: bool | None = True,
    supplier: bool = True,
    third_party: bool | None = False,
) -> aiact.Assessment:
    """A Dutch company supplying a component for a recruitment system (Annex III 4(a)) placed on
    the Union market by a provider established in the Union; every other fact known."""
    base = complete_system(
        roles=(), annex_iii=["4a"], placed_on_market=dt.date(2027, 12, 15)
    ).model_dump(mode="json")
    base["exclusions"].update(placed_or_used_in_eu=True)
    base["value_chain"].update(
        supplies_components_for_high_risk=supplier,
        supplies_under_free_open_source_licence=False,
        supplies_general_purpose_ai_model=gpai,
        provides_supplied_model=provides,
        supplies_only_ai_model=bool(gpai),
        provider_established_in_eu=True,
        third_party_supplies=third_party,
    )
    base["roles"].update({r: False for r in ROLES}, **(roles or {}))
    readings = None if reading is None else {"art99_4_da_addressees": reading}
    return aiact.assess(base, COMPANY, "2028-06-01", law, interpretations=readings)


def _applies(a: aiact.Assessment) -> dict[str, bool | None]:
    return {r.id: r.applies for r in a.obligation_results}


def _rows(a: aiact.Assessment) -> dict[str, Any]:
    return {o.obligation_id: o for o in a.exposure.obligations}


# ------------------------------------------------------------------------------- the switch


def test_a36_is_a_named_switch() -> None:
    _quote()
    assert CODES["A36"] == "art99_4_da_addressees"
    assert DEFAULT_INTERPRETATIONS.labels()["A36"] == DEFAULT
    by_code = Interpretations.model_validate({"A36": ALTERNATIVE})
    assert by_code.as_facts()["interp.a36_operators_only"] is True
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a36_operators_only"] is False
    note = DEFAULT_READING_NOTES[f"obligation.{NEW}"]
    assert "A36=operators_only" in note and "ADR 0040" in note


def test_the_catalogue_entries() -> None:
    """art25_4 keeps its fine; the new entry is the supplier's, amended text only, no Art. 99
    point, and says why; both name the reading."""
    cat = catalogue()
    fined, free = cat.get("art25_4"), cat.get(NEW)
    assert (fined.fine, fined.fine_ref) == (FineTier.ART_99_4, "Art. 99(4)(da)")
    assert (free.fine, free.fine_ref) == (FineTier.NO_PENALTY, None)  # review32: its own tier
    assert [a.value for a in free.addressees] == ["supplier"]
    # fix29b (round 29): the rows also name A45, whether Art. 111(2) shelters the supplier;
    # fix30a (round 30): and A46, whether Art. 111(3) defers the model supplier's agreement.
    assert fined.interpretation == free.interpretation == "A36,A45,A46"
    assert {"Art. 99(1)", "Art. 3(8)"} <= set(free.also_cites)
    assert "Art. 99(4)(da)" in free.summary_en and "Art. 75c(1)" in free.summary_en
    assert "no penalty under Art. 99 at all" in free.summary_en
    assert "geen sanctie van artikel 99" in free.summary_nl
    assert NEW in fined.summary_en and NEW in fined.summary_nl
    original = cat.get("art25_4_original")
    assert (original.fine, original.fine_ref) == (FineTier.NATIONAL_ONLY, None)
    assert "interp.a36" in original.when and original.interpretation == "A36,A45,A46"  # review33


# --------------------------------------------------------------------- the pure supplier


@pytest.mark.parametrize("reading", [None, DEFAULT])
def test_default_fines_the_pure_supplier_under_point_da(reading: str | None) -> None:
    _quote()
    a = _case(reading)
    assert a.value("role.operator") is False
    assert _applies(a)["art25_4"] is True and _applies(a)[NEW] is False
    row = _rows(a)["art25_4"]
    assert (row.applied_tier, row.fine_ref, row.ceiling) == (
        FineTier.ART_99_4,
        "Art. 99(4)(da)",
        60_000_000,  # 3 % of EUR 2 000 000 000, higher than EUR 15 000 000
    )
    assert NEW not in _rows(a)
    assert a.interpretations_used["A36"] == DEFAULT


def test_alternative_leaves_the_pure_supplier_without_an_art99_fine() -> None:
    """operators_only: the supplier is no operator (Art. 3(8)) and supplies no general-purpose
    AI model: its Art. 25(4) duty stays, under the entry without a fine; the exposure has no
    Art. 99(4) row for it."""
    _quote()
    a = _case(ALTERNATIVE)
    result = _applies(a)
    assert result["art25_4"] is False and result[NEW] is True
    rows = _rows(a)
    assert "art25_4" not in rows
    assert rows[NEW].ceiling == 0 and rows[NEW].applied_tier is FineTier.NO_PENALTY
    assert not a.exposure.max_ceiling
    why = a.explain(f"obligation.{NEW}")
    # fix29b: the row names A36 (its fine) and A45 (its shelter under Art. 111(2)).
    assert "[A36,A45,A46]" in why.text("en") and "[A36,A45,A46]" in why.text("nl")


def test_alternative_with_an_unknown_role_stays_undetermined() -> None:
    a = _case(ALTERNATIVE, roles={"deployer": None})
    result = _applies(a)
    assert result["art25_4"] is None and result[NEW] is None


def test_published_text_has_no_point_da_but_the_same_question_under_art99_1() -> None:
    """The published text has no point (da): under the default the supplier's Art. 25(4) duty has
    national penalties (Art. 99(1)). Its Art. 99(1) has the same words as the amended one,
    "infringements of this Regulation by operators", so under operators_only a pure supplier
    (not an operator, Art. 3(8)) is not reached there either (review33's note on A36)."""
    quote("99", "applicable to infringements of this Regulation by operators", "original")
    a = _case(DEFAULT, law="original")
    result = _applies(a)
    assert result["art25_4_original"] is True and result[NEW] is False
    row = _rows(a)["art25_4_original"]
    assert row.applied_tier is FineTier.NATIONAL_ONLY and row.ceiling is None
    a = _case(ALTERNATIVE, law="original")
    result = _applies(a)
    assert result["art25_4_original"] is False and result[NEW] is True
    row = _rows(a)[NEW]
    assert row.applied_tier is FineTier.NO_PENALTY and row.ceiling == 0
    assert row.citations == ("Art. 99(1)", "Art. 3(8)")  # no point (da), no Art. 75c
    assert "AI Office" not in row.explanation
    notes = {f.code: f.message for f in a.exposure.flags}
    assert "AI Office" not in notes["A36"]


# ------------------------------------------------------------------- operators either way


@pytest.mark.parametrize("reading", [DEFAULT, ALTERNATIVE])
def test_a_general_purpose_model_supplier_is_fined_under_both(reading: str) -> None:
    """A supplier of a general-purpose AI model is its provider (Art. 3(3)): an operator."""
    _quote()
    a = _case(reading, gpai=True)
    assert _applies(a)["art25_4"] is True and _applies(a)[NEW] is False
    assert _rows(a)["art25_4"].applied_tier is FineTier.ART_99_4


@pytest.mark.parametrize("reading", [DEFAULT, ALTERNATIVE])
@pytest.mark.parametrize("role", ["deployer", "distributor", "product_manufacturer"])
def test_a_supplier_holding_an_operator_role_is_fined_under_both(reading: str, role: str) -> None:
    a = _case(reading, roles={role: True})
    assert a.value("role.operator") is True
    assert _applies(a)["art25_4"] is True and _applies(a)[NEW] is False


@pytest.mark.parametrize("reading", [DEFAULT, ALTERNATIVE])
def test_the_provider_is_unchanged(reading: str) -> None:
    """Art. 25(4) binds the provider where a third party supplies something for its system
    (sup33: value_chain.third_party_supplies); A36 does not touch the provider's side."""
    a = _case(reading, roles={"provider": True}, supplier=False, third_party=True)
    assert _applies(a)["art25_4"] is True and _applies(a)[NEW] is False
    assert _rows(a)["art25_4"].fine_ref == "Art. 99(4)(da)"


@pytest.mark.parametrize("reading", [DEFAULT, ALTERNATIVE])
def test_the_initial_provider_of_art25_2_is_fined_under_both(reading: str) -> None:
    """Art. 25(2): the initial provider "shall no longer be considered to be a provider of that
    specific AI system", but it is the one "providers ... pursuant to Article 25(2)" names: A36
    does not touch art25_2."""
    quote("25", "That initial provider shall closely cooperate with new providers", "amended")
    base = _case(reading, supplier=False).system.model_dump()
    base["value_chain"].update(initial_provider_of_shifted_system=True)
    a = aiact.assess(
        base,
        COMPANY,
        "2028-06-01",
        "amended",
        interpretations={"art99_4_da_addressees": reading},
    )
    assert _applies(a)["art25_2"] is True
    assert "interp.a36" not in catalogue().get("art25_2").when
    assert _rows(a)["art25_2"].fine_ref == "Art. 99(4)(da)"


# ----------------------------------------------------------- the default changes nothing

# Round 15 (fix43): the supplier's gate reads the system's Art. 111(2) shelter,
# legacy.exempt_system, where main 0ac5110 read legacy.exempt; A36 changes nothing else.
_SUPPLIER = (
    "scope.in_scope and not scope.section_b_limited and not legacy.exempt_system and "
    "scope.supplier_reach and not (value_chain.supplies_under_free_open_source_licence and not "
    "value_chain.supplies_general_purpose_ai_model)"
)
_OLD_ART25_4 = f"(duty.hr_provider and value_chain.third_party_supplies) or ({_SUPPLIER})"
"""The condition of art25_4 at main 0ac5110, before A36, with the provider's side read since
sup33 (round 33: the provider only where a third party supplies something, Art. 25(4))."""


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=system_cases(default_interpretations=True))
def test_under_the_default_reading_the_answers_are_those_before_a36(case: aiact.Case) -> None:
    """Property: under the default readings art25_4 has the value its former condition has on
    the same facts, the new entry never applies, and every exposure row of art25_4 keeps the
    tier and the point it had (before and after dump of a grid of 3456 supplier cases: ADR
    0040)."""
    assert case.system is not None
    a = aiact.assess(
        case.system,
        case.organisation,
        case.as_of,
        case.law,
        interpretations=case.interpretations,
    )
    assert a.interpretations_used["A36"] == DEFAULT
    values = a.evaluation.values
    if "obligation.art25_4" in values:
        condition = parse(_OLD_ART25_4)
        assert set(atoms(condition)) <= set(values)
        assert values["obligation.art25_4"] == evaluate(condition, values)
    assert values.get(f"obligation.{NEW}", False) is False
    for row in a.exposure.obligations:
        assert row.obligation_id != NEW
        if row.obligation_id == "art25_4":
            assert (row.tier, row.fine_ref) == (FineTier.ART_99_4, "Art. 99(4)(da)")


def test_taking_on_an_operator_role_keeps_the_art25_4_duty() -> None:
    """The invariant "adding a role only adds obligations" (CI found it broken by A36): under
    operators_only a pure supplier that becomes the provider loses art25_4_supplier_not_operator
    and gains art25_4, the same duty of Art. 25(4) now fined under point (da). The catalogue
    declares the pair (SAME_DUTY), and both the hypothesis and the solver checks count it as
    kept."""
    from aiact.obligations.catalogue import same_duty
    from aiact.testing.invariants import check_roles_only_add_obligations

    assert same_duty() == {NEW: frozenset({"art25_4", "art25_4_original"})}
    fewer = _case(ALTERNATIVE)
    more = _case(ALTERNATIVE, roles={"provider": True})
    assert _applies(fewer)[NEW] is True and _applies(more)["art25_4"] is True
    assert _applies(more)[NEW] is False
    check_roles_only_add_obligations(fewer, more)


class _Seen:
    """An Assessment seen with other obligation values and evaluation values (the rest is the
    real Assessment's), to test the invariant's guard where no case is known to reach it."""

    def __init__(self, real: aiact.Assessment, applies: dict[str, bool | None], values: Any):
        self._real = real
        self.obligations = [
            type("Row", (), {"id": i, "applies": v})() for i, v in sorted(applies.items())
        ]
        self.evaluation = type("Evaluation", (), {"values": values})()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def test_both_entries_unknown_keep_the_duty_only_where_the_shared_duty_holds() -> None:
    """Review34's note: the invariant "adding a role only adds obligations" accepted both
    entries of the A36 pair unknown whatever the reason. Art. 25(4) binds "the provider of a
    high-risk AI system and the third party that supplies" (quoted), and only whether Art. 99
    fines the supplier splits the entries, so both unknown keeps the duty only where the duty they
    share ("duty.art25_4_provider or SUPPLIER": the provider's side, duty.hr_provider and
    value_chain.third_party_supplies since sup33, its own conclusion since sup33b;
    SAME_DUTY_CONDITION) holds: where the added role left
    only the splitting fact open. Where the duty itself turned unknown, the duty is lost."""
    from aiact.obligations.catalogue import same_duty_condition
    from aiact.testing.invariants import InvariantViolation, check_roles_only_add_obligations

    quote("25", "the provider of a high-risk AI system and the third party that supplies", "both")
    condition = same_duty_condition()[NEW]
    assert condition.startswith("duty.art25_4_provider or (")
    fewer = _case(ALTERNATIVE, third_party=True)
    real = _case(ALTERNATIVE, roles={"provider": True}, third_party=True)
    values = dict(real.evaluation.values)
    both_unknown = {NEW: None, "art25_4": None}
    assert evaluate(parse(condition), values) is True
    check_roles_only_add_obligations(fewer, _Seen(real, both_unknown, values))  # type: ignore[arg-type]
    values.update({"duty.art25_4_provider": None, "scope.supplier_reach": None})
    assert evaluate(parse(condition), values) is None
    with pytest.raises(InvariantViolation, match=NEW):
        check_roles_only_add_obligations(fewer, _Seen(real, both_unknown, values))  # type: ignore[arg-type]


def test_every_same_duty_entry_names_the_duty_it_shares() -> None:
    """Each SAME_DUTY entry declares its shared condition, which names only facts and
    conclusions of the rule set and is implied by each entry of the pair (Art. 25(4))."""
    from aiact.obligations.catalogue import same_duty, same_duty_condition

    assert set(same_duty_condition()) == set(same_duty())
    entries = catalogue().by_id
    for entry, others in same_duty().items():
        shared = parse(same_duty_condition()[entry])
        for identifier in (entry, *others):
            # Each entry's condition, under any values, implies the shared one: checked on the
            # values of the cases above with every interpretation.
            for reading in (DEFAULT, ALTERNATIVE):
                for roles in ({}, {"provider": True}, {"deployer": True}):
                    a = _case(reading, roles=roles)
                    values = a.evaluation.values
                    if entries[identifier].when and values.get(f"obligation.{identifier}") is True:
                        assert evaluate(shared, values) is True, (identifier, reading, roles)
