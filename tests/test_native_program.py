"""The native engine's generated program (one function per rule set) against the rule-by-rule
evaluation through each rule's own compiled condition (``evaluate_stepwise``), which the logic
tests in turn hold to the reference Kleene evaluator. Both must give the same value for every
input, every predicate and every rule: derivations, obligations and classifications are read
from these maps.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiact.engine.compile import ruleset_for
from aiact.engine.native import NATIVE, compile_ruleset, evaluate_stepwise
from aiact.logic import Truth
from aiact.ruleset import Rule, RuleSet, RuleSetError, compile_rules
from aiact.versions import LawVersion

RULESETS = {
    (kind, law): ruleset_for(kind, law) for kind in ("system", "model") for law in LawVersion
}


@st.composite
def cases(draw: st.DrawFn) -> tuple[RuleSet, dict[str, Truth]]:
    ruleset = draw(st.sampled_from(sorted(RULESETS.items(), key=lambda kv: str(kv[0]))))[1]
    names = sorted(ruleset.inputs)
    # Each input: true, false, explicitly unknown, or absent (also unknown).
    values = draw(
        st.lists(
            st.sampled_from((True, False, None, "absent")), min_size=len(names), max_size=len(names)
        )
    )
    return ruleset, {n: v for n, v in zip(names, values, strict=True) if v != "absent"}


@settings(max_examples=400)
@given(cases())
def test_the_generated_program_agrees_with_rule_by_rule_evaluation(
    case: tuple[RuleSet, dict[str, Truth]],
) -> None:
    ruleset, inputs = case
    fast = NATIVE.evaluate(ruleset, inputs)
    slow = evaluate_stepwise(ruleset, inputs)
    assert fast.values == slow.values
    assert fast.rule_values == slow.rule_values
    assert list(fast.rule_values) == [r.id for p in ruleset.order for r in ruleset.rules_for(p)]


@pytest.mark.parametrize("key", sorted(RULESETS, key=str))
def test_the_generated_program_agrees_when_everything_is_unknown_or_known(
    key: tuple[str, LawVersion],
) -> None:
    ruleset = RULESETS[key]
    for fill in (None, True, False):
        inputs = dict.fromkeys(ruleset.inputs, fill)
        assert NATIVE.evaluate(ruleset, inputs).values == evaluate_stepwise(ruleset, inputs).values
    assert NATIVE.evaluate(ruleset, {}).rule_values == evaluate_stepwise(ruleset, {}).rule_values


def test_a_rule_set_out_of_order_is_refused_with_the_rule_named() -> None:
    rules = [
        Rule("r.a", "a", "x", "Art. 6(1)", "a", "a"),
        Rule("r.b", "b", "a and y", "Art. 6(2)", "b", "b"),
    ]
    ruleset = compile_rules(rules, LawVersion.ORIGINAL, {"x", "y"})
    broken = dataclasses.replace(ruleset, order=tuple(reversed(ruleset.order)))
    with pytest.raises(RuleSetError, match=r"'r\.b' reads 'a' before it is concluded"):
        compile_ruleset(broken)
