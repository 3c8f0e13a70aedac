"""One beslishulp path as an interview (goal ``tier``, 1 September 2026, the organisation of the
conformance test), for tests that follow what the interview asks on a given path. Skips where the
beslishulp reference is absent."""

from __future__ import annotations

from datetime import date as D

import pytest

import aiact


def interview_on_path(index: int) -> list[str]:
    """The ids of the questions asked on path ``index`` of the decision tree, answering from the
    facts the path establishes ("don't know" where it does not say), starting after the first
    question's answer ``system`` (nothing said of Art. 3(1)), until ``next_question`` gives none.
    Uses :mod:`aiact.questions.relevance` as patched by the caller."""
    from reference import REFERENCE_DIR

    import aiact.questions.relevance as relevance
    from aiact.interop.beslishulp import (
        from_beslishulp,
        load_decision_tree,
        walk_paths,
        witness_for,
    )
    from aiact.questions.fields import flatten
    from aiact.questions.goals import Context
    from aiact.questions.simulate import answer_from

    tree_file = REFERENCE_DIR / "beslishulp" / "decision-tree.yaml"
    if not tree_file.is_file():
        pytest.skip(f"the beslishulp reference is absent ({tree_file})")
    path = list(walk_paths(load_decision_tree(tree_file)))[index]
    organisation = aiact.Organisation(
        kind="public_authority", member_state="NL", established_in_eu=True
    )
    subject, org = from_beslishulp(
        path.answers,
        organisation=organisation,
        witness=witness_for(path, index),
        assume_tree_defaults=True,
    )
    truth = flatten(
        {"organisation": org.model_dump(mode="json"), "system": subject.model_dump(mode="json")},
        "system",
    )
    context = Context(D(2026, 9, 1))
    facts: dict[str, object] = {}
    asked = ["subject"]
    relevance.clear_cache()
    while (found := relevance.best(facts, "system", context, "tier", asked)) is not None:
        question = found.question
        facts.update(question.sets(answer_from(question, truth, "system", context)))
        asked.append(question.id)
    relevance.clear_cache()
    return asked
