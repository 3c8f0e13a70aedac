"""Shared test configuration: hypothesis profiles.

``HYPOTHESIS_PROFILE=ci`` (set by .ci/run) runs enough examples to be meaningful in bounded time;
``dev`` (the default) runs fewer for a quick local loop; ``thorough`` runs many more.

A run without the shared reference material (``tests/reference.py``) says so at its start and end.
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings
from reference import absent_warning

settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def pytest_report_header(config: Any) -> list[str]:
    warning = absent_warning()
    return [] if warning is None else [warning]


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: Any) -> None:
    warning = absent_warning()
    if warning is not None:
        skipped = len(terminalreporter.stats.get("skipped", []))
        terminalreporter.write_line(f"{warning} ({skipped} tests skipped in all)", yellow=True)
