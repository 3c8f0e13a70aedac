"""Round 19 (the lead's reread): an interview started from a case whose facts contradict each
other is refused at the start, as an answer that contradicts them is, with the reason in the
reader's language; before, the terminal crashed with a traceback when it asked the first
question (Art. 2(8): research "prior to their being placed on the market or put into
service", beside a placing before the day assessed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lawquote import quote

from aiact.cli import main
from aiact.errors import InputError
from aiact.interview import Interview

CASE: dict[str, Any] = {
    "as_of": "2026-12-05",
    "organisation": {"kind": "public_authority", "member_state": "NL", "established_in_eu": True},
    "system": {
        "is_ai_system": True,
        "placed_on_market": "2025-01-01",
        "exclusions": {"pre_market_research_testing": True},
    },
}


def test_the_interview_refuses_a_contradicting_case_at_the_start() -> None:
    quote("2", "prior to their being placed on the market or put into service")
    with pytest.raises(InputError) as caught:
        Interview.start(case=CASE)
    assert "pre_market_research_testing" in str(caught.value)


def test_the_terminal_names_the_contradiction_in_dutch(tmp_path: Path) -> None:
    import yaml

    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(CASE), encoding="utf-8")
    result = CliRunner().invoke(main, ["interview", "--lang", "nl", "--case", str(path)], input="")
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert "artikel 2, lid 8" in result.output


def test_the_service_names_the_contradicting_fields() -> None:
    from fastapi.testclient import TestClient

    from aiact.service.app import create_app
    from aiact.service.settings import Settings

    with TestClient(create_app(Settings())) as client:
        response = client.post("/v1/interviews", json={"case": CASE})
    assert response.status_code == 400, response.text
    names = [p.get("name") for p in response.json().get("invalidParams", [])]
    assert any("pre_market_research_testing" in str(n) for n in names), response.json()
