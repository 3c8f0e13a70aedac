"""The question catalogue: every question, loaded once from the data modules and validated.

:data:`SOURCES` names the modules that declare questions. Each has a ``QUESTIONS`` list (and may
have ``DEFINITIONS``) in the format of :mod:`aiact.questions.model`; a module that is not
installed is skipped, so a helper that adds facts can add their questions beside them
(``aiact.rules.definition_questions``) without an edit here.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from aiact.questions.fields import SubjectKind, fields
from aiact.questions.model import (
    Definition,
    Question,
    QuestionError,
    _Loader,
    applies_to,
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
            raise QuestionError(f"unknown question {question_id!r}") from None

    def for_kind(self, kind: SubjectKind) -> tuple[Question, ...]:
        """The questions of a case about an AI system (``system``) or a GPAI model (``model``)."""
        return self._kinds[kind]

    @cached_property
    def _kinds(self) -> dict[str, tuple[Question, ...]]:
        return {
            kind: tuple(q for q in self.questions if applies_to(q, kind))
            for kind in ("system", "model")
        }

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
        for raw in getattr(module, "QUESTIONS", ()):
            questions.append(loader.question(as_mapping(raw), len(questions), module.__name__))
    return Catalogue(tuple(questions), definitions)


@cache
def catalogue() -> Catalogue:
    """The catalogue (loaded once)."""
    return load_catalogue()


def unreachable_fields(kind: SubjectKind, cat: Catalogue | None = None) -> list[str]:
    """Input fields of ``kind`` that no question settles (should be empty)."""
    cat = cat or catalogue()
    settled = {path for q in cat.for_kind(kind) for path in q.facts}
    return [path for path in fields(kind) if path not in settled]
