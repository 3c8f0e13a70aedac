"""Console views (``rich``), used by the command line."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from aiact.views import _rows as R
from aiact.views.i18n import (
    Lang,
    cite,
    measure_label,
    role_label,
    text,
    tier_label,
    truth,
)

if TYPE_CHECKING:
    from aiact.assessment import Assessment
    from aiact.derivation import Derivation
    from aiact.obligations.model import Obligation
    from aiact.timeline.milestones import Milestone

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
    table.add_column(style="bold")
    table.add_column()
    for key, value in rows:
        table.add_row(key, value)
    return table


def _truths(rows: list[tuple[str, str, str]], title: str, lang: Lang) -> Table:
    table = Table(box=box.SIMPLE, title=title, title_justify="left", title_style="bold")
    table.add_column(text("category", lang))
    table.add_column(text("holds", lang))
    for label, value, key in rows:
        table.add_row(label, Text(value, style=STYLES.get(key, "")))
    return table


def assessment_renderable(a: Assessment, lang: Lang) -> RenderableType:
    """The Assessment as rich tables."""
    tier = a.risk_tier.value
    headline = Text(f"{text('risk_tier', lang)}: ", style="bold")
    headline.append(tier_label(tier, lang), style=TIER_STYLES.get(tier, "bold"))
    parts: list[RenderableType] = [
        Text(f"{text('title', lang)}: {R.subject_name(a)}", style="bold underline"),
        _pairs(R.header_rows(a, lang)),
        headline,
        _pairs(R.classification_rows(a, lang)[1:], text("scope_and_route", lang)),
        _truths(R.category_rows(a, lang), text("classification", lang), lang),
        _truths(R.role_rows(a, lang), text("roles", lang), lang),
    ]
    practices = R.practice_rows(a, lang)
    if practices:
        parts.append(_truths(practices, text("prohibited_practices", lang), lang))
    duties = R.transparency_rows(a, lang)
    if duties:
        parts.append(_truths(duties, text("transparency_duties", lang), lang))
    table = Table(
        box=box.SIMPLE_HEAD,
        title=f"{text('obligations', lang)} ({len(a.obligations)})",
        title_justify="left",
        title_style="bold",
    )
    for heading in (
        "citation",
        "obligation",
        "addressees",
        "measure",
        "status",
        "applies_from",
        "deadline",
    ):
        table.add_column(text(heading, lang), overflow="fold")
    for result in a.obligations:
        r = R.obligation_row(result, lang)
        key = r.status_key if r.applies_key == "true" else "undetermined"
        table.add_row(
            r.citation,
            r.title,
            r.addressees,
            r.measure,
            Text(r.status, style=STYLES.get(key, "")),
            r.applies_from,
            r.deadline,
        )
    parts.append(table if a.obligations else Text(text("no_obligations", lang)))
    upcoming = [R.obligation_row(r, lang) for r in a.deadlines()]
    deadlines = Table(
        box=box.SIMPLE, title=text("deadlines", lang), title_justify="left", title_style="bold"
    )
    deadlines.add_column(text("date", lang))
    deadlines.add_column(text("citation", lang))
    deadlines.add_column(text("obligation", lang))
    for r in upcoming:
        deadlines.add_row(r.applies_from, r.citation, r.title)
    parts.append(deadlines if upcoming else Text(text("no_deadlines", lang)))
    parts.append(_pairs(R.exposure_rows(a, lang), text("exposure", lang)))
    questions = R.open_question_rows(a, lang)
    qt = Table(
        box=box.SIMPLE,
        title=f"{text('open_questions', lang)} ({len(questions)})",
        title_justify="left",
        title_style="bold",
        caption=text("open_questions_intro", lang),
    )
    qt.add_column(text("fact", lang), style="cyan")
    qt.add_column(text("question", lang), overflow="fold")
    qt.add_column(text("affects", lang), overflow="fold")
    for fact, question, affects in questions:
        qt.add_row(fact, question, affects)
    parts.append(qt if questions else Text(text("no_open_questions", lang)))
    if a.assumed:
        from aiact.questions.assumptions import ASSUMED_HEADING, assumed_rows

        at = Table(
            box=box.SIMPLE, title=ASSUMED_HEADING[lang], title_justify="left", title_style="bold"
        )
        for _ in range(3):
            at.add_column(overflow="fold")
        for row in assumed_rows(a, lang):
            at.add_row(*row)
        parts.append(at)
    it = Table(
        box=box.SIMPLE,
        title=text("interpretations", lang),
        title_justify="left",
        title_style="bold",
    )
    it.add_column(text("id", lang))
    it.add_column(text("question", lang))
    it.add_column(text("reading", lang))
    for code, question, reading in R.interpretation_rows(a, lang):
        it.add_row(code, question, reading)
    parts.append(it)
    return Group(*parts)


def derivation_tree(d: Derivation, lang: Lang, max_depth: int = 12) -> Tree:
    """A derivation as a rich tree with Dutch or English citations."""

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
            title = step.rule.title_nl if lang == "nl" else step.rule.title_en
            line = Text(truth(step.value, lang), style=STYLES.get(R.truth_key(step.value), ""))
            line.append(f"  {cite(step.rule.source, lang)}: ", style="bold")
            line.append(title)
            if step.rule.interpretation:
                line.append(f" [{step.rule.interpretation}]", style="magenta")
            sub = branch.add(line)
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


def catalogue_table(obligations: Iterable[Obligation], lang: Lang) -> Table:
    from aiact.views.catalogue import obligation_risk, risk_label

    items = list(obligations)
    table = Table(
        box=box.SIMPLE_HEAD,
        title=f"{text('catalogue', lang)} ({len(items)})",
        title_justify="left",
        title_style="bold",
    )
    table.add_column(text("id", lang), no_wrap=True)
    table.add_column(text("citation", lang), no_wrap=True)
    table.add_column(text("obligation", lang), ratio=5, overflow="fold")
    table.add_column(text("addressees", lang), ratio=2, min_width=25, overflow="fold")
    table.add_column(text("measure", lang), ratio=2, overflow="fold")
    table.add_column("risk" if lang == "en" else "risico", ratio=2, overflow="fold")
    for o in items:
        table.add_row(
            o.id,
            cite(o.source, lang),
            o.title_nl if lang == "nl" else o.title_en,
            ", ".join(role_label(x, lang) for x in o.addressees),
            measure_label(o.measure, lang),
            risk_label(obligation_risk(o), lang),
        )
    return table


def timeline_table(items: Iterable[Milestone], lang: Lang) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD, title=text("timeline", lang), title_justify="left", title_style="bold"
    )
    table.add_column(text("date", lang), no_wrap=True)
    table.add_column(text("what", lang), overflow="fold")
    table.add_column(text("citation", lang), overflow="fold")
    table.add_column(text("versions", lang))
    for m in items:
        table.add_row(
            m.date.isoformat(),
            m.what_nl if lang == "nl" else m.what_en,
            "; ".join(c.nl() if lang == "nl" else str(c) for c in m.citations),
            m.versions_label_nl if lang == "nl" else m.versions_label_en,
        )
    return table


def plan_renderable(plan: Any, lang: Lang) -> RenderableType:
    """A compliance plan (:class:`aiact.graph.CompliancePlan`) as rich tables."""
    parts: list[RenderableType] = []
    table = Table(
        box=box.SIMPLE_HEAD,
        title=f"{text('plan_title', lang)} ({len(plan.steps)})",
        title_justify="left",
        title_style="bold",
    )
    for heading in (
        "#",
        "citation",
        "obligation",
        "status",
        "applies_from",
        "deadline",
        "blocked_by",
    ):
        table.add_column(heading if heading == "#" else text(heading, lang), overflow="fold")
    from aiact.views.i18n import status_label

    for step in plan.steps:
        table.add_row(
            str(step.position),
            cite(step.citation, lang),
            step.title(lang),
            Text(status_label(step.status, lang), style=STYLES.get(step.status.value, "")),
            R.iso(step.applies_from),
            R.iso(step.deadline),
            ", ".join(f"{b.prerequisite} ({b.reason})" for b in step.blocked_by),
        )
    parts.append(table)
    if plan.undetermined:
        und = Table(
            box=box.SIMPLE,
            title=text("undetermined_steps", lang),
            title_justify="left",
            title_style="bold",
        )
        und.add_column(text("citation", lang))
        und.add_column(text("obligation", lang), overflow="fold")
        for step in plan.undetermined:
            und.add_row(cite(step.citation, lang), step.title(lang))
        parts.append(und)
    if plan.external:
        ext = Table(
            box=box.SIMPLE, title=text("external", lang), title_justify="left", title_style="bold"
        )
        ext.add_column(text("citation", lang))
        ext.add_column(text("obligation", lang), overflow="fold")
        ext.add_column(text("addressees", lang))
        for e in plan.external:
            o = e.obligation
            ext.add_row(
                cite(o.source, lang),
                o.title_nl if lang == "nl" else o.title_en,
                ", ".join(role_label(x, lang) for x in o.addressees),
            )
        parts.append(ext)
    rows = [(text("next_deadline", lang), R.iso(plan.next_deadline) or "—")]
    if plan.critical_path:
        rows.append((text("critical_path", lang), " → ".join(plan.critical_path)))
    parts.append(_pairs(rows))
    return Group(*parts)


def portfolio_renderable(result: Any, lang: Lang, deadlines: int = 15) -> RenderableType:
    """A portfolio run (:class:`aiact.portfolio.PortfolioResult`): tiers, exposure, the summary
    (first 50 rows), the next deadlines and the errors."""
    rows = result.rows(lang)
    parts: list[RenderableType] = []
    tiers = Table(
        box=box.SIMPLE,
        title=f"{text('portfolio', lang)}: {len(rows)} {text('systems', lang).lower()}",
        title_justify="left",
        title_style="bold",
    )
    tiers.add_column(text("risk_tier", lang))
    tiers.add_column(text("count", lang), justify="right")
    for tier, count in result.tier_counts().items():
        label = text("error", lang) if tier == "error" else tier_label(tier, lang)
        tiers.add_row(Text(label, style=TIER_STYLES.get(tier, "")), str(count))
    parts.append(tiers)
    exposure = result.exposure()
    parts.append(
        _pairs(
            [
                (
                    text("total_exposure", lang),
                    f"{R.eur(exposure['highest_ceiling_eur'], lang)} "
                    f"({exposure['highest_ceiling_system'] or '—'})",
                ),
                (text("sum_exposure", lang), R.eur(exposure["sum_of_ceilings_eur"], lang)),
            ],
            text("exposure", lang),
        )
    )
    table = Table(
        box=box.SIMPLE_HEAD, title=text("summary", lang), title_justify="left", title_style="bold"
    )
    table.add_column(text("name", lang), overflow="fold", min_width=16)
    table.add_column(text("risk_tier", lang), overflow="fold", min_width=14)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("?", justify="right", no_wrap=True)
    table.add_column(text("next_deadline", lang), no_wrap=True)
    table.add_column(text("max_ceiling", lang), no_wrap=True, justify="right")
    table.add_column(text("open_questions", lang), justify="right", no_wrap=True)
    table.caption = (
        "#: obligations that apply; ?: obligations undetermined"
        if lang == "en"
        else "#: verplichtingen die gelden; ?: verplichtingen onbepaald"
    )
    shown = rows[:50]
    for row in shown:
        if row["error"]:
            table.add_row(
                row["name"], Text(text("error", lang), style="bold red"), "", "", "", "", ""
            )
            continue
        table.add_row(
            row["name"],
            Text(row["risk_tier_label"], style=TIER_STYLES.get(row["risk_tier"], "")),
            str(row["obligations"]),
            str(row["undetermined"]),
            row["next_deadline"] or "",
            R.eur(row["max_fine_eur"], lang),
            str(row["open_questions"]),
        )
    if len(rows) > len(shown):
        table.caption = f"{table.caption}; {text('more', lang, n=len(rows) - len(shown))}"
    parts.append(table)
    upcoming = result.deadlines(lang)[:deadlines] if deadlines > 0 else []
    if upcoming:
        dl = Table(
            box=box.SIMPLE, title=text("deadlines", lang), title_justify="left", title_style="bold"
        )
        for heading in ("date", "name", "citation", "obligation"):
            dl.add_column(text(heading, lang), overflow="fold")
        for d in upcoming:
            dl.add_row(d["date"], d["name"], cite(d["citation"], lang), d["title"])
        parts.append(dl)
    return Group(*parts)
