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


def test_phase_timer_runs_and_its_cases_read_back(tmp_path: Path) -> None:
    """benchmarks/phases.py (the phase timer of round 8): a tiny run works, and the case JSON its
    --ab workers read gives back the same cases."""
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks import phases
    finally:
        sys.path.remove(str(ROOT))
    assert phases.main(["--n", "3", "--warm-up", "1"]) == 0
    warm, timed = phases.make_cases(3, 1, seed=7)
    cases_file = tmp_path / "cases.jsonl"
    phases.write_cases(cases_file, [*warm, *timed])
    assert phases.make_cases(3, 1, seed=7, cases_file=str(cases_file)) == (warm, timed)
    totals = [0] * len(phases.PHASES)
    phases.timed_full(timed[0], totals)
    assert all(t >= 0 for t in totals) and sum(totals) > 0


def test_floor_harness_runs_and_makes_equal_objects() -> None:
    """benchmarks/floor.py (the floor of round 11): a tiny run works, and every object it makes
    again from the recorded arguments equals the one the assessment made (``--check``)."""
    import gc

    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks import floor
    finally:
        sys.path.remove(str(ROOT))
    assert floor.main(["--n", "3", "--warm-up", "1", "--repeat", "1", "--check"]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == 0
