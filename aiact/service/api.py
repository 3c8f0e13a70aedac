"""The HTTP API, version 1 (mounted at ``/v1``): the library's public API as resources.

=======================================  ==========================================================
``POST /assessments``                    a case file (JSON) in, ``Assessment.to_json(lang)`` out
``POST /explanations?conclusion=KEY``    the derivation of one conclusion or obligation
``POST /compliance-plans``               the plan: JSON, Mermaid, Graphviz DOT or PNG (``Accept``)
``POST /deadlines``                      the upcoming dates as iCalendar (``text/calendar``)
``POST /portfolios``                     a bounded inventory in, rows out (JSON or CSV)
``GET /obligations``                     the obligation catalogue (``role``, ``risk``, ``law``)
``GET /obligations/{obligationId}``      one obligation (``art26_8`` or ``Art. 26(8)``)
``GET /law-versions``                    the two versions of the Act
``GET /law-versions/{id}/milestones``    the key dates of a version (JSON or iCalendar)
``POST /interviews``                     the answers so far in, the next question out (stateless)
``GET /questions``                       the questions of the interview
``GET /questions/{questionId}``          one question
``GET /health``                          the service works
``GET /openapi.json``                    the OpenAPI 3.1 document (Dutch descriptions)
=======================================  ==========================================================

The guided interview (:mod:`aiact.service.interviews`): ``POST /interviews`` takes the facts
known, the goal and the answers so far and gives the next question; the client holds the state,
the server keeps none.

The service is stateless: every request carries its facts, nothing is stored. Assessing is a
``POST`` because the case travels in the body (facts about an organisation do not belong in a
URI, ``/core/transport/no-sensitive-uris``); the answer is ``200``, not ``201``, because no
resource is created. Identifiers (paths, query keys, JSON members) are English, as in the JSON
contract of the library and the English text of the Act; the OpenAPI document is written in
Dutch (``/core/doc-language``), and the texts of every answer follow ``lang`` (Dutch by
default).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException
from starlette.responses import Response

from aiact.i18n import Lang, t
from aiact.obligations.model import Addressee
from aiact.service import API_VERSION, language
from aiact.service.inputs import (
    Syntax,
    assess_case,
    case_from_data,
    check_as_of,
    check_content_type,
    parse_body,
    read_limited,
)
from aiact.service.limits import Budget, BudgetExceeded
from aiact.service.middleware import START
from aiact.service.negotiate import negotiate
from aiact.service.problems import (
    BUDGET,
    BY_STATUS,
    INTERNAL,
    INVALID_INPUT,
    NOT_FOUND,
    PROBLEM_JSON,
    InvalidParam,
    Problem,
    invalid,
    invalid_param,
)
from aiact.service.resources import (
    assessment_json,
    dumps,
    law_version_doc,
    law_version_id,
    milestones_doc,
    obligation_doc,
)
from aiact.service.settings import Settings

if TYPE_CHECKING:
    from aiact.assessment import Assessment
    from aiact.case import Case
    from aiact.obligations.model import Obligation
    from aiact.questions.model import Question
    from aiact.versions import LawVersion

log = logging.getLogger("aiact.service")

T = TypeVar("T")

JSON = "application/json"
CSV = "text/csv"
CALENDAR = "text/calendar"
MERMAID = "text/vnd.mermaid"
DOT = "text/vnd.graphviz"
PNG = "image/png"

RETRY_AFTER = "5"

# --------------------------------------------------------------------------- parameters

LangQuery = Annotated[
    Literal["nl", "en"] | None,
    Query(
        description="De taal van de teksten in het antwoord: `nl` (Nederlands) of `en` (Engels). "
        "Zonder deze parameter geldt de kopregel `Accept-Language` (`nl`, `nl-BE`, `en-GB` ...; "
        "de hoogste `q` wint), en anders Nederlands. `Content-Language` in het antwoord noemt de "
        "gekozen taal. Codes en sleutels zijn in beide talen gelijk."
    ),
]


def language_of(request: Request, lang: LangQuery = None) -> Lang:
    """The language of the answer: ``?lang``, else ``Accept-Language``, else Dutch
    (``aiact.service.language``)."""
    return language.choose(lang, request.headers.get("accept-language"))


LangParam = Annotated[Lang, Depends(language_of)]
AsOfQuery = Annotated[
    dt.date | None,
    Query(
        alias="asOf",
        description="De dag waarop beoordeeld wordt (JJJJ-MM-DD, op of na 2024-08-01); gaat "
        "voor `as_of` in de casus. Zonder beide: vandaag.",
    ),
]
ObligationPath = Annotated[
    str,
    Path(
        alias="obligationId",
        max_length=200,
        description="De verplichting: haar id (`art26_8`) of haar bron (`Art. 26(8)`).",
    ),
]
LawVersionPath = Annotated[
    str,
    Path(
        alias="lawVersionId",
        description="De versie: `original` (2024/1689 zoals gepubliceerd) of `amended` (zoals "
        "gewijzigd bij 2026/1744).",
    ),
]
Risk = Literal["prohibited", "high_risk", "transparency", "minimal", "gpai", "gpai_systemic_risk"]
"""The risk categories of the catalogue filter (``aiact.views.catalogue.RISKS``)."""

LawQuery = Annotated[
    Literal["original", "amended"] | None,
    Query(
        description="Alleen verplichtingen uit deze versie van de verordening: `original` "
        "(2024/1689 zoals gepubliceerd) of `amended` (gewijzigd bij 2026/1744)."
    ),
]


# --------------------------------------------------------------------------- errors


def request_lang(request: Request) -> Lang:
    """The language of an error answer, chosen as for any answer (``language_of``)."""
    return language.choose(request.query_params.get("lang"), request.headers.get("accept-language"))


def problem_response(request: Request, problem: Problem) -> Response:
    lang = request_lang(request)
    body = dumps(problem.body(lang, request.url.path))
    return Response(
        body, status_code=problem.kind.status, media_type=PROBLEM_JSON, headers=problem.headers
    )


def to_problem(request: Request, error: Exception) -> Problem:
    """The problem detail for any exception; unexpected ones are logged, never shown."""
    lang = request_lang(request)
    if isinstance(error, Problem):
        return error
    if isinstance(error, RequestValidationError):
        return invalid(
            request_params(error, lang) or [InvalidParam("body", "invalid_value", "")], lang
        )
    if isinstance(error, BudgetExceeded):
        return Problem(
            BUDGET,
            t("The request did not finish within {seconds} seconds.", lang, seconds=error.args[0]),
            headers={"Retry-After": RETRY_AFTER},
        )
    if isinstance(error, HTTPException):
        kind = BY_STATUS.get(error.status_code, INTERNAL)
        detail = {
            404: t("There is no resource at this path.", lang),
            405: t("This method is not allowed here.", lang),
        }.get(error.status_code, t(kind.title, lang))
        headers = {k: v for k, v in (error.headers or {}).items() if k.lower() == "allow"}
        return Problem(kind, detail, headers=headers)
    log.exception("unexpected error in %s %s", request.method, request.url.path)
    return Problem(INTERNAL, t("Something went wrong on our side; it has been logged.", lang))


def request_params(error: RequestValidationError, lang: Lang) -> list[InvalidParam]:
    """The refused query and path parameters (a value not among the allowed ones, a bad date,
    a key too long) as ``invalidParams``: the reason is the library's error renderer's
    (:func:`aiact.errors.render`), in ``lang`` and with the problem's kind as the code, as for
    the fields of a case (the allowed values are listed, joined with "of" in Dutch); the value
    given is never echoed, only the parameter's name (the service's own key)."""
    from aiact.errors import InputError, problem_from_pydantic, render

    out = []
    for item in error.errors():
        loc = [str(p) for p in item.get("loc", ())]
        name = loc[1] if len(loc) > 1 and loc[0] in ("query", "path", "header") else "body"
        problem = problem_from_pydantic({**item, "loc": ()})
        out.append(InvalidParam(name, problem.kind, render(InputError(problems=[problem]), lang)))
    return out


class ProblemRoute(APIRoute):
    """A route whose every failure, expected or not, is answered with a problem detail."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            try:
                return await handler(request)
            except Exception as error:
                return problem_response(request, to_problem(request, error))

        return guarded


async def http_exception(request: Request, error: Exception) -> Response:
    return problem_response(request, to_problem(request, error))


# --------------------------------------------------------------------------- the work


class Work:
    """Per worker process: the settings, and the threads for heavy work (portfolios, pictures),
    at most ``max_heavy`` at once; a request waits for one within its time budget."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.limits = settings.limits
        self._executor: ThreadPoolExecutor | None = None

    @property
    def executor(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(
                max_workers=self.limits.max_heavy, thread_name_prefix="aiact-heavy"
            )
        return self._executor

    def budget(self, request: Request) -> Budget:
        budget = Budget(self.limits.time_budget, request.scope.get(START))
        budget.check()  # a request that waited its budget away in the queue is shed at once
        return budget

    async def heavy(self, budget: Budget, work: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self.executor, work)
        try:
            return await asyncio.wait_for(future, max(budget.remaining(), 0.001))
        except TimeoutError:
            budget.cancel()  # the work stops at its next check
            raise BudgetExceeded(budget.seconds) from None

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)


def work_of(request: Request) -> Work:
    work: Work = request.app.state.work
    return work


async def read_body(
    request: Request, limit: int, lang: Lang, accepted: tuple[Syntax, ...] = ("json", "yaml")
) -> tuple[bytes, Syntax]:
    """The body (413 past ``limit`` bytes) and its syntax (415 for a media type not taken)."""
    syntax = check_content_type(request.headers.get("content-type"), lang, accepted)
    length = request.headers.get("content-length")
    body = await read_limited(request.stream(), length, limit, lang)
    if not body and length not in (None, "0") and "upgrade" in request.headers:
        # The httptools parser of uvicorn stops at a request that asks to switch protocols
        # (Java's HttpClient asks for HTTP/2 over cleartext, "Upgrade: h2c") and its body never
        # arrives. Say so, rather than call the body invalid JSON.
        raise Problem(
            INVALID_INPUT,
            t(
                "The request asked to switch to another protocol (Upgrade: {upgrade}) and its "
                "body did not arrive. Send it as HTTP/1.1 without Upgrade (in Java: "
                "HttpClient.Version.HTTP_1_1), or over https.",
                lang,
                upgrade=request.headers["upgrade"][:40],
            ),
        )
    return body, syntax


async def read_document(request: Request, lang: Lang) -> Any:
    """The body of a one-case request as data (JSON or YAML), bounded by the library."""
    limits = work_of(request).limits
    body, syntax = await read_body(request, limits.max_body_bytes, lang)
    return parse_body(body, syntax, limits.document(), lang)


async def read_case(request: Request, lang: Lang) -> Case:
    return case_from_data(await read_document(request, lang), lang)


def assess(case: Case, as_of: dt.date | None, lang: Lang, prefix: str = "") -> Assessment:
    """The assessment of ``case`` (400 for facts that contradict each other, see
    :func:`aiact.service.inputs.assess_case`)."""
    result: Assessment = assess_case(case, as_of, lang, prefix)
    return result


async def assessment_response(request: Request, lang: Lang, as_of: dt.date | None) -> Response:
    """``POST /assessments``: the case in the body assessed, ``Assessment.to_json(lang)`` out
    (the route, and :class:`FastAssessments` for a plain query)."""
    budget = work_of(request).budget(request)
    negotiate(request.headers.get("accept"), (JSON,), lang)
    case = await read_case(request, lang)
    body = assessment_json(assess(case, as_of, lang), lang)
    budget.check()
    return Response(body, media_type=JSON)


ASSESSMENTS_PATH = "/v1/assessments"
_FULL_DATE = re.compile(rb"\d{4}-\d{2}-\d{2}")


def plain_assessment_query(query: bytes) -> tuple[Lang | None, dt.date | None] | None:
    """``lang`` and ``asOf`` of a query string that holds nothing else, each at most once, with
    no escapes and values the route takes as they are (``nl``/``en``, a date YYYY-MM-DD on or
    after 1 August 2024 is not checked here: the route checks it alike); None for any other
    query, which the route reads and validates. ``lang`` is None where the query does not give
    it: the language is then chosen as the route chooses it (:func:`language_of`:
    ``Accept-Language``, else Dutch; review79 D4: it was Dutch whatever the header said)."""
    lang: Lang | None = None
    as_of: dt.date | None = None
    if not query:
        return lang, as_of
    if b"%" in query or b"+" in query:
        return None
    seen: set[bytes] = set()
    for part in query.split(b"&"):
        key, sep, value = part.partition(b"=")
        if not sep or key in seen:
            return None
        seen.add(key)
        if key == b"lang" and value in (b"nl", b"en"):
            lang = "nl" if value == b"nl" else "en"
        elif key == b"asOf" and _FULL_DATE.fullmatch(value):
            try:
                as_of = dt.date.fromisoformat(value.decode("ascii"))
            except ValueError:
                return None
        else:
            return None
    return lang, as_of


class FastAssessments:
    """ASGI middleware: ``POST /v1/assessments`` with a plain query (:func:`plain_assessment_query`)
    goes straight to :func:`assessment_response`, without FastAPI's routing and the validation of
    its parameters (about a tenth of the CPU of a request, measured); every other request, and an
    assessment with any other query, goes to the app as before. The answer is the route's, byte
    for byte: the same function makes it and the same problem details report its errors (a test
    holds the two paths equal)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if (
            scope["type"] == "http"
            and scope["path"] == ASSESSMENTS_PATH
            and scope["method"] == "POST"
        ):
            query = plain_assessment_query(scope["query_string"])
            if query is not None:
                request = Request(scope, receive)
                lang, as_of = query
                spoken = language.choose(lang, request.headers.get("accept-language"))
                try:
                    response = await assessment_response(request, spoken, as_of)
                except Exception as error:
                    response = problem_response(request, to_problem(request, error))
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


# --------------------------------------------------------------------------- the app


PREFIX = "/v1"
"""The base path of this major version (``/core/uri-version``)."""


def add_api(app: FastAPI, settings: Settings) -> None:
    """Add the ``/v1`` API to ``app`` (see the module docstring). Its routes sit in the app's
    own router (one middleware stack, not a mounted second app); its OpenAPI document lists
    them relative to the server URL ``/v1``."""
    from aiact.service.openapi import OPERATIONS, openapi_document

    api = APIRouter(prefix=PREFIX, route_class=ProblemRoute, redirect_slashes=False)
    app.state.work = Work(settings)
    limits = settings.limits

    def route(path: str, method: str, operation: str) -> Callable[[T], T]:
        spec = OPERATIONS[operation]
        return api.api_route(  # type: ignore[return-value]
            path,
            methods=[method],
            operation_id=operation,
            summary=spec.summary,
            description=spec.description,
            tags=[spec.tag],
            response_class=Response,
        )

    # ----------------------------------------------------------------- assessing

    @route("/assessments", "POST", "assessCase")
    async def assess_case(request: Request, lang: LangParam, as_of: AsOfQuery = None) -> Response:
        return await assessment_response(request, lang, as_of)

    @route("/explanations", "POST", "explainConclusion")
    async def explain(
        request: Request,
        conclusion: Annotated[
            str,
            Query(
                min_length=1,
                max_length=200,
                description="Wat uitgelegd wordt: een conclusie (`hr.high_risk`, "
                "`scope.in_scope`, `art5.any`), een categorie (`high_risk`) of een verplichting "
                "(`art26_8` of `Art. 26(8)`).",
            ),
        ],
        lang: LangParam,
        as_of: AsOfQuery = None,
    ) -> Response:
        budget = work_of(request).budget(request)
        negotiate(request.headers.get("accept"), (JSON,), lang)
        case = await read_case(request, lang)
        a = assess(case, as_of, lang)
        try:
            derivation = a.explain(conclusion)
        except KeyError:
            raise invalid_param(
                "conclusion",
                "invalid_value",
                t(
                    "{key} is neither a conclusion (hr.high_risk), a category (high_risk) nor "
                    "an obligation (art26_8) of this assessment",
                    lang,
                    key=conclusion[:80],
                ),
                lang,
            ) from None
        body = dumps(derivation.to_dict(lang))
        budget.check()
        return Response(body, media_type=JSON)

    @route("/compliance-plans", "POST", "planCompliance")
    async def compliance_plan(
        request: Request, lang: LangParam, as_of: AsOfQuery = None
    ) -> Response:
        work = work_of(request)
        budget = work.budget(request)
        chosen = negotiate(request.headers.get("accept"), (JSON, MERMAID, DOT, PNG), lang)
        case = await read_case(request, lang)
        plan = assess(case, as_of, lang).plan()
        if chosen == JSON:
            return Response(dumps(plan.to_dict(lang)), media_type=JSON)
        if chosen == MERMAID:
            return Response(plan.to_mermaid(lang), media_type=f"{MERMAID}; charset=utf-8")
        if chosen == DOT:
            return Response(plan.to_dot(lang), media_type=f"{DOT}; charset=utf-8")

        def draw() -> bytes:
            from aiact.graph.draw import figure_png

            with _DRAWING:
                budget.check()
                return figure_png(plan.draw(lang=lang))

        png = await work.heavy(budget, draw)
        return Response(png, media_type=PNG)

    @route("/deadlines", "POST", "deadlineCalendar")
    async def deadlines(request: Request, lang: LangParam, as_of: AsOfQuery = None) -> Response:
        budget = work_of(request).budget(request)
        negotiate(request.headers.get("accept"), (CALENDAR,), lang)
        case = await read_case(request, lang)
        ics = assess(case, as_of, lang).to_ics(lang)
        budget.check()
        return Response(
            ics,
            media_type=f"{CALENDAR}; charset=utf-8",
            headers=attachment("aiact-termijnen.ics" if lang == "nl" else "aiact-deadlines.ics"),
        )

    @route("/portfolios", "POST", "assessPortfolio")
    async def portfolio(
        request: Request,
        lang: LangParam,
        as_of: AsOfQuery = None,
        csv_dialect: Annotated[
            Literal["standard", "nl"],
            Query(
                alias="csvDialect",
                description="Alleen voor `text/csv`: `standard` (komma's, UTF-8) of `nl` (voor "
                "Excel met Nederlandse instellingen: puntkomma's, byte-order mark, decimale "
                "komma's).",
            ),
        ] = "standard",
    ) -> Response:
        work = work_of(request)
        budget = work.budget(request)
        chosen = negotiate(request.headers.get("accept"), (JSON, CSV), lang)
        body, syntax = await read_body(request, limits.max_portfolio_bytes, lang)
        check_as_of(as_of, lang, "asOf")

        def run() -> bytes:
            from aiact.service.portfolio import run

            return run(body, syntax, limits, budget, lang, as_of, chosen == CSV, csv_dialect)

        out = await work.heavy(budget, run)
        if chosen == CSV:
            return Response(out, media_type=f"{CSV}; charset=utf-8; header=present")
        return Response(out, media_type=JSON)

    # ----------------------------------------------------------------- the catalogue

    @route("/obligations", "GET", "listObligations")
    async def obligations(
        request: Request,
        lang: LangParam,
        role: Annotated[
            Addressee | None,
            Query(
                description="Alleen verplichtingen voor deze rol (`provider`: aanbieder, "
                "`deployer`: gebruiksverantwoordelijke, enzovoort).",
            ),
        ] = None,
        risk: Annotated[
            Risk | None,
            Query(
                description="Alleen verplichtingen die een AI-systeem of AI-model van deze "
                "risicocategorie kan hebben (`high_risk`: een AI-systeem met een hoog risico, "
                "enzovoort).",
            ),
        ] = None,
        law: LawQuery = None,
    ) -> Response:
        from aiact.versions import LawVersion
        from aiact.views.catalogue import filter_obligations

        negotiate(request.headers.get("accept"), (JSON,), lang)
        version = None if law is None else LawVersion.parse(law)
        items = filter_obligations(
            role=None if role is None else role.value, risk=risk, law=version
        )
        return Response(dumps([obligation_doc(o, lang) for o in items]), media_type=JSON)

    @route("/obligations/{obligationId}", "GET", "getObligation")
    async def obligation(
        request: Request, obligation_id: ObligationPath, lang: LangParam
    ) -> Response:
        negotiate(request.headers.get("accept"), (JSON,), lang)
        found = find_obligation(obligation_id, lang)
        return Response(dumps(obligation_doc(found, lang)), media_type=JSON)

    @route("/law-versions", "GET", "listLawVersions")
    async def law_versions(request: Request, lang: LangParam) -> Response:
        from aiact.versions import LawVersion

        negotiate(request.headers.get("accept"), (JSON,), lang)
        return Response(dumps([law_version_doc(v, lang) for v in LawVersion]), media_type=JSON)

    @route("/law-versions/{lawVersionId}", "GET", "getLawVersion")
    async def law_version(
        request: Request, version_key: LawVersionPath, lang: LangParam
    ) -> Response:
        negotiate(request.headers.get("accept"), (JSON,), lang)
        version = find_version(version_key, lang)
        return Response(dumps(law_version_doc(version, lang)), media_type=JSON)

    @route("/law-versions/{lawVersionId}/milestones", "GET", "listMilestones")
    async def milestones(
        request: Request,
        version_key: LawVersionPath,
        lang: LangParam,
        art111_cutoff: Annotated[
            Literal["route_date", "general_date"],
            Query(
                alias="art111Cutoff",
                description="Lezing A2: de grensdatum van artikel 111, lid 2, in de gewijzigde "
                "tekst. `route_date` (standaard): de datum van toepassing van hoofdstuk III "
                "voor de route van het systeem (2 december 2027 of 2 augustus 2028); "
                "`general_date`: de algemene datum van toepassing, 2 augustus 2026.",
            ),
        ] = "route_date",
    ) -> Response:
        from aiact.interpretations import Art111Cutoff, Interpretations

        chosen = negotiate(request.headers.get("accept"), (JSON, CALENDAR), lang)
        version = find_version(version_key, lang)
        readings = Interpretations(art111_cutoff=Art111Cutoff(art111_cutoff))
        if chosen == CALENDAR:
            from aiact.timeline import milestones_ics

            return Response(
                milestones_ics(version, lang=lang, interpretations=readings),
                media_type=f"{CALENDAR}; charset=utf-8",
                headers=attachment(f"aiact-{law_version_id(version)}.ics"),
            )
        return Response(dumps(milestones_doc(version, lang, readings)), media_type=JSON)

    # ----------------------------------------------------------------- the interview

    @route("/interviews", "POST", "nextQuestion")
    async def interview(request: Request, lang: LangParam, as_of: AsOfQuery = None) -> Response:
        from aiact.service.interviews import interview_doc, interview_from_data

        work = work_of(request)
        budget = work.budget(request)
        negotiate(request.headers.get("accept"), (JSON,), lang)
        data = await read_document(request, lang)

        def run() -> bytes:
            state = interview_from_data(data, lang, limits.max_answers, as_of)
            budget.check()
            return dumps(interview_doc(state, lang))

        return Response(await work.heavy(budget, run), media_type=JSON)

    @route("/questions", "GET", "listQuestions")
    async def questions(request: Request, lang: LangParam) -> Response:
        from aiact.service.interviews import catalogue_doc

        negotiate(request.headers.get("accept"), (JSON,), lang)
        return Response(dumps(catalogue_doc(lang)), media_type=JSON)

    @route("/questions/{questionId}", "GET", "getQuestion")
    async def question(
        request: Request,
        question_id: Annotated[
            str,
            Path(
                alias="questionId",
                max_length=200,
                description="De vraag: haar id (`roles`, `subject` ...).",
            ),
        ],
        lang: LangParam,
    ) -> Response:
        from aiact.service.interviews import question_doc

        negotiate(request.headers.get("accept"), (JSON,), lang)
        return Response(
            dumps(question_doc(find_question(question_id, lang), lang)), media_type=JSON
        )

    # ----------------------------------------------------------------- running

    @route("/health", "GET", "getHealth")
    async def health(request: Request) -> Response:
        from aiact import __version__

        doc = {"status": "ok", "api_version": API_VERSION, "aiact_version": __version__}
        return Response(dumps(doc), media_type=JSON)

    document = openapi_document(api.routes, PREFIX, settings)

    @api.get("/openapi.json", include_in_schema=False)
    async def openapi(request: Request) -> Response:
        negotiate(request.headers.get("accept"), (JSON,), request_lang(request))
        return Response(document, media_type=JSON)

    app.include_router(api)


def find_obligation(key: str, lang: Lang) -> Obligation:
    from aiact.obligations.catalogue import catalogue

    try:
        return catalogue().get(key)
    except (KeyError, ValueError):
        raise Problem(
            NOT_FOUND, t("There is no obligation {key}.", lang, key=repr(key[:80]))
        ) from None


def find_question(key: str, lang: Lang) -> Question:
    from aiact.questions import SUBJECT_QUESTION, QuestionError, catalogue
    from aiact.service.web.texts import translate

    if key == SUBJECT_QUESTION.id:
        return SUBJECT_QUESTION
    try:
        return catalogue().get(key)
    except (KeyError, QuestionError):
        raise Problem(
            NOT_FOUND, translate("There is no question {key}.", lang, key=repr(key[:80]))
        ) from None


def find_version(key: str, lang: Lang) -> LawVersion:
    from aiact.versions import LawVersion

    for version in LawVersion:
        if key == law_version_id(version):
            return version
    raise Problem(
        NOT_FOUND,
        t("There is no law version {key} (use original or amended).", lang, key=repr(key[:80])),
    )


_DRAWING = threading.Lock()
"""matplotlib's font cache and text layout are shared: one drawing at a time."""
