"""Atomic output (issue 14, item 6): every file the library and the CLI write is written to a
temporary file in the same folder and renamed over the target, so a failed or interrupted write
leaves the old file intact and no partial file; spreadsheet text is sanitised; ``--png`` without a
suffix writes exactly the named path; an unwritable output (``/dev/full``) exits 1 with one line.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_util import DATA, ROOT

from aiact.case import load_case
from aiact.cli import main
from aiact.portfolio import PortfolioResult, cell_text, load_inventory, run_portfolio
from aiact.safe_io import atomic_path, atomic_write

EXAMPLES = ROOT / "examples"
FRAUD = EXAMPLES / "benefits-fraud-risk-scoring.yaml"


def _result() -> PortfolioResult:
    return run_portfolio(load_inventory(EXAMPLES / "inventory.yaml"))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)


def test_atomic_write_replaces_and_keeps_mode_and_symlinks(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    atomic_write(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_a_failed_rewrite_leaves_the_old_result(
    tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _result()
    target = tmp_path / f"result{suffix}"
    result.write(target)
    before = target.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("aiact.safe_io.os.fsync", full)
    with pytest.raises(OSError, match="No space"):
        result.write(target)
    assert target.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_an_interrupted_xlsx_write_leaves_no_partial_workbook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl.workbook.workbook import Workbook

    result = _result()
    target = tmp_path / "result.xlsx"

    def interrupted(self: Workbook, filename: object) -> None:
        Path(str(filename)).write_bytes(b"PK\x03\x04 half a workbook")
        raise KeyboardInterrupt  # Ctrl-C in the middle of writing the workbook

    monkeypatch.setattr(Workbook, "save", interrupted)
    with pytest.raises(KeyboardInterrupt):
        result.write(target)
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_atomic_path_removes_the_temporary_file_on_any_exception(tmp_path: Path) -> None:
    target = tmp_path / "x.bin"
    with pytest.raises(RuntimeError), atomic_path(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError
    assert not target.exists() and _leftovers(tmp_path) == []


def test_xlsx_cell_text_is_sanitised(tmp_path: Path) -> None:
    import openpyxl

    folder = tmp_path / "inv"
    folder.mkdir()
    for name in ("control-character-name.yaml", "formula-name.yaml"):
        shutil.copy(DATA / name, folder / name)
    (folder / "inv.yaml").write_text(
        "cases:\n  - file: control-character-name.yaml\n  - file: formula-name.yaml\n",
        encoding="utf-8",
    )
    result = run_portfolio(load_inventory(folder / "inv.yaml"))
    assert not result.errors
    out = tmp_path / "out.xlsx"
    result.write(out)
    sheet = openpyxl.load_workbook(out)["summary"]
    names = [sheet.cell(row=r, column=1).value for r in (2, 3)]
    assert names[0] == "bell\ufffd and escape\ufffd"
    assert names[1] == '\'=HYPERLINK("http://x")'
    assert sheet.cell(row=3, column=1).data_type == "s"  # text, never a formula
    assert cell_text(5) == 5 and cell_text("a\x00b") == "a\ufffdb"


def test_png_without_a_suffix_writes_exactly_that_path(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "plan"
    result = CliRunner().invoke(main, ["plan", str(FRAUD), "--png", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not (tmp_path / "plan.png").exists()
    assert _leftovers(tmp_path) == []
    bad = CliRunner().invoke(main, ["plan", str(FRAUD), "--png", str(tmp_path / "plan.jpg")])
    assert bad.exit_code == 2 and "unknown format" in bad.output
    assert not (tmp_path / "plan.jpg").exists()


def test_plan_save_refuses_an_unknown_suffix(tmp_path: Path) -> None:
    from aiact.graph import plan

    p = plan(load_case(FRAUD).assess())
    with pytest.raises(ValueError, match="unknown format"):
        p.save(str(tmp_path / "x.gif"))


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize(
    "args",
    [
        ["assess", str(FRAUD), "--format", "json", "--out", "/dev/full"],
        ["timeline", "--ics", "/dev/full"],
    ],
)
def test_writing_to_dev_full_exits_1_with_one_line(args: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "aiact", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("aiact: error")]
    assert len(lines) == 1 and "No space left on device" in lines[0]
    assert Path("/dev/full").exists() and not Path("/dev/full").is_file()  # never replaced


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_stdout_to_dev_full_exits_1_with_one_line() -> None:
    with open("/dev/full", "w", encoding="utf-8") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "aiact", "assess", str(FRAUD), "--format", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            cwd=ROOT,
        )
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0 and "cannot write" in proc.stderr


def test_portfolio_out_to_a_missing_folder_exits_1_with_one_line(tmp_path: Path) -> None:
    out = tmp_path / "missing" / "out.json"
    result = CliRunner().invoke(
        main, ["portfolio", str(EXAMPLES / "inventory.yaml"), "--out", str(out), "--no-progress"]
    )
    assert result.exit_code == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.output
    assert not out.parent.exists()


def test_writers_use_the_atomic_helpers() -> None:
    """Every writer of aiact goes through safe_io: no direct write_text, write_bytes, savefig or
    ExcelWriter on a user's path outside aiact/safe_io.py."""
    offenders = []
    for path in (ROOT / "aiact").rglob("*.py"):
        if path.name == "safe_io.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            for needle in (".write_text(", ".write_bytes(", "ExcelWriter(", ".savefig("):
                if needle in code and "temp" not in code and "buffer" not in code:
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []
    assert os.path.exists(ROOT / "aiact" / "safe_io.py")
