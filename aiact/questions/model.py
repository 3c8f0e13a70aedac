"""Questions as data: what a question asks, in Dutch and English, and which facts each answer sets.

A question is declared as a plain mapping (see :mod:`aiact.questions.data` and, for the
definitions, ``aiact.rules.definition_questions``) and loaded into frozen :class:`Question`
records, validated against the input fields (:mod:`aiact.questions.fields`)::

    {
        "id": "roles",                       # stable: a web page or a saved interview keeps it
        "kind": "several_of",                # yes_no | one_of | several_of | date | amount
        "text_en": "...", "text_nl": "...",  # plain language (B1), the official Dutch terms
        "help_en": "...", "help_nl": "...",
        "definitions": ["provider", ...],    # keys of DEFINITIONS (term and its article)
        "cites": ["Art. 3(3)", ...],
        "options": [
            {"id": "provider", "text_en": "...", "text_nl": "...",
             "sets": {"roles.provider": True}},
            ...
        ],
    }

The facts each answer sets:

* ``yes_no`` and ``one_of``: the chosen option's ``sets``;
* ``several_of``: the chosen options' ``sets`` merged; every fact of the question that no chosen
  option sets becomes its opposite (a flag ``False``, or ``True`` where every option that sets
  it sets it false; a member list without that member). Choosing
  nothing is an answer ("none of these"). A person may also be unsure of some options
  (``{"chosen": [...], "unsure": [...]}``): their facts stay unknown;
* ``date`` and ``amount``: the value, in the question's ``field``; a ``date`` question may also have
  options for the answers that are not a date (``"no significant change"``).

"Don't know" is always possible: it sets nothing.

A ``yes_no`` question may be written short, with ``"fact"`` instead of options (``yes`` sets it
true, ``no`` false).

A question may name the questions to ask first, while they can still be asked (``"after":
["org_part_of_group"]``): "How many staff does the group have?" waits for "Is your organisation
part of a group?", whose "no" makes it moot. The wait only orders: a waiting question is tried
when no other question is relevant, so it never hides a relevant question
(:func:`aiact.questions.relevance.waiting`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Literal

from aiact.i18n import N_
from aiact.questions.fields import FieldInfo, SubjectKind, all_fields, normalise

AnswerKind = Literal["yes_no", "one_of", "several_of", "date", "amount"]
ANSWER_KINDS: tuple[AnswerKind, ...] = ("yes_no", "one_of", "several_of", "date", "amount")
Lang = Literal["en", "nl"]

DONT_KNOW = None
"""The answer "don't know" (JSON ``null``): it sets no fact."""


class QuestionError(ValueError):
    """A question declaration or an answer that cannot be used; the message says which.

    An answer's error carries its problem as a message of the catalogue (``problem``, marked
    with ``N_``), the values it fills in (short: a refused answer is shown by
    :func:`aiact.versions.shown_value`, never whole; a value that differs by language is an
    ``(English, Dutch)`` pair) and the question it concerns, so :meth:`text` gives it in the
    reader's language (the terminal, the notebook form, the service and the web page; fix18).
    ``cause`` is the library's :class:`~aiact.InputError` where the facts of an answer are
    refused by the checks of the input: its first problem is the reason. ``words`` names, in
    English and in Dutch, the answers that set the facts such a reason names (issue 16,
    :mod:`aiact.questions.naming`): the reason names them so, not by their paths; ``about``,
    the words of the answer to another question that set the fact the reason is about (its
    ``"true, but ..."``), stand before it. A
    declaration's error (for the developer of the catalogue) has a message only; ``str()`` is
    the English. ``contradicts`` says that the answer was understood but contradicts what is
    known (an input check, the facts given, another option of the same answer): a front end says
    "not possible", not "not understood" (round 19, review66's note)."""

    def __init__(
        self,
        message: str | None = None,
        problem: str | None = None,
        *,
        question: Question | None = None,
        values: Mapping[str, str | tuple[str, str]] | None = None,
        cause: Exception | None = None,
        words: Mapping[str, tuple[str, str]] | None = None,
        about: tuple[str, str] | None = None,
        about_says: bool = False,
        contradicts: bool = False,
        stated: Iterable[str] = (),
    ) -> None:
        self.problem = problem
        self.contradicts = contradicts or cause is not None
        self.question_id = None if question is None else question.id
        self.question_texts = None if question is None else (question.text_en, question.text_nl)
        self.values: dict[str, str | tuple[str, str]] = dict(values or {})
        self.cause = cause
        self.words: dict[str, tuple[str, str]] = dict(words or {})
        self.about = about
        self.about_says = about_says
        """The words of ``about`` say the fact's value (``you answered "Yes" to ...``): they
        stand in place of the reason's leading "true" or "false" (words21: not ``you answered
        "Yes" to the question "...": true, but ...``)."""
        self.stated: frozenset[str] = frozenset(stated)
        """The facts of ``words`` whose words say their value themselves (a reply, an option
        chosen or not): the reason does not add "is true" after them (words20)."""
        super().__init__(message if message is not None else self.text("en"))

    def reason(self, lang: Lang) -> str:
        """The problem in ``lang``, without the question."""
        from aiact.errors import InputError
        from aiact.i18n import t

        if isinstance(self.cause, InputError) and self.cause.problems:
            problem = self.cause.problems[0]  # as the service gives it (service.inputs.reason)
            if problem.conflict is not None and self.words:
                # the facts it names by the answers that set them (issue 16)
                index = 1 if lang == "nl" else 0
                named = {path: pair[index] for path, pair in self.words.items()}
                reason = problem.conflict.reason(lang, named, self.stated)
                if self.about is None:
                    return reason
                from aiact.errors import after_truth
                from aiact.questions.naming import ABOUT

                rest = after_truth(reason, lang) if self.about_says else None
                if rest is not None:
                    return self.about[index] + rest  # "you answered ..., but ..."
                return t(ABOUT, lang, answer=self.about[index], reason=reason)
            if lang == "en":
                return problem.message
            check = problem.params.get(f"reason_{lang}")  # a FieldConflict's own reason
            if problem.kind == "contradiction" and isinstance(check, str) and check:
                return check
            translated = t(problem.message, lang)
            if translated != problem.message:
                return translated
            from aiact.views.errors import problem_text

            return problem_text(problem, lang)
        if self.problem is None:
            if lang == "en":
                lines = str(self).strip().splitlines()
                return lines[0][:500] if lines else self.__class__.__name__
            return t("this answer cannot be used", lang)
        filled = {
            key: (value[1] if lang == "nl" else value[0]) if isinstance(value, tuple) else value
            for key, value in self.values.items()
        }
        return t(self.problem, lang, **filled)

    def text(self, lang: Lang) -> str:
        """The reason in ``lang``, naming the question by its words (shortened) where there is
        one."""
        from aiact.i18n import t

        reason = self.reason(lang)
        if self.question_texts is None:
            return reason
        words = shortened(self.question_texts[1 if lang == "nl" else 0], QUESTION_SHOWN)
        return t('question "{question}": {problem}', lang, question=words, problem=reason)


QUESTION_SHOWN = 90
"""The longest part of a question's words an error names (the question is shown beside it)."""


def shortened(words: str, limit: int) -> str:
    """``words`` cut to at most ``limit`` characters at a word, marked " ..." where cut."""
    if len(words) <= limit:
        return words
    return words[:limit].rsplit(" ", 1)[0] + " ..."


def shown(value: object) -> str:
    """A refused answer as an error shows it: cut short (:func:`aiact.versions.shown_value`)."""
    from aiact.versions import shown_value

    return shown_value(value)


class ContradictingOptions(QuestionError):
    """Two options of a several-of answer whose words contradict each other (they set one fact
    to different values: "only to prosecute" beside "to detect, prevent or investigate"), both
    chosen, or one chosen and the other marked not sure (review60 note, fix18); refused, never
    the last one (or the chosen one) silently winning (review58 D2)."""

    def __init__(
        self, question: Question, first: Option, second: Option, unsure: bool = False
    ) -> None:
        self.first, self.second, self.unsure = first, second, unsure
        problem = (
            N_(
                'the answer "{first}" and the answer "{second}", which you marked as not sure, '
                "contradict each other: if the first is right, the second is not; do not mark it"
            )
            if unsure
            else N_(
                'the answers "{first}" and "{second}" contradict each other; choose one of them'
            )
        )
        super().__init__(
            f"question {question.id!r}: the options {first.id!r} and {second.id!r}"
            f"{' (not sure)' if unsure else ''} contradict each other; choose one of them",
            problem,
            question=question,
            values={
                "first": (first.text_en, first.text_nl),
                "second": (second.text_en, second.text_nl),
            },
            contradicts=True,
        )


def contradicts(option: Option, values: Mapping[str, Any], table: Mapping[str, FieldInfo]) -> bool:
    """Whether ``option`` sets a fact (not a member of a list) to another value than ``values``
    holds for it: the two cannot be chosen together (``Question._merge`` refuses them; the
    ranking's trial answer "all of these" leaves the option out)."""
    return any(
        table[path].type != "members" and path in values and values[path] != value
        for path, value in option.sets.items()
    )


@dataclass(frozen=True)
class Definition:
    """A term of the Act that a question relies on, with the provision that defines it."""

    key: str
    term_en: str
    term_nl: str
    cite: str

    def term(self, lang: Lang) -> str:
        return self.term_nl if lang == "nl" else self.term_en


@dataclass(frozen=True, eq=False)
class Option:
    """One answer a person can choose, and the facts it sets."""

    id: str
    text_en: str
    text_nl: str
    sets: Mapping[str, Any]
    help_en: str = ""
    help_nl: str = ""
    presupposes: tuple[str, ...] = ()
    """Options of the same question whose words this option's words take as given ("That
    authorisation by law is subject to appropriate safeguards" takes an authorisation as
    given): where none of them is chosen and one is marked not sure, a person cannot say this
    one either, so its facts stay unknown (review59 D1)."""
    open_with: tuple[str, ...] = ()
    """Options of the same question whose doubt is this option's doubt too: where none of them
    and not this one is chosen and one of them is marked not sure, this one's facts stay
    unknown. Art. 6(1)(a) (round 19): "The AI system is itself such a product" and "a safety
    component of such a product" may both be true, but a person not sure whether the AI system
    is itself the product is not sure how it stands to the product: not ticking the other then
    says nothing (and a saved answer of round 18, when the two excluded each other, keeps its
    facts)."""

    def text(self, lang: Lang) -> str:
        return self.text_nl if lang == "nl" else self.text_en

    def help(self, lang: Lang) -> str:
        return self.help_nl if lang == "nl" else self.help_en

    def to_dict(self, lang: Lang | None = None) -> dict[str, Any]:
        from aiact.questions.fields import to_json_value

        out: dict[str, Any] = {"id": self.id}
        if lang is None:
            out.update(text_en=self.text_en, text_nl=self.text_nl)
        else:
            out["text"] = self.text(lang)
        out["sets"] = {k: to_json_value(v) for k, v in self.sets.items()}
        return out


@dataclass(frozen=True, eq=False)
class Question:
    """A question of the interview (see the module docstring for the fields)."""

    id: str
    kind: AnswerKind
    subject: Literal["system", "model", "organisation"]
    text_en: str
    text_nl: str
    help_en: str
    help_nl: str
    options: tuple[Option, ...]
    facts: tuple[str, ...]
    """The input fields the question settles (an answer other than "don't know" settles all)."""
    field: str | None = None
    """The field a ``date`` or ``amount`` answer is written to."""
    definitions: tuple[Definition, ...] = ()
    cites: tuple[str, ...] = ()
    unit: str | None = None
    """For ``amount``: ``EUR``, ``persons`` or ``FLOP``."""
    guideline: str | None = None
    """The Commission guideline paragraphs the question follows, if any."""
    order: int = 0
    """Position in the catalogue: the last tie-break of the ranking (never a relevance)."""
    source: str = "aiact.questions.data"
    after: tuple[str, ...] = ()
    """Questions to ask first while they can still be asked: those the declaration names
    (``"after"``), then the direct questions whose conclusion this question's facts decide (a
    follow-up, see :mod:`.catalogue`)."""
    follow_up: bool = False
    """Whether the question is a follow-up: its facts decide the conclusion of an earlier, direct
    question, so it is asked only after "don't know" to that one (set by :mod:`.catalogue`)."""

    def text(self, lang: Lang) -> str:
        return self.text_nl if lang == "nl" else self.text_en

    def help(self, lang: Lang) -> str:
        return self.help_nl if lang == "nl" else self.help_en

    def option(self, option_id: str) -> Option:
        for option in self.options:
            if option.id == option_id:
                return option
        raise QuestionError(
            None,
            N_("{answer} is not one of its answers (choose one of: {choices})"),
            question=self,
            values={"answer": shown(option_id), "choices": ", ".join(o.id for o in self.options)},
        )

    # ----------------------------------------------------------------- answers

    def sets(self, answer: Any) -> dict[str, Any]:
        """The facts an answer sets (flat), validated. ``None`` is "don't know": nothing."""
        if answer is None:
            return {}
        if self.kind in ("yes_no", "one_of"):
            if not isinstance(answer, str):
                raise QuestionError(None, N_("choose one answer (one option id)"), question=self)
            return dict(self.option(answer).sets)
        if self.kind == "several_of":
            chosen_ids, unsure_ids = self.split(answer)
            return dict(_merged(self, tuple(chosen_ids), tuple(unsure_ids)))
        if self.kind == "date":
            if isinstance(answer, str) and any(o.id == answer for o in self.options):
                return dict(self.option(answer).sets)
            try:
                day = answer if isinstance(answer, dt.date) else dt.date.fromisoformat(str(answer))
            except ValueError:
                raise QuestionError(
                    None,
                    N_("{answer} is not a date (write it as YYYY-MM-DD)"),
                    question=self,
                    values={"answer": shown(answer)},
                ) from None
            assert self.field is not None
            return {self.field: day}
        # amount
        if isinstance(answer, str) and any(o.id == answer for o in self.options):
            return dict(self.option(answer).sets)
        try:
            amount = Decimal(str(answer).replace("_", "").replace(" ", ""))
        except InvalidOperation:
            raise QuestionError(
                None,
                N_("{answer} is not a number"),
                question=self,
                values={"answer": shown(answer)},
            ) from None
        if not amount.is_finite() or amount < 0:
            raise QuestionError(None, N_("give a number of 0 or more"), question=self)
        assert self.field is not None
        info = all_fields()[self.field]
        if info.type == "count":
            if amount != amount.to_integral_value():
                raise QuestionError(None, N_("give a whole number"), question=self)
            return {self.field: int(amount)}
        return {self.field: amount}

    def split(self, answer: Any) -> tuple[list[str], list[str]]:
        """A several-of answer as (chosen option ids, option ids the person is not sure of).
        The answer is a list of chosen ids, or ``{"chosen": [...], "unsure": [...]}``."""
        if isinstance(answer, Mapping):
            if not set(answer) <= {"chosen", "unsure"}:
                # A misspelt key ("not_sure", "choosen") would leave its options unchosen,
                # which is "no" (review62 D1): refused, never read as "none of these".
                raise self._not_several()
            chosen, unsure = answer.get("chosen", ()), answer.get("unsure", ())
        else:
            chosen, unsure = answer, ()
        for part in (chosen, unsure):
            if isinstance(part, str) or not isinstance(part, Sequence | set | frozenset):
                raise self._not_several()
        chosen_ids = [self.option(str(a)).id for a in chosen]
        unsure_ids = [self.option(str(a)).id for a in unsure if str(a) not in chosen_ids]
        return chosen_ids, unsure_ids

    def _not_several(self) -> QuestionError:
        """The refusal of a several-of answer of another shape (:meth:`split`)."""
        return QuestionError(
            None,
            N_(
                "choose any number of answers: a list of option ids, or an object with the lists "
                "chosen and unsure"
            ),
            question=self,
        )

    def _merge(self, chosen: Iterable[Option], unsure: Iterable[Option] = ()) -> dict[str, Any]:
        table = all_fields()
        out: dict[str, Any] = {}
        members: dict[str, list[str]] = {}
        chosen, unsure = tuple(chosen), tuple(unsure)
        open_facts = _left_open(self, chosen, unsure, table)
        by: dict[str, Option] = {}
        for option in chosen:
            if contradicts(option, out, table):
                first = next(by[p] for p, v in option.sets.items() if p in out and out[p] != v)
                raise ContradictingOptions(self, first, option)
            for path, value in option.sets.items():
                if table[path].type == "members":
                    members.setdefault(path, []).append(str(value))
                    continue
                out[path] = value
                by[path] = option
        # Chosen, and not sure of an option that contradicts it (review60 note, fix18): the
        # person contradicts themselves, as with two chosen options. An option left open by
        # design beside a chosen one (its words include the chosen one's, or take it as given:
        # _left_open) shares no fact with another value, so it is never refused here.
        for option in unsure:
            if contradicts(option, out, table):
                first = next(by[p] for p, v in option.sets.items() if p in out and out[p] != v)
                raise ContradictingOptions(self, first, option, unsure=True)
        for path in self.facts:
            info = table[path]
            if path in open_facts and path not in out:
                continue  # not sure: stays unknown (a list with a member not sure, too)
            if info.type == "members":
                picked = set(members.get(path, ()))
                out[path] = tuple(v for v in info.values if v in picked)
            elif path not in out and info.type == "flag":
                out[path] = not self._selected_value(path)
        return out

    def _selected_value(self, path: str) -> Any:
        """The value of flag ``path`` that choosing an option states: ``True`` where an option
        sets it true (an option that also sets it false would state that only as the consequence
        of its words, as the two Annex I product options did in round 18, when each set the
        other's fact false: not choosing either left both facts false), else the options'
        value."""
        values = [o.sets[path] for o in self.options if path in o.sets]
        if not values:
            raise QuestionError(f"question {self.id!r}: no option sets {path}")
        return True if True in values else values[0]

    def answer_label(self, answer: Any, lang: Lang) -> str:
        """The answer as a person reads it."""
        if answer is None:
            return "weet ik niet" if lang == "nl" else "don't know"
        if self.kind in ("yes_no", "one_of"):
            return self.option(str(answer)).text(lang)
        if self.kind == "several_of":
            chosen, unsure = self.split(answer)
            text = (
                "; ".join(self.option(a).text(lang) for a in chosen)
                if chosen
                else ("geen van deze" if lang == "nl" else "none of these")
            )
            if unsure:
                label = "niet zeker" if lang == "nl" else "not sure"
                text += f" ({label}: " + "; ".join(self.option(a).text(lang) for a in unsure) + ")"
            return text
        if isinstance(answer, str) and any(o.id == answer for o in self.options):
            return self.option(answer).text(lang)
        return str(answer)

    def to_dict(self, lang: Lang | None = None) -> dict[str, Any]:
        """The question as JSON (one language, or both when ``lang`` is None)."""
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "subject": self.subject}
        if lang is None:
            out.update(
                text_en=self.text_en,
                text_nl=self.text_nl,
                help_en=self.help_en,
                help_nl=self.help_nl,
            )
        else:
            out.update(text=self.text(lang), help=self.help(lang))
        out["options"] = [o.to_dict(lang) for o in self.options]
        out["facts"] = list(self.facts)
        if self.field is not None:
            out["field"] = self.field
        if self.unit is not None:
            out["unit"] = self.unit
        out["definitions"] = [
            {"term": d.term(lang) if lang else d.term_en, "cite": d.cite} for d in self.definitions
        ]
        out["cites"] = list(self.cites)
        return out


# --------------------------------------------------------------------------- loading


@dataclass
class _Loader:
    definitions: Mapping[str, Definition]
    seen: set[str] = field(default_factory=set)

    def option(self, qid: str, raw: Mapping[str, Any]) -> Option:
        missing = [k for k in ("id", "text_en", "text_nl") if not raw.get(k)]
        if missing:
            raise QuestionError(f"question {qid!r}: an option lacks {missing}")
        sets = raw.get("sets", raw.get("facts", {}))
        if not isinstance(sets, Mapping):
            raise QuestionError(f"question {qid!r}, option {raw['id']!r}: 'sets' is a mapping")
        table = all_fields()
        clean: dict[str, Any] = {}
        for path, value in sets.items():
            info = table.get(path)
            if info is None:
                raise QuestionError(
                    f"question {qid!r}, option {raw['id']!r}: unknown field {path!r}"
                )
            clean[path] = _option_value(qid, info, value)
        return Option(
            id=str(raw["id"]),
            text_en=str(raw["text_en"]),
            text_nl=str(raw["text_nl"]),
            sets=clean,
            help_en=str(raw.get("help_en", "")),
            help_nl=str(raw.get("help_nl", "")),
            presupposes=tuple(str(o) for o in raw.get("presupposes", ())),
            open_with=tuple(str(o) for o in raw.get("open_with", ())),
        )

    def question(self, raw: Mapping[str, Any], order: int, source: str) -> Question:
        qid = str(raw.get("id", ""))
        if not qid:
            raise QuestionError(f"{source}: a question without an id")
        if qid in self.seen:
            raise QuestionError(f"question {qid!r} is declared twice")
        self.seen.add(qid)
        kind = raw.get("kind", "yes_no")
        if kind not in ANSWER_KINDS:
            raise QuestionError(f"question {qid!r}: kind {kind!r} is not one of {ANSWER_KINDS}")
        for key in ("text_en", "text_nl"):
            if not str(raw.get(key, "")).strip():
                raise QuestionError(f"question {qid!r}: {key} is empty")
        raw_options = list(raw.get("options", ()))
        if kind == "yes_no" and not raw_options:
            fact = raw.get("fact")
            if not fact:
                raise QuestionError(f"question {qid!r}: a yes/no question needs 'fact' or options")
            raw_options = [
                {"id": "yes", "text_en": "Yes", "text_nl": "Ja", "sets": {fact: True}},
                {"id": "no", "text_en": "No", "text_nl": "Nee", "sets": {fact: False}},
            ]
        options = tuple(self.option(qid, o) for o in raw_options)
        ids = [o.id for o in options]
        if len(set(ids)) != len(ids):
            raise QuestionError(f"question {qid!r}: option ids repeat: {ids}")
        for option in options:
            for name, named in (
                ("presupposes", option.presupposes),
                ("open_with", option.open_with),
            ):
                unknown = [o for o in named if o not in ids or o == option.id]
                if unknown:
                    raise QuestionError(
                        f"question {qid!r}: option {option.id!r} {name} {unknown}, which are "
                        "not other options of the question"
                    )
        target = raw.get("field")
        table = all_fields()
        if kind in ("date", "amount"):
            if target not in table:
                raise QuestionError(f"question {qid!r}: {kind} question needs a known 'field'")
            wanted = ("date",) if kind == "date" else ("amount", "count")
            if table[str(target)].type not in wanted:
                raise QuestionError(f"question {qid!r}: field {target} is not a {kind}")
        elif kind in ("yes_no", "one_of", "several_of") and len(options) < (
            1 if kind == "several_of" else 2
        ):
            raise QuestionError(f"question {qid!r}: too few options")
        facts: list[str] = [str(target)] if target else []
        for option in options:
            for path in option.sets:
                if path not in facts:
                    facts.append(path)
        for path in raw.get("settles", ()):
            if path not in table:
                raise QuestionError(f"question {qid!r}: settles unknown field {path!r}")
            if path not in facts:
                facts.append(path)
        if not facts:
            raise QuestionError(f"question {qid!r}: sets no fact")
        subjects = {table[p].subject for p in facts} - {"organisation"}
        if len(subjects) > 1:
            raise QuestionError(f"question {qid!r}: mixes system and model facts")
        subject: Literal["system", "model", "organisation"] = (
            "system" if subjects == {"system"} else "model" if subjects else "organisation"
        )
        if kind == "several_of":
            for path in facts:
                if table[path].type not in ("flag", "members"):
                    raise QuestionError(
                        f"question {qid!r}: a several-of question sets flags or lists, not {path}"
                    )
        definitions = []
        for key in raw.get("definitions", ()):
            if key not in self.definitions:
                raise QuestionError(f"question {qid!r}: unknown definition {key!r}")
            definitions.append(self.definitions[key])
        cites = tuple(str(c) for c in raw.get("cites", ()))
        _check_cites(qid, cites)
        after = raw.get("after", ())
        if isinstance(after, str) or not all(isinstance(a, str) and a for a in after):
            raise QuestionError(f"question {qid!r}: 'after' is a list of question ids")
        if qid in after:
            raise QuestionError(f"question {qid!r}: 'after' names the question itself")
        return Question(
            id=qid,
            kind=kind,
            subject=subject,
            text_en=str(raw["text_en"]).strip(),
            text_nl=str(raw["text_nl"]).strip(),
            help_en=str(raw.get("help_en", "")).strip(),
            help_nl=str(raw.get("help_nl", "")).strip(),
            options=options,
            facts=tuple(facts),
            field=str(target) if target else None,
            definitions=tuple(definitions),
            cites=cites,
            unit=raw.get("unit"),
            guideline=raw.get("guideline"),
            order=order,
            source=source,
            after=tuple(dict.fromkeys(after)),
        )


def _option_value(qid: str, info: FieldInfo, value: Any) -> Any:
    if info.type == "members":
        member = str(value)
        if member not in info.values:
            raise QuestionError(f"question {qid!r}: {member!r} is not a member of {info.path}")
        return member
    try:
        return normalise(info, value)
    except ValueError as error:
        raise QuestionError(f"question {qid!r}: {error}") from None


def _check_cites(qid: str, cites: Sequence[str]) -> None:
    from aiact.refs import LegalRef, LegalRefError

    for cite in cites:
        try:
            LegalRef.parse(cite)
        except LegalRefError as error:
            raise QuestionError(f"question {qid!r}: bad citation {cite!r}: {error}") from None


def load_questions(
    raws: Iterable[Mapping[str, Any]],
    definitions: Mapping[str, Definition],
    source: str,
    loader: _Loader | None = None,
    start: int = 0,
) -> list[Question]:
    """Validate question declarations (see the module docstring)."""
    loader = loader or _Loader(definitions)
    return [loader.question(raw, start + i, source) for i, raw in enumerate(raws)]


def applies_to(question: Question, kind: SubjectKind) -> bool:
    """Whether a question belongs to a case about an AI system or a GPAI model."""
    return question.subject in ("organisation", kind)


def _left_open(
    question: Question,
    chosen: Sequence[Option],
    unsure: Sequence[Option],
    table: Mapping[str, FieldInfo],
) -> set[str]:
    """The facts a several-of answer leaves unknown (review59 D1, review60 D1): those of the
    options marked not sure, and those of an option neither chosen nor marked that a person
    cannot say "no" to either, because

    * its words include those of an option left open (:func:`_part_of`: "permitted by law to
      detect, prevent or investigate ..., subject to appropriate safeguards" includes
      "authorised by law to detect, prevent or investigate" and "that authorisation is subject
      to appropriate safeguards"), and it is not settled otherwise: no chosen option sets one of
      its facts to another value, and no part of it is a plain "no" ("not authorised at all"
      settles the permission too); "only to prosecute" is no part of the permission, whose words
      exclude it; or
    * it takes as given another option (:attr:`Option.presupposes`: "That authorisation by law
      is subject to appropriate safeguards") of which none is chosen and one is left open; or
    * its doubt is that of another option (:attr:`Option.open_with`: the two Annex I product
      options) of which none is chosen and one is left open;

    to a fixpoint (the options left open only grow)."""
    chosen_ids = {o.id for o in chosen}
    chosen_values: dict[str, set[Any]] = {}
    for option in chosen:
        for path, value in option.sets.items():
            chosen_values.setdefault(path, set()).add(value)
    open_ids = {o.id for o in unsure}

    def settled(option: Option, ids: set[str]) -> bool:
        if any(
            path in chosen_values and value not in chosen_values[path]
            for path, value in option.sets.items()
            if table[path].type != "members"
        ):
            return True
        return any(
            other.id != option.id
            and other.id not in ids
            and other.id not in chosen_ids
            and _part_of(other, option, table)
            for other in question.options
        )

    while True:
        more = {
            option.id
            for option in question.options
            if option.id not in chosen_ids
            and option.id not in open_ids
            and (
                _taken_as_given(option, chosen_ids, open_ids)
                or (
                    any(
                        other.id in open_ids and _part_of(other, option, table)
                        for other in question.options
                    )
                    and not settled(option, open_ids)
                )
            )
        }
        if not more:
            return {p for o in question.options if o.id in open_ids for p in o.sets}
        open_ids |= more


def _part_of(part: Option, whole: Option, table: Mapping[str, FieldInfo]) -> bool:
    """Whether the words of ``part`` are a part of those of ``whole``: ``whole`` sets every fact
    (not a member of a list) that ``part`` sets, to the same value."""
    flags = {p: v for p, v in part.sets.items() if table[p].type != "members"}
    return bool(flags) and all(p in whole.sets and whole.sets[p] == v for p, v in flags.items())


def _taken_as_given(option: Option, chosen_ids: set[str], open_ids: set[str]) -> bool:
    """Whether ``option`` takes as given (or shares the doubt of) an option left open, and
    none that is chosen."""
    given = {*option.presupposes, *option.open_with}
    return bool(given & open_ids) and not given & chosen_ids


@lru_cache(maxsize=8192)
def _merged(
    question: Question, chosen: tuple[str, ...], unsure: tuple[str, ...]
) -> Mapping[str, Any]:
    """The facts of a several-of answer (memoised: the ranking tries the same answers often;
    the caller copies the mapping)."""
    return question._merge(
        [question.option(a) for a in chosen], [question.option(a) for a in unsure]
    )
