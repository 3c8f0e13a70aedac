"""Time in the AI Act: law versions, application dates (Art. 113), transitional rules (Art. 111).

* :mod:`.dates`: every date of Arts. 111 and 113 as a declaration with its citation and versions.
* :mod:`.schedule`: when an obligation starts to apply (Art. 113) — :func:`application_date`.
* :mod:`.transitional`: the Art. 111(2) cut-off and the result types of an obligation's timing
  (Art. 111 itself is encoded once, as the rules of :mod:`aiact.rules.transitional` and the date
  rules of :mod:`aiact.rules.timing`; an Assessment reads an obligation's date off them).
* :mod:`.milestones`: the key dates with what starts on each (English and Dutch).
* :mod:`.calendar`: iCalendar export (needs the optional ``icalendar`` dependency).
"""

from aiact.timeline.calendar import (
    EURLEX_AI_ACT,
    EURLEX_OMNIBUS,
    CalendarEvent,
    MissingDependencyError,
    milestones_ics,
    to_ics,
)
from aiact.timeline.compare import ObligationChange, VersionComparison, compare
from aiact.timeline.dates import (
    DECLARATIONS,
    DatedFact,
    DateKey,
    NotInVersionError,
    TimelineError,
    date_of,
    declarations,
)
from aiact.timeline.milestones import Milestone, milestones
from aiact.timeline.schedule import DatedAnswer, Route, Schedule, application_date
from aiact.timeline.transitional import (
    DeadlineAnswer,
    Grace,
    Status,
    art111_2_cutoff,
    status_on,
)

__all__ = [
    "DECLARATIONS",
    "EURLEX_AI_ACT",
    "EURLEX_OMNIBUS",
    "CalendarEvent",
    "DateKey",
    "DatedAnswer",
    "DatedFact",
    "DeadlineAnswer",
    "Grace",
    "Milestone",
    "MissingDependencyError",
    "NotInVersionError",
    "ObligationChange",
    "Route",
    "Schedule",
    "Status",
    "TimelineError",
    "VersionComparison",
    "application_date",
    "art111_2_cutoff",
    "compare",
    "date_of",
    "declarations",
    "milestones",
    "milestones_ics",
    "status_on",
    "to_ics",
]
