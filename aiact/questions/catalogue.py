"""The question catalogue: every question, loaded once from the data modules and validated.

:data:`SOURCES` names the modules that declare questions. Each has a ``QUESTIONS`` list (and may
have ``DEFINITIONS``) in the format of :mod:`aiact.questions.model`; a module that is not
installed is skipped, so a helper that adds facts can add their questions beside them
(``aiact.rules.definition_questions``) without an edit here.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from aiact.i18n import N_
from aiact.questions.fields import DEPRECATED, SubjectKind, fields
from aiact.questions.model import (
    Definition,
    Question,
    QuestionError,
    _Loader,
    applies_to,
    shown,
)

SOURCES: tuple[str, ...] = (
    "aiact.questions.data",
    "aiact.rules.definition_questions",
)
"""The modules that declare questions, in catalogue order."""


def _definitions(raw: Mapping[str, Any]) -> dict[str, Definition]:
    out = {}
    for key, value in raw.items():
        if isinstance(value, Mapping):
            en, nl, cite = value["term_en"], value["term_nl"], value["cite"]
        else:
            en, nl, cite = value
        out[key] = Definition(key, str(en), str(nl), str(cite))
    return out


@dataclass(frozen=True, eq=False)
class Catalogue:
    """All questions, in catalogue order, with look-ups by id and by field."""

    questions: tuple[Question, ...]
    definitions: Mapping[str, Definition]

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    @cached_property
    def by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    def get(self, question_id: str) -> Question:
        try:
            return self.by_id[question_id]
        except KeyError:
            raise QuestionError(
                None,
                N_("there is no question {question} in the interview"),
                values={"question": shown(question_id)},
            ) from None

    def for_kind(self, kind: SubjectKind) -> tuple[Question, ...]:
        """The questions of a case about an AI system (``system``) or a GPAI model (``model``)."""
        return self._kinds[kind]

    @cached_property
    def _kinds(self) -> dict[str, tuple[Question, ...]]:
        return {
            kind: tuple(q for q in self.questions if applies_to(q, kind))
            for kind in ("system", "model")
        }

    @cached_property
    def repeated_by(self) -> dict[str, frozenset[str]]:
        """For each question, the other questions that offer every one of its options in the
        same words and with the same facts (``art6_1a_safety_aspects``'s two options are also
        options of ``art6_1_conditions``). Once one of them is asked, the question would only
        ask again what the person has already answered or said they do not know (round 18:
        :func:`aiact.questions.relevance.candidates` does not ask it)."""

        def key(option: Any) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
            sets = tuple(sorted((k, repr(v)) for k, v in option.sets.items()))
            return (option.id, option.text_en, option.text_nl, sets)

        offered = {q.id: {key(o) for o in q.options} for q in self.questions}
        out: dict[str, frozenset[str]] = {}
        for question in self.questions:
            mine = offered[question.id]
            if not mine:
                continue
            by = frozenset(
                other.id
                for other in self.questions
                if other.id != question.id
                and other.subject == question.subject
                and mine <= offered[other.id]
            )
            if by:
                out[question.id] = by
        return out

    def asking(self, path: str) -> tuple[Question, ...]:
        """The questions that settle a field."""
        return tuple(q for q in self.questions if path in q.facts)

    def to_dict(self, lang: Any = None) -> dict[str, Any]:
        """The catalogue as JSON: every question and definition."""
        return {
            "questions": [q.to_dict(lang) for q in self.questions],
            "definitions": {
                k: {"term_en": d.term_en, "term_nl": d.term_nl, "cite": d.cite}
                for k, d in self.definitions.items()
            },
        }


def as_mapping(raw: Any) -> Mapping[str, Any]:
    """A question declaration as the mapping :mod:`.model` reads. Mappings are used as they
    are; a record with attributes (``aiact.rules.definition_questions.DefinitionQuestion``:
    ``label_en``/``label_nl`` for the option texts, an option whose facts are all None for "don't
    know", an ``amount`` question over its one fact) is converted. "Don't know" options are left
    out: "don't know" is always an answer of an interview question."""
    if isinstance(raw, Mapping):
        return raw
    facts = tuple(getattr(raw, "facts", ()))
    kind = str(getattr(raw, "kind", "yes_no"))
    options = []
    for option in getattr(raw, "options", ()):
        sets = dict(getattr(option, "sets", {}))
        if sets and all(value is None for value in sets.values()):
            continue  # "don't know"
        options.append(
            {
                "id": option.id,
                "text_en": getattr(option, "text_en", None) or option.label_en,
                "text_nl": getattr(option, "text_nl", None) or option.label_nl,
                "sets": {k: v for k, v in sets.items() if v is not None},
            }
        )
    out: dict[str, Any] = {
        "id": raw.id,
        "kind": kind,
        "text_en": raw.text_en,
        "text_nl": raw.text_nl,
        "help_en": getattr(raw, "help_en", ""),
        "help_nl": getattr(raw, "help_nl", ""),
        "cites": list(getattr(raw, "cites", ())),
        "definitions": list(getattr(raw, "definitions", ())),
        "options": options,
        "settles": list(facts),
    }
    if kind in ("date", "amount"):
        out["field"] = facts[0]
        if kind == "amount" and facts[0].endswith("_flop"):
            out["unit"] = "FLOP"
    guideline = getattr(raw, "guideline", None)
    if guideline:
        out["guideline"] = str(guideline)
    return out


def load_catalogue(sources: tuple[str, ...] = SOURCES) -> Catalogue:
    """Load and validate the questions of ``sources`` (missing modules are skipped)."""
    modules = []
    for name in sources:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
    definitions: dict[str, Definition] = {}
    for module in modules:
        definitions.update(_definitions(getattr(module, "DEFINITIONS", {})))
    loader = _Loader(definitions)
    questions: list[Question] = []
    for module in modules:
        loaded = [
            loader.question(as_mapping(raw), len(questions) + i, module.__name__)
            for i, raw in enumerate(getattr(module, "QUESTIONS", ()))
        ]
        questions.extend(_follow_ups(questions, loaded))
    _check_after(questions)
    return Catalogue(tuple(questions), definitions)


def _check_after(questions: list[Question]) -> None:
    """Every question named in an ``after`` is in the catalogue, asked of the same subject or
    of the organisation, and no question waits, through others, for itself."""
    by_id = {q.id: q for q in questions}
    for question in questions:
        for other in question.after:
            if other not in by_id:
                raise QuestionError(f"question {question.id!r}: 'after' names unknown {other!r}")
            if by_id[other].subject not in ("organisation", question.subject):
                raise QuestionError(
                    f"question {question.id!r}: 'after' names {other!r}, asked of another subject"
                )
    for start in questions:
        seen: set[str] = set()
        stack = list(start.after)
        while stack:
            current = stack.pop()
            if current == start.id:
                raise QuestionError(f"question {start.id!r} waits, through 'after', for itself")
            if current not in seen:
                seen.add(current)
                stack.extend(by_id[current].after)


def _group(question: Question) -> str:
    return question.id.split(".", 1)[0] if "." in question.id else question.id


def _follow_ups(earlier: list[Question], loaded: list[Question]) -> list[Question]:
    """The questions of a later module, without those that only ask again what an earlier
    question asks (``ai_system.direct`` asks ``is_ai_system`` as ``ai_system`` does); the rest
    of their group (the questions about the facts that decide the same conclusion, such as
    ``ai_system.technique``) become follow-ups of the earlier questions: asked after them, while
    those can still be asked. A person is asked "Is it an AI system?" first, and what the system
    does only after "don't know"."""
    asked = {path: q.id for q in earlier for path in q.facts}
    kept: list[Question] = []
    before: dict[str, dict[str, None]] = {}
    for question in loaded:
        if question.facts and all(path in asked for path in question.facts):
            group = before.setdefault(_group(question), {})
            group.update(dict.fromkeys(asked[path] for path in question.facts))
            continue
        kept.append(question)
    out = []
    for i, question in enumerate(kept):
        follows = tuple(before.get(_group(question), ()))
        after = tuple(dict.fromkeys((*question.after, *follows)))
        out.append(
            dataclasses.replace(
                question, after=after, follow_up=bool(follows), order=len(earlier) + i
            )
            if follows or question.order != len(earlier) + i
            else question
        )
    return out


@cache
def catalogue() -> Catalogue:
    """The catalogue (loaded once)."""
    return load_catalogue()


def unreachable_fields(kind: SubjectKind, cat: Catalogue | None = None) -> list[str]:
    """Input fields of ``kind`` that no question settles (should be empty)."""
    cat = cat or catalogue()
    settled = {path for q in cat.for_kind(kind) for path in q.facts}
    return [path for path in fields(kind) if path not in settled and path not in DEPRECATED]
