"""The service: the library as an HTTP API that follows the Dutch API Design Rules, and (from
round 2) the guided questionnaire on the web. Optional: ``pip install 'aiact[server]'``, then
``aiact serve``. Stateless: every request carries its facts; nothing is stored.

Nothing here is imported by ``import aiact``; :func:`create_app` loads FastAPI when called.
See ``docs/service.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from aiact.service.settings import Settings

API_VERSION = "1.9.0"
"""The version of the HTTP API (Semantic Versioning; the major version is the ``/v1`` of the
path). It changes with the API's contract, not with the package: see the changelog in
``docs/service.md``."""

__all__ = ["API_VERSION", "create_app"]


def create_app(settings: Settings | None = None) -> FastAPI:
    """The ASGI application (``uvicorn --factory aiact.service:create_app``)."""
    from aiact.service.app import create_app as make

    return make(settings)
