"""The legal invariants of the Act as reusable checks.

Each check takes one assessment (or two that differ in a known way) and raises
:class:`InvariantViolation` (an ``AssertionError``) with a message that names the conclusion, the
article and the values found. The docstring of each check gives its legal reason. Use them in your
own tests (see ``docs/testing.md``)::

    from aiact.testing import invariants
    invariants.check_assessment(my_app.assess(case))          # every single-assessment invariant
    invariants.check_monotone(with_unknowns, with_that_fact_known)
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from aiact.assessment import (
    MODEL_CATEGORIES,
    SYSTEM_CATEGORIES,
    Assessment,
    RiskTier,
    question_for,
)
from aiact.logic import Truth, evaluate, parse, truth_label
from aiact.penalties import Offender
from aiact.rules.definitions import SWITCHES
from aiact.timeline.transitional import Status

__all__ = [
    "SINGLE_CHECKS",
    "TIER_RANK",
    "InvariantViolation",
    "check_addressees_are_roles_held",
    "check_ai_office_reach",
    "check_art6_4_only_when_not_high_risk",
    "check_assessment",
    "check_derivations_sound",
    "check_engines_agree",
    "check_exposure_counts_only_binding_duties",
    "check_exposure_profile_monotone",
    "check_monotone",
    "check_open_questions_explained",
    "check_out_of_scope_has_no_obligations",
    "check_profiling_override_wins",
    "check_prohibited_has_no_high_risk_route",
    "check_roles_end_at_the_role_shift",
    "check_roles_only_add_obligations",
    "check_same_result",
    "check_same_tier_for_importer_and_distributor",
    "check_tier_not_lowered",
    "check_tier_on_the_date",
    "high_risk_obligations",
]


class InvariantViolation(AssertionError):
    """An assessment (or a pair) breaks a legal invariant; the message says which and why."""


def _fail(message: str, assessment: Assessment) -> InvariantViolation:
    subject = assessment.system if assessment.system is not None else assessment.model
    facts = {} if subject is None else subject.model_dump(mode="json", exclude_none=True)
    organisation = assessment.organisation.model_dump(mode="json", exclude_none=True)
    readings = assessment.interpretations.model_dump(mode="json", exclude_defaults=True)
    return InvariantViolation(
        f"{message}\n  as_of={assessment.as_of} law={assessment.law.value} "
        f"engine={assessment.engine}\n  interpretations={readings}\n"
        f"  organisation={organisation}\n  {assessment.kind}={facts}"
    )


TIER_RANK: dict[RiskTier, int] = {
    RiskTier.PROHIBITED: 4,
    RiskTier.HIGH_RISK: 3,
    RiskTier.TRANSPARENCY: 2,
    RiskTier.MINIMAL: 1,
    RiskTier.UNDETERMINED: 1,
    RiskTier.OUT_OF_SCOPE: 0,
    RiskTier.NOT_AN_AI_SYSTEM: 0,
    RiskTier.GPAI_SYSTEMIC_RISK: 2,
    RiskTier.GPAI: 1,
}
"""The order of the risk pyramid (higher is stricter). ``undetermined`` ranks with ``minimal``:
it is the tier when nothing higher is certain and the AI-system question itself is open."""


# --------------------------------------------------------------------------- single assessments


def high_risk_obligations(
    assessment: Assessment, gates: frozenset[str] | None = None
) -> frozenset[str]:
    """The ids of the obligations that apply (or may apply) here *only through the high-risk
    regime*: their condition becomes false once every ``duty.hr_*`` gate (Chapter III, Arts. 16-27)
    is taken to be false, the other facts of this assessment unchanged. With ``gates``, only
    those gates are taken to be false (the route of some roles)."""
    values = dict(assessment.evaluation.values)
    for name in values:
        if gates is not None:
            if name in gates:
                values[name] = False
        elif name.startswith("duty.hr_") or name == "duty.public_deployer":
            values[name] = False
    found = set()
    for result in assessment.obligations:
        if evaluate(parse(result.obligation.when), values) is False:
            found.add(result.id)
    return frozenset(found)


def check_prohibited_has_no_high_risk_route(assessment: Assessment) -> None:
    """A prohibited practice gets no high-risk compliance route.

    Art. 5(1) forbids placing on the market, putting into service and use outright; Chapter III
    (Arts. 8-49: conformity assessment, CE marking, registration) is the route by which a
    *permitted* high-risk system may be placed on the market (Art. 6, recital 46). So when a
    practice of Art. 5 certainly applies, the tier is ``prohibited`` and no high-risk obligation
    applies with certainty: there is no lawful way to comply. (A system outside the Act,
    e.g. exclusively military under Art. 2(3), has no tier of the pyramid at all.) The route is
    closed to the organisation the prohibition binds (``art5.binding``): Art. 5(1)(h) prohibits
    only the *use* of real-time remote biometric identification, so its provider keeps the
    high-risk route for a system that is lawful to place on the market (Annex III point 1(a)).
    The route is closed per role (docs/adr/0024): the roles that place on the market or put
    into service where that is prohibited (``art5.placing_prohibited``), the deployer where its
    use is (``art5.use_prohibited``); a role whose own activity is not prohibited (the
    authorised representative, the provider of a point (h) system that it also uses) keeps it.
    """
    if assessment.kind != "system" or assessment.value("art5.any") is not True:
        return
    tier = assessment.classification_tier  # apart from the date: (ba)/(bb) apply later
    if assessment.in_scope is True and tier is not RiskTier.PROHIBITED:
        raise _fail(f"art5.any is true but the classification is {tier.value} (Art. 5)", assessment)
    closed: set[str] = set()
    if assessment.value("art5.placing_prohibited") is True:
        closed |= {"duty.hr_provider", "duty.hr_importer", "duty.hr_distributor"}
    if assessment.value("art5.use_prohibited") is True:
        closed |= {"duty.hr_deployer", "duty.public_deployer"}
    if not closed:
        return
    route = high_risk_obligations(assessment, frozenset(closed))
    offered = [r.id for r in assessment.obligations if r.applies is True and r.id in route]
    if offered:
        raise _fail(
            f"a prohibited practice (Art. 5) is offered the high-risk compliance route: {offered}",
            assessment,
        )


def check_profiling_override_wins(assessment: Assessment) -> None:
    """The profiling override always wins over the Art. 6(3) derogation.

    Art. 6(3), third subparagraph: "Notwithstanding the first subparagraph, an AI system referred
    to in Annex III shall always be considered to be high-risk where the AI system performs
    profiling of natural persons." So when an Annex III system profiles, the derogation is false
    and the system is high-risk under Art. 6(2), whatever conditions (a)-(d) say.
    """
    if assessment.kind != "system" or assessment.value("hr.profiling_override") is not True:
        return
    for name, expected in (
        ("hr.derogation", False),
        ("hr.annex_iii", True),
        ("hr.high_risk", True),
    ):
        found = assessment.value(name)
        if found is not expected:
            raise _fail(
                f"profiling override (Art. 6(3), third subparagraph) holds but {name} is "
                f"{truth_label(found)}, expected {truth_label(expected)}",
                assessment,
            )


def check_addressees_are_roles_held(assessment: Assessment) -> None:
    """Every obligation binds a role the organisation holds.

    Each obligation of the Act is addressed to an operator in a role (provider, deployer,
    importer, distributor, authorised representative, product manufacturer: Art. 3(3)-(8),
    Art. 2(1)(e); for models Arts. 53-54). An obligation that certainly applies must name an
    addressee whose role certainly holds (after the Art. 25 role shift); one that may apply must
    name an addressee whose role may hold.
    """
    for result in assessment.obligations:
        held = [assessment.value(a.predicate) for a in result.obligation.addressees]
        if result.applies is True and True not in held:
            raise _fail(
                f"obligation {result.id} ({result.obligation.source}) applies, but none of its "
                f"addressees {[a.value for a in result.obligation.addressees]} is a role held "
                f"(roles: {assessment.roles})",
                assessment,
            )
        if result.applies is None and all(v is False for v in held):
            raise _fail(
                f"obligation {result.id} ({result.obligation.source}) may apply, but the "
                f"organisation certainly holds none of its addressee roles",
                assessment,
            )


def check_out_of_scope_has_no_obligations(assessment: Assessment) -> None:
    """A system outside the Act has no obligations under it.

    Art. 2(1) defines to whom and to what the Regulation applies and Art. 2(3)-(12) excludes
    systems from it; a system that is not an AI system (Art. 3(1)) or that falls outside Art. 2
    is not subject to any of its obligations. For a model: something that is not a general-purpose
    AI model (Art. 3(63)) has none of the obligations of Chapter V.
    """
    if assessment.in_scope is not False:
        return
    if assessment.obligations:
        raise _fail(
            "out of scope (Art. 2 / Art. 3(1) / Art. 3(63)) but obligations apply or may apply: "
            f"{[(r.id, truth_label(r.applies)) for r in assessment.obligations]}",
            assessment,
        )


def _explained_targets(assessment: Assessment) -> list[tuple[str, str]]:
    """(label, predicate) of every classification category and every obligation whose conditions
    hold or may hold: what an assessment explains. That includes an obligation that never binds
    this system on the facts given (:attr:`Assessment.not_binding`, Art. 111(2), first sentence):
    whether its conditions are met is still reported, so its open conditions are still asked
    (never25, review81 D1)."""
    table = SYSTEM_CATEGORIES if assessment.kind == "system" else MODEL_CATEGORIES
    targets = [(key, predicate) for key, predicate, _, _ in table]
    targets += [
        (r.id, r.obligation.predicate)
        for r in assessment.obligation_results
        if r.applies is not False
    ]
    return targets


def check_derivations_sound(assessment: Assessment) -> None:
    """Every explanation shows a real reason.

    A derivation must give the conclusion the value the assessment found, and each rule step must
    be decided by the premises it names as decisive (``because``): with only those premises known,
    the rule's condition has the value shown. A true conclusion shows at least one rule that
    holds. This is what lets a reader trust that the cited articles and facts are why a result
    holds (the Kleene semantics of :mod:`aiact.logic`).
    """
    seen: set[int] = set()
    for label, predicate in _explained_targets(assessment):
        derivation = assessment.explain(label)
        value = assessment.evaluation.values.get(predicate)
        if derivation.value is not value:
            raise _fail(
                f"the derivation of {label} says {truth_label(derivation.value)}, the assessment "
                f"{truth_label(value)}",
                assessment,
            )
        if value is True and not derivation.steps:
            raise _fail(f"{label} holds, but its derivation shows no rule", assessment)
        stack = [derivation]
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            for step in node.steps:
                known = {p.name: p.value for p in step.premises if p.name in step.because}
                if evaluate(step.rule.condition, known) is not step.value:
                    raise _fail(
                        f"rule {step.rule.id} ({step.rule.source}) is "
                        f"{truth_label(step.value)}, but its decisive premises {known} do not "
                        "decide that",
                        assessment,
                    )
                stack.extend(p.derivation for p in step.premises if p.derivation is not None)


def check_open_questions_explained(assessment: Assessment) -> None:
    """The open questions are exactly the unknown facts under the undetermined conclusions.

    A conclusion is undetermined under Kleene logic only because some input facts beneath it are
    unknown; those facts, as input fields, are the questions to ask, and nothing else is. So each
    undetermined category or obligation lists the fields of the unknown facts of its derivation,
    and every open question names the conclusions it bears on.
    """
    expected: dict[str, set[str]] = {}
    for label, _ in _explained_targets(assessment):
        derivation = assessment.explain(label)
        if derivation.value is not None:
            continue
        for fact in derivation.unknown_facts():
            if not fact.startswith("interp."):
                expected.setdefault(question_for(fact), set()).add(label)
    # An obligation that applies but whose date is undetermined (its status too, or not: every
    # date the unknowns allow may lie ahead): the unknown facts under the undetermined cases of
    # its date rule, and the unknown input dates.
    for result in assessment.obligations:
        if result.applies is not True or result.applies_from is not None:
            continue
        if result.timing is not None and assessment.dates.result(result.timing.rule).determined:
            continue  # no date because it never applies (not_applicable): nothing is open
        date = assessment.explain_date(result.id)
        for fact in date.unknown_facts():
            if not fact.startswith("interp."):
                expected.setdefault(question_for(fact), set()).add(result.id)
        for field in assessment.dates.unknown_inputs(date.name):
            expected.setdefault(field, set()).add(result.id)
    found = {q.fact: set(q.affects) for q in assessment.open_questions}
    if found != expected:
        raise _fail(
            f"open questions {sorted(found.items())} differ from the unknown facts under the "
            f"undetermined conclusions {sorted(expected.items())}",
            assessment,
        )


def check_tier_on_the_date(assessment: Assessment) -> None:
    """The tier on ``as_of`` is never higher than the classification apart from the date, and
    the dated changes lead to it.

    A classification provision cannot make a system prohibited or high-risk before it applies
    (Art. 113: Art. 5(1)(ba)/(bb) from 2 December 2026, Art. 6 with Chapter III Sections 1-3 from
    the dates of point (c)); once every date has passed, the tier is the classification. The
    changes ahead are in date order, after ``as_of``, each a real change.
    """
    on_date, apart = assessment.risk_tier, assessment.classification_tier
    if TIER_RANK[on_date] > TIER_RANK[apart]:
        raise _fail(
            f"the tier on {assessment.as_of} ({on_date.value}) is higher than the classification "
            f"apart from the date ({apart.value})",
            assessment,
        )
    changes = assessment.tier_changes
    days = [c.date for c in changes]
    if days != sorted(set(days)) or any(d <= assessment.as_of for d in days):
        raise _fail(f"the tier changes are not dated after as_of in order: {days}", assessment)
    previous = (on_date, assessment.possible_tiers)
    for change in changes:
        if (change.tier, change.possible_tiers) == previous:
            raise _fail(f"a tier change on {change.date} changes nothing", assessment)
        previous = (change.tier, change.possible_tiers)
    last = changes[-1].tier if changes else on_date
    last_possible = changes[-1].possible_tiers if changes else assessment.possible_tiers
    if (last, last_possible) != (apart, assessment.possible_classification_tiers):
        raise _fail(
            f"after every dated change the tier is {last.value} {last_possible}, not the "
            f"classification {apart.value} {assessment.possible_classification_tiers}",
            assessment,
        )


def check_exposure_counts_only_binding_duties(assessment: Assessment) -> None:
    """The exposure on ``as_of`` counts only the obligations that bind the system on that day.

    Art. 99(1): Member States lay down penalties "for infringements of this Regulation by
    operators"; Art. 101(1) fines providers that "infringed the relevant provisions of this
    Regulation". A duty that does not apply yet (Art. 113, Art. 111) cannot be infringed, so it
    adds nothing to the exposure on that day; it is listed as not yet binding.
    """
    by_id = {r.id: r for r in assessment.obligations}
    exposure = assessment.exposure
    for row in exposure.obligations:
        result = by_id.get(row.obligation_id)
        if result is None or result.applies is not True or result.status is not Status.IN_FORCE:
            raise _fail(
                f"obligation {row.obligation_id} counts toward the exposure on "
                f"{assessment.as_of} but does not certainly bind on that day",
                assessment,
            )
    for obligation_id in exposure.not_yet_binding:
        if by_id[obligation_id].status is not Status.UPCOMING:
            raise _fail(
                f"{obligation_id} is listed as not yet binding but is not upcoming", assessment
            )
    counted = {row.obligation_id for row in exposure.obligations}
    # A permission or a limitation binds nobody and cannot be infringed (Art. 99(1); ADR 0050,
    # 0051): it is never counted.
    for result in assessment.obligations:
        if not result.obligation.binds:
            continue
        if result.applies is True and result.status is Status.IN_FORCE and result.id not in counted:
            raise _fail(f"{result.id} binds on {assessment.as_of} but is not counted", assessment)


def check_exposure_profile_monotone(assessment: Assessment) -> None:
    """The exposure profile starts on ``as_of`` with the exposure on that day, runs in date
    order, and within one version of the Act only grows: an obligation that binds keeps binding
    (the dates of Arts. 111 and 113 only start duties), and fine provisions only start to apply
    (Art. 101 and Art. 75c on 2 August 2026). So the highest ceiling never falls from one point
    to the next.

    Exception, reported rather than guessed: before the AI Office (Art. 75c(4)), a public body's
    ceiling is undetermined (Art. 99(8) is not among the paragraphs Art. 75c(4) applies), so a
    public body's known maximum may drop out when the AI Office becomes competent.
    """
    profile = assessment.exposure_profile
    points = profile.points
    if not points or points[0].date != assessment.as_of:
        raise _fail("the exposure profile does not start on as_of", assessment)
    if points[0].max_ceiling != assessment.exposure.max_ceiling:
        raise _fail("the first point of the profile is not the exposure on as_of", assessment)
    days = [p.date for p in points]
    if days != sorted(set(days)):
        raise _fail(f"the exposure profile is not in date order: {days}", assessment)
    public_office = (
        assessment.exposure.offender is Offender.PUBLIC_BODY
        and assessment._exposure_options.ai_office_competent is not False
    )
    for before, after in itertools.pairwise(points):
        lost = set(before.binding) - set(after.binding)
        if lost:
            raise _fail(f"obligations stop binding on {after.date}: {sorted(lost)}", assessment)
        if public_office:
            continue
        if (
            before.max_ceiling is not None
            and after.max_ceiling is not None
            and after.max_ceiling < before.max_ceiling
        ):
            raise _fail(
                f"the highest ceiling falls from {before.max_ceiling} ({before.date}) to "
                f"{after.max_ceiling} ({after.date})",
                assessment,
            )
        if (
            before.max_ceiling is not None
            and after.max_ceiling is None
            and not set(after.undetermined) & set(before.binding)
        ):
            raise _fail(
                f"the highest ceiling disappears on {after.date} without an undetermined "
                "ceiling to explain it",
                assessment,
            )


SINGLE_CHECKS: tuple[Callable[[Assessment], None], ...] = (
    check_prohibited_has_no_high_risk_route,
    check_profiling_override_wins,
    check_addressees_are_roles_held,
    check_out_of_scope_has_no_obligations,
    check_derivations_sound,
    check_open_questions_explained,
    check_tier_on_the_date,
    check_exposure_counts_only_binding_duties,
    check_exposure_profile_monotone,
)
"""Every invariant that one assessment must satisfy on its own."""


def check_assessment(
    assessment: Assessment, checks: Iterable[Callable[[Assessment], None]] = SINGLE_CHECKS
) -> None:
    """Run every single-assessment invariant (or those given) on ``assessment``."""
    for check in checks:
        check(assessment)


# --------------------------------------------------------------------------- pairs


def check_tier_not_lowered(before: Assessment, after: Assessment) -> None:
    """Adding an Annex III use never lowers the risk tier.

    Art. 6(2): a system referred to in Annex III is high-risk; Art. 6(3) can only take it out for
    the use it considers. A further intended use never removes a practice of Art. 5 or a duty
    of Art. 50, and can only add to the grounds of Art. 6(2). ``after`` is ``before`` with one more
    Annex III point.
    """
    if TIER_RANK[after.risk_tier] < TIER_RANK[before.risk_tier]:
        raise _fail(
            f"adding an Annex III point lowered the tier from {before.risk_tier.value} to "
            f"{after.risk_tier.value} (Art. 6(2))",
            after,
        )


def check_monotone(less_known: Assessment, more_known: Assessment) -> None:
    """Making an unknown fact known never turns a true or false conclusion into its opposite.

    Principle 3 of the design (three-valued facts): every conclusion is true, false or
    undetermined under Kleene's strong logic, which is monotone in the information order. A
    conclusion that is already decided with a fact unknown holds for every value of that fact, so
    learning the fact cannot reverse it. ``more_known`` is ``less_known`` with one or more
    unknown facts made known (same date, law and readings).

    The switches of a direct answer (``answered.*`` and the rules that read it, see
    :data:`aiact.rules.definitions.SWITCHES`) change by design when the answer is given; what they
    feed is checked, and it is monotone because a contradicting answer is refused.
    """
    for kind, low, high in (
        ("value", less_known.evaluation.values, more_known.evaluation.values),
        ("rule", less_known.evaluation.rule_values, more_known.evaluation.rule_values),
    ):
        for name, value in low.items():
            if name in SWITCHES:
                continue  # a direct answer's switch (issue 13: rules/definitions.py)
            if value is not None and high.get(name) is not value:
                raise _fail(
                    f"{kind} {name} was {truth_label(value)} with less known and is "
                    f"{truth_label(high.get(name))} with more known (Kleene monotonicity)",
                    more_known,
                )


def check_roles_only_add_obligations(fewer: Assessment, more: Assessment) -> None:
    """Adding a role only adds obligations.

    Obligations attach to roles (Art. 3(3)-(8); Arts. 16, 22-27): holding a further role adds the
    obligations addressed to it, and never discharges the obligations of a role already held.
    An Art. 5 prohibition closes the high-risk route only of the role whose own activity it
    prohibits (docs/adr/0024), so a further role bound by it loses nothing of the others.
    Under A45=operators_only Art. 111(2) shelters only "operators" (Art. 3(8)): a third-party
    supplier of a legacy system that takes on an operator role comes under the shelter, and the
    entries of ``role_sheltered`` may go where their name turned from true to not true (ADR 0048).
    ``more`` is ``fewer`` with one declared role turned from false or unknown to true.
    """
    from aiact.logic import evaluate, parse
    from aiact.obligations.catalogue import role_sheltered, same_duty, same_duty_condition

    before = {r.id for r in fewer.obligations if r.applies is True}
    after = {r.id for r in more.obligations if r.applies is True}
    possible = {r.id for r in more.obligations if r.applies is not False}

    def split_open(i: str) -> bool:
        # Both entries unknown, and the duty they share holds: only the fact that splits them
        # is open (review34: not where the added role made the duty itself unknown).
        condition = same_duty_condition()[i]
        return evaluate(parse(condition), more.evaluation.values) is True

    # The same duty under another entry counts as kept (A36: a supplier that takes on an
    # operator role keeps its Art. 25(4) duty, now fined under art25_4), also where the added
    # role leaves open the fact that splits them (both entries unknown, the shared duty true).
    def sheltered(i: str) -> bool:
        # A45=operators_only: the added role made the supplier an operator, whom Art. 111(2)
        # shelters.
        name = role_sheltered().get(i)
        if name is None:
            return False
        condition = parse(name)
        return (
            evaluate(condition, fewer.evaluation.values) is True
            and evaluate(condition, more.evaluation.values) is not True
        )

    lost = sorted(
        i
        for i in before - after
        if not same_duty().get(i, frozenset()) & after
        and not (i in possible and same_duty().get(i, frozenset()) & possible and split_open(i))
        and not sheltered(i)
    )
    if lost:
        raise _fail(f"adding a role removed obligations: {lost}", more)


def check_engines_agree(first: Assessment, second: Assessment) -> None:
    """The two engines give one answer (design principle 5): the value of every fact and
    conclusion, and of every rule, is the same whichever engine evaluated the declarations."""
    for kind, a, b in (
        ("values", first.evaluation.values, second.evaluation.values),
        ("rule_values", first.evaluation.rule_values, second.evaluation.rule_values),
    ):
        if dict(a) != dict(b):
            diff = sorted(
                (k, truth_label(a.get(k)), truth_label(b.get(k)))
                for k in set(a) | set(b)
                if a.get(k) is not b.get(k)
            )
            raise _fail(
                f"{first.engine} and {second.engine} disagree on {kind}: {diff[:10]}", first
            )


def check_same_result(first: Assessment, second: Assessment) -> None:
    """Two assessments of the same facts give the same result, byte for byte (``to_json``):
    the law is a pure function of the facts, the date, the version and the readings."""
    a, b = first.to_json(), second.to_json()
    if a != b:
        import difflib

        diff = "\n".join(
            list(difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm=""))[:40]
        )
        raise _fail(f"the same input gave different results:\n{diff}", first)


def truth(value: Truth) -> str:
    """``true``/``false``/``unknown`` (re-exported for messages in user tests)."""
    return truth_label(value)


# --------------------------------------------------------------- second reading (issue 12)


def check_art6_4_only_when_not_high_risk(assessment: Assessment) -> None:
    """Art. 6(4) documentation and the Art. 49(2) registration are for "a provider who considers
    that an AI system referred to in Annex III is not high-risk": never for a system that is
    high-risk on another ground (Art. 6(1) and Annex I)."""
    if assessment.kind != "system":
        return
    for oid in ("art6_4", "art49_2"):
        if assessment.obligation(oid).applies is True and assessment.value("hr.high_risk"):
            raise _fail(f"{oid} applies to a high-risk system (Art. 6(4))", assessment)


def check_roles_end_at_the_role_shift(assessment: Assessment) -> None:
    """An importer or distributor that becomes the provider under Art. 25(1) is no longer an
    importer or distributor of that system (Art. 3(6)-(7): "other than the provider")."""
    if assessment.kind != "system" or assessment.value("role.shifted_provider") is not True:
        return
    for role in ("importer", "distributor"):
        if assessment.roles.get(role) is not False:
            raise _fail(
                f"role {role} is {truth_label(assessment.roles.get(role))} after the Art. 25(1) "
                "role shift (Art. 3(6)-(7))",
                assessment,
            )


def check_ai_office_reach(assessment: Assessment) -> None:
    """Amended Art. 75(1), second subparagraph: the AI Office's competence applies to the
    providers of the systems concerned, and to deployers "only when they are also the provider or
    form part of the same undertaking as the provider"."""
    if assessment.kind != "system" or assessment.law.name != "AMENDED":
        return
    if assessment.value("ai_office.competent") is not True:
        return
    related = assessment.value("context.deployer_same_undertaking_as_provider")
    if assessment.roles.get("provider") is not True and related is not True:
        raise _fail(
            "the AI Office is competent for an organisation that is neither the provider nor in "
            "its undertaking (Art. 75(1))",
            assessment,
        )


def check_same_tier_for_importer_and_distributor(importer: Assessment, other: Assessment) -> None:
    """Whether a practice falls under Art. 5 (and every other tier) is a property of the system:
    the importer and a distributor of the same system get the same risk tier (issue 12, item 8).
    ``other`` is ``importer`` with the importer role replaced by the distributor role."""
    if importer.risk_tier is not other.risk_tier:
        raise _fail(
            f"the importer's tier is {importer.risk_tier.value}, the distributor's "
            f"{other.risk_tier.value} (Art. 5(1): a property of the practice)",
            other,
        )
