"""review69 D1, D2, D4 (round 21): what the fixes rely on, and that the three engines agree.

* D2 (Art. 111(2), second sentence, "In any case ... by 2 August 2030"): a date has come once
  the bound of every possible case has (its value where known, else its deadline), whatever the
  unknown facts (``DateResult.bound``, ``by_deadline``; review70 D2). That holds only because
  no case with a deadline gives a value later than it: the date of application is never later
  than the deadline, and a significant change brings the duties in from the change only where
  the change is on or before 2 August 2030 (the comparison
  ``dates.changed_by_public_authority_deadline``). The first test holds
  every declaration of both texts to that, so that a new case cannot break the fix unseen.
* The column-wise engine (``aiact.frame``) reads the same deadlines: equal to the per-case engine
  on the probes of review69 (both texts, both routes, change unknown, on and after 2030).
* D2 and D1 are sound: a status "in force" with the change unknown is "in force" for every
  change; a due date of an undetermined date is no earlier than that of any completion.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lawquote import quote
from test_frame import _same_as_per_case
from timecases import ANNEX_I_MEDICAL, COMPANY, PUBLIC_BODY, system

import aiact
from aiact.engine.compile import ruleset_for
from aiact.engine.dates import date_plan
from aiact.frame import assess_frame, systems_frame
from aiact.interpretations import DEFAULT_INTERPRETATIONS
from aiact.logic import And, Atom, Condition, parse
from aiact.timeline.transitional import Status
from aiact.versions import LawVersion

D = dt.date
PA = D(2030, 8, 2)
CHANGE_WITHIN = "dates.changed_by_public_authority_deadline"
"""Art. 111(2): "significantly changed in its design on or before 2 August 2030"."""


def _conjuncts(condition: Condition) -> tuple[Condition, ...]:
    return condition.operands if isinstance(condition, And) else (condition,)


def _bounds_the_change(when: str, rules: Any) -> bool:
    """Whether condition ``when`` (or the one rule it names) has the change on or before the
    public-authority deadline as a conjunct."""
    condition = parse(when)
    if Atom(CHANGE_WITHIN) in _conjuncts(condition):
        return True
    if isinstance(condition, Atom):
        found = rules.rules_for(condition.name)
        return bool(found) and all(
            Atom(CHANGE_WITHIN) in _conjuncts(rule.condition) for rule in found
        )
    return False


@pytest.mark.parametrize("kind", ["system", "model"])
@pytest.mark.parametrize("law", list(LawVersion))
def test_no_case_with_a_deadline_gives_a_later_value(kind: Any, law: LawVersion) -> None:
    """Every case of every date rule that carries a deadline gives a value no later than it (or
    "never"), in both texts: the bound ``DateResult.by_deadline`` rests on (review69 D2)."""
    quote(
        "111",
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations of this Regulation by 2 August 2030",
        "both",
    )
    rules = ruleset_for(kind, law)
    plan = date_plan(rules)
    memo: dict[str, float] = {}

    def bound(spec: Any, change_bounded_by: float) -> float:
        """The latest day number the value can have (``-inf``: never; ``inf``: unbounded)."""
        tag = spec[0]
        if tag == "d":
            return float(spec[1].toordinal())
        if tag == "n":
            return -math.inf
        if tag == "i":
            return change_bounded_by if spec[1] == "significant_change" else math.inf
        if tag == "r":
            if spec[1] not in memo:
                memo[spec[1]] = math.inf  # a cycle stays unbounded
                memo[spec[1]] = max(
                    (bound(case.value, math.inf) for case in plan.rules[spec[1]]),
                    default=-math.inf,
                )
            return memo[spec[1]]
        return max(bound(spec[1], change_bounded_by), bound(spec[2], change_bounded_by))

    checked = 0
    for name, cases in plan.rules.items():
        for case in cases:
            if case.deadline is None:
                continue
            assert case.deadline[0] == "d", (name, case.index)  # the frame reads a date only
            deadline = case.deadline[1].toordinal()
            change = deadline if _bounds_the_change(case.case.when, rules) else math.inf
            assert bound(case.value, change) <= deadline, (name, case.index, case.case.when)
            checked += 1
    assert checked >= (20 if kind == "system" else 1)


def _probe(change: Any, public: bool | None, route: str, role: str) -> aiact.AISystem:
    return system(
        roles=(role,),
        annex_iii=["4a"] if route == "iii" else None,
        annex_i=ANNEX_I_MEDICAL if route == "i" else None,
        placed_on_market=D(2025, 3, 1),
        significant_change=change,
        context={"intended_for_public_authorities": public},
    )


PROBE_DAYS = (D(2030, 8, 1), PA, D(2031, 1, 1))


@pytest.mark.parametrize("law", list(LawVersion))
@pytest.mark.parametrize("day", PROBE_DAYS)
def test_the_frame_reads_the_deadline_as_the_per_case_engine(law: LawVersion, day: dt.date) -> None:
    """``aiact.frame`` equals ``aiact.assess`` (tier, every obligation's status and date) on the
    legacy systems of review69: change unknown, none or in 2029, public use yes / unknown,
    both routes, provider and deployer, the day before, of and after 2 August 2030."""
    systems, orgs = [], []
    for change in (None, "none", D(2029, 5, 1)):
        for public in (True, None):
            for route in ("iii", "i"):
                for role in ("provider", "deployer"):
                    systems.append(_probe(change, public, route, role))
                    orgs.append(PUBLIC_BODY if role == "deployer" else COMPANY)
    frame = systems_frame(systems)
    for org in (COMPANY, PUBLIC_BODY):
        rows = [i for i, o in enumerate(orgs) if o is org]
        out = assess_frame(frame.iloc[rows], org, day, law)
        _same_as_per_case(
            out.reset_index(drop=True),
            [systems[i] for i in rows],
            [org] * len(rows),
            day,
            law,
            DEFAULT_INTERPRETATIONS,
        )
    assert isinstance(out, pd.DataFrame)


CHANGES = st.one_of(
    st.just("none"),
    st.dates(D(2025, 3, 1), D(2032, 1, 1)),
)


@given(
    st.sampled_from(list(LawVersion)),
    st.sampled_from(["iii", "i"]),
    st.sampled_from(["provider", "deployer"]),
    st.dates(D(2026, 1, 1), D(2033, 1, 1)),
    st.lists(CHANGES, min_size=1, max_size=4),
)
def test_a_status_and_a_due_date_with_the_change_unknown_hold_for_every_change(
    law: LawVersion, route: str, role: str, day: dt.date, changes: list[Any]
) -> None:
    """With the significant change unknown, an obligation "in force" is in force whatever the
    change (none, or any day), and its due date is no earlier than the due date of any
    completion (Art. 111(2); review69 D1, D2). Checked on every obligation of the system."""
    org = PUBLIC_BODY if role == "deployer" else COMPANY
    unknown = aiact.assess(_probe(None, True, route, role), org, day, law)
    known = [aiact.assess(_probe(c, True, route, role), org, day, law) for c in changes]
    for result in unknown.obligation_results:
        if result.applies is not True:
            continue
        for other in known:
            completed = other.obligation(result.id)
            if result.status is Status.IN_FORCE and completed.applies is True:
                assert completed.status is Status.IN_FORCE, (result.id, completed.timing)
            if result.due is not None and completed.due is not None:
                assert completed.due <= result.due, (result.id, completed.due, result.due)


@pytest.mark.parametrize("who", ["initial", "supplier"])
@pytest.mark.parametrize("law", ["original", "amended"])
def test_the_latest_route_date_bounds_every_route(who: str, law: str) -> None:
    """review69 D1: with no route in the facts, the due date of the undetermined date is the
    later route's date, and each route given gives a due date no later than it."""
    base: dict[str, Any] = {
        "placed_on_market": D(2025, 3, 1),
        "significant_change": D(2026, 10, 1) if law == "original" else D(2028, 1, 10),
        "context": {"intended_for_public_authorities": True},
    }
    no_route = system(roles=(), **base).model_dump(mode="json")
    if who == "initial":
        no_route["value_chain"].update(
            initial_provider_of_shifted_system=True, initial_provider_excluded_high_risk_use=False
        )
    else:
        no_route["value_chain"]["supplies_components_for_high_risk"] = True
    entry = {"initial": "art25_2", "supplier": "art25_4"}[who]
    a = aiact.assess(no_route, COMPANY, "2026-12-06", law)
    found = [r for r in a.obligation_results if r.id.startswith(entry) and r.timing]
    assert found
    for r in found:
        assert r.timing is not None and r.applies_from is None
        assert r.due == max(d for d in r.timing.possible_applies_from if d), r.timing
        # Published text: 1 Oct 2026 (Annex III) or 2 Aug 2027 (Annex I). Amended: Annex I's
        # cut-off (2 Aug 2028) is after the change, so that route gives 2 Aug 2030.
        assert r.due == (D(2027, 8, 2) if law == "original" else PA), r.timing


@pytest.mark.parametrize("kind", ["system", "model"])
@pytest.mark.parametrize("law", list(LawVersion))
def test_the_tier_dates_carry_no_deadline(kind: Any, law: LawVersion) -> None:
    """The z3 encoding's ``on(day)`` (aiact/verify/dates.py) reads no deadline; it is used for
    the tier's date rules only, which carry none, so ``DateResult.by_deadline`` cannot make the
    proofs and the engine differ. A tier date rule with a deadline must extend the encoding."""
    from aiact.rules.timing import TIER_DATE_RULES

    plan = date_plan(ruleset_for(kind, law))

    def has_deadline(name: str) -> bool:
        return any(
            case.deadline is not None or (case.case.inherit and has_deadline(case.value[1]))
            for case in plan.rules[name]
        )

    tiers = [rule for rule in TIER_DATE_RULES.values() if rule in plan.rules]
    assert tiers
    assert not any(has_deadline(rule) for rule in tiers)
