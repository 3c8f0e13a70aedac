"""Markdown views: an Assessment as a report a policy analyst can paste into a memo."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from aiact.views import _rows as R
from aiact.views.i18n import Lang, check_lang, cite, text, truth

if TYPE_CHECKING:
    from aiact.assessment import Assessment, ObligationResult
    from aiact.derivation import Derivation


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(_cell(h) for h in headers) + " |"]
    out.append("|" + "|".join("---" for _ in headers) + "|")
    out.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    return out


def _link(label: str, url: str | None) -> str:
    return f"[{label}]({url})" if url else label


def _apart_table(
    results: Sequence[ObligationResult], limitations: bool, a: Assessment, lg: Lang
) -> list[str]:
    """The table of what binds nobody: permissions, or (``limitations``) the limits on the
    obligations, each with the duty it narrows (lim33)."""
    return _table(
        [
            text("citation", lg),
            text("limitation" if limitations else "permission", lg),
            *([text("limits", lg)] if limitations else []),
            text("addressees_held", lg),
            text("status", lg),
            text("applies_from", lg),
        ],
        [
            [
                _link(r.citation, r.url),
                R.plain_title(x, lg),
                *([R.limited_duty(x.obligation, lg)] if limitations else []),
                r.addressees,
                r.status,
                r.applies_from,
            ]
            for x, r in ((x, R.obligation_row(x, lg, a.roles)) for x in results)
        ],
    )


def assessment_markdown(a: Assessment, lang: str = "en") -> str:
    """The whole Assessment as Markdown, in English or Dutch."""
    lg = check_lang(lang)
    subject = a.system if a.system is not None else a.model
    name = subject.name if subject is not None and subject.name else ""
    title = text("title", lg)
    lines = [f"# {title}: {name}" if name else f"# {title}", ""]
    lines += _table(["", ""], [[k, v] for k, v in R.header_rows(a, lg)])
    lines += ["", f"## {text('classification', lg)}", ""]
    lines += _table(
        ["", ""],
        [[k, f"**{v}**" if i == 0 else v] for i, (k, v) in enumerate(R.classification_rows(a, lg))],
    )
    changes = R.tier_change_rows(a, lg)
    if changes:
        lines += ["", f"### {text('tier_changes', lg)}", ""]
        lines += [f"- **{day}**: {what}" for day, what in changes]
    lines += [""]
    lines += _table(
        [text("category", lg), text("holds", lg)], [[k, v] for k, v, _ in R.category_rows(a, lg)]
    )
    lines += ["", f"### {text('roles', lg)}", ""]
    lines += _table(
        [text("role", lg), text("holds", lg)], [[k, v] for k, v, _ in R.role_rows(a, lg)]
    )
    practices = R.practice_rows(a, lg)
    if practices:
        lines += ["", f"### {text('prohibited_practices', lg)}", ""]
        lines += _table(
            [text("category", lg), text("holds", lg)], [[k, v] for k, v, _ in practices]
        )
    duties = R.transparency_rows(a, lg)
    if duties:
        lines += ["", f"### {text('transparency_duties', lg)}", ""]
        lines += _table([text("category", lg), text("holds", lg)], [[k, v] for k, v, _ in duties])
    lines += ["", f"## {text('obligations', lg)}", ""]
    split = R.by_modality(a.obligations)
    permissions = split.permissions
    rows = [R.obligation_row(r, lg, a.roles) for r in split.duties]
    if rows:
        lines += _table(
            [
                text("citation", lg),
                text("obligation", lg),
                text("addressees_held", lg),
                text("measure", lg),
                text("applies", lg),
                text("status", lg),
                text("applies_from", lg),
                text("deadline", lg),
            ],
            [
                [
                    _link(r.citation, r.url),
                    r.title,
                    r.addressees,
                    r.measure,
                    r.applies,
                    r.status,
                    r.applies_from,
                    r.deadline,
                ]
                for r in rows
            ],
        )
    else:
        lines.append(text("no_obligations", lg))
    # What the Act allows and the limits on the obligations (they bind nobody): apart, counted
    # as no obligation; a limitation with the duty it narrows (lim33).
    for heading, apart in (("permissions", permissions), ("limitations", split.limitations)):
        if apart:
            lines += ["", f"### {text(heading, lg)}", ""]
            lines += _apart_table(apart, heading == "limitations", a, lg)
    if a.not_binding:
        # Date "never" (Art. 111(2)), conditions met or not yet determined: apart, with the
        # reason (never24, never25), and their count as the console and HTML give it
        # (R.not_binding_heading; polish26).
        lines += ["", f"### {R.not_binding_heading(a, lg)}", "", text("not_binding_intro", lg), ""]
        lines += _table(
            [
                text("citation", lg),
                text("obligation", lg),
                text("conditions", lg),
                text("reason", lg),
            ],
            [
                [_link(r.citation, r.url), r.title, R.conditions_label(x, lg), r.timing_reason]
                for x, r in ((x, R.obligation_row(x, lg)) for x in a.not_binding)
            ],
        )
    lines += ["", f"## {text('deadlines', lg)}", ""]
    upcoming = [R.obligation_row(r, lg) for r in a.deadlines()]
    if upcoming:
        lines += [f"- **{r.due}**: {r.citation}: {r.title}" for r in upcoming]
    else:
        lines.append(text("no_deadlines", lg))
    lines += ["", f"## {text('exposure', lg)}", ""]
    lines += _table(["", ""], [[k, v] for k, v in R.exposure_rows(a, lg)])
    profile = R.exposure_profile_rows(a, lg)
    if len(profile) > 1:
        lines += ["", f"### {text('exposure_profile', lg)}", ""]
        lines += _table(
            [
                text("from_date", lg),
                text("max_ceiling", lg),
                text("starts_binding", lg),
                text("ceiling_changes", lg),
            ],
            [list(row) for row in profile],
        )
    lines += ["", f"## {text('open_questions', lg)}", ""]
    questions = R.open_question_rows(a, lg)
    if questions:
        lines += [text("open_questions_intro", lg), ""]
        if lg == "en":
            lines += _table(
                [text("fact", lg), text("question", lg), text("affects", lg)],
                [[f"`{f}`", q, d] for f, q, d in questions],
            )
        else:
            lines += _table(
                [text("question", lg), text("affects", lg)], [[q, d] for _, q, d in questions]
            )
    else:
        lines.append(text("no_open_questions", lg))
    if a.assumed:
        lines += ["", f"## {text('assumed', lg)}", ""]
        lines += _table(
            [text("fact", lg), text("value", lg), text("assumption", lg)],
            [[f"`{f}`" if lg == "en" else f, v, s] for f, v, s in R.assumed_rows(a, lg)],
        )
    lines += ["", f"## {text('interpretations', lg)}", ""]
    lines += _table(
        [text("id", lg), text("question", lg), text("reading", lg)],
        [[c, q, r] for c, q, r in R.interpretation_rows(a, lg)],
    )
    return "\n".join(lines) + "\n"


def derivation_markdown(d: Derivation, lang: str = "en", max_depth: int = 12) -> str:
    """A derivation as a nested Markdown list with Dutch or English citations."""
    lg: Lang = check_lang(lang)
    out: list[str] = []
    if lg == "nl":
        return _outline_markdown(d, lg, max_depth)

    def walk(node: Derivation, depth: int) -> None:
        pad = "  " * depth
        value = truth(node.value, lg)
        if node.is_input:
            out.append(f"{pad}- `{node.conclusion}` = {value} ({text('input_fact', lg)})")
            return
        out.append(f"{pad}- `{node.conclusion}` = **{value}**")
        if depth >= max_depth:
            out.append(f"{pad}  - …")
            return
        if not node.steps:
            out.append(f"{pad}  - ({text('no_rule', lg)})")
        for step in node.steps:
            title = step.rule.title_en
            reading = f" [{step.rule.interpretation}]" if step.rule.interpretation else ""
            url = R.link(step.rule.source, lg)
            source = _link(cite(step.rule.source, lg), url)
            out.append(f"{pad}  - {truth(step.value, lg)}: {source}: {title}{reading}")
            for premise in step.premises:
                if premise.derivation is not None:
                    walk(premise.derivation, depth + 2)
                else:
                    out.append(f"{pad}    - `{premise.name}` = {truth(premise.value, lg)}")

    walk(d, 0)
    return "\n".join(out) + "\n"


def _outline_markdown(d: Derivation, lang: Lang, max_depth: int) -> str:
    from aiact.views.explain import Line, outline

    out: list[str] = []

    def walk(line: Line, depth: int) -> None:
        pad = "  " * depth
        source = ""
        if line.citation:
            url = R.link(line.source, lang) if line.source else None
            source = _link(line.citation, url) + ": "
        reading = f" [{line.reading}]" if line.reading else ""
        value = truth(line.value, lang)
        value = value if line.is_input else f"**{value}**"
        out.append(f"{pad}- {value} {source}{line.text}{reading}")
        if line.more:
            out.append(f"{pad}  - …")
        for child in line.children:
            walk(child, depth + 1)

    walk(outline(d, lang, max_depth), 0)
    return "\n".join(out) + "\n"
