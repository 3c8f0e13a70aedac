"""words21b (round 21): review69's wording defects D3, D5, D6 and D7, beyond the reviewer's own
tests in tests/test_review69.py (made plain)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from timecases import COMPANY, system

import aiact

IDENTIFIER = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")
"""A field id (``significant_change``, ``authority_actions.msa_found_...``)."""


def _public_legacy(change: object, placed: object = dt.date(2025, 3, 1)) -> aiact.AISystem:
    return system(
        roles=("provider",),
        annex_iii=["4a"],
        placed_on_market=placed,
        significant_change=change,
        context={"intended_for_public_authorities": None},
    )


# --------------------------------------------------------------------------- D3


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_d3_an_undetermined_date_names_its_inputs_by_their_labels(law: str, lang: str) -> None:
    """review69 D3: the reason of an undetermined date said "depends on significant_change,
    context.intended_for_public_authorities" (also in Dutch). It names each input by its label,
    as the open questions do, in both languages; the field ids stay in the data
    (``undetermined_because``)."""
    a = aiact.assess(_public_legacy(None, placed=None), COMPANY, "2026-12-06", law)
    r = a.obligation("art9")
    assert r.timing is not None and r.applies_from is None
    text = r.timing.reason(lang)
    assert not IDENTIFIER.search(text.split(" Possible dates")[0].split(" Mogelijke data")[0]), text
    if lang == "nl":
        assert text.startswith("Onbepaald: hangt af van feiten die niet zijn opgegeven: "), text
        assert "aanzienlijke wijziging in het ontwerp (artikel 111, lid 2" in text
        assert "het beoogde doel van de aanbieder omvat gebruik door overheidsinstanties" in text
        assert "de datum waarop het systeem in de Unie in de handel is gebracht" in text
    else:
        assert text.startswith("Undetermined: depends on facts not given: "), text
        assert "significant change in design (Art. 111(2)" in text
        assert "the provider's intended purpose includes use by public authorities" in text
    assert {"significant_change", "placed_on_market"} <= set(r.timing.undetermined_because)
