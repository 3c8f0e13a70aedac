"""The compliance plan of an Assessment: what to do, in which order, and what holds what up.

The plan takes the obligations that apply to this organisation and system (``applies`` true; the
undetermined ones are listed apart) and orders them along the obligation graph
(:mod:`aiact.graph.obligations`, reference section 13): every prerequisite comes before the
obligation that needs it, and among the obligations that are ready the one that binds first
(``applies_from``, Art. 113 and Art. 111) comes first, then citation order. The order is
deterministic.

A prerequisite addressed to a role the organisation does not hold is another organisation's
task: the deployer of a public-sector system may not use it until the provider has registered it
(Art. 26(8): "shall not use that system" if it "has not been registered in the EU database
referred to in Article 71"; Art. 49(1)). Such prerequisites are *external dependencies*, not
steps of this plan.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import networkx as nx

from aiact.graph.obligations import FIRST_USE, MILESTONES, PLACING, obligation_graph
from aiact.i18n import N_, check_lang, pairs
from aiact.logic import Truth, truth_label
from aiact.obligations.catalogue import catalogue
from aiact.obligations.model import Milestone, Obligation
from aiact.timeline.transitional import Status, comply_by, due_date, next_due

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from aiact.assessment import Assessment, ObligationResult

Lang = Literal["en", "nl"]
BlockReason = Literal["undetermined", "not_applicable", "not_yet_applicable", "external"]

BANDS: tuple[str, ...] = (
    Milestone.BEFORE_PLACING.value,
    PLACING.id,
    Milestone.BEFORE_USE.value,
    FIRST_USE.id,
    Milestone.AFTER_PLACING.value,
    Milestone.ONGOING.value,
    Milestone.ON_EVENT.value,
)
"""The bands of a plan, left to right: work before placing, the placing on the market, work
before first use, first use, post-market duties, continuous duties, duties on an event."""

BAND_LABELS: dict[str, tuple[str, str]] = {
    Milestone.BEFORE_PLACING.value: pairs({0: N_("before placing on the market")})[0],
    PLACING.id: (PLACING.title_en, PLACING.title_nl),
    Milestone.BEFORE_USE.value: pairs({0: N_("before first use")})[0],
    FIRST_USE.id: (FIRST_USE.title_en, FIRST_USE.title_nl),
    Milestone.AFTER_PLACING.value: pairs({0: N_("after placing (post-market)")})[0],
    Milestone.ONGOING.value: pairs({0: N_("ongoing")})[0],
    Milestone.ON_EVENT.value: pairs({0: N_("on an event or request")})[0],
}


@dataclass(frozen=True)
class Blocker:
    """A prerequisite that holds an obligation up, and why."""

    prerequisite: str
    """The id of the prerequisite obligation."""
    reason: BlockReason
    """``undetermined``: unknown facts decide whether it applies; ``not_applicable``: it is
    addressed to a role the organisation holds but does not apply (an inconsistency of the
    catalogue's conditions); ``not_yet_applicable``: it binds later than the obligation that
    needs it; ``external``: it is another organisation's task."""
    citation: str
    """The provision that makes the dependency (the edge's citation)."""
    anchor: str
    """The words of the text that make it."""

    def to_dict(self) -> dict[str, str]:
        return {
            "prerequisite": self.prerequisite,
            "reason": self.reason,
            "citation": self.citation,
            "anchor": self.anchor,
        }


@dataclass(frozen=True)
class PlanStep:
    """One obligation of the plan with its dates, position and blockers."""

    obligation: Obligation
    applies: Truth
    status: Status
    applies_from: dt.date | None
    deadline: dt.date | None
    position: int
    """1-based position in the plan order (within the undetermined list for those)."""
    band: str
    """The plan band (``before_placing``, ``before_use``, ``after_placing``, ``ongoing``,
    ``on_event``): the declared milestone unless a textual prerequisite moves it earlier."""
    prerequisites: tuple[str, ...]
    """Direct prerequisites that are this organisation's own tasks."""
    blocked_by: tuple[Blocker, ...]
    latest: dt.date | None = None
    """Where the date is undetermined: the latest day it can be whatever the unknown facts are
    (:attr:`aiact.timeline.transitional.DeadlineAnswer.latest`; review69 D1, review71 D1)."""

    @property
    def id(self) -> str:
        return self.obligation.id

    @property
    def citation(self) -> str:
        return self.obligation.source

    @property
    def due(self) -> dt.date | None:
        """The date that matters: the earlier of the date from which the obligation binds and
        the Art. 111 'comply by' date, whichever is known (:func:`aiact.timeline.transitional.
        due_date`, the one rule every view reads; review50, review51)."""
        return due_date(self.applies_from, self.deadline, self.latest)

    @property
    def comply_by(self) -> dt.date | None:
        """The "Comply by" date of the views: :attr:`due` where an Art. 111 deadline governs
        (:func:`aiact.timeline.transitional.comply_by`)."""
        return comply_by(self.applies_from, self.deadline, self.latest)

    def title(self, lang: Lang = "en") -> str:
        return self.obligation.title_nl if lang == "nl" else self.obligation.title_en

    def to_dict(self, lang: Lang = "en") -> dict[str, Any]:
        return {
            "position": self.position,
            "id": self.id,
            "citation": self.citation,
            "title": self.title(lang),
            "applies": truth_label(self.applies),
            "status": self.status.value,
            "applies_from": _iso(self.applies_from),
            "deadline": _iso(self.deadline),
            "due": _iso(self.due),
            "milestone": self.obligation.milestone.value,
            "band": self.band,
            "prerequisites": list(self.prerequisites),
            "blocked_by": [b.to_dict() for b in self.blocked_by],
            "eurlex": self.obligation.ref.eurlex_url(lang),
        }


@dataclass(frozen=True)
class ExternalDependency:
    """A prerequisite that another organisation must fulfil (e.g. the provider's Art. 49(1)
    registration, which a public deployer needs under Art. 26(8))."""

    obligation: Obligation
    required_by: tuple[str, ...]
    citations: tuple[str, ...]
    """The provisions that make the dependencies (one per obligation in ``required_by``)."""
    anchors: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.obligation.id

    def to_dict(self, lang: Lang = "en") -> dict[str, Any]:
        o = self.obligation
        return {
            "id": o.id,
            "citation": o.source,
            "title": o.title_nl if lang == "nl" else o.title_en,
            "addressees": [a.value for a in o.addressees],
            "required_by": list(self.required_by),
            "dependency_citations": list(self.citations),
            "anchors": list(self.anchors),
        }


@dataclass(frozen=True)
class CompliancePlan:
    """The ordered work an organisation must do for one system or model (:func:`plan`)."""

    kind: str
    as_of: dt.date
    law: str
    organisation: str | None
    roles: tuple[str, ...]
    """The roles the organisation holds (true after the Art. 25 role shift)."""
    steps: tuple[PlanStep, ...]
    """The applicable obligations in plan order."""
    undetermined: tuple[PlanStep, ...]
    """Obligations that may apply: unknown facts decide (see ``Assessment.open_questions``)."""
    external: tuple[ExternalDependency, ...]
    next_deadline: dt.date | None
    """The earliest date on or after ``as_of`` on which an applicable obligation is due
    (:attr:`PlanStep.due`)."""
    next_deadline_kind: str | None
    """What ``next_deadline`` is (:func:`aiact.timeline.transitional.kind_of_due`):
    ``applies_from``, the day an obligation binds from, or ``deadline``, a day by which one must
    be met at the latest (the views add "(at the latest)"; review72); None without one."""
    critical_path: tuple[str, ...]
    """The longest chain of prerequisites that ends in an obligation due on ``next_deadline``
    (or, if none lies ahead, in any applicable obligation): the work that holds the rest up."""
    graph: nx.DiGraph[str] = field(repr=False, compare=False, hash=False)
    """The plan's part of the obligation graph (see :func:`subgraph_for`)."""
    permissions: tuple[PlanStep, ...] = ()
    """What the Act allows the organisation here: the permissions that apply or may apply
    (:class:`aiact.obligations.model.Modality`; Art. 27(4) as amended, Art. 63(1), Art. 72(4)).
    They bind nobody, so they are no step of the plan, no deadline, not on the critical path
    and not in the plan's graph; listed apart, applicable ones first, so that the plan shows
    the relief next to the duty it shapes."""
    limitations: tuple[PlanStep, ...] = ()
    """The limits on the organisation's obligations here: the limitations that apply or may
    apply (:attr:`aiact.obligations.model.Modality.LIMITATION`; Art. 26(5) and Art. 72(2): "This
    obligation shall not cover sensitive operational data"). They narrow a duty (each names it,
    ``PlanStep.obligation.limits``) and bind nobody, so they are, like the permissions, no step,
    no deadline, not on the critical path and not in the plan's graph; listed apart, applicable
    ones first (ADR 0051)."""

    # ------------------------------------------------------------------ views

    @property
    def order(self) -> tuple[str, ...]:
        """The ids of the applicable obligations in plan order."""
        return tuple(step.id for step in self.steps)

    def step(self, key: str) -> PlanStep:
        """A step (applicable or undetermined) by id (``art43``) or citation (``Art. 43``)."""
        wanted = catalogue().get(key).id
        for step in (*self.steps, *self.undetermined):
            if step.id == wanted:
                return step
        raise KeyError(f"{key!r} is not part of this plan (it does not apply)")

    def by_milestone(self) -> dict[str, tuple[PlanStep, ...]]:
        """The applicable steps grouped by band, bands in life-cycle order, steps in plan order."""
        groups: dict[str, tuple[PlanStep, ...]] = {}
        for band in BANDS:
            members = tuple(step for step in self.steps if step.band == band)
            if members:
                groups[band] = members
        return groups

    @property
    def blocked(self) -> dict[str, tuple[Blocker, ...]]:
        """Every step (applicable or undetermined) that something holds up, and what."""
        return {s.id: s.blocked_by for s in (*self.steps, *self.undetermined) if s.blocked_by}

    @property
    def inconsistencies(self) -> tuple[tuple[str, str], ...]:
        """(obligation, prerequisite) pairs where the obligation applies but an own-role
        prerequisite does not: the catalogue's conditions disagree with its prerequisites."""
        return tuple(
            (s.id, b.prerequisite)
            for s in self.steps
            for b in s.blocked_by
            if b.reason == "not_applicable"
        )

    def to_dict(self, lang: Lang = "en") -> dict[str, Any]:
        """A JSON-ready dictionary (stable keys, ISO dates)."""
        lang = check_lang(lang)
        return {
            "kind": self.kind,
            "as_of": self.as_of.isoformat(),
            "law": self.law,
            "organisation": self.organisation,
            "roles": list(self.roles),
            "steps": [s.to_dict(lang) for s in self.steps],
            "undetermined": [s.to_dict(lang) for s in self.undetermined],
            "external": [e.to_dict(lang) for e in self.external],
            "by_milestone": {k: [s.id for s in v] for k, v in self.by_milestone().items()},
            "next_deadline": _iso(self.next_deadline),
            "next_deadline_kind": self.next_deadline_kind,
            "critical_path": list(self.critical_path),
            "permissions": [s.to_dict(lang) for s in self.permissions],
            "limitations": [
                {**s.to_dict(lang), "limits": s.obligation.limits} for s in self.limitations
            ],
        }

    def to_json(self, lang: Lang = "en", indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(lang), indent=indent, sort_keys=True, ensure_ascii=False)

    # ------------------------------------------------------------------ exports and pictures

    def to_mermaid(self, lang: Lang = "en") -> str:
        from aiact.graph.export import to_mermaid

        return to_mermaid(self.graph, lang=lang)

    def to_dot(self, lang: Lang = "en") -> str:
        from aiact.graph.export import to_dot

        return to_dot(self.graph, lang=lang)

    def to_graphml(self) -> str:
        from aiact.graph.export import to_graphml

        return to_graphml(self.graph)

    def to_node_link(self) -> str:
        """The plan graph as deterministic node-link JSON."""
        from aiact.graph.export import to_json

        return to_json(self.graph)

    def draw(self, lang: Lang = "en", **kwargs: Any) -> Figure:
        """A matplotlib Figure of the plan (see :func:`aiact.graph.draw.draw_plan`)."""
        from aiact.graph.draw import draw_plan

        return draw_plan(self, lang=lang, **kwargs)

    def timeline(self, lang: Lang = "en", **kwargs: Any) -> Figure:
        """A Gantt-style Figure of the plan's dates (see :func:`aiact.graph.draw.draw_timeline`)."""
        from aiact.graph.draw import draw_timeline

        return draw_timeline(self, lang=lang, **kwargs)

    def save(self, path: str, lang: Lang = "en", **kwargs: Any) -> None:
        """Save the drawing to exactly ``path``, atomically; the format follows the suffix
        (``.png``, ``.svg``, ``.pdf``; no suffix: PNG). Another suffix raises ``ValueError``."""
        from pathlib import Path

        from aiact.safe_io import atomic_path

        suffix = Path(path).suffix.lower()
        formats = {"": "png", ".png": "png", ".svg": "svg", ".pdf": "pdf"}
        if suffix not in formats:
            raise ValueError(f"unknown format {suffix!r} (use .png, .svg or .pdf)")
        figure = self.draw(lang=lang, **kwargs)
        with atomic_path(path) as temp:
            figure.savefig(temp, format=formats[suffix], bbox_inches="tight")

    def _repr_png_(self) -> bytes | None:
        from aiact.graph.draw import figure_png, matplotlib_available

        if not matplotlib_available():
            return None
        return figure_png(self.draw())

    def to_html(self, lang: Lang = "en") -> str:
        """The notebook view as an HTML fragment in ``lang``: the drawing (with matplotlib),
        the steps with their status, dates and blockers, EUR-Lex links."""
        from aiact.views.html import plan_html

        return plan_html(self, lang)

    def _repr_html_(self) -> str:
        """The notebook view in the display language (:func:`aiact.set_display_language`;
        English unless set)."""
        from aiact.views.display import display_language

        return self.to_html(display_language())


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _held_roles(assessment: Assessment) -> tuple[str, ...]:
    return tuple(name for name, value in assessment.roles.items() if value is True)


def _own(obligation: Obligation, roles: Iterable[str]) -> bool:
    held = set(roles)
    return any(a.value in held for a in obligation.addressees)


def plan(assessment: Assessment) -> CompliancePlan:
    """The compliance plan of ``assessment`` (reference section 13; design principle 7)."""
    graph = obligation_graph(assessment.law)
    results: dict[str, ObligationResult] = {r.id: r for r in assessment.obligation_results}
    roles = _held_roles(assessment)
    rank = {node: index for index, node in enumerate(graph.nodes)}
    far = dt.date.max

    # Not those whose date is "never" (Art. 111(2); ObligationResult.never_binds, never24).
    applicable = [
        i
        for i in results
        if results[i].applies is True and not results[i].never_binds and i in graph
    ]
    # A permission or a limitation binds nobody: no step, no deadline, not on the critical path
    # (Modality, Obligation.binds); each is listed apart.
    allowed = [i for i in applicable if results[i].obligation.permission]
    limiting = [i for i in applicable if results[i].obligation.limitation]
    applicable = [i for i in applicable if results[i].obligation.binds]
    # Nor, among those unknown facts decide, those whose date is "never" whatever the facts
    # are (never25, review81 D1): no answer makes them apply.
    open_ = [
        i
        for i in results
        if results[i].applies is None and not results[i].never_binds and i in graph
    ]
    allowed_open = [i for i in open_ if results[i].obligation.permission]
    limiting_open = [i for i in open_ if results[i].obligation.limitation]
    open_ = [i for i in open_ if results[i].obligation.binds]

    def bands(node: str) -> str:
        return str(graph.nodes[node].get("band", graph.nodes[node]["milestone"]))

    def blockers(node: str) -> tuple[tuple[Blocker, ...], tuple[str, ...]]:
        found: list[Blocker] = []
        own: list[str] = []
        mine = results[node]
        for pre in sorted(graph.predecessors(node), key=rank.__getitem__):
            data = graph.edges[pre, node]
            if data["basis"] != "prerequisite":
                continue
            prerequisite = catalogue().get(pre)
            cite, anchor = str(data["citation"]), str(data["anchor"])
            other = results.get(pre)
            if not _own(prerequisite, roles) or other is None:
                found.append(Blocker(pre, "external", cite, anchor))
                continue
            own.append(pre)
            if other.applies is None and not other.never_binds:
                # (a prerequisite whose date is "never" holds nothing up, as one whose
                # conditions are met: never25)
                found.append(Blocker(pre, "undetermined", cite, anchor))
            elif other.applies is False:
                found.append(Blocker(pre, "not_applicable", cite, anchor))
            elif (
                other.applies_from is not None
                and other.applies_from > assessment.as_of
                and (mine.applies_from is None or other.applies_from > mine.applies_from)
            ):
                found.append(Blocker(pre, "not_yet_applicable", cite, anchor))
        return tuple(found), tuple(own)

    def ordered(nodes: list[str]) -> list[str]:
        chosen = set(nodes)
        closure: nx.DiGraph[str] = nx.DiGraph()
        closure.add_nodes_from(nodes)
        for node in nodes:
            for later in nx.descendants(graph, node) & chosen:
                closure.add_edge(node, later)

        def key(node: str) -> tuple[int, int]:
            when = results[node].applies_from or far
            return (when.toordinal(), rank[node])

        return list(nx.lexicographical_topological_sort(closure, key=key))

    def steps_of(nodes: list[str]) -> tuple[PlanStep, ...]:
        out = []
        for position, node in enumerate(ordered(nodes), start=1):
            result = results[node]
            blocked, own = blockers(node)
            out.append(
                PlanStep(
                    obligation=result.obligation,
                    applies=result.applies,
                    status=result.status,
                    applies_from=result.applies_from,
                    deadline=result.deadline,
                    position=position,
                    band=bands(node),
                    prerequisites=own,
                    blocked_by=blocked,
                    latest=None if result.timing is None else result.timing.latest,
                )
            )
        return tuple(out)

    steps = steps_of(applicable)
    undetermined = steps_of(open_)

    external: dict[str, list[tuple[str, str, str]]] = {}
    for step in (*steps, *undetermined):
        for blocker in step.blocked_by:
            if blocker.reason == "external":
                external.setdefault(blocker.prerequisite, []).append(
                    (step.id, blocker.citation, blocker.anchor)
                )
    externals = tuple(
        ExternalDependency(
            obligation=catalogue().get(pre),
            required_by=tuple(x[0] for x in items),
            citations=tuple(x[1] for x in items),
            anchors=tuple(x[2] for x in items),
        )
        for pre, items in sorted(external.items(), key=lambda kv: rank[kv[0]])
    )

    first = next_due(
        (s.applies_from, s.due) for s in steps if s.due is not None and s.due >= assessment.as_of
    )
    next_deadline, next_kind = first if first else (None, None)
    critical = _critical_path(graph, steps, next_deadline)
    sub = _subgraph(graph, steps, undetermined, externals, critical)
    return CompliancePlan(
        kind=assessment.kind,
        as_of=assessment.as_of,
        law=assessment.law.value,
        organisation=assessment.organisation.name,
        roles=roles,
        steps=steps,
        undetermined=undetermined,
        external=externals,
        next_deadline=next_deadline,
        next_deadline_kind=next_kind,
        critical_path=critical,
        graph=sub,
        permissions=(*steps_of(allowed), *steps_of(allowed_open)),
        limitations=(*steps_of(limiting), *steps_of(limiting_open)),
    )


def _critical_path(
    graph: nx.DiGraph[str], steps: tuple[PlanStep, ...], target: dt.date | None
) -> tuple[str, ...]:
    if not steps:
        return ()
    index = {s.id: i for i, s in enumerate(steps)}
    best: dict[str, tuple[int, str | None]] = {}
    for step in steps:  # plan order is a topological order
        length, parent = 1, None
        for other in steps[: index[step.id]]:
            if other.id in best and nx.has_path(graph, other.id, step.id):
                candidate = best[other.id][0] + 1
                if candidate > length:
                    length, parent = candidate, other.id
        best[step.id] = (length, parent)
    ends = [s for s in steps if target is None or s.due == target]
    end = max(ends, key=lambda s: (best[s.id][0], -index[s.id]))
    path: list[str] = []
    node: str | None = end.id
    while node is not None:
        path.append(node)
        node = best[node][1]
    return tuple(reversed(path))


def _subgraph(
    graph: nx.DiGraph[str],
    steps: tuple[PlanStep, ...],
    undetermined: tuple[PlanStep, ...],
    external: tuple[ExternalDependency, ...],
    critical: tuple[str, ...],
) -> nx.DiGraph[str]:
    sub: nx.DiGraph[str] = nx.DiGraph(name="aiact compliance plan")
    on_path = set(critical)
    for step in (*steps, *undetermined):
        data = dict(graph.nodes[step.id])
        data.update(
            role="own",
            applies=truth_label(step.applies),
            status=step.status.value if step.applies is True else "undetermined",
            applies_from=_iso(step.applies_from) or "",
            deadline=_iso(step.deadline) or "",
            due=_iso(step.due) or "",
            position=step.position if step.applies is True else 0,
            critical=step.id in on_path,
            band=step.band,
        )
        sub.add_node(step.id, **data)
    for dependency in external:
        data = dict(graph.nodes[dependency.id])
        data.update(
            role="external",
            applies="",
            status="external",
            applies_from="",
            deadline="",
            due="",
            position=0,
            critical=False,
        )
        sub.add_node(dependency.id, **data)
    wanted = {
        m.id
        for m in MILESTONES.values()
        if m.id in graph
        and any(n in sub for n in (*graph.predecessors(m.id), *graph.successors(m.id)))
    }
    if FIRST_USE.id in wanted:
        wanted.add(PLACING.id)
    for milestone in MILESTONES.values():
        if milestone.id in wanted:
            data = dict(graph.nodes[milestone.id])
            data.update(
                role="milestone",
                applies="",
                status="milestone",
                applies_from="",
                deadline="",
                due="",
                position=0,
                critical=False,
            )
            sub.add_node(milestone.id, **data)
    for u, v, data in graph.edges(data=True):
        if u in sub and v in sub:
            sub.add_edge(u, v, **data)
    nx.freeze(sub)
    return sub


def subgraph_for(assessment: Assessment) -> nx.DiGraph[str]:
    """The part of the obligation graph that concerns ``assessment``: the obligations that apply
    or may apply, the other organisations' prerequisites they need (``role="external"``) and the
    milestones they lead to. Node attributes add ``status``, ``applies``, ``applies_from``,
    ``deadline``, ``due`` (:attr:`PlanStep.due`), ``position`` and ``critical`` to those of
    :func:`obligation_graph`."""
    return plan(assessment).graph
