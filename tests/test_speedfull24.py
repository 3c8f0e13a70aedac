"""Round 24 (speedfull24): the proofs of a search for a pair that fail, made cheaper: a failing
proof of ``tier`` or ``obligations`` fails at a counter-case kept by an earlier proof of the same
Assessment and goal (``relevance.STUCK_COUNTER``), and the proof of ``full`` stops at the first
name its view reads that may change (``relevance.STUCK_EXIT``). Figures in docs/interview.md,
"Round 24: the `full` tail"."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiact.facts import Organisation
from aiact.penalties import exposure
from aiact.penalties.exposure import exposure_reads_hold, exposure_rows_traced, rows_part
from aiact.questions import goals, relevance
from aiact.questions.catalogue import catalogue
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context, assess_facts
from aiact.questions.relevance import _T, _U, _countered, best, completions, trial_answers
from aiact.versions import LawVersion
from tests.switches import best_and_rank, best_and_rank_without
from tests.test_penalties_properties import _catalogue_items, dates, options, organisations
from tests.test_questions_relevance import (
    FEW,
    _with_the_proof_checked,
    interview_states,
    states_with_unknowns,
)
from tests.test_speedfull22 import (
    _CONTEXT,
    _NO_TRANSPARENCY,
    _NO_VALUE_CHAIN,
    _NOT_EXCLUDED,
    _provider_established_outside_the_union,
    _realtime_identification_by_the_police,
)
from tests.test_speedfull23 import _switched

_SWITCHES = ("STUCK_COUNTER", "STUCK_EXIT")


@contextmanager
def _off(*names: str) -> Iterator[None]:
    """``relevance.<name>`` off for each of ``names`` (as before after)."""
    before = {name: getattr(relevance, name) for name in names}
    for name in names:
        setattr(relevance, name, False)
    try:
        yield
    finally:
        for name, value in before.items():
            setattr(relevance, name, value)


def _proofs_checked(monkeypatch: Any) -> list[tuple[str, bool]]:
    """Every proof of :func:`relevance._stuck_over` computed again with both switches off must
    give the same (the counter-cases kept stay on the Assessment: those of the proofs before
    are the ones read); returns each proof's goal and result, in order."""
    met: list[tuple[str, bool]] = []
    original = relevance._stuck_over

    def checked(*args: Any) -> bool:
        found = original(*args)
        with _off(*_SWITCHES):
            assert original(*args) == found, args[3]
        if relevance.STUCK:  # not the searches run again without the proofs
            met.append((args[3], found))
        return found

    monkeypatch.setattr(relevance, "_stuck_over", checked)
    return met


def _view_at(base: Any, goal: Any, case: dict[str, Any]) -> Any:
    """The result of the goal's view of ``base``'s evaluation with the values ``case``."""
    values = {**base.evaluation.values, **case}
    copy = dataclasses.replace(base, evaluation=dataclasses.replace(base.evaluation, values=values))
    return relevance._traced_view(copy, goal).result


def _views_counted(monkeypatch: Any) -> list[str]:
    """The goals of the views :func:`relevance._kept_over` computes (its trees' nodes)."""
    met: list[str] = []
    original = relevance._traced_view

    def counted(assessment: Any, goal: Any) -> Any:
        met.append(goal)
        return original(assessment, goal)

    monkeypatch.setattr(relevance, "_traced_view", counted)
    return met


def test_the_police_searches_fail_their_proofs_at_once_with_the_same_results(
    monkeypatch: Any,
) -> None:
    """Round 24: for the police authority of round 22 (state 8836: real-time remote biometric
    identification for law enforcement, the three questions of what it identifies open) the
    search for a pair of ``obligations`` tries three proofs that fail in :func:`_kept_over`
    (the one over every combination of the three questions' answers, then for two questions
    with the organisation's refusals alone); the second and third fail at a counter-case of the
    first (``STUCK_COUNTER``), and the three of ``full`` stop at the first name read that may
    change (``STUCK_EXIT``). Every proof gives what it gives with both switches off; the
    searches still end (and, run again without the proofs, find nothing), the next question is
    the same (None); with the switches far fewer views are computed."""
    facts, asked = _realtime_identification_by_the_police()
    with pytest.MonkeyPatch.context() as patched:
        met = _proofs_checked(patched)
        ended = _with_the_proof_checked(patched)
        relevance.clear_cache()
        assert best(facts, "system", _CONTEXT, "full", asked) is None
    assert ended.count(True) == 2  # obligations, full
    assert [goal for goal, found in met if not found] == ["obligations"] * 3 + ["full"] * 3
    # Each counter-case kept on the facts' Assessment is one: its view differs.
    relevance.clear_cache()
    assert best(facts, "system", _CONTEXT, "full", asked) is None
    base = relevance.MEMO.assess(facts, "system", _CONTEXT)
    assert not isinstance(base, Exception)
    kept = base.__dict__["_counters"]
    assert kept["obligations"]
    for goal, cases in kept.items():
        for case in cases:
            assert case
            assert _view_at(base, goal, case) != relevance._views(base, goal).result
    counted = []
    for switches in (_SWITCHES, ()):
        with pytest.MonkeyPatch.context() as patched, _off(*switches):
            views = _views_counted(patched)
            relevance.clear_cache()
            assert best(facts, "system", _CONTEXT, "full", asked) is None
        counted.append(len(views))
    # The views of the second and third failing proofs of ``obligations`` are not computed.
    assert counted[1] + 10 <= counted[0]
    relevance.clear_cache()


def test_a_counter_case_counts_only_where_the_proof_follows_its_names_and_values() -> None:
    """Round 24 (``_countered``): a counter-case kept by an earlier proof fails a proof only
    where each name it assigns is one the proof follows (``hit``) and may take the value
    assigned there (the mask in ``may``); a name the proof keeps at its value, or a value its
    mask does not allow, and the counter-case does not count."""
    case = {"hr.listed.1a": True, "hr.annex_iii": None}
    may = {"hr.listed.1a": _T | _U, "hr.annex_iii": _U}
    assert _countered([case], {"hr.listed.1a", "hr.annex_iii"}, may)
    assert not _countered([case], {"hr.listed.1a"}, may)  # hr.annex_iii kept as it is
    assert not _countered([case], {"hr.listed.1a", "hr.annex_iii"}, {**may, "hr.listed.1a": _U})
    assert not _countered([case], {"hr.listed.1a", "hr.annex_iii"}, {**may, "hr.annex_iii": _T})
    assert not _countered([], {"hr.listed.1a", "hr.annex_iii"}, may)
    other = {"hr.annex_iii": None}
    assert _countered([case, other], {"hr.annex_iii"}, may)  # the second one counts


def test_may_change_stopped_at_a_name_gives_that_name_and_no_other_verdict() -> None:
    """Round 24 (``_may_change``'s ``stop``): stopped at the first name of ``stop`` that may
    change, the names given as changed are part of those found without stopping, hold a name
    of ``stop`` exactly where those found without stopping do, and are all of them where none
    does (the proof of ``full`` reads only whether one does)."""
    facts, _ = _realtime_identification_by_the_police()
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, "system", _CONTEXT)
    assert not isinstance(base, Exception)
    values = base.evaluation.values
    inputs = [n for n in base.evaluation.ruleset.inputs if isinstance(values.get(n), bool | None)]
    reads = relevance._reads(base, "tier")
    met = 0
    for name in inputs[:120]:
        masks = {name: relevance._ANY}
        whole, _, _ = relevance._may_change(base, masks, reads)
        part, _, _ = relevance._may_change(base, masks, reads, reads)
        assert part <= whole
        assert reads.isdisjoint(part) == reads.isdisjoint(whole)
        if reads.isdisjoint(whole):
            assert part == whole
        else:
            met += 1
    assert met  # some inputs reach a name the view reads
    relevance.clear_cache()


@FEW
@given(
    st.one_of(states_with_unknowns(), interview_states(), interview_states("full")),
    st.sampled_from(["tier", "obligations", "full"]),
    st.sampled_from(_SWITCHES),
)
def test_the_next_question_is_the_same_without_the_proofs_of_round_24(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any, switch: str
) -> None:
    """Round 24 (relevance.STUCK_COUNTER, relevance.STUCK_EXIT): best() and rank() give the same
    with the switch on as off, for every goal (every cache emptied before each); every proof
    gives what it gives with both off, and every search a proof ends finds nothing without
    it."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    with pytest.MonkeyPatch.context() as monkeypatch:
        _proofs_checked(monkeypatch)
        _with_the_proof_checked(monkeypatch)
        found = best_and_rank(facts, kind, context, goal, asked)
    assert best_and_rank_without(switch, facts, kind, context, goal, asked) == found


# --------------------------------------------------------------------------- KEY_ONCE, READS_SAME


@settings(max_examples=100, deadline=None)
@given(st.lists(organisations(), min_size=1, max_size=6), dates, options, st.booleans())
def test_the_look_up_among_the_rows_kept_is_the_same_with_the_same_objects_taken_as_holding(
    kept: list[Organisation], as_of: dt.date, opts: Any, shared: bool
) -> None:
    """Round 24 (exposure.READS_SAME): the look-up of an organisation among the reads of the
    rows kept for others (``exposure_reads_hold``), taking a value that is the very object
    kept as holding, finds the same set as with every value compared (the options given as
    the same object or as an equal copy), and a set whose rows are the organisation's."""
    law = LawVersion.AMENDED
    chosen = _catalogue_items(law)
    reads = [
        exposure_rows_traced(o, chosen, as_of=as_of, law=law, options=opts)[1] for o in kept[1:]
    ]
    organisation = kept[0]
    mine = opts if shared or opts is None else opts.model_copy()
    found = []
    for on in (True, False):
        with _switched(exposure, "READS_SAME", on):
            found.append(
                exposure_reads_hold(organisation, reads, as_of=as_of, law=law, options=mine)
            )
    assert found[0] == found[1]
    if found[0] is not None:
        where = {"as_of": as_of, "law": law, "options": opts}
        rows = exposure_rows_traced(organisation, chosen, **where)[0]
        assert rows == exposure_rows_traced(kept[1 + found[0]], chosen, **where)[0]


def _chatbot_provider() -> dict[str, Any]:
    """State 7493 of ``collect --every 6``: a private undertaking, not part of a group, that
    provides a system interacting directly with persons (Art. 50(1)), not high-risk; its
    headcount, turnover and balance sheet not known, so the ceilings of its fine rows wait for
    the turnover (the last stage's search is among the organisation's figures)."""
    return {
        "is_ai_system": True,
        **_NOT_EXCLUDED,
        **{f"prohibited.{name}": False for name in _PRACTICES},
        **{f"roles.{name}": name == "provider" for name in _ROLES},
        **_NO_VALUE_CHAIN,
        **_NO_TRANSPARENCY,
        "transparency.interacts_directly_with_persons": True,
        "transparency.interaction_obvious": False,
        "transparency.authorised_by_law_criminal_offences": False,
        "transparency.authorised_by_law_detect_prevent_investigate": False,
        "transparency.permitted_by_law_detect_prevent_investigate": False,
        "annex_iii.points": (),
        "annex_i.safety_component": False,
        "annex_i.is_the_product": False,
        "annex_i.failure_endangers_health_safety": False,
        "authority_actions.msa_required_corrective_action": True,
        "authority_actions.msa_found_derogated_system_high_risk": False,
        "authority_actions.msa_required_measures_compliant_system_at_risk": False,
        "authority_actions.ai_office_non_compliance_decision": False,
        "authority_actions.ai_office_enforcement_decision": False,
        "organisation.kind": "private_undertaking",
        "organisation.part_of_group": False,
    }


_PRACTICES = (
    "a_subliminal_manipulative_or_deceptive_techniques",
    "b_exploits_vulnerabilities",
    "ba_generates_intimate_imagery_without_consent",
    "bb_generates_child_sexual_abuse_material",
    "c_social_scoring",
    "d_crime_risk_assessment_solely_profiling",
    "e_untargeted_facial_scraping",
    "f_emotion_recognition_workplace_education",
    "g_biometric_categorisation_sensitive_traits",
    "h_realtime_rbi_public_spaces_law_enforcement",
)

_ROLES = (
    "authorised_representative",
    "deployer",
    "distributor",
    "importer",
    "product_manufacturer",
    "provider",
)


def test_the_rows_of_the_figures_answers_are_the_same_with_the_keys_hashed_once() -> None:
    """Round 24 (goals.KEY_ONCE, exposure.READS_SAME): the fine rows of every answer of the
    organisation's figures and kind for the provider of a chatbot above (and for the high-risk
    provider of round 22), looked up among the rows kept in one pass as the search does, are
    the same with either switch off, and the same as the rows computed from the report
    (``rows_part`` of ``compute_exposure``'s); the turnover's answers give different rows."""
    assert _rows_of_the_figures_checked(_chatbot_provider()) > 3
    _rows_of_the_figures_checked(_provider_established_outside_the_union()[0])


def _rows_of_the_figures_checked(facts: dict[str, Any]) -> int:
    """The check of the test above for one state's facts; how many distinct rows it met."""
    answers = []
    for question in catalogue().for_kind("system"):
        if question.id.startswith(("org_", "group_")):
            for _, sets in completions(trial_answers(question, "system", _CONTEXT), facts):
                answers.append({**facts, **sets})
    assert len(answers) > 30
    seen = []
    for module, name in ((goals, "KEY_ONCE"), (exposure, "READS_SAME"), (goals, "KEY_ONCE")):
        for on in (True, False):
            with _switched(module, name, on):
                rows = []
                for case in answers:
                    try:
                        assessment = assess_facts(case, "system", _CONTEXT)
                    except ValueError:
                        rows.append(None)
                        continue
                    rows.append(goals.exposure_rows_of(assessment))
                seen.append(rows)
    assert all(rows == seen[0] for rows in seen)
    for case, rows in zip(answers, seen[0], strict=True):
        if rows is not None:
            assert rows == rows_part(assess_facts(case, "system", _CONTEXT).exposure)
    return len({rows for rows in seen[0] if rows is not None})


def test_a_key_hashed_once_is_equal_to_an_equal_key_only() -> None:
    """Round 24 (goals._Hashed): two keys hashed once are equal exactly where the keys are."""
    a = goals._Hashed(("system", 1, (("x", True),)))
    assert a == goals._Hashed(("system", 1, (("x", True),)))
    assert hash(a) == hash(goals._Hashed(("system", 1, (("x", True),))))
    assert a != goals._Hashed(("system", 1, (("x", False),)))
    assert a != ("system", 1, (("x", True),))
    assert {a: 1}.get(goals._Hashed(("system", 1, (("x", True),)))) == 1


@FEW
@given(
    st.one_of(states_with_unknowns(), interview_states("full", ("system", "model"))),
    st.sampled_from([(goals, "KEY_ONCE"), (exposure, "READS_SAME")]),
)
def test_the_next_question_of_full_is_the_same_with_the_keys_hashed_once(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], switch: tuple[Any, str]
) -> None:
    """Round 24 (goals.KEY_ONCE, exposure.READS_SAME): best() and rank() of the goal ``full``
    the same with the switch on as off (every cache emptied before each)."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    module, name = switch
    found = []
    for on in (True, False):
        with _switched(module, name, on):
            found.append(best_and_rank(facts, kind, context, "full", asked))
    assert found[0] == found[1]


# --------------------------------------------------------------------------- SETTLED_LAZY


def _assessed_both_ways(base: Any, facts: dict[str, Any], sets: dict[str, Any]) -> list[Any]:
    """``assess_with`` of ``base`` with an answer's changes, with ``goals.SETTLED_LAZY`` on and
    off: the evaluation's values, or the refusal's reason."""
    changes = {k: v for k, v in sets.items() if facts.get(k) != v}
    found = []
    for on in (True, False):
        with _switched(goals, "SETTLED_LAZY", on):
            try:
                found.append(dict(goals.assess_with(base, changes, None, facts).evaluation.values))
            except ValueError as error:
                found.append(str(error))
    return found


def test_the_answers_refused_as_contradictions_are_the_same_with_the_list_read_late() -> None:
    """Round 24 (goals.SETTLED_LAZY): for the police authority of round 22, the answers of what
    the system identifies that contradict the direct answer of Art. 5(1)(h) are refused by the
    rules' conflict flags with the same reason whether the facts the Annex III list settles are
    found for every check or only where a flag is true; the answers accepted give the same
    values."""
    facts, _ = _realtime_identification_by_the_police()
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, "system", _CONTEXT)
    assert not isinstance(base, Exception)
    refusals = 0
    for question in catalogue().for_kind("system"):
        if not question.id.startswith(("identification.", "annex_iii", "org_")):
            continue
        for _, sets in completions(trial_answers(question, "system", _CONTEXT), facts):
            lazy, eager = _assessed_both_ways(base, facts, sets)
            assert lazy == eager
            refusals += isinstance(lazy, str) and "contradict" in lazy.lower()
    assert refusals
    relevance.clear_cache()


@FEW
@given(st.one_of(interview_states(), interview_states("full", ("system", "model"))))
def test_every_trial_answer_is_assessed_the_same_with_the_list_read_late(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """Round 24 (goals.SETTLED_LAZY): every trial answer of every question not asked, assessed
    from the state's Assessment, is refused with the same reason or gives the same values with
    the switch on as off; and best() and rank() of ``full`` are the same."""
    kind, context, facts, asked = state
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return
    for question in catalogue().for_kind(kind):
        if question.id in asked:
            continue
        for _, sets in completions(trial_answers(question, kind, context), facts):
            lazy, eager = _assessed_both_ways(base, facts, sets)
            assert lazy == eager
    found = []
    for on in (True, False):
        with _switched(goals, "SETTLED_LAZY", on):
            found.append(best_and_rank(facts, kind, context, "full", asked))
    assert found[0] == found[1]


def test_a_contradiction_with_the_annex_iii_list_is_worded_the_same_with_the_list_read_late() -> (
    None
):
    """Round 24 (goals.SETTLED_LAZY; issue 12, item 11): the chatbot provider above with an
    Annex III list of point 4(b) only and whether it is an emotion recognition system left
    open (the list settles it as no: point 1(c) is missing); the answers that it infers
    emotions from biometric data (Art. 3(39)) contradict the list, and the refusal names the
    list and the point to add (the facts the list settles, found only where a conflict flag
    is true) the same with the switch on as off."""
    facts = _chatbot_provider()
    facts["annex_iii.points"] = ("4b",)
    del facts["transparency.emotion_recognition"]
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, "system", _CONTEXT)
    assert not isinstance(base, Exception)
    answers = {
        "biometrics.infers_emotions_or_intentions": True,
        "biometrics.emotions_from_biometric_data": True,
    }
    lazy, eager = _assessed_both_ways(base, facts, answers)
    assert lazy == eager
    assert isinstance(lazy, str) and "the list lacks point 1c" in lazy
    relevance.clear_cache()
