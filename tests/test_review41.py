"""Review41 (round 15): second reading of the round-15 changes of the helpers init15 (the date of
the initial provider's Art. 25(2) duty), a37 (``art54_3`` out of the AI Office's Art. 75c branch;
reading A37) and wording15 (rewritten summaries and titles; the label of
``context.on_behalf_of_public_authority``). One defect, in the texts of an entry (conditions,
dates and fines agree with the law):

* ``art15``: the summaries (EN and NL) state the presumption of Art. 42(2) without one of its
  conditions. The presumption holds for systems certified (or with a statement of conformity)
  under a cybersecurity scheme of Regulation (EU) 2019/881 "and the references of which have been
  published in the Official Journal of the European Union" (NL "en waarvan de referenties in het
  Publicatieblad van de Europese Unie zijn bekendgemaakt"); the summaries leave that out, so they
  promise the presumption for any certificate under any such scheme. 2026/1744 adds Art. 42(3)
  and leaves Art. 42(2) as published.
"""

from __future__ import annotations

from lawquote import quote, quote_nl

from aiact.obligations import catalogue


def _summaries(oid: str) -> tuple[str, str]:
    entry = catalogue().get(oid)
    return entry.summary_en, entry.summary_nl


def test_art15_summaries_name_the_cybersecurity_presumption() -> None:
    """Control: both summaries carry the presumption of Art. 42(2) and the amended 42(3)."""
    quote(
        "42",
        "shall be presumed to comply with the cybersecurity requirements set out in Article 15 "
        "of this Regulation in so far as the cybersecurity certificate or statement of "
        "conformity or parts thereof cover those requirements",
        "both",
    )
    en, nl = _summaries("art15")
    assert "2019/881" in en and "presumed" in en
    assert "2019/881" in nl and "geacht" in nl


def test_art15_summaries_state_the_official_journal_condition_of_art42_2() -> None:
    """Art. 42(2): "High-risk AI systems that have been certified or for which a statement of
    conformity has been issued under a cybersecurity scheme pursuant to Regulation (EU) 2019/881
    and the references of which have been published in the Official Journal of the European
    Union shall be presumed to comply"; NL "en waarvan de referenties in het Publicatieblad van
    de Europese Unie zijn bekendgemaakt, worden geacht te voldoen". Proposed: EN "... under a
    cybersecurity scheme pursuant to Regulation (EU) 2019/881 whose references have been
    published in the Official Journal of the European Union ..."; NL "... krachtens Verordening
    (EU) 2019/881 en waarvan de referenties in het Publicatieblad van de Europese Unie zijn
    bekendgemaakt ..."."""
    quote(
        "42",
        "under a cybersecurity scheme pursuant to Regulation (EU) 2019/881 and the references of "
        "which have been published in the Official Journal of the European Union shall be "
        "presumed to comply",
        "both",
    )
    quote_nl(
        "volgens een cyberbeveiligingsregeling krachtens Verordening (EU) 2019/881 en waarvan de "
        "referenties in het Publicatieblad van de Europese Unie zijn bekendgemaakt, worden geacht "
        "te voldoen"
    )
    en, nl = _summaries("art15")
    assert "Official Journal" in en
    assert "Publicatieblad" in nl
