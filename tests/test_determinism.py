"""Determinism: the same input gives byte-identical JSON, within one process and across fresh
processes with different hash seeds (no set or dict order leaks into the output)."""

from __future__ import annotations

import os
import subprocess
import sys

from hypothesis import given

from aiact.case import Case
from aiact.testing import strategies as ais

SCRIPT = """
import sys
from aiact.case import Case
for text in sys.stdin.read().split("\\n=====\\n"):
    if text.strip():
        sys.stdout.write(Case.model_validate_json(text).assess().to_json() + "\\n=====\\n")
"""


@given(ais.cases())
def test_the_same_input_gives_byte_identical_json(case: Case) -> None:
    first = case.assess().to_json()
    assert case.assess().to_json() == first
    assert case.model_copy(deep=True).assess().to_json() == first


def _in_fresh_process(texts: list[str], seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input="\n=====\n".join(texts),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=True,
        timeout=300,
    )
    return done.stdout


def test_fresh_processes_with_different_hash_seeds_give_identical_json() -> None:
    from hypothesis import HealthCheck, settings
    from hypothesis import strategies as st

    collected: list[str] = []

    @settings(max_examples=40, database=None, suppress_health_check=list(HealthCheck))
    @given(ais.cases())
    def collect(case: Case) -> None:
        collected.append(case.model_dump_json())

    collect()
    del st
    outputs = {_in_fresh_process(collected, seed) for seed in ("0", "1", "12345", "random")}
    assert len(outputs) == 1
    assert outputs.pop().count("=====") == len(collected)
