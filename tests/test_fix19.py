"""fix19 (round 19): review65's D1 and D2 in the interview's refusals (words19, issue 16).

* D1: a fact that came from the case file the interview started from is named as the case
  file's ("in your case file: ..." / "in uw casusbestand: ..."), by the words of the option or
  the yes/no question of the catalogue that states it (a list, a date: by the question; no
  question: by its path), never as "the answer to the question ..." of a question the person was
  never asked. Only answers actually given are named as answers.
* D2: no internal id reaches the person: the date of the placing is named by its question
  (``first_placing``; the model's by ``model_placed``), the Annex III points given as citations,
  each answer and each citation once. The developer's texts of ``aiact.assess`` are unchanged.
"""

from __future__ import annotations

from typing import Any

import pytest
from lawquote import quote, quote_annex, quote_nl

import aiact
from aiact.errors import InputError
from aiact.interview import Interview
from aiact.questions.catalogue import catalogue
from aiact.questions.model import QuestionError
from aiact.questions.naming import fact_words

AS_OF = "2026-11-28"
ORG = {"kind": "private_undertaking", "member_state": "NL"}


def _art2_8() -> str:
    quote_nl(
        "Deze verordening is niet van toepassing op onderzoeks-, test- of "
        "ontwikkelingsactiviteiten met betrekking tot AI-systemen of AI-modellen voor zij in de "
        "handel worden gebracht of in gebruik worden gesteld."
    )
    return quote("2", "prior to their being placed on the market or put into service")


def _annex_iii_1c() -> None:
    quote("3", "‘emotion recognition system’ means an AI system for the purpose of identifying")
    quote_nl(
        "“systeem voor het herkennen van emoties”: een AI-systeem dat is bedoeld voor het "
        "vaststellen of afleiden van de emoties of intenties van natuurlijke personen"
    )


def _refusal(interview: Interview, answer: Any, question: str) -> QuestionError:
    with pytest.raises(QuestionError) as caught:
        interview.answer(answer, question=question)
    return caught.value


def _start(system: dict[str, Any]) -> Interview:
    return Interview.start(AS_OF, "full", case={"system": system, "organisation": ORG})


def _words(question: str, lang: str, n: int = 6) -> str:
    return " ".join(catalogue().get(question).text(lang).split()[:n])  # type: ignore[arg-type]


def _system() -> Interview:
    return Interview.start(AS_OF, "full").answer("ai_system").answer(None)


# --------------------------------------------------------------------------- D1: the case file

CASE_FILE_REPLY = {
    "en": 'in your case file: "Yes" to the question "',
    "nl": 'in uw casusbestand: "Ja" op de vraag "',
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_yes_no_fact_of_the_case_file_is_named_as_the_case_file_s(lang: str) -> None:
    """Art. 3(9), Art. 2(8): "made available on the Union market" in the case file, then
    research before the placing: the refusal names the case file's "yes" to the question that
    states it (never asked), not an answer of the person."""
    _art2_8()
    quote("3", "‘placing on the market’ means the first making available of an AI system")
    interview = _start(
        {"is_ai_system": True, "exclusions": {"made_available_on_union_market": True}}
    )
    assert "system_made_available" not in interview.asked
    text = _refusal(interview, ["pre_market"], "exclusions").text(lang)  # type: ignore[arg-type]
    assert CASE_FILE_REPLY[lang] + _words("system_made_available", lang) in text, text
    assert ("the answer to the question" if lang == "en" else "het antwoord op de vraag") not in (
        text
    )


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_option_fact_of_the_case_file_is_named_by_the_option(lang: str) -> None:
    """Art. 3(6): the importer in the case file, then research before the placing: the option's
    words, as the case file's."""
    _art2_8()
    quote("3", "‘importer’ means a natural or legal person located or established in the Union")
    interview = _start({"is_ai_system": True, "roles": {"importer": True}})
    assert "roles" not in interview.asked
    text = _refusal(interview, ["pre_market"], "exclusions").text(lang)  # type: ignore[arg-type]
    option = catalogue().get("roles").option("importer").text(lang)  # type: ignore[arg-type]
    opening = "in your case file" if lang == "en" else "in uw casusbestand"
    assert f'{opening}: "{option}"' in text, text
    assert ("(question:" if lang == "en" else "(vraag:") not in text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_annex_iii_list_of_the_case_file_is_named_by_its_question(lang: str) -> None:
    """Annex III, point 1(c) beside a case file listing point 4(b): the list is the case
    file's, by the question that asks for it; the points as citations; point 1(c) cited where
    the system falls under it and where it is to be added (review66 D1: "add that point" read as
    the point given), no more; the question of the list named once."""
    _annex_iii_1c()
    quote_annex("III", "AI systems intended to be used for emotion recognition")
    interview = _start(
        {"is_ai_system": True, "roles": {"deployer": True}, "annex_iii": {"points": ["4b"]}}
    )
    error = _refusal(interview, ["emotion_recognition"], "transparency_features")
    text = error.text(lang)  # type: ignore[arg-type]
    start = _words("annex_iii_points", lang)
    if lang == "en":
        assert f'in your case file, for the question "{start}' in text, text
        assert ": Annex III, point 4(b)); add Annex III, point 1(c)" in text, text
        assert text.count("Annex III, point 1(c)") == 2, text
    else:
        assert f'in uw casusbestand, bij de vraag "{start}' in text, text
        assert ": bijlage III, punt 4, onder b); voeg bijlage III, punt 1, onder c" in text, text
        assert text.count("bijlage III, punt 1, onder c") == 2, text
    assert text.count(start) == 1, text
    assert "'1c'" not in text and "['" not in text


def test_an_answer_given_is_named_as_the_answer_and_the_case_file_as_the_case_file() -> None:
    """The case file gives the importer; the person answers "made available: yes": the
    refusal of research before the placing names both, each as what it is."""
    interview = _start({"is_ai_system": True, "roles": {"importer": True}})
    interview = interview.answer("yes", question="system_made_available")
    text = _refusal(interview, ["pre_market"], "exclusions").text("en")
    assert 'in your case file: "' in text
    assert f'you answered "Yes" to the question "{_words("system_made_available", "en")}' in text, (
        text
    )


def test_a_fact_no_question_asks_for_is_named_by_its_path_in_the_case_file() -> None:
    """A fact of the case file no question of the catalogue sets: its path, as the case file
    writes it (the person wrote it there)."""
    path = "context.ai_office_competent"
    assert not catalogue().asking(path)
    words = fact_words(path, [], {path: True}, known={path: True})
    assert words == (f"in your case file: {path}", f"in uw casusbestand: {path}")
    # not in the case file and no question: the path stands, as before
    assert fact_words(path, [], {path: True}) is None


# --------------------------------------------------------------------------- D2: internal ids


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_date_of_the_placing_is_named_by_its_question(lang: str) -> None:
    """Art. 2(8): the importer answered, research before the placing: the planned date is to
    be given as the answer to the question of the first placing (not asked yet)."""
    _art2_8()
    interview = _system().answer(["importer"], question="roles")
    text = _refusal(interview, ["pre_market"], "exclusions").text(lang)  # type: ignore[arg-type]
    the_question = "the question" if lang == "en" else "de vraag"
    assert f'{the_question} "{_words("first_placing", lang)}' in text, text
    assert "placed_on_market" not in text


def test_the_date_answered_is_named_as_the_answer() -> None:
    """The first placing answered with a past date, then research before the placing beside
    the importer: the date is named as the person's answer."""
    interview = _system().answer(["importer"], question="roles")
    interview = interview.answer("2025-01-01", question="first_placing")
    text = _refusal(interview, ["pre_market"], "exclusions").text("en")
    assert f'the answer to the question "{_words("first_placing", "en")}' in text, text
    assert "placed_on_market" not in text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_model_s_date_is_named_by_its_question(lang: str) -> None:
    """Art. 2(8) for a model placed on the market before the day assessed: the date is named
    by the answer to the question of the model's placing, not ``placed_on_market``."""
    _art2_8()
    interview = Interview.start(AS_OF, "full").answer("model")
    interview = interview.answer("2025-01-01", question="model_placed")
    text = _refusal(interview, ["pre_market"], "model_research").text(lang)  # type: ignore[arg-type]
    assert _words("model_placed", lang) in text, text
    assert "placed_on_market" not in text and "2025-01-01" in text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_empty_annex_iii_list_reads_as_no_point(lang: str) -> None:
    """ "None of these" to the Annex III question, then emotion recognition."""
    _annex_iii_1c()
    interview = _system().answer(["deployer"], question="roles")
    interview = interview.answer([], question="annex_iii_points")
    error = _refusal(interview, ["emotion_recognition"], "transparency_features")
    text = error.text(lang)  # type: ignore[arg-type]
    assert (
        "no Annex III point is given" if lang == "en" else "er is geen punt van bijlage III gegeven"
    ) in text, text
    assert "[]" not in text and "'1c'" not in text


# --------------------------------------------------------------------------- developers

PRE_MARKET_MESSAGE = (
    "true, but the system is placed on the market (roles.importer): Art. 2(8) excludes "
    "research, testing or development only 'prior to their being placed on the market or put "
    "into service'; if that placing is still planned, give placed_on_market as its date, after "
    "the day assessed (2026-11-28); else Art. 2(8) does not apply to it (answer no to research, "
    "testing or development before the placing)"
)
PRE_MARKET_NL = (
    "waar, maar het systeem is in de handel gebracht (roles.importer): artikel 2, lid 8, sluit "
    "onderzoeks-, test- of ontwikkelingsactiviteiten alleen uit 'voor zij in de handel worden "
    "gebracht of in gebruik worden gesteld'; is het in de handel brengen nog gepland, geef dan "
    "placed_on_market als de datum ervan, na de beoordelingsdatum (2026-11-28); anders is "
    "artikel 2, lid 8, er niet op van toepassing (antwoord nee op onderzoeks-, test- of "
    "ontwikkelingsactiviteiten vóór het in de handel brengen)"
)
ANNEX_III_MESSAGE = (
    "transparency.emotion_recognition is true, so the system falls under Annex III, point 1(c) "
    "(Annex III, point 1(c); Art. 3(39)), but annex_iii.points ['4b'] does not list '1c'; add it "
    "or correct transparency.emotion_recognition"
)
ANNEX_III_NL = (
    "transparency.emotion_recognition is waar, dus het systeem valt onder bijlage III, punt 1, "
    "onder c (bijlage III, punt 1, onder c; artikel 3, punt 39), maar annex_iii.points ['4b'] "
    "bevat '1c' niet; voeg het toe of verbeter transparency.emotion_recognition"
)


@pytest.mark.parametrize(
    ("system", "message", "dutch"),
    [
        (
            {
                "is_ai_system": True,
                "roles": {"importer": True},
                "exclusions": {"pre_market_research_testing": True},
            },
            PRE_MARKET_MESSAGE,
            PRE_MARKET_NL,
        ),
        (
            {
                "is_ai_system": True,
                "roles": {"deployer": True},
                "annex_iii": {"points": ["4b"]},
                "transparency": {"emotion_recognition": True},
            },
            ANNEX_III_MESSAGE,
            ANNEX_III_NL,
        ),
    ],
)
def test_a_developer_reads_the_same_texts(system: dict[str, Any], message: str, dutch: str) -> None:
    """aiact.assess: the messages (English and Dutch) are those of round 19 before fix19,
    byte for byte; the person's wording is only for a reason given the answers' words."""
    with pytest.raises(InputError) as caught:
        aiact.assess(system, ORG, AS_OF)
    problem = caught.value.problems[0]
    assert problem.message == message
    assert problem.params["reason_nl"] == dutch
    conflict = problem.conflict
    assert conflict is not None and conflict.reason("en") == message
    import pickle

    again = pickle.loads(pickle.dumps(conflict))
    assert again.spoken == conflict.spoken and again.reason("nl", {}) == conflict.reason("nl", {})


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_point_without_sub_points_is_cited_without_brackets(lang: str) -> None:
    """Annex III, point 2 (critical infrastructure) has no sub-points: given beside point 4(b),
    it is cited "Annex III, point 2", not "point 2()" (found by a random interview)."""
    quote_annex("III", "Critical infrastructure")
    interview = _system().answer(["deployer"], question="roles")
    interview = interview.answer(["point_2", "point_4b"], question="annex_iii_points")
    error = _refusal(interview, ["emotion_recognition"], "transparency_features")
    text = error.text(lang)  # type: ignore[arg-type]
    if lang == "en":
        assert ": Annex III, point 2; Annex III, point 4(b))" in text, text
    else:
        assert ": bijlage III, punt 2; bijlage III, punt 4, onder b)" in text, text
    assert "()" not in text
