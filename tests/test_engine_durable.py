"""The durable-rules (Rete) engine: hand-written cases, the unavailable error, and hardening.

The differential test (tests/test_differential.py) holds the engine to the native engine over
thousands of generated cases; these tests pin concrete cases, the error where durable-rules is
missing, and the robustness the engine promises (no session leak, thread safety).
"""

from __future__ import annotations

import random
import sys
import threading
from collections.abc import Mapping

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from aiact.atoms import model_input_names, system_atoms, system_input_names
from aiact.engine import EngineUnavailableError, get_engine
from aiact.engine import durable as durable_module
from aiact.engine.native import NATIVE
from aiact.facts import (
    AISystem,
    AnnexIIIFacts,
    AnnexIIIPoint,
    Derogation,
    Exclusions,
    Organisation,
    OrganisationKind,
    Roles,
)
from aiact.interpretations import Interpretations
from aiact.logic import Truth, atoms
from aiact.rules import MODEL_RULES, SYSTEM_RULES
from aiact.ruleset import Rule, RuleSet, compile_rules
from aiact.versions import LawVersion

try:
    ENGINE = durable_module.durable_engine()
except EngineUnavailableError as error:  # pragma: no cover - depends on the interpreter
    pytest.skip(
        f"durable-rules is not available here ({error}); the native engine is tested elsewhere",
        allow_module_level=True,
    )


@pytest.fixture(scope="module", params=list(LawVersion), ids=lambda law: law.name.lower())
def system_rules(request: pytest.FixtureRequest) -> RuleSet:
    return compile_rules(SYSTEM_RULES, request.param, system_input_names())


def assert_same(ruleset: RuleSet, inputs: Mapping[str, Truth]) -> None:
    native = NATIVE.evaluate(ruleset, inputs)
    durable = ENGINE.evaluate(ruleset, inputs)
    assert durable.engine == "durable"
    assert dict(durable.values) == dict(native.values)
    assert dict(durable.rule_values) == dict(native.rule_values)


def random_inputs(ruleset: RuleSet, seed: int) -> dict[str, Truth]:
    rnd = random.Random(seed)
    return {name: rnd.choice((True, False, None)) for name in sorted(ruleset.inputs)}


def high_risk_deployer() -> dict[str, Truth]:
    """A private employer deploying a recruitment system (Annex III, point 4(a))."""
    system = AISystem(
        is_ai_system=True,
        roles=Roles(provider=False, deployer=True),
        exclusions=Exclusions(
            placed_or_used_in_eu=True,
            exclusively_military_defence_national_security=False,
            sole_purpose_scientific_research=False,
        ),
        annex_iii=AnnexIIIFacts(points=(AnnexIIIPoint.EMPLOYMENT_RECRUITMENT,)),
        derogation=Derogation(
            narrow_procedural_task=False,
            improves_completed_human_activity=False,
            detects_patterns_without_replacing_human=False,
            preparatory_task=False,
        ),
    )
    org = Organisation(kind=OrganisationKind.PRIVATE_UNDERTAKING, established_in_eu=True)
    return system_atoms(system, org, Interpretations(), None)


# --------------------------------------------------------------------------- hand-written cases


def test_get_engine_returns_the_singleton() -> None:
    assert get_engine("durable") is ENGINE
    assert durable_module.durable_engine() is ENGINE
    assert ENGINE.name == "durable"


def test_all_unknown_inputs(system_rules: RuleSet) -> None:
    inputs = dict.fromkeys(system_rules.inputs)
    assert_same(system_rules, inputs)
    result = ENGINE.evaluate(system_rules, inputs)
    assert set(result.values) == set(system_rules.inputs) | set(system_rules.order)
    assert set(result.rule_values) == {rule.id for rule in system_rules.rules}
    assert result.values["hr.high_risk"] is None


def test_empty_input_map_reads_unknown(system_rules: RuleSet) -> None:
    # A name missing from the inputs is unknown, and (as in the native engine) not echoed back.
    assert_same(system_rules, {})
    assert set(ENGINE.evaluate(system_rules, {}).values) == set(system_rules.order)


def test_high_risk_deployer(system_rules: RuleSet) -> None:
    inputs = high_risk_deployer()
    assert_same(system_rules, inputs)
    values = ENGINE.evaluate(system_rules, inputs).values
    assert values["hr.annex_iii_listed"] is True
    assert values["hr.annex_iii"] is True
    assert values["hr.high_risk"] is True
    assert values["role.deployer"] is True
    assert values["hr.derogation"] is False


def test_model_rules() -> None:
    for law in LawVersion:
        ruleset = compile_rules(MODEL_RULES, law, model_input_names())
        for seed in range(20):
            assert_same(ruleset, random_inputs(ruleset, seed))


def test_constants_and_deep_conditions() -> None:
    """Conditions with constants, nested negation and a disjunction too wide for one durable
    rule (split with intermediate facts), and a predicate concluded by several rules."""
    names = [f"x{i}" for i in range(30)]
    wide = " or ".join(f"(x{i} and not x{i + 1})" for i in range(0, 28, 2))
    rules = [
        Rule("c.true", "c.const", "true", "Art. 4", "t", "t"),
        Rule("c.unknown", "c.const", "unknown and x0", "Art. 4", "t", "t"),
        Rule("c.false", "c.never", "false or (x1 and false)", "Art. 4", "t", "t"),
        Rule("c.wide", "c.wide", wide, "Art. 4", "t", "t"),
        Rule("c.all", "c.all", " and ".join(names), "Art. 4", "t", "t"),
        Rule(
            "c.nested",
            "c.nested",
            "not (c.wide or not (x3 and c.all)) or c.const",
            "Art. 4",
            "t",
            "t",
        ),
    ]
    ruleset = compile_rules(rules, LawVersion.AMENDED, names)
    network = ENGINE.network(ruleset)
    assert any(d.target.startswith("~") for d in network.definitions)  # intermediate facts
    assert max(len(rule["all"]) for _, rule in network.rules()) <= 16
    assert_same(ruleset, dict.fromkeys(names))
    assert_same(ruleset, dict.fromkeys(names, True))
    assert_same(ruleset, dict.fromkeys(names, False))
    for seed in range(200):
        assert_same(ruleset, random_inputs(ruleset, seed))


def test_relays_keep_shared_conditions_under_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name read by more durable rules than durable-rules allows gets relay copies."""
    monkeypatch.setattr(durable_module, "MAX_SAME_CONDITION", 8)
    names = ["hub", *(f"y{i}" for i in range(20))]
    rules = [Rule(f"r{i}", f"p{i}", f"hub and not y{i}", "Art. 4", "t", "t") for i in range(20)]
    ruleset = compile_rules(rules, LawVersion.ORIGINAL, names)
    network = ENGINE.network(ruleset)
    assert any("#" in d.target for d in network.definitions)
    for seed in range(50):
        assert_same(ruleset, random_inputs(ruleset, seed))


def test_non_truth_value_is_rejected(system_rules: RuleSet) -> None:
    with pytest.raises(TypeError, match="True, False or None"):
        ENGINE.evaluate(system_rules, {"is_ai_system": 1})  # type: ignore[dict-item]


# --------------------------------------------------------------------------- unavailable


def test_unavailable_when_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "durable", None)
    monkeypatch.setitem(sys.modules, "durable.engine", None)
    monkeypatch.setattr(durable_module, "_ENGINE", None)
    with pytest.raises(EngineUnavailableError) as caught:
        get_engine("durable")
    message = str(caught.value)
    assert "durable-rules" in message
    assert "not installed" in message
    assert "pip install 'aiact[durable]'" in message
    assert "3.11" in message and "3.12" in message


def test_unavailable_on_python_313() -> None:
    with pytest.raises(
        EngineUnavailableError, match=r"Python 3\.13.*pip install 'aiact\[durable\]'"
    ):
        durable_module._import_durable((3, 13, 0))


def test_importing_aiact_does_not_import_durable() -> None:
    import subprocess

    code = "import sys, aiact, aiact.engine; print('durable' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


# --------------------------------------------------------------------------- hardening


def test_1500_sequential_evaluations_without_leak(system_rules: RuleSet) -> None:
    """More than 1,024 evaluations (durable-rules' live-session limit) in one process."""
    created = ENGINE.sessions_created
    deleted = ENGINE.sessions_deleted
    cases = [random_inputs(system_rules, seed) for seed in range(20)]
    expected = [NATIVE.evaluate(system_rules, case) for case in cases]
    for i in range(1_500):
        result = ENGINE.evaluate(system_rules, cases[i % 20])
        if i % 97 == 0:
            assert result.values == expected[i % 20].values
            assert result.rule_values == expected[i % 20].rule_values
    live = (ENGINE.sessions_created - created) - (ENGINE.sessions_deleted - deleted)
    assert live <= 1  # at most the one session kept for reuse
    # one kept session per registered network at most (other tests register more networks)
    assert len(ENGINE._sessions) <= len(ENGINE._networks)


def test_eight_threads_agree_with_sequential(system_rules: RuleSet) -> None:
    cases = [random_inputs(system_rules, 1_000 + seed) for seed in range(50)]
    cases[0] = high_risk_deployer()
    sequential = [ENGINE.evaluate(system_rules, case) for case in cases]
    results: dict[int, list[tuple[dict[str, Truth], dict[str, Truth]]]] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def work(worker: int) -> None:
        try:
            barrier.wait()
            out = []
            for k in range(50):
                case = cases[(k + worker * 7) % 50]
                result = ENGINE.evaluate(system_rules, case)
                out.append((dict(result.values), dict(result.rule_values)))
            results[worker] = out
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    for worker in range(8):
        for k, (values, rule_values) in enumerate(results[worker]):
            expected = sequential[(k + worker * 7) % 50]
            assert values == dict(expected.values)
            assert rule_values == dict(expected.rule_values)


def test_failure_inside_an_evaluation_recovers(
    system_rules: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error mid-evaluation deletes the session; the next evaluation starts clean."""
    inputs = high_risk_deployer()
    expected = ENGINE.evaluate(system_rules, inputs)
    network = ENGINE.network(system_rules)
    broken = dict(network.action_of_rule)
    broken.popitem()
    original = network.action_of_rule

    calls = {"n": 0}

    class Flaky(dict[str, int]):
        def __getitem__(self, key: str) -> int:
            calls["n"] += 1
            if calls["n"] == 5:
                raise RuntimeError("injected")
            return original[key]

    object.__setattr__(network, "action_of_rule", Flaky(original))
    try:
        with pytest.raises(RuntimeError, match="injected"):
            ENGINE.evaluate(system_rules, inputs)
    finally:
        object.__setattr__(network, "action_of_rule", original)
    again = ENGINE.evaluate(system_rules, inputs)
    assert again.values == expected.values
    assert again.rule_values == expected.rule_values


def test_collect_refuses_a_lost_or_doubled_conclusion(system_rules: RuleSet) -> None:
    """The result collection stays strict: every rule and predicate gets exactly one recorded
    value, a value recorded twice fails, and the start rule must have fired."""
    inputs = high_risk_deployer()
    network = ENGINE.network(system_rules)
    session = ENGINE._session(network)
    encoded = [(name, durable_module._encode(inputs.get(name))) for name in network.input_names]
    with durable_module._LOCK:
        fired = ENGINE._run(session, encoded)
    good = ENGINE._collect(system_rules, network, inputs, fired)
    assert dict(good.values) == dict(NATIVE.evaluate(system_rules, inputs).values)
    conclusions = [a for a in fired if a >= 0]
    starts = [-1] * len(network.parts)  # one start rule fires in every part
    with pytest.raises(durable_module.DurableEngineError, match="lost derived facts"):
        ENGINE._collect(system_rules, network, inputs, [*starts, *conclusions[1:]])
    with pytest.raises(durable_module.DurableEngineError, match="concluded twice"):
        ENGINE._collect(system_rules, network, inputs, [*starts, *conclusions, conclusions[0]])
    with pytest.raises(durable_module.DurableEngineError, match="start rule did not fire"):
        ENGINE._collect(system_rules, network, inputs, conclusions)
    with pytest.raises(durable_module.DurableEngineError, match="start rule did not fire"):
        ENGINE._collect(system_rules, network, inputs, [*starts[1:], *conclusions])


# --------------------------------------------------------------------------- a network in parts


def test_durable_rule_limit_is_durable_rules_own() -> None:
    """durable-rules 2.0.28 takes 4,096 rules in one ruleset and refuses the 4,097th with error
    106 (``MAX_ACTIONS`` in src/rules/rete.c): it counts rules, not nodes."""
    import json

    c = ENGINE._c

    def create(count: int, tag: str) -> None:
        rules = {
            f"r{i}": {"all": [{"m0": {"$and": [{"t": f"f{i % 50}"}, {"n": f"x{i}"}]}}]}
            for i in range(count)
        }
        c.create_ruleset(f"limit-probe-{tag}", json.dumps(rules))

    create(durable_module.DURABLE_RULE_LIMIT, "fits")
    with pytest.raises(Exception, match="error code: 106"):
        create(durable_module.DURABLE_RULE_LIMIT + 1, "over")


def test_every_rule_set_compiles_to_parts_under_the_limit() -> None:
    """Every part of every real rule set stays within PART_RULE_LIMIT, itself below
    durable-rules' limit of 4,096 rules per ruleset (error 106). Round 15 met that limit with one
    ruleset (4,098 rules); since round 16 a rule set that outgrows a part gets another part."""
    from aiact.engine.compile import ruleset_for

    assert durable_module.PART_RULE_LIMIT <= durable_module.DURABLE_RULE_LIMIT - 64
    for kind in ("system", "model"):
        for law in LawVersion:
            network = durable_module._compile(ruleset_for(kind, law), "count")
            sizes = [part.durable_rules for part in network.parts]
            assert max(sizes) <= durable_module.PART_RULE_LIMIT, (kind, law.value, sizes)
            assert sum(sizes) == network.durable_rules


def _chained_rule_set(chain: int, fan: int, width: int) -> RuleSet:
    """A deep chain (``c{i}`` reads ``c{i-1}``), wide fan-in (``w{j}`` reads ``width`` links of
    the chain; ``top`` reads every ``w{j}``), predicates with two rules, negations."""
    inputs = [f"x{i}" for i in range(100)]
    rules = [Rule("c0", "c0", "x0 or x1", "Art. 4", "t", "t")]
    for i in range(1, chain):
        op = "and" if i % 3 else "or"
        neg = "not " if i % 7 == 0 else ""
        when = f"{neg}c{i - 1} {op} x{i % 100}"
        rules.append(Rule(f"c{i}", f"c{i}", when, "Art. 4", "t", "t"))
    for j in range(fan):
        reads = " or ".join(f"c{(j * 197 + k * 151) % chain}" for k in range(width))
        rules.append(Rule(f"w{j}", f"w{j}", reads, "Art. 4", "t", "t"))
        when = f"x{j} and not c{chain - 1 - j}"
        rules.append(Rule(f"w{j}.b", f"w{j}", when, "Art. 4", "t", "t"))
    top = " and ".join(f"w{j}" for j in range(fan))
    rules.append(Rule("top", "top", top, "Art. 4", "t", "t"))
    return compile_rules(rules, LawVersion.AMENDED, inputs)


def test_a_rule_set_of_many_parts_agrees_with_native() -> None:
    """6,000 chained rules and 81 fan-in rules: 35,817 durable rules in 36 parts, each
    reading conclusions of earlier ones; durable evaluates it as the native engine does."""
    ruleset = _chained_rule_set(chain=6_000, fan=40, width=50)
    network = ENGINE.network(ruleset)
    assert network.durable_rules > 7 * durable_module.DURABLE_RULE_LIMIT
    assert len(network.parts) >= 30
    targets = {d.target for d in network.definitions}
    for k, part in enumerate(network.parts):
        assert part.durable_rules <= durable_module.PART_RULE_LIMIT
        if k:  # the chain runs through every part
            assert any(name in targets for name in part.input_names)
    position = {d.target: i for i, d in enumerate(network.definitions)}
    for index, definition in enumerate(network.definitions):  # dependency order
        assert all(position.get(n, -1) < index for n in atoms(definition.condition))
    for inputs in (
        {},
        dict.fromkeys(ruleset.inputs, True),
        dict.fromkeys(ruleset.inputs, False),
        *(random_inputs(ruleset, seed) for seed in range(4)),
    ):
        assert_same(ruleset, inputs)


def _conditions(names: list[str]) -> st.SearchStrategy[str]:
    leaves = st.sampled_from([*names, "true", "false", "unknown"])
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            inner.map(lambda c: f"not ({c})"),
            st.lists(inner, min_size=2, max_size=4).map(lambda cs: "(" + " and ".join(cs) + ")"),
            st.lists(inner, min_size=2, max_size=4).map(lambda cs: "(" + " or ".join(cs) + ")"),
        ),
        max_leaves=10,
    )


@st.composite
def _small_rule_sets(draw: st.DrawFn) -> RuleSet:
    inputs = [f"i{k}" for k in range(draw(st.integers(1, 5)))]
    rules: list[Rule] = []
    for p in range(draw(st.integers(1, 8))):
        readable = inputs + [f"p{q}" for q in range(p)]
        for r in range(draw(st.integers(1, 3))):
            when = draw(_conditions(readable))
            rules.append(Rule(f"p{p}.{r}", f"p{p}", when, "Art. 4", "t", "t"))
    return compile_rules(rules, LawVersion.AMENDED, inputs)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ruleset=_small_rule_sets(),
    part_limit=st.integers(durable_module.FIXED_RULES + 1, 40),
    data=st.data(),
)
def test_split_with_a_tiny_limit_agrees_with_native(
    ruleset: RuleSet, part_limit: int, data: st.DataObject
) -> None:
    """Random small rule sets split into parts of at most ``part_limit`` rules (many parts)
    evaluate as the native engine does."""
    network = ENGINE.network(ruleset, part_limit)
    for part in network.parts:  # over the limit only a definition too big for a part on its own
        assert part.durable_rules <= part_limit or len(part.definitions) == 1
    event(f"parts: {min(len(network.parts), 10)}")
    values = st.sampled_from((True, False, None))
    inputs = data.draw(st.fixed_dictionaries({n: values for n in sorted(ruleset.inputs)}))
    native = NATIVE.evaluate(ruleset, inputs)
    durable = ENGINE.evaluate(ruleset, inputs, part_limit=part_limit)
    assert dict(durable.values) == dict(native.values)
    assert dict(durable.rule_values) == dict(native.rule_values)


def test_split_cuts_consecutive_parts() -> None:
    split = durable_module._split
    assert split([3, 3, 3], 2 + 6) == [range(0, 2), range(2, 3)]
    assert split([9, 1], 2 + 6) == [range(0, 1), range(1, 2)]  # too big: a part of its own
    assert split([], 2 + 6) == [range(0, 0)]
    with pytest.raises(ValueError, match="holds no definition"):
        split([1], 2)


def _three_part_rule_set() -> RuleSet:
    names = [f"x{i}" for i in range(6)]
    rules = [
        Rule("a", "a", "x0 and not x1", "Art. 4", "t", "t"),
        Rule("b", "b", "a or x2", "Art. 4", "t", "t"),
        Rule("c.1", "c", "b and (x3 or x4)", "Art. 4", "t", "t"),
        Rule("c.2", "c", "not a and x5", "Art. 4", "t", "t"),
        Rule("d", "d", "c or (a and b)", "Art. 4", "t", "t"),
    ]
    return compile_rules(rules, LawVersion.AMENDED, names)


def test_failure_in_a_later_part_recovers() -> None:
    """An error in a later part drops the session in every part; the next evaluation is clean."""
    ruleset = _three_part_rule_set()
    network = ENGINE.network(ruleset, 12)
    assert len(network.parts) >= 3
    inputs = random_inputs(ruleset, 7)
    expected = NATIVE.evaluate(ruleset, inputs)
    original = network.action_of_rule
    first_part = len(network.parts[0].definitions) + 1
    calls = {"n": 0}

    class Flaky(dict[str, int]):
        def __getitem__(self, key: str) -> int:
            calls["n"] += 1
            if calls["n"] == first_part + 2:
                raise RuntimeError("injected")
            return original[key]

    deleted = ENGINE.sessions_deleted
    object.__setattr__(network, "action_of_rule", Flaky(original))
    try:
        with pytest.raises(RuntimeError, match="injected"):
            ENGINE.evaluate(ruleset, inputs, part_limit=12)
    finally:
        object.__setattr__(network, "action_of_rule", original)
    assert ENGINE.sessions_deleted == deleted + 1
    assert network.name not in ENGINE._sessions
    again = ENGINE.evaluate(ruleset, inputs, part_limit=12)
    assert dict(again.values) == dict(expected.values)
    assert dict(again.rule_values) == dict(expected.rule_values)


def test_a_conclusion_lost_between_parts_fails_loudly() -> None:
    ruleset = _three_part_rule_set()
    network = ENGINE.network(ruleset, 12)
    carried = network.carried
    assert any(carried)
    object.__setattr__(network, "carried", tuple(() for _ in carried))
    try:
        with pytest.raises(durable_module.DurableEngineError, match="lost derived facts"):
            ENGINE.evaluate(ruleset, {}, part_limit=12)
    finally:
        object.__setattr__(network, "carried", carried)
    again = ENGINE.evaluate(ruleset, {}, part_limit=12)
    assert dict(again.values) == dict(NATIVE.evaluate(ruleset, {}).values)
