"""Rules as data, and their compilation into a stratified rule set per law version.

A :class:`Rule` concludes one named predicate from a condition over facts and other predicates,
and carries its legal source. Several rules may conclude the same predicate: the predicate is then
their Kleene disjunction (each rule is one sufficient ground, as in the Act's lists of cases).

Compilation checks that every rule cites a parseable provision, that every name a condition reads
is either an input fact or a conclusion, and that the predicates form an acyclic graph; it then
orders the predicates into strata so that each is evaluated after everything it reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar, cast

import networkx as nx

from aiact.logic import Condition, Evaluator, atoms, compile_condition, parse
from aiact.refs import LegalRef
from aiact.versions import ALL_VERSIONS, LawVersion

_T = TypeVar("_T")


class RuleSetError(ValueError):
    """The declarations are inconsistent (an unknown name, a cycle, a bad citation ...)."""


@dataclass(frozen=True)
class Rule:
    """One legal rule: ``concludes`` holds when ``when`` holds, on the authority of ``source``."""

    id: str
    concludes: str
    when: str
    source: str
    title_en: str
    title_nl: str
    versions: frozenset[LawVersion] = ALL_VERSIONS
    interpretation: str | None = None
    """The open legal question (A1-A18) whose reading this rule depends on, if any."""
    also_cites: tuple[str, ...] = ()

    @cached_property
    def condition(self) -> Condition:
        return parse(self.when)

    @cached_property
    def reads(self) -> tuple[str, ...]:
        """The names the condition reads, in order of appearance."""
        return atoms(self.condition)

    @cached_property
    def ref(self) -> LegalRef:
        return LegalRef.parse(self.source)

    @cached_property
    def refs(self) -> tuple[LegalRef, ...]:
        return (self.ref, *(LegalRef.parse(text) for text in self.also_cites))

    def applies_to(self, law: LawVersion) -> bool:
        return law in self.versions


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    evaluate: Evaluator


@dataclass(frozen=True)
class RuleSet:
    """The rules of one law version, compiled and ordered for evaluation."""

    law: LawVersion
    rules: tuple[Rule, ...]
    inputs: frozenset[str]
    order: tuple[str, ...]
    """The derived predicates in evaluation order (a topological order of the rule graph)."""
    by_predicate: Mapping[str, tuple[CompiledRule, ...]] = field(repr=False)

    @cached_property
    def rule_by_id(self) -> dict[str, Rule]:
        return {rule.id: rule for rule in self.rules}

    @cached_property
    def predicates(self) -> frozenset[str]:
        return frozenset(self.order)

    def prepared(self, key: str, build: Callable[[RuleSet], _T]) -> _T:
        """A structure derived from this rule set once and kept with it for its lifetime (the
        native engine's generated program, the derivation plan, the open-question index): built
        by ``build`` on first use. ``build`` must be a pure function of the rule set."""
        store: dict[str, Any] = self.__dict__.setdefault("_prepared", {})
        found = store.get(key)
        if found is None:
            found = store.setdefault(key, build(self))
        return cast(_T, found)

    def rules_for(self, predicate: str) -> tuple[Rule, ...]:
        return tuple(compiled.rule for compiled in self.by_predicate.get(predicate, ()))

    @cached_property
    def graph(self) -> nx.DiGraph[str]:
        """Names as nodes; an edge ``a -> b`` when a rule concluding ``b`` reads ``a``."""
        graph: nx.DiGraph[str] = nx.DiGraph()
        for rule in self.rules:
            graph.add_node(rule.concludes, kind="conclusion")
            for name in rule.reads:
                if name not in graph:
                    graph.add_node(name, kind="fact" if name in self.inputs else "conclusion")
                graph.add_edge(name, rule.concludes, rule=rule.id, source=rule.source)
        return graph


def compile_rules(rules: Iterable[Rule], law: LawVersion, inputs: Iterable[str]) -> RuleSet:
    """Select the rules of ``law``, validate them and order them into strata."""
    selected = tuple(rule for rule in rules if rule.applies_to(law))
    known_inputs = frozenset(inputs)
    seen_ids: set[str] = set()
    conclusions = {rule.concludes for rule in selected}
    clash = conclusions & known_inputs
    if clash:
        raise RuleSetError(f"rules conclude input facts: {sorted(clash)}")
    for rule in selected:
        if rule.id in seen_ids:
            raise RuleSetError(f"duplicate rule id {rule.id!r}")
        seen_ids.add(rule.id)
        try:
            rule.ref  # noqa: B018 - parse the citation now, so a bad one fails at load
            rule.refs  # noqa: B018
        except ValueError as error:
            raise RuleSetError(f"rule {rule.id!r}: bad citation: {error}") from error
        try:
            reads = rule.reads
        except ValueError as error:
            raise RuleSetError(f"rule {rule.id!r}: {error}") from error
        unknown = [name for name in reads if name not in known_inputs and name not in conclusions]
        if unknown:
            raise RuleSetError(
                f"rule {rule.id!r} ({rule.source}) reads {unknown}, which is neither an input fact "
                f"nor concluded by any rule of {law.value}"
            )
        if not rule.title_en.strip() or not rule.title_nl.strip():
            raise RuleSetError(f"rule {rule.id!r}: missing English or Dutch title")

    graph: nx.DiGraph[str] = nx.DiGraph()
    graph.add_nodes_from(sorted(conclusions))
    for rule in selected:
        for name in rule.reads:
            if name in conclusions:
                graph.add_edge(name, rule.concludes)
    if not nx.is_directed_acyclic_graph(graph):
        cycle = nx.find_cycle(graph)
        raise RuleSetError(f"the rules of {law.value} are circular: {cycle}")
    order = tuple(nx.lexicographical_topological_sort(graph))

    by_predicate: dict[str, list[CompiledRule]] = {}
    for rule in selected:
        by_predicate.setdefault(rule.concludes, []).append(
            CompiledRule(rule, compile_condition(rule.condition))
        )
    return RuleSet(
        law=law,
        rules=selected,
        inputs=known_inputs,
        order=order,
        by_predicate={key: tuple(value) for key, value in by_predicate.items()},
    )
