"""The interview against the beslishulp, and the time to compute a next question (a benchmark,
not a timed test; figures in docs/interview.md).

    .venv/bin/python benchmarks/interview.py            # all 3,140 paths (tens of minutes)
    .venv/bin/python benchmarks/interview.py --quick    # a sample (seconds; for CI)
    .venv/bin/python benchmarks/interview.py --json out.json

1. **The beslishulp.** For every complete path of its decision tree, the facts the path
   establishes (``aiact.interop.beslishulp.from_beslishulp``, with the path's deterministic
   witness and, by default, the facts the tree's conclusions presume, ``assume_tree_defaults``;
   the organisation the beslishulp conformance test uses) are the truth. The interview with goal
   ``tier`` answers from them ("don't know" where the path does not say) until the tier and the
   roles are determined or nothing that could decide them is left to ask. Counted: our
   questions (the "system or model" question and every "don't know" included) against the
   tree's questions on the path (its interstitial screen 2.0 excluded).
   A second reading (``beslishulp_with_organisation_profile``) starts each interview from a
   stated organisation profile (:data:`PROFILE`: the kind, the establishment in the EU and the
   member state, not counted as questions), the setting comparable with the tree, which
   presumes a Dutch public authority and asks nothing about the organisation. For the paths
   where we ask more than the tree, ``asked_on_paths_with_more`` counts the questions asked.
2. **The scenarios.** The same with goal ``full`` over the cases of ``tests/scenarios/``.
3. **Time.** Computing one next question, cold (every cache emptied first: a stateless server
   that remembers nothing) on a sample of the states met above, and warm (as met in the runs,
   with what earlier interviews left in the caches). Median and p99, in CPU time
   (``time.process_time``: on a shared machine wall time measures the other processes). Each
   cold state is computed ``--repeat`` times (default 3): the first run, and the least of the
   runs (``..._least_of_3``: the cost of the computation without the machine's noise).

The beslishulp is read from ``../shared/reference/beslishulp`` (skipped with a note where absent).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aiact.case import case_from_mapping  # noqa: E402
from aiact.facts import GPAIModel, Organisation, OrganisationKind  # noqa: E402
from aiact.questions import SUBJECT_QUESTION, subject_answer, subject_asked  # noqa: E402
from aiact.questions.fields import SubjectKind, flatten  # noqa: E402
from aiact.questions.goals import Context, Goal  # noqa: E402
from aiact.questions.relevance import best, clear_cache, is_determined  # noqa: E402
from aiact.questions.simulate import answer_from  # noqa: E402
from benchmarks.report import write_report  # noqa: E402

TREE_DIR = ROOT.parent / "shared" / "reference" / "beslishulp"
SCENARIOS = ROOT / "tests" / "scenarios"
AS_OF = dt.date(2026, 9, 1)
ORGANISATION = Organisation(
    kind=OrganisationKind.PUBLIC_AUTHORITY, member_state="NL", established_in_eu=True
)


PROFILE = ("organisation.kind", "organisation.established_in_eu", "organisation.member_state")
"""The organisation profile a web questionnaire or the service holds for a known user (a Dutch
public authority, established in the EU): stated before the interview in the reading
``beslishulp_with_organisation_profile``, as the beslishulp presumes it of its users."""


def interview(
    truth: dict[str, Any],
    kind: SubjectKind,
    context: Context,
    goal: Goal,
    states: list[tuple[Any, ...]] | None = None,
    times: list[float] | None = None,
    start: dict[str, Any] | None = None,
) -> tuple[int, int, bool, list[str]]:
    """Run one interview answering from ``truth``: (questions asked including the subject
    question, "don't know" answers, goal determined at the end, question ids). ``start``: facts
    stated before the interview (an organisation profile), not counted as questions."""
    facts: dict[str, Any] = dict(start or {})
    # The first question: a system or a model, and for a system whether it is an AI system where
    # the person can say so (its answer sets is_ai_system, as Interview.facts applies it); "not
    # known (yet)" counts the question ai_system as asked, answered "don't know" (subj19), as
    # Interview.asked does: not asked, not counted.
    first = subject_answer(kind, truth)
    subject = SUBJECT_QUESTION.sets(first)
    facts.update({path: value for path, value in subject.items() if facts.get(path) is None})
    asked: list[str] = list(subject_asked(first))
    counted: list[str] = []
    dont_know = 0
    while True:
        if states is not None:
            states.append((dict(facts), kind, context, goal, tuple(asked)))
        start = time.process_time()
        found = best(facts, kind, context, goal, asked)
        if times is not None:
            times.append(time.process_time() - start)
        if found is None:
            break
        question = found.question
        answer = answer_from(question, truth, kind, context)
        if answer is None:
            dont_know += 1
        facts.update(question.sets(answer))
        asked.append(question.id)
        counted.append(question.id)
    determined = is_determined(facts, kind, context, goal)
    return 1 + len(counted), dont_know, determined, counted


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def completed(truth: dict[str, Any], kind: SubjectKind) -> dict[str, Any]:
    """A person who knows their own situation: what the path does not establish is "no"
    (every unknown flag false, every unknown list empty; dates and amounts stay unknown). The
    facts that only follow-up questions of a definition ask (``definition.*``: what the system
    does, asked only after "don't know" to "Is it an AI system?") are left unknown: "no" to
    them would contradict the path's direct answer."""
    from aiact.questions import catalogue
    from aiact.questions.fields import fields

    direct = {path for q in catalogue().for_kind(kind) if not q.after for path in q.facts}
    out = dict(truth)
    for path, info in fields(kind).items():
        if path in out or path not in direct:
            continue
        if info.type == "flag":
            out[path] = False
        elif info.type == "members":
            out[path] = ()
    return out


def beslishulp(
    quick: bool,
    assume_tree_defaults: bool,
    states: list[Any],
    times: list[float],
    complete: bool = False,
    every: int = 1,
    profile: bool = False,
) -> dict[str, Any] | None:
    from aiact.interop.beslishulp import (
        from_beslishulp,
        load_decision_tree,
        walk_paths,
        witness_for,
    )

    tree_file = TREE_DIR / "decision-tree.yaml"
    if not tree_file.exists():
        print(f"beslishulp: skipped, the reference is absent ({TREE_DIR})")
        return None
    tree = load_decision_tree(tree_file)
    paths = list(walk_paths(tree))
    chosen = list(enumerate(paths))[::every]
    if quick:
        chosen = chosen[:: max(1, len(chosen) // 60)]
    rows = []
    context = Context(AS_OF)
    for index, path in chosen:
        subject, org = from_beslishulp(
            path.answers,
            organisation=ORGANISATION,
            witness=witness_for(path, index),
            assume_tree_defaults=assume_tree_defaults,
        )
        kind: SubjectKind = "model" if isinstance(subject, GPAIModel) else "system"
        truth = flatten(
            {"organisation": org.model_dump(mode="json"), kind: subject.model_dump(mode="json")},
            kind,
        )
        if complete:
            truth = _consistent(completed(truth, kind), truth, kind, context)
            if truth is None:
                continue  # "no" everywhere contradicts the path (e.g. a role the tree names)
        start = {p: v for p, v in truth.items() if p in PROFILE} if profile else None
        ours, dont_know, determined, asked = interview(
            truth, kind, context, "tier", states, times, start
        )
        theirs = sum(1 for qid, _ in path.answers if qid != "2.0")
        full_tier = _tier(truth, kind, context)
        rows.append(
            {
                "path": index,
                "conclusion": path.conclusion,
                "tree": theirs,
                "ours": ours,
                "dont_know": dont_know,
                "determined": determined,
                "tier_if_all_known": full_tier,
                "asked": asked,
            }
        )
    return _summary(rows)


def _consistent(
    filled: dict[str, Any], truth: dict[str, Any], kind: SubjectKind, context: Context
) -> dict[str, Any] | None:
    """``filled`` without the "no" answers the models refuse (a fact that must equal another,
    such as ``value_chain.provider_established_in_eu`` for a provider), or None."""
    for _ in range(5):
        found = _tier_or_error(filled, kind, context)
        if not isinstance(found, Exception):
            return filled
        named = [
            p
            for p in filled
            if p not in truth and (f"{kind}.{p}:" in str(found) or f"{p}:" in str(found))
        ]
        if not named:
            return None
        for path in named:
            del filled[path]
    return None


def _tier_or_error(truth: dict[str, Any], kind: SubjectKind, context: Context) -> Any:
    from aiact.questions.relevance import MEMO

    return MEMO.assess(truth, kind, context)


def _tier(truth: dict[str, Any], kind: SubjectKind, context: Context) -> str:
    from aiact.questions.relevance import MEMO

    assessment = MEMO.assess(truth, kind, context)
    return "invalid" if isinstance(assessment, Exception) else assessment.risk_tier.value


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    ours = [r["ours"] for r in rows]
    tree = [r["tree"] for r in rows]
    at_most = sum(1 for r in rows if r["ours"] <= r["tree"])
    determined = [r for r in rows if r["determined"]]
    return {
        "paths": len(rows),
        "ours_median": statistics.median(ours),
        "tree_median": statistics.median(tree),
        "ours_mean": round(statistics.fmean(ours), 2),
        "tree_mean": round(statistics.fmean(tree), 2),
        "share_at_most_tree": round(at_most / len(rows), 4),
        "share_determined": round(len(determined) / len(rows), 4),
        "ours_median_determined": statistics.median([r["ours"] for r in determined])
        if determined
        else None,
        "dont_know_mean": round(statistics.fmean(r["dont_know"] for r in rows), 2),
        "ours_max": max(ours),
        "first_questions": Counter(r["asked"][0] for r in rows if r["asked"]).most_common(3),
        "worst": sorted(rows, key=lambda r: r["tree"] - r["ours"])[:5],
        "asked_on_paths_with_more": Counter(
            q for r in rows if r["ours"] > r["tree"] for q in sorted(set(r["asked"]))
        ).most_common(12),
        "paths_with_more": sum(1 for r in rows if r["ours"] > r["tree"]),
    }


def scenarios(quick: bool, states: list[Any], times: list[float]) -> dict[str, Any]:
    rows = []
    for file in sorted(SCENARIOS.glob("*.yaml")):
        for scenario in yaml.safe_load(file.read_text(encoding="utf-8")) or []:
            case = case_from_mapping(scenario["case"])
            kind: SubjectKind = "system" if case.system is not None else "model"
            truth = flatten(case.model_dump(mode="json"), kind)
            context = Context(case.as_of or AS_OF, case.law, case.interpretations)
            ours, dont_know, determined, _ = interview(truth, kind, context, "full", states, times)
            rows.append(
                {
                    "scenario": f"{file.stem}::{scenario['id']}",
                    "ours": ours,
                    "facts_in_case": len(truth),
                    "dont_know": dont_know,
                    "determined": determined,
                    "determined_by_all_facts": is_determined(truth, kind, context, "full"),
                }
            )
            if quick and len(rows) >= 15:
                break
        if quick and len(rows) >= 15:
            break
    ours = [r["ours"] for r in rows]
    same = [r for r in rows if r["determined"] == r["determined_by_all_facts"]]
    return {
        "scenarios": len(rows),
        "ours_median": statistics.median(ours),
        "ours_max": max(ours),
        "facts_in_case_median": statistics.median(r["facts_in_case"] for r in rows),
        "share_determined": round(sum(r["determined"] for r in rows) / len(rows), 4),
        "share_determined_as_by_all_facts": round(len(same) / len(rows), 4),
        "dont_know_mean": round(statistics.fmean(r["dont_know"] for r in rows), 2),
    }


def cold_times(states: list[Any], sample: int, repeat: int = 1) -> tuple[list[float], list[float]]:
    """Each state's next question computed with every cache of the interview emptied first
    (:func:`clear_cache`; the garbage of the emptied caches collected before the clock starts:
    it is the benchmark's, not the computation's). CPU time of the process. The process's own
    bounded caches (the rule atoms of a field's value, ``goals._atoms_of_value``; the merged
    facts of an answer) are as the interviews above left them, as a server's are after its
    earlier requests: where they had been emptied by eviction (round 13: with the law and the
    readings in their keys, 4,096 entries full after the scenarios), the first state of a case
    paid for filling them again, up to twice its time.

    Each state is computed ``repeat`` times in a row, cold each time. Returned: the first run of
    each state (the figure of every round before 23) and the least of the runs (round 23: a
    single run's p99 of 300 states moved by up to 8 ms between runs of the same code on an idle
    machine; the least of a few runs is the cost of the computation, without what the machine
    adds, as ``timeit`` reports it)."""
    if sample <= 0 or not states:  # --cold-sample 0: no cold reading (it divided by zero)
        return [], []
    step = max(1, len(states) // sample)
    first: list[float] = []
    least: list[float] = []
    for facts, kind, context, goal, asked in states[::step][:sample]:
        runs = []
        for _ in range(max(1, repeat)):
            clear_cache()
            gc.collect()
            start = time.process_time()
            best(facts, kind, context, goal, asked)
            runs.append(time.process_time() - start)
        first.append(runs[0])
        least.append(min(runs))
    return first, least


def _ms(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "median_ms": round(statistics.median(values) * 1000, 2) if values else float("nan"),
        "p99_ms": round(_pct(values, 0.99) * 1000, 2),
        "max_ms": round(max(values) * 1000, 2) if values else float("nan"),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a sample, for CI")
    parser.add_argument("--json", help="also write the report as JSON to this file")
    parser.add_argument("--cold-sample", type=int, default=400)
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="cold runs of each state; the least of them is reported beside the first (default 3)",
    )
    parser.add_argument(
        "--every",
        type=int,
        default=1,
        help="the main reading (path facts and the tree's presumptions) on every Nth path "
        "(default: every path)",
    )
    parser.add_argument(
        "--every-other",
        type=int,
        default=5,
        help="the two other ways of reading the paths run on every Nth path (default 5)",
    )
    args = parser.parse_args(argv)
    report: dict[str, Any] = {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "load_average": os.getloadavg(),
        "python": sys.version.split()[0],
    }
    clear_cache()
    states: list[Any] = []
    warm: list[float] = []
    start = time.perf_counter()
    report["main_reading_every_nth_path"] = args.every
    report["beslishulp_with_tree_defaults"] = beslishulp(
        args.quick, True, states, warm, False, args.every
    )
    report["beslishulp_with_organisation_profile"] = beslishulp(
        args.quick, True, [], [], False, args.every, profile=True
    )
    every = args.every_other
    report["other_modes_every_nth_path"] = every
    report["beslishulp_without_tree_defaults"] = beslishulp(args.quick, False, [], [], False, every)
    report["beslishulp_person_knows_the_rest"] = beslishulp(args.quick, True, [], [], True, every)
    report["scenarios_full"] = scenarios(args.quick, states, warm)
    report["run_seconds"] = round(time.perf_counter() - start, 1)
    report["next_question_warm"] = _ms(warm)
    sample = 40 if args.quick else args.cold_sample
    tier_states = [s for s in states if s[3] == "tier"]
    full_states = [s for s in states if s[3] == "full"]
    for goal, chosen in (("tier", tier_states), ("full", full_states)):
        first, least = cold_times(chosen, sample, args.repeat)
        report[f"next_question_cold_{goal}"] = _ms(first)
        report[f"next_question_cold_{goal}_least_of_{args.repeat}"] = _ms(least)
    report["load_average_after"] = os.getloadavg()
    print(write_report(args.json, report, as_text=True), end="")
    return report


if __name__ == "__main__":
    main()
