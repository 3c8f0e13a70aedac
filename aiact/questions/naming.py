"""The words of the answer that set a fact, for a reader who set it by answering (issue 16).

The input checks (:mod:`aiact.facts`, :mod:`aiact.date_facts`) name the facts a refused case
contradicts by their paths (``roles.importer``, ``exclusions.made_available_on_union_market``):
right for a developer calling :func:`aiact.assess`, whose error names the field. A person in an
interview never saw those paths; they chose an option of a question. A check's failure carries
the paths its reason names (:attr:`aiact.errors.FieldConflict.paths`), so an interview's refusal
names each by the words of the answer that set it (:func:`fact_words`): the option chosen, with
its question (``the answer "Importer" (question: "What is your organisation's role ...")``); the
reply to a yes/no question (``you answered "Yes" to the question "..."``, words20); an option not
chosen (``you did not choose "..." (question: "...")``); or the question itself for a list of
Annex III points, a date or an amount. The question refused is not repeated (``the answer
"Provider"``, ``you answer "No" to this question``: its words stand before the reason). A fact
no question sets keeps its path. Words that say the fact's value (a reply, an option chosen or
not) are followed by no "is true" / "is false" of the reason (:func:`answers_stating`).

Only answers the person gave are named as answers (review65 D1): a fact that came from the case
file the interview started from (:attr:`aiact.interview.Interview.known`) is named as such
(``in your case file: "Yes" to the question "..."``, by the words of the option or question of
the catalogue that states it, else by its path); a fact with no value that the reason asks for
(the date of the placing, review65 D2) by the question that asks for it; a fact with a value
that neither an answer nor the case gave, by the question's words only where it was asked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from aiact.i18n import N_, t
from aiact.questions.fields import all_fields
from aiact.questions.model import Lang, Option, Question, shortened

QUESTION_NAMED = 70
"""The longest part of a question's words that naming an answer shows."""

OPTION_NAMED = 120
"""The longest part of an option's words that naming an answer shows."""

LANGS: tuple[Lang, Lang] = ("en", "nl")

ANSWER_OF = N_('the answer "{option}" (question: "{question}")')
ANSWER = N_('the answer "{option}"')
"""An option of the question refused, whose words stand before the reason."""
ANSWER_TO = N_('the answer to the question "{question}"')
"""An answer that is not an option (a date, an amount, a list), by its question: the reason says
its value."""
ANSWERED = N_('you answered "{reply}" to the question "{question}"')
"""The reply to a yes/no question (words20): the reply says the value, so the reason does not
add "is true" (:meth:`aiact.errors.FieldConflict.reason`'s ``stated``)."""
THIS_REPLY = N_('you answer "{reply}" to this question')
"""As :data:`ANSWERED`, for the question refused (the reply just given)."""
NOT_CHOSEN = N_('you did not choose "{option}" (question: "{question}")')
"""An option not chosen: not choosing it made its fact false (or true, where the option sets it
false)."""
NOT_CHOSEN_HERE = N_('you did not choose "{option}"')
"""As :data:`NOT_CHOSEN`, for the question refused, whose words stand before the reason."""
YOUR_ANSWER = N_("your answer to this question")
IN_CASE_FILE = N_('in your case file: "{option}"')
"""A fact of the case file, by the words of the option that states it."""
IN_CASE_FILE_REPLY = N_('in your case file: "{option}" to the question "{question}"')
"""A fact of the case file, by the reply of a yes/no question that states it."""
IN_CASE_FILE_FOR = N_('in your case file, for the question "{question}"')
"""A fact of the case file (a list, a date, an amount), by the question that asks for it."""
IN_CASE_FILE_FIELD = N_("in your case file: {path}")
"""A fact of the case file no question asks for, by its path (as the case file writes it)."""
THE_QUESTION = N_('the question "{question}"')
"""A fact with no value that the reason asks for, by the question that asks for it."""
ABOUT = N_("{answer}: {reason}")
"""A reason about the value of a fact another question set (``"true, but ..."``), after the
words of that answer, as a developer's error puts it after the fact's path."""


def fact_words(
    path: str,
    answered: Sequence[tuple[Question, Any]],
    facts: Mapping[str, Any],
    refused: Question | None = None,
    known: Mapping[str, Any] | None = None,
) -> tuple[str, str] | None:
    """The words, in English and in Dutch, naming fact ``path`` for the person: the answer
    that set it (of ``answered``, the questions and answers in order, after the facts
    ``known`` from the case file: :func:`settling`); else the case file, where ``known`` gives
    it; else, for a fact with no value in ``facts`` (one the reason asks for), the question
    that asks for it; else the question asked that sets it (not answered: "don't know"); or
    None, where none of these names it (its path then stands). ``refused`` is the question
    whose answer was refused: the reason follows its words, so they are not repeated."""
    named = _naming(path, answered, facts, refused, known)
    return None if named is None else named[0]


def fact_saying(
    path: str,
    answered: Sequence[tuple[Question, Any]],
    facts: Mapping[str, Any],
    refused: Question | None = None,
    known: Mapping[str, Any] | None = None,
) -> tuple[tuple[str, str], bool] | None:
    """:func:`fact_words`, and whether the words say the fact's value themselves (words21: the
    reason's leading "true" then gives way to them, :attr:`QuestionError.about_says`)."""
    return _naming(path, answered, facts, refused, known)


def _naming(
    path: str,
    answered: Sequence[tuple[Question, Any]],
    facts: Mapping[str, Any],
    refused: Question | None = None,
    known: Mapping[str, Any] | None = None,
) -> tuple[tuple[str, str], bool] | None:
    """:func:`fact_words`, and whether the words say the fact's value themselves (a reply, an
    option chosen or not chosen, the case file's option or reply): a reason then does not add
    "is true" or "is false" after them (words20)."""
    found = settling(path, answered, known)
    if found is not None:
        question, chosen = found
        return _named(question, path, facts.get(path), chosen, refused)
    from aiact.questions.catalogue import catalogue

    asking = catalogue().asking(path)
    if known is not None and known.get(path) is not None:
        return _in_case_file(path, known[path], asking[0] if asking else None)
    if not asking:
        return None
    asked = [question for question, _answer in answered if path in question.facts]
    if facts.get(path) is None:
        return _both(THE_QUESTION, question=_asking(asked[-1] if asked else asking[0])), False
    if asked:
        return _named(asked[-1], path, facts.get(path), None, refused)
    return None


def settling(
    path: str,
    answered: Sequence[tuple[Question, Any]],
    known: Mapping[str, Any] | None = None,
) -> tuple[Question, tuple[Option, ...]] | None:
    """The answer that set fact ``path``, as a question with the options its answer chose:
    the facts are the case file's (``known``), then each answer's that are still unknown
    (:attr:`aiact.interview.Interview.facts`), so it is the first of ``answered`` whose answer
    gives the fact a value while it is unknown; None where no answer did (the fact came from
    the case file, or has no value)."""
    from aiact.questions.relevance import unknown_part

    out: dict[str, Any] = dict(known or {})
    for question, answer in answered:
        if answer is None:
            continue
        stated = unknown_part(question.sets(answer), out)
        if path in stated:
            return question, _chosen(question, answer)
        out.update(stated)
    return None


def answers_named(
    paths: Sequence[str],
    answered: Sequence[tuple[Question, Any]],
    facts: Mapping[str, Any],
    refused: Question | None = None,
    known: Mapping[str, Any] | None = None,
) -> dict[str, tuple[str, str]]:
    """:func:`fact_words` of each of ``paths`` that something names."""
    return answers_stating(paths, answered, facts, refused, known)[0]


def answers_stating(
    paths: Sequence[str],
    answered: Sequence[tuple[Question, Any]],
    facts: Mapping[str, Any],
    refused: Question | None = None,
    known: Mapping[str, Any] | None = None,
) -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """:func:`answers_named`, and the paths whose words say the fact's value themselves
    (``you answered "Yes" to the question ...``): the ``stated`` of
    :meth:`aiact.errors.FieldConflict.reason`."""
    out: dict[str, tuple[str, str]] = {}
    stated: set[str] = set()
    for path in paths:
        named = _naming(path, answered, facts, refused, known)
        if named is not None:
            out[path] = named[0]
            if named[1]:
                stated.add(path)
    return out, frozenset(stated)


def _in_case_file(path: str, value: Any, question: Question | None) -> tuple[tuple[str, str], bool]:
    """Fact ``path`` of the case file with ``value``: by the words of the option of
    ``question`` (the catalogue's first question that sets it) that states the value (with
    the question, for a yes/no question), else by the question, else by its path (review65
    D1)."""
    if question is None:
        return _both(IN_CASE_FILE_FIELD, path=lambda _lang: path), False
    info = all_fields().get(path)
    if info is not None and info.type != "members":
        fitting = [o for o in question.options if path in o.sets and o.sets[path] == value]
        if fitting:
            option = fitting[0]
            if question.kind == "yes_no":
                return _both(
                    IN_CASE_FILE_REPLY, option=option.text, question=_asking(question)
                ), True
            return _both(IN_CASE_FILE, option=_stating(option)), True
    return _both(IN_CASE_FILE_FOR, question=_asking(question)), False


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
) -> tuple[tuple[str, str], bool]:
    """The words of ``question``'s answer (``chosen``: its options; None: not answered) for
    fact ``path`` with ``value``, and whether they say the value."""
    same = refused is not None and question.id == refused.id
    info = all_fields().get(path)
    if question.kind == "yes_no" and chosen and isinstance(value, bool):
        reply = chosen[0]
        if reply.sets.get(path) == value:
            if same:
                return _both(THIS_REPLY, reply=reply.text), True
            return _both(ANSWERED, reply=reply.text, question=_asking(question)), True
    if question.kind != "yes_no" and info is not None and info.type != "members":
        candidates = question.options if chosen is None else chosen
        fitting = [
            o for o in candidates if path in o.sets and (value is None or o.sets[path] == value)
        ]
        if chosen is None and not fitting:
            fitting = [o for o in question.options if o.sets.get(path) is True]
        if fitting:
            option = fitting[0]
            says = value is not None and option.sets[path] == value
            if same:
                return _both(ANSWER, option=_stating(option)), says
            return _both(ANSWER_OF, option=_stating(option), question=_asking(question)), says
        if question.kind == "several_of" and chosen is not None and isinstance(value, bool):
            # the fact took its value from an option not chosen (``several_of``: a fact no
            # chosen option sets becomes the opposite of what its options set)
            left = [
                o
                for o in question.options
                if o not in chosen and path in o.sets and o.sets[path] != value
            ]
            if left:
                option = left[0]
                if same:
                    return _both(NOT_CHOSEN_HERE, option=_stating(option)), True
                return _both(NOT_CHOSEN, option=_stating(option), question=_asking(question)), True
    if same:
        return _both(YOUR_ANSWER), False
    return _both(ANSWER_TO, question=_asking(question)), False


def _both(message: str, **parts: Callable[[Lang], str]) -> tuple[str, str]:
    """``message`` in English and in Dutch, each part in that language."""
    en, nl = (t(message, lang, **{k: part(lang) for k, part in parts.items()}) for lang in LANGS)
    return en, nl


def _asking(question: Question) -> Callable[[Lang], str]:
    """A question's words as a name shows them (shortened)."""
    return lambda lang: shortened(question.text(lang), QUESTION_NAMED)


def _stating(option: Option) -> Callable[[Lang], str]:
    """An option's words as a name shows them (shortened)."""
    return lambda lang: shortened(option.text(lang), OPTION_NAMED)
