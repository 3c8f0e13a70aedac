"""The official linter of the NL API Design Rules passes on the service's OpenAPI document.

Spectral (``@stoplight/spectral-cli``, from the npm registry) runs the rules' own ruleset
(``tests/data/api-design-rules/linter.yaml``, a copy of Logius' file) on ``/v1/openapi.json``:
no errors, no warnings, no hints. The CLI is looked for under ``.tools/`` in the checkout
(``npm install --prefix .tools @stoplight/spectral-cli``, what ``.ci/run`` does) and on the
PATH. If it is not there the test fails and says how to install it: a linter that did not run
must not look like one that passed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.reference import REFERENCE_DIR

pytest.importorskip("fastapi", reason="the service needs the 'server' extra")

from fastapi.testclient import TestClient

from aiact.service import create_app
from aiact.service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
RULESET = ROOT / "tests" / "data" / "api-design-rules" / "linter.yaml"
INSTALL = "npm install --prefix .tools @stoplight/spectral-cli"


def spectral() -> str:
    local = ROOT / ".tools" / "node_modules" / ".bin" / "spectral"
    if local.exists():
        return str(local)
    found = shutil.which("spectral")
    if found is None:
        pytest.fail(
            "the Spectral CLI is not installed, so the API Design Rules linter cannot run; "
            f"install it in the checkout with `{INSTALL}` (.ci/run does)"
        )
    return found


def test_the_official_linter_passes(tmp_path: Path) -> None:
    with TestClient(create_app(Settings())) as client:
        document = client.get("/v1/openapi.json")
    assert document.status_code == 200
    path = tmp_path / "openapi.json"
    path.write_bytes(document.content)
    run = subprocess.run(
        [
            spectral(),
            "lint",
            "--ruleset",
            str(RULESET),
            "--format",
            "json",
            "--fail-severity",
            "hint",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    start = run.stdout.find("[")
    results = json.loads(run.stdout[start : run.stdout.rindex("]") + 1]) if start >= 0 else None
    assert results is not None, f"spectral gave no results (exit {run.returncode}): {run.stderr}"
    found = [f"{r['code']} at {'.'.join(map(str, r['path']))}: {r['message']}" for r in results]
    assert found == [], "\n".join(found)
    assert run.returncode == 0, run.stderr


def test_the_ruleset_is_the_official_one() -> None:
    reference = REFERENCE_DIR / "api-design-rules" / "linter.yaml"
    if not reference.exists():
        pytest.skip(f"the shared reference is not here ({reference})")
    assert RULESET.read_bytes() == reference.read_bytes()
