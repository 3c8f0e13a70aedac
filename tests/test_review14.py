"""Review 14 (round 11): the first day of an Art. 80(2) finding (legal11, legal11b, legal11c) and
audit11a's fixes D1, D2, D4, judged against the text of Regulation (EU) 2024/1689 (EN, NL) and
2026/1744.

``test_the_interview_offers_no_finding_before_its_first_day`` is the defect left (strict xfail):
on a day before the first day of a finding (amended Art. 113, third paragraph, point (c)(i):
2 December 2027) the interview still shows the option "A market surveillance authority found that
it is high-risk ... (Art. 80(2))", and choosing it raises a QuestionError. An option that can only
be refused should not be offered (or should say from when it can be chosen). The guard test pins
what works: from the first day on the option is offered and accepted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from lawquote import quote
from timecases import COMPANY, system

from aiact.interview import Interview

D = dt.date
FINDING_OPTION = "msa_found_high_risk"


def _interview(day: dt.date) -> Interview:
    """A provider-derogated Annex III point 4(a) system (Art. 6(3)), the finding unknown."""
    data: dict[str, Any] = system(
        roles=("provider",), annex_iii=["4a"], derogated=True, placed_on_market=D(2026, 3, 1)
    ).model_dump(mode="json")
    data["authority_actions"] = {"msa_found_derogated_system_high_risk": None}
    case = {"system": data, "organisation": COMPANY.model_dump(mode="json")}
    return Interview.start(day, "full", case=case)


def _quotes() -> None:
    quote("80", "finds that the AI system concerned is high-risk")
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "amended",
    )


def test_from_the_first_day_the_interview_offers_and_accepts_the_finding() -> None:
    """Art. 80(2) with amended Art. 113, third paragraph, point (c)(i): from 2 December 2027 a
    finding can exist; the option is shown and accepted."""
    _quotes()
    interview = _interview(D(2027, 12, 2))
    question = interview.current
    assert question is not None and question.id == "authority_actions"
    assert FINDING_OPTION in {o.id for o in interview.options(question)}
    interview.answer([FINDING_OPTION])  # no QuestionError


def test_the_interview_offers_no_finding_before_its_first_day() -> None:
    """Amended text, 1 September 2026: Art. 80 applies (Art. 113, second paragraph) but no
    finding under Art. 80(2) can exist before 2 December 2027 (ADR 0032, legal11c), and aiact
    refuses one given as true. The question authority_actions is still asked (its other options,
    Art. 79 and Art. 75 quater, can matter), so it must not offer the finding."""
    _quotes()
    interview = _interview(D(2026, 9, 1))
    question = interview.current
    assert question is not None and question.id == "authority_actions"
    assert FINDING_OPTION not in {o.id for o in interview.options(question)}
