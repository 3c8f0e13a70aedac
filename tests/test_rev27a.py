"""rev27a (round 27): independent review of r77 (review77 D1's Annex I case: the floor of an
unknown Art. 111(2) significant change read case by case from the rules its condition holds by,
``DateEvaluation._input_floor`` / ``_name_floor`` / ``_condition_floor`` in
aiact/engine/dates.py, ``aiact.frame._evaluate_dates`` alike, ``date_facts.counted_targets``).

Law: Art. 111(2) as replaced by Regulation (EU) 2026/1744, Art. 1, point (39)(a): "placed on the
market or put into service before the date of application of Chapter III referred to in Article
113, only if, as from that date, those systems are subject to significant changes in their
designs"; Art. 113, third paragraph, point (c) as replaced by point (40)(b): "(i) 2 December
2027 as regards AI systems classified as high-risk pursuant to Article 6(2) and Annex III; and
(ii) 2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) and
Annex I"; the original Art. 111(2) ("before 2 August 2026, only if, as from that date"), the
Dutch Art. 111(2) ("indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp
ondergaan").

Findings: no defect. The floor is a lower bound by construction (a rule false on the facts is
false in every completion, Kleene; a conjunction's floor is the latest of its operands'; a
disjunction's or a predicate's the least over what may hold, none if one has none; negations
bound nothing) and, where the facts give the Annex I route, exact (a change on 2 August 2028
itself brings the duty in). benchmarks/rev27a_probe.py (own harness): 1,308 partial cases
(7 kinds x both texts x 7 readings x 8 days with the change unknown, plus 720 random ones with
the route / Annex I, purpose, role, placing or public use unknown too), 19,464 completions,
168,453 obligation checks, 19,862 earliest-date checks: 0 counter-examples; 1,502 complete
cases and every partial case compared with ae96648: no complete case differs; 403 partial
obligations differ, each an earliest date that rose 2 Dec 2027 -> 2 Aug 2028 (Arts. 4(1), 60(4),
60(4)(c), 60(7), 60(8), 61, 79(4), 80(4), 80(5)), 47 of them with an undetermined status
become upcoming (Art. 4(1), 80(4), 80(5)); frame vs engine: 262 rows, 33,747 cells, equal.
The tests below pin the verified behaviour, both routes and the readings A2, A21, A27, A30.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pandas as pd
import pytest
from lawquote import quote, quote_nl
from timecases import ANNEX_I_MEDICAL, COMPANY, PUBLIC_BODY, system

import aiact
from aiact.frame import assess_frame, systems_frame
from aiact.interpretations import Interpretations
from aiact.timeline.transitional import Status

D = dt.date
OPEN: Any = object()
_LITERAL = {"legacy_general_duties": "literal"}  # A21
_STANDS = {"art80_finding": "provider_assessment_stands"}  # A30


def _quote_111_2() -> None:
    quote(
        "111",
        "placed on the market or put into service before the date of application of Chapter III "
        "referred to in Article 113, only if, as from that date, those systems are subject to "
        "significant changes in their designs",
        "amended",
    )
    quote("111", "before 2 August 2026, only if, as from that date")
    quote_nl(
        "indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp ondergaan"
    )


def _quote_113_c() -> None:
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "amended",
    )
    quote(
        "113",
        "2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) "
        "and Annex I",
        "amended",
    )


def _system(kind: str, change: Any, annex_i: Any = True) -> tuple[aiact.AISystem, Any]:
    """``dep_i`` / ``dep_iii``: a public body deploying a legacy (placed 1 Mar 2025) Annex I /
    Annex III system intended for public authorities; ``a30``: a provider's system listed in
    Annex III (point 4(a)), derogated under Art. 6(3) and found high-risk by the authority (Art.
    80(2)), that is also an Annex I product (``annex_i`` True, False or OPEN). ``change``: the
    significant change (a date, "none", or OPEN)."""
    route_i = kind == "dep_i" or (kind == "a30" and annex_i is True)
    s = system(
        roles=("deployer",) if kind.startswith("dep") else ("provider",),
        annex_iii=None if kind == "dep_i" else ["4a"],
        annex_i=ANNEX_I_MEDICAL if route_i else None,
        placed_on_market=D(2025, 3, 1),
        significant_change=None if change is OPEN else change,
        context={
            "intended_for_public_authorities": True,
            "used_by_public_authorities": False,
            "annex_x_large_scale_it_component": False,
        },
        profiling=kind != "a30",
        derogated=kind == "a30",
    ).model_dump(mode="json")
    if kind == "a30":
        s["authority_actions"]["msa_found_derogated_system_high_risk"] = True
        if annex_i is OPEN:
            s["annex_i"] = dict.fromkeys(ANNEX_I_MEDICAL)
    org = PUBLIC_BODY if kind.startswith("dep") else COMPANY
    return aiact.AISystem.model_validate(s), org


def _run(
    kind: str, law: str, readings: dict[str, str], day: str, change: Any, annex_i: Any = True
) -> Any:
    s, org = _system(kind, change, annex_i)
    return aiact.assess(s, org, day, law, interpretations=Interpretations(**readings))


def test_annex_i_route_floor_is_2_august_2028_and_exact() -> None:
    """Art. 113, third paragraph, point (c)(ii) as amended: "2 August 2028 as regards AI systems
    classified as high-risk pursuant to Article 6(1) and Annex I"; Art. 111(2) as amended: "only
    if, as from that date". Under A21=literal Art. 4(1) of a legacy Annex I system binds the
    public deployer only from a change on or after 2 Aug 2028 (else by 2 Aug 2030): with the
    change unknown, upcoming on 1 Aug 2028 ("none before 2028-08-02"), undetermined on 2 Aug
    2028 itself, where the completion with a change that day is in force (the floor is
    reached: exact, not only sound)."""
    _quote_111_2()
    _quote_113_c()
    before = _run("dep_i", "amended", _LITERAL, "2028-08-01", OPEN).obligation("art4_1")
    assert before.applies is True and before.status is Status.UPCOMING
    assert before.timing.earliest == D(2028, 8, 2)
    assert "unknown; none before 2028-08-02." in before.timing.reason("en")
    assert "onbekend; geen vóór 2028-08-02." in before.timing.reason("nl")
    on = _run("dep_i", "amended", _LITERAL, "2028-08-02", OPEN).obligation("art4_1")
    assert on.status is Status.UNDETERMINED and on.timing.earliest == D(2028, 8, 2)
    reached = _run("dep_i", "amended", _LITERAL, "2028-08-02", D(2028, 8, 2)).obligation("art4_1")
    assert reached.status is Status.IN_FORCE and reached.applies_from == D(2028, 8, 2)
    # a change between the two routes' cut-offs does not count for the Annex I route
    early = _run("dep_i", "amended", _LITERAL, "2028-08-01", D(2027, 12, 2)).obligation("art4_1")
    assert early.status is Status.UPCOMING and early.applies_from == D(2030, 8, 2)


def test_annex_iii_route_floor_stays_2_december_2027() -> None:
    """Art. 113, third paragraph, point (c)(i) as amended: "2 December 2027 as regards AI
    systems classified as high-risk pursuant to Article 6(2) and Annex III": the Annex III
    route's floor is unchanged by r77 (upcoming the day before, undetermined that day)."""
    _quote_111_2()
    _quote_113_c()
    before = _run("dep_iii", "amended", _LITERAL, "2027-12-01", OPEN).obligation("art4_1")
    assert before.status is Status.UPCOMING and before.timing.earliest == D(2027, 12, 2)
    on = _run("dep_iii", "amended", _LITERAL, "2027-12-02", OPEN).obligation("art4_1")
    assert on.status is Status.UNDETERMINED and on.timing.earliest == D(2027, 12, 2)


@pytest.mark.parametrize("kind", ["dep_i", "dep_iii"])
def test_original_text_one_cut_off_for_both_routes(kind: str) -> None:
    """The original Art. 111(2): "placed on the market or put into service before 2 August
    2026, only if, as from that date": one cut-off for both routes, so the floor of Art. 4
    (A21=literal) is 2 Aug 2026 for the Annex I route too (not its Art. 113 point (c) date, 2
    Aug 2027)."""
    _quote_111_2()
    r = _run(kind, "original", _LITERAL, "2026-07-01", OPEN).obligation("art4")
    assert r.status is Status.UPCOMING and r.timing.earliest == D(2026, 8, 2)


def test_a2_general_date_gives_both_routes_2_august_2026() -> None:
    """A2=general_date reads "the date of application of Chapter III referred to in Article
    113" (Art. 111(2) as amended) as the general date, "It shall apply from 2 August 2026" (Art.
    113, second paragraph), for both routes: the Annex I system's floor is 2 Aug 2026, so on 2
    Dec 2026 undetermined (a change on 1 Oct 2026 counts)."""
    _quote_111_2()
    quote("113", "It shall apply from 2 August 2026.")
    readings = dict(_LITERAL, art111_cutoff="general_date")
    before = _run("dep_i", "amended", readings, "2026-07-01", OPEN).obligation("art4_1")
    assert before.status is Status.UPCOMING and before.timing.earliest == D(2026, 8, 2)
    later = _run("dep_i", "amended", readings, "2026-12-02", OPEN).obligation("art4_1")
    assert later.status is Status.UNDETERMINED
    done = _run("dep_i", "amended", readings, "2026-12-02", D(2026, 10, 1)).obligation("art4_1")
    assert done.status is Status.IN_FORCE


def test_a30_stands_annex_i_product_art80_4_floor_is_the_annex_i_cut_off() -> None:
    """A27=legacy_high_risk with A30=provider_assessment_stands: the finding (Art. 80(2): "finds
    that the AI system concerned is high-risk") classifies nothing, so an Annex I product found
    high-risk counts a change for Art. 80(4) from its own route's cut-off, 2 Aug 2028 (point
    (c)(ii)): upcoming on 1 Aug 2028, every completion being so (a change on 2 Dec 2027 counts
    for no route of this system: 2 Aug 2030)."""
    _quote_111_2()
    _quote_113_c()
    quote("80", "finds that the AI system concerned is high-risk")
    partial = _run("a30", "amended", _STANDS, "2028-08-01", OPEN)
    for name in ("art80_4", "art80_5"):
        r = partial.obligation(name)
        assert r.status is Status.UPCOMING and r.timing.earliest == D(2028, 8, 2), name
    early = _run("a30", "amended", _STANDS, "2028-08-01", D(2027, 12, 2)).obligation("art80_4")
    assert early.status is Status.UPCOMING and early.applies_from == D(2030, 8, 2)
    on = _run("a30", "amended", _STANDS, "2028-08-02", D(2028, 8, 2)).obligation("art80_4")
    assert on.status is Status.IN_FORCE and on.applies_from == D(2028, 8, 2)


@pytest.mark.parametrize(
    ("readings", "annex_i"),
    [({}, True), (_STANDS, OPEN)],
    ids=["a30-default", "a30-stands-annex-i-unknown"],
)
def test_where_the_annex_iii_route_may_hold_the_floor_is_2_december_2027(
    readings: dict[str, str], annex_i: Any
) -> None:
    """Where the Annex III route may hold, the floor keeps point (c)(i)'s 2 Dec 2027: under
    A30=finding_sets_classification the finding makes the system an Annex III system; under
    A30=provider_assessment_stands with the Annex I status unknown, a completion without it
    is reached by ``legacy.significant_change.reclassified`` (Annex III cut-off). In both a
    completion with a change on 2 Dec 2027 is in force on 3 Jan 2028: undetermined is right."""
    _quote_111_2()
    _quote_113_c()
    r = _run("a30", "amended", readings, "2028-01-03", OPEN, annex_i).obligation("art80_4")
    assert r.status is Status.UNDETERMINED and r.timing.earliest == D(2027, 12, 2)
    completion = False if annex_i is OPEN else annex_i
    done = _run("a30", "amended", readings, "2028-01-03", D(2027, 12, 2), completion)
    assert done.obligation("art80_4").status is Status.IN_FORCE


_CHANGES: list[Any] = [
    "none",
    D(2026, 8, 1),
    D(2026, 8, 2),
    D(2027, 12, 1),
    D(2027, 12, 2),
    D(2028, 8, 1),
    D(2028, 8, 2),
    D(2030, 8, 3),
]


@pytest.mark.parametrize(
    ("kind", "law", "readings"),
    [
        ("dep_i", "amended", _LITERAL),
        ("dep_i", "amended", {}),
        ("dep_iii", "amended", _LITERAL),
        ("a30", "amended", _STANDS),
        ("a30", "amended", dict(_LITERAL, **_STANDS)),
        ("a30", "amended", {}),
        ("dep_i", "original", _LITERAL),
    ],
)
def test_partial_results_hold_in_every_completion(
    kind: str, law: str, readings: dict[str, str]
) -> None:
    """Soundness (Art. 111(2): a change counts "only if, as from that date"): with the change
    unknown, a determined status equals every completion's, a known applies_from every applying
    completion's, and timing.earliest is no later than any completion's date."""
    _quote_111_2()
    for day in ("2027-12-01", "2028-01-03", "2028-08-01", "2028-08-02"):
        if kind == "a30" and law == "amended" and day < "2027-12-02":
            continue  # no Art. 80(2) finding before the Annex III date (refused input)
        partial = _run(kind, law, readings, day, OPEN)
        done = [_run(kind, law, readings, day, change) for change in _CHANGES]
        for r in partial.obligation_results:
            rows = [c.obligation(r.id) for c in done]
            if r.status is not Status.UNDETERMINED:
                assert all(c.status is r.status for c in rows), (day, r.id)
            if r.applies is not None:
                assert all(c.applies is r.applies for c in rows), (day, r.id)
            if r.applies_from is not None:
                assert all(c.applies_from == r.applies_from for c in rows if c.applies), r.id
            floor = r.timing.earliest if r.timing else None
            if floor is not None:
                dates = [c.applies_from for c in rows if c.applies and c.applies_from]
                assert all(d >= floor for d in dates), (day, r.id, floor, dates)


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize(
    "readings", [{}, _LITERAL, _STANDS, dict(_LITERAL, art111_cutoff="general_date")]
)
def test_the_frame_equals_the_engine(law: str, readings: dict[str, str]) -> None:
    """``aiact.frame`` reads the floor as the engine does (status and date of every duty):
    both routes, the route unknown, the change unknown or known."""
    cases = [
        (kind, change, annex_i)
        for kind, change, annex_i in itertools.product(
            ("dep_i", "dep_iii", "a30"), (OPEN, D(2027, 12, 2), D(2028, 8, 2)), (True, OPEN)
        )
        if kind == "a30" or annex_i is True
    ]
    built = [_system(kind, change, annex_i) for kind, change, annex_i in cases]
    options = Interpretations(**readings)
    # (no Art. 80(2) finding before 2 Dec 2027 as amended: the input is refused before it)
    for day in (D(2027, 12, 2), D(2028, 1, 3), D(2028, 8, 1), D(2028, 8, 2)):
        frame = systems_frame([s for s, _ in built], [o for _, o in built])
        out = assess_frame(frame, None, day, law, interpretations=options)
        for row, (s, org) in enumerate(built):
            a = aiact.assess(s, org, day, law, interpretations=options)
            for r in a.obligation_results:
                assert out[f"{r.id}.status"].iloc[row] == r.status.value, (day, row, r.id)
                start = out[f"{r.id}.from"].iloc[row]
                assert (None if pd.isna(start) else start.date()) == r.applies_from, (row, r.id)
