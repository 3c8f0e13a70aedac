"""review67 (round 19): second reading of the lead's f0b4c46 (seven question texts that name what
they ask about), 3c2a2d5 (the importer/provider refusal as one sentence) and 05ff57a (the
terminal's "Not possible:" / "Niet mogelijk:").

Defects (strict xfail until fixed):

* D1 (Art. 5(1)(ba), Art. 5(1b); art5_ba_manipulation_only): the question now opens with a
  condition, "Where the system edits existing intimate images, videos or audio of a person: does
  it only edit them without showing more ...?" / "Als het systeem bestaande intieme beelden ...
  bewerkt: doet het dat alleen zonder ...?". The condition confines the question to the
  system's editing, so a system that also (or only) generates new intimate material of a person
  answers "yes" for its harmless edits, and the yes sets
  prohibited.ba_only_manipulation_not_increasing_exposure, which clears art5.ba_content whole
  (aiact/rules/prohibited.py: "... and not
  prohibited.ba_only_manipulation_not_increasing_exposure").
  Art. 5(1b) takes only such manipulation out of "manipulation"; the generation of new material
  stays prohibited. The fact means "only manipulates material ..." (aiact/facts.py); the text of
  512b0a4 asked that ("Does the system only edit existing material, ...").
"""

from __future__ import annotations

import datetime as dt

from lawquote import quote

from aiact.interview import Interview
from aiact.questions import catalogue

AS_OF = dt.date(2026, 12, 6)


def _ba_answered_yes() -> Interview:
    """A system that makes new intimate images without consent (the option "ba" reads "It makes
    or changes ..."), whose few edits of existing images show no more: it answers yes."""
    interview = Interview.start(AS_OF, "full").answer("ai_system")
    for _ in range(40):
        question = interview.current
        assert question is not None
        if question.id == "art5_ba_manipulation_only":
            return interview.answer("yes")
        if question.id == "prohibited_practices":
            interview = interview.answer(["ba"])
        elif question.id == "roles":
            interview = interview.answer(["provider"])
        else:
            interview = interview.answer(None)
    raise AssertionError("art5_ba_manipulation_only not asked")


def test_the_yes_clears_point_ba_whole() -> None:
    """The consequence that makes the wording matter (passes: the rule is right for its fact)."""
    quote(
        "5",
        "an AI system that manipulates material in a way that does not increase the exposure of "
        "any depicted intimate parts or alter the nature of any depicted sexually explicit "
        "activities shall not constitute manipulation",
        "omnibus_only",
    )
    facts = _ba_answered_yes().facts
    assert facts["prohibited.ba_only_manipulation_not_increasing_exposure"] is True


def test_d1_the_question_asks_that_the_system_only_edits() -> None:
    quote(
        "5",
        "generates or manipulates realistic images, videos, audio or similar material of an "
        "identifiable natural person",
        "omnibus_only",
    )
    question = catalogue().get("art5_ba_manipulation_only")
    en, nl = question.text_en, question.text_nl
    # no condition that leaves the making of new material out of the question
    assert not en.startswith("Where"), en
    assert not nl.startswith("Als"), nl
    # the question says the system makes no new material (the fact: "Only manipulates")
    assert "new" in en.lower(), en
    assert "nieuw" in nl.lower(), nl
