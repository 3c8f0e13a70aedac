"""One case assessed under each reading of one open question (tests of a new reading, round 29:
A44 in test_fix29a, A45 in test_fix29b)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import aiact
from aiact.errors import InputError
from aiact.interpretations import DEFAULT_INTERPRETATIONS


def under_each_reading(
    case: aiact.Case, field: str, readings: Iterable[Any]
) -> tuple[aiact.Assessment, ...] | None:
    """``case`` assessed with ``Interpretations.<field>`` set to each of ``readings`` in turn,
    its other readings kept; None where the input checks refuse the case."""
    kept = case.interpretations or DEFAULT_INTERPRETATIONS
    try:
        return tuple(
            case.model_copy(
                update={"interpretations": kept.model_copy(update={field: reading})}
            ).assess()
            for reading in readings
        )
    except InputError:
        return None
