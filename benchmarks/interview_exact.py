"""The interview with the native relevance against the solver's exact relevance (issue 19, item
3; a benchmark, not a timed test; figures in docs/verification.md, "Exact relevance in the
interview"). Needs the verify extra (z3).

    .venv/bin/python benchmarks/interview_exact.py --every 50 --scenarios-every 4
    .venv/bin/python benchmarks/interview_exact.py --quick       # a few paths (seconds)

The runs of ``benchmarks/interview.py`` (imported, read-only): every Nth complete path of the
beslishulp (the path's facts and the tree's presumptions are the truth, goal ``tier``) and every
Nth case of ``tests/scenarios/`` (goal ``full``), each interviewed three times: with the native
relevance, with the solver's (:func:`aiact.verify.interview.use_exact_relevance`) over
completions that may leave facts unknown (``any``) and over completions that state every
direct question (``known``). Reported per goal and mode: the questions asked (median, mean; the
paths where the count or the questions differ from the native run), whether the goal ends
determined in the Assessment, the questions the native run asks that the solver finds
irrelevant (and the paths with one), the questions a solver run asks that the native check does
not return, and the CPU time per next question (median, p90, mean; the solver's share). For the
goal ``full`` the solver decides the tier and obligations stages only (dates, deadlines and
fines are outside the translation): a question asked in the ``full`` run is checked against
``obligations``.

Caches: each mode starts with every cache of the interview emptied; times are warm within a
mode (as an interview server meets them). CPU time (``time.process_time``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aiact.case import case_from_mapping  # noqa: E402
from aiact.facts import GPAIModel  # noqa: E402
from aiact.questions import catalogue  # noqa: E402
from aiact.questions import relevance as native  # noqa: E402
from aiact.questions.fields import SubjectKind, flatten  # noqa: E402
from aiact.questions.goals import GOALS, Context, Goal  # noqa: E402
from aiact.verify.interview import ExactRelevance, use_exact_relevance  # noqa: E402
from benchmarks.interview import (  # noqa: E402
    AS_OF,
    ORGANISATION,
    SCENARIOS,
    TREE_DIR,
    interview,
)
from benchmarks.report import write_report  # noqa: E402

MODES = ("native", "any", "known")


def subjects(every: int, scenarios_every: int, quick: bool) -> list[dict[str, Any]]:
    """The truths interviewed: beslishulp paths (goal ``tier``) and scenarios (goal ``full``)."""
    out: list[dict[str, Any]] = []
    tree_file = TREE_DIR / "decision-tree.yaml"
    if tree_file.exists():
        from aiact.interop.beslishulp import (
            from_beslishulp,
            load_decision_tree,
            walk_paths,
            witness_for,
        )

        paths = list(enumerate(walk_paths(load_decision_tree(tree_file))))[::every]
        if quick:
            paths = paths[:4]
        for index, path in paths:
            subject, org = from_beslishulp(
                path.answers,
                organisation=ORGANISATION,
                witness=witness_for(path, index),
                assume_tree_defaults=True,
            )
            kind: SubjectKind = "model" if isinstance(subject, GPAIModel) else "system"
            truth = flatten(
                {
                    "organisation": org.model_dump(mode="json"),
                    kind: subject.model_dump(mode="json"),
                },
                kind,
            )
            out.append(
                {
                    "name": f"path {index}",
                    "goal": "tier",
                    "kind": kind,
                    "truth": truth,
                    "context": Context(AS_OF),
                }
            )
    else:
        print(f"beslishulp: skipped, the reference is absent ({TREE_DIR})", file=sys.stderr)
    cases = []
    for file in sorted(SCENARIOS.glob("*.yaml")):
        for scenario in yaml.safe_load(file.read_text(encoding="utf-8")) or []:
            cases.append((f"{file.stem}::{scenario['id']}", scenario["case"]))
    cases = cases[::scenarios_every]
    if quick:
        cases = cases[:3]
    for name, mapping in cases:
        case = case_from_mapping(mapping)
        kind = "system" if case.system is not None else "model"
        out.append(
            {
                "name": name,
                "goal": "full",
                "kind": kind,
                "truth": flatten(case.model_dump(mode="json"), kind),
                "context": Context(case.as_of or AS_OF, case.law, case.interpretations),
            }
        )
    return out


def run_mode(
    mode: str, items: list[dict[str, Any]], cold_sample: int
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Interview every subject in one mode: per subject the questions and the states met; then
    the next question of a sample of the states computed cold (every cache of the interview
    and the solver's memo emptied first; the solver's encodings, built once per law version,
    reading and goal, are kept: their cost is reported apart)."""
    rows = []
    native.clear_cache()
    native.MEMO.clear()
    exact = use_exact_relevance(mode) if mode != "native" else contextlib.nullcontext()  # type: ignore[arg-type]
    extra: dict[str, Any] = {}
    with exact as hook:
        for item in items:
            states: list[tuple[Any, ...]] = []
            times: list[float] = []
            count, dont_know, determined, asked = interview(
                item["truth"], item["kind"], item["context"], item["goal"], states, times
            )
            rows.append(
                {
                    "name": item["name"],
                    "goal": item["goal"],
                    "asked": asked,
                    "count": count,
                    "dont_know": dont_know,
                    "determined": determined,
                    "states": states,
                    "times": times,
                }
            )
        if hook is not None:
            extra = {
                "checks": hook.checks,
                "solver_seconds": round(hook.seconds, 2),
                "encodings": len(hook._bases),
            }
        for goal in ("tier", "full"):
            states = [s for r in rows if r["goal"] == goal for s in r["states"]]
            step = max(1, len(states) // max(1, cold_sample))
            cold = []
            for facts, kind, context, goal_, asked in states[::step][:cold_sample]:
                native.clear_cache()
                if hook is not None:
                    hook.clear()
                gc.collect()
                start = time.process_time()
                native.best(facts, kind, context, goal_, asked)
                cold.append(time.process_time() - start)
            extra[f"cold_{goal}"] = cold
    return rows, extra


def _stage_goal(goal: str) -> Goal:
    return "obligations" if goal == "full" else "tier"  # type: ignore[return-value]


def _stage(state: tuple[Any, ...]) -> Goal | None:
    """The stage of the goal the native interview asked at this state (the first of ``tier``,
    ``obligations`` with a question left: :func:`aiact.questions.relevance.best`, staged), or
    None for ``full`` (the dates and fines: outside the translation)."""
    facts, kind, context, goal, asked = state
    for stage in GOALS[: GOALS.index(goal) + 1]:
        if stage == "full":
            return None
        if native.best(facts, kind, context, stage, asked, staged=False) is not None:
            return stage
    return None


def exactly_irrelevant(
    row: dict[str, Any], item: dict[str, Any], check: ExactRelevance
) -> tuple[list[str], int]:
    """The questions of a native run that the solver (in ``check``'s mode) finds irrelevant to
    the stage of the goal they were asked for; and how many were asked for the dates or fines
    (not decided)."""
    questions = {q.id: q for q in catalogue().for_kind(item["kind"])}
    out = []
    undecided = 0
    for state, qid in zip(row["states"], row["asked"], strict=False):
        stage = _stage(state)
        if stage is None:
            undecided += 1
            continue
        verdict = check(state[0], item["kind"], item["context"], stage, questions[qid])
        if verdict is False:
            out.append(qid)
    return out, undecided


def natively_irrelevant(row: dict[str, Any], item: dict[str, Any]) -> list[str]:
    """The questions of a run that the native check does not return where they were asked."""
    out = []
    saved = native.EXACT_RELEVANCE
    native.EXACT_RELEVANCE = None
    try:
        for state, qid in zip(row["states"], row["asked"], strict=False):
            facts, kind, context, goal, asked = state
            ranked = native.rank(facts, kind, context, goal, asked)
            if qid not in {r.question.id for r in ranked}:
                out.append(qid)
    finally:
        native.EXACT_RELEVANCE = saved
    return out


def _ms(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)
    return {
        "n": len(values),
        "median_ms": round(statistics.median(values) * 1000, 1),
        "p90_ms": round(ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))] * 1000, 1),
        "mean_ms": round(statistics.fmean(values) * 1000, 1),
        "max_ms": round(max(values) * 1000, 1),
    }


def _encoding_cost(items: list[dict[str, Any]]) -> dict[str, float]:
    """CPU seconds to build the solver's encodings (two copies of a case, once per kind, law
    version, reading and goal) for the first subject of each goal."""
    out = {}
    for goal in ("tier", "full"):
        item = next((i for i in items if i["goal"] == goal), None)
        if item is None:
            continue
        check = ExactRelevance()
        question = catalogue().for_kind(item["kind"])[0]
        start = time.process_time()
        check({}, item["kind"], item["context"], _stage_goal(goal), question)
        out[_stage_goal(goal)] = round(time.process_time() - start, 2)
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=int, default=50, help="every Nth beslishulp path")
    parser.add_argument("--scenarios-every", type=int, default=4, help="every Nth scenario")
    parser.add_argument("--quick", action="store_true", help="a few paths and scenarios")
    parser.add_argument(
        "--native-check",
        action="store_true",
        help="also check each question of the solver runs with native.rank (slow)",
    )
    parser.add_argument("--json", help="also write the report as JSON to this file")
    parser.add_argument(
        "--cold-sample", type=int, default=60, help="states timed cold per goal and mode"
    )
    args = parser.parse_args(argv)
    started = time.process_time()
    items = subjects(args.every, args.scenarios_every, args.quick)
    runs: dict[str, list[dict[str, Any]]] = {}
    solver: dict[str, Any] = {}
    for mode in MODES:
        runs[mode], solver[mode] = run_mode(mode, items, args.cold_sample)
    cold = {mode: {g: solver[mode].pop(f"cold_{g}") for g in ("tier", "full")} for mode in MODES}
    report: dict[str, Any] = {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "load_average": os.getloadavg(),
        "beslishulp_every_nth_path": args.every,
        "scenarios_every_nth": args.scenarios_every,
        "solver": solver,
        "encoding_build_seconds": _encoding_cost(items),
    }
    checks = {"any": ExactRelevance("any"), "known": ExactRelevance("known")}
    for goal in ("tier", "full"):
        chosen = [i for i, item in enumerate(items) if item["goal"] == goal]
        if not chosen:
            continue
        section: dict[str, Any] = {"subjects": len(chosen)}
        base = runs["native"]
        for mode in MODES:
            rows = [runs[mode][i] for i in chosen]
            counts = [r["count"] for r in rows]
            entry: dict[str, Any] = {
                "questions_median": statistics.median(counts),
                "questions_mean": round(statistics.fmean(counts), 2),
                "determined_share": round(sum(r["determined"] for r in rows) / len(rows), 4),
                "dont_know_mean": round(statistics.fmean(r["dont_know"] for r in rows), 2),
                "time_per_next_question_warm": _ms([t for r in rows for t in r["times"]]),
                "time_per_next_question_cold": _ms(cold[mode][goal]),
            }
            if mode == "native":
                for check_mode, check in checks.items():
                    found = {
                        items[i]["name"]: exactly_irrelevant(runs["native"][i], items[i], check)
                        for i in chosen
                    }
                    vain = {k: v for k, (v, _) in found.items() if v}
                    entry[f"asked_but_exactly_irrelevant_{check_mode}"] = {
                        "paths": len(vain),
                        "questions": sum(len(v) for v in vain.values()),
                        "asked_for_dates_or_fines_not_decided": sum(n for _, n in found.values()),
                        "examples": dict(list(vain.items())[:5]),
                    }
            else:
                differ = [i for i in chosen if runs[mode][i]["asked"] != base[i]["asked"]]
                fewer = [i for i in chosen if runs[mode][i]["count"] < base[i]["count"]]
                more = [i for i in chosen if runs[mode][i]["count"] > base[i]["count"]]
                entry["paths_other_questions"] = len(differ)
                entry["paths_fewer_questions"] = len(fewer)
                entry["paths_more_questions"] = len(more)
                entry["examples"] = [
                    {
                        "name": items[i]["name"],
                        "native": base[i]["asked"],
                        mode: runs[mode][i]["asked"],
                        "native_determined": base[i]["determined"],
                        f"{mode}_determined": runs[mode][i]["determined"],
                    }
                    for i in differ[:4]
                ]
                if args.native_check:
                    vain = {
                        items[i]["name"]: natively_irrelevant(runs[mode][i], items[i])
                        for i in chosen
                    }
                    vain = {k: v for k, v in vain.items() if v}
                    entry["asked_but_not_returned_by_native"] = {
                        "paths": len(vain),
                        "questions": sum(len(v) for v in vain.values()),
                        "examples": dict(list(vain.items())[:5]),
                    }
            section[mode] = entry
        report[f"goal_{goal}"] = section
    report["cpu_seconds"] = round(time.process_time() - started, 1)
    report["load_average_after"] = os.getloadavg()
    print(write_report(args.json, report, as_text=True), end="")
    return report


if __name__ == "__main__":
    main()
