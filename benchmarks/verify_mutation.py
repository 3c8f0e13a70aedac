"""How many mutants of the rules do the proofs catch? (aiact.verify; not part of CI.)

Each mutant changes one rule condition in memory (``and`` -> ``or``, ``or`` -> ``and``, drop a
``not``), the rule set is compiled again, and the proofs run against it: the invariants that
hold for the real rules, reachability (every rule can fire, none fires always) and redundancy.
A mutant no proof notices "survives" (it may be equivalent, or a change no invariant speaks
about).

Usage::

    .venv/bin/python benchmarks/verify_mutation.py --limit 40
"""

from __future__ import annotations

import argparse
import random
import re
import time
from dataclasses import replace

from aiact.engine.compile import ruleset_for
from aiact.ruleset import Rule, RuleSetError, compile_rules
from aiact.verify.invariants import INVARIANTS
from aiact.verify.reach import reachability, redundancies
from aiact.versions import LawVersion


def mutants(rules: tuple[Rule, ...]) -> list[tuple[str, str, str]]:
    """(rule id, description, new condition)."""
    out = []
    for rule in rules:
        text = rule.when
        for pattern, replacement, label in (
            (r"\band\b", "or", "and->or"),
            (r"\bor\b", "and", "or->and"),
            (r"\bnot\s+", "", "drop not"),
        ):
            for match in re.finditer(pattern, text):
                changed = text[: match.start()] + replacement + text[match.end() :]
                out.append((rule.id, f"{label} at {match.start()}", changed))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args()
    law = LawVersion.AMENDED
    base = ruleset_for("system", law)
    every = mutants(base.rules)
    chosen = random.Random(args.seed).sample(every, min(args.limit, len(every)))
    killed = 0
    started = time.perf_counter()
    for rule_id, label, when in chosen:
        rules = [replace(r, when=when) if r.id == rule_id else r for r in base.rules]
        try:
            mutant = compile_rules(rules, law, base.inputs)
        except RuleSetError:
            killed += 1
            print(f"killed (does not compile)  {rule_id}: {label}")
            continue
        by = None
        for invariant in INVARIANTS:
            runs = invariant.holds and "system" in invariant.kinds
            if runs and not invariant.run("system", law, mutant):
                by = invariant.name
                break
        if by is None:
            reach = reachability("system", law, mutant)
            if any(not r.can_fire or not r.can_fail for r in reach):
                by = "reachability"
            elif redundancies("system", law, mutant):
                by = "redundancy"
        killed += by is not None
        print(f"{'killed by ' + by if by else 'SURVIVED':40} {rule_id}: {label}: {when}")
    seconds = time.perf_counter() - started
    print(
        f"\n{killed} of {len(chosen)} mutants caught ({len(every)} possible), "
        f"{seconds:.0f} s ({seconds / max(1, len(chosen)):.1f} s per mutant)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
