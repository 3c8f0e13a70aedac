"""The interview as a notebook form (ipywidgets; ``pip install 'aiact[notebook]'``)::

    from aiact.questions.widget import interview_form
    form = interview_form(lang="nl", as_of="2026-11-28")
    form            # shows the form; form.interview is the current Interview

One question at a time, with its help text: choices as radio buttons or check boxes, a date or a
number in a text box; "don't know" and "back" always there. When the interview is done the form
shows the assessment and the case file.
"""

from __future__ import annotations

from typing import Any

from aiact.i18n import check_lang
from aiact.interview import Interview
from aiact.questions import SUBJECT_QUESTION
from aiact.questions.model import Lang, QuestionError

_LABELS = {
    "next": ("Next", "Volgende"),
    "dont_know": ("Don't know", "Weet ik niet"),
    "back": ("Back", "Terug"),
    "done": ("Done.", "Klaar."),
    "case": ("Case file", "Casusbestand"),
}


def _label(key: str, lang: Lang) -> str:
    en, nl = _LABELS[key]
    return nl if lang == "nl" else en


class InterviewForm:
    """The widget and the interview it holds (``form.widget``, ``form.interview``)."""

    def __init__(self, interview: Interview, lang: Lang = "en") -> None:
        import ipywidgets as w

        self.w = w
        self.lang: Lang = check_lang(lang)
        self.interview = interview
        self.title = w.HTML()
        self.help = w.HTML()
        self.answer_box = w.VBox()
        self.message = w.HTML()
        self.next_button = w.Button(description=_label("next", lang), button_style="primary")
        self.dont_know_button = w.Button(description=_label("dont_know", lang))
        self.back_button = w.Button(description=_label("back", lang))
        self.next_button.on_click(lambda _: self.submit(self.read()))
        self.dont_know_button.on_click(lambda _: self.submit(None))
        self.back_button.on_click(lambda _: self.back())
        self.result = w.HTML()
        self.widget = w.VBox(
            [
                self.title,
                self.help,
                self.answer_box,
                w.HBox([self.back_button, self.dont_know_button, self.next_button]),
                self.message,
                self.result,
            ]
        )
        self.render()

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    # ----------------------------------------------------------------- state

    def render(self) -> None:
        from html import escape

        w = self.w
        question = self.interview.current
        self.message.value = ""
        if question is None:
            self.title.value = f"<b>{escape(_label('done', self.lang))}</b>"
            self.help.value = ""
            self.answer_box.children = ()
            self.next_button.disabled = self.dont_know_button.disabled = True
            if self.interview.kind is not None:
                case = escape(self.interview.case_yaml())
                self.result.value = (
                    self.interview.assessment.to_html(self.lang)
                    + f"<h4>{escape(_label('case', self.lang))}</h4><pre>{case}</pre>"
                )
            return
        self.next_button.disabled = False
        # the first question offers no "don't know": its second answer is the person's "not
        # known yet" (unknown_system), as on the web page and in the terminal
        self.dont_know_button.disabled = question.id == SUBJECT_QUESTION.id
        self.result.value = ""
        number = len(self.interview.steps) + 1
        self.title.value = f"<b>{number}. {escape(question.text(self.lang))}</b>"
        self.help.value = f"<i>{escape(question.help(self.lang))}</i>"
        options = self.interview.options(question)
        self._options = options
        if question.kind in ("yes_no", "one_of"):
            self.control: Any = w.RadioButtons(
                options=[(o.text(self.lang), o.id) for o in options], value=None
            )
            self.answer_box.children = (self.control,)
        elif question.kind == "several_of":
            self.control = [
                w.Checkbox(description=o.text(self.lang), indent=False) for o in options
            ]
            self.answer_box.children = tuple(self.control)
        else:
            self.control = w.Text(placeholder="YYYY-MM-DD" if question.kind == "date" else "0")
            self.answer_box.children = (self.control,)

    def read(self) -> Any:
        question = self.interview.current
        if question is None:
            return None
        if question.kind == "several_of":
            return [o.id for o, box in zip(self._options, self.control, strict=True) if box.value]
        value = self.control.value
        return value if value not in ("", None) else None

    def submit(self, answer: Any) -> None:
        try:
            self.interview = self.interview.answer(answer)
        except (QuestionError, ValueError) as error:
            from html import escape

            why = error.text(self.lang) if isinstance(error, QuestionError) else str(error)
            self.message.value = f"<span style='color:#a00'>{escape(why)}</span>"
            return
        self.render()

    def back(self) -> None:
        self.interview = self.interview.back()
        self.render()


def interview_form(
    interview: Interview | None = None, lang: Lang | None = None, **start: Any
) -> InterviewForm:
    """A notebook form for ``interview`` (or a new one: ``start`` goes to
    :meth:`Interview.start`), in ``lang``, or in the display language of the notebook views
    (:func:`aiact.set_display_language`) where ``lang`` is not given."""
    from aiact.views.display import display_language

    return InterviewForm(
        interview or Interview.start(**start), display_language() if lang is None else lang
    )
