"""``POST /v1/portfolios``: a bounded inventory in, the portfolio's rows out.

The body is an inventory as the library reads one (``cases`` and optional ``defaults``), but
only inline cases: an entry ``{file: ...}`` names a file on the server and is refused (it is not
a field of a case). Every case is validated first and every invalid field of every case is
reported at once (``cases[3].system.roles``); then the cases are assessed with
:func:`aiact.portfolio.run_portfolio`, the time budget checked after each one. The body is JSON or
YAML (an inventory in YAML may share an organisation through anchors and merge keys), parsed and
bounded by the library (:mod:`aiact.safe_io`); the defaults are merged as the library merges them
(:func:`aiact.portfolio.merge_defaults`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from aiact.errors import InputError
from aiact.i18n import Lang, t
from aiact.portfolio import DEFAULT_KEYS
from aiact.service.inputs import (
    Syntax,
    assess_case,
    case_from_data,
    check_as_of,
    check_document,
    input_problem,
    parse_body,
)
from aiact.service.limits import Budget, Limits
from aiact.service.problems import InvalidParam, Problem, invalid, invalid_param
from aiact.service.resources import dumps

TOP_KEYS = frozenset({"cases", "defaults", "name", "description"})


def _structure(data: Any, limits: Limits, lang: Lang) -> tuple[list[Any], Mapping[str, Any]]:
    if not isinstance(data, Mapping):
        raise invalid_param(
            "body", "type", t("an inventory is an object with a list of cases", lang), lang
        )
    params = [
        InvalidParam(key, "unknown_field", t("use cases and defaults", lang))
        for key in sorted(map(str, set(data) - TOP_KEYS))
    ]
    cases = data.get("cases")
    if not isinstance(cases, list):
        params.append(InvalidParam("cases", "missing", t("a list of cases is needed", lang)))
    elif len(cases) > limits.max_portfolio_cases:
        params.append(
            InvalidParam(
                "cases",
                "too_large",
                t("more than {limit} cases", lang, limit=limits.max_portfolio_cases),
            )
        )
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, Mapping):
        params.append(InvalidParam("defaults", "type", t("must be an object", lang)))
    else:
        params += [
            InvalidParam(f"defaults.{key}", "unknown_field", t("not a default", lang))
            for key in sorted(map(str, set(defaults) - DEFAULT_KEYS))
        ]
    if not params and defaults:
        # The defaults as they stand, so that an invalid one is named even when no case uses it
        # (an empty list, or the query's asOf before every case's date).
        try:
            case_from_data({**defaults, "system": {}}, lang, prefix="defaults")
        except Problem as problem:
            params.extend(problem.invalid)
    if params:
        raise invalid(params, lang)
    assert isinstance(cases, list) and isinstance(defaults, Mapping)
    return cases, defaults


def run(
    body: bytes,
    syntax: Syntax,
    limits: Limits,
    budget: Budget,
    lang: Lang,
    as_of: dt.date | None,
    csv: bool,
    dialect: str,
) -> bytes:
    """The portfolio of ``body``: JSON (``PortfolioResult.to_json``) or the CSV rows."""
    from aiact.portfolio import merge_defaults, run_portfolio

    data = parse_body(body, syntax, limits.inventory(), lang)
    cases, defaults = _structure(data, limits, lang)
    one = limits.document()
    params: list[InvalidParam] = []
    valid = []
    for index, item in enumerate(cases):
        where = f"cases[{index}]"
        try:
            check_document(item, one, lang, where)
            mapping = merge_defaults(defaults, item) if isinstance(item, Mapping) else item
            case = case_from_data(mapping, lang, prefix=where)
            check_as_of(as_of or case.as_of, lang, "asOf" if as_of else f"{where}.as_of")
            valid.append(case)
        except Problem as problem:
            params.extend(problem.invalid)
        if index % 50 == 0:
            budget.check()
    if params:
        raise invalid(params, lang)
    result = run_portfolio(valid, as_of=as_of, lang=lang, on_progress=lambda _: budget.check())
    for entry in result.errors:  # facts that contradict each other, found while assessing
        case = valid[entry.index]
        try:
            assess_case(case, as_of, lang, f"cases[{entry.index}]")
        except Problem as problem:
            params.extend(problem.invalid)
        else:  # pragma: no cover - run_portfolio and Case.assess agree
            error = InputError(entry.error or "", path=f"cases[{entry.index}]")
            params.extend(input_problem(error, lang).invalid)
    if params:
        raise invalid(params, lang)
    budget.check()
    if csv:
        return result.to_csv(lang, dialect).encode("utf-8")  # type: ignore[arg-type]
    return dumps(result.to_dict(lang))
