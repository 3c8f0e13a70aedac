"""The published JSON Schemas validate real case files and real Assessment output."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import aiact
from aiact.schemas import assessment_schema, case_schema, schema, schema_json

jsonschema = pytest.importorskip("jsonschema")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CASES = sorted(p for p in EXAMPLES.glob("*.yaml") if p.name != "inventory.yaml")


def _json(data: Any) -> Any:
    """YAML gives dates; JSON has strings."""
    return json.loads(
        json.dumps(data, default=lambda v: v.isoformat() if isinstance(v, dt.date) else str(v))
    )


def _validator(s: dict[str, Any]) -> Any:
    jsonschema.Draft202012Validator.check_schema(s)
    return jsonschema.Draft202012Validator(s, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_case_files_validate(case: Path) -> None:
    _validator(case_schema()).validate(_json(yaml.safe_load(case.read_text(encoding="utf-8"))))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_assessment_output_validates(case: Path, lang: str) -> None:
    a = aiact.load_case(case).assess()
    _validator(assessment_schema()).validate(json.loads(a.to_json(lang)))  # type: ignore[arg-type]


@pytest.mark.parametrize("law", ["original", "amended"])
def test_sparse_and_counterfactual_output_validates(law: str) -> None:
    a = aiact.assess({"is_ai_system": True}, {}, as_of="2026-11-28", law=law)
    _validator(assessment_schema()).validate(json.loads(a.to_json()))
    m = aiact.assess_model({"is_general_purpose": True}, {}, as_of="2026-11-28", law=law)
    _validator(assessment_schema()).validate(json.loads(m.to_json()))


def test_schema_catches_drift() -> None:
    a = aiact.load_case(EXAMPLES / "benefits-fraud-risk-scoring.yaml").assess()
    data = json.loads(a.to_json())
    data["unexpected"] = 1
    with pytest.raises(jsonschema.ValidationError):
        _validator(assessment_schema()).validate(data)
    data = json.loads(a.to_json())
    data["obligations"][0]["status"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        _validator(assessment_schema()).validate(data)


def test_case_schema_rejects_unknown_fields() -> None:
    bad = {"organisation": {}, "system": {"is_ai_system": True, "colour": "red"}}
    with pytest.raises(jsonschema.ValidationError):
        _validator(case_schema()).validate(bad)


def test_schema_version_and_lookup() -> None:
    from aiact.assessment import SCHEMA_VERSION

    assert assessment_schema()["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert json.loads(schema_json("case"))["title"] == "aiact case"
    with pytest.raises(ValueError, match="unknown schema"):
        schema("plan")
