"""Review48 (round 16): first recorded review of the rules of scope (Art. 2), the AI-system and
biometric definitions (Art. 3(1), 3(39)-(43), 3(63)), the roles (Art. 3(3)-(8), Art. 25(1)-(4))
and the duty gates against the article text, in both law versions
(tests/data/coverage/reviews.yaml, block "review48 helper, round 16"). Four defects, each a strict
xfail test here when found, a plain test since fix16d (round 16) fixed them:

* scope.excluded.pre_market_research: Art. 2(8) excludes research, testing or development "prior
  to their being placed on the market or put into service". The rule reads no placing: a system
  placed on the market on 1 January 2025, with ``pre_market_research_testing`` true, is accepted
  and reported out of scope on 5 December 2026. Its titles also leave out "put into service".
  Fixed: the case is refused (aiact.date_facts.guard_pre_market); titles name both steps.
* scope.excluded.international_cooperation: the Dutch title leaves out the field of the
  cooperation of Art. 2(4), "op het gebied van rechtshandhaving en justitie".
* scope.falls_under_art50.duty: the rule reads ``art50.any`` (a duty of Art. 50(1), (2), (3) or
  (4)) but also cites Art. 50(1) only.
* def.ai_system_limited_inference.mathematical_optimisation, .simple_prediction: the Dutch titles
  cite the guideline's "punts 42-45" / "punts 49-51"; the Dutch plural is "punten".
"""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from lawquote import quote, quote_nl
from timecases import COMPANY, system

import aiact
from aiact.errors import InputError
from aiact.rules import SYSTEM_RULES

_RULES = {rule.id: rule for rule in SYSTEM_RULES}


def _pre_market_system_placed_2025() -> aiact.AISystem:
    """A provider's system placed on the market in the Union on 1 January 2025, stated to be
    only in research, testing or development before its placing (Art. 2(8))."""
    data = copy.deepcopy(system(placed_on_market=dt.date(2025, 1, 1)).model_dump())
    data["exclusions"]["pre_market_research_testing"] = True
    data["exclusions"]["made_available_on_union_market"] = True
    return aiact.AISystem.model_validate(data)


@pytest.mark.parametrize("law", ["original", "amended"])
def test_art2_8_does_not_exclude_a_system_already_placed_on_the_market(law: str) -> None:
    """Art. 2(8): "prior to their being placed on the market or put into service". Once placed
    (1 January 2025, made available on the Union market), the exclusion no longer covers the
    system: the library must refuse the contradiction or leave the scope at least undetermined,
    never answer "out of scope"."""
    quote(
        "2",
        "This Regulation does not apply to any research, testing or development activity "
        "regarding AI systems or AI models prior to their being placed on the market or put "
        "into service.",
        "both",
    )
    quote_nl(
        "Deze verordening is niet van toepassing op onderzoeks-, test- of "
        "ontwikkelingsactiviteiten met betrekking tot AI-systemen of AI-modellen voor zij in de "
        "handel worden gebracht of in gebruik worden gesteld."
    )
    try:
        a = aiact.assess(_pre_market_system_placed_2025(), COMPANY, "2026-12-05", law)
    except InputError:
        return
    assert a.evaluation.values.get("scope.excluded") is not True
    assert a.evaluation.values.get("scope.in_scope") is not False


def test_art2_8_titles_name_putting_into_service() -> None:
    quote(
        "2",
        "prior to their being placed on the market or put into service",
        "both",
    )
    quote_nl("voor zij in de handel worden gebracht of in gebruik worden gesteld")
    rule = _RULES["scope.excluded.pre_market_research"]
    assert "put into service" in rule.title_en
    assert "in gebruik" in rule.title_nl


def test_art2_4_dutch_title_names_law_enforcement_and_justice() -> None:
    quote(
        "2",
        "in the framework of international cooperation or agreements for law enforcement and "
        "judicial cooperation with the Union or with one or more Member States",
        "both",
    )
    quote_nl(
        "in het kader van internationale samenwerking of overeenkomsten met de Unie of een of "
        "meer lidstaten op het gebied van rechtshandhaving en justitie"
    )
    title_nl = _RULES["scope.excluded.international_cooperation"].title_nl
    assert "rechtshandhaving" in title_nl
    assert "justitie" in title_nl


def test_falls_under_art50_duty_cites_every_paragraph_it_reads() -> None:
    """Art. 2(12): "an AI system that falls under Article 5 or 50"; the rule holds where a duty
    of any of Art. 50(1)-(4) applies (``art50.any``: rules art50.any.1, .2, .3, .4_deep_fake,
    .4_text), so it cites each paragraph, as scope.falls_under_art50.kind does."""
    quote(
        "2",
        "unless they are placed on the market or put into service as high-risk AI systems or "
        "as an AI system that falls under Article 5 or 50",
        "both",
    )
    sources = {r.source.split(",")[0] for r in SYSTEM_RULES if r.concludes == "art50.any"}
    assert sources == {"Art. 50(1)", "Art. 50(2)", "Art. 50(3)", "Art. 50(4)"}
    rule = _RULES["scope.falls_under_art50.duty"]
    cited = {rule.source, *rule.also_cites}
    assert sources <= cited


@pytest.mark.parametrize(
    "rule_id",
    [
        "def.ai_system_limited_inference.mathematical_optimisation",
        "def.ai_system_limited_inference.simple_prediction",
    ],
)
def test_d1_dutch_titles_write_punten(rule_id: str) -> None:
    """The Dutch text numbers its own points "punt" and "punten" (Art. 3: "punt 1"); a citation
    of several guideline paragraphs is "punten 42-45", not "punts"."""
    quote_nl("het voor het eerst in de Unie op de markt aanbieden van een AI-systeem")
    title_nl = _RULES[rule_id].title_nl
    assert "punts" not in title_nl
    assert "punten" in title_nl
