"""Graphs of the Act (design principle 7): obligations linked by prerequisites, rules linked by the
facts they read, and the compliance plan of an Assessment.

* :func:`obligation_graph`: the catalogue's prerequisites (reference section 13) with their
  citations and textual anchors, and the milestones "placing on the market / putting into
  service" (Art. 3(9), 3(11)) and "first use" (Art. 27(1): "Prior to deploying").
* :func:`rule_graph`, :func:`facts_for`, :func:`conclusions_from`: which facts matter for which
  conclusion (``facts_for("hr.high_risk")``).
* :func:`plan`: the compliance plan of an Assessment (order, milestones, critical path, blockers,
  external dependencies); :func:`subgraph_for` its graph.
* Exports: :func:`to_json`, :func:`to_graphml`, :func:`to_mermaid`, :func:`to_dot`; pictures with
  ``CompliancePlan.draw()`` / ``.timeline()`` (needs ``aiact[plot]``).
"""

from __future__ import annotations

from aiact.graph.export import to_dot, to_graphml, to_json, to_mermaid, to_node_link
from aiact.graph.obligations import (
    FIRST_USE,
    MILESTONES,
    PLACING,
    GraphError,
    MilestoneNode,
    build_obligation_graph,
    check_acyclic,
    dependents,
    milestone_conflicts,
    obligation_graph,
    prerequisites,
)
from aiact.graph.plan import (
    BANDS,
    Blocker,
    CompliancePlan,
    ExternalDependency,
    PlanStep,
    plan,
    subgraph_for,
)
from aiact.graph.rules import conclusions_from, facts_for, rule_graph, rules_reading

__all__ = [
    "BANDS",
    "FIRST_USE",
    "MILESTONES",
    "PLACING",
    "Blocker",
    "CompliancePlan",
    "ExternalDependency",
    "GraphError",
    "MilestoneNode",
    "PlanStep",
    "build_obligation_graph",
    "check_acyclic",
    "conclusions_from",
    "dependents",
    "facts_for",
    "milestone_conflicts",
    "obligation_graph",
    "plan",
    "prerequisites",
    "rule_graph",
    "rules_reading",
    "subgraph_for",
    "to_dot",
    "to_graphml",
    "to_json",
    "to_mermaid",
    "to_node_link",
]
