"""Derivations: why a conclusion holds, does not hold, or is undetermined.

A derivation is built from an :class:`~aiact.engine.base.Evaluation` (the value of every name and
of every rule). For a conclusion it lists the rules that decided it with their legal sources and
the premises each read, and recurses into premises that are themselves conclusions, down to the
input facts. The same evaluation gives the same derivation, whichever engine produced it.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from aiact.engine.base import Evaluation
from aiact.logic import Truth, evaluate, truth_label
from aiact.ruleset import Rule, RuleSet


@dataclass(frozen=True)
class Premise:
    """A name a rule read, with its value, and its own derivation if it is a conclusion."""

    name: str
    value: Truth
    derivation: Derivation | None


@dataclass(frozen=True)
class RuleStep:
    """One rule's outcome: the rule, its value and its premises."""

    rule: Rule
    value: Truth
    premises: tuple[Premise, ...]
    because: tuple[str, ...] = ()
    """A minimal set of premises whose values alone decide the rule's value (for an undetermined
    rule: its unknown premises). The other premises were read but did not matter."""


@dataclass(frozen=True)
class Derivation:
    """Why ``conclusion`` has ``value``."""

    conclusion: str
    value: Truth
    steps: tuple[RuleStep, ...]
    """True: the rules that hold. False: every rule (none holds). Unknown: the undetermined
    rules."""
    is_input: bool = False

    def _repr_html_(self) -> str:
        from aiact.views.html import derivation_html

        return derivation_html(self)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """A JSON-ready tree."""
        if self.is_input:
            return {"fact": self.conclusion, "value": truth_label(self.value)}
        return {
            "conclusion": self.conclusion,
            "value": truth_label(self.value),
            "rules": [
                {
                    "rule": step.rule.id,
                    "source": step.rule.source,
                    "title": step.rule.title_nl if lang == "nl" else step.rule.title_en,
                    "value": truth_label(step.value),
                    "interpretation": step.rule.interpretation,
                    "because": list(step.because),
                    "premises": [
                        p.derivation.to_dict(lang)
                        if p.derivation is not None
                        else {"name": p.name, "value": truth_label(p.value), "decisive": False}
                        for p in step.premises
                    ],
                }
                for step in self.steps
            ],
        }

    def lines(
        self, lang: str = "en", depth: int = 0, max_depth: int = 60, full: bool = False
    ) -> list[str]:
        """An indented, human-readable rendering of the tree: by default only the premises that
        decided each rule (``full=True`` shows every premise read)."""
        pad = "  " * depth
        value = _label(self.value, lang)
        if self.is_input:
            return [f"{pad}{self.conclusion} = {value}"]
        out = [f"{pad}{self.conclusion} = {value}"]
        if depth >= max_depth:
            return [*out, f"{pad}  ..."]
        if not self.steps:
            out.append(f"{pad}  ({'geen regel' if lang == 'nl' else 'no rule'})")
        for step in self.steps:
            title = step.rule.title_nl if lang == "nl" else step.rule.title_en
            reading = f" [{step.rule.interpretation}]" if step.rule.interpretation else ""
            source = step.rule.ref.nl() if lang == "nl" else step.rule.source
            out.append(f"{pad}  {_label(step.value, lang)}: {source}: {title}{reading}")
            shown = step.premises if full else [p for p in step.premises if p.name in step.because]
            for premise in shown:
                if premise.derivation is not None:
                    out.extend(premise.derivation.lines(lang, depth + 2, max_depth, full))
                else:
                    out.append(f"{pad}    {premise.name} = {_label(premise.value, lang)}")
        return out

    def text(self, lang: str = "en", full: bool = False) -> str:
        """The derivation as indented text (``full=True``: every premise, not only the decisive)."""
        return "\n".join(self.lines(lang, full=full))

    def sources(self) -> tuple[str, ...]:
        """Every legal source the derivation relies on, once, in order of appearance."""
        seen: dict[str, None] = {}

        def walk(node: Derivation) -> None:
            for step in node.steps:
                seen.setdefault(step.rule.source, None)
                for extra in step.rule.also_cites:
                    seen.setdefault(extra, None)
                for premise in step.premises:
                    if premise.derivation is not None:
                        walk(premise.derivation)

        walk(self)
        return tuple(seen)

    def unknown_facts(self) -> tuple[str, ...]:
        """The unknown input facts under this derivation (what a questionnaire should ask)."""
        seen: dict[str, None] = {}

        def walk(node: Derivation) -> None:
            for step in node.steps:
                if step.value is not None:
                    continue
                for premise in step.premises:
                    if premise.value is not None:
                        continue
                    if premise.derivation is None or premise.derivation.is_input:
                        seen.setdefault(premise.name, None)
                    else:
                        walk(premise.derivation)

        if self.value is None:
            walk(self)
        return tuple(seen)


_NL = {"true": "waar", "false": "onwaar", "unknown": "onbekend"}


def _label(value: Truth, lang: str) -> str:
    label = truth_label(value)
    return _NL[label] if lang == "nl" else label


def _because(rule: Rule, evaluation: Evaluation) -> tuple[str, ...]:
    """A minimal set of the rule's premises that alone decide its value: greedily forget each
    premise (make it unknown) and keep it only if forgetting it changes the value."""
    return _decisive(rule, tuple(evaluation.values.get(name) for name in rule.reads))


@lru_cache(maxsize=65536)
def _decisive(rule: Rule, read_values: tuple[Truth, ...]) -> tuple[str, ...]:
    """:func:`_because` for the values of ``rule.reads`` (in order): a pure function of the rule
    and those values, so it is cached (a portfolio repeats the same combinations)."""
    values = dict(zip(rule.reads, read_values, strict=True))
    target = evaluate(rule.condition, values)
    if target is None:
        return tuple(name for name, value in values.items() if value is None)
    kept = dict(values)
    for name in rule.reads:
        if kept[name] is None:
            continue
        trial = {**kept, name: None}
        if evaluate(rule.condition, trial) == target:
            kept = trial
    return tuple(name for name in rule.reads if kept[name] is not None)


_Plan = dict[str, tuple[tuple[Rule, tuple[tuple[str, bool], ...]], ...]]
"""Per predicate: its rules, each with the names it reads and whether each is a predicate."""

_PLANS: dict[int, _Plan] = {}
_MEMOS: dict[int, dict[str, Derivation]] = {}


def _plan(ruleset: RuleSet) -> _Plan:
    """The rule set's rules per predicate, prepared once per rule set (a pure function of it)."""
    plan = _PLANS.get(id(ruleset))
    if plan is None:
        predicates = ruleset.predicates
        plan = {
            predicate: tuple(
                (rule, tuple((atom, atom in predicates) for atom in rule.reads))
                for rule in ruleset.rules_for(predicate)
            )
            for predicate in ruleset.order
        }
        _PLANS[id(ruleset)] = plan
        weakref.finalize(ruleset, _PLANS.pop, id(ruleset), None)
    return plan


def _memo(evaluation: Evaluation) -> dict[str, Derivation]:
    """The derivations built so far for ``evaluation``, shared by every call on it (they are pure
    functions of the evaluation), and dropped when the evaluation is."""
    memo = _MEMOS.get(id(evaluation))
    if memo is None:
        memo = _MEMOS.setdefault(id(evaluation), {})
        weakref.finalize(evaluation, _MEMOS.pop, id(evaluation), None)
    return memo


def derive(evaluation: Evaluation, name: str) -> Derivation:
    """The derivation of ``name`` in ``evaluation``.

    Sub-derivations are memoised per evaluation, so explaining every conclusion of an assessment
    builds each node once.
    """
    memo = _memo(evaluation)
    plan = _plan(evaluation.ruleset)
    values = evaluation.values
    rule_values = evaluation.rule_values

    def build(target: str) -> Derivation:
        node = memo.get(target)
        if node is not None:
            return node
        value = values.get(target)
        rules = plan.get(target)
        if rules is None:
            node = Derivation(target, value, (), is_input=True)
            memo[target] = node
            return node
        steps: list[RuleStep] = []
        for rule, reads in rules:
            rule_value = rule_values.get(rule.id)
            if value is True and rule_value is not True:
                continue
            if value is None and rule_value is not None:
                continue
            read_values = tuple(values.get(atom) for atom, _ in reads)
            because = _decisive(rule, read_values)
            # Only the premises that decided the rule are explained further: the others were
            # read but did not matter, and keep just their value.
            premises = tuple(
                Premise(
                    atom,
                    value_read,
                    build(atom) if is_predicate and atom in because else None,
                )
                for (atom, is_predicate), value_read in zip(reads, read_values, strict=True)
            )
            steps.append(RuleStep(rule, rule_value, premises, because))
        node = Derivation(target, value, tuple(steps))
        memo[target] = node
        return node

    return build(name)
