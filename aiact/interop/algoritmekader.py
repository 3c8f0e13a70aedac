"""The Algoritmekader: the Dutch government's framework of requirements for algorithms.

Its AI Act requirements ``urn:nl:ak:ver:aia-00`` .. ``aia-39`` are tagged with the beslishulp's
dimensions (type of application, risk group, role, transparency, systemic risk, open source).
Each obligation of our catalogue names the requirement(s) it implements
(``Obligation.algoritmekader``); :func:`applicable_requirements` lists the requirements of the
obligations that apply (or may apply) to an assessment, and :func:`compare` sets that list beside
the requirements the Algoritmekader's own tags select for the assessment's profile.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from aiact.assessment import Assessment
from aiact.interop.profile import TAG_DIMENSIONS, algoritmekader_tags
from aiact.logic import Truth

URN_PREFIX = "urn:nl:ak:ver:"


@dataclass(frozen=True)
class Requirement:
    """One Algoritmekader requirement (``vereiste``) and its tags."""

    id: str
    """The short id, ``aia-05``."""
    urn: str
    title: str
    tags: Mapping[str, tuple[str, ...]]
    sources: tuple[str, ...]

    def selected_by(self, profile: Mapping[str, Sequence[str]]) -> Truth:
        """Does the Algoritmekader's tag filter select this requirement for the profile? Every
        dimension must match; an undetermined dimension (empty) makes the answer unknown."""
        result: Truth = True
        for dimension in TAG_DIMENSIONS.values():
            tagged = self.tags.get(dimension, ())
            values = profile.get(dimension, ())
            if not values:
                result = None if result is not False else False
                continue
            if not any(v in tagged for v in values):
                return False
        return result


def requirements_from_data(data: Iterable[Mapping[str, object]]) -> tuple[Requirement, ...]:
    out = []
    for row in data:
        urn = str(row["id"])
        tags = {
            dimension: tuple(str(v) for v in row.get(dimension) or ())  # type: ignore[attr-defined]
            for dimension in TAG_DIMENSIONS.values()
        }
        out.append(
            Requirement(
                id=urn.removeprefix(URN_PREFIX),
                urn=urn,
                title=str(row.get("title", "")),
                tags=tags,
                sources=tuple(str(s) for s in row.get("bronnen") or ()),  # type: ignore[attr-defined]
            )
        )
    return tuple(out)


def load_requirements(path: str | Path) -> tuple[Requirement, ...]:
    """Read ``algoritmekader_aia_vereisten.json``."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of requirements")
    return requirements_from_data(data)


def applicable_requirements(assessment: Assessment) -> dict[str, Truth]:
    """The Algoritmekader requirements (``aia-NN``) of the obligations that apply (``True``) or
    may apply (``None``), each with the strongest value among its obligations."""
    out: dict[str, Truth] = {}
    for result in assessment.obligations:
        for requirement in result.obligation.algoritmekader:
            if out.get(requirement) is not True:
                out[requirement] = result.applies
    return dict(sorted(out.items()))


def tagged_requirements(
    assessment: Assessment, requirements: Iterable[Requirement]
) -> dict[str, Truth]:
    """The requirements that the Algoritmekader's own tags select for this assessment's profile
    (``True``), or may select (``None``, an undetermined dimension)."""
    profile = algoritmekader_tags(assessment)
    out: dict[str, Truth] = {}
    for requirement in requirements:
        selected = requirement.selected_by(profile)
        if selected is not False:
            out[requirement.id] = selected
    return out


@dataclass(frozen=True)
class Comparison:
    ours_only: tuple[str, ...]
    """Requirements our obligations make applicable that the tags do not select."""
    theirs_only: tuple[str, ...]
    """Requirements the tags select that none of our applicable obligations implement."""
    both: tuple[str, ...]


def compare(assessment: Assessment, requirements: Sequence[Requirement]) -> Comparison:
    """Our applicable requirements against the Algoritmekader's tag selection (certain ones)."""
    ours = {k for k, v in applicable_requirements(assessment).items() if v is True}
    theirs = {k for k, v in tagged_requirements(assessment, requirements).items() if v is True}
    return Comparison(
        ours_only=tuple(sorted(ours - theirs)),
        theirs_only=tuple(sorted(theirs - ours)),
        both=tuple(sorted(ours & theirs)),
    )
