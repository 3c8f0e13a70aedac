"""The register at scale (issue 14): stream a generated Algoritmeregister export of N entries
through read, assess and summarise, and report time and peak memory. Not CI.

    nice .venv/bin/python benchmarks/register_scale.py --entries 1000000 --json out.json

The export is generated in a temporary folder (``--keep`` keeps it) from the shapes of the real
register (organisation names of every type, statuses, declared categories, a bad entry every
1,000), written as one JSON document ``{"algoritmes": [...]}`` of about 300 bytes an entry.
Peak memory is the process's maximum resident set size (``ru_maxrss``) measured after a warm-up
of 1,000 entries and at the end: flat memory means the two are close whatever N is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.report import write_report  # noqa: E402

ORGANISATIONS = [
    "Gemeente Amsterdam", "Gemeente Utrecht", "Provincie Groningen", "Waterschap Vallei en Veluwe",
    "Ministerie van Financiën", "Belastingdienst", "Stichting Halt", "Liander N.V.",
    "Omgevingsdienst Noordzeekanaalgebied", "Veiligheidsregio Twente", "Iets Onbekends",
]  # fmt: skip
STATUSES = ["in_gebruik", "in_ontwikkeling", "buiten_gebruik", ""]


def rows(n: int) -> Iterator[dict[str, object]]:
    for i in range(n):
        if i % 1000 == 999:
            yield {"id": str(i), "title": f"Kapot {i}", "organisatie": "", "status": "x"}
            continue
        yield {
            "id": str(10_000_000 + i),
            "title": f"Algoritme {i}",
            "organisatie": ORGANISATIONS[i % len(ORGANISATIONS)],
            "status": STATUSES[(i // 7) % len(STATUSES)],
            "doel": "Ondersteunt medewerkers bij het beoordelen van aanvragen. " * (1 + i % 3),
            "url": f"https://algoritmes.overheid.nl/nl/algoritme/{10_000_000 + i}",
        }


def write_export(path: Path, n: int) -> int:
    with path.open("w", encoding="utf-8") as handle:
        handle.write(f'{{"count": {n}, "algoritmes": [')
        for i, row in enumerate(rows(n)):
            handle.write(("," if i else "") + json.dumps(row, ensure_ascii=False))
        handle.write('], "fetched_at": "2026-11-28"}\n')
    return path.stat().st_size


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(path: Path, as_of: dt.date) -> dict[str, object]:
    from aiact.interop.register import iter_register_json, iter_summary_results, summarise

    warm: dict[str, float] = {}

    def counted() -> Iterator[object]:
        for index, entry in enumerate(iter_register_json(path)):
            if index == 1000:
                warm["rss_mib"] = rss_mib()
                warm["t"] = time.perf_counter()
            yield entry

    start = time.perf_counter()
    summary = summarise(iter_summary_results(counted(), as_of))  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    return {
        "entries": summary.entries,
        "assessed": summary.assessed,
        "not_assessed": summary.not_assessed,
        "seconds": round(elapsed, 1),
        "per_second": round(summary.entries / elapsed, 1),
        "rss_after_1000_mib": round(warm.get("rss_mib", rss_mib()), 1),
        "rss_peak_mib": round(rss_mib(), 1),
        "by_implied_category": summary.by_implied_category,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--json", help="write the report to this file")
    parser.add_argument("--keep", action="store_true", help="keep the generated export")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="aiact-register-"))
    path = folder / "algoritmes.json"
    start = time.perf_counter()
    size = write_export(path, args.entries)
    report: dict[str, object] = {
        "export_bytes": size,
        "generation_s": round(time.perf_counter() - start, 1),
        **measure(path, dt.date(2026, 11, 28)),
    }
    if not args.keep:
        path.unlink()
        folder.rmdir()
    print(write_report(args.json, report), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
