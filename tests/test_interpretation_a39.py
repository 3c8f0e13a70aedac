"""Round 15: reading A39 named (docs/adr/0043-a39-art100-3-scope.md; audit15b D3).

Art. 100(3): "The non-compliance of the AI system with any requirements or obligations under this
Regulation, other than those laid down in Article 5, shall be subject to administrative fines of
up to EUR 750 000". Default ``any_obligation``: every duty of a Union institution other than Art.
5 (its AI literacy, its deployer duties, Arts. 49(3), 86 ...), flagged A39 where the reading
bears on the row. Alternative ``system_only``: only the system's own non-compliance (Arts. 8-15
through Art. 16(a), Art. 16(l), Art. 50(1), 50(2)); every other duty of the institution has no
fine under Art. 100. Exposure only; Art. 100 is not amended by 2026/1744.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lawquote import quote, quote_nl
from timecases import system

import aiact
from aiact.interpretations import CODES, DEFAULT_INTERPRETATIONS, Art100Paragraph3Scope
from aiact.obligations import catalogue
from aiact.penalties import parameters as P
from aiact.penalties.exposure import (
    CeilingStatus,
    ExposureItem,
    ExposureOptions,
    Reason,
    compute_exposure,
)
from aiact.penalties.tiers import FineTier
from aiact.testing.strategies import organisations
from aiact.versions import LawVersion

DEFAULT = Art100Paragraph3Scope.ANY_OBLIGATION.value
ALTERNATIVE = Art100Paragraph3Scope.SYSTEM_ONLY.value
READINGS = (DEFAULT, ALTERNATIVE)
LAWS = ("original", "amended")
PLACED = dt.date(2028, 1, 5)
UNION = aiact.Organisation(kind="union_institution", established_in_eu=True)  # type: ignore[arg-type]
# art72_4_financial (Art. 72(4)) shapes how the plan of art72_3 is kept, fined through Art.
# 16(a) as that plan is (review40: it cites the route of its fine), so it follows art72_3.
# perm33: art8_2 (Art. 8(2), in Section 2) and art72_4 (Art. 72(4), first subparagraph, citing
# Art. 16(a) as art72_4_financial does) are read into the set by the same rule; both are
# permissions, which are never in the fine exposure, so the flag has no effect on them.
# perm33b: art9_10 (Art. 9(10), in Section 2) joins by the same rule; art17_3 (Art. 17(3),
# fined through Art. 16(c)) does not, as art17 does not.
SYSTEM_COMPLIANCE = {
    "art9", "art10", "art11", "art11_2", "art12", "art13", "art14", "art15", "art72_3",
    "art72_4_financial", "art16_l", "art50_1", "art50_2", "art8_2", "art72_4", "art9_10",
}  # fmt: skip


def _assess(roles: tuple[str, ...], law: str, reading: str) -> aiact.Assessment:
    s = system(
        roles=roles,
        annex_iii=["4a"],
        context={"workplace_use": True},
        placed_on_market=PLACED,
        put_into_service=PLACED,
    )
    return aiact.assess(s, UNION, "2028-03-01", law, interpretations={"A39": reading})


def test_the_text() -> None:
    quote(
        "100",
        "The non-compliance of the AI system with any requirements or obligations under this "
        "Regulation, other than those laid down in Article 5, shall be subject to administrative "
        "fines of up to EUR 750 000",
        "both",
    )
    quote("100", "Non-compliance with the prohibition of the AI practices referred to in", "both")
    quote(
        "100",
        "The European Data Protection Supervisor may impose administrative fines on Union "
        "institutions, bodies, offices and agencies falling within the scope of this Regulation",
        "both",
    )
    quote("100", "technical and organisational measures implemented by them", "both")
    quote("8", "High-risk AI systems shall comply with the requirements laid down in this Section",
          "both")  # fmt: skip
    quote("16", "ensure that their high-risk AI systems are compliant with the requirements set "
          "out in Section 2", "both")  # fmt: skip
    quote("16", "ensure that the high-risk AI system complies with accessibility requirements",
          "both")  # fmt: skip
    quote("74", "the European Data Protection Supervisor shall act as their market surveillance "
          "authority", "both")  # fmt: skip
    quote("99", "Non-compliance with any of the following provisions related to operators or "
          "notified bodies", "both")  # fmt: skip
    quote_nl(
        "Voor de non-conformiteit van het AI-systeem met eisen of verplichtingen krachtens deze "
        "verordening, uitgezonderd die bepaald in artikel 5, gelden administratieve geldboeten "
        "tot 750 000 EUR."
    )


def test_a39_is_a_named_switch_read_by_the_exposure_only() -> None:
    assert CODES["A39"] == "art100_3_scope"
    assert DEFAULT_INTERPRETATIONS.art100_3_scope is Art100Paragraph3Scope.ANY_OBLIGATION
    assert DEFAULT_INTERPRETATIONS.labels()["A39"] == DEFAULT
    assert not any("a39" in fact for fact in DEFAULT_INTERPRETATIONS.as_facts())
    assert not any(o.interpretation == "A39" for o in catalogue())


def test_the_system_compliance_set() -> None:
    """The set of system_only, read off the catalogue's sources and Art. 16 points."""
    assert {o.id for o in catalogue() if o.system_compliance} == SYSTEM_COMPLIANCE


@pytest.mark.parametrize("law", LAWS)
def test_default_any_obligation_of_a_deployer(law: str) -> None:
    a = _assess(("deployer",), law, DEFAULT)
    rows = {o.obligation_id: o for o in a.exposure.obligations}
    for oid in ("art4_1" if law == "original" else "art4", "art26_1", "art26_7"):
        if oid not in rows:
            continue
        assert rows[oid].ceiling == Decimal(750_000), oid
        assert rows[oid].citations == ("Art. 100(3)",) and "A39" in rows[oid].flags
    assert "art26_1" in rows


@pytest.mark.parametrize("law", LAWS)
def test_system_only_deployer_duties_carry_no_fine(law: str) -> None:
    a = _assess(("deployer",), law, ALTERNATIVE)
    rows = {o.obligation_id: o for o in a.exposure.obligations}
    assert "art26_1" in rows
    for row in rows.values():
        assert row.status is CeilingStatus.NO_FINE and row.ceiling == Decimal(0), row
        assert row.reason is Reason.NOT_SYSTEM_NON_COMPLIANCE and "A39" in row.flags
        assert "Art. 100(3)" in row.citations and "Art. 74(9)" in row.citations


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", READINGS)
def test_a_provider_keeps_750000_for_the_system_requirements(law: str, reading: str) -> None:
    a = _assess(("provider",), law, reading)
    rows = {o.obligation_id: o for o in a.exposure.obligations}
    for oid in ("art9", "art14", "art15"):
        assert rows[oid].ceiling == Decimal(750_000) and "A39" not in rows[oid].flags
    for oid in ("art17", "art21", "art47"):
        if reading == DEFAULT:
            assert rows[oid].ceiling == Decimal(750_000)
        else:
            assert rows[oid].status is CeilingStatus.NO_FINE


@pytest.mark.parametrize("reading", READINGS)
def test_art5_keeps_1500000(reading: str) -> None:
    items = [ExposureItem(obligation_id="art5_1_f", tier=FineTier.ART_99_3,
                          fine_ref="Art. 99(3)")]  # fmt: skip
    report = compute_exposure(
        UNION, items, as_of=dt.date(2026, 12, 5),
        options=ExposureOptions(art100_3_scope=reading),  # type: ignore[arg-type]
    )  # fmt: skip
    assert report.obligations[0].ceiling == Decimal(1_500_000)


def test_options_given_explicitly_win_over_the_reading() -> None:
    s = system(roles=("deployer",), annex_iii=["4a"], placed_on_market=PLACED,
               put_into_service=PLACED)  # fmt: skip
    a = aiact.assess(
        s, UNION, "2028-03-01", interpretations={"A39": ALTERNATIVE},
        exposure_options=ExposureOptions(art100_3_scope=Art100Paragraph3Scope.ANY_OBLIGATION),
    )  # fmt: skip
    assert {o.obligation_id: o for o in a.exposure.obligations}["art26_1"].ceiling == 750_000
    # Options that do not set it take the reading.
    b = aiact.assess(s, UNION, "2028-03-01", interpretations={"A39": ALTERNATIVE},
                     exposure_options=ExposureOptions())  # fmt: skip
    assert {o.obligation_id: o for o in b.exposure.obligations}["art26_1"].ceiling == 0


@st.composite
def _items(draw: st.DrawFn) -> list[ExposureItem]:
    tiers = [
        (FineTier.ART_99_3, "Art. 99(3)"), (FineTier.ART_99_4, "Art. 99(4)(a)"),
        (FineTier.ART_99_4, "Art. 99(4)(e)"), (FineTier.ART_99_5, "Art. 99(5)"),
        (FineTier.NATIONAL_ONLY, None), (FineTier.NO_PENALTY, None),
        (FineTier.ART_101, "Art. 101(1)"),
    ]  # fmt: skip
    out = []
    for i in range(draw(st.integers(min_value=1, max_value=6))):
        tier, ref = draw(st.sampled_from(tiers))
        out.append(
            ExposureItem(
                obligation_id=f"o{i}", tier=tier, fine_ref=ref, chapter_v=draw(st.booleans()),
                system_compliance=draw(st.booleans()),
            )
        )  # fmt: skip
    return out


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    organisation=organisations(),
    items=_items(),
    day=st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2030, 12, 31)),
    law=st.sampled_from(tuple(LawVersion)),
    a37=st.sampled_from(("national_penalties", "commission_only")),
)
def test_the_reading_changes_only_union_rows_that_are_not_the_systems(
    organisation: aiact.Organisation,
    items: list[ExposureItem],
    day: dt.date,
    law: LawVersion,
    a37: str,
) -> None:
    """Under system_only only the rows of a Union institution's duties that are neither Art. 5
    nor the system's own requirements (nor fined by the Commission, Art. 101, or left to it,
    A37) change, each to 'no fine'; every other row is the same under both readings."""
    rows = {}
    for reading in READINGS:
        options = ExposureOptions(
            art100_3_scope=reading,  # type: ignore[arg-type]
            art54_representative_penalties=a37,  # type: ignore[arg-type]
        )
        report = compute_exposure(organisation, items, as_of=day, law=law, options=options)
        rows[reading] = {r.obligation_id: r for r in report.obligations}
    for item in items:
        before, after = rows[DEFAULT][item.obligation_id], rows[ALTERNATIVE][item.obligation_id]
        named = (
            organisation.kind == "union_institution"
            and item.tier not in (FineTier.ART_99_3, FineTier.ART_101)
            and not item.system_compliance
            and day >= P.CHAPTER_XII_APPLIES_FROM
            and not (item.chapter_v and a37 == "commission_only")
        )
        if not named:
            assert before == after, item
        else:
            assert before.ceiling == Decimal(750_000) and "A39" in before.flags
            assert after.status is CeilingStatus.NO_FINE, item
            assert after.reason is Reason.NOT_SYSTEM_NON_COMPLIANCE
