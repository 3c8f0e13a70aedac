"""Hypothesis strategies for the input facts and for whole cases.

Every strategy produces *valid* input: the draws respect the validators of :mod:`aiact.facts`
(an importer is never also the provider, a significant change never precedes the first placing on
the market, a Member State is never outside the Union ...), so a property test spends its examples
on the law and not on rejected input.

Knobs:

``unknowns``
    ``True`` (default): any three-valued fact may be unknown (``None``), enumerations too.
    ``False``: every fact is known (``True``/``False``), every list is given.
``public_sector``
    ``True``: a public authority, body governed by public law or Union institution;
    ``False``: any other kind; ``None`` (default): any kind, or unknown.
``high_risk``
    ``True``: the system is a high-risk AI system under Art. 6(2) and Annex III (an Annex III
    point without its carve-out, and either profiling or no Art. 6(3) condition), so
    ``hr.high_risk`` is true whatever else is drawn.
``law``
    A :class:`~aiact.versions.LawVersion` (or ``"original"``/``"amended"``) to fix the version;
    ``None`` lets the case choose by date (and sometimes name one explicitly).

Example::

    from hypothesis import given
    from aiact.testing import strategies as ais

    @given(ais.cases(kind="system", public_sector=True, high_risk=True))
    def test_my_register_accepts_every_high_risk_case(case):
        assessment = case.assess()
        assert my_register.accepts(assessment)
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any, Literal, TypeVar

from hypothesis import assume
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from aiact.case import Case
from aiact.facts import (
    ESTABLISHED_IN_THE_UNION,
    EU_MEMBER_STATES,
    IN_THE_UNION,
    NO_DATE,
    PLACED_ON_THE_UNION_MARKET,
    AISystem,
    AnnexIFacts,
    AnnexIIIFacts,
    AnnexIIIPoint,
    AnnexILegislation,
    Derogation,
    Exclusions,
    GPAIModel,
    Organisation,
    OrganisationKind,
    ProhibitedPractices,
    Roles,
    SizeClass,
    Transparency,
    UseContext,
    ValueChain,
    with_implied_annex_iii_points,
)
from aiact.interpretations import (
    Art2Paragraph1cUnionProvider,
    Art2Paragraph2AnnexIII,
    Art2Paragraph12,
    Art5OutputOnlyProvider,
    Art5Paragraph2,
    Art5Paragraph4,
    Art6Paragraph1aScope,
    Art21Paragraph2Fine,
    Art22Trigger,
    Art27PublicLawBodies,
    Art80Finding,
    Art99Paragraph4daAddressees,
    Art99Paragraph8PublicBodies,
    Art100Paragraph3Scope,
    Art111Cutoff,
    CreditFraudException,
    DerogationDutiesDate,
    DistributorsAndArt5,
    FinancialDeployerMonitoring,
    GPAINotificationTiming,
    HighRiskGating,
    Interpretations,
    LegacyGeneralDuties,
    ModelRepresentativePenalties,
    ModelSupplierTransition,
    OriginalArt25Paragraph4Models,
    OwnNameContract,
    Point2Exception,
    PostRemoteUse,
    PublicAuthorityUse,
    ReclassifiedSystemTiming,
    SupplierLegacyShelter,
    SupplierReach,
    ThirdCountryProvider,
)
from aiact.versions import LawVersion

__all__ = [
    "EARLIEST",
    "LATEST",
    "PUBLIC_SECTOR_KINDS",
    "READING_STRATEGIES",
    "ai_systems",
    "as_of_dates",
    "cases",
    "consistent_with",
    "flag_groups",
    "gpai_models",
    "interpretations",
    "law_versions",
    "model_cases",
    "model_consistent_with",
    "organisations",
    "system_cases",
    "truths",
]

EARLIEST = dt.date(2018, 1, 1)
"""The earliest date drawn for a placing on the market (legacy systems included)."""
LATEST = dt.date(2032, 12, 31)
"""The latest date drawn (after the last application date of Art. 113 and Art. 111)."""

PUBLIC_SECTOR_KINDS: tuple[OrganisationKind, ...] = (
    OrganisationKind.PUBLIC_AUTHORITY,
    OrganisationKind.BODY_GOVERNED_BY_PUBLIC_LAW,
    OrganisationKind.UNION_INSTITUTION,
)
_PRIVATE_KINDS = tuple(k for k in OrganisationKind if k not in PUBLIC_SECTOR_KINDS)
_THIRD_COUNTRY_KINDS = (
    OrganisationKind.THIRD_COUNTRY_PUBLIC_AUTHORITY,
    OrganisationKind.INTERNATIONAL_ORGANISATION,
)
_M = TypeVar("_M", bound=BaseModel)
_NON_EU_CODES = ("US", "GB", "CH", "NO", "CN", "JP", "IN", "CA")
_EU_CODES = tuple(sorted(EU_MEMBER_STATES))

# Annex III points without a carve-out of their own (a carve-out flag could undo them).
_CARVE_OUTS = {
    AnnexIIIPoint.BIOMETRIC_REMOTE_IDENTIFICATION: "biometric_verification_only",
    AnnexIIIPoint.CREDITWORTHINESS: "financial_fraud_detection",
    AnnexIIIPoint.MIGRATION_IDENTIFICATION: "travel_document_verification",
    AnnexIIIPoint.DEMOCRACY_ELECTIONS: "campaign_logistics_only",
}


@lru_cache(maxsize=256)
def _cached(factory: Any, *args: Any) -> st.SearchStrategy[Any]:
    """``factory(*args)``, built once (a composite strategy for fixed arguments)."""
    strategy: st.SearchStrategy[Any] = factory(*args)
    return strategy


def _valid(model: type[_M], data: dict[str, Any]) -> _M:
    """Validate ``data``; the draws above already respect every validator we know of, and a
    combination that a newer validator rejects is discarded (``assume``) rather than failing."""
    try:
        return model.model_validate(data)
    except ValidationError:
        assume(False)
        raise  # unreachable: assume(False) stops the example


# Speed: the strategy constructors below are memoised (``lru_cache``) and the composite strategies
# draw from module-level strategies, so a draw does not build and validate dozens of new strategy
# objects each time. The strategies, and so the draws for a given seed, are the same as before.


@cache
def truths(unknowns: bool = True) -> st.SearchStrategy[bool | None]:
    """A three-valued fact: ``True``, ``False`` or (if ``unknowns``) ``None``."""
    return st.sampled_from((None, False, True) if unknowns else (False, True))


@lru_cache(maxsize=1024)
def _maybe(strategy: st.SearchStrategy[Any], unknowns: bool) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy) if unknowns else strategy


@cache
def _flag_names(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(
        name for name, info in model.model_fields.items() if info.annotation == (bool | None)
    )


@cache
def flag_groups(model: type[BaseModel], unknowns: bool = True) -> st.SearchStrategy[dict[str, Any]]:
    """A mapping of every three-valued flag of ``model`` (e.g. :class:`~aiact.facts.Roles`)."""
    return st.fixed_dictionaries({name: truths(unknowns) for name in _flag_names(model)})


@lru_cache(maxsize=64)
def as_of_dates(
    min_value: dt.date = dt.date(2024, 8, 1), max_value: dt.date = LATEST
) -> st.SearchStrategy[dt.date]:
    """A day to assess on: from entry into force (1 August 2024) to the end of 2032."""
    return st.dates(min_value=min_value, max_value=max_value)


@cache
def law_versions(explicit_only: bool = False) -> st.SearchStrategy[LawVersion | None]:
    """A law version, or ``None`` (the version in force on ``as_of``)."""
    versions = st.sampled_from(tuple(LawVersion))
    return versions if explicit_only else st.one_of(st.none(), versions)


READING_STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "high_risk_gating": st.sampled_from(tuple(HighRiskGating)),
    "art111_cutoff": st.sampled_from(tuple(Art111Cutoff)),
    "public_authority_use": st.sampled_from(tuple(PublicAuthorityUse)),
    "annex_i_section_b_keeps_articles_4_5_50": st.booleans(),
    "derogation_requires_no_significant_risk": st.booleans(),
    "union_institutions_are_public_law_bodies": st.sampled_from((True, False, None)),
    "chatbot_text_is_synthetic_content": st.booleans(),
    "undertaking": st.sampled_from(("group", "entity")),
    "ai_system_guideline_exclusions": st.booleans(),
    "emotion_ban_requires_biometric_data": st.booleans(),
    "emotion_training_use_allowed": st.booleans(),
    "gpai_indicative_criterion": st.booleans(),
    "gpai_notification": st.sampled_from(tuple(GPAINotificationTiming)),
    "legacy_general_duties": st.sampled_from(tuple(LegacyGeneralDuties)),
    "derogation_duties_date": st.sampled_from(tuple(DerogationDutiesDate)),
    "art5_2_reading": st.sampled_from(tuple(Art5Paragraph2)),
    "open_source_falls_under_art50": st.sampled_from(tuple(Art2Paragraph12)),
    "art5_4_reading": st.sampled_from(tuple(Art5Paragraph4)),
    "distributors_and_art5": st.sampled_from(tuple(DistributorsAndArt5)),
    "original_art25_4_models": st.sampled_from(tuple(OriginalArt25Paragraph4Models)),
    "third_country_provider": st.sampled_from(tuple(ThirdCountryProvider)),
    "reclassified_system_timing": st.sampled_from(tuple(ReclassifiedSystemTiming)),
    "art22_trigger": st.sampled_from(tuple(Art22Trigger)),
    "own_name_contract": st.sampled_from(tuple(OwnNameContract)),
    "art80_finding": st.sampled_from(tuple(Art80Finding)),
    "annex_iii_point_2_exception": st.sampled_from(tuple(Point2Exception)),
    "art6_1a_scope": st.sampled_from(tuple(Art6Paragraph1aScope)),
    "art2_1c_union_provider": st.sampled_from(tuple(Art2Paragraph1cUnionProvider)),
    "art5_point_c_provider": st.sampled_from(tuple(Art5OutputOnlyProvider)),
    "art26_5_financial": st.sampled_from(tuple(FinancialDeployerMonitoring)),
    "art25_4_supplier_reach": st.sampled_from(tuple(SupplierReach)),
    "art99_4_da_addressees": st.sampled_from(tuple(Art99Paragraph4daAddressees)),
    "art54_representative_penalties": st.sampled_from(tuple(ModelRepresentativePenalties)),
    "art21_2_fine": st.sampled_from(tuple(Art21Paragraph2Fine)),
    "art100_3_scope": st.sampled_from(tuple(Art100Paragraph3Scope)),
    "annex_iii_5b_fraud_exception": st.sampled_from(tuple(CreditFraudException)),
    "section_b_annex_iii": st.sampled_from(tuple(Art2Paragraph2AnnexIII)),
    "art27_public_law_bodies": st.sampled_from(tuple(Art27PublicLawBodies)),
    "art99_8_public_bodies": st.sampled_from(tuple(Art99Paragraph8PublicBodies)),
    "art26_10_post_remote_use": st.sampled_from(tuple(PostRemoteUse)),
    "art111_2_supplier_shelter": st.sampled_from(tuple(SupplierLegacyShelter)),
    "art111_3_model_supplier": st.sampled_from(tuple(ModelSupplierTransition)),
}
"""Every switch of :class:`Interpretations` with the values it may take (A1-A46, D1-D4); a test
(tests/test_review12.py) checks that no field of the model is missing, so that the property tests
try every alternative reading."""


@cache
def interpretations(defaults_only: bool = False) -> st.SearchStrategy[Interpretations]:
    """A reading of the open legal questions (every switch drawn, :data:`READING_STRATEGIES`)."""
    if defaults_only:
        return st.just(Interpretations())
    return st.builds(Interpretations, **READING_STRATEGIES)


_money = st.decimals(min_value=Decimal(0), max_value=Decimal(10) ** 12, places=0, allow_nan=False)
_headcount = st.integers(min_value=0, max_value=500_000)
_names = st.none() | st.text(max_size=20)
_days = st.dates(min_value=EARLIEST, max_value=LATEST)
_annex_iii_points = st.lists(st.sampled_from(tuple(AnnexIIIPoint)), max_size=3)
_annex_i_legislation = st.lists(st.sampled_from(tuple(AnnexILegislation)), max_size=2)
_all_kinds = st.sampled_from(tuple(OrganisationKind))
_public_kinds = st.sampled_from(PUBLIC_SECTOR_KINDS)
_private_kinds = st.sampled_from(_PRIVATE_KINDS)
_non_eu = st.sampled_from(_NON_EU_CODES)
_eu = st.sampled_from(_EU_CODES)
_any_state = st.sampled_from(_EU_CODES + _NON_EU_CODES)
_size_classes = st.none() | st.sampled_from(tuple(SizeClass))
_points = st.sampled_from(tuple(AnnexIIIPoint))
_flops = st.integers(min_value=18, max_value=28).map(lambda e: Decimal(10) ** e)
_model_dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=LATEST)
_true = st.just(True)
_importer_or_provider = st.sampled_from(("importer", "provider"))
_provider_or_representative = st.sampled_from(("provider", "authorised_representative"))


@st.composite
def _group_figures(draw: st.DrawFn, unknowns: bool) -> dict[str, Any]:
    return {
        "headcount": draw(_maybe(_headcount, unknowns)),
        "annual_turnover_eur": draw(_maybe(_money, unknowns)),
        "balance_sheet_total_eur": draw(_maybe(_money, unknowns)),
    }


@st.composite
def organisations(
    draw: st.DrawFn, public_sector: bool | None = None, unknowns: bool = True
) -> Organisation:
    """An :class:`~aiact.facts.Organisation` (``public_sector`` fixes the kind's sector)."""
    if public_sector is True:
        kind: OrganisationKind | None = draw(_public_kinds)
    elif public_sector is False:
        kind = draw(_private_kinds)
    else:
        kind = draw(_maybe(_all_kinds, unknowns))
    if kind in _THIRD_COUNTRY_KINDS:
        member_state: str | None = draw(_maybe(_non_eu, unknowns))
    elif kind in ESTABLISHED_IN_THE_UNION:
        member_state = draw(_maybe(_eu, unknowns))
    else:
        member_state = draw(_maybe(_any_state, unknowns))
    if member_state is not None:
        # The country of establishment decides (Art. 2(1)(b)); the flag agrees or is left out.
        established: bool | None = draw(_maybe(st.just(member_state in EU_MEMBER_STATES), unknowns))
    elif kind in ESTABLISHED_IN_THE_UNION:
        # A Union institution and a public authority of a Member State are established in the
        # Union (the input checks refuse "false"; the rules derive "true" when it is unknown).
        established = draw(_maybe(_true, unknowns))
    else:
        established = draw(truths(unknowns))
    part_of_group = draw(truths(unknowns))
    group = None
    if part_of_group is not False:
        group = draw(_maybe(_cached(_group_figures, unknowns), unknowns))
    flags = {
        name: draw(truths(unknowns))
        for name in (
            "start_up",
            "is_employer",
            "law_enforcement_authority",
            "judicial_authority",
            "financial_institution",
            "also_established_in_third_country",
        )
    }
    return _valid(
        Organisation,
        {
            "name": draw(_names),
            "kind": kind,
            "member_state": member_state,
            "established_in_eu": established,
            "headcount": draw(_maybe(_headcount, unknowns)),
            "annual_turnover_eur": draw(_maybe(_money, unknowns)),
            "balance_sheet_total_eur": draw(_maybe(_money, unknowns)),
            "part_of_group": part_of_group,
            "group": group,
            "size_class": draw(_size_classes),
            **flags,
        },
    )


def _dated(draw: st.DrawFn, unknowns: bool) -> dict[str, dt.date | str | None]:
    days = _days
    placed = draw(_maybe(days, unknowns))
    service = draw(st.none() | days) if placed is not None else draw(_maybe(days, unknowns))
    first = min((d for d in (placed, service) if d is not None), default=EARLIEST)
    # A significant change in design (Art. 111(2)): a date, none, or (with unknowns)
    # not known.
    change: dt.date | str | None = NO_DATE
    if draw(st.booleans()):
        change = draw(st.dates(min_value=first, max_value=LATEST))
    elif unknowns and draw(st.booleans()):
        change = None
    return {"placed_on_market": placed, "put_into_service": service, "significant_change": change}


@st.composite
def ai_systems(
    draw: st.DrawFn,
    high_risk: bool = False,
    unknowns: bool = True,
    dates: bool = True,
    in_scope: bool | None = None,
) -> AISystem:
    """An :class:`~aiact.facts.AISystem` (``high_risk=True``: Art. 6(2) high-risk, see above).

    ``in_scope=True`` draws an AI system placed or used in the Union with no exclusion of Art. 2;
    ``False`` one excluded by Art. 2(3); ``None`` (default) half of each kind and half drawn freely,
    so that the draws cover the interesting part of the law and not mostly excluded systems. Half
    of the draws have no prohibited practice at all, for the same reason.
    """
    groups = {
        "roles": draw(flag_groups(Roles, unknowns)),
        "value_chain": draw(flag_groups(ValueChain, unknowns)),
        "exclusions": draw(flag_groups(Exclusions, unknowns)),
        "prohibited": draw(flag_groups(ProhibitedPractices, unknowns)),
        "derogation": draw(flag_groups(Derogation, unknowns)),
        "transparency": draw(flag_groups(Transparency, unknowns)),
        "context": draw(flag_groups(UseContext, unknowns)),
    }
    annex_iii = draw(flag_groups(AnnexIIIFacts, unknowns))
    annex_iii["points"] = draw(_maybe(_annex_iii_points, unknowns))
    annex_i = draw(flag_groups(AnnexIFacts, unknowns))
    annex_i["legislation"] = draw(_maybe(_annex_i_legislation, unknowns))
    if annex_i["legislation"] == []:
        # no Annex I law covers a product: the system is no safety component of such a product
        # nor itself one (Art. 6(1)(a); AISystem refuses the pair, facts._check_annex_i_listed)
        for name in ("is_the_product", "safety_component"):
            if annex_i.get(name) is True:
                annex_i[name] = False
    is_ai = draw(truths(unknowns))
    general_purpose = draw(truths(unknowns))

    if in_scope is True or (in_scope is None and draw(st.booleans())):
        is_ai = True
        groups["exclusions"] = {name: False for name in groups["exclusions"]}
        groups["exclusions"]["placed_or_used_in_eu"] = True
    elif in_scope is False:
        groups["exclusions"]["exclusively_military_defence_national_security"] = True
    if draw(st.booleans()):
        groups["prohibited"] = {name: False for name in groups["prohibited"]}

    if high_risk:
        is_ai = True
        point = draw(_points)
        annex_iii["points"] = [point, *(annex_iii["points"] or ())]
        if point in _CARVE_OUTS:
            annex_iii[_CARVE_OUTS[point]] = False
        if point is AnnexIIIPoint.CREDITWORTHINESS:  # the exception under either reading (A40)
            annex_iii["financial_fraud_detection_only"] = False
        if point is AnnexIIIPoint.CRITICAL_INFRASTRUCTURE:
            # Amended Art. 6(1a): a system "solely used for non-safety related aspects" is no
            # safety component, under reading A15 (default) of point 2 either (round 19: the
            # knob drew such a point 2 system, not high-risk, about once in 20,000 draws).
            annex_i["solely_non_safety_functions"] = False
        if draw(st.booleans()):
            groups["derogation"]["profiling"] = True  # Art. 6(3), third subparagraph
        else:
            for condition in (
                "narrow_procedural_task",
                "improves_completed_human_activity",
                "detects_patterns_without_replacing_human",
                "preparatory_task",
            ):
                groups["derogation"][condition] = False

    # Respect the validators of AISystem (Art. 3(4), 3(6), 3(7), 3(66)).
    roles = groups["roles"]
    if roles["importer"] is True and roles["provider"] is True:
        roles[draw(_importer_or_provider)] = False
    if roles["distributor"] is True and (roles["provider"] is True or roles["importer"] is True):
        roles["distributor"] = False
    if roles["importer"] is True and groups["value_chain"]["provider_established_in_eu"] is True:
        groups["value_chain"]["provider_established_in_eu"] = False
    if roles["provider"] is True and groups["value_chain"]["initial_provider_of_shifted_system"]:
        groups["value_chain"]["initial_provider_of_shifted_system"] = False  # Art. 25(2)
    transparency = groups["transparency"]
    if (
        transparency["permitted_by_law_detect_prevent_investigate"] is True
        and transparency["authorised_by_law_criminal_offences"] is False
    ):  # Art. 50(3)'s purposes are among those of Art. 50(1), (2) and (4)
        transparency["authorised_by_law_criminal_offences"] = True
    if groups["exclusions"]["personal_non_professional_use"] is True and roles["deployer"] is True:
        groups["exclusions"]["personal_non_professional_use"] = False
    if groups["exclusions"]["placed_or_used_in_eu"] is False:
        # Art. 3(6), 3(7), 3(9)-(11), 2(1)(b): these facts mean the system is placed on the
        # market, put into service or used in the Union (facts.IN_THE_UNION).
        for path, _ in IN_THE_UNION:
            group, name = path.split(".")
            if groups[group][name] is True:
                groups[group][name] = False
    if is_ai is False and general_purpose is True:
        general_purpose = False
    # Issue 12: the retired one-flag answer of Art. 75(1) is not drawn (it is derived), and an
    # RBI system is never "biometric verification only" (Art. 3(36), 3(41)).
    groups["context"]["ai_office_competent"] = None
    if (
        annex_iii["financial_fraud_detection_only"] is True
        and annex_iii["financial_fraud_detection"] is False
    ):  # only fraud detection is fraud detection (Annex III point 5(b); A40)
        annex_iii["financial_fraud_detection"] = True
    if (
        groups["prohibited"]["h_realtime_rbi_public_spaces_law_enforcement"] is True
        or groups["context"]["post_remote_biometric_identification_criminal_investigation"] is True
    ):
        annex_iii["biometric_verification_only"] = False

    data: dict[str, Any] = {
        "name": draw(_names),
        "is_ai_system": is_ai,
        "is_general_purpose_ai_system": general_purpose,
        **groups,
        "annex_iii": annex_iii,
        "annex_i": annex_i,
    }
    if dates:
        data.update(_dated(draw, unknowns))
        if (
            groups["value_chain"]["substantial_modification"] is True
            and data["significant_change"] == NO_DATE
        ):  # a substantial modification is a significant change (Art. 3(23), recital 177)
            data["significant_change"] = None
    # Art. 2(8): research "prior to their being placed on the market or put into service" is
    # refused beside a placing (aiact.date_facts.guard_pre_market); a drawn placing date may be
    # before any day assessed, so the research is not drawn with one.
    exclusions = groups["exclusions"]
    if exclusions["pre_market_research_testing"] is True and (
        any(
            groups[path.split(".")[0]][path.split(".")[1]] is True
            for path in PLACED_ON_THE_UNION_MARKET
        )
        or data.get("placed_on_market") is not None
        or data.get("put_into_service") is not None
    ):
        exclusions["pre_market_research_testing"] = False
    # A given list of Annex III points holds the points other facts imply (issue 12, item 11).
    return _valid(AISystem, with_implied_annex_iii_points(data))


@st.composite
def gpai_models(draw: st.DrawFn, unknowns: bool = True) -> GPAIModel:
    """A :class:`~aiact.facts.GPAIModel` (respecting Art. 3(5) and Art. 54(1))."""
    data: dict[str, Any] = draw(flag_groups(GPAIModel, unknowns))
    if data["provider"] is True and data["authorised_representative"] is True:
        data[draw(_provider_or_representative)] = False
    if data["authorised_representative"] is True and data["provider_established_in_eu"] is True:
        data["provider_established_in_eu"] = False
    data["training_compute_flop"] = draw(
        _maybe(_flops, unknowns)
        | st.just(Decimal(10) ** 25)  # the boundary of Art. 51(2): "greater than"
    )
    data["placed_on_market"] = draw(_maybe(_model_dates, unknowns))
    if data["pre_market_research_testing"] is True and data["placed_on_market"] is not None:
        data["pre_market_research_testing"] = False  # Art. 2(8), as for a system
    data["name"] = draw(_names)
    return _valid(GPAIModel, data)


@lru_cache(maxsize=64)
def _law(law: LawVersion | str | None) -> st.SearchStrategy[LawVersion | None]:
    return law_versions() if law is None else st.just(LawVersion.parse(law))


@st.composite
def system_cases(
    draw: st.DrawFn,
    high_risk: bool = False,
    public_sector: bool | None = None,
    unknowns: bool = True,
    law: LawVersion | str | None = None,
    default_interpretations: bool = False,
    in_scope: bool | None = None,
) -> Case:
    """A whole AI-system :class:`~aiact.case.Case`: organisation, system, date, law, readings."""
    organisation = draw(_cached(organisations, public_sector, unknowns))
    system = draw(_cached(ai_systems, high_risk, unknowns, True, in_scope))
    return Case(
        as_of=draw(as_of_dates()),
        law=draw(_law(law)),
        interpretations=draw(interpretations(default_interpretations)),
        organisation=organisation,
        system=consistent_with(system, organisation),
    )


def consistent_with(system: AISystem, organisation: Organisation) -> AISystem:
    """``system`` adjusted so that it agrees with the organisation (the checks that
    :func:`aiact.assess` makes on the two together: Art. 3(5), 3(6), and a provider's own place
    of establishment)."""
    data = system.model_dump()
    roles, chain = data["roles"], data["value_chain"]
    # As stated, or by what the organisation is (a public authority of a Member State, a Union
    # institution: Art. 2(1)(b)).
    established = organisation.established_in_union
    if established is False:
        if roles["importer"] is True:
            roles["importer"] = False  # Art. 3(6): an importer is established in the Union
        if roles["authorised_representative"] is True:
            roles["authorised_representative"] = False  # Art. 3(5)
    if (
        roles["provider"] is True
        and established is not None
        and chain["provider_established_in_eu"] is not None
    ):
        chain["provider_established_in_eu"] = established
    return _valid(AISystem, data)


@st.composite
def model_cases(
    draw: st.DrawFn,
    public_sector: bool | None = None,
    unknowns: bool = True,
    law: LawVersion | str | None = None,
    default_interpretations: bool = False,
) -> Case:
    """A whole GPAI-model :class:`~aiact.case.Case`."""
    organisation = draw(_cached(organisations, public_sector, unknowns))
    return Case(
        as_of=draw(as_of_dates()),
        law=draw(_law(law)),
        interpretations=draw(interpretations(default_interpretations)),
        organisation=organisation,
        model=model_consistent_with(draw(_cached(gpai_models, unknowns)), organisation),
    )


def model_consistent_with(model: GPAIModel, organisation: Organisation) -> GPAIModel:
    """``model`` adjusted so that it agrees with the organisation (the check that
    :func:`aiact.assess_model` makes on the two together: where the organisation is the
    provider, the provider's establishment is the organisation's, Art. 54(1))."""
    established = organisation.established_in_union
    if (
        model.provider is True
        and established is not None
        and model.provider_established_in_eu is not None
        and model.provider_established_in_eu != established
    ):
        data = model.model_dump()
        data["provider_established_in_eu"] = established
        return _valid(GPAIModel, data)
    return model


def cases(
    kind: Literal["system", "model"] | None = None,
    *,
    high_risk: bool = False,
    public_sector: bool | None = None,
    unknowns: bool = True,
    law: LawVersion | str | None = None,
    default_interpretations: bool = False,
    in_scope: bool | None = None,
) -> st.SearchStrategy[Case]:
    """Whole cases: AI systems (``kind="system"``), GPAI models (``"model"``) or both (``None``).

    ``high_risk`` applies to AI systems only (a ``kind=None`` draw with it gives only systems).
    """
    systems = system_cases(
        high_risk=high_risk,
        public_sector=public_sector,
        unknowns=unknowns,
        law=law,
        default_interpretations=default_interpretations,
        in_scope=in_scope,
    )
    if kind == "system" or high_risk or in_scope is not None:
        return systems
    models = model_cases(
        public_sector=public_sector,
        unknowns=unknowns,
        law=law,
        default_interpretations=default_interpretations,
    )
    if kind == "model":
        return models
    return st.one_of(systems, models)
