"""Every code block of the README and the documentation runs, and the Python ones pass
``mypy --strict``: documentation cannot drift from the code.

- ``python`` blocks of one page run in order in one interpreter (a later block may use names of an
  earlier one), from the repository root, so ``examples/...`` paths work.
- ``bash`` blocks: every ``aiact ...`` command runs (in a scratch directory that sees
  ``examples/``) and must exit 0; every ``pip install`` names extras that exist.
- A block preceded by ``<!-- not-run: REASON -->`` is skipped (an interactive command, say); the
  reason is reported.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(
    [ROOT / "README.md"]
    + [p for p in (ROOT / "docs").rglob("*.md") if "articles" not in p.relative_to(ROOT).parts]
)
FENCE = re.compile(
    r"(?P<marker><!--\s*not-run:\s*(?P<reason>[^>]*?)\s*-->\s*\n)?^```(?P<lang>\w+)[^\n]*\n"
    r"(?P<body>.*?)^```\s*$",
    re.S | re.M,
)


@dataclass(frozen=True)
class Block:
    page: Path
    lang: str
    body: str
    line: int
    skip: str | None

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    return [
        Block(
            page,
            m.group("lang"),
            m.group("body"),
            text.count("\n", 0, m.start("body")) + 1,
            m.group("reason"),
        )
        for m in FENCE.finditer(text)
    ]


ALL = [b for page in PAGES for b in blocks(page)]
PYTHON_PAGES = sorted({b.page for b in ALL if b.lang == "python" and b.skip is None})
BASH = [b for b in ALL if b.lang in ("bash", "sh", "shell") and b.skip is None]


def _script(page: Path) -> str:
    parts = []
    for block in blocks(page):
        if block.lang == "python" and block.skip is None:
            parts.append(f"# --- {block.where}\n{block.body}")
    return "\n".join(parts)


def test_the_pages_have_code() -> None:
    assert PYTHON_PAGES and BASH
    assert ROOT / "README.md" in PYTHON_PAGES


@pytest.mark.parametrize("page", PYTHON_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_python_blocks_run(page: Path, tmp_path: Path) -> None:
    script = tmp_path / "doc_example.py"
    script.write_text(_script(page), encoding="utf-8")
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, f"{page.name}:\n{proc.stderr[-3000:]}"


def test_python_blocks_pass_mypy_strict(tmp_path: Path) -> None:
    if shutil.which("mypy") is None and not _has_module("mypy"):
        pytest.skip("mypy is not installed (pip install 'aiact[test]')")
    files = []
    for index, page in enumerate(PYTHON_PAGES):
        path = tmp_path / f"doc_{index}_{re.sub(r'[^a-z0-9]', '_', page.stem.lower())}.py"
        path.write_text(_script(page), encoding="utf-8")
        files.append(str(path))
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:]


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def _extras() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(data["project"]["optional-dependencies"])


def _commands(block: Block) -> list[str]:
    """The commands of a bash block: lines joined at ``\\``, split at ``&&``, comments dropped."""
    text = block.body.replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#") or line.startswith("$"):
            continue
        out.extend(part.strip() for part in line.split("&&") if part.strip())
    return out


def test_pip_install_lines_name_real_extras() -> None:
    extras = _extras()
    seen = 0
    for block in BASH:
        for command in _commands(block):
            if "pip install" not in command:
                continue
            for group in re.findall(r"\[([a-z0-9_,-]+)\]", command):
                seen += 1
                unknown = set(group.split(",")) - extras
                assert not unknown, f"{block.where}: unknown extra {unknown} in {command!r}"
    assert seen


AIACT_COMMANDS = [
    (block, command)
    for block in BASH
    for command in _commands(block)
    if command.startswith(("aiact ", "python -m aiact", "python3 -m aiact"))
]


@pytest.mark.parametrize(
    ("block", "command"),
    AIACT_COMMANDS,
    ids=[f"{b.where}:{c[:50]}" for b, c in AIACT_COMMANDS],
)
def test_documented_commands_run(block: Block, command: str, tmp_path: Path) -> None:
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    words = shlex.split(command.split(">", 1)[0]) if ">" in command else shlex.split(command)
    words = words[1:] if words[0] == "aiact" else words[3:]
    env = {**os.environ, "MPLBACKEND": "Agg", "COLUMNS": "100", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "aiact", *words],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, f"{block.where}: {command}\n{proc.stderr[-2000:]}"
