"""The rule graph: which facts each rule reads and which conclusion it draws (design principle 7).

Nodes are names: input facts (``kind="fact"``, e.g. ``annex_iii.5a``, ``derogation.profiling``)
and conclusions (``kind="conclusion"``, e.g. ``hr.high_risk`` (Art. 6(2)) or
``obligation.art26_8``). An edge ``a -> b`` says that a rule concluding ``b`` reads ``a``; it
carries the ids of those rules (``rules``) and their provisions (``citation``). The compiled rule
set already checked the graph acyclic (:mod:`aiact.ruleset`); it is checked again here.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

import networkx as nx

from aiact.engine.compile import ruleset_for
from aiact.graph.obligations import GraphError
from aiact.obligations.catalogue import catalogue
from aiact.versions import LawVersion

Kind = Literal["system", "model"]

DEFAULT_LAW = LawVersion.AMENDED
"""The version used when none is named: the text in force from 27 July 2026."""


@cache
def _rule_graph(kind: Kind, law: LawVersion) -> nx.DiGraph[str]:
    ruleset = ruleset_for(kind, law)
    graph: nx.DiGraph[str] = nx.DiGraph(name=f"aiact rule graph ({kind}, {law.value})")
    for name in sorted(ruleset.inputs):
        graph.add_node(name, kind="fact", citation="", title_en="", title_nl="", rules="")
    for predicate in sorted(ruleset.predicates):
        rules = ruleset.rules_for(predicate)
        graph.add_node(
            predicate,
            kind="conclusion",
            citation="; ".join(dict.fromkeys(rule.source for rule in rules)),
            title_en=rules[0].title_en if rules else "",
            title_nl=rules[0].title_nl if rules else "",
            rules=",".join(rule.id for rule in rules),
        )
    for predicate in sorted(ruleset.predicates):
        reads: dict[str, list[tuple[str, str]]] = {}
        for rule in ruleset.rules_for(predicate):
            for name in rule.reads:
                reads.setdefault(name, []).append((rule.id, rule.source))
        for name in sorted(reads):
            pairs = reads[name]
            graph.add_edge(
                name,
                predicate,
                rules=",".join(dict.fromkeys(rule_id for rule_id, _ in pairs)),
                citation="; ".join(dict.fromkeys(source for _, source in pairs)),
            )
    if not nx.is_directed_acyclic_graph(graph):
        raise GraphError(f"the rule graph is circular: {nx.find_cycle(graph)}")
    nx.freeze(graph)
    return graph


def rule_graph(kind: Kind = "system", law: LawVersion | str | None = None) -> nx.DiGraph[str]:
    """The rule graph of the AI-system rules (``system``) or the GPAI-model rules (``model``) of
    ``law`` (default: the amended text), frozen. Facts that no rule reads are nodes too."""
    version = DEFAULT_LAW if law is None else LawVersion.parse(law)
    return _rule_graph(kind, version)


def _name(graph: nx.DiGraph[str], key: str) -> str:
    if key in graph:
        return key
    try:
        predicate = catalogue().get(key).predicate
    except KeyError:
        predicate = None
    if predicate is not None and predicate in graph:
        return predicate
    raise KeyError(
        f"{key!r} is neither a fact nor a conclusion of this rule graph (e.g. 'hr.high_risk', "
        "'annex_iii.5a', or an obligation such as 'art26_8' / 'Art. 26(8)')"
    )


def facts_for(
    conclusion: str, kind: Kind = "system", law: LawVersion | str | None = None
) -> tuple[str, ...]:
    """The input facts that can change ``conclusion`` (sorted): the facts among its ancestors.

    ``facts_for("hr.high_risk")`` lists the facts of Art. 6(1)-(3) and Annex I and III;
    an obligation may be named by id or citation (``facts_for("Art. 27")``).
    """
    graph = rule_graph(kind, law)
    node = _name(graph, conclusion)
    return tuple(sorted(n for n in nx.ancestors(graph, node) if graph.nodes[n]["kind"] == "fact"))


def conclusions_from(
    fact: str, kind: Kind = "system", law: LawVersion | str | None = None
) -> tuple[str, ...]:
    """The conclusions (sorted) that ``fact`` can change: its descendants in the rule graph."""
    graph = rule_graph(kind, law)
    node = _name(graph, fact)
    return tuple(sorted(nx.descendants(graph, node)))


def rules_reading(
    name: str, kind: Kind = "system", law: LawVersion | str | None = None
) -> tuple[str, ...]:
    """The ids of the rules whose condition reads ``name`` directly (sorted)."""
    graph = rule_graph(kind, law)
    node = _name(graph, name)
    ids: set[str] = set()
    for _, _, data in graph.out_edges(node, data=True):
        ids.update(data["rules"].split(","))
    return tuple(sorted(ids))
