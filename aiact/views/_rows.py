"""The content of the views as plain rows, in one language: markdown, HTML, the console and
DataFrames all render these, so they say the same thing."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from aiact.i18n import fmt, nt, pt, t
from aiact.logic import Truth, truth_label
from aiact.views.i18n import (
    Lang,
    category_label,
    cite,
    eurlex,
    interpretation_label,
    measure_label,
    milestone_label,
    obligation_fine_label,
    obligation_ref,
    obligation_refs,
    practice_label,
    role_label,
    route_label,
    shown_title,
    status_label,
    text,
    tier_label,
    transparency_label,
    truth,
)
from aiact.views.labels import (
    BLOCK_REASONS,
    engine_label,
    fact_label,
    fine_note,
    offender_label,
    reading_label,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from aiact.assessment import Assessment, ObligationResult
    from aiact.graph.plan import CompliancePlan, ExternalDependency, PlanStep
    from aiact.obligations.model import Addressee, Obligation


def eur(amount: Decimal | str | None, lang: Lang) -> str:
    """An amount in euro as ``lang`` writes it (:func:`aiact.i18n.fmt.money`): ``€35,000,000``
    (en), ``€ 35.000.000`` (nl); an em dash for ``None``."""
    return fmt.money(amount, lang)


def iso(day: Any) -> str:
    """A date as ISO 8601 (machine formats); an empty string for ``None``."""
    return "" if day is None else str(day.isoformat())


def day(value: Any, lang: Lang) -> str:
    """A date as ``lang`` writes it (``2 Dec 2027`` / ``2 dec 2027``); empty for ``None``."""
    return fmt.date(value, lang)


@dataclass(frozen=True)
class ObligationRow:
    """One obligation as displayed."""

    id: str
    citation: str
    url: str | None
    title: str
    addressees: str
    measure: str
    milestone: str
    applies: str
    applies_key: str
    status: str
    status_key: str
    applies_from: str
    deadline: str
    """The "Comply by" column: the due date where an Art. 111 deadline governs
    (``ObligationResult.comply_by``; the change for a changed legacy system intended for public
    authorities, not 2 August 2030: review51), else empty."""
    fine: str
    algoritmekader: str
    timing_reason: str
    due: str = ""
    """The date of the list of upcoming deadlines (``Assessment.deadlines``): the date from
    which the obligation binds or, where that is not known, the Art. 111 date by which it must
    be met, marked "at the latest" (``ObligationResult.due``)."""


def due_day(result: ObligationResult, lang: Lang) -> str:
    """The date of ``result`` in the list of upcoming deadlines: the date from which it binds
    or, where that is not known, its due date marked "at the latest" (``2 Aug 2030 (at the
    latest)`` / ``2 aug 2030 (uiterlijk)``; Art. 111(2), second sentence)."""
    if result.applies_from is not None:
        return day(result.applies_from, lang)
    if result.due is None:
        return ""
    return dated(result.due, "deadline", lang)


def dated(value: Any, kind: str | None, lang: Lang) -> str:
    """A due date as ``lang`` writes it, marked "at the latest" / "uiterlijk" where ``kind``
    (:func:`aiact.timeline.transitional.kind_of_due`) says it is a day by which the obligation
    must be met at the latest, not the day it binds from (review72); empty for ``None``."""
    text = day(value, lang)
    if not text or kind != "deadline":
        return text
    at_the_latest = t("at the latest", lang)
    return f"{text} ({at_the_latest})"


def held_addressees(
    obligation: Obligation, roles: Mapping[str, Truth] | None
) -> tuple[Addressee, ...]:
    """The obligation's addressees (Art. 3(3)-(8)) that the organisation holds or may hold
    (``Assessment.roles``: true or unknown), so that a municipality that only deploys a system
    does not read "provider" beside Art. 50(5), which binds providers and deployers alike; all
    of them where ``roles`` is None or none is left (a role the Assessment does not list, such
    as the provider of a general-purpose AI model, is kept)."""
    if roles is None:
        return tuple(obligation.addressees)
    kept = tuple(a for a in obligation.addressees if roles.get(a.value) is not False)
    return kept or tuple(obligation.addressees)


def duties_and_permissions(
    results: Iterable[ObligationResult],
) -> tuple[list[ObligationResult], list[ObligationResult]]:
    """The results that bind (duties) and the permissions (:class:`aiact.obligations.model.
    Modality`), each in the order given: a view lists a permission apart, under "What the Act
    allows you", and counts it as no obligation (rev32c D3)."""
    duties: list[ObligationResult] = []
    permissions: list[ObligationResult] = []
    for result in results:
        (permissions if result.obligation.permission else duties).append(result)
    return duties, permissions


def plain_title(result: ObligationResult, lang: Lang) -> str:
    """The entry's title without the permission's mark, for a table whose column already says
    what it is (a permission under "What the Act allows you")."""
    o = result.obligation
    return o.title_nl if lang == "nl" else o.title_en


def obligation_row(
    result: ObligationResult, lang: Lang, roles: Mapping[str, Truth] | None = None
) -> ObligationRow:
    """One obligation result as displayed; with ``roles`` (the Assessment's), its addressees are
    those the organisation holds or may hold (:func:`held_addressees`)."""
    o = result.obligation
    timing = result.timing
    reason = "" if timing is None else (timing.reason_nl if lang == "nl" else timing.reason_en)
    return ObligationRow(
        id=o.id,
        citation=cite(o.source, lang),
        url=o.ref.eurlex_url(lang),
        title=shown_title(o, lang),
        addressees=", ".join(role_label(a, lang) for a in held_addressees(o, roles)),
        measure=measure_label(o.measure, lang),
        milestone=milestone_label(o.milestone, lang),
        applies=truth(result.applies, lang),
        applies_key=truth_label(result.applies),
        status=status_label(result.status, lang),
        status_key=result.status.value,
        applies_from=day(result.applies_from, lang),
        # a permission binds nobody, so nothing is to be complied with by a date (Modality)
        deadline="" if o.permission else day(result.comply_by, lang),
        fine=obligation_fine_label(o, lang),
        algoritmekader=", ".join(o.algoritmekader),
        timing_reason=reason,
        due=due_day(result, lang),
    )


def conditions_label(result: ObligationResult, lang: Lang) -> str:
    """Whether the conditions of an obligation listed apart (``Assessment.not_binding``: its
    date "never", Art. 111(2)) are met ("met") or still depend on unknown facts ("not yet
    determined"; never25, review81 D1)."""
    return conditions_word(truth_label(result.applies), lang)


def conditions_word(applies: object, lang: Lang) -> str:
    """:func:`conditions_label` keyed on the ``applies`` value as the JSON gives it ("true" or
    "unknown"; a duty whose conditions are false is not listed apart): one wording for the
    reports and the web page, which reads the JSON (polish26)."""
    if applies == "true":
        return pt("conditions", "met", lang)
    return pt("conditions", "not yet determined", lang)


def not_binding_heading(a: Assessment, lang: Lang) -> str:
    """The heading of the obligations listed apart (``Assessment.not_binding``: date "never",
    Art. 111(2), first sentence), with their count after a colon, not after the article's
    parenthesis (review81): one wording for the console, Markdown and HTML (polish26)."""
    count = nt("{n} obligation", "{n} obligations", len(a.not_binding), lang)
    return ": ".join((text("not_binding", lang), count))


def subject_name(a: Assessment, lang: Lang = "en") -> str:
    subject = a.system if a.system is not None else a.model
    name = None if subject is None else subject.name
    return name or t("(unnamed)", lang)


def header_rows(a: Assessment, lang: Lang) -> list[tuple[str, str]]:
    subject = a.system if a.system is not None else a.model
    law = a.law.label_nl if lang == "nl" else a.law.label_en
    chosen = text("law_chosen_explicit" if a.law_chosen == "explicit" else "law_chosen_as_of", lang)
    return [
        (
            text("system" if a.kind == "system" else "model", lang),
            (subject.name if subject is not None and subject.name else "—"),
        ),
        (text("organisation", lang), a.organisation.name or "—"),
        (text("as_of", lang), day(a.as_of, lang)),
        (text("law", lang), f"{law} ({chosen})"),
        (text("engine", lang), engine_label(a.engine, lang)),
    ]


def tier_headline(a: Assessment, lang: Lang) -> str:
    """The risk category on the date assessed, marked "at least" while a higher one is still
    possible (``possible_tiers``): "minimal risk" alone would read as settled where an Art. 5
    or Art. 6 fact is unknown (audit 8). Not beside "undetermined": no tier is certain then
    (Art. 2 open), so "at least undetermined" says nothing; the possible tiers are listed below."""
    from aiact.assessment import RiskTier

    label = tier_label(a.risk_tier.value, lang)
    if a.possible_tiers and a.risk_tier is not RiskTier.UNDETERMINED:
        return f"{label} ({text('tier_at_least', lang)})"
    return label


def dated_headline(a: Assessment, lang: Lang) -> tuple[str, str]:
    """The headline of an Assessment as (lead, value): "Risk category on 7 Dec 2026" and the
    category on that date (:func:`tier_headline`), followed by the first dated change of the
    category ahead (Art. 113: "minimal risk; high-risk AI system from 2 Dec 2027"), so that a
    director does not read the category on the date as the system's lasting one (a police
    face-search system listed in Annex III is not yet high-risk in 2026). The change names only
    the tiers that are not already possible on the date (rev33a D2)."""
    from aiact.assessment import RiskTier

    value = tier_headline(a, lang)
    if a.tier_changes:
        change = a.tier_changes[0]
        when = day(change.date, lang)
        # Only the tiers that become possible on that day: a tier unknown facts already allow
        # on the date (a prohibited practice, Art. 113(a): from 2 February 2025) is in the
        # category on the date, not in its change (rev33a D2).
        now = {a.risk_tier, *a.possible_tiers}
        tiers = ", ".join(tier_label(t.value, lang) for t in change.possible_tiers if t not in now)
        label = tier_label(change.tier.value, lang)
        # The change's own tier where it differs from the tier now; the higher tiers unknown
        # facts could lead to from then, as "possibly" (rev32a D2: the iVRI stays minimal risk
        # on the known facts and may become high-risk on 2 December 2027).
        same = change.tier in (RiskTier.UNDETERMINED, a.risk_tier)
        if same and tiers:
            value += "; " + text("tier_possibly_from", lang, tiers=tiers, date=when)
        elif tiers:
            value += "; " + text(
                "tier_possibly_more_from", lang, tier=label, tiers=tiers, date=when
            )
        elif not same:
            value += "; " + text("tier_from", lang, tier=label, date=when)
    return text("risk_tier_on", lang, date=day(a.as_of, lang)), value


def scope_reason(a: Assessment, lang: Lang) -> str | None:
    """Why the Act does not apply, where it does not (Art. 2; Art. 3(1)): the citation and title
    of the first rule on the decisive path of ``in_scope`` that holds (an exclusion of Art.
    2(3)-(12), such as research and development before being put into service, Art. 2(8)), else
    of the last rule on that path (no point of Art. 2(1) reaches the organisation); Art. 3(1) for
    a system that is not an AI system; None where the Act applies or may apply. A reader of "out
    of scope" otherwise learns why only from ``explain`` (rev32a's remark on a water board's
    system still in development)."""
    if a.in_scope is not False:
        return None
    if a.categories.get("ai_system") is False:
        return f"{cite('Art. 3(1)', lang)}: {tier_label('not_an_ai_system', lang)}"
    node: Any = a.explain("in_scope")
    last = None
    while node is not None and not node.is_input:
        step = next((s for s in node.steps if s.value is not None), None)
        if step is None:
            break
        last = step.rule
        if step.value is True:
            break  # an exclusion that holds under a conclusion that does not
        decisive = [p for p in step.premises if p.name in step.because]
        node = next((p.derivation for p in decisive if p.derivation is not None), None)
    if last is None:
        return None
    title = last.title_nl if lang == "nl" else last.title_en
    return f"{cite(last.source, lang)}: {title}"


def classification_rows(a: Assessment, lang: Lang) -> list[tuple[str, str]]:
    rows = [
        (text("risk_tier", lang), tier_headline(a, lang)),
        (text("in_scope", lang), truth(a.in_scope, lang)),
    ]
    reason = scope_reason(a, lang)
    if reason is not None:
        rows.append((text("scope_reason", lang), reason))
    if a.possible_tiers:
        rows.append(
            (
                text("possible_tiers", lang),
                ", ".join(tier_label(tier.value, lang) for tier in a.possible_tiers),
            )
        )
    if a.route is not None:
        rows.append((text("route", lang), route_label(a.route.value, lang)))
    if (
        a.classification_tier is not a.risk_tier
        or a.possible_classification_tiers != a.possible_tiers
    ):
        rows.append(
            (text("classification_tier", lang), tier_label(a.classification_tier.value, lang))
        )
        if a.possible_classification_tiers:
            rows.append(
                (
                    text("possible_classification_tiers", lang),
                    ", ".join(tier_label(t.value, lang) for t in a.possible_classification_tiers),
                )
            )
    return rows


def tier_change_rows(a: Assessment, lang: Lang) -> list[tuple[str, str]]:
    """(date, what changes) for every dated change of the tier after ``as_of``: the tier from
    that date, the provisions that make it so, and the higher tiers unknown facts could still
    lead to. In English the change's own text (``prohibited AI practice from 2026-12-02 (Art.
    113 ...)``, as :meth:`TierChange.text` words it); in Dutch words and dates in the Dutch
    format (``AI-systeem met een hoog risico (artikel 113, ...)``), never ISO."""
    return [
        (day(c.date, lang), c.text("en") if lang == "en" else tier_change_text(c, lang))
        for c in a.tier_changes
    ]


def inline_cite(ref: Any, lang: Lang) -> str:
    """A citation inside a sentence: ``Art. 113`` / ``artikel 113, derde alinea`` (Dutch writes
    ``artikel`` and ``bijlage`` in lower case within a sentence)."""
    return str(ref) if lang == "en" else str(ref.nl(inline=True))


def tier_change_text(change: Any, lang: Lang) -> str:
    """What a :class:`aiact.assessment.TierChange` changes, in words: ``AI-systeem met een hoog
    risico (artikel 113, derde alinea, punt c, onder i)``."""
    from aiact.assessment import RiskTier

    cites = "; ".join(inline_cite(c, lang) for c in change.citations)
    maybe = ", ".join(tier_label(x.value, lang) for x in change.possible_tiers)
    if change.tier is RiskTier.UNDETERMINED:
        out = (
            t("possibly {tiers}", lang, tiers=maybe) if maybe else tier_label("undetermined", lang)
        )
    else:
        out = tier_label(change.tier.value, lang)
        if maybe:
            out = t("{tier}; possibly {tiers}", lang, tier=out, tiers=maybe)
    return t("{what} ({citations})", lang, what=out, citations=cites) if cites else out


def exposure_profile_rows(
    a: Assessment, lang: Lang, sep: str = "; "
) -> list[tuple[str, str, str, str]]:
    """(from date, highest ceiling, obligations that start to bind, ceilings that change) for
    every point of the exposure profile."""
    rows = []
    for point in a.exposure_profile.points:
        ceiling = (
            eur(point.max_ceiling, lang)
            if point.max_ceiling is not None
            else text("no_ceiling", lang)
        )
        rows.append(
            (
                day(point.date, lang),
                ceiling,
                _refs(point.starts_binding, lang, sep),
                _refs(point.ceiling_changes, lang, sep),
            )
        )
    return rows


SCOPED_CATEGORIES: frozenset[str] = frozenset(
    {
        "prohibited",
        "high_risk",
        "high_risk_annex_i",
        "high_risk_annex_iii",
        "derogation",
        "derogation_set_aside",
        "profiling_override",
        "transparency",
    }
)
"""The categories that are conclusions about an AI system within the Act's scope (Art. 5, Art.
6, Art. 50 read of an AI system, Art. 3(1), within Art. 2): computed apart from scope (the tier
combines them), so "yes" beside an open scope is shown as "yes, if in scope" and beside an
excluded one as "yes, but out of scope" (rev32a D3: "hoog risico | ja" two rows below
"AI-systeem | onbekend" read as a finding). The listing in Annex III and the legacy status are
facts of the use and the dates, shown as they are."""


def category_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str]]:
    """(label, value shown, truth key) for every category; a conclusion of
    :data:`SCOPED_CATEGORIES` that holds while the scope is open or excluded is shown with that
    condition, and keyed ``unknown`` (not coloured as a finding)."""
    scope = a.categories.get("in_scope")
    rows = []
    for key, value in a.categories.items():
        shown, truth_key = truth(value, lang), truth_label(value)
        if key in SCOPED_CATEGORIES and value is True and scope is not True:
            shown = text("yes_if_in_scope" if scope is None else "yes_out_of_scope", lang)
            truth_key = "unknown"
        rows.append((category_label(key, lang), shown, truth_key))
    return rows


def role_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str]]:
    return [
        (role_label(role, lang), truth(value, lang), truth_label(value))
        for role, value in a.roles.items()
    ]


def practice_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str]]:
    return [
        (practice_label(k, lang), truth(v, lang), truth_label(v))
        for k, v in a.prohibited_practices.items()
    ]


def transparency_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str]]:
    return [
        (transparency_label(k, lang), truth(v, lang), truth_label(v))
        for k, v in a.transparency_duties.items()
    ]


def _refs(ids: tuple[str, ...] | list[str], lang: Lang, sep: str = "; ") -> str:
    """Obligations by their citations (``Art. 26(1); Art. 27(1)``), never by internal id."""
    return obligation_refs(ids, lang, sep)


def exposure_rows(a: Assessment, lang: Lang, sep: str = "; ") -> list[tuple[str, str]]:
    """The fine exposure as (label, value); lists of citations joined with ``sep`` (the
    console puts one per line, so no citation is split)."""
    from aiact.penalties import exposure

    e = a.exposure
    offender = str(getattr(e.offender, "value", e.offender))
    if a.kind == "model" and offender == "public_body":
        offender = "public_body_model"  # Art. 101, not Art. 99(8)
    basis = str(getattr(e.undertaking_basis, "value", e.undertaking_basis))
    rows = [
        (text("as_of", lang), day(e.as_of, lang)),
        (
            text("max_ceiling", lang),
            eur(e.max_ceiling, lang) if e.max_ceiling is not None else text("no_ceiling", lang),
        ),
        (text("exposure_offender", lang), offender_label(offender, lang)),
    ]
    if e.max_ceiling_obligations:
        rows.append((text("obligations", lang), _refs(e.max_ceiling_obligations, lang, sep)))
    if e.without_eu_ceiling:
        rows.append(
            (text("exposure_without_ceiling", lang), _refs(e.without_eu_ceiling, lang, sep))
        )
    if e.undetermined:
        rows.append((text("exposure_undetermined", lang), _refs(e.undetermined, lang, sep)))
    if e.not_yet_binding:
        rows.append((text("not_yet_binding", lang), _refs(e.not_yet_binding, lang, sep)))
    if e.binding_undetermined:
        rows.append((text("binding_undetermined", lang), _refs(e.binding_undetermined, lang, sep)))
    for flag in e.flags:
        rows.append(
            (
                t("Note {code}", lang, code=flag.code),
                fine_note(
                    exposure.note_key(flag.code, e.offender, e.law, e.as_of),
                    flag.message,
                    lang,
                    basis=reading_label("A10", basis, lang),
                ),
            )
        )
    return rows


# --------------------------------------------------------------------------- facts and questions


def affected_label(key: str, lang: Lang) -> str:
    """A conclusion an open question decides: a category label or an obligation's citation."""
    from aiact.views.i18n import CATEGORY_LABELS

    if key in CATEGORY_LABELS:
        return category_label(key, lang)
    return obligation_ref(key, lang)


def open_question_rows(a: Assessment, lang: Lang, sep: str = ", ") -> list[tuple[str, str, str]]:
    """(fact, what it asks, what it decides: the decided items joined by ``sep``)."""
    rows = []
    for q in a.open_questions:
        affects = [affected_label(k, lang) for k in q.affects]
        shown = sep.join(affects[:6])
        if len(affects) > 6:
            shown += " " + text("more", lang, n=len(affects) - 6)
        rows.append((q.fact, fact_label(q.fact, lang), shown))
    return rows


def assumed_value(value: Any, lang: Lang) -> str:
    """An assumed fact's value as a reader writes it: ``ja`` / ``nee``, ``geen`` for an empty
    list, dates in the format of ``lang``."""
    import datetime as dt

    if value is None or isinstance(value, bool):
        return truth(value, lang)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) if value else t("none", lang)
    if isinstance(value, dt.date):
        return day(value, lang)
    return str(value)


def assumed_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str]]:
    """(fact, value, the stated assumption that filled it) for every assumed fact. In English
    the fact is its field path (what an integrator writes); in Dutch its Dutch label."""
    from aiact.questions.assumptions import assumption_sets

    sets = list(assumption_sets().values())
    rows = []
    for path, value in a.assumed.items():
        source = next((s for s in sets if path in s.facts), None)
        fact = path if lang == "en" else fact_label(path, lang)
        rows.append(
            (fact, assumed_value(value, lang), "" if source is None else source.title(lang))
        )
    return rows


def interpretation_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str]]:
    return [
        (code, interpretation_label(code, lang), reading_label(code, reading, lang))
        for code, reading in sorted(a.interpretations_used.items(), key=lambda kv: _code_key(kv[0]))
    ]


def _code_key(code: str) -> tuple[str, int]:
    """``A2`` before ``A10``, the A-questions before the D-readings."""
    return (code[:1], int(code[1:]) if code[1:].isdigit() else 0)


def truth_key(value: Truth) -> str:
    return truth_label(value)


def link(source: str, lang: Lang) -> str | None:
    return eurlex(source, lang)


# --------------------------------------------------------------------------- compliance plan


def blocker_label(prerequisite: str, reason: str, lang: Lang) -> str:
    """A blocker as a reader knows it: the prerequisite's citation and why it blocks."""
    message = BLOCK_REASONS.get(reason)
    why = reason if message is None else t(message, lang)
    return f"{obligation_ref(prerequisite, lang)} ({why})"


@dataclass(frozen=True)
class PlanStepRow:
    """One step of a compliance plan as displayed (the console table and the notebook view)."""

    position: str
    citation: str
    url: str | None
    title: str
    status: str
    status_key: str
    applies_from: str
    comply_by: str
    """The "Comply by" column, as :attr:`ObligationRow.deadline` (``PlanStep.comply_by``)."""
    blocked_by: tuple[str, ...]


def plan_step_row(step: PlanStep, lang: Lang) -> PlanStepRow:
    """A step of the plan (or of its undetermined steps) in ``lang``."""
    return PlanStepRow(
        position=str(step.position),
        citation=cite(step.citation, lang),
        url=step.obligation.ref.eurlex_url(lang),
        title=step.title(lang),
        status=status_label(step.status, lang),
        status_key=step.status.value,
        applies_from=day(step.applies_from, lang),
        comply_by=day(step.comply_by, lang),
        blocked_by=tuple(blocker_label(b.prerequisite, b.reason, lang) for b in step.blocked_by),
    )


@dataclass(frozen=True)
class ExternalRow:
    """A prerequisite another organisation fulfils (``CompliancePlan.external``)."""

    citation: str
    url: str | None
    title: str
    addressees: tuple[str, ...]


def plan_external_row(dependency: ExternalDependency, lang: Lang) -> ExternalRow:
    """An external dependency of the plan in ``lang``: citation, title, who is addressed."""
    o = dependency.obligation
    return ExternalRow(
        citation=cite(o.source, lang),
        url=o.ref.eurlex_url(lang),
        title=o.title_nl if lang == "nl" else o.title_en,
        addressees=tuple(role_label(x, lang) for x in o.addressees),
    )


def plan_summary_rows(plan: CompliancePlan, lang: Lang) -> list[tuple[str, str]]:
    """The plan's next date and its critical path, as label and value."""
    rows = [
        (
            text("next_deadline", lang),
            dated(plan.next_deadline, plan.next_deadline_kind, lang) or "—",
        )
    ]
    if plan.critical_path:
        rows.append((text("critical_path", lang), obligation_refs(plan.critical_path, lang, " → ")))
    return rows
