"""aiact.assess_frame: the population column-wise, held equal to the per-case engine (issue 18,
target 2)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

import pytest

pd = pytest.importorskip("pandas")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import aiact  # noqa: E402
from aiact.facts import AISystem, Exclusions, Organisation  # noqa: E402
from aiact.frame import assess_frame, frame_columns, systems_frame  # noqa: E402
from aiact.interpretations import Interpretations  # noqa: E402
from aiact.testing import strategies as ais  # noqa: E402
from aiact.versions import LawVersion  # noqa: E402

_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)


@st.composite
def populations(draw: st.DrawFn) -> tuple[list[AISystem], list[Organisation]]:
    """A few systems, each of its own organisation (made consistent with it)."""
    count = draw(st.integers(1, 6))
    organisations = [draw(ais.organisations()) for _ in range(count)]
    systems = [ais.consistent_with(draw(ais.ai_systems()), org) for org in organisations]
    return systems, organisations


def _truth(value: Any) -> bool | None:
    return None if value is pd.NA else bool(value)


def _same_as_per_case(
    out: Any,
    systems: list[AISystem],
    organisations: list[Organisation],
    day: dt.date,
    law: LawVersion,
    readings: Interpretations,
) -> None:
    for row, (system, org) in enumerate(zip(systems, organisations, strict=True)):
        a = aiact.assess(system, org, day, law, interpretations=readings)
        where = f"row {row}"
        assert out["risk_tier"].iloc[row] == a.risk_tier.value, where
        for result in a.obligation_results:
            oid = result.id
            assert _truth(out[oid].iloc[row]) == result.applies, (where, oid)
            assert out[f"{oid}.status"].iloc[row] == result.status.value, (where, oid)
            start = out[f"{oid}.from"].iloc[row]
            assert (None if pd.isna(start) else start.date()) == result.applies_from, (where, oid)
        assert out["exposure_max_eur"].iloc[row] == a.exposure.max_ceiling, where
        assert out["open_questions"].iloc[row] == len(a.open_questions), where


@_SETTINGS
@given(populations(), st.sampled_from(tuple(LawVersion)), ais.as_of_dates(), ais.interpretations())
def test_frame_equals_per_case_engine(
    population: tuple[list[AISystem], list[Organisation]],
    law: LawVersion,
    day: dt.date,
    readings: Interpretations,
) -> None:
    """Differential: every column of every row equals aiact.assess on that row, under both law
    versions and any reading of the open questions (issue 18: held equal to the per-case
    engine)."""
    systems, organisations = population
    frame = systems_frame(list(systems), list(organisations))
    try:
        out = assess_frame(frame, None, day, law, interpretations=readings)
    except aiact.InputError:
        # Refused: then the per-case engine refuses one of the rows too.
        refused = 0
        for system, org in zip(systems, organisations, strict=True):
            try:
                aiact.assess(system, org, day, law, interpretations=readings)
            except aiact.InputError:
                refused += 1
        assert refused
        return
    _same_as_per_case(out, systems, organisations, day, law, readings)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(
    st.lists(ais.ai_systems(high_risk=True), min_size=1, max_size=4),
    ais.organisations(public_sector=True),
    st.sampled_from(tuple(LawVersion)),
    ais.as_of_dates(),
    ais.interpretations(),
)
def test_frame_equals_per_case_engine_for_high_risk_systems(
    systems: list[AISystem],
    org: Organisation,
    law: LawVersion,
    day: dt.date,
    readings: Interpretations,
) -> None:
    """Annex III high-risk systems (Art. 6(2)), so that the dated tiers and the dates of the
    high-risk duties (Art. 113, Art. 111) vary across the draws."""
    systems = [ais.consistent_with(s, org) for s in systems]
    out = assess_frame(systems_frame(list(systems)), org, day, law, interpretations=readings)
    _same_as_per_case(out, systems, [org] * len(systems), day, law, readings)


@_SETTINGS
@given(
    st.lists(ais.ai_systems(unknowns=False), min_size=1, max_size=5),
    st.sampled_from(tuple(LawVersion)),
    ais.as_of_dates(),
)
def test_frame_with_one_organisation_and_known_facts(
    systems: list[AISystem], law: LawVersion, day: dt.date
) -> None:
    """The organisation as an argument (one per frame), every fact known."""
    org = Organisation(kind="public_authority", established_in_eu=True, member_state="NL")
    systems = [ais.consistent_with(s, org) for s in systems]
    out = assess_frame(systems_frame(list(systems)), org, day, law)
    _same_as_per_case(out, systems, [org] * len(systems), day, law, Interpretations())


# --------------------------------------------------------------------------- unit tests


def _frame(**columns: Any) -> Any:
    return pd.DataFrame(columns)


def test_high_risk_deployer_in_a_municipality() -> None:
    """Annex III point 4(a) with profiling (Art. 6(2), 6(3) last subparagraph): high-risk on the
    date; on 1 January 2028 the amended text is in force, so AI literacy is Art. 4(1) as replaced
    by Regulation (EU) 2026/1744, which applies from the date its wording exists, 27 July 2026
    (Art. 113, third paragraph, (a), read with Art. 4 of Regulation (EU) 2026/1744; A13)."""
    exclusions = {f"exclusions.{name}": [False, False] for name in Exclusions.model_fields}
    exclusions["exclusions.placed_or_used_in_eu"] = [True, True]
    frame = _frame(
        **{
            "is_ai_system": [True, True],
            "roles.deployer": [True, True],
            "roles.provider": [False, False],
            **exclusions,
            "annex_iii.points": ["4a", ""],
            "derogation.profiling": [True, None],
        }
    )
    org = {"kind": "public_authority", "member_state": "NL", "established_in_eu": True}
    out = assess_frame(frame, org, "2028-01-01")
    assert out["risk_tier"].tolist() == ["high_risk", "minimal"]
    assert bool(out["art4_1"].iloc[0]) is True
    assert out["art4_1.status"].iloc[0] == "in_force"
    assert out["art4_1.from"].iloc[0].date() == dt.date(2026, 7, 27)
    expected = aiact.assess(
        {
            "is_ai_system": True,
            "roles": {"deployer": True, "provider": False},
            "exclusions": {k.split(".")[1]: v[0] for k, v in exclusions.items()},
            "annex_iii": {"points": ["4a"]},
            "derogation": {"profiling": True},
        },
        org,
        "2028-01-01",
    )
    assert out["exposure_max_eur"].iloc[0] == expected.exposure.max_ceiling
    assert out["open_questions"].iloc[0] == len(expected.open_questions)


def test_output_shape_and_index() -> None:
    frame = pd.DataFrame({"roles.deployer": [True, None, False]}, index=["a", "b", "c"])
    out = assess_frame(frame, None, "2027-01-01", exposure=False, questions=False)
    assert list(out.index) == ["a", "b", "c"]
    assert "exposure_max_eur" not in out.columns and "open_questions" not in out.columns
    assert str(out["risk_tier"].dtype) == "category"
    assert str(out["art26_1"].dtype) == "boolean"
    assert str(out["art26_1.status"].dtype) == "category"
    # The dates: categorical over the few distinct dates (missing: not applicable, or not
    # determined); .astype("datetime64[s]") for date arithmetic.
    assert str(out["art26_1.from"].dtype) == "category"
    assert str(out["art26_1.from"].astype("datetime64[s]").dtype) == "datetime64[s]"


def test_empty_frame() -> None:
    out = assess_frame(
        pd.DataFrame({"roles.deployer": pd.Series([], dtype="boolean")}), None, "2027-01-01"
    )
    assert len(out) == 0 and "risk_tier" in out.columns


def test_deterministic() -> None:
    frame = _frame(**{"roles.provider": [True, None], "annex_iii.points": [["1a"], None]})
    first = assess_frame(frame, None, "2027-01-01")
    second = assess_frame(frame, None, "2027-01-01")
    pd.testing.assert_frame_equal(first, second)


def test_input_forms_agree() -> None:
    """Lists as lists or text, dates as dates, text or datetime64, flags as bool or object."""
    as_objects = pd.DataFrame(
        {
            "roles.provider": pd.Series([True, None], dtype=object),
            "annex_iii.points": [["4a", "1a"], None],
            "placed_on_market": [dt.date(2025, 3, 1), None],
        }
    )
    as_text = pd.DataFrame(
        {
            "system.roles.provider": pd.Series([True, None], dtype="boolean"),
            "system.annex_iii.points": ["4a;1a", None],
            "system.placed_on_market": ["2025-03-01", None],
        }
    )
    as_datetime = as_objects.assign(placed_on_market=pd.to_datetime(["2025-03-01", None]))
    one = assess_frame(as_objects, None, "2027-01-01")
    pd.testing.assert_frame_equal(one, assess_frame(as_text, None, "2027-01-01"))
    pd.testing.assert_frame_equal(one, assess_frame(as_datetime, None, "2027-01-01"))


def test_lax_booleans_as_the_per_case_model_reads_them() -> None:
    """1/0 and "yes"/"no" are read as the per-case model (pydantic) reads them."""
    lax = pd.DataFrame({"roles.deployer": pd.Series([1, "no", None], dtype=object)})
    strict = pd.DataFrame({"roles.deployer": pd.Series([True, False, None], dtype="boolean")})
    pd.testing.assert_frame_equal(
        assess_frame(lax, None, "2027-01-01"), assess_frame(strict, None, "2027-01-01")
    )


def test_unknown_column_is_named() -> None:
    with pytest.raises(aiact.InputError) as caught:
        assess_frame(_frame(**{"roles.deployr": [True]}), None, "2027-01-01")
    assert caught.value.problems[0].path == "roles.deployr"
    assert caught.value.problems[0].kind == "unknown_field"


@pytest.mark.parametrize(
    ("column", "values", "path"),
    [
        ("roles.deployer", [True, "perhaps"], "rows[1].roles.deployer"),
        ("roles.deployer", [True, 7], "rows[1].roles.deployer"),
        ("name", ["a", "x" * 501], "rows[1].name"),
        ("name", ["a", 7], "rows[1].name"),
        ("annex_iii.points", ["4a", "9z"], "rows[1].annex_iii.points"),
        ("annex_iii.points", [None, 7], "rows[1].annex_iii.points"),
        ("placed_on_market", ["2025-01-01", "1 May"], "rows[1].placed_on_market"),
    ],
)
def test_bad_value_names_row_and_column(column: str, values: list[Any], path: str) -> None:
    with pytest.raises(aiact.InputError) as caught:
        assess_frame(pd.DataFrame({column: pd.Series(values, dtype=object)}), None, "2027-01-01")
    assert caught.value.problems[0].path == path, str(caught.value)


def test_contradiction_names_row() -> None:
    """The per-case validators hold: an importer is not the provider (Art. 3(6))."""
    frame = _frame(**{"roles.importer": [False, True], "roles.provider": [True, True]})
    with pytest.raises(aiact.InputError) as caught:
        assess_frame(frame, None, "2027-01-01")
    assert caught.value.problems[0].path.startswith("rows[1]"), str(caught.value)


def test_significant_change_before_placing_is_refused() -> None:
    frame = _frame(
        placed_on_market=["2025-01-01", "2025-01-01"], significant_change=[None, "2024-01-01"]
    )
    with pytest.raises(aiact.InputError) as caught:
        assess_frame(frame, None, "2027-01-01")
    assert caught.value.problems[0].path.startswith("rows[1]"), str(caught.value)


def test_bad_organisation_names_row() -> None:
    frame = _frame(**{"organisation.member_state": ["NL", "Netherlands"]})
    with pytest.raises(aiact.InputError) as caught:
        assess_frame(frame, None, "2027-01-01")
    assert caught.value.problems[0].path.startswith("rows[1].organisation"), str(caught.value)


def test_columns_are_the_fact_keys() -> None:
    columns = frame_columns()
    assert columns["roles.deployer"] == "flag"
    assert columns["annex_iii.points"] == "list"
    assert columns["placed_on_market"] == "date"
    assert columns["organisation.kind"] == "organisation"
    assert columns["organisation.group.headcount"] == "organisation"


def test_exported_lazily() -> None:
    """``aiact.assess_frame`` exists, and ``import aiact`` does not import pandas or numpy."""
    assert aiact.assess_frame is assess_frame
    code = "import sys, aiact; print('pandas' in sys.modules, 'numpy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_missing_pandas_names_the_extra() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('pandas', 'numpy'):\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import aiact\n"
        "try:\n"
        "    aiact.assess_frame(None)\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'aiact[pandas]'" in done.stdout, done.stdout + done.stderr


def test_benchmark_quick_mode(tmp_path: Any) -> None:
    """benchmarks/frame.py runs (quick mode; the figures are not asserted)."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    try:
        from benchmarks import frame as bench
    finally:
        sys.path.remove(str(root))
    out = tmp_path / "frame.json"
    assert bench.main(["--quick", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["tier_and_obligations"]["rows_per_second"] > 0
