"""Every cache a service worker fills from its requests is bounded, and none keeps an Assessment
alive beside the interview's memo (round 9, docs/performance.md "The HTTP service"): a cache
keyed by what clients send and never emptied is a memory leak under hostile input. Behaviour
only; the sizes and hit rates are measured by ``benchmarks/service_gc.py``."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from collections.abc import Iterator
from decimal import Decimal

import pytest

from aiact.questions import goals, relevance
from aiact.questions.goals import Context, assess_facts, assess_with

CONTEXT = Context(dt.date(2026, 9, 1))


@pytest.fixture
def few_views() -> Iterator[None]:
    relevance.clear_cache()
    kept = relevance._Traces.MAX_VIEWS
    relevance._Traces.MAX_VIEWS = 5
    yield
    relevance._Traces.MAX_VIEWS = kept
    relevance.clear_cache()


def test_the_atoms_of_a_value_are_kept_in_bounded_caches() -> None:
    """Their keys hold the values of facts (a turnover, a date): unbounded before round 9."""
    for cached in (goals._atoms_of_group, goals._atoms_of_value):
        assert cached.cache_info().maxsize == goals.ATOMS_CACHE_SIZE
    base = assess_facts({"is_ai_system": True}, "system", CONTEXT)
    goals._atoms_of_value.cache_clear()
    path = "organisation.group.annual_turnover_eur"
    assert path in goals.private_atoms("system")
    for amount in range(20):
        goals._atoms_of_value("system", path, Decimal(amount), base.law, base.interpretations)
    assert goals._atoms_of_value.cache_info().currsize == 20


def test_the_inputs_of_an_assessment_keep_it_not_alive() -> None:
    """The inputs of an Assessment the interview derives others from are kept on it, not in a
    table that holds it (4,096 Assessments before round 9)."""
    base = assess_facts({"is_ai_system": True}, "system", CONTEXT)
    ref = weakref.ref(base)
    derived = assess_with(base, {"roles.deployer": True}, None, {"is_ai_system": True})
    assert derived.evaluation.values.get("is_ai_system") is True
    assert goals._inputs_of(base) is goals._inputs_of(base)
    relevance.clear_cache()
    del base
    gc.collect()
    assert ref() is None


def test_the_goal_views_by_trace_are_bounded_all_keys_together(few_views: None) -> None:
    """``relevance.TRACES`` keeps at most ``MAX_VIEWS`` views over all its keys (a key is a day
    and the system's dates, which clients choose: 256 keys of 8,192 views each before)."""
    for day in range(1, 15):
        context = Context(dt.date(2026, 9, day))
        assessment = assess_facts({"is_ai_system": True}, "system", context)
        relevance._views(assessment, "tier")
        assert relevance.TRACES.views <= relevance._Traces.MAX_VIEWS
        assert relevance.TRACES.views == sum(kept[1] for kept in relevance.TRACES.store.values())
    assert 0 < relevance.TRACES.views <= 5
