"""The tail of the time to a next question, cold: which states are slow, where their time goes,
and whether two versions of the code ask the same questions (a harness, not a timed test;
figures in docs/interview.md, "Round 7").

    # 1. the states of the interview benchmark (beslishulp paths, every 6th; the scenarios),
    #    and the questions each interview asked, with the code on the path:
    python benchmarks/next_question_tail.py collect /tmp/states.pkl --every 6
    # 2. cold times of two code trees side by side (two worker processes, the same states,
    #    alternating state by state; CPU time), and the answers of both compared:
    python benchmarks/next_question_tail.py ab /tmp/states.pkl /tmp/base /work/wt/p99 --sample 300
    # 3. the slowest states of one tree, and a profile of them:
    python benchmarks/next_question_tail.py slow /tmp/states.pkl --top 10 --profile

``ab`` compares, for every state measured, the whole answer of :func:`best` (the question, its
score, outcomes, witness, given facts and ``affects``) and, with ``--rank``, the whole ranked
list of :func:`rank`; any difference is printed and makes the exit status 1. ``collect`` run
with two trees writes the questions of every interview; ``same`` compares two such files.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _signature(found: Any) -> str:
    """Everything of a :class:`Ranked` (or None) that an answer may depend on, as text."""
    if found is None:
        return "None"
    return repr(
        (
            found.question.id,
            found.score,
            found.outcomes,
            found.witness,
            sorted(found.given.items()),
            sorted(found.affects),
        )
    )


def collect(out: str, every: int, tree_dir: str | None) -> None:
    sys.path.insert(0, str(ROOT))
    import benchmarks.interview as bench

    if tree_dir:
        bench.TREE_DIR = Path(tree_dir)  # a copy of the code outside the checkout

    states: list[Any] = []
    sequences: list[tuple[str, list[str]]] = []
    original = bench.interview

    def recording(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        sequences.append((repr(sorted(args[0].items())), result[3]))
        return result

    bench.interview = recording  # type: ignore[assignment]
    bench.clear_cache()
    bench.beslishulp(False, True, states, [], False, every)
    bench.scenarios(False, states, [])
    with open(out, "wb") as handle:
        pickle.dump(states, handle)
    with open(out + ".questions.json", "w", encoding="utf-8") as handle:
        json.dump(sequences, handle)
    print(f"{len(states)} states, {len(sequences)} interviews -> {out}")


def same(first: str, second: str) -> int:
    a = json.loads(Path(first).read_text(encoding="utf-8"))
    b = json.loads(Path(second).read_text(encoding="utf-8"))
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    print(f"{len(a)} / {len(b)} interviews; {len(differ)} differ")
    for i in differ[:10]:
        print(" ", i, a[i][1], "\n   ", b[i][1])
    return int(bool(differ) or len(a) != len(b))


def worker(states_file: str) -> None:
    """Read ``best N`` / ``rank N`` lines; answer each with the CPU time and the signature."""
    sys.path.insert(0, os.getcwd())
    from aiact.questions.relevance import best, clear_cache, rank

    with open(states_file, "rb") as handle:
        states = pickle.load(handle)
    # Warm the prepared structures (catalogue, rule sets) once: not a cold question's cost.
    facts, kind, context, goal, asked = states[0]
    best(facts, kind, context, goal, asked)
    for line in sys.stdin:
        command, number = line.split()
        facts, kind, context, goal, asked = states[int(number)]
        if command == "warm":
            best(facts, kind, context, goal, asked)
            print("{}", flush=True)
            continue
        clear_cache()
        gc.collect()
        start = time.process_time()
        if command == "best":
            sig = _signature(best(facts, kind, context, goal, asked))
        else:
            sig = repr([_signature(r) for r in rank(facts, kind, context, goal, asked)])
        spent = time.process_time() - start
        print(json.dumps({"t": spent, "sig": sig}), flush=True)


def _spawn(tree: str, states_file: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=tree)
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "worker", states_file],
        cwd=tree,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _ask(process: subprocess.Popen[str], command: str, number: int) -> dict[str, Any]:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(f"{command} {number}\n")
    process.stdin.flush()
    return json.loads(process.stdout.readline())  # type: ignore[no-any-return]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _figures(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (
        f"median {statistics.median(ms):6.2f}  p90 {_pct(ms, 0.9):6.2f}  "
        f"p99 {_pct(ms, 0.99):6.2f}  max {max(ms):7.2f} ms"
    )


def sample_of(states: list[Any], goal: str, sample: int) -> list[int]:
    """The states of the benchmark's cold sample (``benchmarks/interview.py``: every
    ``len // sample``-th state of the goal, at most ``sample``); ``sample`` 0: all of them."""
    numbers = [i for i, s in enumerate(states) if s[3] == goal]
    if not sample:
        return numbers
    step = max(1, len(numbers) // sample)
    return numbers[::step][:sample]


def _chosen(states: list[Any], goal: str, sample: int, only: list[int] | None) -> list[int]:
    if only is not None:
        return [n for n in only if states[n][3] == goal]
    return sample_of(states, goal, sample)


def ab(
    states_file: str,
    old: str,
    new: str,
    sample: int,
    command: str,
    repeat: int,
    only: list[int] | None = None,
    first: bool = False,
) -> int:
    with open(states_file, "rb") as handle:
        states = pickle.load(handle)
    workers = {"old": _spawn(old, states_file), "new": _spawn(new, states_file)}
    differ = 0
    try:
        # As in the benchmark, whose cold sample follows the interviews: the process's own
        # prepared structures (catalogue, rule sets, per-question tables) are warm. With
        # ``first``, not: each state is met for the first time, as a server meets a new
        # interview (round 13: the caches of the atoms of a value are filled by the warm pass,
        # for exactly the states timed, which hid the cost of filling them).
        for goal in ("tier", "full"):
            for number in [] if first else _chosen(states, goal, sample, only):
                for process in workers.values():
                    _ask(process, "warm", number)
        for goal in ("tier", "full"):
            times: dict[str, list[float]] = {"old": [], "new": []}
            chosen = _chosen(states, goal, sample, only)
            if not chosen:
                continue
            for n, number in enumerate(chosen):
                # Alternate which tree goes first, so neither always follows the other.
                names = ("old", "new") if n % 2 == 0 else ("new", "old")
                got: dict[str, list[dict[str, Any]]] = {"old": [], "new": []}
                for _ in range(repeat):
                    for name in names:
                        got[name].append(_ask(workers[name], command, number))
                for name in names:
                    times[name].append(min(r["t"] for r in got[name]))
                if only is not None:
                    print(
                        f"  state {number}: old {times['old'][-1] * 1000:.1f} ms, "
                        f"new {times['new'][-1] * 1000:.1f} ms"
                    )
                if got["old"][0]["sig"] != got["new"][0]["sig"]:
                    differ += 1
                    print(f"DIFFER state {number} ({goal}):")
                    print("  old", got["old"][0]["sig"][:400])
                    print("  new", got["new"][0]["sig"][:400])
            print(f"{goal} ({len(times['old'])} states, {command}):")
            for name in ("old", "new"):
                print(f"  {name}: {_figures(times[name])}")
    finally:
        for process in workers.values():
            assert process.stdin is not None
            process.stdin.close()
            process.wait()
    print(f"answers that differ: {differ}")
    return int(bool(differ))


def slow(
    states_file: str,
    sample: int,
    top: int,
    profile: bool,
    goals: tuple[str, ...] = ("tier", "full"),
    repeat: int = 1,
) -> None:
    sys.path.insert(0, os.getcwd())
    import cProfile
    import pstats

    from aiact.questions.relevance import STATS, best, clear_cache

    with open(states_file, "rb") as handle:
        states = pickle.load(handle)
    for goal in ("tier", "full"):  # warm, as in the benchmark (see ``ab``)
        for number in sample_of(states, goal, sample):
            best(*states[number])
    for goal in goals:
        timed = []
        for number in sample_of(states, goal, sample):
            facts, kind, context, _, asked = states[number]
            runs = []
            for _ in range(max(1, repeat)):  # the least of ``repeat`` cold runs (round 23)
                clear_cache()
                gc.collect()
                trials = STATS["trials"]
                start = time.process_time()
                found = best(facts, kind, context, goal, asked)
                runs.append(time.process_time() - start)
            spent = min(runs)
            question = None if found is None else found.question.id
            given = bool(found and found.given)
            timed.append((spent, number, len(facts), STATS["trials"] - trials, question, given))
        print(f"{goal}: {_figures([t[0] for t in timed])}")
        for spent, number, known, trials, question, given in sorted(timed, reverse=True)[:top]:
            print(
                f"  {spent * 1000:7.1f} ms  state {number:5d}  facts {known:3d}  "
                f"trials {trials:4d}  -> {question}{' (given)' if given else ''}"
            )
        if profile:
            profiler = cProfile.Profile()
            for _, number, *_ in sorted(timed, reverse=True)[:top]:
                facts, kind, context, _, asked = states[number]
                clear_cache()
                gc.collect()
                profiler.enable()
                best(facts, kind, context, goal, asked)
                profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("collect")
    p.add_argument("out")
    p.add_argument("--every", type=int, default=6)
    p.add_argument("--tree-dir", help="the beslishulp's directory (default: the benchmark's)")
    p = sub.add_parser("same")
    p.add_argument("first")
    p.add_argument("second")
    p = sub.add_parser("worker")
    p.add_argument("states")
    p = sub.add_parser("ab")
    p.add_argument("states")
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--sample", type=int, default=300, help="per goal; 0: every state")
    p.add_argument("--rank", action="store_true", help="compare rank() instead of best()")
    p.add_argument("--repeat", type=int, default=1, help="the least of N runs per state")
    p.add_argument("--only", help="only these states (numbers, comma-separated)")
    p.add_argument(
        "--first", action="store_true", help="no warm pass: each state timed when first met"
    )
    p = sub.add_parser("slow")
    p.add_argument("states")
    p.add_argument("--sample", type=int, default=300)
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--profile", action="store_true")
    p.add_argument("--goal", choices=("tier", "full"), help="only this goal (default: both)")
    p.add_argument("--repeat", type=int, default=1, help="the least of N cold runs per state")
    args = parser.parse_args()
    if args.command == "collect":
        collect(args.out, args.every, args.tree_dir)
    elif args.command == "same":
        return same(args.first, args.second)
    elif args.command == "worker":
        worker(args.states)
    elif args.command == "ab":
        return ab(
            args.states,
            args.old,
            args.new,
            args.sample,
            "rank" if args.rank else "best",
            args.repeat,
            [int(n) for n in args.only.split(",")] if args.only else None,
            args.first,
        )
    else:
        goals = (args.goal,) if args.goal else ("tier", "full")
        slow(args.states, args.sample, args.top, args.profile, goals, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
