"""Content negotiation: the representation an ``Accept`` header asks for, among those offered
(406 with the offered types otherwise; see ``Validate content types`` in the API Design Rules)."""

from __future__ import annotations

from functools import lru_cache

from aiact.i18n import Lang, t
from aiact.service.problems import NOT_ACCEPTABLE, Problem


@lru_cache(maxsize=512)
def _ranges(header: str) -> tuple[tuple[str, float, int], ...]:
    """(media range, quality, position) of an Accept header, malformed parts left out."""
    out = []
    for position, part in enumerate(header.split(",")[:64]):
        pieces = part.split(";")
        media = pieces[0].strip().lower()
        if "/" not in media:
            continue
        quality = 1.0
        for parameter in pieces[1:]:
            key, _, value = parameter.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0
        out.append((media, quality, position))
    return tuple(out)


def _quality(offer: str, ranges: tuple[tuple[str, float, int], ...]) -> tuple[float, int]:
    """The quality of ``offer`` under the most specific matching range, and how specific."""
    kind = offer.split("/", 1)[0] + "/*"
    best: tuple[int, float] = (-1, 0.0)
    for media, quality, _ in ranges:
        specificity = 2 if media == offer else 1 if media == kind else 0 if media == "*/*" else -1
        if specificity > best[0]:
            best = (specificity, quality)
    return best[1], best[0]


@lru_cache(maxsize=512)
def choose(header: str | None, offers: tuple[str, ...]) -> str | None:
    """The offer the header prefers (the first offer if there is no header), or None."""
    if header is None or not header.strip():
        return offers[0]
    ranges = _ranges(header)
    if not ranges:
        return offers[0]
    scored = []
    for index, offer in enumerate(offers):
        quality, specificity = _quality(offer, ranges)
        if quality > 0 and specificity >= 0:
            scored.append((-quality, index, offer))
    return min(scored)[2] if scored else None


def negotiate(header: str | None, offers: tuple[str, ...], lang: Lang) -> str:
    """The chosen offer; 406 listing the offers if the header accepts none of them."""
    found = choose(header, offers)
    if found is None:
        raise Problem(
            NOT_ACCEPTABLE,
            t("This resource is available as: {types}.", lang, types=", ".join(offers)),
        )
    return found
