"""A guided interview: from nothing known to a determined answer, one question at a time.

:class:`Interview` is immutable: :meth:`~Interview.answer` and :meth:`~Interview.back` return a
new interview, so a web page or an HTTP client can hold the state (:meth:`~Interview.to_json`
and :meth:`~Interview.from_json`) and the server stays stateless::

    from aiact.interview import Interview

    iv = Interview.start(as_of="2026-11-28", goal="full")
    while not iv.done:
        q = iv.current                      # a Question: text, help, kind, options
        iv = iv.answer(...)                 # an option id, a list of ids, a date, an amount,
                                            # or None ("don't know")
    iv.assessment                           # the Assessment of the facts given
    iv.case_yaml()                          # the case file, to keep or to resume from

Answers are stored, not facts: going back removes the last answer and the facts are the
answers applied in order, so the same answers always give the same case. An interview can start
from a case file (its facts count as known) and with stated assumptions
(:mod:`aiact.questions.assumptions`), reported in the Assessment as assumed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from aiact.assessment import Assessment
from aiact.case import Case, case_from_mapping
from aiact.facts import Organisation
from aiact.i18n import N_
from aiact.interpretations import Interpretations
from aiact.questions import (
    SUBJECT_QUESTION,
    read_facts,
    step_question,
    subject_asked,
    subject_kind,
)
from aiact.questions.assumptions import check_assumptions
from aiact.questions.catalogue import catalogue
from aiact.questions.fields import SubjectKind, fields, nest, to_json_value
from aiact.questions.goals import Context, Goal, check_goal
from aiact.questions.model import Lang, Question, QuestionError
from aiact.questions.relevance import best, is_determined, unknown_part
from aiact.questions.retired import refuse_retired, translate_steps
from aiact.versions import LawVersion

FORMAT_VERSION = "1"
"""The version of :meth:`Interview.to_dict`'s shape."""


@dataclass(frozen=True)
class Step:
    """One question asked and the answer given (``None``: "don't know")."""

    question: str
    answer: Any


@dataclass(frozen=True)
class Interview:
    """The state of one interview (immutable; see the module docstring)."""

    as_of: dt.date
    goal: Goal = "full"
    kind: SubjectKind | None = None
    law: LawVersion | None = None
    interpretations: Interpretations = field(default_factory=Interpretations)
    steps: tuple[Step, ...] = ()
    known: Mapping[str, Any] = field(default_factory=dict)
    """Facts given before the interview started (from a case file), flat."""
    assumptions: tuple[str, ...] = ()
    name: str | None = None
    """The name of the system or model, for the case file."""
    organisation_name: str | None = None
    """The name of the organisation, for the case file and the reports."""

    # ----------------------------------------------------------------- starting

    @classmethod
    def start(
        cls,
        as_of: dt.date | str | None = None,
        goal: str = "full",
        *,
        kind: SubjectKind | None = None,
        case: Case | Mapping[str, Any] | None = None,
        law: LawVersion | str | None = None,
        interpretations: Interpretations | Mapping[str, Any] | None = None,
        assumptions: Iterable[str] = (),
        name: str | None = None,
        organisation_name: str | None = None,
    ) -> Interview:
        """A new interview; ``case`` gives facts already known (a case or its mapping)."""
        read = read_facts(case, as_of, law, interpretations)
        assert read.context is not None
        wanted = tuple(assumptions)
        if isinstance(case, Case):
            wanted = (*case.assumptions, *wanted)
            subject = case.system if case.system is not None else case.model
            name = name or (subject.name if subject is not None else None)
            organisation_name = organisation_name or case.organisation.name
        elif isinstance(case, Mapping):
            wanted = (*case.get("assumptions", ()), *wanted)
            given = case.get("organisation")
            if organisation_name is None and isinstance(given, Mapping):
                # Checked as the case's organisation is (Organisation.name, at most 500).
                organisation_name = Organisation.model_validate({"name": given.get("name")}).name
        if kind is not None and read.kind is not None and kind != read.kind:
            raise ValueError(f"kind: {kind!r}, but the case is about a {read.kind}")
        started = cls(
            as_of=read.context.as_of,
            goal=check_goal(goal),
            kind=read.kind or kind,
            law=read.context.law,
            interpretations=read.context.interpretations,
            known=dict(read.flat),
            assumptions=check_assumptions(wanted),
            name=name,
            organisation_name=organisation_name,
        )
        if started.kind is not None and started.known:
            # A case whose facts contradict each other is refused here, as an answer that
            # contradicts them is (:meth:`answer`), not when the first question is asked.
            started._check()
        return started

    # ----------------------------------------------------------------- state

    @property
    def context(self) -> Context:
        return Context(self.as_of, self.law, self.interpretations)

    @property
    def asked(self) -> tuple[str, ...]:
        """The ids of the questions asked so far, in order. The first answer "I do not know
        (yet) whether it is an AI system" (``unknown_system``) also counts the question
        ``ai_system`` as asked, answered "don't know" (:data:`aiact.questions.SUBJECT_ASKS`):
        it is not asked again. :attr:`steps` holds the answers given."""
        out: list[str] = []
        for step in self.steps:
            if step.question == SUBJECT_QUESTION.id and isinstance(step.answer, str):
                out.extend(subject_asked(step.answer))
            else:
                out.append(step.question)
        return tuple(out)

    @property
    def facts(self) -> dict[str, Any]:
        """The facts known: the case's, then each answer's in order (flat). An answer fills only
        the facts still unknown: a "which of these" question asked while some of its facts are
        known (from the case or an earlier answer) leaves them as they are, as the ranking of
        the questions assumes (``relevance.completions``); an answer whose chosen options
        contradict a known fact is refused by :meth:`answer` (review25)."""
        out = dict(self.known)
        for step in self.steps:
            # the subject answer "an AI system" / "not an AI system" settles Art. 3(1); an old
            # answer (system) is read too
            q = step_question(step.question)
            out.update(unknown_part(q.sets(step.answer), out))
        return out

    @property
    def current(self) -> Question | None:
        """The question to ask now, or None when the interview is done."""
        if self.kind is None:
            return SUBJECT_QUESTION
        found = best(self.facts, self.kind, self.context, self.goal, self.asked)
        return None if found is None else found.question

    def options(self, question: Question) -> tuple[Any, ...]:
        """The options of ``question`` to show: those that make sense under the law version
        assessed (Art. 5(1)(ba) and (bb) only in the amended text, for example)."""
        if self.kind is None or not question.options or question.id == SUBJECT_QUESTION.id:
            return question.options
        from aiact.questions.relevance import shown_options

        return shown_options(question, self.kind, self.context)

    @property
    def done(self) -> bool:
        return self.current is None

    @property
    def determined(self) -> bool:
        """Whether the goal is determined (an interview can also end undetermined, when every
        question that could decide it was answered "don't know")."""
        return self.kind is not None and is_determined(
            self.facts, self.kind, self.context, self.goal
        )

    # ----------------------------------------------------------------- moving

    def answer(self, answer: Any, question: str | None = None) -> Interview:
        """Answer the current question (or ``question``, by id): an option id (yes/no, one
        of), a list of option ids (several of; ``[]`` is "none of these"), a date
        (``YYYY-MM-DD``), an amount, or None ("don't know"). Raises :class:`QuestionError` for
        an answer the question does not take or that contradicts the facts given."""
        current = self.current
        qid = question or (current.id if current is not None else None)
        if qid is None:
            raise QuestionError(
                "the interview is done: there is no question to answer",
                N_("the interview is done: there is no question left to answer"),
            )
        if qid == SUBJECT_QUESTION.id:
            kind = subject_kind(answer)
            if self.kind is not None:
                # Answered before, or given by the case: a second answer would be listed beside
                # the first while the facts keep the first (review63 D1); go back to change it.
                raise QuestionError(
                    "question 'subject': already answered, or given by the case; go back to "
                    "change it",
                    N_("already answered, or given by the case; go back to change it"),
                    question=SUBJECT_QUESTION,
                    contradicts=True,
                )
            return replace(self, kind=kind, steps=(*self.steps, Step(qid, answer)))
        if self.kind is None:
            raise _subject_first()
        refuse_retired(qid)
        q = catalogue().get(qid)
        if qid in self.asked and qid not in (step.question for step in self.steps):
            # answered "don't know" by the first answer (unknown_system): an answer here would
            # be listed beside "I do not know (yet)" (as review63 D1 for the subject itself)
            raise QuestionError(
                f"question {qid!r}: answered by the first answer (not known yet); go back to "
                "change it",
                N_("already answered by the first answer (not known yet); go back to change it"),
                question=q,
                contradicts=True,
            )
        value = _plain_answer(q, answer)
        sets = q.sets(value)
        known = self.facts
        for path, stated in _stated(q, value).items():
            if known.get(path) is not None and known[path] != stated:
                from aiact.views.labels import fact_label

                raise QuestionError(
                    f"question {qid!r}: the answer says {path} is {to_json_value(stated)!r}, "
                    f"but it is already known as {to_json_value(known[path])!r}; go back to "
                    "the answer that set it, or correct the case",
                    N_(
                        "the answer contradicts what is already known ({fact}); go back to the "
                        "answer that said it, or correct the case"
                    ),
                    question=q,
                    values={"fact": (fact_label(path, "en"), fact_label(path, "nl"))},
                    contradicts=True,
                )
        new = replace(self, steps=(*self.steps, Step(qid, value)))
        if sets:
            try:
                new._check()
            except ValueError as error:
                raise QuestionError(
                    f"question {qid!r}: {_first_line(error)}",
                    question=q,
                    cause=error,
                    **new._named(error, q),
                ) from None
        return new

    def back(self) -> Interview:
        """The interview before the last answer (unchanged if nothing was answered)."""
        if not self.steps:
            return self
        last = self.steps[-1]
        kind = None if last.question == SUBJECT_QUESTION.id and not self.known else self.kind
        return replace(self, steps=self.steps[:-1], kind=kind)

    def _check(self) -> None:
        self.case.assess()

    def _named(self, error: ValueError, refused: Question) -> dict[str, Any]:
        """The words of the answers that set the facts a refusal's reason names (issue 16):
        the input checks name them by their paths, which the person never saw; and of the
        answer to another question that set the fact the reason is about (``about``)."""
        from aiact.errors import InputError
        from aiact.questions.naming import answers_stating, fact_saying, settling

        if not isinstance(error, InputError) or not error.problems:
            return {}
        problem = error.problems[0]
        conflict = problem.conflict
        if conflict is None:
            return {}
        # step_question: the first question with every answer it takes (an old `system` too)
        answered = [(step_question(s.question), s.answer) for s in self.steps]
        facts, known = self.facts, self.known
        words, stated = answers_stating(conflict.paths, answered, facts, refused, known)
        out: dict[str, Any] = {"words": words, "stated": stated}
        subject = (
            problem.path.removeprefix(f"{self.kind}.") if self.kind == "system" else problem.path
        )
        if subject in conflict.paths:
            return out  # the reason names it already (each answer once: review65 D2)
        found = settling(subject, answered, known)
        own = found is not None and found[0].id == refused.id
        about = fact_saying(subject, answered, facts, refused if own else None, known)
        if about is None or (own and not about[1]):
            # The refused answer: its question stands before the reason, which says the value
            # ("true, but ...") unless the answer's words say it (words21).
            return out
        out["about"], out["about_says"] = about
        return out

    # ----------------------------------------------------------------- results

    @property
    def case(self) -> Case:
        """The facts as a case (the format of a case file), with the stated assumptions."""
        if self.kind is None:
            raise _subject_first()
        data = nest(self.facts, self.kind)
        if self.name:
            data[self.kind].setdefault("name", self.name)
        if self.organisation_name:
            data["organisation"].setdefault("name", self.organisation_name)
        payload: dict[str, Any] = {
            "as_of": self.as_of.isoformat(),
            "organisation": data["organisation"],
            self.kind: data[self.kind],
            "interpretations": self.interpretations.model_dump(mode="json"),
        }
        if self.law is not None:
            payload["law"] = self.law.value
        if self.assumptions:
            payload["assumptions"] = list(self.assumptions)
        return case_from_mapping(payload)

    @property
    def assessment(self) -> Assessment:
        """The Assessment of the facts given so far (with the stated assumptions, reported as
        assumed)."""
        return self.case.assess()

    def case_dict(self) -> dict[str, Any]:
        """The case file as a JSON-ready mapping (unknown facts left out)."""
        return self.case.model_dump(mode="json", exclude_none=True, exclude_defaults=True) | {
            "as_of": self.as_of.isoformat()
        }

    def case_yaml(self) -> str:
        """The case file as YAML (a comment says it came from an interview)."""
        import yaml

        head = (
            f"# Case file written by 'aiact interview' on the answers given (goal: {self.goal}).\n"
            "# Unknown facts are left out; stated assumptions are listed under 'assumptions'.\n"
        )
        return head + yaml.safe_dump(self.case_dict(), sort_keys=False, allow_unicode=True)

    def summary(self, lang: Lang = "en") -> list[tuple[str, str]]:
        """(question, answer) for each question asked, in the person's language."""
        out = []
        for step in self.steps:
            q = step_question(step.question)
            out.append((q.text(lang), q.answer_label(step.answer, lang)))
        return out

    # ----------------------------------------------------------------- JSON

    def to_dict(self) -> dict[str, Any]:
        """The interview's state as JSON-ready data (what a web page keeps between requests)."""
        return {
            "format": FORMAT_VERSION,
            "as_of": self.as_of.isoformat(),
            "goal": self.goal,
            "kind": self.kind,
            "law": None if self.law is None else self.law.value,
            "interpretations": self.interpretations.model_dump(mode="json"),
            "known": {k: to_json_value(v) for k, v in sorted(self.known.items())},
            "steps": [{"question": s.question, "answer": s.answer} for s in self.steps],
            "assumptions": list(self.assumptions),
            "name": self.name,
            "organisation_name": self.organisation_name,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Interview:
        """An interview from :meth:`to_dict`'s data, every answer checked again (an answer to a
        retired question is translated or refused: :mod:`aiact.questions.retired`)."""
        if str(data.get("format", FORMAT_VERSION)) != FORMAT_VERSION:
            raise ValueError(f"format: expected {FORMAT_VERSION!r}, got {data.get('format')!r}")
        kind = data.get("kind")
        # an answer to a question since taken out of the catalogue: translated where exact,
        # else refused (aiact.questions.retired)
        steps = [step for _, step in translate_steps(list(data.get("steps") or ()))]
        subject_first = bool(steps) and steps[0].get("question") == SUBJECT_QUESTION.id
        known = data.get("known") or {}
        case = None
        if kind in ("system", "model") and not subject_first:
            case = {**nest(_checked_known(known, kind), kind), "kind": kind}
        interview = cls.start(
            data.get("as_of"),
            data.get("goal", "full"),
            kind=None if subject_first else kind,
            case=case,
            law=data.get("law"),
            interpretations=data.get("interpretations"),
            assumptions=data.get("assumptions") or (),
            name=data.get("name"),
            organisation_name=data.get("organisation_name"),
        )
        for step in steps:
            interview = interview.answer(step.get("answer"), question=step.get("question"))
        return interview

    @classmethod
    def from_json(cls, text: str) -> Interview:
        return cls.from_dict(json.loads(text))


def _checked_known(known: Mapping[str, Any], kind: SubjectKind) -> dict[str, Any]:
    table = fields(kind)
    unknown = sorted(set(known) - set(table))
    if unknown:
        raise ValueError(f"known: unknown field(s) {unknown}")
    return dict(known)


def _plain_answer(question: Question, answer: Any) -> Any:
    """An answer in its JSON form (what :meth:`Interview.to_dict` stores)."""
    if answer is None:
        return None
    if question.kind == "several_of":
        chosen, unsure = question.split(answer)
        ordered = [o.id for o in question.options if o.id in chosen]
        if not unsure:
            return ordered
        return {"chosen": ordered, "unsure": [o.id for o in question.options if o.id in unsure]}
    if isinstance(answer, dt.date):
        return answer.isoformat()
    if question.kind == "amount" and not isinstance(answer, str):
        return str(answer)
    question.sets(answer)  # validates
    return answer


def _stated(question: Question, answer: Any) -> dict[str, Any]:
    """The facts an answer states outright: those of the options chosen. A "which of these"
    answer also sets the facts of the options not chosen (to false), which fill only what is
    still unknown (:attr:`Interview.facts`)."""
    if answer is None:
        return {}
    if question.kind == "several_of":
        chosen, _ = question.split(answer)
        out: dict[str, Any] = {}
        for option in question.options:
            if option.id in chosen:
                out.update(option.sets)
        return out
    return dict(question.sets(answer))


def _subject_first() -> QuestionError:
    return QuestionError(
        "answer the question 'subject' first (system or model)",
        N_("first answer whether it is about an AI system or a general-purpose AI model"),
        question=SUBJECT_QUESTION,
    )


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else error.__class__.__name__
