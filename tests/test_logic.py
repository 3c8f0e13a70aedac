"""The condition language: parsing, Kleene semantics, and the compiled evaluator."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiact.logic import (
    And,
    Atom,
    Condition,
    ConditionSyntaxError,
    Const,
    Not,
    Or,
    atoms,
    compile_condition,
    evaluate,
    k_and,
    k_not,
    k_or,
    parse,
)

NAMES = ["a", "b", "c", "x.y", "annex_iii.4a"]
truths = st.sampled_from([True, False, None])


def conditions() -> st.SearchStrategy[Condition]:
    leaves = st.one_of(st.sampled_from(NAMES).map(Atom), truths.map(Const))
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            inner.map(Not),
            st.lists(inner, min_size=2, max_size=4).map(lambda xs: And(tuple(xs))),
            st.lists(inner, min_size=2, max_size=4).map(lambda xs: Or(tuple(xs))),
        ),
        max_leaves=12,
    )


def test_kleene_truth_tables() -> None:
    """Strong Kleene logic: false dominates 'and', true dominates 'or', unknown otherwise."""
    assert k_and([True, None]) is None
    assert k_and([False, None]) is False
    assert k_or([True, None]) is True
    assert k_or([False, None]) is None
    assert k_not(None) is None
    assert k_and([]) is True and k_or([]) is False


def test_parse_precedence_and_printing() -> None:
    tree = parse("a and not b or c")
    assert tree == Or((And((Atom("a"), Not(Atom("b")))), Atom("c")))
    assert parse(str(tree)) == tree
    assert atoms(parse("annex_iii.4a and (x.y or not annex_iii.4a)")) == ("annex_iii.4a", "x.y")


@pytest.mark.parametrize("text", ["", "a and", "(a or b", "a b", "and a", "a or )", "a & b"])
def test_syntax_errors_are_clear(text: str) -> None:
    with pytest.raises(ConditionSyntaxError):
        parse(text)


@given(conditions(), st.fixed_dictionaries({n: truths for n in NAMES}))
def test_compiled_evaluator_equals_reference(
    condition: Condition, values: dict[str, bool | None]
) -> None:
    """The generated code has exactly the reference Kleene semantics."""
    assert compile_condition(condition)(values) == evaluate(condition, values)


@given(
    conditions(),
    st.fixed_dictionaries({n: truths for n in NAMES}),
    st.sampled_from(NAMES),
    st.booleans(),
)
def test_kleene_monotonicity(
    condition: Condition, values: dict[str, bool | None], name: str, known: bool
) -> None:
    """Making an unknown fact known never turns a decided value into its opposite."""
    if values[name] is not None:
        return
    before = evaluate(condition, values)
    after = evaluate(condition, {**values, name: known})
    if before is not None:
        assert after == before


@given(conditions())
def test_print_parse_round_trip(condition: Condition) -> None:
    values = {n: None for n in NAMES}
    reparsed = parse(str(condition))
    assert evaluate(reparsed, values) == evaluate(condition, values)
