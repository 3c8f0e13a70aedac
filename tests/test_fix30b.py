"""Round 30: the help of the question on the timing of a remote biometric identification says
what to answer for a system that identifies both in real time and afterwards (noticed in round
29 by rev29a: the question allows one answer, and the help was silent)."""

from __future__ import annotations

from aiact.questions import catalogue
from aiact.questions.model import Question
from tests.lawquote import quote, quote_nl


def _timing() -> Question:
    by_id = {q.id: q for q in catalogue().questions}
    return by_id["identification.timing"]


def test_timing_help_says_what_to_answer_for_both() -> None:
    """Art. 3(43): "'post-remote biometric identification system' means a remote biometric
    identification system other than a real-time remote biometric identification system". A
    system that can identify in real time is therefore not a post-remote one, whatever else it
    does: the help says to choose real time, in English and in the official Dutch term."""
    quote(
        "3",
        "a remote biometric identification system other than a real-time remote "
        "biometric identification system",
    )
    quote_nl("systeem voor biometrische identificatie op afstand achteraf")
    question = _timing()
    help_en = question.help("en")
    help_nl = question.help("nl")
    assert "If the system can do both, choose real time" in help_en
    assert "Art. 3(43)" in help_en
    assert "Kan het systeem allebei, kies dan in real time" in help_nl
    assert "systeem voor biometrische identificatie op afstand achteraf" in help_nl
    assert "artikel 3, punt 43" in help_nl
