"""The durable engine's network in parts (round 16): size, compile time and evaluation time per
variant, side by side in one process (docs/performance.md, "Durable engine: a network in parts").

    .venv/bin/python -m benchmarks.durable_parts [--cases N] [--rounds R] [--max-terms 10 32]
    .venv/bin/python -m benchmarks.durable_parts --max-terms --part-limits 1000 4000 500
    git show d78cf00:aiact/engine/durable.py > /tmp/before.py
    .venv/bin/python -m benchmarks.durable_parts --before /tmp/before.py

Each variant is its own copy of the engine module (``aiact/engine/durable.py`` with ``MAX_TERMS``
set; ``--before FILE``: an older durable.py, as it is) with its own engine. Every variant compiles
and registers the amended system rule set (CPU time, ``time.process_time``), then the variants
take turns, ``R`` rounds in a rotating order, each evaluating the same ``N`` input maps (the
inputs of generated portfolio cases, then random three-valued maps); the median per-evaluation
CPU time over the rounds is reported, and the compile time (median of 5, without registering).
Every evaluation is checked against the native engine once.
A measurement, not a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from aiact.engine.compile import ruleset_for
from aiact.engine.native import NATIVE
from aiact.logic import Truth
from aiact.ruleset import RuleSet
from aiact.versions import LawVersion
from benchmarks.run import generated_portfolio

HERE = Path(__file__).resolve().parent.parent / "aiact" / "engine" / "durable.py"


def _module(path: Path, label: str, max_terms: int | None) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_durable_variant_{label}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    if max_terms is not None:
        module.MAX_TERMS = max_terms
        module._BLOWUP = 4 * max_terms
    return module


def _inputs(ruleset: RuleSet, cases: int) -> list[dict[str, Truth]]:
    out: list[dict[str, Truth]] = []
    for case in generated_portfolio(cases * 3):
        evaluation = case.assess().evaluation
        if len(evaluation.ruleset.inputs) <= 100:  # a model case
            continue
        out.append({n: evaluation.values.get(n) for n in ruleset.inputs})
        if len(out) == cases // 2:
            break
    rnd = random.Random(16)
    while len(out) < cases:
        out.append({n: rnd.choice((True, False, None)) for n in sorted(ruleset.inputs)})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--max-terms", type=int, nargs="*", default=[10, 16, 32])
    parser.add_argument(
        "--part-limits",
        type=int,
        nargs="*",
        default=[],
        help="more variants: MAX_TERMS 10, parts of at most this many rules (PART_RULE_LIMIT)",
    )
    parser.add_argument("--before", type=Path, help="an older aiact/engine/durable.py")
    args = parser.parse_args()
    ruleset = ruleset_for("system", LawVersion.AMENDED)
    variants: list[tuple[str, Any, dict[str, int]]] = []
    if args.before:
        module = _module(args.before, "before", None)
        variants.append((f"before (MAX_TERMS {module.MAX_TERMS})", module, {}))
    for terms in args.max_terms:
        module = _module(HERE, f"t{terms}", terms)
        variants.append((f"parts, MAX_TERMS {terms}", module, {}))
    for limit in args.part_limits:
        module = _module(HERE, f"p{limit}", None)
        variants.append((f"parts of <= {limit}, MAX_TERMS 10", module, {"part_limit": limit}))
    inputs = _inputs(ruleset, args.cases)
    expected = [NATIVE.evaluate(ruleset, i) for i in inputs]
    engines: list[tuple[str, Any, dict[str, int]]] = []
    for label, module, options in variants:
        compile_times = []
        for _ in range(5):
            start = time.process_time()
            module._compile(ruleset, "timing", *options.values())
            compile_times.append(time.process_time() - start)
        engine = module.DurableEngine(module._import_durable())
        start = time.process_time()
        try:
            network = engine.network(ruleset, *options.values())
        except Exception as error:  # e.g. the old engine refusing MAX_TERMS 32
            print(f"{label}: refused: {error}")
            continue
        compiled = time.process_time() - start
        parts = getattr(network, "parts", None)
        sizes = [p.durable_rules for p in parts] if parts else [network.durable_rules]
        carried = sum(len(p.input_names) for p in parts[1:]) if parts else 0
        print(
            f"{label}: {network.durable_rules} durable rules in {len(sizes)} part(s) {sizes}, "
            f"{network.joined_literals} joined literals, {len(network.definitions)} facts defined,"
            f" {carried} facts asserted into later parts; compile "
            f"{statistics.median(compile_times):.2f} s CPU (median of 5), compile+register "
            f"{compiled:.2f} s"
        )
        for value, result in zip(inputs, expected, strict=True):
            got = engine.evaluate(ruleset, value, **options)
            assert dict(got.values) == dict(result.values), label
            assert dict(got.rule_values) == dict(result.rule_values), label
        engines.append((label, engine, options))
    times: dict[str, list[float]] = {label: [] for label, _, _ in engines}
    for round_ in range(args.rounds):
        order = engines[round_ % len(engines) :] + engines[: round_ % len(engines)]
        for label, engine, options in order:
            start = time.process_time()
            for value in inputs:
                engine.evaluate(ruleset, value, **options)
            times[label].append((time.process_time() - start) / len(inputs) * 1e3)
    for label, spent in times.items():
        print(
            f"{label}: {statistics.median(spent):.2f} ms CPU per evaluation (median of "
            f"{len(spent)} rounds of {len(inputs)}; min {min(spent):.2f}, max {max(spent):.2f})"
        )


if __name__ == "__main__":
    main()
