"""review49 (round 16): first recorded review of the rules on general-purpose AI models (gpai.*),
the AI Office's competence (ai_office.*), real-world testing (art60.system.*) and the date rules
of the tiers, Art. 4, Art. 5, Art. 50, the general date and the models (datecase.*), against
Arts. 2, 3, 51-54, 60, 75, 111 and 113 as published and as amended by Regulation (EU) 2026/1744.

Two defects, each pinned by a strict xfail:

* tier.prohibited, case 0 (dates the practices of Art. 5(1)(a)-(h) to 2 February 2025) reads
  "(art5.h and role.deployer)", but art5.any reads point (h) only for a deployer within the
  territorial reach ("art5.h and role.deployer and scope.deployer_territorial",
  rules/prohibited.py, art5.any.h). A provider-deployer of a real-time remote biometric
  identification system that also generates the imagery of point (ba), whose own use is outside
  the Union, is prohibited only through point (ba), which applies "from 2 December 2026"; the
  tier date says 2 February 2025 (case 1, the (ba)/(bb) date, is never reached).
* The A21 default label of from.art4, from.art50 and from.art50_2 (_a21_default in
  rules/timing.py) says, in both law versions, that "Art. 50 has its own transitional rule in Art.
  111(4)". The published Art. 111 has three paragraphs; paragraph 4 was added by Regulation (EU)
  2026/1744, Article 1, point (39)(b). In the original version the explanation of the date cites
  a provision that does not exist. Fixed by fix16d (round 16): one A21 case per version.
"""

from __future__ import annotations

import datetime as dt

import pytest
from lawquote import article_text, quote
from timecases import system

import aiact

D = dt.date

THIRD_COUNTRY_COMPANY = aiact.Organisation(
    name="Example Inc.",
    kind="private_undertaking",
    member_state="US",
    established_in_eu=False,
    is_employer=True,
    law_enforcement_authority=False,
    judicial_authority=False,
    financial_institution=False,
    headcount=8000,
    annual_turnover_eur=2_000_000_000,
    balance_sheet_total_eur=3_000_000_000,
    part_of_group=False,
)


def _rbi_and_intimate_imagery(deployer_in_union: bool) -> aiact.AISystem:
    """A third-country provider-deployer of a system that is a real-time remote biometric
    identification system in publicly accessible spaces for law enforcement (Art. 5(1)(h),
    Annex III 1(a)) and generates intimate imagery without consent as its intended purpose
    (Art. 5(1)(ba), 5(1a)(a)(i)); it places the system on the Union market; its own use of the
    system is in the Union or not."""
    s = system(
        roles=("provider", "deployer"),
        annex_iii=["1a"],
        prohibited={
            "h_realtime_rbi_public_spaces_law_enforcement": True,
            "ba_generates_intimate_imagery_without_consent": True,
            "ba_intended_purpose": True,
        },
        placed_on_market=D(2025, 3, 1),
    )
    return s.model_copy(
        update={
            "exclusions": s.exclusions.model_copy(
                update={
                    "used_in_eu_by_organisation": deployer_in_union,
                    "output_used_in_eu": deployer_in_union,
                }
            ),
            "value_chain": s.value_chain.model_copy(update={"provider_established_in_eu": False}),
        }
    )


def _quote_art5_dates() -> None:
    quote(
        "113",
        "Chapters I and II shall apply from 2 February 2025, with the exception of Article 5(1), "
        "first subparagraph, points (ba) and (bb), and Article 5(1a) and (1b) which shall apply "
        "from 2 December 2026",
        "omnibus_only",
    )
    quote("5", "the use of ‘real-time’ remote biometric identification systems", "original")


def test_a_practice_prohibited_only_by_point_ba_dates_from_december_2026() -> None:
    _quote_art5_dates()
    a = aiact.assess(
        _rbi_and_intimate_imagery(deployer_in_union=False),
        THIRD_COUNTRY_COMPANY,
        "2026-12-05",
        "amended",
    )
    # The rules agree: point (h) is out of this deployer's reach, point (ba) holds.
    assert a.value("art5.h") is True and a.value("scope.deployer_territorial") is False
    assert a.value("art5.ba") is True and a.value("art5.any") is True
    assert a.date("tier.prohibited").value == D(2026, 12, 2)


def test_point_h_within_reach_keeps_february_2025() -> None:
    """Control: where the deployer's own use is in the Union, point (h) prohibits its use, so
    the practice is prohibited from 2 February 2025."""
    a = aiact.assess(
        _rbi_and_intimate_imagery(deployer_in_union=True),
        THIRD_COUNTRY_COMPANY,
        "2026-12-05",
        "amended",
    )
    assert a.value("scope.deployer_territorial") is True
    assert a.date("tier.prohibited").value == D(2025, 2, 2)


_CHATBOT_IMAGES = {"interacts_directly_with_persons": True, "generates_synthetic_image": True}

_ART111_4 = (
    "Providers of AI systems, including general-purpose AI systems, generating synthetic audio, "
    "image, video or text content, that have been placed on the market before 2 August 2026 "
    "shall take the necessary steps in order to comply with Article 50(2) by 2 December 2026"
)


@pytest.mark.parametrize("obligation", ["art4", "art50_1", "art50_2"])
def test_the_published_text_is_not_explained_by_article_111_4(obligation: str) -> None:
    quote("111", _ART111_4, "omnibus_only")
    assert "4. " not in article_text("111")  # the published Art. 111 ends with paragraph 3
    a = aiact.assess(
        system(transparency=_CHATBOT_IMAGES),
        aiact.Organisation(),
        "2026-12-05",
        "original",
    )
    fired = a.explain_date(obligation).fired
    assert fired is not None
    assert "111(4)" not in fired.case.label_en
    assert "111, lid 4" not in fired.case.label_nl


def test_the_amended_text_may_cite_article_111_4() -> None:
    """Control: in the amended version the A21 case and the Art. 111(4) case are right."""
    a = aiact.assess(
        system(
            transparency=_CHATBOT_IMAGES,
            placed_on_market=D(2026, 3, 1),
        ),
        aiact.Organisation(),
        "2026-12-05",
        "amended",
    )
    result = a.date("from.art50_2")
    assert result.value == D(2026, 12, 2) and result.graces == frozenset({"art111_4"})
    fired = a.explain_date("art50_1").fired
    assert fired is not None and "111(4)" in fired.case.label_en
