"""Fine exposure (aiact.penalties): every amount pinned to its citation, and worked examples.

Sources: Regulation (EU) 2024/1689 Arts. 99-101 and 113; Regulation (EU) 2026/1744 Art. 1 point
(38) (Art. 99(1), 99(4)(da), 99(6a)) and the new Art. 75c; Recommendation 2003/361/EC (SME);
Recommendation (EU) 2025/1099 (SMC).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D

import pytest
from pydantic import ValidationError

from aiact.facts import GroupFigures, Organisation, OrganisationKind, SizeClass
from aiact.penalties import (
    ART_99_4_POINTS,
    CeilingStatus,
    ExposureItem,
    ExposureOptions,
    FineTier,
    Formula,
    NationalPolicy,
    PublicBodyFines,
    Reason,
    Regime,
    UndertakingBasis,
    across_size_classes,
    assess_size,
    ceiling_curve,
    compute_exposure,
    crossover_turnover,
    declaration,
    linear_turnovers,
)
from aiact.penalties import parameters as P
from aiact.versions import LawVersion

M = D(1_000_000)
AFTER_OMNIBUS = dt.date(2026, 9, 1)  # amended text in force, Art. 101 and Art. 75c apply
BEFORE_OMNIBUS = dt.date(2026, 3, 1)  # original text, Chapter XII applies, Art. 101 not yet
NATIONAL = ExposureOptions(ai_office_competent=False)

ART5 = ExposureItem(obligation_id="art5", tier=FineTier.ART_99_3, fine_ref="Art. 99(3)")
ART26 = ExposureItem(obligation_id="art26", tier=FineTier.ART_99_4, fine_ref="Art. 99(4)(e)")
INFO = ExposureItem(obligation_id="info", tier=FineTier.ART_99_5, fine_ref="Art. 99(5)")
ART27 = ExposureItem(obligation_id="art27", tier=FineTier.NATIONAL_ONLY)
ART25 = ExposureItem(obligation_id="art25", tier=FineTier.ART_99_4, fine_ref="Art. 99(4)(da)")
GPAI = ExposureItem(obligation_id="art53", tier=FineTier.ART_101, fine_ref="Art. 101(1)")
ALL = [ART5, ART26, INFO, ART27]


def undertaking(turnover: D | None, headcount: int | None = 5000, **kw: object) -> Organisation:
    data: dict[str, object] = {
        "kind": OrganisationKind.PRIVATE_UNDERTAKING,
        "annual_turnover_eur": turnover,
        "headcount": headcount,
        "part_of_group": False,
        **kw,
    }
    return Organisation.model_validate(data)


def row(report, obligation_id):  # type: ignore[no-untyped-def]
    return next(r for r in report.obligations if r.obligation_id == obligation_id)


# --------------------------------------------------------------------------- the law as data


@pytest.mark.parametrize(
    ("key", "citation", "fixed", "percentage", "combination"),
    [
        ("art_99_3", "Art. 99(3)", D(35_000_000), D(7), "higher_of"),
        ("art_99_4", "Art. 99(4)", D(15_000_000), D(3), "higher_of"),
        ("art_99_5", "Art. 99(5)", D(7_500_000), D(1), "higher_of"),
        ("art_99_6", "Art. 99(6)", None, None, "lower_of"),
        ("art_99_6a", "Art. 99(6a)", None, None, "lower_of"),
        ("art_99_8", "Art. 99(8)", None, None, "national"),
        ("art_100_2", "Art. 100(2)", D(1_500_000), None, "fixed_only"),
        ("art_100_3", "Art. 100(3)", D(750_000), None, "fixed_only"),
        ("art_101_1", "Art. 101(1)", D(15_000_000), D(3), "higher_of"),
        ("art_75c_4", "Art. 75c(4)", None, None, "applies_other"),
        ("art_75c_4_a", "Art. 75c(4)(a)", None, None, "applies_other"),
    ],
)
def test_amounts_and_percentages_pinned_to_citation(key, citation, fixed, percentage, combination):  # type: ignore[no-untyped-def]
    """Art. 99(3) 35M/7 %; 99(4) 15M/3 %; 99(5) 7.5M/1 %; 100(2) 1.5M; 100(3) 750k;
    101(1) 15M/3 %."""
    parameter = declaration(key)
    assert parameter.citation == citation
    assert parameter.fixed_amount_eur == fixed
    assert parameter.percentage == percentage
    assert parameter.combination.value == combination


def test_art_99_6_relief_covers_paragraphs_3_4_5() -> None:
    """Art. 99(6): SMEs, lower of, for 'paragraphs 3, 4 and 5'."""
    assert P.ART_99_6.relief_for_tiers == {FineTier.ART_99_3, FineTier.ART_99_4, FineTier.ART_99_5}


def test_art_99_6a_relief_covers_only_paragraphs_4_and_5() -> None:
    """Art. 99(6a) (Reg. 2026/1744 Art. 1(38)(c)): SMCs, lower of, 'paragraphs 4 and 5' only."""
    assert P.ART_99_6A.relief_for_tiers == {FineTier.ART_99_4, FineTier.ART_99_5}
    assert P.ART_99_6A.versions == {LawVersion.AMENDED}
    assert P.ART_99_6A.applies_from == dt.date(2026, 7, 27)


def test_dates_of_application_art_113() -> None:
    """Art. 113(b): Chapter XII from 2 Aug 2025 'with the exception of Article 101' (2 Aug 2026)."""
    for key in ("art_99_3", "art_99_4", "art_99_5", "art_99_6", "art_99_8", "art_100_2"):
        assert declaration(key).applies_from == dt.date(2025, 8, 2)
    assert declaration("art_101_1").applies_from == dt.date(2026, 8, 2)
    assert declaration("art_75c_4").applies_from == dt.date(2026, 8, 2)
    assert declaration("art_75c_4").versions == {LawVersion.AMENDED}


def test_art_99_4_points_as_data() -> None:
    """Art. 99(4)(a)-(g), and (da) inserted by Reg. 2026/1744 Art. 1(38)(b)."""
    covers = {p.point: p.covers for p in ART_99_4_POINTS}
    assert covers == {
        "a": ("Art. 16",),
        "b": ("Art. 22",),
        "c": ("Art. 23",),
        "d": ("Art. 24",),
        "da": ("Art. 25(2)", "Art. 25(4)"),
        "e": ("Art. 26",),
        "f": ("Art. 31", "Art. 33(1)", "Art. 33(3)", "Art. 33(4)", "Art. 34"),
        "g": ("Art. 50",),
    }
    da = P.art_99_4_point("Art. 99(4)(da)")
    assert da is not None
    assert not da.in_force(LawVersion.ORIGINAL, AFTER_OMNIBUS)
    assert da.in_force(LawVersion.AMENDED, AFTER_OMNIBUS)


def test_unknown_declaration_names_known_keys() -> None:
    with pytest.raises(KeyError, match="art_99_3"):
        declaration("art_99_9")


def test_crossover_turnover() -> None:
    """F / p: 35M / 7 % = 15M / 3 % = 500M (Art. 99(3), 99(4)); 7.5M / 1 % = 750M (Art. 99(5))."""
    assert crossover_turnover(FineTier.ART_99_3) == 500 * M
    assert crossover_turnover(FineTier.ART_99_4) == 500 * M
    assert crossover_turnover(FineTier.ART_99_5) == 750 * M
    assert crossover_turnover(FineTier.ART_101) == 500 * M
    with pytest.raises(ValueError, match="national_only"):
        crossover_turnover(FineTier.NATIONAL_ONLY)


# --------------------------------------------------------------------------- size (Rec. 2003/361)


@pytest.mark.parametrize(
    ("headcount", "turnover", "balance", "expected"),
    [
        (9, D(2_000_000), None, SizeClass.MICRO),  # Rec. 2003/361 Annex Art. 2(3)
        (10, D(2_000_000), None, SizeClass.SMALL),  # 'fewer than 10'
        (9, D(2_000_001), D(2_000_000), SizeClass.MICRO),  # turnover OR balance sheet
        (49, D(10_000_000), None, SizeClass.SMALL),  # Annex Art. 2(2)
        (249, D(50_000_000), None, SizeClass.MEDIUM),  # Annex Art. 2(1)
        (249, D(60_000_000), D(43_000_000), SizeClass.MEDIUM),
        (249, D(60_000_000), D(43_000_001), SizeClass.SMALL_MID_CAP),
        (250, D(1_000_000), None, SizeClass.SMALL_MID_CAP),  # 'fewer than 250'
        (749, D(150_000_000), None, SizeClass.SMALL_MID_CAP),  # Rec. (EU) 2025/1099 Annex (2)
        (749, D(200_000_000), D(129_000_000), SizeClass.SMALL_MID_CAP),
        (750, D(1_000_000), None, SizeClass.LARGE),  # 'fewer than 750'
        (749, D(150_000_001), D(129_000_001), SizeClass.LARGE),
    ],
)
def test_size_thresholds(headcount, turnover, balance, expected):  # type: ignore[no-untyped-def]
    org = undertaking(turnover, headcount, balance_sheet_total_eur=balance)
    assert assess_size(org).size_class is expected


def test_size_undetermined_names_missing_fields() -> None:
    size = assess_size(undertaking(None, 100))
    assert size.size_class is None
    assert size.sme is None
    assert size.missing == ("annual_turnover_eur", "balance_sheet_total_eur")


def test_size_sme_known_even_if_class_is_not() -> None:
    """5 persons, balance sheet 30M, turnover unknown: micro/small open, but within 'medium'."""
    size = assess_size(undertaking(None, 5, balance_sheet_total_eur=D(30_000_000)))
    assert size.size_class is None
    assert size.sme is True
    assert size.smc is False


def test_explicit_size_class_wins_with_note() -> None:
    size = assess_size(undertaking(D(1_000_000), 5, size_class=SizeClass.LARGE))
    assert size.size_class is SizeClass.LARGE and size.explicit
    assert any("explicit" in n for n in size.notes)


def test_group_basis_uses_group_figures_a10() -> None:
    """A10: undertaking = group (CJEU C-383/23 ILVA by analogy); 'entity' uses own figures."""
    org = Organisation(
        kind=OrganisationKind.PRIVATE_UNDERTAKING,
        headcount=20,
        annual_turnover_eur=D(3_000_000),
        part_of_group=True,
        group=GroupFigures(headcount=12_000, annual_turnover_eur=D(4_000_000_000)),
    )
    assert assess_size(org).size_class is SizeClass.LARGE
    assert assess_size(org, UndertakingBasis.ENTITY).size_class is SizeClass.SMALL
    group = compute_exposure(org, [ART5], as_of=AFTER_OMNIBUS, options=NATIONAL)
    entity = compute_exposure(
        org,
        [ART5],
        as_of=AFTER_OMNIBUS,
        options=ExposureOptions(undertaking_basis="entity", ai_office_competent=False),
    )
    assert row(group, "art5").ceiling == 280 * M  # 7 % of 4 bn
    assert row(entity, "art5").ceiling == D(210_000)  # lower of 35M and 7 % of 3M
    assert "A10" in {f.code for f in group.flags}


def test_group_figures_missing_but_part_of_group() -> None:
    org = undertaking(D(3_000_000), 20, part_of_group=True)
    report = compute_exposure(org, [ART26], as_of=AFTER_OMNIBUS, options=NATIONAL)
    r = row(report, "art26")
    assert r.status is CeilingStatus.UNDETERMINED
    assert "group" in r.missing


def test_start_up_counts_only_within_sme_definition_a16() -> None:
    """A16: 'SMEs, including start-ups' (Art. 99(6)): a large start-up gets no relief."""
    big = undertaking(D(2_000_000_000), 900, start_up=True)
    report = compute_exposure(big, [ART26], as_of=AFTER_OMNIBUS, options=NATIONAL)
    assert row(report, "art26").formula is Formula.HIGHER_OF
    assert "A16" in {f.code for f in report.flags}
    unknown = compute_exposure(
        undertaking(D(1_000_000), None, start_up=True), [ART26], as_of=AFTER_OMNIBUS
    )
    assert row(unknown, "art26").status is CeilingStatus.UNDETERMINED


# --------------------------------------------------------------------------- worked examples


def test_large_undertaking_7_percent_of_2_bn_is_140m() -> None:
    """Art. 99(3): higher of 35M and 7 % of 2 bn = 140M; 99(4): 60M; 99(5): 20M."""
    report = compute_exposure(
        undertaking(D(2_000_000_000)), ALL, as_of=AFTER_OMNIBUS, options=NATIONAL
    )
    art5 = row(report, "art5")
    assert art5.ceiling == 140 * M
    assert art5.formula is Formula.HIGHER_OF
    assert art5.decided_by is Formula.PERCENTAGE
    assert art5.citations == ("Art. 99(3)",)
    assert art5.percentage_amount_eur == 140 * M
    assert row(report, "art26").ceiling == 60 * M
    assert row(report, "info").ceiling == 20 * M
    assert row(report, "art27").status is CeilingStatus.NO_EU_CEILING
    assert row(report, "art27").ceiling is None
    assert row(report, "art27").reason is Reason.NATIONAL_LAW
    assert report.max_ceiling == 140 * M
    assert report.max_ceiling_obligations == ("art5",)
    assert report.without_eu_ceiling == ("art27",)
    assert not report.complete
    assert {t.tier: t.max_ceiling for t in report.by_tier} == {
        FineTier.ART_99_3: 140 * M,
        FineTier.ART_99_4: 60 * M,
        FineTier.ART_99_5: 20 * M,
        FineTier.NATIONAL_ONLY: None,
    }


def test_large_undertaking_below_crossover_fixed_amount_decides() -> None:
    r = row(compute_exposure(undertaking(D(100_000_000)), [ART5], as_of=AFTER_OMNIBUS), "art5")
    assert r.ceiling == 35 * M
    assert r.decided_by is Formula.FIXED_AMOUNT


def test_sme_lower_of_art_99_6() -> None:
    """Art. 99(6): a small enterprise (40 persons, 8M) gets the lower of amount and percentage."""
    report = compute_exposure(
        undertaking(D(8_000_000), 40), ALL, as_of=AFTER_OMNIBUS, options=NATIONAL
    )
    assert report.size.size_class is SizeClass.SMALL
    art5 = row(report, "art5")
    assert art5.ceiling == D(560_000)  # 7 % of 8M < 35M
    assert art5.formula is Formula.LOWER_OF
    assert art5.citations == ("Art. 99(3)", "Art. 99(6)")
    assert row(report, "art26").ceiling == D(240_000)  # 3 %
    assert row(report, "info").ceiling == D(80_000)  # 1 %


def test_smc_art_5_higher_of_99_4_lower_of() -> None:
    """Art. 99(6a): an SMC (500 persons, 120M): higher-of for Art. 5, lower-of for 99(4)/(5)."""
    report = compute_exposure(
        undertaking(D(120_000_000), 500), ALL, as_of=AFTER_OMNIBUS, options=NATIONAL
    )
    assert report.size.size_class is SizeClass.SMALL_MID_CAP
    art5 = row(report, "art5")
    assert art5.ceiling == 35 * M and art5.formula is Formula.HIGHER_OF
    art26 = row(report, "art26")
    assert art26.ceiling == D(3_600_000) and art26.formula is Formula.LOWER_OF
    assert "Art. 99(6a)" in art26.citations
    assert row(report, "info").ceiling == D(1_200_000)


def test_smc_without_omnibus_is_fined_as_large() -> None:
    """Counterfactual: in the original text there is no Art. 99(6a)."""
    org = undertaking(D(120_000_000), 500)
    original = compute_exposure(org, [ART26], as_of=AFTER_OMNIBUS, law=LawVersion.ORIGINAL)
    assert row(original, "art26").ceiling == 15 * M
    before = compute_exposure(org, [ART26], as_of=BEFORE_OMNIBUS)
    assert before.law is LawVersion.ORIGINAL
    assert row(before, "art26").ceiling == 15 * M


def test_union_institution_art_100() -> None:
    """Art. 100(2): 1.5M for Art. 5; Art. 100(3): 750k for any other obligation, incl. Art. 27."""
    org = Organisation(kind=OrganisationKind.UNION_INSTITUTION)
    report = compute_exposure(org, ALL, as_of=AFTER_OMNIBUS)
    assert row(report, "art5").ceiling == D(1_500_000)
    assert row(report, "art5").citations == ("Art. 100(2)",)
    for oid in ("art26", "info", "art27"):
        r = row(report, oid)
        assert r.ceiling == D(750_000)
        assert r.citations == ("Art. 100(3)",)
        assert r.regime is Regime.EDPS
        assert r.formula is Formula.FIXED_AMOUNT
    assert report.complete
    assert report.max_ceiling == D(1_500_000)


def test_gpai_provider_art_101_before_and_after_2_aug_2026() -> None:
    """Art. 101 applies from 2 Aug 2026 (Art. 113(b)); higher-of, no SME relief (A18)."""
    sme = undertaking(D(5_000_000), 20)
    before = compute_exposure(sme, [GPAI], as_of=dt.date(2026, 8, 1))
    r = row(before, "art53")
    assert r.status is CeilingStatus.NOT_YET_APPLICABLE
    assert r.ceiling is None
    assert r.reason is Reason.ART_101_NOT_YET_APPLICABLE
    assert before.not_yet_applicable == ("art53",)
    after = compute_exposure(sme, [GPAI], as_of=dt.date(2026, 8, 2))
    r = row(after, "art53")
    assert r.ceiling == 15 * M  # higher of 15M and 3 % of 5M, although an SME
    assert r.formula is Formula.HIGHER_OF
    assert r.regime is Regime.COMMISSION
    assert "A18" in {f.code for f in after.flags}
    big = compute_exposure(undertaking(D(10_000_000_000)), [GPAI], as_of=AFTER_OMNIBUS)
    assert row(big, "art53").ceiling == 300 * M  # 3 % of 10 bn


def test_dutch_municipality_undetermined_with_reason() -> None:
    """Art. 99(8): the Dutch UAIV is pending, so the ceiling is undetermined (16.1, A17)."""
    gemeente = Organisation(
        kind=OrganisationKind.PUBLIC_AUTHORITY, member_state="NL", name="Gemeente Utrecht"
    )
    report = compute_exposure(gemeente, [ART5, ART26], as_of=AFTER_OMNIBUS, options=NATIONAL)
    for oid in ("art5", "art26"):
        r = row(report, oid)
        assert r.status is CeilingStatus.UNDETERMINED
        assert r.ceiling is None
        assert r.reason is Reason.NATIONAL_POLICY_PENDING
        assert "Uitvoeringswet" in r.explanation
        assert "Art. 99(8)" in r.citations
    assert report.max_ceiling is None
    assert report.undetermined == ("art5", "art26")
    assert "A17" in {f.code for f in report.flags}


def test_dutch_municipality_scenarios() -> None:
    """A caller's own Art. 99(8) policy: capped, fixed amounts, or no fines at all."""
    gemeente = Organisation(kind=OrganisationKind.PUBLIC_AUTHORITY, member_state="NL")

    def run(policy: NationalPolicy) -> object:
        options = ExposureOptions(national_policy=policy, ai_office_competent=False)
        return compute_exposure(gemeente, [ART5, ART26], as_of=AFTER_OMNIBUS, options=options)

    capped = run(
        NationalPolicy(
            member_state="NL",
            public_bodies=PublicBodyFines.CAPPED,
            cap_eur=D(20_000_000),
            reason="scenario",
            scenario=True,
        )
    )
    assert row(capped, "art5").ceiling == 20 * M
    assert row(capped, "art26").ceiling == 15 * M  # never above the EU amount
    fixed = run(
        NationalPolicy(member_state=None, public_bodies=PublicBodyFines.FIXED_AMOUNTS, reason="s")
    )
    assert row(fixed, "art5").ceiling == 35 * M
    none = run(
        NationalPolicy(member_state="NL", public_bodies=PublicBodyFines.NO_FINES, reason="s")
    )
    assert row(none, "art5").status is CeilingStatus.NO_FINE
    assert row(none, "art5").ceiling == D(0)
    with pytest.raises(ValueError, match="organisation is established in NL"):
        run(NationalPolicy(member_state="DE", public_bodies=PublicBodyFines.NO_FINES, reason="s"))
    with pytest.raises(ValidationError, match="cap_eur"):
        NationalPolicy(member_state="NL", public_bodies=PublicBodyFines.CAPPED, reason="s")


def test_public_body_without_member_state_or_registry_entry() -> None:
    no_state = Organisation(kind=OrganisationKind.PUBLIC_AUTHORITY)
    r = row(compute_exposure(no_state, [ART5], as_of=AFTER_OMNIBUS, options=NATIONAL), "art5")
    assert r.reason is Reason.MEMBER_STATE_UNKNOWN and r.missing == ("member_state",)
    german = Organisation(kind=OrganisationKind.PUBLIC_AUTHORITY, member_state="DE")
    r = row(compute_exposure(german, [ART5], as_of=AFTER_OMNIBUS, options=NATIONAL), "art5")
    assert r.reason is Reason.NATIONAL_POLICY_UNKNOWN and r.ceiling is None


def test_public_body_national_penalties_cite_art_99_8_as_well() -> None:
    """Art. 99(1): an obligation outside Art. 99(3)-(5) has national penalties only; for a
    public authority established in a Member State, Art. 99(8) leaves to that Member State "to
    what extent administrative fines may be imposed on public authorities and bodies" as well,
    so the row cites both. An undertaking's row cites Art. 99(1) alone."""
    body = Organisation(kind=OrganisationKind.PUBLIC_AUTHORITY, member_state="NL")
    r = row(compute_exposure(body, ALL, as_of=AFTER_OMNIBUS, options=NATIONAL), "art27")
    assert r.status is CeilingStatus.NO_EU_CEILING
    assert r.citations == ("Art. 99(1)", "Art. 99(8)")
    assert "Member State's rule (Art. 99(8))" in r.explanation  # review7: the text says it too
    # Art. 99(8): "to what extent administrative fines may be imposed" (a Member State may cap
    # them, not only allow or forbid them; round 7's review).
    from lawquote import quote

    quote("99", "rules on to what extent administrative fines may be imposed on public authorities")
    assert "to what extent fines may be imposed" in r.explanation and "whether" not in (
        r.explanation
    )
    company = row(
        compute_exposure(undertaking(D(10**9)), ALL, as_of=AFTER_OMNIBUS, options=NATIONAL),
        "art27",
    )
    assert company.citations == ("Art. 99(1)",)
    assert "Art. 99(8)" not in company.explanation


def test_public_body_with_ai_office_competence_unknown_cites_art_99_8_too() -> None:
    """Review7: with the AI Office's competence unknown (the default of an assessment after
    2 Aug 2026), a public body's national-only row is undetermined between the two regimes; its
    national branch is that of the row above ("Art. 99(1)", "Art. 99(8)"), and its AI Office
    branch is the one of ai_office_competent=True (Art. 75c(4) applies "Article 99(3) to (7)",
    not 99(8): unsettled), not an unqualified "Art. 99(4) level". An undertaking's row is
    unchanged."""
    body = Organisation(kind=OrganisationKind.PUBLIC_AUTHORITY, member_state="NL")
    r = row(compute_exposure(body, [ART27], as_of=AFTER_OMNIBUS), "art27")
    assert r.reason is Reason.AI_OFFICE_COMPETENCE_UNKNOWN
    assert r.citations == ("Art. 99(1)", "Art. 99(8)", "Art. 75c(4)(a)")
    assert "the Art. 99(4) level" not in r.explanation and "not settled" in r.explanation
    office = ExposureOptions(ai_office_competent=True)
    settled = row(compute_exposure(body, [ART27], as_of=AFTER_OMNIBUS, options=office), "art27")
    assert settled.reason is Reason.AI_OFFICE_PUBLIC_BODY
    company = row(compute_exposure(undertaking(D(10**9)), [ART27], as_of=AFTER_OMNIBUS), "art27")
    assert company.citations == ("Art. 99(1)", "Art. 75c(4)(a)")
    assert "the Art. 99(4) level" in company.explanation
    # A third-country public authority: Art. 99(8) covers bodies established in a Member State.
    foreign = Organisation(kind=OrganisationKind.THIRD_COUNTRY_PUBLIC_AUTHORITY)
    f = row(compute_exposure(foreign, [ART27], as_of=AFTER_OMNIBUS), "art27")
    assert "Art. 99(8)" not in f.citations and "the Art. 99(4) level" not in f.explanation
    from lawquote import quote

    assert quote(
        "75c",
        "in accordance with Article 99(3) to (7), which provisions shall apply",
        "omnibus_only",
    )


def test_art_99_8_leaves_fines_on_public_bodies_to_the_member_state() -> None:
    """The words the Art. 99(8) citation above relies on (not amended by 2026/1744)."""
    from lawquote import quote

    assert quote(
        "99",
        "Each Member State shall lay down rules on to what extent administrative fines may be "
        "imposed on public authorities and bodies established in that Member State",
        "both",
    )


def test_natural_person_fixed_amount_only() -> None:
    """Art. 99(3)-(5): the percentage applies only 'if the offender is an undertaking'."""
    person = Organisation(kind=OrganisationKind.NATURAL_PERSON, annual_turnover_eur=D(10**10))
    report = compute_exposure(person, [ART5, ART26, INFO], as_of=AFTER_OMNIBUS, options=NATIONAL)
    assert row(report, "art5").ceiling == 35 * M
    assert row(report, "art26").ceiling == 15 * M
    assert row(report, "info").ceiling == D(7_500_000)
    assert row(report, "art5").formula is Formula.FIXED_AMOUNT


# --------------------------------------------------------------------------- unknowns and dates


def test_unknown_turnover_large_reports_minimum() -> None:
    """Higher-of with unknown turnover: at least F; turnover named as missing."""
    report = compute_exposure(undertaking(None, 5000), [ART5], as_of=AFTER_OMNIBUS)
    r = row(report, "art5")
    assert r.status is CeilingStatus.UNDETERMINED
    assert r.ceiling is None and r.minimum == 35 * M and r.maximum is None
    assert r.reason is Reason.TURNOVER_UNKNOWN
    assert r.missing == ("annual_turnover_eur",)
    assert report.max_ceiling is None and report.max_minimum == 35 * M
    assert report.missing == ("annual_turnover_eur",)


def test_unknown_size_between_lower_and_higher_of() -> None:
    org = undertaking(D(8_000_000), None)
    r = row(compute_exposure(org, [ART5], as_of=AFTER_OMNIBUS), "art5")
    assert r.status is CeilingStatus.UNDETERMINED and r.reason is Reason.SIZE_UNKNOWN
    assert (r.minimum, r.maximum) == (D(560_000), 35 * M)
    assert "headcount" in r.missing


def test_unknown_kind() -> None:
    r = row(compute_exposure(Organisation(), [ART5], as_of=AFTER_OMNIBUS), "art5")
    assert r.reason is Reason.KIND_UNKNOWN and r.missing == ("kind",)


def test_before_chapter_xii_no_fines() -> None:
    """Art. 113(b): Chapter XII applies from 2 Aug 2025."""
    r = row(compute_exposure(undertaking(D(10**9)), [ART5], as_of=dt.date(2025, 8, 1)), "art5")
    assert r.status is CeilingStatus.NOT_YET_APPLICABLE
    r = row(compute_exposure(undertaking(D(10**9)), [ART5], as_of=dt.date(2025, 8, 2)), "art5")
    assert r.ceiling == 70 * M


def test_point_da_only_in_amended_text() -> None:
    """Art. 99(4)(da) (Art. 25(2), (4)) was inserted by Reg. 2026/1744: before, no EU ceiling."""
    org = undertaking(D(10**9))
    amended = row(compute_exposure(org, [ART25], as_of=AFTER_OMNIBUS, options=NATIONAL), "art25")
    assert amended.ceiling == 30 * M
    original = compute_exposure(org, [ART25], as_of=BEFORE_OMNIBUS, options=NATIONAL)
    r = row(original, "art25")
    assert r.status is CeilingStatus.NO_EU_CEILING
    assert r.reason is Reason.POINT_NOT_IN_VERSION
    assert r.applied_tier is FineTier.NATIONAL_ONLY


def test_ai_office_gives_99_4_level_to_unlisted_obligations_75c() -> None:
    """Art. 75c(4)(a): before the AI Office any applicable provision is fined at the 99(4) level."""
    org = undertaking(D(10**9))
    office = ExposureOptions(ai_office_competent=True)
    r = row(compute_exposure(org, [ART27, ART5], as_of=AFTER_OMNIBUS, options=office), "art27")
    assert r.ceiling == 30 * M
    assert r.applied_tier is FineTier.ART_99_4
    assert r.citations == ("Art. 75c(4)(a)", "Art. 99(4)")
    assert r.regime is Regime.AI_OFFICE
    unknown = row(compute_exposure(org, [ART27], as_of=AFTER_OMNIBUS), "art27")
    assert unknown.status is CeilingStatus.UNDETERMINED
    assert unknown.missing == ("ai_office_competent",)
    # Art. 75c is not in the original text and does not apply before 2 Aug 2026.
    early = row(compute_exposure(org, [ART27], as_of=BEFORE_OMNIBUS, options=office), "art27")
    assert early.status is CeilingStatus.NO_EU_CEILING


def test_a9_sme_near_zero_turnover_flagged_and_computed_literally() -> None:
    """A9: a pre-revenue SME's lower-of ceiling is computed literally (zero) and flagged."""
    report = compute_exposure(undertaking(D(0), 3), [ART5], as_of=AFTER_OMNIBUS)
    assert row(report, "art5").ceiling == D(0)
    assert row(report, "art5").status is CeilingStatus.DETERMINED
    assert "A9" in {f.code for f in report.flags}


# --------------------------------------------------------------------------- input checks and JSON


def test_fine_ref_must_match_tier() -> None:
    with pytest.raises(ValidationError, match="does not belong to tier"):
        ExposureItem(obligation_id="x", tier=FineTier.ART_99_4, fine_ref="Art. 99(3)")
    with pytest.raises(ValidationError, match=r"not a point of Art\. 99"):
        ExposureItem(obligation_id="x", tier=FineTier.ART_99_4, fine_ref="Art. 99(4)(h)")


def test_tuples_accepted_and_duplicates_rejected() -> None:
    report = compute_exposure(
        undertaking(D(10**9)), [("a", FineTier.ART_99_3, None)], as_of=AFTER_OMNIBUS
    )
    assert row(report, "a").ceiling == 70 * M
    with pytest.raises(ValueError, match="listed twice"):
        compute_exposure(undertaking(D(1)), [ART5, ART5], as_of=AFTER_OMNIBUS)


def test_json_writes_amounts_as_strings() -> None:
    report = compute_exposure(
        undertaking(D("123456789.99")), ALL, as_of=AFTER_OMNIBUS, options=NATIONAL
    )
    data = json.loads(report.model_dump_json())
    art5 = next(o for o in data["obligations"] if o["obligation_id"] == "art5")
    assert art5["ceiling"] == "35000000"
    assert art5["percentage"] == "7"
    assert art5["percentage_amount_eur"] == "8641975.29"  # rounded down to the cent
    assert data["max_ceiling"] == "35000000"
    assert D(data["max_ceiling"]) == 35 * M


# --------------------------------------------------------------------------- what-if


def test_ceiling_curve_large_and_sme() -> None:
    turnovers = linear_turnovers(1000 * M, 11)
    large = ceiling_curve(FineTier.ART_99_3, turnovers, as_of=AFTER_OMNIBUS)
    assert [p.ceiling_eur for p in large][:6] == [35 * M] * 6  # up to 500M: the fixed amount
    assert large[-1].ceiling_eur == 70 * M
    sme = ceiling_curve(
        FineTier.ART_99_3, turnovers, size_class=SizeClass.MEDIUM, as_of=AFTER_OMNIBUS
    )
    assert sme[1].ceiling_eur == 7 * M  # 7 % of 100M
    assert sme[-1].ceiling_eur == 35 * M


def test_across_size_classes() -> None:
    org = undertaking(D(120_000_000), 500)
    reports = across_size_classes(org, [ART26], as_of=AFTER_OMNIBUS, options=NATIONAL)
    ceilings = {c: row(r, "art26").ceiling for c, r in reports.items()}
    assert ceilings[SizeClass.LARGE] == 15 * M
    assert ceilings[SizeClass.SMALL_MID_CAP] == D(3_600_000)
    assert ceilings[SizeClass.MICRO] == D(3_600_000)


def test_every_citation_is_a_canonical_legal_ref() -> None:
    """Citations are canonical LegalRef text: they parse and print back unchanged."""
    refs = pytest.importorskip("aiact.refs")
    org = undertaking(D(10**9))
    office = ExposureOptions(ai_office_competent=True)
    reports = [
        compute_exposure(org, [ART5, ART26, INFO, ART27, ART25, GPAI], as_of=day, options=opts)
        for day in (BEFORE_OMNIBUS, AFTER_OMNIBUS)
        for opts in (NATIONAL, office)
    ]
    cites = {c for r in reports for o in r.obligations for c in o.citations}
    cites |= {p.citation for p in P.PARAMETERS} | {p.citation for p in ART_99_4_POINTS}
    cites |= {c for p in ART_99_4_POINTS for c in p.covers}
    for cite in cites:
        assert str(refs.LegalRef.parse(cite)) == cite


def test_the_a11_note_reads_for_the_organisation_and_the_day() -> None:
    """Round 7: the note A11 promised "the Art. 99(4) level before the AI Office (Art.
    75c(4)(a))" on every report. Art. 75c(4) applies "Article 99(3) to (7)" to the AI Office,
    not Art. 99(8) (the Member State's rules for public authorities and bodies), so a public
    body's note says that the AI Office's reach to it is not settled and that national fines on
    it are the Member State's rule; a third-country authority's that no EU rule settles them;
    and before Art. 75c applies (the original text) no note names the AI Office's level."""
    from lawquote import quote

    from aiact.penalties.exposure import _FLAG_TEXT, Offender, note_key

    quote("75c", "in accordance with Article 99(3) to (7), which provisions shall apply", "amended")
    quote(
        "99",
        "lay down rules on to what extent administrative fines may be imposed on public "
        "authorities and bodies established in that Member State",
        "both",
    )

    def note(org: Organisation, day: dt.date) -> str:
        report = compute_exposure(org, [ART27], as_of=day)
        (flag,) = [f for f in report.flags if f.code == "A11"]
        return flag.message

    body = Organisation(kind=OrganisationKind.PUBLIC_AUTHORITY, member_state="NL")
    after = note(body, AFTER_OMNIBUS)
    assert after == _FLAG_TEXT["A11.public_body"]
    assert "the Art. 99(4) level" not in after and "Art. 99(8)" in after
    assert "not settled" in after
    company = undertaking(D(10**9))
    assert note(company, AFTER_OMNIBUS) == _FLAG_TEXT["A11"]
    assert "the Art. 99(4) level before the AI Office" in _FLAG_TEXT["A11"]
    foreign = Organisation(kind=OrganisationKind.THIRD_COUNTRY_PUBLIC_AUTHORITY)
    assert note(foreign, AFTER_OMNIBUS) == _FLAG_TEXT["A11.unsettled"]
    assert "the Art. 99(4) level" not in _FLAG_TEXT["A11.unsettled"]
    before = note(company, BEFORE_OMNIBUS)
    assert before == _FLAG_TEXT["A11.national"] and "Art. 75c(4)(a)" not in before
    assert note(body, BEFORE_OMNIBUS) == _FLAG_TEXT["A11.national.public_body"]
    assert "Art. 99(8)" in _FLAG_TEXT["A11.national.public_body"]
    # the key is the note's; every other code is its own
    assert note_key("A10", Offender.PUBLIC_BODY, LawVersion.AMENDED, AFTER_OMNIBUS) == "A10"


def test_the_a11_note_is_right_in_dutch_for_a_public_body() -> None:
    """The Dutch report of a municipality (examples/municipal-chatbot.yaml) prints the public
    body's note (Art. 99(8); Art. 75c(4) not settled for it), not the Art. 99(4) level; the same
    case for a company still prints that level."""
    from pathlib import Path

    import aiact
    from aiact.views import assessment_markdown

    case = aiact.load_case(Path(__file__).resolve().parents[1] / "examples/municipal-chatbot.yaml")
    municipality = case.assess()
    assert municipality.exposure.offender.value == "public_body"
    text = assessment_markdown(municipality, lang="nl")
    assert "| Opmerking A11 |" in text
    assert "bepaalt de lidstaat (artikel 99, lid 8)" in text and "staat niet vast" in text
    assert "maar wel het niveau van artikel 99, lid 4, bij het AI-bureau" not in text
    company = case.model_copy(
        update={"organisation": Organisation(kind=OrganisationKind.PRIVATE_UNDERTAKING)}
    ).assess()
    text = assessment_markdown(company, lang="nl")
    assert "maar wel het niveau van artikel 99, lid 4, bij het AI-bureau" in text


def test_the_a11_note_says_to_what_extent_and_names_the_version() -> None:
    """Review of round 7: Art. 99(8) leaves to each Member State "to what extent administrative
    fines may be imposed on public authorities and bodies" (Dutch "in hoeverre"), not only
    whether; the public body's A11 notes say so in English and Dutch. Before Art. 75c applies
    the note says the AI Office's fines do not apply "under this version of the Act on this
    date": under Regulation (EU) 2024/1689 as published there is no Art. 75c at all, so the
    date alone is not the reason."""
    from lawquote import quote

    from aiact.i18n import pt
    from aiact.penalties.exposure import _FLAG_TEXT

    quote("99", "to what extent administrative fines may be imposed on public authorities", "both")
    for key in ("A11.public_body", "A11.national.public_body"):
        assert "to what extent fines may be imposed" in _FLAG_TEXT[key]
        assert "whether" not in _FLAG_TEXT[key]
        assert "in hoeverre aan een overheidsinstantie" in pt("fine-note", key, "nl")
    for key in ("A11.national", "A11.national.public_body"):
        assert "under this version of the Act on this date" in _FLAG_TEXT[key]
        assert "niet in deze versie van de verordening op deze datum" in pt("fine-note", key, "nl")
