"""Art. 111 and the timing of one obligation for one system or model: the result types.

Art. 111 itself is encoded once, as rules: the boolean ``legacy.*`` rules of
:mod:`aiact.rules.transitional` and the date rules of :mod:`aiact.rules.timing`, read by both
engines, the derivations and the proofs. This module holds what an Assessment returns for an
obligation's date (:class:`DeadlineAnswer`, built from the date rules by
:mod:`aiact.engine.dates`) and the statuses.

* Art. 111(1): AI systems that are components of the large-scale IT systems of Annex X, placed on
  the market or put into service before 2 August 2027, comply by 31 December 2030.
* Art. 111(2): other high-risk AI systems placed on the market or put into service before the
  cut-off are covered only if, as from that date, their design changes significantly; in any case
  providers and deployers of those intended to be used by public authorities comply by
  2 August 2030. Cut-off: 2 August 2026 (original); "the date of application of Chapter III
  referred to in Article 113" (amended; reference A2, :func:`art111_2_cutoff`).
* Art. 111(3): general-purpose AI models placed on the market before 2 August 2025 comply by
  2 August 2027.
* Art. 111(4) (amended text only): providers of systems generating synthetic audio, image, video or
  text *placed on the market* before 2 August 2026 comply with Art. 50(2) by 2 December 2026.
* Art. 5 is never deferred ("without prejudice to the application of Article 5", Art. 111(1)
  and (2)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, Protocol

from aiact.interpretations import DEFAULT_INTERPRETATIONS, Interpretations
from aiact.refs import LegalRef, ref
from aiact.timeline.schedule import DatedAnswer, Route
from aiact.versions import LawVersion

__all__ = [
    "DeadlineAnswer",
    "Grace",
    "Status",
    "TimingSource",
    "art111_2_cutoff",
    "comply_by",
    "due_date",
    "kind_of_due",
    "next_due",
    "status_on",
]


Grace = Literal["none", "art111_1", "art111_2", "art111_2_public_authority", "art111_3", "art111_4"]
"""The transitional rule (Art. 111) that gives a date; ``none``: the Art. 113 date."""


class Status(StrEnum):
    """The status of an obligation for a system on a day."""

    IN_FORCE = "in_force"
    UPCOMING = "upcoming"
    NOT_APPLICABLE = "not_applicable"
    UNDETERMINED = "undetermined"


class TimingSource(Protocol):
    """What a :class:`DeadlineAnswer` reads its words and citations from (the date rules of the
    assessment), on demand."""

    def reason(self, lang: str) -> str: ...

    def citations(self) -> tuple[LegalRef, ...]: ...

    def interpretations(self) -> tuple[str, ...]: ...

    def status_on(self, day: dt.date) -> Status: ...


def due_date(
    applies_from: dt.date | None, deadline: dt.date | None, latest: dt.date | None = None
) -> dt.date | None:
    """The date by which an obligation must be met: the earlier of the date from which it binds
    and the Art. 111 'comply by' date, whichever is known (either alone where the other is not).

    The rule is written here once and read by every view (``DeadlineAnswer.due``,
    ``ObligationResult.due``, ``PlanStep.due``, the "Comply by" columns, the timing reason, the
    portfolio's dates and the timeline figure; review51). The two dates differ only where a
    deadline is a backstop that an earlier date may come before: a legacy system intended for
    public authorities and significantly changed before 2 August 2030 is bound from the change
    (Art. 111(2), first sentence: "only if, as from that date, those systems are subject to
    significant changes in their designs"), and the second sentence's "In any case ... by 2 August
    2030" does not postpone that (recital 177: "On an exceptional basis and in light of public
    accountability"; recital 39 of Regulation (EU) 2026/1744: "Any significant change ... should
    trigger the obligation of the provider to fully comply"; review50; ADR 0037). Every other
    deadline of the catalogue is a date the obligation's date is never earlier than (Art. 111(1),
    31 December 2030; Art. 111(2) unchanged, 2 August 2030; Art. 111(3), 2 August 2027; Art.
    111(4), 2 December 2026), so there the due date is the deadline. With the binding date unknown
    (the change unknown) the deadline alone is known: due then, at the latest (review27). Where
    the date is undetermined but bounded (``latest``: :attr:`aiact.engine.dates.DateResult.bound`,
    the latest day it can be whatever the unknown facts are), it is due by that day where it
    comes first: between the Annex III and the Annex I route of a system with no route in the
    facts, the later route's date (review69 D1); with the placing date unknown too, or a model's,
    or the Annex X status, where no one deadline is shared, the latest deadline that can apply
    (review71 D1)."""
    if applies_from is None:
        if latest is None:
            return deadline
        return latest if deadline is None else min(latest, deadline)
    if deadline is None:
        return applies_from
    return min(applies_from, deadline)


def kind_of_due(applies_from: dt.date | None, due: dt.date) -> str:
    """What a due date (:func:`due_date`) is: ``applies_from`` where it is the day the obligation
    binds from, ``deadline`` where it is a day by which it must be met at the latest (an Art. 111
    'comply by' date, or the bound of a date unknown facts leave open; review72). The one rule of
    the views' "(at the latest)" / "(uiterlijk)" and of the portfolio's ``kind_of_date`` and
    ``next_deadline_kind``."""
    return "applies_from" if due == applies_from else "deadline"


def next_due(
    dates: Iterable[tuple[dt.date | None, dt.date | None]],
) -> tuple[dt.date, str] | None:
    """The first due date of ``(applies_from, due)`` pairs with its :func:`kind_of_due`, None
    where none is due. On one day, a day an obligation binds from comes before a day by which
    one must be met at the latest (that day is then firm). The "next deadline" of the plan and
    of the portfolio's summary."""
    found = [(due, kind_of_due(start, due)) for start, due in dates if due is not None]
    return min(found, default=None)


def comply_by(
    applies_from: dt.date | None, deadline: dt.date | None, latest: dt.date | None = None
) -> dt.date | None:
    """What the views show under "Comply by" / "Uiterlijk voldoen op": the due date
    (:func:`due_date`) where an Art. 111 deadline governs, None where none does (the obligation
    is then due from ``applies_from``, which the views show in their own column). For a changed
    legacy system intended for public authorities this is the date of the change, not 2 August
    2030 (review51)."""
    return None if deadline is None else due_date(applies_from, deadline, latest)


@dataclass(frozen=True, eq=False)
class DeadlineAnswer:
    """When an obligation binds one system or model: the value of its group's date rule
    (:mod:`aiact.rules.timing`), with the case that gave it.

    ``applies_from`` is None when the obligation does not apply (``status`` not applicable) or
    when the date is undetermined (``undetermined_because`` names the unknown inputs that decide
    it, ``possible_applies_from`` lists the dates they allow, None standing for "does not
    apply"). ``status`` is the status on ``as_of``: in force also when every possible date has
    passed, upcoming when none has.
    """

    group: str
    """The timing group (``high_risk``, ``art50_2`` ...); its date rule is ``rule``."""
    rule: str
    law: LawVersion
    as_of: dt.date
    applies_from: dt.date | None
    deadline: dt.date | None
    grace: Grace
    status: Status
    undetermined_because: tuple[str, ...]
    possible_applies_from: tuple[dt.date | None, ...]
    case: int | None
    """The index of the case of the date rule that gave the date (None when several may)."""
    source: TimingSource = field(repr=False)
    latest: dt.date | None = None
    """Where the date is undetermined: the latest day it can be whatever the unknown facts are,
    where one is known (:attr:`aiact.engine.dates.DateResult.bound`), which :attr:`due` reads
    (review69 D1, review71 D1)."""
    earliest: dt.date | None = None
    """Where the date is undetermined: the earliest day it can be whatever the unknown facts are,
    where one is known (:attr:`aiact.engine.dates.DateResult.floor`): the day the status may
    turn from upcoming to undetermined (review75 D1, review76 D1)."""

    @property
    def due(self) -> dt.date | None:
        """The date by which the obligation must be met (:func:`due_date`): ``deadline`` is the
        latest date, and an earlier ``applies_from`` comes first (Art. 111(2), first sentence)."""
        return due_date(self.applies_from, self.deadline, self.latest)

    @property
    def comply_by(self) -> dt.date | None:
        """What the views show under "Comply by": :attr:`due` where an Art. 111 deadline governs
        (None where none does: the obligation is due from ``applies_from``, shown apart)."""
        return comply_by(self.applies_from, self.deadline, self.latest)

    @property
    def reason_en(self) -> str:
        """Why, in English: the case of the date rule, the date and its citation."""
        return self.source.reason("en")

    @property
    def reason_nl(self) -> str:
        """Why, in Dutch."""
        return self.source.reason("nl")

    def reason(self, lang: str = "en") -> str:
        return self.source.reason(lang)

    @property
    def citations(self) -> tuple[LegalRef, ...]:
        """The provisions behind the date (the cases' sources and the dates' citations)."""
        return self.source.citations()

    @property
    def interpretations(self) -> tuple[str, ...]:
        """The readings the date depends on, e.g. ``A2=route_date``."""
        return self.source.interpretations()

    def status_on(self, day: dt.date) -> Status:
        """The status on another day."""
        return self.source.status_on(day)


def status_on(answer: DeadlineAnswer | DatedAnswer, as_of: dt.date) -> Status:
    """The status of an answer on ``as_of``: in force from its date, upcoming before it."""
    if isinstance(answer, DatedAnswer):
        if answer.date is None:
            return Status.UNDETERMINED
        return Status.IN_FORCE if as_of >= answer.date else Status.UPCOMING
    return answer.status_on(as_of)


def art111_2_cutoff(
    law: LawVersion | str,
    route: Route | str | None = None,
    interpretations: Interpretations = DEFAULT_INTERPRETATIONS,
) -> DatedAnswer:
    """The Art. 111(2) cut-off: systems placed before it are legacy systems.

    Read off the declared date comparison ``dates.placed_before_art111_2_cutoff_<route>``
    (:data:`aiact.date_facts.COMPARISONS`), the one the rules read. Original text: 2 August
    2026. Amended text: "the date of application of Chapter III referred to in Article 113" --
    A2 ROUTE_DATE: the Sections 1-3 date of the route (Art. 113, third paragraph, point (c));
    A2 GENERAL_DATE: the general date (Art. 113, second paragraph).
    """
    from aiact.date_facts import comparison, target_of
    from aiact.timeline.dates import date_of

    version = LawVersion.parse(law)
    switches = interpretations.as_facts()
    a2 = None if version is LawVersion.ORIGINAL else f"A2={interpretations.art111_cutoff.value}"
    routes = tuple(Route) if route is None else (Route(route),)
    found = {}
    for r in routes:
        target, _ = target_of(
            comparison(f"dates.placed_before_art111_2_cutoff_{r.value}"), version, switches
        )
        assert target is not None and target.key is not None
        found[r] = date_of(target.key, version)
    prefix = () if version is LawVersion.ORIGINAL else (ref("Art. 111(2)"),)
    if len({f.date for f in found.values()}) > 1:
        return DatedAnswer(
            date=None,
            citations=(ref("Art. 111(2)"), *(f.citation for f in found.values())),
            reason_en="Reading A2=route_date: the Art. 111(2) cut-off is the Chapter III "
            "Sections 1-3 date of the system's route, which is unknown.",
            reason_nl="Standaardlezing A2: de grensdatum van artikel 111, lid 2, is de datum van "
            "hoofdstuk III, afdelingen 1-3, voor de route van het systeem, die onbekend is.",
            interpretation=a2,
            undetermined_because=("route",),
        )
    fact = next(iter(found.values()))
    return DatedAnswer(
        date=fact.date,
        citations=(*prefix, *fact.citations),
        reason_en=f"{fact.label_en.rstrip('.')} ({fact.citation}; {version.label_en}).",
        reason_nl=f"{fact.label_nl.rstrip('.')} "
        f"({fact.citation.nl(inline=True)}; {version.label_nl}).",
        interpretation=a2,
    )
