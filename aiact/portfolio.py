"""Many systems at once: an inventory of cases in, a summary table, the aggregated fine exposure
and every deadline out (``aiact portfolio``).

An inventory is a YAML or JSON file holding a list of cases, or a mapping with ``cases`` (the
list) and optional ``defaults`` (``organisation``, ``as_of``, ``law``, ``interpretations``,
merged into every case); a list entry may be ``{file: other-case.yaml}`` (relative to the
inventory). A CSV inventory has one case per row with dotted column names
(``organisation.kind``, ``system.annex_iii.points``; lists separated by ``;``, ``[]`` for an
empty list, an empty cell for unknown).

:func:`run_portfolio` is the Python entry point (used by the Algoritmeregister import): it never
stops at a bad case; the case's row says what is wrong.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from aiact.assessment import Assessment, Lang, RiskTier
from aiact.case import Case, CaseError, case_from_mapping, load_case

if TYPE_CHECKING:
    import pandas as pd

    from aiact.views.export import CsvDialect

__all__ = [
    "InventoryEntry",
    "PortfolioEntry",
    "PortfolioResult",
    "load_inventory",
    "parse_inventory_csv",
    "run_portfolio",
]

#: Columns of the summary table, in order.
SUMMARY_COLUMNS: tuple[str, ...] = (
    "name",
    "organisation",
    "kind",
    "as_of",
    "risk_tier",
    "risk_tier_label",
    "possible_higher_tiers",
    "in_scope",
    "roles",
    "obligations",
    "in_force",
    "upcoming",
    "undetermined",
    "next_deadline",
    "max_fine_eur",
    "open_questions",
    "error",
)

DEADLINE_COLUMNS: tuple[str, ...] = (
    "date",
    "name",
    "obligation",
    "citation",
    "title",
    "kind_of_date",
)

_LIST_FIELDS = frozenset({"system.annex_iii.points", "system.annex_i.legislation"})
_DEFAULT_KEYS = frozenset({"organisation", "as_of", "law", "interpretations"})


@dataclass(frozen=True)
class InventoryEntry:
    """One case of an inventory as read: the case, or why it could not be read."""

    name: str
    case: Case | None
    error: CaseError | None = None


@dataclass(frozen=True)
class PortfolioEntry:
    """One case of a portfolio run."""

    index: int
    name: str
    case: Case | None
    assessment: Assessment | None
    error: str | None = None

    def summary(self, lang: Lang = "en") -> dict[str, Any]:
        """The row of the summary table (JSON-ready)."""
        row: dict[str, Any] = dict.fromkeys(SUMMARY_COLUMNS)
        row["name"] = self.name
        if self.case is not None:
            row["organisation"] = self.case.organisation.name
        a = self.assessment
        if a is None:
            row["error"] = self.error
            return row
        from aiact.assessment import TIER_LABELS
        from aiact.logic import truth_label
        from aiact.timeline.transitional import Status

        statuses = Counter(r.status for r in a.obligations if r.applies is True)
        upcoming = a.deadlines()
        exposure = a.exposure.max_ceiling
        row.update(
            kind=a.kind,
            as_of=a.as_of.isoformat(),
            risk_tier=a.risk_tier.value,
            risk_tier_label=TIER_LABELS[a.risk_tier][1 if lang == "nl" else 0],
            possible_higher_tiers=";".join(t.value for t in a.possible_tiers),
            in_scope=truth_label(a.in_scope),
            roles=";".join(k for k, v in a.roles.items() if v is True),
            obligations=sum(1 for r in a.obligations if r.applies is True),
            in_force=statuses.get(Status.IN_FORCE, 0),
            upcoming=statuses.get(Status.UPCOMING, 0),
            undetermined=sum(1 for r in a.obligations if r.applies is None),
            next_deadline=None if not upcoming else _iso(upcoming[0].applies_from),
            max_fine_eur=None if exposure is None else str(exposure),
            open_questions=len(a.open_questions),
        )
        return row


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


@dataclass(frozen=True)
class PortfolioResult:
    """The result of :func:`run_portfolio`."""

    entries: tuple[PortfolioEntry, ...]
    lang: Lang = "en"
    _rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[PortfolioEntry]:
        return iter(self.entries)

    @property
    def assessments(self) -> tuple[Assessment, ...]:
        return tuple(e.assessment for e in self.entries if e.assessment is not None)

    @property
    def errors(self) -> tuple[PortfolioEntry, ...]:
        return tuple(e for e in self.entries if e.assessment is None)

    def rows(self, lang: Lang | None = None) -> list[dict[str, Any]]:
        """The summary table: one row per case (see :data:`SUMMARY_COLUMNS`)."""
        lg = lang or self.lang
        if lg not in self._rows:
            self._rows[lg] = [e.summary(lg) for e in self.entries]
        return self._rows[lg]

    def tier_counts(self) -> dict[str, int]:
        """How many systems fall in each risk tier (highest first), plus ``error``."""
        counts = Counter(e.assessment.risk_tier.value for e in self.entries if e.assessment)
        out = {t.value: counts[t.value] for t in RiskTier if counts[t.value]}
        if self.errors:
            out["error"] = len(self.errors)
        return out

    def deadlines(self, lang: Lang | None = None) -> list[dict[str, Any]]:
        """Every upcoming date of every system, in date order: the date an obligation starts to
        bind (``applies_from``) and any Art. 111 'comply by' date (``deadline``)."""
        lg = lang or self.lang
        keyed: list[tuple[Any, ...]] = []
        for entry in self.entries:
            a = entry.assessment
            if a is None:
                continue
            for r in a.obligations:
                if r.applies is not True:
                    continue
                o = r.obligation
                title = o.title_nl if lg == "nl" else o.title_en
                dates = [("applies_from", r.applies_from)]
                if r.deadline is not None and r.deadline != r.applies_from:
                    dates.append(("deadline", r.deadline))
                for kind, day in dates:
                    if day is not None and day > a.as_of:
                        row = {
                            "date": day.isoformat(),
                            "name": entry.name,
                            "obligation": o.id,
                            "citation": o.source,
                            "title": title,
                            "kind_of_date": kind,
                        }
                        keyed.append((day, entry.index, o.ref.sort_key(), o.id, kind, row))
        keyed.sort(key=lambda k: k[:5])
        return [k[5] for k in keyed]

    def exposure(self) -> dict[str, Any]:
        """The aggregated fine exposure: the highest single ceiling, the sum of the per-system
        ceilings (each system's highest; fines are imposed per infringement, so the sum is an
        upper bound of simultaneous exposure, not a prediction), and what is unknown."""
        known: list[tuple[Decimal, str]] = []
        without: list[str] = []
        for e in self.entries:
            if e.assessment is None:
                continue
            report = e.assessment.exposure
            if report.max_ceiling is not None:
                known.append((report.max_ceiling, e.name))
            elif e.assessment.obligations:
                without.append(e.name)
        highest = max(known, default=None)
        return {
            "highest_ceiling_eur": None if highest is None else str(highest[0]),
            "highest_ceiling_system": None if highest is None else highest[1],
            "sum_of_ceilings_eur": str(sum((k for k, _ in known), Decimal(0))),
            "systems_with_ceiling": len(known),
            "systems_without_determined_ceiling": without,
        }

    def to_dict(self, lang: Lang | None = None) -> dict[str, Any]:
        lg = lang or self.lang
        return {
            "systems": len(self.entries),
            "tiers": self.tier_counts(),
            "exposure": self.exposure(),
            "summary": self.rows(lg),
            "deadlines": self.deadlines(lg),
            "errors": [{"name": e.name, "error": e.error} for e in self.errors],
        }

    def to_json(self, lang: Lang | None = None, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(lang), indent=indent, sort_keys=True, ensure_ascii=False)

    def to_csv(self, lang: Lang | None = None, dialect: CsvDialect = "standard") -> str:
        """The summary table as CSV; ``dialect="nl"`` for Excel with Dutch settings (semicolons,
        a byte-order mark; see :mod:`aiact.views.export`)."""
        from aiact.views.export import portfolio_csv

        return portfolio_csv(self, lang or self.lang, dialect)

    def to_dataframe(self, lang: Lang | None = None) -> pd.DataFrame:
        """The summary table as a pandas DataFrame (``max_fine_eur`` as Decimal)."""
        from aiact.views.frame import require_pandas

        pandas = require_pandas()
        frame = pandas.DataFrame.from_records(self.rows(lang), columns=list(SUMMARY_COLUMNS))
        frame["max_fine_eur"] = frame["max_fine_eur"].map(
            lambda v: None if v is None else Decimal(v)
        )
        typed: pd.DataFrame = frame
        return typed

    def deadlines_dataframe(self, lang: Lang | None = None) -> pd.DataFrame:
        from aiact.views.frame import require_pandas

        pandas = require_pandas()
        frame: pd.DataFrame = pandas.DataFrame.from_records(
            self.deadlines(lang), columns=list(DEADLINE_COLUMNS)
        )
        return frame

    def write(
        self, path: str | Path, lang: Lang | None = None, *, csv_dialect: CsvDialect = "standard"
    ) -> Path:
        """Write the result; the format follows the suffix: ``.csv`` (summary, in
        ``csv_dialect``), ``.json`` (everything) or ``.xlsx`` (sheets: summary, deadlines, tiers;
        needs ``aiact[xlsx]``)."""
        out = Path(path)
        suffix = out.suffix.lower()
        if suffix == ".csv":
            out.write_text(self.to_csv(lang, csv_dialect), encoding="utf-8", newline="")
        elif suffix == ".json":
            out.write_text(self.to_json(lang) + "\n", encoding="utf-8")
        elif suffix == ".xlsx":
            from aiact.views.export import portfolio_workbook

            portfolio_workbook(self, lang or self.lang).save(out)
        else:
            raise ValueError(f"{path}: unknown output format {suffix!r} (use .csv, .json or .xlsx)")
        return out


# --------------------------------------------------------------------------- running


def _name(case: Case, index: int) -> str:
    subject = case.system if case.system is not None else case.model
    return case.name or (subject.name if subject is not None else None) or f"case {index + 1}"


def run_portfolio(
    cases: Iterable[Case | InventoryEntry],
    progress: bool = False,
    *,
    engine: str = "native",
    as_of: dt.date | None = None,
    lang: Lang = "en",
    on_progress: Callable[[int], None] | None = None,
) -> PortfolioResult:
    """Assess every case; a case that cannot be assessed becomes an error row, never an
    exception. ``progress`` shows a rich progress bar on stderr (if rich is installed);
    ``as_of`` overrides every case's date; ``on_progress`` is called with the number done."""
    items: Sequence[Case | InventoryEntry] = cases if isinstance(cases, Sequence) else list(cases)
    entries: list[PortfolioEntry] = []

    def one(index: int, item: Case | InventoryEntry) -> PortfolioEntry:
        if isinstance(item, InventoryEntry):
            if item.case is None:
                message = str(item.error) if item.error is not None else "no case"
                return PortfolioEntry(index, item.name, None, None, message)
            case, name = item.case, item.name
        else:
            case, name = item, _name(item, index)
        try:
            assessment = case.assess(engine=engine, as_of=as_of)
            assessment.exposure  # noqa: B018 - compute inside the guard
        except (ValueError, KeyError) as error:
            return PortfolioEntry(index, name, case, None, f"{name}: {error}")
        return PortfolioEntry(index, name, case, assessment)

    bar = _progress_bar() if progress else None
    if bar is None:
        for index, item in enumerate(items):
            entries.append(one(index, item))
            if on_progress is not None:
                on_progress(index + 1)
    else:
        with bar:
            task = bar.add_task("assessing", total=len(items))
            for index, item in enumerate(items):
                entries.append(one(index, item))
                bar.advance(task)
                if on_progress is not None:
                    on_progress(index + 1)
    return PortfolioResult(tuple(entries), lang)


def _progress_bar() -> Any:
    try:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )
    except ImportError:  # pragma: no cover - rich is part of the cli extra
        return None
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
    )


# --------------------------------------------------------------------------- reading inventories


def _merge(defaults: Mapping[str, Any], case: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(case)
    for key, value in defaults.items():
        if key not in out:
            out[key] = value
        elif isinstance(value, Mapping) and isinstance(out[key], Mapping):
            out[key] = {**value, **out[key]}
    return out


def _entries_from_data(data: Any, source: str, base: Path | None) -> list[InventoryEntry]:
    defaults: Mapping[str, Any] = {}
    if isinstance(data, Mapping):
        unknown = set(data) - {"cases", "defaults", "name", "description"}
        if unknown:
            raise CaseError(
                f"unknown field {sorted(unknown)[0]!r} (use 'cases' and 'defaults')",
                source=source,
                field=sorted(unknown)[0],
            )
        if "cases" not in data:
            raise CaseError("an inventory needs a 'cases' list", source=source, field="cases")
        defaults = data.get("defaults") or {}
        if not isinstance(defaults, Mapping):
            raise CaseError("must be a mapping", source=source, field="defaults")
        bad = set(defaults) - _DEFAULT_KEYS
        if bad:
            raise CaseError(
                f"unknown default {sorted(bad)[0]!r} (allowed: {', '.join(sorted(_DEFAULT_KEYS))})",
                source=source,
                field=f"defaults.{sorted(bad)[0]}",
            )
        data = data["cases"]
    if not isinstance(data, list):
        raise CaseError(
            "an inventory is a list of cases (or a mapping with 'cases')",
            source=source,
            field="cases",
        )
    entries = []
    for index, item in enumerate(data):
        where = f"{source}[{index}]"
        try:
            if isinstance(item, Mapping) and set(item) == {"file"}:
                path = Path(str(item["file"]))
                if base is not None and not path.is_absolute():
                    path = base / path
                case = load_case(path)
                if defaults:
                    case = case_from_mapping(
                        _merge(defaults, case.model_dump(mode="json", exclude_none=True)), str(path)
                    )
            else:
                mapping = _merge(defaults, item) if isinstance(item, Mapping) else item
                case = case_from_mapping(mapping, where)
            entries.append(InventoryEntry(_name(case, index), case))
        except (CaseError, ValueError) as error:
            name = item.get("name") if isinstance(item, Mapping) else None
            problem = error if isinstance(error, CaseError) else CaseError(str(error), source=where)
            entries.append(InventoryEntry(str(name or f"case {index + 1}"), None, problem))
    return entries


def _cell(column: str, value: str) -> Any:
    text = value.strip()
    if column in _LIST_FIELDS or ";" in text:
        if text in ("[]", ""):
            return []
        return [part.strip() for part in text.split(";") if part.strip()]
    return text


def _nest(row: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column, value in row.items():
        if column is None or value is None or value.strip() == "":
            continue
        target = out
        parts = column.strip().split(".")
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = _cell(column.strip(), value)
    return out


def parse_inventory_csv(text: str, source: str = "<csv>") -> list[InventoryEntry]:
    """Read a CSV inventory (one case per row, dotted column names)."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise CaseError("the CSV file has no header row", source=source)
    rows = [_nest(row) for row in reader]
    return _entries_from_data(rows, source, None)


def load_inventory(path: str | Path) -> list[InventoryEntry]:
    """Read an inventory file (``.yaml``/``.yml``/``.json`` or ``.csv``). A file that cannot
    be read at all raises :class:`CaseError`; a bad case becomes an entry with an error."""
    file = Path(path)
    source = str(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CaseError("file not found", source=source) from None
    except (OSError, UnicodeDecodeError) as error:
        raise CaseError(
            f"cannot read the file ({error.__class__.__name__})", source=source
        ) from None
    if file.suffix.lower() == ".csv":
        return parse_inventory_csv(text, source)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: faster
    try:
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise CaseError(f"not valid YAML or JSON{where}", source=source) from None
    except ValueError as error:  # YAML's own scalar parsing, e.g. the date 2026-02-30
        raise CaseError(f"invalid value: {error}", source=source) from None
    return _entries_from_data(data, source, file.parent)
