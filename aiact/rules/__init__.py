"""The rules of the Act as data: scope, roles, prohibited practices, classification,
transparency, general-purpose AI models, transitional rules and the duty gates."""

from __future__ import annotations

from aiact.rules import (
    classification,
    conformity,
    duties,
    gpai,
    prohibited,
    roles,
    scope,
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
    *conformity.RULES,
)
"""The rules that classify an AI system and gate its duties."""

MODEL_RULES: tuple[Rule, ...] = gpai.RULES
"""The rules that classify a general-purpose AI model."""

__all__ = ["MODEL_RULES", "SYSTEM_RULES"]
