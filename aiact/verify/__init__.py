"""Proofs over the rules for every possible case, exact relevance and law diffs (issue 19).

Needs the ``verify`` extra (the z3 solver): ``pip install 'aiact[verify]'``. See
``docs/verification.md``.

* :func:`prove`: a property (``true(hr.profiling_override) implies true(hr.high_risk)``) for
  every valid case, or a counterexample case file with the fewest stated facts;
  :func:`prove_invariants`: the legal invariants of :mod:`aiact.testing.invariants`.
* :func:`relevant_facts`: the unknown facts of a partial case that can still change an answer;
  :func:`use_exact_relevance`: the same for the interview's next-question choice.
* :func:`diff`: the cases whose answer changes between two law versions or two readings.
* :func:`reachability`, :func:`redundancies`: dead and redundant rules.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from aiact.verify.diff import Diff, Side, diff, to_markdown
    from aiact.verify.encode import with_rules
    from aiact.verify.interview import ExactRelevance, use_exact_relevance
    from aiact.verify.invariants import INVARIANTS, prove_invariants
    from aiact.verify.properties import (
        Counterexample,
        Proof,
        PropertySyntaxError,
        parse_property,
        prove,
    )
    from aiact.verify.reach import reachability, redundancies
    from aiact.verify.relevance import Relevance, relevance, relevant_facts

_WHERE = {
    "Diff": "diff",
    "Side": "diff",
    "diff": "diff",
    "to_markdown": "diff",
    "with_rules": "encode",
    "ExactRelevance": "interview",
    "use_exact_relevance": "interview",
    "INVARIANTS": "invariants",
    "prove_invariants": "invariants",
    "Counterexample": "properties",
    "Proof": "properties",
    "PropertySyntaxError": "properties",
    "parse_property": "properties",
    "prove": "properties",
    "reachability": "reach",
    "redundancies": "reach",
    "Relevance": "relevance",
    "relevance": "relevance",
    "relevant_facts": "relevance",
}


def __getattr__(name: str) -> Any:
    """Import the part of the verifier that defines ``name`` on first use."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'aiact.verify' has no attribute {name!r}")
    return getattr(import_module(f"aiact.verify.{module}"), name)


__all__ = [
    "INVARIANTS",
    "Counterexample",
    "Diff",
    "ExactRelevance",
    "Proof",
    "PropertySyntaxError",
    "Relevance",
    "Side",
    "diff",
    "parse_property",
    "prove",
    "prove_invariants",
    "reachability",
    "redundancies",
    "relevance",
    "relevant_facts",
    "to_markdown",
    "use_exact_relevance",
    "with_rules",
]
