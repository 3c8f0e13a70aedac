"""legacy26: the gates of Art. 111(2) read without the "is high-risk" conjunct, side by side with
another checkout (not a test; run by hand).

    PYTHONPATH=$PWD python benchmarks/legacy26_equivalence.py [--base /work/main] [--n 400]

Generates cases with several seeds and assesses each in two subprocesses, one with
``PYTHONPATH=<base>`` (the code before legacy26) and one with this checkout:

* complete cases (every legacy and route fact known): the obligations must be the same (applies,
  status, applies_from, deadline, possible dates): 0 differences expected;
* partial cases (some of those facts unknown): each obligation's ``applies`` may move from
  unknown to determined, never from determined to unknown or to another value; the counts are
  printed (and a move the other way fails the run). The status and dates are compared the same
  way (a determined status ``undetermined`` -> other is a gain, any other change a difference).

The cases come from the generators of tests/test_review83.py (random legacy cases and their
partials, ``draw_case`` / ``blank``) and tests/test_legacy26.py (the listing, Annex I status,
placing, change and public intent, each known or unknown).
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _json(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value))


def worker(earliest: bool = False) -> None:
    """Read cases (JSON lines) on stdin, write one JSON line of obligation rows per case; with
    ``earliest``, each row ends with the timing's earliest date (benchmarks/r77_equivalence.py)."""
    import aiact
    from aiact.interpretations import Interpretations

    sys.path.insert(0, str(ROOT / "tests"))
    from timecases import COMPANY, PUBLIC_BODY

    orgs = {"company": COMPANY, "public": PUBLIC_BODY}
    for line in sys.stdin:
        job = json.loads(line)
        try:
            a = aiact.assess(
                job["system"],
                orgs[job["org"]],
                job["day"],
                job["law"],
                interpretations=Interpretations(**job["readings"]),
            )
        except ValueError as error:
            print(json.dumps({"error": str(error)[:80]}), flush=True)
            continue
        rows = {}
        for r in a.obligation_results:
            t = r.timing
            rows[r.id] = [
                r.applies,
                r.status.value,
                None if t is None else t.applies_from,
                None if t is None else t.deadline,
                None if t is None else sorted(str(d) for d in t.possible_applies_from),
            ]
            if earliest:
                rows[r.id].append(None if t is None else t.earliest)
        print(json.dumps(rows, default=_json), flush=True)


def _run(pythonpath: str, jobs: list[str], script: str = __file__) -> list[dict[str, Any]]:
    """The output lines of ``script --worker`` (a harness with this module's ``--worker``) run
    on ``jobs`` with the code at ``pythonpath``."""
    env = {**os.environ, "PYTHONPATH": pythonpath}
    done = subprocess.run(
        [sys.executable, str(Path(script).resolve()), "--worker"],
        input="\n".join(jobs) + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=pythonpath,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def generate(seed: int, n: int) -> tuple[list[str], list[str]]:
    """``n`` complete and ``n`` partial jobs (JSON lines) from review83's and legacy26's
    generators."""
    sys.path.insert(0, str(ROOT / "tests"))
    import test_legacy26 as l26
    import test_review83 as r83

    rng = random.Random(seed)
    complete: list[str] = []
    partial: list[str] = []

    def job(s: dict[str, Any], org: str, day: str, law: str, readings: dict[str, str]) -> str:
        return json.dumps(
            {"system": s, "org": org, "day": day, "law": law, "readings": readings},
            default=_json,
        )

    while len(complete) < n:
        if rng.random() < 0.5:
            s, law, day, readings, org_ = r83.draw_case(rng)
            org = "public" if org_ is r83.PUBLIC_BODY else "company"
            complete.append(job(s, org, day, law, readings))
            partial.append(job(r83.blank(s, rng), org, day, law, readings))
            continue
        roles = rng.choice((("provider",), ("importer",), ("deployer",), ("distributor",)))
        known = {name: rng.choice(l26._DOMAINS[name]) for name in l26._FACTS}
        open_ = rng.sample(l26._FACTS, rng.randint(1, 3))
        law = rng.choice(("original", "amended"))
        day = rng.choice(("2027-12-02", "2028-09-01", "2031-01-01"))
        readings = dict(rng.choice(l26._READINGS))
        org = "public" if roles == ("deployer",) and rng.random() < 0.5 else "company"
        complete.append(job(l26._build(roles, known), org, day, law, readings))
        unknown = {**known, **{name: l26._UNKNOWN[name] for name in open_}}
        partial.append(job(copy.deepcopy(l26._build(roles, unknown)), org, day, law, readings))
    return complete, partial


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("--base", default="/work/main")
    parser.add_argument("--n", type=int, default=400, help="cases of each kind per seed")
    parser.add_argument("--seeds", default="1,2,3,4,5")
    args = parser.parse_args()
    if args.worker:
        worker()
        return 0
    totals: Counter[str] = Counter()
    moves: Counter[str] = Counter()
    bad: list[Any] = []
    examples: dict[str, Counter[str]] = {}
    for seed in (int(s) for s in args.seeds.split(",")):
        complete, partial = generate(seed, args.n)
        for kind, jobs in (("complete", complete), ("partial", partial)):
            before = _run(args.base, jobs)
            after = _run(str(ROOT), jobs)
            for index, (b, a) in enumerate(zip(before, after, strict=True)):
                if "error" in b or "error" in a:
                    totals[f"{kind} invalid"] += 1
                    if ("error" in b) != ("error" in a):
                        bad.append((seed, kind, index, "error on one side"))
                    continue
                totals[f"{kind} cases"] += 1
                for duty, row_b in b.items():
                    row_a = a[duty]
                    totals[f"{kind} rows"] += 1
                    if row_a == row_b:
                        continue
                    if kind == "complete":
                        bad.append((seed, kind, index, duty, row_b, row_a))
                        continue
                    if row_b[0] is None and row_a[0] is not None:
                        moves[f"applies None -> {row_a[0]}"] += 1
                        examples.setdefault(f"applies None -> {row_a[0]}", Counter())[duty] += 1
                    elif row_b[0] != row_a[0]:
                        bad.append((seed, kind, index, duty, "applies", row_b, row_a))
                        continue
                    if row_b[1] != row_a[1]:
                        if row_b[1] == "undetermined":
                            moves[f"status undetermined -> {row_a[1]}"] += 1
                        else:
                            bad.append((seed, kind, index, duty, "status", row_b, row_a))
                            continue
                    # a duty whose conditions became false has no date (timing None)
                    if row_a[0] is not False and row_b[2:] != row_a[2:]:
                        bad.append((seed, kind, index, duty, "dates", row_b, row_a))
        print(f"seed {seed}: {dict(totals)}", flush=True)
    print("moves:", dict(moves))
    for move, duties in examples.items():
        print(f"  {move}: {len(duties)} duties, most moved: {duties.most_common(8)}")
    print("differences:", len(bad))
    for item in bad[:20]:
        print("  ", item)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
