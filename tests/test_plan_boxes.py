"""The compliance plan's boxes: every text stays inside its box and no two texts of a box overlap
(round 31).

Looked at as a director would (docs/img, regenerated this round): the citation "Art. 26(6), second
subparagraph" ran out of its box, and in Dutch a box's date ran into the second line of its
title, while long compounds were cut mid-word without a hyphen ("conformiteitsbeoordelin" /
"gsprocedure"). The drawing is measured here as matplotlib lays it out.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiact.graph import plan
from aiact.graph.draw import HEAD_WIDTH, _wrapped, citation_lines, short_title

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs"))
import make_images

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzë-()", min_size=1, max_size=40)


@given(st.lists(WORDS, max_size=12), st.integers(min_value=6, max_value=44))
def test_wrapped_lines_fit_and_keep_every_letter(words: list[str], width: int) -> None:
    """Each line at most ``width`` characters, none empty, and the letters in order: only
    spaces and hyphens differ from the text."""
    text = " ".join(words)
    lines = _wrapped(text, width)
    assert all(0 < len(line) <= width for line in lines)

    def letters(value: str) -> str:
        return value.replace(" ", "").replace("-", "")

    assert letters("".join(lines)) == letters(text)


@given(st.lists(WORDS, max_size=12), st.integers(min_value=6, max_value=44), st.integers(1, 3))
def test_a_short_title_keeps_to_its_lines(words: list[str], width: int, lines: int) -> None:
    shown = short_title(" ".join(words), width, lines)
    assert len(shown.split("\n")) <= lines
    assert all(len(line) <= width for line in shown.split("\n"))


def test_long_dutch_words_break_with_a_hyphen() -> None:
    assert _wrapped("De conformiteitsbeoordelingsprocedure uitvoeren", 26) == [
        "De conformiteitsbeoordeli-",
        "ngsprocedure uitvoeren",
    ]
    assert _wrapped("Een EU-conformiteitsverklaring opstellen", 26)[0] == "Een EU-"


@pytest.mark.parametrize(
    ("citation", "lines"),
    [
        ("Art. 9", ["Art. 9"]),
        ("8. Artikel 16, punt b", ["8. Artikel 16, punt b"]),
        ("6. Art. 26(6), second subparagraph", ["6. Art. 26(6),", "second subparagraph"]),
        ("Artikel 60, lid 4, punt c", ["Artikel 60, lid 4,", "punt c"]),
        ("Artikel 26, lid 6, tweede alinea", ["Artikel 26, lid 6,", "tweede alinea"]),
    ],
)
def test_a_citation_breaks_after_a_comma(citation: str, lines: list[str]) -> None:
    assert citation_lines(citation) == lines
    assert all(len(line) <= HEAD_WIDTH + 4 for line in lines)


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("scenario", ["public_deployer", "provider"])
def test_every_text_stays_in_its_box(scenario: str, lang: str) -> None:
    """The two plans of docs/graph.md, in English and Dutch: each text drawn on a box (the
    citation, the title, the date) lies within the box, and the texts of a box do not overlap."""
    pytest.importorskip("matplotlib")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.patches import FancyBboxPatch

    figure = plan(getattr(make_images, scenario)()).draw(lang=lang)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    (ax,) = figure.axes
    boxes = [p.get_window_extent(renderer) for p in ax.patches if isinstance(p, FancyBboxPatch)]
    assert boxes
    inside: dict[int, list[tuple[str, object]]] = {}
    for text in ax.texts:
        if not text.get_text():
            continue
        extent = text.get_window_extent(renderer)
        anchor = ax.transData.transform(text.get_position())
        owners = [i for i, box in enumerate(boxes) if box.contains(*anchor)]
        if not owners:
            continue  # a band's heading
        (owner,) = owners
        box = boxes[owner]
        slack = 1.0  # a pixel of antialiasing
        assert box.x0 - slack <= extent.x0 and extent.x1 <= box.x1 + slack, text.get_text()
        assert box.y0 - slack <= extent.y0 and extent.y1 <= box.y1 + slack, text.get_text()
        inside.setdefault(owner, []).append((text.get_text(), extent))
    for texts in inside.values():
        for i, (first, a) in enumerate(texts):
            for second, b in texts[i + 1 :]:
                assert not a.overlaps(b), (first, second)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["public-deployer", "provider"])
def test_the_pictures_of_the_docs_are_current(name: str) -> None:
    """docs/img/plan-<name>.png was drawn from the plan that docs/img/plan-<name>.json holds
    (both written by docs/make_images.py); the plan drawn now must be that plan. Round 31 found
    the pictures nine days and several legal changes old (Art. 4(1) from 2 February 2025)."""
    committed = Path(__file__).resolve().parents[1] / "docs" / "img" / f"plan-{name}.json"
    scenario = {"public-deployer": make_images.public_deployer, "provider": make_images.provider}
    now = plan(scenario[name]()).to_json() + "\n"
    assert committed.read_text(encoding="utf-8") == now, (
        f"docs/img/plan-{name}.png is out of date: run python docs/make_images.py"
    )
