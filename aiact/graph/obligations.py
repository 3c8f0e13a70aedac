"""The obligation graph: obligations linked by their prerequisites (reference section 13).

An edge ``p -> o`` says that obligation ``o`` cannot validly be fulfilled, or the act it enables
cannot validly be done, unless ``p`` was done first. Every edge carries the provision that makes
the dependency (``citation``) and the words of the text that make it (``anchor``): for example
Art. 43 -> Art. 47, anchored in Art. 47(2) ("shall state that the high-risk AI system concerned
meets the requirements set out in Section 2").

Two milestones are nodes too. ``placing`` is the placing on the market or putting into service
(Art. 3(9), 3(11)); every obligation whose milestone is *before placing* points to it, and it
points to every post-market obligation (*after placing*: Arts. 18-20, 72). ``first_use`` is the
deployer's first use (Art. 3(11): putting into service is the supply "for first use"); every
obligation due *before use* (Art. 27(1): "Prior to deploying") points to it. The graph is checked
acyclic when it is built: a cycle is a :class:`GraphError` that names it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import networkx as nx

from aiact.obligations.catalogue import catalogue
from aiact.obligations.model import Milestone, Obligation
from aiact.refs import LegalRef
from aiact.versions import LawVersion


class GraphError(ValueError):
    """The obligation or rule graph is inconsistent (a cycle, an unknown node ...)."""


@dataclass(frozen=True)
class MilestoneNode:
    """A moment in the life of a system that obligations lead up to or follow."""

    id: str
    citation: str
    title_en: str
    title_nl: str
    definition: str
    """The words of the definition that fix the moment."""


PLACING = MilestoneNode(
    id="placing",
    citation="Art. 3(9)",
    title_en="placing on the market / putting into service",
    title_nl="in de handel brengen / in gebruik stellen",
    definition="the first making available of an AI system or a general-purpose AI model on the "
    "Union market",
)
"""Placing on the market (Art. 3(9)) or putting into service (Art. 3(11))."""

FIRST_USE = MilestoneNode(
    id="first_use",
    citation="Art. 3(11)",
    title_en="first use",
    title_nl="eerste gebruik",
    definition="the supply of an AI system for first use directly to the deployer or for own use "
    "in the Union for its intended purpose",
)
"""The deployer's first use of the system (Art. 3(11); Art. 27(1) "Prior to deploying")."""

MILESTONES: dict[str, MilestoneNode] = {PLACING.id: PLACING, FIRST_USE.id: FIRST_USE}

# The milestone edges: which obligations lead to a milestone, which follow it, and the words of
# the Act that say so (the obligation's own provision is the edge's citation).
_BEFORE_ANCHOR = {
    Milestone.BEFORE_PLACING: "before placing on the market or putting into service",
    Milestone.BEFORE_USE: "prior to deploying (before first use)",
}
_AFTER_ANCHOR = "after placing on the market or putting into service (post-market duty)"
_PLACING_BEFORE_USE_ANCHOR = (
    "'putting into service' means the supply of an AI system for first use directly to the "
    "deployer or for own use"
)


def _obligation_node(obligation: Obligation) -> dict[str, str]:
    return {
        "kind": "obligation",
        "citation": obligation.source,
        "title_en": obligation.title_en,
        "title_nl": obligation.title_nl,
        "addressees": ",".join(a.value for a in obligation.addressees),
        "milestone": obligation.milestone.value,
        "measure": obligation.measure.value,
        "obligation_kind": obligation.kind,
        "eurlex": obligation.ref.eurlex_url("en"),
    }


def _milestone_node(milestone: MilestoneNode) -> dict[str, str]:
    return {
        "kind": "milestone",
        "citation": milestone.citation,
        "title_en": milestone.title_en,
        "title_nl": milestone.title_nl,
        "addressees": "",
        "milestone": milestone.id,
        "measure": "",
        "obligation_kind": "",
        "eurlex": LegalRef.parse(milestone.citation).eurlex_url("en"),
        "band": milestone.id,
    }


def build_obligation_graph(obligations: Iterable[Obligation]) -> nx.DiGraph[str]:
    """The obligation graph of ``obligations`` (nodes added in citation order), checked acyclic.

    Prerequisites outside ``obligations`` (another law version) are left out. Raises
    :class:`GraphError` naming the cycle if the prerequisites and milestones form one.
    """
    selected = sorted(obligations, key=lambda o: (o.ref, o.id))
    ids = {o.id for o in selected}
    graph: nx.DiGraph[str] = nx.DiGraph(name="aiact obligation graph")
    for obligation in selected:
        graph.add_node(obligation.id, **_obligation_node(obligation))
    milestones_used: set[str] = set()
    for obligation in selected:
        if obligation.milestone in _BEFORE_ANCHOR:
            milestones_used.add(
                PLACING.id if obligation.milestone == Milestone.BEFORE_PLACING else FIRST_USE.id
            )
        if obligation.milestone == Milestone.AFTER_PLACING:
            milestones_used.add(PLACING.id)
    if FIRST_USE.id in milestones_used:
        milestones_used.add(PLACING.id)
    for key in (PLACING.id, FIRST_USE.id):
        if key in milestones_used:
            graph.add_node(key, **_milestone_node(MILESTONES[key]))
    if FIRST_USE.id in graph:
        graph.add_edge(
            PLACING.id,
            FIRST_USE.id,
            citation=FIRST_USE.citation,
            anchor=_PLACING_BEFORE_USE_ANCHOR,
            basis="milestone",
        )
    for obligation in selected:
        for prerequisite in obligation.prerequisites:
            if prerequisite.obligation not in ids:
                continue
            graph.add_edge(
                prerequisite.obligation,
                obligation.id,
                citation=prerequisite.source,
                anchor=prerequisite.anchor,
                basis="prerequisite",
            )
        if obligation.milestone in _BEFORE_ANCHOR:
            target = (
                PLACING.id if obligation.milestone == Milestone.BEFORE_PLACING else FIRST_USE.id
            )
            graph.add_edge(
                obligation.id,
                target,
                citation=obligation.source,
                anchor=_BEFORE_ANCHOR[obligation.milestone],
                basis="milestone",
            )
    # A post-market duty follows the placing on the market, unless a textual prerequisite makes
    # it (or part of it) due before: Art. 72(3) puts the post-market monitoring plan in the
    # Annex IV technical documentation, which Art. 11(1) requires "before" placing. The anchored
    # prerequisite wins over the declared milestone; the conflict is recorded, not hidden.
    before_placing = nx.ancestors(graph, PLACING.id) if PLACING.id in graph else set()
    conflicts: list[str] = []
    before_use = nx.ancestors(graph, FIRST_USE.id) if FIRST_USE.id in graph else set()
    for obligation in selected:
        graph.nodes[obligation.id]["band"] = obligation.milestone.value
        if obligation.milestone == Milestone.ONGOING:
            # Continuous duties that must first be established for an earlier step (the Art. 9
            # risk management system feeds the Art. 11 documentation) are drawn at that step.
            if obligation.id in before_placing:
                graph.nodes[obligation.id]["band"] = Milestone.BEFORE_PLACING.value
            elif obligation.id in before_use:
                graph.nodes[obligation.id]["band"] = Milestone.BEFORE_USE.value
        if obligation.milestone != Milestone.AFTER_PLACING:
            continue
        if obligation.id in before_placing:
            conflicts.append(obligation.id)
            graph.nodes[obligation.id]["band"] = Milestone.BEFORE_PLACING.value
            graph.nodes[obligation.id]["milestone_conflict"] = (
                "declared after placing, but a textual prerequisite of an obligation due before "
                "placing: drawn and ordered before placing"
            )
            continue
        graph.add_edge(
            PLACING.id,
            obligation.id,
            citation=obligation.source,
            anchor=_AFTER_ANCHOR,
            basis="milestone",
        )
    graph.graph["milestone_conflicts"] = ",".join(conflicts)
    check_acyclic(graph)
    return graph


def milestone_conflicts(law: LawVersion | str | None = None) -> tuple[str, ...]:
    """Obligations declared *after placing* that a textual prerequisite puts before placing (the
    Art. 72 monitoring plan, part of the Art. 11 technical documentation under Art. 72(3))."""
    text = str(obligation_graph(law).graph.get("milestone_conflicts", ""))
    return tuple(text.split(",")) if text else ()


def check_acyclic(graph: nx.DiGraph[str]) -> None:
    """Raise :class:`GraphError` naming a cycle, with the citation of every node on it."""
    if nx.is_directed_acyclic_graph(graph):
        return
    cycle = nx.find_cycle(graph)
    names = [str(u) for u, _ in cycle] + [str(cycle[0][0])]
    cited = " -> ".join(f"{n} ({graph.nodes[n].get('citation', '?')})" for n in names)
    raise GraphError(f"the obligation graph is circular: {cited}")


@cache
def _graph(law: LawVersion | None) -> nx.DiGraph[str]:
    obligations = catalogue().obligations if law is None else catalogue().for_law(law)
    graph = build_obligation_graph(obligations)
    nx.freeze(graph)
    return graph


def obligation_graph(law: LawVersion | str | None = None) -> nx.DiGraph[str]:
    """The obligation graph of the catalogue (reference section 13), built once and frozen.

    ``law`` restricts it to the obligations of one version (``"2024/1689"`` or the amended text);
    ``None`` gives every obligation of both. Node attributes: ``kind`` (``obligation`` or
    ``milestone``), ``citation``, ``title_en``, ``title_nl``, ``addressees`` (comma-separated),
    ``milestone``, ``measure``, ``eurlex``. Edge attributes: ``citation`` and ``anchor`` (the
    provision and the words that make the dependency) and ``basis`` (``prerequisite`` or
    ``milestone``). Use ``.copy()`` for a graph you can change.
    """
    return _graph(None if law is None else LawVersion.parse(law))


def _resolve(key: str) -> str:
    if key in MILESTONES:
        return key
    return catalogue().get(key).id


def prerequisites(
    obligation: str, *, transitive: bool = False, law: LawVersion | str | None = None
) -> tuple[str, ...]:
    """The obligations that must be done before ``obligation`` (an id such as ``art47`` or a
    citation such as ``Art. 47``), in citation order; with ``transitive`` all of them, else the
    direct ones. Milestones are included when they precede it (``placing`` before Art. 72)."""
    graph = obligation_graph(law)
    node = _resolve(obligation)
    if node not in graph:
        raise KeyError(f"{obligation!r} is not in the obligation graph of this law version")
    found = nx.ancestors(graph, node) if transitive else set(graph.predecessors(node))
    return _in_order(graph, found)


def dependents(
    obligation: str, *, transitive: bool = False, law: LawVersion | str | None = None
) -> tuple[str, ...]:
    """The obligations (and milestones) that need ``obligation`` done first, in citation order."""
    graph = obligation_graph(law)
    node = _resolve(obligation)
    if node not in graph:
        raise KeyError(f"{obligation!r} is not in the obligation graph of this law version")
    found = nx.descendants(graph, node) if transitive else set(graph.successors(node))
    return _in_order(graph, found)


def _in_order(graph: nx.DiGraph[str], nodes: Iterable[str]) -> tuple[str, ...]:
    position = {node: index for index, node in enumerate(graph.nodes)}
    return tuple(sorted(nodes, key=lambda n: position[n]))
