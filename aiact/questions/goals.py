"""What an interview wants to know (its *goal*), read off an Assessment.

This module is the only place where the questions read the Assessment: a change to the
Assessment's API is a fix here, nowhere else. It uses public accessors only (``risk_tier``,
``possible_tiers``, ``tier_changes``, ``roles``, ``obligation_results``, ``exposure``,
``evaluation``).

Goals:

* ``tier``: the risk tier on the date assessed (``risk_tier``: a classification applies once its
  provisions apply, Art. 113), the dated changes of the tier ahead (``tier_changes``) and the
  organisation's roles (roles are moot when the Act does not apply: not an AI system, or
  outside its scope);
* ``obligations``: the tier, the roles and which obligations apply;
* ``full``: all that, the dates (status, date of application, deadline) of the obligations that
  apply, and the fine exposure.

A :class:`GoalView` has the goal's ``result`` (a value to compare: two answers are relevant when
they give different results) and its ``open`` parts (what is still undetermined; the goal is
determined when none is open).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Literal

from pydantic import ValidationError

from aiact.api import settled_by_list
from aiact.assessment import Assessment, RiskTier, _exposure_item
from aiact.assessment import _obligation_columns as _obligation_table_columns
from aiact.date_facts import FINDING_ATOM
from aiact.engine.base import Evaluation
from aiact.engine.native import NATIVE
from aiact.errors import UNREAD, FieldConflict, join_path, unread_reasons
from aiact.facts import AISystem, GPAIModel, Organisation
from aiact.interpretations import Interpretations
from aiact.penalties.exposure import (
    ExposureItem,
    ExposureReport,
    ExposureRows,
    exposure_context,
    exposure_reads_hold,
    exposure_rows_traced,
    rows_part,
)
from aiact.questions.fields import SubjectKind, all_fields, atom_fields, fields, nest, subject_of
from aiact.questions.incremental import evaluate_changed
from aiact.rules.definitions import CONFLICTS, check_consistent
from aiact.versions import LawVersion

Goal = Literal["tier", "obligations", "full"]
GOALS: tuple[Goal, ...] = ("tier", "obligations", "full")

_MOOT = frozenset({RiskTier.NOT_AN_AI_SYSTEM, RiskTier.OUT_OF_SCOPE})
"""Tiers at which the Act does not apply: nothing else about the goal is open."""


def check_goal(goal: str) -> Goal:
    for known in GOALS:
        if goal == known:
            return known
    raise ValueError(f"goal: {goal!r} is not one of {', '.join(GOALS)}")


@dataclass(frozen=True)
class Context:
    """Everything besides the facts that an assessment needs: the day, the law version (None:
    the version in force on that day) and the readings of the open legal questions."""

    as_of: dt.date
    law: LawVersion | None = None
    interpretations: Interpretations = field(default_factory=Interpretations)


def assess_facts(facts: Mapping[str, Any], kind: SubjectKind, context: Context) -> Assessment:
    """Assess flat facts (see :mod:`aiact.questions.fields`) through the public API."""
    from aiact.api import assess, assess_model

    case = nest(facts, kind)
    if kind == "model":
        return assess_model(
            case["model"],
            case["organisation"],
            context.as_of,
            context.law,
            interpretations=context.interpretations,
        )
    return assess(
        case["system"],
        case["organisation"],
        context.as_of,
        context.law,
        interpretations=context.interpretations,
    )


def assess_with(
    base: Assessment,
    changes: Mapping[str, Any],
    evaluation: Evaluation | None = None,
    facts: Mapping[str, Any] | None = None,
) -> Assessment:
    """The Assessment of ``base``'s facts with ``changes`` (flat) added: the same as assessing
    the changed case from scratch, but derived from ``base`` (only the changed input models are
    validated again and only the changed rule inputs recomputed; a property test holds the two
    together). Raises ``ValueError`` where the changed facts contradict each other.

    ``evaluation``: the evaluation of the changed facts when the caller has it already (the
    rules propagated from :func:`atom_changes`); the models are still validated again.
    ``facts``: ``base``'s flat facts, when known (see :func:`atom_changes`)."""
    from aiact.atoms import model_atoms, system_atoms
    from aiact.date_facts import (
        guard_finding,
        model_date_atoms,
        settle_pre_market,
        system_date_atoms,
    )
    from aiact.engine import get_engine

    organisation, system, model = _changed_models(base, changes)
    if evaluation is not None:
        _check_consistent(evaluation, system)
        return dataclasses.replace(
            base, organisation=organisation, system=system, model=model, evaluation=evaluation
        )
    evaluation = base.evaluation
    ruleset = evaluation.ruleset
    inputs: dict[str, Any]
    quick = atom_changes(base, changes, facts)
    if quick is not None:
        inputs = quick
    elif base.kind == "system":
        assert system is not None
        readings = base.interpretations
        inputs = system_atoms(
            system, organisation, readings, system_date_atoms(system, base.law, readings)
        )
    else:
        assert model is not None
        inputs = model_atoms(model, organisation, base.interpretations)
        inputs.update(model_date_atoms(model, base.law))
    if quick is None:
        # As aiact.assess: a placing on or before the day settles an unknown Art. 2(8) fact as
        # no (the quick path is never taken for the fields it reads: atom_changes)
        subject = system if base.kind == "system" else model
        assert subject is not None
        settle_pre_market(inputs, subject, base.as_of)
    if base.kind == "system":
        # As aiact.assess: dates.art80_2_finding_possible, and no Art. 80(2) finding given as
        # true before Art. 80 and the Annex III classification apply (ADR 0032, round 11).
        guard_finding(inputs, base.as_of, base.law, base.interpretations)
    if evaluation.engine == "native" and quick is not None:
        new = evaluate_changed(evaluation, inputs)
    elif evaluation.engine == "native":
        # Every input computed again: one run of the generated program is cheaper than
        # propagating a change of many inputs rule by rule.
        new = NATIVE.evaluate(ruleset, {**_inputs_of(base), **inputs})
    else:
        new = get_engine(evaluation.engine).evaluate(ruleset, {**_inputs_of(base), **inputs})
    _check_consistent(new, system)
    return dataclasses.replace(
        base, organisation=organisation, system=system, model=model, evaluation=new
    )


def _changed_models(base: Assessment, changes: Mapping[str, Any]) -> tuple[Any, Any, Any]:
    """``base``'s organisation, system and model with ``changes`` (flat) applied, validated as
    :func:`assess_with` validates them (only the changed models again); raises ``ValueError``
    where the input checks refuse them."""
    organisation = base.organisation
    system = base.system
    model = base.model
    by_section = _by_section(changes)
    if "organisation" in by_section:
        organisation = _updated(organisation, by_section["organisation"])
    if "system" in by_section:
        if system is None:
            raise ValueError("facts of an AI system given for a general-purpose AI model")
        system = _updated(system, by_section["system"])
    if "model" in by_section:
        if model is None:
            raise ValueError("facts of a general-purpose AI model given for an AI system")
        model = _updated(model, by_section["model"])
    if system is not None:
        _check_together(system, organisation)
    if model is not None:
        from aiact.api import check_model_together

        check_model_together(model, organisation)
    if "system" in by_section or "model" in by_section:
        from aiact.date_facts import guard_pre_market

        # As aiact.assess: research "prior to their being placed on the market or put into
        # service" (Art. 2(8)) contradicts a placing on or before the day assessed (review48).
        subject = system if system is not None else model
        assert subject is not None
        guard_pre_market(subject, base.as_of)
    return organisation, system, model


def _by_section(changes: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """``changes`` (flat) by section (``organisation``, ``system``, ``model``), each with its
    keys in that section (:func:`_section_of`)."""
    by_section: dict[str, dict[str, Any]] = {}
    for path, value in changes.items():
        section, key = _section_of(path)
        inner = by_section.get(section)
        if inner is None:
            inner = by_section[section] = {}
        inner[key] = value
    return by_section


def refusal_reads(base: Assessment, changes: Mapping[str, Any]) -> frozenset[str] | None:
    """The input fields that an input model's own check refusing ``base``'s facts with
    ``changes`` read, where that is known: the check is a validator of the organisation, the
    system or the model, or of a model within one, that raised a
    :class:`~aiact.errors.FieldConflict` (each names the fields it reads: ``field``, ``others``
    and ``reads``; tests/test_stuck_refused28.py and test_rev28a.py hold every such check to
    it), as flat paths (:mod:`aiact.questions.fields`; a model within one, such as
    ``organisation.group``, stands for all its fields). None where the models accept the
    changes (a check across them or a conflict flag may still refuse them) or another error
    refuses them. Whatever other fields a case also sets, the check refuses it where these keep
    their values (round 28: :func:`aiact.questions.relevance._without_refused`)."""
    models = {"organisation": base.organisation, "system": base.system, "model": base.model}
    for section, inner in _by_section(changes).items():
        model = models[section]
        if model is None:
            return None
        try:
            _validated(model, inner, () if section == "system" else (section,))
        except _Refusal as refusal:
            return refusal.reads()
        except ValueError:
            return None
    return None


class _Refusal(Exception):
    """A model's check refused changes (:func:`_validated` with ``at``): its error and the path
    of the model it validated (its parts)."""

    def __init__(self, at: tuple[str, ...], error: ValueError) -> None:
        super().__init__(".".join(at))
        self.at = at
        self.error = error

    def reads(self) -> frozenset[str] | None:
        """The flat paths the refusing checks read (:func:`refusal_reads`), or None."""
        conflicts: list[tuple[FieldConflict, tuple[str, ...]]] = []
        if isinstance(self.error, FieldConflict):
            conflicts.append((self.error, self.at))
        elif isinstance(self.error, ValidationError):
            for item in self.error.errors():
                inner = (item.get("ctx") or {}).get("error")
                if item["type"] != "value_error" or not isinstance(inner, FieldConflict):
                    return None  # a field's own type or range: not a cross-field check
                where = tuple(part for part in item["loc"] if isinstance(part, str))
                conflicts.append((inner, self.at + where))
        else:
            return None
        known = all_fields()
        out: set[str] = set()
        for conflict, at in conflicts:
            named = [
                *(join_path(*at, *name.split(".")) for name in (conflict.field, *conflict.reads)),
                *conflict.other_paths(at),
            ]
            for path in named:
                if path not in known and not any(k.startswith(path + ".") for k in known):
                    return None  # not a field of the case: not read as one here
            out.update(named)
        return frozenset(out)


@lru_cache(maxsize=4096)
def _section_of(path: str) -> tuple[str, str]:
    """The section of a flat path (:func:`aiact.questions.fields.subject_of`) and its key in
    that section's changes (:func:`_changed_models`): the path without its first part, the
    whole path for the system (round 21: kept per path, not worked out for every answer)."""
    section = subject_of(path)
    return section, path.split(".", 1)[1] if section != "system" else path


def refused(base: Assessment, changes: Mapping[str, Any], over: Mapping[str, Any]) -> bool:
    """Whether :func:`assess_with` refuses ``base``'s facts with ``changes``, given the values
    that propagating their rule inputs changes (``over``, :func:`aiact.questions.incremental.
    propagated`): the changed models fail their input checks, or a conflict flag
    (:data:`aiact.rules.definitions.CONFLICTS`) becomes true (``base`` has none, being
    accepted). Where a search judges an answer without assessing it, this keeps it from
    counting an answer the full trial skips (round 12, helper trace13)."""
    from aiact.rules.definitions import CONFLICTS

    for flag in CONFLICTS:  # a loop, not any() over a generator: ~1 µs less a check (round 23)
        if over.get(flag) is True:
            return True
    check = _checked_quickly if QUICK_CHECKS else _changed_models
    try:
        if UNREAD_REASONS:
            token = UNREAD.set(True)  # only whether they refuse is read (round 22)
            try:
                check(base, changes)
            finally:
                UNREAD.reset(token)
        else:
            check(base, changes)
    except ValueError:
        return True
    return False


QUICK_CHECKS = True
"""Round 23 (speedtier23): :func:`refused` checks changes of the system's nested models alone
(``prohibited.*``, ``transparency.*``, ...: most trial answers) with :func:`_checked_quickly`,
which validates each changed nested model as :func:`_changed_models` does but not the system
again field by field: its other fields are those of the accepted base, unchanged. The same
answers are refused (a hypothesis property compares the two over drawn bases and every trial
answer). Off: every check through :func:`_changed_models`."""


def _checked_quickly(base: Assessment, changes: Mapping[str, Any]) -> None:
    """Raise ``ValueError`` where :func:`_changed_models` does (:func:`refused` reads only
    whether it raises). Where every change is within a nested model of the system that is
    given (a field :func:`_quick_heads` names), each changed nested model is validated
    (:func:`_updated`: pydantic's type checks and the model's own validators), and the system
    with them is not validated again by pydantic (which would accept each unchanged field as
    it did for the base, and each nested model as the instance it is:
    ``revalidate_instances`` 'never') but has its own after-validators run; then the checks
    across the system and the organisation, and the Art. 2(8) guard, as in
    :func:`_changed_models`. Any other change goes through :func:`_changed_models`."""
    system = base.system
    if system is None:
        _changed_models(base, changes)
        return
    heads = _quick_heads(type(system))
    nested: dict[str, dict[str, Any]] = {}
    for path, value in changes.items():
        head, _, rest = path.partition(".")
        if not rest or head not in heads:
            _changed_models(base, changes)
            return
        inner = nested.get(head)
        if inner is None:
            inner = nested[head] = {}
        inner[rest] = value
    update: dict[str, Any] = {}
    for head, inner in nested.items():
        current = getattr(system, head)
        if current is None:
            _changed_models(base, changes)
            return
        update[head] = _updated(current, inner)
    changed = system.model_copy(update=update)
    try:
        for name in heads[None]:
            getattr(changed, name)()
    except AssertionError as error:  # as pydantic: a failed assertion in a validator refuses
        raise ValueError(str(error)) from None
    _check_together(changed, base.organisation)
    from aiact.date_facts import guard_pre_market

    guard_pre_market(changed, base.as_of)


@cache
def _quick_heads(model: type[Any]) -> dict[str | None, tuple[str, ...]]:
    """The fields of ``model`` (a facts model) that :func:`_checked_quickly` may change without
    validating ``model`` again: nested facts models (or None) with no field validator of
    ``model``'s own; under the key None the names of ``model``'s after-validators. Empty where
    ``model`` has a validator that is not an after-validator of the whole model, or validates
    instances again (then every check goes through :func:`_changed_models`)."""
    from pydantic import BaseModel

    decorators = model.__pydantic_decorators__
    if model.model_config.get("revalidate_instances", "never") != "never" or any(
        d.info.mode != "after" for d in decorators.model_validators.values()
    ):
        return {}
    validated = {f for d in decorators.field_validators.values() for f in d.info.fields}
    if "*" in validated:
        return {}
    out: dict[str | None, tuple[str, ...]] = {
        None: tuple(d.cls_var_name for d in decorators.model_validators.values())
    }
    for name, info in model.model_fields.items():
        if name in validated:
            continue
        annotation = info.annotation
        members = [a for a in getattr(annotation, "__args__", (annotation,)) if a is not type(None)]
        if len(members) == 1 and isinstance(members[0], type) and issubclass(members[0], BaseModel):
            out[name] = ()
    return out


UNREAD_REASONS = True
"""Round 22 (speedtier22): :func:`refused` runs the input checks within
:func:`aiact.errors.unread_reasons`, so that a refusal builds no English reason it never reads
(the same checks refuse the same facts); :func:`_updated` keeps such a refusal as
:data:`_REFUSED`, not as the error, which it builds again for a caller outside. Off: every
reason built."""


def _check_consistent(evaluation: Evaluation, system: Any) -> None:
    """Refuse, as :func:`aiact.assess` does, changed facts whose direct answers contradict the
    facts of their definitions, or a given Annex III list that lacks a point the facts imply
    (issue 13; issue 12, item 11): an answer the input checks refuse is never a trial's result.
    The facts the given Annex III list settles (``settled_by_list``, which the check reads only
    to word a contradiction) are found only where a conflict flag is true
    (:data:`SETTLED_LAZY`)."""
    if SETTLED_LAZY:
        values = evaluation.values
        for flag in CONFLICTS:
            if values.get(flag) is True:
                break
        else:
            return  # no contradiction: check_consistent returns at once as well
    check_consistent(evaluation, settled_by_list(system) if system is not None else None)


SETTLED_LAZY = True
"""Round 24: whether :func:`_check_consistent` (every trial answer assessed) leaves out
``settled_by_list`` of the system (~10 µs, a fact of the Annex III list for each implied point)
where no conflict flag is true: ``check_consistent`` reads it only to word a contradiction, after
finding a flag true. The same answers refused, with the same reasons (False: computed for every
check)."""


def atom_changes(
    base: Assessment, changes: Mapping[str, Any], facts: Mapping[str, Any] | None = None
) -> dict[str, Any] | None:
    """The rule inputs that change when ``changes`` (flat facts) are added to ``base``'s facts,
    when every changed field feeds atoms of its own, or, given ``facts`` (the flat facts of
    ``base``), atoms shared only within a group of fields (:func:`field_groups`: the Annex III
    points with the Art. 5 and Art. 50 facts they imply, the two dates of first placing); else
    None: the inputs must be computed from the changed models (see :func:`assess_with`)."""
    kind = base.kind
    private = private_atoms(kind)
    # The law and readings of :func:`_context_key` for one private field, read off a table
    # (round 21: the key's set and the readings' hash cost more than the atoms' lookup).
    contextual = _contextual_paths(kind)
    out: dict[str, Any] = {}
    groups: dict[frozenset[str], None] = {}
    for path, value in changes.items():
        if path in private:
            if path in contextual:
                out.update(
                    _atoms_of_value(kind, path, _hashable(value), base.law, base.interpretations)
                )
            else:
                out.update(_atoms_of_value(kind, path, _hashable(value), None, None))
            continue
        group = field_groups(base.kind).get(path) if facts is not None else None
        if group is None:
            return None
        groups[group] = None
    for group in groups:
        assert facts is not None
        values = tuple(
            sorted(
                (p, _hashable(changes[p] if p in changes else facts[p]))
                for p in group
                if p in changes or p in facts
            )
        )
        law, readings = _context_key(base, group)
        found = _atoms_of_group(base.kind, group, values, law, readings)
        if found is None:
            return None
        out.update(found)
    if kind == "system" and out.get(FINDING_ATOM) is True:
        from aiact.date_facts import guard_finding

        # As aiact.assess (ADR 0032, round 11; dates.art80_2_finding_possible is in the base's
        # inputs already); a finding refused on this day is left to assess_with, which raises.
        # Only a finding given as true can be refused (``guard_finding``, ``declare`` False,
        # reads nothing else: round 21).
        try:
            guard_finding(out, base.as_of, base.law, base.interpretations, declare=False)
        except ValueError:
            return None
    if not _PRE_MARKET_FIELDS[base.kind].isdisjoint(changes):
        # As aiact.assess: the Art. 2(8) fact, settled as no by a placing on or before the day
        # (date_facts.settle_pre_market), read with the day from the changed values
        out.update(_pre_market_atom(base, changes))
    return out


def _pre_market_atom(base: Assessment, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The Art. 2(8) atom of ``base``'s subject with ``changes`` (flat) applied."""
    from aiact.date_facts import MODEL_PRE_MARKET_ATOM, PRE_MARKET_ATOM, pre_market_settles
    from aiact.facts import PLACED_ON_THE_UNION_MARKET, system_fact

    def value(path: str, current: Any) -> Any:
        found = changes.get(path, current)
        if isinstance(found, str):
            try:
                return dt.date.fromisoformat(found)
            except ValueError:
                return None
        return found

    if base.kind == "system":
        system = base.system
        assert system is not None
        atom = PRE_MARKET_ATOM
        research = value(atom, system.exclusions.pre_market_research_testing)
        placed = value("placed_on_market", system.placed_on_market)
        service = value("put_into_service", system.put_into_service)
        union = any(
            value(path, system_fact(system, path)) is True for path in PLACED_ON_THE_UNION_MARKET
        )
    else:
        model = base.model
        assert model is not None
        atom = MODEL_PRE_MARKET_ATOM
        research = value(atom, model.pre_market_research_testing)
        placed = value("model.placed_on_market", model.placed_on_market)
        service, union = None, False
    if research is None and pre_market_settles(placed, service, union, base.as_of):
        return {atom: False}
    return {atom: research}


_PRE_MARKET_FIELDS: dict[str, frozenset[str]] = {
    "system": frozenset(
        (
            "exclusions.pre_market_research_testing",
            "placed_on_market",
            "put_into_service",
            "exclusions.made_available_on_union_market",
            "roles.importer",
            "roles.distributor",
        )
    ),
    "model": frozenset(("model.pre_market_research_testing", "model.placed_on_market")),
}
"""The flat fields that :func:`aiact.date_facts.settle_pre_market` reads with the day assessed
(Art. 2(8)): a change of one is never taken by the quick path of :func:`atom_changes`, whose
atoms know no day; :func:`assess_with` computes the inputs from the changed models."""


@cache
def field_groups(kind: SubjectKind) -> dict[str, frozenset[str]]:
    """For each input field that shares a rule atom with another, the group of fields joined by
    shared atoms (no atom of the group is fed by a field outside it)."""
    parent: dict[str, str] = {}

    def root(path: str) -> str:
        while parent.setdefault(path, path) != path:
            path = parent[path]
        return path

    for paths in atom_fields(kind).values():
        if len(paths) > 1:
            first, *rest = sorted(paths)
            for other in rest:
                parent[root(other)] = root(first)
    members: dict[str, set[str]] = {}
    for path in parent:
        members.setdefault(root(path), set()).add(path)
    return {path: frozenset(members[root(path)]) for path in parent}


def _context_key(
    base: Assessment, paths: frozenset[str]
) -> tuple[LawVersion | None, Interpretations | None]:
    """The law and readings under which the atoms of ``paths`` are kept: ``base``'s where a
    rule atom they feed reads the law or the readings (:func:`context_atoms`: the date
    comparisons, the ``interp.*`` switches), else None for both. The other atoms are computed
    from the input models alone, so their values, and the models' refusal of a value, are the
    same under every law and reading, and one entry serves them all (round 13: with the law
    and readings in every key, the first question under readings not met for a while computed
    the atoms of every trial answer again, up to 20 ms of a cold `full` question, and the
    interview benchmark's 26 combinations of law and readings filled the 4,096 entries)."""
    if _fed_atoms(base.kind, paths) & context_atoms(base.kind):
        return base.law, base.interpretations
    return None, None


@cache
def _contextual_paths(kind: SubjectKind) -> frozenset[str]:
    """The input fields whose atoms the law or the readings enter: those for which
    :func:`_context_key` of the field alone gives ``base``'s law and readings (round 21: read
    off this table by :func:`atom_changes`)."""
    entered = context_atoms(kind)
    return frozenset(
        path for path, _ in fields(kind).items() if _fed_atoms(kind, frozenset((path,))) & entered
    )


@cache
def context_atoms(kind: SubjectKind) -> frozenset[str]:
    """The rule atoms of :func:`_all_atoms` that the law version or the readings enter: the date
    comparisons (:data:`aiact.date_facts.COMPARISONS`, ``MODEL_COMPARISONS``: their targets
    depend on both) and the readings' switches (``Interpretations.as_facts``). Every other atom
    of ``system_atoms`` / ``model_atoms`` is read off the system (or model) and the
    organisation."""
    from aiact.date_facts import COMPARISONS, MODEL_COMPARISONS
    from aiact.interpretations import DEFAULT_INTERPRETATIONS

    table = COMPARISONS if kind == "system" else MODEL_COMPARISONS
    return frozenset(c.atom for c in table) | frozenset(DEFAULT_INTERPRETATIONS.as_facts())


@lru_cache(maxsize=1024)
def _fed_atoms(kind: SubjectKind, paths: frozenset[str]) -> frozenset[str]:
    """The rule atoms fed by any of ``paths`` (:func:`aiact.questions.fields.atom_fields`)."""
    return frozenset(a for a, fed in atom_fields(kind).items() if fed & paths)


ATOMS_CACHE_SIZE = 4096
"""The atoms of a group's values and of a private field's value kept (each, least recently used
first out). Their keys hold the facts' values (amounts, dates), which a service receives without
end: unbounded before round 9. A run of 16,384 service requests (every scenario's interview,
three times, on other days) used 674 and 792 entries, at hit rates of 99.2 % and 99.9 %."""


@lru_cache(maxsize=ATOMS_CACHE_SIZE)
def _atoms_of_group(
    kind: SubjectKind,
    group: frozenset[str],
    values: tuple[tuple[str, Any], ...],
    law: LawVersion | None,
    readings: Interpretations | None,
) -> dict[str, Any] | None:
    """The rule atoms fed by a group of fields with these values (the others unknown); None
    when the models refuse these values on their own. ``law`` and ``readings`` None: atoms
    that neither enters (:func:`_context_key`)."""
    mine = _fed_atoms(kind, group)
    try:
        if UNREAD_REASONS:
            with unread_reasons():  # only whether they refuse is read (round 22)
                found = _all_atoms(kind, dict(values), law, readings)
        else:
            found = _all_atoms(kind, dict(values), law, readings)
    except ValueError:
        return None
    return {k: v for k, v in found.items() if k in mine}


def _all_atoms(
    kind: SubjectKind,
    flat: Mapping[str, Any],
    law: LawVersion | None,
    readings: Interpretations | None,
) -> dict[str, Any]:
    """Every rule atom of the flat facts ``flat`` (the rest unknown); ``law`` and ``readings``
    None: the current version and the default readings, for atoms neither enters."""
    from aiact.atoms import model_atoms, system_atoms
    from aiact.date_facts import model_date_atoms, system_date_atoms
    from aiact.interpretations import DEFAULT_INTERPRETATIONS

    law = law if law is not None else LawVersion.AMENDED
    readings = readings if readings is not None else DEFAULT_INTERPRETATIONS

    case = nest(flat, kind)
    organisation = Organisation.model_validate(case["organisation"])
    if kind == "system":
        system = AISystem.model_validate(case["system"])
        return system_atoms(
            system, organisation, readings, system_date_atoms(system, law, readings)
        )
    model = GPAIModel.model_validate(case["model"])
    atoms = model_atoms(model, organisation, readings)
    atoms.update(model_date_atoms(model, law))
    return atoms


def fields_read_directly(goal: Goal, kind: SubjectKind) -> frozenset[str]:
    """The input fields the goal's view reads from the input models rather than from the rules'
    evaluation. The tier, the roles and whether obligations apply are read off the evaluation;
    the dates of application (Art. 111, 113) read the system's dates and use context, and the
    fine exposure reads the organisation. (Should the tier come to read a date, list it here:
    this is what lets the interview skip computing the view for an answer that changes none of
    the conclusions the view reads; a property test holds the shortcut to the full view.)"""
    if goal in ("tier", "obligations"):
        return frozenset()
    return _direct_full(kind)


@cache
def _direct_full(kind: SubjectKind) -> frozenset[str]:
    return frozenset(
        path
        for path, info in fields(kind).items()
        if info.subject in ("organisation", "model")
        or info.type == "date"
        or path.startswith("context.")
    )


def _check_together(system: Any, organisation: Any) -> None:
    """The API's checks across the organisation and the system (the same function)."""
    from aiact import api

    check = getattr(api, "_check_together", None)
    if check is not None:
        check(system, organisation)


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


_UPDATED: dict[tuple[int, Any], tuple[Any, Any]] = {}
UPDATED_SIZE = 4096
"""The models with changes kept (beyond them the memo starts afresh). 65,536 before round 9: in a
service worker that held 557,000 objects (two pydantic models an entry), 40 % of what its full
garbage collections walked, for a hit rate of 11.5 %; with 4,096: 28,000 objects, 11.2 %
(benchmarks/service_gc.py, docs/performance.md "The HTTP service", round 9)."""


_REFUSED = object()
"""In :data:`_UPDATED`: refused by the input checks within :func:`aiact.errors.unread_reasons`
(the error not kept: its text may lack the reason)."""


def _updated(model: Any, changes: Mapping[str, Any]) -> Any:
    """A pydantic model with changes at dotted paths (memoised per model and changes). Within
    :func:`aiact.errors.unread_reasons` a refusal is kept as :data:`_REFUSED` and raised as a
    plain ``ValueError`` there; outside, the error is made again with its reason."""
    key = (id(model), tuple(sorted(changes.items())))
    unread = UNREAD.get()
    found = _UPDATED.get(key)
    if found is not None and found[0] is model:
        if found[1] is _REFUSED:
            if unread:
                raise ValueError("refused by the input checks")
        elif isinstance(found[1], Exception):
            raise found[1]
        else:
            return found[1]
    try:
        result = _validated(model, changes)
    except ValueError as error:
        result = _REFUSED if unread else error
    if len(_UPDATED) > UPDATED_SIZE:
        _UPDATED.clear()
    _UPDATED[key] = (model, result)
    if result is _REFUSED:
        raise ValueError("refused by the input checks")
    if isinstance(result, Exception):
        raise result
    return result


def _validated(model: Any, changes: Mapping[str, Any], at: tuple[str, ...] | None = None) -> Any:
    """A pydantic model with changes at dotted paths, validated again (nested models that do
    not change are passed as they are, so only the changed ones are validated). ``at``: the
    parts of the flat path of ``model`` in the case (none for the system, ``organisation``), for
    :func:`refusal_reads`: a refusal is then raised as :class:`_Refusal` with the path of the
    model whose check refused."""
    direct: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {}
    for path, value in changes.items():
        head, _, rest = path.partition(".")
        if rest:
            nested.setdefault(head, {})[rest] = value
        else:
            direct[head] = value
    data = dict(model.__dict__)
    data.update(direct)
    for head, inner in nested.items():
        current = getattr(model, head)
        if current is None:
            annotation = type(model).model_fields[head].annotation
            inner_type = next(
                a for a in getattr(annotation, "__args__", (annotation,)) if a is not type(None)
            )
            try:
                data[head] = inner_type.model_validate(_plain(inner))
            except ValueError as error:
                if at is None:
                    raise
                raise _Refusal((*at, head), error) from None
        else:
            data[head] = _validated(current, inner, None if at is None else (*at, head))
    try:
        return type(model).model_validate(data)
    except ValueError as error:
        if at is None:
            raise
        raise _Refusal(at, error) from None


def _plain(changes: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path, value in changes.items():
        keys = path.split(".")
        target = out
        for key in keys[:-1]:
            target = target.setdefault(key, {})
        target[keys[-1]] = value
    return out


def _inputs_of(assessment: Assessment) -> dict[str, Any]:
    """The input values of an Assessment's evaluation (memoised on the Assessment, so they live
    as long as it does and keep none alive: a table of the last 4,096 by ``id``, before round 9,
    kept as many Assessments alive beside the interview's memo of 2,048)."""
    kept: dict[str, Any] | None = assessment.__dict__.get("_inputs")
    if kept is not None:
        return kept
    evaluation = assessment.evaluation
    values = evaluation.values
    inputs = {name: values.get(name) for name in evaluation.ruleset.inputs}
    assessment.__dict__["_inputs"] = inputs
    return inputs


@cache
def private_atoms(kind: SubjectKind) -> frozenset[str]:
    """The input fields whose rule atoms no other field feeds (so the atoms of a change to them
    can be computed on their own)."""
    table = atom_fields(kind)
    shared = {p for paths in table.values() if len(paths) > 1 for p in paths}
    fed = {p for paths in table.values() for p in paths}
    return frozenset(p for p in fields(kind) if p not in shared and p in fed) | frozenset(
        p for p in fields(kind) if p not in fed
    )


@lru_cache(maxsize=ATOMS_CACHE_SIZE)
def _atoms_of_value(
    kind: SubjectKind,
    path: str,
    value: Any,
    law: LawVersion | None,
    readings: Interpretations | None,
) -> dict[str, Any]:
    """The rule atoms of one private field with one value (under a law and readings; None for
    both: atoms that neither enters, :func:`_context_key`)."""
    mine = _fed_atoms(kind, frozenset((path,)))
    if not mine:
        return {}
    atoms = _all_atoms(kind, {path: value}, law, readings)
    return {k: v for k, v in atoms.items() if k in mine}


@dataclass(frozen=True)
class GoalView:
    """The goal's result on one Assessment, and what of it is still open."""

    result: tuple[Any, ...]
    open: frozenset[str]

    @property
    def determined(self) -> bool:
        return not self.open


def goal_view(assessment: Assessment, goal: Goal) -> GoalView:
    """The goal's result and its open parts (``tier``, ``tier:<possible higher tier>``, the
    tier on the date of a change ahead ``tier@<date>`` and ``tier@<date>:<possible tier>``,
    ``role:<role>``, ``obligation:<id>``, ``date:<id>``, ``fine:<missing fact>``)."""
    if goal == "full":
        return _with_exposure(dated_view(assessment), exposure_rows_of(assessment))
    return _view(assessment, goal)


SHARE_EXPOSURE = True
"""Whether the views of the goal ``full`` take the fine exposure of an Assessment from one
computed for another with the same inputs (:func:`exposure_of`; round 14). The choice changes
no view (False: each Assessment's own)."""

EXPOSURES_SIZE = 1024
"""The fine exposures kept by :func:`exposure_of` (beyond them the memo starts afresh)."""

_EXPOSURES: dict[Any, ExposureReport] = {}


def _exposure_inputs(
    assessment: Assessment, applying: tuple[tuple[str, Any], ...] | None = None
) -> tuple[Any, ...]:
    """The inputs the fine exposure of ``assessment`` is a function of (:func:`exposure_of`):
    the kind, the law, the day, the organisation, the exposure options and the id and status of
    every obligation that applies (``applying`` where the caller has them)."""
    return (
        assessment.kind,
        assessment.law,
        assessment.as_of,
        assessment.organisation,
        assessment._exposure_options,
        applying
        if applying is not None
        else tuple([(r.id, r.status) for r in assessment.obligation_results if r.applies is True]),
    )


def exposure_of(
    assessment: Assessment, applying: tuple[tuple[str, Any], ...] | None = None
) -> ExposureReport:
    """``assessment.exposure``, or an exposure computed for another Assessment from the same
    inputs (memoised; emptied by :func:`aiact.questions.relevance.clear_cache`). The exposure
    (``Assessment.exposure``, :func:`aiact.penalties.exposure.compute_exposure`) is a function
    of the organisation, the day, the law, the exposure options (with whether the AI Office is
    competent, ``Assessment._exposure_options``) and the obligations that apply (``applies``
    true), with their status on the day: those that bind, those that bind later and those whose
    binding is undetermined (``Assessment._binding_on``), each with its fine tier, citation and
    chapter (the obligation of the catalogue for the law and the kind; a Chapter V duty has its
    own row, Art. 88(1)), and reading A37 within the options. These are the key. The trial
    answers of a search mostly leave them as they are (an answer about the system that changes
    no obligation, or the same answer about the organisation under another answer).
    ``applying``: the id and status of every obligation that applies, where the caller has them
    (:func:`lean_full_view`), else read off ``assessment.obligation_results``."""
    found: ExposureReport | None = assessment.__dict__.get("exposure")
    if found is not None or not SHARE_EXPOSURE:
        return assessment.exposure
    key = _exposure_inputs(assessment, applying)
    found = _EXPOSURES.get(key)
    if found is None:
        found = assessment.exposure
        if len(_EXPOSURES) >= EXPOSURES_SIZE:
            _EXPOSURES.clear()
        _EXPOSURES[key] = found
    return found


EXPOSURE_BY_READS = True
"""Whether the views of the goal ``full`` take what they read of the fine exposure (the rows'
:data:`aiact.penalties.exposure.ExposureRows`) from one computed for another organisation whose
context gives the same value at every name the rows read (round 17; the trial answers of a
search among the organisation's questions change its figures, which the rows of a model's
Art. 101 fine, for one, do not read). The choice changes no view (False: from
:func:`exposure_of`)."""

_ROWS: dict[Any, list[tuple[tuple[tuple[str, Any], ...], ExposureRows]]] = {}
_ROWS_BY_ORGANISATION: dict[Any, ExposureRows] = {}
_ITEMS: dict[Any, list[ExposureItem]] = {}

EXPOSURE_ONCE = True
"""Round 22: whether :func:`exposure_rows_of` computes the rows' context once for the look-up
among the rows kept and the rows themselves (it was computed for each), and keeps the fine items
of the obligations that apply and bind by its key (the kind, the law, the day, the exposure
options and the ids and statuses of the obligations that apply, which decide them:
``Assessment._binding_on`` takes those that apply with the status in force on the day, in the
catalogue's order; the rows kept by the same key rest on it). The choice changes no view
(False: both computed for each set of rows, as before)."""


KEY_ONCE = True
"""Round 24: whether :func:`exposure_rows_of` hashes its keys (the kind, law, day, exposure
options and the obligations that apply; with the organisation) once for its three or four
look-ups (:class:`_Hashed`): a tuple is hashed again at each, and the options' and the
organisation's (pydantic models) hashes are computed anew each time (~2 µs each). The same
keys, the same rows (False: the tuples themselves)."""


class _Hashed:
    """A key (a tuple) with its hash computed once: equal to another where the keys are equal
    (as the tuples are in a dict)."""

    __slots__ = ("_hash", "key")

    def __init__(self, key: tuple[Any, ...]) -> None:
        self.key = key
        self._hash = hash(key)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if not isinstance(other, _Hashed):
            return NotImplemented
        return self._hash == other._hash and self.key == other.key


def exposure_rows_of(
    assessment: Assessment, applying: tuple[tuple[str, Any], ...] | None = None
) -> ExposureRows:
    """What the view of the goal ``full`` reads of ``assessment``'s fine exposure
    (:func:`aiact.penalties.exposure.rows_part` of ``assessment.exposure``). The rows are
    computed over the obligations that apply and bind (``Assessment._binding_on``): for the
    kind, the law, the day, the exposure options and the ids and statuses of the obligations
    that apply (``applying``, as :func:`exposure_of` keys them), each set of rows is kept with
    what its rows read of their context (:func:`aiact.penalties.exposure.exposure_rows_traced`),
    and taken for another organisation whose context gives the same values there
    (:func:`aiact.penalties.exposure.exposure_reads_hold`); a property test holds the two
    together (round 17)."""
    found: ExposureReport | None = assessment.__dict__.get("exposure")
    if found is not None or not EXPOSURE_BY_READS:
        return rows_part(exposure_of(assessment, applying))
    if applying is None:
        applying = tuple(
            [(r.id, r.status) for r in assessment.obligation_results if r.applies is True]
        )
    key: Any = (
        assessment.kind,
        assessment.law,
        assessment.as_of,
        assessment._exposure_options,
        applying,
    )
    organisation = assessment.organisation
    exact: Any = (key, organisation)
    if KEY_ONCE:
        # Each key hashed once for the look-ups below (round 24).
        key = _Hashed(key)
        exact = _Hashed((key, organisation))
    kept = _ROWS_BY_ORGANISATION.get(exact)
    if kept is not None:
        return kept  # the same organisation (an answer about the system or a date)
    if len(_ROWS_BY_ORGANISATION) >= EXPOSURES_SIZE:
        _ROWS_BY_ORGANISATION.clear()
    entries = _ROWS.get(key)
    if entries is None:
        if len(_ROWS) >= EXPOSURES_SIZE:
            _ROWS.clear()
        entries = _ROWS[key] = []
    options = assessment._exposure_options
    # The rows' context computed once for the look-up and the rows (round 22).
    context = (
        exposure_context(organisation, as_of=assessment.as_of, law=assessment.law, options=options)
        if EXPOSURE_ONCE
        else None
    )
    position = exposure_reads_hold(
        organisation,
        [reads for reads, _ in entries],
        as_of=assessment.as_of,
        law=assessment.law,
        options=options,
        context=context,
    )
    if position is not None:
        rows = _ROWS_BY_ORGANISATION[exact] = entries[position][1]
        return rows
    items = _ITEMS.get(key) if EXPOSURE_ONCE else None
    if items is None:
        binding, _ = assessment._binding_on(assessment.as_of)
        items = [_exposure_item(r.obligation) for r in binding]
        if EXPOSURE_ONCE:
            if len(_ITEMS) >= EXPOSURES_SIZE:
                _ITEMS.clear()
            _ITEMS[key] = items
    rows, reads = exposure_rows_traced(
        organisation,
        items,
        as_of=assessment.as_of,
        law=assessment.law,
        options=options,
        context=context,
    )
    if len(entries) < EXPOSURES_SIZE:
        entries.append((reads, rows))
    _ROWS_BY_ORGANISATION[exact] = rows
    return rows


SHARE_OPEN_FACTS = True
"""Round 34: whether :func:`open_outside_rules` takes the organisation's unknown facts that the
fine exposure reads (``Assessment.exposure_open_facts``) from an Assessment with the same inputs
(:func:`exposure_open_facts_of`). A search's failing trials assess many answers about the system
that leave the organisation and the obligations that apply as they were, and each read the
exposure of every binding duty again (about 5 ms for 33 duties: three distinct keys among nine
calls in the slowest `full` states). The choice changes no answer (False: each Assessment's
own)."""

_OPEN_FACTS: dict[Any, frozenset[str]] = {}


def exposure_open_facts_of(assessment: Assessment) -> frozenset[str]:
    """``assessment.exposure_open_facts``, or the same computed for another Assessment with the
    same inputs (memoised; emptied by :func:`clear_exposures`). It is
    :func:`aiact.penalties.exposure.organisation_reads` of the organisation, the day, the law, the
    exposure options (with whether the AI Office is competent) and the fine items of the
    obligations that apply and bind on the day (``Assessment._binding_on``: those that apply with
    the status in force, in the catalogue's order, each item read off the obligation of the
    catalogue for the law and the kind): :func:`_exposure_inputs`, as for :func:`exposure_of`."""
    found: frozenset[str] | None = assessment.__dict__.get("exposure_open_facts")
    if found is not None or not SHARE_OPEN_FACTS:
        return assessment.exposure_open_facts
    key = _Hashed(_exposure_inputs(assessment))
    found = _OPEN_FACTS.get(key)
    if found is None:
        found = assessment.exposure_open_facts
        if len(_OPEN_FACTS) >= EXPOSURES_SIZE:
            _OPEN_FACTS.clear()
        _OPEN_FACTS[key] = found
    return found


def clear_exposures() -> None:
    """Forget the exposures kept by :func:`exposure_of` and :func:`exposure_rows_of`, and the
    organisation's facts they read (:func:`exposure_open_facts_of`)."""
    _EXPOSURES.clear()
    _OPEN_FACTS.clear()
    _ROWS.clear()
    _ROWS_BY_ORGANISATION.clear()
    _ITEMS.clear()


LEAN_DATES = True
"""Whether the view of the goal ``full`` of a trial answer's Assessment is computed by
:func:`lean_full_view` (round 14b). The choice changes no view (False: :func:`goal_view`)."""


TIMING_BY_RULE = True
"""Round 23: whether :func:`lean_full_view` reads the timing of each date rule (its result's
status on the day, date of application and deadline) once for the obligations that apply and
share it (131 obligations of a system share 13 timing groups' rules): the timing is a function
of the rule's result on the Assessment's evaluation and the day alone. The choice changes no
view (False: read for each obligation that applies, as before)."""


def _date_open(status: str, applies_from: object) -> bool:
    """Whether the first day of an obligation that applies is still open: its status is
    undetermined, or it has no first day while its date is not "never" (status not_applicable:
    every possible value is never, so it is determined; Art. 111(2), an unchanged legacy system;
    review81 D2). Read by :func:`lean_full_view` and :func:`_view` alike."""
    return status == "undetermined" or (applies_from is None and status != "not_applicable")


def lean_full_view(assessment: Assessment, tier: GoalView) -> GoalView:
    """``goal_view(assessment, "full")`` from ``tier``, the view of the goal ``tier`` of the same
    Assessment (its first part: the same computation, :func:`_view`), with less work (round
    14b). The part beyond it (:func:`_view` for ``full``) reads, of each obligation of the
    catalogue (``Assessment.obligation_results``, in its order), whether it applies: the value of
    its predicate (an obligation whose predicate is false has its shared not-applicable result);
    and of each that applies its status, date of application and deadline: the value of its
    timing group's date rule (``Assessment._timing``: ``result.status(as_of)``, ``result.date``,
    ``result.deadline``). These are read here from the predicates and the date rules
    (``Assessment.dates``) without building the obligations' timings, whose open questions
    (``undetermined_because``) the view does not read and which cost a third of them. The
    exposure is :func:`exposure_of` with the same ids and statuses."""
    if not LEAN_DATES or "obligation_results" in assessment.__dict__:
        return goal_view(assessment, "full")
    rows, predicates, _ = _obligation_table_columns(assessment.law, assessment.kind)
    applies = tuple(map(assessment.evaluation.values.get, predicates))
    result = [*tier.result, applies]
    opened = set(tier.open)
    dates = assessment.dates
    as_of = assessment.as_of
    applying: list[tuple[str, str, Any, Any]] = []
    keyed: list[tuple[str, Any]] = []
    # The timing of each date rule read once (round 23, :data:`TIMING_BY_RULE`).
    timings: dict[str, tuple[Any, str, Any, Any, bool]] | None = {} if TIMING_BY_RULE else None
    for (obligation, _, rule), value in zip(rows, applies, strict=True):
        if value is None:
            opened.add(f"obligation:{obligation.id}")
        elif value is True:
            timing = None if timings is None else timings.get(rule)
            if timing is None:
                found = dates.result(rule)
                status = found.status(as_of)
                date = found.date
                timing = (
                    status,
                    status.value,
                    date,
                    found.deadline,
                    _date_open(status.value, date),
                )
                if timings is not None:
                    timings[rule] = timing
            applying.append((obligation.id, timing[1], timing[2], timing[3]))
            keyed.append((obligation.id, timing[0]))
            if timing[4]:
                opened.add(f"date:{obligation.id}")
    result.append(tuple(applying))
    dated = GoalView(tuple(result), frozenset(opened))
    return _with_exposure(dated, exposure_rows_of(assessment, tuple(keyed)))


def dated_view(assessment: Assessment) -> GoalView:
    """The view of the goal ``full`` without the fine exposure: the tier, the roles, which
    obligations apply and their dates (status, date of application, deadline). These are read
    off the evaluation, the system's or model's input dates, the day, the law and the readings
    (``Assessment.risk_tier``, ``possible_tiers``, ``tier_changes``, ``roles``,
    ``obligation_results``), never off the organisation's facts: only the exposure (Arts.
    99-101) reads those (round 12)."""
    return _view(assessment, "full")


def _view(assessment: Assessment, goal: Goal) -> GoalView:
    """The view of ``goal``; for the goal ``full``, without the exposure (:func:`dated_view`)."""
    tier = assessment.risk_tier
    possible = assessment.possible_tiers
    result: list[Any] = [tier.value, tuple(t.value for t in possible)]
    opened: set[str] = set()
    moot = tier in _MOOT
    if not moot:
        if tier is RiskTier.UNDETERMINED:
            opened.add("tier")
        opened.update(f"tier:{t.value}" for t in possible)
        # The dated changes ahead (Art. 113): a classification whose provisions apply only
        # later is part of the answer, and open while unknown facts decide it.
        changes = assessment.tier_changes
        result.append(
            tuple((c.date, c.tier.value, tuple(t.value for t in c.possible_tiers)) for c in changes)
        )
        for change in changes:
            day = change.date.isoformat()
            if change.tier is RiskTier.UNDETERMINED:
                opened.add(f"tier@{day}")
            opened.update(f"tier@{day}:{t.value}" for t in change.possible_tiers)
        roles = assessment.roles
        result.append(tuple(roles.items()))
        opened.update(f"role:{name}" for name, value in roles.items() if value is None)
        if assessment.kind == "system":
            # Does the Act apply to the organisation (Art. 2(1), ADR 0033): the system may be
            # within the Act while no point of Art. 2(1) reaches the organisation.
            in_scope = assessment.in_scope
            result.append(in_scope)
            if in_scope is None:
                opened.add("in_scope")
    if goal == "tier":
        return GoalView(tuple(result), frozenset(opened))
    results = assessment.obligation_results
    result.append(tuple([r.applies for r in results]))
    opened.update(f"obligation:{r.id}" for r in results if r.applies is None)
    if goal == "obligations":
        return GoalView(tuple(result), frozenset(opened))
    applying = [r for r in results if r.applies is True]
    result.append(tuple((r.id, r.status.value, r.applies_from, r.deadline) for r in applying))
    # A date is open while its status is, and also while only the date is: every date the
    # unknown facts allow may lie ahead (status "upcoming") and still differ (2 December 2027
    # or, under Art. 111(2), 2 August 2030).
    opened.update(f"date:{r.id}" for r in applying if _date_open(r.status.value, r.applies_from))
    return GoalView(tuple(result), frozenset(opened))


def _with_exposure(dated: GoalView, exposure: ExposureReport | ExposureRows) -> GoalView:
    """The view of the goal ``full`` from its part before the fine exposure (``dated``: the
    tier, the roles, which obligations apply and their dates) and the exposure (a report, or
    what the view reads of one: :func:`exposure_rows_of`)."""
    ceiling, rows, missing = (
        rows_part(exposure) if isinstance(exposure, ExposureReport) else exposure
    )
    result = [*dated.result, (ceiling, rows)]
    opened = set(dated.open)
    opened.update(f"fine:{name}" for name in missing)
    # What is still open is part of the result: an answer that settles a fact the fines wait
    # for changes the result even while the ceiling itself waits for another fact.
    result.append(tuple(sorted(opened)))
    return GoalView(tuple(result), frozenset(opened))


def full_view_over(
    assessment: Assessment, base: Assessment, dated: Callable[[], GoalView]
) -> GoalView | None:
    """``goal_view(assessment, "full")`` from ``dated()``, the :func:`dated_view` of ``base``
    (called only where it is used),
    where ``assessment`` differs from ``base`` in the organisation's facts alone (an answer
    about the organisation's size, turnover or headcount): the evaluation's values and rule
    values, the system or model, the day, the law, the readings and the exposure options are
    the same, so every part before the exposure is ``base``'s (see :func:`dated_view`), and the
    exposure is computed with ``assessment``'s organisation over ``base``'s obligation results
    (a pure function of the same inputs; ``Assessment.exposure`` reads the organisation, the
    obligations that apply and bind, the law, the day and the options). A property test holds
    the two together (round 12). None where ``assessment`` is not such an Assessment."""
    if not (
        assessment.system is base.system
        and assessment.model is base.model
        and assessment.kind == base.kind
        and assessment.as_of == base.as_of
        and assessment.law == base.law
        and assessment.interpretations == base.interpretations
        and assessment.exposure_options == base.exposure_options
    ):
        return None
    mine = assessment.evaluation
    theirs = base.evaluation
    if mine is not theirs and (
        mine.ruleset is not theirs.ruleset
        or mine.values != theirs.values
        or mine.rule_values != theirs.rule_values
    ):
        return None
    probe = dataclasses.replace(assessment)
    probe.__dict__["obligation_results"] = base.obligation_results
    return _with_exposure(dated(), exposure_rows_of(probe))


def obligations_view(assessment: Assessment, tier: GoalView) -> GoalView:
    """The view of the goal ``obligations`` from the view of the goal ``tier`` of the same
    Assessment: the same as ``goal_view(assessment, "obligations")`` (a property test holds the
    two together), whose part beyond the tier is whether each obligation applies, the value of
    its predicate (``Assessment.obligation_results``), here read without computing the
    obligations' dates (Art. 113; round 10)."""
    return obligations_view_over(assessment, tier, {})


def obligations_view_over(
    assessment: Assessment, tier: GoalView, over: Mapping[str, Any]
) -> GoalView:
    """:func:`obligations_view` of ``assessment``'s evaluation with the values ``over``
    (a propagation's changes, :func:`aiact.questions.incremental.apply`) in place of its own,
    from the view of the goal ``tier`` of that evaluation."""
    names, predicates, positions = _obligation_columns(assessment.law, assessment.kind)
    applies = list(map(assessment.evaluation.values.get, predicates))
    if over:
        # Few of the changed names are predicates of obligations: those are read off ``over``.
        for name in positions.keys() & over.keys():
            value = over[name]
            for index in positions[name]:
                applies[index] = value
    opened = set(tier.open)
    opened.update(f"obligation:{names[i]}" for i, value in enumerate(applies) if value is None)
    return GoalView((*tier.result, tuple(applies)), frozenset(opened))


@cache
def _obligation_columns(
    law: LawVersion, kind: SubjectKind
) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, tuple[int, ...]]]:
    """:func:`_obligation_predicates` as columns: the ids, the predicates, and for each
    predicate its positions."""
    pairs = _obligation_predicates(law, kind)
    positions: dict[str, list[int]] = {}
    for index, (_, predicate) in enumerate(pairs):
        positions.setdefault(predicate, []).append(index)
    return (
        tuple(n for n, _ in pairs),
        tuple(p for _, p in pairs),
        {p: tuple(i) for p, i in positions.items()},
    )


@cache
def _obligation_predicates(law: LawVersion, kind: SubjectKind) -> tuple[tuple[str, str], ...]:
    """The obligations of the catalogue for the law and kind, in the order of
    ``Assessment.obligation_results``, with their predicates."""
    from aiact.obligations.catalogue import catalogue as obligations

    return tuple((o.id, o.predicate) for o in obligations().for_law(law, kind))


def obligation_predicates(law: LawVersion, kind: SubjectKind) -> frozenset[str]:
    """The predicates of the obligations of the law and kind (see :func:`obligations_view`)."""
    return frozenset(p for _, p in _obligation_predicates(law, kind))


def goal_reads(assessment: Assessment, goal: Goal) -> set[str]:
    """The facts and conclusions that computing the goal's view reads from the evaluation, as
    the values stand (recorded while the view is computed on a copy of the Assessment). A
    question whose facts none of these depends on cannot change the result through the rules
    (used to prune before trying answers)."""
    recorder = _Recorder(assessment.evaluation.values)
    copy = dataclasses.replace(
        assessment, evaluation=dataclasses.replace(assessment.evaluation, values=recorder)
    )
    goal_view(copy, goal)
    return recorder.read


def part_reads(assessment: Assessment, goal: Goal) -> dict[str, set[str]]:
    """For each group of open parts of the goal, the facts and conclusions read to compute it:
    ``scope`` (whether the Act applies at all: where it does not, every part closes),
    ``tier`` (the tier and the possible higher tiers), ``role:<name>``, ``obligation:<id>``,
    ``dates`` (the dates of application) and ``fines`` (the fine exposure)."""
    out: dict[str, set[str]] = {}
    recorder = _Recorder(assessment.evaluation.values)
    copy = dataclasses.replace(
        assessment, evaluation=dataclasses.replace(assessment.evaluation, values=recorder)
    )
    # Whether the Act applies at all, for the system (Art. 2, 3(1)): where it does not, the
    # tier is out of scope and every part closes. Whether it reaches the organisation (the
    # part "in_scope", Assessment.in_scope, Art. 2(1)) closes nothing else (ADR 0033).
    copy.value("scope.in_scope" if assessment.kind == "system" else "gpai.in_scope")
    out["scope"] = set(recorder.read)
    if assessment.kind == "system":
        out["in_scope"] = {"scope.org_in_scope"}
    copy.risk_tier  # noqa: B018
    copy.possible_tiers  # noqa: B018
    copy.tier_changes  # noqa: B018
    out["tier"] = set(recorder.read)
    from aiact.obligations.model import Addressee

    for name in assessment.roles:
        out[f"role:{name}"] = {Addressee(name).predicate}
    if goal == "tier":
        return out
    for result in assessment.obligation_results:
        out[f"obligation:{result.id}"] = {result.obligation.predicate}
    if goal == "obligations":
        return out
    recorder.read.clear()
    copy.obligation_results  # noqa: B018
    out["dates"] = set(recorder.read)
    recorder.read.clear()
    copy.exposure  # noqa: B018
    out["fines"] = set(recorder.read) | out["dates"]
    return out


def part_group(part: str) -> str:
    """The group of an open part (see :func:`part_reads`)."""
    if part == "tier" or part.startswith(("tier:", "tier@")):
        return "tier"
    if part.startswith("date:"):
        return "dates"
    if part.startswith("fine:"):
        return "fines"
    return part


class _Recorder(dict[str, Any]):
    """A mapping that notes every key read (``records_reads``: computations that would read
    every value, such as the open questions' generated program, read lazily from it)."""

    records_reads = True

    def __init__(self, values: Mapping[str, Any]) -> None:
        super().__init__(values)
        self.read: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.read.add(key)
        return super().__contains__(key)

    def note_rule(self, rule_id: str) -> None:
        """A rule's value was consulted (``Evaluation.rule_values``, not this map): only the
        interview's trace of a goal view keeps it (``aiact.questions.relevance._Ordered``)."""


def open_outside_rules(assessment: Assessment, goal: Goal) -> set[str]:
    """Input fields that the Assessment names as deciding a part of the goal outside the rules:
    the facts an undetermined date of application waits for, the facts the fine exposure
    misses, and the organisation's unknown facts the exposure reads (``exposure_open_facts``:
    an answer about the organisation's kind, size or group changes a ceiling that is known as
    well as one that waits; round 13, helper org14: the missing facts alone left out the
    organisation's questions on 14 of 308 sampled states)."""
    if goal != "full":
        return set()
    names: set[str] = set()
    for result in assessment.obligation_results:
        if result.applies is True and result.timing is not None:
            names.update(result.timing.undetermined_because)
    names.update(assessment.exposure.missing)
    out = fields_named(names, assessment.kind)
    reads = exposure_open_facts_of(assessment)
    out.update(f"organisation.{name}" for name in reads if name != "group")
    if "group" in reads:
        out.update(fields_named({"group"}, assessment.kind))
    return out


def fields_named(names: set[str], kind: SubjectKind) -> set[str]:
    """The input fields that names such as ``annual_turnover_eur`` or ``placed_on_market``
    (the last part of a field's path, or a path) refer to."""
    out: set[str] = set()
    for name in names:
        out.update(_fields_named_one(name, kind))
    return out


@lru_cache(maxsize=1024)
def _fields_named_one(name: str, kind: SubjectKind) -> frozenset[str]:
    """:func:`fields_named` of one name (memoised: it compares the name with every field's
    path, about 1 ms for the names of an undetermined date and fine, which the search for the
    next question of the goal ``full`` asks for again and again; round 11)."""
    out: set[str] = set()
    for path in fields(kind):
        if (
            path == name
            or path.endswith("." + name)
            or path.startswith(name + ".")
            or (path.startswith("organisation.group.") and name == "group")
        ):
            out.add(path)
    if name == "placed_on_market" and kind == "system":
        out.add("put_into_service")
    return frozenset(out)
