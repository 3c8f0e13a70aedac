"""The ``file:`` rows of an inventory, as a user reads their errors (round 24, from review79's
remarks): the Dutch says as much as the English (which folder, what to give), a ``file:`` row
with other keys is refused for what it is, and the summary links a row's label ("#2") to the
path its error lines name ("rows[1]")."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from aiact.assessment import Lang
from aiact.cli import main
from aiact.portfolio import load_inventory, run_portfolio

_CASE = {"name": "Goed", "organisation": {}, "system": {"is_ai_system": True}}


def _inventory(tmp_path: Path) -> Path:
    folder = tmp_path / "inv"
    folder.mkdir(parents=True)
    (tmp_path / "buiten.yaml").write_text(yaml.safe_dump(_CASE), encoding="utf-8")
    (folder / "binnen.yaml").write_text(yaml.safe_dump(_CASE), encoding="utf-8")
    cases = [
        {"file": "../buiten.yaml"},
        {"file": str(tmp_path / "buiten.yaml")},
        {"name": "Met naam", "file": "binnen.yaml"},
        {"file": "binnen.yaml"},
    ]
    inventory = folder / "inventaris.yaml"
    inventory.write_text(yaml.safe_dump({"cases": cases}), encoding="utf-8")
    return inventory


def _texts(tmp_path: Path, lang: Lang) -> dict[int, str | None]:
    result = run_portfolio(list(load_inventory(_inventory(tmp_path))), lang=lang)
    return {e.index: e.error_text(lang) for e in result.errors}


def test_the_dutch_names_the_folder_and_what_to_give(tmp_path: Path) -> None:
    """review79: "een genoemd bestand ligt buiten de toegestane map" said less than the English
    ("the file lies outside the inventory's folder"); the absolute path read "dit is hier niet
    toegestaan (een YAML-tag, een absoluut pad ...)"."""
    nl = _texts(tmp_path / "nl", "nl")
    assert nl[0] == (
        "veld rows[0].file: het bestand ligt buiten de map van de inventaris: geef het pad naar "
        "een bestand in die map"
    )
    assert nl[1] == (
        "veld rows[1].file: een absoluut pad is niet toegestaan: geef het pad vanuit de map van "
        "de inventaris"
    )
    en = _texts(tmp_path / "en", "en")
    assert "outside the inventory's folder: give a path to a file within that folder" in str(en[0])
    assert "an absolute path is not allowed" in str(en[1])


def test_a_file_row_with_other_keys_is_refused_for_what_it_is(tmp_path: Path) -> None:
    """``{name: ..., file: ...}`` was read as an inline case and refused with "unknown field
    'file'", though ``file`` is the one key such a row has."""
    nl = _texts(tmp_path / "nl", "nl")
    en = _texts(tmp_path / "en", "en")
    assert nl[2] == (
        "veld rows[2].name: een regel met 'file' heeft geen andere sleutels (gevonden: 'name'): "
        "zet ze in het casusbestand"
    )
    assert "a 'file' entry has no other keys (found 'name'): put them in the case file" in str(
        en[2]
    )
    assert "unknown field" not in str(en[2])
    assert 3 not in nl  # the plain file row is read


def test_the_summary_links_the_label_to_the_path(tmp_path: Path) -> None:
    """An unnamed row is "#2" (counted from 1) and its errors name "rows[1]" (counted from 0):
    the summary's error cell names the path, so the two can be matched."""
    inventory = _inventory(tmp_path)
    for lang, cell in (("nl", "Fout: veld rows[1]"), ("en", "Error: field rows[1]")):
        done = CliRunner().invoke(
            main,
            ["portfolio", "--lang", lang, "--no-progress", str(inventory)],
            env={"COLUMNS": "80"},
        )
        lines = done.output.splitlines()
        at = lines.index("#2")
        assert cell in lines[at + 1], lines[at : at + 2]
