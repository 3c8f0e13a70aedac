"""review58 (round 17): second reading of fix17a (38f263c, 8cb547b): the Art. 50 follow-ups
(the Art. 50(3) permission a yes/no question of its own, the safeguards yes/no, "only to
prosecute" a fact of its own) and the Art. 2(8) settlement of an unknown research fact.

Defects (strict xfails until the lead's fixes in round 17: the Art. 50(1) safeguards and the
Art. 50(3) permission are options of the exceptions question again, so nothing asks the
permission after its answer (D1); two chosen options that set one fact to different values are
refused, ``Question.sets``, D2):

* D1 (Art. 50(3), Art. 50(1)): after "It is authorised by law to detect, prevent or
  investigate criminal offences" and a "no" to the Art. 50(3) permission, a system that
  interacts with persons (no emotion recognition) is asked the Art. 50(3) permission again by
  :func:`aiact.questions.next_question` (every goal, both versions): its "yes" sets the
  safeguards too, which are still open, so the question stays relevant although its own fact
  is answered. A fact an earlier answer settled is asked again (and a "yes" would overwrite the
  "no").
* D2 (Art. 50(1)-(4)): the several-of answer that ticks both "authorised to detect, prevent or
  investigate" and "only to prosecute (not to detect, prevent or investigate)" is accepted, and
  the order of the two ids decides whether the Art. 50(3) path stays open: the same answer gives
  opposite facts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import COMPANY, system

import aiact.questions as questions
from aiact.questions.catalogue import catalogue
from aiact.questions.model import QuestionError

DAY = dt.date(2027, 1, 5)
PERMISSION_FACT = "transparency.permitted_by_law_detect_prevent_investigate"
DETECT = "transparency.authorised_by_law_detect_prevent_investigate"


def _chatbot_authorised() -> dict[str, Any]:
    """A system that interacts directly with persons (no emotion recognition), authorised by
    law to detect, prevent or investigate criminal offences, safeguards unknown."""
    transparency: dict[str, Any] = {
        "interacts_directly_with_persons": True,
        "authorised_by_law_criminal_offences": None,
        "art50_1_safeguards_third_parties": None,
        "permitted_by_law_detect_prevent_investigate": None,
        "available_to_public_to_report_offences": False,
        "emotion_recognition": False,
    }
    data = system(transparency=transparency).model_dump(mode="json")
    sets = dict(catalogue().get("transparency_exceptions").sets(["law_enforcement"]))
    for path, value in sets.items():
        group, name = path.split(".")
        data[group] = {**data[group], name: value}
    return {"system": data, "organisation": COMPANY.model_dump(mode="json")}


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("goal", ["tier", "full"])
def test_d1_the_permission_is_not_asked_again_after_its_no(law: str, goal: str) -> None:
    """Art. 50(3): "permitted by law to detect, prevent or investigate criminal offences,
    subject to appropriate safeguards for the rights and freedoms of third parties, and in
    accordance with Union law"; a "no" to that question answers it: the next question is the
    Art. 50(1) safeguards (or another), never the permission again."""
    quote(
        "50",
        "permitted by law to detect, prevent or investigate criminal offences, subject to "
        "appropriate safeguards for the rights and freedoms of third parties, and in accordance "
        "with Union law",
        "both",
    )
    quote_nl("met inachtneming van passende waarborgen voor de rechten en vrijheden van derden")
    case = _chatbot_authorised()  # the answer "law_enforcement" alone: the permission not ticked
    assert case["system"]["transparency"]["permitted_by_law_detect_prevent_investigate"] is False
    found = questions.next_question(case, DAY, goal, law=law)
    assert found is None or not any(PERMISSION_FACT in option.sets for option in found.options), (
        found.id
    )


def test_d2_detect_and_only_prosecute_together_do_not_depend_on_the_order() -> None:
    """Art. 50(1), (2), (4) "detect, prevent, investigate or prosecute"; Art. 50(3) "detect,
    prevent or investigate": the options "authorised ... to detect, prevent or investigate" and
    "only to prosecute (not to detect, prevent or investigate)" contradict each other. Ticked
    together they are refused (a QuestionError), or at least the answer, a set of options, gives
    the same facts whatever the order of its ids."""
    quote("50", "authorised by law to detect, prevent, investigate or prosecute criminal offences")
    quote("50", "permitted by law to detect, prevent or investigate criminal offences", "both")
    q = catalogue().get("transparency_exceptions")
    outcomes = []
    for answer in (
        ["law_enforcement", "law_enforcement_prosecution_only"],
        ["law_enforcement_prosecution_only", "law_enforcement"],
    ):
        try:
            outcomes.append(("facts", q.sets(answer).get(DETECT)))
        except QuestionError:
            outcomes.append(("refused", None))
    assert outcomes[0] == outcomes[1] == ("refused", None)
