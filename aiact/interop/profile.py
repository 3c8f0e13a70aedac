"""The AI Act profile of the Algorithm Management Toolkit (AMT) and the task registry.

The government's Algorithm Management Toolkit and its task registry record an ``ai_act_profile``
for every algorithm: ``type``, ``open_source``, ``risk_category``, ``systemic_risk``,
``transparency_obligations``, ``role`` (and the conformity assessment body), in the label
vocabulary of the Beslishulp AI-verordening. :func:`to_ai_act_profile` gives an
:class:`~aiact.assessment.Assessment` in that shape, so those tools can import our result
directly; :func:`algoritmekader_tags` gives the same profile in the Algoritmekader's tag slugs.
"""

from __future__ import annotations

from typing import Any

from aiact.assessment import Assessment
from aiact.interop.beslishulp import NIET_VAN_TOEPASSING, to_beslishulp_labels

#: The profile's keys, with the beslishulp label category each comes from.
PROFILE_KEYS: dict[str, str] = {
    "type": "system_type",
    "open_source": "open_source",
    "risk_category": "risk_group",
    "conformity_assessment_body": "conformity_body",
    "systemic_risk": "systemic_risk",
    "transparency_obligations": "transparency",
    "role": "role",
}

#: Algoritmekader tag dimension of each profile key.
TAG_DIMENSIONS: dict[str, str] = {
    "type": "soort-toepassing",
    "risk_category": "risicogroep",
    "role": "rol-ai-act",
    "transparency_obligations": "transparantieverplichting",
    "systemic_risk": "systeemrisico",
    "open_source": "open-source",
}

#: Beslishulp label -> Algoritmekader tag slug (where the slug is not the label in lower case
#: with hyphens).
_SLUGS: dict[str, str] = {
    "hoog-risico AI": "hoog-risico-ai-systeem",
    "geen hoog-risico AI": "geen-hoog-risico-ai-systeem",
    "verboden AI": "verboden-ai",
    "uitzondering van toepassing": "niet-van-toepassing",
}


def _not_applicable(assessment: Assessment, key: str) -> bool:
    """Whether a profile dimension does not apply to this kind of subject at all."""
    if assessment.kind == "model":
        return key in ("risk_category", "transparency_obligations", "conformity_assessment_body")
    return key == "systemic_risk"


def to_ai_act_profile(assessment: Assessment) -> dict[str, Any]:
    """The assessment as an AMT / task registry ``ai_act_profile``.

    Each value is a beslishulp label; ``role`` is a list. ``"niet van toepassing"`` marks a
    dimension that does not apply to the subject (systemic risk of an AI system); ``None`` one
    that the assessment leaves undetermined (the beslishulp's "nader te bepalen").
    """
    labels = to_beslishulp_labels(assessment)
    profile: dict[str, Any] = {}
    for key, category in PROFILE_KEYS.items():
        values = labels[category]  # type: ignore[index]
        if key == "role":
            profile[key] = list(values)
        elif values:
            profile[key] = values[0]
        elif _not_applicable(assessment, key):
            profile[key] = NIET_VAN_TOEPASSING
        else:
            profile[key] = None
    return profile


def slug(label: str) -> str:
    """The Algoritmekader tag slug of a beslishulp label (``hoog-risico AI`` ->
    ``hoog-risico-ai-systeem``)."""
    return _SLUGS.get(label, label.lower().replace(" ", "-"))


def algoritmekader_tags(assessment: Assessment) -> dict[str, list[str]]:
    """The profile in the Algoritmekader's tag dimensions and slugs; an undetermined dimension is
    an empty list."""
    profile = to_ai_act_profile(assessment)
    out: dict[str, list[str]] = {}
    for key, dimension in TAG_DIMENSIONS.items():
        value = profile[key]
        if isinstance(value, list):
            out[dimension] = [slug(v) for v in value]
        else:
            out[dimension] = [] if value is None else [slug(value)]
    return out
