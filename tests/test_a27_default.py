"""Reading A27 (ADR 0029), default changed in round 9 from placed_as_not_high_risk to
legacy_high_risk: scenario tests for both readings.

The case: an Annex III system (point 4(a)) whose provider relied on the Art. 6(3) derogation and
that a market surveillance authority found high-risk (Art. 80(2)). Art. 80(4): "The provider
shall ensure that all necessary action is taken to bring the AI system into compliance with the
requirements and obligations laid down in this Regulation." Art. 80(5): corrective action "in
respect of all the AI systems concerned that it has made available on the Union market".

* legacy_high_risk (default): the system is, and was, a high-risk AI system (Art. 6(2)-(3)), so
  Art. 111(2) applies to it as to any high-risk system placed before the cut-off: "this
  Regulation shall apply to operators of high-risk AI systems ... that have been placed on the
  market or put into service before [2 August 2026 | the date of application of Chapter III
  referred to in Article 113], only if, as from that date, those systems are subject to
  significant changes in their designs"; "In any case, the providers and deployers of high-risk
  AI systems intended to be used by public authorities shall take the necessary steps to comply
  ... by 2 August 2030". A system placed after the cut-off complies from the date Chapter III
  applies to Annex III systems: amended Art. 113, third paragraph, point (c)(i), "2 December 2027
  as regards AI systems classified as high-risk pursuant to Article 6(2) and Annex III"; in the
  original text the general date, "It shall apply from 2 August 2026" (Art. 113, second
  paragraph).
* placed_as_not_high_risk: the duties follow the system as the provider placed it, dated as the
  derogation duties (A22 default: the general date, 2 August 2026), never Art. 111(2).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from timecases import assess, quoted, system

import aiact

D = dt.date
DATES = ("2026-12-04", "2028-01-01", "2031-01-01")
LEGACY = "legacy_high_risk"
AS_PLACED = "placed_as_not_high_risk"


def _found_high_risk(
    placed: dt.date | None, significant_change: dt.date | str | None = "none", **context: bool
) -> aiact.AISystem:
    """Annex III point 4(a), derogated under Art. 6(3) (narrow procedural task, no significant
    risk, no profiling), found high-risk by the authority (Art. 80(2))."""
    derogated = system(
        annex_iii=["4a"],
        derogated=True,
        placed_on_market=placed,
        significant_change=significant_change,
        context=context,
    )
    data = derogated.model_dump()
    data["authority_actions"] = {
        **(data.get("authority_actions") or {}),
        "msa_found_derogated_system_high_risk": True,
    }
    return aiact.AISystem.model_validate(data)


def _refused(as_of: str, law: str | None) -> bool:
    """ADR 0032, round 11 (legal11c): in the amended text no Art. 80(2) finding exists before
    2 December 2027 (Art. 113, third paragraph, point (c)(i)), so a finding given as true on
    such a day is an input error naming the field and that day."""
    from aiact.date_facts import first_finding_day
    from aiact.interpretations import Interpretations
    from aiact.versions import LawVersion, version_in_force

    day = dt.date.fromisoformat(as_of)
    version = LawVersion.parse(law) if law else version_in_force(day)
    return day < first_finding_day(version, Interpretations())[0]


def _results(
    sys_: aiact.AISystem, as_of: str, law: str | None, **readings: Any
) -> list[tuple[str, str, dt.date | None, str | None]] | None:
    """The Art. 80(4)-(5) results, or None where the finding is refused (:func:`_refused`)."""
    if _refused(as_of, law):
        with pytest.raises(aiact.InputError, match="2027-12-02"):
            assess(sys_, as_of, law=law, **readings)
        return None
    a = assess(sys_, as_of, law=law, **readings)
    out = []
    for duty in ("art80_4", "art80_5"):
        r = a.obligation(duty)
        out.append((duty, r.status.value, r.applies_from, r.timing.grace if r.timing else None))
    return out


def test_the_default_is_legacy_high_risk() -> None:
    """Round 9: the default of A27 is legacy_high_risk, the alternative stays available."""
    from aiact.interpretations import Interpretations, ReclassifiedSystemTiming

    assert Interpretations().reclassified_system_timing is ReclassifiedSystemTiming.LEGACY_HIGH_RISK
    a = assess(_found_high_risk(D(2025, 1, 1)), "2028-01-01")
    assert a.interpretations.labels()["A27"] == LEGACY
    timing = a.obligation("art80_4").timing
    assert timing is not None and "A27=legacy_high_risk" in timing.interpretations
    alternative = Interpretations(reclassified_system_timing=AS_PLACED)
    assert alternative.labels()["A27"] == AS_PLACED


# (placed, context, law, readings, as_of -> (status, applies_from, grace))
_AMENDED_LEGACY: list[tuple[Any, ...]] = [
    # Placed 1 Jan 2025, before every cut-off, unchanged: Art. 111(2), first sentence.
    *[(D(2025, 1, 1), {}, law, {}, d, ("not_applicable", None, "art111_2"))
      for law in (None, "original") for d in DATES],
    *[(D(2025, 1, 1), {}, None, {"art111_cutoff": "general_date"}, d,
       ("not_applicable", None, "art111_2")) for d in DATES],
    # The same, intended to be used by public authorities: Art. 111(2), second sentence.
    *[(D(2025, 1, 1), {"intended_for_public_authorities": True}, law, {}, d,
       (status, D(2030, 8, 2), "art111_2_public_authority"))
      for law in (None, "original")
      for d, status in zip(DATES, ("upcoming", "upcoming", "in_force"), strict=True)],
    # Placed 1 Jan 2028, after the cut-off: amended point (c)(i), 2 December 2027.
    *[(D(2028, 1, 1), {}, None, readings, d, (status, D(2027, 12, 2), "none"))
      for readings in ({}, {"art111_cutoff": "general_date"})
      for d, status in zip(DATES, ("upcoming", "in_force", "in_force"), strict=True)],
    # Original text: Chapter III (and so the Annex III systems) from 2 August 2026.
    *[(D(2028, 1, 1), {}, "original", {}, d, ("in_force", D(2026, 8, 2), "none"))
      for d in DATES],
    # Placed 1 Jan 2027: before the amended route cut-off (2 Dec 2027, A2 default) but after
    # the general date (A2=general_date).
    *[(D(2027, 1, 1), {}, None, {}, d, ("not_applicable", None, "art111_2")) for d in DATES],
    *[(D(2027, 1, 1), {}, None, {"art111_cutoff": "general_date"}, d,
       (status, D(2027, 12, 2), "none"))
      for d, status in zip(DATES, ("upcoming", "in_force", "in_force"), strict=True)],
    # Placing date unknown: whether Art. 111(2) shelters it depends on it.
    *[(None, {}, law, {}, d, ("undetermined", None, "none"))
      for law in (None, "original") for d in DATES],
]  # fmt: skip


@pytest.mark.parametrize(
    ("placed", "context", "law", "readings", "as_of", "expected"), _AMENDED_LEGACY
)
def test_default_legacy_high_risk_dates(
    placed: dt.date | None,
    context: dict[str, bool],
    law: str | None,
    readings: dict[str, str],
    as_of: str,
    expected: tuple[str, dt.date | None, str],
) -> None:
    """A27=legacy_high_risk (default): Art. 80(4) demands compliance with "the requirements and
    obligations laid down in this Regulation"; for an unchanged system placed before the cut-off
    Art. 111(2) says this Regulation applies to its operators "only if, as from that date, those
    systems are subject to significant changes in their designs" (not applicable), for one
    intended for public authorities "by 2 August 2030"; placed after the cut-off, the Annex III
    date of Chapter III (Art. 113: 2 December 2027 amended, 2 August 2026 original)."""
    quoted(
        "The provider shall ensure that all necessary action is taken to bring the AI system "
        "into compliance with the requirements and obligations laid down in this Regulation."
    )
    quoted(
        "that have been placed on the market or put into service before the date of "
        "application of Chapter III referred to in Article 113, only if, as from that date, "
        "those systems are subject to significant changes in their designs",
        "omnibus",
    )
    quoted("(i) 2 December 2027 as regards AI systems classified as high-risk pursuant to "
           "Article 6(2) and Annex III", "omnibus")  # fmt: skip
    quoted("that have been placed on the market or put into service before 2 August 2026, only "
           "if, as from that date, those systems are subject to significant changes in their "
           "designs")  # fmt: skip
    sys_ = _found_high_risk(placed, **context)
    results = _results(sys_, as_of, law, **readings)
    if results is None:
        return
    for duty, *got in results:
        assert tuple(got) == expected, duty
    # The same with the reading named explicitly.
    named = _results(sys_, as_of, law, reclassified_system_timing=LEGACY, **readings)
    assert named is not None and all(tuple(got) == expected for _, *got in named)


@pytest.mark.parametrize("law", [None, "original"])
def test_default_significant_change_after_the_cut_off(law: str | None) -> None:
    """Art. 111(2): a system placed before the cut-off and changed significantly in its design
    on 1 Mar 2028 (after both cut-offs) is bound from the change (recital 39 of Regulation (EU)
    2026/1744: "Any significant change to the design of that AI system after the date specified
    in Article 111(2) should trigger the obligation of the provider to fully comply")."""
    quoted(
        "Any significant change to the design of that AI system after the date specified in "
        "Article 111(2) should trigger the obligation of the provider to fully comply",
        "omnibus",
    )
    sys_ = _found_high_risk(D(2025, 1, 1), significant_change=D(2028, 3, 1))
    # grace art111_2: the date is that of Art. 111(2) (the change), as for any legacy system.
    expected = (D(2028, 3, 1), "art111_2")
    assert (_results(sys_, "2028-01-01", law) or [()])[0] == ("art80_4", "upcoming", *expected)
    assert (_results(sys_, "2031-01-01", law) or [()])[0] == ("art80_4", "in_force", *expected)


_AS_PLACED: list[tuple[Any, ...]] = [
    (placed, context, law, readings, d)
    for placed, context in (
        (D(2025, 1, 1), {}),
        (D(2025, 1, 1), {"intended_for_public_authorities": True}),
        (D(2028, 1, 1), {}),
        (None, {}),
    )
    for law, readings in ((None, {}), ("original", {}), (None, {"art111_cutoff": "general_date"}))
    for d in DATES
]


@pytest.mark.parametrize(("placed", "context", "law", "readings", "as_of"), _AS_PLACED)
def test_alternative_placed_as_not_high_risk_dates(
    placed: dt.date | None,
    context: dict[str, bool],
    law: str | None,
    readings: dict[str, str],
    as_of: str,
) -> None:
    """A27=placed_as_not_high_risk (the default until round 8): Art. 80 is in Chapter IX, which
    applies from the general date ("It shall apply from 2 August 2026", Art. 113); the duties
    follow the system as the provider placed it, not high-risk, so Art. 111(2), which shelters
    "operators of high-risk AI systems", never applies: in force from 2 August 2026 whatever the
    placing date, public-authority use or law version."""
    quoted("It shall apply from 2 August 2026.")
    quoted("this Regulation shall apply to operators of high-risk AI systems")
    sys_ = _found_high_risk(placed, **context)
    got = _results(sys_, as_of, law, reclassified_system_timing=AS_PLACED, **readings)
    if got is None:
        return
    assert [tuple(r[1:]) for r in got] == [("in_force", D(2026, 8, 2), "none")] * 2
    a = assess(sys_, as_of, law=law, reclassified_system_timing=AS_PLACED, **readings)
    timing = a.obligation("art80_4").timing
    assert timing is not None and "A27=placed_as_not_high_risk" in timing.interpretations


def test_the_interview_asks_the_placing_date_under_the_default() -> None:
    """Under the default the date of Art. 80(4)-(5) depends on the first placing (Art. 111(2)),
    so goal ``full`` asks for it; under the alternative the date does not depend on it."""
    from aiact.questions import open_questions

    unknown = _found_high_risk(None)
    default = {q.question.id for q in open_questions(assess(unknown, "2028-01-01"), "full")}
    assert "first_placing" in default
    # Under A30's default the finding makes the system high-risk, whose Chapter III duties
    # depend on the placing date (Art. 111(2)) whatever A27 says; A27 alone is seen with the
    # provider's assessment standing.
    alternative = assess(
        unknown,
        "2028-01-01",
        reclassified_system_timing=AS_PLACED,
        art80_finding="provider_assessment_stands",
    )
    assert "first_placing" not in {q.question.id for q in open_questions(alternative, "full")}


@pytest.mark.parametrize(
    ("placed", "art16_b"),
    [
        (D(2028, 1, 1), ("in_force", D(2027, 12, 2))),
        (D(2025, 1, 1), None),
    ],
)
def test_a_finding_matched_by_the_facts_lists_the_chapter_iii_duties(
    placed: dt.date, art16_b: tuple[str, dt.date] | None
) -> None:
    """Review9's leftover, the case the facts settle: where the facts of the case themselves show
    that the Art. 6(3) derogation does not hold ("shall be considered to be high-risk", Art. 6(2);
    here the system is not limited to a narrow procedural task), the system is high-risk and the
    provider duties of Chapter III (Art. 16, "Providers of high-risk AI systems shall: ... (b)
    indicate on the high-risk AI system ... their name") are listed next to Art. 80(4)-(5),
    dated as for any Annex III system: from 2 December 2027 (amended Art. 113, third paragraph,
    point (c)(i)) when placed after the cut-off; an unchanged system placed in 2025 is sheltered
    by Art. 111(2), like Art. 80(4) itself (default A27): then Art. 80(4)-(5) are listed apart,
    as never binding (never24), not among the obligations that apply."""
    quoted("shall be considered to be high-risk")
    quoted("indicate on the high-risk AI system or, where that is not possible, on its packaging")
    not_derogated = system(annex_iii=["4a"], profiling=False, placed_on_market=placed)
    data = not_derogated.model_dump()
    data["authority_actions"] = {
        **(data.get("authority_actions") or {}),
        "msa_found_derogated_system_high_risk": True,
    }
    a = assess(aiact.AISystem.model_validate(data), "2028-02-01")
    assert a.risk_tier.value == "high_risk"
    listed = {o.id for o in a.obligations}
    if art16_b is None:
        # never24: sheltered, Art. 80(4)-(5) never bind it; listed apart, not as applying
        assert {"art80_4", "art80_5"} <= {o.id for o in a.not_binding}
        assert not {"art80_4", "art80_5"} & listed
        assert a.obligation("art80_4").status.value == "not_applicable"
        assert "art16_b" not in listed or a.obligation("art16_b").status.value == "not_applicable"
    else:
        assert {"art80_4", "art80_5"} <= listed
        assert "art16_b" in listed
        result = a.obligation("art16_b")
        assert (result.status.value, result.applies_from) == art16_b
        assert a.obligation("art80_4").applies_from == art16_b[1]
