"""rev30e (round 30): independent review of fix30c, ``value_chain.provides_supplied_model``
(h/a36fix at 4183e05). Probe: benchmarks/rev30e_probe.py (against 1028a2f).

Art. 3(3): "'provider' means ... that develops an AI system or a general-purpose AI model or that
has an AI system or a general-purpose AI model developed and places it on the market ... under
its own name or trademark"; Art. 3(8): "'operator' means a provider, product manufacturer,
deployer, authorised representative, importer or distributor"; amended Art. 99(4)(da):
"obligations of providers and operators pursuant to Article 25(2) and (4)"; Art. 111(3):
"Providers of general-purpose AI models that have been placed on the market before 2 August
2025 shall take the necessary steps ... by 2 August 2027".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote
from test_rev30c import _case, _quote_111_3

D = dt.date
OWN = "value_chain.provides_supplied_model"
WHERE = {"amended": ("2028-10-01", D(2028, 9, 1)), "original": ("2026-11-01", D(2026, 10, 1))}
ROWS = ("art25_4", "art25_4_original", "art25_4_supplier_not_operator")


def _rows(law: str, **kw: Any) -> dict[str, tuple[Any, ...]]:
    day, placed = WHERE[law]
    a = _case(law, day, placed=placed, **kw).assess()
    return {
        r.id: (r.applies, r.applies_from, r.status) for r in a.obligation_results if r.id in ROWS
    }


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("legacy", [True, False, None])
def test_a_reseller_has_the_rows_of_a_supplier_of_no_model(law: str, legacy: Any) -> None:
    """A reseller of another provider's general-purpose AI model is not its provider (Art. 3(3))
    and holds no operator role (Art. 3(8)); with no open-source licence the model changes nothing
    else for its Art. 25(4) duty: under A36=operators_only and A46 (default) its rows equal those
    of a supplier of a component that is no general-purpose AI model (not fined, not deferred)."""
    quote("3", "'operator' means a provider, product manufacturer, deployer, authorised")
    _quote_111_3()
    for a36 in ("operators_only", "every_addressee"):
        reseller = _rows(law, legacy=legacy, gpai=True, provides=False, art99_4_da_addressees=a36)
        component = _rows(law, legacy=legacy, gpai=False, provides=None, art99_4_da_addressees=a36)
        assert reseller == component, a36


@pytest.mark.parametrize("law", ["amended", "original"])
@pytest.mark.parametrize("legacy", [True, False])
def test_unknown_provider_is_sound_against_both_completions(law: str, legacy: bool) -> None:
    """Partial case, the provider fact unknown, A36=operators_only: a known ``applies`` equals
    both completions', no row is "not applicable" where a completion applies it, and a known
    date equals every applying completion's (Art. 3(3), 3(8), Art. 111(3))."""
    kw: dict[str, Any] = {"legacy": legacy, "art99_4_da_addressees": "operators_only"}
    part = _rows(law, provides=None, **kw)
    for value in (True, False):
        done = _rows(law, provides=value, **kw)
        for rid, (applies, frm, _status) in part.items():
            capp, cfrm, _ = done[rid]
            assert applies is None or applies == capp, (rid, value)
            if capp is True:
                assert applies is not False, (rid, value)
                assert frm is None or frm == cfrm, (rid, value)


def test_the_interview_does_not_ask_it_under_the_default_readings_amended() -> None:
    """Default readings (A36=every_addressee), amended text, an open-source supply whose kind is
    not known: only whether the supply is a general-purpose AI model decides Art. 25(4) (its
    second sentence); the interview asks that, not the provider question (rev30e R1: the raw
    ``open_questions`` lists the provider fact there, a syntactic over-approximation)."""
    day, placed = WHERE["amended"]
    a = _case("amended", day, placed=placed, gpai=None, provides=None, open_source=True).assess()
    asked = {q.question.id for q in a.questions()}
    assert "supplies_gpai_model" in asked and "supplies_own_model" not in asked
