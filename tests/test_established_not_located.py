"""Review16 ("located"): Art. 22(1), "Prior to making their high-risk AI systems available on
the Union market, providers established in third countries shall, by written mandate, appoint an
authorised representative which is established in the Union", and Art. 54(1) for
general-purpose AI models read establishment only; Art. 2(1)(b), "deployers of AI systems that
have their place of establishment or are located within the Union" (NL "die in de Unie zijn
gevestigd of er zich bevinden"), reads either. The fact organisation.established_in_eu and the
question org_established_in_eu now mean establishment ("gevestigd"); location counts for Art.
2(1)(b) through exclusions.used_in_eu_by_organisation."""

from __future__ import annotations

import datetime as dt

from lawquote import quote
from timecases import COMPANY, assess, system

import aiact
from aiact.logic import is_true
from aiact.questions import catalogue as questions
from aiact.rules.scope import ESTABLISHMENT_RULES

D = dt.date


def _located_not_established() -> aiact.Organisation:
    """A provider and deployer established in a third country (no place of establishment in the
    Union) whose staff use the system in the Union."""
    return aiact.Organisation.model_validate(
        {**COMPANY.model_dump(), "member_state": "US", "established_in_eu": False}
    )


def test_a_provider_located_but_not_established_in_the_union_appoints_a_representative() -> None:
    """Art. 22(1) "providers established in third countries": being located in the Union does
    not make a provider established there; it must appoint an authorised representative, while
    as a deployer located in the Union it is reached by Art. 2(1)(b)."""
    quote("22", "providers established in third countries shall, by written mandate, appoint")
    quote("2", "deployers of AI systems that have their place of establishment or are located")
    sys_ = system(roles=("provider", "deployer"), annex_iii=["4a"], placed_on_market=D(2028, 1, 1))
    sys_ = sys_.model_copy(
        update={
            "exclusions": sys_.exclusions.model_copy(update={"used_in_eu_by_organisation": True}),
            "value_chain": sys_.value_chain.model_copy(
                update={"provider_established_in_eu": False}
            ),
        }
    )
    a = assess(sys_, "2028-02-01", _located_not_established())
    assert a.value("org.established_in_union") is False
    assert a.value("role.third_country_provider") is True
    assert is_true(a.obligation("art22_1").applies)
    assert a.value("scope.deployer_territorial") is True
    assert is_true(a.obligation("art26_1").applies)


def test_the_question_asks_for_establishment_not_location() -> None:
    """The question that sets organisation.established_in_eu asks for establishment (EN
    "established", NL "gevestigd", the words of Art. 22(1) and 54(1)), not "or located" ("of er
    zich bevinden"), and tells an organisation only located in the Union to answer no."""
    quote("54", "providers established in third countries shall, by written mandate, appoint")
    q = questions().get("org_established_in_eu")
    assert "established" in q.text("en") and "located" not in q.text("en")
    assert "gevestigd" in q.text("nl") and "bevind" not in q.text("nl")
    assert "only located in the EU answers no" in q.help("en")
    assert "zich alleen in de EU bevindt, antwoordt nee" in q.help("nl")
    stated = next(r for r in ESTABLISHMENT_RULES if r.id == "org.established_in_union.stated")
    assert "located" not in stated.title_en and "bevindt" not in stated.title_nl
