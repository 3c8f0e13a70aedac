"""The guided questionnaire on the web: the interview of :mod:`aiact.interview`, one question per
page, stateless and without JavaScript.

Every page is a form that carries the interview's state in a hidden field (``staat``: the body
of ``POST /v1/interviews``, :mod:`aiact.service.interviews`, as JSON: the goal, the date and the
answers so far). A page sends it back with the answer to its question and the button pressed:
``volgende`` (next), ``weet-niet`` ("don't know") or ``terug`` (back: the last answer is taken
off). The server replays the answers with the library, and shows the next question or, when the
interview is done, the result page of the case the answers make.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiact.i18n import Lang
from aiact.questions import SUBJECT_QUESTION
from aiact.service.problems import Problem

if TYPE_CHECKING:
    from aiact.interview import Interview
    from aiact.questions.model import Question

STATE_FIELD = "staat"
ACTIONS = ("volgende", "weet-niet", "terug", "begin")
EURLEX = "https://eur-lex.europa.eu/legal-content/{lang}/TXT/?uri=CELEX:32024R1689#art_{art}"


class AnswerMissing(Exception):
    """The person pressed "next" without an answer the question takes (the message says what is
    wanted); the page is shown again with the message."""


@dataclass(frozen=True)
class Choice:
    """One option on a question page."""

    id: str
    text: str
    help: str
    checked: bool = False
    unsure: bool = False


@dataclass(frozen=True)
class Term:
    term: str
    cite: str
    url: str | None


@dataclass(frozen=True)
class QuestionPage:
    """What ``templates/question.html`` shows."""

    id: str
    kind: str
    text: str
    help: str
    choices: tuple[Choice, ...]
    terms: tuple[Term, ...]
    cites: tuple[str, ...]
    unit: str | None
    number: int
    value: str = ""
    dont_know: bool = True
    """Whether "I don't know" is offered: not for the first question (system or model), whose
    answer "a system of which I do not know (yet) whether it is an AI system" is the person's
    "don't know" (review63 note: the button led to a refusal naming option ids)."""


def new_state(goal: str, as_of: str | None, name: str | None = None) -> dict[str, Any]:
    state: dict[str, Any] = {"goal": goal if goal in ("tier", "obligations", "full") else "full"}
    if as_of:
        state["as_of"] = as_of
    if name:
        state["name"] = name
    state["answers"] = []
    return state


def read_state(raw: str) -> dict[str, Any]:
    """The state of a form (an empty one: a new interview about today)."""
    from aiact.service.problems import InvalidParam, invalid

    if not raw.strip():
        return new_state("full", None)
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise invalid([InvalidParam(STATE_FIELD, "syntax", "not a questionnaire state")], "en")
    return data


def dump_state(state: dict[str, Any]) -> str:
    return json.dumps(state, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def answer_of(question: Question, form: Any, lang: Lang) -> Any:
    """The answer in the form for ``question`` (raises :class:`AnswerMissing`)."""
    chosen = [str(v) for v in form.getlist("antwoord")]
    if question.kind in ("yes_no", "one_of"):
        if len(chosen) != 1:
            raise AnswerMissing("choose")
        return chosen[0]
    if question.kind == "several_of":
        unsure = [str(v) for v in form.getlist("onzeker") if str(v) not in chosen]
        return {"chosen": chosen, "unsure": unsure} if unsure else chosen
    if chosen and chosen[0] != "waarde":
        return chosen[0]  # an option of a date or amount question ("no significant change")
    text = str(form.get("waarde") or "").strip()
    if not text:
        raise AnswerMissing("date" if question.kind == "date" else "amount")
    if question.kind == "date":
        found = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", text)
        if found:  # the Dutch way of writing a date: dd-mm-jjjj
            day, month, year = (int(g) for g in found.groups())
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                raise AnswerMissing("date") from None
        return text
    return plain_number(text, lang)


def plain_number(text: str, lang: Lang) -> str:
    """A number as a person types it, in the plain form the library reads: ``8.000.000`` and
    ``1.234,5`` (Dutch), ``8,000,000`` and ``1,234.5`` (English), ``3e24`` and ``3,5e24``,
    spaces and underscores between digits. Anything else is returned as typed (the library
    then says it is not a number)."""
    text = re.sub(r"[\s_\u00a0]", "", text)
    mantissa, e, exponent = text.partition("e") if "e" in text else text.partition("E")
    dot, comma = mantissa.count("."), mantissa.count(",")
    if dot and comma:  # the last one is the decimal sign
        decimal = "," if mantissa.rfind(",") > mantissa.rfind(".") else "."
    elif comma:
        decimal = "," if comma == 1 and (lang == "nl" or not _thousands(mantissa, ",")) else ""
    elif dot:
        decimal = "." if dot == 1 and (lang == "en" or e or not _thousands(mantissa, ".")) else ""
    else:
        decimal = ""
    group = {",": ".", ".": ","}.get(decimal, "," if comma else ".")
    mantissa = mantissa.replace(group, "")
    if decimal:
        mantissa = mantissa.replace(decimal, ".")
    return mantissa + e + exponent


def _thousands(text: str, sign: str) -> bool:
    """Whether ``sign`` separates groups of three digits (``8.000``, ``12,500``)."""
    return re.fullmatch(rf"-?\d{{1,3}}(\{sign}\d{{3}})+", text) is not None


def question_page(
    interview: Interview, question: Question, lang: Lang, previous: Any = None
) -> QuestionPage:
    from aiact.views.i18n import cite

    checked: set[str] = set()
    unsure: set[str] = set()
    value = ""
    if isinstance(previous, str):
        checked.add(previous)
    elif isinstance(previous, list):
        checked.update(map(str, previous))
    elif isinstance(previous, dict):
        checked.update(map(str, previous.get("chosen", ())))
        unsure.update(map(str, previous.get("unsure", ())))
    if question.kind in ("date", "amount") and isinstance(previous, str):
        option_ids = {o.id for o in question.options}
        if previous not in option_ids:
            value = previous
            checked = {"waarde"} if question.options else set()
    choices = tuple(
        Choice(o.id, o.text(lang), o.help(lang), o.id in checked, o.id in unsure)
        for o in interview.options(question)
    )
    terms = []
    for d in question.definitions:
        article = re.match(r"Art\. (\d+)", d.cite)
        url = (
            EURLEX.format(lang=lang.upper(), art=article.group(1)) if article is not None else None
        )
        terms.append(Term(d.term(lang), cite(d.cite, lang), url))
    return QuestionPage(
        id=question.id,
        kind=question.kind,
        text=question.text(lang),
        help=question.help(lang),
        choices=choices,
        terms=tuple(terms),
        cites=tuple(cite(c, lang) for c in question.cites),
        unit=question.unit,
        number=len(interview.steps) + 1,
        value=value,
        dont_know=question.id != SUBJECT_QUESTION.id,
    )


def advance(state: dict[str, Any], form: Any, lang: Lang, max_answers: int) -> tuple[
    dict[str, Any], Interview, str | None
]:  # fmt: skip
    """Apply the button pressed to ``state``: the new state, its interview and the message for
    an answer that could not be used (then the state is the old one)."""
    from aiact.service.interviews import interview_from_data

    action = str(form.get("actie") or "volgende")
    answers = list(state.get("answers") or [])
    if action == "terug":
        state = {**state, "answers": answers[:-1]}
        return state, interview_from_data(state, lang, max_answers), None
    interview = interview_from_data(state, lang, max_answers)
    question = interview.current
    if action == "begin" or question is None or str(form.get("vraag") or "") != question.id:
        return state, interview, None  # a page sent twice, or a new start: show where we are
    try:
        answer = None if action == "weet-niet" else answer_of(question, form, lang)
    except AnswerMissing as missing:
        return state, interview, str(missing)
    new = {**state, "answers": [*answers, {"question": question.id, "answer": answer}]}
    try:
        return new, interview_from_data(new, lang, max_answers), None
    except Problem as problem:
        reason = problem.invalid[0].reason if problem.invalid else problem.detail
        return state, interview, "invalid:" + reason
