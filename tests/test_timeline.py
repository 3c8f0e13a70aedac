"""The dates of Arts. 111 and 113 in both versions, the A1-A3 switches and legacy examples.

Every date is checked against the Official Journal text: Regulation (EU) 2024/1689, Arts. 111 and
113; Regulation (EU) 2026/1744, Art. 1, points (39) and (40), and Art. 4.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from timecases import ANNEX_I_MEDICAL, COMPANY, assess, model, quoted, system

import aiact
from aiact.interpretations import Art111Cutoff, HighRiskGating, Interpretations, PublicAuthorityUse
from aiact.refs import ref
from aiact.timeline import (
    DateKey,
    DeadlineAnswer,
    NotInVersionError,
    Route,
    Schedule,
    Status,
    application_date,
    art111_2_cutoff,
    date_of,
    declarations,
    milestones,
    status_on,
)
from aiact.versions import LawVersion

D = dt.date
ORIG, AMND = LawVersion.ORIGINAL, LawVersion.AMENDED
K = DateKey

# (key, version, date, citation): every date of Art. 113 and Art. 111 in both versions.
PINNED = [
    (K.ENTRY_INTO_FORCE, ORIG, D(2024, 8, 1), "Art. 113, first paragraph"),
    (K.ENTRY_INTO_FORCE, AMND, D(2024, 8, 1), "Art. 113, first paragraph"),
    (K.CHAPTERS_I_II, ORIG, D(2025, 2, 2), "Art. 113, third paragraph, point (a)"),
    (K.CHAPTERS_I_II, AMND, D(2025, 2, 2), "Art. 113, third paragraph, point (a)"),
    (K.NEW_PROHIBITIONS, AMND, D(2026, 12, 2), "Art. 113, third paragraph, point (a)"),
    (K.EARLY_PROVISIONS, ORIG, D(2025, 8, 2), "Art. 113, third paragraph, point (b)"),
    (K.EARLY_PROVISIONS, AMND, D(2025, 8, 2), "Art. 113, third paragraph, point (b)"),
    (K.GENERAL, ORIG, D(2026, 8, 2), "Art. 113, second paragraph"),
    (K.GENERAL, AMND, D(2026, 8, 2), "Art. 113, second paragraph"),
    (K.HIGH_RISK_ANNEX_III, ORIG, D(2026, 8, 2), "Art. 113, second paragraph"),
    (K.HIGH_RISK_ANNEX_III, AMND, D(2027, 12, 2), "Art. 113, third paragraph, point (c)(i)"),
    (K.HIGH_RISK_ANNEX_I, ORIG, D(2027, 8, 2), "Art. 113, third paragraph, point (c)"),
    (K.HIGH_RISK_ANNEX_I, AMND, D(2028, 8, 2), "Art. 113, third paragraph, point (c)(ii)"),
    (K.ARTS_102_110, AMND, D(2026, 7, 27), "Art. 113, third paragraph, point (d)"),
    (K.AMENDED_TEXT_IN_FORCE, AMND, D(2026, 7, 27), "Art. 4 of Regulation (EU) 2026/1744"),
    (K.ANNEX_X_CUTOFF, ORIG, D(2027, 8, 2), "Art. 111(1)"),
    (K.ANNEX_X_CUTOFF, AMND, D(2027, 8, 2), "Art. 111(1)"),
    (K.ANNEX_X_DEADLINE, ORIG, D(2030, 12, 31), "Art. 111(1)"),
    (K.ANNEX_X_DEADLINE, AMND, D(2030, 12, 31), "Art. 111(1)"),
    (K.ART111_2_CUTOFF, ORIG, D(2026, 8, 2), "Art. 111(2)"),
    (K.PUBLIC_AUTHORITY_DEADLINE, ORIG, D(2030, 8, 2), "Art. 111(2)"),
    (K.PUBLIC_AUTHORITY_DEADLINE, AMND, D(2030, 8, 2), "Art. 111(2)"),
    (K.GPAI_LEGACY_CUTOFF, ORIG, D(2025, 8, 2), "Art. 111(3)"),
    (K.GPAI_LEGACY_CUTOFF, AMND, D(2025, 8, 2), "Art. 111(3)"),
    (K.GPAI_LEGACY_DEADLINE, ORIG, D(2027, 8, 2), "Art. 111(3)"),
    (K.GPAI_LEGACY_DEADLINE, AMND, D(2027, 8, 2), "Art. 111(3)"),
    (K.ART50_2_LEGACY_CUTOFF, AMND, D(2026, 8, 2), "Art. 111(4)"),
    (K.ART50_2_LEGACY_DEADLINE, AMND, D(2026, 12, 2), "Art. 111(4)"),
]


@pytest.mark.parametrize(
    ("key", "law", "day", "citation"),
    PINNED,
    ids=[f"{c} {k.value} {v.name}" for k, v, _, c in PINNED],
)
def test_every_art111_art113_date_is_pinned_to_its_citation(
    key: DateKey, law: LawVersion, day: dt.date, citation: str
) -> None:
    fact = date_of(key, law)
    assert fact.date == day
    assert str(fact.citation) == citation
    assert fact.citation == ref(citation)
    assert fact.label_en and fact.label_nl


def test_the_pins_cover_every_declaration() -> None:
    declared = {(f.key, v) for f in declarations() for v in f.versions}
    assert declared == {(k, v) for k, v, _, _ in PINNED}


@pytest.mark.parametrize(
    ("key", "law"),
    [
        (K.NEW_PROHIBITIONS, ORIG),  # Art. 113, third paragraph, point (a) as amended
        (K.ARTS_102_110, ORIG),  # Art. 113, third paragraph, point (d): added by 2026/1744
        (K.ART50_2_LEGACY_CUTOFF, ORIG),  # Art. 111(4): added by 2026/1744
        (K.ART50_2_LEGACY_DEADLINE, ORIG),
        (K.ART111_2_CUTOFF, AMND),  # amended Art. 111(2): no fixed date (A2)
    ],
)
def test_date_of_a_key_missing_in_that_version_raises_a_clear_error(
    key: DateKey, law: LawVersion
) -> None:
    with pytest.raises(NotInVersionError, match=f"{key.value}.*does not exist in {law.name}"):
        date_of(key, law)


def test_amended_versions_record_the_amending_provision() -> None:
    """Art. 1, points (39)-(40) of Regulation 2026/1744."""
    assert str(date_of(K.HIGH_RISK_ANNEX_III, AMND).amended_by) == (
        "Art. 1, point (40)(b) of Regulation (EU) 2026/1744"
    )
    assert str(date_of(K.ART50_2_LEGACY_DEADLINE, AMND).amended_by) == (
        "Art. 1, point (39)(b) of Regulation (EU) 2026/1744"
    )


# --------------------------------------------------------------------------- Art. 113 per schedule

SCHEDULE_DATES = [
    (Schedule.CHAPTERS_I_II, ORIG, None, D(2025, 2, 2)),
    (Schedule.CHAPTERS_I_II, AMND, None, D(2025, 2, 2)),
    (Schedule.NEW_PROHIBITIONS, AMND, None, D(2026, 12, 2)),
    (Schedule.GPAI, ORIG, None, D(2025, 8, 2)),
    (Schedule.GPAI, AMND, None, D(2025, 8, 2)),
    (Schedule.GENERAL, ORIG, None, D(2026, 8, 2)),
    (Schedule.GENERAL, AMND, None, D(2026, 8, 2)),
    (Schedule.HIGH_RISK, ORIG, Route.ANNEX_III, D(2026, 8, 2)),
    (Schedule.HIGH_RISK, ORIG, Route.ANNEX_I, D(2027, 8, 2)),
    (Schedule.HIGH_RISK, AMND, Route.ANNEX_III, D(2027, 12, 2)),
    (Schedule.HIGH_RISK, AMND, Route.ANNEX_I, D(2028, 8, 2)),
    (Schedule.HIGH_RISK_GATED, ORIG, Route.ANNEX_III, D(2026, 8, 2)),
    (Schedule.HIGH_RISK_GATED, ORIG, Route.ANNEX_I, D(2027, 8, 2)),
    (Schedule.HIGH_RISK_GATED, AMND, Route.ANNEX_III, D(2027, 12, 2)),
    (Schedule.HIGH_RISK_GATED, AMND, Route.ANNEX_I, D(2028, 8, 2)),
]


@pytest.mark.parametrize(("schedule", "law", "route", "day"), SCHEDULE_DATES)
def test_art113_application_date_per_schedule(
    schedule: Schedule, law: LawVersion, route: Route | None, day: dt.date
) -> None:
    answer = application_date(schedule, law, route)
    assert answer.date == day
    assert answer.citations
    assert all(str(c).startswith("Art. 113") for c in answer.citations)


def test_art113_new_prohibitions_do_not_exist_in_the_original_text() -> None:
    with pytest.raises(NotInVersionError):
        application_date(Schedule.NEW_PROHIBITIONS, ORIG)


def test_art113_point_c_unknown_route_is_undetermined() -> None:
    answer = application_date(Schedule.HIGH_RISK, AMND, None)
    assert answer.date is None
    assert answer.undetermined_because == ("route",)
    assert status_on(answer, D(2030, 1, 1)) is Status.UNDETERMINED


def test_a1_switch_changes_the_section5_date_under_the_amended_text() -> None:
    """A1, Art. 113, third paragraph, point (c) as amended: Arts. 43, 47-49, 72, 73, 86."""
    classification = Interpretations(high_risk_gating=HighRiskGating.CLASSIFICATION)
    literal = Interpretations(high_risk_gating=HighRiskGating.LITERAL)
    gated = application_date(Schedule.HIGH_RISK_GATED, AMND, Route.ANNEX_III, classification)
    plain = application_date(Schedule.HIGH_RISK_GATED, AMND, Route.ANNEX_III, literal)
    assert gated.date == D(2027, 12, 2) and gated.interpretation == "A1=classification"
    assert plain.date == D(2026, 8, 2) and plain.interpretation == "A1=literal"
    # Literal: the route does not matter, so an unknown route still gives a date.
    assert application_date(Schedule.HIGH_RISK_GATED, AMND, None, literal).date == D(2026, 8, 2)


def test_a1_does_not_matter_under_the_original_text() -> None:
    """Original point (c): 'Article 6(1) and the corresponding obligations' -> 2 Aug 2027."""
    literal = Interpretations(high_risk_gating=HighRiskGating.LITERAL)
    for route, day in ((Route.ANNEX_I, D(2027, 8, 2)), (Route.ANNEX_III, D(2026, 8, 2))):
        answer = application_date(Schedule.HIGH_RISK_GATED, ORIG, route, literal)
        assert answer.date == day
        assert answer.interpretation is None


# --------------------------------------------------------------------------- Art. 111
# Art. 111 is encoded once, as rules (aiact/rules/transitional.py and the date rules of
# aiact/rules/timing.py): these tests read the dates off full assessments.

ANNEX_III = {"annex_iii": ["5b"]}  # creditworthiness, profiling: high-risk (Art. 6(2), 6(3))
ANNEX_I = {"annex_i": ANNEX_I_MEDICAL}  # a medical device (Art. 6(1), Annex I Section A)


def legacy(
    as_of: dt.date | None = None,
    law: str | None = None,
    route: dict[str, Any] | None = None,
    org: aiact.Organisation = COMPANY,
    readings: dict[str, Any] | None = None,
    **facts: Any,
) -> aiact.Assessment:
    """A high-risk credit-scoring system first placed on the market on 1 May 2025, provided and
    deployed by the organisation (the facts given override)."""
    given = {"roles": ("provider", "deployer"), "placed_on_market": D(2025, 5, 1)}
    given.update(route if route is not None else ANNEX_III)
    given.update(facts)
    day = as_of or D(2026, 11, 28)
    return assess(system(**given), day, org, law, **(readings or {}))


def hr_timing(a: aiact.Assessment) -> DeadlineAnswer:
    """The timing of the Sections 1-3 duties (``from.high_risk``) through Art. 9."""
    timing = a.obligation("art9").timing
    assert timing is not None
    return timing


def test_art111_2_legacy_system_without_change_not_public_is_outside() -> None:
    """Art. 111(2): "this Regulation shall apply to operators of high-risk AI systems ... that
    have been placed on the market or put into service before [the cut-off], only if, as from
    that date, those systems are subject to significant changes in their designs"."""
    quoted("only if, as from that date, those systems are subject to significant changes in their "
           "designs")  # fmt: skip
    a = legacy()
    date = a.date("from.high_risk")
    assert date.never and date.grace == "art111_2"
    assert a.obligation("art9").applies is False  # the duty gate reads the same rules
    assert a.value("legacy.case.unchanged") is True
    assert a.classification_tier.value == "high_risk"  # still a high-risk system
    assert a.categories["legacy_grace"] is True


def test_art111_2_legacy_system_for_public_authorities_complies_by_2_aug_2030() -> None:
    """Art. 111(2), second sentence: "the providers and deployers of high-risk AI systems
    intended to be used by public authorities shall take the necessary steps to comply ... by
    2 August 2030"."""
    a = legacy(context={"intended_for_public_authorities": True})
    answer = hr_timing(a)
    assert answer.applies_from == D(2030, 8, 2)
    assert answer.deadline == D(2030, 8, 2)
    assert answer.grace == "art111_2_public_authority"
    assert answer.status is Status.UPCOMING
    assert ref("Art. 111(2)") in answer.citations


def test_art111_2_significant_change_after_cutoff_brings_the_system_in() -> None:
    """Amended cut-off (A2 route date) 2 Dec 2027; change on 1 Mar 2028 -> applies then."""
    answer = hr_timing(legacy(significant_change=D(2028, 3, 1)))
    assert answer.applies_from == D(2028, 3, 1)
    assert answer.grace == "art111_2"


def test_art111_2_significant_change_applies_from_the_later_of_change_and_date() -> None:
    """Original text: cut-off 2 Aug 2026; Annex I route applies 2 Aug 2027 (point (c))."""
    a = legacy(law="original", route=ANNEX_I, significant_change=D(2026, 9, 1))
    assert hr_timing(a).applies_from == D(2027, 8, 2)


def test_art111_2_public_system_changed_after_2030_still_complies_by_2030() -> None:
    """Art. 111(2): "In any case" the public-authority deadline holds, even when a significant
    change comes only after it."""
    a = legacy(context={"intended_for_public_authorities": True}, significant_change=D(2031, 1, 1))
    answer = hr_timing(a)
    assert (answer.applies_from, answer.grace) == (D(2030, 8, 2), "art111_2_public_authority")


def test_art111_2_significant_change_before_cutoff_does_not_count() -> None:
    """'as from that date': a change before the cut-off (2 Dec 2027) does not end the grace."""
    a = legacy(significant_change=D(2027, 1, 1))
    assert a.date("from.high_risk").never
    assert a.obligation("art9").applies is False


def test_art111_2_system_placed_after_cutoff_follows_art113() -> None:
    answer = hr_timing(legacy(placed_on_market=D(2028, 1, 10), as_of=D(2028, 2, 1)))
    assert answer.applies_from == D(2027, 12, 2)
    assert answer.grace == "none"
    assert answer.status is Status.IN_FORCE


def test_art111_1_annex_x_component_complies_by_31_dec_2030() -> None:
    """Art. 111(1): components of the large-scale IT systems of Annex X "placed on the market or
    put into service before 2 August 2027 shall be brought into compliance with this Regulation
    by 31 December 2030"."""
    quoted("shall be brought into compliance with this Regulation by 31 December 2030")
    for law in ("original", "amended"):
        answer = hr_timing(legacy(law=law, context={"annex_x_large_scale_it_component": True}))
        assert answer.applies_from == D(2030, 12, 31)
        assert answer.deadline == D(2030, 12, 31)
        assert answer.grace == "art111_1"
        assert ref("Art. 111(1)") in answer.citations


def test_art111_1_annex_x_component_placed_after_cutoff_is_not_deferred() -> None:
    a = legacy(context={"annex_x_large_scale_it_component": True}, placed_on_market=D(2028, 1, 1))
    answer = hr_timing(a)
    assert answer.applies_from == D(2027, 12, 2)
    assert answer.grace == "none"


def test_art111_3_gpai_model_placed_march_2025_complies_by_2_aug_2027() -> None:
    """Art. 111(3): "Providers of general-purpose AI models that have been placed on the market
    before 2 August 2025 shall take the necessary steps in order to comply with the obligations
    laid down in this Regulation by 2 August 2027"."""
    quoted("placed on the market before 2 August 2025 shall take the necessary steps in order to "
           "comply with the obligations laid down in this Regulation by 2 August 2027")  # fmt: skip
    for law in ("original", "amended"):
        a = aiact.assess_model(model(D(2025, 3, 1)), COMPANY, "2026-09-01", law)
        timing = a.obligation("art53_1_a").timing
        assert timing is not None
        assert (timing.applies_from, timing.grace) == (D(2027, 8, 2), "art111_3")


def test_art111_3_gpai_model_placed_after_cutoff_applies_from_2_aug_2025() -> None:
    a = aiact.assess_model(model(D(2025, 9, 1)), COMPANY, "2026-09-01")
    timing = a.obligation("art53_1_a").timing
    assert timing is not None
    assert (timing.applies_from, timing.grace) == (D(2025, 8, 2), "none")


GENERATOR = {
    "roles": ("provider",),
    "annex_iii": [],
    "profiling": False,
    "transparency": {"generates_synthetic_text": True},
}


def test_art111_4_generator_placed_may_2026_complies_with_art50_2_by_2_dec_2026() -> None:
    """Art. 111(4) (amended): "Providers of AI systems ... generating synthetic audio, image,
    video or text content, that have been placed on the market before 2 August 2026 shall take
    the necessary steps in order to comply with Article 50(2) by 2 December 2026"."""
    quoted("that have been placed on the market before 2 August 2026 shall take the necessary "
           "steps in order to comply with Article 50(2) by 2 December 2026", "omnibus")  # fmt: skip
    a = assess(system(**GENERATOR, placed_on_market=D(2026, 5, 1)), "2026-11-28")
    timing = a.obligation("art50_2").timing
    assert timing is not None
    assert (timing.applies_from, timing.grace) == (D(2026, 12, 2), "art111_4")
    # The original text has no Art. 111(4): the general date.
    original = assess(system(**GENERATOR, placed_on_market=D(2026, 5, 1)), "2026-05-01")
    timing = original.obligation("art50_2").timing
    assert timing is not None
    assert (timing.applies_from, timing.grace) == (D(2026, 8, 2), "none")


def test_art5_is_never_deferred() -> None:
    """Art. 111(1) and (2): 'without prejudice to the application of Article 5'."""
    quoted("Without prejudice to the application of Article 5 as referred to in Article 113(3), "
           "point (a)")  # fmt: skip
    prohibited = {"c_social_scoring": True, "c_detrimental_treatment_unrelated_context": True}
    for facts in (
        {"context": {"annex_x_large_scale_it_component": True}},
        {"context": {"intended_for_public_authorities": True}},
        {"placed_on_market": D(2020, 1, 1)},
    ):
        a = legacy(prohibited=prohibited, **facts)
        timing = a.obligation("art5_1_c").timing
        assert timing is not None
        assert (timing.applies_from, timing.grace) == (D(2025, 2, 2), "none")
        assert timing.status is Status.IN_FORCE


def test_a2_switch_changes_the_legacy_cutoff() -> None:
    """A2, amended Art. 111(2): a system placed 1 Jan 2027 is legacy only under ROUTE_DATE."""
    route_date = Interpretations(art111_cutoff=Art111Cutoff.ROUTE_DATE)
    general = Interpretations(art111_cutoff=Art111Cutoff.GENERAL_DATE)
    assert art111_2_cutoff(AMND, Route.ANNEX_III, route_date).date == D(2027, 12, 2)
    assert art111_2_cutoff(AMND, Route.ANNEX_I, route_date).date == D(2028, 8, 2)
    assert art111_2_cutoff(AMND, Route.ANNEX_III, general).date == D(2026, 8, 2)
    assert art111_2_cutoff(ORIG, Route.ANNEX_III, route_date).date == D(2026, 8, 2)
    assert art111_2_cutoff(AMND, None, route_date).undetermined_because == ("route",)
    legacy_system = legacy(placed_on_market=D(2027, 1, 1))
    assert legacy_system.date("from.high_risk").never
    covered = legacy(placed_on_market=D(2027, 1, 1), readings={"art111_cutoff": "general_date"})
    assert hr_timing(covered).applies_from == D(2027, 12, 2)


def test_a3_switch_changes_which_public_authority_fact_counts() -> None:
    """A3, Art. 111(2), second sentence: 'intended to be used by public authorities'."""
    used_only = {"intended_for_public_authorities": False, "used_by_public_authorities": True}
    readings = {
        PublicAuthorityUse.INTENDED_OR_ACTUAL: D(2030, 8, 2),
        PublicAuthorityUse.ACTUAL_USE: D(2030, 8, 2),
        PublicAuthorityUse.INTENDED_PURPOSE: None,
    }
    for reading, expected in readings.items():
        a = legacy(context=used_only, readings={"public_authority_use": reading})
        date = a.date("from.high_risk")
        assert date.date == expected, reading
        if expected is not None:
            assert f"A3={reading.value}" in hr_timing(a).interpretations


def test_unknown_facts_that_decide_are_named() -> None:
    """A legacy system whose public-authority use is unknown: 2 Aug 2030 or outside the Act;
    the open questions name the facts (through the open-question bit sets)."""
    unknown = {"intended_for_public_authorities": None, "used_by_public_authorities": None}
    a = legacy(context=unknown)
    date = a.date("from.high_risk")
    assert not date.determined
    assert date.possible == (D(2030, 8, 2), None)
    assert a.obligation("art9").applies is None  # the gate is undetermined with it
    questions = {q.fact for q in a.open_questions}
    assert {"context.intended_for_public_authorities", "context.used_by_public_authorities"} <= (
        questions
    )
    unknown_placing = legacy(
        placed_on_market=None, context={"intended_for_public_authorities": True}
    )
    timing = hr_timing(unknown_placing)
    # The date is undetermined, the status on 28 Nov 2026 is not: both dates lie ahead.
    assert timing.applies_from is None
    assert timing.status is Status.UPCOMING
    assert "placed_on_market" in timing.undetermined_because
    assert timing.possible_applies_from == (D(2027, 12, 2), D(2030, 8, 2))


def test_unknown_facts_that_do_not_decide_are_not_asked() -> None:
    # Public authority: 2 Aug 2030 whatever the route (both routes' cut-offs are later).
    both = {"annex_iii": ["5b"], "annex_i": ANNEX_I_MEDICAL, "profiling": None}
    a = legacy(route=both, context={"intended_for_public_authorities": True})
    answer = hr_timing(a)
    assert answer.applies_from == D(2030, 8, 2)
    assert answer.undetermined_because == ()
    # Placed after both cut-offs of Art. 111(1)-(2): Annex X status does not matter.
    late = legacy(
        placed_on_market=D(2029, 1, 1), context={"annex_x_large_scale_it_component": None}
    )
    assert hr_timing(late).applies_from == D(2027, 12, 2)
    assert hr_timing(late).undetermined_because == ()


def test_version_switch_between_1_may_2026_and_28_nov_2026() -> None:
    """The version in force: original on 1 May 2026, amended on 28 Nov 2026."""
    before = legacy(as_of=D(2026, 5, 1), placed_on_market=D(2028, 1, 10))
    after = legacy(as_of=D(2026, 11, 28), placed_on_market=D(2028, 1, 10))
    assert (before.law, hr_timing(before).applies_from) == (ORIG, D(2026, 8, 2))
    assert (after.law, hr_timing(after).applies_from) == (AMND, D(2027, 12, 2))
    ba = {"ba_generates_intimate_imagery_without_consent": True}
    assert "from.art5_new" not in legacy(as_of=D(2026, 5, 1), prohibited=ba).dates
    for day, status in ((D(2026, 11, 28), Status.UPCOMING), (D(2026, 12, 2), Status.IN_FORCE)):
        assert legacy(as_of=day, prohibited=ba).date("from.art5_new").status(day) is status


def test_status_on() -> None:
    answer = hr_timing(legacy(placed_on_market=D(2028, 1, 10)))
    assert status_on(answer, D(2027, 12, 1)) is Status.UPCOMING
    assert status_on(answer, D(2027, 12, 2)) is Status.IN_FORCE
    assert status_on(application_date(Schedule.GENERAL, AMND), D(2026, 8, 1)) is Status.UPCOMING


def test_reasons_are_bilingual_and_cite_the_law() -> None:
    answer = hr_timing(legacy(context={"intended_for_public_authorities": True}))
    assert "Art. 111(2)" in answer.reason_en and "2030-08-02" in answer.reason_en
    assert "overheidsinstanties" in answer.reason_nl and "artikel 111, lid 2" in answer.reason_nl


def test_art111_4_only_for_the_art50_2_obligation() -> None:
    """The other duties of Art. 50 keep the general date (Art. 113, second paragraph)."""
    facts = {**GENERATOR, "transparency": {"generates_synthetic_text": True, "deep_fake": True}}
    facts["roles"] = ("provider", "deployer")
    a = assess(system(**facts, placed_on_market=D(2026, 5, 1)), "2026-11-28")
    deep_fake = a.obligation("art50_4_deep_fake").timing
    assert deep_fake is not None and deep_fake.applies_from == D(2026, 8, 2)
    assert deep_fake.undetermined_because == ()


# --------------------------------------------------------------------------- milestones


def test_milestones_are_in_date_order_with_both_versions_marked() -> None:
    both = milestones()
    assert [m.date for m in both] == sorted(m.date for m in both)
    marks = {(m.key, m.date): m.versions for m in both}
    assert marks[K.HIGH_RISK_ANNEX_III, D(2027, 12, 2)] == (AMND,)
    assert marks[K.HIGH_RISK_ANNEX_III, D(2026, 8, 2)] == (ORIG,)
    assert marks[K.GENERAL, D(2026, 8, 2)] == (ORIG, AMND)
    assert all(m.what_nl and m.what_en and m.citations for m in both)


def test_milestones_per_version() -> None:
    original = {m.date for m in milestones(ORIG)}
    amended = {m.date for m in milestones(AMND)}
    assert D(2027, 8, 2) in original and D(2028, 8, 2) not in original
    assert {D(2026, 7, 27), D(2026, 12, 2), D(2027, 12, 2), D(2028, 8, 2)} <= amended
    assert milestones(AMND)[0].key is K.ENTRY_INTO_FORCE
