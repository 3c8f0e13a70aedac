"""What an engine returns, and the interface both engines implement."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

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

    if not TYPE_CHECKING:  # hidden from the type checker, which would accept any attribute

        def __getattr__(self, name: str) -> object:
            """``rule_values`` of an evaluation made by the native engine
            (:meth:`~aiact.engine.native.NativeEngine.evaluate_into`), built when first read
            from the program's result tuple: a full assessment reads the rule values by
            position (the derivation builder), so the map is made only for a caller that asks
            for it (the interview, the durable comparison, ``dataclasses.replace``)."""
            if name == "rule_values":
                state = self.__dict__
                pending = state.get("_rule_ids")
                if pending is not None:
                    found = dict(zip(pending, state["_results"][1]))  # noqa: B905
                    return state.setdefault("rule_values", found)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


class Engine(Protocol):
    """A forward-chaining evaluator of a :class:`RuleSet` over three-valued input facts."""

    name: str

    def evaluate(self, ruleset: RuleSet, inputs: Mapping[str, Truth]) -> Evaluation: ...


class EngineUnavailableError(RuntimeError):
    """The requested engine cannot run here; the message says why and what to do."""
