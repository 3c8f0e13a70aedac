"""rev30a (round 30): independent legal probe of Art. 111(3) (general-purpose AI models placed
before 2 August 2025; reading A19 for the Art. 52(1) notification; the Art. 101 fines) and of the
third-party supplier of a general-purpose AI model under Art. 25(4) where the high-risk system is
a legacy system of Art. 111(2) (readings A45 and A36).

Sound behaviour is pinned by passing tests; the finding D1 is a strict xfail. The probe
``benchmarks/rev30a_probe.py`` checks partial cases against their completions (the counts are in
the review report and in tests/data/coverage/reviews.yaml).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from lawquote import omnibus_text, quote, quote_nl, quote_recital
from timecases import ANNEX_I_MEDICAL, COMPANY, model, system

import aiact
from aiact.interpretations import Interpretations
from aiact.timeline.transitional import Status

D = dt.date
LEGACY_PLACED = D(2024, 6, 1)
"""A model placed before 2 August 2025 (Art. 111(3))."""
CUTOFF = D(2025, 8, 2)
SYSTEM_PLACED = D(2025, 3, 1)
"""A high-risk system placed before every cut-off of Art. 111(2) and before 2 August 2025."""
DEADLINE = D(2027, 8, 2)
CHAPTER_V = ("art53_1_a", "art53_1_b", "art53_1_c", "art53_1_d", "art53_3")
SYSTEMIC = ("art55_1_a", "art55_1_b", "art55_1_c", "art55_1_d")
LAWS = ("original", "amended")
ART_101_CEILING = Decimal(60_000_000)
"""Art. 101(1) for Voorbeeld B.V. (EUR 2 bn): the higher of 3 % (EUR 60 m) and EUR 15 m."""


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
        "handel zijn gebracht, ondernemen de nodige stappen om uiterlijk op 2 augustus 2027 aan "
        "de verplichtingen van deze verordening te voldoen"
    )


def _model(placed: dt.date | None, systemic: bool = True) -> aiact.GPAIModel:
    return model(placed, training_compute_flop=10**26 if systemic else 10**23)


def _assess_model(
    placed: dt.date | None, day: str, law: str, systemic: bool = True, **readings: str
) -> Any:
    return aiact.assess_model(
        _model(placed, systemic), COMPANY, day, law, interpretations=Interpretations(**readings)
    )


def _rows(a: Any) -> dict[str, Any]:
    return {r.id: r for r in a.obligation_results}


# ------------------------------------------------------------------ Art. 111(3): the models


def test_art_111_3_is_not_amended_by_the_omnibus() -> None:
    """Art. 111(3): "Providers of general-purpose AI models that have been placed on the market
    before 2 August 2025 shall take the necessary steps in order to comply with the obligations
    laid down in this Regulation by 2 August 2027". Regulation (EU) 2026/1744, Art. 1, point
    (39): "(a) paragraph 2 is replaced by the following ... (b) the following paragraph is
    added: '4. ...'": paragraph 3 is untouched, and so is Art. 113, third paragraph, point (b)
    (point (40) replaces points (a) and (c) and adds (d))."""
    _quote_111_3()
    amending = omnibus_text("111")
    assert "general-purpose ai models that have been placed" not in amending
    assert "paragraph 2 is replaced" in amending and "the following paragraph is added" in amending
    quote(
        "113",
        "Chapter III Section 4, Chapter V, Chapter VII and Chapter XII and Article 78 shall "
        "apply from 2 August 2025, with the exception of Article 101",
        "both",
    )


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("systemic", [False, True])
def test_a_model_placed_before_2_august_2025_complies_by_2_august_2027(
    law: str, systemic: bool
) -> None:
    """Art. 111(3) (both texts): "Providers of general-purpose AI models that have been placed on
    the market before 2 August 2025 shall take the necessary steps in order to comply with the
    obligations laid down in this Regulation by 2 August 2027". Arts. 53 and 54 (and 55 for a
    model with systemic risk, Art. 51(2): "greater than 10^25") are upcoming the day before and
    in force from that day, with the Art. 111(3) deadline."""
    _quote_111_3()
    quote("51", "when the cumulative amount of computation used for its training measured in")
    keys = (*CHAPTER_V, *(SYSTEMIC if systemic else ()))
    before = _rows(_assess_model(LEGACY_PLACED, "2027-08-01", law, systemic))
    on = _rows(_assess_model(LEGACY_PLACED, "2027-08-02", law, systemic))
    for key in keys:
        assert before[key].applies is True, key
        assert (before[key].applies_from, before[key].deadline) == (DEADLINE, DEADLINE), key
        assert before[key].status is Status.UPCOMING, key
        assert on[key].status is Status.IN_FORCE, key
    for key in SYSTEMIC:
        assert before[key].applies is systemic, key


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("placed", [D(2025, 8, 1), D(2025, 8, 2)])
def test_the_cut_off_of_art_111_3_is_the_placing_before_2_august_2025(
    law: str, placed: dt.date
) -> None:
    """Art. 111(3): "placed on the market before 2 August 2025"; Art. 113, third paragraph,
    point (b): Chapter V applies "from 2 August 2025". A model placed on 1 August 2025 has until
    2 August 2027; one placed on 2 August 2025 is bound from that day, without a deadline."""
    _quote_111_3()
    rows = _rows(_assess_model(placed, "2025-09-01", law))
    legacy = placed < CUTOFF
    for key in (*CHAPTER_V, *SYSTEMIC):
        want = (DEADLINE, DEADLINE) if legacy else (CUTOFF, None)
        assert (rows[key].applies_from, rows[key].deadline) == want, key
        assert rows[key].status is (Status.UPCOMING if legacy else Status.IN_FORCE), key


@pytest.mark.parametrize("law", LAWS)
def test_a19_the_notification_of_a_legacy_model_under_both_readings(law: str) -> None:
    """Art. 52(1): "the relevant provider shall notify the Commission without delay and in any
    event within two weeks after that requirement is met or it becomes known that it will be
    met"; Art. 111(3) defers "the obligations laid down in this Regulation" and names no
    exception. A19 default (deferred): due with Arts. 53-55, from 2 August 2027; alternative
    (due_from_2025): from 2 August 2025 (Art. 113(b)), no deadline. A model placed on or after 2
    August 2025 notifies from 2 August 2025 under both readings."""
    _quote_111_3()
    quote("52", "shall notify the Commission without delay and in any event within two weeks")
    deferred = _rows(_assess_model(LEGACY_PLACED, "2026-03-01", law))["art52_1"]
    due = _rows(_assess_model(LEGACY_PLACED, "2026-03-01", law, gpai_notification="due_from_2025"))
    assert (deferred.applies_from, deferred.deadline, deferred.status) == (
        DEADLINE,
        DEADLINE,
        Status.UPCOMING,
    )
    assert (due["art52_1"].applies_from, due["art52_1"].deadline) == (CUTOFF, None)
    assert due["art52_1"].status is Status.IN_FORCE
    # only the notification moves: Art. 55 stays deferred under the alternative
    assert due["art55_1_a"].applies_from == DEADLINE
    for reading in ("deferred", "due_from_2025"):
        new = _rows(_assess_model(D(2025, 9, 1), "2026-03-01", law, gpai_notification=reading))
        assert (new["art52_1"].applies_from, new["art52_1"].deadline) == (CUTOFF, None)


@pytest.mark.parametrize("law", LAWS)
def test_art_101_fines_a_model_provider_from_2_august_2026_and_a_legacy_model_from_2027(
    law: str,
) -> None:
    """Art. 113, third paragraph, point (b): Chapter V applies from 2 August 2025 "with the
    exception of Article 101", which applies from the general date, 2 August 2026 (second
    paragraph). Art. 101(1): "fines not exceeding 3 % of their annual total worldwide turnover
    in the preceding financial year or EUR 15 000 000, whichever is higher". A model placed in
    September 2025: no fine on 1 March 2026, EUR 60 m on 1 September 2026. A legacy model (Art.
    111(3)): no duty binds before 2 August 2027, so no fine on 1 September 2026 (default A19);
    EUR 60 m from 2 August 2027; under A19=due_from_2025 the notification alone is fined from 2
    August 2026."""
    quote("113", "with the exception of Article 101", "both")
    quote("101", "3 % of their annual total worldwide turnover in the preceding financial year")
    new = D(2025, 9, 1)
    assert _assess_model(new, "2026-03-01", law).exposure.max_ceiling is None
    assert _assess_model(new, "2026-09-01", law).exposure.max_ceiling == ART_101_CEILING
    assert _assess_model(LEGACY_PLACED, "2026-09-01", law).exposure.max_ceiling is None
    assert _assess_model(LEGACY_PLACED, "2027-08-02", law).exposure.max_ceiling == ART_101_CEILING
    due = _assess_model(LEGACY_PLACED, "2026-09-01", law, gpai_notification="due_from_2025")
    assert due.exposure.max_ceiling == ART_101_CEILING
    assert due.exposure.max_ceiling_obligations == ("art52_1",)
    early = _assess_model(LEGACY_PLACED, "2026-03-01", law, gpai_notification="due_from_2025")
    assert early.exposure.max_ceiling is None


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", ["deferred", "due_from_2025"])
def test_an_unknown_placing_date_is_sound_against_both_completions(law: str, reading: str) -> None:
    """Art. 111(3) turns on "placed on the market before 2 August 2025": with the date unknown
    the Chapter V duties are undetermined before 2 August 2027 (earliest 2 August 2025, latest 2
    August 2027), in force from then in either completion; Art. 52(1) under A19=due_from_2025 is
    in force from 2 August 2025 whatever the date; the fine is not claimed while the binding is
    open."""
    _quote_111_3()
    for day in ("2025-09-01", "2026-09-01", "2027-08-01"):
        a = _assess_model(None, day, law, gpai_notification=reading)
        rows = _rows(a)
        for key in (*CHAPTER_V, *SYSTEMIC):
            assert rows[key].status is Status.UNDETERMINED, (day, key)
            assert rows[key].applies_from is None
            assert rows[key].timing.earliest == CUTOFF
            assert set(rows[key].timing.possible_applies_from) == {CUTOFF, DEADLINE}
        assert "art53_1_a" in a.exposure.binding_undetermined
        notify = rows["art52_1"]
        if reading == "due_from_2025":
            assert (notify.status, notify.applies_from) == (Status.IN_FORCE, CUTOFF)
        else:
            assert notify.status is Status.UNDETERMINED
        for placed in (LEGACY_PLACED, D(2025, 9, 1)):
            full = _rows(_assess_model(placed, day, law, gpai_notification=reading))
            for key in (*CHAPTER_V, *SYSTEMIC):
                assert rows[key].timing.earliest <= full[key].applies_from
    late = _rows(_assess_model(None, "2027-08-02", law, gpai_notification=reading))
    assert all(late[key].status is Status.IN_FORCE for key in (*CHAPTER_V, *SYSTEMIC))


# -------------------------------------------- Art. 25(4): a supplier of a general-purpose model


def _supplier(
    *,
    route: str = "iii",
    placed: dt.date = SYSTEM_PLACED,
    change: dt.date | str = "none",
    gpai: bool = True,
    provides: bool | None = True,
    public: bool = False,
) -> dict[str, Any]:
    """The organisation supplies a general-purpose AI model (or, ``gpai`` false, a component)
    integrated in a high-risk system first placed on ``placed`` (Art. 25(4)); it holds no
    operator role for the system (Art. 3(8)); ``provides``: it is the supplied model's provider
    (Art. 3(3); by default it is)."""
    s: dict[str, Any] = system(
        roles=(),
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
    s["value_chain"]["provides_supplied_model"] = provides
    return s


def _assess(case: dict[str, Any], day: str, law: str, **readings: str) -> Any:
    return aiact.assess(case, COMPANY, day, law, interpretations=Interpretations(**readings))


def _art25_4(a: Any) -> Any:
    return next(r for r in a.obligation_results if r.id in ("art25_4", "art25_4_original"))


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("a36", ["every_addressee", "operators_only"])
def test_a45_default_the_model_supplier_follows_the_legacy_systems_shelter(
    law: str, a36: str
) -> None:
    """Art. 111(2), first sentence: "this Regulation shall apply to operators of high-risk AI
    systems ... that have been placed on the market or put into service before [the cut-off],
    only if, as from that date, those systems are subject to significant changes in their
    designs". Under A45=follows_provider (default) the supplier's agreement, which exists "in
    order to enable the provider of the high-risk AI system to fully comply" (Art. 25(4)), has
    nothing to enable for an unchanged legacy system: never binding, under either A36 reading;
    for a system intended for public authorities it follows the provider to 2 August 2030."""
    quote("111", "only if, as from that date, those systems are subject to significant changes")
    quote("25", "in order to enable the provider of the high-risk AI system to fully comply")
    a = _assess(_supplier(), "2029-01-01", law, art99_4_da_addressees=a36)
    assert all(not r.id.startswith("art25_4") for r in a.obligations)
    row = _art25_4(a)
    assert row.applies is False or row.never_binds
    public = _art25_4(_assess(_supplier(public=True), "2029-01-01", law, art99_4_da_addressees=a36))
    assert (public.applies_from, public.deadline) == (D(2030, 8, 2), D(2030, 8, 2))


@pytest.mark.parametrize("a36", ["every_addressee", "operators_only"])
@pytest.mark.parametrize(("route", "base"), [("iii", D(2027, 12, 2)), ("i", D(2028, 8, 2))])
def test_a45_operators_only_and_a36_the_model_supplier_is_bound_and_fined(
    a36: str, route: str, base: dt.date
) -> None:
    """A45=operators_only: Art. 111(2) shelters "operators of high-risk AI systems", and the
    provider of a general-purpose AI model (Art. 3(3): "develops an AI system or a
    general-purpose AI model") is not an operator of the high-risk system: bound from the
    route's Chapter III date (amended Art. 113, point (c)(i) 2 December 2027, (c)(ii) 2 August
    2028). A36: Art. 99(4)(da) "obligations of providers and operators pursuant to Article 25(2)
    and (4)" and Art. 99(1) "by operators" (unqualified): under both readings the model's
    provider is an operator (Art. 3(8) "a provider") and is fined; a supplier of a component
    that is no operator is not fined under A36=operators_only. The two readings differ in the
    words they read ("operators of high-risk AI systems" against "operators"), so the model
    supplier unsheltered and fined is coherent."""
    quote("3", "develops an AI system or a general-purpose AI model")
    quote("3", "'operator' means a provider, product manufacturer, deployer, authorised")
    quote(
        "99", "obligations of providers and operators pursuant to Article 25(2) and (4)", "amended"
    )
    readings = {"art111_2_supplier_shelter": "operators_only", "art99_4_da_addressees": a36}
    a = _assess(_supplier(route=route), "2029-01-01", "amended", **readings)
    row = _art25_4(a)
    assert (row.id, row.applies, row.applies_from, row.deadline) == ("art25_4", True, base, None)
    fines = {r.obligation_id: r for r in a.exposure.obligations}
    assert fines["art25_4"].ceiling == ART_101_CEILING  # Art. 99(4): 3 % of EUR 2 bn
    component = _assess(_supplier(route=route, gpai=False), "2029-01-01", "amended", **readings)
    ids = {r.id for r in component.obligations}
    if a36 == "operators_only":
        assert "art25_4_supplier_not_operator" in ids and "art25_4" not in ids
    else:
        assert "art25_4" in ids


@pytest.mark.parametrize("route", ["iii", "i"])
def test_art_111_3_cannot_move_the_amended_supplier_date(route: str) -> None:
    """Amended Art. 113, third paragraph, point (c): Chapter III, Sections 1-3 apply from "(i) 2
    December 2027" (Annex III) and "(ii) 2 August 2028" (Annex I), both after the Art. 111(3)
    day, 2 August 2027: under the amended text the later of the two is always the Chapter III
    date, so the missing Art. 111(3) case of D1 changes no amended answer."""
    _quote_111_3()
    quote("113", "2 December 2027 as regards AI systems classified as high-risk", "amended")
    readings = {"art111_2_supplier_shelter": "operators_only"}
    row = _art25_4(_assess(_supplier(route=route), "2027-09-01", "amended", **readings))
    assert row.applies_from > DEADLINE and row.status is Status.UPCOMING


D1_CASES = [
    # A45=operators_only: an unchanged system placed on 1 March 2025, so the model integrated in
    # it was placed on the market before 2 August 2025 (Art. 3(9); recital 97)
    pytest.param(
        _supplier(), "2026-09-01", {"art111_2_supplier_shelter": "operators_only"}, id="legacy"
    ),
    # default readings: a legacy system significantly changed on 1 October 2026 (Art. 111(2))
    pytest.param(_supplier(change=D(2026, 10, 1)), "2026-11-01", {}, id="changed"),
    # default readings: a system placed after the cut-off; the model's placing is not asked
    pytest.param(_supplier(placed=D(2026, 10, 1)), "2026-11-01", {}, id="new-system"),
]


@pytest.mark.parametrize(("case", "day", "readings"), D1_CASES)
def test_d1_art_111_3_reaches_the_model_suppliers_art_25_4_duty(
    case: dict[str, Any], day: str, readings: dict[str, str]
) -> None:
    """Art. 111(3): "Providers of general-purpose AI models that have been placed on the market
    before 2 August 2025 shall take the necessary steps in order to comply with the obligations
    laid down in this Regulation by 2 August 2027". The supplier of a general-purpose AI model
    is that model's provider (Art. 3(3): "develops ... a general-purpose AI model ... and places
    it on the market"; ADR 0040; ADR 0048: "its own transition is Art. 111(3)"), and Art. 25(4)
    ("the third party that supplies an AI system, tools, services, components, or processes";
    amended: "AI system, AI model, tools") is one of "the obligations laid down in this
    Regulation". The library applies Art. 111(3) to every duty of a model's provider in a model
    assessment (from.gpai, from.model_general: Arts. 41(5), 91(5), 92(5), 93), and its Art.
    53(1)(b) duty to "make available information and documentation to providers of AI systems
    who intend to integrate the general-purpose AI model" is deferred to 2 August 2027; yet in
    the system assessment the same provider's Art. 25(4) agreement, which serves the same
    purpose (recital 101), binds from 2 August 2026 under the published text (Art. 113, second
    paragraph, Annex III route) with no Art. 111(3) case and no question about the model's
    placing.

    Failing cases (published text, Annex III point 4(a), Voorbeeld B.V. supplying a
    general-purpose AI model, no operator role): (legacy) A45=operators_only, system placed 1
    March 2025, unchanged, on 1 September 2026: art25_4_original in force from 2 August 2026,
    although the model integrated in a system placed in March 2025 was placed before 2 August
    2025; (changed) default readings, the same system significantly changed on 1 October 2026,
    on 1 November 2026: in force from the change; (new-system) default readings, a system
    placed on 1 October 2026, on 1 November 2026: in force from 2 August 2026 although a model
    placed before 2 August 2025 gives its provider until 2 August 2027. Expected: not in force
    (upcoming by 2 August 2027, or undetermined while the model's placing is unknown). Under
    the amended text the Chapter III dates are later than 2 August 2027, so nothing changes
    there (test above).

    Fixed by reading A46 (round 30, ADR 0049): with the model placed before 2 August 2025
    (``value_chain.supplied_model_placed_before_2_august_2025``) the duty binds from the later
    of the system's date and 2 August 2027; with the placing unknown, undetermined between the
    two (every case here gives a date before 2 August 2027 without Art. 111(3))."""
    _quote_111_3()
    quote("3", "develops an AI system or a general-purpose AI model")
    quote("53", "make available information and documentation to providers of AI systems who")
    quote("25", "the third party that supplies an AI system, tools, services, components, or")
    quote_recital(97, "that model should be considered to be placed on the market")
    legacy = {**case, "value_chain": {**case["value_chain"]}}
    legacy["value_chain"]["supplied_model_placed_before_2_august_2025"] = True
    row = _art25_4(_assess(legacy, day, "original", **readings))
    assert row.applies is True
    assert row.status is Status.UPCOMING
    # Round 31 (h/d1fix, rev30c D1): the system's date is no later than 2 August 2027 in each
    # case, so Art. 111(3)'s "by 2 August 2027" is also the deadline (was None).
    assert (row.applies_from, row.deadline, row.comply_by) == (DEADLINE, DEADLINE, DEADLINE)
    open_case = {**case, "value_chain": {**case["value_chain"]}}
    open_case["value_chain"]["supplied_model_placed_before_2_august_2025"] = None
    unknown = _art25_4(_assess(open_case, day, "original", **readings))
    assert unknown.applies is True
    assert unknown.status is Status.UNDETERMINED
    assert DEADLINE in unknown.timing.possible_applies_from
    assert row.status is not Status.IN_FORCE
