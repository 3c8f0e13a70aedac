"""Views of results for people: Markdown, HTML (notebooks), pandas DataFrames, in English or
Dutch (:mod:`aiact.views.i18n`)."""

from __future__ import annotations

from aiact.views.frame import assessment_dataframe, catalogue_dataframe
from aiact.views.html import (
    assessment_html,
    derivation_html,
    obligation_html,
    obligation_result_html,
    obligation_results_html,
)
from aiact.views.i18n import Lang, check_lang
from aiact.views.markdown import assessment_markdown, derivation_markdown

__all__ = [
    "Lang",
    "assessment_dataframe",
    "assessment_html",
    "assessment_markdown",
    "catalogue_dataframe",
    "check_lang",
    "derivation_html",
    "derivation_markdown",
    "obligation_html",
    "obligation_result_html",
    "obligation_results_html",
]
