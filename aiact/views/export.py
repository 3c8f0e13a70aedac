"""Exports people open in Excel: CSV in two dialects and XLSX with real types.

CSV dialects:

``standard``
    RFC 4180: comma-separated, UTF-8 without a byte-order mark, ``\\n`` line ends, a decimal point.
    For programs (pandas, R, a database import).
``nl``
    What Excel with Dutch regional settings opens by double-click: semicolon-separated, a UTF-8
    byte-order mark (so ``é`` and ``€`` survive), ``\\r\\n`` line ends, a decimal comma.

With ``lang="en"`` the column headers are the stable machine names (``risk_tier``); with
``lang="nl"`` they are Dutch words, and so are the values (labels, ``ja``/``nee``/``onbekend``).

XLSX (needs ``aiact[xlsx]``, i.e. openpyxl): dates as dates, amounts as numbers in euro format,
three-valued answers as booleans (an undetermined one as the word ``undetermined``/``onbekend``),
a frozen header row, filters and column widths. :func:`fill_workbook` only fills a workbook it is
given, so the caller decides how the file is written (e.g. atomically).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from aiact.i18n import N_, Lang, check_lang, pt, t

if TYPE_CHECKING:
    from openpyxl import Workbook

    from aiact.portfolio import PortfolioResult

CsvDialect = Literal["standard", "nl"]
CSV_DIALECTS: tuple[CsvDialect, ...] = ("standard", "nl")

BOM = "\ufeff"

#: Dutch (and English human) headers of the exported columns, by machine name.
HEADERS: dict[str, str] = {
    "id": N_("Id"),
    "name": N_("Name"),
    "organisation": N_("Organisation"),
    "kind": N_("Kind"),
    "as_of": N_("Date assessed"),
    "risk_tier": N_("Risk category"),
    "risk_tier_label": N_("Risk category (label)"),
    "possible_higher_tiers": N_("Could still be"),
    "in_scope": N_("Within the scope of the AI Act"),
    "roles": N_("Roles"),
    "obligations": N_("Obligations that apply"),
    "in_force": N_("Applying now"),
    "upcoming": N_("Applying from a later date"),
    "date_undetermined": N_("Applying, date undetermined"),
    "undetermined": N_("Obligations undetermined"),
    "not_binding": N_("Only after a significant change (Art. 111(2))"),
    "next_deadline": N_("Next deadline"),
    "next_deadline_kind": N_("Kind of next deadline"),
    "max_fine_eur": N_("Highest fine ceiling (EUR)"),
    "open_questions": N_("Open questions"),
    "error": N_("Error"),
    "date": N_("Date"),
    "obligation": N_("Obligation"),
    "citation": N_("Article"),
    "title": N_("Title"),
    "kind_of_date": N_("Kind of date"),
    "addressees": N_("Addressed to"),
    "measure": N_("Measure"),
    "fine": N_("Fine tier"),
    "risk": N_("Risk category"),
    "systems": N_("Systems"),
}

SHEETS: dict[str, str] = {
    "summary": N_("summary"),
    "deadlines": N_("deadlines"),
    "tiers": N_("tiers"),
}

_DATE_KINDS: dict[str, str] = {
    "applies_from": N_("applies from"),
    "deadline": N_("comply by"),
}

_DROPPED_IN_DUTCH = frozenset({"risk_tier_label"})
"""Columns that would repeat another column once the values are Dutch labels."""


def header(column: str, lang: Lang) -> str:
    """The header of ``column``: its machine name in English, Dutch words in Dutch."""
    if lang == "en" or column not in HEADERS:
        return column
    return t(HEADERS[column], lang)


def sheet_name(sheet: str, lang: Lang) -> str:
    return sheet if lang == "en" else t(SHEETS[sheet], lang)


def _truth_word(value: str | None, lang: Lang) -> str:
    from aiact.views.i18n import truth

    return "" if value is None else truth(value, lang)


def _tier_words(value: str | None, lang: Lang) -> str:
    from aiact.views.i18n import tier_label

    if not value:
        return ""
    return "; ".join(tier_label(tier, lang) for tier in value.split(";"))


def _role_words(value: str | None, lang: Lang) -> str:
    from aiact.views.i18n import role_label

    if not value:
        return ""
    return "; ".join(role_label(role, lang) for role in value.split(";"))


def summary_records(result: PortfolioResult, lang: Lang) -> tuple[list[str], list[dict[str, Any]]]:
    """The portfolio summary as (columns, rows) for ``lang``: English keeps the JSON values,
    Dutch turns every key into words."""
    from aiact.portfolio import SUMMARY_COLUMNS

    lg = check_lang(lang)
    rows = result.rows(lg)
    if lg == "en":
        return list(SUMMARY_COLUMNS), rows
    columns = [c for c in SUMMARY_COLUMNS if c not in _DROPPED_IN_DUTCH]
    out = []
    for row in rows:
        converted = {c: row[c] for c in columns}
        converted["kind"] = _kind_word(row["kind"], lg)
        converted["risk_tier"] = row["risk_tier_label"]
        converted["possible_higher_tiers"] = _tier_words(row["possible_higher_tiers"], lg)
        converted["in_scope"] = _truth_word(row["in_scope"], lg)
        converted["roles"] = _role_words(row["roles"], lg)
        kind = row["next_deadline_kind"]
        converted["next_deadline_kind"] = None if kind is None else t(_DATE_KINDS[kind], lg)
        out.append(converted)
    return columns, out


def _kind_word(kind: str | None, lang: Lang) -> str | None:
    from aiact.views.i18n import KIND_LABELS

    if kind is None:
        return None
    return t(KIND_LABELS[kind][0], lang) if kind in KIND_LABELS else kind


def deadline_records(result: PortfolioResult, lang: Lang) -> tuple[list[str], list[dict[str, Any]]]:
    """The portfolio deadlines as (columns, rows); in Dutch with citations in the Dutch style
    and without the internal obligation id."""
    from aiact.portfolio import DEADLINE_COLUMNS
    from aiact.views.i18n import cite

    lg = check_lang(lang)
    rows = result.deadlines(lg)
    if lg == "en":
        return list(DEADLINE_COLUMNS), rows
    columns = [c for c in DEADLINE_COLUMNS if c != "obligation"]
    out = []
    for row in rows:
        converted = {c: row[c] for c in columns}
        converted["citation"] = cite(row["citation"], lg)
        converted["kind_of_date"] = t(_DATE_KINDS[row["kind_of_date"]], lg)
        out.append(converted)
    return columns, out


def tier_records(result: PortfolioResult, lang: Lang) -> tuple[list[str], list[dict[str, Any]]]:
    from aiact.views.i18n import text, tier_label

    lg = check_lang(lang)
    rows = []
    for tier, count in result.tier_counts().items():
        label = (
            tier if lg == "en" else (text("error", lg) if tier == "error" else tier_label(tier, lg))
        )
        rows.append({"risk_tier": label, "systems": count})
    return ["risk_tier", "systems"], rows


# --------------------------------------------------------------------------- CSV


def _csv_cell(value: Any, dialect: CsvDialect) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Decimal | float) and dialect == "nl":
        return str(value).replace(".", ",")
    if dialect == "nl" and isinstance(value, str) and _is_amount(value):
        return value.replace(".", ",")
    return str(value)


def _is_amount(value: str) -> bool:
    try:
        Decimal(value)
    except ArithmeticError:
        return False
    return "." in value and value.replace(".", "", 1).isdigit()


def to_csv(
    columns: Sequence[str],
    rows: Iterable[Mapping[str, Any]],
    lang: Lang = "en",
    dialect: CsvDialect = "standard",
) -> str:
    """Rows as CSV text in ``dialect`` (see the module docstring), headers per ``lang``."""
    if dialect not in CSV_DIALECTS:
        raise ValueError(f"csv dialect: {dialect!r} (use {' or '.join(CSV_DIALECTS)})")
    buffer = io.StringIO()
    if dialect == "nl":
        buffer.write(BOM)
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    else:
        writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([header(c, lang) for c in columns])
    for row in rows:
        writer.writerow([_csv_cell(row.get(c), dialect) for c in columns])
    return buffer.getvalue()


def portfolio_csv(
    result: PortfolioResult, lang: Lang = "en", dialect: CsvDialect = "standard"
) -> str:
    """The summary table of a portfolio as CSV."""
    columns, rows = summary_records(result, lang)
    return to_csv(columns, rows, lang, dialect)


# --------------------------------------------------------------------------- XLSX

_EURO = '"€" #,##0.00'
_DATE = "yyyy-mm-dd"
_DATE_COLUMNS = frozenset({"as_of", "next_deadline", "date"})
_TRUTH_COLUMNS = frozenset({"in_scope"})


def _xlsx_value(column: str, value: Any, lang: Lang) -> Any:
    if value is None or value == "":
        return None
    if column in _DATE_COLUMNS and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if column == "max_fine_eur":
        return Decimal(value)
    if column in _TRUTH_COLUMNS:
        if value in ("true", True):
            return True
        if value in ("false", False):
            return False
        return pt("truth", "undetermined", lang)
    from aiact.portfolio import cell_text

    return cell_text(value)  # no control characters, never a formula (issue 14, item 6)


def _sheet(
    book: Workbook,
    title: str,
    columns: list[str],
    rows: list[dict[str, Any]],
    lang: Lang,
    raw: list[dict[str, Any]] | None = None,
) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from aiact.portfolio import cell_text

    sheet = book.create_sheet(cell_text(title))
    sheet.append([cell_text(header(c, lang)) for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sources = raw if raw is not None else rows
    for shown, source in zip(rows, sources, strict=True):
        values = []
        for c in columns:
            value = source.get(c) if c in _TRUTH_COLUMNS else shown.get(c)
            values.append(_xlsx_value(c, value, lang))
        sheet.append(values)
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        for cell in sheet[letter][1:]:
            if column in _DATE_COLUMNS:
                cell.number_format = _DATE
            elif column == "max_fine_eur":
                cell.number_format = _EURO
        width = max(
            [len(str(header(column, lang)))] + [len(str(r.get(column) or "")) for r in rows]
        )
        sheet.column_dimensions[letter].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    if sheet.max_row >= 1 and columns:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{sheet.max_row}"


def fill_workbook(book: Workbook, result: PortfolioResult, lang: Lang = "en") -> None:
    """Add the sheets summary, deadlines and tiers of ``result`` to ``book`` (its default empty
    sheet is removed), typed and formatted for Excel."""
    lg = check_lang(lang)
    for existing in list(book.worksheets):
        if existing.max_row == 1 and existing.max_column == 1 and existing["A1"].value is None:
            book.remove(existing)
    columns, rows = summary_records(result, lg)
    _sheet(book, sheet_name("summary", lg), columns, rows, lg, raw=result.rows(lg))
    columns, rows = deadline_records(result, lg)
    _sheet(book, sheet_name("deadlines", lg), columns, rows, lg)
    columns, rows = tier_records(result, lg)
    _sheet(book, sheet_name("tiers", lg), columns, rows, lg)


def require_openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError as error:
        from aiact.extras import MissingExtraError

        raise MissingExtraError("xlsx", "writing .xlsx files needs openpyxl") from error
    return openpyxl


def portfolio_workbook(result: PortfolioResult, lang: Lang = "en") -> Workbook:
    """A new workbook holding the portfolio (needs ``aiact[xlsx]``)."""
    openpyxl = require_openpyxl()
    book: Workbook = openpyxl.Workbook()
    fill_workbook(book, result, lang)
    return book
