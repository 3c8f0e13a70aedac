"""Exports Dutch users open in Excel: CSV in the ``nl`` dialect (semicolons, a byte-order mark,
decimal commas) and XLSX with real dates, numbers and booleans, a frozen header, filters and
column widths."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from aiact.portfolio import PortfolioResult, load_inventory, run_portfolio
from aiact.views.export import portfolio_csv, to_csv

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def result() -> PortfolioResult:
    return run_portfolio(load_inventory(EXAMPLES / "inventory.yaml"))


def test_standard_csv_is_rfc4180(result: PortfolioResult) -> None:
    text = portfolio_csv(result, "en")
    assert not text.startswith("\ufeff") and "\r\n" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 10 and "risk_tier" in rows[0]
    assert any(r["max_fine_eur"] == "15000000" for r in rows)


def test_dutch_csv_dialect(result: PortfolioResult) -> None:
    text = portfolio_csv(result, "nl", "nl")
    assert text.startswith("\ufeff") and "\r\n" in text
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert rows[0][:3] == ["Naam", "Organisatie", "Soort"]
    assert len(rows) == 11
    body = "\n".join(";".join(r) for r in rows[1:])
    assert "AI-systeem met een hoog risico" in body and "high_risk" not in body
    assert "gebruiksverantwoordelijke" in body and "deployer" not in body
    assert ";ja;" in text or ";nee;" in text or ";onbekend;" in text


def test_decimal_comma_in_the_dutch_dialect() -> None:
    text = to_csv(["max_fine_eur"], [{"max_fine_eur": "7500000.50"}], "nl", "nl")
    assert text.splitlines()[1] == "7500000,50"
    assert to_csv(["x"], [{"x": "7500000.50"}]).splitlines()[1] == "7500000.50"


def test_xlsx_has_types_frozen_header_filters_and_widths(
    result: PortfolioResult, tmp_path: Path
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    path = result.write(tmp_path / "p.xlsx", "nl")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["overzicht", "termijnen", "risicocategorieën"]
    sheet = book["overzicht"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    headers = [c.value for c in sheet[1]]
    assert headers[0] == "Naam"
    column = {h: i for i, h in enumerate(headers)}
    values = list(sheet.iter_rows(min_row=2, values_only=True))
    as_of = values[0][column["Peildatum"]]
    assert isinstance(as_of, dt.datetime | dt.date)
    fines = [r[column["Hoogste boetemaximum (EUR)"]] for r in values]
    assert any(isinstance(f, int | float | Decimal) and f == 15_000_000 for f in fines)
    scope = {r[column["Binnen het toepassingsgebied van de AI-verordening"]] for r in values}
    assert True in scope and scope <= {True, False, "onbekend", None}
    assert sheet.column_dimensions["A"].width and sheet.column_dimensions["A"].width > 8
    deadline_dates = [r[0] for r in book["termijnen"].iter_rows(min_row=2, values_only=True)]
    assert deadline_dates and all(isinstance(d, dt.datetime | dt.date) for d in deadline_dates)


def test_english_xlsx_keeps_machine_names(result: PortfolioResult, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(result.write(tmp_path / "p.xlsx", "en"))
    assert book.sheetnames == ["summary", "deadlines", "tiers"]
    assert book["summary"].max_row == 11


def test_cli_csv_dialect(tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "aiact",
            "portfolio",
            str(EXAMPLES / "inventory.yaml"),
            "--out",
            str(out),
            "--csv-dialect",
            "nl",
            "--lang",
            "nl",
            "--no-progress",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 2), proc.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "aiact",
            "obligations",
            "--format",
            "csv",
            "--csv-dialect",
            "nl",
            "--lang",
            "nl",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert proc.stdout.startswith("\ufeffArtikel;Titel;")
