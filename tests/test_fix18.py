"""fix18 (round 18): the findings round 17 left (issue 16's closing note "Left open"; reviews
57, 58 and 60 in tests/data/coverage/reviews.yaml, "LEFT").

1. Every refused answer of the interview reads in the reader's language, naming the question and
   the problem, never echoing the input whole: the library (``QuestionError.text``), the terminal
   (``aiact interview --lang nl``), the service (``_reason``: the API's problem detail) and the
   web questionnaire. Before, only two contradicting options (``ContradictingOptions``) did.
2. The Art. 27 obligations name both readings that decide them: A8 (Union institutions) and A42
   (Art. 27(1): public authorities as "bodies governed by public law"; review57).
3. The Art. 50 safeguards option says "that authorisation (where the system has more than one: at
   least one of them)" (review58): exact for a system relying on several authorisations.
4. A chosen option beside a "not sure" option that contradicts it is refused, as two chosen ones
   are (review60 note); a not-sure option that the chosen one leaves open by design is not.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from click.testing import CliRunner
from lawquote import quote, quote_nl
from test_interview import EXAMPLES, _line, _truth

from aiact.cli import main
from aiact.interview import Interview
from aiact.questions import SUBJECT_QUESTION
from aiact.questions.catalogue import catalogue
from aiact.questions.model import ContradictingOptions, QuestionError
from aiact.questions.simulate import answer_from

EXCEPTIONS = "transparency_exceptions"
LONG = "x" * 5000
"""A hostile answer: never repeated whole (aiact.versions.SHOWN_MAX)."""


def _not_echoed(text: str) -> None:
    assert "x" * 41 not in text and len(text) < 700, text


# ---------------------------------------------------------------- 1. in the library


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(
    ("question", "answer", "en", "nl"),
    [
        ("ai_system", "perhaps", "is not one of its answers", "is geen van de antwoorden"),
        ("ai_system", LONG, "is not one of its answers", "is geen van de antwoorden"),
        ("ai_system", ["yes", "no"], "choose one answer", "kies één antwoord"),
        ("roles", "deployer", "choose any number of answers", "kies de antwoorden die kloppen"),
        ("roles", ["pilot"], "is not one of its answers", "is geen van de antwoorden"),
        ("first_placing", "31-31-2025", "is not a date", "is geen datum"),
        ("first_placing", LONG, "is not a date", "is geen datum"),
        ("org_turnover", "a lot", "is not a number", "is geen getal"),
        ("org_turnover", LONG, "is not a number", "is geen getal"),
        ("org_turnover", "-5", "give a number of 0 or more", "geef een getal van 0 of meer"),
        ("org_turnover", "Infinity", "give a number of 0 or more", "geef een getal van 0 of meer"),
        ("org_headcount", "2.5", "give a whole number", "geef een heel getal"),
    ],
)
def test_each_refused_answer_names_the_question_and_the_problem_in_the_readers_language(
    question: str, answer: Any, en: str, nl: str, lang: str
) -> None:
    q = catalogue().get(question)
    with pytest.raises(QuestionError) as caught:
        q.sets(answer)
    text = caught.value.text(lang)  # type: ignore[arg-type]
    assert (nl if lang == "nl" else en) in text
    assert text.startswith("vraag " if lang == "nl" else "question ")
    assert q.text(lang)[:40] in text  # type: ignore[arg-type]
    _not_echoed(text)
    assert str(caught.value) == caught.value.text("en")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_interview_refusals_read_in_the_readers_language(lang: str) -> None:
    start = Interview.start("2027-01-05", "full")
    cases: list[tuple[Any, str, str]] = []
    with pytest.raises(QuestionError) as caught:
        start.answer("maybe")  # the subject question
    cases.append((caught.value, "answer ai_system", "antwoord ai_system"))
    with pytest.raises(QuestionError) as caught:
        start.answer(["provider"], question="roles")
    cases.append((caught.value, "first answer whether", "geef eerst aan of het gaat om"))
    with pytest.raises(QuestionError) as caught:
        catalogue().get(LONG)
    cases.append((caught.value, "there is no question", "de vragenlijst heeft geen vraag"))
    system = start.answer("system")
    once = system.answer(["provider"], question="roles")
    with pytest.raises(QuestionError) as caught:  # roles.deployer is already "no"
        once.answer(["deployer"], question="roles")
    cases.append((caught.value, "contradicts what is already known", "spreekt tegen wat al"))
    for error, en, nl in cases:
        text = error.text(lang)  # type: ignore[attr-defined]
        assert (nl if lang == "nl" else en) in text, text
        _not_echoed(text)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_facts_the_checks_refuse_read_in_the_readers_language(lang: str) -> None:
    """An answer whose facts the input checks refuse (nothing in the EU, then "we supply it in
    the EU": Art. 2(1), Art. 3(10)) gives the check's own reason in the reader's language,
    with the question named."""
    organisation = {"kind": "private_undertaking", "member_state": "NL"}
    interview = Interview.start("2028-01-10", kind="system", case={"organisation": organisation})
    interview = interview.answer([], question="territory")
    with pytest.raises(QuestionError) as caught:
        interview.answer("yes", question="system_made_available")
    text = caught.value.text(lang)  # type: ignore[arg-type]
    question = catalogue().get("system_made_available").text(lang)  # type: ignore[arg-type]
    assert question[:40] in text
    assert ("artikel 3, punt 10" if lang == "nl" else "Art. 3(10)") in text, text
    assert "dit antwoord kan niet worden gebruikt" not in text


# ---------------------------------------------------------------- 1. the terminal


def _lines_to(name: str, until: str) -> tuple[list[str], str]:
    """The typed lines that bring ``aiact interview`` on a bundled example to the question
    ``until`` (answered as the example's facts say), and the day assessed."""
    kind, truth, case = _truth(EXAMPLES / name)
    interview = Interview.start(case.as_of, "full")
    # the number of the first question's answer the case's facts give (round 19, subj19: the
    # old "system", which asked ai_system next, is no longer offered; "An AI system" settles it)
    first = answer_from(SUBJECT_QUESTION, truth, kind, interview.context)
    lines = [str([o.id for o in SUBJECT_QUESTION.options].index(first) + 1)]
    interview = interview.answer(first)
    while (question := interview.current) is not None and question.id != until:
        answer = answer_from(question, truth, kind, interview.context)
        lines.append(_line(question, answer, interview.options(question)))
        interview = interview.answer(answer)
    assert question is not None and question.id == until
    return lines, case.as_of.isoformat()


def _terminal(lang: str, as_of: str, lines: list[str], tmp_path: Any) -> str:
    result = CliRunner().invoke(
        main,
        [
            "interview",
            "--lang",
            lang,
            "--as-of",
            as_of,
            "--out",
            str(tmp_path / "case.yaml"),
            "--no-arrows",
        ],
        input="\n".join([*lines, "!"]) + "\n",
    )
    assert result.exit_code == 0, result.output
    return re.sub(r"\s+", " ", result.output)


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(
    ("name", "until", "typed", "en", "nl"),
    [
        ("municipal-chatbot.yaml", "ai_system", "maybe", "'maybe' is not one of the answers; "
         "type a number from 1 to 4", "'maybe' is geen van de antwoorden; typ een getal van 1 "
         "tot en met 4"),
        ("municipal-chatbot.yaml", "ai_system", LONG, "is not one of the answers",
         "is geen van de antwoorden"),
        ("municipal-chatbot.yaml", "roles", ",", "type the numbers of the answers that apply",
         "typ de nummers van de antwoorden die kloppen"),
        ("municipal-chatbot.yaml", "roles", "1,99", "'99' is not one of the answers",
         "'99' is geen van de antwoorden"),
        ("municipal-chatbot.yaml", "first_placing", "31-31-2025", "'31-31-2025' is not a date",
         "'31-31-2025' is geen datum"),
        ("gpai-model-provider.yaml", "model_compute", "a lot", "'alot' is not a number",
         "'alot' is geen getal"),
        ("gpai-model-provider.yaml", "org_turnover", "-5", "give a number of 0 or more",
         "geef een getal van 0 of meer"),
    ],
)  # fmt: skip
def test_the_terminal_says_each_refusal_in_the_readers_language(
    name: str, until: str, typed: str, en: str, nl: str, lang: str, tmp_path: Any
) -> None:
    if until == "ai_system":  # the subject question is the first one (it is typed there)
        lines, as_of = [typed, "1"], _truth(EXAMPLES / name)[2].as_of.isoformat()
    else:
        lines, as_of = _lines_to(name, until)
        lines = [*lines, typed]
    out = _terminal(lang, as_of, lines, tmp_path)
    question = "subject" if until == "ai_system" else until
    words = (
        Interview.start(as_of).current.text(lang)  # type: ignore[union-attr, arg-type]
        if question == "subject"
        else catalogue().get(question).text(lang)  # type: ignore[arg-type]
    )
    said = 'Niet begrepen: vraag "' if lang == "nl" else 'Not understood: question "'
    assert said + words[:30] in out, out[-1500:]
    assert (nl if lang == "nl" else en) in out, out[-1500:]
    assert "x" * 41 not in out


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_terminal_refuses_a_choice_beside_a_not_sure_option_that_contradicts_it(
    lang: str, tmp_path: Any
) -> None:
    lines, as_of = _lines_to("municipal-chatbot.yaml", EXCEPTIONS)
    interview = Interview.start(as_of).answer("system")
    ids = [o.id for o in interview.options(catalogue().get(EXCEPTIONS))]
    typed = (
        f"{ids.index('law_enforcement') + 1},?{ids.index('law_enforcement_prosecution_only') + 1}"
    )
    out = _terminal(lang, as_of, [*lines, typed], tmp_path)
    expected = (
        "waarover u niet zeker bent, spreken elkaar tegen"
        if lang == "nl"
        else "which you marked as not sure, contradict each other"
    )
    assert expected in out, out[-1500:]


# ---------------------------------------------------------------- 1. the service and web page


@pytest.fixture(scope="module")
def client() -> Any:
    pytest.importorskip("fastapi", reason="the service needs the 'server' extra")
    from fastapi.testclient import TestClient

    from aiact.service import create_app
    from aiact.service.settings import Settings

    with TestClient(create_app(Settings())) as c:
        yield c


SYSTEM = {"question": "subject", "answer": "system"}


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(
    ("answers", "en", "nl"),
    [
        ([{"question": LONG, "answer": None}], "there is no question", "de vragenlijst heeft geen"),
        ([{"question": "subject", "answer": "x"}], "answer ai_system", "antwoord ai_system"),
        ([{"question": "roles", "answer": ["provider"]}], "first answer whether",
         "geef eerst aan"),
        ([SYSTEM, {"question": "roles", "answer": [LONG]}], "is not one of its answers",
         "is geen van de antwoorden op deze vraag"),
        ([SYSTEM, {"question": "ai_system", "answer": ["yes", "no"]}], "choose one answer",
         "kies één antwoord"),
        ([SYSTEM, {"question": "roles", "answer": "provider"}], "choose any number",
         "kies de antwoorden die kloppen"),
        ([SYSTEM, {"question": "first_placing", "answer": "31-31-2025"}], "is not a date",
         "is geen datum"),
        ([SYSTEM, {"question": "org_turnover", "answer": LONG}], "is not a number",
         "is geen getal"),
        ([SYSTEM, {"question": "org_turnover", "answer": -5}], "0 or more", "0 of meer"),
        ([SYSTEM, {"question": "org_headcount", "answer": "2.5"}], "whole number",
         "heel getal"),
        ([SYSTEM, {"question": "roles", "answer": ["provider"]},
          {"question": "roles", "answer": ["deployer"]}], "already known", "al bekend"),
        ([SYSTEM, {"question": EXCEPTIONS, "answer": ["law_enforcement",
                                                       "law_enforcement_prosecution_only"]}],
         "contradict each other", "spreken elkaar tegen"),
        ([SYSTEM, {"question": EXCEPTIONS, "answer": {
            "chosen": ["law_enforcement_prosecution_only"], "unsure": ["permitted_art50_3"]}}],
         "which you marked as not sure", "waarover u niet zeker bent"),
    ],
)  # fmt: skip
def test_the_service_says_each_refusal_in_the_readers_language(
    client: Any, answers: list[Any], en: str, nl: str, lang: str
) -> None:
    body = {"as_of": "2027-01-05", "answers": answers}
    response = client.post(f"/v1/interviews?lang={lang}", json=body)
    assert response.status_code == 400, response.text
    invalid = response.json()["invalidParams"]
    assert len(invalid) == 1
    reason = invalid[0]["reason"]
    assert (nl if lang == "nl" else en) in reason, reason
    _not_echoed(reason)
    if lang == "nl":
        assert "geen toegestaan antwoord" not in reason  # no longer the generic one


def test_the_web_questionnaire_names_the_question_and_the_problem(client: Any) -> None:
    """A text that is no date on the date question of the questionnaire (Dutch): the page says
    which question and why, not that the answer "does not fit the facts given before"."""
    kind, truth, case = _truth(EXAMPLES / "municipal-chatbot.yaml")
    interview = Interview.start(case.as_of, "full").answer(kind)
    answers: list[dict[str, Any]] = [SYSTEM]
    while (question := interview.current) is not None and question.id != "first_placing":
        answer = answer_from(question, truth, kind, interview.context)
        answers.append({"question": question.id, "answer": answer})
        interview = interview.answer(answer)
    state = {"goal": "full", "as_of": case.as_of.isoformat(), "answers": answers}
    page = client.post(
        "/vragenlijst",
        data={"lang": "nl", "staat": json.dumps(state), "vraag": "first_placing",
              "actie": "volgende", "antwoord": "waarde", "waarde": "morgen"},
    ).text  # fmt: skip
    import html

    text = html.unescape(re.sub(r"\s+", " ", page))
    assert "Uw antwoord kan niet worden gebruikt" in text
    assert 'De reden: vraag "' in text and "'morgen' is geen datum" in text
    assert "past niet bij de feiten" not in text


def test_the_notebook_form_says_the_refusal_in_its_language() -> None:
    pytest.importorskip("ipywidgets")
    from aiact.questions.widget import interview_form

    form = interview_form(lang="nl", as_of="2027-01-05")
    form.submit("maybe")
    assert "antwoord ai_system" in form.message.value and "Waar gaat de beoordeling" in (
        form.message.value
    )


# ---------------------------------------------------------------- 2. the Art. 27 readings

FRIA = ("art27_1", "art27_3", "art27_4", "art27_4_original")


def test_the_art27_obligations_name_both_readings_that_decide_them() -> None:
    """Art. 27(1): "deployers that are bodies governed by public law": A8 asks it of a Union
    institution, A42 of a Member State's public authority (review57: the rows named A8 only)."""
    quote("27", "deployers that are bodies governed by public law", "both")
    quote_nl("gebruiksverantwoordelijken die publiekrechtelijke organen zijn")
    from aiact.obligations.catalogue import catalogue as obligations

    for oid in FRIA:
        o = obligations().get(oid)
        assert o.readings == ("A8", "A31", "A42"), oid  # A31: round 19, review62's note
        assert o.interpretation == "A8,A31,A42"


@pytest.mark.parametrize("law", ["original", "amended"])
def test_a_ministrys_fria_row_shows_a42(law: str) -> None:
    """A ministry (a public authority) deploying an Annex III point 4(a) system: the derivation
    of its Art. 27(1) row names A42, under both readings (default: it applies; procurement_sense:
    it does not), in English and Dutch."""
    import datetime as dt

    from timecases import PUBLIC_BODY, assess, system

    from aiact.interpretations import Art27PublicLawBodies
    from aiact.views.markdown import derivation_markdown

    sys_ = system(roles=("deployer",), annex_iii=["4a"], placed_on_market=dt.date(2028, 1, 10))
    for reading, applies in (
        (Art27PublicLawBodies.PUBLIC_AUTHORITIES_INCLUDED, True),
        (Art27PublicLawBodies.PROCUREMENT_SENSE, False),
    ):
        a = assess(sys_, "2028-09-01", PUBLIC_BODY, law=law, art27_public_law_bodies=reading)
        assert a.obligation("art27_1").applies is applies
        d = a.explain("obligation.art27_1")
        for lang in ("en", "nl"):
            text = derivation_markdown(d, lang)
            first = next(line for line in text.splitlines() if "[A" in line)
            assert first.endswith("[A8,A31,A42]"), first  # the obligation's own step
        assert d.to_dict()["rules"][0]["interpretation"] == "A8,A31,A42"  # the JSON of the why


def test_the_service_catalogue_names_both_readings(client: Any) -> None:
    response = client.get("/v1/obligations/art27_1")
    assert response.status_code == 200, response.text
    assert response.json()["interpretation"] == "A8,A31,A42"


# ---------------------------------------------------------------- 3. "that authorisation"


def test_the_safeguards_option_holds_for_a_system_with_several_authorisations() -> None:
    """Art. 50(1): "unless ... AI systems authorised by law to detect, prevent, investigate or
    prosecute criminal offences, subject to appropriate safeguards for the rights and freedoms
    of third parties": one authorisation with the safeguards is enough, so the option says "at
    least one of them"; its "no" (none has them) still settles the Art. 50(3) permission, which
    carries the same safeguards."""
    quote(
        "50",
        "authorised by law to detect, prevent, investigate or prosecute criminal offences, subject "
        "to appropriate safeguards for the rights and freedoms of third parties",
    )
    quote_nl("met inachtneming van passende waarborgen voor de rechten en vrijheden van derden")
    option = catalogue().get(EXCEPTIONS).option("third_party_safeguards")
    assert "at least one of them" in option.text("en")
    assert "ten minste één ervan" in option.text("nl")
    assert "vrijheden van derden" in option.text("nl")
    assert dict(option.sets) == {"transparency.art50_1_safeguards_third_parties": True}


# ---------------------------------------------------------------- 4. chosen beside not sure


@pytest.mark.parametrize(
    "answer",
    [
        {"chosen": ["law_enforcement_prosecution_only"], "unsure": ["law_enforcement"]},
        {"chosen": ["law_enforcement"], "unsure": ["law_enforcement_prosecution_only"]},
        {"chosen": ["law_enforcement_prosecution_only"], "unsure": ["permitted_art50_3"]},
        {"chosen": ["permitted_art50_3"], "unsure": ["law_enforcement_prosecution_only"]},
    ],
)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_choice_beside_a_not_sure_option_that_contradicts_it_is_refused(
    answer: dict[str, Any], lang: str
) -> None:
    """Art. 50(3) names a permission "to detect, prevent or investigate criminal offences";
    "only to prosecute (not to detect, prevent or investigate)" says it is not so permitted.
    A person who chooses one and is "not sure" of the other contradicts themselves: refused, as
    two chosen options are, naming both (review60 note; before, the chosen one decided)."""
    quote("50", "which are permitted by law to detect, prevent or investigate criminal offences")
    quote_nl("die bij wet zijn toegestaan om strafbare feiten op te sporen, te voorkomen of")
    q = catalogue().get(EXCEPTIONS)
    with pytest.raises(ContradictingOptions) as caught:
        q.sets(answer)
    assert caught.value.unsure
    text = caught.value.text(lang)  # type: ignore[arg-type]
    assert q.option(answer["chosen"][0]).text(lang) in text  # type: ignore[arg-type]
    assert q.option(answer["unsure"][0]).text(lang) in text  # type: ignore[arg-type]
    assert ("niet zeker" in text) is (lang == "nl")


@pytest.mark.parametrize(
    ("answer", "open_facts"),
    [
        # the chosen authorisation is a part of the permission's words: the permission is left
        # open by design (its other parts are not known)
        (
            {"chosen": ["law_enforcement"], "unsure": ["permitted_art50_3"]},
            {
                "transparency.permitted_by_law_detect_prevent_investigate",
                "transparency.art50_1_safeguards_third_parties",
            },
        ),
        # the safeguards take an authorisation as given (Option.presupposes)
        (
            {"chosen": ["third_party_safeguards"], "unsure": ["law_enforcement"]},
            {
                "transparency.authorised_by_law_criminal_offences",
                "transparency.authorised_by_law_detect_prevent_investigate",
                "transparency.permitted_by_law_detect_prevent_investigate",
            },
        ),
    ],
)
def test_a_not_sure_option_left_open_by_design_beside_a_choice_is_accepted(
    answer: dict[str, Any], open_facts: set[str]
) -> None:
    """Art. 50(1), (3): "not sure" of an option that shares no fact with another value with the
    chosen one is no contradiction; its facts the chosen one does not state stay unknown."""
    quote("50", "subject to appropriate safeguards for the rights and freedoms of third parties")
    sets = catalogue().get(EXCEPTIONS).sets(answer)
    for path in open_facts:
        assert path not in sets, path
    for option in answer["chosen"]:
        for path, value in catalogue().get(EXCEPTIONS).option(option).sets.items():
            assert sets[path] == value
