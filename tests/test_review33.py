"""Review33 (round 14) of the fixes after reviews 29-32 (93bba03, b158f9d, 8b30309, 9c67a14,
e9d9689). One defect, from e9d9689 (reading A36=operators_only, FineTier.NO_PENALTY):

* aiact/penalties/exposure.py ``_exposure`` returns the row "not an operator ... no penalty under
  Art. 99" before the Union-institution branch, so a Union institution, body, office or agency
  that supplies a tool for a high-risk system (Art. 25(4)) is told, under operators_only, that
  Art. 99(1) ("by operators") and Art. 75c(1) ("an operator") spare it: ceiling zero. Neither
  provision fines a Union institution in any case; Art. 100 does, and Art. 100 has no operator
  words: the EDPS fines "Union institutions, bodies, offices and agencies falling within the
  scope of this Regulation" (Art. 100(1)) for non-compliance "with any requirements or
  obligations under this Regulation, other than those laid down in Article 5" (Art. 100(3)).
  Under the default the same supplier gets Art. 100(3), EUR 750 000; a reading of Art. 99's
  addressees (A36) should not change an Art. 100 answer, nor cite Art. 99(1) and 75c(1) as its
  ground.
"""

from __future__ import annotations

from decimal import Decimal

from lawquote import quote, quote_nl
from test_review32 import ALTERNATIVE, NEW, _system
from timecases import COMPANY

import aiact
from aiact.penalties.exposure import CeilingStatus, Reason
from aiact.penalties.tiers import FineTier

UNION_INSTITUTION = aiact.Organisation.model_validate(
    {**COMPANY.model_dump(), "kind": "union_institution", "member_state": None}
)


def _row(a: aiact.Assessment, obligation: str) -> object:
    return {o.obligation_id: o for o in a.exposure.obligations}[obligation]


def _assess(org: aiact.Organisation, interpretations: dict[str, str]) -> aiact.Assessment:
    """A tool supplier for a recruitment system (Annex III 4(a)), no operator role, no
    general-purpose AI model (tests/test_review32.py), on 1 June 2028, amended text."""
    return aiact.assess(_system(), org, "2028-06-01", "amended", interpretations=interpretations)


def _quote_art100() -> None:
    quote(
        "100",
        "The European Data Protection Supervisor may impose administrative fines on Union "
        "institutions, bodies, offices and agencies falling within the scope of this Regulation",
        "both",
    )
    quote(
        "100",
        "The non-compliance of the AI system with any requirements or obligations under this "
        "Regulation, other than those laid down in Article 5, shall be subject to administrative "
        "fines of up to EUR 750 000",
        "both",
    )
    quote_nl(
        "De Europese Toezichthouder voor gegevensbescherming kan administratieve geldboeten "
        "opleggen aan instellingen, organen en instanties van de Unie die binnen het "
        "toepassingsgebied van deze verordening vallen"
    )
    quote("99", "applicable to any infringement of this Regulation by operators", "omnibus_only")
    quote(
        "75c",
        "Where the AI Office finds that an operator falling within the scope of Article 75(1) "
        "does not comply",
        "omnibus_only",
    )


def test_operators_only_union_institution_supplier_stays_under_art100() -> None:
    """Art. 100(1), (3): the EDPS fines Union institutions "falling within the scope of this
    Regulation" for "any requirements or obligations"; no operator words. Reading A36 concerns
    Art. 99 (99(1) "by operators", 99(4)(da), 75c(1)), which never fines a Union institution, so
    the Union institution that supplies keeps its Art. 100(3) row under operators_only."""
    _quote_art100()
    a = _assess(UNION_INSTITUTION, ALTERNATIVE)
    assert {r.id: r.applies for r in a.obligation_results}[NEW] is True
    row = _row(a, NEW)
    assert row.reason is not Reason.NOT_AN_OPERATOR
    assert "Art. 100(3)" in row.citations
    assert row.ceiling == Decimal(750_000)


def test_control_default_union_institution_supplier_art100_3() -> None:
    """Control: under the default the same supplier has art25_4 at Art. 100(3), EUR 750 000."""
    a = _assess(UNION_INSTITUTION, {})
    row = _row(a, "art25_4")
    assert "Art. 100(3)" in row.citations and row.ceiling == Decimal(750_000)


def test_control_operators_only_company_supplier_has_no_penalty() -> None:
    """Control (the fix of review32, agreed): a company supplier that is no operator has no
    penalty under Art. 99, national or before the AI Office."""
    row = _row(_assess(COMPANY, ALTERNATIVE), NEW)
    assert row.tier is FineTier.NO_PENALTY and row.status is CeilingStatus.NO_FINE
    assert row.ceiling == 0 and "Art. 75c(1)" in row.citations
