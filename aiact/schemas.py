"""Published JSON Schemas (draft 2020-12) of the JSON contract: the case file an application
sends and the Assessment it gets back (``aiact schema case|assessment``).

The case schema is generated from the input models. The assessment schema describes
``Assessment.to_dict()`` / ``to_json()``; its ``schema_version`` is the Assessment's
``SCHEMA_VERSION``, and a test validates real output against it, so the two cannot drift apart
silently.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic.json_schema import models_json_schema

from aiact.assessment import SCHEMA_VERSION, RiskTier
from aiact.case import Case
from aiact.facts import AISystem, GPAIModel, Organisation
from aiact.obligations.model import Addressee, Measure, Milestone, Modality, Trigger
from aiact.penalties import ExposureProfile, ExposureReport
from aiact.penalties.tiers import FineTier
from aiact.timeline.transitional import Status
from aiact.versions import LawVersion

DRAFT = "https://json-schema.org/draft/2020-12/schema"
BASE_ID = "https://aiact.example/schemas"

__all__ = ["SCHEMA_NAMES", "assessment_schema", "case_schema", "schema", "schema_json"]

SCHEMA_NAMES: tuple[str, ...] = ("case", "assessment")

_TRUTH = {"type": "string", "enum": ["true", "false", "unknown"]}
_DATE = {"type": "string", "format": "date"}
_DATE_OR_NULL = {"anyOf": [_DATE, {"type": "null"}]}
_STR_OR_NULL = {"type": ["string", "null"]}


def case_schema() -> dict[str, Any]:
    """The JSON Schema of a case file (YAML or JSON)."""
    body = Case.model_json_schema(mode="validation")
    return {
        "$schema": DRAFT,
        "$id": f"{BASE_ID}/case.json",
        "title": "aiact case",
        "description": "One case for aiact: the organisation, the AI system ('system') or the "
        "general-purpose AI model ('model'), the date assessed ('as_of'), optionally the law "
        "version and the interpretations of the open legal questions (A1-A46). Unknown facts "
        "are left out or null.",
        **{k: v for k, v in body.items() if k not in ("title", "description")},
    }


def _truth_map(keys: list[str] | None = None) -> dict[str, Any]:
    if keys is None:
        return {"type": "object", "additionalProperties": _TRUTH}
    return {
        "type": "object",
        "properties": {k: _TRUTH for k in keys},
        "additionalProperties": False,
    }


def _obligation() -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "id",
            "citation",
            "title",
            "addressees",
            "applies",
            "status",
            "applies_from",
            "deadline",
            "due",
            "transitional_rule",
            "timing_reason",
            "undetermined_because",
            "possible_applies_from",
            "timing_group",
            "measure",
            "milestone",
            "fine_tier",
            "fine_citation",
            "algoritmekader",
            "prerequisites",
            "eurlex",
        ],
        "properties": {
            "id": {"type": "string", "description": "Catalogue id, e.g. art26_8."},
            "citation": {"type": "string", "description": "Pinpoint citation, e.g. Art. 26(8)."},
            "title": {"type": "string"},
            "addressees": {"type": "array", "items": {"enum": [a.value for a in Addressee]}},
            "applies": _TRUTH,
            "status": {"enum": [s.value for s in Status]},
            "applies_from": _DATE_OR_NULL,
            "deadline": {
                **_DATE_OR_NULL,
                "description": "Art. 111 'comply by' date, if any: the latest date.",
            },
            "due": {
                **_DATE_OR_NULL,
                "description": "The date by which the obligation must be met: the earlier of "
                "applies_from and deadline, whichever is known (a legacy system intended for "
                "public authorities and significantly changed before 2 August 2030 is due on the "
                "change, Art. 111(2), first sentence).",
            },
            "transitional_rule": _STR_OR_NULL,
            "timing_reason": _STR_OR_NULL,
            "undetermined_because": {"type": "array", "items": {"type": "string"}},
            "possible_applies_from": {
                "type": "array",
                "items": _DATE_OR_NULL,
                "description": "When the date is undetermined: the dates the unknown facts allow "
                "(null: does not apply).",
            },
            "timing_group": {
                **_STR_OR_NULL,
                "description": "The group of obligations whose date rule ('from.<group>') gives "
                "the date.",
            },
            "measure": {"enum": [m.value for m in Measure]},
            "milestone": {"enum": [m.value for m in Milestone]},
            "fine_tier": {"enum": [t.value for t in FineTier]},
            "fine_citation": _STR_OR_NULL,
            "algoritmekader": {"type": "array", "items": {"type": "string"}},
            "prerequisites": {"type": "array", "items": {"type": "string"}},
            "eurlex": {"type": "string", "format": "uri"},
            "trigger": {
                "enum": [t.value for t in Trigger],
                "description": "standing, or only once an authority has acted (issue 12).",
            },
            "modality": {
                "enum": [m.value for m in Modality],
                "description": "duty; permission: the text grants ('may', 'shall have a "
                "choice') and binds nobody; or limitation: the text only narrows another duty "
                "('This obligation shall not cover ...') and binds nobody. A permission or a "
                "limitation has no deadline, no plan step and no fine (rounds 32, 33).",
            },
            "limits": {
                **_STR_OR_NULL,
                "description": "For a limitation: the id of the duty it narrows (art26_5 for "
                "art26_5_law_enforcement); null otherwise (round 33).",
            },
        },
    }


def assessment_schema() -> dict[str, Any]:
    """The JSON Schema of ``Assessment.to_dict()`` (schema_version ``SCHEMA_VERSION``)."""
    _, defs = models_json_schema(
        [
            (Organisation, "serialization"),
            (AISystem, "serialization"),
            (GPAIModel, "serialization"),
            (ExposureReport, "serialization"),
            (ExposureProfile, "serialization"),
        ],
        ref_template="#/$defs/{model}",
    )
    common_required = [
        "schema_version",
        "kind",
        "as_of",
        "law",
        "law_label",
        "law_chosen",
        "engine",
        "interpretations",
        "organisation",
        "in_scope",
        "roles",
        "classification",
        "obligations",
        "not_binding",
        "open_questions",
        "exposure",
        "exposure_profile",
    ]
    classification = {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "risk_tier",
            "risk_tier_label",
            "possible_higher_tiers",
            "categories",
            "prohibited_practices",
            "transparency_duties",
            "route",
            "classification_tier",
            "classification_tier_label",
            "possible_classification_tiers",
            "tier_changes",
        ],
        "properties": {
            "risk_tier": {
                "enum": [t.value for t in RiskTier],
                "description": "The tier on as_of: the classifications whose provisions apply on "
                "that day (Art. 113).",
            },
            "risk_tier_label": {"type": "string"},
            "possible_higher_tiers": {
                "type": "array",
                "items": {"enum": [t.value for t in RiskTier]},
            },
            "classification_tier": {
                "enum": [t.value for t in RiskTier],
                "description": "The tier apart from the date (once every classification "
                "provision applies).",
            },
            "classification_tier_label": {"type": "string"},
            "possible_classification_tiers": {
                "type": "array",
                "items": {"enum": [t.value for t in RiskTier]},
            },
            "tier_changes": {
                "type": "array",
                "description": "The dated changes of the tier after as_of.",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": [
                        "date",
                        "tier",
                        "tier_label",
                        "possible_higher_tiers",
                        "previous_tier",
                        "citations",
                        "text",
                    ],
                    "properties": {
                        "date": _DATE,
                        "tier": {"enum": [t.value for t in RiskTier]},
                        "tier_label": {"type": "string"},
                        "possible_higher_tiers": {
                            "type": "array",
                            "items": {"enum": [t.value for t in RiskTier]},
                        },
                        "previous_tier": {"enum": [t.value for t in RiskTier]},
                        "citations": {"type": "array", "items": {"type": "string"}},
                        "text": {"type": "string"},
                    },
                },
            },
            "categories": _truth_map(),
            "prohibited_practices": _truth_map(),
            "transparency_duties": _truth_map(),
            "route": {"enum": ["annex_iii", "annex_i", None]},
        },
    }
    properties: dict[str, Any] = {
        "schema_version": {"const": SCHEMA_VERSION},
        "kind": {"enum": ["system", "model"]},
        "as_of": _DATE,
        "law": {"enum": [v.value for v in LawVersion]},
        "law_label": {"type": "string"},
        "law_chosen": {"enum": ["as_of", "explicit"]},
        "engine": {"type": "string"},
        "interpretations": {
            "type": "object",
            "description": "The reading used for each open legal question, keyed A1, A2 ... "
            "(and D1-D4 for the readings of the definitions of Art. 3)",
            "propertyNames": {"pattern": "^[AD][0-9]{1,2}$"},
            "additionalProperties": {"type": "string"},
        },
        "organisation": {"$ref": "#/$defs/Organisation"},
        "system": {"$ref": "#/$defs/AISystem"},
        "model": {"$ref": "#/$defs/GPAIModel"},
        "in_scope": _TRUTH,
        "roles": _truth_map(),
        "classification": classification,
        "obligations": {
            "type": "array",
            "description": "The obligations that apply or may apply; status in_force, upcoming "
            "or undetermined.",
            "items": {"$ref": "#/$defs/ObligationResult"},
        },
        "not_binding": {
            "type": "array",
            "description": "The obligations whose date is 'never' whatever the unknown facts "
            "are (status not_applicable): by Art. 111(2) the Regulation does not reach this "
            "legacy high-risk system on the facts given (schema 2.2). applies: 'true' (the "
            "conditions are met) or 'unknown' (not yet determined; no answer makes the article "
            "an obligation that applies). Neither applies nor may apply.",
            "items": {"$ref": "#/$defs/ObligationResult"},
        },
        "open_questions": {
            "type": "array",
            "description": "The questions of the catalogue that settle an unknown fact under an "
            "undetermined conclusion (found by dependency, without trying answers), by stage "
            "(tier, obligations, dates) and then in catalogue order (schema 2.0; see "
            "docs/json-contract.md). Assessment.questions(goal) gives the ranked list.",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "text", "kind", "options", "facts", "affects"],
                "properties": {
                    "id": {"type": "string"},
                    "text": {"type": "string"},
                    "kind": {
                        "type": "string",
                        "enum": ["yes_no", "one_of", "several_of", "date", "amount"],
                    },
                    "options": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["id", "text"],
                            "properties": {"id": {"type": "string"}, "text": {"type": "string"}},
                        },
                    },
                    "facts": {
                        "type": "array",
                        "description": "The unknown facts it settles.",
                        "items": {"type": "string"},
                    },
                    "affects": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["stage", "classification", "roles", "obligations", "dates"],
                        "properties": {
                            "stage": {"type": "string", "enum": ["tier", "obligations", "dates"]},
                            "classification": {"type": "array", "items": {"type": "string"}},
                            "roles": {"type": "array", "items": {"type": "string"}},
                            "obligations": {"type": "integer", "minimum": 0},
                            "dates": {"type": "integer", "minimum": 0},
                        },
                    },
                },
            },
        },
        "exposure": {
            "$ref": "#/$defs/ExposureReport",
            "description": "The exposure on as_of: only obligations that bind on that day.",
        },
        "exposure_profile": {"$ref": "#/$defs/ExposureProfile"},
        "conformity": {
            "type": "object",
            "description": "AI systems: whether the Art. 43 conformity assessment needs a "
            "notified body.",
            "additionalProperties": False,
            "required": ["notified_body_needed", "reason", "citations", "routes"],
            "properties": {
                "notified_body_needed": _TRUTH,
                "reason": {"type": "string"},
                "citations": {"type": "array", "items": {"type": "string"}},
                "routes": {"type": "array", "items": {"type": "string"}},
            },
        },
        "assumed": {
            "type": "object",
            "description": "Facts that were unknown and filled by a stated assumption "
            "(aiact.questions.assumptions), by field; empty when none was assumed.",
        },
    }
    all_defs = dict(defs.get("$defs", {}))
    all_defs["ObligationResult"] = _obligation()
    return {
        "$schema": DRAFT,
        "$id": f"{BASE_ID}/assessment-{SCHEMA_VERSION}.json",
        "title": "aiact assessment",
        "description": "The result of assessing one AI system or general-purpose AI model "
        "(Assessment.to_dict / to_json, aiact assess --format json). Truth values are the "
        "strings 'true', 'false' and 'unknown'; dates are ISO 8601; amounts are strings of euros.",
        "type": "object",
        "additionalProperties": False,
        "required": common_required,
        "properties": properties,
        "oneOf": [
            {"properties": {"kind": {"const": "system"}}, "required": ["system"]},
            {"properties": {"kind": {"const": "model"}}, "required": ["model"]},
        ],
        "$defs": all_defs,
    }


def schema(name: str) -> dict[str, Any]:
    """The schema called ``name`` (``case`` or ``assessment``)."""
    if name == "case":
        return case_schema()
    if name == "assessment":
        return assessment_schema()
    raise ValueError(f"unknown schema {name!r}: use one of {', '.join(SCHEMA_NAMES)}")


def schema_json(name: str) -> str:
    return json.dumps(schema(name), indent=2, sort_keys=True, ensure_ascii=False)
