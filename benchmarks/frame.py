"""Populations at once (issue 18, target 2): rows per second of :func:`aiact.assess_frame`.

    .venv/bin/python benchmarks/frame.py                  # 200,000 rows (about a minute)
    .venv/bin/python benchmarks/frame.py --quick          # smoke (seconds; figures meaningless)
    .venv/bin/python benchmarks/frame.py --json out.json

The frame: ``--rows`` rows sampled with repetition from ``--distinct`` varied systems, each with
its own organisation (``organisation.*`` columns), drawn with hypothesis from the testing
strategies (deterministic per seed), lists as ``;``-text, flags as nullable booleans, dates as
dates. Reported, in CPU time (``time.process_time``; the best of ``--repeat`` runs):

* ``tier_and_obligations``: the tier on the date and every obligation's applicability, status
  and applies-from date (all column-wise; ``exposure=False, questions=False``), with the input
  checks;
* ``tier_and_obligations_one_organisation``: the same systems with one organisation for the
  whole frame (the ``organisation`` argument) instead of ``organisation.*`` columns per row;
* ``with_exposure_and_questions``: the same plus the maximum exposure and the open-question
  count, which are computed once per distinct input by the per-case engine (so their cost
  follows ``--distinct``, not ``--rows``);
* ``bare_program_per_case``: the native engine's generated program, one case at a time, on the
  distinct systems' inputs: the per-case floor the column-wise rate is compared with (ratio).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.report import write_report  # noqa: E402

AS_OF = "2027-06-01"


def population(distinct: int, seed: int = 20261204) -> tuple[list[Any], list[Any]]:
    """``distinct`` (system, organisation) pairs, consistent with each other."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hseed
    from hypothesis import strategies as st

    from aiact.testing import strategies as ais

    systems: list[Any] = []
    organisations: list[Any] = []

    @hseed(seed)
    @settings(
        max_examples=distinct, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(st.tuples(ais.ai_systems(), ais.organisations()))
    def collect(pair: tuple[Any, Any]) -> None:
        system, org = pair
        systems.append(ais.consistent_with(system, org))
        organisations.append(org)

    collect()
    return systems, organisations


def build_frame(rows: int, distinct: int, seed: int = 20261204) -> tuple[Any, list[Any], list[Any]]:
    import pandas as pd

    from aiact.frame import systems_frame

    systems, organisations = population(distinct, seed)
    base = systems_frame(systems, organisations)
    rnd = random.Random(seed)
    picks = [rnd.randrange(len(base)) for _ in range(rows)]
    frame = base.iloc[picks].reset_index(drop=True)
    assert isinstance(frame, pd.DataFrame)
    return frame, systems, organisations


def _best(run: Any, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def bare_program(systems: Sequence[Any], organisations: Sequence[Any]) -> dict[str, float]:
    """The native generated program per case on the distinct systems' inputs."""
    from aiact.api import assess
    from aiact.engine.native import _program

    runs = []
    for system, org in zip(systems, organisations, strict=True):
        try:
            evaluation = assess(system, org, AS_OF).evaluation
        except ValueError:
            continue
        predicates = evaluation.ruleset.predicates
        inputs = {k: v for k, v in evaluation.values.items() if k not in predicates}
        runs.append((_program(evaluation.ruleset)[0], inputs))
    start = time.process_time()
    for program, inputs in runs:
        program(inputs)
    seconds = time.process_time() - start
    return {"per_second": len(runs) / seconds, "cpu_seconds": seconds, "n": len(runs)}


def run(rows: int, distinct: int, repeat: int, out: str | None = None) -> dict[str, Any]:
    from aiact.frame import assess_frame

    frame, systems, organisations = build_frame(rows, distinct)
    assess_frame(frame.head(50), None, AS_OF)  # compile the program once, outside the timing
    report: dict[str, Any] = {"rows": rows, "distinct": distinct, "repeat": repeat}
    seconds = _best(
        lambda: assess_frame(frame, None, AS_OF, exposure=False, questions=False), repeat
    )
    report["tier_and_obligations"] = {"rows_per_second": rows / seconds, "cpu_seconds": seconds}
    # The same systems, one organisation for the whole frame (the argument): no per-row
    # organisation columns to group.
    systems_only = frame[[c for c in frame.columns if not c.startswith("organisation.")]]
    seconds = _best(
        lambda: assess_frame(
            systems_only, organisations[0], AS_OF, exposure=False, questions=False
        ),
        repeat,
    )
    report["tier_and_obligations_one_organisation"] = {
        "rows_per_second": rows / seconds,
        "cpu_seconds": seconds,
    }
    seconds = _best(lambda: assess_frame(frame, None, AS_OF), max(1, repeat // 2))
    report["with_exposure_and_questions"] = {
        "rows_per_second": rows / seconds,
        "cpu_seconds": seconds,
    }
    bare = bare_program(systems, organisations)
    report["bare_program_per_case"] = bare
    report["frame_to_bare_ratio"] = (
        report["tier_and_obligations"]["rows_per_second"] / bare["per_second"]
    )
    write_report(out, report, sort_keys=True)
    return report


def _print(report: dict[str, Any]) -> None:
    print(
        f"assess_frame: {report['rows']:,} rows from {report['distinct']:,} distinct systems "
        f"(CPU time, best of {report['repeat']})"
    )
    for key in (
        "tier_and_obligations",
        "tier_and_obligations_one_organisation",
        "with_exposure_and_questions",
    ):
        figures = report[key]
        print(
            f"  {key:38} {figures['rows_per_second']:12,.0f} rows/s   "
            f"({figures['cpu_seconds']:.2f} s CPU)"
        )
    bare = report["bare_program_per_case"]
    print(
        f"  {'bare program, per case':38} {bare['per_second']:12,.0f} cases/s   "
        f"(column-wise / per case: {report['frame_to_bare_ratio']:.1f}x)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--distinct", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="a smoke run (figures meaningless)")
    parser.add_argument("--json", dest="out", help="also write the report as JSON")
    args = parser.parse_args(argv)
    if args.quick:
        args.rows, args.distinct, args.repeat = 2_000, 40, 1
    _print(run(args.rows, args.distinct, args.repeat, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
