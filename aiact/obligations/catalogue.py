"""The obligation catalogue: loaded once, validated, then frozen.

Loading checks every declaration: unique ids, citations that parse, Dutch and English titles,
prerequisites that exist, and a prerequisite graph without cycles. A failure is a
:class:`CatalogueError` that names the obligation and the problem.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property

import networkx as nx

from aiact.logic import parse
from aiact.obligations.model import Modality, Obligation, Trigger
from aiact.refs import LegalRef, LegalRefError
from aiact.ruleset import Rule
from aiact.versions import LawVersion

_MODULES = (
    "decl_general",
    "decl_high_risk_provider",
    "decl_high_risk_operators",
    "decl_transparency",
    "decl_gpai",
    "decl_conformity",
    "decl_testing",
    "decl_authority",
)
"""The declaration modules, imported when the catalogue is first loaded."""


_AUTHORITY_FACTS = ("authority_actions.", "model.commission_requested_")
"""The facts that say an authority acted (issue 12, section 2)."""


class CatalogueError(ValueError):
    """A declaration in the obligation catalogue is invalid."""


@dataclass(frozen=True)
class Catalogue:
    """Every obligation of the Act that the library models, in declaration order."""

    obligations: tuple[Obligation, ...]

    def __iter__(self) -> Iterator[Obligation]:
        return iter(self.obligations)

    def __len__(self) -> int:
        return len(self.obligations)

    @cached_property
    def by_id(self) -> dict[str, Obligation]:
        return {obligation.id: obligation for obligation in self.obligations}

    def get(self, key: str) -> Obligation:
        """Look an obligation up by id (``art26_8``) or by citation (``Art. 26(8)``)."""
        if key in self.by_id:
            return self.by_id[key]
        try:
            wanted = LegalRef.parse(key)
        except LegalRefError:
            wanted = None
        if wanted is not None:
            exact = [o for o in self.obligations if o.ref == wanted]
            if exact:
                return exact[0]
        raise KeyError(
            f"no obligation {key!r}: give an id such as 'art26_8' or a citation such as "
            "'Art. 26(8)'"
        )

    def by_citation(self, citation: str | LegalRef) -> tuple[Obligation, ...]:
        """Every obligation whose citation lies within ``citation`` (``Art. 26``: all of 26)."""
        wanted = citation if isinstance(citation, LegalRef) else LegalRef.parse(citation)
        return tuple(o for o in self.obligations if wanted.contains(o.ref))

    def for_law(self, law: LawVersion, kind: str | None = None) -> tuple[Obligation, ...]:
        """The obligations of ``law`` (and of ``kind``: ``system`` or ``model``), in order."""
        key = (law, kind)
        found = self._by_law.get(key)
        if found is None:
            found = tuple(
                o
                for o in self.obligations
                if o.applies_to(law) and (kind is None or o.kind == kind)
            )
            self._by_law[key] = found
        return found

    @cached_property
    def _by_law(self) -> dict[tuple[LawVersion, str | None], tuple[Obligation, ...]]:
        return {}

    @cached_property
    def prerequisite_graph(self) -> nx.DiGraph[str]:
        """Obligations as nodes, an edge ``p -> o`` when ``p`` is a prerequisite of ``o``."""
        graph: nx.DiGraph[str] = nx.DiGraph()
        for obligation in self.obligations:
            graph.add_node(obligation.id)
        for obligation in self.obligations:
            for prerequisite in obligation.prerequisites:
                graph.add_edge(
                    prerequisite.obligation,
                    obligation.id,
                    source=prerequisite.source,
                    anchor=prerequisite.anchor,
                )
        return graph


def obligation_rule(obligation: Obligation) -> Rule:
    """The engine rule that concludes ``obligation.<id>`` from the obligation's condition."""
    return Rule(
        id=obligation.predicate,
        concludes=obligation.predicate,
        when=obligation.when,
        source=obligation.source,
        title_en=obligation.title_en,
        title_nl=obligation.title_nl,
        versions=obligation.versions,
        interpretation=obligation.interpretation,
        also_cites=obligation.also_cites,
    )


def _validate(obligations: tuple[Obligation, ...]) -> None:
    ids: set[str] = set()
    for obligation in obligations:
        where = f"obligation {obligation.id!r}"
        if not obligation.id.replace("_", "").isalnum() or obligation.id.lower() != obligation.id:
            raise CatalogueError(f"{where}: ids are lower-case letters, digits and underscores")
        if obligation.id in ids:
            raise CatalogueError(f"{where}: duplicate id")
        ids.add(obligation.id)
        if not obligation.title_en.strip():
            raise CatalogueError(f"{where}: missing English title")
        if not obligation.title_nl.strip():
            raise CatalogueError(f"{where}: missing Dutch title")
        if not obligation.addressees:
            raise CatalogueError(f"{where}: no addressee")
        reads_authority = any(marker in obligation.when for marker in _AUTHORITY_FACTS)
        if reads_authority != (obligation.trigger is Trigger.ON_AUTHORITY_REQUEST):
            raise CatalogueError(
                f"{where}: a duty that arises only once an authority acts reads a fact saying so "
                f"({', '.join(_AUTHORITY_FACTS)}) and has trigger=on_authority_request, and only "
                f"such a duty does (trigger is {obligation.trigger.value})"
            )
        citations = [obligation.source, *obligation.also_cites]
        citations += [p.source for p in obligation.prerequisites]
        if obligation.fine_ref is not None:
            citations.append(obligation.fine_ref)
        for citation in citations:
            try:
                LegalRef.parse(citation)
            except LegalRefError as error:
                raise CatalogueError(f"{where}: bad citation {citation!r}: {error}") from error
    by_id = {o.id: o for o in obligations}
    for obligation in obligations:
        _validate_limits(obligation, by_id)
        for prerequisite in obligation.prerequisites:
            if prerequisite.obligation not in ids:
                raise CatalogueError(
                    f"obligation {obligation.id!r}: unknown prerequisite "
                    f"{prerequisite.obligation!r}"
                )
            if not prerequisite.anchor.strip():
                raise CatalogueError(
                    f"obligation {obligation.id!r}: prerequisite {prerequisite.obligation!r} has "
                    "no textual anchor"
                )
    graph = Catalogue(obligations).prerequisite_graph
    if not nx.is_directed_acyclic_graph(graph):
        raise CatalogueError(f"the prerequisites are circular: {nx.find_cycle(graph)}")


def _validate_limits(obligation: Obligation, by_id: dict[str, Obligation]) -> None:
    """A limitation names the duty it narrows (``limits``), and only a limitation does: that
    duty exists, is a duty, is one of the limitation's prerequisites (the words that make the
    link, quoted) and exists in every law version the limitation does (ADR 0051)."""
    where = f"obligation {obligation.id!r}"
    if (obligation.modality is Modality.LIMITATION) != (obligation.limits is not None):
        raise CatalogueError(
            f"{where}: a limitation, and only a limitation, names the duty it limits"
        )
    if obligation.limits is None:
        return
    duty = by_id.get(obligation.limits)
    if duty is None or not duty.binds:
        raise CatalogueError(f"{where}: limits {obligation.limits!r}, which is no duty")
    if obligation.limits not in {p.obligation for p in obligation.prerequisites}:
        raise CatalogueError(f"{where}: the duty it limits is not among its prerequisites")
    if not obligation.versions <= duty.versions:
        raise CatalogueError(f"{where}: applies in a law version {obligation.limits!r} does not")


@cache
def same_duty() -> dict[str, frozenset[str]]:
    """For an entry that states the same duty as other entries with another fine (A36's
    ``art25_4_supplier_not_operator`` and ``art25_4``): the ids of those entries, as the
    declaration modules give them (``SAME_DUTY``), each checked to be in the catalogue."""
    known = catalogue().by_id
    out: dict[str, frozenset[str]] = {}
    for name in _MODULES:
        module = importlib.import_module(f"aiact.obligations.{name}")
        for key, others in getattr(module, "SAME_DUTY", {}).items():
            for identifier in (key, *others):
                if identifier not in known:
                    raise CatalogueError(f"SAME_DUTY of {name} names unknown {identifier!r}")
            out[key] = frozenset(others)
    return out


@cache
def role_sheltered() -> dict[str, str]:
    """For an entry an added role may take away by bringing a shelter (A45=operators_only: a
    supplier that takes on an operator role comes under Art. 111(2)): the name whose turning from
    true to not true excuses the loss (``ROLE_SHELTERED`` of the declaration modules; each entry
    checked to be in the catalogue, each name a valid condition)."""
    known = catalogue().by_id
    out: dict[str, str] = {}
    for name in _MODULES:
        module = importlib.import_module(f"aiact.obligations.{name}")
        for key, condition in getattr(module, "ROLE_SHELTERED", {}).items():
            if key not in known:
                raise CatalogueError(f"ROLE_SHELTERED of {name} names unknown {key!r}")
            parse(condition)
            out[key] = condition
    return out


def same_duty_condition() -> dict[str, str]:
    """For each entry of :func:`same_duty`: the condition of the duty it shares with its other
    entries, free of the fact that splits them (``SAME_DUTY_CONDITION`` of the declaration
    modules; every entry of ``SAME_DUTY`` has one, checked here, each a valid condition)."""
    out: dict[str, str] = {}
    for name in _MODULES:
        module = importlib.import_module(f"aiact.obligations.{name}")
        conditions = getattr(module, "SAME_DUTY_CONDITION", {})
        for key in getattr(module, "SAME_DUTY", {}):
            if key not in conditions:
                raise CatalogueError(f"SAME_DUTY of {name}: {key!r} has no SAME_DUTY_CONDITION")
            parse(conditions[key])
            out[key] = conditions[key]
        for key in conditions:
            if key not in out:
                raise CatalogueError(f"SAME_DUTY_CONDITION of {name}: {key!r} is not in SAME_DUTY")
    return out


@cache
def catalogue() -> Catalogue:
    """The validated obligation catalogue (loaded once)."""
    modules = [importlib.import_module(f"aiact.obligations.{name}") for name in _MODULES]
    obligations: tuple[Obligation, ...] = tuple(o for m in modules for o in m.OBLIGATIONS)
    _validate(obligations)
    return Catalogue(obligations)
