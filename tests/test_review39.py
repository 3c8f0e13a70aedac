"""Review39 (round 15): first recorded review of the deployer, conformity and registration
entries of the first release (Arts. 26(10), 27, 41(5), 43, 46(2), 47, 48, 49(1)-(4), 86).
Two defects, both in the texts of an entry (the conditions, dates and fines agree with the law):

* ``art86``: the Dutch summary leaves out what the English one says and the text makes a
  condition of the right: the exceptions of Art. 86(2) ("Paragraph 1 shall not apply ... for
  which exceptions from, or restrictions to, the obligation under that paragraph follow from
  Union or national law") and the subsidiarity of Art. 86(3) ("only to the extent that the
  right referred to in paragraph 1 is not otherwise provided for under Union law").
* ``art43``: the summaries (EN and NL) say that for Annex III point 1 the notified body
  (Annex VII) is "mandatory without harmonised standards". Art. 43(1) lets the provider opt for
  internal control where it has applied harmonised standards "or, where applicable, common
  specifications", and makes Annex VII mandatory also where harmonised standards exist but the
  provider has not applied them (second subparagraph, points (b)-(d)). The summaries say "for
  Annex III points 2-8 internal control" without the exception added by 2026/1744 (Art. 43(3),
  last subparagraph: a system also covered by Annex I Section A follows that procedure).
"""

from __future__ import annotations

from lawquote import quote, quote_nl

from aiact.obligations import catalogue
from aiact.obligations.model import Obligation


def _entry(oid: str) -> Obligation:
    o = catalogue().get(oid)
    assert o is not None
    return o


# --- art86: Art. 86(2) and (3) in the Dutch summary ------------------------------------------


def test_art86_english_summary_names_the_exceptions() -> None:
    """Control: the English summary carries Art. 86(2) and (3)."""
    quote(
        "86",
        "Paragraph 1 shall not apply to the use of AI systems for which exceptions from, or "
        "restrictions to, the obligation under that paragraph follow from Union or national law "
        "in compliance with Union law",
        "both",
    )
    quote(
        "86",
        "This Article shall apply only to the extent that the right referred to in paragraph 1 "
        "is not otherwise provided for under Union law",
        "both",
    )
    summary = _entry("art86").summary_en
    assert "exceptions" in summary
    assert "Union law does not otherwise provide" in summary


def test_art86_dutch_summary_names_the_exceptions() -> None:
    """Fixed in round 15 (wording15).

    Art. 86(2) NL: "Lid 1 is niet van toepassing op het gebruik van AI-systemen waarvoor
    uitzonderingen op of beperkingen van de verplichting krachtens dat lid voortvloeien uit het
    Unierecht of het nationale recht"; 86(3) NL: "enkel van toepassing voor zover het Unierecht
    niet anderszins in het in lid 1 bedoelde recht voorziet"."""
    quote_nl(
        "Lid 1 is niet van toepassing op het gebruik van AI-systemen waarvoor uitzonderingen op "
        "of beperkingen van de verplichting krachtens dat lid voortvloeien uit het Unierecht of "
        "het nationale recht in naleving van het Unierecht"
    )
    quote_nl(
        "Dit artikel is enkel van toepassing voor zover het Unierecht niet anderszins in het in "
        "lid 1 bedoelde recht voorziet"
    )
    summary = _entry("art86").summary_nl
    assert "uitzondering" in summary or "beperking" in summary
    assert "anderszins" in summary or "niet al in" in summary


# --- art43: the Art. 43(1) choice and the amended Art. 43(3) in the summaries ----------------


def _quote_art43_1() -> None:
    quote(
        "43",
        "the provider has applied harmonised standards referred to in Article 40, or, where "
        "applicable, common specifications referred to in Article 41, the provider shall opt for "
        "one of the following conformity assessment procedures",
        "both",
    )
    quote(
        "43",
        "harmonised standards referred to in Article 40 do not exist, and common specifications "
        "referred to in Article 41 are not available",
        "both",
    )
    quote(
        "43",
        "the provider has not applied, or has applied only part of, the harmonised standard",
        "both",
    )
    quote_nl(
        "geharmoniseerde normen als bedoeld in artikel 40 of in voorkomend geval "
        "gemeenschappelijke specificaties als bedoeld in artikel 41 heeft toegepast"
    )
    quote_nl("de aanbieder de geharmoniseerde norm niet of slechts gedeeltelijk heeft toegepast")


def test_art43_summaries_state_the_art43_1_condition() -> None:
    """Fixed in round 15 (wording15)."""
    _quote_art43_1()
    o = _entry("art43")
    assert "mandatory without harmonised standards" not in o.summary_en
    assert "common specifications" in o.summary_en
    assert "verplicht zonder geharmoniseerde normen" not in o.summary_nl
    assert "gemeenschappelijke specificaties" in o.summary_nl


def test_art43_summaries_state_the_amended_art43_3_rule_for_dual_systems() -> None:
    """Fixed in round 15 (wording15)."""
    quote(
        "43",
        "Where a high-risk AI system is both covered by the Union harmonisation legislation "
        "listed in Section A of Annex I and it falls within one of the categories listed in "
        "Annex III, the provider of that system shall follow the relevant conformity assessment "
        "procedure as required pursuant to the relevant Union harmonisation legislation listed "
        "in Section A of Annex I",
        "omnibus_only",
    )
    quote(
        "43",
        "For high-risk AI systems referred to in points 2 to 8 of Annex III, providers shall "
        "follow the conformity assessment procedure based on internal control",
        "both",
    )
    o = _entry("art43")
    assert "also covered by Annex I" in o.summary_en
    assert "ook onder bijlage I" in o.summary_nl
