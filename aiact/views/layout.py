"""Tables that fit the terminal without cropping or splitting a value.

A :class:`Grid` is a table whose columns say what they hold: an *atom* (an amount, a date, a
citation, a label: never split) or *prose* (a title: wrapped between words, never inside one).
When the terminal is wide enough for every atom whole and every word of the prose whole -- and at
least :data:`STACK_BELOW` columns -- it renders as a table; otherwise each row becomes a block of
``label  value`` lines (the stacked layout), which fits any width without cutting a value.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

STACK_BELOW = 100
"""Below this many columns every multi-column table is stacked."""

Kind = Literal["atom", "prose", "list"]
"""``atom``: one value, never split; ``prose``: words, wrapped between them; ``list``: values one
per line (join them with ``\n``), each never split."""


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = "prose"
    justify: Literal["left", "right"] = "left"
    style: str = ""


Cell = str | Text


#: Values that wrapping keeps on one line: a date (``31 december 2030``, ``2 Aug 2030``) and
#: the parts of a citation (``artikel 111``, ``lid 2``, ``punt c``, ``Art. 6(2)``).
WHOLE = re.compile(
    r"\b\d{1,2} [A-Za-zé]+\.? \d{4}\b"
    r"|\b(?:[Aa]rtikel(?:en)?|[Bb]ijlage) [\w()]+"
    r"(?:,? (?:lid|leden|punt(?:en)?|onder|eerste|tweede|derde|vierde|vijfde) [\w()]+)*"
    r"|\b(?:lid|leden|punt(?:en)?|onder|alinea) [\w()]+"
    r"|\b(?:Arts?\.|Annex) [\w()]+(?:, (?:first|second|third|fourth|fifth) "
    r"(?:sub)?paragraph|, point [\w()]+)*"
    r"|\b(?:point|paragraph) [\w()]+"
    r"|\((?:EU|EG|EC|EEG|EEC)\) (?:nr\. |No )?\d+/\d+"
)
_GLUE = "\x00"


def wrap(value: str, width: int, indent: str = "") -> list[str]:
    """``value`` in lines of at most ``width`` characters, broken only between words and never
    inside a date or a citation part (:data:`WHOLE`); continuation lines start with ``indent``.
    A word longer than ``width`` stays whole on its own line."""
    out: list[str] = []
    for paragraph in value.split("\n"):  # a line break in the value stays one
        glued = WHOLE.sub(lambda m: m.group().replace(" ", _GLUE), paragraph)
        lines = textwrap.wrap(
            glued,
            width=max(1, width),
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
        out.extend(line.replace(_GLUE, " ") for line in lines or [""])
    return out or [value]


def _fit(cell: Cell, width: int) -> Cell:
    """A plain prose cell pre-wrapped to ``width`` (so dates and citations stay whole); a styled
    cell or one that already fits as it is."""
    if isinstance(cell, Text) or "\n" in cell or len(cell) <= width:
        return cell
    return "\n".join(wrap(cell, width))


class Prose:
    """Words that rich lays out in whatever width it gives them, wrapped by :func:`wrap` (dates
    and citations whole) instead of rich's own wrapping."""

    def __init__(self, value: str, style: str = "") -> None:
        self.value = value
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Text("\n".join(wrap(self.value, options.max_width)), style=self.style)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        glued = WHOLE.sub(lambda m: m.group().replace(" ", _GLUE), self.value)
        shortest = max((len(word) for word in glued.split()), default=0)  # split: also on \n
        longest = _longest_line(self.value)
        return Measurement(min(shortest, longest), longest)


class Wrapped:
    """A styled :class:`~rich.text.Text` wrapped by :func:`wrap` (dates and citations whole) in
    whatever width rich gives it, keeping its styles."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        plain = self.text.plain
        width = options.max_width
        if len(plain) <= width or "\n" in plain:
            yield self.text
            return
        offsets: list[int] = []
        position = 0
        for index, line in enumerate(wrap(plain, width)):
            start = plain.find(line, position)
            if start < 0:  # pragma: no cover - wrap only drops spaces between lines
                yield self.text
                return
            if index:
                offsets.append(start)
            position = start + len(line)
        pieces = self.text.divide(offsets)
        for piece in pieces:
            piece.rstrip()
        yield Text("\n").join(pieces)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Prose(self.text.plain).__rich_measure__(console, options)


def _plain(cell: Cell) -> str:
    return cell.plain if isinstance(cell, Text) else cell


def _longest_word(value: str) -> int:
    return max((len(word) for word in value.split()), default=0)


def _longest_line(value: str) -> int:
    return max((len(line) for line in value.splitlines()), default=0)


def _min_width(column: Column, values: list[str]) -> int:
    """The narrowest the column can be without splitting a value (an atom column does not wrap
    its header either)."""
    if column.kind == "atom":
        return max([len(column.header), *(len(v) for v in values)])
    if column.kind == "list":
        return max([_longest_word(column.header), *(_longest_line(v) for v in values)])
    return max([_longest_word(column.header), *(_longest_word(v) for v in values)])


@dataclass
class Grid:
    """A responsive table (see the module docstring)."""

    columns: Sequence[Column]
    rows: list[Sequence[Cell]] = field(default_factory=list)
    title: str | None = None
    caption: str | None = None
    key: int = 0
    """The column whose value heads each block in the stacked layout."""

    def add_row(self, *cells: Cell) -> None:
        self.rows.append(cells)

    def _values(self, index: int) -> list[str]:
        return [_plain(row[index]) for row in self.rows]

    def needed_width(self) -> int:
        """The narrowest table that keeps every atom whole and every word unbroken."""
        total = sum(_min_width(c, self._values(i)) for i, c in enumerate(self.columns))
        return total + self._frame()

    def _frame(self) -> int:
        """What box.SIMPLE_HEAD adds: one space of padding each side of a cell, and an edge
        before, between and after the columns."""
        return 3 * len(self.columns) + 1

    def widths(self, width: int) -> list[int]:
        """A width for every column: atoms and lists their full width, the prose columns share
        the rest in proportion to their longest value, never below their longest word."""
        minimum = [_min_width(c, self._values(i)) for i, c in enumerate(self.columns)]
        natural = [
            max([len(c.header), *(_longest_line(v) for v in self._values(i))])
            for i, c in enumerate(self.columns)
        ]
        prose = [i for i, c in enumerate(self.columns) if c.kind == "prose"]
        spare = width - self._frame() - sum(minimum)
        out = list(minimum)
        wanted = {i: max(0, natural[i] - minimum[i]) for i in prose}
        total = sum(wanted.values())
        if total and spare > 0:
            for i in prose:
                out[i] += min(wanted[i], spare * wanted[i] // total)
        return out

    def table(self, width: int = 200) -> Table:
        table = Table(
            box=box.SIMPLE_HEAD,
            title=self.title,
            title_justify="left",
            title_style="bold",
            caption=self.caption,
            caption_justify="left",
        )
        sizes = self.widths(width)
        for column, size in zip(self.columns, sizes, strict=True):
            table.add_column(
                column.header,
                justify=column.justify,
                style=column.style,
                no_wrap=column.kind == "atom",
                width=size,
                overflow="fold",
            )
        for row in self.rows:
            table.add_row(
                *(
                    _fit(cell, size) if column.kind == "prose" else cell
                    for column, size, cell in zip(self.columns, sizes, row, strict=True)
                )
            )
        return table

    def stacked(self, width: int = STACK_BELOW) -> RenderableType:
        """Each row as a block: its key value as a heading, then ``label  value`` lines; a value
        too long to sit beside its label goes on the next line, indented."""
        parts: list[RenderableType] = []
        if self.title:
            parts.append(Text(self.title, style="bold"))
        labels = [c.header for i, c in enumerate(self.columns) if i != self.key]
        label_width = 2 + max((len(label) for label in labels), default=0)
        room = width - label_width - 2
        for row in self.rows:
            head = row[self.key]
            heading = head.copy() if isinstance(head, Text) else Text(str(_fit(head, width)))
            heading.stylize("bold")
            parts.append(Text(""))
            parts.append(heading)
            block = Table.grid(padding=(0, 2), pad_edge=False)
            block.add_column(no_wrap=True, style="dim", min_width=label_width)
            block.add_column(overflow="fold")
            for index, (column, cell) in enumerate(zip(self.columns, row, strict=True)):
                value = _plain(cell)
                if index == self.key or not value:
                    continue
                longest = len(value) if column.kind == "atom" else _longest_line(value)
                if column.kind != "prose" and longest > room:
                    parts.append(block)
                    parts.append(Text(f"  {column.header}", style="dim"))
                    indented = Table.grid(padding=(0, 0, 0, 4), pad_edge=True)
                    indented.add_column(overflow="fold")
                    indented.add_row(cell)
                    parts.append(indented)
                    block = Table.grid(padding=(0, 2), pad_edge=False)
                    block.add_column(no_wrap=True, style="dim", min_width=label_width)
                    block.add_column(overflow="fold")
                    continue
                if column.kind == "prose":
                    cell = _fit(cell, room)
                block.add_row(f"  {column.header}", cell)
            parts.append(block)
        if self.caption:
            parts.append(Text(""))
            parts.append(Text(self.caption, style="dim"))
        parts.append(Text(""))
        return Group(*parts)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if width < STACK_BELOW or self.needed_width() > width:
            yield self.stacked(width)
        else:
            yield self.table(width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)
