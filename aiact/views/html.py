"""HTML views for notebooks (``_repr_html_``): clean tables, status colours, EUR-Lex links.

Self-contained HTML with inline styles (notebook front-ends strip ``<style>`` blocks
inconsistently); every text in English or Dutch.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from aiact.i18n import t
from aiact.views import _rows as R
from aiact.views.i18n import (
    Lang,
    check_lang,
    cite,
    fine_tier_label,
    measure_label,
    milestone_label,
    obligation_refs,
    role_label,
    text,
    truth,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from aiact.assessment import Assessment, ObligationResult
    from aiact.derivation import Derivation
    from aiact.graph.plan import CompliancePlan, PlanStep
    from aiact.logic import Truth
    from aiact.obligations.model import Obligation

#: Background colours by status / truth value (colour-blind-safe pairs, readable text).
COLOURS: dict[str, str] = {
    "in_force": "#f8d7da",
    "upcoming": "#fff3cd",
    "not_applicable": "#e2e3e5",
    "undetermined": "#d6e4f0",
    "true": "#d4edda",
    "false": "#e2e3e5",
    "unknown": "#d6e4f0",
}

_TIER_COLOURS: dict[str, str] = {
    "prohibited": "#721c24",
    "high_risk": "#b34700",
    "transparency": "#8a6d00",
    "minimal": "#155724",
    "gpai_systemic_risk": "#721c24",
    "gpai": "#8a6d00",
    "not_an_ai_system": "#383d41",
    "out_of_scope": "#383d41",
    "undetermined": "#1f4e79",
}

_TABLE = 'style="border-collapse:collapse;margin:0.3em 0;font-size:0.92em"'
_TH = 'style="text-align:left;border-bottom:2px solid #999;padding:3px 8px"'
_TD = 'style="text-align:left;border-bottom:1px solid #ddd;padding:3px 8px;vertical-align:top"'


def _badge(label: str, key: str) -> str:
    colour = COLOURS.get(key, "#eee")
    return (
        f'<span class="aiact-{escape(key)}" style="background:{colour};padding:1px 6px;'
        f'border-radius:3px;white-space:nowrap">{escape(label)}</span>'
    )


def _a(label: str, url: str | None) -> str:
    if not url:
        return escape(label)
    return f'<a href="{escape(url)}" target="_blank" rel="noopener">{escape(label)}</a>'


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """Cells are HTML already (escape before)."""
    head = "".join(f"<th {_TH}>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td {_TD}>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table {_TABLE}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _pairs(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><th {_TH}>{escape(k)}</th><td {_TD}>{escape(v)}</td></tr>" for k, v in rows
    )
    return f"<table {_TABLE}><tbody>{body}</tbody></table>"


def _truth_table(header: str, rows: list[tuple[str, str, str]], lang: Lang) -> str:
    return _table(
        [header, text("holds", lang)], [[escape(k), _badge(v, key)] for k, v, key in rows]
    )


def obligation_results_html(
    results: tuple[ObligationResult, ...],
    lang: str = "en",
    roles: Mapping[str, Truth] | None = None,
    permissions: bool = False,
    limitations: bool = False,
) -> str:
    """A table of obligation results with coloured statuses and EUR-Lex links; with ``roles``
    (an Assessment's), the addressees the organisation holds or may hold
    (:func:`aiact.views._rows.held_addressees`). With ``permissions`` or ``limitations`` the
    table of the entries that bind nobody (:class:`aiact.obligations.model.Modality`): titled
    "Permission" or "Limitation" (its "Comply by" cell empty: :func:`aiact.views._rows.
    obligation_row`), a limitation with the duty it narrows (lim33)."""
    lg = check_lang(lang)
    if not results:
        return f"<p>{escape(text('no_obligations', lg))}</p>"
    apart = permissions or limitations
    rows = []
    for result in results:
        r = R.obligation_row(result, lg, roles)
        rows.append(
            [
                _a(r.citation, r.url),
                f'<span title="{escape(r.timing_reason)}">'
                f"{escape(R.plain_title(result, lg) if apart else r.title)}</span>",
                *([escape(R.limited_duty(result.obligation, lg))] if limitations else []),
                escape(r.addressees),
                escape(r.measure),
                _badge(r.status, r.status_key if r.applies_key == "true" else "undetermined"),
                escape(r.applies_from),
                escape(r.deadline),
            ]
        )
    title = "limitation" if limitations else "permission" if permissions else "obligation"
    return _table(
        [
            text("citation", lg),
            text(title, lg),
            *([text("limits", lg)] if limitations else []),
            text("addressees", lg) if roles is None else text("addressees_held", lg),
            text("measure", lg),
            text("status", lg),
            text("applies_from", lg),
            text("deadline", lg),
        ],
        rows,
    )


def _plan_apart(steps: Sequence[PlanStep], limitations: bool, lg: Lang) -> str:
    """The plan's table of what binds nobody: permissions, or (``limitations``) the limits on
    the obligations, each with the duty it narrows (lim33); no step, so no measure nor
    deadline."""
    return _table(
        [
            text("citation", lg),
            text("limitation" if limitations else "permission", lg),
            *([text("limits", lg)] if limitations else []),
            text("applies", lg),
            text("applies_from", lg),
        ],
        [
            [
                _a(row.citation, row.url),
                escape(row.title),
                *([escape(R.limited_duty(step.obligation, lg))] if limitations else []),
                escape(truth(step.applies, lg)),
                escape(row.applies_from),
            ]
            for step, row in ((s, R.plan_step_row(s, lg)) for s in steps)
        ],
    )


def plan_html(plan: CompliancePlan, lang: str = "en") -> str:
    """A compliance plan for a notebook, in ``lang``: the drawing (where matplotlib is
    installed), the steps in order with their status, dates and what blocks them, the steps
    that may apply, what depends on other organisations, the next date and the critical path;
    each citation linked to EUR-Lex. The rows are the console's (:mod:`aiact.views._rows`)."""
    import base64

    from aiact.graph.draw import figure_png, matplotlib_available

    lg = check_lang(lang)
    parts = ['<div class="aiact-plan">']
    if matplotlib_available():
        png = base64.b64encode(figure_png(plan.draw(lang=lg))).decode("ascii")
        parts.append(f'<img style="max-width:100%" src="data:image/png;base64,{png}"/>')
    parts.append(f"<h4>{escape(text('plan_title', lg))} ({len(plan.steps)})</h4>")
    steps = [R.plan_step_row(step, lg) for step in plan.steps]
    parts.append(
        _table(
            [
                "#",
                text("citation", lg),
                text("obligation", lg),
                text("status", lg),
                text("applies_from", lg),
                text("deadline", lg),
                text("blocked_by", lg),
            ],
            [
                [
                    row.position,
                    _a(row.citation, row.url),
                    escape(row.title),
                    _badge(row.status, row.status_key),
                    escape(row.applies_from),
                    escape(row.comply_by),
                    "<br/>".join(escape(b) for b in row.blocked_by),
                ]
                for row in steps
            ],
        )
    )
    if plan.undetermined:
        parts.append(f"<h4>{escape(text('undetermined_steps', lg))}</h4>")
        parts.append(
            _table(
                [
                    text("citation", lg),
                    text("obligation", lg),
                    text("applies_from", lg),
                    text("deadline", lg),
                ],
                [
                    [
                        _a(row.citation, row.url),
                        escape(row.title),
                        escape(row.applies_from),
                        escape(row.comply_by),
                    ]
                    for row in (R.plan_step_row(step, lg) for step in plan.undetermined)
                ],
            )
        )
    if plan.external:
        parts.append(f"<h4>{escape(text('external', lg))}</h4>")
        parts.append(
            _table(
                [text("citation", lg), text("obligation", lg), text("addressees", lg)],
                [
                    [
                        _a(row.citation, row.url),
                        escape(row.title),
                        escape(", ".join(row.addressees)),
                    ]
                    for row in (R.plan_external_row(e, lg) for e in plan.external)
                ],
            )
        )
    # What the Act allows and the limits on the obligations: they bind nobody, so they are no
    # step (Modality; a limitation names the duty it narrows, lim33).
    for heading, apart in (("permissions", plan.permissions), ("limitations", plan.limitations)):
        if apart:
            parts.append(f"<h4>{escape(text(heading, lg))}</h4>")
            parts.append(_plan_apart(apart, heading == "limitations", lg))
    parts.append(_pairs(R.plan_summary_rows(plan, lg)))
    parts.append("</div>")
    return "".join(parts)


def assessment_html(a: Assessment, lang: str = "en") -> str:
    """The Assessment for a notebook: headline, classification, obligations, deadlines,
    exposure, open questions and interpretations."""
    lg = check_lang(lang)
    tier = a.risk_tier.value
    colour = _TIER_COLOURS.get(tier, "#333")
    lead, value = R.dated_headline(a, lg)
    headline = f"{lead}: {value}"
    parts = [
        '<div class="aiact-assessment" style="font-family:sans-serif;max-width:75em">',
        f'<h3 style="margin-bottom:0.2em">{escape(text("title", lg))}: '
        f"{escape(R.subject_name(a, lg))}</h3>",
        f'<p style="font-size:1.2em;margin:0.2em 0"><b style="color:{colour}">'
        f"{escape(headline)}</b></p>",
        _pairs(R.header_rows(a, lg)),
        f"<h4>{escape(text('classification', lg))}</h4>",
        _pairs(R.classification_rows(a, lg)),
        _tier_changes_html(R.tier_change_rows(a, lg), lg),
        _truth_table(text("category", lg), R.category_rows(a, lg), lg),
        f"<h4>{escape(text('roles', lg))}</h4>",
        _truth_table(text("role", lg), R.role_rows(a, lg), lg),
    ]
    practices = R.practice_rows(a, lg)
    if practices:
        parts += [
            f"<h4>{escape(text('prohibited_practices', lg))}</h4>",
            _truth_table(text("category", lg), practices, lg),
        ]
    duties = R.transparency_rows(a, lg)
    if duties:
        parts += [
            f"<h4>{escape(text('transparency_duties', lg))}</h4>",
            _truth_table(text("category", lg), duties, lg),
        ]
    split = R.by_modality(a.obligations)
    parts += [
        f"<h4>{escape(text('obligations', lg))} ({len(split.duties)})</h4>",
        obligation_results_html(tuple(split.duties), lg, a.roles),
    ]
    if split.permissions:
        # What the Act allows (a permission binds nobody): apart, counted as no obligation.
        parts += [
            f"<h4>{escape(text('permissions', lg))} ({len(split.permissions)})</h4>",
            obligation_results_html(tuple(split.permissions), lg, a.roles, permissions=True),
        ]
    if split.limitations:
        # Limits on the obligations (a limitation binds nobody): apart, counted as no
        # obligation, each with the duty it narrows (lim33).
        parts += [
            f"<h4>{escape(text('limitations', lg))} ({len(split.limitations)})</h4>",
            obligation_results_html(tuple(split.limitations), lg, a.roles, limitations=True),
        ]
    if a.not_binding:
        # Date "never" (Art. 111(2)), conditions met or not yet determined: apart, with the
        # reason (never24, never25), and their count (R.not_binding_heading).
        apart = [(x, R.obligation_row(x, lg)) for x in a.not_binding]
        parts += [
            f"<h4>{escape(R.not_binding_heading(a, lg))}</h4>",
            f"<p>{escape(text('not_binding_intro', lg))}</p>",
            _table(
                [
                    text("citation", lg),
                    text("obligation", lg),
                    text("conditions", lg),
                    text("reason", lg),
                ],
                [
                    [
                        _a(r.citation, r.url),
                        escape(r.title),
                        escape(R.conditions_label(x, lg)),
                        escape(r.timing_reason),
                    ]
                    for x, r in apart
                ],
            ),
        ]
    parts.append(f"<h4>{escape(text('deadlines', lg))}</h4>")
    upcoming = [R.obligation_row(r, lg) for r in a.deadlines()]
    if upcoming:
        items = "".join(
            f"<li><b>{escape(r.due)}</b>: {_a(r.citation, r.url)}: {escape(r.title)}</li>"
            for r in upcoming
        )
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append(f"<p>{escape(text('no_deadlines', lg))}</p>")
    parts += [f"<h4>{escape(text('exposure', lg))}</h4>", _pairs(R.exposure_rows(a, lg))]
    profile = R.exposure_profile_rows(a, lg)
    if len(profile) > 1:
        parts += [
            f"<h4>{escape(text('exposure_profile', lg))}</h4>",
            _table(
                [
                    text("from_date", lg),
                    text("max_ceiling", lg),
                    text("starts_binding", lg),
                    text("ceiling_changes", lg),
                ],
                [[escape(c) for c in row] for row in profile],
            ),
        ]
    parts.append(f"<h4>{escape(text('open_questions', lg))}</h4>")
    questions = R.open_question_rows(a, lg)
    if questions:
        parts.append(f"<p>{escape(text('open_questions_intro', lg))}</p>")
        if lg == "en":
            parts.append(
                _table(
                    [text("fact", lg), text("question", lg), text("affects", lg)],
                    [[f"<code>{escape(f)}</code>", escape(q), escape(d)] for f, q, d in questions],
                )
            )
        else:
            parts.append(
                _table(
                    [text("question", lg), text("affects", lg)],
                    [[escape(q), escape(d)] for _, q, d in questions],
                )
            )
    else:
        parts.append(f"<p>{escape(text('no_open_questions', lg))}</p>")
    if a.assumed:
        parts.append(f"<h4>{escape(text('assumed', lg))}</h4>")
        parts.append(
            _table(
                [text("fact", lg), text("value", lg), text("assumption", lg)],
                [
                    [f"<code>{escape(f)}</code>" if lg == "en" else escape(f), escape(v), escape(s)]
                    for f, v, s in R.assumed_rows(a, lg)
                ],
            )
        )
    parts += [
        f"<h4>{escape(text('interpretations', lg))}</h4>",
        _table(
            [text("id", lg), text("question", lg), text("reading", lg)],
            [[escape(c), escape(q), escape(r)] for c, q, r in R.interpretation_rows(a, lg)],
        ),
        "</div>",
    ]
    return "".join(parts)


def _tier_changes_html(rows: list[tuple[str, str]], lang: Lang) -> str:
    """The dated tier changes ahead, as a list (empty when there are none)."""
    if not rows:
        return ""
    items = "".join(f"<li><b>{escape(day)}</b>: {escape(what)}</li>" for day, what in rows)
    return f"<p><b>{escape(text('tier_changes', lang))}</b></p><ul>{items}</ul>"


def derivation_html(d: Derivation, lang: str = "en", max_depth: int = 12) -> str:
    """A derivation as a collapsible tree: every rule with its source linked to EUR-Lex; the
    branches that decide the value open, the rest folded."""
    lg = check_lang(lang)
    if lg == "nl":
        return _outline_html(d, lg, max_depth)

    def node(n: Derivation, depth: int) -> str:
        key = R.truth_key(n.value)
        value = _badge(truth(n.value, lg), key)
        if n.is_input:
            return (
                f"<li><code>{escape(n.conclusion)}</code> = {value} "
                f"<small>({escape(text('input_fact', lg))})</small></li>"
            )
        if depth >= max_depth:
            return f"<li><code>{escape(n.conclusion)}</code> = {value} …</li>"
        inner = []
        if not n.steps:
            inner.append(f"<li><i>{escape(text('no_rule', lg))}</i></li>")
        for step in n.steps:
            title = step.rule.title_en
            reading = (
                f" <small>[{escape(step.rule.interpretation)}]</small>"
                if step.rule.interpretation
                else ""
            )
            premises = []
            for p in step.premises:
                if p.derivation is not None:
                    premises.append(node(p.derivation, depth + 1))
                else:
                    premises.append(
                        f"<li><code>{escape(p.name)}</code> = "
                        f"{_badge(truth(p.value, lg), R.truth_key(p.value))}</li>"
                    )
            is_open = " open" if depth < 2 else ""
            badge = _badge(truth(step.value, lg), R.truth_key(step.value))
            inner.append(
                f"<li><details{is_open}><summary>{badge} "
                f"{_a(cite(step.rule.source, lg), R.link(step.rule.source, lg))}: {escape(title)}"
                f"{reading}</summary><ul>{''.join(premises)}</ul></details></li>"
            )
        return f"<li><code>{escape(n.conclusion)}</code> = {value}<ul>{''.join(inner)}</ul></li>"

    return (
        f'<div class="aiact-derivation" style="font-family:sans-serif">'
        f"<b>{escape(text('derivation', lg))}</b><ul>{node(d, 0)}</ul></div>"
    )


def obligation_html(o: Obligation, lang: str = "en") -> str:
    """One catalogue obligation: title, citation linked to EUR-Lex, addressees, measure, fine
    tier, Algoritmekader requirements and prerequisites."""
    lg = check_lang(lang)
    title = o.title_nl if lg == "nl" else o.title_en
    summary = o.summary_nl if lg == "nl" else o.summary_en
    rows = [
        (text("citation", lg), _a(cite(o.source, lg), o.ref.eurlex_url(lg))),
        (text("addressees", lg), escape(", ".join(role_label(a, lg) for a in o.addressees))),
        (text("measure", lg), escape(measure_label(o.measure, lg))),
        (text("milestone", lg), escape(milestone_label(o.milestone, lg))),
        (text("fine", lg), escape(fine_tier_label(o.fine, lg))),
    ]
    if o.algoritmekader:
        rows.append((text("algoritmekader", lg), escape(", ".join(o.algoritmekader))))
    if o.prerequisites:
        rows.append(
            (
                t("Prerequisites", lg),
                escape(obligation_refs([p.obligation for p in o.prerequisites], lg)),
            )
        )
    body = "".join(f"<tr><th {_TH}>{escape(k)}</th><td {_TD}>{v}</td></tr>" for k, v in rows)
    para = f"<p>{escape(summary)}</p>" if summary else ""
    return (
        f'<div class="aiact-obligation" style="font-family:sans-serif">'
        f"<b>{escape(title)}</b>{'' if lg == 'nl' else f' <code>{escape(o.id)}</code>'}{para}"
        f"<table {_TABLE}><tbody>{body}</tbody></table></div>"
    )


def obligation_result_html(result: ObligationResult, lang: str = "en") -> str:
    """One obligation result (status, dates and why) for a notebook."""
    lg = check_lang(lang)
    r = R.obligation_row(result, lg)
    return (
        obligation_html(result.obligation, lg)
        + _pairs(
            [
                (text("status", lg), r.status),
                (text("applies_from", lg), r.applies_from),
                (text("deadline", lg), r.deadline),
            ]
        )
        + (f"<p><small>{escape(r.timing_reason)}</small></p>" if r.timing_reason else "")
    )


def _outline_html(d: Derivation, lang: Lang, max_depth: int) -> str:
    """A Dutch derivation: words and citations only (:mod:`aiact.views.explain`)."""
    from aiact.views.explain import Line, outline

    def node(line: Line, depth: int) -> str:
        badge = _badge(truth(line.value, lang), R.truth_key(line.value))
        head = ""
        if line.citation:
            url = R.link(line.source, lang) if line.source else None
            head = f"{_a(line.citation, url)}: "
        reading = f" <small>[{escape(line.reading)}]</small>" if line.reading else ""
        label = f"{badge} {head}{escape(line.text)}{reading}"
        if not line.children and not line.more:
            return f"<li>{label}</li>"
        inner = "".join(node(child, depth + 1) for child in line.children)
        if line.more:
            inner += "<li>…</li>"
        is_open = " open" if depth < 2 else ""
        return f"<li><details{is_open}><summary>{label}</summary><ul>{inner}</ul></details></li>"

    return (
        f'<div class="aiact-derivation" style="font-family:sans-serif">'
        f"<b>{escape(text('derivation', lang))}</b><ul>{node(outline(d, lang, max_depth), 0)}"
        f"</ul></div>"
    )
