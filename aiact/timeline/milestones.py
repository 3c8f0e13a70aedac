"""The Act's key dates with what starts on each (Arts. 111 and 113), in English and Dutch.

Each milestone is one dated declaration of :mod:`.dates`; ``versions`` says which versions of the
Act set it (both, or only the original text of Regulation 2024/1689, or only the text as amended
by Regulation 2026/1744).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from aiact.interpretations import DEFAULT_INTERPRETATIONS, Art111Cutoff, Interpretations
from aiact.refs import LegalRef, ref
from aiact.timeline.dates import (
    ART5_PROVISO_EN,
    ART5_PROVISO_NL,
    LEGACY_SYSTEMS_EN,
    LEGACY_SYSTEMS_NL,
    DateKey,
    date_of,
    declarations,
)
from aiact.timeline.schedule import Route
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


_ROUTE_KEY: dict[Route, DateKey] = {
    Route.ANNEX_III: DateKey.HIGH_RISK_ANNEX_III,
    Route.ANNEX_I: DateKey.HIGH_RISK_ANNEX_I,
}
_ROUTE_EN = {Route.ANNEX_III: "Art. 6(2) and Annex III", Route.ANNEX_I: "Art. 6(1) and Annex I"}
_ROUTE_NL = {
    Route.ANNEX_III: "artikel 6, lid 2, en bijlage III",
    Route.ANNEX_I: "artikel 6, lid 1, en bijlage I",
}


def _a2_words(interpretations: Interpretations) -> tuple[str, str]:
    """The reading of A2 in use, in words (no internal value names: they are no Dutch), in
    English and Dutch: 'the default reading A2 (the Chapter III date of the system's route)'."""
    if interpretations.art111_cutoff is DEFAULT_INTERPRETATIONS.art111_cutoff:
        return "the default reading A2", "de standaardlezing A2"
    return (
        "the chosen reading A2 (not the default)",
        "de gekozen lezing A2 (niet de standaardlezing)",
    )


def _cutoff_sentences(
    routes: tuple[Route, ...], interpretations: Interpretations, own_row: bool
) -> tuple[str, str]:
    """The amended Art. 111(2) cut-off in words, for the routes whose cut-off falls on a row's
    date: "before the date of application of Chapter III referred to in Article 113" (Art. 1,
    point (39)(a), of Regulation 2026/1744), "other than the systems referred to in paragraph 1",
    "Without prejudice to the application of Article 5"; the second sentence (public
    authorities, 2 August 2030) in full."""
    a2_en, a2_nl = _a2_words(interpretations)
    other = (
        Art111Cutoff.GENERAL_DATE
        if interpretations.art111_cutoff is Art111Cutoff.ROUTE_DATE
        else Art111Cutoff.ROUTE_DATE
    )
    other_en = (
        "the general date, 2 August 2026"
        if other is Art111Cutoff.GENERAL_DATE
        else "the Chapter III date of the route (2 December 2027 for Annex III, 2 August 2028 "
        "for Annex I)"
    )
    other_nl = (
        "de algemene datum, 2 augustus 2026"
        if other is Art111Cutoff.GENERAL_DATE
        else "de datum van hoofdstuk III voor de route (2 december 2027 voor bijlage III, "
        "2 augustus 2028 voor bijlage I)"
    )
    general = interpretations.art111_cutoff is Art111Cutoff.GENERAL_DATE
    read_en = (
        "the general date of application (Art. 113, second paragraph)"
        if general
        else "the Chapter III date of the route (Art. 113, third paragraph, point (c))"
    )
    read_nl = (
        "de algemene datum van toepassing (artikel 113, tweede alinea)"
        if general
        else "de datum van hoofdstuk III voor de route (artikel 113, derde alinea, punt c)"
    )
    every = set(routes) == set(Route)
    which_en = "" if every else " under " + " and ".join(_ROUTE_EN[r] for r in routes)
    which_nl = "" if every else " op grond van " + " en ".join(_ROUTE_NL[r] for r in routes)
    if own_row:
        head_en = (
            f"Cut-off of Art. 111(2) under {a2_en}, which reads 'the date of application of "
            f"Chapter III referred to in Article 113' as {read_en}, for legacy "
            f"{LEGACY_SYSTEMS_EN}{which_en}: "
        )
        head_nl = (
            f"Peildatum van artikel 111, lid 2, volgens {a2_nl}, die 'de datum van toepassing "
            f"van hoofdstuk III volgens artikel 113' leest als {read_nl}, voor reeds in de "
            f"handel gebrachte {LEGACY_SYSTEMS_NL}{which_nl}: "
        )
    else:
        head_en = (
            f"Under {a2_en} this is also their Art. 111(2) cut-off ('the date of application of "
            f"Chapter III referred to in Article 113'), for {LEGACY_SYSTEMS_EN}: "
        )
        head_nl = (
            f"Volgens {a2_nl} is dit ook hun grensdatum van artikel 111, lid 2 (de datum van "
            f"toepassing van hoofdstuk III volgens artikel 113), voor {LEGACY_SYSTEMS_NL}: "
        )
    return (
        head_en + f"{ART5_PROVISO_EN}, those placed on the market or put into service before "
        "this date are covered only after a significant change in their design (providers and "
        "deployers of those intended to be used by public authorities comply by 2 August 2030); "
        f"under the other reading of A2 the cut-off is {other_en}.",
        head_nl + f"{ART5_PROVISO_NL} vallen systemen die vóór deze datum in de handel zijn "
        "gebracht of in gebruik zijn gesteld, alleen onder de verordening na aanzienlijke "
        "wijzigingen in hun ontwerp (aanbieders en gebruiksverantwoordelijken van systemen die "
        "bedoeld zijn om door overheidsinstanties te worden gebruikt, voldoen uiterlijk op "
        f"2 augustus 2030); volgens de andere lezing van A2 is de grensdatum {other_nl}.",
    )


def _amended_cutoff_rows(
    rows: list[Milestone], interpretations: Interpretations
) -> list[Milestone]:
    """The rows of the amended text with its Art. 111(2) cut-off under the reading in use (A2):
    the dates come from :func:`aiact.timeline.transitional.art111_2_cutoff`, the function the
    rules' date comparisons agree with. A cut-off on the date of the route's own Chapter III
    row (A2=route_date) is said on that row; any other (A2=general_date: 2 August 2026) gets a
    row of its own, key ``art111_2_cutoff``, amended text only."""
    from aiact.timeline.transitional import art111_2_cutoff

    by_date: dict[dt.date, list[Route]] = {}
    for route in Route:
        answer = art111_2_cutoff(LawVersion.AMENDED, route, interpretations)
        assert answer.date is not None  # one route: always a date
        by_date.setdefault(answer.date, []).append(route)
    amended_only = (LawVersion.AMENDED,)
    out = list(rows)
    for day, routes in by_date.items():
        keys = {_ROUTE_KEY[r] for r in routes}
        own = [
            i
            for i, m in enumerate(out)
            if m.date == day and m.key in keys and m.versions == amended_only
        ]
        if len(own) == len(routes):  # each route's own Chapter III row
            for i in own:
                route = next(r for r in routes if _ROUTE_KEY[r] is out[i].key)
                en, nl = _cutoff_sentences((route,), interpretations, own_row=False)
                m = out[i]
                out[i] = m.model_copy(
                    update={
                        "what_en": f"{m.what_en} {en}",
                        "what_nl": f"{m.what_nl} {nl}",
                        "citations": (*m.citations, ref("Art. 111(2)")),
                    }
                )
            continue
        en, nl = _cutoff_sentences(tuple(routes), interpretations, own_row=True)
        source = date_of(DateKey.GENERAL, LawVersion.AMENDED)
        out.append(
            Milestone(
                date=day,
                key=DateKey.ART111_2_CUTOFF,
                versions=amended_only,
                what_en=en,
                what_nl=nl,
                citations=(
                    ref("Art. 111(2)"),
                    *(source.citations if source.date == day else ()),
                ),
                amended_by=ref("Art. 1, point (39)(a) of Regulation (EU) 2026/1744"),
            )
        )
    order = list(DateKey)
    return sorted(out, key=lambda m: (m.date, order.index(m.key), m.versions))


def milestones(
    law: LawVersion | str | None = None,
    interpretations: Interpretations = DEFAULT_INTERPRETATIONS,
) -> list[Milestone]:
    """The key dates of ``law`` in date order; ``None``: of both versions, each marked with the
    versions that set it. The amended Art. 111(2) cut-off is no date of its own: its rows follow
    reading A2 of ``interpretations``."""
    version = None if law is None else LawVersion.parse(law)
    rows = [
        Milestone(
            date=fact.date,
            key=fact.key,
            versions=tuple(v for v in LawVersion if v in fact.versions),
            what_en=fact.label_en,
            what_nl=fact.label_nl,
            citations=fact.citations,
            amended_by=fact.amended_by,
        )
        for fact in declarations(version)
    ]
    if version is LawVersion.ORIGINAL:
        return rows
    return _amended_cutoff_rows(rows, interpretations)
