"""Where the shared reference material lies: ``../shared/reference`` beside the checkout (CI has
it). Tests that read it skip with a clear reason where it is absent."""

from __future__ import annotations

from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "shared" / "reference"
