"""Review rev28a: probes of round 28's ``relevance._without_refused`` (STUCK_WITHOUT_REFUSED).

(a) ``premise``: on states of the interview collection (``/tmp/bench26/states27.pkl``: a
pickled list of (facts, kind, context, goal, asked)) and on states drawn from them by random
answers, every answer an input model's check refuses with known reads
(:func:`aiact.questions.goals.refusal_reads`) is assessed from scratch
(``relevance.MEMO.assess``) together with combinations of other questions' answers that set
none of the fields read: each must be refused.

(b) ``compare``: ``best(..., staged=False)`` for each stage up to the state's goal, with the
switch on and off (``relevance.clear_cache()`` before each), and the staged answer (the first
stage's question found, as ``best`` composes it); the differences are reported, with how many
searches the switch left an answer out of the proof in, and how many first proofs it turned.

Usage::

    PYTHONPATH=. python benchmarks/rev28a_probe.py premise --states 400 --drawn 200
    PYTHONPATH=. python benchmarks/rev28a_probe.py compare --states 1500
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from aiact.questions import relevance
from aiact.questions.catalogue import catalogue
from aiact.questions.goals import GOALS, refusal_reads
from aiact.questions.relevance import best, completions, trial_answers

PICKLE = "/tmp/bench26/states27.pkl"
_MISSING = object()


def _states(path: str = PICKLE) -> list[tuple[dict[str, Any], Any, Any, Any, tuple[str, ...]]]:
    with open(path, "rb") as handle:
        return pickle.load(handle)  # type: ignore[no-any-return]


def _spread(items: Sequence[Any], count: int) -> list[int]:
    """``count`` indexes spread evenly over ``items`` (all where fewer)."""
    if count >= len(items):
        return list(range(len(items)))
    step = len(items) / count
    return sorted({int(i * step) for i in range(count)})


def _answers(kind: Any, context: Any, facts: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every trial answer of every question of ``kind`` completed on ``facts``, as the facts it
    changes (empty ones left out)."""
    out = []
    for question in catalogue().for_kind(kind):
        for _, sets in completions(trial_answers(question, kind, context), facts):
            changes = {k: v for k, v in sets.items() if facts.get(k, _MISSING) != v}
            if changes:
                out.append((question.id, changes))
    return out


def _touches(paths: Mapping[str, Any], read: frozenset[str]) -> bool:
    return any(
        p == n or p.startswith(n + ".") or n.startswith(p + ".") for n in read for p in paths
    )


def _model_of(path: str) -> str:
    """The model a flat path is a field of (its path without the field's name)."""
    return path.rsplit(".", 1)[0] if "." in path else ""


def _drawn(
    states: Sequence[Any], count: int, rng: random.Random
) -> list[tuple[dict[str, Any], Any, Any]]:
    """States drawn from the collection's: 1 to 6 random answers of open questions added, each
    kept where the facts stay accepted."""
    out: list[tuple[dict[str, Any], Any, Any]] = []
    while len(out) < count:
        facts, kind, context, _, _ = states[rng.randrange(len(states))]
        facts = dict(facts)
        for _ in range(rng.randint(1, 6)):
            answers = _answers(kind, context, facts)
            if not answers:
                break
            _, changes = answers[rng.randrange(len(answers))]
            trial = {**facts, **changes}
            if not isinstance(relevance.MEMO.assess(trial, kind, context), Exception):
                facts = trial
        out.append((facts, kind, context))
    return out


def premise(states: int, drawn: int, combos: int, singles: int, seed: int) -> int:
    rng = random.Random(seed)
    collection = _states()
    cases = [collection[i][:3] for i in _spread(collection, states)]
    cases += _drawn(collection, drawn, rng)
    counts: Counter[str] = Counter()
    failures: list[Any] = []
    started = time.monotonic()
    for facts, kind, context in cases:
        relevance.clear_cache()
        base = relevance.MEMO.assess(facts, kind, context)
        if isinstance(base, Exception):
            counts["state refused"] += 1
            continue
        counts["states"] += 1
        answers = _answers(kind, context, facts)
        for question, changes in answers:
            read = refusal_reads(base, changes)
            if read is None:
                continue
            counts["refused answers with reads"] += 1
            counts["reads " + ",".join(sorted(read))[:90]] += 0  # kinds seen (keys only)
            assert isinstance(relevance.MEMO.assess({**facts, **changes}, kind, context), Exception)
            others = [
                sets for other, sets in answers if other != question and not _touches(sets, read)
            ]
            # Alone: every answer within a model a read field is in (the likeliest to lift a
            # check that reads more than it names), and a sample of the rest.
            near = {_model_of(n) for n in read}
            close = [sets for sets in others if any(_model_of(p) in near for p in sets)]
            rest = [sets for sets in others if not any(_model_of(p) in near for p in sets)]
            trials: list[list[dict[str, Any]]] = [[sets] for sets in close]
            trials += [[sets] for sets in rng.sample(rest, min(len(rest), singles))]
            for _ in range(combos):
                if not others:
                    break
                trials.append(rng.sample(others, min(len(others), rng.randint(2, 5))))
            for picked in trials:
                together: dict[str, Any] = {}
                parts = [*picked, changes]
                if rng.random() < 0.5:
                    parts = [changes, *picked]  # the refused answer first, others over it
                for part in parts:
                    together.update(part)
                counts["combinations"] += 1
                found = relevance.MEMO.assess({**facts, **together}, kind, context)
                if not isinstance(found, Exception):
                    failures.append((facts, kind, context, question, changes, read, together))
                    counts["ACCEPTED (defect)"] += 1
    kinds = sorted(k for k in counts if k.startswith("reads "))
    for key in sorted(k for k in counts if not k.startswith("reads ")):
        print(f"{key}: {counts[key]}")
    print(f"kinds of reads seen: {len(kinds)}")
    for key in kinds:
        print("  ", key[6:])
    print(f"seconds: {time.monotonic() - started:.0f}")
    for failure in failures[:5]:
        print("FAILURE", failure)
    return 1 if failures else 0


def _key(found: Any) -> Any:
    if found is None:
        return None
    return (
        found.question.id,
        found.score,
        tuple(found.outcomes),
        found.witness,
        tuple(sorted(found.given.items(), key=repr)),
        found.affects,
    )


def compare(states: int, offset: int, budget: float) -> int:
    collection = _states()
    picked = _spread(collection, states)
    picked = [(i + offset) % len(collection) for i in picked]
    dropped = [0]
    original = relevance._without_refused

    def counting(*args: Any) -> Any:
        out = original(*args)
        dropped[0] += sum(len(a) for a in args[2]) - sum(len(a) for a in out)
        return out

    relevance._without_refused = counting  # type: ignore[assignment]
    firsts: list[bool] = []
    stuck = relevance._stuck

    def recording(*args: Any) -> bool:
        found = stuck(*args)
        firsts.append(found)
        return found

    relevance._stuck = recording  # type: ignore[assignment]
    counts: Counter[str] = Counter()
    differences: list[tuple[int, str, Any, Any]] = []
    started = time.monotonic()
    try:
        for index in picked:
            if time.monotonic() - started > budget:
                counts["stopped by the time budget"] += 1
                break
            facts, kind, context, goal, asked = collection[index]
            counts["states"] += 1
            staged: dict[bool, Any] = {}
            for stage in GOALS[: GOALS.index(goal) + 1]:
                results = {}
                proofs = {}
                dropped_here = 0
                for switch in (True, False):
                    relevance.STUCK_WITHOUT_REFUSED = switch
                    relevance.clear_cache()
                    dropped[0] = 0
                    firsts.clear()
                    results[switch] = _key(best(facts, kind, context, stage, asked, staged=False))
                    proofs[switch] = list(firsts)
                    if switch:
                        dropped_here = dropped[0]
                    if switch and dropped[0]:
                        counts["searches with answers left out"] += 1
                        counts["answers left out"] += dropped[0]
                    if switch not in staged and results[switch] is not None:
                        staged[switch] = results[switch]
                counts["stage searches"] += 1
                if proofs[True] != proofs[False]:
                    counts["searches whose proofs differ"] += 1
                if proofs[True][:1] == [True] and proofs[False][:1] == [False]:
                    counts["first proofs turned"] += 1
                if dropped_here:
                    # The ground truth where the switch left answers out: no proof at all,
                    # every pair the search meets tried (relevance.STUCK off).
                    relevance.STUCK = False
                    try:
                        relevance.clear_cache()
                        truth = _key(best(facts, kind, context, stage, asked, staged=False))
                    finally:
                        relevance.STUCK = True
                    counts["searches checked without any proof"] += 1
                    if truth != results[True]:
                        counts["DIFFERENT from no proof (defect)"] += 1
                        differences.append((index, f"{stage} without proof", results[True], truth))
                if results[True] != results[False]:
                    counts["DIFFERENT unstaged (defect)"] += 1
                    differences.append((index, stage, results[True], results[False]))
            if staged.get(True) != staged.get(False):
                counts["DIFFERENT staged (defect)"] += 1
                differences.append((index, "staged", staged.get(True), staged.get(False)))
    finally:
        relevance.STUCK_WITHOUT_REFUSED = True
        relevance._without_refused = original
        relevance._stuck = stuck
    for key in sorted(counts):
        print(f"{key}: {counts[key]}")
    print(f"seconds: {time.monotonic() - started:.0f}")
    for difference in differences[:10]:
        print("DIFFERENCE", difference)
    return 1 if differences else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("probe", choices=["premise", "compare"])
    parser.add_argument("--states", type=int, default=400)
    parser.add_argument("--drawn", type=int, default=200)
    parser.add_argument("--combos", type=int, default=20)
    parser.add_argument("--singles", type=int, default=30)
    parser.add_argument("--seed", type=int, default=28)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--budget", type=float, default=1800.0)
    args = parser.parse_args(argv)
    if args.probe == "premise":
        return premise(args.states, args.drawn, args.combos, args.singles, args.seed)
    return compare(args.states, args.offset, args.budget)


if __name__ == "__main__":
    sys.exit(main())
