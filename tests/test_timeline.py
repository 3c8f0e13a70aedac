"""The dates of Arts. 111 and 113 in both versions, the A1-A3 switches and legacy examples.

Every date is checked against the Official Journal text: Regulation (EU) 2024/1689, Arts. 111 and
113; Regulation (EU) 2026/1744, Art. 1, points (39) and (40), and Art. 4.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

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
    system_deadline,
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


def deadline(**overrides: Any) -> DeadlineAnswer:
    """AMND legacy Annex III high-risk system placed in 2025 (amended text, 28 Nov 2026)."""
    facts: dict[str, Any] = {
        "schedule": Schedule.HIGH_RISK,
        "law": AMND,
        "route": Route.ANNEX_III,
        "first_placed": D(2025, 5, 1),
        "significant_change": None,
        "intended_for_public_authorities": False,
        "used_by_public_authorities": False,
        "annex_x_component": False,
        "kind": "ai_system",
        "art50_2_generator": None,
        "as_of": D(2026, 11, 28),
    }
    facts.update(overrides)
    return system_deadline(**facts)


def test_art111_2_legacy_system_without_change_not_public_is_not_applicable() -> None:
    answer = deadline()
    assert answer.applies_from is None
    assert answer.grace == "art111_2"
    assert answer.status is Status.NOT_APPLICABLE
    assert ref("Art. 111(2)") in answer.citations


def test_art111_2_legacy_system_for_public_authorities_complies_by_2_aug_2030() -> None:
    answer = deadline(intended_for_public_authorities=True)
    assert answer.applies_from == D(2030, 8, 2)
    assert answer.deadline == D(2030, 8, 2)
    assert answer.grace == "art111_2_public_authority"
    assert answer.status is Status.UPCOMING


def test_art111_2_significant_change_after_cutoff_brings_the_system_in() -> None:
    """Amended cut-off (A2 route date) 2 Dec 2027; change on 1 Mar 2028 -> applies then."""
    answer = deadline(significant_change=D(2028, 3, 1))
    assert answer.applies_from == D(2028, 3, 1)
    assert answer.grace == "art111_2"


def test_art111_2_significant_change_applies_from_the_later_of_change_and_date() -> None:
    """Original text: cut-off 2 Aug 2026; Annex I route applies 2 Aug 2027 (point (c))."""
    answer = deadline(law=ORIG, route=Route.ANNEX_I, significant_change=D(2026, 9, 1))
    assert answer.applies_from == D(2027, 8, 2)


def test_art111_2_significant_change_before_cutoff_does_not_count() -> None:
    answer = deadline(significant_change=D(2027, 1, 1))
    assert answer.applies_from is None
    assert answer.status is Status.NOT_APPLICABLE


def test_art111_2_system_placed_after_cutoff_follows_art113() -> None:
    answer = deadline(first_placed=D(2028, 1, 10), as_of=D(2028, 2, 1))
    assert answer.applies_from == D(2027, 12, 2)
    assert answer.grace == "none"
    assert answer.status is Status.IN_FORCE


def test_art111_1_annex_x_component_complies_by_31_dec_2030() -> None:
    for law in LawVersion:
        answer = deadline(law=law, annex_x_component=True)
        assert answer.applies_from == D(2030, 12, 31)
        assert answer.grace == "art111_1"
        assert ref("Art. 111(1)") in answer.citations


def test_art111_1_annex_x_component_placed_after_cutoff_is_not_deferred() -> None:
    answer = deadline(annex_x_component=True, first_placed=D(2028, 1, 1))
    assert answer.applies_from == D(2027, 12, 2)
    assert answer.grace == "none"


def test_art111_3_gpai_model_placed_march_2025_complies_by_2_aug_2027() -> None:
    for law in LawVersion:
        answer = deadline(
            schedule=Schedule.GPAI,
            law=law,
            route=None,
            kind="gpai_model",
            first_placed=D(2025, 3, 1),
        )
        assert answer.applies_from == D(2027, 8, 2)
        assert answer.grace == "art111_3"


def test_art111_3_gpai_model_placed_after_cutoff_applies_from_2_aug_2025() -> None:
    answer = deadline(
        schedule=Schedule.GPAI, route=None, kind="gpai_model", first_placed=D(2025, 9, 1)
    )
    assert answer.applies_from == D(2025, 8, 2)
    assert answer.grace == "none"


def test_art111_4_generator_placed_may_2026_complies_with_art50_2_by_2_dec_2026() -> None:
    answer = deadline(schedule=Schedule.GENERAL, art50_2_generator=True, first_placed=D(2026, 5, 1))
    assert answer.applies_from == D(2026, 12, 2)
    assert answer.grace == "art111_4"
    # The original text has no Art. 111(4): the general date.
    original = deadline(
        schedule=Schedule.GENERAL, law=ORIG, art50_2_generator=True, first_placed=D(2026, 5, 1)
    )
    assert original.applies_from == D(2026, 8, 2)
    assert original.grace == "none"


@pytest.mark.parametrize("schedule", [Schedule.CHAPTERS_I_II, Schedule.NEW_PROHIBITIONS])
def test_art5_is_never_deferred(schedule: Schedule) -> None:
    """Art. 111(1) and (2): 'without prejudice to the application of Article 5'."""
    expected = application_date(schedule, AMND).date
    for facts in (
        {"annex_x_component": True},
        {"intended_for_public_authorities": True},
        {"first_placed": D(2020, 1, 1)},
        {"first_placed": None, "annex_x_component": None, "route": None},
    ):
        answer = deadline(schedule=schedule, **facts)
        assert answer.applies_from == expected
        assert answer.grace == "none"


def test_a2_switch_changes_the_legacy_cutoff() -> None:
    """A2, amended Art. 111(2): a system placed 1 Jan 2027 is legacy only under ROUTE_DATE."""
    route_date = Interpretations(art111_cutoff=Art111Cutoff.ROUTE_DATE)
    general = Interpretations(art111_cutoff=Art111Cutoff.GENERAL_DATE)
    assert art111_2_cutoff(AMND, Route.ANNEX_III, route_date).date == D(2027, 12, 2)
    assert art111_2_cutoff(AMND, Route.ANNEX_I, route_date).date == D(2028, 8, 2)
    assert art111_2_cutoff(AMND, Route.ANNEX_III, general).date == D(2026, 8, 2)
    assert art111_2_cutoff(ORIG, Route.ANNEX_III, route_date).date == D(2026, 8, 2)
    legacy = deadline(first_placed=D(2027, 1, 1), interpretations=route_date)
    covered = deadline(first_placed=D(2027, 1, 1), interpretations=general)
    assert legacy.applies_from is None and "A2=route_date" in legacy.interpretations
    assert covered.applies_from == D(2027, 12, 2)


def test_a3_switch_changes_which_public_authority_fact_counts() -> None:
    """A3, Art. 111(2), second sentence: 'intended to be used by public authorities'."""
    used_only = {"intended_for_public_authorities": False, "used_by_public_authorities": True}
    readings = {
        PublicAuthorityUse.INTENDED_OR_ACTUAL: D(2030, 8, 2),
        PublicAuthorityUse.ACTUAL_USE: D(2030, 8, 2),
        PublicAuthorityUse.INTENDED_PURPOSE: None,
    }
    for reading, expected in readings.items():
        answer = deadline(
            interpretations=Interpretations(public_authority_use=reading), **used_only
        )
        assert answer.applies_from == expected
        assert f"A3={reading.value}" in answer.interpretations


def test_unknown_facts_that_decide_are_named() -> None:
    answer = deadline(intended_for_public_authorities=None, used_by_public_authorities=None)
    assert answer.status is Status.UNDETERMINED
    assert set(answer.undetermined_because) == {
        "intended_for_public_authorities",
        "used_by_public_authorities",
    }
    assert answer.possible_applies_from == (D(2030, 8, 2), None)
    unknown_placing = deadline(first_placed=None)
    assert "placed_on_market" in unknown_placing.undetermined_because


def test_unknown_facts_that_do_not_decide_are_not_asked() -> None:
    # Public authority: 2 Aug 2030 whatever the route (both routes' cut-offs are later).
    answer = deadline(route=None, intended_for_public_authorities=True)
    assert answer.applies_from == D(2030, 8, 2)
    assert answer.undetermined_because == ()
    # Placed after both cut-offs of Art. 111(1)-(2): Annex X status does not matter.
    late = deadline(first_placed=D(2029, 1, 1), annex_x_component=None)
    assert late.applies_from == D(2027, 12, 2)


def test_version_switch_between_1_may_2026_and_28_nov_2026() -> None:
    """law=None picks the version in force: original on 1 May 2026, amended on 28 Nov 2026."""
    new_system = {"first_placed": D(2028, 1, 10), "law": None}
    before = deadline(as_of=D(2026, 5, 1), **new_system)
    after = deadline(as_of=D(2026, 11, 28), **new_system)
    assert (before.law, before.applies_from) == (ORIG, D(2026, 8, 2))
    assert (after.law, after.applies_from) == (AMND, D(2027, 12, 2))
    prohibition = {"schedule": Schedule.NEW_PROHIBITIONS, "law": None}
    assert deadline(as_of=D(2026, 5, 1), **prohibition).status is Status.NOT_APPLICABLE
    assert deadline(as_of=D(2026, 11, 28), **prohibition).status is Status.UPCOMING
    assert deadline(as_of=D(2026, 12, 2), **prohibition).status is Status.IN_FORCE


def test_status_on() -> None:
    answer = deadline(first_placed=D(2028, 1, 10))
    assert status_on(answer, D(2027, 12, 1)) is Status.UPCOMING
    assert status_on(answer, D(2027, 12, 2)) is Status.IN_FORCE
    assert status_on(application_date(Schedule.GENERAL, AMND), D(2026, 8, 1)) is Status.UPCOMING


def test_reasons_are_bilingual_and_cite_the_law() -> None:
    answer = deadline(intended_for_public_authorities=True)
    assert "Art. 111(2)" in answer.reason_en
    assert "overheidsinstanties" in answer.reason_nl


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


def test_art111_4_only_for_the_art50_2_obligation() -> None:
    """art50_2_generator None or False: not the Art. 50(2) obligation -> the general date."""
    for flag in (None, False):
        answer = deadline(
            schedule=Schedule.GENERAL, art50_2_generator=flag, first_placed=D(2026, 5, 1)
        )
        assert answer.applies_from == D(2026, 8, 2)
        assert answer.undetermined_because == ()
