"""rev30e (round 30): independent probe of ``value_chain.provides_supplied_model`` (fix30c).

Law: Art. 3(3) ("'provider' means ... that develops an AI system or a general-purpose AI model
or that has ... developed and places it on the market ... under its own name or trademark");
Art. 3(8) ("'operator' means a provider, product manufacturer, deployer, authorised
representative, importer or distributor"); amended Art. 99(4)(da) ("obligations of providers and
operators pursuant to Article 25(2) and (4)"); Art. 111(3) ("Providers of general-purpose AI
models that have been placed on the market before 2 August 2025 ...").

Cases: the systems of benchmarks/rev30c_probe.py (a supplier for a high-risk system, Art. 25(4)),
with the new fact ``provides`` and readings A36 (art99_4_da_addressees) and A46
(art111_3_model_supplier) drawn; the open-source flag drawn too.

Part 1 (regression against 1028a2f, unpacked at ``--base``): (1a) provides=True: every row, the
exposure and the questions (less the new question) equal the base's on the same facts; (1b)
A36 default (every_addressee), any ``provides``: the base's case with its flag
``supplied_model_placed_before_2_august_2025`` (then "provider and placed before") set to
``provides and placed`` (three-valued) gives the same rows; (1c)
a reseller (provides=False) of a general-purpose AI model, no open-source licence: its rows equal
the base's for a supplier of no general-purpose AI model (neither is fined under A36=operators_only
nor deferred by Art. 111(3)).
Part 2 (soundness): ``provides`` unknown against both completions: (a) a known ``applies`` equals
every completion's; (b) never "not applicable" where a completion applies; (c) a known date
equals every applying completion's; (d) the earliest date <= every completion's; (e) fine maxima
not below a completion's; (g) the question asked iff the two completions differ in rows
(dates, status; a difference in the transitional rule's name alone, ``grace``, counted apart).

Run: ``PYTHONPATH=. python benchmarks/rev30e_probe.py [--cases N] [--seed S] [--base DIR]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from collections import Counter
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rev30c_probe as r30

OWN = "value_chain.provides_supplied_model"
FLAG = "supplied_model_placed_before_2_august_2025"
ROWS = r30.ROWS


def draw(rng: random.Random) -> dict[str, Any]:
    p = r30.complete_params(rng)
    p["legacy"] = rng.choice((True, True, False, None))
    p["gpai"] = rng.choice((True, True, True, False, None))
    p["provides"] = rng.choice((True, False))
    p["a36"] = rng.choice(("every_addressee", "operators_only"))
    p["open_source"] = rng.choice((False, False, True))
    return p


def case_json(p: dict[str, Any], base: bool = False) -> dict[str, Any]:
    s = r30.build(p)
    vc = s["value_chain"]
    vc["supplies_under_free_open_source_licence"] = p["open_source"]
    readings = {
        "art111_2_supplier_shelter": p["a45"],
        "art111_3_model_supplier": p["a46"],
        "art99_4_da_addressees": p["a36"],
    }
    if base:
        vc[FLAG] = p.get("base_flag", p["legacy"])
        vc.pop("provides_supplied_model", None)
    else:
        vc["provides_supplied_model"] = p["provides"]
    return {
        "system": s,
        "organisation": r30.ORGANISATION,
        "as_of": p["day"],
        "law": p["law"],
        "interpretations": readings,
    }


def signature(case: dict[str, Any]) -> dict[str, Any]:
    sig = r30.signature(case)
    sig["questions"] = [q for q in sig["questions"] if q != OWN]
    return sig


def run_base(cases: list[dict[str, Any]], base: str) -> list[dict[str, Any]]:
    code = (
        "import json,sys\n"
        f"sys.path.insert(1, {os.path.dirname(os.path.abspath(__file__))!r})\n"
        "from rev30c_probe import signature\n"
        "json.dump([signature(c) for c in json.load(sys.stdin)], sys.stdout)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": base},
        check=False,
        cwd=base,
    )
    if out.returncode:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def _and(a: bool | None, b: bool | None) -> bool | None:
    if a is False or b is False:
        return False
    return None if a is None or b is None else True


def _cmp(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    diff = [k for k in set(a["rows"]) | set(b["rows"]) if a["rows"].get(k) != b["rows"].get(k)]
    for key in ("max", "fines", "open", "questions"):
        if a[key] != b[key]:
            diff.append(key)
    return sorted(diff)


def regression(n: int, rng: random.Random, base: str, st: Counter[str], ex: dict[str, Any]) -> None:
    ps = [draw(rng) for _ in range(n)]
    jobs: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    for p in ps:
        if p["provides"]:
            jobs.append(("1a_provider_equals_base", p, {**p, "base_flag": p["legacy"]}))
        if p["a36"] == "every_addressee":
            bf = _and(p["provides"], p["legacy"])
            jobs.append(("1b_default_a36_equals_base", p, {**p, "base_flag": bf}))
        if p["provides"] is False and p["gpai"] is True and not p["open_source"]:
            jobs.append(("1c_reseller_rows_equal_base_non_gpai", p, {**p, "gpai": False}))
    old = run_base([case_json(b, base=True) for _, _, b in jobs], base)
    for (kind, p, _b), o in zip(jobs, old, strict=True):
        st[kind + "_cases"] += 1
        d = _cmp(signature(case_json(p)), o)
        if kind.startswith("1c"):
            d = [k for k in d if k in signature(case_json(p))["rows"]]
        if d:
            st[kind + "_DIFF"] += 1
            ex.setdefault(kind, []).append({"p": p, "diff": d}) if len(ex.get(kind, [])) < 3 else 0


def soundness(n: int, rng: random.Random, st: Counter[str], ex: dict[str, Any]) -> None:
    def bad(kind: str, detail: Any) -> None:
        st[kind] += 1
        if len(ex.setdefault(kind, [])) < 3:
            ex[kind].append(detail)

    for _ in range(n):
        p = {**draw(rng), "provides": None}
        part = r30.signature(case_json(p))
        comps = {v: r30.signature(case_json({**p, "provides": v})) for v in (True, False)}
        st["2_partials"] += 1
        for rid in ROWS:
            if rid not in part["rows"]:
                continue
            applies, _s, frm, _dl, _cb, earliest, possible, _g = part["rows"][rid]
            for v, c in comps.items():
                capp, _cs, cfrm, *_ = c["rows"][rid]
                if applies is not None and capp != applies:
                    bad("2a_applies_differs", (p, rid, v, applies, capp))
                if applies is False and capp is True:
                    bad("2b_not_applicable_but_applies", (p, rid, v))
                if capp is True and frm is not None and cfrm != frm:
                    bad("2c_date_differs", (p, rid, v, frm, cfrm))
                if capp is True and cfrm is not None:
                    floor = frm or earliest
                    if floor is not None and floor > cfrm:
                        bad("2d_earliest_after_completion", (p, rid, v, floor, cfrm))
                    if frm is None and possible and cfrm not in possible:
                        st["2f_completion_date_not_listed"] += 1
        for v, c in comps.items():
            for rid, (_cst, ceil, _mx) in c["fines"].items():
                if ceil is None or rid in c["open"]:
                    continue
                mine = part["fines"].get(rid)
                if mine is None and rid not in part["open"]:
                    bad("2e_fine_dropped", (p, rid, v, ceil))
                elif mine is not None and mine[1] is not None and float(mine[1]) < float(ceil):
                    bad("2e_fine_lower", (p, rid, v, mine, ceil))
            lower = part["max"] and c["max"] and float(part["max"]) < float(c["max"])
            if not part["open"] and lower:
                bad("2e_max_lower", (p, v, part["max"], c["max"]))
        asked = OWN in part["questions"]
        rt, rf = comps[True]["rows"], comps[False]["rows"]
        differ = {k: v[:7] for k, v in rt.items()} != {k: v[:7] for k, v in rf.items()}
        st["2g_grace_only_differs"] += rt != rf and not differ
        ex_fines = comps[True]["fines"] != comps[False]["fines"]
        st["2g_asked"] += asked
        if asked and not (differ or ex_fines):
            bad("2g_asked_not_mattering", p)
        if (differ or ex_fines) and not asked:
            if any(part["rows"].get(k, [None])[0] is True for k in ROWS):
                bad("2g_not_asked_but_matters", p)
            else:
                st["2g_not_asked_applicability_open"] += 1
        if p["a36"] == "every_addressee" and p["law"] == "amended" and asked:
            bad("3_asked_default_amended", p)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--seed", type=int, default=30)
    ap.add_argument("--base", default="/tmp/rev30e_base")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    st: Counter[str] = Counter()
    ex: dict[str, Any] = {}
    regression(args.cases, rng, args.base, st, ex)
    soundness(args.cases, rng, st, ex)
    print(json.dumps(dict(sorted(st.items())), indent=1))
    print(json.dumps(ex, indent=1, default=str)[:6000])


if __name__ == "__main__":
    main()
