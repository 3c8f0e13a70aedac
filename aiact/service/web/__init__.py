"""The web pages (placeholder until the views land)."""

from __future__ import annotations

from fastapi import FastAPI

from aiact.service.settings import Settings


def add_web(app: FastAPI, settings: Settings) -> None:
    """Add the web pages to ``app``."""
