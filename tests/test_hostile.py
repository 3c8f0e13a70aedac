"""Hostile input (issue 14): every crafted file gives a clean error that names the field, the row
or the limit, within a time (and, for the risky ones, memory) bound.

Items: 1 file references confined; 2 alias bombs; 3 size and depth, JSON first, YAML 1.2
booleans; 4 big numbers; 5 one bad row never loses the others; 7 every input error names its
field. Atomic output (item 6) is in test_hostile_output.py, the 10,000-row portfolio and the
register at scale (items 5 and 8) in test_hostile_portfolio.py and test_hostile_register.py.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import os
import shutil
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hostile_util import DATA, run_capped

import aiact
from aiact import CaseError, InputError
from aiact.case import load_case, parse_case_text
from aiact.errors import Problem, join_path
from aiact.penalties.money import MAX_AMOUNT_EUR, eur, percent_of
from aiact.portfolio import load_inventory, parse_inventory_csv, run_portfolio
from aiact.safe_io import (
    C_LOADER,
    CASE_LIMITS,
    Limits,
    check_data,
    confined_path,
    parse_document,
    read_limited,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _error(action: Any) -> InputError:
    with pytest.raises(InputError) as info:
        action()
    return info.value


# --------------------------------------------------------------------------- the error type


def test_input_error_is_a_value_error_with_paths_codes_and_params() -> None:
    error = InputError("too big", path="system.name", kind="too_large", params={"limit": 5})
    assert isinstance(error, ValueError)
    assert error.errors == [("system.name", "too big")]
    assert error.field == "system.name" and error.kind == "too_large"
    assert error.to_dict()["problems"][0] == {
        "path": "system.name",
        "kind": "too_large",
        "message": "too big",
        "params": {"limit": 5},
    }
    moved = error.under("rows[17]", "inv.yaml")
    assert str(moved) == "inv.yaml: rows[17].system.name: too big"
    assert join_path("rows", 17, "system", "name") == "rows[17].system.name"
    assert Problem("[2]", "x").prefixed("cases").path == "cases[2]"


def test_case_error_is_an_input_error_and_keeps_its_old_signature() -> None:
    error = CaseError("file not found", source="x.yaml", field=None)
    assert isinstance(error, InputError) and isinstance(error, ValueError)
    assert str(error) == "x.yaml: file not found"
    assert CaseError.wrap(InputError("bad", path="law")).__class__ is CaseError


def test_assess_wraps_every_pydantic_problem_with_its_field() -> None:
    error = _error(
        lambda: aiact.assess(
            {"is_ai_system": "perhaps", "roles": {"deployer": 3}}, {}, "2026-11-28"
        )
    )
    paths = [path for path, _ in error.errors]
    assert paths == ["system.is_ai_system", "system.roles.deployer"]
    assert "(and 1 more problem)" in str(error)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"as_of": 20261128}, "as_of"),  # an int: InputError, not TypeError
        ({"as_of": 1.5}, "as_of"),
        ({"as_of": "2026-13-01"}, "as_of"),
        ({"as_of": "2020-01-01"}, "as_of"),
        ({"law": "banana"}, "law"),
        ({"law": 7}, "law"),
        ({"interpretations": {"colour": "red"}}, "interpretations.colour"),
    ],
)
def test_assess_names_the_argument(kwargs: dict[str, Any], field: str) -> None:
    args = {"as_of": "2026-11-28", **kwargs}
    error = _error(lambda: aiact.assess({"is_ai_system": True}, {}, **args))
    assert error.field == field, error.errors


def test_assess_model_and_organisation_problems_are_named() -> None:
    error = _error(lambda: aiact.assess_model({"training_compute_flop": -1}, {}, "2026-11-28"))
    assert error.field == "model.training_compute_flop"
    error = _error(
        lambda: aiact.assess({}, {"member_state": "\u00df"}, "2026-11-28")
    )  # 'ß'.upper() is 'SS': not accepted as a country
    assert error.field == "organisation.member_state"
    error = _error(
        lambda: aiact.assess(
            {"roles": {"importer": True}}, {"established_in_eu": False}, "2026-11-28"
        )
    )
    assert error.field == "system.roles.importer" and error.kind != "type"


@pytest.mark.parametrize(
    ("name", "field", "kind"),
    [
        ("int-as-of.json", "as_of", None),
        ("law-banana.yaml", "law", None),  # not "(case)"
        ("eszett.yaml", "organisation.member_state", None),
        ("duplicate-key.yaml", "system.roles", "duplicate_key"),
        ("duplicate-key.json", "system.is_ai_system", "duplicate_key"),
        ("huge-integer.json", "organisation.headcount", "too_large"),
        ("lone-surrogate.json", "system.name", "encoding"),
        ("huge-turnover.yaml", "organisation.annual_turnover_eur", "too_large"),
        ("many-digits-turnover.yaml", "organisation.annual_turnover_eur", "too_large"),
        ("deep-brackets.yaml", None, "too_deep"),
        ("deep-brackets.json", None, "too_deep"),
        ("recursive-alias.yaml", "system.roles", "recursive_alias"),
        ("python-tag.yaml", None, "not_allowed"),
    ],
)
def test_crafted_case_files_give_a_case_error_naming_the_field(
    name: str, field: str | None, kind: str | None
) -> None:
    start = time.perf_counter()
    error = _error(lambda: load_case(DATA / name))
    assert time.perf_counter() - start < 2.0
    assert isinstance(error, CaseError)
    assert error.source == str(DATA / name)
    if field is not None:
        assert error.field == field, error.errors
    if kind is not None:
        assert error.kind == kind, error.errors


def test_a_file_that_is_not_utf8_is_an_encoding_error_naming_the_offset(tmp_path: Path) -> None:
    path = tmp_path / "not-utf8.yaml"  # made here: docs/gen_articles.py reads tests/**/*.yaml
    path.write_bytes(b"organisation: {}\nsystem: {name: \xff\xfe}\n")
    error = _error(lambda: load_case(path))
    assert error.kind == "encoding" and "offset 32" in str(error)
    assert "\xff" not in str(error)


# --------------------------------------------------------------------------- 1 file references


def _escape_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inventory"
    folder.mkdir()
    for name in ("inventory-escape.yaml", "ok-case.yaml"):
        shutil.copy(DATA / name, folder / name)
    (folder / "subdir").mkdir()
    (folder / "link-out.yaml").symlink_to("/etc/passwd")
    return folder


def test_file_entries_are_confined_to_the_inventory_folder(tmp_path: Path) -> None:
    folder = _escape_folder(tmp_path)
    entries = load_inventory(folder / "inventory-escape.yaml")
    assert [e.case is not None for e in entries] == [False, False, False, False, True, False]
    kinds = [e.error.kind if e.error else None for e in entries]
    assert kinds == ["outside", "not_allowed", "not_allowed", "outside", None, "not_a_file"]
    for index, entry in enumerate(entries):
        if entry.error is not None:
            assert entry.error.field == f"rows[{index}].file"
            assert "root:" not in str(entry.error)  # never the content of /etc/passwd


def test_a_symlink_inside_the_folder_and_a_subfolder_are_fine(tmp_path: Path) -> None:
    folder = tmp_path / "inv"
    (folder / "cases").mkdir(parents=True)
    shutil.copy(DATA / "ok-case.yaml", folder / "cases" / "a.yaml")
    (folder / "b.yaml").symlink_to(folder / "cases" / "a.yaml")
    (folder / "inv.yaml").write_text(
        "cases:\n  - file: cases/a.yaml\n  - file: b.yaml\n  - file: cases/../b.yaml\n",
        encoding="utf-8",
    )
    entries = load_inventory(folder / "inv.yaml")
    assert all(e.case is not None for e in entries)


def test_confined_path_rules(tmp_path: Path) -> None:
    assert confined_path(tmp_path, "a/b.yaml") == tmp_path.resolve() / "a" / "b.yaml"
    for name, kind in [
        ("/etc/passwd", "not_allowed"),
        ("~/x", "not_allowed"),
        ("../x", "outside"),
        ("a/../../x", "outside"),
        ("a\x00b", "not_allowed"),
        ("", "type"),
        (7, "type"),
    ]:
        assert _error(lambda n=name: confined_path(tmp_path, n)).kind == kind


def test_file_entry_over_the_size_limit_and_fifo_are_refused(tmp_path: Path) -> None:
    (tmp_path / "big.yaml").write_bytes(b"#" * (CASE_LIMITS.max_bytes + 1))
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "inv.yaml").write_text(
        "cases:\n  - file: big.yaml\n  - file: pipe.yaml\n", encoding="utf-8"
    )
    start = time.perf_counter()
    entries = load_inventory(tmp_path / "inv.yaml")
    assert time.perf_counter() - start < 2.0  # the FIFO is not waited on
    assert [e.error.kind if e.error else None for e in entries] == ["too_large", "not_a_file"]


def test_dev_zero_in_an_inventory_is_refused_under_a_memory_cap(tmp_path: Path) -> None:
    """Run in a subprocess capped at 768 MiB: a regression that reads /dev/zero fails the test
    (MemoryError or a timeout) instead of taking the machine."""
    folder = _escape_folder(tmp_path)
    result = run_capped(
        f"""
        from aiact.portfolio import load_inventory
        entries = load_inventory({str(folder / "inventory-escape.yaml")!r})
        print(sum(e.case is not None for e in entries), entries[2].error.kind)
        """,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "not_allowed"]


def test_read_limited_reads_at_most_the_limit_of_a_device() -> None:
    error = _error(lambda: read_limited("/dev/zero", 1000, regular_only=False))
    assert error.kind == "too_large"
    assert _error(lambda: read_limited("/dev/zero", 1000)).kind == "not_a_file"
    assert _error(lambda: read_limited("/nonexistent/x", 1000)).kind == "not_found"


# --------------------------------------------------------------------------- 2 alias bombs


@pytest.mark.parametrize("name", ["alias-bomb.yaml", "merge-bomb.yaml"])
def test_alias_bombs_are_refused_fast_and_in_little_memory(name: str) -> None:
    result = run_capped(
        f"""
        from aiact.case import load_case, CaseError
        try:
            load_case({str(DATA / name)!r})
        except CaseError as error:
            print(error.kind)
        """,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "too_large"
    assert result.seconds < 15  # the interpreter start-up included; the check itself is ms


def test_alias_bomb_in_an_inventory_row_and_in_an_enum_list() -> None:
    start = time.perf_counter()
    for points in ("[1a, 1a, 1a, 1a, 1a, 1a, 1a, 1a]",):
        text = f"a: &a {points}\n" + "".join(
            f"{c}: &{c} [{', '.join([f'*{p}'] * 8)}]\n"
            for p, c in zip("abcdefg", "bcdefgh", strict=True)
        )
        text += "cases:\n  - {system: {annex_iii: {points: *h}}}\n"
        error = _error(lambda t=text: parse_document(t, source="x"))
        assert error.kind == "too_large"
    assert time.perf_counter() - start < 2.0


def test_alias_count_is_bounded() -> None:
    text = "a: &a x\nb: [" + ", ".join(["*a"] * 10_001) + "]\n"
    assert _error(lambda: parse_document(text)).kind == "too_many_aliases"


def test_the_example_inventory_with_anchors_and_merge_keys_still_loads() -> None:
    entries = load_inventory(EXAMPLES / "inventory.yaml")
    assert len(entries) == 10 and all(e.case is not None for e in entries)


# --------------------------------------------------------------------------- 3 size and depth


def test_the_c_loader_is_used_where_available() -> None:
    import yaml

    assert hasattr(yaml, "CSafeLoader") == C_LOADER


def test_a_10_mb_flow_list_is_refused_fast_under_a_memory_cap(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(
        "system: {annex_iii: {points: [" + ", ".join(["1a"] * 2_500_000) + "]}}\n",
        encoding="utf-8",
    )
    assert big.stat().st_size > 10_000_000
    result = run_capped(
        f"""
        from aiact.case import load_case, CaseError
        from aiact.portfolio import load_inventory
        for load in (load_case, load_inventory):
            try:
                load({str(big)!r})
            except CaseError as error:
                print(error.kind)
        """,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["too_large", "too_large"]
    assert result.seconds < 30


def test_the_densest_inventories_within_the_limits_fit_the_memory_cap(tmp_path: Path) -> None:
    """The worst case the inventory limits allow: 16 MiB of empty JSON objects, a YAML flow list
    of a million nodes; both end in a clean error (not cases) within the 768 MiB cap."""
    dense_json = tmp_path / "dense.json"
    dense_json.write_text("[" + ",".join(["{}"] * 5_000_000) + "]", encoding="utf-8")
    dense_yaml = tmp_path / "dense.yaml"
    dense_yaml.write_text("[" + ",".join(["a"] * 990_000) + "]", encoding="utf-8")
    result = run_capped(
        f"""
        from aiact.portfolio import load_inventory
        from aiact.case import CaseError
        for path in ({str(dense_json)!r}, {str(dense_yaml)!r}):
            try:
                entries = load_inventory(path)
                print(len(entries))
            except CaseError as error:
                print(error.kind)
        """,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["too_large", "too_large"]  # over max_rows (100,000)


def test_limits_name_the_field_and_the_limit() -> None:
    long_name = "system:\n  name: " + "x" * 10_001 + "\n"
    error = _error(lambda: parse_case_text(long_name))
    assert error.field == "system.name" and error.kind == "too_large"
    assert "10,000" in str(error)
    points = "system: {annex_iii: {points: [" + ", ".join(["1a"] * 10_001) + "]}}\n"
    error = _error(lambda: parse_case_text(points))
    assert error.field == "system.annex_iii.points" and error.kind == "too_large"
    deep: Any = 1
    for _ in range(40):
        deep = {"a": deep}
    error = _error(lambda: check_data(deep, CASE_LIMITS))
    assert error.kind == "too_deep" and error.field is not None and error.field.startswith("a.a")
    small = Limits(max_nodes=10)
    assert _error(lambda: check_data(list(range(20)), small)).kind == "too_large"


def test_json_first_for_json_files_yaml_only_for_yaml(tmp_path: Path) -> None:
    case = load_case(DATA / "emoji-escapes.json")  # standard JSON escapes of a non-BMP character
    assert case.system is not None and case.system.name == "chat \U0001f600"
    yaml_in_json = tmp_path / "case.json"
    yaml_in_json.write_text("organisation: {}\nsystem: {}\n", encoding="utf-8")
    error = _error(lambda: load_case(yaml_in_json))
    assert error.kind == "syntax" and "JSON" in str(error)


def test_yaml_1_2_booleans_norway_is_a_country() -> None:
    case = load_case(DATA / "norway.yaml")
    assert case.organisation.member_state == "NO"
    assert case.system is not None and case.system.is_ai_system is True  # 'yes' still reads
    assert case.system.roles.deployer is True


# --------------------------------------------------------------------------- 4 big numbers


def test_amount_bound_is_documented_and_enforced() -> None:
    ok = aiact.assess(
        {
            "is_ai_system": True,
            "roles": {"provider": True},
            "exclusions": {"placed_or_used_in_eu": True},
            "prohibited": {"c_social_scoring": True},
        },
        {"kind": "private_undertaking", "annual_turnover_eur": MAX_AMOUNT_EUR},
        "2026-11-28",
    )
    ok.exposure  # noqa: B018 - computes without an arithmetic error
    error = _error(
        lambda: aiact.assess({}, {"annual_turnover_eur": MAX_AMOUNT_EUR + 1}, "2026-11-28")
    )
    assert error.field == "organisation.annual_turnover_eur" and error.kind == "too_large"


def test_money_is_exact_in_a_local_context_whatever_the_thread_context() -> None:
    with decimal.localcontext() as ctx:
        ctx.prec = 5
        ctx.traps[decimal.Inexact] = True
        assert percent_of(Decimal(7), MAX_AMOUNT_EUR) == Decimal(70_000_000_000_000)
        assert percent_of(Decimal(7), Decimal("3.4e27")) == Decimal("2.38e26")
        assert percent_of(Decimal(3), Decimal("123456789012.345678901234567890123")) == Decimal(
            "3703703670.37"
        )
        assert eur(Decimal("1" * 30)) == "EUR " + f"{int('1' * 30):,}".replace(",", " ")
    with pytest.raises(ValueError, match="out of range"):
        percent_of(Decimal(7), Decimal("1e999999"))


def test_a_huge_number_in_the_cli_is_exit_2_one_line(tmp_path: Path) -> None:
    result = run_capped("", args=["assess", str(DATA / "huge-turnover.yaml")], timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "organisation.annual_turnover_eur" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------- 5 rows


def test_bad_rows_in_a_yaml_inventory_lose_nothing() -> None:
    entries = load_inventory(DATA / "inventory-bad-rows.yaml")
    assert [e.case is not None for e in entries] == [True, False, False, False, True]
    fields = [e.error.field if e.error else None for e in entries]
    assert fields == [
        None,
        "rows[1].as_of",
        "rows[2].organisation.annual_turnover_eur",
        "rows[3].system.is_ai_system",
        None,
    ]
    assert entries[4].case is not None and entries[4].case.organisation.member_state == "NO"
    result = run_portfolio(entries)
    assert len(result.assessments) == 2 and len(result.errors) == 3
    errors = result.to_dict()["errors"]
    assert [e["row"] for e in errors] == [1, 2, 3]
    assert errors[0]["problems"][0]["path"] == "rows[1].as_of"


def test_csv_scalar_column_before_its_dotted_column_is_a_row_error() -> None:
    text = (DATA / "inventory-clash.csv").read_text(encoding="utf-8")
    entries = parse_inventory_csv(text, "inventory-clash.csv")
    assert entries[0].error is not None and entries[0].error.field == "rows[0].system"
    assert entries[0].error.kind == "contradiction"
    assert entries[1].case is not None


def test_csv_dotted_column_before_its_scalar_column_and_extra_cells() -> None:
    text = "name,system.name,system,as_of\na,x,y,2026-11-28\nb,x,,2026-11-28,extra\n"
    entries = parse_inventory_csv(text)
    assert entries[0].error is not None and entries[0].error.field == "rows[0].system"
    assert entries[1].error is not None and entries[1].error.kind == "unknown_field"


def test_csv_over_long_field_is_a_row_error_and_the_next_row_is_read() -> None:
    text = (
        'name,as_of,system.is_ai_system\na,2026-11-28,"' + "x" * 200_000 + '"\nb,2026-11-28,true\n'
    )
    entries = parse_inventory_csv(text)
    assert entries[0].error is not None and entries[0].error.kind == "syntax"
    assert entries[-1].case is not None


# --------------------------------------------------------------------------- 7 register reader


def test_register_reader_on_empty_one_column_deep_and_non_object_input(tmp_path: Path) -> None:
    from aiact.interop.register import (
        read_register_csv,
        read_register_json,
        summarise,
        summarise_register,
    )

    assert _error(lambda: read_register_csv(DATA / "register-empty.csv")).kind == "missing"
    entries = read_register_csv(DATA / "register-one-column.csv")
    assert [e.name for e in entries] == ["Algoritme A", "Algoritme B"]
    summary = summarise_register(DATA / "register-one-column.csv", dt.date(2026, 11, 28))
    assert summary.entries == 2 and summary.not_assessed == 2  # no organisation: a reason
    error = _error(lambda: read_register_json(DATA / "register-deep.json"))
    assert error.kind == "too_deep" and error.field == "algoritmes[0]"
    entries = read_register_json(DATA / "register-not-objects.json")
    assert [e.error is not None for e in entries] == [True, True, True, False]
    from aiact.interop.register import iter_assess_register

    summary = summarise(iter_assess_register(entries, dt.date(2026, 11, 28)))
    assert summary.assessed == 1 and summary.not_assessed == 3
    assert "algoritmes[0]: not an object" in summary.reasons[0]
    empty = tmp_path / "empty.json"
    empty.write_text("", encoding="utf-8")
    assert _error(lambda: read_register_json(empty)).kind == "syntax"
    truncated = tmp_path / "cut.json"
    truncated.write_text('{"algoritmes": [{"id": "1"}, {"id": ', encoding="utf-8")
    assert _error(lambda: read_register_json(truncated)).kind == "syntax"
    over = tmp_path / "over.csv"
    over.write_text('name,organization\n"' + "x" * 200_000 + '",Gemeente X\nb,Gemeente Y\n')
    entries = read_register_csv(over)
    assert entries[0].error is not None and entries[1].organisation == "Gemeente Y"


def test_register_json_chunk_boundaries_do_not_change_the_entries(tmp_path: Path) -> None:
    from aiact.interop import register

    rows = [
        {"id": str(i), "title": "é" * (i % 97), "organisatie": "Gemeente X"} for i in range(500)
    ]
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"count": 12345678901234567890, "algoritmes": rows}))
    entries = register.read_register_json(path)
    assert [e.id for e in entries] == [str(i) for i in range(500)]
    assert entries[96].name == "é" * 96
    assert register.entries_from_json({"algoritmes": rows})[:3] == entries[:3]
