"""The content of the views as plain rows, in one language: markdown, HTML, the console and
DataFrames all render these, so they say the same thing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from aiact.logic import Truth, truth_label
from aiact.views.i18n import (
    INTERPRETATION_LABELS,
    PRACTICE_LABELS,
    ROUTE_LABELS,
    TRANSPARENCY_LABELS,
    Lang,
    category_label,
    cite,
    eurlex,
    fine_tier_label,
    measure_label,
    milestone_label,
    pick,
    role_label,
    status_label,
    text,
    tier_label,
    truth,
)

if TYPE_CHECKING:
    from aiact.assessment import Assessment, ObligationResult


def eur(amount: Decimal | str | None, lang: Lang) -> str:
    """``EUR 35,000,000`` (en) / ``€ 35.000.000`` (nl); an em dash for ``None``."""
    if amount is None:
        return "—"
    value = Decimal(amount)
    whole = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    if lang == "nl":
        whole = whole.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return f"€ {whole}"
    return f"EUR {whole}"


def iso(day: Any) -> str:
    return "" if day is None else str(day.isoformat())


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
    fine: str
    algoritmekader: str
    timing_reason: str


def obligation_row(result: ObligationResult, lang: Lang) -> ObligationRow:
    o = result.obligation
    timing = result.timing
    reason = "" if timing is None else (timing.reason_nl if lang == "nl" else timing.reason_en)
    return ObligationRow(
        id=o.id,
        citation=cite(o.source, lang),
        url=o.ref.eurlex_url(lang),
        title=o.title_nl if lang == "nl" else o.title_en,
        addressees=", ".join(role_label(a, lang) for a in o.addressees),
        measure=measure_label(o.measure, lang),
        milestone=milestone_label(o.milestone, lang),
        applies=truth(result.applies, lang),
        applies_key=truth_label(result.applies),
        status=status_label(result.status, lang),
        status_key=result.status.value,
        applies_from=iso(result.applies_from),
        deadline=iso(result.deadline),
        fine=fine_tier_label(o.fine, lang),
        algoritmekader=", ".join(o.algoritmekader),
        timing_reason=reason,
    )


def subject_name(a: Assessment) -> str:
    subject = a.system if a.system is not None else a.model
    name = None if subject is None else subject.name
    return name or pick(("(unnamed)", "(zonder naam)"), "en")


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
        (text("as_of", lang), a.as_of.isoformat()),
        (text("law", lang), f"{law} ({chosen})"),
        (text("engine", lang), a.engine),
    ]


def classification_rows(a: Assessment, lang: Lang) -> list[tuple[str, str]]:
    rows = [
        (text("risk_tier", lang), tier_label(a.risk_tier.value, lang)),
        (text("in_scope", lang), truth(a.in_scope, lang)),
    ]
    if a.possible_tiers:
        rows.append(
            (
                text("possible_tiers", lang),
                ", ".join(tier_label(t.value, lang) for t in a.possible_tiers),
            )
        )
    if a.route is not None:
        rows.append((text("route", lang), pick(ROUTE_LABELS[a.route.value], lang)))
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
    """(date, what changes) for every dated change of the tier after ``as_of``."""
    return [(c.date.isoformat(), c.text(lang)) for c in a.tier_changes]


def exposure_profile_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str, str]]:
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
                point.date.isoformat(),
                ceiling,
                ", ".join(point.starts_binding),
                ", ".join(point.ceiling_changes),
            )
        )
    return rows


def category_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str]]:
    """(label, value shown, truth key) for every category."""
    return [
        (category_label(key, lang), truth(value, lang), truth_label(value))
        for key, value in a.categories.items()
    ]


def role_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str]]:
    return [
        (role_label(role, lang), truth(value, lang), truth_label(value))
        for role, value in a.roles.items()
    ]


def practice_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str]]:
    return [
        (pick(PRACTICE_LABELS.get(k, (k, k)), lang), truth(v, lang), truth_label(v))
        for k, v in a.prohibited_practices.items()
    ]


def transparency_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str]]:
    return [
        (pick(TRANSPARENCY_LABELS.get(k, (k, k)), lang), truth(v, lang), truth_label(v))
        for k, v in a.transparency_duties.items()
    ]


_OFFENDER_LABELS: dict[str, tuple[str, str]] = {
    "undertaking": ("undertaking", "onderneming"),
    "not_undertaking": ("not an undertaking", "geen onderneming"),
    "public_body": (
        "public authority or body (Art. 99(8): national rules)",
        "overheidsinstantie of -orgaan (artikel 99, lid 8: nationale regels)",
    ),
    "union_institution": ("Union institution (Art. 100)", "instelling van de Unie (artikel 100)"),
    "unsettled": ("unsettled", "onzeker"),
    "unknown": ("unknown", "onbekend"),
}


def exposure_rows(a: Assessment, lang: Lang) -> list[tuple[str, str]]:
    e = a.exposure
    offender = str(getattr(e.offender, "value", e.offender))
    rows = [
        (text("as_of", lang), e.as_of.isoformat()),
        (
            text("max_ceiling", lang),
            eur(e.max_ceiling, lang) if e.max_ceiling is not None else text("no_ceiling", lang),
        ),
        (
            text("exposure_offender", lang),
            pick(_OFFENDER_LABELS.get(offender, (offender, offender)), lang),
        ),
    ]
    if e.max_ceiling_obligations:
        rows.append((text("obligations", lang), ", ".join(e.max_ceiling_obligations)))
    if e.without_eu_ceiling:
        rows.append((text("exposure_without_ceiling", lang), ", ".join(e.without_eu_ceiling)))
    if e.undetermined:
        rows.append((text("exposure_undetermined", lang), ", ".join(e.undetermined)))
    if e.not_yet_binding:
        rows.append((text("not_yet_binding", lang), ", ".join(e.not_yet_binding)))
    if e.binding_undetermined:
        rows.append((text("binding_undetermined", lang), ", ".join(e.binding_undetermined)))
    for flag in e.flags:
        rows.append((flag.code, flag.message))
    return rows


# --------------------------------------------------------------------------- facts and questions

_GROUP_LABELS: dict[str, tuple[str, str]] = {
    "roles": ("roles (Art. 3)", "rollen (artikel 3)"),
    "value_chain": ("value chain (Arts. 22, 25)", "waardeketen (artikelen 22 en 25)"),
    "exclusions": (
        "scope and exclusions (Art. 2)",
        "toepassingsgebied en uitsluitingen (artikel 2)",
    ),
    "prohibited": ("prohibited practices (Art. 5)", "verboden praktijken (artikel 5)"),
    "annex_i": ("Annex I route (Art. 6(1))", "route via bijlage I (artikel 6, lid 1)"),
    "annex_iii": ("Annex III (Art. 6(2))", "bijlage III (artikel 6, lid 2)"),
    "derogation": ("derogation (Art. 6(3))", "uitzondering (artikel 6, lid 3)"),
    "transparency": ("transparency (Art. 50)", "transparantie (artikel 50)"),
    "context": ("use context (Arts. 26, 27, 111)", "gebruikscontext (artikelen 26, 27 en 111)"),
    "organisation": ("organisation", "organisatie"),
    "placed_on_market": ("dates (Art. 111)", "data (artikel 111)"),
}

_CITATION = re.compile(r"(Art\. \d+[a-z]?(?:\(\w+\))*|Annex [IVX]+(?:, point \w+(?:\(\w\))?)?)")


def _field_description(fact: str) -> str | None:
    from aiact.facts import AISystem, GPAIModel, Organisation

    parts = fact.split(".")
    if parts[0] == "organisation":
        model: type[BaseModel] | None = Organisation
        parts = parts[1:]
    elif parts[0] in AISystem.model_fields:
        model = AISystem
    elif parts[0] in GPAIModel.model_fields:
        model = GPAIModel
    else:
        return None
    description: str | None = None
    for part in parts:
        if model is None or part not in model.model_fields:
            return description
        info = model.model_fields[part]
        description = info.description
        annotation = info.annotation
        model = (
            annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel)
            else None
        )
    return description


def fact_label(fact: str, lang: Lang) -> str:
    """What an input fact asks: its field description (English) or, in Dutch, the group of the
    field with its provisions in the Dutch citation style."""
    description = _field_description(fact)
    if lang == "en":
        return description or fact
    group = pick(_GROUP_LABELS.get(fact.split(".")[0], (fact, fact)), lang)
    cites = [] if description is None else list(dict.fromkeys(_CITATION.findall(description)))
    if cites:
        return f"{group}; zie {', '.join(cite(c, lang) for c in cites[:3])}"
    return group


def open_question_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str]]:
    """(fact, what it asks, what it decides)."""
    rows = []
    for q in a.open_questions:
        affects = list(q.affects)
        shown = ", ".join(affects[:6])
        if len(affects) > 6:
            shown += " " + text("more", lang, n=len(affects) - 6)
        rows.append((q.fact, fact_label(q.fact, lang), shown))
    return rows


def interpretation_rows(a: Assessment, lang: Lang) -> list[tuple[str, str, str]]:
    return [
        (code, pick(INTERPRETATION_LABELS.get(code, (code, code)), lang), reading)
        for code, reading in sorted(a.interpretations_used.items(), key=lambda kv: int(kv[0][1:]))
    ]


def truth_key(value: Truth) -> str:
    return truth_label(value)


def link(source: str, lang: Lang) -> str | None:
    return eurlex(source, lang)
