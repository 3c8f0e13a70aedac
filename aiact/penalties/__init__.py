"""Fine exposure under the AI Act: Arts. 99-101 and Art. 75c of Regulation (EU) 2024/1689 (as
amended by Regulation (EU) 2026/1744), with national choices under Art. 99(8) as data.

* :mod:`~aiact.penalties.tiers`: :class:`FineTier`, the tag the obligation catalogue uses.
* :mod:`~aiact.penalties.parameters`: the amounts, percentages and rules as dated declarations.
* :mod:`~aiact.penalties.size`: SME / SMC / large (Rec. 2003/361/EC; Rec. (EU) 2025/1099; A10, A16).
* :mod:`~aiact.penalties.national`: the Art. 99(8) registry (Netherlands: pending, A17).
* :mod:`~aiact.penalties.exposure`: :func:`compute_exposure`, per obligation and per system.
* :mod:`~aiact.penalties.whatif`: ceilings against turnover and across size classes.

Money is :class:`~decimal.Decimal` EUR end to end; JSON writes amounts as strings of euros.
See ``docs/penalties.md``.
"""

from aiact.penalties.exposure import (
    CeilingStatus,
    ExposureItem,
    ExposureOptions,
    ExposurePoint,
    ExposureProfile,
    ExposureReport,
    Flag,
    Formula,
    ObligationExposure,
    Offender,
    Reason,
    Regime,
    TierExposure,
    compute_exposure,
    exposure_point,
    fine_change_dates,
    offender_of,
    organisation_reads,
)
from aiact.penalties.national import REGISTRY, NationalPolicy, PublicBodyFines, national_policy
from aiact.penalties.parameters import (
    ART_99_4_POINTS,
    PARAMETERS,
    Art99_4Point,
    Combination,
    FineParameter,
    declaration,
)
from aiact.penalties.size import SizeAssessment, UndertakingBasis, assess_size
from aiact.penalties.tiers import FineTier
from aiact.penalties.whatif import (
    CurvePoint,
    across_size_classes,
    ceiling_curve,
    crossover_turnover,
    linear_turnovers,
)

__all__ = [
    "ART_99_4_POINTS",
    "PARAMETERS",
    "REGISTRY",
    "Art99_4Point",
    "CeilingStatus",
    "Combination",
    "CurvePoint",
    "ExposureItem",
    "ExposureOptions",
    "ExposurePoint",
    "ExposureProfile",
    "ExposureReport",
    "FineParameter",
    "FineTier",
    "Flag",
    "Formula",
    "NationalPolicy",
    "ObligationExposure",
    "Offender",
    "PublicBodyFines",
    "Reason",
    "Regime",
    "SizeAssessment",
    "TierExposure",
    "UndertakingBasis",
    "across_size_classes",
    "assess_size",
    "ceiling_curve",
    "compute_exposure",
    "crossover_turnover",
    "declaration",
    "exposure_point",
    "fine_change_dates",
    "linear_turnovers",
    "national_policy",
    "offender_of",
    "organisation_reads",
]
