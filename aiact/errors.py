"""One error type for bad input: :class:`InputError`.

Every way in (the library's :func:`aiact.assess`, case files, inventories, the register reader,
the CLI and the HTTP service) turns bad input into an :class:`InputError` (a :class:`ValueError`)
that lists its :class:`Problem` items. Each problem carries

- ``path``: the field, e.g. ``system.roles.deployer`` or ``rows[17].system.name`` (``""`` for
  the input as a whole);
- ``kind``: a machine-readable code (``too_large``, ``invalid_value``, ``duplicate_key`` ...,
  see :data:`KINDS`), so the message can be rendered in another language later;
- ``params``: the values the message uses (the limit, the size, the key ...);
- ``message``: the English text.

``str(error)`` is one line: ``source: path: message (and 2 more problems)``.
:class:`aiact.case.CaseError` is the subclass raised for case files and inventories.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Self

__all__ = [
    "KINDS",
    "UNREAD",
    "FieldConflict",
    "InputError",
    "Problem",
    "ValueProblem",
    "join_path",
    "render",
    "unread_reasons",
]

#: The machine-readable problem codes and what each means.
KINDS: Mapping[str, str] = {
    "invalid_value": "the value is not allowed for this field",
    "type": "the value has the wrong type",
    "missing": "a required field is missing",
    "unknown_field": "the field does not exist",
    "contradiction": "the value contradicts another field",
    "duplicate_key": "a key occurs twice in one mapping",
    "too_large": "a size limit is exceeded (file, string, list, number, expansion)",
    "too_deep": "the nesting is deeper than the limit",
    "too_many_aliases": "more YAML aliases than the limit",
    "recursive_alias": "a YAML alias refers to the node that contains it",
    "syntax": "the text is not valid JSON, YAML or CSV",
    "encoding": "the bytes are not UTF-8 text, or a string is not valid Unicode",
    "not_found": "the file does not exist",
    "unreadable": "the file cannot be read",
    "outside": "a referenced file lies outside the allowed directory",
    "not_a_file": "a referenced path is not a regular file",
    "not_allowed": "the construct is not allowed (a YAML tag, an absolute path ...)",
    "union_territory_code": "a country code of a part of a Member State within the Union: give "
    "the Member State's code (parameters code, give)",
    "reserved_country_code": "an exceptionally reserved country code that stands for a country "
    "with another code: give that code (parameters code, give)",
    "unknown_country_code": "not an assigned ISO 3166-1 alpha-2 country code (parameter code)",
    "before_first_day": "the fact cannot hold on the day assessed: what it describes can exist "
    "only from a later day (parameters as_of, from, cite)",
    "replaced_field": "a field that was replaced by other fields, whose meaning differs: give "
    "those (parameters field, give)",
    "before_in_force": "the day assessed is before the AI Act entered into force on 1 August "
    "2024 (parameter as_of)",
    "internal": "an error in the library itself, not in the input: please report it",
}


def join_path(*parts: str | int) -> str:
    """``join_path("rows", 17, "system", "name") == "rows[17].system.name"``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part:
            out = f"{out}.{part}" if out else str(part)
    return out


UNREAD: ContextVar[bool] = ContextVar("aiact_unread_reasons", default=False)
"""Set within :func:`unread_reasons` (per thread and task); a hot path may set and reset it
itself (``token = UNREAD.set(True)`` ... ``UNREAD.reset(token)``), a third of the context
manager's cost."""


@contextmanager
def unread_reasons() -> Iterator[None]:
    """Within it, a :class:`FieldConflict` raised builds no message: for a caller that only
    asks whether the input checks refuse some facts and reads no error (round 22: building the
    English reason was about 40 % of a refused trial answer's check in an interview's search,
    :func:`aiact.questions.goals.refused`). The checks and what they refuse are the same; the
    reason of such an error is built when first read outside it (:attr:`FieldConflict.message`),
    but an error that kept ``str()`` of one made within it (pydantic's ``ValidationError`` keeps
    its text when raised) must not leave it."""
    token = UNREAD.set(True)
    try:
        yield
    finally:
        UNREAD.reset(token)


class FieldConflict(ValueError):
    """A cross-field check's failure: the value of ``field`` contradicts the fields ``others``.

    Raised by the validators of the input models (:mod:`aiact.facts`) with paths relative to
    the model that validates (``roles.importer``, ``kind``), and by the checks across the
    system and the organisation (:func:`aiact.api._check_together`) with the organisation's
    fields named from the case (``organisation.kind``). A problem made from it has kind
    ``contradiction`` and the parameter ``other``: the other fields, so that a message in
    another language names them too (:mod:`aiact.views.errors`). ``str()`` is
    ``"<field>: <message>"``, the form of the plain messages the checks raised before.

    The reason is a message of the catalogue (``template``, marked with ``N_``): its ``{name}``
    placeholders are filled from ``values`` (short values the check has already validated: a
    country code, a date, a field's name, never raw input), from ``terms`` (marked English
    phrases, translated and joined with "; ") and from ``cites`` (citations, printed in the
    language's form). :meth:`reason` gives it in any language; ``message`` is the English.

    The input facts the reason names are structured too (issue 16): ``names`` maps a placeholder
    to the fact paths it stands for (in the form of :mod:`aiact.questions.fields`:
    ``roles.importer``, ``model.provider``, ``organisation.kind``), and a term may be a pair
    ``(message, path)`` whose ``{fact}`` is that path. :attr:`paths` lists them, and
    :meth:`reason` with ``words`` names each by other words (an interview names the answer that
    set it); without, by its path. ``spoken``, where given, is the reason as such a reader reads
    it (a message of the catalogue with the same placeholders, and any ``cites`` only it uses):
    the developer's reason names field ids and codes that mean nothing to a person who chose
    options (``['4b'] does not list '1c'``), and is kept unchanged (review65 D2)."""

    def __init__(
        self,
        field: str,
        others: str | Sequence[str],
        template: str,
        *,
        absolute: bool = False,
        values: Mapping[str, str] | None = None,
        terms: Mapping[str, Sequence[str | tuple[str, str]]] | None = None,
        cites: Mapping[str, str] | None = None,
        names: Mapping[str, Sequence[str]] | None = None,
        spoken: str | None = None,
        reads: Sequence[str] = (),
    ) -> None:
        self.field = field
        self.reads: tuple[str, ...] = tuple(reads)
        """Fields the check read beyond ``field`` and ``others`` (relative as ``field``), so
        that ``field``, ``others`` and ``reads`` are every field its condition read
        (:func:`aiact.questions.goals.refusal_reads`)."""
        self.others: tuple[str, ...] = (others,) if isinstance(others, str) else tuple(others)
        self.template = template
        self.values: dict[str, str] = dict(values or {})
        self.terms: dict[str, tuple[str | tuple[str, str], ...]] = {
            k: tuple(v) for k, v in (terms or {}).items()
        }
        self.names: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in (names or {}).items()}
        self.cites: dict[str, str] = dict(cites or {})
        self.absolute = absolute
        """The other fields are named from the case (not relative to the validated model)."""
        self.spoken = spoken
        """The reason for a reader who set the facts by answers (see the class docstring)."""
        self._message: str | None = None
        self._unread = UNREAD.get()
        if self._unread:
            super().__init__(field)  # no reason built (:func:`unread_reasons`)
            return
        self._message = self.reason("en")
        super().__init__(f"{field}: {self._message}" if field else self._message)

    @property
    def message(self) -> str:
        """The reason in English (built when first read where raised within
        :func:`unread_reasons`)."""
        if self._message is None:
            self._message = self.reason("en")
        return self._message

    def __str__(self) -> str:
        if self._unread:  # made within :func:`unread_reasons`
            if self._message is None and UNREAD.get():
                return self.field  # not read there
            message = self.message
            return f"{self.field}: {message}" if self.field else message
        return super().__str__()

    @property
    def paths(self) -> tuple[str, ...]:
        """The input facts the reason names (``names`` and the terms' facts), in order."""
        found = [path for paths in self.names.values() for path in paths]
        found.extend(m[1] for v in self.terms.values() for m in v if isinstance(m, tuple))
        return tuple(dict.fromkeys(found))

    def reason(
        self,
        lang: str,
        words: Mapping[str, str] | None = None,
        stated: Collection[str] = (),
    ) -> str:
        """Why the fields contradict each other, in ``lang``; each fact it names by its words
        in ``words`` (a fact not there by its path), in the words of :attr:`spoken` where
        there is one. The words of the facts in ``stated`` say the fact's value themselves
        (``you answered "Yes" to the question ...``): the reason's "is true" or "is false"
        after them is left out (words20: not ``the answer ... is true``)."""
        from aiact.i18n import check_lang, t

        language = check_lang(lang)
        template = self.template if words is None or self.spoken is None else self.spoken
        if not (self.values or self.terms or self.cites or self.names):
            return t(template, language)
        from aiact.views.i18n import cite

        shown = dict(words or {})
        said = {path for path in stated if path in shown}

        def named(paths: Sequence[str]) -> str:
            parts = [shown.get(path, path) for path in paths]
            return ("; " if any(path in shown for path in paths) else ", ").join(parts)

        def term(message: str | tuple[str, str]) -> str:
            if isinstance(message, tuple):
                text = t(message[0], language)
                if message[1] in said:
                    text = without_truth(text, "fact", language)
                return text.format(fact=named((message[1],)))
            return t(message, language)

        filled: dict[str, str] = dict(self.values)
        filled.update({k: named(v) for k, v in self.names.items()})
        filled.update({k: "; ".join(term(m) for m in v) for k, v in self.terms.items()})
        filled.update(
            {
                k: "; ".join(cite(part.strip(), language, inline=True) for part in v.split(";"))
                for k, v in self.cites.items()
            }
        )
        text = t(template, language)
        for name, paths in self.names.items():
            if paths and all(path in said for path in paths):
                text = without_truth(text, name, language)
        return text.format(**filled)

    def __reduce__(self) -> Any:
        return (
            _field_conflict,
            (
                self.field,
                self.others,
                self.template,
                self.absolute,
                self.values,
                self.terms,
                self.cites,
                self.names,
                self.spoken,
                self.reads,
            ),
        )

    def other_paths(self, base: Sequence[str | int]) -> tuple[str, ...]:
        """The other fields as paths under ``base`` (the validated model's location), or as
        given when they are named from the case."""
        if self.absolute:
            return self.others
        return tuple(join_path(*base, *other.split(".")) for other in self.others)

    def params(self, base: Sequence[str | int]) -> dict[str, Any]:
        """The parameters of its ``contradiction`` problem: the other fields (under ``base``)
        and the reason in each translated language (``reason_nl``)."""
        from aiact.i18n import LANGS

        params = conflict_params(self.other_paths(base))
        params.update({f"reason_{lang}": self.reason(lang) for lang in LANGS if lang != "en"})
        return params


class ValueProblem(ValueError):
    """A value check's failure with a problem kind of its own (:data:`KINDS`) and the
    parameters its message uses, so that a message in another language says what is wrong and
    what to give (:mod:`aiact.views.errors`), not only that the value is not allowed. Raised by
    the input models' field validators (``Organisation.member_state``: a refused country code).
    ``params`` must be short, plain values the check has already validated (a two-letter code),
    never raw input: they are shown to the reader. ``str()`` is the English message."""

    def __init__(self, kind: str, message: str, **params: str) -> None:
        if kind not in KINDS:
            raise KeyError(kind)
        self.kind = kind
        self.message = message
        self.params: dict[str, str] = dict(params)
        super().__init__(message)

    def __reduce__(self) -> Any:
        return (_value_problem, (self.kind, self.message, self.params))


def _value_problem(kind: str, message: str, params: dict[str, str]) -> ValueProblem:
    return ValueProblem(kind, message, **params)


TRUTH: Mapping[str, str] = {"en": r" is (?:true|false)\b", "nl": r" is (?:waar|onwaar)\b"}
"""How a reason of the catalogue says a fact's value after its placeholder (``{fact} is true``,
``{fact} is onwaar``), per language; tests/test_words20.py checks that every message that says
it in English says it so in Dutch."""


LEADING_TRUTH: Mapping[str, str] = {"en": r"(?:true|false)(?=, )", "nl": r"(?:waar|onwaar)(?=, )"}
"""How a reason says the value of the fact it is about when it opens with it (``true, but
...``, ``onwaar, maar ...``), per language."""


def after_truth(reason: str, lang: str) -> str | None:
    """``reason`` after its leading "true" or "false" (from the comma on: ``, but ...``), or
    None where it does not open with one: for words that say the value themselves."""
    import re

    pattern = LEADING_TRUTH.get(lang)
    found = None if pattern is None else re.match(pattern, reason)
    return None if found is None else reason[found.end() :]


def without_truth(template: str, name: str, lang: str) -> str:
    """``template`` (a message of the catalogue in ``lang``, not filled in) without "is true" or
    "is false" after placeholder ``{name}``: for words that say the value themselves."""
    import re

    pattern = TRUTH.get(lang)
    if pattern is None:
        return template
    return re.sub(r"(\{" + re.escape(name) + r"\})" + pattern, r"\1", template)


def _field_conflict(
    field: str,
    others: tuple[str, ...],
    template: str,
    absolute: bool,
    values: dict[str, str],
    terms: dict[str, tuple[str | tuple[str, str], ...]],
    cites: dict[str, str],
    names: dict[str, tuple[str, ...]] | None = None,
    spoken: str | None = None,
    reads: tuple[str, ...] = (),
) -> FieldConflict:
    return FieldConflict(
        field,
        others,
        template,
        absolute=absolute,
        values=values,
        terms=terms,
        cites=cites,
        names=names,
        spoken=spoken,
        reads=reads,
    )


def conflict_params(others: Sequence[str]) -> dict[str, Any]:
    """The parameters of a ``contradiction`` problem that name the other fields."""
    return {"other": ", ".join(others), "others": len(others)}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input."""

    path: str
    message: str
    kind: str = "invalid_value"
    params: Mapping[str, Any] = field(default_factory=dict)
    conflict: FieldConflict | None = field(default=None, compare=False, repr=False)
    """The cross-field check's failure the problem was made from, if any: the facts its
    reason names, for a reader who set them by answers (an interview, issue 16); not part of
    the problem's JSON (:meth:`to_dict`)."""

    def prefixed(self, prefix: str) -> Problem:
        """The same problem one level down, e.g. under ``rows[17]``."""
        if not prefix:
            return self
        path = (
            prefix
            if not self.path
            else (f"{prefix}{self.path}" if self.path.startswith("[") else f"{prefix}.{self.path}")
        )
        return Problem(path, self.message, self.kind, self.params, self.conflict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "message": self.message,
            "params": {k: _plain(v) for k, v in self.params.items()},
        }


def _plain(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool | type(None)) else str(value)


class InputError(ValueError):
    """Bad input: one or more :class:`Problem` items, each naming its field.

    ``InputError("must be a date", path="as_of", kind="type")`` for one problem, or
    ``InputError(problems=[...])`` for several. ``errors`` gives ``(path, message)`` pairs;
    ``field`` the first path; ``source`` the file or row the input came from.
    """

    def __init__(
        self,
        message: str | None = None,
        *,
        source: str | None = None,
        field: str | None = None,
        path: str | None = None,
        kind: str = "invalid_value",
        params: Mapping[str, Any] | None = None,
        problems: Iterable[Problem] | None = None,
    ) -> None:
        items = list(problems or ())
        if message is not None:
            where = path if path is not None else (field or "")
            items.insert(0, Problem(where, message, kind, dict(params or {})))
        if not items:
            items = [Problem("", "invalid input", kind, dict(params or {}))]
        self.problems: tuple[Problem, ...] = tuple(items)
        self.source = source
        super().__init__(self._text())

    # ------------------------------------------------------------------ views

    @property
    def field(self) -> str | None:
        """The first problem's field (``None`` for the input as a whole)."""
        return self.problems[0].path or None

    @property
    def kind(self) -> str:
        return self.problems[0].kind

    @property
    def errors(self) -> list[tuple[str, str]]:
        """``(path, message)`` for every problem."""
        return [(p.path, p.message) for p in self.problems]

    @property
    def message(self) -> str:
        """The first problem's message, without source and path."""
        return self.problems[0].message

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"source": ..., "problems": [{"path", "kind", "message", "params"}]}``."""
        return {"source": self.source, "problems": [p.to_dict() for p in self.problems]}

    def _text(self) -> str:
        first = self.problems[0]
        prefix = f"{self.source}: " if self.source else ""
        where = f"{first.path}: " if first.path else ""
        extra = len(self.problems) - 1
        more = f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra else ""
        return f"{prefix}{where}{first.message}{more}"

    # ------------------------------------------------------------------ building

    def under(self, prefix: str, source: str | None = None) -> InputError:
        """The same error with every path under ``prefix`` (e.g. ``rows[17]``), same class."""
        clone = type(self).__new__(type(self))
        InputError.__init__(
            clone,
            source=source if source is not None else self.source,
            problems=[p.prefixed(prefix) for p in self.problems],
        )
        return clone

    @classmethod
    def from_validation(cls, error: Any, *, prefix: str = "", source: str | None = None) -> Self:
        """Wrap a :class:`pydantic.ValidationError`: one problem per pydantic error, each naming
        its field (``prefix`` before pydantic's location)."""
        problems = [problem_from_pydantic(item, prefix) for item in error.errors()]
        return cls(source=source, problems=problems)

    @classmethod
    def wrap(cls, error: BaseException, *, source: str | None = None, prefix: str = "") -> Self:
        """Any input problem as an :class:`InputError` of this class (keeps its problems)."""
        if isinstance(error, InputError):
            moved = error.under(prefix, source)
            if isinstance(moved, cls):
                return moved
            return cls(source=moved.source, problems=moved.problems)
        if _is_validation_error(error):
            return cls.from_validation(error, prefix=prefix, source=source)
        if isinstance(error, ValueProblem):
            return cls(
                error.message,
                source=source,
                path=prefix,
                kind=error.kind,
                params=error.params,
            )
        if isinstance(error, FieldConflict):
            problem = Problem(
                join_path(prefix, *(error.field.split(".") if error.field else ())),
                error.message,
                "contradiction",
                error.params([prefix] if prefix else []),
                error,
            )
            return cls(source=source, problems=[problem])
        path, message = split_field(str(error))
        return cls(message, source=source, path=join_path(prefix, path), kind="invalid_value")


def _is_validation_error(error: BaseException) -> bool:
    try:
        from pydantic import ValidationError
    except ImportError:  # pragma: no cover - pydantic is a dependency
        return False
    return isinstance(error, ValidationError)


_PYDANTIC_KINDS = {
    "missing": "missing",
    "extra_forbidden": "unknown_field",
    "string_too_long": "too_large",
    "too_long": "too_large",
    "less_than_equal": "too_large",
    "less_than": "too_large",
    "decimal_max_digits": "too_large",
    "int_parsing_size": "too_large",
    "model_type": "type",
    "dict_type": "type",
    "list_type": "type",
    "tuple_type": "type",
    "string_type": "type",
    "int_type": "type",
    "bool_type": "type",
    "date_type": "type",
}


def problem_from_pydantic(item: Mapping[str, Any], prefix: str = "") -> Problem:
    """One pydantic error item as a :class:`Problem` (a value error that starts with a field
    name, as the fact models' cross-field checks do, is placed on that field)."""
    loc = [p for p in item.get("loc", ()) if not str(p).startswith("function-")]
    message = str(item.get("msg", "invalid")).removeprefix("Value error, ")
    kind_code = str(item.get("type", ""))
    kind = _PYDANTIC_KINDS.get(kind_code, "invalid_value")
    params: dict[str, Any] = {"pydantic_type": kind_code}
    ctx = item.get("ctx") or {}
    for key in ("le", "lt", "ge", "gt", "max_length", "min_length", "pattern", "expected"):
        if key in ctx:
            params[key] = _plain(ctx[key])
    if kind_code == "extra_forbidden" and loc:
        name = str(loc[-1])
        message = f"unknown field {name!r} (see 'aiact schema case' for the fields)"
        params["field"] = name
    error = ctx.get("error") if isinstance(ctx, Mapping) else None
    if kind_code == "value_error" and isinstance(error, ValueProblem):
        # a value check with its own kind: the values its message uses, checked by it
        params.update(error.params)
        where: list[str | int] = [prefix] if prefix else []
        where.extend(p if isinstance(p, int) else str(p) for p in loc)
        return Problem(join_path(*where), error.message, error.kind, params)
    if kind_code == "value_error" and isinstance(error, FieldConflict):
        # a cross-field check: the field and the others, under the validated model's location
        base: list[str | int] = [prefix] if prefix else []
        base.extend(p if isinstance(p, int) else str(p) for p in loc)
        params.update(error.params(base))
        path = join_path(*base, *(error.field.split(".") if error.field else ()))
        return Problem(path, error.message, "contradiction", params, error)
    if kind_code == "value_error":
        named, rest = split_field(message)
        if named and not loc:
            loc, message, kind = list(named.split(".")), rest, "contradiction"
        elif named and named.split(".")[-1] != str(loc[-1] if loc else ""):
            # a model-level check names a field inside the model it validates
            loc, message, kind = [*loc, *named.split(".")], rest, "contradiction"
        elif named:
            message = rest
    parts: list[str | int] = [prefix] if prefix else []
    parts.extend(p if isinstance(p, int) else str(p) for p in loc)
    return Problem(join_path(*parts), message, kind, params)


def split_field(message: str) -> tuple[str, str]:
    """``"roles.importer: an importer ..."`` -> ``("roles.importer", "an importer ...")``; a
    message that does not start with a dotted field name gives ``("", message)``."""
    head, sep, rest = message.partition(": ")
    if sep and head and all(part.isidentifier() for part in head.split(".")):
        return head, rest
    return "", message


def problems_of(error: BaseException) -> Sequence[Problem]:
    """The problems of any input error (an :class:`InputError` or a pydantic error)."""
    return InputError.wrap(error).problems


def render(error: BaseException, lang: str = "en") -> str:
    """``error`` as one line in ``lang`` (``"en"`` or ``"nl"``): in Dutch every message is built
    from the problem's kind and parameters (:func:`aiact.views.errors.render`)."""
    from aiact.i18n import check_lang
    from aiact.views.errors import render as render_in

    return render_in(error, check_lang(lang))
