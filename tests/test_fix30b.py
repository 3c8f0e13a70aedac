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


def test_plan_html_is_dutch_in_dutch() -> None:
    """The notebook view of a compliance plan (``CompliancePlan.to_html``) was English whatever
    the language (headers, statuses, ISO dates, the external steps' titles). In Dutch it now
    uses the Dutch labels, citations ("Artikel 26, lid 1"), statuses and dates, as ``aiact plan
    --lang nl`` does; in English the English ones. Art. 26(1): "Deployers of high-risk AI
    systems shall take appropriate technical and organisational measures to ensure they use
    such systems in accordance with the instructions for use"."""
    import html
    import re
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs"))
    import make_images

    from aiact.graph import plan as compliance_plan

    quote("26", "ensure they use such systems in accordance with the instructions for use")
    plan = compliance_plan(make_images.public_deployer())
    dutch = plan.to_html("nl")
    words = html.unescape(re.sub(r"<img[^>]*>|<[^>]+>", " ", dutch))
    for english in (
        "citation",
        "obligation",
        "applies from",
        "waits for",
        "upcoming",
        "Critical path",
        "needed for",
        "External dependencies",
    ):
        assert english not in words, english
    for dutch_word in (
        "Nalevingsplan",
        "Verplichting",
        "Geldt vanaf",
        "Wacht op",
        "Artikel 26, lid 1",
        "geldt vanaf een latere datum",
        "Kritiek pad",
    ):
        assert dutch_word in words, dutch_word
    assert re.search(r"\b2 dec\. 2027\b|\b2 dec 2027\b", words)
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", words)
    english = plan.to_html("en")
    assert "Compliance plan" in english and "Art. 26(1)" in english
    assert plan._repr_html_() == english
