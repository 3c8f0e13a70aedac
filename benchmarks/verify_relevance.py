"""Exact relevance against the open-question heuristic, on the example cases (not part of CI).

For each example case (and the same case with its facts forgotten in turn, to get partial
cases), the tier's exactly relevant facts (:func:`aiact.verify.relevant_facts`) against the open
questions of the assessment that bear on a category of the tier ladder (what an interview would
ask today). Prints the counts, the facts the heuristic would ask in vain, and the time.

Usage::

    .venv/bin/python benchmarks/verify_relevance.py
"""

from __future__ import annotations

import time
from pathlib import Path

from aiact.case import Case, load_case
from aiact.verify.relevance import relevance

ROOT = Path(__file__).resolve().parents[1]
LADDER = {"ai_system", "in_scope", "prohibited", "high_risk", "transparency"}


def _partials(case: Case) -> list[tuple[str, Case]]:
    """The case, and the case with each stated group of facts forgotten."""
    assert case.system is not None
    out = [("as given", case)]
    for group in ("roles", "exclusions", "annex_iii", "derogation", "transparency", "context"):
        system = case.system.model_copy(update={group: type(getattr(case.system, group))()})
        out.append((f"without {group}", case.model_copy(update={"system": system})))
    return out


def main() -> int:
    rows = []
    started = time.perf_counter()
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        try:
            case = load_case(path)
        except ValueError:
            continue
        if case.system is None:
            continue
        for label, partial in _partials(case):
            assessment = partial.assess()
            heuristic = {q.fact for q in assessment.open_questions if LADDER & set(q.affects)}
            exact = relevance(partial, "tier")
            rows.append(
                (
                    f"{path.stem} ({label})",
                    len(exact.unknown),
                    len(heuristic),
                    len(exact.facts),
                    len(heuristic - set(exact.facts)),
                    len(set(exact.facts) - heuristic),
                    exact.seconds,
                )
            )
    print(f"{'case':58} unknown heuristic exact in-vain missed seconds")
    for row in rows:
        print(f"{row[0]:58} {row[1]:7} {row[2]:9} {row[3]:5} {row[4]:7} {row[5]:6} {row[6]:7.2f}")
    total = sum(r[2] for r in rows)
    vain = sum(r[4] for r in rows)
    print(
        f"\n{len(rows)} partial cases; the heuristic names {total} questions, {vain} of them "
        f"({vain / max(1, total):.0%}) can never change the tier; "
        f"{time.perf_counter() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
