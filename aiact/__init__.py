"""aiact: the EU AI Act (Regulation (EU) 2024/1689, as amended by Regulation (EU) 2026/1744) as
executable, explainable, tested rules.

>>> import aiact
>>> a = aiact.assess(system, organisation, as_of="2026-11-28")   # doctest: +SKIP
>>> a.risk_tier, [o.id for o in a.obligations], a.why("hr.high_risk")   # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from aiact.frame import assess_frame
    from aiact.interpretations import Interpretations
    from aiact.logic import Truth, is_false, is_true, is_undetermined
    from aiact.refs import LegalRef
    from aiact.versions import LawVersion
    from aiact.views.display import display_language, display_language_as, set_display_language

_LAZY: dict[str, str] = {
    "AISystem": "aiact.facts",
    "AnnexIFacts": "aiact.facts",
    "AnnexIIIFacts": "aiact.facts",
    "AnnexIIIPoint": "aiact.facts",
    "AnnexILegislation": "aiact.facts",
    "Assessment": "aiact.assessment",
    "Case": "aiact.case",
    "CaseError": "aiact.case",
    "Derogation": "aiact.facts",
    "Exclusions": "aiact.facts",
    "GPAIModel": "aiact.facts",
    "GroupFigures": "aiact.facts",
    "InputError": "aiact.errors",
    "Interpretations": "aiact.interpretations",
    "LawVersion": "aiact.versions",
    "LegalRef": "aiact.refs",
    "ObligationResult": "aiact.assessment",
    "Organisation": "aiact.facts",
    "OrganisationKind": "aiact.facts",
    "ProhibitedPractices": "aiact.facts",
    "RiskTier": "aiact.assessment",
    "Roles": "aiact.facts",
    "SizeClass": "aiact.facts",
    "Transparency": "aiact.facts",
    "Truth": "aiact.logic",
    "UseContext": "aiact.facts",
    "ValueChain": "aiact.facts",
    "assess": "aiact.api",
    "assess_model": "aiact.api",
    # the language of the notebook views (_repr_html_)
    "display_language": "aiact.views.display",
    "display_language_as": "aiact.views.display",
    # issue 18: populations column-wise (needs the pandas extra)
    "assess_frame": "aiact.frame",
    "is_false": "aiact.logic",
    "is_true": "aiact.logic",
    "is_undetermined": "aiact.logic",
    "load_case": "aiact.case",
    "set_display_language": "aiact.views.display",
}
"""Where each public name lives: loaded on first use, so ``import aiact`` (and ``aiact --help``)
stays cheap (PEP 562)."""

__version__ = "0.2.0"

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
    "Truth",
    "UseContext",
    "ValueChain",
    "assess",
    "assess_frame",
    "assess_model",
    "display_language",
    "display_language_as",
    "is_false",
    "is_true",
    "is_undetermined",
    "load_case",
    "set_display_language",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'aiact' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
