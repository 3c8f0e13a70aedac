"""The service's limits on one request, and the time budget every request runs under.

A request that goes beyond a limit gets a problem detail, never a hang or a stack trace:

=====================  ===========  ====================================================
limit                  default      answer when exceeded
=====================  ===========  ====================================================
``max_body_bytes``     1 MiB        413 (one case: assessments, plans, explanations ...)
``max_portfolio_bytes``  8 MiB      413 (a portfolio)
``max_portfolio_cases``  1,000      400, ``invalidParams`` names ``cases``
``max_answers``        200          400, names ``answers`` (an interview's answers)
``max_depth``          32           400, names the field that nests too deep
``max_items``          10,000       400, names the list or mapping
``max_string``         10,000       400, names the string (characters)
``max_nodes``          100,000      400 (values in one document, every YAML alias expanded;
                                    a portfolio: per case, and 20 times that in all)
``max_aliases``        10,000       400 (YAML alias references in one document)
``time_budget``        10 s         503 with ``Retry-After``; the work stops
``max_heavy``          2            503 when the heavy work (portfolios, pictures) queues
                                    longer than the budget
=====================  ===========  ====================================================

Every limit can be set with an environment variable (``AIACT_MAX_BODY_BYTES`` ...), read once
when the app is made (see :func:`Limits.from_env`). The bounds on one document are the library's
own (:data:`aiact.safe_io.CASE_LIMITS`, the limits of a case file), so a case file the command
line reads is a body the API takes and the other way round; :meth:`Limits.document` hands them to
the library's parsers (:mod:`aiact.safe_io`), which do the bounding.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from aiact.safe_io import CASE_LIMITS
from aiact.safe_io import Limits as DocumentLimits

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds on one request (see the module docstring)."""

    max_body_bytes: int = CASE_LIMITS.max_bytes
    max_portfolio_bytes: int = 8 * MiB
    max_portfolio_cases: int = 1_000
    max_answers: int = 200
    max_depth: int = CASE_LIMITS.max_depth
    max_items: int = CASE_LIMITS.max_items
    max_string: int = CASE_LIMITS.max_string
    max_nodes: int = CASE_LIMITS.max_nodes
    max_aliases: int = CASE_LIMITS.max_aliases
    time_budget: float = 10.0
    max_heavy: int = 2

    def with_(self, **changes: Any) -> Limits:
        return replace(self, **changes)

    def document(self) -> DocumentLimits:
        """The bounds on one case (a request body, a row of a portfolio), for the library's
        parsers."""
        return DocumentLimits(
            max_bytes=self.max_body_bytes,
            max_depth=self.max_depth,
            max_nodes=self.max_nodes,
            max_aliases=self.max_aliases,
            max_string=self.max_string,
            max_items=self.max_items,
        )

    def inventory(self) -> DocumentLimits:
        """The bounds on a portfolio as a whole: its size, as many entries in a list as it may
        have cases, and twenty times the values of one case (each case is held to
        :meth:`document` on its own)."""
        return DocumentLimits(
            max_bytes=self.max_portfolio_bytes,
            max_depth=self.max_depth + 2,
            max_nodes=self.max_nodes * 20,
            max_aliases=self.max_aliases * 20,
            max_string=self.max_string,
            max_items=max(self.max_items, self.max_portfolio_cases),
            max_rows=self.max_portfolio_cases,
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> Limits:
        """The defaults, overridden by ``AIACT_<NAME>`` variables (``AIACT_TIME_BUDGET=5``).
        ``ValueError`` names the variable whose value is not a positive number."""
        changes: dict[str, Any] = {}
        for item in fields(cls):
            name = f"AIACT_{item.name.upper()}"
            raw = environ.get(name)
            if raw is None or raw.strip() == "":
                continue
            try:
                value: float | int = float(raw) if item.type == "float" else int(raw)
            except ValueError:
                raise ValueError(f"{name}: {raw!r} is not a number") from None
            if value <= 0:
                raise ValueError(f"{name}: must be greater than 0, not {raw!r}")
            changes[item.name] = value
        return cls(**changes)


class BudgetExceeded(Exception):
    """The request ran out of its time budget (answered with 503)."""


class Budget:
    """The time a request may take, from its start: :meth:`check` raises
    :class:`BudgetExceeded` once it is spent (or once :meth:`cancel` gave up on the request), so
    long work (a portfolio, case by case) stops at the next check."""

    __slots__ = ("_cancelled", "deadline", "seconds")

    def __init__(self, seconds: float, start: float | None = None) -> None:
        self.seconds = seconds
        self.deadline = (time.monotonic() if start is None else start) + seconds
        self._cancelled = False

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def cancel(self) -> None:
        self._cancelled = True

    def check(self) -> None:
        if self._cancelled or time.monotonic() > self.deadline:
            raise BudgetExceeded(self.seconds)
