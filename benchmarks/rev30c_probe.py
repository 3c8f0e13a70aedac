"""rev30c (round 30): independent probe of reading A46 (Art. 111(3) and the Art. 25(4) duty of
the third party that supplies a general-purpose AI model; ADR 0049).

Law: Art. 111(3) (2024/1689; not amended by Regulation (EU) 2026/1744): "Providers of
general-purpose AI models that have been placed on the market before 2 August 2025 shall take the
necessary steps in order to comply with the obligations laid down in this Regulation by 2 August
2027". Art. 25(4): "The provider of a high-risk AI system and the third party that supplies an AI
system, tools, services, components, or processes that are used or integrated in a high-risk AI
system shall, by written agreement, specify ...".

Cases (``aiact.Case(...).assess()``, systems only): an organisation that supplies for a high-risk
system (Art. 25(4)); the supply a general-purpose AI model or not; the model placed before 2
August 2025 or not (the A46 flag); one role of its own or none (provider, deployer, distributor);
the route (Annex III point 4(a), Annex I medical device, both); the system's first placing, a
significant change or none, intended for public authorities, an Annex X component; both texts;
readings A45 and A46 (both each); several days.

Part 1 (soundness): a partial case leaves 1-3 facts unknown (the A46 flag, the "supplies a
general-purpose AI model" flag, the placing date, the change date, the public-authority flag, the
Annex X flag, the Annex III points, the Annex I third-party conformity assessment); its
completions take every value of each unknown fact's domain. Per Art. 25(4) row, against every
completion: (a) a known ``applies`` equals the completion's; (b) not "not applicable" (applies
False) where a completion applies; (c) a known ``applies_from`` equals that of every completion in
which the row applies; (d) the earliest date (``applies_from`` if known, else
``timing.earliest``) is no later than any completion's; (e) the fine: a row counted with a
determined ceiling in a completion is counted in the partial case with a ceiling no lower, or
reported as undetermined / binding undetermined / not yet binding / may apply; the
partial ``max_ceiling`` with nothing reported open is no lower than any completion's.
Also counted, not a soundness failure: (f) a completion's date missing from the partial row's
``possible_applies_from``; (g) the A46 question asked although every completion of the flag gives
the same rows (over-asking), or not asked although they differ (under-asking: a defect only where
the partial row applies, since while a row's applicability is open the library asks its
conditions, not its date).

Part 2 (regression against main at 7a48687): the complete cases are run on this tree and, in a
subprocess, on ``git archive 7a48687 aiact`` unpacked at ``--base`` (the flag and the A46 switch
dropped). Under ``chapter_v_only`` no row may differ; under ``model_transition`` only the Art.
25(4) rows of a supplier (not the provider) of a general-purpose AI model placed before 2 August
2025, published text, and there the new date must be the later of the old one and 2 August 2027.
Counted apart: rows whose dates are unchanged but whose transitional rule (``grace``) is now
``art111_3`` (Art. 111(3) named where it moves nothing), and rows dated 2 August 2027 by Art.
111(3) without a "comply by" date.

Run: ``PYTHONPATH=. python benchmarks/rev30c_probe.py [--cases N] [--seed S] [--base DIR]``.
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
from typing import Any

D = dt.date
ART111_3 = D(2027, 8, 2)
ROWS = ("art25_4", "art25_4_original", "art25_4_supplier_not_operator")
FLAG = "value_chain.supplied_model_placed_before_2_august_2025"
GPAI = "value_chain.supplies_general_purpose_ai_model"
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
PLACED = ("2025-03-01", "2026-08-01", "2026-10-01", "2027-08-01", "2027-10-01", "2028-09-01")
CHANGES = ("none", "2026-10-01", "2027-10-01", "2029-06-01", "2031-03-01")
DAYS = ("2026-09-01", "2027-03-01", "2027-09-01", "2028-10-01", "2030-09-01", "2031-06-01")
DOMAINS: dict[str, tuple[Any, ...]] = {
    FLAG: (True, False),
    GPAI: (True, False),
    "placed_on_market": PLACED,
    "significant_change": CHANGES,
    "context.intended_for_public_authorities": (True, False),
    "context.annex_x_large_scale_it_component": (True, False),
    "annex_iii.points": (["4a"], []),
    "annex_i.third_party_conformity_assessment": (True, False),
}


def _false(model: Any) -> dict[str, Any]:
    return {n: False for n, f in model.model_fields.items() if f.annotation == (bool | None)}


def _set(d: dict[str, Any], path: str, value: Any) -> None:
    *head, last = path.split(".")
    for key in head:
        d = d[key]
    d[last] = value


def build(p: dict[str, Any]) -> dict[str, Any]:
    """The system of the parameters ``p`` as JSON (every flag known false unless given)."""
    import aiact

    fields = aiact.AISystem.model_fields
    roles = dict.fromkeys(
        ("provider", "deployer", "importer", "distributor", "authorised_representative"), False
    )
    roles["product_manufacturer"] = False
    if p["role"]:
        roles[p["role"]] = True
    route = p["route"]
    annex_i = (
        MEDICAL
        if route in ("i", "both")
        else {**_false(fields["annex_i"].annotation), "legislation": []}
    )
    s: dict[str, Any] = {
        "is_ai_system": True,
        "is_general_purpose_ai_system": False,
        "roles": roles,
        "value_chain": {
            **_false(fields["value_chain"].annotation),
            "provider_established_in_eu": True,
            "supplies_components_for_high_risk": True,
            "supplies_general_purpose_ai_model": p["gpai"],
            "supplied_model_placed_before_2_august_2025": p["legacy"],
        },
        "exclusions": {**_false(fields["exclusions"].annotation), "placed_or_used_in_eu": True},
        "prohibited": _false(fields["prohibited"].annotation),
        "annex_i": dict(annex_i),
        "annex_iii": {
            **_false(fields["annex_iii"].annotation),
            "points": ["4a"] if route in ("iii", "both") else [],
        },
        "derogation": {**_false(fields["derogation"].annotation), "profiling": True},
        "transparency": {
            **_false(fields["transparency"].annotation),
            "authorised_by_law_detect_prevent_investigate": None,
        },
        "context": {
            **_false(fields["context"].annotation),
            "intended_for_public_authorities": p["public"],
            "annex_x_large_scale_it_component": p["annex_x"],
        },
        "placed_on_market": p["placed"],
        "put_into_service": None,
        "significant_change": p["change"],
    }
    for path in p.get("unknown", ()):
        _set(s, path, None)
    return s


def _valid(case: dict[str, Any]) -> bool:
    s = case["system"]
    change, placed = s["significant_change"], s["placed_on_market"]
    return change in (None, "none") or placed is None or change >= placed


def complete_params(rng: random.Random) -> dict[str, Any]:
    while True:
        p = _draw(rng)
        if p["change"] == "none" or p["change"] >= p["placed"]:
            return p


def _draw(rng: random.Random) -> dict[str, Any]:
    return {
        "law": rng.choice(("original", "amended")),
        "a45": rng.choice(("follows_provider", "operators_only")),
        "a46": rng.choice(("model_transition", "chapter_v_only")),
        "legacy": rng.choice((True, True, False)),
        "gpai": rng.choice((True, True, True, False)),
        "role": rng.choice((None, None, None, "provider", "deployer", "distributor")),
        "route": rng.choice(("iii", "iii", "i", "both")),
        "placed": rng.choice(PLACED),
        "change": rng.choice(CHANGES),
        "public": rng.choice((False, False, True)),
        "annex_x": rng.choice((False, False, False, True)),
        "day": rng.choice(DAYS),
    }


def case_json(p: dict[str, Any], base: bool = False) -> dict[str, Any]:
    s = build(p)
    readings = {"art111_2_supplier_shelter": p["a45"]}
    if base:
        del s["value_chain"]["supplied_model_placed_before_2_august_2025"]
    else:
        readings["art111_3_model_supplier"] = p["a46"]
    return {
        "system": s,
        "organisation": ORGANISATION,
        "as_of": p["day"],
        "law": p["law"],
        "interpretations": readings,
    }


def _d(x: Any) -> str | None:
    return None if x is None else str(x)


def signature(case: dict[str, Any]) -> dict[str, Any]:
    """Every obligation row (applies, status, dates), the exposure, the open questions."""
    import aiact

    a = aiact.Case(**case).assess()
    rows = {}
    for r in a.obligation_results:
        t = r.timing
        rows[r.id] = [
            r.applies,
            str(r.status),
            _d(r.applies_from),
            _d(r.deadline),
            _d(r.comply_by),
            None if t is None else _d(t.earliest),
            None if t is None else sorted(str(x) for x in t.possible_applies_from),
            None if t is None else t.grace,
        ]
    e = a.exposure
    fines = {o.obligation_id: [str(o.status), _d(o.ceiling), _d(o.maximum)] for o in e.obligations}
    maybe = {r.id for r in a.obligation_results if r.applies is None}
    open_ = sorted(
        set(e.undetermined) | set(e.binding_undetermined) | set(e.not_yet_binding) | maybe
    )
    return {
        "rows": rows,
        "max": _d(e.max_ceiling),
        "fines": fines,
        "open": open_,
        "questions": sorted({q.fact for q in a.open_questions}),
    }


def _date(x: str | None) -> D | None:
    return None if x in (None, "None") else D.fromisoformat(x)  # type: ignore[arg-type]


def completions(p: dict[str, Any]) -> list[dict[str, Any]]:
    """Every completion of the unknown facts of ``p`` (as parameter overrides)."""
    keys = list(p["unknown"])
    out = []
    for values in itertools.product(*(DOMAINS[k] for k in keys)):
        q = {**p, "unknown": ()}
        overrides = dict(zip(keys, values, strict=True))
        q["_over"] = overrides
        out.append(q)
    return out


def build_completion(q: dict[str, Any]) -> dict[str, Any]:
    c = case_json(q)
    for path, value in q.get("_over", {}).items():
        target = c["system"]
        if path in ("placed_on_market", "significant_change"):
            target[path] = value
        else:
            _set(target, path, value)
    return c


def partial_params(rng: random.Random) -> dict[str, Any]:
    p = complete_params(rng)
    pool = [GPAI, "placed_on_market", "significant_change"]
    pool += ["context.intended_for_public_authorities", "context.annex_x_large_scale_it_component"]
    pool += ["annex_iii.points"] if p["route"] in ("iii", "both") else []
    pool += ["annex_i.third_party_conformity_assessment"] if p["route"] != "iii" else []
    n = rng.choice((1, 1, 2, 2, 3))
    chosen = [FLAG] if rng.random() < 0.7 else []
    chosen += rng.sample(pool, n - len(chosen)) if n > len(chosen) else []
    p["unknown"] = tuple(chosen)
    return p


def check_partial(p: dict[str, Any], stats: Counter[str], examples: dict[str, list[Any]]) -> None:
    part = signature(build_completion({**p, "_over": {}}))
    comps = []
    for q in completions(p):
        if not _valid(build_completion(q)):
            stats["invalid_completion_skipped"] += 1
            continue
        comps.append((q["_over"], signature(build_completion(q))))
    stats["partials"] += 1
    stats["completions"] += len(comps)

    def bad(kind: str, detail: Any) -> None:
        stats[kind] += 1
        if len(examples.setdefault(kind, [])) < 3:
            examples[kind].append({"params": p, "detail": detail})

    for rid in ROWS:
        if rid not in part["rows"]:
            continue
        applies, _status, frm, _dl, _cb, earliest, possible, _grace = part["rows"][rid]
        for over, c in comps:
            capp, _cst, cfrm, *_ = c["rows"][rid]
            if applies is not None and capp != applies:
                bad("a_applies_differs", (rid, over, applies, capp))
            if applies is False and capp is True:
                bad("b_not_applicable_but_applies", (rid, over))
            if capp is True and frm is not None and cfrm != frm:
                bad("c_date_differs", (rid, over, frm, cfrm))
            if capp is True and cfrm is not None:
                floor = frm or earliest
                if floor is not None and _date(floor) > _date(cfrm):  # type: ignore[operator]
                    bad("d_earliest_after_completion", (rid, over, floor, cfrm))
                if frm is None and possible and cfrm not in possible:
                    stats["f_completion_date_not_listed"] += 1
    # fines of the Art. 25(4) rows
    for over, c in comps:
        for rid, (cst, ceil, _mx) in c["fines"].items():
            if rid not in ROWS or ceil is None or rid in c["open"]:
                continue
            mine = part["fines"].get(rid)
            if mine is None:
                if rid not in part["open"]:
                    bad("e_fine_dropped", (rid, over, cst, ceil))
            elif mine[1] is not None and float(mine[1]) < float(ceil):
                bad("e_fine_lower", (rid, over, mine, ceil))
        if (
            not part["open"]
            and part["max"] is not None
            and c["max"] is not None
            and float(part["max"]) < float(c["max"])
        ):
            bad("e_max_lower", (over, part["max"], c["max"]))
    # the question
    if FLAG in p["unknown"]:
        asked = FLAG in part["questions"]
        groups: dict[str, set[str]] = {}
        for over, c in comps:
            rest = json.dumps({k: v for k, v in over.items() if k != FLAG}, sort_keys=True)
            groups.setdefault(rest, set()).add(
                json.dumps({k: (c["rows"].get(k) or [])[:7] for k in ROWS}, sort_keys=True)
            )
        matters = any(len(v) > 1 for v in groups.values())
        stats["g_flag_unknown"] += 1
        if asked and not matters:
            stats["g_asked_not_mattering"] += 1
            if len(examples.setdefault("g_asked_not_mattering", [])) < 3:
                examples["g_asked_not_mattering"].append(p)
        applying = any(part["rows"].get(k, [None])[0] is True for k in ROWS)
        if matters and not asked and applying:
            bad("g_not_asked_but_matters", p)
        elif matters and not asked:
            # the row's applicability is itself open: the library asks its conditions first
            stats["g_not_asked_applicability_open"] += 1


def run_base(cases: list[dict[str, Any]], base: str) -> list[dict[str, Any]]:
    env = {**os.environ, "PYTHONPATH": base}
    code = (
        "import json,sys\n"
        f"sys.path.insert(1, {os.path.dirname(os.path.abspath(__file__))!r})\n"
        "from rev30c_probe import signature\n"
        "cases=json.load(sys.stdin)\n"
        "json.dump([signature(c) for c in cases], sys.stdout)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=base,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def regression(
    n: int, rng: random.Random, base: str, stats: Counter[str], ex: dict[str, Any]
) -> None:
    params = [complete_params(rng) for _ in range(n)]
    # every case under both A46 readings
    params = [{**p, "a46": a46} for p in params for a46 in ("model_transition", "chapter_v_only")]
    new = [signature(case_json(p)) for p in params]
    old = run_base([case_json(p, base=True) for p in params], base)
    for p, a, b in zip(params, new, old, strict=True):
        stats["complete"] += 1
        changed = {
            k
            for k in set(a["rows"]) | set(b["rows"])
            if (a["rows"].get(k) or [])[:7] != (b["rows"].get(k) or [])[:7]
        }
        for k in set(a["rows"]) & set(b["rows"]):
            if a["rows"][k][:7] == b["rows"][k][:7] and a["rows"][k][7] != b["rows"][k][7]:
                # the same dates, another transitional rule named (grace): Art. 111(3) named
                # where it moves nothing
                stats[f"r_grace_only_changed_{p['law']}_{b['rows'][k][7]}->{a['rows'][k][7]}"] += 1
        if a["max"] != b["max"]:
            changed.add("<max_ceiling>")
        intended = (
            p["a46"] == "model_transition"
            and p["legacy"] is True
            and p["gpai"] is True
            and p["role"] != "provider"
            and p["law"] == "original"
        )
        if not changed:
            continue
        stats["changed_cases"] += 1
        if not intended or not changed <= set(ROWS):
            stats["UNINTENDED_change"] += 1
            if len(ex.setdefault("UNINTENDED_change", [])) < 3:
                ex["UNINTENDED_change"].append(
                    {
                        "params": p,
                        "rows": {k: (b["rows"].get(k), a["rows"].get(k)) for k in changed},
                    }
                )
            continue
        stats["intended_change"] += 1
        for k in changed:
            old_row, new_row = b["rows"][k], a["rows"][k]
            if old_row[2] is not None and new_row[2] is not None:
                want = max(D.fromisoformat(old_row[2]), ART111_3)
                if D.fromisoformat(new_row[2]) != want:
                    stats["WRONG_later_of"] += 1
                    ex.setdefault("WRONG_later_of", []).append((p, old_row, new_row))
            if old_row[3] is not None and new_row[3] != old_row[3]:
                stats["deadline_lost_or_moved"] += 1
                if len(ex.setdefault("deadline_lost_or_moved", [])) < 3:
                    ex["deadline_lost_or_moved"].append((p, old_row, new_row))
            if new_row[2] == str(ART111_3) and new_row[3] is None:
                stats["r_art111_3_row_without_comply_by"] += 1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=400)
    ap.add_argument("--complete", type=int, default=600)
    ap.add_argument("--seed", type=int, default=3030)
    ap.add_argument("--base", default="/tmp/rev30c_base")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    stats: Counter[str] = Counter()
    examples: dict[str, Any] = {}
    for _ in range(args.cases):
        check_partial(partial_params(rng), stats, examples)
    if os.path.isdir(args.base):
        regression(args.complete, rng, args.base, stats, examples)
    else:
        print(f"no base tree at {args.base}: regression skipped")
    for key in sorted(stats):
        print(f"{key}: {stats[key]}")
    for key, items in examples.items():
        print(f"--- {key}")
        for item in items[:3]:
            print(json.dumps(item, default=str)[:1500])


if __name__ == "__main__":
    main()
