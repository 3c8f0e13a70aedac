"""Where a durable-engine evaluation spends its CPU time: inside durable-rules' C core or in
aiact's glue (docs/performance.md, "Test suite time and durable engine (round 4)").

    .venv/bin/python -m benchmarks.durable_split [--cases N]

Evaluates the input facts of ``N`` generated portfolio cases with the durable engine, once with
every call into ``durable_rules_engine`` timed (``time.process_time_ns``) and once untimed, and
prints per kind of rule set (system, model) the CPU per evaluation, the share inside durable-rules
per call, the network's size and the facts and right activations (fact x literal matches) of one
evaluation. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from aiact.engine import durable as D
from aiact.logic import Truth
from aiact.ruleset import RuleSet
from benchmarks.run import generated_portfolio


class _Timed:
    """Wraps the durable-rules module: every call is timed into ``spent``."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.spent: dict[str, list[int]] = {}

    def __getattr__(self, name: str) -> Callable[..., Any]:
        function = getattr(self.real, name)

        def timed(*args: Any) -> Any:
            start = time.process_time_ns()
            try:
                return function(*args)
            finally:
                entry = self.spent.setdefault(name, [0, 0])
                entry[0] += time.process_time_ns() - start
                entry[1] += 1

        return timed


def _activations(
    engine: D.DurableEngine, ruleset: RuleSet, inputs: dict[str, Truth]
) -> tuple[int, int]:
    """Facts asserted and right activations (fact x matching literal) of one evaluation."""
    network = engine.network(ruleset)
    literals: dict[str, list[frozenset[str]]] = defaultdict(list)
    for _, rule in network.rules():
        for join in rule["all"]:
            pattern = next(iter(join.values()))
            if "$and" in pattern:
                name, test = pattern["$and"][1]["n"], pattern["$and"][2]
                values = {test["v"]} if "v" in test else D.ALL_VALUES - {test["$neq"]["v"]}
                literals[name].append(frozenset(values))
    encoded = [(n, D._encode(inputs.get(n))) for n in network.input_names]
    with D._LOCK:
        fired = engine._run(engine._session(network), encoded)
    facts = encoded + [
        (network.definitions[network.actions[a][0]].target, network.actions[a][1])
        for a in fired
        if a >= 0
    ]
    return len(facts), sum(1 for n, v in facts for values in literals[n] if v in values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=300)
    args = parser.parse_args()
    engine = D.durable_engine()
    runs = []
    for case in generated_portfolio(args.cases):
        evaluation = case.assess().evaluation
        predicates = set(evaluation.ruleset.predicates)
        inputs = {k: v for k, v in evaluation.values.items() if k not in predicates}
        runs.append((evaluation.ruleset, inputs))
    for ruleset, inputs in runs[:30]:  # compile and register the networks first
        engine.evaluate(ruleset, inputs)
    real = engine._c
    for label, group in (
        ("system", [r for r in runs if len(r[0].inputs) > 100]),
        ("model", [r for r in runs if len(r[0].inputs) <= 100]),
    ):
        if not group:
            continue
        timed = _Timed(real)
        engine._c = timed
        start = time.process_time_ns()
        try:
            for ruleset, inputs in group:
                engine.evaluate(ruleset, inputs)
        finally:
            engine._c = real
        instrumented = (time.process_time_ns() - start) / len(group) / 1e6
        start = time.process_time_ns()
        for ruleset, inputs in group:
            engine.evaluate(ruleset, inputs)
        untimed = (time.process_time_ns() - start) / len(group) / 1e6
        inside = sum(spent for spent, _ in timed.spent.values()) / len(group) / 1e6
        network = engine.network(group[0][0])
        facts, activations = _activations(engine, *group[0])
        print(
            f"{label}: {len(group)} evaluations, {untimed:.2f} ms CPU each ({instrumented:.2f} "
            f"ms timed: {inside:.2f} ms inside durable-rules, {instrumented - inside:.2f} ms "
            f"glue and timing); network "
            f"{network.durable_rules} rules in {len(network.parts)} parts, "
            f"{network.joined_literals} joined literals; first case {facts} facts, "
            f"{activations} right activations"
        )
        for name, (spent, calls) in sorted(timed.spent.items(), key=lambda item: -item[1][0]):
            print(
                f"  {name:28} {spent / len(group) / 1e6:7.3f} ms  {calls / len(group):7.1f} calls"
                f"  {spent / calls / 1e3:7.1f} us/call"
            )


if __name__ == "__main__":
    main()
