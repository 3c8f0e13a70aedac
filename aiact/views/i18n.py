"""The labels of the views in English and Dutch, from the message catalogues (:mod:`aiact.i18n`).

Dutch terms follow the official Dutch text of Regulation (EU) 2024/1689 (``aanbieder``,
``gebruiksverantwoordelijke``, ``AI-systeem met een hoog risico``, ``AI-model voor algemene
doeleinden``, ``beoordeling van de gevolgen voor de grondrechten`` ...) and, for the kinds of
measures, the CIO Rijk factsheet for directors (governance, documentatie, training). The Dutch
text of every label is in ``aiact/i18n/locale/nl/LC_MESSAGES/aiact.po``; the tables here hold the
English message ids only (the ``*_LABELS`` names keep their ``(English, Dutch)`` shape for older
callers).

Labels that belong to the domain (tiers, statuses, roles, measures) are declared next to the
domain objects; the rest (headings, truth values, milestones, fine tiers, messages) here.
"""

from __future__ import annotations

from collections.abc import Iterable

from aiact.assessment import MODEL_CATEGORIES, STATUS_LABELS, SYSTEM_CATEGORIES, TIER_LABELS
from aiact.i18n import LANGS, N_, Lang, check_lang, nt, pairs, pt, t
from aiact.logic import Truth
from aiact.obligations.model import (
    ADDRESSEE_LABELS,
    MEASURE_LABELS,
    MODALITY_LABELS,
    Addressee,
    Measure,
    Milestone,
    Modality,
    Obligation,
)
from aiact.penalties.tiers import FineTier
from aiact.refs import LegalRef, LegalRefError
from aiact.timeline.transitional import Status


def pick(pair: tuple[str, str], lang: Lang) -> str:
    """The English (first) or Dutch (second) member of a label pair."""
    return pair[1] if lang == "nl" else pair[0]


# --------------------------------------------------------------------------- truth values

_TRUTH: dict[str, str] = {"true": N_("yes"), "false": N_("no")}


def truth(value: Truth | str, lang: Lang) -> str:
    """``yes`` / ``no`` / ``undetermined`` (``ja`` / ``nee`` / ``onbekend``): the one yes/no
    vocabulary of every view."""
    key = (
        value if isinstance(value, str) else {True: "true", False: "false", None: "unknown"}[value]
    )
    if key == "unknown":
        return pt("truth", "undetermined", lang)
    return t(_TRUTH[key], lang)


TRUTH_LABELS: dict[str, tuple[str, str]] = {
    "true": ("yes", t("yes", "nl")),
    "false": ("no", t("no", "nl")),
    "unknown": ("undetermined", pt("truth", "undetermined", "nl")),
}


# --------------------------------------------------------------------------- domain labels


def tier_label(tier: str, lang: Lang) -> str:
    for key, pair in TIER_LABELS.items():
        if key.value == tier:
            return t(pair[0], lang)
    return tier


def status_label(status: Status | str, lang: Lang) -> str:
    return t(STATUS_LABELS[Status(status)][0], lang)


def role_label(role: Addressee | str, lang: Lang) -> str:
    return t(ADDRESSEE_LABELS[Addressee(role)][0], lang)


def measure_label(measure: Measure | str, lang: Lang) -> str:
    return t(MEASURE_LABELS[Measure(measure)][0], lang)


def modality_label(modality: Modality | str, lang: Lang) -> str:
    """``obligation`` / ``verplichting``, ``permission (not an obligation)`` / ``mogelijkheid
    (geen verplichting)`` or ``limitation of an obligation (not an obligation)`` / ``beperking
    van een verplichting (geen verplichting)`` (:class:`aiact.obligations.model.Modality`)."""
    return t(MODALITY_LABELS[Modality(modality)][0], lang)


_PREFIXES: dict[Modality, str] = {
    Modality.PERMISSION: "permission_prefix",
    Modality.LIMITATION: "limitation_prefix",
}
"""The mark of an entry that binds nobody, by modality (:func:`shown_title`)."""


def shown_title(o: Obligation, lang: Lang) -> str:
    """The title of a catalogue entry as a row shows it: a permission or a limitation is marked
    as one, so no row or column headed "Obligation" calls it a duty (round 32; Art. 27(4) as
    amended: "the deployer may"; round 33, Art. 26(5): "This obligation shall not cover")."""
    title = o.title_nl if lang == "nl" else o.title_en
    prefix = _PREFIXES.get(o.modality)
    if prefix is not None:
        return f"{text(prefix, lang)}: {title}"
    return title


def modality_prefix(modality: Modality | str, lang: Lang) -> str | None:
    """The mark of an entry that binds nobody ("Permission (not an obligation)", "Limitation of
    an obligation (not an obligation)"), or None for a duty (the web page, which reads the
    JSON's ``modality``)."""
    prefix = _PREFIXES.get(Modality(modality))
    return None if prefix is None else text(prefix, lang)


_MILESTONES: dict[Milestone, str] = {
    Milestone.BEFORE_PLACING: N_("before placing on the market or putting into service"),
    Milestone.BEFORE_USE: N_("before first use"),
    Milestone.ONGOING: N_("ongoing"),
    Milestone.AFTER_PLACING: N_("after placing on the market (post-market)"),
    Milestone.ON_EVENT: N_("on an event or request"),
}
MILESTONE_LABELS = pairs(_MILESTONES)


def milestone_label(milestone: Milestone | str, lang: Lang) -> str:
    return t(_MILESTONES[Milestone(milestone)], lang)


_FINE_TIERS: dict[FineTier, str] = {
    FineTier.ART_99_3: N_("Art. 99(3): up to €35 million or 7 % of turnover"),
    FineTier.ART_99_4: N_("Art. 99(4): up to €15 million or 3 % of turnover"),
    FineTier.ART_99_5: N_("Art. 99(5): up to €7.5 million or 1 % of turnover"),
    FineTier.ART_101: N_("Art. 101: up to €15 million or 3 % of turnover (Commission)"),
    FineTier.NATIONAL_ONLY: N_("no EU ceiling: national penalties (Art. 99(1))"),
    FineTier.NO_PENALTY: N_("no penalty under Art. 99: not an operator (reading A36)"),
}
FINE_TIER_LABELS = pairs(_FINE_TIERS)


def fine_tier_label(tier: FineTier | str, lang: Lang) -> str:
    return t(_FINE_TIERS[FineTier(tier)], lang)


_NO_FINE: dict[Modality, str] = {
    Modality.PERMISSION: N_("none: a permission cannot be infringed"),
    Modality.LIMITATION: N_("none: a limitation of an obligation cannot be infringed"),
}


def obligation_fine_label(obligation: Obligation, lang: Lang) -> str:
    """The fine of a catalogue entry as shown: its tier (Art. 99), or, for a permission or a
    limitation, that it has none (Art. 99(1): a fine is for an infringement, and neither binds
    anybody; the catalogue keeps the tier of the duty it shapes or narrows as data,
    ``fine_tier``; rev32c D2, lim33)."""
    if not obligation.binds:
        return t(_NO_FINE[obligation.modality], lang)
    return fine_tier_label(obligation.fine, lang)


_ROUTES: dict[str, str] = {
    "annex_iii": N_("Art. 6(2) and Annex III"),
    "annex_i": N_("Art. 6(1) and Annex I"),
}
ROUTE_LABELS = pairs(_ROUTES)


def route_label(route: str, lang: Lang) -> str:
    return t(_ROUTES[route], lang) if route in _ROUTES else route


_KINDS: dict[str, str] = {"system": N_("AI system"), "model": N_("general-purpose AI model")}
KIND_LABELS = pairs(_KINDS)

CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    key: (en, nl) for key, _, en, nl in (*SYSTEM_CATEGORIES, *MODEL_CATEGORIES)
}


def category_label(key: str, lang: Lang) -> str:
    pair = CATEGORY_LABELS.get(key)
    return key if pair is None else t(pair[0], lang)


_PRACTICES: dict[str, str] = {
    "a": N_("manipulative or deceptive techniques (Art. 5(1)(a))"),
    "b": N_("exploiting vulnerabilities (Art. 5(1)(b))"),
    "ba": N_("intimate imagery without consent (Art. 5(1)(ba))"),
    "bb": N_("child sexual abuse material (Art. 5(1)(bb))"),
    "c": N_("social scoring (Art. 5(1)(c))"),
    "d": N_("crime-risk prediction based solely on profiling (Art. 5(1)(d))"),
    "e": N_("untargeted scraping of facial images (Art. 5(1)(e))"),
    "f": N_("emotion recognition at work or in education (Art. 5(1)(f))"),
    "g": N_("biometric categorisation on sensitive traits (Art. 5(1)(g))"),
    "h": N_("real-time remote biometric identification for law enforcement (Art. 5(1)(h))"),
}
PRACTICE_LABELS = pairs(_PRACTICES)


def practice_label(point: str, lang: Lang) -> str:
    return t(_PRACTICES[point], lang) if point in _PRACTICES else point


_TRANSPARENCY: dict[str, str] = {
    "1": N_("inform people that they interact with an AI system (Art. 50(1))"),
    "2": N_("mark synthetic content as artificially generated (Art. 50(2))"),
    "3": N_(
        "inform people exposed to emotion recognition or biometric categorisation (Art. 50(3))"
    ),
    "4_deep_fake": N_("disclose deep fakes (Art. 50(4))"),
    "4_text": N_("disclose AI-generated text on matters of public interest (Art. 50(4))"),
}
TRANSPARENCY_LABELS = pairs(_TRANSPARENCY)


def transparency_label(duty: str, lang: Lang) -> str:
    return t(_TRANSPARENCY[duty], lang) if duty in _TRANSPARENCY else duty


_INTERPRETATIONS: dict[str, str] = {
    "A1": N_("Section 5 and Chapter IX duties wait for the classification date"),
    "A2": N_("the Art. 111(2) cut-off under the amended text"),
    "A3": N_("'intended to be used by public authorities' (Art. 111(2))"),
    "A4": N_("Annex I Section B systems and Arts. 4, 5 and 50"),
    "A7": N_("the Art. 6(3) derogation: conditions (a)-(d) and 'no significant risk'"),
    "A8": N_("Union institutions as 'bodies governed by public law' (Art. 27(1))"),
    "A10": N_("'undertaking' for fine ceilings: group or entity"),
    "A12": N_("text-generating chatbots and Art. 50(2)"),
    "A6": N_(
        "Art. 5(2) for real-time remote biometric identification: a condition, a duty or both"
    ),
    "A19": N_("the Art. 52(1) notification of a model placed before 2 August 2025 (Art. 111(3))"),
    "A20": N_("open-source systems that 'fall under Article 50' (Art. 2(12))"),
    "A21": N_("Arts. 4 and 50 for Annex X components and legacy systems (Art. 111(1) and (2))"),
    "A22": N_("the date of the Art. 6(4) and Art. 49(2) duties of a derogated Annex III system"),
    "A23": N_("Art. 5(4) notification of each use: a duty, or also a condition of the exception"),
    "A24": N_("distributors and the Art. 5(1) prohibitions of placing on the market"),
    "A25": N_("a supplier of only an AI model under the published Art. 25(4)"),
    "A26": N_("a provider established in the Union and in a third country (Art. 22(1) and 54(1))"),
    "A27": N_(
        "Art. 80(4)-(5) for a system found high-risk and placed before the Art. 111(2) cut-off"
    ),
    "A28": N_("the authorised representative of a third-country provider (Art. 22(1))"),
    "A29": N_(
        "a contract allocating the obligations otherwise, for a party that puts its name on a "
        "high-risk AI system (Art. 25(1)(a))"
    ),
    "A15": N_("Art. 6(1a) and the safety components of Annex III point 2 (amended text)"),
    "A30": N_(
        "the classification of a system a market surveillance authority found high-risk "
        "(Art. 80(2)) although its provider relied on Art. 6(3)"
    ),
    "A31": N_(
        "the Annex III point 2 exception (Arts. 27(1), 49(1), 49(3), 60(4)(c), 86(1)) for a "
        "system also listed in another point (or, for Art. 60(4)(c), also covered by Annex I "
        "Section A)"
    ),
    "A32": N_(
        "a provider established in the Union whose system's output only is used in the Union "
        "(Art. 2(1)(c))"
    ),
    "A33": N_(
        "the Art. 5 ban on placing on the market and putting into service for a provider reached "
        "only by Art. 2(1)(c)"
    ),
    "A34": N_(
        "what Art. 26(5), second subparagraph, deems fulfilled for a deployer that is a "
        "financial institution"
    ),
    "A35": N_("which third-party suppliers of Art. 25(4) the Regulation reaches (Art. 2(1))"),
    "A36": N_(
        "whether Art. 99 (point (4)(da) as amended; paragraph 1, 'by operators') reaches a "
        "third-party supplier of Art. 25(4) that is not an operator (Art. 3(8))"
    ),
    "A37": N_(
        "whether a Member State penalises the Art. 54 tasks of a general-purpose AI model "
        "provider's authorised representative (Art. 99(1)), Chapter V being the Commission's to "
        "enforce (Art. 88(1))"
    ),
    "A38": N_(
        "whether Art. 99(4)(a) fines the access to the logs of Art. 21(2) as an obligation "
        "pursuant to Art. 16, point (k)"
    ),
    "A39": N_(
        "whether Art. 100(3) fines every duty of a Union institution or only the non-compliance "
        "of the AI system"
    ),
    "A40": N_(
        "whether the financial-fraud exception of Annex III, point 5(b), takes out a "
        "credit-scoring system that is also used to detect fraud"
    ),
    "A41": N_(
        "whether Art. 2(2) also limits a system high-risk through an Annex I Section B product "
        "that Annex III also lists (Art. 6(2))"
    ),
    "A42": N_(
        "whether a public authority of a Member State is one of the bodies governed by public "
        "law that Art. 27(1) obliges to assess the impact on fundamental rights"
    ),
    "A43": N_(
        "whether a body governed by public law is one of the public authorities and bodies of "
        "Art. 99(8) or an undertaking fined under Art. 99(3)-(5)"
    ),
    "A44": N_(
        "whether a stated post-remote use in a targeted search (Art. 26(10)) makes a system that "
        "identifies without a significant delay a post-remote biometric identification system "
        "(Art. 3(42), 3(43))"
    ),
    "A45": N_(
        "whether Art. 111(2), which defers the Regulation for the operators of a legacy "
        "high-risk system, also shelters a third-party supplier of Art. 25(4) that is not an "
        "operator (Art. 3(8))"
    ),
    "A46": N_(
        "whether Art. 111(3), which gives the provider of a general-purpose AI model placed on "
        "the market before 2 August 2025 until 2 August 2027, also reaches its Art. 25(4) "
        "agreement as the supplier of that model"
    ),
    "D1": N_("systems with a limited capacity to infer: not AI systems (Art. 3(1))"),
    "D2": N_("Art. 5(1)(f) only for emotions inferred from biometric data"),
    "D3": N_("emotion recognition only for a person's own training (Art. 5(1)(f))"),
    "D4": N_("the indicative compute criterion of a general-purpose AI model (Art. 3(63))"),
}
INTERPRETATION_LABELS = pairs(_INTERPRETATIONS)


def interpretation_label(code: str, lang: Lang) -> str:
    return t(_INTERPRETATIONS[code], lang) if code in _INTERPRETATIONS else code


# --------------------------------------------------------------------------- headings and words

_KEYS: dict[str, str] = {
    "title": N_("AI Act assessment"),
    "plan_title": N_("Compliance plan"),
    "organisation": N_("Organisation"),
    "system": N_("AI system"),
    "model": N_("General-purpose AI model"),
    "as_of": N_("Date assessed"),
    "law": N_("Law"),
    "law_chosen_explicit": N_("chosen explicitly, counterfactual"),
    "law_chosen_as_of": N_("the version in force on that date"),
    "engine": N_("Engine"),
    "in_scope": N_("Within the scope of the AI Act"),
    "risk_tier": N_("Risk category"),
    "risk_tier_on": N_("Risk category on {date}"),
    "tier_from": N_("{tier} from {date}"),
    "tier_possibly_from": N_("possibly {tiers} from {date}"),
    "tier_possibly_more_from": N_("{tier}, possibly {tiers}, from {date}"),
    "possible_tiers": N_("Could still be (unknown facts decide)"),
    "tier_at_least": N_("at least: unknown facts can still make it higher"),
    "route": N_("High-risk route"),
    "classification": N_("Classification"),
    "scope_and_route": N_("Scope and route"),
    "category": N_("Category"),
    "holds": N_("Holds"),
    "roles": N_("Roles"),
    "role": N_("Role"),
    "prohibited_practices": N_("Prohibited practices that hold or may hold"),
    "transparency_duties": N_("Transparency duties (Art. 50)"),
    "obligations": N_("Obligations"),
    "obligation": N_("Obligation"),
    "citation": N_("Article"),
    "applies": N_("Applies"),
    "status": N_("Status"),
    "applies_from": N_("Applies from"),
    "deadline": N_("Comply by"),
    "measure": N_("Measure"),
    "addressees": N_("Addressed to"),
    "addressees_held": N_("For you as"),
    "yes_if_in_scope": N_("yes, if in scope"),
    "scope_reason": N_("Reason"),
    "yes_out_of_scope": N_("yes, but out of scope"),
    "milestone": N_("When"),
    "fine": N_("Fine tier"),
    "algoritmekader": N_("Algoritmekader"),
    "deadlines": N_("Upcoming deadlines"),
    "no_deadlines": N_("No upcoming deadlines."),
    "no_obligations": N_("No obligations apply."),
    # Conditions met or not yet determined, date "never" (Art. 111(2); never24, never25).
    "not_binding": N_(
        "Binding on this system only after a significant change in its design (Art. 111(2))"
    ),
    "reason": N_("Reason"),
    "conditions": N_("Conditions"),
    "not_binding_intro": N_(
        "The transitional rules of Art. 111 keep these obligations from this system on the facts "
        "given, also where their conditions are met, and no answer to an open question changes "
        "that. Each row says whether its conditions are met, and why it does not bind."
    ),
    "exposure": N_("Maximum fine exposure"),
    "max_ceiling": N_("Highest fine ceiling"),
    "no_ceiling": N_("no EU fine ceiling determined"),
    "exposure_offender": N_("Fined as"),
    "exposure_without_ceiling": N_("Without an EU ceiling (national penalties)"),
    "exposure_undetermined": N_("Ceiling undetermined"),
    "open_questions": N_("Open questions"),
    "open_questions_intro": N_(
        "These facts are unknown; answering them decides the undetermined conclusions."
    ),
    "fact": N_("Fact"),
    "affects": N_("Decides"),
    "no_open_questions": N_("No open questions."),
    "interpretations": N_("Interpretations used"),
    "question": N_("Question"),
    "reading": N_("Reading"),
    "why": N_("Why"),
    "derivation": N_("Derivation"),
    "rule": N_("Rule"),
    "source": N_("Source"),
    "value": N_("Value"),
    "input_fact": N_("input fact"),
    "no_rule": N_("no rule concludes it"),
    "summary": N_("Summary"),
    "more": N_("and {n} more"),
    "name": N_("Name"),
    "date": N_("Date"),
    "what": N_("What starts"),
    "versions": N_("Versions"),
    "timeline": N_("Key dates of the AI Act"),
    "catalogue": N_("Obligation catalogue"),
    "id": N_("Id"),
    "count": N_("Number"),
    "error": N_("Error"),
    "case": N_("Case"),
    "total_exposure": N_("Highest fine ceiling over all systems"),
    "sum_exposure": N_("Sum of the per-system ceilings"),
    "by_tier": N_("By risk category"),
    "external": N_("Depends on others"),
    "critical_path": N_("Critical path"),
    "next_deadline": N_("Next deadline"),
    "steps": N_("Steps"),
    "undetermined_steps": N_("May apply (unknown facts decide)"),
    "permissions": N_("What the Act allows you"),
    "permission": N_("Permission"),
    "permission_prefix": N_("Permission (not an obligation)"),
    "limitations": N_("Limits on your obligations"),
    "limitation": N_("Limitation"),
    "limitation_prefix": N_("Limitation of an obligation (not an obligation)"),
    "limits": N_("Obligation limited"),
    "blocked_by": N_("Waits for"),
    "eurlex": N_("EUR-Lex"),
    # -- time (issue 12): the tier and the exposure on the date
    "classification_tier": N_("Classification (apart from the date)"),
    "possible_classification_tiers": N_("Classification could still be"),
    "tier_changes": N_("Tier changes ahead"),
    "no_tier_changes": N_("No tier changes ahead."),
    "exposure_on": N_("Maximum fine exposure on {day}"),
    "not_yet_binding": N_("Apply, but bind only later (not counted)"),
    "binding_undetermined": N_("Date undetermined (not counted)"),
    "exposure_profile": N_("Fine exposure over time"),
    "from_date": N_("From"),
    "starts_binding": N_("Starts to bind"),
    "ceiling_changes": N_("Ceiling changes"),
    # -- stated assumptions (issue 16)
    "assumed": N_("Assumed facts (stated assumptions, not answers)"),
    "assumption": N_("Assumption"),
}
_TEXTS: dict[str, tuple[str, str]] = pairs(_KEYS)
"""``{key: (English, Dutch)}``: the headings by key, for :func:`text`."""


def text(key: str, lang: Lang, **values: object) -> str:
    """A heading or phrase by key, in ``lang`` (``text("risk_tier", "nl")``); new code calls
    :func:`aiact.i18n.t` with the English message itself."""
    return t(_KEYS[key], lang, **values)


def cite(source: str, lang: Lang, *, inline: bool = False) -> str:
    """A citation as printed in ``lang``: ``Art. 26(8)`` / ``Artikel 26, lid 8``; with
    ``inline`` the form inside a sentence (``zie artikel 26, lid 8``: :meth:`LegalRef.nl`)."""
    if lang == "en":
        return source
    try:
        return LegalRef.parse(source).nl(inline=inline)
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


def obligation_ref(obligation_id: str, lang: Lang, *, inline: bool = False) -> str:
    """An obligation as a reader knows it: its citation (``Artikel 26, lid 8``), not its id;
    with ``inline`` the form inside a sentence or a list (``artikel 26, lid 8``)."""
    from aiact.obligations.catalogue import catalogue

    try:
        return cite(catalogue().get(obligation_id).source, lang, inline=inline)
    except KeyError:
        return obligation_id


def obligation_refs(ids: Iterable[str], lang: Lang, sep: str = ", ") -> str:
    """Obligations as a list of their citations, as they read in a table cell: the first as
    shown on its own, the rest as within a sentence (``Artikel 9, artikel 10``; English
    ``Art. 9, Art. 10``), never by internal id."""
    return sep.join(obligation_ref(i, lang, inline=n > 0) for n, i in enumerate(ids))


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
    "interpretation_label",
    "measure_label",
    "milestone_label",
    "nt",
    "obligation_ref",
    "obligation_refs",
    "obligation_title",
    "pick",
    "practice_label",
    "pt",
    "role_label",
    "route_label",
    "status_label",
    "t",
    "text",
    "tier_label",
    "transparency_label",
    "truth",
]
