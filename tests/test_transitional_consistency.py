"""The engine's Art. 111 rules (aiact/rules/transitional.py) and the timeline's transitional
answers (aiact/timeline/transitional.py) read the same dated declarations; they must agree.

Art. 111(2): a legacy high-risk system without a significant change, not intended for public
authorities, is outside the high-risk rules. Then the engine does not apply its high-risk
obligations, and the timeline gives them no date. Conversely, an obligation the engine applies
is never one the transitional rules leave without a date (unless that date is still undetermined).
"""

from __future__ import annotations

from hypothesis import given

from aiact.case import Case
from aiact.testing import strategies
from aiact.timeline import Schedule, Status

HIGH_RISK = {Schedule.HIGH_RISK, Schedule.HIGH_RISK_GATED}


@given(strategies.cases("system", high_risk=True))
def test_engine_and_timeline_agree_on_art_111(case: Case) -> None:
    try:
        assessment = case.assess()
    except ValueError:
        return  # a contradictory pair, rejected by assess (tested elsewhere)
    exempt = assessment.value("legacy.exempt")
    for result in assessment.obligation_results:
        if result.obligation.schedule not in HIGH_RISK or result.applies is not True:
            continue
        assert exempt is not True, result.id
        timing = result.timing
        assert timing is not None
        if timing.status is not Status.UNDETERMINED:
            assert timing.applies_from is not None, (result.id, timing.reason_en)
