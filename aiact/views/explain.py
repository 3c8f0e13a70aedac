"""A derivation as a reader sees it: lines of words and citations, no internal names.

English views print the names of conclusions and facts (``hr.high_risk = yes``), which developers
search for; in Dutch every line is words: a conclusion is shown by the rule that decides it
(``ja  Artikel 6, lid 2: Een AI-systeem met een hoog risico``), an input fact by its Dutch label
(``ja  In aanmerking komen voor essentiële overheidsuitkeringen en -diensten (door of namens
overheidsinstanties) (invoerfeit)``). A conclusion decided by a single rule is shown as that
rule's line, so no line says the same thing twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiact.i18n import Lang, fmt, pt, t
from aiact.logic import Truth
from aiact.views.i18n import cite
from aiact.views.labels import fact_label

if TYPE_CHECKING:
    from aiact.derivation import Derivation, RuleStep
    from aiact.engine.dates import DateDerivation


@dataclass(frozen=True)
class Line:
    """One line of an explanation and the lines under it."""

    value: Truth
    text: str
    source: str | None = None
    """The raw citation of the rule (for EUR-Lex links); ``None`` for a fact or a heading."""
    citation: str | None = None
    """The citation as printed in the language."""
    reading: str | None = None
    """The interpretation (``A7``) the rule follows, if any."""
    is_input: bool = False
    children: tuple[Line, ...] = ()
    more: bool = False
    """The tree goes deeper than was shown."""


def conclusion_label(name: str, lang: Lang) -> str:
    """A conclusion or fact by name, as words: an obligation by its title, a fact by its label."""
    if name.startswith("obligation."):
        from aiact.obligations.catalogue import catalogue

        try:
            o = catalogue().get(name.removeprefix("obligation."))
        except KeyError:
            return fact_label(name, lang)
        return f"{cite(o.source, lang)}: {o.title_nl if lang == 'nl' else o.title_en}"
    return fact_label(name, lang)


_ANSWERED = "answered."


def _not_given(fact: str, lang: Lang) -> Line:
    """A guard ``answered.<fact>`` that is false, shown as what it says: the fact is not given
    (unknown). Shown as "no" beside the label "Given: whether ..." it read as if the fact were
    denied (review31, the guard of territory.placed_or_used_in_union)."""
    label = conclusion_label(fact, lang).rstrip(".")
    return Line(None, t("{label} (not given)", lang, label=label), is_input=True)


def _step(step: RuleStep, lang: Lang, depth: int, max_depth: int, full: bool) -> Line:
    rule = step.rule
    premises = step.premises if full else [p for p in step.premises if p.name in step.because]
    children = []
    shown = {p.name for p in premises}
    unanswered = {
        p.name.removeprefix(_ANSWERED)
        for p in premises
        if p.name.startswith(_ANSWERED) and p.value is False and p.derivation is None
    }
    for premise in premises:
        if premise.derivation is not None:
            children.append(_node(premise.derivation, lang, depth + 1, max_depth, full))
        elif premise.name.startswith(_ANSWERED) and premise.value is False:
            fact = premise.name.removeprefix(_ANSWERED)
            if fact not in shown:  # else shown once, on the fact's own line
                children.append(_not_given(fact, lang))
        elif premise.name in unanswered and premise.derivation is None:
            children.append(_not_given(premise.name, lang))
        else:
            children.append(
                Line(premise.value, conclusion_label(premise.name, lang), is_input=True)
            )
    return Line(
        step.value,
        rule.title_nl if lang == "nl" else rule.title_en,
        source=rule.source,
        citation=cite(rule.source, lang),
        reading=rule.interpretation,
        children=tuple(children),
    )


def _node(d: Derivation, lang: Lang, depth: int, max_depth: int, full: bool) -> Line:
    if d.is_input:
        return Line(
            d.value,
            t("{label} (input fact)", lang, label=conclusion_label(d.conclusion, lang)),
            is_input=True,
        )
    if depth >= max_depth:
        return Line(d.value, conclusion_label(d.conclusion, lang), more=True)
    if not d.steps:
        label = conclusion_label(d.conclusion, lang)
        return Line(d.value, t("{label} (no rule concludes it)", lang, label=label))
    if len(d.steps) == 1:
        return _step(d.steps[0], lang, depth, max_depth, full)
    label = {
        True: t("at least one of these rules holds", lang),
        False: t("none of these rules holds", lang),
        None: t("unknown facts decide these rules", lang),
    }[d.value]
    return Line(
        d.value,
        label,
        children=tuple(_step(s, lang, depth + 1, max_depth, full) for s in d.steps),
    )


def outline(d: Derivation, lang: Lang, max_depth: int = 12, full: bool = False) -> Line:
    """The derivation as lines of words (by default only the premises that decided each rule)."""
    return _node(d, lang, 0, max_depth, full)


def text_lines(d: Derivation, lang: Lang, max_depth: int = 60, full: bool = False) -> list[str]:
    """The derivation as indented plain text lines."""
    from aiact.views.i18n import truth

    out: list[str] = []

    def walk(line: Line, depth: int) -> None:
        pad = "  " * depth
        head = f"{line.citation}: " if line.citation else ""
        reading = f" [{line.reading}]" if line.reading else ""
        out.append(f"{pad}{truth(line.value, lang)}  {head}{line.text}{reading}")
        if line.more:
            out.append(f"{pad}  ...")
        for child in line.children:
            walk(child, depth + 1)

    walk(outline(d, lang, max_depth, full), 0)
    return out


# --------------------------------------------------------------------------- date derivations

_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_CITATION_IN_TEXT = re.compile(r"\((Artikel|Bijlage) ")


def _date_words(text: str, lang: Lang) -> str:
    """A value the date engine describes (``2030-08-02, de laatste van 2027-12-02 (Artikel 113
    ...)``) as ``lang`` writes it: every date in the format of the language, citations inside a
    sentence in lower case (``artikel 113``)."""
    out = _ISO_DATE.sub(lambda m: fmt.date(m.group(1), lang), text)
    if lang == "nl":
        out = _CITATION_IN_TEXT.sub(lambda m: f"({m.group(1).lower()} ", out)
    return out


def _date_value(value: object, lang: Lang) -> str:
    import datetime as dt

    from aiact.daterules import NEVER

    if isinstance(value, dt.date):
        return fmt.date(value, lang)
    if value is NEVER:
        return t("not applicable", lang)
    return pt("truth", "undetermined", lang)


def date_text_lines(d: DateDerivation, lang: Lang, full: bool = False, depth: int = 0) -> list[str]:
    """A date derivation (``aiact explain-date``) as indented lines of words: the date and what
    it is the date of, then the cases of Arts. 111 and 113 tried in order -- each with its
    citation, whether it holds, the date it gives and (for the case that holds, or every case
    with ``full``) the derivation of its condition in words (:func:`outline`). No internal names;
    dates in the format of ``lang``."""
    from aiact.views.i18n import truth

    pad = "  " * depth
    result = d.result
    title = d.title_nl if lang == "nl" else d.title_en
    if result.determined:
        value = _date_value(result.value, lang)
        head = (
            t("{title}: not applicable", lang, title=title)
            if result.never
            else t("{title}: from {date}", lang, title=title, date=value)
        )
    else:
        possible = ", ".join(_date_value(v, lang) for v in sorted(result.values, key=_sort_key))
        head = t("{title}: undetermined (possibly {dates})", lang, title=title, dates=possible)
    out = [f"{pad}{head}"]
    for step in d.steps:
        case = step.case
        label = case.label_nl if lang == "nl" else case.label_en
        out.append(f"{pad}  {truth(step.truth, lang)}  {cite(case.source, lang)}: {label}")
        if step.truth is False and not full:
            continue
        shown = step.value_nl if lang == "nl" else step.value_en
        out.append(f"{pad}      → {_date_words(shown, lang)}")
        if step.condition is not None:
            lines = text_lines(step.condition, lang, full=full)
            out.extend(f"{pad}      {line}" for line in lines)
        for ref in step.refs:
            out.extend(date_text_lines(ref, lang, full, depth + 3))
    if result.none_possible and not result.determined:
        none_holds = t("(no case certainly holds: possibly not applicable)", lang)
        out.append(f"{pad}  {none_holds}")
    return out


def _sort_key(value: object) -> tuple[int, str]:
    import datetime as dt

    from aiact.daterules import NEVER

    if isinstance(value, dt.date):
        return (0, value.isoformat())
    return (1 if value is NEVER else 2, "")


_MARK = re.compile(
    r"^(\s*)((?:\[\d+\]\s+)?(?:ja|nee|onbekend|yes|no|unknown|undetermined|true|false|None"
    r"|→|->):?\s+)?"
)


def wrap_lines(lines: list[str], width: int) -> list[str]:
    """Indented lines fitted to ``width`` columns: a long line continues under its own text
    (after its indentation and its ``ja``/``nee`` mark), broken only between words -- a date,
    an amount or a citation is never split. A word longer than the room left stays whole."""
    from aiact.views.layout import wrap

    out: list[str] = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        match = _MARK.match(line)
        lead = len(match.group(0)) if match else 0
        hang = " " * min(lead, max(0, width // 2))
        out.extend(wrap(line, width, hang))
    return out
