"""Issue 16: an interview's refusal names the facts by the person's words, not by field paths.

The input checks (aiact/facts.py, aiact/date_facts.py) name the facts a case contradicts by
their paths, right for a developer calling ``aiact.assess``. A person in an interview chose
options of questions: the refusal names each fact by the words of the answer that set it.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import aiact
from aiact.cli import main
from aiact.errors import InputError
from aiact.interview import Interview
from aiact.questions.catalogue import catalogue
from aiact.questions.fields import all_fields
from aiact.questions.model import QuestionError

AS_OF = "2026-11-28"
DOTTED = re.compile(r"[a-z_]+\.[a-z_]+")
BARE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
"""A field id without a dot (``placed_on_market``): refused where it is a field's (fix19)."""
BARE_FIELDS = frozenset(path for path in all_fields() if "." not in path)


def _refusal(interview: Interview, answer: Any, question: str | None = None) -> QuestionError:
    with pytest.raises(QuestionError) as caught:
        interview.answer(answer, question=question)
    error = caught.value
    assert isinstance(error.cause, InputError), error  # an input check's refusal
    assert error.cause.problems[0].conflict is not None
    return error


def _option(question: str, option: str, lang: str = "nl") -> str:
    found = catalogue().get(question).option(option)
    return found.text_nl if lang == "nl" else found.text_en


def _question_start(question: str, lang: str = "nl") -> str:
    """The first words of a question, as a refusal naming it shows them (shortened)."""
    words = catalogue().get(question).text(lang)  # type: ignore[arg-type]
    return " ".join(words.split()[:6])


def _system() -> Interview:
    return Interview.start(AS_OF, "full").answer("ai_system").answer(None)


def _no_paths(text: str) -> None:
    """No dotted path, no bare field id (placed_on_market) and no Python list (``['4b']``:
    review65 D2, fix19)."""
    assert not DOTTED.findall(text), text
    assert not BARE_FIELDS.intersection(BARE.findall(text)), text
    assert "['" not in text, text


# --------------------------------------------------------------------------- Python API


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_importer_beside_the_provider_is_named_by_the_option(lang: str) -> None:
    error = _refusal(_system(), ["importer", "provider"], "roles")
    text = error.text(lang)  # type: ignore[arg-type]
    assert _option("roles", "provider", lang) in text
    _no_paths(text)
    # the developer's message keeps the field path
    assert "roles.provider" in str(error)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_union_market_fact_is_named_by_its_question(lang: str) -> None:
    """ "Made available on the Union market" (a yes/no question) answered yes, then "used
    nowhere in the Union": the refusal names the yes/no question, and the territory answer
    the reason is about."""
    interview = _system().answer(["deployer"], question="roles")
    interview = interview.answer("yes", question="system_made_available")
    error = _refusal(interview, [], "territory")
    text = error.text(lang)  # type: ignore[arg-type]
    assert _question_start("system_made_available", lang) in text
    assert "exclusions.made_available_on_union_market" not in text
    _no_paths(text)
    # the other way round: the Union market answer is refused, the territory answer named
    interview = _system().answer(["deployer"], question="roles").answer([], question="territory")
    error = _refusal(interview, "yes", "system_made_available")
    text = error.text(lang)  # type: ignore[arg-type]
    assert _question_start("territory", lang) in text
    _no_paths(text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_annex_iii_points_list_is_named_by_its_question(lang: str) -> None:
    """A list of Annex III points without 1(c), then "it recognises emotions": the refusal
    names the option chosen and the question of the list, never ``annex_iii.points``."""
    interview = _system().answer(["deployer"], question="roles")
    interview = interview.answer(["point_4b"], question="annex_iii_points")
    error = _refusal(interview, ["emotion_recognition"], "transparency_features")
    text = error.text(lang)  # type: ignore[arg-type]
    assert _option("transparency_features", "emotion_recognition", lang) in text
    assert _question_start("annex_iii_points", lang) in text
    _no_paths(text)
    assert "annex_iii.points" in str(error)


def test_the_dutch_refusal_keeps_its_translated_reason() -> None:
    error = _refusal(_system(), ["importer", "provider"], "roles")
    text = error.text("nl")
    assert "een importeur brengt een systeem van een aanbieder uit een derde land" in text
    assert '(het antwoord "' in text and "; artikel 3, punt 6)" in text  # round 19: one clause


# --------------------------------------------------------------------------- developers


def test_a_developer_still_reads_the_field_paths() -> None:
    """aiact.assess, the CLI's assess and the service's assessments are unchanged."""
    with pytest.raises(InputError) as caught:
        aiact.assess({"roles": {"importer": True, "provider": True}}, {}, AS_OF)
    problem = caught.value.problems[0]
    assert problem.path == "system.roles.importer"
    assert problem.message.startswith(
        "an importer places on the market a system of a third-country provider; it cannot also "
        "be that provider, roles.provider (Art. 3(6))"
    )
    assert "roles.provider (artikel 3, punt 6)" in problem.params["reason_nl"]
    assert set(problem.to_dict()) == {"path", "kind", "message", "params"}
    system = {"exclusions": {"placed_or_used_in_eu": False}, "roles": {"importer": True}}
    with pytest.raises(InputError) as caught:
        aiact.assess(system, {}, AS_OF)
    assert "roles.importer is true: an importer" in caught.value.problems[0].message
    assert "roles.importer is waar" in caught.value.problems[0].params["reason_nl"]


def test_a_conflict_pickles_with_the_facts_it_names() -> None:
    import pickle

    system = {"exclusions": {"placed_or_used_in_eu": False, "made_available_on_union_market": True}}
    with pytest.raises(InputError) as caught:
        aiact.assess(system, {}, AS_OF)
    conflict = caught.value.problems[0].conflict
    assert conflict is not None
    assert conflict.paths == ("exclusions.made_available_on_union_market",)
    again = pickle.loads(pickle.dumps(conflict))
    assert again.paths == conflict.paths and again.reason("nl") == conflict.reason("nl")
    words = {"exclusions.made_available_on_union_market": "HET ANTWOORD"}
    assert "HET ANTWOORD is waar" in conflict.reason("nl", words)


# --------------------------------------------------------------------------- the terminal


def _walk(case: dict[str, Any], target: str, line: str) -> tuple[list[str], QuestionError]:
    """The lines a person types ("don't know" until ``target`` is asked, then ``line``, an
    answer by option ids) and the refusal the Python interview gives them."""
    from aiact.questions.terminal import parse_answer

    interview = Interview.start(AS_OF, "full", case=case)
    lines = []
    while interview.current is not None and interview.current.id != target:
        lines.append("?")
        interview = interview.answer(None)
        assert len(lines) < 40
    assert interview.current is not None
    return [*lines, line], _refusal(interview, parse_answer(interview.current, line))


def _terminal(tmp_path: Path, lang: str, case: dict[str, Any], lines: list[str]) -> str:
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(case), encoding="utf-8")
    args = ["interview", "--lang", lang, "--as-of", AS_OF, "--no-arrows", "--case", str(path)]
    result = CliRunner().invoke(main, args, input="\n".join([*lines, "stop", ""]))
    return " ".join(result.output.split())


def _typed(tmp_path: Path, lang: str, case: dict[str, Any], target: str, line: str) -> str:
    """The refusal the terminal prints for ``line`` typed at ``target``: the Python
    interview's words, without a field path."""
    lines, error = _walk(case, target, line)
    text = error.text(lang)  # type: ignore[arg-type]
    _no_paths(text)
    out = _terminal(tmp_path, lang, case, lines)
    assert " ".join(text.split()) in out
    # understood, but contradicting what is known: "not possible", not "not understood"
    # (round 19, review66's note)
    assert error.contradicts
    assert ("Niet mogelijk:" if lang == "nl" else "Not possible:") in out
    assert ("Niet begrepen" if lang == "nl" else "Not understood") not in out
    return text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_terminal_names_the_answers(tmp_path: Path, lang: str) -> None:
    # an importer beside the provider
    case: dict[str, Any] = {"as_of": AS_OF, "system": {"is_ai_system": True}}
    text = _typed(tmp_path, lang, case, "roles", "importer provider")
    assert _option("roles", "provider", lang) in text
    # the Union market fact, named where research before the placing is refused
    case = {
        "as_of": AS_OF,
        "system": {"is_ai_system": True, "exclusions": {"made_available_on_union_market": True}},
    }
    text = _typed(tmp_path, lang, case, "exclusions", "pre_market")
    assert _question_start("system_made_available", lang) in text
    # the Annex III points list
    case = {
        "as_of": AS_OF,
        "system": {
            "is_ai_system": True,
            "roles": {"deployer": True},
            "annex_iii": {"points": ["4b"]},
        },
    }
    text = _typed(tmp_path, lang, case, "transparency_features", "emotion_recognition")
    assert _option("transparency_features", "emotion_recognition", lang) in text
    assert _question_start("annex_iii_points", lang) in text


# --------------------------------------------------------------------------- property


def _random_answer(rng: random.Random, interview: Interview) -> Any:
    question = interview.current
    assert question is not None
    shown = interview.options(question)
    if question.kind == "several_of":
        return [o.id for o in shown if rng.random() < 0.4]
    if question.kind in ("yes_no", "one_of"):
        return rng.choice(shown).id if rng.random() < 0.9 else None
    if question.kind == "date":
        return rng.choice(["2025-01-01", "2027-06-01", None])
    return rng.choice(["10", "100000000", None])


@settings(deadline=None)
@given(st.randoms(use_true_random=False), st.sampled_from(["ai_system", "model"]))
def test_a_refusal_in_a_random_interview_names_no_path_a_question_sets(
    rng: random.Random, subject: str
) -> None:
    interview = Interview.start(AS_OF, "full").answer(subject)
    for _ in range(30):
        if interview.current is None:
            return
        try:
            interview = interview.answer(_random_answer(rng, interview))
        except QuestionError as error:
            for lang in ("nl", "en"):
                text = error.text(lang)  # type: ignore[arg-type]
                for path in DOTTED.findall(text):
                    assert not catalogue().asking(path), (path, text)
                # no bare field id and no Python list either (review65 D2, fix19)
                assert not BARE_FIELDS.intersection(BARE.findall(text)), text
                assert "['" not in text, text
            return


# --------------------------------------------------------------------------- the service


def test_the_service_names_the_answers() -> None:
    """``POST /v1/interviews``: the refusal of an answer reads as the terminal's."""
    pytest.importorskip("fastapi", reason="the service needs the 'server' extra")
    from fastapi.testclient import TestClient

    from aiact.service import create_app
    from aiact.service.settings import Settings

    body = {
        "as_of": AS_OF,
        "answers": [
            {"question": "subject", "answer": "ai_system"},
            {"question": "roles", "answer": ["importer", "provider"]},
        ],
    }
    with TestClient(create_app(Settings())) as client:
        response = client.post("/v1/interviews?lang=nl", json=body)
    assert response.status_code == 400, response.text
    reason = response.json()["invalidParams"][0]["reason"]
    assert _option("roles", "provider") in reason
    _no_paths(reason)
