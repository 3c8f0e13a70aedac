"""review68 (round 20): second reading of annexi20 (b20ee49), Art. 6(1) before the Annex I law
is named.

The lead's rule ``hr.annex_i.legislation_not_given`` concludes Art. 6(1) while
``annex_i.legislation`` is not given, from a "yes" to ``annex_i.is_the_product`` (or to
``annex_i.safety_component`` that is a safety component under Art. 6(1a)-(1b)) and the
third-party assessment (Art. 6(1)(b)); a "yes" beside an empty list is refused. Checked against
Art. 6(1)(a)-(b), Art. 3(14), Art. 6(1a)-(1c) (2026/1744), Art. 2(2) (both texts) and Art. 113
(both texts). A defect is an ``xfail(strict=True)`` test with its probe; the rest confirm.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lawquote import quote, quote_annex, quote_nl
from scope_cases import NO_EXCLUSION, ROLE_NAMES

import aiact
from aiact.errors import InputError
from aiact.facts import AISystem, AnnexIFacts, AnnexILegislation, Organisation
from aiact.interpretations import Interpretations
from aiact.interview import Interview
from aiact.testing import invariants as inv
from aiact.testing import strategies as ais
from aiact.versions import LawVersion

LAWS = ("2024/1689", "2024/1689+2026/1744")
NL = {"kind": "private_undertaking", "member_state": "NL"}
ASSESSED = {"third_party_conformity_assessment": True, "third_party_solely_radio_or_emc": False}
LINKS = (
    {"is_the_product": True},
    {"safety_component": True, "solely_non_safety_functions": False},
    {"safety_component": True, "failure_endangers_health_safety": True},
)
SECTION_A = ("toys_2009_48", "medical_devices_2017_745")
SECTION_B = ("agricultural_vehicles_167_2013", "civil_aviation_2018_1139")
MACHINERY = ("machinery_2006_42", "machinery_2023_1230")


def _system(annex_i: dict[str, Any], roles: tuple[str, ...] = ("provider",)) -> dict[str, Any]:
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
        "roles": {role: role in roles for role in ROLE_NAMES},
    }


# --------------------------------------------------------------------------- 1. the reading


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("link", LINKS)
@pytest.mark.parametrize("named", [*SECTION_A, *SECTION_B, *MACHINERY])
def test_every_law_that_may_be_named_keeps_art_6_1(
    law: str, link: dict[str, Any], named: str
) -> None:
    """Art. 6(1)(a) is one condition ("a safety component of a product, or ... itself a product,
    covered by the Union harmonisation legislation listed in Annex I"), and every answer of
    ``annex_i.legislation`` is a law of Annex I under both texts (machinery too: Section A point
    1 as published, Section B point 21 as amended, each taking in both machinery acts), so no
    list that may be given beside a "yes" undoes the conclusion drawn before it. Confirmed for
    every law, both texts."""
    quote(
        "6",
        "the AI system is intended to be used as a safety component of a product, or the AI "
        "system is itself a product, covered by the Union harmonisation legislation listed in "
        "Annex I",
        "both",
    )
    quote_nl("het AI-systeem is zelf een product dat valt onder de in bijlage I")
    quote(
        "3", "a component of a product or of an AI system which fulfils a safety function", "both"
    )
    before = aiact.assess(_system({**link, **ASSESSED}), NL, "2029-01-10", law)
    assert before.value("hr.annex_i") is True
    assert before.value("hr.annex_i_a") is None and before.value("hr.annex_i_b") is None
    after = aiact.assess(
        _system({**link, **ASSESSED, "legislation": [named]}), NL, "2029-01-10", law
    )
    assert after.value("hr.annex_i") is True
    inv.check_monotone(before, after)


@pytest.mark.parametrize("law", LAWS)
def test_art_6_1a_and_1c_still_bar_the_conclusion_without_the_list(law: str) -> None:
    """Art. 6(1a) (amended): a system solely used for non-safety aspects is no safety component
    (unless Art. 6(1b)); Art. 6(1c): an assessment solely for radio or EMC risks is no
    third-party assessment under point (b). The new rule reads hr.annex_i_safety_component and
    hr.annex_i_third_party, so both carve-outs hold before the law is named; the published text
    has neither (the conclusion stands)."""
    amended = law == LAWS[1]
    quote("6", "shall not qualify as safety components", "omnibus_only")
    quote("6", "shall not be considered as fulfilling the condition in paragraph 1", "omnibus_only")
    non_safety = {"safety_component": True, "is_the_product": False, **ASSESSED}
    non_safety["solely_non_safety_functions"] = True
    non_safety["failure_endangers_health_safety"] = False
    a = aiact.assess(_system(non_safety), NL, "2029-01-10", law)
    assert a.value("hr.annex_i") is (not amended)
    radio = {"is_the_product": True, "third_party_conformity_assessment": True}
    radio["third_party_solely_radio_or_emc"] = True
    a = aiact.assess(_system(radio), NL, "2029-01-10", law)
    assert a.value("hr.annex_i") is (not amended)


def test_d1_the_product_facts_say_annex_i_in_the_api() -> None:
    """D1. annexi20 gives both facts the meaning "a product covered by the Union harmonisation
    legislation listed in Annex I" (Art. 6(1)(a)): a "yes" concludes Art. 6(1) before the law is
    named and is refused beside an empty list. The interview's options say it ("such a product",
    in a question about "a product covered by one of the EU laws listed in Annex I"), but the
    fields' own descriptions (the JSON schema, the case files, the CSV columns of assess_frame)
    say "a safety component of the product (Art. 6(1)(a); Art. 3(14))" and "itself such a
    product": Art. 3(14) defines a safety component of "a product or of an AI system", of any
    product. A case file that states ``safety_component: true`` for a safety component of a
    product outside Annex I (or of an AI system) and leaves the list out is now high-risk under
    Art. 6(1) (with the Annex I date of Art. 113), and the same file with ``legislation: []``,
    accepted until round 19, is refused. Proposed fix: describe both in Annex I's words, e.g.
    "Intended to be used as a safety component of a product covered by the Union harmonisation
    legislation listed in Annex I (Art. 6(1)(a); Art. 3(14)): a 'yes' says that one of those
    laws covers the product" and "The AI system is itself a product covered by the Union
    harmonisation legislation listed in Annex I (Art. 6(1)(a))", with the Dutch msgstr."""
    # the probe: a safety component of a product the person did not say is under Annex I
    stated = {"safety_component": True, "solely_non_safety_functions": False, **ASSESSED}
    a = aiact.assess(_system(stated), NL, "2029-01-10", LAWS[1])
    assert a.value("hr.annex_i") is True  # concluded from the fact's "yes" alone
    for name in ("safety_component", "is_the_product"):
        description = AnnexIFacts.model_fields[name].description or ""
        assert "Annex I" in description, (name, description)


def test_d1_context_a_point_2_case_file_that_says_safety_component_is_now_refused() -> None:
    """D1's context (a plain test of what b20ee49 does): the Annex I group also holds the facts
    of Art. 6(1a)-(1b) that reading A15 reads for Annex III point 2 ("safety components in the
    management and operation of critical ... infrastructure"), so a case file of a point 2
    system may well state ``safety_component: true`` beside ``legislation: []``, meaning "a
    safety component, of no Annex I product". Accepted at 4d54272 (tier undetermined), it is
    refused now, and without the list it would take the Annex I route. Right under the new
    meaning of the fact; the field's description has to say that meaning (D1)."""
    quote_annex("III", "AI systems intended to be used as safety components in the management")
    system = {
        "is_ai_system": True,
        "roles": {"deployer": True},
        "annex_iii": {"points": ["2"]},
        "annex_i": {
            "legislation": [],
            "safety_component": True,
            "is_the_product": False,
            "solely_non_safety_functions": False,
            "failure_endangers_health_safety": True,
        },
    }
    organisation = {"kind": "public_authority", "member_state": "NL"}
    with pytest.raises(InputError):
        aiact.assess(system, organisation, "2028-01-10", LAWS[1])


# --------------------------------------------------------------------------- 2. monotonicity


@st.composite
def _without_the_list(draw: st.DrawFn) -> tuple[AISystem, AISystem, Organisation]:
    """A system of the testing kit (any facts), the same system with ``annex_i.legislation``
    taken out, and its organisation. Half of the draws put a product fact at "yes" so that the
    new rule is reached; the list then given is never one the facts refuse."""
    org = draw(ais.organisations())
    system = ais.consistent_with(draw(ais.ai_systems()), org)
    annex_i = system.annex_i.model_dump()
    if draw(st.booleans()):
        annex_i[draw(st.sampled_from(("is_the_product", "safety_component")))] = True
        annex_i["third_party_conformity_assessment"] = draw(st.sampled_from((True, None)))
        if annex_i["legislation"] == ():
            annex_i["legislation"] = None
    if annex_i["legislation"] is None:
        listed = draw(st.lists(st.sampled_from(tuple(AnnexILegislation)), max_size=3))
        if not listed and True in (annex_i["is_the_product"], annex_i["safety_component"]):
            listed = [draw(st.sampled_from(tuple(AnnexILegislation)))]
        annex_i["legislation"] = tuple(listed)
    after = system.model_copy(update={"annex_i": AnnexIFacts.model_validate(annex_i)})
    before = system.model_copy(
        update={"annex_i": AnnexIFacts.model_validate({**annex_i, "legislation": None})}
    )
    return (
        AISystem.model_validate(before.model_dump()),
        AISystem.model_validate(after.model_dump()),
        org,
    )


@settings(
    max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)
@given(
    _without_the_list(),
    st.sampled_from(tuple(LawVersion)),
    ais.as_of_dates(),
    ais.interpretations(),
)
def test_naming_the_law_never_reverses_a_conclusion_over_the_kit(
    pair: tuple[AISystem, AISystem, Organisation],
    law: LawVersion,
    day: dt.date,
    readings: Interpretations,
) -> None:
    """Kleene monotonicity across the switch ``answered.annex_i.legislation`` over the whole
    testing kit (every fact drawn, unknowns included), both texts, any date and any reading:
    every value and rule decided without the list holds once a list that the facts accept is
    given (inv.check_monotone skips only the switches). Confirmed."""
    before, after, org = pair
    low = aiact.assess(before, org, day, law, interpretations=readings)
    high = aiact.assess(after, org, day, law, interpretations=readings)
    inv.check_monotone(low, high)
    # risk_tier is the highest tier that is certain; it is the tier itself only where no higher
    # one is still possible (possible_tiers empty): "minimal" beside a possible "high_risk" may
    # become "high_risk" when the list is given (a draw of the kit found it: the lead's fix of
    # this test's first assertion, which compared any tier but "undetermined")
    if low.risk_tier.value != "undetermined" and not low.possible_tiers:
        assert high.risk_tier == low.risk_tier
    else:
        assert high.risk_tier == low.risk_tier or high.risk_tier in low.possible_tiers


# --------------------------------------------------------------------------- 3. the dates


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("day", ["2026-08-02", "2026-12-03", "2027-09-01", "2028-09-01"])
@pytest.mark.parametrize("roles", [("provider",), ("deployer",)])
def test_the_dates_do_not_wait_for_the_section(law: str, day: str, roles: tuple[str, ...]) -> None:
    """Art. 113: the published point (c) ("Article 6(1) and the corresponding obligations ...
    from 2 August 2027") and the amended point (c)(ii) ("2 August 2028 as regards AI systems
    classified as high-risk pursuant to Article 6(1) and Annex I") name no Section; Art. 2(2)
    keeps Art. 6(1) for a product of Section B in both texts. So the tier and its change are the
    same with the law unnamed, a law of Section A, one of Section B and machinery (which moved
    from A to B). Confirmed (the date rules read hr.annex_i, not the Section)."""
    quote("113", "Article 6(1) and the corresponding obligations in this Regulation", "original")
    quote("113", "classified as high-risk pursuant to Article 6(1) and Annex I", "omnibus_only")
    quote("2", "only Article 6(1)", "both")
    seen = set()
    for listed in (None, [SECTION_A[0]], [SECTION_B[0]], [MACHINERY[0]], [MACHINERY[1]]):
        annex_i = {"is_the_product": True, **ASSESSED}
        if listed is not None:
            annex_i["legislation"] = listed
        a = aiact.assess(_system(annex_i, roles), NL, day, law)
        changes = tuple((c.date.isoformat(), c.tier.value) for c in a.tier_changes)
        seen.add((a.risk_tier.value, changes))
    assert len(seen) == 1, seen
    ((tier, changes),) = seen
    start = "2027-08-02" if law == LAWS[0] else "2028-08-02"
    assert tier == ("high_risk" if day >= start else "minimal")
    assert changes == (() if day >= start else ((start, "high_risk"),))


# --------------------------------------------------------------------------- 4. the engines


def _plain(annex_i: dict[str, Any]) -> dict[str, Any]:
    """The system of the frame's columns (below) as a case: the provider's AI system placed on
    the Union market, the given Annex I facts, no Annex III point, other facts unknown."""
    return {
        "is_ai_system": True,
        "exclusions": {**NO_EXCLUSION, "placed_or_used_in_eu": True},
        "annex_i": annex_i,
        "annex_iii": {"points": []},
        "roles": {role: role == "provider" for role in ROLE_NAMES},
    }


def _columns(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """The frame's columns of the rows (each a dict of annex_i columns over :func:`_plain`)."""
    n = len(rows)
    exclusions = {f"exclusions.{k}": [v] * n for k, v in NO_EXCLUSION.items()}
    exclusions["exclusions.placed_or_used_in_eu"] = [True] * n
    columns: dict[str, list[Any]] = {
        "is_ai_system": [True] * n,
        **{f"roles.{r}": [r == "provider"] * n for r in ROLE_NAMES},
        **exclusions,
        "annex_iii.points": [""] * n,
    }
    names = sorted({k for row in rows for k in row})
    for name in names:
        columns[f"annex_i.{name}"] = [row.get(name) for row in rows]
    return columns


_FLAG = st.sampled_from((True, False, None))


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "is_the_product": _FLAG,
                "safety_component": _FLAG,
                "third_party_conformity_assessment": _FLAG,
                "third_party_solely_radio_or_emc": _FLAG,
                "solely_non_safety_functions": _FLAG,
                "failure_endangers_health_safety": _FLAG,
                "legislation": st.sampled_from(
                    (None, "", SECTION_A[0], SECTION_B[0], MACHINERY[1])
                ),
            }
        ),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from(LAWS),
    st.sampled_from(("2026-12-03", "2027-09-01", "2028-09-01")),
)
def test_the_frame_agrees_with_the_per_case_engine(
    rows: list[dict[str, Any]], law: str, day: str
) -> None:
    """assess_frame reads the switch and refuses the pair as the per-case engine does: the frame
    is refused exactly when a row is, and otherwise every row's tier, hr.annex_i (through the
    tier) and obligations equal aiact.assess. Confirmed."""
    pd = pytest.importorskip("pandas")
    from aiact.frame import assess_frame

    refused = []
    per_case = []
    for row in rows:
        annex_i = {k: v for k, v in row.items() if v is not None and k != "legislation"}
        if row["legislation"] is not None:
            annex_i["legislation"] = [row["legislation"]] if row["legislation"] else []
        try:
            per_case.append(aiact.assess(_plain(annex_i), NL, day, law))
        except InputError:
            refused.append(True)
    try:
        out = assess_frame(pd.DataFrame(_columns(rows)), NL, day, law)
    except InputError as error:
        assert refused, str(error)
        assert "annex_i.legislation" in str(error)
        return
    assert not refused
    for index, a in enumerate(per_case):
        assert out["risk_tier"].iloc[index] == a.risk_tier.value
        for result in a.obligation_results:
            value = out[result.id].iloc[index]
            assert (None if value is pd.NA else bool(value)) == result.applies, result.id


def test_the_frame_refuses_a_safety_component_beside_no_law() -> None:
    """The frame's refusal for the second product fact (the lead's test has the first), naming
    the row and both fields; "no" beside the empty list is accepted."""
    pd = pytest.importorskip("pandas")
    from aiact.frame import assess_frame

    rows = [
        {"safety_component": False, "legislation": ""},
        {"safety_component": True, "legislation": ""},
    ]
    with pytest.raises(InputError) as caught:
        assess_frame(pd.DataFrame(_columns(rows)), NL, "2029-01-10", LAWS[1])
    text = str(caught.value)
    assert "annex_i.safety_component" in text and "annex_i.legislation" in text, text
    assert "rows[1]" in text or "rows.1" in text, text
    out = assess_frame(pd.DataFrame(_columns(rows[:1])), NL, "2029-01-10", LAWS[1])
    assert out["risk_tier"].tolist() == ["minimal"]


@pytest.mark.parametrize("law", ["original", "amended"])
def test_the_proof_knows_the_rule_and_the_refusal(law: str) -> None:
    """z3 (aiact.verify): for every valid case, a product of Annex I with the third-party
    assessment is high-risk under Art. 6(1) whether the list is given or not; it holds only with
    the background constraint (a "yes" beside an empty list is no valid case) and the switch.
    And the conclusion without the list needs no Section. Confirmed."""
    pytest.importorskip("z3")
    from aiact.verify import prove

    proof = prove(
        "true(annex_i.is_the_product and hr.annex_i_third_party) implies true(hr.annex_i)", law=law
    )
    assert proof.proved, proof.summary()
    proof = prove(
        "true(hr.annex_i) and false(answered.annex_i.legislation) implies "
        "unknown(hr.annex_i_a) and unknown(hr.annex_i_b) or true(hr.annex_i_a or hr.annex_i_b)",
        law=law,
    )
    assert proof.proved, proof.summary()
    # a safety component on Art. 3(14)'s second limb alone still needs the list (the lead's note)
    proof = prove(
        "true(annex_i.failure_endangers_health_safety and hr.annex_i_third_party) and "
        "false(answered.annex_i.legislation) and not true(annex_i.is_the_product) and "
        "not true(annex_i.safety_component) implies not true(hr.annex_i)",
        law=law,
    )
    assert proof.proved, proof.summary()


# --------------------------------------------------------------------------- 4b. the interview


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize(
    "chosen,said_en,said_nl",
    [
        (
            "product",
            "The AI system is itself such a product",
            "Het AI-systeem is zelf zo'n product",
        ),
        (
            "safety_component",
            "The AI system is a safety component of such a product",
            "Het AI-systeem is een veiligheidscomponent van zo'n product",
        ),
    ],
)
def test_the_interview_names_the_answers_in_both_languages(
    law: str, chosen: str, said_en: str, said_nl: str
) -> None:
    """Either order: the refusal names the person's answer to the product question and the
    empty list, cites Art. 6(1)(a) (NL "artikel 6, lid 1, punt a"), and says what to do, in B1
    Dutch with the Act's words ("valt onder", "bijlage I"). Confirmed."""
    case = {"system": {k: v for k, v in _system({}).items() if k != "annex_i"}, "organisation": NL}
    start = Interview.start("2029-01-10", "full", case=case, law=law)
    first = start.answer([chosen, "third_party"], question="art6_1_conditions")
    with pytest.raises(Exception) as caught:
        first.answer([], question="annex_i_legislation")
    problem: Any = caught.value
    assert getattr(problem, "contradicts", False) is True
    en, nl = problem.text("en"), problem.text("nl")
    assert said_en in en and "Art. 6(1)(a)" in en and "names none of them" in en, en
    assert said_nl in nl and "artikel 6, lid 1, punt a" in nl and "bijlage I" in nl, nl
    assert "kies de wet, of verbeter een van beide" in nl, nl
    # the other order: the list first, then the product
    listed = start.answer([], question="annex_i_legislation")
    with pytest.raises(Exception) as caught:
        listed.answer([chosen], question="art6_1_conditions")
    problem = caught.value
    assert said_nl in problem.text("nl") and "noemt geen van die wetten" in problem.text("nl")


def test_a_saved_round_19_interview_with_the_pair_no_longer_loads() -> None:
    """NOTE (not a defect in law): a saved interview of round 19 that answered "itself such a
    product" and then "none of these laws" was accepted; it is now refused on loading
    (Interview.from_dict raises the contradiction). The refusal is right in law (Art. 6(1)(a));
    the CHANGELOG names the refusal but not that such saved interviews stop loading (as
    review62 note (2) for fix18)."""
    case = {"system": {k: v for k, v in _system({}).items() if k != "annex_i"}, "organisation": NL}
    interview = Interview.start("2029-01-10", "full", case=case, law=LAWS[1])
    saved = interview.answer(["product", "third_party"], question="art6_1_conditions").to_dict()
    saved["steps"].append({"question": "annex_i_legislation", "answer": []})
    with pytest.raises(Exception) as caught:
        Interview.from_dict(saved)
    assert getattr(caught.value, "contradicts", False) is True


# --------------------------------------------------------------------------- 5. beslishulp


@pytest.mark.parametrize("law", LAWS)
def test_geen_van_beide_establishes_both_facts_false(law: str) -> None:
    """2.3 "Is het AI-systeem bedoeld om te worden gebruikt als een veiligheidscomponent van een
    product dat valt onder de lijst in Bijlage I?" (its explanation: also "een losstaand
    AI-systeem dat al valt onder bestaande EU-productregelgeving"); "Geen van beide" (neither
    Section) says no law of Annex I covers the product the system is or is a safety component
    of, which is both facts false in annexi20's reading (and the empty list). The case assesses
    (not refused), Art. 6(1) false, and the facts of Art. 3(14)'s second limb and of Art.
    6(1a) stay open (2.3 does not ask them). Confirmed."""
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
    system, org = from_beslishulp(answers)
    assert system.annex_i.legislation == ()
    assert system.annex_i.is_the_product is False and system.annex_i.safety_component is False
    assert system.annex_i.failure_endangers_health_safety is None
    assert system.annex_i.solely_non_safety_functions is None
    a = aiact.assess(system, org, "2029-01-10", law)
    assert a.value("hr.annex_i") is False
