"""Review40 (round 15): second reading of the lead's fixes after reviews 35-39 and audits
15a/15b (art72 family fined under Art. 99(4)(a), art41_5_gpai on the general date, the new
art50_4_artistic, audit15b D1/D2, the Art. 24 summaries, SAME_DUTY_CONDITION). One defect, a
strict xfail, fixed in round 15 (the art72 companions cite their route); the rest agrees
with the text (tests/data/coverage/reviews.yaml).

* ``art72_2_law_enforcement`` and ``art72_4_financial`` now carry ``fine_ref`` "Art. 99(4)(a)"
  and their summaries name the route (Art. 16(c), Art. 17(1)(h); for art72_4_financial also
  Art. 16(a)), but neither cites it in ``also_cites``: of the 34 entries fined under Art.
  99(4)(a) whose source is not Art. 16, these two alone cite no Art. 16 point. Art. 72 is not
  listed in Art. 99(4); the fine rests only on "have a quality management system in place which
  complies with Article 17" (Art. 16(c)) and its point "(h) the setting-up, implementation and
  maintenance of a post-market monitoring system, in accordance with Article 72" (Art. 17(1)),
  and, for the plan, on Art. 16(a), Art. 11(1) and Annex IV, point 9. Without the citation the
  entries are missing from what reads ``Obligation.refs`` (the graph, the Art. 16 and Art. 17
  article pages), and the legal basis of the fine shows only in the prose.
"""

from __future__ import annotations

from lawquote import quote, quote_annex, quote_nl

from aiact.obligations import catalogue
from aiact.obligations.model import Obligation


def _entry(oid: str) -> Obligation:
    o = catalogue().get(oid)
    assert o is not None
    return o


def _quote_route() -> None:
    quote("99", "obligations of providers pursuant to Article 16", "both")
    quote("16", "have a quality management system in place which complies with Article 17", "both")
    quote(
        "16",
        "ensure that their high-risk AI systems are compliant with the requirements set out in "
        "Section 2",
        "both",
    )
    quote(
        "17",
        "the setting-up, implementation and maintenance of a post-market monitoring system, in "
        "accordance with Article 72",
        "both",
    )
    quote_nl(
        "het opzetten, toepassen en onderhouden van een systeem voor monitoring na het in de "
        "handel brengen, overeenkomstig artikel 72"
    )
    quote_annex("IV", "including the post-market monitoring plan referred to in Article 72(3)")
    quote(
        "72",
        "The post-market monitoring plan shall be part of the technical documentation referred "
        "to in Annex IV",
        "both",
    )


def test_entries_fined_through_art16_cite_the_point() -> None:
    """Control: every other entry fined under Art. 99(4)(a) whose source is not Art. 16 cites
    the Art. 16 point that carries the fine (the ``_provider`` helper adds it), art72 and
    art72_3 among them."""
    _quote_route()
    missing = sorted(
        o.id
        for o in catalogue()
        if o.fine_ref == "Art. 99(4)(a)"
        and not o.source.startswith("Art. 16")
        and not any(text.startswith("Art. 16") for text in o.also_cites)
        and o.id not in {"art72_2_law_enforcement", "art72_4_financial"}
    )
    assert missing == []
    assert {"Art. 16, point (c)", "Art. 17(1)(h)"} <= set(_entry("art72").also_cites)
    assert {"Art. 16, point (a)", "Art. 11(1)", "Annex IV, point 9"} <= set(
        _entry("art72_3").also_cites
    )


def test_art72_companions_cite_the_route_of_their_fine() -> None:
    """Art. 99(4)(a) fines "obligations of providers pursuant to Article 16"; Art. 72 is not
    listed, so the entries that share art72's fine must cite what carries it: Art. 16(c) and
    Art. 17(1)(h) ("the setting-up, implementation and maintenance of a post-market monitoring
    system, in accordance with Article 72"), and for art72_4_financial, which its summary says
    is fined "through Art. 16(a) and (c)", also Art. 16(a) (the plan, Annex IV point 9)."""
    _quote_route()
    for oid in ("art72_2_law_enforcement", "art72_4_financial"):
        entry = _entry(oid)
        assert entry.fine_ref == "Art. 99(4)(a)"
        assert {"Art. 16, point (c)", "Art. 17(1)(h)"} <= set(entry.also_cites), oid
    assert "Art. 16, point (a)" in _entry("art72_4_financial").also_cites
