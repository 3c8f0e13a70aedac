"""The legal invariants of :mod:`aiact.testing.invariants`, proved for every case.

The hypothesis versions check sampled assessments; these decide the same statements for every
valid case of a law version under every reading of the open questions. Each :class:`Invariant`
names the check it ports. Checks about the explanation machinery or the engines, rather than
the rules, have no counterpart here (:data:`NOT_PORTED` says why).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from aiact.assessment import RiskTier
from aiact.facts import Roles
from aiact.obligations.catalogue import catalogue
from aiact.ruleset import RuleSet
from aiact.testing.invariants import TIER_RANK
from aiact.verify._z3 import Expr, z3
from aiact.verify.encode import Encoding, Kind, obligation_predicates
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


def _prohibited(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> Proof:
    def build(enc: Encoding) -> Expr:
        v = enc.value
        tier = z3.Implies(z3.And(v("art5.any").t, v("scope.in_scope").t), enc.tier_is("prohibited"))

        def without_high_risk(name: str) -> K3:
            return FALSE if name.startswith(_HR_GATES) else enc.value(name)

        route = []
        for predicate, applies in _obligations(enc):
            rule = enc.ruleset.rules_for(predicate)[0]
            only_hr = encode(rule.condition, without_high_risk).f
            route.append(z3.Not(z3.And(applies.t, only_hr)))
        binding = z3.And(v("art5.any").t, v("art5.binding").t)
        return z3.And(tier, z3.Implies(binding, z3.And(route)))

    return check(
        build,
        name="a prohibited practice gets no high-risk route",
        kind=kind,
        law=law,
        ruleset=ruleset,
        reads=("art5.any", "art5.binding", "scope.in_scope"),
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
    scope = "scope.in_scope" if kind == "system" else "gpai.in_scope"

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
    skipped = set(skip)
    return [
        first.case.field_same(f, second.case) for f in first.case.fields if f.name not in skipped
    ]


def _rank(enc: Encoding) -> Expr:
    rank = z3.IntVal(0)
    for tier, when in enc.tier.items():
        rank = z3.If(when, TIER_RANK[tier], rank)
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
        return _one_more_point(first, second), _rank(second) >= _rank(first)

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
        return relation, _rank(second) >= _rank(first)

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
        relation.append(
            z3.Or(z3.Not(a.placed.det), z3.And(b.placed.det, a.placed.day == b.placed.day))
        )
        change = next((f for f in a.fields if f.name == "significant_change"), None)
        if change is not None:
            relation.append(a.field_same(change, b))
        kept = []
        for table_first, table_second in (
            (first.values, second.values),
            (first.rules, second.rules),
        ):
            for name, value in table_first.items():
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


def _kept(first: Encoding, second: Encoding) -> Expr:
    return z3.And(
        [
            z3.Implies(applies.t, second.value(predicate).t)
            for predicate, applies in _obligations(first)
        ]
    )


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
        "Outside the Act (scope.in_scope, or gpai.in_scope for a model, false): no obligation "
        "applies or may apply (Art. 2, Art. 3(1), Art. 3(63)).",
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
        "financial_fraud_detection unknown), the listing and so hr.high_risk are unknown; with a "
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
        "second: every obligation that applies in the first applies in the second "
        "(Art. 3(3)-(8); Arts. 16, 22-27).",
        ("system",),
        _roles_only_add,
        holds=False,
        finding="False as stated, in both versions: duty.hr_system requires 'not art5.binding', "
        "and art5.binding depends on every role the organisation holds. An authorised "
        "representative is not addressed by Art. 5, so for a high-risk system with a practice of "
        "Art. 5(1)(a)-(g) (e.g. untargeted facial scraping, point (e)) it keeps Art. 22(3) and "
        "22(4); declaring that it is also a deployer (or importer) makes the prohibition bind the "
        "organisation, duty.hr_system false, and Art. 22(3)-(4) no longer apply (true -> false). "
        "The gate closes the high-risk route for every role at once, where the prohibition binds "
        "only some (rules/duties.py, owned by the legal helper). The refined invariant below "
        "(no prohibition binds the organisation in the second case) is proved.",
    ),
    Invariant(
        "adding a role that no prohibition binds only adds obligations",
        "check_roles_only_add_obligations",
        "As above, when art5.binding is false in the second case.",
        ("system",),
        _roles_only_add_unbound,
    ),
)

NOT_PORTED: dict[str, str] = {
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
                proofs.append(invariant.run(kind, law, ruleset))
    return proofs


__all__ = ["INVARIANTS", "NOT_PORTED", "Invariant", "RiskTier", "prove_invariants"]
