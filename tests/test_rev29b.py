"""rev29b (round 29): independent review of reading A45 (branch h/a45, ADR 0048): whether Art.
111(2) shelters the third-party supplier of Art. 25(4) that is not an operator (Art. 3(8)).

Verified behaviour is pinned by passing tests; the findings were strict xfails (D1-D3), fixed by
the lead in round 29 and now plain tests. The probe ``benchmarks/rev29b_probe.py`` checks
soundness of partial cases against their completions and complete cases against 7a9dc95 (the
counts are in the review report).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from lawquote import quote, quote_nl, quote_recital
from reference import REFERENCE_DIR
from timecases import ANNEX_I_MEDICAL, COMPANY, system

import aiact
from aiact.interpretations import Interpretations
from aiact.rules import SYSTEM_RULES
from aiact.rules.timing import SYSTEM_DATE_RULES

D = dt.date
OPERATORS_ONLY = {"art111_2_supplier_shelter": "operators_only"}
RULES = {r.id: r for r in SYSTEM_RULES}
DATE_RULES = {r.name: r for r in SYSTEM_DATE_RULES}
GLOSSARY = REFERENCE_DIR / "law" / "glossary.nl.json"
OMNIBUS = REFERENCE_DIR / "law" / "omnibus-2026-1744.en.md"
PLACED_2025 = D(2025, 3, 1)
"""Placed before either cut-off of Art. 111(2) (2 August 2026; amended: the Chapter III date)."""


def _supplier(
    *,
    roles: tuple[str, ...] = (),
    route: str = "iii",
    placed: dt.date = PLACED_2025,
    annex_x: bool = False,
    public: bool = False,
    initial: bool = False,
    supplies: bool = True,
    gpai: bool = False,
    provides: bool | None = True,
) -> dict[str, Any]:
    """An unchanged system (no significant change in its design) that the organisation supplies
    components for (Art. 25(4)), first placed on ``placed``, with the organisation's ``roles``;
    ``provides``: it is the provider of the general-purpose AI model it supplies, if any (Art.
    3(3); by default it is)."""
    s = system(
        roles=roles,
        annex_iii=["4a"] if route == "iii" else None,
        annex_i=ANNEX_I_MEDICAL if route == "i" else None,
        placed_on_market=placed,
        significant_change="none",
        context={
            "intended_for_public_authorities": public,
            "used_by_public_authorities": False,
            "annex_x_large_scale_it_component": annex_x,
        },
    ).model_dump(mode="json")
    chain = s["value_chain"]
    chain["supplies_components_for_high_risk"] = supplies
    chain["supplies_general_purpose_ai_model"] = gpai
    chain["provides_supplied_model"] = provides
    chain["initial_provider_of_shifted_system"] = initial
    out: dict[str, Any] = s
    return out


def _assess(case: dict[str, Any], law: str, day: str, **readings: str) -> Any:
    return aiact.assess(case, COMPANY, day, law, interpretations=Interpretations(**readings))


def _row(a: Any, key: str) -> Any:
    return next(r for r in a.obligation_results if r.id == key)


def _art25_4(law: str) -> str:
    return "art25_4" if law == "amended" else "art25_4_original"


def _quote_111_2() -> None:
    quote(
        "111",
        "this Regulation shall apply to operators of high-risk AI systems, other than the "
        "systems referred to in paragraph 1 of this Article, that have been placed on the market "
        "or put into service before 2 August 2026, only if, as from that date, those systems are "
        "subject to significant changes in their designs",
    )
    quote(
        "111",
        "this Regulation shall apply to operators of high-risk AI systems, other than the "
        "systems referred to in paragraph 1 of this Article, that have been placed on the market "
        "or put into service before the date of application of Chapter III referred to in Article "
        "113, only if",
        "amended",
    )
    quote_nl(
        "is deze verordening alleen van toepassing op operatoren van AI-systemen met een hoog "
        "risico, met uitzondering van de in lid 1 van dit artikel bedoelde systemen"
    )


# ------------------------------------------------------------------ the text and the labels


def test_the_rule_cites_art_111_2_and_art_3_8_and_reads_the_operator_roles() -> None:
    """Art. 111(2), first sentence (both texts): "this Regulation shall apply to operators of
    high-risk AI systems ... only if, as from that date, those systems are subject to
    significant changes in their designs"; Art. 3(8): "'operator' means a provider, product
    manufacturer, deployer, authorised representative, importer or distributor"."""
    _quote_111_2()
    quote("3", "'operator' means a provider, product manufacturer, deployer, authorised")
    rule = RULES["legacy.supplier_not_sheltered"]
    assert rule.source == "Art. 111(2)" and {"Art. 3(8)", "Art. 25(4)"} <= set(rule.also_cites)
    assert rule.interpretation == "A45"
    assert rule.when == (
        "interp.a45_operators_only and role.supplier and not role.operator "
        "and not role.initial_provider"
    )
    operator = RULES["role.operator"]
    assert operator.source == "Art. 3(8)"
    # the six roles of Art. 3(8), no more
    assert set(operator.when.replace(" or ", " ").split()) == {
        "role.provider",
        "role.deployer",
        "role.importer",
        "role.distributor",
        "role.authorised_representative",
        "role.product_manufacturer",
    }


def test_dutch_labels_use_the_official_term_operator() -> None:
    """Art. 3, punt 8 (NL): "“operator”: een aanbieder, productfabrikant,
    gebruiksverantwoordelijke, gemachtigde, importeur of distributeur"; Art. 111, lid 2:
    "operatoren van AI-systemen met een hoog risico"; Art. 25, lid 4: "de derde partij die ...
    levert"."""
    quote_nl("een aanbieder, productfabrikant, gebruiksverantwoordelijke, gemachtigde, importeur")
    quote_nl("operatoren van AI-systemen met een hoog risico")
    quote_nl("de derde partij die instrumenten, diensten, onderdelen of processen")
    if GLOSSARY.is_file():
        entry = json.loads(GLOSSARY.read_text(encoding="utf-8"))["operator"]
        assert (entry["nl"], entry["plural_nl"]) == ("operator", "operatoren")
    rule = RULES["legacy.supplier_not_sheltered"]
    assert "geen operator van het systeem" in rule.title_nl
    assert "artikel 111, lid 2" in rule.title_nl and "artikel 3, punt 8" in rule.title_nl
    for name in ("from.supplier", "from.supplier.annex_iii", "from.supplier.annex_i"):
        case = next(c for c in DATE_RULES[name].cases if c.when == "legacy.supplier_not_sheltered")
        assert "operatoren van AI-systemen met een hoog risico" in case.label_nl
        assert "derde partij die levert" in case.label_nl
        assert "productfabrikant, gebruiksverantwoordelijke, gemachtigde" in case.label_nl


# ------------------------------------------------------------------ dates (verified)


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize(
    ("route", "date"),
    [("iii", {"original": D(2026, 8, 2), "amended": D(2027, 12, 2)}), ("i", None)],
)
def test_an_unsheltered_supplier_is_bound_from_the_route_date(
    law: str, route: str, date: dict[str, dt.date] | None
) -> None:
    """Under A45=operators_only a supplier that is none of "a provider, product manufacturer,
    deployer, authorised representative, importer or distributor" (Art. 3(8)) is not one of the
    "operators of high-risk AI systems" that Art. 111(2) shelters, so its Art. 25(4) duty binds
    on the Art. 113 date of Chapter III for the system's route (original: "2 August 2026", Art.
    6(1) "2 August 2027"; amended point (c)(i) "2 December 2027", (ii) "2 August 2028") although
    the system was placed in 2025 and never changed. Under the default it follows the system's
    shelter: not applicable."""
    _quote_111_2()
    want = (
        date[law]
        if date
        else {"original": D(2027, 8, 2), "amended": D(2028, 8, 2)}[law]  # Annex I, Art. 6(1)
    )
    case = _supplier(route=route)
    alt = _row(_assess(case, law, "2026-08-01", **OPERATORS_ONLY), _art25_4(law))
    assert (alt.applies, alt.applies_from) == (True, want)
    default = _row(_assess(case, law, "2026-08-01"), _art25_4(law))
    assert default.applies is False


@pytest.mark.parametrize("law", ["original", "amended"])
def test_art_111_1_comes_first_for_an_annex_x_component(law: str) -> None:
    """Art. 111(1): "AI systems which are components of the large-scale IT systems established
    by the legal acts listed in Annex X that have been placed on the market or put into service
    before 2 August 2027 shall be brought into compliance with this Regulation by 31 December
    2030" (a rule of the system, before Art. 111(2), which excepts "the systems referred to in
    paragraph 1")."""
    quote("111", "shall be brought into compliance with this Regulation by 31 December 2030")
    case = _supplier(annex_x=True)
    for readings in ({}, OPERATORS_ONLY):
        row = _row(_assess(case, law, "2026-08-01", **readings), _art25_4(law))
        assert (row.applies, row.applies_from) == (True, D(2030, 12, 31)), readings


@pytest.mark.parametrize("role", ["distributor", "deployer", "product_manufacturer"])
def test_an_operator_supplier_stays_sheltered_under_both_readings(role: str) -> None:
    """Art. 3(8): a distributor, deployer or product manufacturer is an "operator"; Art. 111(2)
    applies the Regulation to "operators of high-risk AI systems" placed before the cut-off only
    after "significant changes in their designs": its Art. 25(4) duty does not bind."""
    case = _supplier(roles=(role,))
    for readings in ({}, OPERATORS_ONLY):
        a = _assess(case, "amended", "2028-09-01", **readings)
        assert a.evaluation.values["legacy.supplier_not_sheltered"] is False
        assert _row(a, "art25_4").applies is False, readings


def test_an_unknown_operator_role_leaves_the_date_between_base_and_never() -> None:
    """With the distributor role unknown, Art. 3(8) leaves open whether the supplier is an
    operator: under operators_only its duty binds from "2 December 2027" (amended Art. 113,
    point (c)(i)) if it is not one, and never (Art. 111(2)) if it is. Neither "not applicable"
    nor a determined date is sound."""
    case = _supplier(roles=("distributor",))
    case["roles"]["distributor"] = None
    row = _row(_assess(case, "amended", "2026-08-01", **OPERATORS_ONLY), "art25_4")
    assert row.applies is None and row.status.value == "undetermined"
    assert set(row.timing.possible_applies_from) == {D(2027, 12, 2), None}
    for value, applies in ((False, True), (True, False)):
        case["roles"]["distributor"] = value
        done = _row(_assess(case, "amended", "2026-08-01", **OPERATORS_ONLY), "art25_4")
        assert done.applies is applies
        if applies:
            assert done.applies_from in row.timing.possible_applies_from


def test_the_never24_supplier_without_a_route_under_both_readings() -> None:
    """No route given (Annex III or Art. 6(1)): under operators_only the supplier that is no
    operator is bound from the route's date, "2 December 2027" (Annex III) or "2 August 2028"
    (Annex I), so the date is undetermined between them and the earliest is 2 December 2027;
    under the default the legacy system is sheltered under both routes (never24: not binding).
    The durable engine gives the same."""
    case = _supplier(route="none")
    for engine in ("native", "durable"):
        a = aiact.assess(
            case,
            COMPANY,
            "2026-08-01",
            "amended",
            interpretations=Interpretations(**OPERATORS_ONLY),
            engine=engine,
        )
        row = _row(a, "art25_4")
        assert row.applies is True
        assert set(row.timing.possible_applies_from) == {D(2027, 12, 2), D(2028, 8, 2)}
        assert row.timing.earliest == D(2027, 12, 2)
    default = aiact.assess(case, COMPANY, "2026-08-01", "amended")
    assert "art25_4" in {r.id for r in default.not_binding}


def test_a36_and_a45_count_operators_differently_as_their_words_do() -> None:
    """Remark (verified coherent): A36 reads Art. 99(4)(da), "obligations of providers and
    operators pursuant to Article 25(2) and (4)", where a supplier of a general-purpose AI model
    is its "provider" (Art. 3(3)) and so an operator; A45 reads Art. 111(2), "operators of
    high-risk AI systems ... that have been placed", of the system, which the model's provider
    is not (its own transition is Art. 111(3): "Providers of general-purpose AI models that have
    been placed on the market before 2 August 2025"). Under both alternatives the supplier of a
    model is fined (art25_4) and not sheltered."""
    quote("111", "Providers of general-purpose AI models that have been placed on the market")
    quote("3", "develops an AI system or a general-purpose AI model")
    readings = dict(OPERATORS_ONLY, art99_4_da_addressees="operators_only")
    a = _assess(_supplier(gpai=True), "amended", "2026-08-01", **readings)
    assert a.evaluation.values["legacy.supplier_not_sheltered"] is True
    assert (_row(a, "art25_4").applies, _row(a, "art25_4").applies_from) == (True, D(2027, 12, 2))
    assert _row(a, "art25_4_supplier_not_operator").applies is False


# ------------------------------------------------------------------ findings


@pytest.mark.parametrize("law", ["original", "amended"])
def test_d1_the_initial_provider_is_sheltered_alike_for_both_of_its_duties(law: str) -> None:
    """Art. 25(2): the initial provider "shall no longer be considered to be a provider of that
    specific AI system for the purposes of this Regulation"; ADR 0048 relies on these words to
    hold that it is not one of the "operators of high-risk AI systems" of Art. 111(2), so under
    operators_only its Art. 25(4) duty (as a supplier) binds from 2 December 2027. On the same
    reading its Art. 25(2) duty ("shall closely cooperate with new providers") is not sheltered
    either; the library keeps it "not applicable" (_INITIAL_PROVIDER reads only
    legacy.exempt_system), so one organisation is an operator for one duty and not for the
    other, and no named reading says why. Expected: the two duties get the same shelter (both
    bind, or both follow the system)."""
    quote("25", "shall no longer be considered to be a provider of that specific AI system")
    case = _supplier(initial=True)
    a = _assess(case, law, "2028-09-01", **OPERATORS_ONLY)
    assert a.evaluation.values["role.initial_provider"] is True
    art25_2 = _row(a, "art25_2" if law == "amended" else "art25_2_original")
    art25_4 = _row(a, _art25_4(law))
    assert art25_2.applies is art25_4.applies


def _pair(placed: dt.date, readings: dict[str, str]) -> tuple[Any, Any]:
    fewer = _assess(_supplier(placed=placed), "amended", "2028-09-01", **readings)
    more = _assess(
        _supplier(roles=("distributor",), placed=placed), "amended", "2028-09-01", **readings
    )
    return fewer, more


def test_d2_control_the_excuse_serves_the_legacy_system() -> None:
    """The exception is needed (ADR 0048): a supplier of a system placed in 2025 and never
    changed that becomes a distributor (an operator, Art. 3(8)) comes under Art. 111(2) and its
    Art. 25(4) duty goes; the invariant accepts it. Without the shelter (default reading) the
    invariant still catches a dropped row for a system placed in 2028."""
    from aiact.testing.invariants import InvariantViolation, check_roles_only_add_obligations

    fewer, more = _pair(D(2025, 3, 1), OPERATORS_ONLY)
    assert _row(fewer, "art25_4").applies is True and _row(more, "art25_4").applies is False
    check_roles_only_add_obligations(fewer, more)
    fewer, more = _pair(D(2028, 3, 1), {})
    more.__dict__["obligations"] = tuple(r for r in more.obligations if r.id != "art25_4")
    with pytest.raises(InvariantViolation):
        check_roles_only_add_obligations(fewer, more)


def test_d2_the_excuse_is_no_wider_than_the_shelter() -> None:
    """Art. 111(2) shelters operators of systems "placed on the market or put into service
    before [the cut-off]" and not significantly changed. For a system first placed on 1 March
    2028 (after the amended Annex III date of 2 December 2027) nothing is sheltered, so a
    distributor role added to the supplier must not remove its Art. 25(4) duty; the invariant
    "adding a role only adds obligations" should catch such a loss under operators_only as it
    does under the default. The excuse reads only legacy.supplier_not_sheltered (true before,
    not after), not that the system is sheltered (legacy.exempt_system), so a simulated loss
    passes (the solver's _kept reads the same name)."""
    from aiact.testing.invariants import InvariantViolation, check_roles_only_add_obligations

    fewer, more = _pair(D(2028, 3, 1), OPERATORS_ONLY)
    assert more.evaluation.values["legacy.exempt_system"] is False
    assert _row(more, "art25_4").applies is True  # the real behaviour is right
    more.__dict__["obligations"] = tuple(r for r in more.obligations if r.id != "art25_4")
    with pytest.raises(InvariantViolation):
        check_roles_only_add_obligations(fewer, more)


def test_the_recitals_the_adr_reads_and_one_it_leaves_out() -> None:
    """Remark: recital 177 "it is appropriate that this Regulation applies to the high-risk AI
    systems that have been placed on the market or put into service before the general date of
    application thereof, only if, from that date, those systems are subject to significant
    changes" (quoted by ADR 0048 for the default) also names "operators of AI systems which are
    components of the large-scale IT systems" for Art. 111(1). Recital (39) of Regulation (EU)
    2026/1744 on the replaced Art. 111(2), not cited by ADR 0048, supports the default: other
    units of the type "may continue to be placed on the market, made available or put into
    service on the Union market without any additional obligations, requirements or the need
    for additional certification, as long as the design of that high-risk AI system remains
    unchanged"."""
    quote_recital(177, "this Regulation applies to the high-risk AI systems that have been placed")
    quote_recital(177, "operators of AI systems which are components of the large-scale IT")
    if not OMNIBUS.is_file():
        pytest.skip("omnibus text not found")
    text = " ".join(OMNIBUS.read_text(encoding="utf-8").split())
    assert (
        "without any additional obligations, requirements or the need for additional "
        "certification, as long as the design of that high-risk AI system remains unchanged"
    ) in text


_SHIFTED = (
    "from.supplier.2",
    "from.supplier.3",
    "from.supplier.annex_iii.1",
    "from.supplier.annex_iii.2",
    "from.supplier.annex_iii.3",
    "from.supplier.annex_i.1",
    "from.supplier.annex_i.2",
)


def test_d3_review_records_still_name_the_case_they_reviewed() -> None:
    """A review record of ``rule:datecase.<rule>.<index>`` states the case it checked as "case N
    (<condition> -> ...)". After A45 the case at each of these indexes has another condition:
    the Art. 111(2) case of from.supplier ("this Regulation shall apply to operators of
    high-risk AI systems ... only if ... significant changes") moved from index 2 to 3, and index
    2 is now the unreviewed A45 case legacy.supplier_not_sheltered."""
    import re

    import yaml

    records = yaml.safe_load(
        (Path(__file__).resolve().parent / "data/coverage/reviews.yaml").read_text("utf-8")
    )
    wrong = []
    for record in records:
        target = record["target"].removeprefix("rule:datecase.")
        if target not in _SHIFTED:
            continue
        name, index = target.rsplit(".", 1)
        found = re.search(r"case \d+ \(([^ ]+) ->", record["checked"])
        assert found is not None, target
        now = DATE_RULES[name].cases[int(index)].when
        if found.group(1) != now:
            wrong.append((target, found.group(1), now))
    assert not wrong, wrong
