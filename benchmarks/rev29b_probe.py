"""rev29b (round 29): independent probe of reading A45 (branch h/a45, ADR 0048): whether Art.
111(2) shelters the third-party supplier of Art. 25(4) that is not an operator (Art. 3(8)).

Law: Art. 111(2), first sentence (2024/1689; as replaced by Regulation (EU) 2026/1744, Art. 1,
point (39)(a), with "before the date of application of Chapter III referred to in Article 113"):
"this Regulation shall apply to operators of high-risk AI systems, other than the systems
referred to in paragraph 1 of this Article, that have been placed on the market or put into
service before 2 August 2026, only if, as from that date, those systems are subject to
significant changes in their designs". Art. 3(8): "'operator' means a provider, product
manufacturer, deployer, authorised representative, importer or distributor". Art. 25(4): "The
provider of a high-risk AI system and the third party that supplies an AI system, [AI model,]
tools, services, components, or processes that are used or integrated in a high-risk AI system
shall, by written agreement, specify ...". Art. 111(1): "AI systems which are components of the
large-scale IT systems established by the legal acts listed in Annex X that have been placed on
the market or put into service before 2 August 2027 shall be brought into compliance with this
Regulation by 31 December 2030".

Cases: an organisation that supplies components for a high-risk system (``value_chain.
supplies_components_for_high_risk``), with at most one further role (importer, distributor,
deployer, provider, product manufacturer, authorised representative, or initial provider of Art.
25(2)), whose value may be unknown; the route (Annex III point 4(a), Annex I Section A medical
device, none, or unknown), first placing, significant change, intended for public authorities,
Annex X, a general-purpose AI model supplied, a bare model supplied, a free and open-source
licence; both texts; several days; readings A45 (both), A36 (both), and one of A2, A3, A25, A35.
Partial cases leave 1-3 of those facts unknown; the completions take every value of the domain
(a subset of all completions: a counter-example found is real).

Checks:

* soundness on this checkout, every row: a known ``applies`` equals every completion's; a
  determined status equals every completion's ("not applicable" only where no completion binds);
  a known ``applies_from`` and Art. 111 deadline equal those of every completion that binds; a
  known ``timing.earliest`` is no later than any binding completion's ``applies_from``;
* complete cases against ``--base DIR`` (an export of 7a9dc95's ``aiact``): under A45's default
  every row equal; under ``operators_only`` only the three Art. 25(4) rows may differ, and only
  where ``legacy.supplier_not_sheltered`` holds;
* partial cases under A45's default against the base: every row equal;
* an oracle for complete cases under ``operators_only`` (a supplier that is not an operator of a
  system whose route is given): the Art. 25(4) row binds from the route's Chapter III date (Art.
  113), or from 31 December 2030 for an Annex X component placed before 2 August 2027 (Art.
  111(1)), whenever the system was placed.

Run: ``PYTHONPATH=$PWD python benchmarks/rev29b_probe.py --base /tmp/rev29b_base --n 1500``
(``git archive 7a9dc95 aiact | tar -x -C /tmp/rev29b_base`` first).

Round 29 (h/a45 at 742c461): ``--n 8000`` (seed 29, about 4 minutes): 7,147 valid partial cases,
41,019 valid completions, 5,273,534 row soundness checks (82,038 of the Art. 25(4) rows): 0
unsound; 40,654 distinct complete cases, 5,226,619 row comparisons with 7a9dc95: under the
default all equal, under operators_only only the Art. 25(4) rows where the rule holds (3,259
art25_4, 970 art25_4_original, 793 art25_4_supplier_not_operator); oracle on 2,588 cases: 0.
``--n 3000 --seed 2929``: 2,715 partial cases, 1,915,845 soundness checks, 1,083 partial cases
under the default equal to 7a9dc95 row for row: 0 counter-examples.
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
ART25_4 = ("art25_4", "art25_4_original", "art25_4_supplier_not_operator")
EXTRA = (
    "none",
    "importer",
    "distributor",
    "deployer",
    "provider",
    "product_manufacturer",
    "authorised_representative",
    "initial",
)
DOMAIN: dict[str, list[Any]] = {
    "role": [True, False],
    "route": ["iii", "i", "none"],
    "placed": ["2025-03-01", "2026-09-01", "2027-09-01", "2028-09-01"],
    "change": ["none", "2026-10-01", "2028-10-01"],
    "public": [True, False],
    "annex_x": [True, False],
    "gpai": [True, False],
    "only_model": [True, False],
    "foss": [True, False],
}
OPENABLE = tuple(DOMAIN)
OTHER_READINGS: list[dict[str, str]] = [
    {},
    {"art111_cutoff": "general_date"},
    {"public_authority_use": "actual_use"},
    {"art25_4_supplier_reach": "system_in_union"},
    {"original_art25_4_models": "no_model"},
    {"original_art25_4_models": "general_purpose_model"},
]
DAYS = ["2026-08-01", "2026-08-02", "2027-12-02", "2028-08-02", "2029-01-01", "2031-01-01"]
ROUTE_DATE = {
    ("original", "iii"): "2026-08-02",
    ("original", "i"): "2027-08-02",
    ("amended", "iii"): "2027-12-02",
    ("amended", "i"): "2028-08-02",
}
"""Art. 113: Chapter III, Section 3 by route (original: the general date, point (c) for Annex I;
amended: point (c)(i) and (ii))."""


def build(state: dict[str, Any], extra: str) -> dict[str, Any]:
    """The AISystem (JSON) of a state (``OPEN``: unknown)."""
    sys.path.insert(0, str(HERE / "tests"))
    from timecases import ANNEX_I_MEDICAL, NO_ANNEX_I, system

    def given(name: str) -> Any:
        return None if state[name] == OPEN else state[name]

    s = system(
        roles=(),
        annex_iii=["4a"] if state["route"] == "iii" else None,
        placed_on_market=None,
        significant_change=None,
        context={
            "intended_for_public_authorities": given("public"),
            "used_by_public_authorities": False,
            "annex_x_large_scale_it_component": given("annex_x"),
        },
    ).model_dump(mode="json")
    route = state["route"]
    if route == OPEN:
        s["annex_iii"]["points"] = None
        s["annex_i"] = dict.fromkeys(ANNEX_I_MEDICAL)
    elif route == "i":
        s["annex_i"] = dict(ANNEX_I_MEDICAL)
    else:
        s["annex_i"] = dict(NO_ANNEX_I)
    s["placed_on_market"] = given("placed")
    s["significant_change"] = given("change")
    chain = s["value_chain"]
    chain["supplies_components_for_high_risk"] = True
    chain["supplies_general_purpose_ai_model"] = given("gpai")
    chain["supplies_only_ai_model"] = given("only_model")
    chain["supplies_under_free_open_source_licence"] = given("foss")
    if extra == "initial":
        chain["initial_provider_of_shifted_system"] = given("role")
    elif extra != "none":
        s["roles"][extra] = given("role")
        if extra in ("importer", "authorised_representative"):
            chain["provider_established_in_eu"] = False
    out: dict[str, Any] = s
    return out


NAMES = ("legacy.supplier_not_sheltered", "legacy.exempt_system", "role.operator")


def worker() -> None:
    """Read jobs (JSON lines) on stdin, print one result line per job."""
    import aiact
    from aiact.interpretations import Interpretations

    sys.path.insert(0, str(HERE / "tests"))
    from timecases import COMPANY

    for line in sys.stdin:
        job = json.loads(line)
        try:
            a = aiact.assess(
                aiact.AISystem.model_validate(job["system"]),
                COMPANY,
                dt.date.fromisoformat(job["day"]),
                job["law"],
                interpretations=Interpretations(**job["readings"]),
            )
        except ValueError as exc:
            print(json.dumps({"error": str(exc)[:80]}))
            continue

        def iso(d: dt.date | None) -> str | None:
            return None if d is None else d.isoformat()

        rows: dict[str, Any] = {}
        for r in a.obligation_results:
            tm = r.timing
            rows[r.id] = [
                r.applies,
                r.status.value,
                iso(r.applies_from),
                None if tm is None else iso(tm.earliest),
                iso(r.deadline),
                None if tm is None else sorted(iso(d) or "never" for d in tm.possible_applies_from),
                None if tm is None else tm.group,
            ]
        values = a.evaluation.values
        rows["_names"] = [values.get(n) for n in NAMES]
        rows["_tier"] = str(a.risk_tier)
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


def _readings(rng: random.Random) -> dict[str, str]:
    out = dict(rng.choice(OTHER_READINGS))
    if rng.random() < 0.6:
        out["art111_2_supplier_shelter"] = "operators_only"
    if rng.random() < 0.4:
        out["art99_4_da_addressees"] = "operators_only"
    return out


def draw(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Partial specs: first the never24 supplier and its neighbours (no route, placed 2025,
    unchanged, not for public authorities) with each fact open in turn, then random ones."""
    out: list[dict[str, Any]] = []
    never24 = {
        "role": False,
        "route": "none",
        "placed": "2025-03-01",
        "change": "none",
        "public": False,
        "annex_x": False,
        "gpai": False,
        "only_model": False,
        "foss": False,
    }
    for extra, law, key, a45 in itertools.product(
        ("none", "importer", "initial"), ("original", "amended"), OPENABLE, (False, True)
    ):
        readings = {"art111_2_supplier_shelter": "operators_only"} if a45 else {}
        state = dict(never24, **{key: OPEN})
        out.append(
            {"extra": extra, "law": law, "day": "2026-08-01", "readings": readings, "state": state}
        )
    while len(out) < n:
        state = {k: rng.choice(v) for k, v in DOMAIN.items()}
        if rng.random() < 0.6:
            state["annex_x"] = False
        if rng.random() < 0.6:
            state["foss"] = False
        for k in rng.sample(OPENABLE, rng.choice((1, 1, 2, 2, 3))):
            state[k] = OPEN
        out.append(
            {
                "extra": rng.choice(EXTRA),
                "law": rng.choice(("original", "amended")),
                "day": rng.choice(DAYS),
                "readings": _readings(rng),
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
    j = copy.deepcopy({k: spec[k] for k in ("law", "day", "readings")})
    j["system"] = build(spec["state"], spec["extra"])
    return j


def binds(row: list[Any]) -> bool:
    return row[0] is True and row[1] != "not_applicable"


def soundness(p: list[Any], comps: list[list[Any]]) -> list[str]:
    bad: list[str] = []
    applies, status, frm, earliest = p[0], p[1], p[2], p[3]
    for c in comps:
        if applies is not None and c[0] is not None and applies != c[0]:
            bad.append(f"applies {applies} vs {c[0]}")
        if (
            status != "undetermined"
            and c[1] != status
            and not (status == "not_applicable" and c[0] is False)
        ):
            bad.append(f"status {status} vs {c[1]} (applies {c[0]})")
        if status == "not_applicable" and binds(c):
            bad.append(f"not applicable vs binding completion {c[:3]}")
        if binds(c):
            if p[4] is not None and c[4] != p[4]:
                bad.append(f"deadline {p[4]} vs {c[4]}")
            if frm is not None and c[2] != frm:
                bad.append(f"applies_from {frm} vs {c[2]}")
            if earliest is not None and c[2] is not None and earliest > c[2]:
                bad.append(f"earliest {earliest} > {c[2]}")
    return bad


def oracle(spec: dict[str, Any], rows: dict[str, Any]) -> list[str] | None:
    """Under A45=operators_only, a supplier that holds no operator role of a system whose route
    is given: the Art. 25(4) row binds from the route's Art. 113 date, or 31 December 2030 for an
    Annex X component placed before 2 August 2027 (Art. 111(1)). ``None`` where it does not
    speak."""
    st, law = spec["state"], spec["law"]
    r = spec["readings"]
    if r.get("art111_2_supplier_shelter") != "operators_only":
        return None
    if spec["extra"] not in ("none", "initial") and st["role"] is True:
        return None
    if st["route"] == "none" or (st["foss"] and not st["gpai"]):
        return None
    if set(r) - {"art111_2_supplier_shelter", "art99_4_da_addressees", "art111_cutoff"}:
        return None
    if law == "original" and st["only_model"] and not st["gpai"]:
        return None  # A25 default: every model is a component, but keep the oracle simple
    annex_x = st["annex_x"] and st["placed"] < "2027-08-02"
    want = "2030-12-31" if annex_x else ROUTE_DATE[(law, st["route"])]
    a36 = r.get("art99_4_da_addressees") == "operators_only"
    operator_for_a36 = st["gpai"] or (spec["extra"] == "initial" and st["role"] is True)
    key = (
        "art25_4_supplier_not_operator"
        if a36 and not operator_for_a36
        else ("art25_4" if law == "amended" else "art25_4_original")
    )
    row = rows.get(key)
    if row is None:
        return [f"{key} missing"]
    if row[0] is not True or row[2] != want:
        return [f"{key} {row[:3]} want from {want}"]
    return []


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="/tmp/rev29b_base")
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=29)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    partials = draw(rng, args.n)
    comp_specs = [completions(p) for p in partials]
    flat = [c for cs in comp_specs for c in cs]
    here = str(HERE)
    mine_all = run(here, [job(p) for p in partials] + [job(c) for c in flat])
    pm, cm = mine_all[: len(partials)], mine_all[len(partials) :]
    # The base knows no A45: complete cases run there without it.
    base_jobs = []
    for c in [*partials, *flat]:
        j = job(c)
        j["readings"] = {k: v for k, v in j["readings"].items() if k != "art111_2_supplier_shelter"}
        base_jobs.append(j)
    base_all = run(f"{args.base}:{here}", base_jobs)
    pb, cb = base_all[: len(partials)], base_all[len(partials) :]
    counts: Counter[str] = Counter()
    failures: list[str] = []
    seen: set[str] = set()
    for spec, a, b in zip(flat, cm, cb, strict=True):
        if "error" in a or "error" in b:
            counts["complete invalid"] += 1
            counts[f"complete invalid: {(a.get('error') or b.get('error'))[:50]}"] += 1
            continue
        key = json.dumps(spec, sort_keys=True)
        if key in seen:
            continue
        seen.add(key)
        alt = spec["readings"].get("art111_2_supplier_shelter") == "operators_only"
        counts[f"complete cases (A45={'operators_only' if alt else 'default'})"] += 1
        verdict = oracle(spec, a)
        if verdict is not None:
            counts["oracle checks"] += 1
        for bad in verdict or ():
            counts["ORACLE counter-examples"] += 1
            if len(failures) < 40:
                failures.append(f"ORACLE {spec} {bad}")
        for oid, row in a.items():
            if oid.startswith("_"):
                continue
            counts["complete row comparisons"] += 1
            brow = b.get(oid)
            if brow is not None and row[:6] == brow[:6]:
                continue
            allowed = alt and oid in ART25_4 and a["_names"][0] is True
            tag = "allowed" if allowed else "UNEXPECTED"
            counts[f"complete diff {tag} {oid}"] += 1
            if not allowed and len(failures) < 80:
                failures.append(f"COMPLETE {oid} {spec} mine={row} base={brow}")
        if a["_tier"] != b["_tier"]:
            counts["complete diff UNEXPECTED tier"] += 1
    # partial cases under A45's default: every row as at the base
    for spec, a, b in zip(partials, pm, pb, strict=True):
        if "error" in a or "error" in b:
            continue
        if spec["readings"].get("art111_2_supplier_shelter") == "operators_only":
            continue
        counts["partial cases under the default compared with the base"] += 1
        for oid, row in a.items():
            if oid.startswith("_"):
                continue
            if b.get(oid) is None or row[:6] != b[oid][:6]:
                counts[f"partial diff UNEXPECTED {oid}"] += 1
                if len(failures) < 100:
                    failures.append(f"PARTIAL {oid} {spec} mine={row} base={b.get(oid)}")
    i = 0
    for spec, cs, a in zip(partials, comp_specs, pm, strict=True):
        rows_c = cm[i : i + len(cs)]
        i += len(cs)
        if "error" in a:
            counts["partial invalid"] += 1
            continue
        valid = [r for r in rows_c if "error" not in r]
        if not valid:
            counts["partial without a valid completion"] += 1
            continue
        counts["partial cases"] += 1
        counts["completions"] += len(valid)
        for oid, row in a.items():
            if oid.startswith("_"):
                continue
            comps = [r[oid] for r in valid if oid in r]
            counts["soundness row checks"] += len(comps)
            if oid in ART25_4:
                counts["soundness row checks, Art. 25(4)"] += len(comps)
            bad = soundness(row, comps)
            if bad:
                counts["UNSOUND"] += 1
                counts[f"UNSOUND {oid}"] += 1
                if len(failures) < 120:
                    failures.append(f"UNSOUND {oid} {spec} {row} {bad[:2]}")
    for k in sorted(counts):
        print(f"{k}: {counts[k]}")
    for f in failures:
        print(f)


if __name__ == "__main__":
    if "--worker" in sys.argv:
        worker()
    else:
        main()
