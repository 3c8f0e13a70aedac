"""Writing a benchmark's report: JSON text, written atomically (an interrupted run leaves the
previous report whole, never half a file)."""

from __future__ import annotations

import json
import os
from typing import Any

from aiact.safe_io import atomic_write


def report_text(report: Any, *, sort_keys: bool = False, as_text: bool = False) -> str:
    """The report as indented JSON with a final newline (non-ASCII kept; ``as_text``: values JSON
    does not know, such as dates, as their text)."""
    return (
        json.dumps(
            report,
            indent=2,
            ensure_ascii=False,
            sort_keys=sort_keys,
            default=str if as_text else None,
        )
        + "\n"
    )


def write_report(
    path: str | os.PathLike[str] | None,
    report: Any,
    *,
    sort_keys: bool = False,
    as_text: bool = False,
) -> str:
    """:func:`report_text`, written atomically to ``path`` when one is given; the text."""
    text = report_text(report, sort_keys=sort_keys, as_text=as_text)
    if path:
        atomic_write(path, text)
    return text
