"""The native engine: stratified forward chaining in plain Python (the default).

Predicates are evaluated in the topological order computed at load (``RuleSet.order``), so each
rule sees final values for everything it reads; a predicate concluded by several rules is their
Kleene disjunction. The engine holds no legal knowledge: everything comes from the declarations.

For speed, a rule set is translated once into one generated Python function that evaluates every
rule of every stratum in that order, with each name held in a local variable
(:func:`compile_ruleset`). :func:`evaluate_stepwise` does the same work rule by rule, through the
per-rule compiled conditions; a property test holds the two together.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from aiact.engine.base import Evaluation
from aiact.logic import Truth, emit_condition, kleene_join
from aiact.ruleset import RuleSet, RuleSetError

_Program = Callable[[Mapping[str, Truth]], tuple[tuple[Truth, ...], tuple[Truth, ...]]]
"""Generated: inputs -> (the value of each predicate of ``order``, the value of each rule)."""


class NativeEngine:
    """Evaluate a rule set in one pass over its strata."""

    name = "native"

    def evaluate(self, ruleset: RuleSet, inputs: Mapping[str, Truth]) -> Evaluation:
        return self.evaluate_into(ruleset, dict(inputs))

    def evaluate_into(self, ruleset: RuleSet, values: dict[str, Truth]) -> Evaluation:
        """:meth:`evaluate` on input facts the caller hands over: the conclusions are added to
        ``values`` itself, which becomes the evaluation's map (no copy)."""
        program, predicates, rule_ids = _program(ruleset)
        predicate_values, rule_value_list = program(values)
        # The program returns one value per predicate and per rule by construction
        # (:func:`compile_ruleset`): no ``strict=``, a keyword that costs ``zip`` about 250 ns a
        # call in CPython 3.11 (tests/test_native_program.py holds both maps equal to
        # evaluate_stepwise's).
        values.update(zip(predicates, predicate_values))  # noqa: B905
        # The evaluation without its ``rule_values`` map: it is built from the program's rule
        # tuple when first read (``Evaluation.__getattr__``); the generated walkers and the
        # derivation builder read the values by position (:func:`result_tuples`,
        # :func:`rule_tuple`). Made as the dataclass's ``__init__`` would, field by field.
        evaluation = _new_evaluation(Evaluation)
        evaluation.__dict__.update(
            ruleset=ruleset,
            values=values,
            engine=self.name,
            _results=(predicate_values, rule_value_list),
            _rule_ids=rule_ids,
        )
        return evaluation


def evaluate_stepwise(ruleset: RuleSet, inputs: Mapping[str, Truth]) -> Evaluation:
    """The same evaluation rule by rule, through each rule's own compiled condition: the
    reference for :func:`compile_ruleset`."""
    values: dict[str, Truth] = dict(inputs)
    rule_values: dict[str, Truth] = {}
    for predicate in ruleset.order:
        result: Truth = False
        for compiled in ruleset.by_predicate[predicate]:
            value = compiled.evaluate(values)
            rule_values[compiled.rule.id] = value
            if value is True:
                result = True
            elif value is None and result is False:
                result = None
        values[predicate] = result
    return Evaluation(ruleset=ruleset, values=values, rule_values=rule_values, engine="native")


def compile_ruleset(ruleset: RuleSet) -> tuple[_Program, tuple[str, ...], tuple[str, ...]]:
    """One generated function for the whole rule set, with the predicate names and rule ids its
    two result tuples follow.

    Every name read is loaded once into a local variable (unknown when absent), each rule's
    condition is emitted with :func:`~aiact.logic.emit_condition`, and each predicate is the
    Kleene disjunction of its rules, in ``ruleset.order``.
    """
    local: dict[str, str] = {}
    lines: list[str] = []

    def var(name: str) -> str:
        found = local.get(name)
        if found is None:
            found = local[name] = f"v{len(local)}"
            lines.append(f"{found} = get({name!r})")
        return found

    predicates = ruleset.order
    rule_ids: list[str] = []
    for predicate in predicates:
        own: list[str] = []
        for compiled in ruleset.by_predicate[predicate]:
            rule = compiled.rule
            for name in rule.reads:
                if name in ruleset.predicates:
                    if name not in local:
                        raise RuleSetError(
                            f"rule {rule.id!r} reads {name!r} before it is concluded: the rule "
                            "set's order is not a topological order"
                        )
                elif name not in local:
                    var(name)
            index = len(rule_ids)
            result = emit_condition(rule.condition, local.__getitem__, f"t{index}_", lines)
            lines.append(f"r{index} = {result}")
            rule_ids.append(rule.id)
            own.append(f"r{index}")
        target = f"v{len(local)}"
        # A predicate concluded by several rules is their Kleene disjunction.
        joined = own[0] if len(own) == 1 else kleene_join(own, conjunction=False)
        lines.append(f"{target} = {joined}")
        local[predicate] = target
    body = "".join(f"    {line}\n" for line in lines)
    source = (
        "def _program(values):\n"
        "    get = values.get\n"
        f"{body}"
        f"    return ({''.join(local[p] + ', ' for p in predicates)}), "
        f"({''.join(f'r{index}, ' for index in range(len(rule_ids)))})\n"
    )
    namespace: dict[str, object] = {}
    exec(compile(source, f"<rule set {ruleset.law.value}>", "exec"), namespace)
    program = namespace["_program"]
    assert callable(program)
    return program, predicates, tuple(rule_ids)


def result_tuples(evaluation: Evaluation) -> tuple[tuple[Truth, ...], tuple[Truth, ...]]:
    """The value of every predicate of ``ruleset.order`` and of every rule in the generated
    program's rule order (``_program(ruleset)[2]``): the program's result tuples when the native
    engine made ``evaluation``, else read from its maps (the durable engine, a derived
    evaluation)."""
    found: tuple[tuple[Truth, ...], tuple[Truth, ...]] | None = evaluation.__dict__.get("_results")
    if found is None:
        _, predicates, rule_ids = _program(evaluation.ruleset)
        found = (
            tuple(map(evaluation.values.get, predicates)),
            tuple(map(evaluation.rule_values.get, rule_ids)),
        )
    return found


def rule_tuple(evaluation: Evaluation) -> tuple[Truth, ...]:
    """The value of every rule in the generated program's rule order (``_program(ruleset)[2]``):
    the program's tuple when the native engine made ``evaluation``, else read from its
    ``rule_values`` (never from ``values``, which may be a map that records what is read)."""
    found: tuple[tuple[Truth, ...], tuple[Truth, ...]] | None = evaluation.__dict__.get("_results")
    if found is not None:
        return found[1]
    return tuple(map(evaluation.rule_values.get, _program(evaluation.ruleset)[2]))


def _program(ruleset: RuleSet) -> tuple[_Program, tuple[str, ...], tuple[str, ...]]:
    """The rule set's generated program, compiled once and kept with the rule set."""
    return ruleset.prepared("native.program", compile_ruleset)


_new_evaluation = object.__new__

NATIVE = NativeEngine()
