"""Round 10 (legal10): reading A30 (ADR 0032), does an Art. 80(2) finding set the classification?

The case: an Annex III system (point 4(a)) whose provider relied on the Art. 6(3) derogation and
that a market surveillance authority found high-risk (Art. 80(2)). Under the default
(finding_sets_classification) the derogation does not hold, the system is high-risk under Art.
6(2) and the Chapter III duties follow, dated by Art. 111(2), 113 and reading A27; under
provider_assessment_stands only Art. 80(4)-(5) follow (the behaviour until round 10)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lawquote import quote, quote_nl
from timecases import assess, system

import aiact
from aiact.date_facts import first_finding_day
from aiact.interpretations import Art80Finding, Interpretations
from aiact.testing.strategies import system_cases
from aiact.versions import version_in_force
from aiact.views.labels import reading_label

D = dt.date
STANDS = "provider_assessment_stands"
SETS = "finding_sets_classification"
FINDING = "authority_actions"
PLACED_2028 = D(2028, 1, 1)


def _derogated(
    finding: bool | None,
    placed: dt.date | None = PLACED_2028,
    roles: tuple[str, ...] = ("provider",),
    **context: bool,
) -> aiact.AISystem:
    """Annex III point 4(a), derogated under Art. 6(3) (narrow procedural task, no significant
    risk, no profiling); the Art. 80(2) finding as given."""
    data = system(
        roles=roles, annex_iii=["4a"], derogated=True, placed_on_market=placed, context=context
    ).model_dump()
    data[FINDING] = {**(data.get(FINDING) or {}), "msa_found_derogated_system_high_risk": finding}
    return aiact.AISystem.model_validate(data)


def _quotes() -> None:
    quote("80", "finds that the AI system concerned is high-risk, it shall without undue delay")
    quote(
        "80", "into compliance with the requirements and obligations laid down in this Regulation"
    )
    quote("6", "shall not be considered to be high-risk where it does not pose a significant risk")
    quote_nl("vaststelt dat het betrokken AI-systeem een hoog risico vormt")


def test_the_default_and_the_labels() -> None:
    """A30's default is finding_sets_classification, named in both languages."""
    assert Interpretations().art80_finding is Art80Finding.FINDING_SETS_CLASSIFICATION
    assert Interpretations().labels()["A30"] == SETS
    assert Interpretations(art80_finding=STANDS).labels()["A30"] == STANDS
    for value in (SETS, STANDS):
        assert reading_label("A30", value, "en") != reading_label("A30", value, "nl")


@pytest.mark.parametrize(
    ("law", "annex_iii_date"),
    [("amended", D(2027, 12, 2)), ("original", D(2026, 8, 2))],
)
def test_finding_makes_the_system_high_risk_under_the_default(
    law: str, annex_iii_date: dt.date
) -> None:
    """Art. 80(2): the authority "finds that the AI system concerned is high-risk" and requires
    compliance "with the requirements and obligations laid down in this Regulation": under the
    default the Art. 6(3) derogation is set aside and the Chapter III duties are listed, dated as
    Art. 80(4) itself (placed after the cut-off: the Annex III date, amended Art. 113 point
    (c)(i); the general date in the original text)."""
    _quotes()
    a = assess(_derogated(True), "2028-02-01", law=law)
    assert a.value("hr.derogation_set_aside") is True
    assert a.value("hr.derogation") is False
    assert a.value("hr.high_risk") is True
    assert a.categories["derogation_set_aside"] is True
    for duty in ("art9", "art16_b", "art49_1", "art80_4"):
        result = a.obligation(duty)
        assert result.applies is True, duty
        assert result.applies_from == annex_iii_date, duty
    for duty in ("art6_4", "art49_2"):
        assert a.obligation(duty).applies is False, duty
    steps = a.why_not("hr.derogation").steps
    assert any("hr.finding_binds" in {p.name for p in step.premises} for step in steps)


@pytest.mark.parametrize("law", ["amended", "original"])
def test_provider_assessment_stands_keeps_the_derogation(law: str) -> None:
    """Under provider_assessment_stands the tier follows the Art. 6(3) facts: only Art.
    80(4)-(5) follow from the finding, beside Art. 6(4) and 49(2)."""
    a = assess(_derogated(True), "2028-02-01", law=law, art80_finding=STANDS)
    assert a.value("hr.derogation") is True
    assert a.value("hr.derogation_set_aside") is False
    assert a.obligation("art80_4").applies is True
    assert a.obligation("art6_4").applies is True
    assert a.obligation("art9").applies is False


@pytest.mark.parametrize("law", ["amended", "original"])
def test_legacy_system_stays_sheltered_coherently(law: str) -> None:
    """Under A27=legacy_high_risk (default) a system placed in 2025 and unchanged is a legacy
    high-risk system: Art. 111(2), "this Regulation shall apply to operators of high-risk AI
    systems ... only if, as from that date, those systems are subject to significant changes in
    their designs". Its Chapter III duties are sheltered exactly as Art. 80(4) is."""
    quote("111", "only if, as from that date, those systems are subject to significant changes")
    # In the amended text no finding exists before 2 December 2027 (ADR 0032, legal11c).
    day = "2026-12-04" if law == "original" else "2027-12-02"
    a = assess(_derogated(True, placed=D(2025, 1, 1)), day, law=law)
    assert a.value("legacy.art111_2_grace") is True
    for duty in ("art9", "art16_b", "art80_4", "art80_5"):
        assert a.obligation(duty).status.value == "not_applicable", duty
    public = assess(
        _derogated(True, placed=D(2025, 1, 1), intended_for_public_authorities=True),
        day,
        law=law,
    )
    assert public.obligation("art9").applies_from == public.obligation("art80_4").applies_from
    assert public.obligation("art9").applies_from == D(2030, 8, 2)


def test_the_deployer_gets_the_high_risk_duties_under_the_default_only() -> None:
    """The tier is the system's (Art. 6(2)): a deployer of a system the authority found
    high-risk has the Art. 26 duties under the default; Art. 80(4)-(5) stay the provider's."""
    sys_ = _derogated(True, roles=("deployer",))
    default = assess(sys_, "2028-02-01")
    stands = assess(sys_, "2028-02-01", art80_finding=STANDS)
    assert default.obligation("art26_1").applies is True
    assert default.obligation("art80_4").applies is False
    assert stands.obligation("art26_1").applies is False


def test_unknown_finding_leaves_the_derogation_undetermined_under_the_default() -> None:
    """A finding that may have been made may have set the derogation aside: undetermined, and
    the interview asks about the steps of the authorities; not under the alternative."""
    from aiact.questions import open_questions

    sys_ = _derogated(None)
    default = assess(sys_, "2028-02-01")
    assert default.value("hr.derogation") is None
    assert "authority_actions" in {q.question.id for q in open_questions(default, "tier")}
    stands = assess(sys_, "2028-02-01", art80_finding=STANDS)
    assert stands.value("hr.derogation") is True


def _without_readings(a: Any) -> dict[str, Any]:
    data = json.loads(a.to_json())
    data.pop("interpretations")
    return data


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=system_cases(), finding=st.sampled_from([False, None, True]))
def test_provider_assessment_stands_ignores_the_finding_for_the_tier(
    case: aiact.Case, finding: bool | None
) -> None:
    """Property: with the finding false both readings give the same result (to_json, readings
    aside); under provider_assessment_stands the classification does not read the finding."""
    data = case.system.model_dump()
    data[FINDING] = {**(data.get(FINDING) or {}), "msa_found_derogated_system_high_risk": finding}
    sys_ = aiact.AISystem.model_validate(data)
    readings = case.interpretations

    def run(value: str, s: aiact.AISystem) -> Any:
        r = readings.model_copy(update={"art80_finding": Art80Finding(value)})
        return aiact.assess(s, case.organisation, case.as_of, case.law, interpretations=r)

    if (
        finding is True
        and case.as_of < first_finding_day(case.law or version_in_force(case.as_of), readings)[0]
    ):
        # No Art. 80(2) finding before Art. 80 and Art. 6(3) apply (ADR 0032, round 11).
        with pytest.raises(aiact.InputError, match="msa_found_derogated_system_high_risk"):
            run(STANDS, sys_)
        return
    stands = run(STANDS, sys_)
    if finding is False:
        assert _without_readings(run(SETS, sys_)) == _without_readings(stands)
    data[FINDING]["msa_found_derogated_system_high_risk"] = False
    no_finding = run(STANDS, aiact.AISystem.model_validate(data))
    for name in ("hr.derogation", "hr.high_risk", "hr.annex_iii", "hr.derogation_set_aside"):
        assert stands.value(name) == no_finding.value(name), name


# ---------------------------------------------------------------- Art. 50(3) within Art. 50(1)

NARROW = "permitted_by_law_detect_prevent_investigate"
BROAD = "authorised_by_law_criminal_offences"
_FEATURES: dict[str, tuple[tuple[str, ...], dict[str, bool]]] = {
    # Art. 50(1), (2): provider; Art. 50(3), (4) both subparagraphs: deployer
    "provider": (
        ("provider",),
        {"interacts_directly_with_persons": True, "generates_synthetic_image": True},
    ),
    "deployer": (
        ("deployer",),
        {"biometric_categorisation": True, "deep_fake": True, "public_interest_text": True},
    ),
}
_DUTIES = {
    "provider": ("art50_1", "art50_2"),
    "deployer": ("art50_3", "art50_4_deep_fake", "art50_4_text"),
}


def _transparency(who: str, narrow: bool | None, broad: bool | None) -> aiact.AISystem:
    roles, features = _FEATURES[who]
    return system(roles=roles, transparency={**features, NARROW: narrow, BROAD: broad})


def test_every_broad_exception_uses_the_broad_words() -> None:
    """The paragraphs whose exception the broader fact reads: Art. 50(1), (2) and (4) (both
    subparagraphs) say "authorised by law to detect, prevent, investigate or prosecute criminal
    offence(s)"; Art. 50(3) says "permitted by law to detect, prevent or investigate"."""
    quote("50", "AI systems authorised by law to detect, prevent, investigate or prosecute")
    quote("50", "or where authorised by law to detect, prevent, investigate or prosecute criminal")
    quote("50", "where the use is authorised by law to detect, prevent, investigate or prosecute")
    quote("50", "which are permitted by law to detect, prevent or investigate criminal offences")
    quote_nl(
        "bij wet zijn toegestaan om strafbare feiten op te sporen, te voorkomen of te onderzoeken"
    )
    quote_nl("bij wet is toegestaan om strafbare feiten op te sporen, te voorkomen, te onderzoeken")


@pytest.mark.parametrize("who", ["provider", "deployer"])
def test_narrow_true_settles_every_exception(who: str) -> None:
    """Narrow true, broad unknown: the purposes of Art. 50(3) are among those of Art. 50(1), (2)
    and (4), so every exception holds, and the interview does not ask about the exceptions."""
    from aiact.questions import open_questions

    a = assess(_transparency(who, True, None), "2026-12-04")
    for duty in _DUTIES[who]:
        assert a.obligation(duty).applies is False, duty
    assert a.value("art50.law_enforcement_exception") is True
    asked = {q.question.id for q in open_questions(a, "obligations")}
    assert "transparency_exceptions" not in asked


@pytest.mark.parametrize("who", ["provider", "deployer"])
def test_broad_false_settles_the_narrow_exception(who: str) -> None:
    """Broad false, narrow unknown: no exception holds (the input check rejects narrow true with
    broad false), so every duty applies and nothing about the exceptions is asked."""
    from aiact.questions import open_questions

    a = assess(_transparency(who, None, False), "2026-12-04")
    for duty in _DUTIES[who]:
        assert a.obligation(duty).applies is True, duty
    assert "transparency_exceptions" not in {
        q.question.id for q in open_questions(a, "obligations")
    }


def test_prosecution_only_excepts_paragraphs_1_2_4_not_3() -> None:
    """Authorised only to prosecute (broad true, narrow false): Art. 50(4) is excepted, Art.
    50(3) is not."""
    a = assess(_transparency("deployer", False, True), "2026-12-04")
    assert a.obligation("art50_3").applies is True
    assert a.obligation("art50_4_deep_fake").applies is False
