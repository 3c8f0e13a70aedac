"""The benchmark harness runs (quick mode, a few seconds): CI exercises it; the figures of a
quick run are not meaningful and are not asserted."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_harness_quick_mode(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks import run
    finally:
        sys.path.remove(str(ROOT))
    out = tmp_path / "report.json"
    assert run.main(["--quick", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["quick"] is True
    native = report["latency"]["native"]
    assert native["with_derivations"]["n"] > 0
    assert report["throughput_generated"]["per_second"] > 0
    assert report["memory"]["n"] > 0
    assert report["import_aiact"]["median_s"] > -1
    assert report["frame"]["tier_and_obligations"]["rows_per_second"] > 0
