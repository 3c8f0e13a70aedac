"""The solver, imported once with a clear message when the ``verify`` extra is missing."""

from __future__ import annotations

from typing import Any

try:
    import z3 as _z3
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "aiact.verify needs the z3 solver: pip install 'aiact[verify]' (package z3-solver)"
    ) from error

z3: Any = _z3
"""The z3 module (untyped: z3 ships no type information)."""

Expr = Any
"""A z3 expression (z3 has no type stubs; this alias documents intent)."""
