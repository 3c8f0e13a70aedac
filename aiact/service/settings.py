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
=====================  =============================================================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from aiact.service.limits import Limits


@dataclass(frozen=True)
class Settings:
    cors_origins: tuple[str, ...] = ()
    web: bool = True
    limits: Limits = field(default_factory=Limits)

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
        web = env.get("AIACT_WEB", "1").strip().lower() not in ("0", "false", "no", "off")
        return cls(cors_origins=origins, web=web, limits=Limits.from_env(env))
