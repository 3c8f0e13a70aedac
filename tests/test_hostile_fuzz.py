"""The hostile-input fuzz generators of benchmarks/fuzz.py in CI: a few thousand inputs, every
one a result or an InputError (the long run of a million inputs is in docs/testing.md)."""

from __future__ import annotations

import hostile_util  # noqa: F401 - puts the repository root on sys.path

from benchmarks import fuzz


def test_every_generator_gives_results_or_input_errors() -> None:
    report = fuzz.fuzz(1_600, seed=14, slow=30.0, log=lambda _line: None)
    assert report["uncaught"] == 0, report["findings"][:3]
    assert set(report["generators"]) == set(fuzz.GENERATORS)
    assert report["outcomes"]["input_error"] > 0 and report["outcomes"]["accepted"] > 0


def test_each_generator_once_per_seed() -> None:
    import random

    sandbox = fuzz._sandbox()
    for name, generator in fuzz.GENERATORS.items():
        for seed in range(3):
            target, payload = generator(random.Random(seed))
            try:
                fuzz.run_one(target, payload, sandbox)
            except fuzz.InputError:
                pass
            except Exception as error:  # pragma: no cover - a finding
                raise AssertionError(f"{name} seed {seed}: {error!r}") from error


# hypothesis drives the same generators (shrinking to a seed) and a few shapes of its own


import contextlib  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from aiact.case import parse_case_text  # noqa: E402
from aiact.errors import InputError  # noqa: E402

_SANDBOX = None


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(fuzz.GENERATORS)), st.randoms(use_true_random=False))
def test_generators_under_hypothesis(name: str, rng: object) -> None:
    global _SANDBOX
    if _SANDBOX is None:
        _SANDBOX = fuzz._sandbox()
    target, payload = fuzz.GENERATORS[name](rng)  # type: ignore[arg-type]
    with contextlib.suppress(InputError):
        fuzz.run_one(target, payload, _SANDBOX)


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 30), st.integers(2, 30), st.sampled_from(["roles", "points", "merge"]))
def test_alias_bombs_of_any_shape_end_in_a_clean_error_or_a_small_document(
    depth: int, width: int, where: str
) -> None:
    lines = ["a0: &a0 {deployer: true}" if where != "points" else "a0: &a0 [1a]"]
    for level in range(1, depth):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(
            f"a{level}: &a{level} {{<<: [{refs}]}}" if where == "merge" and level == 1
            else f"a{level}: &a{level} [{refs}]"
        )  # fmt: skip
    tail = {"roles": "system: {roles: *a%d}", "points": "system: {annex_iii: {points: *a%d}}"}
    lines.append(tail.get(where, "system: *a%d") % (depth - 1))
    try:
        parse_case_text("\n".join(lines) + "\n", "bomb")
    except InputError as error:
        assert error.kind in ("too_large", "unknown_field", "type", "invalid_value", "too_deep")


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 6000).map(lambda n: "9" * n)
    | st.integers(-(10**30), 10**30).map(str)
    | st.decimals(allow_nan=False, allow_infinity=False).map(str)
)
def test_any_number_in_an_amount_is_a_result_or_an_input_error(number: str) -> None:
    text = (
        f'{{"as_of": "2026-11-28", "organisation": {{"annual_turnover_eur": {number}, '
        f'"headcount": {number}}}, "system": {{"is_ai_system": true}}}}'
    )
    try:
        case = parse_case_text(text, "n.json")
    except InputError as error:
        assert error.field in ("organisation.annual_turnover_eur", "organisation.headcount")
        return
    case.assess().exposure  # noqa: B018
