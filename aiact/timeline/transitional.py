"""Art. 111: when an obligation binds one system or model, after the transitional rules.

* Art. 111(1): AI systems that are components of the large-scale IT systems of Annex X, placed on
  the market or put into service before 2 August 2027, comply by 31 December 2030.
* Art. 111(2): other high-risk AI systems placed on the market or put into service before the
  cut-off are covered only if, as from that date, their design changes significantly; in any case
  providers and deployers of those intended to be used by public authorities comply by
  2 August 2030. Cut-off: 2 August 2026 (original); "the date of application of Chapter III
  referred to in Article 113" (amended; reference A2).
* Art. 111(3): general-purpose AI models placed on the market before 2 August 2025 comply by
  2 August 2027.
* Art. 111(4) (amended text only): providers of systems generating synthetic audio, image, video or
  text placed on the market before 2 August 2026 comply with Art. 50(2) by 2 December 2026.
* Art. 5 is never deferred ("without prejudice to the application of Article 5", Art. 111(1)
  and (2)).

Unknown facts (``None``) are not guessed: the rules are evaluated for every value the unknown facts
can take that makes a difference (the relevant cut-off dates split the possible placing dates).
If every case gives the same outcome the answer is determined; otherwise it is undetermined and
``undetermined_because`` names the facts that would decide it. ``significant_change=None`` means no
significant change in design is known on ``as_of``.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from aiact.interpretations import (
    DEFAULT_INTERPRETATIONS,
    Art111Cutoff,
    Interpretations,
    PublicAuthorityUse,
)
from aiact.refs import LegalRef, ref
from aiact.timeline.dates import DatedFact, DateKey, NotInVersionError, date_of, declarations
from aiact.timeline.schedule import ROUTE_KEYS, DatedAnswer, Route, Schedule, application_date
from aiact.versions import LawVersion, version_in_force

__all__ = [
    "ANNEX_X_SCHEDULES",
    "LEGACY_HIGH_RISK_SCHEDULES",
    "NEVER_DEFERRED",
    "DeadlineAnswer",
    "Grace",
    "InputFact",
    "Kind",
    "Status",
    "art111_2_cutoff",
    "status_on",
    "system_deadline",
]

Grace = Literal["none", "art111_1", "art111_2", "art111_2_public_authority", "art111_3", "art111_4"]
Kind = Literal["ai_system", "gpai_model"]


class Status(StrEnum):
    """The status of an obligation for a system on a day."""

    IN_FORCE = "in_force"
    UPCOMING = "upcoming"
    NOT_APPLICABLE = "not_applicable"
    UNDETERMINED = "undetermined"


class InputFact(StrEnum):
    """The input facts the transitional rules read (named as in :mod:`aiact.facts`)."""

    ROUTE = "route"
    PLACED_ON_MARKET = "placed_on_market"
    INTENDED_FOR_PUBLIC_AUTHORITIES = "intended_for_public_authorities"
    USED_BY_PUBLIC_AUTHORITIES = "used_by_public_authorities"
    ANNEX_X_COMPONENT = "annex_x_large_scale_it_component"
    ART50_2_GENERATOR = "art50_2_generator"


NEVER_DEFERRED: frozenset[Schedule] = frozenset({Schedule.CHAPTERS_I_II, Schedule.NEW_PROHIBITIONS})
"""Art. 111(1)-(2): "without prejudice to the application of Article 5"."""
LEGACY_HIGH_RISK_SCHEDULES: frozenset[Schedule] = frozenset(
    {Schedule.HIGH_RISK, Schedule.HIGH_RISK_GATED}
)
"""The obligations of operators of high-risk AI systems that Art. 111(2) defers."""
ANNEX_X_SCHEDULES: frozenset[Schedule] = frozenset(
    {Schedule.HIGH_RISK, Schedule.HIGH_RISK_GATED, Schedule.GENERAL}
)
"""The obligations of AI systems that Art. 111(1) defers ("compliance with this Regulation")."""
GPAI_LEGACY_SCHEDULES: frozenset[Schedule] = frozenset({Schedule.GPAI})
"""The obligations of providers of GPAI models that Art. 111(3) defers."""
ART50_2_SCHEDULES: frozenset[Schedule] = frozenset({Schedule.GENERAL})
"""Art. 50(2) applies on the general date; Art. 111(4) defers it for legacy generators."""


class DeadlineAnswer(BaseModel):
    """When an obligation binds one system or model, after the transitional rules of Art. 111."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schedule: Schedule
    law: LawVersion
    as_of: dt.date
    applies_from: dt.date | None = Field(
        description="The day from which the obligation binds this system; None: it does not (it "
        "is outside, see grace) or the answer is undetermined (see undetermined_because)."
    )
    deadline: dt.date | None = Field(
        default=None, description="The 'comply by' date of the Art. 111 rule that governs, if any."
    )
    grace: Grace = Field(
        default="none",
        description="The Art. 111 rule that governs the answer ('none': the Art. 113 date). When "
        "the answer is undetermined: the rule common to every case, else 'none'.",
    )
    undetermined_because: tuple[str, ...] = Field(
        default=(), description="The unknown input facts that would decide the answer."
    )
    possible_applies_from: tuple[dt.date | None, ...] = Field(
        default=(), description="When undetermined: the dates the unknown facts could lead to."
    )
    normal: DatedAnswer = Field(description="The Art. 113 date, before the transitional rules.")
    citations: tuple[LegalRef, ...]
    reason_en: str
    reason_nl: str
    interpretations: tuple[str, ...] = Field(
        default=(), description="The readings the answer depends on, e.g. 'A2=route_date'."
    )
    status: Status = Field(description="The status on as_of (see status_on).")


def status_on(answer: DeadlineAnswer | DatedAnswer, as_of: dt.date) -> Status:
    """The status of an answer on ``as_of``: in force from its date, upcoming before it."""
    if isinstance(answer, DatedAnswer):
        if answer.date is None:
            return Status.UNDETERMINED
        return Status.IN_FORCE if as_of >= answer.date else Status.UPCOMING
    if answer.undetermined_because:
        return Status.UNDETERMINED
    if answer.applies_from is None:
        return Status.NOT_APPLICABLE
    return Status.IN_FORCE if as_of >= answer.applies_from else Status.UPCOMING


def art111_2_cutoff(
    law: LawVersion | str,
    route: Route | str | None = None,
    interpretations: Interpretations = DEFAULT_INTERPRETATIONS,
) -> DatedAnswer:
    """The Art. 111(2) cut-off: systems placed before it are legacy systems.

    Original text: 2 August 2026. Amended text: "the date of application of Chapter III referred
    to in Article 113" — A2 ROUTE_DATE: the Sections 1-3 date of the route (Art. 113, third
    paragraph, point (c)); A2 GENERAL_DATE: the general date (Art. 113, second paragraph).
    """
    return _art111_2_cutoff(
        LawVersion.parse(law), None if route is None else Route(route), interpretations
    )


@lru_cache(maxsize=256)
def _art111_2_cutoff(
    version: LawVersion, route: Route | None, interpretations: Interpretations
) -> DatedAnswer:
    """:func:`art111_2_cutoff` on normalised arguments (pure; cached, the answer is immutable)."""
    if version is LawVersion.ORIGINAL:
        fact = date_of(DateKey.ART111_2_CUTOFF, version)
        return _answer_from(fact, version, None)
    a2 = f"A2={interpretations.art111_cutoff.value}"
    if interpretations.art111_cutoff is Art111Cutoff.GENERAL_DATE:
        fact = date_of(DateKey.GENERAL, version)
        return _answer_from(fact, version, a2, prefix=(ref("Art. 111(2)"),))
    if route is None:
        facts = [date_of(ROUTE_KEYS[r], version) for r in Route]
        return DatedAnswer(
            date=None,
            citations=(ref("Art. 111(2)"), *(f.citation for f in facts)),
            reason_en="Reading A2=route_date: the Art. 111(2) cut-off is the Chapter III "
            "Sections 1-3 date of the system's route, which is unknown.",
            reason_nl="Lezing A2=route_date: de peildatum van artikel 111, lid 2, is de datum van "
            "hoofdstuk III, afdelingen 1-3, voor de route van het systeem, die onbekend is.",
            interpretation=a2,
            undetermined_because=(InputFact.ROUTE.value,),
        )
    fact = date_of(ROUTE_KEYS[route], version)
    return _answer_from(fact, version, a2, prefix=(ref("Art. 111(2)"),))


def _answer_from(
    fact: DatedFact,
    law: LawVersion,
    interpretation: str | None,
    prefix: tuple[LegalRef, ...] = (),
) -> DatedAnswer:
    return DatedAnswer(
        date=fact.date,
        citations=(*prefix, *fact.citations),
        reason_en=f"{fact.label_en.rstrip('.')} ({fact.citation}; {law.label_en}).",
        reason_nl=f"{fact.label_nl.rstrip('.')} ({fact.citation.nl()}; {law.label_nl}).",
        interpretation=interpretation,
    )


# --------------------------------------------------------------------------- case analysis


class _Unknown(Exception):
    """Raised by :class:`_Case` when the rules read a fact that is unknown in this case."""

    def __init__(self, fact: InputFact) -> None:
        super().__init__(fact.value)
        self.fact = fact


@dataclass(frozen=True)
class _Case:
    """One assignment of the input facts; reading a missing fact raises :class:`_Unknown`."""

    values: Mapping[InputFact, object]

    def get(self, fact: InputFact) -> object:
        if fact not in self.values:
            raise _Unknown(fact)
        return self.values[fact]

    def peek(self, fact: InputFact) -> object:
        return self.values.get(fact)

    def flag(self, fact: InputFact) -> bool:
        return self.get(fact) is True

    def route(self) -> Route:
        value = self.get(InputFact.ROUTE)
        assert isinstance(value, Route)
        return value

    def placed_before(self, cutoff: dt.date) -> bool:
        value = self.get(InputFact.PLACED_ON_MARKET)
        assert isinstance(value, dt.date)
        return value < cutoff


@dataclass
class _Outcome:
    applies_from: dt.date | None
    grace: Grace
    normal: DatedAnswer
    deadline: dt.date | None = None
    citations: list[LegalRef] = field(default_factory=list)
    reason_en: list[str] = field(default_factory=list)
    reason_nl: list[str] = field(default_factory=list)
    interpretations: list[str] = field(default_factory=list)

    def key(self) -> tuple[dt.date | None, dt.date | None, str]:
        return (self.applies_from, self.deadline, self.grace)


@dataclass(frozen=True)
class _Request:
    schedule: Schedule
    law: LawVersion
    interpretations: Interpretations
    kind: Kind
    significant_change: dt.date | None


def _later(*dates: dt.date) -> dt.date:
    return max(dates)


def _normal(req: _Request, case: _Case) -> DatedAnswer:
    known = case.peek(InputFact.ROUTE)
    answer = application_date(
        req.schedule, req.law, known if isinstance(known, Route) else None, req.interpretations
    )
    if answer.date is None:
        answer = application_date(req.schedule, req.law, case.route(), req.interpretations)
    return answer


def _rules(req: _Request, case: _Case) -> _Outcome:
    """Art. 111 for one complete-enough case."""
    normal = _normal(req, case)
    assert normal.date is not None
    out = _Outcome(applies_from=normal.date, grace="none", normal=normal)
    out.citations.extend(normal.citations)
    if normal.interpretation:
        out.interpretations.append(normal.interpretation)
    if req.schedule in NEVER_DEFERRED:
        out.reason_en.append(
            f"{normal.reason_en} Art. 5 is never deferred by the transitional rules (Art. 111(1) "
            "and (2): 'without prejudice to the application of Article 5')."
        )
        out.reason_nl.append(
            f"{normal.reason_nl} Artikel 5 wordt nooit uitgesteld door het overgangsrecht "
            "(artikel 111, leden 1 en 2: 'onverminderd de toepassing van artikel 5')."
        )
        return out
    for rule in _RULES:
        if rule(req, case, out):
            return out
    out.reason_en.append(f"{normal.reason_en} No transitional rule of Art. 111 applies.")
    out.reason_nl.append(
        f"{normal.reason_nl} Geen overgangsregel van artikel 111 is van toepassing."
    )
    return out


def _grace_to(out: _Outcome, grace: Grace, deadline: DatedFact, en: str, nl: str) -> bool:
    assert out.applies_from is not None
    out.applies_from = _later(out.applies_from, deadline.date)
    out.deadline = deadline.date
    out.grace = grace
    out.citations.extend(deadline.citations)
    out.reason_en.append(f"{en} Comply by {deadline.date.isoformat()} ({deadline.citation}).")
    out.reason_nl.append(
        f"{nl} Voldoen uiterlijk op {deadline.date.isoformat()} ({deadline.citation.nl()})."
    )
    return True


def _art111_1(req: _Request, case: _Case, out: _Outcome) -> bool:
    """Art. 111(1): Annex X components placed before 2 August 2027 comply by 31 December 2030."""
    if req.kind != "ai_system" or req.schedule not in ANNEX_X_SCHEDULES:
        return False
    cutoff = date_of(DateKey.ANNEX_X_CUTOFF, req.law)
    if not case.placed_before(cutoff.date) or not case.flag(InputFact.ANNEX_X_COMPONENT):
        return False
    return _grace_to(
        out,
        "art111_1",
        date_of(DateKey.ANNEX_X_DEADLINE, req.law),
        f"A component of a large-scale IT system of Annex X placed on the market or put into "
        f"service before {cutoff.date.isoformat()} (Art. 111(1)).",
        f"Een component van een grootschalig IT-systeem van bijlage X, vóór "
        f"{cutoff.date.isoformat()} in de handel gebracht of in gebruik gesteld "
        "(artikel 111, lid 1).",
    )


def _public_authority(req: _Request, case: _Case) -> bool:
    """A3: 'intended to be used by public authorities' (Art. 111(2), second sentence)."""
    reading = req.interpretations.public_authority_use
    intended, used = InputFact.INTENDED_FOR_PUBLIC_AUTHORITIES, InputFact.USED_BY_PUBLIC_AUTHORITIES
    if reading is PublicAuthorityUse.INTENDED_PURPOSE:
        return case.flag(intended)
    if reading is PublicAuthorityUse.ACTUAL_USE:
        return case.flag(used)
    if case.peek(intended) is True or case.peek(used) is True:
        return True
    return case.flag(intended) or case.flag(used)


def _art111_2(req: _Request, case: _Case, out: _Outcome) -> bool:
    """Art. 111(2): legacy high-risk systems; significant change; public authorities by 2030."""
    if req.kind != "ai_system" or req.schedule not in LEGACY_HIGH_RISK_SCHEDULES:
        return False
    known_route = case.peek(InputFact.ROUTE)
    cutoff = art111_2_cutoff(
        req.law, known_route if isinstance(known_route, Route) else None, req.interpretations
    )
    if cutoff.date is None:
        cutoff = art111_2_cutoff(req.law, case.route(), req.interpretations)
    assert cutoff.date is not None
    if not case.placed_before(cutoff.date):
        return False
    if cutoff.interpretation:
        out.interpretations.append(cutoff.interpretation)
    out.citations.extend(cutoff.citations)
    assert out.applies_from is not None
    start = out.applies_from
    cut = cutoff.date.isoformat()
    change = req.significant_change
    changed_from = _later(change, start) if change is not None and change >= cutoff.date else None
    pa_fact = date_of(DateKey.PUBLIC_AUTHORITY_DEADLINE, req.law)
    a3 = f"A3={req.interpretations.public_authority_use.value}"
    if changed_from is not None and changed_from <= pa_fact.date:
        public = case.peek(InputFact.INTENDED_FOR_PUBLIC_AUTHORITIES) is True or (
            case.peek(InputFact.USED_BY_PUBLIC_AUTHORITIES) is True
        )
    else:
        public = _public_authority(req, case)
        out.interpretations.append(a3)
    legacy_en = f"Placed on the market or put into service before the Art. 111(2) cut-off of {cut}"
    legacy_nl = (
        f"Vóór de peildatum van artikel 111, lid 2 ({cut}), in de handel gebracht of in gebruik "
        "gesteld"
    )
    if changed_from is not None and (not public or changed_from <= pa_fact.date):
        out.applies_from = changed_from
        out.grace = "art111_2"
        out.deadline = pa_fact.date if public else None
        out.reason_en.append(
            f"{legacy_en}, but significantly changed in design on {change} (on or after the "
            f"cut-off): the obligation applies from {changed_from.isoformat()}, the later of the "
            f"change and its date of application (Art. 111(2); recital 177)."
        )
        out.reason_nl.append(
            f"{legacy_nl}, maar op {change} aanzienlijk gewijzigd in het ontwerp (op of na de "
            f"peildatum): de verplichting geldt vanaf {changed_from.isoformat()}, de laatste van "
            f"de wijziging en de datum van toepassing (artikel 111, lid 2; overweging 177)."
        )
        return True
    if public:
        out.applies_from = start
        return _grace_to(
            out,
            "art111_2_public_authority",
            pa_fact,
            f"{legacy_en}; intended to be used by public authorities ({a3}): providers and "
            "deployers comply by the public-authority deadline (Art. 111(2), second sentence).",
            f"{legacy_nl}; bedoeld om door overheidsinstanties te worden gebruikt ({a3}): "
            "aanbieders en gebruiksverantwoordelijken voldoen uiterlijk op de termijn voor "
            "overheidsinstanties (artikel 111, lid 2, tweede zin).",
        )
    out.applies_from = None
    out.grace = "art111_2"
    out.reason_en.append(
        f"{legacy_en}, with no significant change in design on or after that date known on the "
        "day of evaluation and not intended to be used by public authorities: the obligation does "
        "not apply to this system unless its design is significantly changed (Art. 111(2))."
    )
    out.reason_nl.append(
        f"{legacy_nl}, zonder bekende aanzienlijke wijziging in het ontwerp op of na die datum en "
        "niet bedoeld om door overheidsinstanties te worden gebruikt: de verplichting is niet van "
        "toepassing op dit systeem, tenzij het ontwerp aanzienlijk wordt gewijzigd "
        "(artikel 111, lid 2)."
    )
    return True


def _art111_3(req: _Request, case: _Case, out: _Outcome) -> bool:
    """Art. 111(3): GPAI models placed before 2 August 2025 comply by 2 August 2027."""
    if req.kind != "gpai_model" or req.schedule not in GPAI_LEGACY_SCHEDULES:
        return False
    cutoff = date_of(DateKey.GPAI_LEGACY_CUTOFF, req.law)
    if not case.placed_before(cutoff.date):
        return False
    return _grace_to(
        out,
        "art111_3",
        date_of(DateKey.GPAI_LEGACY_DEADLINE, req.law),
        f"A general-purpose AI model placed on the market before {cutoff.date.isoformat()} "
        "(Art. 111(3)).",
        f"Een AI-model voor algemene doeleinden dat vóór {cutoff.date.isoformat()} in de handel "
        "is gebracht (artikel 111, lid 3).",
    )


def _art111_4(req: _Request, case: _Case, out: _Outcome) -> bool:
    """Art. 111(4) (amended text): Art. 50(2) for legacy generators by 2 December 2026."""
    if req.kind != "ai_system" or req.schedule not in ART50_2_SCHEDULES:
        return False
    try:
        cutoff = date_of(DateKey.ART50_2_LEGACY_CUTOFF, req.law)
    except NotInVersionError:
        return False
    if not case.flag(InputFact.ART50_2_GENERATOR) or not case.placed_before(cutoff.date):
        return False
    return _grace_to(
        out,
        "art111_4",
        date_of(DateKey.ART50_2_LEGACY_DEADLINE, req.law),
        f"A system generating synthetic audio, image, video or text content placed on the market "
        f"before {cutoff.date.isoformat()}: Art. 50(2) is deferred (Art. 111(4)).",
        f"Een systeem dat synthetische audio, beelden, video of tekst genereert en vóór "
        f"{cutoff.date.isoformat()} in de handel is gebracht: artikel 50, lid 2, wordt uitgesteld "
        "(artikel 111, lid 4).",
    )


_RULES: tuple[Callable[[_Request, _Case, _Outcome], bool], ...] = (
    _art111_1,
    _art111_2,
    _art111_3,
    _art111_4,
)


@lru_cache(maxsize=1024)
def _placing_candidates(significant_change: dt.date | None) -> tuple[dt.date, ...]:
    """Representative placing dates. The rules read the placing date only as ``placed before
    <cut-off>``, and every cut-off is a declared date, so the declared dates cut time into
    intervals within which every comparison comes out the same: one date per interval (its first
    day; the day before the earliest declared date for the interval before it) stands for all.
    A placing cannot follow a significant change."""
    declared = _declared_dates()
    days = {declared[0] - dt.timedelta(days=1), *declared}
    if significant_change is not None:
        days = {d for d in days if d <= significant_change} or {significant_change}
    return tuple(sorted(days))


def _explore(
    req: _Request, known: dict[InputFact, object]
) -> list[tuple[dict[InputFact, object], _Outcome]]:
    """Evaluate the rules in every case the unknown facts can make (reading only what matters)."""
    candidates: dict[InputFact, tuple[object, ...]] = {
        InputFact.ROUTE: tuple(Route),
        InputFact.PLACED_ON_MARKET: _placing_candidates(req.significant_change),
    }
    results: list[tuple[dict[InputFact, object], _Outcome]] = []
    stack = [known]
    while stack:
        values = stack.pop()
        try:
            results.append((values, _rules(req, _Case(values))))
        except _Unknown as missing:
            options = candidates.get(missing.fact, (True, False))
            stack.extend({**values, missing.fact: v} for v in reversed(options))
    return results


def _deciding(
    results: list[tuple[dict[InputFact, object], _Outcome]], known: dict[InputFact, object]
) -> tuple[str, ...]:
    """The unknown facts whose value alone changes the outcome between two cases."""
    branched = {f for values, _ in results for f in values if f not in known}
    deciding: set[InputFact] = set()
    keyed = [(values, outcome.key()) for values, outcome in results]
    for i, (a, key_a) in enumerate(keyed):
        for b, key_b in keyed[i + 1 :]:
            if key_a == key_b:
                continue
            differ = [f for f in a if f in b and a[f] != b[f]]
            if len(differ) == 1:
                deciding.add(differ[0])
    chosen = deciding or branched
    return tuple(f.value for f in InputFact if f in chosen)


def system_deadline(
    schedule: Schedule | str,
    law: LawVersion | str | None,
    route: Route | str | None,
    interpretations: Interpretations = DEFAULT_INTERPRETATIONS,
    *,
    first_placed: dt.date | None,
    significant_change: dt.date | None = None,
    intended_for_public_authorities: bool | None = None,
    used_by_public_authorities: bool | None = None,
    annex_x_component: bool | None = None,
    kind: Kind = "ai_system",
    art50_2_generator: bool | None = None,
    as_of: dt.date,
) -> DeadlineAnswer:
    """The date from which an obligation of ``schedule`` binds this system (or GPAI model) under
    ``law`` (None: the version in force on ``as_of``), after the transitional rules of Art. 111.

    ``first_placed`` is the first placing on the market or putting into service of this type and
    model (Omnibus recital 39). ``art50_2_generator`` is True when the obligation is Art. 50(2)
    (which binds only providers of systems generating synthetic audio, image, video or text
    content, Art. 111(4)); False or None for every other obligation. ``significant_change`` is the
    latest significant change in design; None: none known on ``as_of``.
    """
    sched = Schedule(schedule)
    version = version_in_force(as_of) if law is None else LawVersion.parse(law)
    answer = _answer(
        sched,
        version,
        None if route is None else Route(route),
        interpretations,
        None if first_placed is None else _placing_representative(first_placed),
        significant_change,
        intended_for_public_authorities,
        used_by_public_authorities,
        annex_x_component,
        kind,
        art50_2_generator is True,
    )
    return answer.model_copy(update={"as_of": as_of, "status": status_on(answer, as_of)})


def _placing_representative(placed: dt.date) -> dt.date:
    """The first day of the interval between declared dates that contains ``placed`` (see
    :func:`_placing_candidates`): every rule gives the same answer for the two."""
    declared = _declared_dates()
    index = bisect_right(declared, placed)
    return declared[0] - dt.timedelta(days=1) if index == 0 else declared[index - 1]


@lru_cache(maxsize=1)
def _declared_dates() -> tuple[dt.date, ...]:
    return tuple(sorted({f.date for f in declarations()}))


_UNSET_AS_OF = dt.date.min
"""The ``as_of`` of a cached answer: :func:`system_deadline` sets the real one, and the status
on that day."""


@lru_cache(maxsize=16384)
def _answer(
    sched: Schedule,
    version: LawVersion,
    route: Route | None,
    interpretations: Interpretations,
    first_placed: dt.date | None,
    significant_change: dt.date | None,
    intended_for_public_authorities: bool | None,
    used_by_public_authorities: bool | None,
    annex_x_component: bool | None,
    kind: Kind,
    art50_2_generator: bool,
) -> DeadlineAnswer:
    """:func:`system_deadline` apart from ``as_of``: a pure function of the normalised facts
    (the placing date as the representative of its interval), cached."""
    as_of = _UNSET_AS_OF
    req = _Request(sched, version, interpretations, kind, significant_change)
    given: dict[InputFact, object | None] = {
        InputFact.ROUTE: route,
        InputFact.PLACED_ON_MARKET: first_placed,
        InputFact.INTENDED_FOR_PUBLIC_AUTHORITIES: intended_for_public_authorities,
        InputFact.USED_BY_PUBLIC_AUTHORITIES: used_by_public_authorities,
        InputFact.ANNEX_X_COMPONENT: annex_x_component,
        # Known to the caller: whether the obligation is Art. 50(2), which binds only providers of
        # generating systems; False for every other obligation.
        InputFact.ART50_2_GENERATOR: art50_2_generator,
    }
    known: dict[InputFact, object] = {f: v for f, v in given.items() if v is not None}
    try:
        application_date(sched, version, None, interpretations)
    except NotInVersionError as error:
        return _not_in_version(sched, version, as_of, error)
    results = _explore(req, known)
    outcomes = {o.key() for _, o in results}
    first = results[0][1]
    interps = tuple(dict.fromkeys(i for _, o in results for i in o.interpretations))
    citations = tuple(dict.fromkeys(c for _, o in results for c in o.citations))
    if len(outcomes) == 1:
        reasons_en = list(dict.fromkeys(" ".join(o.reason_en) for _, o in results))
        reasons_nl = list(dict.fromkeys(" ".join(o.reason_nl) for _, o in results))
        answer = DeadlineAnswer(
            schedule=sched,
            law=version,
            as_of=as_of,
            applies_from=first.applies_from,
            deadline=first.deadline,
            grace=first.grace,
            normal=first.normal,
            citations=citations,
            reason_en=_join(reasons_en, "In every case the unknown facts allow: "),
            reason_nl=_join(reasons_nl, "In elk geval dat de onbekende feiten toelaten: "),
            interpretations=interps,
            status=Status.NOT_APPLICABLE,
        )
        return answer  # the status is set with the real as_of by system_deadline
    deciding = _deciding(results, known)
    possible = sorted({o.applies_from for _, o in results}, key=lambda d: (d is None, d))
    graces = {o.grace for _, o in results}
    shown = ", ".join("not applicable" if d is None else d.isoformat() for d in possible)
    shown_nl = ", ".join("niet van toepassing" if d is None else d.isoformat() for d in possible)
    return DeadlineAnswer(
        schedule=sched,
        law=version,
        as_of=as_of,
        applies_from=None,
        deadline=None,
        grace=graces.pop() if len(graces) == 1 else "none",
        undetermined_because=deciding,
        possible_applies_from=tuple(possible),
        normal=application_date(sched, version, route, interpretations),
        citations=citations,
        reason_en=f"Undetermined: depends on {', '.join(deciding)}. Possible dates: {shown}.",
        reason_nl=f"Onbepaald: hangt af van {', '.join(deciding)}. Mogelijke data: {shown_nl}.",
        interpretations=interps,
        status=Status.UNDETERMINED,
    )


def _join(reasons: list[str], prefix: str) -> str:
    if len(reasons) == 1:
        return reasons[0]
    return prefix + " | ".join(reasons)


def _not_in_version(
    schedule: Schedule, law: LawVersion, as_of: dt.date, error: NotInVersionError
) -> DeadlineAnswer:
    reason = str(error)
    normal = DatedAnswer(
        date=None, citations=(), reason_en=reason, reason_nl=reason, interpretation=None
    )
    return DeadlineAnswer(
        schedule=schedule,
        law=law,
        as_of=as_of,
        applies_from=None,
        normal=normal,
        citations=(),
        reason_en=f"The obligation does not exist in {law.label_en}: {reason}.",
        reason_nl=f"De verplichting bestaat niet in {law.label_nl}: {reason}.",
        status=Status.NOT_APPLICABLE,
    )
