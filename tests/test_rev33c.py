"""rev33c (round 33, review): h/lim33 (a third modality, limitation) and h/perm33 (Art. 8(2),
Art. 72(4), first subparagraph), checked against the text in both languages and both law
versions, and read in every output.

lim33: Art. 26(5), first subparagraph, and Art. 72(2) each end "This obligation shall not cover
sensitive operational data ..." (Dutch "Deze verplichting geldt niet voor gevoelige operationele
gegevens ..."): the sentence narrows the duty before it and binds nobody, so nobody can infringe
it (Art. 99(1): penalties are for "infringements of this Regulation by operators"). perm33: Art.
8(2), second sentence, and Art. 72(4), first subparagraph: "providers shall have a choice of
integrating" (Dutch "hebben aanbieders de keuze"): a choice binds nobody, a permission (ADR 0050).

Probe (outside the repo, /work/wt/rev33c-probe/, 2,500 generated cases run by main and by this
branch in separate processes): 0 of 61,498 existing obligation rows differ in applies, status,
due or applies_from, and none but the two carve-outs changes modality (714 carve-out rows now
``limitation``); no fine ceiling, exposure item, deadline, plan step, undetermined step or next
deadline differs beyond the carve-outs leaving; the critical path differs in 32 cases, each one
where main's path ended on a carve-out. The only new rows are art8_2 and art72_4, which apply
(or may) only where art11_2 does and, for art72_4, only where the system is the Section A
product or its safety component.

One defect fixed on this branch in its own commit (d937e8d8): docs/articles showed each
permission's and limitation's fine as the Art. 99(4) amount of the duty it shapes; it now says
"none" as every other view does (``obligation_fine_label``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from hypothesis import given
from lawquote import quote, quote_nl
from timecases import ANNEX_I_MEDICAL, COMPANY, system

import aiact
from aiact.cli import main as cli
from aiact.obligations import Modality, catalogue
from aiact.testing import strategies as ais

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "benefits-fraud-risk-scoring.yaml"
LIMITATIONS = {"art26_5_law_enforcement": "art26_5", "art72_2_law_enforcement": "art72"}
NEW = ("art8_2", "art72_4")


def _entry(key: str) -> Any:
    return next(o for o in catalogue().obligations if o.id == key)


def _police_case() -> dict[str, Any]:
    """A police force (law-enforcement authority, Art. 3(45)) that provides and deploys an Annex
    III point 6(d) system placed on the market on 1 March 2028; amended text, 1 January 2029."""
    d = aiact.load_case(EXAMPLE).model_dump(mode="json")
    d.update(law=aiact.LawVersion.AMENDED.value, as_of="2029-01-01")
    d["organisation"].update(name="Politie", law_enforcement_authority=True)
    s = d["system"]
    s["annex_iii"]["points"] = ["6d"]
    s["roles"].update(provider=True, deployer=True)
    s.update(placed_on_market="2028-03-01", put_into_service="2028-03-01")
    return d


@functools.cache
def _police() -> aiact.Assessment:
    return aiact.Case.model_validate(_police_case()).assess()


def _product(law: str, legislation: str, *, product: bool = True) -> aiact.Assessment:
    """A provider of a system that is itself the product of ``legislation`` (``product``), or
    an Annex III point 4(a) system inside such a product but no safety component of it."""
    annex_i = {
        **ANNEX_I_MEDICAL,
        "legislation": [legislation],
        "is_the_product": product,
        "safety_component": False,
        "failure_endangers_health_safety": False,
    }
    extra: dict[str, Any] = {} if product else {"annex_iii": ["4a"]}
    s = system(placed_on_market=dt.date(2028, 9, 1), annex_i=annex_i, **extra)
    return aiact.assess(s, COMPANY, "2028-10-01", law)


def _case_file(tmp_path: Path, data: dict[str, Any]) -> str:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _cli(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    return result.output


def _medical_case() -> dict[str, Any]:
    s = system(placed_on_market=dt.date(2028, 9, 1), annex_i=ANNEX_I_MEDICAL)
    case = aiact.Case(system=s, organisation=COMPANY, as_of=dt.date(2028, 10, 1), law="amended")
    return case.model_dump(mode="json")


# ------------------------------------------------------------------ the text


def test_each_modality_follows_its_words_in_both_languages_and_versions() -> None:
    """The carve-outs: "This obligation shall not cover sensitive operational data" (Art. 26(5)
    and 72(2), unamended by Regulation (EU) 2026/1744), Dutch "Deze verplichting geldt niet voor
    gevoelige operationele gegevens": no "shall" that binds anyone, a limitation naming its
    duty. The choices: "providers shall have a choice of integrating" (Art. 8(2) and 72(4)),
    Dutch "hebben aanbieders de keuze" / "hebben aanbieders, indien ... de keuze": a
    permission. All four entries exist in both law versions (2026/1744 replaces only Art.
    72(3), and amends no sentence quoted here)."""
    quote(
        "26",
        "This obligation shall not cover sensitive operational data of deployers of AI systems "
        "which are law enforcement authorities",
        "both",
    )
    quote(
        "72",
        "This obligation shall not cover sensitive operational data of deployers which are "
        "law-enforcement authorities",
        "both",
    )
    quote_nl(
        "Deze verplichting geldt niet voor gevoelige operationele gegevens van "
        "gebruiksverantwoordelijke van AI-systemen die de hoedanigheid van "
        "rechtshandhavingsinstanties hebben"
    )
    quote_nl(
        "Deze verplichting geldt niet voor gevoelige operationele gegevens van "
        "gebruiksverantwoordelijken die rechtshandhavingsinstanties zijn"
    )
    quote("8", "providers shall have a choice of integrating", "both")
    quote("72", "providers shall have a choice of integrating, as appropriate", "both")
    quote_nl("hebben aanbieders de keuze om in voorkomend geval de nodige test- en")
    quote_nl("hebben aanbieders, indien er krachtens die wetgeving reeds een systeem en een plan")
    both = set(aiact.LawVersion)
    for key, duty in LIMITATIONS.items():
        o = _entry(key)
        assert o.modality is Modality.LIMITATION and o.limits == duty and not o.binds
        assert _entry(duty).binds and o.versions == both == _entry(duty).versions
    for key in NEW:
        o = _entry(key)
        assert o.modality is Modality.PERMISSION and o.limits is None and not o.binds
        assert o.versions == both
    assert _entry("art72_4").source == "Art. 72(4), first subparagraph"
    assert _entry("art26_5_law_enforcement").source == "Art. 26(5), first subparagraph"


def test_only_the_two_carve_outs_are_limitations_and_every_shall_entry_still_binds() -> None:
    """No other entry became a limitation or lost its duty: the entries that narrow but still
    say what is owed ("are limited to disclosure", Art. 50(4); "shall be limited to ... and
    shall be made to", Art. 73(10); "shall be deemed to be fulfilled", Art. 17(4), 26(5) second
    subparagraph) stay duties, and every non-duty is one of the eight permissions (perm33b
    added two) or the two limitations the branches name."""
    kinds = {o.id: o.modality for o in catalogue().obligations}
    assert {k for k, m in kinds.items() if m is Modality.LIMITATION} == set(LIMITATIONS)
    assert {k for k, m in kinds.items() if m is Modality.PERMISSION} == {
        "art8_2", "art27_4", "art63_1", "art63_1_original", "art72_4", "art72_4_financial",
        "art9_10", "art17_3",  # perm33b: Art. 9(10) and 17(3) (tests/test_perm33b.py)
    }  # fmt: skip
    for key in ("art50_4_artistic", "art73_10", "art17_4", "art26_5_financial", "art26_5"):
        assert kinds[key] is Modality.DUTY


def test_the_sibling_integration_permissions_are_catalogued() -> None:
    quote("9", "may be part of, or combined with, the risk management procedures", "both")
    quote("17", "may include the aspects listed in paragraph 1 as part of the quality", "both")
    sources = {o.source.split(",")[0] for o in catalogue().obligations}
    assert {"Art. 9(10)", "Art. 17(3)"} <= sources


def test_the_new_permissions_follow_section_a_per_version() -> None:
    """Art. 8(2): "Where a product contains an AI system, to which the requirements of this
    Regulation as well as requirements of the Union harmonisation legislation listed in Section
    A of Annex I apply"; Art. 72(4): "high-risk AI systems covered by the Union harmonisation
    legislation listed in Section A of Annex I". Machinery (Regulation (EU) 2023/1230) is in
    Section A of the original text and in Section B of the amended one: neither choice there in
    the amended text. A toy (Section A in both) gives both choices for the product itself; for
    an Annex III system inside the toy that is no safety component, Art. 8(2) (the product
    contains it, as art11_2) but not Art. 72(4) ("covered by", read as Art. 6(1)(a) and 43(3),
    ADR 0023)."""
    quote(
        "8",
        "Where a product contains an AI system, to which the requirements of this Regulation as "
        "well as requirements of the Union harmonisation legislation listed in Section A of "
        "Annex I apply",
        "both",
    )
    quote("72", "For high-risk AI systems covered by the Union harmonisation legislation", "both")
    expected = {
        ("original", "machinery_2023_1230", True): (True, True),
        ("original", "machinery_2023_1230", False): (True, False),
        ("amended", "machinery_2023_1230", True): (False, False),
        ("amended", "machinery_2023_1230", False): (False, False),
        ("original", "toys_2009_48", True): (True, True),
        ("original", "toys_2009_48", False): (True, False),
        ("amended", "toys_2009_48", True): (True, True),
        ("amended", "toys_2009_48", False): (True, False),
    }
    for (law, legislation, product), (a8, a72) in expected.items():
        a = _product(law, legislation, product=product)
        got = (a.obligation("art8_2").applies, a.obligation("art72_4").applies)
        assert got == (a8, a72), (law, legislation, product)
        assert a.obligation("art8_2").applies == a.obligation("art11_2").applies


# ------------------------------------------------------------------ the outputs


def test_police_force_limits_bind_nobody_and_their_duties_still_do() -> None:
    """In the police case both carve-outs apply; neither is a step, deadline, exposure item or
    portfolio count; art26_5 and art72 remain steps and fined; the plan lists each limitation
    with the duty it narrows."""
    a = _police()
    for key, duty in LIMITATIONS.items():
        assert a.obligation(key).applies is True
        assert a.obligation(duty).applies is True
    p = a.plan()
    steps = {s.id for s in (*p.steps, *p.undetermined)}
    assert not steps & set(LIMITATIONS) and set(LIMITATIONS.values()) <= steps
    assert not set(LIMITATIONS) & set(p.critical_path)
    assert not set(LIMITATIONS) & {r.id for r in a.deadlines()}
    exposed = {r.obligation_id for r in a.exposure.obligations}
    assert not set(LIMITATIONS) & exposed and set(LIMITATIONS.values()) <= exposed
    assert {s.id: s.obligation.limits for s in p.limitations} == LIMITATIONS
    plan_json = json.loads(p.to_json("nl"))
    assert {d["id"]: d["limits"] for d in plan_json["limitations"]} == LIMITATIONS
    data = a.to_dict()
    rows = {o["id"]: o for o in data["obligations"]}
    for key, duty in LIMITATIONS.items():
        assert rows[key]["modality"] == "limitation" and rows[key]["limits"] == duty
        assert rows[duty]["modality"] == "duty" and rows[duty]["limits"] is None


def test_police_force_terminal_en_and_nl_at_80_columns(tmp_path: Path) -> None:
    """`aiact assess` (English) and `aiact plan --lang nl` of the police case at 80 columns:
    the carve-outs are in their own list ("Limits on your obligations (2)", "Grenzen aan uw
    verplichtingen"), each with the duty it narrows, after the permissions; they are nowhere
    among the obligations or steps before it; no line is wider than 80."""
    path = _case_file(tmp_path, _police_case())
    out = _cli("assess", path)
    assert "Limits on your obligations (2)" in out
    before, after = out.split("Limits on your obligations (2)")
    assert "sensitive operational data" not in before
    assert "Obligation limited  Art. 72(1)" in after and "Obligation limited  Art. 26(5)" in after
    assert "What the Act allows you (2)" in before
    plan = _cli("plan", "--lang", "nl", path)
    assert "Grenzen aan uw verplichtingen" in plan
    steps, limits = plan.split("Grenzen aan uw verplichtingen")
    assert "gevoelige operationele gegevens" not in steps
    assert "Beperkte verplichting  Artikel 26, lid 5" in limits
    assert "Beperkte verplichting  Artikel 72, lid 1" in limits
    assert not re.search(r"\b(limitation|obligation limited|limits)\b", plan, re.I)
    for text in (out, plan):
        assert max(len(line) for line in text.splitlines()) <= 80


def test_police_force_markdown_html_nl(tmp_path: Path) -> None:
    """Markdown and HTML of the assessment, Dutch: the limitations have their own heading with
    the Dutch terms (beperking, beperkte verplichting) and no fine or Comply-by date."""
    path = _case_file(tmp_path, _police_case())
    md = _cli("assess", "--format", "markdown", "--lang", "nl", path)
    head = "### Grenzen aan uw verplichtingen"
    assert head in md
    table = md.split(head)[1].split("\n## ")[0]
    assert "| Artikel | Beperking | Beperkte verplichting |" in table
    assert table.count("gevoelige operationele gegevens") == 2
    assert "€" not in table
    html = _cli("assess", "--format", "html", "--lang", "nl", path)
    assert "Grenzen aan uw verplichtingen" in html and "Beperkte verplichting" in html


def test_annex_i_product_permissions_in_every_view(tmp_path: Path) -> None:
    """The medical device (Section A, the product itself, amended text, 1 October 2028): Art.
    8(2) and 72(4) are listed among what the Act allows (English and Dutch), as permissions in
    the JSON, never as steps, deadlines or exposure; from 2 August 2028, as the Section 2
    requirements for an Annex I system in the amended text."""
    a = aiact.Case.model_validate(_medical_case()).assess()
    for key in NEW:
        r = a.obligation(key)
        assert r.applies is True and r.applies_from == dt.date(2028, 8, 2)
        assert r.applies_from == a.obligation("art11_2").applies_from
    p = a.plan()
    assert set(NEW) <= {s.id for s in p.permissions}
    assert not set(NEW) & {s.id for s in (*p.steps, *p.undetermined, *p.limitations)}
    assert not set(NEW) & {r.id for r in a.deadlines()}
    assert not set(NEW) & {r.obligation_id for r in a.exposure.obligations}
    rows = {o["id"]: o for o in a.to_dict()["obligations"]}
    assert all(rows[k]["modality"] == "permission" and rows[k]["limits"] is None for k in NEW)
    path = _case_file(tmp_path, _medical_case())
    out = _cli("assess", path)
    # perm33b: Art. 9(10) and 17(3) are allowed to the Section A provider too (two more rows)
    allowed = out.split("What the Act allows you (4)")[1]
    assert "Art. 9(10)" in allowed and "Art. 17(3)" in allowed
    assert "Art. 8(2)" in allowed and "Art. 72(4), first subparagraph" in allowed
    plan = _cli("plan", "--lang", "nl", path)
    allowed_nl = plan.split("Wat de verordening u toestaat")[1]
    assert "Artikel 8, lid 2" in allowed_nl and "Artikel 72, lid 4, eerste alinea" in allowed_nl
    assert "Grenzen aan uw verplichtingen" not in plan


def test_docs_articles_show_no_fine_for_what_binds_nobody() -> None:
    """docs/articles (generated): a permission's or limitation's row says it has no fine
    (Art. 99(1): fines are for infringements), as the console, HTML and Markdown do; fixed on
    this branch (d937e8d8), it showed the Art. 99(4) amount of the duty it shapes."""
    for page, keys in {
        "art-8.md": ("art8_2",),
        "art-26.md": ("art26_5_law_enforcement",),
        "art-72.md": ("art72_2_law_enforcement", "art72_4", "art72_4_financial"),
    }.items():
        text = (ROOT / "docs" / "articles" / page).read_text(encoding="utf-8")
        for key in keys:
            row = next(line for line in text.splitlines() if line.startswith(f"| `{key}` |"))
            assert "€" not in row and "cannot be infringed" in row, row


# ------------------------------------------------------------------ the property


@given(ais.cases(kind="system", high_risk=True))
def test_what_binds_nobody_is_owed_by_no_date_and_fined_by_no_ceiling(case: aiact.Case) -> None:
    """Over generated high-risk cases (both texts, unknown facts): no entry that binds nobody
    (permission or limitation) is a deadline, an exposure item or a plan step; the JSON names
    every entry's modality and a limitation's duty; where a limitation applies or may, its duty
    applies or may too (the limitation's condition is its duty's and more), and where it
    surely applies, so does its duty."""
    a = case.assess()
    idle = {r.id for r in a.obligations if not r.obligation.binds}
    p = a.plan()
    assert not idle & {r.id for r in a.deadlines()}
    assert not idle & {r.obligation_id for r in a.exposure.obligations}
    assert not idle & {s.id for s in (*p.steps, *p.undetermined)}
    rows = {o["id"]: o for o in a.to_dict()["obligations"]}
    for r in a.obligations:
        o = r.obligation
        assert rows[r.id]["modality"] == o.modality.value
        assert rows[r.id]["limits"] == (LIMITATIONS.get(r.id))
        if o.limitation:
            duty = a.obligation(LIMITATIONS[r.id])
            if r.applies is not False:
                assert duty.applies is not False
            if r.applies is True:
                assert duty.applies is True
