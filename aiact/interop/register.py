"""The Algoritmeregister: the Dutch government's public register of algorithms.

Reads a register export (the JSON of the register's API, and the CSV download in the publication
standard with ``publication_category``), maps every entry to a partial :class:`AISystem` and
:class:`Organisation` (the organisation type from the register's organisation data: its name, or a
mapping from the register's organisation list), assesses it, and gives the publication category
that the assessment implies ("Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige
algoritmes") with the questions that remain open. Every entry yields an assessment or a precise
reason why it could not.

The readers stream: :func:`iter_register_json` and :func:`iter_register_csv` yield one entry at a
time (at most :data:`MAX_ENTRY_BYTES` each), :func:`iter_assess_register` assesses one at a time
and :func:`summarise` aggregates in one pass, keeping only the counts; so
:func:`summarise_register` reads a register export of a million entries in flat memory. Malformed
input gives an :class:`aiact.errors.InputError` that names the entry (``algoritmes[17]``,
``rows[17]``) or, for a single bad entry, that entry's reason; never an ``IndexError``,
``csv.Error`` or ``RecursionError``.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from aiact.assessment import Assessment
from aiact.case import Case
from aiact.errors import InputError
from aiact.facts import AISystem, Organisation, OrganisationKind
from aiact.i18n import Lang, t
from aiact.safe_io import MiB, _json_int

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
    error: str | None = None
    """Why the entry could not be read (it is then reported, not assessed)."""


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _entry_from_row(index: int, row: Any) -> RegisterEntry:
    if not isinstance(row, Mapping):
        return RegisterEntry(
            id=f"#{index}",
            name="",
            organisation="",
            status=None,
            error=f"algoritmes[{index}]: not an object ({type(row).__name__})",
        )
    return RegisterEntry(
        id=_text(row.get("id"))[:200] or f"#{index}",
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


def entries_from_json(data: Any) -> list[RegisterEntry]:
    """Entries of the register API's JSON (``{"algoritmes": [...]}`` or a bare list); an entry
    that is not an object becomes an entry with its ``error``."""
    rows = data.get("algoritmes", data) if isinstance(data, Mapping) else data
    if not isinstance(rows, list):
        raise InputError(
            "not a register export: expected a list of algorithms",
            path="algoritmes",
            kind="type",
        )
    return [_entry_from_row(index, row) for index, row in enumerate(rows)]


#: The most one register entry (one JSON object or one CSV row) may take.
MAX_ENTRY_BYTES = 1 * MiB
_CHUNK = 1 << 16
_WS = re.compile(r"[ \t\n\r]*")


class _JsonStream:
    """Values of a JSON text read from a file one at a time (each at most ``limit`` chars)."""

    def __init__(self, handle: IO[str], source: str, limit: int) -> None:
        self.handle, self.source, self.limit = handle, source, limit
        self.buf, self.pos, self.offset, self.eof = "", 0, 0, False
        self.decoder = json.JSONDecoder(parse_int=_json_int)

    def _fill(self) -> bool:
        if self.eof:
            return False
        try:
            data = self.handle.read(_CHUNK)
        except UnicodeDecodeError as error:
            raise InputError(
                f"not UTF-8 text near character {self.offset + len(self.buf)} ({error.reason})",
                source=self.source,
                kind="encoding",
            ) from None
        if not data:
            self.eof = True
            return False
        self.offset += self.pos
        self.buf = self.buf[self.pos :] + data
        self.pos = 0
        return True

    def peek(self) -> str:
        while True:
            match = _WS.match(self.buf, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.buf) or not self._fill():
                return self.buf[self.pos : self.pos + 1]

    def take(self, char: str, where: str) -> None:
        if self.peek() != char:
            raise self.syntax(f"expected {char!r}", where)
        self.pos += 1

    def syntax(self, what: str, where: str) -> InputError:
        return InputError(
            f"not valid JSON near character {self.offset + self.pos} ({what})",
            source=self.source,
            path=where,
            kind="syntax",
            params={"offset": self.offset + self.pos},
        )

    def value(self, where: str) -> Any:
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as error:
                if len(self.buf) - self.pos > self.limit:
                    raise self._too_large(where) from None
                if self._fill():
                    continue
                raise self.syntax(error.msg, where) from None
            except RecursionError:
                raise InputError(
                    "the nesting is too deep", source=self.source, path=where, kind="too_deep"
                ) from None
            if end == len(self.buf) and self._fill():
                continue  # a number may go on in the next chunk
            if end - self.pos > self.limit:
                raise self._too_large(where)
            self.pos = end
            return value

    def _too_large(self, where: str) -> InputError:
        return InputError(
            f"one entry exceeds the limit of {self.limit:,} characters",
            source=self.source,
            path=where,
            kind="too_large",
            params={"limit": self.limit},
        )

    def array(self, where: str) -> Iterator[Any]:
        self.take("[", where)
        if self.peek() == "]":
            self.pos += 1
            return
        for index in itertools.count():
            yield self.value(f"{where}[{index}]")
            char = self.peek()
            if char == "]":
                self.pos += 1
                return
            self.take(",", f"{where}[{index}]")


def _json_rows(handle: IO[str], source: str, limit: int) -> Iterator[Any]:
    stream = _JsonStream(handle, source, limit)
    first = stream.peek()
    if first == "[":
        yield from stream.array("algoritmes")
    elif first == "{":
        stream.take("{", "")
        found = False
        while stream.peek() != "}":
            key = stream.value("")
            if not isinstance(key, str):
                raise stream.syntax("expected a key", "")
            stream.take(":", key[:80])
            if key == "algoritmes" and not found and stream.peek() == "[":
                found = True
                yield from stream.array("algoritmes")
            else:
                stream.value(key[:80])  # skipped (count, fetched_at, ...)
            if stream.peek() == ",":
                stream.pos += 1
            elif stream.peek() != "}":
                raise stream.syntax("expected ',' or '}'", key[:80])
        if not found:
            raise InputError(
                "not a register export: expected a list of algorithms ('algoritmes')",
                source=source,
                path="algoritmes",
                kind="missing",
            )
    elif first == "":
        raise InputError("the file is empty", source=source, kind="syntax")
    else:
        raise stream.syntax("expected a list or an object", "")


def iter_register_json(
    path: str | Path, *, max_entry_bytes: int = MAX_ENTRY_BYTES
) -> Iterator[RegisterEntry]:
    """Stream a register JSON export (the API's ``/api/algoritme/NLD`` shape, or a bare list):
    one entry at a time, whatever the file's size."""
    source = str(path)
    try:
        handle = open(path, encoding="utf-8-sig")  # noqa: SIM115 - closed in finally
    except OSError as error:
        raise InputError(
            f"cannot read the file ({error.strerror or error.__class__.__name__})",
            source=source,
            kind="not_found" if isinstance(error, FileNotFoundError) else "unreadable",
        ) from None
    try:
        for index, row in enumerate(_json_rows(handle, source, max_entry_bytes)):
            yield _entry_from_row(index, row)
    finally:
        handle.close()


def read_register_json(path: str | Path) -> list[RegisterEntry]:
    """Read a register JSON export (the API's ``/api/algoritme/NLD`` shape)."""
    return list(iter_register_json(path))


def _csv_entry(index: int, row: Mapping[str | None, Any]) -> RegisterEntry:
    line = f"row {index + 2}"
    return RegisterEntry(
        id=_text(row.get("lars") or row.get("source_id"))[:200] or line,
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


def iter_register_csv(
    path: str | Path, *, max_entry_bytes: int = MAX_ENTRY_BYTES
) -> Iterator[RegisterEntry]:
    """Stream the register's CSV download (publication standard v1.0 column names, including
    ``publication_category``; ``,`` or ``;`` separated). A row that cannot be read (a field
    over the limit, a CSV error) becomes an entry with its ``error``."""
    source = str(path)
    try:
        handle = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed below
    except OSError as error:
        raise InputError(
            f"cannot read the file ({error.strerror or error.__class__.__name__})",
            source=source,
            kind="not_found" if isinstance(error, FileNotFoundError) else "unreadable",
        ) from None
    try:
        try:
            header = handle.readline(max_entry_bytes + 1)
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text", source=source, kind="encoding") from None
        if len(header) > max_entry_bytes:
            raise InputError(
                f"the header row exceeds the limit of {max_entry_bytes:,} characters",
                source=source,
                kind="too_large",
            )
        if not header.strip():
            raise InputError(
                "the file is empty: no header row", source=source, kind="missing", path="rows"
            )
        try:
            dialect: Any = csv.Sniffer().sniff(header, delimiters=",;")
        except csv.Error:
            dialect = csv.excel  # one column, or no separator to be seen: plain CSV
        reader = csv.DictReader(itertools.chain([header], handle), dialect=dialect)
        index = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                problem = f"rows[{index}]: not valid CSV at line {reader.line_num} ({error})"
                yield RegisterEntry(
                    id=f"row {index + 2}", name="", organisation="", status=None, error=problem
                )
            except UnicodeDecodeError:
                raise InputError(
                    f"not UTF-8 text after line {reader.line_num}",
                    source=source,
                    path=f"rows[{index}]",
                    kind="encoding",
                ) from None
            else:
                yield _csv_entry(index, row)
            index += 1
    finally:
        handle.close()


def read_register_csv(path: str | Path) -> list[RegisterEntry]:
    """Read the register's CSV download (publication standard v1.0 column names, including
    ``publication_category``; ``,`` or ``;`` separated)."""
    return list(iter_register_csv(path))


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
    if entry.error is not None:
        raise RegisterMappingError(entry.error)
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


def iter_assess_register(
    entries: Iterable[RegisterEntry],
    as_of: dt.date,
    organisation_types: Mapping[str, str] | None = None,
) -> Iterator[RegisterResult]:
    """Assess entries one at a time (nothing is kept): an entry that cannot be mapped or
    assessed gets its reason instead of an assessment."""
    for entry in entries:
        yield assess_entry(entry, as_of, organisation_types)


def assess_register(
    entries: Iterable[RegisterEntry],
    as_of: dt.date,
    organisation_types: Mapping[str, str] | None = None,
    *,
    progress: bool = False,
    lang: Lang = "en",
) -> list[RegisterResult]:
    """Assess every entry (a list of results, every assessment kept: for a large export use
    :func:`iter_assess_register` and :func:`summarise`, or :func:`summarise_register`); an entry
    that cannot be mapped or assessed gets its reason instead of an assessment. ``lang`` is the
    language of the progress bar's label."""
    from aiact.portfolio import _progress_bar

    items = list(entries)
    bar = _progress_bar() if progress else None
    if bar is None:
        return list(iter_assess_register(items, as_of, organisation_types))
    results = []
    with bar:
        task = bar.add_task(t("assessing", lang), total=len(items))
        for result in iter_assess_register(items, as_of, organisation_types):
            results.append(result)
            bar.advance(task)
    return results


#: How many reasons a summary keeps (the count of entries without an assessment is exact).
MAX_REASONS = 1000


@dataclass(frozen=True)
class RegisterSummary:
    entries: int
    assessed: int
    reasons: tuple[str, ...]
    """The first :data:`MAX_REASONS` reasons, in entry order (``not_assessed`` counts all)."""
    by_implied_category: Mapping[str, int]
    by_declared_category: Mapping[str, int]
    by_status: Mapping[str, int]
    by_organisation_type: Mapping[str, int]
    by_open_question: Mapping[str, int]
    not_assessed: int = 0


def summarise(results: Iterable[RegisterResult]) -> RegisterSummary:
    """Counts by implied category (``onbepaald`` while open), declared category, status,
    organisation type and open question (the number of entries for which it is open), in one
    pass over ``results`` (an iterator is fine: nothing but the counts is kept)."""
    implied: Counter[str] = Counter()
    questions: Counter[str] = Counter()
    declared: Counter[str] = Counter()
    status: Counter[str] = Counter()
    types: Counter[str] = Counter()
    reasons: list[str] = []
    entries = assessed = failed = 0
    for result in results:
        entries += 1
        declared[result.entry.publication_category or "niet opgegeven"] += 1
        status[result.entry.status or "onbekend"] += 1
        types[result.organisation_type or "niet herkend"] += 1
        if result.reason:
            failed += 1
            if len(reasons) < MAX_REASONS:
                reasons.append(result.reason)
        if result.assessment is None:
            continue
        assessed += 1
        implied[
            result.implied_category or "onbepaald: " + " / ".join(result.possible_categories)
        ] += 1
        questions.update(result.open_questions)
    return RegisterSummary(
        entries=entries,
        assessed=assessed,
        reasons=tuple(reasons),
        by_implied_category=dict(implied.most_common()),
        by_declared_category=dict(declared.most_common()),
        by_status=dict(status.most_common()),
        by_organisation_type=dict(types.most_common()),
        by_open_question=dict(questions.most_common()),
        not_assessed=failed,
    )


def _facts_key(
    entry: RegisterEntry, organisation_types: Mapping[str, str] | None
) -> tuple[Any, ...] | None:
    """What :func:`entry_to_facts` reads of an entry apart from the names: entries with the same
    key have the same facts but for the names, so the same categories and open questions."""
    if entry.error is not None or not entry.organisation:
        return None
    _, kind = organisation_type(entry.organisation, organisation_types)
    in_use = entry.status == IN_USE
    return (kind, entry.status, entry.publication_category, entry.begin_date if in_use else None)


def iter_summary_results(
    entries: Iterable[RegisterEntry],
    as_of: dt.date,
    organisation_types: Mapping[str, str] | None = None,
    *,
    cache_size: int = 4096,
) -> Iterator[RegisterResult]:
    """Like :func:`iter_assess_register`, for :func:`summarise`: an entry whose facts equal an
    earlier entry's but for the names (:func:`_facts_key`) shares that entry's assessment, so a
    register of a million entries is assessed once per distinct set of facts. The shared
    assessment names the first entry's system: use these results for counts, not reports."""
    cache: dict[tuple[Any, ...], RegisterResult] = {}
    for entry in entries:
        key = _facts_key(entry, organisation_types)
        known = cache.get(key) if key is not None else None
        if known is not None:
            type_label, _ = organisation_type(entry.organisation, organisation_types)
            yield RegisterResult(
                entry,
                type_label,
                known.assessment,
                None,
                known.implied_category,
                known.possible_categories,
                known.open_questions,
            )
            continue
        result = assess_entry(entry, as_of, organisation_types)
        if key is not None and result.assessment is not None:
            if len(cache) >= cache_size:
                cache.clear()
            cache[key] = result
        yield result


def summarise_register(
    path: str | Path,
    as_of: dt.date,
    organisation_types: Mapping[str, str] | None = None,
) -> RegisterSummary:
    """Read, assess and summarise a register export (``.csv``: the CSV download; otherwise the
    API's JSON) in one streaming pass (:func:`iter_summary_results`): memory stays flat
    whatever the number of entries."""
    reader = iter_register_csv if Path(path).suffix.lower() == ".csv" else iter_register_json
    return summarise(iter_summary_results(reader(path), as_of, organisation_types))
