"""The Annex III points and Annex I acts of a case are kept in the annexes' own order, without
repeats, whatever order they are given in (round 23: the order read off a table instead of the
list of members built again for every element; the same order)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aiact.facts import AnnexIFacts, AnnexIIIFacts, AnnexIIIPoint, AnnexILegislation


@given(st.lists(st.sampled_from(list(AnnexIIIPoint)), max_size=30))
def test_annex_iii_points_in_the_annex_order(points: list[AnnexIIIPoint]) -> None:
    members = list(AnnexIIIPoint)
    kept = AnnexIIIFacts(points=points).points
    assert kept is not None
    assert list(kept) == sorted(set(points), key=members.index)


@given(st.lists(st.sampled_from(list(AnnexILegislation)), max_size=30))
def test_annex_i_acts_in_the_annex_order(acts: list[AnnexILegislation]) -> None:
    members = list(AnnexILegislation)
    kept = AnnexIFacts(legislation=acts).legislation
    assert kept is not None
    assert list(kept) == sorted(set(acts), key=members.index)
