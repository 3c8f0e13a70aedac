"""Issue 12, the time dimension: every item quotes the article it encodes.

* §1 item 1 (dates): the route follows the classification, not the listing.
* §1 item 2: classification on the date (tier on as_of, dated tier changes).
* §1 item 3: fine exposure on the date and the dated exposure profile (GPAI models too).
* §1 item 4: Art. 111(4) is about placing on the market only.
* §1 item 6: Art. 111(2) shelters only high-risk systems; the derogation duties' date (A22).
* §1 item 13: A19 (Art. 52(1) and Art. 111(3)) and A21 (Arts. 4 and 50 under Art. 111(1)-(2)).
* §3: one Art. 111 (the dates are values of the engine's date rules).
"""

from __future__ import annotations

import datetime as dt
import importlib
from decimal import Decimal
from pathlib import Path

import pytest
from timecases import (
    ANNEX_I_MEDICAL,
    COMPANY,
    PUBLIC_BODY,
    assess,
    model,
    quoted,
    system,
)

import aiact
from aiact.assessment import RiskTier
from aiact.engine import EngineUnavailableError
from aiact.refs import ref
from aiact.timeline import Route, Status

D = dt.date
M = Decimal(1_000_000)

# --------------------------------------------------------------------------- item 1


def derogated_and_annex_i(**facts: object) -> aiact.AISystem:
    """Listed in Annex III (point 5(a)) but not high-risk under Art. 6(3) (a narrow procedural
    task without significant risk), and high-risk through Art. 6(1) as a medical device."""
    given: dict[str, object] = {"placed_on_market": D(2029, 1, 1), **facts}
    return system(annex_iii=["5a"], derogated=True, annex_i=ANNEX_I_MEDICAL, **given)  # type: ignore[arg-type]


def test_item1_the_route_follows_the_classification_not_the_listing() -> None:
    """Amended Art. 113, third paragraph, point (c): "(ii) 2 August 2028 as regards AI systems
    classified as high-risk pursuant to Article 6(1) and Annex I". A system listed in Annex III
    that Art. 6(3) takes out is not "classified as high-risk pursuant to Article 6(2) and Annex
    III"; high-risk only through Art. 6(1), it takes the Annex I date."""
    quoted("2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) "
           "and Annex I", "omnibus")  # fmt: skip
    a = assess(derogated_and_annex_i(), "2026-11-28")
    assert a.categories["annex_iii_listed"] is True and a.categories["derogation"] is True
    assert a.categories["high_risk_annex_i"] is True
    assert a.route is Route.ANNEX_I
    assert a.obligation("art9").applies_from == D(2028, 8, 2)
    assert a.obligation("art43").applies_from == D(2028, 8, 2)  # A1: the classification date
    assert [(c.date, c.tier) for c in a.tier_changes] == [(D(2028, 8, 2), RiskTier.HIGH_RISK)]


def test_item1_original_text_annex_i_date() -> None:
    """Original Art. 113, third paragraph, point (c): "Article 6(1) and the corresponding
    obligations in this Regulation shall apply from 2 August 2027"."""
    quoted("Article 6(1) and the corresponding obligations in this Regulation shall apply from "
           "2 August 2027")  # fmt: skip
    a = assess(derogated_and_annex_i(), "2026-05-01")
    assert a.law.value == "2024/1689"
    assert a.route is Route.ANNEX_I
    assert a.obligation("art9").applies_from == D(2027, 8, 2)


def test_item1_the_art111_2_cutoff_follows_the_route_too() -> None:
    """Amended Art. 111(2): "before the date of application of Chapter III referred to in Article
    113" (A2: the date of the system's classification). Placed on 1 Jan 2028, after the Annex III
    date but before the Annex I one, the derogated Annex I system is a legacy system."""
    a = assess(derogated_and_annex_i(placed_on_market=D(2028, 1, 1)), "2026-11-28")
    assert a.value("legacy.placed_before_cutoff") is True
    assert a.date("from.high_risk").never


# --------------------------------------------------------------------------- item 2

BA = {
    "ba_generates_intimate_imagery_without_consent": True,
    "ba_only_manipulation_not_increasing_exposure": False,
    "ba_intended_purpose": True,
}


def test_item2_not_prohibited_before_the_prohibition_applies() -> None:
    """Amended Art. 113, third paragraph, point (a): "Chapters I and II shall apply from
    2 February 2025, with the exception of Article 5(1), first subparagraph, points (ba) and
    (bb), and Article 5(1a) and (1b) which shall apply from 2 December 2026"."""
    quoted("with the exception of Article 5(1), first subparagraph, points (ba) and (bb), and "
           "Article 5(1a) and (1b) which shall apply from 2 December 2026", "omnibus")  # fmt: skip
    a = assess(system(prohibited=BA, profiling=False), "2026-09-01")
    assert a.value("art5.ba") is True
    assert a.classification_tier is RiskTier.PROHIBITED
    assert a.risk_tier is RiskTier.MINIMAL
    (change,) = a.tier_changes
    assert (change.date, change.tier) == (D(2026, 12, 2), RiskTier.PROHIBITED)
    assert change.citations == (ref("Art. 113, third paragraph, point (a)"),)
    assert change.text("en") == (
        "prohibited AI practice from 2026-12-02 (Art. 113, third paragraph, point (a))"
    )
    assert change.text("nl").startswith("verboden AI-praktijk vanaf 2026-12-02 (artikel 113")
    on_the_day = assess(system(prohibited=BA, profiling=False), "2026-12-02")
    assert on_the_day.risk_tier is RiskTier.PROHIBITED and not on_the_day.tier_changes


def test_item2_every_tier_and_route_has_its_date() -> None:
    """Each classification provision has its date (Art. 113): Art. 5(1)(a)-(h) 2 Feb 2025,
    Art. 6(2)+Annex III 2 Dec 2027 and Art. 6(1)+Annex I 2 Aug 2028 (point (c)), Art. 50 the
    general date (second paragraph)."""
    chatbot = {"interacts_directly_with_persons": True, "interaction_obvious": False}
    hr = system(annex_iii=["4a"], transparency=chatbot, placed_on_market=D(2028, 1, 1))
    a = assess(hr, "2026-05-01", law="amended")
    assert a.classification_tier is RiskTier.HIGH_RISK
    assert a.risk_tier is RiskTier.MINIMAL
    assert [(c.date, c.tier) for c in a.tier_changes] == [
        (D(2026, 8, 2), RiskTier.TRANSPARENCY),
        (D(2027, 12, 2), RiskTier.HIGH_RISK),
    ]
    assert a.tier_changes[0].citations == (ref("Art. 113, second paragraph"),)
    # The original text: Annex III from the general date, the same day as Art. 50.
    b = assess(hr, "2026-05-01")
    assert [(c.date, c.tier) for c in b.tier_changes] == [(D(2026, 8, 2), RiskTier.HIGH_RISK)]


def test_item2_legacy_systems_stay_high_risk() -> None:
    """Art. 111(2): "operators of high-risk AI systems ... placed on the market ... before
    [the cut-off]": the text calls them high-risk systems; the grace is a flag, not a tier."""
    a = assess(system(annex_iii=["5b"], placed_on_market=D(2025, 5, 1)), "2028-01-03")
    assert a.categories["legacy_grace"] is True
    assert a.risk_tier is RiskTier.HIGH_RISK
    assert a.obligation("art9").applies is False


def test_item2_unknown_facts_leave_the_tier_on_the_date_open() -> None:
    a = assess(system(annex_iii=None, profiling=None).model_copy(), "2028-01-03")
    b = aiact.assess(
        system(profiling=None).model_copy(
            update={"annex_iii": aiact.AISystem().annex_iii.model_copy(update={"points": None})}
        ),
        COMPANY,
        "2028-01-03",
    )
    assert a.risk_tier is RiskTier.MINIMAL
    assert b.possible_tiers == (RiskTier.HIGH_RISK,)
    assert b.possible_classification_tiers == (RiskTier.HIGH_RISK,)


def test_item2_the_tier_on_the_date_in_json_cli_and_html() -> None:
    a = assess(system(prohibited=BA, profiling=False), "2026-09-01")
    data = a.to_dict()
    assert data["classification"]["risk_tier"] == "minimal"
    assert data["classification"]["classification_tier"] == "prohibited"
    assert data["classification"]["tier_changes"][0]["date"] == "2026-12-02"
    assert "prohibited AI practice from 2026-12-02" in a.to_html()
    assert "prohibited AI practice from 2026-12-02" in a.to_markdown()
    # Dutch output writes dates the Dutch way, never ISO (issue 15, "Dutch throughout")
    assert "**2 dec 2026**: verboden AI-praktijk (artikel 113" in a.to_markdown("nl")


# --------------------------------------------------------------------------- item 3


def test_item3_no_exposure_before_a_duty_binds() -> None:
    """Art. 99(1): penalties "applicable to infringements of this Regulation by operators"; a
    duty that does not apply yet cannot be infringed. A (ba) provider: nothing on 1 Sep 2026,
    the Art. 99(3) ceiling (EUR 35M or 7 %) from 2 Dec 2026."""
    quoted("applicable to infringements of this Regulation by operators")
    a = assess(system(prohibited=BA, profiling=False), "2026-09-01")
    assert a.obligation("art5_1_ba").status is Status.UPCOMING
    assert a.exposure.max_ceiling is None
    assert "art5_1_ba" in a.exposure.not_yet_binding
    points = {p.date: p for p in a.exposure_profile.points}
    assert points[D(2026, 9, 1)].max_ceiling is None
    assert points[D(2026, 12, 2)].max_ceiling == 140 * M  # 7 % of EUR 2 bn (Art. 99(3))
    assert points[D(2026, 12, 2)].starts_binding == ("art5_1_ba",)


def test_item3_profile_of_an_annex_iii_provider() -> None:
    """EUR 0 now, then the Art. 99(4) ceiling (3 % or EUR 15M) from 2 Dec 2027."""
    a = assess(system(annex_iii=["4a"], placed_on_market=D(2028, 1, 1)), "2026-11-28")
    assert a.exposure.max_ceiling is None
    profile = [(p.date, p.max_ceiling) for p in a.exposure_profile.points]
    assert profile[0] == (D(2026, 11, 28), None)
    assert (D(2027, 12, 2), 60 * M) in profile
    point = next(p for p in a.exposure_profile.points if p.date == D(2027, 12, 2))
    assert "art9" in point.starts_binding and "art43" in point.starts_binding
    assert a.to_dict()["exposure_profile"]["points"][0]["date"] == "2026-11-28"


def test_item3_gpai_models_under_art111_3_and_art101() -> None:
    """Art. 101(1): "The Commission may impose on providers of general-purpose AI models fines";
    Art. 101 applies from 2 August 2026 (Art. 113, third paragraph, point (b): "with the
    exception of Article 101"); a model placed before 2 Aug 2025 is bound by 2 Aug 2027
    (Art. 111(3))."""
    quoted("The Commission may impose on providers of general-purpose AI models fines")
    quoted("Chapter XII and Article 78 shall apply from 2 August 2025, with the exception of "
           "Article 101")  # fmt: skip
    legacy = aiact.assess_model(model(D(2025, 3, 1)), COMPANY, "2026-09-01")
    assert legacy.exposure.max_ceiling is None
    assert [(p.date, p.max_ceiling) for p in legacy.exposure_profile.points] == [
        (D(2026, 9, 1), None),
        (D(2027, 8, 2), 60 * M),
    ]
    new = aiact.assess_model(model(D(2025, 9, 1)), COMPANY, "2025-09-15")
    points = new.exposure_profile.points
    assert points[0].binding and points[0].max_ceiling is None  # bound, but Art. 101 not yet
    assert (points[1].date, points[1].max_ceiling) == (D(2026, 8, 2), 60 * M)
    assert points[1].starts_binding == () and points[1].ceiling_changes


def test_item3_undetermined_dates_are_reported_not_guessed() -> None:
    """The route unknown (Annex III or Annex I): the date is 2 Dec 2027 or 2 Aug 2028; on
    1 Jan 2028 whether the duties bind is undetermined, so they are not counted."""
    unsure = system(annex_iii=["5a"], annex_i=ANNEX_I_MEDICAL, profiling=None)
    unsure = unsure.model_copy(
        update={"derogation": unsure.derogation.model_copy(update={"narrow_procedural_task": True,
                                                                   "no_significant_risk": True})}
    )  # fmt: skip
    a = assess(unsure.model_copy(update={"placed_on_market": D(2029, 1, 1)}), "2028-01-01")
    timing = a.obligation("art9").timing
    assert timing is not None and timing.status is Status.UNDETERMINED
    assert timing.possible_applies_from == (D(2027, 12, 2), D(2028, 8, 2))
    assert "derogation.profiling" in timing.undetermined_because
    assert "art9" in a.exposure.binding_undetermined
    assert "art9" not in {r.obligation_id for r in a.exposure.obligations}
    later = {p.date: p for p in a.exposure_profile.points}
    assert "art9" in later[D(2028, 8, 2)].binding  # every possible date has come


# --------------------------------------------------------------------------- item 4

GENERATOR = {"generates_synthetic_image": True}


def test_item4_art111_4_is_about_placing_on_the_market_only() -> None:
    """Amended Art. 111(4): "Providers of AI systems ... that have been placed on the market
    before 2 August 2026" -- paragraphs (1) and (2) say "placed on the market or put into
    service", paragraph (4) does not. A generator only put into service gets no grace."""
    quoted("that have been placed on the market before 2 August 2026 shall take the necessary "
           "steps in order to comply with Article 50(2) by 2 December 2026", "omnibus")  # fmt: skip
    in_service = system(transparency=GENERATOR, profiling=False, put_into_service=D(2026, 5, 1))
    a = assess(in_service, "2026-11-28")
    timing = a.obligation("art50_2").timing
    assert timing is not None
    assert (timing.applies_from, timing.grace, timing.status) == (
        D(2026, 8, 2),
        "none",
        Status.IN_FORCE,
    )
    placed = system(transparency=GENERATOR, profiling=False, placed_on_market=D(2026, 5, 1))
    timing = assess(placed, "2026-11-28").obligation("art50_2").timing
    assert timing is not None
    assert (timing.applies_from, timing.grace) == (D(2026, 12, 2), "art111_4")


# --------------------------------------------------------------------------- item 6


def derogated(**facts: object) -> aiact.AISystem:
    return system(annex_iii=["5a"], derogated=True, **facts)  # type: ignore[arg-type]


def test_item6_art111_2_shelters_only_high_risk_systems() -> None:
    """Art. 111(2): "this Regulation shall apply to operators of high-risk AI systems ...": a
    system that is not high-risk under Art. 6(3) gets no shelter, even placed before the cut-off:
    its Art. 6(4) and 49(2) duties run on their own date."""
    quoted("this Regulation shall apply to operators of high-risk AI systems, other than the "
           "systems referred to in paragraph 1 of this Article")  # fmt: skip
    a = assess(derogated(placed_on_market=D(2025, 5, 1)), "2026-11-28")
    assert a.value("hr.high_risk") is False
    for obligation_id in ("art6_4", "art49_2"):
        result = a.obligation(obligation_id)
        assert result.applies is True
        assert result.timing is not None and result.timing.grace == "none"
        assert result.applies_from == D(2026, 8, 2)
        assert result.status is Status.IN_FORCE


def test_a22_alternative_moves_art49_2_and_art80_4_5_too() -> None:
    """Review-timing note: A22=annex_iii_date is argued from Art. 6(4) being in Section 1, but it
    moves the whole derogation group, the Art. 49(2) registration (Section 5) and Art. 80(4)-(5)
    (Chapter IX) too; the reading's description says so."""
    from aiact.interpretations import Interpretations
    from aiact.obligations import catalogue
    from aiact.rules.timing import TimingGroup, timing_group

    for oid in ("art6_4", "art49_2", "art49_4_not_high_risk"):
        assert timing_group(catalogue().get(oid)) is TimingGroup.DEROGATION, oid
    # Art. 80(4)-(5) have their own group (A27, ADR 0029), whose reading placed_as_not_high_risk
    # (the default until round 8) takes the derogation base date, and so A22, too; under the
    # default legacy_high_risk (round 9) a system placed in 2027, before the amended Art. 111(2)
    # cut-off, is sheltered by Art. 111(2) and A22 does not move it.
    for oid in ("art80_4", "art80_5"):
        assert timing_group(catalogue().get(oid)) is TimingGroup.RECLASSIFIED, oid
    description = Interpretations.model_fields["derogation_duties_date"].description or ""
    assert "49(2)" in description and "80(4)-(5)" in description
    alternative = assess(
        derogated(placed_on_market=D(2027, 1, 1)),
        "2026-11-28",
        derogation_duties_date="annex_iii_date",
    )
    timing = alternative.obligation("art49_2").timing
    assert timing is not None and timing.applies_from == D(2027, 12, 2)
    data = derogated(placed_on_market=D(2027, 1, 1)).model_dump()
    data["authority_actions"] = {
        **(data.get("authority_actions") or {}),
        "msa_found_derogated_system_high_risk": True,
    }
    found = aiact.AISystem.model_validate(data)
    # Under A22=annex_iii_date Art. 6(3) applies to Annex III systems from 2 December 2027, so
    # no Art. 80(2) finding can exist before (ADR 0032, round 11): assessed on that day.
    art80_4 = assess(
        found,
        "2027-12-02",
        derogation_duties_date="annex_iii_date",
        reclassified_system_timing="placed_as_not_high_risk",
    ).obligation("art80_4")
    assert art80_4.applies_from == D(2027, 12, 2)
    by_default = assess(found, "2027-12-02", derogation_duties_date="annex_iii_date")
    timing = by_default.obligation("art80_4").timing
    assert timing is not None and (timing.applies_from, timing.grace) == (None, "art111_2")


def test_item6_a22_default_general_date_and_alternative_annex_iii_date() -> None:
    """Amended Art. 113, third paragraph, point (c): Sections 1-3 apply "(i) 2 December 2027 as
    regards AI systems classified as high-risk pursuant to Article 6(2) and Annex III". A22
    (default): a derogated system is not so classified, so Art. 6(4) and 49(2) apply from the
    general date (second paragraph: "It shall apply from 2 August 2026"); alternative: the
    Annex III date."""
    quoted("2 December 2027 as regards AI systems classified as high-risk pursuant to Article "
           "6(2) and Annex III", "omnibus")  # fmt: skip
    quoted("It shall apply from 2 August 2026.")
    default = assess(derogated(placed_on_market=D(2027, 1, 1)), "2026-11-28")
    assert default.obligation("art6_4").applies_from == D(2026, 8, 2)
    assert default.interpretations_used["A22"] == "general_date"
    alternative = assess(
        derogated(placed_on_market=D(2027, 1, 1)),
        "2026-11-28",
        derogation_duties_date="annex_iii_date",
    )
    timing = alternative.obligation("art6_4").timing
    assert timing is not None
    assert timing.applies_from == D(2027, 12, 2)
    assert "A22=annex_iii_date" in timing.interpretations
    # The original point (c) deferred only "Article 6(1) and the corresponding obligations":
    # the general date under both readings.
    for reading in ("general_date", "annex_iii_date"):
        original = assess(
            derogated(placed_on_market=D(2027, 1, 1)),
            "2026-05-01",
            derogation_duties_date=reading,
        )
        assert original.obligation("art49_2").applies_from == D(2026, 8, 2)


def test_item6_annex_x_components_still_get_art111_1() -> None:
    """Art. 111(1) speaks of "AI systems which are components of the large-scale IT systems",
    high-risk or not: the derogation duties of such a component wait for 31 Dec 2030."""
    a = assess(
        derogated(
            placed_on_market=D(2025, 5, 1), context={"annex_x_large_scale_it_component": True}
        ),
        "2026-11-28",
    )
    timing = a.obligation("art6_4").timing
    assert timing is not None
    assert (timing.applies_from, timing.grace) == (D(2030, 12, 31), "art111_1")


# --------------------------------------------------------------------------- item 13


def test_a19_the_notification_of_a_legacy_model() -> None:
    """A19. Art. 111(3): providers of models placed before 2 August 2025 "shall take the
    necessary steps in order to comply with the obligations laid down in this Regulation by
    2 August 2027"; Art. 52(1) names no exception. Default: deferred; alternative: due from
    2 August 2025 (Art. 113, third paragraph, point (b))."""
    systemic = model(D(2025, 3, 1), training_compute_flop=10**26)
    a = aiact.assess_model(systemic, COMPANY, "2026-09-01")
    timing = a.obligation("art52_1").timing
    assert timing is not None
    assert (timing.applies_from, timing.grace, timing.group) == (
        D(2027, 8, 2),
        "art111_3",
        "gpai_notification",
    )
    assert "A19=deferred" in timing.interpretations
    b = aiact.assess_model(
        systemic, COMPANY, "2026-09-01", interpretations={"gpai_notification": "due_from_2025"}
    )
    timing = b.obligation("art52_1").timing
    assert timing is not None
    assert (timing.applies_from, timing.status) == (D(2025, 8, 2), Status.IN_FORCE)
    assert b.exposure.max_ceiling == 60 * M  # Art. 101 applies from 2 Aug 2026
    assert b.obligation("art53_1_a").applies_from == D(2027, 8, 2)  # the rest stays deferred


CHATBOT = {"interacts_directly_with_persons": True, "interaction_obvious": False}


def test_a13_amended_art4_is_dated_from_the_omnibus_entry_into_force() -> None:
    """A13. The amended Art. 4 is dated by Art. 113, third paragraph, point (a) (2 February
    2025), but its wording exists only from the entry into force of Regulation (EU) 2026/1744
    (27 July 2026, its Art. 4): the amended text asked for an earlier day shows it as upcoming;
    the original Art. 4 keeps 2 February 2025."""
    quoted("Chapters I and II shall apply from 2 February 2025")
    deployer = system(roles=("deployer",))
    before = assess(deployer, "2026-03-01", PUBLIC_BODY, law="amended")
    timing = before.obligation("art4_1").timing
    assert timing is not None and timing.applies_from == D(2026, 7, 27)
    assert before.obligation("art4_1").status.value == "upcoming"
    original = assess(deployer, "2026-03-01", PUBLIC_BODY, law="original")
    assert original.obligation("art4").applies_from == D(2025, 2, 2)


def test_a21_arts_4_and_50_are_not_deferred_by_default() -> None:
    """A21. Art. 111(1) and (2) defer "this Regulation", reserving only Art. 5. Default: Art. 4
    (the organisation's staff, not the system) and Art. 50 (which has its own Art. 111(4)) apply
    on their Art. 113 dates; alternative: read literally, deferred."""
    quoted("shall be brought into compliance with this Regulation by 31 December 2030")
    component = system(
        roles=("provider", "deployer"),
        annex_iii=["7c"],
        transparency=CHATBOT,
        context={"annex_x_large_scale_it_component": True},
        placed_on_market=D(2025, 5, 1),
    )
    a = assess(component, "2026-11-28", PUBLIC_BODY)
    # A13: the replaced Art. 4 exists only from the Omnibus's entry into force (27 July 2026)
    assert a.obligation("art4_1").applies_from == D(2026, 7, 27)
    assert a.obligation("art50_1").applies_from == D(2026, 8, 2)
    assert a.obligation("art9").applies_from == D(2030, 12, 31)  # Art. 111(1) for Chapter III
    literal = assess(component, "2026-11-28", PUBLIC_BODY, legacy_general_duties="literal")
    for obligation_id in ("art4_1", "art50_1"):
        timing = literal.obligation(obligation_id).timing
        assert timing is not None
        assert (timing.applies_from, timing.grace) == (D(2030, 12, 31), "art111_1")
        assert "A21=literal" in timing.interpretations


def test_a21_literal_reading_for_a_legacy_high_risk_system() -> None:
    """Art. 111(2) read literally: the legacy system without change is outside "this
    Regulation", Art. 50 included; by default Art. 50 still applies from the general date."""
    legacy = system(annex_iii=["5b"], transparency=CHATBOT, placed_on_market=D(2025, 5, 1))
    default = assess(legacy, "2026-11-28")
    assert default.obligation("art50_1").status is Status.IN_FORCE
    literal = assess(legacy, "2026-11-28", legacy_general_duties="literal")
    result = literal.obligation("art50_1")
    assert result.applies is True and result.status is Status.NOT_APPLICABLE
    assert result.timing is not None and result.timing.grace == "art111_2"


# --------------------------------------------------------------------------- §3


def test_one_art111_the_case_analysis_is_gone() -> None:
    """Issue 12, §3: Art. 111 exists once. The timeline's case analysis (``system_deadline``) and
    the test that held it to the engine are gone; an obligation's date is the value of the
    engine's date rule, explained case by case."""
    import aiact.timeline as timeline

    assert not hasattr(timeline, "system_deadline")
    source = importlib.import_module("aiact.timeline.transitional").__file__
    assert source is not None
    text = Path(source).read_text(encoding="utf-8")
    assert "_explore" not in text and "_placing_candidates" not in text
    tests = Path(__file__).parent
    assert not (tests / "test_transitional_consistency.py").exists()

    a = assess(
        system(annex_iii=["5b"], placed_on_market=D(2025, 5, 1), context={
            "intended_for_public_authorities": True}),
        "2026-11-28",
    )  # fmt: skip
    derivation = a.explain_date("Art. 9")
    assert derivation.name == "from.high_risk"
    fired = derivation.fired
    # d4fix33: Chapter III's date rules read the Art. 111(2) names without the "is high-risk"
    # conjunct (aiact.rules.timing.CHAPTER_III_LEGACY), equal to the system's own here.
    assert fired is not None and fired.reads == "legacy.placed_before_cutoff_if_high_risk"
    assert fired.condition is not None and fired.condition.value is True
    (branch,) = fired.refs
    # The branch defers to the second sentence's own rule (review27: its deadline holds "in
    # any case", also with the change unknown).
    assert (
        branch.fired is not None
        and branch.fired.reads == "legacy.public_authority_deadline_addressed"
    )
    (public,) = branch.fired.refs
    assert public.fired is not None and public.fired.case.grace == "art111_2_public_authority"
    text = derivation.text()
    assert "Art. 111(2)" in text and "2030-08-02" in text
    assert "legacy.placed_before_cutoff = true" in text
    assert "Art. 111(2)" in derivation.sources()
    assert derivation.to_dict()["cases"][-1]["holds"] == "true"
    assert "artikel 111, lid 2" in derivation.text("nl")


def test_date_rules_name_the_deciding_unknowns() -> None:
    """An undetermined date names the unknown inputs that decide it and lists the possible
    dates; the reason is generated from the declarations in both languages."""
    unknown = system(
        annex_iii=["5b"],
        placed_on_market=D(2025, 5, 1),
        context={"intended_for_public_authorities": True, "annex_x_large_scale_it_component": None},
    )
    a = assess(unknown, "2026-11-28")
    date = a.date("from.high_risk")
    assert not date.determined
    assert date.possible == (D(2030, 8, 2), D(2030, 12, 31))
    timing = a.obligation("art9").timing
    assert timing is not None
    assert timing.undetermined_because == ("context.annex_x_large_scale_it_component",)
    # named by its label, not its field id (review69 D3, words21b)
    assert "context.annex_x" not in timing.reason_en + timing.reason_nl
    assert "a component of a large-scale IT system of Annex X" in timing.reason_en
    assert "een component van een grootschalig IT-systeem van bijlage X" in timing.reason_nl
    assert "2030-12-31" in timing.reason_nl and "De datum is onbepaald" in timing.reason_nl
    questions = {q.fact: q.affects for q in a.open_questions}
    assert "art9" in questions["context.annex_x_large_scale_it_component"]


def test_both_engines_give_the_same_dates() -> None:
    """The date selection runs after the boolean evaluation, one implementation for both
    engines: identical boolean values give identical dates."""
    try:
        from aiact.engine.durable import durable_engine

        durable_engine()
    except EngineUnavailableError as error:  # pragma: no cover - depends on the interpreter
        pytest.skip(str(error))
    cases = [
        (system(prohibited=BA, profiling=False), "2026-09-01"),
        (derogated_and_annex_i(), "2026-11-28"),
        (system(annex_iii=["5b"], placed_on_market=D(2025, 5, 1)), "2026-11-28"),
    ]
    for sys_, day in cases:
        native = aiact.assess(sys_, COMPANY, day)
        durable = aiact.assess(sys_, COMPANY, day, engine="durable")
        for rule in native.evaluation.ruleset.date_rules:
            assert native.date(rule.name) == durable.date(rule.name), rule.name
        assert native.tier_changes == durable.tier_changes
        assert native.exposure_profile == durable.exposure_profile


# --------------------------------------------------------------------------- the CLI


def test_cli_shows_the_tier_changes_the_profile_and_explains_a_date() -> None:
    """The console view shows the tier on the date, the dated changes and the exposure profile;
    ``aiact explain-date`` explains an obligation's date case by case (Art. 111(2) here: the
    example system is a legacy system intended for public authorities)."""
    pytest.importorskip("click")
    pytest.importorskip("rich")
    from click.testing import CliRunner

    from aiact.cli import main

    example = (
        Path(__file__).resolve().parent.parent / "examples" / "benefits-fraud-risk-scoring.yaml"
    )
    runner = CliRunner()
    shown = runner.invoke(main, ["assess", str(example)])
    assert shown.exit_code == 0, shown.output
    assert "Tier changes ahead" in shown.output and "2027-12-02" in shown.output
    assert "Fine exposure over time" in shown.output or "Highest fine ceiling" in shown.output
    assert "Classification (apart from the date)" in shown.output
    dutch = runner.invoke(main, ["assess", str(example), "--lang", "nl"])
    assert "Komende wijzigingen van de risicocategorie" in dutch.output
    explained = runner.invoke(main, ["explain-date", str(example), "Art. 26(1)"])
    assert explained.exit_code == 0, explained.output
    assert explained.output.startswith("from.high_risk = ")
    assert "Art. 111(2)" in explained.output and "2030-08-02" in explained.output
    as_json = runner.invoke(
        main, ["explain-date", str(example), "tier.high_risk", "--format", "json"]
    )
    assert as_json.exit_code == 0 and '"date_rule": "tier.high_risk"' in as_json.output
    unknown = runner.invoke(main, ["explain-date", str(example), "no-such-thing"])
    assert unknown.exit_code != 0
