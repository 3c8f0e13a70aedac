"""never25 (round 25): review81 D1, duties whose conditions are undetermined but whose date is
"never" whatever the unknown facts are (Art. 111(2)).

never24 moved out of ``Assessment.obligations`` the duties whose conditions hold and whose date
is "never" (``ObligationResult.never_binds``, ``Assessment.not_binding``). review81 D1 found
the same shelter for duties whose conditions are still unknown: in review77's R2 case 7 of the 8
listed obligations (Art. 60(4), 60(4)(c), 60(7), 60(8), 61, 79(4), 82(2)) were "may apply"
though no answer could make one an obligation that applies.

Why "never" holds whatever the open facts are. The timing of an obligation is the value of its
timing group's date rule (``Assessment._timing``), computed on the same three-valued
evaluation as its conditions (:class:`aiact.engine.dates.DateEvaluation`): the possible values
are the union of the values of every case that is not false, up to the first case that is true
("never" added when no case is certainly true); an unknown input date is the value UNKNOWN, and
"the later of" "never" and anything is "never". So the set of possible values holds the value of
every completion of the unknown facts (the Kleene evaluation is monotone: a known truth value
stays known), and the status ``not_applicable`` (``DateResult.status``) is given only where
that set is {"never"}: no completion gives a date. The property below holds that, for the cases
review77/review81 built (and their neighbours), against random completions of every unknown fact
(conditions, roles, public use, dates of placing): the duty stays "never" or stops applying;
test_review71 holds it for the obligations whose conditions hold.

So the status of such a duty is ``not_applicable`` in every completion (its conditions false, or
true with the date "never"): ``ObligationResult.status`` is now ``not_applicable`` where it was
``undetermined`` (and so is ``aiact.frame``'s ``<id>.status``), and ``never_binds`` is ``applies
is not False and status is not_applicable``: ``not_binding`` lists both kinds, each with its
``applies`` ("true": conditions met; "unknown": not yet determined).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st
from lawquote import quote, quote_nl
from test_review71 import _BASE, OPEN, _assess, _case
from timecases import COMPANY, PUBLIC_BODY

import aiact
from aiact.facts import AISystem
from aiact.interpretations import Interpretations
from aiact.portfolio import SUMMARY_COLUMNS, PortfolioEntry
from aiact.timeline.transitional import Status

D = dt.date
_A3 = {"public_authority_use": "actual_use"}
_A21 = {"legacy_general_duties": "literal"}

_R2_UNDETERMINED = {"art60_4", "art60_4_c", "art60_7", "art60_8", "art61", "art79_4", "art82_2"}
"""review81 D1: the duties of review77's R2 case whose conditions are unknown and whose date is
"never"."""


def _quote_111_2() -> None:
    quote(
        "111",
        "this Regulation shall apply to operators of high-risk AI systems, other than the "
        "systems referred to in paragraph 1 of this Article, that have been placed on the market "
        "or put into service before 2 August 2026, only if, as from that date, those systems are "
        "subject to significant changes in their designs",
    )
    quote_nl(
        "indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp ondergaan"
    )


def _r2(**extra: Any) -> Any:
    """review77 R2: reclassified legacy system (Art. 80(2)), A3=actual_use, amended, 2 Dec 2027."""
    return _assess("reclass", "amended", _A3, "2027-12-02", dict(_BASE, **extra))


# --------------------------------------------------------------------------- 1. the property

_PARTIALS: tuple[tuple[str, str, dict[str, str], str, dict[str, Any]], ...] = (
    # review81 D1's rows
    ("reclass", "amended", _A3, "2027-12-02", {}),
    ("iii_provider", "amended", {}, "2028-01-01", {"public": False}),
    ("iii_provider", "original", {}, "2026-09-01", {"public": False}),
    ("reclass", "amended", _A3, "2027-12-02", {"role": OPEN}),
    # neighbours: public intent unknown under A3, A21=literal, an Annex X component, 2031
    ("iii_provider", "amended", _A3, "2028-01-01", {"public": OPEN}),
    ("iii_provider", "original", _A21, "2026-09-01", {"public": False}),
    ("annexx", "amended", _A3, "2028-01-01", {"role": OPEN}),
    ("iii_provider", "amended", {}, "2031-01-01", {"public": False}),
)

_DATES = (None, D(2024, 6, 1), D(2025, 3, 1), D(2026, 9, 1), D(2028, 3, 1))
"""The values a refinement draws for an unknown date of placing or of putting into service."""


def _unknown_leaves(system: dict[str, Any]) -> list[tuple[tuple[str, ...], str]]:
    """The unknown facts of ``system`` (a case dict) that a refinement may give: the three-valued
    flags (``bool | None``) and the dates of placing and putting into service, by path."""
    out: list[tuple[tuple[str, ...], str]] = []

    def walk(data: dict[str, Any], model: Any, path: tuple[str, ...]) -> None:
        for name, value in data.items():
            info = model.model_fields.get(name) if model is not None else None
            if info is None:
                continue
            if isinstance(value, dict):
                sub = info.annotation if isinstance(info.annotation, type) else None
                walk(value, sub, (*path, name))
            elif value is None:
                if info.annotation == (bool | None):
                    out.append(((*path, name), "flag"))
                elif name in ("placed_on_market", "put_into_service"):
                    out.append(((*path, name), "date"))

    walk(system, AISystem, ())
    return out


def _set(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.sampled_from(range(len(_PARTIALS))), st.data())
def test_a_never_dated_duty_stays_never_in_every_refinement(row: int, data: Any) -> None:
    """Property (Art. 111(2), first sentence: the Regulation applies to a legacy high-risk
    system "only if, as from that date, those systems are subject to significant changes in
    their designs"). For review77/review81's cases and their neighbours, each duty listed in
    ``not_binding`` (its conditions met or still unknown, its date "never") is, after any
    refinement of the unknown facts (flags true, false or still unknown; dates of placing and
    of putting into service), either no longer applicable (``applies`` false) or still in
    ``not_binding`` with status ``not_applicable``: never an obligation that applies or may
    apply, never with a date."""
    kind, law, readings, day, state = _PARTIALS[row]
    partial = _assess(kind, law, readings, day, dict(_BASE, **state))
    assert partial is not None
    assert any(r.applies is None for r in partial.not_binding)
    system = _case(kind, dict(_BASE, **state))
    # The biometric facts are checked against each other (a "no" to identification with a
    # "yes" to its details is refused): left unknown, all "no", or drawn one by one.
    biometrics = data.draw(st.sampled_from(("unknown", "no", "drawn")), label="biometrics")
    for path, what in _unknown_leaves(system):
        if path[0] == "definition":
            continue  # the direct answer is_ai_system is given; its facts would contradict it
        if path[0] == "biometrics" and biometrics != "drawn":
            values: tuple[Any, ...] = (None,) if biometrics == "unknown" else (False,)
        elif path == ("transparency", "authorised_by_law_detect_prevent_investigate"):
            values = (None, False)  # "yes" needs an Art. 50 practice the case does not have
        else:
            values = (None, True, False) if what == "flag" else _DATES
        value = data.draw(st.sampled_from(values), label=".".join(path))
        if isinstance(value, dt.date):
            value = value.isoformat()
        _set(system, path, value)
    org = PUBLIC_BODY if kind == "iii_deployer" else COMPANY
    try:
        refined = aiact.assess(system, org, day, law, interpretations=Interpretations(**readings))
    except ValueError:
        assume(False)  # not a valid refinement (facts that contradict each other)
        return
    kept: dict[bool | None, int] = {}
    for before in partial.not_binding:
        after = refined.obligation(before.id)
        if after.applies is False:
            continue
        assert after.status is Status.NOT_APPLICABLE, (before.id, after.timing)
        assert after.applies_from is None and after.due is None
        assert after.never_binds and after in refined.not_binding
        assert after not in refined.obligations
        kept[after.applies] = kept.get(after.applies, 0) + 1
    note(f"kept: {kept}")


def test_every_combination_of_r2s_open_conditions() -> None:
    """R2's three open facts (Art. 60: testing in real-world conditions outside a sandbox; Art.
    79(4): the authority required corrective action; Art. 82(2): it required measures for a
    compliant system that presents a risk), each yes or no: every duty they decide is then
    either not applicable or "conditions met" apart, never an obligation; the obligations
    themselves stay Art. 4(1) alone."""
    _quote_111_2()
    for rwt in (True, False):
        for corrective in (True, False):
            for measures in (True, False):
                system = _case("reclass", dict(_BASE))
                system["conformity"]["real_world_testing_outside_sandbox"] = rwt
                system["authority_actions"]["msa_required_corrective_action"] = corrective
                system["authority_actions"]["msa_required_measures_compliant_system_at_risk"] = (
                    measures
                )
                a = aiact.assess(
                    system, COMPANY, "2027-12-02", "amended", interpretations=Interpretations(**_A3)
                )
                assert [r.id for r in a.obligations] == ["art4_1"]
                assert all(r.applies is True for r in a.not_binding)
                met = {r.id for r in a.not_binding}
                assert ("art61" in met) is rwt and ("art79_4" in met) is corrective
                assert ("art82_2" in met) is measures


# --------------------------------------------------------------------------- 2. the model


def test_r2_lists_one_obligation_and_nine_apart() -> None:
    """review81 D1 on review77's R2: Art. 4(1) is the one obligation (in force); Art. 80(4)-(5)
    (conditions met) and the seven duties whose conditions are unknown are apart, each with its
    ``applies``; their status is ``not_applicable`` (in every completion)."""
    _quote_111_2()
    a = _r2()
    assert [r.id for r in a.obligations] == ["art4_1"]
    apart = {r.id: r.applies for r in a.not_binding}
    assert apart == {"art80_4": True, "art80_5": True} | dict.fromkeys(_R2_UNDETERMINED)
    for r in a.not_binding:
        assert r.status is Status.NOT_APPLICABLE and r.never_binds and not r.may_bind
    # the open questions are as before: they decide whether a duty is listed "conditions met"
    # (aiact.questions reads them; its questions do not change in never25)
    affected = {x for q in a.open_questions for x in q.affects}
    assert affected == _R2_UNDETERMINED


def test_a_duty_whose_date_is_open_still_may_apply() -> None:
    """Only a date that is "never" in every completion moves a duty: with the significant change
    unknown (Art. 111(2): "only if, as from that date, those systems are subject to significant
    changes"), Art. 79(4) and Art. 60(4) may apply from a change, and stay listed as may apply."""
    _quote_111_2()
    a = _r2(change=OPEN)
    for name in ("art79_4", "art60_4", "art80_4"):
        r = a.obligation(name)
        assert r in a.obligations and not r.never_binds
    assert a.not_binding == ()


def test_the_frame_gives_the_same_status() -> None:
    """``aiact.frame.assess_frame`` (column-wise) gives the status of ``aiact.assess``: not
    applicable for a duty whose conditions are unknown and whose date is "never"."""
    pd = pytest.importorskip("pandas")
    from aiact.frame import assess_frame, systems_frame

    system = _case("reclass", dict(_BASE))
    frame = systems_frame([system])
    out = assess_frame(frame, COMPANY, "2027-12-02", "amended", interpretations=_A3)
    a = _r2()
    for r in a.obligation_results:
        assert out[f"{r.id}.status"].iloc[0] == r.status.value, r.id
    assert pd.isna(out["art79_4"].iloc[0])
    assert out["art79_4.status"].iloc[0] == "not_applicable"


# --------------------------------------------------------------------------- 3. the readers


def test_the_json_lists_them_apart_with_their_conditions() -> None:
    """docs/json-contract.md: ``not_binding`` items have ``applies`` "true" (conditions met) or
    "unknown" (not yet determined) and status ``not_applicable``; ``obligations`` keeps its
    documented statuses; valid against the schema; ``schema_version`` stays 2.2 (unreleased)."""
    jsonschema = pytest.importorskip("jsonschema")
    from aiact.schemas import assessment_schema

    a = _r2()
    for lang in ("en", "nl"):
        data = a.to_dict(lang)
        jsonschema.validate(data, assessment_schema())
        assert data["schema_version"] == "2.2"
        assert [o["id"] for o in data["obligations"]] == ["art4_1"]
        apart = {o["id"]: o for o in data["not_binding"]}
        assert apart["art80_4"]["applies"] == "true"
        assert apart["art79_4"]["applies"] == "unknown"
        assert {o["status"] for o in apart.values()} == {"not_applicable"}
        head = a.summary(lang)
        assert head["obligations"] == 1 and head["not_binding"] == 9


def test_the_portfolio_row_adds_up_and_ends_with_not_binding() -> None:
    """The portfolio row: obligations = in_force + upcoming + date_undetermined, undetermined
    counts no duty apart (review81 D1: 7 of R2's), not_binding counts all 9; the column
    ``not_binding`` is the last of the row (after ``error``), so that readers by position of
    the columns of 0.2.0 keep working."""
    a = _r2()
    for lang in ("en", "nl"):
        row = PortfolioEntry(0, "x", None, a).summary(lang)
        assert row["obligations"] == row["in_force"] + row["upcoming"] + row["date_undetermined"]
        assert row["undetermined"] == 0 and row["not_binding"] == 9
    # review83 D1 (round 25): after 0.2.0's columns (``error`` the last of them), those added
    # since, in the order they were added.
    assert SUMMARY_COLUMNS[-4:] == (
        "error",
        "date_undetermined",
        "next_deadline_kind",
        "not_binding",
    )


def test_the_plan_and_the_comparison_leave_them_out() -> None:
    """The compliance plan's steps and undetermined steps, and the comparison of the two texts,
    list none of the duties apart."""
    from aiact.timeline.compare import compare

    a = _r2()
    ids = {s.obligation.id for s in (*a.plan().steps, *a.plan().undetermined)}
    assert not ids & {r.id for r in a.not_binding}
    comparison = compare(_case("reclass", dict(_BASE)), COMPANY, "2028-08-02", interpretations=_A3)
    assert not {c.obligation_id for c in comparison.changes} & _R2_UNDETERMINED


def test_the_web_page_counts_them_apart() -> None:
    """The web result page: the counts of what it lists (Art. 4(1) in force, none "may apply")
    and the number apart (Art. 111(2)), in both languages."""
    from aiact.service.web.view import result

    a = _r2()
    for lang in ("en", "nl"):
        page = result(a, lang)
        assert sum(len(g.rows) for g in page.groups) == len(a.obligations) == 1
        assert page.counts["undetermined"] == 0 and page.counts["not_binding"] == 9


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
def test_the_reports_say_whether_the_conditions_are_met(tmp_path: Path, lang: str) -> None:
    """``aiact assess`` (console, Markdown, HTML): the heading no longer says "conditions met"
    of every duty apart; each row says whether its conditions are met or not yet determined.
    The HTML heading gives its count as "(9 obligations)", not after the article's
    parenthesis."""
    from aiact.cli import main

    nl = lang == "nl"
    heading = (
        "Geldt voor dit systeem pas na een aanzienlijke wijziging van het ontwerp "
        "(artikel 111, lid 2)"
        if nl
        else "Binding on this system only after a significant change in its design (Art. 111(2))"
    )
    met, unknown = ("vervuld", "nog niet vastgesteld") if nl else ("met", "not yet determined")
    runner = CliRunner()
    path = _case_file(tmp_path)
    out = runner.invoke(main, ["assess", "--lang", lang, str(path)], env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    assert heading in out.output and ("Voorwaarden vervuld" if nl else "Conditions met") not in (
        out.output
    )
    for fmt in ("markdown", "html"):
        done = runner.invoke(main, ["assess", "--lang", lang, "--format", fmt, str(path)])
        assert done.exit_code == 0, done.output
        _, _, tail = done.output.partition(heading)
        assert tail and met in tail and unknown in tail
    html = runner.invoke(main, ["assess", "--lang", lang, "--format", "html", str(path)]).output
    count = "9 verplichtingen" if nl else "9 obligations"
    assert f"{heading}: {count}" in html
    assert f"{heading} (9)" not in html
