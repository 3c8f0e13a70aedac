"""Review rev32c of round 32: h/perm32, permissions are not obligations (ADR 0050).

The change gives catalogue entries a ``Modality`` and marks four permissions: ``art27_4`` (Art.
27(4) as replaced by Regulation (EU) 2026/1744), ``art63_1_original`` and ``art63_1`` (Art.
63(1), both texts) and ``art72_4_financial`` (Art. 72(4), second subparagraph). They leave the
fine exposure, the deadlines and the plan's steps and get a list of their own.

Verified and pinned here (passing tests): the four grant and bind nobody (English and Dutch
text); the kept duties bind ("shall complement" / "vormt een aanvulling", "shall opt" / "kiest",
"shall be deemed to be fulfilled by complying"); leaving the permissions out of the exposure
hides no ceiling (the duty each shapes applies with it, on the same day and in the same tier:
Art. 63(2), Art. 72(4) "provided that it achieves an equivalent level of protection"); the plan
lists them apart and its critical path is the duties'. The comparison with the base commit
f0a61f8 over 2,000 cases is benchmarks/rev32c_probe.py (no duty row, ceiling, deadline, step or
critical path differs).

Findings (strict xfail):

* D1: the portfolio (``aiact portfolio``) still lists a permission among the upcoming deadlines
  (``PortfolioResult.deadlines``, column "Verplichting") and counts it among the obligations
  that apply and the upcoming ones in its summary.
* D2: the catalogue listing (``aiact obligations`` CSV and JSON ``fine``) and the assessment
  DataFrame (``fine_tier``) give a permission a fine: "Art. 99(4): up to €15 million or 3 % of
  turnover" beside "Permission (not an obligation)".
* D3: the assessment's obligation card labels a permission "Obligation" / "Verplichting"
  ("Obligation  Permission (not an obligation): ..."), and the heading "Obligations (15)" /
  "Verplichtingen (15)" counts it, where the plan says "Nalevingsplan (14)".
* D4 (legal, the writer's choice disputed): the law-enforcement carve-outs of Art. 26(5) and
  72(2) ("This obligation shall not cover sensitive operational data"; Dutch "Deze verplichting
  geldt niet voor") bind nobody either, by the ADR's own test, yet are a numbered step of the
  plan with a date and an obligation in the fine exposure. Fixed in round 33 (lim33, ADR 0051:
  a third modality, limitation; tests/test_lim33.py).
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import functools
import io
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from lawquote import quote, quote_nl

import aiact
from aiact.cli import main as cli
from aiact.obligations import Modality, catalogue
from aiact.portfolio import run_portfolio
from aiact.timeline.transitional import Status
from aiact.views._rows import obligation_row

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "benefits-fraud-risk-scoring.yaml"
"""Gemeente Voorbeeldstad deploys a bought Annex III point 5(a) risk-scoring model, in use
since 2025, intended for public authorities, DPIA conducted: art27_4 under the amended text."""
PERMISSIONS = ("art27_4", "art63_1", "art63_1_original", "art72_4_financial")
AMENDED = aiact.LawVersion.AMENDED
DAY = dt.date(2027, 12, 15)


def _cli(*args: str, columns: int = 80) -> str:
    result = CliRunner().invoke(cli, [*args], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    return result.output


@functools.cache
def _example() -> dict[str, Any]:
    return aiact.load_case(EXAMPLE).model_dump(mode="json")


@functools.cache
def _municipality() -> aiact.Assessment:
    """The example on 15 December 2027 under the amended text."""
    return aiact.load_case(EXAMPLE).assess(as_of=DAY)


@functools.cache
def _bank() -> aiact.Assessment:
    """Bank B.V.: a small financial institution (40 staff, EUR 9 million turnover, no group)
    that provides and itself deploys a credit-scoring system (Annex III point 5(b)) placed on
    the market on 1 March 2028, DPIA conducted; amended text, 1 September 2028. All four
    permissions of the amended text can apply: Art. 27(4), Art. 63(1), Art. 72(4)."""
    d = copy.deepcopy(_example())
    d.update(name="Kredietscore", law=AMENDED.value, as_of="2028-09-01")
    d["organisation"].update(
        name="Bank B.V.",
        kind="private_undertaking",
        financial_institution=True,
        headcount=40,
        annual_turnover_eur=9_000_000,
        balance_sheet_total_eur=8_000_000,
        part_of_group=False,
    )
    s = d["system"]
    s["roles"].update(provider=True, deployer=True)
    s["annex_iii"]["points"] = ["5b"]
    s.update(placed_on_market="2028-03-01", put_into_service="2028-03-01")
    s["context"].update(
        intended_for_public_authorities=False,
        used_by_public_authorities=False,
        on_behalf_of_public_authority=False,
    )
    return aiact.Case.model_validate(d).assess()


@functools.cache
def _police() -> aiact.Assessment:
    """A police force (law-enforcement authority) deploying an Annex III point 6(d) system
    placed on the market on 1 March 2028; amended text, 1 January 2029."""
    d = copy.deepcopy(_example())
    d.update(law=AMENDED.value, as_of="2029-01-01")
    d["organisation"].update(name="Politie", law_enforcement_authority=True)
    s = d["system"]
    s["annex_iii"]["points"] = ["6d"]
    s.update(placed_on_market="2028-03-01", put_into_service="2028-03-01")
    return aiact.Case.model_validate(d).assess()


# ------------------------------------------------------------------ the text: which are permissions


def test_the_four_grant_and_bind_nobody_in_both_languages() -> None:
    """Art. 27(4) as replaced: "the deployer may, when conducting the fundamental rights impact
    assessment ..., include cross-references"; Art. 63(1): "may comply with certain elements of
    the quality management system" (Dutch: "kunnen op vereenvoudigde wijze voldoen"; as
    replaced: "SMEs, including start-ups, may comply"); Art. 72(4): "providers shall have a
    choice of integrating" (Dutch: "hebben aanbieders ... de keuze om"), applied by its second
    subparagraph to financial institutions. The second sentence of Art. 63(1) binds the
    Commission ("the Commission shall develop guidelines"), not an operator."""
    quote(
        "27",
        "the deployer may, when conducting the fundamental rights impact assessment referred to "
        "in paragraph 1 of this Article, include cross-references",
        "omnibus_only",
    )
    quote("63", "may comply with certain elements of the quality management system")
    quote_nl("kunnen op vereenvoudigde wijze voldoen aan bepaalde elementen")
    quote("63", "SMEs, including start-ups, may comply with certain elements", "omnibus_only")
    quote("63", "the Commission shall develop guidelines on the elements")
    quote("72", "providers shall have a choice of integrating, as appropriate")
    quote_nl("de keuze om de noodzakelijke in de leden 1, 2 en 3 beschreven elementen te")
    for oid in PERMISSIONS:
        assert catalogue().get(oid).modality is Modality.PERMISSION, oid


def test_the_kept_entries_bind() -> None:
    """Art. 27(4) as published: the assessment "shall complement that data protection impact
    assessment" (Dutch: "vormt ... een aanvulling op die gegevensbeschermingseffectbeoordeling":
    the Dutch indicative binds); Art. 43(1): "the provider shall opt for one of the following
    conformity assessment procedures" (Dutch: "kiest de aanbieder"): a duty to choose one;
    Art. 26(5), second subparagraph and Art. 17(4): "shall be deemed to be fulfilled by
    complying with the rules on internal governance": the duty met in a named way."""
    quote(
        "27",
        "the fundamental rights impact assessment referred to in paragraph 1 of this Article "
        "shall complement that data protection impact assessment",
    )
    quote_nl("een aanvulling op die gegevensbeschermingseffectbeoordeling")
    quote("43", "the provider shall opt for one of the following conformity assessment")
    quote_nl("kiest de aanbieder")
    quote("26", "shall be deemed to be fulfilled by complying with the rules on internal")
    for oid in ("art27_4_original", "art43_1_choice", "art26_5_financial", "art17_4"):
        assert catalogue().get(oid).modality is Modality.DUTY, oid


# ------------------------------------------------------------------ legal effect: no hidden ceiling


SHAPES = {
    "art27_4": ("art27_1",),
    "art63_1": ("art17", "art16_c"),
    "art72_4_financial": ("art72", "art72_3"),
}


def test_no_ceiling_hides_behind_a_permission_for_the_bank() -> None:
    """Art. 99(1): penalties "applicable to infringements of this Regulation by operators"; a
    permission is not infringed, but its misuse infringes the duty it shapes: Art. 63(2)
    ("Paragraph 1 of this Article shall not be interpreted as exempting those operators from
    fulfilling any other requirements or obligations"), Art. 72(4) ("provided that it achieves
    an equivalent level of protection": an integration that does not fails Art. 72(1)-(3)).
    For the bank every permission applies, and each duty it shapes applies from the same day,
    in the same tier, and is in the fine exposure, whose ceiling is Art. 99(4)'s."""
    quote("63", "shall not be interpreted as exempting those operators from fulfilling any other")
    quote("72", "provided that it achieves an equivalent level of protection")
    quote("99", "applicable to infringements of this Regulation by operators")
    a = _bank()
    exposed = {r.obligation_id for r in a.exposure.obligations}
    tiers = {t.tier for t in a.exposure.by_tier}
    for perm, duties in SHAPES.items():
        p = a.obligation(perm)
        assert p.applies is True and p.status is Status.IN_FORCE, perm
        assert perm not in exposed
        assert p.obligation.fine in tiers, perm
        for duty in duties:
            d = a.obligation(duty)
            assert d.applies is True and d.applies_from == p.applies_from, (perm, duty)
            assert d.obligation.fine is p.obligation.fine and duty in exposed, (perm, duty)
    assert a.exposure.max_ceiling is not None and a.exposure.max_ceiling > 0


def test_the_relief_is_shown_where_the_duty_is_planned() -> None:
    """The plan of the bank lists Art. 63(1) and Art. 72(4) under "What the Act allows you",
    beside the Art. 17 and Art. 72 steps it keeps (Art. 63(2): the duty stays); the Art. 63(1)
    row in the assessment is marked a permission and has no "Comply by" date."""
    p = _bank().plan()
    steps = {s.id for s in p.steps}
    assert {"art17", "art16_c", "art72", "art72_3", "art27_1"} <= steps
    # perm33b: the bank, a financial institution, may also integrate under Art. 9(10) and 17(3)
    assert {s.id for s in p.permissions} == {
        "art27_4", "art63_1", "art72_4_financial", "art9_10", "art17_3",
    }  # fmt: skip
    assert not steps & set(PERMISSIONS)
    row = obligation_row(_bank().obligation("art63_1"), "en")
    assert row.title.startswith("Permission (not an obligation): ") and row.deadline == ""


def test_the_municipal_plan_keeps_its_critical_path() -> None:
    """Gemeente Voorbeeldstad on 15 December 2027: Art. 27(4) applies but is no step; the
    critical path is the duties' (Art. 27(1) then Art. 27(3): "Once the assessment referred to
    in paragraph 1 of this Article has been performed, the deployer shall notify"), the next
    deadline 2 August 2030 (Art. 111(2): "by 2 August 2030")."""
    quote("27", "Once the assessment referred to in paragraph 1 of this Article has been performed")
    a = _municipality()
    assert a.law is AMENDED and a.obligation("art27_4").applies is True
    p = a.plan()
    assert [s.id for s in p.permissions] == ["art27_4"]
    assert "art27_4" not in {s.id for s in p.steps}
    assert p.critical_path == ("art27_1", "art27_3")
    assert p.next_deadline == dt.date(2030, 8, 2)
    assert "art27_4" not in {r.id for r in a.deadlines()}


# ------------------------------------------------------------------ D1: the portfolio


def test_d1_the_portfolio_lists_no_permission_as_a_deadline() -> None:
    """ADR 0050: "Consumers that treat an entry as something owed leave permissions out ...
    Assessment.deadlines()". ``PortfolioResult.deadlines`` (``aiact portfolio``: "Komende
    termijnen", column "Verplichting"; the xlsx and JSON "deadlines") reads every applying row
    itself and lists art27_4 on 2 August 2030 for the municipality; its summary counts it among
    the obligations that apply (15) and the upcoming ones. Art. 27(4) as replaced: "the deployer
    may ... include cross-references": nothing is due. Fixed in round 32 (lead)."""
    quote("27", "the deployer may, when conducting the fundamental rights", "omnibus_only")
    result = run_portfolio([aiact.load_case(EXAMPLE)], as_of=DAY, lang="nl")
    listed = {row["obligation"] for row in result.deadlines("nl")}
    assert "art27_4" not in listed
    duties = sum(1 for r in _municipality().obligations if r.applies is True) - 1
    assert result.entries[0].summary("nl")["obligations"] == duties


# ------------------------------------------------------------------ D2: a fine beside a permission


def test_d2_the_catalogue_states_no_fine_for_a_permission() -> None:
    """Art. 99(4): "Non-compliance with any of the following provisions ... shall be subject to
    administrative fines of up to EUR 15 000 000"; Art. 63(1) ("may comply ... in a simplified
    manner") cannot be not complied with. ``aiact obligations --format csv`` gives art63_1
    "Permission (not an obligation): SMEs ..." and, in its ``fine`` column, "Art. 99(4): up to
    €15 million or 3 % of turnover" (JSON ``fine`` and the assessment DataFrame's ``fine_tier``
    likewise); the ADR keeps the tier "for the record", the summary says "no step, deadline or
    fine". Fixed in round 32 (lead)."""
    quote("99", "shall be subject to administrative fines of up to EUR 15 000 000")
    rows = list(csv.DictReader(io.StringIO(_cli("obligations", "--format", "csv"))))
    for row in rows:
        if row["id"] in PERMISSIONS:
            assert "€" not in row["fine"], (row["id"], row["fine"])


# ------------------------------------------------------------------ D3: "Obligation: Permission"


def _card(report: str, heading: str) -> list[str]:
    lines = report.splitlines()
    start = lines.index(heading)
    end = lines.index("", start)
    return lines[start:end]


def test_d3_the_permission_card_is_not_labelled_obligation() -> None:
    """Gemeente Voorbeeldstad, ``aiact assess --lang nl``, COLUMNS=80, 15 December 2027: the
    card reads "Artikel 27, lid 4 / Verplichting  Mogelijkheid (geen verplichting): De
    beoordeling ..." (English: "Obligation  Permission (not an obligation): ..."). Art. 27(4) as
    replaced: "the deployer may ... include cross-references" (a "mogelijkheid", the ADR).
    Fixed in round 32 (lead)."""
    quote("27", "include cross-references to the relevant sections", "omnibus_only")
    report = _cli("assess", str(EXAMPLE), "--lang", "nl", "--as-of", DAY.isoformat())
    card = _card(report, "Artikel 27, lid 4")
    # Since the fix the card is under "Wat de verordening u toestaat", labelled "Mogelijkheid"
    # (its column), with the title as the Act words it.
    assert card[1].lstrip().startswith("Mogelijkheid"), card[1]
    assert not card[1].lstrip().startswith("Verplichting"), card[1]
    assert report.index("Wat de verordening u toestaat") < report.index("Artikel 27, lid 4")


def test_d3_the_heading_does_not_count_the_permission_as_an_obligation() -> None:
    """The same report heads its cards "Verplichtingen (15)": fourteen duties and Art. 27(4);
    the plan of the same case says "Nalevingsplan (14)". Fixed in round 32 (lead)."""
    report = _cli("assess", str(EXAMPLE), "--lang", "nl", "--as-of", DAY.isoformat())
    plan = _cli("plan", str(EXAMPLE), "--lang", "nl", "--as-of", DAY.isoformat())
    assert "Nalevingsplan (14)" in plan
    assert "Verplichtingen (15)" not in report


# ------------------------------------------------------------------ D4: carve-outs


def test_the_carve_out_left_the_steps_and_the_exposure_not_its_duty() -> None:
    """Pinned what D4 disputed: for the police force, art26_5_law_enforcement was step 6 of
    the plan (after art26_5, step 5) and in the Art. 99(4) tier of the exposure with art26_5.
    Since lim33 (round 33, ADR 0051) it is a limitation: listed under the plan's limitations,
    naming art26_5, which stays a step and in the same tier (no ceiling depended on the
    carve-out)."""
    a = _police()
    p = a.plan()
    assert "art26_5" in {s.id for s in p.steps}
    assert [(s.id, s.obligation.limits) for s in p.limitations] == [
        ("art26_5_law_enforcement", "art26_5")
    ]
    tier = next(t for t in a.exposure.by_tier if "art26_5" in t.obligation_ids)
    assert "art26_5_law_enforcement" not in tier.obligation_ids


def test_d4_the_law_enforcement_carve_out_is_no_step() -> None:
    """Art. 26(5): "This obligation shall not cover sensitive operational data of deployers of
    AI systems which are law enforcement authorities" (Dutch: "Deze verplichting geldt niet
    voor gevoelige operationele gegevens"; Art. 72(2) alike, art72_2_law_enforcement). The
    sentence limits the Art. 26(5) duty (art26_5, which stays a step) and binds nobody; by ADR
    0050's test ("a permission cannot be infringed", Art. 99(1)) a carve-out cannot be
    infringed either. The police force's plan has it as step 6 ("Law-enforcement authorities:
    the monitoring and information duty does not cover sensitive operational data"), due 2
    December 2027, and the exposure counts it as an obligation fined under Art. 99(4)(e)."""
    quote("26", "This obligation shall not cover sensitive operational data of deployers of AI")
    quote_nl("Deze verplichting geldt niet voor gevoelige operationele gegevens van")
    p = _police().plan()
    assert "art26_5_law_enforcement" not in {s.id for s in p.steps}


def test_the_municipal_json_marks_only_art27_4() -> None:
    """``aiact assess --format json``: art27_4 "modality": "permission"; the JSON keeps its
    ``due`` (2 August 2030), so a consumer reads ``modality`` before treating it as owed."""
    out = _cli("assess", str(EXAMPLE), "--format", "json", "--as-of", DAY.isoformat())
    data = json.loads(out)
    record = next(o for o in data["obligations"] if o["id"] == "art27_4")
    assert record["modality"] == "permission" and record["due"] == "2030-08-02"
