"""q18a (round 18, issue 16): Art. 6(3) in one question.

Art. 6(3) was two questions: ``derogation_conditions`` (which of conditions (a)-(d) of the
second subparagraph and "no significant risk" of the first) and ``profiling`` (yes/no, the
third subparagraph). On the beslishulp paths both were asked, nearly always answered "don't
know". The profiling is now an option of one question, ``art6_3_conditions``: chosen it is the
old "yes", not chosen the old "no", marked not sure the old "don't know". A saved interview that
answered the old questions is translated on load (:func:`aiact.questions.retired.translate_steps`,
q18c: one policy for every retired question), to exactly the facts the old answers gave, or
refused.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from lawquote import quote, quote_nl

from aiact.interview import Interview
from aiact.logic import is_false, is_true
from aiact.questions.catalogue import catalogue
from aiact.questions.data import ART6_3_QUESTION, QUESTIONS
from aiact.questions.model import Question, QuestionError, load_questions
from aiact.questions.relevance import unknown_part
from aiact.questions.retired import RETIRED, RetiredQuestion, translate_steps

CONDITIONS = (
    "narrow_procedural",
    "improves_human_activity",
    "detects_patterns",
    "preparatory",
    "no_significant_risk",
)
DEROGATION_FACTS = (
    "derogation.narrow_procedural_task",
    "derogation.improves_completed_human_activity",
    "derogation.detects_patterns_without_replacing_human",
    "derogation.preparatory_task",
    "derogation.no_significant_risk",
)


def _new() -> Question:
    return catalogue().get(ART6_3_QUESTION)


def _old_questions() -> tuple[Question, Question]:
    """The two questions as they were until round 17 (the options of the conditions are the
    new question's, without profiling; profiling a yes/no question on derogation.profiling)."""
    raw = next(q for q in QUESTIONS if q["id"] == ART6_3_QUESTION)
    conditions = {
        **raw,
        "id": "derogation_conditions",
        "options": [o for o in raw["options"] if o["id"] != "profiling"],
    }
    profiling = {
        "id": "profiling",
        "kind": "yes_no",
        "fact": "derogation.profiling",
        "text_en": "Does the system perform profiling of natural persons?",
        "text_nl": "Doet het systeem aan profilering van natuurlijke personen?",
    }
    old = load_questions([conditions, profiling], catalogue().definitions, "q18a-old")
    return old[0], old[1]


def _several_of_answers(ids: tuple[str, ...]) -> Iterator[Any]:
    """Every answer to a several-of question with these options: each option chosen, not
    chosen or not sure (3 ** n), and "don't know"."""
    yield None
    for marks in itertools.product(("chosen", "no", "unsure"), repeat=len(ids)):
        chosen = [o for o, m in zip(ids, marks, strict=True) if m == "chosen"]
        unsure = [o for o, m in zip(ids, marks, strict=True) if m == "unsure"]
        yield {"chosen": chosen, "unsure": unsure} if unsure else chosen


def _facts(*steps: tuple[Question, Any]) -> dict[str, Any]:
    """The facts of answers applied in order, as Interview.facts applies them."""
    out: dict[str, Any] = {}
    for question, answer in steps:
        out.update(unknown_part(question.sets(answer), out))
    return out


def _translated(*steps: tuple[str, Any]) -> list[dict[str, Any]]:
    return [s for _, s in translate_steps([{"question": q, "answer": a} for q, a in steps])]


# --------------------------------------------------------------------------- the law


def test_the_question_follows_the_three_subparagraphs_of_article_6_3() -> None:
    """Art. 6(3), unchanged by Regulation (EU) 2026/1744 (which inserts paragraphs 1a-1c in
    Art. 6 only): the derogation of the first subparagraph, the conditions (a)-(d) of the
    second, and the third: "Notwithstanding the first subparagraph, an AI system referred to in
    Annex III shall always be considered to be high-risk where the AI system performs profiling
    of natural persons"."""
    quote(
        "6",
        "an ai system referred to in annex iii shall not be considered to be high-risk where it "
        "does not pose a significant risk of harm",
        "both",
    )
    quote("6", "the first subparagraph shall apply where any of the following conditions", "both")
    third = (
        "notwithstanding the first subparagraph, an ai system referred to in annex iii shall "
        "always be considered to be high-risk where the ai system performs profiling of "
        "natural persons"
    )
    quote("6", third, "original")
    quote("6", third, "amended")
    quote_nl(
        "Niettegenstaande de eerste alinea wordt een in bijlage III bedoeld AI-systeem altijd als "
        "een AI-systeem met een hoog risico beschouwd indien het AI-systeem profilering van "
        "natuurlijke personen uitvoert."
    )
    quote_nl("wanneer het geen significant risico op schade voor de gezondheid, veiligheid")
    quote("3", "‘profiling’ means profiling as defined in article 4, point (4), of regulation")
    question = _new()
    assert [o.id for o in question.options] == [*CONDITIONS, "profiling"]
    profiling = question.option("profiling")
    assert dict(profiling.sets) == {"derogation.profiling": True}
    assert "performs profiling of natural persons" in profiling.text_en
    assert "profilering van natuurlijke personen uit" in profiling.text_nl
    # the definition is linked: Art. 3(52), "profilering" in the official Dutch text
    assert [(d.key, d.term_nl, d.cite) for d in question.definitions] == [
        ("profiling", "profilering", "Art. 3, point 52")
    ]
    # the help says that profiling makes a listed system high-risk whatever the other options
    assert "always high-risk, whatever the other options" in question.help_en
    assert "altijd een hoog risico, wat u verder ook kiest" in question.help_nl
    assert "always high-risk, whatever the other options" in profiling.help_en
    assert "altijd een hoog risico, wat u verder ook kiest" in profiling.help_nl
    # the official Dutch term of the first subparagraph: "significant risico"
    assert "significant risico" in question.help_nl
    assert "significant risico" in question.option("no_significant_risk").text_nl
    assert "aanzienlijk" not in question.help_nl + question.option("no_significant_risk").text_nl


def test_the_separate_questions_are_gone() -> None:
    ids = {q.id for q in catalogue()}
    assert ART6_3_QUESTION in ids
    assert not ids & set(RETIRED)
    assert [q.id for q in catalogue().asking("derogation.profiling")] == [ART6_3_QUESTION]


@pytest.mark.parametrize(
    ("answer", "profiling"),
    [
        (["profiling"], True),
        (["narrow_procedural"], False),
        ({"chosen": [], "unsure": ["profiling"]}, None),
    ],
)
def test_chosen_not_chosen_and_not_sure(answer: Any, profiling: bool | None) -> None:
    """Chosen: the system profiles (the old "yes"); not chosen: it does not (the old "no"); not
    sure: unknown (the old "don't know"), never false."""
    assert _new().sets(answer).get("derogation.profiling") is profiling


def test_profiling_makes_a_listed_system_high_risk_whatever_the_other_options() -> None:
    """Art. 6(3), third subparagraph: every condition and "no significant risk" chosen, with
    profiling: high-risk; the same without profiling: no longer high-risk for sure (the
    derogation may hold; here an authority's Art. 80(2) finding is still unknown)."""
    base = (
        Interview.start("2028-01-10", "tier")
        .answer("system")
        .answer(["point_4a"], question="annex_iii_points")
    )
    every = base.answer([*CONDITIONS, "profiling"], question=ART6_3_QUESTION).assessment
    assert is_true(every.categories["high_risk"])
    without = base.answer(list(CONDITIONS), question=ART6_3_QUESTION).assessment
    assert not is_true(without.categories["high_risk"])
    assert not is_false(without.categories["derogation"])


# --------------------------------------------------------------------------- exhaustive


def test_every_answer_gives_exactly_the_facts_of_the_old_two_questions() -> None:
    """Exhaustive: every answer to the new question (3 ** 6 marks and "don't know": 730) against
    the old pair it stands for, and every pair of old answers (244 x 3 = 732, in both orders:
    1,464) and every old answer alone (244 + 3) translated as a saved interview is: the same
    facts. 2,441 comparisons."""
    new = _new()
    old_conditions, old_profiling = _old_questions()
    count = 0
    for answer in _several_of_answers((*CONDITIONS, "profiling")):
        if answer is None:
            pair: tuple[Any, Any] = (None, None)
        else:
            chosen, unsure = new.split(answer)
            cond_chosen = [o for o in chosen if o != "profiling"]
            cond_unsure = [o for o in unsure if o != "profiling"]
            cond = {"chosen": cond_chosen, "unsure": cond_unsure} if cond_unsure else cond_chosen
            pair = (
                cond,
                "yes" if "profiling" in chosen else None if "profiling" in unsure else "no",
            )
        expected = _facts((old_conditions, pair[0]), (old_profiling, pair[1]))
        assert new.sets(answer) == expected, answer
        count += 1
    assert count == 730
    for cond in _several_of_answers(CONDITIONS):
        for yes_no in ("yes", "no", None):
            expected = _facts((old_conditions, cond), (old_profiling, yes_no))
            for order in ((("derogation_conditions", cond), ("profiling", yes_no)),
                          (("profiling", yes_no), ("derogation_conditions", cond))):  # fmt: skip
                steps = _translated(*order)
                assert [s["question"] for s in steps] == [ART6_3_QUESTION]
                assert new.sets(steps[0]["answer"]) == expected, order
                count += 1
        _assert_alone_left_out_or_refused("derogation_conditions", cond)
        count += 1
    for yes_no in ("yes", "no", None):
        _assert_alone_left_out_or_refused("profiling", yes_no)
        count += 1
    assert count == 730 + 1464 + 243 + 1 + 3 == 2441


def _assert_alone_left_out_or_refused(old: str, answer: Any) -> None:
    """One old answer without the other (q18c, one policy for every retired question): "don't
    know" set no fact and is left out; any other answer is refused, since the one answer to the
    new question would also settle the other part, which the saved interview did not answer."""
    if answer is None:
        assert _translated((old, answer)) == []
    else:
        with pytest.raises(RetiredQuestion):
            _translated((old, answer))


# --------------------------------------------------------------------------- saved interviews


def _saved(*steps: tuple[str, Any]) -> dict[str, Any]:
    """A saved interview (Interview.to_dict of round 17) of an Annex III point 4(a) system."""
    start = Interview.start("2028-01-10", "full").answer("system")
    start = start.answer(["point_4a"], question="annex_iii_points")
    data = start.to_dict()
    data["steps"] += [{"question": q, "answer": a} for q, a in steps]
    return data


def test_a_saved_interview_with_both_old_answers_loads_as_one_answer() -> None:
    old_conditions, old_profiling = _old_questions()
    cond = {"chosen": ["narrow_procedural"], "unsure": ["no_significant_risk"]}
    data = _saved(("derogation_conditions", cond), ("roles", ["provider"]), ("profiling", "no"))
    loaded = Interview.from_dict(data)
    assert loaded.asked == ("subject", "annex_iii_points", ART6_3_QUESTION, "roles")
    assert loaded.steps[2].answer == cond  # profiling "no": not chosen
    expected = _facts((old_conditions, cond), (old_profiling, "no"))
    assert {k: v for k, v in loaded.facts.items() if k.startswith("derogation.")} == expected
    # saved again, it names only the new question and loads to the same facts
    again = Interview.from_json(loaded.to_json())
    assert again.facts == loaded.facts and again.asked == loaded.asked


def test_a_saved_interview_with_profiling_yes_and_dont_know_to_the_conditions() -> None:
    loaded = Interview.from_dict(_saved(("derogation_conditions", None), ("profiling", "yes")))
    assert loaded.steps[-1].answer == {"chosen": ["profiling"], "unsure": list(CONDITIONS)}
    assert loaded.facts["derogation.profiling"] is True
    assert not any(loaded.facts.get(f) is not None for f in DEROGATION_FACTS)
    assert is_true(loaded.assessment.categories["high_risk"])


def test_a_saved_interview_with_one_old_answer_is_refused_or_left_out() -> None:
    """q18c (one policy): only the conditions answered is refused (until q18c it was read with
    profiling not sure, the new question counted as asked, so profiling was never asked); an
    old "don't know" alone is left out (it set no fact), and both "don't know" is "don't
    know"."""
    with pytest.raises(RetiredQuestion) as caught:
        Interview.from_dict(_saved(("derogation_conditions", [])))
    assert caught.value.question_id == "derogation_conditions"
    assert caught.value.into == ART6_3_QUESTION and caught.value.index == 2
    assert "is no longer asked" in str(caught.value)
    left_out = Interview.from_dict(_saved(("roles", ["provider"]), ("profiling", None)))
    assert left_out.asked == ("subject", "annex_iii_points", "roles")
    # the new question is still to be asked (not counted as asked)
    both_unknown = Interview.from_dict(_saved(("derogation_conditions", None), ("profiling", None)))
    assert both_unknown.steps[-1].answer is None  # "don't know"


def test_a_saved_interview_with_an_answer_the_old_question_did_not_take_is_refused() -> None:
    """The refusal names the old question, the new one and what to do, in English and Dutch."""
    with pytest.raises(QuestionError) as caught:
        Interview.from_dict(_saved(("profiling", "maybe")))
    error = caught.value
    assert isinstance(error, RetiredQuestion)
    assert "'profiling'" in str(error) and f"'{ART6_3_QUESTION}'" in str(error)
    assert 'answer "yes", "no" or null' in str(error)
    dutch = error.text("nl")
    assert "'profiling'" in dutch and f"'{ART6_3_QUESTION}'" in dutch
    assert 'beantwoord die met "yes", "no" of null' in dutch
    with pytest.raises(RetiredQuestion, match="derogation_conditions"):
        Interview.from_dict(_saved(("derogation_conditions", ["profiling"])))


def test_old_answers_given_twice_are_refused() -> None:
    """An old question answered twice (Interview.answer by id allowed it): refused since q18c
    (until then each answer was read on its own, the new question counted as asked three times
    and the conditions' other part never asked), as annex_i_product answered twice was."""
    steps = [
        ("profiling", None),
        ("derogation_conditions", ["preparatory"]),
        ("profiling", "yes"),
    ]
    with pytest.raises(RetiredQuestion) as caught:
        Interview.from_dict(_saved(*steps))
    assert caught.value.question_id == "profiling" and caught.value.index == 4
    with pytest.raises(RetiredQuestion):
        Interview.from_dict(_saved(("profiling", "no"), (ART6_3_QUESTION, ["preparatory"])))


def test_the_service_reads_old_answers_and_refuses_bad_ones_in_dutch() -> None:
    from aiact.service.interviews import interview_doc, interview_from_data
    from aiact.service.problems import Problem

    body = {
        "goal": "tier",
        "as_of": "2028-01-10",
        "answers": [
            {"question": "subject", "answer": "system"},
            {"question": "annex_iii_points", "answer": ["point_4a"]},
            {"question": "derogation_conditions", "answer": ["preparatory", "no_significant_risk"]},
            {"question": "profiling", "answer": "yes"},
        ],
    }
    interview = interview_from_data(body, "nl", 200)
    doc = interview_doc(interview, "nl")
    assert [a["question"] for a in doc["answers"]][-1] == ART6_3_QUESTION
    assert is_true(interview.assessment.categories["high_risk"])
    bad = {**body, "answers": [*body["answers"][:2], {"question": "profiling", "answer": 1}]}
    with pytest.raises(Problem) as caught:
        interview_from_data(bad, "nl", 200)
    reason = caught.value.invalid[0].reason
    assert "'profiling'" in reason and ART6_3_QUESTION in reason and "beantwoord" in reason


def test_answering_an_old_question_by_id_names_the_new_one() -> None:
    interview = Interview.start("2028-01-10").answer("system")
    with pytest.raises(QuestionError, match=f"replaced by '{ART6_3_QUESTION}'"):
        interview.answer("yes", question="profiling")
