"""Round 15: reading A37 named (docs/adr/0041-a37-art54-representative-penalties.md; review38's
defect and note on ``obligation:art54_3``).

The authorised representative of a provider of a general-purpose AI model (Art. 54(3), (5)) is an
operator (Art. 3(8)), and Art. 99(1) has the Member States penalise infringements "by operators";
but "The Commission shall have exclusive powers to supervise and enforce Chapter V" (Art. 88(1)),
and the Commission fines only "providers of general-purpose AI models" (Art. 101(1)). Default
``national_penalties`` (no EU ceiling, national penalties, citing Art. 88(1), flag A37);
alternative ``commission_only`` (no penalty). Under both a Chapter V duty never takes the AI
Office's Art. 75c branch (Art. 75(1) concerns AI systems), which stays for AI systems.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lawquote import quote, quote_nl
from lawtext import ORIGINAL_MD
from timecases import COMPANY
from timecases import system as complete_system

import aiact
from aiact.interpretations import (
    CODES,
    DEFAULT_INTERPRETATIONS,
    Interpretations,
    ModelRepresentativePenalties,
)
from aiact.obligations import catalogue
from aiact.obligations.model import CHAPTER_V_ARTICLES
from aiact.penalties import parameters as P
from aiact.penalties.exposure import (
    CeilingStatus,
    ExposureItem,
    ExposureOptions,
    Reason,
    compute_exposure,
)
from aiact.penalties.tiers import FineTier
from aiact.testing.strategies import model_cases, organisations
from aiact.versions import LawVersion

DEFAULT = ModelRepresentativePenalties.NATIONAL_PENALTIES.value
ALTERNATIVE = ModelRepresentativePenalties.COMMISSION_ONLY.value
READINGS = (DEFAULT, ALTERNATIVE)
LAWS = ("original", "amended")
DAY = "2026-12-05"

_ORG: dict[str, Any] = {
    "name": "Representative",
    "kind": "private_undertaking",
    "member_state": "NL",
    "established_in_eu": True,
    "headcount": 300,
    "annual_turnover_eur": 100_000_000,
    "part_of_group": False,
}
_REPRESENTATIVE: dict[str, Any] = {
    "is_general_purpose": True,
    "sole_purpose_scientific_research": False,
    "pre_market_research_testing": False,
    "provider": False,
    "authorised_representative": True,
    "training_compute_flop": 3e23,
    "compute_threshold_will_be_met": False,
    "high_impact_capabilities": False,
    "commission_designated": False,
    "free_open_source_licence": False,
    "parameters_publicly_available": False,
    "provider_established_in_eu": False,
    "placed_on_market": "2025-09-01",
    "common_specifications_not_followed": False,
}


def _quote() -> None:
    """Art. 88(1), 101(1), 99(1) (both versions), 3(8); Dutch of 88(1), 99(1), 3(8), 54(3)."""
    quote(
        "88",
        "The Commission shall have exclusive powers to supervise and enforce Chapter V, taking "
        "into account the procedural guarantees under Article 94",
        "both",
    )
    quote(
        "101",
        "The Commission may impose on providers of general-purpose AI models fines not "
        "exceeding 3 % of their annual total worldwide turnover",
        "both",
    )
    quote("99", "applicable to infringements of this Regulation by operators", "original")
    quote("99", "applicable to any infringement of this Regulation by operators", "omnibus_only")
    quote(
        "99",
        "In accordance with the terms and conditions laid down in this Regulation, Member States "
        "shall lay down the rules on penalties and other enforcement measures",
        "both",
    )
    quote(
        "3",
        "'operator' means a provider, product manufacturer, deployer, authorised "
        "representative, importer or distributor",
        "both",
    )
    quote("54", "The authorised representative shall perform the tasks specified in the mandate")
    quote_nl(
        "De Commissie heeft exclusieve bevoegdheden voor toezicht op en handhaving van hoofdstuk V"
    )
    quote_nl(
        "Overeenkomstig de voorwaarden van deze verordening stellen de lidstaten de voorschriften "
        "vast voor sancties en andere handhavingsmaatregelen"
    )
    quote_nl("die van toepassing zijn op inbreuken op deze verordening door operatoren")
    quote_nl(
        "“operator”: een aanbieder, productfabrikant, gebruiksverantwoordelijke, gemachtigde, "
        "importeur of distributeur"
    )
    quote_nl(
        "De Commissie kan aanbieders van AI-modellen voor algemene doeleinden geldboeten opleggen"
    )


def _row(a: aiact.Assessment, obligation: str) -> Any:
    return {o.obligation_id: o for o in a.exposure.obligations}[obligation]


def _assess(law: str, reading: str | None, competent: bool | None, **kw: Any) -> Any:
    readings = None if reading is None else {"A37": reading}
    options = None if competent is None else ExposureOptions(ai_office_competent=competent)
    return aiact.assess_model(
        {**_REPRESENTATIVE, **kw},
        _ORG,
        DAY,
        law,
        interpretations=readings,
        exposure_options=options,
    )


def test_a37_is_a_named_switch() -> None:
    _quote()
    assert CODES["A37"] == "art54_representative_penalties"
    assert DEFAULT_INTERPRETATIONS.labels()["A37"] == DEFAULT
    by_code = Interpretations.model_validate({"A37": ALTERNATIVE})
    assert by_code.art54_representative_penalties is ModelRepresentativePenalties.COMMISSION_ONLY
    assert Interpretations.model_validate(by_code.labels()) == by_code
    # Read by the exposure only, as A10: no engine fact.
    assert not any("a37" in fact for fact in by_code.as_facts())
    entry = catalogue().get("art54_3")
    assert entry.interpretation == "A37" and entry.chapter_v and entry.kind == "model"
    assert entry.fine is FineTier.NATIONAL_ONLY and entry.fine_ref is None


def test_chapter_v_is_arts_51_to_56() -> None:
    """Chapter V ("GENERAL-PURPOSE AI MODELS") is Arts. 51-56; Art. 41(5) and Arts. 91(5),
    92(5), 93 are model duties outside it; no AI-system duty is in it."""
    text = ORIGINAL_MD.read_text(encoding="utf-8")
    chapter = text[text.index("## CHAPTER V — GENERAL-PURPOSE AI MODELS") : text.index(
        "## CHAPTER VI —"
    )]  # fmt: skip
    assert re.findall(r"^### Article (\d+\w*) —", chapter, flags=re.MULTILINE) == sorted(
        CHAPTER_V_ARTICLES, key=int
    )
    chapter_v = {o.id for o in catalogue() if o.chapter_v}
    assert "art54_3" in chapter_v and "art53_1_a" in chapter_v and "art55_1_a" in chapter_v
    assert not {"art41_5_gpai", "art91_5", "art92_5", "art93"} & chapter_v
    assert all(o.kind == "model" for o in catalogue() if o.chapter_v)
    # The one Chapter V duty not fined under Art. 101 is the representative's.
    assert {o.id for o in catalogue() if o.chapter_v and o.fine is not FineTier.ART_101} == {
        "art54_3"
    }


@pytest.mark.parametrize("competent", [None, True, False])
@pytest.mark.parametrize("law", LAWS)
def test_default_national_penalties_never_the_ai_office(law: str, competent: bool | None) -> None:
    """Default, both versions, whatever ai_office_competent says: no EU ceiling, national
    penalties (Art. 99(1)), citing Art. 88(1), flag A37; never Art. 75c(4)(a) (review38)."""
    _quote()
    for reading in (None, DEFAULT):
        a = _assess(law, reading, competent)
        row = _row(a, "art54_3")
        assert row.status is CeilingStatus.NO_EU_CEILING, (law, competent)
        assert row.applied_tier is FineTier.NATIONAL_ONLY
        assert row.reason is Reason.NATIONAL_LAW
        assert row.citations == ("Art. 99(1)", "Art. 88(1)")
        assert row.flags == ("A37",)
        assert row.missing == () and row.ceiling is None
        assert "Art. 75c(4)(a)" not in row.citations
        assert "national_penalties" in row.explanation
        assert [f.code for f in a.exposure.flags] == ["A37"]
        assert a.interpretations.labels()["A37"] == DEFAULT


@pytest.mark.parametrize("competent", [None, True, False])
@pytest.mark.parametrize("law", LAWS)
def test_commission_only_no_penalty(law: str, competent: bool | None) -> None:
    """Alternative, both versions: no fine (ceiling zero), tier no_penalty, reason
    chapter_v_commission_only, citing Art. 88(1) and 101(1)."""
    _quote()
    a = _assess(law, ALTERNATIVE, competent)
    row = _row(a, "art54_3")
    assert row.status is CeilingStatus.NO_FINE
    assert row.ceiling == row.minimum == row.maximum == Decimal(0)
    assert row.applied_tier is FineTier.NO_PENALTY
    assert row.reason is Reason.CHAPTER_V_COMMISSION_ONLY
    assert row.citations == ("Art. 88(1)", "Art. 101(1)")
    assert row.flags == ("A37",) and row.missing == ()
    assert a.exposure.max_ceiling == Decimal(0)
    assert a.exposure.without_eu_ceiling == () and a.exposure.complete


def test_options_given_explicitly_win_over_the_reading() -> None:
    """ExposureOptions that set the reading keep it; those that do not take the assessment's."""
    options = ExposureOptions(art54_representative_penalties=ALTERNATIVE)
    a = aiact.assess_model(_REPRESENTATIVE, _ORG, DAY, "amended", exposure_options=options)
    assert _row(a, "art54_3").status is CeilingStatus.NO_FINE
    options = ExposureOptions(art54_representative_penalties=DEFAULT)
    a = aiact.assess_model(
        _REPRESENTATIVE,
        _ORG,
        DAY,
        "amended",
        interpretations={"A37": ALTERNATIVE},
        exposure_options=options,
    )
    assert _row(a, "art54_3").status is CeilingStatus.NO_EU_CEILING


def test_before_chapter_xii_applies_no_ceiling_under_both() -> None:
    """Before 2 August 2025 no penalty provision applies (Art. 113(b)), under both readings."""
    item = ExposureItem(obligation_id="art54_3", tier=FineTier.NATIONAL_ONLY, chapter_v=True)
    for reading in READINGS:
        report = compute_exposure(
            aiact.Organisation(**_ORG),
            [item],
            as_of=dt.date(2025, 6, 1),
            law=LawVersion.ORIGINAL,
            options=ExposureOptions(art54_representative_penalties=reading),
        )
        assert report.obligations[0].status is CeilingStatus.NOT_YET_APPLICABLE, reading


def test_provider_duties_keep_art101_under_both() -> None:
    """The provider's Chapter V duties stay under Art. 101(1) (from 2 August 2026)."""
    quote("101", "3 % of their annual total worldwide turnover", "both")
    provider = {
        **_REPRESENTATIVE,
        "provider": True,
        "authorised_representative": False,
        "provider_established_in_eu": True,
    }
    rows = []
    for reading in READINGS:
        a = aiact.assess_model(provider, _ORG, DAY, "amended", interpretations={"A37": reading})
        row = _row(a, "art53_1_a")
        assert row.applied_tier is FineTier.ART_101 and row.ceiling == 15_000_000
        rows.append(a.exposure)
    assert rows[0] == rows[1]


@pytest.mark.parametrize("reading", READINGS)
def test_a_system_keeps_the_ai_office_branch(reading: str) -> None:
    """An AI system's obligation without an Art. 99 ceiling still takes the Art. 99(4) level
    before the AI Office (Art. 75c(4)(a)), under both readings; its rows do not change."""
    quote("75c", "infringement of any applicable provision of this Regulation", "omnibus_only")
    system = complete_system(roles=("provider",))
    told = ExposureOptions(ai_office_competent=True, art54_representative_penalties=reading)
    a = aiact.assess(system, COMPANY, DAY, "amended", exposure_options=told)
    b = aiact.assess(system, COMPANY, DAY, "amended", exposure_options=ExposureOptions(
        ai_office_competent=True))  # fmt: skip
    national = [o for o in a.exposure.obligations if o.tier is FineTier.NATIONAL_ONLY]
    assert national, "the system should have an obligation without an Art. 99 ceiling"
    for row in national:
        assert row.applied_tier is FineTier.ART_99_4, row.obligation_id
        assert row.citations == ("Art. 75c(4)(a)", "Art. 99(4)"), row.obligation_id
    assert a.exposure.obligations == b.exposure.obligations
    unknown = ExposureOptions(art54_representative_penalties=reading)
    c = aiact.assess(system, COMPANY, DAY, "amended", exposure_options=unknown)
    assert (
        c.exposure.obligations == aiact.assess(system, COMPANY, DAY, "amended").exposure.obligations
    )


def test_compute_exposure_ai_office_branch_by_chapter() -> None:
    """The same tier and citation give two rows: the AI Office's for a system duty, the national
    one for a Chapter V duty (the row cache keys on the chapter too)."""
    items = [
        ExposureItem(obligation_id="art4", tier=FineTier.NATIONAL_ONLY),
        ExposureItem(obligation_id="art54_3", tier=FineTier.NATIONAL_ONLY, chapter_v=True),
        ExposureItem(obligation_id="art73", tier=FineTier.NATIONAL_ONLY),
    ]
    report = compute_exposure(
        aiact.Organisation(**_ORG),
        items,
        as_of=dt.date(2026, 12, 5),
        law=LawVersion.AMENDED,
        options=ExposureOptions(ai_office_competent=True),
    )
    rows = {r.obligation_id: r for r in report.obligations}
    assert rows["art4"].applied_tier is FineTier.ART_99_4
    assert rows["art73"].applied_tier is FineTier.ART_99_4
    assert rows["art54_3"].applied_tier is FineTier.NATIONAL_ONLY
    assert {f.code for f in report.flags} == {"A37"}


# --------------------------------------------------------------------------- properties

_TIERS = st.sampled_from(tuple(FineTier))
_REF: dict[FineTier, tuple[str | None, ...]] = {
    FineTier.ART_99_4: (None, "Art. 99(4)", *(p.citation for p in P.ART_99_4_POINTS)),
    FineTier.ART_99_3: (None, "Art. 99(3)"),
    FineTier.ART_99_5: (None, "Art. 99(5)"),
    FineTier.ART_101: (None, "Art. 101(1)"),
}


@st.composite
def _items(draw: st.DrawFn) -> list[ExposureItem]:
    n = draw(st.integers(min_value=1, max_value=6))
    out = []
    for i in range(n):
        tier = draw(_TIERS)
        ref = draw(st.sampled_from(_REF.get(tier, (None,))))
        out.append(
            ExposureItem(
                obligation_id=f"o{i}", tier=tier, fine_ref=ref, chapter_v=draw(st.booleans())
            )
        )
    return out


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    organisation=organisations(),
    items=_items(),
    day=st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2030, 12, 31)),
    law=st.sampled_from(tuple(LawVersion)),
    competent=st.sampled_from((None, True, False)),
)
def test_the_reading_changes_only_chapter_v_rows_of_non_providers(
    organisation: aiact.Organisation,
    items: list[ExposureItem],
    day: dt.date,
    law: LawVersion,
    competent: bool | None,
) -> None:
    """Under commission_only only the rows of Chapter V duties not fined under Art. 101 (the
    duties of non-providers) change, and each becomes 'no fine' once Chapter XII applies."""
    rows = {}
    for reading in READINGS:
        options = ExposureOptions(
            ai_office_competent=competent, art54_representative_penalties=reading
        )
        report = compute_exposure(organisation, items, as_of=day, law=law, options=options)
        rows[reading] = {r.obligation_id: r for r in report.obligations}
    for item in items:
        before, after = rows[DEFAULT][item.obligation_id], rows[ALTERNATIVE][item.obligation_id]
        if not item.chapter_v or item.tier is FineTier.ART_101:
            assert before == after, item
        elif day < P.CHAPTER_XII_APPLIES_FROM:
            assert before == after and after.status is CeilingStatus.NOT_YET_APPLICABLE
        else:
            assert after.status is CeilingStatus.NO_FINE, item
            assert after.reason is Reason.CHAPTER_V_COMMISSION_ONLY
            # Under the default a Chapter V duty never takes the AI Office's branch.
            assert "Art. 75c(4)(a)" not in before.citations
            assert "ai_office_competent" not in before.missing


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=model_cases(), competent=st.sampled_from((None, True)))
def test_the_reading_changes_only_the_representatives_row(
    case: aiact.Case, competent: bool | None
) -> None:
    """Whole model cases: the readings give the same obligations, and the same exposure rows
    except that of art54_3 (the one Chapter V duty of a non-provider)."""
    results = {}
    for reading in READINGS:
        readings = case.interpretations.model_copy(
            update={"art54_representative_penalties": ModelRepresentativePenalties(reading)}
        )
        options = None if competent is None else ExposureOptions(ai_office_competent=competent)
        results[reading] = aiact.assess_model(
            case.model,  # type: ignore[arg-type]
            case.organisation,
            case.as_of,
            case.law,
            interpretations=readings,
            exposure_options=options,
        )
    a, b = results[DEFAULT], results[ALTERNATIVE]
    assert [(r.id, r.applies, r.status) for r in a.obligation_results] == [
        (r.id, r.applies, r.status) for r in b.obligation_results
    ]
    left = {r.obligation_id: r for r in a.exposure.obligations}
    right = {r.obligation_id: r for r in b.exposure.obligations}
    assert left.keys() == right.keys()
    for oid in left:
        if oid != "art54_3":
            assert left[oid] == right[oid], oid
