"""perm32 (round 32): permissions are not obligations.

A few catalogue entries grant and bind nobody: the text says "may" or "shall have a choice",
not "shall". They carry ``modality=permission`` (:class:`aiact.obligations.model.Modality`): no
row calls them an obligation, they are no step, deadline or critical-path item of the plan (which
lists them apart, "What the Act allows you"), and they are not in the fine exposure, since
"Member States shall lay down the rules on penalties ... applicable to infringements of this
Regulation by operators" (Art. 99(1)) and a permission cannot be infringed.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given
from lawquote import quote, quote_nl

import aiact
from aiact.cli import main as cli
from aiact.obligations import Modality, catalogue
from aiact.schemas import assessment_schema
from aiact.testing import strategies as ais

# perm33 adds Art. 8(2), second sentence (art8_2) and Art. 72(4), first subparagraph (art72_4):
# "providers shall have a choice of integrating" (tests/test_perm33.py).
# perm33b adds Art. 9(10) (art9_10) and Art. 17(3) (art17_3): "may be part of, or combined
# with" and "may include" (tests/test_perm33b.py).
PERMISSIONS = (
    "art27_4", "art63_1", "art63_1_original", "art72_4_financial", "art8_2", "art72_4",
    "art9_10", "art17_3",
)  # fmt: skip
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "benefits-fraud-risk-scoring.yaml"
"""A municipality deploying an Annex III point 5(a) system, with a DPIA conducted: art27_4."""


# ------------------------------------------------------------------ which entries are permissions


def test_art27_4_as_amended_is_a_permission() -> None:
    """Art. 27(4) as replaced by Regulation (EU) 2026/1744, Art. 1 point (13): "the deployer
    may, when conducting the fundamental rights impact assessment referred to in paragraph 1 of
    this Article, include cross-references to the relevant sections of that data protection
    impact assessment". The published text bound: "the fundamental rights impact assessment
    referred to in paragraph 1 of this Article shall complement that data protection impact
    assessment" (art27_4_original stays a duty)."""
    quote(
        "27",
        "the deployer may, when conducting the fundamental rights impact assessment referred "
        "to in paragraph 1 of this Article, include cross-references to the relevant sections "
        "of that data protection impact assessment",
        "omnibus_only",
    )
    quote(
        "27",
        "the fundamental rights impact assessment referred to in paragraph 1 of this Article "
        "shall complement that data protection impact assessment",
    )
    assert catalogue().get("art27_4").modality is Modality.PERMISSION
    assert catalogue().get("art27_4_original").modality is Modality.DUTY


def test_art63_1_is_a_permission_in_both_texts() -> None:
    """Art. 63(1), published: "Microenterprises within the meaning of Recommendation
    2003/361/EC may comply with certain elements of the quality management system required by
    Article 17 of this Regulation in a simplified manner" (Dutch: "kunnen op vereenvoudigde
    wijze voldoen"); as replaced by Regulation (EU) 2026/1744: "SMEs, including start-ups, may
    comply with certain elements of the quality management system required by Article 17 in a
    simplified manner". Art. 63(2) keeps every other obligation: the Art. 17 duty stays one."""
    quote(
        "63",
        "Microenterprises within the meaning of Recommendation 2003/361/EC may comply with "
        "certain elements of the quality management system required by Article 17 of this "
        "Regulation in a simplified manner",
    )
    quote_nl("kunnen op vereenvoudigde wijze voldoen aan bepaalde elementen")
    quote(
        "63",
        "SMEs, including start-ups, may comply with certain elements of the quality management "
        "system required by Article 17 in a simplified manner",
        "omnibus_only",
    )
    quote("63", "shall not be interpreted as exempting those operators from fulfilling any other")
    for oid in ("art63_1", "art63_1_original"):
        assert catalogue().get(oid).modality is Modality.PERMISSION
    assert catalogue().get("art17").modality is Modality.DUTY


def test_art72_4_financial_is_a_permission() -> None:
    """Art. 72(4): "providers shall have a choice of integrating, as appropriate, the necessary
    elements described in paragraphs 1, 2 and 3 ... into systems and plans already existing
    under that legislation" (Dutch: "hebben aanbieders ... de keuze om ... te integreren"); its
    second subparagraph: "The first subparagraph of this paragraph shall also apply to high-risk
    AI systems referred to in point 5 of Annex III placed on the market or put into service by
    financial institutions". The monitoring duty (art72, Art. 72(1)) stays."""
    quote("72", "providers shall have a choice of integrating, as appropriate, the necessary")
    quote(
        "72",
        "The first subparagraph of this paragraph shall also apply to high-risk AI systems "
        "referred to in point 5 of Annex III placed on the market or put into service by "
        "financial institutions",
    )
    quote_nl("de keuze om de noodzakelijke in de leden 1, 2 en 3 beschreven elementen te")
    assert catalogue().get("art72_4_financial").modality is Modality.PERMISSION
    assert catalogue().get("art72").modality is Modality.DUTY


def test_the_permissions_are_exactly_these() -> None:
    """The eight entries whose text grants and binds nobody; every other entry is a duty
    (Art. 26(5) for law enforcement and financial institutions, Art. 17(4), 26(5) second
    subparagraph: "shall be deemed to be fulfilled" says how a duty is met, and binds)."""
    quote("26", "shall be deemed to be fulfilled by complying with the rules on internal")
    found = tuple(o.id for o in catalogue() if o.modality is Modality.PERMISSION)
    assert sorted(found) == sorted(PERMISSIONS)


# ------------------------------------------------------------------ the property


def _ids_in_exposure(a: aiact.Assessment) -> set[str]:
    e = a.exposure
    ids = {r.obligation_id for r in e.obligations}
    ids.update(e.not_yet_binding, e.binding_undetermined, e.undetermined, e.without_eu_ceiling)
    ids.update(e.max_ceiling_obligations)
    for point in a.exposure_profile.points:
        ids.update(point.starts_binding, point.binding, point.ceiling_changes)
    return ids


@given(ais.cases(kind="system", high_risk=True))
def test_no_permission_is_fined_due_or_a_step(case: aiact.Case) -> None:
    """Over generated high-risk cases (both texts, any date, unknown facts): no permission of
    the catalogue is in the fine exposure (on the day or over time), among the deadlines, a
    step of the plan (applicable or undetermined), on its critical path, or the source of its
    next deadline; each permission that applies or may apply is listed in
    ``plan.permissions``."""
    a = case.assess()
    perms = {o.id for o in catalogue() if o.modality is Modality.PERMISSION}
    assert not perms & _ids_in_exposure(a)
    assert not perms & {r.id for r in a.deadlines()}
    p = a.plan()
    assert not perms & {s.id for s in (*p.steps, *p.undetermined)}
    assert not perms & set(p.critical_path)
    assert not perms & set(p.graph.nodes)
    if p.next_deadline is not None:
        assert any(s.due == p.next_deadline for s in p.steps)
    live = {
        r.id
        for r in a.obligation_results
        if r.id in perms and r.applies is not False and not r.never_binds
    }
    assert {s.id for s in p.permissions} == live


# ------------------------------------------------------------------ the Dutch deployer


def _cli(*args: str) -> str:
    result = CliRunner().invoke(cli, [*args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("as_of", ["2027-06-01", "2031-01-01"])
def test_the_dutch_deployer_output_calls_art27_4_no_obligation(as_of: str) -> None:
    """A municipality (public authority) deploying an Annex III point 5(a) system with a DPIA,
    under the amended text (Art. 27(4): "the deployer may ... include cross-references"): in the
    Dutch report the Art. 27(4) row is under "Wat de verordening u toestaat" (its column
    "Mogelijkheid"; since rev32c D3 not among the obligations), never under
    "Komende termijnen" (whose column is "Verplichting"), never in the fine exposure (neither
    "Zonder EU-maximum" nor "Maximum onbepaald"); in the plan it is no numbered step but listed
    under "Wat de verordening u toestaat"."""
    a = aiact.load_case(EXAMPLE).assess(as_of=dt.date.fromisoformat(as_of))
    assert a.law is aiact.LawVersion.AMENDED
    assert a.obligation("art27_4").applies is True
    report = _cli("assess", str(EXAMPLE), "--lang", "nl", "--as-of", as_of)
    rows = [line for line in report.splitlines() if "27, lid 4" in line]
    assert len(rows) == 1, rows  # the permissions table only, not the deadlines or the fines
    assert "De beoordeling" in rows[0]
    assert "Verplichting" not in rows[0]
    # listed under "Wat de verordening u toestaat", after the obligations (rev32c D3)
    allowed = report.split("Wat de verordening u toestaat")[1]
    assert rows[0] in allowed
    exposure = report.split("Maximale boeteblootstelling")[1].split("Geen open vragen")[0]
    assert "27, lid 4" not in exposure
    assert "27, lid 1" in exposure  # the duty it shapes stays
    plan = _cli("plan", str(EXAMPLE), "--lang", "nl", "--as-of", as_of)
    steps, allowed = plan.split("Wat de verordening u toestaat")
    assert "27, lid 4" not in steps
    assert "Artikel 27, lid 4" in allowed
    from aiact.service.schemas import compliance_plan

    document = json.loads(a.plan().to_json("nl"))
    assert [s["id"] for s in document["permissions"]] == ["art27_4"]
    jsonschema.Draft202012Validator(compliance_plan()).validate(document)
    data = json.loads(_cli("assess", str(EXAMPLE), "--format", "json", "--as-of", as_of))
    record = next(o for o in data["obligations"] if o["id"] == "art27_4")
    assert record["modality"] == "permission"
    assert {o["modality"] for o in data["obligations"] if o["id"] != "art27_4"} == {"duty"}


def test_the_modality_is_in_the_schema_and_the_catalogue_listing() -> None:
    """The Assessment JSON schema names the field and its values; ``aiact obligations --format
    json`` gives each entry's modality and its label in the language asked."""
    props: dict[str, Any] = assessment_schema()["$defs"]["ObligationResult"]["properties"]
    # round 33 (lim33, ADR 0051) added "limitation"
    assert props["modality"]["enum"] == ["duty", "permission", "limitation"]
    listed = json.loads(_cli("obligations", "--format", "json", "--lang", "nl"))
    by_id = {r["id"]: r for r in listed}
    assert by_id["art27_4"]["modality"] == "permission"
    assert by_id["art27_4"]["modality_label"] == "mogelijkheid (geen verplichting)"
    assert by_id["art27_1"]["modality_label"] == "verplichting"


def test_the_web_page_counts_no_permission_as_an_obligation() -> None:
    """The web result page's counts ("Obligations: {in_force} apply now, ...") are of the duties:
    Art. 27(4) as replaced ("the deployer may ... include cross-references") binds nobody, so it
    is listed (marked as a permission) but not counted."""
    from aiact.service.web.view import result

    quote("27", "include cross-references to the relevant sections", "omnibus_only")
    a = aiact.load_case(EXAMPLE).assess(as_of=dt.date(2027, 12, 15))
    assert a.obligation("art27_4").applies is True
    page = result(a, "nl")
    duties = [r for r in a.obligations if r.obligation.modality is Modality.DUTY]
    assert sum(page.counts[k] for k in ("in_force", "upcoming", "undetermined")) == len(duties)
    titles = [row.title for g in page.groups for row in g.rows]
    assert any(t.startswith("Mogelijkheid (geen verplichting): ") for t in titles)
