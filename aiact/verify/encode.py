"""A rule set as solver constraints: one case's facts as variables, the rules as definitions.

Three layers, so that two evaluations can share a case (a law diff) or a reading:

* :class:`CaseVars`: the facts of one case as solver variables, one three-valued
  :class:`~aiact.verify.kleene.K3` per input atom (``roles.provider``, ``annex_iii.4a``,
  ``org.kind.public_authority`` ...), the case's date fields as day numbers and the day assessed
  (``as_of``). Its *structural* constraints say what any case file can produce (a list field is
  known as a whole; an organisation has one kind; a given Annex III list settles the facts that
  imply a point it lacks); its *background* constraints are the validators of the input models
  (:mod:`aiact.facts`, :func:`aiact.api.assess`), so that every model is a valid case.
* :class:`Reading`: the interpretation switches (``interp.*``), either fixed to one
  :class:`~aiact.interpretations.Interpretations` or free over every valid reading.
* :class:`Encoding`: a :class:`~aiact.ruleset.RuleSet` evaluated over a case and a reading:
  every predicate the Kleene disjunction of its rules, each rule its condition, exactly as
  :mod:`aiact.engine.native` evaluates them; the ``dates.*`` atoms as the declared comparisons of
  :data:`aiact.date_facts.COMPARISONS`; the date rules as sets of possible values
  (:mod:`aiact.verify.dates`); the risk tier on the day assessed and apart from the date, as
  :class:`aiact.assessment.Assessment` computes them. Its background adds the check of
  :func:`aiact.rules.definitions.check_consistent`: no ``def.conflict.*`` is true.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Literal

from pydantic import BaseModel

from aiact.assessment import RiskTier
from aiact.atoms import (
    ANNEX_I_LEGISLATION_ANSWERED,
    ANNEX_III_POINTS_ANSWERED,
    MEMBER_STATE_IN_UNION,
    MODEL_ANSWERED,
    MODEL_DIRECT_ANSWERS,
    NARROWER_SETTLED_BY_BROADER,
    ORGANISATION_ANSWERED,
    SYSTEM_ANSWERED,
    SYSTEM_DIRECT_ANSWERS,
    model_input_names,
    system_input_names,
)
from aiact.date_facts import (
    FINDING_ATOM,
    FINDING_POSSIBLE_ATOM,
    MODEL_PRE_MARKET_ATOM,
    PRE_MARKET_ATOM,
)
from aiact.facts import (
    ANNEX_I_PRODUCT_FACTS,
    ESTABLISHED_IN_THE_UNION,
    IMPLIED_ANNEX_III,
    IN_THE_UNION,
    NO_DATE_FIELDS,
    NOT_VERIFICATION_ONLY,
    PLACED_ON_THE_UNION_MARKET,
    VERIFICATION_ONLY,
    AISystem,
    AnnexIIIPoint,
    AnnexILegislation,
    EmotionSubject,
    GPAIModel,
    Organisation,
    OrganisationKind,
)
from aiact.interpretations import Interpretations
from aiact.logic import Condition, Truth, parse
from aiact.ruleset import RuleSet
from aiact.verify._z3 import Expr, z3
from aiact.verify.dates import (
    FIRST_AS_OF,
    DateSet,
    DateVal,
    InputDay,
    as_of_atoms,
    bounded_day,
    comparison_atoms,
    day_number,
    encode_date_rules,
    encode_deadlines,
    from_day_number,
    input_day,
    model_input_dates,
    system_input_dates,
)
from aiact.verify.kleene import FALSE, K3, const, encode, fresh, k_or, truth_in, well_formed

Kind = Literal["system", "model"]

_MEMBER_GROUPS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    # atom prefix -> (field name, kind of field, members)
    "annex_iii.": ("annex_iii.points", "members", tuple(p.value for p in AnnexIIIPoint)),
    "annex_i.": ("annex_i.legislation", "members", tuple(p.value for p in AnnexILegislation)),
    "biometrics.emotion_subjects.": (
        "biometrics.emotion_subjects",
        "members",
        tuple(s.value for s in EmotionSubject),
    ),
    "org.kind.": ("organisation.kind", "choice", tuple(k.value for k in OrganisationKind)),
}

JOINT: dict[str, tuple[str, str, bool]] = {
    # field -> (stronger atom, weaker atom, known together)
    "organisation.size": ("org.size.microenterprise", "org.size.sme", False),
    "model.training_compute_flop": (
        "model.training_compute_above_threshold",
        "model.training_compute_above_indicative_criterion",
        True,
    ),
}
"""Fields whose number decides two atoms, one stronger than the other: the organisation's
figures (Art. 63(1): a microenterprise is an SME; ``aiact.atoms._size_atoms``) and the training
compute (more than 10^25 FLOP is more than 10^23). The stronger true makes the weaker true; the
weaker false makes the stronger false."""

_JOINT_ATOMS = {a: name for name, (s, w, _) in JOINT.items() for a in (s, w)}

DIRECT_ANSWERS: dict[Kind, tuple[str, ...]] = {
    "system": (*SYSTEM_DIRECT_ANSWERS, *SYSTEM_ANSWERED, *ORGANISATION_ANSWERED),
    "model": (*MODEL_DIRECT_ANSWERS, *MODEL_ANSWERED, *ORGANISATION_ANSWERED),
}
"""The facts whose ``answered.<fact>`` atom is true when given (never unknown): the direct
answers of the definitions, the establishment switches (``aiact.atoms.ORGANISATION_ANSWERED``,
``MODEL_ANSWERED``) and the switch of the stated placing or use in the Union
(``SYSTEM_ANSWERED``)."""

COUNTRY_FIELDS: dict[str, str] = {MEMBER_STATE_IN_UNION: "organisation.member_state"}
"""Atoms computed from a field that is not a flag, which the solver treats as one three-valued
fact of that field: whether the country of establishment is a Member State (the rules read
nothing else of it). A case written back from a model gives ``WITNESS_COUNTRY``."""

WITNESS_COUNTRY: dict[bool, str] = {True: "NL", False: "US"}
"""The country a case written back from a solver model gives for a Member State and for a
third country (any code of each kind gives the same atoms): one witness code of each kind, not
the list of codes ``member_state`` takes (that is :data:`aiact.facts.COUNTRY_CODES`)."""

_ART75_1_FACTS = (
    "context.gpai_model_same_provider",
    "context.gpai_model_same_undertaking",
    "context.very_large_online_platform_or_search_engine",
)


@dataclass(frozen=True)
class FactField:
    """One input field of a case file, and the atoms it sets.

    ``name`` is the field as :func:`aiact.assessment.question_for` names it (``roles.provider``,
    ``annex_iii.points``, ``organisation.kind``) or a date field (``placed_on_market``,
    ``put_into_service``, ``significant_change``). ``kind``: ``flag`` (one three-valued fact),
    ``members`` (a list: one atom per member), ``choice`` (one member of an enumeration),
    ``joint`` (a number that decides two atoms, :data:`JOINT`), ``date``.
    """

    name: str
    kind: Literal["flag", "members", "choice", "joint", "date"]
    atoms: tuple[str, ...]


DATE_FIELDS: dict[Kind, tuple[str, ...]] = {
    "system": ("placed_on_market", "put_into_service", "significant_change"),
    "model": ("placed_on_market",),
}

NONE_DATE_FIELDS: frozenset[str] = NO_DATE_FIELDS
"""The date fields that may say ``"none"`` (:data:`aiact.facts.NO_DATE_FIELDS`: the design has
not changed significantly, Art. 111(2)); empty, they are not known."""

PLACING_FIELDS: frozenset[str] = frozenset({"placed_on_market", "put_into_service"})
"""The date fields of the first placing: an empty one is "did not happen" when the other is
given (:func:`aiact.date_facts.system_input_dates`)."""

DateField = dt.date | Literal["none"] | None
"""The value of a date field of a case: a day, ``"none"`` (no significant change) or ``None``
(empty)."""


def _group_of(name: str) -> str | None:
    return next(
        (
            prefix
            for prefix, (_, _, members) in _MEMBER_GROUPS.items()
            if name.startswith(prefix) and name.removeprefix(prefix) in members
        ),
        None,
    )


def _fields(kind: Kind, names: Iterable[str]) -> tuple[FactField, ...]:
    fields: list[FactField] = []
    seen_groups: set[str] = set()
    for name in sorted(names):
        if name in _JOINT_ATOMS:
            label = _JOINT_ATOMS[name]
            if label not in seen_groups:
                seen_groups.add(label)
                stronger, weaker, _ = JOINT[label]
                fields.append(FactField(label, "joint", (stronger, weaker)))
            continue
        group = _group_of(name)
        if name in COUNTRY_FIELDS:
            fields.append(FactField(COUNTRY_FIELDS[name], "flag", (name,)))
            continue
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
    fields.extend(FactField(name, "date", ()) for name in DATE_FIELDS[kind])
    return tuple(fields)


def input_names(kind: Kind) -> frozenset[str]:
    return system_input_names() if kind == "system" else model_input_names()


def _is_member(name: str) -> bool:
    return _group_of(name) is not None


def _is_flag(kind: Kind, name: str) -> bool:
    """``name`` is the atom of a three-valued (``bool | None``) field. The atom extraction also
    passes on other fields while they are empty (``org.headcount``, ``model.name``): no rule
    reads those, and they are not facts."""
    owner: type[BaseModel]
    if name.startswith("org."):
        owner, path = Organisation, name.removeprefix("org.").split(".")
    elif kind == "model":
        owner, path = GPAIModel, name.removeprefix("model.").split(".")
    else:
        owner, path = AISystem, name.split(".")
    for step in path[:-1]:
        found_step = owner.model_fields.get(step)
        annotation = None if found_step is None else found_step.annotation
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return False
        owner = annotation
    found = owner.model_fields.get(path[-1])
    return found is not None and found.annotation == (bool | None)


def fact_names(kind: Kind) -> tuple[str, ...]:
    """The input atoms that are facts of a case (not readings, date comparisons or the
    ``answered.*`` atoms, which follow from the facts)."""
    return tuple(
        sorted(
            name
            for name in input_names(kind)
            if not name.startswith(("interp.", "dates.", "answered."))
            and (
                _is_member(name)
                or name in _JOINT_ATOMS
                or name in COUNTRY_FIELDS
                or _is_flag(kind, name)
            )
        )
    )


_IN_UNION_KINDS = tuple(sorted(ESTABLISHED_IN_THE_UNION))
"""The kinds established in the Union by what they are, in a fixed order (the constraints do
not depend on the hash seed)."""

_OUTSIDE_KINDS = (
    OrganisationKind.INTERNATIONAL_ORGANISATION,
    OrganisationKind.THIRD_COUNTRY_PUBLIC_AUTHORITY,
)
"""The kinds that cannot have a Member State as their country (Organisation._consistent)."""


class CaseVars:
    """The facts of one case as solver variables (``prefix`` keeps copies apart)."""

    def __init__(self, kind: Kind, prefix: str = "") -> None:
        self.kind: Kind = kind
        self.prefix = prefix
        names = fact_names(kind)
        self.facts: dict[str, K3] = {name: fresh(prefix + name) for name in names}
        self.fields: tuple[FactField, ...] = _fields(kind, names)
        self.days: dict[str, InputDay] = {}
        bounds = []
        for name in DATE_FIELDS[kind]:
            self.days[name], bound = input_day(prefix + name, name in NONE_DATE_FIELDS)
            bounds.append(bound)
        self.as_of, as_of_bound = bounded_day(prefix + "as_of", FIRST_AS_OF)
        bounds.append(as_of_bound)
        self._bounds = bounds
        if kind == "system":
            self.inputs: dict[str, DateVal] = system_input_dates(
                self.days["placed_on_market"],
                self.days["put_into_service"],
                self.days["significant_change"],
            )
        else:
            self.inputs = model_input_dates(self.days["placed_on_market"])

    @property
    def first_placed(self) -> DateVal:
        """The first placing on the market or putting into service (for a model: its placing
        on the market)."""
        found = self.inputs.get("first_placed")
        return found if found is not None else self.inputs["placed_on_market"]

    # ----------------------------------------------------------------- constraints

    @cached_property
    def structural(self) -> tuple[Expr, ...]:
        """What every case file produces: well-formed values, a list or an organisation's kind
        known as a whole (one kind), the atoms a number decides, a given Annex III list settling
        the facts that imply a point it lacks (:func:`aiact.atoms._implied_by_the_list`), a known
        "no" to Art. 50(1)'s broader law-enforcement fact settling Art. 50(3)'s narrower one
        (:func:`aiact.atoms._implied_by_the_broader`), the retired
        ``context.ai_office_competent: false`` setting the Art. 75(1) facts, dates within
        range, a date field not both a day and ``"none"``."""
        a = self.facts
        out = [well_formed(v) for v in self.facts.values()]
        for f in self.fields:
            if f.kind in ("members", "choice"):
                values = [a[n] for n in f.atoms if n in a]
                first = values[0]
                out.extend(v.known == first.known for v in values[1:])
                if f.kind == "choice":
                    trues = [v.t for v in values]
                    out.append(z3.Implies(first.known, z3.PbEq([(t, 1) for t in trues], 1)))
            elif f.kind == "joint":
                stronger, weaker, together = JOINT[f.name]
                s, w = a[stronger], a[weaker]
                out += [z3.Implies(s.t, w.t), z3.Implies(w.f, s.f)]
                if together:
                    out.append(s.known == w.known)
        if self.kind == "system":
            listed = a["annex_iii.1a"].known
            for fact, point, _ in IMPLIED_ANNEX_III:
                out.append(z3.Implies(z3.And(listed, a[f"annex_iii.{point}"].f), a[fact].known))
            # atoms._implied_by_the_broader: a known "no" to a broader fact settles the
            # narrower one (Art. 50(1) and 50(3); Annex III point 5(b), any and only fraud
            # detection)
            out.extend(
                z3.Implies(a[broader].f, a[narrower].known)
                for broader, narrower in NARROWER_SETTLED_BY_BROADER
            )
            # atoms._excluded_by_a_yes: a "yes" to remote biometric identification or to
            # "verification only" settles the other (facts.NOT_VERIFICATION_ONLY)
            for fact, _ in NOT_VERIFICATION_ONLY:
                out += [
                    z3.Implies(a[fact].t, a[VERIFICATION_ONLY].known),
                    z3.Implies(a[VERIFICATION_ONLY].t, a[fact].known),
                ]
            # date_facts.settle_pre_market (Art. 2(8)): where a "yes" to research would be
            # refused (a placing or putting into service on or before the day, or a fact that
            # means a placing without a placing dated after the day), the fact is known (no)
            placed_first = self.inputs["first_placed"]
            on_market = self.inputs["placed_on_market"]
            planned = z3.And(on_market.is_day, on_market.day > self.as_of)
            out.append(
                z3.Implies(
                    z3.Or(
                        z3.And(placed_first.det, placed_first.day <= self.as_of),
                        z3.And(
                            z3.Or(*(a[path].t for path in PLACED_ON_THE_UNION_MARKET)),
                            z3.Not(planned),
                        ),
                    ),
                    a[PRE_MARKET_ATOM].known,
                )
            )
            retired = a.get("context.ai_office_competent")
            if retired is not None:
                out += [z3.Implies(retired.f, a[n].known) for n in _ART75_1_FACTS]
        elif MODEL_PRE_MARKET_ATOM in a:
            # date_facts.settle_pre_market for a model (Art. 2(8); review58): placed on the
            # market on or before the day, its research fact is known (no)
            placed = self.first_placed
            out.append(
                z3.Implies(
                    z3.And(placed.is_day, placed.day <= self.as_of), a[MODEL_PRE_MARKET_ATOM].known
                )
            )
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

        org_in_eu = a["org.established_in_eu"]
        country = a[MEMBER_STATE_IN_UNION]
        org_in_union = z3.Or(
            org_in_eu.t, country.t, *(a[f"org.kind.{k.value}"].t for k in _IN_UNION_KINDS)
        )
        org_outside_union = z3.Or(org_in_eu.f, country.f)

        if self.kind == "system":
            provider, importer = a["roles.provider"].t, a["roles.importer"].t
            distributor = a["roles.distributor"].t
            representative = a["roles.authorised_representative"].t
            deployer = a["roles.deployer"].t
            provider_in_eu = a["value_chain.provider_established_in_eu"]
            # AISystem._consistent (Art. 3(5)-(7), 25(2), 3(4), 3(66))
            never_both(importer, provider)
            never_both(distributor, z3.Or(provider, importer))
            never_both(representative, provider)
            never_both(importer, provider_in_eu.t)
            never_both(provider, a["value_chain.initial_provider_of_shifted_system"].t)
            never_both(a["exclusions.personal_non_professional_use"].t, deployer)
            never_both(a["is_ai_system"].f, a["is_general_purpose_ai_system"].t)
            # _check_in_the_union (Art. 2(1)(a)-(b), 3(6), 3(7), 3(9)-(11))
            never_both(
                a["exclusions.placed_or_used_in_eu"].f,
                z3.Or(*(a[path].t for path, _ in IN_THE_UNION)),
            )
            # date_facts.guard_pre_market (Art. 2(8)): research "prior to their being placed on
            # the market" beside a fact that means a placing; stricter than the check, which
            # accepts it where the placing is dated after the day assessed (so no witness or
            # proof meets a refused case; a planned placing beside these facts is left out)
            never_both(
                a[PRE_MARKET_ATOM].t,
                z3.Or(*(a[path].t for path in PLACED_ON_THE_UNION_MARKET)),
            )
            first = self.inputs["first_placed"]
            never_both(a[PRE_MARKET_ATOM].t, z3.And(first.det, first.day <= self.as_of))
            change = self.days["significant_change"]
            out.append(z3.Implies(z3.And(change.known, first.det), change.day >= first.day))
            # A substantial modification is a significant change (Art. 3(23), recital 177;
            # aiact.facts, audit15b D1).
            never_both(a["value_chain.substantial_modification"].t, change.none)
            # _check_implied_annex_iii (issue 12, item 11)
            listed = a["annex_iii.1a"].known
            for fact, point, _ in IMPLIED_ANNEX_III:
                never_both(a[fact].t, z3.And(listed, a[f"annex_iii.{point}"].f))
            # _check_annex_i_listed (Art. 6(1)(a)): a product of Annex I beside an empty list
            laws = [a[f"annex_i.{law}"] for law in _MEMBER_GROUPS["annex_i."][2]]
            none_listed = z3.And(laws[0].known, *(law.f for law in laws))
            for fact in ANNEX_I_PRODUCT_FACTS:
                never_both(a[fact].t, none_listed)
            never_both(
                a["prohibited.h_realtime_rbi_public_spaces_law_enforcement"].t,
                a["annex_iii.biometric_verification_only"].t,
            )
            never_both(
                a["context.post_remote_biometric_identification_criminal_investigation"].t,
                a["annex_iii.biometric_verification_only"].t,
            )
            # Transparency._consistent (Art. 50(3)'s purposes are among those of Art. 50(1);
            # its permission carries Art. 50(1)'s third-party safeguards; review56): every pair
            # the input settles (atoms.NARROWER_SETTLED_BY_BROADER) is one the validators refuse
            for broader, narrower in NARROWER_SETTLED_BY_BROADER:
                never_both(a[narrower].t, a[broader].f)
            # AnnexIIIFacts._consistent (Annex III point 5(b), reading A40)
            never_both(
                a["annex_iii.financial_fraud_detection_only"].t,
                a["annex_iii.financial_fraud_detection"].f,
            )
            # BiometricFacts._consistent (Art. 3(39)-(41))
            never_both(
                a["biometrics.infers_emotions_or_intentions"].f,
                a["biometrics.emotions_from_biometric_data"].t,
            )
            never_both(
                a["biometrics.categorises_persons_by_biometric_data"].f,
                z3.Or(
                    a["biometrics.categorisation_ancillary_and_technically_necessary"].t,
                    a["biometrics.categorises_individually"].t,
                ),
            )
            never_both(
                a["biometrics.identifies_persons_by_biometric_data"].f,
                z3.Or(
                    a["biometrics.identification_without_active_involvement"].t,
                    a["biometrics.identification_without_significant_delay"].t,
                ),
            )
            # AISystemDefinition._consistent (recital 12)
            never_both(
                a["definition.only_predefined_rules"].t,
                z3.Or(
                    a["definition.learns_from_data"].t,
                    a["definition.reasons_from_encoded_knowledge"].t,
                ),
            )
            # UseContext._legacy_ai_office_flag: true is refused
            retired = a.get("context.ai_office_competent")
            if retired is not None:
                out.append(z3.Not(retired.t))
            # aiact.api._check_together: the organisation's establishment as
            # Organisation.established_in_union reads it (the validators below make the flag,
            # the country and the kind agree)
            never_both(
                provider,
                z3.Or(
                    z3.And(org_in_union, provider_in_eu.f),
                    z3.And(org_outside_union, provider_in_eu.t),
                ),
            )
            never_both(importer, org_outside_union)
            never_both(representative, org_outside_union)
        else:
            # GPAIModel._consistent (Art. 3(5), 54(1))
            model_provider = a["model.provider"].t
            model_in_eu = a["model.provider_established_in_eu"]
            never_both(model_provider, a["model.authorised_representative"].t)
            never_both(a["model.authorised_representative"].t, model_in_eu.t)
            # aiact.api.check_model_together: the organisation as the model's provider
            never_both(
                model_provider,
                z3.Or(
                    z3.And(org_in_union, model_in_eu.f),
                    z3.And(org_outside_union, model_in_eu.t),
                ),
            )
            # date_facts.guard_pre_market for a model (Art. 2(8): research "prior to their
            # being placed on the market"; review58): not beside a placing on or before the day
            if MODEL_PRE_MARKET_ATOM in a:
                placed = self.first_placed
                never_both(
                    a[MODEL_PRE_MARKET_ATOM].t, z3.And(placed.is_day, placed.day <= self.as_of)
                )
        # Organisation._consistent: a Union institution and a public authority of a Member
        # State are established in the Union, in no third country; the country of
        # establishment and the stated flag agree; a third country's authority or an
        # international organisation has no Member State as its country
        for kind in _IN_UNION_KINDS:
            never_both(a[f"org.kind.{kind.value}"].t, org_in_eu.f)
            never_both(a[f"org.kind.{kind.value}"].t, country.f)
        never_both(country.f, org_in_eu.t)
        never_both(country.t, org_in_eu.f)
        for kind in _OUTSIDE_KINDS:
            never_both(a[f"org.kind.{kind.value}"].t, country.t)
        return tuple(out)

    def constraints(self, background: bool = True) -> tuple[Expr, ...]:
        return self.structural + (self.background if background else ())

    # ----------------------------------------------------------------- fields

    def field_known(self, f: FactField) -> Expr:
        """The field is stated in the case (a date or ``"none"`` given, a list or a kind
        known)."""
        if f.kind == "date":
            return self.days[f.name].stated
        if f.kind == "joint":
            return z3.Or([self.facts[n].known for n in f.atoms])
        return self.facts[f.atoms[0]].known

    def field_answered(self, f: FactField) -> Expr:
        """The field is answered as a completed questionnaire answers it: stated, except the
        dates of the first placing, which are answered when the first placing is known (an empty
        one then did not happen)."""
        if f.name in PLACING_FIELDS:
            return self.first_placed.det
        return self.field_known(f)

    def field_same(self, f: FactField, other: CaseVars) -> Expr:
        """The field has the same value in this case and ``other``."""
        if f.kind == "date":
            mine, theirs = self.days[f.name], other.days[f.name]
            return z3.And(
                mine.known == theirs.known,
                mine.none == theirs.none,
                z3.Implies(mine.known, mine.day == theirs.day),
            )
        return z3.And([self.facts[n].same(other.facts[n]) for n in f.atoms])

    def fix(self, values: Mapping[str, Truth]) -> list[Expr]:
        """Constraints that pin the facts named in ``values`` (other names are ignored)."""
        return [self.facts[n].is_value(v) for n, v in values.items() if n in self.facts]

    def fix_dates(self, dates: Mapping[str, DateField], as_of: dt.date | None = None) -> list[Expr]:
        """Constraints that pin the date fields named in ``dates`` (a day, ``"none"``, or None:
        empty, not known) and the day assessed."""
        out = []
        for name, day in dates.items():
            field_ = self.days.get(name)
            if field_ is None:
                continue
            if day is None:
                out.append(z3.Not(field_.stated))
            elif day == "none":
                if name not in NONE_DATE_FIELDS:
                    raise ValueError(f"{name} cannot be 'none'")
                out += [z3.Not(field_.known), field_.none]
            else:
                out += [field_.known, z3.Not(field_.none), field_.day == day_number(day)]
        if as_of is not None:
            out.append(self.as_of == day_number(as_of))
        return out

    def read(self, model: Expr) -> CaseValues:
        """The case a solver model describes."""
        facts = {n: truth_in(model, v) for n, v in self.facts.items()}
        dates: dict[str, DateField] = {}
        for name, day in self.days.items():
            if z3.is_true(model.eval(day.known, model_completion=True)):
                dates[name] = from_day_number(model.eval(day.day, model_completion=True).as_long())
            elif z3.is_true(model.eval(day.none, model_completion=True)):
                dates[name] = "none"
            else:
                dates[name] = None
        as_of = from_day_number(model.eval(self.as_of, model_completion=True).as_long())
        return CaseValues(self.kind, facts, dates, as_of)


@dataclass(frozen=True)
class CaseValues:
    """The facts of one concrete case, as a solver model gives them."""

    kind: Kind
    facts: Mapping[str, Truth]
    dates: Mapping[str, DateField]
    """The date fields: a day, ``"none"`` (no significant change) or None (empty)."""
    as_of: dt.date | None = None


def case_dates(case: object) -> dict[str, DateField]:
    """The date fields of a :class:`~aiact.case.Case` (as :data:`DATE_FIELDS` names them; the
    significant change may be ``"none"``)."""
    system = getattr(case, "system", None)
    if system is not None:
        return {
            "placed_on_market": system.placed_on_market,
            "put_into_service": system.put_into_service,
            "significant_change": system.significant_change,
        }
    model = getattr(case, "model")  # noqa: B009
    return {"placed_on_market": model.placed_on_market}


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


@dataclass(frozen=True)
class ReadingField:
    """One field of :class:`Interpretations` and the engine facts (``interp.*``) each of its
    values gives."""

    name: str
    atoms: tuple[str, ...]
    options: tuple[tuple[object, tuple[Truth, ...]], ...]


@cache
def reading_fields() -> tuple[ReadingField, ...]:
    """Each field of :class:`Interpretations` with the ``interp.*`` atoms it decides and the
    values its choices give them, derived from the model (a new switch is covered as soon as it
    is declared). The verifier relies on each atom depending on one field only (checked here):
    the readings are then the product of the fields' choices."""
    default = Interpretations()
    base = default.as_facts()
    dumped = default.model_dump()
    out = []
    owner: dict[str, str] = {}
    for name, info in Interpretations.model_fields.items():
        options = []
        for value in _choices(info.annotation):
            reading = Interpretations.model_validate({**dumped, name: value})
            options.append((value, reading.as_facts()))
        atoms = tuple(sorted({a for _, facts in options for a in facts if facts[a] is not base[a]}))
        for atom in atoms:
            if atom in owner:
                raise TypeError(
                    f"the verifier assumes each interp.* atom depends on one field; {atom} "
                    f"depends on {owner[atom]} and {name}"
                )
            owner[atom] = name
        out.append(
            ReadingField(
                name,
                atoms,
                tuple((value, tuple(facts[a] for a in atoms)) for value, facts in options),
            )
        )
    return tuple(out)


class Reading:
    """The interpretation switches: fixed (``interpretations`` given) or free over every valid
    reading (``None``)."""

    def __init__(self, interpretations: Interpretations | None = None, prefix: str = "") -> None:
        self.interpretations = interpretations
        self.atoms: dict[str, K3] = {}
        constraints: list[Expr] = []
        if interpretations is not None:
            for name, truth in interpretations.as_facts().items():
                self.atoms[name] = const(truth)
        else:
            base = Interpretations().as_facts()
            varying = {a for f in reading_fields() for a in f.atoms}
            for name, truth in base.items():
                if name not in varying:
                    self.atoms[name] = const(truth)
            for f in reading_fields():
                values = []
                for atom in f.atoms:
                    value = fresh(prefix + atom)
                    self.atoms[atom] = value
                    values.append(value)
                    constraints.append(well_formed(value))
                if f.atoms:
                    # Exactly the combinations the field's choices give.
                    constraints.append(
                        z3.Or(
                            [
                                z3.And([v.is_value(t) for v, t in zip(values, truths, strict=True)])
                                for _, truths in f.options
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
    """A reading whose ``as_facts()`` are ``v`` (each field the default where it can be)."""
    default = Interpretations()
    chosen: dict[str, object] = {}
    for f in reading_fields():
        wanted = tuple(v.get(a) for a in f.atoms)
        current = getattr(default, f.name)
        matches = [value for value, truths in f.options if truths == wanted]
        if not matches:
            raise ValueError(
                f"no value of {f.name} gives {dict(zip(f.atoms, wanted, strict=True))}"
            )
        chosen[f.name] = current if current in matches else matches[0]
    return Interpretations.model_validate({**default.model_dump(), **chosen})


# --------------------------------------------------------------------------- the encoding

TIER_PREDICATES: dict[str, str] = {
    "prohibited": "art5.any",
    "high_risk": "hr.high_risk",
    "transparency": "art50.any",
    "gpai_systemic_risk": "gpai.systemic_risk",
    "gpai": "gpai.in_scope",
}
"""As :data:`aiact.assessment._TIER_PREDICATES`: the conclusion of each tier apart from the
date."""


@dataclass(frozen=True)
class Tier:
    """A risk tier in the solver: for each tier, when the case has it (exactly one holds), and
    for each, when it is among the higher tiers still possible (``possible_tiers``)."""

    holds: Mapping[RiskTier, Expr]
    possible: Mapping[RiskTier, Expr]

    def is_(self, *tiers: RiskTier | str) -> Expr:
        wanted = [RiskTier(t) for t in tiers]
        return z3.Or([self.holds.get(t, z3.BoolVal(False)) for t in wanted])

    def in_model(self, model: Expr) -> RiskTier:
        for tier, expr in self.holds.items():
            if z3.is_true(model.eval(expr, model_completion=True)):
                return tier
        raise AssertionError("no tier holds in the model")  # pragma: no cover

    def possible_in(self, model: Expr) -> frozenset[RiskTier]:
        return frozenset(
            t for t, e in self.possible.items() if z3.is_true(model.eval(e, model_completion=True))
        )

    def same(self, other: Tier) -> Expr:
        """The same tier and the same possible tiers."""
        # in the tiers' declared order, not a set's (which varies with PYTHONHASHSEED)
        tiers = [t for t in RiskTier if t in self.holds or t in other.holds]
        possible = [t for t in RiskTier if t in self.possible or t in other.possible]
        false = z3.BoolVal(False)
        return z3.And(
            *(self.holds.get(t, false) == other.holds.get(t, false) for t in tiers),
            *(self.possible.get(t, false) == other.possible.get(t, false) for t in possible),
        )


DEADLINE_PREFIX = "deadline:"
"""``Encoding.date("deadline:<rule>")`` is the rule's deadline set (the diff and the property
language name a deadline so)."""


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
        env: dict[str, K3] = dict(self.case.facts)
        env.update(self.reading.atoms)
        for fact in DIRECT_ANSWERS[kind]:
            known = self.case.facts[fact].known
            env[f"answered.{fact}"] = K3(known, z3.Not(known))
        if kind == "system":
            # answered.annex_iii.points: true when the list is given (its members are known
            # together), never unknown (aiact.atoms.ANNEX_III_POINTS_ANSWERED).
            first = "annex_iii." + _MEMBER_GROUPS["annex_iii."][2][0]
            if first in self.case.facts:
                known = self.case.facts[first].known
                env[ANNEX_III_POINTS_ANSWERED] = K3(known, z3.Not(known))
            # answered.annex_i.legislation likewise (aiact.atoms.ANNEX_I_LEGISLATION_ANSWERED).
            first = "annex_i." + _MEMBER_GROUPS["annex_i."][2][0]
            if first in self.case.facts:
                known = self.case.facts[first].known
                env[ANNEX_I_LEGISLATION_ANSWERED] = K3(known, z3.Not(known))
        env.update(
            comparison_atoms(
                kind, self.ruleset.law, self.case.inputs, self.reading.atoms.__getitem__
            )
        )
        # dates.art80_2_finding_possible: the day assessed on or after the first day of an
        # Art. 80(2) finding (ADR 0032, round 11).
        env.update(
            as_of_atoms(kind, self.ruleset.law, self.case.as_of, self.reading.atoms.__getitem__)
        )
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
        self._tiers: dict[str, Tier] = {}

    @property
    def kind(self) -> Kind:
        return self.case.kind

    def value(self, name: str) -> K3:
        """The value of a fact or conclusion (absent conclusions of this version are false:
        an obligation that a version does not have does not apply)."""
        found = self.values.get(name)
        if found is not None:
            return found
        if name.startswith("obligation."):
            return FALSE
        raise KeyError(f"{name!r} is neither a fact nor a conclusion of the {self.kind} rules")

    def condition(self, condition: Condition | str) -> K3:
        tree = parse(condition) if isinstance(condition, str) else condition
        return encode(tree, self.value)

    @cached_property
    def consistent(self) -> tuple[Expr, ...]:
        """:func:`aiact.rules.definitions.check_consistent`: a direct answer that contradicts
        the facts of its definition is refused (no ``def.conflict.*`` is true); and
        :func:`aiact.date_facts.guard_finding`: an Art. 80(2) finding given as true before its
        first day is refused."""
        out = [
            z3.Not(self.values[p].t) for p in self.ruleset.order if p.startswith("def.conflict.")
        ]
        finding = self.values.get(FINDING_ATOM)
        possible = self.values.get(FINDING_POSSIBLE_ATOM)
        if finding is not None and possible is not None:
            out.append(z3.Not(z3.And(finding.t, possible.f)))
        return tuple(out)

    def constraints(self, background: bool = True) -> tuple[Expr, ...]:
        return (
            self.case.constraints(background)
            + self.reading.constraints
            + (self.consistent if background else ())
        )

    # ----------------------------------------------------------------- dates

    @cached_property
    def _date_rules(self) -> tuple[dict[str, DateSet], dict[str, dict[int, tuple[Expr, Expr]]]]:
        return encode_date_rules(
            self.ruleset.date_rules, self.ruleset.law, self.value, self.case.inputs
        )

    @property
    def dates(self) -> dict[str, DateSet]:
        """The possible values of every date rule (built on first use)."""
        return self._date_rules[0]

    @property
    def date_cases(self) -> dict[str, dict[int, tuple[Expr, Expr]]]:
        """Per date rule and case index: (the case may give the value, the case is selected)."""
        return self._date_rules[1]

    @cached_property
    def deadlines(self) -> dict[str, DateSet]:
        """The possible "comply by" deadlines of every date rule
        (:func:`aiact.verify.dates.encode_deadlines`; no deadline is the slot ``none``)."""
        return encode_deadlines(
            self.ruleset.date_rules, self.ruleset.law, self.case.inputs, self.dates, self.date_cases
        )

    def deadline(self, name: str) -> DateSet:
        """The possible deadlines of the date rule ``name`` (``ObligationResult.deadline`` of
        the obligations of its timing group: :attr:`aiact.engine.dates.DateResult.deadline`)."""
        self.date(name)  # the same errors for an unknown rule
        return self.deadlines[name]

    def date(self, name: str) -> DateSet:
        if name.startswith(DEADLINE_PREFIX):
            return self.deadline(name[len(DEADLINE_PREFIX) :])
        found = self.dates.get(name)
        if found is None:
            if not self.ruleset.date_rules:
                raise KeyError(
                    f"{name!r}: the rule set has no date rules (compile it with its date rules: "
                    "aiact.verify.with_rules)"
                )
            raise KeyError(f"{name!r} is not a date rule of the {self.kind} rules")
        return found

    # ----------------------------------------------------------------- the tier

    @property
    def tier(self) -> Tier:
        """The risk tier on the day assessed (:attr:`aiact.assessment.Assessment.risk_tier`)."""
        return self.tier_on(self.case.as_of)

    @property
    def classification(self) -> Tier:
        """The tier apart from the date (:attr:`~aiact.assessment.Assessment.
        classification_tier`)."""
        found = self._tiers.get("classification")
        if found is None:
            found = self._tiers["classification"] = self._ladder(
                lambda tier: self.value(TIER_PREDICATES[tier]), on_date=False
            )
        return found

    def tier_on(self, day: Expr | dt.date) -> Tier:
        """The risk tier on ``day`` (a day number expression or a date): a tier counts when its
        date rule (``tier.*``, :data:`aiact.rules.timing.TIER_DATE_RULES`) has come by then."""
        from aiact.rules.timing import TIER_DATE_RULES

        number = z3.IntVal(day_number(day)) if isinstance(day, dt.date) else day
        key = str(number)
        found = self._tiers.get(key)
        if found is None:
            found = self._tiers[key] = self._ladder(
                lambda tier: self.date(TIER_DATE_RULES[tier]).on(number), on_date=True
            )
        return found

    def tier_is(self, *tiers: RiskTier | str) -> Expr:
        """The tier on the day assessed is one of ``tiers``."""
        return self.tier.is_(*tiers)

    def tier_in(self, model: Expr) -> RiskTier:
        return self.tier.in_model(model)

    def _ladder(self, holds: Callable[[str], K3], on_date: bool) -> Tier:
        """:meth:`aiact.assessment.Assessment._ladder`, branch by branch."""
        v = self.value
        out: dict[RiskTier, Expr] = {}
        possible: dict[RiskTier, Expr] = {}
        rest = z3.BoolVal(True)  # no earlier branch taken
        false = z3.BoolVal(False)

        def branch(tier: RiskTier, when: Expr, maybe: Mapping[RiskTier, Expr]) -> None:
            nonlocal rest
            taken = z3.And(rest, when)
            out[tier] = z3.Or(out.get(tier, false), taken)
            for other, expr in maybe.items():
                possible[other] = z3.Or(possible.get(other, false), z3.And(taken, expr))
            rest = z3.And(rest, z3.Not(when))

        ladder: list[tuple[RiskTier, K3]]
        if self.kind == "model":
            branch(RiskTier.OUT_OF_SCOPE, v("gpai.model").f, {})
            branch(RiskTier.OUT_OF_SCOPE, v("gpai.in_scope").f, {})
            ladder = [
                (RiskTier.GPAI_SYSTEMIC_RISK, holds("gpai_systemic_risk")),
                (RiskTier.GPAI, holds("gpai")),
            ]
            branch(
                RiskTier.UNDETERMINED,
                v("gpai.in_scope").unknown,
                {t: z3.Not(h.f) for t, h in ladder},
            )
            for index, (tier, value) in enumerate(ladder):
                branch(tier, value.t, {t: h.unknown for t, h in ladder[:index]})
            unknowns = {t: h.unknown for t, h in ladder}
            branch(RiskTier.UNDETERMINED, z3.Or(list(unknowns.values())), unknowns)
            branch(RiskTier.MINIMAL if on_date else RiskTier.OUT_OF_SCOPE, z3.BoolVal(True), {})
        else:
            branch(RiskTier.NOT_AN_AI_SYSTEM, v("scope.ai_system").f, {})
            branch(RiskTier.OUT_OF_SCOPE, v("scope.in_scope").f, {})
            ladder = [
                (RiskTier.PROHIBITED, holds("prohibited")),
                (RiskTier.HIGH_RISK, holds("high_risk")),
                (RiskTier.TRANSPARENCY, holds("transparency")),
            ]
            branch(
                RiskTier.UNDETERMINED,
                v("scope.in_scope").unknown,
                {t: z3.Not(h.f) for t, h in ladder},
            )
            for index, (tier, value) in enumerate(ladder):
                branch(tier, value.t, {t: h.unknown for t, h in ladder[:index]})
            branch(RiskTier.MINIMAL, z3.BoolVal(True), {t: h.unknown for t, h in ladder})
        return Tier(
            {t: z3.simplify(e) for t, e in out.items()},
            {t: z3.simplify(e) for t, e in possible.items()},
        )


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


def with_rules(
    base: RuleSet,
    *,
    replace: Mapping[str, str] | None = None,
    add: Iterable[object] = (),
    drop: Iterable[str] = (),
) -> RuleSet:
    """A rule set like ``base`` (its date rules kept) with some rule conditions replaced
    (``{rule id: new condition}``), rules added (:class:`aiact.ruleset.Rule`) or dropped (by
    id): for mutation tests and rules of your own."""
    from dataclasses import replace as replaced

    from aiact.date_facts import INPUT_DATES
    from aiact.ruleset import Rule, compile_rules

    changes = dict(replace or {})
    dropped = set(drop)
    rules: list[Rule] = []
    seen = set()
    for rule in base.rules:
        if rule.id.startswith("datecase."):
            continue  # compiled again from the date rules
        if rule.id in dropped:
            continue
        seen.add(rule.id)
        rules.append(replaced(rule, when=changes[rule.id]) if rule.id in changes else rule)
    unknown = (set(changes) | dropped) - seen - {r for r in dropped}
    if set(changes) - seen:
        raise KeyError(f"no rule {sorted(set(changes) - seen)} in the rule set")
    del unknown
    for extra in add:
        assert isinstance(extra, Rule)
        rules.append(extra)
    return compile_rules(rules, base.law, base.inputs, base.date_rules, INPUT_DATES)
