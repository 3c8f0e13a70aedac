"""Every text a person reads, in English or Dutch: gettext message catalogues and Babel formats.

The English text of a message is its id (``t("Risk category", lang)``); the Dutch text lives in
the catalogue ``aiact/i18n/locale/nl/LC_MESSAGES/aiact.po`` (compiled to ``aiact.mo``), never in
Python. Keyed messages (the label of an input fact, a fine note, the reading of an interpretation)
carry a context (``pt("fact", "annex_iii.5a", lang)``).

``python -m aiact.i18n.tool check`` extracts every message from the source with Babel's extractor
(plus the keyed messages from the data they label) and reports the ones the Dutch catalogue lacks,
has fuzzy or no longer needs; ``update`` merges them in, ``compile`` writes the ``.mo`` file. The
test suite runs ``check``, so an untranslated string is found by a tool, not by a user (see
``docs/adr/0009-ui-texts-in-message-catalogues.md``).

Legal content -- the titles and summaries of rules and obligations, the reasons of the timeline --
is data declared in both languages beside the article it encodes, checked by its own tests; it does
not go through these catalogues.

This module is cheap to import (the standard library only); the formats in :mod:`aiact.i18n.fmt`
load Babel when first used.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path
from typing import Literal, TypeVar

K = TypeVar("K")

Lang = Literal["en", "nl"]
"""A language of the output: ``en`` or ``nl``."""

LANGS: tuple[Lang, ...] = ("en", "nl")

DOMAIN = "aiact"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

#: The Babel locale of each language (formats of money and dates). English uses the conventions of
#: Ireland: the euro sign and day-month-year dates, as in the English text of EU law.
LOCALES: dict[Lang, str] = {"en": "en_IE", "nl": "nl_NL"}

__all__ = [
    "LANGS",
    "LOCALES",
    "N_",
    "Lang",
    "after_colon",
    "check_lang",
    "has",
    "nt",
    "pairs",
    "pt",
    "t",
]


def check_lang(lang: object) -> Lang:
    """``lang`` as a :data:`Lang`; ``ValueError`` for anything but ``"en"`` or ``"nl"``."""
    if lang == "en":
        return "en"
    if lang == "nl":
        return "nl"
    raise ValueError(f"lang: {lang!r} is not supported (use 'en' or 'nl')")


@cache
def _translations(lang: Lang) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it (tables of labels)."""
    return message


def t(message: str, lang: Lang, /, **values: object) -> str:
    """``message`` in ``lang``, with ``{name}`` placeholders filled from ``values``."""
    text = _translations(check_lang(lang)).gettext(message)
    return text.format(**values) if values else text


def pt(context: str, message: str, lang: Lang, /, **values: object) -> str:
    """``message`` in ``lang`` within ``context`` (keyed messages: ``pt("fact", key, "nl")``).
    Without a translation the message itself is returned; see :func:`has`."""
    text = _translations(check_lang(lang)).pgettext(context, message)
    return text.format(**values) if values else text


def nt(singular: str, plural: str, n: int, lang: Lang, /, **values: object) -> str:
    """The singular or plural form for ``n`` in ``lang``; ``{n}`` is filled in."""
    text = _translations(check_lang(lang)).ngettext(singular, plural, n)
    return text.format(n=n, **values)


def has(context: str | None, message: str, lang: Lang) -> bool:
    """Whether the catalogue of ``lang`` translates ``message`` (English always does)."""
    if lang == "en":
        return True
    catalog: dict[object, str] = getattr(_translations(lang), "_catalog", {})
    return (message if context is None else f"{context}\x04{message}") in catalog


def pairs(table: dict[K, str]) -> dict[K, tuple[str, str]]:
    """``{key: (English, Dutch)}`` for a table of English messages (marked with :func:`N_`): the
    shape of the older label tables, with the Dutch taken from the catalogue."""
    return {key: (message, t(message, "nl")) for key, message in table.items()}


_KEEP_CAPITAL = frozenset(
    {"Annex", "Art.", "Article", "Arts.", "Chapter", "Commission", "European", "Recital"}
    | {"Regulation", "Section", "Union", "Commissie", "Europese", "Unie"}
)
"""First words that keep their capital after a colon: English names of provisions ("Chapter
V", "Annex III"; Dutch writes "hoofdstuk V", "bijlage III" within a sentence) and names of
institutions in either language."""


def after_colon(label: str) -> str:
    """``label`` as it reads after a colon (or within a sentence), in either language: its first
    letter lower case ("...: geen aanzienlijke wijziging", "...: no significant change"), unless
    its first word opens with capitals ("AI", "AI-systeem", "EU", "A22") or is a name
    (:data:`_KEEP_CAPITAL`). A label shown on its own keeps its capital (polish26)."""
    first = label.split(" ", 1)[0]
    if first[1:2].isupper() or first[1:2].isdigit() or first in _KEEP_CAPITAL:
        return label
    return label[:1].lower() + label[1:]
