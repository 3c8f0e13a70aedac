"""The load benchmark of the service runs (quick mode: a few seconds, one worker): CI exercises
the harness; the figures of a quick run are not meaningful and only the absence of errors is
asserted."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the service needs the 'server' extra")

ROOT = Path(__file__).resolve().parents[1]


def test_the_load_benchmark_quick_mode(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks import serve
    finally:
        sys.path.remove(str(ROOT))
    out = tmp_path / "serve.json"
    assert serve.main(["--quick", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    for key in ("levels", "interview_levels"):  # POST /v1/assessments, POST /v1/interviews
        assert [level["concurrency"] for level in report[key]] == [1, 4]
        for level in report[key]:
            assert level["requests"] > 0 and level["errors"] == 0, level
    assert report["rss_mib_total_after"] > 0
