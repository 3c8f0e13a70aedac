"""Reachability and redundancy of the rules (issue 19, part 5).

* Every rule can fire (its condition can be true) in some valid case of a law version, under
  some reading; every obligation can apply. Where one cannot, :func:`reachability` says why: the
  parts of its condition that cannot hold together (an unsatisfiable core over its conjuncts).
* No rule of a predicate is redundant: for each predicate concluded by several rules, dropping
  one rule must change the predicate's value in some case (Kleene values compared, unknown
  included). A redundant rule is reported by :func:`redundancies`; the known ones carry a note in
  :data:`REDUNDANCY_NOTES`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from aiact.interpretations import DEFAULT_INTERPRETATIONS
from aiact.logic import conjuncts
from aiact.ruleset import RuleSet
from aiact.verify._z3 import z3
from aiact.verify.encode import Encoding, Kind, encoding
from aiact.verify.kleene import encode, k_or
from aiact.versions import LawVersion


@dataclass(frozen=True)
class Reach:
    """Whether one rule can fire."""

    rule: str
    predicate: str
    law: LawVersion
    kind: Kind
    can_fire: bool
    """In some valid case under some reading."""
    under_default_reading: bool
    """In some valid case under the default reading."""
    can_fail: bool
    """Its condition can be false (a rule that always fires is suspicious too)."""
    reason: str | None = None
    """Why it cannot fire: the conjuncts of its condition that cannot all be true."""


@dataclass(frozen=True)
class Redundancy:
    rule: str
    predicate: str
    law: LawVersion
    kind: Kind
    note: str | None


def _definition_rules(suffix: str) -> tuple[str, ...]:
    from aiact.rules.definitions import MODEL_RULES, SYSTEM_RULES

    return tuple(
        r.id
        for r in (*SYSTEM_RULES, *MODEL_RULES)
        if r.id.endswith(suffix) or (suffix == "conflict" and r.id.startswith("def.conflict."))
    )


_QUESTION_NOTE = (
    "a direct answer's question rule (aiact.rules.definitions): never true by design; while the "
    "facts of the definition are open it keeps the direct question among the open questions, "
    "so it changes the explanation, never the value"
)
_CONFLICT_NOTE = (
    "a direct answer that contradicts the facts of its definition: refused at input "
    "(aiact.rules.definitions.check_consistent), so no valid case fires it"
)

REDUNDANCY_NOTES: dict[str, str] = {
    **dict.fromkeys(_definition_rules(".question"), _QUESTION_NOTE),
    **dict.fromkeys(
        (
            "legacy.placed_before_cutoff.reclassified_annex_i",
            "legacy.significant_change.reclassified",
        ),
        "in the published text the Art. 111(2) cut-off is one day for both routes (2 August "
        "2026), so the Annex I route's rule and the Annex III route's add nothing to each other "
        "there; as amended they differ (2 December 2027 and 2 August 2028, Art. 113, third "
        "paragraph, point (c)), and an Annex I product under A30=provider_assessment_stands "
        "takes its own route's (review80 D1, ADR 0032)",
    ),
    **dict.fromkeys(
        (
            "legacy.placed_before_cutoff_if_high_risk.route",
            "legacy.significant_change_if_high_risk.route",
        ),
        "in the published text the Art. 111(2) cut-off is one day for every route (2 August "
        "2026), so the rule for an unknown route (.every_route: before, or changed after, the "
        "cut-off of every route) concludes wherever the route's own rule does; as amended the "
        "cut-offs differ (2 December 2027 and 2 August 2028, Art. 113, third paragraph, point "
        "(c)) and a system placed or changed between them is decided only by its route "
        "(legacy26, review84 D1)",
    ),
    "hr.listed.1c.emotion_recognition": "the direct answer transparency.emotion_recognition "
    "also reaches point 1(c) through the definition (def.annex_iii_1c, rule "
    "hr.listed.1c.definition) while annex_iii.points is not given, and a given list must "
    "contain 1c (input validation): kept because its explanation cites Art. 3(39) in one step",
}
"""Rules known to be redundant in the sense above, with the reason they are kept."""

UNREACHABLE_NOTES: dict[tuple[LawVersion, str], str] = {
    **{
        (law, rule): note
        for law in LawVersion
        for rules, note in (
            (_definition_rules(".question"), _QUESTION_NOTE),
            (_definition_rules("conflict"), _CONFLICT_NOTE),
        )
        for rule in rules
    },
    (LawVersion.ORIGINAL, "ai_office.serious_incidents.original"): "'false' by design: the "
    "published text has no Art. 75(1a), serious incidents go to the market surveillance "
    "authorities (Art. 73(1)); the rule states that the predicate is false in that version",
}
"""Rules or obligations known not to fire in a version, with the reason."""

DEFAULT_READING_NOTES: dict[str, str] = {
    "duty.fria_deployer.union_institution": "reads interp.a8_union_institution_public_law_body, "
    "unknown under the default reading (A8 is open): the rule can only be unknown there, and "
    "fires when a user chooses A8=true",
    "def.emotion_inference.any_input": "reading D2 'text' (emotions inferred from any input, "
    "also written text): the default reading D2 requires biometric data (Art. 3(39))",
    "obligation.art5_2_duty_only": "reading A6=duty_only (Art. 5(2) a duty of each use, not a "
    "condition of the Art. 5(1)(h) exception, with national penalties): the default reading A6 "
    "makes it both, which is obligation art5_2 (ADR 0020)",
    "datecase.from.gpai_notification.0": "reading A19=due_from_2025 (the Art. 52(1) "
    "notification due from 2 August 2025): the default reading defers it for a legacy model "
    "with the model's other duties (Art. 111(3))",
    "role.third_country_provider.also_established_in_third_country": "reading "
    "A26=any_third_country_establishment (a provider established in the Union and also in a "
    "third country is one of the 'providers established in third countries', Art. 22(1)): the "
    "default reading reads 'not established in the Union' (recital 82; ADR 0028)",
    "gpai.third_country_provider.also_established_in_third_country": "reading "
    "A26=any_third_country_establishment, for Art. 54(1): the default reading reads 'not "
    "established in the Union' (recital 82; ADR 0028)",
    "legacy.placed_before_cutoff.reclassified_annex_i": "reading "
    "A30=provider_assessment_stands (the Art. 80(2) finding classifies nothing): an Annex I "
    "product found high-risk takes the Annex I route's Art. 111(2) cut-off for Art. 80(4)-(5); "
    "under the default reading A30=finding_sets_classification the finding makes it an Annex "
    "III system, which is rule legacy.placed_before_cutoff.reclassified (review80 D1, review82 "
    "D1, ADR 0032)",
    "legacy.placed_as_not_high_risk.a27": "reading A27=placed_as_not_high_risk (a system its "
    "provider placed as not high-risk under Art. 6(3) and the authority found high-risk is not "
    "a legacy high-risk system of Art. 111(2)): the default reading A27=legacy_high_risk "
    "shelters it (ADR 0029, ADR 0032 'Resolution of the review 12 defects')",
    "hr.annex_iii_other_than_point_2.not_in_point_2": "reading A31=any_point_2_listing (a "
    "system listed in Annex III point 2 is excepted from Arts. 27(1), 49(1), 49(3) and 86(1) "
    "even where it is also listed in another point): the default reading A31=point_2_alone "
    "excepts only a system listed in point 2 alone, which is rule hr.annex_iii_other_than_point_2 "
    "(ADR 0034)",
    "scope.provider_territorial.output_used_in_union.third_country": "reading "
    "A32=third_country_only (Art. 2(1)(c) reaches only a provider established or located in a "
    "third country): the default reading A32=reached reaches every provider whose system's "
    "output is used in the Union, which is rule scope.provider_territorial.output_used_in_union "
    "(ADR 0036)",
    "art5.provider_placing_reach.in_union": "reading A33=placing_in_union_only (the Art. 5 "
    "placing ban binds a provider only where it places the system on the Union market or puts "
    "it into service in the Union, Art. 3(9), 3(11)): the default reading A33=bound binds every "
    "provider the Act reaches, point (c) included, which is rule art5.provider_placing_reach "
    "(ADR 0036)",
    "obligation.art26_5_financial_whole": "reading A34=whole_first_subparagraph (Art. 26(5), "
    "second subparagraph, deems the whole first subparagraph fulfilled for a financial "
    "institution): the default reading A34=monitoring_only deems the monitoring only, which is "
    "obligation art26_5_financial (ADR 0038)",
    "scope.supplier_reach.system_in_union": "reading A35=system_in_union (the Art. 25(4) "
    "supplier is reached only where the system is placed on the market, put into service or "
    "used in the Union): the default reading A35=through_provider reaches the supplier wherever "
    "the provider it supplies is reached, which is rule scope.supplier_reach (ADR 0039)",
    "obligation.art25_4_supplier_not_operator": "reading A36=operators_only (Art. 99(4)(da) "
    "fines providers and operators only, a supplier that is no operator has no Art. 99 fine): "
    "the default reading A36=every_addressee fines every addressee of Art. 25(4) under point "
    "(da), which is obligation art25_4 (ADR 0040)",
    "hr.listed.5b.stated.fraud_purpose_excepts": "reading A40=fraud_purpose_excepts (every "
    "system also used to detect financial fraud is excepted from Annex III point 5(b)): the "
    "default reading A40=credit_purpose_kept excepts only a system used for fraud detection "
    "alone, which is rule hr.listed.5b.stated (ADR 0044)",
    "obligation.art21_2_national": "reading A38=national_only (the Art. 21(2) access to the "
    "logs is no obligation pursuant to Art. 16, national penalties only): the default reading "
    "A38=as_art16_k fines it under Art. 99(4)(a) through Art. 16(k), which is obligation "
    "art21_2 (ADR 0042)",
    "legacy.supplier_not_sheltered": "reading A45=operators_only (Art. 111(2) shelters only "
    "'operators of high-risk AI systems', Art. 3(8): a third-party supplier that is none is "
    "bound from the system's Chapter III date): the default reading A45=follows_provider has "
    "the supplier's Art. 25(4) duty follow the system's shelter, rule legacy.exempt_system "
    "(ADR 0048)",
}
"""Rules that cannot fire under the default reading, with the reason."""


def _ruleset(kind: Kind, law: LawVersion) -> RuleSet:
    from aiact.engine.compile import ruleset_for

    return ruleset_for(kind, law)


def reachability(kind: Kind, law: LawVersion | str, ruleset: RuleSet | None = None) -> list[Reach]:
    """For every rule of the rule set (obligations included), whether it can fire."""
    version = LawVersion.parse(law)
    rules = ruleset or _ruleset(kind, version)
    free = encoding(rules, None)
    fixed = encoding(rules, DEFAULT_INTERPRETATIONS, case=free.case)
    solver = z3.Solver()
    solver.add(*free.constraints(background=True))
    out = []
    for rule in rules.rules:
        value = free.rules[rule.id]
        fires = solver.check(_literal(solver, f"fires:{rule.id}", value.t)) == z3.sat
        default = fires and (
            solver.check(_literal(solver, f"fires_default:{rule.id}", fixed.rules[rule.id].t))
            == z3.sat
        )
        fails = solver.check(_literal(solver, f"fails:{rule.id}", value.f)) == z3.sat
        reason = None if fires else _why_not(solver, free, rule.id)
        out.append(Reach(rule.id, rule.concludes, version, kind, fires, default, fails, reason))
    return out


def _literal(solver: object, name: str, expr: object) -> object:
    literal = z3.Bool(name)
    solver.add(literal == expr)  # type: ignore[attr-defined]
    return literal


def _why_not(solver: object, enc: Encoding, rule_id: str) -> str:
    rule = enc.ruleset.rule_by_id[rule_id]
    parts = conjuncts(rule.condition)
    literals = {}
    for index, part in enumerate(parts):
        literals[_literal(solver, f"part:{rule_id}:{index}", encode(part, enc.value).t)] = part
    result = solver.check(*literals)  # type: ignore[attr-defined]
    if result != z3.unsat:  # pragma: no cover - only when the whole is impossible but no part
        return "its condition cannot be true"
    core = {str(c) for c in solver.unsat_core()}  # type: ignore[attr-defined]
    names = [str(part) for literal, part in literals.items() if str(literal) in core]
    if len(names) == 1:
        return f"{names[0]!r} can never be true in this version"
    return "these cannot all be true in one valid case: " + "; ".join(repr(n) for n in names)


def redundancies(
    kind: Kind, law: LawVersion | str, ruleset: RuleSet | None = None
) -> list[Redundancy]:
    """The rules whose removal would never change the value of their predicate."""
    version = LawVersion.parse(law)
    rules = ruleset or _ruleset(kind, version)
    enc = encoding(rules, None)
    solver = z3.Solver()
    solver.add(*enc.constraints(background=True))
    out = []
    for predicate in rules.order:
        own = rules.rules_for(predicate)
        if len(own) < 2:
            continue
        whole = enc.values[predicate]
        for rule in own:
            rest = k_or(enc.rules[r.id] for r in own if r.id != rule.id)
            differs = _literal(solver, f"differs:{rule.id}", z3.Not(whole.same(rest)))
            if solver.check(differs) == z3.unsat:
                out.append(
                    Redundancy(rule.id, predicate, version, kind, REDUNDANCY_NOTES.get(rule.id))
                )
    return out


@dataclass(frozen=True)
class ReachReport:
    reach: list[Reach]
    redundant: list[Redundancy]
    seconds: float


def report(
    kinds: Iterable[Kind] = ("system", "model"), laws: Iterable[LawVersion] = tuple(LawVersion)
) -> ReachReport:
    started = time.perf_counter()
    reach: list[Reach] = []
    redundant: list[Redundancy] = []
    for kind in kinds:
        for law in laws:
            reach += reachability(kind, law)
            redundant += redundancies(kind, law)
    return ReachReport(reach, redundant, time.perf_counter() - started)
