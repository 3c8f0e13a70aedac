"""Review17 (round 11) of commit 1b6ab46: the Art. 5 use bans bind only a deployer the Act
reaches (``scope.deployer_territorial``, Art. 2(1)(b)-(c)).

The gated rules (art5.binding_<a..g> via the deployer branch, art5.binding_h, art5.any.h,
art5.use_prohibited.h, art5.ba_bb_use_by_this_deployer) are pinned below with passing tests.
Two defects were recorded as strict xfails; the first is fixed (the integrator, round 11: the
rule reads the same gate as the ban), the second in round 12 (ADR 0033: ``Assessment.in_scope``
reports ``scope.org_in_scope``, whether a point of Art. 2(1) reaches the organisation):

* ``art5.h_relies_on_exception`` still reads ``role.deployer`` alone, so a third-country law
  enforcement authority that the Regulation does not reach gets the duties of Art. 5(2)-(4)
  (Member State authorisation, notification, FRIA and registration) for its own use abroad;
* ``scope.in_scope`` (documented as "Does the Act apply (Art. 2, Art. 3(1))?") stays true for a
  deployer-only organisation to which no point of Art. 2(1) applies.
"""

from __future__ import annotations

from typing import Any

import pytest
from lawquote import quote

from aiact.assessment import RiskTier
from aiact.interview import Interview

_AS_OF = "2028-01-10"


def _interview(answers: dict[str, Any], law: str | None = None) -> Any:
    interview = Interview.start(_AS_OF, law=law).answer("system")
    for question, answer in answers.items():
        interview = interview.answer(answer, question=question)
    return interview.assessment


def _applies(assessment: Any, obligation: str) -> Any:
    found = [o.applies for o in assessment.obligations if o.id == obligation]
    return found[0] if found else False


_RBI = {
    "ai_system": "yes",
    "territory": ["in_eu"],
    "roles": ["deployer"],
    "exclusions": [],
    "prohibited_practices": ["h"],
    "art5_h_conditions": [],
}
_US_POLICE = {
    **_RBI,
    "org_member_state": "outside_eu",
    "org_established_in_eu": "no",
    "org_uses_in_eu": "no",
    "org_kind": "third_country_public_authority",
}


def test_nl_police_using_real_time_rbi_is_bound_and_the_tier_is_prohibited() -> None:
    """Art. 5(1)(h) "the use of 'real-time' remote biometric identification systems in publicly
    accessible spaces for the purposes of law enforcement"; a Dutch police deployer is reached by
    Art. 2(1)(b), so the ban binds it and the tier is prohibited."""
    quote("5", "the use of ‘real-time’ remote biometric identification systems in publicly")
    quote("2", "deployers of ai systems that have their place of establishment or are located")
    assessment = _interview({**_RBI, "org_member_state": "nl", "org_kind": "public_authority"})
    assert assessment.value("scope.deployer_territorial") is True
    assert assessment.value("art5.binding_h") is True
    assert assessment.value("art5.any") is True
    assert _applies(assessment, "art5_1_h") is True


def test_third_country_police_out_of_reach_is_not_bound_by_point_h_and_keeps_the_tier() -> None:
    """Art. 2(1)(b)-(c): a law enforcement authority established and located in a third country,
    output not used in the Union, is not reached; point (h) prohibits only "the use", so neither
    the ban nor the tier 'prohibited' follows (the system stays an Annex III point 1(a) system)."""
    quote("2", "where the output produced by the ai system is used in the union")
    assessment = _interview(_US_POLICE)
    assert assessment.value("scope.deployer_territorial") is False
    assert assessment.value("art5.binding_h") is False
    assert assessment.value("art5.any") is False
    assert assessment.value("art5.use_prohibited") is False
    assert _applies(assessment, "art5_1_h") is False
    assert assessment.classification_tier is not RiskTier.PROHIBITED


def test_third_country_police_unknown_location_stays_undetermined() -> None:
    """Unknown whether the deployer is located in the Union: the ban is undetermined, not
    false (Art. 2(1)(b) "or are located within the Union")."""
    quote("2", "have their place of establishment or are located within the union")
    answers = {k: v for k, v in _US_POLICE.items() if k != "org_uses_in_eu"}
    assessment = _interview(answers)
    assert assessment.value("scope.deployer_territorial") is None
    assert assessment.value("art5.binding_h") is None


_US_EMPLOYER = {
    "ai_system": "yes",
    "territory": ["in_eu"],
    "roles": ["provider", "deployer"],
    "org_member_state": "outside_eu",
    "org_established_in_eu": "no",
    "org_uses_in_eu": "no",
    "org_kind": "private_undertaking",
    "exclusions": [],
    "prohibited_practices": ["f"],
    "art5_f_exception": "no",
}


@pytest.mark.parametrize("law", ["2024/1689", "2024/1689+2026/1744"])
def test_third_country_provider_placing_in_the_union_stays_bound(law: str) -> None:
    """Art. 2(1)(a) "providers placing on the market or putting into service AI systems ... in
    the Union, irrespective of whether those providers are established or located within the
    Union or in a third country": the placing ban of Art. 5(1)(f) binds it, whatever its own use."""
    quote("2", "irrespective of whether those providers are established or located within")
    assessment = _interview(_US_EMPLOYER, law)
    assert assessment.value("scope.deployer_territorial") is False
    assert assessment.value("art5.binding_f") is True
    assert _applies(assessment, "art5_1_f") is True


def test_third_country_police_out_of_reach_has_no_art5_2_to_4_duties() -> None:
    """Art. 5(2)-(4) bind "the use" of real-time RBI under the point (h) exception ("shall be
    subject to a prior authorisation granted by a judicial authority or an independent
    administrative authority ... of the Member State in which the use is to take place"). A
    third-country authority established and located outside the Union, output not used in the
    Union, is not reached by Art. 2(1)(b)-(c), so these duties are not its own either."""
    quote("5", "of the member state in which the use is to take place")
    quote("2", "where the output produced by the ai system is used in the union")
    assessment = _interview(
        {**_US_POLICE, "art5_h_conditions": ["strictly_necessary", "national_law"]}
    )
    assert assessment.value("scope.deployer_territorial") is False
    for obligation in ("art5_2", "art5_3", "art5_4"):
        assert _applies(assessment, obligation) is False, obligation


def test_deployer_only_organisation_the_act_does_not_reach_is_not_in_scope() -> None:
    """Art. 2(1) "This Regulation applies to:" lists persons (points (a)-(g)); a deployer
    established and located in a third country whose output is not used in the Union is none of
    them ((b) and (c) fail; (a) reaches the vendor that places the system, not it), so the
    answer to "Does the Act apply?" (Assessment.in_scope) is no, not yes."""
    quote("2", "this regulation applies to")
    assessment = _interview({**_US_EMPLOYER, "roles": ["deployer"]})
    assert assessment.value("scope.deployer_territorial") is False
    assert not [o.id for o in assessment.obligations if o.applies is True]
    assert assessment.in_scope is False


def test_the_art5_rules_cite_art_2_1_exactly_where_they_read_the_deployers_reach() -> None:
    """Art. 2(1)(b)-(c) is cited by an Art. 5 rule exactly when its condition reads the
    deployer's reach (scope.deployer_territorial): the point (h) exception itself
    (art5.h_exception) does not read it and must not cite it."""
    from aiact.rules.prohibited import RULES

    for rule in RULES:
        reads_reach = "scope.deployer_territorial" in rule.reads
        cites = {str(c) for c in rule.also_cites}
        assert reads_reach == ({"Art. 2(1)(b)", "Art. 2(1)(c)"} <= cites), rule.id
