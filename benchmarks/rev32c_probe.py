"""rev32c (round 32): independent probe of h/perm32 (permissions are not obligations, ADR 0050).

The change marks four catalogue entries ``modality=permission`` (Art. 27(4) as replaced by
Regulation (EU) 2026/1744: "the deployer may ... include cross-references"; Art. 63(1) in both
texts: "may comply with certain elements of the quality management system ... in a simplified
manner"; Art. 72(4), second subparagraph: "providers shall have a choice of integrating") and
leaves them out of the fine exposure, its profile, the deadlines and the plan's steps. Its claim
(ADR 0050, Consequences): "No rule, applicability or date changes".

Cases: (a) drawn from a template (the municipal deployer of examples/benefits-fraud-risk-
scoring.yaml): both texts, five days, deployer / provider / both, Annex III points (1a, 4a, 5a,
5b, 5c, 6a, 8a), public authority / private undertaking / body governed by public law,
financial institution or not, micro / small / medium / large with or without a group, start-up,
DPIA conducted or not or unknown, placing date (legacy or not), significant change; a few facts
made unknown; (b) drawn by the library's own hypothesis strategies (``aiact.testing.strategies``,
systems, high-risk and any, derandomised).

Each case is evaluated in this tree and in the base tree (``--base DIR``, a checkout of
f0a61f8, run in a subprocess on the same JSON cases). Compared:

R  every obligation row (applies, status, applies_from, deadline, comply_by, due, may_bind,
   never_binds): a difference is allowed only in a permission's row (none expected);
E  the exposure: max_ceiling, max_minimum, complete, by_tier (tier, ceiling, minimum, ids,
   undetermined, without_eu_ceiling), max_ceiling_obligations, not_yet_binding,
   binding_undetermined, undetermined, without_eu_ceiling, not_yet_applicable: HEAD must equal
   base with the permissions' ids removed (a tier left empty disappears); max_ceiling equal;
P  the exposure profile's points (date, max_ceiling, binding, starts_binding, ceiling_changes):
   HEAD equal to base minus permissions, on the days HEAD lists (counted where base has a day
   only a permission gave);
D  Assessment.deadlines(): HEAD == base minus permissions;
L  the plan: steps (id, due), undetermined, critical path, next deadline: HEAD == base minus
   permissions (no duty step lost, duty positions may renumber), critical path == base's minus
   permissions, next deadline == base's unless base's came only from a permission;
   plan.permissions == the permissions base had as steps or undetermined.

Run: ``PYTHONPATH=. python benchmarks/rev32c_probe.py [--cases N] [--drawn N] [--seed S]
--base /work/wt/rev32c_base``.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

PERMS = frozenset({"art27_4", "art63_1", "art63_1_original", "art72_4_financial"})
SHAPES = {
    "art27_4": ("art27_1",),
    "art63_1": ("art17", "art16_c"),
    "art63_1_original": ("art17", "art16_c"),
    "art72_4_financial": ("art72", "art72_3"),
}
"""Each permission and the duties it shapes (Art. 27(4) -> Art. 27(1); Art. 63(1) -> Art. 17,
fined through Art. 16(c); Art. 72(4) -> Art. 72(1) and (3))."""
HERE = Path(__file__).resolve().parents[1]
EXAMPLE = HERE / "examples" / "benefits-fraud-risk-scoring.yaml"
DAYS = ("2026-11-28", "2027-06-01", "2027-12-15", "2028-09-01", "2031-01-01")
LAWS = ("2024/1689", "2024/1689+2026/1744")
POINTS = (["5a"], ["5b"], ["5c"], ["4a"], ["1a"], ["6a"], ["8a"], ["5b", "4a"], None)
SIZES: dict[str, dict[str, Any]] = {
    "micro": {"headcount": 6, "annual_turnover_eur": 900_000, "balance_sheet_total_eur": 800_000},
    "small": {"headcount": 30, "annual_turnover_eur": 7_000_000, "balance_sheet_total_eur": 6e6},
    "medium": {"headcount": 120, "annual_turnover_eur": 30e6, "balance_sheet_total_eur": 20e6},
    "large": {"headcount": 8000, "annual_turnover_eur": 2e9, "balance_sheet_total_eur": 3e9},
    "unknown": {"headcount": None, "annual_turnover_eur": None, "balance_sheet_total_eur": None},
}
KINDS = ("public_authority", "private_undertaking", "body_governed_by_public_law")
PLACED = ("2025-06-01", "2026-09-01", "2027-10-01", "2028-10-01", None)
CHANGES = ("none", "2027-01-01", "2029-01-01", None)


def _template() -> dict[str, Any]:
    sys.path.insert(0, str(HERE))
    import aiact

    return aiact.load_case(EXAMPLE).model_dump(mode="json")


def _draw(rng: random.Random, template: dict[str, Any]) -> dict[str, Any]:
    case = copy.deepcopy(template)
    case["law"] = rng.choice(LAWS)
    case["as_of"] = rng.choice(DAYS)
    org = case["organisation"]
    org["kind"] = rng.choice(KINDS)
    org["financial_institution"] = rng.choice((True, False, False, None))
    org.update(SIZES[rng.choice(tuple(SIZES))])
    org["part_of_group"] = rng.choice((True, False, False, None))
    org["start_up"] = rng.choice((True, False, None))
    sys_ = case["system"]
    roles = rng.choice((("deployer",), ("provider",), ("provider", "deployer")))
    for r in ("provider", "deployer"):
        sys_["roles"][r] = r in roles
    if rng.random() < 0.1:
        sys_["roles"][rng.choice(("provider", "deployer"))] = None
    sys_["annex_iii"]["points"] = rng.choice(POINTS)
    sys_["context"]["dpia_conducted"] = rng.choice((True, False, None))
    sys_["context"]["dpia_required"] = rng.choice((True, False, None))
    sys_["context"]["intended_for_public_authorities"] = rng.choice((True, False))
    sys_["context"]["used_by_public_authorities"] = org["kind"] != "private_undertaking"
    placed = rng.choice(PLACED)
    sys_["placed_on_market"] = placed
    sys_["put_into_service"] = placed
    sys_["significant_change"] = rng.choice(CHANGES)
    if rng.random() < 0.3:
        sys_["derogation"]["profiling"] = rng.choice((False, None))
    return case


def _drawn(n: int, seed: int) -> list[dict[str, Any]]:
    """Cases from the library's own strategies (hypothesis, derandomised)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from aiact.testing import strategies as ais

    out: list[dict[str, Any]] = []

    @settings(
        max_examples=n,
        database=None,
        derandomize=True,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.one_of(ais.cases(kind="system", high_risk=True), ais.cases(kind="system")))
    def collect(case: Any) -> None:
        out.append(case.model_dump(mode="json"))

    collect()
    return out[:n]


# ------------------------------------------------------------------ evaluation (both trees)


def _iso(d: Any) -> str | None:
    return None if d is None else str(d)


def _tier(t: Any) -> dict[str, Any]:
    return {
        "tier": t.tier.value,
        "max_ceiling": t.max_ceiling,
        "max_minimum": t.max_minimum,
        "ids": list(t.obligation_ids),
        "undetermined": list(t.undetermined),
        "without": list(t.without_eu_ceiling),
    }


def evaluate(case_json: dict[str, Any]) -> dict[str, Any]:
    import aiact

    case = aiact.Case.model_validate(case_json)
    try:
        a = case.assess()
    except Exception as exc:  # counted, both trees
        return {"error": repr(exc)}
    rows = {
        r.id: [
            r.applies,
            r.status.value if r.status is not None else None,
            _iso(r.applies_from),
            _iso(r.deadline),
            _iso(r.comply_by),
            _iso(r.due),
            r.may_bind,
            r.never_binds,
        ]
        for r in a.obligation_results
    }
    e = a.exposure
    exposure = {
        "max_ceiling": e.max_ceiling,
        "max_minimum": e.max_minimum,
        "complete": e.complete,
        "by_tier": [_tier(t) for t in e.by_tier],
        "max_ceiling_obligations": list(e.max_ceiling_obligations),
        "obligations": sorted(r.obligation_id for r in e.obligations),
        "not_yet_binding": list(e.not_yet_binding),
        "binding_undetermined": list(e.binding_undetermined),
        "undetermined": list(e.undetermined),
        "without_eu_ceiling": list(e.without_eu_ceiling),
        "not_yet_applicable": list(e.not_yet_applicable),
    }
    profile = [
        {
            "date": _iso(p.date),
            "max_ceiling": p.max_ceiling,
            "binding": list(p.binding),
            "starts_binding": list(p.starts_binding),
            "ceiling_changes": list(p.ceiling_changes),
            "by_tier": [_tier(t) for t in p.by_tier],
        }
        for p in a.exposure_profile.points
    ]
    p = a.plan()
    plan = {
        "steps": [[s.id, _iso(s.due), list(s.blocked_by)] for s in p.steps],
        "undetermined": [s.id for s in p.undetermined],
        "critical_path": list(p.critical_path),
        "next_deadline": _iso(p.next_deadline),
        "next_deadline_kind": p.next_deadline_kind,
        "permissions": [s.id for s in getattr(p, "permissions", ())],
    }
    return {
        "law": a.law.value,
        "rows": rows,
        "exposure": exposure,
        "profile": profile,
        "deadlines": [r.id for r in a.deadlines()],
        "plan": plan,
    }


def _worker() -> None:
    cases = json.load(sys.stdin)
    json.dump([evaluate(c) for c in cases], sys.stdout, default=str)


def _run(cases: list[dict[str, Any]], tree: str) -> list[dict[str, Any]]:
    env = {**os.environ, "PYTHONPATH": tree}
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker"],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=tree,
    )
    if proc.returncode:
        raise SystemExit(proc.stderr[-3000:])
    out: list[dict[str, Any]] = json.loads(proc.stdout)
    return out


# ------------------------------------------------------------------ comparison


def _minus(ids: list[str]) -> list[str]:
    return [i for i in ids if i not in PERMS]


def _tiers_minus(tiers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for t in tiers:
        t2 = {**t, "ids": _minus(t["ids"]), "undetermined": _minus(t["undetermined"])}
        t2["without"] = _minus(t["without"])
        if t2["ids"] or t2["undetermined"]:
            out.append(t2)
    return out


def _tiers_key(tiers: list[dict[str, Any]]) -> list[Any]:
    """Without the ceilings (compared apart: a tier's ceiling could move only with its ids)."""
    return [(t["tier"], t["ids"], t["undetermined"], t["without"]) for t in tiers]


def compare(
    case: dict[str, Any],
    base: dict[str, Any],
    head: dict[str, Any],
    c: Counter[str],
    bad: list[Any],
) -> None:
    if "error" in base or "error" in head:
        c["error_base" if "error" in base else "error_head"] += 1
        if ("error" in base) != ("error" in head):
            bad.append(("error", base.get("error"), head.get("error")))
        return
    c["cases"] += 1
    c["law:" + head["law"]] += 1
    # R: rows
    assert base["rows"].keys() == head["rows"].keys()
    for oid, row in head["rows"].items():
        c["rows"] += 1
        if row != base["rows"][oid]:
            c["row_diff_perm" if oid in PERMS else "ROW_DIFF_DUTY"] += 1
            if oid not in PERMS:
                bad.append(("row", oid, base["rows"][oid], row))
        if oid in PERMS and row[0] is True:
            c["perm_applies:" + oid] += 1
        if oid in PERMS and row[0] is None:
            c["perm_open:" + oid] += 1
    # S: the duty a permission shapes applies wherever the permission does, with the same
    # date (so leaving the permission out of the exposure hides no ceiling of its own)
    for perm, duties in SHAPES.items():
        prow = head["rows"].get(perm)
        if prow is None or prow[0] is not True:
            continue
        drows = [head["rows"][d] for d in duties]
        if not all(r[0] is True for r in drows):
            c["SHAPED_DUTY_NOT_APPLYING:" + perm] += 1
            bad.append(("shaped", perm, prow, drows))
        elif any(r[2] != prow[2] or r[1] != prow[1] for r in drows):
            c["shaped_duty_other_date:" + perm] += 1
            bad.append(("shaped_date", perm, prow, drows))
        else:
            c["shaped_duty_same:" + perm] += 1
    # E: exposure
    be, he = base["exposure"], head["exposure"]
    in_base = set(be["obligations"]) | set(be["not_yet_binding"]) | set(be["binding_undetermined"])
    if in_base & PERMS:
        c["exposure_had_perm"] += 1
    if be["max_ceiling"] != he["max_ceiling"]:
        c["MAX_CEILING_DIFF"] += 1
        bad.append(("max_ceiling", be["max_ceiling"], he["max_ceiling"], case["as_of"]))
    if be["max_minimum"] != he["max_minimum"]:
        c["MAX_MINIMUM_DIFF"] += 1
        bad.append(("max_minimum", be["max_minimum"], he["max_minimum"]))
    if be["complete"] != he["complete"]:
        c["complete_diff"] += 1
        bad.append(("complete", be["complete"], he["complete"], in_base & PERMS))
    if _tiers_key(_tiers_minus(be["by_tier"])) != _tiers_key(he["by_tier"]):
        c["BY_TIER_DIFF"] += 1
        bad.append(("by_tier", be["by_tier"], he["by_tier"]))
    else:
        head_ceilings = {t["tier"]: (t["max_ceiling"], t["max_minimum"]) for t in he["by_tier"]}
        for t in be["by_tier"]:
            if t["tier"] in head_ceilings:
                if head_ceilings[t["tier"]] != (t["max_ceiling"], t["max_minimum"]):
                    c["TIER_CEILING_DIFF"] += 1
                    bad.append(("tier_ceiling", t, head_ceilings[t["tier"]]))
            elif t["ids"] or t["undetermined"]:
                c["tier_vanished"] += 1  # only permissions in it
                bad.append(("tier_vanished", t))
    if len(be["by_tier"]) != len(he["by_tier"]):
        c["by_tier_len_diff"] += 1
    for key in (
        "max_ceiling_obligations",
        "obligations",
        "not_yet_binding",
        "binding_undetermined",
        "undetermined",
        "without_eu_ceiling",
        "not_yet_applicable",
    ):
        if _minus(be[key]) != he[key]:
            c["EXPOSURE_DIFF:" + key] += 1
            bad.append(("exposure", key, be[key], he[key]))
        elif be[key] != he[key]:
            c["exposure_perm_removed:" + key] += 1
    # P: profile
    bdays = {p["date"]: p for p in base["profile"]}
    hdays = {p["date"]: p for p in head["profile"]}
    for d in set(bdays) - set(hdays):
        c["profile_day_only_base"] += 1
        starts = bdays[d]["starts_binding"]
        if _minus(starts) or _minus(bdays[d]["ceiling_changes"]):
            c["PROFILE_DAY_LOST_WITH_DUTY"] += 1
            bad.append(("profile_day", d, bdays[d]))
    for d in set(hdays) - set(bdays):
        c["PROFILE_DAY_ONLY_HEAD"] += 1
        bad.append(("profile_day_new", d))
    for d in set(hdays) & set(bdays):
        bp, hp = bdays[d], hdays[d]
        c["profile_points"] += 1
        if bp["max_ceiling"] != hp["max_ceiling"]:
            c["PROFILE_CEILING_DIFF"] += 1
            bad.append(("profile_ceiling", d, bp["max_ceiling"], hp["max_ceiling"]))
        for key in ("binding", "starts_binding"):
            if _minus(bp[key]) != hp[key]:
                c["PROFILE_DIFF:" + key] += 1
                bad.append(("profile", d, key, bp[key], hp[key]))
        if _minus(bp["ceiling_changes"]) != hp["ceiling_changes"]:
            c["profile_ceiling_changes_diff"] += 1
            bad.append(("profile_ceiling_changes", d, bp["ceiling_changes"], hp["ceiling_changes"]))
        if _tiers_key(_tiers_minus(bp["by_tier"])) != _tiers_key(hp["by_tier"]):
            c["PROFILE_BY_TIER_DIFF"] += 1
            bad.append(("profile_by_tier", d))
    # D: deadlines
    if _minus(base["deadlines"]) != head["deadlines"]:
        c["DEADLINES_DIFF"] += 1
        bad.append(("deadlines", base["deadlines"], head["deadlines"]))
    elif base["deadlines"] != head["deadlines"]:
        c["deadlines_perm_removed"] += 1
    # L: plan
    bp_, hp_ = base["plan"], head["plan"]
    bsteps = [(s[0], s[1], _minus(s[2])) for s in bp_["steps"] if s[0] not in PERMS]
    hsteps = [(s[0], s[1], s[2]) for s in hp_["steps"]]
    if bsteps != hsteps:
        c["PLAN_STEPS_DIFF"] += 1
        bad.append(("steps", bp_["steps"], hp_["steps"]))
    if any(s[0] in PERMS for s in bp_["steps"]):
        c["plan_steps_had_perm"] += 1
    if any(set(s[2]) & PERMS for s in bp_["steps"]):
        c["plan_blocked_by_perm_in_base"] += 1
    if _minus(bp_["undetermined"]) != hp_["undetermined"]:
        c["PLAN_UNDETERMINED_DIFF"] += 1
        bad.append(("undetermined", bp_["undetermined"], hp_["undetermined"]))
    if _minus(bp_["critical_path"]) != hp_["critical_path"]:
        c["CRITICAL_PATH_DIFF"] += 1
        bad.append(("critical", bp_["critical_path"], hp_["critical_path"]))
    elif bp_["critical_path"] != hp_["critical_path"]:
        c["critical_path_perm_removed"] += 1
    if bp_["next_deadline"] != hp_["next_deadline"]:
        only_perm = [s for s in bp_["steps"] if s[1] == bp_["next_deadline"]]
        if only_perm and all(s[0] in PERMS for s in only_perm):
            c["next_deadline_was_perm"] += 1
        else:
            c["NEXT_DEADLINE_DIFF"] += 1
            bad.append(("next", bp_["next_deadline"], hp_["next_deadline"]))
    had = [s[0] for s in bp_["steps"] if s[0] in PERMS] + [
        i for i in bp_["undetermined"] if i in PERMS
    ]
    if sorted(had) != sorted(hp_["permissions"]):
        c["PERMISSIONS_LIST_DIFF"] += 1
        bad.append(("permissions", had, hp_["permissions"]))
    if hp_["permissions"]:
        c["plan_lists_permission"] += 1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--worker", action="store_true")
    ap.add_argument("--cases", type=int, default=600)
    ap.add_argument("--drawn", type=int, default=300)
    ap.add_argument("--seed", type=int, default=32)
    ap.add_argument("--base", required=False)
    args = ap.parse_args()
    if args.worker:
        _worker()
        return
    rng = random.Random(args.seed)
    template = _template()
    from pydantic import ValidationError

    import aiact

    cases: list[dict[str, Any]] = []
    invalid = 0
    while len(cases) < args.cases:
        drawn = _draw(rng, template)
        try:
            aiact.Case.model_validate(drawn)
        except ValidationError:
            invalid += 1
            continue
        cases.append(drawn)
    cases += _drawn(args.drawn, args.seed)
    print(
        f"template cases: {args.cases} (redrawn invalid: {invalid}); strategy cases: {args.drawn}"
    )
    head = _run(cases, str(HERE))
    base = _run(cases, args.base) if args.base else head
    c: Counter[str] = Counter()
    bad: list[Any] = []
    for case, b, h in zip(cases, base, head, strict=True):
        compare(case, b, h, c, bad)
    for k in sorted(c):
        print(f"{k}: {c[k]}")
    print(f"defects: {len(bad)}")
    for item in bad[:15]:
        print(json.dumps(item, default=str)[:600])


if __name__ == "__main__":
    main()
