"""Every user-facing text of the views in English and Dutch.

Dutch terms follow the official Dutch text of Regulation (EU) 2024/1689 (``aanbieder``,
``gebruiksverantwoordelijke``, ``AI-systeem met een hoog risico``, ``AI-model voor algemene
doeleinden``, ``beoordeling van de gevolgen voor de grondrechten`` ...) and, for the kinds of
measures, the CIO Rijk factsheet for directors (governance, documentatie, training).

Labels that belong to the domain (tiers, statuses, roles, measures) are defined next to the
domain objects and re-exported here; the rest (headings, truth values, milestones, fine tiers,
messages) live here.
"""

from __future__ import annotations

from typing import Literal

from aiact.assessment import MODEL_CATEGORIES, STATUS_LABELS, SYSTEM_CATEGORIES, TIER_LABELS
from aiact.logic import Truth
from aiact.obligations.model import (
    ADDRESSEE_LABELS,
    MEASURE_LABELS,
    Addressee,
    Measure,
    Milestone,
)
from aiact.penalties.tiers import FineTier
from aiact.refs import LegalRef, LegalRefError
from aiact.timeline.transitional import Status

Lang = Literal["en", "nl"]
LANGS: tuple[Lang, ...] = ("en", "nl")


def check_lang(lang: str) -> Lang:
    """``lang`` as a :data:`Lang`; ``ValueError`` for anything but ``en`` or ``nl``."""
    if lang == "en":
        return "en"
    if lang == "nl":
        return "nl"
    raise ValueError(f"lang: {lang!r} is not supported (use 'en' or 'nl')")


def pick(pair: tuple[str, str], lang: Lang) -> str:
    """The English (first) or Dutch (second) member of a label pair."""
    return pair[1] if lang == "nl" else pair[0]


# --------------------------------------------------------------------------- truth values

TRUTH_LABELS: dict[str, tuple[str, str]] = {
    "true": ("yes", "ja"),
    "false": ("no", "nee"),
    "unknown": ("undetermined", "onbepaald"),
}


def truth(value: Truth | str, lang: Lang) -> str:
    """``yes`` / ``no`` / ``undetermined`` (``ja`` / ``nee`` / ``onbepaald``)."""
    key = (
        value if isinstance(value, str) else {True: "true", False: "false", None: "unknown"}[value]
    )
    return pick(TRUTH_LABELS[key], lang)


# --------------------------------------------------------------------------- domain labels


def tier_label(tier: str, lang: Lang) -> str:
    for key, pair in TIER_LABELS.items():
        if key.value == tier:
            return pick(pair, lang)
    return tier


def status_label(status: Status | str, lang: Lang) -> str:
    return pick(STATUS_LABELS[Status(status)], lang)


def role_label(role: Addressee | str, lang: Lang) -> str:
    return pick(ADDRESSEE_LABELS[Addressee(role)], lang)


def measure_label(measure: Measure | str, lang: Lang) -> str:
    return pick(MEASURE_LABELS[Measure(measure)], lang)


MILESTONE_LABELS: dict[Milestone, tuple[str, str]] = {
    Milestone.BEFORE_PLACING: (
        "before placing on the market or putting into service",
        "vóór het in de handel brengen of in gebruik stellen",
    ),
    Milestone.BEFORE_USE: ("before first use", "vóór het eerste gebruik"),
    Milestone.ONGOING: ("ongoing", "doorlopend"),
    Milestone.AFTER_PLACING: (
        "after placing on the market (post-market)",
        "na het in de handel brengen (monitoring na het in de handel brengen)",
    ),
    Milestone.ON_EVENT: ("on an event or request", "bij een gebeurtenis of verzoek"),
}


def milestone_label(milestone: Milestone | str, lang: Lang) -> str:
    return pick(MILESTONE_LABELS[Milestone(milestone)], lang)


FINE_TIER_LABELS: dict[FineTier, tuple[str, str]] = {
    FineTier.ART_99_3: (
        "Art. 99(3): up to EUR 35 million or 7 % of turnover",
        "artikel 99, lid 3: tot EUR 35 miljoen of 7 % van de omzet",
    ),
    FineTier.ART_99_4: (
        "Art. 99(4): up to EUR 15 million or 3 % of turnover",
        "artikel 99, lid 4: tot EUR 15 miljoen of 3 % van de omzet",
    ),
    FineTier.ART_99_5: (
        "Art. 99(5): up to EUR 7.5 million or 1 % of turnover",
        "artikel 99, lid 5: tot EUR 7,5 miljoen of 1 % van de omzet",
    ),
    FineTier.ART_101: (
        "Art. 101: up to EUR 15 million or 3 % of turnover (Commission)",
        "artikel 101: tot EUR 15 miljoen of 3 % van de omzet (Commissie)",
    ),
    FineTier.NATIONAL_ONLY: (
        "no EU ceiling: national penalties (Art. 99(1))",
        "geen EU-maximum: nationale sancties (artikel 99, lid 1)",
    ),
}


def fine_tier_label(tier: FineTier | str, lang: Lang) -> str:
    return pick(FINE_TIER_LABELS[FineTier(tier)], lang)


ROUTE_LABELS: dict[str, tuple[str, str]] = {
    "annex_iii": ("Art. 6(2) and Annex III", "artikel 6, lid 2, en bijlage III"),
    "annex_i": ("Art. 6(1) and Annex I", "artikel 6, lid 1, en bijlage I"),
}

KIND_LABELS: dict[str, tuple[str, str]] = {
    "system": ("AI system", "AI-systeem"),
    "model": ("general-purpose AI model", "AI-model voor algemene doeleinden"),
}

CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    key: (en, nl) for key, _, en, nl in (*SYSTEM_CATEGORIES, *MODEL_CATEGORIES)
}


def category_label(key: str, lang: Lang) -> str:
    return pick(CATEGORY_LABELS.get(key, (key, key)), lang)


PRACTICE_LABELS: dict[str, tuple[str, str]] = {
    "a": (
        "manipulative or deceptive techniques (Art. 5(1)(a))",
        "manipulatieve of misleidende technieken (artikel 5, lid 1, punt a)",
    ),
    "b": (
        "exploiting vulnerabilities (Art. 5(1)(b))",
        "uitbuiten van kwetsbaarheden (artikel 5, lid 1, punt b)",
    ),
    "ba": (
        "intimate imagery without consent (Art. 5(1)(ba))",
        "intieme beelden zonder toestemming (artikel 5, lid 1, punt ba)",
    ),
    "bb": (
        "child sexual abuse material (Art. 5(1)(bb))",
        "materiaal van seksueel misbruik van kinderen (artikel 5, lid 1, punt bb)",
    ),
    "c": ("social scoring (Art. 5(1)(c))", "sociale scoring (artikel 5, lid 1, punt c)"),
    "d": (
        "crime-risk prediction based solely on profiling (Art. 5(1)(d))",
        "voorspellen van strafbare feiten uitsluitend op basis van profilering "
        "(artikel 5, lid 1, punt d)",
    ),
    "e": (
        "untargeted scraping of facial images (Art. 5(1)(e))",
        "ongericht scrapen van gezichtsafbeeldingen (artikel 5, lid 1, punt e)",
    ),
    "f": (
        "emotion recognition at work or in education (Art. 5(1)(f))",
        "emotieherkenning op de werkplek of in het onderwijs (artikel 5, lid 1, punt f)",
    ),
    "g": (
        "biometric categorisation on sensitive traits (Art. 5(1)(g))",
        "biometrische categorisering op gevoelige kenmerken (artikel 5, lid 1, punt g)",
    ),
    "h": (
        "real-time remote biometric identification for law enforcement (Art. 5(1)(h))",
        "biometrische identificatie op afstand in real time voor rechtshandhaving "
        "(artikel 5, lid 1, punt h)",
    ),
}

TRANSPARENCY_LABELS: dict[str, tuple[str, str]] = {
    "1": (
        "inform people that they interact with an AI system (Art. 50(1))",
        "mensen informeren dat zij met een AI-systeem interageren (artikel 50, lid 1)",
    ),
    "2": (
        "mark synthetic content as artificially generated (Art. 50(2))",
        "synthetische content markeren als kunstmatig gegenereerd (artikel 50, lid 2)",
    ),
    "3": (
        "inform people exposed to emotion recognition or biometric categorisation (Art. 50(3))",
        "mensen informeren over emotieherkenning of biometrische categorisering "
        "(artikel 50, lid 3)",
    ),
    "4_deep_fake": (
        "disclose deep fakes (Art. 50(4))",
        "deepfakes bekendmaken (artikel 50, lid 4)",
    ),
    "4_text": (
        "disclose AI-generated text on matters of public interest (Art. 50(4))",
        "kunstmatig gegenereerde tekst over aangelegenheden van algemeen belang "
        "bekendmaken (artikel 50, lid 4)",
    ),
}

INTERPRETATION_LABELS: dict[str, tuple[str, str]] = {
    "A1": (
        "Section 5 and Chapter IX duties wait for the classification date",
        "Afdeling 5 en hoofdstuk IX wachten op de datum van de classificatie",
    ),
    "A2": (
        "the Art. 111(2) cut-off under the amended text",
        "de peildatum van artikel 111, lid 2, in de gewijzigde tekst",
    ),
    "A3": (
        "'intended to be used by public authorities' (Art. 111(2))",
        "'bedoeld om door overheidsinstanties te worden gebruikt' (artikel 111, lid 2)",
    ),
    "A4": (
        "Annex I Section B systems and Arts. 4, 5 and 50",
        "systemen van bijlage I, afdeling B, en de artikelen 4, 5 en 50",
    ),
    "A7": (
        "the Art. 6(3) derogation: conditions (a)-(d) and 'no significant risk'",
        "de uitzondering van artikel 6, lid 3: voorwaarden a-d en 'geen significant risico'",
    ),
    "A8": (
        "Union institutions as 'bodies governed by public law' (Art. 27(1))",
        "instellingen van de Unie als 'publiekrechtelijke organen' (artikel 27, lid 1)",
    ),
    "A10": (
        "'undertaking' for fine ceilings: group or entity",
        "'onderneming' voor boetemaxima: groep of entiteit",
    ),
    "A12": (
        "text-generating chatbots and Art. 50(2)",
        "tekstgenererende chatbots en artikel 50, lid 2",
    ),
}

# --------------------------------------------------------------------------- headings and words

_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("AI Act assessment", "Beoordeling AI-verordening"),
    "plan_title": ("Compliance plan", "Nalevingsplan"),
    "organisation": ("Organisation", "Organisatie"),
    "system": ("AI system", "AI-systeem"),
    "model": ("General-purpose AI model", "AI-model voor algemene doeleinden"),
    "as_of": ("Date assessed", "Peildatum"),
    "law": ("Law", "Wet"),
    "law_chosen_explicit": (
        "chosen explicitly (counterfactual)",
        "expliciet gekozen (contrafeitelijk)",
    ),
    "law_chosen_as_of": ("the version in force on that date", "de versie die op die datum geldt"),
    "engine": ("Engine", "Rekenkern"),
    "in_scope": (
        "Within the scope of the AI Act",
        "Binnen het toepassingsgebied van de AI-verordening",
    ),
    "risk_tier": ("Risk category", "Risicocategorie"),
    "possible_tiers": (
        "Could still be (unknown facts decide)",
        "Kan nog worden (onbekende feiten beslissen)",
    ),
    "route": ("High-risk route", "Route naar hoog risico"),
    "classification": ("Classification", "Classificatie"),
    "scope_and_route": ("Scope and route", "Toepassingsgebied en route"),
    "category": ("Category", "Categorie"),
    "holds": ("Holds", "Geldt"),
    "roles": ("Roles", "Rollen"),
    "role": ("Role", "Rol"),
    "prohibited_practices": (
        "Prohibited practices that hold or may hold",
        "Verboden praktijken die gelden of kunnen gelden",
    ),
    "transparency_duties": (
        "Transparency duties (Art. 50)",
        "Transparantieverplichtingen (artikel 50)",
    ),
    "obligations": ("Obligations", "Verplichtingen"),
    "obligation": ("Obligation", "Verplichting"),
    "citation": ("Article", "Artikel"),
    "applies": ("Applies", "Van toepassing"),
    "status": ("Status", "Status"),
    "applies_from": ("Applies from", "Geldt vanaf"),
    "deadline": ("Comply by", "Uiterlijk voldoen op"),
    "measure": ("Measure", "Maatregel"),
    "addressees": ("Addressed to", "Gericht tot"),
    "milestone": ("When", "Wanneer"),
    "fine": ("Fine tier", "Boetecategorie"),
    "algoritmekader": ("Algoritmekader", "Algoritmekader"),
    "deadlines": ("Upcoming deadlines", "Komende termijnen"),
    "no_deadlines": ("No upcoming deadlines.", "Geen komende termijnen."),
    "no_obligations": ("No obligations apply.", "Er gelden geen verplichtingen."),
    "exposure": ("Maximum fine exposure", "Maximale boeteblootstelling"),
    "max_ceiling": ("Highest fine ceiling", "Hoogste boetemaximum"),
    "no_ceiling": ("no EU fine ceiling determined", "geen EU-boetemaximum vastgesteld"),
    "exposure_offender": ("Fined as", "Beboet als"),
    "exposure_without_ceiling": (
        "Without an EU ceiling (national penalties)",
        "Zonder EU-maximum (nationale sancties)",
    ),
    "exposure_undetermined": ("Ceiling undetermined", "Maximum onbepaald"),
    "open_questions": ("Open questions", "Open vragen"),
    "open_questions_intro": (
        "These facts are unknown; answering them decides the undetermined conclusions.",
        "Deze feiten zijn onbekend; het antwoord erop beslist de onbepaalde conclusies.",
    ),
    "fact": ("Fact", "Feit"),
    "affects": ("Decides", "Beslist over"),
    "no_open_questions": ("No open questions.", "Geen open vragen."),
    "interpretations": ("Interpretations used", "Gebruikte interpretaties"),
    "question": ("Question", "Vraag"),
    "reading": ("Reading", "Lezing"),
    "why": ("Why", "Waarom"),
    "derivation": ("Derivation", "Afleiding"),
    "rule": ("Rule", "Regel"),
    "source": ("Source", "Bron"),
    "value": ("Value", "Waarde"),
    "input_fact": ("input fact", "invoerfeit"),
    "no_rule": ("no rule concludes it", "geen regel leidt het af"),
    "summary": ("Summary", "Samenvatting"),
    "more": ("and {n} more", "en nog {n}"),
    "name": ("Name", "Naam"),
    "date": ("Date", "Datum"),
    "what": ("What starts", "Wat begint"),
    "versions": ("Versions", "Versies"),
    "timeline": ("Key dates of the AI Act", "Belangrijke data van de AI-verordening"),
    "catalogue": ("Obligation catalogue", "Catalogus van verplichtingen"),
    "id": ("Id", "Id"),
    "portfolio": ("Portfolio", "Portefeuille"),
    "systems": ("Systems", "Systemen"),
    "count": ("Number", "Aantal"),
    "error": ("Error", "Fout"),
    "case": ("Case", "Casus"),
    "total_exposure": (
        "Highest fine ceiling over all systems",
        "Hoogste boetemaximum over alle systemen",
    ),
    "sum_exposure": ("Sum of the per-system ceilings", "Som van de boetemaxima per systeem"),
    "by_tier": ("By risk category", "Per risicocategorie"),
    "external": ("Depends on others", "Afhankelijk van anderen"),
    "critical_path": ("Critical path", "Kritiek pad"),
    "next_deadline": ("Next deadline", "Eerstvolgende termijn"),
    "steps": ("Steps", "Stappen"),
    "undetermined_steps": (
        "May apply (unknown facts decide)",
        "Kan gelden (onbekende feiten beslissen)",
    ),
    "blocked_by": ("Blocked by", "Geblokkeerd door"),
    "eurlex": ("EUR-Lex", "EUR-Lex"),
    # -- time (issue 12): the tier and the exposure on the date
    "classification_tier": (
        "Classification (apart from the date)",
        "Indeling (los van de datum)",
    ),
    "possible_classification_tiers": (
        "Classification could still be",
        "Indeling kan nog worden",
    ),
    "tier_changes": ("Tier changes ahead", "Komende wijzigingen van de risicocategorie"),
    "no_tier_changes": ("No tier changes ahead.", "Geen komende wijzigingen."),
    "exposure_on": ("Maximum fine exposure on {day}", "Maximale boeteblootstelling op {day}"),
    "not_yet_binding": (
        "Apply, but bind only later (not counted)",
        "Gelden, maar binden pas later (niet meegeteld)",
    ),
    "binding_undetermined": (
        "Date undetermined (not counted)",
        "Datum onbepaald (niet meegeteld)",
    ),
    "exposure_profile": ("Fine exposure over time", "Boeteblootstelling in de tijd"),
    "from_date": ("From", "Vanaf"),
    "starts_binding": ("Starts to bind", "Gaat gelden"),
    "ceiling_changes": ("Ceiling changes", "Maximum wijzigt"),
}


def text(key: str, lang: Lang, **values: object) -> str:
    """A heading or phrase by key, in ``lang``."""
    return pick(_TEXTS[key], lang).format(**values)


def cite(source: str, lang: Lang) -> str:
    """A citation as printed in ``lang``: ``Art. 26(8)`` / ``Artikel 26, lid 8``."""
    if lang == "en":
        return source
    try:
        return LegalRef.parse(source).nl()
    except LegalRefError:
        return source


def eurlex(source: str, lang: Lang) -> str | None:
    """The EUR-Lex link of a citation in ``lang``, or ``None`` if it does not parse."""
    try:
        return LegalRef.parse(source).eurlex_url(lang)
    except LegalRefError:
        return None


def obligation_title(obligation_id: str, lang: Lang) -> str:
    from aiact.obligations.catalogue import catalogue

    o = catalogue().get(obligation_id)
    return o.title_nl if lang == "nl" else o.title_en


__all__ = [
    "CATEGORY_LABELS",
    "FINE_TIER_LABELS",
    "INTERPRETATION_LABELS",
    "KIND_LABELS",
    "LANGS",
    "MILESTONE_LABELS",
    "PRACTICE_LABELS",
    "ROUTE_LABELS",
    "TRANSPARENCY_LABELS",
    "TRUTH_LABELS",
    "Lang",
    "category_label",
    "check_lang",
    "cite",
    "eurlex",
    "fine_tier_label",
    "measure_label",
    "milestone_label",
    "obligation_title",
    "pick",
    "role_label",
    "status_label",
    "text",
    "tier_label",
    "truth",
]
