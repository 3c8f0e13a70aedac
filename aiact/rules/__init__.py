"""The rules of the Act as data: scope, roles, prohibited practices, classification,
transparency, general-purpose AI models, transitional rules and the duty gates."""

from __future__ import annotations

from aiact.daterules import DateRule
from aiact.rules import (
    classification,
    conformity,
    definitions,
    duties,
    gpai,
    prohibited,
    roles,
    scope,
    timing,
    transitional,
    transparency,
)
from aiact.ruleset import Rule

SYSTEM_RULES: tuple[Rule, ...] = (
    *scope.RULES,
    *roles.RULES,
    *prohibited.RULES,
    *classification.RULES,
    *transparency.RULES,
    *transitional.RULES,
    *duties.RULES,
    *definitions.SYSTEM_RULES,
    *conformity.RULES,
)
"""The rules that classify an AI system and gate its duties."""

MODEL_RULES: tuple[Rule, ...] = (*gpai.RULES, *scope.ESTABLISHMENT_RULES, *definitions.MODEL_RULES)
"""The rules that classify a general-purpose AI model."""

SYSTEM_DATE_RULES: tuple[DateRule, ...] = timing.SYSTEM_DATE_RULES
"""The date rules of an AI system: when each tier and each group of its duties applies."""

MODEL_DATE_RULES: tuple[DateRule, ...] = timing.MODEL_DATE_RULES
"""The date rules of a general-purpose AI model."""

__all__ = ["MODEL_DATE_RULES", "MODEL_RULES", "SYSTEM_DATE_RULES", "SYSTEM_RULES"]
