"""From unknown facts to an answer: the questions as data and which one to ask next.

* :func:`catalogue`: every question, in Dutch and English, with the facts each answer sets
  (:mod:`.data`; the format in :mod:`.model`);
* :func:`next_question`: for the facts known so far, the date and a goal (``tier``,
  ``obligations`` or ``full``), the question whose answer can decide the most of what is still
  open, or None when the goal is determined (or nothing that was not asked can change it);
* :func:`rank_questions` and :func:`open_questions`: all relevant questions in that order, with
  a short summary of what each can decide;
* :mod:`.assumptions`: named assumptions for fixed forms, reported as *assumed*;
* :class:`aiact.interview.Interview`: a whole interview (start, answer, back, the Assessment,
  the case file), serialisable to JSON.

Facts are given as a case (:class:`aiact.case.Case`) or its mapping, the format of a case file:
``{"organisation": {...}, "system": {...}}`` (or ``"model"``). Relevance is computed from the
rules, by trying each answer with the native engine (:mod:`.relevance`); nothing is
hand-ordered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from aiact.i18n import N_
from aiact.interpretations import Interpretations
from aiact.questions.assumptions import (
    AssumptionSet,
    apply_assumptions,
    assess_assuming,
    assumption_sets,
)
from aiact.questions.catalogue import Catalogue, catalogue, unreachable_fields
from aiact.questions.fields import SubjectKind, flatten
from aiact.questions.goals import GOALS, Context, Goal, check_goal
from aiact.questions.model import (
    DONT_KNOW,
    AnswerKind,
    Definition,
    Lang,
    Option,
    Question,
    QuestionError,
)
from aiact.questions.relevance import Ranked, best, rank
from aiact.versions import LawVersion

__all__ = [
    "DONT_KNOW",
    "GOALS",
    "OLD_SUBJECT_ANSWERS",
    "SUBJECT_ANSWERS",
    "SUBJECT_ASKS",
    "SUBJECT_KINDS",
    "SUBJECT_QUESTION",
    "AnswerKind",
    "AssumptionSet",
    "Catalogue",
    "Definition",
    "Goal",
    "Option",
    "Question",
    "QuestionError",
    "QuestionView",
    "apply_assumptions",
    "assess_assuming",
    "assumption_sets",
    "catalogue",
    "next_question",
    "open_questions",
    "rank_questions",
    "step_question",
    "subject_answer",
    "subject_asked",
    "subject_kind",
    "unreachable_fields",
]

SUBJECT_QUESTION = Question(
    id="subject",
    kind="one_of",
    subject="organisation",
    text_en="What is the assessment about: an AI system, or a general-purpose AI model?",
    text_nl="Waar gaat de beoordeling over: een AI-systeem of een AI-model voor algemene "
    "doeleinden?",
    help_en="Art. 3(1): an 'AI system' means \"a machine-based system that is designed to "
    "operate with varying levels of autonomy and that may exhibit adaptiveness after deployment, "
    "and that, for explicit or implicit objectives, infers, from the input it receives, how to "
    "generate outputs such as predictions, content, recommendations, or decisions that can "
    'influence physical or virtual environments". A system based on rules defined solely by '
    "people to execute operations automatically is not an AI system; a system that reasons from "
    "knowledge people encoded in it (an expert system) infers, and can be one (recital 12). Do "
    "you not know (yet) whether your system is an AI system? Choose the second answer: the next "
    "questions help you find out, if need be part by part of this definition. A general-purpose "
    "AI model is a model that can competently perform a wide range of distinct tasks and can be "
    "integrated into a variety of systems or applications (Art. 3(63)); built into an "
    "application, with a user interface for example, it is part of an AI system (recital 97): "
    "for that application choose an AI system.",
    help_nl="Artikel 3, punt 1: een 'AI-systeem' is \"een op een machine gebaseerd systeem dat "
    "is ontworpen om met verschillende niveaus van autonomie te werken en dat na het inzetten "
    "ervan aanpassingsvermogen kan vertonen, en dat, voor expliciete of impliciete doelstellingen, "
    "uit de ontvangen input afleidt hoe output te genereren zoals voorspellingen, inhoud, "
    "aanbevelingen of beslissingen die van invloed kunnen zijn op fysieke of virtuele "
    'omgevingen". Een systeem dat alleen werkt met regels die uitsluitend door mensen zijn '
    "opgesteld om handelingen automatisch uit te voeren, is geen AI-systeem; een systeem dat "
    "redeneert met kennis die mensen erin hebben vastgelegd (een expertsysteem), leidt wel af en "
    "kan er een zijn (overweging 12). Weet u (nog) niet of uw systeem een AI-systeem is? Kies "
    "dan het tweede antwoord: de volgende vragen helpen u dat uit te zoeken, zo nodig deel voor "
    "deel van deze definitie. Een AI-model voor algemene doeleinden is een model dat een breed "
    "scala aan verschillende taken goed kan uitvoeren en in allerlei systemen of toepassingen "
    "kan worden geïntegreerd (artikel 3, punt 63); ingebouwd in een toepassing, met "
    "bijvoorbeeld een gebruikersinterface, is het een deel van een AI-systeem (overweging 97): "
    "kies voor die toepassing een AI-systeem.",
    options=(
        Option("ai_system", "An AI system", "Een AI-systeem", {"is_ai_system": True}),
        Option(
            "unknown_system",
            "A system or application of which I do not know (yet) whether it is an AI system",
            "Een systeem of toepassing waarvan ik (nog) niet weet of het een AI-systeem is",
            {},
        ),
        Option(
            "not_ai_system",
            "A system that is not an AI system",
            "Een systeem dat geen AI-systeem is",
            {"is_ai_system": False},
        ),
        Option(
            "model",
            "A general-purpose AI model",
            "Een AI-model voor algemene doeleinden",
            {},
        ),
    ),
    facts=("is_ai_system",),
    definitions=(
        Definition("ai_system", "AI system", "AI-systeem", "Art. 3, point 1"),
        Definition(
            "gpai_model",
            "general-purpose AI model",
            "AI-model voor algemene doeleinden",
            "Art. 3, point 63",
        ),
    ),
    cites=("Art. 3, point 1", "Art. 3, point 63"),
    order=-1,
)
"""The first question when the case does not say whether it is about a system or a model. It
also settles Art. 3(1) where the person can say so (issue 16, round 18; the beslishulp's 1.4.1
asks it once): ``ai_system`` and ``not_ai_system`` set ``is_ai_system`` as the question
``ai_system``'s yes and no do, so that question is not asked again; ``unknown_system`` (round 19,
subj19) sets nothing and is that question's "don't know" (:data:`SUBJECT_ASKS`): it is not asked,
and the definition's elements follow where they can decide. Its options are the answers offered;
the old id ``system`` is still taken (:data:`OLD_SUBJECT_ANSWERS`)."""

OLD_SUBJECT_ANSWERS: tuple[Option, ...] = (
    Option(
        "system",
        "A system (whether it is an AI system is a question of its own)",
        "Een systeem (of het een AI-systeem is, is een aparte vraag)",
        {},
    ),
)
"""Answers to :data:`SUBJECT_QUESTION` still taken but no longer offered: ``system``, the answer
of rounds 1-17 ("An AI system", meaning only "not a model") and of round 18 ("A system or
application of which I do not know (yet) ..."). It sets nothing and the question ``ai_system``
is asked next, as it always was, so saved interviews, service clients and scripts that send it
keep their flow; its words are those a summary shows."""

SUBJECT_ANSWERS: Question = replace(
    SUBJECT_QUESTION, options=(*SUBJECT_QUESTION.options, *OLD_SUBJECT_ANSWERS)
)
""":data:`SUBJECT_QUESTION` with every answer it takes, offered or old: what reads a stored
answer (its facts, its words in a summary). Never shown as a question."""

SUBJECT_KINDS: Mapping[str, SubjectKind] = {
    "ai_system": "system",
    "unknown_system": "system",
    "not_ai_system": "system",
    "model": "model",
    "system": "system",
}
"""The kind of case each answer to :data:`SUBJECT_QUESTION` starts (the old ``system`` too)."""

SUBJECT_ASKS: Mapping[str, tuple[str, ...]] = {"unknown_system": ("ai_system",)}
"""The questions an answer to :data:`SUBJECT_QUESTION` answers "don't know" (round 19, subj19):
a person who says they do not know (yet) whether the system is an AI system is not asked "Is
the system an AI system?" (the beslishulp asks it once, 1.4.1); the interview counts that
question as asked, so the definition's elements (Art. 3(1),
:mod:`aiact.rules.definition_questions`), which wait for it, follow where they can decide."""


def subject_asked(answer: str) -> tuple[str, ...]:
    """The ids of the questions an answer to :data:`SUBJECT_QUESTION` counts as asked: the
    question itself, and for ``unknown_system`` ``ai_system`` (answered "don't know"). A script
    that drives the ranking itself starts ``asked`` with them (and the facts with
    ``SUBJECT_QUESTION.sets(answer)``)."""
    return (SUBJECT_QUESTION.id, *SUBJECT_ASKS.get(answer, ()))


def step_question(qid: str) -> Question:
    """The question that reads a stored answer to ``qid``: :data:`SUBJECT_ANSWERS` for the first
    question (so an old answer has its facts and words), else the catalogue's."""
    return SUBJECT_ANSWERS if qid == SUBJECT_QUESTION.id else catalogue().get(qid)


def subject_kind(answer: Any) -> SubjectKind:
    """The kind of case an answer to :data:`SUBJECT_QUESTION` starts (raises
    :class:`QuestionError` for an answer it does not take)."""
    if not isinstance(answer, str) or answer not in SUBJECT_KINDS:
        ids = ", ".join(repr(o.id) for o in SUBJECT_QUESTION.options)
        raise QuestionError(
            f"question 'subject': answer one of {ids}",
            N_(
                "answer ai_system (an AI system), unknown_system (a system of which you do not "
                "know yet whether it is an AI system), not_ai_system (a system that is not an AI "
                "system) or model (a general-purpose AI model)"
            ),
            question=SUBJECT_QUESTION,
        )
    return SUBJECT_KINDS[answer]


def subject_answer(kind: SubjectKind, facts: Mapping[str, Any]) -> str:
    """The answer to :data:`SUBJECT_QUESTION` of a person who knows the kind and the (flat)
    facts: ``ai_system`` or ``not_ai_system`` where ``is_ai_system`` is known,
    ``unknown_system`` where it is not (round 19; before, the old ``system``), ``model`` for a
    model."""
    if kind == "model":
        return "model"
    known = facts.get("is_ai_system")
    return "unknown_system" if known is None else "ai_system" if known else "not_ai_system"


@dataclass(frozen=True)
class _Facts:
    kind: SubjectKind | None
    flat: dict[str, Any]
    context: Context | None


def read_facts(
    facts: Any,
    as_of: dt.date | str | None = None,
    law: LawVersion | str | None = None,
    interpretations: Interpretations | Mapping[str, Any] | None = None,
) -> _Facts:
    """The kind, flat facts and context of a case, a case mapping or None (nothing known)."""
    from aiact.case import Case

    data: Mapping[str, Any]
    if facts is None:
        data = {}
    elif isinstance(facts, Case):
        data = facts.model_dump(mode="json", exclude_none=True)
    elif isinstance(facts, Mapping):
        data = facts
    else:
        raise TypeError("facts: give a Case or a case mapping ({'organisation': ..., ...})")
    kind: SubjectKind | None = (
        "system"
        if data.get("system") is not None
        else "model"
        if data.get("model") is not None
        else None
    )
    if kind is None and data.get("kind") in ("system", "model"):
        kind = data["kind"]
        data = {**data, kind: {}}
    if kind is not None and not isinstance(facts, Case):
        # Validate (and normalise: a list of roles, enum names) through the case model.
        from aiact.case import case_from_mapping

        body = {k: v for k, v in data.items() if k != "kind"}
        data = case_from_mapping(body).model_dump(mode="json", exclude_none=True)
    day = as_of if as_of is not None else data.get("as_of")
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    if day is None:
        day = dt.date.today()  # the caller gave no date: the API boundary may read the clock
    version = law if law is not None else data.get("law")
    readings = interpretations if interpretations is not None else data.get("interpretations")
    context = Context(
        as_of=day,
        law=None if version is None else LawVersion.parse(version),
        interpretations=readings
        if isinstance(readings, Interpretations)
        else Interpretations.model_validate(readings or {}),
    )
    if kind is None:
        return _Facts(None, {}, context)
    return _Facts(kind, flatten(data, kind), context)


def next_question(
    facts: Any = None,
    as_of: dt.date | str | None = None,
    goal: str = "tier",
    *,
    asked: Iterable[str] = (),
    law: LawVersion | str | None = None,
    interpretations: Interpretations | Mapping[str, Any] | None = None,
) -> Question | None:
    """The question whose answer can decide the most of what is still open for ``goal``, or None
    when the goal is determined (or when every question that could still change it was asked:
    ``asked`` lists the ids of questions already asked, answered or not).

    ``facts`` is a case or its mapping; without a ``system`` or ``model`` the first question is
    :data:`SUBJECT_QUESTION`. ``as_of`` defaults to the case's date (else today).
    """
    read = read_facts(facts, as_of, law, interpretations)
    goal_ = check_goal(goal)
    if read.kind is None:
        return None if SUBJECT_QUESTION.id in set(asked) else SUBJECT_QUESTION
    assert read.context is not None
    found = best(read.flat, read.kind, read.context, goal_, asked)
    return None if found is None else found.question


@dataclass(frozen=True)
class QuestionView:
    """An open question as a form shows it: the question and a short summary of what its answer
    can decide."""

    question: Question
    affects: Mapping[str, Any]
    """``tier`` (bool), ``roles`` (names), ``obligations`` and ``dates`` (counts), ``fines``
    (the facts the fines wait for)."""
    score: tuple[int, float, float]
    relevant_alone: bool
    """False when the question matters only together with another answer (see
    :mod:`.relevance`)."""

    def to_dict(self, lang: Lang = "en") -> dict[str, Any]:
        return {
            "id": self.question.id,
            "text": self.question.text(lang),
            "help": self.question.help(lang),
            "kind": self.question.kind,
            "options": [{"id": o.id, "text": o.text(lang)} for o in self.question.options],
            "facts": list(self.question.facts),
            "affects": dict(self.affects),
        }


def _summary(ranked: Ranked) -> dict[str, Any]:
    parts = ranked.affects
    return {
        "tier": any(p == "tier" or p.startswith(("tier:", "tier@")) for p in parts),
        "roles": sorted(p.split(":", 1)[1] for p in parts if p.startswith("role:")),
        "obligations": sum(1 for p in parts if p.startswith("obligation:")),
        "dates": sum(1 for p in parts if p.startswith("date:")),
        "fines": sorted(p.split(":", 1)[1] for p in parts if p.startswith("fine:")),
    }


def rank_questions(
    facts: Any = None,
    as_of: dt.date | str | None = None,
    goal: str = "full",
    *,
    asked: Iterable[str] = (),
    law: LawVersion | str | None = None,
    interpretations: Interpretations | Mapping[str, Any] | None = None,
) -> tuple[QuestionView, ...]:
    """Every question that can still change the goal, in the order :func:`next_question` asks
    them: by stages (the questions that decide the tier and the roles, most decisive first; then
    those that decide the obligations; then the rest of the goal), so the first is
    :func:`next_question`'s answer. Each carries what its answer can decide for the whole goal."""
    read = read_facts(facts, as_of, law, interpretations)
    if read.kind is None:
        return ()
    assert read.context is not None
    goal_ = check_goal(goal)
    whole = rank(read.flat, read.kind, read.context, goal_, asked)
    by_id = {r.question.id: r for r in whole}
    ordered: dict[str, Ranked] = {}
    for stage in GOALS[: GOALS.index(goal_)]:
        for found in rank(read.flat, read.kind, read.context, stage, asked):
            ordered.setdefault(found.question.id, by_id.get(found.question.id, found))
    for found in whole:
        ordered.setdefault(found.question.id, found)
    return tuple(
        QuestionView(r.question, _summary(r), r.score, not r.given) for r in ordered.values()
    )


def open_questions(assessment: Any, goal: str = "full") -> tuple[QuestionView, ...]:
    """The open questions of an Assessment as interview questions, most decisive first, each
    with its text, kind, options and a short summary of what it can decide."""
    kind: SubjectKind = assessment.kind
    subject = assessment.system if kind == "system" else assessment.model
    data = {
        "organisation": assessment.organisation.model_dump(mode="json"),
        kind: subject.model_dump(mode="json"),
    }
    return rank_questions(
        data,
        assessment.as_of,
        goal,
        law=assessment.law,
        interpretations=assessment.interpretations,
    )
