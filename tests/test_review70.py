"""review70 (round 21): second reading of the lead's fix of review69 D1, D2 and D4 (3e02022).

The fix: ``DateResult.by_deadline`` (a date whose possible cases share one Art. 111 deadline has
come once the deadline has, unless "never" is possible), read by ``on()`` and ``status()``;
``DateResult.latest`` and the ``latest`` argument of ``due_date`` (an undetermined date between
known dates is due by the last of them where that comes before the deadline); the "comply by"
sentence of an undetermined reason; the shared deadline of ``aiact.frame``.

Checked against Art. 111(1)-(4) (2024/1689 and the amended paragraph 2 and new paragraph 4 of
2026/1744), recital 177 and the Dutch text ("In ieder geval ... uiterlijk op 2 augustus 2030").

Probes (through ``aiact.assess``, both texts):

* soundness of ``by_deadline`` and ``latest``: 6 kinds of system (Annex III and Annex I
  provider, public deployer, initial provider and supplier with no route, an Art. 80(2)
  reclassified system), readings A2, A3 (three ways), A21, A27 both ways, 1-2 unknowns among the
  change, public use, placing date, role, Annex X status and Art. 50(2) generation, 7 days from
  6 Dec 2026 to 1 Jan 2031: 809,156 comparisons of a partial state with each completion over
  ~30,000 assessments. No partial "in force" / "upcoming" / "not applicable" that a completion
  contradicts, no partial due date earlier than a completion's, none later than every
  completion's. A reduced copy is the first test below.
* the frame: tests/test_frame.py's two differential properties at 150 examples each, and a
  population of legacy public-authority systems (change unknown / none / dated, public yes /
  unknown / no, 1 Jul 2030 to 1 Jun 2031) at 150 examples: equal.
* the interview (``relevance.best``, goal ``full``) on those states: works, and still asks the
  change after 2030 (the date and the due date still depend on it).

Defects (strict xfail until fixed):

* D1 (portfolio, review69 D1 not fixed there): ``PortfolioResult.deadlines()`` still lists the
  2 August 2030 deadline, and not the due date 2 August 2027, for the no-route system of
  review69 D1, though its own summary says "Next deadline 2027-08-02" and the CHANGELOG says the
  portfolio gives 2027.
* D2 (Art. 111(2), the claim of review69 D2 reached through another unknown): with the placing
  date unknown as well as the change (or with the Annex X status unknown, after 31 Dec 2030), a
  provider's Chapter III duties for a system intended for public authorities stay
  "undetermined" after 2 Aug 2030 and out of the fine exposure, though every completion has them
  in force: ``by_deadline`` needs every possible case to share one deadline, and the Art. 113
  case (placed after the cut-off: a known date, no deadline) or the Annex X case (another
  deadline) breaks that.
* D3 (words): the new reason "Comply by 2027-08-02, the last of the possible dates ...;
  2030-08-02 (Art. 111(2)) is only the latest date." / "Uiterlijk voldoen op 2027-08-02, ...;
  2030-08-02 (artikel 111, lid 2) is alleen de uiterste datum." calls two different dates the
  latest one ("uiterlijk" / "uiterste").
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lawquote import quote, quote_nl, quote_recital
from timecases import ANNEX_I_MEDICAL, COMPANY, PUBLIC_BODY, system

import aiact
from aiact.interpretations import Interpretations
from aiact.portfolio import PortfolioEntry, PortfolioResult
from aiact.timeline.transitional import Status

D = dt.date
PA = D(2030, 8, 2)
"""Art. 111(2), second sentence: "by 2 August 2030"."""
UNKNOWN: Any = object()


def _quote_111_2() -> None:
    quote(
        "111",
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations",
        "both",
    )
    quote_nl(
        "In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken van AI-systemen "
        "met een hoog risico die bedoeld zijn om door overheidsinstanties te worden gebruikt, de "
        "nodige stappen om uiterlijk op 2 augustus 2030"
    )


# --------------------------------------------------------------------------- the probes


_DOMAIN: dict[str, list[Any]] = {
    "change": ["none", D(2026, 10, 1), D(2028, 1, 10), D(2029, 5, 1), D(2030, 8, 3)],
    "public": [True, False],
    "placed": [D(2025, 3, 1), D(2026, 9, 1)],
    "role": [True, False],
}
_BASE: dict[str, Any] = {"change": D(2026, 10, 1), "public": True, "placed": D(2025, 3, 1)}
_ROLE = {"iii_provider": "provider", "i_provider": "provider", "iii_deployer": "deployer"}


def _case(kind: str, state: dict[str, Any]) -> dict[str, Any]:
    """A legacy system of ``kind`` with the facts of ``state`` (UNKNOWN: not known)."""

    def given(name: str) -> Any:
        value = state.get(name, True)
        return None if value is UNKNOWN else value

    role = _ROLE.get(kind)
    s = system(
        roles=(role,) if role else (),
        annex_iii=["4a"] if kind in ("iii_provider", "iii_deployer") else None,
        annex_i=ANNEX_I_MEDICAL if kind == "i_provider" else None,
        placed_on_market=given("placed"),
        significant_change=given("change"),
        context={"intended_for_public_authorities": given("public")},
    ).model_dump(mode="json")
    if kind == "initial":
        s["value_chain"].update(
            initial_provider_of_shifted_system=True, initial_provider_excluded_high_risk_use=False
        )
    if role:
        s["roles"][role] = given("role")
    return s


def _results(
    kind: str, law: str, readings: dict[str, str], day: str, state: dict[str, Any]
) -> dict[str, Any] | None:
    org = PUBLIC_BODY if kind == "iii_deployer" else COMPANY
    try:
        a = aiact.assess(
            _case(kind, state), org, day, law, interpretations=Interpretations(**readings)
        )
    except ValueError:  # not a valid completion (a change before the placing)
        return None
    return {r.id: r for r in a.obligation_results}


_PATTERNS = (("change",), ("public",), ("role",), ("change", "public"), ("change", "placed"))
_READINGS: tuple[dict[str, str], ...] = (
    {},
    {"public_authority_use": "intended_purpose"},
    {"legacy_general_duties": "literal"},
    {"art111_cutoff": "general_date"},
)


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("kind", ["iii_provider", "i_provider", "iii_deployer", "initial"])
def test_by_deadline_and_latest_hold_for_every_completion(kind: str, law: str) -> None:
    """Art. 111(2): with some facts unknown, a status "in force", "upcoming" or "not applicable"
    is that of every completion that applies, and the due date is no earlier than any
    completion's (so ``latest`` is never earlier than what a completion requires) and no later
    than all of them (the last of the possible dates, review69 D1)."""
    _quote_111_2()
    checked = by_deadline = 0
    for readings in _READINGS:
        for pattern in _PATTERNS:
            if "role" in pattern and kind not in _ROLE:
                continue
            for day in ("2027-08-02", "2030-08-01", "2030-08-02", "2031-01-01"):
                partial = _results(
                    kind, law, readings, day, dict(_BASE, **dict.fromkeys(pattern, UNKNOWN))
                )
                assert partial is not None
                dues: dict[str, list[dt.date | None]] = {}
                for values in itertools.product(*(_DOMAIN[k] for k in pattern)):
                    found = _results(
                        kind,
                        law,
                        readings,
                        day,
                        dict(_BASE, **dict(zip(pattern, values, strict=True))),
                    )
                    if found is None:
                        continue
                    for oid, p in partial.items():
                        c = found.get(oid)
                        if p.applies is not True or c is None or c.applies is not True:
                            continue
                        where = (oid, readings, pattern, values, day, p.timing, c.timing)
                        if p.status in (Status.IN_FORCE, Status.UPCOMING, Status.NOT_APPLICABLE):
                            assert c.status is p.status, where
                        if p.status is Status.IN_FORCE and p.applies_from is None:
                            by_deadline += 1  # in force, the date undetermined: by_deadline
                        if p.due is not None and c.due is not None:
                            assert c.due <= p.due, where
                        dues.setdefault(oid, []).append(c.due)
                        checked += 1
                for oid, seen in dues.items():
                    p = partial[oid]
                    if p.due is not None and p.timing is not None and p.timing.latest is not None:
                        assert None not in seen and p.due == max(d for d in seen if d), (oid, seen)
    assert checked > 100 and by_deadline > 0, (checked, by_deadline)


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("role", ["provider", "deployer"])
def test_the_day_before_the_deadline_stays_undetermined(law: str, role: str) -> None:
    """The bound is the deadline, not earlier: on 1 Aug 2030, with the change unknown, an
    unchanged system is not yet bound (Art. 111(2), "by 2 August 2030") and one changed in 2029
    is, so the status is undetermined; from 2 Aug 2030 it is in force (review69 D2)."""
    _quote_111_2()
    org = PUBLIC_BODY if role == "deployer" else COMPANY
    kind = "iii_deployer" if role == "deployer" else "iii_provider"
    before = aiact.assess(_case(kind, dict(_BASE, change=None)), org, "2030-08-01", law)
    on = aiact.assess(_case(kind, dict(_BASE, change=None)), org, "2030-08-02", law)
    for r in before.obligation_results:
        if r.timing is not None and r.timing.rule == "from.high_risk" and r.applies is True:
            assert r.status is Status.UNDETERMINED, r.id
            assert on.obligation(r.id).status is Status.IN_FORCE, r.id
            assert r.id in before.exposure.binding_undetermined, r.id
            assert r.id not in on.exposure.binding_undetermined, r.id


@pytest.mark.parametrize("who", ["initial", "supplier"])
def test_d1_the_due_date_is_the_later_route_date(who: str) -> None:
    """review69 D1 as fixed: the no-route system (published text, changed 1 Oct 2026) is due by
    2 Aug 2027, the Annex I route's date, the later of the two completions (Annex III: from the
    change, 1 Oct 2026, Art. 111(2), first sentence; Annex I: 2 Aug 2027, Art. 113, third
    paragraph, point (c)); 2 Aug 2030 stays the deadline."""
    _quote_111_2()
    due = {}
    for route in (None, "iii", "i"):
        s = system(
            roles=(),
            annex_iii=["4a"] if route == "iii" else None,
            annex_i=ANNEX_I_MEDICAL if route == "i" else None,
            placed_on_market=D(2025, 3, 1),
            significant_change=D(2026, 10, 1),
            context={"intended_for_public_authorities": True},
        ).model_dump(mode="json")
        if who == "initial":
            s["value_chain"].update(
                initial_provider_of_shifted_system=True,
                initial_provider_excluded_high_risk_use=False,
            )
        else:
            s["value_chain"]["supplies_components_for_high_risk"] = True
        a = aiact.assess(s, COMPANY, "2026-12-06", "original")
        entry = "art25_2" if who == "initial" else "art25_4"
        (r,) = [r for r in a.obligation_results if r.id.startswith(entry) and r.applies]
        assert r.deadline == PA
        due[route] = r.due
    assert due == {None: D(2027, 8, 2), "iii": D(2026, 10, 1), "i": D(2027, 8, 2)}


# --------------------------------------------------------------------------- views


def _d1_case(tmp_path: Path) -> Path:
    s = system(
        roles=(),
        placed_on_market=D(2025, 3, 1),
        significant_change=D(2026, 10, 1),
        context={"intended_for_public_authorities": True},
    ).model_dump(mode="json")
    s["value_chain"]["supplies_components_for_high_risk"] = True
    case = {
        "as_of": "2026-12-06",
        "law": "original",
        "organisation": json.loads(COMPANY.model_dump_json()),
        "system": s,
    }
    path = tmp_path / "d1.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


def _d2_case(tmp_path: Path) -> Path:
    s = system(
        annex_iii=["4a"],
        placed_on_market=D(2025, 3, 1),
        significant_change=None,
        context={"intended_for_public_authorities": True},
    ).model_dump(mode="json")
    case = {
        "as_of": "2031-01-01",
        "law": "original",
        "organisation": json.loads(COMPANY.model_dump_json()),
        "system": s,
    }
    path = tmp_path / "d2.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_views_show_the_new_dates_within_80_columns(tmp_path: Path, lang: str) -> None:
    """``aiact assess --lang`` at 80 columns: the no-route system "Comply by" 2 Aug 2027 (D1),
    the legacy public system "applies now" on 1 Jan 2031 with the change unknown (D2); the
    Markdown and HTML reports carry the reason with its "comply by" sentence (D4)."""
    from aiact.cli import main

    nl = lang == "nl"
    runner = CliRunner()
    for path, shown in (
        (
            _d1_case(tmp_path),
            "Uiterlijk voldoen op  2 aug 2027" if nl else "Comply by     2 Aug 2027",
        ),
        (_d2_case(tmp_path), "geldt nu" if nl else "applies now"),
    ):
        out = runner.invoke(main, ["assess", "--lang", lang, str(path)], env={"COLUMNS": "80"})
        assert out.exit_code == 0, out.output
        assert shown in out.output
        assert max(len(line.rstrip()) for line in out.output.splitlines()) <= 80
    md = runner.invoke(
        main, ["assess", "--lang", lang, "--format", "markdown", str(_d2_case(tmp_path))]
    )
    html = runner.invoke(
        main, ["assess", "--lang", lang, "--format", "html", str(_d1_case(tmp_path))]
    )
    assert ("2 aug 2030" if nl else "2 Aug 2030") in md.output
    sentence = (
        # the words of review70 D3
        "Uiterlijk voldoen op 2027-08-02: geen van de mogelijke data"
        if nl
        else "Comply by 2027-08-02: every possible date from which it applies is no later"
    )
    assert sentence in html.output


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_undetermined_reason_names_the_deadline(lang: str) -> None:
    """review69 D4 as fixed: the reason of an undetermined date ends with the 2 Aug 2030
    deadline, cited (Art. 111(2); "artikel 111, lid 2")."""
    s = _case("iii_provider", dict(_BASE, change=None))
    r = aiact.assess(s, COMPANY, "2026-12-06", "original").obligation("art9")
    assert r.timing is not None and r.status is Status.UNDETERMINED
    reason = r.timing.reason_nl if lang == "nl" else r.timing.reason_en
    assert reason.endswith(
        " Uiterlijk voldoen op 2030-08-02 (artikel 111, lid 2)."
        if lang == "nl"
        else " Comply by 2030-08-02 (Art. 111(2))."
    ), reason


# --------------------------------------------------------------------------- frame, interview


@pytest.mark.parametrize("law", ["original", "amended"])
def test_the_frame_agrees_on_the_unknown_placing_and_the_no_route_cases(law: str) -> None:
    """``aiact.frame`` equals ``aiact.assess`` where the lead's probes did not go: the placing
    date unknown with the change (D2 below), the Annex X status unknown, and the initial
    provider with no route (D1), on 1 Aug 2030, 2 Aug 2030 and 1 Jan 2031."""
    pytest.importorskip("pandas")
    from test_frame import _same_as_per_case

    from aiact.frame import assess_frame, systems_frame

    systems = [
        aiact.AISystem.model_validate(
            _case("iii_provider", dict(_BASE, change=None, placed=UNKNOWN))
        ),
        aiact.AISystem.model_validate(
            _case("i_provider", dict(_BASE, change=None, placed=UNKNOWN))
        ),
        aiact.AISystem.model_validate(_case("initial", dict(_BASE))),
        aiact.AISystem.model_validate(_case("initial", dict(_BASE, change=None))),
    ]
    data = _case("iii_provider", dict(_BASE, change=None))
    data["context"]["annex_x_large_scale_it_component"] = None
    systems.append(aiact.AISystem.model_validate(data))
    for day in (D(2030, 8, 1), PA, D(2031, 1, 1)):
        out = assess_frame(systems_frame(systems), COMPANY, day, law)
        _same_as_per_case(
            out.reset_index(drop=True),
            systems,
            [COMPANY] * len(systems),
            day,
            aiact.LawVersion.parse(law),
            Interpretations(),
        )


@pytest.mark.parametrize("law", ["original", "amended"])
def test_the_interview_still_asks_the_change_after_2030(law: str) -> None:
    """Goal ``full`` on 1 Jan 2031, change unknown: the duties are in force (D2), but their date
    and due date still depend on the change (Art. 111(2), first sentence), so the change is
    still a relevant question, and ``best`` gives a question."""
    from aiact.questions import relevance
    from aiact.questions.fields import flatten
    from aiact.questions.goals import Context

    s = _case("iii_provider", dict(_BASE, change=None))
    s["authority_actions"]["msa_found_derogated_system_high_risk"] = False
    facts = flatten({"system": s, "organisation": COMPANY.model_dump(mode="json")}, "system")
    context = Context(D(2031, 1, 1), aiact.LawVersion.parse(law))
    assert relevance.best(facts, "system", context, "full") is not None
    ranked = relevance.rank(facts, "system", context, "full")
    assert "significant_change" in [x.question.id for x in ranked]


# =========================================================================== defects


def test_d1_the_portfolio_lists_the_due_date_of_the_no_route_system() -> None:
    """The no-route system of review69 D1 (published text, changed 1 Oct 2026): due by 2 Aug
    2027 (``ObligationResult.due``, the plan, ``deadlines()``, the summary's next deadline), but
    ``PortfolioResult.deadlines()`` (table, CSV, JSON, xlsx sheet) lists only the 2 Aug 2030
    deadline ("deadline" where ``due != applies_from``). Proposed fix (aiact/portfolio.py): list
    ``r.due``, not ``r.deadline``, as the "deadline" date (they are equal wherever the date
    from which it binds is known and later than the deadline)."""
    s = system(
        roles=(),
        placed_on_market=D(2025, 3, 1),
        significant_change=D(2026, 10, 1),
        context={"intended_for_public_authorities": True},
    ).model_dump(mode="json")
    s["value_chain"]["supplies_components_for_high_risk"] = True
    a = aiact.assess(s, COMPANY, "2026-12-06", "original")
    result = PortfolioResult((PortfolioEntry(0, "x", None, a),))
    assert result.entries[0].summary("en")["next_deadline"] == "2027-08-02"
    rows = {(x["obligation"], x["date"]) for x in result.deadlines("en")}
    assert rows == {("art25_4_original", "2027-08-02")}, rows


def _public_provider(law: str, day: str, placed: Any, annex_x: Any = False) -> Any:
    s = _case("iii_provider", dict(_BASE, change=None, placed=placed))
    s["context"]["annex_x_large_scale_it_component"] = annex_x
    return aiact.assess(s, COMPANY, day, law).obligation("art9")


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("day", ["2030-08-02", "2031-01-01"])
def test_d2_an_unknown_placing_date_keeps_the_duties_undetermined_after_2030(
    law: str, day: str
) -> None:
    """Art. 111(2) with Art. 113: a provider of a system intended for public authorities, change
    unknown, placing date unknown. Placed before the cut-off: bound from a change on or before
    2 Aug 2030, else "in any case" by 2 Aug 2030; placed after it: bound from the Art. 113 date
    (2026 or 2027; 2027 or 2028 amended). Every completion is in force from 2 Aug 2030
    (checked below); the engine says undetermined and leaves Art. 9 out of the fine exposure,
    the defect review69 D2 named, reached through the placing date. Proposed fix: an upper
    bound per possible case (its date where known, its deadline where its value is unknown,
    else none) and "come" once the largest bound has (``by_deadline`` is the case of one
    shared deadline); the static test of tests/test_review69_dates.py already holds each value
    to its deadline."""
    _quote_111_2()
    quote_recital(177, "should, respectively, take the necessary steps to comply")
    for placed in (D(2025, 3, 1), D(2027, 1, 1), D(2029, 1, 1)):
        for change in ("none", D(2029, 5, 1), D(2030, 9, 1)):
            s = _case("iii_provider", dict(_BASE, change=change, placed=placed))
            done = aiact.assess(s, COMPANY, day, law).obligation("art9")
            assert done.status is Status.IN_FORCE, (placed, change)
    assert _public_provider(law, day, UNKNOWN).status is Status.IN_FORCE


@pytest.mark.parametrize("law", ["original", "amended"])
def test_d2_an_unknown_annex_x_status_keeps_the_duties_undetermined_in_2031(law: str) -> None:
    """Art. 111(1) ("by 31 December 2030") beside Art. 111(2) ("by 2 August 2030"): on 1 Jan
    2031, with the change and the Annex X status unknown, every completion is in force (checked
    below); the two deadlines differ, so ``by_deadline`` does not apply and the status is
    undetermined. Proposed fix: as the test above (the larger deadline bounds both)."""
    quote(
        "111",
        "shall be brought into compliance with this Regulation by 31 December 2030",
        "original",
    )
    for annex_x in (True, False):
        for change in ("none", D(2029, 5, 1), D(2030, 9, 1)):
            s = _case("iii_provider", dict(_BASE, change=change))
            s["context"]["annex_x_large_scale_it_component"] = annex_x
            done = aiact.assess(s, COMPANY, "2031-01-01", law).obligation("art9")
            assert done.status is Status.IN_FORCE, (annex_x, change)
    assert _public_provider(law, "2031-01-01", D(2025, 3, 1), None).status is Status.IN_FORCE


def test_d3_the_new_reason_does_not_call_two_dates_the_latest() -> None:
    """The reason of the no-route system: "Comply by 2027-08-02, the last of the possible dates
    from which it applies; 2030-08-02 (Art. 111(2)) is only the latest date." / "Uiterlijk
    voldoen op 2027-08-02, de laatste van de mogelijke data vanaf wanneer dit geldt; 2030-08-02
    (artikel 111, lid 2) is alleen de uiterste datum." "Uiterlijk" 2027 and "de uiterste datum"
    2030 contradict each other on their face (as "by ... 2027" and "the latest date" 2030 do).
    Proposed: "Comply by 2027-08-02: every possible date from which it applies is no later.
    The deadline of 2030-08-02 (Art. 111(2)) comes after it." / "Uiterlijk voldoen op
    2027-08-02: geen van de mogelijke data vanaf wanneer dit geldt, valt later. De termijn van
    2030-08-02 (artikel 111, lid 2) valt daarna." """
    s = system(
        roles=(),
        placed_on_market=D(2025, 3, 1),
        significant_change=D(2026, 10, 1),
        context={"intended_for_public_authorities": True},
    ).model_dump(mode="json")
    s["value_chain"]["supplies_components_for_high_risk"] = True
    r = aiact.assess(s, COMPANY, "2026-12-06", "original").obligation("art25_4_original")
    assert r.timing is not None
    assert "Uiterlijk voldoen op 2027-08-02" in r.timing.reason_nl
    assert "uiterste datum" not in r.timing.reason_nl
    assert "latest date" not in r.timing.reason_en
