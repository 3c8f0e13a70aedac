"""Proofs over the rules for every possible case, exact relevance and law diffs (issue 19).

Needs the ``verify`` extra (the z3 solver): ``pip install 'aiact[verify]'``. See
``docs/verification.md``.
"""

from __future__ import annotations

from aiact.verify.properties import (
    Counterexample,
    Proof,
    PropertySyntaxError,
    parse_property,
    prove,
)

__all__ = [
    "Counterexample",
    "Proof",
    "PropertySyntaxError",
    "parse_property",
    "prove",
]
