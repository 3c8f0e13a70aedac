"""The obligation graph, the rule graph and the compliance plan (aiact.graph; reference s. 13)."""

from __future__ import annotations

import dataclasses
import io
import itertools
import json
import sys
from pathlib import Path

import networkx as nx
import pytest

from aiact.graph import (
    FIRST_USE,
    PLACING,
    CompliancePlan,
    GraphError,
    build_obligation_graph,
    conclusions_from,
    dependents,
    facts_for,
    milestone_conflicts,
    obligation_graph,
    plan,
    prerequisites,
    rule_graph,
    subgraph_for,
    to_dot,
    to_graphml,
    to_json,
    to_mermaid,
)
from aiact.obligations import Prerequisite, catalogue
from aiact.refs import LegalRef
from aiact.versions import LawVersion

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs"))
import make_images

LAWS = [None, *LawVersion]


def order_respects_edges(compliance: CompliancePlan, graph: nx.DiGraph[str]) -> None:
    position = {step.id: index for index, step in enumerate(compliance.steps)}
    for a in position:
        for b in position:
            if a != b and nx.has_path(graph, a, b):
                assert position[a] < position[b], f"{a} must come before {b}"


# ------------------------------------------------------------------ the obligation graph


@pytest.mark.parametrize("law", LAWS)
def test_obligation_graph_is_acyclic(law: LawVersion | None) -> None:
    assert nx.is_directed_acyclic_graph(obligation_graph(law))


@pytest.mark.parametrize("law", LAWS)
def test_every_edge_cites_the_law_and_has_an_anchor(law: LawVersion | None) -> None:
    graph = obligation_graph(law)
    assert graph.number_of_edges() > 0
    for u, v, data in graph.edges(data=True):
        LegalRef.parse(data["citation"])  # raises if the citation does not parse
        assert data["anchor"].strip(), (u, v)
        assert data["basis"] in ("prerequisite", "milestone")
    for node, data in graph.nodes(data=True):
        LegalRef.parse(data["citation"])
        assert data["kind"] in ("obligation", "milestone"), node


def test_every_catalogue_prerequisite_is_an_edge() -> None:
    graph = obligation_graph()
    for obligation in catalogue():
        for pre in obligation.prerequisites:
            data = graph.edges[pre.obligation, obligation.id]
            assert (data["citation"], data["anchor"]) == (pre.source, pre.anchor)


def test_provider_pipeline_and_milestones() -> None:
    """Reference 13.1: 9-15 -> 11 -> 43 -> 47 -> 48 -> 49(1) -> placing -> 18, 19, 72 ..."""
    graph = obligation_graph(LawVersion.AMENDED)
    chain = ["art9", "art11", "art43", "art47", "art48", "art49_1", PLACING.id, "art18"]
    for a, b in itertools.pairwise(chain):
        assert nx.has_path(graph, a, b), (a, b)
    assert graph.has_edge("art27_1", FIRST_USE.id)  # FRIA "Prior to deploying"
    assert graph.has_edge(PLACING.id, FIRST_USE.id)
    assert graph.has_edge("art49_1", "art26_8")  # 26(8): "shall not use that system"
    assert graph.nodes[PLACING.id]["kind"] == "milestone"


def test_post_market_monitoring_is_split_around_placing() -> None:
    """Art. 72(3): the monitoring plan is part of the Annex IV documentation (before placing, via
    Art. 11); the monitoring itself (Art. 72(1)-(2)) runs after placing. No milestone conflicts."""
    assert milestone_conflicts() == ()
    graph = obligation_graph()
    assert graph.has_edge("art72_3", "art11")
    assert graph.has_edge(PLACING.id, "art72")
    assert graph.nodes["art72_3"]["band"] == "before_placing"


def test_a_cycle_is_an_error_that_names_it() -> None:
    obligations = list(catalogue().obligations)
    index = next(i for i, o in enumerate(obligations) if o.id == "art43")
    art43 = obligations[index]
    loop = Prerequisite("art48", "Art. 48(4)", "a deliberately circular test edge")
    obligations[index] = dataclasses.replace(art43, prerequisites=(*art43.prerequisites, loop))
    with pytest.raises(GraphError, match=r"circular: .*art4[378].*art4[378]"):
        build_obligation_graph(obligations)


def test_graph_is_frozen() -> None:
    with pytest.raises(nx.NetworkXError):
        obligation_graph().add_node("x")
    assert obligation_graph().copy().number_of_nodes() == obligation_graph().number_of_nodes()


def test_queries() -> None:
    assert "art43" in prerequisites("art47")
    assert prerequisites("Art. 47") == prerequisites("art47")
    deep = prerequisites("art49_1", transitive=True)
    assert {"art9", "art11", "art17", "art43", "art47", "art48"} <= set(deep)
    assert "art47" in dependents("art43")
    assert "art26_8" in dependents("art49_1")
    assert PLACING.id in dependents("art49_1")
    assert "art18" in dependents(PLACING.id)
    with pytest.raises(KeyError):
        prerequisites("art999")


# ------------------------------------------------------------------ the rule graph


def test_rule_graph_facts_and_conclusions() -> None:
    graph = rule_graph("system")
    assert nx.is_directed_acyclic_graph(graph)
    facts = facts_for("hr.high_risk")
    assert "annex_iii.5a" in facts
    assert "derogation.profiling" in facts
    assert all(graph.nodes[f]["kind"] == "fact" for f in facts)
    assert "hr.high_risk" in conclusions_from("annex_iii.5a")
    assert "obligation.art27_1" in conclusions_from("annex_iii.5a")
    assert "roles.deployer" in facts_for("Art. 26(8)")
    model = rule_graph("model", LawVersion.ORIGINAL)
    assert any(d["kind"] == "fact" for _, d in model.nodes(data=True))
    for u, v, data in graph.edges(data=True):
        assert data["rules"] and data["citation"], (u, v)


# ------------------------------------------------------------------ the plan


@pytest.fixture(scope="module")
def deployer_plan() -> CompliancePlan:
    return plan(make_images.public_deployer())


@pytest.fixture(scope="module")
def provider_plan() -> CompliancePlan:
    return plan(make_images.provider())


def test_public_deployer_plan(deployer_plan: CompliancePlan) -> None:
    p = deployer_plan
    assert p.roles == ("deployer",)
    assert {"art26_8", "art27_1", "art27_3", "art49_3"} <= set(p.order)
    assert "art49_1" not in p.order  # the provider's task ...
    external = {e.id: e for e in p.external}
    assert "art26_8" in external["art49_1"].required_by  # ... shown as an external dependency
    assert any(
        b.prerequisite == "art49_1" and b.reason == "external"
        for b in p.step("Art. 26(8)").blocked_by
    )
    assert p.order.index("art27_1") < p.order.index("art27_3")
    assert p.next_deadline is not None and p.next_deadline >= p.as_of
    assert p.critical_path and all(n in p.order for n in p.critical_path)
    assert "before_use" in p.by_milestone()
    assert p.inconsistencies == ()
    assert p.graph.nodes["art49_1"]["role"] == "external"
    assert FIRST_USE.id in p.graph


def test_provider_plan(provider_plan: CompliancePlan) -> None:
    p = provider_plan
    assert p.roles == ("provider",)
    assert p.external == ()
    order = p.order
    for a, b in [
        ("art9", "art11"),
        ("art11", "art43"),
        ("art43", "art47"),
        ("art47", "art48"),
        ("art48", "art49_1"),
        ("art49_1", "art18"),
    ]:
        assert order.index(a) < order.index(b)
    assert p.critical_path[:6] == ("art9", "art11", "art43", "art47", "art48", "art49_1")
    assert next(iter(p.by_milestone())) == "before_placing"
    assert FIRST_USE.id not in p.graph


@pytest.mark.parametrize("which", ["deployer_plan", "provider_plan"])
def test_plan_order_respects_every_edge(which: str, request: pytest.FixtureRequest) -> None:
    compliance: CompliancePlan = request.getfixturevalue(which)
    order_respects_edges(compliance, obligation_graph(LawVersion(compliance.law)))


def test_plan_is_deterministic() -> None:
    a, b = plan(make_images.provider()), plan(make_images.provider())
    assert a.to_json() == b.to_json()
    assert to_json(a.graph) == to_json(b.graph)


def test_subgraph_for_matches_plan(deployer_plan: CompliancePlan) -> None:
    sub = subgraph_for(make_images.public_deployer())
    assert set(sub.nodes) == set(deployer_plan.graph.nodes)


# ------------------------------------------------------------------ exports


def test_exports_parse(deployer_plan: CompliancePlan) -> None:
    for graph in (obligation_graph(), deployer_plan.graph, rule_graph()):
        data = json.loads(to_json(graph))
        back = nx.node_link_graph(data, edges="edges")
        assert back.number_of_edges() == graph.number_of_edges()
        read = nx.read_graphml(io.BytesIO(to_graphml(graph).encode("utf-8")))
        assert read.number_of_nodes() == graph.number_of_nodes()
        assert read.number_of_edges() == graph.number_of_edges()
    mermaid = to_mermaid(deployer_plan.graph)
    assert mermaid.startswith("flowchart LR")
    assert '|"Art. 26(8)"|' in mermaid
    dot = to_dot(deployer_plan.graph)
    assert dot.startswith("digraph") and dot.rstrip().endswith("}")
    assert '"art49_1" -> "art26_8"' in dot
    assert json.loads(deployer_plan.to_json())["steps"]


# ------------------------------------------------------------------ pictures


def test_pictures(tmp_path: Path, deployer_plan: CompliancePlan) -> None:
    pytest.importorskip("matplotlib")
    written = make_images.main(tmp_path)
    assert {p.name for p in written} >= {"plan-public-deployer.png", "plan-provider.png"}
    for path in written:
        if path.suffix == ".png":
            assert path.read_bytes().startswith(b"\x89PNG")
        else:  # what the picture shows, as the plan's JSON (tests/test_plan_boxes.py)
            assert json.loads(path.read_text(encoding="utf-8"))["steps"]
    svg = tmp_path / "plan.svg"
    deployer_plan.save(str(svg))
    assert "<svg" in svg.read_text()
    png = deployer_plan._repr_png_()
    assert png is not None and png.startswith(b"\x89PNG")
    assert "<table " in deployer_plan._repr_html_()


def test_missing_matplotlib_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, deployer_plan: CompliancePlan
) -> None:
    import aiact.graph.draw as draw

    monkeypatch.setattr(draw, "matplotlib_available", lambda: False)
    with pytest.raises(draw.PlotUnavailableError, match=r"aiact\[plot\]"):
        deployer_plan.draw()
    with pytest.raises(ImportError):
        deployer_plan.timeline()
    assert deployer_plan._repr_png_() is None
    assert "<table " in deployer_plan._repr_html_()
