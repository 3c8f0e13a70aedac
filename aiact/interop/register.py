"""The Algoritmeregister: the Dutch government's public register of algorithms.

Reads a register export (the JSON of the register's API, and the CSV download in the publication
standard with ``publication_category``), maps every entry to a partial :class:`AISystem` and
:class:`Organisation` (the organisation type from the register's organisation data: its name, or a
mapping from the register's organisation list), assesses it, and gives the publication category
that the assessment implies ("Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige
algoritmes") with the questions that remain open. Every entry yields an assessment or a precise
reason why it could not.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from aiact.assessment import Assessment
from aiact.case import Case
from aiact.facts import AISystem, Organisation, OrganisationKind

# --------------------------------------------------------------------------- vocabulary

HIGH_RISK = "Hoog-risico AI-systeem"
IMPACTFUL = "Impactvolle algoritmes"
OTHER = "Overige algoritmes"
PUBLICATION_CATEGORIES: tuple[str, ...] = (HIGH_RISK, IMPACTFUL, OTHER)
CATEGORY_EN: dict[str, str] = {
    HIGH_RISK: "high-risk AI system",
    IMPACTFUL: "impactful algorithm",
    OTHER: "other algorithm",
}

IN_USE = "In gebruik"
IN_DEVELOPMENT = "In ontwikkeling"
OUT_OF_USE = "Buiten gebruik"
_STATUS = {
    "in_gebruik": IN_USE,
    "in gebruik": IN_USE,
    "ontwikkeling": IN_DEVELOPMENT,
    "in_ontwikkeling": IN_DEVELOPMENT,
    "in ontwikkeling": IN_DEVELOPMENT,
    "buiten_gebruik": OUT_OF_USE,
    "buiten gebruik": OUT_OF_USE,
}

#: Organisation types recognised from the name, in order: (pattern, type label, kind).
ORGANISATION_TYPES: tuple[tuple[str, str, OrganisationKind], ...] = (
    (
        r"^gemeenschappelijke regeling|gemeenschappelijke regeling",
        "Gemeenschappelijke regeling",
        OrganisationKind.PUBLIC_AUTHORITY,
    ),
    (r"^gemeente\b", "Gemeente", OrganisationKind.PUBLIC_AUTHORITY),
    (r"^provincie\b", "Provincie", OrganisationKind.PUBLIC_AUTHORITY),
    (
        r"^(waterschap|hoogheemraadschap|wetterskip)\b|hoogheemraadschap",
        "Waterschap",
        OrganisationKind.PUBLIC_AUTHORITY,
    ),
    (r"^ministerie\b", "Ministerie", OrganisationKind.PUBLIC_AUTHORITY),
    (
        r"^(omgevingsdienst|rud|regionale uitvoeringsdienst|dcmr|fryske utfieringstsjinst)\b",
        "Omgevingsdienst",
        OrganisationKind.PUBLIC_AUTHORITY,
    ),
    (
        r"^(veiligheidsregio|veiligheids- en gezondheidsregio|ggd)\b",
        "Veiligheidsregio of GGD",
        OrganisationKind.PUBLIC_AUTHORITY,
    ),
    (
        r"^(politie|douane|belastingdienst|dienst toeslagen|rijkswaterstaat|rdw|ind|logius|kadaster"
        r"|cibg|justis|rijks\w*|dienst\b|inspectie\b|nederlandse arbeidsinspectie|autoriteit\b"
        r"|nederlandse voedsel|nederlandse zorgautoriteit|centraal\b|raad voor\b|nationaal\b"
        r"|uitvoeringsinstituut|sociale verzekeringsbank|kamer van koophandel|commissariaat"
        r"|college van toezicht|adviescollege|koninklijk nederlands meteorologisch|staatsbosbeheer"
        r"|instituut mijnbouwschade|nederlands forensisch instituut|asiel en migratie"
        r"|justiti\w+|reclassering nederland|ciz\b|nederlands instituut publieke veiligheid"
        r"|ictu|zeeuws archief)",
        "Rijksoverheid of zelfstandig bestuursorgaan",
        OrganisationKind.PUBLIC_AUTHORITY,
    ),
    (
        r"(samenwerking|organisatie|gemeenten|regionale dienst|werkom|belastingsamenwerking"
        r"|sociale zaken en werkgelegenheid)",
        "Samenwerkingsverband van gemeenten",
        OrganisationKind.PUBLIC_AUTHORITY,
    ),
    (
        r"^stichting\b|\btno\b|nederlandse organisatie voor toegepast",
        "Stichting of instelling",
        OrganisationKind.BODY_GOVERNED_BY_PUBLIC_LAW,
    ),
    (
        r"\bn\.?v\.?$|\bb\.?v\.?$",
        "Onderneming met publieke taak",
        OrganisationKind.PRIVATE_ENTITY_PUBLIC_SERVICES,
    ),
)


def organisation_type(
    name: str, known: Mapping[str, str] | None = None
) -> tuple[str | None, OrganisationKind | None]:
    """The organisation type (label, kind) of a register organisation: from ``known`` (the
    register's organisation list, name -> type label or kind value) if it has the name, else from
    the name itself; ``(None, None)`` if not recognised."""
    if known and name in known:
        label = known[name]
        for _, type_label, kind in ORGANISATION_TYPES:
            if label in (type_label, kind.value):
                return type_label, kind
        try:
            return label, OrganisationKind(label)
        except ValueError:
            return label, None
    lowered = " ".join(name.split()).casefold()
    for pattern, type_label, kind in ORGANISATION_TYPES:
        if re.search(pattern, lowered):
            return type_label, kind
    return None, None


# --------------------------------------------------------------------------- entries


@dataclass(frozen=True)
class RegisterEntry:
    """One register entry, in the fields both export formats carry."""

    id: str
    name: str
    organisation: str
    status: str | None
    publication_category: str | None = None
    """As declared by the organisation (CSV download only)."""
    description: str = ""
    legal_basis: str = ""
    impact_assessment: str | None = None
    provider: str | None = None
    begin_date: str | None = None
    url: str | None = None
    source: str = "json"


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def entries_from_json(data: Any) -> list[RegisterEntry]:
    """Entries of the register API's JSON (``{"algoritmes": [...]}`` or a bare list)."""
    rows = data.get("algoritmes", data) if isinstance(data, Mapping) else data
    if not isinstance(rows, list):
        raise ValueError("not a register export: expected a list of algorithms")
    out = []
    for index, row in enumerate(rows):
        if not isinstance(row, Mapping):
            raise ValueError(f"entry {index}: not an object")
        out.append(
            RegisterEntry(
                id=_text(row.get("id")) or f"#{index}",
                name=_text(row.get("title") or row.get("name")),
                organisation=_text(row.get("organisatie") or row.get("organization")),
                status=_STATUS.get(_text(row.get("status")).casefold()),
                publication_category=_text(row.get("publication_category")) or None,
                description=_text(row.get("doel") or row.get("description_short")),
                legal_basis=_text(row.get("juridische_basis") or row.get("lawful_basis")),
                impact_assessment=_text(row.get("impactassessment")) or None,
                url=_text(row.get("url")) or None,
                source="json",
            )
        )
    return out


def read_register_json(path: str | Path) -> list[RegisterEntry]:
    """Read a register JSON export (the API's ``/api/algoritme/NLD`` shape)."""
    return entries_from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def read_register_csv(path: str | Path) -> list[RegisterEntry]:
    """Read the register's CSV download (publication standard v1.0 column names, including
    ``publication_category``; ``,`` or ``;`` separated)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;")
    out = []
    for index, row in enumerate(csv.DictReader(text.splitlines(), dialect=dialect)):
        out.append(
            RegisterEntry(
                id=_text(row.get("lars") or row.get("source_id")) or f"row {index + 2}",
                name=_text(row.get("name")),
                organisation=_text(row.get("organization")),
                status=_STATUS.get(_text(row.get("status")).casefold()),
                publication_category=_text(row.get("publication_category")) or None,
                description=_text(row.get("description_short")),
                legal_basis=_text(row.get("lawful_basis")),
                provider=_text(row.get("provider")) or None,
                begin_date=_text(row.get("begin_date")) or None,
                url=_text(row.get("url")) or None,
                source="csv",
            )
        )
    return out


# --------------------------------------------------------------------------- facts


class RegisterMappingError(ValueError):
    """An entry that cannot be mapped to facts; the message says why."""


def _begin(value: str | None) -> dt.date | None:
    """``YYYY-MM`` (the standard's begin date) as the first day of that month."""
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if match is None:
        raise RegisterMappingError(f"begin_date {value!r} is not YYYY-MM")
    return dt.date(int(match[1]), int(match[2]), int(match[3] or 1))


def entry_to_facts(
    entry: RegisterEntry, organisation_types: Mapping[str, str] | None = None
) -> tuple[AISystem, Organisation]:
    """A partial AISystem and Organisation for a register entry.

    What the register says: the organisation (a Dutch government body, type from its name or the
    organisation list) uses the algorithm in the Netherlands (a deployer when it is in use); a
    declared category "Hoog-risico AI-systeem" means the organisation declared an AI system. What
    it does not say stays unknown: whether the algorithm is an AI system at all (Art. 3(1)), who
    developed it, its Annex III use, Art. 50 features.
    """
    if not entry.organisation:
        raise RegisterMappingError("no organisation: the entry names no organisation")
    if entry.publication_category and entry.publication_category not in PUBLICATION_CATEGORIES:
        raise RegisterMappingError(
            f"publication_category {entry.publication_category!r} is not one of "
            f"{', '.join(PUBLICATION_CATEGORIES)}"
        )
    _, kind = organisation_type(entry.organisation, organisation_types)
    organisation = Organisation(
        name=entry.organisation[:500], kind=kind, member_state="NL", established_in_eu=True
    )
    public = kind in (
        OrganisationKind.PUBLIC_AUTHORITY,
        OrganisationKind.BODY_GOVERNED_BY_PUBLIC_LAW,
    )
    in_use = entry.status == IN_USE
    system: dict[str, Any] = {
        "name": (entry.name or entry.id)[:500],
        "roles": {"deployer": True} if in_use else {},
        "exclusions": {"placed_or_used_in_eu": True, "personal_non_professional_use": False},
        "context": {"used_by_public_authorities": True if public else None},
    }
    if entry.publication_category == HIGH_RISK:
        system["is_ai_system"] = True
    if public:
        system["context"]["on_behalf_of_public_authority"] = True
    if in_use and entry.begin_date:
        system["put_into_service"] = _begin(entry.begin_date)
    try:
        return AISystem.model_validate(system), organisation
    except ValidationError as error:
        raise RegisterMappingError(str(error.errors()[0]["msg"])) from None


# --------------------------------------------------------------------------- assessment


@dataclass(frozen=True)
class RegisterResult:
    """One entry's outcome: an assessment, or the reason there is none."""

    entry: RegisterEntry
    organisation_type: str | None
    assessment: Assessment | None
    reason: str | None = None
    implied_category: str | None = None
    """The publication category the assessment implies; ``None`` while undetermined."""
    possible_categories: tuple[str, ...] = ()
    open_questions: tuple[str, ...] = field(default=())

    @property
    def matches_declared(self) -> bool | None:
        declared = self.entry.publication_category
        if declared is None or self.implied_category is None:
            return None
        return declared == self.implied_category


def implied_category(assessment: Assessment) -> tuple[str | None, tuple[str, ...]]:
    """The publication category an assessment implies, and the ones still possible.

    High-risk (Art. 6) -> "Hoog-risico AI-systeem". Otherwise the Handreiking Algoritmeregister's
    test: an algorithm with legal effects for or significant impact on people
    (``context.decisions_on_natural_persons``) is impactful, the rest is "other".
    """
    high = assessment.value("hr.high_risk")
    if assessment.value("scope.ai_system") is False:
        high = False
    impact = assessment.value("context.decisions_on_natural_persons")
    lower = None if impact is None else (IMPACTFUL if impact else OTHER)
    if high is True:
        return HIGH_RISK, ()
    if high is False:
        return lower, () if lower else (IMPACTFUL, OTHER)
    possible = (HIGH_RISK, lower) if lower else (HIGH_RISK, IMPACTFUL, OTHER)
    return None, possible


def _prepare(
    entry: RegisterEntry, as_of: dt.date, organisation_types: Mapping[str, str] | None
) -> Case | str:
    try:
        system, organisation = entry_to_facts(entry, organisation_types)
        return Case(
            name=f"{entry.id} {entry.name}"[:200],
            system=system,
            organisation=organisation,
            as_of=as_of,
        )
    except (RegisterMappingError, ValidationError, ValueError) as error:
        return f"entry {entry.id}: {error}"


def _result(
    entry: RegisterEntry,
    organisation_types: Mapping[str, str] | None,
    assessment: Assessment | None,
    reason: str | None,
) -> RegisterResult:
    type_label, _ = organisation_type(entry.organisation, organisation_types)
    if assessment is None:
        return RegisterResult(
            entry, type_label, None, reason=reason or f"entry {entry.id}: no result"
        )
    implied, possible = implied_category(assessment)
    questions = tuple(q.fact for q in assessment.open_questions)
    return RegisterResult(entry, type_label, assessment, None, implied, possible, questions)


def assess_entry(
    entry: RegisterEntry,
    as_of: dt.date,
    organisation_types: Mapping[str, str] | None = None,
) -> RegisterResult:
    """Assess one entry; never raises for a bad entry (the reason is in the result)."""
    case = _prepare(entry, as_of, organisation_types)
    if isinstance(case, str):
        return _result(entry, organisation_types, None, case)
    try:
        return _result(entry, organisation_types, case.assess(), None)
    except ValueError as error:
        return _result(entry, organisation_types, None, f"entry {entry.id}: {error}")


def assess_register(
    entries: Iterable[RegisterEntry],
    as_of: dt.date,
    organisation_types: Mapping[str, str] | None = None,
    *,
    progress: bool = False,
) -> list[RegisterResult]:
    """Assess every entry as one portfolio (:func:`aiact.portfolio.run_portfolio`); an entry that
    cannot be mapped or assessed gets its reason instead of an assessment."""
    from aiact.portfolio import run_portfolio

    items = list(entries)
    prepared = [_prepare(entry, as_of, organisation_types) for entry in items]
    cases = [case for case in prepared if isinstance(case, Case)]
    portfolio = iter(run_portfolio(cases, progress=progress))
    results = []
    for entry, case in zip(items, prepared, strict=True):
        if isinstance(case, str):
            results.append(_result(entry, organisation_types, None, case))
            continue
        row = next(portfolio)
        reason = None if row.error is None else f"entry {entry.id}: {row.error}"
        results.append(_result(entry, organisation_types, row.assessment, reason))
    return results


@dataclass(frozen=True)
class RegisterSummary:
    entries: int
    assessed: int
    reasons: tuple[str, ...]
    by_implied_category: Mapping[str, int]
    by_declared_category: Mapping[str, int]
    by_status: Mapping[str, int]
    by_organisation_type: Mapping[str, int]
    by_open_question: Mapping[str, int]


def summarise(results: Sequence[RegisterResult]) -> RegisterSummary:
    """Counts by implied category (``onbepaald`` while open), declared category, status,
    organisation type and open question (the number of entries for which it is open)."""
    implied: Counter[str] = Counter()
    questions: Counter[str] = Counter()
    for result in results:
        if result.assessment is None:
            continue
        implied[
            result.implied_category or "onbepaald: " + " / ".join(result.possible_categories)
        ] += 1
        questions.update(result.open_questions)
    return RegisterSummary(
        entries=len(results),
        assessed=sum(r.assessment is not None for r in results),
        reasons=tuple(r.reason for r in results if r.reason),
        by_implied_category=dict(implied.most_common()),
        by_declared_category=dict(
            Counter(r.entry.publication_category or "niet opgegeven" for r in results).most_common()
        ),
        by_status=dict(Counter(r.entry.status or "onbekend" for r in results).most_common()),
        by_organisation_type=dict(
            Counter(r.organisation_type or "niet herkend" for r in results).most_common()
        ),
        by_open_question=dict(questions.most_common()),
    )
