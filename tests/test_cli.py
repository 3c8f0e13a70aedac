"""Every documented CLI command on the bundled examples, and bad input (exit code 2, a message
naming the file and the field, no traceback)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("click")
pytest.importorskip("rich")

from click.testing import CliRunner, Result

from aiact.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CASES = sorted(p for p in EXAMPLES.glob("*.yaml") if p.name != "inventory.yaml")
FRAUD = EXAMPLES / "benefits-fraud-risk-scoring.yaml"


def run(*args: object) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=True)


def ok(*args: object) -> Result:
    result = run(*args)
    assert result.exit_code == 0, (result.output, result.exception)
    return result


def test_examples_are_there() -> None:
    names = {p.name for p in CASES}
    assert "benefits-fraud-risk-scoring.yaml" in names
    assert len(CASES) >= 6
    assert (EXAMPLES / "inventory.yaml").exists()


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_assess_every_example_every_format(case: Path) -> None:
    table = ok("assess", case).stdout
    assert "AI Act assessment" in table
    data = json.loads(ok("assess", case, "--format", "json").stdout)
    assert data["schema_version"]
    assert data["classification"]["risk_tier"] != "undetermined", "examples are complete cases"
    md = ok("assess", case, "--format", "markdown").stdout
    assert md.startswith("# AI Act assessment")
    assert "## Obligations" in md
    html = ok("assess", case, "--format", "html", "--lang", "nl").stdout
    assert "<table" in html and "Verplichtingen" in html


def test_assess_fraud_is_high_risk_with_fria_in_both_languages() -> None:
    en = ok("assess", FRAUD).stdout
    assert "high-risk AI system" in en
    assert "Art. 27(1)" in en
    nl = ok("assess", FRAUD, "--lang", "nl").stdout
    assert "AI-systeem met een hoog risico" in nl
    assert "gebruiksverantwoordelijke" in nl
    assert "Artikel 27, lid 1" in nl
    for english in ("Obligations", "Risk category", "Open questions", "applies now"):
        assert english not in nl, english


def test_assess_markdown_dutch_throughout() -> None:
    md = ok("assess", FRAUD, "--format", "markdown", "--lang", "nl").stdout
    assert md.startswith("# Beoordeling AI-verordening")
    for heading in (
        "## Classificatie",
        "## Verplichtingen",
        "## Komende termijnen",
        "## Maximale boeteblootstelling",
        "## Open vragen",
        "## Gebruikte interpretaties",
    ):
        assert heading in md
    for english in ("## Obligations", "applies now", "Risk category", "undetermined"):
        assert english not in md


def test_assess_json_dutch_titles() -> None:
    data = json.loads(ok("assess", FRAUD, "--format", "json", "--lang", "nl").stdout)
    # Classified high-risk; on the case's date (28 Nov 2026) not yet (Art. 113, third paragraph,
    # point (c)(i): 2 Dec 2027), so the tier on the date is minimal.
    assert data["classification"]["classification_tier_label"] == "AI-systeem met een hoog risico"
    assert data["classification"]["risk_tier_label"] == "minimaal risico"
    titles = {o["id"]: o["title"] for o in data["obligations"]}
    assert "art27_1" in titles


def test_assess_options_as_of_and_law() -> None:
    data = json.loads(ok("assess", FRAUD, "--format", "json", "--as-of", "2026-03-01").stdout)
    assert data["as_of"] == "2026-03-01"
    assert data["law"] == "2024/1689"
    counter = json.loads(ok("assess", FRAUD, "--format", "json", "--law", "original").stdout)
    assert counter["law"] == "2024/1689"
    assert counter["law_chosen"] == "explicit"


def test_assess_durable_engine_agrees() -> None:
    pytest.importorskip("durable")
    native = json.loads(ok("assess", FRAUD, "--format", "json").stdout)
    durable = json.loads(ok("assess", FRAUD, "--format", "json", "--engine", "durable").stdout)
    native.pop("engine")
    durable.pop("engine")
    assert native == durable


def test_assess_out_file(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    ok("assess", FRAUD, "--format", "markdown", "--out", out)
    assert out.read_text(encoding="utf-8").startswith("# AI Act assessment")


@pytest.mark.parametrize("key", ["art27_1", "Art. 26(8)", "hr.high_risk", "scope.in_scope"])
def test_explain(key: str) -> None:
    tree = ok("explain", FRAUD, key).stdout
    assert "Art. 6(2)" in tree or "Art." in tree
    nl = ok("explain", FRAUD, key, "--lang", "nl").stdout
    assert "Artikel" in nl or "Bijlage" in nl
    data = json.loads(ok("explain", FRAUD, key, "--format", "json").stdout)
    assert data["value"] == "true"
    md = ok("explain", FRAUD, key, "--format", "markdown").stdout
    assert md.startswith("- `")


def test_explain_why_high_risk_cites_annex_iii_and_profiling() -> None:
    tree = ok("explain", FRAUD, "hr.high_risk").stdout
    assert "Annex III, point 5(a)" in tree
    assert "derogation.profiling" in tree


def test_plan(tmp_path: Path) -> None:
    table = ok("plan", FRAUD).stdout
    assert "Compliance plan" in table
    data = json.loads(ok("plan", FRAUD, "--format", "json").stdout)
    assert "art27_1" in data["critical_path"] or "art27_1" in [s["id"] for s in data["steps"]]
    nl = ok("plan", FRAUD, "--lang", "nl").stdout
    assert "Nalevingsplan" in nl
    assert ok("plan", FRAUD, "--format", "mermaid").stdout.strip()


def test_plan_png(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    png = tmp_path / "plan.png"
    ok("plan", FRAUD, "--png", png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_timeline() -> None:
    table = ok("timeline").stdout
    assert "2 Aug 2026" in table and "2 Dec 2027" in table  # dates as the locale writes them
    nl = ok("timeline", "--lang", "nl", "--law", "amended").stdout
    assert "Belangrijke data" in nl
    data = json.loads(ok("timeline", "--format", "json", "--law", "original").stdout)
    assert {d["date"] for d in data} >= {"2025-02-02", "2026-08-02"}


def test_timeline_ics(tmp_path: Path) -> None:
    pytest.importorskip("icalendar")
    ics = tmp_path / "aiact.ics"
    ok("timeline", "--ics", ics, "--lang", "nl")
    text = ics.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "AI-verordening" in text


def test_obligations_catalogue_filters() -> None:
    everything = json.loads(ok("obligations", "--format", "json").stdout)
    deployer_hr = json.loads(
        ok("obligations", "--role", "deployer", "--risk", "high_risk", "--format", "json").stdout
    )
    ids = {o["id"] for o in deployer_hr}
    assert {"art26_1", "art27_1", "art4_1"} <= ids
    assert not any(i.startswith(("art9", "art53")) for i in ids)
    assert len(deployer_hr) < len(everything)
    gpai = json.loads(ok("obligations", "--risk", "gpai", "--format", "json").stdout)
    assert gpai and all(o["risk"] == "gpai" for o in gpai)
    table = ok("obligations", "--role", "deployer", "--lang", "nl").stdout
    assert "gebruiksverantwoordelijke" in table
    rows = list(csv.reader(io.StringIO(ok("obligations", "--format", "csv").stdout)))
    assert rows[0][0] == "id" and len(rows) == len(everything) + 1
    assert ok("obligations", "--format", "markdown").stdout.startswith("| Id |")


def test_portfolio_inventory(tmp_path: Path) -> None:
    result = ok("portfolio", EXAMPLES / "inventory.yaml", "--no-progress")
    assert "10 systems" in result.stdout
    for suffix in ("csv", "json"):
        out = tmp_path / f"portfolio.{suffix}"
        ok("portfolio", EXAMPLES / "inventory.yaml", "--out", out, "--no-progress")
        assert out.stat().st_size > 0
    data = json.loads((tmp_path / "portfolio.json").read_text(encoding="utf-8"))
    assert data["systems"] == 10
    assert data["tiers"]["prohibited"] == 1


def test_portfolio_xlsx(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    pytest.importorskip("pandas")
    out = tmp_path / "portfolio.xlsx"
    ok("portfolio", EXAMPLES / "inventory.yaml", "--out", out, "--no-progress")
    import openpyxl  # type: ignore[import-untyped]

    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["summary", "deadlines", "tiers"]
    assert book["summary"].max_row == 11


@pytest.mark.parametrize("name", ["case", "assessment"])
def test_schema(name: str) -> None:
    data = json.loads(ok("schema", name).stdout)
    assert data["$schema"].startswith("https://json-schema.org/")


def test_version_and_help() -> None:
    assert "aiact" in ok("--version").stdout
    help_text = ok("--help").stdout
    for command in ("assess", "explain", "plan", "timeline", "obligations", "portfolio", "schema"):
        assert command in help_text


# --------------------------------------------------------------------------- bad input

BAD_CASES = {
    "invalid.yaml": ("organisation: {kind: public_authority\nsystem: [", "not valid YAML"),
    "unknown.yaml": (
        "organisation: {kind: public_authority}\nsystem: {is_ai_system: true, colour: red}\n",
        "system.colour",
    ),
    "wrongtype.yaml": (
        "organisation: {kind: public_authority}\nsystem: {is_ai_system: maybe}\n",
        "system.is_ai_system",
    ),
    "contradictory.yaml": (
        "organisation: {kind: public_authority}\n"
        "system: {is_ai_system: true, roles: {importer: true, provider: true}}\n",
        "roles",
    ),
    "contradictory-org.yaml": (
        "organisation: {kind: public_authority, member_state: NL, established_in_eu: false}\n"
        "system: {is_ai_system: true}\n",
        "established_in_eu",
    ),
    "wrong-date.yaml": (
        "as_of: 2026-02-30\norganisation: {}\nsystem: {is_ai_system: true}\n",
        "as_of",
    ),
    "no-subject.yaml": ("organisation: {kind: public_authority}\n", "system"),
}


def _bad(tmp_path: Path, name: str) -> tuple[Path, str]:
    content, field = BAD_CASES[name]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path, field


@pytest.mark.parametrize("name", sorted(BAD_CASES))
@pytest.mark.parametrize("command", ["assess", "plan", "explain"])
def test_bad_input_exit_2_names_file_and_field(tmp_path: Path, name: str, command: str) -> None:
    path, field = _bad(tmp_path, name)
    args = [command, path] + (["art4_1"] if command == "explain" else [])
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert name in result.stderr
    assert field in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_missing_file_exit_2(tmp_path: Path) -> None:
    result = run("assess", tmp_path / "nope.yaml")
    assert result.exit_code == 2
    assert "nope.yaml: file not found" in result.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["assess", FRAUD, "--as-of", "2026-13-01"], "--as-of"),
        (
            ["assess", FRAUD, "--as-of", "2020-01-01"],
            "--as-of",
        ),  # round 23: the option, not the field
        (["assess", FRAUD, "--law", "1999"], "--law"),
        (["explain", FRAUD, "art999"], "art999"),
        (["timeline", "--law", "nope"], "--law"),
        (["portfolio", EXAMPLES / "inventory.yaml", "--out", "x.pdf"], "--out"),
    ],
)
def test_bad_options_exit_2(args: list[object], needle: str) -> None:
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert needle in result.stderr


def test_portfolio_with_a_bad_case_still_reports_the_rest(tmp_path: Path) -> None:
    inventory = tmp_path / "inventory.yaml"
    # a file: entry is confined to the inventory's folder (issue 14), so the case is copied in
    (tmp_path / "fraud.yaml").write_bytes(Path(FRAUD).read_bytes())
    inventory.write_text(
        "cases:\n"
        "  - file: fraud.yaml\n"
        "  - name: broken\n    organisation: {}\n    system: {is_ai_system: perhaps}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.json"
    result = run("portfolio", inventory, "--out", out, "--no-progress")
    assert result.exit_code == 2
    assert "system.is_ai_system" in result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["systems"] == 2 and len(data["errors"]) == 1


def test_bad_input_real_process_has_no_traceback(tmp_path: Path) -> None:
    path, _ = _bad(tmp_path, "unknown.yaml")
    proc = subprocess.run(
        [sys.executable, "-m", "aiact", "assess", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "unknown.yaml: system.colour: unknown field 'colour'" in proc.stderr


def test_a_bad_reading_is_refused_in_the_commands_language_without_echoing_it() -> None:
    """``--interp A2=<value>``: reading A2 (Art. 111(2) as amended, ADR 0004) has two values; a
    bad one is refused in one line in the language of the command, naming the field and the
    allowed values, never echoing the value or pydantic's help link."""
    value = "x" * 10_000
    dutch = run("timeline", "--lang", "nl", "--interp", f"A2={value}")
    assert dutch.exit_code == 2
    assert "aiact: fout: --interp: veld art111_cutoff: geen van de toegestane waarden" in (
        dutch.output
    )
    english = run("timeline", "--interp", "A2=bad")
    assert "aiact: error: --interp: field art111_cutoff: Input should be" in english.output
    assert english.exit_code == 2 and "'bad'" not in english.output
    assert "xxxxx" not in dutch.output
    for result in (dutch, english):
        assert "errors.pydantic.dev" not in result.output


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_unknown_law_version_is_not_echoed_whole(lang: str) -> None:
    """A refused --law value is repeated cut to a bounded length, in the command's language."""
    result = CliRunner().invoke(main, ["timeline", "--law", "x" * 5000, "--lang", lang])
    assert result.exit_code != 0
    assert "x" * 41 not in result.output
    assert ("onbekende versie" if lang == "nl" else "unknown law version") in result.output
    assert len(result.output) < 400
