"""Populations at once: :func:`assess_frame` assesses every AI system of a pandas DataFrame
column-wise (issue 18, target 2).

One row per AI system in, one row per system out: the risk tier on ``as_of``, each obligation's
applicability, status and the date from which it applies, the maximum fine exposure and the
number of open questions.

How it is computed, from the same declarations as the per-case engine (never a second copy of
the law):

* **Facts** become one ``numpy.int8`` array per input atom (0 false, 1 unknown, 2 true), the
  same atoms as :func:`aiact.atoms.system_atoms` with the same names.
* **Rules**: the rule set of the law version (:func:`aiact.engine.compile.ruleset_for`) is
  translated once into one generated Python function that evaluates every rule in the rule
  set's evaluation order on whole columns, with Kleene logic on small integers (and = min,
  or = max, not = 2 - x); a predicate concluded by several rules is the max of its rules.
* **Dates** (the date rules of :mod:`aiact.rules.timing`: each obligation's applies-from date
  and the tier on ``as_of``) are evaluated column-wise too: the possible values of a date rule
  are kept per row as (any date possible, earliest, latest, "never" possible, an unknown input
  date possible), which is exact for every question asked of them (the single date when
  determined, whether it has come by a day, the status): first-true case selection is a union
  over the cases not yet excluded, :class:`~aiact.daterules.Later` is a max on earliest and
  latest.
* **Exposure and open questions** read everything (the organisation's figures, every
  obligation, the derivations); they are computed by grouping the rows by their distinct
  inputs (every atom, the input dates and the organisation) and calling the per-case engine
  once per group. Their cost is the number of distinct systems, not of rows; leave them out
  (``exposure=False``, ``questions=False``) for the column-wise speed alone.

Inputs: the columns are the fact keys of the JSON contract (:mod:`aiact.facts`): the system's
field paths (``roles.deployer``, ``annex_iii.points``, ``placed_on_market``; a ``system.``
prefix is accepted), and optionally ``organisation.<field>`` (``organisation.kind``) for one
organisation per row; without them, every row has the ``organisation`` argument (per-row
columns override its fields). A missing column is unknown for every row. Flags are
``True``/``False``/missing (``None``, ``NaN``, ``pd.NA``); lists (``annex_iii.points``,
``annex_i.legislation``, ``biometrics.emotion_subjects``) are lists or tuples of member values,
or text with ``;`` between them (``""``: an empty list); dates are dates, ISO texts or
datetime64. The date, the law version and the interpretations are one per frame (arguments):
an analyst compares readings by calling once per reading (see ``docs/population.ipynb``).

Bad input (an unknown column, a value of the wrong kind, a contradiction that the per-case
validators reject) raises :class:`~aiact.errors.InputError` naming the row and the column
(``rows[3].roles.deployer``). GPAI models are not covered (one frame is a population of AI
systems).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, get_args

from pydantic import BaseModel, TypeAdapter

from aiact.api import _as_of, _check_together, _interpretations, _law, _organisation
from aiact.atoms import (
    ANNEX_I_LEGISLATION_ANSWERED,
    ANNEX_III_POINTS_ANSWERED,
    NARROWER_SETTLED_BY_BROADER,
    SYSTEM_ANSWERED,
    SYSTEM_DIRECT_ANSWERS,
    organisation_atoms,
)
from aiact.date_facts import (
    FINDING_ATOM,
    FINDING_POSSIBLE_ATOM,
    PRE_MARKET_ATOM,
    counted_floors,
    counted_targets,
    finding_possible,
    resolved_comparisons,
)
from aiact.engine.compile import ruleset_for
from aiact.engine.dates import date_plan
from aiact.errors import InputError, join_path
from aiact.extras import MissingExtraError
from aiact.facts import (
    ANNEX_I_PRODUCT_FACTS,
    IMPLIED_ANNEX_III,
    IN_THE_UNION,
    NO_DATE_FIELDS,
    NOT_VERIFICATION_ONLY,
    PLACED_ON_THE_UNION_MARKET,
    VERIFICATION_ONLY,
    AISystem,
    AnnexIIIPoint,
    AnnexILegislation,
    EmotionSubject,
    Organisation,
    is_no_date,
)
from aiact.interpretations import Interpretations
from aiact.logic import And, Atom, Condition, Const, Not, Or
from aiact.rules.definitions import CONFLICTS
from aiact.rules.timing import TIER_DATE_RULES
from aiact.ruleset import RuleSet
from aiact.timeline.transitional import Status
from aiact.versions import LawVersion

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

    from aiact.penalties import ExposureOptions

    I8 = npt.NDArray[np.int8]
    I64 = npt.NDArray[np.int64]
    Bools = npt.NDArray[np.bool_]

__all__ = ["assess_frame", "frame_columns", "frame_program"]

STATUSES: tuple[str, ...] = tuple(s.value for s in Status)
"""The categories of the ``<id>.status`` columns (:class:`~aiact.timeline.transitional.Status`)."""

TIERS: tuple[str, ...] = (
    "prohibited",
    "high_risk",
    "transparency",
    "minimal",
    "not_an_ai_system",
    "out_of_scope",
    "undetermined",
)
"""The categories of the ``risk_tier`` column (the values of :class:`aiact.RiskTier` a system
can have)."""

FALSE, UNKNOWN, TRUE = 0, 1, 2
"""The three truth values as small integers: Kleene and = min, or = max, not = 2 - x."""

_LISTS: dict[str, tuple[str, ...]] = {
    "annex_iii.points": tuple(p.value for p in AnnexIIIPoint),
    "annex_i.legislation": tuple(p.value for p in AnnexILegislation),
    "biometrics.emotion_subjects": tuple(s.value for s in EmotionSubject),
}
"""The list fields and their members: one atom ``<field minus its last part>.<member>`` each
(``annex_iii.4a``)."""

_LIST_PREFIX: dict[str, str] = {
    "annex_iii.points": "annex_iii.",
    "annex_i.legislation": "annex_i.",
    "biometrics.emotion_subjects": "biometrics.emotion_subjects.",
}

_DATES = ("placed_on_market", "put_into_service", "significant_change")
_NEVER = 1 << 40
"""An input date that did not happen, as a day number (after every date)."""
_EPOCH = dt.date(1970, 1, 1).toordinal()
_BOOL: TypeAdapter[bool] = TypeAdapter(bool)

#: The fields the validators of AISystem (and api._check_together) read, besides the roles,
#: the Annex III list and the dates: distinct combinations of them are validated by the
#: per-case models, once each.
_VALIDATED: tuple[str, ...] = (
    "is_ai_system",
    "is_general_purpose_ai_system",
    "value_chain.provider_established_in_eu",
    "value_chain.initial_provider_of_shifted_system",
    "exclusions.personal_non_professional_use",
    "exclusions.placed_or_used_in_eu",
    *(path for path, _ in IN_THE_UNION if not path.startswith("roles.")),
    "annex_iii.points",
    "annex_iii.biometric_verification_only",
    *(path for path, _, _ in IMPLIED_ANNEX_III),
    *ANNEX_I_PRODUCT_FACTS,
)


@cache
def _validated_paths() -> tuple[str, ...]:
    roles = tuple(p for p in _leaf_fields(AISystem) if p.startswith("roles."))
    return (*roles, *_VALIDATED)


def _np() -> Any:
    try:
        import numpy
        import pandas  # noqa: F401
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise MissingExtraError("pandas", f"assess_frame needs pandas ({error})") from None
    return numpy


# --------------------------------------------------------------------------- the columns


def _leaf_fields(model: type[BaseModel], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        annotation = info.annotation
        nested = [
            a for a in get_args(annotation) if isinstance(a, type) and issubclass(a, BaseModel)
        ]
        if nested:
            annotation = nested[0]
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            out.update(_leaf_fields(annotation, f"{prefix}{name}."))
        else:
            out[prefix + name] = annotation
    return out


@cache
def frame_columns() -> dict[str, str]:
    """Every input column :func:`assess_frame` reads and its kind (``flag``, ``list``, ``date``,
    ``text`` or ``organisation``)."""
    out: dict[str, str] = {}
    for path in _leaf_fields(AISystem):
        if path in _LISTS:
            out[path] = "list"
        elif path in _DATES:
            out[path] = "date"
        elif path == "name":
            out[path] = "text"
        else:
            out[path] = "flag"
    for path in _leaf_fields(Organisation):
        out[f"organisation.{path}"] = "organisation"
    return out


# --------------------------------------------------------------------------- the program

_Program = Callable[[Mapping[str, "I8"], int], tuple["I8", ...]]


def _emit(node: Condition, atom: Callable[[str], str], lines: list[str], prefix: str) -> str:
    counter = iter(range(1_000_000))

    def emit(node: Condition) -> str:
        if isinstance(node, Atom):
            return atom(node.name)
        if isinstance(node, Const):
            return {True: "K2", False: "K0", None: "K1"}[node.value]
        var = f"{prefix}{next(counter)}"
        if isinstance(node, Not):
            lines.append(f"{var} = 2 - {emit(node.operand)}")
            return var
        parts = [emit(op) for op in node.operands]
        function = "minimum" if isinstance(node, And) else "maximum"
        expression = parts[0]
        for part in parts[1:]:
            expression = f"{function}({expression}, {part})"
        lines.append(f"{var} = {expression}")
        return var

    return emit(node)


def _compile(ruleset: RuleSet) -> tuple[_Program, tuple[str, ...]]:
    """One generated function evaluating every rule of ``ruleset`` on int8 columns, in the rule
    set's evaluation order (the native engine's :func:`~aiact.engine.native.compile_ruleset`,
    column-wise)."""
    np = _np()
    local: dict[str, str] = {}
    lines: list[str] = []
    for predicate in ruleset.order:
        own: list[str] = []
        for index, compiled in enumerate(ruleset.by_predicate[predicate]):
            for name in compiled.rule.reads:
                if name not in local:
                    if name in ruleset.predicates:  # pragma: no cover - checked at compile
                        raise ValueError(f"{name!r} is read before it is concluded")
                    local[name] = f"v{len(local)}"
                    lines.append(f"{local[name]} = get({name!r})")
            own.append(
                _emit(
                    compiled.rule.condition,
                    local.__getitem__,
                    lines,
                    f"t{len(local)}_{index}_",
                )
            )
        joined = own[0]
        for part in own[1:]:
            joined = f"maximum({joined}, {part})"
        target = f"v{len(local)}"
        lines.append(f"{target} = {joined}")
        local[predicate] = target
    body = "".join(f"    {line}\n" for line in lines)
    source = (
        "def _program(values, n):\n"
        "    get = values.__getitem__\n"
        "    K0 = zeros(n, int8)\n"
        "    K1 = K0 + 1\n"
        "    K2 = K0 + 2\n"
        f"{body}"
        f"    return ({''.join(local[p] + ', ' for p in ruleset.order)})\n"
    )
    namespace: dict[str, object] = {
        "minimum": np.minimum,
        "maximum": np.maximum,
        "zeros": np.zeros,
        "int8": np.int8,
    }
    exec(compile(source, f"<frame program {ruleset.law.value}>", "exec"), namespace)
    program = namespace["_program"]
    assert callable(program)
    return program, ruleset.order


def frame_program(law: LawVersion) -> tuple[_Program, tuple[str, ...]]:
    """The column-wise program of the AI-system rule set of ``law`` (built once) and the
    predicates its result tuple follows."""
    return ruleset_for("system", law).prepared("frame.program", _compile)


# --------------------------------------------------------------------------- reading input


def _code(value: object) -> int:
    return UNKNOWN if value is None else (TRUE if value is True else FALSE)


def _error(row: int, column: str, message: str, kind: str = "invalid_value") -> InputError:
    return InputError(message, path=join_path("rows", row, column), kind=kind)


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        return bool(pd.isna(value)) if not isinstance(value, list | tuple | set) else False
    except (TypeError, ValueError):
        return False


def _flag_column(series: pd.Series[Any], column: str, positions: Any) -> I8:
    np = _np()
    import pandas as pd

    dtype = series.dtype
    if dtype is np.dtype(bool):
        return series.to_numpy().astype(np.int8) * 2
    if str(dtype) == "boolean":
        array = series.array
        data, mask = getattr(array, "_data", None), getattr(array, "_mask", None)
        if isinstance(data, np.ndarray) and isinstance(mask, np.ndarray):
            # The masked array's own buffers (values and missing): no conversion per cell.
            out = data.view(np.int8) * np.int8(2)
            out[mask] = UNKNOWN
            return out  # type: ignore[no-any-return]
        values = series.to_numpy(dtype=np.int8, na_value=-1)
        return np.where(values < 0, 1, values * 2).astype(np.int8)  # type: ignore[no-any-return]
    na = series.isna().to_numpy()
    if na.all():
        return np.full(len(series), UNKNOWN, np.int8)  # type: ignore[no-any-return]
    if pd.api.types.infer_dtype(series, skipna=True) != "boolean":
        # Other values: each distinct one as the per-case model reads it (pydantic's lax
        # booleans: 1/0, "true"/"false", "yes"/"no" ...), so the two accept the same input.
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        first_row = _first_rows(codes, len(uniques))
        table = np.empty(len(uniques) + 1, np.int8)
        table[-1] = UNKNOWN  # code -1: missing
        for code, value in enumerate(uniques):
            try:
                table[code] = TRUE if _BOOL.validate_python(value) else FALSE
            except ValueError:
                raise _error(
                    int(positions[first_row[code]]),
                    column,
                    f"must be true, false or empty (unknown), not {str(value)[:40]!r}",
                    "type",
                ) from None
        return table[codes]  # type: ignore[no-any-return]
    values = series.to_numpy(dtype=object)
    out = np.full(len(series), UNKNOWN, np.int8)
    known = ~na
    out[known] = np.where(values[known].astype(bool), TRUE, FALSE)
    return out  # type: ignore[no-any-return]


def _text_column(series: pd.Series[Any], column: str, positions: Any) -> None:
    """A text field (``name``): text or missing, within the model's length limit."""
    np = _np()
    import pandas as pd

    limit = next(
        (m.max_length for m in AISystem.model_fields[column].metadata if hasattr(m, "max_length")),
        None,
    )
    values = series.to_numpy(dtype=object)
    known = ~series.isna().to_numpy()
    bad = known & ~np.array([isinstance(v, str) for v in values], dtype=bool)
    if limit is not None:
        lengths = pd.Series(values).where(known & ~bad, "").astype(str).str.len().to_numpy()
        bad |= lengths > limit
    rows = np.flatnonzero(bad)
    if rows.size:
        row = int(rows[0])
        value = values[row]
        message = (
            f"must be text of at most {limit} characters"
            if isinstance(value, str)
            else f"must be text, not {str(value)[:40]!r}"
        )
        raise _error(int(positions[row]), column, message, "type")


def _list_members(
    series: pd.Series[Any], column: str, positions: Any
) -> tuple[I8, dict[str, I8], list[tuple[str, ...] | None]]:
    """(given: 2/0 per row, each member's atom, the distinct lists by code)."""
    np = _np()
    import pandas as pd

    members = _LISTS[column]
    allowed = set(members)
    # Factorised first (C speed for text and missing values); each distinct value read once.
    try:
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        cells: Any = list(uniques)
        first_row = _first_rows(codes, len(cells))
    except TypeError:  # lists are not hashable: read row by row
        codes, cells, first_row = None, series.to_numpy(dtype=object), None
    memo: dict[Any, int] = {}
    distinct: list[tuple[str, ...] | None] = []
    local = np.empty(len(cells), np.int64)
    for row, value in enumerate(cells):
        if isinstance(value, list | tuple | set | frozenset):
            key: Any = tuple(str(getattr(v, "value", v)) for v in value)
        elif isinstance(value, str):
            key = tuple(part.strip() for part in value.split(";") if part.strip())
        elif _missing(value):
            key = None
        else:
            raise _error(
                int(positions[row if first_row is None else first_row[row]]),
                column,
                f"must be a list of {', '.join(members[:4])} ... or empty, not {str(value)[:40]!r}",
                "type",
            )
        code = memo.get(key)
        if code is None:
            if key is not None:
                bad = [v for v in key if v not in allowed]
                if bad:
                    raise _error(
                        int(positions[row if first_row is None else first_row[row]]),
                        column,
                        f"{bad[0]!r} is not one of {', '.join(members)}",
                    )
            code = memo[key] = len(distinct)
            distinct.append(key)
        local[row] = code
    if codes is None:
        codes = local
    else:  # the missing values (code -1) are the unknown list
        if None not in memo:
            memo[None] = len(distinct)
            distinct.append(None)
        codes = np.where(codes < 0, memo[None], local[np.maximum(codes, 0)] if len(local) else 0)
    prefix = _LIST_PREFIX[column]
    table = {
        member: np.array(
            [UNKNOWN if key is None else (TRUE if member in key else FALSE) for key in distinct],
            np.int8,
        )
        for member in members
    }
    given = np.array([FALSE if key is None else TRUE for key in distinct], np.int8)[codes]
    return given, {prefix + m: table[m][codes] for m in members}, distinct


def _first_rows(codes: I64, count: int) -> I64:
    """The first row of each code."""
    np = _np()
    first = np.full(count, -1, np.int64)
    valid = codes >= 0
    rows = np.flatnonzero(valid)[::-1]
    first[codes[rows]] = rows
    return first  # type: ignore[no-any-return]


def _date_column(series: pd.Series[Any], column: str, positions: Any) -> I64:
    """Day numbers (``date.toordinal``), -1 where missing, ``_NEVER`` for ``"none"`` (in
    :data:`aiact.facts.NO_DATE_FIELDS`)."""
    np = _np()
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        days = series.to_numpy(dtype="datetime64[D]")
        na = np.isnat(days)
        out = days.astype(np.int64) + _EPOCH
        out[na] = -1
        return out
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    first_row = _first_rows(codes, len(uniques))
    table = np.empty(len(uniques) + 1, np.int64)
    table[-1] = -1  # code -1: missing
    for code, value in enumerate(uniques):
        if isinstance(value, dt.datetime):
            value = value.date()
        if column in NO_DATE_FIELDS and is_no_date(value):
            table[code] = _NEVER  # "none": it did not happen (AISystem.significant_change)
            continue
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value.strip())
            except ValueError:
                raise _error(
                    int(positions[first_row[code]]),
                    column,
                    f"{value[:40]!r} is not a date (use YYYY-MM-DD)",
                ) from None
        if not isinstance(value, dt.date):
            raise _error(
                int(positions[first_row[code]]),
                column,
                f"must be a date, not {value!r:.40}",
                "type",
            )
        table[code] = value.toordinal()
    return table[codes]  # type: ignore[no-any-return]


@dataclass
class _Input:
    """The input frame read column by column."""

    n: int
    atoms: dict[str, I8]
    dates: dict[str, I64]
    """The input dates of the date rules as day numbers: -1 unknown, ``_NEVER`` never."""
    raw_dates: dict[str, I64]
    org_codes: I64
    organisations: list[Organisation]


def _read(
    frame: pd.DataFrame,
    organisation: Organisation,
    law: LawVersion,
    readings: Interpretations,
    names: frozenset[str],
) -> _Input:
    np = _np()
    n = len(frame)
    positions = np.arange(n)
    known = frame_columns()
    columns: dict[str, str] = {}
    for column in frame.columns:
        if not isinstance(column, str):
            raise InputError(f"column names are text, not {column!r}", path="columns", kind="type")
        name = column.removeprefix("system.")
        if name not in known:
            raise InputError(
                "unknown column (the columns are the fact keys of the case file: roles.deployer, "
                "annex_iii.points, organisation.kind ...)",
                path=column,
                kind="unknown_field",
            )
        if name in columns.values():
            raise InputError("the column is given twice", path=column, kind="duplicate_key")
        columns[column] = name
    atoms: dict[str, I8] = {}
    given_lists: dict[str, I8] = {}
    org_columns: list[tuple[str, str]] = []
    raw_dates: dict[str, I64] = {}
    for column, name in columns.items():
        kind = known[name]
        series = frame[column]
        if kind == "flag":
            atoms[name] = _flag_column(series, column, positions)
        elif kind == "list":
            given, members, _ = _list_members(series, name, positions)
            given_lists[name] = given
            atoms.update(members)
        elif kind == "date":
            raw_dates[name] = _date_column(series, name, positions)
        elif kind == "organisation":
            org_columns.append((column, name.removeprefix("organisation.")))
        elif kind == "text":
            _text_column(series, name, positions)
    unknown = np.full(n, UNKNOWN, np.int8)
    for list_field, prefix in _LIST_PREFIX.items():
        if list_field not in given_lists:
            given_lists[list_field] = np.zeros(n, np.int8)
            for member in _LISTS[list_field]:
                atoms[prefix + member] = unknown
    # A given list that lacks the point settles an unknown fact that implies it as false
    # (atoms._implied_by_the_list).
    for fact, point, _ in IMPLIED_ANNEX_III:
        value = atoms.get(fact, unknown)
        settle = (given_lists["annex_iii.points"] == TRUE) & (atoms[f"annex_iii.{point}"] == FALSE)
        atoms[fact] = np.where(settle & (value == UNKNOWN), FALSE, value).astype(np.int8)
    # A known "no" to a broader fact settles the narrower one: Art. 50(1) and 50(3), Annex III
    # point 5(b) any and only fraud detection (atoms._implied_by_the_broader).
    for broader_fact, narrower_fact in NARROWER_SETTLED_BY_BROADER:
        broader = atoms.get(broader_fact, unknown)
        narrower = atoms.get(narrower_fact, unknown)
        atoms[narrower_fact] = np.where(
            (broader == FALSE) & (narrower == UNKNOWN), FALSE, narrower
        ).astype(np.int8)
    # A known "yes" to remote biometric identification or to "verification only" settles the
    # other as "no" (atoms._excluded_by_a_yes; facts.NOT_VERIFICATION_ONLY).
    for fact, _ in NOT_VERIFICATION_ONLY:
        for yes_fact, settled_fact in ((fact, VERIFICATION_ONLY), (VERIFICATION_ONLY, fact)):
            yes = atoms.get(yes_fact, unknown)
            settled = atoms.get(settled_fact, unknown)
            atoms[settled_fact] = np.where(
                (yes == TRUE) & (settled == UNKNOWN), FALSE, settled
            ).astype(np.int8)
    for name in (*SYSTEM_DIRECT_ANSWERS, *SYSTEM_ANSWERED):
        atoms[f"answered.{name}"] = np.where(
            atoms.get(name, unknown) == UNKNOWN, FALSE, TRUE
        ).astype(np.int8)
    atoms[ANNEX_III_POINTS_ANSWERED] = given_lists["annex_iii.points"]
    atoms[ANNEX_I_LEGISLATION_ANSWERED] = given_lists["annex_i.legislation"]
    for name, value in readings.as_facts().items():
        atoms[name] = np.full(n, UNKNOWN if value is None else (TRUE if value else FALSE), np.int8)
    # The organisations: distinct per-row organisations, validated once each.
    org_codes, organisations = _organisations(frame, org_columns, organisation, positions)
    org_atoms = [organisation_atoms(org) for org in organisations]
    for name in {name for a in org_atoms for name in a}:
        table = np.array(
            [_code(a.get(name)) for a in org_atoms],
            np.int8,
        )
        atoms[name] = table[org_codes]
    dates = _input_dates(raw_dates, n)
    for atom, input_name, relation, target in resolved_comparisons("system", law, readings):
        atoms[atom] = _compare(dates[input_name], relation, target)
    for name in names:
        if name not in atoms:
            atoms[name] = unknown  # a three-valued list field read as a flag (always unknown)
    extra = set(atoms) - names
    assert all(a.dtype == np.int8 for a in atoms.values())
    assert not extra, f"atoms the rules do not know: {sorted(extra)}"
    return _Input(n, atoms, dates, raw_dates, org_codes, organisations)


def _organisations(
    frame: pd.DataFrame,
    columns: list[tuple[str, str]],
    default: Organisation,
    positions: Any,
) -> tuple[I64, list[Organisation]]:
    np = _np()
    n = len(frame)
    if not columns:
        return np.zeros(n, np.int64), [default]
    import pandas as pd

    base = default.model_dump(exclude_none=True)
    # Each column factorised (C speed), the rows grouped by their codes, one model per group.
    factorised = [pd.factorize(frame[column], use_na_sentinel=True) for column, _ in columns]
    first, inverse = _group_codes([(codes, len(uniques)) for codes, uniques in factorised])
    distinct: list[Organisation] = []
    for row in first:
        data = copy.deepcopy(base)
        for (_, path), (codes, uniques) in zip(columns, factorised, strict=True):
            code = codes[row]
            if code < 0:
                continue
            value = uniques[code]
            if hasattr(value, "item") and not isinstance(value, str):
                value = value.item()
            parts = path.split(".")
            target = data
            for part in parts[:-1]:
                target = target.setdefault(part, {})
            target[parts[-1]] = value
        try:
            distinct.append(Organisation.model_validate(data))
        except ValueError as error:
            raise InputError.wrap(
                error, prefix=join_path("rows", int(positions[row]), "organisation")
            ) from None
    return inverse, distinct


def _input_dates(raw: dict[str, I64], n: int) -> dict[str, I64]:
    """:func:`aiact.date_facts.system_input_dates`, column-wise."""
    np = _np()
    missing = np.full(n, -1, np.int64)
    placed = raw.get("placed_on_market", missing)
    service = raw.get("put_into_service", missing)
    change = raw.get("significant_change", missing)
    either = (placed >= 0) | (service >= 0)
    big = np.int64(1 << 50)
    first = np.minimum(np.where(placed >= 0, placed, big), np.where(service >= 0, service, big))
    return {
        "first_placed": np.where(either, first, -1),
        "placed_on_market": np.where(placed >= 0, placed, np.where(either, _NEVER, -1)),
        "put_into_service": np.where(service >= 0, service, np.where(either, _NEVER, -1)),
        "significant_change": change,  # "none" is _NEVER already; missing is unknown (-1)
    }


def _compare(value: I64, relation: str, target: dt.date | None) -> I8:
    """:func:`aiact.date_facts.compare`, column-wise."""
    np = _np()
    if target is None:
        return np.zeros(len(value), np.int8)  # type: ignore[no-any-return]
    day = target.toordinal()
    if relation == "before":
        holds = value < day
    elif relation == "on_or_after":
        holds = value >= day
    else:
        holds = value <= day
    out = np.where(holds, TRUE, FALSE)
    out = np.where(value == _NEVER, FALSE, out)
    return np.where(value < 0, UNKNOWN, out).astype(np.int8)  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- date rules


@dataclass
class _Dates:
    """The possible values of a date rule per row: a date possible (``dated``) with the
    earliest (``low``) and latest (``high``) of them, "never" possible, an unknown input date
    possible. Exact for the single date, ``on(day)`` and the status (engine.dates)."""

    dated: Bools
    low: I64
    high: I64
    never: Bools
    unknown: Bools
    bound: I64 | None = None
    """:attr:`aiact.engine.dates.DateResult.bound` as a day number (``_UNBOUNDED`` where none is
    known). None: not computed (a value, not a rule)."""
    floor: I64 | None = None
    """:attr:`aiact.engine.dates.DateResult.floor` as a day number (``-big`` where none is
    known)."""

    def by_deadline(self, day: int) -> Bools:
        """:meth:`aiact.engine.dates.DateResult.by_deadline`."""
        np = _np()
        if self.bound is None:
            return np.zeros(len(self.dated), bool)  # type: ignore[no-any-return]
        return (self.bound <= day) & ~self.never

    def on(self, day: int) -> I8:
        """:meth:`aiact.engine.dates.DateResult.on`."""
        np = _np()
        seen_true = (self.dated & (self.low <= day)) | self.unknown
        seen_false = self.never | (self.dated & (self.high > day)) | self.unknown
        return np.where(  # type: ignore[no-any-return]
            (seen_true & ~seen_false) | self.by_deadline(day),
            TRUE,
            np.where(seen_false & ~seen_true, FALSE, UNKNOWN),
        ).astype(np.int8)

    def date(self) -> I64:
        """The date when determined (one value, a date), else -1."""
        np = _np()
        single = self.dated & ~self.never & ~self.unknown & (self.low == self.high)
        return np.where(single, self.low, -1)  # type: ignore[no-any-return]

    def status(self, day: int) -> I8:
        """:meth:`aiact.engine.dates.DateResult.status` as an index in :data:`STATUSES`."""
        np = _np()
        only_dates = self.dated & ~self.never & ~self.unknown
        ahead = only_dates & (self.low > day)
        if self.floor is not None:
            ahead |= (self.floor > day) & ~self.never
        return np.where(  # type: ignore[no-any-return]
            self.never & ~self.dated & ~self.unknown,
            2,
            np.where(
                (only_dates & (self.high <= day)) | self.by_deadline(day),
                0,
                np.where(ahead, 1, 3),
            ),
        ).astype(np.int8)


_UNBOUNDED = 1 << 51
"""A bound that is no day: the value can be later than any (:attr:`_Dates.bound`)."""


def _evaluate_dates(
    ruleset: RuleSet,
    values: Mapping[str, I8],
    dates: Mapping[str, I64],
    n: int,
    counted_from: Mapping[str, int] | None = None,
    targets: Mapping[str, Mapping[str, int]] | None = None,
) -> dict[str, _Dates]:
    """Every date rule of ``ruleset`` on the columns, in the plan's order. ``counted_from``: per
    input date that counts only from a cut-off, the day number of the earliest cut-off
    (:func:`aiact.date_facts.earliest_counted`), the floor of its unknown values; ``targets``:
    per such input, the day number of each of its comparisons' cut-offs
    (:func:`aiact.date_facts.counted_targets`), from which a case's floor of it is read
    route by route (:meth:`aiact.engine.dates.DateEvaluation._input_floor`, round 27)."""
    counted_from = counted_from or {}
    targets = targets or {}
    np = _np()
    plan = date_plan(ruleset)
    big = np.int64(1 << 50)
    out: dict[str, _Dates] = {}
    no = np.zeros(n, bool)
    bounds: dict[tuple[str, str], I64] = {}

    def kleene(condition: Condition) -> I8:
        """Kleene on the columns (:func:`aiact.logic.evaluate`)."""
        if isinstance(condition, Atom):
            found = values.get(condition.name)
            return np.full(n, UNKNOWN, np.int8) if found is None else found
        if isinstance(condition, Const):
            value = condition.value
            code = UNKNOWN if value is None else (TRUE if value else FALSE)
            return np.full(n, code, np.int8)  # type: ignore[no-any-return]
        if isinstance(condition, Not):
            return 2 - kleene(condition.operand)
        parts = [kleene(op) for op in condition.operands]
        combine = np.minimum if isinstance(condition, And) else np.maximum
        result = parts[0]
        for part in parts[1:]:
            result = combine(result, part)
        return result

    def least_not_false(pairs: list[tuple[I8, I64]]) -> I64:
        """The least floor of the parts that are not false (-big: one has none, or none may
        hold)."""
        floor = np.full(n, big)
        for holds, own in pairs:
            floor = np.where(holds == FALSE, floor, np.minimum(floor, own))
        return np.where(floor == big, -big, floor)  # type: ignore[no-any-return]

    def name_floor(name: str, reads: str) -> I64:
        """:meth:`aiact.engine.dates.DateEvaluation._name_floor` (-big: none known)."""
        key = (name, reads)
        found = bounds.get(key)
        if found is None:
            target = targets.get(name, {}).get(reads)
            if target is not None:
                found = np.full(n, target, np.int64)
            elif reads in plan.bounding[name]:
                found = least_not_false(
                    [
                        (kleene(rule.condition), condition_floor(name, rule.condition))
                        for rule in ruleset.rules_for(reads)
                    ]
                )
            else:
                found = np.full(n, -big)
            bounds[key] = found
        return found

    def condition_floor(name: str, condition: Condition) -> I64:
        """:meth:`aiact.engine.dates.DateEvaluation._condition_floor` (-big: none known)."""
        if isinstance(condition, Atom):
            return name_floor(name, condition.name)
        if isinstance(condition, And):
            floor = np.full(n, -big)
            for operand in condition.operands:
                floor = np.maximum(floor, condition_floor(name, operand))
            return floor  # type: ignore[no-any-return]
        if isinstance(condition, Or):
            return least_not_false(
                [(kleene(op), condition_floor(name, op)) for op in condition.operands]
            )
        return np.full(n, -big)  # type: ignore[no-any-return]

    def input_floor(name: str, reads: str | bool | None) -> I64:
        """:meth:`aiact.engine.dates.DateEvaluation._input_floor` (-big: none known)."""
        least = counted_from.get(name)
        if least is None:
            return np.full(n, -big)  # type: ignore[no-any-return]
        if not isinstance(reads, str):
            return np.full(n, least, np.int64)  # type: ignore[no-any-return]
        return np.maximum(least, name_floor(name, reads))  # type: ignore[no-any-return]

    def value_of(spec: tuple[Any, ...], reads: str | bool | None) -> _Dates:
        kind = spec[0]
        if kind == "d":
            day = np.full(n, spec[1].toordinal(), np.int64)
            return _Dates(~no, day, day, no, no, floor=day)
        if kind == "n":
            return _Dates(no, np.full(n, big), np.full(n, -big), ~no, no, floor=np.full(n, -big))
        if kind == "i":
            raw = dates[spec[1]]
            dated = (raw >= 0) & (raw != _NEVER)
            day = np.where(dated, raw, 0)
            return _Dates(
                dated,
                np.where(dated, raw, big),
                np.where(dated, raw, -big),
                raw == _NEVER,
                raw < 0,
                floor=np.where(
                    dated,
                    raw,
                    np.where(raw == _NEVER, -big, input_floor(spec[1], reads)),
                ),
            )
        if kind == "r":
            return out[spec[1]]
        first, second = value_of(spec[1], reads), value_of(spec[2], reads)
        assert first.floor is not None and second.floor is not None
        # Later: the pairs of possible values; never wins, then unknown, then the max; the
        # floor: the later of the known floors (engine.dates.DateEvaluation._floor).
        return _Dates(
            first.dated & second.dated,
            np.maximum(first.low, second.low),
            np.maximum(first.high, second.high),
            first.never | second.never,
            (first.unknown & (second.unknown | second.dated)) | (first.dated & second.unknown),
            floor=np.maximum(first.floor, second.floor),
        )

    for name, cases in plan.rules.items():
        open_ = np.ones(n, bool)  # no earlier case is true
        dated, never, unknown = no.copy(), no.copy(), no.copy()
        low, high = np.full(n, big), np.full(n, -big)
        bound = np.full(n, -big)
        floor = np.full(n, big)  # the least of the cases' floors (-big: unbounded below)
        for case in cases:
            reads = case.reads
            if isinstance(reads, str):
                truth = values[reads]
            else:
                truth = np.full(n, UNKNOWN if reads is None else (TRUE if reads else FALSE))
            may = open_ & (truth != FALSE)
            found = value_of(case.value, reads)
            take = may & found.dated
            dated |= take
            low = np.where(take, np.minimum(low, found.low), low)
            high = np.where(take, np.maximum(high, found.high), high)
            never |= may & found.never
            unknown |= may & found.unknown
            # The bound as :meth:`aiact.engine.dates.DateEvaluation._select` takes it: an
            # inherited rule's; else the case's dates, and its deadline (a declared date) where
            # its value is unknown, unbounded without one.
            if case.case.inherit:
                inherited = out[case.value[1]].bound
                own = np.full(n, _UNBOUNDED) if inherited is None else inherited
            else:
                if case.deadline is None:
                    limit = _UNBOUNDED
                else:
                    assert case.deadline[0] == "d", case.deadline  # tests hold it
                    limit = case.deadline[1].toordinal()
                own = np.where(found.dated, found.high, -big)
                own = np.where(found.unknown, np.maximum(own, limit), own)
            bound = np.where(may, np.maximum(bound, own), bound)
            assert found.floor is not None
            floor = np.where(may, np.minimum(floor, found.floor), floor)
            open_ &= truth != TRUE
        never |= open_
        floor = np.where(floor == big, -big, floor)  # no case may: none known (engine: None)
        out[name] = _Dates(dated, low, high, never, unknown, bound, floor)
    return out


# --------------------------------------------------------------------------- the tier


def _tier(values: Mapping[str, I8], dates: Mapping[str, _Dates], day: int) -> Any:
    """:meth:`aiact.assessment.Assessment._ladder` for a system on ``day``, column-wise."""
    np = _np()
    ai = values["scope.ai_system"]
    scope = values["scope.in_scope"]
    result = np.full(len(ai), TIERS.index("minimal"), np.int8)
    decided = np.zeros(len(ai), bool)
    for tier in ("prohibited", "high_risk", "transparency"):
        holds = dates[TIER_DATE_RULES[tier]].on(day)
        now = ~decided & (holds == TRUE)
        result[now] = TIERS.index(tier)
        decided |= now
    result[scope == UNKNOWN] = TIERS.index("undetermined")
    result[scope == FALSE] = TIERS.index("out_of_scope")
    result[ai == FALSE] = TIERS.index("not_an_ai_system")
    return result


# --------------------------------------------------------------------------- entry point


def assess_frame(
    frame: pd.DataFrame,
    organisation: Organisation | Mapping[str, Any] | None = None,
    as_of: dt.date | str | None = None,
    law: LawVersion | str | None = None,
    *,
    interpretations: Interpretations | Mapping[str, Any] | None = None,
    exposure: bool = True,
    questions: bool = True,
    exposure_options: ExposureOptions | None = None,
) -> pd.DataFrame:
    """Assess every AI system of ``frame`` (one row each) on ``as_of`` under ``law`` and
    ``interpretations``, column-wise. Returns one row per input row (same index) with
    ``risk_tier`` (the tier on the date), per obligation ``<id>`` (applies: nullable boolean),
    ``<id>.status`` and ``<id>.from`` (the date it applies from, when determined), and, unless
    turned off, ``exposure_max_eur`` (the highest fine ceiling on the date, Decimal or None) and
    ``open_questions`` (their number). Equal to :func:`aiact.assess` row by row."""
    np = _np()
    import pandas as pd

    day = _as_of(as_of)
    version, _ = _law(day, law)
    readings = _interpretations(interpretations)
    org = _organisation(organisation if organisation is not None else Organisation())
    ruleset = ruleset_for("system", version)
    program, predicates = frame_program(version)
    data = _read(frame, org, version, readings, ruleset.inputs)
    n = data.n
    _validate(frame, data, org)
    _finding_possible(frame, data, org, day, version, readings)
    _pre_market(frame, data, org, day, version, readings)
    results = program(data.atoms, n)
    values: dict[str, I8] = dict(data.atoms)
    values.update(zip(predicates, results, strict=True))
    _check_conflicts(frame, values, org, day, version, readings)
    counted_from = {
        name: cut.toordinal()
        for name, cut in counted_floors(version, readings.as_facts()).items()
        if cut is not None
    }
    targets = {
        name: {atom: cut.toordinal() for atom, cut in cuts.items()}
        for name, cuts in counted_targets(version, readings.as_facts()).items()
    }
    date_values = _evaluate_dates(ruleset, values, data.dates, n, counted_from, targets)
    today = day.toordinal()
    columns: dict[str, Any] = {
        "risk_tier": pd.Categorical.from_codes(
            _tier(values, date_values, today), dtype=pd.CategoricalDtype(list(TIERS))
        )
    }
    from aiact.assessment import _obligation_table

    table = _obligation_table(version, "system")
    status_type = pd.CategoricalDtype(list(STATUSES))
    # applies (false, unknown, true) x the date rule's status (in force, upcoming, not
    # applicable, undetermined): Assessment.obligation_results.
    lookup = np.array([2, 2, 2, 2, 3, 3, 2, 3, 0, 1, 2, 3], np.int8)
    group_cache: dict[str, tuple[Any, Any, Any]] = {}
    for obligation, predicate, group, _not_applicable in table:
        applies = values[predicate]
        found = group_cache.get(group.rule)
        if found is None:
            rule = date_values[group.rule]
            found = group_cache[group.rule] = (rule.status(today), *_date_codes(rule.date()))
        status, date_codes, date_type = found
        columns[obligation.id] = pd.arrays.BooleanArray(applies == TRUE, applies == UNKNOWN)
        # applies false: not applicable; unknown: undetermined, but not applicable where the
        # date is "never" whatever the facts are (Art. 111(2); never25); true: the date rule's
        # status.
        codes = lookup[applies * 4 + status]
        columns[f"{obligation.id}.status"] = pd.Categorical.from_codes(
            codes, dtype=status_type, validate=False
        )
        shown = np.where(applies == FALSE, -1, date_codes)
        columns[f"{obligation.id}.from"] = pd.Categorical.from_codes(
            shown, dtype=date_type, validate=False
        )
    parts = [pd.DataFrame(columns, index=frame.index, copy=False)]
    if exposure or questions:
        parts.append(
            pd.DataFrame(
                _grouped(
                    frame, data, day, version, readings, exposure, questions, exposure_options
                ),
                index=frame.index,
                copy=False,
            )
        )
    joined: pd.DataFrame = pd.concat(parts, axis=1)
    return joined


def _date_codes(days: I64) -> tuple[I64, Any]:
    """Day numbers (-1: none) as categorical codes over their distinct dates."""
    np = _np()
    import pandas as pd

    known = np.unique(days[days >= 0])
    codes = np.where(days >= 0, np.searchsorted(known, days), -1)
    dates = pd.DatetimeIndex(_as_datetime(known))
    return codes, pd.CategoricalDtype(dates)


def _as_datetime(days: I64) -> Any:
    np = _np()
    known = days >= 0
    out = np.full(len(days), np.datetime64("NaT"), dtype="datetime64[s]")
    out[known] = (days[known] - _EPOCH).astype("datetime64[D]")
    return out


# --------------------------------------------------------------------------- per-case help


def _row_facts(frame: pd.DataFrame, row: int) -> dict[str, Any]:
    """The system of row ``row`` (by position) as nested case-file facts."""
    known = frame_columns()
    data: dict[str, Any] = {}
    cells = frame.iloc[row]
    for column in frame.columns:
        name = str(column).removeprefix("system.")
        if known.get(name) in (None, "organisation"):
            continue
        value = cells[column]
        if isinstance(value, list | tuple | set | frozenset):
            value = tuple(str(getattr(v, "value", v)) for v in value)
        elif isinstance(value, str) and known[name] == "list":
            value = tuple(part.strip() for part in value.split(";") if part.strip())
        elif _missing(value):
            continue
        elif hasattr(value, "item") and not isinstance(value, str):
            value = value.item()
        if known[name] == "date":
            if isinstance(value, dt.datetime):
                value = value.date()
            elif isinstance(value, int):  # datetime64[ns] .item() gives nanoseconds
                import pandas as pd

                value = pd.Timestamp(value).date()
        parts = name.split(".")
        target = data
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = value
    return data


def _system(frame: pd.DataFrame, row: int) -> AISystem:
    data = _row_facts(frame, row)
    try:
        return AISystem.model_validate(data)
    except ValueError as error:
        raise InputError.wrap(error, prefix=join_path("rows", row)) from None


def _validate(frame: pd.DataFrame, data: _Input, org: Organisation) -> None:
    """The cross-field checks of :class:`~aiact.facts.AISystem` and ``api._check_together``,
    by the per-case models: once per distinct combination of the fields they read, and once
    per row whose significant change precedes its first placing."""
    np = _np()
    keys = [data.atoms[p] for p in _validated_paths()]
    keys.append(data.atoms[ANNEX_III_POINTS_ANSWERED])
    # Of the list, the validators read only the points that facts imply (IMPLIED_ANNEX_III).
    keys.extend(data.atoms[f"annex_iii.{p}"] for p in sorted({p for _, p, _ in IMPLIED_ANNEX_III}))
    # Of the Annex I list, whether it is given and names any law (_check_annex_i_listed).
    any_law = _any_annex_i_law(data)
    keys.append(data.atoms[ANNEX_I_LEGISLATION_ANSWERED])
    keys.append(any_law)
    groups = [(k.astype(np.int64), 3) for k in keys]
    groups.append((data.org_codes, len(data.organisations)))
    first = sorted(int(row) for row in _group_codes(groups)[0])
    for row in first:
        _check_fields(frame, row, data, any_law)
    raw = data.raw_dates
    if "significant_change" in raw:
        placed = data.dates["first_placed"]
        bad = (raw["significant_change"] >= 0) & (placed >= 0)
        bad &= raw["significant_change"] < placed
        for row in np.flatnonzero(bad)[:1]:
            _check_row(frame, int(row), data)


def _group_codes(columns: list[tuple[I64, int]]) -> tuple[I64, I64]:
    """Group the rows by several coded columns (codes 0..count-1, or -1 for missing): the first
    row of each group and each row's group. Mixed-radix numbers, compressed when they would
    overflow."""
    np = _np()
    n = len(columns[0][0]) if columns else 0
    combined = np.zeros(n, np.int64)
    size = 1
    for codes, count in columns:
        radix = count + 1
        if size * radix >= 1 << 62:
            _, combined = np.unique(combined, return_inverse=True)
            combined = combined.reshape(-1).astype(np.int64)
            size = int(combined.max()) + 1 if n else 1
        combined = combined * radix + (codes.astype(np.int64) + 1)
        size *= radix
    _, first, inverse = np.unique(combined, return_index=True, return_inverse=True)
    return first, inverse.reshape(-1)


def _check_row(frame: pd.DataFrame, row: int, data: _Input) -> None:
    system = _system(frame, row)
    org = data.organisations[int(data.org_codes[row])]
    try:
        _check_together(system, org)
    except ValueError as error:
        raise InputError.wrap(error, prefix=join_path("rows", row)) from None


def _any_annex_i_law(data: _Input) -> I8:
    """Per row: true where the given Annex I list names a law, false where it names none (or is
    not given)."""
    np = _np()
    named = np.zeros(len(data.atoms[ANNEX_I_LEGISLATION_ANSWERED]), dtype=bool)
    for law in AnnexILegislation:
        named |= data.atoms[f"annex_i.{law.value}"] == TRUE
    out: I8 = np.where(named, TRUE, FALSE).astype(np.int8)
    return out


def _check_fields(frame: pd.DataFrame, row: int, data: _Input, any_law: I8) -> None:
    """The validators of AISystem and ``api._check_together`` on the fields they read (from
    the columns read), for row ``row``."""
    facts: dict[str, Any] = {}
    for path in _validated_paths():
        value = data.atoms[path][row]
        if value != UNKNOWN:
            group, _, name = path.rpartition(".")
            target = facts.setdefault(group, {}) if group else facts
            target[name] = bool(value == TRUE)
    if data.atoms[ANNEX_III_POINTS_ANSWERED][row] == TRUE:
        facts.setdefault("annex_iii", {})["points"] = tuple(
            p
            for p in sorted({p for _, p, _ in IMPLIED_ANNEX_III})
            if data.atoms[f"annex_iii.{p}"][row] == TRUE
        )
    if data.atoms[ANNEX_I_LEGISLATION_ANSWERED][row] == TRUE:
        # the list's one property the validators read: whether it names any law
        facts.setdefault("annex_i", {})["legislation"] = (
            (AnnexILegislation.TOYS_2009_48,) if any_law[row] == TRUE else ()
        )
    try:
        system = AISystem.model_validate(facts)
        _check_together(system, data.organisations[int(data.org_codes[row])])
    except ValueError as error:
        # The whole row again, for the per-case message (it names the whole list).
        _check_row(frame, row, data)
        raise InputError.wrap(error, prefix=join_path("rows", row)) from None


def _finding_possible(
    frame: pd.DataFrame,
    data: _Input,
    org: Organisation,
    day: dt.date,
    law: LawVersion,
    readings: Interpretations,
) -> None:
    """``dates.art80_2_finding_possible`` on ``day`` for every row
    (:func:`aiact.date_facts.guard_finding`); before its first day the first row whose Art. 80(2)
    finding is given as true is assessed by the per-case engine, which raises its error."""
    np = _np()
    possible = finding_possible(day, law, readings)
    data.atoms[FINDING_POSSIBLE_ATOM] = np.full(data.n, _code(possible), np.int8)
    if possible or FINDING_ATOM not in data.atoms:
        return
    rows = np.flatnonzero(data.atoms[FINDING_ATOM] == TRUE)
    if rows.size:
        _refuse_row(frame, int(rows[0]), org, day, law, readings)
        raise AssertionError(
            "aiact.assess accepted a finding before its first day"
        )  # pragma: no cover


def _pre_market(
    frame: pd.DataFrame,
    data: _Input,
    org: Organisation,
    day: dt.date,
    law: LawVersion,
    readings: Interpretations,
) -> None:
    """:func:`aiact.date_facts.guard_pre_market` for every row: the first row that states
    research before the placing (Art. 2(8)) and a placing on or before ``day``, or a fact that
    means a placing on the Union market without a placing dated after ``day``, is assessed by the
    per-case engine, which raises."""
    np = _np()
    research = data.atoms.get(PRE_MARKET_ATOM)
    if research is None:
        research = np.full(data.n, UNKNOWN, np.int8)
    placed = data.dates["first_placed"]
    # Where a "yes" to research would be refused (date_facts.pre_market_settled)
    past = (placed >= 0) & (placed <= day.toordinal())
    on_market = data.raw_dates.get("placed_on_market")
    planned = (
        (on_market >= 0) & (on_market > day.toordinal())
        if on_market is not None
        else np.zeros(len(research), bool)
    )
    for path in PLACED_ON_THE_UNION_MARKET:
        column = data.atoms.get(path)
        if column is not None:
            past |= (column == TRUE) & ~planned
    rows = np.flatnonzero((research == TRUE) & past)
    if rows.size:
        _refuse_row(frame, int(rows[0]), org, day, law, readings)
        raise AssertionError("aiact.assess accepted research before a placing")  # pragma: no cover
    # date_facts.settle_pre_market: there an unknown research fact is settled as no
    data.atoms[PRE_MARKET_ATOM] = np.where(past & (research == UNKNOWN), FALSE, research).astype(
        np.int8
    )


def _check_conflicts(
    frame: pd.DataFrame,
    values: Mapping[str, I8],
    org: Organisation,
    day: dt.date,
    law: LawVersion,
    readings: Interpretations,
) -> None:
    """Direct answers that contradict the facts of their definitions (rules.definitions):
    the first such row is assessed by the per-case engine, which raises its error."""
    np = _np()
    flags = [values[flag] for flag in CONFLICTS if flag in values]
    if not flags:
        return
    rows = np.flatnonzero(np.any(np.stack(flags) == TRUE, axis=0))
    if rows.size:
        _refuse_row(frame, int(rows[0]), org, day, law, readings)


def _refuse_row(
    frame: pd.DataFrame,
    row: int,
    org: Organisation,
    day: dt.date,
    law: LawVersion,
    readings: Interpretations,
) -> None:
    """Assess ``row`` with the per-case engine, whose input checks refuse it: its error,
    named by the row (``rows[3].system...``), is raised."""
    import aiact

    try:
        aiact.assess(_system(frame, row), org, day, law, interpretations=readings)
    except InputError as error:
        raise InputError.wrap(error, prefix=join_path("rows", row)) from None


def _grouped(
    frame: pd.DataFrame,
    data: _Input,
    day: dt.date,
    law: LawVersion,
    readings: Interpretations,
    exposure: bool,
    questions: bool,
    options: ExposureOptions | None,
) -> dict[str, Any]:
    """Exposure and open questions by the per-case engine, once per distinct input (every
    atom, the raw input dates and the organisation)."""
    np = _np()
    import aiact

    groups = [(data.atoms[k].astype(np.int64), 3) for k in sorted(data.atoms)]
    for name in sorted(data.raw_dates):
        days, codes = np.unique(data.raw_dates[name], return_inverse=True)
        groups.append((codes.reshape(-1).astype(np.int64), len(days)))
    groups.append((data.org_codes, len(data.organisations)))
    first, inverse = _group_codes(groups)
    maxima: list[Decimal | None] = []
    counts: list[int] = []
    for row in first:
        row = int(row)
        assessment = aiact.assess(
            _system(frame, row),
            data.organisations[int(data.org_codes[row])],
            day,
            law,
            interpretations=readings,
            exposure_options=options,
        )
        if exposure:
            maxima.append(assessment.exposure.max_ceiling)
        if questions:
            counts.append(len(assessment.open_questions))
    out: dict[str, Any] = {}
    if exposure:
        out["exposure_max_eur"] = np.array(maxima, dtype=object)[inverse]
    if questions:
        out["open_questions"] = np.array(counts, dtype=np.int64)[inverse]
    return out


# --------------------------------------------------------------------------- building a frame


def _flatten(data: Mapping[str, Any], prefix: str, out: dict[str, Any]) -> None:
    for key, value in data.items():
        if isinstance(value, Mapping):
            _flatten(value, f"{prefix}{key}.", out)
        else:
            out[prefix + key] = value


def systems_frame(
    systems: list[AISystem | Mapping[str, Any]],
    organisations: list[Organisation | Mapping[str, Any]] | None = None,
) -> pd.DataFrame:
    """A frame for :func:`assess_frame` from AI systems (models or case-file mappings) and,
    optionally, one organisation per system (``organisation.*`` columns)."""
    _np()
    import pandas as pd

    rows: list[dict[str, Any]] = []
    for index, system in enumerate(systems):
        data = system if isinstance(system, Mapping) else system.model_dump(mode="python")
        row: dict[str, Any] = {}
        _flatten(data, "", row)
        if organisations is not None:
            org = organisations[index]
            org_data = org if isinstance(org, Mapping) else org.model_dump(mode="python")
            _flatten(org_data, "organisation.", row)
        for key in _LISTS:
            if isinstance(row.get(key), list | tuple):
                row[key] = ";".join(str(getattr(v, "value", v)) for v in row[key])
        rows.append({k: v for k, v in row.items() if v is not None})
    known = frame_columns()
    org_flags = {
        f"organisation.{path}"
        for path, annotation in _leaf_fields(Organisation).items()
        if set(get_args(annotation)) == {bool, type(None)}
    }
    frame = pd.DataFrame(rows)
    for column in frame.columns:
        if known.get(column) == "flag" or column in org_flags:
            frame[column] = frame[column].astype("boolean")
    return frame
