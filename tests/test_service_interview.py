"""The guided interview over HTTP (issue 17 with issue 16): stateless, the client sends the facts
known and the answers so far and gets the next question; answered from the facts of a bundled
example it ends on the tier the library gives for that example; every bad answer is a problem
detail naming it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

pytest.importorskip("fastapi", reason="the service needs the 'server' extra")

from fastapi.testclient import TestClient

from aiact.case import case_from_mapping
from aiact.questions import catalogue, read_facts
from aiact.questions.simulate import answer_from
from aiact.service import create_app
from aiact.service.limits import Limits
from aiact.service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
THREE = (
    "benefits-fraud-risk-scoring.yaml",
    "municipal-chatbot.yaml",
    "gpai-model-provider.yaml",
)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings())) as c:
        yield c


@pytest.fixture(scope="module")
def validator(client: TestClient) -> Any:
    """A validator of the ``InterviewState`` schema of the published OpenAPI document."""
    import jsonschema
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    doc = client.get("/v1/openapi.json").json()
    registry = Registry().with_resource("urn:doc", DRAFT202012.create_resource(doc))
    schema = {"$ref": "urn:doc#/components/schemas/InterviewState"}
    return jsonschema.Draft202012Validator(schema, registry=registry)


def post(client: TestClient, body: Any, lang: str = "en") -> Any:
    return client.post(f"/v1/interviews?lang={lang}", json=body)


def problem(response: Any) -> list[tuple[str, str]]:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert "Traceback" not in response.text
    return [(p["name"], p["code"]) for p in response.json()["invalidParams"]]


def test_the_first_question_is_system_or_model(client: TestClient, validator: Any) -> None:
    state = post(client, {"goal": "tier", "as_of": "2026-11-28"}).json()
    validator.validate(state)
    assert state["question"]["id"] == "subject"
    options = {o["id"] for o in state["question"]["options"]}
    # round 18 (subj18); round 19 (subj19): "not known yet" is unknown_system, system is old
    assert options == {"ai_system", "unknown_system", "not_ai_system", "model"}
    assert state["done"] is False and state["tier"] is None and state["case"] is None
    dutch = post(client, {}, lang="nl").json()
    assert dutch["question"]["text"].startswith("Waar gaat de beoordeling over")


@pytest.mark.parametrize("name", THREE)
def test_answered_from_an_example_it_ends_on_the_tier_of_the_library(
    client: TestClient, validator: Any, name: str
) -> None:
    """Each answer is what a person who knows the example's facts would say
    (:func:`aiact.questions.simulate.answer_from`); the last state has no question and the tier
    of ``aiact assess`` on the example, on the example's date."""
    data = yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))
    case = case_from_mapping(data)
    expected = case.assess().risk_tier.value
    truth = read_facts(case)
    assert truth.kind is not None and truth.context is not None
    body: dict[str, Any] = {"goal": "tier", "as_of": case.as_of.isoformat(), "answers": []}
    for _ in range(120):
        state = post(client, body).json()
        validator.validate(state)
        question = state["question"]
        if question is None:
            break
        if question["id"] == "subject":
            answer: Any = truth.kind
        else:
            answer = answer_from(catalogue().get(question["id"]), truth.flat, truth.kind,
                                 truth.context)  # fmt: skip
        body["answers"].append({"question": question["id"], "answer": answer})
    assert state["done"] is True
    assert state["tier"]["risk_tier"] == expected
    # the state is the answers: the case file of the last state assesses to the same tier
    again = case_from_mapping(state["case"]).assess(as_of=case.as_of)
    assert again.risk_tier.value == expected


def test_facts_known_before_are_not_asked(client: TestClient) -> None:
    data = yaml.safe_load((EXAMPLES / "gpai-model-provider.yaml").read_text(encoding="utf-8"))
    body = {"goal": "tier", "case": yaml.safe_load(yaml.safe_dump(data, default_flow_style=None))}
    state = client.post("/v1/interviews", json=_jsonable(body)).json()
    assert state["kind"] == "model"
    assert state["question"] is None or state["question"]["id"] != "subject"


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ([], [("body", "type")]),
        ({"goal": "everything", "answers": {}}, [("goal", "invalid_value"), ("answers", "type")]),
        ({"as_of": "2026-02-30"}, [("as_of", "type")]),
        (
            {"as_of": "2020-01-01"},
            [("as_of", "before_in_force")],
        ),  # round 23: its own kind (review79 D3)
        ({"colour": "red"}, [("colour", "unknown_field")]),
        ({"answers": ["x"]}, [("answers[0]", "type")]),
        (
            {"answers": [{"question": "nope", "answer": None}]},
            [("answers[0].question", "invalid_value")],
        ),
        (
            {"answers": [{"question": "subject", "answer": "x"}]},
            [("answers[0].answer", "invalid_value")],
        ),
        ({"answers": [{"question": "subject", "answer": True}]}, [("answers[0].answer", "type")]),
        (
            {"answers": [{"question": "roles", "answer": ["deployer"]}]},
            [("answers[0].answer", "invalid_value")],
        ),
        (
            {
                "answers": [
                    {"question": "subject", "answer": "system"},
                    {"question": "roles", "answer": ["pilot"]},
                ]
            },
            [("answers[1].answer", "invalid_value")],
        ),
        (
            {
                "case": {
                    "organisation": {"kind": "private_undertaking", "established_in_eu": False},
                    "system": {"is_ai_system": True, "roles": {"importer": True}},
                }
            },
            # a contradiction with organisation.established_in_eu (round 7: kind contradiction)
            [("case.system.roles.importer", "contradiction")],
        ),
        (
            {"case": {"organisation": {"kind": "guild"}, "system": {}}},
            [("case.organisation.kind", "invalid_value")],
        ),
    ],
)
def test_bad_requests_name_the_field(
    client: TestClient, body: Any, expected: list[tuple[str, str]]
) -> None:
    assert problem(post(client, body)) == expected


def test_the_number_of_answers_is_bounded() -> None:
    with TestClient(create_app(Settings(limits=Limits(max_answers=3)))) as c:
        answers = [{"question": "subject", "answer": "system"}] * 4
        assert problem(post(c, {"answers": answers})) == [("answers", "too_large")]
        doc = c.get("/v1/openapi.json").json()
        assert (
            doc["components"]["schemas"]["InterviewRequest"]["properties"]["answers"]["maxItems"]
            == 3
        )


def test_the_time_budget_holds_for_interviews() -> None:
    with TestClient(create_app(Settings(limits=Limits(time_budget=1e-9)))) as c:
        response = post(c, {"answers": [{"question": "subject", "answer": "system"}]})
        assert response.status_code == 503
        assert response.headers["retry-after"].isdigit()


def test_the_questions(client: TestClient) -> None:
    every = client.get("/v1/questions").json()
    assert every[0]["id"] == "subject"
    assert len(every) == len(catalogue().questions) + 1
    roles = client.get("/v1/questions/roles?lang=en").json()
    assert roles["kind"] == "several_of" and "deployer" in {o["id"] for o in roles["options"]}
    missing = client.get("/v1/questions/nope")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"


def test_the_service_asks_what_the_library_asks(client: TestClient) -> None:
    """Service equals library: at every step the next question and the case so far are the
    library's own (:class:`aiact.interview.Interview`)."""
    from aiact.interview import Interview

    data = yaml.safe_load((EXAMPLES / "municipal-chatbot.yaml").read_text(encoding="utf-8"))
    case = case_from_mapping(data)
    truth = read_facts(case)
    assert truth.kind is not None and truth.context is not None
    library = Interview.start(as_of=case.as_of, goal="full")
    body: dict[str, Any] = {"goal": "full", "as_of": case.as_of.isoformat(), "answers": []}
    while True:
        state = post(client, body).json()
        current = library.current
        assert (state["question"] or {}).get("id") == (current.id if current else None)
        if library.kind is not None:
            assert state["case"] == _jsonable(library.case_dict())
        if current is None:
            break
        if current.id == "subject":
            answer: Any = truth.kind
        else:
            answer = answer_from(current, truth.flat, truth.kind, truth.context)
        library = library.answer(answer)
        body["answers"].append({"question": current.id, "answer": library.steps[-1].answer})


def test_a_saved_interview_answering_the_four_retired_questions(client: TestClient) -> None:
    """q18c: the answers of a round-17 client that answered derogation_conditions, profiling,
    annex_i_product and annex_i_conditions are read as today's two questions; an
    error after them names the answer at its place in the request, and a part answered without
    the rest is refused at its own place (English and Dutch)."""
    from test_q18c import CHAINED, EXPECTED

    body = {"goal": "full", "as_of": "2028-01-10", "answers": CHAINED}
    state = post(client, body).json()
    assert [a["question"] for a in state["answers"]] == [
        "subject",
        "annex_iii_points",
        "annex_i_legislation",
        "art6_3_conditions",
        "art6_1_conditions",
        "roles",
    ]
    system = state["case"]["system"]
    for path, value in EXPECTED.items():
        group, name = path.split(".")
        assert system.get(group, {}).get(name) == value, path  # unknown: left out of the case
    # roles is the sixth answer read but the seventh sent: named answers[6]
    bad = [*CHAINED[:6], {"question": "roles", "answer": ["nobody"]}, CHAINED[7]]
    assert problem(post(client, {**body, "answers": bad})) == [("answers[6].answer",
                                                               "invalid_value")]  # fmt: skip
    for lang, words in (("en", "is no longer asked"), ("nl", "wordt niet meer gesteld")):
        response = post(client, {**body, "answers": CHAINED[:7]}, lang)
        assert problem(response) == [("answers[4]", "invalid_value")]
        assert words in response.json()["invalidParams"][0]["reason"]
    # a question id that is not a text is reported as such, not taken for a retired one
    odd = [*CHAINED[:7], {"question": ["profiling"], "answer": "yes"}]
    assert problem(post(client, {**body, "answers": odd})) == [("answers[4]", "invalid_value")]
    odd = [CHAINED[0], {"question": ["profiling"], "answer": "yes"}]
    assert problem(post(client, {**body, "answers": odd})) == [("answers[1].question", "type")]
