"""Rules as data, and their compilation into a stratified rule set per law version.

A :class:`Rule` concludes one named predicate from a condition over facts and other predicates,
and carries its legal source. Several rules may conclude the same predicate: the predicate is then
their Kleene disjunction (each rule is one sufficient ground, as in the Act's lists of cases).

Compilation checks that every rule cites a parseable provision, that every name a condition reads
is either an input fact or a conclusion, and that the predicates form an acyclic graph; it then
orders the predicates into strata so that each is evaluated after everything it reads.

Date-valued rules (:class:`~aiact.daterules.DateRule`) are compiled with them: each case whose
condition is more than a name or a constant becomes an ordinary boolean rule concluding
``datecase.<rule>.<n>``, so that all logic stays in the boolean rules; the date rules themselves
are kept, validated and ordered, in ``date_rules`` (evaluated by :mod:`aiact.engine.dates`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar, cast

import networkx as nx

from aiact.daterules import DateOf, DateRule, Declared, InputDate, case_predicate, value_parts
from aiact.i18n import after_colon
from aiact.logic import Condition, Evaluator, atoms, compile_condition, parse
from aiact.refs import LegalRef
from aiact.timeline.dates import NotInVersionError, date_of
from aiact.versions import ALL_VERSIONS, LawVersion

_T = TypeVar("_T")


class RuleSetError(ValueError):
    """The declarations are inconsistent (an unknown name, a cycle, a bad citation ...)."""


def readings_of(interpretation: str | None) -> tuple[str, ...]:
    """The codes of a rule's or an obligation's ``interpretation`` (``"A8,A42"``)."""
    return (
        tuple(c.strip() for c in interpretation.split(",") if c.strip()) if interpretation else ()
    )


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
    """The open legal questions (A1-A46) whose readings this rule depends on, if any: one code,
    or several joined by commas (``A8,A42``: each can decide the rule; see :attr:`readings`)."""
    also_cites: tuple[str, ...] = ()

    @property
    def readings(self) -> tuple[str, ...]:
        """The codes of :attr:`interpretation`, one by one (``("A8", "A42")``)."""
        return readings_of(self.interpretation)

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
    date_rules: tuple[DateRule, ...] = ()
    """The date-valued rules of this version, each after the date rules it reads."""

    @cached_property
    def rule_by_id(self) -> dict[str, Rule]:
        return {rule.id: rule for rule in self.rules}

    @cached_property
    def predicates(self) -> frozenset[str]:
        return frozenset(self.order)

    @cached_property
    def date_rule_by_name(self) -> dict[str, DateRule]:
        return {rule.name: rule for rule in self.date_rules}

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


def date_case_rules(date_rules: Iterable[DateRule], law: LawVersion) -> tuple[Rule, ...]:
    """The boolean rules that the cases of ``date_rules`` compile into under ``law``: one per case
    whose condition is more than a single name or a constant."""
    out: list[Rule] = []
    for rule in date_rules:
        if not rule.applies_to(law):
            continue
        for index, case in enumerate(rule.cases):
            if law not in case.versions:
                continue
            try:
                predicate = case_predicate(rule, index, case)
            except ValueError as error:
                raise RuleSetError(f"date rule {rule.name!r}, case {index}: {error}") from error
            if not isinstance(predicate, str) or not predicate.startswith("datecase."):
                continue
            out.append(
                Rule(
                    id=predicate,
                    concludes=predicate,
                    when=case.when,
                    source=case.source,
                    title_en=f"{rule.title_en}: {after_colon(case.label_en)}",
                    title_nl=f"{rule.title_nl}: {after_colon(case.label_nl)}",
                    versions=frozenset({law}),
                    interpretation=",".join(case.interpretations) or None,
                )
            )
    return tuple(out)


def _check_date_rules(
    date_rules: tuple[DateRule, ...],
    law: LawVersion,
    names: frozenset[str],
    input_dates: frozenset[str] | None,
) -> tuple[DateRule, ...]:
    """Validate the date rules of ``law`` and order them so that each follows the date rules
    it reads."""
    by_name: dict[str, DateRule] = {}
    for rule in date_rules:
        if rule.name in by_name:
            raise RuleSetError(f"date rule {rule.name!r} is declared twice for {law.value}")
        if rule.name in names:
            raise RuleSetError(f"date rule {rule.name!r} has the name of a boolean fact or rule")
        by_name[rule.name] = rule
    graph: nx.DiGraph[str] = nx.DiGraph()
    graph.add_nodes_from(sorted(by_name))
    for rule in date_rules:
        if not rule.title_en.strip() or not rule.title_nl.strip():
            raise RuleSetError(f"date rule {rule.name!r}: missing English or Dutch title")
        for index, case in enumerate(rule.cases):
            if law not in case.versions:
                continue
            where = f"date rule {rule.name!r}, case {index} ({case.source})"
            try:
                case.ref  # noqa: B018 - parse the citation now
            except ValueError as error:
                raise RuleSetError(f"{where}: bad citation: {error}") from error
            if not case.label_en.strip() or not case.label_nl.strip():
                raise RuleSetError(f"{where}: missing English or Dutch label")
            predicate = case_predicate(rule, index, case)
            if isinstance(predicate, str) and predicate not in names:
                raise RuleSetError(
                    f"{where} reads {predicate!r}, which is neither an input fact nor concluded "
                    f"by any rule of {law.value}"
                )
            if case.inherit and (not isinstance(case.value, DateOf) or case.deadline is not None):
                raise RuleSetError(
                    f"{where}: a case that inherits reads one date rule and has no deadline"
                )
            values = (case.value, *(() if case.deadline is None else (case.deadline,)))
            for part in (p for v in values for p in value_parts(v)):
                if isinstance(part, Declared):
                    try:
                        date_of(part.key, law)
                    except NotInVersionError as error:
                        raise RuleSetError(f"{where}: {error}") from error
                elif isinstance(part, InputDate):
                    if input_dates is not None and part.name not in input_dates:
                        raise RuleSetError(f"{where}: unknown input date {part.name!r}")
                elif isinstance(part, DateOf):
                    if part.name not in by_name:
                        raise RuleSetError(
                            f"{where} reads the date {part.name!r}, which no date rule of "
                            f"{law.value} concludes"
                        )
                    graph.add_edge(part.name, rule.name)
    if not nx.is_directed_acyclic_graph(graph):
        raise RuleSetError(f"the date rules of {law.value} are circular: {nx.find_cycle(graph)}")
    return tuple(by_name[name] for name in nx.lexicographical_topological_sort(graph))


def compile_rules(
    rules: Iterable[Rule],
    law: LawVersion,
    inputs: Iterable[str],
    date_rules: Iterable[DateRule] = (),
    input_dates: Iterable[str] | None = None,
) -> RuleSet:
    """Select the rules (and date rules) of ``law``, validate them and order them into strata.
    ``input_dates``: the input dates the date rules may read (None: not checked)."""
    chosen_dates = tuple(rule for rule in date_rules if rule.applies_to(law))
    rules = (*rules, *date_case_rules(chosen_dates, law))
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
    ordered_dates = _check_date_rules(
        chosen_dates,
        law,
        known_inputs | conclusions,
        None if input_dates is None else frozenset(input_dates),
    )
    return RuleSet(
        law=law,
        rules=selected,
        inputs=known_inputs,
        order=order,
        by_predicate={key: tuple(value) for key, value in by_predicate.items()},
        date_rules=ordered_dates,
    )
