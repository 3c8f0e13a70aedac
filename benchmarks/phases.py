"""Phase timer: the CPU time of each phase of a full assessment over first-seen cases.

A full assessment (the definition of ``benchmarks/run.py``: ``full``) is cut into six phases,
each timed in CPU time (``time.process_time_ns``) per case:

- ``assess``: ``case.assess()`` (the generated rule program, the evaluation);
- ``tiers``: the risk tier, the possible tiers and the categories;
- ``obligations``: every obligation result with its deadline;
- ``exposure``: the fine-exposure report;
- ``explain``: ``explain()`` of every category and of every obligation that applies or may;
- ``questions``: the open questions.

The cases are first-seen as in ``run.py --first-seen-only``: generated with hypothesis
(``distinct_cases``), a warm-up of other cases first (the rule sets compiled, the per-rule
caches in use), the heap collected and frozen out of the collector before the timing.

Usage::

    python benchmarks/phases.py                    # 3,000 cases after 1,000, this tree
    python benchmarks/phases.py --n 1000 --warm-up 300 --seed 12345
    python benchmarks/phases.py --profile          # cProfile of the timed cases, per module
    python benchmarks/phases.py --ab TREE_A TREE_B # A/B of two code trees, in lockstep

Run plainly, the cases are generated in the process, so a tree with compiled modules gets other
cases than a pure one from the same seed (see below): compare trees with ``--ab``.

``--ab`` generates the cases once, in this process, and writes them as case JSON for one worker
process per tree (``PYTHONPATH=TREE``; the tree need not hold this file): hypothesis draws text
from the literals of the modules it finds loaded as source, so a tree with compiled modules
would generate other cases from the same seed. Each worker reads the cases and warms up; then
they take turns over chunks of ``--chunk`` cases (which goes first alternates), so only one runs
at a time and both meet the same load in turn. Per phase it reports the mean of each tree and
the ratio, and the median of the per-chunk ratios of the total (robust to a chunk that met a
burst of load). Afterwards each worker hashes ``to_json()`` (English and Dutch) of every timed
case, assessed afresh, and the two hashes must agree (a compiled build is held to the pure one
this way as well).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# Appended, not inserted: a worker of ``--ab`` takes its code from PYTHONPATH (the tree under
# test); run as a plain script this tree is the fallback.
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

PHASES = ("assess", "tiers", "obligations", "exposure", "explain", "questions")


def make_cases(
    n: int, warm_up: int, seed: int, cases_file: str | None = None
) -> tuple[list[Any], list[Any]]:
    """(warm-up cases, timed cases): ``distinct_cases(warm_up + n, seed)`` split, or the cases
    of ``cases_file`` (one case JSON a line)."""
    if cases_file is not None:
        from aiact.case import case_from_mapping

        with open(cases_file, encoding="utf-8") as lines:
            pool = [case_from_mapping(json.loads(line)) for line in lines]
    else:
        from benchmarks.run import distinct_cases

        pool = distinct_cases(warm_up + n, seed=seed)
    return pool[:warm_up], pool[warm_up:]


def write_cases(path: Path, cases: Sequence[Any]) -> None:
    """``cases`` as case JSON, one a line; each must read back equal."""
    from aiact.case import case_from_mapping

    with path.open("w", encoding="utf-8") as out:
        for case in cases:
            data = case.model_dump(mode="json", exclude_none=True)
            if case_from_mapping(data) != case:
                raise AssertionError(f"a case does not read back equal: {data}")
            out.write(json.dumps(data, sort_keys=True, ensure_ascii=False) + "\n")


def timed_full(case: Any, totals: list[int]) -> None:
    """One full assessment (as ``benchmarks.run.full``), adding each phase's CPU ns to
    ``totals``."""
    from aiact.assessment import MODEL_CATEGORIES, SYSTEM_CATEGORIES

    clock = time.process_time_ns
    t0 = clock()
    assessment = case.assess(engine="native")
    t1 = clock()
    assessment.risk_tier  # noqa: B018
    assessment.possible_tiers  # noqa: B018
    assessment.categories  # noqa: B018
    t2 = clock()
    for result in assessment.obligation_results:
        result.deadline  # noqa: B018
    t3 = clock()
    assessment.exposure  # noqa: B018
    t4 = clock()
    table = SYSTEM_CATEGORIES if assessment.kind == "system" else MODEL_CATEGORIES
    for _, predicate, _, _ in table:
        assessment.explain(predicate)
    for result in assessment.obligations:
        assessment.explain(result.id)
    t5 = clock()
    assessment.open_questions  # noqa: B018
    t6 = clock()
    totals[0] += t1 - t0
    totals[1] += t2 - t1
    totals[2] += t3 - t2
    totals[3] += t4 - t3
    totals[4] += t5 - t4
    totals[5] += t6 - t5


def clock_cost_ns(repeat: int = 20_000) -> float:
    """What one ``process_time_ns()`` call costs (seven are made per case)."""
    clock = time.process_time_ns
    start = clock()
    for _ in range(repeat):
        clock()
    return (clock() - start) / repeat


def build_flavour() -> dict[str, Any]:
    """Where ``aiact`` was imported from and which of its modules are compiled extensions."""
    import aiact

    compiled = sorted(
        name
        for name, module in sys.modules.items()
        if name.startswith("aiact")
        and str(getattr(module, "__file__", "") or "").endswith((".so", ".pyd"))
    )
    return {"aiact": str(Path(aiact.__file__).parent), "compiled": compiled}


def run_chunk(cases: Sequence[Any]) -> list[int]:
    totals = [0] * len(PHASES)
    for case in cases:
        timed_full(case, totals)
    return totals


def output_hash(cases: Sequence[Any]) -> str:
    """SHA-256 over ``to_json()`` in English and Dutch of each case, assessed afresh."""
    digest = hashlib.sha256()
    for case in cases:
        assessment = case.assess(engine="native")
        digest.update(assessment.to_json(lang="en", indent=None).encode())
        digest.update(assessment.to_json(lang="nl", indent=None).encode())
    return digest.hexdigest()


def report(totals: Sequence[int], n: int) -> dict[str, float]:
    figures = {phase: totals[i] / n / 1000 for i, phase in enumerate(PHASES)}
    figures["total"] = sum(totals) / n / 1000
    return figures


def print_table(columns: dict[str, dict[str, float]]) -> None:
    names = list(columns)
    print(f"{'phase (CPU us/case)':22}" + "".join(f"{name:>16}" for name in names))
    for phase in (*PHASES, "total"):
        print(f"{phase:22}" + "".join(f"{columns[name][phase]:16.1f}" for name in names))
    print(
        f"{'full assessments /s':22}"
        + "".join(f"{1e6 / columns[name]['total']:16,.0f}" for name in names)
    )


def single(args: argparse.Namespace) -> int:
    warm, timed = make_cases(args.n, args.warm_up, args.seed)
    from benchmarks.run import bare_program, full

    for case in warm:
        full(case)
    gc.collect()
    gc.freeze()
    try:
        if args.profile:
            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
            totals = run_chunk(timed)
            profiler.disable()
        else:
            totals = run_chunk(timed)
        bare = bare_program(timed)
    finally:
        gc.unfreeze()
    figures = report(totals, len(timed))
    print(f"build: {json.dumps(build_flavour())}")
    print(f"{len(timed):,} first-seen cases (seed {args.seed}, after {len(warm):,})")
    print_table({"this tree": figures})
    bare_us = bare["cpu_seconds"] / bare["n"] * 1e6
    print(
        f"bare program: {bare_us:.1f} us/case; full / bare: {figures['total'] / bare_us:.1f}x; "
        f"clock call {clock_cost_ns():.0f} ns (7 a case)"
    )
    if args.profile:
        stats = pstats.Stats(profiler)
        per_module: dict[str, float] = {}
        entries: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
        for (filename, _, _), (_, _, tottime, _, _) in entries.items():
            key = filename
            marker = filename.find("/aiact/")
            if marker >= 0:
                key = "aiact/" + filename[marker + len("/aiact/") :]
            elif filename.startswith("~") or filename.startswith("<"):
                key = "builtins/" + filename
            else:
                key = "other: " + Path(filename).name
            per_module[key] = per_module.get(key, 0.0) + tottime
        whole = sum(per_module.values())
        print(f"\nown time per module (cProfile, {whole:.2f} s CPU under the profiler):")
        for key, seconds in sorted(per_module.items(), key=lambda kv: -kv[1])[: args.top]:
            print(f"  {100 * seconds / whole:5.1f} %  {seconds:7.3f} s  {key}")
        print()
        stats.sort_stats("tottime").print_stats(args.top)
    return 0


def worker(args: argparse.Namespace) -> int:
    """``--ab`` worker: read the cases, warm up, then time the chunks the controller names."""
    warm, timed = make_cases(args.n, args.warm_up, args.seed, args.cases)
    from benchmarks.run import full

    for case in warm:
        full(case)
    gc.collect()
    gc.freeze()
    out = sys.stdout
    out.write(json.dumps({"ready": build_flavour()}) + "\n")
    out.flush()
    for line in sys.stdin:
        command = line.strip()
        if command == "hash":
            gc.unfreeze()
            out.write(json.dumps({"hash": output_hash(timed)}) + "\n")
            out.flush()
            continue
        if command == "quit" or not command:
            break
        start, stop = (int(x) for x in command.split())
        out.write(json.dumps({"totals": run_chunk(timed[start:stop])}) + "\n")
        out.flush()
    return 0


def ab(args: argparse.Namespace) -> int:
    trees = [str(Path(tree).resolve()) for tree in args.ab]
    labels = [f"A {Path(trees[0]).name}", f"B {Path(trees[1]).name}"]
    warm, timed = make_cases(args.n, args.warm_up, args.seed)
    scratch = tempfile.TemporaryDirectory(prefix="aiact-phases-")
    cases_file = Path(scratch.name) / "cases.jsonl"
    write_cases(cases_file, [*warm, *timed])
    del warm, timed
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        "--n",
        str(args.n),
        "--warm-up",
        str(args.warm_up),
        "--seed",
        str(args.seed),
        "--cases",
        str(cases_file),
    ]
    procs = []
    for tree in trees:
        env = dict(os.environ, PYTHONPATH=tree, PYTHONHASHSEED="0")
        procs.append(
            subprocess.Popen(
                command,
                env=env,
                cwd=tree,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
        )

    def ask(i: int, line: str) -> dict[str, Any]:
        proc = procs[i]
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(line + "\n")
        proc.stdin.flush()
        line = proc.stdout.readline()
        if not line:
            raise SystemExit(f"{labels[i]}: the worker ended (its error is above)")
        answer: dict[str, Any] = json.loads(line)
        return answer

    for i, proc in enumerate(procs):
        assert proc.stdout is not None
        ready = proc.stdout.readline()
        if not ready:
            raise SystemExit(f"{labels[i]}: the worker ended (its error is above)")
        print(f"{labels[i]}: {ready.strip()}")
    sums = [[0] * len(PHASES), [0] * len(PHASES)]
    chunk_ratios: list[float] = []
    for k, start in enumerate(range(0, args.n, args.chunk)):
        stop = min(args.n, start + args.chunk)
        chunk: list[list[int]] = [[], []]
        for i in (0, 1) if k % 2 == 0 else (1, 0):
            chunk[i] = ask(i, f"{start} {stop}")["totals"]
            sums[i] = [a + b for a, b in zip(sums[i], chunk[i], strict=True)]
        chunk_ratios.append(sum(chunk[1]) / sum(chunk[0]))
    hashes = [ask(i, "hash")["hash"] for i in (0, 1)]
    for i in (0, 1):
        ask_quit = procs[i].stdin
        assert ask_quit is not None
        ask_quit.write("quit\n")
        ask_quit.close()
        procs[i].wait()
    scratch.cleanup()
    columns = {labels[i]: report(sums[i], args.n) for i in (0, 1)}
    print(
        f"{args.n:,} first-seen cases (seed {args.seed}, after {args.warm_up:,}), "
        f"chunks of {args.chunk}"
    )
    print_table(columns)
    a, b = columns[labels[0]], columns[labels[1]]
    print("B / A per phase: " + ", ".join(f"{p} {b[p] / a[p]:.3f}" for p in (*PHASES, "total")))
    print(
        f"B / A total per chunk: median {statistics.median(chunk_ratios):.3f}, "
        f"min {min(chunk_ratios):.3f}, max {max(chunk_ratios):.3f} ({len(chunk_ratios)} chunks)"
    )
    same = hashes[0] == hashes[1]
    print(f"to_json() of every timed case (en, nl): {'identical' if same else 'DIFFERENT'}")
    return 0 if same else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=3000, help="timed first-seen cases")
    parser.add_argument("--warm-up", type=int, default=1000, help="other cases assessed first")
    parser.add_argument("--seed", type=int, default=7, help="the generator's seed")
    parser.add_argument("--profile", action="store_true", help="cProfile the timed cases")
    parser.add_argument("--top", type=int, default=30, help="rows of the profile")
    parser.add_argument("--ab", nargs=2, metavar="TREE", help="A/B two code trees in lockstep")
    parser.add_argument("--chunk", type=int, default=100, help="cases per turn with --ab")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cases", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if args.worker:
        return worker(args)
    if args.ab:
        return ab(args)
    return single(args)


if __name__ == "__main__":
    raise SystemExit(main())
