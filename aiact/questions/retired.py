"""Questions taken out of the catalogue, and how a saved interview that answered one is read.

Round 18 retired four questions; each is now some options of a several-of question that asks
it with other options (:data:`RETIRED`):

* ``derogation_conditions`` (Art. 6(3), first and second subparagraphs: which of conditions
  (a)-(d), and "no significant risk") and ``profiling`` (yes/no: Art. 6(3), third
  subparagraph) are together ``art6_3_conditions`` (q18a); ``profiling`` "yes" is its option
  ``profiling`` chosen, "no" not chosen;
* ``annex_i_product`` ("the AI system is the product itself / a safety component of it /
  neither": Art. 6(1)(a)) and ``annex_i_conditions`` (the third-party assessment of Art.
  6(1)(b), the exception of Art. 6(1c) and the two options of Art. 6(1a)-(1b)) are together
  ``art6_1_conditions`` (q18b; the new id since review61's D2: a saved answer to
  ``annex_i_conditions`` never showed the product options, so it cannot say they were not
  chosen); ``annex_i_product``'s answers are its first two options, ``annex_i_conditions``'s
  options are its other four.

A saved interview (:meth:`aiact.Interview.from_dict`, the service's list of answers) is read by
:func:`translate_steps`, one policy for all four:

* every part of the new question answered once (the retired questions and, where the new
  question keeps options of its own, its own old answer; neither new question has such options
  now): one answer to the new question with the options each part chose and was not sure of,
  at the place of the new question's own answer, else of the retired answer whose facts
  another question also sets (``annex_i_conditions``: the two options of Art. 6(1a)-(1b) are
  also ``art6_1a_safety_aspects``'s, and an answer fills only the facts still unknown, so those
  keep their place), else of the first retired answer (no other question sets the facts of the
  other parts, tests/test_q18c.py, so moving their answers changes no fact); "don't know" to a
  part is its options not sure (the facts it left unknown), "don't know" to every part is
  "don't know";
* a retired question answered "don't know" without the rest: left out (it set no fact);
* anything else (a part answered without the rest, a retired question answered twice, a
  retired answer beside an answer that already gives the new question's options for it, an
  answer the retired question did not take): refused (:class:`RetiredQuestion`, which names the
  questions and what to do). Translating a part alone would either count the new question as
  asked and never ask its other part (the facts left unknown for good), or keep its facts as
  the case's facts (``Interview.known``), which going back cannot take off and which a saved
  interview that starts with the question ``subject`` does not hold.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiact.i18n import N_
from aiact.questions.data import ART6_1_QUESTION, ART6_3_QUESTION
from aiact.questions.model import Lang, Question, QuestionError

_ART6_3_CONDITIONS = (
    "narrow_procedural",
    "improves_human_activity",
    "detects_patterns",
    "preparatory",
    "no_significant_risk",
)


@dataclass(frozen=True)
class Retired:
    """A retired question: the question that asks it now, the options of that question that
    are its answers (``part``), and how each of its answers reads as those options."""

    into: str
    part: tuple[str, ...]
    answers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Each option id the retired question took and the options of ``part`` it chooses (the
    others of ``part`` not chosen); empty: a several-of question whose option ids are ``part``.
    "don't know" (None) is every option of ``part`` not sure."""
    takes: str = N_("answer with a list of its option ids, or null")
    """What the retired question took (for the refusal of another answer)."""


RETIRED: Mapping[str, Retired] = {
    "derogation_conditions": Retired(ART6_3_QUESTION, _ART6_3_CONDITIONS),
    "profiling": Retired(
        ART6_3_QUESTION,
        ("profiling",),
        {"yes": ("profiling",), "no": ()},
        N_('answer "yes", "no" or null'),
    ),
    "annex_i_product": Retired(
        ART6_1_QUESTION,
        ("safety_component", "product"),
        {"product": ("product",), "safety_component": ("safety_component",), "neither": ()},
        N_('answer "product", "safety_component", "neither" or null'),
    ),
    "annex_i_conditions": Retired(
        ART6_1_QUESTION,
        ("third_party", "radio_emc", "non_safety_functions", "failure_endangers"),
    ),
}
"""The retired questions (round 18), by id."""


class RetiredQuestion(QuestionError):
    """A saved answer to a retired question that cannot be read as an answer to the question
    that now asks it (see the module docstring). ``index``: the place of that answer in the
    saved steps (None where not known); ``wanted``: what the retired question took, where the
    answer is not one of those."""

    def __init__(
        self, question_id: str, index: int | None = None, wanted: str | None = None
    ) -> None:
        self.question_id, self.into = question_id, RETIRED[question_id].into
        self.index, self.wanted = index, wanted
        super().__init__(self.text("en"))
        self.question_id = question_id  # QuestionError's own (the question of an answer) is None

    def text(self, lang: Lang) -> str:
        """The reason in ``lang`` (English or Dutch)."""
        from aiact.i18n import t

        if self.wanted is not None:
            return t(
                "the saved answer to the question '{retired}' cannot be read ({wanted}); that "
                "question is now part of the question '{replacement}': take that answer off and "
                "answer '{replacement}'",
                lang,
                retired=self.question_id,
                replacement=self.into,
                wanted=t(self.wanted, lang),
            )
        return t(
            "the question {old} is no longer asked: it is now part of {new}; answer {new} "
            "instead (leave out the answer to {old} and the answers after it, and continue the "
            "interview from there)",
            lang,
            old=self.question_id,
            new=self.into,
        )


def refuse_retired(question_id: str) -> None:
    """Raise :class:`QuestionError` if ``question_id`` is a retired question
    (:meth:`aiact.Interview.answer`)."""
    if question_id in RETIRED:
        raise QuestionError(
            f"question {question_id!r} was replaced by {RETIRED[question_id].into!r}: answer "
            "that one (a saved interview that names the old question is translated on load)"
        )


def translate_steps(steps: Sequence[Any]) -> list[tuple[int, Any]]:
    """``steps`` (``{"question": ..., "answer": ...}``, in order), each with its index in
    ``steps``, the answers to retired questions translated or left out (see the module
    docstring); raises :class:`RetiredQuestion` where no translation is exact. Steps of other
    shapes are passed on as they are (the caller checks them)."""

    def qid(step: Any) -> str | None:
        found = step.get("question") if isinstance(step, Mapping) else None
        return found if isinstance(found, str) else None  # others: the caller reports them

    out: dict[int, Any] = dict(enumerate(steps))
    for into in dict.fromkeys(r.into for r in RETIRED.values()):
        retired = [i for i, step in enumerate(steps) if _retired(qid(step)).into == into]
        if retired:
            own = [i for i, step in enumerate(steps) if qid(step) == into]
            _translate(into, retired, own, steps, out)
    return sorted(out.items())


_NONE = Retired("", ())


def _retired(question_id: str | None) -> Retired:
    return _NONE if question_id is None else RETIRED.get(question_id, _NONE)


def _translate(
    into: str, retired: list[int], own: list[int], steps: Sequence[Any], out: dict[int, Any]
) -> None:
    """The answers to the retired questions of ``into`` (at ``retired``) and to ``into`` itself
    (at ``own``), translated in ``out`` (see the module docstring)."""
    from aiact.questions.catalogue import catalogue

    question = catalogue().get(into)
    parts = {old: r.part for old, r in RETIRED.items() if r.into == into}
    rest = tuple(o.id for o in question.options if not any(o.id in p for p in parts.values()))
    chosen: list[str] = []
    unsure: list[str] = []
    seen: set[str] = set()
    for i in retired:
        old = steps[i]["question"]
        if old in seen:
            raise RetiredQuestion(old, i)
        seen.add(old)
        part_chosen, part_unsure = _read(old, steps[i].get("answer"), i)
        chosen += part_chosen
        unsure += part_unsure
    first = retired[0]
    if own:
        # Its own answer beside a retired one is the question as it was: only its own options.
        if not rest or len(own) > 1:
            raise RetiredQuestion(steps[first]["question"], first)
        own_answer = steps[own[0]].get("answer")
        own_chosen, own_unsure = question.split(
            {"unsure": rest} if own_answer is None else own_answer
        )
        if set(own_chosen + own_unsure) - set(rest):
            raise RetiredQuestion(steps[first]["question"], first)
        chosen += own_chosen
        unsure += own_unsure
        seen.add("")  # "": the question's own options
    if seen != {*parts, *([""] if rest else [])}:
        # A part answered without the rest: exact only where it said "don't know".
        said = [i for i in retired if steps[i].get("answer") is not None]
        if said or own:
            raise RetiredQuestion(steps[(said or retired)[0]]["question"], (said or retired)[0])
        for i in retired:
            del out[i]
        return
    shared = [i for i in retired if _shares_facts(question, RETIRED[steps[i]["question"]])]
    at = own[0] if own else (shared or retired)[0]
    for i in (*retired, *own):
        del out[i]
    order = [o.id for o in question.options]
    chosen = sorted(chosen, key=order.index)
    unsure = sorted(unsure, key=order.index)
    answer: Any = {"chosen": chosen, "unsure": unsure} if unsure else chosen
    if not chosen and len(unsure) == len(order):
        answer = None  # nothing known: "don't know"
    out[at] = {**steps[at], "question": into, "answer": answer}


def _shares_facts(question: Question, retired: Retired) -> bool:
    """Whether another question than ``question`` (the one that asks ``retired`` now) sets a
    fact of ``retired``'s options (tests/test_q18c.py: at most one part of each question)."""
    from aiact.questions.catalogue import catalogue

    cat = catalogue()
    return any(
        other.id != question.id
        for option in retired.part
        for fact in question.option(option).sets
        for other in cat.asking(fact)
    )


def _read(old: str, answer: Any, index: int) -> tuple[list[str], list[str]]:
    """A saved answer to the retired question ``old`` as (chosen, not sure) options of the
    question that asks it now."""
    retired = RETIRED[old]
    if answer is None:
        return [], list(retired.part)
    if retired.answers:
        if not isinstance(answer, str) or answer not in retired.answers:
            raise RetiredQuestion(old, index, retired.takes)
        return list(retired.answers[answer]), []
    if isinstance(answer, Mapping):
        chosen, unsure = answer.get("chosen", ()), answer.get("unsure", ())
    else:
        chosen, unsure = answer, ()
    if (
        any(isinstance(p, str | bytes) or not isinstance(p, Sequence) for p in (chosen, unsure))
        or not all(str(o) in retired.part for o in (*chosen, *unsure))
        or (isinstance(answer, Mapping) and set(map(str, answer)) - {"chosen", "unsure"})
    ):
        raise RetiredQuestion(old, index, retired.takes)
    picked = [o for o in retired.part if o in {str(c) for c in chosen}]
    return picked, [o for o in retired.part if o in {str(u) for u in unsure} and o not in picked]
