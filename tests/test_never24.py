"""never24 (round 24): obligations whose conditions hold but whose date is "never".

review77's remark R2: under A3=actual_use a legacy Annex III system that its provider placed as
not high-risk (Art. 6(3)) and that the market surveillance authority found high-risk (Art. 80(2)),
not used by public authorities, with no significant change: Art. 80(4)-(5) had ``applies`` true
and status ``not_applicable`` (their date rule: "never"). The portfolio counted them under
"Obligations that apply" / "Verplichtingen die gelden" and in none of its date columns; the JSON
listed them under ``obligations`` (whose documented statuses are in_force, upcoming and
undetermined), the console, HTML and Markdown reports in the table of obligations, the compliance
plan as a step, and the director's summary in none of its counts.

The cases (probes over test_review71's builders, both texts, readings {}, A2, A3, A21, A27 and
their pairs, 8 days from 1 Aug 2026 to 1 Jan 2031, and the testing kit's system cases):

* Art. 80(4) and 80(5) (``dates.art80_2_finding_possible`` true, A27=legacy_high_risk, the
  default): the reclassified legacy system is a legacy high-risk system of Art. 111(2) (rule
  ``legacy.placed_before_cutoff.reclassified``); unchanged and not (intended to be) used by
  public authorities, its date rule (``from.high_risk_gated``, the Art. 111(2) branch) gives
  "never" (``legacy.case.unchanged``). Under every reading of A3 where the second sentence does
  not reach it, and not under A27=placed_as_not_high_risk (then it is no legacy system).
* Art. 4 / Art. 4(1) under A21=literal (Art. 111(2) defers the general duties of a legacy
  system too): a provider or deployer of a legacy high-risk system, unchanged, not for public
  authorities: ``from.art4`` / ``from.art4_amended`` give "never".

The legal decision: (a), a presentation defect. Art. 111(2), first sentence: "this Regulation
shall apply to operators of high-risk AI systems ... that have been placed on the market or put
into service before [the cut-off], only if, as from that date, those systems are subject to
significant changes in their designs"; its second sentence reaches only "the providers and
deployers of high-risk AI systems intended to be used by public authorities". So on the facts
given the Regulation, Art. 80 and (under A21=literal) Art. 4 included, does not reach the system:
"never" is right, and only a significant change (or use by public authorities, under A3) would
bring it in. The conditions of the articles themselves (Art. 80(4): "The provider shall ensure
that all necessary action is taken"; the authority's finding of Art. 80(2)) do hold: ``applies``
keeps its meaning, and the transitional provision is the date rule's (as everywhere, Art. 111 is
encoded in the date rules). What was wrong is that outputs counted and listed such a duty as one
that applies. Now :attr:`Assessment.obligations` leaves it out and :attr:`Assessment.not_binding`
lists it, each with the reason of its date.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from lawquote import quote, quote_nl
from test_review71 import _BASE, OPEN, _assess, _case
from timecases import COMPANY

from aiact.portfolio import PortfolioEntry
from aiact.testing import strategies as ais
from aiact.timeline.transitional import Status

D = dt.date
_A3 = {"public_authority_use": "actual_use"}
_A21 = {"legacy_general_duties": "literal"}


def _quote_111_2() -> None:
    quote(
        "111",
        "this Regulation shall apply to operators of high-risk AI systems, other than the "
        "systems referred to in paragraph 1 of this Article, that have been placed on the market "
        "or put into service before 2 August 2026, only if, as from that date, those systems are "
        "subject to significant changes in their designs",
    )
    quote(
        "111",
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps",
    )
    quote_nl(
        "indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp ondergaan"
    )


def _r2(**extra: Any) -> Any:
    """review77 R2: the reclassified legacy system (Art. 80(2)), intended for but not used by
    public authorities, A3=actual_use, amended text, 2 Dec 2027, no change."""
    return _assess("reclass", "amended", _A3, "2027-12-02", dict(_BASE, **extra))


def _row_adds_up(a: Any) -> dict[str, Any]:
    for lang in ("en", "nl"):
        row = PortfolioEntry(0, "x", None, a).summary(lang)
        assert row["obligations"] == row["in_force"] + row["upcoming"] + row["date_undetermined"]
        assert row["not_binding"] == len(a.not_binding)
    return row


def test_art80_of_a_sheltered_legacy_system_is_not_counted_as_applying() -> None:
    """Art. 111(2), first sentence: the Regulation applies to a legacy high-risk system "only if,
    as from that date, those systems are subject to significant changes"; A3=actual_use: not used
    by public authorities, so the second sentence does not reach it. Art. 80(4)-(5)'s conditions
    hold (the finding of Art. 80(2)), their date is "never": not in ``obligations``, listed in
    ``not_binding`` with the reason; the portfolio's columns add up and count them apart."""
    _quote_111_2()
    quote("80", "The provider shall ensure that all necessary action is taken to bring the AI")
    a = _r2()
    for name in ("art80_4", "art80_5"):
        r = a.obligation(name)
        assert r.applies is True and r.status is Status.NOT_APPLICABLE and r.never_binds
        assert r not in a.obligations and r in a.not_binding
        assert r not in a.authority_obligations
    never = "So on these facts the obligation never applies."
    assert never in a.obligation("art80_4").timing.reason("en")
    row = _row_adds_up(a)
    assert row["not_binding"] == len(a.not_binding) == 9  # 7 with unknown conditions (never25)


def test_the_legal_controls_of_r2() -> None:
    """ "never" is right only where Art. 111(2) shelters the system: a significant change on or
    after the cut-off (first sentence, "as from that date") or use by public authorities (second
    sentence, "by 2 August 2030"; A3=actual_use) brings Art. 80(4) in, and so does A27=
    placed_as_not_high_risk (a system placed as not high-risk is no legacy high-risk system).
    In each, Art. 80(4) is an obligation that applies and none is apart."""
    _quote_111_2()
    for a in (
        _r2(change=D(2027, 12, 2)),
        _r2(used=True),
        _assess(
            "reclass",
            "amended",
            _A3 | {"reclassified_system_timing": "placed_as_not_high_risk"},
            "2027-12-02",
            dict(_BASE),
        ),
    ):
        r = a.obligation("art80_4")
        assert r.applies is True and not r.never_binds and r in a.obligations
        assert a.not_binding == ()
    assert _r2().not_binding  # the case itself


@pytest.mark.parametrize(
    ("law", "name", "day"),
    [("original", "art4", "2026-08-02"), ("amended", "art4_1", "2026-08-01")],
)
def test_art4_under_a21_literal(law: str, name: str, day: str) -> None:
    """A21=literal reads Art. 111(2)'s "this Regulation shall apply to operators of high-risk AI
    systems ... only if" as deferring Art. 4 for the provider of a legacy system too: unchanged
    and not for public authorities, Art. 4 never binds it. Its conditions hold (a provider,
    Art. 4: "Providers and deployers of AI systems shall take measures"); not counted as
    applying."""
    _quote_111_2()
    quote("4", "Providers and deployers of AI systems shall take measures to ensure")
    a = _assess("iii_provider", law, _A21, day, dict(_BASE, public=False))
    r = a.obligation(name)
    assert r.never_binds and r in a.not_binding and r not in a.obligations
    _row_adds_up(a)
    # the default reading (A21=general_duties_apply): Art. 4 binds, nothing apart
    b = _assess("iii_provider", law, {}, day, dict(_BASE, public=False))
    assert b.obligation(name) in b.obligations and b.obligation(name) not in b.not_binding


def test_the_json_lists_them_apart() -> None:
    """docs/json-contract.md: ``obligations`` holds "the obligations that apply or may apply",
    status in_force, upcoming or undetermined; those whose date is "never" (Art. 111(2)) are in
    the new key ``not_binding`` (schema 2.2), valid against the schema; ``applies`` keeps its
    meaning (their conditions hold: "true"). The director's headline counts them apart."""
    jsonschema = pytest.importorskip("jsonschema")
    from aiact.schemas import assessment_schema

    a = _r2()
    for lang in ("en", "nl"):
        data = a.to_dict(lang)
        jsonschema.validate(data, assessment_schema())
        assert {o["status"] for o in data["obligations"]} <= {
            "in_force",
            "upcoming",
            "undetermined",
        }
        apart = {o["id"]: o for o in data["not_binding"]}
        # never25: also the 7 whose conditions are unknown ("applies": "unknown")
        assert {k for k, o in apart.items() if o["applies"] == "true"} == {"art80_4", "art80_5"}
        assert apart["art80_4"]["applies"] == "true"
        assert apart["art80_4"]["status"] == "not_applicable"
        assert data["schema_version"] == "2.2"
        head = a.summary(lang)
        assert head["obligations"] == len(data["obligations"]) and head["not_binding"] == 9


def test_the_plan_and_the_comparison_leave_them_out() -> None:
    """The compliance plan orders the obligations that apply; one whose date is "never" (Art.
    111(2)) is no step of it. The comparison of the two texts lists no change of a duty that
    binds the system under neither."""
    from aiact.timeline.compare import compare

    a = _r2()
    ids = {s.obligation.id for s in (*a.plan().steps, *a.plan().undetermined)}
    assert not ids & {"art80_4", "art80_5"}
    system = _case("reclass", dict(_BASE))
    comparison = compare(system, COMPANY, "2028-08-02", interpretations=_A3)
    assert not {c.obligation_id for c in comparison.changes} & {"art80_4", "art80_5"}


def _case_file(tmp_path: Path) -> Path:
    case = {
        "as_of": "2027-12-02",
        "law": "amended",
        "interpretations": _A3,
        "organisation": json.loads(COMPANY.model_dump_json()),
        "system": _case("reclass", dict(_BASE)),
    }
    path = tmp_path / "r2.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_reports_show_them_apart(tmp_path: Path, lang: str) -> None:
    """``aiact assess`` (console, Markdown, HTML): Art. 80(4) is not in the table of obligations
    that apply but in its own section, with the reason of its date (Art. 111(2)). The heading
    said "never binding" ("geldt nooit"); since round 24 (review81's remark) it says what Art.
    111(2) says: "only if, as from that date, those systems are subject to significant changes
    in their designs"."""
    from aiact.cli import main

    nl = lang == "nl"
    heading = (
        "Geldt voor dit systeem pas na een aanzienlijke wijziging van het ontwerp (artikel 111, "
        "lid 2)"
        if nl
        else "Binding on this system only after a significant change in its design (Art. 111(2))"
    )  # never25: no "conditions met" of them all (review81 D1); each row says it
    a = _r2()
    runner = CliRunner()
    path = _case_file(tmp_path)
    out = runner.invoke(main, ["assess", "--lang", lang, str(path)], env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    text = out.output
    count = len(a.obligations)
    assert (f"Verplichtingen ({count})" if nl else f"Obligations ({count})") in text
    # never25: the count after a colon (review81), 9 with those whose conditions are unknown
    assert f"{heading}: 9 {'verplichtingen' if nl else 'obligations'}" in text
    for fmt in ("markdown", "html"):
        done = runner.invoke(main, ["assess", "--lang", lang, "--format", fmt, str(path)])
        assert done.exit_code == 0, done.output
        body = done.output
        assert heading in body
        head, _, tail = body.partition(heading)
        cite = "Artikel 80, lid 4" if nl else "Art. 80(4)"
        assert (
            cite in tail and cite not in head.split("Verplichtingen" if nl else "Obligations")[-1]
        )


def test_the_directors_summary_adds_up() -> None:
    """The web page's director's summary ("Obligations: {in_force} apply now, {upcoming} from a
    later date, {undetermined} may apply") counts every obligation it lists: Art. 80(4)-(5),
    never binding by Art. 111(2), stood in none of its counts while listed."""
    from aiact.service.web.view import result

    a = _r2()
    page = result(a, "nl")
    listed = sum(len(g.rows) for g in page.groups)
    counted = {k: v for k, v in page.counts.items() if k != "not_binding"}  # never25: apart
    assert sum(counted.values()) == listed == len(a.obligations)
    assert page.counts["not_binding"] == len(a.not_binding)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(ais.system_cases(high_risk=True))
def test_the_columns_add_up_over_a_population(case: Any) -> None:
    """Property (never24): for every case of the testing kit, the portfolio row has obligations
    = in_force + upcoming + date_undetermined, ``not_binding`` counts exactly the obligations
    whose conditions hold and whose date is "never" (Art. 111(2)), and none of those is in
    ``Assessment.obligations``."""
    try:
        a = case.assess()
    except ValueError:
        return
    row = _row_adds_up(a)
    # never25: also those whose conditions are unknown (applies None) and date "never"
    never = [
        r
        for r in a.obligation_results
        if r.applies is not False and r.status.value == "not_applicable"
    ]
    assert row["not_binding"] == len(never)
    assert not set(map(id, never)) & set(map(id, a.obligations))
    assert (
        collections.Counter(r.status for r in a.obligations if r.applies is True)[
            Status.NOT_APPLICABLE
        ]
        == 0
    )


@pytest.mark.parametrize(
    ("law", "name"), [("original", "art25_4_original"), ("amended", "art25_4")]
)
def test_the_supplier_of_a_sheltered_system(law: str, name: str) -> None:
    """Art. 25(4): "the third party that supplies ... components ... used or integrated in a
    high-risk AI system shall, by written agreement, specify ... in order to enable the provider
    of the high-risk AI system to fully comply". The supplier's facts give no route; its duty
    follows the date of the system, each route supposed (review43, A35): placed in 2025, unchanged,
    not for public authorities, Art. 111(2) shelters it under both, so the date is "never" (the
    provider it would enable is not bound). Its conditions hold: not counted as applying. A
    system placed after both cut-offs (2028) binds it: nothing apart."""
    _quote_111_2()
    quote("25", "in order to enable the provider of the high-risk AI system to fully comply")
    state = dict(_BASE, public=False, route="none")
    a = _assess("supplier", law, {}, "2026-08-01", state)
    r = a.obligation(name)
    assert r.applies is True and r.never_binds and r in a.not_binding and r not in a.obligations
    _row_adds_up(a)
    b = _assess("supplier", law, {}, "2026-08-01", state | {"placed": D(2028, 3, 1)})
    assert b.obligation(name) in b.obligations and b.obligation(name) not in b.not_binding


_KINDS = ("iii_provider", "supplier", "reclass", "gen50")
_READINGS: tuple[dict[str, str], ...] = ({}, _A3, _A21, {"art111_cutoff": "general_date"})


@pytest.mark.parametrize("law", ["original", "amended"])
def test_the_columns_add_up_over_the_probe_population(law: str) -> None:
    """A reduced copy of the probe (test_review71's builders): 4 kinds x 4 readings x 3 days x
    public use, route (Annex III, Annex I, none) and change (none, after the cut-off, unknown):
    in every portfolio row obligations = in_force + upcoming + date_undetermined, and
    not_binding counts the duties whose date is "never" (Art. 111(2)); some are found."""
    found = collections.Counter()
    for kind, readings, day in itertools.product(
        _KINDS, _READINGS, ("2026-08-01", "2027-12-02", "2030-08-02")
    ):
        for public, route, change in itertools.product(
            (True, False), ("iii", "i", "none"), ("none", D(2028, 9, 1), OPEN)
        ):
            if kind == "reclass" and route != "iii":
                continue
            state = dict(_BASE, public=public, route=route, change=change)
            a = _assess(kind, law, readings, day, state)
            if a is None:
                continue
            _row_adds_up(a)
            found.update(r.id for r in a.not_binding)
    assert found
