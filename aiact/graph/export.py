"""Exports of the obligation, rule and plan graphs: for programs (node-link JSON, GraphML) and for
people (Mermaid and DOT text). Every export is deterministic: nodes and edges in a fixed order,
keys sorted, so that the same graph gives the same bytes (design principle 7)."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, Literal

import networkx as nx

Lang = Literal["en", "nl"]

_SCALARS = (str, int, float, bool)


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, _SCALARS):
        return value
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return ",".join(str(v) for v in value)
    return str(value)


def _node_order(graph: nx.DiGraph[str]) -> list[Any]:
    return list(graph.nodes)


def _clean(graph: nx.DiGraph[str]) -> nx.DiGraph[str]:
    """A copy with scalar attributes only (GraphML has no lists or None)."""
    out: nx.DiGraph[str] = nx.DiGraph()
    out.graph.update({k: _scalar(v) for k, v in sorted(graph.graph.items())})
    for node in _node_order(graph):
        out.add_node(str(node), **{k: _scalar(v) for k, v in sorted(graph.nodes[node].items())})
    for u, v in sorted(graph.edges, key=lambda e: (str(e[0]), str(e[1]))):
        out.add_edge(
            str(u), str(v), **{k: _scalar(x) for k, x in sorted(graph.edges[u, v].items())}
        )
    return out


def to_node_link(graph: nx.DiGraph[str]) -> dict[str, Any]:
    """The node-link dictionary (``nodes``, ``edges``) of ``graph``, edges sorted."""
    data: dict[str, Any] = nx.node_link_data(_clean(graph), edges="edges")
    data["edges"] = sorted(data["edges"], key=lambda e: (e["source"], e["target"]))
    return data


def to_json(graph: nx.DiGraph[str], indent: int | None = 2) -> str:
    """Node-link JSON (``networkx.node_link_graph(json.loads(text), edges="edges")`` reads it)."""
    return json.dumps(to_node_link(graph), indent=indent, sort_keys=True, ensure_ascii=False)


def to_graphml(graph: nx.DiGraph[str]) -> str:
    """GraphML text (``networkx.read_graphml`` reads it back)."""
    return "\n".join(nx.generate_graphml(_clean(graph))) + "\n"


_SAFE = re.compile(r"[^A-Za-z0-9_]")


def _mermaid_id(node: str) -> str:
    return "n_" + _SAFE.sub("_", node)


def _label(data: dict[str, Any], node: str, lang: Lang) -> str:
    title = str(data.get("title_nl" if lang == "nl" else "title_en") or node)
    citation = str(data.get("citation") or "")
    if data.get("kind") == "milestone":
        return title.upper() if lang == "en" else title
    return f"{citation}: {title}" if citation else title


def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;")


_STATUS_CLASSES = {
    "in_force": "fill:#d7f0d2,stroke:#2e7d32",
    "upcoming": "fill:#d6e6f7,stroke:#1565c0",
    "undetermined": "fill:#fff3cd,stroke:#b7950b,stroke-dasharray: 4 3",
    "not_applicable": "fill:#eeeeee,stroke:#9e9e9e",
    "external": "fill:#ffffff,stroke:#616161,stroke-dasharray: 4 3",
    "milestone": "fill:#37474f,stroke:#263238,color:#ffffff",
}


def to_mermaid(graph: nx.DiGraph[str], lang: Lang = "en", direction: str = "LR") -> str:
    """Mermaid flowchart text; plan graphs get a class per status (``in_force``, ``upcoming``,
    ``undetermined``, ``external``, ``milestone``)."""
    lines = [f"flowchart {direction}"]
    statuses: dict[str, list[str]] = {}
    for node in _node_order(graph):
        data = graph.nodes[node]
        ident = _mermaid_id(str(node))
        label = _mermaid_text(_label(data, str(node), lang))
        if data.get("kind") == "milestone":
            lines.append(f'    {ident}{{{{"{label}"}}}}')
        else:
            lines.append(f'    {ident}["{label}"]')
        status = str(data.get("status") or ("milestone" if data.get("kind") == "milestone" else ""))
        if status:
            statuses.setdefault(status, []).append(ident)
    for u, v in sorted(graph.edges, key=lambda e: (str(e[0]), str(e[1]))):
        data = graph.edges[u, v]
        arrow = "-.->" if data.get("basis") == "milestone" else "-->"
        citation = _mermaid_text(str(data.get("citation") or ""))
        if data.get("basis") == "prerequisite" and citation:
            lines.append(f'    {_mermaid_id(str(u))} {arrow}|"{citation}"| {_mermaid_id(str(v))}')
        else:
            lines.append(f"    {_mermaid_id(str(u))} {arrow} {_mermaid_id(str(v))}")
    for status in sorted(statuses):
        if status in _STATUS_CLASSES:
            lines.append(f"    classDef {status} {_STATUS_CLASSES[status]}")
            lines.append(f"    class {','.join(statuses[status])} {status}")
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


_DOT_FILL = {
    "in_force": "#d7f0d2",
    "upcoming": "#d6e6f7",
    "undetermined": "#fff3cd",
    "not_applicable": "#eeeeee",
    "external": "#ffffff",
    "milestone": "#37474f",
}


def to_dot(graph: nx.DiGraph[str], lang: Lang = "en", rankdir: str = "LR") -> str:
    """Graphviz DOT text (no Graphviz needed to produce it); edges are labelled with their
    citation and carry the textual anchor as a tooltip."""
    name = _dot_text(str(graph.graph.get("name") or "aiact"))
    lines = [
        f'digraph "{name}" {{',
        f"  rankdir={rankdir};",
        '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=9, color="#607d8b"];',
    ]
    for node in _node_order(graph):
        data = graph.nodes[node]
        label = _dot_text(_label(data, str(node), lang))
        status = str(data.get("status") or ("milestone" if data.get("kind") == "milestone" else ""))
        attrs = [f'label="{label}"']
        if data.get("kind") == "milestone":
            attrs += ["shape=hexagon", 'fontcolor="#ffffff"']
        if status in _DOT_FILL:
            attrs.append(f'fillcolor="{_DOT_FILL[status]}"')
        if status in ("undetermined", "external"):
            attrs.append('style="rounded,filled,dashed"')
        if data.get("eurlex"):
            attrs.append(f'URL="{_dot_text(str(data["eurlex"]))}"')
        lines.append(f'  "{_dot_text(str(node))}" [{", ".join(attrs)}];')
    for u, v in sorted(graph.edges, key=lambda e: (str(e[0]), str(e[1]))):
        data = graph.edges[u, v]
        attrs = []
        if data.get("basis") == "prerequisite" and data.get("citation"):
            attrs.append(f'label="{_dot_text(str(data["citation"]))}"')
        elif data.get("citation"):
            attrs.append('style="dashed"')
        if data.get("anchor"):
            attrs.append(f'tooltip="{_dot_text(str(data["anchor"]))}"')
        suffix = f" [{', '.join(attrs)}]" if attrs else ""
        lines.append(f'  "{_dot_text(str(u))}" -> "{_dot_text(str(v))}"{suffix};')
    lines.append("}")
    return "\n".join(lines) + "\n"
