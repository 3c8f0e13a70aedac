"""fix30c (round 30): the provider of the supplied general-purpose AI model has a fact of its own,
``value_chain.provides_supplied_model`` (rev30d D1).

Since rev30c D2 ``value_chain.supplies_general_purpose_ai_model`` means "the supply is a
general-purpose AI model, whoever provides it" (the Art. 25(4) exception reads it so). Reading
A36=operators_only still read it as "the supplier is that model's provider, and so an operator",
and reading A46 put the provider condition into the flag
``supplied_model_placed_before_2_august_2025``. Both now read ``provides_supplied_model``: a
reseller of another provider's model is no operator (Art. 3(8)) and no addressee of Art. 111(3).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from lawquote import quote, quote_nl
from test_rev30c import FLAG, _case, _quote_111_3

from aiact.facts import ValueChain
from aiact.obligations.decl_high_risk_operators import _SUPPLIER_IS_OPERATOR
from aiact.questions.data import QUESTIONS
from aiact.rules import SYSTEM_RULES
from aiact.timeline.transitional import Status
from aiact.views.labels import fact_label

D = dt.date
ART111_3 = D(2027, 8, 2)
OWN = "value_chain.provides_supplied_model"
AMENDED = ("amended", "2028-10-01", D(2028, 9, 1))
"""Amended text, 1 October 2028: a new Annex III system placed 1 September 2028 (its Art. 25(4)
row binds from 2 December 2027, amended Art. 113, third paragraph, point (c)(i))."""
ORIGINAL = ("original", "2026-11-01", D(2026, 10, 1))
"""Published text, 1 November 2026: a new Annex III system placed 1 October 2026 (Art. 25(4)
from 2 August 2026, Art. 113, second paragraph)."""
OPERATORS_ONLY = {"art99_4_da_addressees": "operators_only"}


def _quote_operator() -> None:
    quote("3", "'operator' means a provider, product manufacturer, deployer, authorised")
    quote("3", "develops an AI system or a general-purpose AI model")


def _assess(where: tuple[str, str, dt.date], **kw: Any) -> Any:
    law, day, placed = where
    return _case(law, day, placed=placed, **kw).assess()


def _row(a: Any, key: str) -> Any:
    return next(r for r in a.obligation_results if r.id == key)


def _fined(where: tuple[str, str, dt.date]) -> str:
    return "art25_4" if where[0] == "amended" else "art25_4_original"


def _asked(a: Any, fact: str = OWN) -> bool:
    return any(q.fact == fact for q in a.open_questions)


# ------------------------------------------------------------------ the declarations


def test_the_fact_the_question_and_the_conditions() -> None:
    """Art. 3(3): the provider "develops an AI system or a general-purpose AI model or that has an
    AI system or a general-purpose AI model developed and places it on the market ... under its
    own name or trademark"; Art. 3(8): "'operator' means a provider, product manufacturer,
    deployer, authorised representative, importer or distributor". The new fact says so, a
    reseller answers no; A36's operator condition and A46's rule read it beside the supply."""
    _quote_operator()
    _quote_111_3()
    desc = ValueChain.model_fields["provides_supplied_model"].description or ""
    for words in ("Art. 3(3)", "Art. 3(8)", "False for a reseller"):
        assert words in desc, words
    assert "(value_chain.supplies_general_purpose_ai_model and " in _SUPPLIER_IS_OPERATOR
    assert OWN in _SUPPLIER_IS_OPERATOR
    when = next(r for r in SYSTEM_RULES if r.id == "legacy.supplied_model_deferred").when
    assert OWN in when and "value_chain.supplies_general_purpose_ai_model" in when
    assert f"value_chain.{FLAG}" in when
    flag = ValueChain.model_fields[FLAG].description or ""
    assert "first placed on the market (by its provider) before 2 August 2025" in flag
    ids = [q["id"] for q in QUESTIONS]
    assert ids.index("supplies_own_model") == ids.index("supplies_gpai_model") + 1
    q = QUESTIONS[ids.index("supplies_own_model")]
    assert q["fact"] == OWN and q["kind"] == "yes_no"
    assert "answer no" in q["help_en"] and "antwoord nee" in q["help_nl"]


def test_dutch_in_official_terms() -> None:
    """Art. 3, punt 3, NL: "aanbieder": "een ... rechtspersoon ... die/dat een AI-systeem of een
    AI-model voor algemene doeleinden ontwikkelt"; the question and the fact's label use
    "aanbieder" and "AI-model voor algemene doeleinden"."""
    quote_nl("AI-model voor algemene doeleinden ontwikkelt")
    q = next(q for q in QUESTIONS if q["id"] == "supplies_own_model")
    label = fact_label(OWN, "nl")
    for words in ("aanbieder", "AI-model voor algemene doeleinden"):
        assert words in q["text_nl"] and words in label, words


# ------------------------------------------------------------------ A36=operators_only


@pytest.mark.parametrize("where", [AMENDED, ORIGINAL], ids=["amended", "original"])
@pytest.mark.parametrize("legacy", [True, False, None])
def test_a_reseller_is_not_fined_as_an_operator(
    where: tuple[str, str, dt.date], legacy: Any
) -> None:
    """Art. 3(8) ("'operator' means a provider, product manufacturer, deployer, authorised
    representative, importer or distributor"); importer and distributor are defined for AI
    systems (Art. 3(6), 3(7)); Art. 99(1) lays down penalties for infringements "by operators",
    amended Art. 99(4)(da) fines "obligations of providers and operators pursuant to Article
    25(2) and (4)". Under A36=operators_only a reseller of another provider's general-purpose
    AI model, with no role for the system, has its Art. 25(4) duty without an Art. 99 fine
    (art25_4_supplier_not_operator), whatever the model's placing: both texts."""
    _quote_operator()
    quote(
        "99", "obligations of providers and operators pursuant to Article 25(2) and (4)", "amended"
    )
    a = _assess(where, legacy=legacy, provides=False, **OPERATORS_ONLY)
    assert _row(a, _fined(where)).applies is False
    row = _row(a, "art25_4_supplier_not_operator")
    assert row.applies is True and row.status is Status.IN_FORCE
    assert not _asked(a)


@pytest.mark.parametrize("where", [AMENDED, ORIGINAL], ids=["amended", "original"])
def test_the_models_provider_is_fined_as_before(where: tuple[str, str, dt.date]) -> None:
    """Art. 3(3): the provider of the general-purpose AI model is a "provider", so an operator
    (Art. 3(8)): under A36=operators_only its Art. 25(4) duty stays fined (art25_4 in the amended
    text, art25_4_original in the published one), as it was before fix30c."""
    _quote_operator()
    a = _assess(where, legacy=False, provides=True, **OPERATORS_ONLY)
    assert _row(a, _fined(where)).applies is True
    assert _row(a, "art25_4_supplier_not_operator").applies is False


@pytest.mark.parametrize("where", [AMENDED, ORIGINAL], ids=["amended", "original"])
@pytest.mark.parametrize("legacy", [True, False, None])
def test_unknown_provider_is_undetermined_and_asked(
    where: tuple[str, str, dt.date], legacy: Any
) -> None:
    """With the provider fact unknown, one completion fines the supplier (the model's provider,
    Art. 3(3)) and the other does not (a reseller, Art. 3(8)): under A36=operators_only neither
    row is "not applicable", both are undetermined, and the question is asked."""
    _quote_operator()
    a = _assess(where, legacy=legacy, provides=None, **OPERATORS_ONLY)
    for key in (_fined(where), "art25_4_supplier_not_operator"):
        assert _row(a, key).applies is None, key
        assert _row(a, key).status is Status.UNDETERMINED, key
    assert _asked(a)
    for provides in (True, False):
        done = _assess(where, legacy=legacy, provides=provides, **OPERATORS_ONLY)
        for key in (_fined(where), "art25_4_supplier_not_operator"):
            if _row(done, key).applies:
                assert _row(a, key).applies is not False, (key, provides)


# ------------------------------------------------------------------ A46 (Art. 111(3))


@pytest.mark.parametrize("a36", ["every_addressee", "operators_only"])
def test_a_reseller_gets_no_art_111_3_deferral(a36: str) -> None:
    """Art. 111(3): "Providers of general-purpose AI models that have been placed on the market
    before 2 August 2025 shall take the necessary steps in order to comply with the obligations
    laid down in this Regulation by 2 August 2027". A reseller is not the model's provider (Art.
    3(3)): with the model placed before 2 August 2025 its Art. 25(4) duty keeps the system's date
    (2 August 2026, published text, Art. 113), no Art. 111(3) grace, and the placing is not asked
    once the provider fact is known false."""
    _quote_111_3()
    for legacy in (True, None):
        a = _assess(ORIGINAL, legacy=legacy, provides=False, art99_4_da_addressees=a36)
        assert a.evaluation.values["legacy.supplied_model_deferred"] is False
        key = "art25_4_original" if a36 == "every_addressee" else "art25_4_supplier_not_operator"
        row = _row(a, key)
        assert (row.applies, row.applies_from, row.status) == (True, D(2026, 8, 2), Status.IN_FORCE)
        assert row.timing.grace != "art111_3"
        assert not _asked(a, f"value_chain.{FLAG}")


@pytest.mark.parametrize("a36", ["every_addressee", "operators_only"])
def test_the_models_provider_is_deferred_as_before(a36: str) -> None:
    """Art. 111(3), the model's own provider (Art. 3(3)), its model placed before 2 August 2025:
    under A46=model_transition (default) its Art. 25(4) agreement binds from 2 August 2027 (grace
    art111_3), fined as before (art25_4_original) under both A36 readings."""
    _quote_111_3()
    a = _assess(ORIGINAL, legacy=True, provides=True, art99_4_da_addressees=a36)
    assert a.evaluation.values["legacy.supplied_model_deferred"] is True
    row = _row(a, "art25_4_original")
    assert (row.applies, row.applies_from, row.status) == (True, ART111_3, Status.UPCOMING)
    assert row.timing.grace == "art111_3"


def test_unknown_provider_leaves_the_deferral_undetermined() -> None:
    """The model placed before 2 August 2025, its provider not known (published text, default
    readings): Art. 111(3) may or may not reach the supplier, so the row applies (both
    completions apply it) with both dates possible, and the provider question is asked."""
    _quote_111_3()
    a = _assess(ORIGINAL, legacy=True, provides=None)
    row = _row(a, "art25_4_original")
    assert row.applies is True and row.status is Status.UNDETERMINED
    assert set(row.timing.possible_applies_from) == {D(2026, 8, 2), ART111_3}
    assert _asked(a)


# ------------------------------------------------------------------ relevance


@pytest.mark.parametrize(
    ("legacy", "gpai"), list(itertools.product([True, False, None], [True, None]))
)
def test_not_asked_under_the_default_readings_and_the_amended_text(legacy: Any, gpai: Any) -> None:
    """Default readings (A36=every_addressee: every addressee of Art. 25(4) is fined; A46's
    cases are of the published text only, rev30c D3), amended text: the provider fact changes
    no row, so it is never asked."""
    a = _assess(AMENDED, legacy=legacy, gpai=gpai, provides=None)
    assert not _asked(a)


def test_asked_only_where_it_matters() -> None:
    """Published text, default readings: asked where Art. 111(3) may move the date (the model
    placed before 2 August 2025 or not known), not where the model was placed later (nothing to
    defer), nor for a component that is no general-purpose AI model (Art. 25(4))."""
    assert _asked(_assess(ORIGINAL, legacy=True, provides=None))
    assert _asked(_assess(ORIGINAL, legacy=None, provides=None))
    assert not _asked(_assess(ORIGINAL, legacy=False, provides=None))
    assert not _asked(_assess(ORIGINAL, legacy=None, gpai=False, provides=None))
    assert not _asked(_assess(AMENDED, gpai=False, provides=None, **OPERATORS_ONLY))
