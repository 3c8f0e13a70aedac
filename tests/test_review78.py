"""review78 (round 23): second reading of the lead's commit c4c369a (the floor of an unknown
significant change: ``date_facts.COUNTED_FROM_CUTOFF`` / ``earliest_counted``, read by
``DateEvaluation._floor``, the shared results' key and ``aiact.frame``).

Law: Art. 111(2) of 2024/1689 ("only if, as from that date, those systems are subject to
significant changes in their designs"), as replaced by 2026/1744 Art. 1 point (39) ("before the
date of application of Chapter III referred to in Article 113, only if, as from that date"), the
Dutch Art. 111(2) ("indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp
ondergaan"), Art. 113 third paragraph point (c) as amended (2 Dec 2027 Annex III, 2 Aug 2028
Annex I), Art. 4, Art. 80(2).

Findings (no defect of c4c369a):

* Q1, soundness: every date-rule case whose value reads ``InputDate("significant_change")``
  holds only where a comparison ``dates.changed_after_art111_2_cutoff_<route>`` is true: the
  cases of ``_transitional`` read ``legacy.significant_change`` or
  ``legacy.case.changed_for_public_authorities`` (each rule concluding the former has such a
  comparison as a conjunct; the latter has the former as a conjunct), those of
  ``_supposed_route`` the route's comparison, or ``dates.changed_by_public_authority_deadline``
  in the rule ``<name>.art111_2.public_authorities.changed``, which only a case guarded by the
  route's comparison reads (and whose base, the supposed route's Art. 113 date, is never before
  the floor anyway). Static check below, both texts. Probe (scratch, reduced copy below): 7
  kinds (Annex III and Annex I provider, public deployer, supplier with no route and with
  Annex I unknown, reclassified under Art. 80(2), the same also an Annex I product under
  A30=provider_assessment_stands) x both texts x 9 readings ({}, A2 general_date, A3
  actual_use, A21 literal alone and with A2 / A3 / A27 / A30, A27 placed_as_not_high_risk) x
  up to 3 days (1 Jul 2026, 2 Dec 2026, 3 Jan 2028) x the change unknown alone or with the
  placing, public use, actual use, role, route (Annex III / Annex I / none) or Annex I;
  completions over the change none, 1 Jun 2025 and each side of 2 Aug 2026, 2 Dec 2027,
  2 Aug 2028, 2 Aug 2030: 540 partial assessments, 14,574 completions, 24,432 floored
  date-rule results: no completion value below a floor, no partial "upcoming" that a completion
  has in force. 489 floors are below every completion's value (with "unknown" possible): all
  Annex I as amended (route i, or Annex I unknown), review77 D1's route-blind case.
* Q2: ``assess_frame`` equals ``aiact.assess`` on a population with the change unknown under
  A21=literal with A2 both ways, both texts, days each side of the cut-offs (test below); in a
  scratch probe also on the kinds ``a30``, ``sup_i``, Annex I and Annex III of this file under
  {}, A21, A21+A30, A21+A2, A21+A27, on 6 days: 1,260 rows, equal.
* Q3: a route-aware floor (only the routes whose ``hr.route_*`` is not false) would be unsound,
  by two rules: (a) ``legacy.significant_change.reclassified`` (A27) reads the Annex III
  cut-off of a system found high-risk under Art. 80(2) whatever its route: under
  A30=provider_assessment_stands a system listed in Annex III, derogated and found high-risk,
  that is also an Annex I product, has ``hr.route_annex_iii`` false and ``hr.route_annex_i``
  true, yet a change on 2 Dec 2027 brings Art. 4(1) (A21=literal) in from that day: a floor of
  2 Aug 2028 says "upcoming" on 3 Jan 2028 where that completion is in force (probe below,
  with the route-aware floor patched in); (b) the supposed-route rules
  (``from.supplier.annex_iii.*``, ``from.initial_provider.annex_iii.*``, built by
  ``_supposed_route``) read the Annex III cut-off where the facts' Annex III route is false and
  Annex I unknown (a supplier), so their floors would be above a completion's value. A sound
  route-aware floor would have to read the premises of the three ``legacy.significant_change``
  rules (the reclassified one included) and not apply to the supposed-route rules' change
  (their base is never before their route's cut-off, so they need no floor from the change);
  or give each case its floor (review77's ``Later(change, Later(base, cut-off))``).

  legal24 (round 24): (a)'s premise changed. Under A30=provider_assessment_stands the finding
  classifies nothing, so the reclassified rules (A27) now conclude names of their own
  (``legacy.*.reclassified``, ``aiact.rules.timing.RECLASSIFIED_LEGACY``), read only by the date
  rule of Art. 80(4)-(5): the change on 2 Dec 2027 no longer brings Art. 4(1) in for that
  Annex I system (its Annex I route counts a change from 2 Aug 2028), but it still brings
  Art. 80(4) in from that day, so (a) holds with art80_4 in place of art4_1 (tests below).
* Q4: the reason's "none before <floor>" / "geen vóór <floor>" is true in every probe, and
  exact where a completion reaches the floor (the Annex I case under A30, 2 Dec 2027); for a
  plain Annex I system as amended it is true but not the best bound (2 Aug 2028; review77 D1's
  Annex I case, still a strict xfail there).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from lawquote import quote, quote_nl
from test_frame import _same_as_per_case
from test_review71 import _BASE, OPEN, _case
from timecases import ANNEX_I_MEDICAL, COMPANY, PUBLIC_BODY

import aiact
from aiact.date_facts import COUNTED_FROM_CUTOFF, comparison, earliest_counted, target_of
from aiact.daterules import NEVER
from aiact.engine.dates import date_plan
from aiact.frame import assess_frame, systems_frame
from aiact.interpretations import Interpretations
from aiact.logic import Truth
from aiact.rules.timing import HIGH_RISK_LEGACY, RECLASSIFIED_LEGACY, SYSTEM_LEGACY
from aiact.timeline.transitional import Status
from aiact.versions import LawVersion

D = dt.date
_LITERAL = {"legacy_general_duties": "literal"}  # A21
_A30_STANDS = {"art80_finding": "provider_assessment_stands"}
_CHANGED_AFTER = frozenset(COUNTED_FROM_CUTOFF["significant_change"])
# legal24: the names of the Art. 111(2) cases the date rules read (the system's own, and those
# of a system found high-risk under Art. 80(2), read only by the date rule of Art. 80(4)-(5);
# review84 D2: those without the "is high-risk" conjunct, read by the date rules of Arts. 60-61
# and 82(2)).
_LEGACY = (SYSTEM_LEGACY, RECLASSIFIED_LEGACY, HIGH_RISK_LEGACY)
_GUARDS = _CHANGED_AFTER | {
    name for names in _LEGACY for name in (names.changed, names.changed_for_public_authorities)
}
_CUT_OFFS = (D(2026, 8, 2), D(2027, 12, 2), D(2028, 8, 2), D(2030, 8, 2))
_CHANGES: list[Any] = [
    "none",
    *(day + dt.timedelta(days=k) for day in _CUT_OFFS for k in (-1, 0, 1)),
]


def _quote_111_2() -> None:
    quote("111", "only if, as from that date, those systems are subject to significant changes")
    quote(
        "111",
        "placed on the market or put into service before the date of application of Chapter III "
        "referred to in Article 113, only if, as from that date",
        "amended",
    )
    quote_nl(
        "indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp ondergaan"
    )


def _system(kind: str, state: Mapping[str, Any]) -> dict[str, Any]:
    """``iii`` / ``i``: the provider of a legacy Annex III / Annex I system (public use by
    default); ``a30``: a system listed in Annex III (point 4(a)), derogated under Art. 6(3) and
    found high-risk by the authority (Art. 80(2)), that is also an Annex I product (``annex_i``
    OPEN: unknown); ``sup_i``: a supplier of components for a high-risk system, Annex III not
    listed, Annex I as ``annex_i`` (OPEN: unknown)."""
    full = dict(_BASE, **state)
    if kind == "i":
        full["route"] = "i"
    if kind == "a30":
        full["route"] = "iii"
    s = _case({"a30": "reclass", "sup_i": "supplier"}.get(kind, "iii_provider"), full)
    if kind in ("a30", "sup_i"):
        annex_i = full.get("annex_i", True if kind == "a30" else OPEN)
        if annex_i is OPEN:
            s["annex_i"] = dict.fromkeys(ANNEX_I_MEDICAL)
        elif annex_i:
            s["annex_i"] = dict(ANNEX_I_MEDICAL)
    return s


def _run(kind: str, law: str, readings: Mapping[str, str], day: str, state: Any) -> Any:
    try:
        return aiact.assess(
            _system(kind, state), COMPANY, day, law, interpretations=Interpretations(**readings)
        )
    except ValueError:  # not a valid completion (a change before the placing)
        return None


# --------------------------------------------------------------------------- Q1: soundness


def _conjuncts(when: str) -> list[str]:
    assert " or " not in when and "(" not in when, when
    return when.split(" and ")


@pytest.mark.parametrize("law", ["original", "amended"])
def test_q1_every_case_that_reads_the_change_is_guarded_by_a_cut_off(law: str) -> None:
    """Art. 111(2): a change counts only "as from that date". Every date-rule case whose value
    reads the significant change holds only where a comparison with an Art. 111(2) cut-off
    (``dates.changed_after_art111_2_cutoff_<route>``) is true: directly, through
    ``legacy.significant_change`` (each of its rules has such a comparison as a conjunct) and
    ``legacy.case.changed_for_public_authorities`` (which has that predicate as a conjunct), or
    in a rule that only such guarded cases read. So the least target of those comparisons is a
    floor of the change wherever a value reads it (c4c369a)."""
    _quote_111_2()
    a = _run("iii", law, {}, "2026-12-02", {})
    ruleset = a.dates.evaluation.ruleset
    for names in _LEGACY:  # legal24: the reclassified names too
        assert ruleset.rules_for(names.changed), names
        for rule in ruleset.rules_for(names.changed):
            # a comparison with a cut-off, or (legacy26's ".route" rule of the change without
            # the "is high-risk" conjunct) the system's own change, whose rules are checked here
            guards = _CHANGED_AFTER | {SYSTEM_LEGACY.changed}
            assert guards & set(_conjuncts(rule.when)), rule.id
            assert not any(f"not {c}" in rule.when for c in _CHANGED_AFTER), rule.id
        for rule in ruleset.rules_for(names.changed_for_public_authorities):
            assert names.changed in _conjuncts(rule.when), rule.id
    plan = date_plan(ruleset)
    readers: dict[str, list[Any]] = {}
    for cases in plan.rules.values():
        for case in cases:
            for ref in case.refs:
                readers.setdefault(ref, []).append(case)
    direct = nested = 0
    for name, cases in plan.rules.items():
        for case in cases:
            if "significant_change" not in case.input_names:
                continue
            if case.reads in _GUARDS:
                direct += 1
                continue
            assert case.reads == "dates.changed_by_public_authority_deadline", (name, case.reads)
            assert readers[name], name
            assert all(r.reads in _CHANGED_AFTER for r in readers[name]), name
            nested += 1
    assert direct > 10 and nested > 0, (direct, nested)


_PROBE: list[tuple[str, tuple[str, ...], tuple[dict[str, str], ...]]] = [
    ("iii", (), ({}, _LITERAL, dict(_LITERAL, art111_cutoff="general_date"))),
    ("i", (), ({}, _LITERAL)),
    ("a30", (), (_LITERAL, dict(_LITERAL, **_A30_STANDS))),
    ("sup_i", ("annex_i",), ({}, _LITERAL)),
]
_OTHER: dict[str, list[Any]] = {"annex_i": [True, False]}


def _floored(partial: Any) -> Iterator[tuple[str, dt.date]]:
    for name in partial.dates.plan.rules:
        result = partial.dates.result(name)
        if result.floor is not None and NEVER not in result.values:
            yield name, result.floor


@pytest.mark.parametrize("law", ["original", "amended"])
def test_q1_the_floor_holds_for_every_change_around_the_cut_offs(law: str) -> None:
    """Reduced copy of the Q1 probe: with the change unknown (and Annex I for the supplier),
    every date rule's floor is no later than any completion's value, for changes on each side of
    2 Aug 2026, 2 Dec 2027, 2 Aug 2028 and 2 Aug 2030, including the Annex I system that
    Art. 80(2) made a legacy Annex III system under A27 (Annex III cut-off) with
    A30=provider_assessment_stands; and a partial "upcoming" is never in force in a completion.
    """
    _quote_111_2()
    days = ("2026-05-01", "2026-12-02") if law == "original" else ("2026-12-02", "2028-01-03")
    floored = 0
    for (kind, more, readings_list), readings, day in itertools.product(
        _PROBE, [r for _, _, rs in _PROBE for r in rs], days
    ):
        if readings not in readings_list:
            continue
        pattern = ("change", *more)
        partial = _run(kind, law, readings, day, dict.fromkeys(pattern, OPEN))
        if partial is None:
            continue  # an Art. 80(2) finding before its article applies
        completions = [
            found
            for combo in itertools.product(_CHANGES, *(_OTHER[m] for m in more))
            if (found := _run(kind, law, readings, day, dict(zip(pattern, combo, strict=True))))
            is not None
        ]
        assert completions
        for name, floor in _floored(partial):
            floored += 1
            for other in completions:
                for value in other.dates.result(name).values:
                    assert value is NEVER or not isinstance(value, dt.date) or value >= floor, (
                        kind,
                        readings,
                        day,
                        name,
                        value,
                        floor,
                    )
        for result in partial.obligation_results:
            if result.status is Status.UPCOMING:
                for other in completions:
                    done = other.obligation(result.id)
                    assert not (done.applies is True and done.status is Status.IN_FORCE), (
                        kind,
                        readings,
                        day,
                        result.id,
                    )
    assert floored > 100


# --------------------------------------------------------------------------- Q2: the frame


@pytest.mark.parametrize(
    ("law", "day"),
    [
        ("original", "2026-05-01"),
        ("original", "2026-08-02"),
        ("amended", "2026-12-02"),
        ("amended", "2027-12-01"),
        ("amended", "2028-01-03"),
    ],
)
@pytest.mark.parametrize("a2", ["route_date", "general_date"])
def test_q2_the_frame_reads_the_floor_of_the_change_as_the_engine(
    law: str, day: str, a2: str
) -> None:
    """``assess_frame`` equals ``aiact.assess`` (tier, every obligation's status and date,
    exposure, open questions) under A21=literal with A2 both ways, on legacy systems with the
    change unknown, none or on the Annex III cut-off, public use unknown or given; before the
    cut-off Art. 4 is upcoming in both (c4c369a)."""
    _quote_111_2()
    readings = Interpretations(legacy_general_duties="literal", art111_cutoff=a2)
    systems, organisations = [], []
    for kind, change, public in itertools.product(
        ("iii_provider", "iii_deployer", "supplier", "annex_i"),
        (OPEN, "none", D(2027, 12, 2)),
        (OPEN, True),
    ):
        state = dict(_BASE, change=change, public=public)
        if kind == "annex_i":
            kind, state["route"] = "iii_provider", "i"
        systems.append(aiact.AISystem.model_validate(_case(kind, state)))
        organisations.append(PUBLIC_BODY if kind == "iii_deployer" else COMPANY)
    as_of = D.fromisoformat(day)
    out = assess_frame(
        systems_frame(systems, organisations), None, as_of, law, interpretations=readings
    )
    _same_as_per_case(out, systems, organisations, as_of, LawVersion.parse(law), readings)
    if (law, day, a2) in (
        ("original", "2026-05-01", "route_date"),
        ("amended", "2026-12-02", "route_date"),
    ):
        art4 = "art4" if law == "original" else "art4_1"
        assert "upcoming" in set(out[f"{art4}.status"])


# ------------------------------------------------------- Q3: a route-aware floor breaks


def _route_aware(input_name: str, law: LawVersion, switches: Mapping[str, Truth]) -> dt.date | None:
    """The floor Q3 asks about: the least cut-off of the routes whose ``hr.route_*`` is not
    false (not c4c369a's; for the probe only)."""
    if input_name not in COUNTED_FROM_CUTOFF:
        return None
    days = [
        day
        for atom in COUNTED_FROM_CUTOFF[input_name]
        if switches.get("hr.route_" + atom.rsplit("cutoff_", 1)[1]) is not False
        and (day := target_of(comparison(atom), law, switches)[1]) is not None
    ]
    return min(days, default=None)


def test_q3_a_reclassified_annex_i_system_counts_a_change_from_the_annex_iii_cut_off() -> None:
    """Art. 111(2) as amended with Art. 113 point (c)(i) and Art. 80(2), under A27 (default:
    a system found high-risk is a legacy Annex III system), A30=provider_assessment_stands and
    A21=literal: a system listed in Annex III, derogated and found high-risk, that is also an
    Annex I product, has the Annex I route only (``hr.route_annex_iii`` false), but
    ``legacy.significant_change.reclassified`` counts a change from the Annex III cut-off
    (2 Dec 2027): Art. 4(1) is in force on 3 Jan 2028 after a change on 2 Dec 2027. So the floor
    of the unknown change must not be the Annex I cut-off (2 Aug 2028): c4c369a's floor is
    2 Dec 2027, exact here, and the status undetermined.

    legal24 (round 24): the reclassified change now dates Art. 80(4)-(5) alone (A27's subject;
    under A30=provider_assessment_stands "only the Art. 80(4)-(5) duties follow from" the
    finding). Art. 4(1) follows the Annex I route: the change on 2 Dec 2027 is before its
    cut-off, so Art. 4(1) is due by 2 Aug 2030 (second sentence, public use) and upcoming on
    3 Jan 2028. Art. 80(4) is the duty a change on 2 Dec 2027 brings in from that day: its floor
    stays 2 Dec 2027, exact, and its status undetermined.

    review80 D1 (round 24): under A30=provider_assessment_stands Art. 80(4)-(5) of an Annex I
    product take the Annex I route's shelter too ("this Regulation", Art. 111(2)): a change on
    2 Dec 2027 brings no duty in, Art. 80(4) is due by 2 Aug 2030 as Art. 4(1). So Q3(a) no
    longer holds: no rule counts a change of this system from the Annex III cut-off, and both
    duties' floor (2 Dec 2027, route-blind) is now below every completion (review77 D1's
    Annex I case; the supposed-route rules of Q3(b) still need the route-blind floor).

    r77 (round 27): the floor of the change is now read case by case from the rules its
    condition holds by (``DateEvaluation._input_floor``): ``legacy.significant_change.
    reclassified`` has "not hr.route_annex_i", false here, so only the Annex I rule can hold
    and Art. 80(4)'s floor is the Annex I cut-off, 2 Aug 2028: upcoming on 3 Jan 2028, as every
    completion (the change on 2 Dec 2027 gives 2 Aug 2030)."""
    _quote_111_2()
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "amended",
    )
    quote("80", "finds that the AI system concerned is high-risk")
    readings = dict(_LITERAL, **_A30_STANDS)
    partial = _run("a30", "amended", readings, "2028-01-03", {"change": OPEN})
    values = partial.dates.evaluation.values
    assert values["hr.route_annex_iii"] is False and values["hr.route_annex_i"] is True
    changed = _run("a30", "amended", readings, "2028-01-03", {"change": D(2027, 12, 2)})
    for name in ("art4_1", "art80_4"):
        done = changed.obligation(name)
        assert done.applies is True and done.status is Status.UPCOMING, name
        assert done.applies_from == D(2030, 8, 2), name
    result = partial.obligation("art80_4")
    assert result.status is Status.UPCOMING  # r77 (round 27); undetermined before
    assert result.timing.earliest == D(2028, 8, 2)
    assert "unknown; none before 2028-08-02." in result.timing.reason("en")
    assert "onbekend; geen vóór 2028-08-02." in result.timing.reason("nl")


def test_q3_the_route_aware_floor_would_say_upcoming_where_a_completion_is_in_force(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The probe of Q3 with the route-aware floor patched into the engine: the reclassified
    Annex I system above becomes "upcoming" (earliest 2 Aug 2028) on 3 Jan 2028, which the
    completion with a change on 2 Dec 2027 contradicts (in force); and for a supplier (Annex III
    not listed, Annex I unknown, ``hr.route_annex_iii`` false) the supposed Annex III route's
    rule ``from.supplier.annex_iii.art111_2.public_authorities`` gets a floor (2 Aug 2028)
    above the value 2 Dec 2027 of a completion (no Annex I, change on 2 Dec 2027).

    legal24 (round 24): the duty of the reclassified system read is Art. 80(4) (art80_4), no
    longer Art. 4(1): the reclassified change dates Art. 80(4)-(5) alone. review80 D1 (round
    24): Art. 80(4) of this Annex I product counts the change from the Annex I cut-off too, so
    the completion with a change on 2 Dec 2027 is upcoming (2 Aug 2030) and agrees with the
    patched floor; the supplier's supposed Annex III route (Q3(b)) still contradicts it.

    r77 (round 27): the engine's own floor is now route-aware where it is sound, from the
    rules a case's condition holds by: the reclassified Annex I system is upcoming unpatched
    too, and the supposed Annex III route keeps its own cut-off (2 Dec 2027), which its case
    reads directly (``dates.changed_after_art111_2_cutoff_annex_iii``)."""
    _quote_111_2()
    readings = dict(_LITERAL, **_A30_STANDS)
    # fix30a: from.supplier, which the group's rule (from.supplier_art111_3) reads
    name = "from.supplier.annex_iii.art111_2.public_authorities"
    plans: list[Any] = []
    try:
        monkeypatch.setattr("aiact.date_facts.earliest_counted", _route_aware)  # via counted_floors
        patched = _run("a30", "amended", readings, "2028-01-03", {"change": OPEN})
        supplier = _run("sup_i", "amended", {}, "2028-01-03", {"change": OPEN})
        plans += [patched.dates.plan, supplier.dates.plan]
        # Read under the patch (an assessment evaluates its dates when asked).
        status = patched.obligation("art80_4").status
        earliest = patched.obligation("art80_4").timing.earliest
        route_iii = supplier.dates.evaluation.values["hr.route_annex_iii"]
        supplier_floor = supplier.dates.result(name).floor
    finally:
        monkeypatch.undo()
        for plan in plans:
            plan.shared.clear()  # no result computed under the patched floor stays shared
    assert status is Status.UPCOMING and earliest == D(2028, 8, 2)
    changed = _run("a30", "amended", readings, "2028-01-03", {"change": D(2027, 12, 2)})
    assert changed.obligation("art80_4").status is Status.UPCOMING  # review80 D1
    assert route_iii is False and supplier_floor == D(2028, 8, 2)
    done = _run("sup_i", "amended", {}, "2028-01-03", {"change": D(2027, 12, 2), "annex_i": False})
    assert D(2027, 12, 2) in done.dates.result(name).values
    # c4c369a's floor: 2 Dec 2027 for both.
    plain = _run("sup_i", "amended", {}, "2028-01-03", {"change": OPEN})
    assert plain.dates.result(name).floor == D(2027, 12, 2)
    again = _run("a30", "amended", readings, "2028-01-03", {"change": OPEN})
    assert again.obligation("art80_4").status is Status.UPCOMING  # r77; undetermined before


def test_q3_c4c369a_floor_is_the_least_cut_off_of_both_routes() -> None:
    """``earliest_counted``: the least Art. 111(2) cut-off of both routes under the law and A2:
    2 Aug 2026 published; 2 Dec 2027 amended by route (Art. 113 point (c)(i)); 2 Aug 2026
    amended under A2=general_date."""
    _quote_111_2()
    cases = [
        (LawVersion.parse("original"), True, D(2026, 8, 2)),
        (LawVersion.parse("amended"), True, D(2027, 12, 2)),
        (LawVersion.parse("amended"), False, D(2026, 8, 2)),
    ]
    for law, by_route, floor in cases:
        switches = {"interp.a2_route_cutoff": by_route}
        assert earliest_counted("significant_change", law, switches) == floor, (law, by_route)
        assert earliest_counted("placed_on_market", law, switches) is None


# --------------------------------------------------------------------------- Q4: the reason


@pytest.mark.parametrize(
    ("law", "route", "readings", "day", "name", "floor", "status"),
    [
        ("original", "iii", _LITERAL, "2026-05-01", "art4", "2026-08-02", Status.UPCOMING),
        ("amended", "iii", _LITERAL, "2026-12-02", "art4_1", "2027-12-02", Status.UPCOMING),
        # r77 (round 27): the Annex I route's cut-off, 2 Aug 2028 (Art. 113 point (c)(ii)),
        # no longer the least of both routes (2 Dec 2027)
        ("amended", "i", _LITERAL, "2027-06-01", "art4_1", "2028-08-02", Status.UPCOMING),
        (
            "amended",
            "iii",
            dict(_LITERAL, art111_cutoff="general_date"),
            "2026-12-02",
            "art4_1",
            "2026-08-02",
            Status.UNDETERMINED,
        ),
        ("amended", "iii", {}, "2026-12-02", "art9", "2027-12-02", Status.UPCOMING),
    ],
)
def test_q4_the_reason_names_the_cut_off_as_the_earliest_day(
    law: str,
    route: str,
    readings: dict[str, str],
    day: str,
    name: str,
    floor: str,
    status: Status,
) -> None:
    """The reason of a legacy public-authority system's duty with the change unknown lists
    "unknown" and "none before" the cut-off of its route (Art. 111(2): "as from that date"; the
    least of both routes until round 27, r77), in English
    and Dutch; true for every completion (Q1). Under A2=general_date the cut-off is 2 Aug 2026 as
    amended: a change from then brings Art. 4(1) in, so undetermined on 2 Dec 2026."""
    _quote_111_2()
    a = _run(route, law, readings, day, {"change": OPEN})
    result = a.obligation(name)
    assert result.applies is True and result.status is status
    assert result.timing.earliest == D.fromisoformat(floor)
    en, nl = result.timing.reason("en"), result.timing.reason("nl")
    assert f"unknown; none before {floor}." in en, en
    assert f"onbekend; geen vóór {floor}." in nl, nl
