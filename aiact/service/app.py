"""The ASGI application: the API at ``/v1``, the web pages at ``/``, the headers on all.

``uvicorn --factory aiact.service.app:create_app`` (what ``aiact serve`` runs) calls
:func:`create_app` once in each worker process; the settings come from the environment
(:class:`~aiact.service.settings.Settings`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.exceptions import HTTPException

from aiact.service import API_VERSION
from aiact.service.api import FastAssessments, add_api, http_exception
from aiact.service.middleware import ServiceHeaders
from aiact.service.settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    """The whole service (see the module docstring)."""
    settings = Settings.from_env() if settings is None else settings

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.warm_up:  # before the first request: see aiact.service.warmup
            from aiact.service.warmup import warm_up

            app.state.warm_up = await warm_up(app, settings)
        yield

    app = FastAPI(
        openapi_url=None, docs_url=None, redoc_url=None, redirect_slashes=False, lifespan=lifespan
    )
    app.state.settings = settings
    app.add_exception_handler(HTTPException, http_exception)
    add_api(app, settings)
    if settings.web:
        from aiact.service.web import add_web

        add_web(app, settings)
    app.add_middleware(FastAssessments)  # inside ServiceHeaders: the same headers
    app.add_middleware(ServiceHeaders, api_version=API_VERSION, cors_origins=settings.cors_origins)
    return app
