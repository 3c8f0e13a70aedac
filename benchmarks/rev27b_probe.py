"""rev27b (round 27): independent probe of review84 D2 (branch h/d2): the duties of Arts. 60-61
and 82(2) dated on the Art. 111(2) names without the "is high-risk" conjunct
(``TimingGroup.GENERAL_IF_HIGH_RISK``, ``HIGH_RISK_GATED_IF_HIGH_RISK``,
``aiact.rules.timing.HIGH_RISK_LEGACY``).

Law: Art. 60(1) (2024/1689): "Testing of high-risk AI systems in real world conditions outside
AI regulatory sandboxes may be conducted by providers or prospective providers of high-risk AI
systems listed in Annex III"; as replaced by Regulation (EU) 2026/1744, Art. 1, point (24)(a):
"... listed in Annex III or covered by Union harmonisation legislation listed in Section A of
Annex I". Art. 82(1): "although a high-risk AI system complies with this Regulation". Art.
111(2): "this Regulation shall apply to operators of high-risk AI systems ... placed on the
market or put into service before [the cut-off], only if, as from that date, those systems are
subject to significant changes in their designs. In any case, the providers and deployers of
high-risk AI systems intended to be used by public authorities shall take the necessary steps to
comply ... by 2 August 2030."

Cases: a provider (company or public body), importer, distributor or deployer (public body);
the Annex III listing (4(a), or none), an Art. 6(3) derogation, an Art. 80(2) finding, the Annex
I product (Section A medical device, Section B marine equipment, or none), first placing,
significant change, intended for public authorities, real-world testing outside a sandbox (Art.
60), the authority's Art. 82(1) requirement; both texts; several days; readings A1, A2, A3, A27,
A30, A41. Partial cases leave one to three of those facts unknown; their completions take every
value of the domain below (a subset of all completions: a counter-example found is real).

Checks (every obligation row, the seven duties counted apart):

* soundness on this checkout: a known ``applies`` equals every completion's; a determined
  status equals every completion's; "not applicable" (never binds) only where no completion
  binds; a known ``applies_from`` equals that of every completion where the duty applies; a
  known ``timing.earliest`` no later than any applying completion's ``applies_from``;
* against ``--base DIR`` (an export of ae96648's ``aiact``): every complete case unchanged (all
  rows: applies, status, applies_from, deadline, possible dates); partial rows classified as
  equal, more precise, less precise or otherwise changed.

Also ``aiact.frame.assess_frame`` against ``aiact.assess`` for the watched rows (a sample), and
``--mine DIR`` to test another checkout in place of this one (the A27 experiment of the report).

Run: ``PYTHONPATH=$PWD python benchmarks/rev27b_probe.py --base /tmp/rev27b_base [--n 400]``.

Round 27 (``--n 3000``, seed 27, about 2.5 minutes): 2,397 partial cases, 18,419 valid
completions, 2,363,029 row checks (128,933 of the seven duties): 0 unsound; complete rows all
equal to ae96648 and to 00d5b0a (main before the merge of h/d2); partial rows against 00d5b0a:
602 more precise (the seven only; 289 now "never binds"), 13 less precise (A27=placed_as_not_
high_risk, an Art. 80(2) finding, the listing unknown), nothing else; against ae96648 one more
(art79_4: r77's floor). Engine = frame on 2,414 cells.
"""

from __future__ import annotations

import argparse
import copy
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
OPEN = "OPEN"
SEVEN = ("art60_4", "art60_4_c", "art60_4_c_national", "art60_7", "art60_8", "art61", "art82_2")
WATCH = (*SEVEN, "art79_4", "art80_4", "art80_5", "art75c_3", "art75c_5")

DOMAIN: dict[str, list[Any]] = {
    "listed": [True, False],
    "annex_i": ["A", "B", "none"],
    "finding": [True, False],
    "placed": ["2025-03-01", "2026-09-01", "2028-01-15", "2029-01-01"],
    "change": ["none", "2026-08-01", "2027-12-02", "2028-03-01", "2028-08-02", "2030-08-03"],
    "public": [True, False],
    "testing": [True, False],
    "at_risk": [True, False],
    "role": [True, False],
}
ROLES = ("provider", "provider_public", "importer", "distributor", "deployer")
READINGS: list[dict[str, str]] = [
    {},
    {"reclassified_system_timing": "placed_as_not_high_risk"},
    {"art80_finding": "provider_assessment_stands"},
    {
        "reclassified_system_timing": "placed_as_not_high_risk",
        "art80_finding": "provider_assessment_stands",
    },
    {"high_risk_gating": "literal"},
    {"section_b_annex_iii": "section_b_only"},
    {"art111_cutoff": "general_date"},
    {"public_authority_use": "actual_use"},
    {"public_authority_use": "intended_purpose"},
]
DAYS = ["2026-08-02", "2027-06-01", "2027-12-02", "2028-08-02", "2030-08-02", "2031-01-01"]


def build(state: dict[str, Any], role: str) -> dict[str, Any]:
    """The AISystem (JSON) of a state (``OPEN``: unknown)."""
    sys.path.insert(0, str(HERE / "tests"))
    from timecases import ANNEX_I_MEDICAL, NO_ANNEX_I, system

    role_name = "provider" if role == "provider_public" else role
    s = system(
        roles=(),
        annex_iii=["4a"] if state["listed"] is True else None,
        placed_on_market=None,
        significant_change=None,
        profiling=not state["derog"],
        derogated=state["derog"],
        context={
            "intended_for_public_authorities": None if state["public"] == OPEN else state["public"],
            "used_by_public_authorities": False,
            "annex_x_large_scale_it_component": False,
        },
    ).model_dump(mode="json")
    if state["listed"] == OPEN:
        s["annex_iii"]["points"] = None
    s["placed_on_market"] = None if state["placed"] == OPEN else state["placed"]
    s["significant_change"] = None if state["change"] == OPEN else state["change"]
    a1 = state["annex_i"]
    if a1 == OPEN:
        s["annex_i"] = dict.fromkeys(ANNEX_I_MEDICAL)
    elif a1 == "A":
        s["annex_i"] = dict(ANNEX_I_MEDICAL)
    elif a1 == "B":
        s["annex_i"] = dict(ANNEX_I_MEDICAL, legislation=["marine_equipment_2014_90"])
    else:
        s["annex_i"] = dict(NO_ANNEX_I)
    f = state["finding"]
    s["authority_actions"]["msa_found_derogated_system_high_risk"] = None if f == OPEN else f
    r = state["at_risk"]
    s["authority_actions"]["msa_required_measures_compliant_system_at_risk"] = (
        None if r == OPEN else r
    )
    t = state["testing"]
    s["conformity"]["real_world_testing_outside_sandbox"] = None if t == OPEN else t
    s["roles"][role_name] = None if state["role"] == OPEN else state["role"]
    if role_name == "importer":
        s["value_chain"]["provider_established_in_eu"] = False
    out: dict[str, Any] = s
    return out


def worker() -> None:
    """Read jobs (JSON lines) on stdin, print one result line per job."""
    import aiact
    from aiact.interpretations import Interpretations

    sys.path.insert(0, str(HERE / "tests"))
    from timecases import COMPANY, PUBLIC_BODY

    for line in sys.stdin:
        job = json.loads(line)
        org = PUBLIC_BODY if job["role"] in ("provider_public", "deployer") else COMPANY
        try:
            a = aiact.assess(
                aiact.AISystem.model_validate(job["system"]),
                org,
                dt.date.fromisoformat(job["day"]),
                job["law"],
                interpretations=Interpretations(**job["readings"]),
            )
        except ValueError as exc:
            print(json.dumps({"error": str(exc)[:80]}))
            continue
        rows: dict[str, Any] = {}
        for r in a.obligation_results:
            tm = r.timing

            def iso(d: dt.date | None) -> str | None:
                return None if d is None else d.isoformat()

            rows[r.id] = [
                r.applies,
                r.status.value,
                iso(r.applies_from),
                None if tm is None else iso(tm.earliest),
                iso(r.deadline),
                None if tm is None else sorted(iso(d) or "never" for d in tm.possible_applies_from),
                None if tm is None else tm.group,
            ]
        print(json.dumps(rows), flush=True)


def run(pythonpath: str, jobs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    env = {**os.environ, "PYTHONPATH": pythonpath}
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker"],
        input="".join(json.dumps(j) + "\n" for j in jobs),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return [json.loads(x) for x in done.stdout.splitlines()]


OPENABLE = ("listed", "annex_i", "finding", "placed", "change", "public", "testing", "at_risk")


def draw(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Partial cases: a spec (role, law, day, readings) with a state of which 1-3 facts are
    OPEN; the first ones are review83 D4's case and its neighbours."""
    out: list[dict[str, Any]] = []
    d4 = {
        "listed": OPEN,
        "derog": False,
        "annex_i": "none",
        "finding": False,
        "placed": "2025-03-01",
        "change": "none",
        "public": False,
        "testing": True,
        "at_risk": True,
        "role": True,
    }
    for role, law, readings in itertools.product(ROLES, ("original", "amended"), READINGS):
        out.append(
            {"role": role, "law": law, "day": "2027-12-02", "readings": readings, "state": d4}
        )
    while len(out) < n:
        state = {k: rng.choice(v) for k, v in DOMAIN.items()}
        state["derog"] = rng.random() < 0.3
        if not state["derog"]:
            state["finding"] = False if rng.random() < 0.8 else state["finding"]
        for k in rng.sample(OPENABLE, rng.choice((1, 1, 2, 2, 3))):
            state[k] = OPEN
        if rng.random() < 0.1:
            state["role"] = OPEN
        out.append(
            {
                "role": rng.choice(ROLES),
                "law": rng.choice(("original", "amended")),
                "day": rng.choice(DAYS),
                "readings": rng.choice(READINGS),
                "state": state,
            }
        )
    return out


def completions(spec: dict[str, Any]) -> list[dict[str, Any]]:
    state = spec["state"]
    opened = [k for k, v in state.items() if v == OPEN]
    return [
        dict(spec, state=dict(state, **dict(zip(opened, vals, strict=True))))
        for vals in itertools.product(*(DOMAIN[k] for k in opened))
    ]


def job(spec: dict[str, Any]) -> dict[str, Any]:
    j = copy.deepcopy({k: spec[k] for k in ("role", "law", "day", "readings")})
    j["system"] = build(spec["state"], spec["role"])
    return j


def known(v: Any) -> bool:
    return v is not None


def binds(row: list[Any]) -> bool:
    return row[0] is True and row[1] != "not_applicable"


def soundness(p: list[Any], comps: list[list[Any]]) -> list[str]:
    """What the partial row ``p`` determines that some completion row contradicts (applies,
    status, the date and the Art. 111 deadline, the earliest date)."""
    bad: list[str] = []
    applies, status, frm, earliest = p[0], p[1], p[2], p[3]
    for c in comps:
        if applies is not None and c[0] is not None and applies != c[0]:
            bad.append(f"applies {applies} vs {c[0]}")
        # "not applicable" where the completion does not apply at all is fine
        if (
            status != "undetermined"
            and c[1] != status
            and not (status == "not_applicable" and c[0] is False)
        ):
            bad.append(f"status {status} vs {c[1]} (applies {c[0]})")
        if binds(c):
            if p[4] is not None and c[4] != p[4]:
                bad.append(f"deadline {p[4]} vs {c[4]}")
            if frm is not None and c[2] != frm:
                bad.append(f"applies_from {frm} vs {c[2]}")
            if earliest is not None and c[2] is not None and earliest > c[2]:
                bad.append(f"earliest {earliest} > {c[2]}")
    return bad


def information(row: list[Any]) -> tuple[int, int, int]:
    """A partial order on rows: applies known, status known, and -(number of possible dates)."""
    n_possible = len(row[5]) if row[5] else (0 if row[2] else 1)
    return (
        int(row[0] is not None),
        int(row[1] != "undetermined"),
        -n_possible,
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="/tmp/rev27b_base")
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=27)
    ap.add_argument("--mine", default=None, help="a checkout to test in place of this one")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    partials = draw(rng, args.n)
    comp_specs: list[list[dict[str, Any]]] = [completions(p) for p in partials]
    flat = [c for cs in comp_specs for c in cs]
    jobs = [job(p) for p in partials] + [job(c) for c in flat]
    here = str(HERE)
    mine = run(f"{args.mine}:{here}" if args.mine else here, jobs)
    base = run(f"{args.base}:{here}", jobs)
    pm, cm = mine[: len(partials)], mine[len(partials) :]
    pb, cb = base[: len(partials)], base[len(partials) :]
    counts: Counter[str] = Counter()
    failures: list[str] = []
    # complete cases against the base
    for spec, a, b in zip(flat, cm, cb, strict=True):
        if "error" in a or "error" in b:
            counts["complete_invalid"] += 1
            continue
        counts["complete_cases"] += 1
        for oid, row in a.items():
            counts["complete_rows"] += 1
            brow = b.get(oid)
            if brow is None or row[:6] != brow[:6]:
                counts["complete_diff"] += 1
                counts[f"complete_diff:{oid}"] += 1
                if len(failures) < 30:
                    failures.append(f"COMPLETE {oid} {spec} mine={row} base={brow}")
    # partial cases: soundness here, precision against the base
    i = 0
    for spec, cs, a, b in zip(partials, comp_specs, pm, pb, strict=True):
        rows_c = cm[i : i + len(cs)]
        i += len(cs)
        if "error" in a:
            counts["partial_invalid"] += 1
            continue
        valid = [r for r in rows_c if "error" not in r]
        if not valid:
            counts["partial_no_completion"] += 1
            continue
        counts["partial_cases"] += 1
        counts["completions_checked"] += len(valid)
        for oid, row in a.items():
            counts["soundness_checks"] += len(valid)
            if oid in SEVEN:
                counts["soundness_checks_seven"] += len(valid)
            bad = soundness(row, [r[oid] for r in valid if oid in r])
            if bad:
                counts["unsound"] += 1
                counts[f"unsound:{oid}"] += 1
                if len(failures) < 60:
                    failures.append(f"UNSOUND {oid} {spec} {row} {bad[:2]}")
            if "error" in b or oid not in b:
                continue
            brow = b[oid]
            if row[:6] == brow[:6]:
                counts["partial_equal"] += 1
                continue
            new, old = information(row), information(brow)
            kind = (
                "more_precise"
                if all(x >= y for x, y in zip(new, old, strict=True))
                else "less_precise"
                if all(x <= y for x, y in zip(new, old, strict=True))
                else "other_change"
            )
            counts[f"partial_{kind}"] += 1
            counts[f"partial_{kind}:{oid}"] += 1
            if kind != "more_precise" and len(failures) < 90:
                failures.append(f"PARTIAL {kind} {oid} {spec} mine={row} base={brow}")
            if oid in SEVEN and binds_never(row) and not binds_never(brow):
                counts["seven_now_never_binds"] += 1
    if not args.mine:
        failures += frame_check(partials[:: max(1, len(partials) // 300)], counts)[:20]
    for k in sorted(counts):
        print(f"{k}: {counts[k]}")
    for f in failures:
        print(f)


def frame_check(specs: list[dict[str, Any]], counts: Counter[str]) -> list[str]:
    """``aiact.frame.assess_frame`` against ``aiact.assess`` on this checkout, row by row, for
    the rows of :data:`WATCH` (status and date), per (law, readings, day)."""
    import pandas as pd

    import aiact
    from aiact.frame import assess_frame, systems_frame
    from aiact.interpretations import Interpretations

    sys.path.insert(0, str(HERE / "tests"))
    from timecases import COMPANY, PUBLIC_BODY

    bad: list[str] = []
    groups: dict[str, list[tuple[Any, Any]]] = {}
    for spec in specs:
        try:
            system = aiact.AISystem.model_validate(build(spec["state"], spec["role"]))
        except ValueError:
            continue
        org = PUBLIC_BODY if spec["role"] in ("provider_public", "deployer") else COMPANY
        key = json.dumps([spec["law"], spec["readings"], spec["day"]], sort_keys=True)
        groups.setdefault(key, []).append((system, org))
    for key, group in groups.items():
        law, readings, day = json.loads(key)
        options = Interpretations(**readings)
        try:
            out = assess_frame(
                systems_frame([s for s, _ in group], [o for _, o in group]),
                None,
                dt.date.fromisoformat(day),
                law,
                interpretations=options,
                exposure=False,
                questions=False,
            )
        except aiact.InputError:
            counts["frame_groups_refused"] += 1
            continue
        for row, (system, org) in enumerate(group):
            a = aiact.assess(system, org, day, law, interpretations=options)
            counts["frame_rows"] += 1
            for oid in WATCH:
                try:
                    r = a.obligation(oid)
                except KeyError:
                    continue
                counts["frame_cells"] += 1
                status = out[f"{oid}.status"].iloc[row]
                start = out[f"{oid}.from"].iloc[row]
                start = None if pd.isna(start) else start.date()
                if status != r.status.value or start != r.applies_from:
                    counts["frame_mismatch"] += 1
                    bad.append(
                        f"FRAME {key} row {row} {oid}: frame {status}/{start}, engine "
                        f"{r.status.value}/{r.applies_from}"
                    )
    return bad


def binds_never(row: list[Any]) -> bool:
    return row[0] is not False and row[1] == "not_applicable"


if __name__ == "__main__":
    if "--worker" in sys.argv:
        worker()
    else:
        main()
