"""A day by which an obligation must be met at the latest is marked so in every list of dates:
the portfolio's next deadline and list of deadlines, and the plan's next deadline (review72's
observation, left open in round 21).

Legal rationale. Art. 111(2) of Regulation (EU) 2024/1689 (as amended by 2026/1744 too): a
high-risk system placed on the market or put into service before the cut-off falls under the
Regulation "only if, as from that date, those systems are subject to significant changes in their
designs", and "In any case, the providers and deployers of high-risk AI systems intended to be used
by public authorities shall take the necessary steps to comply with the requirements and
obligations of this Regulation by 2 August 2030" (Dutch: "uiterlijk op 2 augustus 2030"). For a
public authority's legacy system whose significant change is not known, 2 August 2030 is not the
day the duties bind from (a change before it brings them in earlier): it is the day by which they
must be met at the latest. The one-system views and the ICS export already said "(at the latest)"
/ "(uiterlijk)"; the portfolio and the plan's summaries showed the bare date. Where the change is
known not to have happened ("none"), the duties bind from 2 August 2030 itself: no marker.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from aiact.case import Case
from aiact.graph.plan import plan
from aiact.portfolio import run_portfolio
from aiact.timeline.transitional import due_date, kind_of_due, next_due

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "benefits-fraud-risk-scoring.yaml"
CUTOFF_2030 = dt.date(2030, 8, 2)  # Art. 111(2), second sentence


def _case(change_known: bool) -> Case:
    """The bundled municipality's legacy risk-scoring system (Annex III point 5(a), in use since
    2025, intended for public authorities), with its significant change "none" or unknown."""
    data: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    if not change_known:
        data["system"].pop("significant_change")
        data["name"] = "Wijziging onbekend"
    return Case.model_validate(data)


def test_unknown_change_makes_2_august_2030_a_day_by_which_at_the_latest() -> None:
    """Art. 111(2): with the change unknown the duties are due by 2 Aug 2030 at the latest; with
    the change "none" they bind from 2 Aug 2030."""
    open_case = _case(change_known=False).assess()
    assert all(r.applies_from is None and r.due == CUTOFF_2030 for r in open_case.deadlines())
    assert plan(open_case).next_deadline == CUTOFF_2030
    assert plan(open_case).next_deadline_kind == "deadline"
    assert plan(open_case).to_dict()["next_deadline_kind"] == "deadline"
    known = _case(change_known=True).assess()
    assert plan(known).next_deadline == CUTOFF_2030
    assert plan(known).next_deadline_kind == "applies_from"


def test_the_portfolio_rows_say_what_the_next_deadline_is() -> None:
    result = run_portfolio([_case(change_known=False), _case(change_known=True)])
    rows = result.rows()
    assert [(r["next_deadline"], r["next_deadline_kind"]) for r in rows] == [
        ("2030-08-02", "deadline"),
        ("2030-08-02", "applies_from"),
    ]


def test_the_dutch_export_names_the_kind_of_the_next_deadline() -> None:
    """The CSV summary in Dutch: the column "Soort eerstvolgende termijn" with "uiterlijk voldoen
    op" (as the deadlines sheet's "Soort datum") or "geldt vanaf"."""
    from aiact.views.export import header, summary_records

    result = run_portfolio([_case(change_known=False), _case(change_known=True)])
    columns, rows = summary_records(result, "nl")
    assert header("next_deadline_kind", "nl") == "Soort eerstvolgende termijn"
    kinds = [r["next_deadline_kind"] for r in rows]
    assert kinds[0] == "uiterlijk voldoen op" and kinds[1] != kinds[0]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writerows(rows)  # every key a column


def test_the_console_marks_the_day_by_which_at_the_latest(tmp_path: Path) -> None:
    """``aiact portfolio --lang nl`` and ``aiact plan --lang nl`` at 80 columns: "2 aug 2030
    (uiterlijk)" for the unknown change, the bare date for "none"; English "(at the latest)"."""
    from aiact.cli import main

    for change_known in (False, True):
        case = _case(change_known)
        path = tmp_path / f"case{change_known}.yaml"
        path.write_text(yaml.safe_dump(case.model_dump(mode="json"), allow_unicode=True))
        inventory = tmp_path / f"inv{change_known}.yaml"
        inventory.write_text(f"cases:\n  - file: {path.name}\n", encoding="utf-8")
        runner = CliRunner()
        for lang, marked in (
            ("nl", "2 aug 2030 (uiterlijk)"),
            ("en", "2 Aug 2030 (at the latest)"),
        ):
            out = runner.invoke(
                main, ["portfolio", "--lang", lang, str(inventory)], env={"COLUMNS": "80"}
            )
            assert out.exit_code == 0, out.output
            assert max(len(line.rstrip()) for line in out.output.splitlines()) <= 80
            assert (marked in out.output) is not change_known, out.output
            shown = runner.invoke(main, ["plan", "--lang", lang, str(path)], env={"COLUMNS": "80"})
            assert shown.exit_code == 0, shown.output
            assert (marked in shown.output) is not change_known, shown.output
        if change_known:
            assert (
                "Portefeuille: 1 systeem "
                in runner.invoke(
                    main, ["portfolio", "--lang", "nl", str(inventory)], env={"COLUMNS": "80"}
                ).output
            )


_DAYS = st.dates(dt.date(2024, 8, 1), dt.date(2031, 12, 31))
_MAYBE = st.none() | _DAYS


@given(st.lists(st.tuples(_MAYBE, _MAYBE, _MAYBE), max_size=6))
def test_next_due_is_the_first_due_date_firm_where_any_binds_from_it(
    cases: list[tuple[dt.date | None, dt.date | None, dt.date | None]],
) -> None:
    """``next_due`` over (applies_from, deadline, latest) triples: the least due date
    (:func:`due_date`), "applies_from" exactly where some obligation binds from that very day."""
    pairs = [(start, due_date(start, deadline, latest)) for start, deadline, latest in cases]
    dues = [due for _, due in pairs if due is not None]
    found = next_due(pairs)
    if not dues:
        assert found is None
        return
    assert found is not None
    first, kind = found
    assert first == min(dues)
    firm = any(due == first and start == first for start, due in pairs)
    assert kind == ("applies_from" if firm else "deadline")
    for start, due in pairs:
        if due is not None:
            assert kind_of_due(start, due) == ("applies_from" if start == due else "deadline")
