"""The legal invariants proved for every case (issue 19, part 2), the property language, and a
deliberately broken rule caught with a counterexample.

The invariants of ``aiact.testing.invariants`` are proved for both law versions under every
reading of the open questions. Two are false as stated: the proof's counterexample is fed to the
hypothesis kit's own check, which must raise on it (so the finding is real, not an artefact of
the translation), and a refined invariant is proved in its place.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

pytest.importorskip("z3", reason="the verify extra (z3-solver) is not installed")

from click.testing import CliRunner

from aiact.case import dump_case, load_case
from aiact.cli import main
from aiact.engine.compile import ruleset_for
from aiact.engine.dates import UNKNOWN
from aiact.engine.native import NATIVE
from aiact.ruleset import Rule
from aiact.testing import invariants as kit
from aiact.verify import PropertySyntaxError, parse_property, prove, with_rules
from aiact.verify.cases import case_atoms
from aiact.verify.invariants import INVARIANTS, NOT_PORTED
from aiact.versions import LawVersion

_RUNS = [
    pytest.param(invariant, kind, law, id=f"{invariant.name}-{kind}-{law.name.lower()}")
    for invariant in INVARIANTS
    for kind in invariant.kinds
    for law in invariant.laws
]


@pytest.mark.parametrize(("invariant", "kind", "law"), _RUNS)
def test_invariant(invariant, kind, law) -> None:  # type: ignore[no-untyped-def]
    proof = invariant.run(kind, law, None)
    if invariant.holds:
        assert proof.proved, proof.summary() + f"\n{proof.counterexample}"
        return
    # A finding: the invariant as the kit states it is false. Its counterexample must break the
    # kit's own check when assessed by the engine.
    assert not proof.proved, f"{invariant.name} now holds: update its finding ({proof.summary()})"
    example = proof.counterexample
    assert example is not None and example.second is not None
    check = getattr(kit, invariant.ports)
    with pytest.raises(kit.InvariantViolation):
        check(example.case.assess(), example.second.assess())


def test_every_invariant_of_the_kit_is_ported_or_explained() -> None:
    ported = {invariant.ports for invariant in INVARIANTS}
    checks = {name for name in kit.__all__ if name.startswith("check_")} - {"check_assessment"}
    assert checks == ported | set(NOT_PORTED)


# --------------------------------------------------------------------------- the language


@pytest.mark.parametrize(
    "text",
    [
        "true(a) implies false(b) and unknown(c) or known(d)",
        "not possible(a or (b and not c)) => tier(high_risk, prohibited)",
        "placed_on_market < 2027-12-02 and significant_change + 30 >= placed_on_market",
        "(true(a) or true(b)) and never > placed_on_market - 1",
        "applies_from(art26_1) >= 2027-12-02 and classification(high_risk) => as_of < date(x.y)",
    ],
)
def test_properties_parse(text: str) -> None:
    parse_property(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a implies true(b)", "is not a test or a date"),
        ("true(a and)", "in true"),
        ("tier(sky_high)", "unknown tier"),
        ("true(a) and", "too early"),
        ("placed_on_market < 2027-13-01", "not a date"),
        ("true(a) b", "unexpected"),
    ],
)
def test_property_syntax_errors_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(PropertySyntaxError, match=message):
        parse_property(text)


def test_a_date_property_is_proved_and_its_refutation_shows_the_date() -> None:
    # Art. 111(2): a legacy system was placed before the cut-off (2 Aug 2028 at the latest).
    grace = "true(legacy.art111_2_grace) implies placed_on_market < "
    assert prove(grace + "2028-08-02", law="amended")
    proof = prove(grace + "2027-12-02", law="amended")
    assert not proof.proved and proof.counterexample is not None
    system = proof.counterexample.case.system
    assert system is not None
    # "placed on the market or put into service" (Art. 111(2)): the counterexample states either
    # date, and the first of them is on or after 2 Dec 2027 (or only the putting into service is
    # stated, and the placing date the property compares is unknown).
    stated = [d for d in (system.placed_on_market, system.put_into_service) if d is not None]
    assert stated
    if system.placed_on_market is not None:
        assert system.placed_on_market.isoformat() >= "2027-12-02"
    assert proof.counterexample.case.assess().value("legacy.art111_2_grace") is True


def test_a_counterexample_is_a_case_file_that_aiact_assess_reproduces(tmp_path: Path) -> None:
    proof = prove("tier(minimal) implies false(hr.high_risk)", law="original")
    assert not proof.proved and proof.counterexample is not None
    path = tmp_path / "counterexample.json"
    path.write_text(dump_case(proof.counterexample.case), encoding="utf-8")
    result = CliRunner().invoke(main, ["assess", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["classification"]["risk_tier"] == "minimal"
    assessment = load_case(path).assess()
    assert assessment.value("hr.high_risk") is None
    # Minimised: no stated field can be dropped (each one is needed for the counterexample).
    assert len(proof.counterexample.stated) <= 8


# --------------------------------------------------------------------------- mutation


def _mutated(law: LawVersion, rule_id: str, when: str) -> object:
    return with_rules(ruleset_for("system", law), replace={rule_id: when})


@pytest.mark.parametrize("law", list(LawVersion))
def test_a_broken_rule_is_caught_with_a_counterexample(law: LawVersion) -> None:
    """Drop the profiling override from the Art. 6(3) derogation: the proof of the profiling
    invariant fails, and its counterexample, evaluated with the broken rule set by the native
    engine, shows the derogation applying to a profiling system."""
    broken = _mutated(
        law,
        "hr.derogation",
        "hr.annex_iii_listed and hr.derogation_condition "
        "and (derogation.no_significant_risk or not interp.a7_require_no_significant_risk)",
    )
    run = next(i for i in INVARIANTS if i.ports == "check_profiling_override_wins").run
    proof = run("system", law, broken)  # type: ignore[arg-type]
    assert not proof.proved
    assert proof.counterexample is not None
    case = proof.counterexample.case
    values = NATIVE.evaluate(broken, case_atoms(case, law)).values  # type: ignore[arg-type]
    assert values["hr.profiling_override"] is True
    assert values["hr.derogation"] is not False
    # The real rules do not break on the same case.
    assert case.assess().value("hr.derogation") is False


def test_a_broken_obligation_is_caught() -> None:
    """An obligation whose condition forgets its addressee's role: the addressee invariant
    finds a case where it applies to an organisation that does not hold the role."""
    law = LawVersion.AMENDED
    broken = _mutated(law, "obligation.art26_1", "duty.hr_system")
    run = next(i for i in INVARIANTS if i.ports == "check_addressees_are_roles_held").run
    proof = run("system", law, broken)  # type: ignore[arg-type]
    assert not proof.proved and proof.counterexample is not None
    values = NATIVE.evaluate(broken, case_atoms(proof.counterexample.case, law)).values  # type: ignore[arg-type]
    assert values["obligation.art26_1"] is not False
    assert values["role.deployer"] is not True


def test_rules_of_your_own() -> None:
    """A user's own rule set (a rule added to the library's)."""
    law = LawVersion.AMENDED
    base = ruleset_for("system", law)
    extra = Rule(
        id="my.flag_for_review",
        concludes="my.flag_for_review",
        when="hr.high_risk and org.kind.public_authority",
        source="Art. 26(8)",
        title_en="Review",
        title_nl="Controle",
    )
    mine = with_rules(base, add=[extra])
    assert (
        prove("true(my.flag_for_review) implies true(duty.public_deployer)", ruleset=mine)
        is not None
    )
    assert prove("true(my.flag_for_review) implies true(hr.high_risk)", ruleset=mine)


def test_a_date_valued_conclusion_is_compared_for_every_case() -> None:
    """Art. 113, third paragraph, point (d) as amended: the high-risk duties of Art. 26 apply
    from 2 December 2027 at the earliest (Annex III), whatever the case and the reading, once
    the significant change is known (a day, or ``none``: never, later than every day). Left
    empty it is not known (round 13), and for a system placed before the Art. 111(2) cut-off
    the date then is not known either (the later of the change and the date of application):
    an unknown value satisfies no comparison, as the engine reports it."""
    known_change = "(significant_change = never or significant_change < never)"
    assert prove(f"{known_change} implies applies_from(art26_1) >= 2027-12-02", law="amended")
    proof = prove("applies_from(art26_1) >= 2027-12-02", law="amended")
    assert not proof.proved and proof.counterexample is not None
    system = proof.counterexample.case.system
    assert system is not None and system.significant_change is None
    assert UNKNOWN in proof.counterexample.case.assess().date("from.high_risk").values
    # Art. 113, third paragraph, point (a): the prohibitions from 2 February 2025, the new
    # points (ba) and (bb) from 2 December 2026; "never" is possible (no tier prohibited).
    proof = prove("date(tier.prohibited) <= 2026-12-02", law="amended")
    assert not proof.proved and proof.counterexample is not None
    values = proof.counterexample.case.assess().date("tier.prohibited").values
    assert any(not isinstance(v, dt.date) or v > dt.date(2026, 12, 2) for v in values)


def test_the_tier_on_the_day_assessed() -> None:
    """Before 2 December 2026 no case is prohibited under the new points (ba)/(bb) alone
    (Art. 113, third paragraph, point (a) as amended): the tier on the date is at most the
    classification."""
    assert prove("tier(prohibited) implies classification(prohibited)", law="amended")
    assert prove("as_of < 2025-02-02 implies not tier(prohibited)", law="amended")
