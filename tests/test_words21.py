"""words21: a refusal whose reason opens with the value of the fact it is about ("true, but
..."), where the words naming that fact say the value themselves (round 20's note: ``u
antwoordde "Ja" op de vraag "...": waar, maar ...``). The words stand in place of "true"."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from aiact.errors import after_truth
from aiact.interview import Interview
from aiact.questions.catalogue import catalogue
from aiact.questions.model import QuestionError

AS_OF = dt.date(2026, 12, 3)


def _refusal(interview: Interview, answer: object, question: str) -> QuestionError:
    with pytest.raises(QuestionError) as caught:
        interview.answer(answer, question=question)
    return caught.value


def _system() -> Interview:
    return Interview.start(AS_OF, "full").answer("ai_system").answer(None)


def _short(question: str, lang: str, n: int = 6) -> str:
    return " ".join(catalogue().get(question).text(lang).split()[:n])  # type: ignore[arg-type]


NO_TRUTH = {"en": r"\": (true|false), ", "nl": r"\": (waar|onwaar), "}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", 'you answered "Yes" to the question "{q}'),
        ("nl", 'u antwoordde "Ja" op de vraag "{q}'),
    ],
)
def test_another_answer_about_the_fact_says_its_value(lang: str, expected: str) -> None:
    """Annex III, point 5(b): "only financial fraud: yes", then "financial fraud: no". The
    reason is about the first answer's fact; its words say "Yes", so no "true" follows them."""
    interview = _system().answer("yes", question="annex_iii_fraud_detection_only")
    text = _refusal(interview, "no", "annex_iii_fraud_detection").text(lang)  # type: ignore[arg-type]
    words = expected.format(q=_short("annex_iii_fraud_detection_only", lang))
    assert words in text, text
    after = text.split(words, 1)[1]
    assert re.match(r'[^"]*", (but|maar) ', after), after
    assert not re.search(NO_TRUTH[lang], text), text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", 'you answer "Yes" to this question, but you answered "No" to the question "'),
        ("nl", 'u antwoordt "Ja" op deze vraag, maar u antwoordde "Nee" op de vraag "'),
    ],
)
def test_the_refused_reply_says_its_own_value(lang: str, expected: str) -> None:
    """The reason is about the refused answer's own fact: its reply stands first, in place of
    the "true" that followed the question before."""
    interview = _system().answer("no", question="annex_iii_fraud_detection")
    text = _refusal(interview, "yes", "annex_iii_fraud_detection_only").text(lang)  # type: ignore[arg-type]
    assert expected in text, text
    assert not re.search(NO_TRUTH[lang], text), text


def test_the_developer_reason_is_unchanged() -> None:
    """The library's own error (a case file, not the interview) still says the value."""
    interview = _system().answer("no", question="annex_iii_fraud_detection")
    error = _refusal(interview, "yes", "annex_iii_fraud_detection_only")
    assert "financial_fraud_detection_only: true, but" in str(error.cause)


@pytest.mark.parametrize(
    ("reason", "lang", "rest"),
    [
        ("true, but x is false", "en", ", but x is false"),
        ("false, but x", "en", ", but x"),
        ("waar, maar x", "nl", ", maar x"),
        ("onwaar, maar x", "nl", ", maar x"),
        ("x is true, but", "en", None),
        ("trueish, but", "en", None),
        ("waar maar", "nl", None),
    ],
)
def test_after_truth(reason: str, lang: str, rest: str | None) -> None:
    assert after_truth(reason, lang) == rest
