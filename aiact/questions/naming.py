"""The words of the answer that set a fact, for a reader who set it by answering (issue 16).

The input checks (:mod:`aiact.facts`, :mod:`aiact.date_facts`) name the facts a refused case
contradicts by their paths (``roles.importer``, ``exclusions.made_available_on_union_market``):
right for a developer calling :func:`aiact.assess`, whose error names the field. A person in an
interview never saw those paths; they chose an option of a question. A check's failure carries
the paths its reason names (:attr:`aiact.errors.FieldConflict.paths`), so an interview's refusal
names each by the words of the answer that set it (:func:`fact_words`): the option chosen, with
its question (``the answer "Importer" (question: "What is your organisation's role ...")``), or
the question itself for a yes/no question, a list of Annex III points, a date or an amount, or
an option not chosen. The question refused is not repeated (``the answer "Provider"``: its
words stand before the reason). A fact no question sets keeps its path.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from aiact.i18n import N_, t
from aiact.questions.fields import all_fields
from aiact.questions.model import Lang, Option, Question

QUESTION_NAMED = 70
"""The longest part of a question's words that naming an answer shows."""

OPTION_NAMED = 120
"""The longest part of an option's words that naming an answer shows."""

LANGS: tuple[Lang, Lang] = ("en", "nl")

ANSWER_OF = N_('the answer "{option}" (question: "{question}")')
ANSWER = N_('the answer "{option}"')
"""An option of the question refused, whose words stand before the reason."""
ANSWER_TO = N_('the answer to the question "{question}"')
YOUR_ANSWER = N_("your answer to this question")
ABOUT = N_("{answer}: {reason}")
"""A reason about the value of a fact another question set (``"true, but ..."``), after the
words of that answer, as a developer's error puts it after the fact's path."""


def fact_words(
    path: str,
    answered: Sequence[tuple[Question, Any]],
    facts: Mapping[str, Any],
    refused: Question | None = None,
) -> tuple[str, str] | None:
    """The words, in English and in Dutch, naming the answer that set fact ``path`` (the last
    of ``answered``, the questions and answers in order, that settles it; else the question of
    the catalogue that sets it, by the option that sets its value in ``facts``), or None where
    no question sets the fact. ``refused`` is the question whose answer was refused: the
    reason follows its words, so they are not repeated."""
    found = settling(path, answered)
    if found is None:
        return None
    question, chosen = found
    return _named(question, path, facts.get(path), chosen, refused)


def settling(
    path: str, answered: Sequence[tuple[Question, Any]]
) -> tuple[Question, tuple[Option, ...] | None] | None:
    """The question that set fact ``path``, with the options its answer chose: the last of
    ``answered`` that settles it, else the first question of the catalogue that sets it (its
    options None: not answered), or None where no question sets it."""
    for question, answer in reversed(answered):
        if answer is not None and path in question.facts:
            return question, _chosen(question, answer)
    from aiact.questions.catalogue import catalogue

    asking = catalogue().asking(path)
    return (asking[0], None) if asking else None


def answers_named(
    paths: Sequence[str],
    answered: Sequence[tuple[Question, Any]],
    facts: Mapping[str, Any],
    refused: Question | None = None,
) -> dict[str, tuple[str, str]]:
    """:func:`fact_words` of each of ``paths`` that a question sets."""
    out: dict[str, tuple[str, str]] = {}
    for path in paths:
        words = fact_words(path, answered, facts, refused)
        if words is not None:
            out[path] = words
    return out


def _chosen(question: Question, answer: Any) -> tuple[Option, ...]:
    """The options an answer chose (none for a date or an amount given as a value)."""
    if question.kind == "several_of":
        chosen, _unsure = question.split(answer)
        return tuple(question.option(a) for a in chosen)
    if isinstance(answer, str) and any(o.id == answer for o in question.options):
        return (question.option(answer),)
    return ()


def _named(
    question: Question,
    path: str,
    value: Any,
    chosen: tuple[Option, ...] | None,
    refused: Question | None,
) -> tuple[str, str]:
    same = refused is not None and question.id == refused.id
    info = all_fields().get(path)
    if question.kind != "yes_no" and info is not None and info.type != "members":
        candidates = question.options if chosen is None else chosen
        fitting = [
            o for o in candidates if path in o.sets and (value is None or o.sets[path] == value)
        ]
        if chosen is None and not fitting:
            fitting = [o for o in question.options if o.sets.get(path) is True]
        if fitting:
            option = fitting[0]
            if same:
                en, nl = (
                    t(
                        ANSWER,
                        lang,
                        option=_short(option.text(lang), OPTION_NAMED),
                    )
                    for lang in LANGS
                )
                return en, nl
            en, nl = (
                t(
                    ANSWER_OF,
                    lang,
                    option=_short(option.text(lang), OPTION_NAMED),
                    question=_short(question.text(lang), QUESTION_NAMED),
                )
                for lang in LANGS
            )
            return en, nl
    if same:
        return t(YOUR_ANSWER, "en"), t(YOUR_ANSWER, "nl")
    en, nl = (
        t(
            ANSWER_TO,
            lang,
            question=_short(question.text(lang), QUESTION_NAMED),
        )
        for lang in LANGS
    )
    return en, nl


def _short(words: str, limit: int) -> str:
    if len(words) <= limit:
        return words
    return words[:limit].rsplit(" ", 1)[0] + " ..."
