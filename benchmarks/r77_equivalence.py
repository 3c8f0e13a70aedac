"""r77: the floor of an unknown significant change read route by route, side by side with another
checkout (not a test; run by hand).

    PYTHONPATH=$PWD python benchmarks/r77_equivalence.py --base /tmp/r77base [--n 300]

Each case is assessed in two subprocesses, one with ``PYTHONPATH=<base>`` (the code before r77)
and one with this checkout; every obligation's row is (applies, status, applies_from, deadline,
possible dates, earliest).

* complete cases: review83's and legacy26's random generators (as
  benchmarks/legacy26_equivalence.py) and every completion below: rows identical (0 differences
  expected);
* partial cases with completions: legacy systems with the change unknown (alone or with the
  route, public use, placing or Annex I), from tests/test_review71.py and tests/test_review78.py,
  under both texts, readings {}, A2, A3, A21 (alone and with A2 / A3 / A27 / A30), A27, A30,
  on days around the cut-offs; each completed over the change (none, each side of every
  cut-off) and the other fact. Per obligation: applies, applies_from, deadline and possible
  dates unchanged; ``earliest`` only rises and stays no later than the earliest date of every
  completion; the status changes only from undetermined, and then to the status of every
  completion;
* partial cases of review83's ``blank``: the same without completions (earliest only rises,
  status only from undetermined).
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from legacy26_equivalence import generate as random_cases  # noqa: E402

D = dt.date


def worker() -> None:
    """As legacy26's worker, each row with the timing's earliest date."""
    legacy26.worker(earliest=True)


def _run(pythonpath: str, jobs: list[str]) -> list[dict[str, Any]]:
    return legacy26._run(pythonpath, jobs, __file__)


def _both(base: str, jobs: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of ``jobs`` under ``base`` and this checkout, the two run side by side."""
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        before = pool.submit(_run, base, jobs)
        after = pool.submit(_run, str(ROOT), jobs)
        return before.result(), after.result()


_LIT = {"legacy_general_duties": "literal"}
_READINGS: tuple[dict[str, str], ...] = (
    {},
    {"art111_cutoff": "general_date"},
    _LIT,
    dict(_LIT, art111_cutoff="general_date"),
    dict(_LIT, public_authority_use="actual_use"),
    dict(_LIT, reclassified_system_timing="placed_as_not_high_risk"),
    dict(_LIT, art80_finding="provider_assessment_stands"),
    {"art80_finding": "provider_assessment_stands"},
)
_DAYS = {
    "original": ("2026-05-01", "2026-12-02", "2027-09-01"),
    "amended": ("2026-12-02", "2027-06-01", "2028-01-03", "2028-09-01"),
}
_CUT_OFFS = (D(2026, 8, 2), D(2027, 12, 2), D(2028, 8, 2), D(2030, 8, 2))
_DOMAIN: dict[str, list[Any]] = {
    "change": ["none", *(day + dt.timedelta(days=k) for day in _CUT_OFFS for k in (-1, 0))],
    "route": ["iii", "i", "none"],
    "public": [True, False],
    "placed": [D(2025, 3, 1), D(2026, 9, 1), D(2028, 3, 1)],
    "annex_i": [True, False],
}
_KINDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "iii": ((), ("route",), ("public",), ("placed",)),
    "i": ((), ("public",)),
    "a30": ((), ("annex_i",)),
    "sup_i": (("annex_i",),),
    "iii_deployer": ((), ("public",)),
    "reclass": ((), ("public",)),
}


def _system(kind: str, state: dict[str, Any]) -> tuple[dict[str, Any], str]:
    sys.path.insert(0, str(ROOT / "tests"))
    import test_review71 as r71
    import test_review78 as r78

    if kind in ("iii", "i", "a30", "sup_i"):
        return r78._system(kind, state), "company"
    full = dict(r71._BASE, **state)
    return r71._case(kind, full), "public" if kind == "iii_deployer" else "company"


def targeted(sample: float, seed: int) -> list[tuple[str, list[str]]]:
    """Partial jobs with their completions' jobs (a ``sample`` share of them, by ``seed``)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import test_review71 as r71

    rng = random.Random(seed)
    out: list[tuple[str, list[str]]] = []
    for kind, patterns in _KINDS.items():
        for more, law, readings in itertools.product(patterns, _DAYS, _READINGS):
            for day in _DAYS[law]:
                if rng.random() > sample:
                    continue
                pattern = ("change", *more)
                system, org = _system(kind, dict.fromkeys(pattern, r71.OPEN))
                partial = _job(system, org, day, law, readings)
                completions = []
                for combo in itertools.product(*(_DOMAIN[k] for k in pattern)):
                    try:
                        system, org = _system(kind, dict(zip(pattern, combo, strict=True)))
                    except ValueError:  # not a valid completion (a change before the placing)
                        continue
                    completions.append(_job(system, org, day, law, readings))
                out.append((partial, completions))
    return out


def _job(system: dict[str, Any], org: str, day: str, law: str, readings: dict[str, str]) -> str:
    return json.dumps(
        {"system": system, "org": org, "day": day, "law": law, "readings": readings},
        default=legacy26._json,
    )


def _earliest_of(row: list[Any]) -> str | None:
    """The earliest date a completion's row gives (None: none, or "never")."""
    if row[1] == "not_applicable":
        return None
    days = [d for d in (row[2], *(row[4] or ()), row[5]) if d not in (None, "None")]
    return min(days) if days else None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("--base", default="/tmp/r77base")
    parser.add_argument("--n", type=int, default=300, help="random cases of each kind per seed")
    parser.add_argument("--seeds", default="1,2")
    parser.add_argument("--sample", type=float, default=1.0, help="share of targeted partials")
    args = parser.parse_args()
    if args.worker:
        worker()
        return 0
    totals: Counter[str] = Counter()
    moves: Counter[str] = Counter()
    rises: Counter[str] = Counter()
    bad: list[Any] = []

    def complete_rows(tag: str, before: list[Any], after: list[Any]) -> None:
        for index, (b, a) in enumerate(zip(before, after, strict=True)):
            if "error" in b or "error" in a:
                totals[f"{tag} invalid"] += 1
                if ("error" in b) != ("error" in a):
                    bad.append((tag, index, "error on one side"))
                continue
            totals[f"{tag} cases"] += 1
            for duty, row in b.items():
                totals[f"{tag} rows"] += 1
                if a[duty] != row:
                    bad.append((tag, index, duty, row, a[duty]))

    def partial_row(tag: str, duty: str, b: list[Any], a: list[Any], done: list[Any]) -> None:
        totals[f"{tag} rows"] += 1
        if a == b:
            return
        if [a[0], *a[2:5]] != [b[0], *b[2:5]]:
            bad.append((tag, duty, "values", b, a))
            return
        if a[5] != b[5]:
            if b[5] is None or a[5] is None or a[5] < b[5]:
                bad.append((tag, duty, "earliest falls", b, a))
                return
            rises[duty] += 1
            moves[f"earliest {b[5]} -> {a[5]}"] += 1
            for other in done:
                if "error" in other:
                    continue
                least = _earliest_of(other[duty])
                if least is not None and least < a[5]:
                    bad.append((tag, duty, "earliest above a completion", a, other[duty]))
                    return
        if a[1] != b[1]:
            if b[1] != "undetermined":
                bad.append((tag, duty, "status", b, a))
                return
            moves[f"status undetermined -> {a[1]}"] += 1
            for other in done:
                if "error" not in other and other[duty][1] != a[1]:
                    bad.append((tag, duty, "status of a completion", a, other[duty]))
                    return

    for seed in (int(s) for s in args.seeds.split(",")):
        complete, blanks = random_cases(seed, args.n)
        before, after = _both(args.base, complete)
        complete_rows("random complete", before, after)
        before, after = _both(args.base, blanks)
        for b, a in zip(before, after, strict=True):
            if "error" in b or "error" in a:
                totals["random partial invalid"] += 1
                continue
            totals["random partial cases"] += 1
            for duty, row in b.items():
                partial_row("random partial", duty, row, a[duty], [])
        print(f"seed {seed}: {dict(totals)}", flush=True)
    pairs = targeted(args.sample, 0)
    partials = [p for p, _ in pairs]
    completions = [c for _, cs in pairs for c in cs]
    before_p, after_p = _both(args.base, partials)
    before_c, after_c = _both(args.base, completions)
    complete_rows("completion", before_c, after_c)
    at = 0
    for (_, cs), b, a in zip(pairs, before_p, after_p, strict=True):
        done = after_c[at : at + len(cs)]
        at += len(cs)
        if "error" in b or "error" in a:
            totals["targeted partial invalid"] += 1
            continue
        totals["targeted partial cases"] += 1
        for duty, row in b.items():
            partial_row("targeted partial", duty, row, a[duty], done)
    print("totals:", dict(totals))
    print("moves:", dict(moves))
    print("earliest rose for:", rises.most_common(20))
    print("differences:", len(bad))
    for item in bad[:20]:
        print("  ", item)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
