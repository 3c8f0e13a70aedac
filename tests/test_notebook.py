"""The tutorial notebook executes, and its rendered output says what the text promises."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")

DOCS = Path(__file__).resolve().parent.parent / "docs"
NOTEBOOK = DOCS / "tutorial.ipynb"


@pytest.fixture(scope="module")
def executed() -> Any:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(DOCS)}}
    )
    client.execute()
    return nb


def _outputs(nb: Any) -> list[str]:
    texts = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        chunk = []
        for output in cell.get("outputs", []):
            assert output.output_type != "error", f"{output.ename}: {output.evalue}"
            if output.output_type == "stream":
                # A busy kernel may split one print into several stream messages: join them.
                if chunk and chunk[-1].endswith("\x00stream"):
                    chunk[-1] = chunk[-1].removesuffix("\x00stream") + output.text + "\x00stream"
                else:
                    chunk.append(output.text + "\x00stream")
            else:
                data = output.get("data", {})
                chunk.append(
                    data.get("text/html") or data.get("text/markdown") or data.get("text/plain", "")
                )
        texts.append("\n".join(c.removesuffix("\x00stream") for c in chunk))
    return texts


def test_notebook_is_stored_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")


def test_notebook_executes_and_renders(executed: Any) -> None:
    outputs = _outputs(executed)
    text = "\n".join(outputs)
    assert "risk tier: undetermined" in text  # step 1: partial facts
    assert "high-risk? True" in text
    assert "Annex III, point 5(a)" in text  # the derivation, linked
    assert "eur-lex.europa.eu" in text
    assert "high_risk | open questions: 0" in text  # step 3: the complete case
    assert "AI-systeem met een hoog risico" in text  # the Dutch HTML view
    assert "gebruiksverantwoordelijke" in text
    assert "art27_1" in text  # the DataFrame
    assert "2030-08-02 -> None" in text  # the A3 counterfactual
    assert "as published" in text  # the original law
    assert "'prohibited': 1" in text  # the portfolio
    assert "# Beoordeling AI-verordening" in text  # the Markdown hand-over
    # Classified high-risk; the tier on the case's date (28 Nov 2026) is minimal until
    # 2 Dec 2027 (Art. 113, third paragraph, point (c)(i)).
    assert "'classification_tier_label': 'AI-systeem met een hoog risico'" in text
    assert "high-risk AI system from 2027-12-02" in text


def test_notebook_renders_to_html(executed: Any) -> None:
    nbconvert = pytest.importorskip("nbconvert")
    body, _ = nbconvert.HTMLExporter().from_notebook_node(executed)
    assert "Tutorial: is our AI system high-risk" in body
    assert "aiact-assessment" in body and "aiact-derivation" in body
