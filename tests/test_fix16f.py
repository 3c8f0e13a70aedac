"""fix16f (round 16): review51's defect. A legacy high-risk system intended for public
authorities and significantly changed before 2 August 2030 is bound from the change (Art. 111(2),
first sentence); 2 August 2030 ("In any case", second sentence) is the latest date, not extra time
after a change (ADR 0037). fix16e made ``PlanStep.due`` the earlier of the two; every other view
still showed 2 August 2030 as "Comply by" / "Uiterlijk voldoen op" beside the change.

Now the rule is written once (:func:`aiact.timeline.transitional.due_date`) and read by
``DeadlineAnswer.due``, ``ObligationResult.due`` and ``PlanStep.due``; the views show under
"Comply by" the due date where an Art. 111 deadline governs (``comply_by``): the obligation
table (console, Markdown, HTML, web page), the plan table, the timing reason, the portfolio's
dates and the timeline figure. ``deadline`` stays in the data as the latest date (review27), and
``due`` is added to the JSON of the obligations, of the plan steps, to the DataFrame and to the
plan graph's nodes. The other deadlines keep their due dates (Art. 111(1), (3), (4)).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from lawquote import quote, quote_nl
from timecases import COMPANY, PUBLIC_BODY, model, system

import aiact
from aiact.timeline.transitional import comply_by, due_date

D = dt.date
CHANGE = {"amended": D(2028, 3, 1), "original": D(2027, 1, 1)}
"""The change of review51's probe: after the cut-off in each version, before 2 August 2030."""


def _quote() -> None:
    quote(
        "111",
        "only if, as from that date, those systems are subject to significant changes in their "
        "designs. In any case, the providers and deployers of high-risk AI systems intended to be "
        "used by public authorities shall take the necessary steps to comply with the "
        "requirements and obligations",
        "both",
    )
    quote_nl(
        "In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken van AI-systemen "
        "met een hoog risico die bedoeld zijn om door overheidsinstanties te worden gebruikt, de "
        "nodige stappen om uiterlijk op 2 augustus 2030"
    )


def _system(change: object, public: bool | None = True, **context: Any) -> aiact.AISystem:
    return system(
        annex_iii=["4a"],
        placed_on_market=D(2025, 3, 1),
        significant_change=change,
        context={"intended_for_public_authorities": public, **context},
    )


def _changed(law: str, as_of: str = "2026-12-05") -> aiact.Assessment:
    return aiact.assess(_system(CHANGE[law]), COMPANY, as_of, law)


# ------------------------------------------------------------------ the rule, written once


def test_due_date_is_the_earlier_known_date() -> None:
    _quote()
    a, b = D(2028, 3, 1), D(2030, 8, 2)
    assert due_date(a, b) == due_date(b, a) == a
    assert due_date(None, b) == b  # the change unknown: due by the deadline, at the latest
    assert due_date(a, None) == a
    assert due_date(None, None) is None
    assert comply_by(a, None) is None  # no Art. 111 deadline: nothing under "Comply by"
    assert comply_by(a, b) == comply_by(None, a) == a


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("change", ["none", D(2026, 10, 1), D(2028, 3, 1), D(2031, 1, 1), None])
@pytest.mark.parametrize("public", [True, False, None])
@pytest.mark.parametrize("annex_x", [False, True])
def test_every_view_reads_the_one_rule(
    law: str, change: object, public: bool | None, annex_x: bool
) -> None:
    """The obligation's ``due`` and ``comply_by``, the plan step's and the JSON's agree, for
    every duty (the rule is :func:`due_date`, nowhere else)."""
    s = _system(change, public, annex_x_large_scale_it_component=annex_x)
    a = aiact.assess(s, COMPANY, "2026-12-05", law)
    plan = a.plan()
    records = {r["id"]: r for r in a.to_dict()["obligations"]}
    for r in a.obligations:
        latest = None if r.timing is None else r.timing.latest  # the bound (review71 D1)
        assert r.due == due_date(r.applies_from, r.deadline, latest), r.id
        assert r.comply_by == (None if r.deadline is None else r.due), r.id
        assert records[r.id]["due"] == (None if r.due is None else r.due.isoformat()), r.id
        if r.applies is True:
            step = plan.step(r.id)
            assert (step.due, step.comply_by) == (r.due, r.comply_by), r.id
            assert step.to_dict()["due"] == records[r.id]["due"], r.id


# ------------------------------------------------------------------ the views of the changed case


@pytest.mark.parametrize("law", ["amended", "original"])
def test_the_data_keeps_2030_as_the_latest_date_and_gives_the_change_as_due(law: str) -> None:
    _quote()
    a = _changed(law)
    r = a.obligation("art9")
    assert (r.applies_from, r.deadline, r.due, r.comply_by) == (
        CHANGE[law],
        D(2030, 8, 2),
        CHANGE[law],
        CHANGE[law],
    )
    record = next(o for o in a.to_dict()["obligations"] if o["id"] == "art9")
    assert record["deadline"] == "2030-08-02" and record["due"] == CHANGE[law].isoformat()
    pytest.importorskip("pandas")
    frame = a.to_dataframe()
    assert frame.loc["art9", "due"] == CHANGE[law]
    assert frame.loc["art9", "deadline"] == D(2030, 8, 2)
    node = a.plan().graph.nodes["art9"]
    assert (node["deadline"], node["due"]) == ("2030-08-02", CHANGE[law].isoformat())


@pytest.mark.parametrize("law", ["amended", "original"])
def test_the_json_validates_against_its_schemas(law: str) -> None:
    from aiact.schemas import assessment_schema
    from aiact.service.schemas import compliance_plan

    a = _changed(law)
    jsonschema.Draft202012Validator(assessment_schema()).validate(json.loads(a.to_json()))
    jsonschema.Draft202012Validator(compliance_plan()).validate(json.loads(a.plan().to_json()))


@pytest.mark.parametrize("law", ["amended", "original"])
def test_the_timing_reason_says_due_on_the_change(law: str) -> None:
    _quote()
    r = _changed(law).obligation("art9")
    assert r.timing is not None
    day = CHANGE[law].isoformat()
    en, nl = r.timing.reason_en, r.timing.reason_nl
    assert "Comply by 2030-08-02" not in en
    assert (
        f"Comply by {day}, the date from which it applies; 2030-08-02 (Art. 111(2)) is only the "
        "latest date." in en
    )
    assert "Uiterlijk voldoen op 2030-08-02" not in nl
    assert (
        f"Uiterlijk voldoen op {day}, de datum vanaf wanneer dit geldt; 2030-08-02 (artikel 111, "
        "lid 2) is alleen de uiterste datum." in nl
    )
    assert "does not postpone the date of the change." in en
    assert "change's." not in en


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_reports_show_no_2030_comply_by(law: str, lang: str) -> None:
    """Markdown and HTML reports (the obligation rows, through ``views._rows``), and the web
    page's rows: no "2 Aug 2030" / "2 aug 2030" anywhere, the change under "Comply by"."""
    from aiact.service.web.view import result

    a = _changed(law)
    latest = "2 Aug 2030" if lang == "en" else "2 aug 2030"
    assert latest not in a.to_markdown(lang)
    assert latest not in a.to_html(lang)
    rows = [row for group in result(a, lang).groups for row in group.rows]
    art9 = next(row for row in rows if row.citation.endswith(" 9"))
    assert art9.deadline == art9.applies_from != ""
    assert all(latest not in row.deadline for row in rows)


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("command", ["assess", "plan"])
def test_the_terminal_at_80_columns(tmp_path: Any, law: str, lang: str, command: str) -> None:
    """``aiact assess`` / ``aiact plan`` on a case file of the changed system, 80 columns."""
    from aiact.cli import main

    s = _system(CHANGE[law])
    case = {
        "as_of": "2026-12-05",
        "law": law,
        "organisation": json.loads(COMPANY.model_dump_json()),
        "system": json.loads(s.model_dump_json()),
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    out = CliRunner().invoke(main, [command, "--lang", lang, str(path)], env={"COLUMNS": "80"})
    assert out.exit_code == 0, out.output
    label = "Comply by" if lang == "en" else "Uiterlijk voldoen op"
    shown = CHANGE[law].strftime("%-d %b %Y")
    if lang == "nl":
        shown = shown.replace("Mar", "mrt").replace("Jan", "jan")
    lines = [line for line in out.output.splitlines() if line.strip().startswith(label)]
    assert lines, out.output
    assert all(line.split(label, 1)[1].strip() == shown for line in lines), lines
    assert ("2 Aug 2030" if lang == "en" else "2 aug 2030") not in out.output


@pytest.mark.parametrize("law", ["amended", "original"])
def test_the_portfolio_lists_no_2030_deadline_for_the_changed_system(law: str) -> None:
    from aiact.portfolio import PortfolioEntry, PortfolioResult

    def rows(a: aiact.Assessment) -> list[dict[str, Any]]:
        return PortfolioResult((PortfolioEntry(0, "x", None, a),)).deadlines("en")

    changed = rows(_changed(law))
    assert changed and all(r["kind_of_date"] == "applies_from" for r in changed)
    assert {r["date"] for r in changed if r["obligation"] == "art9"} == {CHANGE[law].isoformat()}
    # The change unknown: the date from which the duties bind is undetermined, the deadline is
    # known and is the date they are due at the latest (review27): listed as a deadline.
    unknown = rows(aiact.assess(_system(None), COMPANY, "2026-12-05", law))
    art9 = [r for r in unknown if r["obligation"] == "art9"]
    assert [(r["date"], r["kind_of_date"]) for r in art9] == [("2030-08-02", "deadline")]


@pytest.mark.parametrize("law", ["amended", "original"])
def test_the_timeline_draws_no_bar_to_2030(law: str) -> None:
    pytest.importorskip("matplotlib")
    from aiact.graph.draw import _x, draw_timeline

    figure = draw_timeline(_changed(law).plan(), "en")
    ax = figure.axes[0]
    assert ax.get_xlim()[1] < _x(D(2030, 8, 2))
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert "Art. 111 transition" not in legend


# ------------------------------------------------------------------ the other deadlines keep theirs


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_annex_x_deadline_is_shown_as_comply_by(law: str, lang: str) -> None:
    """Art. 111(1): an Annex X component placed before 2 August 2027 is due 31 December 2030,
    whatever the change."""
    from aiact.views._rows import obligation_row

    quote(
        "111", "shall be brought into compliance with this Regulation by 31 December 2030", "both"
    )
    s = _system(CHANGE[law], annex_x_large_scale_it_component=True)
    a = aiact.assess(s, COMPANY, "2026-12-05", law)
    r = a.obligation("art9")
    assert r.deadline == r.due == r.comply_by == D(2030, 12, 31)
    row = obligation_row(r, lang)  # type: ignore[arg-type]
    assert row.deadline == row.applies_from == ("31 Dec 2030" if lang == "en" else "31 dec 2030")
    assert r.timing is not None and "Comply by 2030-12-31 (" in r.timing.reason_en


@pytest.mark.parametrize("law", ["amended", "original"])
def test_the_gpai_deadline_is_shown_as_comply_by(law: str) -> None:
    """Art. 111(3): a model placed before 2 August 2025 is due 2 August 2027."""
    from aiact.views._rows import obligation_row

    quote(
        "111",
        "shall take the necessary steps in order to comply with the obligations laid down in this "
        "Regulation by 2 August 2027",
        "both",
    )
    a = aiact.assess_model(model(D(2025, 3, 1)), COMPANY, "2026-12-05", law)
    with_deadline = [r for r in a.obligations if r.deadline is not None]
    assert with_deadline
    for r in with_deadline:
        assert r.due == r.comply_by == D(2027, 8, 2), r.id
        assert obligation_row(r, "en").deadline == "2 Aug 2027", r.id


def test_the_art111_4_deadline_is_shown_as_comply_by() -> None:
    """Art. 111(4) (amended): Art. 50(2) for a generator placed before 2 August 2026 is due on
    2 December 2026."""
    from aiact.views._rows import obligation_row

    quote(
        "111",
        "shall take the necessary steps in order to comply with Article 50(2) by 2 December 2026",
        "amended",
    )
    s = system(
        placed_on_market=D(2025, 3, 1),
        transparency={"generates_synthetic_image": True, "interacts_directly_with_persons": True},
    )
    r = aiact.assess(s, COMPANY, "2026-08-05", "amended").obligation("art50_2")
    assert r.deadline == r.due == r.comply_by == D(2026, 12, 2)
    assert obligation_row(r, "en").deadline == "2 Dec 2026"


@pytest.mark.parametrize("law", ["amended", "original"])
def test_a_public_deployer_of_a_changed_system_is_due_on_the_change(law: str) -> None:
    """The second sentence names "the providers and deployers": the deployer's duties of the
    changed system are due on the change too, shown so."""
    from aiact.views._rows import obligation_row

    s = system(
        roles=("deployer",),
        annex_iii=["4a"],
        placed_on_market=D(2025, 3, 1),
        significant_change=CHANGE[law],
        context={"intended_for_public_authorities": True},
    )
    a = aiact.assess(s, PUBLIC_BODY, "2026-12-05", law)
    dated = [r for r in a.obligations if r.deadline == D(2030, 8, 2)]
    assert dated
    for r in dated:
        assert r.applies_from is not None and r.due == r.applies_from < D(2030, 8, 2), r.id
        assert "2030" not in obligation_row(r, "en").deadline, r.id
