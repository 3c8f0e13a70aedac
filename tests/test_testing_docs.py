"""The worked example of docs/testing.md runs (so the documentation cannot rot)."""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "testing.md"


def test_the_worked_example_in_docs_testing_md_runs() -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert blocks, "docs/testing.md has no python example"
    for block in blocks:
        exec(compile(block, str(DOC), "exec"), {"__name__": "docs_testing"})
