"""The dates of a system or model, and the date comparisons the boolean rules read (``dates.*``).

Two declarations, so that a solver can translate them as they are:

* :data:`INPUT_DATES`: the dates of the input (the first placing on the market, the latest
  significant change ...). A date is known, known not to have happened (:data:`~aiact.daterules.
  NEVER`), or unknown (``None``). For an AI system (see :class:`~aiact.facts.AISystem`):
  ``significant_change`` ``"none"`` means no significant change (never), an empty one that it is
  not known; of ``placed_on_market`` and
  ``put_into_service`` the earliest given is the first placing, an empty one means that step has
  not happened, and with neither given both are unknown.
* :data:`COMPARISONS`: each ``dates.*`` atom compares one input date with a declared date of the
  Act, chosen per law version and reading (:class:`~aiact.daterules.DateComparison`). An unknown
  input date makes the atom unknown; a date that did not happen makes it false.

The rules of Art. 111 (:mod:`aiact.rules.transitional`) then stay pure logic while every date
keeps its citation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from aiact.daterules import NEVER, ComparisonTarget, DateComparison, Never
from aiact.facts import PLACED_ON_THE_UNION_MARKET, AISystem, GPAIModel, system_fact
from aiact.interpretations import DEFAULT_INTERPRETATIONS, Interpretations
from aiact.logic import Truth
from aiact.timeline.dates import DateKey, date_of
from aiact.versions import ALL_VERSIONS, ONLY_AMENDED, ONLY_ORIGINAL, LawVersion

__all__ = [
    "AS_OF_COMPARISONS",
    "COMPARISONS",
    "COUNTED_FROM_CUTOFF",
    "DATE_ATOMS",
    "DAY_ATOMS",
    "FINDING_ATOM",
    "FINDING_FIELD",
    "FINDING_POSSIBLE",
    "FINDING_POSSIBLE_ATOM",
    "INPUT_DATES",
    "MODEL_COMPARISONS",
    "MODEL_PRE_MARKET_ATOM",
    "PRE_MARKET_ATOM",
    "InputDateValue",
    "compare",
    "counted_floors",
    "counted_targets",
    "earliest_counted",
    "finding_possible",
    "first_finding_day",
    "first_placed",
    "guard_finding",
    "guard_pre_market",
    "model_date_atoms",
    "model_input_dates",
    "pre_market_settled",
    "pre_market_settles",
    "question_of",
    "resolved_comparisons",
    "settle_pre_market",
    "system_date_atoms",
    "system_input_dates",
]

InputDateValue = dt.date | Never | None
"""A date of the input: known, known not to have happened (NEVER), or unknown (None)."""

INPUT_DATES: Mapping[str, tuple[str, str, str]] = {
    "first_placed": (
        "placed_on_market",
        "the first placing on the market or putting into service",
        "het eerste in de handel brengen of in gebruik stellen",
    ),
    "placed_on_market": (
        "placed_on_market",
        "the first placing on the market",
        "het eerste in de handel brengen",
    ),
    "put_into_service": (
        "put_into_service",
        "the first putting into service",
        "het eerste in gebruik stellen",
    ),
    "significant_change": (
        "significant_change",
        "the significant change in design (the first on or after the cut-off)",
        "de aanzienlijke wijziging in het ontwerp (de eerste op of na de grensdatum)",
    ),
}
"""Input date -> (the input field asked for it, what it is in English, in Dutch). The first
placing is that of the type and model (Omnibus recital 39; Art. 3(9), 3(11))."""


def _after_cutoffs(route_key: DateKey) -> tuple[ComparisonTarget, ...]:
    """The Art. 111(2) cut-off: 2 August 2026 in the original text; in the amended text "the date
    of application of Chapter III referred to in Article 113", read A2 (route date by default,
    else the general date)."""
    return (
        ComparisonTarget(ONLY_ORIGINAL, DateKey.ART111_2_CUTOFF),
        ComparisonTarget(ONLY_AMENDED, route_key, when="interp.a2_route_cutoff"),
        ComparisonTarget(ONLY_AMENDED, DateKey.GENERAL),
    )


_ROUTES = (
    ("annex_iii", DateKey.HIGH_RISK_ANNEX_III, "Annex III", "bijlage III"),
    ("annex_i", DateKey.HIGH_RISK_ANNEX_I, "Annex I", "bijlage I"),
)

COMPARISONS: tuple[DateComparison, ...] = (
    *(
        DateComparison(
            atom=f"dates.placed_before_art111_2_cutoff_{route}",
            input="first_placed",
            relation="before",
            targets=_after_cutoffs(key),
            source="Art. 111(2)",
            label_en="first placed on the market or put into service before the Art. 111(2) "
            f"cut-off ({en} route)",
            label_nl="vóór de grensdatum van artikel 111, lid 2, voor het eerst in de handel "
            f"gebracht of in gebruik gesteld (route {nl})",
            interpretation="A2",
        )
        for route, key, en, nl in _ROUTES
    ),
    *(
        DateComparison(
            atom=f"dates.changed_after_art111_2_cutoff_{route}",
            input="significant_change",
            relation="on_or_after",
            targets=_after_cutoffs(key),
            source="Art. 111(2)",
            label_en="significantly changed in its design on or after the Art. 111(2) cut-off "
            "('as from that date')",
            label_nl="op of na de grensdatum van artikel 111, lid 2, aanzienlijk gewijzigd in het "
            "ontwerp ('vanaf die datum')",
            interpretation="A2",
        )
        for route, key, _, _ in _ROUTES
    ),
    DateComparison(
        atom="dates.changed_by_public_authority_deadline",
        input="significant_change",
        relation="on_or_before",
        targets=(ComparisonTarget(ALL_VERSIONS, DateKey.PUBLIC_AUTHORITY_DEADLINE),),
        source="Art. 111(2)",
        label_en="significantly changed in its design on or before 2 August 2030 (the deadline for "
        "systems intended for public authorities)",
        label_nl="uiterlijk op 2 augustus 2030 aanzienlijk gewijzigd in het ontwerp (de termijn "
        "voor systemen bedoeld voor overheidsinstanties)",
    ),
    # rev30c D1 (round 31): the change of a legacy system no later than the Art. 111(3) day,
    # read by the date rule of the supplier of a general-purpose AI model placed before 2 August
    # 2025 (aiact/rules/timing.py, from.supplier_art111_3.deferred): the system's date is then
    # no later than 2 August 2027, and Art. 111(3)'s "by 2 August 2027" is the deadline.
    DateComparison(
        atom="dates.changed_by_art111_3_deadline",
        input="significant_change",
        relation="on_or_before",
        targets=(ComparisonTarget(ALL_VERSIONS, DateKey.GPAI_LEGACY_DEADLINE),),
        source="Art. 111(3)",
        label_en="significantly changed in its design on or before 2 August 2027 (the day by "
        "which the providers of general-purpose AI models placed on the market before 2 August "
        "2025 comply, Art. 111(3))",
        label_nl="uiterlijk op 2 augustus 2027 aanzienlijk gewijzigd in het ontwerp (de dag "
        "waarop de aanbieders van AI-modellen voor algemene doeleinden die vóór 2 augustus 2025 "
        "in de handel zijn gebracht, uiterlijk voldoen, artikel 111, lid 3)",
    ),
    DateComparison(
        atom="dates.placed_before_annex_x_cutoff",
        input="first_placed",
        relation="before",
        targets=(ComparisonTarget(ALL_VERSIONS, DateKey.ANNEX_X_CUTOFF),),
        source="Art. 111(1)",
        label_en="first placed on the market or put into service before 2 August 2027",
        label_nl="vóór 2 augustus 2027 voor het eerst in de handel gebracht of in gebruik gesteld",
    ),
    # Art. 111(4) speaks of systems "placed on the market before 2 August 2026" only: putting
    # into service does not count (paragraphs (1)-(2) say "placed on the market or put into
    # service", paragraph (4) does not).
    DateComparison(
        atom="dates.placed_before_art50_2_cutoff",
        input="placed_on_market",
        relation="before",
        targets=(
            ComparisonTarget(ONLY_AMENDED, DateKey.ART50_2_LEGACY_CUTOFF),
            ComparisonTarget(ONLY_ORIGINAL, None),
        ),
        source="Art. 111(4)",
        label_en="placed on the market before 2 August 2026 (putting into service does not count)",
        label_nl="vóór 2 augustus 2026 in de handel gebracht (in gebruik stellen telt niet)",
    ),
)
"""The date comparisons of an AI system (Art. 111(1), (2) and (4))."""

MODEL_COMPARISONS: tuple[DateComparison, ...] = (
    DateComparison(
        atom="dates.model_placed_before_gpai_cutoff",
        input="placed_on_market",
        relation="before",
        targets=(ComparisonTarget(ALL_VERSIONS, DateKey.GPAI_LEGACY_CUTOFF),),
        source="Art. 111(3)",
        label_en="placed on the market before 2 August 2025",
        label_nl="vóór 2 augustus 2025 in de handel gebracht",
    ),
)
"""The date comparisons of a general-purpose AI model (Art. 111(3))."""

FINDING_POSSIBLE_ATOM = "dates.art80_2_finding_possible"
"""Whether an Art. 80(2) finding can exist on the assessment date (ADR 0032, round 11)."""

DAY_ATOMS: tuple[str, ...] = (FINDING_POSSIBLE_ATOM,)
"""Rule inputs computed from the day assessed (``as_of``), not from any input field: no question
asks them; the interview's context holds the day."""

FINDING_POSSIBLE = DateComparison(
    atom=FINDING_POSSIBLE_ATOM,
    input="as_of",
    relation="on_or_after",
    targets=(ComparisonTarget(ALL_VERSIONS, DateKey.HIGH_RISK_ANNEX_III),),
    source="Art. 80(1), 80(2)",
    label_en="A market surveillance authority can have found under Art. 80(2) on the assessment "
    "date that the system is high-risk: Art. 80 applies (Art. 80(1); from 2 August 2026, Art. 113, "
    "second paragraph) and so do Chapter III, Sections 1 to 3, for systems classified as high-risk "
    "pursuant to Art. 6(2) and Annex III, the classification the finding makes (Art. 80(2); in the "
    "original text from 2 August 2026; in the amended text from 2 December 2027, Art. 113, third "
    "paragraph, point (c)(i), as replaced by Art. 1, point (40)(b), Regulation (EU) 2026/1744); "
    "before that day no finding exists",
    label_nl="Een markttoezichtautoriteit kan op de beoordelingsdatum op grond van artikel 80, "
    "lid 2, hebben vastgesteld dat het systeem een hoog risico inhoudt: artikel 80 is van "
    "toepassing (artikel 80, lid 1; vanaf 2 augustus 2026, artikel 113, tweede alinea) en ook "
    "hoofdstuk III, afdelingen 1 tot en met 3, voor systemen die op grond van artikel 6, lid 2, "
    "en bijlage III als systeem met een hoog risico zijn geclassificeerd, de classificatie die de "
    "vaststelling maakt (artikel 80, lid 2; in de oorspronkelijke tekst vanaf 2 augustus 2026; in "
    "de gewijzigde tekst vanaf 2 december 2027, artikel 113, derde alinea, punt c), i), zoals "
    "vervangen bij artikel 1, punt 40, b), van Verordening (EU) 2026/1744); daarvoor bestaat "
    "geen vaststelling",
)
"""``dates.art80_2_finding_possible``: the assessment date (``input="as_of"``, not a date of the
system) on or after the first day of an Art. 80(2) finding, :func:`first_finding_day`: the later
of the general date (Art. 80, Chapter IX, Art. 113, second paragraph) and the day Chapter III,
Sections 1 to 3, apply to systems classified as high-risk pursuant to Art. 6(2) and Annex III
(``DateKey.HIGH_RISK_ANNEX_III``), since the finding that "the AI system concerned is high-risk"
(Art. 80(2)) is that classification: 2 August 2026 in the original text, 2 December 2027 in the
amended text (Art. 113, third paragraph, point (c)(i), as amended), under either reading A22
(ADR 0032, round 11, legal11c). ``DateKey.HIGH_RISK_ANNEX_III`` is never before the general
date, so it is the later of the two (asserted in :func:`first_finding_day`). The rules that read
the finding read it with this atom (``... and
authority_actions.msa_found_derogated_system_high_risk and dates.art80_2_finding_possible``), so
that the user's answer is never overwritten and the explanation shows why it does not count."""

AS_OF_COMPARISONS: tuple[DateComparison, ...] = (FINDING_POSSIBLE,)
"""The ``dates.*`` atoms that compare the assessment date (not a date of the system) with a
declared date: :func:`finding_possible`."""

DATE_ATOMS: tuple[str, ...] = (
    *(c.atom for c in COMPARISONS),
    *(c.atom for c in AS_OF_COMPARISONS),
)
"""The ``dates.*`` atoms of an AI system."""

_BY_ATOM: dict[str, DateComparison] = {c.atom: c for c in (*COMPARISONS, *MODEL_COMPARISONS)}


def question_of(atom: str) -> str | None:
    """The input field that decides a ``dates.*`` atom (``placed_on_market`` ...), or None."""
    comparison = _BY_ATOM.get(atom)
    return None if comparison is None else INPUT_DATES[comparison.input][0]


def comparison(atom: str) -> DateComparison:
    """The declaration of a ``dates.*`` atom."""
    return _BY_ATOM[atom]


def target_of(
    comparison: DateComparison, law: LawVersion, switches: Mapping[str, Truth]
) -> tuple[ComparisonTarget | None, dt.date | None]:
    """The target a comparison reads under ``law`` and the readings (``interp.*`` values), with
    its date (None: the provision is not in this version, the comparison is false)."""
    for target in comparison.targets:
        if law in target.versions and (target.when is None or switches.get(target.when) is True):
            return target, None if target.key is None else date_of(target.key, law).date
    return None, None


@lru_cache(maxsize=64)
def resolved_comparisons(
    kind: str, law: LawVersion, interpretations: Interpretations
) -> tuple[tuple[str, str, str, dt.date | None], ...]:
    """Per atom: (atom, input date, relation, target date or None), for one law version and
    reading (cached: a pure function of its arguments)."""
    switches = interpretations.as_facts()
    table = COMPARISONS if kind == "system" else MODEL_COMPARISONS
    return tuple((c.atom, c.input, c.relation, target_of(c, law, switches)[1]) for c in table)


COUNTED_FROM_CUTOFF: Mapping[str, tuple[str, ...]] = {
    "significant_change": tuple(f"dates.changed_after_art111_2_cutoff_{r}" for r, *_ in _ROUTES),
}
"""Input dates that a date rule's value reads only where they fall on or after a cut-off: every
case whose value reads the significant change (``Later(change, base)``, aiact/rules/timing.py)
holds only where one of these comparisons is true (``legacy.significant_change``, the nested
public-authority case of a supposed route; Art. 111(2): "only if, as from that date, those
systems are subject to significant changes"; a change before the cut-off counts as none). So
such a date, unknown, is no earlier in a value than the least of their targets
(:func:`earliest_counted`; review77 D1: under A21=literal the later of the change and Art. 4's
own date, 2 February 2025, had that date as its floor), nor than the target of each comparison
by which the case's condition can still hold on the facts (:func:`counted_targets`, read by
:meth:`aiact.engine.dates.DateEvaluation._input_floor` from the rules of that condition: the
Annex I route's cut-off where the facts give that route; round 27)."""


def counted_floors(law: LawVersion, switches: Mapping[str, Truth]) -> dict[str, dt.date | None]:
    """:func:`earliest_counted` of every input of :data:`COUNTED_FROM_CUTOFF` (what the engine's
    date rules and :func:`aiact.frame.assess_frame` take as the floor of its unknown values)."""
    return {name: earliest_counted(name, law, switches) for name in COUNTED_FROM_CUTOFF}


def earliest_counted(
    input_name: str, law: LawVersion, switches: Mapping[str, Truth]
) -> dt.date | None:
    """The earliest day an unknown input date of :data:`COUNTED_FROM_CUTOFF` can have where a
    date rule's value reads it: the least target of its comparisons under ``law`` and the
    readings (``interp.*`` values in ``switches``); None for any other input."""
    if input_name not in COUNTED_FROM_CUTOFF:
        return None
    whens = _switches_read(input_name)
    return _earliest_counted(input_name, law, tuple(switches.get(w) for w in whens))


@lru_cache(maxsize=8)
def _switches_read(input_name: str) -> tuple[str, ...]:
    """The ``interp.*`` switches that choose the targets of the input's comparisons."""
    return tuple(
        dict.fromkeys(
            target.when
            for atom in COUNTED_FROM_CUTOFF[input_name]
            for target in _BY_ATOM[atom].targets
            if target.when
        )
    )


@lru_cache(maxsize=64)
def _earliest_counted(input_name: str, law: LawVersion, reads: tuple[Truth, ...]) -> dt.date | None:
    return min(_counted_targets(input_name, law, reads).values(), default=None)


def counted_targets(
    law: LawVersion, switches: Mapping[str, Truth]
) -> dict[str, Mapping[str, dt.date]]:
    """Per input of :data:`COUNTED_FROM_CUTOFF`, the target of each of its comparisons under
    ``law`` and the readings (``interp.*`` values in ``switches``): the Art. 111(2) cut-off of
    each route (a comparison that is not in this version is false and left out). Where a case's
    condition holds only through one route's comparison, the change is no earlier than that
    route's cut-off (:meth:`aiact.engine.dates.DateEvaluation._input_floor`; review77 D1's Annex
    I case, round 27)."""
    return {
        name: _counted_targets(name, law, tuple(switches.get(w) for w in _switches_read(name)))
        for name in COUNTED_FROM_CUTOFF
    }


@lru_cache(maxsize=64)
def _counted_targets(
    input_name: str, law: LawVersion, reads: tuple[Truth, ...]
) -> Mapping[str, dt.date]:
    switches = dict(zip(_switches_read(input_name), reads, strict=True))
    return MappingProxyType(
        {
            atom: day
            for atom in COUNTED_FROM_CUTOFF[input_name]
            # None: not in this version, the comparison is false (no change counts by it)
            if (day := target_of(_BY_ATOM[atom], law, switches)[1]) is not None
        }
    )


def compare(value: InputDateValue, relation: str, target: dt.date | None) -> Truth:
    """Three-valued ``value <relation> target``: unknown when the input date is unknown, false
    when it did not happen or the target does not exist in the version."""
    if target is None or value is NEVER:
        return False
    if value is None:
        return None
    assert isinstance(value, dt.date)
    if relation == "before":
        return value < target
    if relation == "on_or_after":
        return value >= target
    return value <= target


def first_placed(system: AISystem) -> dt.date | None:
    """The first placing on the market or putting into service (Art. 3(9), 3(11))."""
    known = [d for d in (system.placed_on_market, system.put_into_service) if d is not None]
    return min(known) if known else None


def system_input_dates(system: AISystem) -> dict[str, InputDateValue]:
    """The input dates of an AI system (see the module docstring for the conventions)."""
    placed, service = system.placed_on_market, system.put_into_service
    either = placed is not None or service is not None
    first = first_placed(system)
    change = system.significant_change
    return {
        "first_placed": first,
        "placed_on_market": placed if placed is not None else (NEVER if either else None),
        "put_into_service": service if service is not None else (NEVER if either else None),
        "significant_change": NEVER if isinstance(change, str) else change,  # NO_DATE
    }


def model_input_dates(model: GPAIModel) -> dict[str, InputDateValue]:
    """The input dates of a general-purpose AI model (its placing on the market)."""
    return {"placed_on_market": model.placed_on_market}


def _atoms(
    kind: str,
    dates: Mapping[str, InputDateValue],
    law: LawVersion,
    interpretations: Interpretations,
) -> dict[str, Truth]:
    return {
        atom: compare(dates[name], relation, target)
        for atom, name, relation, target in resolved_comparisons(kind, law, interpretations)
    }


def system_date_atoms(
    system: AISystem, law: LawVersion, interpretations: Interpretations
) -> dict[str, Truth]:
    """``dates.*`` atoms for an AI system (Art. 111(1), (2) and (4))."""
    return _atoms("system", system_input_dates(system), law, interpretations)


def model_date_atoms(
    model: GPAIModel,
    law: LawVersion,
    interpretations: Interpretations = DEFAULT_INTERPRETATIONS,
) -> dict[str, Truth]:
    """``dates.*`` atoms for a GPAI model (Art. 111(3))."""
    return _atoms("model", model_input_dates(model), law, interpretations)


# ------------------------------------------------ the first day of an Art. 80(2) finding

FINDING_ATOM = "authority_actions.msa_found_derogated_system_high_risk"
"""The fact that a market surveillance authority found a system the provider classified as not
high-risk under Art. 6(3) high-risk (Art. 80(2))."""

FINDING_FIELD = f"system.{FINDING_ATOM}"
"""The input field of :data:`FINDING_ATOM`, as an :class:`~aiact.errors.InputError` names it."""


@lru_cache(maxsize=64)
def first_finding_day(law: LawVersion, interpretations: Interpretations) -> tuple[dt.date, str]:
    """The first day on which an Art. 80(2) finding can exist, with its source (ADR 0032,
    "Round 11", legal11c): the later of the day Art. 80 applies and the day Chapter III,
    Sections 1 to 3, apply to systems classified as high-risk pursuant to Art. 6(2) and Annex
    III. The date :data:`FINDING_POSSIBLE` compares the assessment date with.

    * Art. 80 is in Chapter IX, which no point of the third paragraph of Art. 113 names (point
      (b) names Art. 78 alone): it applies from the general date, 2 August 2026 (Art. 113,
      second paragraph), in both versions. From then an evaluation under Art. 80(1) can start.
    * The finding itself, that "the AI system concerned is high-risk" (Art. 80(2)), classifies
      the system as high-risk pursuant to Art. 6(2) and Annex III, and orders it brought "into
      compliance with the requirements and obligations laid down in this Regulation" (Art.
      80(2), 80(4)); Art. 80(7) fines a misclassification "to circumvent the application of
      requirements in Chapter III, Section 2". None of that has content before Chapter III,
      Sections 1 to 3 (Art. 6(2) included), apply to such systems: in the original text the
      general date (point (c) defers only Art. 6(1) "and the corresponding obligations"), in
      the amended text 2 December 2027 ("Chapter III, Sections 1, 2, and 3, with the exception
      of Article 6(5), shall apply from: (i) 2 December 2027 as regards AI systems classified as
      high-risk pursuant to Article 6(2) and Annex III", point (c)(i) as replaced by Art. 1,
      point (40)(b), Regulation (EU) 2026/1744; its recital 40).
    * Reading A22 (when Art. 6(4)/49(2) bind a derogated system) does not enter: it concerns the
      duties of the system the provider derogated, not the classification the finding makes.
    """
    target, day = target_of(FINDING_POSSIBLE, law, interpretations.as_facts())
    assert target is not None and target.key is DateKey.HIGH_RISK_ANNEX_III and day is not None
    general = date_of(DateKey.GENERAL, law)
    assert day >= general.date, "the Annex III date is never before the general date"
    annex = date_of(DateKey.HIGH_RISK_ANNEX_III, law)
    cited = ", ".join(str(c) for c in annex.citations)
    if annex.amended_by is not None:
        cited += f", as replaced by {annex.amended_by}"
    if day > general.date:
        return day, (
            f"Art. 80(2) finds the system high-risk pursuant to Art. 6(2) and Annex III, for "
            f"which Chapter III, Sections 1 to 3, apply from {day.isoformat()} ({cited}); Art. 80 "
            f"applies from {general.date.isoformat()}"
        )
    return day, (
        f"Art. 80 applies from the general date, {day.isoformat()} ({cited}), as Chapter III "
        f"does for systems high-risk pursuant to Art. 6(2) and Annex III"
    )


def finding_possible(
    as_of: dt.date | None, law: LawVersion, interpretations: Interpretations
) -> Truth:
    """The value of :data:`FINDING_POSSIBLE_ATOM` on ``as_of`` (unknown without a date)."""
    if as_of is None:
        return None
    return as_of >= first_finding_day(law, interpretations)[0]


def guard_finding(
    atoms: dict[str, Truth],
    as_of: dt.date,
    law: LawVersion,
    interpretations: Interpretations,
    *,
    declare: bool = True,
) -> None:
    """Before :func:`first_finding_day` no Art. 80(2) finding can exist. ``declare``: set
    :data:`FINDING_POSSIBLE_ATOM` in ``atoms`` (the rule inputs), which the rules that read the
    finding read with it, so that an unknown or false finding stays as the user gave it and the
    explanation shows why it does not count. A finding given as true on such a day is refused
    (:class:`~aiact.errors.InputError` naming the field and the date): an impossible fact, the
    date or the answer is wrong (ADR 0032, round 11)."""
    first, source = first_finding_day(law, interpretations)
    if declare:
        atoms[FINDING_POSSIBLE_ATOM] = as_of >= first
    if as_of >= first or atoms.get(FINDING_ATOM) is not True:
        return
    from aiact.errors import InputError

    raise InputError(
        f"cannot be true on {as_of.isoformat()}: no market surveillance authority finding "
        f"under Art. 80(2) can exist before {first.isoformat()} ({source})",
        path=FINDING_FIELD,
        kind="before_first_day",
        params={
            "as_of": as_of.isoformat(),
            "from": first.isoformat(),
            "cite": "Art. 80(2); Art. 113, third paragraph, point (c)(i)"
            if first > date_of(DateKey.GENERAL, law).date
            else "Art. 80(2); Art. 113, second paragraph",
        },
    )


# ------------------------------------------------ Art. 2(8): research before the placing

PRE_MARKET_ATOM = "exclusions.pre_market_research_testing"
"""The fact of Art. 2(8) for an AI system (its input field and its atom)."""


def guard_pre_market(subject: AISystem | GPAIModel, as_of: dt.date) -> None:
    """Art. 2(8) excludes "any research, testing or development activity regarding AI systems or
    AI models prior to their being placed on the market or put into service". The fact
    ``pre_market_research_testing`` states that the system or model is still before that step;
    a placing on the market or putting into service (of a model: its placing) dated on or before
    the day assessed contradicts it, and so does a fact that means a placing on the Union market
    (:data:`aiact.facts.PLACED_ON_THE_UNION_MARKET`) unless the placing is dated after that day:
    the case is refused (an :class:`~aiact.errors.FieldConflict` naming the fields; review48,
    review55). A placing after that day is a planned one and agrees with it; an unknown date
    leaves the fact as stated."""
    from aiact.errors import FieldConflict
    from aiact.i18n import N_

    steps: tuple[tuple[str, dt.date | None], ...]
    system = isinstance(subject, AISystem)
    if isinstance(subject, AISystem):
        if subject.exclusions.pre_market_research_testing is not True:
            return
        field = PRE_MARKET_ATOM
        placing = [
            path for path in PLACED_ON_THE_UNION_MARKET if system_fact(subject, path) is True
        ]
        # A placing dated after the day assessed is a planned one, as for the provider: the
        # importer, distributor or making available it names is the planned supply (review55).
        planned = subject.placed_on_market is not None and subject.placed_on_market > as_of
        if placing and not planned:
            raise FieldConflict(
                field,
                placing,
                N_(
                    "true, but the system is placed on the market ({fields}): Art. 2(8) "
                    "excludes research, testing or development only 'prior to their being "
                    "placed on the market or put into service'; if that placing is still "
                    "planned, give {date_field} as its date, after the day assessed "
                    "({as_of}); else Art. 2(8) does not apply to it (answer no to research, "
                    "testing or development before the placing)"
                ),
                values={"as_of": as_of.isoformat()},
                # the date field too is a fact the reason names (review65 D2): an interview
                # names it by the question that asks for it
                names={"fields": tuple(placing), "date_field": ("placed_on_market",)},
                spoken=N_(
                    "true, but the system is placed on the market ({fields}): Art. 2(8) "
                    "excludes research, testing or development only 'prior to their being "
                    "placed on the market or put into service'; if that placing is still "
                    "planned, give its date, after the day assessed ({as_of}), as the date of "
                    "the placing ({date_field}); else Art. 2(8) does not apply to it (answer no "
                    "to research, testing or development before the placing)"
                ),
            )
        steps = (
            ("placed_on_market", subject.placed_on_market),
            ("put_into_service", subject.put_into_service),
        )
    else:
        if subject.pre_market_research_testing is not True:
            return
        field = "pre_market_research_testing"
        steps = (("placed_on_market", subject.placed_on_market),)
    for name, day in steps:
        if day is not None and day <= as_of:
            raise FieldConflict(
                field,
                name,
                N_(
                    "true, but {field} is {date}, on or before the day assessed ({as_of}): "
                    "Art. 2(8) excludes research, testing or development only 'prior to their "
                    "being placed on the market or put into service'; if that step is still "
                    "planned, give its date, after the day assessed; else Art. 2(8) does not "
                    "apply to it (answer no to research, testing or development before it)"
                ),
                values={"date": day.isoformat(), "as_of": as_of.isoformat()}
                | ({} if system else {"field": name}),
                # the system's date fields are named as the questions know them; the model's
                # (placed_on_market under model) by its name in the model, as before, and for
                # a person who answered the question of the model's placing by that answer
                # (``spoken``; review65 D2: no field id in an interview's refusal)
                names={"field": (name,)} if system else {"date_field": (f"model.{name}",)},
                # the system's too: the words naming its date are a locator or an answer ("in
                # your case file, for the question ..."), not the subject of "is" (review69 D5)
                spoken=(
                    N_(
                        "true, but the date of the placing on the market ({field}) is {date}, "
                        "on or before the day assessed ({as_of}): Art. 2(8) excludes research, "
                        "testing or development only 'prior to their being placed on the market "
                        "or put into service'; if that step is still planned, give its date, "
                        "after the day assessed; else Art. 2(8) does not apply to it (answer no "
                        "to research, testing or development before it)"
                    )
                    if name == "placed_on_market"
                    else N_(
                        "true, but the date of the putting into service ({field}) is {date}, "
                        "on or before the day assessed ({as_of}): Art. 2(8) excludes research, "
                        "testing or development only 'prior to their being placed on the market "
                        "or put into service'; if that step is still planned, give its date, "
                        "after the day assessed; else Art. 2(8) does not apply to it (answer no "
                        "to research, testing or development before it)"
                    )
                )
                if system
                else N_(
                    "true, but the date of the placing on the market ({date_field}) is {date}, "
                    "on or before the day assessed ({as_of}): Art. 2(8) excludes research, "
                    "testing or development only 'prior to their being placed on the market or "
                    "put into service'; if that step is still planned, give its date, after the "
                    "day assessed; else Art. 2(8) does not apply to it (answer no to research, "
                    "testing or development before it)"
                ),
            )


def pre_market_settled(subject: AISystem | GPAIModel, as_of: dt.date) -> bool:
    """Whether the facts of ``subject`` settle its Art. 2(8) fact (research "prior to their
    being placed on the market or put into service") as no on ``as_of``: a "yes" to it would be
    refused by :func:`guard_pre_market` (a placing or putting into service dated on or before
    that day, or a fact that means a placing on the Union market without a placing dated after
    it). As a known "yes" to remote biometric identification settles "verification only"
    (``atoms._excluded_by_a_yes``): the fact is not asked, and the exclusion is decided (fix16d,
    review56). Monotone: forgetting the placing makes the fact unknown again, never true."""
    if isinstance(subject, AISystem):
        union = any(system_fact(subject, path) is True for path in PLACED_ON_THE_UNION_MARKET)
        return pre_market_settles(subject.placed_on_market, subject.put_into_service, union, as_of)
    return pre_market_settles(subject.placed_on_market, None, False, as_of)


def pre_market_settles(placed: object, service: object, union: bool, as_of: dt.date) -> bool:
    """:func:`pre_market_settled` from the values: the placing and putting into service (a date,
    or anything else for none), whether a fact of :data:`aiact.facts.PLACED_ON_THE_UNION_MARKET`
    is true, and the day assessed; the conditions of :func:`guard_pre_market`."""
    planned = isinstance(placed, dt.date) and placed > as_of
    if union and not planned:
        return True
    return any(isinstance(day, dt.date) and day <= as_of for day in (placed, service))


def settle_pre_market(
    atoms: dict[str, Truth], subject: AISystem | GPAIModel, as_of: dt.date
) -> None:
    """Set the Art. 2(8) atom of ``subject`` in ``atoms`` (the rule inputs) to false where it is
    unknown and :func:`pre_market_settled`: the callers of :func:`guard_pre_market` call it
    after computing the atoms (``aiact.assess``, ``assess_model``, ``assess_with``,
    ``case_atoms``; the frame does the same column-wise)."""
    if isinstance(subject, AISystem):
        atom, given = PRE_MARKET_ATOM, subject.exclusions.pre_market_research_testing
    else:
        atom, given = MODEL_PRE_MARKET_ATOM, subject.pre_market_research_testing
    if given is None and pre_market_settled(subject, as_of):
        atoms[atom] = False


MODEL_PRE_MARKET_ATOM = "model.pre_market_research_testing"
"""The fact of Art. 2(8) for a general-purpose AI model (its atom)."""
