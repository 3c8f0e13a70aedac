"""fix30a (round 30): reading A46, Art. 111(3) and the Art. 25(4) duty of the supplier of a
general-purpose AI model (ADR 0049; rev30a D1).

Art. 111(3) gives "Providers of general-purpose AI models that have been placed on the market
before 2 August 2025" until 2 August 2027 "to comply with the obligations laid down in this
Regulation". Under ``model_transition`` (default) the agreement of Art. 25(4) that the model's
provider (Art. 3(3)) owes as the third party supplying it is one of them: it binds from the later
of the system's date (Art. 113, Art. 111(1)-(2)) and 2 August 2027 (rule
``legacy.supplied_model_deferred``, date rule ``from.supplier_art111_3``). Under
``chapter_v_only`` the supplier's duty follows the system, as before A46.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl, quote_recital
from readings import under_each_reading
from timecases import ANNEX_I_MEDICAL, COMPANY, ROUTE_DATE, system

import aiact
from aiact.interpretations import (
    CODES,
    DEFAULT_INTERPRETATIONS,
    Interpretations,
    ModelSupplierTransition,
)
from aiact.rules import SYSTEM_RULES
from aiact.rules.timing import SUPPLIER_ART111_3, SYSTEM_DATE_RULES, TimingGroup
from aiact.timeline.transitional import Status
from aiact.views.labels import fact_label, reading_label

D = dt.date
LAWS = ("original", "amended")
TRANSITION = ModelSupplierTransition.MODEL_TRANSITION
CHAPTER_V = ModelSupplierTransition.CHAPTER_V_ONLY
READINGS = (TRANSITION, CHAPTER_V)
DEADLINE = D(2027, 8, 2)
"""Art. 111(3): "by 2 August 2027"."""
FLAG = "supplied_model_placed_before_2_august_2025"
LEGACY_SYSTEM = D(2025, 3, 1)
"""A high-risk system placed before every cut-off of Art. 111(2)."""
RULES = {r.id: r for r in SYSTEM_RULES}
DATE_RULES = {r.name: r for r in SYSTEM_DATE_RULES}


def _quote_111_3() -> None:
    quote(
        "111",
        "Providers of general-purpose AI models that have been placed on the market before 2 "
        "August 2025 shall take the necessary steps in order to comply with the obligations "
        "laid down in this Regulation by 2 August 2027",
        "both",
    )
    quote_nl(
        "Aanbieders van AI-modellen voor algemene doeleinden die vóór 2 augustus 2025 in de "
        "handel zijn gebracht"
    )
    quote("3", "develops an AI system or a general-purpose AI model")
    quote("25", "the third party that supplies an AI system, tools, services, components, or")


def _case(
    law: str,
    day: str,
    *,
    legacy: bool | None,
    route: str = "iii",
    placed: dt.date = LEGACY_SYSTEM,
    change: dt.date | str = "none",
    gpai: bool = True,
    provides: bool | None = True,
    roles: tuple[str, ...] = (),
    public: bool = False,
    **readings: str,
) -> aiact.Case:
    """Voorbeeld B.V. supplies a general-purpose AI model (or, ``gpai`` false, a component)
    integrated in a high-risk system first placed on ``placed`` (Art. 25(4)); ``legacy``: the
    model was placed on the market before 2 August 2025 (None: not known); ``provides``: it is
    that model's provider (Art. 3(3); by default it is)."""
    s: dict[str, Any] = system(
        roles=roles,
        annex_iii=["4a"] if route == "iii" else None,
        annex_i=ANNEX_I_MEDICAL if route == "i" else None,
        placed_on_market=placed,
        significant_change=change,
        context={
            "intended_for_public_authorities": public,
            "used_by_public_authorities": False,
            "annex_x_large_scale_it_component": False,
        },
    ).model_dump(mode="json")
    s["value_chain"]["supplies_components_for_high_risk"] = True
    s["value_chain"]["supplies_general_purpose_ai_model"] = gpai
    s["value_chain"][FLAG] = legacy
    s["value_chain"]["provides_supplied_model"] = provides
    return aiact.Case(
        system=s,
        organisation=COMPANY,
        as_of=day,
        law=law,
        interpretations=Interpretations(**readings),
    )


def _row(a: aiact.Assessment) -> Any:
    return next(r for r in a.obligation_results if r.id in ("art25_4", "art25_4_original"))


def _pair(case: aiact.Case) -> tuple[Any, Any]:
    both = under_each_reading(case, "art111_3_model_supplier", READINGS)
    assert both is not None
    transition, chapter_v = both
    return _row(transition), _row(chapter_v)


# ------------------------------------------------------------------ the declarations


def test_the_reading_the_rule_and_the_date_rule() -> None:
    """A46 is a named switch (default model_transition); the rule carries Art. 111(3) with Art.
    25(4) and Art. 3(3); the supplier's group reads from.supplier through the rule of Art.
    111(3), whose deferral case gives the later of from.supplier and 2 August 2027 (since round
    31, rev30c D1, through the cases of ``from.supplier_art111_3.deferred``: with the deadline 2
    August 2027 where the system's date is known to be no later, else none)."""
    _quote_111_3()
    assert CODES["A46"] == "art111_3_model_supplier"
    assert DEFAULT_INTERPRETATIONS.art111_3_model_supplier is TRANSITION
    assert DEFAULT_INTERPRETATIONS.labels()["A46"] == "model_transition"
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a46_model_transition"] is True
    alt = Interpretations(art111_3_model_supplier="chapter_v_only").as_facts()
    assert alt["interp.a46_model_transition"] is False
    rule = RULES["legacy.supplied_model_deferred"]
    assert rule.interpretation == "A46" and rule.source == "Art. 111(3)"
    assert set(rule.also_cites) == {"Art. 25(4)", "Art. 3(3)"}
    assert f"value_chain.{FLAG}" in rule.when and "not role.provider" in rule.when
    assert TimingGroup.SUPPLIER.rule == SUPPLIER_ART111_3
    wrapper = DATE_RULES[SUPPLIER_ART111_3]
    annex_x, public, deferred, rest = wrapper.cases
    # Art. 111(1) (31 December 2030) first, inherited with its deadline
    assert annex_x.when == "legacy.annex_x" and annex_x.inherit
    for case in (public, deferred):
        assert case.source == "Art. 111(3)" and "A46" in case.interpretations
    assert deferred.inherit and str(deferred.value) == f"{SUPPLIER_ART111_3}.deferred"
    by_base, by_change, rest_deferred = DATE_RULES[f"{SUPPLIER_ART111_3}.deferred"].cases
    for case in (by_base, by_change):
        assert str(case.value) == "later(from.supplier_base, date(gpai_legacy_deadline))"
        assert str(case.deadline) == "date(gpai_legacy_deadline)" and case.grace == "art111_3"
    assert "dates.changed_by_art111_3_deadline" in by_change.when
    assert str(rest_deferred.value) == "later(from.supplier, date(gpai_legacy_deadline))"
    assert rest_deferred.deadline is None and rest_deferred.when == "true"
    assert public.inherit and str(public.value) == f"{SUPPLIER_ART111_3}.public_authorities"
    # round 31 (h/d2fix, rev31b D1): a change with no route given, through a nested rule
    changed, no_route, by_2030 = DATE_RULES[f"{SUPPLIER_ART111_3}.public_authorities"].cases
    assert str(changed.value) == (
        "later(later(input(significant_change), from.supplier_base), date(gpai_legacy_deadline))"
    )
    assert no_route.inherit and no_route.when == "dates.changed_after_art111_2_cutoff_annex_iii"
    for case in (changed, by_2030):
        assert str(case.deadline) == "date(public_authority_deadline)"
    assert rest.inherit and str(rest.value) == "from.supplier" and rest.when == "true"
    # from.supplier keeps its cases (no review record moves)
    assert "from.supplier" in DATE_RULES and "from.supplier.no_route" in DATE_RULES


# ------------------------------------------------------------------ the published text


@pytest.mark.parametrize(
    ("kw", "day", "readings", "usual"),
    [
        # A45=operators_only: an unchanged legacy system, the supplier not sheltered
        (
            {},
            "2026-09-01",
            {"art111_2_supplier_shelter": "operators_only"},
            D(2026, 8, 2),
        ),
        # a legacy system significantly changed on 1 October 2026 (Art. 111(2))
        ({"change": D(2026, 10, 1)}, "2026-11-01", {}, D(2026, 10, 1)),
        # a system placed after the cut-off
        ({"placed": D(2026, 10, 1)}, "2026-11-01", {}, D(2026, 8, 2)),
    ],
    ids=["legacy-operators-only", "changed", "new-system"],
)
def test_published_text_a_model_placed_before_2_august_2025(
    kw: dict[str, Any], day: str, readings: dict[str, str], usual: dt.date
) -> None:
    """Art. 111(3): the provider of a model "placed on the market before 2 August 2025" complies
    "by 2 August 2027". Published text, Annex III point 4(a) (Art. 113, second paragraph: 2
    August 2026): under model_transition the supplier's agreement is upcoming, from 2 August
    2027; under chapter_v_only it is in force from the system's date; the model placed on 2
    August 2025 (flag false) gives the system's date under both readings; the placing unknown
    leaves the date undetermined between the two under model_transition only."""
    _quote_111_3()
    transition, chapter_v = _pair(_case("original", day, legacy=True, **kw, **readings))
    assert (transition.applies, transition.status) == (True, Status.UPCOMING)
    assert transition.applies_from == DEADLINE
    assert "A46=model_transition" in transition.timing.source.interpretations()
    assert "Art. 111(3)" in {str(c) for c in transition.timing.source.citations()}
    assert (chapter_v.applies, chapter_v.status, chapter_v.applies_from) == (
        True,
        Status.IN_FORCE,
        usual,
    )
    on_cutoff = _pair(_case("original", day, legacy=False, **kw, **readings))
    for row in on_cutoff:
        assert (row.status, row.applies_from) == (Status.IN_FORCE, usual)
    unknown, unknown_v = _pair(_case("original", day, legacy=None, **kw, **readings))
    assert unknown.applies is True and unknown.status is Status.UNDETERMINED
    assert set(unknown.timing.possible_applies_from) == {usual, DEADLINE}
    assert (unknown_v.status, unknown_v.applies_from) == (Status.IN_FORCE, usual)
    # from 2 August 2027 every completion is in force
    late = _pair(_case("original", "2027-08-02", legacy=None, **kw, **readings))
    assert all(r.status is Status.IN_FORCE for r in late)


@pytest.mark.parametrize("legacy", [True, False, None])
def test_published_annex_i_annex_x_and_public_authorities_are_not_moved(
    legacy: bool | None,
) -> None:
    """Art. 111(3) gives time; it never brings a date forward. The Annex I route (Art. 113,
    third paragraph, point (c): 2 August 2027) is not before the Art. 111(3) day; a system
    intended for public authorities (Art. 111(2), second sentence: "by 2 August 2030") keeps its
    date: the later of the two is the system's."""
    _quote_111_3()
    for row in _pair(
        _case("original", "2027-01-01", legacy=legacy, route="i", placed=D(2026, 9, 1))
    ):
        assert (row.status, row.applies_from) == (Status.UPCOMING, ROUTE_DATE["original", "i"])
    for row in _pair(_case("original", "2029-01-01", legacy=legacy, public=True)):
        assert (row.applies_from, row.deadline) == (D(2030, 8, 2), D(2030, 8, 2))
    # changed on 1 October 2026 (Art. 111(2), first sentence): from the change, or, Art. 111(3)
    # under model_transition, from 2 August 2027; the deadline 2 August 2030 either way
    changed = _case("original", "2026-11-01", legacy=legacy, public=True, change=D(2026, 10, 1))
    transition, chapter_v = _pair(changed)
    assert (chapter_v.applies_from, chapter_v.deadline) == (D(2026, 10, 1), D(2030, 8, 2))
    assert transition.deadline == D(2030, 8, 2)
    if legacy is True:
        assert (transition.applies_from, transition.status) == (DEADLINE, Status.UPCOMING)
    elif legacy is None:
        assert set(transition.timing.possible_applies_from) == {D(2026, 10, 1), DEADLINE}
    else:
        assert transition.applies_from == D(2026, 10, 1)


@pytest.mark.parametrize("reading", READINGS)
@pytest.mark.parametrize("legacy", [True, False, None])
def test_a45_default_an_unchanged_legacy_system_stays_never(
    reading: ModelSupplierTransition, legacy: bool | None
) -> None:
    """Art. 111(2) (A45 default follows_provider): the agreement of the supplier of an
    unchanged legacy system has nothing to enable. Art. 111(3) only gives time: "never" stays
    never under both A46 readings, whatever the model's placing, with the Art. 111(2) reason."""
    _quote_111_3()
    for law in LAWS:
        case = _case(law, "2029-01-01", legacy=legacy, art111_3_model_supplier=reading)
        a = case.assess()
        assert all(not r.id.startswith("art25_4") for r in a.obligations)
        row = _row(a)
        assert row.applies is False or row.never_binds


@pytest.mark.parametrize("reading", READINGS)
def test_a45_operators_only_the_legacy_system_follows_a46(reading: ModelSupplierTransition) -> None:
    """A45=operators_only: the supplier of an unchanged legacy system is not sheltered and owes
    the agreement from the route's date (published: 2 August 2026); A46 then decides whether
    Art. 111(3) puts it at 2 August 2027 (model placed before 2 August 2025)."""
    _quote_111_3()
    case = _case(
        "original",
        "2026-09-01",
        legacy=True,
        art111_2_supplier_shelter="operators_only",
        art111_3_model_supplier=reading,
    )
    row = _row(case.assess())
    want = DEADLINE if reading is TRANSITION else D(2026, 8, 2)
    assert (row.applies, row.applies_from) == (True, want)


def test_a_component_supplier_and_the_provider_are_not_moved() -> None:
    """Art. 111(3) addresses "Providers of general-purpose AI models": a supplier of a
    component that is not such a model, and the provider of the high-risk system (whose Art.
    25(4) duty is its own, Art. 25(4): "The provider of a high-risk AI system"), keep the
    system's date whatever the flag says."""
    _quote_111_3()
    for row in _pair(
        _case("original", "2026-09-01", legacy=True, gpai=False, placed=D(2026, 9, 1))
    ):
        assert (row.status, row.applies_from) == (Status.IN_FORCE, D(2026, 8, 2))
    provider = _case(
        "original", "2026-09-01", legacy=True, roles=("provider",), placed=D(2026, 9, 1)
    )
    for row in _pair(provider):
        assert (row.status, row.applies_from) == (Status.IN_FORCE, D(2026, 8, 2))


# ------------------------------------------------------------------ the amended text


@pytest.mark.parametrize("route", ["iii", "i"])
@pytest.mark.parametrize("legacy", [True, False, None])
@pytest.mark.parametrize(
    "a45", [{}, {"art111_2_supplier_shelter": "operators_only"}], ids=["a45-default", "a45-alt"]
)
def test_amended_text_unchanged(route: str, legacy: bool | None, a45: dict[str, str]) -> None:
    """Amended Art. 113, third paragraph, point (c): "(i) 2 December 2027" (Annex III), "(ii) 2
    August 2028" (Annex I), both after 2 August 2027: the later of the two is always the
    Chapter III date, so the readings agree and the placing does not matter."""
    quote("113", "2 December 2027 as regards AI systems classified as high-risk", "amended")
    for kw in ({}, {"placed": D(2028, 9, 1)}):
        transition, chapter_v = _pair(
            _case("amended", "2027-09-01", legacy=legacy, route=route, **kw, **a45)
        )
        assert (transition.applies, transition.applies_from, transition.status) == (
            chapter_v.applies,
            chapter_v.applies_from,
            chapter_v.status,
        )
        if transition.applies_from is not None:
            assert transition.applies_from == ROUTE_DATE["amended", route]


# ------------------------------------------------------------------ the question and the words


def test_the_question_is_asked_only_for_a_supplier_of_a_general_purpose_model() -> None:
    """The fact is read only by legacy.supplied_model_deferred: open (and asked) for a supplier
    of a general-purpose AI model under model_transition, published text, where the two dates
    differ; not for a component supplier, not under chapter_v_only."""
    key = f"value_chain.{FLAG}"

    def asked(case: aiact.Case) -> bool:
        return any(q.fact == key for q in case.assess().open_questions)

    assert asked(_case("original", "2026-11-01", legacy=None, placed=D(2026, 10, 1)))
    assert not asked(
        _case("original", "2026-11-01", legacy=None, gpai=False, placed=D(2026, 10, 1))
    )
    assert not asked(
        _case(
            "original",
            "2026-11-01",
            legacy=None,
            placed=D(2026, 10, 1),
            art111_3_model_supplier="chapter_v_only",
        )
    )


def test_dutch_labels_in_the_official_terms() -> None:
    """The Dutch text of Art. 111(3): "AI-modellen voor algemene doeleinden", "in de handel
    zijn gebracht"; Art. 25(4): "derde partij die ... levert"."""
    quote_nl("AI-modellen voor algemene doeleinden die vóór 2 augustus 2025 in de handel")
    quote_recital(97, "that model should be considered to be placed on the market")
    fact = fact_label(f"value_chain.{FLAG}", "nl")
    assert "AI-model voor algemene doeleinden" in fact and "in de handel gebracht" in fact
    # rev30c D2, fix30c: a reseller is no provider (Art. 3(3); the fact provides_supplied_model,
    # no longer the flag), but its supply is still a general-purpose AI model for the Art. 25(4)
    # exception (the fact keeps its meaning).
    own = fact_label("value_chain.provides_supplied_model", "nl")
    assert "aanbieder" in own and "doorverkoopt, is dat niet" in own
    gpai = fact_label("value_chain.supplies_general_purpose_ai_model", "nl")
    assert "wie er ook de aanbieder van is" in gpai
    for reading in READINGS:
        nl = reading_label("A46", reading.value, "nl")
        assert "artikel 111, lid 3" in nl and "artikel 25, lid 4" in nl, nl
    assert "derde partij die dat model levert" in reading_label("A46", "model_transition", "nl")
    rule = RULES["legacy.supplied_model_deferred"]
    assert "AI-model voor algemene doeleinden" in rule.title_nl
    assert "in de handel is gebracht" in rule.title_nl
    reason = _row(_case("original", "2026-11-01", legacy=True, placed=D(2026, 10, 1)).assess())
    nl_reason = reason.timing.source.reason("nl")
    assert "artikel 111, lid 3" in nl_reason and "2027-08-02" in nl_reason, nl_reason
