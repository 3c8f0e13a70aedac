"""Thread safety: eight threads assessing at once give the results of one thread, for both
engines (the durable engine serialises its calls with a lock; the native one shares only
immutable rule sets and pure caches)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiact.case import Case
from aiact.engine import EngineUnavailableError, get_engine
from aiact.testing import strategies as ais

THREADS = 8


def _available(engine: str) -> bool:
    try:
        get_engine(engine)
    except (EngineUnavailableError, ImportError):
        return False
    return True


def _full(case: Case, engine: str) -> str:
    """Everything an assessment computes: JSON (tiers, obligations, deadlines, exposure, open
    questions) and the derivation of every applicable obligation."""
    assessment = case.assess(engine=engine)
    explained = [assessment.explain(r.id).text() for r in assessment.obligations]
    return assessment.to_json() + "\n".join(explained)


@pytest.mark.parametrize("engine", ["native", "durable"])
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(portfolio=st.lists(ais.cases(), min_size=8, max_size=16))
def test_eight_threads_give_the_single_threaded_results(engine: str, portfolio: list[Case]) -> None:
    if not _available(engine):
        pytest.skip(f"the {engine} engine is not available here")
    expected = [_full(case, engine) for case in portfolio]
    work = portfolio * 3
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(lambda case: _full(case, engine), work))
    assert results == expected * 3
