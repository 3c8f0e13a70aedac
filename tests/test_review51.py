"""review51 (round 16): second reading of fix16e (4185360, 7081bfa): ``PlanStep.due`` as the
earlier of ``applies_from`` and the Art. 111 deadline, the reordered Art. 111(2) branch, the
"on or before 2 August 2030" labels, ``from.high_risk_gated_base.0`` (Art. 113) and the Dutch
label of ``from.derogation_base.1``.

What agrees (plain tests below):

* The minimum is safe for every deadline of the catalogue. Every date case that carries a
  deadline has the value ``later(base, deadline)`` (Art. 111(1) Annex X, 31 December 2030; Art.
  111(2) second sentence unchanged, 2 August 2030; Art. 111(3), 2 August 2027; Art. 111(4), 2
  December 2026), so its value is never earlier than its deadline. The only exception is the
  changed public-authority case, whose value (the change, on or before 2 August 2030) is earlier
  by construction. So no real extra time becomes earlier.
* The reorder is exact where the address of the second sentence is unknown.

One defect. The plan now uses the change as the due date, but every view still shows the
deadline 2 August 2030 as "Comply by" / "comply by" next to "applies from" the change. These
are the obligation table (``views._rows.obligation_row``, so console, Markdown, HTML), the
plan's own table (``views.console.plan_renderable``), the plan JSON (``PlanStep.to_dict``: no
due date, ``deadline`` 2030), the portfolio's deadlines (a ``kind_of_date: deadline`` row for
2030) and the timeline figure (a bar from the change to 2030). These views tell the provider
that it has until 2030, which is the reading that ADR 0037 rejects ("The deadline is the latest
date, not a grace after a change").

Fixed by fix16f (round 16): the two strict xfails below are plain tests; see
tests/test_fix16f.py for the other views.
"""

from __future__ import annotations

import datetime as dt

import pytest
from lawquote import quote, quote_nl, quote_recital
from timecases import ANNEX_I_MEDICAL, COMPANY, PUBLIC_BODY, model, quoted, system

import aiact
from aiact.daterules import DateCase, Later

D = dt.date


def _quote_111() -> None:
    quote(
        "111",
        "shall be brought into compliance with this Regulation by 31 December 2030",
        "both",
    )
    quote(
        "111",
        "only if, as from that date, those systems are subject to significant changes in their "
        "designs. In any case, the providers and deployers of high-risk AI systems intended to be "
        "used by public authorities shall take the necessary steps to comply with the "
        "requirements and obligations",
        "both",
    )
    quote(
        "111",
        "shall take the necessary steps in order to comply with the obligations laid down in this "
        "Regulation by 2 August 2027",
        "both",
    )
    quote(
        "111",
        "shall take the necessary steps in order to comply with Article 50(2) by 2 December 2026",
        "amended",
    )
    quote_nl(
        "In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken van AI-systemen "
        "met een hoog risico die bedoeld zijn om door overheidsinstanties te worden gebruikt, de "
        "nodige stappen om uiterlijk op 2 augustus 2030"
    )
    quote_recital(
        177,
        "On an exceptional basis and in light of public accountability, operators of AI systems",
    )
    quoted(
        "Any significant change to the design of that AI system after the date specified in "
        "Article 111(2) should trigger the obligation of the provider to fully comply",
        "omnibus",
    )


# ------------------------------------------------------------------ what agrees (plain tests)


def _cases() -> list[tuple[str, DateCase]]:
    from aiact.rules.timing import MODEL_DATE_RULES, SYSTEM_DATE_RULES, TIER_DATE_RULES

    return [
        (rule.name, case)
        for rules in (SYSTEM_DATE_RULES, MODEL_DATE_RULES, TIER_DATE_RULES)
        for rule in rules
        if hasattr(rule, "cases")
        for case in rule.cases
    ]


_CHANGED_PUBLIC = {
    "legacy.case.changed_for_public_authorities",
    # legal24: the same case of the date rule of Art. 80(4)-(5) under A27.
    "legacy.case.changed_for_public_authorities.reclassified",
    # review84 D2: the same case of the date rules of Arts. 60-61 and 82(2), on the change
    # without the "is high-risk" conjunct.
    "legacy.case.changed_for_public_authorities_if_high_risk",
    "dates.changed_by_public_authority_deadline",
}


def test_every_deadline_is_a_latest_date_except_the_changed_public_case() -> None:
    """``PlanStep.due`` takes the minimum of value and deadline. That is harmless only if no
    case gives real extra time (a value earlier than its deadline). Every case with a deadline
    has the value later(base, deadline), except the changed public-authority cases (the change,
    on or before 2 August 2030: Art. 111(2), first sentence)."""
    _quote_111()
    with_deadline = [(name, c) for name, c in _cases() if c.deadline is not None]
    assert with_deadline
    for name, case in with_deadline:
        if case.when in _CHANGED_PUBLIC:
            assert isinstance(case.value, Later), name
            continue
        assert isinstance(case.value, Later) and case.value.second == case.deadline, (
            name,
            case.when,
        )


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("change", ["none", D(2028, 3, 1), None])
def test_the_annex_x_deadline_is_not_brought_forward(law: str, change: object) -> None:
    """Art. 111(1): an Annex X component placed before 2 August 2027 is due on 31 December 2030,
    whatever the change (paragraph 2 is "other than the systems referred to in paragraph 1")."""
    s = system(
        annex_iii=["4a"],
        placed_on_market=D(2025, 3, 1),
        significant_change=change,
        context={"annex_x_large_scale_it_component": True, "intended_for_public_authorities": True},
    )
    plan = aiact.assess(s, COMPANY, "2026-12-05", law).plan()
    step = plan.step("art9")
    assert (step.applies_from, step.deadline, step.due) == (D(2030, 12, 31),) * 3


@pytest.mark.parametrize("law", ["amended", "original"])
def test_the_gpai_deadline_is_not_brought_forward(law: str) -> None:
    """Art. 111(3): a model placed before 2 August 2025 is due on 2 August 2027."""
    plan = aiact.assess_model(model(D(2025, 3, 1)), COMPANY, "2026-12-05", law).plan()
    steps = [s for s in plan.steps if s.deadline is not None]
    assert steps
    for s in steps:
        assert s.due == s.deadline == D(2027, 8, 2), s.id


def test_the_art111_4_deadline_is_not_brought_forward() -> None:
    """Art. 111(4) (amended): Art. 50(2) for a generator placed before 2 August 2026 is due on
    2 December 2026, not on the general date."""
    s = system(
        placed_on_market=D(2025, 3, 1),
        transparency={"generates_synthetic_image": True, "interacts_directly_with_persons": True},
    )
    step = aiact.assess(s, COMPANY, "2026-08-05", "amended").plan().step("art50_2")
    assert (step.applies_from, step.deadline, step.due) == (D(2026, 12, 2),) * 3


_ROUTES = {
    "annex_iii": {"annex_iii": ["4a"]},
    "annex_i": {"annex_i": ANNEX_I_MEDICAL},
    "both": {"annex_iii": ["4a"], "annex_i": ANNEX_I_MEDICAL},
}


def _dates(result: aiact.ObligationResult) -> frozenset[dt.date | None]:
    t = result.timing
    assert t is not None
    return frozenset(t.possible_applies_from if t.undetermined_because else (t.applies_from,))


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("route", sorted(_ROUTES))
@pytest.mark.parametrize("change", [D(2026, 10, 1), D(2028, 3, 1), D(2031, 1, 1)])
@pytest.mark.parametrize(("role", "org"), [("provider", COMPANY), ("deployer", PUBLIC_BODY)])
def test_with_public_use_unknown_the_dates_are_those_of_the_completions(
    law: str, route: str, change: dt.date, role: str, org: aiact.Organisation
) -> None:
    """The possible dates with the address of the second sentence unknown are exactly the
    union of the two completions, for every duty (review51 probe: 6,528 rows, none extra, none
    missing)."""

    def assess(public: bool | None) -> aiact.Assessment:
        s = system(
            roles=(role,),
            placed_on_market=D(2025, 3, 1),
            significant_change=change,
            context={"intended_for_public_authorities": public},
            **_ROUTES[route],
        )
        return aiact.assess(s, org, "2026-12-05", law)

    unknown, yes, no = assess(None), assess(True), assess(False)
    for r in unknown.obligations:
        if r.timing is None:
            continue
        a, b = yes.obligation(r.id), no.obligation(r.id)
        if a.timing is None or b.timing is None:
            continue
        assert _dates(r) == _dates(a) | _dates(b), r.id


# ------------------------------------------------------------------ the defect (fixed by fix16f)


def _changed_public(law: str) -> aiact.Assessment:
    """Annex III 4(a), placed 1 March 2025, intended for public authorities, significantly
    changed after the cut-off (amended 1 March 2028, original 1 January 2027); assessed before
    the change."""
    change = D(2028, 3, 1) if law == "amended" else D(2027, 1, 1)
    s = system(
        annex_iii=["4a"],
        placed_on_market=D(2025, 3, 1),
        significant_change=change,
        context={"intended_for_public_authorities": True},
    )
    return aiact.assess(s, COMPANY, "2026-12-05", law)


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("law", ["amended", "original"])
def test_the_obligation_table_does_not_show_2030_as_comply_by(law: str, lang: str) -> None:
    from aiact.views._rows import obligation_row

    _quote_111()
    a = _changed_public(law)
    result = a.obligation("art9")
    assert result.applies_from is not None and result.deadline == D(2030, 8, 2)  # holds
    assert a.plan().step("art9").due == result.applies_from  # holds (fix16e)
    row = obligation_row(result, lang)  # type: ignore[arg-type]
    # before fix16f: applies_from "1 Mar 2028", deadline "2 Aug 2030"
    assert row.deadline in ("", row.applies_from)


@pytest.mark.parametrize("law", ["amended", "original"])
def test_the_plan_json_gives_the_change_as_comply_by(law: str) -> None:
    _quote_111()
    a = _changed_public(law)
    step = a.plan().step("art9")
    d = step.to_dict()
    change = step.applies_from
    assert change is not None and step.due == change  # holds
    # before fix16f: {"applies_from": change, "deadline": "2030-08-02"} and no "due"
    assert d.get("due") == change.isoformat() or d["deadline"] in (None, change.isoformat())
