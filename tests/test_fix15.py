"""fix15: four findings of round 15's reviewers.

1. The date of the Art. 25(4) written agreement of a third-party supplier whose facts give no
   route (init15's note): the entries ``art25_4``, ``art25_4_original`` and
   ``art25_4_supplier_not_operator`` bind "the provider of a high-risk AI system and the third
   party that supplies ... [what is] used or integrated in a high-risk AI system"; their date is
   that of Chapter III, Section 3 for that high-risk system (Art. 113, third paragraph, point
   (c)). The facts of a supplier describe that system (its placing and reach already do: rules
   scope.supplier_reach, scope.reach.value_chain). Where they give its route, the date of
   ``from.high_risk`` as before; where they give none, Art. 6 leaves two routes: the date is one
   of the two, undetermined, never "not applicable" while the duty applies (timing group
   ``supplier``, rule ``from.supplier_base``, as init15's ``initial_provider``).
2. audit15b N3: the A10 note ("undertaking" read as the group) only where the offender of Art.
   101 is an undertaking.
3. audit15b N4: each missing input of an exposure row listed once.
4. audit15b N5: the rule ``duty.hr_system`` cites the paragraphs of Art. 6 of both routes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from lawquote import quote, quote_nl
from timecases import ANNEX_I_MEDICAL, COMPANY, PUBLIC_BODY, system

import aiact
from aiact.obligations import catalogue
from aiact.rules.timing import TimingGroup, timing_group
from aiact.testing.strategies import system_cases
from aiact.timeline.transitional import Status

D = dt.date
_ENTRIES = ("art25_4", "art25_4_original", "art25_4_supplier_not_operator")
_FINED = {"amended": "art25_4", "original": "art25_4_original"}
_ANNEX_III = {"amended": D(2027, 12, 2), "original": D(2026, 8, 2)}
_ANNEX_I = {"amended": D(2028, 8, 2), "original": D(2027, 8, 2)}


# ------------------------------------------------------------------ 1. the supplier's date


def _supplier(route: str = "none", roles: tuple[str, ...] = (), **kw: Any) -> dict[str, Any]:
    """A Dutch company that supplies components for a high-risk system (holding ``roles`` for
    it), placed on 15 December 2027 unless given; ``route`` none (the facts give none),
    annex_iii (4(a)) or annex_i (a medical device)."""
    given: dict[str, Any] = {"placed_on_market": D(2027, 12, 15), **kw}
    if route == "annex_iii":
        given["annex_iii"] = ["4a"]
    elif route == "annex_i":
        given["annex_i"] = ANNEX_I_MEDICAL
    s = system(roles=roles, **given).model_dump(mode="json")
    s["value_chain"]["supplies_components_for_high_risk"] = True
    return s


def _entry(law: str, a36: str) -> str:
    return "art25_4_supplier_not_operator" if a36 == "operators_only" else _FINED[law]


def test_the_law_dates_the_agreement_by_the_high_risk_system_supplied() -> None:
    quote(
        "25",
        "The provider of a high-risk AI system and the third party that supplies an AI system, "
        "tools, services, components, or processes that are used or integrated in a high-risk "
        "AI system shall, by written agreement, specify the necessary information",
        "original",
    )
    quote(
        "25",
        "the third party that supplies an AI system, AI model, tools, services, components, or "
        "processes that are used or integrated in a high-risk AI system shall, by written "
        "agreement",
        "amended",
    )
    quote_nl(
        "de derde partij die instrumenten, diensten, onderdelen of processen voor AI-systemen "
        "levert die worden gebruikt of geïntegreerd in een AI-systeem met een hoog risico"
    )
    quote(
        "113",
        "Article 6(1) and the corresponding obligations in this Regulation shall apply "
        "from 2 August 2027",
        "original",
    )
    quote("113", "It shall apply from 2 August 2026", "both")
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "omnibus_only",
    )
    quote(
        "113",
        "2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) "
        "and Annex I",
        "omnibus_only",
    )


def test_the_entries_are_in_the_supplier_group() -> None:
    for entry in _ENTRIES:
        assert timing_group(catalogue().get(entry)) is TimingGroup.SUPPLIER


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("a36", ["every_addressee", "operators_only"])
def test_no_route_in_the_facts_leaves_the_date_undetermined_never_not_applicable(
    law: str, a36: str
) -> None:
    """init15's probe: a supplier, no role, no Annex III point, no Annex I product. Before
    fix15: applies true, status not_applicable on every date. Placed after both Art. 111(2)
    cut-offs (since legacy15 each route's own cut-off applies: tests/test_legacy15.py)."""
    s = _supplier(placed_on_market=D(2028, 8, 3))
    first, second = _ANNEX_III[law], _ANNEX_I[law]
    for day, status in (
        (first - dt.timedelta(days=1), Status.UPCOMING),
        (first, Status.UNDETERMINED),
        (second - dt.timedelta(days=1), Status.UNDETERMINED),
        (second, Status.IN_FORCE),
        (D(2031, 1, 1), Status.IN_FORCE),
    ):
        a = aiact.assess(s, COMPANY, day.isoformat(), law, interpretations={"A36": a36})
        r = a.obligation(_entry(law, a36))
        assert r.applies is True
        assert r.status is status, (day, r.status)
        assert r.applies_from is None
        assert r.timing.possible_applies_from == (first, second)
        assert r.timing.rule == "from.supplier_art111_3"  # A46: it reads from.supplier
        reason = r.timing.source.reason("en")
        assert "high-risk system the supply is used or integrated in" in reason, reason
        assert "waarin de levering wordt gebruikt" in r.timing.source.reason("nl")


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("route", ["annex_iii", "annex_i"])
@pytest.mark.parametrize("placed", [D(2025, 1, 1), D(2027, 12, 15), D(2028, 9, 1), None])
@pytest.mark.parametrize("public", [False, True])
@pytest.mark.parametrize("roles", [(), ("provider",), ("deployer",)])
def test_a_route_in_the_facts_keeps_the_date_of_sections_1_to_3(
    law: str, route: str, placed: dt.date | None, public: bool, roles: tuple[str, ...]
) -> None:
    """Where the facts give the route, the date is what ``from.high_risk`` gives the provider of
    that system (the date before this change), Art. 111(2) included. fix43 (review43): the
    second sentence of Art. 111(2) is read of the system, so a supplier with no role of its own
    in a system intended for public authorities takes its provider's date (2 August 2030), not
    its own shelter."""
    s = _supplier(
        route, roles, placed_on_market=placed, context={"intended_for_public_authorities": public}
    )
    provider = _supplier(
        route,
        ("provider",),
        placed_on_market=placed,
        context={"intended_for_public_authorities": public},
    )
    org = PUBLIC_BODY if public else COMPANY
    for day in ("2026-12-05", "2028-06-01", "2029-01-01", "2031-01-01"):
        a = aiact.assess(s, org, day, law)
        mine = a.date("from.supplier")
        chapter_iii = aiact.assess(provider, org, day, law).date("from.high_risk")
        assert mine.values == chapter_iii.values, (day, mine, chapter_iii)
        assert mine.deadlines == chapter_iii.deadlines
        assert mine.graces == chapter_iii.graces


@pytest.mark.parametrize("law", ["amended", "original"])
def test_a_known_route_gives_its_date(law: str) -> None:
    """Placed after both cut-offs of Art. 111(2) (not a legacy system)."""
    for route, date in (("annex_iii", _ANNEX_III[law]), ("annex_i", _ANNEX_I[law])):
        s = _supplier(route, placed_on_market=D(2028, 9, 1))
        r = aiact.assess(s, COMPANY, "2029-01-01", law).obligation(_FINED[law])
        assert (r.applies, r.applies_from, r.status) == (True, date, Status.IN_FORCE)


@pytest.mark.parametrize("law", ["amended", "original"])
def test_a_provider_that_supplies_nothing_keeps_its_possible_dates(law: str) -> None:
    """The no-route cases are the supplier's: a provider (not a supplier) whose Annex III
    points are unknown and that makes no Annex I product has the Annex III date or none, never
    the Annex I date (as before fix15)."""
    s = system(roles=("provider",)).model_dump(mode="json")
    s["annex_iii"]["points"] = None
    s["value_chain"]["third_party_supplies"] = True  # sup33: the provider has a counterparty
    r = aiact.assess(s, COMPANY, "2026-12-05", law).obligation(_FINED[law])
    assert r.applies is None
    assert _ANNEX_I[law] not in r.timing.possible_applies_from
    assert _ANNEX_III[law] in r.timing.possible_applies_from


def test_the_question_tells_a_supplier_which_system_to_describe() -> None:
    from aiact.questions.data import QUESTIONS

    option = next(
        o
        for q in QUESTIONS
        for o in q.get("options", ())
        if o["sets"] == {"value_chain.supplies_components_for_high_risk": True}
    )
    assert "the high-risk AI system your supply is used or integrated in" in option["help_en"]
    assert "waarin uw levering wordt gebruikt of geïntegreerd" in option["help_nl"]


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=system_cases())
def test_the_supplier_duty_that_applies_is_never_not_applicable(case: aiact.Case) -> None:
    """Property: for a supplier (the case's system with the organisation made a supplier of
    it), an Art. 25(4) entry whose ``applies`` is True never has status not_applicable,
    whatever the route facts."""
    s = case.system.model_dump(mode="json")
    s["value_chain"]["supplies_components_for_high_risk"] = True
    a = aiact.assess(
        s, case.organisation, case.as_of, case.law, interpretations=case.interpretations
    )
    for r in a.obligation_results:
        if r.id in _ENTRIES and r.applies is True:
            # legacy15: not applicable only where Art. 111(2) shelters the system under
            # every route the facts leave (tests/test_legacy15.py).
            if r.status is Status.NOT_APPLICABLE:
                assert r.timing.grace == "art111_2", (r.id, a.as_of)
                continue
            assert r.timing.possible_applies_from or r.applies_from


# ------------------------------------------------------------------ 2.-3. exposure rows (N3, N4)

_AUDIT15B = Path(__file__).parent / "data" / "audit15b"


def test_n3_no_a10_note_for_a_public_authority_under_art101() -> None:
    """audit15b N3: reading A10 reads "undertaking" for fines as the group or the entity; a
    municipality that provides a general-purpose model (c04) is fined by the Commission under
    Art. 101(1), on "their annual total worldwide turnover", and is no undertaking: no A10 note,
    even where it says it is part of a group. A company keeps the note."""
    quote("101", "fines not exceeding 3 % of their annual total worldwide turnover", "both")
    case = aiact.load_case(_AUDIT15B / "c04-municipality-finetuned-model.yaml")
    for part_of_group in (None, True):
        org = case.organisation.model_copy(update={"part_of_group": part_of_group})
        a = aiact.assess_model(case.model, org, case.as_of, "amended")
        rows = [o for o in a.exposure.obligations if o.obligation_id.startswith("art53_1")]
        assert rows
        for row in rows:
            assert "A10" not in row.flags, (row.obligation_id, row.flags)
            assert row.minimum == 15_000_000 and row.ceiling is None
    company = aiact.assess_model(
        case.model, COMPANY.model_copy(update={"part_of_group": True}), case.as_of, "amended"
    )
    assert all(
        "A10" in o.flags
        for o in company.exposure.obligations
        if o.obligation_id.startswith("art53_1")
    )


def test_n4_each_missing_input_is_listed_once() -> None:
    """audit15b N4: a company in a group whose figures are not given (c06 without them) had
    ``missing=('group', 'group')`` (the turnover and the size class both read the group)."""
    case = aiact.load_case(_AUDIT15B / "c06-importer-in-group.yaml")
    org = aiact.Organisation(**case.organisation.model_dump(exclude={"group"}))
    for law in ("amended", "original"):
        a = aiact.assess(case.system, org, case.as_of, law)
        rows = [o for o in a.exposure.obligations if o.missing]
        assert rows
        for row in rows:
            assert len(set(row.missing)) == len(row.missing), (row.obligation_id, row.missing)
        assert {row.missing for row in rows} == {("group",)}


# ------------------------------------------------------------------ 4. duty.hr_system (N5)


def test_n5_the_high_risk_duty_cites_both_routes_of_article_6() -> None:
    """audit15b N5: an Annex III system is high-risk by Art. 6(2), not Art. 6(1); the rule that
    opens every high-risk explanation cites Art. 6 as a whole, both paragraphs among its
    citations, and reads so in English and Dutch."""
    quote("6", "AI systems referred to in Annex III shall be considered to be high-risk", "both")
    from aiact.rules import SYSTEM_RULES

    (rule,) = [r for r in SYSTEM_RULES if r.id == "duty.hr_system"]
    assert rule.source == "Art. 6"
    assert {"Art. 6(1)", "Art. 6(2)"} <= set(rule.also_cites)
    case = aiact.load_case(_AUDIT15B / "c03-ministry-legacy-2025.yaml")
    a = aiact.assess(case.system, case.organisation, case.as_of, "amended")
    assert a.value("hr.route_annex_iii") is True
    en, nl = (a.explain("duty.hr_system").text(lang) for lang in ("en", "nl"))
    assert "Art. 6: The high-risk requirements" in en
    assert "Artikel 6: De eisen en verplichtingen" in nl
    assert "Art. 6(1):" not in en.splitlines()[1]
    assert "Artikel 6, lid 1:" not in nl.splitlines()[0]
