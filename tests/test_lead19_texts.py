"""Round 19: every question reads on its own, in whatever order the interview asks it.

Review notes (round 18) left questions that said "those"/"die" and relied on being asked after the
question they referred to (``art5_a_effects``, ``art5_b_effects``, ``ai_system.influence``; also
``emotion.basis`` and ``supplies_open_source``). Nothing in the ranking guarantees that order (a
person may answer "don't know" to the question before), so the texts now name what they are about,
in the words of the article they ask.
"""

from __future__ import annotations

import re

import pytest
from lawquote import quote, quote_nl

from aiact.questions import catalogue

_NAMED = {
    # question id: (EN words, NL words, article, the article's EN words, its NL words)
    "art5_a_effects": (
        "subliminal, purposefully manipulative or deceptive techniques",
        "subliminale, doelbewust manipulatieve of misleidende technieken",
        "5",
        "deploys subliminal techniques beyond a person's consciousness or purposefully "
        "manipulative or deceptive techniques",
        "doelbewust manipulatieve of misleidende technieken",
    ),
    "art5_b_effects": (
        "due to their age, disability or a specific social or economic situation",
        "als gevolg van hun leeftijd, handicap of een specifieke sociale of economische "
        "omstandigheid",
        "5",
        "due to their age, disability or a specific social or economic situation",
        "als gevolg van hun leeftijd, handicap of een specifieke sociale of economische "
        "omstandigheid",
    ),
    "ai_system.influence": (
        "the system's results (its predictions, content, recommendations or decisions)",
        "de resultaten van het systeem (zijn voorspellingen, inhoud, aanbevelingen of "
        "beslissingen)",
        "3",
        "predictions, content, recommendations, or decisions that can influence physical or "
        "virtual environments",
        "voorspellingen, inhoud, aanbevelingen of beslissingen",
    ),
    "emotion.basis": (
        "people's emotions or intentions",
        "de emoties of intenties van mensen",
        "3",
        "identifying or inferring emotions or intentions of natural persons",
        "emoties of intenties van natuurlijke personen",
    ),
    "supplies_open_source": (
        "(tools, services, processes or components, such as an AI model)",
        "(instrumenten, diensten, processen of onderdelen, zoals een AI-model)",
        "25",
        "making accessible to the public tools, services, processes, or components, other than "
        "general-purpose AI models, under a free and open-source licence",
        "andere instrumenten, diensten, processen of onderdelen dan AI-modellen voor algemene "
        "doeleinden onder een vrije en opensource licentie toegankelijk maken voor het publiek",
    ),
}


@pytest.mark.parametrize("question_id", sorted(_NAMED))
def test_the_question_names_what_it_is_about(question_id: str) -> None:
    en, nl, article, law_en, law_nl = _NAMED[question_id]
    quote(article, law_en, "both")
    quote_nl(law_nl)
    question = catalogue().get(question_id)
    assert en in question.text("en")
    assert nl in question.text("nl")


def test_no_question_text_refers_back_to_another_question() -> None:
    """No question's text says "those"/"die ..." (or "this material", "that sorting", "that
    country", "since then", "Does it ...": review64's note) about something only an earlier
    question named ("such as those on machinery" refers within its own sentence)."""
    back_en = re.compile(
        r"\bthose\b(?! on machinery)|\b(this material|that sorting|that country|since then)\b"
        r"|^Does it\b|the person's own"
    )
    back_nl = re.compile(
        r"^Over die\b|\bdie (resultaten|gevoelens|kwetsbaarheden|leveringen)\b"
        r"|\b(dit materiaal|dat indelen|dat land|sindsdien)\b|^Deelt het ieder"
    )
    found = [
        q.id
        for q in catalogue().questions
        if back_en.search(q.text("en")) or back_nl.search(q.text("nl"))
    ]
    assert found == []
