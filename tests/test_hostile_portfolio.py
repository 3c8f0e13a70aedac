"""One bad row never loses the others (issue 14, item 5): a 10,000-row inventory with 1 % bad rows
of every kind writes 9,900 results and 100 error rows, each error naming its row and field."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path
from typing import Any

import pytest

from aiact.portfolio import load_inventory, parse_inventory_csv, run_portfolio

ROWS = 10_000

#: One bad row of each kind (YAML text of the row's mapping body, the field the error names).
BAD_ROWS: list[tuple[str, str, str]] = [
    ("impossible date", "as_of: 2026-02-30", "as_of"),
    ("int date", "as_of: 20261128", "as_of"),
    ("huge turnover", "organisation: {annual_turnover_eur: 3.4e27}", "organisation"),
    ("28 digits", "organisation: {annual_turnover_eur: " + "1" * 28 + "}", "organisation"),
    ("huge integer", "organisation: {headcount: " + "9" * 5000 + "}", "organisation.headcount"),
    ("law banana", "law: banana", "law"),
    ("eszett", 'organisation: {member_state: "\u00df"}', "organisation.member_state"),
    ("duplicate key", "system: {is_ai_system: true, is_ai_system: false}", "system"),
    ("long name", "system: {name: " + "x" * 10_001 + "}", "system.name"),
    ("deep", "system: {name: " + "[" * 40 + "]" * 40 + "}", "system.name"),
    ("unknown field", "system: {colour: red}", "system.colour"),
    ("escape", "file: ../../etc/passwd", "file"),
    ("absolute", "file: /etc/passwd", "file"),
    ("not a mapping", "", ""),
]


def _good(index: int) -> str:
    kind = ("public_authority", "private_undertaking")[index % 2]
    deployer = ("true", "false", "null")[index % 3]
    return (
        f"  - {{name: 'Systeem {index:05d}', organisation: {{kind: {kind}, member_state: NL, "
        f"established_in_eu: true}}, system: {{is_ai_system: true, roles: {{deployer: {deployer}"
        "}, exclusions: {placed_or_used_in_eu: true}}}\n"
    )


def _bad(index: int, body: str) -> str:
    if not body:
        return "  - just text\n"
    if body.startswith("file:"):
        return f"  - {{{body}}}\n"
    parts = {"organisation": "organisation: {}", "system": "system: {is_ai_system: true}"}
    key = body.split(":", 1)[0]
    fields = [body] + [value for name, value in parts.items() if name != key]
    return f"  - {{name: 'Kapot {index:05d}', {', '.join(fields)}}}\n"


def _bomb_row(index: int) -> str:
    """A row whose system name is an alias bomb of about 336,000 nodes: over a row's limit
    (100,000), within the inventory's (1,000,000)."""
    levels = [f"&r{index}b0 [1a, 1a, 1a, 1a, 1a, 1a]"]
    for level in range(1, 7):
        levels.append(f"&r{index}b{level} [" + ", ".join([f"*r{index}b{level - 1}"] * 6) + "]")
    return (
        f"  - {{name: 'Kapot {index:05d}', organisation: {{}}, "
        f"system: {{name: [{', '.join(levels)}]}}}}\n"
    )


def _write_inventory(tmp_path: Path) -> tuple[Path, dict[int, tuple[str, str]]]:
    """10,000 rows; every row 100k+50 is bad, the kinds of BAD_ROWS in turn, the first one an
    alias bomb confined to its row."""
    text = ["defaults: {as_of: 2026-11-28}\n", "cases:\n"]
    bad: dict[int, tuple[str, str]] = {}
    for index in range(ROWS):
        if index == 50:
            text.append(_bomb_row(index))
            bad[index] = ("row bomb", "system.name")
        elif index % 100 == 50:
            name, body, field = BAD_ROWS[(index // 100) % len(BAD_ROWS)]
            text.append(_bad(index, body))
            bad[index] = (name, field)
        else:
            text.append(_good(index))
    path = tmp_path / "inventory.yaml"
    path.write_text("".join(text), encoding="utf-8")
    return path, bad


def test_ten_thousand_rows_with_one_percent_bad_rows(tmp_path: Path) -> None:
    path, bad = _write_inventory(tmp_path)
    start = time.perf_counter()
    entries = load_inventory(path)
    loaded = time.perf_counter() - start
    assert len(entries) == ROWS
    failed = {i for i, e in enumerate(entries) if e.case is None}
    assert failed == set(bad), sorted(failed ^ set(bad))[:10]
    for index, (name, field) in bad.items():
        error = entries[index].error
        assert error is not None
        assert error.field is not None and error.field.startswith(f"rows[{index}]"), (name, error)
        assert error.field.startswith(f"rows[{index}].{field}".rstrip(".")), (name, error.errors)
    result = run_portfolio(entries)
    assert len(result.assessments) == 9_900 and len(result.errors) == 100
    out = tmp_path / "result.csv"
    result.write(out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == ROWS
    assert sum(1 for r in rows if r["error"]) == 100
    assert sum(1 for r in rows if r["risk_tier"]) == 9_900
    data = json.loads(result.to_json())
    assert [e["row"] for e in data["errors"]] == sorted(bad)
    elapsed = time.perf_counter() - start
    print(f"\n10,000 rows: loaded in {loaded:.1f} s, assessed and written in {elapsed:.1f} s")
    assert loaded < 60 and elapsed < 600


def test_csv_inventory_with_bad_rows_of_every_kind() -> None:
    header = "name,as_of,system,system.name,system.is_ai_system,organisation.annual_turnover_eur"
    good = "ok {i},2026-11-28,,Systeem {i},true,1000000"
    bad: dict[int, str] = {
        1: "clash,2026-11-28,x,y,true,",
        3: "date,2026-02-30,,y,true,",
        5: "huge,2026-11-28,,y,true,3.4e27",
        7: "digits,2026-11-28,,y,true," + "1" * 28,
        9: 'long,2026-11-28,,"' + "x" * 200_000 + '",true,',
        11: "extra,2026-11-28,,y,true,,surplus",
        13: "bool,2026-11-28,,y,perhaps,",
    }
    lines = [header] + [bad.get(i, good.format(i=i)) for i in range(200)]
    entries = parse_inventory_csv("\n".join(lines) + "\n", "inv.csv")
    assert len(entries) == 200
    failed = [i for i, e in enumerate(entries) if e.case is None]
    assert failed == sorted(bad)
    fields = {i: entries[i].error.field for i in failed}  # type: ignore[union-attr]
    assert fields[1] == "rows[1].system"
    assert fields[3] == "rows[3].as_of"
    assert fields[7] == "rows[7].organisation.annual_turnover_eur"
    assert fields[9] == "rows[9]" and fields[11] == "rows[11]"
    assert entries[5].error is not None and entries[5].error.field == (
        "rows[5].organisation.annual_turnover_eur"
    )
    assert fields[13] == "rows[13].system.is_ai_system"
    result = run_portfolio(entries)
    assert len(result.assessments) == 193 and len(result.errors) == 7


@pytest.mark.parametrize("kind", ["json"])
def test_json_inventory_lone_surrogate_is_a_row_error(tmp_path: Path, kind: str) -> None:
    rows: list[Any] = [
        {"name": "a", "as_of": "2026-11-28", "organisation": {}, "system": {"is_ai_system": True}},
        {"name": "b", "as_of": "2026-11-28", "organisation": {}, "system": {"name": "\ud83d"}},
    ]
    path = tmp_path / f"inv.{kind}"
    path.write_text(json.dumps({"cases": rows}), encoding="utf-8")  # ASCII: \ud83d escaped
    entries = load_inventory(path)
    assert entries[0].case is not None
    assert entries[1].error is not None and entries[1].error.field == "rows[1].system.name"
    assert entries[1].error.kind == "encoding"
