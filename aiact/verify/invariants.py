"""The legal invariants of :mod:`aiact.testing.invariants`, proved for every case.

The hypothesis versions check sampled assessments; these decide the same statements for every
valid case of a law version under every reading of the open questions. Each :class:`Invariant`
names the check it ports. Checks about the explanation machinery or the engines, rather than
the rules, have no counterpart here (:data:`NOT_PORTED` says why).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from aiact.assessment import RiskTier
from aiact.facts import Roles
from aiact.obligations.catalogue import catalogue, role_sheltered, same_duty, same_duty_condition
from aiact.rules.definitions import SWITCHES
from aiact.ruleset import RuleSet
from aiact.testing.invariants import TIER_RANK
from aiact.verify._z3 import Expr, z3
from aiact.verify.encode import PLACING_FIELDS, Encoding, Kind, Tier, obligation_predicates
from aiact.verify.kleene import FALSE, K3, encode
from aiact.verify.properties import Proof, check, check_pair, prove
from aiact.versions import LawVersion

ProofRun = Callable[[Kind, LawVersion, RuleSet | None], Proof]


@dataclass(frozen=True)
class Invariant:
    """A legal invariant proved for every case."""

    name: str
    ports: str
    """The check of :mod:`aiact.testing.invariants` it proves."""
    statement: str
    """What is proved, in words."""
    kinds: tuple[Kind, ...]
    run: ProofRun
    holds: bool = True
    """False for an invariant as stated in :mod:`aiact.testing.invariants` that the proof
    refutes: ``finding`` says why, and a refined invariant that holds follows it."""
    finding: str | None = None
    laws: tuple[LawVersion, ...] = tuple(LawVersion)
    """The versions the invariant speaks of (the AI Office's reach is the amended text's)."""


def _obligations(enc: Encoding) -> list[tuple[str, K3]]:
    return [(p, enc.value(p)) for p in obligation_predicates(enc.ruleset)]


# --------------------------------------------------------------------------- single cases

PROFILING = (
    "true(hr.profiling_override) implies "
    "false(hr.derogation) and true(hr.annex_iii) and true(hr.high_risk)"
)


def _profiling(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    return prove(PROFILING, kind=kind, law=law, ruleset=ruleset, name="profiling override wins")


_HR_GATES = ("duty.hr_", "duty.public_deployer")


_PLACING_GATES = frozenset({"duty.hr_provider", "duty.hr_importer", "duty.hr_distributor"})
_USE_GATES = frozenset({"duty.hr_deployer", "duty.public_deployer"})
"""The high-risk gates closed per role (docs/adr/0024): by a prohibited placing on the market
(``art5.placing_prohibited``) and by a prohibited use (``art5.use_prohibited``)."""


def _only_gates(enc: Encoding, predicate: str, gates: frozenset[str]) -> Expr:
    """The obligation's condition is false once the named ``gates`` are false, as
    :func:`aiact.testing.invariants.high_risk_obligations` with ``gates``."""

    def closed(name: str) -> K3:
        return FALSE if name in gates else enc.value(name)

    rule = enc.ruleset.rules_for(predicate)[0]
    return encode(rule.condition, closed).f


def _only_high_risk(enc: Encoding, predicate: str) -> Expr:
    """The obligation exists here only through the high-risk regime: its condition is false
    once every ``duty.hr_*`` gate and ``duty.public_deployer`` are taken to be false
    (:func:`aiact.testing.invariants.high_risk_obligations`)."""

    def without_high_risk(name: str) -> K3:
        return FALSE if name.startswith(_HR_GATES) else enc.value(name)

    rule = enc.ruleset.rules_for(predicate)[0]
    return encode(rule.condition, without_high_risk).f


def _prohibited(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    def build(enc: Encoding) -> Expr:
        v = enc.value
        # The classification apart from the date: Art. 5(1)(ba)/(bb) apply later (Art. 113).
        tier = z3.Implies(
            z3.And(v("art5.any").t, v("scope.in_scope").t), enc.classification.is_("prohibited")
        )
        obligations = list(_obligations(enc))

        def route(gates: frozenset[str]) -> Expr:
            return z3.And(
                [
                    z3.Not(z3.And(applies.t, _only_gates(enc, predicate, gates)))
                    for predicate, applies in obligations
                ]
            )

        # The route closes per role (docs/adr/0024), as the kit checks it.
        placing = z3.And(v("art5.any").t, v("art5.placing_prohibited").t)
        use = z3.And(v("art5.any").t, v("art5.use_prohibited").t)
        return z3.And(
            tier,
            z3.Implies(z3.And(placing, z3.Not(use)), route(_PLACING_GATES)),
            z3.Implies(z3.And(use, z3.Not(placing)), route(_USE_GATES)),
            z3.Implies(z3.And(placing, use), route(_PLACING_GATES | _USE_GATES)),
        )

    return check(
        build,
        name="a prohibited practice gets no high-risk route",
        kind=kind,
        law=law,
        ruleset=ruleset,
        reads=("art5.any", "art5.placing_prohibited", "art5.use_prohibited", "scope.in_scope"),
    )


def _addressees(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    by_predicate = {o.predicate: o for o in catalogue()}

    def build(enc: Encoding) -> Expr:
        parts = []
        for predicate, applies in _obligations(enc):
            held = [enc.value(a.predicate) for a in by_predicate[predicate].addressees]
            parts.append(z3.Implies(applies.t, z3.Or([h.t for h in held])))
            parts.append(z3.Implies(applies.unknown, z3.Not(z3.And([h.f for h in held]))))
        return z3.And(parts)

    return check(build, name="addressees are roles held", kind=kind, law=law, ruleset=ruleset)


def _out_of_scope(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    scope = "scope.org_in_scope" if kind == "system" else "gpai.in_scope"

    def build(enc: Encoding) -> Expr:
        return z3.Implies(
            enc.value(scope).f, z3.And([applies.f for _, applies in _obligations(enc)])
        )

    return check(
        build,
        name="out of scope: no obligations",
        kind=kind,
        law=law,
        ruleset=ruleset,
        reads=(scope,),
    )


# --------------------------------------------------------------------------- pairs


def _same_except(first: Encoding, second: Encoding, skip: Iterable[str]) -> list[Expr]:
    """Every input field but those in ``skip`` is the same in both cases, and so is the day
    assessed."""
    skipped = set(skip)
    return [
        first.case.as_of == second.case.as_of,
        *(
            first.case.field_same(f, second.case)
            for f in first.case.fields
            if f.name not in skipped
        ),
    ]


def _rank(tier: Tier) -> Expr:
    """The rank of a tier (:data:`aiact.testing.invariants.TIER_RANK`)."""
    rank = z3.IntVal(0)
    for value, when in tier.holds.items():
        rank = z3.If(when, TIER_RANK[value], rank)
    return rank


def _one_more_point(first: Encoding, second: Encoding) -> Expr:
    f = next(f for f in first.case.fields if f.name == "annex_iii.points")
    a = [first.case.facts[n] for n in f.atoms]
    b = [second.case.facts[n] for n in f.atoms]
    return z3.And(
        *_same_except(first, second, [f.name]),
        a[0].known,
        *(z3.Or(x.same(y), z3.And(x.f, y.t)) for x, y in zip(a, b, strict=True)),
        z3.PbEq([(z3.Not(x.same(y)), 1) for x, y in zip(a, b, strict=True)], 1),
    )


def _tier_not_lowered(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    def build(first: Encoding, second: Encoding) -> tuple[Expr, Expr]:
        return _one_more_point(first, second), _rank(second.tier) >= _rank(first.tier)

    return check_pair(
        build,
        name="adding an Annex III point never lowers the tier",
        kind=kind,
        law=law,
        ruleset=ruleset,
    )


def _determined_tier_not_lowered(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    def build(first: Encoding, second: Encoding) -> tuple[Expr, Expr]:
        relation = z3.And(
            _one_more_point(first, second), z3.Not(first.tier_is(RiskTier.UNDETERMINED))
        )
        return relation, _rank(second.tier) >= _rank(first.tier)

    return check_pair(
        build,
        name="adding an Annex III point never lowers a determined tier",
        kind=kind,
        law=law,
        ruleset=ruleset,
    )


def _monotone(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    def build(first: Encoding, second: Encoding) -> tuple[Expr, Expr]:
        relation = [
            z3.Or(value.unknown, value.same(second.case.facts[name]))
            for name, value in first.case.facts.items()
        ]
        a, b = first.case, second.case
        relation.append(a.as_of == b.as_of)
        # The dates: a placing (or putting into service) given in the first case is kept with
        # both of its fields (giving the other one later changes "did not happen" to a date);
        # the significant change given in the first case (a day or "none") is kept, an empty
        # one (not known, round 13) may be given in the second.
        dated = [f for f in a.fields if f.kind == "date"]
        placing = [f for f in dated if f.name in PLACING_FIELDS]
        relation.append(
            z3.Or(
                z3.Not(z3.Or([a.field_known(f) for f in placing])),
                z3.And([a.field_same(f, b) for f in placing]),
            )
        )
        relation += [
            z3.Or(z3.Not(a.field_known(f)), a.field_same(f, b))
            for f in dated
            if f.name not in PLACING_FIELDS
        ]
        kept = []
        for table_first, table_second in (
            (first.values, second.values),
            (first.rules, second.rules),
        ):
            for name, value in table_first.items():
                if name in SWITCHES:
                    continue  # a direct answer's switch changes by design when it is given
                kept.append(z3.Implies(value.known, value.same(table_second[name])))
        return z3.And(relation), z3.And(kept)

    return check_pair(build, name="Kleene monotonicity", kind=kind, law=law, ruleset=ruleset)


ROLES: tuple[str, ...] = tuple(Roles.model_fields)


def _one_more_role(first: Encoding, second: Encoding) -> Expr:
    options = []
    for role in ROLES:
        name = f"roles.{role}"
        options.append(
            z3.And(
                *_same_except(first, second, [name]),
                z3.Not(first.case.facts[name].t),
                second.case.facts[name].t,
            )
        )
    return z3.Or(options)


def _kept(first: Encoding, second: Encoding, closing: bool = True) -> Expr:
    """Every obligation that applies in the first case applies in the second, save (with
    ``closing``) the high-risk ones when the added role brings the organisation under an
    Art. 5 prohibition (:func:`aiact.testing.invariants.check_roles_only_add_obligations`)."""
    closes = z3.And(z3.Not(first.value("art5.binding").t), second.value("art5.binding").t)
    present = set(obligation_predicates(second.ruleset))
    parts = []
    for predicate, applies in _obligations(first):
        excused = (
            z3.And(closes, _only_high_risk(first, predicate)) if closing else z3.BoolVal(False)
        )
        # The same duty under another entry counts as kept (A36: the supplier that takes on an
        # operator role keeps its Art. 25(4) duty, fined: aiact.obligations.catalogue.same_duty).
        # Where the added role leaves open the fact that splits them (role.operator unknown),
        # both entries are unknown and the duty is kept under one of them: accepted too, where
        # the duty they share holds (review34: not where the added role made the duty unknown).
        entry = predicate.removeprefix("obligation.")
        others = [
            o for o in sorted(same_duty().get(entry, frozenset())) if f"obligation.{o}" in present
        ]
        same = [second.value(f"obligation.{o}") for o in others]
        kept = [second.value(predicate).t, *(v.t for v in same)]
        # A45=operators_only: a supplier that takes on an operator role comes under Art. 111(2)
        # (aiact.obligations.catalogue.role_sheltered).
        shelter = role_sheltered().get(entry)
        if shelter is not None:
            kept.append(z3.And(first.condition(shelter).t, z3.Not(second.condition(shelter).t)))
        if same:
            split = z3.And(
                z3.Not(second.value(predicate).f),
                z3.Or([z3.Not(v.f) for v in same]),
                second.condition(same_duty_condition()[entry]).t,
            )
            kept.append(split)
        parts.append(z3.Implies(z3.And(applies.t, z3.Not(excused)), z3.Or(kept)))
    return z3.And(parts)


def _roles_only_add(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    def build(first: Encoding, second: Encoding) -> tuple[Expr, Expr]:
        return _one_more_role(first, second), _kept(first, second)

    return check_pair(
        build, name="adding a role only adds obligations", kind=kind, law=law, ruleset=ruleset
    )


def _roles_only_add_unbound(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    def build(first: Encoding, second: Encoding) -> tuple[Expr, Expr]:
        relation = z3.And(_one_more_role(first, second), second.value("art5.binding").f)
        return relation, _kept(first, second)

    return check_pair(
        build,
        name="adding a role that no prohibition binds only adds obligations",
        kind=kind,
        law=law,
        ruleset=ruleset,
    )


# --------------------------------------------------------------------------- second reading


def _art6_4(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    def build(enc: Encoding) -> Expr:
        high_risk = enc.value("hr.high_risk").t
        parts = [
            z3.Implies(enc.value(catalogue().get(oid).predicate).t, z3.Not(high_risk))
            for oid in ("art6_4", "art49_2")
        ]
        return z3.And(parts)

    return check(
        build,
        name="Art. 6(4) and 49(2) only when not high-risk",
        kind=kind,
        law=law,
        ruleset=ruleset,
        reads=("hr.high_risk", "obligation.art6_4", "obligation.art49_2"),
    )


ROLE_SHIFT = "true(role.shifted_provider) implies false(role.importer) and false(role.distributor)"


def _role_shift(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    return prove(ROLE_SHIFT, kind=kind, law=law, ruleset=ruleset, name="roles end at the shift")


AI_OFFICE = (
    "true(ai_office.competent) implies "
    "true(role.provider) or true(context.deployer_same_undertaking_as_provider)"
)


def _ai_office(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    return prove(AI_OFFICE, kind=kind, law=law, ruleset=ruleset, name="the AI Office's reach")


def _importer_distributor(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    def build(first: Encoding, second: Encoding) -> tuple[Expr, Expr]:
        a, b = first.case.facts, second.case.facts
        relation = z3.And(
            *_same_except(first, second, ["roles.importer", "roles.distributor"]),
            a["roles.importer"].t,
            b["roles.importer"].f,
            b["roles.distributor"].t,
        )
        return relation, first.tier.same(second.tier)

    return check_pair(
        build,
        name="the same tier for the importer and a distributor",
        kind=kind,
        law=law,
        ruleset=ruleset,
    )


FAR_FUTURE = dt.date(2200, 1, 1)
"""A day after every date a case can state and every date the Act declares."""


def _tier_on_the_date(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    def build(enc: Encoding) -> Expr:
        return z3.And(
            _rank(enc.tier) <= _rank(enc.classification),
            enc.tier_on(FAR_FUTURE).same(enc.classification),
        )

    return check(build, name="the tier on the date", kind=kind, law=law, ruleset=ruleset, reads=())


INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "prohibited practice: no high-risk route",
        "check_prohibited_has_no_high_risk_route",
        "In scope and art5.any true: the tier is prohibited; art5.any and art5.binding true: "
        "no obligation that exists only through the high-risk gates (duty.hr_*, "
        "duty.public_deployer) applies (Art. 5; Chapter III).",
        ("system",),
        _prohibited,
    ),
    Invariant(
        "profiling override wins",
        "check_profiling_override_wins",
        PROFILING + " (Art. 6(3), third subparagraph).",
        ("system",),
        _profiling,
    ),
    Invariant(
        "addressees are roles held",
        "check_addressees_are_roles_held",
        "For every obligation: applies implies one of its addressee roles is held; may apply "
        "implies one may be held (Art. 3(3)-(8)).",
        ("system", "model"),
        _addressees,
    ),
    Invariant(
        "out of scope: no obligations",
        "check_out_of_scope_has_no_obligations",
        "Outside the Act (scope.org_in_scope, or gpai.in_scope for a model, false): no "
        "obligation applies or may apply (Art. 2, Art. 3(1), Art. 3(63)).",
        ("system", "model"),
        _out_of_scope,
    ),
    Invariant(
        "Annex III point never lowers the tier",
        "check_tier_not_lowered",
        "Two cases equal but for one more Annex III point in the second: its tier ranks at least "
        "as high (Art. 6(2)), in the order of aiact.testing.invariants.TIER_RANK.",
        ("system",),
        _tier_not_lowered,
        holds=False,
        finding="False as stated, in both versions. When a listed point's own carve-out is "
        "unknown (point 1(a) with biometric_verification_only unknown, or 5(b) with "
        "financial_fraud_detection_only unknown, reading A40), the listing and so hr.high_risk are "
        "unknown; with a "
        "free and open-source licence the Art. 2(12) exclusion is then unknown and the tier "
        "undetermined (rank 1). Adding a point without a carve-out makes the system certainly "
        "listed, the Art. 6(3) derogation (stated conditions) certainly applies, the system is "
        "certainly not high-risk, Art. 2(12) certainly excludes it: out_of_scope (rank 0). The "
        "rules are right; the rank order puts 'undetermined' above 'out of scope'. The refined "
        "invariant below (the first tier determined) is proved.",
    ),
    Invariant(
        "Annex III point never lowers a determined tier",
        "check_tier_not_lowered",
        "As above, when the first case's tier is not undetermined.",
        ("system",),
        _determined_tier_not_lowered,
    ),
    Invariant(
        "Kleene monotonicity",
        "check_monotone",
        "The second case states every fact the first states, with the same value, and maybe "
        "more: every predicate and rule known in the first has the same value in the second.",
        ("system", "model"),
        _monotone,
    ),
    Invariant(
        "adding a role only adds obligations",
        "check_roles_only_add_obligations",
        "Two cases equal but for one declared role, not true in the first and true in the "
        "second: every obligation that applies in the first applies in the second, or its duty "
        "under another entry (A36: art25_4_supplier_not_operator and art25_4), or the role "
        "brought the Art. 111(2) shelter of an operator (A45=operators_only: a third-party "
        "supplier of a legacy system that becomes an operator, ROLE_SHELTERED) "
        "(Art. 3(3)-(8); Arts. 16, 22-27).",
        ("system",),
        _roles_only_add,
        finding="Proved in both versions since the high-risk route closes per role (docs/adr/"
        "0024: a role's Chapter III duties end only where its own activity is prohibited). Before "
        "that, declaring an authorised representative a deployer too, with personal "
        "non-professional use unknown, made Art. 22(3)-(4) undetermined (art5.binding false -> "
        "unknown closed every role's route).",
    ),
    Invariant(
        "adding a role that no prohibition binds only adds obligations",
        "check_roles_only_add_obligations",
        "As above, when art5.binding is false in the second case.",
        ("system",),
        _roles_only_add_unbound,
    ),
)

INVARIANTS += (
    Invariant(
        "the tier on the date",
        "check_tier_on_the_date",
        "The tier on the day assessed ranks no higher than the classification apart from the "
        "date, and once every date has passed (2200-01-01) it is the classification, with the "
        "same possible tiers (Art. 113: a classification applies from its date). The order of "
        "the dated changes ahead is about the timeline, not the rules, and is not ported.",
        ("system", "model"),
        _tier_on_the_date,
    ),
    Invariant(
        "Art. 6(4) only when not high-risk",
        "check_art6_4_only_when_not_high_risk",
        "obligation.art6_4 or obligation.art49_2 true implies hr.high_risk not true (Art. 6(4): "
        "'a provider who considers that an AI system referred to in Annex III is not "
        "high-risk').",
        ("system",),
        _art6_4,
    ),
    Invariant(
        "roles end at the role shift",
        "check_roles_end_at_the_role_shift",
        ROLE_SHIFT + " (Art. 25(1); Art. 3(6)-(7): 'other than the provider').",
        ("system",),
        _role_shift,
    ),
    Invariant(
        "the AI Office's reach",
        "check_ai_office_reach",
        AI_OFFICE + " (amended Art. 75(1), second subparagraph).",
        ("system",),
        _ai_office,
        laws=(LawVersion.AMENDED,),
    ),
    Invariant(
        "the same tier for the importer and a distributor",
        "check_same_tier_for_importer_and_distributor",
        "Two cases equal but that the first declares the importer role and the second, instead, "
        "the distributor role: the same tier on the same day, with the same possible tiers "
        "(Art. 5(1): a practice is a property of the system).",
        ("system",),
        _importer_distributor,
    ),
)

NOT_PORTED: dict[str, str] = {
    "check_exposure_counts_only_binding_duties": "about the fines (aiact.penalties): Decimal "
    "ceilings from turnover figures, outside the propositional translation",
    "check_exposure_profile_monotone": "about the fines over time (aiact.penalties), outside "
    "the propositional translation",
    "check_derivations_sound": "about the explanations (aiact.derivation), not the rules: "
    "a derivation is built from one evaluation and has no solver counterpart",
    "check_open_questions_explained": "about the open-question index built from derivations; "
    "its exact counterpart for the rules is aiact.verify.relevant_facts",
    "check_engines_agree": "about the two engines; the translation is held to the native "
    "engine by tests/test_verify_translation.py instead",
    "check_same_result": "determinism and serialisation of one evaluation, not a property of "
    "the rules",
}


def prove_invariants(
    laws: Sequence[LawVersion] = tuple(LawVersion),
    *,
    kinds: Sequence[Kind] = ("system", "model"),
    only: Sequence[str] = (),
    ruleset: RuleSet | None = None,
) -> list[Proof]:
    """Prove every invariant (or those named in ``only``) for each law version and kind."""
    proofs = []
    for invariant in INVARIANTS:
        if only and invariant.name not in only and invariant.ports not in only:
            continue
        for kind in invariant.kinds:
            if kind not in kinds:
                continue
            for law in laws:
                if law not in invariant.laws:
                    continue
                proofs.append(invariant.run(kind, law, ruleset))
    return proofs


__all__ = ["INVARIANTS", "NOT_PORTED", "Invariant", "RiskTier", "prove_invariants"]
