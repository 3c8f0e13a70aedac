"""The shape of an obligation declaration (the catalogue's entries)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from aiact.i18n import N_, pairs
from aiact.penalties.tiers import FineTier
from aiact.refs import AI_ACT, LegalRef
from aiact.timeline.schedule import Schedule
from aiact.versions import ALL_VERSIONS, LawVersion


class Addressee(StrEnum):
    """Who an obligation binds (Art. 3(3)-(8); Art. 54)."""

    PROVIDER = "provider"
    DEPLOYER = "deployer"
    IMPORTER = "importer"
    DISTRIBUTOR = "distributor"
    AUTHORISED_REPRESENTATIVE = "authorised_representative"
    PRODUCT_MANUFACTURER = "product_manufacturer"
    INITIAL_PROVIDER = "initial_provider"
    """The initial provider of a system of which another party became the provider (Art. 25(2))."""
    SUPPLIER = "supplier"
    """A third party supplying an AI system, AI model, tools, services, components or processes
    used in a high-risk AI system (Art. 25(4))."""
    MODEL_PROVIDER = "model_provider"
    MODEL_AUTHORISED_REPRESENTATIVE = "model_authorised_representative"

    @property
    def predicate(self) -> str:
        """The engine predicate that says the organisation holds this role."""
        return f"role.{self.value}"


ADDRESSEE_LABELS: dict[Addressee, tuple[str, str]] = pairs(
    {
        Addressee.PROVIDER: N_("provider"),
        Addressee.DEPLOYER: N_("deployer"),
        Addressee.IMPORTER: N_("importer"),
        Addressee.DISTRIBUTOR: N_("distributor"),
        Addressee.AUTHORISED_REPRESENTATIVE: N_("authorised representative"),
        Addressee.PRODUCT_MANUFACTURER: N_("product manufacturer"),
        Addressee.INITIAL_PROVIDER: N_("initial provider"),
        Addressee.SUPPLIER: N_("supplier of components"),
        Addressee.MODEL_PROVIDER: N_("provider of a general-purpose AI model"),
        Addressee.MODEL_AUTHORISED_REPRESENTATIVE: N_(
            "authorised representative of a GPAI model provider"
        ),
    }
)


class Measure(StrEnum):
    """The organisational measure an obligation asks for, in the factsheet's language for
    directors (CIO Rijk factsheet, 2025): what kind of work it is."""

    GOVERNANCE = "governance"
    DOCUMENTATION = "documentation"
    TRAINING = "training"
    TRANSPARENCY = "transparency"
    REGISTRATION = "registration"
    MONITORING = "monitoring"
    PROHIBITION = "prohibition"


MEASURE_LABELS: dict[Measure, tuple[str, str]] = pairs(
    {
        Measure.GOVERNANCE: N_("governance"),
        Measure.DOCUMENTATION: N_("documentation"),
        Measure.TRAINING: N_("training and AI literacy"),
        Measure.TRANSPARENCY: N_("transparency"),
        Measure.REGISTRATION: N_("registration"),
        Measure.MONITORING: N_("monitoring"),
        Measure.PROHIBITION: N_("prohibition"),
    }
)


class Milestone(StrEnum):
    """When in the life of the system the obligation must be met (graph milestones)."""

    BEFORE_PLACING = "before_placing"
    """Before placing on the market or putting into service."""
    BEFORE_USE = "before_use"
    """Before first use by the deployer."""
    ONGOING = "ongoing"
    """Continuously, from the date the obligation applies."""
    AFTER_PLACING = "after_placing"
    """After placing on the market (post-market duties)."""
    ON_EVENT = "on_event"
    """When an event occurs (an incident, a request, a modification)."""


class Trigger(StrEnum):
    """What makes an obligation live: the standing facts of the case, or an act of an authority
    (issue 12, section 2: "duties that arise only after an authority acts are conditional on a
    fact saying so, and are listed apart from the standing duties")."""

    STANDING = "standing"
    """The obligation follows from the facts of the system and the organisation."""
    ON_AUTHORITY_REQUEST = "on_authority_request"
    """The obligation arises only once an authority has acted (a market surveillance authority's
    finding, an AI Office decision, a Commission request); its condition reads the fact that says
    so (``authority_actions.*``, ``model.commission_requested_*``)."""


TRIGGER_LABELS: dict[Trigger, tuple[str, str]] = {
    Trigger.STANDING: ("standing duty", "doorlopende verplichting"),
    Trigger.ON_AUTHORITY_REQUEST: (
        "once an authority requires it",
        "zodra een autoriteit het verlangt",
    ),
}


class Modality(StrEnum):
    """Whether a catalogue entry binds its addressee, only grants it a way to act (round 32), or
    only narrows another duty (round 33).

    Most entries are duties: the text says "shall". A few are permissions: the text says "may"
    or "shall have a choice" and binds nobody, so nobody can infringe them. Art. 27(4) as
    replaced by Regulation (EU) 2026/1744 ("the deployer may, when conducting the fundamental
    rights impact assessment ..., include cross-references"), Art. 63(1) ("may comply with
    certain elements of the quality management system ... in a simplified manner") and Art.
    72(4) ("providers shall have a choice of integrating"). A permission is listed so that the
    plan shows it, but it is no step of the plan, has no deadline and no fine (Art. 99(1):
    penalties for "infringements")."""

    DUTY = "duty"
    """The text binds the addressee ("shall")."""
    PERMISSION = "permission"
    """The text grants the addressee a way to act ("may", "shall have a choice") and binds
    nobody."""
    LIMITATION = "limitation"
    """The text only narrows another duty and binds nobody: Art. 26(5), first subparagraph,
    "This obligation shall not cover sensitive operational data of deployers of AI systems which
    are law enforcement authorities" (Dutch: "Deze verplichting geldt niet voor gevoelige
    operationele gegevens"), and Art. 72(2), last sentence, alike. The duty it narrows
    (:attr:`Obligation.limits`) still binds and is fined; the limitation itself cannot be
    infringed, so it is, like a permission, no step, no deadline and no fine (round 33, lim33;
    ADR 0051). A text that narrows a duty but still says what is to be done ("are limited to
    disclosure of the existence", Art. 50(4); "shall be limited to ... and shall be made to",
    Art. 73(10)) stays a duty."""

    @property
    def binds(self) -> bool:
        """Whether an entry of this modality binds its addressee (only a duty does)."""
        return self is Modality.DUTY


MODALITY_LABELS: dict[Modality, tuple[str, str]] = pairs(
    {
        Modality.DUTY: N_("obligation"),
        Modality.PERMISSION: N_("permission (not an obligation)"),
        Modality.LIMITATION: N_("limitation of an obligation (not an obligation)"),
    }
)


@dataclass(frozen=True)
class Prerequisite:
    """An obligation that must be met before this one can validly be (reference section 13)."""

    obligation: str
    source: str
    """The provision whose text makes the dependency (the textual anchor)."""
    anchor: str
    """The words of the text that make it, quoted."""
    where_applicable: bool = False
    """The dependency holds only where the prerequisite applies (Annex VIII, Section C, point 4:
    the FRIA summary of Art. 27 goes into the Art. 49(3) registration of a deployer that must
    perform one): it orders the work but does not make the prerequisite a condition."""


CHAPTER_V_ARTICLES: frozenset[str] = frozenset({"51", "52", "53", "54", "55", "56"})
"""The articles of Chapter V of the AI Act (general-purpose AI models), in both versions."""

SECTION_2_ARTICLES: frozenset[str] = frozenset({str(n) for n in range(8, 16)})
"""The articles of Chapter III, Section 2 of the AI Act ("Requirements for high-risk AI
systems", Arts. 8-15), in both versions."""


def _system_compliance_ref(ref: LegalRef) -> bool:
    """The provision states what the AI system itself must be (reading A39=system_only): a
    requirement of Chapter III, Section 2 (Art. 8(1): "High-risk AI systems shall comply with
    the requirements laid down in this Section"), Art. 16(a) ("ensure that their high-risk AI
    systems are compliant with the requirements set out in Section 2"), Art. 16(l) ("ensure that
    the high-risk AI system complies with accessibility requirements"), or Art. 50(1) (systems
    "designed and developed in such a way" that persons are informed) and Art. 50(2) (the
    outputs of the AI system "marked in a machine-readable format")."""
    if ref.act != AI_ACT or ref.article is None:
        return False
    if ref.article in SECTION_2_ARTICLES:
        return True
    if ref.article == "16":
        return ref.point[:1] in (("a",), ("l",))
    return ref.article == "50" and ref.paragraph in ("1", "2")


@dataclass(frozen=True)
class Obligation:
    """One obligation of the Act, split to the paragraph or point where addressee or condition
    differ. ``when`` is a condition over engine predicates (see :mod:`aiact.logic`)."""

    id: str
    source: str
    title_en: str
    title_nl: str
    addressees: tuple[Addressee, ...]
    when: str
    schedule: Schedule
    measure: Measure
    milestone: Milestone
    fine: FineTier
    fine_ref: str | None
    algoritmekader: tuple[str, ...] = ()
    prerequisites: tuple[Prerequisite, ...] = ()
    versions: frozenset[LawVersion] = ALL_VERSIONS
    also_cites: tuple[str, ...] = ()
    summary_en: str = ""
    summary_nl: str = ""
    interpretation: str | None = None
    """The open legal questions whose readings decide the obligation, if any: one code, or
    several joined by commas (``A8,A42``, as :attr:`aiact.ruleset.Rule.interpretation`)."""
    kind: str = "system"
    """``system`` (an AI-system obligation) or ``model`` (a GPAI-model obligation)."""
    trigger: Trigger = Trigger.STANDING
    """Standing, or only once an authority has acted (see :class:`Trigger`)."""
    modality: Modality = Modality.DUTY
    """A duty, a permission or a limitation, the last two binding nobody (see
    :class:`Modality`): the article's wording decides ("shall" against "may", "shall have a
    choice", "This obligation shall not cover")."""
    limits: str | None = None
    """For a limitation (:attr:`Modality.LIMITATION`), and only for one: the id of the duty it
    narrows (``art26_5`` for ``art26_5_law_enforcement``), which the catalogue checks is a duty;
    the plan names it beside the limitation."""

    @property
    def binds(self) -> bool:
        """The entry binds its addressee (a duty): it can be a step of the plan, be due and be
        infringed (Art. 99(1)). Not a permission nor a limitation (:class:`Modality`); every
        consumer that treats an entry as something owed reads this."""
        return self.modality.binds

    @property
    def permission(self) -> bool:
        """The entry grants, not binds (:attr:`Modality.PERMISSION`)."""
        return self.modality is Modality.PERMISSION

    @property
    def limitation(self) -> bool:
        """The entry only narrows another duty, :attr:`limits` (:attr:`Modality.LIMITATION`)."""
        return self.modality is Modality.LIMITATION

    @property
    def readings(self) -> tuple[str, ...]:
        """The codes of :attr:`interpretation`, one by one (``("A8", "A42")``)."""
        from aiact.ruleset import readings_of

        return readings_of(self.interpretation)

    @cached_property
    def ref(self) -> LegalRef:
        return LegalRef.parse(self.source)

    @cached_property
    def chapter_v(self) -> bool:
        """The obligation is laid down in Chapter V ("General-purpose AI models", Arts. 51-56 in
        both versions: Regulation (EU) 2026/1744 inserts no article there), read off its
        ``source``: "The Commission shall have exclusive powers to supervise and enforce Chapter
        V" (Art. 88(1)), so the AI Office's Art. 75c, which reaches the AI systems of Art. 75(1),
        never fines it, and whether a Member State penalises a Chapter V duty that is not a
        provider's (Art. 101(1) fines providers only) is reading A37. ``art41_5_gpai`` is a model
        duty outside Chapter V (Art. 41 is Chapter III, Section 5)."""
        return self.ref.act == AI_ACT and self.ref.article in CHAPTER_V_ARTICLES

    @cached_property
    def system_compliance(self) -> bool:
        """Whether a breach of the obligation is "the non-compliance of the AI system" of Art.
        100(3) under reading A39=system_only (docs/adr/0043-a39-art100-3-scope.md), read off
        its ``source`` and the Art. 16 point it is fined through (``also_cites``): the Section 2
        requirements (Arts. 8-15, through Art. 16(a), the post-market monitoring plan of
        ``art72_3`` included, which Art. 72(3) makes part of the Annex IV technical
        documentation and the catalogue fines through Art. 16(a)), Art. 16(l) and Art. 50(1),
        50(2). Not Art. 50(5) (how the information is given to persons, binding deployers too),
        nor the procedures, registrations, records and cooperation of the provider (Arts.
        16(b)-(k), 17-21, 43-49, 72 but the plan of 72(3), 73), nor the duties of a deployer.
        ``art72_4_financial`` cites the plan's route (Art. 16(a)) and so is in the set."""
        if _system_compliance_ref(self.ref):
            return True
        return any(
            text.startswith("Art. 16,") and _system_compliance_ref(LegalRef.parse(text))
            for text in self.also_cites
        )

    @cached_property
    def refs(self) -> tuple[LegalRef, ...]:
        return (self.ref, *(LegalRef.parse(text) for text in self.also_cites))

    def _repr_html_(self) -> str:
        from aiact.views.display import display_language
        from aiact.views.html import obligation_html

        return obligation_html(self, display_language())

    @property
    def predicate(self) -> str:
        """The engine predicate that says this obligation applies."""
        return f"obligation.{self.id}"

    def applies_to(self, law: LawVersion) -> bool:
        return law in self.versions
