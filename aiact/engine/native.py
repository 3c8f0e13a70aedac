"""The native engine: stratified forward chaining in plain Python (the default).

Predicates are evaluated in the topological order computed at load (``RuleSet.order``), so each
rule sees final values for everything it reads; a predicate concluded by several rules is their
Kleene disjunction. The engine holds no legal knowledge: everything comes from the declarations.
"""

from __future__ import annotations

from collections.abc import Mapping

from aiact.engine.base import Evaluation
from aiact.logic import Truth
from aiact.ruleset import RuleSet


class NativeEngine:
    """Evaluate a rule set in one pass over its strata."""

    name = "native"

    def evaluate(self, ruleset: RuleSet, inputs: Mapping[str, Truth]) -> Evaluation:
        values: dict[str, Truth] = dict(inputs)
        rule_values: dict[str, Truth] = {}
        by_predicate = ruleset.by_predicate
        for predicate in ruleset.order:
            result: Truth = False
            for compiled in by_predicate[predicate]:
                value = compiled.evaluate(values)
                rule_values[compiled.rule.id] = value
                if value is True:
                    result = True
                elif value is None and result is False:
                    result = None
            values[predicate] = result
        return Evaluation(ruleset=ruleset, values=values, rule_values=rule_values, engine=self.name)


NATIVE = NativeEngine()
