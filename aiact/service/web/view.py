"""What the result page shows, made from an Assessment: the one place that turns a result into
the words and dates of a web page.

It reads the public JSON of the assessment (:meth:`aiact.Assessment.to_dict`) with defaults for
every key, so the page keeps working while the Assessment grows (the tier on the date, the
dated tier changes and the exposure over time are shown when the Assessment has them), and the
label helpers of :mod:`aiact.views` (the same Dutch terms as every other view).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiact.i18n import Lang, nt, t

if TYPE_CHECKING:
    from aiact.assessment import Assessment


@dataclass(frozen=True)
class Row:
    """One obligation on the page."""

    citation: str
    url: str | None
    title: str
    status: str
    status_key: str
    applies_from: str
    deadline: str
    certain: bool


@dataclass(frozen=True)
class Group:
    """The obligations of one kind of measure (documentation, governance, ...)."""

    key: str
    label: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Result:
    """Everything the result page shows (see ``templates/result.html``)."""

    lang: Lang
    name: str
    organisation: str
    as_of: str
    as_of_iso: str
    law: str
    tier: str
    tier_key: str
    possible_tiers: tuple[str, ...]
    tier_changes: tuple[tuple[str, str], ...]
    roles: tuple[str, ...]
    unknown_roles: tuple[str, ...]
    groups: tuple[Group, ...]
    exposure: tuple[tuple[str, str], ...]
    exposure_over_time: tuple[tuple[str, str], ...]
    open_questions: tuple[tuple[str, str], ...]
    interpretations: tuple[tuple[str, str], ...]
    counts: Mapping[str, int] = field(default_factory=dict)
    not_binding: str = ""
    """The sentence on the obligations that bind only after a significant change (Art. 111(2);
    ``not_binding``, counted in ``counts``), empty when there are none (never25)."""
    apart: tuple[tuple[str, str | None, str, str], ...] = ()
    """Those articles: citation, EUR-Lex link, title, whether their conditions are met."""


def _get(data: Mapping[str, Any], *keys: str, default: Any = None) -> Any:
    value: Any = data
    for key in keys:
        if not isinstance(value, Mapping) or key not in value:
            return default
        value = value[key]
    return value


def _date(value: Any, lang: Lang) -> str:
    from aiact.i18n.fmt import date

    if not value:
        return ""
    try:
        return date(value if isinstance(value, dt.date) else str(value), lang)
    except ValueError:
        return str(value)


def result(assessment: Assessment, lang: Lang, data: Mapping[str, Any] | None = None) -> Result:
    """The page of ``assessment`` in ``lang``."""
    from aiact.i18n.fmt import money
    from aiact.views import _rows as rows
    from aiact.views.i18n import (
        cite,
        measure_label,
        modality_prefix,
        role_label,
        status_label,
        text,
        tier_label,
    )

    if data is None:
        data = assessment.to_dict(lang)
    kind = str(data.get("kind", "system"))
    subject = data.get(kind) or {}
    cls = data.get("classification") or {}

    groups: dict[str, list[Row]] = {}
    # of the duties: a permission or a limitation is not counted as an obligation
    statuses: list[str] = []
    for o in data.get("obligations") or []:
        certain = o.get("applies") == "true"
        # a permission or a limitation binds nobody: marked as one, without a "Comply by" date
        # (Modality; lim33)
        prefix = modality_prefix(str(o.get("modality") or "duty"), lang)
        binds = prefix is None
        title = str(o.get("title", ""))
        status_key = str(o.get("status") or "undetermined") if certain else "undetermined"
        if binds:
            statuses.append(status_key)
        groups.setdefault(str(o.get("measure") or "other"), []).append(
            Row(
                citation=cite(str(o.get("citation", "")), lang),
                url=o.get("eurlex"),
                title=title if binds else f"{prefix}: {title}",
                status=status_label(status_key, lang)
                if certain
                else t("may apply (facts unknown)", lang),
                status_key=status_key,
                applies_from=_date(o.get("applies_from"), lang),
                # "Comply by": the due date where an Art. 111 deadline governs (the change, not
                # 2 August 2030, for a changed legacy public-authority system; review51).
                deadline=_date(o.get("due") if o.get("deadline") and binds else None, lang),
                certain=certain,
            )
        )
    ordered = sorted(groups.items(), key=lambda kv: _measure_order(kv[0]))

    exposure: list[tuple[str, str]] = list(rows.exposure_rows(assessment, lang))
    over_time = []
    for point in _get(data, "exposure_profile", "points", default=[]) or []:
        ceiling = point.get("max_ceiling")
        over_time.append(
            (
                _date(point.get("date"), lang),
                money(ceiling, lang) if ceiling is not None else text("no_ceiling", lang),
            )
        )

    changes = []
    for change in cls.get("tier_changes") or []:
        label = change.get("tier_label") or tier_label(str(change.get("tier", "")), lang)
        changes.append((_date(change.get("date"), lang), str(label)))

    roles = data.get("roles") or {}
    # Date "never" (Art. 111(2)), conditions met or not yet determined: apart (never25).
    apart = tuple(
        (
            cite(str(o.get("citation", "")), lang),
            o.get("eurlex"),
            str(o.get("title", "")),
            rows.conditions_word(o.get("applies"), lang),
        )
        for o in data.get("not_binding") or []
    )
    return Result(
        lang=lang,
        name=str(subject.get("name") or rows.subject_name(assessment, lang)),
        organisation=str(_get(data, "organisation", "name", default="") or ""),
        as_of=_date(data.get("as_of"), lang),
        as_of_iso=str(data.get("as_of", "")),
        law=str(data.get("law_label", "")),
        tier=str(cls.get("risk_tier_label", "")),
        tier_key=str(cls.get("risk_tier", "undetermined")),
        possible_tiers=tuple(
            tier_label(str(x), lang) for x in cls.get("possible_higher_tiers", [])
        ),
        tier_changes=tuple(changes),
        roles=tuple(role_label(k, lang) for k, v in roles.items() if v == "true"),
        unknown_roles=tuple(role_label(k, lang) for k, v in roles.items() if v == "unknown"),
        groups=tuple(Group(k, measure_label(k, lang), tuple(v)) for k, v in ordered),
        exposure=tuple(exposure),
        exposure_over_time=tuple(over_time) if len(over_time) > 1 else (),
        open_questions=tuple(
            (q, affects) for _, q, affects in rows.open_question_rows(assessment, lang)
        ),
        interpretations=tuple((q, r) for _, q, r in rows.interpretation_rows(assessment, lang)),
        counts={
            "in_force": statuses.count("in_force"),
            "upcoming": statuses.count("upcoming"),
            "undetermined": statuses.count("undetermined"),
            "not_binding": len(apart),
        },
        not_binding=nt(
            "{n} obligation binds this system only after a significant change in its design (Art. "
            "111(2)); until then it does not apply:",
            "{n} obligations bind this system only after a significant change in its design (Art. "
            "111(2)); until then they do not apply:",
            len(apart),
            lang,
        )
        if apart
        else "",
        apart=apart,
    )


def _measure_order(key: str) -> int:
    from aiact.obligations.model import Measure

    order = [m.value for m in Measure]
    return order.index(key) if key in order else len(order)


def director_summary(
    assessment: Assessment, page: Result, lang: Lang, data: Mapping[str, Any] | None = None
) -> tuple[str, ...]:
    """A few sentences for a director: the risk category on the date, the roles, the number
    of obligations now and later, the next date, the highest fine and what is still unknown."""
    from aiact.i18n.fmt import money
    from aiact.service.web.texts import translate

    if data is None:
        data = assessment.to_dict(lang)
    lines = [
        translate(
            "On {date}, {name} is: {tier}.", lang, date=page.as_of, name=page.name, tier=page.tier
        )
    ]
    if page.roles:
        lines.append(translate("Your organisation is: {roles}.", lang, roles=", ".join(page.roles)))
    else:
        lines.append(translate("No role of your organisation is certain yet.", lang))
    lines.append(
        translate(
            "Obligations: {in_force} apply now, {upcoming} from a later date, {undetermined} may "
            "apply.",
            lang,
            in_force=page.counts.get("in_force", 0),
            upcoming=page.counts.get("upcoming", 0),
            undetermined=page.counts.get("undetermined", 0),
        )
    )
    today = str(data.get("as_of", ""))
    later = sorted(
        str(day)
        for o in data.get("obligations") or []
        if o.get("applies") == "true"
        for day in (o.get("applies_from"), o.get("due"))
        if day and str(day) > today
    )
    if later:
        lines.append(translate("The next date: {date}.", lang, date=_date(later[0], lang)))
    ceiling = _get(data, "exposure", "max_ceiling")
    if ceiling is not None:
        lines.append(translate("The highest fine: {amount}.", lang, amount=money(ceiling, lang)))
    if page.open_questions:
        lines.append(
            translate(
                "{n} facts are still unknown; answering them can change this result.",
                lang,
                n=len(page.open_questions),
            )
        )
    return tuple(lines)
