"""docs/verification.md and the generated docs/omnibus-diff.md are complete and current.

Regenerating the whole Omnibus page takes half an hour or more of CPU (``python -m
aiact.verify.report docs/omnibus-diff.md``); these tests regenerate one small section (a diff
depends only on its arguments) and check the page covers every obligation and every reading.
"""

from __future__ import annotations

import re
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


# --------------------------------------------------------------------------- the page's command


def test_the_report_command_has_a_help_and_writes_no_file_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--help`` prints the usage and exits 0; it is not taken for the output file (it once
    wrote the whole page to a file called ``--help``)."""
    from aiact.verify import report

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(report, "omnibus_page", _fail_if_called)
    with pytest.raises(SystemExit) as stopped:
        report.main(["--help"])
    assert stopped.value.code == 0
    assert "--max-parts" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(SystemExit) as stopped:
        report.main(["--max-parts", "0"])
    assert stopped.value.code == 2
    assert list(tmp_path.iterdir()) == []


def _fail_if_called(**_: object) -> str:
    raise AssertionError("the page must not be generated")


def test_the_report_command_writes_the_page_atomically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The output path and ``--max-parts`` reach the generator; the page replaces the old file
    whole (a temporary file renamed over it), and a failed generation leaves it intact."""
    from aiact.verify import report

    asked: list[int] = []

    def page(*, max_parts: int = 6) -> str:
        asked.append(max_parts)
        return f"# page with {max_parts} parts\n"

    target = tmp_path / "omnibus-diff.md"
    target.write_text("old page\n", encoding="utf-8")
    monkeypatch.setattr(report, "omnibus_page", page)
    assert report.main([str(target), "--max-parts", "3"]) == 0
    assert asked == [3]
    assert target.read_text(encoding="utf-8") == "# page with 3 parts\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["omnibus-diff.md"]  # no temporary left
    assert report.main([]) == 0  # no path: standard output
    assert capsys.readouterr().out == "# page with 6 parts\n"

    def broken(*, max_parts: int = 6) -> str:
        raise RuntimeError("interrupted")

    monkeypatch.setattr(report, "omnibus_page", broken)
    with pytest.raises(RuntimeError):
        report.main([str(target)])
    assert target.read_text(encoding="utf-8") == "# page with 3 parts\n"


def test_a_list_with_any_member_reads_not_empty() -> None:
    """Round 23: a part that holds for every member of a list reads "annex_i.legislation is not
    empty" (it read "has one other than " with nothing after it, 245 times on the page)."""
    from aiact.verify.diff import readable
    from aiact.verify.encode import _MEMBER_GROUPS

    field_name, _, members = _MEMBER_GROUPS["annex_i."]
    every = "any(" + ", ".join(f"annex_i.{m}" for m in members) + ")"
    assert readable(every) == f"{field_name} is not empty"
    one_less = "any(" + ", ".join(f"annex_i.{m}" for m in members[1:]) + ")"
    assert readable(one_less) == f"{field_name} has one other than {members[0]}"
    page = (Path(__file__).resolve().parents[1] / "docs" / "omnibus-diff.md").read_text("utf-8")
    assert "has one other than  " not in page and "has one other than `" not in page


# ------------------------------------------------------- one reading's sections (round 29)


def test_updating_no_section_gives_the_page_back() -> None:
    """``updated_page`` splits the page into its sections and writes it again: with no reading
    named, nothing changes (the glossary too is written anew, from the facts it names)."""
    from aiact.verify.report import updated_page

    page = PAGE.read_text(encoding="utf-8")
    assert updated_page(page, []) == page


def test_a_reading_section_written_alone_is_the_one_on_the_page() -> None:
    """A19 and A25 (the readings whose sections are quickest to compute) written anew, alone,
    give the page as a whole run wrote it: a diff depends only on its arguments. Round 29
    checked the same by hand for A6, A8, A22, A28 and A42 (3 s to 3 minutes each)."""
    from aiact.verify.report import updated_page

    page = PAGE.read_text(encoding="utf-8")
    assert updated_page(page, ["A19", "A25"]) == page


def test_a_missing_reading_section_is_named_and_written_when_asked() -> None:
    """A page without a reading's section (a switch declared since the page was written) is
    refused with the question to name; naming it writes the section in its place, in the
    order of the switches."""
    from aiact.verify.report import updated_page

    page = PAGE.read_text(encoding="utf-8")
    start = page.index("### A25 original_art25_4_models=general_purpose_model")
    end = page.index("### A26 ", start)
    without = page[:start] + page[end:]
    with pytest.raises(ValueError, match="no section '### A25 original_art25_4_models=") as error:
        updated_page(without, [])
    assert "name A25" in str(error.value)
    assert updated_page(without, ["A25"]) == page


def test_an_update_that_cannot_be_made_is_refused() -> None:
    """Unknown questions, a page of another kind, and another number of parts per change are
    refused with what to do (never a page mixing two settings)."""
    from aiact.verify.report import updated_page

    page = PAGE.read_text(encoding="utf-8")
    with pytest.raises(
        ValueError, match="no alternative reading of 'A99': choose from A1, A2, A3, A4,"
    ):
        updated_page(page, ["A99"])
    with pytest.raises(ValueError, match="not a page of this module"):
        updated_page("# some other page\n", [])
    with pytest.raises(ValueError, match="use --max-parts 6"):
        updated_page(page, [], max_parts=3)


def test_the_stamp_keeps_the_last_rewrite_of_each_section() -> None:
    """A section rewritten again replaces its earlier entry in the stamp (and an entry of some
    of the questions rewritten together); the others and the generation time stay."""
    from aiact.verify.report import _restamped

    page = (
        "# page\nbody\n<!-- generated in 5054 s (2 jobs); A44 rewritten in 11 s; "
        "A19, A25 rewritten in 9 s -->\n"
    )
    assert _restamped(page, ["A44"], "A44 rewritten in 12 s") == (
        "# page\nbody\n<!-- generated in 5054 s (2 jobs); A19, A25 rewritten in 9 s; "
        "A44 rewritten in 12 s -->\n"
    )
    assert _restamped(page, ["A25", "A19", "A45"], "A25, A19, A45 rewritten in 40 s") == (
        "# page\nbody\n<!-- generated in 5054 s (2 jobs); A44 rewritten in 11 s; "
        "A25, A19, A45 rewritten in 40 s -->\n"
    )
    assert _restamped(page, ["A19"], "A19 rewritten in 3 s").endswith(
        "; A44 rewritten in 11 s; A19, A25 rewritten in 9 s; A19 rewritten in 3 s -->\n"
    )


def test_the_report_command_rewrites_one_reading_in_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--switch A25 OUTPUT``: the page at OUTPUT gets that reading's section; the stamp at the
    end says what was rewritten. Without OUTPUT, or with no page there, it exits 2 and writes
    nothing."""
    from aiact.verify import report

    page = PAGE.read_text(encoding="utf-8")
    start = page.index("### A25 original_art25_4_models=general_purpose_model")
    target = tmp_path / "omnibus-diff.md"
    target.write_text(page[:start] + page[page.index("### A26 ", start) :], encoding="utf-8")
    assert report.main([str(target), "--switch", "A25"]) == 0
    written = target.read_text(encoding="utf-8")
    body, stamp = written.rstrip("\n").rsplit("\n", 1)
    assert body == page.rstrip("\n").rsplit("\n", 1)[0]
    assert re.fullmatch(r"<!-- generated in \d+ s[^>]*; A25 rewritten in \d+ s -->", stamp)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["omnibus-diff.md"]
    # Rewritten again, the stamp keeps the last rewrite of A25 only.
    assert report.main([str(target), "--switch", "A25"]) == 0
    again = target.read_text(encoding="utf-8").rstrip("\n").rsplit("\n", 1)[1]
    assert re.fullmatch(r"<!-- generated in \d+ s[^>]*; A25 rewritten in \d+ s -->", again)
    for argv in (["--switch", "A25"], [str(tmp_path / "none.md"), "--switch", "A25"]):
        with pytest.raises(SystemExit) as stopped:
            report.main(argv)
        assert stopped.value.code == 2
    assert "--switch" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["omnibus-diff.md"]
