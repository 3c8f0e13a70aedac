"""review81 (round 24): second reading of never24 (duties whose conditions hold but whose date is
"never", Art. 111(2); ``ObligationResult.never_binds``, ``Assessment.not_binding``, schema 2.2).

Verdicts:

* The legal decision holds. Art. 111(2), first sentence (published and as replaced by 2026/1744,
  Art. 1 point (39)): "this Regulation shall apply to operators of high-risk AI systems ... placed
  on the market or put into service before [the cut-off], only if, as from that date, those
  systems are subject to significant changes in their designs"; only Art. 5 is reserved. So Art.
  80(4)-(5) (Chapter IX, A27=legacy_high_risk), Art. 4 (A21=literal) and the supplier's Art. 25(4)
  (following the provider it serves, review43) do not bind an unchanged legacy system outside the
  second sentence: "never" is right; their conditions hold. The difference with the Chapter III
  duties (Art. 111(2) in their ``when``, ``applies`` false) changes no fine (a "never" status is
  in force on no day) and no open question.
* Schema 2.1 -> 2.2 (minor) is right: 2.1 documented ``obligations`` as "the obligations that
  apply or may apply" with status ``in_force``, ``upcoming`` or ``undetermined``; an entry with
  status ``not_applicable`` there departed from the contract, and its removal restores the
  documented meaning; ``not_binding`` is a new key.

Defects:

* D1 (a strict xfail until never25, round 25, fixed it): never24 moved only the duties whose
  conditions hold. A duty whose conditions are undetermined while its date is determined "never"
  (the same Art. 111(2) shelter) is still listed and counted as one that "may apply": in review77's
  own R2 case 7 of the 8 listed obligations (Art. 60(4), 60(4)(c), 60(7), 60(8), 61, 79(4), 82(2));
  the portfolio counts them under "Verplichtingen onbepaald" / "Onbepaald" ("verplichtingen waarover
  onbekende feiten beslissen"), the web page as "may apply (facts unknown)", and the open questions
  list the authority's actions as deciding them, though no answer can make one an obligation that
  applies (a yes moves it to ``not_binding``).
* D2 (fixed here): the interview goal ``full`` held the date of a never-binding duty open
  (``date:art80_4``: ``applies_from`` None) although "never" is determined: with every fact known,
  ``next_question`` gave None while ``is_determined(..., "full")`` was False (the service's
  ``determined``: false). Now a date whose status is ``not_applicable`` is not open.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from lawquote import quote
from test_review71 import _BASE, OPEN, _assess, _case
from timecases import COMPANY

import aiact
from aiact.interpretations import Interpretations
from aiact.portfolio import PortfolioEntry
from aiact.timeline.transitional import Status

D = dt.date
_A3 = {"public_authority_use": "actual_use"}
_A21 = {"legacy_general_duties": "literal"}


def _quote_111_2() -> None:
    quote(
        "111",
        "this Regulation shall apply to operators of high-risk AI systems, other than the "
        "systems referred to in paragraph 1 of this Article, that have been placed on the market "
        "or put into service before 2 August 2026, only if, as from that date, those systems are "
        "subject to significant changes in their designs",
    )


def _r2(**extra: Any) -> Any:
    """review77 R2: reclassified legacy system (Art. 80(2)), A3=actual_use, amended, 2 Dec 2027."""
    return _assess("reclass", "amended", _A3, "2027-12-02", dict(_BASE, **extra))


def _r2_known() -> Any:
    """R2 with every fact known (the authority's other actions and real-world testing: no)."""
    s = _case("reclass", dict(_BASE))
    s["authority_actions"]["msa_required_corrective_action"] = False
    s["authority_actions"]["msa_required_measures_compliant_system_at_risk"] = False
    s["conformity"]["real_world_testing_outside_sandbox"] = False
    return s


# --------------------------------------------------------------------------- 1. the law


def test_not_intended_for_public_authorities_default_reading() -> None:
    """Art. 111(2) under the default reading of A3 (intended or actual use): a reclassified
    legacy system neither intended for nor used by public authorities, unchanged: Art. 80(4)-(5)
    never bind it (first sentence); intended for public authorities it is due by 2 August 2030
    (second sentence, "In any case ... by 2 August 2030"), an obligation that applies."""
    _quote_111_2()
    quote("111", "intended to be used by public authorities shall take the necessary steps")
    a = _assess("reclass", "amended", {}, "2027-12-02", dict(_BASE, public=False))
    # (never25: the duties whose conditions are unknown are apart too, applies None)
    assert {r.id for r in a.not_binding if r.applies is True} == {"art80_4", "art80_5"}
    b = _assess("reclass", "amended", {}, "2027-12-02", dict(_BASE, public=True))
    r = b.obligation("art80_4")
    assert r in b.obligations and not r.never_binds and r.deadline == D(2030, 8, 2)
    assert b.not_binding == ()


def test_a_change_on_or_after_the_cut_off_brings_art80_in() -> None:
    """Art. 111(2): "only if, as from that date, those systems are subject to significant
    changes": a change on 2 Dec 2027 (the amended cut-off for Annex III, Art. 113 third
    paragraph point (c)(i)) makes Art. 80(4) bind from the change; so "never" is "never on the
    facts given", not "never whatever happens"."""
    _quote_111_2()
    a = _r2(change=D(2027, 12, 2))
    r = a.obligation("art80_4")
    assert r in a.obligations and r.applies_from == D(2027, 12, 2)


def test_never_binding_duties_carry_no_fine_on_any_day() -> None:
    """Art. 99(1), 101(1): no one infringes a duty that does not bind. The exposure on the day
    and at every point of the profile leaves Art. 80(4) (Art. 99(4)(a)) out, as for the Chapter
    III duties Art. 111(2) takes out through their conditions."""
    a = _r2()
    assert a.obligation("art80_4").timing.status_on(D(2031, 1, 1)) is Status.NOT_APPLICABLE
    assert "art80_4" not in {row.obligation_id for row in a.exposure.obligations}
    assert "art80_4" not in a.exposure.not_yet_binding
    assert "art80_4" not in a.exposure.binding_undetermined
    for point in a.exposure_profile.points:
        assert "art80_4" not in point.starts_binding


def test_open_questions_are_not_about_never_binding_duties() -> None:
    """A never-binding duty's date is determined ("never"): no open question is listed for its
    date, and none names it."""
    a = _r2()
    for question in a.open_questions:
        assert not {"art80_4", "art80_5"} & set(question.affects)


# --------------------------------------------------------------------------- 2. consumers


def test_goal_obligations_treats_a_never_binding_duty_as_settled() -> None:
    """The interview goal ``obligations`` reads whether each duty's conditions hold; a
    never-binding duty's conditions hold (known), so nothing of it is open."""
    from aiact.questions.goals import goal_view

    view = goal_view(_r2(), "obligations")
    assert not {"obligation:art80_4", "obligation:art80_5"} & view.open


def test_d2_goal_full_is_determined_when_every_fact_is_known() -> None:
    """review81 D2 (fixed): with every fact of R2 known there is no question left, and the goal
    ``full`` is determined: the date of Art. 80(4)-(5) is "never" (Art. 111(2)), determined, not
    open (before the fix ``date:art80_4`` and ``date:art80_5`` stayed open for ever)."""
    from aiact.questions import next_question
    from aiact.questions.fields import flatten
    from aiact.questions.goals import Context, goal_view, lean_full_view
    from aiact.questions.relevance import is_determined
    from aiact.versions import LawVersion

    system = _r2_known()
    a = aiact.assess(
        system, COMPANY, "2027-12-02", "amended", interpretations=Interpretations(**_A3)
    )
    assert {r.id for r in a.not_binding} == {"art80_4", "art80_5"}
    assert a.open_questions == ()
    assert goal_view(a, "full").open == frozenset()
    fresh = aiact.assess(
        system, COMPANY, "2027-12-02", "amended", interpretations=Interpretations(**_A3)
    )
    assert lean_full_view(fresh, goal_view(fresh, "tier")) == goal_view(a, "full")
    case = {"system": system, "organisation": json.loads(COMPANY.model_dump_json())}
    context = Context(D(2027, 12, 2), LawVersion.AMENDED, Interpretations(**_A3))
    assert next_question(case, "2027-12-02", "full", law="amended", interpretations=_A3) is None
    assert is_determined(flatten(case, "system"), "system", context, "full")


def test_the_portfolio_console_and_csv_add_up() -> None:
    """The portfolio row: obligations = in_force + upcoming + date_undetermined; not_binding
    apart, its Dutch header in the Act's terms."""
    from aiact.views.export import HEADERS

    a = _r2()
    row = PortfolioEntry(0, "x", None, a).summary("nl")
    assert row["obligations"] == row["in_force"] + row["upcoming"] + row["date_undetermined"]
    # never25: Art. 80(4)-(5) and the 7 duties whose conditions are unknown (review81 D1); the
    # header no longer says "conditions met" of all of them
    assert row["not_binding"] == 9 and row["undetermined"] == 0
    assert HEADERS["not_binding"] == "Only after a significant change (Art. 111(2))"


def test_the_compliance_plan_and_algoritmekader_leave_them_out() -> None:
    """The plan orders duties that apply; the Algoritmekader requirements follow
    ``Assessment.obligations``: a never-binding Art. 80(4) adds no step and no requirement of
    its own."""
    a = _r2()
    steps = {s.obligation.id for s in a.plan().steps}
    assert "art80_4" not in steps


# --------------------------------------------------------------------------- 3. the contract


def test_the_json_keeps_every_21_key_and_obligations_keep_their_documented_statuses() -> None:
    """CHANGELOG, Versioning: a new key raises the minor part. Every key of 2.1 is there with
    the documented meaning of ``obligations`` (statuses in_force, upcoming, undetermined);
    ``not_binding`` is new."""
    data = _r2().to_dict("en")
    assert data["schema_version"] == "2.2"
    assert {o["status"] for o in data["obligations"]} <= {"in_force", "upcoming", "undetermined"}
    # never25: the duties whose conditions are unknown too ("applies": "unknown")
    met = [o["id"] for o in data["not_binding"] if o["applies"] == "true"]
    assert met == ["art80_4", "art80_5"]


# --------------------------------------------------------------------------- D1


@pytest.mark.parametrize(
    ("kind", "law", "readings", "day", "state"),
    [
        ("reclass", "amended", _A3, "2027-12-02", {}),
        ("iii_provider", "amended", {}, "2028-01-01", {"public": False}),
        ("iii_provider", "original", {}, "2026-09-01", {"public": False}),
        ("reclass", "amended", _A3, "2027-12-02", {"role": OPEN}),
    ],
)
def test_d1_never_dated_duties_are_not_listed_as_may_apply(
    kind: str, law: str, readings: dict[str, str], day: str, state: dict[str, Any]
) -> None:
    """Art. 111(2), first sentence: an unchanged legacy high-risk system outside the second
    sentence is not reached by the Regulation. Where a duty's date is "never" in every
    completion of the facts (status not_applicable, determined), no answer to its open
    conditions makes it an obligation that applies: it does not stand in
    ``Assessment.obligations`` (nor the portfolio's "undetermined", the web page's "may apply")
    but in ``Assessment.not_binding``, its conditions not yet determined.

    History: a strict xfail in review81 (round 24): in the R2 case (first row) Art. 60(4),
    60(4)(c), 60(7), 60(8), 61, 79(4) and 82(2) stood in ``obligations`` as "may apply". Fixed
    in never25 (round 25): ``never_binds`` is ``applies is not False and status is
    not_applicable`` (tests/test_never25.py holds "never" against random refinements)."""
    a = _assess(kind, law, readings, day, dict(_BASE, **state))
    never = [
        r.id
        for r in a.obligations
        if r.timing is not None and r.timing.status is Status.NOT_APPLICABLE
    ]
    assert never == []
    assert any(r.applies is None and r.never_binds for r in a.not_binding)
