"""The dates of the AI Act as data: every date is a declaration with its citation and versions.

Sources (checked word for word):

* Regulation (EU) 2024/1689 as published, Art. 113 (entry into force and application) and
  Art. 111 (systems and models already on the market).
* Regulation (EU) 2026/1744 (Digital Omnibus on AI), Art. 1, point (39) (amends Art. 111: a new
  cut-off in paragraph 2 and a new paragraph 4), point (40) (amends Art. 113, third paragraph:
  points (a) and (c) replaced, point (d) added) and Art. 4 (entry into force on 27 July 2026).

Art. 113 has no numbered paragraphs: its "third paragraph" is the one that begins "However:"
(the original Art. 111 calls it "Article 113(3)", the Omnibus "Article 113, third paragraph").

An amendment never edits a declaration: a date that changed has one declaration per version, a
date that did not change has one declaration valid in both. A date that depends on an
interpretation and the system (the amended Art. 111(2) cut-off) is not a fixed declaration: see
:func:`aiact.timeline.transitional.art111_2_cutoff`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from aiact.refs import LegalRef, ref
from aiact.versions import ALL_VERSIONS, ONLY_AMENDED, ONLY_ORIGINAL, LawVersion

__all__ = [
    "DECLARATIONS",
    "DateKey",
    "DatedFact",
    "NotInVersionError",
    "TimelineError",
    "date_of",
    "declarations",
]


class TimelineError(ValueError):
    """Base of the errors of :mod:`aiact.timeline`."""


class NotInVersionError(TimelineError, KeyError):
    """A named date that does not exist in the requested version of the Act."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class DateKey(StrEnum):
    """The named dates of the Act (Arts. 111 and 113)."""

    ENTRY_INTO_FORCE = "entry_into_force"
    """Art. 113, first paragraph: 1 August 2024."""
    CHAPTERS_I_II = "chapters_i_ii"
    """Art. 113, third paragraph, point (a): Chapters I and II (Arts. 1-5)."""
    NEW_PROHIBITIONS = "new_prohibitions"
    """Amended Art. 113, third paragraph, point (a): Art. 5(1)(ba), (bb), 5(1a), 5(1b)."""
    EARLY_PROVISIONS = "early_provisions"
    """Art. 113, third paragraph, point (b): Ch. III Section 4, Ch. V, VII, XII and Art. 78,
    except Art. 101."""
    GENERAL = "general"
    """Art. 113, second paragraph: the general date of application."""
    HIGH_RISK_ANNEX_III = "high_risk_annex_iii"
    """Chapter III Sections 1-3 for Art. 6(2) / Annex III systems."""
    HIGH_RISK_ANNEX_I = "high_risk_annex_i"
    """Chapter III Sections 1-3 (original: Art. 6(1) and the corresponding obligations) for
    Art. 6(1) / Annex I systems."""
    ARTS_102_110 = "arts_102_110"
    """Amended Art. 113, third paragraph, point (d): Arts. 102-110."""
    AMENDED_TEXT_IN_FORCE = "amended_text_in_force"
    """Art. 4 of Regulation 2026/1744: the amended text enters into force."""
    ANNEX_X_CUTOFF = "annex_x_cutoff"
    """Art. 111(1): Annex X components placed before this date get the Annex X deadline."""
    ANNEX_X_DEADLINE = "annex_x_deadline"
    """Art. 111(1): Annex X components comply by this date."""
    PUBLIC_AUTHORITY_DEADLINE = "public_authority_deadline"
    """Art. 111(2), second sentence: legacy high-risk systems for public authorities comply by."""
    ART111_2_CUTOFF = "art111_2_cutoff"
    """Art. 111(2): the legacy cut-off. A fixed date only in the original text; the amended text
    refers to 'the date of application of Chapter III' (reference A2)."""
    GPAI_LEGACY_CUTOFF = "gpai_legacy_cutoff"
    """Art. 111(3): GPAI models placed before this date get the GPAI deadline."""
    GPAI_LEGACY_DEADLINE = "gpai_legacy_deadline"
    """Art. 111(3): legacy GPAI models comply by this date."""
    ART50_2_LEGACY_CUTOFF = "art50_2_legacy_cutoff"
    """Art. 111(4) (amended only): generators placed before this date get the Art. 50(2)
    deadline."""
    ART50_2_LEGACY_DEADLINE = "art50_2_legacy_deadline"
    """Art. 111(4) (amended only): legacy generators comply with Art. 50(2) by this date."""


class DatedFact(BaseModel):
    """One dated declaration: a date of the Act, the versions it belongs to and its source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: DateKey
    versions: frozenset[LawVersion] = Field(
        description="The versions of the Act that set this date."
    )
    date: dt.date
    citations: tuple[LegalRef, ...] = Field(
        min_length=1, description="The provisions that set the date."
    )
    label_en: str = Field(description="What starts (or ends) on this date, in English.")
    label_nl: str = Field(description="What starts (or ends) on this date, in Dutch.")
    amended_by: LegalRef | None = Field(
        default=None, description="The provision of Regulation 2026/1744 that set this wording."
    )

    @property
    def citation(self) -> LegalRef:
        """The main citation."""
        return self.citations[0]


_OMNIBUS = "of Regulation (EU) 2026/1744"


def _fact(
    key: DateKey,
    versions: frozenset[LawVersion],
    day: dt.date,
    citations: str | tuple[str, ...],
    label_en: str,
    label_nl: str,
    amended_by: str | None = None,
) -> DatedFact:
    texts = (citations,) if isinstance(citations, str) else citations
    return DatedFact(
        key=key,
        versions=versions,
        date=day,
        citations=tuple(ref(t) for t in texts),
        label_en=label_en,
        label_nl=label_nl,
        amended_by=None if amended_by is None else ref(amended_by),
    )


D = dt.date
K = DateKey

ART5_PROVISO_EN = (
    "without prejudice to the application of Art. 5 (Art. 113, third paragraph, point (a))"
)
"""Art. 111(1) and (2), both versions: "Without prejudice to the application of Article 5 as
referred to in Article 113(3), point (a)" (amended Art. 111(2): "Article 113, third paragraph,
point (a)")."""
ART5_PROVISO_NL = "onverminderd de toepassing van artikel 5 (artikel 113, derde alinea, punt a)"
"""Dutch text of Art. 111(1) and (2): "Onverminderd de toepassing van artikel 5 als bedoeld in
artikel 113, lid 3, punt a)"."""


def _cap(text: str) -> str:
    """``text`` with its first letter in upper case (the rest untouched, unlike
    :meth:`str.capitalize`)."""
    return text[:1].upper() + text[1:]


LEGACY_SYSTEMS_EN = "high-risk AI systems other than the Annex X components of Art. 111(1)"
"""Art. 111(2): "operators of high-risk AI systems, other than the systems referred to in
paragraph 1 of this Article" (the components of the large-scale IT systems of Annex X)."""
LEGACY_SYSTEMS_NL = (
    "AI-systemen met een hoog risico, met uitzondering van de componenten van bijlage X "
    "bedoeld in artikel 111, lid 1"
)


DECLARATIONS: tuple[DatedFact, ...] = (
    # ---------------------------------------------------------------- Art. 113 (both versions)
    _fact(
        K.ENTRY_INTO_FORCE,
        ALL_VERSIONS,
        D(2024, 8, 1),
        "Art. 113, first paragraph",
        "The AI Act enters into force (twentieth day after publication on 12 July 2024).",
        "De AI-verordening treedt in werking (twintigste dag na de bekendmaking op 12 juli 2024).",
    ),
    _fact(
        K.CHAPTERS_I_II,
        ALL_VERSIONS,
        D(2025, 2, 2),
        "Art. 113, third paragraph, point (a)",
        "Chapters I and II apply: general provisions, AI literacy (Art. 4) and the prohibited "
        "practices (Art. 5); in the amended text except Art. 5(1), first subparagraph, points "
        "(ba) and (bb), and Art. 5(1a) and (1b), which apply from 2 December 2026.",
        "De hoofdstukken I en II zijn van toepassing: algemene bepalingen, AI-geletterdheid "
        "(artikel 4) en de verboden AI-praktijken (artikel 5); in de gewijzigde tekst met "
        "uitzondering van artikel 5, lid 1, eerste alinea, punten b bis) en b ter), en artikel 5, "
        "leden 1 bis en 1 ter, die van toepassing zijn vanaf 2 december 2026.",
    ),
    _fact(
        K.EARLY_PROVISIONS,
        ALL_VERSIONS,
        D(2025, 8, 2),
        "Art. 113, third paragraph, point (b)",
        "Chapter III Section 4 (notifying authorities and notified bodies), Chapter V "
        "(general-purpose AI models), Chapter VII (governance), Chapter XII (penalties) and "
        "Art. 78 apply, except Art. 101.",
        "Hoofdstuk III, afdeling 4 (aanmeldende autoriteiten en aangemelde instanties), "
        "hoofdstuk V (AI-modellen voor algemene doeleinden), hoofdstuk VII (governance), "
        "hoofdstuk XII (sancties) en artikel 78 zijn van toepassing, met uitzondering van "
        "artikel 101.",
    ),
    _fact(
        K.GENERAL,
        ALL_VERSIONS,
        D(2026, 8, 2),
        "Art. 113, second paragraph",
        "General date of application: the rest of the Act applies, including Art. 50 "
        "(transparency) and Art. 101 (fines for providers of general-purpose AI models).",
        "Algemene datum van toepassing: de rest van de verordening is van toepassing, waaronder "
        "artikel 50 (transparantie) en artikel 101 (geldboeten voor aanbieders van AI-modellen "
        "voor algemene doeleinden).",
    ),
    # ---------------------------------------------------------------- Art. 113, original text
    _fact(
        K.HIGH_RISK_ANNEX_III,
        ONLY_ORIGINAL,
        D(2026, 8, 2),
        ("Art. 113, second paragraph", "Art. 113, third paragraph, point (c)"),
        "High-risk AI systems under Art. 6(2) and Annex III: Chapter III applies on the general "
        "date (point (c) deferred only Art. 6(1) and the corresponding obligations).",
        "AI-systemen met een hoog risico op grond van artikel 6, lid 2, en bijlage III: "
        "hoofdstuk III is van toepassing op de algemene datum (punt c) stelde alleen artikel 6, "
        "lid 1, en de overeenkomstige verplichtingen uit).",
    ),
    _fact(
        K.HIGH_RISK_ANNEX_I,
        ONLY_ORIGINAL,
        D(2027, 8, 2),
        "Art. 113, third paragraph, point (c)",
        "High-risk AI systems under Art. 6(1) and Annex I: Art. 6(1) and the corresponding "
        "obligations apply.",
        "AI-systemen met een hoog risico op grond van artikel 6, lid 1, en bijlage I: artikel 6, "
        "lid 1, en de overeenkomstige verplichtingen zijn van toepassing.",
    ),
    # ---------------------------------------------------------------- Art. 113, amended text
    _fact(
        K.NEW_PROHIBITIONS,
        ONLY_AMENDED,
        D(2026, 12, 2),
        "Art. 113, third paragraph, point (a)",
        "The new prohibited practices apply: Art. 5(1), first subparagraph, points (ba) and (bb), "
        "and Art. 5(1a) and (1b).",
        "De nieuwe verboden AI-praktijken zijn van toepassing: artikel 5, lid 1, eerste alinea, "
        "punten b bis) en b ter), en artikel 5, leden 1 bis en 1 ter.",
        amended_by=f"Art. 1, point (40)(a) {_OMNIBUS}",
    ),
    _fact(
        K.HIGH_RISK_ANNEX_III,
        ONLY_AMENDED,
        D(2027, 12, 2),
        "Art. 113, third paragraph, point (c)(i)",
        "High-risk AI systems under Art. 6(2) and Annex III: Chapter III Sections 1, 2 and 3 apply "
        "(except Art. 6(5)).",
        "AI-systemen met een hoog risico op grond van artikel 6, lid 2, en bijlage III: "
        "hoofdstuk III, afdelingen 1, 2 en 3, zijn van toepassing (behalve artikel 6, lid 5).",
        amended_by=f"Art. 1, point (40)(b) {_OMNIBUS}",
    ),
    _fact(
        K.HIGH_RISK_ANNEX_I,
        ONLY_AMENDED,
        D(2028, 8, 2),
        "Art. 113, third paragraph, point (c)(ii)",
        "High-risk AI systems under Art. 6(1) and Annex I: Chapter III Sections 1, 2 and 3 apply "
        "(except Art. 6(5)).",
        "AI-systemen met een hoog risico op grond van artikel 6, lid 1, en bijlage I: "
        "hoofdstuk III, afdelingen 1, 2 en 3, zijn van toepassing (behalve artikel 6, lid 5).",
        amended_by=f"Art. 1, point (40)(b) {_OMNIBUS}",
    ),
    _fact(
        K.ARTS_102_110,
        ONLY_AMENDED,
        D(2026, 7, 27),
        "Art. 113, third paragraph, point (d)",
        "Arts. 102 to 110 (amendments to other Union acts) apply.",
        "De artikelen 102 tot en met 110 (wijzigingen van andere Uniehandelingen) zijn van "
        "toepassing.",
        amended_by=f"Art. 1, point (40)(c) {_OMNIBUS}",
    ),
    _fact(
        K.AMENDED_TEXT_IN_FORCE,
        ONLY_AMENDED,
        D(2026, 7, 27),
        "Art. 4 of Regulation (EU) 2026/1744",
        "The Digital Omnibus on AI (Regulation (EU) 2026/1744) enters into force (third day after "
        "publication on 24 July 2026): the amended text governs from this day.",
        "De digitale omnibus inzake AI (Verordening (EU) 2026/1744) treedt in werking (derde dag "
        "na de bekendmaking op 24 juli 2026): vanaf deze dag geldt de gewijzigde tekst.",
    ),
    # ---------------------------------------------------------------- Art. 111 (both versions)
    _fact(
        K.ANNEX_X_CUTOFF,
        ALL_VERSIONS,
        D(2027, 8, 2),
        "Art. 111(1)",
        "Cut-off for AI systems that are components of the large-scale IT systems of Annex X: "
        f"{ART5_PROVISO_EN}, those placed on the market or put "
        "into service before this date comply by 31 December 2030.",
        "Peildatum voor AI-systemen die componenten zijn van de grootschalige IT-systemen van "
        f"bijlage X: {ART5_PROVISO_NL} voldoen systemen die "
        "vóór deze datum in de handel zijn gebracht of in gebruik zijn gesteld, uiterlijk op "
        "31 december 2030.",
    ),
    _fact(
        K.ANNEX_X_DEADLINE,
        ALL_VERSIONS,
        D(2030, 12, 31),
        "Art. 111(1)",
        f"{_cap(ART5_PROVISO_EN)}, AI systems that are components of the large-scale IT systems of "
        "Annex X, placed on the market or put into service before 2 August 2027, are brought "
        "into compliance.",
        f"{_cap(ART5_PROVISO_NL)} zijn AI-systemen die componenten zijn van de grootschalige "
        "IT-systemen van bijlage X en vóór 2 augustus 2027 in de handel zijn gebracht of in "
        "gebruik zijn gesteld, in overeenstemming met de verordening gebracht.",
    ),
    _fact(
        K.PUBLIC_AUTHORITY_DEADLINE,
        ALL_VERSIONS,
        D(2030, 8, 2),
        "Art. 111(2)",
        "Providers and deployers of legacy high-risk AI systems intended to be used by public "
        "authorities comply with the requirements and obligations of the Act.",
        "Aanbieders en gebruiksverantwoordelijken van reeds in de handel gebrachte AI-systemen "
        "met een hoog risico die bedoeld zijn om door overheidsinstanties te worden gebruikt, "
        "voldoen aan de eisen en verplichtingen van de verordening.",
    ),
    _fact(
        K.ART111_2_CUTOFF,
        ONLY_ORIGINAL,
        D(2026, 8, 2),
        "Art. 111(2)",
        f"Cut-off for legacy {LEGACY_SYSTEMS_EN}: {ART5_PROVISO_EN}, those placed on the market "
        "or put into service before this date are covered only after a significant change in "
        "their design.",
        f"Peildatum voor reeds in de handel gebrachte {LEGACY_SYSTEMS_NL}: "
        f"{ART5_PROVISO_NL} vallen systemen die vóór deze datum "
        "in de handel zijn gebracht of in gebruik zijn gesteld, alleen onder de verordening na "
        "aanzienlijke wijzigingen in hun ontwerp.",
    ),
    _fact(
        K.GPAI_LEGACY_CUTOFF,
        ALL_VERSIONS,
        D(2025, 8, 2),
        "Art. 111(3)",
        "Cut-off for general-purpose AI models: those placed on the market before this date "
        "comply by 2 August 2027.",
        "Peildatum voor AI-modellen voor algemene doeleinden: modellen die vóór deze datum in de "
        "handel zijn gebracht, voldoen uiterlijk op 2 augustus 2027.",
    ),
    _fact(
        K.GPAI_LEGACY_DEADLINE,
        ALL_VERSIONS,
        D(2027, 8, 2),
        "Art. 111(3)",
        "Providers of general-purpose AI models placed on the market before 2 August 2025 comply "
        "with the obligations of the Act.",
        "Aanbieders van AI-modellen voor algemene doeleinden die vóór 2 augustus 2025 in de "
        "handel zijn gebracht, voldoen aan de verplichtingen van de verordening.",
    ),
    # ---------------------------------------------------------------- Art. 111(4), amended only
    _fact(
        K.ART50_2_LEGACY_CUTOFF,
        ONLY_AMENDED,
        D(2026, 8, 2),
        "Art. 111(4)",
        "Cut-off for systems generating synthetic audio, image, video or text: those placed on "
        "the market before this date comply with Art. 50(2) by 2 December 2026.",
        "Peildatum voor systemen die synthetische audio, beelden, video of tekst genereren: "
        "systemen die vóór deze datum in de handel zijn gebracht, voldoen uiterlijk op "
        "2 december 2026 aan artikel 50, lid 2.",
        amended_by=f"Art. 1, point (39)(b) {_OMNIBUS}",
    ),
    _fact(
        K.ART50_2_LEGACY_DEADLINE,
        ONLY_AMENDED,
        D(2026, 12, 2),
        "Art. 111(4)",
        "Providers of systems generating synthetic content placed on the market before "
        "2 August 2026 comply with Art. 50(2) (marking of synthetic content).",
        "Aanbieders van systemen die synthetische inhoud genereren en vóór 2 augustus 2026 in de "
        "handel zijn gebracht, voldoen aan artikel 50, lid 2 (markering van synthetische inhoud).",
        amended_by=f"Art. 1, point (39)(b) {_OMNIBUS}",
    ),
)


def _index(facts: Iterable[DatedFact]) -> dict[tuple[DateKey, LawVersion], DatedFact]:
    """Index the declarations; refuse two declarations of one date for one version."""
    index: dict[tuple[DateKey, LawVersion], DatedFact] = {}
    for fact in facts:
        for version in fact.versions:
            if (fact.key, version) in index:
                raise TimelineError(f"{fact.key} is declared twice for {version.name}")
            index[fact.key, version] = fact
    return index


_INDEX = _index(DECLARATIONS)

_NOT_IN_VERSION_REASON: dict[DateKey, str] = {
    DateKey.NEW_PROHIBITIONS: "the new prohibitions were added by Regulation (EU) 2026/1744",
    DateKey.ARTS_102_110: "point (d) of Art. 113, third paragraph, was added by 2026/1744",
    DateKey.AMENDED_TEXT_IN_FORCE: "it is the entry into force of Regulation (EU) 2026/1744",
    DateKey.ART50_2_LEGACY_CUTOFF: "Art. 111(4) was added by Regulation (EU) 2026/1744",
    DateKey.ART50_2_LEGACY_DEADLINE: "Art. 111(4) was added by Regulation (EU) 2026/1744",
    DateKey.ART111_2_CUTOFF: (
        "the amended Art. 111(2) refers to 'the date of application of Chapter III referred to "
        "in Article 113', which depends on the reading (reference A2) and the system's route: "
        "use aiact.timeline.art111_2_cutoff(law, route, interpretations)"
    ),
}


def date_of(key: DateKey | str, law: LawVersion | str) -> DatedFact:
    """The declaration of ``key`` in version ``law`` (date, citations, labels).

    Raises :class:`NotInVersionError` when that version does not set the date, with the reason
    and the versions that do.
    """
    fact = _INDEX.get((key, law))  # type: ignore[arg-type]
    if fact is not None:  # the common case: a DateKey and a LawVersion
        return fact
    date_key = DateKey(key)
    version = LawVersion.parse(law)
    fact = _INDEX.get((date_key, version))
    if fact is None:
        others = sorted(v.name for (k, v) in _INDEX if k is date_key)
        why = _NOT_IN_VERSION_REASON.get(date_key, "")
        raise NotInVersionError(
            f"the date {date_key.value!r} does not exist in {version.name} ({version.value})"
            + (f": {why}" if why else "")
            + (f"; it exists in: {', '.join(others)}" if others else "")
        )
    return fact


def declarations(law: LawVersion | str | None = None) -> tuple[DatedFact, ...]:
    """All declarations, or those of one version, in date order."""
    version = None if law is None else LawVersion.parse(law)
    chosen = [f for f in DECLARATIONS if version is None or version in f.versions]
    return tuple(sorted(chosen, key=lambda f: (f.date, list(DateKey).index(f.key))))
