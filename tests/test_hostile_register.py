"""The register at scale (issue 14, item 8): the reader streams, so memory stays flat whatever
the number of entries. CI generates a 20,000-entry export; the million-entry figure is from
benchmarks/register_scale.py (docs/testing.md)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hostile_util import ROOT, run_capped

from aiact.interop.register import (
    iter_assess_register,
    iter_register_json,
    iter_summary_results,
    summarise,
)
from benchmarks.register_scale import write_export

AS_OF = dt.date(2026, 11, 28)


def test_memory_stays_flat_over_a_generated_export(tmp_path: Path) -> None:
    """Peak RSS after 1,000 entries and after 20,000 differ by less than 16 MiB (every
    assessment kept would be about 125 KB each: 2.4 GB), under a 768 MiB address-space cap."""
    path = tmp_path / "algoritmes.json"
    write_export(path, 20_000)
    result = run_capped(
        f"""
        import sys, json
        sys.path.insert(0, {str(ROOT)!r})
        from benchmarks.register_scale import measure
        import datetime as dt
        print(json.dumps(measure(__import__("pathlib").Path({str(path)!r}), dt.date(2026, 11, 28))))
        """,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["entries"] == 20_000 and report["not_assessed"] == 20
    assert report["rss_peak_mib"] - report["rss_after_1000_mib"] < 16, report


def test_shared_assessments_give_the_same_summary(tmp_path: Path) -> None:
    path = tmp_path / "algoritmes.json"
    write_export(path, 1_500)
    full = summarise(iter_assess_register(iter_register_json(path), AS_OF))
    shared = summarise(iter_summary_results(iter_register_json(path), AS_OF))
    assert full == shared
    assert full.entries == 1_500 and full.not_assessed == 1


def test_the_reader_yields_before_the_file_ends(tmp_path: Path) -> None:
    """Streaming: the first entry arrives after reading one chunk, not the whole file."""
    path = tmp_path / "algoritmes.json"
    write_export(path, 5_000)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("garbage after the document")  # never reached before the first entry
    entries = iter_register_json(path)
    first = next(entries)
    assert first.id == "10000000"
