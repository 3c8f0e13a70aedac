"""fix16e (round 16): review50's findings on the Art. 111(2) date cases of the high-risk duties.

1. The due date of the compliance plan (``PlanStep.due``) is the earlier of the date from which
   a duty binds and its Art. 111 deadline: a legacy system intended for public authorities,
   significantly changed before 2 August 2030, is due on the change (first sentence), not on
   the second sentence's 2 August 2030, which stays its deadline, the latest date (ADR 0037).
   The strict xfail of tests/test_review50.py is a plain test now.
2. The branch of a legacy system (``<group>.art111_2``) reads "changed" before "never", as
   ``_system_second_sentence_cases`` does: with the address of the second sentence unknown and
   a change before the cut-off, the route's date, which no completion gives, is no longer
   possible; every determined date is unchanged (a property over the old order, compiled).
3. ``from.high_risk_gated_base`` case 0 cites Art. 113 (its date is that of the second
   paragraph or of point (c)); the Dutch label of ``from.derogation_base`` puts no quotation
   marks around an unofficial rendering of the amended point (c).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import cache
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from lawquote import quote, quote_nl, quote_recital
from timecases import ANNEX_I_MEDICAL, COMPANY, PUBLIC_BODY, quoted, system

import aiact
from aiact.date_facts import INPUT_DATES
from aiact.daterules import DateRule
from aiact.engine.dates import DateEvaluation, date_plan
from aiact.ruleset import RuleSet, compile_rules
from aiact.versions import LawVersion

D = dt.date


def _quote_article_111_2() -> None:
    quote(
        "111",
        "only if, as from that date, those systems are subject to significant changes in their "
        "designs. In any case, the providers and deployers of high-risk AI systems intended to be "
        "used by public authorities shall take the necessary steps to comply with the "
        "requirements and obligations",
        "both",
    )
    quote_nl(
        "In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken van AI-systemen "
        "met een hoog risico die bedoeld zijn om door overheidsinstanties te worden gebruikt, de "
        "nodige stappen om uiterlijk op 2 augustus 2030"
    )


# --------------------------------------------------------------------------- 1. the due date


def test_the_deadline_stays_the_latest_date_and_the_plan_is_due_on_the_change() -> None:
    """A public-authority system changed on 1 March 2028 (amended): bound from the change, the
    deadline 2 August 2030 kept ("In any case ... by"), the plan due on the change; the plan's
    next deadline on 1 January 2028 is the change, not 2030."""
    _quote_article_111_2()
    quote_recital(
        177,
        "On an exceptional basis and in light of public accountability, operators of AI systems",
    )
    quoted(
        "Any significant change to the design of that AI system after the date specified in "
        "Article 111(2) should trigger the obligation of the provider to fully comply",
        "omnibus",
    )
    s = system(
        annex_iii=["4a"],
        placed_on_market=D(2025, 3, 1),
        significant_change=D(2028, 3, 1),
        context={"intended_for_public_authorities": True},
    )
    a = aiact.assess(s, COMPANY, "2028-01-01", "amended")
    result = a.obligation("art9")
    assert (result.applies_from, result.deadline) == (D(2028, 3, 1), D(2030, 8, 2))
    plan = a.plan()
    assert plan.step("art9").due == D(2028, 3, 1)
    assert plan.next_deadline == D(2028, 3, 1)


def test_with_the_change_unknown_the_plan_is_due_by_2030() -> None:
    """The change unknown: the date from which the duty binds is open, the deadline known, and
    the plan keeps it as the due date (review27, review28)."""
    _quote_article_111_2()
    s = system(
        roles=("deployer",),
        annex_iii=["5a"],
        placed_on_market=D(2025, 3, 1),
        significant_change=None,
        context={"intended_for_public_authorities": True},
    )
    a = aiact.assess(s, PUBLIC_BODY, "2028-06-01", "amended")
    result = a.obligation("art26_1")
    assert result.applies_from is None and result.deadline == D(2030, 8, 2)
    step = next(x for x in (*a.plan().steps, *a.plan().undetermined) if x.id == "art26_1")
    assert step.due == D(2030, 8, 2)


def test_the_labels_say_on_or_before() -> None:
    """The comparison is "on or before" (``dates.changed_by_public_authority_deadline``; the
    text: "by 2 August 2030", NL "uiterlijk op 2 augustus 2030")."""
    from aiact.rules.timing import SYSTEM_DATE_RULES

    _quote_article_111_2()
    changed = [
        case
        for rule in SYSTEM_DATE_RULES
        for case in rule.cases
        if case.when
        in (
            "legacy.case.changed_for_public_authorities",
            # legal24: the same case of the date rule of Art. 80(4)-(5) under A27.
            "legacy.case.changed_for_public_authorities.reclassified",
            "dates.changed_by_public_authority_deadline",
            # review84 D2 and d4fix33: the same case on the names without the "is high-risk"
            # conjunct (Arts. 60-61, 82(2); since d4fix33 also Chapter III Sections 1-3 and
            # Section 5 / Chapter IX).
            "legacy.case.changed_for_public_authorities_if_high_risk",
        )
    ]
    # the 9 of review50, and those of Art. 4, Art. 50 and general; round 30: the supplier of a
    # general-purpose AI model placed before 2 August 2025 (A46, from.supplier_art111_3); round
    # 31 (h/d2fix, rev31b D1): its nested case for a change with no route given
    # (from.supplier_art111_3.public_authorities.changed)
    # d4fix33: with the review84 D2 cases (Arts. 60-61 and 82(2)), read since then, 18
    assert len(changed) == 18
    for case in changed:
        assert "on or before 2 August 2030" in case.label_en, case.label_en
        assert "uiterlijk op 2 augustus 2030" in case.label_nl, case.label_nl
        assert "vóór 2 augustus 2030" not in case.label_nl
        assert case.deadline is not None  # the latest date, kept (review27)


# --------------------------------------------------------------------------- 2. the reorder


def test_an_unknown_public_use_adds_no_route_date_beside_an_early_change() -> None:
    """Amended, Annex III 4(a), placed 1 March 2025, changed 1 October 2026 (before the cut-off
    2 December 2027), public use unknown: 2 August 2030 (intended for public authorities) or
    never (not intended, unchanged since the cut-off); 2 December 2027 was listed as possible
    though no completion gives it (review50, review44)."""
    _quote_article_111_2()
    quote(
        "111",
        "placed on the market or put into service before the date of application of Chapter III "
        "referred to in Article 113",
        "amended",
    )
    facts: dict[str, Any] = {
        "annex_iii": ["4a"],
        "placed_on_market": D(2025, 3, 1),
        "significant_change": D(2026, 10, 1),
    }
    completions = set()
    for public in (True, False):
        s = system(**facts, context={"intended_for_public_authorities": public})
        completions.add(aiact.assess(s, COMPANY, "2026-12-05", "amended").obligation("art9"))
    assert {r.applies_from for r in completions} == {D(2030, 8, 2), None}
    s = system(**facts, context={"intended_for_public_authorities": None})
    result = aiact.assess(s, COMPANY, "2026-12-05", "amended").obligation("art9")
    assert result.timing is not None
    assert set(result.timing.possible_applies_from) == {D(2030, 8, 2), None}


def _old_order(rule: DateRule) -> DateRule:
    """The branch as it was until round 16: addressed, then unchanged (never), then changed."""
    cases = rule.cases
    if (
        rule.name.endswith(".art111_2")
        and len(cases) == 3
        and cases[0].when == "legacy.public_authority_deadline_addressed"
    ):
        assert cases[2].when == "true"
        if cases[1].when == "legacy.significant_change":
            unchanged = dataclasses.replace(cases[2], when="legacy.case.unchanged")
        else:
            # legal24: the date rule of Art. 80(4)-(5) under A27 reads the reclassified change;
            # review84 D2: those of Arts. 60-61 and 82(2) the change without the "is high-risk"
            # conjunct; their "unchanged" is legacy.case.unchanged on that name.
            assert cases[1].when in (
                "legacy.significant_change.reclassified",
                "legacy.significant_change_if_high_risk",
            ), cases[1].when
            unchanged = dataclasses.replace(
                cases[2],
                when=f"not {cases[1].when} and not legacy.public_authority_deadline_addressed",
            )
        changed = dataclasses.replace(cases[1], when="true")
        return dataclasses.replace(rule, cases=(cases[0], unchanged, changed))
    return rule


@cache
def _old_ruleset(law: LawVersion) -> tuple[RuleSet, int]:
    from aiact.atoms import system_input_names
    from aiact.engine.compile import ruleset_for
    from aiact.obligations.catalogue import catalogue, obligation_rule
    from aiact.rules import SYSTEM_DATE_RULES, SYSTEM_RULES

    dates = tuple(_old_order(r) for r in SYSTEM_DATE_RULES)
    changed = sum(a is not b for a, b in zip(dates, SYSTEM_DATE_RULES, strict=True))
    obligations = tuple(obligation_rule(o) for o in catalogue().for_law(law, "system"))
    old = compile_rules(
        (*SYSTEM_RULES, *obligations), law, system_input_names(), dates, INPUT_DATES
    )
    assert set(date_plan(old).rules) == set(date_plan(ruleset_for("system", law)).rules)
    return old, changed


_ROUTES: dict[str, dict[str, Any]] = {
    "annex_iii": {"annex_iii": ["4a"]},
    "annex_i": {"annex_i": ANNEX_I_MEDICAL},
    "both": {"annex_iii": ["4a"], "annex_i": ANNEX_I_MEDICAL},
}
_DAYS = [D(2025, 3, 1), D(2026, 10, 1), D(2027, 1, 1), D(2028, 1, 1), D(2028, 3, 1)]


@settings(max_examples=60, deadline=None)
@given(
    law=st.sampled_from([LawVersion.AMENDED, LawVersion.ORIGINAL]),
    route=st.sampled_from(sorted(_ROUTES)),
    role=st.sampled_from(["provider", "deployer"]),
    public_body=st.booleans(),
    placed=st.sampled_from([*_DAYS, None]),
    change=st.sampled_from(["none", *_DAYS, D(2030, 8, 2), D(2031, 1, 1), None]),
    public=st.sampled_from([True, False, None]),
)
def test_every_determined_date_is_unchanged_by_the_reorder(
    law: LawVersion,
    route: str,
    role: str,
    public_body: bool,
    placed: dt.date | None,
    change: dt.date | str | None,
    public: bool | None,
) -> None:
    """Every date rule, old order (compiled apart) against new: where the old is determined the
    new is the same, and the new never lists a date the old did not (only fewer)."""
    if placed is not None and isinstance(change, dt.date) and change < placed:
        change = placed
    s = system(
        roles=(role,),
        placed_on_market=placed,
        significant_change=change,
        context={"intended_for_public_authorities": public},
        **_ROUTES[route],
    )
    a = aiact.assess(s, PUBLIC_BODY if public_body else COMPANY, "2026-12-05", law)
    old_rules, changed = _old_ruleset(law)
    # high_risk, high_risk_gated(_if_high_risk), art80 legacy, art4(_amended), art50(_2),
    # general(_if_high_risk) (review84 D2 added the two _if_high_risk groups)
    assert changed == 10
    old = DateEvaluation(dataclasses.replace(a.evaluation, ruleset=old_rules), a.input_dates)
    for name in date_plan(old_rules).rules:
        before, after = old.result(name), a.dates.result(name)
        if before.determined:
            assert after.values == before.values, name
        assert after.values <= before.values, name
        if after.values == before.values:
            assert after.deadlines == before.deadlines, name
