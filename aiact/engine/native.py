"""The native engine: stratified forward chaining in plain Python (the default).

Predicates are evaluated in the topological order computed at load (``RuleSet.order``), so each
rule sees final values for everything it reads; a predicate concluded by several rules is their
Kleene disjunction. The engine holds no legal knowledge: everything comes from the declarations.
"""

from __future__ import annotations

from collections.abc import Mapping

from aiact.engine.base import Evaluation
from aiact.logic import Evaluator, Truth
from aiact.ruleset import RuleSet


class NativeEngine:
    """Evaluate a rule set in one pass over its strata."""

    name = "native"

    def evaluate(self, ruleset: RuleSet, inputs: Mapping[str, Truth]) -> Evaluation:
        values: dict[str, Truth] = dict(inputs)
        rule_values: dict[str, Truth] = {}
        for predicate, rules in _plan(ruleset):
            result: Truth = False
            for rule_id, function in rules:
                value = function(values)
                rule_values[rule_id] = value
                if value is True:
                    result = True
                elif value is None and result is False:
                    result = None
            values[predicate] = result
        return Evaluation(ruleset=ruleset, values=values, rule_values=rule_values, engine=self.name)


_Plan = tuple[tuple[str, tuple[tuple[str, Evaluator], ...]], ...]
_PLANS: dict[int, tuple[RuleSet, _Plan]] = {}


def _plan(ruleset: RuleSet) -> _Plan:
    """The strata as a flat tuple of (predicate, ((rule id, compiled condition), ...)), prepared
    once per rule set (rule sets are compiled once and kept for the life of the process)."""
    entry = _PLANS.get(id(ruleset))
    if entry is None or entry[0] is not ruleset:
        plan = tuple(
            (
                predicate,
                tuple((c.rule.id, c.evaluate) for c in ruleset.by_predicate[predicate]),
            )
            for predicate in ruleset.order
        )
        entry = (ruleset, plan)
        _PLANS[id(ruleset)] = entry
    return entry[1]


NATIVE = NativeEngine()
