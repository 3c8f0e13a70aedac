"""rev30d (round 30): quick independent review of the lead's two fixes to reading A46 after
rev30c (ADR 0049): 68e7231 (rev30c D2: ``supplies_general_purpose_ai_model`` again means "the
supply is a general-purpose AI model, whoever its provider is"; the provider condition of Art.
111(3) moved into the A46 flag) and 4897a7c (rev30c D3: the two Art. 111(3) cases of
``from.supplier_art111_3`` are of the published text only).

Sound behaviour is pinned by passing tests; each defect is a strict xfail with a concrete case.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from lawquote import quote
from test_rev30c import FLAG, _case, _quote_111_3

from aiact.facts import ValueChain
from aiact.questions.data import QUESTIONS

D = dt.date
ART111_3 = D(2027, 8, 2)
ROWS = ("art25_4", "art25_4_original", "art25_4_supplier_not_operator")


def _rows(case: Any) -> tuple[dict[str, tuple[Any, ...]], bool]:
    """Every field of the supplier's Art. 25(4) rows that a reading could move, and whether the
    A46 flag is asked."""
    a = case.assess()
    out: dict[str, tuple[Any, ...]] = {}
    for r in a.obligation_results:
        if r.id in ROWS:
            t = r.timing
            out[r.id] = (
                r.applies,
                r.applies_from,
                r.status,
                r.deadline,
                r.comply_by,
                None if t is None else t.grace,
                None if t is None else tuple(t.possible_applies_from or ()),
                None if t is None else tuple(t.source.interpretations()),
            )
    asked = any(q.fact == f"value_chain.{FLAG}" for q in a.open_questions)
    return out, asked


# ------------------------------------------------------------------ 4897a7c (rev30c D3)

_AMENDED_GRID = list(
    itertools.product(
        ["iii", "i"],
        [D(2025, 3, 1), D(2026, 10, 1), D(2028, 9, 1)],
        # none; before the amended route dates (counts only under A2=general_date); after them;
        # not known
        ["none", D(2027, 3, 1), D(2028, 10, 1), None],
        [False, True],  # intended for public authorities (Art. 111(2), second sentence)
        [False, True],  # an Annex X component (Art. 111(1))
    )
)


@pytest.mark.parametrize("a2", ["route_date", "general_date"])
@pytest.mark.parametrize("a45", ["follows_provider", "operators_only"])
def test_amended_text_art_111_3_can_move_no_date(a2: str, a45: str) -> None:
    """Amended Art. 113, third paragraph, point (c): Chapter III, Sections 1-3 apply "(i) 2
    December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) and
    Annex III" and "(ii) 2 August 2028 as regards ... Annex I"; amended Art. 111(2): legacy
    systems are bound "only if, as from that date, those systems are subject to significant
    changes in their designs" and, intended for public authorities, "by 2 August 2030"; Art.
    111(1) (not amended): 31 December 2030. Every date from.supplier can give in the amended
    text is therefore one of those, the later of a change and one of those, or never: none is
    before 2 August 2027, the day of Art. 111(3). So dropping the Art. 111(3) cases for that
    text loses no deferral: for both A46 readings, the flag true or unknown gives exactly the
    rows of the flag false (date, status, deadline, comply-by, grace, possible dates,
    readings named), no row is dated before 2 August 2027, and the flag is never asked; under
    both A2 readings of the Art. 111(2) cut-off and both A45 readings, several days."""
    _quote_111_3()
    quote("113", "2 December 2027 as regards AI systems classified as high-risk", "amended")
    quote("111", "only if, as from that date, those systems are subject to significant", "amended")
    for (route, placed, change, public, annex_x), day in itertools.product(
        _AMENDED_GRID, ("2027-01-01", "2031-06-01")
    ):
        base: dict[str, Any] = dict(
            route=route,
            placed=placed,
            change=change,
            public=public,
            annex_x=annex_x,
            art111_cutoff=a2,
            art111_2_supplier_shelter=a45,
        )
        if change not in ("none", None) and change <= placed:
            continue
        ref, _ = _rows(_case("amended", day, legacy=False, **base))
        for legacy, a46 in itertools.product((True, None), ("model_transition", "chapter_v_only")):
            got, asked = _rows(
                _case("amended", day, legacy=legacy, art111_3_model_supplier=a46, **base)
            )
            where = (base, day, legacy, a46)
            assert got == ref, where
            assert not asked, where
            for v in got.values():
                assert v[1] is None or v[1] > ART111_3, where
                assert all(d is None or d > ART111_3 for d in v[6] or ()), where
                assert v[5] != "art111_3" and not any(i.startswith("A46") for i in v[7] or ())


def test_published_text_keeps_the_deferral() -> None:
    """The fix is of the amended text only: in the published text (Art. 113, third paragraph,
    point (c): Annex I "from 2 August 2027"; Annex III from 2 August 2026) Art. 111(3) still
    moves a new Annex III system's agreement to 2 August 2027 and the flag is still asked."""
    _quote_111_3()
    row = _rows(_case("original", "2026-11-01"))[0]["art25_4_original"]
    assert (row[1], row[5]) == (ART111_3, "art111_3")
    assert _rows(_case("original", "2026-11-01", legacy=None))[1] is True


# ------------------------------------------------------------------ 68e7231 (rev30c D2)


def test_the_two_facts_split_the_gpai_supply_from_the_model_provider() -> None:
    """Art. 25(4), second sentence: "other than general-purpose AI models" (what is supplied);
    Art. 111(3): "Providers of general-purpose AI models that have been placed on the market
    before 2 August 2025" (who supplies it: Art. 3(3)). The first fact now says what is supplied;
    since fix30c the provider condition has a fact of its own (provides_supplied_model, its
    question supplies_own_model tells a reseller to answer no) and the A46 flag says only when
    the model was first placed."""
    quote(
        "25",
        "tools, services, processes, or components, other than general-purpose AI models, under a "
        "free and open-source licence",
        "both",
    )
    _quote_111_3()
    fields = ValueChain.model_fields
    gpai = fields["supplies_general_purpose_ai_model"].description or ""
    flag = fields[FLAG].description or ""
    own = fields["provides_supplied_model"].description or ""
    assert "whoever its provider is" in gpai
    assert "first placed on the market (by its provider) before 2 August 2025" in flag
    assert "provider of the general-purpose AI model it supplies" in own
    assert "False for a reseller" in own
    q = next(q for q in QUESTIONS if q["id"] == "supplies_own_model")
    assert "the provider of" in q["text_en"] and "answer no" in q["help_en"]
    legacy = next(q for q in QUESTIONS if q["id"] == "supplied_model_legacy")
    assert "provider" not in legacy["text_en"]


# ------------------------------------------------------------------ defects


def test_d1_a36_operators_only_does_not_fine_a_reseller_as_an_operator() -> None:
    """Art. 3(8): "'operator' means a provider, product manufacturer, deployer, authorised
    representative, importer or distributor"; Art. 3(3): the provider "develops an AI system or a
    general-purpose AI model or that has an AI system or a general-purpose AI model developed and
    places it on the market ... under its own name or trademark"; importer and distributor (Art.
    3(6), 3(7)) are defined for AI systems only. Reading A36=operators_only: Art. 99(4)(da) and
    Art. 99(1) ("by operators") reach only operators. Amended text, 1 October 2028, a new Annex III
    system placed 1 September 2028; Voorbeeld B.V. holds no role for it and supplies a
    general-purpose AI model whose provider it is not (a reseller). Expected: the library does not
    state it fined as an operator (art25_4 applies True); at 4897a7c it did, exactly as for the
    model's provider. Fixed in fix30c: the provider status has a fact of its own,
    value_chain.provides_supplied_model (false here)."""
    quote("3", "'operator' means a provider, product manufacturer, deployer, authorised")
    quote(
        "99", "obligations of providers and operators pursuant to Article 25(2) and (4)", "amended"
    )
    reseller = _case(
        "amended",
        "2028-10-01",
        legacy=False,
        provides=False,
        placed=D(2028, 9, 1),
        art99_4_da_addressees="operators_only",
    )
    rows = _rows(reseller)[0]
    assert rows["art25_4"][0] is not True
    assert rows["art25_4_supplier_not_operator"][0] is True


def test_a36_operators_only_fines_the_models_provider() -> None:
    """The other side of D1, sound: the provider of the supplied general-purpose AI model
    (provides_supplied_model true: "The organisation is the provider of the general-purpose AI
    model it supplies") is a provider (Art. 3(3)) and so an operator (Art. 3(8)); under
    A36=operators_only its Art. 25(4) duty is fined (art25_4), and a supplier of a component
    only is not (art25_4_supplier_not_operator)."""
    quote("3", "'operator' means a provider, product manufacturer, deployer, authorised")
    kw: dict[str, Any] = dict(placed=D(2028, 9, 1), art99_4_da_addressees="operators_only")
    provider = _rows(_case("amended", "2028-10-01", legacy=True, **kw))[0]
    assert provider["art25_4"][0] is True
    assert provider["art25_4_supplier_not_operator"][0] is False
    component = _rows(_case("amended", "2028-10-01", gpai=False, legacy=False, **kw))[0]
    assert component["art25_4"][0] is False
    assert component["art25_4_supplier_not_operator"][0] is True
