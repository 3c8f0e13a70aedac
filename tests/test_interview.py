"""The interview (aiact.interview) and 'aiact interview', driven end to end."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from aiact.case import load_case
from aiact.cli import main
from aiact.interview import Interview
from aiact.questions import SUBJECT_QUESTION, QuestionError
from aiact.questions.fields import SubjectKind, flatten
from aiact.questions.goals import goal_view
from aiact.questions.simulate import answer_from

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _truth(path: Path) -> tuple[SubjectKind, dict[str, Any], Any]:
    case = load_case(path)
    kind: SubjectKind = "system" if case.system is not None else "model"
    return kind, flatten(case.model_dump(mode="json"), kind), case


def _walk(interview: Interview, kind: SubjectKind, truth: dict[str, Any]) -> Interview:
    interview = interview.answer(kind)
    while (question := interview.current) is not None:
        interview = interview.answer(answer_from(question, truth, kind, interview.context))
    return interview


def test_an_interview_is_immutable_and_goes_back() -> None:
    start = Interview.start("2026-11-28", "tier")
    assert start.current is not None and start.current.id == "subject"
    one = start.answer("system")
    assert start.steps == () and one.steps[0].answer == "system"
    two = one.answer("yes")
    assert two.facts["is_ai_system"] is True
    assert two.back() == one
    assert one.back().kind is None
    assert start.back() == start


def test_answers_are_checked() -> None:
    interview = Interview.start("2026-11-28", "tier").answer("system")
    with pytest.raises(QuestionError, match="not one of its answers"):
        interview.answer("perhaps")
    roles = interview.answer("yes").answer([]).current
    assert roles is not None and roles.id == "roles"
    with pytest.raises(QuestionError, match="importer"):
        interview.answer(["importer", "provider"], question="roles")
    with pytest.raises(QuestionError, match="subject"):
        Interview.start("2026-11-28").answer("yes", question="ai_system")


def test_dont_know_is_always_an_answer_and_never_asked_again() -> None:
    interview = Interview.start("2026-11-28", "tier").answer("system").answer(None)
    assert interview.facts == {}
    assert interview.current is not None and interview.current.id != "ai_system"


def test_json_round_trip() -> None:
    interview = Interview.start("2026-11-28", "full", assumptions=["not_annex_x_component"])
    interview = interview.answer("system").answer("yes").answer(None)
    interview = interview.answer(["deployer"], question="roles")
    text = interview.to_json()
    again = Interview.from_json(text)
    assert again == interview
    assert json.loads(again.to_json()) == json.loads(text)
    with pytest.raises(QuestionError):
        Interview.from_dict(
            {**json.loads(text), "steps": [{"question": "subject", "answer": "robot"}]}
        )


def test_start_from_a_case_file_asks_only_what_it_leaves_open() -> None:
    kind, _, case = _truth(EXAMPLES / "benefits-fraud-risk-scoring.yaml")
    interview = Interview.start(case=case, goal="full")
    assert interview.kind == kind
    assert interview.done  # the example gives every fact the goal needs
    assert interview.assessment.risk_tier == case.assess().risk_tier


def test_assumptions_are_reported_as_assumed() -> None:
    interview = Interview.start("2026-11-28", "tier", assumptions=["no_art2_exclusions"])
    interview = interview.answer("system").answer("yes")
    assessment = interview.assessment
    assert assessment.assumed["exclusions.exclusively_military_defence_national_security"] is False
    data = assessment.to_dict()
    assert data["assumed"]["exclusions.free_open_source_licence"] is False
    assert "exclusions" not in interview.case_dict()["system"]  # never written as a fact
    assert interview.case_dict()["assumptions"] == ["no_art2_exclusions"]
    from aiact.views.console import assessment_renderable
    from aiact.views.html import assessment_html

    assert "Assumed facts" in assessment_html(assessment, "en")
    assert "Aangenomen feiten" in assessment_html(assessment, "nl")
    assert assessment_renderable(assessment, "en") is not None


@pytest.mark.parametrize(
    "name",
    ["benefits-fraud-risk-scoring.yaml", "municipal-chatbot.yaml", "gpai-model-provider.yaml"],
)
def test_the_interview_reaches_the_examples_assessment(name: str) -> None:
    kind, truth, case = _truth(EXAMPLES / name)
    interview = _walk(Interview.start(case.as_of, "full"), kind, truth)
    ours, theirs = interview.assessment, case.assess()
    assert goal_view(ours, "full").result == goal_view(theirs, "full").result
    # Determined exactly when the example's own facts determine the goal (the fraud example
    # does not say whether the AI Office supervises it, which an Art. 99 fine can turn on).
    assert interview.determined == goal_view(theirs, "full").determined
    assert len(interview.steps) < 25


def _line(question: Any, answer: Any, shown: tuple[Any, ...]) -> str:
    if answer is None:
        return "?"
    ids = [o.id for o in shown]
    if question.kind in ("yes_no", "one_of"):
        return str(ids.index(answer) + 1)
    if question.kind == "several_of":
        chosen, unsure = question.split(answer)
        tokens = [str(ids.index(a) + 1) for a in chosen]
        tokens += [f"?{ids.index(a) + 1}" for a in unsure]
        return ",".join(tokens) or "-"
    if question.kind == "date" and answer in ids:
        return str(ids.index(answer) + 1)
    return str(answer)


@pytest.mark.parametrize(
    "name",
    ["benefits-fraud-risk-scoring.yaml", "municipal-chatbot.yaml", "gpai-model-provider.yaml"],
)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_aiact_interview_end_to_end(name: str, lang: str, tmp_path: Path) -> None:
    """Piped answers, one a line (a typo and a 'back' on the way), give a case file whose
    assessment equals the example's."""
    kind, truth, case = _truth(EXAMPLES / name)
    interview = Interview.start(case.as_of, "full")
    # the first question answered from the truth (round 18: "An AI system" where it says so)
    subject = answer_from(SUBJECT_QUESTION, truth, kind, interview.context)
    number = [o.id for o in SUBJECT_QUESTION.options].index(subject) + 1
    lines = ["maybe", str(number)]  # an answer not understood, then one
    interview = interview.answer(subject)
    first = True
    while (question := interview.current) is not None:
        answer = answer_from(question, truth, kind, interview.context)
        shown = interview.options(question)
        if first:  # answer, go back, answer again
            lines += [_line(question, answer, shown), "<"]
            first = False
        lines.append(_line(question, answer, shown))
        interview = interview.answer(answer)
    out = tmp_path / "case.yaml"
    result = CliRunner().invoke(
        main,
        [
            "interview",
            "--lang",
            lang,
            "--as-of",
            case.as_of.isoformat(),
            "--out",
            str(out),
            "--no-arrows",
        ],
        input="\n".join(lines) + "\n",
    )
    assert result.exit_code == 0, result.output
    assert ("Not understood" if lang == "en" else "Niet begrepen") in result.output
    written = load_case(out)
    assert goal_view(written.assess(), "full").result == goal_view(case.assess(), "full").result
    assert ("Your answers" if lang == "en" else "Uw antwoorden") in result.output


def test_aiact_interview_stops_at_the_end_of_input(tmp_path: Path) -> None:
    out = tmp_path / "case.yaml"
    result = CliRunner().invoke(
        main,
        ["interview", "--as-of", "2026-11-28", "--out", str(out), "--no-arrows"],
        input="1\n1\n",
    )
    assert result.exit_code == 0, result.output
    assert load_case(out).system is not None
    assert dt.date(2026, 11, 28) == load_case(out).as_of


def test_the_assessment_lists_its_open_questions_as_interview_questions() -> None:
    from aiact import assess

    assessment = assess(
        {"is_ai_system": True, "roles": ["deployer"], "annex_iii": {"points": ["5a"]}},
        {"kind": "public_authority"},
        "2026-11-28",
    )
    views = assessment.questions("tier")
    assert views and views[0].to_dict("nl")["text"]
    first = views[0].to_dict("en")
    assert set(first) == {"id", "text", "help", "kind", "options", "facts", "affects"}
    assert set(first["affects"]) == {"tier", "roles", "obligations", "dates", "fines"}


def test_notebook_form() -> None:
    pytest.importorskip("ipywidgets")
    from aiact.questions.widget import interview_form

    form = interview_form(lang="nl", as_of="2026-11-28", goal="tier")
    assert "Waar gaat" in form.title.value
    # round 19 (subj19): "not known yet" is offered as unknown_system (the old system is not)
    form.control.value = "unknown_system"
    form.submit(form.read())
    assert form.interview.kind == "system"
    assert form.interview.current is not None and form.interview.current.id != "ai_system"
    form.submit(None)  # don't know
    form.back()
    form.back()
    form.control.value = "not_ai_system"
    form.submit(form.read())
    assert form.interview.done
    assert "AI-systeem" in form.result.value or form.result.value


@pytest.mark.parametrize("goal", ["tier", "full"])
def test_the_open_questions_come_in_the_order_they_are_asked(goal: str) -> None:
    """Assessment.questions() and next_question() agree: the first open question is the next
    question asked (the staged order: what decides the tier and roles first)."""
    from aiact import assess
    from aiact.questions import next_question

    system = {"is_ai_system": True, "roles": ["deployer"], "annex_iii": {"points": ["5a"]}}
    organisation = {"kind": "public_authority"}
    assessment = assess(system, organisation, "2026-11-28")
    views = assessment.questions(goal)
    found = next_question({"organisation": organisation, "system": system}, "2026-11-28", goal)
    assert views and found is not None
    assert views[0].question.id == found.id
    assert len({v.question.id for v in views}) == len(views)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_json_lists_the_open_facts_as_questions_by_stage(lang: str) -> None:
    """``open_questions`` in ``to_dict()`` (schema 2.0): questions of the catalogue with text,
    kind and options in the language asked, each settling an unknown fact of the Assessment,
    by stage (tier and roles, obligations, dates) and catalogue order within a stage; every
    question the ranked list holds relevant for the obligations is among them."""
    from aiact import assess
    from aiact.questions import catalogue
    from aiact.questions.listing import STAGES

    system = {"is_ai_system": True, "roles": ["deployer"], "annex_iii": {"points": ["5a"]}}
    assessment = assess(system, {"kind": "public_authority"}, "2026-11-28")
    listed = assessment.to_dict(lang)["open_questions"]
    assert listed
    cat = catalogue()
    keys = [(STAGES.index(q["affects"]["stage"]), cat.get(q["id"]).order) for q in listed]
    assert keys == sorted(keys)
    open_facts = {q.fact for q in assessment.open_questions}
    for entry in listed:
        question = cat.get(entry["id"])
        assert entry["text"] == question.text(lang) and entry["kind"] == question.kind
        assert {o["id"] for o in entry["options"]} <= {o.id for o in question.options}
        assert entry["facts"]
        if not entry["affects"]["roles"]:
            assert set(entry["facts"]) <= open_facts
        if entry["affects"]["stage"] == "tier":
            assert entry["affects"]["classification"] or entry["affects"]["roles"]
    ids = {q["id"] for q in listed}
    assert {v.question.id for v in assessment.questions("obligations")} <= ids
    # The tier stage holds the roles question, as next_question's first stage does.
    assert next(q for q in listed if q["id"] == "roles")["affects"]["stage"] == "tier"


def test_the_json_open_questions_are_empty_when_nothing_is_open() -> None:
    from aiact import assess

    assessment = assess({"is_ai_system": False}, {"kind": "public_authority"}, "2026-11-28")
    assert assessment.to_dict()["open_questions"] == []


def test_a_respondent_rules_out_an_option_one_of_whose_facts_is_known_otherwise() -> None:
    """Art. 50(3): "permitted by law to detect, prevent or investigate criminal offences" is
    within Art. 50(1)'s "authorised by law to detect, prevent, investigate or prosecute". The
    option `law_enforcement` of `transparency_exceptions` set both facts (until fix16g); a
    respondent who knows
    the system is not authorised (the broader fact false) does not tick it, even when the
    narrower fact is not stated, so the answer settles both (Kleene: a conjunction with a false
    member is false). Before, the option was "not sure" and the answer settled nothing, so an
    interview over a case the facts determine could end undetermined (23 of 320 scenarios)."""
    from aiact.questions import catalogue
    from aiact.questions.goals import Context

    question = catalogue().get("transparency_exceptions")
    truth = {
        "transparency.authorised_by_law_criminal_offences": False,
        "transparency.interaction_obvious": False,
    }
    answer = answer_from(question, truth, "system", Context(dt.date(2026, 12, 4)))
    assert "law_enforcement" not in str(answer)
    sets = question.sets(answer)
    assert sets["transparency.authorised_by_law_criminal_offences"] is False
    # round 17: the Art. 50(3) permission is an option of the same question again, not ticked
    # beside the broader "no": no as well
    assert sets["transparency.permitted_by_law_detect_prevent_investigate"] is False


def test_the_organisation_keeps_its_name() -> None:
    """A name is a report-only fact (no rule reads it), but the case file and the assessment an
    interview gives keep the organisation's name as they keep the system's: the summary of a
    started case file said "Organisatie —" before round 13."""
    case = load_case(Path(__file__).parent.parent / "examples" / "benefits-fraud-risk-scoring.yaml")
    assert case.organisation.name
    iv = Interview.start(case=case, goal="tier")
    assert iv.case.organisation.name == case.organisation.name
    assert iv.assessment.organisation.name == case.organisation.name
    again = Interview.from_json(iv.to_json())
    assert again.case.organisation.name == case.organisation.name
    mapping = {"system": {"is_ai_system": True}, "organisation": {"name": "Gemeente X"}}
    assert Interview.start(case=mapping, as_of="2026-12-05").case.organisation.name == "Gemeente X"
    with pytest.raises(ValueError, match="name"):
        Interview.start(case={"organisation": {"name": "x" * 501}}, as_of="2026-12-05")
