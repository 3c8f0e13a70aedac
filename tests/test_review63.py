"""review63 (round 18): second reading of subj18 (the first question settles Art. 3(1) where the
person can say so: ``ai_system``, ``system``, ``not_ai_system``, ``model``).

Defects (strict xfail until fixed):

* D1 (Art. 3(1); ``Interview.answer``): an answer to the first question is taken whenever it is
  named, without the check every other answer gets ("Raises QuestionError for an answer ... that
  contradicts the facts given"). Since subj18 that answer states ``is_ai_system``, so a case that
  says "not an AI system" answered ``subject: ai_system`` (or a second ``subject`` answer
  ``not_ai_system`` after ``ai_system``) is accepted: the answers list the person's "An AI
  system" / "A system that is not an AI system" while the facts keep the other value (an answer
  fills only unknown facts), and the saved interview, loaded again, drops the case's facts (a
  subject step first: ``from_dict`` starts from no case) and so means the subject answer: the
  result changes on loading. The service (POST /v1/interviews) does the same.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from lawquote import quote, quote_nl

from aiact.interview import Interview
from aiact.questions import QuestionError

AS_OF = "2026-12-05"
NOT_AN_AI_SYSTEM = {"system": {"is_ai_system": False}}


def _quote_art3_1() -> None:
    quote(
        "3",
        "'AI system' means a machine-based system that is designed to operate with varying "
        "levels of autonomy",
        "both",
    )
    quote_nl("“AI-systeem”: een op een machine gebaseerd systeem")


# --------------------------------------------------------------------------- what holds


@pytest.mark.parametrize(
    ("answer", "value", "done"),
    [("ai_system", True, False), ("system", None, False), ("not_ai_system", False, True)],
)
def test_each_system_answer_means_what_ai_system_s_answer_meant(
    answer: str, value: bool | None, done: bool
) -> None:
    _quote_art3_1()
    iv = Interview.start(as_of=AS_OF, goal="tier").answer(answer)
    assert iv.kind == "system"
    assert iv.facts.get("is_ai_system") is value
    assert iv.done is done
    again = Interview.from_dict(iv.to_dict())
    assert again.facts == iv.facts
    assert again.kind == iv.kind


# --------------------------------------------------------------------------- D1


def test_d1_a_subject_answer_contradicting_the_case_is_refused() -> None:
    _quote_art3_1()
    iv = Interview.start(as_of=AS_OF, goal="tier", case=NOT_AN_AI_SYSTEM)
    assert iv.kind == "system"
    with pytest.raises(QuestionError):
        iv.answer("ai_system", question="subject")


def test_d1_a_second_subject_answer_contradicting_the_first_is_refused() -> None:
    iv = Interview.start(as_of=AS_OF, goal="tier").answer("ai_system")
    with pytest.raises(QuestionError):
        iv.answer("not_ai_system", question="subject")


def test_d1_an_accepted_interview_means_the_same_after_loading() -> None:
    iv = Interview.start(as_of=AS_OF, goal="tier", case=NOT_AN_AI_SYSTEM)
    try:
        iv = iv.answer("ai_system", question="subject")
    except QuestionError:
        return  # refused (the fix): nothing to save
    again = Interview.from_dict(iv.to_dict())
    assert again.facts.get("is_ai_system") == iv.facts.get("is_ai_system")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    pytest.importorskip("fastapi", reason="the service needs the 'server' extra")
    from fastapi.testclient import TestClient

    from aiact.service import create_app
    from aiact.service.settings import Settings

    with TestClient(create_app(Settings())) as c:
        yield c


@pytest.mark.parametrize(
    "body",
    [
        {
            "answers": [
                {"question": "subject", "answer": "ai_system"},
                {"question": "subject", "answer": "not_ai_system"},
            ]
        },
        {"case": NOT_AN_AI_SYSTEM, "answers": [{"question": "subject", "answer": "ai_system"}]},
    ],
    ids=["two-subject-answers", "case-says-not"],
)
def test_d1_the_service_refuses_a_contradicting_subject_answer(
    client: object, body: dict[str, object]
) -> None:
    response = client.post(  # type: ignore[attr-defined]
        "/v1/interviews?lang=nl", json={"goal": "tier", "as_of": AS_OF, **body}
    )
    assert response.status_code == 400, response.json()
