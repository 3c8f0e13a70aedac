"""Service equals library: the API's assessment is byte for byte ``Assessment.to_json(lang)``,
for every bundled example in both languages (with and without ``asOf``) and for a generated
sample of cases (:mod:`aiact.testing.strategies`: systems and models, known and unknown facts,
both law versions, every reading). A case the library refuses, the API refuses with 400."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import aiact
from aiact.case import Case, dump_case
from aiact.testing import strategies as ais

pytest.importorskip("fastapi", reason="the service needs the 'server' extra")

from fastapi.testclient import TestClient

from aiact.service import create_app
from aiact.service.resources import dumps
from aiact.service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if p.name != "inventory.yaml")
CLIENT = TestClient(create_app(Settings()))


def as_sent(path: Path) -> dict[str, Any]:
    """The example as a client sends it: the file's JSON, dates as strings."""
    data: dict[str, Any] = json.loads(
        json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str)
    )
    return data


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_examples_byte_for_byte(path: Path, lang: str) -> None:
    case = aiact.load_case(path)
    response = CLIENT.post(f"/v1/assessments?lang={lang}", json=as_sent(path))
    assert response.status_code == 200, response.text
    assert response.content == case.assess().to_json(lang).encode("utf-8")  # type: ignore[arg-type]
    later = dt.date(2027, 8, 2)
    response = CLIENT.post(f"/v1/assessments?lang={lang}&asOf={later}", json=as_sent(path))
    expected = case.assess(as_of=later).to_json(lang)  # type: ignore[arg-type]
    assert response.content == expected.encode("utf-8")


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=ais.cases(), lang=st.sampled_from(["en", "nl"]))
def test_a_generated_sample_byte_for_byte(case: Case, lang: str) -> None:
    body = dump_case(case)
    response = CLIENT.post(
        f"/v1/assessments?lang={lang}", content=body, headers={"Content-Type": "application/json"}
    )
    try:
        expected = case.assess().to_json(lang)  # type: ignore[arg-type]
    except ValueError:
        assert response.status_code == 400, response.text
        return
    assert response.status_code == 200, response.text
    assert response.content == expected.encode("utf-8")


@settings(deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=8), children, max_size=4)
        ),
        max_leaves=30,
    )
)
def test_the_fast_json_writer_writes_what_the_library_writes(data: Any) -> None:
    """``dumps`` (orjson when installed) gives the bytes of ``json.dumps(indent=2,
    sort_keys=True, ensure_ascii=False)``, for any JSON without floats (the documents have none:
    amounts are strings), including integers beyond 64 bits and every kind of string."""
    try:
        expected = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return  # a lone surrogate: the API refuses such input before it gets here
    assert dumps(data) == expected


# --------------------------------------------------------------------------- the fast path

# ``POST /v1/assessments`` with a plain query skips FastAPI's routing (aiact.service.api,
# FastAssessments); a query with an escape goes the routed way. Both answer alike, byte for byte
# and header for header, for a good case and for bad ones.
ROUTED = {"nl": "n%6C", "en": "e%6E"}


def _same(path: str, routed: str, **kwargs: Any) -> None:
    fast, slow = CLIENT.post(path, **kwargs), CLIENT.post(routed, **kwargs)
    assert fast.status_code == slow.status_code
    assert fast.content == slow.content
    assert dict(fast.headers) == dict(slow.headers)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_fast_path_answers_as_the_route(lang: str) -> None:
    example = as_sent(EXAMPLES[0])
    query = f"?lang={lang}&asOf=2027-08-02"
    routed = f"?lang={ROUTED[lang]}&asOf=2027-08-02"
    _same("/v1/assessments" + query, "/v1/assessments" + routed, json=example)
    bad = {**example, "organisation": {**example["organisation"], "kind": 7}}
    _same("/v1/assessments" + query, "/v1/assessments" + routed, json=bad)
    _same("/v1/assessments" + query, "/v1/assessments" + routed, content=b"{")
    early = f"?lang={lang}&asOf=2024-07-31"
    _same("/v1/assessments" + early, "/v1/assessments" + early.replace(lang, ROUTED[lang]),
          json=example)  # fmt: skip
    _same(
        "/v1/assessments" + query,
        "/v1/assessments" + routed,
        json=example,
        headers={"Accept": "text/csv"},
    )


def test_the_fast_path_leaves_other_queries_to_the_route() -> None:
    from aiact.service.api import plain_assessment_query

    assert plain_assessment_query(b"") == (None, None)  # the language: Accept-Language, else nl
    assert plain_assessment_query(b"asOf=2026-01-02&lang=en") == ("en", dt.date(2026, 1, 2))
    for query in (
        b"lang=de",
        b"lang=nl&lang=en",
        b"asOf=2026-02-30",
        b"x=1",
        b"lang",
        b"lang=n%6C",
    ):
        assert plain_assessment_query(query) is None
    response = CLIENT.post("/v1/assessments?lang=de", json=as_sent(EXAMPLES[0]))
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "lang"
