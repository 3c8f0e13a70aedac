"""review84 D2: the duties of Arts. 60-61 and 82(2) dated on the Art. 111(2) names without the
"is high-risk" conjunct, side by side with another checkout (not a test; run by hand).

    PYTHONPATH=$PWD python benchmarks/d2_equivalence.py [--base /tmp/d2_base] [--n 300]

``--base``: a checkout of the commit before the fix (e.g. ``git archive`` of the merge base of
main and h/d2). Draws partial legacy cases with review84's generator
(benchmarks/review84_probe.py: both texts, every route or unknown, placing and change either side
of each cut-off or unknown, public intent and use, Annex X, the six operators, the Art. 6(3)
derogation and an Art. 80(2) finding, readings A2, A3, A21, A27, A30, A41), to which this adds
the facts the seven duties read (the testing in real-world conditions outside a sandbox, Art.
60(1); the authority's Art. 82(1) requirement), each known or unknown; and every completion of
the unknown facts. Each job is assessed in two subprocesses, one per checkout. Checks:

* complete cases (the completions): every row equal on both sides (applies, status,
  applies_from, deadline, the possible dates, the bounds and what leaves the date open): 0
  differences expected;
* partial cases, base against this checkout: a row may only move from unknown to known
  (``applies`` None -> True/False, status ``undetermined`` -> another, a date open -> fixed, fewer
  possible dates), never the other way nor between two known values;
* soundness on this checkout (review84_probe.soundness): what a partial determines holds in
  every completion (where the duty applies there);
* the D2 measure: rows that "may apply" (listed) though no completion binds them, before and
  after.

Prints the counts and the first failures of each kind; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import legacy26_equivalence as legacy26  # noqa: E402
import review84_probe as probe  # noqa: E402

EXTRA: dict[str, tuple[Any, ...]] = {"testing": (True, False), "at_risk": (True, False)}
"""The facts of the seven duties: conformity.real_world_testing_outside_sandbox (Art. 60(1)) and
authority_actions.msa_required_measures_compliant_system_at_risk (Art. 82(1))."""

SEVEN = ("art60_4", "art60_4_c", "art60_4_c_national", "art60_7", "art60_8", "art61", "art82_2")


_PROBE_BUILD = probe.build


def build(v: dict[str, Any]) -> dict[str, Any]:
    """review84's system of the values ``v``, with the facts of :data:`EXTRA`."""
    s = _PROBE_BUILD(v)
    s["conformity"]["real_world_testing_outside_sandbox"] = v["testing"]
    s["authority_actions"]["msa_required_measures_compliant_system_at_risk"] = v["at_risk"]
    return s


def worker() -> None:
    """As review84_probe.worker, on :func:`build`."""
    probe.build = build  # type: ignore[assignment]
    probe.worker()


def _run(pythonpath: str, jobs: list[str]) -> list[dict[str, Any]]:
    return legacy26._run(pythonpath, jobs, __file__)


def draw(rng: random.Random) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    """review84's draw, with the two facts of the seven duties: known (the duties' conditions
    hold more often than not) or unknown (one more axis of completions)."""
    partial, completions, setting = probe.draw(rng)
    known = {name: rng.choice((*domain, domain[0])) for name, domain in EXTRA.items()}
    open_ = [name for name in EXTRA if rng.random() < 0.2]
    partial = {**partial, **known, **dict.fromkeys(open_, None)}
    out = []
    for c in completions:
        for combo in itertools.product(*(EXTRA[n] for n in open_)):
            out.append({**copy.deepcopy(c), **known, **dict(zip(open_, combo, strict=True))})
    return partial, out, setting


def _open(row: list[Any]) -> bool:
    """Whether the row's date is open (undetermined): possible dates listed, or no date and
    bounds given (a status ``undetermined`` alone may only wait for the conditions)."""
    return bool(row[4]) or (row[2] is None and (row[5] is not None or row[6] is not None))


def move(old: list[Any], new: list[Any]) -> str | None:
    """The kind of move from ``old`` (base) to ``new`` (this checkout) of a partial's row, or
    None where it goes from known to unknown or between two known values: ``applies`` None ->
    True/False, status ``undetermined`` -> another, a date open -> fixed or fewer possible
    dates."""
    applies, status, possible = new[0], new[1], new[4]
    if old[0] != applies and old[0] is not None:
        return None
    if old[1] != status and old[1] != "undetermined":
        return None
    if old[2:] != new[2:] and new[0] is not False:
        if not _open(old):
            return None  # a determined date (or "never") changed, or became open
        if possible and not set(possible) <= set(old[4] or ()):
            return None  # more or other possible dates
        for i in (5, 6):  # the earliest and latest possible dates: only newly known
            if old[i] is not None and new[i] != old[i] and set(possible) == set(old[4] or ()):
                return None
        if new[2:5] == old[2:5] and all(old[i] in (None, new[i]) for i in (5, 6)):
            return f"bounds known: status {old[1]} -> {status}"
    return f"applies {old[0]} -> {applies}; status {old[1]} -> {status}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("--base", default="/tmp/d2_base")
    parser.add_argument("--n", type=int, default=300, help="partials per seed")
    parser.add_argument("--seeds", default="1,2,3")
    args = parser.parse_args()
    if args.worker:
        worker()
        return 0
    counts: Counter[str] = Counter()
    moves: Counter[str] = Counter()
    moved: Counter[str] = Counter()
    fails: dict[str, list[Any]] = {"complete": [], "partial": [], "soundness": []}
    residual: dict[str, Counter[str]] = {"before": Counter(), "after": Counter()}
    for seed in (int(s) for s in args.seeds.split(",")):
        rng = random.Random(seed)
        jobs: list[str] = []
        groups: list[tuple[int, list[int], Any]] = []
        for _ in range(args.n):
            partial, completions, setting = draw(rng)
            start = len(jobs)
            jobs.append(json.dumps({"values": partial, **setting}))
            jobs.extend(json.dumps({"values": c, **setting}) for c in completions)
            groups.append((start, list(range(start + 1, len(jobs))), (partial, setting)))
        after = _run(str(ROOT), jobs)
        before = _run(args.base, jobs)
        for start, members, where in groups:
            for m in members:
                ca, cb = after[m], before[m]
                if "error" in ca or "error" in cb:
                    counts["complete invalid"] += 1
                    if ("error" in ca) != ("error" in cb):
                        fails["complete"].append(("error on one side", ca, cb, jobs[m]))
                    continue
                counts["complete cases"] += 1
                for duty, row in ca["rows"].items():
                    counts["complete rows"] += 1
                    counts["complete rows of the seven"] += duty in SEVEN
                    counts["complete rows of the seven, applies true"] += (
                        duty in SEVEN and row[0] is True
                    )
                    if row != cb["rows"][duty]:
                        fails["complete"].append((duty, cb["rows"][duty], row, jobs[m]))
            pa, pb = after[start], before[start]
            if "error" in pa or "error" in pb:
                counts["partial invalid"] += 1
                continue
            counts["partial cases"] += 1
            for duty, row in pa["rows"].items():
                old = pb["rows"][duty]
                counts["partial rows"] += 1
                if row == old:
                    continue
                kind = move(old, row)
                if kind is None:
                    fails["partial"].append((duty, old, row, where))
                else:
                    moves[kind] += 1
                    moved[duty] += 1
            outs = [after[m] for m in members]
            valid = [o for o in outs if "error" not in o]
            for c, m in zip(outs, members, strict=True):
                if "error" not in c:
                    here: Counter[str] = Counter()
                    probe.soundness(pa, c, here, fails["soundness"], (where, jobs[m]))
                    counts.update(here)
            if valid and len(valid) == len(outs):
                for side, p in (("after", pa), ("before", pb)):
                    side_outs = valid if side == "after" else [before[m] for m in members]
                    for duty, row in p["rows"].items():
                        listed = row[0] is not False and row[1] != "not_applicable"
                        if listed and all(
                            o["rows"][duty][0] is False or o["rows"][duty][1] == "not_applicable"
                            for o in side_outs
                        ):
                            residual[side][duty] += 1
        print(f"seed {seed}: {dict(counts)}", flush=True)
    print("moves (partial rows, base -> this checkout):", dict(moves))
    print("   by duty:", moved.most_common(12))
    for side in ("before", "after"):
        print(
            f"listed (may apply) though binding in no completion, {side}: "
            f"{sum(residual[side].values())} rows; of the seven: "
            f"{sum(residual[side][d] for d in SEVEN)}; {residual[side].most_common(10)}"
        )
    # the settings of the partial rows that moved the wrong way, in short
    shapes: Counter[str] = Counter()
    for duty, old, new, (values, setting) in fails["partial"]:
        kind = "possible dates grew" if _open(old) else "a determined date became open"
        if not _open(new):
            kind = "a determined date changed"
        shapes[
            f"{kind}: {duty}; listing {values['listing']}, "
            f"annex_i {values['annex_i']}, finding {values['finding']}, "
            f"A27 {setting['readings']['reclassified_system_timing']}"
        ] += 1
    for shape, count in shapes.most_common():
        print(f"   partial {count} x {shape}")
    bad = 0
    for kind, items in fails.items():
        print(f"{kind} failures: {len(items)}")
        bad += len(items)
        for item in items[:3]:
            print("   ", json.dumps(item, default=str)[:1500])
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
