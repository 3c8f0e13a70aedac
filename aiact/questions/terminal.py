"""The interview in a terminal (``aiact interview``): rich prompts, numbers or arrow keys.

Every question shows its text, help and the definitions it relies on, and takes:

* a number (or several, ``1,3``, for "choose all that apply"; ``-`` for none of these);
* a date ``YYYY-MM-DD`` or an amount, where the question asks one;
* ``?`` for "don't know" (always possible), ``<`` to go back, ``!`` to stop here.

In a real terminal a single choice can also be made with the arrow keys (prompt_toolkit, when
installed). At the end: a summary of the answers, the case file written and the assessment shown.
Piped input (one answer a line) works the same way, for scripts and tests.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from aiact.i18n import N_, t
from aiact.interview import Interview
from aiact.questions import SUBJECT_QUESTION
from aiact.questions.model import Lang, Question, QuestionError
from aiact.questions.model import shown as shown_answer

DONT_KNOW_KEYS = ("?", "dk", "weet niet", "weet ik niet", "don't know", "dont know")
BACK_KEYS = ("<", "b", "back", "terug")
STOP_KEYS = ("!", "stop", "quit")

_TEXT: dict[str, tuple[str, str]] = {
    "title": ("AI Act interview", "Vragenlijst AI-verordening"),
    "question": ("Question", "Vraag"),
    "keys": (
        "? = don't know, < = back, ! = stop",
        "? = weet ik niet, < = terug, ! = stoppen",
    ),
    # the first question has no "don't know" (its second answer is the person's "not known
    # yet") and nothing before it
    "keys_first": ("! = stop", "! = stoppen"),
    "several": (
        "Give the numbers of all that apply (for example 1,3), or - for none of these; "
        "?4 marks an option you are not sure of.",
        "Geef de nummers van alles wat klopt (bijvoorbeeld 1,3), of - voor geen van deze; "
        "?4 betekent: niet zeker over optie 4.",
    ),
    "date": ("Give a date as YYYY-MM-DD.", "Geef een datum als JJJJ-MM-DD."),
    "amount": ("Give a number.", "Geef een getal."),
    "dont_know": ("Don't know", "Weet ik niet"),
    "back": ("Back", "Terug"),
    "answer": ("Answer", "Antwoord"),
    "not_understood": ("Not understood:", "Niet begrepen:"),
    "not_possible": ("Not possible:", "Niet mogelijk:"),
    "summary": ("Your answers", "Uw antwoorden"),
    "undetermined": (
        "Some results stay undetermined: the questions that could decide them were answered "
        "'don't know'.",
        "Sommige uitkomsten blijven onbepaald: de vragen die erover beslissen zijn beantwoord "
        "met 'weet ik niet'.",
    ),
    "stopped": (
        "Stopped before the last question: what is still open is undetermined.",
        "Gestopt voor de laatste vraag: wat nog open is, is onbepaald.",
    ),
    "written": ("Case file written to", "Casusbestand geschreven naar"),
    "definitions": ("Terms", "Begrippen"),
    "first": ("This is the first question.", "Dit is de eerste vraag."),
}


def _t(key: str, lang: Lang) -> str:
    en, nl = _TEXT[key]
    return nl if lang == "nl" else en


class _Stop(Exception):
    pass


class _Back(Exception):
    pass


def _read(console: Console, prompt: str) -> str:
    try:
        line = console.input(f"[bold]{prompt}[/bold] ")
    except EOFError:
        raise _Stop from None
    return line.strip()


def _cite(cite: str, lang: Lang) -> str:
    if lang != "nl":
        return cite
    from aiact.refs import LegalRef

    return LegalRef.parse(cite).nl(inline=True)


def show_question(
    console: Console,
    question: Question,
    number: int,
    lang: Lang,
    options: tuple[Any, ...] | None = None,
) -> None:
    """Print a question: its text, help, terms and numbered options."""
    options = question.options if options is None else options
    body = Text()
    body.append(question.text(lang), style="bold")
    if question.help(lang):
        body.append("\n" + question.help(lang), style="dim")
    if question.definitions:
        terms = "; ".join(f"{d.term(lang)} ({_cite(d.cite, lang)})" for d in question.definitions)
        body.append(f"\n{_t('definitions', lang)}: {terms}", style="italic")
    console.print(
        Panel(body, title=f"{_t('question', lang)} {number}", title_align="left", expand=False)
    )
    if options:
        # One row an option, its text wrapped under itself (not under the number) in a narrow
        # terminal; the text is plain (never read as console markup).
        grid = Table.grid(padding=(0, 2))
        grid.add_column(justify="right", style="cyan", min_width=4, no_wrap=True)
        grid.add_column(overflow="fold")
        for index, option in enumerate(options, 1):
            grid.add_row(Text(str(index)), Text(option.text(lang)))
        console.print(grid)
    if question.kind == "several_of":
        console.print(Text(_t("several", lang), style="dim"))
    elif question.kind == "date":
        console.print(Text(_t("date", lang), style="dim"))
    elif question.kind == "amount":
        console.print(Text(_t("amount", lang), style="dim"))
    first = question.id == SUBJECT_QUESTION.id
    console.print(Text(_t("keys_first" if first else "keys", lang), style="dim"))


def parse_answer(question: Question, line: str, options: tuple[Any, ...] | None = None) -> Any:
    """The answer a typed line gives (raises ``_Back``/``_Stop`` for those keys,
    :class:`QuestionError` for a line that is not an answer); numbers count in ``options``
    (default: all)."""
    text = line.strip()
    low = text.lower()
    if low in DONT_KNOW_KEYS:
        return None
    if low in BACK_KEYS:
        raise _Back
    if low in STOP_KEYS:
        raise _Stop
    options = question.options if options is None else options

    def option_at(token: str) -> str:
        if token.isdigit() and 1 <= int(token) <= len(options):
            return options[int(token) - 1].id
        for option in options:
            if token == option.id:
                return option.id
        raise QuestionError(
            None,
            N_("{answer} is not one of the answers; type a number from 1 to {n}"),
            question=question,
            values={"answer": shown_answer(token), "n": str(len(options))},
        )

    if question.kind in ("yes_no", "one_of"):
        if low in ("j", "ja", "y", "yes") and any(o.id == "yes" for o in options):
            return "yes"
        if low in ("n", "nee", "no") and any(o.id == "no" for o in options):
            return "no"
        return option_at(text)
    if question.kind == "several_of":
        if low in ("-", "geen", "none", "0"):
            return []
        tokens = [part for part in re.split(r"[,\s;]+", text) if part]
        if not tokens:
            raise QuestionError(
                None,
                N_("type the numbers of the answers that apply, or - for none of these"),
                question=question,
            )
        chosen = [option_at(part) for part in tokens if not part.startswith("?")]
        unsure = [option_at(part[1:]) for part in tokens if part.startswith("?") and part[1:]]
        return {"chosen": chosen, "unsure": unsure} if unsure else chosen
    if question.kind == "date":
        if text.isdigit() and 1 <= int(text) <= len(options):
            return options[int(text) - 1].id
        return text
    return text.replace(" ", "").replace("_", "")


def _arrow_choice(question: Question, lang: Lang, shown: tuple[Any, ...]) -> Any:
    """A single choice with the arrow keys (prompt_toolkit); None when unavailable."""
    try:
        from prompt_toolkit.shortcuts import choice
    except ImportError:  # pragma: no cover - prompt_toolkit is optional
        return _NO_ARROWS
    options: list[tuple[Any, str]] = [(o.id, o.text(lang)) for o in shown]
    if question.id != SUBJECT_QUESTION.id:
        options += [("?", _t("dont_know", lang)), ("<", _t("back", lang))]
    picked = choice(message=_t("answer", lang), options=options)
    if picked == "?":
        return None
    if picked == "<":
        raise _Back
    return picked


_NO_ARROWS = object()


def run(
    interview: Interview,
    lang: Lang = "en",
    console: Console | None = None,
    arrows: bool | None = None,
    on_step: Callable[[Interview], None] | None = None,
) -> Interview:
    """Ask until the interview is done (or stopped); return the final interview."""
    console = console or Console()
    if arrows is None:
        arrows = sys.stdin.isatty() and sys.stdout.isatty()
    console.print(Text(_t("title", lang), style="bold underline"))
    while True:
        question = interview.current
        if question is None:
            break
        shown = interview.options(question)
        show_question(console, question, len(interview.steps) + 1, lang, shown)
        prompt = _t("answer", lang) + ":"
        try:
            if arrows and question.kind in ("yes_no", "one_of"):
                answer = _arrow_choice(question, lang, shown)
                if answer is _NO_ARROWS:
                    answer = parse_answer(question, _read(console, prompt), shown)
            else:
                answer = parse_answer(question, _read(console, prompt), shown)
            interview = interview.answer(answer)
        except _Back:
            if not interview.steps:
                console.print(Text(_t("first", lang), style="yellow"))
            interview = interview.back()
            continue
        except _Stop:
            break
        except (ValueError, QuestionError) as error:
            if isinstance(error, QuestionError):
                why = error.text(lang)
                # understood, but contradicting what is known: "not possible" (round 19)
                label = "not_possible" if error.contradicts else "not_understood"
            else:
                why, label = t("this answer cannot be used", lang), "not_understood"
            console.print(Text(f"{_t(label, lang)} {why}", style="red"))
            continue
        if on_step is not None:
            on_step(interview)
    return interview


def show_summary(console: Console, interview: Interview, lang: Lang) -> None:
    table = Table(title=_t("summary", lang), title_justify="left", show_lines=False)
    table.add_column("#", justify="right")
    table.add_column(_t("question", lang), overflow="fold")
    table.add_column(_t("answer", lang), overflow="fold")
    for index, (question, answer) in enumerate(interview.summary(lang), 1):
        table.add_row(str(index), question, answer)
    console.print(table)
    if interview.current is not None:
        console.print(Text(_t("stopped", lang), style="yellow"))
    elif interview.kind is not None and not interview.determined:
        console.print(Text(_t("undetermined", lang), style="yellow"))
