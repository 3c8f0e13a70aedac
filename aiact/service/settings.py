"""The service's settings, read from the environment once when the app is made.

``aiact serve`` sets these variables for its worker processes from its options; a deployment
that runs ``uvicorn --factory aiact.service.app:create_app`` itself sets them directly.

=====================  =============================================================
variable               meaning
=====================  =============================================================
AIACT_CORS_ORIGINS     origins that may call the API from a browser, comma-separated
                       (``https://portaal.example.nl``); ``*`` for every origin. Empty
                       (the default): none, except for the OpenAPI document
AIACT_WEB              ``0`` to serve only the API (no web pages at ``/``)
AIACT_<LIMIT>          the limits of :mod:`aiact.service.limits` (``AIACT_TIME_BUDGET``)
AIACT_WARM_UP          ``0`` to start without the warm-up (and without ``gc.freeze``):
                       see :mod:`aiact.service.warmup`
AIACT_GC_FREEZE        ``0`` to warm up but not freeze what the warm-up left alive
AIACT_GC_THRESHOLD     the garbage collector's thresholds after the warm-up, three
                       integers: ``2000,10,100`` by default (measured, round 9 of
                       ``docs/performance.md``); ``700,10,10`` is Python's own
=====================  =============================================================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from aiact.service.limits import Limits

GC_THRESHOLD = (2000, 10, 100)
"""The garbage collector's thresholds in a worker (``gc.set_threshold``; Python's are 700, 10,
10). A warm worker keeps some 350,000 objects in its caches, which every full collection walks
(0.2-0.4 s); young collections every 2,000 allocations instead of 700, and a full one only after
100 collections of the middle generation instead of 10: in 10,942 warm requests one full
collection instead of 42 (Python's thresholds, without ``gc.freeze``, run beside it), the
interview's p99.9 193 ms against 402 ms, the collector's CPU 5.7 s against 15.3 s
(``benchmarks/service_gc.py``, docs/performance.md "The HTTP service", round 9)."""


@dataclass(frozen=True)
class Settings:
    cors_origins: tuple[str, ...] = ()
    web: bool = True
    limits: Limits = field(default_factory=Limits)
    warm_up: bool = True
    gc_freeze: bool = True
    gc_threshold: tuple[int, int, int] | None = GC_THRESHOLD
    """Set after the warm-up (None: left as they are)."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        origins = tuple(
            o.strip() for o in env.get("AIACT_CORS_ORIGINS", "").split(",") if o.strip()
        )
        for origin in origins:
            if origin != "*" and not origin.startswith(("https://", "http://")):
                raise ValueError(
                    f"AIACT_CORS_ORIGINS: {origin!r} is not an origin (https://host[:port])"
                )
        web = _flag(env, "AIACT_WEB")
        threshold = GC_THRESHOLD
        raw = env.get("AIACT_GC_THRESHOLD", "").strip()
        if raw:
            try:
                parts = tuple(int(p) for p in raw.split(","))
            except ValueError:
                parts = ()
            if len(parts) != 3 or min(parts) < 0:
                raise ValueError(f"AIACT_GC_THRESHOLD: {raw!r} is not three integers (700,10,10)")
            threshold = (parts[0], parts[1], parts[2])
        return cls(
            cors_origins=origins,
            web=web,
            limits=Limits.from_env(env),
            warm_up=_flag(env, "AIACT_WARM_UP"),
            gc_freeze=_flag(env, "AIACT_GC_FREEZE"),
            gc_threshold=threshold,
        )


def _flag(env: Mapping[str, str], name: str) -> bool:
    """A setting that is on unless set to ``0``, ``false``, ``no`` or ``off``."""
    return env.get(name, "1").strip().lower() not in ("0", "false", "no", "off")
