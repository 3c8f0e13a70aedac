"""What an engine returns, and the interface both engines implement."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from aiact.logic import Truth
from aiact.ruleset import RuleSet


@dataclass(frozen=True)
class Evaluation:
    """The outcome of one evaluation: the value of every input and predicate, and of every rule.

    Derivations are built from these (``aiact.derivation``); two engines agree when both maps are
    equal.
    """

    ruleset: RuleSet
    values: Mapping[str, Truth]
    rule_values: Mapping[str, Truth]
    engine: str

    def value(self, name: str) -> Truth:
        return self.values.get(name)


class Engine(Protocol):
    """A forward-chaining evaluator of a :class:`RuleSet` over three-valued input facts."""

    name: str

    def evaluate(self, ruleset: RuleSet, inputs: Mapping[str, Truth]) -> Evaluation: ...


class EngineUnavailableError(RuntimeError):
    """The requested engine cannot run here; the message says why and what to do."""
