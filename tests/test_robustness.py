"""Fuzzing the case loader: every bad input ends in :class:`aiact.CaseError`, never in another
exception (a ``KeyError``, ``TypeError``, ``RecursionError`` or a pydantic error leaking out)."""

from __future__ import annotations

import json
import os
import tempfile
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from aiact.case import Case, CaseError, case_from_mapping, dump_case, parse_case_text
from aiact.testing import strategies as ais

KEYS = (
    "organisation",
    "system",
    "model",
    "as_of",
    "law",
    "interpretations",
    "name",
    "roles",
    "annex_iii",
    "points",
    "kind",
    "member_state",
    "is_ai_system",
    "placed_on_market",
    "provider",
    "headcount",
    "training_compute_flop",
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["4a", "amended", "original", "2026-08-02", "NL", "yes", "public_authority"]),
    st.dates().map(str),
)
junk: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), inner, max_size=5),
    ),
    max_leaves=25,
)


def _accepts_or_case_error(action: Any) -> None:
    try:
        case = action()
    except CaseError:
        return
    assert isinstance(case, Case)


@given(st.text(max_size=200))
def test_arbitrary_text_is_a_case_or_a_case_error(text: str) -> None:
    _accepts_or_case_error(lambda: parse_case_text(text, source="fuzz"))


@given(junk)
def test_arbitrary_json_is_a_case_or_a_case_error(value: Any) -> None:
    text = json.dumps(value, allow_nan=True)
    _accepts_or_case_error(lambda: parse_case_text(text, source="fuzz.json"))


@given(junk)
def test_arbitrary_yaml_is_a_case_or_a_case_error(value: Any) -> None:
    text = yaml.safe_dump(value)
    _accepts_or_case_error(lambda: parse_case_text(text, source="fuzz.yaml"))


@given(junk)
def test_nested_junk_mappings_are_a_case_or_a_case_error(value: Any) -> None:
    _accepts_or_case_error(lambda: case_from_mapping(value, source="fuzz"))


@given(ais.cases(), st.data())
def test_a_valid_case_with_one_field_replaced_by_junk_is_a_case_or_a_case_error(
    case: Case, data: st.DataObject
) -> None:
    """Mutate one field of a valid case file (deep inside the nesting) into junk."""
    mapping = json.loads(dump_case(case))
    target = mapping
    path: list[str] = []
    while isinstance(target, dict) and target:
        key = data.draw(st.sampled_from(sorted(target)))
        path.append(key)
        if not isinstance(target[key], dict) or data.draw(st.booleans()):
            target[key] = data.draw(junk)
            break
        target = target[key]
    _accepts_or_case_error(lambda: case_from_mapping(mapping, source="fuzz"))


@given(
    st.sampled_from(
        [
            "{",
            "[1, 2",
            "a: b: c",
            "!!python/object:os.system x",
            "- - - -",
            "\x00",
            "&a [*a]",
            "key: &x {<<: *x}",
            "? [a, b]\n: c",
            "a: !!binary xyz",
            "as_of: 2026-02-30\nsystem: {}",
            "law: 2025/1234\nsystem: {}",
            "system: {annex_iii: {points: [9z]}}",
            "organisation: {member_state: nl, established_in_eu: false}\nsystem: {}",
            "system: {}\nmodel: {}",
            "[" * 200 + "]" * 200,
            "{a: " * 200 + "1" + "}" * 200,
        ]
    )
)
def test_known_nasty_inputs_are_a_case_or_a_case_error(text: str) -> None:
    _accepts_or_case_error(lambda: parse_case_text(text, source="nasty"))


@settings(max_examples=40)
@given(st.one_of(st.text(max_size=120), junk.map(lambda v: json.dumps(v, allow_nan=True))))
def test_the_cli_answers_bad_case_files_with_an_error_message_not_a_traceback(
    text: str,
) -> None:
    """``aiact assess`` on a bad file: exit code 2 (bad input) and one line on stderr."""
    from click.testing import CliRunner

    from aiact.cli import EXIT_BAD_INPUT, main

    runner = CliRunner()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "case.yaml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        result = runner.invoke(main, ["assess", path, "--format", "json"])
    if result.exit_code == 0:
        return  # by chance a valid case
    assert result.exit_code == EXIT_BAD_INPUT, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
