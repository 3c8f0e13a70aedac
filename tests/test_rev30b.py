"""rev30b (round 30): what applies from 2 December 2026 (independent legal probe, 7 Dec 2026).

Texts: Regulation (EU) 2024/1689, Art. 113 as amended by Regulation (EU) 2026/1744, Art. 1,
point (40); Art. 111 as amended by point (39); Art. 4 of 2026/1744 (entry into force on the third
day after publication on 24 July 2026: 27 July 2026). No defect was found: every test here pins
sound behaviour (benchmarks/rev30b_probe.py checks the same around every date of the window).
"""

from __future__ import annotations

import datetime as dt
import types
from typing import Any

import pytest

import aiact
import aiact.api
from aiact.assessment import RiskTier
from aiact.timeline.dates import DateKey, date_of

D = dt.date

ORG = {"kind": "private_undertaking", "member_state": "NL", "established_in_eu": True}
ROLES_PLACING = ("provider", "importer", "distributor", "product_manufacturer")


def _system(
    role: str = "provider", placed: str | None = "2026-09-01", annex: bool = False, **facts: Any
) -> dict[str, Any]:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import rev30b_probe as probe

    values: dict[tuple[str, ...], Any] = {path: False for path, _ in probe.VARIABLES}
    values[("placed_on_market",)] = placed
    for name, value in facts.items():
        section = "transparency" if name.startswith("generates_") else "prohibited"
        values[(section, name)] = value
    system: dict[str, Any] = probe._system(role, annex, values)
    return system


def _row(a: aiact.Assessment, oid: str) -> Any:
    return next(r for r in a.obligation_results if r.id == oid)


BA_PLACING = {"ba_generates_intimate_imagery_without_consent": True, "ba_intended_purpose": True}
BB_USE = {"bb_generates_child_sexual_abuse_material": True, "bb_used_for_that_purpose": True}


@pytest.mark.parametrize("role", ROLES_PLACING)
@pytest.mark.parametrize(
    ("day", "status", "tier"),
    [
        ("2026-12-01", "upcoming", RiskTier.MINIMAL),
        ("2026-12-02", "in_force", RiskTier.PROHIBITED),
        ("2026-12-07", "in_force", RiskTier.PROHIBITED),
    ],
)
def test_ba_placing_prohibited_from_2_december_2026(
    role: str, day: str, status: str, tier: RiskTier
) -> None:
    """Amended Art. 113, third paragraph, point (a): "Chapters I and II shall apply from 2 February
    2025, with the exception of Article 5(1), first subparagraph, points (ba) and (bb), and
    Article 5(1a) and (1b) which shall apply from 2 December 2026"; Art. 5(1a)(a): the placing on
    the market or putting into service "is only prohibited where: (i) that generation or
    manipulation is the intended purpose of the AI system". Every placing role (the distributor
    under the default of A24), the version chosen by the date."""
    a = aiact.assess(_system(role, **BA_PLACING), ORG, as_of=day)
    assert a.law is aiact.LawVersion.AMENDED and a.law_chosen == "as_of"
    row = _row(a, "art5_1_ba")
    assert row.applies is True
    assert row.applies_from == D(2026, 12, 2)
    assert row.status.value == status
    assert a.risk_tier is tier
    assert row.obligation.fine.value == "art_99_3"  # Art. 99(3): EUR 35 000 000 or 7 %


@pytest.mark.parametrize("day", ["2026-12-01", "2026-12-02"])
def test_bb_use_binds_the_deployer_and_counts_in_99_3_only_from_2_december(day: str) -> None:
    """Art. 5(1a)(b): "the use of an AI system that generates or manipulates the material or
    performance referred to in paragraph 1, first subparagraph, points (ba) and (bb) is only
    prohibited where the deployer uses the system for the purpose of generating or manipulating
    such material or performance"; Art. 99(3): "Non-compliance with the prohibition of the AI
    practices referred to in Article 5 shall be subject to administrative fines of up to EUR
    35 000 000 or ... 7 %". Before 2 December 2026 it is not yet binding (amended Art. 113(a))."""
    a = aiact.assess(_system("deployer", **BB_USE), ORG, as_of=day)
    row = _row(a, "art5_1_bb")
    assert row.applies is True and row.applies_from == D(2026, 12, 2)
    counted = {o.obligation_id: o for o in a.exposure.obligations}
    if day == "2026-12-01":
        assert "art5_1_bb" not in counted
        assert "art5_1_bb" in a.exposure.not_yet_binding
    else:
        assert counted["art5_1_bb"].tier.value == "art_99_3"


def test_ba_deployer_not_using_for_that_purpose_not_bound() -> None:
    """Art. 5(1a)(b): use "is only prohibited where the deployer uses the system for the purpose
    of generating or manipulating such material"; a deployer of a system whose intended purpose it
    is, that does not use it so, is not bound (the provider's placing is, Art. 5(1a)(a))."""
    a = aiact.assess(_system("deployer", **BA_PLACING), ORG, as_of="2026-12-07")
    assert _row(a, "art5_1_ba").applies is False


def test_art5_1b_no_manipulation_no_prohibition() -> None:
    """Art. 5(1b): "an AI system that manipulates material in a way that does not increase the
    exposure of any depicted intimate parts or alter the nature of any depicted sexually explicit
    activities shall not constitute manipulation"."""
    facts = {**BA_PLACING, "ba_only_manipulation_not_increasing_exposure": True}
    a = aiact.assess(_system("provider", **facts), ORG, as_of="2026-12-07")
    assert _row(a, "art5_1_ba").applies is False
    assert a.risk_tier is not RiskTier.PROHIBITED


@pytest.mark.parametrize("role", ["provider", "deployer"])
def test_legacy_high_risk_system_not_sheltered_from_the_new_prohibitions(role: str) -> None:
    """Amended Art. 111(2): "Without prejudice to the application of Article 5 as referred to in
    Article 113, third paragraph, point (a), this Regulation shall apply to operators of
    high-risk AI systems ... placed on the market or put into service before the date of
    application of Chapter III ... only if ... subject to significant changes in their designs".
    An unchanged Annex III system placed in 2025 is bound by point (ba) from 2 December 2026."""
    facts = {**BA_PLACING, "ba_used_for_that_purpose": True, "annex": True}
    for day, status in (("2026-12-01", "upcoming"), ("2026-12-02", "in_force")):
        a = aiact.assess(_system(role, placed="2025-01-01", **facts), ORG, as_of=day)
        row = _row(a, "art5_1_ba")
        assert row.applies is True and row.status.value == status
        assert row.applies_from == D(2026, 12, 2) and row.timing.grace == "none"
        assert _row(a, "art9").applies is not True  # Chapter III: sheltered (Art. 111(2))


@pytest.mark.parametrize("day", ["2026-12-01", "2026-12-07"])
def test_original_text_has_no_ba_bb(day: str) -> None:
    """The published Art. 5(1) has points (a) to (h) only: (ba) and (bb) were inserted by
    Regulation (EU) 2026/1744, Art. 1, point (7)(a); an explicit original text never binds them."""
    a = aiact.assess(_system(**BA_PLACING), ORG, as_of=day, law="original")
    assert a.law is aiact.LawVersion.ORIGINAL and a.law_chosen == "explicit"
    new = [r for r in a.obligation_results if r.id in ("art5_1_ba", "art5_1_bb")]
    assert all(r.applies is False for r in new)
    assert a.risk_tier is not RiskTier.PROHIBITED


@pytest.mark.parametrize(
    ("day", "version"),
    [("2026-07-26", "ORIGINAL"), ("2026-07-27", "AMENDED"), ("2026-12-07", "AMENDED")],
)
def test_version_by_date(day: str, version: str) -> None:
    """Art. 4 of Regulation (EU) 2026/1744: "This Regulation shall enter into force on the third
    day following that of its publication in the Official Journal" (24 July 2026): 27 July 2026."""
    a = aiact.assess(_system(), ORG, as_of=day)
    assert a.law.name == version and a.law_chosen == "as_of"


def test_clock_read_chooses_the_amended_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no date the library reads the clock; on 7 December 2026 the amended text governs (Art.
    4 of 2026/1744) and the new prohibitions bind (amended Art. 113(a): from 2 December 2026)."""

    class Today(dt.date):
        @classmethod
        def today(cls) -> Today:
            return cls(2026, 12, 7)

    monkeypatch.setattr(aiact.api, "dt", types.SimpleNamespace(date=Today, datetime=dt.datetime))
    a = aiact.assess(_system(**BA_PLACING), ORG)
    assert a.as_of == D(2026, 12, 7)
    assert a.law is aiact.LawVersion.AMENDED and a.law_chosen == "as_of"
    assert _row(a, "art5_1_ba").status.value == "in_force"
    assert a.risk_tier is RiskTier.PROHIBITED


@pytest.mark.parametrize(
    ("placed", "day", "applies_from", "status"),
    [
        ("2026-08-01", "2026-12-01", D(2026, 12, 2), "upcoming"),
        ("2026-08-01", "2026-12-02", D(2026, 12, 2), "in_force"),
        ("2026-08-02", "2026-12-01", D(2026, 8, 2), "in_force"),
    ],
)
def test_art111_4_art50_2_by_2_december_2026(
    placed: str, day: str, applies_from: dt.date, status: str
) -> None:
    """Amended Art. 111(4): "Providers of AI systems ... generating synthetic audio, image, video or
    text content, that have been placed on the market before 2 August 2026 shall take the
    necessary steps in order to comply with Article 50(2) by 2 December 2026"; otherwise Art. 50
    applies on the general date (Art. 113, second paragraph: 2 August 2026)."""
    system = _system("provider", placed=placed, generates_synthetic_image=True)
    row = _row(aiact.assess(system, ORG, as_of=day), "art50_2")
    assert row.applies is True
    assert row.applies_from == applies_from and row.status.value == status


def test_window_dates_declared_as_in_the_text() -> None:
    """Amended Art. 113, third paragraph: (a) 2 December 2026, (c)(i) 2 December 2027, (c)(ii)
    2 August 2028, (d) "Articles 102 to 110 shall apply from 27 July 2026"; Art. 111(3) "by
    2 August 2027" and 111(1) "before 2 August 2027" (unchanged); the published point (c)
    (2 August 2027) is not in the amended text."""
    amended = aiact.LawVersion.AMENDED
    assert date_of(DateKey.NEW_PROHIBITIONS, amended).date == D(2026, 12, 2)
    assert date_of(DateKey.ARTS_102_110, amended).date == D(2026, 7, 27)
    assert date_of(DateKey.AMENDED_TEXT_IN_FORCE, amended).date == D(2026, 7, 27)
    assert date_of(DateKey.GENERAL, amended).date == D(2026, 8, 2)
    assert date_of(DateKey.ART50_2_LEGACY_DEADLINE, amended).date == D(2026, 12, 2)
    assert date_of(DateKey.GPAI_LEGACY_DEADLINE, amended).date == D(2027, 8, 2)
    assert date_of(DateKey.ANNEX_X_CUTOFF, amended).date == D(2027, 8, 2)
    assert date_of(DateKey.HIGH_RISK_ANNEX_III, amended).date == D(2027, 12, 2)
    assert date_of(DateKey.HIGH_RISK_ANNEX_I, amended).date == D(2028, 8, 2)
    assert date_of(DateKey.HIGH_RISK_ANNEX_I, aiact.LawVersion.ORIGINAL).date == D(2027, 8, 2)


def test_replaced_art4_applies_from_its_entry_into_force() -> None:
    """Art. 4 as replaced by 2026/1744, Art. 1, point (5) ("Providers and deployers of AI systems
    shall take measures to support the development of AI literacy"): Chapter I applies from
    2 February 2025 (Art. 113(a)), the new wording not before 27 July 2026 (Art. 4 of
    2026/1744; reading A13)."""
    a = aiact.assess(_system(), ORG, as_of="2026-12-07")
    row = _row(a, "art4_1")
    assert row.applies is True and row.applies_from == D(2026, 7, 27)


def test_smc_lower_of_from_the_amended_text() -> None:
    """Art. 99(6a), inserted by 2026/1744 Art. 1, point (38)(c): "In the case of SMCs, each fine
    referred to in paragraphs 4 and 5 shall be up to the percentages or amount referred therein,
    whichever is lower". An SMC (400 staff, EUR 120 million turnover): Art. 50(2) ceiling
    3 % = EUR 3.6 million under the amended text, EUR 15 million under the original."""
    org = {
        **ORG,
        "headcount": 400,
        "annual_turnover_eur": 120_000_000,
        "balance_sheet_total_eur": 100_000_000,
        "part_of_group": False,
    }
    system = _system("provider", generates_synthetic_image=True)
    for law, ceiling in ((None, "3600000"), ("original", "15000000")):
        a = aiact.assess(system, org, as_of="2026-12-07", law=law)
        got = {o.obligation_id: o for o in a.exposure.obligations}["art50_2"]
        assert str(got.ceiling) == ceiling


def test_probe_smoke() -> None:
    """The probe finds no counter-example on a small sample (the round-30 run: 3,000 cases)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import rev30b_probe as probe

    assert probe.main(["--n", "30", "--seed", "3"]) == 0
