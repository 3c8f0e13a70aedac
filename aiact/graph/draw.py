"""Pictures of a compliance plan: the plan as a layered graph and a Gantt-style timeline.

matplotlib is an optional dependency (``pip install 'aiact[plot]'``), imported only when a picture
is asked for; without it the functions raise :class:`PlotUnavailableError` saying how to install
it. The figures are plain :class:`matplotlib.figure.Figure` objects (no pyplot state), so they
work in scripts, tests and notebooks alike and save to PNG, SVG or PDF.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import textwrap
from typing import TYPE_CHECKING, Any, Literal

import networkx as nx

from aiact.graph.plan import BAND_LABELS, BANDS, CompliancePlan, PlanStep
from aiact.i18n import N_, pairs, t

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

Lang = Literal["en", "nl"]
LineStyle = Literal["solid", "dashed"]


class PlotUnavailableError(ImportError):
    """matplotlib is not installed."""


def matplotlib_available() -> bool:
    return importlib.util.find_spec("matplotlib") is not None


def _require() -> None:
    if not matplotlib_available():
        raise PlotUnavailableError(
            "drawing a plan needs matplotlib: pip install 'aiact[plot]' (or pip install matplotlib)"
        )


STATUS_STYLE: dict[str, tuple[str, str, LineStyle]] = {
    # status: (fill, edge, line style)
    "in_force": ("#d7f0d2", "#2e7d32", "solid"),
    "upcoming": ("#d6e6f7", "#1565c0", "solid"),
    "undetermined": ("#fff3cd", "#b7950b", "dashed"),
    "not_applicable": ("#eeeeee", "#9e9e9e", "solid"),
    "external": ("#ffffff", "#616161", "dashed"),
    "milestone": ("#37474f", "#263238", "solid"),
}

STATUS_LABELS: dict[str, tuple[str, str]] = pairs(
    {
        "in_force": N_("applies now"),
        "upcoming": N_("applies from a later date"),
        "undetermined": N_("may apply (facts unknown)"),
        "not_applicable": N_("not applicable"),
        "external": N_("another organisation's task"),
        "milestone": N_("milestone"),
    }
)

CRITICAL = "#d84315"

_DATA_BANDS = frozenset(("placing", "first_use"))
"""Bands labelled by their milestone's own (bilingual) title, not by the catalogue."""


def _band_label(band: str, lang: Lang) -> str:
    if band in _DATA_BANDS:
        return BAND_LABELS[band][1 if lang == "nl" else 0]
    return t(BAND_LABELS[band][0], lang)


HEAD_WIDTH = 20
"""The most characters of a box's citation on one line at the box's full font size."""


def _wrapped(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters, broken between words; a word longer
    than a line fills the rest of the line and goes on after a hyphen
    ("De conformiteitsbeoordeli-" / "ngsprocedure uitvoeren"), as long Dutch compounds need;
    a word that does not fit breaks after a hyphen of its own where it has one ("Een EU-")."""
    width = max(width, 6)  # room for a piece of a word and its hyphen on every line
    lines: list[str] = []
    line = ""
    for word in text.split():
        while True:
            gap = 1 if line else 0
            if len(line) + gap + len(word) <= width:
                line = f"{line} {word}" if line else word
                break
            space = width - len(line) - gap  # the characters left on the line
            own = word.rfind("-", 0, max(space, 0))  # a hyphen of the word's own ("EU-")
            if own >= 2:
                line = f"{line}{' ' * gap}{word[: own + 1]}"
                word = word[own + 1 :]
            elif len(word) > width and space >= 5:
                line = f"{line}{' ' * gap}{word[: space - 1]}-"
                word = word[space - 1 :]
            lines.append(line)
            line = ""
    if line:
        lines.append(line)
    return lines


def short_title(title: str, width: int = 26, lines: int = 2) -> str:
    """A title wrapped to ``lines`` lines of ``width`` characters (:func:`_wrapped`),
    shortened with an ellipsis."""
    wrapped = _wrapped(title, width)
    if len(wrapped) > lines:
        last = wrapped[lines - 1].rstrip("-")
        wrapped = [*wrapped[: lines - 1], (last[: width - 1].rstrip() + "…")]
    return "\n".join(wrapped)


def citation_lines(citation: str, width: int = HEAD_WIDTH + 4) -> list[str]:
    """A box's citation on as few lines as fit ``width`` characters, broken after a comma
    ("Artikel 60, lid 4," / "punt c"), at most two (then shortened as a title is)."""
    lines: list[str] = []
    for part in citation.split(", "):
        if lines and len(lines[-1]) + 2 + len(part) <= width:
            lines[-1] = f"{lines[-1]}, {part}"
        else:
            if lines:
                lines[-1] += ","
            lines.append(part)
    if len(lines) > 2 or any(len(line) > width for line in lines):
        return short_title(citation, width, 2).split("\n")
    return lines


def _band(graph: nx.DiGraph[str], node: str) -> str:
    data = graph.nodes[node]
    if data.get("kind") == "milestone":
        return str(node)
    return str(data.get("band") or data.get("milestone"))


def layout(
    graph: nx.DiGraph[str], max_rows: int = 9
) -> tuple[dict[str, tuple[float, float]], list[tuple[str, float, float]]]:
    """Positions (column, row) for a plan graph: bands left to right in life-cycle order
    (:data:`aiact.graph.plan.BANDS`), layered inside a band by the longest prerequisite chain,
    columns of more than ``max_rows`` nodes wrapped, rows ordered to follow predecessors.

    Returns the positions and the bands as (band, first column, last column)."""
    columns: list[list[str]] = []
    spans: list[tuple[str, float, float]] = []
    for band in BANDS:
        members = [n for n in graph.nodes if _band(graph, n) == band]
        if not members:
            continue
        inside = graph.subgraph(members)
        depth: dict[str, int] = {}
        for node in nx.topological_sort(inside):
            preds = list(inside.predecessors(node))
            depth[node] = 1 + max((depth[p] for p in preds), default=-1)
        start = len(columns)
        for level in range(max(depth.values()) + 1):
            layer = [n for n in members if depth[n] == level]
            # Wrapped layers: the nodes that feed a later layer go in the chunk nearest to it.
            layer.sort(key=lambda n: any(s in depth for s in inside.successors(n)))
            for chunk in range(0, len(layer), max_rows):
                columns.append(layer[chunk : chunk + max_rows])
        spans.append((band, float(start), float(len(columns) - 1)))
    rows = max((len(c) for c in columns), default=1)
    position: dict[str, tuple[float, float]] = {}
    order = {node: index for index, node in enumerate(graph.nodes)}
    for x, column in enumerate(columns):

        def weight(
            node: str, placed: dict[str, tuple[float, float]] = position
        ) -> tuple[float, int]:
            ys = [placed[p][1] for p in graph.predecessors(node) if p in placed]
            ys += [placed[s][1] for s in graph.successors(node) if s in placed]
            centre = sum(ys) / len(ys) if ys else float(rows)
            return (centre, order[node])

        column.sort(key=weight)
        offset = (rows - len(column)) / 2
        for y, node in enumerate(column):
            position[node] = (float(x), -(y + offset))
    return position, spans


def _implied(graph: nx.DiGraph[str], u: str, v: str) -> bool:
    """Whether the milestone edge ``u -> v`` is implied by a longer path (not drawn)."""
    return any(w != v and nx.has_path(graph, w, v) for w in graph.successors(u))


def draw_plan(
    plan: CompliancePlan,
    lang: Lang = "en",
    *,
    max_rows: int = 9,
    title: str | None = None,
) -> Figure:
    """Draw ``plan`` as a graph laid out left to right by milestone, boxes coloured by status
    (applies now, later, undetermined, another organisation's task), the critical path in
    orange, each box labelled with its citation and a short title; a legend explains the colours.
    """
    _require()
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Patch, Rectangle

    graph = plan.graph
    position, spans = layout(graph, max_rows=max_rows)
    n_columns = int(max((x for x, _ in position.values()), default=0)) + 1
    n_rows = int(-min((y for _, y in position.values()), default=0)) + 1
    x_gap, box_w, box_h = 1.32, 1.12, 0.8
    width, height = max(9.0, 2.35 * n_columns + 0.6), 1.75 + 0.78 * n_rows
    figure = Figure(figsize=(width, height), dpi=110)
    top = 1 - 1.2 / height
    ax: Axes = figure.add_axes((0.01, 0.01, 0.98, top - 0.01))
    ax.set_xlim(-0.75, (n_columns - 1) * x_gap + 0.75)
    ax.set_ylim(-(n_rows - 1) - 0.65, 1.05)
    ax.set_axis_off()

    for index, (band, first, last) in enumerate(spans):
        left, right = first * x_gap - 0.64, last * x_gap + 0.64
        if index % 2 == 0:
            ax.add_patch(
                Rectangle(
                    (left, -(n_rows - 1) - 0.6),
                    right - left,
                    n_rows + 0.95,
                    facecolor="#f5f7f9",
                    edgecolor="none",
                    zorder=0,
                )
            )
        label = _band_label(band, lang)
        ax.text(
            (left + right) / 2,
            0.78,
            "\n".join(textwrap.wrap(label, 24)),
            ha="center",
            va="center",
            fontsize=9,
            fontweight="bold",
            color="#37474f",
            zorder=1,
        )

    critical = set(plan.critical_path)
    critical_edges = set(zip(plan.critical_path, plan.critical_path[1:], strict=False))
    for node, (x, y) in position.items():
        data = graph.nodes[node]
        status = str(data.get("status") or "milestone")
        fill, edge, style = STATUS_STYLE.get(status, STATUS_STYLE["upcoming"])
        on_path = node in critical
        box = FancyBboxPatch(
            (x * x_gap - box_w / 2, y - box_h / 2),
            box_w,
            box_h,
            boxstyle="round,pad=0.02,rounding_size=0.08",
            facecolor=fill,
            edgecolor=CRITICAL if on_path else edge,
            linewidth=2.4 if on_path else 1.1,
            linestyle=style,
            zorder=3,
        )
        ax.add_patch(box)
        title_text = str(data.get("title_nl" if lang == "nl" else "title_en") or node)
        if data.get("kind") == "milestone":
            ax.text(
                x * x_gap,
                y,
                short_title(title_text, 18, 3),
                ha="center",
                va="center",
                fontsize=8.5,
                fontweight="bold",
                color="white",
                zorder=4,
            )
            continue
        head = _cite(str(data.get("citation") or node), lang)
        if data.get("position"):
            head = f"{data['position']}. {head}"
        # A citation longer than a line ("Art. 26(6), second subparagraph", "Artikel 60, lid
        # 4, punt c") in a smaller font, on two lines broken after a comma where it must be, the
        # title below it: neither leaves the box nor runs into the date in its corner.
        lines = citation_lines(head)
        two = len(lines) > 1
        ax.text(
            x * x_gap,
            y + (0.21 if two else 0.23),
            "\n".join(lines),
            ha="center",
            va="center",
            fontsize=8.5 if len(head) <= HEAD_WIDTH else 7.5,
            fontweight="bold",
            color="#212121",
            zorder=4,
            linespacing=1.0,
        )
        ax.text(
            x * x_gap,
            y - (0.11 if two else 0.07),
            short_title(title_text),
            ha="center",
            va="center",
            fontsize=7,
            color="#263238",
            zorder=4,
            linespacing=1.05,
        )
        if data.get("applies_from") and status in ("upcoming", "in_force"):
            ax.text(
                x * x_gap + box_w / 2 - 0.03,
                y - box_h / 2 + 0.03,
                # The ISO day of the plan's node in the medium format of ``lang`` ("2 aug
                # 2030"), as the plan's tables give it.
                _date(str(data["applies_from"]), lang),
                ha="right",
                va="bottom",
                fontsize=6,
                color="#546e7a",
                zorder=4,
            )

    for u, v in sorted(graph.edges, key=lambda e: (str(e[0]), str(e[1]))):
        if u not in position or v not in position:
            continue
        data = graph.edges[u, v]
        if data.get("basis") == "milestone" and _implied(graph, u, v):
            continue
        on_path = (u, v) in critical_edges
        (x1, y1), (x2, y2) = position[u], position[v]
        rad = 0.0 if x2 > x1 else 0.35
        start, end = _between_boxes(
            (x1 * x_gap, y1), (x2 * x_gap, y2), (box_w / 2 + 0.03, box_h / 2 + 0.03)
        )
        arrow = FancyArrowPatch(
            start,
            end,
            shrinkA=0,
            shrinkB=0,
            arrowstyle="-|>",
            mutation_scale=9,
            connectionstyle=f"arc3,rad={rad}",
            color=CRITICAL
            if on_path
            else ("#90a4ae" if data.get("basis") == "milestone" else "#546e7a"),
            linewidth=2.0 if on_path else 0.8,
            linestyle="dashed" if data.get("basis") == "milestone" else "solid",
            zorder=2 if not on_path else 2.5,
        )
        ax.add_patch(arrow)

    statuses = [
        s for s in STATUS_STYLE if any(graph.nodes[n].get("status") == s for n in graph.nodes)
    ]
    handles: list[Any] = [
        Patch(
            facecolor=STATUS_STYLE[s][0],
            edgecolor=STATUS_STYLE[s][1],
            linestyle=STATUS_STYLE[s][2],
            label=t(STATUS_LABELS[s][0], lang),
        )
        for s in statuses
    ]
    handles.append(
        Line2D(
            [],
            [],
            color="#546e7a",
            lw=1,
            label=t("prerequisite (cited)", lang),
        )
    )
    handles.append(
        Line2D(
            [],
            [],
            color="#90a4ae",
            lw=1,
            linestyle="dashed",
            label=t("milestone", lang),
        )
    )
    if plan.critical_path:
        handles.append(
            Line2D(
                [],
                [],
                color=CRITICAL,
                lw=2.2,
                label=t("critical path", lang),
            )
        )
    figure.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(0.005, 1 - 0.68 / height),
        ncol=len(handles),
        fontsize=8.5,
        frameon=False,
    )

    from aiact.i18n.fmt import date
    from aiact.versions import LawVersion
    from aiact.views._rows import dated
    from aiact.views.i18n import role_label

    who = plan.organisation or t("organisation", lang)
    roles = ", ".join(role_label(r, lang) for r in plan.roles) or t("no role", lang)
    heading = title or t(
        "Compliance plan: {who} ({roles}), as of {date}",
        lang,
        who=who,
        roles=roles,
        date=date(plan.as_of, lang),
    )
    sub = []
    if plan.next_deadline is not None:
        due = dated(plan.next_deadline, plan.next_deadline_kind, lang)
        sub.append(t("next date: {date}", lang, date=due))
    law = LawVersion.parse(plan.law)
    sub.append(t("law: {law}", lang, law=law.label_nl if lang == "nl" else law.label_en))
    figure.suptitle(
        heading, x=0.01, y=1 - 0.1 / height, ha="left", va="top", fontsize=12, fontweight="bold"
    )
    figure.text(
        0.01, 1 - 0.42 / height, " · ".join(sub), ha="left", va="top", fontsize=9, color="#455a64"
    )
    return figure


def draw_timeline(plan: CompliancePlan, lang: Lang = "en", *, width: float = 11.0) -> Figure:
    """A Gantt-style chart: one row per applicable obligation (plan order, grouped by band), a
    diamond on the date it binds (Art. 113; Art. 111), a bar to its Art. 111 'comply by' date if
    one governs (``PlanStep.comply_by``: the due date, so no bar past an earlier date from which
    the obligation binds, such as a significant change of a legacy public-authority system,
    Art. 111(2), first sentence; review51), and lines for ``as_of`` and the next deadline."""
    _require()
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    rows: list[tuple[str, PlanStep | None]] = []
    for band, steps in plan.by_milestone().items():
        rows.append((_band_label(band, lang), None))
        rows.extend(
            (f"{_cite(s.citation, lang)}  {short_title(s.title(lang), 44, 1)}", s) for s in steps
        )
    height = 1.4 + 0.24 * max(len(rows), 4)
    figure = Figure(figsize=(width, height), dpi=110)
    ax = figure.add_subplot(1, 1, 1)
    dates = [d for _, s in rows if s is not None for d in (s.applies_from, s.comply_by) if d]
    dates.append(plan.as_of)
    low, high = min(dates), max(dates)
    pad = dt.timedelta(days=max(60, (high - low).days // 12))
    ax.set_xlim(_x(low - pad), _x(high + pad))
    labels = []
    critical = set(plan.critical_path)
    bars = False
    for y, (label, step) in enumerate(rows):
        labels.append(label)
        if step is None:
            ax.axhspan(y - 0.5, y + 0.5, color="#eceff1", zorder=0)
            continue
        fill, edge, _ = STATUS_STYLE.get(step.status.value, STATUS_STYLE["upcoming"])
        if step.applies_from is None:
            continue
        if step.applies_from > plan.as_of:
            ax.plot(
                [_x(plan.as_of), _x(step.applies_from)], [y, y], color="#cfd8dc", lw=2.5, zorder=1
            )
        comply_by = step.comply_by
        if comply_by is not None:
            bars = bars or comply_by > step.applies_from
            ax.plot(
                [_x(step.applies_from), _x(comply_by)],
                [y, y],
                color=edge,
                lw=5,
                alpha=0.45,
                solid_capstyle="butt",
                zorder=2,
            )
            ax.plot([_x(comply_by)], [y], marker="|", color=edge, markersize=11, zorder=3)
        ax.plot(
            [_x(step.applies_from)],
            [y],
            marker="D",
            markersize=6.5,
            markerfacecolor=fill,
            markeredgecolor=CRITICAL if step.id in critical else edge,
            markeredgewidth=1.8 if step.id in critical else 1.0,
            zorder=4,
        )
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(labels, fontsize=7.5)
    for tick, (_, step) in zip(ax.get_yticklabels(), rows, strict=True):
        if step is None:
            tick.set_fontweight("bold")
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.axvline(_x(plan.as_of), color="#455a64", lw=1.2, linestyle="--")
    ax.text(
        _x(plan.as_of),
        -0.45,
        " " + t("as of", lang),
        fontsize=8,
        color="#455a64",
        va="top",
    )
    if plan.next_deadline is not None:
        ax.axvline(_x(plan.next_deadline), color=CRITICAL, lw=1.2)
    years = range(low.year, high.year + 2)
    ax.set_xticks([_x(dt.date(year, 1, 1)) for year in years], [str(year) for year in years])
    ax.grid(axis="x", color="#eceff1")
    ax.tick_params(axis="x", labelsize=8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    handles = [
        Line2D(
            [],
            [],
            marker="D",
            linestyle="none",
            markerfacecolor=STATUS_STYLE[s][0],
            markeredgecolor=STATUS_STYLE[s][1],
            label=t(STATUS_LABELS[s][0], lang),
        )
        for s in ("in_force", "upcoming")
    ]
    if bars:  # a transition that gives time after the date from which a duty binds
        handles.append(
            Line2D(
                [],
                [],
                color="#bdbdbd",
                lw=5,
                alpha=0.8,
                label=t("Art. 111 transition", lang),
            )
        )
    handles.append(Line2D([], [], color=CRITICAL, lw=1.2, label=t("next date", lang)))
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.03 - 0.35 / height),
        ncol=len(handles),
        fontsize=8,
        frameon=False,
    )
    ax.set_title(
        t(
            "Timeline: when each obligation binds (as of {date})",
            lang,
            date=_date(plan.as_of, lang),
        ),
        loc="left",
        fontsize=11,
        fontweight="bold",
    )
    figure.tight_layout()
    return figure


def _cite(source: str, lang: Lang) -> str:
    from aiact.views.i18n import cite

    return cite(source, lang)


def _date(day: dt.date | str, lang: Lang) -> str:
    """A date (or an ISO day, as the plan's nodes hold it) in the medium format of ``lang``."""
    from aiact.i18n.fmt import date

    return date(day, lang)


def _x(day: dt.date) -> float:
    """A date as matplotlib's default date number (days since 1970-01-01)."""
    return float((day - dt.date(1970, 1, 1)).days)


def _between_boxes(
    a: tuple[float, float], b: tuple[float, float], half: tuple[float, float]
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Where the straight line from box centre ``a`` to box centre ``b`` leaves the first box and
    enters the second (boxes of half-width and half-height ``half``, in data coordinates): the
    ends of the arrow between them. Computed here rather than by matplotlib's clipping at the
    boxes (``patchA``/``patchB``), which bisects each arrow against the rounded box's path and
    took 4-5 s for a plan's picture (round 29: a warm-up request of the service ran out of its
    10 s budget on a loaded machine)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    limits = [h / abs(d) for h, d in zip(half, (dx, dy), strict=True) if d]
    if not limits:
        return a, b
    t = min(min(limits), 0.5)
    return (a[0] + t * dx, a[1] + t * dy), (b[0] - t * dx, b[1] - t * dy)


def figure_png(figure: Figure) -> bytes:
    """The PNG bytes of a figure."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def plan_html(plan: CompliancePlan, lang: Lang = "en") -> str:
    """The plan's HTML view for notebooks, in ``lang`` (:func:`aiact.views.html.plan_html`)."""
    from aiact.views.html import plan_html as html_view

    return html_view(plan, lang)
