"""Every command fits an 80- and a 120-column terminal without cropping or splitting a value.

For each command the JSON output names the values; the table output at ``COLUMNS=80`` and
``COLUMNS=120`` must show every one of them whole: an amount, a date, a citation or a label on
one line, unbroken; a title with every word unbroken (it may wrap between words). No line is
wider than the terminal, and nothing is cut off with an ellipsis.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from aiact.cli import main
from aiact.i18n import Lang
from aiact.i18n.fmt import date, money
from aiact.views.i18n import cite, role_label

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CASES = [
    EXAMPLES / "benefits-fraud-risk-scoring.yaml",
    EXAMPLES / "recruitment-screening-ministry.yaml",
    EXAMPLES / "gpai-model-provider.yaml",
]
WIDTHS = (80, 120)
LANGS: tuple[Lang, ...] = ("en", "nl")


def run(*args: str, columns: int) -> str:
    result = CliRunner().invoke(
        main, list(args), env={"COLUMNS": str(columns)}, catch_exceptions=False
    )
    assert result.exit_code in (0, 2), result.output
    return result.output


def whole(text: str, value: str) -> bool:
    """``value`` on one line, not glued to other text."""
    return re.search(rf"(?<![\w-]){re.escape(value)}(?![\w])", text) is not None


def words_whole(text: str, prose: str) -> list[str]:
    """The words of ``prose`` that do not appear unbroken in ``text``."""
    tokens = set(text.split())
    return [w for w in prose.split() if w not in tokens and not any(w in t for t in tokens)]


def check(text: str, columns: int, atoms: list[str], prose: list[str]) -> None:
    widest = max(len(line) for line in text.splitlines())
    assert widest <= columns, f"a line of {widest} characters in {columns} columns"
    assert "…" not in text
    missing = [a for a in atoms if a and not whole(text, a)]
    assert not missing, f"cut or split: {missing[:8]}"
    broken = [w for p in prose for w in words_whole(text, p)]
    assert not broken, f"words split: {broken[:8]}"


def assess_values(data: dict[str, object], lang: Lang) -> tuple[list[str], list[str]]:
    atoms: list[str] = []
    prose: list[str] = []
    obligations = data["obligations"]
    assert isinstance(obligations, list)
    for o in obligations:
        atoms.append(cite(o["citation"], lang))
        atoms += [date(o["applies_from"], lang), date(o["deadline"], lang)]
        prose.append(o["title"])
        atoms += [role_label(a, lang) for a in o["addressees"]]
    exposure = data["exposure"]
    assert isinstance(exposure, dict)
    if exposure["max_ceiling"] is not None:
        atoms.append(money(exposure["max_ceiling"], lang))
    classification = data["classification"]
    assert isinstance(classification, dict)
    atoms.append(str(classification["risk_tier_label"]))
    return atoms, prose


def cases() -> Iterator[tuple[Path, int, Lang]]:
    for case in CASES:
        for columns in WIDTHS:
            for lang in LANGS:
                yield case, columns, lang


@pytest.mark.parametrize(("case", "columns", "lang"), list(cases()))
def test_assess(case: Path, columns: int, lang: Lang) -> None:
    data = json.loads(run("assess", str(case), "--format", "json", "--lang", lang, columns=100))
    text = run("assess", str(case), "--lang", lang, columns=columns)
    atoms, prose = assess_values(data, lang)
    check(text, columns, atoms, prose)


@pytest.mark.parametrize(("case", "columns", "lang"), list(cases()))
def test_plan(case: Path, columns: int, lang: Lang) -> None:
    data = json.loads(run("plan", str(case), "--format", "json", "--lang", lang, columns=100))
    text = run("plan", str(case), "--lang", lang, columns=columns)
    atoms: list[str] = []
    prose: list[str] = []
    for step in data["steps"] + data["undetermined"]:
        atoms += [cite(step["citation"], lang), date(step["applies_from"], lang)]
        atoms.append(date(step["deadline"], lang))
        prose.append(step["title"])
    check(text, columns, atoms, prose)


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_obligations_and_timeline(columns: int, lang: Lang) -> None:
    data = json.loads(run("obligations", "--format", "json", "--lang", lang, columns=100))
    text = run("obligations", "--lang", lang, columns=columns)
    atoms = [o["citation"] for o in data] + [a for o in data for a in o["addressees"]]
    check(text, columns, atoms, [o["title"] for o in data])
    assert "Obl\n" not in text and "iga" not in text.split()
    data = json.loads(run("timeline", "--format", "json", "--lang", lang, columns=100))
    text = run("timeline", "--lang", lang, columns=columns)
    atoms = [date(m["date"], lang) for m in data] + [c for m in data for c in m["citations"]]
    check(text, columns, atoms, [m["what"] for m in data])


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_portfolio(columns: int, lang: Lang, tmp_path: Path) -> None:
    out = tmp_path / "p.json"
    inventory = str(EXAMPLES / "inventory.yaml")
    text = run(
        "portfolio",
        inventory,
        "--lang",
        lang,
        "--no-progress",
        "--out",
        str(out),
        columns=columns,
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    atoms: list[str] = []
    prose: list[str] = []
    for row in data["summary"]:
        prose.append(row["name"])
        if row["error"]:
            continue
        atoms += [row["risk_tier_label"], date(row["next_deadline"], lang)]
        atoms.append(money(row["max_fine_eur"], lang) if row["max_fine_eur"] else "")
        atoms.append(str(row["open_questions"]))
    atoms.append(money(data["exposure"]["highest_ceiling_eur"], lang))
    text = "\n".join(
        line for line in text.splitlines() if not line.startswith(("written", "geschr"))
    )
    check(text, columns, atoms, prose)


def test_the_check_catches_a_cut_amount() -> None:
    with pytest.raises(AssertionError, match="cut or split"):
        check("Highest   EUR 15,000\n", 80, ["EUR 15,000,000"], [])
    with pytest.raises(AssertionError, match="words split"):
        check("gebruiksverant\nwoordelijke\n", 80, [], ["gebruiksverantwoordelijke"])


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_explain_date(columns: int, lang: Lang) -> None:
    """``explain-date`` wraps between words; a date and the citation of each case stay whole."""
    case = str(EXAMPLES / "benefits-fraud-risk-scoring.yaml")
    args = ("explain-date", case, "art26_1", "--lang", lang)
    data = json.loads(run(*args, "--format", "json", columns=100))
    text = run(*args, columns=columns)
    atoms = [cite(c["source"], lang) for c in data["cases"]]
    if lang == "nl":
        atoms.append(date(data["value"], lang))
    check(text, columns, atoms, [data["title"], *(c["label"] for c in data["cases"])])


#: A line that ends inside a citation (``artikel`` | ``111``, ``punt`` | ``c``) ...
SPLIT_CITATION = re.compile(r"\b(?:[Aa]rtikel|[Bb]ijlage|lid|leden|punt|onder|Art\.|Annex|\(EU\))$")
#: ... or inside a date (``vóór 2`` | ``augustus 2025``).
DAY_AT_END = re.compile(r"\b\d{1,2}$")
MONTH_AT_START = re.compile(
    r"^(?:jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.? \d{4}", re.I
)


def split_values(out: str) -> list[str]:
    lines = out.splitlines()
    return [
        f"{line.strip()!r} | {after.strip()!r}"
        for line, after in itertools.pairwise(lines)
        if after.strip()
        and (
            SPLIT_CITATION.search(line.rstrip())
            or (DAY_AT_END.search(line.rstrip()) and MONTH_AT_START.match(after.strip()))
        )
    ]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_dates_and_citations_inside_prose_are_not_split(case: Path, lang: Lang) -> None:
    """Prose wraps between words, but not inside a date or a citation it contains."""
    key = "gpai.model" if "gpai" in case.stem else "scope.in_scope"
    outputs = [
        run("assess", str(case), "--lang", lang, columns=80),
        run("plan", str(case), "--lang", lang, columns=80),
        run("explain", str(case), key, "--lang", lang, columns=80),
    ]
    split = [found for out in outputs for found in split_values(out)]
    assert not split, split[:6]


def test_the_split_check_finds_a_split_date_and_citation() -> None:
    assert split_values("een model dat vóór 2\naugustus 2025 in de handel")
    assert split_values("(artikel 113, derde alinea, punt\nc, onder i)")
    assert not split_values("Artikel 26, lid 1\n  Verplichting  Het systeem gebruiken")
