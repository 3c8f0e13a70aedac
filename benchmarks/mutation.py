"""A small hand-rolled mutation tester for the rules and penalties (not part of CI).

It copies the source tree to a scratch directory (the working tree is never touched), applies one
mutant at a time to ``aiact/rules/*.py`` or ``aiact/penalties/*.py`` and runs the fast test
selection against the copy; a mutant that no test notices "survives". Mutations:

- in rule conditions (``when=`` strings): ``and`` -> ``or``, ``or`` -> ``and``, drop a ``not``;
- in the penalties: change an amount or percentage (``Decimal("35000000")`` -> ``...1``), swap
  ``min``/``max``, flip ``<``/``<=`` and ``>``/``>=``.

Usage::

    .venv/bin/python benchmarks/mutation.py                 # every mutant (long)
    .venv/bin/python benchmarks/mutation.py --limit 40      # a deterministic sample
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = [
    "tests/test_scenarios.py",
    "tests/test_assessment.py",
    "tests/test_penalties.py",
    "tests/test_penalties_properties.py",
]


@dataclass(frozen=True)
class Mutant:
    path: str
    start: int
    end: int
    replacement: str
    description: str


_WHEN = re.compile(r'when=\(?\s*((?:f?"[^"]*"\s*)+)\)?', re.S)
_PENALTY: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str], str]] = [
    (re.compile(r'Decimal\("(\d+)"\)'), lambda m: f'Decimal("{int(m.group(1)) + 1}")', "amount+1"),
    (re.compile(r"\bmax\("), lambda m: "min(", "max->min"),
    (re.compile(r"\bmin\("), lambda m: "max(", "min->max"),
    (re.compile(r" <= "), lambda m: " < ", "<=-><"),
    (re.compile(r" >= "), lambda m: " > ", ">=->>"),
    (re.compile(r" < "), lambda m: " <= ", "<-><="),
    (re.compile(r" > "), lambda m: " >= ", ">->>="),
]


def mutants() -> list[Mutant]:
    found: list[Mutant] = []
    for path in sorted((ROOT / "aiact" / "rules").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        rel = str(path.relative_to(ROOT))
        for block in _WHEN.finditer(text):
            start = block.start(1)
            for op, new, what in ((" and ", " or ", "and->or"), (" or ", " and ", "or->and")):
                for hit in re.finditer(re.escape(op), block.group(1)):
                    found.append(Mutant(rel, start + hit.start(), start + hit.end(), new, what))
            for hit in re.finditer(r"\bnot ", block.group(1)):
                found.append(Mutant(rel, start + hit.start(), start + hit.end(), "", "drop not"))
    for path in sorted((ROOT / "aiact" / "penalties").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        rel = str(path.relative_to(ROOT))
        for pattern, make, what in _PENALTY:
            for hit in pattern.finditer(text):
                found.append(Mutant(rel, hit.start(), hit.end(), make(hit), what))
    return found


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def run(limit: int | None, seed: int) -> int:
    all_mutants = mutants()
    chosen = all_mutants
    if limit is not None and limit < len(all_mutants):
        chosen = sorted(
            random.Random(seed).sample(all_mutants, limit), key=lambda m: (m.path, m.start)
        )
    scratch = Path(tempfile.mkdtemp(prefix="aiact-mutation-"))
    shutil.copytree(ROOT / "aiact", scratch / "aiact")
    shutil.copytree(ROOT / "tests", scratch / "tests")
    shutil.copy(ROOT / "pyproject.toml", scratch / "pyproject.toml")
    survivors: list[str] = []
    killed = 0
    try:
        for number, mutant in enumerate(chosen, 1):
            target = scratch / mutant.path
            original = (ROOT / mutant.path).read_text(encoding="utf-8")
            mutated = original[: mutant.start] + mutant.replacement + original[mutant.end :]
            target.write_text(mutated, encoding="utf-8")
            where = f"{mutant.path}:{line_of(original, mutant.start)} {mutant.description}"
            try:
                done = subprocess.run(
                    [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *TESTS],
                    cwd=scratch,
                    env={"PYTHONPATH": str(scratch), "HYPOTHESIS_PROFILE": "dev", "PATH": ""},
                    capture_output=True,
                    timeout=600,
                )
                alive = done.returncode == 0
            except subprocess.TimeoutExpired:
                alive = False
            target.write_text(original, encoding="utf-8")
            if alive:
                survivors.append(where)
            else:
                killed += 1
            print(
                f"[{number}/{len(chosen)}] {'SURVIVED' if alive else 'killed  '} {where}",
                flush=True,
            )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    total = len(chosen)
    print(
        f"\nmutation score: {killed}/{total} = {killed / max(total, 1):.1%} "
        f"(of {len(all_mutants)} mutants in all)"
    )
    for survivor in survivors:
        print(f"  survived: {survivor}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description="hand-rolled mutation testing of rules/penalties")
    parser.add_argument("--limit", type=int, default=None, help="a random sample of N mutants")
    parser.add_argument("--seed", type=int, default=1, help="seed for the sample")
    args = parser.parse_args()
    return run(args.limit, args.seed)


if __name__ == "__main__":
    raise SystemExit(main())
