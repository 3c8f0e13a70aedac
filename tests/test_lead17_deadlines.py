"""The list of upcoming deadlines of one system (round 17, the lead; fix16f's note).

A legacy high-risk system intended for public authorities whose significant change is not known
binds from the change, if any (Art. 111(2), first sentence), and in any case by 2 August 2030
(second sentence). Its date of binding is undetermined, but the date by which it must be met at
the latest is known: ``ObligationResult.due``. The list of upcoming deadlines
(``Assessment.deadlines``: the console, Markdown and HTML views, the iCalendar export, the
portfolio's next deadline) listed only obligations with a known date of binding, so a Dutch
ministry deploying such a system on 1 March 2027 saw "No upcoming deadlines" and an empty
calendar. It now lists every obligation that applies and is due after the day, on its due
date, marked "at the latest" ("uiterlijk", the word of the Dutch text) where the date of binding
is not known. Every other entry is unchanged: no result has a deadline before its date of
binding, so the due date is the date of binding wherever that is known.
"""

from __future__ import annotations

import datetime as dt

import pytest
from lawquote import quote, quote_nl
from timecases import PUBLIC_BODY, assess, system

D = dt.date

SECOND_SENTENCE = (
    "In any case, the providers and deployers of high-risk AI systems intended to be used by "
    "public authorities shall take the necessary steps to comply with the requirements and "
    "obligations of this Regulation by 2 August 2030."
)


def _legacy(change: dt.date | str | None, law: str) -> object:
    sys_ = system(
        roles=("deployer",),
        annex_iii=["4a"],
        context={"intended_for_public_authorities": True},
        placed_on_market=D(2025, 6, 1),
        significant_change=change,
    )
    return assess(sys_, D(2027, 3, 1), PUBLIC_BODY, law)


@pytest.mark.parametrize("law", ["original", "omnibus"])
def test_a_legacy_public_authority_system_with_the_change_unknown_lists_2030_at_the_latest(
    law: str,
) -> None:
    quote("111", SECOND_SENTENCE)
    quote_nl("uiterlijk op 2 augustus 2030")
    a = _legacy(None, law)
    r = a.obligation("art26_1")
    assert r.applies is True and r.applies_from is None and r.due == D(2030, 8, 2)
    listed = {x.id: x for x in a.deadlines()}
    assert "art26_1" in listed and listed["art26_1"].due == D(2030, 8, 2)
    assert all(x.due is not None and x.due > a.as_of for x in a.deadlines())
    assert [x.due for x in a.deadlines()] == sorted(x.due for x in a.deadlines())  # type: ignore[type-var]


@pytest.mark.parametrize("law", ["original", "omnibus"])
def test_the_views_mark_the_date_at_the_latest(law: str) -> None:
    a = _legacy(None, law)
    md_en = a.to_markdown("en")
    md_nl = a.to_markdown("nl")
    assert "No upcoming deadlines" not in md_en
    assert "2 Aug 2030 (at the latest)" in md_en
    assert "2 aug 2030 (uiterlijk)" in md_nl
    assert "2 aug 2030 (uiterlijk)" in a.to_html("nl")


def test_the_calendar_has_an_event_at_the_latest() -> None:
    icalendar = pytest.importorskip("icalendar")
    a = _legacy(None, "omnibus")
    cal = icalendar.Calendar.from_ical(a.to_ics("nl", generated_on=D(2027, 3, 1)))
    events = [e for e in cal.walk("VEVENT")]
    assert len(events) == len(a.deadlines()) > 0
    art26 = [e for e in events if "artikel 26, lid 1" in str(e.get("SUMMARY")).lower()]
    assert art26, [str(e.get("SUMMARY")) for e in events]
    assert art26[0].decoded("DTSTART") == D(2030, 8, 2)
    assert "uiterlijk" in str(art26[0].get("SUMMARY"))


@pytest.mark.parametrize("law", ["original", "omnibus"])
def test_a_known_change_lists_the_change_and_no_change_lists_2030(law: str) -> None:
    """Art. 111(2), first sentence: bound from a significant change; with none, the 2030 date
    of the second sentence is the date of binding itself (not marked)."""
    changed = _legacy(D(2028, 6, 1), law)
    r = {x.id: x for x in changed.deadlines()}["art26_1"]
    assert r.applies_from == r.due == D(2028, 6, 1)
    unchanged = _legacy("none", law)
    listed = {x.id: x for x in unchanged.deadlines()}
    assert "art26_1" in listed and listed["art26_1"].due == D(2030, 8, 2)
    assert "(at the latest)" not in unchanged.to_markdown("en")


# ----------------------------------------------- round 17, the lead: review58's note on models


def test_the_z3_encoding_of_a_model_knows_the_art_2_8_refusal_and_settlement() -> None:
    """Art. 2(8): research, testing or development "prior to their being placed on the market"
    (review58: the encoder held the refusal and the settlement for systems only). A model placed
    on or before the day assessed: its research fact is known (structural: settled no) and never
    true (background: refused), so no witness of a proof is a refused case."""
    z3 = pytest.importorskip("z3")
    from aiact.date_facts import MODEL_PRE_MARKET_ATOM
    from aiact.verify.dates import day_number
    from aiact.verify.encode import CaseVars

    quote("2", "prior to their being placed on the market or put into service")
    v = CaseVars("model")
    placed = v.first_placed
    research = v.facts[MODEL_PRE_MARKET_ATOM]
    before = z3.And(
        placed.is_day,
        placed.day == day_number(D(2025, 3, 1)),
        v.as_of == day_number(D(2026, 12, 5)),
    )
    for constraints, claim in (
        (v.structural, z3.Not(research.known)),
        (v.background, research.t),
    ):
        solver = z3.Solver()
        solver.add(*constraints, before, claim)
        assert solver.check() == z3.unsat
    # a planned placing leaves it open
    solver = z3.Solver()
    solver.add(
        *v.structural,
        *v.background,
        placed.is_day,
        placed.day == day_number(D(2027, 6, 1)),
        v.as_of == day_number(D(2026, 12, 5)),
        research.t,
    )
    assert solver.check() == z3.sat


# ------------------------------------------- round 17, the lead: the search for a pair ends


def test_the_search_for_a_pair_is_not_cut_off_before_it_finds_the_question() -> None:
    """Issue 16: ``next_question`` returns none exactly when nothing can still change the goal.
    On beslishulp path 3018 (a provider of an emotion recognition system, 1 September 2026)
    the search for a pair stopped at its bound of 2,000 trial answers before round 17, and the
    interview ended with the tier ahead open while the Annex I conditions could still decide it
    (Art. 6(1), Art. 113 third paragraph point (c)(ii) as amended)."""
    from beslishulp_path import interview_on_path

    asked = interview_on_path(3018)
    assert "emotion.infers" in asked
    # Round 18 (q18b): art6_1_conditions holds the product options too, and the ranking tries
    # "all of these but one", so the question is found directly, before emotion.infers (it was
    # found by the pair search after it).
    assert "art6_1_conditions" in asked
    # (interview_on_path asks until next_question gives none: with every question asked that
    # can still change it, none is left)


def test_an_option_presupposes_only_other_options_of_its_question() -> None:
    """``Option.presupposes`` names options of the same question (a misspelt id would silently
    decide nothing): the loader refuses any other."""
    from aiact.questions.model import QuestionError, _Loader

    raw = {
        "id": "x",
        "kind": "several_of",
        "text_en": "Which?",
        "text_nl": "Welke?",
        "options": [
            {
                "id": "a",
                "text_en": "A",
                "text_nl": "A",
                "sets": {"transparency.interaction_obvious": True},
                "presupposes": ["nope"],
            }
        ],
    }
    with pytest.raises(QuestionError, match="presupposes"):
        _Loader({}).question(raw, 0, "test")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_contradicting_options_are_refused_in_the_readers_language(lang: str) -> None:
    """review59: the refusal of two options whose words contradict each other ("only to
    prosecute" beside "to detect, prevent or investigate", Art. 50(1)-(3)) names both by their
    words in the reader's language, in the terminal, the notebook form and the service."""
    from aiact.questions.catalogue import catalogue
    from aiact.questions.model import ContradictingOptions
    from aiact.service.interviews import _reason

    q = catalogue().get("transparency_exceptions")
    with pytest.raises(ContradictingOptions) as error:
        q.sets(["law_enforcement", "law_enforcement_prosecution_only"])
    text = error.value.text(lang)  # type: ignore[arg-type]
    assert q.option("law_enforcement").text(lang) in text  # type: ignore[arg-type]
    assert ("spreken elkaar tegen" in text) is (lang == "nl")
    assert _reason(error.value, lang, "x") == text  # type: ignore[arg-type]
