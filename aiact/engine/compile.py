"""Compile the declarations (rules, date rules and the obligation catalogue) into one rule set per
law version.

Compiled once per (kind, law) and cached: evaluation never reads declarations again.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from aiact.atoms import model_input_names, system_input_names
from aiact.date_facts import INPUT_DATES
from aiact.obligations.catalogue import catalogue, obligation_rule
from aiact.rules import MODEL_DATE_RULES, MODEL_RULES, SYSTEM_DATE_RULES, SYSTEM_RULES
from aiact.ruleset import RuleSet, compile_rules
from aiact.versions import LawVersion

Kind = Literal["system", "model"]


@cache
def ruleset_for(kind: Kind, law: LawVersion) -> RuleSet:
    """The compiled rule set for AI systems (``system``) or GPAI models (``model``) under
    ``law``."""
    rules = SYSTEM_RULES if kind == "system" else MODEL_RULES
    dates = SYSTEM_DATE_RULES if kind == "system" else MODEL_DATE_RULES
    obligations = tuple(obligation_rule(o) for o in catalogue().for_law(law, kind))
    inputs = system_input_names() if kind == "system" else model_input_names()
    return compile_rules((*rules, *obligations), law, inputs, dates, INPUT_DATES)
