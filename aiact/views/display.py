"""The language of the notebook views: what an object shows when a notebook displays it.

A notebook calls ``_repr_html_()`` with no arguments, so an Assessment, a compliance plan, an
obligation or a derivation cannot be told the language there. ``to_html("nl")`` gives one view
in Dutch; :func:`set_display_language` sets the language of every view a notebook shows after it,
for a Dutch analyst who wants no English on the page::

    import aiact
    aiact.set_display_language("nl")   # every Assessment, plan, obligation shown in Dutch
    with aiact.display_language_as("en"):
        display(assessment)            # this one in English (IPython's display: a cell's
                                       # last value is shown after the cell, outside the block)

The setting is the process's (a notebook kernel runs its cells one after another) and changes
only what the notebook views show: ``to_html``, ``to_dict``, ``to_markdown`` and the command line
take their ``lang`` as before, and no legal result depends on it. The default is English.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from aiact.i18n import Lang, check_lang

__all__ = ["display_language", "display_language_as", "set_display_language"]

_LOCK = threading.Lock()
_LANGUAGE: list[Lang] = ["en"]
"""The language of the notebook views (a one-item list, changed under :data:`_LOCK`)."""


def display_language() -> Lang:
    """The language the notebook views (``_repr_html_``) use: ``"en"`` unless set."""
    return _LANGUAGE[0]


def set_display_language(lang: str) -> Lang:
    """Show every object a notebook displays after this in ``lang`` (``"en"`` or ``"nl"``).
    Returns the language set before. ``ValueError`` names any other value."""
    checked = check_lang(lang)
    with _LOCK:
        before = _LANGUAGE[0]
        _LANGUAGE[0] = checked
    return before


@contextmanager
def display_language_as(lang: str) -> Iterator[Lang]:
    """Within the ``with`` block, the notebook views use ``lang``; afterwards the language set
    before, also when the block raises."""
    before = set_display_language(lang)
    try:
        yield display_language()
    finally:
        set_display_language(before)
