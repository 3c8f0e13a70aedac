"""Reading A33 (docs/adr/0036-a32-art2-1c-union-provider.md, section A33): the Art. 5(1) ban
on "the placing on the market, the putting into service or the use" of a prohibited AI system,
for a provider reached only by Art. 2(1)(c) (nothing placed on the Union market or put into
service in the Union, Art. 3(9), 3(11); the output used in the Union).

Default ``bound``: the provider the Act reaches is bound (recital 22, anti-circumvention), the
library's answer since scope12b. Alternative ``placing_in_union_only``: the ban binds a provider
only where it places the system on the Union market or puts it into service in the Union. A
provider that places in the Union is bound under both; a deployer is bound by the use ban under
both. Art. 5(1)(c) is not amended by Regulation (EU) 2026/1744: both law versions answer alike.
"""

from __future__ import annotations

from typing import Any

import pytest
from lawquote import quote, quote_nl
from scope_cases import NO_SHIFT as _NO_SHIFT
from scope_cases import OUTPUT_ONLY as _EXCLUSIONS

import aiact
from aiact.interpretations import DEFAULT_INTERPRETATIONS, Art5OutputOnlyProvider, Interpretations
from aiact.logic import is_false, is_true
from aiact.verify.reach import DEFAULT_READING_NOTES

LAWS = ("2024/1689", "2024/1689+2026/1744")
DEFAULT = Art5OutputOnlyProvider.BOUND.value
ALTERNATIVE = Art5OutputOnlyProvider.PLACING_IN_UNION_ONLY.value
AS_OF = "2028-01-10"

_ROLES = {
    "provider": True,
    "deployer": False,
    "importer": False,
    "distributor": False,
    "authorised_representative": False,
    "product_manufacturer": False,
}
_SOCIAL_SCORING = {"c_social_scoring": True, "c_detrimental_treatment_unrelated_context": True}


def _assess(
    reading: str | None,
    law: str,
    exclusions: dict[str, Any] | None = None,
    roles: dict[str, bool] | None = None,
) -> aiact.Assessment:
    """A United States company providing a social scoring system (Art. 5(1)(c)) to a client
    abroad; the output is used in the Union."""
    system = {
        "is_ai_system": True,
        "exclusions": {**_EXCLUSIONS, **(exclusions or {})},
        "prohibited": _SOCIAL_SCORING,
        "value_chain": _NO_SHIFT,
        "roles": {**_ROLES, **(roles or {})},
    }
    org = {"kind": "private_undertaking", "member_state": "US"}
    readings = None if reading is None else {"art5_point_c_provider": reading}
    return aiact.assess(system, org, AS_OF, law, interpretations=readings)


def _quote_the_ban() -> None:
    """Art. 5(1)(c) (both versions), Art. 3(9), 3(11), Art. 2(1)(c), English and Dutch."""
    quote(
        "5",
        "the placing on the market, the putting into service or the use of AI systems for the "
        "evaluation or classification of natural persons",
        "both",
    )
    quote("3", "the first making available of an AI system", "both")
    quote("3", "for first use directly to the deployer or for own use in the Union", "both")
    quote("2", "where the output produced by the AI system is used in the Union", "both")
    quote_nl(
        "het in de handel brengen, het in gebruik stellen of het gebruiken van AI-systemen voor "
        "de evaluatie of classificatie van natuurlijke personen"
    )
    quote_nl("het voor het eerst in de Unie op de markt aanbieden van een AI-systeem")


def test_the_reading_is_named_with_the_current_behaviour_as_default() -> None:
    assert DEFAULT_INTERPRETATIONS.art5_point_c_provider is Art5OutputOnlyProvider.BOUND
    assert DEFAULT_INTERPRETATIONS.labels()["A33"] == DEFAULT
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a33_placing_in_union_only"] is False
    facts = Interpretations(art5_point_c_provider=ALTERNATIVE).as_facts()
    assert facts["interp.a33_placing_in_union_only"] is True
    by_code = Interpretations.model_validate({"A33": ALTERNATIVE})
    assert by_code.art5_point_c_provider is Art5OutputOnlyProvider.PLACING_IN_UNION_ONLY


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", [None, DEFAULT])
def test_default_point_c_provider_is_bound(law: str, reading: str | None) -> None:
    """Default A33 (bound). Recital 22: the Regulation applies to providers in a third country
    "to the extent the output produced by those systems is intended to be used in the Union",
    "to prevent the circumvention of this Regulation"; the provider it reaches by point (c) is
    bound by the ban of Art. 5(1)(c)."""
    _quote_the_ban()
    a = _assess(reading, law)
    assert is_true(a.value("scope.provider_territorial"))
    assert a.in_scope is True
    assert is_true(a.value("art5.binding_c"))
    assert is_true(a.obligation("art5_1_c").applies)
    assert a.interpretations_used["A33"] == DEFAULT


@pytest.mark.parametrize("law", LAWS)
def test_alternative_point_c_provider_is_not_bound(law: str) -> None:
    """A33=placing_in_union_only: Art. 5(1) forbids "the placing on the market, the putting into
    service or the use"; placing on the market is the first making available "on the Union
    market" (Art. 3(9)), putting into service the supply for use "in the Union" (Art. 3(11)).
    A provider that does neither, reached only because the output is used in the Union, is not
    bound as a provider; it stays reached by Art. 2(1)(c) (in scope)."""
    _quote_the_ban()
    a = _assess(ALTERNATIVE, law)
    assert is_true(a.value("scope.provider_territorial"))
    assert a.in_scope is True
    assert is_true(a.value("art5.c"))  # the practice stays prohibited: the tier is the system's
    assert is_false(a.value("art5.binding_c"))
    assert is_false(a.obligation("art5_1_c").applies)
    assert a.interpretations_used["A33"] == ALTERNATIVE


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", [DEFAULT, ALTERNATIVE])
def test_a_provider_placing_in_the_union_is_bound_under_both(law: str, reading: str) -> None:
    """Art. 5(1)(c), Art. 2(1)(a): a provider whose system is placed on the market, put into
    service or used in the Union is bound under every reading; so is one that uses it itself in
    the Union (own use in the Union is putting into service, Art. 3(11))."""
    _quote_the_ban()
    placed = _assess(reading, law, {"placed_or_used_in_eu": True})
    assert is_true(placed.value("art5.binding_c"))
    # The placing left unanswered: with it false the own use in the Union is refused as
    # input (facts.IN_THE_UNION, round 13), so the own use alone decides here.
    own_use = _assess(
        reading, law, {"used_in_eu_by_organisation": True, "placed_or_used_in_eu": None}
    )
    assert is_true(own_use.value("art5.binding_c"))


@pytest.mark.parametrize("law", LAWS)
def test_a_deployer_is_bound_by_the_use_ban_under_the_alternative(law: str) -> None:
    """Art. 5(1)(c) "or the use", Art. 2(1)(c) "providers and deployers ... in a third country,
    where the output ... is used in the Union": the third-country organisation that also uses
    the system is bound as its deployer under A33=placing_in_union_only."""
    _quote_the_ban()
    a = _assess(ALTERNATIVE, law, roles={"deployer": True})
    assert is_true(a.value("art5.binding_c"))


@pytest.mark.parametrize("law", LAWS)
def test_unknown_placing_stays_undetermined_under_the_alternative(law: str) -> None:
    """Three-valued: under A33=placing_in_union_only, where the placing in the Union is not
    answered, whether the ban binds the provider is unknown, never false."""
    _quote_the_ban()
    a = _assess(ALTERNATIVE, law, {"placed_or_used_in_eu": None})
    assert a.value("art5.binding_c") is None
    assert a.obligation("art5_1_c").applies is None


@pytest.mark.parametrize(
    ("reading", "rule"),
    [
        (DEFAULT, "art5.provider_placing_reach"),
        (ALTERNATIVE, "art5.provider_placing_reach.in_union"),
    ],
)
def test_the_explanation_names_the_reading_in_english_and_dutch(reading: str, rule: str) -> None:
    """Art. 5(1)(c): the derivation of the binding ban shows the provider rule that decided it,
    marked with reading A33, in English and in Dutch."""
    _quote_the_ban()
    a = _assess(reading, "2024/1689+2026/1744", {"placed_or_used_in_eu": True})
    why = a.explain("art5.provider_placing_reach")
    held = [(s.rule.id, s.rule.interpretation) for s in why.steps if s.value is True]
    assert held == [(rule, "A33")]
    binding = a.explain("art5.binding_c")
    assert "[A33]" in binding.text("en")
    assert "[A33]" in binding.text("nl")


def test_the_alternative_not_binding_is_explained_with_the_reading() -> None:
    """A33=placing_in_union_only: why the point (c) provider is not bound names the reading."""
    _quote_the_ban()
    a = _assess(ALTERNATIVE, "2024/1689+2026/1744")
    why = a.why_not("art5.binding_c")
    assert "[A33]" in why.text("en")
    assert "[A33]" in why.text("nl")


def test_the_alternative_rule_is_a_noted_default_reading_gap() -> None:
    """Art. 5(1): the rule that fires only under A33=placing_in_union_only is listed among the
    rules that cannot fire under the default reading, with the reason."""
    _quote_the_ban()
    note = DEFAULT_READING_NOTES["art5.provider_placing_reach.in_union"]
    assert "A33=placing_in_union_only" in note
    assert "ADR 0036" in note
