"""The two versions of the AI Act that the library can evaluate.

* ``ORIGINAL``: Regulation (EU) 2024/1689 as published (OJ L, 2024/1689, 12.7.2024), in force
  from 1 August 2024 (Art. 113, first paragraph).
* ``AMENDED``: Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744 (Digital Omnibus
  on AI, OJ L, 2026/1744, 24.7.2026), in force from 27 July 2026 (Art. 4 of Regulation 2026/1744).

An amendment never edits a declaration in place: a declaration names the versions it belongs to.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class LawVersion(StrEnum):
    """A version of the AI Act (the ``law`` argument of :func:`aiact.assess`)."""

    ORIGINAL = "2024/1689"
    AMENDED = "2024/1689+2026/1744"

    @property
    def in_force_from(self) -> dt.date:
        """The day this version entered into force."""
        return _IN_FORCE[self]

    @property
    def label_en(self) -> str:
        return _LABELS[self][0]

    @property
    def label_nl(self) -> str:
        return _LABELS[self][1]

    @classmethod
    def parse(cls, value: str | LawVersion) -> LawVersion:
        """Accept the value (``2024/1689``), the name (``original``/``amended``) or an alias."""
        if isinstance(value, LawVersion):
            return value
        text = str(value).strip().lower()
        for version in cls:
            if text in (version.value.lower(), version.name.lower()):
                return version
        aliases = {"omnibus": cls.AMENDED, "2026/1744": cls.AMENDED, "published": cls.ORIGINAL}
        if text in aliases:
            return aliases[text]
        raise ValueError(
            f"unknown law version {shown_value(value)}: use 'original' (2024/1689) or "
            "'amended' (2024/1689 as amended by 2026/1744)"
        )


SHOWN_MAX = 40
"""The longest part of a refused value an error message repeats (input is never echoed whole)."""


def shown_value(value: object) -> str:
    """A refused value as an error message shows it: its ``repr``, cut to :data:`SHOWN_MAX`
    characters of the value with an ellipsis."""
    text = str(value)
    if len(text) <= SHOWN_MAX:
        return repr(text) if isinstance(value, str) else repr(value)
    return repr(text[:SHOWN_MAX]) + "..."


_IN_FORCE = {
    # Art. 113, first paragraph, of Regulation 2024/1689: the twentieth day after publication
    # (12.7.2024).
    LawVersion.ORIGINAL: dt.date(2024, 8, 1),
    # Art. 4 of Regulation 2026/1744: third day after publication (24.7.2026).
    LawVersion.AMENDED: dt.date(2026, 7, 27),
}

_LABELS = {
    LawVersion.ORIGINAL: (
        "Regulation (EU) 2024/1689 as published",
        "Verordening (EU) 2024/1689 zoals gepubliceerd",
    ),
    LawVersion.AMENDED: (
        "Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744",
        "Verordening (EU) 2024/1689 zoals gewijzigd bij Verordening (EU) 2026/1744",
    ),
}

ALL_VERSIONS: frozenset[LawVersion] = frozenset(LawVersion)
ONLY_ORIGINAL: frozenset[LawVersion] = frozenset({LawVersion.ORIGINAL})
ONLY_AMENDED: frozenset[LawVersion] = frozenset({LawVersion.AMENDED})


def version_in_force(as_of: dt.date) -> LawVersion:
    """The version in force on ``as_of``: the amended text from 27 July 2026.

    Raises ``ValueError`` before 1 August 2024, when the Act was not yet in force.
    """
    if as_of >= LawVersion.AMENDED.in_force_from:
        return LawVersion.AMENDED
    if as_of >= LawVersion.ORIGINAL.in_force_from:
        return LawVersion.ORIGINAL
    from aiact.errors import ValueProblem

    raise ValueProblem(
        "before_in_force",
        f"{as_of.isoformat()} is before the AI Act entered into force on 2024-08-01 "
        "(Art. 113, first paragraph)",
        as_of=as_of.isoformat(),
    )
