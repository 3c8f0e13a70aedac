"""The web pages at ``/``: server-rendered HTML without JavaScript, Dutch by default (``?lang=en``
for English), in the look of the NL Design System (its component class names and design tokens,
one style sheet, no build step), meant to meet WCAG 2.1 AA (tested with axe-core in Chromium).

Round 1 has the start page, where a case file (YAML or JSON) is sent, and the result page: the
tier on the date, the roles, the obligations grouped by measure with their dates, the fine
exposure, the compliance plan as a picture, an iCalendar download and the case file to keep.
Round 2 adds the guided questionnaire (issue 16), one question per page, in front of the same
result page.

Stateless like the API: the result page carries the case in a hidden field, so the downloads
(``POST /resultaat/agenda``, ``POST /resultaat/casus``) and the other language send it back.
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from collections.abc import Callable, Coroutine
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.routing import APIRoute
from starlette.responses import HTMLResponse, Response
from starlette.staticfiles import StaticFiles

from aiact.errors import InputError
from aiact.i18n import Lang, t
from aiact.service import language
from aiact.service.settings import Settings

if TYPE_CHECKING:
    import jinja2

    from aiact.case import Case

HERE = Path(__file__).resolve().parent
STATIC = "/statisch"


@cache
def environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, lang: Lang, status: int = 200, **context: Any) -> HTMLResponse:
    """A page of ``templates/``; ``t("English")`` in a template is the text in ``lang``."""

    from aiact.service.web.texts import translate as local

    def translate(message: str, **values: object) -> str:
        return local(message, lang, **values)

    html = environment().get_template(name).render(lang=lang, t=translate, static=STATIC, **context)
    return HTMLResponse(
        html,
        status_code=status,
        headers={"content-language": lang, "vary": "Accept-Language"},
    )


def page_lang(request: Request, form: Any = None) -> Lang:
    """The page's language: the form's ``lang`` field, else ``?lang``, else ``Accept-Language``,
    else Dutch (``aiact.service.language``)."""
    value = (form.get("lang") if form is not None else None) or request.query_params.get("lang")
    return language.choose(
        value if isinstance(value, str) else None, request.headers.get("accept-language")
    )


class WebRoute(APIRoute):
    """A page route whose failures are pages too: the start page with the problem for bad
    input or a limit (400, 413, 503), a page without details for anything unexpected (500)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            from aiact.service.api import to_problem

            try:
                return await handler(request)
            except Exception as error:
                problem = to_problem(request, error)
                lang = page_lang(request)
                errors = [(p.name, p.reason) for p in problem.invalid] or [("", problem.detail)]
                return render(
                    "start.html", lang, status=problem.kind.status, errors=errors, text=""
                )

        return guarded


def add_web(app: FastAPI, settings: Settings) -> None:
    """Add the web pages and the style sheet to ``app``."""
    from aiact.service.api import Work

    work = Work(settings)
    app.mount(STATIC, StaticFiles(directory=HERE / "static"), name="static")
    pages = APIRouter(route_class=WebRoute)

    @pages.get("/", include_in_schema=False)
    async def start(request: Request) -> Response:
        return render("start.html", page_lang(request), errors=[], text="")

    @pages.get("/vragenlijst", include_in_schema=False)
    async def questionnaire_start(request: Request) -> Response:
        """The address of the questionnaire opened directly (a bookmark, a reload of a page
        that was sent): the start page, where it begins."""
        return render("start.html", page_lang(request), errors=[], text="")

    @pages.post("/vragenlijst", include_in_schema=False)
    async def questionnaire(request: Request) -> Response:
        from aiact.service.web import questionnaire as qn

        budget = work.budget(request)
        form = await read_form(request, work.limits.max_body_bytes, fields=200)
        lang = page_lang(request, form)
        if str(form.get("actie") or "") == "begin":
            raw_day = str(form.get("datum") or "").strip()
            name = str(form.get("naam") or "").strip()[:500]
            state = qn.new_state(str(form.get("doel") or "full"), raw_day or None, name or None)
        else:
            state = qn.read_state(str(form.get(qn.STATE_FIELD) or ""))

        def run() -> tuple[dict[str, Any], Any, str | None, Any]:
            new, interview, message = qn.advance(state, form, lang, work.limits.max_answers)
            budget.check()
            question = interview.current
            if question is None:
                return new, interview, message, None
            previous = None
            if str(form.get("actie") or "") == "terug" and state.get("answers"):
                previous = state["answers"][-1].get("answer")
            elif message is not None:
                previous = _form_answer(form)
            return new, interview, message, qn.question_page(interview, question, lang, previous)

        new, interview, message, page = await work.heavy(budget, run)
        state_json = qn.dump_state(new)
        if page is not None:
            summary = interview.summary(lang)
            return render(
                "question.html",
                lang,
                status=400 if message else 200,
                q=page,
                state=state_json,
                message=message,
                answers=summary,
            )
        assessment = interview.assessment
        return await _result_page(
            work, budget, assessment, interview.case, lang, state_json, interview.summary(lang)
        )

    @pages.post("/resultaat", include_in_schema=False)
    async def show_result(request: Request) -> Response:
        budget = work.budget(request)
        form = await read_form(request, work.limits.max_body_bytes, files=1)
        lang = page_lang(request, form)
        text = await _case_text(form, work.limits.max_body_bytes)
        case, errors = _read_case(text, lang, work)
        if case is None:
            return render("start.html", lang, status=400, errors=errors, text=text[:20_000])
        assessment, errors = _assess(case, lang)
        if assessment is None:
            return render("start.html", lang, status=400, errors=errors, text=text[:20_000])
        return await _result_page(work, budget, assessment, case, lang)

    @pages.post("/resultaat/agenda", include_in_schema=False)
    async def calendar(request: Request) -> Response:
        form = await read_form(request, work.limits.max_body_bytes)
        lang = page_lang(request, form)
        case, errors = _read_case(str(form.get("casus") or ""), lang, work)
        if case is None:
            return render("start.html", lang, status=400, errors=errors, text="")
        assessment, errors = _assess(case, lang)
        if assessment is None:
            return render("start.html", lang, status=400, errors=errors, text="")
        name = "aiact-termijnen.ics" if lang == "nl" else "aiact-deadlines.ics"
        return Response(
            assessment.to_ics(lang),
            media_type="text/calendar; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @pages.post("/resultaat/casus", include_in_schema=False)
    async def case_file(request: Request) -> Response:
        import yaml

        form = await read_form(request, work.limits.max_body_bytes)
        lang = page_lang(request, form)
        case, errors = _read_case(str(form.get("casus") or ""), lang, work)
        if case is None:
            return render("start.html", lang, status=400, errors=errors, text="")
        data = case.model_dump(mode="json", exclude_none=True)
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
        return Response(
            text,
            media_type="application/yaml; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="casus.yaml"'},
        )

    app.include_router(pages)


async def _result_page(
    work: Any,
    budget: Any,
    assessment: Any,
    case: Case,
    lang: Lang,
    state: str | None = None,
    answers: Any = (),
) -> Response:
    """The result page of ``assessment``; from the questionnaire with its ``state`` (for the
    button that goes back to the last question) and the ``answers`` given."""
    from aiact.service.web.view import director_summary, result

    data = assessment.to_dict(lang)  # once for the page and the summary
    page = result(assessment, lang, data)
    summary = director_summary(assessment, page, lang, data)

    abandoned = threading.Event()

    def picture() -> str | None:
        from aiact.graph.draw import figure_png, matplotlib_available
        from aiact.service.api import _DRAWING

        if not matplotlib_available() or _too_big(page):
            return None
        with _DRAWING:
            if abandoned.is_set() or budget.remaining() < 1:
                return None
            png = figure_png(assessment.plan().draw(lang=lang))
        return base64.b64encode(png).decode("ascii")

    # The picture is a nicety: the page does not wait for it longer than PICTURE_SECONDS (or
    # what is left of the budget); the tables show the same obligations.
    loop = asyncio.get_running_loop()
    wait = max(min(PICTURE_SECONDS, budget.remaining() - 1.0), 0.001)
    try:
        plan = await asyncio.wait_for(loop.run_in_executor(work.executor, picture), wait)
    except TimeoutError:
        abandoned.set()
        plan = None
    budget.check()
    return render(
        "result.html",
        lang,
        page=page,
        summary=summary,
        plan_png=plan,
        case_json=_case_json(case),
        state=state,
        answers=list(answers),
    )


PICTURE_SECONDS = 8.0
"""How long the result page waits for the drawing of the compliance plan."""

MAX_PICTURE_STEPS = 40
"""A plan of more obligations than this is not drawn (unreadable as one picture)."""


def _too_big(page: Any) -> bool:
    total: int = sum(page.counts.values())
    return total > MAX_PICTURE_STEPS


def _form_answer(form: Any) -> Any:
    """The answer the form held, to show it again with a message."""
    chosen = [str(v) for v in form.getlist("antwoord")]
    if form.get("waarde"):
        return str(form.get("waarde"))
    return chosen[0] if len(chosen) == 1 else chosen


async def read_form(request: Request, limit: int, files: int = 0, fields: int = 10) -> Any:
    """The form of a page, within the size limit (a form carries one case file; the limit of
    the API's bodies, plus room for the multipart framing)."""
    from aiact.service.problems import TOO_LARGE, Problem

    length = request.headers.get("content-length")
    if length is None or not length.isdigit() or int(length) > limit + 65536:
        lang = page_lang(request)
        raise Problem(TOO_LARGE, t("The body is larger than {limit} bytes.", lang, limit=limit))
    return await request.form(max_files=files, max_fields=fields, max_part_size=limit)


async def _case_text(form: Any, limit: int) -> str:
    """The case file of the form: the uploaded file, else the pasted text."""
    from starlette.datastructures import UploadFile

    upload = form.get("bestand")
    if isinstance(upload, UploadFile) and upload.filename:
        data: bytes = await upload.read(limit + 1)
        return data.decode("utf-8", errors="replace")
    return str(form.get("casus") or "")


def _read_case(text: str, lang: Lang, work: Any) -> tuple[Case | None, list[tuple[str, str]]]:
    """The case of a YAML or JSON text (read as the command line reads a case file: the
    library's parser and limits, its lenient types), or the problems as (field, reason)."""
    from aiact.safe_io import parse_document
    from aiact.service.inputs import case_from_data, input_problem
    from aiact.service.problems import Problem

    limits = work.limits
    if not text.strip():
        return None, [("", t("Choose a case file or paste one.", lang))]
    if len(text.encode("utf-8")) > limits.max_body_bytes:
        return None, [
            ("", t("The body is larger than {limit} bytes.", lang, limit=limits.max_body_bytes))
        ]
    try:
        try:
            data = parse_document(text, limits=limits.document())
        except InputError as error:
            raise input_problem(error, lang) from None
        return case_from_data(data, lang, strict=False), []
    except Problem as problem:
        return None, [(p.name, p.reason) for p in problem.invalid] or [("", problem.detail)]


def _assess(case: Case, lang: Lang) -> tuple[Any, list[tuple[str, str]]]:
    from aiact.service.api import assess
    from aiact.service.problems import Problem

    try:
        return assess(case, None, lang), []
    except Problem as problem:
        return None, [(p.name, p.reason) for p in problem.invalid] or [("", problem.detail)]


def _case_json(case: Case) -> str:
    """The case as compact JSON, for the hidden field that carries it to the next page."""
    data = case.model_dump(mode="json", exclude_none=True)
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False, sort_keys=True)
