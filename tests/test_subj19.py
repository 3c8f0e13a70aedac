"""subj19 (round 19): "I do not know yet whether it is an AI system" is not followed by "Is it an
AI system?".

Round 18 gave the first question four answers; the second, ``system`` ("A system or application
of which I do not know (yet) whether it is an AI system"), set nothing, and the interview then
asked ``ai_system`` ("Is the system an AI system?"): a person who had just said they do not know
was asked the same thing again (the beslishulp asks it once, 1.4.1). That answer now has its own
id, ``unknown_system``, which counts as ``ai_system``'s "don't know": that question is not asked,
and the elements of the definition of Art. 3(1) (``ai_system.*``) follow where they can decide,
exactly as after ``system`` and ``ai_system``'s "don't know". The old id ``system`` is still
taken (saved interviews, ``POST /v1/interviews``, Python), with its old flow (``ai_system``
next), but is no longer offered.
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
    OLD_SUBJECT_ANSWERS,
    SUBJECT_ANSWERS,
    SUBJECT_KINDS,
    SUBJECT_QUESTION,
    QuestionError,
    catalogue,
    next_question,
    step_question,
    subject_answer,
    subject_asked,
    subject_kind,
)
from aiact.questions.simulate import answer_from

AS_OF = "2026-11-28"
OFFERED = ["ai_system", "unknown_system", "not_ai_system", "model"]
UNKNOWN_EN = "A system or application of which I do not know (yet) whether it is an AI system"
UNKNOWN_NL = "Een systeem of toepassing waarvan ik (nog) niet weet of het een AI-systeem is"
ASKED_AGAIN_NL = "Is het systeem een AI-systeem?"

#: A system that is an AI system by the elements of Art. 3(1) (it learns from data), and one that
#: only follows rules people wrote (recital 12): what a person who knows how it works says.
BY_ELEMENTS: dict[str, dict[str, Any]] = {
    "learns": {
        "definition.machine_based": True,
        "definition.operates_with_some_autonomy": True,
        "definition.has_objectives": True,
        "definition.learns_from_data": True,
        "definition.reasons_from_encoded_knowledge": False,
        "definition.only_predefined_rules": False,
        "definition.only_mathematical_optimisation": False,
        "definition.only_classical_heuristics": False,
        "definition.only_simple_prediction": False,
        "definition.generates_outputs": True,
        "definition.outputs_influence_environment": True,
    },
    "fixed_rules": {
        "definition.machine_based": True,
        "definition.learns_from_data": False,
        "definition.reasons_from_encoded_knowledge": False,
        "definition.only_predefined_rules": True,
    },
    "nothing_known": {},
}


def _start(goal: str = "tier") -> Interview:
    return Interview.start(as_of=AS_OF, goal=goal)


def _walk(interview: Interview, truth: dict[str, Any], limit: int = 120) -> Interview:
    for _ in range(limit):
        question = interview.current
        if question is None:
            return interview
        interview = interview.answer(answer_from(question, truth, "system", interview.context))
    pytest.fail("the interview did not end")


# --------------------------------------------------------------------------- the law


def test_the_question_rests_on_the_definition_of_art_3_1() -> None:
    """The elements asked after "not known yet" are those of Art. 3(1), EN and NL."""
    assert quote("3", "'AI system' means a machine-based system", "both")
    assert quote("3", "infers, from the input it receives, how to generate outputs", "both")
    assert quote_nl("“AI-systeem”: een op een machine gebaseerd systeem")
    assert quote_nl("uit de ontvangen input afleidt hoe output te genereren")
    assert "Art. 3, point 1" in SUBJECT_QUESTION.cites
    elements = [q for q in catalogue().questions if q.id.startswith("ai_system.")]
    assert elements and all(q.follow_up and "ai_system" in q.after for q in elements)
    assert all(any(c.startswith("Art. 3") for c in q.cites) for q in elements)


# --------------------------------------------------------------------------- the answers


def test_the_four_answers_offered_in_order_and_the_old_one_taken() -> None:
    assert [o.id for o in SUBJECT_QUESTION.options] == OFFERED
    unknown = SUBJECT_QUESTION.option("unknown_system")
    assert (unknown.text_en, unknown.text_nl) == (UNKNOWN_EN, UNKNOWN_NL)
    assert unknown.sets == {}
    # the old id: not offered, still read (its facts, its words in a summary, its kind)
    assert "system" not in [o.id for o in SUBJECT_QUESTION.options]
    assert [o.id for o in OLD_SUBJECT_ANSWERS] == ["system"]
    assert [o.id for o in SUBJECT_ANSWERS.options] == [*OFFERED, "system"]
    old = SUBJECT_ANSWERS.option("system")
    assert old.text_en == "A system (whether it is an AI system is a question of its own)"
    assert old.text_nl == "Een systeem (of het een AI-systeem is, is een aparte vraag)"
    assert SUBJECT_ANSWERS.sets("system") == {}
    assert step_question("subject") is SUBJECT_ANSWERS
    assert step_question("ai_system") is catalogue().get("ai_system")
    assert SUBJECT_KINDS["unknown_system"] == SUBJECT_KINDS["system"] == "system"
    assert subject_kind("unknown_system") == subject_kind("system") == "system"
    assert subject_asked("unknown_system") == ("subject", "ai_system")
    for answer in ("ai_system", "system", "not_ai_system", "model"):
        assert subject_asked(answer) == ("subject",)
    with pytest.raises(QuestionError) as refused:
        subject_kind("robot")
    assert "unknown_system" in refused.value.text("nl") and "nog niet weet" in refused.value.text(
        "nl"
    )


def test_the_respondent_says_not_known_yet() -> None:
    """``subject_answer`` (the benchmark's and ``simulate``'s) gives the new id where
    ``is_ai_system`` is unknown."""
    context = _start().context
    assert subject_answer("system", {}) == "unknown_system"
    assert answer_from(SUBJECT_QUESTION, {}, "system", context) == "unknown_system"
    assert subject_answer("system", {"is_ai_system": True}) == "ai_system"
    assert subject_answer("system", {"is_ai_system": False}) == "not_ai_system"
    assert subject_answer("model", {}) == "model"


# --------------------------------------------------------------------------- the flow


@pytest.mark.parametrize("goal", ["tier", "obligations", "full"])
def test_an_element_follows_and_ai_system_is_not_asked(goal: str) -> None:
    """Right after "not known yet" an element of Art. 3(1) is asked (the goal is open: nothing
    is known), the one asked after ``system`` and ``ai_system``'s "don't know"."""
    new = _start(goal).answer("unknown_system")
    assert new.asked == ("subject", "ai_system")
    assert [s.question for s in new.steps] == ["subject"]
    assert new.current is not None and new.current.id.startswith("ai_system.")
    old = _start(goal).answer("system")
    assert old.current is not None and old.current.id == "ai_system"  # the old flow
    old = old.answer(None)
    assert old.current is not None and new.current.id == old.current.id
    # the ranking called directly, with the ids the answer counts as asked
    found = next_question({"system": {}}, AS_OF, goal, asked=subject_asked("unknown_system"))
    assert found is not None and found.id == new.current.id
    again = next_question({"system": {}}, AS_OF, goal, asked=["subject"])
    assert again is not None and again.id == "ai_system"


def test_ai_system_is_never_asked_after_not_known_yet() -> None:
    """Answering "don't know" to everything (the most questions), and answering as a person
    who knows how the system works: ``ai_system`` never comes."""
    interview = _start("full").answer("unknown_system")
    seen = []
    for _ in range(120):
        current = interview.current
        if current is None:
            break
        seen.append(current.id)
        interview = interview.answer(None)
    else:
        pytest.fail("the interview did not end")
    assert "ai_system" not in seen and any(q.startswith("ai_system.") for q in seen)
    for name, truth in BY_ELEMENTS.items():
        done = _walk(_start().answer("unknown_system"), truth)
        assert "ai_system" not in [s.question for s in done.steps], name


@pytest.mark.parametrize("name", sorted(BY_ELEMENTS))
def test_the_same_as_system_then_dont_know(name: str) -> None:
    """After ``unknown_system`` the interview asks what it asked after ``system`` and
    ``ai_system``'s "don't know", in the same order, and ends with the same facts, case file and
    tier."""
    truth = BY_ELEMENTS[name]
    new = _walk(_start().answer("unknown_system"), truth)
    old = _walk(_start().answer("system").answer(None), truth)
    assert [s.question for s in old.steps[:2]] == ["subject", "ai_system"]
    assert new.steps[1:] == old.steps[2:]
    assert new.facts == old.facts
    assert new.case_dict() == old.case_dict()
    assert new.case_yaml() == old.case_yaml()
    assert new.assessment.risk_tier == old.assessment.risk_tier
    assert new.determined == old.determined
    if name == "learns":
        assert new.facts.get("definition.learns_from_data") is True
        assert new.assessment.risk_tier.value != "not_an_ai_system"
    if name == "fixed_rules":
        assert new.assessment.risk_tier.value == "not_an_ai_system"  # recital 12


def test_the_old_system_keeps_its_flow() -> None:
    """A saved interview or a client that answered ``system``: ``ai_system`` next, as before."""
    base = _start("full").to_dict()
    saved = {**base, "kind": "system", "steps": [{"question": "subject", "answer": "system"}]}
    loaded = Interview.from_dict(saved)
    assert loaded.asked == ("subject",) and loaded.facts == {}
    assert loaded.current is not None and loaded.current.id == "ai_system"
    both = {**saved, "steps": [*saved["steps"], {"question": "ai_system", "answer": None}]}
    after = Interview.from_dict(both)
    assert after.current is not None and after.current.id.startswith("ai_system.")
    assert loaded.summary("en") == [
        (SUBJECT_QUESTION.text_en, "A system (whether it is an AI system is a question of its own)")
    ]
    assert (
        loaded.summary("nl")[0][1] == "Een systeem (of het een AI-systeem is, is een aparte vraag)"
    )


# --------------------------------------------------------------------------- back, JSON


def test_back_and_the_json_round_trip_are_exact() -> None:
    start = _start("tier")
    unknown = start.answer("unknown_system")
    assert unknown.back() == start
    assert unknown.back().current is SUBJECT_QUESTION and unknown.back().asked == ()
    element = unknown.current
    assert element is not None
    one = unknown.answer(element.options[-1].id, question=element.id)
    assert one.back() == unknown and one.back().current is not None
    assert one.back().current.id == element.id
    for interview in (unknown, one, _walk(unknown, BY_ELEMENTS["learns"])):
        data = interview.to_dict()
        assert data["steps"][0] == {"question": "subject", "answer": "unknown_system"}
        assert all(s["question"] != "ai_system" for s in data["steps"])
        again = Interview.from_dict(data)
        assert again == interview
        assert again.asked == interview.asked and again.current == interview.current
        assert Interview.from_json(interview.to_json()).to_dict() == data
    assert unknown.summary("en") == [(SUBJECT_QUESTION.text_en, UNKNOWN_EN)]
    assert unknown.summary("nl") == [(SUBJECT_QUESTION.text_nl, UNKNOWN_NL)]


def test_ai_system_cannot_be_answered_beside_not_known_yet() -> None:
    """The first answer said "don't know" to ``ai_system``: a second answer to it would be listed
    beside it (as review63 D1 for the first question); go back to change it."""
    unknown = _start().answer("unknown_system")
    for answer in ("yes", "no", None):
        with pytest.raises(QuestionError) as refused:
            unknown.answer(answer, question="ai_system")
        assert "go back" in refused.value.text("en") and "ga terug" in refused.value.text("nl")
    saved = {
        **unknown.to_dict(),
        "steps": [
            {"question": "subject", "answer": "unknown_system"},
            {"question": "ai_system", "answer": "yes"},
        ],
    }
    with pytest.raises(QuestionError):
        Interview.from_dict(saved)


# --------------------------------------------------------------------------- the terminal


def test_the_terminal_with_piped_answers_in_dutch_at_80_columns(tmp_path: Any) -> None:
    out = tmp_path / "case.yaml"
    result = CliRunner().invoke(
        main,
        ["interview", "--lang", "nl", "--as-of", AS_OF, "--out", str(out), "--no-arrows"],
        input="2\n",
        env={"COLUMNS": "80"},
    )
    assert result.exit_code == 0, result.output
    # (piped input echoes no newline: the prompt "Antwoord: " stands before the next line)
    # (and the line naming the case file holds pytest's long path)
    lines = [
        line.removeprefix("Antwoord: ")
        for line in result.output.splitlines()
        if str(out) not in line
    ]
    assert max(len(line) for line in lines) <= 80
    shown = " ".join(result.output.split())  # an option wraps at 80 columns
    for option in SUBJECT_QUESTION.options:
        assert " ".join(option.text_nl.split()) in shown
    assert (
        shown.index("Een AI-systeem")
        < shown.index("(nog) niet weet")
        < shown.index("geen AI-systeem is")
    )
    assert ASKED_AGAIN_NL not in result.output
    element = _start().answer("unknown_system").current
    assert element is not None
    assert " ".join(element.text_nl.split())[:40] in shown  # question 2: an element
    assert re.search(r"Vraag 2", result.output)
    case = load_case(out)
    assert case.system is not None and case.system.is_ai_system is None


# --------------------------------------------------------------------------- the service


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("fastapi", reason="the service needs the 'server' extra")
    from fastapi.testclient import TestClient

    from aiact.service import create_app
    from aiact.service.settings import Settings

    with TestClient(create_app(Settings())) as c:
        yield c


def _post(client: Any, *answers: tuple[str, Any], lang: str = "nl") -> Any:
    body = {
        "goal": "tier",
        "as_of": AS_OF,
        "answers": [{"question": q, "answer": a} for q, a in answers],
    }
    return client.post(f"/v1/interviews?lang={lang}", json=body)


def test_the_service(client: Any) -> None:
    response = _post(client, ("subject", "unknown_system"))
    assert response.status_code == 200
    assert response.headers["api-version"] == "1.9.0"
    state = response.json()
    assert state["kind"] == "system" and state["question"]["id"].startswith("ai_system.")
    assert state["answers"][0]["answer_text"] == UNKNOWN_NL
    assert [o["id"] for o in state["answers"] if o["question"] == "ai_system"] == []
    old = _post(client, ("subject", "system"), lang="en").json()
    assert old["question"]["id"] == "ai_system"
    assert (
        old["answers"][0]["answer_text"]
        == "A system (whether it is an AI system is a question of its own)"
    )
    after = _post(client, ("subject", "system"), ("ai_system", None)).json()
    assert after["question"]["id"] == state["question"]["id"]
    assert after["case"] == state["case"] and after["tier"] == state["tier"]
    refused = _post(client, ("subject", "unknown_system"), ("ai_system", "yes"))
    assert refused.status_code == 400
    assert [p["name"] for p in refused.json()["invalidParams"]] == ["answers[1].answer"]
    first = client.post("/v1/interviews?lang=en", json={"goal": "tier", "as_of": AS_OF}).json()
    assert [o["id"] for o in first["question"]["options"]] == OFFERED
    question = client.get("/v1/questions/subject?lang=en")
    if question.status_code == 200:
        assert [o["id"] for o in question.json()["options"]] == OFFERED


def test_the_openapi_document_names_the_new_answer(client: Any) -> None:
    doc = client.get("/v1/openapi.json").json()
    assert doc["info"]["version"] == "1.9.0"
    schema = doc["components"]["schemas"]["InterviewRequest"]
    assert "unknown_system" in schema["properties"]["answers"]["description"]


# --------------------------------------------------------------------------- the web page


def test_the_web_page_offers_the_four_answers_in_order(client: Any) -> None:
    from tests.test_service_web import _question, _state

    start = {"lang": "nl", "actie": "begin", "doel": "tier", "datum": AS_OF}
    first = client.post("/vragenlijst", data=start).text
    assert _question(first) == "subject"
    places = [first.index(f'value="{answer}"') for answer in OFFERED]
    assert places == sorted(places)
    assert 'value="system"' not in first
    assert UNKNOWN_NL in first and 'value="weet-niet"' not in first
    data = {"lang": "nl", "staat": _state(first), "vraag": "subject", "actie": "volgende"}
    page = client.post("/vragenlijst", data={**data, "antwoord": "unknown_system"}).text
    question = _question(page)
    assert question is not None and question.startswith("ai_system.")
    assert ASKED_AGAIN_NL not in page


# --------------------------------------------------------------------------- the notebook form


def test_the_notebook_form() -> None:
    pytest.importorskip("ipywidgets")
    from aiact.questions.widget import interview_form

    form = interview_form(lang="nl", as_of=AS_OF, goal="tier")
    assert [value for _, value in form.control.options] == OFFERED
    assert form.dont_know_button.disabled  # the second answer is the person's "not known yet"
    form.control.value = "unknown_system"
    form.submit(form.read())
    current = form.interview.current
    assert current is not None and current.id.startswith("ai_system.")
    assert not form.dont_know_button.disabled
    form.back()
    assert form.interview.current is SUBJECT_QUESTION


def test_a_refusal_after_the_old_answer_system_names_the_answers() -> None:
    """The old first answer ``system`` (saved interviews, service clients) is not offered, but a
    refusal after it still names the person's answers (round 19: fix19's naming read the first
    answer through the offered options only, and the refusal became 'system' is not one of its
    answers)."""
    from aiact.questions.model import QuestionError

    interview = Interview.start("2026-11-28", "tier").answer("system")
    with pytest.raises(QuestionError) as caught:
        interview.answer(["importer", "provider"], question="roles")
    text = caught.value.text("nl")
    assert "importeur" in text and "not one of its answers" not in str(caught.value)


def test_the_answers_already_given_are_refused_as_not_possible() -> None:
    """An answer to ``ai_system`` after "not known yet", and a second first answer, were
    understood: the terminal says "not possible", not "not understood" (review67's note)."""
    from aiact.questions.model import QuestionError

    interview = Interview.start("2026-11-28", "tier").answer("unknown_system")
    for answer, question in (("yes", "ai_system"), ("ai_system", "subject")):
        with pytest.raises(QuestionError) as caught:
            interview.answer(answer, question=question)
        assert caught.value.contradicts, (question, str(caught.value))
