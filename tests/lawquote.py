"""Quotes checked against the law text, for tests (not part of the library).

``quote(article, text, version)`` asserts that ``text`` occurs, word for word (whitespace,
typographic quotes and letter case normalised), in Article ``article`` of the English text of
that version, and
returns it, so a test can cite the words it relies on and have them checked at the same time:

    assert quote("6", "a provider who considers that an AI system referred to in Annex III is "
                 "not high-risk") ...

* ``"original"``: the article as published in Regulation (EU) 2024/1689.
* ``"amended"``: the text inserted or replaced for that article by Article 1 of Regulation (EU)
  2026/1744 (the amending point that names the article, or the inserted article itself), and,
  for words the Omnibus did not touch, the published article.
* ``"both"``: the words are in the published article and the Omnibus does not replace them
  (the caller asserts the latter: use it for provisions 2026/1744 leaves untouched).
* ``"omnibus_only"``: the words are in an amending point of 2026/1744 for the article and not in
  the published article.

``quote_nl(text)`` asserts that ``text`` occurs in the official Dutch text of Regulation (EU)
2024/1689 (whitespace and bold markers normalised, letter case kept).

Skips (``skip_unless_law``) when ``../shared/reference/law`` is absent.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from lawtext import LAW_DIR, OMNIBUS_MD, ORIGINAL_MD, skip_unless_law

DUTCH_MD = LAW_DIR / "aiact-2024-1689.nl.md"

__all__ = [
    "LAW_DIR",
    "annex_text",
    "article_text",
    "omnibus_text",
    "quote",
    "quote_annex",
    "quote_nl",
    "quote_recital",
    "recital_text",
]

Which = Literal["original", "amended", "both", "omnibus_only"]


def _normalise(text: str) -> str:
    text = re.sub(r"^\s*>\s?", "", text, flags=re.MULTILINE)
    text = text.replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')
    text = text.replace("**", "")
    text = re.sub(r"^\s*-\s+", "", text, flags=re.MULTILINE)
    return re.sub(r"\s+", " ", text).strip().casefold()


@functools.cache
def _original() -> str:
    return ORIGINAL_MD.read_text(encoding="utf-8")


@functools.cache
def _omnibus() -> str:
    return OMNIBUS_MD.read_text(encoding="utf-8")


@functools.cache
def article_text(article: str) -> str:
    """The normalised text of ``Article <article>`` as published (empty if absent)."""
    text = _original()
    match = re.search(rf"^### Article {re.escape(article)} — .*$", text, flags=re.MULTILINE)
    if match is None:
        return ""
    rest = text[match.end() :]
    end = re.search(r"^#{2,3} (Article |SECTION |CHAPTER |Annex )", rest, flags=re.MULTILINE)
    return _normalise(rest[: end.start()] if end else rest)


@functools.cache
def omnibus_text(article: str) -> str:
    """The normalised amending text of Regulation (EU) 2026/1744 for ``Article <article>``: every
    top-level point of its Article 1 whose instruction names the article, and an inserted article
    of that number."""
    text = _omnibus()
    start = text.index("### Article 1 — Amendments to Regulation (EU) 2024/1689")
    end = text.index("### Article 2 —", start)
    body = text[start:end]
    points = re.split(r"^- \(\d+\) ", body, flags=re.MULTILINE)[1:]
    name = re.compile(rf"\bArticles? {re.escape(article)}(?![0-9a-z])")
    inserted = re.compile(rf"\*\*‘?Article {re.escape(article)}\*\*")
    found = []
    for point in points:
        instruction = point.split("\n", 1)[0]
        if name.search(instruction):
            found.append(point)
        elif inserted.search(point):
            found.append(point[inserted.search(point).start() :])  # type: ignore[union-attr]
    return _normalise("\n".join(found))


@functools.cache
def annex_text(annex: str) -> str:
    """The normalised text of ``Annex <annex>`` as published (empty if absent)."""
    text = _original()
    match = re.search(rf"^## Annex {re.escape(annex)} — .*$", text, flags=re.MULTILINE)
    if match is None:
        return ""
    rest = text[match.end() :]
    end = re.search(r"^## Annex ", rest, flags=re.MULTILINE)
    return _normalise(rest[: end.start()] if end else rest)


@functools.cache
def recital_text(number: int) -> str:
    """The normalised text of recital ``number`` of Regulation (EU) 2024/1689 as published (empty
    if absent): the paragraph that opens with ``(<number>)`` between "Whereas:" and "HAVE ADOPTED
    THIS REGULATION", so that a recital is never confused with a point of an article or annex
    numbered the same (the reference text puts the articles before the recitals, so a search of
    the whole text for "(23) " found Art. 3 point 23)."""
    text = _original()
    start = text.index("\nWhereas:")
    end = text.index("\nHAVE ADOPTED THIS REGULATION", start)
    recitals = text[start:end]
    match = re.search(rf"^\({number}\) (.*)$", recitals, flags=re.MULTILINE)
    return "" if match is None else _normalise(match.group(1))


def quote_recital(number: int, words: str) -> str:
    """``words``, after checking that they are in recital ``number`` of Regulation (EU)
    2024/1689 as published."""
    skip_unless_law()
    text = recital_text(number)
    assert text, f"no recital {number}"
    assert _normalise(words) in text, f"not in recital {number}: {words!r}"
    return words


def quote_annex(annex: str, words: str) -> str:
    """``words``, after checking that they are in ``Annex <annex>`` as published."""
    skip_unless_law()
    assert _normalise(words) in annex_text(annex), f"not in Annex {annex}: {words!r}"
    return words


def quote(article: str, words: str, version: Which = "original") -> str:
    """``words``, after checking that they are in Article ``article`` of ``version`` (see the
    module docstring). Returns the words, so a test can use them in its message."""
    skip_unless_law()
    wanted = _normalise(words)
    published = wanted in article_text(article)
    amending = wanted in omnibus_text(article)
    if version == "original":
        ok = published
    elif version == "amended":
        ok = amending or published
    elif version == "both":
        ok = published
    else:
        ok = amending and not published
    assert ok, f"not in Article {article} ({version}): {words!r}"
    return words


@functools.cache
def _dutch() -> str:
    return re.sub(r"\s+", " ", DUTCH_MD.read_text(encoding="utf-8").replace("**", ""))


def quote_nl(words: str) -> str:
    """``words``, after checking that they are in the official Dutch text of Regulation (EU)
    2024/1689 (whitespace normalised)."""
    skip_unless_law()
    assert re.sub(r"\s+", " ", words) in _dutch(), f"not in the Dutch text: {words!r}"
    return words
