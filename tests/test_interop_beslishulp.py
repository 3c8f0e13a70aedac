"""Conformance with the Beslishulp AI-verordening: walk EVERY complete answer path of the
decision tree (read from ../shared at run time), assess the facts and compare our labels and
conclusion with the tree's. Every difference must be explained by a reviewed pattern in
tests/data/beslishulp_disagreements.yaml that cites the law."""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from reference import REFERENCE_DIR

from aiact import GPAIModel, Organisation, OrganisationKind, assess
from aiact.interop.beslishulp import (
    BeslishulpError,
    PathResult,
    condition_holds,
    conformance,
    from_beslishulp,
    labels_text,
    load_categories,
    load_decision_tree,
    replay,
    to_beslishulp_conclusion,
    to_beslishulp_labels,
    walk_paths,
)

REFERENCE = REFERENCE_DIR / "beslishulp"
TREE = REFERENCE / "decision-tree.yaml"
CATEGORIES = REFERENCE / "categories.yaml"
PATTERNS = Path(__file__).parent / "data" / "beslishulp_disagreements.yaml"
AS_OF = dt.date(2026, 9, 1)
ORGANISATION = Organisation(
    kind=OrganisationKind.PUBLIC_AUTHORITY, member_state="NL", established_in_eu=True
)
WHO = {"aiact", "beslishulp", "ambiguous", "granularity", "vocabulary", "aiact_bug"}

needs_tree = pytest.mark.skipif(
    not TREE.exists() or not CATEGORIES.exists(),
    reason=f"the beslishulp reference is absent ({REFERENCE}); the conformance test needs it",
)


@functools.cache
def _load_patterns() -> tuple[dict[str, Any], ...]:
    data = yaml.safe_load(PATTERNS.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return tuple(data)


def _patterns() -> list[dict[str, Any]]:
    return list(_load_patterns())


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _matches(pattern: dict[str, Any], result: PathResult, mode: str) -> bool:
    if pattern.get("mode", "both") not in ("both", mode):
        return False
    given = {q: _norm(a) for q, a in result.path.answers}
    for qid, wanted in pattern["when"].items():
        options = wanted if isinstance(wanted, list) else [wanted]
        answer = given.get(str(qid))
        if answer is None or not any(answer.startswith(_norm(o)) for o in options):
            return False
    return True


def _unexplained(results: list[PathResult], mode: str) -> list[str]:
    patterns = [p for p in _patterns() if p.get("reviewed", True)]
    problems = []
    for result in results:
        for difference in result.differences:
            if not any(
                difference.key in p["differences"] and _matches(p, result, mode) for p in patterns
            ):
                problems.append(
                    f"path {result.index} {list(result.path.answers)} -> {result.path.conclusion}: "
                    f"{difference.key}: tree {difference.tree}, aiact {difference.ours or 'open'}"
                )
    return problems


def test_patterns_are_reviewed_and_cite_the_law() -> None:
    seen = set()
    for pattern in _patterns():
        assert pattern["id"] not in seen
        seen.add(pattern["id"])
        assert pattern["who_is_right"] in WHO, pattern["id"]
        assert pattern["articles"], f"{pattern['id']}: cite the article that decides it"
        assert pattern["summary"] and pattern["explanation"]
        assert pattern["differences"] and pattern["when"]
        assert pattern.get("mode", "both") in ("both", "strict", "assumed")


def test_condition_language() -> None:
    labels = ["aanbieder", "AI-systeem"]
    assert condition_holds('"aanbieder" in labels && !("importeur" in labels)', labels)
    assert not condition_holds('("x" in labels || "y" in labels) && "aanbieder" in labels', labels)
    with pytest.raises(BeslishulpError):
        condition_holds("labels.length > 2", labels)


@needs_tree
def test_replay_and_unknown_answer() -> None:
    tree = load_decision_tree(TREE)
    path = next(walk_paths(tree))
    assert replay(tree, path.answers).conclusion == path.conclusion
    with pytest.raises(BeslishulpError, match="not one of its answers"):
        tree.questions[tree.first].answer("Misschien")


@needs_tree
def test_partial_answers_stay_unknown() -> None:
    system, org = from_beslishulp([("1.1", "Ja"), ("1.2", "We ontwikkelen enkel")])
    assert not isinstance(system, GPAIModel)
    assert system.is_ai_system is None and system.roles.provider is True
    assert org.kind is None
    labels = to_beslishulp_labels(assess(system, ORGANISATION, AS_OF))
    assert labels["role"] == ["aanbieder"] and labels["risk_group"] == []
    assert "Risicogroep: nader te bepalen" in labels_text(labels)


@needs_tree
@pytest.mark.parametrize("mode", ["strict", "assumed"])
def test_every_path_agrees_or_is_a_reviewed_pattern(mode: str) -> None:
    tree = load_decision_tree(TREE)
    categories = load_categories(CATEGORIES)
    start = time.perf_counter()
    results = conformance(
        tree,
        categories,
        as_of=AS_OF,
        organisation=ORGANISATION,
        assume_tree_defaults=mode == "assumed",
    )
    elapsed = time.perf_counter() - start
    agree = sum(r.agrees for r in results)
    open_only = sum(
        1 for r in results if r.differences and all(d.undetermined for d in r.differences)
    )
    reached = {r.path.conclusion for r in results}
    by_pattern: Counter[str] = Counter()
    for result in results:
        for pattern in _patterns():
            if any(d.key in pattern["differences"] for d in result.differences) and _matches(
                pattern, result, mode
            ):
                by_pattern[pattern["id"]] += 1
    print(
        f"\nbeslishulp {tree.version} ({mode}): {len(results)} paths, {agree} agree "
        f"({agree / len(results):.1%}), {open_only} only undetermined, "
        f"{len(results) - agree - open_only} disagree; {elapsed:.1f} s"
    )
    for pattern_id, count in by_pattern.most_common():
        print(f"  {pattern_id}: {count} paths")
    assert len(results) > 1000
    assert reached == set(tree.conclusions), "every conclusion is reachable"
    problems = _unexplained(results, mode)
    assert not problems, f"{len(problems)} unexplained differences, e.g.:\n" + "\n".join(
        problems[:15]
    )


@needs_tree
def test_conclusions_we_produce_exist_in_the_tree() -> None:
    tree = load_decision_tree(TREE)
    categories = load_categories(CATEGORIES)
    results = conformance(tree, categories, as_of=AS_OF, organisation=ORGANISATION)
    ours = {r.conclusion for r in results if r.conclusion is not None}
    assert ours <= set(tree.conclusions)
    system, org = from_beslishulp(results[0].path.answers, organisation=ORGANISATION)
    assert not isinstance(system, GPAIModel)
    assert to_beslishulp_conclusion(assess(system, org, AS_OF)) in (None, *tree.conclusions)
