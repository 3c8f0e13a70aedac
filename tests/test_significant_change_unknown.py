"""Art. 111(2): whether a legacy high-risk system was significantly changed in its design is a
fact like any other (round 13, ADR 0037). ``significant_change`` is its date, ``"none"`` (no
significant change), or empty: not known, and the answers that turn on it stay undetermined.
Until round 13 an empty one meant "none", a presumption the output never stated, and the
interview never asked the question (round 12, helper trace13)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lawquote import quote, quote_nl
from timecases import assess, system

import aiact
from aiact.errors import InputError
from aiact.facts import NO_DATE
from aiact.interview import Interview

D = dt.date
_PLACED = D(2025, 5, 1)  # before the Art. 111(2) cut-off on either route and text
_DAY = D(2028, 3, 1)  # the amended text; Annex III high-risk applies from 2 December 2027


def _legacy(change: dt.date | str | None) -> aiact.AISystem:
    """Annex III point 5(b) (creditworthiness, profiling): high-risk; provided and deployed by a
    private company, not intended for public authorities, first placed on 1 May 2025."""
    return system(
        roles=("provider", "deployer"),
        annex_iii=["5b"],
        placed_on_market=_PLACED,
        significant_change=change,
    )


def test_art111_2_turns_on_the_change_and_an_unknown_change_is_undetermined() -> None:
    """Art. 111(2): "this Regulation shall apply to operators of high-risk AI systems ... only
    if, as from that date, those systems are subject to significant changes in their designs"."""
    quote(
        "111",
        "only if, as from that date, those systems are subject to significant changes in their "
        "designs",
        "amended",
    )
    quote_nl(
        "indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp ondergaan",
    )
    none = assess(_legacy("none"), _DAY)
    changed = assess(_legacy(D(2028, 1, 10)), _DAY)
    unknown = assess(_legacy(None), _DAY)
    assert none.obligation("art9").applies is False
    assert changed.obligation("art9").applies is True
    assert changed.obligation("art9").applies_from == D(2028, 1, 10)
    # Not known: neither answer is presumed.
    assert unknown.obligation("art9").applies is None
    assert unknown.value("legacy.significant_change") is None
    assert unknown.value("legacy.placed_before_cutoff") is True
    timing = unknown.obligation("art9").timing
    assert timing is not None and timing.applies_from is None
    assert "significant_change" in timing.undetermined_because


def test_a_change_before_the_cut_off_is_still_none_as_from_that_date() -> None:
    """A change on 1 October 2026 is not one "as from" the Annex III cut-off (2 December 2027,
    A2 default): the system stays a legacy system, as with no change at all."""
    before = assess(_legacy(D(2026, 10, 1)), _DAY)
    assert before.obligation("art9").applies is False
    assert before.value("legacy.significant_change") is False


def test_the_unknown_change_is_asked_for_by_name() -> None:
    """The open questions name the fact, so a person (or the interview) can answer it."""
    unknown = assess(_legacy(None), _DAY)
    assert "significant_change" in {q.fact for q in unknown.open_questions}
    assert "significant_change" not in {
        q.fact for q in assess(_legacy("none"), _DAY).open_questions
    }


@pytest.mark.parametrize("text", ["none", "None", " NONE "])
def test_none_is_read_in_any_case(text: str) -> None:
    assert aiact.AISystem(significant_change=text).significant_change == NO_DATE


def test_a_word_that_is_not_none_nor_a_date_is_refused_by_name() -> None:
    with pytest.raises(InputError) as error:
        aiact.assess({"is_ai_system": True, "significant_change": "never"}, {}, "2028-03-01")
    assert "significant_change" in str(error.value)


def test_a_case_file_says_none_and_keeps_it() -> None:
    """A case file writes "none" back as it was read, and an empty change stays empty."""
    from aiact.case import dump_case, parse_case_text

    text = (
        "as_of: 2028-03-01\n"
        "organisation: {kind: private_undertaking, member_state: NL}\n"
        "system: {is_ai_system: true, placed_on_market: 2025-05-01, significant_change: none}\n"
    )
    case = parse_case_text(text)
    assert case.system is not None and case.system.significant_change == NO_DATE
    written = dump_case(case)
    assert '"significant_change": "none"' in written
    again = parse_case_text(written)
    assert again.system is not None and again.system.significant_change == NO_DATE


def _legacy_facts(change: Any) -> dict[str, Any]:
    return _legacy(change).model_dump(mode="json")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["1a", "4a", "5a", "5b", "8b"]),
    st.dates(min_value=D(2024, 8, 1), max_value=D(2027, 12, 1)),
    st.dates(min_value=D(2027, 12, 2), max_value=D(2031, 12, 31)),
    st.dates(min_value=D(2026, 8, 2), max_value=D(2031, 12, 31)),
    st.booleans(),
)
def test_an_unknown_change_concludes_only_what_both_answers_conclude(
    point: str, placed: dt.date, change: dt.date, day: dt.date, public: bool
) -> None:
    """Kleene monotonicity for the new unknown (Art. 111(2)): wherever the assessment with the
    change unknown concludes an obligation applies or not, or dates it, the assessment with
    "none" and with a change on a day after the cut-off conclude the same."""
    base = system(
        roles=("provider", "deployer"),
        annex_iii=[point],
        placed_on_market=placed,
        context={"intended_for_public_authorities": public, "used_by_public_authorities": public},
        significant_change=None,
    )
    unknown = assess(base, day)
    known = [
        assess(base.model_copy(update={"significant_change": value}), day)
        for value in (NO_DATE, max(change, placed))
    ]
    for result in unknown.obligation_results:
        for other in known:
            theirs = other.obligation(result.id)
            if result.applies is not None:
                assert theirs.applies is result.applies, (result.id, other.system)
            if result.applies and result.applies_from is not None:
                assert theirs.applies_from == result.applies_from, result.id
            if result.applies and result.deadline is not None:
                assert theirs.deadline == result.deadline, result.id


def test_the_interview_asks_about_the_change_of_a_legacy_system() -> None:
    """The question of Art. 111(2) is asked where its answer can still change the result;
    "none" writes "none" into the case file, "don't know" leaves it unknown."""
    facts = _legacy_facts(None)
    facts.pop("name", None)
    case = {"system": facts, "organisation": {"kind": "private_undertaking", "member_state": "NL"}}
    iv = Interview.start(case=case, as_of="2028-03-01", goal="obligations")
    seen = []
    while iv.current is not None and iv.current.id != "significant_change" and len(seen) < 40:
        seen.append(iv.current.id)
        iv = iv.answer(None)
    assert iv.current is not None and iv.current.id == "significant_change", seen
    answered = iv.answer("none")
    assert answered.assessment.obligation("art9").applies is False
    assert "significant_change: none" in answered.case_yaml()
    dated = iv.answer("2028-01-10")
    assert dated.assessment.obligation("art9").applies_from == D(2028, 1, 10)
    unknown = iv.answer(None)
    assert unknown.assessment.obligation("art9").applies is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["4a", "5a", "5b"]),
    st.dates(min_value=D(2024, 8, 1), max_value=D(2027, 12, 1)),
    st.dates(min_value=D(2026, 8, 2), max_value=D(2031, 12, 31)),
    st.dates(min_value=D(2026, 8, 2), max_value=D(2031, 12, 31)),
    st.sampled_from([("deployer",), ("provider",), ("provider", "deployer")]),
    st.booleans(),
)
def test_an_unknown_public_authority_use_concludes_only_what_both_answers_conclude(
    point: str,
    placed: dt.date,
    change: dt.date,
    day: dt.date,
    roles: tuple[str, ...],
    change_known: bool,
) -> None:
    """Kleene monotonicity over the facts of both sentences of Art. 111(2) (review28 found an
    unknown public-authority use admitting 2 August 2030 beside a known change): with the
    public-authority use unknown (and the change known or not), every conclusion on whether an
    obligation applies, from when and by when holds in each completion."""
    public_unknown = {"intended_for_public_authorities": None, "used_by_public_authorities": None}
    base = system(
        roles=roles,
        annex_iii=[point],
        placed_on_market=placed,
        context=public_unknown,
        significant_change=max(change, placed) if change_known else None,
    )
    unknown = assess(base, day)
    completions = []
    for public in (True, False):
        context = base.context.model_copy(
            update={"intended_for_public_authorities": public, "used_by_public_authorities": public}
        )
        changes = [base.significant_change] if change_known else [NO_DATE, max(change, placed)]
        for value in changes:
            completed = base.model_copy(update={"context": context, "significant_change": value})
            completions.append(assess(completed, day))
    for result in unknown.obligation_results:
        for other in completions:
            theirs = other.obligation(result.id)
            if result.applies is not None:
                assert theirs.applies is result.applies, result.id
            if result.applies and result.applies_from is not None:
                assert theirs.applies_from == result.applies_from, result.id
            if result.applies and result.deadline is not None:
                assert theirs.deadline == result.deadline, result.id
