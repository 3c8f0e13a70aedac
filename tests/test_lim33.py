"""lim33 (round 33): a carve-out that binds nobody is no step and no fine (rev32c D4).

Art. 26(5), first subparagraph, ends: "This obligation shall not cover sensitive operational
data of deployers of AI systems which are law enforcement authorities" (Dutch: "Deze
verplichting geldt niet voor gevoelige operationele gegevens van gebruiksverantwoordelijke van
AI-systemen die de hoedanigheid van rechtshandhavingsinstanties hebben"); Art. 72(2) ends alike
for the provider's post-market monitoring. Each sentence narrows a duty (art26_5, art72) and
binds nobody: nobody can infringe it, and "Member States shall lay down the rules on penalties
... applicable to infringements of this Regulation by operators" (Art. 99(1)). The catalogue
entries art26_5_law_enforcement and art72_2_law_enforcement are therefore of a third modality,
``limitation`` (:class:`aiact.obligations.model.Modality`, ADR 0051): as a permission, no step,
deadline, ICS event or fine; listed apart, "Limits on your obligations" / "Grenzen aan uw
verplichtingen", each naming the duty it narrows (``Obligation.limits``), which stays a duty,
a step and fined.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given
from lawquote import quote, quote_nl

import aiact
from aiact.cli import main as cli
from aiact.obligations import Modality, catalogue
from aiact.obligations.catalogue import CatalogueError, _validate
from aiact.schemas import assessment_schema
from aiact.service.schemas import compliance_plan
from aiact.testing import strategies as ais
from aiact.views.i18n import modality_label, obligation_fine_label

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "benefits-fraud-risk-scoring.yaml"
LIMITATIONS = {"art26_5_law_enforcement": "art26_5", "art72_2_law_enforcement": "art72"}
"""The limitations of the catalogue and the duty each narrows."""


def _case(*, provider: bool = False) -> dict[str, Any]:
    """A police force (law-enforcement authority, Art. 3(45)) deploying, and with ``provider``
    also providing, an Annex III point 6(d) system placed on the market on 1 March 2028;
    amended text, 1 January 2029 (the police force of tests/test_rev32c.py)."""
    d = aiact.load_case(EXAMPLE).model_dump(mode="json")
    d.update(law=aiact.LawVersion.AMENDED.value, as_of="2029-01-01")
    d["organisation"].update(name="Politie", law_enforcement_authority=True)
    s = d["system"]
    s["annex_iii"]["points"] = ["6d"]
    s["roles"].update(provider=provider, deployer=True)
    s.update(placed_on_market="2028-03-01", put_into_service="2028-03-01")
    return d


@functools.cache
def _police(provider: bool = False) -> aiact.Assessment:
    return aiact.Case.model_validate(_case(provider=provider)).assess()


def _cli(*args: str, columns: int = 80) -> str:
    result = CliRunner().invoke(cli, [*args], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    return result.output


# ------------------------------------------------------------------ the text


def test_the_two_carve_outs_only_narrow_a_duty_in_both_languages() -> None:
    """Art. 26(5): "This obligation shall not cover sensitive operational data of deployers of
    AI systems which are law enforcement authorities"; Dutch "Deze verplichting geldt niet
    voor gevoelige operationele gegevens van gebruiksverantwoordelijke van AI-systemen die de
    hoedanigheid van rechtshandhavingsinstanties hebben". Art. 72(2): "This obligation shall
    not cover sensitive operational data of deployers which are law-enforcement authorities";
    Dutch "Deze verplichting geldt niet voor gevoelige operationele gegevens van
    gebruiksverantwoordelijken die rechtshandhavingsinstanties zijn". Neither says what anybody
    shall do: each takes data out of "This obligation" ("Deze verplichting"), the duty before
    it, which binds as before (art26_5: "Deployers shall monitor"; art72: "Providers shall
    establish and document a post-market monitoring system")."""
    quote(
        "26",
        "This obligation shall not cover sensitive operational data of deployers of AI systems "
        "which are law enforcement authorities",
    )
    quote_nl(
        "Deze verplichting geldt niet voor gevoelige operationele gegevens van "
        "gebruiksverantwoordelijke van AI-systemen die de hoedanigheid van "
        "rechtshandhavingsinstanties hebben"
    )
    quote(
        "72",
        "This obligation shall not cover sensitive operational data of deployers which are "
        "law-enforcement authorities",
    )
    quote_nl(
        "Deze verplichting geldt niet voor gevoelige operationele gegevens van "
        "gebruiksverantwoordelijken die rechtshandhavingsinstanties zijn"
    )
    quote("26", "Deployers shall monitor the operation of the high-risk AI system")
    quote("72", "Providers shall establish and document a post-market monitoring system")
    cat = catalogue()
    for oid, duty in LIMITATIONS.items():
        entry = cat.get(oid)
        assert entry.modality is Modality.LIMITATION and entry.limits == duty, oid
        assert not entry.binds and entry.limitation and not entry.permission
        assert cat.get(duty).modality is Modality.DUTY and cat.get(duty).binds
        # the link is the quoted words of the text, as the prerequisite says
        assert [p.obligation for p in entry.prerequisites] == [duty]
        assert "shall not cover sensitive operational data" in entry.prerequisites[0].anchor
        assert "A limitation of that duty, not a duty" in entry.summary_en
        assert "Een beperking van die verplichting, geen eigen verplichting" in entry.summary_nl


def test_the_limitations_are_exactly_these_and_the_narrowing_duties_stay_duties() -> None:
    """The catalogue read for a text that only limits another duty ("shall not cover", "shall
    not apply", "by way of derogation", "limited to", "exempt", "deemed to be fulfilled"):

    * Art. 50(4), first subparagraph (art50_4_artistic): the transparency obligations "are
      limited to disclosure of the existence of such generated or manipulated content in an
      appropriate manner" (Dutch "zijn ... beperkt tot de openbaarmaking van het bestaan"): it
      narrows art50_4_deep_fake but still says what is to be done, a disclosure: a duty;
    * Art. 73(10) (art73_10): "shall be limited to those referred to in Article 3, point
      (49)(c) ..., and shall be made to the national competent authority": binds, a duty;
    * Art. 75(1a) (art75_1a): "By way of derogation from Article 73, providers ... shall report
      any serious incidents to the AI Office": binds, a duty;
    * Art. 27(3): "deployers may be exempt from that obligation to notify" is a sentence inside
      the duty's entry (art27_3), not an entry of its own;
    * Art. 17(4), 26(5) second subparagraph: "shall be deemed to be fulfilled by complying with
      the rules on internal governance" says how a duty is met (ADR 0050): duties;
    * the "shall not apply" sentences of Art. 5(1)(d), 25(2), 25(4), 50(1)-(4) are conditions
      of the duty's own entry (``when``), not entries.

    Only the two law-enforcement carve-outs are limitations."""
    quote("50", "are limited to disclosure of the existence of such generated or manipulated")
    quote_nl("beperkt tot de openbaarmaking van het bestaan van dergelijke gegenereerde")
    quote("73", "shall be limited to those referred to in Article 3, point (49)(c) of this")
    quote(
        "75", "By way of derogation from Article 73, providers of high-risk AI systems", "amended"
    )
    quote("27", "deployers may be exempt from that obligation to notify")
    quote("26", "shall be deemed to be fulfilled by complying with the rules on internal")
    found = {o.id: o.limits for o in catalogue() if o.modality is Modality.LIMITATION}
    assert found == LIMITATIONS
    for oid in ("art50_4_artistic", "art73_10", "art75_1a", "art27_3", "art17_4"):
        assert catalogue().get(oid).modality is Modality.DUTY, oid
    for oid in ("art26_5_financial", "art26_5_financial_whole"):
        assert catalogue().get(oid).modality is Modality.DUTY, oid
    assert all(o.limits is None for o in catalogue() if o.modality is not Modality.LIMITATION)


def test_the_catalogue_refuses_a_limitation_without_its_duty_and_a_stray_link() -> None:
    """A limitation names the duty it narrows, and only a limitation does; the duty exists, is
    a duty and is the prerequisite whose words make the link (ADR 0051)."""
    entries = tuple(catalogue())
    at = next(i for i, o in enumerate(entries) if o.id == "art26_5_law_enforcement")

    def swapped(**changes: Any) -> tuple[Any, ...]:
        return (*entries[:at], dataclasses.replace(entries[at], **changes), *entries[at + 1 :])

    _validate(entries)
    with pytest.raises(CatalogueError, match="names the duty it limits"):
        _validate(swapped(limits=None))
    with pytest.raises(CatalogueError, match="names the duty it limits"):
        _validate(swapped(modality=Modality.DUTY))
    with pytest.raises(CatalogueError, match="which is no duty"):
        _validate(swapped(limits="art27_4"))  # a permission
    with pytest.raises(CatalogueError, match="not among its prerequisites"):
        _validate(swapped(limits="art26_6"))


# ------------------------------------------------------------------ the property


def _ids_in_exposure(a: aiact.Assessment) -> set[str]:
    e = a.exposure
    ids = {r.obligation_id for r in e.obligations}
    ids.update(e.not_yet_binding, e.binding_undetermined, e.undetermined, e.without_eu_ceiling)
    ids.update(e.max_ceiling_obligations)
    for t in e.by_tier:
        ids.update(t.obligation_ids)
    for point in a.exposure_profile.points:
        ids.update(point.starts_binding, point.binding, point.ceiling_changes)
    return ids


@given(ais.cases(kind="system", high_risk=True))
def test_no_limitation_is_a_step_a_deadline_or_fined(case: aiact.Case) -> None:
    """Over generated high-risk cases (both texts, any date, unknown facts): no limitation is
    in the fine exposure (on the day or over time), among the deadlines (so in no ICS event),
    a step of the plan (applicable or undetermined), on its critical path or in its graph, or
    the source of its next deadline; each that applies or may apply is listed in
    ``plan.limitations``; and wherever one applies, the duty it narrows applies too, from the
    same day and with the same status, so leaving the limitation out of the exposure hides no
    ceiling (its conditions are the duty's and more: ``duty.hr_deployer and
    org.law_enforcement_authority``)."""
    a = case.assess()
    limits = set(LIMITATIONS)
    assert not limits & _ids_in_exposure(a)
    assert not limits & {r.id for r in a.deadlines()}
    p = a.plan()
    assert not limits & {s.id for s in (*p.steps, *p.undetermined)}
    assert not limits & set(p.critical_path)
    assert not limits & set(p.graph.nodes)
    if p.next_deadline is not None:
        assert any(s.due == p.next_deadline for s in p.steps)
    live = {
        r.id
        for r in a.obligation_results
        if r.id in limits and r.applies is not False and not r.never_binds
    }
    assert {s.id for s in p.limitations} == live
    for step in p.limitations:
        assert step.obligation.limits == LIMITATIONS[step.id]
    for oid, duty in LIMITATIONS.items():
        mine = next((r for r in a.obligation_results if r.id == oid), None)
        if mine is None or mine.applies is not True:
            continue
        theirs = a.obligation(duty)
        assert theirs.applies is True
        assert (theirs.applies_from, theirs.status) == (mine.applies_from, mine.status)


# ------------------------------------------------------------------ the police force


def test_the_police_plan_limits_art26_5_and_keeps_it_a_step() -> None:
    """The police force: art26_5 (Art. 26(5), "Deployers shall monitor") is a step of the
    plan and in the Art. 99(4) tier; art26_5_law_enforcement is no step, no deadline and not in
    the exposure, but listed under the plan's limitations naming art26_5. Provider and deployer
    of the Annex III point 6 system, the force also has art72 (Art. 72(1)) as a step and
    art72_2_law_enforcement among the limitations."""
    quote("26", "This obligation shall not cover sensitive operational data of deployers")
    a = _police()
    p = a.plan()
    assert "art26_5" in p.order and "art26_5_law_enforcement" not in p.order
    assert [(s.id, s.obligation.limits) for s in p.limitations] == [
        ("art26_5_law_enforcement", "art26_5")
    ]
    tier = next(t for t in a.exposure.by_tier if "art26_5" in t.obligation_ids)
    assert "art26_5_law_enforcement" not in tier.obligation_ids
    both = _police(provider=True).plan()
    assert {"art26_5", "art72"} <= set(both.order)
    assert {s.id: s.obligation.limits for s in both.limitations} == LIMITATIONS


def test_the_police_plan_at_80_columns_in_both_languages(tmp_path: Path) -> None:
    """``aiact plan`` at 80 columns: the carve-out is under "Limits on your obligations" /
    "Grenzen aan uw verplichtingen", after the numbered steps, as a "Limitation" /
    "Beperking" with the duty it narrows ("Obligation limited  Art. 26(5)" / "Beperkte
    verplichting  Artikel 26, lid 5"); "Compliance plan (15)" counts the duties only."""
    path = tmp_path / "politie.yaml"
    path.write_text(yaml.safe_dump(_case(), allow_unicode=True), encoding="utf-8")
    english = _cli("plan", str(path))
    steps, limits = english.split("Limits on your obligations")
    assert "Compliance plan (15)" in steps
    assert "sensitive operational data" not in steps
    assert "Art. 26(5), first subparagraph" in limits
    assert "Limitation" in limits and "Obligation limited  Art. 26(5)" in limits
    dutch = _cli("plan", str(path), "--lang", "nl")
    steps, limits = dutch.split("Grenzen aan uw verplichtingen")
    assert "Nalevingsplan (15)" in steps and "gevoelige operationele" not in steps
    assert "Artikel 26, lid 5, eerste alinea" in limits
    assert "Beperkte verplichting  Artikel 26, lid 5" in limits
    for line in (*english.splitlines(), *dutch.splitlines()):
        assert len(line) <= 80, line


def test_the_police_assessment_lists_the_limit_apart(tmp_path: Path) -> None:
    """``aiact assess`` at 80 columns: "Obligations (15)" / "Verplichtingen (15)" count the
    duties; the carve-out is under "Limits on your obligations (1)" / "Grenzen aan uw
    verplichtingen (1)", never in the fine exposure, whose undetermined ceilings list Art.
    26(5) itself; the Markdown report and the notebook view have the same list."""
    path = tmp_path / "politie.yaml"
    path.write_text(yaml.safe_dump(_case(), allow_unicode=True), encoding="utf-8")
    report = _cli("assess", str(path), "--lang", "nl")
    assert "Verplichtingen (15)" in report
    before, after = report.split("Grenzen aan uw verplichtingen (1)")
    assert "eerste alinea" not in before
    limits, exposure = after.split("Maximale boeteblootstelling")
    assert "Artikel 26, lid 5, eerste alinea" in limits and "Beperking" in limits
    assert "eerste alinea" not in exposure and "artikel 26, lid 5" in exposure
    english = _cli("assess", str(path))
    assert "Obligations (15)" in english and "Limits on your obligations (1)" in english
    a = _police()
    markdown = a.to_markdown("en")
    assert "### Limits on your obligations" in markdown
    html = a.to_html("nl")
    assert "Grenzen aan uw verplichtingen (1)" in html and "Beperkte verplichting" in html


def test_the_police_json_schemas_and_listing() -> None:
    """The Assessment JSON says ``"modality": "limitation"`` and ``"limits": "art26_5"`` (the
    schema names both), the plan JSON lists it under ``limitations`` and validates against the
    service's schema; ``aiact obligations`` gives the modality, its Dutch label and no fine."""
    a = _police()
    data = json.loads(a.to_json("en"))
    record = next(o for o in data["obligations"] if o["id"] == "art26_5_law_enforcement")
    assert (record["modality"], record["limits"]) == ("limitation", "art26_5")
    duty = next(o for o in data["obligations"] if o["id"] == "art26_5")
    assert (duty["modality"], duty["limits"]) == ("duty", None)
    props: dict[str, Any] = assessment_schema()["$defs"]["ObligationResult"]["properties"]
    assert "limitation" in props["modality"]["enum"] and "limits" in props
    document = json.loads(a.plan().to_json("nl"))
    assert [(s["id"], s["limits"]) for s in document["limitations"]] == [
        ("art26_5_law_enforcement", "art26_5")
    ]
    jsonschema.Draft202012Validator(compliance_plan()).validate(document)
    listed = {
        r["id"]: r for r in json.loads(_cli("obligations", "--format", "json", "--lang", "nl"))
    }
    entry = listed["art72_2_law_enforcement"]
    assert entry["modality"] == "limitation" and entry["limits"] == "art72"
    assert entry["modality_label"] == "beperking van een verplichting (geen verplichting)"
    assert entry["fine"] == "geen: een beperking van een verplichting kan niet worden overtreden"
    assert modality_label(Modality.LIMITATION, "en") == (
        "limitation of an obligation (not an obligation)"
    )
    carve_out = catalogue().get("art26_5_law_enforcement")
    assert obligation_fine_label(carve_out, "en") == (
        "none: a limitation of an obligation cannot be infringed"
    )


def test_the_web_page_counts_no_limitation_and_marks_it() -> None:
    """The web result page counts only duties ("Obligations: {in_force} apply now, ...") and
    marks the carve-out "Beperking van een verplichting (geen verplichting): ...", without a
    "Comply by" date."""
    from aiact.service.web.view import result

    a = _police()
    page = result(a, "nl")
    duties = [r for r in a.obligations if r.obligation.binds]
    assert sum(page.counts[k] for k in ("in_force", "upcoming", "undetermined")) == len(duties)
    marked = [
        row
        for g in page.groups
        for row in g.rows
        if row.title.startswith("Beperking van een verplichting (geen verplichting): ")
    ]
    assert len(marked) == 1 and not marked[0].deadline


def test_no_calendar_event_for_a_limitation() -> None:
    """Before 2 December 2027 the police force's obligations are upcoming: the deadlines (and
    the ICS built from them) have art26_5 but not the carve-out."""
    d = _case()
    d["as_of"] = "2027-06-01"
    d["system"].update(placed_on_market="2027-03-01", put_into_service="2027-03-01")
    a = aiact.Case.model_validate(d).assess()
    ids = {r.id for r in a.deadlines()}
    assert "art26_5" in ids and "art26_5_law_enforcement" not in ids
    assert a.obligation("art26_5_law_enforcement").applies is True
    pytest.importorskip("icalendar")
    ics = a.to_ics("en", generated_on=dt.date(2027, 6, 1)).decode()
    assert "sensitive operational data" not in ics
    assert "Monitor operation" in ics
