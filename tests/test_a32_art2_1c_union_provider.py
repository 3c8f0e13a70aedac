"""Reading A32 (docs/adr/0036-a32-art2-1c-union-provider.md): Art. 2(1)(c) and a provider
established in the Union that places nothing on the Union market and puts nothing into service
there (it supplies only a client abroad), but whose system's output is used in the Union.

Default ``reached``: point (c) reaches it too (a fortiori; recital 22), the library's answer
since scope12b. Alternative ``third_country_only``: the words of point (c), "providers ... that
have their place of establishment or are located in a third country", reach only a provider
established in a third country. A third-country provider is reached under both; an unknown
establishment stays undetermined under the alternative. Art. 2(1) is not amended by Regulation
(EU) 2026/1744, so both law versions answer alike.
"""

from __future__ import annotations

import datetime as dt

import pytest
from lawquote import omnibus_text, quote, quote_nl
from timecases import COMPANY, assess, system

import aiact
from aiact.interpretations import (
    DEFAULT_INTERPRETATIONS,
    Art2Paragraph1cUnionProvider,
    Interpretations,
)
from aiact.logic import is_false, is_true
from aiact.verify.reach import DEFAULT_READING_NOTES

LAWS = ("original", "amended")
DEFAULT = Art2Paragraph1cUnionProvider.REACHED.value
ALTERNATIVE = Art2Paragraph1cUnionProvider.THIRD_COUNTRY_ONLY.value
AS_OF = "2028-02-01"
DEFAULT_RULE = "scope.provider_territorial.output_used_in_union"
ALTERNATIVE_RULE = "scope.provider_territorial.output_used_in_union.third_country"

US_COMPANY = COMPANY.model_copy(
    update={"name": "Example Inc.", "member_state": "US", "established_in_eu": False}
)
UNKNOWN_ESTABLISHMENT = COMPANY.model_copy(update={"member_state": None, "established_in_eu": None})


def _exporting_provider(org: aiact.Organisation, roles: tuple[str, ...] = ("provider",)) -> object:
    """A provider of an Annex III 4(a) system (recruitment) that supplies it only to a client
    abroad (put into service there on 1 January 2028): nothing placed on the market, put into
    service or used in the Union, the organisation does not use it in the Union; the output is
    used in the Union."""
    base = system(roles=roles, annex_iii=["4a"], put_into_service=dt.date(2028, 1, 1))
    exclusions = base.exclusions.model_copy(
        update={
            "placed_or_used_in_eu": False,
            "used_in_eu_by_organisation": False,
            "output_used_in_eu": True,
        }
    )
    value_chain = base.value_chain.model_copy(
        update={"provider_established_in_eu": org.established_in_eu}
    )
    return base.model_copy(update={"exclusions": exclusions, "value_chain": value_chain})


def _assess(
    org: aiact.Organisation,
    reading: str | None,
    law: str,
    roles: tuple[str, ...] = ("provider",),
) -> aiact.Assessment:
    sys_ = _exporting_provider(org, roles)
    assert isinstance(sys_, aiact.AISystem)
    if reading is None:
        return assess(sys_, AS_OF, org, law)
    return assess(sys_, AS_OF, org, law, art2_1c_union_provider=reading)


def _quote_point_c() -> None:
    """Art. 2(1)(a) and (c), English (both versions: 2026/1744 amends Art. 2 only in paragraphs
    2 and 7 and adds paragraph 13) and Dutch; Art. 3(9) and 3(11)."""
    quote(
        "2",
        "providers and deployers of AI systems that have their place of establishment or are "
        "located in a third country, where the output produced by the AI system is used in the "
        "Union",
        "both",
    )
    quote(
        "2",
        "providers placing on the market or putting into service AI systems or placing on the "
        "market general-purpose AI models in the Union",
        "both",
    )
    quote("3", "the first making available of an AI system", "both")
    quote("3", "for first use directly to the deployer or for own use in the Union", "both")
    quote_nl(
        "aanbieders en gebruiksverantwoordelijken van AI-systemen die in een derde land zijn "
        "gevestigd of er zich bevinden, indien de output van het AI-systeem in de Unie wordt "
        "gebruikt"
    )
    quote_nl("voor eigen gebruik in de Unie voor het beoogde doel")


def test_art_2_1_is_not_amended_by_the_omnibus() -> None:
    """Regulation (EU) 2026/1744, Article 1, point (2): "Article 2 is amended as follows",
    replacing paragraphs 2 and 7; point (3) adds paragraph 13. Paragraph 1 stays."""
    text = omnibus_text("2")
    assert "article 2 is amended as follows" in text
    assert "paragraph 2 is replaced by the following" in text
    assert "paragraph 7 is replaced by the following" in text
    assert "the following paragraph is added" in text
    assert "paragraph 1" not in text
    assert "point (c)" not in text


def test_the_reading_is_named_with_the_current_behaviour_as_default() -> None:
    assert DEFAULT_INTERPRETATIONS.art2_1c_union_provider is Art2Paragraph1cUnionProvider.REACHED
    assert DEFAULT_INTERPRETATIONS.labels()["A32"] == DEFAULT
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a32_third_country_only"] is False
    facts = Interpretations(art2_1c_union_provider=ALTERNATIVE).as_facts()
    assert facts["interp.a32_third_country_only"] is True
    by_code = Interpretations.model_validate({"A32": ALTERNATIVE})
    assert by_code.art2_1c_union_provider is Art2Paragraph1cUnionProvider.THIRD_COUNTRY_ONLY


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", [None, DEFAULT])
def test_default_union_provider_exporting_only_is_reached(law: str, reading: str | None) -> None:
    """Default A32 (reached). Art. 2(1)(c) "providers and deployers of AI systems that have
    their place of establishment or are located in a third country, where the output produced
    by the AI system is used in the Union", read a fortiori (recital 22: "To prevent the
    circumvention of this Regulation"): a provider established in the Netherlands that supplies
    its recruitment system (Annex III 4(a)) only abroad, whose output is used in the Union, is
    reached and has the provider's duties (Art. 16 through duty.hr_provider)."""
    _quote_point_c()
    quote("16", "ensure that their high-risk AI systems are compliant with the requirements")
    a = _assess(COMPANY, reading, law)
    assert is_true(a.value("scope.provider_territorial"))
    assert a.in_scope is True
    assert is_true(a.value("duty.hr_provider"))
    assert is_true(a.obligation("art16_i").applies)
    assert is_true(a.obligation("art9").applies)
    assert a.interpretations_used["A32"] == DEFAULT


@pytest.mark.parametrize("law", LAWS)
def test_alternative_union_provider_exporting_only_is_not_reached(law: str) -> None:
    """A32=third_country_only: the words of Art. 2(1)(c) ("that have their place of
    establishment or are located in a third country"; NL "die in een derde land zijn gevestigd
    of er zich bevinden") do not name a provider established in the Union, and point (a) does
    not reach it (nothing placed "on the Union market", Art. 3(9); nothing supplied for first
    use or own use "in the Union", Art. 3(11)). It is not reached as a provider; holding no
    other role, it is not reached at all and has no obligation."""
    _quote_point_c()
    a = _assess(COMPANY, ALTERNATIVE, law)
    assert is_false(a.value("scope.provider_territorial"))
    assert is_false(a.value("scope.reach"))
    assert a.in_scope is False
    assert is_false(a.value("duty.hr_provider"))
    assert is_false(a.obligation("art16_i").applies)
    assert is_false(a.obligation("art9").applies)
    assert [o for o in a.obligations if not is_false(o.applies)] == []
    # the system stays within the Act: the deployer abroad is reached by point (c)
    assert is_true(a.value("scope.in_scope"))
    assert a.interpretations_used["A32"] == ALTERNATIVE


@pytest.mark.parametrize("law", LAWS)
def test_alternative_union_provider_that_also_deploys_abroad_is_not_reached_as_provider(
    law: str,
) -> None:
    """A32=third_country_only with Art. 2(1)(b): a Union provider that also deploys the system
    (abroad) is reached by point (b) as a deployer ("deployers of AI systems that have their
    place of establishment ... within the Union"), not as a provider."""
    _quote_point_c()
    quote("2", "deployers of AI systems that have their place of establishment or are located")
    a = _assess(COMPANY, ALTERNATIVE, law, roles=("provider", "deployer"))
    assert is_false(a.value("scope.provider_territorial"))
    assert a.in_scope is True
    held = sorted(s.rule.id for s in a.explain("scope.reach").steps if s.value is True)
    assert held == ["scope.reach.deployer"]
    assert is_false(a.value("duty.hr_provider"))


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", [DEFAULT, ALTERNATIVE])
def test_third_country_provider_is_reached_under_both_readings(law: str, reading: str) -> None:
    """Art. 2(1)(c): a provider established in a third country (United States) whose system's
    output is used in the Union is reached under every reading, and has the provider's duties."""
    _quote_point_c()
    a = _assess(US_COMPANY, reading, law)
    assert is_true(a.value("scope.provider_territorial"))
    assert a.in_scope is True
    assert is_true(a.value("duty.hr_provider"))
    assert is_true(a.obligation("art16_i").applies)


@pytest.mark.parametrize("law", LAWS)
def test_unknown_establishment_stays_undetermined_under_the_alternative(law: str) -> None:
    """Three-valued: under A32=third_country_only, where the organisation does not say where it
    is established, whether point (c) reaches it as provider is unknown, and so are its reach and
    its duties; never false. Under the default the establishment does not matter."""
    _quote_point_c()
    a = _assess(UNKNOWN_ESTABLISHMENT, ALTERNATIVE, law)
    assert a.value("scope.provider_territorial") is None
    assert a.in_scope is None
    assert a.value("duty.hr_provider") is None
    default = _assess(UNKNOWN_ESTABLISHMENT, DEFAULT, law)
    assert is_true(default.value("scope.provider_territorial"))
    assert default.in_scope is True


@pytest.mark.parametrize(
    ("reading", "rule", "org"),
    [
        (DEFAULT, DEFAULT_RULE, COMPANY),
        (ALTERNATIVE, ALTERNATIVE_RULE, US_COMPANY),
    ],
)
def test_the_explanation_names_the_reading_in_english_and_dutch(
    reading: str, rule: str, org: aiact.Organisation
) -> None:
    """Art. 2(1)(c): the derivation of the provider's reach shows the rule that decided it,
    marked with reading A32, in English and in Dutch (the official "in een derde land zijn
    gevestigd" under the alternative)."""
    _quote_point_c()
    a = _assess(org, reading, "amended")
    why = a.explain("scope.provider_territorial")
    assert is_true(why.value)
    held = [(s.rule.id, s.rule.interpretation) for s in why.steps if s.value is True]
    assert held == [(rule, "A32")]
    assert "[A32]" in why.text("en")
    nl = why.text("nl")
    assert "[A32]" in nl
    assert "artikel 2, lid 1, punt c" in nl.lower()
    if reading == ALTERNATIVE:
        assert "in een derde land gevestigd" in nl


def test_the_alternative_not_reaching_is_explained_with_the_reading() -> None:
    """A32=third_country_only: why a Union provider exporting only is not reached names the
    reading in English and Dutch."""
    _quote_point_c()
    a = _assess(COMPANY, ALTERNATIVE, "amended")
    why = a.why_not("scope.provider_territorial")
    assert "[A32]" in why.text("en")
    assert "[A32]" in why.text("nl")


def test_the_reading_labels_are_translated() -> None:
    """The two readings and the question have English and Dutch labels."""
    from aiact.views.labels import READING_LABELS

    for value in (DEFAULT, ALTERNATIVE):
        assert ("A32", value) in READING_LABELS
    a = _assess(COMPANY, ALTERNATIVE, "amended")
    assert a.interpretations_used["A32"] == ALTERNATIVE


def test_the_alternative_rule_is_a_noted_default_reading_gap() -> None:
    """Art. 2(1)(c): the rule that fires only under A32=third_country_only is listed among the
    rules that cannot fire under the default reading, with the reason."""
    _quote_point_c()
    note = DEFAULT_READING_NOTES[ALTERNATIVE_RULE]
    assert "A32=third_country_only" in note
    assert "ADR 0036" in note
