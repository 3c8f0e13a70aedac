"""Kleene's strong three-valued logic in the solver: each value is two booleans.

A three-valued value ``v`` is the pair ``(t, f)``: ``t`` holds when ``v`` is certainly true,
``f`` when it is certainly false, neither when it is unknown; both never hold (the
well-formedness constraint :func:`well_formed`, needed only for free inputs: every value built
from well-formed values by :func:`k_and`, :func:`k_or` and :func:`k_not` is well-formed).

This "dual-rail" encoding is exact for strong Kleene logic (``aiact.logic``):

* ``not a`` swaps the rails;
* ``a and b`` is certainly true iff both are, certainly false iff one is;
* ``a or b`` is certainly true iff one is, certainly false iff both are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from aiact.logic import And, Atom, Condition, Const, Not, Or, Truth
from aiact.verify._z3 import Expr, z3


@dataclass(frozen=True, slots=True)
class K3:
    """A three-valued value in the solver: ``t`` (certainly true), ``f`` (certainly false)."""

    t: Expr
    f: Expr

    @property
    def unknown(self) -> Expr:
        """Neither true nor false."""
        return z3.And(z3.Not(self.t), z3.Not(self.f))

    @property
    def known(self) -> Expr:
        return z3.Or(self.t, self.f)

    def same(self, other: K3) -> Expr:
        """The two values are equal (both true, both false or both unknown)."""
        return z3.And(self.t == other.t, self.f == other.f)

    def is_value(self, value: Truth) -> Expr:
        """The value is ``value`` (``True``, ``False`` or ``None`` for unknown)."""
        if value is True:
            return self.t
        if value is False:
            return self.f
        return self.unknown


TRUE = K3(z3.BoolVal(True), z3.BoolVal(False))
FALSE = K3(z3.BoolVal(False), z3.BoolVal(True))
UNKNOWN = K3(z3.BoolVal(False), z3.BoolVal(False))


def const(value: Truth) -> K3:
    return UNKNOWN if value is None else (TRUE if value else FALSE)


def fresh(name: str) -> K3:
    """A free three-valued variable (add :func:`well_formed` for it)."""
    return K3(z3.Bool(f"{name}#t"), z3.Bool(f"{name}#f"))


def well_formed(value: K3) -> Expr:
    return z3.Not(z3.And(value.t, value.f))


def k_not(value: K3) -> K3:
    return K3(value.f, value.t)


def k_and(values: Iterable[K3]) -> K3:
    items = list(values)
    if len(items) == 1:
        return items[0]
    return K3(z3.And([v.t for v in items]), z3.Or([v.f for v in items]))


def k_or(values: Iterable[K3]) -> K3:
    items = list(values)
    if len(items) == 1:
        return items[0]
    return K3(z3.Or([v.t for v in items]), z3.And([v.f for v in items]))


def encode(condition: Condition, env: Mapping[str, K3] | Callable[[str], K3]) -> K3:
    """The condition's value over the three-valued values of the names it reads."""
    look = env.__getitem__ if isinstance(env, Mapping) else env

    def walk(node: Condition) -> K3:
        if isinstance(node, Atom):
            return look(node.name)
        if isinstance(node, Const):
            return const(node.value)
        if isinstance(node, Not):
            return k_not(walk(node.operand))
        if isinstance(node, And):
            return k_and(walk(op) for op in node.operands)
        assert isinstance(node, Or)
        return k_or(walk(op) for op in node.operands)

    return walk(condition)


def truth_in(model: Expr, value: K3) -> Truth:
    """The value of ``value`` in a solver model."""
    if z3.is_true(model.eval(value.t, model_completion=True)):
        return True
    if z3.is_true(model.eval(value.f, model_completion=True)):
        return False
    return None
