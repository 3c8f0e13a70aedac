"""review76 (round 22): second reading of the lead's commit 71c7f27 (``DateResult.floor``, the
status before the Art. 113 date; review75 D1).

The change: ``DateResult.floor``, the earliest day a date rule's value can have whatever the
unknown facts are (per possible case: a declared date, a known input date, a referenced rule's
floor, the later of the known floors of a "later of"; an unknown input date alone or "never":
none; the least over the possible cases), read by ``status()``: "upcoming" where the floor is
after the day and "never" is not possible. ``aiact.frame`` the same per row.

Checked against Art. 111(1)-(3) of 2024/1689, Art. 111(2) as replaced and 111(4) as added by
2026/1744 ("only if, as from that date, those systems are subject to significant changes in
their designs"; "In any case ... by 2 August 2030"), Art. 113 (amended point (c): 2 December
2027 for Annex III, 2 August 2028 for Annex I), recital 177 and the Dutch Art. 111(2).

Legal reading: a significant change brings a legacy system under the Regulation "as from that
date", and the duties of Chapter III cannot bind before their Art. 113 date, so every value a
change can give is the later of the change and that date (the only input date a date rule's value
reads is ``significant_change``, always in such a "later of": aiact/rules/timing.py). The floor
is therefore the Art. 113 date of the route; "upcoming" before it is right, whatever the change.

Probes (scratch scripts through ``aiact.assess`` / ``aiact.assess_model``, both texts):

* Q1, soundness: 7 kinds (Annex III provider, public deployer, supplier, Annex X component,
  Art. 80(2) reclassified, Art. 50(2) generator, general-purpose AI model), 6 readings ({}, A2
  general_date, A3 actual_use, A21 literal, A27 placed_as_not_high_risk, A2+A3), 1-2 unknowns
  among the change (15 dates: "none" and each side of every Art. 113 date, 2030), the placing
  (8 dates), the putting into service, the public use (intended, actual), the role, the route,
  the Annex X status, the generation, a model's placing, on 10 days (each side of 2 Aug 2026,
  2 Dec 2026, 2 Aug 2027, 2 Dec 2027, 2 Aug 2028): 3,171,921 comparisons of a date rule's
  status "upcoming" / "in force" / "not applicable" with each completion, 24,433 of them
  "upcoming" through the floor (an unknown value); 537,456 comparisons of an obligation that
  applies, 8,764 "upcoming" with the date open. None contradicted.
* Q2, the frame: ``assess_frame`` against ``aiact.assess`` (tests/test_frame.py's
  ``_same_as_per_case``) on 306 legacy systems (6 kinds; change unknown / none / three dates;
  placing unknown / three dates; public use unknown / yes / no), 6 readings, 12 days about the
  Art. 113 dates and 2 Aug 2030, both texts: 41,616 rows equal (the rows ``aiact.assess``
  refuses on a day, an Art. 80(2) finding before its article applies, left out).
* Q3, the views: ``aiact assess --lang nl``, ``aiact plan --lang nl``, ``aiact portfolio --lang
  nl`` (table and CSV) for a legacy Annex III provider intended for public authorities with the
  change unknown, on 28 Nov 2026 and 3 Jan 2028 (amended): before the Art. 113 date "geldt vanaf
  een latere datum" with "Uiterlijk voldoen op 2 aug 2030", counted under "Geldt vanaf een latere
  datum" in the portfolio; from it "onbepaald". Right.
* The exposure profile against the exposure on later days (5 kinds, both texts, 4 patterns, both
  routes, 4 days, 11 later days: 2,328 comparisons): 195 differ after 71c7f27, none before it
  (the parent commit 938b225, same probe).

Defect (a strict xfail when found; a plain test since the lead's fix in round 22):

* D1 (the exposure profile; made by 71c7f27). ``Assessment.exposure_profile`` has a point on
  "each later date on which the maximum or the breakdown changes" (``ExposureProfile``), but it
  takes its days from ``applies_from``, ``possible_applies_from`` (which leave out an unknown
  value) and the fine dates. With the change unknown, the duties of a legacy public-authority
  system are now "upcoming" before the Art. 113 date and "undetermined" from it (an assessment
  on that day lists them in ``binding_undetermined``), but no point falls on that date: the
  profile goes from "nothing undetermined" on the day assessed straight to 2 August 2030. Before
  71c7f27 the first point already listed them as binding undetermined. Seen for the Annex III
  provider (amended: 2 Dec 2027; Annex I route: 2 Aug 2028), the public deployer (published,
  Annex I: 2 Aug 2027), the supplier (Art. 25(4)) and the reclassified system. The published
  Annex III case is right only because Art. 101 brings a point on 2 Aug 2026. Proposed fix: add
  the floor of each obligation's date rule (where it is after ``as_of`` and the status is
  upcoming) to the profile's days, e.g. through a ``DeadlineAnswer`` field or
  ``Assessment.dates.result(rule).floor``.

Remark (not a defect): the reason of such an "upcoming" date still reads "The date is
undetermined: ... Possible dates: 2030-08-02, unknown." / "Mogelijke data: 2030-08-02,
onbekend."; it does not say why the status is upcoming (not before 2 Dec 2027). A clause "not
before 2027-12-02 (Art. 113)" / "niet vóór 2027-12-02 (artikel 113)" would say it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lawquote import quote, quote_nl
from test_frame import _same_as_per_case
from test_review71 import _BASE, OPEN, _assess, _case
from timecases import COMPANY, PUBLIC_BODY

import aiact
from aiact.engine.dates import UNKNOWN
from aiact.frame import assess_frame, systems_frame
from aiact.interpretations import Interpretations
from aiact.timeline.transitional import Status
from aiact.versions import LawVersion

D = dt.date


def _quote_111_2() -> None:
    for version in ("original", "amended"):
        quote(
            "111",
            "only if, as from that date, those systems are subject to significant changes in "
            "their designs",
            version,  # type: ignore[arg-type]
        )
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "amended",
    )
    quote(
        "113",
        "2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) "
        "and Annex I",
        "amended",
    )
    quote_nl("indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp")


# --------------------------------------------------------------------------- Q1: soundness

_CHANGE = ["none", D(2026, 8, 1), D(2026, 12, 2), D(2027, 12, 1), D(2027, 12, 2), D(2028, 9, 1)]
_PLACED = [D(2025, 3, 1), D(2026, 8, 1), D(2027, 12, 1), D(2028, 8, 2)]
_DOMAIN: dict[str, list[Any]] = {
    "change": _CHANGE,
    "placed": _PLACED,
    "public": [True, False],
    "role": [True, False],
    "gen": [True, False],
}
_PROBES: dict[str, tuple[tuple[str, ...], ...]] = {
    "iii_provider": (("change", "placed"), ("change", "public")),
    "iii_deployer": (("change", "role"),),
    "supplier": (("change",),),
    "gen50": (("gen", "placed"),),
    "gpai": (("placed",),),
}
_DAYS = (
    "2026-08-01",
    "2026-08-02",
    "2026-12-01",
    "2026-12-02",
    "2027-08-01",
    "2027-08-02",
    "2027-12-01",
    "2027-12-02",
    "2028-08-01",
    "2028-08-02",
)


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("kind", list(_PROBES))
def test_upcoming_is_sound_about_the_art113_dates(kind: str, law: str) -> None:
    """Q1: on the days each side of the Art. 113 dates, a date rule "upcoming", "in force" or
    "not applicable" with facts unknown is so in every completion of them (every date rule of
    the rule set, not only the obligations'), under the default reading and A2 general_date.
    A reduced copy of the probe (module docstring)."""
    _quote_111_2()
    via_floor = 0
    for readings, pattern, day in itertools.product(
        ({}, {"art111_cutoff": "general_date"}), _PROBES[kind], _DAYS
    ):
        base = dict(_BASE, gen=kind == "gen50")
        values = [
            [D(2024, 1, 1), D(2025, 8, 1), D(2025, 8, 2)] if kind == "gpai" else _DOMAIN[k]
            for k in pattern
        ]
        partial = _assess(kind, law, readings, day, base | dict.fromkeys(pattern, OPEN))
        if partial is None:
            continue
        completions = [
            found
            for combo in itertools.product(*values)
            if (
                found := _assess(
                    kind, law, readings, day, base | dict(zip(pattern, combo, strict=True))
                )
            )
            is not None
        ]
        assert completions
        as_of = D.fromisoformat(day)
        for name in partial.dates.plan.rules:
            result = partial.dates.result(name)
            status = result.status(as_of)
            if status is Status.UNDETERMINED:
                continue
            via_floor += status is Status.UPCOMING and UNKNOWN in result.values
            for other in completions:
                assert other.dates.result(name).status(as_of) is status, (name, pattern, day)
    if kind in ("iii_provider", "iii_deployer", "supplier"):
        assert via_floor > 0  # "upcoming" with the change unknown, through the floor


@pytest.mark.parametrize(
    ("law", "route", "readings", "before", "on"),
    [
        ("amended", "i", {}, "2028-08-01", "2028-08-02"),
        ("original", "i", {}, "2027-08-01", "2027-08-02"),
        ("amended", "iii", {"art111_cutoff": "general_date"}, "2027-12-01", "2027-12-02"),
        ("amended", "iii", {"public_authority_use": "actual_use"}, "2027-12-01", "2027-12-02"),
    ],
)
def test_the_floor_is_the_art113_date_of_the_route(
    law: str, route: str, readings: dict[str, str], before: str, on: str
) -> None:
    """Art. 111(2) with Art. 113: with the change unknown, the duties of a legacy provider of a
    system intended for public authorities are upcoming the day before the Art. 113 date of the
    route (Annex I: 2 Aug 2027 published, 2 Aug 2028 amended) and undetermined on it; under A2
    general_date the cut-off is 2 Aug 2026 (a change from then counts) but the duties still wait
    for 2 Dec 2027."""
    _quote_111_2()
    state = dict(_BASE, change=OPEN, route=route, used=True)
    for day, status in ((before, Status.UPCOMING), (on, Status.UNDETERMINED)):
        a = _assess("iii_provider", law, readings, day, state)
        assert a.obligation("art9").status is status, day


def test_a_private_legacy_system_stays_undetermined() -> None:
    """Control: not intended for public authorities, the change unknown: "never" is possible
    (no change, Art. 111(2), first sentence), so no floor makes it upcoming."""
    a = _assess("iii_provider", "amended", {}, "2026-11-28", dict(_BASE, change=OPEN, public=False))
    assert a.obligation("art9").status is Status.UNDETERMINED


# --------------------------------------------------------------------------- Q2: the frame


@pytest.mark.parametrize(
    ("law", "day"),
    [
        ("original", "2026-08-01"),
        ("original", "2026-08-02"),
        ("amended", "2027-12-01"),
        ("amended", "2027-12-02"),
        ("amended", "2028-08-01"),
    ],
)
def test_the_frame_reads_the_floor_as_the_per_case_engine(law: str, day: str) -> None:
    """Q2: ``assess_frame`` equals ``aiact.assess`` (tier, every obligation's status and date,
    exposure, open questions) on legacy systems with the change, the placing or the public use
    unknown, the day before and on an Art. 113 date."""
    systems, organisations = [], []
    for kind, change, placed, public in itertools.product(
        ("iii_provider", "iii_deployer", "supplier"),
        (OPEN, "none", D(2028, 9, 1)),
        (OPEN, D(2025, 3, 1)),
        (OPEN, True),
    ):
        state = dict(_BASE, change=change, placed=placed, public=public)
        systems.append(aiact.AISystem.model_validate(_case(kind, state)))
        organisations.append(PUBLIC_BODY if kind == "iii_deployer" else COMPANY)
    as_of = D.fromisoformat(day)
    options = Interpretations()
    out = assess_frame(systems_frame(systems, organisations), None, as_of, law)
    _same_as_per_case(out, systems, organisations, as_of, LawVersion.parse(law), options)
    if day in ("2026-08-01", "2027-12-01"):
        assert "upcoming" in set(out["art9.status"])


# --------------------------------------------------------------------------- Q3: the views


def _write_case(tmp_path: Path, day: str) -> Path:
    case = {
        "as_of": day,
        "law": "amended",
        "organisation": json.loads(COMPANY.model_dump_json()),
        "system": _case("iii_provider", dict(_BASE, change=OPEN)),
    }
    path = tmp_path / f"legacy-{day}.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("day", "status"),
    [("2026-11-28", "geldt vanaf een latere datum"), ("2028-01-03", "onbepaald")],
)
def test_the_dutch_views_before_and_after_the_art113_date(
    tmp_path: Path, day: str, status: str
) -> None:
    """Q3: ``aiact assess --lang nl`` and ``aiact plan --lang nl`` at 80 columns give Article 9
    of the legacy public-authority system (change unknown, amended) "geldt vanaf een latere
    datum" before 2 Dec 2027 and "onbepaald" after it, each with "Uiterlijk voldoen op 2 aug
    2030" (Art. 111(2): "uiterlijk op 2 augustus 2030")."""
    from aiact.cli import main

    quote_nl("uiterlijk op 2 augustus 2030")
    path = _write_case(tmp_path, day)
    runner = CliRunner()
    for command in ("assess", "plan"):
        out = runner.invoke(main, [command, "--lang", "nl", str(path)], env={"COLUMNS": "80"})
        assert out.exit_code == 0, out.output
        block = out.output.split("Artikel 9\n", 1)[1].split("\n\n", 1)[0]
        assert f"Status                {status}" in block, (command, block)
        assert "Uiterlijk voldoen op  2 aug 2030" in block, (command, block)
        assert max(len(line.rstrip()) for line in out.output.splitlines()) <= 80


def test_the_portfolio_counts_them_under_a_later_date(tmp_path: Path) -> None:
    """Q3: the portfolio's summary counts the 33 Chapter III duties of the legacy system with
    the change unknown under "Geldt vanaf een latere datum" before 2 Dec 2027 (as the system
    changed in 2029 or not at all), and under neither "Geldt nu" nor later from it (the
    undetermined status has no column of its own: "Verplichtingen onbepaald" counts the
    obligations whose applicability is open)."""
    from aiact.cli import main

    inventory = []
    for index, change in enumerate((OPEN, "none", D(2029, 1, 1))):
        system = _case("iii_provider", dict(_BASE, change=change))
        system["name"] = f"legacy-{index}"
        # sup33: the provider's Art. 25(4) agreement is among the 33 where a third party
        # supplies something for the system
        system["value_chain"]["third_party_supplies"] = True
        organisation = json.loads(COMPANY.model_dump_json())
        inventory.append({"law": "amended", "organisation": organisation, "system": system})
    path = tmp_path / "inventory.json"
    path.write_text(json.dumps(inventory, default=str), encoding="utf-8")
    runner = CliRunner()
    counts = {}
    for day in ("2026-11-28", "2028-01-03"):
        csv_path = tmp_path / f"{day}.csv"
        args = ["portfolio", "--lang", "nl", "--no-progress", "--as-of", day]
        out = runner.invoke(main, [*args, "--out", str(csv_path), str(path)])
        assert out.exit_code == 0, out.output
        lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
        header = lines[0].split(",")
        later = header.index("Geldt vanaf een latere datum")
        now = header.index("Geldt nu")
        counts[day] = [(row.split(",")[now], row.split(",")[later]) for row in lines[1:]]
    assert counts["2026-11-28"] == [("1", "33")] * 3
    assert counts["2028-01-03"] == [("1", "0"), ("1", "33"), ("1", "33")]


# --------------------------------------------------------------------------- D1: the profile


def _profile_against_the_day(kind: str, law: str, route: str, as_of: str, later: str) -> None:
    state = dict(_BASE, change=OPEN, route=route)
    a = _assess(kind, law, {}, as_of, state)
    b = _assess(kind, law, {}, later, state)
    point = [p for p in a.exposure_profile.points if p.date <= D.fromisoformat(later)][-1]
    assert b.exposure.binding_undetermined
    assert set(point.binding_undetermined) == set(b.exposure.binding_undetermined), point.date
    assert point.max_ceiling == b.exposure.max_ceiling


@pytest.mark.parametrize(
    ("kind", "law", "route", "as_of", "later"),
    [
        ("iii_provider", "amended", "iii", "2026-11-28", "2028-01-03"),
        ("iii_provider", "amended", "i", "2027-06-01", "2028-08-02"),
        ("iii_deployer", "original", "i", "2026-11-28", "2027-08-02"),
        ("supplier", "amended", "iii", "2026-11-28", "2027-12-02"),
    ],
)
def test_d1_the_profile_has_a_point_where_the_duties_may_start_to_bind(
    kind: str, law: str, route: str, as_of: str, later: str
) -> None:
    """``ExposureProfile``: a point on "every later date on which the maximum or the breakdown
    changes"; the point in effect on ``later`` lists the obligations an assessment on ``later``
    lists as binding undetermined (Art. 111(2): a change "as from that date" may have brought
    them in since the Art. 113 date)."""
    _quote_111_2()
    _profile_against_the_day(kind, law, route, as_of, later)


@pytest.mark.parametrize(
    ("law", "as_of", "later"),
    [
        ("original", "2026-05-01", "2027-01-04"),  # a point on 2 Aug 2026 (Art. 101 applies)
        ("amended", "2028-01-03", "2029-01-01"),  # assessed after the Art. 113 date
    ],
)
def test_d1_control_the_profile_where_a_point_falls_on_the_date(
    law: str, as_of: str, later: str
) -> None:
    """Control: where the profile has a point on the Art. 113 date (the published text, whose
    fine provisions change on 2 Aug 2026) or the day assessed is after it, the point in effect
    lists the same obligations as binding undetermined as the assessment on the later day."""
    _profile_against_the_day("iii_provider", law, "iii", as_of, later)
