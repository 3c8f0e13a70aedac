"""Exact relevance in the interview (issue 19, item 3): the solver's relevance as the hook
:data:`aiact.questions.relevance.EXACT_RELEVANCE`.

The native check (trying each question's answers on the engine) is sound: every question it
returns can change the goal. Over generated partial cases (the scenario cases with a seeded
random part of their facts forgotten), every question it returns for the goals ``tier`` and
``obligations`` is exactly relevant by the solver (over completions that may leave facts
unknown, as "don't know" does); with the hook installed, the interview asks the same next
question.
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

pytest.importorskip("z3", reason="the verify extra (z3-solver) is not installed")

from aiact.case import case_from_mapping
from aiact.questions import catalogue
from aiact.questions import relevance as native
from aiact.questions.fields import SubjectKind, flatten
from aiact.questions.goals import Context, assess_facts
from aiact.verify.interview import ExactRelevance, use_exact_relevance

SCENARIOS = Path(__file__).resolve().parent / "scenarios"


@cache
def _partial_cases() -> tuple[tuple[str, dict[str, Any], SubjectKind, Context], ...]:
    """Scenario cases with a random part of their facts forgotten (seeded; valid cases only)."""
    rng = random.Random(19)
    files = sorted(SCENARIOS.glob("*.yaml"))
    out = []
    for file in files:
        scenarios = yaml.safe_load(file.read_text(encoding="utf-8")) or []
        for scenario in rng.sample(scenarios, min(2, len(scenarios))):
            case = case_from_mapping(scenario["case"])
            kind: SubjectKind = "system" if case.system is not None else "model"
            truth = flatten(case.model_dump(mode="json"), kind)
            context = Context(case.as_of or dt.date(2026, 9, 1), case.law, case.interpretations)
            keep = {k: v for k, v in truth.items() if rng.random() < 0.4}
            if isinstance(native.MEMO.assess(keep, kind, context), Exception):
                continue
            out.append((f"{file.stem}::{scenario['id']}", keep, kind, context))
    return tuple(out)


def test_there_are_enough_partial_cases() -> None:
    cases = _partial_cases()
    assert len(cases) >= 25
    assert {kind for _, _, kind, _ in cases} == {"system", "model"}


def _refused(facts: dict[str, Any], kind: SubjectKind, context: Context, ranked: Any) -> bool:
    """The native witness of a question's relevance (an answer, with the answers to other
    questions it needs) is a case the input models refuse."""
    answer = ranked.witness[0]
    changed = {**facts, **ranked.given, **ranked.question.sets(answer)}
    try:
        assess_facts(changed, kind, context)
    except ValueError:
        return True
    return False


@cache
def _disagreements(goal: str) -> tuple[int, tuple[tuple[str, str, bool], ...]]:
    """The questions :func:`rank` returns and the solver finds exactly irrelevant, each with
    whether the native witness is a refused case; and how many the solver confirmed."""
    check = ExactRelevance("any")
    saved = native.EXACT_RELEVANCE
    native.EXACT_RELEVANCE = None
    confirmed = 0
    out = []
    try:
        native.clear_cache()
        for name, facts, kind, context in _partial_cases():
            for ranked in native.rank(facts, kind, context, goal, ["subject"]):  # type: ignore[arg-type]
                verdict = check(facts, kind, context, goal, ranked.question)
                confirmed += verdict is True
                if verdict is False:
                    refused = _refused(facts, kind, context, ranked)
                    out.append((name, ranked.question.id, refused))
    finally:
        native.EXACT_RELEVANCE = saved
    return confirmed, tuple(out)


@pytest.mark.parametrize("goal", ["tier", "obligations"])
def test_every_question_the_native_check_returns_is_exactly_relevant(goal: str) -> None:
    """Soundness of the native check, decided by the solver: a question :func:`rank` returns
    (two of its answers, "don't know" included, give different views) is exactly relevant, or
    its native witness is an answer the input models refuse (none since round 5, below)."""
    confirmed, found = _disagreements(goal)
    assert confirmed >= 100  # the solver decided, it did not fall back
    unexplained = [(name, qid) for name, qid, refused in found if not refused]
    assert not unexplained


def test_the_native_check_never_relies_on_a_refused_answer() -> None:
    """Round 5 finding, fixed: a trial answer whose facts the input checks refuse (a given
    Annex III list that lacks the point the definitions derive, Art. 3(39)) is not a witness of
    relevance (aiact.questions.goals.assess_with checks consistency as aiact.assess does)."""
    for goal in ("tier", "obligations"):
        _, found = _disagreements(goal)
        assert not found


def test_the_solver_skips_questions_that_cannot_change_the_tier() -> None:
    """Exact irrelevance: on a case where the Act does not apply (an AI system used exclusively
    for military, defence or national security purposes: Art. 2(3)), no question about the Annex III
    uses can change the tier; and under completions that state every direct question, the
    follow-ups of "Is it an AI system?" (what the system does) never are relevant once it is
    answered."""
    context = Context(dt.date(2026, 9, 1))
    questions = {q.id: q for q in catalogue().for_kind("system")}
    check = ExactRelevance("any")
    outside = {
        "is_ai_system": True,
        "exclusions.exclusively_military_defence_national_security": True,
    }
    assert native.MEMO.assess(outside, "system", context).risk_tier.value == "out_of_scope"  # type: ignore[union-attr]
    assert check({}, "system", context, "tier", questions["ai_system"]) is True
    annex = [q for q in questions.values() if any(f.startswith("annex_iii.") for f in q.facts)]
    assert annex
    assert all(check(outside, "system", context, "tier", q) is False for q in annex)
    known = ExactRelevance("known")
    follow_ups = [q for q in questions.values() if "ai_system" in q.after]
    assert follow_ups
    assert all(known({}, "system", context, "tier", q) is False for q in follow_ups)
    assert any(check({}, "system", context, "tier", q) is True for q in follow_ups)


def test_the_solver_leaves_the_full_goal_to_the_native_check() -> None:
    """Deadlines and fines are outside the translation: the goal ``full`` is not decided."""
    context = Context(dt.date(2026, 9, 1))
    question = catalogue().for_kind("system")[0]
    assert ExactRelevance()({}, "system", context, "full", question) is None


def test_with_the_hook_the_interview_asks_the_same_next_question() -> None:
    """Over completions that may leave facts unknown the solver only skips what the native
    check would try in vain, so the next question is the same (where the native one needs no
    answer given to another question)."""
    states = [(facts, kind, context) for _, facts, kind, context in _partial_cases()[::3]]
    expected = []
    saved = native.EXACT_RELEVANCE
    native.EXACT_RELEVANCE = None
    try:
        native.clear_cache()
        for facts, kind, context in states:
            found = native.best(facts, kind, context, "tier", ["subject"])
            expected.append(found.question.id if found is not None and not found.given else None)
    finally:
        native.EXACT_RELEVANCE = saved
    with use_exact_relevance() as hook:
        assert native.EXACT_RELEVANCE is hook
        for (facts, kind, context), wanted in zip(states, expected, strict=True):
            found = native.best(facts, kind, context, "tier", ["subject"])
            if wanted is not None:
                assert found is not None and found.question.id == wanted
        assert hook.checks > 0
    assert native.EXACT_RELEVANCE is saved


def test_the_interview_does_not_import_the_solver() -> None:
    """z3 stays an optional extra: the interview imports it only when the hook is asked for."""
    code = (
        "import sys, datetime as dt\n"
        "from aiact.questions.goals import Context\n"
        "from aiact.questions.relevance import best\n"
        "best({}, 'system', Context(dt.date(2026, 9, 1)), 'tier')\n"
        "import aiact.verify\n"
        "assert 'z3' not in sys.modules, 'z3 imported'\n"
        "from aiact.verify import use_exact_relevance\n"
        "assert 'z3' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
