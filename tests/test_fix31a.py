"""fix31a (round 31, h/d1fix): rev30c D1, a "comply by" date for Art. 111(3) in the Art. 25(4)
row of the supplier of a general-purpose AI model placed before 2 August 2025 (reading A46,
ADR 0049).

Art. 111(3) (both texts): "Providers of general-purpose AI models that have been placed on the
market before 2 August 2025 shall take the necessary steps in order to comply with the
obligations laid down in this Regulation by 2 August 2027". The library dates the model's own
duties so (``_legacy_model``: the later of the base date and 2 August 2027, deadline 2 August
2027). Since round 31 the supplier's Art. 25(4) row (published text, model_transition) does the
same where the system's date (``from.supplier``: Art. 113, Art. 111(1)-(2)) is known to be no
later than 2 August 2027 (rule ``from.supplier_art111_3.deferred``); where it is later Art.
111(3) moves nothing and gives no deadline before the date from which the duty binds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from test_frame import _same_as_per_case
from test_rev30c import _case, _row
from timecases import COMPANY

import aiact
from aiact.engine.compile import ruleset_for
from aiact.engine.dates import date_plan
from aiact.frame import assess_frame, systems_frame
from aiact.interpretations import Interpretations
from aiact.rules.timing import SUPPLIER_ART111_3, SYSTEM_DATE_RULES
from aiact.timeline.transitional import Status
from aiact.versions import LawVersion

D = dt.date
ART111_3 = D(2027, 8, 2)
LEGACY_SYSTEM = D(2025, 3, 1)
"""Placed before the published Art. 111(2) cut-off (2 August 2026)."""
DEFERRED = f"{SUPPLIER_ART111_3}.deferred"


def _quote_111_3() -> None:
    quote(
        "111",
        "Providers of general-purpose AI models that have been placed on the market before 2 "
        "August 2025 shall take the necessary steps in order to comply with the obligations "
        "laid down in this Regulation by 2 August 2027",
        "both",
    )


def _timing(row: Any) -> tuple[Any, ...]:
    return (row.applies, row.applies_from, row.deadline, row.comply_by, row.timing.grace)


# ------------------------------------------------------------------ the system's date <= 2027


@pytest.mark.parametrize(
    ("kw", "base"),
    [
        ({}, D(2026, 8, 2)),  # Annex III: Art. 113, second paragraph
        ({"route": "i"}, D(2027, 8, 2)),  # Annex I: Art. 113, third paragraph, point (c)
        ({"placed": D(2028, 9, 1)}, D(2026, 8, 2)),  # first placed after 2 August 2027
    ],
    ids=["annex-iii", "annex-i", "placed-2028"],
)
def test_a_system_date_no_later_than_2027_is_a_comply_by_date(
    kw: dict[str, Any], base: dt.date
) -> None:
    """Published text, a system Art. 111(2) does not defer (first placed on or after its cut-off,
    2 August 2026): the agreement's date for the system is its Art. 113 date, 2 August 2026
    ("shall apply from 2 August 2026", Annex III) or 2 August 2027 ("Article 6(1) and the
    corresponding obligations shall apply from 2 August 2027", Annex I), no later than the Art.
    111(3) day. The supplier of a model placed before 2 August 2025 complies "by 2 August 2027":
    value, deadline and comply-by 2 August 2027, grace art111_3, as the same provider's Art.
    53(1)(b) row in a model assessment. Under chapter_v_only the row keeps the system's date
    and no Art. 111(3) deadline."""
    _quote_111_3()
    quote("113", "It shall apply from 2 August 2026")
    quote("113", "Article 6(1) and the corresponding obligations in this Regulation shall apply")
    row = _row(_case("original", "2026-11-01", **kw))
    assert _timing(row) == (True, ART111_3, ART111_3, ART111_3, "art111_3")
    assert row.status is Status.UPCOMING
    assert row.timing.rule == SUPPLIER_ART111_3 and row.timing.case == 2
    other = _row(_case("original", "2026-11-01", art111_3_model_supplier="chapter_v_only", **kw))
    usual = Status.IN_FORCE if base <= D(2026, 11, 1) else Status.UPCOMING
    assert (other.applies_from, other.deadline, other.status) == (base, None, usual)
    # 2031: every date has come; the agreement is in force from 2 August 2027
    late = _row(_case("original", "2031-06-01", **kw))
    assert (late.status, late.applies_from, late.comply_by) == (Status.IN_FORCE, ART111_3, ART111_3)


def test_a_supplier_not_sheltered_keeps_the_comply_by_date() -> None:
    """A45=operators_only: "this Regulation shall apply to operators of high-risk AI systems
    ... only if, as from that date, those systems are subject to significant changes"; a
    third-party supplier that is no operator is not sheltered, so its date is the Art. 113 date
    (2 August 2026) although the system was placed in March 2025 and not changed: Art. 111(3)
    gives the model provider until 2 August 2027, due then."""
    _quote_111_3()
    quote("111", "shall apply to operators of high-risk AI systems")
    row = _row(
        _case(
            "original",
            "2026-11-01",
            placed=LEGACY_SYSTEM,
            art111_2_supplier_shelter="operators_only",
        )
    )
    assert _timing(row) == (True, ART111_3, ART111_3, ART111_3, "art111_3")


@pytest.mark.parametrize("change", [D(2026, 10, 1), ART111_3])
def test_a_legacy_system_changed_by_2027(change: dt.date) -> None:
    """Art. 111(2): a legacy system's operators are bound "only if, as from that date, those
    systems are subject to significant changes in their designs": from the change (on or after
    the cut-off). Changed on 1 October 2026 or on 2 August 2027 itself, the system's date is no
    later than the Art. 111(3) day: the supplier complies by 2 August 2027 (new comparison
    ``dates.changed_by_art111_3_deadline``, "on or before")."""
    _quote_111_3()
    quote("111", "only if, as from that date, those systems are subject to significant changes")
    row = _row(_case("original", "2026-11-01", placed=LEGACY_SYSTEM, change=change))
    assert _timing(row) == (True, ART111_3, ART111_3, ART111_3, "art111_3")


def test_the_route_not_given() -> None:
    """A supplier often describes its supply, not the system it goes into (fix15): with no route
    given, Art. 6 leaves two (2 August 2026 or 2 August 2027, published text), both no later
    than the Art. 111(3) day, so the row is determined, 2 August 2027, due then."""
    _quote_111_3()
    case = _case("original", "2026-11-01", route="none")
    row = _row(case)
    assert _timing(row) == (True, ART111_3, ART111_3, ART111_3, "art111_3")


# ------------------------------------------------------------------ the system's date > 2027


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        # Art. 111(2), second sentence: "by 2 August 2030", its own deadline
        ({"public": True}, (D(2030, 8, 2), D(2030, 8, 2), "art111_2_public_authority")),
        # Art. 111(1): "by 31 December 2030"
        ({"annex_x": True}, (D(2030, 12, 31), D(2030, 12, 31), "art111_1")),
        # changed after 2 August 2027: from the change, no Art. 111(3) deadline before it
        ({"change": D(2027, 10, 1)}, (D(2027, 10, 1), None, "art111_3")),
        ({"change": D(2027, 8, 3)}, (D(2027, 8, 3), None, "art111_3")),
    ],
    ids=["public-authorities", "annex-x", "changed-october-2027", "changed-3-august-2027"],
)
def test_a_later_system_date_keeps_its_own_deadline(
    kw: dict[str, Any], expected: tuple[Any, ...]
) -> None:
    """Where the system's date is after 2 August 2027, Art. 111(3) ("by 2 August 2027") moves
    nothing and must not give a deadline earlier than the date from which the duty binds: a
    legacy system intended for public authorities keeps "by 2 August 2030" (Art. 111(2), second
    sentence), an Annex X component "by 31 December 2030" (Art. 111(1)), a legacy system
    changed after 2 August 2027 binds from the change with no deadline."""
    _quote_111_3()
    quote(
        "111",
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations of this Regulation by 2 August 2030",
        "both",
    )
    quote("111", "shall be brought into compliance with this Regulation by 31 December 2030")
    row = _row(_case("original", "2026-11-01", placed=LEGACY_SYSTEM, **kw))
    assert (row.applies_from, row.deadline, row.timing.grace) == expected
    assert row.deadline is None or row.deadline >= row.applies_from


GRID = [
    {"placed": placed, "change": change, "route": route, "public": public}
    for placed in (LEGACY_SYSTEM, D(2026, 10, 1), D(2028, 9, 1))
    for change in ("none", None, D(2026, 10, 1), ART111_3, D(2027, 10, 1), D(2029, 1, 1))
    if not (isinstance(change, dt.date) and change < placed)
    for route in ("iii", "i", "none")
    for public in (False, True)
]


@pytest.mark.parametrize("readings", [{}, {"art111_2_supplier_shelter": "operators_only"}])
@pytest.mark.parametrize("legacy", [True, None])
def test_no_deadline_is_earlier_than_a_possible_date(
    legacy: bool | None, readings: dict[str, str]
) -> None:
    """The invariant of tests/test_review69_dates.py (no case with a deadline gives a later
    value), on the rows: published text, over placing, change, route and public use, every
    "comply by" date shown is no earlier than any date from which the row may bind; and wherever
    the row binds on 2 August 2027 by Art. 111(3) (the system's date no later) the comply-by
    date is 2 August 2027; excepted: the change unknown (the deadline is then not known). A
    legacy system intended for public authorities with no route given, left open in round 31,
    is included since h/d2fix (rev31b D1)."""
    _quote_111_3()
    seen = 0
    for kw in GRID:
        row = _row(_case("original", "2026-11-01", legacy=legacy, **kw, **readings))
        if row.timing is None:
            continue
        dates = [d for d in (row.applies_from, *row.timing.possible_applies_from) if d]
        if row.deadline is not None:
            assert all(d <= row.deadline for d in dates), (kw, row.timing)
            seen += 1 if legacy else 0
        # Round 31 (h/d2fix, rev31b D1): with no route given, a legacy system intended for
        # public authorities takes case 1 of from.supplier_art111_3 too, so it is no longer
        # excepted here.
        if legacy and row.applies_from == ART111_3 and row.timing.grace == "art111_3":
            assert row.comply_by == ART111_3, (kw, row.timing)
    assert seen > 10 or legacy is None


# ------------------------------------------------------------------ unchanged elsewhere


@pytest.mark.parametrize("route", ["iii", "i"])
def test_amended_text_unchanged(route: str) -> None:
    """Amended Art. 113, third paragraph, point (c): Chapter III applies from "(i) 2 December
    2027" and "(ii) 2 August 2028", after the Art. 111(3) day; the rule of round 31 is of the
    published text only (``versions``), so the amended row keeps the Chapter III date and its
    reason names no Art. 111(3) deadline."""
    quote("113", "2 December 2027 as regards AI systems classified as high-risk", "amended")
    assert all(c.versions == {LawVersion.ORIGINAL} for c in _deferred().cases)
    row = _row(_case("amended", "2028-10-01", placed=D(2028, 9, 1), route=route))
    base = D(2027, 12, 2) if route == "iii" else D(2028, 8, 2)
    assert (row.applies_from, row.deadline, row.status) == (base, None, Status.IN_FORCE)
    assert row.timing.grace != "art111_3"
    plan = date_plan(ruleset_for("system", LawVersion.AMENDED))
    assert not plan.rules.get(DEFERRED)


def test_unknown_model_placing_still_undetermined() -> None:
    """The model's placing unknown (published text, a new Annex III system): undetermined
    between the system's date and 2 August 2027 (as before); the two possible cases disagree on
    the deadline, so none is shown."""
    _quote_111_3()
    row = _row(_case("original", "2026-11-01", legacy=None))
    assert row.status is Status.UNDETERMINED
    assert set(row.timing.possible_applies_from) == {D(2026, 8, 2), ART111_3}
    assert row.deadline is None


def _deferred() -> Any:
    return next(rule for rule in SYSTEM_DATE_RULES if rule.name == DEFERRED)


def test_the_deadline_cases_are_later_of_base_and_deadline() -> None:
    """Each case of the split with a deadline has the form the other transitional cases have
    (tests/test_review51.py: value later(base, deadline)) and reads only dates no later than 2
    August 2027 in the published text (tests/test_review69_dates.py), so its deadline is on
    its face no earlier than its value; the last case, the later of from.supplier and 2 August
    2027, has no deadline."""
    *with_deadline, rest = _deferred().cases
    for case in with_deadline:
        assert str(case.value) == "later(from.supplier_base, date(gpai_legacy_deadline))"
        assert str(case.deadline) == "date(gpai_legacy_deadline)"
        assert (case.grace, case.source, case.interpretations) == (
            "art111_3",
            "Art. 111(3)",
            ("A46",),
        )
    assert rest.when == "true" and rest.deadline is None
    assert str(rest.value) == "later(from.supplier, date(gpai_legacy_deadline))"


# ------------------------------------------------------------------ Dutch


def test_dutch_reason_and_labels() -> None:
    """Art. 111(3) NL: "ondernemen de nodige stappen om uiterlijk op 2 augustus 2027 aan de
    verplichtingen van deze verordening te voldoen": the Dutch labels of the split say
    "uiterlijk op 2 augustus 2027" as the model's own label does ("de aanbieder voldoet
    uiterlijk op 2 augustus 2027"), name the reading in words (no "A46=..."), and the Dutch
    reason of the row ends with the comply-by sentence."""
    quote_nl("ondernemen de nodige stappen om uiterlijk op 2 augustus 2027 aan de")
    with_deadline = [c for c in _deferred().cases if c.deadline is not None]
    for case in with_deadline:
        assert "voldoet uiterlijk op 2 augustus 2027" in case.label_nl, case.label_nl
        assert "A46=" not in case.label_nl and "A46=" not in case.label_en
    assert "A46=" not in _deferred().title_nl
    a = _case("original", "2026-11-01").assess()
    row = next(
        r for r in a.to_dict("nl")["obligations"] if r["id"] in ("art25_4", "art25_4_original")
    )
    reason = row["timing_reason"]
    assert "de derde partij voldoet uiterlijk op 2 augustus 2027" in reason
    assert "Uiterlijk voldoen op 2027-08-02 (artikel 111, lid 3)." in reason
    english = next(r for r in a.to_dict("en")["obligations"] if r["id"] == row["id"])
    assert "Comply by 2027-08-02 (Art. 111(3))." in english["timing_reason"]


# ------------------------------------------------------------------ the engines agree


@pytest.mark.parametrize("day", [D(2026, 11, 1), D(2027, 9, 1)])
def test_the_frame_agrees(day: dt.date) -> None:
    """``aiact.frame`` (column-wise) equals ``aiact.assess`` on the suppliers of this fix (the
    new comparison ``dates.changed_by_art111_3_deadline`` included): every obligation's
    status and date."""
    systems = [
        aiact.AISystem.model_validate(
            _case(
                "original", day.isoformat(), placed=LEGACY_SYSTEM, change=change
            ).system.model_dump(mode="json")
        )
        for change in (D(2026, 10, 1), ART111_3, D(2027, 10, 1), None)
    ]
    systems.append(_case("original", day.isoformat()).system)
    # h/d2fix (rev31b D1): no route given, a legacy system intended for public authorities
    systems += [
        _case(
            "original",
            day.isoformat(),
            placed=LEGACY_SYSTEM,
            change=change,
            route="none",
            public=True,
        ).system
        for change in ("none", D(2026, 10, 1), D(2027, 10, 1), D(2031, 1, 1), None)
    ]
    frame = systems_frame(systems)
    out = assess_frame(frame, COMPANY, day, LawVersion.ORIGINAL)
    _same_as_per_case(
        out.reset_index(drop=True),
        systems,
        [COMPANY] * len(systems),
        day,
        LawVersion.ORIGINAL,
        Interpretations(),
    )


# ------------------------------------------- d2fix: no route, a legacy public-authority system

BY_2030 = D(2030, 8, 2)
PUBLIC = f"{SUPPLIER_ART111_3}.public_authorities"


def _quote_111_2_second_sentence() -> None:
    quote(
        "111",
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations of this Regulation by 2 August 2030",
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("none", (BY_2030, BY_2030, BY_2030, "art111_2_public_authority")),
        (D(2026, 10, 1), (ART111_3, BY_2030, ART111_3, "art111_3")),
        (D(2027, 10, 1), (D(2027, 10, 1), BY_2030, D(2027, 10, 1), "art111_3")),
    ],
    ids=["unchanged", "changed-2026-10", "changed-2027-10"],
)
def test_no_route_public_authority_legacy_system_keeps_2030(
    change: dt.date | str, expected: tuple[Any, ...]
) -> None:
    """rev31b D1 (round 31, h/d2fix). Art. 111(2), second sentence: "In any case, the providers
    and deployers of high-risk AI systems intended to be used by public authorities shall take
    the necessary steps to comply with the requirements and obligations of this Regulation by 2
    August 2030"; Art. 111(3): "by 2 August 2027", which gives time and takes no deadline away.
    Published text, a system first placed on 1 March 2025 (before the cut-off, 2 August 2026, of
    either route) intended for public authorities, the route not given: each supposed route
    (Annex III, Annex I) gives the deadline 2 August 2030, and the row now takes the
    public-authority case (case 1 of from.supplier_art111_3) as with a route given. Unchanged:
    2 August 2030 (the later of the system's date, 2 August 2026 or 2027, and 2 August 2030);
    changed on 1 October 2026 ("as from that date", after the cut-off): the later of the
    change, the Art. 113 date and 2 August 2027, comply by then; changed on 1 October 2027:
    from the change, comply by then; the deadline 2 August 2030 in all three."""
    _quote_111_3()
    _quote_111_2_second_sentence()
    quote("111", "only if, as from that date, those systems are subject to significant changes")
    row = _row(
        _case(
            "original", "2026-11-01", placed=LEGACY_SYSTEM, change=change, route="none", public=True
        )
    )
    assert (row.applies_from, row.deadline, row.comply_by, row.timing.grace) == expected
    assert (row.timing.rule, row.timing.case) == (SUPPLIER_ART111_3, 1)
    for route in ("iii", "i"):
        given = _row(
            _case(
                "original",
                "2026-11-01",
                placed=LEGACY_SYSTEM,
                change=change,
                route=route,
                public=True,
            )
        )
        assert (given.applies_from, given.deadline, given.comply_by) == expected[:3]


def test_no_route_placed_after_the_published_cut_off() -> None:
    """The "mixed" placing (1 January 2027: after the Annex III cut-off, before the Annex I one)
    exists only in the amended text, where the route's cut-off is read (A2) and the Art. 111(3)
    cases do not apply. In the published text Art. 111(2) has one cut-off for both routes
    ("placed on the market or put into service before 2 August 2026"), so a system first placed
    on 1 January 2027 is a legacy system under neither supposed route, even if intended for
    public authorities: its date is the Art. 113 date (2 August 2026, Annex III; 2 August 2027,
    Annex I), no later than the Art. 111(3) day, and Art. 111(3) gives 2 August 2027 as date,
    deadline and comply-by (case 0 of the deferred rule). Sound: every route's value is 2 August
    2027, and the deadline is no earlier; the route given gives the same. The public-authority
    case is not read (it needs a placing before the cut-off)."""
    _quote_111_3()
    quote("111", "that have been placed on the market or put into service before 2 August 2026")
    for route in ("none", "iii", "i"):
        row = _row(_case("original", "2026-11-01", placed=D(2027, 1, 1), route=route, public=True))
        assert (row.applies_from, row.deadline, row.comply_by) == (ART111_3, ART111_3, ART111_3)
        assert (row.timing.rule, row.timing.case, row.timing.grace) == (
            SUPPLIER_ART111_3,
            2,
            "art111_3",
        )


@pytest.mark.parametrize(
    ("placed", "change"),
    [
        (placed, change)
        for placed in (LEGACY_SYSTEM, D(2027, 1, 1), D(2028, 1, 1))
        for change in ("none", D(2026, 10, 1), D(2027, 10, 1))
        if not (isinstance(change, dt.date) and change < placed)
    ],
)
def test_no_route_public_authority_amended_and_chapter_v_only_unchanged(
    placed: dt.date, change: dt.date | str
) -> None:
    """The fix reads the published text under model_transition only (case 1 of
    from.supplier_art111_3 has versions ONLY_ORIGINAL and reads legacy.supplied_model_deferred,
    which needs A46=model_transition). Amended text: Art. 111(3) moves no date there (amended
    Art. 113, third paragraph, point (c): "(i) 2 December 2027", "(ii) 2 August 2028", after 2
    August 2027), so the row under model_transition equals the row under chapter_v_only, for
    every placing (1 January 2028 is between the amended routes' cut-offs); chapter_v_only in the
    published text keeps the system's own dates (pinned as before the fix: unchanged, 2 August
    2030; changed 1 October 2026, undetermined between the change and 2 August 2027 by route,
    comply by 2 August 2027 at the latest; changed 1 October 2027, from the change), all with
    the deadline 2 August 2030, none from Art. 111(3)."""
    quote("113", "2 December 2027 as regards AI systems classified as high-risk", "amended")
    _quote_111_2_second_sentence()
    kw: dict[str, Any] = {"placed": placed, "change": change, "route": "none", "public": True}
    for day in ("2026-11-01", "2029-01-01"):
        amended = _row(_case("amended", day, **kw))
        v_only = _row(_case("amended", day, art111_3_model_supplier="chapter_v_only", **kw))
        assert (amended.applies_from, amended.deadline, amended.comply_by) == (
            v_only.applies_from,
            v_only.deadline,
            v_only.comply_by,
        )
        assert amended.timing.grace != "art111_3"
    if placed != LEGACY_SYSTEM:
        return
    published = _row(
        _case("original", "2026-11-01", art111_3_model_supplier="chapter_v_only", **kw)
    )
    expected = {
        "none": (BY_2030, BY_2030, BY_2030, ()),
        D(2026, 10, 1): (None, BY_2030, ART111_3, (D(2026, 10, 1), ART111_3)),
        D(2027, 10, 1): (D(2027, 10, 1), BY_2030, D(2027, 10, 1), ()),
    }[change]
    assert (
        published.applies_from,
        published.deadline,
        published.comply_by,
        tuple(published.timing.possible_applies_from),
    ) == expected
    assert published.timing.grace != "art111_3"
    assert (published.timing.rule, published.timing.case) == (SUPPLIER_ART111_3, 3)


def test_the_public_authority_rule_reads_a_change_without_the_route() -> None:
    """Art. 111(2): a legacy system is bound "only if, as from that date, those systems are
    subject to significant changes"; second sentence: "by 2 August 2030". The public-authority
    rule keeps its case 0 (the route given: legacy.case.changed_for_public_authorities) and its
    last case (by 2 August 2030); between them, a change on or after the cut-off (one comparison,
    the published text's one cut-off) defers to a nested rule whose first case reads the change
    on or before 2 August 2030, so that every case whose value reads the change is guarded by a
    cut-off (tests/test_review78.py Q1) and bounded by its deadline
    (tests/test_review69_dates.py); all of the published text only."""
    rules = {r.name: r for r in SYSTEM_DATE_RULES}
    first, changed, rest = rules[PUBLIC].cases
    assert first.when == "legacy.case.changed_for_public_authorities"
    assert changed.when == "dates.changed_after_art111_2_cutoff_annex_iii" and changed.inherit
    assert changed.versions == {LawVersion.ORIGINAL}
    assert rest.when == "true"
    within, late = rules[f"{PUBLIC}.changed"].cases
    assert within.when == "dates.changed_by_public_authority_deadline"
    assert str(within.value) == str(first.value)
    assert (str(late.value), late.grace) == (str(rest.value), rest.grace)
    for case in (first, within, rest, late):
        assert str(case.deadline) == "date(public_authority_deadline)"
