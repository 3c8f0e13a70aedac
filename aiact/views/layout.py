"""Tables that fit the terminal without cropping or splitting a value.

A :class:`Grid` is a table whose columns say what they hold: an *atom* (an amount, a date, a
citation, a label: never split) or *prose* (a title: wrapped between words, never inside one).
When the terminal is wide enough for every atom whole and every word of the prose whole -- and at
least :data:`STACK_BELOW` columns -- it renders as a table; otherwise each row becomes a block of
``label  value`` lines (the stacked layout), which fits any width without cutting a value.
"""

from __future__ import annotations

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

Kind = Literal["atom", "prose"]


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = "prose"
    justify: Literal["left", "right"] = "left"
    style: str = ""


Cell = str | Text


def _plain(cell: Cell) -> str:
    return cell.plain if isinstance(cell, Text) else cell


def _longest_word(value: str) -> int:
    return max((len(word) for word in value.split()), default=0)


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

    def needed_width(self) -> int:
        """The narrowest table that keeps every atom whole and every word unbroken."""
        total = 0
        for index, column in enumerate(self.columns):
            widest = _longest_word(column.header)
            for row in self.rows:
                value = _plain(row[index])
                widest = max(widest, len(value) if column.kind == "atom" else _longest_word(value))
            total += widest + 2  # the cell padding of box.SIMPLE_HEAD
        return total + 2

    def table(self) -> Table:
        table = Table(
            box=box.SIMPLE_HEAD,
            title=self.title,
            title_justify="left",
            title_style="bold",
            caption=self.caption,
            caption_justify="left",
        )
        for index, column in enumerate(self.columns):
            words = [_longest_word(column.header)]
            words += [
                len(_plain(r[index])) if column.kind == "atom" else _longest_word(_plain(r[index]))
                for r in self.rows
            ]
            table.add_column(
                column.header,
                justify=column.justify,
                style=column.style,
                no_wrap=column.kind == "atom",
                min_width=max(words),
                overflow="fold",
            )
        for row in self.rows:
            table.add_row(*row)
        return table

    def stacked(self) -> RenderableType:
        parts: list[RenderableType] = []
        if self.title:
            parts.append(Text(self.title, style="bold"))
        for row in self.rows:
            block = Table.grid(padding=(0, 2), pad_edge=False)
            block.add_column(no_wrap=True, style="dim")
            block.add_column(overflow="fold")
            head = row[self.key]
            heading = head.copy() if isinstance(head, Text) else Text(head)
            heading.stylize("bold")
            parts.append(Text(""))
            parts.append(heading)
            for index, (column, cell) in enumerate(zip(self.columns, row, strict=True)):
                if index == self.key or not _plain(cell):
                    continue
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
            yield self.stacked()
        else:
            yield self.table()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)
