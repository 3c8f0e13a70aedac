"""fix29b (round 29): reading A45, Art. 111(2) and the third-party supplier of Art. 25(4)
(ADR 0048; review81's UNSURE on ``obligation:art25_4``, after review43 and review44).

Art. 111(2) defers the Regulation for "operators of high-risk AI systems" placed before its
cut-off until a significant change; Art. 3(8) lists the operators. Under ``follows_provider``
(default, the library's answer before A45) the supplier's Art. 25(4) duty follows the shelter of
the system whose provider it enables; under ``operators_only`` a supplier that holds no operator
role for the system (rule ``legacy.supplier_not_sheltered``) is bound from the system's Chapter
III date whenever it was placed, after Art. 111(1) (Annex X components).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lawquote import quote, quote_nl
from readings import under_each_reading
from test_review71 import _BASE, OPEN, _assess, _case
from timecases import ROUTE_DATE

import aiact
from aiact.errors import InputError
from aiact.interpretations import (
    CODES,
    DEFAULT_INTERPRETATIONS,
    Interpretations,
    SupplierLegacyShelter,
)
from aiact.rules import SYSTEM_RULES
from aiact.rules.timing import SYSTEM_DATE_RULES
from aiact.testing.strategies import system_cases
from aiact.timeline.transitional import Status

D = dt.date
LAWS = ("original", "amended")
FOLLOWS = SupplierLegacyShelter.FOLLOWS_PROVIDER
OPERATORS = SupplierLegacyShelter.OPERATORS_ONLY
_ALT = {"art111_2_supplier_shelter": "operators_only"}
_READINGS: dict[SupplierLegacyShelter, dict[str, str]] = {FOLLOWS: {}, OPERATORS: _ALT}
ART25_4 = ("art25_4", "art25_4_original", "art25_4_supplier_not_operator")
RULES = {r.id: r for r in SYSTEM_RULES}
DATE_RULES = {r.name: r for r in SYSTEM_DATE_RULES}
_LEGACY = dict(_BASE, public=False)
"""review71's base state: placed 1 March 2025, no significant change, not Annex X; here not
intended for public authorities (the second sentence of Art. 111(2) out of the way)."""


def _law_words() -> None:
    quote(
        "111",
        "this Regulation shall apply to operators of high-risk AI systems, other than the "
        "systems referred to in paragraph 1 of this Article, that have been placed on the market "
        "or put into service before 2 August 2026, only if, as from that date, those systems are "
        "subject to significant changes in their designs",
    )
    quote("3", "'operator' means a provider, product manufacturer, deployer, authorised")
    quote("3", "representative, importer or distributor")
    quote(
        "25",
        "the third party that supplies an AI system, AI model, tools, services, components, or "
        "processes that are used or integrated in a high-risk AI system shall, by written "
        "agreement, specify",
        "amended",
    )
    quote("25", "in order to enable the provider of the high-risk AI system to fully comply")
    quote_nl("operatoren van AI-systemen met een hoog risico")
    quote_nl("een aanbieder, productfabrikant, gebruiksverantwoordelijke, gemachtigde, importeur")


def _name(law: str) -> str:
    return "art25_4" if law == "amended" else "art25_4_original"


def _run(kind: str, law: str, reading: SupplierLegacyShelter, **state: Any) -> Any:
    a = _assess(kind, law, _READINGS[reading], "2026-08-01", dict(_LEGACY, **state))
    assert a is not None
    return a


def _dates(timing: Any) -> set[Any]:
    """The possible dates of a timing: the one date where determined."""
    return set(timing.possible_applies_from) or {timing.applies_from}


# --------------------------------------------------------------------------- the switch


def test_a45_is_a_named_reading_with_a_default() -> None:
    _law_words()
    assert CODES["A45"] == "art111_2_supplier_shelter"
    assert DEFAULT_INTERPRETATIONS.art111_2_supplier_shelter is FOLLOWS
    assert DEFAULT_INTERPRETATIONS.labels()["A45"] == "follows_provider"
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a45_operators_only"] is False
    alternative = Interpretations.model_validate({"A45": "operators_only"})
    assert alternative.art111_2_supplier_shelter is OPERATORS
    assert alternative.as_facts()["interp.a45_operators_only"] is True


def test_a45_the_rule_and_the_rows() -> None:
    """The rule reads the reading, the supplier's role and Art. 3(8) (``role.operator``); the
    three Art. 25(4) rows name A36 (their fine) and A45 (their shelter)."""
    from aiact.obligations.catalogue import catalogue, role_sheltered

    rule = RULES["legacy.supplier_not_sheltered"]
    assert rule.when == (
        "interp.a45_operators_only and role.supplier and not role.operator "
        "and not role.initial_provider"
    )
    assert rule.interpretation == "A45" and rule.source == "Art. 111(2)"
    assert "Art. 3(8)" in rule.also_cites
    assert RULES["role.operator"].source == "Art. 3(8)"
    for key in ART25_4:
        row = catalogue().get(key)
        assert row.readings == ("A36", "A45", "A46"), key  # A46: Art. 111(3), round 30
        assert "legacy.supplier_not_sheltered" in row.when, key
    # rev29b D2: the excuse holds only where the system is sheltered.
    excuse = "legacy.supplier_not_sheltered or not legacy.exempt_system"
    assert role_sheltered() == dict.fromkeys(ART25_4, excuse)


def test_a45_the_date_case_comes_after_art111_1_and_before_the_branch() -> None:
    """In ``from.supplier`` and in each supposed route of its no-route rule: Art. 111(1) (it
    speaks of systems: "AI systems which are components of the large-scale IT systems"), then
    the supplier that is not an operator (the base date), then Art. 111(2)."""
    quote("111", "AI systems which are components of the large-scale IT systems established")
    for name in ("from.supplier", "from.supplier.annex_iii", "from.supplier.annex_i"):
        whens = [c.when for c in DATE_RULES[name].cases]
        at = whens.index("legacy.supplier_not_sheltered")
        assert whens.index("legacy.annex_x") == at - 1, (name, whens)
        case = DATE_RULES[name].cases[at]
        assert case.source == "Art. 111(2)" and "A45" in case.interpretations
        assert "operatoren van AI-systemen met een hoog risico" in case.label_nl
        assert "'operators of high-risk AI systems'" in case.label_en
        later = whens[at + 1 :]
        assert any(w.startswith(("legacy.placed", "dates.placed")) for w in later), whens
    # The other groups do not read it (the initial provider of Art. 25(2) among them).
    for name in ("from.high_risk", "from.initial_provider", "from.initial_provider.annex_iii"):
        assert "legacy.supplier_not_sheltered" not in [c.when for c in DATE_RULES[name].cases]


# --------------------------------------------------------------------------- the cases


@pytest.mark.parametrize("law", LAWS)
def test_a45_never24s_supplier(law: str) -> None:
    """never24's case (tests/test_never24.py): the supplier's facts give no route, placed in
    2025, unchanged, not for public authorities. Default: the date is "never" under both routes,
    the duty is listed apart (``not_binding``). operators_only: the supplier is not an operator,
    Art. 111(2) does not shelter it; its duty binds from either route's date, undetermined
    between them and upcoming on 1 August 2026, listed among the obligations."""
    _law_words()
    name = _name(law)
    follows = _run("supplier", law, FOLLOWS, route="none")
    r = follows.obligation(name)
    assert r.applies is True and r.never_binds and r in follows.not_binding
    operators = _run("supplier", law, OPERATORS, route="none")
    r = operators.obligation(name)
    assert operators.value("legacy.supplier_not_sheltered") is True
    assert r.applies is True and not r.never_binds
    assert r in operators.obligations and r not in operators.not_binding
    assert r.timing is not None
    assert r.timing.status is Status.UPCOMING
    assert _dates(r.timing) == {
        ROUTE_DATE[law, "iii"],
        ROUTE_DATE[law, "i"],
    }


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("route", ["iii", "i"])
def test_a45_a_supplier_with_a_route(law: str, route: str) -> None:
    """The route given: by default the gate's ``legacy.exempt_system`` takes the duty away
    ("not applicable"); under operators_only it binds from the route's date (Art. 113)."""
    name = _name(law)
    follows = _run("supplier", law, FOLLOWS, route=route)
    assert follows.value("legacy.exempt_system") is True
    assert follows.obligation(name).applies is False
    operators = _run("supplier", law, OPERATORS, route=route)
    r = operators.obligation(name)
    assert r.applies is True and r.timing is not None
    assert r.timing.applies_from == ROUTE_DATE[law, route]
    assert r.timing.status is Status.UPCOMING
    assert r in operators.obligations


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("route", ["iii", "i", "none"])
@pytest.mark.parametrize("role", ["importer", "distributor"])
def test_a45_a_supplier_that_is_an_operator_stays_sheltered(
    law: str, route: str, role: str
) -> None:
    """Art. 3(8): an importer or distributor is an operator, so Art. 111(2) shelters it under
    both readings: the Art. 25(4) rows are the same as by default."""
    pair = []
    for reading in (FOLLOWS, OPERATORS):
        data = _case("supplier", dict(_LEGACY, route=route))
        data["roles"][role] = True
        if role == "importer":  # Art. 3(6): it imports a third-country provider's system
            data["value_chain"]["provider_established_in_eu"] = False
        a = aiact.assess(
            data,
            _company(),
            "2026-08-01",
            law,
            interpretations=Interpretations(**_READINGS[reading]),
        )
        assert a.value("role.operator") is True
        assert a.value("legacy.supplier_not_sheltered") is False
        pair.append(_rows(a))
    assert pair[0] == pair[1]


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("state", [{}, {"public": True}, {"change": D(2028, 9, 1)}])
def test_a45_the_provider_is_unchanged(law: str, state: dict[str, Any]) -> None:
    """The provider's own duty (``duty.hr_provider``): an operator, sheltered as before; every
    value and row of an Annex III provider is the same under both readings."""
    pair = [_run("iii_provider", law, reading, **state) for reading in (FOLLOWS, OPERATORS)]
    assert pair[0].value("legacy.supplier_not_sheltered") is False
    assert pair[1].value("legacy.supplier_not_sheltered") is False
    assert _conclusions(pair[0]) == _conclusions(pair[1])


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("route", ["iii", "i", "none"])
def test_a45_an_annex_x_component_keeps_art111_1(law: str, route: str) -> None:
    """Art. 111(1): a component of an Annex X system placed before 2 August 2027 is brought into
    compliance "by 31 December 2030"; it comes before the A45 case, so the date is the same under
    both readings."""
    quote("111", "shall be brought into compliance with this Regulation by 31 December 2030")
    dates = []
    for reading in (FOLLOWS, OPERATORS):
        r = _run("supplier", law, reading, route=route, annex_x=True).obligation(_name(law))
        assert r.applies is True and r.timing is not None
        assert _dates(r.timing) == {D(2030, 12, 31)}
        dates.append((r.timing.status, r.timing.deadline))
    assert dates[0] == dates[1]


@pytest.mark.parametrize("law", LAWS)
def test_a45_the_fine_follows_a36(law: str) -> None:
    """Under A36=operators_only too the non-operator supplier has its own entry without an Art.
    99 fine; A45 only dates it."""
    quote("99", "infringements of this Regulation by operators")
    readings = dict(_ALT, art99_4_da_addressees="operators_only")
    a = _assess("supplier", law, readings, "2026-08-01", dict(_LEGACY, route="iii"))
    assert a is not None
    r = a.obligation("art25_4_supplier_not_operator")
    assert r.applies is True and r.timing is not None
    assert r.timing.applies_from == ROUTE_DATE[law, "iii"]
    assert a.obligation(_name(law)).applies is False


# --------------------------------------------------------------------------- unknown facts


_UNKNOWNS: dict[str, list[Any]] = {
    "placed": [D(2025, 3, 1), D(2028, 3, 1)],
    "change": ["none", D(2028, 9, 1)],
    "public": [True, False],
    "importer": [True, False],
}


def _with_importer(state: dict[str, Any]) -> dict[str, Any]:
    data = _case("supplier", {k: v for k, v in state.items() if k != "importer"})
    importer = state.get("importer", False)
    data["roles"]["importer"] = None if importer is OPEN else importer
    if importer is not False:  # Art. 3(6): it imports a third-country provider's system
        data["value_chain"]["provider_established_in_eu"] = False
    return data


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("route", ["iii", "none"])
@pytest.mark.parametrize("reading", [FOLLOWS, OPERATORS])
@pytest.mark.parametrize("pair", list(itertools.combinations(_UNKNOWNS, 2)))
def test_a45_unknown_facts_never_say_not_applicable_where_a_completion_binds(
    law: str, route: str, reading: SupplierLegacyShelter, pair: tuple[str, str]
) -> None:
    """Two of the placing, the change, the public use and the importer role unknown: where some
    completion lists the Art. 25(4) duty among the obligations, the partial case does too (its
    conditions or its date undetermined), never "not applicable" nor "never"."""
    name = _name(law)
    options = Interpretations(**_READINGS[reading])

    def assess(state: dict[str, Any]) -> Any:
        try:
            return aiact.assess(
                _with_importer(state), _company(), "2026-08-01", law, interpretations=options
            )
        except (ValueError, InputError):
            return None

    base = dict(_LEGACY, route=route)
    partial = assess(base | dict.fromkeys(pair, OPEN))
    assert partial is not None
    completions = [
        a
        for values in itertools.product(*(_UNKNOWNS[k] for k in pair))
        if (a := assess(base | dict(zip(pair, values, strict=True)))) is not None
    ]
    assert completions
    r = partial.obligation(name)
    if any(c.obligation(name).may_bind for c in completions):
        assert r.may_bind, (pair, r.applies, r.timing)


# --------------------------------------------------------------------------- the properties


def _company() -> Any:
    from timecases import COMPANY

    return COMPANY


def _rows(a: Any) -> dict[str, Any]:
    return {
        r.id: (r.applies, r.status, repr(r.timing)) for r in a.obligation_results if r.id in ART25_4
    }


def _conclusions(a: Any) -> dict[str, Any]:
    values = {
        k: v
        for k, v in a.evaluation.values.items()
        if not k.startswith("interp.") and k != "legacy.supplier_not_sheltered"
    }
    rows = {r.id: (r.applies, r.status, repr(r.timing)) for r in a.obligation_results}
    return {"values": values, "rows": rows, "tier": a.risk_tier}


def _pair(case: aiact.Case) -> tuple[Any, ...] | None:
    return under_each_reading(case, "art111_2_supplier_shelter", (FOLLOWS, OPERATORS))


@given(
    case=st.one_of(
        *(system_cases(law=law, high_risk=high_risk) for law in LAWS for high_risk in (False, True))
    )
)
def test_a45_the_readings_differ_only_in_the_art25_4_rows(case: aiact.Case) -> None:
    """Any case (unknowns allowed): the readings differ only in the Art. 25(4) rows (and the
    values that read the reading), only where ``legacy.supplier_not_sheltered`` is not false
    under the alternative, and there never from "may bind" to "not applicable"."""
    pair = _pair(case)
    if pair is None:
        return
    follows, operators = pair
    a, b = _conclusions(follows), _conclusions(operators)
    assert a["tier"] is b["tier"]
    changed = {k for k in a["rows"] if a["rows"][k] != b["rows"][k]}
    assert changed <= set(ART25_4), changed
    if operators.value("legacy.supplier_not_sheltered") is False:
        assert not changed
        assert a["values"] == b["values"]
    for key in changed:
        # Under the alternative the shelter can only be lifted: what may bind by default still
        # may bind.
        if follows.obligation(key).may_bind:
            assert operators.obligation(key).may_bind, key


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a45_the_readings_have_labels_in_both_languages(lang: str) -> None:
    from aiact.views.labels import fact_label, reading_label

    for reading in SupplierLegacyShelter:
        label = reading_label("A45", reading.value, lang)
        assert label and label != reading.value
    if lang == "nl":
        assert "operator" in reading_label("A45", "operators_only", "nl")
        assert fact_label("interp.a45_operators_only", "nl").startswith("Gekozen interpretatie A45")
