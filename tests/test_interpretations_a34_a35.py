"""Round 14: two readings the code made silently, named (A34, A35), and the Art. 72(2) carve-out.

* A34 (docs/adr/0038-a34-art26-5-financial-institutions.md): what Art. 26(5), second
  subparagraph, deems fulfilled for a deployer that is a financial institution. Default
  ``monitoring_only`` (entry ``art26_5_financial``, the answer since round 12); alternative
  ``whole_first_subparagraph`` (entry ``art26_5_financial_whole``).
* A35 (docs/adr/0039-a35-art25-4-supplier-reach.md): which third-party suppliers of Art. 25(4)
  the Regulation reaches, Art. 2(1) naming none. Default ``through_provider`` (the reach of the
  provider supplied, ``SUPPLIED_REACH``, the answer since round 12); alternative
  ``system_in_union`` (only where the system is placed on the market, put into service or used in
  the Union).
* Art. 72(2), last sentence: the post-market monitoring "shall not cover sensitive operational
  data of deployers which are law-enforcement authorities" (entry ``art72_2_law_enforcement``).

Neither Art. 2(1), Art. 25(4) (first subparagraph replaced by Regulation (EU) 2026/1744, the
supplier's words unchanged but for "AI model"), Art. 26(5) nor Art. 72(2) (only Art. 72(3)
replaced) is amended in a way that touches the question: both law versions answer alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from lawquote import omnibus_text, quote, quote_annex, quote_nl, quote_recital
from scope_cases import NO_SHIFT, OUTPUT_ONLY
from timecases import COMPANY, PUBLIC_BODY, assess, system

import aiact
from aiact.interpretations import (
    CODES,
    DEFAULT_INTERPRETATIONS,
    FinancialDeployerMonitoring,
    Interpretations,
    SupplierReach,
)
from aiact.logic import atoms, evaluate, parse
from aiact.obligations import catalogue
from aiact.rules.scope import SUPPLIED_REACH
from aiact.testing.strategies import system_cases
from aiact.verify.reach import DEFAULT_READING_NOTES

LAWS = ("original", "amended")
AS_OF = dt.date(2028, 6, 1)
PLACED = dt.date(2027, 12, 15)
"""After the Art. 111(2) cut-off in both versions: no legacy grace."""
BANK = COMPANY.model_copy(update={"financial_institution": True})
UNKNOWN_BANK = COMPANY.model_copy(update={"financial_institution": None})
POLICE = PUBLIC_BODY.model_copy(update={"law_enforcement_authority": True})
UNKNOWN_POLICE = PUBLIC_BODY.model_copy(update={"law_enforcement_authority": None})

A34_DEFAULT = FinancialDeployerMonitoring.MONITORING_ONLY.value
A34_ALTERNATIVE = FinancialDeployerMonitoring.WHOLE_FIRST_SUBPARAGRAPH.value
A35_DEFAULT = SupplierReach.THROUGH_PROVIDER.value
A35_ALTERNATIVE = SupplierReach.SYSTEM_IN_UNION.value


def _applies(assessment: aiact.Assessment) -> dict[str, bool | None]:
    return {r.id: r.applies for r in assessment.obligation_results}


# ------------------------------------------------------------------------------------- A34


def _quote_art26_5() -> None:
    """Art. 26(5) (not amended by 2026/1744), English and Dutch; recital 158; Art. 17(4)."""
    quote(
        "26",
        "Deployers shall monitor the operation of the high-risk AI system on the basis of the "
        "instructions for use",
        "both",
    )
    quote(
        "26",
        "inform the provider or distributor and the relevant market surveillance authority, "
        "and shall suspend the use of that system",
        "both",
    )
    quote("26", "Where deployers have identified a serious incident, they shall also", "both")
    quote("26", "This obligation shall not cover sensitive operational data", "both")
    quote(
        "26",
        "the monitoring obligation set out in the first subparagraph shall be deemed to be "
        "fulfilled by complying with the rules on internal governance arrangements, processes "
        "and mechanisms pursuant to the relevant financial service law",
        "both",
    )
    assert omnibus_text("26") == ""
    quote_nl("Gebruiksverantwoordelijken monitoren de werking van het AI-systeem met een hoog")
    quote_nl("Deze verplichting geldt niet voor gevoelige operationele gegevens")
    quote_nl(
        "wordt de monitoringsverplichting overeenkomstig de eerste alinea geacht te zijn vervuld"
    )
    quote_recital(
        158,
        "limited derogations should also be envisaged in relation to the quality management "
        "system of providers and the monitoring obligation placed on deployers",
    )
    quote("17", "with the exception of paragraph 1, points (g), (h) and (i)", "both")


def test_a34_is_a_named_switch_with_the_default_of_round_12() -> None:
    assert CODES["A34"] == "art26_5_financial"
    assert DEFAULT_INTERPRETATIONS.labels()["A34"] == A34_DEFAULT
    by_code = Interpretations.model_validate({"A34": A34_ALTERNATIVE})
    assert by_code.labels()["A34"] == A34_ALTERNATIVE
    assert by_code.as_facts()["interp.a34_whole_first_subparagraph"] is True
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a34_whole_first_subparagraph"] is False


@pytest.mark.parametrize("law", LAWS)
def test_a34_default_deems_only_the_monitoring_fulfilled(law: str) -> None:
    """Default monitoring_only: a bank deploying a creditworthiness system (Annex III 5(b)) sees
    the duty art26_5 and the entry saying only its monitoring is met by financial governance
    (recital 158, "limited derogations")."""
    _quote_art26_5()
    sys_ = system(roles=("deployer",), annex_iii=["5b"], placed_on_market=PLACED)
    a = assess(sys_, AS_OF, BANK, law)
    bank = _applies(a)
    assert bank["art26_5"] is True
    assert bank["art26_5_financial"] is True
    assert bank["art26_5_financial_whole"] is False
    assert a.interpretations_used["A34"] == A34_DEFAULT
    entry = catalogue().get("art26_5_financial")
    assert entry.interpretation == "A34"
    assert "not the duties to inform and to suspend use" in entry.summary_en


@pytest.mark.parametrize("law", LAWS)
def test_a34_alternative_deems_the_whole_first_subparagraph_fulfilled(law: str) -> None:
    """A34=whole_first_subparagraph: the same bank sees art26_5 (the duty stays: "deemed to be
    fulfilled") and the entry for the whole first subparagraph instead of the monitoring-only
    one; a deployer that is not a financial institution sees neither."""
    _quote_art26_5()
    sys_ = system(roles=("deployer",), annex_iii=["5b"], placed_on_market=PLACED)
    bank = _applies(assess(sys_, AS_OF, BANK, law, art26_5_financial=A34_ALTERNATIVE))
    assert bank["art26_5"] is True
    assert bank["art26_5_financial"] is False
    assert bank["art26_5_financial_whole"] is True
    other = _applies(assess(sys_, AS_OF, COMPANY, law, art26_5_financial=A34_ALTERNATIVE))
    assert other["art26_5"] is True
    assert other["art26_5_financial"] is False and other["art26_5_financial_whole"] is False
    entry = catalogue().get("art26_5_financial_whole")
    assert entry.interpretation == "A34" and entry.source == "Art. 26(5), second subparagraph"
    for words in ("suspending the use", "reporting serious incidents", "This obligation"):
        assert words in entry.summary_en
    assert "art26_5" in entry.summary_nl and entry.title_nl != entry.title_en


@pytest.mark.parametrize("reading", [A34_DEFAULT, A34_ALTERNATIVE])
def test_a34_unknown_status_leaves_the_entry_of_the_reading_undetermined(reading: str) -> None:
    sys_ = system(roles=("deployer",), annex_iii=["5b"], placed_on_market=PLACED)
    result = _applies(assess(sys_, AS_OF, UNKNOWN_BANK, art26_5_financial=reading))
    chosen, other = (
        ("art26_5_financial", "art26_5_financial_whole")
        if reading == A34_DEFAULT
        else ("art26_5_financial_whole", "art26_5_financial")
    )
    assert result[chosen] is None and result[other] is False
    assert result["art26_5"] is True


def test_a34_alternative_entry_is_a_noted_default_reading_gap() -> None:
    note = DEFAULT_READING_NOTES["obligation.art26_5_financial_whole"]
    assert "A34=whole_first_subparagraph" in note and "ADR 0038" in note


# ------------------------------------------------------------------------------------- A35


def _quote_supplier() -> None:
    """Art. 2(1) (not amended), Art. 25(4) as published and as replaced, recital 88, English
    and Dutch."""
    quote("2", "This Regulation applies to", "both")
    quote(
        "2",
        "providers and deployers of AI systems that have their place of establishment or are "
        "located in a third country, where the output produced by the AI system is used in the "
        "Union",
        "both",
    )
    quote(
        "25",
        "the third party that supplies an AI system, tools, services, components, or processes "
        "that are used or integrated in a high-risk AI system",
        "original",
    )
    quote(
        "25",
        "the third party that supplies an AI system, AI model, tools, services, components, or "
        "processes that are used or integrated in a high-risk AI system",
        "amended",
    )
    quote(
        "25",
        "in order to enable the provider of the high-risk AI system to fully comply with the "
        "obligations set out in this Regulation",
        "both",
    )
    quote_nl(
        "aanbieders en gebruiksverantwoordelijken van AI-systemen die in een derde land zijn "
        "gevestigd of er zich bevinden, indien de output van het AI-systeem in de Unie wordt "
        "gebruikt"
    )
    quote_nl("de derde partij die instrumenten, diensten, onderdelen of processen voor AI-systemen")
    quote_recital(88, "towards the provider of the high-risk AI system into which their AI systems")


_NO_ROLE = {
    "provider": False,
    "deployer": False,
    "importer": False,
    "distributor": False,
    "authorised_representative": False,
    "product_manufacturer": False,
}


def _supplier(
    reading: str | None, law: str, exclusions: dict[str, Any] | None = None
) -> aiact.Assessment:
    """A Dutch company that supplies a component for a recruitment system (Annex III 4(a)) of a
    provider established in the United States; the system is not placed on the market, put into
    service or used in the Union, its output is used there."""
    sys_ = {
        "is_ai_system": True,
        "exclusions": {**OUTPUT_ONLY, **(exclusions or {})},
        "value_chain": {
            **NO_SHIFT,
            "supplies_components_for_high_risk": True,
            "supplies_under_free_open_source_licence": False,
            "supplies_only_ai_model": False,
            "provider_established_in_eu": False,
        },
        "roles": _NO_ROLE,
        "annex_iii": {"points": ["4a"]},
        "derogation": {"profiling": True},
        "placed_on_market": "2027-12-15",
        "significant_change": "none",
    }
    org = {"kind": "private_undertaking", "member_state": "NL", "established_in_eu": True}
    readings = None if reading is None else {"art25_4_supplier_reach": reading}
    return aiact.assess(sys_, org, "2028-06-01", law, interpretations=readings)


_ART25_4 = {"original": "art25_4_original", "amended": "art25_4"}


def test_a35_is_a_named_switch_with_the_default_of_round_12() -> None:
    assert CODES["A35"] == "art25_4_supplier_reach"
    assert DEFAULT_INTERPRETATIONS.labels()["A35"] == A35_DEFAULT
    by_code = Interpretations.model_validate({"A35": A35_ALTERNATIVE})
    assert by_code.as_facts()["interp.a35_system_in_union_only"] is True
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a35_system_in_union_only"] is False


@pytest.mark.parametrize("law", LAWS)
def test_a35_default_reaches_the_supplier_through_the_provider(law: str) -> None:
    """Default through_provider: the provider supplied is reached by Art. 2(1)(c) (established
    in a third country, output used in the Union), so its supplier is reached and has the Art.
    25(4) agreement."""
    _quote_supplier()
    for a in (_supplier(None, law), _supplier(A35_DEFAULT, law)):
        assert a.value("scope.supplier_reach") is True
        assert a.in_scope is True
        assert _applies(a)[_ART25_4[law]] is True
        assert a.interpretations_used["A35"] == A35_DEFAULT


@pytest.mark.parametrize("law", LAWS)
def test_a35_alternative_reaches_the_supplier_only_with_the_system_in_the_union(law: str) -> None:
    """A35=system_in_union: point (c) names "providers and deployers"; the supplier of a system
    whose output only is used in the Union is not reached and has no Art. 25(4) entry; once the
    system is placed on the market, put into service or used in the Union it is, and an unknown
    placing leaves it undetermined."""
    _quote_supplier()
    out = _supplier(A35_ALTERNATIVE, law)
    assert out.value("scope.supplier_reach") is False
    assert out.in_scope is False
    assert _applies(out)[_ART25_4[law]] is False
    placed = _supplier(A35_ALTERNATIVE, law, {"placed_or_used_in_eu": True})
    assert placed.value("scope.supplier_reach") is True
    assert _applies(placed)[_ART25_4[law]] is True
    unknown = _supplier(A35_ALTERNATIVE, law, {"placed_or_used_in_eu": None})
    assert unknown.value("scope.supplier_reach") is None


@pytest.mark.parametrize(
    ("reading", "rule"),
    [
        (A35_DEFAULT, "scope.supplier_reach"),
        (A35_ALTERNATIVE, "scope.supplier_reach.system_in_union"),
    ],
)
def test_a35_the_explanation_names_the_reading(reading: str, rule: str) -> None:
    a = _supplier(reading, "amended", {"placed_or_used_in_eu": True})
    why = a.explain("scope.supplier_reach")
    held = [(s.rule.id, s.rule.interpretation) for s in why.steps if s.value is True]
    assert held == [(rule, "A35")]
    assert "[A35]" in why.text("en") and "[A35]" in why.text("nl")


def test_a35_leaves_the_initial_provider_alone() -> None:
    """Art. 25(2): the initial provider is the one that "initially placed the AI system on the
    market or put it into service", not a third party; its reach is SUPPLIED_REACH under both
    readings."""
    quote("25", "the provider that initially placed the AI system on the market", "both")
    for reading in (A35_DEFAULT, A35_ALTERNATIVE):
        a = _supplier(reading, "amended")
        data = a.system.model_dump()
        data["value_chain"].update(
            supplies_components_for_high_risk=False, initial_provider_of_shifted_system=True
        )
        b = aiact.assess(
            data,
            a.organisation,
            "2028-06-01",
            "amended",
            interpretations={"art25_4_supplier_reach": reading},
        )
        assert b.value("scope.reach") is True and b.in_scope is True


def test_a35_alternative_rule_is_a_noted_default_reading_gap() -> None:
    note = DEFAULT_READING_NOTES["scope.supplier_reach.system_in_union"]
    assert "A35=system_in_union" in note and "ADR 0039" in note


# ------------------------------------------------------------------------ Art. 72(2)


def _quote_art72_2() -> None:
    quote(
        "72",
        "This obligation shall not cover sensitive operational data of deployers which are "
        "law-enforcement authorities.",
        "both",
    )
    assert "paragraph 2" not in omnibus_text("72")
    quote_nl(
        "Deze verplichting geldt niet voor gevoelige operationele gegevens van "
        "gebruiksverantwoordelijken die rechtshandhavingsinstanties zijn."
    )


@pytest.mark.parametrize("law", LAWS)
def test_art72_2_police_providing_and_deploying_its_own_system(law: str) -> None:
    """A police force that provides and deploys its own Annex III 6(d) system: the post-market
    monitoring applies, without its own sensitive operational data as deployer."""
    _quote_art72_2()
    sys_ = system(roles=("provider", "deployer"), annex_iii=["6d"], put_into_service=PLACED)
    result = _applies(assess(sys_, AS_OF, POLICE, law))
    assert result["art72"] is True and result["art72_2_law_enforcement"] is True
    assert result["art26_5_law_enforcement"] is True


@pytest.mark.parametrize("law", LAWS)
def test_art72_2_not_listed_where_the_facts_name_no_law_enforcement_deployer(law: str) -> None:
    """Outside Annex III point 6 (here a recruitment system, point 4(a)): a police force that only
    provides (its deployers unknown to the library), a municipality providing and deploying, a
    deployer only: no entry; the status unknown: undetermined. A point 6 system is "intended to
    be used by or on behalf of law enforcement authorities": its provider sees the entry
    whoever it is (review29; Art. 72(2), last sentence)."""
    provider = system(roles=("provider",), annex_iii=["4a"], put_into_service=PLACED)
    both = system(roles=("provider", "deployer"), annex_iii=["4a"], put_into_service=PLACED)
    deployer = system(roles=("deployer",), annex_iii=["4a"], put_into_service=PLACED)
    assert _applies(assess(provider, AS_OF, POLICE, law))["art72_2_law_enforcement"] is False
    assert _applies(assess(both, AS_OF, PUBLIC_BODY, law))["art72_2_law_enforcement"] is False
    assert _applies(assess(deployer, AS_OF, POLICE, law))["art72_2_law_enforcement"] is False
    unknown = _applies(assess(both, AS_OF, UNKNOWN_POLICE, law))
    assert unknown["art72"] is True and unknown["art72_2_law_enforcement"] is None
    point_6 = system(roles=("provider",), annex_iii=["6d"], put_into_service=PLACED)
    for org in (POLICE, PUBLIC_BODY):
        assert _applies(assess(point_6, AS_OF, org, law))["art72_2_law_enforcement"] is True


def test_art72_2_entry_states_the_carve_out_for_other_deployers_in_general() -> None:
    """The facts describe one deployer, the organisation itself; the carve-out concerns the data
    of every law-enforcement deployer of the system, which the entry's summary (and art72's)
    says, in English and Dutch."""
    _quote_art72_2()
    cat = catalogue()
    entry, duty = cat.get("art72_2_law_enforcement"), cat.get("art72")
    assert entry.source == "Art. 72(2)"
    assert {"Art. 3(38)", "Art. 3(45)", "Annex III point 6"} <= set(entry.also_cites)
    assert entry.when == (
        "duty.hr_provider and ((role.deployer and org.law_enforcement_authority) or "
        "hr.listed.6a or hr.listed.6b or hr.listed.6c or hr.listed.6d or hr.listed.6e)"
    )
    assert (entry.fine, entry.fine_ref, entry.schedule) == (duty.fine, duty.fine_ref, duty.schedule)
    assert [p.obligation for p in entry.prerequisites] == ["art72"]
    assert entry.prerequisites[0].anchor == (
        "This obligation shall not cover sensitive operational data of deployers which are "
        "law-enforcement authorities"
    )
    assert "every deployer of the system that is a law-enforcement authority" in entry.summary_en
    assert "the library knows only the organisation's own status" in entry.summary_en
    assert "Annex III point 6" in entry.summary_en and "bijlage III, punt 6" in entry.summary_nl
    assert "elke gebruiksverantwoordelijke van het systeem" in entry.summary_nl
    assert "art72_2_law_enforcement" in duty.summary_en
    assert "art72_2_law_enforcement" in duty.summary_nl


# ----------------------------------------------------- the defaults change nothing


_OLD_SUPPLIER = f"role.supplier and {SUPPLIED_REACH}"
# Round 15 (fix43): the supplier's gate reads legacy.exempt_system (the system's shelter under
# Art. 111(2)) where round 13 read legacy.exempt; A34 and A35 change nothing else.
# Round 33 (sup33): the provider's side reads its own conclusion, duty.art25_4_provider (a
# provider to which a third party supplies; Art. 25(4)), where it read duty.hr_provider.
_OLD_ART25_4 = (
    "duty.art25_4_provider or (scope.in_scope and not scope.section_b_limited and not "
    f"legacy.exempt_system and {_OLD_SUPPLIER} and not "
    "(value_chain.supplies_under_free_open_source_licence and not "
    "value_chain.supplies_general_purpose_ai_model))"
)
_OLD = {
    "obligation.art26_5_financial": "duty.hr_deployer and org.financial_institution",
    "scope.supplier_reach": _OLD_SUPPLIER,
    "obligation.art25_4": _OLD_ART25_4,
    "obligation.art25_4_original": _OLD_ART25_4,
}
"""The conditions of round 13 (main b9cb9de) that A34 and A35 replaced."""


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=system_cases(default_interpretations=True))
def test_under_the_default_readings_the_answers_are_those_before_a34_a35(case: aiact.Case) -> None:
    """Property: for any case under the default readings, the new conclusion and entries have
    the value the conditions they replaced have on the same facts, and the alternative entry of
    A34 never applies."""
    assert case.system is not None
    a = aiact.assess(
        case.system,
        case.organisation,
        case.as_of,
        case.law,
        interpretations=case.interpretations,
    )
    assert a.interpretations_used["A34"] == A34_DEFAULT
    assert a.interpretations_used["A35"] == A35_DEFAULT
    values = a.evaluation.values
    compared = 0
    for name, old in _OLD.items():
        if name in values:
            condition = parse(old)
            assert set(atoms(condition)) <= set(values), name
            assert values[name] == evaluate(condition, values), name
            compared += 1
    assert compared == 3  # art25_4 or art25_4_original, as the law version has it
    assert values.get("obligation.art26_5_financial_whole", False) is False


def test_art72_2_reads_the_points_of_annex_iii_area_6_off_the_table() -> None:
    """Annex III point 6 lists the law-enforcement use cases (a)-(e), "intended to be used by or
    on behalf of law enforcement authorities" (quoted): the entry's condition names every point
    of that area as the Annex III table has it, not a list written by hand (round 15)."""
    from aiact.rules.classification import ANNEX_III, annex_iii_area

    quote_annex("III", "intended to be used by or on behalf of law enforcement authorities")
    area_6 = [e.point for e in ANNEX_III if e.point.startswith("6")]
    assert area_6 == ["6a", "6b", "6c", "6d", "6e"]
    assert annex_iii_area("6") == " or ".join(f"hr.listed.{p}" for p in area_6)
    assert annex_iii_area("6") in catalogue().get("art72_2_law_enforcement").when
    with pytest.raises(ValueError, match="no area '9'"):
        annex_iii_area("9")
