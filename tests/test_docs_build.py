"""The documentation builds with ``mkdocs build --strict`` and the article pages are generated
from the catalogue."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _gen() -> object:
    spec = importlib.util.spec_from_file_location("gen_articles", DOCS / "gen_articles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_article_pages_cover_the_catalogue(tmp_path: Path) -> None:
    from aiact.obligations import catalogue

    gen = _gen()
    pages = gen.generate(tmp_path)  # type: ignore[attr-defined]
    names = {p.name for p in pages}
    for obligation in catalogue():
        if obligation.ref.act == "2024/1689":
            assert f"{gen.slug(obligation.ref.article_ref())}.md" in names  # type: ignore[attr-defined]
    art26 = pages[tmp_path / "art-26.md"]
    assert "art26_8" in art26
    assert "## Rules" in pages[tmp_path / "art-6.md"]
    assert "## Tests that cite it" in art26


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    if shutil.which("mkdocs") is None and importlib.util.find_spec("mkdocs") is None:
        pytest.skip("mkdocs is not installed (pip install 'aiact[docs]')")
    for module in ("material", "mkdocstrings_handlers", "mkdocs_jupyter"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed (pip install 'aiact[docs]')")
    work = tmp_path / "project"
    shutil.copytree(DOCS, work / "docs")
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    (work / "examples").symlink_to(ROOT / "examples")  # the tutorial notebook reads them
    subprocess.run(
        [
            sys.executable,
            str(work / "docs" / "gen_articles.py"),
            "--out",
            str(work / "docs" / "articles"),
        ],
        check=True,
        cwd=ROOT,
    )
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "MPLBACKEND": "Agg"},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    site = tmp_path / "site"
    assert (site / "index.html").exists()
    assert (site / "articles" / "art-26" / "index.html").exists()
    assert "Artikel 26" in (site / "articles" / "art-26" / "index.html").read_text(encoding="utf-8")
    # The API reference is generated from the docstrings.
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    assert "aiact.api.assess" in api and "Assess an AI system for an organisation" in api
    assert "is_undetermined" in api and "fill_workbook" in api
    # The tutorial notebook is rendered, executed, with the plan drawn as a picture.
    tutorial = (site / "tutorial" / "index.html").read_text(encoding="utf-8")
    assert "Tutorial: is our AI system high-risk" in tutorial
    assert "aiact-derivation" in tutorial and "data:image/png;base64" in tutorial
    assert (site / "nl" / "index.html").exists()
