"""subj18 (round 18, issue 16): the first question says what it is about, once.

The interview began with "What is the assessment about: an AI system, or a general-purpose AI
model?" and, to a person who answered "An AI system", asked at once "Is the system an AI
system?": the same question twice. The beslishulp asks it once (1.4.1: "Is jouw (beoogde)
toepassing een AI-systeem? Ja / Nee / Ik weet het niet"). The first question now settles it where
the person can say so: ``ai_system`` sets ``is_ai_system`` as ``ai_system``'s "yes" does,
``not_ai_system`` as its "no", ``system`` sets nothing (the question ``ai_system`` and, after its
"don't know", the definition's elements are asked as before: its "don't know"), ``model`` as
before. The ids ``system`` and ``model`` keep their meaning for saved interviews, service
clients and case files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner
from lawquote import quote, quote_nl

from aiact.case import load_case
from aiact.cli import main
from aiact.interview import Interview
from aiact.questions import (
    SUBJECT_KINDS,
    SUBJECT_QUESTION,
    QuestionError,
    catalogue,
    next_question,
    subject_answer,
    subject_kind,
)
from aiact.questions.simulate import answer_from

AS_OF = "2026-11-28"

#: Each answer of the first question, the answer of ``ai_system`` it stands for (None: "don't
#: know", that question is still asked) and the kind of case it starts.
SAME_AS: dict[str, tuple[str | None, str]] = {
    "ai_system": ("yes", "system"),
    "unknown_system": (None, "system"),  # round 19 (subj19): the words of round 18's "system"
    "not_ai_system": ("no", "system"),
}

DEFINITION_EN = (
    "a machine-based system that is designed to operate with varying levels of autonomy and "
    "that may exhibit adaptiveness after deployment, and that, for explicit or implicit "
    "objectives, infers, from the input it receives, how to generate outputs such as "
    "predictions, content, recommendations, or decisions that can influence physical or "
    "virtual environments"
)
DEFINITION_NL = (
    "een op een machine gebaseerd systeem dat is ontworpen om met verschillende niveaus van "
    "autonomie te werken en dat na het inzetten ervan aanpassingsvermogen kan vertonen, en dat, "
    "voor expliciete of impliciete doelstellingen, uit de ontvangen input afleidt hoe output te "
    "genereren zoals voorspellingen, inhoud, aanbevelingen of beslissingen die van invloed "
    "kunnen zijn op fysieke of virtuele omgevingen"
)


def test_the_help_quotes_the_definition_of_an_ai_system() -> None:
    """The person chooses on the words of Art. 3(1), in both languages."""
    assert quote("3", f"'AI system' means {DEFINITION_EN}", "both")
    assert quote_nl(f"“AI-systeem”: {DEFINITION_NL}")
    assert f'"{DEFINITION_EN}"' in SUBJECT_QUESTION.help_en
    assert f'"{DEFINITION_NL}"' in SUBJECT_QUESTION.help_nl
    assert "Art. 3, point 1" in SUBJECT_QUESTION.cites


def test_the_options_and_their_texts() -> None:
    ids = [o.id for o in SUBJECT_QUESTION.options]
    # round 19 (subj19): round 18's second answer has the id unknown_system; the old system is
    # still taken, not offered (tests/test_subj19.py)
    assert ids == ["ai_system", "unknown_system", "not_ai_system", "model"]
    kinds = {k: kind for k, (_, kind) in SAME_AS.items()}
    assert dict(SUBJECT_KINDS) == {**kinds, "model": "model", "system": "system"}
    texts = {o.id: (o.text_en, o.text_nl) for o in SUBJECT_QUESTION.options}
    assert texts["ai_system"] == ("An AI system", "Een AI-systeem")
    unknown = texts["unknown_system"]
    assert "do not know (yet)" in unknown[0] and "(nog) niet weet" in unknown[1]
    assert texts["not_ai_system"] == ("A system that is not an AI system",
                                      "Een systeem dat geen AI-systeem is")  # fmt: skip
    assert texts["model"] == ("A general-purpose AI model", "Een AI-model voor algemene doeleinden")


@pytest.mark.parametrize("answer", sorted(SAME_AS))
def test_each_system_option_sets_what_the_question_ai_system_sets(answer: str) -> None:
    """``ai_system``'s "yes" / "don't know" / "no" are the facts of the three system options."""
    same, kind = SAME_AS[answer]
    ai_system = catalogue().get("ai_system")
    assert SUBJECT_QUESTION.sets(answer) == ai_system.sets(same)
    interview = Interview.start(as_of=AS_OF, goal="full").answer(answer)
    assert interview.kind == kind
    assert interview.facts == ai_system.sets(same)
    # the same facts as the old way round: "system", then ai_system's answer
    old = Interview.start(as_of=AS_OF, goal="full").answer("system")
    old = old.answer(same, question="ai_system")
    assert old.facts == interview.facts
    assert old.case_dict() == interview.case_dict()
    assert interview.assessment.risk_tier == old.assessment.risk_tier


def test_the_model_option_is_as_before() -> None:
    interview = Interview.start(as_of=AS_OF, goal="full").answer("model")
    assert interview.kind == "model" and interview.facts == {}
    assert SUBJECT_QUESTION.sets("model") == {}


def test_the_interview_never_asks_ai_system_after_the_subject_settles_it() -> None:
    """After ``ai_system`` or ``not_ai_system`` the fact is known: ``ai_system`` and the
    definition's elements are not asked; after ``system`` it is the next question."""
    for answer in ("ai_system", "not_ai_system"):
        interview = Interview.start(as_of=AS_OF, goal="full").answer(answer)
        for _ in range(80):  # answer "don't know" to everything: the most questions
            current = interview.current
            if current is None:
                break
            assert current.id != "ai_system" and not current.id.startswith("ai_system."), answer
            interview = interview.answer(None)
        else:
            pytest.fail("the interview did not end")
    not_ai = Interview.start(as_of=AS_OF, goal="full").answer("not_ai_system")
    assert not_ai.done and not_ai.assessment.risk_tier.value == "not_an_ai_system"
    unknown = Interview.start(as_of=AS_OF, goal="full").answer("system")
    assert unknown.current is not None and unknown.current.id == "ai_system"
    # after its "don't know", the definition's elements follow as before
    after = unknown.answer(None)
    assert after.current is not None and after.current.id.startswith("ai_system.")
    # next_question on the facts the answer sets
    assert next_question({"system": {"is_ai_system": True}}, AS_OF).id != "ai_system"  # type: ignore[union-attr]


def test_back_summary_and_a_contradicting_answer() -> None:
    interview = Interview.start(as_of=AS_OF, goal="full").answer("ai_system")
    back = interview.back()
    assert back.kind is None and back.current is SUBJECT_QUESTION and back.facts == {}
    assert interview.summary("nl") == [(SUBJECT_QUESTION.text_nl, "Een AI-systeem")]
    with pytest.raises(QuestionError, match="is_ai_system"):
        interview.answer("no", question="ai_system")
    with pytest.raises(QuestionError, match="not_ai_system"):
        Interview.start(as_of=AS_OF).answer("robot")
    with pytest.raises(QuestionError):
        subject_kind(None)


def test_saved_interviews_with_the_old_ids_load_and_mean_what_they_meant() -> None:
    """A saved interview that answered ``system`` (then ``ai_system``) or ``model``."""
    base = Interview.start(as_of=AS_OF, goal="full").to_dict()
    saved = {**base, "kind": "system", "steps": [{"question": "subject", "answer": "system"}]}
    loaded = Interview.from_dict(saved)
    assert loaded.kind == "system" and loaded.facts == {}
    assert loaded.current is not None and loaded.current.id == "ai_system"
    both = {**saved, "steps": [*saved["steps"], {"question": "ai_system", "answer": "yes"}]}
    assert Interview.from_dict(both).facts == {"is_ai_system": True}
    model = {**base, "kind": "model", "steps": [{"question": "subject", "answer": "model"}]}
    assert Interview.from_dict(model).kind == "model"
    new = Interview.start(as_of=AS_OF, goal="full").answer("ai_system")
    again = Interview.from_json(new.to_json())
    assert again.facts == {"is_ai_system": True} and again.asked == ("subject",)


def test_the_respondent_answers_the_subject_from_the_truth() -> None:
    """``answer_from`` (the benchmark's and the tests' respondent) and :func:`subject_answer`."""
    cases: list[tuple[str, dict[str, Any], str]] = [
        ("system", {"is_ai_system": True}, "ai_system"),
        ("system", {"is_ai_system": False}, "not_ai_system"),
        ("system", {}, "unknown_system"),  # round 19 (subj19)
        ("model", {}, "model"),
    ]
    for kind, truth, expected in cases:
        assert subject_answer(kind, truth) == expected  # type: ignore[arg-type]
        context = Interview.start(as_of=AS_OF).context
        assert answer_from(SUBJECT_QUESTION, truth, kind, context) == expected  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the terminal


@pytest.mark.parametrize(
    ("line", "written"),
    [("1", {"is_ai_system": True}), ("3", {"is_ai_system": False}), ("2", {})],
)
def test_the_terminal_takes_the_new_answers(
    line: str, written: dict[str, Any], tmp_path: Any
) -> None:
    out = tmp_path / "case.yaml"
    result = CliRunner().invoke(
        main,
        ["interview", "--lang", "nl", "--as-of", AS_OF, "--out", str(out), "--no-arrows"],
        input=f"{line}\n",
    )
    assert result.exit_code == 0, result.output
    shown = " ".join(result.output.split())  # an option may wrap at the terminal's width
    assert "(nog) niet weet of het een AI-systeem is" in shown
    # round 19 (subj19): "2" (not known yet) is that question's "don't know": never asked
    assert result.output.count("Is het systeem een AI-systeem?") == 0
    case = load_case(out)
    assert case.system is not None
    assert case.system.is_ai_system == written.get("is_ai_system")


# --------------------------------------------------------------------------- the service


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("fastapi", reason="the service needs the 'server' extra")
    from fastapi.testclient import TestClient

    from aiact.service import create_app
    from aiact.service.settings import Settings

    with TestClient(create_app(Settings())) as c:
        yield c


def _post(client: Any, answer: Any) -> Any:
    body = {"goal": "tier", "as_of": AS_OF, "answers": [{"question": "subject", "answer": answer}]}
    return client.post("/v1/interviews?lang=nl", json=body)


def test_the_service_takes_the_new_answers_and_the_old(client: Any) -> None:
    state = _post(client, "ai_system").json()
    assert state["kind"] == "system" and state["question"]["id"] != "ai_system"
    assert state["case"]["system"]["is_ai_system"] is True
    assert state["answers"][0]["answer_text"] == "Een AI-systeem"
    state = _post(client, "not_ai_system").json()
    assert state["done"] is True and state["tier"]["risk_tier"] == "not_an_ai_system"
    state = _post(client, "system").json()
    assert state["kind"] == "system" and state["question"]["id"] == "ai_system"
    state = _post(client, "model").json()
    assert state["kind"] == "model"
    refused = _post(client, "robot")
    assert refused.status_code == 400
    assert [p["name"] for p in refused.json()["invalidParams"]] == ["answers[0].answer"]


def test_the_openapi_example_uses_the_new_answer(client: Any) -> None:
    doc = client.get("/v1/openapi.json").json()
    text = str(doc)
    assert "'answer': 'ai_system'" in text


# --------------------------------------------------------------------------- the web page


def _web(client: Any, page: str, answer: str) -> str:
    from tests.test_service_web import _question, _state

    data = {"lang": "nl", "staat": _state(page), "vraag": _question(page), "actie": "volgende"}
    response = client.post("/vragenlijst", data={**data, "antwoord": answer})
    assert response.status_code == 200, response.text
    return str(response.text)


@pytest.mark.parametrize(
    "answer", ["ai_system", "unknown_system", "system", "not_ai_system", "model"]
)
def test_the_web_questionnaire_takes_the_new_answers(client: Any, answer: str) -> None:
    from tests.test_service_web import _question

    start = {"lang": "nl", "actie": "begin", "doel": "tier", "datum": AS_OF}
    first = client.post("/vragenlijst", data=start).text
    assert _question(first) == "subject"
    for option in SUBJECT_QUESTION.options:
        assert f'value="{option.id}"' in first
    assert "(nog) niet weet of het een AI-systeem is" in first
    # no "I don't know" button on the first question: its second answer is the person's "not
    # known yet" (the button led to a refusal naming option ids; the lead, round 18)
    assert 'value="weet-niet"' not in first
    page = _web(client, first, answer)
    if _question(page) is not None:
        assert 'value="weet-niet"' in page  # every later question offers it
    question = _question(page)
    if answer == "system":
        assert question == "ai_system"
    elif answer == "not_ai_system":
        assert question is None and re.search(r"geen AI-systeem", page)
    else:
        assert question not in ("subject", "ai_system")


# --------------------------------------------------------------------------- the notebook form


def test_the_notebook_form_takes_the_new_answers() -> None:
    pytest.importorskip("ipywidgets")
    from aiact.questions.widget import interview_form

    form = interview_form(lang="nl", as_of=AS_OF, goal="tier")
    labels = [label for label, _ in form.control.options]
    assert labels == [o.text_nl for o in SUBJECT_QUESTION.options]
    form.control.value = "not_ai_system"
    form.submit(form.read())
    assert form.interview.kind == "system" and form.interview.done
    form.back()
    form.control.value = "ai_system"
    form.submit(form.read())
    assert form.interview.facts == {"is_ai_system": True}
    assert form.interview.current is not None and form.interview.current.id != "ai_system"
