"""The optional extras of the package, and the one error a missing one raises.

``pip install aiact`` runs the main job (assess, explain, plan as text, timeline, obligations,
portfolio to CSV and JSON). Each extra adds one capability:

=========  ==========================================  ====================================
extra      gives                                       needed for
=========  ==========================================  ====================================
plot       matplotlib                                  ``aiact plan --png``, ``plan.draw()``
calendar   icalendar                                   ``aiact timeline --ics``, ``to_ics()``
xlsx       openpyxl                                    ``aiact portfolio --out x.xlsx``
pandas     pandas (and numpy)                          ``to_dataframe()``, ``assess_frame()``
durable    durable-rules (Python 3.11-3.12, C build)   ``--engine durable``
server     FastAPI, uvicorn, Jinja2; plot; calendar    ``aiact serve``
notebook   pandas, matplotlib, Jupyter kernel          the tutorial notebook
docs       mkdocs and its plugins                      building the documentation site
all        every extra above except docs and test      everything a user can run
=========  ==========================================  ====================================
"""

from __future__ import annotations

EXTRAS: dict[str, str] = {
    "plot": "matplotlib",
    "calendar": "icalendar",
    "xlsx": "openpyxl",
    "pandas": "pandas",
    "durable": "durable-rules",
    "server": "fastapi, uvicorn",
}


#: The module each extra brings -> the extra.
MODULES: dict[str, str] = {
    "matplotlib": "plot",
    "icalendar": "calendar",
    "openpyxl": "xlsx",
    "pandas": "pandas",
    "durable": "durable",
    "fastapi": "server",
    "starlette": "server",
    "uvicorn": "server",
    "jinja2": "server",
    "multipart": "server",
}


class MissingExtraError(ImportError):
    """An optional dependency is not installed; the message names the extra that brings it."""

    def __init__(self, extra: str, what: str) -> None:
        self.extra = extra
        super().__init__(f"{what}: pip install 'aiact[{extra}]'")


def install_hint(extra: str) -> str:
    """``pip install 'aiact[EXTRA]'``."""
    return f"pip install 'aiact[{extra}]'"


def explain_missing(error: BaseException) -> str:
    """One line for a missing optional dependency that names the extra to install."""
    message = " ".join(str(error).split())
    if "aiact[" in message:
        return message
    name = (getattr(error, "name", None) or "").split(".")[0]
    extra = MODULES.get(name)
    if extra is None:
        found = [e for module, e in MODULES.items() if module in message]
        extra = found[0] if found else None
    return message if extra is None else f"{message}: {install_hint(extra)}"
