"""Completeness you can see (issue 12, section 4): every paragraph of Arts. 2-27, 40-63, 72-101
and 111-113, in both versions of the Act, is either cited by a declaration of aiact or annotated
with a category and a reason, and docs/coverage.md, which shows it, is up to date.

The paragraphs are read from the law text in ../shared/reference/law/ (tests/lawtext.py, which
applies the amending instructions of Regulation (EU) 2026/1744); the tests skip with the reason
when it is absent. The mapping and the page are docs/gen_coverage.py.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from lawtext import requires_law

from aiact.refs import LegalRef
from aiact.versions import LawVersion

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "docs" / "gen_coverage.py"

pytestmark = requires_law


def _load() -> ModuleType:
    name = "gen_coverage"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    return _load()


def test_paragraphs_are_read_from_the_text(gen: ModuleType) -> None:
    """The paragraphs are those the text numbers, in both versions: Art. 26 has twelve in both;
    Art. 4 is one unnumbered paragraph as published and three numbered ones as amended (Art. 1,
    point (5), of 2026/1744); Art. 4a, 60a and 75a-75d exist only as amended; Art. 113 has three
    unnumbered paragraphs ("However:" is the third)."""
    original = {str(u) for u in gen.units(LawVersion.ORIGINAL)}
    amended = {str(u) for u in gen.units(LawVersion.AMENDED)}
    assert {f"Art. 26({n})" for n in range(1, 13)} <= original & amended
    assert "Art. 4" in original and "Art. 4(3)" in amended and "Art. 4(1)" not in original
    assert {"Art. 4a(1)", "Art. 60a(6)", "Art. 75c(9)", "Art. 75b, first paragraph"} <= amended
    assert not any(u.startswith(("Art. 4a", "Art. 60a", "Art. 75a")) for u in original)
    assert {f"Art. 113, {o} paragraph" for o in ("first", "second", "third")} <= original
    assert "Art. 3(14a)" in amended and "Art. 3(14a)" not in original
    assert "Art. 10(5)" in original and "Art. 10(5)" not in amended  # deleted, now Art. 4a
    assert "Art. 28(1)" not in original  # outside the ranges covered
    assert len(original) > 450 and len(amended) > 500


def test_every_paragraph_is_accounted_for(gen: ModuleType) -> None:
    """A paragraph that no declaration cites and no note annotates fails the build."""
    missing = [f"{row.unit} ({row.version.value})" for row in gen.build().unaccounted()]
    assert not missing, (
        f"{len(missing)} paragraphs are neither cited by a declaration nor annotated in "
        f"tests/data/coverage/notes.yaml: {', '.join(missing[:30])}"
    )


def test_notes_name_paragraphs_that_exist(gen: ModuleType) -> None:
    seen: set[tuple[str, LawVersion]] = set()
    for note in gen.notes():
        assert note.unit is not None, f"note {note.paragraph!r}: no such paragraph in the text"
        assert str(note.unit) == note.paragraph, (
            f"note {note.paragraph!r}: write it as docs/coverage.md names it ({note.unit})"
        )
        assert note.category in gen.CATEGORIES, f"note {note.paragraph}: {note.category!r}"
        assert len(note.reason) > 10, f"note {note.paragraph}: give a reason"
        present = [v for v in note.versions if (note.unit, v) in gen.build().rows]
        assert present, f"note {note.paragraph}: the paragraph is not in {sorted(note.versions)}"
        for version in note.versions:
            assert (note.paragraph, version) not in seen, f"note {note.paragraph}: twice"
            seen.add((note.paragraph, version))


def test_gap_notes_are_not_stale(gen: ModuleType) -> None:
    """A `gap` note says aiact does not model the paragraph: once a declaration cites it, the
    note must go."""
    stale = [
        f"{row.unit} ({row.version.value}): cited by {', '.join(d.id for d, _ in row.decls)}"
        for row in gen.build().rows.values()
        if row.decls and any(n.category == "gap" for n in row.notes)
    ]
    assert not stale, "remove the gap notes of paragraphs now declared: " + "; ".join(stale)


def test_named_interpretations_have_their_provisions(gen: ModuleType) -> None:
    table = gen.interpretation_table()
    named = gen.named_interpretations()
    assert {"A1", "A2", "A4", "A7", "A12"} <= named
    assert named <= set(table), (
        f"add to tests/data/coverage/interpretations.yaml: {named - set(table)}"
    )
    for name, entry in table.items():
        assert entry["question"] and entry["provisions"], name
        for text in entry["provisions"]:
            LegalRef.parse(text)


def test_reviews_name_declarations_that_exist(gen: ModuleType) -> None:
    targets = {f"{d.kind}:{d.id}" for d in gen.declarations()}
    paragraphs = {str(u) for u, _ in gen.build().rows}
    reviews = gen.reviews()
    assert reviews, "the review table is empty"
    for review in reviews:
        assert review.target in targets or review.target in paragraphs, review.target
        assert review.verdict in gen.VERDICTS, review.target
        assert review.reviewer.strip() and review.checked.strip(), review.target
        dt.date.fromisoformat(review.date)
        if review.verdict in ("defect", "note"):
            assert review.note.strip(), f"{review.target}: say what was found"


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "(Art. 3(3)-(4), 27(1), 99, 100)",
            ["Art. 3(3)", "Art. 3(4)", "Art. 27(1)", "Art. 99", "Art. 100"],
        ),
        (
            "(Art. 6(1a)-(1c); Arts. 99-100)",
            ["Art. 6(1a)", "Art. 6(1b)", "Art. 6(1c)", "Art. 99", "Art. 100"],
        ),
        ("(Art. 26(8); 49(3); 99(8))", ["Art. 26(8)", "Art. 49(3)", "Art. 99(8)"]),
        ("(Art. 5(1)(bb)); Art. 2(c) and (e) of Directive 2011/93/EU", ["Art. 5(1)"]),
        ("(Art. 6(3), third subparagraph; GDPR Art. 4(4))", ["Art. 6(3)"]),
        ("(Rec. 2003/361/EC, Annex Art. 3; Art. 63(1))", ["Art. 63(1)"]),
        # a range of points in one paragraph counts as the paragraph (review26's note: it was
        # dropped, so exclusions.placed_or_used_in_eu was missing from the coverage table)
        ("(Art. 2(1)(a)-(b); 3(9))", ["Art. 2(1)", "Art. 3(9)"]),
        ("(Art. 2(1)(b)-(c))", ["Art. 2(1)"]),
    ],
)
def test_citations_in_fact_descriptions(gen: ModuleType, text: str, cited: list[str]) -> None:
    assert list(dict.fromkeys(str(r) for r in gen.citations_in(text))) == cited


def test_coverage_page_is_up_to_date(gen: ModuleType) -> None:
    """docs/coverage.md is what docs/gen_coverage.py generates from the declarations now."""
    expected = gen.render()
    current = gen.OUT.read_text(encoding="utf-8") if gen.OUT.exists() else ""
    assert current == expected, "docs/coverage.md is stale: run python docs/gen_coverage.py"
