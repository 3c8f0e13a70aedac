"""review77 (round 23): second reading of the lead's commits 0da780d (the reason of an
undetermined date says "none before <floor>"; the portfolio's column ``date_undetermined``) and
399a83b (an unnamed portfolio row is "#N"), and a re-reading of review75 D1 / review76 D1 on
'rule:datecase.from.high_risk.art111_2.public_authorities.0'.

Law: Art. 111(2) of 2024/1689 ("only if, as from that date, those systems are subject to
significant changes in their designs. In any case ... by 2 August 2030"), as replaced by
2026/1744 Art. 1 point (39) ("before the date of application of Chapter III referred to in
Article 113, only if, as from that date"), the Dutch Art. 111(2) ("indien die systemen vanaf die
datum aanzienlijke wijzigingen in hun ontwerp ondergaan"), Art. 113 third paragraph points (a)
and (c) (as amended: 2 December 2027 Annex III, 2 August 2028 Annex I), Art. 4.

Probes (scratch scripts, reduced copies below; both texts, readings {}, A2 general_date, A3
actual_use, A21 literal, A27 placed_as_not_high_risk, Annex III and Annex I, public or not):

* 1a, the clause: 7 kinds x 12 unknown patterns x 9 days (each side of 2 Aug 2026, 2 Dec 2027,
  2 Aug 2028, 2 Aug 2030): 31,132 obligation reasons with the clause, each with completions of
  the unknown facts: no completion below the floor, no listed date below it, EN and NL agree,
  the clause stands exactly where the floor is known and "unknown" possible.
* 1b, the columns: 4,180 assessments x EN/NL: ``date_undetermined`` is the count of obligations
  that apply with status undetermined, and obligations = in_force + upcoming + date_undetermined
  + those whose date is "never" (31 assessments have such a duty).
* precision of the floor: 6,859 undetermined applying duties against 13 change dates: 62 are
  undetermined although every completion is upcoming, all Art. 4 under A21=literal (D1).

Defects:

* D1 (the floor, 71c7f27; shown by 0da780d's clause): under A21=literal (Art. 111(2) defers
  Art. 4 of a legacy system too) the floor of Art. 4 is its own Art. 113 date (2 Feb 2025
  published, 27 Jul 2026 for Art. 4(1) as replaced), not the Art. 111(2) cut-off from which a
  change alone counts; so before the cut-off, with the change unknown, Art. 4 is "undetermined"
  though every completion makes it "upcoming" (review75 D1 for Art. 4), and the reason says
  "none before 2025-02-02", a day before the day assessed and before the placing, which says
  nothing.
* D2 (399a83b's neighbourhood, older): a portfolio error row's message is English in the Dutch
  exports ("Fout" column of CSV/XLSX/JSON), while the console says it in Dutch.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from lawquote import quote, quote_nl
from test_review71 import _BASE, _READINGS, OPEN, _assess

from aiact.case import Case
from aiact.daterules import NEVER
from aiact.engine.dates import UNKNOWN
from aiact.portfolio import PortfolioEntry, parse_inventory_csv, run_portfolio
from aiact.timeline.transitional import Status
from aiact.views.export import header, portfolio_csv

D = dt.date

_LITERAL = {"legacy_general_duties": "literal"}  # A21


def _quote_111_2() -> None:
    quote("111", "only if, as from that date, those systems are subject to significant changes")
    quote(
        "111",
        "placed on the market or put into service before the date of application of Chapter III "
        "referred to in Article 113, only if, as from that date",
        "amended",
    )
    quote_nl(
        "indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp ondergaan"
    )


# ------------------------------------------------------------ 1a: "none before <floor>"

_DAYS = ("2026-08-01", "2026-08-02", "2027-12-01", "2027-12-02", "2028-08-02", "2030-08-02")
_CHANGES = ["none", D(2026, 6, 1), D(2026, 10, 1), D(2027, 12, 2), D(2028, 9, 1), D(2030, 8, 3)]
_PLACINGS = [D(2025, 3, 1), D(2026, 9, 1), D(2028, 3, 1)]


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("route", ["iii", "i"])
def test_the_clause_is_true_for_every_completion(law: str, route: str) -> None:
    """0da780d: "Possible dates: ..., unknown; none before <floor>." stands exactly where the
    floor is known and an unknown date possible, in English and Dutch; no listed date and no
    completion of the change (and the placing) gives a date before the floor (Art. 111(2): a
    change counts "as from that date"; its duties bind from the later of it and the Art. 113
    date). Readings {}, A2, A3, A21, A27; provider of a legacy system intended for public
    authorities."""
    _quote_111_2()
    shown = 0
    for readings, day, pattern in itertools.product(
        _READINGS, _DAYS, (("change",), ("change", "placed"))
    ):
        state = dict(_BASE, route=route)
        partial = _assess("iii_provider", law, readings, day, state | dict.fromkeys(pattern, OPEN))
        assert partial is not None
        domains = [_CHANGES if k == "change" else _PLACINGS for k in pattern]
        completions = [
            c
            for combo in itertools.product(*domains)
            if (
                c := _assess(
                    "iii_provider",
                    law,
                    readings,
                    day,
                    state | dict(zip(pattern, combo, strict=True)),
                )
            )
            is not None
        ]
        for r in partial.obligations:
            if r.timing is None:
                continue
            result = r.timing.source.result  # type: ignore[attr-defined]
            en, nl = r.timing.reason("en"), r.timing.reason("nl")
            wanted = result.floor is not None and UNKNOWN in result.values
            assert ("; none before " in en) is wanted, (readings, day, r.id, en)
            assert ("; geen vóór " in nl) is wanted, (readings, day, r.id, nl)
            if not wanted:
                continue
            shown += 1
            floor = result.floor
            assert f"unknown; none before {floor.isoformat()}." in en
            assert f"onbekend; geen vóór {floor.isoformat()}." in nl
            assert all(v >= floor for v in result.values if isinstance(v, D)), (r.id, en)
            for other in completions:
                for value in other.dates.result(r.timing.source.name).values:  # type: ignore[attr-defined]
                    assert value is NEVER or value >= floor, (readings, day, r.id, value, floor)
    assert shown > 0


def test_the_clause_where_never_is_possible_too() -> None:
    """The route unknown (Annex III, Annex I or none, published text, 1 Aug 2026): "not
    applicable" is possible and the clause is shown; it stays true (no date before 2 Aug 2026,
    the Art. 113 date of Chapter III, Art. 113 second paragraph) and the status is undetermined
    (the floor is not read where "never" is possible)."""
    quote("111", "only if, as from that date, those systems are subject to significant changes")
    a = _assess("iii_provider", "original", {}, "2026-08-01", dict(_BASE, route=OPEN, change=OPEN))
    r = a.obligation("art9")
    assert r.status is Status.UNDETERMINED
    assert "not applicable, unknown; none before 2026-08-02." in r.timing.reason("en")
    assert "niet van toepassing, onbekend; geen vóór 2026-08-02." in r.timing.reason("nl")


def test_a_private_legacy_system_has_no_clause() -> None:
    """Remark R1: a legacy system not intended for public authorities, change unknown: the
    possible values are "not applicable" (a case that gives "never") and "unknown" (the later
    of the change and the Art. 113 date); that case's floor is None, so the reason has no
    clause, though "none before 2027-12-02" would be as true as above. Not wrong, only
    uneven."""
    quote("111", "only if, as from that date, those systems are subject to significant changes")
    a = _assess("iii_provider", "amended", {}, "2026-12-02", dict(_BASE, public=False, change=OPEN))
    reason = a.obligation("art9").timing.reason("nl")
    assert "Mogelijke data: niet van toepassing, onbekend." in reason
    assert "geen vóór" not in reason


# ------------------------------------------------------ 1b: the column date_undetermined


def _columns_add_up(a: Any) -> tuple[int, int]:
    # The portfolio counts duties only: a permission or a limitation binds nobody and is in no
    # column (ADR 0050, 0051; round 33's art8_2 and art72_4 apply on the Annex I route).
    applying = [r for r in a.obligation_results if r.applies is True and r.obligation.binds]
    statuses = collections.Counter(r.status for r in applying)
    for lang in ("en", "nl"):
        row = PortfolioEntry(0, "x", None, a).summary(lang)  # type: ignore[arg-type]
        assert row["date_undetermined"] == statuses[Status.UNDETERMINED]
        # never24: those whose date is "never" are no longer under "obligations" but in their
        # own column not_binding (Art. 111(2)), so the three date columns add up alone
        assert row["obligations"] == len(applying) - statuses[Status.NOT_APPLICABLE]
        # never25 (review81 D1): with those whose conditions are unknown and date "never"
        never = [r for r in a.obligation_results if r.applies is not False and r.obligation.binds]
        apart = sum(1 for r in never if r.status is Status.NOT_APPLICABLE)
        assert row["not_binding"] == apart >= statuses[Status.NOT_APPLICABLE]
        assert row["obligations"] == row["in_force"] + row["upcoming"] + row["date_undetermined"]
    return statuses[Status.UNDETERMINED], statuses[Status.NOT_APPLICABLE]


@pytest.mark.parametrize("law", ["original", "amended"])
def test_the_columns_add_up(law: str) -> None:
    """0da780d: ``date_undetermined`` counts exactly the obligations that apply with status
    undetermined, so obligations = in force + upcoming + date undetermined + those whose date
    is "never" (the legacy provider, public, change unknown, around the Art. 113 dates)."""
    _quote_111_2()
    undetermined = 0
    for day, route in itertools.product(_DAYS, ("iii", "i")):
        a = _assess("iii_provider", law, {}, day, dict(_BASE, route=route, change=OPEN))
        undetermined += _columns_add_up(a)[0]
    assert undetermined > 0


def test_an_applying_duty_whose_date_is_never_is_in_no_column() -> None:
    """Remark R2 (older than 0da780d): under A3=actual_use a legacy system found high-risk
    (Art. 80(2)), not used by public authorities, no change: Art. 80(4)-(5) "apply" (counted in
    "Obligations that apply" / "Verplichtingen die gelden") while their date is "never" (the
    reason ends "Does not apply.", since polish28 "So on these facts the obligation never
    applies."), so they stand in none of the three date columns.

    Fixed in round 24 (never24): their conditions hold (``applies`` stays true) but by Art.
    111(2), first sentence, the Regulation does not reach the system on these facts, so they
    are not obligations that apply: out of ``Assessment.obligations`` and the portfolio's
    "obligations", counted in the column ``not_binding`` ("Voorwaarden vervuld, geldt nooit
    (artikel 111)"), and obligations = in_force + upcoming + date_undetermined."""
    a = _assess(
        "reclass", "amended", {"public_authority_use": "actual_use"}, "2027-12-02", dict(_BASE)
    )
    r = a.obligation("art80_4")
    assert r.applies is True and r.status is Status.NOT_APPLICABLE
    assert r.never_binds and r not in a.obligations and r in a.not_binding
    assert r.timing.reason("en").endswith(
        "So on these facts the obligation never applies. Law: Regulation (EU) 2024/1689 as "
        "amended by Regulation (EU) 2026/1744."
    )
    assert _columns_add_up(a)[1] >= 2


def test_the_dutch_headers_of_the_new_column(tmp_path: Path) -> None:
    """The CSV and XLSX headers in Dutch: "Geldt, datum onbepaald" between "Geldt vanaf een
    latere datum" and "Verplichtingen onbepaald" (round 23; after "Fout" since round 25, review83
    D1). In English the export keeps the machine name
    ``date_undetermined`` (as every column; "Applying, date undetermined" is only the msgid,
    though the CHANGELOG quotes it as a header)."""
    from aiact.cli import main

    assert header("date_undetermined", "nl") == "Geldt, datum onbepaald"
    assert header("date_undetermined", "en") == "date_undetermined"
    inventory = Path(__file__).resolve().parent.parent / "examples" / "inventory.yaml"
    runner = CliRunner()
    # review83 D1 (round 25): the column comes after 0.2.0's, after "Fout".
    wanted = "Fout;Geldt, datum onbepaald;Soort eerstvolgende termijn"
    out_csv = tmp_path / "p.csv"
    args = ["portfolio", "--lang", "nl", "--no-progress", "--csv-dialect", "nl"]
    done = runner.invoke(main, [*args, "--out", str(out_csv), str(inventory)])
    assert done.exit_code == 0, done.output
    assert wanted in out_csv.read_text(encoding="utf-8-sig").splitlines()[0]
    openpyxl = pytest.importorskip("openpyxl")
    out_xlsx = tmp_path / "p.xlsx"
    args = ["portfolio", "--lang", "nl", "--no-progress"]
    done = runner.invoke(main, [*args, "--out", str(out_xlsx), str(inventory)])
    assert done.exit_code == 0, done.output
    sheet = openpyxl.load_workbook(out_xlsx).worksheets[0]
    headers = [c.value for c in sheet[1]]
    at = headers.index("Geldt, datum onbepaald")
    assert headers[at - 1 : at + 2] == wanted.split(";")


# ------------------------------------------- D1: the floor of Art. 4 under A21=literal


_D1_CASES = [
    # law, route, day, obligation, the Art. 111(2) cut-off of the route
    ("original", "iii", "2026-05-01", "art4", D(2026, 8, 2)),
    ("amended", "iii", "2026-12-02", "art4_1", D(2027, 12, 2)),
    ("amended", "i", "2028-01-03", "art4_1", D(2028, 8, 2)),
]


def _quote_d1() -> None:
    _quote_111_2()
    quote("4", "Providers and deployers of AI systems shall take measures to ensure")
    quote("113", "Chapters I and II shall apply from 2 February 2025")


@pytest.mark.parametrize(("law", "route", "day", "name", "cut_off"), _D1_CASES)
def test_d1_control_every_completion_is_upcoming(
    law: str, route: str, day: str, name: str, cut_off: dt.date
) -> None:
    """The probe of D1: under A21=literal, for the provider of a legacy system intended for
    public authorities, every change date (none, before the cut-off, on it, after it) gives
    Art. 4 "upcoming" on a day before the cut-off: a change counts only "as from that date"
    (a change before it gives 2 Aug 2030, as no change)."""
    _quote_d1()
    for change in [*_CHANGES, D(2028, 1, 1), cut_off]:
        a = _assess("iii_provider", law, _LITERAL, day, dict(_BASE, route=route, change=change))
        if a is None:
            continue
        r = a.obligation(name)
        assert r.applies is True and r.status is Status.UPCOMING, (change, r.status)


@pytest.mark.parametrize(("law", "route", "day", "name", "cut_off"), _D1_CASES)
def test_d1_before_the_cut_off_art4_is_upcoming_under_a21(
    law: str, route: str, day: str, name: str, cut_off: dt.date
) -> None:
    """Art. 111(2) under A21=literal ("this Regulation" defers Art. 4 of a legacy system too):
    with the change unknown, on a day before the cut-off, Art. 4 is upcoming (every completion
    is) and the earliest possible day is the cut-off, not Art. 4's own Art. 113 date (2 Feb
    2025; 27 Jul 2026 for Art. 4(1) as replaced), which the reason now shows as "none before
    2025-02-02" / "geen vóór 2026-07-27". Proposed fix: declare the value as the later of the
    change and the later of the base and the cut-off (the same values wherever the case holds),
    or give the change input the cut-off as its floor.

    The Annex I case (amended, 3 Jan 2028) was a strict xfail until round 27: the floor of the
    unknown change was the least cut-off of both routes (2 Dec 2027). r77 reads it case by case
    from the rules the case's condition holds by (``legacy.significant_change.annex_i``: "hr.
    route_annex_i and dates.changed_after_art111_2_cutoff_annex_i"), so 2 Aug 2028 here (Art.
    113, third paragraph, point (c)(ii) as amended: "2 August 2028 as regards AI systems
    classified as high-risk pursuant to Article 6(1) and Annex I")."""
    _quote_d1()
    if route == "i":
        quote(
            "113",
            "2 August 2028 as regards AI systems classified as high-risk pursuant to Article "
            "6(1) and Annex I",
            "amended",
        )
    a = _assess("iii_provider", law, _LITERAL, day, dict(_BASE, route=route, change=OPEN))
    r = a.obligation(name)
    assert r.timing.earliest == cut_off, r.timing.reason("en")
    assert r.status is Status.UPCOMING


def test_d1_controls_where_the_route_does_not_decide_the_floor() -> None:
    """r77 (round 27) controls: the floor of the unknown change is the cut-off of every route by
    which the case can still hold. (a) An Annex III system found high-risk (Art. 80(2)) under
    A30=provider_assessment_stands whose Annex I status is unknown: Art. 80(4) may follow either
    route's cut-off, so the least, 2 Dec 2027 (Art. 113 point (c)(i) as amended), and on 3 Jan
    2028 undetermined. (b) Under A2=general_date both routes' cut-off is the general date (2 Aug
    2026, Art. 113, second paragraph): Art. 4(1) of an Annex I system is no earlier than it."""
    from test_review78 import _A30_STANDS, _run

    _quote_111_2()
    quote("80", "finds that the AI system concerned is high-risk")
    readings = dict(_LITERAL, **_A30_STANDS)
    a = _run("a30", "amended", readings, "2028-01-03", {"change": OPEN, "annex_i": OPEN})
    r = a.obligation("art80_4")
    assert r.status is Status.UNDETERMINED and r.timing.earliest == D(2027, 12, 2)
    readings = dict(_LITERAL, art111_cutoff="general_date")
    b = _run("i", "amended", readings, "2026-07-01", {"change": OPEN})
    r = b.obligation("art4_1")
    assert r.status is Status.UPCOMING and r.timing.earliest == D(2026, 8, 2)


def test_d1_control_with_the_general_cut_off_undetermined_is_right() -> None:
    """Control: under A2=general_date with A21=literal (amended, 2 Dec 2026) a change on 1 Oct
    2026 counts (the cut-off is 2 Aug 2026) and brings Art. 4(1) in: undetermined is right."""
    readings = dict(_LITERAL, art111_cutoff="general_date")
    state = dict(_BASE, change=OPEN)
    a = _assess("iii_provider", "amended", readings, "2026-12-02", state)
    assert a.obligation("art4_1").status is Status.UNDETERMINED
    b = _assess(
        "iii_provider", "amended", readings, "2026-12-02", dict(state, change=D(2026, 10, 1))
    )
    assert b.obligation("art4_1").status is Status.IN_FORCE


# ------------------------------------------------- 2 (399a83b): error rows in Dutch


def test_an_unnamed_error_row_is_numbered_in_dutch_output() -> None:
    """399a83b: the unnamed invalid CSV row is "#1" in the Dutch export (no "case 1")."""
    entries = parse_inventory_csv("name,system.is_ai_system\n,notabool\n", source="inline")
    text = portfolio_csv(run_portfolio(entries, lang="nl"), "nl")
    assert text.splitlines()[1].startswith("#1,")
    assert "case" not in text


def test_d2_the_error_column_of_a_dutch_export_is_dutch(tmp_path: Path) -> None:
    """D2 (older than round 23): ``aiact portfolio --lang nl`` says on the console "veld
    rows[0].system.is_ai_system: verwacht ja of nee ..." and "het bestand bestaat niet", but
    the "Fout" column of the CSV (and XLSX, JSON) carries the English messages "Input should be
    a valid boolean, unable to interpret input" and "file not found"."""
    entries = parse_inventory_csv("name,system.is_ai_system\n,notabool\n", source="inline")
    inventory = tmp_path / "inventory.yaml"
    inventory.write_text(yaml.safe_dump({"cases": [{"file": "missing.yaml"}]}), encoding="utf-8")
    from aiact.portfolio import load_inventory

    entries += load_inventory(inventory)
    text = portfolio_csv(run_portfolio(entries, lang="nl"), "nl")
    assert "Input should be" not in text
    assert "file not found" not in text


# ---------------------------------------- 3: review75 D1 and review76 D1 stay fixed


@pytest.mark.parametrize("law", ["original", "amended"])
def test_review75_d1_and_review76_d1_hold(law: str) -> None:
    """review75 D1 (71c7f27): an applying duty whose floor is after the day assessed and that
    cannot be "never" is upcoming; review76 D1 (d56c4e4): the exposure profile has a point on
    each such floor, and the point in effect on a later day lists the obligations an assessment
    on that day lists as binding undetermined, with the same ceiling. Kinds: provider, public
    deployer, supplier, reclassified; routes Annex III and I; readings {}, A2, A3, A21, A27."""
    _quote_111_2()
    checked = 0
    for kind, route, readings in itertools.product(
        ("iii_provider", "iii_deployer", "supplier", "reclass"), ("iii", "i"), _READINGS
    ):
        state = dict(_BASE, route=route, change=OPEN)
        later = {d: _assess(kind, law, readings, d, state) for d in ("2027-12-02", "2029-06-01")}
        for as_of in ("2026-05-01", "2026-11-28", "2027-12-01"):
            a = _assess(kind, law, readings, as_of, state)
            if a is None:
                continue
            dates = {p.date for p in a.exposure_profile.points}
            for r in a.obligations:
                if r.applies is not True or r.timing is None:
                    continue
                result = r.timing.source.result  # type: ignore[attr-defined]
                floor = result.floor
                if floor is not None and floor > a.as_of and NEVER not in result.values:
                    checked += 1
                    assert r.status is Status.UPCOMING, (kind, route, readings, as_of, r.id)
                    if UNKNOWN in result.values:  # undetermined: the profile reads the floor
                        assert r.timing.earliest == floor and floor in dates
            for day, b in later.items():
                if b is None or D.fromisoformat(day) <= a.as_of:
                    continue
                point = [p for p in a.exposure_profile.points if p.date <= b.as_of][-1]
                assert set(point.binding_undetermined) == set(b.exposure.binding_undetermined)
                assert point.max_ceiling == b.exposure.max_ceiling
    assert checked > 0


def test_d2_a_day_before_the_act_is_refused_in_dutch_with_its_reason() -> None:
    """Round 23 (review77 D2): a day assessed before 1 August 2024 is refused with its own kind
    (``before_in_force``) and, in Dutch, says why and what to give, in the console and the
    "Fout" column alike (it said only "de waarde is niet toegestaan voor dit veld")."""
    quote("113", "This Regulation shall enter into force on the twentieth day following that")
    case = Case.model_validate(
        {"name": "x", "as_of": "2020-01-01", "organisation": {}, "system": {"is_ai_system": True}}
    )
    (entry,) = run_portfolio([case], lang="nl").entries
    assert [p.kind for p in entry.problems] == ["before_in_force"]
    text = portfolio_csv(run_portfolio([case], lang="nl"), "nl")
    assert (
        "2020-01-01 ligt vóór de inwerkingtreding van de AI-verordening op 1 augustus 2024" in text
    )
    assert "artikel 113, eerste alinea" in text
