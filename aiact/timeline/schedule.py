"""When an obligation starts to apply under Art. 113 (before any transitional rule of Art. 111).

Each obligation of the catalogue carries a :class:`Schedule`; :func:`application_date` turns a
schedule, a version of the Act, the system's classification route and the readings of the open
questions into a date with its citations. It reads the date rules of :mod:`aiact.rules.timing`
(the one encoding of Arts. 111 and 113) for a system of the route to which no transitional rule
applies; the dates themselves are the declarations of :mod:`.dates`.

Reference A1 (Art. 113, third paragraph, point (c), amended text): the Omnibus defers only
Chapter III Sections 1-3. Section 5 (Arts. 43, 47, 48, 49) and Chapter IX (Arts. 72, 73, 86)
attach to "high-risk AI systems": under the CLASSIFICATION reading they wait for the route's
Sections 1-3 date; under the LITERAL reading they apply from the general date. The original
point (c) deferred "Article 6(1) and the corresponding obligations", so under the original text
these duties follow the route's date under both readings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from aiact.interpretations import DEFAULT_INTERPRETATIONS, HighRiskGating, Interpretations
from aiact.logic import Truth
from aiact.refs import LegalRef
from aiact.timeline.dates import DatedFact, DateKey, date_of
from aiact.versions import LawVersion

if TYPE_CHECKING:
    from aiact.daterules import DateCase

__all__ = [
    "DatedAnswer",
    "Route",
    "Schedule",
    "application_date",
]


class Schedule(StrEnum):
    """When an obligation starts to apply (Art. 113). The obligation catalogue tags each
    obligation with one of these values."""

    CHAPTERS_I_II = "chapters_i_ii"
    """Art. 4 and Art. 5(1)(a)-(h): Art. 113, third paragraph, point (a)."""
    NEW_PROHIBITIONS = "new_prohibitions"
    """Art. 5(1)(ba), (bb), 5(1a), 5(1b) (amended text only): point (a) as amended."""
    GPAI = "gpai"
    """Chapter V (Arts. 52-55): point (b)."""
    GENERAL = "general"
    """Art. 50, Chapter IV and everything else on the general date: second paragraph."""
    HIGH_RISK = "high_risk"
    """Chapter III Sections 1-3 (Arts. 6(4), 8-27): the route's date, point (c)."""
    HIGH_RISK_GATED = "high_risk_gated"
    """Section 5 and Chapter IX (Arts. 43, 47, 48, 49, 72, 73, 86): reference A1."""


class Route(StrEnum):
    """The classification route of a high-risk AI system (Art. 6)."""

    ANNEX_III = "annex_iii"
    """Art. 6(2) and Annex III."""
    ANNEX_I = "annex_i"
    """Art. 6(1) and Annex I."""


_SCHEDULE_RULES: Mapping[Schedule, str] = {
    Schedule.CHAPTERS_I_II: "from.art5",
    Schedule.NEW_PROHIBITIONS: "from.art5_new",
    Schedule.GPAI: "from.early",
    Schedule.GENERAL: "from.general",
    Schedule.HIGH_RISK: "tier.high_risk",
    Schedule.HIGH_RISK_GATED: "from.high_risk_gated_base",
}
"""The date rule (:mod:`aiact.rules.timing`) that gives the Art. 113 date of each schedule."""


class DatedAnswer(BaseModel):
    """The date an obligation starts to apply under Art. 113, with its derivation."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    date: dt.date | None = Field(description="None: undetermined (see undetermined_because).")
    citations: tuple[LegalRef, ...] = Field(description="The sources of the dates.")
    reason_en: str
    reason_nl: str
    interpretation: str | None = Field(
        default=None, description="The reading the answer depends on, e.g. 'A1=classification'."
    )
    undetermined_because: tuple[str, ...] = Field(
        default=(), description="The unknown inputs that would decide the date (e.g. 'route')."
    )


def application_date(
    schedule: Schedule | str,
    law: LawVersion | str,
    route: Route | str | None = None,
    interpretations: Interpretations = DEFAULT_INTERPRETATIONS,
) -> DatedAnswer:
    """The date from which an obligation of ``schedule`` applies under Art. 113 of ``law``.

    ``route`` matters for HIGH_RISK and HIGH_RISK_GATED; when it is unknown (``None``) and the
    routes give different dates, the answer is undetermined (``date`` is None) and names
    ``route``. Raises :class:`~aiact.timeline.dates.NotInVersionError` for NEW_PROHIBITIONS under
    the original text, which does not contain them.

    This is the schedule's date, not an obligation's: an obligation whose text a version
    replaced is dated by the assessment. Art. 4 as replaced by Regulation (EU) 2026/1744
    (``art4_1``) binds from that Regulation's entry into force, 27 July 2026 (its Art. 4; reading
    A13), although its schedule, Chapters I and II, gives 2 February 2025 (Art. 113(a)); read
    ``Assessment.obligation("art4_1").applies_from`` for it (rev30b R2).
    """
    return _application_date(
        Schedule(schedule),
        LawVersion.parse(law),
        None if route is None else Route(route),
        interpretations,
    )


class _Facts(dict[str, Truth]):
    """The facts of one route for the Art. 113 cases: a name not given is false (no Art. 111
    rule applies: Art. 113 alone)."""

    def get(self, key: str, default: object = None) -> Truth:
        return super().get(key, False)


def _select(
    name: str, version: LawVersion, facts: Mapping[str, Truth]
) -> tuple[DatedFact | None, DateCase | None]:
    """The first case of the system date rule ``name`` that holds for ``facts``, and the date it
    gives (None: never); a later of two declared dates is the later declaration."""
    from aiact.daterules import DateOf, Declared, Later
    from aiact.logic import evaluate
    from aiact.rules.timing import SYSTEM_DATE_RULES

    rule = next(r for r in SYSTEM_DATE_RULES if r.name == name)
    if version not in rule.versions:
        date_of(DateKey.NEW_PROHIBITIONS, version)  # raises NotInVersionError with the reason
    for case in rule.cases_for(version):
        if evaluate(case.condition, facts) is not True:
            continue
        value = case.value
        while isinstance(value, Later):
            value = value.second
        if isinstance(value, Declared):
            return date_of(value.key, version), case
        if isinstance(value, DateOf):
            return _select(value.name, version, facts)[0], case
        return None, case
    return None, None


@lru_cache(maxsize=1024)
def _application_date(
    sched: Schedule, version: LawVersion, route: Route | None, interpretations: Interpretations
) -> DatedAnswer:
    """:func:`application_date` on normalised arguments: a pure function of them, cached (the
    answer is immutable). The date is that of the schedule's date rule for a system of the route,
    no transitional rule applying."""
    chosen = (route,) if route is not None else tuple(Route)
    name = _SCHEDULE_RULES[sched]
    reading = interpretations.high_risk_gating is HighRiskGating.CLASSIFICATION
    found: dict[Route, tuple[DatedFact, DateCase | None]] = {}
    readings: dict[bool, set[dt.date]] = {True: set(), False: set()}
    for r in chosen:
        for classification in (True, False):
            facts = _Facts(interpretations.as_facts())
            facts["interp.a1_classification_gated"] = classification
            facts["hr.annex_iii"] = r is Route.ANNEX_III
            facts["hr.annex_i"] = r is Route.ANNEX_I
            fact, case = _select(name, version, facts)
            assert fact is not None
            readings[classification].add(fact.date)
            if classification is reading:
                found[r] = (fact, case)
    a1 = sched is Schedule.HIGH_RISK_GATED and readings[True] != readings[False]
    interpretation = f"A1={interpretations.high_risk_gating.value}" if a1 else None
    dates = {f.date for f, _ in found.values()}
    if len(dates) > 1:
        parts = [f"{r.value}: {f.date.isoformat()} ({f.citation})" for r, (f, _) in found.items()]
        parts_nl = [
            f"{r.value}: {f.date.isoformat()} ({f.citation.nl(inline=True)})"
            for r, (f, _) in found.items()
        ]
        cites = tuple(dict.fromkeys(c for f, _ in found.values() for c in f.citations))
        return DatedAnswer(
            date=None,
            citations=cites,
            reason_en="The date depends on the classification route, which is unknown: "
            + "; ".join(parts)
            + ".",
            reason_nl="De datum hangt af van de classificatieroute, die onbekend is: "
            + "; ".join(parts_nl)
            + ".",
            interpretation=interpretation,
            undetermined_because=("route",),
        )
    fact, case = next(iter(found.values()))
    reason_en = f"{fact.label_en.rstrip('.')} ({fact.citation}; {version.label_en})."
    reason_nl = (
        f"{fact.label_nl.rstrip('.')} ({fact.citation.nl(inline=True)}; {version.label_nl})."
    )
    if sched is Schedule.HIGH_RISK_GATED and case is not None:
        if a1:
            reason_en += f" {case.label_en}."
            reason_nl += f" {case.label_nl}."
        else:
            reason_en += (
                " Section 5 and Chapter IX duties follow the route's date under either reading "
                "of A1."
            )
            reason_nl += (
                " Verplichtingen uit afdeling 5 en hoofdstuk IX volgen de datum van de route "
                "onder beide lezingen van A1."
            )
    return DatedAnswer(
        date=fact.date,
        citations=fact.citations,
        reason_en=reason_en,
        reason_nl=reason_nl,
        interpretation=interpretation,
    )
