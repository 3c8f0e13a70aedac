"""A test run without the shared reference material says so (tests/reference.py, conftest.py):
a helper's worktree once ran without it and its law-quoting tests skipped unnoticed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(tmp_path: Path, reference: str) -> str:
    test = tmp_path / "test_one.py"
    test.write_text("def test_nothing() -> None:\n    pass\n", encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            str(test),
            "--rootdir",
            str(ROOT),
            "-c",
            str(ROOT / "pyproject.toml"),
            "--confcutdir",
            str(ROOT / "tests"),
            "-p",
            "tests.conftest",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={
            "AIACT_REFERENCE_DIR": reference,
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": f"{ROOT}:{ROOT / 'tests'}",
        },
    )
    return done.stdout + done.stderr


def test_an_absent_reference_folder_is_named_at_the_start_and_the_end(tmp_path: Path) -> None:
    out = _run(tmp_path, str(tmp_path / "nowhere"))
    assert out.count("the shared reference material is absent") == 2, out
    assert "tests skipped in all" in out


def test_a_present_reference_folder_gives_no_warning(tmp_path: Path) -> None:
    (tmp_path / "here").mkdir()
    out = _run(tmp_path, str(tmp_path / "here"))
    assert "absent" not in out, out
    assert "1 passed" in out
