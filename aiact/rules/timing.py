"""When the Act binds one system or model: Arts. 111 and 113 as date-valued rules.

Every date an Assessment reports is the value of one of these :class:`~aiact.daterules.DateRule`
declarations (semantics in :mod:`aiact.daterules`): the date from which a risk tier applies to
the system (``tier.*``, the classification provisions and their application dates) and the date
from which each group of obligations binds it (``from.*``, Art. 113 and the transitional rules of
Art. 111). The conditions are ordinary boolean names (mostly the ``legacy.*`` rules of
:mod:`aiact.rules.transitional`), so Art. 111 exists once: the derivations, the dates and the
proofs all read these declarations.

Each obligation belongs to one *timing group* (:class:`TimingGroup`), read off its Art. 113
schedule plus a small table of exceptions by citation (:data:`CITATION_GROUPS`): Art. 4, Art. 50,
Art. 50(2), the derogation duties Art. 6(4) and Art. 49(2), and the Art. 52(1) notification.
The readings involved: A1 (Section 5 and Chapter IX), A2 (the Art. 111(2) cut-off, in the
comparisons of :mod:`aiact.date_facts`), A3 (public authorities), A19 (Art. 52(1) and
Art. 111(3)), A21 (Art. 4 and Art. 50 under Art. 111(1)-(2)) and A22 (the date of the derogation
duties); see docs/adr/0011-timing-readings.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from aiact.daterules import (
    NEVER,
    DateCase,
    DateOf,
    DateRule,
    DateValue,
    Declared,
    Grace,
    InputDate,
    Later,
)
from aiact.refs import LegalRef
from aiact.rules.prohibited import POINTS_A_TO_H_PRACTICE
from aiact.timeline.dates import DateKey
from aiact.timeline.schedule import Schedule
from aiact.versions import ALL_VERSIONS, ONLY_AMENDED, ONLY_ORIGINAL, LawVersion

__all__ = [
    "CITATION_GROUPS",
    "MODEL_DATE_RULES",
    "SCHEDULE_GROUPS",
    "SYSTEM_DATE_RULES",
    "TIER_RULES",
    "TimingGroup",
    "timing_group",
]

K = DateKey


def _d(key: DateKey) -> Declared:
    return Declared(key)


# --------------------------------------------------------------------------- the groups


class TimingGroup(StrEnum):
    """The groups of obligations that share one application date rule (``from.<value>``)."""

    ART5 = "art5"
    """Art. 5(1)(a)-(h) and the duties of Art. 5(2)-(4): 2 February 2025, never deferred."""
    NEW_PROHIBITIONS = "art5_new"
    """Art. 5(1)(ba), (bb), 5(1a), 5(1b) (amended text): 2 December 2026."""
    ART4 = "art4"
    """Art. 4 (AI literacy): 2 February 2025; A21."""
    ART4_AMENDED = "art4_amended"
    """Art. 4 as replaced by Regulation (EU) 2026/1744 (amended text only): 2 February 2025 by
    point (a), but not before the replaced wording exists, 27 July 2026 (Art. 4 of Regulation
    (EU) 2026/1744; A13); A21."""
    ART50 = "art50"
    """Art. 50 other than paragraph 2: the general date; A21."""
    ART50_2 = "art50_2"
    """Art. 50(2): the general date; Art. 111(4) for legacy generators; A21."""
    HIGH_RISK = "high_risk"
    """Chapter III, Sections 1-3: the date of the system's classification; Art. 111(1)-(2), on
    the Art. 111(2) names without the "is high-risk" conjunct (``CHAPTER_III_LEGACY``; d4fix33,
    rev32a D1)."""
    HIGH_RISK_OTHER_OPERATORS = "high_risk_other_operators"
    """The Chapter III, Section 3 duties of authorised representatives, importers and
    distributors (Art. 22(3)-(4), 23, 24): the date of Sections 1-3; Art. 111(1) and the first
    sentence of Art. 111(2) only, since its second sentence (the 2 August 2030 deadline for systems
    intended for public authorities) addresses "the providers and deployers"; on the names of
    ``CHAPTER_III_LEGACY`` (d4fix33)."""
    HIGH_RISK_GATED = "high_risk_gated"
    """Section 5 and Chapter IX (Arts. 43, 47-49, 72, 73, 86): A1; Art. 111(1)-(2), on the
    names of ``CHAPTER_III_LEGACY`` (d4fix33)."""
    DEROGATION = "derogation"
    """Art. 6(4) and Art. 49(2) of an Annex III system that is not high-risk (with the Art. 49(4)
    registration of such a system): A22; Art. 111(1), never Art. 111(2)."""
    RECLASSIFIED = "art80_reclassified"
    """Art. 80(4)-(5), once an authority overturns the provider's Art. 6(3) classification: A27
    (default since round 9: a legacy high-risk system, Art. 111(1)-(2) and the Annex III date of
    Chapter III; alternative: the date of the derogation duties, A22, never Art. 111(2))."""
    INITIAL_PROVIDER = "initial_provider"
    """Art. 25(2), the duty of the initial provider of a system another party became the
    provider of (Art. 25(1)): the date of Sections 1-3 for the system as changed, which the
    facts describe (``from.initial_provider_base``); Art. 111(1)-(2) as ``HIGH_RISK``, with the
    second sentence read of the system (intended for public authorities: by 2 August 2030, the
    deadline of the provider the duty serves; review43). Where the facts give no route (Art.
    25(1)(c): a system placed as not high-risk), either route's date: undetermined, never "not
    applicable" (review36)."""
    SUPPLIER = "supplier"
    """Art. 25(4), the written agreement of the provider of a high-risk system and the third
    party that supplies what is used or integrated in it: the date of Sections 1-3 for that
    system, which the facts describe (``from.supplier_base``); Art. 111(1)-(2) as
    ``HIGH_RISK``, with the second sentence read of the system (as ``INITIAL_PROVIDER``;
    review43). Where the facts give no route (a supplier describing its supply), either route's
    date: undetermined, never "not applicable" (fix15, as ``INITIAL_PROVIDER``)."""
    HIGH_RISK_GATED_IF_HIGH_RISK = "high_risk_gated_if_high_risk"
    """Art. 82(2), whose condition requires a high-risk system ("although a high-risk AI system
    complies", Art. 82(1)) to which Chapter III applies: the date of ``HIGH_RISK_GATED``, with
    the Art. 111(2) cases read without their "is high-risk" conjunct (``HIGH_RISK_LEGACY``;
    review84 D2), as ``HIGH_RISK_GATED`` itself reads them since d4fix33 (with its own words)."""
    GENERAL = "general"
    """Every other duty of an AI system: the general date; Art. 111(1)-(2)."""
    GENERAL_IF_HIGH_RISK = "general_if_high_risk"
    """Arts. 60-61, the testing of "high-risk AI systems listed in Annex III" (as replaced: "or
    covered by Union harmonisation legislation listed in Section A of Annex I") in real-world
    conditions (Art. 60(1)): the general date of ``GENERAL`` (Chapter VI, Art. 113, second
    paragraph), with the Art. 111(2) cases read without their "is high-risk" conjunct
    (``HIGH_RISK_LEGACY``; review84 D2)."""
    EARLY = "early"
    """Duties of an AI system on the date of point (b) (Chapter III Section 4, Chapter VII)."""
    GPAI = "gpai"
    """Chapter V (Arts. 53-55): 2 August 2025; Art. 111(3)."""
    GPAI_NOTIFICATION = "gpai_notification"
    """Art. 52(1), the notification of a model with systemic risk: 2 August 2025; A19."""
    MODEL_GENERAL = "model_general"
    """Every other duty of a model provider: the general date; Art. 111(3)."""

    @property
    def rule(self) -> str:
        """The date rule that gives the group's date (``from.<group>``; for ``SUPPLIER``,
        :data:`SUPPLIER_ART111_3`, which reads ``from.supplier``)."""
        return _GROUP_RULES.get(self.value, f"from.{self.value}")


SUPPLIER_ART111_3 = "from.supplier_art111_3"
"""The date rule of the Art. 25(4) duty (timing group ``SUPPLIER``): ``from.supplier`` (Art. 113,
Art. 111(1)-(2)) and, for the supplier of a general-purpose AI model placed on the market before
2 August 2025, Art. 111(3) after it (reading A46; rev30a D1): the later of the two dates. A rule
of its own, so that the cases of ``from.supplier`` keep their numbers."""

_GROUP_RULES: dict[str, str] = {"supplier": SUPPLIER_ART111_3}


SCHEDULE_GROUPS: dict[tuple[str, Schedule], TimingGroup] = {
    ("system", Schedule.CHAPTERS_I_II): TimingGroup.ART5,
    ("system", Schedule.NEW_PROHIBITIONS): TimingGroup.NEW_PROHIBITIONS,
    ("system", Schedule.GPAI): TimingGroup.EARLY,
    ("system", Schedule.GENERAL): TimingGroup.GENERAL,
    ("system", Schedule.HIGH_RISK): TimingGroup.HIGH_RISK,
    ("system", Schedule.HIGH_RISK_GATED): TimingGroup.HIGH_RISK_GATED,
    ("model", Schedule.CHAPTERS_I_II): TimingGroup.ART5,
    ("model", Schedule.NEW_PROHIBITIONS): TimingGroup.NEW_PROHIBITIONS,
    ("model", Schedule.GPAI): TimingGroup.GPAI,
    ("model", Schedule.GENERAL): TimingGroup.MODEL_GENERAL,
    # A model has no high-risk duties; should one be declared, it takes the general date, with
    # Art. 111(3) for legacy models.
    ("model", Schedule.HIGH_RISK): TimingGroup.MODEL_GENERAL,
    ("model", Schedule.HIGH_RISK_GATED): TimingGroup.MODEL_GENERAL,
}
"""The group of an obligation by its kind and Art. 113 schedule."""

CITATION_GROUPS: tuple[tuple[str, str, TimingGroup], ...] = (
    ("Art. 4", "system", TimingGroup.ART4),
    ("Art. 22(3)", "system", TimingGroup.HIGH_RISK_OTHER_OPERATORS),
    ("Art. 22(4)", "system", TimingGroup.HIGH_RISK_OTHER_OPERATORS),
    ("Art. 23", "system", TimingGroup.HIGH_RISK_OTHER_OPERATORS),
    ("Art. 24", "system", TimingGroup.HIGH_RISK_OTHER_OPERATORS),
    # Art. 25(2): the initial provider's duty, dated by the route of the system as changed.
    ("Art. 25(2)", "system", TimingGroup.INITIAL_PROVIDER),
    # Art. 25(4): the provider's and the supplier's duty, dated by the route of the high-risk
    # system the supply goes into.
    ("Art. 25(4)", "system", TimingGroup.SUPPLIER),
    ("Art. 50(2)", "system", TimingGroup.ART50_2),
    ("Art. 50", "system", TimingGroup.ART50),
    ("Art. 6(4)", "system", TimingGroup.DEROGATION),
    ("Art. 49(2)", "system", TimingGroup.DEROGATION),
    # Art. 80(4)-(5): the duties of a provider whose Art. 6(3) classification an authority
    # overturned; whether Art. 111(2) shelters a system placed before its cut-off is A27.
    ("Art. 80", "system", TimingGroup.RECLASSIFIED),
    # review84 D2: duties whose conditions require a high-risk system with a route of Art. 113
    # (Art. 60(1): "high-risk AI systems listed in Annex III" or, as replaced, "covered by ...
    # Section A of Annex I"; Art. 61(1): "testing in real world conditions under Article 60";
    # Art. 82(1): "although a high-risk AI system complies"), dated on the Art. 111(2) names
    # without the "is high-risk" conjunct, so that a system whose listing alone is unknown is
    # not left "may apply" where every completion shelters it or is not high-risk.
    ("Art. 60", "system", TimingGroup.GENERAL_IF_HIGH_RISK),
    ("Art. 61", "system", TimingGroup.GENERAL_IF_HIGH_RISK),
    ("Art. 82(2)", "system", TimingGroup.HIGH_RISK_GATED_IF_HIGH_RISK),
    ("Art. 52(1)", "model", TimingGroup.GPAI_NOTIFICATION),
)
"""Exceptions to :data:`SCHEDULE_GROUPS`, by the obligation's citation (the first provision
that contains it wins): the duties whose date a transitional rule or a reading treats apart."""

ID_GROUPS: dict[str, TimingGroup] = {
    # Art. 49(4) for the Art. 49(2) registration of a derogated system: the date of Art. 49(2).
    "art49_4_not_high_risk": TimingGroup.DEROGATION,
    # Art. 50(5) as to the marking of Art. 50(2): the date of Art. 50(2) (Art. 111(4)).
    "art50_5_marking": TimingGroup.ART50_2,
    # Art. 4 as replaced: its wording exists only from the Omnibus's entry into force (A13).
    "art4_1": TimingGroup.ART4_AMENDED,
}
"""Exceptions by obligation id, where one citation covers duties of two groups (Art. 49(4)
covers the registrations of paragraphs 1, 2 and 3)."""

_CITATION_REFS = tuple((LegalRef.parse(c), kind, group) for c, kind, group in CITATION_GROUPS)


@lru_cache(maxsize=4096)
def group_for(source: str, kind: str, schedule: Schedule) -> TimingGroup:
    """The timing group of an obligation with this citation, kind and schedule."""
    ref = LegalRef.parse(source)
    for provision, group_kind, group in _CITATION_REFS:
        if group_kind == kind and provision.contains(ref):
            return group
    return SCHEDULE_GROUPS[kind, schedule]


def timing_group(obligation: object) -> TimingGroup:
    """The timing group of an :class:`~aiact.obligations.model.Obligation`."""
    source: str = getattr(obligation, "source")  # noqa: B009 - no import cycle with obligations
    kind: str = getattr(obligation, "kind")  # noqa: B009
    schedule: Schedule = getattr(obligation, "schedule")  # noqa: B009
    by_id = ID_GROUPS.get(getattr(obligation, "id"))  # noqa: B009
    return by_id if by_id is not None else group_for(source, kind, schedule)


# --------------------------------------------------------------------------- Art. 111 cases


@dataclass(frozen=True)
class LegacyNames:
    """The names the Art. 111(2) cases of a date rule read (:func:`_transitional`): placed before
    the cut-off, significantly changed on or after it, and (second sentence) so changed on or
    before 2 August 2030. Each holds only where a comparison with an Art. 111(2) cut-off
    (``dates.changed_after_art111_2_cutoff_<route>``) is true, for the change (the date floor of
    :data:`aiact.date_facts.COUNTED_FROM_CUTOFF`; tests/test_review78.py)."""

    placed: str
    changed: str
    changed_for_public_authorities: str
    system_en: str = "A legacy high-risk system"
    """How the reason of a date names the system these cases read (English)."""
    system_nl: str = "Een bestaand systeem met een hoog risico"
    """The same in Dutch."""


SYSTEM_LEGACY = LegacyNames(
    "legacy.placed_before_cutoff",
    "legacy.significant_change",
    "legacy.case.changed_for_public_authorities",
)
"""The system's own Art. 111(2) cases, by its high-risk route (Annex III or Annex I): every
duty of the system that Art. 111(2) reaches."""

RECLASSIFIED_LEGACY = LegacyNames(
    "legacy.placed_before_cutoff.reclassified",
    "legacy.significant_change.reclassified",
    "legacy.case.changed_for_public_authorities.reclassified",
)
"""A27=legacy_high_risk: the Art. 111(2) cases of a system the authority found high-risk (Art.
80(2)), as an Annex III system, read only by the date rule of Art. 80(4)-(5) (A27's subject).
Under A30=finding_sets_classification they equal the system's own (the finding makes it an
Annex III system); under A30=provider_assessment_stands the finding classifies nothing, so they
date Art. 80(4)-(5) alone (legal24)."""

HIGH_RISK_LEGACY = LegacyNames(
    "legacy.placed_before_cutoff_if_high_risk",
    "legacy.significant_change_if_high_risk",
    "legacy.case.changed_for_public_authorities_if_high_risk",
    system_en="A legacy system, if high-risk",
    system_nl="Een bestaand systeem, als het een hoog risico heeft",
)
"""The Art. 111(2) cases without their "is high-risk" conjunct (legacy26, aiact.rules.transitional:
the ``.route`` rules conclude the route's own names, the ``.every_route`` rules what holds for
every route): read by the date rules of the duties whose conditions require a high-risk system
with a route of Art. 113, third paragraph, point (c) (``GENERAL_IF_HIGH_RISK``,
``HIGH_RISK_GATED_IF_HIGH_RISK``; with the words of the system's own, :data:`CHAPTER_III_LEGACY`,
the Chapter III groups). Wherever such a condition holds on known facts the system has
such a route, and these names equal the system's own (:data:`SYSTEM_LEGACY`), so no date of a
duty that binds changes; with the route unknown they are determined wherever every route agrees
(review84 D2: placed before both cut-offs and unchanged, the date is "never" whatever the
listing), where the system's own names stay unknown. Its reasons say "if high-risk", as the
titles of those rules do: with the classification unknown the system is not known to be one
(rev27b)."""


CHAPTER_III_LEGACY = replace(
    HIGH_RISK_LEGACY, system_en=SYSTEM_LEGACY.system_en, system_nl=SYSTEM_LEGACY.system_nl
)
"""The names of :data:`HIGH_RISK_LEGACY` (the Art. 111(2) cases without their "is high-risk"
conjunct) with the words of the system's own (:data:`SYSTEM_LEGACY`): read by the date rules of
Chapter III, Sections 1-3 (``HIGH_RISK``), of the other operators' Section 3 duties
(``HIGH_RISK_OTHER_OPERATORS``) and of Section 5 and Chapter IX (``HIGH_RISK_GATED``), whose duties
all require Chapter III to apply to the system (``duty.hr_system``: ``hr.chapter_iii_applies``, a
route of Art. 113, third paragraph, point (c)). Wherever such a duty binds, these names equal the
system's own, so no date of a duty that binds changes; where only the classification is open they
are determined where the system's own are not, so that the Art. 113 date of the route is no longer
listed for a legacy system that, if high-risk, Art. 111(2) defers (rev32a D1: Art. 111(2) as
replaced by Regulation (EU) 2026/1744, "placed on the market or put into service before the date of
application of Chapter III referred to in Article 113, only if, as from that date, those systems are
subject to significant changes in their designs"; as published, "before 2 August 2026"; Art. 113,
third paragraph, point (c)). Their reasons keep the words "a legacy high-risk system"
(tests/test_label27.py: the system's own names keep their words): they date only duties of a
high-risk system, which the duty's own conditions state (d4fix33)."""


_NOT_SHELTERED = "legacy.supplier_not_sheltered"
"""A45=operators_only: a third-party supplier that is not an operator of the system (rule
``legacy.supplier_not_sheltered``, false under the default ``follows_provider``)."""


def _not_sheltered_case(
    when: str,
    base: DateValue,
    what_en: str,
    what_nl: str,
    interpretations: tuple[str, ...],
    supposing: tuple[str, str] | None = None,
) -> DateCase:
    """The case of ``when`` (:data:`_NOT_SHELTERED`), read after Art. 111(1) and before the Art.
    111(2) branch: Art. 111(2) applies the Regulation to "operators of high-risk AI systems"
    (Art. 3(8)) placed before its cut-off only after a significant change; under A45's
    alternative it does not shelter a third-party supplier that is none, so the duty binds it
    on its Art. 113 date (``base``) whenever the system was placed. Art. 111(1) speaks of
    systems ("AI systems which are components of the large-scale IT systems"), not operators,
    and keeps its place before this case."""
    en, nl = ("", "") if supposing is None else (f" ({supposing[0]})", f" ({supposing[1]})")
    return DateCase(
        when=when,
        value=base,
        source="Art. 111(2)",
        label_en="A third-party supplier that is not an operator of the system (Art. 3(8): 'a "
        "provider, product manufacturer, deployer, authorised representative, importer or "
        "distributor'), under the other reading of A45 (operators only, not the default): "
        "Art. 111(2) defers the Regulation only for "
        f"'operators of high-risk AI systems' and does not shelter it{en}; {what_en} on its "
        "Art. 113 date, whenever the system was placed",
        label_nl="Een derde partij die levert en geen operator van het systeem is (artikel 3, "
        "punt 8: 'een aanbieder, productfabrikant, gebruiksverantwoordelijke, gemachtigde, "
        "importeur of distributeur'), volgens de andere lezing A45 (alleen operatoren, niet de "
        "standaardlezing): artikel 111, lid 2, stelt de "
        "verordening alleen uit voor 'operatoren van AI-systemen met een hoog risico' en "
        f"beschermt haar niet{nl}; {what_nl} op de datum van artikel 113, ongeacht wanneer het "
        "systeem in de handel is gebracht",
        interpretations=interpretations,
    )


def _transitional(
    name: str,
    title: tuple[str, str],
    base: DateValue,
    what_en: str,
    what_nl: str,
    art111_2: bool = True,
    interpretation: str | None = None,
    leading: tuple[DateCase, ...] = (),
    second_sentence: bool = True,
    by_system: bool = False,
    legacy: LegacyNames = SYSTEM_LEGACY,
    not_sheltered: str | None = None,
) -> tuple[DateRule, ...]:
    """The date rule ``name`` of duties whose Art. 113 date is ``base``: the ``leading`` cases,
    then Art. 111(1), then (where ``art111_2``) a legacy system of Art. 111(2), deferring to the
    rule ``<name>.art111_2`` of that branch, and last ``base`` itself.

    Within the branch, the cases read only what distinguishes them there: addressed by the
    second sentence (a provider or deployer of a system intended for public authorities), which
    defers to the rule ``<name>.art111_2.public_authorities`` (changed on or before 2 August
    2030: from the change, due then; else by 2 August 2030; the deadline 2 August 2030 either
    way, the latest date, which the compliance plan does not let postpone an earlier change:
    ``PlanStep.due``, review50); else changed on or after the cut-off (from the later of the
    change and the base date); else never. Each case holds only where the earlier ones do not,
    and the last is their complement, so the first case that holds is the only one. With
    unknowns, Kleene selection gives every date they allow, and may add one the cases exclude
    together, never one less. Until round 16 the branch read "unchanged" before "changed",
    which with the address of the second sentence unknown and a change before the cut-off
    admitted the route's date, which no completion gives (review44, review50); in this order
    (that of :func:`_system_second_sentence_cases`) every determined date is the same and
    those values are exact.

    Without ``second_sentence`` (the duties of operators that the second sentence of Art. 111(2)
    does not address) the branch has two cases: from the later of a significant change and the
    base date, or never.

    With ``by_system`` (the duties that let the provider of the system comply, Art. 25(2) and
    25(4), whoever carries them) the second sentence's case reads whether the system is
    intended for public authorities (``legacy.public_authority_use``, A3), not the
    organisation's role: such a duty follows the 2 August 2030 deadline of the provider it
    serves (review43; :func:`_system_second_sentence_cases`).

    ``legacy``: the names the Art. 111(2) cases read (:class:`LegacyNames`): the system's own
    by default, those of a reclassified system for Art. 80(4)-(5) (A27, legal24).

    ``not_sheltered``: a name under which Art. 111(2) does not shelter the addressee (A45, the
    third-party supplier that is not an operator: :func:`_not_sheltered_case`), read after Art.
    111(1) and before the Art. 111(2) branch, giving ``base``; where it is false (always under
    A45's default) the cases and their values are those without it."""

    def codes(*more: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for c in (interpretation, *more) if c))

    cases = [
        *leading,
        DateCase(
            when="legacy.annex_x",
            value=Later(base, _d(K.ANNEX_X_DEADLINE)),
            deadline=_d(K.ANNEX_X_DEADLINE),
            grace="art111_1",
            source="Art. 111(1)",
            label_en="A component of a large-scale IT system of Annex X placed on the market or "
            f"put into service before 2 August 2027: {what_en} by 31 December 2030",
            label_nl="Een component van een grootschalig IT-systeem van bijlage X, vóór "
            f"2 augustus 2027 in de handel gebracht of in gebruik gesteld: {what_nl} uiterlijk "
            "31 december 2030",
            interpretations=codes(),
        ),
    ]
    if not_sheltered is not None and art111_2:
        cases.append(_not_sheltered_case(not_sheltered, base, what_en, what_nl, codes("A45")))
    rules: list[DateRule] = []
    if art111_2:
        branch = f"{name}.art111_2"
        change = InputDate("significant_change")
        cases.append(
            DateCase(
                # Not "legacy.art111_2_system": the earlier Art. 111(1) case already settles
                # the Annex X components, and repeating its negation here would make the
                # base date seem possible when only the Annex X status is unknown.
                when=legacy.placed,
                value=DateOf(branch),
                inherit=True,
                source="Art. 111(2)",
                label_en=f"{legacy.system_en}: placed on the market or put into service "
                "before the Art. 111(2) cut-off (other than the Annex X components placed before "
                "2 August 2027, Art. 111(1))",
                label_nl=f"{legacy.system_nl}: vóór de grensdatum van "
                "artikel 111, lid 2, in de handel gebracht of in gebruik gesteld (met uitzondering "
                "van de componenten van bijlage X die vóór 2 augustus 2027 in de handel zijn "
                "gebracht of in gebruik zijn gesteld, artikel 111, lid 1)",
                interpretations=codes("A2"),
            )
        )
        public = f"{branch}.public_authorities"
        branch_cases = (
            _system_second_sentence_cases(base, change, what_en, what_nl, codes, public, legacy)
            if by_system
            else _second_sentence_cases(base, change, what_en, what_nl, codes, public, legacy)
            if second_sentence
            else _first_sentence_cases(base, change, what_en, what_nl, codes, legacy)
        )
        rules.append(
            DateRule(
                name=branch,
                title_en=f"{title[0]}: a legacy high-risk system (Art. 111(2))",
                title_nl=f"{title[1]}: een bestaand systeem met een hoog risico "
                "(artikel 111, lid 2)",
                cases=branch_cases,
            )
        )
        if second_sentence:
            rules.append(
                DateRule(
                    name=public,
                    title_en=f"{title[0]}: a legacy high-risk system intended for public "
                    "authorities (Art. 111(2), second sentence)",
                    title_nl=f"{title[1]}: een bestaand systeem met een hoog risico dat "
                    "bedoeld is voor overheidsinstanties (artikel 111, lid 2, tweede zin)",
                    cases=_public_authority_cases(
                        base, change, what_en, what_nl, codes, legacy, by_system=by_system
                    ),
                )
            )
    cases.append(
        DateCase(
            when="true",
            value=base,
            source="Art. 113",
            label_en=f"No transitional rule of Art. 111 applies: {what_en} on its Art. 113 date",
            label_nl="Geen overgangsregel van artikel 111 is van toepassing: "
            f"{what_nl} op de datum van artikel 113",
            interpretations=codes(),
        )
    )
    return (DateRule(name=name, title_en=title[0], title_nl=title[1], cases=tuple(cases)), *rules)


def _first_sentence_cases(
    base: DateValue,
    change: InputDate,
    what_en: str,
    what_nl: str,
    codes: Callable[..., tuple[str, ...]],
    legacy: LegacyNames,
) -> tuple[DateCase, ...]:
    """The Art. 111(2) branch of an operator that its second sentence does not address (an
    importer, distributor or authorised representative): the first sentence alone."""
    return (
        DateCase(
            when=legacy.changed,
            value=Later(change, base),
            grace="art111_2",
            source="Art. 111(2)",
            label_en="Significantly changed in its design on or after the cut-off ('as from "
            f"that date'): {what_en} from the later of the change and its date of application "
            "(recital 177); the 2 August 2030 deadline of the second sentence addresses only "
            "providers and deployers",
            label_nl="Op of na de grensdatum aanzienlijk gewijzigd in het ontwerp ('vanaf die "
            f"datum'): {what_nl} vanaf de laatste van de wijziging en de datum van toepassing "
            "(overweging 177); de termijn van 2 augustus 2030 in de tweede zin richt zich alleen "
            "tot aanbieders en gebruiksverantwoordelijken",
            interpretations=codes(),
        ),
        DateCase(
            when="true",
            value=NEVER,
            grace="art111_2",
            source="Art. 111(2)",
            label_en="No significant change in its design on or after the cut-off (none is known "
            "on the day assessed): the Regulation applies to its importers, distributors and "
            "authorised representatives only after such a change, also when it is intended for "
            "public authorities (the second sentence addresses only providers and deployers)",
            label_nl="Geen (op de peildatum bekende) aanzienlijke wijziging in het ontwerp op of "
            "na de grensdatum: de verordening is pas na zo'n wijziging van toepassing op de "
            "importeurs, distributeurs en gemachtigden, ook als het bedoeld is voor "
            "overheidsinstanties (de tweede zin richt zich alleen tot aanbieders en "
            "gebruiksverantwoordelijken)",
            interpretations=codes(),
        ),
    )


def _second_sentence_cases(
    base: DateValue,
    change: InputDate,
    what_en: str,
    what_nl: str,
    codes: Callable[..., tuple[str, ...]],
    public: str,
    legacy: LegacyNames,
) -> tuple[DateCase, ...]:
    """The Art. 111(2) branch of duties that providers or deployers may carry: both sentences.
    The providers and deployers of a system intended for public authorities defer to the rule
    ``public`` (:func:`_public_authority_cases`): whether or not a significant change brought
    the system in earlier, the second sentence gives them 2 August 2030 "in any case", so with
    the change unknown that deadline stays known (review27). Then changed on or after the
    cut-off, else never (review50: in this order, not "unchanged" first, so that an unknown
    address of the second sentence adds no date beside a change before the cut-off)."""
    return (
        DateCase(
            when="legacy.public_authority_deadline_addressed",
            value=DateOf(public),
            inherit=True,
            source="Art. 111(2)",
            label_en="A provider or deployer of a system intended to be used by public "
            "authorities (Art. 111(2), second sentence: 'In any case, the providers and "
            f"deployers'): {what_en} by 2 August 2030, or earlier from a significant change",
            label_nl="Een aanbieder of gebruiksverantwoordelijke van een systeem dat bedoeld is "
            "om door overheidsinstanties te worden gebruikt (artikel 111, lid 2, tweede zin: 'In "
            f"ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken'): {what_nl} "
            "uiterlijk 2 augustus 2030, of eerder vanaf een aanzienlijke wijziging",
            interpretations=codes("A3"),
        ),
        DateCase(
            when=legacy.changed,
            value=Later(change, base),
            grace="art111_2",
            source="Art. 111(2)",
            label_en="Significantly changed in its design on or after the cut-off "
            "('as from that date'), and not a provider or deployer of a system "
            f"intended for public authorities: {what_en} "
            "from the later of the change and its date of application (recital 177)",
            label_nl="Op of na de grensdatum aanzienlijk gewijzigd in het ontwerp "
            "('vanaf die datum'), en geen aanbieder of gebruiksverantwoordelijke van "
            f"een systeem bedoeld voor overheidsinstanties: {what_nl} "
            "vanaf de laatste van de wijziging en de datum van toepassing "
            "(overweging 177)",
            interpretations=codes("A3"),
        ),
        DateCase(
            when="true",
            value=NEVER,
            grace="art111_2",
            source="Art. 111(2)",
            label_en="No significant change in its design on or after the cut-off "
            "(none is known on the day assessed), and not a provider or deployer of "
            "a system intended to be used by public authorities: the Regulation "
            "applies to it only after such a change",
            label_nl="Geen (op de peildatum bekende) aanzienlijke wijziging in het "
            "ontwerp op of na de grensdatum, en geen aanbieder of "
            "gebruiksverantwoordelijke van een systeem bedoeld voor "
            "overheidsinstanties: de verordening is er pas na zo'n wijziging op van "
            "toepassing",
            interpretations=codes("A3"),
        ),
    )


_SERVES_EN = (
    "a duty that lets the provider of the system comply (Art. 25(2): 'required for the "
    "fulfilment of the obligations'; Art. 25(4): 'in order to enable the provider ... to fully "
    "comply') follows the system's deadline"
)
_SERVES_NL = (
    "een verplichting die de aanbieder van het systeem in staat stelt te voldoen (artikel 25, "
    "leden 2 en 4) volgt de termijn van het systeem"
)


def _system_second_sentence_cases(
    base: DateValue,
    change: InputDate,
    what_en: str,
    what_nl: str,
    codes: Callable[..., tuple[str, ...]],
    public: str,
    legacy: LegacyNames,
) -> tuple[DateCase, ...]:
    """The Art. 111(2) branch of the duties that let the provider of the system comply (Art.
    25(2), 25(4)): the cases of :func:`_second_sentence_cases`, with the second sentence read of
    the system (``legacy.public_authority_use``: its providers "in any case" comply by 2 August
    2030) rather than of the organisation's role (review43: a supplier or initial provider with
    no role of its own was sheltered for ever where the provider it serves owes the duty by 2
    August 2030). Then changed on or after the cut-off (``legacy.significant_change``: from the
    later of the change and the date), else never: the same values as "unchanged, else
    changed" where it is known whether the system is intended for public authorities, with no
    further rule (the durable engine's limit). Where that is unknown, the values are the
    public-authority date and never ({2 August 2030, never} with a change on 1 March 2028,
    amended, Annex I), as the provider's own rule gives them since round 16 (review44,
    review50: :func:`_second_sentence_cases` now has this order)."""
    return (
        DateCase(
            when="legacy.public_authority_use",
            value=DateOf(public),
            inherit=True,
            source="Art. 111(2)",
            label_en="A system intended to be used by public authorities (Art. 111(2), second "
            "sentence: 'In any case, the providers and deployers' comply by 2 August 2030; "
            f"{_SERVES_EN}): {what_en} by 2 August 2030, or earlier from a significant change",
            label_nl="Een systeem dat bedoeld is om door overheidsinstanties te worden gebruikt "
            "(artikel 111, lid 2, tweede zin: 'In ieder geval ondernemen de aanbieders en "
            f"gebruiksverantwoordelijken' uiterlijk 2 augustus 2030 de nodige stappen; "
            f"{_SERVES_NL}): {what_nl} uiterlijk 2 augustus 2030, of eerder vanaf een "
            "aanzienlijke wijziging",
            interpretations=codes("A3"),
        ),
        DateCase(
            when=legacy.changed,
            value=Later(change, base),
            grace="art111_2",
            source="Art. 111(2)",
            label_en="Significantly changed in its design on or after the cut-off ('as from that "
            "date'), and not intended to be used by public authorities: "
            f"{what_en} from the later of the change and its date of application (recital 177)",
            label_nl="Op of na de grensdatum aanzienlijk gewijzigd in het ontwerp ('vanaf die "
            "datum'), en niet bedoeld voor overheidsinstanties: "
            f"{what_nl} vanaf de laatste van de wijziging en de datum van toepassing "
            "(overweging 177)",
            interpretations=codes("A3"),
        ),
        DateCase(
            when="true",
            value=NEVER,
            grace="art111_2",
            source="Art. 111(2)",
            label_en="No significant change in its design on or after the cut-off (none is known "
            "on the day assessed), and not intended to be used by public authorities: the "
            "Regulation applies to the system, and to the duties that let its provider comply, "
            "only after such a change",
            label_nl="Geen (op de peildatum bekende) aanzienlijke wijziging in het ontwerp op of "
            "na de grensdatum, en niet bedoeld voor overheidsinstanties: de verordening is pas na "
            "zo'n wijziging van toepassing op het systeem en op de verplichtingen die de "
            "aanbieder ervan in staat stellen te voldoen",
            interpretations=codes("A3"),
        ),
    )


_BACKSTOP_EN = (
    "the second sentence's 'In any case ... by 2 August 2030' is only the latest date and does "
    "not postpone the date of the change"
)
_BACKSTOP_NL = (
    "'In ieder geval ... uiterlijk op 2 augustus 2030' (tweede zin) is alleen de uiterste datum "
    "en schuift de datum van de wijziging niet op"
)


def _public_authority_cases(
    base: DateValue,
    change: InputDate,
    what_en: str,
    what_nl: str,
    codes: Callable[..., tuple[str, ...]],
    legacy: LegacyNames,
    by_system: bool = False,
) -> tuple[DateCase, ...]:
    """Art. 111(2), second sentence, for the providers and deployers it addresses (with
    ``by_system``, for the duties that let the provider of such a system comply): from a
    significant change on or before 2 August 2030 (first sentence), else from 2 August 2030; the
    deadline is 2 August 2030 either way ("In any case"), the latest date: a change brings the
    duties in from the change, due then (``PlanStep.due`` takes the earlier of the two; recital
    177, recital 39 of Regulation (EU) 2026/1744; review50), and with the change unknown the
    deadline stays known (review27)."""
    who_en, who_nl = (
        (
            "A system intended to be used by public authorities (the duties that let its provider "
            "comply, Art. 25(2), 25(4))",
            "Een systeem bedoeld voor overheidsinstanties (de verplichtingen die de aanbieder "
            "ervan in staat stellen te voldoen, artikel 25, leden 2 en 4)",
        )
        if by_system
        else (
            "A provider or deployer of a system intended to be used by public authorities",
            "Een aanbieder of gebruiksverantwoordelijke van een systeem bedoeld voor "
            "overheidsinstanties",
        )
    )
    return (
        DateCase(
            when=legacy.changed_for_public_authorities,
            value=Later(change, base),
            deadline=_d(K.PUBLIC_AUTHORITY_DEADLINE),
            grace="art111_2",
            source="Art. 111(2)",
            label_en=f"{who_en}, significantly changed in its design on or before "
            f"2 August 2030: {what_en} from the later "
            "of the change and its date of application (Art. 111(2), first sentence; recital "
            f"177), due then; {_BACKSTOP_EN}",
            label_nl=f"{who_nl}, uiterlijk op 2 augustus 2030 aanzienlijk "
            f"gewijzigd in het ontwerp: {what_nl} vanaf de laatste van de "
            "wijziging en de datum van toepassing (artikel 111, lid 2, eerste zin; overweging "
            f"177), dan te voldoen; {_BACKSTOP_NL}",
            interpretations=codes("A3"),
        ),
        DateCase(
            when="true",
            value=Later(base, _d(K.PUBLIC_AUTHORITY_DEADLINE)),
            deadline=_d(K.PUBLIC_AUTHORITY_DEADLINE),
            grace="art111_2_public_authority",
            source="Art. 111(2)",
            label_en=f"{who_en}, not brought in earlier by a significant change (Art. 111(2), "
            f"second sentence: 'In any case, the providers and deployers'): {what_en} by "
            "2 August 2030",
            label_nl=f"{who_nl}, niet eerder door een "
            "aanzienlijke wijziging onder de verordening gebracht (artikel 111, "
            "lid 2, tweede zin: 'In ieder geval ondernemen de aanbieders en "
            f"gebruiksverantwoordelijken'): {what_nl} uiterlijk 2 augustus 2030",
            interpretations=codes("A3"),
        ),
    )


def _with_if_high_risk(
    group: TimingGroup,
    title: tuple[str, str],
    if_high_risk: TimingGroup,
    if_high_risk_title: tuple[str, str],
    base: DateValue,
    what_en: str,
    what_nl: str,
    legacy: LegacyNames = SYSTEM_LEGACY,
) -> tuple[DateRule, ...]:
    """The date rules of ``group`` (:func:`_transitional` on the names ``legacy``, by default
    the system's own Art. 111(2) names) and of ``if_high_risk``, the same cases on the names
    without the "is high-risk" conjunct (:data:`HIGH_RISK_LEGACY`) for the duties of ``group``
    whose conditions require a high-risk system (review84 D2): one declaration of the date, two
    sets of names (one, where ``legacy`` is :data:`HIGH_RISK_LEGACY` too: d4fix33)."""
    return (
        *_transitional(group.rule, title, base, what_en, what_nl, legacy=legacy),
        *_transitional(
            if_high_risk.rule, if_high_risk_title, base, what_en, what_nl, legacy=HIGH_RISK_LEGACY
        ),
    )


_NOT_DEFERRED_4_50 = "not interp.a21_defer_4_and_50"

_ART4_AMENDED_BASE: DateValue = Later(_d(K.CHAPTERS_I_II), _d(K.AMENDED_TEXT_IN_FORCE))
"""The date of Art. 4 as replaced: point (a), not before the replaced wording enters into force
(A13)."""


def _a21_default(
    base: DateKey,
    what_en: str,
    what_nl: str,
    value: DateValue | None = None,
    *,
    versions: frozenset[LawVersion] = ALL_VERSIONS,
) -> tuple[DateCase, ...]:
    """The A21 default (not deferred), one case per law version in ``versions``: the published
    Art. 111 has three paragraphs, so the reason given for Art. 50 there cannot be the
    transitional rule of Art. 111(4), which Regulation (EU) 2026/1744 adds (Art. 1, point
    (39)(b); review49). The published text: Art. 111(2) defers the Regulation for "operators of
    high-risk AI systems", and Art. 50 gives information to natural persons and marks content,
    duties of the providers and deployers of any such system, not the requirements of a
    high-risk system. The amended text adds that Art. 50(2) has its own transitional rule in
    Art. 111(4), pointless if Art. 111(2) already deferred it (ADR 0011)."""
    cases = (
        DateCase(
            when=_NOT_DEFERRED_4_50,
            value=_d(base) if value is None else value,
            versions=ONLY_ORIGINAL,
            source="Art. 111(1)",
            label_en=f"Reading A21=not_deferred: Art. 111(1) and (2) do not defer {what_en} "
            "(Art. 4 concerns the organisation's staff, not the system; Art. 50 the information "
            "given to natural persons and the marking of content, not the requirements of a "
            "high-risk system); it applies on its Art. 113 date",
            label_nl=f"Standaardlezing A21: artikel 111, leden 1 en 2, stellen {what_nl} niet "
            "uit (artikel 4 betreft het personeel van de organisatie, niet het systeem; artikel "
            "50 de informatie aan natuurlijke personen en de markering van inhoud, niet de eisen "
            "aan een AI-systeem met een hoog risico); het geldt op de datum van artikel 113",
            interpretations=("A21",),
        ),
        DateCase(
            when=_NOT_DEFERRED_4_50,
            value=_d(base) if value is None else value,
            versions=ONLY_AMENDED,
            source="Art. 111(1)",
            label_en=f"Reading A21=not_deferred: Art. 111(1) and (2) do not defer {what_en} "
            "(Art. 4 concerns the organisation's staff, not the system; Art. 50 has its own "
            "transitional rule in Art. 111(4)); it applies on its Art. 113 date",
            label_nl=f"Standaardlezing A21: artikel 111, leden 1 en 2, stellen {what_nl} niet "
            "uit (artikel 4 betreft het personeel van de organisatie, niet het systeem; artikel "
            "50 heeft een eigen overgangsregel in artikel 111, lid 4); het geldt op de datum van "
            "artikel 113",
            interpretations=("A21",),
        ),
    )
    return tuple(c for c in cases if c.versions <= versions)


TIER_RULES: tuple[DateRule, ...] = (
    DateRule(
        name="tier.prohibited",
        title_en="The prohibition of the practice applies",
        title_nl="Het verbod op de praktijk is van toepassing",
        cases=(
            DateCase(
                # As art5.any reads them, the very condition (rules/prohibited.py): point (h)
                # prohibits only "the use", so an (h) system is prohibited only for its deployer
                # within the territorial reach (art5.any.h; review49, round 16).
                when=f"art5.any and {POINTS_A_TO_H_PRACTICE}",
                value=_d(K.CHAPTERS_I_II),
                source="Art. 113, third paragraph, point (a)",
                label_en="A practice of Art. 5(1)(a)-(h): Chapter II applies from 2 February 2025",
                label_nl="Een praktijk van artikel 5, lid 1, punten a) tot en met h): hoofdstuk II "
                "is van toepassing vanaf 2 februari 2025",
            ),
            DateCase(
                when="art5.any",
                value=_d(K.NEW_PROHIBITIONS),
                versions=ONLY_AMENDED,
                source="Art. 113, third paragraph, point (a)",
                label_en="A practice of Art. 5(1)(ba) or (bb): applies from 2 December 2026",
                label_nl="Een praktijk van artikel 5, lid 1, punt b bis) of b ter): van toepassing "
                "vanaf 2 december 2026",
            ),
        ),
    ),
    DateRule(
        name="tier.high_risk",
        title_en="The high-risk classification applies (Chapter III, Sections 1-3)",
        title_nl="De indeling als hoog risico is van toepassing (hoofdstuk III, afdelingen 1-3)",
        # One case per route and version, so that each cites the provision that dates it: the
        # original point (c) names only "Article 6(1) and the corresponding obligations", so an
        # Annex III system took the general date of the second paragraph; the amended point (c)
        # dates both routes, in its points (i) and (ii) (review of the dates, h/review-timing).
        cases=(
            DateCase(
                when="hr.annex_iii",
                value=_d(K.HIGH_RISK_ANNEX_III),
                versions=ONLY_ORIGINAL,
                source="Art. 113, second paragraph",
                label_en="Classified as high-risk pursuant to Art. 6(2) and Annex III (the "
                "original point (c) deferred only Art. 6(1): the general date)",
                label_nl="Ingedeeld als hoog risico op grond van artikel 6, lid 2, en bijlage III "
                "(het oorspronkelijke punt c) stelde alleen artikel 6, lid 1, uit: de algemene "
                "datum)",
            ),
            DateCase(
                when="hr.annex_iii",
                value=_d(K.HIGH_RISK_ANNEX_III),
                versions=ONLY_AMENDED,
                source="Art. 113, third paragraph, point (c)(i)",
                label_en="Classified as high-risk pursuant to Art. 6(2) and Annex III",
                label_nl="Ingedeeld als hoog risico op grond van artikel 6, lid 2, en bijlage III",
            ),
            DateCase(
                when="hr.annex_i",
                value=_d(K.HIGH_RISK_ANNEX_I),
                versions=ONLY_ORIGINAL,
                source="Art. 113, third paragraph, point (c)",
                label_en="Classified as high-risk pursuant to Art. 6(1) and Annex I (only): "
                "'Article 6(1) and the corresponding obligations'",
                label_nl="Ingedeeld als hoog risico op grond van artikel 6, lid 1, en bijlage I "
                "(alleen): 'artikel 6, lid 1, en de overeenkomstige verplichtingen'",
            ),
            DateCase(
                when="hr.annex_i",
                value=_d(K.HIGH_RISK_ANNEX_I),
                versions=ONLY_AMENDED,
                source="Art. 113, third paragraph, point (c)(ii)",
                label_en="Classified as high-risk pursuant to Art. 6(1) and Annex I (only)",
                label_nl="Ingedeeld als hoog risico op grond van artikel 6, lid 1, en bijlage I "
                "(alleen)",
            ),
        ),
    ),
    DateRule(
        name="tier.transparency",
        title_en="The transparency obligations of Art. 50 apply",
        title_nl="De transparantieverplichtingen van artikel 50 zijn van toepassing",
        cases=(
            DateCase(
                when="art50.any",
                value=_d(K.GENERAL),
                source="Art. 113, second paragraph",
                label_en="A system of a kind Art. 50 describes: Chapter IV applies from the "
                "general date",
                label_nl="Een systeem van een soort die artikel 50 beschrijft: hoofdstuk IV is "
                "van toepassing vanaf de algemene datum",
            ),
        ),
    ),
)
"""When each risk tier of an AI system applies (its classification provisions' dates)."""

_SECTIONS_1_3 = DateOf("tier.high_risk")


def _route_date_rule(
    name: str,
    title: tuple[str, str],
    known: tuple[str, str],
    none_en: Callable[[str, str], str],
    none_nl: Callable[[str, str], str],
    annex_i_en: Callable[[str], str],
    annex_i_nl: Callable[[str], str],
    known_when: str = "hr.annex_iii or hr.annex_i",
) -> DateRule:
    """The Art. 113 date of Chapter III, Section 3 for a high-risk system the facts may give no
    route of (the system as changed of Art. 25(2), the system a supply goes into of Art. 25(4)):
    where they give it (``known``: ``known_when``, by default hr.annex_iii or hr.annex_i), the
    date of its classification,
    ``tier.high_risk``; where they give none, Art. 6 leaves two routes, so the date is the Annex
    III or the Annex I date of Art. 113, third paragraph, point (c) (amended (i)/(ii); original
    point (c) and the general date): undetermined, through a case whose condition is the
    constant "unknown" (the facts cannot choose), labelled ``none_*(annex_iii_date,
    annex_i_date)``, then ``annex_i_*(annex_i_date)``."""
    cases: list[DateCase] = [
        DateCase(
            when=known_when,
            value=_SECTIONS_1_3,
            inherit=True,
            source="Art. 113, third paragraph, point (c)",
            label_en=known[0],
            label_nl=known[1],
        )
    ]
    for versions, iii_source, iii_en, iii_nl, i_source, i_en, i_nl in (
        (
            ONLY_ORIGINAL,
            "Art. 113, second paragraph",
            "the general date, 2 August 2026",
            "de algemene datum, 2 augustus 2026",
            "Art. 113, third paragraph, point (c)",
            "2 August 2027",
            "2 augustus 2027",
        ),
        (
            ONLY_AMENDED,
            "Art. 113, third paragraph, point (c)(i)",
            "2 December 2027",
            "2 december 2027",
            "Art. 113, third paragraph, point (c)(ii)",
            "2 August 2028",
            "2 augustus 2028",
        ),
    ):
        cases += [
            DateCase(
                # The constant "unknown": the facts cannot choose the route here.
                when="unknown",
                value=_d(K.HIGH_RISK_ANNEX_III),
                versions=versions,
                source=iii_source,
                label_en=none_en(iii_en, i_en),
                label_nl=none_nl(iii_nl, i_nl),
            ),
            DateCase(
                when="true",
                value=_d(K.HIGH_RISK_ANNEX_I),
                versions=versions,
                source=i_source,
                label_en=annex_i_en(i_en),
                label_nl=annex_i_nl(i_nl),
            ),
        ]
    return DateRule(name=name, title_en=title[0], title_nl=title[1], cases=tuple(cases))


_SUPPOSED_ROUTES: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "annex_iii",
        "Art. 6(2)",
        "Art. 6(2) and Annex III",
        "artikel 6, lid 2, en bijlage III",
        "III",
        "III",
    ),
    ("annex_i", "Art. 6(1)", "Art. 6(1) and Annex I", "artikel 6, lid 1, en bijlage I", "I", "I"),
)
"""The routes of Art. 6 a no-route rule supposes in turn: (route, the paragraph of Art. 6, its
words in English and Dutch, the Annex)."""

SUPPOSED_ROUTE_BASES: tuple[DateRule, ...] = (
    DateRule(
        name="from.supposed_route.annex_iii",
        title_en="Chapter III, Sections 1-3 apply to a system supposed high-risk by Art. 6(2) "
        "and Annex III",
        title_nl="Hoofdstuk III, afdelingen 1-3, zijn van toepassing op een systeem dat "
        "verondersteld wordt een hoog risico te hebben via artikel 6, lid 2, en bijlage III",
        cases=(
            DateCase(
                when="true",
                value=_d(K.HIGH_RISK_ANNEX_III),
                versions=ONLY_ORIGINAL,
                source="Art. 113, second paragraph",
                label_en="By Art. 6(2) and Annex III: the general date, 2 August 2026 (the "
                "original point (c) deferred only Art. 6(1))",
                label_nl="Via artikel 6, lid 2, en bijlage III: de algemene datum, 2 augustus "
                "2026 (het oorspronkelijke punt c) stelde alleen artikel 6, lid 1, uit)",
            ),
            DateCase(
                when="true",
                value=_d(K.HIGH_RISK_ANNEX_III),
                versions=ONLY_AMENDED,
                source="Art. 113, third paragraph, point (c)(i)",
                label_en="By Art. 6(2) and Annex III: 2 December 2027",
                label_nl="Via artikel 6, lid 2, en bijlage III: 2 december 2027",
            ),
        ),
    ),
    DateRule(
        name="from.supposed_route.annex_i",
        title_en="Chapter III, Sections 1-3 apply to a system supposed high-risk by Art. 6(1) "
        "and Annex I",
        title_nl="Hoofdstuk III, afdelingen 1-3, zijn van toepassing op een systeem dat "
        "verondersteld wordt een hoog risico te hebben via artikel 6, lid 1, en bijlage I",
        cases=(
            DateCase(
                when="true",
                value=_d(K.HIGH_RISK_ANNEX_I),
                versions=ONLY_ORIGINAL,
                source="Art. 113, third paragraph, point (c)",
                label_en="By Art. 6(1) and Annex I: 2 August 2027 ('Article 6(1) and the "
                "corresponding obligations')",
                label_nl="Via artikel 6, lid 1, en bijlage I: 2 augustus 2027 ('artikel 6, lid "
                "1, en de overeenkomstige verplichtingen')",
            ),
            DateCase(
                when="true",
                value=_d(K.HIGH_RISK_ANNEX_I),
                versions=ONLY_AMENDED,
                source="Art. 113, third paragraph, point (c)(ii)",
                label_en="By Art. 6(1) and Annex I: 2 August 2028",
                label_nl="Via artikel 6, lid 1, en bijlage I: 2 augustus 2028",
            ),
        ),
    ),
)
"""The Art. 113 date of Chapter III, Sections 1-3 for each route supposed, per version."""


def _supposed_route(
    name: str,
    title: tuple[str, str],
    route: str,
    words: tuple[str, str],
    not_sheltered: str | None = None,
) -> tuple[DateRule, ...]:
    """The date rule ``name`` of a duty whose system is supposed high-risk by ``route``
    (``words``: that route in English and Dutch): the cases of :func:`_transitional` (Art.
    111(1), Art. 111(2) with both sentences, the Art. 113 date of the route), with the route read
    as given. Every condition is one name of the rule set (no generated rule: the durable
    engine's network holds at most 4,096 rules), the route-dependent ones the date comparisons
    of that route themselves (``dates.*_<route>``, which ``legacy.placed_before_cutoff`` and
    ``legacy.significant_change`` read with the route):

    * Art. 111(1), ``legacy.annex_x``, as for a route given;
    * (with ``not_sheltered``, A45=operators_only) a third-party supplier that is not an
      operator: not sheltered by Art. 111(2), the base date (:func:`_not_sheltered_case`);
    * (Annex III) ``legacy.placed_as_not_high_risk`` (A27): not sheltered, the base date, as
      ``legacy.placed_before_cutoff.annex_iii`` excludes it;
    * Art. 111(2), ``dates.placed_before_art111_2_cutoff_<route>`` (A2: that route's cut-off),
      then in the branch: a system intended for public authorities, whose providers the second
      sentence binds by 2 August 2030 (``legacy.public_authority_use``, route-independent: the
      duties of this rule let the provider comply, Art. 25(2), 25(4), so they follow the
      system, not the organisation's role; review43); else changed on or after the cut-off,
      from the later of the change and the date; else never. With the public-authority use
      unknown this is exact: never more values than the route given;
    * within the second sentence, changed on or after the cut-off and by 2 August 2030 (nested,
      the two comparisons read one input date), else 2 August 2030;
    * the Art. 113 date of the route (``from.supposed_route.<route>``).

    The A27 reading of Art. 80 (``legacy.placed_before_cutoff.reclassified``: an Annex III
    system found high-risk by the authority) is not supposed: it reads the Annex III listing of
    the facts, not a route."""
    base = DateOf(f"from.supposed_route.{route}")
    change = InputDate("significant_change")
    branch, public, changed = (
        f"{name}.art111_2",
        f"{name}.art111_2.public_authorities",
        (f"{name}.art111_2.public_authorities.changed"),
    )
    what_en, what_nl = (
        "Chapter III, Section 3 applies",
        "hoofdstuk III, afdeling 3, is van toepassing",
    )
    supposing_en = f"supposing it high-risk by {words[0]}"
    supposing_nl = f"als het een hoog risico heeft via {words[1]}"
    annex_x, *_ = _transitional(name, title, base, what_en, what_nl, art111_2=False)
    cases: list[DateCase] = [annex_x.cases[0]]
    if not_sheltered is not None:
        cases.append(
            _not_sheltered_case(
                not_sheltered, base, what_en, what_nl, ("A45",), (supposing_en, supposing_nl)
            )
        )
    if route == "annex_iii":
        cases.append(
            DateCase(
                when="legacy.placed_as_not_high_risk",
                value=base,
                source="Art. 111(2)",
                label_en="Placed as not high-risk under Art. 6(3) and found high-risk by the "
                "authority, A27=placed_as_not_high_risk: not a legacy high-risk system of Art. "
                f"111(2) ({supposing_en}); {what_en} on its Art. 113 date",
                label_nl="Als niet-hoog-risico in de handel gebracht (artikel 6, lid 3) en door "
                "de autoriteit als hoog risico aangemerkt, A27 (niet de standaardlezing): geen "
                f"bestaand systeem met een hoog risico van artikel 111, lid 2 ({supposing_nl}); "
                f"{what_nl} op de datum van artikel 113",
                interpretations=("A27",),
            )
        )
    cases += [
        DateCase(
            when=f"dates.placed_before_art111_2_cutoff_{route}",
            value=DateOf(branch),
            inherit=True,
            source="Art. 111(2)",
            label_en=f"Placed on the market or put into service before the Art. 111(2) cut-off "
            f"of its route ({supposing_en}): a legacy high-risk system",
            label_nl="Vóór de grensdatum van artikel 111, lid 2, van zijn route in de handel "
            f"gebracht of in gebruik gesteld ({supposing_nl}): een bestaand systeem met een "
            "hoog risico",
            interpretations=("A2",),
        ),
        DateCase(
            when="true",
            value=base,
            source="Art. 113",
            label_en=f"No transitional rule of Art. 111 applies ({supposing_en}): {what_en} on "
            "its Art. 113 date",
            label_nl=f"Geen overgangsregel van artikel 111 is van toepassing ({supposing_nl}): "
            f"{what_nl} op de datum van artikel 113",
        ),
    ]
    changed_after = f"dates.changed_after_art111_2_cutoff_{route}"
    later_of_change_en = f"{what_en} from the later of the change and its date (recital 177)"
    later_of_change_nl = (
        f"{what_nl} vanaf de laatste van de wijziging en de datum van toepassing (overweging 177)"
    )
    by_2030_en = f"{what_en} by 2 August 2030"
    by_2030_nl = f"{what_nl} uiterlijk 2 augustus 2030"
    deadline = _d(K.PUBLIC_AUTHORITY_DEADLINE)

    def public_case(when: str, value: DateValue, en: str, nl: str, grace: Grace) -> DateCase:
        return DateCase(
            when=when,
            value=value,
            deadline=deadline,
            grace=grace,
            source="Art. 111(2)",
            label_en="A system intended to be used by public authorities, whose provider the "
            f"duty lets comply (Art. 25(2), 25(4); {supposing_en}): {en}",
            label_nl="Een systeem bedoeld voor overheidsinstanties, waarvan de verplichting de "
            "aanbieder in staat stelt te voldoen (artikel 25, leden 2 en 4; "
            f"{supposing_nl}): {nl}",
            interpretations=("A3",),
        )

    by_2030 = public_case(
        "true",
        Later(base, deadline),
        "not brought in earlier by a significant change (Art. 111(2), second sentence: 'In any "
        f"case, the providers and deployers'): {by_2030_en}",
        "niet eerder door een aanzienlijke wijziging onder de verordening gebracht (artikel "
        "111, lid 2, tweede zin: 'In ieder geval ondernemen de aanbieders en "
        f"gebruiksverantwoordelijken'): {by_2030_nl}",
        "art111_2_public_authority",
    )
    return (
        DateRule(name=name, title_en=title[0], title_nl=title[1], cases=tuple(cases)),
        DateRule(
            name=branch,
            title_en=f"{title[0]}: a legacy high-risk system (Art. 111(2))",
            title_nl=f"{title[1]}: een bestaand systeem met een hoog risico (artikel 111, lid 2)",
            cases=(
                DateCase(
                    when="legacy.public_authority_use",
                    value=DateOf(public),
                    inherit=True,
                    source="Art. 111(2)",
                    label_en="A system intended to be used by public authorities (Art. 111(2), "
                    "second sentence: 'In any case, the providers and deployers' comply by 2 "
                    f"August 2030; {_SERVES_EN}; {supposing_en}): {by_2030_en}, or earlier from "
                    "a significant change",
                    label_nl="Een systeem dat bedoeld is om door overheidsinstanties te worden "
                    "gebruikt (artikel 111, lid 2, tweede zin: 'In ieder geval ondernemen de "
                    "aanbieders en gebruiksverantwoordelijken' uiterlijk 2 augustus 2030 de "
                    f"nodige stappen; {_SERVES_NL}; {supposing_nl}): {by_2030_nl}, of eerder "
                    "vanaf een aanzienlijke wijziging",
                    interpretations=("A3",),
                ),
                DateCase(
                    when=changed_after,
                    value=Later(change, base),
                    grace="art111_2",
                    source="Art. 111(2)",
                    label_en="Significantly changed in its design on or after the cut-off of "
                    f"its route ('as from that date'; {supposing_en}): {later_of_change_en}",
                    label_nl="Op of na de grensdatum van zijn route aanzienlijk gewijzigd in het "
                    f"ontwerp ('vanaf die datum'; {supposing_nl}): {later_of_change_nl}",
                    interpretations=("A2",),
                ),
                DateCase(
                    when="true",
                    value=NEVER,
                    grace="art111_2",
                    source="Art. 111(2)",
                    label_en="No significant change in its design on or after the cut-off of "
                    f"its route (none is known on the day assessed; {supposing_en}), and not "
                    "intended to be used by public authorities: the Regulation applies to the "
                    "system, and to the duties that let its provider comply, only after such a "
                    "change",
                    label_nl="Geen (op de peildatum bekende) aanzienlijke wijziging in het "
                    f"ontwerp op of na de grensdatum van zijn route ({supposing_nl}), en niet "
                    "bedoeld voor overheidsinstanties: de verordening is pas na zo'n wijziging "
                    "van toepassing op het systeem en op de verplichtingen die de aanbieder "
                    "ervan in staat stellen te voldoen",
                    interpretations=("A3",),
                ),
            ),
        ),
        DateRule(
            name=public,
            title_en=f"{title[0]}: a legacy high-risk system intended for public authorities "
            "(Art. 111(2), second sentence)",
            title_nl=f"{title[1]}: een bestaand systeem met een hoog risico dat bedoeld is voor "
            "overheidsinstanties (artikel 111, lid 2, tweede zin)",
            cases=(
                DateCase(
                    when=changed_after,
                    value=DateOf(changed),
                    inherit=True,
                    source="Art. 111(2)",
                    label_en="Significantly changed in its design on or after the cut-off of "
                    f"its route ({supposing_en}): from the change if it came by 2 August 2030",
                    label_nl="Op of na de grensdatum van zijn route aanzienlijk gewijzigd in het "
                    f"ontwerp ({supposing_nl}): vanaf de wijziging als die uiterlijk op "
                    "2 augustus 2030 kwam",
                    interpretations=("A2",),
                ),
                by_2030,
            ),
        ),
        DateRule(
            name=changed,
            title_en=f"{title[0]}: a legacy high-risk system intended for public authorities, "
            "significantly changed (Art. 111(2))",
            title_nl=f"{title[1]}: een bestaand systeem met een hoog risico bedoeld voor "
            "overheidsinstanties, aanzienlijk gewijzigd (artikel 111, lid 2)",
            cases=(
                public_case(
                    "dates.changed_by_public_authority_deadline",
                    Later(change, base),
                    "significantly changed in its design on or before 2 August 2030: "
                    f"{later_of_change_en}, due then; {_BACKSTOP_EN}",
                    "uiterlijk op 2 augustus 2030 aanzienlijk gewijzigd in het ontwerp: "
                    f"{later_of_change_nl}, dan te voldoen; {_BACKSTOP_NL}",
                    "art111_2",
                ),
                by_2030,
            ),
        ),
    )


def _no_route(
    group: TimingGroup,
    title: tuple[str, str],
    system: tuple[str, str],
    when: str,
    not_sheltered: str | None = None,
) -> tuple[DateCase, tuple[DateRule, ...]]:
    """Where the facts give no route of the high-risk system a duty concerns (``when``; ``system``:
    that system, in English and Dutch), the duty's date under each route of Art. 6 supposed in
    turn (:func:`_supposed_route`, rules ``<group>.annex_iii`` and ``<group>.annex_i``), each with
    its own transitional rules. The rule ``<group>.no_route`` reads them through the constant
    "unknown" (Annex III) and "true" (Annex I): Kleene selection combines them, so the same value
    under both routes is that value ("not applicable" where Art. 111(2) shelters the system
    under both) and different values leave the date undetermined between them (legacy15).
    ``not_sheltered``: as for :func:`_transitional`, passed to each supposed route (A45).
    Returns the leading case of the group's rule, which defers to ``<group>.no_route``, and the
    rules."""
    # The group's own rule name (from.<group>), not group.rule: for SUPPLIER that is the rule
    # of Art. 111(3) that reads from.supplier (A46).
    prefix = f"from.{group.value}"
    no_route = f"{prefix}.no_route"
    rules: list[DateRule] = []
    cases: list[DateCase] = []
    for index, (route, paragraph, words_en, words_nl, annex_en, annex_nl) in enumerate(
        _SUPPOSED_ROUTES
    ):
        name = f"{prefix}.{route}"
        rules += _supposed_route(
            name,
            (
                f"{title[0]}, supposing {system[0]} high-risk by {words_en}",
                f"{title[1]}, als {system[1]} een hoog risico heeft via {words_nl}",
            ),
            route,
            (words_en, words_nl),
            not_sheltered=not_sheltered,
        )
        cases.append(
            DateCase(
                # The constant "unknown": the facts cannot choose the route.
                when="unknown" if index == 0 else "true",
                value=DateOf(name),
                inherit=True,
                source=paragraph,
                label_en=(
                    f"The route of {system[0]}, which the facts do not give (answer the Annex I "
                    "and Annex III questions for it): by Art. 6(2) and Annex III or by Art. "
                    "6(1) and Annex I, each with its date and its transitional rules of Art. 111"
                    if index == 0
                    else f"The facts give no route of {system[0]}: supposing it high-risk by "
                    f"{words_en}, the date of Annex {annex_en} systems with the transitional "
                    "rules of Art. 111 for that route"
                ),
                label_nl=(
                    f"De route van {system[1]}, die de feiten niet geven (beantwoord de vragen "
                    "over bijlage I en bijlage III ervoor): via artikel 6, lid 2, en bijlage III "
                    "of via artikel 6, lid 1, en bijlage I, elk met de eigen datum en het "
                    "overgangsrecht van artikel 111"
                    if index == 0
                    else f"De feiten geven geen route van {system[1]}: als het een hoog risico "
                    f"heeft via {words_nl}, de datum van systemen van bijlage {annex_nl} met het "
                    "overgangsrecht van artikel 111 voor die route"
                ),
            )
        )
    rules.insert(
        0,
        DateRule(
            name=no_route,
            title_en=f"{title[0]}: the facts give no route of {system[0]} (each route of "
            "Art. 6 with its transitional rules)",
            title_nl=f"{title[1]}: de feiten geven geen route van {system[1]} (elke route van "
            "artikel 6 met het overgangsrecht ervan)",
            cases=tuple(cases),
        ),
    )
    leading = DateCase(
        when=when,
        value=DateOf(no_route),
        inherit=True,
        source="Art. 111(2)",
        label_en=f"The facts give no route of {system[0]} (answer the Annex I and Annex III "
        "questions for it): its date under each route of Art. 6, Art. 111(1)-(2) included; "
        "one date where both routes give it (also 'not applicable', where Art. 111(2) "
        "shelters the system under both), else undetermined between them",
        label_nl=f"De feiten geven geen route van {system[1]} (beantwoord de vragen over "
        "bijlage I en bijlage III ervoor): de datum volgens elke route van artikel 6, artikel "
        "111, leden 1 en 2, inbegrepen; één datum waar beide routes die geven (ook 'niet van "
        "toepassing', waar artikel 111, lid 2, het systeem volgens beide beschermt), anders "
        "onbepaald tussen beide",
    )
    return leading, tuple(rules)


_INITIAL_PROVIDER_NO_ROUTE = _no_route(
    TimingGroup.INITIAL_PROVIDER,
    (
        "The Art. 25(2) duty of the initial provider binds it for this system",
        "De verplichting van artikel 25, lid 2, van de oorspronkelijke aanbieder geldt voor dit "
        "systeem",
    ),
    ("the system as changed", "het gewijzigde systeem"),
    # hr.high_risk: hr.annex_iii or hr.annex_i (rules hr.high_risk.annex_iii, .annex_i).
    "not hr.high_risk",
)
_SUPPLIER_KNOWN = "hr.annex_iii or hr.annex_i or not role.supplier"
_SUPPLIER_NO_ROUTE = _no_route(
    TimingGroup.SUPPLIER,
    (
        "The Art. 25(4) duty of the provider and of the third-party supplier binds them for "
        "this system",
        "De verplichting van artikel 25, lid 4, van de aanbieder en van de derde partij die "
        "levert geldt voor dit systeem",
    ),
    (
        "the high-risk system the supply is used or integrated in",
        "het AI-systeem met een hoog risico waarin de levering wordt gebruikt of geïntegreerd",
    ),
    # The negation of _SUPPLIER_KNOWN (hr.high_risk: hr.annex_iii or hr.annex_i).
    "role.supplier and not hr.high_risk",
    # A45: each supposed route reads whether Art. 111(2) shelters the supplier.
    not_sheltered=_NOT_SHELTERED,
)


_SUPPLIER_ART111_3_PUBLIC = f"{SUPPLIER_ART111_3}.public_authorities"
"""A46: the supplier of a legacy model, a legacy system intended for public authorities."""

_SUPPLIER_ART111_3_DEFERRED = f"{SUPPLIER_ART111_3}.deferred"
"""A46: the supplier of a legacy model, any other system (published text; rev30c D1)."""

_SUPPLIER_LEGACY_PLACED = (
    "(legacy.placed_before_cutoff or (not hr.high_risk "
    "and not legacy.placed_as_not_high_risk "
    "and dates.placed_before_art111_2_cutoff_annex_iii "
    "and dates.placed_before_art111_2_cutoff_annex_i))"
)
"""The system the supply is used or integrated in is a legacy system of Art. 111(2) ("placed on
the market or put into service before 2 August 2026"): with its route given,
``legacy.placed_before_cutoff``; with none given (``not hr.high_risk``: the leading case of
from.supplier, which supposes each route, :data:`_SUPPLIER_NO_ROUTE`), placed before the cut-off
of each route, and not placed as not high-risk (A27=placed_as_not_high_risk: then the supposed
Annex III route does not shelter it). Read by the published text only (case 1 of
SUPPLIER_ART111_3), where both routes have one cut-off, 2 August 2026 (rev31b D1)."""

_SUPPLIER_ART111_3_PUBLIC_CHANGED = f"{_SUPPLIER_ART111_3_PUBLIC}.changed"
"""A46: the supplier of a legacy model, a legacy system intended for public authorities,
significantly changed on or after the Art. 111(2) cut-off, its route given or not (rev31b D1)."""

_A46_EN = (
    "The third party supplies, as its provider (Art. 3(3)), a general-purpose AI model placed on "
    "the market before 2 August 2025, reading A46=model_transition (default): Art. 111(3) gives "
    "it until 2 August 2027 for 'the obligations laid down in this Regulation', its Art. 25(4) "
    "agreement included; the agreement binds from the later of the system's date for it (Art. "
    "113, Art. 111(1)-(2)) and 2 August 2027"
)
_A46_NL = (
    "Standaardlezing A46: de derde partij levert, als aanbieder ervan (artikel 3, punt 3), een "
    "AI-model voor algemene doeleinden dat vóór 2 augustus 2025 in de handel is gebracht; "
    "artikel 111, lid 3, geeft haar tot 2 augustus 2027 om aan 'de verplichtingen "
    "van deze verordening' te voldoen, ook aan de schriftelijke overeenkomst van artikel 25, lid "
    "4; die geldt vanaf de laatste van de datum voor het systeem (artikel 113, artikel 111, "
    "leden 1 en 2) en 2 augustus 2027"
)


def _supplier_public_backstop(versions: frozenset[LawVersion] = ALL_VERSIONS) -> DateCase:
    """The last case of the model supplier's rules for a legacy system intended for public
    authorities (A46): not brought in earlier by a significant change, by 2 August 2030 (Art.
    111(2), second sentence), which is after the Art. 111(3) day."""
    return DateCase(
        when="true",
        value=Later(DateOf("from.supplier_base"), _d(K.PUBLIC_AUTHORITY_DEADLINE)),
        deadline=_d(K.PUBLIC_AUTHORITY_DEADLINE),
        grace="art111_2_public_authority",
        source="Art. 111(2)",
        label_en="Not brought in earlier by a significant change (Art. 111(2), second "
        "sentence: 'In any case, the providers and deployers'): by 2 August 2030, after "
        "the Art. 111(3) day",
        label_nl="Niet eerder door een aanzienlijke wijziging onder de verordening "
        "gebracht (artikel 111, lid 2, tweede zin: 'In ieder geval ondernemen de "
        "aanbieders en gebruiksverantwoordelijken'): uiterlijk 2 augustus 2030, na de dag "
        "van artikel 111, lid 3",
        versions=versions,
        interpretations=("A46", "A3"),
    )


def _supplier_by_art111_3(*, when: str, label_en: str, label_nl: str) -> DateCase:
    """A case of the model supplier's Art. 111(3) deferral (A46, published text) where the
    system's own date is known to be no later than 2 August 2027: the agreement binds from 2
    August 2027, the later of that date and the Art. 111(3) day, and is due by then ("by 2
    August 2027", as the model provider's own duties: :func:`_legacy_model`; rev30c D1)."""
    return DateCase(
        when=when,
        value=Later(DateOf("from.supplier_base"), _d(K.GPAI_LEGACY_DEADLINE)),
        deadline=_d(K.GPAI_LEGACY_DEADLINE),
        grace="art111_3",
        versions=ONLY_ORIGINAL,
        source="Art. 111(3)",
        label_en=label_en,
        label_nl=label_nl,
        interpretations=("A46",),
    )


SYSTEM_DATE_RULES: tuple[DateRule, ...] = (
    *TIER_RULES,
    DateRule(
        name=TimingGroup.ART5.rule,
        title_en="Art. 5 applies",
        title_nl="Artikel 5 is van toepassing",
        cases=(
            DateCase(
                when="true",
                value=_d(K.CHAPTERS_I_II),
                source="Art. 113, third paragraph, point (a)",
                label_en="Chapter II (Art. 5) applies from 2 February 2025 and is never deferred "
                "by the transitional rules (Art. 111(1) and (2): 'without prejudice to the "
                "application of Article 5')",
                label_nl="Hoofdstuk II (artikel 5) is van toepassing vanaf 2 februari 2025 en "
                "wordt nooit uitgesteld door het overgangsrecht (artikel 111, leden 1 en 2: "
                "'onverminderd de toepassing van artikel 5')",
            ),
        ),
    ),
    DateRule(
        name=TimingGroup.NEW_PROHIBITIONS.rule,
        title_en="Art. 5(1)(ba), (bb), 5(1a) and 5(1b) apply",
        title_nl="Artikel 5, lid 1, punten b bis) en b ter), en leden 1 bis en 1 ter zijn van "
        "toepassing",
        versions=ONLY_AMENDED,
        cases=(
            DateCase(
                when="true",
                value=_d(K.NEW_PROHIBITIONS),
                versions=ONLY_AMENDED,  # as the rule: the points exist in the amended text only
                source="Art. 113, third paragraph, point (a)",
                label_en="The prohibitions added by Regulation (EU) 2026/1744 apply from "
                "2 December 2026 and are never deferred (Art. 111(1) and (2))",
                label_nl="De bij Verordening (EU) 2026/1744 toegevoegde verboden zijn van "
                "toepassing vanaf 2 december 2026 en worden nooit uitgesteld (artikel 111, "
                "leden 1 en 2)",
            ),
        ),
    ),
    DateRule(
        name=TimingGroup.EARLY.rule,
        title_en="The provisions of point (b) apply",
        title_nl="De bepalingen van punt b) zijn van toepassing",
        cases=(
            DateCase(
                when="true",
                value=_d(K.EARLY_PROVISIONS),
                source="Art. 113, third paragraph, point (b)",
                label_en="Chapter III Section 4, Chapters V, VII and XII and Art. 78 apply from "
                "2 August 2025, except Art. 101",
                label_nl="Hoofdstuk III, afdeling 4, de hoofdstukken V, VII en XII en artikel 78 "
                "zijn van toepassing vanaf 2 augustus 2025, met uitzondering van artikel 101",
            ),
        ),
    ),
    *_transitional(
        TimingGroup.HIGH_RISK.rule,
        (
            "The Chapter III, Sections 1-3 duties bind this system",
            "De verplichtingen van hoofdstuk III, afdelingen 1-3, gelden voor dit systeem",
        ),
        _SECTIONS_1_3,
        "Chapter III, Sections 1-3 apply",
        "hoofdstuk III, afdelingen 1-3, zijn van toepassing",
        legacy=CHAPTER_III_LEGACY,
    ),
    *_transitional(
        TimingGroup.HIGH_RISK_OTHER_OPERATORS.rule,
        (
            "The Chapter III, Section 3 duties of an importer, distributor or authorised "
            "representative bind it for this system",
            "De verplichtingen van hoofdstuk III, afdeling 3, van een importeur, distributeur of "
            "gemachtigde gelden voor dit systeem",
        ),
        _SECTIONS_1_3,
        "Chapter III, Sections 1-3 apply",
        "hoofdstuk III, afdelingen 1-3, zijn van toepassing",
        second_sentence=False,
        legacy=CHAPTER_III_LEGACY,
    ),
    # Art. 25(2): "Where the circumstances referred to in paragraph 1 occur, the provider that
    # initially placed the AI system on the market or put it into service shall no longer be
    # considered to be a provider of that specific AI system": its duty concerns the system as
    # changed, the only one that is high-risk in the case of Art. 25(1)(c) ("an AI system ...
    # which has not been classified as high-risk ... becomes a high-risk AI system in accordance
    # with Article 6"). Its date is that of Chapter III, Section 3 for that system's route (Art.
    # 113, third paragraph, point (c): amended (i) Art. 6(2) and Annex III, (ii) Art. 6(1) and
    # Annex I; original: Art. 6(1) from 2 August 2027, Annex III on the general date). The facts
    # of an initial provider describe the system as changed; where they give no route (the
    # system as the initial provider placed it, not high-risk), Art. 6 leaves two, so the date
    # is one of the two: undetermined, never "not applicable" (review36). The placing date of a
    # system placed as not high-risk does not make it a legacy high-risk system of Art. 111(2)
    # (legacy.placed_before_cutoff reads the route): the Art. 111 cases read below are those of
    # from.high_risk.
    _route_date_rule(
        "from.initial_provider_base",
        (
            "Chapter III, Section 3 applies to the system as changed by its new provider "
            "(Art. 25(1)-(2))",
            "Hoofdstuk III, afdeling 3, is van toepassing op het systeem zoals de nieuwe "
            "aanbieder het heeft gewijzigd (artikel 25, leden 1 en 2)",
        ),
        (
            "The facts give the route of the system as changed (Art. 6(1) and Annex I, or "
            "Art. 6(2) and Annex III): the date of its classification",
            "De feiten geven de route van het gewijzigde systeem (artikel 6, lid 1, en bijlage "
            "I, of artikel 6, lid 2, en bijlage III): de datum van de indeling",
        ),
        lambda iii, i: (
            "The route of the system as changed, which Art. 25(1) makes high-risk 'in "
            "accordance with Article 6': the facts give none (answer the Annex I and Annex III "
            f"questions for the system as changed); by Art. 6(2) and Annex III from {iii}, by "
            f"Art. 6(1) and Annex I from {i}"
        ),
        lambda iii, i: (
            "De route van het gewijzigde systeem, dat volgens artikel 25, lid 1, een hoog "
            "risico heeft 'overeenkomstig artikel 6': de feiten geven er geen (beantwoord de "
            "vragen over bijlage I en bijlage III voor het gewijzigde systeem); via artikel 6, "
            f"lid 2, en bijlage III vanaf {iii}, via artikel 6, lid 1, en bijlage I vanaf {i}"
        ),
        lambda i: (
            "The facts give no route of the system as changed: if it became high-risk by Art. "
            f"6(1) and Annex I, from {i}"
        ),
        lambda i: (
            "De feiten geven geen route van het gewijzigde systeem: als het een hoog risico "
            f"kreeg via artikel 6, lid 1, en bijlage I, vanaf {i}"
        ),
    ),
    *_transitional(
        TimingGroup.INITIAL_PROVIDER.rule,
        (
            "The Art. 25(2) duty of the initial provider binds it for this system",
            "De verplichting van artikel 25, lid 2, van de oorspronkelijke aanbieder geldt voor "
            "dit systeem",
        ),
        DateOf("from.initial_provider_base"),
        "Chapter III, Section 3 applies",
        "hoofdstuk III, afdeling 3, is van toepassing",
        # legacy15: where the facts give no route, each route with its own Art. 111 (the
        # placing date shelters a system under Art. 111(2) where both routes agree).
        leading=(_INITIAL_PROVIDER_NO_ROUTE[0],),
        # review43: the second sentence read of the system (Art. 25(2): the assistance lets
        # the new provider comply, by 2 August 2030 for a system intended for public
        # authorities).
        by_system=True,
    ),
    *_INITIAL_PROVIDER_NO_ROUTE[1],
    *SUPPOSED_ROUTE_BASES,
    # Art. 25(4): "The provider of a high-risk AI system and the third party that supplies an
    # AI system, [AI model,] tools, services, components, or processes that are used or
    # integrated in a high-risk AI system shall, by written agreement, specify ...": the duty of
    # both concerns the high-risk system the supply is used or integrated in, so its date is
    # that of Chapter III, Section 3 for that system's route (Art. 113, third paragraph, point
    # (c), as for the initial provider above). The facts of a supplier describe that system (its
    # placing, its reach: scope.supplier_reach, rule scope.reach.value_chain; its roles:
    # art25_4_supplier_not_operator); where they give no route (a supplier often describes its
    # supply, not the system it goes into), Art. 6 leaves two, so the date is one of the two:
    # undetermined, never "not applicable" (fix15, after init15). The provider's own duty reads
    # duty.hr_provider, so its route is in the facts and the date that of from.high_risk.
    _route_date_rule(
        "from.supplier_base",
        (
            "Chapter III, Section 3 applies to the high-risk system the supply is used or "
            "integrated in (Art. 25(4))",
            "Hoofdstuk III, afdeling 3, is van toepassing op het AI-systeem met een hoog risico "
            "waarin de levering wordt gebruikt of geïntegreerd (artikel 25, lid 4)",
        ),
        (
            "The facts give the route of the high-risk system (the provider's own, or the one "
            "the supply is used or integrated in: Art. 6(1) and Annex I, or Art. 6(2) and "
            "Annex III): the date of its classification",
            "De feiten geven de route van het AI-systeem met een hoog risico (dat van de "
            "aanbieder zelf, of dat waarin de levering wordt gebruikt of geïntegreerd: artikel "
            "6, lid 1, en bijlage I, of artikel 6, lid 2, en bijlage III): de datum van de "
            "indeling",
        ),
        lambda iii, i: (
            "The route of the high-risk system the supply is used or integrated in (Art. "
            "25(4)): the facts give none (answer the Annex I and Annex III questions for that "
            f"system); by Art. 6(2) and Annex III from {iii}, by Art. 6(1) and Annex I from {i}"
        ),
        lambda iii, i: (
            "De route van het AI-systeem met een hoog risico waarin de levering wordt gebruikt "
            "of geïntegreerd (artikel 25, lid 4): de feiten geven er geen (beantwoord de vragen "
            "over bijlage I en bijlage III voor dat systeem); via artikel 6, lid 2, en bijlage "
            f"III vanaf {iii}, via artikel 6, lid 1, en bijlage I vanaf {i}"
        ),
        lambda i: (
            "The facts give no route of the high-risk system the supply is used or integrated "
            f"in: if it is high-risk by Art. 6(1) and Annex I, from {i}"
        ),
        lambda i: (
            "De feiten geven geen route van het AI-systeem met een hoog risico waarin de "
            "levering wordt gebruikt of geïntegreerd: als het een hoog risico heeft via artikel "
            f"6, lid 1, en bijlage I, vanaf {i}"
        ),
        # Not a supplier: the duty is the provider's own (duty.hr_provider), of the system the
        # facts give, whose date is that of its classification alone (an unknown Annex III
        # point must not add the Annex I date to a provider's possible dates).
        known_when=_SUPPLIER_KNOWN,
    ),
    *_transitional(
        # Not TimingGroup.SUPPLIER.rule: that is SUPPLIER_ART111_3, which reads this rule.
        "from.supplier",
        (
            "The Art. 25(4) duty of the provider and of the third-party supplier binds them for "
            "this system",
            "De verplichting van artikel 25, lid 4, van de aanbieder en van de derde partij die "
            "levert geldt voor dit systeem",
        ),
        DateOf("from.supplier_base"),
        "Chapter III, Section 3 applies",
        "hoofdstuk III, afdeling 3, is van toepassing",
        leading=(_SUPPLIER_NO_ROUTE[0],),
        # review43: the second sentence read of the system (Art. 25(4): the agreement enables
        # the provider to comply, by 2 August 2030 for a system intended for public
        # authorities).
        by_system=True,
        # A45 (review81): Art. 111(2) shelters "operators of high-risk AI systems" (Art. 3(8));
        # under operators_only a third-party supplier that is none is bound on the base date,
        # after Art. 111(1) (which speaks of systems) and before the Art. 111(2) branch.
        not_sheltered=_NOT_SHELTERED,
    ),
    *_SUPPLIER_NO_ROUTE[1],
    # A46 (round 30, rev30a D1): Art. 111(3): "Providers of general-purpose AI models that have
    # been placed on the market before 2 August 2025 shall take the necessary steps in order to
    # comply with the obligations laid down in this Regulation by 2 August 2027". Read after
    # from.supplier, whose value (Art. 113 and Art. 111(1)-(2)) it cannot bring forward: Art.
    # 111(1)-(2) decide whether and from when the duty binds for the system, Art. 111(3) puts
    # the model provider's duty no earlier than 2 August 2027 (the later of the two; "never"
    # stays never). The case reads the supplier's gate (not sheltered by Art. 111(2)), so that
    # where Art. 111(2) shelters the system the reason stays that of from.supplier.
    DateRule(
        name=SUPPLIER_ART111_3,
        title_en="The Art. 25(4) duty binds the provider and the third-party supplier for this "
        "system, with Art. 111(3) for the supplier of a general-purpose AI model placed before 2 "
        "August 2025 (A46)",
        title_nl="De verplichting van artikel 25, lid 4, geldt voor de aanbieder en de derde "
        "partij die levert voor dit systeem, met artikel 111, lid 3, voor wie een AI-model voor "
        "algemene doeleinden levert dat vóór 2 augustus 2025 in de handel is gebracht (A46)",
        cases=(
            # Art. 111(1): 31 December 2030, after 2 August 2027; the case keeps that deadline.
            DateCase(
                when="legacy.annex_x",
                value=DateOf("from.supplier"),
                inherit=True,
                source="Art. 111(1)",
                label_en="A component of a large-scale IT system of Annex X (Art. 111(1)): its "
                "date (31 December 2030) is after the Art. 111(3) day, 2 August 2027",
                label_nl="Een component van een grootschalig IT-systeem van bijlage X (artikel "
                "111, lid 1): de datum ervan (31 december 2030) valt na de dag van artikel 111, "
                "lid 3, 2 augustus 2027",
            ),
            # A legacy system intended for public authorities (Art. 111(2), second sentence):
            # the later of its date and 2 August 2027, with the deadline 2 August 2030, by the
            # cases of from.supplier.art111_2.public_authorities (their values in full, so that
            # each case's value is no later than its deadline on its face; review69 D2).
            # Both Art. 111(3) cases are of the published text only: in the amended text every
            # date of Chapter III (2 December 2027, 2 August 2028) and of Art. 111(1)-(2) is
            # after 2 August 2027, so Art. 111(3) moves none of them and is not the reason of
            # any (rev30c D3; tests/test_rev30c.py holds the dates so).
            DateCase(
                # rev31b D1 (round 31): the placing read with the route given or not
                # (_SUPPLIER_LEGACY_PLACED), so that with no route a legacy system intended for
                # public authorities keeps its deadline, as both supposed routes give it.
                when=f"legacy.supplied_model_deferred and {_SUPPLIER_LEGACY_PLACED} "
                "and legacy.public_authority_use and not legacy.supplier_not_sheltered",
                value=DateOf(_SUPPLIER_ART111_3_PUBLIC),
                inherit=True,
                versions=ONLY_ORIGINAL,
                source="Art. 111(3)",
                label_en=f"{_A46_EN}; the system, a legacy system intended for public "
                "authorities, keeps the deadline of 2 August 2030 (Art. 111(2), second sentence)",
                label_nl=f"{_A46_NL}; het systeem, een bestaand systeem bedoeld voor "
                "overheidsinstanties, houdt de termijn van 2 augustus 2030 (artikel 111, lid 2, "
                "tweede zin)",
                interpretations=("A46", "A3"),
            ),
            DateCase(
                # The complement of the case above within the deferral, so that with the
                # placing unknown a legacy public-authority system keeps its deadline.
                when="legacy.supplied_model_deferred "
                "and (not legacy.exempt_system or legacy.supplier_not_sheltered) "
                f"and not ({_SUPPLIER_LEGACY_PLACED} and legacy.public_authority_use "
                "and not legacy.supplier_not_sheltered)",
                # rev30c D1 (round 31): by the cases of _SUPPLIER_ART111_3_DEFERRED, which
                # split the deferral by what gives the system's date, so that where that date
                # is known to be no later than 2 August 2027 the row carries the Art. 111(3)
                # deadline ("by 2 August 2027"), as the model's own duties do (_legacy_model),
                # and no case has a deadline earlier than its value on its face.
                value=DateOf(_SUPPLIER_ART111_3_DEFERRED),
                inherit=True,
                versions=ONLY_ORIGINAL,
                source="Art. 111(3)",
                label_en=_A46_EN,
                label_nl=_A46_NL,
                interpretations=("A46",),
            ),
            DateCase(
                when="true",
                value=DateOf("from.supplier"),
                inherit=True,
                source="Art. 25(4)",
                label_en="No transitional rule of Art. 111(3) for the supplier of a "
                "general-purpose AI model: the date of the high-risk system",
                label_nl="Geen overgangsregel van artikel 111, lid 3, voor wie een AI-model voor "
                "algemene doeleinden levert: de datum van het AI-systeem met een hoog risico",
            ),
        ),
    ),
    DateRule(
        name=_SUPPLIER_ART111_3_PUBLIC,
        title_en="The Art. 25(4) duty of the supplier of a general-purpose AI model placed before "
        "2 August 2025, for a legacy system intended for public authorities (Art. 111(3), Art. "
        "111(2), second sentence; A46)",
        title_nl="De verplichting van artikel 25, lid 4, van wie een AI-model voor algemene "
        "doeleinden levert dat vóór 2 augustus 2025 in de handel is gebracht, voor een bestaand "
        "systeem bedoeld voor overheidsinstanties (artikel 111, lid 3, artikel 111, lid 2, tweede "
        "zin; A46)",
        cases=(
            DateCase(
                when=SYSTEM_LEGACY.changed_for_public_authorities,
                value=Later(
                    Later(InputDate("significant_change"), DateOf("from.supplier_base")),
                    _d(K.GPAI_LEGACY_DEADLINE),
                ),
                deadline=_d(K.PUBLIC_AUTHORITY_DEADLINE),
                grace="art111_3",
                source="Art. 111(3)",
                label_en="A legacy system intended for public authorities, significantly "
                "changed in its design on or before 2 August 2030: the agreement binds from the "
                "latest of the change, its date of application and 2 August 2027 (Art. 111(3)), "
                f"due then; {_BACKSTOP_EN}",
                label_nl="Een bestaand systeem bedoeld voor overheidsinstanties, uiterlijk op 2 "
                "augustus 2030 aanzienlijk gewijzigd in het ontwerp: de "
                "overeenkomst geldt vanaf de laatste van de wijziging, de datum van toepassing en "
                f"2 augustus 2027 (artikel 111, lid 3), dan te voldoen; {_BACKSTOP_NL}",
                interpretations=("A46", "A3"),
            ),
            # rev31b D1 (round 31): with no route given (case 1 of SUPPLIER_ART111_3 reads the
            # placing before each route's cut-off, from.supplier.no_route supposing each route)
            # legacy.case.changed_for_public_authorities is false, as it reads the route; a
            # change on or after the cut-off is then read here, and on or before 2 August 2030
            # in the nested rule (as the supposed routes' .art111_2.public_authorities.changed
            # does: each case reads one name, the nested one the change's comparison with the
            # deadline; tests/test_review78.py Q1, tests/test_review69_dates.py). The comparison
            # is the Annex III route's: the case is of the published text only (case 1 of
            # SUPPLIER_ART111_3), whose cut-off is one day for both routes (2 August 2026).
            # With the route given, it holds only where the change came after 2 August 2030
            # (else case 0 holds), and the nested rule then gives what the last case gives.
            DateCase(
                when="dates.changed_after_art111_2_cutoff_annex_iii",
                value=DateOf(_SUPPLIER_ART111_3_PUBLIC_CHANGED),
                inherit=True,
                versions=ONLY_ORIGINAL,
                source="Art. 111(2)",
                label_en="A legacy system intended for public authorities, significantly changed "
                "in its design on or after the Art. 111(2) cut-off ('as from that date'; with no "
                "route given, the cut-off of each route, 2 August 2026 in the published text): "
                "from the change if it came by 2 August 2030",
                label_nl="Een bestaand systeem bedoeld voor overheidsinstanties, op of na de "
                "grensdatum van artikel 111, lid 2, aanzienlijk gewijzigd in het ontwerp ('vanaf "
                "die datum'; als de route niet gegeven is, de grensdatum van elke route, in de "
                "oorspronkelijke tekst 2 augustus 2026): vanaf de wijziging als die uiterlijk op "
                "2 augustus 2030 kwam",
                interpretations=("A46", "A3"),
            ),
            _supplier_public_backstop(),
        ),
    ),
    DateRule(
        name=_SUPPLIER_ART111_3_PUBLIC_CHANGED,
        title_en="The Art. 25(4) duty of the supplier of a general-purpose AI model placed before "
        "2 August 2025, for a legacy system intended for public authorities significantly "
        "changed on or after the Art. 111(2) cut-off (Art. 111(3), Art. 111(2); A46)",
        title_nl="De verplichting van artikel 25, lid 4, van wie een AI-model voor algemene "
        "doeleinden levert dat vóór 2 augustus 2025 in de handel is gebracht, voor een bestaand "
        "systeem bedoeld voor overheidsinstanties dat op of na de grensdatum van artikel 111, "
        "lid 2, aanzienlijk is gewijzigd (artikel 111, lid 3, artikel 111, lid 2; A46)",
        versions=ONLY_ORIGINAL,
        cases=(
            DateCase(
                when="dates.changed_by_public_authority_deadline",
                value=Later(
                    Later(InputDate("significant_change"), DateOf("from.supplier_base")),
                    _d(K.GPAI_LEGACY_DEADLINE),
                ),
                deadline=_d(K.PUBLIC_AUTHORITY_DEADLINE),
                grace="art111_3",
                versions=ONLY_ORIGINAL,
                source="Art. 111(3)",
                label_en="Significantly changed in its design on or before 2 August 2030: the "
                "agreement binds from the latest of the change, its date of application and 2 "
                f"August 2027 (Art. 111(3)), due then; {_BACKSTOP_EN}",
                label_nl="Uiterlijk op 2 augustus 2030 aanzienlijk gewijzigd in het ontwerp: de "
                "overeenkomst geldt vanaf de laatste van de wijziging, de datum van toepassing en "
                f"2 augustus 2027 (artikel 111, lid 3), dan te voldoen; {_BACKSTOP_NL}",
                interpretations=("A46", "A3"),
            ),
            _supplier_public_backstop(ONLY_ORIGINAL),
        ),
    ),
    # rev30c D1 (round 31): the deferral of Art. 111(3) for any other system (case 2 of
    # SUPPLIER_ART111_3), split by what gives the system's date (from.supplier), so that each
    # case's deadline is on its face no earlier than its value (tests/test_review69_dates.py)
    # and has the form later(base, deadline) (tests/test_review51.py). Published text only: the
    # date of Art. 113 of the high-risk system (2 August 2026, Annex III; 2 August 2027, Annex
    # I) is then never after 2 August 2027, so where Art. 111(2) does not defer the system
    # (placed on or after the cut-off, or a supplier it does not shelter, A45) from.supplier is
    # from.supplier_base, no later than the Art. 111(3) day: "by 2 August 2027" is the deadline,
    # as for the model provider's own duties (_legacy_model). Where the facts give no route the
    # supposed routes of from.supplier.no_route read the placing by each route's cut-off, which
    # the third disjunct reads. A legacy system changed on or after the cut-off and by 2 August
    # 2027 (dates.changed_by_art111_3_deadline) has the same deadline. Otherwise (changed after
    # 2 August 2027; unknowns) the later of the two with no deadline: Art. 111(3) moves nothing
    # where the system's date is later. A legacy system intended for public authorities, its
    # route given or not (_SUPPLIER_LEGACY_PLACED; rev31b D1, round 31), never reaches this rule:
    # case 1 of SUPPLIER_ART111_3 keeps its 2 August 2030 deadline.
    DateRule(
        name=_SUPPLIER_ART111_3_DEFERRED,
        title_en="The Art. 25(4) duty of the supplier of a general-purpose AI model placed before "
        "2 August 2025, for a system other than a legacy system intended for public authorities "
        "(Art. 111(3); A46)",
        title_nl="De verplichting van artikel 25, lid 4, van wie een AI-model voor algemene "
        "doeleinden levert dat vóór 2 augustus 2025 in de handel is gebracht, voor een ander "
        "systeem dan een bestaand systeem bedoeld voor overheidsinstanties (artikel 111, lid 3; "
        "A46)",
        versions=ONLY_ORIGINAL,
        cases=(
            _supplier_by_art111_3(
                when="legacy.supplier_not_sheltered "
                "or (hr.high_risk and not legacy.placed_before_cutoff) "
                "or (not hr.high_risk and not dates.placed_before_art111_2_cutoff_annex_iii "
                "and not dates.placed_before_art111_2_cutoff_annex_i)",
                label_en="The system's date for the agreement is its Art. 113 date, 2 August 2026 "
                "(Annex III) or 2 August 2027 (Annex I), which Art. 111(2) does not defer (the "
                "system first placed on the market or put into service on or after the cut-off, "
                "or a supplier that Art. 111(2) does not shelter): no later than 2 August 2027, "
                "so the agreement binds from 2 August 2027 and the supplier complies by 2 August "
                "2027, as with its other obligations as the model's provider",
                label_nl="De datum van het systeem voor de overeenkomst is die van artikel 113, "
                "2 augustus 2026 (bijlage III) of 2 augustus 2027 (bijlage I), die artikel 111, "
                "lid 2, niet uitstelt (het systeem is op of na de grensdatum voor het eerst in de "
                "handel gebracht of in gebruik gesteld, of artikel 111, lid 2, beschermt de derde "
                "partij niet): niet later dan 2 augustus 2027, dus de overeenkomst geldt vanaf 2 "
                "augustus 2027 en de derde partij voldoet uiterlijk op 2 augustus 2027, zoals aan "
                "haar andere verplichtingen als aanbieder van het model",
            ),
            _supplier_by_art111_3(
                # A legacy system (placed before the cut-off, not intended for public
                # authorities: case 1 of SUPPLIER_ART111_3) changed on or after the cut-off and
                # on or before 2 August 2027: from.supplier is the later of the change and the
                # Art. 113 date, no later than 2 August 2027. The value is written with the Art.
                # 113 date (the same day, 2 August 2027), not the change, so that no case whose
                # value reads the change lacks a cut-off guard (tests/test_review78.py Q1) and
                # the value is on its face no later than the deadline. With no route given
                # (from.supplier.no_route), each supposed route not placed before its cut-off,
                # or changed on or after it, and the system not intended for public
                # authorities (whose supposed routes give 2 August 2030): each route's date is
                # then its Art. 113 date or the later of the change and it.
                when="(legacy.significant_change or (not hr.high_risk "
                "and not legacy.public_authority_use "
                "and (not dates.placed_before_art111_2_cutoff_annex_iii "
                "or dates.changed_after_art111_2_cutoff_annex_iii) "
                "and (not dates.placed_before_art111_2_cutoff_annex_i "
                "or dates.changed_after_art111_2_cutoff_annex_i))) "
                "and dates.changed_by_art111_3_deadline",
                label_en="A legacy system significantly changed in its design on or after the "
                "Art. 111(2) cut-off and on or before 2 August 2027: the system's date for the "
                "agreement, the later of the change and its Art. 113 date (Art. 111(2)), is no "
                "later than 2 August 2027, so the agreement binds from 2 August 2027 and the "
                "supplier complies by 2 August 2027, as with its other obligations as the "
                "model's provider",
                label_nl="Een bestaand systeem dat op of na de grensdatum van artikel 111, lid 2, "
                "en uiterlijk op 2 augustus 2027 aanzienlijk is gewijzigd in het ontwerp: de "
                "datum van het systeem voor de overeenkomst, de laatste van de wijziging en de "
                "datum van artikel 113 (artikel 111, lid 2), valt niet na 2 augustus 2027, dus de "
                "overeenkomst geldt vanaf 2 augustus 2027 en de derde partij voldoet uiterlijk op "
                "2 augustus 2027, zoals aan haar andere verplichtingen als aanbieder van het model",
            ),
            DateCase(
                when="true",
                value=Later(DateOf("from.supplier"), _d(K.GPAI_LEGACY_DEADLINE)),
                grace="art111_3",
                versions=ONLY_ORIGINAL,
                source="Art. 111(3)",
                label_en="The system's date for the agreement may be after 2 August 2027 (a "
                "legacy system significantly changed in its design after 2 August 2027, from "
                "the change; or the facts do not settle it): the later of that date and 2 "
                "August 2027, with no deadline of Art. 111(3), which gives time and does not "
                "make the agreement due before it binds",
                label_nl="De datum van het systeem voor de overeenkomst kan na 2 augustus 2027 "
                "vallen (een bestaand systeem dat na 2 augustus 2027 aanzienlijk is gewijzigd in "
                "het ontwerp, vanaf de wijziging; of de feiten beslissen het niet): de laatste "
                "van die datum en 2 augustus 2027, zonder termijn van artikel 111, lid 3, dat "
                "tijd geeft en de overeenkomst niet verschuldigd maakt voordat die geldt",
                interpretations=("A46",),
            ),
        ),
    ),
    DateRule(
        name="from.high_risk_gated_base",
        title_en="Section 5 and Chapter IX apply to this high-risk system (Art. 113; A1)",
        title_nl="Afdeling 5 en hoofdstuk IX zijn van toepassing op dit systeem met een hoog "
        "risico (artikel 113; A1)",
        cases=(
            DateCase(
                when="interp.a1_classification_gated",
                value=_SECTIONS_1_3,
                # Art. 113 as a whole: the date of the classification is that of the second
                # paragraph (an Annex III system, original text) or of the third paragraph,
                # point (c) (review-timing, review50).
                source="Art. 113",
                label_en="Reading A1=classification: no system is high-risk before Art. 6 applies "
                "to it, so Section 5 and Chapter IX wait for the date of its classification "
                "(Art. 113, third paragraph, point (c); in the original text, for a system "
                "classified under Art. 6(2) and Annex III, the general date of the second "
                "paragraph)",
                label_nl="Standaardlezing A1: geen systeem heeft een hoog risico voordat "
                "artikel 6 erop van toepassing is, dus afdeling 5 en hoofdstuk IX wachten op de "
                "datum van de indeling (artikel 113, derde alinea, punt c); in de oorspronkelijke "
                "tekst, voor een systeem ingedeeld op grond van artikel 6, lid 2, en bijlage III, "
                "de algemene datum van de tweede alinea)",
                interpretations=("A1",),
            ),
            DateCase(
                when="hr.annex_i and not hr.annex_iii",
                value=_d(K.HIGH_RISK_ANNEX_I),
                versions=ONLY_ORIGINAL,
                source="Art. 113, third paragraph, point (c)",
                label_en="Original point (c): 'Article 6(1) and the corresponding obligations' "
                "apply from 2 August 2027, under either reading of A1",
                label_nl="Oorspronkelijk punt c): 'artikel 6, lid 1, en de overeenkomstige "
                "verplichtingen' zijn van toepassing vanaf 2 augustus 2027, onder beide lezingen "
                "van A1",
                interpretations=("A1",),
            ),
            DateCase(
                when="true",
                value=_d(K.GENERAL),
                versions=ONLY_ORIGINAL,
                source="Art. 113, second paragraph",
                label_en="Original point (c) defers only 'Article 6(1) and the corresponding "
                "obligations': for a system classified under Art. 6(2) and Annex III, Section 5 "
                "and Chapter IX apply from the general date, under either reading of A1",
                label_nl="Het oorspronkelijke punt c) stelt alleen 'artikel 6, lid 1, en de "
                "overeenkomstige verplichtingen' uit: voor een systeem ingedeeld op grond van "
                "artikel 6, lid 2, en bijlage III zijn afdeling 5 en hoofdstuk IX van toepassing "
                "vanaf de algemene datum, onder beide lezingen van A1",
                interpretations=("A1",),
            ),
            DateCase(
                when="true",
                value=_d(K.GENERAL),
                versions=ONLY_AMENDED,
                source="Art. 113, second paragraph",
                label_en="Reading A1=literal: point (c) defers only Chapter III Sections 1-3, so "
                "Section 5 and Chapter IX apply from the general date",
                label_nl="Andere lezing A1 (letterlijk, niet de standaardlezing): punt c) stelt "
                "alleen hoofdstuk III, afdelingen 1-3, uit, dus afdeling 5 en hoofdstuk IX zijn "
                "van toepassing vanaf de algemene datum",
                interpretations=("A1",),
            ),
        ),
    ),
    *_with_if_high_risk(
        TimingGroup.HIGH_RISK_GATED,
        (
            "The Section 5 and Chapter IX duties bind this system",
            "De verplichtingen van afdeling 5 en hoofdstuk IX gelden voor dit systeem",
        ),
        TimingGroup.HIGH_RISK_GATED_IF_HIGH_RISK,
        (
            "The Chapter IX duties that concern a high-risk system (Art. 82(2)) bind this system",
            "De verplichtingen van hoofdstuk IX die een systeem met een hoog risico betreffen "
            "(artikel 82, lid 2), gelden voor dit systeem",
        ),
        DateOf("from.high_risk_gated_base"),
        "Section 5 and Chapter IX apply",
        "afdeling 5 en hoofdstuk IX zijn van toepassing",
        legacy=CHAPTER_III_LEGACY,
    ),
    DateRule(
        name="from.derogation_base",
        title_en="Art. 6(4) and Art. 49(2) apply to an Annex III system that is not high-risk "
        "(A22)",
        title_nl="Artikel 6, lid 4, en artikel 49, lid 2, zijn van toepassing op een systeem van "
        "bijlage III zonder hoog risico (A22)",
        cases=(
            DateCase(
                when="interp.a22_annex_iii_date",
                value=_d(K.HIGH_RISK_ANNEX_III),
                versions=ONLY_AMENDED,
                source="Art. 113, third paragraph, point (c)(i)",
                label_en="Reading A22=annex_iii_date: Art. 6(4) belongs to Chapter III Section 1, "
                "which point (c)(i) defers for Annex III systems",
                label_nl="Andere lezing A22 (niet de standaardlezing): artikel 6, lid 4, hoort bij "
                "hoofdstuk III, afdeling 1, die punt c), i), uitstelt voor systemen van "
                "bijlage III",
                interpretations=("A22",),
            ),
            DateCase(
                when="true",
                value=_d(K.GENERAL),
                source="Art. 113, second paragraph",
                label_en="A22 (default) and the original text: point (c) defers Sections 1-3 only "
                "'as regards AI systems classified as high-risk' (original: 'Article 6(1) and "
                "the corresponding obligations'); a system that is not high-risk under Art. 6(3) "
                "is not so classified, so its duties apply from the general date",
                label_nl="A22 (standaard) en de oorspronkelijke tekst: punt c) stelt de "
                "afdelingen 1-3 alleen uit voor AI-systemen die als AI-systemen met een hoog "
                "risico zijn ingedeeld (niet-officiële vertaling van de gewijzigde tekst; "
                "oorspronkelijk: 'artikel 6, lid 1, en de overeenkomstige "
                "verplichtingen'); een systeem zonder hoog risico volgens artikel 6, lid 3, is zo "
                "niet ingedeeld, dus zijn verplichtingen gelden vanaf de algemene datum",
                interpretations=("A22",),
            ),
        ),
    ),
    # Art. 111(2) shelters only "operators of high-risk AI systems": never these duties.
    *_transitional(
        TimingGroup.DEROGATION.rule,
        (
            "The Art. 6(4) and Art. 49(2) duties bind this system",
            "De verplichtingen van artikel 6, lid 4, en artikel 49, lid 2, gelden voor dit systeem",
        ),
        DateOf("from.derogation_base"),
        "Art. 6(4) and Art. 49(2) apply",
        "artikel 6, lid 4, en artikel 49, lid 2, zijn van toepassing",
        art111_2=False,
    ),
    # A27: Art. 80(4)-(5) treat the system as a legacy high-risk system (default since round 9:
    # Art. 111(2) and the Annex III date) or follow it as placed (as the derogation duties,
    # never Art. 111(2)).
    DateRule(
        name=TimingGroup.RECLASSIFIED.rule,
        title_en="The Art. 80(4)-(5) duties bind the provider of this system, which the "
        "authority found high-risk",
        title_nl="De verplichtingen van artikel 80, leden 4 en 5, gelden voor de aanbieder van "
        "dit systeem, dat de autoriteit als systeem met een hoog risico aanmerkte",
        cases=(
            DateCase(
                when="interp.a27_legacy_high_risk",
                value=DateOf(f"{TimingGroup.RECLASSIFIED.rule}.legacy_high_risk"),
                inherit=True,
                source="Art. 111(2)",
                label_en="Reading A27=legacy_high_risk (default): once found high-risk "
                "(Art. 80(2)), the system is a high-risk AI system as placed; for Art. 80(4)-(5) "
                "Art. 111(2) and the date of Chapter III apply",
                label_nl="Standaardlezing A27: als de markttoezichtautoriteit vaststelt dat het "
                "systeem een hoog risico vormt (artikel 80, lid 2), dan was het al een systeem met "
                "een hoog risico toen het in de handel werd gebracht of in gebruik werd gesteld; "
                "voor artikel 80, leden 4 en 5, gelden dan artikel 111, lid 2, en de datum van "
                "hoofdstuk III",
                interpretations=("A27",),
            ),
            DateCase(
                when="true",
                value=DateOf(f"{TimingGroup.RECLASSIFIED.rule}.placed_as_not_high_risk"),
                inherit=True,
                source="Art. 80(4)",
                label_en="Reading A27=placed_as_not_high_risk: the duties follow the provider's "
                "Art. 6(3) classification, like Art. 6(4) and Art. 49(2) (A22); "
                "Art. 111(2) shelters only 'operators of high-risk AI systems'",
                label_nl="Andere lezing A27 (niet de standaardlezing): de verplichtingen volgen de "
                "indeling van de aanbieder volgens artikel 6, lid 3, zoals artikel 6, lid 4, en "
                "artikel 49, lid 2 (A22); artikel 111, lid 2, beschermt alleen "
                "'operatoren van AI-systemen met een hoog risico'",
                interpretations=("A27",),
            ),
        ),
    ),
    *_transitional(
        f"{TimingGroup.RECLASSIFIED.rule}.placed_as_not_high_risk",
        (
            "The Art. 80(4)-(5) duties bind the provider (A27=placed_as_not_high_risk)",
            "De verplichtingen van artikel 80, leden 4 en 5, gelden voor de aanbieder "
            "(A27, niet de standaardlezing)",
        ),
        DateOf("from.derogation_base"),
        "Art. 80(4)-(5) apply",
        "artikel 80, leden 4 en 5, zijn van toepassing",
        art111_2=False,
        interpretation="A27",
    ),
    *_transitional(
        f"{TimingGroup.RECLASSIFIED.rule}.legacy_high_risk",
        (
            "The Art. 80(4)-(5) duties bind the provider (A27, default)",
            "De verplichtingen van artikel 80, leden 4 en 5, gelden voor de aanbieder (A27, "
            "standaard)",
        ),
        # The date of Chapter III for Annex III systems, declared per version: 2 December 2027
        # (amended point (c)(i)), the general date in the original text.
        _d(K.HIGH_RISK_ANNEX_III),
        "Art. 80(4)-(5) apply",
        "artikel 80, leden 4 en 5, zijn van toepassing",
        interpretation="A27",
        # legal24: the Art. 111(2) cases of the finding (Annex III cut-off), not the system's
        # own, which under A30=provider_assessment_stands follow its route on the facts.
        legacy=RECLASSIFIED_LEGACY,
    ),
    *_transitional(
        TimingGroup.ART4.rule,
        (
            "Art. 4 (AI literacy) binds the organisation for this system",
            "Artikel 4 (AI-geletterdheid) geldt voor de organisatie voor dit systeem",
        ),
        _d(K.CHAPTERS_I_II),
        "Art. 4 applies",
        "artikel 4 is van toepassing",
        interpretation="A21",
        leading=_a21_default(K.CHAPTERS_I_II, "Art. 4", "artikel 4"),
    ),
    # A13: Art. 4 as replaced by Regulation (EU) 2026/1744 ("shall take measures to support the
    # development of AI literacy") is dated by point (a) (2 February 2025), but that wording
    # exists only from the Omnibus's entry into force, 27 July 2026 (its Art. 4): the later date.
    *(
        replace(rule, versions=ONLY_AMENDED)
        for rule in _transitional(
            TimingGroup.ART4_AMENDED.rule,
            (
                "Art. 4 as replaced by Regulation (EU) 2026/1744 (AI literacy) binds the "
                "organisation for this system",
                "Artikel 4 zoals vervangen bij Verordening (EU) 2026/1744 (AI-geletterdheid) geldt "
                "voor de organisatie voor dit systeem",
            ),
            _ART4_AMENDED_BASE,
            "Art. 4 as replaced applies",
            "artikel 4 zoals vervangen is van toepassing",
            interpretation="A21",
            # The rule is amended only: the amended version's case alone, so that its cases keep
            # their numbers.
            leading=_a21_default(
                K.CHAPTERS_I_II,
                "Art. 4 as replaced (from 27 July 2026, when Regulation (EU) 2026/1744 enters "
                "into force, A13)",
                "artikel 4 zoals vervangen (vanaf 27 juli 2026, de inwerkingtreding van "
                "Verordening (EU) 2026/1744, A13)",
                value=_ART4_AMENDED_BASE,
                versions=ONLY_AMENDED,
            ),
        )
    ),
    *_transitional(
        TimingGroup.ART50.rule,
        ("Art. 50 binds this system", "Artikel 50 geldt voor dit systeem"),
        _d(K.GENERAL),
        "Art. 50 applies",
        "artikel 50 is van toepassing",
        interpretation="A21",
        leading=_a21_default(K.GENERAL, "Art. 50", "artikel 50"),
    ),
    *_transitional(
        TimingGroup.ART50_2.rule,
        ("Art. 50(2) binds this system", "Artikel 50, lid 2, geldt voor dit systeem"),
        _d(K.GENERAL),
        "Art. 50(2) applies",
        "artikel 50, lid 2, is van toepassing",
        interpretation="A21",
        leading=(
            # Art. 111(4) comes first, before the A21 cases and the Art. 111(1)-(2) cases: under
            # A21=literal too, Art. 50(2) of a system placed before 2 August 2026 is dated by
            # Art. 111(4) (2 December 2026), not by Art. 111(1) (31 December 2030) or 111(2)
            # (never while unchanged): paragraph 4 is the later and the more specific rule for
            # Art. 50(2), added with the amended paragraph 2 (ADR 0011; review49).
            DateCase(
                when="legacy.art111_4",
                value=Later(_d(K.GENERAL), _d(K.ART50_2_LEGACY_DEADLINE)),
                deadline=_d(K.ART50_2_LEGACY_DEADLINE),
                grace="art111_4",
                versions=ONLY_AMENDED,
                source="Art. 111(4)",
                label_en="A system generating synthetic audio, image, video or text content "
                "placed on the market before 2 August 2026 (putting into service does not "
                "count): Art. 50(2) is deferred to 2 December 2026",
                label_nl="Een systeem dat synthetische audio, beelden, video of tekst genereert en "
                "vóór 2 augustus 2026 in de handel is gebracht (in gebruik stellen telt niet): "
                "artikel 50, lid 2, wordt uitgesteld tot 2 december 2026",
            ),
            *_a21_default(K.GENERAL, "Art. 50", "artikel 50"),
        ),
    ),
    *_with_if_high_risk(
        TimingGroup.GENERAL,
        (
            "The duties on the general date bind this system",
            "De verplichtingen op de algemene datum gelden voor dit systeem",
        ),
        TimingGroup.GENERAL_IF_HIGH_RISK,
        (
            "The duties on the general date that concern a high-risk system (Arts. 60-61) bind "
            "this system",
            "De verplichtingen op de algemene datum die een systeem met een hoog risico betreffen "
            "(artikelen 60 en 61), gelden voor dit systeem",
        ),
        _d(K.GENERAL),
        "the provision applies",
        "de bepaling is van toepassing",
    ),
)
"""The date rules of an AI system."""

_LEGACY_MODEL_EN = (
    "A general-purpose AI model placed on the market before 2 August 2025: its provider complies "
    "by 2 August 2027"
)
_LEGACY_MODEL_NL = (
    "Een AI-model voor algemene doeleinden dat vóór 2 augustus 2025 in de handel is gebracht: de "
    "aanbieder voldoet uiterlijk op 2 augustus 2027"
)


def _legacy_model(base: DateKey, *interpretations: str) -> DateCase:
    return DateCase(
        when="gpai.legacy",
        value=Later(_d(base), _d(K.GPAI_LEGACY_DEADLINE)),
        deadline=_d(K.GPAI_LEGACY_DEADLINE),
        grace="art111_3",
        source="Art. 111(3)",
        label_en=_LEGACY_MODEL_EN,
        label_nl=_LEGACY_MODEL_NL,
        interpretations=interpretations,
    )


def _on(key: DateKey, source: str, en: str, nl: str) -> DateCase:
    return DateCase(when="true", value=_d(key), source=source, label_en=en, label_nl=nl)


_CHAPTER_V_EN = "Chapter V applies from 2 August 2025"
_CHAPTER_V_NL = "Hoofdstuk V is van toepassing vanaf 2 augustus 2025"
_CHAPTER_V_NL_AFTER_COLON = "hoofdstuk V is van toepassing vanaf 2 augustus 2025"

MODEL_DATE_RULES: tuple[DateRule, ...] = (
    DateRule(
        name="tier.gpai_systemic_risk",
        title_en="The systemic-risk classification applies (Art. 51, Chapter V)",
        title_nl="De indeling met een systeemrisico is van toepassing (artikel 51, hoofdstuk V)",
        cases=(
            DateCase(
                when="gpai.systemic_risk",
                value=_d(K.EARLY_PROVISIONS),
                source="Art. 113, third paragraph, point (b)",
                label_en="A general-purpose AI model with systemic risk: " + _CHAPTER_V_EN,
                label_nl="Een AI-model voor algemene doeleinden met een systeemrisico: "
                + _CHAPTER_V_NL_AFTER_COLON,
            ),
        ),
    ),
    DateRule(
        name="tier.gpai",
        title_en="Chapter V applies to the model",
        title_nl="Hoofdstuk V is van toepassing op het model",
        cases=(
            DateCase(
                when="gpai.in_scope",
                value=_d(K.EARLY_PROVISIONS),
                source="Art. 113, third paragraph, point (b)",
                label_en="A general-purpose AI model: " + _CHAPTER_V_EN,
                label_nl="Een AI-model voor algemene doeleinden: " + _CHAPTER_V_NL_AFTER_COLON,
            ),
        ),
    ),
    DateRule(
        name=TimingGroup.GPAI.rule,
        title_en="The Chapter V duties bind the provider of this model",
        title_nl="De verplichtingen van hoofdstuk V gelden voor de aanbieder van dit model",
        cases=(
            _legacy_model(K.EARLY_PROVISIONS),
            _on(
                K.EARLY_PROVISIONS,
                "Art. 113, third paragraph, point (b)",
                _CHAPTER_V_EN + " (no transitional rule of Art. 111(3) applies)",
                _CHAPTER_V_NL + " (geen overgangsregel van artikel 111, lid 3)",
            ),
        ),
    ),
    DateRule(
        name=TimingGroup.GPAI_NOTIFICATION.rule,
        title_en="The Art. 52(1) notification binds the provider of this model (A19)",
        title_nl="De kennisgeving van artikel 52, lid 1, geldt voor de aanbieder van dit model "
        "(A19)",
        cases=(
            DateCase(
                when="not interp.a19_notification_deferred",
                value=_d(K.EARLY_PROVISIONS),
                source="Art. 113, third paragraph, point (b)",
                label_en="Reading A19=due_from_2025: the notification is a procedure, not a duty "
                "that Art. 111(3) defers; it is due from 2 August 2025",
                label_nl="Andere lezing A19 (niet de standaardlezing): de kennisgeving is een "
                "procedure, geen verplichting die artikel 111, lid 3, uitstelt; zij is "
                "verschuldigd vanaf 2 augustus 2025",
                interpretations=("A19",),
            ),
            _legacy_model(K.EARLY_PROVISIONS, "A19"),
            _on(
                K.EARLY_PROVISIONS,
                "Art. 113, third paragraph, point (b)",
                _CHAPTER_V_EN + " (no transitional rule of Art. 111(3) applies)",
                _CHAPTER_V_NL + " (geen overgangsregel van artikel 111, lid 3)",
            ),
        ),
    ),
    DateRule(
        name=TimingGroup.MODEL_GENERAL.rule,
        title_en="The duties on the general date bind the provider of this model",
        title_nl="De verplichtingen op de algemene datum gelden voor de aanbieder van dit model",
        cases=(
            _legacy_model(K.GENERAL),
            _on(
                K.GENERAL,
                "Art. 113, second paragraph",
                "The general date of application (no transitional rule of Art. 111(3) applies)",
                "De algemene datum van toepassing (geen overgangsregel van artikel 111, lid 3)",
            ),
        ),
    ),
    *(
        rule
        for rule in SYSTEM_DATE_RULES
        if rule.name in (TimingGroup.ART5.rule, TimingGroup.NEW_PROHIBITIONS.rule)
    ),
)
"""The date rules of a general-purpose AI model."""

TIER_DATE_RULES: dict[str, str] = {
    "prohibited": "tier.prohibited",
    "high_risk": "tier.high_risk",
    "transparency": "tier.transparency",
    "gpai_systemic_risk": "tier.gpai_systemic_risk",
    "gpai": "tier.gpai",
}
"""Risk tier (value of :class:`~aiact.assessment.RiskTier`) -> the date rule of its
classification."""
