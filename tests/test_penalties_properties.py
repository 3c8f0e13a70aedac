"""Property tests of the fine exposure (Arts. 99-101): monotone in turnover, SME relief never
above the large undertaking's ceiling, never negative, maximum = maximum of the breakdown."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from aiact.facts import GroupFigures, Organisation, OrganisationKind, SizeClass
from aiact.penalties import (
    ExposureItem,
    ExposureOptions,
    FineTier,
    compute_exposure,
)
from aiact.versions import LawVersion

turnovers = st.decimals(
    min_value=Decimal(0), max_value=Decimal(10) ** 12, places=2, allow_nan=False
)
dates = st.dates(min_value=dt.date(2024, 8, 1), max_value=dt.date(2030, 12, 31))
laws = st.sampled_from([None, LawVersion.ORIGINAL, LawVersion.AMENDED])
tiers = st.sampled_from(list(FineTier))
sizes = st.sampled_from(list(SizeClass))
kinds = st.sampled_from([None, *OrganisationKind])
flags = st.sampled_from([None, True, False])
maybe_int = st.one_of(st.none(), st.integers(min_value=0, max_value=100_000))
maybe_money = st.one_of(st.none(), turnovers)


def ceiling(
    tier: FineTier, size: SizeClass, turnover: Decimal, as_of: dt.date, law
) -> Decimal | None:  # type: ignore[no-untyped-def]
    org = Organisation(
        kind=OrganisationKind.PRIVATE_UNDERTAKING,
        annual_turnover_eur=turnover,
        size_class=size,
        part_of_group=False,
    )
    item = ExposureItem(obligation_id="o", tier=tier)
    options = ExposureOptions(ai_office_competent=False)
    return (
        compute_exposure(org, [item], as_of=as_of, law=law, options=options).obligations[0].ceiling
    )


@settings(max_examples=300)
@given(tiers, sizes, turnovers, turnovers, dates, laws)
def test_ceiling_monotone_non_decreasing_in_turnover(tier, size, t1, t2, as_of, law):  # type: ignore[no-untyped-def]
    low, high = sorted((t1, t2))
    c_low, c_high = ceiling(tier, size, low, as_of, law), ceiling(tier, size, high, as_of, law)
    assert (c_low is None) == (c_high is None)
    if c_low is not None and c_high is not None:
        assert c_low <= c_high


@settings(max_examples=300)
@given(
    tiers,
    st.sampled_from([SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM]),
    turnovers,
    dates,
    laws,
)
def test_sme_never_above_large_at_same_turnover(tier, sme, turnover, as_of, law):  # type: ignore[no-untyped-def]
    """Art. 99(6) only lowers; Art. 99(6a) likewise for SMCs."""
    large = ceiling(tier, SizeClass.LARGE, turnover, as_of, law)
    for size in (sme, SizeClass.SMALL_MID_CAP):
        small = ceiling(tier, size, turnover, as_of, law)
        if small is not None and large is not None:
            assert small <= large


@st.composite
def organisations(
    draw: st.DrawFn,
    heads: st.SearchStrategy[int | None] = maybe_int,
    money: st.SearchStrategy[Decimal | None] = maybe_money,
) -> Organisation:
    """Organisations whose headcounts and amounts (the entity's and the group's) are drawn from
    ``heads`` and ``money``."""
    part_of_group = draw(flags)
    group = None
    if part_of_group is not False and draw(st.booleans()):
        group = GroupFigures(
            headcount=draw(heads),
            annual_turnover_eur=draw(money),
            balance_sheet_total_eur=draw(money),
        )
    kind = draw(kinds)
    member_state = draw(st.sampled_from([None, "NL", "DE"]))
    if kind in (
        OrganisationKind.THIRD_COUNTRY_PUBLIC_AUTHORITY,
        OrganisationKind.INTERNATIONAL_ORGANISATION,
    ):
        member_state = None
    return Organisation(
        kind=kind,
        member_state=member_state,
        headcount=draw(heads),
        annual_turnover_eur=draw(money),
        balance_sheet_total_eur=draw(money),
        part_of_group=part_of_group,
        group=group,
        size_class=draw(st.one_of(st.none(), sizes)),
        start_up=draw(flags),
    )


items = st.lists(
    st.builds(
        lambda i, tier: ExposureItem(obligation_id=f"o{i}", tier=tier),
        st.integers(0, 30),
        tiers,
    ),
    max_size=8,
    unique_by=lambda item: item.obligation_id,
)
options = st.builds(
    ExposureOptions,
    undertaking_basis=st.sampled_from(["group", "entity"]),
    ai_office_competent=flags,
)


@settings(max_examples=300)
@given(organisations(), items, dates, laws, options)
def test_report_invariants(org, obligations, as_of, law, opts):  # type: ignore[no-untyped-def]
    report = compute_exposure(org, obligations, as_of=as_of, law=law, options=opts)
    # Never negative; bounds ordered.
    for row in report.obligations:
        for amount in (row.ceiling, row.minimum, row.maximum):
            assert amount is None or amount >= 0
        if row.minimum is not None and row.maximum is not None:
            assert row.minimum <= row.maximum
        if row.ceiling is not None:
            assert row.minimum == row.ceiling == row.maximum
        else:
            assert row.explanation
    # The maximum exposure equals the maximum of the breakdown.
    per_tier = [t.max_ceiling for t in report.by_tier if t.max_ceiling is not None]
    assert report.max_ceiling == (max(per_tier) if per_tier else None)
    known = [r.ceiling for r in report.obligations if r.ceiling is not None]
    assert report.max_ceiling == (max(known) if known else None)
    # Obligations without an EU ceiling are listed as such, never as zero.
    for oid in report.without_eu_ceiling:
        row = next(r for r in report.obligations if r.obligation_id == oid)
        assert row.ceiling is None
    # The report round-trips through JSON.
    assert type(report).model_validate_json(report.model_dump_json()) == report


@settings(max_examples=300)
@given(
    tiers,
    st.integers(min_value=0, max_value=2000),
    maybe_money,
    turnovers,
    turnovers,
    dates,
    laws,
)
def test_monotone_when_size_is_derived_from_turnover(tier, headcount, balance, t1, t2, as_of, law):  # type: ignore[no-untyped-def]
    """A higher turnover can only lift the size class, so it can only remove a relief."""
    low, high = sorted((t1, t2))
    results = []
    for turnover in (low, high):
        org = Organisation(
            kind=OrganisationKind.PRIVATE_UNDERTAKING,
            headcount=headcount,
            annual_turnover_eur=turnover,
            balance_sheet_total_eur=balance,
            part_of_group=False,
        )
        item = ExposureItem(obligation_id="o", tier=tier)
        opts = ExposureOptions(ai_office_competent=False)
        results.append(compute_exposure(org, [item], as_of=as_of, law=law, options=opts))
    a, b = (r.obligations[0] for r in results)
    if a.ceiling is not None and b.ceiling is not None:
        assert a.ceiling <= b.ceiling
    if a.minimum is not None and b.minimum is not None:
        assert a.minimum <= b.minimum


_READ_FIELDS = (
    "kind",
    "member_state",
    "headcount",
    "annual_turnover_eur",
    "balance_sheet_total_eur",
    "part_of_group",
    "group",
    "size_class",
    "start_up",
)


def _decided(report):  # type: ignore[no-untyped-def]
    """What of a report the interview's goal ``full`` holds: per row its status, ceiling and
    bounds, and the missing facts; the maximum."""
    rows = tuple(
        (r.obligation_id, r.status, r.ceiling, r.minimum, r.maximum, r.missing)
        for r in report.obligations
    )
    return rows, report.max_ceiling, report.missing


@settings(max_examples=300)
@given(organisations(), organisations(), items, dates, laws, options)
def test_an_unknown_fact_of_the_organisation_the_rows_do_not_read_changes_no_ceiling(
    org, other, obligations, as_of, law, opts
):  # type: ignore[no-untyped-def]
    """``organisation_reads`` (round 13c): every unknown fact of the organisation that the rows
    do not read may take any value (``other``'s) and no row's status, ceiling, bounds or missing
    facts change, nor the maximum (only a flag may: ``FLAG_ONLY``)."""
    from hypothesis import assume

    from aiact.penalties import organisation_reads

    read = organisation_reads(org, obligations, as_of=as_of, law=law, options=opts)
    data = org.model_dump()
    for name in _READ_FIELDS:
        if name == "group" and org.group is not None:
            for sub, value in org.group:
                if value is None and f"group.{sub}" not in read:
                    data["group"][sub] = getattr(other.group, sub, None)
        elif getattr(org, name) is None and name not in read:
            data[name] = other.model_dump()[name]
    try:
        changed = Organisation.model_validate(data)
    except ValueError:
        assume(False)
        return
    before = compute_exposure(org, obligations, as_of=as_of, law=law, options=opts)
    after = compute_exposure(changed, obligations, as_of=as_of, law=law, options=opts)
    assert _decided(after) == _decided(before)


def _catalogue_items(law: LawVersion) -> list[ExposureItem]:
    from aiact.assessment import _exposure_item
    from aiact.obligations.catalogue import catalogue

    return [_exposure_item(o) for o in catalogue().for_law(law)]


@settings(max_examples=200)
@given(organisations(), st.data(), dates, st.sampled_from(list(LawVersion)), options)
def test_the_rows_shared_by_their_tier_and_citation_are_the_rows_computed(
    org, data, as_of, law, opts
):  # type: ignore[no-untyped-def]
    """Round 14 (exposure.SHARE_ROWS): compute_exposure computes the row of each fine tier
    and pinpoint citation once and copies it for the other obligations with them; the report
    is the one with every row computed (the obligations of the catalogue, which share a few
    tiers and citations, in any order and number)."""
    from aiact.penalties import exposure

    chosen = data.draw(st.permutations(_catalogue_items(law)))[: data.draw(st.integers(0, 40))]
    shared = compute_exposure(org, chosen, as_of=as_of, law=law, options=opts)
    exposure.SHARE_ROWS = False
    try:
        computed = compute_exposure(org, chosen, as_of=as_of, law=law, options=opts)
    finally:
        exposure.SHARE_ROWS = True
    assert shared == computed
    assert shared.model_dump() == computed.model_dump()
