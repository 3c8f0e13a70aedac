"""Review rev31d (round 31): two legal changes the reviewer did not write.

Change 1 (h/d2fix, 94ba91b; rev31b D1): published text, A46=model_transition, the supplier of a
general-purpose AI model it provides, placed before 2 August 2025, into a legacy high-risk system
intended for public authorities with no route given: the Art. 25(4) row keeps the deadline of
Art. 111(2), second sentence (2 August 2030), with the later of the change and 2 August 2027 as
its date (``_SUPPLIER_LEGACY_PLACED``, case 1 of ``from.supplier_art111_3.public_authorities``,
nested rule ``.public_authorities.changed``). Verdict: agrees. Compared with d6ccb8f (the aiact
tree of both fixes' parent) on 6,300 complete supplier cases: 48 rows differ, all this family
(deadline None -> 2 August 2030, date and due unchanged); partial cases sound.

Change 2 (h/annexi, c20bd0b; rev31c D1): rule ``hr.annex_i_product_or_safety_component`` needs a
listed Annex I law for a safety component by the failure fact alone. Verdict: agrees with the
text, every reader unchanged (the readers conjoin a guard that makes the new disjunct equal the
old one; proved by enumeration below, and 0 of 4,172 cases differ from 7e141f3 in roles,
classification, obligations, dates or conformity), but D1: with the list given and empty, the
failure fact true and ``is_the_product`` / ``safety_component`` unknown, the conclusion turns
from true to unknown, so the fix now asks the Annex I product question (art6_1_conditions) that
7e141f3 did not ask, the very question rev31c D1 wanted gone: "yes" is refused (empty list beside
such a product) and "no" changes nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pydantic
import pytest
import yaml
from lawquote import quote
from test_rev30c import _case, _row
from timecases import COMPANY, system

import aiact
from aiact.logic import Truth, evaluate, k_and, parse
from aiact.rules.classification import RULES as CLASSIFICATION_RULES
from aiact.rules.conformity import _COVERED_BY_SECTION_A
from aiact.rules.timing import SUPPLIER_ART111_3, SYSTEM_DATE_RULES

D = dt.date
LEGACY_SYSTEM = D(2025, 3, 1)
ART111_3 = D(2027, 8, 2)
BY_2030 = D(2030, 8, 2)
DAY = "2026-11-01"


def _quote_111_2() -> None:
    quote(
        "111",
        "that have been placed on the market or put into service before 2 August 2026, only if, "
        "as from that date, those systems are subject to significant changes in their designs",
    )
    quote(
        "111",
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations of this Regulation by 2 August 2030",
    )
    quote(
        "111",
        "Providers of general-purpose AI models that have been placed on the market before 2 "
        "August 2025 shall take the necessary steps in order to comply with the obligations "
        "laid down in this Regulation by 2 August 2027",
    )


def _key(row: Any) -> tuple[Any, ...]:
    return (row.applies, row.applies_from, row.deadline, row.comply_by)


# ------------------------------------------------------------------ change 1: verified


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # a change before the cut-off is no change "as from that date"
        (D(2026, 1, 1), (True, BY_2030, BY_2030, BY_2030)),
        (D(2026, 8, 2), (True, ART111_3, BY_2030, ART111_3)),  # on the cut-off: counts
        (D(2030, 8, 2), (True, BY_2030, BY_2030, BY_2030)),  # on the deadline: from the change
        (D(2030, 8, 3), (True, BY_2030, BY_2030, BY_2030)),  # after it: by 2 August 2030
    ],
    ids=["before-cut-off", "on-cut-off", "on-2030-deadline", "after-2030-deadline"],
)
def test_c1_boundaries_equal_the_route_given(change: dt.date, expected: tuple[Any, ...]) -> None:
    """Art. 111(2): "placed on the market or put into service before 2 August 2026, only if, as
    from that date, those systems are subject to significant changes"; "In any case ... by 2
    August 2030"; Art. 111(3) "by 2 August 2027" gives time only. No route given, a system
    placed on 1 March 2025, intended for public authorities: at each boundary of the change the
    row equals the row with either route given (the supposed routes), and the deadline is never
    before the date."""
    _quote_111_2()
    rows = [
        _row(_case("original", DAY, placed=LEGACY_SYSTEM, change=change, route=r, public=True))
        for r in ("none", "iii", "i")
    ]
    assert {_key(r) for r in rows} == {expected}
    assert rows[0].timing.rule == SUPPLIER_ART111_3 and rows[0].timing.case == 1


def test_c1_a45_operators_only_is_not_the_public_authority_case() -> None:
    """A45=operators_only: Art. 111(2) shelters "operators of high-risk AI systems"; a supplier
    that is none is bound from the Art. 113 date, so Art. 111(3) gives "by 2 August 2027" and the
    new public-authority case (``not legacy.supplier_not_sheltered``) is not read, as with the
    route given."""
    _quote_111_2()
    quote("111", "shall apply to operators of high-risk AI systems")
    rows = [
        _row(
            _case(
                "original",
                DAY,
                placed=LEGACY_SYSTEM,
                route=r,
                public=True,
                art111_2_supplier_shelter="operators_only",
            )
        )
        for r in ("none", "iii")
    ]
    assert {_key(r) for r in rows} == {(True, ART111_3, ART111_3, ART111_3)}
    assert rows[0].timing.case == 2


def _dump(**kw: Any) -> dict[str, Any]:
    return _case("original", DAY, **kw).system.model_dump(mode="json")


def _assess_row(s: dict[str, Any]) -> Any:
    case = aiact.Case(system=s, organisation=COMPANY, as_of=DAY, law="original")
    return next(r for r in case.assess().obligation_results if r.id == "art25_4_original")


def _partials() -> list[tuple[str, dict[str, Any], list[dict[str, Any]]]]:
    base: dict[str, Any] = {"placed": LEGACY_SYSTEM, "route": "none", "public": True}
    out = []
    for change in ("none", D(2026, 10, 1), D(2027, 10, 1)):
        kw = {**base, "change": change}
        s = _dump(**kw)
        unknown_public = json.loads(json.dumps(s))
        unknown_public["context"]["intended_for_public_authorities"] = None
        out.append(
            (f"public-{change}", unknown_public, [_dump(**{**kw, "public": p}) for p in (1, 0)])
        )
        unknown_route = json.loads(json.dumps(s))
        unknown_route["annex_iii"]["points"] = None
        unknown_route["annex_i"].update(legislation=None, is_the_product=None)
        out.append(
            (
                f"route-{change}",
                unknown_route,
                [_dump(**{**kw, "route": r}) for r in ("none", "iii", "i")],
            )
        )
    unknown_placing = _dump(**base)
    unknown_placing["placed_on_market"] = None
    placings = (LEGACY_SYSTEM, D(2027, 1, 1), D(2028, 9, 1))
    out.append(("placing", unknown_placing, [_dump(**{**base, "placed": p}) for p in placings]))
    changes = ("none", D(2026, 1, 1), D(2026, 10, 1), D(2027, 10, 1), BY_2030, D(2031, 1, 1))
    unknown_change = _dump(**base, change=None)
    out.append(("change", unknown_change, [_dump(**base, change=c) for c in changes]))
    return out


@pytest.mark.parametrize(("label", "partial", "completions"), _partials())
def test_c1_partial_rows_are_sound(
    label: str, partial: dict[str, Any], completions: list[dict[str, Any]]
) -> None:
    """Soundness of the partial rows around the new case (one fact unknown: public use, the
    route, the placing, the change): a known date equals every completion's; the earliest
    possible date is no later than any completion's; a known deadline equals every applying
    completion's and is never before a possible date or a completion's date (Art. 111(2),
    second sentence: "by 2 August 2030")."""
    _quote_111_2()
    p = _assess_row(partial)
    cs = [_assess_row(c) for c in completions]
    dates = [c.applies_from for c in cs if c.applies is not False and c.applies_from]
    if p.applies_from is not None:
        assert all(d == p.applies_from for d in dates), label
    else:
        assert p.timing.earliest is None or all(p.timing.earliest <= d for d in dates), label
    if p.deadline is not None:
        assert all(c.deadline == p.deadline for c in cs if c.applies is not False), label
        possible = [d for d in p.timing.possible_applies_from if d]
        assert all(d <= p.deadline for d in [*dates, *possible]), label


def test_c1_the_renumbered_rest_case_has_no_stale_review() -> None:
    """The rest case of from.supplier_art111_3.public_authorities moved from 1 to 2: no review
    record before round 31's rev31d cites a case of that rule other than 0 (unchanged), so no
    record speaks of a case it did not review."""
    path = Path(__file__).resolve().parent / "data" / "coverage" / "reviews.yaml"
    prefix = f"rule:datecase.{SUPPLIER_ART111_3}.public_authorities."
    older = [
        r["target"]
        for r in yaml.safe_load(path.read_text(encoding="utf-8"))
        if str(r["target"]).startswith(prefix) and "rev31d" not in str(r["reviewer"])
    ]
    assert all(t == prefix + "0" for t in older), older
    rule = next(r for r in SYSTEM_DATE_RULES if r.name == f"{SUPPLIER_ART111_3}.public_authorities")
    assert len(rule.cases) == 3 and rule.cases[2].when == "true"


# ------------------------------------------------------------------ change 2: verified

_NEW = next(
    r.when for r in CLASSIFICATION_RULES if r.id == "hr.annex_i_product_or_safety_component"
)
_OLD = "annex_i.is_the_product or hr.annex_i_safety_component"
"""The condition at 7e141f3."""

_MDR = "annex_i.medical_devices_2017_745 or annex_i.in_vitro_diagnostics_2017_746"


def _worlds() -> list[dict[str, Truth]]:
    """Every value of the atoms the two conditions read, with the links the facts have: the
    list of Annex I laws unknown (every law atom unknown) or given (each known; a medical device
    law is one of Section A)."""
    worlds = []
    three: tuple[Truth, ...] = (True, False, None)
    for p, s, h in itertools.product(three, repeat=3):
        lists: list[tuple[Truth, Truth, Truth]] = [(None, None, None)]
        lists += [(a, b, m) for a, b, m in itertools.product((True, False), repeat=3) if a or not m]
        for a, b, m in lists:
            worlds.append(
                {
                    "annex_i.is_the_product": p,
                    "annex_i.safety_component": s,
                    "hr.annex_i_safety_component": h,
                    "hr.annex_i_section_a_legislation": a,
                    "hr.annex_i_section_b_legislation": b,
                    "annex_i.medical_devices_2017_745": m,
                    "annex_i.in_vitro_diagnostics_2017_746": False if m is not None else None,
                }
            )
    return worlds


def test_c2_every_reader_reads_the_same_value() -> None:
    """Art. 6(1)(a): "the AI system is intended to be used as a safety component of a product, or
    the AI system is itself a product, covered by the Union harmonisation legislation listed in
    Annex I". Every reader of the conclusion conjoins it with a guard that holds only where a
    listed law covers the product: Section A (hr.annex_i_a, Art. 43(3) in conformity.py),
    Section B (hr.annex_i_b), Regulations 2017/745 and 2017/746 (art73, art73_10). Under each
    guard the new condition and the old one give the same three-valued result in every world,
    so the change moves no role, category, obligation or date, only the conclusion itself (and
    the open questions that read it)."""
    quote("6", "covered by the Union harmonisation legislation listed in Annex I")
    conclusion = "hr.annex_i_product_or_safety_component"
    readers = {
        "hr.annex_i_a": f"hr.annex_i_section_a_legislation and {conclusion}",
        "hr.annex_i_b": f"hr.annex_i_section_b_legislation and {conclusion}",
    }
    for rule in CLASSIFICATION_RULES:
        if rule.id in readers:
            assert readers[rule.id] in rule.when
    assert f"(hr.annex_i_section_a_legislation and {conclusion})" == _COVERED_BY_SECTION_A
    for source in (
        Path(aiact.__file__).parent / "obligations" / "decl_high_risk_provider.py",
        Path(aiact.__file__).parent / "obligations" / "decl_conformity.py",
    ):
        text = source.read_text(encoding="utf-8")
        # art73 / art73_10: the conclusion read only beside the two device Regulations
        assert "(annex_i.medical_devices_2017_745 or annex_i.in_vitro_diagnostics_2017_746)" in text
    new, old = parse(_NEW), parse(_OLD)
    for world in _worlds():
        x_new, x_old = evaluate(new, world), evaluate(old, world)
        for guard in ("hr.annex_i_section_a_legislation", "hr.annex_i_section_b_legislation", _MDR):
            g = evaluate(parse(guard), world)
            assert k_and([g, x_new]) == k_and([g, x_old]), (guard, world)


def _annex_i_case(law: str, **annex_i: Any) -> aiact.Case:
    s = system(roles=("provider",)).model_dump(mode="json")
    s["annex_i"].update(annex_i)
    s["annex_iii"]["points"] = None
    return aiact.Case(system=s, organisation=COMPANY, as_of="2026-12-07", law=law)


@pytest.mark.parametrize("law", ["original", "amended"])
def test_c2_no_question_with_no_annex_i_law_and_the_failure_unknown(law: str) -> None:
    """rev31c D1 fixed where the product facts are known: ``legislation: []``, not the product,
    not a stated safety component, the failure fact unknown: no Annex I question, and the
    conclusion false (Art. 3(14): "the failure or malfunctioning of which endangers the health
    and safety of persons or property" does not say which product)."""
    quote("3", "the failure or malfunctioning of which endangers the health and safety")
    a = _annex_i_case(
        law,
        legislation=[],
        is_the_product=False,
        safety_component=False,
        failure_endangers_health_safety=None,
        third_party_conformity_assessment=True,
    ).assess()
    assert not [q for q in a.open_questions if q.fact.startswith("annex_i.")]
    assert a.value("hr.annex_i_product_or_safety_component") is False


# ------------------------------------------------------------------ change 2: finding


def _d1_case(law: str, **product: Any) -> aiact.Case:
    return _annex_i_case(
        law,
        legislation=[],
        failure_endangers_health_safety=True,
        third_party_conformity_assessment=True,
        **product,
    )


@pytest.mark.parametrize("law", ["original", "amended"])
def test_c2_d1_premise_the_product_answer_changes_nothing(law: str) -> None:
    """The premise of D1: with ``legislation: []`` the answer "itself the product" is refused
    (an empty list beside such a product: facts._check_annex_i_listed), and "not the product,
    not a stated safety component" leaves every obligation as it is."""
    quote("6", "or the AI system is itself a product, covered by the Union harmonisation")
    partial = _d1_case(law, is_the_product=None, safety_component=None).assess()
    with pytest.raises(pydantic.ValidationError):
        _d1_case(law, is_the_product=True, safety_component=None)
    answered = _d1_case(law, is_the_product=False, safety_component=False).assess()
    assert [(o.id, o.applies) for o in partial.obligation_results] == [
        (o.id, o.applies) for o in answered.obligation_results
    ]


@pytest.mark.parametrize("law", ["original", "amended"])
def test_c2_d1_no_annex_i_product_question_after_the_fix(law: str) -> None:
    """Art. 6(1)(a): "a safety component of a product, or ... itself a product, covered by the
    Union harmonisation legislation listed in Annex I". Concrete: a provider's system, Annex III
    points unknown, ``annex_i.legislation: []``, failure_endangers_health_safety true,
    is_the_product and safety_component unknown, 7 December 2026. 7e141f3 asks no annex_i
    question (the conclusion was true by the failure fact, and every reader false by the empty
    list); c20bd0b asks annex_i.is_the_product and annex_i.safety_component (question
    art6_1_conditions, affects art73; amended also art43_1_choice, art43_1_annex_vii, art43_2),
    the question rev31c D1 wanted gone where no Annex I law covers the product. Fix (rev31c's
    own suggestion): guard the whole rule, not the failure disjunct alone, with "not
    answered.annex_i.legislation or hr.annex_i_section_a_legislation or
    hr.annex_i_section_b_legislation" (with the list given and empty the first two disjuncts are
    refused when true, so the conclusion is then false in every accepted completion). Fixed in
    round 31: the first two disjuncts need the list not given or a listed law."""
    quote("6", "covered by the Union harmonisation legislation listed in Annex I")
    a = _d1_case(law, is_the_product=None, safety_component=None).assess()
    asked = [q.fact for q in a.open_questions if q.fact.startswith("annex_i.")]
    assert asked == []
