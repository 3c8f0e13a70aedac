"""The open questions of an Assessment as interview questions, cheaply: the JSON form.

``Assessment.to_dict()`` lists its open questions as questions of the catalogue (text, kind,
options) rather than as fact keys, without trying any answer, so it costs a fraction of a
millisecond instead of the tens of milliseconds of the ranked list
(:func:`aiact.questions.open_questions`, ``Assessment.questions(goal)``). What it is, exactly:

* **which questions**: none when the Act does not apply (not an AI system, or outside its
  scope: the interview's goals are then determined); else every question of the catalogue (of
  the case's kind, with the options shown under the law version assessed) that settles an
  unknown fact of ``Assessment.open_questions`` (the unknown input facts under an undetermined
  conclusion: the classification, an obligation, or the date from which an obligation that
  applies binds) or an unknown fact under a role that is still open. A fact named after a rule
  input (``organisation.size.sme``) goes to the questions of the fields that feed it (the staff
  headcount). It lists the questions that *may* change the result (found by dependency, not by
  trying answers): a listed question's answer can still turn out to change nothing. The ranked
  list holds only questions whose answers are shown to change the result.
* **in what order**: by stage, then catalogue order: first the questions about a fact that an
  undetermined conclusion of the classification or an open role depends on (``stage``
  ``tier``), then those about a fact an undetermined obligation depends on (``obligations``),
  then those about the date of an obligation (``dates``). These are the stages in which
  :func:`aiact.questions.next_question` asks, but within a stage the order is the catalogue's,
  not the ranking: the first question listed is not always the one ``next_question`` asks
  (on the states of the beslishulp runs, it is for about half of them, goal ``full``).
* **affects**: a short summary instead of the long lists: ``stage``, ``classification`` (the
  undetermined conclusions of the classification it bears on, by key), ``roles`` (the open
  roles it bears on), ``obligations`` (how many undetermined obligations) and ``dates`` (how
  many obligations whose date waits for it).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from aiact.questions.catalogue import catalogue
from aiact.questions.fields import SubjectKind, atom_fields
from aiact.questions.model import Lang, Question
from aiact.versions import LawVersion

STAGES: tuple[str, ...] = ("tier", "obligations", "dates")


@cache
def _questions_of(kind: SubjectKind, name: str) -> tuple[Question, ...]:
    """The questions of the catalogue that settle a fact named in ``open_questions``: the field
    of that name, or the fields that feed the rule inputs named so
    (:func:`aiact.assessment.question_for`: ``organisation.size.sme`` for ``org.size.sme``, fed
    by the staff headcount)."""
    paths = {name} | _fields_named(kind).get(name, set())
    return tuple(q for q in catalogue().for_kind(kind) if paths.intersection(q.facts))


@cache
def _fields_named(kind: SubjectKind) -> dict[str, set[str]]:
    from aiact.assessment import question_for

    out: dict[str, set[str]] = {}
    for atom, paths in atom_fields(kind).items():
        out.setdefault(question_for(atom), set()).update(paths)
    return out


@cache
def _options(
    question: Question, kind: SubjectKind, law: LawVersion, lang: Lang
) -> tuple[tuple[str, str], ...]:
    from aiact.questions.relevance import _shown

    return tuple((o.id, o.text(lang)) for o in _shown(question, kind, law))


def open_question_list(assessment: Any, lang: Lang = "en") -> list[dict[str, Any]]:
    """The ``open_questions`` of ``Assessment.to_dict()``: see the module docstring."""
    from aiact.assessment import MODEL_CATEGORIES, SYSTEM_CATEGORIES
    from aiact.questions.goals import _MOOT

    if assessment.risk_tier in _MOOT:
        return []  # not an AI system, or outside the Act: nothing of the result is open
    kind: SubjectKind = assessment.kind
    table = SYSTEM_CATEGORIES if kind == "system" else MODEL_CATEGORIES
    categories = frozenset(key for key, _, _, _ in table)
    dated = frozenset(
        r.id for r in assessment.obligation_results if r.applies is True and r.timing is not None
    )
    found: dict[str, tuple[Question, set[str], set[str], set[str], set[str]]] = {}
    # Many facts share one tuple of affected conclusions: split each tuple once.
    split: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
    for open_question in assessment.open_questions:
        labels = open_question.affects
        parts = split.get(id(labels))
        if parts is None:
            label_set = frozenset(labels)
            on_date = label_set & dated
            parts = split[id(labels)] = (
                label_set & categories,
                label_set - categories - on_date,
                on_date,
            )
        for question in _questions_of(kind, open_question.fact):
            entry = found.get(question.id)
            if entry is None:
                entry = found[question.id] = (question, set(), set(), set(), set())
            entry[1].add(open_question.fact)
            entry[2].update(parts[0])
            entry[3].update(parts[1])
            entry[4].update(parts[2])
    # The roles still open, and the unknown facts under each (the Assessment's own index of
    # unknown inputs, as for open_questions).
    roles: dict[str, set[str]] = {}
    open_roles = [name for name, value in assessment.roles.items() if value is None]
    if open_roles:
        from aiact.obligations.model import Addressee

        unknown = assessment._unknown_inputs
        for name in open_roles:
            for fact in unknown.index.decode(unknown.mask(Addressee(name).predicate)):
                for question in _questions_of(kind, fact):
                    roles.setdefault(question.id, set()).add(name)
                    if question.id not in found:
                        found[question.id] = (question, set(), set(), set(), set())
                    found[question.id][1].add(fact)
    rows: list[tuple[int, int, Question, set[str], set[str], set[str], set[str], set[str]]] = []
    for question, facts, classification, obligations, dates in found.values():
        open_roles_of: set[str] = roles.get(question.id, set())
        stage = 0 if classification or open_roles_of else 1 if obligations else 2
        rows.append(
            (
                stage,
                question.order,
                question,
                facts,
                classification,
                open_roles_of,
                obligations,
                dates,
            )
        )
    rows.sort(key=lambda row: (row[0], row[1]))
    return [
        {
            "id": question.id,
            "text": question.text(lang),
            "kind": question.kind,
            "options": [
                {"id": option, "text": text}
                for option, text in _options(question, kind, assessment.law, lang)
            ],
            "facts": sorted(facts),
            "affects": {
                "stage": STAGES[stage],
                "classification": sorted(classification),
                "roles": sorted(named),
                "obligations": len(obligations),
                "dates": len(dates),
            },
        }
        for stage, _, question, facts, classification, named, obligations, dates in rows
    ]
