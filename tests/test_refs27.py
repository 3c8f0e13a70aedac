"""A list of obligations in Dutch reads "Artikel 9, artikel 10": a citation within a list or a
sentence is written in lower case (the Dutch text itself: "overeenkomstig artikel 9"), the first
of a table cell keeps its capital (round 27; round 26 noticed "Artikel 9, Artikel 10" on the
obligation card)."""

from __future__ import annotations

import re

from aiact.obligations.catalogue import catalogue
from aiact.views.html import obligation_html
from aiact.views.i18n import obligation_ref, obligation_refs


def _with_prerequisites() -> object:
    return next(o for o in catalogue() if len(o.prerequisites) > 1)


def test_a_dutch_list_of_citations_has_one_capital() -> None:
    ids = ["art9", "art10"]
    assert obligation_refs(ids, "nl") == "Artikel 9, artikel 10"
    assert obligation_refs(ids, "en") == "Art. 9, Art. 10"
    assert obligation_refs(ids, "nl", " → ") == "Artikel 9 → artikel 10"
    assert obligation_ref("art9", "nl", inline=True) == "artikel 9"
    assert obligation_refs([], "nl") == ""


def test_an_unknown_id_is_shown_as_it_is() -> None:
    assert obligation_refs(["art9", "no_such_duty"], "nl") == "Artikel 9, no_such_duty"


def test_the_obligation_card_lists_prerequisites_in_dutch_style() -> None:
    o = _with_prerequisites()
    cell = re.findall(r"Vooraf nodig</th><td[^>]*>([^<]*)", obligation_html(o, "nl"))[0]
    assert cell.startswith("Artikel ")
    assert ", Artikel " not in cell
    assert ", artikel " in cell
    english = re.findall(r"Prerequisites</th><td[^>]*>([^<]*)", obligation_html(o, "en"))[0]
    assert english.startswith("Art. ") and ", Art. " in english
