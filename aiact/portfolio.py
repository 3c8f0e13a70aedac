"""Many systems at once: an inventory of cases in, a summary table, the aggregated fine exposure
and every deadline out (``aiact portfolio``).

An inventory is a YAML or JSON file holding a list of cases, or a mapping with ``cases`` (the
list) and optional ``defaults`` (``organisation``, ``as_of``, ``law``, ``interpretations``,
merged into every case); a list entry may be ``{file: other-case.yaml}``: a path relative to
the inventory's folder that stays inside it (no absolute paths, no ``..`` or symlink leading out,
regular files only, at most :data:`aiact.safe_io.CASE_LIMITS` ``max_bytes``). A CSV inventory
has one case per row with dotted column names (``organisation.kind``,
``system.annex_iii.points``; lists separated by ``;``, ``[]`` for an empty list, an empty cell for
unknown).

Every row is read and validated on its own (:data:`aiact.safe_io.CASE_LIMITS` per row, the file
as a whole within :data:`aiact.safe_io.INVENTORY_LIMITS`): a bad row becomes an entry whose
error names the row and the field (``rows[17].system.name``), and never costs the other rows.
:func:`run_portfolio` is the Python entry point (used by the Algoritmeregister import): it never
stops at a bad case; the case's row says what is wrong. :meth:`PortfolioResult.write` writes
atomically (a temporary file renamed over the target).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from aiact.assessment import Assessment, Lang, RiskTier
from aiact.case import Case, CaseError, case_from_mapping, parse_case_text
from aiact.errors import InputError, Problem
from aiact.i18n import t
from aiact.safe_io import (
    CASE_LIMITS,
    INVENTORY_LIMITS,
    Limits,
    atomic_path,
    atomic_write,
    check_data,
    confined_path,
    decode_text,
    parse_document,
    read_limited,
    syntax_of,
)
from aiact.timeline.transitional import kind_of_due, next_due

if TYPE_CHECKING:
    import pandas as pd

    from aiact.views.export import CsvDialect

__all__ = [
    "InventoryEntry",
    "PortfolioEntry",
    "PortfolioResult",
    "load_inventory",
    "merge_defaults",
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
    # The columns added after 0.2.0 come last, in the order they were added, so that 0.2.0's
    # columns are a prefix of the row and readers of the CSV by position keep working (review83
    # D1): round 23's two, then never25's.
    "date_undetermined",
    "next_deadline_kind",
    "not_binding",
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
DEFAULT_KEYS = frozenset({"organisation", "as_of", "law", "interpretations"})
"""The keys of an inventory's ``defaults`` (merged into every case by :func:`merge_defaults`)."""


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
    problems: tuple[Problem, ...] = ()
    """The input problems of a row that could not be read or assessed (path, kind, message)."""

    def error_text(self, lang: Lang = "en") -> str | None:
        """Why the row could not be assessed, in ``lang``: its problems rendered in that
        language where there are any (review77 D2: the Dutch exports carried the English
        messages), else the message as recorded."""
        if lang != "en" and self.problems:
            from aiact.errors import InputError, render

            return render(InputError(problems=self.problems), lang)
        return self.error

    def summary(self, lang: Lang = "en") -> dict[str, Any]:
        """The row of the summary table (JSON-ready)."""
        row: dict[str, Any] = dict.fromkeys(SUMMARY_COLUMNS)
        row["name"] = self.name
        if self.case is not None:
            row["organisation"] = self.case.organisation.name
        a = self.assessment
        if a is None:
            row["error"] = self.error_text(lang)
            return row
        from aiact.assessment import TIER_LABELS
        from aiact.logic import truth_label
        from aiact.timeline.transitional import Status

        # The duties: a permission or a limitation binds nobody and is no obligation to count
        # (Modality; rev32c D1, lim33).
        duties = [r for r in a.obligations if r.obligation.binds]
        statuses = Counter(r.status for r in duties if r.applies is True)
        first = next_due((r.applies_from, r.due) for r in a.deadlines())
        exposure = a.exposure.max_ceiling
        row.update(
            kind=a.kind,
            as_of=a.as_of.isoformat(),
            risk_tier=a.risk_tier.value,
            risk_tier_label=TIER_LABELS[a.risk_tier][1 if lang == "nl" else 0],
            possible_higher_tiers=";".join(tier.value for tier in a.possible_tiers),
            in_scope=truth_label(a.in_scope),
            roles=";".join(k for k, v in a.roles.items() if v is True),
            obligations=sum(1 for r in duties if r.applies is True),
            in_force=statuses.get(Status.IN_FORCE, 0),
            upcoming=statuses.get(Status.UPCOMING, 0),
            # Obligations that apply but whose first day unknown facts decide (review76): in
            # neither column above, and not in "undetermined" (whether they apply is known).
            date_undetermined=statuses.get(Status.UNDETERMINED, 0),
            undetermined=sum(1 for r in duties if r.applies is None),
            # Obligations whose conditions hold or may hold but whose date is "never" (Art.
            # 111(2): the Regulation does not reach this legacy system on the facts given): not
            # counted under "obligations" nor "undetermined", so obligations = in_force +
            # upcoming + date_undetermined (never24; never25 for undetermined conditions).
            not_binding=len(a.not_binding),
            next_deadline=_iso(first[0]) if first else None,
            next_deadline_kind=first[1] if first else None,
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
        out = {tier.value: counts[tier.value] for tier in RiskTier if counts[tier.value]}
        if self.errors:
            out["error"] = len(self.errors)
        return out

    def deadlines(self, lang: Lang | None = None) -> list[dict[str, Any]]:
        """Every upcoming date of every system, in date order: the date an obligation starts to
        bind (``applies_from``) and any Art. 111 'comply by' date (``deadline``) that is the
        date it is due (``ObligationResult.due``): not a deadline later than the date from which
        the obligation binds, which is only the latest date (a legacy system intended for public
        authorities and changed before 2 August 2030 is due on the change, Art. 111(2), first
        sentence; review51), nor where the date is undetermined between dates that all come
        before it (review70 D1)."""
        lg = lang or self.lang
        keyed: list[tuple[Any, ...]] = []
        for entry in self.entries:
            a = entry.assessment
            if a is None:
                continue
            for r in a.obligations:
                if r.applies is not True or not r.obligation.binds:
                    continue  # a permission or a limitation is owed by no date (rev32c D1)
                o = r.obligation
                title = o.title_nl if lg == "nl" else o.title_en
                dates = [("applies_from", r.applies_from)]
                if r.due is not None and kind_of_due(r.applies_from, r.due) == "deadline":
                    # the due date: the deadline, or the last possible date where that comes
                    # first (review70 D1)
                    dates.append(("deadline", r.due))
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
            "errors": [
                {
                    "row": e.index,
                    "name": e.name,
                    "error": e.error_text(lg),
                    "problems": [p.to_dict() for p in e.problems],
                }
                for e in self.errors
            ],
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
        needs ``aiact[xlsx]``). The file is written atomically: a failed or interrupted write
        leaves the old file."""
        out = Path(path)
        suffix = out.suffix.lower()
        if suffix == ".csv":
            atomic_write(out, self.to_csv(lang, csv_dialect))
        elif suffix == ".json":
            atomic_write(out, self.to_json(lang) + "\n")
        elif suffix == ".xlsx":
            from aiact.views.export import portfolio_workbook

            book = portfolio_workbook(self, lang or self.lang)
            with atomic_path(out) as temp:
                book.save(temp)
        else:
            raise ValueError(f"{path}: unknown output format {suffix!r} (use .csv, .json or .xlsx)")
        return out


_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def cell_text(value: Any) -> Any:
    """A value made safe for a spreadsheet cell: control characters (which XML 1.0 cannot hold)
    replaced by U+FFFD, and text that starts with ``=`` prefixed with ``'`` so that it stays
    text and is never stored as a formula. Other values are returned as they are."""
    if not isinstance(value, str):
        return value
    text = _ILLEGAL_XML.sub("\ufffd", value)
    if text.startswith("="):
        text = "'" + text
    return text[:32_767]  # the most a cell holds


# --------------------------------------------------------------------------- running


def _name(case: Case, index: int) -> str:
    subject = case.system if case.system is not None else case.model
    return case.name or (subject.name if subject is not None else None) or _unnamed(index)


def _unnamed(index: int) -> str:
    """The name of a row without one: its number, "#3", the same in every language (the name is
    also data in the exports; "case 3" was English in Dutch output)."""
    return f"#{index + 1}"


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
                problems = item.error.problems if item.error is not None else ()
                return PortfolioEntry(index, item.name, None, None, message, problems)
            case, name = item.case, item.name
        else:
            case, name = item, _name(item, index)
        try:
            assessment = case.assess(engine=engine, as_of=as_of)
            assessment.exposure  # noqa: B018 - compute inside the guard
        except (ValueError, KeyError, ArithmeticError) as error:
            wrapped = InputError.wrap(error, prefix=f"rows[{index}]")
            return PortfolioEntry(index, name, case, None, f"{name}: {error}", wrapped.problems)
        except Exception as error:  # one case never stops the run
            message = f"{name}: internal error ({error.__class__.__name__}); please report it"
            problem = Problem(f"rows[{index}]", message, "internal", {})
            return PortfolioEntry(index, name, case, None, message, (problem,))
        return PortfolioEntry(index, name, case, assessment)

    bar = _progress_bar() if progress else None
    if bar is None:
        for index, item in enumerate(items):
            entries.append(one(index, item))
            if on_progress is not None:
                on_progress(index + 1)
    else:
        with bar:
            task = bar.add_task(t("assessing", lang), total=len(items))
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


def merge_defaults(defaults: Mapping[str, Any], case: Mapping[str, Any]) -> dict[str, Any]:
    """A case with the inventory's ``defaults`` it does not give itself (a mapping such as
    ``organisation`` merged one level deep: the case's own keys win)."""
    out = dict(case)
    for key, value in defaults.items():
        if key not in out:
            out[key] = value
        elif isinstance(value, Mapping) and isinstance(out[key], Mapping):
            out[key] = {**value, **out[key]}
    return out


def _row_error(
    index: int,
    item: Any,
    error: BaseException,
    source: str,
    file: str = "",
    *,
    prefix: bool = True,
) -> InventoryEntry:
    """A row that could not be read: every problem under ``rows[index]`` (and, for a ``file:``
    row, the message says which file)."""
    name = item.get("name") if isinstance(item, Mapping) else None
    label = name if isinstance(name, str) and name.strip() else _unnamed(index)
    problem = CaseError.wrap(error, source=source, prefix=f"rows[{index}]" if prefix else "")
    if file:
        problem = CaseError(
            source=source,
            problems=[
                Problem(p.path, f"in {file}: {p.message}", p.kind, {**p.params, "file": file})
                for p in problem.problems
            ],
        )
    return InventoryEntry(label[:200], None, problem)


def _load_file_entry(
    base: Path, item: Mapping[str, Any], index: int, source: str, limits: Limits
) -> tuple[Case | None, BaseException | None, str]:
    """A ``{file: ...}`` entry: confined to ``base``, a regular file, at most the case limits."""
    field = f"rows[{index}].file"
    name = item.get("file")
    try:
        path = confined_path(base, name, field=field, source=source)
        raw = read_limited(path, limits.max_bytes, source=source, field=field)
        text = decode_text(raw, source=source, field=field)
    except InputError as error:
        return None, CaseError.wrap(error, source=source), ""
    shown = str(name)[:200]
    try:
        return parse_case_text(text, shown, syntax=syntax_of(path), limits=limits), None, shown
    except InputError as error:
        return None, error, shown


def _entries_from_data(
    data: Any, source: str, base: Path | None, limits: Limits = CASE_LIMITS
) -> list[InventoryEntry]:
    defaults: Mapping[str, Any] = {}
    if isinstance(data, Mapping):
        check_data({k: v for k, v in data.items() if k != "cases"}, limits, source=source)
        unknown = set(data) - {"cases", "defaults", "name", "description"}
        if unknown:
            first = sorted(map(str, unknown))[0]
            raise CaseError(
                f"unknown field {first!r} (use 'cases' and 'defaults')",
                source=source,
                field=first,
                kind="unknown_field",
            )
        if "cases" not in data:
            raise CaseError(
                "an inventory needs a 'cases' list", source=source, field="cases", kind="missing"
            )
        defaults = data.get("defaults") or {}
        if not isinstance(defaults, Mapping):
            raise CaseError("must be a mapping", source=source, field="defaults", kind="type")
        bad = set(defaults) - DEFAULT_KEYS
        if bad:
            first = sorted(map(str, bad))[0]
            raise CaseError(
                f"unknown default {first!r} (allowed: {', '.join(sorted(DEFAULT_KEYS))})",
                source=source,
                field=f"defaults.{first}",
                kind="unknown_field",
            )
        _check_defaults(defaults, source)
        data = data["cases"]
    if not isinstance(data, list):
        raise CaseError(
            "an inventory is a list of cases (or a mapping with 'cases')",
            source=source,
            field="cases",
            kind="type",
        )
    if len(data) > INVENTORY_LIMITS.max_rows:
        raise CaseError(
            f"more than {INVENTORY_LIMITS.max_rows:,} cases",
            source=source,
            field="cases",
            kind="too_large",
            params={"limit": INVENTORY_LIMITS.max_rows},
        )
    entries = []
    for index, item in enumerate(data):
        entries.append(_entry(index, item, defaults, source, base, limits))
    return entries


def _check_defaults(defaults: Mapping[str, Any], source: str | None) -> None:
    """The inventory's ``defaults`` are checked as they stand, so that an invalid one is named
    even when no case uses it (an empty list, or a date the caller gives for every case)."""
    try:
        Case.model_validate({**defaults, "system": {}})  # a case needs a system or a model
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise CaseError(
            f"invalid default: {first['msg']}",
            source=source,
            field=f"defaults.{where}" if where else "defaults",
            kind="type",
        ) from None


def _entry(
    index: int,
    item: Any,
    defaults: Mapping[str, Any],
    source: str,
    base: Path | None,
    limits: Limits,
) -> InventoryEntry:
    """One row: every problem (limits, file, validation) becomes the row's error."""
    file = ""
    try:
        check_data(item, limits, source=source)
        if isinstance(item, Mapping) and "file" in item and set(item) != {"file"}:
            # {file: ..., name: ...} read as a case said "unknown field 'file'" (round 24)
            keys = sorted(str(k) for k in item if k != "file")
            others = ", ".join(repr(k[:40]) for k in keys[:5])
            raise CaseError(
                f"a 'file' entry has no other keys (found {others}): put them in the case file",
                source=source,
                field=keys[0][:40],
                kind="not_allowed",
                params={"rule": "file_entry_keys", "keys": others},
            )
        if isinstance(item, Mapping) and set(item) == {"file"}:
            if base is None:
                raise CaseError(
                    "a 'file' entry needs an inventory file to be relative to",
                    source=source,
                    field=f"rows[{index}].file",
                    kind="not_allowed",
                )
            case, problem, file = _load_file_entry(base, item, index, source, limits)
            if problem is not None:
                # a confinement or read error already names rows[index].file
                return _row_error(index, item, problem, source, file, prefix=bool(file))
            assert case is not None
            if defaults:
                own = case.model_dump(mode="json", exclude_none=True)
                case = case_from_mapping(merge_defaults(defaults, own), source)
        else:
            mapping = merge_defaults(defaults, item) if isinstance(item, Mapping) else item
            case = case_from_mapping(mapping, source)
        return InventoryEntry(_name(case, index), case)
    except (InputError, ValueError, TypeError, ArithmeticError) as error:
        return _row_error(index, item, error, source, file)


def _cell(column: str, value: str) -> Any:
    text = value.strip()
    if column in _LIST_FIELDS or ";" in text:
        if text in ("[]", ""):
            return []
        return [part.strip() for part in text.split(";") if part.strip()]
    return text


def _nest(row: Mapping[str | None, Any]) -> dict[str, Any]:
    """A CSV row as nested data; a column that is both a value and a group (``system`` and
    ``system.name``) or cells beyond the header raise :class:`CaseError` naming the column."""
    out: dict[str, Any] = {}
    for column, value in row.items():
        if column is None:
            if any(str(v).strip() for v in (value or [])):
                raise CaseError(
                    f"{len(value)} more cell(s) than the header has columns",
                    kind="unknown_field",
                    params={"cells": len(value)},
                )
            continue
        if value is None or value.strip() == "":
            continue
        target = out
        name = column.strip()
        parts = name.split(".")
        for depth, part in enumerate(parts[:-1]):
            target = target.setdefault(part, {})
            if not isinstance(target, dict):
                group = ".".join(parts[: depth + 1])
                raise CaseError(
                    f"column {name!r} conflicts with column {group!r} (a value, not a group)",
                    field=group,
                    kind="contradiction",
                    params={"column": name, "other": group},
                )
        if isinstance(target.get(parts[-1]), dict):
            raise CaseError(
                f"column {name!r} conflicts with the columns under it ({name}.*)",
                field=name,
                kind="contradiction",
                params={"column": name},
            )
        target[parts[-1]] = _cell(name, value)
    return out


def parse_inventory_csv(
    text: str, source: str = "<csv>", limits: Limits = CASE_LIMITS
) -> list[InventoryEntry]:
    """Read a CSV inventory (one case per row, dotted column names); a row that cannot be read
    (a CSV error, a column clash, a bad value) becomes an entry with its error."""
    reader = csv.DictReader(io.StringIO(text))
    try:
        fieldnames = reader.fieldnames
    except csv.Error as error:
        raise CaseError(f"not valid CSV ({error})", source=source, kind="syntax") from None
    if not fieldnames:
        raise CaseError("the CSV file has no header row", source=source, kind="missing")
    entries: list[InventoryEntry] = []
    index = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problem = CaseError(
                f"not valid CSV at line {reader.line_num} ({error})",
                source=source,
                kind="syntax",
                params={"line": reader.line_num},
            )
            entries.append(_row_error(index, {}, problem, source))
            index += 1
            continue
        if index >= INVENTORY_LIMITS.max_rows:
            raise CaseError(
                f"more than {INVENTORY_LIMITS.max_rows:,} cases",
                source=source,
                kind="too_large",
                params={"limit": INVENTORY_LIMITS.max_rows},
            )
        try:
            data: Any = _nest(row)
        except InputError as error:
            entries.append(_row_error(index, row, error, source))
        else:
            entries.append(_entry(index, data, {}, source, None, limits))
        index += 1
    return entries


def load_inventory(
    path: str | Path, *, limits: Limits = INVENTORY_LIMITS, row_limits: Limits = CASE_LIMITS
) -> list[InventoryEntry]:
    """Read an inventory file (``.yaml``/``.yml``/``.json`` or ``.csv``). A file that cannot
    be read at all raises :class:`CaseError`; a bad case becomes an entry with an error."""
    file = Path(path)
    source = str(path)
    try:
        raw = read_limited(file, limits.max_bytes, source=source, regular_only=False)
        text = decode_text(raw, source=source)
        if file.suffix.lower() == ".csv":
            return parse_inventory_csv(text, source, row_limits)
        data = parse_document(
            text, source=source, limits=limits, syntax=syntax_of(file), check=False
        )
    except InputError as error:
        raise CaseError.wrap(error, source=source) from None
    return _entries_from_data(data, source, file.parent, row_limits)
