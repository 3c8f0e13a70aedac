"""The aiact benchmark harness (not timed tests: it measures and reports).

Full run (about ten minutes on one core)::

    .venv/bin/python benchmarks/run.py

Quick smoke run for CI (a few seconds; checks the harness works, figures are not meaningful)::

    .venv/bin/python benchmarks/run.py --quick

Reports, as a table and optionally as JSON (``--json FILE``):

- single assessment latency (median, p99) per engine, without and with derivations ("full":
  tiers, obligations with deadlines, fine exposure, open questions, and the ``explain()`` of every
  classification predicate and of every obligation that applies or may apply);
- throughput of full assessments over a generated portfolio (100,000 cases; ``--portfolio N``),
  over 5,000 distinct cases each assessed for the first time,
  and over the 1,530-entry Algoritmeregister export (``aiact.interop.register``; skipped with a
  note where ``../shared`` is absent);
- peak memory and memory growth over the portfolio (tracemalloc + ru_maxrss);
- ``import aiact`` time and CLI start-up time (fresh subprocesses).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: `benchmarks` is then not importable
    sys.path.insert(0, str(ROOT))

from aiact.assessment import MODEL_CATEGORIES, SYSTEM_CATEGORIES, Assessment  # noqa: E402
from aiact.case import Case  # noqa: E402
from aiact.engine import EngineUnavailableError, get_engine  # noqa: E402
from benchmarks.report import write_report  # noqa: E402


def distinct_cases(size: int, seed: int = 20261128) -> list[Case]:
    """``size`` varied, valid cases drawn with hypothesis from the testing strategies
    (deterministic per seed; nearly all distinct)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hseed

    from aiact.testing import strategies as ais

    pool: list[Case] = []

    @hseed(seed)
    @settings(
        max_examples=size,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(ais.cases())
    def collect(case: Case) -> None:
        pool.append(case)

    collect()
    return pool


def generated_portfolio(size: int, seed: int = 20261128) -> list[Case]:
    """``size`` cases: a pool of up to 2,000 distinct cases (:func:`distinct_cases`) sampled with
    repetition, the way a real portfolio repeats similar systems."""
    pool = distinct_cases(min(size, 2000), seed)
    rnd = random.Random(seed)
    return [pool[rnd.randrange(len(pool))] for _ in range(size)]


def full(case: Case, engine: str = "native", derivations: bool = True) -> Assessment:
    """One full assessment: everything a user sees, materialised."""
    assessment = case.assess(engine=engine)
    assessment.risk_tier  # noqa: B018
    assessment.possible_tiers  # noqa: B018
    assessment.categories  # noqa: B018
    for result in assessment.obligation_results:
        result.deadline  # noqa: B018
    assessment.exposure  # noqa: B018
    if derivations:
        table = SYSTEM_CATEGORIES if assessment.kind == "system" else MODEL_CATEGORIES
        for _, predicate, _, _ in table:
            assessment.explain(predicate)
        for result in assessment.obligations:
            assessment.explain(result.id)
        assessment.open_questions  # noqa: B018
    return assessment


def latencies(cases: Sequence[Case], engine: str, derivations: bool) -> dict[str, float]:
    times: list[float] = []
    for case in cases:
        start = time.perf_counter()
        full(case, engine, derivations)
        times.append(time.perf_counter() - start)
    times.sort()
    return {
        "median_ms": statistics.median(times) * 1000,
        "p99_ms": times[min(len(times) - 1, int(len(times) * 0.99))] * 1000,
        "n": len(times),
    }


def throughput(
    cases: Sequence[Case], engine: str = "native", derivations: bool = True
) -> dict[str, float]:
    start = time.perf_counter()
    for case in cases:
        full(case, engine, derivations)
    seconds = time.perf_counter() - start
    return {"per_second": len(cases) / seconds, "seconds": seconds, "n": len(cases)}


def bare_program(cases: Sequence[Case]) -> dict[str, float]:
    """Throughput of the bare generated rule program (the native engine's compiled function of
    the input facts, no :class:`Evaluation`, no dates, obligations, exposure or explanations) on
    the input facts of ``cases``: the floor against which a full assessment is compared."""
    from aiact.engine.native import _program

    runs = []
    for case in cases:
        evaluation = case.assess().evaluation
        ruleset = evaluation.ruleset
        predicates = set(ruleset.predicates)
        inputs = {k: v for k, v in evaluation.values.items() if k not in predicates}
        runs.append((_program(ruleset)[0], inputs))
    start, cpu = time.perf_counter(), time.process_time()
    for program, inputs in runs:
        program(inputs)
    seconds = time.perf_counter() - start
    return {
        "per_second": len(runs) / seconds,
        "seconds": seconds,
        "cpu_seconds": time.process_time() - cpu,
        "n": len(runs),
    }


def first_seen(n_distinct: int, n_warm_up: int) -> dict[str, Any]:
    """Full assessments of ``n_distinct`` cases each seen for the first time (after a warm-up of
    other cases, so the rule sets are compiled), and the bare program on the same cases in the
    same run; ``ratio`` is how many times slower the full assessment is."""
    fresh_cases = distinct_cases(n_warm_up + n_distinct, seed=7)
    for case in fresh_cases[:n_warm_up]:
        full(case)
    measured = fresh_cases[n_warm_up:]
    # Generating the cases leaves about 1.5 million objects (hypothesis's garbage and the
    # cases): a full collection of them costs more than a second, and whether one falls inside
    # the timed run is chance (it moved one run by 30 %). Collected first, and what is left
    # (the cases themselves) frozen out of the collector while the runs are timed.
    gc.collect()
    gc.freeze()
    try:
        cpu = time.process_time()
        figures = throughput(measured)
        figures["cpu_seconds"] = time.process_time() - cpu
        bare = bare_program(measured)
    finally:
        gc.unfreeze()
    # On a shared machine wall-clock figures move with the other load; the CPU-time ratio moves
    # less, and both are reported.
    return {
        "full": figures,
        "bare_program": bare,
        "ratio": bare["per_second"] / figures["per_second"],
        "cpu_ratio": figures["cpu_seconds"] / bare["cpu_seconds"],
    }


def memory(cases: Sequence[Case]) -> dict[str, float]:
    """Memory growth over the portfolio: traced allocations still held after the first 10 % (warm
    caches) and after the whole run; and the peak."""
    warm = max(1, len(cases) // 10)
    for case in cases[:warm]:
        full(case)
    gc.collect()
    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    for case in cases[warm:]:
        full(case)
    gc.collect()
    end, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "growth_mb": (end - base) / 1e6,
        "traced_peak_mb": peak / 1e6,
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "n": len(cases) - warm,
    }


def fresh(code: list[str], repeat: int) -> dict[str, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(code, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return {"median_s": statistics.median(times), "min_s": min(times)}


def import_time(repeat: int) -> dict[str, float]:
    baseline = fresh([sys.executable, "-c", "pass"], repeat)
    with_import = fresh([sys.executable, "-c", "import aiact"], repeat)
    return {
        "median_s": with_import["median_s"] - baseline["median_s"],
        "interpreter_s": baseline["median_s"],
    }


def cli_time(repeat: int) -> dict[str, Any]:
    try:
        import aiact.cli  # noqa: F401
    except ImportError:
        return {"note": "no CLI (aiact.cli) yet"}
    return fresh([sys.executable, "-m", "aiact.cli", "--help"], repeat)


REGISTER_JSON = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "reference"
    / "algoritmeregister"
    / "algoritmes.json"
)


def register(engine: str) -> dict[str, Any]:
    """Throughput over the 1,530-entry Algoritmeregister export (mapped to partial cases)."""
    if not REGISTER_JSON.is_file():
        return {"note": f"register export not found at {REGISTER_JSON}: skipped"}
    from aiact.interop.register import _prepare, read_register_json

    as_of = dt.date(2026, 11, 28)
    prepared = [_prepare(entry, as_of, None) for entry in read_register_json(REGISTER_JSON)]
    cases = [case for case in prepared if isinstance(case, Case)]
    return {"entries": len(prepared), **throughput(cases, engine)}


def durable_ok() -> bool:
    try:
        get_engine("durable")
    except (EngineUnavailableError, ImportError):
        return False
    return True


def run(quick: bool, portfolio_size: int, out: str | None) -> dict[str, Any]:
    n_latency = 20 if quick else 2000
    n_portfolio = 60 if quick else portfolio_size
    n_distinct = 30 if quick else 5000
    n_distinct_warm_up = 30 if quick else 1000
    repeat = 1 if quick else 7
    report: dict[str, Any] = {"quick": quick, "python": sys.version.split()[0]}

    start = time.perf_counter()
    cases = generated_portfolio(n_portfolio)
    report["portfolio_generation_s"] = time.perf_counter() - start
    sample = cases[:n_latency]
    for case in sample:
        # Steady state: the rule sets are compiled and the pure caches (transitional answers,
        # decisive premises) have seen these cases once, as in a portfolio that repeats systems.
        full(case)

    engines = ["native"] + (["durable"] if durable_ok() else [])
    report["latency"] = {}
    for engine in engines:
        engine_sample = sample if engine == "native" else sample[: (5 if quick else 300)]
        report["latency"][engine] = {
            "without_derivations": latencies(engine_sample, engine, False),
            "with_derivations": latencies(engine_sample, engine, True),
        }
    report["throughput_generated"] = throughput(cases)
    report["throughput_generated_without_derivations"] = throughput(cases, derivations=False)
    # Every case seen for the first time: no pure-function cache has met it (a warm-up of other
    # cases first, so the rule sets are compiled and the per-rule caches are in use).
    seen = first_seen(n_distinct, n_distinct_warm_up)
    report["throughput_distinct_first_seen"] = seen["full"]
    report["bare_program_first_seen"] = seen["bare_program"]
    report["full_to_bare_ratio"] = seen["ratio"]
    if "durable" in engines:
        report["throughput_generated_durable"] = throughput(
            cases[: (5 if quick else 1000)], "durable"
        )
    report["throughput_register"] = register("native")
    report["memory"] = memory(cases)
    report["import_aiact"] = import_time(repeat)
    report["cli_help"] = cli_time(repeat)
    # A whole population at once: aiact.assess_frame over a columnar table (docs/population.md).
    try:
        import pandas  # noqa: F401
    except ImportError:
        report["frame"] = {"note": "pandas is not installed: pip install 'aiact[pandas]'"}
    else:
        from benchmarks import frame as frame_bench

        report["frame"] = frame_bench.run(
            2_000 if quick else 200_000, 40 if quick else 2_000, 1 if quick else 5
        )
    write_report(out, report, sort_keys=True)
    return report


def _print(report: dict[str, Any]) -> None:
    print(f"aiact benchmarks ({'quick' if report['quick'] else 'full'}), Python {report['python']}")
    for engine, parts in report["latency"].items():
        for mode, figures in parts.items():
            print(
                f"  latency {engine:8} {mode:20} median {figures['median_ms']:7.3f} ms   "
                f"p99 {figures['p99_ms']:7.3f} ms   (n={figures['n']})"
            )
    for key in (
        "throughput_generated",
        "throughput_generated_without_derivations",
        "throughput_distinct_first_seen",
        "bare_program_first_seen",
        "throughput_generated_durable",
        "throughput_register",
    ):
        figures = report.get(key)
        if figures is None:
            continue
        if "note" in figures:
            print(f"  {key}: {figures['note']}")
        else:
            print(f"  {key}: {figures['per_second']:,.0f} assessments/s (n={figures['n']:,})")
    if "full_to_bare_ratio" in report:
        ratio = report["full_to_bare_ratio"]
        print(f"  full assessment / bare program (first-seen cases): {ratio:.1f}x")
    m = report["memory"]
    print(
        f"  memory: growth {m['growth_mb']:.2f} MB over {m['n']:,} assessments; traced peak "
        f"{m['traced_peak_mb']:.1f} MB; max RSS {m['max_rss_mb']:.0f} MB"
    )
    print(f"  import aiact: {report['import_aiact']['median_s']:.3f} s (over a bare interpreter)")
    cli = report["cli_help"]
    print(
        f"  aiact --help: {cli['note'] if 'note' in cli else format(cli['median_s'], '.3f') + ' s'}"
    )
    frame = report.get("frame")
    if frame is not None and "note" in frame:
        print(f"  assess_frame: {frame['note']}")
    elif frame is not None:
        print(
            f"  assess_frame: {frame['tier_and_obligations']['rows_per_second']:,.0f} rows/s "
            f"(tier and obligations, {frame['rows']:,} rows); "
            f"{frame['with_exposure_and_questions']['rows_per_second']:,.0f} rows/s with exposure "
            "and open questions"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a few seconds: a CI smoke run")
    parser.add_argument("--portfolio", type=int, default=100_000, help="generated portfolio size")
    parser.add_argument("--json", dest="out", default=None, help="also write the report as JSON")
    parser.add_argument(
        "--first-seen-only",
        type=int,
        metavar="N",
        default=0,
        help="only the first-seen figure and its ratio to the bare program, over N cases",
    )
    parser.add_argument(
        "--memory-only",
        type=int,
        metavar="N",
        default=0,
        help="only memory growth over an N-case generated portfolio and the import time",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if args.memory_only:
        m = memory(generated_portfolio(args.memory_only))
        imported = import_time(5)
        print(
            f"memory: growth {m['growth_mb']:.2f} MB over {m['n']:,} assessments; traced peak "
            f"{m['traced_peak_mb']:.1f} MB; import aiact {imported['median_s']:.3f} s"
        )
        return 0
    if args.first_seen_only:
        seen = first_seen(args.first_seen_only, min(1000, args.first_seen_only // 5 + 1))
        full_figures, bare = seen["full"], seen["bare_program"]
        print(
            f"first-seen, full: {full_figures['per_second']:,.0f} /s "
            f"(cpu {full_figures['n'] / full_figures['cpu_seconds']:,.0f} /s); bare program: "
            f"{bare['per_second']:,.0f} /s (cpu {bare['n'] / bare['cpu_seconds']:,.0f} /s); "
            f"ratio {seen['ratio']:.1f}x (cpu {seen['cpu_ratio']:.1f}x; n={full_figures['n']:,})"
        )
        write_report(args.out, seen, sort_keys=True)
        return 0
    _print(run(args.quick, args.portfolio, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
