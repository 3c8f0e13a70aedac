"""Review16 (round 11) of scope11's fix of Q14: the deployer's own territorial reach (Art.
2(1)(b)-(c)), ``scope.deployer_territorial``.

The fix gates the duties addressed to deployers (Art. 4, the Art. 26 route, Art. 50(3)-(5)) on
the deployer's reach, and leaves Art. 5 unchanged. The use prohibitions of Art. 5 bind an
organisation that only deploys through the same Art. 2(1)(b)-(c): a deployer established and
located in a third country whose output is not used in the Union is outside the Regulation, so
the prohibition of "the use" of the system is not its duty either (another party's placing on
the Union market is that party's, Art. 2(1)(a)). Recorded as a strict xfail (rule conditions are
frozen this round)."""

from __future__ import annotations

from typing import Any

from lawquote import quote, quote_nl

from aiact.interview import Interview
from aiact.questions import catalogue

_AS_OF = "2028-01-10"


def _interview(answers: dict[str, Any]) -> Any:
    interview = Interview.start(_AS_OF).answer("system")
    for question, answer in answers.items():
        interview = interview.answer(answer, question=question)
    return interview.assessment


_US_EMOTION_AT_WORK = {
    "ai_system": "yes",
    "territory": ["in_eu"],  # the vendor sells it in the EU
    "roles": ["deployer"],
    "org_established_in_eu": "no",
    "org_kind": "private_undertaking",
    "exclusions": [],
    "prohibited_practices": ["f"],  # emotion recognition in the workplace
    "art5_f_exception": "no",
    "annex_i_legislation": [],
    "annex_iii_points": [],
}


def test_third_country_deployer_using_it_only_abroad_is_not_bound_by_the_use_ban() -> None:
    """Art. 2(1)(b): "deployers of AI systems that have their place of establishment or are
    located within the Union"; (c): third-country deployers "where the output produced by the AI
    system is used in the Union". Art. 5(1) prohibits "the placing on the market, the putting
    into service ... or the use"; a US employer that only uses an emotion-recognition system at
    its US workplace, output not used in the Union, is reached by neither point, so Art. 5(1)(f)
    is not its duty (it places nothing on the market)."""
    quote("2", "deployers of ai systems that have their place of establishment or are located")
    quote("2", "where the output produced by the ai system is used in the union")
    quote_nl(
        "gebruiksverantwoordelijken van AI-systemen die in de Unie zijn gevestigd of er zich "
        "bevinden"
    )
    assessment = _interview({**_US_EMOTION_AT_WORK, "org_uses_in_eu": "no"})
    assert assessment.value("scope.deployer_territorial") is False
    assert assessment.value("art5_1_f") is False


def test_third_country_deployer_whose_output_is_used_in_the_union_is_bound_by_the_use_ban() -> None:
    """Art. 2(1)(c): with the output used in the Union the same deployer is reached, and the
    prohibition binds it (the control case of the xfail above)."""
    quote("2", "where the output produced by the ai system is used in the union")
    assessment = _interview(
        {**_US_EMOTION_AT_WORK, "territory": ["in_eu", "output_in_eu"], "org_uses_in_eu": "no"}
    )
    assert assessment.value("scope.deployer_territorial") is True
    assert assessment.value("art5_1_f") is True


def test_org_uses_in_eu_help_says_the_organisation_location_not_the_servers() -> None:
    """Art. 2(1)(b) "are located within the Union" (NL "die ... zich in de Unie bevinden") is
    the deployer's location: the help says so, so a third-country deployer does not answer yes
    because the system is hosted in the Union (review16 wording fix)."""
    quote("2", "have their place of establishment or are located within the union")
    quote_nl("die in de Unie zijn gevestigd of er zich bevinden")
    question = catalogue().get("org_uses_in_eu")
    assert "servers" in question.help_en and "located in the EU" in question.help_en
    assert (
        "computers staan waarop het systeem draait" in question.help_nl
        and "zich in de EU bevindt" in question.help_nl
    )
    assert "gebruiksverantwoordelijken" in question.help_nl
