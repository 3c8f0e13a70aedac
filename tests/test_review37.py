"""Review37 (round 15): the importer and distributor duties, Arts. 23 and 24 (``art23_1`` ..
``art23_7``, ``art24_1`` .. ``art24_6``), read against both texts. Two defects, both in the
summaries (the conditions, dates and fines agree with the text):

* ``art24_2``: Art. 24(2) binds a distributor that "considers or has reason to consider, on the
  basis of the information in its possession" that the system does not conform; the summaries
  EN/NL say only "considers" / "meent", so the objective limb (the distributor that has reason to
  consider it, whether or not it does) is left out. ``art23_2`` keeps the importer's objective
  standard ("sufficient reason to consider"), so the distributor's reads narrower than the
  importer's, which the text does not do.
* ``art24_4``: the same words in Art. 24(4) ("considers or has reason to consider"); the
  summaries EN/NL say "that it considers non-conforming" / "niet-conform acht".

Controls (agreed): the duties apply to a declared importer or distributor of a high-risk system
from the Chapter III date of its route (published text: Annex III 2 Aug 2026, Annex I 2 Aug 2027;
amended: 2 Dec 2027 and 2 Aug 2028), not to a legacy system without a significant change (Art.
111(2), first sentence, also where intended for public authorities), not to an importer or
distributor that became the provider under Art. 25(1), and stay undetermined where the role is
unknown; fine points Art. 99(4)(c) and (d).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import COMPANY
from timecases import system as complete_system

import aiact
from aiact.obligations import catalogue

ROLES = (
    "provider",
    "deployer",
    "importer",
    "distributor",
    "authorised_representative",
    "product_manufacturer",
)


def _system(role: str, placed: dt.date, **value_chain: Any) -> dict[str, Any]:
    """An importer or distributor of a recruitment system (Annex III 4(a)) of a provider
    established in a third country, every other fact known."""
    base = complete_system(roles=(), annex_iii=["4a"], placed_on_market=placed).model_dump(
        mode="json"
    )
    base["roles"].update({r: r == role for r in ROLES})
    base["value_chain"].update(provider_established_in_eu=False, **value_chain)
    return base


def _applies(system: dict[str, Any], as_of: str, law: str) -> dict[str, Any]:
    a = aiact.assess(system, COMPANY, as_of, law)
    return {r.id: (r.applies, r.applies_from) for r in a.obligation_results}


def test_art24_2_summary_keeps_has_reason_to_consider() -> None:
    """Fixed in round 15 (review37's strict xfail: the summaries left out "or has reason to
    consider").
    Art. 24(2): "Where a distributor considers or has reason to consider, on the basis of the
    information in its possession, that a high-risk AI system is not in conformity ..."; NL "van
    mening is of redenen heeft om ... aan te nemen". The summaries must keep the objective limb."""
    quote(
        "24",
        "Where a distributor considers or has reason to consider, on the basis of the information "
        "in its possession, that a high-risk AI system is not in conformity with the requirements "
        "set out in Section 2",
        "both",
    )
    quote_nl(
        "Wanneer een distributeur van mening is of redenen heeft om, op grond van de informatie "
        "waarover hij beschikt, aan te nemen dat een AI-systeem met een hoog risico niet in "
        "overeenstemming is"
    )
    o = catalogue().get("art24_2")
    assert o is not None
    assert "has reason to consider" in o.summary_en
    assert "redenen heeft" in o.summary_nl


def test_art24_4_summary_keeps_has_reason_to_consider() -> None:
    """Fixed in round 15 (review37's strict xfail: the summaries left out "or has reason to
    consider").
    Art. 24(4): "A distributor that considers or has reason to consider, on the basis of the
    information in its possession, a high-risk AI system which it has made available on the
    market not to be in conformity ..."; NL "van mening is of redenen heeft om ... aan te
    nemen"."""
    quote(
        "24",
        "A distributor that considers or has reason to consider, on the basis of the information "
        "in its possession, a high-risk AI system which it has made available on the market not "
        "to be in conformity",
        "both",
    )
    quote_nl(
        "Een distributeur die van mening is of redenen heeft om, op grond van de informatie "
        "waarover hij beschikt, aan te nemen dat een AI-systeem met een hoog risico dat hij op de "
        "markt heeft aangeboden, niet in overeenstemming is"
    )
    o = catalogue().get("art24_4")
    assert o is not None
    assert "has reason to consider" in o.summary_en
    assert "redenen heeft" in o.summary_nl


def test_control_art23_2_summary_keeps_the_importers_objective_standard() -> None:
    """Control: art23_2 keeps Art. 23(2)'s "has sufficient reason to consider" ("afdoende
    redenen heeft om aan te nemen")."""
    quote("23", "Where an importer has sufficient reason to consider", "both")
    quote_nl("Ingeval een importeur afdoende redenen heeft om aan te nemen")
    o = catalogue().get("art23_2")
    assert o is not None
    assert "sufficient reason to consider" in o.summary_en
    assert "afdoende redenen" in o.summary_nl


@pytest.mark.parametrize(
    ("law", "start"),
    [("original", dt.date(2026, 8, 2)), ("amended", dt.date(2027, 12, 2))],
)
def test_control_dates_and_fine_points(law: str, start: dt.date) -> None:
    """Control: Art. 113 (published: 2 Aug 2026; as amended, point (c)(i): "2 December 2027 as
    regards AI systems classified as high-risk pursuant to Article 6(2) and Annex III"); fine
    points Art. 99(4)(c) "obligations of importers pursuant to Article 23" and (d)
    "obligations of distributors pursuant to Article 24"."""
    quote("99", "(c) obligations of importers pursuant to Article 23", "both")
    quote("99", "(d) obligations of distributors pursuant to Article 24", "both")
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "omnibus_only",
    )
    for role, prefix, point in (("importer", "art23_", "(c)"), ("distributor", "art24_", "(d)")):
        got = _applies(_system(role, dt.date(2028, 1, 15)), "2028-06-01", law)
        ids = [i for i in got if i.startswith(prefix)]
        assert len(ids) == (7 if role == "importer" else 6)
        assert all(got[i] == (True, start) for i in ids), got
        assert all(catalogue().get(i).fine_ref == f"Art. 99(4){point}" for i in ids)  # type: ignore[union-attr]


@pytest.mark.parametrize("law", ["original", "amended"])
def test_control_legacy_shift_and_unknown(law: str) -> None:
    """Control: Art. 111(2) first sentence ("only if, as from that date, those systems are
    subject to significant changes in their designs"; the 2030 sentence names only "providers and
    deployers"); Art. 3(7) "other than the provider or the importer" after an Art. 25(1) shift;
    an unknown role stays undetermined."""
    quote("111", "the providers and deployers of high-risk AI systems intended to be used by "
          "public authorities", "both")  # fmt: skip
    legacy = _system("importer", dt.date(2026, 1, 15))
    legacy["context"].update(intended_for_public_authorities=True)
    assert _applies(legacy, "2031-01-01", law)["art23_1"][0] is False
    shifted = _system("distributor", dt.date(2028, 1, 15), own_name_on_high_risk_system=True)
    assert _applies(shifted, "2028-06-01", law)["art24_1"][0] is False
    unknown = _system("importer", dt.date(2028, 1, 15))
    unknown["roles"]["importer"] = None
    assert _applies(unknown, "2028-06-01", law)["art23_1"][0] is None
