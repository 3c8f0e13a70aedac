"""Answer questions from known facts: a respondent for benchmarks, tests and pre-filled forms.

:func:`answer_from` gives the answer a person who knows ``truth`` (flat facts) would give, and
"don't know" (None) where ``truth`` does not say enough: a several-of answer marks the options
whose facts it does not know as "not sure" (and is "don't know" when it knows none); an option
one of whose facts is known otherwise does not hold, whatever its other facts (Kleene: a
conjunction with a false member is false; the Art. 50 law-enforcement option sets the broader and
the narrower fact, and "not authorised" rules it out), a date
question needs the date, an amount question the number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from aiact.questions import SUBJECT_QUESTION, subject_answer
from aiact.questions.fields import SubjectKind, all_fields
from aiact.questions.goals import Context
from aiact.questions.model import Question
from aiact.questions.relevance import shown_options


def answer_from(
    question: Question, truth: Mapping[str, Any], kind: SubjectKind, context: Context
) -> Any:
    """The answer ``truth`` gives to ``question`` (None: it does not say)."""
    table = all_fields()
    if question.id == SUBJECT_QUESTION.id:
        return subject_answer(kind, truth)
    if question.kind in ("yes_no", "one_of"):
        for option in shown_options(question, kind, context):
            if option.sets and all(truth.get(p) == v for p, v in option.sets.items()):
                return option.id
        return None
    if question.kind == "several_of":
        chosen, unsure = [], []
        shown = shown_options(question, kind, context)
        for option in shown:
            holds: list[bool | None] = []
            for path, value in option.sets.items():
                known = truth.get(path)
                if known is None:
                    holds.append(None)
                else:
                    member = table[path].type == "members"
                    holds.append(value in known if member else known == value)
            if any(h is False for h in holds):
                continue  # a fact it sets is known otherwise: the option does not hold
            if any(h is None for h in holds):
                unsure.append(option.id)
            else:
                chosen.append(option.id)
        if len(unsure) == len(shown):
            return None
        return {"chosen": chosen, "unsure": unsure} if unsure else chosen
    if question.kind == "date":
        days = [truth[p] for p in question.facts if isinstance(truth.get(p), dt.date)]
        if days:
            return min(days).isoformat()
        for option in question.options:  # "none": the event did not happen
            if option.sets and all(truth.get(p) == v for p, v in option.sets.items()):
                return option.id
        return None
    value = truth.get(question.field or "")
    return None if value is None else str(value)
