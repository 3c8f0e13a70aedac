"""review57 (round 17): second reading of fix17b, readings A42 (Art. 27(1)) and A43 (Art.
99(8)), ADR 0046.

One defect, held by a strict xfail until the lead fixed it (round 17: the flag is also added
where the row's regime is not known, reason ``ai_office_competence_unknown``):

* D1 (Art. 99(8), Art. 75c(4)): a row of a body governed by public law whose fine depends on
  reading A43 but whose regime is not yet known (the AI Office's competence unknown, reason
  ``ai_office_competence_unknown``, regime ``None``) carries no flag A43, though its text
  changes with the reading ("how far it can fine a public body is not settled; ... the Member
  State's rule (Art. 99(8))" against "the Art. 99(4) level"). The flag is added only to rows of
  regime ``national`` or ``ai_office`` (aiact/penalties/exposure.py, compute_exposure).

The probes of the verdicts that agree are kept as passing tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import COMPANY, PUBLIC_BODY, assess, system

import aiact
from aiact.interpretations import Art27PublicLawBodies

DAY = "2028-09-01"
PLACED = dt.date(2028, 1, 10)
FRIA = ("art27_1", "art27_3", "art27_4", "art27_4_original")


def _org(base: aiact.Organisation, **given: Any) -> aiact.Organisation:
    return aiact.Organisation(**{**base.model_dump(), **given})


BODY = _org(COMPANY, name="Stichting Voorbeeldziekenhuis", kind="body_governed_by_public_law")
#: The AI Office's competence (Art. 75(1)) not known: a GPAI model of the same provider or
#: undertaking, and the deployer's link to the provider, unknown.
UNKNOWN_AI_OFFICE = {
    "ai_office_competent": None,
    "gpai_model_same_provider": None,
    "deployer_same_undertaking_as_provider": None,
}


def _rows(reading: str) -> dict[str, Any]:
    sys_ = system(
        roles=("deployer",), annex_iii=["4a"], placed_on_market=PLACED, context=UNKNOWN_AI_OFFICE
    )
    a = assess(sys_, DAY, BODY, law="amended", art99_8_public_bodies=reading)
    assert a.value("ai_office.competent") is None
    return {r.obligation_id: r for r in a.exposure.obligations}


def test_probe_the_art27_row_of_a_body_governed_by_public_law_reads_a43() -> None:
    """The row of Art. 27(1) (not in Art. 99(3)-(5): no EU ceiling before a national authority)
    says something else under each reading of A43 when the AI Office's competence is unknown."""
    quote(
        "99",
        "Each Member State shall lay down rules on to what extent administrative fines may be "
        "imposed on public authorities and bodies established in that Member State.",
        "both",
    )
    quote(
        "75c",
        "in accordance with Article 99(3) to (7), which provisions shall apply mutatis mutandis "
        "to the AI Office",
        "amended",
    )
    public, undertaking = _rows("public_body")["art27_1"], _rows("undertaking")["art27_1"]
    assert public.reason == undertaking.reason == "ai_office_competence_unknown"
    assert "Art. 99(8)" in public.citations and "Art. 99(8)" not in undertaking.citations
    assert public.explanation != undertaking.explanation


@pytest.mark.parametrize("reading", ["public_body", "undertaking"])
def test_d1_every_row_that_reads_a43_carries_the_flag(reading: str) -> None:
    quote_nl(
        "in hoeverre administratieve geldboeten kunnen worden opgelegd aan in die lidstaat "
        "gevestigde overheidsinstanties of -organen"
    )
    row = _rows(reading)["art27_1"]
    assert "A43" in row.flags, (row.reason, row.flags, row.explanation)


# --------------------------------------------------------------------------- agreed probes


@pytest.mark.parametrize("law", ["original", "amended"])
def test_probe_a42_a_ministry_under_procurement_sense_keeps_art26_8_and_credit_scoring(
    law: str,
) -> None:
    """Under procurement_sense the ministry keeps Art. 26(8) (it names public authorities) and
    the FRIA of a point 5(b) system; it loses the FRIA of a point 4(a) system only."""
    quote(
        "27",
        "deployers that are bodies governed by public law, or are private entities providing "
        "public services, and deployers of high-risk AI systems referred to in points 5 (b) and "
        "(c) of Annex III",
        "both",
    )
    quote_nl("gebruiksverantwoordelijken die publiekrechtelijke organen zijn")
    quote_nl("die de hoedanigheid van overheidsinstanties of instellingen, organen of instanties")
    alt = Art27PublicLawBodies.PROCUREMENT_SENSE
    recruit = assess(
        system(roles=("deployer",), annex_iii=["4a"], placed_on_market=PLACED),
        DAY,
        PUBLIC_BODY,
        law=law,
        art27_public_law_bodies=alt,
    )
    credit = assess(
        system(roles=("deployer",), annex_iii=["5b"], placed_on_market=PLACED),
        DAY,
        PUBLIC_BODY,
        law=law,
        art27_public_law_bodies=alt,
    )
    assert recruit.obligation("art26_8").applies is True
    assert recruit.obligation("art27_1").applies is False
    assert credit.obligation("art27_1").applies is True


def test_probe_a42_the_interview_drops_only_the_dpia_question() -> None:
    """The interview carries the case's reading; under procurement_sense a public authority
    deploying a point 4(a) system is not asked about the DPIA of Art. 27(4), and nothing else
    changes."""
    from aiact.interview import Interview

    def asked(reading: str) -> list[str]:
        case = {
            "as_of": DAY,
            "interpretations": {"art27_public_law_bodies": reading},
            "organisation": {"name": "X", "kind": "public_authority", "member_state": "NL"},
            "system": {
                "is_ai_system": True,
                "roles": {"deployer": True, "provider": False},
                "annex_iii": {"points": ["4a"]},
            },
        }
        iv = Interview.start(as_of=dt.date(2028, 9, 1), goal="obligations", case=case)
        out: list[str] = []
        while iv.current is not None and len(out) < 80:
            out.append(iv.current.id)
            iv = iv.answer(None)
        return out

    wide, narrow = asked("public_authorities_included"), asked("procurement_sense")
    assert [q for q in wide if q not in narrow] == ["dpia_conducted"]
    assert [q for q in narrow if q not in wide] == []


def test_probe_a43_an_sme_body_under_undertaking_gets_the_art99_6_lower_of() -> None:
    """Under undertaking a small body governed by public law is fined as an SME (Art. 99(6),
    lower of the amount and the percentage; amended Art. 3(14a) refers to Art. 2 of the Annex to
    Recommendation 2003/361/EC only)."""
    quote(
        "99",
        "In the case of SMEs, including start-ups, each fine referred to in this Article shall "
        "be up to the percentages or amount referred to in paragraphs 3, 4 and 5, whichever "
        "thereof is lower.",
    )
    small = _org(
        BODY, headcount=40, annual_turnover_eur=5_000_000, balance_sheet_total_eur=5_000_000
    )
    sys_ = system(roles=("provider",), annex_iii=["4a"], placed_on_market=PLACED)
    a = assess(sys_, DAY, small, law="amended", art99_8_public_bodies="undertaking")
    row = next(r for r in a.exposure.obligations if r.obligation_id == "art9")
    assert row.ceiling == 150_000
    assert "Art. 99(6)" in row.citations and "A43" in row.flags
