"""rev27a (round 27): independent probe of r77 (the floor of an unknown Art. 111(2) significant
change read case by case from the rules its condition holds by, ``DateEvaluation._input_floor``
and ``aiact.frame`` alike).

Law: Art. 111(2) of 2024/1689 ("only if, as from that date, those systems are subject to
significant changes in their designs"); as replaced by Regulation (EU) 2026/1744, Art. 1, point
(39): "placed on the market or put into service before the date of application of Chapter III
referred to in Article 113, only if, as from that date"; Art. 113, third paragraph, point (c) as
replaced by 2026/1744 Art. 1, point (40)(b): "(i) 2 December 2027 as regards AI systems
classified as high-risk pursuant to Article 6(2) and Annex III; and (ii) 2 August 2028 as
regards AI systems classified as high-risk pursuant to Article 6(1) and Annex I".

What it checks, over partial cases (the change unknown, alone or with the route / Annex I, the
public-authority purpose, the role or the placing unknown) and their completions:

* soundness: a known ``applies`` of the partial case equals every completion's; a determined
  status (in force / upcoming / not applicable) equals every completion's; a known
  ``applies_from`` equals every applying completion's; ``timing.earliest`` is no later than any
  applying completion's ``applies_from``;
* tightness: how often ``timing.earliest`` equals the least completion date;
* against ae96648 (``--base DIR``: an export of that commit's ``aiact``, run in a subprocess):
  every complete case (the completions) unchanged; the partial cases' differences counted;
* engine vs frame: ``assess_frame`` equals ``aiact.assess`` (applies, status, from) per row.

Run: ``PYTHONPATH=$PWD python benchmarks/rev27a_probe.py --base /tmp/rev27a_base``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE / "tests"))

D = dt.date
OPEN = "OPEN"

CHANGES: list[Any] = [
    "none",
    "2025-06-01",
    "2026-08-01",
    "2026-08-02",
    "2027-12-01",
    "2027-12-02",
    "2028-08-01",
    "2028-08-02",
    "2030-08-02",
    "2030-08-03",
]
DOMAIN: dict[str, list[Any]] = {
    "change": CHANGES,
    "placed": ["2025-03-01", "2026-09-01", "2028-03-01"],
    "public": [True, False],
    "used": [True, False],
    "role": [True, False],
    "route": ["iii", "i", "both", "none"],
    "annex_i": [True, False],
}
KINDS = ("iii", "i", "dep_iii", "dep_i", "a30", "sup_i", "reclass")
READINGS: list[dict[str, str]] = [
    {},
    {"legacy_general_duties": "literal"},
    {"legacy_general_duties": "literal", "art111_cutoff": "general_date"},
    {"legacy_general_duties": "literal", "art80_finding": "provider_assessment_stands"},
    {"legacy_general_duties": "literal", "reclassified_system_timing": "placed_as_not_high_risk"},
    {"legacy_general_duties": "literal", "public_authority_use": "actual_use"},
    {"art80_finding": "provider_assessment_stands"},
]
DAYS = [
    "2026-07-01",
    "2026-12-02",
    "2027-06-01",
    "2027-12-02",
    "2028-01-03",
    "2028-08-01",
    "2028-08-02",
    "2028-09-01",
]
# which facts may be left open besides the change, per kind
OPENABLE = {
    "iii": ("route", "public", "role", "placed"),
    "i": ("route", "public", "role", "placed"),
    "dep_iii": ("public", "role", "used"),
    "dep_i": ("public", "role", "used"),
    "a30": ("annex_i", "placed"),
    "sup_i": ("annex_i", "placed"),
    "reclass": ("placed",),
}


def _day(value: Any) -> Any:
    if isinstance(value, str) and value[:1].isdigit():
        return D.fromisoformat(value)
    return value


def build(spec: dict[str, Any]) -> tuple[Any, Any]:
    """The system and organisation of a case spec (JSON-able; OPEN: unknown)."""
    from timecases import ANNEX_I_MEDICAL, COMPANY, PUBLIC_BODY, system

    import aiact

    kind, state = spec["kind"], spec["state"]

    def get(name: str, default: Any) -> Any:
        value = state.get(name, default)
        return None if value == OPEN else _day(value)

    route = state.get("route", {"dep_iii": "iii", "dep_i": "i", "a30": "iii"}.get(kind, kind))
    if kind in ("sup_i", "reclass"):
        route = "none" if kind == "sup_i" else "iii"
    role = {"dep_iii": "deployer", "dep_i": "deployer", "sup_i": None}.get(kind, "provider")
    annex_iii = ["4a"] if route in ("iii", "both") else None
    annex_i = ANNEX_I_MEDICAL if route in ("i", "both") else None
    s = system(
        roles=(role,) if role else (),
        annex_iii=annex_iii,
        annex_i=annex_i,
        placed_on_market=get("placed", "2025-03-01"),
        significant_change=get("change", "none"),
        context={
            "intended_for_public_authorities": get("public", True),
            "used_by_public_authorities": get("used", False),
            "annex_x_large_scale_it_component": False,
        },
        profiling=kind not in ("a30", "reclass"),
        derogated=kind in ("a30", "reclass"),
    ).model_dump(mode="json")
    if route == OPEN:
        s["annex_iii"]["points"] = None
        s["annex_i"] = dict.fromkeys(ANNEX_I_MEDICAL)
    if kind in ("a30", "sup_i"):
        a1 = state.get("annex_i", True if kind == "a30" else OPEN)
        if a1 == OPEN:
            s["annex_i"] = dict.fromkeys(ANNEX_I_MEDICAL)
        elif a1:
            s["annex_i"] = dict(ANNEX_I_MEDICAL)
    if kind in ("a30", "reclass"):
        s["authority_actions"]["msa_found_derogated_system_high_risk"] = True
    if kind == "sup_i":
        s["value_chain"]["supplies_components_for_high_risk"] = True
    if role:
        s["roles"][role] = get("role", True)
    org = PUBLIC_BODY if kind.startswith("dep") else COMPANY
    return aiact.AISystem.model_validate(s), org


def run(spec: dict[str, Any]) -> dict[str, Any] | None:
    """Per obligation: (applies, status, applies_from, earliest); None: not a valid case."""
    import aiact
    from aiact.interpretations import Interpretations

    try:
        s, org = build(spec)
        a = aiact.assess(
            s, org, spec["day"], spec["law"], interpretations=Interpretations(**spec["readings"])
        )
    except ValueError:
        return None
    out: dict[str, Any] = {}
    for r in a.obligation_results:
        timing = r.timing
        out[r.id] = (
            r.applies,
            r.status.value,
            None if r.applies_from is None else r.applies_from.isoformat(),
            None if timing is None or timing.earliest is None else timing.earliest.isoformat(),
        )
    return out


def completions(spec: dict[str, Any]) -> list[dict[str, Any]]:
    state = spec["state"]
    opened = [k for k, v in state.items() if v == OPEN]
    out = []
    for values in itertools.product(*(DOMAIN[k] for k in opened)):
        full = dict(state, **dict(zip(opened, values, strict=True)))
        out.append(dict(spec, state=full))
    return out


def partial_cases(rng: random.Random, count: int) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    # every kind x law x reading x day with the change alone unknown
    for kind, law, readings, day in itertools.product(
        KINDS, ("original", "amended"), READINGS, DAYS
    ):
        spec = {
            "kind": kind,
            "law": law,
            "readings": readings,
            "day": day,
            "state": {"change": OPEN},
        }
        seen.add(json.dumps(spec, sort_keys=True))
        out.append(spec)
    while len(out) < count:
        kind = rng.choice(KINDS)
        state: dict[str, Any] = {"change": OPEN}
        extra = rng.choice(OPENABLE[kind])
        state[extra] = OPEN
        for name in OPENABLE[kind]:
            if name not in state and rng.random() < 0.3:
                state[name] = rng.choice(DOMAIN[name])
        spec = {
            "kind": kind,
            "law": rng.choice(("original", "amended", "amended")),
            "readings": rng.choice(READINGS),
            "day": rng.choice(DAYS),
            "state": state,
        }
        key = json.dumps(spec, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(spec)
    return out


def check(
    partial: dict[str, Any],
    done: list[dict[str, Any]],
    counts: Counter[str],
    loose: list[str],
) -> list[str]:
    bad: list[str] = []
    for oid, (applies, status, start, earliest) in partial.items():
        rows = [c[oid] for c in done if oid in c]
        if not rows:
            continue
        counts["obligation checks"] += 1
        if applies is not None and any(r[0] is not applies for r in rows):
            bad.append(f"{oid}: applies {applies} but a completion differs")
        if status != "undetermined" and any(r[1] != status for r in rows):
            bad.append(f"{oid}: status {status} but completions {sorted({r[1] for r in rows})}")
        if start is not None and any(r[0] and r[2] != start for r in rows):
            bad.append(f"{oid}: from {start} but completions {sorted({str(r[2]) for r in rows})}")
        if earliest is not None:
            counts["earliest checks"] += 1
            dates = [r[2] for r in rows if r[0] and r[2] is not None]
            low = [d for d in dates if d < earliest]
            if low:
                bad.append(f"{oid}: earliest {earliest} above a completion's {min(low)}")
            elif dates and min(dates) == earliest:
                counts["earliest exact"] += 1
            elif dates:
                counts["earliest below every completion"] += 1
                loose.append(f"{oid}: earliest {earliest}, completions from {min(dates)}")
    return bad


def frame_check(specs: list[dict[str, Any]], counts: Counter[str]) -> list[str]:
    """assess_frame against aiact.assess, row by row, per (law, reading, day)."""
    import pandas as pd

    import aiact
    from aiact.frame import assess_frame, systems_frame
    from aiact.interpretations import Interpretations

    bad: list[str] = []
    groups: dict[str, list[dict[str, Any]]] = {}
    for spec in specs:
        key = json.dumps([spec["law"], spec["readings"], spec["day"]], sort_keys=True)
        groups.setdefault(key, []).append(spec)
    for key, group in groups.items():
        law, readings, day = json.loads(key)
        built = []
        for spec in group:
            try:
                built.append(build(spec))
            except ValueError:
                continue
        options = Interpretations(**readings)
        try:
            out = assess_frame(
                systems_frame([s for s, _ in built], [o for _, o in built]),
                None,
                D.fromisoformat(day),
                law,
                interpretations=options,
            )
        except aiact.InputError:
            counts["frame groups refused"] += 1
            continue
        for row, (s, org) in enumerate(built):
            a = aiact.assess(s, org, day, law, interpretations=options)
            counts["frame rows"] += 1
            for r in a.obligation_results:
                counts["frame cells"] += 1
                status = out[f"{r.id}.status"].iloc[row]
                start = out[f"{r.id}.from"].iloc[row]
                start = None if pd.isna(start) else start.date()
                if status != r.status.value or start != r.applies_from:
                    bad.append(
                        f"{key} row {row} {r.id}: frame {status}/{start}, engine "
                        f"{r.status.value}/{r.applies_from}"
                    )
    return bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", help="a directory holding ae96648's aiact package")
    parser.add_argument("--count", type=int, default=1400)
    parser.add_argument("--seed", type=int, default=27)
    parser.add_argument("--dump", help="(internal) run the specs of this JSON file and print")
    args = parser.parse_args()
    if args.dump:
        specs = json.loads(Path(args.dump).read_text())
        print(json.dumps([run(spec) for spec in specs]))
        return
    rng = random.Random(args.seed)
    counts: Counter[str] = Counter()
    partials = partial_cases(rng, args.count)
    problems: list[str] = []
    loose: list[str] = []
    changed_earliest: Counter[str] = Counter()
    complete_specs: list[dict[str, Any]] = []
    partial_results = []
    for spec in partials:
        result = run(spec)
        partial_results.append(result)
        if result is None:
            counts["partial invalid"] += 1
            continue
        counts["partial cases"] += 1
        done = []
        for full in completions(spec):
            got = run(full)
            if got is None:
                continue
            counts["completions"] += 1
            done.append(got)
            if rng.random() < 0.08:
                complete_specs.append(full)
        found: list[str] = []
        for message in check(result, done, counts, found):
            problems.append(f"{json.dumps(spec, sort_keys=True)}: {message}")
        loose += [f"{json.dumps(spec, sort_keys=True)}: {message}" for message in found]
    if args.base:
        env = dict(os.environ, PYTHONPATH=args.base)
        specs_file = Path("/tmp/rev27a_specs.json")
        for label, specs, mine in (
            ("partial", partials, partial_results),
            ("complete", complete_specs, [run(s) for s in complete_specs]),
        ):
            specs_file.write_text(json.dumps(specs))
            raw = subprocess.run(
                [sys.executable, __file__, "--dump", str(specs_file)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            base = json.loads(raw)
            for spec, old, new in zip(specs, base, mine, strict=True):
                if old is None or new is None:
                    continue
                counts[f"{label} cases compared with ae96648"] += 1
                for oid, now in new.items():
                    was = tuple(old[oid])
                    now = tuple(now)
                    if was == now:
                        continue
                    counts[f"{label} obligations differing from ae96648"] += 1
                    if label == "complete":
                        problems.append(f"complete case changed: {spec} {oid} {was} -> {now}")
                        continue
                    # intended: the earliest date rose, and with it an undetermined status
                    # may become upcoming (soundness of both: :func:`check`)
                    same = was[0] == now[0] and was[2] == now[2]
                    rose = was[3] is not None and now[3] is not None and now[3] > was[3]
                    status = was[1] == now[1] or (was[1], now[1]) == ("undetermined", "upcoming")
                    if same and rose and status:
                        changed_earliest[f"{oid} earliest {was[3]}->{now[3]}"] += 1
                        if was[1] != now[1]:
                            changed_earliest[f"{oid} status {was[1]}->{now[1]}"] += 1
                        continue
                    problems.append(f"partial case changed otherwise: {spec} {oid} {was}->{now}")
    frame_specs = [s for s, r in zip(partials, partial_results, strict=True) if r is not None]
    problems += frame_check(frame_specs[:: max(1, len(frame_specs) // 250)], counts)
    for key, value in sorted(counts.items()):
        print(f"{key}: {value}")
    print("rises of earliest / status changes vs ae96648:")
    for key, value in sorted(changed_earliest.items()):
        print(f"  {key}: {value}")
    print("earliest below every completion (not tight):")
    for line in loose[:20]:
        print("  " + line)
    print(f"counter-examples: {len(problems)}")
    for line in problems[:40]:
        print("  " + line)


if __name__ == "__main__":
    main()
