"""Review rev34a of round 34 (commit a4dd796): the fines read the organisation's size only where
a value can change a row (``aiact.penalties.size.read_for_fines``), ``organisation_reads`` runs
each fine item kind once, and the interview shares ``exposure_open_facts`` between Assessments
with the same inputs (``goals.exposure_open_facts_of``).

The law checked: Recommendation 2003/361/EC, Annex, Art. 2 (an SME employs "fewer than 250
persons" *and* has a turnover not exceeding EUR 50 million or a balance sheet total not
exceeding EUR 43 million; small: fewer than 50 and EUR 10 million; micro: fewer than 10 and EUR
2 million); the small mid-cap of Art. 3(14b) as amended (Recommendation (EU) 2025/1099, Annex,
point (2): fewer than 750 persons, EUR 150 million or EUR 129 million), whose relief Art. 99(6a)
gives for paragraphs 4 and 5 only; Art. 99(6) (SMEs, paragraphs 3 to 5); Art. 101(1) (no relief);
reading A10 (the undertaking as the group or the entity). A headcount is a necessary condition
of every ceiling ("fewer than"), so a known headcount at or above a ceiling decides that ceiling
whatever the money figures; the money figures are alternatives ("or"), so neither decides alone
unless it is within.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lawquote import quote

from aiact.facts import GroupFigures, Organisation
from aiact.penalties import ExposureOptions, compute_exposure, organisation_reads
from aiact.questions import goals, relevance
from aiact.questions.goals import assess_facts
from aiact.versions import LawVersion
from tests.test_read34 import _decided, _items, organisations
from tests.test_speedfull21 import _fraud_detection_provider_outside_a_group

_M = Decimal(1_000_000)
_DAY = dt.date(2027, 1, 15)
_HEADS = (None, 0, 9, 10, 49, 50, 249, 250, 749, 750, 8000)
_MONEY = (
    None,
    *(Decimal(m) * _M for m in ("0", "2", "2.5", "10", "11", "43", "44", "50", "51", "129")),
    *(Decimal(m) * _M for m in ("130", "150", "151", "500", "2000")),
)


def _kinds(law: LawVersion) -> list[Any]:
    """One item of each fine kind of the catalogue (a row is a function of its kind)."""
    seen: set[Any] = set()
    out = []
    for item in _items(law):
        key = (item.tier, item.fine_ref, item.chapter_v, item.system_compliance)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _org(**fields: Any) -> Organisation:
    data: dict[str, Any] = {"kind": "private_undertaking", "member_state": "NL"}
    data.update(fields)
    return Organisation.model_validate(data)


def _reads(org: Organisation, basis: str, law: LawVersion = LawVersion.AMENDED) -> frozenset[str]:
    options = ExposureOptions(undertaking_basis=basis, ai_office_competent=False)
    return organisation_reads(org, _items(law), as_of=_DAY, law=law, options=options)


def _unchanged_over(
    org: Organisation, basis: str, fills: dict[str, tuple[Any, ...]], law: LawVersion
) -> int:
    """Fill the fields of ``fills`` with every combination of their values (``group.x`` for a
    group figure); no row of any fine kind changes. Returns the completions tried."""
    options = ExposureOptions(undertaking_basis=basis, ai_office_competent=False)
    items = _kinds(law)
    before = _decided(compute_exposure(org, items, as_of=_DAY, law=law, options=options))
    tried = 0
    for values in itertools.product(*fills.values()):
        data = org.model_dump()
        for path, value in zip(fills, values, strict=True):
            if path.startswith("group."):
                data["group"][path[6:]] = value
            else:
                data[path] = value
        try:
            changed = Organisation.model_validate(data)
        except ValueError:
            continue
        after = compute_exposure(changed, items, as_of=_DAY, law=law, options=options)
        assert _decided(after) == before, (values, fills)
        tried += 1
    return tried


@pytest.mark.parametrize("law", list(LawVersion))
@pytest.mark.parametrize("head", [250, 749, 750, 8000])
def test_a_group_whose_figures_leave_the_size_open_and_an_entity_already_large(
    head: int, law: LawVersion
) -> None:
    """Group basis (A10), part of a group whose headcount is not given: the group's figures
    leave the size open. An entity of 750 or more persons is no SME and no small mid-cap alone
    (Recommendation 2003/361/EC, Annex, Art. 2(1): "fewer than 250 persons"; Recommendation
    (EU) 2025/1099, point (2): "fewer than 750"), and aggregating partner and linked enterprises
    (Annex, Arts. 3 and 6) only raises the figures: its own turnover and balance sheet are not
    read, and no value of them changes a row. Below 750 they are read (the entity may be a
    small mid-cap on its money figures, which would leave the group's size open)."""
    quote("99", "whichever is higher")
    org = _org(
        headcount=head,
        part_of_group=True,
        group=GroupFigures(annual_turnover_eur=Decimal(100) * _M),
    )
    read = _reads(org, "group", law)
    money = {"annual_turnover_eur", "balance_sheet_total_eur"}
    if head >= 750:
        assert not read & money
        fills = {"annual_turnover_eur": _MONEY, "balance_sheet_total_eur": _MONEY}
        assert _unchanged_over(org, "group", fills, law) == len(_MONEY) ** 2
    else:
        assert money <= read
    assert "group.headcount" in read


@pytest.mark.parametrize("size", ["micro", "medium", "small_mid_cap", "large"])
def test_an_explicit_size_class_and_the_groups_figures_leave_the_entitys_unread(size: str) -> None:
    """Group basis (A10), part of a group whose turnover is given, an explicit size class (it
    wins over the figures, Art. 3(14a)-(14b)): the fine is a share of the group's turnover
    (Art. 99(3)-(5): "total worldwide annual turnover"), the relief follows the class (Art.
    99(6), 99(6a)); none of the entity's own figures is read, and every combination of them
    leaves every row as it is."""
    org = _org(
        part_of_group=True,
        group=GroupFigures(annual_turnover_eur=Decimal(100) * _M),
        size_class=size,
    )
    read = _reads(org, "group")
    assert not read & {"headcount", "annual_turnover_eur", "balance_sheet_total_eur"}
    fills = {"headcount": _HEADS, "annual_turnover_eur": _MONEY, "balance_sheet_total_eur": _MONEY}
    assert (
        _unchanged_over(org, "group", fills, LawVersion.AMENDED) == len(_HEADS) * len(_MONEY) ** 2
    )


@pytest.mark.parametrize("part", [None, True])
def test_the_entity_basis_reads_no_group_figure(part: bool | None) -> None:
    """Reading A10 = entity: the undertaking's figures are the organisation's own, so the group's
    figures are not read whatever they are; ``part_of_group`` is read for the A10 note only.
    Every group (none, or any figures) leaves every row as it is."""
    org = _org(headcount=100, annual_turnover_eur=Decimal(20) * _M, part_of_group=part)
    read = _reads(org, "entity")
    assert "group" not in read
    groups = (
        None,
        *(
            GroupFigures(headcount=h, annual_turnover_eur=t, balance_sheet_total_eur=b)
            for h in (None, 9, 250, 8000)
            for t in (None, 2 * _M, 2000 * _M)
            for b in (None, 2 * _M, 2000 * _M)
        ),
    )
    assert _unchanged_over(org, "entity", {"group": groups}, LawVersion.AMENDED) == len(groups)


@pytest.mark.parametrize(
    ("head", "balance_read"),
    [(None, True), (9, True), (10, True), (249, True), (250, True), (749, True), (750, False)],
)
def test_the_balance_sheet_is_left_unread_only_at_750_persons_or_more(
    head: int | None, balance_read: bool
) -> None:
    """Turnover known (EUR 200 million, above every money ceiling) and balance sheet unknown,
    part of no group: below 750 persons the balance sheet can still make the organisation a
    small mid-cap (Art. 99(6a)) or an SME (Art. 99(6)), so it is read; from 750 it cannot."""
    org = _org(headcount=head, annual_turnover_eur=Decimal(200) * _M, part_of_group=False)
    for basis in ("group", "entity"):
        assert ("balance_sheet_total_eur" in _reads(org, basis)) is balance_read


def test_a_turnover_of_500_million_decides_the_higher_and_the_lower_of() -> None:
    """EUR 35 million and 7 %, EUR 15 million and 3 % are equal at EUR 500 million, so the
    SME relief (lower of) and its absence (higher of) give the same ceiling: the size is still
    read (the reads are a superset, sound, not minimal), and no value of the balance sheet or
    the group changes a row."""
    quote("99", "whichever thereof is lower")
    org = _org(headcount=100, annual_turnover_eur=Decimal(500) * _M, part_of_group=None)
    fills = {"balance_sheet_total_eur": _MONEY, "part_of_group": (None, True, False)}
    assert _unchanged_over(org, "entity", fills, LawVersion.AMENDED) > 0


@settings(max_examples=300, deadline=None)
@given(
    organisations(),
    st.sampled_from(list(LawVersion)),
    st.sampled_from(["group", "entity"]),
    st.sampled_from([dt.date(2025, 6, 1), dt.date(2026, 3, 1), dt.date(2027, 1, 15)]),
    st.data(),
)
def test_the_reads_of_a_set_are_the_union_of_each_kinds_reads(
    org: Organisation, law: LawVersion, basis: str, day: dt.date, data: st.DataObject
) -> None:
    """``organisation_reads`` runs each fine kind once (round 34): what it names for any set of
    the catalogue's items is the union of what it names for each item alone, so the reads of a
    set lose nothing that one of its rows reads."""
    items = _items(law)
    chosen = data.draw(st.lists(st.sampled_from(items), min_size=1, max_size=20, unique=True))
    options = ExposureOptions(undertaking_basis=basis, ai_office_competent=False)
    whole = organisation_reads(org, chosen, as_of=day, law=law, options=options)
    each = [organisation_reads(org, [i], as_of=day, law=law, options=options) for i in chosen]
    assert whole == frozenset().union(*each)


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"organisation.part_of_group": None},
        {"organisation.part_of_group": True},
        {"organisation.headcount": 100},
        {"organisation.headcount": None},
        {"organisation.annual_turnover_eur": None},
        {"organisation.size_class": "large"},
        {"organisation.headcount": 100, "organisation.balance_sheet_total_eur": Decimal(5) * _M},
    ],
)
def test_the_shared_open_facts_are_each_assessments_own(changes: dict[str, Any]) -> None:
    """``goals.exposure_open_facts_of`` keys the shared facts by the kind, the law, the day, the
    organisation, the exposure options and the obligations that apply with their statuses
    (which decide the binding ones, ``Assessment._binding_on``, and through the catalogue their
    fine items): for Assessments assessed anew after others have filled the memo, the shared
    value is the Assessment's own."""
    facts, _, context = _fraud_detection_provider_outside_a_group()
    relevance.clear_cache()
    try:
        for variant in ({}, changes, {"organisation.headcount": 300}):
            shared = goals.exposure_open_facts_of(
                assess_facts({**facts, **variant}, "system", context)
            )
            own = assess_facts({**facts, **variant}, "system", context).exposure_open_facts
            assert shared == own
    finally:
        relevance.clear_cache()
