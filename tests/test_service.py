"""The HTTP API (issue 17): the NL API Design Rules it follows, its error format, its limits and
its resources. The linter, the property-based tests and service-equals-library have their own
files (tests/test_service_*.py)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

pytest.importorskip("fastapi", reason="the service needs the 'server' extra")

from fastapi.testclient import TestClient

import aiact
from aiact.service import API_VERSION, create_app
from aiact.service.examples import CASES, FRAUD_SCORING, LANGUAGE_MODEL
from aiact.service.limits import Limits
from aiact.service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PROBLEM = "application/problem+json"
SECURITY = {
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def example(name: str) -> dict[str, Any]:
    data = yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))
    return json.loads(json.dumps(data, default=str))  # dates as strings, as a client sends them


def make_client(**settings: Any) -> TestClient:
    return TestClient(create_app(Settings(**settings)))


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with make_client() as c:
        yield c


@pytest.fixture(scope="module")
def openapi(client: TestClient) -> dict[str, Any]:
    document: dict[str, Any] = client.get("/v1/openapi.json").json()
    return document


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    """A problem detail (RFC 9457) with the members the API Design Rules require."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert {"type", "title", "status", "detail", "instance"} <= set(body)
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    assert "Traceback" not in response.text and ".py" not in response.text
    return body


# --------------------------------------------------------------------------- /core rules


def test_every_answer_has_the_version_and_the_security_headers(client: TestClient) -> None:
    """/core/version-header (API-Version: the full semantic version, as info.version) and
    /core/transport/security-headers, on answers and errors alike."""
    answers = [
        client.get("/v1/health"),
        client.post("/v1/assessments", json=FRAUD_SCORING),
        client.get("/v1/no-such-thing"),
        client.post("/v1/assessments", json={"system": 1}),
        client.get("/"),
    ]
    for response in answers:
        assert response.headers["api-version"] == API_VERSION
        for name, value in SECURITY.items():
            assert response.headers[name] == value, name
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert response.headers["strict-transport-security"].startswith("max-age=")
        assert "server" not in response.headers  # /core/hide-implementation


def test_the_version_is_semver_and_matches_the_document(openapi: dict[str, Any]) -> None:
    """/core/semver, /core/uri-version: the full version in info.version, the major in the
    server URL."""
    assert re.fullmatch(r"\d+\.\d+\.\d+", API_VERSION)
    assert openapi["info"]["version"] == API_VERSION
    assert re.fullmatch(r"3\.1\.\d+", openapi["openapi"])
    assert [s["url"] for s in openapi["servers"]] == [f"/v{API_VERSION.split('.')[0]}"]
    assert {"name", "url", "email"} <= set(openapi["info"]["contact"])


def test_every_reference_resolves(openapi: dict[str, Any]) -> None:
    """/core/doc-openapi: every $ref of the document points at something in it."""

    def refs(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref":
                    yield value
                else:
                    yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    found = set(refs(openapi))
    assert found
    for ref in found:
        node: Any = openapi
        for part in ref.removeprefix("#/").split("/"):
            assert isinstance(node, dict) and part in node, ref
            node = node[part]


def test_paths_are_kebab_case_without_trailing_slashes(openapi: dict[str, Any]) -> None:
    """/core/path-segments-kebab-case and /core/no-trailing-slash, with the rules' own regex;
    /core/query-keys-camel-case likewise."""
    kebab = re.compile(
        r"^(\/|(\/_[a-z0-9]+|\/(([a-z0-9\-]+|{[^}]+})(\/([a-z0-9\-\.]+|{[^}]+}))*)(\/_[a-z]+)?)\/?)$"
    )
    camel = re.compile(r"^\$?[a-z][a-z\d]*([A-Z][a-z\d]*)*$")
    for path, item in openapi["paths"].items():
        assert kebab.match(path) and not path.endswith("/"), path
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    assert camel.match(parameter["name"]), (path, parameter["name"])


def test_every_error_is_a_problem_detail_in_the_document(openapi: dict[str, Any]) -> None:
    """/core/error-handling/problem-details and /invalid-input, as the document declares them."""
    responses = openapi["components"]["responses"]
    for path, item in openapi["paths"].items():
        for method, operation in item.items():
            codes = operation["responses"]
            if method == "post" or operation.get("parameters"):
                assert "400" in codes, (path, method)
            assert "API-Version" in codes["200"]["headers"]
            for code, response in codes.items():
                if code[0] in "45":
                    resolved = responses[response["$ref"].rsplit("/", 1)[-1]]
                    assert list(resolved["content"]) == [PROBLEM]


def test_the_document_is_in_dutch(openapi: dict[str, Any]) -> None:
    """/core/doc-language: descriptions and summaries in Dutch, with the official terms of the
    Dutch text of the Act (the checks of tests/test_dutch.py). Names and values of the interface
    are code, written between backticks, and left aside."""
    from tests.test_dutch import problems

    texts: list[str] = [openapi["info"]["description"]]
    texts += [tag["description"] for tag in openapi["tags"]]
    for item in openapi["paths"].values():
        for operation in item.values():
            texts += [operation["summary"], operation["description"]]
            texts += [r.get("description", "") for r in operation["responses"].values()]
            texts += [p.get("description", "") for p in operation.get("parameters", [])]
    texts += [r["description"] for r in openapi["components"]["responses"].values()]
    prose = re.sub(r"`[^`]*`", " ", "\n".join(texts))  # code: names and values, not words
    found = problems(prose)
    assert not found, found


def test_the_openapi_document_is_readable_from_any_origin(client: TestClient) -> None:
    """/core/publish-openapi: at /v1/openapi.json, CORS allowing every origin."""
    response = client.get("/v1/openapi.json", headers={"Origin": "https://elders.example"})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"
    assert response.headers["content-type"] == "application/json"


def test_cors_follows_the_allowlist() -> None:
    """/core/transport/cors: an allowed origin is echoed; another gets no CORS headers."""
    allowed = "https://portaal.example.nl"
    with make_client(cors_origins=(allowed,)) as c:
        ok = c.get("/v1/health", headers={"Origin": allowed})
        assert ok.headers["access-control-allow-origin"] == allowed
        assert "Origin" in ok.headers["vary"]
        other = c.get("/v1/health", headers={"Origin": "https://kwaad.example"})
        assert "access-control-allow-origin" not in other.headers
        preflight = c.options(
            "/v1/assessments",
            headers={
                "Origin": allowed,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        )
        assert preflight.status_code == 204
        assert preflight.headers["access-control-allow-origin"] == allowed
        assert "POST" in preflight.headers["access-control-allow-methods"]
        refused = c.options(
            "/v1/assessments",
            headers={"Origin": "https://kwaad.example", "Access-Control-Request-Method": "POST"},
        )
        assert "access-control-allow-origin" not in refused.headers
    with make_client() as c:  # no allowlist: no origin but the document's readers
        assert (
            "access-control-allow-origin"
            not in c.get("/v1/health", headers={"Origin": allowed}).headers
        )


def test_a_trailing_slash_is_404_not_a_redirect(client: TestClient) -> None:
    """/core/no-trailing-slash: 404, never a redirect."""
    for path in ("/v1/health/", "/v1/obligations/", "/v1/"):
        response = client.get(path, follow_redirects=False)
        assert_problem(response, 404)


def test_an_unsupported_method_is_405_with_allow(client: TestClient) -> None:
    """/core/http-methods (RFC 9110 15.5.6): 405 and the Allow header."""
    response = client.delete("/v1/health")
    assert_problem(response, 405)
    assert "GET" in response.headers["allow"]


def test_head_is_get_without_a_body(client: TestClient) -> None:
    head = client.head("/v1/health")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["api-version"] == API_VERSION


def test_content_types_are_negotiated(client: TestClient) -> None:
    """Validate content types: 415 for a body that is not JSON, 406 for an Accept the resource
    cannot meet."""
    body = json.dumps(FRAUD_SCORING)
    assert_problem(client.post("/v1/assessments", content=body), 415)  # no Content-Type
    assert_problem(
        client.post("/v1/assessments", content=body, headers={"Content-Type": "text/plain"}), 415
    )
    assert_problem(
        client.post(
            "/v1/assessments",
            content=body.encode("latin-1", "replace"),
            headers={"Content-Type": "application/json; charset=latin-1"},
        ),
        415,
    )
    problem = assert_problem(
        client.post("/v1/assessments", json=FRAUD_SCORING, headers={"Accept": "text/html"}), 406
    )
    assert "application/json" in problem["detail"]
    ok = client.post(
        "/v1/assessments",
        json=FRAUD_SCORING,
        headers={"Accept": "text/html;q=0.9, application/*;q=0.5"},
    )
    assert ok.status_code == 200 and ok.headers["content-type"] == "application/json"


# --------------------------------------------------------------------------- invalid input


def test_invalid_input_lists_every_invalid_field(client: TestClient) -> None:
    """/core/error-handling/invalid-input and /all-errors: 400, every field at once, named as
    in the case file."""
    body = {
        "organisation": {"kind": "gemeente"},
        "system": {"colour": "blue", "is_ai_system": "perhaps", "roles": {"deployer": 3}},
    }
    problem = assert_problem(client.post("/v1/assessments", json=body), 400)
    names = {p["name"]: p["code"] for p in problem["invalidParams"]}
    assert names == {
        "organisation.kind": "invalid_value",
        "system.colour": "unknown_field",
        "system.is_ai_system": "type",
        "system.roles.deployer": "type",
    }
    assert problem["type"].endswith("#invalid-input")


def test_values_are_held_to_their_json_types(client: TestClient) -> None:
    """The contract is the JSON Schema of the document: a value of another JSON type is a 400,
    although the input models would read it leniently (a case file in YAML may rely on that)."""
    body = json.loads(json.dumps(LANGUAGE_MODEL))
    body["model"].update(placed_on_market="2026-03-01T00:00:00", provider="true")
    body["organisation"]["headcount"] = "60"
    problem = assert_problem(client.post("/v1/assessments?lang=en", json=body), 400)
    assert {p["name"]: (p["code"], p["reason"]) for p in problem["invalidParams"]} == {
        "model.placed_on_market": ("type", "must be a date (YYYY-MM-DD)"),
        "model.provider": ("type", "must be true, false or null"),
        "organisation.headcount": ("type", "must be a whole number"),
    }
    body = json.loads(json.dumps(LANGUAGE_MODEL))
    body.update(law="amended")  # a documented alias of the law version: valid
    body["organisation"]["annual_turnover_eur"] = "8000000.50"  # amounts: numbers or text
    assert client.post("/v1/assessments", json=body).status_code == 200


def test_contradictions_between_facts_are_invalid_input(client: TestClient) -> None:
    """A case whose facts contradict each other (an importer established outside the Union,
    Art. 3(6)) is a 400 that names the field, not a 500."""
    body = {
        "organisation": {"kind": "private_undertaking", "established_in_eu": False},
        "system": {"is_ai_system": True, "roles": {"importer": True}},
    }
    problem = assert_problem(client.post("/v1/assessments?lang=en", json=body), 400)
    with pytest.raises(aiact.InputError) as library:
        aiact.case.case_from_mapping(body).assess()
    # the same problems as the library's own InputError: field, kind and message
    assert [(p["name"], p["code"], p["reason"]) for p in problem["invalidParams"]] == [
        (p.path, p.kind, p.message) for p in library.value.problems
    ]
    assert problem["invalidParams"][0]["name"] == "system.roles.importer"
    neither = assert_problem(client.post("/v1/assessments", json={"organisation": {}}), 400)
    assert neither["invalidParams"][0]["name"] == "body"


def test_a_dutch_request_gets_dutch_reasons_naming_the_field(client: TestClient) -> None:
    """Dutch throughout: the library's messages (pydantic's, the contradictions of the facts,
    the limits of aiact.safe_io) reach a Dutch request in Dutch, from the problem's kind and
    parameters (aiact.views.errors), beside the field they name; English keeps the library's."""
    body = {
        "organisation": {"kind": "gemeente", "established_in_eu": False},
        "system": {"is_ai_system": True, "colour": "blue", "name": "x" * 501},
    }
    problem = assert_problem(client.post("/v1/assessments?lang=nl", json=body), 400)
    reasons = {p["name"]: p["reason"] for p in problem["invalidParams"]}
    assert reasons == {
        "organisation.kind": reasons["organisation.kind"],
        "system.colour": "onbekend veld (zie 'aiact schema case' voor de velden)",
        "system.name": "de tekst is langer dan 500 tekens",
    }
    assert reasons["organisation.kind"].startswith("geen van de toegestane waarden: ")
    assert reasons["organisation.kind"].endswith(
        "'third_country_public_authority' of 'international_organisation'"
    )
    assert problem["detail"] == "3 velden zijn ongeldig; zie invalidParams."
    english = assert_problem(client.post("/v1/assessments?lang=en", json=body), 400)
    assert {p["name"]: p["reason"] for p in english["invalidParams"]}["system.colour"] == (
        "unknown field 'colour' (see 'aiact schema case' for the fields)"
    )
    # a contradiction between facts (Art. 3(6)): the field, and no English sentence
    importer = {
        "organisation": {"kind": "private_undertaking", "established_in_eu": False},
        "system": {"is_ai_system": True, "roles": {"importer": True}},
    }
    problem = assert_problem(client.post("/v1/assessments", json=importer), 400)
    assert problem["invalidParams"][0]["name"] == "system.roles.importer"
    assert problem["detail"].startswith("Het veld system.roles.importer is ongeldig: ")
    assert "importer" not in problem["invalidParams"][0]["reason"]
    # a limit of the library's parser (aiact.safe_io), and a syntax error with its place
    deep = b"[" * 200 + b"]" * 200
    problem = assert_problem(
        client.post("/v1/assessments", content=deep, headers={"Content-Type": "application/json"}),
        400,
    )
    assert "dieper dan de grens" in problem["detail"] and "deeper" not in problem["detail"]
    broken = client.post(
        "/v1/assessments", content=b'{"a": ', headers={"Content-Type": "application/json"}
    )
    assert assert_problem(broken, 400)["invalidParams"][0]["reason"] == (
        "de tekst is geen geldige JSON, YAML of CSV (regel 1, kolom 7)"
    )


def test_a_refused_country_code_has_its_own_code_and_a_dutch_reason(client: TestClient) -> None:
    """API 1.3.0: the three refusals of organisation.member_state have codes of their own
    (union_territory_code, reserved_country_code, unknown_country_code, listed in the document)
    and a Dutch reason that names the code to give, with the official terms "lidstaat" and
    "derde land" (Art. 2(1)(b): "that have their place of establishment or are located within
    the Union")."""
    from lawquote import quote

    quote("2", "deployers of AI systems that have their place of establishment or are located")
    expected = {
        "RE": ("union_territory_code", "lidstaat FR", "vul FR in"),
        "UK": ("reserved_country_code", "geen landcode", "de code GB in"),
        "ZZ": ("unknown_country_code", "geen bestaande landcode", "derde land"),
    }
    described = client.get("/v1/openapi.json").json()["components"]["schemas"]["InvalidParam"]
    for code, (kind, *parts) in expected.items():
        body = {"organisation": {"member_state": code}, "system": {"is_ai_system": True}}
        problem = assert_problem(client.post("/v1/assessments?lang=nl", json=body), 400)
        [param] = problem["invalidParams"]
        assert (param["name"], param["code"]) == ("organisation.member_state", kind)
        assert param["reason"].startswith(f"{code} ") and all(p in param["reason"] for p in parts)
        assert kind in described["properties"]["code"]["description"]


def test_query_parameters_are_checked(client: TestClient) -> None:
    problem = assert_problem(
        client.post("/v1/assessments?lang=fr&asOf=2026-02-30", json=FRAUD_SCORING), 400
    )
    assert {p["name"] for p in problem["invalidParams"]} == {"lang", "asOf"}
    early = assert_problem(client.post("/v1/assessments?asOf=2024-07-31", json=FRAUD_SCORING), 400)
    assert early["invalidParams"][0]["name"] == "asOf"
    in_case = assert_problem(
        client.post("/v1/assessments", json={**FRAUD_SCORING, "as_of": "2020-01-01"}), 400
    )
    assert in_case["invalidParams"][0]["name"] == "as_of"


@pytest.mark.parametrize(
    ("body", "name", "code"),
    [
        (b'{"system": {', "body", "syntax"),
        (b'{"a": 1, "a": 2}', "a", "duplicate_key"),
        ('{"name": "caf\u00e9"}'.encode("latin-1"), "body", "encoding"),
        (b'{"name": "\\ud800", "system": {}}', "name", "encoding"),
        (b"[" * 40 + b"]" * 40, "[0]" * 32, "too_deep"),
        (json.dumps({"name": "x" * 10_001}).encode(), "name", "too_large"),
        (
            json.dumps({"system": {"annex_iii": {"points": ["5a"] * 10_001}}}).encode(),
            "system.annex_iii.points",
            "too_large",
        ),
        (b"1" * 5000, "body", "type"),
        (
            b'{"organisation": {"headcount": ' + b"1" * 5000 + b"}}",
            "organisation.headcount",
            "too_large",
        ),
    ],
)
def test_hostile_bodies_are_400_naming_the_place(
    client: TestClient, body: bytes, name: str, code: str
) -> None:
    response = client.post(
        "/v1/assessments", content=body, headers={"Content-Type": "application/json"}
    )
    problem = assert_problem(response, 400)
    assert problem["invalidParams"][0]["name"] == name
    assert problem["invalidParams"][0]["code"] == code


def test_a_body_over_the_limit_is_413() -> None:
    """413 when Content-Length says so, and when a body without one (chunked) grows past it."""
    with make_client(limits=Limits(max_body_bytes=1000)) as c:
        big = json.dumps({**FRAUD_SCORING, "description": "x" * 2000})
        problem = assert_problem(
            c.post("/v1/assessments", content=big, headers={"Content-Type": "application/json"}),
            413,
        )
        assert "1000" in problem["detail"]

        def chunks() -> Iterator[bytes]:
            for _ in range(10):
                yield b" " * 200

        assert_problem(
            c.post(
                "/v1/assessments", content=chunks(), headers={"Content-Type": "application/json"}
            ),
            413,
        )


def test_a_body_lost_to_an_upgrade_request_is_explained() -> None:
    """uvicorn's httptools parser drops the body of a request that asks to switch protocols
    (Java's HttpClient sends ``Upgrade: h2c`` over cleartext): the answer says so, instead of
    calling the body invalid JSON."""
    import asyncio

    app = create_app(Settings())
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": "/v1/assessments", "raw_path": b"/v1/assessments",
        "query_string": b"lang=en", "root_path": "", "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
        "headers": [(b"content-type", b"application/json"), (b"content-length", b"1234"),
                    (b"connection", b"Upgrade, HTTP2-Settings"), (b"upgrade", b"h2c")],
    }  # fmt: skip
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 400
    body = json.loads(b"".join(m.get("body", b"") for m in sent[1:]))
    assert "HTTP_1_1" in body["detail"] and "h2c" in body["detail"]


def test_errors_do_not_leak_internals(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error is a 500 problem detail with a generic text: no exception message,
    no stack trace, no file name. Internal ValueErrors of the library are 500s as well, not
    400s."""
    from aiact.case import Case
    from aiact.ruleset import RuleSetError

    for error in (RuntimeError("secret /srv/aiact/key"), RuleSetError("secret rule r17")):

        def broken(self: Case, *args: Any, exc: Exception = error, **kwargs: Any) -> Any:
            raise exc

        monkeypatch.setattr(Case, "assess", broken)
        response = client.post("/v1/assessments", json=FRAUD_SCORING)
        problem = assert_problem(response, 500)
        assert "secret" not in response.text
        assert problem["type"] == "about:blank"


def test_problems_are_dutch_by_default_and_english_on_request(client: TestClient) -> None:
    body = {"system": {"colour": 1}}
    nl = assert_problem(client.post("/v1/assessments", json=body), 400)
    en = assert_problem(client.post("/v1/assessments?lang=en", json=body), 400)
    assert nl["title"] == "Het verzoek is ongeldig"
    assert en["title"] == "The request is invalid"
    assert assert_problem(client.get("/v1/nowhere"), 404)["title"] == "Niet gevonden"


# --------------------------------------------------------------------------- limits


def test_the_time_budget_is_a_503_with_retry_after() -> None:
    """A request that cannot finish within the budget is answered with 503 and Retry-After."""
    with make_client(limits=Limits(time_budget=1e-9)) as c:
        response = c.post("/v1/assessments", json=FRAUD_SCORING)
        problem = assert_problem(response, 503)
        assert response.headers["retry-after"].isdigit()
        assert problem["type"].endswith("#time-budget")


def test_a_portfolio_over_the_budget_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    """Heavy work runs in a bounded pool; when the budget is spent the client gets 503 at once
    and the work stops at its next check (case by case), never running on."""
    import aiact.case

    assessed: list[float] = []
    real = aiact.case.Case.assess

    def slow(self: Any, *args: Any, **kwargs: Any) -> Any:
        time.sleep(0.05)
        assessed.append(time.monotonic())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(aiact.case.Case, "assess", slow)
    with make_client(limits=Limits(time_budget=0.5)) as c:
        start = time.monotonic()
        response = c.post("/v1/portfolios", json={"cases": [LANGUAGE_MODEL] * 200})
        took = time.monotonic() - start
        assert_problem(response, 503)
        assert took < 3
        time.sleep(0.3)
        count = len(assessed)
        time.sleep(0.3)
        assert len(assessed) == count < 200  # stopped


def test_a_portfolio_has_at_most_max_cases() -> None:
    with make_client(limits=Limits(max_portfolio_cases=3)) as c:
        problem = assert_problem(
            c.post("/v1/portfolios", json={"cases": [LANGUAGE_MODEL] * 4}), 400
        )
        assert problem["invalidParams"] == [
            {"name": "cases", "code": "too_large", "reason": "meer dan 3 casussen"}
        ]


def test_limits_and_settings_come_from_the_environment() -> None:
    env = {
        "AIACT_TIME_BUDGET": "2.5",
        "AIACT_MAX_PORTFOLIO_CASES": "10",
        "AIACT_CORS_ORIGINS": "https://a.example, https://b.example",
        "AIACT_WEB": "0",
    }
    settings = Settings.from_env(env)
    assert settings.limits.time_budget == 2.5 and settings.limits.max_portfolio_cases == 10
    assert settings.cors_origins == ("https://a.example", "https://b.example")
    assert settings.web is False
    with pytest.raises(ValueError, match="AIACT_MAX_BODY_BYTES"):
        Settings.from_env({"AIACT_MAX_BODY_BYTES": "lots"})
    with pytest.raises(ValueError, match="AIACT_TIME_BUDGET"):
        Settings.from_env({"AIACT_TIME_BUDGET": "-1"})
    with pytest.raises(ValueError, match="AIACT_CORS_ORIGINS"):
        Settings.from_env({"AIACT_CORS_ORIGINS": "portaal.example.nl"})


# --------------------------------------------------------------------------- resources


def test_health(client: TestClient) -> None:
    assert client.get("/v1/health").json() == {
        "status": "ok",
        "api_version": API_VERSION,
        "aiact_version": aiact.__version__,
    }


def test_the_openapi_examples_are_assessed(client: TestClient) -> None:
    """The request examples of the document are cases the API answers (200)."""
    for _, case in CASES.values():
        for path in ("/v1/assessments", "/v1/compliance-plans", "/v1/deadlines"):
            assert client.post(path, json=case).status_code == 200, path


def test_explanations(client: TestClient) -> None:
    case = example("benefits-fraud-risk-scoring.yaml")
    a = aiact.load_case(EXAMPLES / "benefits-fraud-risk-scoring.yaml").assess()
    for key in ("hr.high_risk", "high_risk", "art26_8", "Art. 26(8)"):
        response = client.post("/v1/explanations", params={"conclusion": key}, json=case)
        assert response.status_code == 200, key
        assert response.json() == a.explain(key).to_dict("nl")
    problem = assert_problem(
        client.post("/v1/explanations?conclusion=nothing.here", json=case), 400
    )
    assert problem["invalidParams"][0]["name"] == "conclusion"
    missing = assert_problem(client.post("/v1/explanations", json=case), 400)
    assert missing["invalidParams"][0]["name"] == "conclusion"


def test_compliance_plans_in_every_form(client: TestClient) -> None:
    case = example("benefits-fraud-risk-scoring.yaml")
    plan = aiact.load_case(EXAMPLES / "benefits-fraud-risk-scoring.yaml").assess().plan()
    as_json = client.post("/v1/compliance-plans?lang=en", json=case)
    assert as_json.json() == plan.to_dict("en")
    mermaid = client.post("/v1/compliance-plans", json=case, headers={"Accept": "text/vnd.mermaid"})
    assert mermaid.text == plan.to_mermaid("nl")
    dot = client.post("/v1/compliance-plans", json=case, headers={"Accept": "text/vnd.graphviz"})
    assert dot.text == plan.to_dot("nl")
    pytest.importorskip("matplotlib")
    png = client.post("/v1/compliance-plans", json=case, headers={"Accept": "image/png"})
    assert png.headers["content-type"] == "image/png"
    assert png.content.startswith(b"\x89PNG\r\n\x1a\n")


def test_deadlines_as_icalendar(client: TestClient) -> None:
    pytest.importorskip("icalendar")
    case = example("exam-proctoring-university.yaml")
    a = aiact.load_case(EXAMPLES / "exam-proctoring-university.yaml").assess()
    response = client.post("/v1/deadlines", json=case)
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.content == a.to_ics("nl")
    assert_problem(client.post("/v1/deadlines", json=case, headers={"Accept": "text/csv"}), 406)


def test_the_obligation_catalogue(client: TestClient) -> None:
    from aiact.obligations.catalogue import catalogue

    everything = client.get("/v1/obligations").json()
    assert [o["id"] for o in everything] == [o.id for o in catalogue().obligations]
    deployer = client.get("/v1/obligations?role=deployer&risk=high_risk&law=amended").json()
    assert deployer and all("deployer" in o["addressees"] for o in deployer)
    one = client.get("/v1/obligations/art26_8?lang=en").json()
    assert one["id"] == "art26_8" and one["citation"] == "Art. 26(8)"
    assert client.get("/v1/obligations/Art.%2026(8)?lang=en").json() == one
    assert_problem(client.get("/v1/obligations/art999"), 404)
    problem = assert_problem(client.get("/v1/obligations?role=king&risk=extreme"), 400)
    assert {p["name"] for p in problem["invalidParams"]} == {"role", "risk"}


def test_law_versions_and_milestones(client: TestClient) -> None:
    from click.testing import CliRunner

    from aiact.cli import main

    versions = client.get("/v1/law-versions").json()
    assert [v["id"] for v in versions] == ["original", "amended"]
    assert client.get("/v1/law-versions/amended").json() == versions[1]
    assert_problem(client.get("/v1/law-versions/2024"), 404)
    for version in ("original", "amended"):
        api = client.get(f"/v1/law-versions/{version}/milestones?lang=en").json()
        cli = CliRunner().invoke(main, ["timeline", "--law", version, "--format", "json"])
        assert api == json.loads(cli.output)
    calendar = client.get(
        "/v1/law-versions/amended/milestones", headers={"Accept": "text/calendar"}
    )
    assert calendar.content.startswith(b"BEGIN:VCALENDAR")


def test_portfolios(client: TestClient) -> None:
    from aiact.portfolio import load_inventory, run_portfolio

    cases = [example(p.name) for p in sorted(EXAMPLES.glob("*.yaml")) if p.name != "inventory.yaml"]
    result = run_portfolio([aiact.case.case_from_mapping(c) for c in cases], lang="nl")
    response = client.post("/v1/portfolios", json={"cases": cases})
    assert response.content == result.to_json("nl").encode()
    csv = client.post(
        "/v1/portfolios?csvDialect=nl&lang=en",
        json={"cases": cases},
        headers={"Accept": "text/csv"},
    )
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.content == result.to_csv("en", "nl").encode()
    del load_inventory


def test_a_portfolio_with_invalid_cases_names_each(client: TestClient) -> None:
    """Every invalid case is named with its index (cases[1].system.colour), all at once; an
    entry that names a file on the server is refused."""
    body = {
        "defaults": {"as_of": "2026-11-28", "organisation": {"kind": "public_authority"}},
        "cases": [
            LANGUAGE_MODEL,
            {"system": {"colour": 1}},
            {"file": "/etc/passwd"},
            {
                # A private undertaking outside the Union (a public authority of a Member State
                # cannot be: the organisation would be refused before the importer).
                "organisation": {"kind": "private_undertaking", "established_in_eu": False},
                "system": {"roles": {"importer": True}},
            },
        ],
        "extra": 1,
    }
    problem = assert_problem(client.post("/v1/portfolios", json=body), 400)
    assert [p["name"] for p in problem["invalidParams"]] == ["extra"]
    del body["extra"]
    problem = assert_problem(client.post("/v1/portfolios", json=body), 400)
    names = [p["name"] for p in problem["invalidParams"]]
    assert names == ["cases[1].system.colour", "cases[2].file"]
    body["cases"] = [LANGUAGE_MODEL, body["cases"][3]]
    problem = assert_problem(client.post("/v1/portfolios", json=body), 400)
    assert [p["name"] for p in problem["invalidParams"]] == ["cases[1].system.roles.importer"]


# --------------------------------------------------------------------------- packaging


def test_import_aiact_and_the_cli_do_not_load_the_service() -> None:
    """The service is optional and loaded lazily: neither ``import aiact`` nor ``aiact --help``
    nor ``aiact serve --help`` imports FastAPI, Starlette or uvicorn."""
    code = textwrap.dedent(
        """
        import sys, aiact, aiact.cli
        from click.testing import CliRunner
        for args in (["--help"], ["serve", "--help"]):
            assert CliRunner().invoke(aiact.cli.main, args).exit_code == 0
        print(sorted(m for m in sys.modules
                     if m.split(".")[0] in ("fastapi", "starlette", "uvicorn", "jinja2")
                     or m.startswith("aiact.service")))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]", out.stdout


def test_serve_without_the_extra_names_it() -> None:
    """``aiact serve`` without FastAPI: one line that names the 'server' extra, exit code 1."""
    block = textwrap.dedent(
        """
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("fastapi", "uvicorn"):
                    raise ModuleNotFoundError(f"No module named {name!r}")
                return None
        sys.meta_path.insert(0, Block())
        sys.argv = ["aiact", "serve"]
        from aiact.cli import main
        main()
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", block], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert out.returncode == 1, out.stderr
    assert out.stderr.strip().count("\n") == 0
    assert "aiact[server]" in out.stderr


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def test_serve_starts_and_answers() -> None:
    """``aiact serve`` with two workers (each on its own socket) answers on loopback, spreads
    connections over both workers, and stops them all on SIGINT."""
    import signal
    import socket
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aiact",
            "serve",
            "--port",
            str(port),
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=2) as r:
                    assert r.status == 200
                    assert r.headers["API-Version"] == API_VERSION
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.2)
        # the default parser (h11) reads a request that asks for HTTP/2 over cleartext whole
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            payload = json.dumps(FRAUD_SCORING).encode()
            conn.sendall(
                b"POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                b"\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                b"HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n"
                + f"Content-Length: {len(payload)}\r\n\r\n".encode()
                + payload
            )
            assert conn.recv(12) == b"HTTP/1.1 200"
        workers = [p for p in _children(process.pid) if p != process.pid]
        if sys.platform == "linux":
            before = {p: _cpu(p) for p in workers}
            body = json.dumps(FRAUD_SCORING).encode()
            for _ in range(60):  # new connections are hashed over the workers' sockets
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/v1/assessments",
                    data=body,
                    headers={"Content-Type": "application/json"},
                )
                with urllib.request.urlopen(request, timeout=30) as r:
                    assert r.status == 200
            busy = [p for p in workers if _cpu(p) > before[p]]
            assert len(busy) >= 2, (before, {p: _cpu(p) for p in workers})
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    deadline = time.monotonic() + 10
    while [p for p in workers if Path(f"/proc/{p}").exists()] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in workers if Path(f"/proc/{p}").exists()], "a worker outlived serve"


def _cpu(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def test_an_invalid_date_in_the_body_is_named_even_when_the_query_gives_one(
    client: TestClient,
) -> None:
    """The query's asOf goes before the body's date, but an invalid date in the body is still a
    400 naming the field, never ignored (schemathesis, round 6: "2024-13-01" with asOf was
    accepted)."""
    problem = assert_problem(
        client.post(
            "/v1/interviews?lang=en&asOf=2026-11-28", json={"as_of": "2024-13-01", "answers": []}
        ),
        400,
    )
    assert [p["name"] for p in problem["invalidParams"]] == ["as_of"]
    body = {"cases": [], "defaults": {"as_of": "2024-13-01", "organisation": {}}}
    problem = assert_problem(client.post("/v1/portfolios?asOf=2026-11-28", json=body), 400)
    assert [p["name"] for p in problem["invalidParams"]] == ["defaults.as_of"]


def test_milestones_follow_reading_a2(client: TestClient) -> None:
    """Art. 111(2) as amended: "the date of application of Chapter III referred to in Article
    113" is read by A2 (ADR 0004); the service's key dates follow the reading asked
    (``art111Cutoff``), as ``aiact timeline --interp A2=...`` does (round 9)."""
    from click.testing import CliRunner

    from aiact.cli import main

    for reading in ("route_date", "general_date"):
        url = f"/v1/law-versions/amended/milestones?lang=en&art111Cutoff={reading}"
        api = client.get(url).json()
        args = ["timeline", "--law", "amended", "--format", "json", "--interp", f"A2={reading}"]
        assert api == json.loads(CliRunner().invoke(main, args).output)
    base = "/v1/law-versions/amended/milestones?lang=en"
    general = client.get(f"{base}&art111Cutoff=general_date").json()
    default = client.get(base).json()
    assert general != default
    assert any(m["date"] == "2026-08-02" and "Art. 111(2)" in m["citations"] for m in general)
    assert not any(m["date"] == "2026-08-02" and "Art. 111(2)" in m["citations"] for m in default)
    assert_problem(client.get("/v1/law-versions/amended/milestones?art111Cutoff=x"), 400)
