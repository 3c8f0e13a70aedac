"""The second reading of the date rules (h/review-timing): each test quotes the text whose date,
route condition or citation it holds the rules to (aiact/rules/timing.py, aiact/rules/
transitional.py, aiact/penalties/exposure.py). The reviews are recorded in
tests/data/coverage/reviews.yaml."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from timecases import ANNEX_I_MEDICAL, assess, quoted, system

from aiact.facts import Organisation, OrganisationKind
from aiact.penalties import CeilingStatus, ExposureItem, FineTier, Reason, compute_exposure
from aiact.refs import ref
from aiact.rules.timing import SYSTEM_DATE_RULES

D = dt.date
RULES = {rule.name: rule for rule in SYSTEM_DATE_RULES}


def _sources(name: str, law: str) -> list[str]:
    from aiact.versions import LawVersion

    return [case.source for case in RULES[name].cases_for(LawVersion.parse(law))]


# --------------------------------------------------------------------------- Art. 113, point (c)


def test_original_point_c_defers_only_art_6_1() -> None:
    """Original Art. 113, third paragraph: "It shall apply from 2 August 2026." and point (c):
    "Article 6(1) and the corresponding obligations in this Regulation shall apply from
    2 August 2027". An Annex III system (Art. 6(2)) takes the date of the second paragraph;
    only the Annex I route is dated by point (c)."""
    quoted("It shall apply from 2 August 2026.")
    quoted("Article 6(1) and the corresponding obligations in this Regulation shall apply from "
           "2 August 2027")  # fmt: skip
    assert _sources("tier.high_risk", "original") == [
        "Art. 113, second paragraph",
        "Art. 113, third paragraph, point (c)",
    ]
    hr = system(annex_iii=["4a"], placed_on_market=D(2028, 1, 1))
    (change,) = assess(hr, "2026-05-01", law="original").tier_changes
    assert change.date == D(2026, 8, 2)
    assert change.citations[0] == ref("Art. 113, second paragraph")
    annex_i = system(annex_i=ANNEX_I_MEDICAL, placed_on_market=D(2028, 1, 1))
    (change,) = assess(annex_i, "2026-05-01", law="original").tier_changes
    assert change.date == D(2027, 8, 2)
    assert change.citations[0] == ref("Art. 113, third paragraph, point (c)")


def test_amended_point_c_dates_each_route_in_its_own_point() -> None:
    """Amended point (c): "Chapter III, Sections 1, 2, and 3, with the exception of Article 6(5),
    shall apply from: (i) 2 December 2027 as regards AI systems classified as high-risk pursuant
    to Article 6(2) and Annex III; and (ii) 2 August 2028 as regards AI systems classified as
    high-risk pursuant to Article 6(1) and Annex I"."""
    quoted("(i) 2 December 2027 as regards AI systems classified as high-risk pursuant to "
           "Article 6(2) and Annex III", "omnibus")  # fmt: skip
    quoted("(ii) 2 August 2028 as regards AI systems classified as high-risk pursuant to "
           "Article 6(1) and Annex I", "omnibus")  # fmt: skip
    assert _sources("tier.high_risk", "amended") == [
        "Art. 113, third paragraph, point (c)(i)",
        "Art. 113, third paragraph, point (c)(ii)",
    ]
    hr = system(annex_iii=["4a"], placed_on_market=D(2028, 1, 1))
    (change,) = assess(hr, "2026-09-01", law="amended").tier_changes
    assert (change.date, change.citations[0]) == (
        D(2027, 12, 2),
        ref("Art. 113, third paragraph, point (c)(i)"),
    )
    annex_i = system(annex_i=ANNEX_I_MEDICAL, placed_on_market=D(2029, 1, 1))
    (change,) = assess(annex_i, "2026-09-01", law="amended").tier_changes
    assert (change.date, change.citations[0]) == (
        D(2028, 8, 2),
        ref("Art. 113, third paragraph, point (c)(ii)"),
    )


def test_section_5_label_follows_the_version() -> None:
    """A1 is a question about the amended point (c) ("Chapter III, Sections 1, 2, and 3"); under
    the original point (c) ("Article 6(1) and the corresponding obligations") an Annex III
    system's Section 5 and Chapter IX duties take the general date whatever the reading, and the
    label must not quote the amended wording."""
    hr = system(annex_iii=["4a"], placed_on_market=D(2028, 1, 1))
    a = assess(hr, "2026-05-01", law="original", high_risk_gating="literal")
    art43 = a.obligation("art43")
    assert art43.applies_from == D(2026, 8, 2)
    (index,) = a.date("from.high_risk_gated_base").cases
    case = RULES["from.high_risk_gated_base"].cases[index]
    assert "Sections 1-3" not in case.label_en
    assert "'Article 6(1) and the corresponding obligations'" in case.label_en
    assert case.source == "Art. 113, second paragraph"


# --------------------------------------------------------------------------- Art. 113, point (a)

BA = {
    "ba_generates_intimate_imagery_without_consent": True,
    "ba_only_manipulation_not_increasing_exposure": False,
    "ba_intended_purpose": True,
}


def test_point_h_dates_the_prohibition_only_for_its_deployer() -> None:
    """Art. 5(1)(h) prohibits "the use of 'real-time' remote biometric identification systems in
    publicly accessible spaces for the purposes of law enforcement"; amended point (a): points
    (ba) and (bb) "shall apply from 2 December 2026". A provider (not a deployer) of a system of
    the (h) kind that also generates the imagery of point (ba) is prohibited through (ba) only,
    so its practice is prohibited from 2 December 2026, not from 2 February 2025 (before the
    review the date rule read art5.h without the deployer, unlike art5.any)."""
    quoted("the use of ‘real-time’ remote biometric identification systems in publicly "
           "accessible spaces for the purposes of law enforcement")  # fmt: skip
    quoted("Article 5(1a) and (1b) which shall apply from 2 December 2026", "omnibus")
    provider = system(prohibited={**BA, "h_realtime_rbi_public_spaces_law_enforcement": True},
                      profiling=False, annex_iii=["1a"])  # fmt: skip
    a = assess(provider, "2026-09-01", law="amended")
    assert a.value("art5.h") is True and a.value("role.deployer") is False
    assert a.date("tier.prohibited").value == D(2026, 12, 2)
    assert a.risk_tier.value != "prohibited"
    deployer = system(prohibited={**BA, "h_realtime_rbi_public_spaces_law_enforcement": True},
                      profiling=False, annex_iii=["1a"], roles=("deployer",))  # fmt: skip
    b = assess(deployer, "2026-09-01", law="amended")
    assert b.date("tier.prohibited").value == D(2025, 2, 2)


# --------------------------------------------------------------------------- Chapter XII, Art. 101


def _undertaking() -> Organisation:
    return Organisation(
        kind=OrganisationKind.PRIVATE_UNDERTAKING,
        annual_turnover_eur=Decimal(10**9),
        headcount=5000,
        part_of_group=False,
    )


def test_art_101_takes_the_general_date() -> None:
    """Art. 113, third paragraph, point (b): "Chapter III Section 4, Chapter V, Chapter VII and
    Chapter XII and Article 78 shall apply from 2 August 2025, with the exception of Article
    101"; so Art. 101 applies from the second paragraph's date, and that is the citation."""
    quoted("Chapter XII and Article 78 shall apply from 2 August 2025, with the exception of "
           "Article 101")  # fmt: skip
    gpai = ExposureItem(obligation_id="art53", tier=FineTier.ART_101, fine_ref="Art. 101(1)")
    report = compute_exposure(_undertaking(), [gpai], as_of=D(2026, 8, 1))
    (row,) = report.obligations
    assert row.status is CeilingStatus.NOT_YET_APPLICABLE
    assert row.reason is Reason.ART_101_NOT_YET_APPLICABLE
    assert row.citations == ("Art. 101(1)", "Art. 113, second paragraph")
    (row,) = compute_exposure(_undertaking(), [gpai], as_of=D(2026, 8, 2)).obligations
    assert row.status is CeilingStatus.DETERMINED


def test_chapter_xii_cites_point_b() -> None:
    """Art. 113, third paragraph, point (b): Chapter XII (Arts. 99-101) applies from
    2 August 2025; before it no fine, cited to point (b), not to Art. 113 as a whole."""
    quoted("(b) Chapter III Section 4, Chapter V, Chapter VII and Chapter XII and Article 78 "
           "shall apply from 2 August 2025")  # fmt: skip
    art5 = ExposureItem(obligation_id="art5", tier=FineTier.ART_99_3, fine_ref="Art. 99(3)")
    (row,) = compute_exposure(_undertaking(), [art5], as_of=D(2025, 8, 1)).obligations
    assert row.reason is Reason.PENALTIES_NOT_YET_APPLICABLE
    assert row.citations == ("Art. 113, third paragraph, point (b)",)
