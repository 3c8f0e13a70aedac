"""rev31b (round 31): independent probe of h/d1fix (rev30c D1: Art. 111(3) as a "comply by" date
in the Art. 25(4) row of the supplier of a general-purpose AI model placed before 2 August 2025;
rule ``from.supplier_art111_3.deferred``, ADR 0049).

Law: Art. 111(3) (2024/1689, not amended by 2026/1744): "Providers of general-purpose AI models
that have been placed on the market before 2 August 2025 shall take the necessary steps in order
to comply with the obligations laid down in this Regulation by 2 August 2027". Art. 111(2)
(published): "this Regulation shall apply to operators of high-risk AI systems ... placed on the
market or put into service before 2 August 2026, only if, as from that date, those systems are
subject to significant changes in their designs. In any case, the providers and deployers of
high-risk AI systems intended to be used by public authorities shall take the necessary steps to
comply ... by 2 August 2030".

Cases (``aiact.Case(...).assess()``, systems only): Voorbeeld B.V. supplies what is integrated in
a high-risk system (Art. 25(4)); the supply a general-purpose AI model it provides, placed before
2 August 2025 or not (the flag); no role of its own or deployer; the route (Annex III point
4(a), Annex I medical device, none given); first placing, significant change, public
authorities, Annex X; both texts; A45 and A46 both ways; four days.

Part 1 (soundness): a partial case leaves 1-2 facts unknown; its completions take each value of
the fact's domain (dates: representative days around each cut-off). Per Art. 25(4) row against
every completion: S1 a known ``applies`` equals the completion's; S2 the partial row never
"not applicable" (date never) where a completion's row may bind; S3 a known ``applies_from``
equals every completion's where the row applies; S4 the earliest date (``applies_from`` or
``timing.earliest``) no later than any completion's; S5 a known deadline equals every applying
completion's; S6 a known comply-by (a bound: the latest day) no earlier than any applying
completion's comply-by or date; S7 no deadline earlier
than a possible date (the partial's ``possible_applies_from`` and every completion's date).
Counted, not failures: I1 every completion has the same deadline but the partial none; I2 the
same for comply-by; I3 a partial comply-by that differs from a completion's (the bound of a
change unknown for a system intended for public authorities: 2 August 2030).

Part 2 (complete cases): C1 no deadline earlier than the row's date; against the base commit
(``--base``, a checkout of 7e141f3, run in a subprocess on the same JSON cases), every
obligation row's (applies, status, applies_from, deadline, comply_by) compared: a difference is
intended only in an Art. 25(4) row, published text, model_transition, the flag true, with the
same applies and applies_from, base deadline None and new deadline and comply-by 2 August 2027.
Oracle (independent of the rule): the system's date S is the row's date under chapter_v_only
(the new tree; checked equal to base); where S is a date no later than 2 August 2027 and Art.
111(3) applies (published, model_transition, flag true), the row's comply-by must be 2 August
2027 (G: gap where it is not) and its date 2 August 2027; where S is later, the date S.

Run: ``PYTHONPATH=. python benchmarks/rev31b_probe.py [--cases N] [--partials N] [--seed S]
[--base DIR]``.
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
from typing import Any

D = dt.date
ART111_3 = D(2027, 8, 2)
ROWS = ("art25_4", "art25_4_original", "art25_4_supplier_not_operator")
FLAG = "supplied_model_placed_before_2_august_2025"
MEDICAL = {
    "legislation": ["medical_devices_2017_745"],
    "safety_component": False,
    "is_the_product": True,
    "third_party_conformity_assessment": True,
    "third_party_solely_radio_or_emc": False,
    "solely_non_safety_functions": False,
    "failure_endangers_health_safety": True,
}
ORGANISATION: dict[str, Any] = {
    "name": "Voorbeeld B.V.",
    "kind": "private_undertaking",
    "member_state": "NL",
    "established_in_eu": True,
    "headcount": 8000,
    "annual_turnover_eur": 2_000_000_000,
    "balance_sheet_total_eur": 3_000_000_000,
    "part_of_group": False,
    "is_employer": True,
    "law_enforcement_authority": False,
    "judicial_authority": False,
    "financial_institution": False,
}
DAYS = ("2026-11-01", "2027-06-01", "2027-09-01", "2031-01-01")
PLACED = ("2025-03-01", "2026-08-01", "2026-08-02", "2027-03-01", "2027-08-02", "2028-09-01")
CHANGES = (
    "none",
    "2025-06-01",
    "2026-08-02",
    "2026-10-01",
    "2027-08-02",
    "2027-08-03",
    "2028-10-01",
    "2030-08-02",
    "2030-09-01",
)
UNKNOWABLE = ("flag", "placed", "change", "public", "annex_x", "points", "tpca")
DOMAINS: dict[str, tuple[Any, ...]] = {
    "flag": (True, False),
    "placed": PLACED,
    "change": CHANGES,
    "public": (True, False),
    "annex_x": (True, False),
    "points": ((), ("4a",)),
    "tpca": (True, False),
}


def _system_template() -> dict[str, Any]:
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests"))
    from timecases import system

    s: dict[str, Any] = system(roles=(), annex_iii=[]).model_dump(mode="json")
    return s


def build(spec: dict[str, Any], template: dict[str, Any]) -> dict[str, Any]:
    """The JSON case of ``spec``; a fact set to ``None`` in spec is unknown."""
    s = copy.deepcopy(template)
    for role in ("provider", "deployer", "importer", "distributor"):
        s["roles"][role] = role in spec["roles"]
    route = spec["route"]
    s["annex_iii"]["points"] = None if spec["points"] is None else list(spec["points"])
    if route == "i":
        s["annex_i"] = {**MEDICAL, "third_party_conformity_assessment": spec["tpca"]}
    s["placed_on_market"] = spec["placed"]
    s["put_into_service"] = None
    s["significant_change"] = spec["change"]
    ctx = s["context"]
    ctx["intended_for_public_authorities"] = spec["public"]
    ctx["used_by_public_authorities"] = False
    ctx["annex_x_large_scale_it_component"] = spec["annex_x"]
    vc = s["value_chain"]
    vc["supplies_components_for_high_risk"] = True
    vc["supplies_general_purpose_ai_model"] = True
    vc["supplies_under_free_open_source_licence"] = False
    vc["provides_supplied_model"] = True
    vc[FLAG] = spec["flag"]
    return {
        "system": s,
        "organisation": ORGANISATION,
        "as_of": spec["day"],
        "law": spec["law"],
        "interpretations": {
            "art111_2_supplier_shelter": spec["a45"],
            "art111_3_model_supplier": spec["a46"],
        },
    }


def valid(spec: dict[str, Any]) -> bool:
    """A change no earlier than the first placing (the library refuses one before it)."""
    c, p = spec["change"], spec["placed"]
    return c in (None, "none") or p is None or c >= p


def random_spec(rng: random.Random) -> dict[str, Any]:
    while not valid(spec := _draw(rng)):
        pass
    return spec


def _draw(rng: random.Random) -> dict[str, Any]:
    route = rng.choice(("iii", "i", "none"))
    return {
        "law": rng.choice(("original", "original", "amended")),
        "day": rng.choice(DAYS),
        "a45": rng.choice(("follows_provider", "operators_only")),
        "a46": rng.choice(("model_transition", "model_transition", "chapter_v_only")),
        "roles": rng.choice(((), (), ("deployer",))),
        "route": route,
        "points": ("4a",) if route == "iii" else (),
        "tpca": True,
        "flag": rng.choice((True, True, False)),
        "placed": rng.choice(PLACED),
        "change": rng.choice(CHANGES),
        "public": rng.choice((True, False, False)),
        "annex_x": rng.choice((True, False, False, False)),
    }


def _iso(d: Any) -> str | None:
    return None if d is None else d.isoformat()


def run(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every obligation row of each case: id -> facts compared (JSON-able)."""
    import aiact

    out: list[dict[str, Any]] = []
    for c in cases:
        a = aiact.Case(**c).assess()
        rows: dict[str, Any] = {}
        for r in a.obligation_results:
            t = r.timing
            rows[r.id] = {
                "applies": r.applies,
                "status": str(r.status),
                "from": _iso(r.applies_from),
                "deadline": _iso(r.deadline),
                "comply_by": _iso(r.comply_by),
                "earliest": None if t is None else _iso(t.earliest),
                "possible": []
                if t is None
                else [_iso(p) if p is not None else "never" for p in t.possible_applies_from],
                "rule": None if t is None else t.rule,
                "case": None if t is None else t.case,
            }
        out.append(rows)
    return out


def _date(s: str | None) -> dt.date | None:
    return None if s is None else D.fromisoformat(s)


def _binds(row: dict[str, Any]) -> bool:
    return row["applies"] is not False and row["status"] != "not_applicable"


def soundness(
    partial: dict[str, Any], comps: list[dict[str, Any]], counts: Counter[str]
) -> list[str]:
    bad: list[str] = []
    for rid in ROWS:
        if rid not in partial or not all(rid in c for c in comps):
            continue
        p = partial[rid]
        cs = [c[rid] for c in comps]
        counts["rows_checked"] += 1
        if p["applies"] is not None and any(c["applies"] != p["applies"] for c in cs):
            bad.append(f"S1 {rid}")
        if (p["applies"] is False or p["status"] == "not_applicable") and any(
            _binds(c) for c in cs
        ):
            bad.append(f"S2 {rid}")
        applying = [c for c in cs if c["applies"] is not False]
        dated = [c for c in applying if c["from"] is not None]
        if p["from"] is not None and any(c["from"] != p["from"] for c in applying):
            bad.append(f"S3 {rid}")
        early = _date(p["from"] or p["earliest"])
        if early is not None and any(_date(c["from"]) < early for c in dated):  # type: ignore[operator]
            bad.append(f"S4 {rid}")
        binding = [c for c in applying if c["status"] != "not_applicable"]
        if p["deadline"] is not None and any(c["deadline"] != p["deadline"] for c in binding):
            bad.append(f"S5 {rid}")
        if p["comply_by"] is not None:
            # A partial comply-by is a bound (the latest day, review69 D1): never earlier than a
            # completion's (its comply-by, else its date); a different one is only counted.
            dues = [_date(c["comply_by"] or c["from"]) for c in binding]
            if any(d is not None and d > _date(p["comply_by"]) for d in dues):  # type: ignore[operator]
                bad.append(f"S6 {rid}")
            if any(c["comply_by"] != p["comply_by"] for c in binding):
                counts["I3_comply_by_bound_differs"] += 1
        dl = _date(p["deadline"])
        if dl is not None:
            possible = [_date(x) for x in p["possible"] if x != "never"]
            if _date(p["from"]) is not None:
                possible.append(_date(p["from"]))
            possible += [_date(c["from"]) for c in dated]
            if any(x is not None and x > dl for x in possible):
                bad.append(f"S7 {rid}")
        if binding and p["deadline"] is None and p["applies"] is not False:
            ds = {c["deadline"] for c in binding}
            if len(ds) == 1 and None not in ds and len(binding) == len(cs):
                counts["I1_deadline_imprecise"] += 1
            cb = {c["comply_by"] for c in binding}
            if (
                p["comply_by"] is None
                and len(cb) == 1
                and None not in cb
                and len(binding) == len(cs)
            ):
                counts["I2_comply_by_imprecise"] += 1
    return bad


def part1(n: int, rng: random.Random, template: dict[str, Any]) -> tuple[Counter[str], list[Any]]:
    counts: Counter[str] = Counter(dict.fromkeys(("S1", "S2", "S3", "S4", "S5", "S6", "S7"), 0))
    failures: list[Any] = []
    for _ in range(n):
        spec = random_spec(rng)
        k = rng.choice((1, 1, 2))
        unknown = rng.sample(UNKNOWABLE, k)
        if spec["route"] != "i" and "tpca" in unknown:
            unknown = [u for u in unknown if u != "tpca"] or ["change"]
        partial_spec = {**spec, **dict.fromkeys(unknown)}
        comp_specs = [
            {**spec, **dict(zip(unknown, values, strict=True))}
            for values in itertools.product(*(DOMAINS[u] for u in unknown))
        ]
        comp_specs = [c for c in comp_specs if valid(c)]
        results = run([build(s, template) for s in (partial_spec, *comp_specs)])
        counts["partial_cases"] += 1
        counts["completions"] += len(comp_specs)
        bad = soundness(results[0], results[1:], counts)
        for b in bad:
            counts[b.split()[0]] += 1
        if bad:
            failures.append({"spec": partial_spec, "unknown": unknown, "bad": bad})
    return counts, failures


def _governs(spec: dict[str, Any]) -> bool:
    """Art. 111(3) reaches the supplier's Art. 25(4) duty on these facts (A46's default)."""
    return (
        spec["law"] == "original"
        and spec["a46"] == "model_transition"
        and spec["flag"] is True
        and "provider" not in spec["roles"]
    )


def part2(
    n: int, rng: random.Random, template: dict[str, Any], base: str | None
) -> tuple[Counter[str], list[Any]]:
    counts: Counter[str] = Counter(
        dict.fromkeys(("C1", "diff_unexpected", "chapter_v_only_differs", "O1_date"), 0)
    )
    failures: list[Any] = []
    specs = [random_spec(rng) for _ in range(n)]
    # the same facts under chapter_v_only give the system's date S (oracle)
    v_specs = [{**s, "a46": "chapter_v_only"} for s in specs]
    cases = [build(s, template) for s in specs]
    new = run(cases)
    sys_dates = run([build(s, template) for s in v_specs])
    old: list[dict[str, Any]] | None = None
    if base:
        env = {**os.environ, "PYTHONPATH": base}
        proc = subprocess.run(
            [sys.executable, __file__, "--worker"],
            input=json.dumps(cases),
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        old = json.loads(proc.stdout)
    for i, spec in enumerate(specs):
        counts["complete_cases"] += 1
        for rid, row in new[i].items():
            dl, fr = _date(row["deadline"]), _date(row["from"])
            if dl is not None and fr is not None and dl < fr:
                counts["C1"] += 1
                failures.append({"spec": spec, "bad": f"C1 {rid}", "row": row})
            if old is not None:
                counts["rows_compared"] += 1
                keys = ("applies", "status", "from", "deadline", "comply_by")
                o = old[i].get(rid)
                if o is None or any(o[k] != row[k] for k in keys):
                    intended = (
                        o is not None
                        and rid in ROWS
                        and _governs(spec)
                        and (o["applies"], o["from"]) == (row["applies"], row["from"])
                        and o["deadline"] is None
                        and row["deadline"] == ART111_3.isoformat()
                        and row["comply_by"] == ART111_3.isoformat()
                    )
                    counts["diff_intended" if intended else "diff_unexpected"] += 1
                    if not intended:
                        failures.append({"spec": spec, "bad": f"R {rid}", "old": o, "new": row})
        if old is not None:
            missing = set(old[i]) ^ set(new[i])
            if missing:
                counts["diff_row_set"] += 1
        # oracle
        for rid in ROWS:
            if rid not in new[i] or rid not in sys_dates[i]:
                continue
            row, v = new[i][rid], sys_dates[i][rid]
            if not _governs(spec) or row["applies"] is not True:
                continue
            counts["oracle_rows"] += 1
            s = _date(v["from"])
            if v["status"] == "not_applicable" or s is None:
                counts["oracle_system_never_or_open"] += 1
                continue
            if s <= ART111_3:
                ok_date = row["from"] == ART111_3.isoformat()
                ok_cb = row["comply_by"] == ART111_3.isoformat()
                counts["oracle_le_2027"] += 1
                if not ok_date:
                    counts["O1_date"] += 1
                    failures.append({"spec": spec, "bad": f"O1 {rid}", "row": row, "S": v})
                if not ok_cb:
                    counts["G_no_comply_by"] += 1
                    failures.append({"spec": spec, "bad": f"G {rid}", "row": row, "S": v})
                elif row["deadline"] != ART111_3.isoformat():
                    counts["oracle_le_2027_other_deadline"] += 1
            else:
                counts["oracle_after_2027"] += 1
                if row["from"] != v["from"] or row["deadline"] != v["deadline"]:
                    counts["O2_later"] += 1
                    failures.append({"spec": spec, "bad": f"O2 {rid}", "row": row, "S": v})
    if old is not None:
        # chapter_v_only rows equal base (the oracle's premise)
        v_old = json.loads(
            subprocess.run(
                [sys.executable, __file__, "--worker"],
                input=json.dumps([build(s, template) for s in v_specs]),
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONPATH": base or ""},
                check=True,
            ).stdout
        )
        for i in range(len(v_specs)):
            if v_old[i] != sys_dates[i]:
                counts["chapter_v_only_differs"] += 1
    return counts, failures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=400)
    ap.add_argument("--partials", type=int, default=200)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--base", default=None)
    ap.add_argument("--worker", action="store_true")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    if args.worker:
        json.dump(run(json.load(sys.stdin)), sys.stdout)
        return
    template = _system_template()
    rng = random.Random(args.seed)
    c1, f1 = part1(args.partials, rng, template)
    c2, f2 = part2(args.cases, rng, template, args.base)
    print("part1", dict(sorted(c1.items())))
    print("part2", dict(sorted(c2.items())))
    kinds = Counter(
        str(f["bad"]).split()[0] if isinstance(f["bad"], str) else f["bad"][0].split()[0]
        for f in f1 + f2
    )
    print("failure kinds", dict(kinds))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump({"part1": f1, "part2": f2}, fh, indent=1, default=str)


if __name__ == "__main__":
    main()
