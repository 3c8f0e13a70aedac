"""A testing kit for applications built on aiact: hypothesis strategies for valid inputs and
whole cases (:mod:`aiact.testing.strategies`) and the legal invariants as reusable checks
(:mod:`aiact.testing.invariants`). See ``docs/testing.md``.

Needs ``hypothesis`` (installed with the ``test`` extra).
"""

from __future__ import annotations

from aiact.testing import invariants, strategies
from aiact.testing.invariants import InvariantViolation

__all__ = ["InvariantViolation", "invariants", "strategies"]
