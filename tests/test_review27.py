"""Review 27 (round 13) of ADR 0037 (448c35e, 9dc0f95): ``significant_change`` is a date,
``"none"`` or empty (not known). The defects found (strict xfails), their controls, and the
probes behind the verdicts in tests/data/coverage/reviews.yaml. Fast: a handful of
assessments."""

from __future__ import annotations

import datetime as dt

import pytest
from lawquote import quote, quote_nl
from timecases import PUBLIC_BODY, assess, system

import aiact
from aiact.questions import catalogue as questions

D = dt.date
_PLACED = D(2025, 5, 1)  # before every Art. 111(2) cut-off
_DAY = D(2028, 3, 1)  # the amended text in force; Annex III high-risk from 2 December 2027
_COMPLETIONS = ("none", D(2026, 3, 1), D(2029, 1, 10), D(2031, 1, 10))
"""The change known: none, before the cut-off, before and after 2 August 2030."""


def _public_deployer(change: dt.date | str | None) -> aiact.AISystem:
    """Annex III point 5(a) (eligibility for public assistance benefits), deployed by a public
    authority, intended for and used by public authorities, first placed on 1 May 2025."""
    return system(
        roles=("deployer",),
        annex_iii=["5a"],
        placed_on_market=_PLACED,
        significant_change=change,
        context={"intended_for_public_authorities": True, "used_by_public_authorities": True},
    )


def _quote_second_sentence() -> None:
    quote(
        "111",
        "In any case, the providers and deployers of high-risk AI systems intended to be used "
        "by public authorities shall take the necessary steps to comply with the requirements "
        "and obligations laid down in this Regulation by 2 August 2030",
        "amended",
    )
    quote_nl(
        "In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken van AI-systemen "
        "met een hoog risico die bedoeld zijn om door overheidsinstanties te worden gebruikt, de "
        "nodige stappen om uiterlijk op 2 augustus 2030 aan de eisen en verplichtingen van deze "
        "verordening te voldoen."
    )


@pytest.mark.parametrize("change", _COMPLETIONS)
def test_control_every_known_change_keeps_the_2030_deadline(change: dt.date | str) -> None:
    """The control of the xfail below: whatever the change (none, before the cut-off, before or
    after 2 August 2030), the deployer of a legacy system intended for public authorities must
    comply "by 2 August 2030" (Art. 111(2), second sentence)."""
    _quote_second_sentence()
    result = assess(_public_deployer(change), _DAY, PUBLIC_BODY).obligation("art26_1")
    assert result.applies is True
    assert result.deadline == D(2030, 8, 2)


def test_an_unknown_change_keeps_the_2030_deadline_of_the_second_sentence() -> None:
    """Art. 111(2), second sentence: "In any case, the providers and deployers of high-risk AI
    systems intended to be used by public authorities shall take the necessary steps to comply
    ... by 2 August 2030". "In any case": the deadline does not turn on the change, and every
    completion of the unknown change gives it (the control above). With the change unknown the
    assessment says the duty applies but reports no deadline (``deadline`` None, so no
    "comply by" in the reason, the report or the calendar). Kleene: what every completion
    concludes, the unknown must not lose where the cases that may hold all say it; here the
    cases ``legacy.case.changed_for_public_authorities`` and
    ``legacy.case.for_public_authorities`` are both unknown and together exhaust the branch,
    but the selection also admits the complement case (no deadline). Fixed after the review:
    the branch defers to the second sentence's own date rule
    (``<rule>.art111_2.public_authorities``), whose cases both give the deadline."""
    _quote_second_sentence()
    result = assess(_public_deployer(None), _DAY, PUBLIC_BODY).obligation("art26_1")
    assert result.applies is True
    assert result.deadline == D(2030, 8, 2)


def test_the_unknown_change_stays_open_where_the_completions_differ() -> None:
    """Where the completions differ (the date of the duty: from the change before 2 August
    2030, or 2 August 2030), the date stays undetermined and names the change."""
    result = assess(_public_deployer(None), _DAY, PUBLIC_BODY).obligation("art26_1")
    assert result.applies_from is None
    assert result.timing is not None
    assert "significant_change" in result.timing.undetermined_because
    assert D(2030, 8, 2) in result.timing.possible_applies_from


def test_the_question_asks_for_the_change_that_brings_the_system_in() -> None:
    """Art. 111(2): the Regulation applies "only if, as from that date, those systems are
    subject to significant changes in their designs"; recital 177: "only if, from that date,
    those systems are subject to significant changes". Once the first such change has
    happened the system is under the Regulation; a later change does not postpone it. The
    question (and the field) ask for "the latest change": a system changed on 10 January 2029
    and again on 10 January 2030 would be dated from 2030 (the later of the change and the
    Art. 113 date), a year late. The date that decides is that of the first significant
    change on or after the cut-off. Fixed after the review: the question and the field ask for
    the first change on or after the cut-off (the help gives the dates), with none since, the
    most recent."""
    quote(
        "111",
        "only if, as from that date, those systems are subject to significant changes in their "
        "designs",
        "amended",
    )
    quote_nl(
        "indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp ondergaan"
    )
    question = questions().get("significant_change")
    assert "latest" not in question.text("en")
    assert "laatste" not in question.text("nl")
