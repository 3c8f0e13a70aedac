"""Reading an Assessment back from its JSON (:meth:`aiact.Assessment.from_json`).

The JSON contract records every input of the assessment (the organisation, the system or model,
the day, the law version if it was chosen, the interpretations and the engine), so the
assessment is rebuilt by assessing those inputs again and checking that the result is the one
recorded. A file whose conclusions differ from what this version of aiact derives (edited by
hand, or written by another version of the rules) is refused rather than silently re-derived.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aiact.assessment import Assessment


def _differences(left: Any, right: Any, where: str = "") -> list[str]:
    if isinstance(left, dict) and isinstance(right, dict):
        out = []
        for key in sorted(set(left) | set(right), key=str):
            out += _differences(left.get(key), right.get(key), f"{where}.{key}" if where else key)
        return out
    return [] if left == right else [where or "(the whole document)"]


def assessment_from_json(source: str | bytes | Mapping[str, Any]) -> Assessment:
    """The Assessment that ``source`` (the output of ``to_json`` or ``to_dict``, in either
    language) records. ``ValueError`` if it is not such a document or its conclusions do not
    match the ones its inputs give."""
    from aiact.api import assess, assess_model
    from aiact.engine.base import EngineUnavailableError

    data = json.loads(source) if isinstance(source, str | bytes) else dict(source)
    if not isinstance(data, dict) or data.get("kind") not in ("system", "model"):
        raise ValueError("not an assessment: the JSON has no 'kind' of 'system' or 'model'")
    kind = data["kind"]
    try:
        inputs = {
            "organisation": data["organisation"],
            "as_of": dt.date.fromisoformat(data["as_of"]),
            "law": data["law"] if data.get("law_chosen") == "explicit" else None,
            "interpretations": data["interpretations"],
            "engine": data.get("engine", "native"),
            "subject": data[kind],
        }
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"not an assessment: {error}") from None
    run = assess if kind == "system" else assess_model

    def evaluate(engine: str) -> Assessment:
        return run(
            inputs["subject"],
            inputs["organisation"],
            inputs["as_of"],
            inputs["law"],
            interpretations=inputs["interpretations"],
            engine=engine,
        )

    try:
        assessment = evaluate(inputs["engine"])
    except EngineUnavailableError:
        # Both engines give the same evaluation (the differential tests); keep the recorded name.
        native = evaluate("native")
        evaluation = dataclasses.replace(native.evaluation, engine=inputs["engine"])
        assessment = dataclasses.replace(native, evaluation=evaluation)
    wanted = json.loads(json.dumps(data))
    for lang in ("en", "nl"):
        if json.loads(assessment.to_json(lang)) == wanted:
            return assessment
    found = _differences(json.loads(assessment.to_json("en")), wanted)
    raise ValueError(
        "the recorded conclusions do not match what these inputs give: "
        + ", ".join(found[:8])
        + (" ..." if len(found) > 8 else "")
    )
