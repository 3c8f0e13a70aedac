"""Where the shared reference material lies: ``../shared/reference`` beside the checkout (CI has
it), or the folder named by the environment variable ``AIACT_REFERENCE_DIR``. Tests that read it
skip with a clear reason where it is absent, and the test run says so at its start and its end
(``conftest.py``), so that a run without it is never mistaken for a full one."""

from __future__ import annotations

import os
from pathlib import Path

REFERENCE_DIR = Path(
    os.environ.get("AIACT_REFERENCE_DIR")
    or Path(__file__).resolve().parents[2] / "shared" / "reference"
)


def absent_warning() -> str | None:
    """The warning a test run prints where the reference material is absent, else None."""
    if REFERENCE_DIR.is_dir():
        return None
    return (
        f"WARNING: the shared reference material is absent ({REFERENCE_DIR}): the tests that "
        "quote the law, the glossary, the beslishulp or the algoritmekader skip. Link ../shared "
        "beside the checkout or set AIACT_REFERENCE_DIR."
    )
