"""The date comparisons that the transitional rules read (``dates.*`` atoms).

Each atom compares a date of the system (or model) with a dated declaration of
:mod:`aiact.timeline` under the law version evaluated, so that the rules of Art. 111 stay pure
logic while every date keeps its citation. ``significant_change`` is the date of the latest
significant change in design; when it is absent, no significant change is taken to have occurred
(the Assessment states this assumption for legacy systems).
"""

from __future__ import annotations

import datetime as dt

from aiact.facts import AISystem, GPAIModel
from aiact.interpretations import Interpretations
from aiact.logic import Truth
from aiact.timeline.dates import DateKey, date_of
from aiact.timeline.schedule import Route
from aiact.timeline.transitional import art111_2_cutoff
from aiact.versions import LawVersion


def first_placed(system: AISystem) -> dt.date | None:
    """The first placing on the market or putting into service (Art. 3(9), 3(11))."""
    known = [d for d in (system.placed_on_market, system.put_into_service) if d is not None]
    return min(known) if known else None


def _before(day: dt.date | None, cutoff: dt.date | None) -> Truth:
    if day is None or cutoff is None:
        return None
    return day < cutoff


def _changed_on_or_after(change: dt.date | None, cutoff: dt.date | None) -> Truth:
    if change is None:
        return False
    if cutoff is None:
        return None
    return change >= cutoff


def system_date_atoms(
    system: AISystem, law: LawVersion, interpretations: Interpretations
) -> dict[str, Truth]:
    """``dates.*`` atoms for an AI system (Art. 111(1), (2) and (4))."""
    placed = first_placed(system)
    atoms: dict[str, Truth] = {}
    for route in Route:
        cutoff = art111_2_cutoff(law, route, interpretations).date
        atoms[f"dates.placed_before_art111_2_cutoff_{route.value}"] = _before(placed, cutoff)
        atoms[f"dates.changed_after_art111_2_cutoff_{route.value}"] = _changed_on_or_after(
            system.significant_change, cutoff
        )
    atoms["dates.placed_before_annex_x_cutoff"] = _before(
        placed, date_of(DateKey.ANNEX_X_CUTOFF, law).date
    )
    art50_cutoff = (
        date_of(DateKey.ART50_2_LEGACY_CUTOFF, law).date if law is LawVersion.AMENDED else None
    )
    atoms["dates.placed_before_art50_2_cutoff"] = (
        False if art50_cutoff is None else _before(placed, art50_cutoff)
    )
    return atoms


def model_date_atoms(model: GPAIModel, law: LawVersion) -> dict[str, Truth]:
    """``dates.*`` atoms for a GPAI model (Art. 111(3))."""
    return {
        "dates.model_placed_before_gpai_cutoff": _before(
            model.placed_on_market, date_of(DateKey.GPAI_LEGACY_CUTOFF, law).date
        )
    }
