"""The start of a worker: a warm-up, then the objects it made moved out of the garbage
collector's reach (``gc.freeze``), so that its full collections walk the requests' objects only.

At start-up (the app's lifespan, before the first request is served) the service sends itself a
few requests in process (:data:`WARM_UP`): the bundled example cases assessed in both languages,
the first questions of the interview for every goal, the catalogues, a compliance plan (and its
picture, where matplotlib is installed) and the OpenAPI document.
They compile the rule sets, load the catalogues and translations and fill the caches that every
request reads, so the first real request does not pay for them. Then ``gc.collect()`` and
``gc.freeze()``: what is alive now (the modules, the compiled rule programs, the catalogues:
hundreds of thousands of objects that live as long as the process) goes to the permanent
generation, which the collector no longer walks. A full collection of a warm worker then costs
what the caches of the requests keep, not what the start-up made (measured in
``docs/performance.md``, "The HTTP service", round 9).

Settings (:class:`~aiact.service.settings.Settings`): ``AIACT_WARM_UP=0`` skips both (a test
client, a worker that must start in milliseconds); ``AIACT_GC_FREEZE=0`` warms up but freezes
nothing; ``AIACT_GC_THRESHOLD`` sets the collector's thresholds (``gc.set_threshold``; by
default ``2000,10,100``, :data:`~aiact.service.settings.GC_THRESHOLD`; ``700,10,10`` is
Python's own).
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from aiact.service.settings import Settings

log = logging.getLogger("aiact.service")


async def call(
    app: Any,
    method: str,
    path: str,
    body: bytes = b"",
    query: bytes = b"",
    headers: Sequence[tuple[bytes, bytes]] = (),
    accept: bytes = b"application/json",
) -> tuple[int, bytes]:
    """One HTTP request sent to the ASGI ``app`` in process: (status, body of the answer)."""
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode("ascii"),
        "query_string": query,
        "root_path": "",
        "headers": [
            (b"host", b"localhost"),
            (b"accept", accept),
            *([(b"content-type", b"application/json")] if body else []),
            (b"content-length", str(len(body)).encode("ascii")),
            *headers,
        ],
        "client": ("127.0.0.1", 0),
        "server": ("localhost", 80),
        "state": {},
    }
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    status = 0
    parts: list[bytes] = []

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            parts.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(parts)


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: bytes = b""
    body: Any = None
    accept: bytes = b"application/json"


def warm_up_requests(web: bool) -> list[Request]:
    """The requests of the warm-up: every endpoint a questionnaire or an integration calls
    often, with the bundled example cases (a system and a model), in both languages."""
    from aiact.service.examples import CASES

    out: list[Request] = []
    for lang in ("nl", "en"):
        query = f"lang={lang}".encode("ascii")
        for _, case in CASES.values():
            out.append(Request("POST", "/v1/assessments", query, case))
        for goal in ("tier", "obligations", "full"):
            out.append(Request("POST", "/v1/interviews", query, {"goal": goal}))
            # the first question's answers offered (the old "system" asks ai_system next)
            for subject in ("ai_system", "unknown_system", "model"):
                answers = [{"question": "subject", "answer": subject}]
                body = {"goal": goal, "answers": answers}
                out.append(Request("POST", "/v1/interviews", query, body))
        out.append(Request("GET", "/v1/questions", query))
        out.append(Request("GET", "/v1/obligations", query))
        out.append(Request("GET", "/v1/law-versions", query))
    # The compliance plan, and its picture where matplotlib is installed (the 'plot' extra):
    # the first picture otherwise pays for importing matplotlib (and, on a fresh machine,
    # building its font cache) inside a request's time budget.
    system_case = next(case for _, case in CASES.values() if "system" in case)
    out.append(Request("POST", "/v1/compliance-plans", b"lang=nl", system_case))
    if importlib.util.find_spec("matplotlib") is not None:
        out.append(Request("POST", "/v1/compliance-plans", b"", system_case, b"image/png"))
    out.append(Request("GET", "/v1/openapi.json"))
    out.append(Request("GET", "/v1/health"))
    if web:
        out.append(Request("GET", "/"))
    return out


async def warm_up(app: Any, settings: Settings) -> dict[str, Any]:
    """Send the warm-up requests to ``app``, then collect and freeze (see the module
    docstring). Returns what was done (logged; kept as ``app.state.warm_up``)."""
    start = time.perf_counter()
    failed = []
    if importlib.util.find_spec("matplotlib") is not None:
        # Imported outside any request: on a fresh machine the first import builds matplotlib's
        # font cache, which can take longer than a request's time budget.
        importlib.import_module("matplotlib.figure")
    requests = warm_up_requests(settings.web)
    for request in requests:
        body = b"" if request.body is None else orjson.dumps(request.body)
        status, _ = await call(
            app, request.method, request.path, body, request.query, accept=request.accept
        )
        if status != 200:  # a warm-up that fails is logged, never fatal: the service still works
            failed.append(f"{request.method} {request.path}?{request.query.decode()}: {status}")
    report: dict[str, Any] = {
        "requests": len(requests),
        "failed": failed,
        "seconds": round(time.perf_counter() - start, 3),
    }
    report.update(tune_gc(settings))
    log.info("aiact: warm-up %s", report)
    if failed:
        log.warning("aiact: warm-up requests failed: %s", failed)
    return report


def tune_gc(settings: Settings) -> dict[str, Any]:
    """The collector's settings after the warm-up: thresholds, then collect and freeze."""
    out: dict[str, Any] = {}
    if settings.gc_threshold:
        gc.set_threshold(*settings.gc_threshold)
    out["gc_threshold"] = gc.get_threshold()
    if settings.gc_freeze:
        gc.collect()
        gc.freeze()
        out["gc_frozen"] = gc.get_freeze_count()
    return out
