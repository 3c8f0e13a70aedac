"""review50 (round 16): first recorded review of the date rules of the high-risk duties
(aiact/rules/timing.py: from.high_risk*, from.high_risk_other_operators*, from.high_risk_gated*,
from.derogation*, from.art80_reclassified*, from.supposed_route.*) and of the value-chain date
cases (from.initial_provider*, from.supplier*), against Art. 111(1)-(2) and Art. 113 as
published and as amended by Regulation (EU) 2026/1744 (Article 1, points (39) and (40)).

The dates, the case order and the unknowns agree with the text in every probe (tests/timecases
systems; both versions; Annex III 4(a), Annex I medical device, no route; placed 2025, 2027,
2028, 2029 or unknown; significant change none, 2026, 2028, 2031 or unknown; intended for public
authorities yes / no / unknown; provider, deployer, importer, distributor, authorised
representative, supplier, initial provider), with one exception, below. The amended point (c)
gives two fixed dates, 2 December 2027 (Annex III) and 2 August 2028 (Annex I): the stored text
of Regulation (EU) 2026/1744 ties no earlier date to a Commission decision on standards or
support tools (its recital 40 only asks the Commission to have "measures in support of
compliance" in place), and the library models none (test_the_amended_point_c_has_fixed_dates).

One defect (a legal choice that the code makes without naming it, with a result that goes
against both recitals). A legacy high-risk system intended for public authorities, significantly
changed before 2 August 2030, is bound from the change (first sentence of Art. 111(2)), but its
date case also carries the "comply by" deadline 2 August 2030 of the second sentence (rules
<group>.art111_2.public_authorities case 0, and the ``.changed`` case 0 of the value-chain
routes). Every other case of the Act has its value equal to its deadline, and the compliance
plan takes the deadline as the due date (``PlanStep.due``). So the provider of a public-authority
system changed on 1 March 2028 is told its Chapter III duties are due on 2 August 2030, while
the provider of the same system, not intended for public authorities, is told 1 March 2028.
Recital 177 gives the 2030 date "On an exceptional basis and in light of public accountability",
a backstop that reaches public systems even unchanged. It is not a longer grace period after a
change. Recital 39 of Regulation (EU) 2026/1744 says that "Any significant change to the design
of that AI system after the date specified in Article 111(2) should trigger the obligation of
the provider to fully comply".
"""

from __future__ import annotations

import datetime as dt

import pytest
from lawquote import quote, quote_nl, quote_recital
from timecases import ANNEX_I_MEDICAL, COMPANY, quoted, system

import aiact

D = dt.date


def test_the_text() -> None:
    quote(
        "111",
        "only if, as from that date, those systems are subject to significant changes in their "
        "designs. In any case, the providers and deployers of high-risk AI systems intended to be "
        "used by public authorities shall take the necessary steps to comply with the "
        "requirements and obligations",
        "both",
    )
    quote(
        "111",
        "placed on the market or put into service before the date of application of Chapter III "
        "referred to in Article 113",
        "amended",
    )
    quote_nl(
        "In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken van AI-systemen "
        "met een hoog risico die bedoeld zijn om door overheidsinstanties te worden gebruikt, de "
        "nodige stappen om uiterlijk op 2 augustus 2030"
    )
    quote_recital(
        177,
        "On an exceptional basis and in light of public accountability, operators of AI systems",
    )
    quoted(
        "Any significant change to the design of that AI system after the date specified in "
        "Article 111(2) should trigger the obligation of the provider to fully comply with all "
        "relevant provisions of that Regulation applicable to high-risk AI systems",
        "omnibus",
    )


def test_the_amended_point_c_has_fixed_dates() -> None:
    """Art. 113, third paragraph, point (c) as replaced by Regulation (EU) 2026/1744, Article 1,
    point (40)(b): two fixed dates, no conditional earlier date; the library's dates agree."""
    quoted(
        "(i) 2 December 2027 as regards AI systems classified as high-risk pursuant to Article "
        "6(2) and Annex III; and",
        "omnibus",
    )
    quoted(
        "(ii) 2 August 2028 as regards AI systems classified as high-risk pursuant to Article "
        "6(1) and Annex I;",
        "omnibus",
    )
    for law, annex_iii, annex_i in (
        ("amended", D(2027, 12, 2), D(2028, 8, 2)),
        ("original", D(2026, 8, 2), D(2027, 8, 2)),
    ):
        a = aiact.assess(
            system(annex_iii=["4a"], placed_on_market=D(2029, 1, 1)), COMPANY, "2026-12-05", law
        )
        assert a.obligation("art9").applies_from == annex_iii
        b = aiact.assess(
            system(annex_i=ANNEX_I_MEDICAL, placed_on_market=D(2029, 1, 1)),
            COMPANY,
            "2026-12-05",
            law,
        )
        assert b.obligation("art9").applies_from == annex_i


def _changed_legacy(law: str, public: bool) -> aiact.Assessment:
    """An Annex III 4(a) system of a company provider, first placed on 1 March 2025 (before the
    Art. 111(2) cut-off in both versions), significantly changed after the cut-off (amended: 1
    March 2028, after 2 December 2027; original: 1 January 2027, after 2 August 2026), and
    intended for public authorities or not; assessed on 1 June 2028."""
    change = D(2028, 3, 1) if law == "amended" else D(2027, 1, 1)
    s = system(
        annex_iii=["4a"],
        placed_on_market=D(2025, 3, 1),
        significant_change=change,
        context={"intended_for_public_authorities": public},
    )
    return aiact.assess(s, COMPANY, "2028-06-01", law)


@pytest.mark.parametrize("obligation", ["art9", "art43"])
@pytest.mark.parametrize("law", ["amended", "original"])
def test_control_a_changed_legacy_system_is_due_from_the_change(law: str, obligation: str) -> None:
    """Not intended for public authorities: bound from the change, due on it (first sentence)."""
    a = _changed_legacy(law, public=False)
    change = D(2028, 3, 1) if law == "amended" else D(2027, 1, 1)
    assert a.obligation(obligation).applies_from == change
    assert a.plan().step(obligation).due == change


@pytest.mark.parametrize("obligation", ["art9", "art43"])
@pytest.mark.parametrize("law", ["amended", "original"])
def test_a_changed_public_authority_system_is_due_from_the_change(
    law: str, obligation: str
) -> None:
    """Intended for public authorities, changed before 2 August 2030: the first sentence brings
    it in from the change ("as from that date, those systems are subject to significant
    changes"); the second sentence's 2 August 2030 is a backstop "in light of public
    accountability" (recital 177), not a longer grace than a private system gets."""
    a = _changed_legacy(law, public=True)
    change = D(2028, 3, 1) if law == "amended" else D(2027, 1, 1)
    result = a.obligation(obligation)
    assert result.applies_from == change
    assert result.deadline == D(2030, 8, 2)  # the latest date, "In any case ... by"
    assert a.plan().step(obligation).due == change  # fixed in round 16 (was 2030-08-02)
