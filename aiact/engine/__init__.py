"""Engines that evaluate the declarations: ``native`` (default) and ``durable`` (durable-rules)."""

from __future__ import annotations

from aiact.engine.base import Engine, EngineUnavailableError, Evaluation
from aiact.engine.native import NATIVE, NativeEngine

ENGINE_NAMES = ("native", "durable")


def get_engine(name: str = "native") -> Engine:
    """The engine called ``name``; raises :class:`EngineUnavailableError` if it cannot run here."""
    if name == "native":
        return NATIVE
    if name == "durable":
        from aiact.engine.durable import durable_engine

        return durable_engine()
    raise ValueError(f"engine: unknown engine {name!r}; choose one of {', '.join(ENGINE_NAMES)}")


__all__ = [
    "ENGINE_NAMES",
    "Engine",
    "EngineUnavailableError",
    "Evaluation",
    "NativeEngine",
    "get_engine",
]
