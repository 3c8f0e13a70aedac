"""rev30b (round 30): independent probe of what applies around 2 December 2026 (today is
7 December 2026), under Regulation (EU) 2024/1689 as published and as amended by Regulation (EU)
2026/1744 (in force 27 July 2026, Art. 4 of 2026/1744).

Law (amended Art. 113, third paragraph, Art. 1, point (40) of 2026/1744): "(a) Chapters I and II
shall apply from 2 February 2025, with the exception of Article 5(1), first subparagraph, points
(ba) and (bb), and Article 5(1a) and (1b) which shall apply from 2 December 2026"; "(c) Chapter
III, Sections 1, 2, and 3, with the exception of Article 6(5), shall apply from: (i) 2 December
2027 as regards AI systems classified as high-risk pursuant to Article 6(2) and Annex III; and
(ii) 2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) and
Annex I"; "(d) Articles 102 to 110 shall apply from 27 July 2026". Amended Art. 111(4): "Providers
of AI systems, including general-purpose AI systems, generating synthetic audio, image, video or
text content, that have been placed on the market before 2 August 2026 shall take the necessary
steps in order to comply with Article 50(2) by 2 December 2026." Art. 111(2) (both versions):
"Without prejudice to the application of Article 5 ...". Art. 111(3): GPAI models placed before
2 August 2025 comply "by 2 August 2027".

Cases: an EU private undertaking holding one role (provider, deployer, importer, distributor,
product manufacturer) for an AI system with the facts of Art. 5(1)(ba)/(bb), 5(1a), 5(1b) drawn,
a synthetic-image generator or not, Annex III point 4(a) or no Annex III point, a first placing
around the dates (or unknown), no significant change; assessed on days around 27 July 2026,
2 August 2026, 2 December 2026, 2 August 2027 and 2 December 2027, with the version chosen by
date, the original text or the amended text. Partial cases leave 1-3 facts unknown; the
completions take every value of the domain.

Checks on every complete case (an oracle written from the text, not from the library):

* O1 (ba)/(bb): the row applies iff the amended text governs and the organisation is bound
  (placing roles under Art. 5(1a)(a), the deployer under 5(1a)(b); Art. 5(1b) and the "without
  right" defence); applies_from is 2 December 2026; status upcoming before, in force from;
  under the original text no (ba)/(bb) row binds;
* O2 tier: prohibited only from 2 December 2026 (no point (a)-(h) practice in these cases), and
  prohibited from then on where the organisation is bound;
* O3 exposure: a bound (ba)/(bb) row counts in the Art. 99(3) tier from 2 December 2026, not
  before;
* O4 Art. 50(2) of a generator's provider: applies from 2 December 2026 (Art. 111(4)) when placed
  on the market before 2 August 2026 under the amended text, otherwise 2 August 2026;
* O5 under the amended text no system row applies from 2 August 2027 (the original point (c)
  date, replaced); an Annex III high-risk row applies from 2 December 2027 or not at all;
* O6 the version: given no version the amended text from 27 July 2026, the original before.

Soundness of every partial case against its completions: a known ``applies`` equals every
completion's; a determined status equals every completion's ("not applicable" never where a
completion binds); a known ``applies_from`` equals every binding completion's; ``timing.earliest``
is no later than any binding completion's ``applies_from``.

Run: ``PYTHONPATH=$PWD python benchmarks/rev30b_probe.py --n 600 --seed 30``.

Round 30 (main at a579263): ``--n 3000 --seed 30`` (about 2 minutes): 3,000 partial cases, 18,988
completions, 2,452,368 row checks: 0 oracle defects (O1-O6), 0 unsound partial rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
from collections import Counter
from typing import Any

import aiact
from aiact.assessment import RiskTier

D = dt.date
NEW_DAY = D(2026, 12, 2)
GENERAL = D(2026, 8, 2)
OMNIBUS = D(2026, 7, 27)
DAYS = (
    D(2026, 7, 26),
    D(2026, 7, 27),
    D(2026, 8, 1),
    D(2026, 8, 2),
    D(2026, 12, 1),
    D(2026, 12, 2),
    D(2026, 12, 7),
    D(2027, 8, 1),
    D(2027, 8, 2),
    D(2027, 12, 1),
    D(2027, 12, 2),
)
LAWS = (None, "original", "amended")
ROLES = ("provider", "deployer", "importer", "distributor", "product_manufacturer")
PLACED = ("2025-01-01", "2026-08-01", "2026-08-02", "2026-12-01", "2026-12-02", "2027-12-02")
BA = (
    "ba_generates_intimate_imagery_without_consent",
    "ba_only_manipulation_not_increasing_exposure",
    "ba_intended_purpose",
    "ba_foreseeable_and_reproducible",
    "ba_adequate_safeguards",
    "ba_used_for_that_purpose",
)
BB = (
    "bb_generates_child_sexual_abuse_material",
    "bb_without_right_defence",
    "bb_intended_purpose",
    "bb_foreseeable_and_reproducible",
    "bb_adequate_safeguards",
    "bb_used_for_that_purpose",
)
ORG = {"kind": "private_undertaking", "member_state": "NL", "established_in_eu": True}
EXCLUSIONS = {
    "placed_or_used_in_eu": True,
    "exclusively_military_defence_national_security": False,
    "sole_purpose_scientific_research": False,
    "pre_market_research_testing": False,
    "personal_non_professional_use": False,
    "free_open_source_licence": False,
    "output_used_in_eu": True,
    "used_in_eu_by_organisation": True,
    "made_available_on_union_market": True,
    "testing_in_real_world_conditions": False,
    "international_cooperation_law_enforcement": False,
}
TRANSPARENCY_FALSE = {
    "interacts_directly_with_persons": False,
    "authorised_by_law_criminal_offences": False,
    "generates_synthetic_audio": False,
    "generates_synthetic_video": False,
    "generates_synthetic_text": False,
    "assistive_standard_editing_only": False,
    "does_not_substantially_alter_input": False,
    "emotion_recognition": False,
    "biometric_categorisation": False,
    "deep_fake": False,
    "public_interest_text": False,
}

# A variable: (path, domain). The path is into the system mapping.
VARIABLES: tuple[tuple[tuple[str, ...], tuple[Any, ...]], ...] = (
    *((("prohibited", f), (True, False)) for f in BA + BB),
    (("transparency", "generates_synthetic_image"), (True, False)),
    (("placed_on_market",), PLACED),
)


def _system(role: str, annex: bool, values: dict[tuple[str, ...], Any]) -> dict[str, Any]:
    prohibited = dict.fromkeys(aiact.ProhibitedPractices.model_fields, False)
    system: dict[str, Any] = {
        "name": "rev30b",
        "is_ai_system": True,
        "roles": [role],
        "exclusions": dict(EXCLUSIONS),
        "value_chain": {
            **dict.fromkeys(
                (
                    "own_name_on_high_risk_system",
                    "substantial_modification",
                    "modified_intended_purpose",
                    "initial_provider_of_shifted_system",
                    "initial_provider_excluded_high_risk_use",
                    "supplies_components_for_high_risk",
                    "supplies_general_purpose_ai_model",
                    "supplies_only_ai_model",
                    "supplies_under_free_open_source_licence",
                ),
                False,
            ),
            "provider_established_in_eu": role != "importer",
        },
        "prohibited": prohibited,
        "annex_i": {"legislation": []},
        "annex_iii": {"points": ["4a"] if annex else []},
        "derogation": {"profiling": True} if annex else {},
        "transparency": dict(TRANSPARENCY_FALSE),
        "significant_change": "none",
        "context": {
            "intended_for_public_authorities": False,
            "annex_x_large_scale_it_component": False,
        },
    }
    for path, value in values.items():
        node = system
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return system


def _fields_known(values: dict[tuple[str, ...], Any]) -> dict[str, Any]:
    return {path[-1]: v for path, v in values.items()}


def oracle_bound(point: str, role: str, f: dict[str, Any]) -> bool:
    """Art. 5(1)(ba)/(bb) with Art. 5(1a) and (1b): is this organisation bound?"""
    if point == "ba":
        content = (
            f["ba_generates_intimate_imagery_without_consent"]
            and not f["ba_only_manipulation_not_increasing_exposure"]
        )
    else:
        content = (
            f["bb_generates_child_sexual_abuse_material"] and not f["bb_without_right_defence"]
        )
    placing = f[f"{point}_intended_purpose"] or (
        f[f"{point}_foreseeable_and_reproducible"] and not f[f"{point}_adequate_safeguards"]
    )
    if role == "deployer":
        return bool(content and f[f"{point}_used_for_that_purpose"])
    return bool(content and placing)


def expected_version(day: dt.date, law: str | None) -> str:
    if law == "original":
        return "ORIGINAL"
    if law == "amended":
        return "AMENDED"
    return "AMENDED" if day >= OMNIBUS else "ORIGINAL"


def rows(a: Any) -> dict[str, Any]:
    return {r.id: r for r in a.obligation_results}


def check_complete(
    role: str, annex: bool, values: dict, day: dt.date, law: str | None, a: Any
) -> list[str]:
    bad: list[str] = []
    f = _fields_known(values)
    version = expected_version(day, law)
    if a.law.name != version:
        bad.append(f"O6 version {a.law.name} != {version}")
    r = rows(a)
    bound_any = False
    for point in ("ba", "bb"):
        row = r.get(f"art5_1_{point}")
        bound = version == "AMENDED" and oracle_bound(point, role, f)
        bound_any = bound_any or bound
        if version == "ORIGINAL":
            if row is not None and row.applies is not False:
                bad.append(f"O1 {point} binds under the original text")
            continue
        if row is None:
            bad.append(f"O1 {point} row missing")
            continue
        if row.applies is not bound:
            bad.append(f"O1 {point} applies {row.applies} != {bound}")
        if bound:
            if row.applies_from != NEW_DAY:
                bad.append(f"O1 {point} applies_from {row.applies_from}")
            want = "in_force" if day >= NEW_DAY else "upcoming"
            if row.status.value != want:
                bad.append(f"O1 {point} status {row.status.value} != {want}")
    tier = a.risk_tier
    if version == "ORIGINAL" or day < NEW_DAY:
        if tier is RiskTier.PROHIBITED:
            bad.append("O2 prohibited before 2 December 2026 / under the original text")
    elif bound_any and tier is not RiskTier.PROHIBITED:
        bad.append(f"O2 tier {tier.value} though bound on {day}")
    # O3 exposure
    e = a.exposure
    counted = {o.obligation_id for o in e.obligations}
    if True:
        for point in ("ba", "bb"):
            oid = f"art5_1_{point}"
            bound = version == "AMENDED" and oracle_bound(point, role, f)
            if bound and day >= NEW_DAY and oid not in counted:
                bad.append(f"O3 {oid} not counted on {day}")
            if day < NEW_DAY and oid in counted:
                bad.append(f"O3 {oid} counted before 2 December 2026")
    # O4 Art. 50(2)
    row = r.get("art50_2")
    if (
        role == "provider"
        and f["generates_synthetic_image"]
        and row is not None
        and row.applies is True
    ):
        placed = D.fromisoformat(f["placed_on_market"])
        want_from = NEW_DAY if version == "AMENDED" and placed < GENERAL else GENERAL
        if row.applies_from != want_from:
            bad.append(f"O4 art50_2 applies_from {row.applies_from} != {want_from}")
    # O5 no system row on the replaced 2 August 2027 date under the amended text
    if version == "AMENDED":
        for oid, row in r.items():
            if row.applies_from == D(2027, 8, 2):
                bad.append(f"O5 {oid} applies from 2027-08-02 under the amended text")
        if annex and not bound_any:
            for oid in ("art9", "art26_1", "art23_1", "art24_1"):
                row = r.get(oid)
                if (
                    row is not None
                    and row.applies is True
                    and row.applies_from
                    not in (
                        None,
                        D(2027, 12, 2),
                    )
                ):
                    bad.append(f"O5 {oid} applies_from {row.applies_from}")
    return bad


def _assess(system: dict, day: dt.date, law: str | None) -> Any:
    return aiact.assess(system, ORG, as_of=day, law=law)


def check_partial(partial: Any, completions: list[Any]) -> list[str]:
    bad: list[str] = []
    pr = rows(partial)
    crs = [rows(c) for c in completions]
    for oid, row in pr.items():
        comp = [c.get(oid) for c in crs]
        binding = [c for c in comp if c is not None and c.applies is True]
        if row.applies is not None:
            for c in comp:
                got = False if c is None else c.applies
                if got is not row.applies:
                    bad.append(f"S {oid} applies {row.applies} but a completion {got}")
                    break
        st = row.status.value
        if st != "undetermined":
            if st == "not_applicable" and binding:
                bad.append(f"S {oid} not_applicable but a completion binds")
            for c in comp:
                if (
                    c is not None
                    and c.status.value != st
                    and not (st == "not_applicable" and c.applies is False)
                ):
                    bad.append(f"S {oid} status {st} but a completion {c.status.value}")
                    break
        if row.applies_from is not None:
            for c in binding:
                if c.applies_from != row.applies_from:
                    bad.append(f"S {oid} applies_from {row.applies_from} != {c.applies_from}")
                    break
        earliest = row.timing.earliest if row.timing is not None else None
        if earliest is not None:
            for c in binding:
                if c.applies_from is not None and c.applies_from < earliest:
                    bad.append(f"S {oid} earliest {earliest} > {c.applies_from}")
                    break
    return bad


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=300)
    p.add_argument("--seed", type=int, default=30)
    args = p.parse_args(argv)
    rng = random.Random(args.seed)
    counts: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for _ in range(args.n):
        role = rng.choice(ROLES)
        annex = rng.random() < 0.3
        day = rng.choice(DAYS)
        law = rng.choice(LAWS)
        values = {path: rng.choice(dom) for path, dom in VARIABLES}
        # bias towards a practice: half the cases have the content fact of one point true
        if rng.random() < 0.5:
            values[("prohibited", rng.choice(BA[:1] + BB[:1]))] = True
        unknown = rng.sample(range(len(VARIABLES)), rng.randint(1, 3))
        partial_values = dict(values)
        for i in unknown:
            path = VARIABLES[i][0]
            partial_values[path] = None
        try:
            partial = _assess(_system(role, annex, partial_values), day, law)
        except aiact.InputError as err:
            counts["partial_refused"] += 1
            examples.setdefault("refused", str(err)[:200])
            continue
        counts["partial"] += 1
        completions = []
        for combo in itertools.product(*(VARIABLES[i][1] for i in unknown)):
            full = dict(values)
            for i, v in zip(unknown, combo, strict=True):
                full[VARIABLES[i][0]] = v
            try:
                a = _assess(_system(role, annex, full), day, law)
            except aiact.InputError:
                counts["completion_refused"] += 1
                continue
            counts["completions"] += 1
            for b in check_complete(role, annex, full, day, law, a):
                key = b.split(" ")[0] + " " + b.split(" ")[1]
                counts[f"defect {key}"] += 1
                examples.setdefault(
                    key,
                    f"{b} | role={role} annex={annex} day={day} law={law} {_fields_known(full)}",
                )
            completions.append(a)
        for b in check_partial(partial, completions):
            counts["unsound"] += 1
            key = b.split(" ")[0] + " " + b.split(" ")[1]
            examples.setdefault(
                key,
                f"{b} | role={role} annex={annex} day={day} law={law} "
                f"unknown={[VARIABLES[i][0][-1] for i in unknown]} {_fields_known(values)}",
            )
        counts["row_checks"] += len(rows(partial)) * max(1, len(completions))
    for k, v in sorted(counts.items()):
        print(f"{k}: {v}")
    for k, v in examples.items():
        print("EXAMPLE", k, "::", v)
    return 0


if __name__ == "__main__":
    sys.exit(main())
