"""The service's start: the warm-up before the first request, then ``gc.freeze`` (round 9,
docs/performance.md "The HTTP service"); the settings that turn them off. Behaviour only: the
figures are the benchmark's (``benchmarks/service_gc.py``), never a timed test."""

from __future__ import annotations

import gc
import importlib.util
from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi", reason="the service needs the 'server' extra")

from fastapi.testclient import TestClient

from aiact.service import create_app
from aiact.service.settings import GC_THRESHOLD, Settings
from aiact.service.warmup import warm_up_requests


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Each test starts and ends with nothing frozen and Python's thresholds."""
    threshold = gc.get_threshold()
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_the_service_warms_up_and_freezes_before_the_first_request(unfrozen: None) -> None:
    app = create_app(Settings(web=False))
    assert gc.get_freeze_count() == 0  # making the app does not: its lifespan does
    with TestClient(app) as client:
        report = app.state.warm_up
        assert report["failed"] == []
        assert report["requests"] == len(warm_up_requests(web=False))
        assert report["gc_frozen"] > 0 and gc.get_freeze_count() > 0
        assert client.get("/v1/health").status_code == 200


def test_every_warm_up_request_succeeds_with_the_web_pages(unfrozen: None) -> None:
    app = create_app(Settings(gc_freeze=False))
    with TestClient(app):
        assert app.state.warm_up["failed"] == []
        assert "gc_frozen" not in app.state.warm_up
    assert gc.get_freeze_count() == 0


def test_no_warm_up_no_freeze(unfrozen: None) -> None:
    gc.set_threshold(700, 10, 10)
    app = create_app(Settings(warm_up=False))
    with TestClient(app) as client:
        assert client.get("/v1/health").status_code == 200
        assert not hasattr(app.state, "warm_up")
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == (700, 10, 10)  # left as they were


def test_the_thresholds_can_be_left_as_they_are(unfrozen: None) -> None:
    gc.set_threshold(700, 10, 10)
    app = create_app(Settings(web=False, gc_freeze=False, gc_threshold=None))
    with TestClient(app):
        assert gc.get_threshold() == (700, 10, 10)


def test_the_thresholds_are_set_after_the_warm_up(unfrozen: None) -> None:
    app = create_app(Settings(web=False, gc_freeze=False, gc_threshold=(5000, 20, 30)))
    with TestClient(app):
        assert gc.get_threshold() == (5000, 20, 30)
        assert app.state.warm_up["gc_threshold"] == (5000, 20, 30)


def test_the_settings_from_the_environment() -> None:
    default = Settings.from_env({})
    assert (default.warm_up, default.gc_freeze, default.gc_threshold) == (True, True, GC_THRESHOLD)
    assert Settings().gc_threshold == GC_THRESHOLD == (2000, 10, 100)
    off = Settings.from_env(
        {"AIACT_WARM_UP": "0", "AIACT_GC_FREEZE": "off", "AIACT_GC_THRESHOLD": "7000, 10,100"}
    )
    assert (off.warm_up, off.gc_freeze, off.gc_threshold) == (False, False, (7000, 10, 100))
    for wrong in ("7000", "a,b,c", "1,2,3,4", "-1,10,10"):
        with pytest.raises(ValueError, match="AIACT_GC_THRESHOLD"):
            Settings.from_env({"AIACT_GC_THRESHOLD": wrong})


def test_the_warm_up_draws_a_compliance_plan_where_matplotlib_is_installed() -> None:
    """The first picture of a worker does not pay for importing matplotlib (and building its font
    cache) inside a request's time budget: the warm-up draws one (round 9)."""
    requests = warm_up_requests(web=False)
    plans = [r for r in requests if r.path == "/v1/compliance-plans"]
    assert any(r.accept == b"application/json" for r in plans)
    if importlib.util.find_spec("matplotlib") is None:
        assert not any(r.accept == b"image/png" for r in plans)
    else:
        assert any(r.accept == b"image/png" for r in plans)
