"""Questions taken out of the catalogue, and how a saved interview that answered one is read.

Round 18 (issue 16): ``annex_i_product`` ("Is the AI system itself that product, or a safety
component of it?": ``product`` / ``safety_component`` / ``neither``) became the first two options
of ``annex_i_conditions`` (Art. 6(1)(a)-(b)). A saved interview (:meth:`aiact.Interview.from_dict`,
the service's list of answers) that answered it is translated where the translation gives
exactly the facts and the questions asked of the saved answers, and refused otherwise
(:class:`RetiredQuestion`, which names the question and what to do):

* answered together with ``annex_i_conditions``: one answer to ``annex_i_conditions``, in its
  place, with the product option chosen (``neither``: none of the two; "don't know": both not
  sure, as they leave both facts unknown); "don't know" to ``annex_i_conditions`` is its other
  options not sure, and "don't know" to both is "don't know";
* "don't know" without ``annex_i_conditions``: left out (it set no fact);
* an option without ``annex_i_conditions``: refused, since the one answer would also settle the
  conditions, which the saved interview did not answer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from aiact.questions.model import Lang, QuestionError

RETIRED: Mapping[str, str] = {"annex_i_product": "annex_i_conditions"}
"""A retired question's id and the question that now asks it."""

_PRODUCT_OPTIONS = ("product", "safety_component")


class RetiredQuestion(QuestionError):
    """A saved answer to a retired question that cannot be read as an answer to the question
    that now asks it (see the module docstring)."""

    def __init__(self, question_id: str, into: str) -> None:
        self.question_id, self.into = question_id, into
        super().__init__(
            f"question {question_id!r} is no longer asked: it is now part of {into!r}; answer "
            f"{into!r} instead (leave out the answer to {question_id!r} and the answers after "
            "it, and continue the interview from there)"
        )

    def text(self, lang: Lang) -> str:
        """The reason in ``lang``."""
        from aiact.i18n import t

        return t(
            "the question {old} is no longer asked: it is now part of {new}; answer {new} "
            "instead (leave out the answer to {old} and the answers after it, and continue the "
            "interview from there)",
            lang,
            old=self.question_id,
            new=self.into,
        )


def translate_steps(steps: Sequence[Any]) -> list[Any]:
    """``steps`` (``{"question": ..., "answer": ...}``, in order) with each answer to a retired
    question translated or left out (see the module docstring); raises :class:`RetiredQuestion`
    where no translation is exact. Steps of other shapes are passed on as they are (the caller
    checks them)."""

    def qid(step: Any) -> Any:
        return step.get("question") if isinstance(step, Mapping) else None

    old = [i for i, step in enumerate(steps) if qid(step) == "annex_i_product"]
    if not old:
        return list(steps)
    into = RETIRED["annex_i_product"]
    merged_at = [i for i, step in enumerate(steps) if qid(step) == into]
    if len(old) > 1 or len(merged_at) > 1:
        raise RetiredQuestion("annex_i_product", into)
    product = steps[old[0]].get("answer")
    if product is not None and product not in (*_PRODUCT_OPTIONS, "neither"):
        raise QuestionError(
            f"question 'annex_i_product': unknown option {product!r} (choose one of: product, "
            "safety_component, neither)"
        )
    out = list(steps)
    if not merged_at:
        if product is not None:
            raise RetiredQuestion("annex_i_product", into)
        del out[old[0]]
        return out
    at = merged_at[0]
    out[at] = {"question": into, "answer": _merged(product, steps[at].get("answer"))}
    del out[old[0]]
    return out


def _merged(product: Any, conditions: Any) -> Any:
    """One answer to ``annex_i_conditions`` for the saved answers to ``annex_i_product`` and to
    ``annex_i_conditions``."""
    from aiact.questions.catalogue import catalogue

    question = catalogue().get(RETIRED["annex_i_product"])
    if product is None and conditions is None:
        return None
    if conditions is None:
        chosen: list[str] = []
        unsure = [o.id for o in question.options if o.id not in _PRODUCT_OPTIONS]
    else:
        chosen, unsure = question.split(conditions)
        if set(chosen + unsure) & set(_PRODUCT_OPTIONS):
            raise RetiredQuestion("annex_i_product", RETIRED["annex_i_product"])
    if product in _PRODUCT_OPTIONS:
        chosen = [*chosen, product]
    elif product is None:
        unsure = [*unsure, *_PRODUCT_OPTIONS]
    return {"chosen": chosen, "unsure": unsure} if unsure else chosen
