"""The Act's key dates with what starts on each (Arts. 111 and 113), in English and Dutch.

Each milestone is one dated declaration of :mod:`.dates`; ``versions`` says which versions of the
Act set it (both, or only the original text of Regulation 2024/1689, or only the text as amended
by Regulation 2026/1744).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from aiact.refs import LegalRef
from aiact.timeline.dates import DateKey, declarations
from aiact.versions import LawVersion

__all__ = ["Milestone", "milestones"]


class Milestone(BaseModel):
    """A key date of the Act and what starts (or ends) on it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    date: dt.date
    key: DateKey
    versions: tuple[LawVersion, ...] = Field(description="The versions that set this date.")
    what_en: str
    what_nl: str
    citations: tuple[LegalRef, ...]
    amended_by: LegalRef | None = None

    @property
    def in_both_versions(self) -> bool:
        """Whether both versions of the Act set this date."""
        return set(self.versions) == set(LawVersion)

    @property
    def versions_label_en(self) -> str:
        """'both versions', 'original text only' or 'amended text only'."""
        return _versions_label(self.versions, "en")

    @property
    def versions_label_nl(self) -> str:
        return _versions_label(self.versions, "nl")


def _versions_label(versions: tuple[LawVersion, ...], lang: str) -> str:
    if set(versions) == set(LawVersion):
        return "both versions" if lang == "en" else "beide versies"
    if versions == (LawVersion.ORIGINAL,):
        return "original text only" if lang == "en" else "alleen de oorspronkelijke tekst"
    return "amended text only" if lang == "en" else "alleen de gewijzigde tekst"


def milestones(law: LawVersion | str | None = None) -> list[Milestone]:
    """The key dates of ``law`` in date order; ``None``: of both versions, each marked with the
    versions that set it."""
    return [
        Milestone(
            date=fact.date,
            key=fact.key,
            versions=tuple(v for v in LawVersion if v in fact.versions),
            what_en=fact.label_en,
            what_nl=fact.label_nl,
            citations=(*fact.citations, *fact.read_by),
            amended_by=fact.amended_by,
        )
        for fact in declarations(law)
    ]
