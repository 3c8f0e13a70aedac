"""The documents the API sends, made from the library's public objects and nothing else.

No legal logic lives here: an assessment is :meth:`aiact.Assessment.to_json`, a plan
:meth:`~aiact.graph.plan.CompliancePlan.to_json`, a calendar :meth:`~aiact.Assessment.to_ics`.
JSON is written the way the library writes it (two-space indent, sorted keys, UTF-8), with
``orjson`` when it is installed (the same bytes, thirty times faster; a test holds the two equal),
so the API's assessment is byte for byte the library's ``Assessment.to_json(lang)``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from aiact.i18n import Lang

if TYPE_CHECKING:
    from aiact.assessment import Assessment
    from aiact.interpretations import Interpretations
    from aiact.obligations.model import Obligation
    from aiact.versions import LawVersion

try:
    import orjson

    _OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS
except ImportError:  # pragma: no cover - orjson is part of the server extra
    orjson = None  # type: ignore[assignment]


def dumps(data: Any) -> bytes:
    """``json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)`` as UTF-8 bytes."""
    if orjson is not None:
        try:
            return orjson.dumps(data, option=_OPTIONS)
        except (TypeError, orjson.JSONEncodeError):
            pass  # a key that is not a string, an integer beyond 64 bits: the standard library
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")


def assessment_json(assessment: Assessment, lang: Lang) -> bytes:
    """``assessment.to_json(lang)``, encoded."""
    return dumps(assessment.to_dict(lang))


# --------------------------------------------------------------------------- catalogue


def law_version_id(version: LawVersion) -> str:
    return version.name.lower()


def law_version_doc(version: LawVersion, lang: Lang) -> dict[str, Any]:
    return {
        "id": law_version_id(version),
        "value": version.value,
        "label": version.label_nl if lang == "nl" else version.label_en,
        "in_force_from": version.in_force_from.isoformat(),
    }


def milestones_doc(
    version: LawVersion, lang: Lang, interpretations: Interpretations | None = None
) -> list[dict[str, Any]]:
    """The key dates of ``version`` (the records of ``aiact timeline --format json``); the
    amended Art. 111(2) cut-off rows follow reading A2 of ``interpretations``."""
    from aiact.interpretations import DEFAULT_INTERPRETATIONS
    from aiact.timeline import milestones

    return [
        {
            "date": m.date.isoformat(),
            "key": str(m.key),
            "what": m.what_nl if lang == "nl" else m.what_en,
            "citations": [c.nl() if lang == "nl" else str(c) for c in m.citations],
            "versions": [v.value for v in m.versions],
        }
        for m in milestones(version, interpretations or DEFAULT_INTERPRETATIONS)
    ]


def obligation_doc(o: Obligation, lang: Lang) -> dict[str, Any]:
    """One obligation of the catalogue: codes for programs, labels for people."""
    from aiact.views.catalogue import obligation_risk
    from aiact.views.i18n import cite, fine_tier_label, measure_label, role_label

    return {
        "id": o.id,
        "citation": cite(o.source, lang),
        "title": o.title_nl if lang == "nl" else o.title_en,
        "summary": o.summary_nl if lang == "nl" else o.summary_en,
        "kind": o.kind,
        "addressees": [a.value for a in o.addressees],
        "addressee_labels": [role_label(a, lang) for a in o.addressees],
        "measure": o.measure.value,
        "measure_label": measure_label(o.measure, lang),
        "milestone": o.milestone.value,
        "risk": obligation_risk(o),
        "fine_tier": o.fine.value,
        "fine_label": fine_tier_label(o.fine, lang),
        "fine_citation": o.fine_ref,
        "versions": sorted(v.value for v in o.versions),
        "algoritmekader": list(o.algoritmekader),
        "prerequisites": [p.obligation for p in o.prerequisites],
        "interpretation": o.interpretation,
        "eurlex": o.ref.eurlex_url(lang),
    }
