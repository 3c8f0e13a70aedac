"""review79 (round 23): second reading of the lead's commit a8b5bd0 (the portfolio's error column
in the language of the output, ``PortfolioEntry.error_text``; the problem kind
``before_in_force`` with its Dutch message).

Law: Art. 113, first paragraph ("This Regulation shall enter into force on the twentieth day
following that of its publication in the Official Journal"; Dutch: "Deze verordening treedt in
werking op de twintigste dag na die van de bekendmaking ervan"); published OJ L, 2024/1689,
12.7.2024, so in force from 1 August 2024.

Probes (scratch, reduced below): ``aiact portfolio broken.yaml --lang nl|en`` (COLUMNS=80) with
a missing file, a file outside the folder, an invalid boolean, an unknown field, a day before
1 Aug 2024, a turnover too large, and a ``file:`` row whose file holds an invalid boolean; its
``--out`` .csv/.json/.xlsx, against a copy of a8b5bd0^ (``git archive``): English console, CSV,
XLSX cells unchanged; English JSON changed only in the row before 1 Aug 2024 (kind
``before_in_force``, params ``{"as_of": ...}``). The service (TestClient): ``POST
/v1/assessments`` and ``/v1/portfolios`` with ``as_of`` 2020-01-01 (body, ``asOf``, defaults),
``Accept-Language`` nl and en. Spectral (/work/main/.tools, the ruleset of tests/data) on the
OpenAPI document: no results.

Defects:

* D1 (a8b5bd0 brings it into the exports; older on the console): a row whose assessment
  failed inside the library (kind ``internal``, not in ``KINDS``, message "internal error
  (RuntimeError); please report it") reads in Dutch "veld rows[0]: de waarde is niet toegestaan
  voor dit veld": it blames the user's value and drops "please report it". A ``KeyError`` or
  ``ArithmeticError`` from the assessment reads the same.
* D2 (older; now in the exports too): for a ``file:`` row whose file holds the bad value, the
  English names the file ("in kapot-bestand.yaml: Input should be a valid boolean"), the Dutch
  does not (the problem's param ``file`` is not rendered).
* D3 (a8b5bd0's neighbourhood): the service refuses a day before 1 August 2024 with code
  ``invalid_value`` (its own ``check_as_of``), while the library and the CLI now say
  ``before_in_force``, which the OpenAPI document lists among the codes "dezelfde als het soort
  fout van de bibliotheek"; docs/service.md does not name the new code.
* D4 (older, adc2dbf's fast path ``FastAssessments``): ``POST /v1/assessments`` without
  ``?lang`` answers in Dutch whatever ``Accept-Language`` says, with ``Content-Language: en``
  when the header asks for English (``plain_assessment_query`` starts from "nl").
* D5 (older): ``aiact portfolio --as-of 2020-01-01`` is refused per row, each blamed on the
  row's field ("veld rows[0].as_of: 2020-01-01 ligt vóór ..."; English "x: as_of: as_of
  2020-01-01 is before ..."), though the option gave the day, not the rows.

Notes (not tested): the English message says "as_of: as_of 2020-01-01" (older); Dutch B1:
"mag ten hoogste 1000000000000000 zijn" (no digit grouping), "een genoemd bestand ligt buiten
de toegestane map" (the English says which folder: the inventory's), "het bestand bestaat niet"
(no what-to-do), the day in ISO form ("2020-01-01 ligt vóór ... 1 augustus 2024"); the service's
own Dutch reason for an early day gives no what-to-do ("vóór de inwerkingtreding ... (artikel
113)").
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from fastapi.testclient import TestClient
from lawquote import quote, quote_nl

from aiact.case import Case
from aiact.errors import KINDS, ValueProblem
from aiact.portfolio import load_inventory, run_portfolio
from aiact.service import create_app
from aiact.service.settings import Settings
from aiact.versions import LawVersion, version_in_force
from aiact.views.export import portfolio_csv

_CASE: dict[str, Any] = {
    "name": "x",
    "as_of": "2026-11-28",
    "organisation": {},
    "system": {"is_ai_system": True},
}
_EARLY = {**_CASE, "as_of": "2020-01-01"}


def _quote_113() -> None:
    quote("113", "This Regulation shall enter into force on the twentieth day following that")
    quote_nl("Deze verordening treedt in werking op de twintigste dag na die van de bekendmaking")


def _broken(tmp_path: Path) -> list[Any]:
    """The probe's inventory: one good row and seven bad ones."""
    folder = tmp_path / "inv"
    folder.mkdir(parents=True)
    (tmp_path / "outside.yaml").write_text("name: x\n", encoding="utf-8")
    (folder / "kapot-bestand.yaml").write_text(
        yaml.safe_dump({**_CASE, "system": {"is_ai_system": "misschien"}}), encoding="utf-8"
    )
    cases = [
        _CASE,
        {"file": "bestaat-niet.yaml"},
        {"file": "../outside.yaml"},
        {"name": "Ongeldige boolean", "organisation": {}, "system": {"is_ai_system": "misschien"}},
        {"name": "Onbekend veld", "organisation": {}, "system": {"is_ai_system": True, "kleur": 1}},
        {**_EARLY, "name": "Te vroeg"},
        {"name": "Omzet", "organisation": {"annual_turnover_eur": "1e30"}, "system": {}},
        {"file": "kapot-bestand.yaml"},
    ]
    inventory = folder / "broken.yaml"
    inventory.write_text(
        yaml.safe_dump({"defaults": {"as_of": "2026-11-28"}, "cases": cases}), encoding="utf-8"
    )
    return list(load_inventory(inventory))


# ---------------------------------------------------------------- what holds


def test_art_113_the_act_is_in_force_from_1_august_2024() -> None:
    """Art. 113, first paragraph: the twentieth day after publication (12 July 2024) is
    1 August 2024; the day before is refused with the kind before_in_force and its day."""
    _quote_113()
    assert dt.date(2024, 7, 12) + dt.timedelta(days=20) == dt.date(2024, 8, 1)
    assert LawVersion.ORIGINAL.in_force_from == dt.date(2024, 8, 1)
    assert version_in_force(dt.date(2024, 8, 1)) is LawVersion.ORIGINAL
    with pytest.raises(ValueProblem) as caught:
        version_in_force(dt.date(2024, 7, 31))
    assert caught.value.kind == "before_in_force"
    assert caught.value.params == {"as_of": "2024-07-31"}
    assert "before_in_force" in KINDS


def test_english_error_column_is_unchanged(tmp_path: Path) -> None:
    """No language, or English: the column and the JSON ``error`` are the recorded message,
    source and all, as before a8b5bd0."""
    result = run_portfolio(_broken(tmp_path))
    assert len(result.errors) == 7
    data = result.to_dict()
    for entry, row in zip(result.errors, data["errors"], strict=True):
        assert entry.error_text() == entry.error == entry.error_text("en")
        assert entry.summary()["error"] == entry.error
        assert row["error"] == entry.error
        assert row["problems"] == [p.to_dict() for p in entry.problems]
    assert "Input should be a valid boolean" in portfolio_csv(result, "en")


def test_dutch_error_column_is_dutch_and_names_the_field(tmp_path: Path) -> None:
    """The Dutch "Fout" column: every row names its field (``veld rows[i]...``) and says what
    is wrong in Dutch; the JSON ``problems`` stay the English records."""
    _quote_113()
    result = run_portfolio(_broken(tmp_path), lang="nl")
    data = result.to_dict("nl")
    english = run_portfolio(_broken(tmp_path / "en")).to_dict()
    for entry, row, en_row in zip(result.errors, data["errors"], english["errors"], strict=True):
        text = entry.error_text("nl")
        assert text is not None
        assert row["error"] == text
        assert text.startswith(f"veld rows[{entry.index}]"), text
        for word in ("Input should", "file not found", "unknown field", "is before", "lies"):
            assert word not in text
        assert row["problems"] == en_row["problems"]
    texts = {e.name: e.error_text("nl") for e in result.errors}
    assert texts["Te vroeg"] == (
        "veld rows[5].as_of: 2020-01-01 ligt vóór de inwerkingtreding van de AI-verordening op "
        "1 augustus 2024 (artikel 113, eerste alinea): geef een latere dag"
    )
    assert "verwacht ja of nee" in str(texts["Ongeldige boolean"])
    assert (
        texts["#2"] == "veld rows[1].file: het bestand bestaat niet: controleer de naam en de map"
    )


def test_the_openapi_document_lists_before_in_force() -> None:
    """The kind is in the codes the OpenAPI document lists (from ``KINDS``); Spectral passed
    on this document in the probe (no results at severity hint)."""
    with TestClient(create_app(Settings())) as client:
        document = client.get("/v1/openapi.json").json()
    assert "before_in_force" in json.dumps(document)


# ---------------------------------------------------------------- defects


def test_d1_an_internal_error_is_not_blamed_on_the_value() -> None:
    case = Case.model_validate(_CASE)
    with mock.patch.object(Case, "assess", side_effect=RuntimeError("boom")):
        (entry,) = run_portfolio([case], lang="nl").entries
    assert entry.error is not None and "please report it" in entry.error
    text = str(entry.error_text("nl"))
    assert "niet toegestaan" not in text
    assert "intern" in text.lower()


def test_d2_the_dutch_message_of_a_file_row_names_the_file(tmp_path: Path) -> None:
    result = run_portfolio(_broken(tmp_path), lang="nl")
    entry = result.errors[-1]
    assert entry.error is not None and "in kapot-bestand.yaml" in entry.error
    assert "kapot-bestand.yaml" in str(entry.error_text("nl"))


@pytest.mark.parametrize(
    ("url", "body"),
    [
        ("/v1/assessments?lang=nl", _EARLY),
        ("/v1/portfolios?lang=nl", {"cases": [_EARLY]}),
    ],
)
def test_d3_the_service_refuses_an_early_day_with_the_librarys_kind(
    url: str, body: dict[str, Any]
) -> None:
    with TestClient(create_app(Settings())) as client:
        response = client.post(url, json=body)
    assert response.status_code == 400
    (param,) = response.json()["invalidParams"]
    assert param["code"] == "before_in_force"


def test_d4_an_assessment_follows_accept_language() -> None:
    with TestClient(create_app(Settings())) as client:
        header = client.post("/v1/assessments", json=_CASE, headers={"Accept-Language": "en"})
        asked = client.post("/v1/assessments?lang=en", json=_CASE)
    assert header.status_code == asked.status_code == 200
    assert header.headers["content-language"] == "en"
    assert header.content == asked.content


def test_d5_portfolio_as_of_option_before_the_act_names_the_option(tmp_path: Path) -> None:
    """``aiact portfolio inv.yaml --as-of 2020-01-01 --lang nl`` says per row "veld
    rows[0].as_of: 2020-01-01 ligt vóór ..." (English: "x: as_of: as_of 2020-01-01 ..."),
    though no row gave that day: the option did."""
    from click.testing import CliRunner

    from aiact.cli import main

    inventory = tmp_path / "inv.yaml"
    inventory.write_text(yaml.safe_dump({"cases": [_CASE, _CASE]}), encoding="utf-8")
    run = CliRunner().invoke(
        main, ["portfolio", str(inventory), "--as-of", "2020-01-01", "--lang", "nl"]
    )
    assert run.exit_code == 2
    assert "rows[" not in run.output
    assert "--as-of" in run.output


def test_a_large_bound_is_written_with_its_digits_grouped_in_dutch() -> None:
    """Round 23 (review79's wording remark): "mag ten hoogste 1.000.000.000.000.000 zijn", not
    "1000000000000000"; small numbers and English as before."""
    from aiact.errors import Problem
    from aiact.views.errors import problem_text

    big = Problem(
        "organisation.annual_turnover_eur",
        "x",
        "invalid_value",
        {"pydantic_type": "less_than_equal", "le": "1000000000000000"},
    )
    assert problem_text(big, "nl") == "mag ten hoogste 1.000.000.000.000.000 zijn"
    assert problem_text(big, "en") == "x"
    small = Problem("x", "x", "invalid_value", {"pydantic_type": "greater_than_equal", "ge": "0"})
    assert problem_text(small, "nl").endswith(" 0 zijn")
