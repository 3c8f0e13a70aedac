"""Property-based tests of the API from its own OpenAPI document (schemathesis).

For every operation schemathesis sends the document's examples, then requests it derives from
the schemas (valid ones and, deliberately, invalid ones: wrong types, missing fields, other
methods, other media types), several thousand in all, and checks every answer: never a 5xx;
the status code, the content type, the headers and the body as the document declares them;
invalid input refused with a 4xx.

One check is left out: ``positive_data_acceptance`` (a request valid by the schema must not be
refused). The JSON Schema of a case cannot say that facts contradict each other (an importer
established outside the Union, Art. 3(6)), or that a date lies before the Act entered into
force, so such schema-valid requests are rightly answered with 400.

``HYPOTHESIS_PROFILE`` sets the number of generated examples per operation (dev: 25, ci: 60,
thorough: 500); the examples, and the coverage phase that walks every field of every schema,
come on top.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from aiact.service import create_app
from aiact.service.settings import Settings

pytest.importorskip("fastapi", reason="the service needs the 'server' extra")
schemathesis = pytest.importorskip("schemathesis", reason="needs schemathesis (the test extra)")

EXAMPLES = {"dev": 25, "ci": 60, "thorough": 500}.get(
    os.environ.get("HYPOTHESIS_PROFILE", "dev"), 25
)

STATUSES: Counter[int] = Counter()


class Counting:
    """The app, counting the status codes it answers with."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def counted(message: Any) -> None:
            if message["type"] == "http.response.start":
                STATUSES[message["status"]] += 1
            await send(message)

        await self.app(scope, receive, counted)


schema = schemathesis.openapi.from_asgi("/v1/openapi.json", Counting(create_app(Settings())))


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_contract(case: Any) -> None:
    case.call_and_validate(excluded_checks=[schemathesis.checks.positive_data_acceptance])


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    total = sum(STATUSES.values())
    if total:
        print(f"\nschemathesis: {total} requests, by status: {dict(sorted(STATUSES.items()))}")
        assert not [s for s in STATUSES if s >= 500]
