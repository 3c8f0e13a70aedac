"""Same input, same output: a counterexample depends on the property alone, not on what the
process proved before (the solver's history) or on the hash seed.

A minimal counterexample is rarely unique, and which one a solver returns depends on the terms
it created before and in what order: the grace-period property below gave a case stating
``placed_on_market`` when proved alone and one stating ``put_into_service`` (with other facts)
after the ported invariants. :func:`aiact.verify.cases.least_model` now picks the least of
the minimal cases by the constraints alone. Here the same proofs run in a fresh process, in a
process that proved other things first (this one: after whatever the test session proved, and
in the other order), under two PYTHONHASHSEED values, and their case files must be identical.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("z3", reason="the verify extra (z3-solver) is not installed")

from aiact.case import dump_case
from aiact.verify import prove
from aiact.verify.invariants import INVARIANTS
from aiact.versions import LawVersion

GRACE = "true(legacy.art111_2_grace) implies placed_on_market < 2027-12-02"
"""Art. 111(2): false as stated, a system first placed on or after 2 Dec 2027 can be in the
grace period (the cut-off is later for Annex I systems)."""

PAIR = "Annex III point never lowers the tier"
"""A two-case finding (:data:`aiact.verify.invariants.INVARIANTS`): its counterexample is a
pair of cases."""

_SCRIPT = """
import json
from aiact.case import dump_case
from aiact.verify import prove
from aiact.verify.invariants import INVARIANTS
from aiact.versions import LawVersion

grace = prove({grace!r}, law="amended").counterexample
invariant = next(i for i in INVARIANTS if i.name == {pair!r})
pair = invariant.run("system", LawVersion.ORIGINAL, None).counterexample
print(json.dumps({{
    "grace": {{"case": dump_case(grace.case), "stated": list(grace.stated)}},
    "pair": {{"first": dump_case(pair.case), "second": dump_case(pair.second)}},
}}))
"""
"""The two proofs alone in a fresh process (the grace property first)."""


def _grace() -> dict[str, object]:
    example = prove(GRACE, law="amended").counterexample
    assert example is not None
    return {"case": dump_case(example.case), "stated": list(example.stated)}


def _pair() -> dict[str, object]:
    invariant = next(i for i in INVARIANTS if i.name == PAIR)
    example = invariant.run("system", LawVersion.ORIGINAL, None).counterexample
    assert example is not None and example.second is not None
    return {"first": dump_case(example.case), "second": dump_case(example.second)}


def _fresh_process() -> dict[str, object]:
    """The proofs in a fresh process, under another hash seed than this one's (random when
    PYTHONHASHSEED is not set)."""
    seed = "1" if os.environ.get("PYTHONHASHSEED") == "0" else "0"
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(grace=GRACE, pair=PAIR)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": seed},
        cwd=Path(__file__).resolve().parents[1],
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_counterexample_depends_only_on_the_property() -> None:
    # Here: after other proofs (and whatever the session proved before), in the other order.
    for text in (
        "tier(minimal) implies false(hr.high_risk)",
        "true(roles.deployer) implies true(scope.in_scope)",
    ):
        prove(text, law="amended")
    here = {"pair": _pair(), "grace": _grace()}
    assert here == _fresh_process()
    # The least case: the property's own date stated, on the first day that breaks it.
    grace = json.loads(here["grace"]["case"])  # type: ignore[index]
    assert grace["system"]["placed_on_market"] == "2027-12-02"
    assert "put_into_service" not in grace["system"]
    assert grace["as_of"] == "2024-08-01"
