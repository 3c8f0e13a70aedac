"""Round 18: the terminal interview as a person at an 80-column terminal sees it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from click.testing import CliRunner
from rich.console import Console

from aiact.cli import main
from aiact.questions.catalogue import catalogue
from aiact.questions.terminal import show_question


def _shown(question_id: str, lang: str = "nl", width: int = 80) -> list[str]:
    console = Console(width=width, record=True, color_system=None)
    question = catalogue().get(question_id)
    show_question(console, question, 3, lang)  # type: ignore[arg-type]
    return console.export_text().splitlines()


def test_a_long_option_wraps_under_its_own_text() -> None:
    """Art. 2(4)'s option is three lines at 80 columns: each continuation line starts under
    the option's text, not at the left margin under its number."""
    lines = _shown("exclusions")
    first = next(i for i, line in enumerate(lines) if line.lstrip().startswith("6  "))
    start = lines[first].index("Een overheidsinstantie")
    follow = lines[first + 1]
    assert follow[:start].strip() == "" and follow[start:].startswith("organisatie")
    assert all(len(line.rstrip()) <= 80 for line in lines)


def test_an_option_text_is_never_read_as_console_markup() -> None:
    question = catalogue().get("territory")
    option = dataclasses.replace(question.options[0], text_nl="[bold]vet[/bold] [link]")
    question = dataclasses.replace(question, options=(option, *question.options[1:]))
    console = Console(width=80, record=True, color_system=None)
    show_question(console, question, 1, "nl")
    assert "[bold]vet[/bold] [link]" in console.export_text()


def test_a_stopped_interview_says_so_and_how_to_go_on(tmp_path: Path) -> None:
    """The end of input before the last question is not a "don't know": the summary says the
    interview stopped, and the command says how to go on from the case file."""
    out = tmp_path / "case.yaml"
    for lang, stopped, undetermined, go_on in (
        ("nl", "Gestopt voor de laatste vraag", "weet ik niet", "verder gaan: aiact interview"),
        ("en", "Stopped before the last question", "don't know'", "to go on: aiact interview"),
    ):
        result = CliRunner().invoke(
            main,
            [
                "interview",
                "--lang",
                lang,
                "--as-of",
                "2026-11-28",
                "--no-arrows",
                "--out",
                str(out),
            ],
            input="1\n",  # an AI system (round 18: the first question says so), then the end
        )
        assert result.exit_code == 0, result.output
        assert stopped in result.output
        assert undetermined not in result.output.split(stopped)[1].split("\n")[0]
        assert f"{go_on} --case {out}" in result.output
        more = CliRunner().invoke(
            main,
            ["interview", "--lang", lang, "--case", str(out), "--no-arrows"],
            input="!\n",
        )
        assert more.exit_code == 0, more.output
        assert "1  " in more.output  # it goes on with the next question


def test_an_interview_stopped_before_the_subject_is_refused_in_dutch() -> None:
    result = CliRunner().invoke(
        main, ["interview", "--lang", "nl", "--as-of", "2026-11-28", "--no-arrows"], input=""
    )
    assert result.exit_code != 0
    assert "de vragenlijst is gestopt voordat bekend was waarover die gaat" in result.output


def test_the_first_question_offers_no_dont_know_key() -> None:
    """The first question (system or model) has no "don't know": its second answer is the
    person's "not known yet"; later questions offer "?"."""
    from aiact.questions import SUBJECT_QUESTION

    console = Console(width=80, record=True, color_system=None)
    show_question(console, SUBJECT_QUESTION, 1, "nl")
    text = console.export_text()
    assert "! = stoppen" in text and "? = weet ik niet" not in text
    assert "? = weet ik niet" in "\n".join(_shown("exclusions"))
