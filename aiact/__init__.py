"""aiact: the EU AI Act (Regulation (EU) 2024/1689, as amended by Regulation (EU) 2026/1744) as
executable, explainable, tested rules.

>>> import aiact
>>> a = aiact.assess(system, organisation, as_of="2026-11-28")   # doctest: +SKIP
>>> a.risk_tier, [o.id for o in a.obligations], a.why("hr.high_risk")   # doctest: +SKIP
"""

from __future__ import annotations

from aiact.api import assess, assess_model
from aiact.assessment import Assessment, ObligationResult, RiskTier
from aiact.case import Case, CaseError, load_case
from aiact.errors import InputError
from aiact.facts import (
    AISystem,
    AnnexIFacts,
    AnnexIIIFacts,
    AnnexIIIPoint,
    AnnexILegislation,
    Derogation,
    Exclusions,
    GPAIModel,
    GroupFigures,
    Organisation,
    OrganisationKind,
    ProhibitedPractices,
    Roles,
    SizeClass,
    Transparency,
    UseContext,
    ValueChain,
)
from aiact.interpretations import Interpretations
from aiact.refs import LegalRef
from aiact.versions import LawVersion

__version__ = "0.1.0"

__all__ = [
    "AISystem",
    "AnnexIFacts",
    "AnnexIIIFacts",
    "AnnexIIIPoint",
    "AnnexILegislation",
    "Assessment",
    "Case",
    "CaseError",
    "Derogation",
    "Exclusions",
    "GPAIModel",
    "GroupFigures",
    "InputError",
    "Interpretations",
    "LawVersion",
    "LegalRef",
    "ObligationResult",
    "Organisation",
    "OrganisationKind",
    "ProhibitedPractices",
    "RiskTier",
    "Roles",
    "SizeClass",
    "Transparency",
    "UseContext",
    "ValueChain",
    "assess",
    "assess_model",
    "load_case",
]
