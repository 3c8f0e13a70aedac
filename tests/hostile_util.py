"""Helpers of the hostile-input tests: run code in a subprocess under a memory cap."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the benchmarks package (benchmarks/fuzz.py, register_scale.py)
    sys.path.insert(0, str(ROOT))
DATA = Path(__file__).resolve().parent / "data" / "hostile"

#: The address-space cap of a capped subprocess: Python, pydantic and aiact take about 300 MiB
#: of address space; a regression that expands an alias bomb or reads /dev/zero runs into the
#: cap (MemoryError, non-zero exit) instead of into the machine.
MEMORY_CAP = 768 * 1024 * 1024


@dataclass(frozen=True)
class Capped:
    returncode: int
    stdout: str
    stderr: str
    seconds: float


def run_capped(
    code: str, *, cap: int = MEMORY_CAP, timeout: float = 60.0, args: list[str] | None = None
) -> Capped:
    """Run Python ``code`` (or ``-m aiact args``) in a subprocess with RLIMIT_AS = ``cap``."""

    def limit() -> None:  # pragma: no cover - runs in the child
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    command = [sys.executable, "-m", "aiact", *args] if args else [
        sys.executable, "-c", textwrap.dedent(code)
    ]  # fmt: skip
    start = time.perf_counter()
    proc = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
        cwd=ROOT,
        check=False,
    )
    return Capped(proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - start)
