"""Labels of things the engine names by key: input facts, fine notes, interpretation readings,
engines, offenders, fact groups. Readers see these labels, never the keys, in Dutch.

The English message of a fact is its field description (declared with the field in
:mod:`aiact.facts`); its Dutch label is the catalogue entry with context ``fact`` and the fact key
as message id (``pt("fact", "roles.deployer", "nl")``). The points of Annex I and Annex III are
labelled from their bilingual declarations in :mod:`aiact.rules.classification`.
:func:`keyed_messages` lists every key that needs a Dutch label, for ``aiact.i18n.tool``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from aiact.date_facts import AS_OF_COMPARISONS
from aiact.i18n import N_, Lang, has, pt, t

# --------------------------------------------------------------------------- groups and offenders

GROUP_LABELS: dict[str, str] = {
    "roles": N_("roles (Art. 3)"),
    "value_chain": N_("value chain (Arts. 22, 25)"),
    "exclusions": N_("scope and exclusions (Art. 2)"),
    "prohibited": N_("prohibited practices (Art. 5)"),
    "annex_i": N_("Annex I route (Art. 6(1))"),
    "annex_iii": N_("Annex III (Art. 6(2))"),
    "derogation": N_("derogation (Art. 6(3))"),
    "transparency": N_("transparency (Art. 50)"),
    "context": N_("use context (Arts. 26, 27, 111)"),
    "organisation": N_("organisation"),
    "org": N_("organisation"),
    "placed_on_market": N_("dates (Art. 111)"),
    "dates": N_("dates (Art. 111)"),
    "model": N_("general-purpose AI model"),
    "interp": N_("interpretation"),
    "answered": N_("direct answers (Art. 3)"),
    "authority_actions": N_("decisions of authorities (Arts. 75, 79-82, 91-93)"),
    "biometrics": N_("biometrics (Art. 3(34)-(44), Art. 5)"),
    "conformity": N_("conformity assessment (Art. 43)"),
    "definition": N_("definition of an AI system (Art. 3(1))"),
    "is_ai_system": N_("AI system (Art. 3(1))"),
    "significant_change": N_("dates (Art. 111)"),
}

OFFENDER_LABELS: dict[str, str] = {
    "undertaking": N_("undertaking"),
    "not_undertaking": N_("not an undertaking"),
    "public_body": N_("public authority or body (Art. 99(8): national rules)"),
    # A general-purpose AI model's fines are the Commission's (Art. 101(1)), with no carve-out
    # for public bodies; Art. 99(8) is about the fines of Art. 99 (audit 9, F5).
    "public_body_model": N_("public authority or body (Art. 101: fines imposed by the Commission)"),
    "union_institution": N_("Union institution (Art. 100)"),
    "unsettled": N_("unsettled"),
    "unknown": N_("unknown"),
}

ENGINE_LABELS: dict[str, str] = {
    "native": N_("built-in rule engine"),
    "durable": N_("durable-rules engine (Rete)"),
}

#: Why a prerequisite holds a step of a compliance plan up (:class:`aiact.graph.plan.Blocker`).
BLOCK_REASONS: dict[str, str] = {
    "undetermined": N_("may apply"),
    "not_applicable": N_("not applicable"),
    "not_yet_applicable": N_("applies later"),
    "external": N_("another organisation's task"),
}

#: The reading of each open legal question, by reference number and value of
#: :meth:`aiact.Interpretations.labels`.
READING_LABELS: dict[tuple[str, str], str] = {
    ("A1", "classification"): N_("wait for the classification date (default)"),
    ("A1", "literal"): N_("apply from 2 August 2026 (literal)"),
    ("A2", "route_date"): N_("the date of the system's route (default)"),
    ("A2", "general_date"): N_("the general date of application, 2 August 2026"),
    ("A3", "intended_or_actual"): N_("intended purpose or actual use (default)"),
    ("A3", "intended_purpose"): N_("the provider's intended purpose only"),
    ("A3", "actual_use"): N_("actual use only"),
    ("A4", "keep_4_5_50"): N_("Arts. 4, 5 and 50 still apply (default)"),
    ("A4", "literal_only"): N_("only Art. 6(1) and the listed articles apply"),
    ("A7", "both_required"): N_("a condition (a)-(d) and no significant risk (default)"),
    ("A7", "condition_suffices"): N_("a condition (a)-(d) suffices"),
    ("A8", "unknown"): N_("open (default)"),
    ("A8", "true"): N_("yes, bodies governed by public law"),
    ("A8", "false"): N_("no"),
    ("A10", "group"): N_("the group (economic unit, default)"),
    ("A10", "entity"): N_("the entity itself"),
    ("A12", "synthetic"): N_("generates synthetic text (default)"),
    ("A12", "not_synthetic"): N_("does not generate synthetic text"),
    ("A6", "condition_and_duty"): N_("a condition of the exception and a duty (default)"),
    ("A6", "condition_only"): N_("only a condition of the exception"),
    ("A6", "duty_only"): N_("only a duty of the deployer"),
    ("A19", "deferred"): N_("deferred to 2 August 2027 (default)"),
    ("A19", "due_from_2025"): N_("due from 2 August 2025"),
    ("A20", "kind"): N_("a system of a kind Art. 50 describes (default)"),
    ("A20", "duty"): N_("only a system for which an Art. 50 duty applies"),
    ("A21", "not_deferred"): N_("Arts. 4 and 50 are not deferred (default)"),
    ("A21", "literal"): N_("deferred like the other provisions (literal)"),
    ("A22", "general_date"): N_("the general date, 2 August 2026 (default)"),
    ("A22", "annex_iii_date"): N_("the Annex III date, 2 December 2027"),
    ("A23", "duty"): N_("a duty of each use only (default)"),
    ("A23", "condition_and_duty"): N_("also a condition of the exception"),
    ("A24", "bound"): N_("distributors are bound (default)"),
    ("A24", "not_bound"): N_("distributors are not bound (placing is the first making available)"),
    ("A25", "every_model"): N_("every AI model is a component (default)"),
    ("A25", "general_purpose_model"): N_("only a general-purpose AI model is a component"),
    ("A25", "no_model"): N_("no AI model is read in (the list as written)"),
    ("A26", "not_established_in_the_union"): N_(
        "only a provider with no establishment in the Union (default)"
    ),
    ("A26", "any_third_country_establishment"): N_(
        "also a provider established in the Union with an establishment in a third country"
    ),
    ("A28", "placing_or_putting_into_service"): N_(
        "also a provider that only puts the system into service in the Union (default)"
    ),
    ("A28", "making_available_only"): N_(
        "only a provider that makes the system available on the Union market"
    ),
    ("A27", "legacy_high_risk"): N_(
        "a legacy high-risk system: Art. 111(2) and the Annex III date of Chapter III (default)"
    ),
    ("A27", "placed_as_not_high_risk"): N_("dated as the derogation duties, never Art. 111(2)"),
    ("A29", "provider_regardless"): N_(
        "the party is the provider whatever the contract, which binds the parties only (default)"
    ),
    ("A29", "contract_displaces_shift"): N_(
        "the contract displaces the shift: the party is not the provider under point (a)"
    ),
    ("A15", "applies"): N_(
        "Art. 6(1a) also narrows the safety components of Annex III point 2 (default)"
    ),
    ("A15", "annex_i_only"): N_("Art. 6(1a) narrows only the safety components of Annex I"),
    ("A30", "finding_sets_classification"): N_(
        "the finding sets the derogation aside: high-risk for every operator until annulled "
        "(default)"
    ),
    ("A30", "provider_assessment_stands"): N_(
        "the provider's Art. 6(3) assessment stands: only Art. 80(4)-(5) follow"
    ),
    ("A31", "point_2_alone"): N_(
        "only a system listed in point 2 alone is excepted: one also listed in another point "
        "keeps the duties (default)"
    ),
    ("A31", "any_point_2_listing"): N_(
        "every system listed in point 2 is excepted, also where it is listed in another point"
    ),
    ("A32", "reached"): N_(
        "Art. 2(1)(c) also reaches a provider established in the Union whose system's output is "
        "used in the Union (default)"
    ),
    ("A32", "third_country_only"): N_(
        "Art. 2(1)(c) reaches only a provider established or located in a third country"
    ),
    ("A33", "bound"): N_(
        "a provider reached only because its system's output is used in the Union is bound by the "
        "Art. 5 ban (default)"
    ),
    ("A33", "placing_in_union_only"): N_(
        "the Art. 5 ban binds a provider only where it places the system on the Union market or "
        "puts it into service in the Union"
    ),
    ("A34", "monitoring_only"): N_(
        "a financial institution's governance fulfils only the monitoring of Art. 26(5); the "
        "duties to inform, suspend use and report serious incidents stay (default)"
    ),
    ("A34", "whole_first_subparagraph"): N_(
        "a financial institution's governance fulfils the whole first subparagraph of Art. 26(5)"
    ),
    ("A35", "through_provider"): N_(
        "an Art. 25(4) supplier is reached wherever the provider it supplies is reached for the "
        "system, also by the output used in the Union (default)"
    ),
    ("A35", "system_in_union"): N_(
        "an Art. 25(4) supplier is reached only where the system is placed on the market, put "
        "into service or used in the Union"
    ),
    ("A36", "every_addressee"): N_(
        "Art. 99(4)(da) fines every addressee of Art. 25(2) and (4), the third-party supplier "
        "included (default)"
    ),
    ("A36", "operators_only"): N_(
        "Art. 99(4)(da) fines providers and operators only: a supplier that is not an operator "
        "(Art. 3(8)) and not the provider of a general-purpose AI model it supplies has no Art. "
        "99 fine"
    ),
    ("A37", "national_penalties"): N_(
        "the Art. 54 tasks of a model provider's authorised representative carry national "
        "penalties under Art. 99(1), with no EU ceiling (default)"
    ),
    ("A37", "commission_only"): N_(
        "the Art. 54 tasks of a model provider's authorised representative carry no penalty: "
        "Chapter V is the Commission's (Art. 88(1)), which fines providers only (Art. 101(1))"
    ),
    ("A38", "as_art16_k"): N_(
        "the Art. 21(2) access to the logs is fined under Art. 99(4)(a) as part of the "
        "demonstration of conformity of Art. 16(k) (default)"
    ),
    ("A38", "national_only"): N_(
        "the Art. 21(2) access to the logs is not an obligation pursuant to Art. 16: national "
        "penalties under Art. 99(1), no EU ceiling"
    ),
    ("A39", "any_obligation"): N_(
        "Art. 100(3) fines a Union institution up to EUR 750 000 for any duty other than Art. 5 "
        "(default)"
    ),
    ("A39", "system_only"): N_(
        "Art. 100(3) fines only the non-compliance of the AI system (Arts. 8-15, 16(a), 16(l), "
        "50(1)-(2)); a Union institution's other duties carry no fine under Art. 100"
    ),
    ("A40", "credit_purpose_kept"): N_(
        "a system intended to evaluate creditworthiness or establish a credit score stays in "
        "Annex III, point 5(b), although it is also used to detect fraud; only a system used "
        "for detecting financial fraud alone is excepted (default)"
    ),
    ("A40", "fraud_purpose_excepts"): N_(
        "every system used for detecting financial fraud is excepted from Annex III, point "
        "5(b), also one that evaluates creditworthiness or establishes a credit score"
    ),
    ("A41", "annex_iii_applies"): N_(
        "a Section B system that Annex III also lists is also high-risk under Art. 6(2), which "
        "Art. 2(2) does not limit: Chapter III applies (default)"
    ),
    ("A41", "section_b_only"): N_(
        "Art. 2(2) limits a Section B system also where Annex III lists it: only Art. 6(1) and "
        "the articles Art. 2(2) names apply, not Chapter III"
    ),
    ("A42", "public_authorities_included"): N_(
        "a public authority is a body governed by public law for Art. 27(1) (recital 96: public "
        "services 'may also be provided by private entities'): it assesses the impact on "
        "fundamental rights (default)"
    ),
    ("A42", "procurement_sense"): N_(
        "a body governed by public law in the procurement sense (Directive 2014/24/EU, Art. "
        "2(1)(4)), beside the State, regional and local authorities: a public authority is "
        "obliged by Art. 27(1) only for Annex III point 5(b) or 5(c)"
    ),
    ("A43", "public_body"): N_(
        "a body governed by public law is a public body: to what extent it may be fined is the "
        "Member State's rule (Art. 99(8); default)"
    ),
    ("A43", "undertaking"): N_(
        "a body governed by public law is an undertaking, fined under Art. 99(3)-(5) with the "
        "percentage of its turnover"
    ),
    ("A44", "use_decides"): N_(
        "the stated post-remote use in a targeted search brings in Art. 26(10), also for a "
        "system that identifies without a significant delay (used both live and on recorded "
        "material; default)"
    ),
    ("A44", "definition_decides"): N_(
        "a system that identifies without a significant delay is a real-time system, not a "
        "post-remote one (Art. 3(43)): Art. 26(10) follows the definition alone"
    ),
    ("A45", "follows_provider"): N_(
        "the Art. 25(4) duty of a third-party supplier follows the Art. 111(2) shelter of the "
        "legacy system whose provider it enables: no agreement is due where the provider is not "
        "bound (default)"
    ),
    ("A45", "operators_only"): N_(
        "Art. 111(2) shelters only operators (Art. 3(8)): a third-party supplier that is not an "
        "operator of the system has the Art. 25(4) duty from the system's Chapter III date, "
        "whenever the system was placed"
    ),
    ("A46", "model_transition"): N_(
        "Art. 111(3) reaches every obligation of the provider of a general-purpose AI model "
        "placed on the market before 2 August 2025: as the supplier of that model, its Art. "
        "25(4) agreement binds no earlier than 2 August 2027 (default)"
    ),
    ("A46", "chapter_v_only"): N_(
        "Art. 111(3) defers only the Chapter V obligations of the model's provider: the Art. "
        "25(4) agreement of the supplier of a general-purpose AI model follows the date of the "
        "high-risk system"
    ),
    **{
        (code, reading): message
        for code in ("D1", "D2", "D3", "D4")
        for reading, message in (
            ("guideline", N_("as the Commission guidelines (default)")),
            ("text", N_("the bare text of the Act")),
        )
    },
}


def group_label(group: str, lang: Lang) -> str:
    message = GROUP_LABELS.get(group)
    return group if message is None else t(message, lang)


def offender_label(offender: str, lang: Lang) -> str:
    message = OFFENDER_LABELS.get(offender)
    return offender if message is None else t(message, lang)


def engine_label(engine: str, lang: Lang) -> str:
    message = ENGINE_LABELS.get(engine)
    return engine if message is None else t(message, lang)


def reading_label(code: str, reading: str, lang: Lang) -> str:
    """The reading of an interpretation as words (``route_date`` -> ``de datum van de route``)."""
    message = READING_LABELS.get((code, reading))
    return reading if message is None else t(message, lang)


def fine_note(code: str, message: str, lang: Lang, **values: object) -> str:
    """A fine note (flag ``A11`` ...) in ``lang``: the engine's English ``message``, or the Dutch
    catalogue entry with context ``fine-note``."""
    if lang == "en":
        return message
    return pt("fine-note", code, lang, **values) if has("fine-note", code, lang) else message


# --------------------------------------------------------------------------- input facts

_CITATION = re.compile(r"(Art\. \d+[a-z]?(?:\(\w+\))*|Annex [IVX]+(?:, point \w+(?:\(\w\))?)?)")


@cache
def _annex_labels() -> dict[str, tuple[str, str]]:
    """``annex_iii.5a`` / ``annex_i.toys_2009_48`` -> (English, Dutch), from the declarations."""
    from aiact.refs import LegalRef
    from aiact.rules.classification import ANNEX_I, ANNEX_III

    out: dict[str, tuple[str, str]] = {}
    for entry in ANNEX_III:
        ref = LegalRef.parse(entry.citation)
        out[f"annex_iii.{entry.point}"] = (
            f"{entry.citation}: {entry.title_en}",
            f"{ref.nl()}: {entry.title_nl}",
        )
    for item in ANNEX_I:
        source = f"Annex I, Section {item.section}, point {item.point}"
        ref = LegalRef.parse(source)
        out[f"annex_i.{item.legislation}"] = (
            f"{source}: {item.title_en}",
            f"{ref.nl()}: {item.title_nl}",
        )
    return out


def field_description(fact: str) -> str | None:
    """The description of the input field behind ``fact`` (``annex_iii.points``), if any."""
    from pydantic import BaseModel

    from aiact.facts import AISystem, GPAIModel, Organisation

    parts = fact.split(".")
    model: type[BaseModel] | None
    if parts[0] in ("organisation", "org"):
        model = Organisation
        parts = parts[1:]
    elif parts[0] == "model":
        model = GPAIModel
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


_SHORT_EN: dict[str, str] = {
    "significant_change": "Significant change in design (Art. 111(2): the first on or after the "
    "cut-off; recital 177: substantial modification)",
}
"""English labels of input fields whose description also says how to fill them in (a date,
"none", or empty): what the fact is, as the Dutch catalogue label says it; the description stays
the field's help in the JSON schema."""

_COMPUTED_FACTS: dict[str, str] = {
    "org.member_state_in_union": "The organisation's country of establishment is a Member State "
    "(Art. 2(1)(b); a third country's code: established in a third country, Art. 22(1))",
    **{c.atom: c.label_en for c in AS_OF_COMPARISONS},
}
"""English labels of the atoms computed from a field that is not a flag (aiact.atoms), or from
the assessment date (aiact.date_facts.AS_OF_COMPARISONS)."""


def fact_label(fact: str, lang: Lang) -> str:
    """What an input fact says, in ``lang``: in English its field description (or the key), in
    Dutch its catalogue label, or else the group of the field with its provisions."""
    annex = _annex_labels().get(fact)
    if annex is not None:
        return annex[1] if lang == "nl" else annex[0]
    if lang == "en":
        return _SHORT_EN.get(fact) or field_description(fact) or _COMPUTED_FACTS.get(fact) or fact
    if has("fact", fact, lang):
        return pt("fact", fact, lang)
    from aiact.views.i18n import cite

    group = group_label(fact.split(".")[0], lang)
    description = field_description(fact)
    cites = [] if description is None else list(dict.fromkeys(_CITATION.findall(description)))
    if cites:
        citations = ", ".join(cite(c, lang, inline=True) for c in cites[:3])
        return t("{group}; see {citations}", lang, group=group, citations=citations)
    return group


def fact_keys() -> tuple[str, ...]:
    """Every input fact a derivation or an open question can name: the atoms the rules of every
    law version read, and the fields the open questions ask for."""
    from aiact.assessment import question_for
    from aiact.engine.compile import ruleset_for
    from aiact.versions import ALL_VERSIONS

    keys: dict[str, None] = {}
    for version in ALL_VERSIONS:
        for kind in ("system", "model"):
            ruleset = ruleset_for(kind, version)
            for compiled in ruleset.by_predicate.values():
                for rule in compiled:
                    for atom in rule.rule.reads:
                        if atom not in ruleset.predicates:
                            keys.setdefault(atom, None)
                            keys.setdefault(question_for(atom), None)
    return tuple(sorted(keys))


def keyed_messages() -> Iterator[tuple[str, str, str]]:
    """(context, key, where) of every keyed message: the facts that are not Annex points, and the
    fine notes of :mod:`aiact.penalties.exposure`."""
    from aiact.penalties.exposure import _FLAG_TEXT

    annex = _annex_labels()
    for key in fact_keys():
        if key not in annex:
            yield "fact", key, f"fact: {field_description(key) or key}"
    for code, message in sorted(_FLAG_TEXT.items()):
        yield "fine-note", code, f"fine note: {message}"
