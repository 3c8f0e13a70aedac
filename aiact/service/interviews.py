"""The guided interview over HTTP, stateless: the client sends what is known (a case, the answers
so far, the goal) and gets the next question, or the end of the interview.

The interview is the library's (:class:`aiact.interview.Interview`, the questions of
:mod:`aiact.questions`): this module only reads a request into one and writes one out. A request
body (``InterviewRequest``)::

    {"goal": "tier",                          # tier | obligations | full (default: full)
     "as_of": "2026-12-03",                    # the day assessed (default: the case's, else today)
     "name": "Chatbot Loket",                  # the system's or model's name (optional)
     "case": {"organisation": {...}, ...},     # facts known before the first question (optional)
     "answers": [{"question": "subject", "answer": "ai_system"},
                 {"question": "roles", "answer": ["deployer"]}, ...]}

The first question (``subject``) takes ``ai_system``, ``unknown_system`` (a system not known
(yet) to be an AI system: the question ``ai_system`` counts as answered "don't know", and the
definition's elements follow; round 19), ``not_ai_system`` or ``model``. The old ``system`` is
still taken, not offered: the interview asks ``ai_system`` next, as before; ``model`` means what it
meant before round 18.

An answer is what :meth:`~aiact.interview.Interview.answer` takes: an option id, a list of option
ids (``{"chosen": [...], "unsure": [...]}`` for a person not sure of some), a date
(``YYYY-MM-DD``), an amount, or ``null`` ("don't know"). The answers are applied in order; the
client appends the answer to the question it got and sends everything again. The web
questionnaire (:mod:`aiact.service.web`) carries the same request in its forms.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from aiact.errors import InputError
from aiact.i18n import N_, Lang
from aiact.service.inputs import (
    case_from_data,
    check_as_of,
    input_problem,
    join,
    reason,
    subject_of,
)
from aiact.service.problems import InvalidParam, invalid
from aiact.service.web.texts import translate as t

if TYPE_CHECKING:
    from aiact.interview import Interview
    from aiact.questions.model import Question

REQUEST_KEYS = frozenset({"goal", "as_of", "name", "case", "answers"})
MAX_NAME = 500
"""The longest name of a system or model (as in a case file)."""


def interview_from_data(
    data: Any, lang: Lang, max_answers: int, as_of: dt.date | None = None
) -> Interview:
    """The interview of a request body (400 naming every invalid field); ``as_of`` (the query
    parameter) goes before the body's."""
    from aiact.interview import Interview
    from aiact.questions.goals import GOALS

    if not isinstance(data, Mapping):
        raise invalid([InvalidParam("body", "type", t("must be a JSON object", lang))], lang)
    params: list[InvalidParam] = []
    for key in sorted(set(map(str, data)) - REQUEST_KEYS):
        params.append(InvalidParam(key, "unknown_field", t("unknown field", lang)))
    goal = data.get("goal", "full")
    if goal not in GOALS:
        params.append(
            InvalidParam("goal", "invalid_value", t("must be one of {values}", lang,
                                                     values=", ".join(GOALS)))
        )  # fmt: skip
    day = as_of
    if data.get("as_of") is not None:
        # Checked even when the query's asOf goes before it: an invalid field is never ignored.
        raw = data["as_of"]
        try:
            given = dt.date.fromisoformat(raw) if isinstance(raw, str) else None
        except ValueError:
            given = None
        if given is None:
            params.append(InvalidParam("as_of", "type", t("must be a date (YYYY-MM-DD)", lang)))
        elif day is None:
            day = given
    name = data.get("name")
    if name is not None and (not isinstance(name, str) or len(name) > MAX_NAME):
        params.append(
            InvalidParam("name", "type", t("must be a text of at most {limit} characters", lang,
                                           limit=MAX_NAME))
        )  # fmt: skip
    answers = data.get("answers", [])
    if not isinstance(answers, list):
        params.append(InvalidParam("answers", "type", t("must be a list", lang)))
        answers = []
    elif len(answers) > max_answers:
        params.append(
            InvalidParam("answers", "too_large", t("more than {limit} answers", lang,
                                                   limit=max_answers))
        )  # fmt: skip
        answers = []
    if params:
        raise invalid(params, lang)
    check_as_of(day, lang, "as_of" if as_of is None else "asOf")
    case = None
    if data.get("case") is not None:
        case = case_from_data(data["case"], lang, "case")
        if day is None:
            check_as_of(case.as_of, lang, "case.as_of")
    try:
        # the case's facts are assessed once, by Interview.start (facts that contradict each
        # other: a 400 naming them, as for an assessment)
        interview = Interview.start(as_of=day, goal=str(goal), case=case, name=name or None)
    except ValueError as error:
        if isinstance(error, InputError) and case is not None:
            raise input_problem(error, lang, "case", subject_of(case)) from None
        message = _reason(error, lang, N_("the facts of the case cannot start the interview"))
        raise invalid([InvalidParam("case", "invalid_value", message)], lang) from None
    from aiact.questions.model import QuestionError
    from aiact.questions.retired import RetiredQuestion, translate_steps

    try:
        # Answers to questions of earlier versions become answers to the question that now asks
        # them, each named by its place in the request (aiact.questions.retired).
        steps = translate_steps(answers)
    except RetiredQuestion as error:
        field = "answers" if error.index is None else join("answers", error.index)
        raise invalid([InvalidParam(field, "invalid_value", error.text(lang))], lang) from None
    except QuestionError as error:
        message = _reason(error, lang, N_("not an allowed answer to this question"))
        raise invalid([InvalidParam("answers", "invalid_value", message)], lang) from None
    for index, item in steps:
        interview = _apply(interview, item, join("answers", index), lang)
    return interview


def _apply(interview: Interview, item: Any, name: str, lang: Lang) -> Interview:
    from aiact.questions import SUBJECT_QUESTION, catalogue
    from aiact.questions.model import QuestionError

    if not isinstance(item, Mapping):
        raise invalid([InvalidParam(name, "type", t("must be a JSON object", lang))], lang)
    unknown = sorted(set(map(str, item)) - {"question", "answer"})
    if unknown:
        field = join(name, unknown[0])
        raise invalid([InvalidParam(field, "unknown_field", t("unknown field", lang))], lang)
    qid = item.get("question")
    if not isinstance(qid, str):
        raise invalid(
            [InvalidParam(join(name, "question"), "type", t("must be a question id", lang))], lang
        )
    if qid != SUBJECT_QUESTION.id:
        try:
            catalogue().get(qid)
        except QuestionError as error:
            message = _reason(error, lang, N_("not a question of the interview"))
            param = InvalidParam(join(name, "question"), "invalid_value", message)
            raise invalid([param], lang) from None
    answer = item.get("answer")
    if isinstance(answer, bool) or not isinstance(answer, str | int | float | list | dict | None):
        raise invalid([InvalidParam(join(name, "answer"), "type", t("not an answer", lang))], lang)
    try:
        return interview.answer(answer, question=qid)
    except (QuestionError, ValueError, TypeError) as error:
        message = _reason(error, lang, N_("not an allowed answer to this question"))
        param = InvalidParam(join(name, "answer"), "invalid_value", message)
        raise invalid([param], lang) from None


def _reason(error: Exception, lang: Lang, dutch: str) -> str:
    """The reason for a library error: in English its first line (it names the question and
    what it takes); in Dutch the library's problem in Dutch (an :class:`~aiact.InputError`), else
    ``dutch``, so no English sentence reaches a Dutch reader (the field is named beside it)."""
    if isinstance(error, InputError) and error.problems:
        return reason(error.problems[0], lang)
    from aiact.questions.model import QuestionError

    if isinstance(error, QuestionError):  # the question and its problem, in ``lang`` (fix18)
        return error.text(lang)
    if lang == "en":
        return _first_line(error)
    return t(dutch, lang)


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[0][:500] if lines else error.__class__.__name__


# --------------------------------------------------------------------------- out


def question_doc(
    question: Question, lang: Lang, interview: Interview | None = None
) -> dict[str, Any]:
    """A question as the API shows it: its text, help, options (those that apply under the law
    version assessed), the terms it relies on and the provisions it cites."""
    options: Sequence[Any] = question.options if interview is None else interview.options(question)
    return {
        "id": question.id,
        "kind": question.kind,
        "text": question.text(lang),
        "help": question.help(lang),
        "options": [{"id": o.id, "text": o.text(lang), "help": o.help(lang)} for o in options],
        "unit": question.unit,
        "definitions": [{"term": d.term(lang), "cite": d.cite} for d in question.definitions],
        "cites": list(question.cites),
    }


def interview_doc(interview: Interview, lang: Lang) -> dict[str, Any]:
    """The state of the interview after the answers: the next question (null when done), the
    answers so far as a person reads them, and the case file of the facts given."""
    from aiact.questions import step_question

    current = interview.current
    answers = []
    for step in interview.steps:
        q = step_question(step.question)  # an old answer (subject: system) has its words too
        answers.append(
            {
                "question": step.question,
                "answer": step.answer,
                "question_text": q.text(lang),
                "answer_text": q.answer_label(step.answer, lang),
            }
        )
    tier = None
    case = None
    if interview.kind is not None:
        from aiact.assessment import TIER_LABELS

        risk = interview.assessment.risk_tier
        tier = {"risk_tier": risk.value, "label": TIER_LABELS[risk][1 if lang == "nl" else 0]}
        case = interview.case_dict()
    return {
        "goal": interview.goal,
        "as_of": interview.as_of.isoformat(),
        "kind": interview.kind,
        "done": current is None,
        "determined": interview.determined,
        "question": None if current is None else question_doc(current, lang, interview),
        "answers": answers,
        "tier": tier,
        "case": case,
    }


def catalogue_doc(lang: Lang) -> list[dict[str, Any]]:
    """Every question of the interview, the first (system or model) first."""
    from aiact.questions import SUBJECT_QUESTION, catalogue

    return [question_doc(SUBJECT_QUESTION, lang)] + [
        question_doc(q, lang) for q in catalogue().questions
    ]
