"""Round 34: the organisation's unknown facts the fine rows read (``organisation_reads``), read
only where a value of them can change a row.

The fines of Art. 99(3)-(5) and Art. 101(1) are a fixed amount or a share of the "total
worldwide annual turnover for the preceding financial year, whichever is higher" (for SMEs
"whichever thereof is lower", Art. 99(6); as amended also for small mid-cap enterprises, Art.
99(6a)). Whether an organisation is an SME follows Recommendation 2003/361/EC (Annex, Art. 2:
fewer than 250 persons *and* a turnover not exceeding EUR 50 million or a balance sheet total
not exceeding EUR 43 million). So a known headcount of 250 or more decides that it is no SME
whatever its balance sheet; and an organisation that is part of no group has no group figures
to give (the organisation's check refuses them). Before round 34 the interview read every
field the size assessment's cache key names, asked a large organisation in no group about its
balance sheet and its group, and could not prove quickly that nothing was left to ask.

The properties: every unknown field the rows do not read may take any value, in any
combination, and no row changes (``_decided``); the new reads are a subset of the old
(``READ_FOR_FINES`` off); and the cases the change is for.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lawquote import quote
from test_penalties_properties import _READ_FIELDS, _decided
from test_penalties_properties import _catalogue_items as _items
from test_penalties_properties import organisations as _organisations

from aiact.facts import Organisation
from aiact.penalties import ExposureOptions, compute_exposure, exposure, organisation_reads
from aiact.penalties.size import assess_size
from aiact.versions import LawVersion

# Around the ceilings of Recommendation 2003/361/EC (Annex, Art. 2) and of the small mid-caps
# (Regulation (EU) 2026/1744): headcounts 10, 50, 250, 750; turnovers 2, 10, 50, 150 million;
# balance sheet totals 2, 10, 43, 129 million.
_HEADCOUNTS = (0, 9, 10, 49, 50, 249, 250, 749, 750, 8000)
_MONEY = (
    *(
        Decimal(m) * 1_000_000
        for m in ("0.5", "2", "2.5", "10", "11", "43", "44", "50", "51", "129", "130", "150", "151")
    ),
    Decimal("2000000000"),
)

heads = st.one_of(st.none(), st.sampled_from(_HEADCOUNTS))
money = st.one_of(st.none(), st.sampled_from(_MONEY))


def organisations() -> st.SearchStrategy[Organisation]:
    """Organisations (as the fines' property tests draw them) with figures around the
    ceilings."""
    return _organisations(heads=heads, money=money)


def _filled(
    org: Organisation, other: Organisation, read: frozenset[str], which: frozenset[str]
) -> Organisation:
    """``org`` with the unknown fields it does not read (a group figure one by one) that
    ``which`` names taken from ``other``."""
    data = org.model_dump()
    for name in _READ_FIELDS:
        if name == "group" and org.group is not None:
            for sub, value in org.group:
                path = f"group.{sub}"
                if value is None and path not in read and path in which and other.group is not None:
                    data["group"][sub] = getattr(other.group, sub)
        elif getattr(org, name) is None and name not in read and name in which:
            data[name] = other.model_dump()[name]
    return Organisation.model_validate(data)


_PATHS = (
    *_READ_FIELDS,
    "group.headcount",
    "group.annual_turnover_eur",
    "group.balance_sheet_total_eur",
)


_DAY = dt.date(2028, 1, 15)


@settings(max_examples=1500, deadline=None)
@given(
    organisations(),
    organisations(),
    st.sampled_from([LawVersion.ORIGINAL, LawVersion.AMENDED]),
    st.sampled_from(["group", "entity"]),
    st.frozensets(st.sampled_from(_PATHS)),
)
def test_an_unread_unknown_field_changes_no_row(
    org: Organisation, other: Organisation, law: LawVersion, basis: str, which: frozenset[str]
) -> None:
    """Unknown fields of the organisation the rows do not read may take ``other``'s values, any
    of them together, and no row of any obligation of the catalogue changes (Art. 99(3)-(6a),
    Art. 101(1); Recommendation 2003/361/EC, Annex, Art. 2)."""
    items = _items(law)
    options = ExposureOptions(undertaking_basis=basis, ai_office_competent=False)
    read = organisation_reads(org, items, as_of=_DAY, law=law, options=options)
    try:
        changed = _filled(org, other, read, which)
    except ValueError:
        assume(False)
        return
    before = compute_exposure(org, items, as_of=_DAY, law=law, options=options)
    after = compute_exposure(changed, items, as_of=_DAY, law=law, options=options)
    assert _decided(after) == _decided(before)


@settings(max_examples=500, deadline=None)
@given(organisations(), st.sampled_from(["group", "entity"]))
def test_the_reads_are_within_those_of_the_cache_key(org: Organisation, basis: str) -> None:
    """The fields read now are among those read before round 34 (every field of the size
    assessment's cache key): the change only leaves fields out."""
    items = _items(LawVersion.AMENDED)
    options = ExposureOptions(undertaking_basis=basis, ai_office_competent=False)
    now = organisation_reads(org, items, as_of=_DAY, law=LawVersion.AMENDED, options=options)
    exposure.READ_FOR_FINES = False
    try:
        before = organisation_reads(org, items, as_of=_DAY, law=LawVersion.AMENDED, options=options)
    finally:
        exposure.READ_FOR_FINES = True
    assert now <= before


def _large(**changes: Any) -> Organisation:
    data: dict[str, Any] = {
        "kind": "private_undertaking",
        "member_state": "NL",
        "headcount": 8000,
        "annual_turnover_eur": Decimal("2000000000"),
        "part_of_group": False,
    }
    data.update(changes)
    return Organisation.model_validate(data)


def _reads(org: Organisation) -> frozenset[str]:
    return organisation_reads(
        org,
        _items(LawVersion.AMENDED),
        as_of=_DAY,
        law=LawVersion.AMENDED,
        options=ExposureOptions(ai_office_competent=False),
    )


def test_a_large_organisation_in_no_group() -> None:
    """8,000 persons, EUR 2 billion, part of no group (benchmark states 7615 and 9361): no SME
    and no small mid-cap whatever its balance sheet, and it has no group figures; only an
    explicit size class (which wins over the figures) and whether it is a start-up are left."""
    quote("99", "whichever is higher")
    quote("99", "whichever thereof is lower")
    org = _large()
    size = assess_size(org)
    assert (size.sme, size.smc) == (False, False)
    read = _reads(org)
    assert "balance_sheet_total_eur" not in read
    assert "group" not in read
    assert "size_class" in read


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"headcount": 100}, "balance_sheet_total_eur"),  # fewer than 250: the money decides
        ({"headcount": None}, "balance_sheet_total_eur"),
        ({"part_of_group": None}, "group"),  # may be part of a group: its figures count
        ({"part_of_group": True}, "group"),
    ],
)
def test_still_read_where_a_value_can_change_a_row(changes: dict[str, Any], field: str) -> None:
    """Where a value of the field can change the size (Recommendation 2003/361/EC, Annex,
    Art. 2; the group's figures under reading A10), it is still read."""
    assert field in _reads(_large(**changes))


def test_an_explicit_size_class_leaves_the_figures_but_the_turnover() -> None:
    """An explicit size class decides SME and small mid-cap; the turnover is still read (the
    fine is a share of it), the headcount and the balance sheet are not."""
    org = _large(headcount=None, annual_turnover_eur=None, size_class="large", part_of_group=False)
    read = _reads(org)
    assert "annual_turnover_eur" in read
    assert not read & {"headcount", "balance_sheet_total_eur", "group"}
