"""A rule set as solver constraints: one case's facts as variables, the rules as definitions.

Three layers, so that two evaluations can share a case (a law diff) or a reading:

* :class:`CaseVars`: the facts of one case as solver variables, one three-valued
  :class:`~aiact.verify.kleene.K3` per input atom (``roles.provider``, ``annex_iii.4a``,
  ``org.kind.public_authority`` ...) and the case's dates as day numbers. Its *structural*
  constraints say what any case file can produce (a list field is known as a whole; an
  organisation has one kind); its *background* constraints are the validators of the input
  models (:mod:`aiact.facts`, :func:`aiact.api.assess`), so that every model is a valid case.
* :class:`Reading`: the interpretation switches (``interp.*``), either fixed to one
  :class:`~aiact.interpretations.Interpretations` or free over every valid reading.
* :class:`Encoding`: a :class:`~aiact.ruleset.RuleSet` evaluated over a case and a reading,
  every predicate the Kleene disjunction of its rules, each rule its condition, exactly as
  :mod:`aiact.engine.native` evaluates them; plus the risk tier as
  :attr:`aiact.assessment.Assessment.risk_tier` computes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Literal

from pydantic import BaseModel

from aiact.assessment import RiskTier
from aiact.atoms import model_input_names, system_input_names
from aiact.facts import (
    AISystem,
    AnnexIIIPoint,
    AnnexILegislation,
    GPAIModel,
    Organisation,
    OrganisationKind,
)
from aiact.interpretations import Interpretations
from aiact.logic import Condition, Truth, parse
from aiact.ruleset import RuleSet
from aiact.verify._z3 import Expr, z3
from aiact.verify.dates import (
    cutoffs,
    from_day_number,
    input_date,
    model_date_atoms,
    system_date_atoms,
)
from aiact.verify.kleene import FALSE, K3, encode, fresh, k_or, truth_in, well_formed

Kind = Literal["system", "model"]

_MEMBER_GROUPS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    # atom prefix -> (field name, kind of field, members)
    "annex_iii.": ("annex_iii.points", "members", tuple(p.value for p in AnnexIIIPoint)),
    "annex_i.": ("annex_i.legislation", "members", tuple(p.value for p in AnnexILegislation)),
    "org.kind.": ("organisation.kind", "choice", tuple(k.value for k in OrganisationKind)),
}


@dataclass(frozen=True)
class FactField:
    """One input field of a case file, and the atoms it sets.

    ``name`` is the field as :func:`aiact.assessment.question_for` names it (``roles.provider``,
    ``annex_iii.points``, ``organisation.kind``) or a date field (``placed_on_market``,
    ``significant_change``). ``kind``: ``flag`` (one three-valued fact), ``members`` (a list:
    one atom per member), ``choice`` (one member of an enumeration), ``date``.
    """

    name: str
    kind: Literal["flag", "members", "choice", "date"]
    atoms: tuple[str, ...]


def _fields(kind: Kind, names: Iterable[str]) -> tuple[FactField, ...]:
    fields: list[FactField] = []
    seen_groups: set[str] = set()
    for name in sorted(names):
        if name.startswith(("interp.", "dates.")):
            continue
        group = next(
            (
                prefix
                for prefix, (_, _, members) in _MEMBER_GROUPS.items()
                if name.startswith(prefix) and name.removeprefix(prefix) in members
            ),
            None,
        )
        if group is None:
            label = "organisation." + name.removeprefix("org.") if name.startswith("org.") else name
            fields.append(FactField(label, "flag", (name,)))
            continue
        if group in seen_groups:
            continue
        seen_groups.add(group)
        label, field_kind, members = _MEMBER_GROUPS[group]
        fields.append(
            FactField(label, field_kind, tuple(group + m for m in members))  # type: ignore[arg-type]
        )
    fields.append(FactField("placed_on_market", "date", ()))
    if kind == "system":
        fields.append(FactField("significant_change", "date", ()))
    return tuple(fields)


def input_names(kind: Kind) -> frozenset[str]:
    return system_input_names() if kind == "system" else model_input_names()


def _is_member(name: str) -> bool:
    return any(
        name.startswith(prefix) and name.removeprefix(prefix) in members
        for prefix, (_, _, members) in _MEMBER_GROUPS.items()
    )


def _is_flag(kind: Kind, name: str) -> bool:
    """``name`` is the atom of a three-valued (``bool | None``) field. The atom extraction also
    passes on other fields while they are empty (``org.headcount``, ``model.name``): no rule
    reads those, and they are not facts."""
    if name == "model.training_compute_above_threshold":
        return True
    owner: type[BaseModel]
    if name.startswith("org."):
        owner, path = Organisation, name.removeprefix("org.").split(".")
    elif kind == "model":
        owner, path = GPAIModel, name.removeprefix("model.").split(".")
    else:
        owner, path = AISystem, name.split(".")
    for step in path[:-1]:
        annotation = owner.model_fields[step].annotation
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return False
        owner = annotation
    found = owner.model_fields.get(path[-1])
    return found is not None and found.annotation == (bool | None)


def fact_names(kind: Kind) -> tuple[str, ...]:
    """The input atoms that are facts of a case (not readings, not date comparisons)."""
    return tuple(
        sorted(
            name
            for name in input_names(kind)
            if not name.startswith(("interp.", "dates."))
            and (_is_member(name) or _is_flag(kind, name))
        )
    )


class CaseVars:
    """The facts of one case as solver variables (``prefix`` keeps copies apart)."""

    def __init__(self, kind: Kind, prefix: str = "") -> None:
        self.kind: Kind = kind
        self.prefix = prefix
        names = fact_names(kind)
        self.facts: dict[str, K3] = {name: fresh(prefix + name) for name in names}
        self.fields: tuple[FactField, ...] = _fields(kind, names)
        self.placed, placed_bound = input_date(prefix + "placed_on_market")
        bounds = [placed_bound]
        if kind == "system":
            change, change_bound = input_date(prefix + "significant_change")
            self.change_present: Expr = change.det
            self.change_day: Expr = change.day
            bounds.append(change_bound)
        else:
            self.change_present = z3.BoolVal(False)
            self.change_day = z3.IntVal(0)
        self._bounds = bounds

    # ----------------------------------------------------------------- constraints

    @cached_property
    def structural(self) -> tuple[Expr, ...]:
        """What every case file produces: well-formed values, a list or an organisation's kind
        known as a whole (one kind), dates within range."""
        out = [well_formed(v) for v in self.facts.values()]
        for f in self.fields:
            if f.kind == "flag" or f.kind == "date":
                continue
            values = [self.facts[a] for a in f.atoms if a in self.facts]
            first = values[0]
            out.extend(v.known == first.known for v in values[1:])
            if f.kind == "choice":
                trues = [v.t for v in values]
                out.append(z3.Implies(first.known, z3.PbEq([(t, 1) for t in trues], 1)))
        out.extend(self._bounds)
        return tuple(out)

    def atom(self, name: str) -> K3:
        return self.facts[name]

    @cached_property
    def background(self) -> tuple[Expr, ...]:
        """The validators of the input models: the combinations a valid case cannot have
        (:mod:`aiact.facts`, :func:`aiact.api._check_together`)."""
        a = self.facts
        out: list[Expr] = []

        def never_both(x: Expr, y: Expr) -> None:
            out.append(z3.Not(z3.And(x, y)))

        if self.kind == "system":
            provider, importer = a["roles.provider"].t, a["roles.importer"].t
            distributor = a["roles.distributor"].t
            representative = a["roles.authorised_representative"].t
            deployer = a["roles.deployer"].t
            provider_in_eu = a["value_chain.provider_established_in_eu"]
            org_in_eu = a["org.established_in_eu"]
            # AISystem._consistent (Art. 3(5)-(7), 25(2), 3(4), 3(66))
            never_both(importer, provider)
            never_both(distributor, z3.Or(provider, importer))
            never_both(representative, provider)
            never_both(importer, provider_in_eu.t)
            never_both(provider, a["value_chain.initial_provider_of_shifted_system"].t)
            never_both(a["exclusions.personal_non_professional_use"].t, deployer)
            never_both(a["is_ai_system"].f, a["is_general_purpose_ai_system"].t)
            out.append(
                z3.Implies(
                    z3.And(self.change_present, self.placed.det),
                    self.change_day >= self.placed.day,
                )
            )
            # aiact.api._check_together
            never_both(
                provider,
                z3.Or(z3.And(org_in_eu.t, provider_in_eu.f), z3.And(org_in_eu.f, provider_in_eu.t)),
            )
            never_both(importer, org_in_eu.f)
            never_both(representative, org_in_eu.f)
        else:
            # GPAIModel._consistent (Art. 3(5), 54(1))
            never_both(a["model.provider"].t, a["model.authorised_representative"].t)
            never_both(
                a["model.authorised_representative"].t, a["model.provider_established_in_eu"].t
            )
        # Organisation._consistent: a Union institution is established in the Union
        never_both(a["org.kind.union_institution"].t, a["org.established_in_eu"].f)
        return tuple(out)

    def constraints(self, background: bool = True) -> tuple[Expr, ...]:
        return self.structural + (self.background if background else ())

    # ----------------------------------------------------------------- fields

    def field_known(self, f: FactField) -> Expr:
        """The field is stated in the case (a date given, a list or a kind known)."""
        if f.name == "placed_on_market":
            return self.placed.det
        if f.name == "significant_change":
            return self.change_present
        return self.facts[f.atoms[0]].known

    def field_same(self, f: FactField, other: CaseVars) -> Expr:
        """The field has the same value in this case and ``other``."""
        if f.name == "placed_on_market":
            return z3.And(
                self.placed.det == other.placed.det,
                z3.Implies(self.placed.det, self.placed.day == other.placed.day),
            )
        if f.name == "significant_change":
            return z3.And(
                self.change_present == other.change_present,
                z3.Implies(self.change_present, self.change_day == other.change_day),
            )
        return z3.And([self.facts[n].same(other.facts[n]) for n in f.atoms])

    def fix(self, values: Mapping[str, Truth]) -> list[Expr]:
        """Constraints that pin the facts named in ``values`` (other names are ignored)."""
        return [self.facts[n].is_value(v) for n, v in values.items() if n in self.facts]

    def fix_dates(
        self, placed: dt.date | None, change: dt.date | None, *, placed_known: bool | None = None
    ) -> list[Expr]:
        from aiact.verify.dates import day_number

        out = []
        if placed is None:
            out.append(z3.Not(self.placed.det))
        else:
            out += [self.placed.det, self.placed.day == day_number(placed)]
        if self.kind == "system":
            if change is None:
                out.append(z3.Not(self.change_present))
            else:
                out += [self.change_present, self.change_day == day_number(change)]
        return out

    def read(self, model: Expr) -> CaseValues:
        """The case a solver model describes."""
        facts = {n: truth_in(model, v) for n, v in self.facts.items()}
        placed = (
            from_day_number(model.eval(self.placed.day, model_completion=True).as_long())
            if z3.is_true(model.eval(self.placed.det, model_completion=True))
            else None
        )
        change = (
            from_day_number(model.eval(self.change_day, model_completion=True).as_long())
            if self.kind == "system"
            and z3.is_true(model.eval(self.change_present, model_completion=True))
            else None
        )
        return CaseValues(self.kind, facts, placed, change)


@dataclass(frozen=True)
class CaseValues:
    """The facts of one concrete case, as a solver model gives them."""

    kind: Kind
    facts: Mapping[str, Truth]
    placed: dt.date | None
    change: dt.date | None


# --------------------------------------------------------------------------- readings


def _choices(annotation: object) -> list[object]:
    """The values a field of :class:`Interpretations` can take (enums, booleans, optional
    booleans, literals)."""
    import enum
    import types
    import typing

    if annotation is bool:
        return [True, False]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return list(annotation)
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return list(typing.get_args(annotation))
    if origin in (typing.Union, types.UnionType):
        out: list[object] = []
        for arg in typing.get_args(annotation):
            out += [None] if arg is type(None) else _choices(arg)
        return out
    raise TypeError(f"the verifier cannot enumerate readings of type {annotation!r}")


@cache
def readings() -> tuple[tuple[Interpretations, tuple[tuple[str, Truth], ...]], ...]:
    """Every reading of the open questions that changes the engine's facts, with those facts
    (``interp.*``): one representative per distinct set of facts. Derived from the fields of
    :class:`Interpretations`, so a new switch is covered as soon as it is declared."""
    import itertools

    fields = Interpretations.model_fields
    names = list(fields)
    options = [_choices(fields[name].annotation) for name in names]
    default = Interpretations()
    combinations = sorted(
        itertools.product(*options),
        key=lambda c: sum(v != getattr(default, n) for n, v in zip(names, c, strict=True)),
    )
    seen: dict[tuple[tuple[str, Truth], ...], Interpretations] = {}
    for combination in combinations:  # nearest to the default first
        reading = Interpretations.model_validate(dict(zip(names, combination, strict=True)))
        seen.setdefault(tuple(sorted(reading.as_facts().items())), reading)
    return tuple((reading, facts) for facts, reading in seen.items())


class Reading:
    """The interpretation switches: fixed (``interpretations`` given) or free over every valid
    reading (``None``)."""

    def __init__(self, interpretations: Interpretations | None = None, prefix: str = "") -> None:
        self.interpretations = interpretations
        self.atoms: dict[str, K3] = {}
        constraints: list[Expr] = []
        if interpretations is not None:
            from aiact.verify.kleene import const

            for name, truth in interpretations.as_facts().items():
                self.atoms[name] = const(truth)
        else:
            names = sorted(Interpretations().as_facts())
            for name in names:
                value = fresh(prefix + name)
                self.atoms[name] = value
                constraints.append(well_formed(value))
            # Exactly the combinations some reading produces.
            constraints.append(
                z3.Or(
                    [
                        z3.And([self.atoms[n].is_value(v) for n, v in facts])
                        for _, facts in readings()
                    ]
                )
            )
        self.constraints: tuple[Expr, ...] = tuple(constraints)

    @property
    def prefer_default(self) -> tuple[Expr, ...]:
        """Soft wishes: each switch as in the default reading (for readable counterexamples)."""
        if self.interpretations is not None:
            return ()
        default = Interpretations().as_facts()
        return tuple(self.atoms[n].is_value(v) for n, v in default.items())

    def read(self, model: Expr) -> Interpretations:
        """The reading a solver model chose (the fixed one, if fixed)."""
        if self.interpretations is not None:
            return self.interpretations
        v = {n: truth_in(model, k) for n, k in self.atoms.items()}
        return interpretations_from_atoms(v)


def interpretations_from_atoms(v: Mapping[str, Truth]) -> Interpretations:
    """A reading whose ``as_facts()`` are ``v`` (the closest to the default)."""
    wanted = tuple(sorted((n, v.get(n)) for n in Interpretations().as_facts()))
    for reading, facts in readings():
        if facts == wanted:
            return reading
    raise ValueError(f"no reading gives the facts {dict(wanted)}")


# --------------------------------------------------------------------------- the encoding


@dataclass
class Encoding:
    """A rule set evaluated over one case and one reading."""

    ruleset: RuleSet
    case: CaseVars
    reading: Reading
    overrides: Mapping[str, K3] = field(default_factory=dict)
    """Values that replace a name everywhere (used by properties that suppose a conclusion)."""

    def __post_init__(self) -> None:
        self._read = {name for rule in self.ruleset.rules for name in rule.reads}
        kind = self.case.kind
        cut = cutoffs(self.ruleset.law)
        env: dict[str, K3] = dict(self.case.facts)
        env.update(self.reading.atoms)
        if kind == "system":
            env.update(
                system_date_atoms(
                    cut,
                    self.case.placed,
                    self.case.change_present,
                    self.case.change_day,
                    self.reading.atoms["interp.a2_route_cutoff"],
                )
            )
        else:
            env.update(model_date_atoms(cut, self.case.placed))
        missing = sorted(n for n in self.ruleset.inputs - set(env) if n in self._read)
        if missing:
            raise ValueError(f"the verifier cannot encode the input atoms {missing}")
        env.update(self.overrides)
        rules: dict[str, K3] = {}
        for predicate in self.ruleset.order:
            own = []
            for compiled in self.ruleset.by_predicate[predicate]:
                value = encode(compiled.rule.condition, env)
                rules[compiled.rule.id] = value
                own.append(value)
            if predicate not in self.overrides:
                env[predicate] = k_or(own)
        self.values: dict[str, K3] = env
        self.rules: dict[str, K3] = rules

    @property
    def kind(self) -> Kind:
        return self.case.kind

    def value(self, name: str) -> K3:
        """The value of a fact or conclusion (absent conclusions of this version are false:
        an obligation that a version does not have does not apply)."""
        found = self.values.get(name)
        if found is not None:
            return found
        if name.startswith("obligation.") or name in _KNOWN_ABSENT:
            return FALSE
        raise KeyError(f"{name!r} is neither a fact nor a conclusion of the {self.kind} rules")

    def condition(self, condition: Condition | str) -> K3:
        tree = parse(condition) if isinstance(condition, str) else condition
        return encode(tree, self.value)

    def constraints(self, background: bool = True) -> tuple[Expr, ...]:
        return self.case.constraints(background) + self.reading.constraints

    # ----------------------------------------------------------------- the tier

    @cached_property
    def tier(self) -> dict[RiskTier, Expr]:
        """For each risk tier, when the case has it (exactly one holds), following
        :attr:`aiact.assessment.Assessment.risk_tier`."""
        v = self.value
        out: dict[RiskTier, Expr] = {}
        rest = z3.BoolVal(True)  # no earlier branch taken

        def branch(tier: RiskTier, when: Expr) -> None:
            nonlocal rest
            out[tier] = z3.Or(out.get(tier, z3.BoolVal(False)), z3.And(rest, when))
            rest = z3.And(rest, z3.Not(when))

        if self.kind == "model":
            branch(RiskTier.OUT_OF_SCOPE, v("gpai.model").f)
            branch(RiskTier.OUT_OF_SCOPE, v("gpai.in_scope").f)
            branch(RiskTier.UNDETERMINED, v("gpai.in_scope").unknown)
            branch(RiskTier.GPAI_SYSTEMIC_RISK, v("gpai.systemic_risk").t)
            branch(RiskTier.GPAI, v("gpai.in_scope").t)
            # unreachable here (in_scope is true), kept to mirror the assessment
            branch(RiskTier.UNDETERMINED, v("gpai.systemic_risk").unknown)
            branch(RiskTier.OUT_OF_SCOPE, z3.BoolVal(True))
        else:
            branch(RiskTier.NOT_AN_AI_SYSTEM, v("scope.ai_system").f)
            branch(RiskTier.OUT_OF_SCOPE, v("scope.in_scope").f)
            branch(RiskTier.UNDETERMINED, v("scope.in_scope").unknown)
            branch(RiskTier.PROHIBITED, v("art5.any").t)
            branch(RiskTier.HIGH_RISK, v("hr.high_risk").t)
            branch(RiskTier.TRANSPARENCY, v("art50.any").t)
            branch(RiskTier.MINIMAL, z3.BoolVal(True))
        return {tier: z3.simplify(expr) for tier, expr in out.items()}

    def tier_is(self, *tiers: RiskTier | str) -> Expr:
        wanted = [RiskTier(t) for t in tiers]
        return z3.Or([self.tier.get(t, z3.BoolVal(False)) for t in wanted])

    def tier_in(self, model: Expr) -> RiskTier:
        for tier, expr in self.tier.items():
            if z3.is_true(model.eval(expr, model_completion=True)):
                return tier
        raise AssertionError("no tier holds in the model")  # pragma: no cover


_KNOWN_ABSENT: frozenset[str] = frozenset()


def obligation_predicates(ruleset: RuleSet) -> tuple[str, ...]:
    """The obligation predicates of a rule set (``obligation.<id>``), in evaluation order."""
    return tuple(p for p in ruleset.order if p.startswith("obligation."))


def encoding(
    ruleset: RuleSet,
    interpretations: Interpretations | None = None,
    *,
    prefix: str = "",
    case: CaseVars | None = None,
    reading: Reading | None = None,
) -> Encoding:
    """Encode ``ruleset`` over a fresh case (or ``case``) and a reading (fixed, or free when
    ``interpretations`` is ``None`` and no ``reading`` is given)."""
    kind: Kind = "model" if "gpai.model" in ruleset.predicates else "system"
    return Encoding(
        ruleset,
        case if case is not None else CaseVars(kind, prefix),
        reading if reading is not None else Reading(interpretations, prefix),
    )
