"""What-if: fine ceilings as a function of turnover, and across size classes.

* :func:`ceiling_curve`: (turnover, ceiling) points for a plot of one tier for one size class.
* :func:`crossover_turnover`: the turnover at which the percentage equals the fixed amount,
  ``F / p``: EUR 500 000 000 for Art. 99(3) (35M / 7 %) and Art. 99(4) (15M / 3 %), and
  EUR 750 000 000 for Art. 99(5) (7.5M / 1 %) and Art. 101(1) (15M / 3 % gives 500M). Above it a
  large undertaking's ceiling is the percentage; below it an SME's ceiling is the percentage.
* :func:`across_size_classes`: the same organisation and obligations, once per size class.

Every point is computed by :func:`~aiact.penalties.exposure.compute_exposure`, so the curves are the
engine's answers, not a second formula.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from aiact.facts import Organisation, OrganisationKind, SizeClass
from aiact.penalties.exposure import (
    CeilingStatus,
    ExposureItem,
    ExposureOptions,
    ExposureReport,
    ItemLike,
    compute_exposure,
)
from aiact.penalties.parameters import TIER_PARAMETERS
from aiact.penalties.tiers import FineTier
from aiact.versions import LawVersion


class CurvePoint(BaseModel):
    """One point of a ceiling curve; amounts in Decimal EUR (strings in JSON)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    turnover_eur: Decimal
    ceiling_eur: Decimal | None
    status: CeilingStatus


def crossover_turnover(tier: FineTier) -> Decimal:
    """The turnover at which ``p·T`` equals ``F`` for ``tier``: ``F * 100 / p``.

    ``ValueError`` for a tier without both amounts (``NATIONAL_ONLY``).
    """
    param = TIER_PARAMETERS.get(tier)
    if param is None or param.fixed_amount_eur is None or not param.percentage:
        raise ValueError(f"tier {tier.value} has no fixed amount and percentage to compare")
    return param.fixed_amount_eur * 100 / param.percentage


def linear_turnovers(stop: Decimal, points: int = 51, start: Decimal = Decimal(0)) -> list[Decimal]:
    """``points`` evenly spaced turnovers from ``start`` to ``stop`` (inclusive), whole euros."""
    if points < 2 or stop < start:
        raise ValueError("need at least two points and stop >= start")
    step = (stop - start) / (points - 1)
    return [(start + step * i).quantize(Decimal(1)) for i in range(points)]


def ceiling_curve(
    tier: FineTier,
    turnovers: Iterable[Decimal],
    *,
    size_class: SizeClass = SizeClass.LARGE,
    as_of: dt.date,
    law: LawVersion | None = None,
    kind: OrganisationKind = OrganisationKind.PRIVATE_UNDERTAKING,
) -> tuple[CurvePoint, ...]:
    """The ceiling of ``tier`` at each turnover, for an organisation of ``size_class``."""
    item = ExposureItem(obligation_id=f"whatif:{tier.value}", tier=tier)
    points: list[CurvePoint] = []
    for turnover in turnovers:
        organisation = Organisation(
            kind=kind, annual_turnover_eur=turnover, size_class=size_class, part_of_group=False
        )
        row = compute_exposure(organisation, [item], as_of=as_of, law=law).obligations[0]
        points.append(CurvePoint(turnover_eur=turnover, ceiling_eur=row.ceiling, status=row.status))
    return tuple(points)


def across_size_classes(
    organisation: Organisation,
    items: Sequence[ItemLike],
    *,
    as_of: dt.date,
    law: LawVersion | None = None,
    options: ExposureOptions | None = None,
    size_classes: Iterable[SizeClass] = tuple(SizeClass),
) -> dict[SizeClass, ExposureReport]:
    """The exposure of ``organisation`` as if it were of each size class (its figures unchanged)."""
    return {
        size_class: compute_exposure(
            organisation.model_copy(update={"size_class": size_class}),
            items,
            as_of=as_of,
            law=law,
            options=options,
        )
        for size_class in size_classes
    }
