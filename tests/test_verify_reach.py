"""Reachability and redundancy of the rules, for every case (issue 19, part 5)."""

from __future__ import annotations

import pytest

pytest.importorskip("z3", reason="the verify extra (z3-solver) is not installed")

from aiact.verify.reach import (
    DEFAULT_READING_NOTES,
    UNREACHABLE_NOTES,
    reachability,
    redundancies,
)
from aiact.versions import LawVersion

_RUNS = [
    pytest.param(kind, law, id=f"{kind}-{law.name.lower()}")
    for kind in ("system", "model")
    for law in LawVersion
]


@pytest.mark.parametrize(("kind", "law"), _RUNS)
def test_every_rule_and_obligation_can_fire(kind: str, law: LawVersion) -> None:
    found = reachability(kind, law)  # type: ignore[arg-type]
    dead = [
        f"{r.rule}: {r.reason}"
        for r in found
        if not r.can_fire and (law, r.rule) not in UNREACHABLE_NOTES
    ]
    assert not dead, "rules that no valid case can fire:\n" + "\n".join(dead)
    always = [r.rule for r in found if not r.can_fail]
    assert not always, f"rules that fire in every case: {always}"
    only_other_readings = {r.rule for r in found if r.can_fire and not r.under_default_reading}
    assert only_other_readings <= set(DEFAULT_READING_NOTES)
    obligations = [r for r in found if r.rule.startswith("obligation.")]
    assert obligations and all(r.can_fire for r in obligations)


@pytest.mark.parametrize(("kind", "law"), _RUNS)
def test_no_rule_is_redundant_without_a_note(kind: str, law: LawVersion) -> None:
    unexplained = [r for r in redundancies(kind, law) if r.note is None]  # type: ignore[arg-type]
    assert not unexplained, [f"{r.rule} adds nothing to {r.predicate}" for r in unexplained]


def test_a_dead_rule_is_found_with_its_reason() -> None:
    from aiact.engine.compile import ruleset_for
    from aiact.verify import with_rules

    law = LawVersion.AMENDED
    base = ruleset_for("system", law)
    rules = "roles.importer and roles.provider and role.deployer"
    broken = with_rules(base, replace={"role.operator": rules})
    found = {r.rule: r for r in reachability("system", law, broken)}
    assert not found["role.operator"].can_fire
    reason = found["role.operator"].reason or ""
    # Art. 3(6): an importer is not the provider (a validator of the input model).
    assert "roles.importer" in reason and "roles.provider" in reason
    assert "role.deployer" not in reason


def test_a_redundant_rule_is_found() -> None:
    from aiact.engine.compile import ruleset_for
    from aiact.ruleset import Rule
    from aiact.verify import with_rules

    law = LawVersion.AMENDED
    base = ruleset_for("system", law)
    extra = Rule(
        id="hr.high_risk.again",
        concludes="hr.high_risk",
        when="hr.annex_iii and hr.annex_iii_listed",
        source="Art. 6(2)",
        title_en="Again",
        title_nl="Opnieuw",
    )
    broken = with_rules(base, add=[extra])
    # Each of the two is redundant given the other.
    found = {r.rule for r in redundancies("system", law, broken) if r.note is None}
    assert found == {"hr.high_risk.again", "hr.high_risk.annex_iii"}
