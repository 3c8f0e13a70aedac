"""docs/verification.md and the generated docs/omnibus-diff.md are complete and current.

Regenerating the whole Omnibus page takes half an hour or more of CPU (``python -m
aiact.verify.report docs/omnibus-diff.md``); these tests regenerate one small section (a diff
depends only on its arguments) and check the page covers every obligation and every reading.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

pytest.importorskip("z3", reason="the verify extra (z3-solver) is not installed")

from aiact.interpretations import Interpretations
from aiact.obligations.catalogue import catalogue
from aiact.verify.diff import Diff, Side, diff, to_markdown
from aiact.verify.invariants import INVARIANTS
from aiact.verify.report import switches
from aiact.versions import LawVersion

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGE = DOCS / "omnibus-diff.md"


@cache
def _a8_art27_1() -> Diff:
    """The page's section for A8=true and Art. 27(1), computed alone (as the page does)."""
    return diff(
        "art27_1",
        Side(LawVersion.AMENDED, label="default reading"),
        Side(
            LawVersion.AMENDED,
            Interpretations(union_institutions_are_public_law_bodies=True),
            label="A8",
        ),
        max_parts=6,
    )


def test_the_omnibus_page_covers_every_obligation_and_reading() -> None:
    text = PAGE.read_text(encoding="utf-8")
    missing = [o.id for o in catalogue() if f"`{o.id}`" not in text]
    assert not missing, f"obligations missing from {PAGE.name}: {missing}"
    for switch in switches():
        assert f"### {switch.label}" in text
    assert "## The risk tier" in text


def test_a_section_of_the_omnibus_page_is_current() -> None:
    """The A8=true section for Art. 27(1), regenerated, is on the page as generated: the same
    changes (before -> after), whatever version of the generator wrote the page (the parts:
    the next test)."""
    text = PAGE.read_text(encoding="utf-8")
    section = text[text.index("### A8 union_institutions_are_public_law_bodies=true") :]
    section = section[: section.index("\n### ", 1)]
    assert "`art27_1`" in section
    result = _a8_art27_1()
    assert not result.empty
    for change in result.changes:
        header = f"**{change.before} -> {change.after}**: "
        assert header in section, f"regenerate {PAGE.name}: {header}"


def test_the_omnibus_page_section_has_the_same_parts() -> None:
    """The A8=true section for Art. 27(1), regenerated alone, is on the page as generated in
    one long run: the same changes, parts and witnesses (a diff depends only on its
    arguments: docs/verification.md, "Determinism"). A page generated before the diff became
    deterministic (no date section, no list of facts) cannot match: regenerate it."""
    text = PAGE.read_text(encoding="utf-8")
    if "## The facts named on this page" not in text:
        pytest.skip(f"{PAGE.name} predates the deterministic diff: python -m aiact.verify.report")
    assert "## When obligations apply" in text
    assert "moves only dates" not in text and "does not compare yet" not in text
    section = text[text.index("### A8 union_institutions_are_public_law_bodies=true") :]
    section = section[: section.index("\n### ", 1)]
    result = _a8_art27_1()
    body = to_markdown(result, heading="#####", witnesses=True).split("\n", 2)[2]
    assert body.strip() in section, f"regenerate {PAGE.name} (python -m aiact.verify.report)"


def test_verification_doc_names_every_invariant_and_finding() -> None:
    text = (DOCS / "verification.md").read_text(encoding="utf-8")
    for invariant in INVARIANTS:
        assert invariant.ports in text
    assert "What the proofs found in the rules" in text
    assert "omnibus-diff.md" in text
