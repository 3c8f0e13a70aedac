"""pandas views (the optional ``aiact[pandas]`` extra): one row per obligation, or per
catalogue entry. Column names are stable English identifiers; the cell texts follow ``lang``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from aiact.views import _rows as R
from aiact.views.i18n import check_lang, cite, measure_label, obligation_fine_label, role_label

if TYPE_CHECKING:
    import pandas as pd

    from aiact.assessment import Assessment
    from aiact.obligations.model import Obligation


class MissingPandasError(ImportError):
    """pandas is not installed."""


def require_pandas() -> Any:
    try:
        import pandas
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise MissingPandasError(
            "DataFrames need the optional dependency pandas: pip install 'aiact[pandas]'"
        ) from error
    return pandas


OBLIGATION_COLUMNS: tuple[str, ...] = (
    "id",
    "citation",
    "title",
    "addressees",
    "measure",
    "milestone",
    "applies",
    "status",
    "applies_from",
    "deadline",
    "due",
    "fine_tier",
    "algoritmekader",
    "eurlex",
    "timing_reason",
)


def assessment_dataframe(
    a: Assessment, lang: str = "en", *, all_obligations: bool = False
) -> pd.DataFrame:
    """The obligations of an Assessment (``all_obligations``: also those that do not apply), with
    ``applies_from``, ``deadline`` and ``due`` (``ObligationResult.due``) as dates, indexed by
    obligation id."""
    pandas = require_pandas()
    lg = check_lang(lang)
    results = a.obligation_results if all_obligations else a.obligations
    records = []
    for result in results:
        r = R.obligation_row(result, lg)
        records.append(
            {
                "id": r.id,
                "citation": r.citation,
                "title": r.title,
                "addressees": r.addressees,
                "measure": r.measure,
                "milestone": r.milestone,
                "applies": r.applies,
                "status": r.status,
                "applies_from": result.applies_from,
                # a permission or a limitation is owed by no date (rev32c D2, lim33): no
                # deadline or due date here
                "deadline": result.deadline if result.obligation.binds else None,
                "due": result.due if result.obligation.binds else None,
                "fine_tier": r.fine,
                "algoritmekader": r.algoritmekader,
                "eurlex": r.url,
                "timing_reason": r.timing_reason,
            }
        )
    frame = pandas.DataFrame.from_records(records, columns=list(OBLIGATION_COLUMNS))
    for column in ("applies_from", "deadline", "due"):
        frame[column] = pandas.to_datetime(frame[column]).dt.date
    indexed: pd.DataFrame = frame.set_index("id")
    return indexed


def catalogue_dataframe(obligations: Iterable[Obligation], lang: str = "en") -> pd.DataFrame:
    """Catalogue entries as a DataFrame indexed by id."""
    pandas = require_pandas()
    lg = check_lang(lang)
    records = [
        {
            "id": o.id,
            "citation": cite(o.source, lg),
            "title": o.title_nl if lg == "nl" else o.title_en,
            "addressees": ", ".join(role_label(x, lg) for x in o.addressees),
            "measure": measure_label(o.measure, lg),
            "fine_tier": obligation_fine_label(o, lg),
            "algoritmekader": ", ".join(o.algoritmekader),
            "kind": o.kind,
            "eurlex": o.ref.eurlex_url(lg),
        }
        for o in obligations
    ]
    frame: pd.DataFrame = pandas.DataFrame.from_records(records).set_index("id")
    return frame
