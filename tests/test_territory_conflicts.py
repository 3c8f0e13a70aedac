"""Contradictory territory answers are refused (round 13, terr14; reviews 22 and 23 found them
accepted): ``exclusions.placed_or_used_in_eu`` false ("not placed on the market, put into
service or used in the Union", Art. 2(1)(a)-(b)) with a fact that means the system is placed
on the market, put into service or used in the Union (``aiact.facts.IN_THE_UNION``):

* ``roles.importer``: an importer "places on the market" (Art. 3(6)), and placing on the market
  is "the first making available ... on the Union market" (Art. 3(9));
* ``roles.distributor``: a distributor "makes an AI system available on the Union market" (Art.
  3(7)); a system made available there has had its first making available there (Art. 3(9));
* ``exclusions.made_available_on_union_market`` (Art. 3(10)), likewise;
* ``exclusions.used_in_eu_by_organisation``: the organisation uses the system in the Union, so
  it is used there (and a provider's own use is its putting into service "for own use in the
  Union", Art. 3(11)).

Each is refused with the field named, through every path that checks input: ``aiact.assess``, a
case file, the frame, the interview and the trial answers of the question search."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lawquote import quote, quote_nl

import aiact
from aiact.case import CaseError, parse_case_text
from aiact.facts import IN_THE_UNION, AISystem
from aiact.interview import Interview
from aiact.questions.goals import Context, assess_facts, refused
from aiact.questions.model import QuestionError
from aiact.testing import strategies as ais

_AS_OF = "2028-01-10"
_FIELD = "exclusions.placed_or_used_in_eu"
_FACTS = tuple(path for path, _ in IN_THE_UNION)


def _quote(path: str) -> None:
    """The words of the law each refusal rests on (Art. 2(1), 3(6), 3(7), 3(9)-(11); not
    amended by Regulation (EU) 2026/1744)."""
    quote(
        "2",
        "providers placing on the market or putting into service AI systems or placing on the "
        "market general-purpose AI models in the Union",
        "both",
    )
    quote("3", "'placing on the market' means the first making available of an AI system", "both")
    quote_nl("het voor het eerst in de Unie op de markt aanbieden van een AI-systeem")
    if path == "roles.importer":
        quote(
            "3",
            "'importer' means a natural or legal person located or established in the Union "
            "that places on the market an AI system",
            "both",
        )
    elif path == "roles.distributor":
        quote(
            "3",
            "other than the provider or the importer, that makes an AI system available on the "
            "Union market",
            "both",
        )
        quote_nl("die een AI-systeem in de Unie op de markt aanbiedt")
    elif path == "exclusions.made_available_on_union_market":
        quote(
            "3",
            "'making available on the market' means the supply of an AI system or a "
            "general-purpose AI model for distribution or use on the Union market",
            "both",
        )
    else:
        quote("2", "deployers of AI systems that have their place of establishment or are located")
        quote("3", "for first use directly to the deployer or for own use in the Union", "both")


def _system(path: str, placed: bool | None = False) -> dict[str, Any]:
    """An AI system of Annex III point 4(a) that states ``path`` true and the placing, putting
    into service or use in the Union as ``placed``."""
    group, name = path.split(".")
    roles: dict[str, bool] = {"deployer": True} if group != "roles" else {}
    system: dict[str, Any] = {
        "is_ai_system": True,
        "roles": roles,
        "exclusions": {"placed_or_used_in_eu": placed, "output_used_in_eu": True},
        "annex_iii": {"points": ["4a"], "biometric_verification_only": False},
    }
    system[group] = {**system[group], name: True}
    return system


_NL = {"kind": "private_undertaking", "member_state": "NL"}


@pytest.mark.parametrize("path", _FACTS)
def test_assess_refuses_the_pair_naming_both_fields(path: str) -> None:
    _quote(path)
    with pytest.raises(aiact.InputError) as caught:
        aiact.assess(_system(path), _NL, _AS_OF)
    (problem,) = caught.value.problems
    assert problem.path == f"system.{_FIELD}"
    assert problem.kind == "contradiction"
    assert problem.params["other"] == f"system.{path}"
    message = str(caught.value)
    assert path in message and "Art. 3(" in message and "Art. 2(1)(a)-(b)" in message


@pytest.mark.parametrize("path", _FACTS)
@pytest.mark.parametrize("placed", [True, None])
def test_the_fact_with_the_placing_true_or_unknown_is_accepted(
    path: str, placed: bool | None
) -> None:
    """Only a given false contradicts: an unknown placing stays unknown (Kleene), never
    refused."""
    _quote(path)
    assert aiact.assess(_system(path, placed), _NL, _AS_OF).in_scope is not False


def test_every_fact_true_is_named_in_one_error() -> None:
    quote("3", "that makes an AI system available on the Union market", "both")
    system = _system("exclusions.used_in_eu_by_organisation")
    system["roles"] = {"distributor": True, "deployer": True}
    system["exclusions"]["made_available_on_union_market"] = True
    with pytest.raises(aiact.InputError) as caught:
        aiact.assess(system, _NL, _AS_OF)
    (problem,) = caught.value.problems
    assert problem.params["others"] == 3
    for path in ("roles.distributor", *_FACTS[2:]):
        assert f"system.{path}" in problem.params["other"]


@pytest.mark.parametrize("path", _FACTS)
def test_a_case_file_with_the_pair_is_refused(path: str) -> None:
    _quote(path)
    group, name = path.split(".")
    text = (
        f"as_of: {_AS_OF}\n"
        "organisation: {kind: private_undertaking, member_state: NL}\n"
        "system:\n"
        "  is_ai_system: true\n"
        "  exclusions:\n"
        "    placed_or_used_in_eu: false\n"
        f"{'    ' + name + ': true' if group == 'exclusions' else ''}\n"
        f"  roles: {{{name if group == 'roles' else 'deployer'}: true}}\n"
    )
    with pytest.raises(CaseError) as caught:
        parse_case_text(text, source="case.yaml")
    (problem,) = caught.value.problems
    assert problem.path == f"system.{_FIELD}"
    assert problem.params["other"] == f"system.{path}"
    assert "case.yaml" in str(caught.value)


@pytest.mark.parametrize("path", _FACTS)
@pytest.mark.parametrize("per_case", [False, True])
def test_the_frame_refuses_the_pair_naming_row_and_field(path: str, per_case: bool) -> None:
    """The vectorised path validates one row per distinct combination of the fields the
    validators read (aiact/frame.py ``_VALIDATED``): the row with the pair is found among
    rows that differ only there, also without the exposure and the open questions (which
    assess each distinct row with the per-case engine)."""
    pd = pytest.importorskip("pandas")
    _quote(path)
    frame = pd.DataFrame(
        {
            "is_ai_system": [True, True, True],
            _FIELD: [False, True, False],
            path: [False, True, True],
        }
    )
    with pytest.raises(aiact.InputError) as caught:
        aiact.assess_frame(frame, None, _AS_OF, exposure=per_case, questions=per_case)
    (problem,) = caught.value.problems
    assert problem.path == f"rows[2].{_FIELD}"
    assert problem.params["other"] == f"rows[2].{path}"


_ANSWERS = {
    "roles.importer": ("roles", ["importer"]),
    "roles.distributor": ("roles", ["distributor"]),
    "exclusions.made_available_on_union_market": ("system_made_available", "yes"),
    "exclusions.used_in_eu_by_organisation": ("org_uses_in_eu", "yes"),
}
"""The interview's answer that states each fact."""


@pytest.mark.parametrize("path", _FACTS)
def test_the_interview_refuses_an_answer_that_contradicts(path: str) -> None:
    """Either order: the fact after "none of these" to the territory question, and the
    territory answer "only the output is used in the EU" after the fact."""
    _quote(path)
    question, answer = _ANSWERS[path]
    start = Interview.start(_AS_OF, kind="system", case={"organisation": _NL})
    abroad = start.answer([], "territory")
    with pytest.raises(QuestionError) as caught:
        abroad.answer(answer, question)
    assert _FIELD in str(caught.value) and path in str(caught.value)
    stated = start.answer(answer, question)
    with pytest.raises(QuestionError) as caught:
        stated.answer(["output_in_eu"], "territory")
    assert _FIELD in str(caught.value) and path in str(caught.value)
    assert stated.answer(["in_eu"], "territory").facts[_FIELD] is True


@pytest.mark.parametrize("path", _FACTS)
def test_a_trial_answer_with_the_pair_is_never_a_witness(path: str) -> None:
    """The question search skips a trial answer the input checks refuse
    (aiact.questions.goals.refused), as the full trial does."""
    _quote(path)
    base = assess_facts(
        {"is_ai_system": True, _FIELD: False, "organisation.member_state": "US"},
        "system",
        Context(dt.date(2028, 1, 10)),
    )
    assert refused(base, {path: True}, {})
    assert not refused(base, {path: False}, {})


@settings(max_examples=200, deadline=None)
@given(ais.ai_systems())
def test_no_generated_system_has_the_pair(system: AISystem) -> None:
    """The strategies users rely on never draw a case the validators refuse."""
    for path in _FACTS:
        _quote(path)
    if system.exclusions.placed_or_used_in_eu is False:
        for path in _FACTS:
            group, name = path.split(".")
            assert getattr(getattr(system, group), name) is not True, path


_TRUTHS = st.sampled_from((None, False, True))


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({path: _TRUTHS for path in (_FIELD, *_FACTS)}))
def test_no_valid_system_has_the_pair(values: dict[str, bool | None]) -> None:
    """Property: an AISystem with these facts validates exactly when the placing is not given
    as false or no fact of IN_THE_UNION is given as true."""
    for path in _FACTS:
        _quote(path)
    data: dict[str, dict[str, bool | None]] = {"roles": {}, "exclusions": {}}
    for path, value in values.items():
        group, name = path.split(".")
        data[group][name] = value
    if data["roles"]["importer"] and data["roles"]["distributor"]:
        data["roles"]["distributor"] = None  # Art. 3(7), refused on its own
    pair = values[_FIELD] is False and any(data[p.split(".")[0]][p.split(".")[1]] for p in _FACTS)
    try:
        AISystem.model_validate(data)
    except ValueError as error:
        assert pair, error
        assert str(error).count(_FIELD) >= 1
    else:
        assert not pair
