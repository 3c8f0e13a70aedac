"""When an obligation starts to apply under Art. 113 (before any transitional rule of Art. 111).

Each obligation of the catalogue carries a :class:`Schedule`; :func:`application_date` turns a
schedule, a version of the Act, the system's classification route and the readings of the open
questions into a date with its citations. The mapping is data (``SCHEDULE_KEYS``,
``LITERAL_GATED_KEYS``); the dates themselves are the declarations of :mod:`.dates`.

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

from pydantic import BaseModel, ConfigDict, Field

from aiact.interpretations import DEFAULT_INTERPRETATIONS, HighRiskGating, Interpretations
from aiact.refs import LegalRef
from aiact.timeline.dates import DatedFact, DateKey, date_of
from aiact.versions import LawVersion

__all__ = [
    "LITERAL_GATED_KEYS",
    "ROUTE_KEYS",
    "SCHEDULE_KEYS",
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


ROUTE_KEYS: Mapping[Route, DateKey] = {
    Route.ANNEX_III: DateKey.HIGH_RISK_ANNEX_III,
    Route.ANNEX_I: DateKey.HIGH_RISK_ANNEX_I,
}
"""The Chapter III Sections 1-3 date of each route (Art. 113, third paragraph, point (c))."""

SCHEDULE_KEYS: Mapping[Schedule, DateKey] = {
    Schedule.CHAPTERS_I_II: DateKey.CHAPTERS_I_II,
    Schedule.NEW_PROHIBITIONS: DateKey.NEW_PROHIBITIONS,
    Schedule.GPAI: DateKey.EARLY_PROVISIONS,
    Schedule.GENERAL: DateKey.GENERAL,
}
"""The schedules whose date does not depend on the route."""

LITERAL_GATED_KEYS: Mapping[LawVersion, Mapping[Route, DateKey]] = {
    # Original point (c): "Article 6(1) and the corresponding obligations" -> 2 Aug 2027 for
    # Annex I; Annex III systems were on the general date anyway.
    LawVersion.ORIGINAL: {
        Route.ANNEX_III: DateKey.GENERAL,
        Route.ANNEX_I: DateKey.HIGH_RISK_ANNEX_I,
    },
    # Amended point (c) defers only Sections 1-3: read literally, Section 5 and Chapter IX apply
    # on the general date whatever the route.
    LawVersion.AMENDED: {Route.ANNEX_III: DateKey.GENERAL, Route.ANNEX_I: DateKey.GENERAL},
}
"""A1 = LITERAL: the date of Section 5 / Chapter IX duties per version and route."""


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


def _keys_for(
    schedule: Schedule, law: LawVersion, route: Route, interpretations: Interpretations
) -> DateKey:
    if schedule in SCHEDULE_KEYS:
        return SCHEDULE_KEYS[schedule]
    if (
        schedule is Schedule.HIGH_RISK_GATED
        and interpretations.high_risk_gating is HighRiskGating.LITERAL
    ):
        return LITERAL_GATED_KEYS[law][route]
    return ROUTE_KEYS[route]


def _a1_matters(schedule: Schedule, law: LawVersion, routes: tuple[Route, ...]) -> bool:
    """Whether the A1 reading changes the answer (it never does under the original text)."""
    if schedule is not Schedule.HIGH_RISK_GATED:
        return False
    return any(
        date_of(LITERAL_GATED_KEYS[law][r], law).date != _route_fact(law, r).date for r in routes
    )


def _route_fact(law: LawVersion, route: Route) -> DatedFact:
    return date_of(ROUTE_KEYS[route], law)


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
    """
    return _application_date(
        Schedule(schedule),
        LawVersion.parse(law),
        None if route is None else Route(route),
        interpretations,
    )


@lru_cache(maxsize=1024)
def _application_date(
    sched: Schedule, version: LawVersion, route: Route | None, interpretations: Interpretations
) -> DatedAnswer:
    """:func:`application_date` on normalised arguments: a pure function of them, cached (the
    answer is immutable)."""
    chosen = (route,) if route is not None else tuple(Route)
    facts = {r: date_of(_keys_for(sched, version, r, interpretations), version) for r in chosen}
    a1 = _a1_matters(sched, version, chosen)
    interpretation = f"A1={interpretations.high_risk_gating.value}" if a1 else None
    dates = {f.date for f in facts.values()}
    if len(dates) > 1:
        parts = [f"{r.value}: {f.date.isoformat()} ({f.citation})" for r, f in facts.items()]
        parts_nl = [
            f"{r.value}: {f.date.isoformat()} ({f.citation.nl()})" for r, f in facts.items()
        ]
        cites = tuple(dict.fromkeys(c for f in facts.values() for c in f.citations))
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
    fact = next(iter(facts.values()))
    reason_en = f"{fact.label_en.rstrip('.')} ({fact.citation}; {version.label_en})."
    reason_nl = f"{fact.label_nl.rstrip('.')} ({fact.citation.nl()}; {version.label_nl})."
    if sched is Schedule.HIGH_RISK_GATED:
        reading_en, reading_nl = _gated_note(version, interpretations, a1)
        reason_en += reading_en
        reason_nl += reading_nl
    return DatedAnswer(
        date=fact.date,
        citations=fact.citations,
        reason_en=reason_en,
        reason_nl=reason_nl,
        interpretation=interpretation,
    )


def _gated_note(law: LawVersion, interp: Interpretations, matters: bool) -> tuple[str, str]:
    if not matters:
        return (
            " Section 5 and Chapter IX duties follow the route's date under either reading of A1.",
            " Verplichtingen uit afdeling 5 en hoofdstuk IX volgen de datum van de route onder "
            "beide lezingen van A1.",
        )
    if interp.high_risk_gating is HighRiskGating.CLASSIFICATION:
        return (
            " Reading A1=classification: no system is high-risk before Art. 6 applies to it, so "
            "Section 5 and Chapter IX duties wait for the route's Sections 1-3 date.",
            " Lezing A1=classificatie: geen systeem heeft een hoog risico voordat artikel 6 erop "
            "van toepassing is, dus verplichtingen uit afdeling 5 en hoofdstuk IX wachten op de "
            "datum van de afdelingen 1-3 voor de route.",
        )
    return (
        " Reading A1=literal: point (c) defers only Chapter III Sections 1-3, so Section 5 and "
        "Chapter IX apply from the general date.",
        " Lezing A1=letterlijk: punt c) stelt alleen hoofdstuk III, afdelingen 1-3, uit, dus "
        "afdeling 5 en hoofdstuk IX zijn van toepassing met ingang van de algemene datum.",
    )
