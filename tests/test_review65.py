"""review65 (round 19): second reading of annexi19 (the two Annex I product options of
``art6_1_conditions`` may both be chosen; ``Option.open_with``) and of words19 (interview
refusals name the person's answers instead of field paths; aiact/questions/naming.py).

Defects (strict xfail until fixed; fixed in round 19 by fix19, the marks removed):

* D1 (Art. 3(9); Art. 2(8); Annex III, point 1(c)): a refusal names a fact that came from the
  case file (``Interview.start(..., case=...)``, ``aiact interview --case``) as "the answer to
  the question ..." of a question the person was never asked and never answered
  (``naming.settling`` falls back to the first catalogue question that sets the fact, and
  ``Interview._named`` puts it as ``about`` before the reason). The person is told to correct
  an answer they never gave; the fact is in their case file.
* D2 (Art. 2(8); Annex III, point 1(c)): internal ids stay in the interview's refusals:
  ``placed_on_market`` ("geef dan placed_on_market als de datum ervan": a literal in the
  template of ``date_facts.guard_pre_market``, which ``names`` does not cover; the question is
  ``first_placing``), and the Annex III list as a Python list of codes (``['4b'] bevat '1c'
  niet``, ``_check_implied_annex_iii``'s ``{listed}``/``{code}``). The test of words19 looks
  only for dotted paths, so neither is caught.
"""

from __future__ import annotations

from typing import Any

import pytest
from lawquote import quote, quote_nl

from aiact.i18n import t
from aiact.interview import Interview
from aiact.questions.catalogue import catalogue
from aiact.questions.model import QuestionError
from aiact.questions.naming import ANSWER_TO

AS_OF = "2026-11-28"
ORG = {"kind": "private_undertaking", "member_state": "NL"}


def _quote_art2_8() -> None:
    quote(
        "2",
        "This Regulation does not apply to any research, testing or development activity "
        "regarding AI systems or AI models prior to their being placed on the market or put "
        "into service.",
    )
    quote_nl(
        "Deze verordening is niet van toepassing op onderzoeks-, test- of "
        "ontwikkelingsactiviteiten met betrekking tot AI-systemen of AI-modellen voor zij in de "
        "handel worden gebracht of in gebruik worden gesteld."
    )


def _quote_art3_9() -> None:
    quote(
        "3",
        "‘placing on the market’ means the first making available of an AI system or a "
        "general-purpose AI model on the Union market",
    )
    quote_nl(
        "“in de handel brengen”: het voor het eerst in de Unie op de markt aanbieden van een "
        "AI-systeem of een AI-model voor algemene doeleinden"
    )


def _quote_annex_iii_1c() -> None:
    quote_nl(
        "“systeem voor het herkennen van emoties”: een AI-systeem dat is bedoeld voor het "
        "vaststellen of afleiden van de emoties of intenties van natuurlijke personen op basis "
        "van hun biometrische gegevens"
    )


def _refusal(interview: Interview, answer: Any, question: str) -> QuestionError:
    with pytest.raises(QuestionError) as caught:
        interview.answer(answer, question=question)
    return caught.value


def _answer_to(question: str, lang: str) -> str:
    """How a refusal opens the naming of an answer to ``question``: 'the answer to the
    question "<its first words>'."""
    words = catalogue().get(question).text(lang)  # type: ignore[arg-type]
    opening = t(ANSWER_TO, lang, question="\x00").split("\x00")[0]
    return opening + " ".join(words.split()[:4])


# The fact in the case file; the question that would set it, never asked; the answer refused.
CASE_FILE = [
    pytest.param(
        {"is_ai_system": True, "exclusions": {"made_available_on_union_market": True}},
        "system_made_available",
        ("exclusions", ["pre_market"]),
        id="made_available_in_the_case_file",
    ),
    pytest.param(
        {"is_ai_system": True, "roles": {"deployer": True}, "annex_iii": {"points": ["4b"]}},
        "annex_iii_points",
        ("transparency_features", ["emotion_recognition"]),
        id="annex_iii_points_in_the_case_file",
    ),
]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("system", "never_asked", "refused"), CASE_FILE)
def test_d1_a_fact_of_the_case_file_is_not_named_as_an_answer(
    system: dict[str, Any], never_asked: str, refused: tuple[str, Any], lang: str
) -> None:
    """Art. 3(9) (a making available on the Union market is a placing there) and Art. 2(8)
    (research "prior to their being placed on the market"); Annex III, point 1(c) with Art.
    3(39): the refusals are right in law, but the fact they rest on is in the case file. The
    refusal must not tell the person that their answer to a question they never saw says so
    (it may name the case file, or the question's words as what the case file says)."""
    _quote_art2_8()
    _quote_art3_9()
    _quote_annex_iii_1c()
    interview = Interview.start(AS_OF, "full", case={"system": system, "organisation": ORG})
    assert never_asked not in [step.question for step in interview.steps]
    error = _refusal(interview, refused[1], refused[0])
    text = error.text(lang)  # type: ignore[arg-type]
    assert _answer_to(never_asked, lang) not in text, text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_d2_the_pre_market_refusal_names_no_field_id(lang: str) -> None:
    """Art. 2(8): an importer (answered) and research before the placing: the refusal asks for
    the planned date of the placing. It names the field ``placed_on_market``, which the person
    never saw (they are asked the question first_placing: "When was this type of system first
    placed on the market ...")."""
    _quote_art2_8()
    interview = (
        Interview.start(AS_OF, "full")
        .answer("ai_system")
        .answer(None)
        .answer(["importer"], question="roles")
    )
    text = _refusal(interview, ["pre_market"], "exclusions").text(lang)  # type: ignore[arg-type]
    assert "placed_on_market" not in text, text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_d2_the_annex_iii_refusal_names_the_points_in_words(lang: str) -> None:
    """Annex III, point 1(c) (emotion recognition) beside the answer "point 4(b)": the refusal
    shows the answer as the Python list ``['4b']`` and the point as ``'1c'``, codes the person
    never chose (the options read "... (bijlage III, punt 4, onder b)")."""
    _quote_annex_iii_1c()
    interview = (
        Interview.start(AS_OF, "full")
        .answer("ai_system")
        .answer(None)
        .answer(["deployer"], question="roles")
        .answer(["point_4b"], question="annex_iii_points")
    )
    error = _refusal(interview, ["emotion_recognition"], "transparency_features")
    text = error.text(lang)  # type: ignore[arg-type]
    assert "['4b']" not in text and "'1c'" not in text, text
