"""Review 28 (round 13) of cb6521c: the Art. 111(2) branch of a legacy system defers to the
second sentence's own date rule (``<rule>.art111_2.public_authorities``), and the question and
field ``significant_change`` ask for the first significant change on or after the cut-off. The
defects found (strict xfails when written; both fixed after the review, now plain tests),
their controls, and the probes behind the verdicts in tests/data/coverage/reviews.yaml. Fast: a
handful of assessments."""

from __future__ import annotations

import datetime as dt

import pytest
from lawquote import quote, quote_nl, quote_recital
from timecases import COMPANY, PUBLIC_BODY, assess, system

import aiact
from aiact.date_facts import INPUT_DATES

D = dt.date
_PLACED = D(2025, 5, 1)  # before every Art. 111(2) cut-off
_DAY = D(2028, 3, 1)
_CHANGE = D(2029, 1, 10)  # on or after every cut-off, before 2 August 2030
_LAWS = ("2024/1689+2026/1744", "2024/1689")
_PUBLIC = {"intended_for_public_authorities": True, "used_by_public_authorities": True}
_PRIVATE = {"intended_for_public_authorities": False, "used_by_public_authorities": False}
_UNKNOWN = {"intended_for_public_authorities": None, "used_by_public_authorities": None}


def _deployer(context: dict[str, bool | None]) -> aiact.AISystem:
    """Annex III point 5(a), deployed by a private undertaking, first placed on 1 May 2025 and
    significantly changed on 10 January 2029."""
    return system(
        roles=("deployer",),
        annex_iii=["5a"],
        placed_on_market=_PLACED,
        significant_change=_CHANGE,
        context=context,
    )


def _quote_both_sentences() -> None:
    quote(
        "111",
        "only if, as from that date, those systems are subject to significant changes in their "
        "designs. In any case, the providers and deployers of high-risk AI systems intended to be "
        "used by public authorities shall take the necessary steps to comply with the "
        "requirements and obligations laid down in this Regulation by 2 August 2030",
        "amended",
    )
    quote_nl(
        "indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp ondergaan. "
        "In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken van AI-systemen "
        "met een hoog risico die bedoeld zijn om door overheidsinstanties te worden gebruikt"
    )


@pytest.mark.parametrize("law", _LAWS)
@pytest.mark.parametrize("context", [_PUBLIC, _PRIVATE], ids=["public", "private"])
def test_control_a_change_before_2030_dates_the_duties_in_every_completion(
    law: str, context: dict[str, bool | None]
) -> None:
    """The control of the xfail below: changed on 10 January 2029, the deployer's duties apply
    from the change whether or not the system is intended for public authorities (first
    sentence; the second adds only the 2030 deadline)."""
    _quote_both_sentences()
    result = assess(_deployer(context), _DAY, COMPANY, law).obligation("art26_1")
    assert result.applies is True
    assert result.applies_from == _CHANGE


@pytest.mark.parametrize("law", _LAWS)
def test_the_public_authority_use_unknown_keeps_the_date_of_a_known_change(law: str) -> None:
    """Art. 111(2): the Regulation applies to a legacy system "only if, as from that date, those
    systems are subject to significant changes in their designs"; the second sentence ("In any
    case ... by 2 August 2030") sets a deadline for providers and deployers of systems intended
    for public authorities, not a later start. Changed on 10 January 2029, the duties apply from
    that day in both completions of the public-authority use (the control above), so with that
    use unknown the date must stay 10 January 2029. The branch (cb6521c) admits the second
    sentence's rule (addressed unknown), whose first case reads
    legacy.case.changed_for_public_authorities, which repeats "addressed" (unknown), so its last
    case (2 August 2030) is admitted too: applies_from None, possible 10 January 2029 and
    2 August 2030. The same with the deployer role unknown."""
    _quote_both_sentences()
    result = assess(_deployer(_UNKNOWN), _DAY, COMPANY, law).obligation("art26_1")
    assert result.applies is True
    assert result.applies_from == _CHANGE


def test_control_the_public_deployer_keeps_the_2030_deadline_with_the_change_unknown() -> None:
    """The fix under review holds: a public deployer of a 5(a) system with the change unknown
    keeps the 2 August 2030 deadline (review27's xfail)."""
    _quote_both_sentences()
    sys_ = system(
        roles=("deployer",),
        annex_iii=["5a"],
        placed_on_market=_PLACED,
        significant_change=None,
        context=_PUBLIC,
    )
    result = assess(sys_, _DAY, PUBLIC_BODY).obligation("art26_1")
    assert result.applies is True
    assert result.deadline == D(2030, 8, 2)
    assert result.timing is not None and D(2030, 8, 2) in result.timing.possible_applies_from


def test_control_the_english_date_label_names_the_first_change() -> None:
    """The control of the xfail below: the English label of the input date."""
    assert "the first on or after the cut-off" in INPUT_DATES["significant_change"][1]


def test_the_dutch_date_label_names_the_first_change_not_the_latest() -> None:
    """Art. 111(2) NL: "indien die systemen vanaf die datum aanzienlijke wijzigingen in hun
    ontwerp ondergaan"; the first such change brings the system in (review27). The question
    (NL: "geef de eerste op of na de datum in de toelichting") and the label of the field now
    ask for the first change on or after the cut-off, but the Dutch label of the input date
    (aiact/date_facts.py INPUT_DATES, shown in explain-date --lang nl) still reads "de laatste
    aanzienlijke wijziging in het ontwerp": "vanaf de laatste van de laatste aanzienlijke
    wijziging in het ontwerp (onbekend) en 2 dec 2027"."""
    quote_nl(
        "indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp ondergaan"
    )
    quote_recital(177, "only if, from that date, those systems are subject to significant changes")
    sys_ = system(
        roles=("deployer",),
        annex_iii=["5a"],
        placed_on_market=_PLACED,
        significant_change=None,
        context=_PUBLIC,
    )
    text = assess(sys_, _DAY, PUBLIC_BODY).explain_date("Art. 26(1)").text(lang="nl")
    assert "laatste aanzienlijke wijziging" not in text
    assert "laatste" not in INPUT_DATES["significant_change"][2]
