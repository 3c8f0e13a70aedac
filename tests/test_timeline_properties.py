"""Property tests of time (Arts. 111 and 113): the date rules, read off whole assessments.

Art. 111 exists once (the rules of aiact/rules/transitional.py and the date rules of
aiact/rules/timing.py); these properties hold the date selection to its definition and the dates
to the text: three-valued soundness, Art. 5 never deferred, nothing before entry into force, and
a later day never un-applies an obligation.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from aiact.case import Case
from aiact.date_facts import COMPARISONS, compare, system_input_dates, target_of
from aiact.daterules import NEVER, DateCase, DateRule, Declared
from aiact.engine.dates import UNKNOWN, DateEvaluation
from aiact.engine.native import NATIVE
from aiact.facts import AISystem, AnnexIIIPoint, AnnexILegislation, Organisation, OrganisationKind
from aiact.interpretations import Interpretations
from aiact.logic import Truth
from aiact.ruleset import compile_rules
from aiact.testing import strategies
from aiact.timeline import DateKey, Route, Status, art111_2_cutoff, date_of
from aiact.versions import LawVersion

ENTRY_INTO_FORCE = dt.date(2024, 8, 1)  # Art. 113, first paragraph


def _assess(case: Case) -> Any:
    try:
        return case.assess()
    except ValueError:
        assume(False)  # a contradictory pair, rejected by assess (tested elsewhere)
        raise


@settings(max_examples=150, deadline=None)
@given(strategies.cases())
def test_no_date_precedes_entry_into_force(case: Case) -> None:
    a = _assess(case)
    for rule in a.evaluation.ruleset.date_rules:
        for value in a.date(rule.name).values:
            if isinstance(value, dt.date):
                assert value >= ENTRY_INTO_FORCE, rule.name


@settings(max_examples=150, deadline=None)
@given(strategies.cases("system"))
def test_art5_is_never_deferred(case: Case) -> None:
    """Art. 111(1) and (2): "Without prejudice to the application of Article 5"."""
    a = _assess(case)
    art5 = a.date("from.art5")
    assert (art5.date, art5.grace) == (dt.date(2025, 2, 2), "none")
    if a.law is LawVersion.AMENDED:
        new = a.date("from.art5_new")
        assert (new.date, new.grace) == (dt.date(2026, 12, 2), "none")


@settings(max_examples=150, deadline=None)
@given(strategies.cases(), strategies.as_of_dates(), strategies.as_of_dates())
def test_a_later_day_never_unapplies_an_obligation_in_force(
    case: Case, first: dt.date, second: dt.date
) -> None:
    """Within one version, Arts. 111 and 113 only start duties: in force stays in force."""
    early, late = sorted((first, second))
    a = _assess(case)
    for result in a.obligations:
        if result.timing is None:
            continue
        if result.timing.status_on(early) is Status.IN_FORCE:
            assert result.timing.status_on(late) is Status.IN_FORCE, result.id


# --------------------------------------------------------------------------- soundness


@st.composite
def _completions(draw: st.DrawFn, system: AISystem) -> AISystem:
    """``system`` with every unknown fact drawn (a completion of the unknowns). The facts are
    drawn independently, and the input's own consistency checks (roles, Art. 3 definitions)
    refuse many combinations: a few attempts before the example is given up."""
    for _ in range(_ATTEMPTS):
        completed = draw(_completion(system))
        if completed is not None:
            return completed
    assume(False)
    raise AssertionError("unreachable")


_ATTEMPTS = 4


@st.composite
def _completion(draw: st.DrawFn, system: AISystem) -> AISystem | None:
    """One attempt of :func:`_completions`: None when the drawn facts are inconsistent."""
    data = system.model_dump()

    def fill(model: Any, values: dict[str, Any]) -> None:
        for name, info in type(model).model_fields.items():
            current = values.get(name)
            sub = getattr(model, name)
            if info.annotation == (bool | None) and current is None:
                values[name] = draw(st.booleans())
            elif hasattr(type(sub), "model_fields") and isinstance(current, dict):
                fill(sub, current)

    fill(system, data)
    if data["annex_iii"]["points"] is None:
        data["annex_iii"]["points"] = draw(
            st.lists(st.sampled_from(tuple(AnnexIIIPoint)), max_size=2)
        )
    if data["annex_i"]["legislation"] is None:
        data["annex_i"]["legislation"] = draw(
            st.lists(st.sampled_from(tuple(AnnexILegislation)), max_size=1)
        )
    change = data["significant_change"]
    if data["placed_on_market"] is None and data["put_into_service"] is None:
        latest = change if isinstance(change, dt.date) else dt.date(2032, 12, 31)
        data["placed_on_market"] = draw(st.dates(dt.date(2018, 1, 1), latest))
    if change is None:  # not known (ADR 0037): none, or a change after the first placing
        first = min(d for d in (data["placed_on_market"], data["put_into_service"]) if d)
        data["significant_change"] = draw(
            st.just("none") | st.dates(first, max(first, dt.date(2032, 12, 31)))
        )
    try:
        return AISystem.model_validate(data)
    except ValueError:
        return None


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(strategies.cases("system"), st.data())
def test_a_determined_date_holds_for_every_completion_of_the_unknown_facts(
    case: Case, data: st.DataObject
) -> None:
    """Three-valued soundness of the date rules: a determined date does not depend on the
    unknown facts, and an undetermined one takes one of its possible values."""
    assert case.system is not None
    a = _assess(case)
    completed = case.model_copy(update={"system": data.draw(_completions(case.system))})
    organisation = case.organisation.model_dump()
    # Establishment in the Union follows from the country or the kind where they say it (round
    # 7, Art. 2(1)(b)): the one completion the input checks allow, not a coin.
    derived = case.organisation.established_in_union
    for name, info in Organisation.model_fields.items():
        if info.annotation == (bool | None) and organisation[name] is None:
            organisation[name] = data.draw(st.booleans())
    if derived is not None:
        organisation["established_in_eu"] = derived

    def valid(kind: OrganisationKind | None) -> Organisation | None:
        try:
            return Organisation.model_validate(
                {**organisation, "kind": kind or organisation["kind"]}
            )
        except ValueError:
            return None

    if organisation["kind"] is None:
        # A kind the rest allows (a third country's public authority has no Member State).
        kinds = [kind for kind in OrganisationKind if valid(kind) is not None]
        assume(kinds)
        organisation["kind"] = data.draw(st.sampled_from(kinds))
    completed_organisation = valid(None)
    assume(completed_organisation is not None)
    completed = completed.model_copy(update={"organisation": completed_organisation})
    b = _assess(completed)
    for rule in a.evaluation.ruleset.date_rules:
        before, after = a.date(rule.name), b.date(rule.name)
        if before.determined:
            assert after.values == before.values, rule.name
        else:
            # UNKNOWN is a date read from an unknown input date (a significant change, a
            # placing): once the facts are completed it may be any date (round 15, legacy15's
            # per-route rules give {UNKNOWN, 2 August 2030} for the later of an unknown change
            # and the route's date), never "never".
            extra = after.values - before.values
            if UNKNOWN in before.values:
                extra = {v for v in extra if not isinstance(v, dt.date)}
            assert not extra, (rule.name, after.values, before.values)


# --------------------------------------------------------------------------- the comparisons


@given(
    st.dates(dt.date(2018, 1, 1), dt.date(2032, 12, 31)),
    st.sampled_from(tuple(LawVersion)),
    strategies.interpretations(),
    st.sampled_from(tuple(Route)),
)
def test_the_cutoff_atoms_read_the_art111_2_cutoff(
    placed: dt.date, law: LawVersion, readings: Interpretations, route: Route
) -> None:
    """The comparison ``dates.placed_before_art111_2_cutoff_<route>`` is ``placed < cut-off``,
    with the cut-off of :func:`art111_2_cutoff` (one declaration for both)."""
    cutoff = art111_2_cutoff(law, route, readings).date
    assert cutoff is not None
    switches = readings.as_facts()
    table = {c.atom: c for c in COMPARISONS}
    atom = table[f"dates.placed_before_art111_2_cutoff_{route.value}"]
    _, target = target_of(atom, law, switches)
    assert compare(placed, atom.relation, target) == (placed < cutoff)


@given(st.dates(dt.date(2018, 1, 1), dt.date(2032, 12, 31)))
def test_art111_4_reads_only_the_placing_on_the_market(day: dt.date) -> None:
    """Art. 111(4): "placed on the market before 2 August 2026" -- a system only put into service
    is not placed on the market (Art. 3(9), 3(11))."""
    only_service = system_input_dates(AISystem(put_into_service=day))
    assert only_service["placed_on_market"] is NEVER
    table = {c.atom: c for c in COMPARISONS}
    atom = table["dates.placed_before_art50_2_cutoff"]
    _, target = target_of(atom, LawVersion.AMENDED, {})
    assert compare(only_service["placed_on_market"], atom.relation, target) is False
    placed = system_input_dates(AISystem(placed_on_market=day))
    assert compare(placed["placed_on_market"], atom.relation, target) == (
        day < date_of(DateKey.ART50_2_LEGACY_CUTOFF, LawVersion.AMENDED).date
    )


# --------------------------------------------------------------------------- Kleene selection


@st.composite
def _selections(draw: st.DrawFn) -> tuple[list[DateCase], dict[str, Truth]]:
    size = draw(st.integers(1, 5))
    cases = []
    for index in range(size):
        never = draw(st.booleans())
        key = draw(st.sampled_from((DateKey.GENERAL, DateKey.HIGH_RISK_ANNEX_III)))
        cases.append(
            DateCase(
                when=f"c{index}",
                value=NEVER if never else Declared(key),
                source="Art. 113",
                label_en="case",
                label_nl="geval",
            )
        )
    truths = {f"c{i}": draw(st.sampled_from((True, False, None))) for i in range(size)}
    return cases, truths


@given(_selections())
def test_date_selection_is_first_true_over_every_completion(
    selection: tuple[list[DateCase], dict[str, Truth]],
) -> None:
    """With independent case conditions, Kleene first-true selection gives exactly the values
    that first-true selection gives over every completion of the unknown conditions."""
    cases, truths = selection
    rule = DateRule("probe", tuple(cases), "probe", "probe")
    rule_set = compile_rules((), LawVersion.AMENDED, truths, (rule,))
    result = DateEvaluation(NATIVE.evaluate(rule_set, truths), {}).result("probe")
    unknown = [name for name, value in truths.items() if value is None]
    expected = set()
    for values in itertools.product((True, False), repeat=len(unknown)):
        full = {**truths, **dict(zip(unknown, values, strict=True))}
        chosen: Any = NEVER
        for case in cases:
            if full[case.when]:
                chosen = (
                    NEVER
                    if case.value is NEVER
                    else date_of(case.value.key, LawVersion.AMENDED).date  # type: ignore[union-attr]
                )
                break
        expected.add(chosen)
    assert set(result.values) == expected
    assert result.determined == (len(expected) == 1)


# --------------------------------------------------------------------------- on the date


@settings(max_examples=120, deadline=None)
@given(strategies.cases())
def test_the_tier_on_the_date_is_never_higher_than_the_classification(case: Case) -> None:
    """Art. 113: a classification provision cannot make a system prohibited or high-risk before
    it applies; after every dated change the tier is the classification
    (``invariants.check_tier_on_the_date``)."""
    from aiact.testing.invariants import check_tier_on_the_date

    check_tier_on_the_date(_assess(case))


@settings(max_examples=120, deadline=None)
@given(strategies.cases())
def test_the_exposure_on_the_date_counts_only_binding_duties(case: Case) -> None:
    """Art. 99(1), 101(1): only a duty in force on ``as_of`` can be infringed on that day
    (``invariants.check_exposure_counts_only_binding_duties``)."""
    from aiact.testing.invariants import check_exposure_counts_only_binding_duties

    check_exposure_counts_only_binding_duties(_assess(case))


@settings(max_examples=120, deadline=None)
@given(strategies.cases())
def test_the_exposure_profile_only_grows(case: Case) -> None:
    """Within one version the exposure never falls: it starts with the exposure on ``as_of``,
    binding duties keep binding and fine provisions only start to apply
    (``invariants.check_exposure_profile_monotone``)."""
    from aiact.testing.invariants import check_exposure_profile_monotone

    check_exposure_profile_monotone(_assess(case))
