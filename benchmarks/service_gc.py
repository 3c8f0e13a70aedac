"""The warm latency tail of the service and its garbage collection (a harness, not a timed test;
figures in docs/performance.md, "The HTTP service", round 9).

One worker's app in process (:func:`aiact.service.create_app`, its warm-up as the service
runs it), driven through ASGI with no network: the interviews of the project's YAML scenarios
(goals ``tier`` and ``full`` alternately, every answer what a person who knows the case's facts
gives, each step a ``POST /v1/interviews`` with the answers so far, as the web questionnaire
sends it), and after each interview ``POST /v1/assessments`` of the scenario's case on three
days. Every request's CPU time (``time.process_time``) and wall time are recorded, and every
collection of the garbage collector (``gc.callbacks``: its generation and its CPU time, charged
to the request it falls in); the resident memory every 250 requests; the caches' sizes and hit
rates at the end.

    # one configuration (environment variables of aiact.service.settings):
    python benchmarks/service_gc.py run --json /tmp/gc-freeze.json --env AIACT_GC_FREEZE=1
    # several, alternately, in one go (each in its own process; the same requests):
    python benchmarks/service_gc.py compare --rounds 2 --json /tmp/gc.json \\
        nofreeze:AIACT_GC_FREEZE=0 freeze:AIACT_GC_FREEZE=1 \\
        thr:AIACT_GC_FREEZE=0,AIACT_GC_THRESHOLD=10000+50+100

``--passes 2`` runs the workload twice; with ``--distinct`` the second pass shifts every day by
some weeks, so that no request repeats (what a service sees over months: the same kinds of
case, ever new facts and days).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "tests" / "scenarios"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _ms(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50": round(1000 * _pct(values, 0.5), 2),
        "p99": round(1000 * _pct(values, 0.99), 2),
        "p999": round(1000 * _pct(values, 0.999), 2),
        "max": round(1000 * max(values), 2) if values else float("nan"),
        "mean": round(1000 * statistics.fmean(values), 3) if values else float("nan"),
    }


def _rss_mib() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def _cases(every: int) -> list[tuple[str, Any]]:
    import yaml

    from aiact.case import case_from_mapping

    out = []
    for file in sorted(SCENARIOS.glob("*.yaml")):
        for scenario in yaml.safe_load(file.read_text(encoding="utf-8")) or []:
            raw = json.loads(json.dumps(scenario["case"], default=str))
            out.append((raw, case_from_mapping(scenario["case"])))
    return out[::every]


class _GcClock:
    """The collections of the garbage collector: (generation, CPU seconds), per request."""

    def __init__(self) -> None:
        self.started = 0.0
        self.current: list[tuple[int, float]] = []

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self.started = time.process_time()
        else:
            self.current.append((info["generation"], time.process_time() - self.started))

    def take(self) -> list[tuple[int, float]]:
        out, self.current = self.current, []
        return out


async def _run(args: argparse.Namespace) -> dict[str, Any]:
    from aiact.questions import catalogue, read_facts, subject_answer
    from aiact.questions.simulate import answer_from
    from aiact.service import create_app
    from aiact.service.settings import Settings
    from aiact.service.warmup import call, warm_up

    hits = _count_hits()
    settings = Settings.from_env()
    start = time.process_time()
    app = create_app(settings)
    warm = await warm_up(app, settings) if settings.warm_up else None
    startup_cpu = time.process_time() - start
    clock = _GcClock()
    gc.callbacks.append(clock)
    records: list[tuple[str, float, float, list[tuple[int, float]]]] = []
    memory: list[tuple[int, float]] = [(0, _rss_mib())]
    cases = _cases(args.every)

    async def timed(kind: str, path: str, body: bytes, query: bytes) -> bytes:
        clock.take()
        cpu, wall = time.process_time(), time.perf_counter()
        status, out = await call(app, "POST", path, body, query)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        records.append((kind, cpu, wall, clock.take()))
        if status != 200:
            raise RuntimeError(f"{path} {status}: {out[:300]!r}")
        if len(records) % 250 == 0:
            memory.append((len(records), _rss_mib()))
        return out

    for passed in range(args.passes):
        shift = dt.timedelta(days=23 * passed if args.distinct else 0)
        for index, (raw, case) in enumerate(cases):
            truth = read_facts(case)
            day = (case.as_of or dt.date(2026, 9, 1)) + shift
            lang = b"lang=nl" if index % 2 == 0 else b"lang=en"
            goal = ("tier", "full")[(index + passed) % 2]
            body: dict[str, Any] = {"goal": goal, "as_of": day.isoformat(), "answers": []}
            for _ in range(80):
                out = await timed("interview", "/v1/interviews", json.dumps(body).encode(), lang)
                question = json.loads(out)["question"]
                if question is None:
                    break
                if question["id"] == "subject":
                    answer: Any = subject_answer(truth.kind, truth.flat)
                else:
                    answer = answer_from(
                        catalogue().get(question["id"]), truth.flat, truth.kind, truth.context
                    )
                body["answers"].append({"question": question["id"], "answer": answer})
            payload = json.dumps({k: v for k, v in raw.items() if k != "as_of"}).encode()
            for offset in (0, 400, 1100):
                query = lang + b"&asOf=" + (day + dt.timedelta(days=offset)).isoformat().encode()
                await timed("assessment", "/v1/assessments", payload, query)
    memory.append((len(records), _rss_mib()))
    gc.callbacks.remove(clock)
    report = _report(records, memory, warm, startup_cpu)
    report["hits"] = {k: {"calls": c, "hit_rate": round(h / c, 3) if c else None}
                      for k, (c, h) in hits.items()}  # fmt: skip
    return report


def _count_hits() -> dict[str, list[int]]:
    """Count the lookups and hits of the interview's own caches (wrapping them), and size them
    from ``BENCH_TRACE_VIEWS`` (the goal views kept by trace, all keys together) and
    ``BENCH_BEST_SIZE`` (the next questions and rankings kept) where set."""
    from aiact.questions import relevance

    counts: dict[str, list[int]] = {}
    if os.environ.get("BENCH_TRACE_VIEWS"):
        relevance._Traces.MAX_VIEWS = int(os.environ["BENCH_TRACE_VIEWS"])
    if os.environ.get("BENCH_BEST_SIZE"):
        relevance._BEST.size = relevance._RANKS.size = int(os.environ["BENCH_BEST_SIZE"])
    names = {id(relevance.MEMO.cache): "MEMO", id(relevance._BEST): "_BEST",
             id(relevance._RANKS): "_RANKS"}  # fmt: skip
    get = relevance._LRU.get

    def counting_get(self: Any, key: Any, default: Any = None) -> Any:
        found = get(self, key, relevance._MISSING)
        count = counts.setdefault(names.get(id(self), "other LRU"), [0, 0])
        count[0] += 1
        count[1] += found is not relevance._MISSING
        return default if found is relevance._MISSING else found

    relevance._LRU.get = counting_get  # type: ignore[method-assign]
    find = relevance._Traces._find

    def counting_find(root: Any, evaluation: Any) -> Any:
        found = find(root, evaluation)
        count = counts.setdefault("TRACES", [0, 0])
        count[0] += 1
        count[1] += found is not None
        return found

    relevance._Traces._find = staticmethod(counting_find)  # type: ignore[method-assign]
    from aiact.questions import goals

    if os.environ.get("BENCH_UPDATED_SIZE"):
        goals.UPDATED_SIZE = int(os.environ["BENCH_UPDATED_SIZE"])
    updated = goals._updated

    def counting_updated(model: Any, changes: Any) -> Any:
        key = (id(model), tuple(sorted(changes.items())))
        found = goals._UPDATED.get(key)
        count = counts.setdefault("_UPDATED", [0, 0])
        count[0] += 1
        count[1] += found is not None and found[0] is model
        return updated(model, changes)

    goals._updated = counting_updated
    return counts


def _caches() -> dict[str, Any]:
    """The sizes of the service's caches at the end, and the hit rates of the bounded
    ``functools`` caches."""
    from aiact.questions import relevance

    out: dict[str, Any] = {
        "relevance.MEMO": len(relevance.MEMO.cache.store),
        "relevance._RANKS": len(relevance._RANKS.store),
        "relevance._BEST": len(relevance._BEST.store),
        "relevance.TRACES keys": len(relevance.TRACES.store),
        "relevance.TRACES views": sum(k[1] for k in relevance.TRACES.store.values()),
    }
    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if not name.startswith("aiact"):
            continue
        for attr, value in list(vars(module).items()):
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "__module__", None) == name:
                i = info()
                if i.hits + i.misses:
                    out[f"{name}.{attr}"] = {
                        "size": i.currsize,
                        "maxsize": i.maxsize,
                        "hit_rate": round(i.hits / (i.hits + i.misses), 3),
                        "calls": i.hits + i.misses,
                    }
    return out


def _report(
    records: list[tuple[str, float, float, list[tuple[int, float]]]],
    memory: list[tuple[int, float]],
    warm: dict[str, Any] | None,
    startup_cpu: float,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "python": sys.version.split()[0],
        "env": {k: v for k, v in os.environ.items() if k.startswith("AIACT_")},
        "warm_up": warm,
        "startup_cpu_s": round(startup_cpu, 2),
        "gc_threshold": gc.get_threshold(),
        "frozen": gc.get_freeze_count(),
        "tracked_objects_end": len(gc.get_objects()),
    }
    for kind in ("interview", "assessment", "all"):
        chosen = [r for r in records if kind in ("all", r[0])]
        out[kind] = {
            "cpu": _ms([r[1] for r in chosen]),
            "wall": _ms([r[2] for r in chosen]),
            "cpu_without_gc": _ms([r[1] - sum(d for _, d in r[3]) for r in chosen]),
        }
    collections = [c for r in records for c in r[3]]
    out["gc"] = {
        str(g): {
            "count": len(ds),
            "total_s": round(sum(ds), 2),
            "max_ms": round(1000 * max(ds), 1) if ds else 0.0,
            "median_ms": round(1000 * statistics.median(ds), 2) if ds else 0.0,
        }
        for g in (0, 1, 2)
        for ds in [[d for gen, d in collections if gen == g]]
    }
    slowest = sorted(records, key=lambda r: -r[1])[:10]
    out["slowest"] = [
        {"kind": r[0], "cpu_ms": round(1000 * r[1], 1),
         "gc_ms": round(1000 * sum(d for _, d in r[3]), 1),
         "gen2": sum(1 for g, _ in r[3] if g == 2)}
        for r in slowest
    ]  # fmt: skip
    out["rss_mib"] = memory
    out["ru_maxrss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["caches"] = _caches()
    out["held"] = _held()
    return out


def _held() -> dict[str, Any]:
    """What the caches keep alive: the objects the collector tracks, and the CPU time of a full
    collection, before and after emptying each cache in turn (the drop is what that cache alone
    held; frozen objects are not counted, as the collector does not walk them)."""
    from aiact.questions import goals, relevance

    def measure() -> tuple[int, float]:
        gc.collect()
        start = time.process_time()
        gc.collect()
        return len(gc.get_objects()), round(1000 * (time.process_time() - start), 1)

    out: dict[str, Any] = {}
    before = measure()
    out["all"] = {"objects": before[0], "full_collection_ms": before[1]}
    steps = [
        ("relevance.MEMO (assessments)", relevance.MEMO.clear),
        ("relevance.TRACES", relevance.TRACES.clear),
        ("relevance._RANKS + _BEST", lambda: (relevance._RANKS.clear(), relevance._BEST.clear())),
        ("goals._UPDATED (models with changes)", getattr(goals, "_UPDATED", {}).clear),
        ("goals._atoms_of_group + _atoms_of_value",
         lambda: (goals._atoms_of_group.cache_clear(), goals._atoms_of_value.cache_clear())),
    ]  # fmt: skip
    for name, clear in steps:
        clear()
        after = measure()
        out[name] = {"objects": before[0] - after[0], "then_full_collection_ms": after[1]}
        before = after
    out["rest"] = {"objects": before[0]}
    return out


def run(args: argparse.Namespace) -> dict[str, Any]:
    for item in args.env or []:
        key, _, value = item.partition("=")
        os.environ[key] = value
    os.environ.setdefault("AIACT_TIME_BUDGET", "600")  # the whole time of every request
    sys.path.insert(0, str(ROOT))
    report = asyncio.run(_run(args))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report


def _line(name: str, r: dict[str, Any]) -> str:
    i, a, g = r["interview"]["cpu"], r["assessment"]["cpu"], r["gc"]["2"]
    return (
        f"{name:>12}: interview n={i['n']} p50 {i['p50']} p99 {i['p99']} p99.9 {i['p999']} "
        f"max {i['max']} ms | assessment p50 {a['p50']} p99 {a['p99']} p99.9 {a['p999']} "
        f"max {a['max']} ms | gen2 {g['count']}x median {g['median_ms']} max {g['max_ms']} ms "
        f"total {g['total_s']} s | gen0+1 {r['gc']['0']['total_s'] + r['gc']['1']['total_s']:.2f}"
        f" s | rss end {r['rss_mib'][-1][1]} MiB"
    )


def compare(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, list[Any]] = {}
    for round_ in range(args.rounds):
        for spec in args.configs:
            name, _, env = spec.partition(":")
            out = f"/tmp/service_gc.{name}.{round_}.json"
            argv = [sys.executable, __file__, "run", "--every", str(args.every),
                    "--passes", str(args.passes), "--json", out]  # fmt: skip
            if args.distinct:
                argv.append("--distinct")
            for item in filter(None, env.split(",")):
                argv += ["--env", item.replace("+", ",")]
            subprocess.run(argv, check=True)
            report = json.loads(Path(out).read_text())
            results.setdefault(name, []).append(report)
            print(f"round {round_}: " + _line(name, report), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "compare"):
        p = sub.add_parser(name)
        p.add_argument("--every", type=int, default=2, help="every n-th scenario case")
        p.add_argument("--passes", type=int, default=1)
        p.add_argument("--distinct", action="store_true")
        p.add_argument("--json")
        if name == "run":
            p.add_argument("--env", action="append", help="NAME=value, set before the app")
        else:
            p.add_argument("--rounds", type=int, default=1)
            p.add_argument("configs", nargs="+", help="name:VAR=value,VAR=value (+ for ,)")
    args = parser.parse_args(argv)
    if args.command == "run":
        print(_line("run", run(args)))
    else:
        compare(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
