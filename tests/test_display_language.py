"""The language of the notebook views (``aiact.set_display_language``, round 31).

A notebook calls ``_repr_html_()`` without arguments; before this round every notebook view was
English, so a Dutch analyst saw "Risk category", "in force" and "2027-12-02" beside Dutch legal
text. The display language makes each view equal to its ``to_html(lang)``/``*_html(obj, lang)``
form, is checked like every ``lang``, and changes no legal result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

import aiact
from aiact.graph.plan import plan as build_plan
from aiact.obligations import catalogue
from aiact.views.display import display_language
from aiact.views.html import (
    assessment_html,
    derivation_html,
    obligation_html,
    obligation_result_html,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    """Each test leaves the process's display language as it found it (English)."""
    assert display_language() == "en"
    yield
    aiact.set_display_language("en")


@pytest.fixture(scope="module")
def benefits() -> aiact.Assessment:
    """The bundled municipality's fraud risk scoring: high-risk under Annex III point 5(a)."""
    return aiact.load_case(EXAMPLES / "benefits-fraud-risk-scoring.yaml").assess()


def test_the_default_is_english(benefits: aiact.Assessment) -> None:
    assert aiact.display_language() == "en"
    assert benefits._repr_html_() == assessment_html(benefits, "en")


def test_dutch_for_every_view(benefits: aiact.Assessment) -> None:
    """Every object a notebook shows: the Assessment, one obligation's result, a catalogue
    obligation, a derivation and the compliance plan, each equal to its Dutch view."""
    result = benefits.obligations[0]
    obligation = catalogue().get("art26_1")
    derivation = benefits.why("hr.high_risk")
    plan = build_plan(benefits)
    assert aiact.set_display_language("nl") == "en"
    assert benefits._repr_html_() == assessment_html(benefits, "nl")
    assert result._repr_html_() == obligation_result_html(result, "nl")
    assert obligation._repr_html_() == obligation_html(obligation, "nl")
    assert derivation._repr_html_() == derivation_html(derivation, "nl")
    assert plan._repr_html_() == plan.to_html("nl")
    assert "Risicocategorie" in benefits._repr_html_() or "risico" in benefits._repr_html_()
    assert aiact.set_display_language("en") == "nl"
    assert benefits._repr_html_() == assessment_html(benefits, "en")


def test_the_dutch_view_reads_dutch(benefits: aiact.Assessment) -> None:
    """The English headings of the view are gone in Dutch (the view's own words; legal text
    is declared in both languages)."""
    english = benefits._repr_html_()
    aiact.set_display_language("nl")
    dutch = benefits._repr_html_()
    assert dutch != english
    for heading in ("Risk category", "Obligations", "Comply by"):
        if heading in english:
            assert heading not in dutch, heading


def test_a_with_block_restores_the_language_also_on_error(benefits: aiact.Assessment) -> None:
    aiact.set_display_language("nl")
    with aiact.display_language_as("en") as lang:
        assert lang == "en"
        assert benefits._repr_html_() == assessment_html(benefits, "en")
    assert aiact.display_language() == "nl"
    with pytest.raises(RuntimeError), aiact.display_language_as("en"):
        raise RuntimeError("in the block")
    assert aiact.display_language() == "nl"


@pytest.mark.parametrize("bad", ["de", "NL", "", None, 1, "nl\n"])
def test_an_unknown_language_is_refused_and_changes_nothing(bad: object) -> None:
    with pytest.raises(ValueError, match="lang"):
        aiact.set_display_language(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lang"), aiact.display_language_as(bad):  # type: ignore[arg-type]
        pass
    assert aiact.display_language() == "en"


def test_no_legal_result_depends_on_it(benefits: aiact.Assessment) -> None:
    """The setting is for what a person reads in a notebook: the JSON of an assessment (its
    lang given or not) is byte for byte the same under either display language."""
    case = aiact.load_case(EXAMPLES / "benefits-fraud-risk-scoring.yaml")
    before = (case.assess().to_json(), case.assess().to_json("nl"))
    aiact.set_display_language("nl")
    after = (case.assess().to_json(), case.assess().to_json("nl"))
    assert before == after


def test_the_interview_form_takes_the_display_language() -> None:
    pytest.importorskip("ipywidgets", reason="the notebook form needs the 'notebook' extra")
    from aiact.questions.widget import interview_form

    aiact.set_display_language("nl")
    form = interview_form(as_of=dt.date(2026, 11, 28))
    assert form.lang == "nl"
    assert interview_form(lang="en", as_of=dt.date(2026, 11, 28)).lang == "en"
    with pytest.raises(ValueError, match="lang"):
        interview_form(lang="de", as_of=dt.date(2026, 11, 28))  # type: ignore[arg-type]
