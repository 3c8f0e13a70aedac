"""Fine exposure of an organisation: per obligation and per system (Arts. 75c, 99, 100, 101).

:func:`compute_exposure` takes an :class:`~aiact.facts.Organisation`, the applicable obligations
(each tagged with a :class:`FineTier` and a pinpoint ``fine_ref``), the law version and the date,
and returns a frozen :class:`ExposureReport`. The EU amounts are *ceilings* ("up to"): the fine in a
case is set under Art. 99(7) / 100(1) / 101(1), second subparagraph.

The rules (reference section 14):

* Offender not an undertaking (a natural person acting outside an economic activity): the fixed
  amount only, since the percentage applies "if the offender is an undertaking" (Art. 99(3)-(5)).
* Large undertaking: higher of ``F`` and ``p·T`` (Art. 99(3)-(5)).
* SME, including start-ups within the SME definition (A16): lower of ``F`` and ``p·T`` for all three
  tiers (Art. 99(6)).
* SMC (amended text, from 27 July 2026): Art. 5 stays higher-of; Art. 99(4) and (5) lower-of
  (Art. 99(6a)).
* Union institutions, bodies, offices and agencies: Art. 100(2) EUR 1 500 000 for Art. 5,
  Art. 100(3) EUR 750 000 for any other obligation, including those without an Art. 99 ceiling.
* Providers of general-purpose AI models: Art. 101(1), higher-of, no SME relief (A18), only from
  2 August 2026; before that no fine can be imposed under it.
* Public authorities and bodies: national rules under Art. 99(8) (:mod:`aiact.penalties.national`).
* AI Office competence (Art. 75(1), amended text, from 2 August 2026): Art. 99(3)-(7) apply mutatis
  mutandis (Art. 75c(4)), and any applicable provision is fined at the Art. 99(4) level
  (Art. 75c(4)(a)), so obligations without a national EU ceiling get one (A11).
* Obligations outside Art. 99(3)-(5) before a national authority have **no EU ceiling** (reference
  14.5): they are listed as such, never as zero.
* Chapter V (general-purpose AI models) is the Commission's to supervise and enforce, exclusively
  (Art. 88(1)): the AI Office's Art. 75c, which reaches the AI systems of Art. 75(1), never fines
  a Chapter V duty, and one that is not a provider's (the authorised representative's Art. 54,
  which Art. 101(1) does not fine) has national penalties under Art. 99(1) or none (reading A37).
* Union institutions are fined by the EDPS (Art. 100): EUR 1 500 000 for Art. 5, EUR 750 000
  for "the non-compliance of the AI system with any requirements or obligations" (Art. 100(3)):
  every other duty by default, only the system's own requirements under reading A39.

Unknown facts never default silently: the ceiling is then ``None`` with status ``undetermined``,
a reason, the missing fields, and the bounds that are known (``minimum``: higher-of with unknown
turnover is at least ``F``; ``maximum``: lower-of is at most ``F``).

JSON: the models serialise :class:`~decimal.Decimal` amounts as **strings** of euros
(``"140000000"``, ``"1234.56"``; cents only when present), so no precision is lost; parse them
back with ``Decimal``. Percentages are strings of percent points (``"7"`` means 7 %).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from aiact.facts import Organisation, OrganisationKind, SizeClass
from aiact.interpretations import (
    Art99Paragraph8PublicBodies,
    Art100Paragraph3Scope,
    ModelRepresentativePenalties,
)
from aiact.penalties import parameters as P
from aiact.penalties.money import eur, pct, percent_of
from aiact.penalties.national import NationalPolicy, PublicBodyFines, national_policy
from aiact.penalties.size import (
    SizeAssessment,
    UndertakingBasis,
    _size_key,
    assess_size,
    read_for_fines,
)
from aiact.penalties.tiers import FineTier
from aiact.versions import LawVersion, version_in_force


class Formula(StrEnum):
    """The formula that gives a ceiling."""

    FIXED_AMOUNT = "fixed amount"
    PERCENTAGE = "percentage of turnover"
    HIGHER_OF = "higher of"
    LOWER_OF = "lower of"


class CeilingStatus(StrEnum):
    DETERMINED = "determined"
    """The ceiling is known."""
    UNDETERMINED = "undetermined"
    """Depends on unknown facts or on national law not yet known; see ``reason`` and ``missing``."""
    NO_EU_CEILING = "no_eu_ceiling"
    """EU law sets no ceiling: national penalties (Art. 99(1)). Not zero."""
    NOT_YET_APPLICABLE = "not_yet_applicable"
    """The fine provision does not apply yet on ``as_of``: no fine ceiling exists."""
    NO_FINE = "no_fine"
    """No fine can be imposed: national law excludes fines on a public body (Art. 99(8)), or the
    addressee is not an operator that Art. 99 reaches (reading A36), or the duty is a Chapter V
    duty that only the Commission enforces and does not fine (reading A37), or a Union
    institution's duty that is not the non-compliance of the AI system (reading A39,
    system_only); the ceiling is zero."""


class Reason(StrEnum):
    """Why a ceiling is not simply determined (or what qualifies it)."""

    NATIONAL_LAW = "national_law"
    TURNOVER_UNKNOWN = "turnover_unknown"
    SIZE_UNKNOWN = "size_unknown"
    KIND_UNKNOWN = "kind_unknown"
    MEMBER_STATE_UNKNOWN = "member_state_unknown"
    NATIONAL_POLICY_PENDING = "national_policy_pending"
    NATIONAL_POLICY_UNKNOWN = "national_policy_unknown"
    NATIONAL_NO_FINES = "national_no_fines"
    PENALTIES_NOT_YET_APPLICABLE = "penalties_not_yet_applicable"
    ART_101_NOT_YET_APPLICABLE = "art_101_not_yet_applicable"
    POINT_NOT_IN_VERSION = "point_not_in_version"
    AI_OFFICE_COMPETENCE_UNKNOWN = "ai_office_competence_unknown"
    AI_OFFICE_PUBLIC_BODY = "ai_office_public_body"
    OFFENDER_KIND_UNSETTLED = "offender_kind_unsettled"
    NOT_AN_OPERATOR = "not_an_operator"
    CHAPTER_V_COMMISSION_ONLY = "chapter_v_commission_only"
    """Reading A37=commission_only: a Chapter V duty that is not a provider's is enforced by the
    Commission alone (Art. 88(1)), which fines providers only (Art. 101(1)): no penalty."""
    NOT_SYSTEM_NON_COMPLIANCE = "not_system_non_compliance"
    """Reading A39=system_only: a Union institution's duty that is not "the non-compliance of
    the AI system" (Art. 100(3)): no fine under Art. 100 (and Art. 99 is not the EDPS's)."""


class Offender(StrEnum):
    """What the organisation is for the fine rules."""

    UNDERTAKING = "undertaking"
    NOT_UNDERTAKING = "not_undertaking"
    PUBLIC_BODY = "public_body"
    UNION_INSTITUTION = "union_institution"
    UNSETTLED = "unsettled"
    UNKNOWN = "unknown"


class Regime(StrEnum):
    """Who fines, under which article."""

    NATIONAL = "national"
    """National authorities, Art. 99."""
    AI_OFFICE = "ai_office"
    """The AI Office, Art. 75c (amended text)."""
    EDPS = "edps"
    """The European Data Protection Supervisor, Art. 100."""
    COMMISSION = "commission"
    """The Commission, Art. 101."""


_OFFENDER: dict[OrganisationKind, Offender] = {
    OrganisationKind.PRIVATE_UNDERTAKING: Offender.UNDERTAKING,
    OrganisationKind.PRIVATE_ENTITY_PUBLIC_SERVICES: Offender.UNDERTAKING,
    OrganisationKind.NATURAL_PERSON: Offender.NOT_UNDERTAKING,
    OrganisationKind.PUBLIC_AUTHORITY: Offender.PUBLIC_BODY,
    OrganisationKind.BODY_GOVERNED_BY_PUBLIC_LAW: Offender.PUBLIC_BODY,
    OrganisationKind.UNION_INSTITUTION: Offender.UNION_INSTITUTION,
    OrganisationKind.THIRD_COUNTRY_PUBLIC_AUTHORITY: Offender.UNSETTLED,
    OrganisationKind.INTERNATIONAL_ORGANISATION: Offender.UNSETTLED,
}


def offender_of(
    organisation: Organisation,
    public_bodies: Art99Paragraph8PublicBodies = Art99Paragraph8PublicBodies.PUBLIC_BODY,
) -> Offender:
    """The offender class of ``organisation`` (from ``kind``).

    A natural person is treated as acting outside an economic activity; a sole trader is an
    undertaking and should be given ``kind=private_undertaking``. A body governed by public law
    is a public body of Art. 99(8) under reading A43 ``public_body`` (default), an undertaking
    under ``undertaking`` (ADR 0046).
    """
    if organisation.kind is None:
        return Offender.UNKNOWN
    if (
        organisation.kind is OrganisationKind.BODY_GOVERNED_BY_PUBLIC_LAW
        and public_bodies is Art99Paragraph8PublicBodies.UNDERTAKING
    ):
        return Offender.UNDERTAKING
    return _OFFENDER[organisation.kind]


_Model = ConfigDict(frozen=True, extra="forbid")

_TIER_PREFIX: dict[FineTier, str] = {
    FineTier.ART_99_3: "Art. 99(3)",
    FineTier.ART_99_4: "Art. 99(4)",
    FineTier.ART_99_5: "Art. 99(5)",
    FineTier.ART_101: "Art. 101",
}


class ExposureItem(BaseModel):
    """One applicable obligation and its fine tier, as tagged by the obligation catalogue."""

    model_config = _Model

    obligation_id: str = Field(min_length=1)
    tier: FineTier
    fine_ref: str | None = Field(
        default=None, description="Pinpoint citation of the fine, e.g. 'Art. 99(4)(e)'."
    )
    chapter_v: bool = Field(
        default=False,
        description="The obligation is laid down in Chapter V (Arts. 51-56), which the "
        "Commission has 'exclusive powers to supervise and enforce' (Art. 88(1)): never under "
        "the AI Office's Art. 75c; if not fined under Art. 101, reading A37 decides.",
    )
    system_compliance: bool = Field(
        default=False,
        description="A breach of the obligation is 'the non-compliance of the AI system' (Art. "
        "100(3)) under reading A39=system_only: Arts. 8-15 through Art. 16(a), Art. 16(l), Art. "
        "50(1), 50(2) (Obligation.system_compliance). An item built without its obligation is "
        "taken as not such a breach.",
    )

    @model_validator(mode="after")
    def _ref_matches_tier(self) -> Self:
        prefix = _TIER_PREFIX.get(self.tier)
        if prefix is None or self.fine_ref is None:
            return self
        if not self.fine_ref.startswith(prefix):
            raise ValueError(
                f"fine_ref: {self.fine_ref!r} does not belong to tier {self.tier.value}; "
                f"expected a citation starting with {prefix!r}"
            )
        if (
            self.tier is FineTier.ART_99_4
            and self.fine_ref != prefix
            and P.art_99_4_point(self.fine_ref) is None
        ):
            known = ", ".join(p.citation for p in P.ART_99_4_POINTS)
            raise ValueError(
                f"fine_ref: {self.fine_ref!r} is not a point of Art. 99(4); known: {known}"
            )
        return self


ItemLike = ExposureItem | tuple[str, FineTier, str | None]


class ExposureOptions(BaseModel):
    """Options of :func:`compute_exposure`."""

    model_config = _Model

    undertaking_basis: UndertakingBasis = Field(
        default=UndertakingBasis.GROUP,
        description="A10: 'group' (default, by analogy with CJEU C-383/23 ILVA) or 'entity'.",
    )
    national_policy: NationalPolicy | None = Field(
        default=None, description="A caller's Art. 99(8) policy; None: the built-in registry."
    )
    ai_office_competent: bool | None = Field(
        default=None,
        description="The AI Office supervises the system under Art. 75(1) (Art. 75c; amended "
        "text).",
    )
    art54_representative_penalties: ModelRepresentativePenalties = Field(
        default=ModelRepresentativePenalties.NATIONAL_PENALTIES,
        description="A37: a Chapter V duty not fined under Art. 101 (the Art. 54 tasks of a "
        "model provider's authorised representative) has national penalties under Art. 99(1) "
        "(default, no EU ceiling) or, 'commission_only', none (Art. 88(1), 101(1)).",
    )
    art100_3_scope: Art100Paragraph3Scope = Field(
        default=Art100Paragraph3Scope.ANY_OBLIGATION,
        description="A39: Art. 100(3) fines a Union institution up to EUR 750 000 for any duty "
        "other than Art. 5 (default), or, 'system_only', only for the non-compliance of the AI "
        "system (ExposureItem.system_compliance); its other duties then carry no fine.",
    )
    art99_8_public_bodies: Art99Paragraph8PublicBodies = Field(
        default=Art99Paragraph8PublicBodies.PUBLIC_BODY,
        description="A43: a body governed by public law is a public body whose fines are the "
        "Member State's rule (Art. 99(8); default), or, 'undertaking', an undertaking fined "
        "under Art. 99(3)-(5).",
    )
    near_zero_turnover_eur: Decimal = Field(
        default=Decimal(1_000_000),
        ge=0,
        description="A9: an SME lower-of ceiling computed on a turnover at or below this is "
        "flagged.",
    )


class Flag(BaseModel):
    """An open legal question (reference section 17) that affects this result."""

    model_config = _Model

    code: str = Field(description="The ambiguity, e.g. 'A10'.")
    message: str
    obligation_ids: tuple[str, ...] = ()


class ObligationExposure(BaseModel):
    """The fine ceiling of one obligation for this organisation.

    ``ceiling`` is ``None`` unless the status is ``determined`` or ``no_fine``; ``minimum`` and
    ``maximum`` are the known bounds of the ceiling (both equal to it when determined).
    """

    model_config = _Model

    obligation_id: str
    tier: FineTier = Field(description="The tier as tagged.")
    fine_ref: str | None
    applied_tier: FineTier | None = Field(
        description="The tier whose amounts were used (e.g. NATIONAL_ONLY -> ART_99_4 under Art. "
        "75c(4)(a); ART_99_4 -> NATIONAL_ONLY for point (da) in the original text)."
    )
    regime: Regime | None
    status: CeilingStatus
    ceiling: Decimal | None = Field(description="EUR; None: undetermined or no EU ceiling.")
    minimum: Decimal | None = Field(default=None, description="Known lower bound, EUR.")
    maximum: Decimal | None = Field(default=None, description="Known upper bound, EUR.")
    formula: Formula | None = None
    decided_by: Formula | None = Field(
        default=None, description="Which side of a higher-of/lower-of gave the ceiling."
    )
    reason: Reason | None = None
    explanation: str
    citations: tuple[str, ...] = ()
    fixed_amount_eur: Decimal | None = None
    percentage: Decimal | None = Field(default=None, description="Percent points: 7 means 7 %.")
    turnover_eur: Decimal | None = None
    percentage_amount_eur: Decimal | None = None
    missing: tuple[str, ...] = ()
    flags: tuple[str, ...] = Field(default=(), description="Codes of the ambiguities involved.")


class TierExposure(BaseModel):
    """The obligations of one (tagged) tier and their maximum ceiling."""

    model_config = _Model

    tier: FineTier
    obligation_ids: tuple[str, ...]
    max_ceiling: Decimal | None = Field(description="Max of the known ceilings; None if none.")
    max_minimum: Decimal | None = Field(description="Max of the known lower bounds.")
    undetermined: tuple[str, ...] = ()
    without_eu_ceiling: tuple[str, ...] = ()


class ExposureReport(BaseModel):
    """The fine exposure of one organisation for one system (its applicable obligations)."""

    model_config = _Model

    law: LawVersion
    as_of: dt.date
    offender: Offender
    undertaking_basis: UndertakingBasis
    size: SizeAssessment
    obligations: tuple[ObligationExposure, ...]
    by_tier: tuple[TierExposure, ...]
    max_ceiling: Decimal | None = Field(
        description="The maximum single ceiling among the known ones, EUR (= max of by_tier)."
    )
    max_ceiling_obligations: tuple[str, ...] = ()
    max_minimum: Decimal | None = Field(
        default=None, description="The exposure is at least this (max of the known lower bounds)."
    )
    complete: bool = Field(
        description="Every ceiling is known (no undetermined and no national-only obligation)."
    )
    without_eu_ceiling: tuple[str, ...] = ()
    undetermined: tuple[str, ...] = ()
    not_yet_applicable: tuple[str, ...] = ()
    missing: tuple[str, ...] = Field(
        default=(), description="Facts that would decide open ceilings."
    )
    flags: tuple[Flag, ...] = ()
    not_yet_binding: tuple[str, ...] = Field(
        default=(),
        description="Obligations that apply to the system but bind it only from a later date: "
        "not counted (no one can infringe a duty before it applies, Art. 99(1), 101(1)); see "
        "the exposure profile.",
    )
    binding_undetermined: tuple[str, ...] = Field(
        default=(),
        description="Obligations that apply but whose binding on as_of is undetermined (their "
        "date depends on unknown facts): not counted, reported.",
    )


class ExposurePoint(BaseModel):
    """The exposure from one date on (until the next point of the profile)."""

    model_config = _Model

    date: dt.date
    max_ceiling: Decimal | None = Field(
        description="The maximum single ceiling among the known ones, EUR; None: none."
    )
    max_minimum: Decimal | None = Field(default=None, description="The exposure is at least this.")
    max_ceiling_obligations: tuple[str, ...] = ()
    by_tier: tuple[TierExposure, ...] = ()
    binding: tuple[str, ...] = Field(
        default=(), description="The obligations that bind the system from this date."
    )
    starts_binding: tuple[str, ...] = Field(
        default=(), description="The obligations that start to bind on this date."
    )
    ceiling_changes: tuple[str, ...] = Field(
        default=(),
        description="Obligations already binding whose ceiling changes on this date (a fine "
        "provision starts to apply, e.g. Art. 101 or Art. 75c).",
    )
    undetermined: tuple[str, ...] = ()
    without_eu_ceiling: tuple[str, ...] = ()
    not_yet_applicable: tuple[str, ...] = ()
    binding_undetermined: tuple[str, ...] = Field(
        default=(), description="Obligations whose binding on this date is undetermined."
    )


class ExposureProfile(BaseModel):
    """The exposure over time: ``as_of`` and every later date on which the maximum or the
    breakdown changes, under the law version of the assessment. An obligation counts from the
    date it binds the system (Art. 99(1), 101(1)); dates that depend on unknown facts are
    reported in ``binding_undetermined`` of each point, not guessed."""

    model_config = _Model

    law: LawVersion
    as_of: dt.date
    points: tuple[ExposurePoint, ...]


def fine_change_dates(law: LawVersion) -> tuple[dt.date, ...]:
    """The dates on which a fine provision of ``law`` starts (or stops) to apply: where a
    ceiling may change although no obligation starts to bind."""
    days: set[dt.date] = set()
    for parameter in P.PARAMETERS:
        if law in parameter.versions:
            days.add(parameter.applies_from)
            if parameter.applies_until is not None:
                days.add(parameter.applies_until + dt.timedelta(days=1))
    days.update(p.applies_from for p in P.ART_99_4_POINTS if law in p.versions)
    return tuple(sorted(days))


def exposure_point(
    report: ExposureReport, starts_binding: Sequence[str], previous: ExposureReport | None
) -> ExposurePoint:
    """The profile point of ``report`` (the exposure on its ``as_of``)."""
    changed: tuple[str, ...] = ()
    if previous is not None:
        before = {r.obligation_id: (r.status, r.ceiling, r.minimum) for r in previous.obligations}
        changed = tuple(
            r.obligation_id
            for r in report.obligations
            if r.obligation_id in before
            and before[r.obligation_id] != (r.status, r.ceiling, r.minimum)
        )
    return ExposurePoint(
        date=report.as_of,
        max_ceiling=report.max_ceiling,
        max_minimum=report.max_minimum,
        max_ceiling_obligations=report.max_ceiling_obligations,
        by_tier=report.by_tier,
        binding=tuple(r.obligation_id for r in report.obligations),
        starts_binding=tuple(starts_binding),
        ceiling_changes=changed,
        undetermined=report.undetermined,
        without_eu_ceiling=report.without_eu_ceiling,
        not_yet_applicable=report.not_yet_applicable,
        binding_undetermined=report.binding_undetermined,
    )


# --------------------------------------------------------------------------- computation


class _Ctx(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    organisation: Organisation
    law: LawVersion
    as_of: dt.date
    options: ExposureOptions
    offender: Offender
    size: SizeAssessment
    turnover: Decimal | None
    turnover_field: str


def _result(
    item: ExposureItem,
    status: CeilingStatus,
    explanation: str,
    **fields: Any,
) -> ObligationExposure:
    """Build a row; ``fields`` are ObligationExposure fields (``ceiling``, ``minimum`` ...)."""
    if status in (CeilingStatus.DETERMINED, CeilingStatus.NO_FINE):
        fields["minimum"] = fields["maximum"] = fields["ceiling"]
    data: dict[str, Any] = {
        "obligation_id": item.obligation_id,
        "tier": item.tier,
        "fine_ref": item.fine_ref,
        "applied_tier": item.tier,
        "regime": None,
        "status": status,
        "ceiling": None,
        "explanation": explanation,
    }
    data.update(fields)
    return ObligationExposure.model_validate(data)


def _fixed(
    item: ExposureItem,
    param: P.FineParameter,
    regime: Regime,
    applied: FineTier,
    cites: tuple[str, ...],
    why: str,
    flags: tuple[str, ...] = (),
) -> ObligationExposure:
    amount = param.fixed_amount_eur
    assert amount is not None
    return _result(
        item,
        CeilingStatus.DETERMINED,
        f"{why}: fixed amount {eur(amount)}",
        ceiling=amount,
        formula=Formula.FIXED_AMOUNT,
        decided_by=Formula.FIXED_AMOUNT,
        regime=regime,
        applied_tier=applied,
        citations=cites,
        fixed_amount_eur=amount,
        flags=flags,
    )


def _turnover_based(
    ctx: _Ctx,
    item: ExposureItem,
    param: P.FineParameter,
    relief: bool | None,
    relief_cite: str | None,
    regime: Regime,
    applied: FineTier,
    cites: tuple[str, ...],
    flags: tuple[str, ...],
    size_missing: tuple[str, ...],
) -> ObligationExposure:
    """Higher-of (no relief), lower-of (relief) or undetermined between them."""
    fixed, percentage = param.fixed_amount_eur, param.percentage
    assert fixed is not None and percentage is not None
    if relief is True and relief_cite is not None:
        cites = (*cites, relief_cite)
    common: dict[str, Any] = {
        "regime": regime,
        "applied_tier": applied,
        "citations": cites,
        "fixed_amount_eur": fixed,
        "percentage": percentage,
        "turnover_eur": ctx.turnover,
        "flags": flags,
    }
    rule = {True: Formula.LOWER_OF, False: Formula.HIGHER_OF, None: None}[relief]
    if ctx.turnover is None:
        # Each missing input once, in order (audit15b N4: the group's figures are both).
        missing = tuple(dict.fromkeys((ctx.turnover_field, *size_missing)))
        if relief is False:
            text = (
                f"higher of {eur(fixed)} and {pct(percentage)} of turnover: at least {eur(fixed)}; "
                f"turnover is missing ({ctx.turnover_field})"
            )
            return _result(
                item, CeilingStatus.UNDETERMINED, text, minimum=fixed, formula=rule,
                reason=Reason.TURNOVER_UNKNOWN, missing=missing, **common,
            )  # fmt: skip
        if relief is True:
            text = (
                f"lower of {eur(fixed)} and {pct(percentage)} of turnover: at most {eur(fixed)}; "
                f"turnover is missing ({ctx.turnover_field})"
            )
            return _result(
                item, CeilingStatus.UNDETERMINED, text, maximum=fixed, formula=rule,
                reason=Reason.TURNOVER_UNKNOWN, missing=missing, **common,
            )  # fmt: skip
        text = "size class and turnover unknown: higher-of or lower-of cannot be chosen"
        return _result(
            item, CeilingStatus.UNDETERMINED, text, reason=Reason.SIZE_UNKNOWN,
            missing=missing, **common,
        )  # fmt: skip
    share = percent_of(percentage, ctx.turnover)
    low, high = min(fixed, share), max(fixed, share)
    common["percentage_amount_eur"] = share
    if relief is None and low != high:
        text = (
            f"size class unknown: between {eur(low)} (lower of, SME relief) and {eur(high)} "
            f"(higher of {eur(fixed)} and {pct(percentage)} of {eur(ctx.turnover)})"
        )
        return _result(
            item, CeilingStatus.UNDETERMINED, text, minimum=low, maximum=high,
            reason=Reason.SIZE_UNKNOWN, missing=size_missing, **common,
        )  # fmt: skip
    ceiling = low if relief else high
    decided = Formula.FIXED_AMOUNT if ceiling == fixed else Formula.PERCENTAGE
    word = "lower" if relief else "higher"
    text = (
        f"{word} of {eur(fixed)} and {pct(percentage)} of {eur(ctx.turnover)} "
        f"({eur(share)}) = {eur(ceiling)}"
    )
    return _result(
        item, CeilingStatus.DETERMINED, text, ceiling=ceiling,
        formula=rule or Formula.HIGHER_OF, decided_by=decided, **common,
    )  # fmt: skip


def _size_relief(ctx: _Ctx, tier: FineTier) -> tuple[bool | None, str | None, tuple[str, ...]]:
    """Whether a lower-of relief applies to ``tier`` (Art. 99(6) or 99(6a)), and its citation."""
    sme, smc = ctx.size.sme, ctx.size.smc
    notes: list[str] = []
    sme_relief = sme if tier in P.ART_99_6.relief_for_tiers else False
    smc_in_force = P.ART_99_6A.in_force(ctx.law, ctx.as_of)
    smc_relief: bool | None = (
        smc if smc_in_force and tier in P.ART_99_6A.relief_for_tiers else False
    )
    if smc is True and not smc_in_force:
        notes.append("Art. 99(6a) not in force for this version and date: SMC fined as large")
    if sme_relief is True:
        return True, P.ART_99_6.citation, ()
    if smc_relief is True:
        return True, P.ART_99_6A.citation, ()
    if sme_relief is False and smc_relief is False:
        return False, None, tuple(notes)
    return None, None, tuple(notes)


def _national_only(
    item: ExposureItem,
    why: str,
    reason: Reason,
    cites: tuple[str, ...],
    flags: tuple[str, ...] = ("A11",),
) -> ObligationExposure:
    return _result(
        item,
        CeilingStatus.NO_EU_CEILING,
        why,
        reason=reason,
        regime=Regime.NATIONAL,
        applied_tier=FineTier.NATIONAL_ONLY,
        citations=cites,
        flags=flags,
    )


def _public_body(
    ctx: _Ctx, item: ExposureItem, param: P.FineParameter, cites: tuple[str, ...]
) -> ObligationExposure:
    cites = ("Art. 99(8)", *cites)
    state = ctx.organisation.member_state
    common: dict[str, Any] = {"regime": Regime.NATIONAL, "citations": cites}
    if state is None:
        return _result(
            item, CeilingStatus.UNDETERMINED,
            "public body: Art. 99(8) leaves fines on public bodies to the Member State; "
            "member_state is missing",
            reason=Reason.MEMBER_STATE_UNKNOWN, missing=("member_state",), **common,
        )  # fmt: skip
    policy = national_policy(state, ctx.options.national_policy)
    if policy is None:
        return _result(
            item, CeilingStatus.UNDETERMINED,
            f"public body: no Art. 99(8) rules of {state} are recorded",
            reason=Reason.NATIONAL_POLICY_UNKNOWN, **common,
        )  # fmt: skip
    sources = policy.sources
    if policy.public_bodies is PublicBodyFines.UNDETERMINED:
        return _result(
            item, CeilingStatus.UNDETERMINED, f"public body: {policy.reason}",
            reason=Reason.NATIONAL_POLICY_PENDING, flags=("A17",),
            citations=(*cites, *sources), regime=Regime.NATIONAL,
        )  # fmt: skip
    if policy.public_bodies is PublicBodyFines.NO_FINES:
        return _result(
            item, CeilingStatus.NO_FINE,
            f"public body: {state} does not allow fines on public bodies ({policy.reason})",
            ceiling=Decimal(0), reason=Reason.NATIONAL_NO_FINES, **common,
        )  # fmt: skip
    fixed = param.fixed_amount_eur
    assert fixed is not None
    if policy.public_bodies is PublicBodyFines.CAPPED:
        assert policy.cap_eur is not None
        ceiling = min(policy.cap_eur, fixed)
        text = f"public body: lower of the national cap {eur(policy.cap_eur)} and {eur(fixed)}"
        return _result(
            item, CeilingStatus.DETERMINED, text, ceiling=ceiling, formula=Formula.LOWER_OF,
            decided_by=Formula.FIXED_AMOUNT, fixed_amount_eur=fixed, **common,
        )  # fmt: skip
    return _fixed(
        item, param, Regime.NATIONAL, item.tier, cites,
        f"public body, {state} allows fines up to the EU fixed amounts",
    )  # fmt: skip


def _exposure(ctx: _Ctx, item: ExposureItem) -> ObligationExposure:
    tier = item.tier
    # Art. 101: Commission, providers of general-purpose AI models, from 2 August 2026.
    if tier is FineTier.ART_101:
        if not P.ART_101_1.in_force(ctx.law, ctx.as_of):
            return _result(
                item, CeilingStatus.NOT_YET_APPLICABLE,
                f"Art. 101 applies from {P.ART_101_APPLIES_FROM.isoformat()} (Art. 113, second "
                "paragraph; point (b) of its third paragraph applies Chapter XII earlier 'with the "
                "exception of Article 101'): no fine ceiling before that date",
                reason=Reason.ART_101_NOT_YET_APPLICABLE, regime=Regime.COMMISSION,
                citations=("Art. 101(1)", "Art. 113, second paragraph"),
            )  # fmt: skip
        # A10 reads "undertaking" for fines as the group or the entity (ADR 0007): no note for
        # an offender that is no undertaking, such as a public authority, whose "annual total
        # worldwide turnover" (Art. 101(1)) is its own (audit15b N3).
        a10 = (
            ("A10",)
            if ctx.organisation.part_of_group is not False
            and ctx.offender in (Offender.UNDERTAKING, Offender.UNKNOWN)
            else ()
        )
        a18 = () if ctx.size.sme is False and ctx.size.smc is False else ("A18",)
        flags = (*a10, *a18)
        return _turnover_based(
            ctx, item, P.ART_101_1, False, None, Regime.COMMISSION, tier,
            (item.fine_ref or "Art. 101(1)",), flags, (),
        )  # fmt: skip
    if ctx.as_of < P.CHAPTER_XII_APPLIES_FROM:
        return _result(
            item, CeilingStatus.NOT_YET_APPLICABLE,
            "Chapter XII (penalties) applies from 2025-08-02 (Art. 113, third paragraph, "
            "point (b))",
            reason=Reason.PENALTIES_NOT_YET_APPLICABLE,
            citations=("Art. 113, third paragraph, point (b)",),
        )  # fmt: skip
    applied = tier
    cites: tuple[str, ...] = (item.fine_ref or _TIER_PREFIX.get(tier, "Art. 99(1)"),)
    point_note: str | None = None
    if tier is FineTier.ART_99_4 and item.fine_ref is not None:
        point = P.art_99_4_point(item.fine_ref)
        if point is not None and not point.in_force(ctx.law, ctx.as_of):
            applied = FineTier.NATIONAL_ONLY
            point_note = (
                f"{point.citation} is not in this version on {ctx.as_of.isoformat()} (inserted by "
                "Regulation (EU) 2026/1744)"
            )
            cites = ("Art. 99(1)",)
    if (
        item.chapter_v
        and ctx.options.art54_representative_penalties
        is ModelRepresentativePenalties.COMMISSION_ONLY
    ):
        # Reading A37=commission_only: a Chapter V duty not fined under Art. 101 (returned
        # above), i.e. not a provider's: "The Commission shall have exclusive powers to
        # supervise and enforce Chapter V" (Art. 88(1)) and fines "providers of general-purpose
        # AI models" only (Art. 101(1)); Art. 99(1) applies "In accordance with the terms and
        # conditions laid down in this Regulation". Before the Union institutions: Art. 88(1)
        # leaves the enforcement of Chapter V to no one else, the EDPS (Art. 100) included.
        return _result(
            item, CeilingStatus.NO_FINE,
            "a Chapter V duty that is not a provider's: the Commission alone supervises and "
            "enforces Chapter V (Art. 88(1)) and fines providers of general-purpose AI models "
            "only (Art. 101(1)); no penalty (reading A37, commission_only)",
            ceiling=Decimal(0), reason=Reason.CHAPTER_V_COMMISSION_ONLY,
            applied_tier=FineTier.NO_PENALTY, citations=("Art. 88(1)", "Art. 101(1)"),
            flags=("A37",),
        )  # fmt: skip
    # Union institutions: Art. 100 (EDPS).
    if ctx.offender is Offender.UNION_INSTITUTION:
        if tier is FineTier.ART_99_3:
            return _fixed(
                item, P.ART_100_2, Regime.EDPS, applied, (P.ART_100_2.citation,),
                "Union institution, Art. 5",
            )  # fmt: skip
        if item.system_compliance:
            return _fixed(
                item, P.ART_100_3, Regime.EDPS, applied, (P.ART_100_3.citation,),
                "Union institution, any obligation other than Art. 5",
            )  # fmt: skip
        if ctx.options.art100_3_scope is Art100Paragraph3Scope.SYSTEM_ONLY:
            # Reading A39=system_only: Art. 100(3) fines "the non-compliance of the AI system
            # with any requirements or obligations under this Regulation"; a duty whose object
            # is not the system (its design or output) is the institution's conduct, not the
            # system's non-compliance. Art. 99 is the Member States' and does not reach a Union
            # institution; the EDPS acts as its market surveillance authority (Art. 74(9)).
            return _result(
                item, CeilingStatus.NO_FINE,
                "Union institution: Art. 100(3) fines 'the non-compliance of the AI system', "
                "and this duty is not a requirement of the system (Arts. 8-15, 16(a), 16(l), "
                "50(1)-(2)); no fine under Art. 100 (reading A39, system_only); the EDPS keeps "
                "its powers as market surveillance authority (Art. 74(9))",
                ceiling=Decimal(0), reason=Reason.NOT_SYSTEM_NON_COMPLIANCE,
                applied_tier=FineTier.NO_PENALTY, regime=Regime.EDPS,
                citations=("Art. 100(3)", "Art. 100(1)", "Art. 74(9)"), flags=("A39",),
            )  # fmt: skip
        # Reading A39=any_obligation (default): "any requirements or obligations under this
        # Regulation, other than those laid down in Article 5".
        return _fixed(
            item, P.ART_100_3, Regime.EDPS, applied, (P.ART_100_3.citation,),
            "Union institution, any obligation other than Art. 5 (reading A39, any_obligation)",
            ("A39",),
        )  # fmt: skip
    if tier is FineTier.NO_PENALTY:
        # Reading A36=operators_only: Art. 99(1) reaches infringements "by operators" (both
        # texts); as amended, point (da) fines the "obligations of providers and operators" and
        # the AI Office finds non-compliance of "an operator" (Art. 75c(1)); the supplier here
        # holds no operator role (review32). After the Union institutions: Art. 100(1), (3) has
        # no operator words (review33).
        amended = P.ART_75C_4.in_force(ctx.law, ctx.as_of)
        grounds = (
            "Art. 99(1) lays down penalties for infringements by operators, Art. 99(4)(da) fines "
            "the obligations of providers and operators and the AI Office finds non-compliance "
            "of an operator (Art. 75c(1))"
            if amended
            else "Art. 99(1) lays down penalties for infringements by operators"
        )
        return _result(
            item, CeilingStatus.NO_FINE,
            f"not an operator (Art. 3(8)): {grounds}; no penalty under Art. 99 (reading A36, "
            "operators_only)",
            ceiling=Decimal(0), reason=Reason.NOT_AN_OPERATOR, applied_tier=FineTier.NO_PENALTY,
            citations=(
                ("Art. 99(1)", "Art. 99(4)(da)", "Art. 3(8)", "Art. 75c(1)")
                if amended
                else ("Art. 99(1)", "Art. 3(8)")
            ),
            flags=("A36",),
        )  # fmt: skip
    # AI Office regime (Art. 75c, amended text): "an operator falling within the scope of
    # Article 75(1)" (Art. 75c(1)), i.e. of the AI systems listed there; never a Chapter V duty,
    # which is the Commission's (Art. 88(1); review38).
    regime = Regime.NATIONAL
    if P.ART_75C_4.in_force(ctx.law, ctx.as_of) and not item.chapter_v:
        competent = ctx.options.ai_office_competent
        if competent is True:
            regime = Regime.AI_OFFICE
            if ctx.offender is Offender.PUBLIC_BODY:
                return _result(
                    item, CeilingStatus.UNDETERMINED,
                    "AI Office: Art. 75c(4) applies Art. 99(3)-(7), not 99(8); how far it can "
                    "fine a public body is not settled",
                    reason=Reason.AI_OFFICE_PUBLIC_BODY, regime=regime,
                    citations=("Art. 75c(4)", "Art. 99(8)"),
                )  # fmt: skip
            if applied is FineTier.NATIONAL_ONLY:
                applied = FineTier.ART_99_4
                cites = ("Art. 75c(4)(a)", "Art. 99(4)")
            else:
                cites = ("Art. 75c(4)", *cites)
        elif competent is None and applied is FineTier.NATIONAL_ONLY:
            national: tuple[str, ...] = ("Art. 99(1)",)
            office = "the Art. 99(4) level if the AI Office is competent (Art. 75c(4)(a))"
            if ctx.offender is Offender.PUBLIC_BODY:
                # Both branches as they would be answered: Art. 99(8) before a national
                # authority (as below), and the AI Office's reach to a public body unsettled.
                national = ("Art. 99(1)", "Art. 99(8)")
                office = (
                    "before the AI Office (Art. 75c(4)(a)) how far it can fine a public body is "
                    "not settled; fines on it nationally are the Member State's rule (Art. 99(8))"
                )
            elif ctx.offender is Offender.UNSETTLED:
                office = "before the AI Office (Art. 75c(4)(a)) no EU rule settles its fines"
            return _result(
                item, CeilingStatus.UNDETERMINED,
                f"no EU ceiling before a national authority, but {office}; ai_office_competent "
                "is unknown",
                reason=Reason.AI_OFFICE_COMPETENCE_UNKNOWN, applied_tier=None,
                missing=("ai_office_competent",), flags=("A11",),
                citations=(*national, "Art. 75c(4)(a)"),
            )  # fmt: skip
    if applied is FineTier.NATIONAL_ONLY:
        body = ""
        if ctx.offender is Offender.PUBLIC_BODY:
            # Art. 99(8): to what extent fines may be imposed on a public authority or body
            # established in a Member State is that Member State's rule, for these penalties too.
            # It speaks of "administrative fines" at large (unlike 99(6) and 99(6a), which name
            # the fines of this Article), and only of fines: the warnings and non-monetary
            # measures of Art. 99(1) are not within it (review7).
            cites = (*cites, "Art. 99(8)")
            body = "; to what extent fines may be imposed on a public body is the Member State's "
            body += "rule (Art. 99(8))"
        if item.chapter_v:
            # Reading A37=national_penalties (default): the authorised representative is an
            # operator (Art. 3(8)) and Art. 99(1) reaches infringements "by operators"; Art.
            # 88(1) is read as the Commission's powers over the providers. Not A11's note: the
            # AI Office's Art. 99(4) level (Art. 75c(4)(a)) never reaches a Chapter V duty.
            return _national_only(
                item,
                "not listed in Art. 99(3)-(5) and not fined under Art. 101 (providers only): no "
                "EU fine ceiling; national penalties (Art. 99(1); reading A37, "
                "national_penalties); a Chapter V duty, whose enforcement is the Commission's "
                "(Art. 88(1)), never the AI Office's under Art. 75c" + body,
                Reason.NATIONAL_LAW,
                (*cites, "Art. 88(1)"),
                ("A37",),
            )
        if point_note is not None:
            return _national_only(
                item,
                f"{point_note}: national penalties only{body}",
                Reason.POINT_NOT_IN_VERSION,
                cites,
            )
        return _national_only(
            item,
            "not listed in Art. 99(3)-(5): no EU fine ceiling; national penalties (Art. 99(1))"
            + body,
            Reason.NATIONAL_LAW,
            cites,
        )
    param = P.TIER_PARAMETERS[applied]
    if regime is Regime.NATIONAL and ctx.offender is Offender.PUBLIC_BODY:
        return _public_body(ctx, item, param, cites)
    if ctx.offender is Offender.NOT_UNDERTAKING:
        return _fixed(
            item, param, regime, applied, cites,
            "not an undertaking (the percentage applies only 'if the offender is an undertaking')",
        )  # fmt: skip
    if ctx.offender is Offender.UNSETTLED:
        return _result(
            item, CeilingStatus.UNDETERMINED,
            "third-country public authority or international organisation: no EU rule settles "
            "its fines (Art. 2(4); Art. 99(8) covers bodies established in a Member State)",
            reason=Reason.OFFENDER_KIND_UNSETTLED, regime=regime, applied_tier=applied,
            citations=cites,
        )  # fmt: skip
    if ctx.offender is Offender.UNKNOWN:
        return _result(
            item, CeilingStatus.UNDETERMINED,
            "kind of organisation unknown: undertaking, natural person or public body?",
            reason=Reason.KIND_UNKNOWN, missing=("kind",), regime=regime, applied_tier=applied,
            citations=cites,
        )  # fmt: skip
    relief, relief_cite, notes = _size_relief(ctx, applied)
    codes: list[str] = [] if ctx.organisation.part_of_group is False else ["A10"]
    if (
        relief is True
        and relief_cite == P.ART_99_6.citation
        and ctx.turnover is not None
        and ctx.turnover <= ctx.options.near_zero_turnover_eur
    ):
        codes.append("A9")
    if ctx.organisation.start_up is True:
        codes.append("A16")
    row = _turnover_based(
        ctx, item, param, relief, relief_cite, regime, applied, cites, tuple(codes),
        ctx.size.missing,
    )  # fmt: skip
    if notes:
        row = row.model_copy(update={"explanation": "; ".join((row.explanation, *notes))})
    return row


# --------------------------------------------------------------------------- aggregation


def _max(values: Iterable[Decimal | None]) -> Decimal | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


_FLAG_TEXT = {
    "A9": "SME lower-of on a turnover near zero gives a ceiling near zero; computed literally",
    "A10": "'undertaking' read as {basis}; the other reading changes turnover and size class",
    "A11": "obligations outside Art. 99(3)-(5) have no EU ceiling before a national authority, "
    "but the Art. 99(4) level before the AI Office (Art. 75c(4)(a))",
    # A11 as it reads for the organisation and the day (note_key): Art. 75c(4) applies Art.
    # 99(3) to (7) "mutatis mutandis" to the AI Office, not Art. 99(8), so for a public
    # authority or body the Art. 99(4) level is not promised (as its rows say since review7).
    "A11.public_body": "obligations outside Art. 99(3)-(5) have no EU ceiling before a national "
    "authority, and to what extent fines may be imposed on a public authority or body is the "
    "Member State's rule (Art. 99(8)); before the AI Office, Art. 75c(4) applies Art. 99(3)-(7), "
    "not Art. 99(8), so how far it can fine a public authority or body is not settled",
    "A11.unsettled": "obligations outside Art. 99(3)-(5) have no EU ceiling before a national "
    "authority, and no EU rule settles the fines of a third-country public authority or an "
    "international organisation before the AI Office (Art. 75c(4); Art. 99(8) covers bodies "
    "established in a Member State)",
    "A11.national": "obligations outside Art. 99(3)-(5) have no EU ceiling: national penalties "
    "(Art. 99(1)); the AI Office's fines (Art. 75c(4)) do not apply under this version of the Act "
    "on this date",
    "A11.national.public_body": "obligations outside Art. 99(3)-(5) have no EU ceiling: "
    "national penalties (Art. 99(1)), and to what extent fines may be imposed on a public "
    "authority or body is the Member State's rule (Art. 99(8)); the AI Office's fines (Art. "
    "75c(4)) do not apply under this version of the Act on this date",
    "A16": "a start-up gets the Art. 99(6) relief only within the SME definition",
    "A17": "national Art. 99(8) rules for public bodies unknown (implementation act pending)",
    "A18": "Art. 101 has no SME or SMC relief: higher-of for every GPAI provider",
    "A36": "reading A36 (operators_only): a supplier that is not an operator (Art. 3(8)) is not "
    "fined under Art. 99, neither nationally (Art. 99(1): 'by operators') nor by the AI Office "
    "(Art. 75c(1))",
    "A37": "a Chapter V duty that is not a provider's (the Art. 54 tasks of a general-purpose AI "
    "model provider's authorised representative): the Commission has exclusive powers to "
    "supervise and enforce Chapter V (Art. 88(1)) and fines providers only (Art. 101(1)); by "
    "default (reading A37, national_penalties) the Member States' penalties of Art. 99(1) apply "
    "to it as an operator's infringement (Art. 3(8)), with no EU ceiling; under commission_only "
    "there is no penalty",
    "A39": "a Union institution's duty that is not a requirement of the AI system itself (Arts. "
    "8-15, 16(a), 16(l), 50(1)-(2)): Art. 100(3) fines 'the non-compliance of the AI system "
    "with any requirements or obligations under this Regulation'; by default (reading A39, "
    "any_obligation) every duty other than Art. 5 is fined up to EUR 750 000; under "
    "system_only there is no fine under Art. 100",
    "A43": "a body governed by public law: by default (reading A43) one of the 'public "
    "authorities and bodies' of Art. 99(8), whose fines are the Member State's rule; under the "
    "other reading an undertaking, fined under Art. 99(3)-(5) with the percentage of its "
    "turnover",
    "A36.national": "reading A36 (operators_only): a supplier that is not an operator (Art. 3(8)) "
    "is not fined under Art. 99 (Art. 99(1): 'by operators')",
}


def note_key(code: str, offender: Offender, law: LawVersion, as_of: dt.date) -> str:
    """The key of a fine note's text in ``_FLAG_TEXT`` (and of its translation, context
    ``fine-note``) for the organisation and the day: the note of A11 names the AI Office's
    Art. 99(4) level (Art. 75c(4)(a)) only where Art. 75c(4) applies on the day, and for a
    public authority or body (Art. 99(8)) or a third-country authority or international
    organisation it says what holds for them instead; the note of A36 names the AI Office only
    where Art. 75c applies. Other codes are their own key."""
    if code == "A36":
        return "A36" if P.ART_75C_4.in_force(law, as_of) else "A36.national"
    if code != "A11":
        return code
    in_force = P.ART_75C_4.in_force(law, as_of)
    if offender is Offender.PUBLIC_BODY:
        return "A11.public_body" if in_force else "A11.national.public_body"
    if not in_force:
        return "A11.national"
    if offender is Offender.UNSETTLED:
        return "A11.unsettled"
    return "A11"


_TIERS: tuple[FineTier, ...] = tuple(FineTier)


def _report(
    ctx: _Ctx,
    rows: Sequence[ObligationExposure],
    not_yet_binding: tuple[str, ...] = (),
    binding_undetermined: tuple[str, ...] = (),
) -> ExposureReport:
    if not rows:
        # No obligation binds on the day (most assessments): the totals of _report_of are empty,
        # and the one flag that does not come from a row is A16's (a test holds this to the
        # general path).
        return ExposureReport(
            law=ctx.law,
            as_of=ctx.as_of,
            offender=ctx.offender,
            undertaking_basis=ctx.options.undertaking_basis,
            size=ctx.size,
            obligations=(),
            by_tier=(),
            max_ceiling=None,
            max_ceiling_obligations=(),
            max_minimum=None,
            complete=True,
            without_eu_ceiling=(),
            undetermined=(),
            not_yet_applicable=(),
            missing=(),
            flags=_flags(ctx, {"A16": []}) if ctx.size.start_up_outside_sme else (),
            not_yet_binding=not_yet_binding,
            binding_undetermined=binding_undetermined,
        )
    return _report_of(ctx, rows, not_yet_binding, binding_undetermined)


def _report_of(
    ctx: _Ctx,
    rows: Sequence[ObligationExposure],
    not_yet_binding: tuple[str, ...],
    binding_undetermined: tuple[str, ...],
) -> ExposureReport:
    """:func:`_report` over any rows, empty or not."""
    by_tier: list[TierExposure] = []
    grouped: dict[FineTier, list[ObligationExposure]] = {}
    for row in rows:
        grouped.setdefault(row.tier, []).append(row)
    for tier in _TIERS:
        members = grouped.get(tier)
        if not members:
            continue
        by_tier.append(
            TierExposure(
                tier=tier,
                obligation_ids=tuple(r.obligation_id for r in members),
                max_ceiling=_max(r.ceiling for r in members),
                max_minimum=_max(r.minimum for r in members),
                undetermined=tuple(
                    r.obligation_id for r in members if r.status is CeilingStatus.UNDETERMINED
                ),
                without_eu_ceiling=tuple(
                    r.obligation_id for r in members if r.status is CeilingStatus.NO_EU_CEILING
                ),
            )
        )
    top = _max(t.max_ceiling for t in by_tier)
    codes: dict[str, list[str]] = {}
    for row in rows:
        for code in row.flags:
            codes.setdefault(code, []).append(row.obligation_id)
    if ctx.size.start_up_outside_sme and "A16" not in codes:
        codes["A16"] = []
    flags = _flags(ctx, codes)
    undetermined = tuple(r.obligation_id for r in rows if r.status is CeilingStatus.UNDETERMINED)
    national = tuple(r.obligation_id for r in rows if r.status is CeilingStatus.NO_EU_CEILING)
    missing = sorted({m for r in rows for m in r.missing})
    return ExposureReport(
        law=ctx.law,
        as_of=ctx.as_of,
        offender=ctx.offender,
        undertaking_basis=ctx.options.undertaking_basis,
        size=ctx.size,
        obligations=tuple(rows),
        by_tier=tuple(by_tier),
        max_ceiling=top,
        max_ceiling_obligations=tuple(
            r.obligation_id for r in rows if top is not None and r.ceiling == top
        ),
        max_minimum=_max(r.minimum for r in rows),
        complete=not undetermined and not national,
        without_eu_ceiling=national,
        undetermined=undetermined,
        not_yet_applicable=tuple(
            r.obligation_id for r in rows if r.status is CeilingStatus.NOT_YET_APPLICABLE
        ),
        missing=tuple(missing),
        flags=flags,
        not_yet_binding=not_yet_binding,
        binding_undetermined=binding_undetermined,
    )


def _flags(ctx: _Ctx, codes: dict[str, list[str]]) -> tuple[Flag, ...]:
    """The report's flags: each code (``A16``) with the obligations it concerns, in code
    order."""
    return tuple(
        Flag(
            code=code,
            message=_FLAG_TEXT[note_key(code, ctx.offender, ctx.law, ctx.as_of)].format(
                basis=ctx.options.undertaking_basis.value
            ),
            obligation_ids=tuple(ids),
        )
        for code, ids in sorted(codes.items(), key=lambda kv: int(kv[0][1:]))
    )


def _as_item(item: ItemLike) -> ExposureItem:
    if isinstance(item, ExposureItem):
        return item
    obligation_id, tier, fine_ref = item
    return ExposureItem(obligation_id=obligation_id, tier=FineTier(tier), fine_ref=fine_ref)


def _context(
    organisation: Organisation,
    as_of: dt.date,
    law: LawVersion | None,
    options: ExposureOptions | None,
) -> _Ctx:
    """What every row of :func:`compute_exposure` reads besides its item."""
    options = options or ExposureOptions()
    law = law if law is not None else version_in_force(as_of)
    size = assess_size(organisation, options.undertaking_basis)
    figures = size.figures  # figures_for(organisation, options.undertaking_basis)
    turnover_field = figures.field("annual_turnover_eur")
    if figures.source.value == "group" and organisation.group is None:
        turnover_field = "group"
    return _Ctx(
        organisation=organisation,
        law=law,
        as_of=as_of,
        options=options,
        offender=offender_of(organisation, options.art99_8_public_bodies),
        size=size,
        turnover=figures.annual_turnover_eur,
        turnover_field=turnover_field,
    )


SHARE_ROWS = True
"""Whether :func:`compute_exposure` computes the row of each (fine tier, pinpoint citation)
once and copies it for the other obligations with them (the same rows; False: every row
computed, for the property test that holds the two together)."""


def compute_exposure(
    organisation: Organisation,
    items: Iterable[ItemLike],
    *,
    as_of: dt.date,
    law: LawVersion | None = None,
    options: ExposureOptions | None = None,
    not_yet_binding: Iterable[str] = (),
    binding_undetermined: Iterable[str] = (),
) -> ExposureReport:
    """The fine exposure of ``organisation`` for ``items`` on ``as_of``.

    ``not_yet_binding`` and ``binding_undetermined``: obligations that apply but do not (or may
    not) bind on ``as_of`` and so are not among ``items``; they are reported as such.

    ``items``: :class:`ExposureItem` or ``(obligation_id, tier, fine_ref)`` tuples. ``law``: the
    version to apply; ``None`` picks the version in force on ``as_of`` (a named version is a
    counterfactual). Amounts are Decimal EUR; in JSON they are strings.
    """
    ctx = _context(organisation, as_of, law, options)
    rows: list[ObligationExposure] = []
    for row in _rows(ctx, items, SHARE_ROWS):
        if ctx.organisation.kind is OrganisationKind.BODY_GOVERNED_BY_PUBLIC_LAW and (
            (
                row.regime in (Regime.NATIONAL, Regime.AI_OFFICE)
                or row.reason is Reason.AI_OFFICE_COMPETENCE_UNKNOWN
            )
            and "A43" not in row.flags
        ):
            # Reading A43 (ADR 0046): whether a body governed by public law is a public body
            # of Art. 99(8) or an undertaking decides each of its national rows, and the rows
            # whose regime (national or the AI Office, Art. 75c(4)) is not known (review57 D1).
            row = row.model_copy(update={"flags": (*row.flags, "A43")})
        rows.append(row)
    seen: set[str] = set()
    for row in rows:
        if row.obligation_id in seen:
            raise ValueError(f"items: obligation {row.obligation_id!r} is listed twice")
        seen.add(row.obligation_id)
    return _report(ctx, rows, tuple(not_yet_binding), tuple(binding_undetermined))


_RowKind = tuple[FineTier, str | None, bool, bool]


def _row_kind(item: ExposureItem) -> _RowKind:
    """What of an item its row depends on besides the context (:func:`_rows`): its fine tier,
    pinpoint citation, chapter (Chapter V or not) and whether its breach is the AI system's own
    non-compliance."""
    return (item.tier, item.fine_ref, item.chapter_v, item.system_compliance)


def _rows(ctx: _Ctx, items: Iterable[ItemLike], share: bool) -> list[ObligationExposure]:
    """The row of each item in ``ctx``, in order, before the flags of the whole report.

    A row is a function of the context and the item's fine tier, pinpoint citation and chapter
    (Chapter V or not, Art. 88(1), reading A37) and whether its breach is the AI system's own
    non-compliance (Art. 100(3), reading A39); of the obligation only its id is copied into it
    (``_result``). The obligations share a few tiers and citations (36 rows of 5 or 6 kinds),
    so with ``share`` each kind is computed once and copied with the other ids (round 14: the
    rows were most of the time of a ``full`` view)."""
    rows: list[ObligationExposure] = []
    made: dict[_RowKind, ObligationExposure] = {}
    for entry in items:
        item = _as_item(entry)
        key = _row_kind(item)
        row = made.get(key) if share else None
        if row is None:
            row = made[key] = _exposure(ctx, item)
        elif row.obligation_id != item.obligation_id:
            row = row.model_copy(update={"obligation_id": item.obligation_id})
        rows.append(row)
    return rows


# --------------------------------------------------------------------------- what decides it

FLAG_ONLY: frozenset[str] = frozenset({"start_up"})
"""Fields of the organisation that the rows read for a flag only, never for a status, ceiling,
bound or missing fact: ``start_up`` notes A16 ("SMEs, including start-ups", Art. 99(6)), but a
start-up is an SME only within the SME definition, so the relief follows the size alone
(:mod:`aiact.penalties.size`)."""


class _ReadOrganisation:
    """An organisation whose fields read are noted (by name)."""

    def __init__(self, organisation: Organisation, read: set[str]) -> None:
        self._organisation = organisation
        self._read = read

    def __getattr__(self, name: str) -> Any:
        self._read.add(name)
        return getattr(self._organisation, name)


READ_FOR_FINES = True
"""Round 34: whether :class:`_ReadCtx` notes, for the size and the turnover, only the fields on
which what the rows read of them depends (:func:`aiact.penalties.size.read_for_fines`: a
known headcount above a ceiling leaves the balance sheet unread; ``part_of_group`` false, the
group's figures) rather than every field :func:`assess_size` may read (its cache key). The
interview asked about the balance sheet and the group of a large organisation that is in no
group, and could not prove that nothing was left to ask (benchmark states 7615, 9361: 63 ms).
False: the cache key, as before."""


class _ReadCtx:
    """A row's context whose reads are noted as the organisation's fields they come from: the
    offender is the organisation's ``kind`` (:func:`offender_of`); the size and the figures
    (``size``, ``turnover``, ``turnover_field``) are what :func:`aiact.penalties.size.
    read_for_fines` reads (:data:`READ_FOR_FINES`; else :func:`assess_size`'s cache key)."""

    def __init__(self, ctx: _Ctx, read: set[str]) -> None:
        self._ctx = ctx
        self._read = read
        self.organisation = _ReadOrganisation(ctx.organisation, read)

    def __getattr__(self, name: str) -> Any:
        if name == "offender":
            self._read.add("kind")
        elif name in ("size", "turnover", "turnover_field"):
            basis = self._ctx.options.undertaking_basis
            if READ_FOR_FINES:
                read_for_fines(self.organisation, basis, size=name == "size")  # type: ignore[arg-type]
            else:
                _size_key(self.organisation, basis)  # type: ignore[arg-type]
        return getattr(self._ctx, name)


class _Traced:
    """An object whose attributes read are noted (``prefix`` + name) with their values."""

    def __init__(self, inner: Any, prefix: str, read: dict[str, Any]) -> None:
        self._inner = inner
        self._prefix = prefix
        self._read = read

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._inner, name)
        self._read[self._prefix + name] = value
        return value


class _TracedCtx:
    """A row's context whose reads are noted by name with their values: the context's own
    attributes (``turnover``, ``offender``, ...), and the attributes read of the organisation
    (``organisation.member_state``) and of the size assessment (``size.sme``), not the whole
    of either (round 17: :func:`exposure_rows_traced`)."""

    def __init__(self, ctx: _Ctx, read: dict[str, Any]) -> None:
        self._ctx = ctx
        self._read = read
        self.organisation = _Traced(ctx.organisation, "organisation.", read)
        self.size = _Traced(ctx.size, "size.", read)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._ctx, name)
        self._read[name] = value
        return value


ExposureRows = tuple[Decimal | None, tuple[tuple[str, str, Decimal | None], ...], tuple[str, ...]]
"""What the interview's view of the goal ``full`` reads of an exposure report: the maximum
ceiling, each obligation's id, status and ceiling, and the missing facts (:func:`rows_part`)."""


def rows_part(report: ExposureReport) -> ExposureRows:
    """The :data:`ExposureRows` of a report: a function of its rows alone (``_report_of``: the
    maximum of the tiers' maxima is the maximum of the rows' ceilings; the missing facts are
    the rows')."""
    return (
        report.max_ceiling,
        tuple((o.obligation_id, o.status.value, o.ceiling) for o in report.obligations),
        report.missing,
    )


def exposure_rows_traced(
    organisation: Organisation,
    items: Iterable[ItemLike],
    *,
    as_of: dt.date,
    law: LawVersion | None = None,
    options: ExposureOptions | None = None,
    context: _Ctx | None = None,
) -> tuple[ExposureRows, tuple[tuple[str, Any], ...]]:
    """The :data:`ExposureRows` of :func:`compute_exposure` (the same rows, computed as it
    computes them), with what the rows read of their context, by name and value
    (:class:`_TracedCtx`). A row is a function of its item, the law, the day, the options and
    what it reads of the context; so, for the same items, law, day and options, another
    organisation whose context gives the same value at every name read has the same rows
    (:func:`exposure_reads_hold`; round 17). ``context``: :func:`exposure_context`'s for the
    same arguments, where given (round 22)."""
    ctx = context if context is not None else _context(organisation, as_of, law, options)
    read: dict[str, Any] = {}
    if not ROWS_DIRECT:
        rows = _rows(_TracedCtx(ctx, read), items, True)  # type: ignore[arg-type]
        return rows_part(_report(ctx, rows)), tuple(read.items())
    traced = _TracedCtx(ctx, read)
    made: dict[tuple[FineTier, str | None, bool, bool], ObligationExposure] = {}
    parts: list[tuple[str, str, Decimal | None]] = []
    missing: set[str] = set()
    for entry in items:
        item = _as_item(entry)
        key = (item.tier, item.fine_ref, item.chapter_v, item.system_compliance)
        row = made.get(key)
        if row is None:
            row = made[key] = _exposure(traced, item)  # type: ignore[arg-type]
            missing.update(row.missing)
        parts.append((item.obligation_id, row.status.value, row.ceiling))
    return (
        _max(part[2] for part in parts),
        tuple(parts),
        tuple(sorted(missing)),
    ), tuple(read.items())


ROWS_DIRECT = True
"""Round 23: whether :func:`exposure_rows_traced` builds the :data:`ExposureRows` from the row
of each kind (fine tier, pinpoint citation, chapter, the system's own non-compliance: what a
row reads of its item besides the id, :func:`_rows`) directly: each obligation's id with its
kind's status and ceiling, the greatest ceiling and the missing facts of the rows (as
:func:`rows_part` reads them off :func:`_report_of`: the maximum of the tiers' maxima is the
maximum of the rows' ceilings, the missing facts are the rows', sorted), without copying each
row with its obligation's id or building the report. The same rows and the same names read
(a test holds the two together; False: through ``_rows`` and ``_report``, as before)."""


def exposure_context(
    organisation: Organisation,
    *,
    as_of: dt.date,
    law: LawVersion | None = None,
    options: ExposureOptions | None = None,
) -> _Ctx:
    """What every row reads besides its item, for ``organisation`` on ``as_of`` under ``law``
    and ``options``: given to :func:`exposure_reads_hold` and :func:`exposure_rows_traced` as
    ``context`` (round 22: computed once where both are called for one organisation; the
    same value either computes without it)."""
    return _context(organisation, as_of, law, options)


def exposure_reads_hold(
    organisation: Organisation,
    reads: Sequence[Sequence[tuple[str, Any]]],
    *,
    as_of: dt.date,
    law: LawVersion | None = None,
    options: ExposureOptions | None = None,
    context: _Ctx | None = None,
) -> int | None:
    """The first of ``reads`` (each as :func:`exposure_rows_traced` gives them) at each of whose
    names ``organisation``'s context (on ``as_of``, under ``law`` and ``options``; ``context``
    where given: :func:`exposure_context`'s) has the same value, by its position; None where
    there is none."""
    if not reads:
        return None
    ctx = context if context is not None else _context(organisation, as_of, law, options)
    # Each name's value read once for every set of reads (round 23, :data:`ROWS_DIRECT`).
    seen: dict[str, Any] | None = {} if ROWS_DIRECT else None
    for position, names in enumerate(reads):
        for name, value in names:
            found = _MISSING_NAME if seen is None else seen.get(name, _MISSING_NAME)
            if found is _MISSING_NAME:
                head, _, tail = name.partition(".")
                found = getattr(getattr(ctx, head), tail) if tail else getattr(ctx, head)
                if seen is not None:
                    seen[name] = found
            if READS_SAME and found is value:
                continue  # the same object (the options, the law, the day of one key)
            if found != value or type(found) is not type(value):
                break
        else:
            return position
    return None


READS_SAME = True
"""Round 24: whether :func:`exposure_reads_hold` takes a value read that is the very object kept
(the exposure options, shared by the Assessments of one reading, whose pydantic comparison
costs ~4 µs for each set of reads kept; the law and the day) as holding without comparing it.
The values the rows read (the day, law, options, offender, size flags, the organisation's
fields, the turnover) are each equal to themselves (no NaN: the models accept finite amounts
only), so the same reads hold (False: every value compared)."""


_MISSING_NAME = object()


class _AssignedCtx:
    """A row's context that gives the values ``assigned`` at the names it holds (``offender``,
    ``size.sme``, ``organisation.kind``, named as :class:`_TracedCtx` names them) and the
    context's own values at the others, noting every name read in order
    (:func:`exposure_rows_kept`)."""

    def __init__(self, ctx: _Ctx, assigned: Mapping[str, Any], order: list[str]) -> None:
        self._ctx = ctx
        self._assigned = assigned
        self._order = order
        self.organisation = _Assigned(ctx.organisation, "organisation.", assigned, order)
        self.size = _Assigned(ctx.size, "size.", assigned, order)

    def __getattr__(self, name: str) -> Any:
        self._order.append(name)
        if name in self._assigned:
            return self._assigned[name]
        return getattr(self._ctx, name)


class _Assigned:
    """An object whose attributes read are noted (``prefix`` + name) and given the values
    ``assigned`` holds for them (else its own)."""

    def __init__(
        self, inner: Any, prefix: str, assigned: Mapping[str, Any], order: list[str]
    ) -> None:
        self._inner = inner
        self._prefix = prefix
        self._assigned = assigned
        self._order = order

    def __getattr__(self, name: str) -> Any:
        key = self._prefix + name
        self._order.append(key)
        if key in self._assigned:
            return self._assigned[key]
        return getattr(self._inner, name)


def exposure_rows_kept(
    organisation: Organisation,
    items: Sequence[ItemLike],
    domain: Callable[[str], tuple[Any, ...] | None],
    *,
    as_of: dt.date,
    law: LawVersion | None = None,
    options: ExposureOptions | None = None,
    budget: int = 64,
) -> bool:
    """Whether the :data:`ExposureRows` of ``items`` are ``organisation``'s for every context
    in which each name the rows read (as :class:`_TracedCtx` names them: ``offender``,
    ``size.sme``, ``organisation.kind``, ``turnover`` ...) takes one of the values
    ``domain(name)`` gives (None: the name keeps ``organisation``'s value; an empty tuple: it
    may take values not known here, so not shown), each name independently of the others
    (round 18: the interview's proof that no answers about the organisation change the fines,
    :func:`aiact.questions.relevance._stuck`).

    A row is a function of its item, the law, the day, the options and what it reads of the
    context (the premise of :func:`exposure_rows_traced`); the rows part of a report is a
    function of its rows (:func:`rows_part`). So the rows are computed on a context that gives
    the values assigned so far, noting the names read in order, and followed as a tree: the
    first name read that may vary and is not yet assigned is given each value of its domain in
    turn. Every context within the domains reads the names along one path of the tree with the
    same values, so its rows are that path's leaf's. False where a leaf's rows differ, a name
    read may take values not known, or more than ``budget`` rows are computed."""
    ctx = _context(organisation, as_of, law, options)
    listed = [_as_item(item) for item in items]
    before = rows_part(_report(ctx, _rows(ctx, listed, True)))
    left = [budget]

    def kept(assigned: dict[str, Any]) -> bool:
        left[0] -= 1
        if left[0] < 0:
            return False
        order: list[str] = []
        rows = _rows(_AssignedCtx(ctx, assigned, order), listed, True)  # type: ignore[arg-type]
        if rows_part(_report(ctx, rows)) != before:
            return False
        for name in order:
            if name in assigned:
                continue
            values = domain(name)
            if values is None:
                continue
            if not values:
                return False
            return all(kept({**assigned, name: value}) for value in values)
        return True

    return kept({})


def organisation_reads(
    organisation: Organisation,
    items: Iterable[ItemLike],
    *,
    as_of: dt.date,
    law: LawVersion | None = None,
    options: ExposureOptions | None = None,
) -> frozenset[str]:
    """The fields of ``organisation`` (``kind``, ``group.headcount``) that are unknown and that
    the exposure of ``items`` on ``as_of`` reads to set a row's status, ceiling, bounds or
    missing facts: the offender (Art. 99(3)-(5): "if the offender is an undertaking"; Art.
    99(8) public bodies; Art. 100 Union institutions), the Member State (Art. 99(8)), the
    figures and the size (Art. 99(3)-(6a), Art. 101(1)). An unknown field the exposure does not
    read cannot change it, so an answer about the organisation that changes no rule input
    changes the exposure only through these (the interview's candidates for the goal ``full``,
    :func:`aiact.questions.goals.open_outside_rules`). Read off a run of the rows (not of the
    report's totals: these read only the rows, and the flags, which :data:`FLAG_ONLY` names,
    decide nothing else), so a field is named exactly where the rows computed consult it: with
    no obligation binding, or before the penalties apply, none. ``group`` stands for every
    group figure while the group's figures are not given."""
    read: set[str] = set()
    ctx = _context(organisation, as_of, law, options)
    recording = _ReadCtx(ctx, read)
    # A row is a function of the context and its item's kind (:func:`_rows`), so what it reads
    # is too: each kind is run once (round 34; 33 duties of 5 or 6 kinds).
    kinds: set[_RowKind] = set()
    for entry in items:
        item = _as_item(entry)
        kind = _row_kind(item)
        if kind in kinds:
            continue
        kinds.add(kind)
        _exposure(recording, item)  # type: ignore[arg-type]
    out: set[str] = set()
    for name in read - FLAG_ONLY:
        value = getattr(organisation, name)
        if name == "group" and value is not None:
            out.update(f"group.{n}" for n, v in value if v is None)
        elif value is None:
            out.add(name)
    return frozenset(out)


__all__ = [
    "CeilingStatus",
    "ExposureItem",
    "ExposureOptions",
    "ExposurePoint",
    "ExposureProfile",
    "ExposureReport",
    "Flag",
    "Formula",
    "ItemLike",
    "ObligationExposure",
    "Offender",
    "Reason",
    "Regime",
    "SizeClass",
    "TierExposure",
    "compute_exposure",
    "exposure_point",
    "exposure_reads_hold",
    "exposure_rows_traced",
    "fine_change_dates",
    "offender_of",
    "organisation_reads",
]
