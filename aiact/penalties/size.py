"""Size class of an undertaking for the fine reliefs of Art. 99(6) and Art. 99(6a).

* SME (micro, small, medium): Art. 2 of the Annex to Recommendation 2003/361/EC, to which
  Art. 3(14a) (amended text) refers: fewer than 250 persons and an annual turnover not exceeding
  EUR 50 million or a balance-sheet total not exceeding EUR 43 million; small: fewer than 50 and
  turnover or balance sheet not exceeding EUR 10 million; micro: fewer than 10 and EUR 2 million.
* SMC (small mid-cap): point (2) of the Annex to Recommendation (EU) 2025/1099, to which
  Art. 3(14b) refers: not an SME, fewer than 750 persons and a turnover not exceeding
  EUR 150 million or a balance-sheet total not exceeding EUR 129 million.

The "undertaking" (reference 14.6, ambiguity A10) is read as the group by default, by analogy with
CJEU C-383/23 *ILVA* (13 February 2025) for the GDPR fines; ``undertaking_basis="entity"`` uses the
organisation's own figures. Recommendation 2003/361/EC itself aggregates partner and linked
enterprises (Annex, Arts. 3 and 6), which the group figures stand in for.

An explicit ``Organisation.size_class`` wins over the figures (a disagreement is noted). Unknown
figures give an undetermined size that names the missing fields. A start-up counts as an SME only
within the SME definition (ambiguity A16): ``start_up`` alone never grants the Art. 99(6) relief.
Not modelled: the two-consecutive-years rule of Art. 4(2) of the Recommendations' Annexes.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

from aiact.facts import Organisation, SizeClass


class UndertakingBasis(StrEnum):
    """Whose figures are the undertaking's (ambiguity A10)."""

    GROUP = "group"
    """Default: the economic unit (group), by analogy with CJEU C-383/23 ILVA."""
    ENTITY = "entity"
    """The organisation's own figures only."""


class FiguresSource(StrEnum):
    ENTITY = "entity"
    GROUP = "group"


class SizeThreshold(BaseModel):
    """A ceiling of a size class: fewer than ``headcount_below`` persons, and a turnover not
    exceeding ``turnover_eur`` or a balance-sheet total not exceeding ``balance_sheet_eur``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    size_class: SizeClass
    headcount_below: int
    turnover_eur: Decimal
    balance_sheet_eur: Decimal
    citation: str


_M = Decimal(1_000_000)

#: The ceilings in ascending order; each class contains the smaller ones.
THRESHOLDS: tuple[SizeThreshold, ...] = (
    SizeThreshold(
        size_class=SizeClass.MICRO,
        headcount_below=10,
        turnover_eur=2 * _M,
        balance_sheet_eur=2 * _M,
        citation="Recommendation 2003/361/EC, Annex, Art. 2(3)",
    ),
    SizeThreshold(
        size_class=SizeClass.SMALL,
        headcount_below=50,
        turnover_eur=10 * _M,
        balance_sheet_eur=10 * _M,
        citation="Recommendation 2003/361/EC, Annex, Art. 2(2)",
    ),
    SizeThreshold(
        size_class=SizeClass.MEDIUM,
        headcount_below=250,
        turnover_eur=50 * _M,
        balance_sheet_eur=43 * _M,
        citation="Recommendation 2003/361/EC, Annex, Art. 2(1)",
    ),
    SizeThreshold(
        size_class=SizeClass.SMALL_MID_CAP,
        headcount_below=750,
        turnover_eur=150 * _M,
        balance_sheet_eur=129 * _M,
        citation="Recommendation (EU) 2025/1099, Annex, point (2)",
    ),
)

SME_CLASSES: frozenset[SizeClass] = frozenset({SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM})


class Figures(BaseModel):
    """The figures used for the undertaking: the entity's or the group's."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: FiguresSource
    headcount: int | None = None
    annual_turnover_eur: Decimal | None = None
    balance_sheet_total_eur: Decimal | None = None

    def field(self, name: str) -> str:
        """The dotted name of a field of the organisation (``group.annual_turnover_eur``)."""
        return f"group.{name}" if self.source is FiguresSource.GROUP else name


class SizeAssessment(BaseModel):
    """The size of the undertaking and how it was found.

    ``sme``/``smc`` are three-valued: ``None`` means undetermined; ``missing`` then names the
    organisation fields that would decide it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    size_class: SizeClass | None = Field(description="None: undetermined.")
    sme: bool | None = Field(description="Within the SME definition (Art. 3(14a); Art. 99(6)).")
    smc: bool | None = Field(description="A small mid-cap (Art. 3(14b); Art. 99(6a)).")
    explicit: bool = Field(description="Taken from Organisation.size_class.")
    basis: UndertakingBasis
    figures: Figures
    missing: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()
    start_up_outside_sme: bool = Field(
        default=False, description="A start-up that is not an SME: no Art. 99(6) relief (A16)."
    )


def _and(*values: bool | None) -> bool | None:
    if any(v is False for v in values):
        return False
    return None if any(v is None for v in values) else True


def _or(*values: bool | None) -> bool | None:
    if any(v is True for v in values):
        return True
    return None if any(v is None for v in values) else False


def _le(value: Decimal | None, limit: Decimal) -> bool | None:
    return None if value is None else value <= limit


class _FiguresRead(Protocol):
    """What :func:`within` reads of the figures, in this order: the headcount, and only where
    it does not decide, the turnover and the balance sheet total."""

    @property
    def headcount(self) -> int | None: ...

    @property
    def annual_turnover_eur(self) -> Decimal | None: ...

    @property
    def balance_sheet_total_eur(self) -> Decimal | None: ...


def within(figures: _FiguresRead, threshold: SizeThreshold) -> bool | None:
    """Kleene truth of 'within the ceilings of ``threshold``'. A known headcount at or above
    the threshold's decides without the turnover or the balance sheet, which are then not read
    (:func:`read_for_fines` relies on it)."""
    # Inline: ``_and(head, _or(_le(turnover), _le(balance sheet)))``, without the calls.
    headcount = figures.headcount
    head = None if headcount is None else headcount < threshold.headcount_below
    if head is False:
        return False
    turnover = figures.annual_turnover_eur
    balance = figures.balance_sheet_total_eur
    by_turnover = None if turnover is None else turnover <= threshold.turnover_eur
    by_balance = None if balance is None else balance <= threshold.balance_sheet_eur
    if by_turnover is True or by_balance is True:
        money: bool | None = True
    elif by_turnover is None or by_balance is None:
        money = None
    else:
        money = False
    if money is False:
        return False
    return None if head is None or money is None else True


def figures_for(organisation: Organisation, basis: UndertakingBasis) -> Figures:
    """The figures of the undertaking under ``basis`` (A10).

    With the group basis, the group's figures are used when the organisation is part of a group
    (``part_of_group`` true, or ``group`` given); if it is part of a group whose figures are not
    given, every group figure is unknown. Otherwise the organisation's own figures.
    """
    in_group = organisation.part_of_group is True or organisation.group is not None
    if basis is UndertakingBasis.GROUP and in_group:
        group = organisation.group
        if group is None:
            return Figures(source=FiguresSource.GROUP)
        return Figures(
            source=FiguresSource.GROUP,
            headcount=group.headcount,
            annual_turnover_eur=group.annual_turnover_eur,
            balance_sheet_total_eur=group.balance_sheet_total_eur,
        )
    return Figures(
        source=FiguresSource.ENTITY,
        headcount=organisation.headcount,
        annual_turnover_eur=organisation.annual_turnover_eur,
        balance_sheet_total_eur=organisation.balance_sheet_total_eur,
    )


def _derive(figures: Figures) -> tuple[SizeClass | None, bool | None, bool | None]:
    verdicts = [within(figures, t) for t in THRESHOLDS]
    size_class: SizeClass | None = None
    for threshold, verdict in zip(THRESHOLDS, verdicts, strict=True):
        if verdict is None:
            break
        if verdict:
            size_class = threshold.size_class
            break
    else:
        size_class = SizeClass.LARGE
    sme = verdicts[2]
    smc = _and(None if sme is None else not sme, verdicts[3])
    return size_class, sme, smc


def _missing(figures: Figures) -> tuple[str, ...]:
    names = ("headcount", "annual_turnover_eur", "balance_sheet_total_eur")
    return tuple(figures.field(n) for n in names if getattr(figures, n) is None)


_SizeKey = tuple[object, ...]

_SIZE_CACHE: dict[_SizeKey, SizeAssessment] = {}
_SIZE_CACHE_BOUND = 1024
"""Size assessments kept by :func:`_size_key` (a bound, so a long-running process does not
grow: beyond it the cache starts afresh)."""


def _amount(value: Decimal | None) -> str | None:
    # The text, not the number: Decimal("1E+6") == Decimal("1000000"), but the figures keep
    # the representation they were given.
    return None if value is None else str(value)


def _size_key(organisation: Organisation, basis: UndertakingBasis) -> _SizeKey:
    """Everything :func:`assess_size` reads of ``organisation``."""
    group = organisation.group
    return (
        basis,
        organisation.size_class,
        organisation.part_of_group,
        organisation.start_up,
        organisation.headcount,
        _amount(organisation.annual_turnover_eur),
        _amount(organisation.balance_sheet_total_eur),
        None
        if group is None
        else (
            group.headcount,
            _amount(group.annual_turnover_eur),
            _amount(group.balance_sheet_total_eur),
        ),
    )


def assess_size(
    organisation: Organisation, basis: UndertakingBasis | str = UndertakingBasis.GROUP
) -> SizeAssessment:
    """The size class of ``organisation``: explicit, or derived from its figures under ``basis``.

    A pure function of the fields :func:`_size_key` reads, and the result is immutable: kept
    per key and shared."""
    basis = UndertakingBasis(basis)
    key = _size_key(organisation, basis)
    found = _SIZE_CACHE.get(key)
    if found is None:
        found = _assess_size(organisation, basis)
        if len(_SIZE_CACHE) >= _SIZE_CACHE_BOUND:
            _SIZE_CACHE.clear()
        _SIZE_CACHE[key] = found
    return found


class _Figured:
    """Figures whose every field is read when :func:`within` asks for it (from ``of``), so an
    organisation that notes its reads notes only those :func:`within` needs."""

    __slots__ = ("_of",)

    def __init__(self, of: Callable[[str], Any]) -> None:
        self._of = of

    @property
    def headcount(self) -> int | None:
        value: int | None = self._of("headcount")
        return value

    @property
    def annual_turnover_eur(self) -> Decimal | None:
        value: Decimal | None = self._of("annual_turnover_eur")
        return value

    @property
    def balance_sheet_total_eur(self) -> Decimal | None:
        value: Decimal | None = self._of("balance_sheet_total_eur")
        return value


def read_for_fines(organisation: Organisation, basis: UndertakingBasis, *, size: bool) -> None:
    """Read, of ``organisation``, the fields on which the parts of :func:`assess_size` that the
    fine rows read depend (round 34: :func:`aiact.penalties.exposure.organisation_reads` passes
    an organisation that notes what is read). Always the turnover of the undertaking (the rows'
    ``turnover`` and ``turnover_field``: the figures' source and their turnover); with ``size``
    also what ``sme``, ``smc``, ``start_up_outside_sme`` and ``missing`` depend on.

    A field is left unread only where a *known* field decides without it, so that no value of
    it, in any combination with values of the other unknown fields, changes those parts:

    * an explicit ``size_class`` decides ``sme`` and ``smc`` (and ``missing`` is empty): the
      figures are then read for the turnover alone;
    * ``part_of_group`` false: the group's figures cannot be given (the organisation's check
      refuses them, :class:`aiact.facts.Organisation`), so the entity's figures are used;
      ``part_of_group`` true: the group's (under the group basis, A10);
    * a known headcount at or above a ceiling's (Recommendation 2003/361/EC, Annex, Art. 2)
      decides that threshold without the turnover or the balance sheet (:func:`within`);
    * ``start_up`` matters only where the organisation may be no SME (A16).

    The fields are read in the order :func:`_assess_size` reads them; an unread field is one
    that :func:`_size_key` names but no value of which can change these parts (a property test
    holds this: tests/test_read34.py; reviewed in tests/test_rev34a.py)."""
    in_group = False
    if basis is UndertakingBasis.GROUP:
        part = organisation.part_of_group
        in_group = part is True or (part is None and organisation.group is not None)

    def figure(name: str) -> Any:
        if in_group:
            group = organisation.group
            return None if group is None else getattr(group, name)
        return getattr(organisation, name)

    figure("annual_turnover_eur")
    if not size:
        return
    chosen = organisation.size_class
    if chosen is not None:
        if chosen not in SME_CLASSES:
            organisation.start_up  # noqa: B018  (a start-up outside the SME definition, A16)
        return

    # Each threshold as :func:`within` decides it, reading the figures as it goes.
    found = [within(_Figured(figure), t) for t in THRESHOLDS]
    if in_group and None in found:
        # The group's figures leave the size open: the entity alone already large decides
        # (aggregating partner and linked enterprises can only raise the figures).
        entity = _Figured(lambda name: getattr(organisation, name))
        for threshold in THRESHOLDS:
            within(entity, threshold)
    if found[2] is not True:
        organisation.start_up  # noqa: B018  (A16: relief only within the SME definition)


def _assess_size(organisation: Organisation, basis: UndertakingBasis) -> SizeAssessment:
    figures = figures_for(organisation, basis)
    derived, sme, smc = _derive(figures)
    notes: list[str] = []
    citations = [t.citation for t in THRESHOLDS]
    missing: tuple[str, ...] = ()
    explicit = organisation.size_class is not None
    if organisation.size_class is not None:
        chosen: SizeClass | None = organisation.size_class
        sme = chosen in SME_CLASSES
        smc = chosen is SizeClass.SMALL_MID_CAP
        if derived is not None and chosen is not None and derived is not chosen:
            notes.append(
                f"size_class given as {chosen.value}, but the {figures.source.value} figures give "
                f"{derived.value}; the explicit size_class is used"
            )
    else:
        chosen = derived
        if derived is None or sme is None or smc is None:
            missing = _missing(figures)
            if figures.source is FiguresSource.GROUP and organisation.group is None:
                missing = ("group",)
            entity_class, _, _ = _derive(figures_for(organisation, UndertakingBasis.ENTITY))
            if figures.source is FiguresSource.GROUP and entity_class is SizeClass.LARGE:
                # Aggregating partner and linked enterprises can only raise the figures.
                chosen, sme, smc = SizeClass.LARGE, False, False
                missing = ()
                notes.append("group figures unknown, but the entity alone is already large")
    if figures.source is FiguresSource.GROUP:
        notes.append("A10: the undertaking is read as the group; the group's figures are used")
    elif organisation.part_of_group is True:
        notes.append("A10: entity basis chosen; the group's figures are not used")
    elif organisation.part_of_group is None:
        notes.append(
            "A10: part_of_group unknown; the organisation's own figures are used "
            "(if it belongs to a group, the group's figures would apply)"
        )
    start_up_outside = organisation.start_up is True and sme is False
    if organisation.start_up is True:
        if sme is True:
            notes.append("A16: a start-up within the SME definition (Art. 99(6))")
        elif sme is False:
            notes.append("A16: a start-up outside the SME definition gets no Art. 99(6) relief")
        else:
            notes.append("A16: a start-up counts as an SME only within the SME definition")
    return SizeAssessment(
        size_class=chosen,
        sme=sme,
        smc=smc,
        explicit=explicit,
        basis=basis,
        figures=figures,
        missing=missing,
        notes=tuple(notes),
        citations=() if explicit else tuple(citations),
        start_up_outside_sme=start_up_outside,
    )
