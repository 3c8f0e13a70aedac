"""annexi20 (round 20): a system stated to be a safety component of a product covered by Annex I
legislation, or itself such a product, is covered by one of those laws while the list of them is
not given.

Art. 6(1)(a) is one condition: "the AI system is intended to be used as a safety component of a
product, or the AI system is itself a product, covered by the Union harmonisation legislation
listed in Annex I". The facts ``annex_i.safety_component`` and ``annex_i.is_the_product`` state the
link to *such* a product (the interview's options say "such a product"), so a "yes" to either says
that one of those laws covers it. Until round 19 the engine needed the law itself (its Section)
before it concluded anything under Art. 6(1), so a person who had said "the AI system is itself
such a product, which needs a third-party assessment" was asked which law before the tier was
known. Now the rule ``hr.annex_i.legislation_not_given`` concludes Art. 6(1) while the list is not
given; which Section (Art. 2(2)) and what follows from it stay open. An empty list beside such a
"yes" is refused (it says no Annex I law covers the product). A safety component by Art. 3(14)'s
second limb alone (its failure endangers health and safety) does not say of which product, so it
still needs the list.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lawquote import quote
from scope_cases import NO_EXCLUSION, ROLE_NAMES
from test_annexi19 import _quote_art6_1_a

import aiact
from aiact.errors import InputError
from aiact.facts import AnnexILegislation
from aiact.interview import Interview
from aiact.testing import invariants as inv

LAWS = ("2024/1689", "2024/1689+2026/1744")
DAY = "2029-01-10"
NL = {"kind": "private_undertaking", "member_state": "NL"}
SECTION_A = "toys_2009_48"
SECTION_B = "agricultural_vehicles_167_2013"


def _system(annex_i: dict[str, Any]) -> dict[str, Any]:
    """A provider's AI system placed on the Union market with the given Annex I facts, no Annex
    III use."""
    return {
        "is_ai_system": True,
        "exclusions": {
            **NO_EXCLUSION,
            "placed_or_used_in_eu": True,
            "output_used_in_eu": True,
            "used_in_eu_by_organisation": False,
        },
        "prohibited": [],
        "annex_i": annex_i,
        "annex_iii": {"points": []},
        "roles": {role: role == "provider" for role in ROLE_NAMES},
    }


ASSESSED = {"third_party_conformity_assessment": True, "third_party_solely_radio_or_emc": False}
"""The product must undergo a third-party assessment, not solely for radio or EMC risks (Art.
6(1)(b); amended: Art. 6(1c))."""


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize(
    "link",
    [
        {"is_the_product": True},
        {"safety_component": True, "solely_non_safety_functions": False},
        {"safety_component": True, "is_the_product": True},
    ],
)
def test_a_product_of_annex_i_is_high_risk_before_its_law_is_named(
    law: str, link: dict[str, Any]
) -> None:
    """Art. 6(1)(a)-(b): itself such a product, or a safety component of one, with the product's
    third-party assessment: high-risk under Art. 6(1) while the law is not given. Which Section
    (Art. 2(2): Section B limits the provisions that apply) stays open, and so does whether
    Chapter III applies."""
    _quote_art6_1_a()
    quote(
        "6",
        "the product whose safety component pursuant to point (a) is the AI system, or the AI "
        "system itself as a product, is required to undergo a third-party conformity assessment",
        "both",
    )
    a = aiact.assess(_system({**link, **ASSESSED}), NL, DAY, law)
    assert a.value("answered.annex_i.legislation") is False
    assert a.value("hr.annex_i") is True
    assert a.value("hr.high_risk") is True
    assert str(a.risk_tier) == "high_risk"
    assert a.value("hr.annex_i_a") is None and a.value("hr.annex_i_b") is None
    assert a.value("hr.chapter_iii_applies") is None
    # Naming the law decides the Section, and the tier stays (Kleene monotonicity on accepted
    # input: the switch answered.annex_i.legislation never reverses it).
    for law_id, section in ((SECTION_A, "hr.annex_i_a"), (SECTION_B, "hr.annex_i_b")):
        named = aiact.assess(_system({**link, **ASSESSED, "legislation": [law_id]}), NL, DAY, law)
        assert named.value("hr.annex_i") is True and named.value(section) is True
        assert str(named.risk_tier) == "high_risk"
        inv.check_monotone(a, named)


@pytest.mark.parametrize("law", LAWS)
def test_the_dated_change_is_known_before_the_law_is_named(law: str) -> None:
    """Art. 113: the Annex I route applies from 2 August 2027 (published text, Art. 113(c)) or 2
    August 2028 (amended); before that day the change ahead is known without the law."""
    a = aiact.assess(_system({"is_the_product": True, **ASSESSED}), NL, "2026-12-03", law)
    day = "2027-08-02" if law == LAWS[0] else "2028-08-02"
    assert [
        (c.date.isoformat(), str(c.tier)) for c in a.tier_changes if str(c.tier) == "high_risk"
    ] == [(day, "high_risk")]


@pytest.mark.parametrize("law", LAWS)
def test_failure_alone_does_not_name_the_product(law: str) -> None:
    """Art. 3(14), second limb: a component whose failure endangers health and safety is a
    safety component, but of which product the fact does not say; without the list (or a "yes" to
    one of the two product facts) Art. 6(1) stays open."""
    quote("3", "the failure or malfunctioning of which endangers the health and safety", "both")
    a = aiact.assess(_system({"failure_endangers_health_safety": True, **ASSESSED}), NL, DAY, law)
    assert a.value("hr.annex_i_safety_component") is True
    assert a.value("hr.annex_i") is None


@pytest.mark.parametrize("fact", ["is_the_product", "safety_component"])
def test_a_product_of_annex_i_beside_no_annex_i_law_is_refused(fact: str) -> None:
    """An empty list says that no law of Annex I covers the product; a "yes" to either product
    fact says one does (Art. 6(1)(a)). The error names both fields."""
    _quote_art6_1_a()
    with pytest.raises(InputError) as caught:
        aiact.assess(_system({fact: True, "legislation": []}), NL, DAY)
    text = str(caught.value)
    assert "annex_i.legislation" in text and f"annex_i.{fact}" in text
    assert "Art. 6(1)(a)" in text
    # "no" to both is accepted beside an empty list, as before
    a = aiact.assess(
        _system({"is_the_product": False, "safety_component": False, "legislation": []}), NL, DAY
    )
    assert a.value("hr.annex_i") is False


@pytest.mark.parametrize("goal,asked", [("tier", False), ("full", True)])
def test_the_interview_asks_the_law_only_where_the_section_matters(goal: str, asked: bool) -> None:
    """After "the AI system is itself such a product, which needs a third-party assessment", the
    tier is known: the goal ``tier`` does not ask which law; the goal ``full`` does (the Section
    decides the provisions that apply, Art. 2(2))."""
    case = {"system": {k: v for k, v in _system({}).items() if k != "annex_i"}, "organisation": NL}
    interview = Interview.start(DAY, goal, case=case, law=LAWS[1])
    interview = interview.answer(["product", "third_party"], question="art6_1_conditions")
    assert str(interview.assessment.risk_tier) == "high_risk"
    seen: list[str] = []
    while (question := interview.current) is not None and question.id != "annex_i_legislation":
        assert question.id not in seen
        seen.append(question.id)
        interview = interview.answer(None)  # "don't know" to everything else
    assert (interview.current is not None) is asked


def test_the_interview_refuses_no_law_after_such_a_product() -> None:
    """The refusal names the person's answer, in Dutch too."""
    case = {"system": {k: v for k, v in _system({}).items() if k != "annex_i"}, "organisation": NL}
    interview = Interview.start(DAY, "full", case=case, law=LAWS[1])
    interview = interview.answer(["product", "third_party"], question="art6_1_conditions")
    with pytest.raises(Exception) as caught:
        interview.answer([], question="annex_i_legislation")
    problem = caught.value
    text_nl = problem.text("nl") if hasattr(problem, "text") else str(problem)
    assert "bijlage I" in text_nl and "zelf zo'n product" in text_nl, text_nl


def test_the_beslishulp_neither_sets_both_facts_false() -> None:
    """The decision aid's 2.3 "Geen van beide" (neither Section of Annex I): not a safety component
    of such a product, nor itself one."""
    from aiact.interop.beslishulp import from_beslishulp

    answers = (
        ("1.1", "Ja"),
        ("1.2", "We ontwikkelen enkel"),
        ("1.3", "In gebruik"),
        ("1.4.1", "Ja, het is een AI-systeem"),
        ("1.5", "Nee"),
        ("2.0", "Naar risicogroep bepaling"),
        ("2.1", "Nee"),
        ("2.3", "Geen van beide"),
    )
    system, _ = from_beslishulp(answers)
    assert system.annex_i.legislation == ()
    assert system.annex_i.is_the_product is False
    assert system.annex_i.safety_component is False


_flag = st.sampled_from((True, False, None))


@settings(max_examples=150, deadline=None)
@given(
    product=_flag,
    component=_flag,
    third=_flag,
    radio=_flag,
    solely=_flag,
    failure=_flag,
    laws=st.lists(st.sampled_from(tuple(AnnexILegislation)), max_size=2),
    law=st.sampled_from(LAWS),
)
def test_property_naming_the_laws_never_reverses_art_6_1(
    product: bool | None,
    component: bool | None,
    third: bool | None,
    radio: bool | None,
    solely: bool | None,
    failure: bool | None,
    laws: list[AnnexILegislation],
    law: str,
) -> None:
    """Kleene monotonicity across the switch: every conclusion decided without the list holds
    once any list that may be given beside the facts is given (one that the facts do not refuse);
    and while the list is not given, Art. 6(1) holds exactly where a product fact says "yes"
    (itself the product, or a safety component of one: Art. 6(1)(a)) with the third-party
    assessment (Art. 6(1)(b))."""
    facts = {
        "is_the_product": product,
        "safety_component": component,
        "third_party_conformity_assessment": third,
        "third_party_solely_radio_or_emc": radio,
        "solely_non_safety_functions": solely,
        "failure_endangers_health_safety": failure,
    }
    facts = {k: v for k, v in facts.items() if v is not None}
    before = aiact.assess(_system(facts), NL, DAY, law)
    if before.value("hr.annex_i_third_party") is True and (
        product is True
        or (component is True and before.value("hr.annex_i_safety_component") is True)
    ):
        assert before.value("hr.annex_i") is True
    listed = [item.value for item in laws]
    if not listed and True in (product, component):
        with pytest.raises(InputError):
            aiact.assess(_system({**facts, "legislation": listed}), NL, DAY, law)
        return
    after = aiact.assess(_system({**facts, "legislation": listed}), NL, DAY, law)
    inv.check_monotone(before, after)


def test_the_frame_reads_the_switch_and_refuses_the_pair() -> None:
    """``assess_frame`` (column-wise) agrees with the per-case engine on the switch, and refuses
    a "yes" to a product fact beside an empty list, naming the row and both fields."""
    pd = pytest.importorskip("pandas")
    from aiact.frame import assess_frame

    exclusions = {f"exclusions.{k}": [v, v] for k, v in NO_EXCLUSION.items()}
    exclusions["exclusions.placed_or_used_in_eu"] = [True, True]
    columns = {
        "is_ai_system": [True, True],
        **{f"roles.{r}": [r == "provider"] * 2 for r in ROLE_NAMES},
        **exclusions,
        "annex_iii.points": ["", ""],
        "annex_i.is_the_product": [True, True],
        "annex_i.third_party_conformity_assessment": [True, True],
        "annex_i.third_party_solely_radio_or_emc": [False, False],
        "annex_i.legislation": [None, SECTION_B],
    }
    out = assess_frame(pd.DataFrame(columns), NL, DAY, LAWS[1])
    assert out["risk_tier"].tolist() == ["high_risk", "high_risk"]
    columns["annex_i.legislation"] = [None, ""]
    with pytest.raises(InputError) as caught:
        assess_frame(pd.DataFrame(columns), NL, DAY, LAWS[1])
    text = str(caught.value)
    assert "rows[1]" in text or "rows.1" in text, text
    assert "annex_i.legislation" in text and "annex_i.is_the_product" in text, text
