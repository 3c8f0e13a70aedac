"""Portfolios: inventories in YAML, JSON and CSV; 1,000 systems with a progress bar."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from aiact.case import Case, CaseError
from aiact.portfolio import (
    SUMMARY_COLUMNS,
    load_inventory,
    parse_inventory_csv,
    run_portfolio,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_example_inventory() -> None:
    entries = load_inventory(EXAMPLES / "inventory.yaml")
    assert len(entries) == 10 and all(e.case is not None for e in entries)
    result = run_portfolio(entries)
    assert not result.errors
    tiers = result.tier_counts()
    # The tier on the inventory's date (28 Nov 2026): two of the four high-risk systems are
    # classified high-risk only from 2 Dec 2027 (Art. 113, third paragraph, point (c)(i)).
    assert tiers["prohibited"] == 1 and tiers["high_risk"] == 2
    rows = result.rows()
    assert list(rows[0]) == list(SUMMARY_COLUMNS)
    deadlines = result.deadlines()
    assert deadlines == sorted(deadlines, key=lambda d: d["date"])
    assert all(
        d["date"] > "2026-11-28" for d in deadlines if d["name"] != "Online proctoring tentamens"
    )
    exposure = result.exposure()
    assert exposure["highest_ceiling_eur"] == "15000000"


def test_run_portfolio_accepts_plain_cases_and_reports_errors() -> None:
    good = Case.model_validate(
        {"name": "a", "as_of": "2026-11-28", "organisation": {}, "system": {"is_ai_system": True}}
    )
    early = Case.model_validate(
        {"name": "b", "as_of": "2020-01-01", "organisation": {}, "system": {"is_ai_system": True}}
    )
    seen: list[int] = []
    result = run_portfolio(iter([good, early]), on_progress=seen.append)
    assert seen == [1, 2]
    assert len(result) == 2 and len(result.errors) == 1
    assert "2024-08-01" in (result.errors[0].error or "")
    assert result.rows()[1]["error"]


def test_csv_inventory() -> None:
    text = (
        "name,as_of,organisation.kind,organisation.member_state,system.is_ai_system,"
        "system.roles.deployer,system.annex_iii.points,system.derogation.profiling\n"
        "Fraude,2026-11-28,public_authority,NL,true,true,5a,true\n"
        "Chat,2026-11-28,public_authority,NL,true,true,[],\n"
        "Kapot,2026-11-28,public_authority,NL,misschien,true,,\n"
    )
    entries = parse_inventory_csv(text, "inv.csv")
    assert [e.name for e in entries] == ["Fraude", "Chat", "Kapot"]
    assert entries[0].case is not None and entries[0].case.system is not None
    assert entries[1].case is not None and entries[1].case.system is not None
    assert entries[1].case.system.annex_iii.points == ()
    assert isinstance(entries[2].error, CaseError)
    assert "system.is_ai_system" in str(entries[2].error)
    result = run_portfolio(entries)
    assert result.rows()[0]["risk_tier"] in ("high_risk", "undetermined")


def test_inventory_mapping_errors(tmp_path: Path) -> None:
    path = tmp_path / "inv.yaml"
    path.write_text("systems: []\n", encoding="utf-8")
    with pytest.raises(CaseError, match="systems"):
        load_inventory(path)
    path.write_text("defaults: {colour: red}\ncases: []\n", encoding="utf-8")
    with pytest.raises(CaseError, match=r"defaults\.colour"):
        load_inventory(path)
    with pytest.raises(CaseError, match="file not found"):
        load_inventory(tmp_path / "missing.yaml")


def _random_case(rng: random.Random, i: int) -> dict[str, Any]:
    points = ["1a", "1c", "2", "3a", "3d", "4a", "4b", "5a", "5b", "6d", "7b", "8a"]

    def flag() -> bool | None:
        return rng.choice([True, False, None])

    return {
        "name": f"Systeem {i:04d}",
        "as_of": rng.choice(["2025-06-01", "2026-11-28", "2027-12-15", "2028-09-01"]),
        "organisation": {
            "name": rng.choice(["Gemeente A", "Provincie B", "Ministerie C", "Waterschap D"]),
            "kind": rng.choice(
                ["public_authority", "body_governed_by_public_law", "private_undertaking"]
            ),
            "member_state": "NL",
            "established_in_eu": True,
            "annual_turnover_eur": rng.choice([None, 5_000_000, 900_000_000]),
        },
        "system": {
            "is_ai_system": rng.choice([True, True, True, None]),
            "roles": {"deployer": flag(), "provider": rng.choice([False, None])},
            "exclusions": {"placed_or_used_in_eu": True},
            "annex_iii": {"points": rng.choice([[], [rng.choice(points)], None])},
            "derogation": {"profiling": flag()},
            "transparency": {"interacts_directly_with_persons": flag()},
            "placed_on_market": rng.choice([None, "2024-05-01", "2027-01-01", "2028-03-01"]),
        },
    }


def test_thousand_systems_with_progress(tmp_path: Path) -> None:
    rng = random.Random(1530)
    inventory = tmp_path / "inventory.yaml"
    inventory.write_text(
        yaml.safe_dump({"cases": [_random_case(rng, i) for i in range(1000)]}), encoding="utf-8"
    )
    pytest.importorskip("click")
    from click.testing import CliRunner

    from aiact.cli import main

    out = tmp_path / "portfolio.json"
    result = CliRunner().invoke(
        main, ["portfolio", str(inventory), "--out", str(out), "--progress"]
    )
    assert result.exit_code == 0, result.output
    assert "1000/1000" in result.stderr  # the progress bar reached the end
    assert "1000 systems" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["systems"] == 1000 and not data["errors"]
    assert sum(data["tiers"].values()) == 1000


def test_outputs(tmp_path: Path) -> None:
    result = run_portfolio(load_inventory(EXAMPLES / "inventory.yaml"), lang="nl")
    # On 28 Nov 2026 (Art. 113, third paragraph, point (c)(i)): high-risk only from 2 Dec 2027.
    assert result.rows()[0]["risk_tier_label"] == "minimaal risico"
    csv_text = result.write(tmp_path / "p.csv", "en").read_text(encoding="utf-8")
    assert csv_text.splitlines()[0] == ",".join(SUMMARY_COLUMNS)  # machine names in English
    dutch = result.write(tmp_path / "nl.csv").read_text(encoding="utf-8")
    assert dutch.splitlines()[0].startswith("Naam,Organisatie,")  # words in Dutch
    assert len(csv_text.splitlines()) == 11
    with pytest.raises(ValueError, match="unknown output format"):
        result.write(tmp_path / "p.pdf")


def test_dataframes() -> None:
    pytest.importorskip("pandas")
    from decimal import Decimal

    result = run_portfolio(load_inventory(EXAMPLES / "inventory.yaml"))
    frame = result.to_dataframe()
    assert len(frame) == 10 and list(frame.columns) == list(SUMMARY_COLUMNS)
    assert Decimal("15000000") in set(frame["max_fine_eur"].dropna())
    assert len(result.deadlines_dataframe()) == len(result.deadlines())


def test_an_unnamed_row_is_named_by_its_number_in_every_language() -> None:
    """A case without a name is called by its row number ("#2"), not "case 2": the name is data
    in the exports and shows in Dutch output as it is (round 23)."""
    named = Case.model_validate(
        {"name": "a", "as_of": "2026-11-28", "organisation": {}, "system": {"is_ai_system": True}}
    )
    unnamed = Case.model_validate(
        {"as_of": "2026-11-28", "organisation": {}, "system": {"is_ai_system": True}}
    )
    for lang in ("en", "nl"):
        rows = run_portfolio([named, unnamed], lang=lang).rows()
        assert [row["name"] for row in rows] == ["a", "#2"]
    entries = parse_inventory_csv("name,system.is_ai_system\n,notabool\n", source="inline")
    assert entries[0].name == "#1" and entries[0].error is not None
