"""The long fuzz run for hostile input (issue 14): not CI.

    nice .venv/bin/python benchmarks/fuzz.py --inputs 1000000 --seed 1 --json fuzz.json

Feeds generated hostile inputs to every way in of the library: case text (JSON, YAML, auto),
case mappings, ``aiact.assess``, inventory data and CSV inventories, ``file:`` references
against a directory, and the streaming register reader. Each input must end in a result or an
:class:`aiact.InputError`; anything else (a ``TypeError``, ``RecursionError``,
``decimal.InvalidOperation``, ``MemoryError`` ...) is an *uncaught exception* and is logged with
the input that caused it. Inputs that take longer than ``--slow`` seconds are counted too.

The generators (:data:`GENERATORS`) are plain functions of a ``random.Random``, so a seed
reproduces a run; ``tests/test_hostile_fuzz.py`` runs a few thousand of them in CI. Figures:
docs/testing.md. Runs in one process (``--workers`` > 1 uses multiprocessing; the machine this
was measured on is shared, so the recorded run used one).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import string
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import aiact  # noqa: E402
from aiact.case import case_from_mapping, parse_case_text  # noqa: E402
from aiact.errors import InputError  # noqa: E402
from benchmarks.report import write_report  # noqa: E402

EXAMPLES = ROOT / "examples"

# --------------------------------------------------------------------------- building blocks

KEYS = [
    "organisation", "system", "model", "as_of", "law", "interpretations", "name", "roles",
    "annex_iii", "points", "kind", "member_state", "is_ai_system", "placed_on_market",
    "provider", "deployer", "headcount", "annual_turnover_eur", "balance_sheet_total_eur",
    "training_compute_flop", "group", "exclusions", "context", "file", "cases", "defaults",
    "<<", "description",
]  # fmt: skip
NASTY_STRINGS = [
    "", " ", "NO", "no", "yes", "Off", "~", "null", "ß", "\u0130", "\x00", "\x07", "\x1b[31m",
    "\u202e", "\ufeff", "😀", "\ud83d", "2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31",
    "1e400", "-0", "NaN", "Infinity", ".inf", "0x1F", "0o17", "1_000", "12:30:00", "=1+1",
    "../../etc/passwd", "/etc/shadow", "/dev/zero", "amended", "original", "banana", "4a",
    "public_authority", "NL", "nl", "EL", "XX", "a" * 600, "é" * 20_001,
]  # fmt: skip
NUMBERS = [
    0, -1, 1, 2**31, 2**63, 2**64, 10**15, 10**15 + 1, 10**25, 10**27, 10**40, 10**41,
    0.1, -0.0, 1e308, 3.4e27, float("inf"), float("nan"),
]  # fmt: skip


def _big_number(rng: random.Random) -> str:
    """A numeric literal: huge, tiny, many digits, exponent forms."""
    choice = rng.randrange(6)
    if choice == 0:
        return "1" * rng.choice([16, 27, 28, 29, 40, 300, 4299, 4301, 5000])
    if choice == 1:
        return f"{rng.randint(1, 9)}e{rng.choice([15, 16, 27, 28, 100, 400, 999999, -50, -400])}"
    if choice == 2:
        return f"{rng.randint(1, 9)}.{'9' * rng.choice([2, 20, 50, 100])}"
    if choice == 3:
        return f"-{rng.randint(0, 10**6)}"
    if choice == 4:
        return str(rng.choice(NUMBERS))
    return f"{rng.random() * 10 ** rng.randint(0, 30):.{rng.randint(0, 30)}f}"


def _scalar(rng: random.Random) -> Any:
    pick = rng.randrange(8)
    if pick == 0:
        return rng.choice(NASTY_STRINGS)
    if pick == 1:
        return rng.choice(NUMBERS)
    if pick == 2:
        return rng.choice([True, False, None])
    if pick == 3:
        return "".join(rng.choice(string.printable) for _ in range(rng.randint(0, 12)))
    if pick == 4:
        return "".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(0, 6)))
    if pick == 5:
        return _big_number(rng)
    if pick == 6:
        return rng.choice(["2026-11-28", "2024-05-01", "2020-01-01", "2030-06-30"])
    return rng.randint(-(10**6), 10**6)


def _junk(rng: random.Random, depth: int = 0) -> Any:
    if depth > 4 or rng.random() < 0.4:
        return _scalar(rng)
    if rng.random() < 0.5:
        return [_junk(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {
        rng.choice(KEYS) if rng.random() < 0.8 else str(_scalar(rng))[:20]: _junk(rng, depth + 1)
        for _ in range(rng.randint(0, 5))
    }


_VALID: list[dict[str, Any]] = []


def _valid_cases() -> list[dict[str, Any]]:
    if not _VALID:
        for path in sorted(EXAMPLES.glob("*.yaml")):
            if path.name == "inventory.yaml":
                continue
            case = aiact.load_case(path)
            _VALID.append(case.model_dump(mode="json", exclude_none=True))
    return _VALID


def _mutate(rng: random.Random, data: Any, depth: int = 0) -> Any:
    """A valid case with a few fields replaced, deep inside, by hostile values."""
    if isinstance(data, dict) and data and depth < 6:
        out = dict(data)
        for _ in range(rng.randint(1, 2)):
            key = rng.choice(sorted(out))
            if rng.random() < 0.6:
                out[key] = _mutate(rng, out[key], depth + 1)
            else:
                out[key] = _junk(rng) if rng.random() < 0.5 else _scalar(rng)
        return out
    if isinstance(data, list) and data and rng.random() < 0.5:
        return [_mutate(rng, item, depth + 1) for item in data]
    return _scalar(rng)


# --------------------------------------------------------------------------- generators
# Each returns (target name, payload); run_one() dispatches on the target.


def gen_text(rng: random.Random) -> tuple[str, Any]:
    """Random text: printable junk, YAML punctuation, control characters."""
    alphabet = rng.choice(
        [string.printable, "[]{}:,-&*!|>'\"#%@`? \n\t", "\x00\x01\x1b\u2028\u0085"]
    )
    return "text", "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))


def gen_json_junk(rng: random.Random) -> tuple[str, Any]:
    return "text", json.dumps(_junk(rng), allow_nan=True, ensure_ascii=rng.random() < 0.5)


def gen_yaml_junk(rng: random.Random) -> tuple[str, Any]:
    import yaml

    return "text", yaml.safe_dump(_junk(rng), allow_unicode=True)


def gen_mutated_case(rng: random.Random) -> tuple[str, Any]:
    case = _mutate(rng, rng.choice(_valid_cases()))
    form = rng.randrange(3)
    if form == 0:
        return "mapping", case
    if form == 1:
        return "text", json.dumps(case, allow_nan=True, ensure_ascii=rng.random() < 0.5)
    import yaml

    return "text", yaml.safe_dump(case, allow_unicode=True)


def gen_alias_bomb(rng: random.Random) -> tuple[str, Any]:
    """Billion laughs under a field (roles, points, merge keys), random depth and width."""
    depth, width = rng.randint(2, 14), rng.randint(2, 12)
    lines = ["a0: &a0 [x]"] if rng.random() < 0.5 else ["a0: &a0 {k: v}"]
    for level in range(1, depth):
        refs = ", ".join([f"*a{level - 1}"] * width)
        if rng.random() < 0.3 and lines[0].endswith("}"):
            lines.append(f"a{level}: &a{level} {{<<: [{refs}]}}")
        else:
            lines.append(f"a{level}: &a{level} [{refs}]")
    where = rng.choice(
        ["system: {roles: *a", "system: {annex_iii: {points: *a", "organisation: *a"]
    )
    lines.append(f"{where}{depth - 1}" + "}" * where.count("{"))
    return "text", "\n".join(lines) + "\n"


def gen_recursive_alias(rng: random.Random) -> tuple[str, Any]:
    return "text", rng.choice(
        ["&a [*a]", "a: &x {<<: *x}", "system: &s {roles: *s}", "x: &x [1, [2, *x]]\nsystem: *x"]
    )


def gen_deep(rng: random.Random) -> tuple[str, Any]:
    n = rng.choice([31, 33, 100, 999, 1001, 5000, 100_000])
    form = rng.randrange(4)
    if form == 0:
        return "text", "[" * n + "]" * n
    if form == 1:
        return "text", "{a: " * n + "1" + "}" * n
    if form == 2:
        return "text", '{"a": ' * n + "1" + "}" * n
    return "text", "".join(" " * i + "a:\n" for i in range(min(n, 2000))) + " " * n + "a: 1\n"


def gen_big(rng: random.Random) -> tuple[str, Any]:
    """Large documents: long flow lists, long strings, many keys (bounded by the limits)."""
    n = rng.choice([1_001, 10_001, 30_001])
    form = rng.randrange(3)
    if form == 0:
        return "text", "system: {annex_iii: {points: [" + ", ".join(["1a"] * n) + "]}}\n"
    if form == 1:
        return "text", "system: {name: " + "x" * (n * 5) + "}\n"
    return "text", "{" + ", ".join(f"k{i}: {i}" for i in range(n)) + "}\n"


def gen_numbers(rng: random.Random) -> tuple[str, Any]:
    field = rng.choice(
        ["annual_turnover_eur", "balance_sheet_total_eur", "headcount", "group.annual_turnover_eur"]
    )
    number = _big_number(rng)
    case = json.loads(json.dumps(rng.choice(_valid_cases())))
    org = case.setdefault("organisation", {})
    if field.startswith("group."):
        org["part_of_group"] = True
        org["group"] = {"annual_turnover_eur": 0}
        field = field.split(".", 1)[1]
        org = org["group"]
    org[field] = 0
    text = json.dumps(case).replace(f'"{field}": 0', f'"{field}": {number}')
    if rng.random() < 0.3:
        text = json.dumps(case).replace(f'"{field}": 0', f'"{field}": "{number}"')
    return "assess_text", text


def gen_model_compute(rng: random.Random) -> tuple[str, Any]:
    text = (
        '{"as_of": "2026-11-28", "organisation": {}, "model": {"is_general_purpose": true,'
        f' "provider": true, "training_compute_flop": {_big_number(rng)}}}}}'
    )
    return "assess_text", text


def gen_yaml_specials(rng: random.Random) -> tuple[str, Any]:
    """Duplicate keys, YAML 1.1 booleans, impossible dates, tags, merge keys."""
    return "text", rng.choice(
        [
            "organisation: {member_state: NO}\nsystem: {is_ai_system: yes}\n",
            "system: {name: a, name: b}\n",
            "system: {}\nsystem: {}\n",
            "as_of: 2026-02-30\norganisation: {}\nsystem: {}\n",
            "as_of: 20261128\norganisation: {}\nsystem: {}\n",
            "law: banana\nsystem: {}\n",
            "system: !!python/object/apply:os.system [echo]\n",
            "system: !!binary aGVsbG8=\n",
            "system: !!set {a, b}\n",
            "? [a, b]\n: c\n",
            "x: &x {is_ai_system: true}\nsystem: {<<: *x, <<: *x}\n",
            "system: {<<: [1, 2]}\n",
            "system: {<<: 1}\n",
            "organisation: {member_state: \u00df}\nsystem: {}\n",
            "organisation: {headcount: 0x" + "f" * 5000 + "}\nsystem: {}\n",
            "organisation: {headcount: 190:20:30}\nsystem: {}\n",
            "%YAML 1.1\n---\nsystem: {}\n",
            "--- a\n--- b\n",
            '{"system": {"name": "\\ud83d"}}',
            '{"system": {"name": "\\ud83d\\ude00"}, "organisation": {}}',
            '{"system": {}, "system": {}}',
            '{"organisation": {"headcount": ' + "9" * 5000 + '}, "system": {}}',
            '{"organisation": {"annual_turnover_eur": 1e999999}, "system": {}}',
            '{"organisation": {"annual_turnover_eur": NaN}, "system": {}}',
        ]
    )


def gen_assess_kwargs(rng: random.Random) -> tuple[str, Any]:
    """Direct calls of aiact.assess with odd argument types."""
    return "assess", {
        "system": rng.choice([{}, {"is_ai_system": True}, _junk(rng), None, 1, "x"]),
        "organisation": rng.choice([{}, _junk(rng), None, [], {"member_state": _scalar(rng)}]),
        "as_of": rng.choice(
            [None, 20261128, "2026-11-28", "x", 1.5, [], "2020-01-01", _scalar(rng)]
        ),
        "law": rng.choice([None, "banana", 7, "amended", [], _scalar(rng)]),
        "interpretations": rng.choice([None, {}, _junk(rng), {"a1": "x"}]),
    }


def gen_inventory(rng: random.Random) -> tuple[str, Any]:
    rows: list[Any] = []
    for _ in range(rng.randint(0, 6)):
        pick = rng.randrange(5)
        if pick == 0:
            rows.append(rng.choice(_valid_cases()))
        elif pick == 1:
            rows.append(_mutate(rng, rng.choice(_valid_cases())))
        elif pick == 2:
            rows.append({"file": rng.choice([*NASTY_STRINGS, "case.yaml", "sub/../case.yaml"])})
        elif pick == 3:
            rows.append(_junk(rng))
        else:
            rows.append(
                {"file": rng.choice(["link-out.yaml", "fifo", "dir", "big.yaml", "bad.yaml"])}
            )
    data: Any = rows
    if rng.random() < 0.5:
        data = {"cases": rows, "defaults": rng.choice([{}, {"as_of": _scalar(rng)}, _junk(rng)])}
    return "inventory", data


def gen_csv(rng: random.Random) -> tuple[str, Any]:
    columns = rng.sample(
        [
            "name", "as_of", "system", "system.name", "system.is_ai_system", "organisation",
            "organisation.kind", "organisation.member_state", "system.annex_iii.points",
            "system.roles", "system.roles.deployer", "organisation.annual_turnover_eur", "",
        ],
        rng.randint(1, 8),
    )  # fmt: skip
    lines = [",".join(columns)]
    for _ in range(rng.randint(0, 5)):
        cells = [str(_scalar(rng)).replace("\n", " ")[:50] for _ in range(rng.randint(0, 10))]
        if rng.random() < 0.1:
            cells.append('"unterminated')
        lines.append(",".join(cells))
    return "csv", "\n".join(lines) + "\n"


def gen_register(rng: random.Random) -> tuple[str, Any]:
    rows = []
    for i in range(rng.randint(0, 5)):
        if rng.random() < 0.7:
            rows.append(
                {
                    "id": str(i),
                    "title": str(_scalar(rng))[:40],
                    "organisatie": rng.choice(["Gemeente X", "", "Stichting Y", str(_scalar(rng))]),
                    "status": rng.choice(["in_gebruik", "buiten_gebruik", "", "x"]),
                }
            )
        else:
            rows.append(_junk(rng))
    text = json.dumps({"algoritmes": rows, "count": len(rows)} if rng.random() < 0.5 else rows)
    cut = rng.random()
    if cut < 0.2:
        text = text[: rng.randint(0, len(text))]
    elif cut < 0.3:
        text = "[" * rng.choice([10, 2000]) + text
    elif cut < 0.35:
        text = ""
    return "register", text


def gen_register_csv(rng: random.Random) -> tuple[str, Any]:
    header = rng.choice(["", "name", "name,organization,status", "name;organization;status;lars"])
    sep = ";" if ";" in header else ","
    lines = [header]
    for _ in range(rng.randint(0, 4)):
        cells = [str(_scalar(rng)).replace("\n", " ")[:40] for _ in range(rng.randint(0, 5))]
        if rng.random() < 0.1:
            cells.append('"' + "x" * 140_000 + '"')
        lines.append(sep.join(cells))
    return "register_csv", "\n".join(lines)


GENERATORS: dict[str, Callable[[random.Random], tuple[str, Any]]] = {
    "text": gen_text,
    "json_junk": gen_json_junk,
    "yaml_junk": gen_yaml_junk,
    "mutated_case": gen_mutated_case,
    "alias_bomb": gen_alias_bomb,
    "recursive_alias": gen_recursive_alias,
    "deep": gen_deep,
    "big": gen_big,
    "numbers": gen_numbers,
    "model_compute": gen_model_compute,
    "yaml_specials": gen_yaml_specials,
    "assess_kwargs": gen_assess_kwargs,
    "inventory": gen_inventory,
    "csv": gen_csv,
    "register": gen_register,
    "register_csv": gen_register_csv,
}
#: How often each generator is drawn: the cheap parsers' generators most, the ones that assess
#: whole cases or build large documents less (they cost 5 to 100 times more per input).
WEIGHTS: dict[str, float] = {
    "text": 20, "json_junk": 20, "yaml_junk": 10, "mutated_case": 8, "alias_bomb": 2,
    "recursive_alias": 1, "deep": 1, "big": 0.3, "numbers": 6, "model_compute": 2,
    "yaml_specials": 4, "assess_kwargs": 15, "inventory": 3, "csv": 8, "register": 3,
    "register_csv": 2,
}  # fmt: skip


# --------------------------------------------------------------------------- running


def _sandbox() -> Path:
    """A folder for ``file:`` references: a good case, a symlink out, a FIFO, a directory, a
    file over the size limit and a file that is not UTF-8."""
    folder = Path(tempfile.mkdtemp(prefix="aiact-fuzz-"))
    (folder / "case.yaml").write_text(
        (EXAMPLES / "municipal-chatbot.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "dir").mkdir()
    (folder / "big.yaml").write_bytes(b"# " + b"x" * (2 * 1024 * 1024))
    (folder / "bad.yaml").write_bytes(b"\xff\xfe\x00")
    try:
        (folder / "link-out.yaml").symlink_to("/etc/passwd")
        os.mkfifo(folder / "fifo")
    except (OSError, AttributeError):
        pass
    return folder


def run_one(target: str, payload: Any, sandbox: Path) -> None:
    """Feed one input; returns normally or raises InputError, else it is a finding."""
    from aiact.interop import register
    from aiact.portfolio import _entries_from_data, parse_inventory_csv, run_portfolio

    if target == "text":
        case = parse_case_text(payload, "fuzz")
        _assess_case(case)
    elif target == "mapping":
        _assess_case(case_from_mapping(payload, "fuzz"))
    elif target == "assess_text":
        _assess_case(parse_case_text(payload, "fuzz"))
    elif target == "assess":
        aiact.assess(
            payload["system"],
            payload["organisation"],
            payload["as_of"],
            payload["law"],
            interpretations=payload["interpretations"],
        )
    elif target == "inventory":
        entries = _entries_from_data(payload, "fuzz", sandbox)
        run_portfolio(entries).to_dict()
    elif target == "csv":
        entries = parse_inventory_csv(payload, "fuzz.csv")
        run_portfolio(entries).to_csv()
    elif target == "register":
        stream = register._json_rows(io.StringIO(payload), "fuzz", register.MAX_ENTRY_BYTES)
        entries = [register._entry_from_row(i, row) for i, row in enumerate(stream)]
        register.summarise(register.iter_assess_register(entries, _AS_OF))
    elif target == "register_csv":
        path = sandbox / "register.csv"
        path.write_bytes(payload.encode("utf-8", "surrogatepass"))
        register.summarise(register.iter_assess_register(register.iter_register_csv(path), _AS_OF))
    else:  # pragma: no cover
        raise AssertionError(target)


_SERIALISED = [0]


def _assess_case(case: Any) -> None:
    """Assess, compute the fines and (every tenth case, it is the slow part) write the JSON."""
    if case.as_of is None:
        case = case.model_copy(update={"as_of": _AS_OF})
    assessment = case.assess()
    assessment.exposure  # noqa: B018 - the fine arithmetic
    _SERIALISED[0] += 1
    if _SERIALISED[0] % 10 == 0:
        assessment.to_json()


import datetime as _dt  # noqa: E402

_AS_OF = _dt.date(2026, 11, 28)


def fuzz(
    inputs: int,
    seed: int,
    *,
    slow: float = 2.0,
    report_every: int = 10_000,
    progress: Path | None = None,
    findings_log: Path | None = None,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Run ``inputs`` generated inputs; the report counts outcomes per generator."""
    rng = random.Random(seed)
    names = list(GENERATORS)
    weights = [WEIGHTS[n] for n in names]
    sandbox = _sandbox()
    outcomes: Counter[str] = Counter()
    per_generator: Counter[str] = Counter()
    findings: list[dict[str, Any]] = []
    slow_inputs: list[dict[str, Any]] = []
    start = time.perf_counter()
    for index in range(inputs):
        name = rng.choices(names, weights)[0]
        sub_seed = rng.getrandbits(64)
        target, payload = GENERATORS[name](random.Random(sub_seed))
        per_generator[name] += 1
        began = time.perf_counter()
        try:
            run_one(target, payload, sandbox)
            outcomes["accepted"] += 1
        except InputError:
            outcomes["input_error"] += 1
        except BaseException as error:
            if isinstance(error, KeyboardInterrupt):
                raise
            outcomes["uncaught"] += 1
            finding = {
                "index": index,
                "generator": name,
                "seed": sub_seed,
                "error": f"{error.__class__.__name__}: {str(error)[:300]}",
                "traceback": traceback.format_exc()[-2000:],
            }
            findings.append(finding)
            if findings_log is not None:
                with findings_log.open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps(finding) + "\n")
        took = time.perf_counter() - began
        if took > slow:
            slow_inputs.append({"index": index, "generator": name, "seed": sub_seed, "s": took})
            if findings_log is not None:
                with findings_log.open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps({"slow": slow_inputs[-1]}) + "\n")
        if (index + 1) % report_every == 0:
            elapsed = time.perf_counter() - start
            line = (
                f"{index + 1:,} inputs, {elapsed:,.0f} s, {dict(outcomes)}, slow {len(slow_inputs)}"
            )
            log(line)
            if progress is not None:
                progress.write_text(line + "\n", encoding="utf-8")
    elapsed = time.perf_counter() - start
    return {
        "inputs": inputs,
        "seed": seed,
        "seconds": round(elapsed, 1),
        "per_second": round(inputs / elapsed, 1) if elapsed else None,
        "outcomes": dict(outcomes),
        "uncaught": outcomes["uncaught"],
        "generators": dict(per_generator),
        "slow_threshold_s": slow,
        "slow": slow_inputs[:100],
        "slowest_s": max((s["s"] for s in slow_inputs), default=None),
        "findings": findings[:200],
        "python": sys.version.split()[0],
    }


def _worker(args: tuple[int, int, float]) -> dict[str, Any]:
    inputs, seed, slow = args
    return fuzz(inputs, seed, slow=slow, log=lambda _line: None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--inputs", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slow", type=float, default=2.0, help="seconds that count as slow")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", help="write the report to this file")
    parser.add_argument("--progress", help="keep the latest progress line in this file")
    parser.add_argument("--findings", help="append each finding to this file as it happens")
    args = parser.parse_args(argv)
    if args.workers > 1:
        import multiprocessing

        share = args.inputs // args.workers
        jobs = [(share, args.seed + i, args.slow) for i in range(args.workers)]
        with multiprocessing.Pool(args.workers) as pool:
            parts = pool.map(_worker, jobs)
        report = {
            "inputs": sum(p["inputs"] for p in parts),
            "uncaught": sum(p["uncaught"] for p in parts),
            "seconds": max(p["seconds"] for p in parts),
            "parts": parts,
        }
    else:
        progress = Path(args.progress) if args.progress else None
        findings = Path(args.findings) if args.findings else None
        report = fuzz(
            args.inputs, args.seed, slow=args.slow, progress=progress, findings_log=findings
        )
    write_report(args.json, report)
    summary = {k: report[k] for k in ("inputs", "seconds", "uncaught") if k in report}
    print(json.dumps(summary))
    return 0 if report["uncaught"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
