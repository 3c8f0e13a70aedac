"""An :class:`~aiact.errors.InputError` as a reader sees it, in the chosen language.

Each :class:`~aiact.errors.Problem` carries a machine-readable ``kind`` and its ``params``
(pydantic's error type, the limit, the expected values ...). In English the problem's own
message is shown; in another language the message is built from the kind and the parameters
through the message catalogue, so no English sentence reaches a Dutch reader. The field path is
shown as the user wrote it in the file (``system.roles.deployer``): it is the reader's own key.

``render(error, "nl")`` gives the one line the command line prints (``bron: veld: bericht (en
nog 2 problemen)``); ``problem_text`` one problem; ``lines`` every problem on its own line.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from aiact.i18n import N_, Lang, check_lang, nt, t

if TYPE_CHECKING:
    from aiact.errors import Problem

__all__ = ["lines", "problem_text", "render"]

#: A message per pydantic error type (``params["pydantic_type"]``), the most precise wording.
_PYDANTIC: dict[str, str] = {
    "bool_parsing": N_("expected yes or no (true/false), or empty if unknown"),
    "bool_type": N_("expected yes or no (true/false), or empty if unknown"),
    "int_parsing": N_("expected a whole number"),
    "int_type": N_("expected a whole number"),
    "int_from_float": N_("expected a whole number"),
    "float_parsing": N_("expected a number"),
    "float_type": N_("expected a number"),
    "decimal_parsing": N_("expected a number"),
    "decimal_type": N_("expected a number"),
    "date_parsing": N_("expected a date (YYYY-MM-DD)"),
    "date_from_datetime_parsing": N_("expected a date (YYYY-MM-DD)"),
    "date_from_datetime_inexact": N_("expected a date (YYYY-MM-DD)"),
    "date_type": N_("expected a date (YYYY-MM-DD)"),
    "string_type": N_("expected text"),
    "list_type": N_("expected a list"),
    "tuple_type": N_("expected a list"),
    "set_type": N_("expected a list"),
    "dict_type": N_("expected a mapping of fields"),
    "model_type": N_("expected a mapping of fields"),
    "model_attributes_type": N_("expected a mapping of fields"),
    "enum": N_("not one of the allowed values: {expected}"),
    "literal_error": N_("not one of the allowed values: {expected}"),
    "greater_than_equal": N_("must be at least {ge}"),
    "greater_than": N_("must be more than {gt}"),
    "less_than_equal": N_("must be at most {le}"),
    "less_than": N_("must be less than {lt}"),
    "string_too_long": N_("the text is longer than {max_length} characters"),
    "too_long": N_("the list is longer than {max_length} items"),
    "string_too_short": N_("the text is shorter than {min_length} characters"),
    "too_short": N_("the list is shorter than {min_length} items"),
    "missing": N_("a required field is missing"),
    "extra_forbidden": N_("unknown field (see 'aiact schema case' for the fields)"),
}

#: A message per problem kind (:data:`aiact.errors.KINDS`), when no pydantic type is known.
_KINDS: dict[str, str] = {
    "invalid_value": N_("the value is not allowed for this field"),
    "type": N_("the value has the wrong type"),
    "missing": N_("a required field is missing"),
    "unknown_field": N_("unknown field (see 'aiact schema case' for the fields)"),
    "contradiction": N_("the value contradicts another field"),
    "duplicate_key": N_("a key occurs twice in one mapping"),
    "too_large": N_("a size limit is exceeded"),
    "too_deep": N_("the nesting is deeper than the limit"),
    "too_many_aliases": N_("more YAML aliases than the limit"),
    "recursive_alias": N_("a YAML alias refers to the part that contains it"),
    "syntax": N_("the text is not valid JSON, YAML or CSV"),
    "encoding": N_("the bytes are not UTF-8 text"),
    "not_found": N_("the file does not exist"),
    "unreadable": N_("the file cannot be read"),
    "outside": N_("a referenced file lies outside the allowed folder"),
    "not_a_file": N_("a referenced path is not a regular file"),
    "not_allowed": N_("this is not allowed here (a YAML tag, an absolute path ...)"),
    "union_territory_code": N_("the code is of a part of a Member State within the Union"),
    "reserved_country_code": N_("the code is not a country code in use"),
    "unknown_country_code": N_("the code is not an existing country code"),
    "before_first_day": N_("the value cannot be true on the day assessed"),
    "replaced_field": N_("the field was replaced by other fields"),
    "before_in_force": N_("the day is before the AI Act entered into force on 1 August 2024"),
    "internal": N_("an error in aiact itself, not in the input: please report it"),
}

#: A message per problem kind that says what to give, filled from the problem's parameters (a
#: checked two-letter code: :class:`aiact.errors.ValueProblem`); without them, ``_KINDS``.
_WITH_PARAMS: dict[str, str] = {
    "before_in_force": N_(
        "{as_of} is before the AI Act entered into force on 1 August 2024 (Art. 113, first "
        "paragraph): give a later day"
    ),
    "union_territory_code": N_(
        "{code} is the code of a part of Member State {give} that lies within the Union, not "
        "of a third country: give {give}"
    ),
    "reserved_country_code": N_(
        "{code} is not a country code in use: give the code {give} for this country or territory"
    ),
    "unknown_country_code": N_(
        "{code} is not an existing country code: give the two-letter code (ISO 3166-1) of a "
        "Member State or of a third country"
    ),
    "before_first_day": N_(
        "cannot be true on {as_of}: this can exist only from {from} (see {cite})"
    ),
    "replaced_field": N_(
        "the field {field} was replaced, since Art. 5(1a) judges points (ba) and (bb) each by "
        "its own material: give {give} instead"
    ),
}

#: A message per rule of a file row's path (the parameter ``rule`` of
#: :func:`aiact.safe_io.confined_path`'s problems): as specific as the English (review79's remark:
#: the Dutch said only "een genoemd bestand ligt buiten de toegestane map").
_RULES: dict[str, str] = {
    "file_name": N_("not a valid file name"),
    "absolute_path": N_(
        "an absolute path is not allowed: give a path relative to the inventory's folder"
    ),
    "file_entry_keys": N_(
        "a 'file' entry has no other keys (found {keys}): put them in the case file"
    ),
    "outside_folder": N_(
        "the file lies outside the inventory's folder: give a path to a file within that folder"
    ),
}

#: Details added after the kind's message when the parameters give them.
_DETAILS: dict[str, str] = {
    "limit": N_("limit {limit}"),
    "line": N_("line {line}"),
    "column": N_("column {column}"),
    "offset": N_("position {offset}"),
}


#: One value in pydantic's list of the allowed values, or the word "or" between the last two: a
#: Python literal (``'a'``, ``"it's"``, ``1``) as pydantic writes them in ``expected``.
_VALUE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^,\s'\"]+")


def allowed_values(expected: str, lang: Lang) -> str:
    """pydantic's list of the allowed values (``'a', 'b' or 'c'``, joined in English) with the
    last two joined by the word for "or" in ``lang`` (Dutch: ``'a', 'b' of 'c'``). A list that
    does not split into values exactly as pydantic joins them is given as it is."""
    tokens = _VALUE.findall(expected)
    values = tokens[:-2] + tokens[-1:]
    if len(tokens) < 3 or tokens[-2] != "or" or "or" in values:
        return expected
    head = ", ".join(values[:-1])
    if f"{head} or {values[-1]}" != expected:
        return expected
    word = t(N_("or"), lang)
    return f"{head} {word} {values[-1]}"


def _fill(message: str, lang: Lang, params: dict[str, Any]) -> str | None:
    try:
        return t(message, lang, **params)
    except (KeyError, IndexError, ValueError):
        return None


_NUMBER_PARAMS = frozenset({"le", "ge", "lt", "gt", "limit"})
"""The parameters that hold a bound: shown with their digits grouped (review79: "mag ten hoogste
1000000000000000 zijn")."""


def _grouped(value: Any, lang: Lang) -> Any:
    """A whole number of five or more digits with its thousands grouped as ``lang`` writes them
    (1.000.000 in Dutch); any other value as it is."""
    text = str(value)
    if not text.isdigit() or len(text) < 5:
        return value
    grouped = f"{int(text):,}"
    return grouped.replace(",", ".") if lang == "nl" else grouped


def before_in_force(day: dt.date, lang: Lang = "en") -> str:
    """Why ``day`` cannot be assessed, and what to give: it is before the Act entered into force
    on 1 August 2024 (Art. 113, first paragraph; the problem kind ``before_in_force``)."""
    return t(_WITH_PARAMS["before_in_force"], lang, as_of=day.isoformat())


def problem_text(problem: Problem, lang: Lang = "en") -> str:
    """The problem's message in ``lang`` (without source and path)."""
    lang = check_lang(lang)
    if lang == "en":
        return problem.message
    params = {k: v for k, v in problem.params.items() if v is not None}
    for bound in _NUMBER_PARAMS & params.keys():
        params[bound] = _grouped(params[bound], lang)
    text: str | None = None
    pydantic_type = str(params.get("pydantic_type", ""))
    if isinstance(params.get("expected"), str):
        params["expected"] = allowed_values(params["expected"], lang)
    if pydantic_type in _PYDANTIC:
        text = _fill(_PYDANTIC[pydantic_type], lang, params)
    if text is None and problem.kind == "contradiction" and params.get("other"):
        # a cross-field check (aiact.errors.FieldConflict): name the other field(s) too
        text = nt(
            "the value contradicts field {other}",
            "the value contradicts the fields {other}",
            int(params.get("others") or 1),
            lang,
            other=params["other"],
        )
        reason = params.get(f"reason_{lang}")
        if isinstance(reason, str) and reason:
            # the check's reason in lang (FieldConflict.reason), made with the problem
            text = f"{text}: {reason}"
    if problem.kind == "before_first_day" and isinstance(params.get("cite"), str):
        from aiact.views.i18n import cite  # the citations in lang's form (artikel 80, lid 2)

        params["cite"] = "; ".join(
            cite(part.strip(), lang, inline=True) for part in params["cite"].split(";")
        )
    rule = params.get("rule")
    if text is None and isinstance(rule, str) and rule in _RULES:
        text = _fill(_RULES[rule], lang, params)
    if text is None and problem.kind in _WITH_PARAMS:
        text = _fill(_WITH_PARAMS[problem.kind], lang, params)
    if text is None:
        text = t(_KINDS.get(problem.kind, _KINDS["invalid_value"]), lang)
        details = [
            filled
            for key, message in _DETAILS.items()
            if key in params and (filled := _fill(message, lang, params)) is not None
        ]
        if details:
            text = f"{text} ({', '.join(details)})"
    where = params.get("file")
    if isinstance(where, str) and where:
        # A problem inside a case file a ``file:`` row names (review79 D2: the English says
        # "in <file>: ...", the other languages did not name the file).
        text = t("in {file}: {message}", lang, file=where, message=text)
    return text


def _where(path: str, lang: Lang) -> str:
    return t("field {path}", lang, path=path) if path else ""


def lines(error: BaseException, lang: Lang = "en") -> list[str]:
    """Every problem of ``error`` on its own line: ``field: message``."""
    from aiact.errors import problems_of

    out = []
    for problem in problems_of(error):
        where = _where(problem.path, lang)
        text = problem_text(problem, lang)
        out.append(f"{where}: {text}" if where else text)
    return out


def render(error: BaseException, lang: Lang = "en") -> str:
    """One line for ``error`` (an :class:`~aiact.errors.InputError` or a pydantic error) in
    ``lang``: ``source: field: message (and N more problems)``. English gives ``str(error)``."""
    from aiact.errors import InputError, problems_of

    lang = check_lang(lang)
    if lang == "en" and isinstance(error, InputError):
        return str(error)
    problems = problems_of(error)
    first = problems[0]
    source = getattr(error, "source", None)
    where = _where(first.path, lang)
    text = problem_text(first, lang)
    out = f"{source}: " if source else ""
    out += f"{where}: {text}" if where else text
    extra = len(problems) - 1
    if extra:
        out += " " + nt("(and {n} more problem)", "(and {n} more problems)", extra, lang)
    return out
