"""Round 16: reading A40 named (docs/adr/0044-a40-annex-iii-5b-fraud-exception.md; review45's
defect D1 on ``rule:hr.listed.5b.stated``).

Annex III point 5(b): "AI systems intended to be used to evaluate the creditworthiness of natural
persons or establish their credit score, with the exception of AI systems used for the purpose of
detecting financial fraud". Under the default ``credit_purpose_kept`` a credit-scoring system that
is also used to detect fraud stays listed; only a system used for detecting financial fraud alone
(``annex_iii.financial_fraud_detection_only``) is excepted. Under ``fraud_purpose_excepts`` (the
answer before round 16) any such use (``annex_iii.financial_fraud_detection``) excepts it. Neither
Annex III nor Art. 6(2) is amended by 2026/1744.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from lawquote import quote_annex, quote_nl, quote_recital
from timecases import COMPANY, system

import aiact
from aiact.errors import InputError
from aiact.interpretations import CODES, DEFAULT_INTERPRETATIONS, CreditFraudException
from aiact.rules import SYSTEM_RULES
from aiact.testing.strategies import system_cases

DEFAULT = CreditFraudException.CREDIT_PURPOSE_KEPT.value
ALTERNATIVE = CreditFraudException.FRAUD_PURPOSE_EXCEPTS.value
LAWS = ("original", "amended")
BROAD = "annex_iii.financial_fraud_detection"
ONLY = "annex_iii.financial_fraud_detection_only"


def _scorer(**flags: Any) -> aiact.AISystem:
    data = system(annex_iii=["5b"]).model_dump()
    data["annex_iii"].update(flags)
    return aiact.AISystem.model_validate(data)


def _assess(sys_: aiact.AISystem, law: str, reading: str | None = None) -> aiact.Assessment:
    readings = None if reading is None else {"A40": reading}
    return aiact.assess(sys_, COMPANY, "2028-09-01", law, interpretations=readings)


def test_the_text() -> None:
    quote_annex(
        "III",
        "AI systems intended to be used to evaluate the creditworthiness of natural persons or "
        "establish their credit score, with the exception of AI systems used for the purpose of "
        "detecting financial fraud",
    )
    quote_nl(
        "met uitzondering van AI-systemen die gebruikt worden om financiële fraude op te sporen"
    )
    quote_recital(
        58,
        "since they determine those persons’ access to financial resources or essential services",
    )
    quote_recital(
        58,
        "AI systems provided for by Union law for the purpose of detecting fraud in the offering "
        "of financial services",
    )
    # the sibling exceptions read by purpose (points 1(a), 7(d))
    quote_annex("III", "biometric verification the sole purpose of which is to confirm")
    quote_annex("III", "with the exception of the verification of travel documents")


def test_a40_is_a_named_switch() -> None:
    assert CODES["A40"] == "annex_iii_5b_fraud_exception"
    assert DEFAULT_INTERPRETATIONS.annex_iii_5b_fraud_exception.value == DEFAULT
    assert DEFAULT_INTERPRETATIONS.labels()["A40"] == DEFAULT
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a40_fraud_purpose_excepts"] is False
    rules = [r for r in SYSTEM_RULES if r.concludes == "hr.listed.5b"]
    assert {r.id for r in rules if r.interpretation == "A40"} == {
        "hr.listed.5b.stated",
        "hr.listed.5b.stated.fraud_purpose_excepts",
    }


# (broad, only) -> (default, alternative): the listing under each reading
TABLE = {
    (True, False): (True, False),  # a credit scorer also used to detect fraud
    (True, True): (False, False),  # used only to detect fraud
    (False, None): (True, True),  # not used to detect fraud: "only" settled false
    (False, False): (True, True),
    (True, None): (None, False),  # used to detect fraud, "only" open
    (None, None): (None, None),
    (None, True): (False, False),  # only -> also used to detect fraud
    (None, False): (True, None),
}


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize(("broad", "only"), list(TABLE))
def test_both_readings(law: str, broad: bool | None, only: bool | None) -> None:
    sys_ = _scorer(financial_fraud_detection=broad, financial_fraud_detection_only=only)
    expected_default, expected_alternative = TABLE[(broad, only)]
    default = _assess(sys_, law)
    assert default.value("hr.listed.5b") is expected_default
    assert default.interpretations.labels()["A40"] == DEFAULT
    alternative = _assess(sys_, law, ALTERNATIVE)
    assert alternative.value("hr.listed.5b") is expected_alternative
    # and with it the classification (the system profiles: no Art. 6(3) derogation)
    if expected_default is True:
        assert default.classification_tier is aiact.RiskTier.HIGH_RISK
    if expected_alternative is False:
        assert alternative.classification_tier is not aiact.RiskTier.HIGH_RISK


@pytest.mark.parametrize("law", LAWS)
def test_only_without_any_fraud_detection_is_refused(law: str) -> None:
    data = system(annex_iii=["5b"]).model_dump(mode="json")
    data["annex_iii"].update(financial_fraud_detection=False, financial_fraud_detection_only=True)
    with pytest.raises(InputError) as caught:
        aiact.assess(data, COMPANY, "2028-09-01", law)
    problem = caught.value.problems[0]
    assert problem.path == "system.annex_iii.financial_fraud_detection_only"
    assert problem.params["other"] == "system.annex_iii.financial_fraud_detection"


@pytest.mark.parametrize("law", LAWS)
def test_the_questions_each_reading_asks(law: str) -> None:
    """Under the default only the narrower question can change the answer, so the broader one
    is not asked; under the alternative the broader one is."""
    sys_ = _scorer(financial_fraud_detection=None, financial_fraud_detection_only=None)
    asked = {q.fact for q in _assess(sys_, law).open_questions}
    assert ONLY in asked and BROAD not in asked
    asked = {q.fact for q in _assess(sys_, law, ALTERNATIVE).open_questions}
    assert BROAD in asked
    # the broader "yes" leaves only the narrower open under the default
    sys_ = _scorer(financial_fraud_detection=True, financial_fraud_detection_only=None)
    assert ONLY in {q.fact for q in _assess(sys_, law).open_questions}
    assert ONLY not in {q.fact for q in _assess(sys_, law, ALTERNATIVE).open_questions}


def test_other_points_are_untouched() -> None:
    """A system not in point 5(b) is the same under both readings whatever the fraud facts."""
    data = system(annex_iii=["5a"]).model_dump()
    data["annex_iii"].update(financial_fraud_detection=True, financial_fraud_detection_only=None)
    sys_ = aiact.AISystem.model_validate(data)
    for law in LAWS:
        a, b = _assess(sys_, law), _assess(sys_, law, ALTERNATIVE)
        assert a.value("hr.high_risk") is b.value("hr.high_risk") is True


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=system_cases())
def test_the_reading_changes_only_point_5b(case: aiact.Case) -> None:
    """Whole cases: where the two readings give point 5(b) the same value, every other
    conclusion, obligation and date is the same; a case not in point 5(b) is never changed."""
    results = {}
    for reading in (DEFAULT, ALTERNATIVE):
        readings = case.interpretations.model_copy(
            update={"annex_iii_5b_fraud_exception": CreditFraudException(reading)}
        )
        results[reading] = aiact.assess(
            case.system,  # type: ignore[arg-type]
            case.organisation,
            case.as_of,
            case.law,
            interpretations=readings,
        )
    a, b = results[DEFAULT], results[ALTERNATIVE]
    if case.system.annex_iii.points is not None and all(  # type: ignore[union-attr]
        p.value != "5b"
        for p in case.system.annex_iii.points  # type: ignore[union-attr]
    ):
        assert a.value("hr.listed.5b") is b.value("hr.listed.5b") is False
    if a.value("hr.listed.5b") is b.value("hr.listed.5b"):
        left = {r.id: (r.applies, r.status, r.applies_from) for r in a.obligation_results}
        right = {r.id: (r.applies, r.status, r.applies_from) for r in b.obligation_results}
        assert left == right
        assert a.risk_tier is b.risk_tier
