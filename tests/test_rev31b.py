"""rev31b (round 31): independent legal review of h/d1fix (rev30c D1: Art. 111(3) as a "comply by"
date in the Art. 25(4) row of the supplier of a general-purpose AI model placed before 2 August
2025; rule ``from.supplier_art111_3.deferred``; ADR 0049). Base 7e141f3, change dc86136.

Sound behaviour is pinned by passing tests; each finding is a strict xfail with a concrete case.
The probe ``benchmarks/rev31b_probe.py`` checks partial cases against their completions and the
complete cases against 7e141f3 (counts in tests/data/coverage/reviews.yaml).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import ANNEX_I_MEDICAL, COMPANY, system

import aiact
from aiact.interpretations import Interpretations
from aiact.rules.timing import SUPPLIER_ART111_3
from aiact.timeline.transitional import Status

D = dt.date
ART111_3 = D(2027, 8, 2)
BY_2030 = D(2030, 8, 2)
LEGACY = D(2025, 3, 1)
"""First placed before the published Art. 111(2) cut-off, 2 August 2026."""
ROWS = ("art25_4", "art25_4_original")
"""The supplier's Art. 25(4) row (art25_4_supplier_not_operator is false for this supplier)."""
DEFERRED = f"{SUPPLIER_ART111_3}.deferred"


def _art_111_3() -> None:
    quote(
        "111",
        "Providers of general-purpose AI models that have been placed on the market before 2 "
        "August 2025 shall take the necessary steps in order to comply with the obligations "
        "laid down in this Regulation by 2 August 2027",
        "both",
    )


def _art_111_2() -> None:
    quote(
        "111",
        "that have been placed on the market or put into service before 2 August 2026, only if, "
        "as from that date, those systems are subject to significant changes in their designs",
    )
    quote(
        "111",
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations of this Regulation by 2 August 2030",
    )


def _supplier(
    *,
    law: str = "original",
    day: str = "2026-11-01",
    route: str = "iii",
    placed: dt.date = LEGACY,
    change: dt.date | str | None = "none",
    public: bool | None = False,
    flag: bool | None = True,
    **readings: str,
) -> aiact.Case:
    """Voorbeeld B.V., no role of its own, supplies a general-purpose AI model it provides (Art.
    3(3)), placed before 2 August 2025 (``flag``), integrated in a high-risk system (Annex III
    point 4(a), an Annex I medical device, or no route given: ``route`` "none")."""
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
    vc = s["value_chain"]
    vc.update(
        supplies_components_for_high_risk=True,
        supplies_general_purpose_ai_model=True,
        supplies_under_free_open_source_licence=False,
        provides_supplied_model=True,
        supplied_model_placed_before_2_august_2025=flag,
    )
    return aiact.Case(
        system=s,
        organisation=COMPANY,
        as_of=day,
        law=law,
        interpretations=Interpretations(**readings),
    )


def _row(case: aiact.Case) -> Any:
    return next(r for r in case.assess().obligation_results if r.id in ROWS)


def _dates(row: Any) -> tuple[Any, ...]:
    return (row.applies_from, row.deadline, row.comply_by)


# ------------------------------------------------------------------ verified behaviour


def test_no_route_legacy_changed_by_2027_comply_by() -> None:
    """No route given (a supplier describes its supply, not the system), a legacy system (placed
    March 2025) changed on 1 October 2026, after the cut-off of both routes ("as from that
    date"): under either route the system's date is no later than 2 August 2027 (Annex III: the
    change; Annex I: 2 August 2027), so Art. 111(3) ("by 2 August 2027") gives the date and the
    deadline (case 1 of the deferred rule, its no-route disjunct)."""
    _art_111_3()
    _art_111_2()
    row = _row(_supplier(route="none", change=D(2026, 10, 1)))
    assert _dates(row) == (ART111_3, ART111_3, ART111_3)
    assert (row.timing.grace, row.status) == ("art111_3", Status.UPCOMING)


@pytest.mark.parametrize(
    ("route", "change", "expected"),
    [
        ("i", ART111_3, (ART111_3, ART111_3, ART111_3)),  # changed on the day itself
        ("i", D(2027, 8, 3), (D(2027, 8, 3), None, None)),  # one day later: binds from it
        ("iii", D(2026, 8, 2), (ART111_3, ART111_3, ART111_3)),  # changed on the cut-off
        ("iii", D(2026, 8, 1), (None, None, None)),  # changed before the cut-off: sheltered
    ],
    ids=["annex-i-on-2027-08-02", "annex-i-2027-08-03", "on-the-cut-off", "before-the-cut-off"],
)
def test_the_boundaries_of_the_change(
    route: str, change: dt.date, expected: tuple[Any, ...]
) -> None:
    """Art. 111(2): a legacy system is bound "only if, as from that date [2 August 2026], those
    systems are subject to significant changes"; Art. 111(3): "by 2 August 2027". A change on 2
    August 2027 gives the system a date on that day (the deadline applies, "on or before"); on
    3 August 2027 the duty binds from the change with no deadline (none earlier than the date);
    on the cut-off day it counts; a day before, the system stays sheltered (never)."""
    _art_111_3()
    _art_111_2()
    row = _row(_supplier(route=route, placed=D(2026, 8, 1), change=change))
    assert _dates(row) == expected
    if expected[0] is None:
        assert row.status is Status.NOT_APPLICABLE


def test_a_supplier_not_sheltered_public_authority_system() -> None:
    """A45=operators_only: Art. 111(2) "shall apply to operators of high-risk AI systems": a
    supplier that is none is not sheltered, its date the Art. 113 date (2 August 2026), even for
    a legacy system intended for public authorities; Art. 111(3) then gives 2 August 2027 as date
    and deadline. By default (follows_provider) the system's 2 August 2030 deadline is kept."""
    _art_111_3()
    _art_111_2()
    other = _row(_supplier(public=True, art111_2_supplier_shelter="operators_only"))
    assert _dates(other) == (ART111_3, ART111_3, ART111_3)
    default = _row(_supplier(public=True))
    assert _dates(default) == (BY_2030, BY_2030, BY_2030)


def test_an_unknown_public_use_gives_no_deadline_while_a_completion_has_none() -> None:
    """Soundness with unknowns: no route, a legacy system changed on 1 October 2026, its use by
    public authorities unknown. Not so intended: deadline 2 August 2027; so intended (the
    supposed routes' second sentence of Art. 111(2)): no deadline today (D1 below). The partial
    row keeps the common date and claims no deadline that a completion lacks.

    Round 31 (h/d2fix, D1 fixed): so intended, the deadline is now 2 August 2030 (Art. 111(2),
    second sentence), so the completions' deadlines still differ and the partial shows none. The
    partial row is now what it is with the Annex III route given (pre-existing there): case 1 of
    from.supplier_art111_3 and its complement (case 2) are both unknown, so Kleene selection
    lets the last case (from.supplier, the supposed Annex III route's change, 1 October 2026)
    through: undetermined between 1 October 2026 and 2 August 2027, at the latest 2 August 2027.
    Sound (every completion's date is possible, none earlier than the earliest) but less exact
    than before, when D1 made case 1 false; dropping the complement would make it exact but lose
    the deadline with the placing unknown (tests/test_fix30a.py)."""
    _art_111_3()
    completions = [
        _row(_supplier(route="none", change=D(2026, 10, 1), public=p)) for p in (False, True)
    ]
    partial = _row(_supplier(route="none", change=D(2026, 10, 1), public=None))
    assert {c.applies_from for c in completions} == {ART111_3}
    assert set(partial.timing.possible_applies_from) == {D(2026, 10, 1), ART111_3}
    assert partial.timing.latest == ART111_3
    with_route = _row(_supplier(change=D(2026, 10, 1), public=None))
    assert set(with_route.timing.possible_applies_from) == {D(2026, 10, 1), ART111_3}
    assert partial.deadline is None or all(c.deadline == partial.deadline for c in completions)
    assert [c.deadline for c in completions] == [ART111_3, BY_2030]


def test_an_unknown_model_placing_keeps_both_dates() -> None:
    """The flag unknown (the model placed before 2 August 2025 or not): the date is the system's
    (2 August 2026, Annex III, a system first placed on 1 October 2026) or 2 August 2027;
    undetermined, and no deadline of 2 August 2027 claimed for the first."""
    _art_111_3()
    row = _row(_supplier(placed=D(2026, 10, 1), flag=None))
    assert row.applies_from is None
    assert set(row.timing.possible_applies_from) == {D(2026, 8, 2), ART111_3}
    assert row.deadline is None


@pytest.mark.parametrize("day", ["2026-11-01", "2027-06-01", "2027-09-01", "2031-01-01"])
def test_amended_text_and_chapter_v_only_as_base(day: str) -> None:
    """Amended Art. 113, third paragraph, point (c): "(i) 2 December 2027 as regards AI systems
    classified as high-risk pursuant to Article 6(2) and Annex III": after 2 August 2027, so no
    Art. 111(3) deadline; under chapter_v_only the published row keeps the system's date (2
    August 2026) without one."""
    quote("113", "2 December 2027 as regards AI systems classified as high-risk", "amended")
    amended = _row(_supplier(law="amended", day=day, placed=D(2028, 9, 1)))
    assert _dates(amended)[:2] == (D(2027, 12, 2), None)
    v_only = _row(
        _supplier(day=day, placed=D(2026, 10, 1), art111_3_model_supplier="chapter_v_only")
    )
    assert _dates(v_only)[:2] == (D(2026, 8, 2), None)


def test_dutch_reason_names_the_day_and_no_reading_code() -> None:
    """Art. 111, lid 3: "ondernemen de nodige stappen om uiterlijk op 2 augustus 2027 aan de
    verplichtingen van deze verordening te voldoen": the Dutch reason of the changed no-route
    case says "uiterlijk op 2 augustus 2027" and names no reading as "A46=..."."""
    quote_nl(
        "Aanbieders van AI-modellen voor algemene doeleinden die vóór 2 augustus 2025 in de "
        "handel zijn gebracht, ondernemen de nodige stappen om uiterlijk op 2 augustus 2027 aan "
        "de verplichtingen van deze verordening te voldoen."
    )
    row = _row(_supplier(route="none", change=D(2026, 10, 1)))
    nl = row.timing.reason("nl")
    assert "uiterlijk op 2 augustus 2027" in nl and "A46=" not in nl
    assert "derde partij" in nl


# ------------------------------------------------------------------ findings


@pytest.mark.parametrize(
    ("change", "comply_by"),
    [("none", BY_2030), (D(2026, 10, 1), ART111_3), (D(2027, 10, 1), D(2027, 10, 1))],
    ids=["unchanged", "changed-2026", "changed-2027-10"],
)
def test_d1_no_route_public_authority_system_loses_its_comply_by_date(
    change: dt.date | str, comply_by: dt.date
) -> None:
    """Art. 111(2), second sentence: "In any case, the providers and deployers of high-risk AI
    systems intended to be used by public authorities shall take the necessary steps to comply
    ... by 2 August 2030"; Art. 111(3): "by 2 August 2027" gives time and never takes a
    deadline away. Published text, 1 November 2026, a legacy system (March 2025) intended for
    public authorities, the route not given: the row shows no comply-by date, though both
    supposed routes give the deadline 2 August 2030 and the row with a route given (Annex III)
    and the chapter_v_only row show one. Concrete: unchanged, chapter_v_only: (2030-08-02,
    deadline 2030-08-02, comply by 2030-08-02); model_transition: (2030-08-02, None, None).
    Fixed in round 31 (h/d2fix)."""
    _art_111_3()
    _art_111_2()
    with_route = _row(_supplier(public=True, change=change))
    assert (with_route.deadline, with_route.comply_by) == (BY_2030, comply_by)
    v_only = _row(
        _supplier(
            route="none", public=True, change=change, art111_3_model_supplier="chapter_v_only"
        )
    )
    assert v_only.deadline == BY_2030
    row = _row(_supplier(route="none", public=True, change=change))
    assert (row.deadline, row.comply_by) == (BY_2030, comply_by)
