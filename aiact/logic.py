"""The condition language: Kleene three-valued logic over named facts.

A condition is written as text that a policy analyst can read beside the article it encodes::

    "annex_iii.listed and not derogation.applies"
    "role.deployer and (org.public_authority or org.union_institution)"

Grammar (precedence ``not`` > ``and`` > ``or``; parentheses group)::

    expr   := term ("or" term)*
    term   := factor ("and" factor)*
    factor := "not" factor | "(" expr ")" | "true" | "false" | "unknown" | NAME
    NAME   := [A-Za-z_][A-Za-z0-9_.]*

Values are ``True``, ``False`` or ``None`` (unknown). ``and``/``or``/``not`` follow Kleene's strong
three-valued logic, so a conclusion is never a silent default: if the facts that would decide it
are unknown, it is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeAlias

Truth: TypeAlias = bool | None
"""A three-valued truth value: ``True``, ``False`` or ``None`` for unknown."""


def k_not(value: Truth) -> Truth:
    """Kleene negation: unknown stays unknown."""
    return None if value is None else not value


def k_and(values: Iterator[Truth] | list[Truth] | tuple[Truth, ...]) -> Truth:
    """Kleene conjunction: false if any is false, else unknown if any is unknown, else true."""
    result: Truth = True
    for value in values:
        if value is False:
            return False
        if value is None:
            result = None
    return result


def k_or(values: Iterator[Truth] | list[Truth] | tuple[Truth, ...]) -> Truth:
    """Kleene disjunction: true if any is true, else unknown if any is unknown, else false."""
    result: Truth = False
    for value in values:
        if value is True:
            return True
        if value is None:
            result = None
    return result


def truth_label(value: Truth) -> str:
    """``true``/``false``/``unknown``."""
    return "unknown" if value is None else ("true" if value else "false")


# Reading a three-valued result. ``if a.in_scope:`` treats an undetermined answer (None) as "no";
# these helpers say which of the three values is meant, and reject anything that is not one.


def _check_truth(value: object) -> Truth:
    if value is None or value is True or value is False:
        return value
    raise TypeError(f"not a three-valued truth value (True, False or None): {value!r}")


def is_true(value: Truth) -> bool:
    """The value is certainly true (``True``); false for false *and* for undetermined."""
    return _check_truth(value) is True


def is_false(value: Truth) -> bool:
    """The value is certainly false (``False``); false for true *and* for undetermined."""
    return _check_truth(value) is False


def is_undetermined(value: Truth) -> bool:
    """Unknown facts decide the value (``None``): ask the open questions."""
    return _check_truth(value) is None


# --------------------------------------------------------------------------- the syntax tree


@dataclass(frozen=True, slots=True)
class Atom:
    """A named fact or derived conclusion."""

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Const:
    """A literal truth value."""

    value: Truth

    def __str__(self) -> str:
        return truth_label(self.value)


@dataclass(frozen=True, slots=True)
class Not:
    operand: Condition

    def __str__(self) -> str:
        inner = str(self.operand)
        return f"not {inner}" if isinstance(self.operand, Atom | Const | Not) else f"not ({inner})"


@dataclass(frozen=True, slots=True)
class And:
    operands: tuple[Condition, ...]

    def __str__(self) -> str:
        return " and ".join(_wrap(op, Or) for op in self.operands)


@dataclass(frozen=True, slots=True)
class Or:
    operands: tuple[Condition, ...]

    def __str__(self) -> str:
        return " or ".join(str(op) for op in self.operands)


Condition: TypeAlias = Atom | Const | Not | And | Or


def _wrap(node: Condition, kind: type) -> str:
    return f"({node})" if isinstance(node, kind) else str(node)


class ConditionSyntaxError(ValueError):
    """A condition text that does not parse; the message shows where."""


_TOKEN = re.compile(r"\s*(?:(\()|(\))|([A-Za-z_][A-Za-z0-9_.]*))")
_KEYWORDS = {"and", "or", "not", "true", "false", "unknown"}


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    pos = 0
    stripped = text.rstrip()
    while pos < len(stripped):
        match = _TOKEN.match(stripped, pos)
        if match is None:
            raise ConditionSyntaxError(
                f"unexpected character {stripped[pos:].strip()[:1]!r} at position {pos} in {text!r}"
            )
        tokens.append(match.group(match.lastindex or 0))
        pos = match.end()
    return tokens


def parse(text: str) -> Condition:
    """Parse a condition text into its syntax tree."""
    tokens = _tokens(text)
    if not tokens:
        raise ConditionSyntaxError("empty condition")
    position = 0

    def peek() -> str | None:
        return tokens[position] if position < len(tokens) else None

    def take() -> str:
        nonlocal position
        if position >= len(tokens):
            raise ConditionSyntaxError(f"condition ends too early: {text!r}")
        token = tokens[position]
        position += 1
        return token

    def expr() -> Condition:
        items = [term()]
        while peek() == "or":
            take()
            items.append(term())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def term() -> Condition:
        items = [factor()]
        while peek() == "and":
            take()
            items.append(factor())
        return items[0] if len(items) == 1 else And(tuple(items))

    def factor() -> Condition:
        token = take()
        if token == "not":
            return Not(factor())
        if token == "(":
            inner = expr()
            if take() != ")":
                raise ConditionSyntaxError(f"missing ')' in {text!r}")
            return inner
        if token == "true":
            return Const(True)
        if token == "false":
            return Const(False)
        if token == "unknown":
            return Const(None)
        if token in _KEYWORDS or token == ")":
            raise ConditionSyntaxError(f"unexpected {token!r} in {text!r}")
        return Atom(token)

    tree = expr()
    if position != len(tokens):
        raise ConditionSyntaxError(f"unexpected {tokens[position]!r} in {text!r}")
    return tree


def atoms(condition: Condition) -> tuple[str, ...]:
    """The names a condition reads, in order of first appearance, without repeats."""
    seen: dict[str, None] = {}

    def walk(node: Condition) -> None:
        if isinstance(node, Atom):
            seen.setdefault(node.name, None)
        elif isinstance(node, Not):
            walk(node.operand)
        elif isinstance(node, And | Or):
            for operand in node.operands:
                walk(operand)

    walk(condition)
    return tuple(seen)


def evaluate(condition: Condition, values: Mapping[str, Truth]) -> Truth:
    """Evaluate a condition with Kleene semantics; a name missing from ``values`` is unknown."""
    if isinstance(condition, Atom):
        return values.get(condition.name)
    if isinstance(condition, Const):
        return condition.value
    if isinstance(condition, Not):
        return k_not(evaluate(condition.operand, values))
    if isinstance(condition, And):
        return k_and(evaluate(op, values) for op in condition.operands)
    return k_or(evaluate(op, values) for op in condition.operands)


Evaluator: TypeAlias = Callable[[Mapping[str, Truth]], Truth]


def kleene_join(parts: Sequence[str], conjunction: bool) -> str:
    """A Python expression for the Kleene conjunction (or disjunction) of the three-valued
    expressions ``parts``: false (true) as soon as one part is, else unknown if one part is, else
    true (false). Short-circuiting is not needed for correctness; the expression is exact."""
    stop, keep = (False, True) if conjunction else (True, False)
    return (
        f"{stop!r} if ({' or '.join(f'{p} is {stop!r}' for p in parts)}) else "
        f"(None if ({' or '.join(f'{p} is None' for p in parts)}) else {keep!r})"
    )


def emit_condition(
    condition: Condition, atom: Callable[[str], str], prefix: str, lines: list[str]
) -> str:
    """Append Python statements computing ``condition`` with Kleene semantics to ``lines`` and
    return the expression that holds its value. ``atom(name)`` gives the expression that reads a
    name; ``prefix`` keeps the temporaries of different conditions apart.

    The code is plain ``and``/``or`` on three values; :func:`evaluate` is the reference and a
    property test holds the two together.
    """
    counter = iter(range(1_000_000))

    def emit(node: Condition) -> str:
        if isinstance(node, Atom):
            return atom(node.name)
        if isinstance(node, Const):
            return repr(node.value)
        var = f"{prefix}{next(counter)}"
        if isinstance(node, Not):
            inner = emit(node.operand)
            lines.append(f"{var} = None if {inner} is None else not {inner}")
        else:
            parts = [emit(op) for op in node.operands]
            lines.append(f"{var} = {kleene_join(parts, conjunction=isinstance(node, And))}")
        return var

    return emit(condition)


def compile_condition(condition: Condition) -> Evaluator:
    """Compile a condition into a fast Python function with the same Kleene semantics
    (:func:`emit_condition`)."""
    names = {name: f"a{index}" for index, name in enumerate(atoms(condition))}
    lines = [f"{var} = get({name!r})" for name, var in names.items()]
    result = emit_condition(condition, names.__getitem__, "x", lines)
    body = "".join(f"    {line}\n" for line in lines)
    source = f"def _f(values):\n    get = values.get\n{body}    return {result}\n"
    namespace: dict[str, object] = {}
    exec(compile(source, f"<condition {condition}>", "exec"), namespace)
    function = namespace["_f"]
    assert callable(function)
    return function


def unknown_atoms(condition: Condition, values: Mapping[str, Truth]) -> tuple[str, ...]:
    """The unknown names that keep ``condition`` undetermined (empty if it is decided)."""
    if evaluate(condition, values) is not None:
        return ()
    return tuple(name for name in atoms(condition) if values.get(name) is None)


def conjuncts(condition: Condition) -> tuple[Condition, ...]:
    """The top-level parts of an ``and`` (the condition itself otherwise)."""
    return condition.operands if isinstance(condition, And) else (condition,)
