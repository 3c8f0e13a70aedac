"""Console views (``rich``), used by the command line.

Every multi-column table is a :class:`~aiact.views.layout.Grid`: a table when the terminal is
wide enough to show every value whole, a stacked list of ``label  value`` lines below 100
columns. Amounts, dates and citations are never cropped or split.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from aiact.i18n import nt, t
from aiact.obligations.model import Modality
from aiact.views import _rows as R
from aiact.views.i18n import (
    Lang,
    cite,
    measure_label,
    role_label,
    shown_title,
    text,
    tier_label,
    truth,
)
from aiact.views.layout import Column, Grid, Prose, Wrapped

if TYPE_CHECKING:
    from aiact.assessment import Assessment, ObligationResult
    from aiact.derivation import Derivation
    from aiact.graph.plan import PlanStep
    from aiact.obligations.model import Obligation
    from aiact.timeline.milestones import Milestone
    from aiact.views.explain import Line

STYLES: dict[str, str] = {
    "in_force": "bold red",
    "upcoming": "yellow",
    "not_applicable": "dim",
    "undetermined": "cyan",
    "true": "green",
    "false": "dim",
    "unknown": "cyan",
}

TIER_STYLES: dict[str, str] = {
    "prohibited": "bold white on red",
    "high_risk": "bold red",
    "transparency": "bold yellow",
    "minimal": "bold green",
    "gpai_systemic_risk": "bold red",
    "gpai": "bold yellow",
    "undetermined": "bold cyan",
}


def _pairs(rows: Iterable[tuple[str, str]], title: str | None = None) -> Table:
    table = Table(
        box=box.SIMPLE, show_header=False, title=title, title_justify="left", title_style="bold"
    )
    table.add_column(style="bold", ratio=1)
    table.add_column(ratio=2)
    for key, value in rows:
        table.add_row(key, Prose(value))
    return table


def _truths(rows: list[tuple[str, str, str]], title: str, lang: Lang) -> Table:
    table = Table(box=box.SIMPLE, title=title, title_justify="left", title_style="bold")
    table.add_column(text("category", lang))
    table.add_column(text("holds", lang), no_wrap=True)
    for label, value, key in rows:
        table.add_row(label, Text(value, style=STYLES.get(key, "")))
    return table


def _results_grid(
    results: list[ObligationResult], a: Assessment, lang: Lang, *, kind: Modality
) -> Grid:
    """The obligations that apply or may apply (``kind`` duty), what the Act allows (permission)
    or the limits on the obligations (limitation): a permission or a limitation binds nobody,
    so it has no measure to plan nor a date to comply by, and its title is shown as the Act
    words it under the column "Permission" or "Limitation" (rev32c D3), a limitation with the
    duty it narrows (lim33)."""
    binds = kind.binds
    columns = [
        Column(text("citation", lang), "atom"),
        Column(text(_COLUMN[kind], lang)),
        *([Column(text("limits", lang), "atom")] if kind is Modality.LIMITATION else []),
        Column(text("addressees_held", lang), "list"),
        *([Column(text("measure", lang))] if binds else []),
        Column(text("status", lang), "atom"),
        Column(text("applies_from", lang), "atom"),
        *([Column(text("deadline", lang), "atom")] if binds else []),
    ]
    heading = text(_HEADING[kind], lang)
    grid = Grid(columns, title=f"{heading} ({len(results)})")
    for result in results:
        r = R.obligation_row(result, lang, a.roles)
        key = r.status_key if r.applies_key == "true" else "undetermined"
        status = Text(r.status, style=STYLES.get(key, ""))
        addressees = r.addressees.replace(", ", "\n")
        if binds:
            grid.add_row(
                r.citation, r.title, addressees, r.measure, status, r.applies_from, r.deadline
            )
            continue
        title = R.plain_title(result, lang)
        limited = [R.limited_duty(result.obligation, lang)] if kind is Modality.LIMITATION else []
        grid.add_row(r.citation, title, *limited, addressees, status, r.applies_from)
    return grid


_COLUMN = {
    Modality.DUTY: "obligation",
    Modality.PERMISSION: "permission",
    Modality.LIMITATION: "limitation",
}
"""The title column of each list of :func:`_results_grid`."""
_HEADING = {
    Modality.DUTY: "obligations",
    Modality.PERMISSION: "permissions",
    Modality.LIMITATION: "limitations",
}
"""The heading of each list of :func:`_results_grid` (and the plan's lists apart)."""


def _plan_apart(steps: Sequence[PlanStep], kind: Modality, lang: Lang) -> Grid:
    """The plan's list of what binds nobody, of one ``kind`` (permission or limitation): no
    step, so no measure nor deadline; a limitation with the duty it narrows (lim33)."""
    limitation = kind is Modality.LIMITATION
    grid = Grid(
        [
            Column(text("citation", lang), "atom"),
            Column(text(_COLUMN[kind], lang)),
            *([Column(text("limits", lang), "atom")] if limitation else []),
            Column(text("applies", lang), "atom"),
            Column(text("applies_from", lang), "atom"),
        ],
        title=text(_HEADING[kind], lang),
    )
    for step in steps:
        row = R.plan_step_row(step, lang)
        limited = [R.limited_duty(step.obligation, lang)] if limitation else []
        grid.add_row(row.citation, row.title, *limited, truth(step.applies, lang), row.applies_from)
    return grid


def assessment_renderable(a: Assessment, lang: Lang) -> RenderableType:
    """The Assessment as rich tables."""
    tier = a.risk_tier.value
    lead, value = R.dated_headline(a, lang)
    headline = Text(f"{lead}: ", style="bold")
    headline.append(value, style=TIER_STYLES.get(tier, "bold"))
    parts: list[RenderableType] = [
        Text(f"{text('title', lang)}: {R.subject_name(a, lang)}", style="bold underline"),
        _pairs(R.header_rows(a, lang)),
        headline,
        _pairs(R.classification_rows(a, lang)[1:], text("scope_and_route", lang)),
        *(
            [_pairs(R.tier_change_rows(a, lang), text("tier_changes", lang))]
            if a.tier_changes
            else []
        ),
        _truths(R.category_rows(a, lang), text("classification", lang), lang),
        _truths(R.role_rows(a, lang), text("roles", lang), lang),
    ]
    practices = R.practice_rows(a, lang)
    if practices:
        parts.append(_truths(practices, text("prohibited_practices", lang), lang))
    duties = R.transparency_rows(a, lang)
    if duties:
        parts.append(_truths(duties, text("transparency_duties", lang), lang))
    split = R.by_modality(a.obligations)
    parts.append(
        _results_grid(split.duties, a, lang, kind=Modality.DUTY)
        if split.duties
        else Text(text("no_obligations", lang))
    )
    if split.permissions:
        # What the Act allows (Art. 27(4) as replaced: "may"): apart, never "Obligation".
        parts.append(_results_grid(split.permissions, a, lang, kind=Modality.PERMISSION))
    if split.limitations:
        # Limits on the obligations (Art. 26(5): "This obligation shall not cover"): apart,
        # never "Obligation" (lim33).
        parts.append(_results_grid(split.limitations, a, lang, kind=Modality.LIMITATION))
    if a.not_binding:
        # Date "never" (Art. 111(2)), conditions met or not yet determined: apart, with the
        # reason (never24, never25).
        apart = Grid(
            [
                Column(text("citation", lang), "atom"),
                Column(text("obligation", lang)),
                Column(text("conditions", lang)),
                Column(text("reason", lang)),
            ],
            title=R.not_binding_heading(a, lang),
            caption=text("not_binding_intro", lang),
        )
        for result in a.not_binding:
            r = R.obligation_row(result, lang)
            apart.add_row(r.citation, r.title, R.conditions_label(result, lang), r.timing_reason)
        parts.append(apart)
    upcoming = [R.obligation_row(r, lang) for r in a.deadlines()]
    deadlines = Grid(
        [
            Column(text("date", lang), "atom"),
            Column(text("citation", lang), "atom"),
            Column(text("obligation", lang)),
        ],
        title=text("deadlines", lang),
    )
    for r in upcoming:
        deadlines.add_row(r.due, r.citation, r.title)
    parts.append(deadlines if upcoming else Text(text("no_deadlines", lang)))
    parts.append(_pairs(R.exposure_rows(a, lang, "\n"), text("exposure", lang)))
    profile = R.exposure_profile_rows(a, lang, "\n")
    if len(profile) > 1:
        pt = Grid(
            [
                Column(text("from_date", lang), "atom"),
                Column(text("max_ceiling", lang), "atom"),
                Column(text("starts_binding", lang), "list"),
                Column(text("ceiling_changes", lang), "list"),
            ],
            title=text("exposure_profile", lang),
        )
        for row in profile:
            pt.add_row(*row)
        parts.append(pt)
    questions = R.open_question_rows(a, lang, sep="\n")
    if questions:
        columns = [Column(text("question", lang)), Column(text("affects", lang), "list")]
        if lang == "en":
            columns.insert(0, Column(text("fact", lang), "atom", style="cyan"))
        qt = Grid(
            columns,
            title=f"{text('open_questions', lang)} ({len(questions)})",
            caption=text("open_questions_intro", lang),
        )
        for fact, question, affects in questions:
            qt.add_row(*((fact,) if lang == "en" else ()), question, affects)
        parts.append(qt)
    else:
        parts.append(Text(text("no_open_questions", lang)))
    if a.assumed:
        at = Grid(
            [
                Column(text("fact", lang), "atom" if lang == "en" else "prose"),
                Column(text("value", lang), "atom"),
                Column(text("assumption", lang)),
            ],
            title=text("assumed", lang),
        )
        for fact, shown, source in R.assumed_rows(a, lang):
            at.add_row(fact, shown, source)
        parts.append(at)
    it = Grid(
        [
            Column(text("id", lang), "atom"),
            Column(text("question", lang)),
            Column(text("reading", lang)),
        ],
        title=text("interpretations", lang),
    )
    for code, question, reading in R.interpretation_rows(a, lang):
        it.add_row(code, question, reading)
    parts.append(it)
    return Group(*parts)


def _line_text(line: Line, lang: Lang) -> Text:
    out = Text(truth(line.value, lang), style=STYLES.get(R.truth_key(line.value), ""))
    out.append("  ")
    if line.citation:
        out.append(f"{line.citation}: ", style="bold")
    out.append(line.text, style="dim" if line.is_input else "")
    if line.reading:
        out.append(f" [{line.reading}]", style="magenta")
    return out


def _outline_tree(line: Line, lang: Lang) -> Tree:
    def grow(branch: Tree, node: Line) -> None:
        if node.more:
            branch.add("…")
        for child in node.children:
            grow(branch.add(Wrapped(_line_text(child, lang))), child)

    root = Tree(Wrapped(_line_text(line, lang)))
    grow(root, line)
    return root


def derivation_tree(d: Derivation, lang: Lang, max_depth: int = 12) -> Tree:
    """A derivation as a rich tree with Dutch or English citations (in Dutch: words only, see
    :mod:`aiact.views.explain`)."""
    if lang == "nl":
        from aiact.views.explain import outline

        return _outline_tree(outline(d, lang, max_depth), lang)

    def label(node: Derivation) -> Text:
        key = R.truth_key(node.value)
        out = Text(node.conclusion, style="bold" if not node.is_input else "")
        out.append(" = ")
        out.append(truth(node.value, lang), style=STYLES.get(key, ""))
        if node.is_input:
            out.append(f" ({text('input_fact', lang)})", style="dim")
        return out

    def grow(branch: Tree, node: Derivation, depth: int) -> None:
        if node.is_input:
            return
        if depth >= max_depth:
            branch.add("…")
            return
        if not node.steps:
            branch.add(Text(text("no_rule", lang), style="dim"))
        for step in node.steps:
            title = step.rule.title_en
            line = Text(truth(step.value, lang), style=STYLES.get(R.truth_key(step.value), ""))
            line.append(f"  {cite(step.rule.source, lang)}: ", style="bold")
            line.append(title)
            if step.rule.interpretation:
                line.append(f" [{step.rule.interpretation}]", style="magenta")
            sub = branch.add(Wrapped(line))
            for premise in step.premises:
                if premise.derivation is not None:
                    child = sub.add(label(premise.derivation))
                    grow(child, premise.derivation, depth + 2)
                else:
                    leaf = Text(premise.name)
                    leaf.append(" = ")
                    leaf.append(
                        truth(premise.value, lang),
                        style=STYLES.get(R.truth_key(premise.value), ""),
                    )
                    sub.add(leaf)

    root = Tree(label(d))
    grow(root, d, 0)
    return root


def catalogue_table(obligations: Iterable[Obligation], lang: Lang) -> Grid:
    from aiact.views.catalogue import obligation_risk, risk_label

    items = list(obligations)
    columns = [
        Column(text("citation", lang), "atom"),
        Column(text("obligation", lang)),
        Column(text("addressees", lang), "list"),
        Column(text("measure", lang)),
        Column(t("Risk category", lang)),
    ]
    if lang == "en":
        columns.insert(0, Column(text("id", lang), "atom"))
    grid = Grid(columns, title=f"{text('catalogue', lang)} ({len(items)})", key=0)
    for o in items:
        cells = [
            cite(o.source, lang),
            shown_title(o, lang),
            "\n".join(role_label(x, lang) for x in o.addressees),
            measure_label(o.measure, lang),
            risk_label(obligation_risk(o), lang),
        ]
        grid.add_row(*(([o.id] if lang == "en" else []) + cells))
    return grid


def timeline_table(items: Iterable[Milestone], lang: Lang) -> Grid:
    grid = Grid(
        [
            Column(text("date", lang), "atom"),
            Column(text("what", lang)),
            Column(text("citation", lang), "list"),
            Column(text("versions", lang)),
        ],
        title=text("timeline", lang),
    )
    for m in items:
        grid.add_row(
            R.day(m.date, lang),
            m.what_nl if lang == "nl" else m.what_en,
            "\n".join(c.nl() if lang == "nl" else str(c) for c in m.citations),
            m.versions_label_nl if lang == "nl" else m.versions_label_en,
        )
    return grid


def plan_renderable(plan: Any, lang: Lang) -> RenderableType:
    """A compliance plan (:class:`aiact.graph.CompliancePlan`) as rich tables; the rows are the
    notebook view's (:mod:`aiact.views._rows`)."""
    parts: list[RenderableType] = []
    steps = Grid(
        [
            Column("#", "atom", justify="right"),
            Column(text("citation", lang), "atom"),
            Column(text("obligation", lang)),
            Column(text("status", lang), "atom"),
            Column(text("applies_from", lang), "atom"),
            Column(text("deadline", lang), "atom"),
            Column(text("blocked_by", lang), "list"),
        ],
        title=f"{text('plan_title', lang)} ({len(plan.steps)})",
        key=1,
    )
    for row in (R.plan_step_row(step, lang) for step in plan.steps):
        steps.add_row(
            row.position,
            row.citation,
            row.title,
            Text(row.status, style=STYLES.get(row.status_key, "")),
            row.applies_from,
            row.comply_by,
            "\n".join(row.blocked_by),
        )
    parts.append(steps)
    if plan.undetermined:
        und = Grid(
            [
                Column(text("citation", lang), "atom"),
                Column(text("obligation", lang)),
                Column(text("applies_from", lang), "atom"),
                Column(text("deadline", lang), "atom"),
            ],
            title=text("undetermined_steps", lang),
        )
        for row in (R.plan_step_row(step, lang) for step in plan.undetermined):
            und.add_row(row.citation, row.title, row.applies_from, row.comply_by)
        parts.append(und)
    if plan.external:
        ext = Grid(
            [
                Column(text("citation", lang), "atom"),
                Column(text("obligation", lang)),
                Column(text("addressees", lang), "list"),
            ],
            title=text("external", lang),
        )
        for ext_row in (R.plan_external_row(e, lang) for e in plan.external):
            ext.add_row(ext_row.citation, ext_row.title, "\n".join(ext_row.addressees))
        parts.append(ext)
    # What the Act allows and the limits on the obligations: they bind nobody, so they are no
    # step (Modality; a limitation names the duty it narrows, lim33).
    for kind, apart in (
        (Modality.PERMISSION, plan.permissions),
        (Modality.LIMITATION, plan.limitations),
    ):
        if apart:
            parts.append(_plan_apart(apart, kind, lang))
    parts.append(_pairs(R.plan_summary_rows(plan, lang)))
    return Group(*parts)


def portfolio_renderable(result: Any, lang: Lang, deadlines: int = 15) -> RenderableType:
    """A portfolio run (:class:`aiact.portfolio.PortfolioResult`): tiers, exposure, the summary
    (first 50 rows), the next deadlines and the errors."""
    rows = result.rows(lang)
    parts: list[RenderableType] = []
    tiers = Table(
        box=box.SIMPLE,
        title=nt("Portfolio: {n} system", "Portfolio: {n} systems", len(rows), lang),
        title_justify="left",
        title_style="bold",
    )
    tiers.add_column(text("risk_tier", lang))
    tiers.add_column(text("count", lang), justify="right", no_wrap=True)
    for tier, count in result.tier_counts().items():
        label = text("error", lang) if tier == "error" else tier_label(tier, lang)
        tiers.add_row(Text(label, style=TIER_STYLES.get(tier, "")), str(count))
    parts.append(tiers)
    exposure = result.exposure()
    highest = R.eur(exposure["highest_ceiling_eur"], lang)
    if exposure["highest_ceiling_system"]:
        highest = f"{highest} ({exposure['highest_ceiling_system']})"
    parts.append(
        _pairs(
            [
                (text("total_exposure", lang), highest),
                (text("sum_exposure", lang), R.eur(exposure["sum_of_ceilings_eur"], lang)),
            ],
            text("exposure", lang),
        )
    )
    table = Grid(
        [
            Column(text("name", lang)),
            Column(text("risk_tier", lang)),
            Column(t("Applying", lang), "atom", justify="right"),
            Column(t("Undetermined", lang), "atom", justify="right"),
            Column(t("After a change", lang), "atom", justify="right"),
            Column(text("next_deadline", lang), "atom"),
            Column(t("Fine ceiling", lang), "atom", justify="right"),
            Column(text("open_questions", lang), "atom", justify="right"),
        ],
        title=text("summary", lang),
        caption=t(
            "Applying: obligations that apply; Undetermined: obligations unknown facts decide; "
            "After a change: obligations that bind only after a significant change in the design "
            "(Art. 111(2))",
            lang,
        ),
    )
    shown = rows[:50]
    for row, entry in zip(shown, result.entries, strict=False):
        if row["error"]:
            # the row's path as its error lines name it (review79: "#2" beside "rows[1]")
            path = f"rows[{entry.index}]"
            where = t("field {path}", lang, path=path)
            label = f"{text('error', lang)}: {where}"
            table.add_row(row["name"], Text(label, style="bold red"), *[""] * 6)
            continue
        table.add_row(
            row["name"],
            Text(row["risk_tier_label"], style=TIER_STYLES.get(row["risk_tier"], "")),
            str(row["obligations"]),
            str(row["undetermined"]),
            str(row["not_binding"]),
            R.dated(row["next_deadline"], row["next_deadline_kind"], lang),
            R.eur(row["max_fine_eur"], lang),
            str(row["open_questions"]),
        )
    if len(rows) > len(shown):
        table.caption = f"{table.caption}; {text('more', lang, n=len(rows) - len(shown))}"
    parts.append(table)
    upcoming = result.deadlines(lang)[:deadlines] if deadlines > 0 else []
    if upcoming:
        dl = Grid(
            [
                Column(text("date", lang), "atom"),
                Column(text("name", lang)),
                Column(text("citation", lang), "atom"),
                Column(text("obligation", lang)),
            ],
            title=text("deadlines", lang),
        )
        for d in upcoming:
            dl.add_row(
                R.dated(d["date"], d["kind_of_date"], lang),
                d["name"],
                cite(d["citation"], lang),
                d["title"],
            )
        parts.append(dl)
    return Group(*parts)
