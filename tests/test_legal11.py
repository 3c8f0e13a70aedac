"""Round 11 (legal11): can an Art. 80(2) finding exist, or bind, before the classification it
concerns applies? (ADR 0032, "Round 11".)

Art. 80(1) evaluates "an AI system classified by the provider as non-high-risk pursuant to Article
6(3)"; Art. 80 (Chapter IX) applies from the general date, 2 August 2026 (Art. 113, second
paragraph), in both versions. Art. 6(3) applies from the general date in the original text
(point (c) defers only Art. 6(1)); in the amended text its date for a derogated system is reading
A22's (general date by default; 2 December 2027, amended point (c)(i), under annex_iii_date). No
finding can exist before the later of the two: the fact is false on such a day (unknown becomes
false, and is not asked), and a finding given as true is refused, naming the field and the date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lawquote import quote, quote_nl
from lawtext import OMNIBUS_MD, skip_unless_law
from timecases import assess, system

import aiact
from aiact.date_facts import FINDING_FIELD, first_finding_day
from aiact.interpretations import Interpretations
from aiact.testing.strategies import system_cases
from aiact.versions import LawVersion, version_in_force

D = dt.date
FINDING = "msa_found_derogated_system_high_risk"
SETS = "finding_sets_classification"
STANDS = "provider_assessment_stands"
GENERAL = D(2026, 8, 2)
ANNEX_III_AMENDED = D(2027, 12, 2)
ONE_DAY = dt.timedelta(days=1)
PLACED = D(2026, 3, 1)


def _derogated(finding: bool | None, placed: dt.date = PLACED) -> aiact.AISystem:
    """Annex III point 4(a), its provider relying on Art. 6(3) (narrow procedural task, no
    significant risk, no profiling); the Art. 80(2) finding as given."""
    data = system(
        roles=("provider",), annex_iii=["4a"], derogated=True, placed_on_market=placed
    ).model_dump()
    data["authority_actions"] = {**(data.get("authority_actions") or {}), FINDING: finding}
    return aiact.AISystem.model_validate(data)


def _quotes() -> None:
    quote("80", "an AI system classified by the provider as non-high-risk pursuant to Article 6(3)")
    quote("80", "finds that the AI system concerned is high-risk")
    quote_nl(
        "een AI-systeem dat door de aanbieder is ingedeeld als een AI-systeem dat geen hoog risico "
        "met zich meebrengt op grond van artikel 6, lid 3"
    )
    quote("113", "It shall apply from 2 August 2026.")
    quote(
        "113",
        "Article 6(1) and the corresponding obligations in this Regulation shall apply from "
        "2 August 2027",
    )
    quote("113", "Chapter XII and Article 78 shall apply from 2 August 2025")
    quote_nl("Zij is van toepassing met ingang van 2 augustus 2026.")
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "amended",
    )
    quote("113", "Chapter III, Sections 1, 2, and 3, with the exception of Article 6(5)", "amended")


def test_the_first_day_by_version_and_reading() -> None:
    """Art. 80 applies from the general date in both versions (Chapter IX is named in no point of
    Art. 113, third paragraph; point (b) names Art. 78 alone), Art. 6(3) from the general date in
    the original text and, in the amended text, from the date reading A22 gives it."""
    _quotes()
    skip_unless_law()
    recital_40 = " ".join(OMNIBUS_MD.read_text(encoding="utf-8").split())
    assert (
        "it is appropriate that the date of application of Sections 1, 2 and 3 of Chapter III is "
        "set to 2 December 2027 for AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III"
    ) in recital_40
    default = Interpretations()
    annex = Interpretations(derogation_duties_date="annex_iii_date")
    assert first_finding_day(LawVersion.ORIGINAL, default)[0] == GENERAL
    assert first_finding_day(LawVersion.ORIGINAL, annex)[0] == GENERAL
    assert first_finding_day(LawVersion.AMENDED, default)[0] == GENERAL
    assert first_finding_day(LawVersion.AMENDED, annex)[0] == ANNEX_III_AMENDED
    assert "Art. 113, second paragraph" in first_finding_day(LawVersion.AMENDED, default)[1]
    assert "point (c)(i)" in first_finding_day(LawVersion.AMENDED, annex)[1]


_FIRST = [
    ("original", "general_date", GENERAL),
    ("original", "annex_iii_date", GENERAL),
    ("amended", "general_date", GENERAL),
    ("amended", "annex_iii_date", ANNEX_III_AMENDED),
]


@pytest.mark.parametrize(("law", "a22", "first"), _FIRST)
@pytest.mark.parametrize("a30", [SETS, STANDS])
def test_a_finding_the_day_before_is_refused_naming_the_field_and_the_date(
    law: str, a22: str, first: dt.date, a30: str
) -> None:
    """The day before: refused (InputError on the field, with both dates); on the day: taken."""
    before = first - ONE_DAY
    with pytest.raises(aiact.InputError) as caught:
        assess(
            _derogated(True),
            before,
            law=law,
            derogation_duties_date=a22,
            art80_finding=a30,
        )
    assert caught.value.field == FINDING_FIELD
    assert before.isoformat() in str(caught.value) and first.isoformat() in str(caught.value)
    assert "Art. 80" in str(caught.value)
    for day in (first, first + ONE_DAY):
        a = assess(_derogated(True), day, law=law, derogation_duties_date=a22, art80_finding=a30)
        assert a.value("hr.derogation") is (a30 == STANDS)


def _summary(a: Any) -> tuple[Any, ...]:
    return (
        a.value("hr.derogation"),
        a.risk_tier,
        a.possible_tiers,
        a.classification_tier,
        a.possible_classification_tiers,
        tuple((c.date, c.tier, c.possible_tiers) for c in a.tier_changes),
        tuple((r.id, r.applies, r.status) for r in a.obligations),
    )


@pytest.mark.parametrize(("law", "a22", "first"), _FIRST)
def test_unknown_is_false_before_the_first_day_and_open_from_it(
    law: str, a22: str, first: dt.date
) -> None:
    """Before the first day an unknown finding is the same as none (the derogation holds, the tier
    ahead shows no high-risk tier); from that day, under A30's default, the derogation is
    undetermined until the finding is known (ADR 0032)."""
    for day in (first - ONE_DAY, first, first + ONE_DAY):
        unknown = assess(_derogated(None), day, law=law, derogation_duties_date=a22)
        none = assess(_derogated(False), day, law=law, derogation_duties_date=a22)
        if day < first:
            assert _summary(unknown) == _summary(none), day
            assert unknown.value("hr.derogation") is True
        else:
            assert unknown.value("hr.derogation") is None, day


@pytest.mark.parametrize(
    ("law", "a22", "a30", "day", "expected"),
    [
        # (finding true, false, unknown) -> hr.derogation; None in the "true" slot: refused
        ("amended", "general_date", SETS, D(2026, 9, 1), (False, True, None)),
        ("amended", "general_date", SETS, D(2028, 1, 1), (False, True, None)),
        ("original", "general_date", SETS, D(2026, 9, 1), (False, True, None)),
        ("original", "general_date", SETS, D(2028, 1, 1), (False, True, None)),
        ("amended", "annex_iii_date", SETS, D(2026, 9, 1), ("refused", True, True)),
        ("amended", "annex_iii_date", SETS, D(2028, 1, 1), (False, True, None)),
        ("original", "annex_iii_date", SETS, D(2026, 9, 1), (False, True, None)),
        ("amended", "general_date", STANDS, D(2026, 9, 1), (True, True, True)),
        ("amended", "annex_iii_date", STANDS, D(2026, 9, 1), ("refused", True, True)),
        ("original", "general_date", STANDS, D(2028, 1, 1), (True, True, True)),
    ],
)
def test_the_adr_table(
    law: str, a22: str, a30: str, day: dt.date, expected: tuple[Any, ...]
) -> None:
    """ADR 0032, round 11: a provider-derogated Annex III system on 1 September 2026 and
    1 January 2028, both versions, finding true / false / unknown."""
    for finding, want in zip((True, False, None), expected, strict=True):
        if want == "refused":
            with pytest.raises(aiact.InputError):
                assess(_derogated(finding), day, law=law, derogation_duties_date=a22)
            continue
        a = assess(_derogated(finding), day, law=law, derogation_duties_date=a22, art80_finding=a30)
        assert a.value("hr.derogation") is want, (finding, want)


def test_the_tier_ahead_on_1_september_2026_in_the_amended_text() -> None:
    """Amended text, defaults (A22 general date: a finding can exist): the tier on 1 September
    2026 is not yet high-risk (point (c)(i)); found, the system is high-risk from 2 December 2027;
    unknown, high-risk is possible from then. Under A22=annex_iii_date nothing is ahead."""
    day = D(2026, 9, 1)
    found = assess(_derogated(True), day, law="amended")
    assert [(c.date, c.tier.value) for c in found.tier_changes] == [
        (ANNEX_III_AMENDED, "high_risk")
    ]
    unknown = assess(_derogated(None), day, law="amended")
    assert [c.date for c in unknown.tier_changes] == [ANNEX_III_AMENDED]
    assert aiact.RiskTier.HIGH_RISK in unknown.tier_changes[0].possible_tiers
    later = assess(_derogated(None), day, law="amended", derogation_duties_date="annex_iii_date")
    assert later.tier_changes == ()


def test_the_interview_does_not_ask_where_no_finding_can_exist() -> None:
    """Open questions: authority_actions is asked from the first day only."""
    from aiact.questions import open_questions

    def asked(day: dt.date, **readings: Any) -> set[str]:
        a = assess(_derogated(None), day, **readings)
        return {q.question.id for q in open_questions(a, "tier")}

    assert "authority_actions" not in asked(GENERAL - ONE_DAY, law="original")
    assert "authority_actions" not in asked(GENERAL - ONE_DAY, law="amended")
    assert "authority_actions" in asked(GENERAL, law="original")
    assert "authority_actions" in asked(GENERAL, law="amended")
    annex = {"law": "amended", "derogation_duties_date": "annex_iii_date"}
    assert "authority_actions" not in asked(D(2026, 12, 5), **annex)
    assert "authority_actions" not in asked(ANNEX_III_AMENDED - ONE_DAY, **annex)
    assert "authority_actions" in asked(ANNEX_III_AMENDED, **annex)


def test_the_interview_trials_agree_with_assess() -> None:
    """assess_with (the interview's trials) treats the fact as aiact.assess does: an unknown
    finding stays false before the first day, and a "yes" is refused."""
    from aiact.questions.goals import assess_with

    day = GENERAL - ONE_DAY
    base = assess(_derogated(False), day, law="amended")
    unknown = assess_with(base, {f"authority_actions.{FINDING}": None})
    assert _summary(unknown) == _summary(assess(_derogated(None), day, law="amended"))
    with pytest.raises(ValueError, match=FINDING):
        assess_with(base, {f"authority_actions.{FINDING}": True})


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=system_cases(), finding=st.sampled_from([False, None, True]))
def test_before_the_first_day_the_finding_changes_nothing_or_is_refused(
    case: aiact.Case, finding: bool | None
) -> None:
    """Property: on a day before the first day of a finding the answer with the finding unknown
    is the answer with it false, and a finding given as true is refused; from that day a finding
    is never refused."""
    assert case.system is not None and case.as_of is not None
    law = case.law or version_in_force(case.as_of)
    first, _ = first_finding_day(law, case.interpretations)
    data = case.system.model_dump()
    data["authority_actions"] = {**(data.get("authority_actions") or {}), FINDING: finding}

    def run(value: bool | None) -> Any:
        data["authority_actions"][FINDING] = value
        return aiact.assess(
            aiact.AISystem.model_validate(data),
            case.organisation,
            case.as_of,
            case.law,
            interpretations=case.interpretations,
        )

    if case.as_of >= first:
        run(finding)
        return
    if finding is True:
        with pytest.raises(aiact.InputError, match=FINDING):
            run(True)
        return
    assert _summary(run(finding)) == _summary(run(False))
