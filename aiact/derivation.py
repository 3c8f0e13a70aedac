"""Derivations: why a conclusion holds, does not hold, or is undetermined.

A derivation is built from an :class:`~aiact.engine.base.Evaluation` (the value of every name and
of every rule). For a conclusion it lists the rules that decided it with their legal sources and
the premises each read, and recurses into premises that are themselves conclusions, down to the
input facts. The same evaluation gives the same derivation, whichever engine produced it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiact.engine.base import Evaluation
from aiact.logic import Truth, truth_label
from aiact.ruleset import Rule


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


@dataclass(frozen=True)
class Derivation:
    """Why ``conclusion`` has ``value``."""

    conclusion: str
    value: Truth
    steps: tuple[RuleStep, ...]
    """True: the rules that hold. False: every rule (none holds). Unknown: the undetermined rules."""
    is_input: bool = False

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
                    "premises": [
                        p.derivation.to_dict(lang)
                        if p.derivation is not None
                        else {"fact": p.name, "value": truth_label(p.value)}
                        for p in step.premises
                    ],
                }
                for step in self.steps
            ],
        }

    def lines(self, lang: str = "en", depth: int = 0, max_depth: int = 12) -> list[str]:
        """An indented, human-readable rendering of the tree."""
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
            out.append(
                f"{pad}  {_label(step.value, lang)}: {step.rule.source}: {title}{reading}"
            )
            for premise in step.premises:
                if premise.derivation is not None:
                    out.extend(premise.derivation.lines(lang, depth + 2, max_depth))
                else:
                    out.append(f"{pad}    {premise.name} = {_label(premise.value, lang)}")
        return out

    def text(self, lang: str = "en") -> str:
        return "\n".join(self.lines(lang))

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


def derive(evaluation: Evaluation, name: str) -> Derivation:
    """The derivation of ``name`` in ``evaluation`` (memoised within one call)."""
    memo: dict[str, Derivation] = {}
    ruleset = evaluation.ruleset

    def build(target: str) -> Derivation:
        if target in memo:
            return memo[target]
        value = evaluation.values.get(target)
        if target not in ruleset.predicates:
            node = Derivation(target, value, (), is_input=True)
            memo[target] = node
            return node
        steps: list[RuleStep] = []
        for rule in ruleset.rules_for(target):
            rule_value = evaluation.rule_values.get(rule.id)
            if value is True and rule_value is not True:
                continue
            if value is None and rule_value is not None:
                continue
            premises = tuple(
                Premise(
                    atom,
                    evaluation.values.get(atom),
                    build(atom) if atom in ruleset.predicates else None,
                )
                for atom in rule.reads
            )
            steps.append(RuleStep(rule, rule_value, premises))
        node = Derivation(target, value, tuple(steps))
        memo[target] = node
        return node

    return build(name)
