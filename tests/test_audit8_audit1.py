"""Audit round 8 (helper audit1, area TIME): new cases on Art. 111 and Art. 113, judged against
the text of Regulation (EU) 2024/1689 and of the Digital Omnibus, Regulation (EU) 2026/1744.

The tests marked ``xfail(strict=True)`` assert the answer the text requires where aiact gives
another (AUDIT.md, one entry each); the integrator removes the mark with the fix. The other
tests pin edges that were right (the day before, of and after a date of application, both law
versions, chosen by date and explicitly)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from timecases import ANNEX_I_MEDICAL, COMPANY, NO_ROLES, PUBLIC_BODY, assess, model, quoted, system

import aiact
from aiact.errors import InputError
from aiact.refs import ref
from aiact.timeline import milestones
from aiact.versions import LawVersion

D = dt.date

BA = {"ba_generates_intimate_imagery_without_consent": True, "ba_intended_purpose": True}


def _as_role(sys_: aiact.AISystem, role: str, **value_chain: Any) -> aiact.AISystem:
    """``sys_`` with ``role`` as its only role (and value-chain facts), validated again."""
    data = sys_.model_dump()
    data["roles"] = {**NO_ROLES, role: True}
    data["value_chain"] = {**data["value_chain"], **value_chain}
    return aiact.AISystem.model_validate(data)


# =========================================================================== defects (xfail)


@pytest.mark.parametrize(
    ("role", "duty", "value_chain"),
    [
        ("importer", "art23_1", {"provider_established_in_eu": False}),
        ("distributor", "art24_1", {}),
        ("authorised_representative", "art22_3", {"provider_established_in_eu": False}),
    ],
)
def test_d1_public_authority_deadline_binds_only_providers_and_deployers(
    role: str, duty: str, value_chain: dict[str, bool]
) -> None:
    """Art. 111(2), first sentence: "this Regulation shall apply to operators of high-risk AI
    systems ... that have been placed on the market or put into service before the date of
    application of Chapter III referred to in Article 113, only if, as from that date, those
    systems are subject to significant changes in their designs"; second sentence: "In any case,
    the providers and deployers of high-risk AI systems intended to be used by public authorities
    shall take the necessary steps to comply ... by 2 August 2030". An importer, distributor or
    authorised representative (Art. 3(8): operators) of an unchanged legacy system is not a
    provider or deployer: the Regulation does not apply to it, and no 2030 deadline."""
    quoted(
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations laid down in this Regulation by 2 August 2030.",
        "omnibus",
    )
    legacy = system(
        annex_iii=["4a"],
        context={"intended_for_public_authorities": True},
        placed_on_market=D(2025, 1, 1),
    )
    a = assess(_as_role(legacy, role, **value_chain), "2026-12-04")
    result = a.obligation(duty)
    assert result.applies is False, (result.applies, result.deadline, result.timing)


def test_d2_public_authority_system_applies_whatever_its_placing_date() -> None:
    """Art. 111(2): a high-risk system "intended to be used by public authorities" complies from
    its Art. 113 date (2 Dec 2027, amended Art. 113, third paragraph, point (c)(i)) when placed
    after the cut-off and "In any case ... by 2 August 2030" when placed before: with the placing
    date unknown the duty applies either way; only its date is open."""
    quoted("(i) 2 December 2027 as regards AI systems classified as high-risk pursuant to "
           "Article 6(2) and Annex III", "omnibus")  # fmt: skip
    unknown_date = system(annex_iii=["4a"], context={"intended_for_public_authorities": True})
    art9 = assess(unknown_date, "2026-12-04").obligation("art9")
    assert art9.timing is not None
    assert list(art9.timing.possible_applies_from) == [D(2027, 12, 2), D(2030, 8, 2)]
    assert aiact.is_true(art9.applies)


def test_d3_annex_x_component_after_the_art111_1_cutoff_is_not_called_no_component() -> None:
    """Art. 111(2) excludes "the systems referred to in paragraph 1 of this Article", and
    paragraph 1 refers to Annex X components "placed on the market or put into service before
    2 August 2027". A component placed on 1 Sep 2027 is an Annex X component outside paragraph 1:
    Art. 111(2) shelters it (rightly), but the reason must not say it is not a component."""
    quoted("AI systems which are components of the large-scale IT systems established by the "
           "legal acts listed in Annex X that have been placed on the market or put into service "
           "before 2 August 2027")  # fmt: skip
    component = system(
        annex_iii=["7b"],
        context={
            "annex_x_large_scale_it_component": True,
            "intended_for_public_authorities": True,
        },
        placed_on_market=D(2027, 9, 1),
    )
    timing = assess(component, "2027-10-01").obligation("art9").timing
    assert timing is not None and timing.grace == "art111_2_public_authority"
    assert "not an Annex X component" not in timing.reason_en
    assert "geen component van bijlage X" not in timing.reason_nl


def test_d4_amended_timeline_names_the_art111_2_cutoff() -> None:
    """Amended Art. 111(2): systems placed "before the date of application of Chapter III
    referred to in Article 113" are covered only after a significant change. Under the default
    reading A2 (route date) that is 2 Dec 2027 (Annex III) and 2 Aug 2028 (Annex I); the original
    key dates list their cut-off (2 Aug 2026), the amended ones list none."""
    quoted("placed on the market or put into service before the date of application of Chapter "
           "III referred to in Article 113", "omnibus")  # fmt: skip
    cutoffs = [
        m
        for m in milestones(LawVersion.AMENDED)
        if ref("Art. 111(2)") in m.citations and m.date != D(2030, 8, 2)
    ]
    assert cutoffs, [(m.date, m.key) for m in milestones(LawVersion.AMENDED)]
    assert [m.date for m in cutoffs] == [D(2027, 12, 2), D(2028, 8, 2)]
    for m in cutoffs:
        assert "default reading A2" in m.what_en and "Art. 111(2) cut-off" in m.what_en
        assert "standaardlezing A2" in m.what_nl and "artikel 111, lid 2" in m.what_nl


def test_d4_key_date_of_art5_names_the_amended_exception() -> None:
    """Amended Art. 113, third paragraph, point (a): Chapters I and II apply from 2 February 2025
    "with the exception of Article 5(1), first subparagraph, points (ba) and (bb), and Article
    5(1a) and (1b) which shall apply from 2 December 2026"; the row of 2 February 2025, shared by
    both versions, must not say Art. 5 applies whole in the amended text."""
    quoted("points (ba) and (bb), and Article 5(1a) and (1b) which shall apply from "
           "2 December 2026", "omnibus")  # fmt: skip
    (row,) = [m for m in milestones(LawVersion.AMENDED) if m.date == D(2025, 2, 2)]
    assert "(ba) and (bb), and Art. 5(1a) and (1b)" in row.what_en
    assert "2 December 2026" in row.what_en
    assert "b bis) en b ter), en artikel 5, leden 1 bis en 1 ter" in row.what_nl


def test_d5_dutch_assessment_calendar_has_a_dutch_name() -> None:
    """--lang nl / lang="nl": every word Dutch; the Act is "de AI-verordening" (the key-date
    calendar is already "AI-verordening: belangrijke data")."""
    pytest.importorskip("icalendar")
    hr = system(annex_iii=["4a"], placed_on_market=D(2028, 1, 1))
    ics = assess(hr, "2026-12-04").to_ics(lang="nl", generated_on=D(2026, 12, 4))
    assert b"X-WR-CALNAME:AI Act" not in ics
    assert b"X-WR-CALNAME:AI-verordening" in ics


def _reclassified(placed: dt.date, **context: bool) -> aiact.AISystem:
    """An Annex III system its provider placed as not high-risk (Art. 6(3)) and that the market
    surveillance authority found high-risk (Art. 80(2))."""
    derogated = system(annex_iii=["4a"], derogated=True, placed_on_market=placed, context=context)
    data = derogated.model_dump()
    data["authority_actions"] = {
        **(data.get("authority_actions") or {}),
        "msa_found_derogated_system_high_risk": True,
    }
    return aiact.AISystem.model_validate(data)


@pytest.mark.parametrize("duty", ["art80_4", "art80_5"])
def test_d6_art80_4_placed_as_not_high_risk_follows_the_system_as_placed(duty: str) -> None:
    """A27 (ADR 0029), reading placed_as_not_high_risk (the default until round 8): Art. 80(4),
    "The provider shall ensure that all necessary action is taken to bring the AI system into
    compliance with the requirements and obligations laid down in this Regulation", binds from
    the date of the derogation duties (the general date, A22), also for a system placed in 2025:
    Art. 111(2) shelters "operators of high-risk AI systems", and this provider placed the system
    as not high-risk. The reason names Art. 80(4)-(5) and reading A27, not Art. 6(4) and 49(2).
    Assessed on 2 December 2027: in the amended text no finding exists before that day (ADR
    0032, round 11, legal11c)."""
    quoted(
        "The provider shall ensure that all necessary action is taken to bring the AI system "
        "into compliance with the requirements and obligations laid down in this Regulation."
    )
    readings = {"reclassified_system_timing": "placed_as_not_high_risk"}
    a = assess(_reclassified(D(2025, 1, 1)), "2027-12-02", **readings)
    result = a.obligation(duty)
    assert (result.status.value, result.applies_from) == ("in_force", D(2026, 8, 2))
    assert result.timing is not None
    assert "A27=placed_as_not_high_risk" in result.timing.interpretations
    assert "Art. 80(4)-(5)" in result.timing.reason_en
    assert "Art. 6(4) and Art. 49(2) apply" not in result.timing.reason_en
    assert "artikel 80, leden 4 en 5" in result.timing.reason_nl
    assert a.interpretations.labels()["A27"] == "placed_as_not_high_risk"


def test_d6_art80_4_of_a_legacy_system_is_not_in_force_on_4_december_2026() -> None:
    """A27=legacy_high_risk (ADR 0029; the default since round 9, named here and left to the
    default): where the authority finds the system high-risk, the
    provider brings it "into compliance with the requirements and obligations laid down in this
    Regulation". The system is then a high-risk AI system placed on the market in 2025, before the
    Art. 111(2) cut-off ("this Regulation shall apply to operators of high-risk AI systems ...
    only if ... significant changes"), and the Chapter III requirements apply to Annex III systems
    only from 2 Dec 2027 (amended Art. 113, third paragraph, point (c)(i)). On 4 Dec 2026 no
    finding can exist yet in the amended text, so a finding given as true is refused (ADR 0032,
    round 11, legal11c); from 2 Dec 2027, when one can, the duty is not in force (Art. 111(2))."""
    quoted("shall without undue delay require the relevant provider to take all necessary "
           "actions to bring the AI system into compliance")  # fmt: skip
    quoted("only if, as from that date, those systems are subject to significant changes in "
           "their designs", "omnibus")  # fmt: skip
    readings = {"reclassified_system_timing": "legacy_high_risk"}
    for given in (readings, {}):
        with pytest.raises(aiact.InputError, match="2027-12-02"):
            assess(_reclassified(D(2025, 1, 1)), "2026-12-04", **given)
        a = assess(_reclassified(D(2025, 1, 1)), "2027-12-02", **given)
        result = a.obligation("art80_4")
        assert result.status.value != "in_force", result.timing
        assert result.timing is not None and result.timing.grace == "art111_2"
        assert "A27=legacy_high_risk" in result.timing.interpretations
        assert "Art. 80(4)-(5)" in result.timing.reason_en
        assert "artikel 80, leden 4 en 5" in result.timing.reason_nl
        assert a.interpretations.labels()["A27"] == "legacy_high_risk"


@pytest.mark.parametrize(
    ("placed", "context", "applies_from", "grace"),
    [
        # Art. 111(2), second sentence: "In any case, the providers ... by 2 August 2030".
        (D(2025, 1, 1), {"intended_for_public_authorities": True}, D(2030, 8, 2),
         "art111_2_public_authority"),
        # Placed after the amended cut-off: point (c)(i), 2 December 2027.
        (D(2028, 1, 1), {}, D(2027, 12, 2), "none"),
    ],
)  # fmt: skip
def test_d6_art80_4_legacy_reading_dates(
    placed: dt.date, context: dict[str, bool], applies_from: dt.date, grace: str
) -> None:
    """A27=legacy_high_risk: "(i) 2 December 2027 as regards AI systems classified as high-risk
    pursuant to Article 6(2) and Annex III"; a legacy system intended for public authorities
    complies by 2 August 2030 (Art. 111(2), second sentence)."""
    quoted("(i) 2 December 2027 as regards AI systems classified as high-risk pursuant to "
           "Article 6(2) and Annex III", "omnibus")  # fmt: skip
    readings = {"reclassified_system_timing": "legacy_high_risk"}
    a = assess(_reclassified(placed, **context), "2028-02-01", **readings)
    timing = a.obligation("art80_4").timing
    assert timing is not None
    assert (timing.applies_from, timing.grace) == (applies_from, grace)
    # A30 default (ADR 0032): the finding sets the derogation aside, so Art. 6(4) is not
    # listed; with the provider's assessment standing it concerns the system as placed and
    # A27 does not move it.
    assert a.obligation("art6_4").applies is False
    stands = assess(
        _reclassified(placed, **context),
        "2028-02-01",
        art80_finding="provider_assessment_stands",
        **readings,
    )
    assert stands.obligation("art6_4").applies_from == D(2026, 8, 2)


# =========================================================================== right on the edges


@pytest.mark.parametrize(
    ("as_of", "law", "tier", "status"),
    [
        ("2026-12-01", None, "minimal", "upcoming"),
        ("2026-12-02", None, "prohibited", "in_force"),
        ("2026-12-04", None, "prohibited", "in_force"),
        ("2026-12-04", "original", "minimal", None),
        ("2026-07-26", None, "minimal", None),
    ],
)
def test_new_ban_ba_around_2_december_2026(
    as_of: str, law: str | None, tier: str, status: str | None
) -> None:
    """Amended Art. 113, third paragraph, point (a): "with the exception of Article 5(1), first
    subparagraph, points (ba) and (bb), and Article 5(1a) and (1b) which shall apply from
    2 December 2026". The original text (explicitly, or by date before 27 Jul 2026) has no
    point (ba)."""
    quoted("points (ba) and (bb), and Article 5(1a) and (1b) which shall apply from "
           "2 December 2026", "omnibus")  # fmt: skip
    generator = system(prohibited=BA, profiling=False, placed_on_market=D(2026, 9, 1))
    a = assess(generator, as_of, law=law)
    assert a.risk_tier.value == tier
    if status is None:
        with pytest.raises(KeyError):
            a.obligation("art5_1_ba")
        return
    ban = a.obligation("art5_1_ba")
    assert (ban.status.value, ban.applies_from) == (status, D(2026, 12, 2))
    if as_of == "2026-12-01":
        (change,) = a.tier_changes
        assert (change.date, change.tier.value) == (D(2026, 12, 2), "prohibited")
        assert a.exposure.max_ceiling is None  # not infringed before it applies


def test_new_ban_use_by_a_deployer_only_for_that_purpose() -> None:
    """Art. 5(1a)(b): "the use of an AI system that generates or manipulates the material ...
    is only prohibited where the deployer uses the system for the purpose of generating or
    manipulating such material"."""
    quoted("is only prohibited where the deployer uses the system for the purpose of generating "
           "or manipulating such material or performance", "omnibus")  # fmt: skip
    facts = {**BA, "ba_used_for_that_purpose": False}
    deployer = system(roles=("deployer",), prohibited=facts, profiling=False)
    assert assess(deployer, "2026-12-04", PUBLIC_BODY).obligation("art5_1_ba").applies is False


@pytest.mark.parametrize(
    ("placed", "put_into_service", "law", "applies_from", "grace"),
    [
        (D(2026, 8, 1), None, None, D(2026, 12, 2), "art111_4"),
        (D(2026, 8, 2), None, None, D(2026, 8, 2), "none"),
        (None, D(2026, 7, 1), None, D(2026, 8, 2), "none"),
        (D(2026, 8, 1), None, "original", D(2026, 8, 2), "none"),
    ],
)
def test_art111_4_generators_placed_before_2_august_2026(
    placed: dt.date | None,
    put_into_service: dt.date | None,
    law: str | None,
    applies_from: dt.date,
    grace: str,
) -> None:
    """Art. 111(4) (added by 2026/1744): providers of systems "generating synthetic audio, image,
    video or text content, that have been placed on the market before 2 August 2026 shall take the
    necessary steps in order to comply with Article 50(2) by 2 December 2026". Putting into
    service does not count; the original text has no paragraph 4."""
    quoted("that have been placed on the market before 2 August 2026 shall take the necessary "
           "steps in order to comply with Article 50(2) by 2 December 2026", "omnibus")  # fmt: skip
    generator = system(
        transparency={"generates_synthetic_text": True},
        profiling=False,
        placed_on_market=placed,
        put_into_service=put_into_service,
    )
    timing = assess(generator, "2026-12-04", law=law).obligation("art50_2").timing
    assert timing is not None
    assert (timing.applies_from, timing.grace) == (applies_from, grace)


@pytest.mark.parametrize(
    ("placed", "change", "applies_from"),
    [
        (D(2027, 12, 1), "none", None),
        (D(2027, 12, 2), "none", D(2027, 12, 2)),
        (D(2027, 12, 1), D(2027, 12, 2), D(2027, 12, 2)),
        (D(2027, 12, 1), D(2027, 12, 1), None),
    ],
)
def test_amended_art111_2_cutoff_of_annex_iii(
    placed: dt.date, change: dt.date | str, applies_from: dt.date | None
) -> None:
    """Amended Art. 111(2): systems placed "before the date of application of Chapter III
    referred to in Article 113" (2 Dec 2027 for Annex III under the default reading A2) are
    covered "only if, as from that date, those systems are subject to significant changes": a
    change on the cut-off counts, a change the day before does not."""
    quoted("only if, as from that date, those systems are subject to significant changes in "
           "their designs")  # fmt: skip
    hr = system(annex_iii=["4a"], placed_on_market=placed, significant_change=change)
    a = assess(hr, "2028-01-01")
    if applies_from is None:
        assert a.obligation("art9").applies is False
    else:
        assert a.obligation("art9").applies_from == applies_from


@pytest.mark.parametrize(
    ("placed", "law", "covered_from"),
    [
        (D(2026, 8, 1), "original", None),  # original cut-off 2 Aug 2026, also for Annex I
        (D(2026, 9, 1), "original", D(2027, 8, 2)),
        (D(2028, 8, 1), None, None),  # amended: 2 Aug 2028 for Annex I (A2 route date)
        (D(2028, 8, 2), None, D(2028, 8, 2)),
    ],
)
def test_annex_i_cutoffs_in_both_versions(
    placed: dt.date, law: str | None, covered_from: dt.date | None
) -> None:
    """Original Art. 111(2): "placed on the market or put into service before 2 August 2026";
    original point (c): Art. 6(1) "shall apply from 2 August 2027". Amended point (c)(ii):
    "2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) and
    Annex I"."""
    quoted("that have been placed on the market or put into service before 2 August 2026")
    annex_i = system(annex_i=ANNEX_I_MEDICAL, profiling=False, placed_on_market=placed)
    as_of = "2026-12-04" if law == "original" else "2028-09-01"
    result = assess(annex_i, as_of, law=law).obligation("art9")
    if covered_from is None:
        assert result.applies is False
    else:
        assert result.applies_from == covered_from


@pytest.mark.parametrize(
    ("placed", "applies_from", "grace"),
    [
        (D(2027, 8, 1), D(2030, 12, 31), "art111_1"),
        (D(2027, 12, 2), D(2027, 12, 2), "none"),
    ],
)
def test_annex_x_components_around_2_august_2027(
    placed: dt.date, applies_from: dt.date, grace: str
) -> None:
    """Art. 111(1): Annex X components "placed on the market or put into service before
    2 August 2027 shall be brought into compliance with this Regulation by 31 December 2030"."""
    quoted("shall be brought into compliance with this Regulation by 31 December 2030")
    component = system(
        annex_iii=["7b"],
        context={"annex_x_large_scale_it_component": True},
        placed_on_market=placed,
    )
    timing = assess(component, "2028-01-01").obligation("art9").timing
    assert timing is not None
    assert (timing.applies_from, timing.grace) == (applies_from, grace)


def test_legacy_public_authority_system_of_a_deployer() -> None:
    """Art. 111(2), second sentence: the deployer of a legacy system intended for public
    authorities complies "by 2 August 2030"; a change in 2029 brings it in from the change."""
    legacy = system(
        roles=("deployer",),
        annex_iii=["5a"],
        context={"intended_for_public_authorities": True},
        placed_on_market=D(2025, 1, 1),
    )
    art26 = assess(legacy, "2026-12-04", PUBLIC_BODY).obligation("art26_1")
    assert (art26.applies_from, art26.deadline) == (D(2030, 8, 2), D(2030, 8, 2))
    changed = system(
        annex_iii=["5a"],
        context={"intended_for_public_authorities": True},
        placed_on_market=D(2025, 1, 1),
        significant_change=D(2029, 1, 1),
    )
    assert assess(changed, "2026-12-04").obligation("art9").applies_from == D(2029, 1, 1)


@pytest.mark.parametrize(
    ("placed", "as_of", "applies_from", "status"),
    [
        (D(2025, 8, 1), "2026-12-04", D(2027, 8, 2), "upcoming"),
        (D(2025, 8, 1), "2027-08-02", D(2027, 8, 2), "in_force"),
        (D(2025, 8, 2), "2026-12-04", D(2025, 8, 2), "in_force"),
    ],
)
def test_art111_3_models_around_2_august_2025(
    placed: dt.date, as_of: str, applies_from: dt.date, status: str
) -> None:
    """Art. 111(3): "Providers of general-purpose AI models that have been placed on the market
    before 2 August 2025 shall take the necessary steps in order to comply with the obligations
    laid down in this Regulation by 2 August 2027"."""
    quoted("placed on the market before 2 August 2025 shall take the necessary steps in order to "
           "comply with the obligations laid down in this Regulation by 2 August 2027")  # fmt: skip
    a = aiact.assess_model(model(placed), COMPANY, as_of)
    duty = a.obligation("art53_1_a")
    assert (duty.applies_from, duty.status.value) == (applies_from, status)


def test_no_fine_for_art5_before_chapter_xii_applies() -> None:
    """Art. 113, third paragraph: Art. 5 (Chapter II) from 2 Feb 2025 (point (a)), Chapter XII
    (penalties) from 2 Aug 2025 (point (b))."""
    scoring = system(
        prohibited={
            "c_social_scoring": True,
            "c_detrimental_treatment_unrelated_context": True,
        },
        profiling=False,
        placed_on_market=D(2024, 9, 1),
    )
    before = assess(scoring, "2025-05-01")
    assert before.risk_tier.value == "prohibited" and before.exposure.max_ceiling is None
    assert assess(scoring, "2025-08-02").exposure.max_ceiling is not None


@pytest.mark.parametrize(
    ("as_of", "version"),
    [("2026-07-26", LawVersion.ORIGINAL), ("2026-07-27", LawVersion.AMENDED)],
)
def test_version_by_date_switches_on_27_july_2026(as_of: str, version: LawVersion) -> None:
    """Art. 4 of Regulation (EU) 2026/1744: it enters into force "on the third day following that
    of its publication" (27 Jul 2026)."""
    hr = system(annex_iii=["4a"], placed_on_market=D(2028, 1, 1))
    a = assess(hr, as_of)
    assert (a.law, a.law_chosen) == (version, "as_of")


def test_as_of_before_entry_into_force_is_refused() -> None:
    """Art. 113, first paragraph: in force on the twentieth day after publication
    (1 Aug 2024)."""
    with pytest.raises(InputError):
        assess(system(annex_iii=["4a"]), "2024-07-31")


def test_d7_dutch_art111_4_condition_counts_only_placing_on_the_market() -> None:
    """Art. 111(4): generators "that have been placed on the market before 2 August 2026",
    unlike Art. 111(1)-(2) ("placed on the market or put into service"). The rule reads only
    placed_on_market (aiact/date_facts.py); the Dutch explanation of the date must say the
    same."""
    quoted("that have been placed on the market before 2 August 2026 shall take the necessary "
           "steps", "omnibus")  # fmt: skip
    generator = system(
        transparency={"generates_synthetic_image": True},
        profiling=False,
        placed_on_market=D(2026, 7, 1),
    )
    text = assess(generator, "2026-12-04").explain_date("Art. 50(2)").text("nl")
    assert "artikel 50, lid 2, in de handel gebracht of in gebruik gesteld" not in text, text
