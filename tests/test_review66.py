"""review66 (round 19): second reading of subj19 (the first answer "not known (yet) whether it is
an AI system", ``unknown_system``), fix19 with the lead's 1d08d4f (the interview's refusals name
the case file, dates by their questions, Annex III points as citations) and the lead's ed99ae9
(art60_4_c names A31; art5_b_effects NL; supplies_open_source in the words of Art. 25(4)).

Defects (strict xfail until fixed):

* D1 (Annex III, point 1(c); Art. 3(39); the interview's refusal, B1): where the Annex III points
  given do not include the point an answer implies, the refusal ends "... are only Annex III,
  point 4(b); add that point, or correct one of the two" / "... staat alleen bijlage III, punt 4,
  onder b; voeg dat punt toe, ...". "That point" / "dat punt" stands right after the point
  already given, so it reads as "add point 4(b)", not the point 1(c) named three clauses before;
  with several points the list is joined by "; ", the separator of the clauses, and the Dutch verb
  stays singular ("staat alleen bijlage III, punt 4, onder b; bijlage III, punt 5, onder a").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from lawquote import quote, quote_annex, quote_nl

from aiact.interview import Interview
from aiact.questions import SUBJECT_ANSWERS
from aiact.questions.model import QuestionError

AS_OF = "2026-11-28"
ORG = {"kind": "private_undertaking", "member_state": "NL"}


def _refusal(interview: Interview, answer: Any, question: str) -> QuestionError:
    with pytest.raises(QuestionError) as caught:
        interview.answer(answer, question=question)
    return caught.value


def _emotion_beside(points: list[str]) -> QuestionError:
    """A deployer whose case file lists ``points`` of Annex III answers that the system
    recognises emotions (Annex III, point 1(c))."""
    system = {"is_ai_system": True, "roles": {"deployer": True}, "annex_iii": {"points": points}}
    interview = Interview.start(AS_OF, "full", case={"system": system, "organisation": ORG})
    return _refusal(interview, ["emotion_recognition"], "transparency_features")


# --------------------------------------------------------------------------- D1


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_d1_the_refusal_names_the_annex_iii_point_to_add(lang: str) -> None:
    """Annex III, point 1(c) ("Emotion recognition"), Art. 3(39): the point the answer implies is
    the one to add; the refusal must say which, not "that point" right after point 4(b)."""
    quote_annex("III", "AI systems intended to be used for emotion recognition")
    quote("3", "‘emotion recognition system’ means an AI system for the purpose of identifying")
    quote_nl("“systeem voor het herkennen van emoties”: een AI-systeem")
    text = _emotion_beside(["4b"]).text(lang)  # type: ignore[arg-type]
    if lang == "en":
        assert "add that point" not in text, text
        assert re.search(r"add (Annex III, )?point 1\(c\)", text), text
    else:
        assert "voeg dat punt toe" not in text, text
        assert re.search(r"voeg (bijlage III, )?punt 1, onder c,? toe", text), text


def test_d1_several_points_given_read_as_one_list() -> None:
    """Points 4(b) and 5(a) in the case file: one list ("en"/"and"), the Dutch verb plural, so
    the "; " that separates the clauses does not also separate the points."""
    quote_annex("III", "AI systems intended to be used for emotion recognition")
    error = _emotion_beside(["4b", "5a"])
    assert "point 4(b); Annex III, point 5(a);" not in error.text("en"), error.text("en")
    dutch = error.text("nl")
    assert "staat alleen bijlage III, punt 4, onder b; bijlage III" not in dutch, dutch


# --------------------------------------------------------------------------- checked, right


def test_not_known_yet_reaches_art_3_1_by_its_elements() -> None:
    """Art. 3(1): after "not known (yet)" a person who knows how the system works has the
    definition decided by its elements (machine learning: an AI system; fixed rules only:
    recital 12, not one), without "Is the system an AI system?"."""
    quote("3", "infers, from the input it receives, how to generate outputs", "both")
    quote_nl("uit de ontvangen input afleidt hoe output te genereren")
    sys.path.insert(0, str(Path(__file__).parent))
    from test_subj19 import BY_ELEMENTS, _start, _walk

    learns = _walk(_start("tier").answer("unknown_system"), BY_ELEMENTS["learns"])
    assert learns.assessment.value("def.ai_system") is True
    rules = _walk(_start("tier").answer("unknown_system"), BY_ELEMENTS["fixed_rules"])
    assert rules.assessment.value("def.ai_system") is False
    for done in (learns, rules):
        assert "ai_system" not in [s.question for s in done.steps]


def test_the_old_answer_system_reads_with_the_question_after_it() -> None:
    """A saved interview with the old first answer ``system`` (rounds 1-17: "An AI system",
    which never set ``is_ai_system``): its words say that the question comes next, and it does."""
    interview = Interview.start(AS_OF, "tier").answer("system").answer("yes")
    rows = interview.summary("nl")
    assert rows[0][1] == SUBJECT_ANSWERS.option("system").text_nl
    assert rows[1][0].startswith("Is het systeem een AI-systeem?") and rows[1][1] == "Ja"
    assert SUBJECT_ANSWERS.sets("system") == {}


def test_a_general_purpose_model_supplier_is_asked_next() -> None:
    """Art. 25(4): "other than general-purpose AI models": after "yes" to the licence question
    (which names "such as an AI model") the next question asks whether the supply is a
    general-purpose AI model, and "yes" there keeps the written agreement open."""
    quote(
        "25",
        "tools, services, processes, or components, other than general-purpose AI models, "
        "under a free and open-source licence",
    )
    quote_nl(
        "andere instrumenten, diensten, processen of onderdelen dan AI-modellen voor algemene "
        "doeleinden onder een vrije en opensource licentie toegankelijk maken voor het publiek"
    )
    interview = Interview.start(AS_OF, "full").answer("ai_system")
    seen: list[str] = []
    for _ in range(60):
        current = interview.current
        if current is None or (seen and seen[-1] == "supplies_open_source"):
            break
        seen.append(current.id)
        answer: Any = {
            "roles": ["supplier"],
            "annex_iii_points": ["point_4a"],
            "exclusions": [],
            "supplies_open_source": "yes",
        }.get(current.id)
        interview = interview.answer(answer)
    assert seen[-1] == "supplies_open_source"
    assert interview.current is not None and interview.current.id == "supplies_gpai_model"
    after = interview.answer("yes")
    assert after.facts["value_chain.supplies_general_purpose_ai_model"] is True
    assert after.assessment.obligation("art25_4").applies is not False
