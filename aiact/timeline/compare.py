"""What differs for one system between the original and the amended text of the Act.

:func:`compare` assesses the same facts on the same day under Regulation (EU) 2024/1689 as
published and as amended by Regulation (EU) 2026/1744 (a counterfactual for one of them), and lists
the obligations added, removed and moved, and any change in the risk tier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiact.versions import LawVersion

if TYPE_CHECKING:
    from aiact.assessment import Assessment
    from aiact.facts import AISystem, Organisation
    from aiact.interpretations import Interpretations


@dataclass(frozen=True)
class ObligationChange:
    """One obligation whose applicability or date differs between the versions."""

    obligation_id: str
    citation: str
    title_en: str
    title_nl: str
    change: str
    """``added`` (only in the amended text), ``removed`` (only in the original), ``moved`` (its
    date changed) or ``status`` (applies in one version, not or undetermined in the other)."""
    original: str | None
    amended: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "obligation": self.obligation_id,
            "citation": self.citation,
            "change": self.change,
            "original": self.original,
            "amended": self.amended,
        }


@dataclass(frozen=True)
class VersionComparison:
    """The two assessments and what differs between them."""

    as_of: dt.date
    original: Assessment
    amended: Assessment
    changes: tuple[ObligationChange, ...]

    @property
    def tier_changed(self) -> bool:
        """The tier on ``as_of`` differs (e.g. Annex III high-risk from 2 Aug 2026 under the
        original text, from 2 Dec 2027 under the amended one)."""
        return self.original.risk_tier is not self.amended.risk_tier

    @property
    def classification_changed(self) -> bool:
        """The classification apart from the date differs (e.g. Art. 5(1)(ba), which only the
        amended text has)."""
        return self.original.classification_tier is not self.amended.classification_tier

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "risk_tier": {
                "original": self.original.risk_tier.value,
                "amended": self.amended.risk_tier.value,
            },
            "classification_tier": {
                "original": self.original.classification_tier.value,
                "amended": self.amended.classification_tier.value,
            },
            "changes": [c.to_dict() for c in self.changes],
        }


def _describe(result: Any) -> str:
    if result is None:
        return "absent"
    date = result.applies_from.isoformat() if result.applies_from else "-"
    return f"{result.status.value} {date}"


def compare(
    system: AISystem | Mapping[str, Any],
    organisation: Organisation | Mapping[str, Any],
    as_of: dt.date | str | None = None,
    *,
    interpretations: Interpretations | Mapping[str, Any] | None = None,
) -> VersionComparison:
    """Assess ``system`` under both versions on ``as_of`` and list the differences."""
    from aiact.api import assess

    original = assess(
        system, organisation, as_of, LawVersion.ORIGINAL, interpretations=interpretations
    )
    amended = assess(
        system, organisation, as_of, LawVersion.AMENDED, interpretations=interpretations
    )
    by_id_original = {r.id: r for r in original.obligation_results}
    by_id_amended = {r.id: r for r in amended.obligation_results}
    changes: list[ObligationChange] = []
    for key in sorted(
        set(by_id_original) | set(by_id_amended),
        key=lambda k: (by_id_original.get(k) or by_id_amended[k]).obligation.ref,
    ):
        before = by_id_original.get(key)
        after = by_id_amended.get(key)
        # An obligation whose date is "never" (Art. 111(2)) is not live (never24).
        live_before = before is not None and before.may_bind
        live_after = after is not None and after.may_bind
        if not live_before and not live_after:
            continue
        obligation = (after or before).obligation  # type: ignore[union-attr]
        if before is None or (not live_before and live_after):
            change = "added"
        elif after is None or (live_before and not live_after):
            change = "removed"
        elif before.applies_from != after.applies_from or before.deadline != after.deadline:
            change = "moved"
        elif before.applies is not after.applies or before.status is not after.status:
            change = "status"
        else:
            continue
        changes.append(
            ObligationChange(
                obligation_id=key,
                citation=obligation.source,
                title_en=obligation.title_en,
                title_nl=obligation.title_nl,
                change=change,
                original=_describe(before) if live_before else None,
                amended=_describe(after) if live_after else None,
            )
        )
    return VersionComparison(original.as_of, original, amended, tuple(changes))
