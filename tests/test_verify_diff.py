"""Law and reading diffs, and exact relevance (issue 19, parts 3 and 4), held to the engine."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("z3", reason="the verify extra (z3-solver) is not installed")

from click.testing import CliRunner

from aiact.case import Case
from aiact.cli import main
from aiact.errors import InputError
from aiact.interpretations import Interpretations
from aiact.testing import strategies as ais
from aiact.verify.diff import Diff, Over, Side, diff, holds, readable, to_markdown
from aiact.verify.relevance import relevance, relevant_facts
from aiact.versions import LawVersion

AMENDED = Side(LawVersion.AMENDED)
A8_TRUE = Side(LawVersion.AMENDED, Interpretations(union_institutions_are_public_law_bodies=True))
_DIFFS: dict[tuple[str, Side, Side, Over], Diff] = {}


def _diff(goal: str, first: Side, second: Side, over: Over = "conclusions") -> Diff:
    """The exactness tests need every part (complete): over conclusions a change has a few;
    over facts (the default) it may have hundreds (every route through the Annex III
    exceptions), so those tests take the first parts."""
    key = (goal, first, second, over)
    if key not in _DIFFS:
        _DIFFS[key] = diff(
            goal, first, second, over=over, max_parts=40 if over == "conclusions" else 5
        )
    return _DIFFS[key]


def _answer(case: Case, side: Side, goal: str) -> str:
    assessment = case.model_copy(
        update={"law": side.law, "interpretations": side.interpretations}
    ).assess()
    if goal == "tier":
        return assessment.risk_tier.value
    if "." in goal:
        return {True: "true", False: "false", None: "unknown"}[assessment.value(goal)]
    value = assessment.obligation(goal).applies
    return {True: "applies", False: "does not apply", None: "undetermined"}[value]


GOALS = [
    ("art27_1", AMENDED, A8_TRUE),  # A8: the FRIA of a Union institution
    (
        "art50_2",
        AMENDED,
        Side(LawVersion.AMENDED, Interpretations(chatbot_text_is_synthetic_content=False)),
    ),
    # Art. 6(1)(a) with Art. 6(1a)-(1b): the amended safety-component test
    ("hr.annex_i_product_or_safety_component", Side(LawVersion.ORIGINAL), AMENDED),
]


@pytest.mark.parametrize(
    ("goal", "first", "second", "over"),
    [(*goal, "conclusions") for goal in GOALS] + [(*GOALS[0], "facts")],
)
def test_every_witness_has_its_change(goal: str, first: Side, second: Side, over: Over) -> None:
    result = _diff(goal, first, second, over)
    assert not result.empty
    for change in result.changes:
        assert change.complete or over == "facts"
        for part in change.parts:
            assert holds(part, part.witness, first, second)
            assert _answer(part.witness, first, goal) == change.before
            assert _answer(part.witness, second, goal) == change.after


@pytest.mark.parametrize(("goal", "first", "second"), GOALS)
@given(case=ais.cases(kind="system", unknowns=False))
@settings(max_examples=60)
def test_the_parts_are_exactly_the_changed_cases(
    goal: str, first: Side, second: Side, case: Case
) -> None:
    """Every fully stated case whose answer changes lies in a part of that change; every case
    in a part has the change."""
    result = _diff(goal, first, second)
    before, after = _answer(case, first, goal), _answer(case, second, goal)
    inside = [
        (c.before, c.after)
        for c in result.changes
        for p in c.parts
        if holds(p, case, first, second)
    ]
    if before != after:
        assert (before, after) in inside
    assert all(pair == (before, after) for pair in inside)


def test_parts_over_facts_name_input_facts() -> None:
    """With ``over="facts"`` (the default) a part names input facts, lists that contain one
    of some members, dates, and only the conclusions that sum up the tier."""
    from aiact.verify.diff import SUMMARIES
    from aiact.verify.encode import fact_names

    facts = set(fact_names("system"))
    result = _diff("art27_1", AMENDED, A8_TRUE, "facts")
    for change in result.changes:
        for part in change.parts:
            for literal in part.literals:
                text = literal.removeprefix("not ")
                if text.startswith("any("):
                    assert set(text[4:-1].split(", ")) <= facts
                    assert "has one" in readable(literal)
                elif " >= " not in text and " < " not in text:
                    assert text in facts or text in SUMMARIES, literal
    page = to_markdown(result, facts=True)
    assert "The facts named above:" in page
    assert "- `org.kind.union_institution`: " in page
    assert "Asked: *What kind of organisation is yours?*" in page


def test_a_diff_does_not_depend_on_what_ran_before() -> None:
    """The parts and witnesses are the lexicographically least (not the solver's first):
    the same after other queries in the process."""
    again = diff("art27_1", AMENDED, A8_TRUE, over="facts", max_parts=5)
    assert again.changes == _diff("art27_1", AMENDED, A8_TRUE, "facts").changes


def _applies_from(case: Case, side: Side, obligation: str) -> object:
    assessment = case.model_copy(
        update={"law": side.law, "interpretations": side.interpretations}
    ).assess()
    return assessment.obligation(obligation).applies_from


def test_the_date_an_obligation_applies_from_changes() -> None:
    """Art. 26(1) (deployers of high-risk systems): the Omnibus moves the Annex III date from
    2 August 2026 to 2 December 2027 (Art. 113, third paragraph, point (d), as amended); each
    witness applies Art. 26(1) under both texts, from the dates its change names."""
    first, second = Side(LawVersion.ORIGINAL), AMENDED
    result = diff("applies_from(art26_1)", first, second, max_parts=1)
    assert result.date_rule == "from.high_risk"
    pairs = {(c.before, c.after) for c in result.changes}
    assert ("2026-08-02", "2027-12-02") in pairs
    for change in result.changes:
        for part in change.parts:
            assert holds(part, part.witness, first, second)
            dates = [_applies_from(part.witness, side, "art26_1") for side in (first, second)]
            assert dates[0] != dates[1]
            for label, value in zip((change.before, change.after), dates, strict=True):
                if label[:1].isdigit():
                    assert value is not None and value.isoformat() == label


def test_the_deadline_of_an_obligation_changes() -> None:
    """The "comply by" deadline (``ObligationResult.deadline``, Art. 111(2) second sentence:
    providers and deployers of high-risk systems intended to be used by public authorities
    "shall take the necessary steps to comply ... by 2 August 2030"): the Omnibus moves the
    Art. 111(2) cut-off for Annex III systems from 2 August 2026 to 2 December 2027, so a
    public-authority system first placed in between has no deadline under the published text
    (it is not a legacy system) and 2 August 2030 under the amended one. Each witness has the
    deadlines its change names under both texts (the engine's, ``none`` for no deadline), and
    Art. 26(1) applies under both."""
    first, second = Side(LawVersion.ORIGINAL), AMENDED
    result = diff("deadline(art26_1)", first, second, max_parts=2)
    assert result.date_rule == "deadline:from.high_risk"
    pairs = {(c.before, c.after) for c in result.changes}
    assert ("none", "2030-08-02") in pairs
    for change in result.changes:
        for part in change.parts:
            assert holds(part, part.witness, first, second)
            found = []
            for side in (first, second):
                assessment = part.witness.model_copy(
                    update={"law": side.law, "interpretations": side.interpretations}
                ).assess()
                assert assessment.obligation("art26_1").applies is not False
                found.append(assessment.obligation("art26_1").deadline)
            for label, value in zip((change.before, change.after), found, strict=True):
                if label == "none":
                    assert value is None
                elif label[:1].isdigit():
                    assert value is not None and value.isoformat() == label


def test_deadlines_in_the_property_language() -> None:
    """``deadline(OBLIGATION)`` compares the deadline set of the obligation's date rule: the
    Art. 111(2) public-authority deadline is 2 August 2030 in both texts, and no deadline of
    Art. 26(1) comes before it."""
    from aiact.verify import prove

    for law in ("original", "amended"):
        assert prove(
            "true(obligation.art26_1) and true(legacy.art111_2_public_authority_deadline) "
            "implies deadline(art26_1) = 2030-08-02",
            law=law,
        ).proved
        assert prove("deadline(art26_1) = never or deadline(art26_1) >= 2030-08-02", law=law).proved
    refuted = prove("deadline(art26_1) = never", law="amended")
    assert not refuted.proved and refuted.counterexample is not None
    case = refuted.counterexample.case.model_copy(update={"law": LawVersion.AMENDED})
    possible = case.assess().date("from.high_risk").deadlines  # a date among them
    assert any(d is not None and hasattr(d, "isoformat") for d in possible)


def test_the_definitions_readings_change_cases_with_unknown_facts() -> None:
    """D1 (the Commission guidelines' exclusions from the AI system definition, Art. 3(1))
    changes nothing when every fact is stated (the direct answer ``is_ai_system`` decides), and
    changes the tier when it is left open."""
    d1 = Side(LawVersion.AMENDED, Interpretations(ai_system_guideline_exclusions=False))
    assert diff("scope.ai_system", AMENDED, d1, max_parts=1).empty
    result = diff("scope.ai_system", AMENDED, d1, cases="any", max_parts=1)
    assert not result.empty
    for change in result.changes:
        for part in change.parts:
            assert part.witness.system is not None
            assert part.witness.system.is_ai_system is None
            assert _answer(part.witness, AMENDED, "scope.ai_system") == change.before
            assert _answer(part.witness, d1, "scope.ai_system") == change.after


def test_no_change_is_an_empty_diff() -> None:
    # Art. 50(1) reads no open question and no rule the Omnibus changed... under A4 it might:
    result = diff("art5_1_e", AMENDED, AMENDED)
    assert result.empty and result.size == 0


def test_aiact_diff_prints_parts_and_witnesses() -> None:
    runner = CliRunner()
    out = runner.invoke(
        main,
        [
            "diff",
            "art27_1",
            "--from",
            "amended",
            "--to",
            "amended",
            "--interp",
            "A8=true",
            "--max-parts",
            "2",
        ],
    )
    assert out.exit_code == 0, out.output
    assert "undetermined -> applies" in out.output
    assert "org.kind.union_institution" in out.output
    assert "The facts named above:" in out.output
    out = runner.invoke(
        main,
        [
            "diff",
            "art27_1",
            "--from",
            "amended",
            "--interp",
            "A8=true",
            "--format",
            "json",
            "--max-parts",
            "1",
            "--over",
            "conclusions",
        ],
    )
    assert out.exit_code == 0, out.output
    import json

    data = json.loads(out.output)
    witness = data["changes"][0]["parts"][0]["witness"]
    assert Case.model_validate(witness).system is not None
    bad = runner.invoke(main, ["diff", "art27_1", "--interp", "A99=x"])
    assert bad.exit_code == 2 and "unknown question" in bad.output


def test_aiact_verify_exit_codes(tmp_path: Any) -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["verify", "true(hr.profiling_override) implies true(hr.high_risk)"])
    assert ok.exit_code == 0 and "proved" in ok.output
    out = tmp_path / "counterexample.json"
    no = runner.invoke(
        main, ["verify", "tier(minimal) implies false(art50.any)", "--out", str(out)]
    )
    assert no.exit_code == 3 and out.exists()
    again = runner.invoke(main, ["assess", str(out), "--format", "json"])
    assert again.exit_code == 0 and '"minimal"' in again.output
    bad = runner.invoke(main, ["verify", "hr.high_risk implies"])
    assert bad.exit_code == 2


# --------------------------------------------------------------------------- relevance


def test_relevant_facts_come_with_witnesses() -> None:
    case = Case(
        as_of="2026-09-01",
        system={
            "is_ai_system": True,
            "annex_iii": {"points": ["4a"]},
            "roles": ["deployer"],
            "exclusions": {"placed_or_used_in_eu": True},
        },
        organisation={"kind": "public_authority"},
    )
    found = relevance(case, "tier", witnesses=True)
    assert found.facts and set(found.facts) <= set(found.unknown)
    assert "derogation.profiling" in found.facts
    assert "organisation.is_employer" not in found.facts  # Art. 26(7) does not bear on the tier
    for name, (first, second) in found.witnesses.items():
        assert first.assess().risk_tier != second.assess().risk_tier, name


def test_a_decided_conclusion_has_no_relevant_fact() -> None:
    """Kleene monotonicity: once a conclusion is decided, no answer can change it."""
    case = Case(
        as_of="2026-09-01",
        system={
            "is_ai_system": True,
            "annex_iii": {"points": ["4a"]},
            "derogation": {"profiling": True},
        },
    )
    assert case.assess().value("hr.high_risk") is True
    assert relevant_facts(case, "hr.high_risk") == ()
    assert relevant_facts(case, "hr.high_risk", completions="any") == ()


@st.composite
def _forgotten(draw: st.DrawFn) -> tuple[Case, list[str]]:
    case = draw(ais.cases(kind="system", unknowns=False, law=LawVersion.AMENDED))
    assert case.system is not None
    flags = sorted(
        f"{group}.{name}"
        for group in ("roles", "exclusions", "transparency", "derogation", "context")
        for name in type(getattr(case.system, group)).model_fields
    )
    return case, draw(st.lists(st.sampled_from(flags), min_size=1, max_size=8, unique=True))


def _set(case: Case, path: str, value: Any) -> Case | None:
    assert case.system is not None
    data = case.system.model_dump()
    group, name = path.split(".")
    data[group][name] = value
    try:
        return case.model_copy(update={"system": type(case.system).model_validate(data)})
    except ValueError:
        return None


@given(_forgotten())
@settings(max_examples=8, deadline=None)
def test_an_irrelevant_fact_never_changes_the_tier(drawn: tuple[Case, list[str]]) -> None:
    """Forget some facts of a full case; for each forgotten fact the solver calls irrelevant,
    the full case and the one with that fact flipped (both completions of the partial case,
    differing only in it) have the same tier on the case's date. (A generated case may still
    leave some facts unknown, so the completions are those that may too: ``"any"``.)"""
    case, forgotten = drawn
    partial = case
    for path in forgotten:
        partial = _set(partial, path, None) or partial
    relevant = set(relevant_facts(partial, "tier", completions="any"))
    tier = case.assess().risk_tier
    for path in forgotten:
        if path in relevant:
            continue
        assert case.system is not None
        group, name = path.split(".")
        flipped = _set(case, path, not getattr(getattr(case.system, group), name))
        if flipped is None:
            continue
        try:
            flipped_tier = flipped.assess().risk_tier
        except InputError:
            continue  # not a valid case (aiact.api._check_together): not a completion
        assert flipped_tier is tier, path


# --------------------------------------------------------------------------- the significant change


def _legacy_public_system(change: Any) -> Case:
    """The municipality's benefits-fraud scoring system of ``tests/scenarios/legacy.yaml``
    (Annex III point 5(a), put into service in 2025, intended for public authorities), with
    the significant change given as ``change``: a day, ``"none"`` or None (not known)."""
    import yaml

    from aiact.case import case_from_mapping

    path = Path(__file__).parent / "scenarios" / "legacy.yaml"
    scenarios = yaml.safe_load(path.read_text(encoding="utf-8"))
    found = next(s for s in scenarios if s["id"] == "gemeente-legacy-system-2030-deadline")
    case = case_from_mapping(found["case"])
    assert case.system is not None
    return case.model_copy(
        update={"system": case.system.model_copy(update={"significant_change": change})}
    )


@pytest.mark.parametrize("completions", ["known", "any"])
def test_an_unknown_significant_change_is_relevant_until_stated(completions: Any) -> None:
    """Art. 111(2): whether a legacy system intended for public authorities has until 2
    August 2030 turns on its significant change. Left empty (not known, round 13) it is a
    relevant field, with two completions that the engine answers differently (one may say
    ``none``); stated as ``none`` it is no longer unknown."""
    goal = "legacy.art111_2_public_authority_deadline"
    case = _legacy_public_system(None)
    assert case.assess().value(goal) is None
    found = relevance(case, [goal], completions=completions, witnesses=True)
    assert "significant_change" in found.facts
    first, second = found.witnesses["significant_change"]
    assert first.assess().value(goal) != second.assess().value(goal)
    if completions == "known":  # both completions state it: a day or "none"
        assert first.system is not None and second.system is not None
        assert None not in (first.system.significant_change, second.system.significant_change)
    stated = relevance(_legacy_public_system("none"), [goal], completions=completions)
    assert "significant_change" not in stated.unknown
    assert _legacy_public_system("none").assess().value(goal) is True


def test_diff_literals_on_the_significant_change_have_three_states() -> None:
    """``not significant_change >= D`` holds when the change is known and none or before D,
    ``unknown(significant_change)`` when it is left empty; an unknown change satisfies no
    comparison (as its ``dates.*`` atoms are unknown)."""
    from aiact.verify.diff import Part

    first, second = Side(LawVersion.ORIGINAL), AMENDED
    states = {
        "none": "none",
        "early": dt.date(2026, 1, 1),
        "late": dt.date(2028, 1, 1),
        "unknown": None,
    }
    expected = {
        "significant_change >= 2027-12-02": {"late"},
        "not significant_change >= 2027-12-02": {"none", "early"},
        "unknown(significant_change)": {"unknown"},
    }
    for literal, holding in expected.items():
        for name, change in states.items():
            case = _legacy_public_system(change)
            part = Part((literal,), case)
            assert holds(part, case, first, second) is (name in holding), (literal, name)
