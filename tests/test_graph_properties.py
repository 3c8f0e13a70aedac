"""Property tests of the compliance plan over generated systems (reference section 13).

For every generated system and organisation: every prerequisite of an applicable obligation that
is addressed to the same role (a role the organisation holds) is itself applicable (the
catalogue's conditions agree with its prerequisites), and the plan's order respects every edge
of the obligation graph.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import networkx as nx
from hypothesis import assume, given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from aiact import assess
from aiact.facts import (
    AISystem,
    AnnexIFacts,
    AnnexIIIFacts,
    AnnexIIIPoint,
    Exclusions,
    Organisation,
    OrganisationKind,
    ProhibitedPractices,
    Transparency,
    UseContext,
    ValueChain,
)
from aiact.graph import obligation_graph, plan
from aiact.obligations import catalogue

FLAG = st.one_of(st.booleans(), st.booleans(), st.booleans(), st.none())
"""A fact that is mostly known (three in four), sometimes unknown."""
day = st.one_of(
    st.dates(dt.date(2028, 1, 1), dt.date(2031, 12, 31)),
    st.dates(dt.date(2028, 1, 1), dt.date(2031, 12, 31)),
    st.dates(dt.date(2024, 1, 1), dt.date(2031, 12, 31)),
    st.none(),
)
"""The first placing on the market: mostly after the high-risk dates (no Art. 111 grace)."""
ROLES = [
    "provider",
    "deployer",
    "importer",
    "distributor",
    "authorised_representative",
    "product_manufacturer",
]


@st.composite
def organisations(draw: st.DrawFn) -> Organisation:
    flag = st.booleans() if draw(st.booleans()) else FLAG
    kind = draw(st.one_of(st.none(), st.sampled_from(list(OrganisationKind))))
    in_eu = draw(st.sampled_from([True, True, True, False, None]))
    member = "NL" if in_eu is not False else draw(st.sampled_from(["US", None]))
    if kind in (
        OrganisationKind.THIRD_COUNTRY_PUBLIC_AUTHORITY,
        OrganisationKind.INTERNATIONAL_ORGANISATION,
    ):
        member, in_eu = "US", False
    if (
        kind in (OrganisationKind.UNION_INSTITUTION, OrganisationKind.PUBLIC_AUTHORITY)
        and in_eu is False
    ):
        in_eu, member = True, "NL"  # established in the Union by what it is (Art. 2(1)(b))
    return Organisation(
        name="generated",
        kind=kind,
        member_state=member,
        established_in_eu=in_eu,
        is_employer=draw(flag),
        law_enforcement_authority=draw(flag),
        judicial_authority=draw(flag),
        financial_institution=draw(flag),
    )


def _flags(draw: st.DrawFn, names: list[str], strategy: st.SearchStrategy[Any]) -> dict[str, Any]:
    return {name: draw(strategy) for name in names}


def _all_false(model: type[BaseModel], **facts: Any) -> dict[str, Any]:
    """Every yes/no fact of ``model`` false (the facts not generated), then ``facts``."""
    values: dict[str, Any] = {
        name: False for name, info in model.model_fields.items() if info.annotation == (bool | None)
    }
    values.update(facts)
    return values


@st.composite
def systems(draw: st.DrawFn) -> AISystem:
    # Half the examples know every fact (so that obligations apply), half leave some unknown.
    flag = st.booleans() if draw(st.booleans()) else FLAG
    main_role = draw(st.sampled_from(ROLES))
    roles = _flags(draw, ROLES, st.sampled_from([False, False, False, True, None]))
    roles[main_role] = True
    value_chain = _flags(
        draw,
        [
            "own_name_on_high_risk_system",
            "contract_allocates_obligations_otherwise",
            "substantial_modification",
            "modified_intended_purpose",
            "initial_provider_of_shifted_system",
            "initial_provider_excluded_high_risk_use",
            "supplies_components_for_high_risk",
            "provider_established_in_eu",
            "authorised_representative_appointed",
        ],
        flag,
    )
    points = draw(
        st.one_of(
            st.none(),
            *[st.lists(st.sampled_from(list(AnnexIIIPoint)), min_size=1, max_size=2)] * 3,
        )
    )
    derogation = _flags(
        draw,
        [
            "narrow_procedural_task",
            "improves_completed_human_activity",
            "detects_patterns_without_replacing_human",
            "preparatory_task",
            "no_significant_risk",
            "profiling",
            "provider_documented_assessment",
        ],
        flag,
    )
    context = _flags(
        draw,
        [
            "intended_for_public_authorities",
            "used_by_public_authorities",
            "workplace_use",
            "decisions_on_natural_persons",
            "on_behalf_of_public_authority",
            "deployer_controls_input_data",
            "post_remote_biometric_identification_criminal_investigation",
        ],
        flag,
    )
    transparency = _flags(
        draw, ["interacts_directly_with_persons", "generates_synthetic_text", "deep_fake"], flag
    )
    exclusions = {
        "placed_or_used_in_eu": draw(st.sampled_from([True, True, True, None])),
        "exclusively_military_defence_national_security": draw(
            st.sampled_from([False, False, False, None])
        ),
        "personal_non_professional_use": draw(st.sampled_from([False, False, False, None])),
    }
    try:
        return AISystem.model_validate(
            {
                "is_ai_system": draw(st.sampled_from([True, True, True, None])),
                "roles": roles,
                "value_chain": _all_false(ValueChain, **value_chain),
                "exclusions": _all_false(Exclusions, **exclusions),
                "prohibited": _all_false(ProhibitedPractices),
                "annex_i": _all_false(AnnexIFacts, legislation=draw(st.sampled_from([(), None]))),
                "annex_iii": _all_false(
                    AnnexIIIFacts, points=None if points is None else tuple(points)
                ),
                "derogation": {
                    **derogation,
                    "profiling": draw(st.sampled_from([True, True, False, None])),
                },
                "transparency": _all_false(Transparency, **transparency),
                "context": _all_false(UseContext, **context),
                "placed_on_market": draw(day),
            }
        )
    except ValidationError:
        assume(False)
        raise AssertionError("unreachable") from None


def _assess(system: AISystem, organisation: Organisation, as_of: dt.date) -> Any:
    """Assess, discarding generated pairs that contradict each other (assess rejects them)."""
    try:
        return assess(system, organisation, as_of=as_of)
    except ValueError:
        assume(False)


@given(
    system=systems(),
    organisation=organisations(),
    as_of=st.dates(dt.date(2025, 1, 1), dt.date(2031, 12, 31)),
)
def test_own_prerequisites_of_applicable_obligations_apply(
    system: AISystem, organisation: Organisation, as_of: dt.date
) -> None:
    assessment = _assess(system, organisation, as_of)
    graph = obligation_graph(assessment.law)
    results = {r.id: r for r in assessment.obligation_results}
    held = {name for name, value in assessment.roles.items() if value is True}
    for result in results.values():
        if result.applies is not True:
            continue
        for pre in catalogue().get(result.id).prerequisites:
            prerequisite = catalogue().get(pre.obligation)
            if pre.obligation not in results or pre.obligation not in graph:
                continue
            if pre.where_applicable:
                continue  # ordering only: "where applicable" (e.g. Annex VIII, Section C, point 4)
            own = {a.value for a in prerequisite.addressees}
            if not held & own:
                continue  # another organisation's task: an external dependency
            if not own & {a.value for a in result.obligation.addressees}:
                # A cross-role prerequisite (Art. 23(1)(d): the importer verifies that *the
                # provider* appointed a representative; Art. 26(8): *the provider* registered):
                # it is the act of the operator in that other role for this system, which is
                # another organisation even where this one also holds that role for another
                # reason (e.g. an Art. 25 role shift). The plan shows it as external.
                continue
            assert results[pre.obligation].applies is True, (
                f"{result.id} ({result.obligation.source}) applies but its own-role prerequisite "
                f"{pre.obligation} ({prerequisite.source}) is "
                f"{results[pre.obligation].applies}; roles {sorted(held)}"
            )


@given(
    system=systems(),
    organisation=organisations(),
    as_of=st.dates(dt.date(2025, 1, 1), dt.date(2031, 12, 31)),
)
def test_plan_order_respects_every_edge(
    system: AISystem, organisation: Organisation, as_of: dt.date
) -> None:
    assessment = _assess(system, organisation, as_of)
    compliance = plan(assessment)
    graph = obligation_graph(assessment.law)
    position = {step.id: index for index, step in enumerate(compliance.steps)}
    for a in position:
        for b in nx.descendants(graph, a):
            if b in position:
                assert position[a] < position[b], (a, b)
    assert set(compliance.critical_path) <= set(position)
