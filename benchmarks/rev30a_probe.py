"""rev30a (round 30): independent soundness probe of Art. 111(3) (general-purpose AI models placed
before 2 August 2025) and of the Art. 25(4) supplier of a general-purpose AI model under readings
A19, A36 and A45.

Law: Art. 111(3) (2024/1689, not amended by Regulation (EU) 2026/1744): "Providers of
general-purpose AI models that have been placed on the market before 2 August 2025 shall take
the necessary steps in order to comply with the obligations laid down in this Regulation by 2
August 2027". Art. 113, third paragraph, point (b): "Chapter III Section 4, Chapter V, Chapter VII
and Chapter XII and Article 78 shall apply from 2 August 2025, with the exception of Article 101"
(Art. 101 from the general date, 2 August 2026). Art. 111(2), first sentence: "this Regulation
shall apply to operators of high-risk AI systems ... only if, as from that date, those systems
are subject to significant changes in their designs". Art. 25(4) (amended): "the third party that
supplies an AI system, AI model, tools, services, components, or processes that are used or
integrated in a high-risk AI system".

Two families of cases, both texts, several days:

* models (``aiact.assess_model``): the placing date (before, on the eve of, on and after 2 August
  2025), training compute, high-impact capabilities, designation, open-source release, the
  compute "will be met" fact, a rebuttal, generality, the research exclusion, the organisation's
  establishment and turnover; readings A19 (both) and A26 (both);
* systems (``aiact.assess``): an organisation that supplies for a high-risk system (Art. 25(4)),
  the supply a general-purpose AI model or not, a bare model or not, open source or not, one
  further role (importer, distributor, deployer, initial provider of Art. 25(2)) or none, the
  route (Annex III point 4(a) and/or Annex I medical device), first placing (2025 to 2028), a
  significant change or none, intended for public authorities, Annex X; readings A45, A36 (both
  each) and A25, A2 (both each).

A partial case leaves 1-3 of those facts unknown; its completions take every value of each
unknown fact's domain (invalid completions are skipped and counted). The checks, per obligation
row of the partial case against every valid completion:

1. a known ``applies`` equals the completion's;
2. a determined status (in force, upcoming, not applicable) of a row that applies equals the
   status of every completion in which the row applies; "not applicable" (never binds) where no
   completion has the row applying and in force or upcoming;
3. a known ``applies_from`` / Art. 111 ``deadline`` equals that of every completion in which the
   row applies and binds;
4. the earliest date (``applies_from`` if known, else ``timing.earliest``) is no later than the
   ``applies_from`` (or earliest) of any completion in which the row applies and binds;
5. the fine: a partial exposure with nothing open (no obligation that may apply, no undetermined
   ceiling without an upper bound, no undetermined binding date) has a maximum no lower than any
   completion's ``max_ceiling``; a known partial ``max_ceiling`` (of the rows that bind) is no
   higher than any completion's; a determined row ceiling equals that row's ceiling in every
   completion where it is counted.

Run: ``PYTHONPATH=. python benchmarks/rev30a_probe.py [--cases N] [--seed S]``; prints the counts
and the first counter-examples.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import aiact
from aiact.errors import InputError
from aiact.interpretations import (
    Art99Paragraph4daAddressees,
    Art111Cutoff,
    GPAINotificationTiming,
    Interpretations,
    OriginalArt25Paragraph4Models,
    SupplierLegacyShelter,
    ThirdCountryProvider,
)
from aiact.timeline.transitional import Status

D = dt.date
Knob = tuple[str, tuple[Any, ...]]

MODEL_DAYS = ("2025-09-01", "2026-03-01", "2026-09-01", "2027-08-01", "2027-08-02", "2028-01-01")
SYSTEM_DAYS = ("2026-09-01", "2027-08-01", "2027-12-15", "2028-09-01", "2030-09-01")
LAWS = ("original", "amended")

MODEL_KNOBS: tuple[Knob, ...] = (
    ("placed_on_market", (D(2024, 6, 1), D(2025, 8, 1), D(2025, 8, 2), D(2026, 1, 15))),
    ("training_compute_flop", (10**23, 10**26)),
    ("high_impact_capabilities", (False, True)),
    ("commission_designated", (False, True)),
    ("free_open_source_licence", (False, True)),
    ("parameters_publicly_available", (False, True)),
    ("compute_threshold_will_be_met", (False, True)),
    ("systemic_risk_rebutted", (False, True)),
    ("is_general_purpose", (True, False)),
    ("sole_purpose_scientific_research", (False, True)),
    ("org.established_in_eu", (True, False)),
    ("org.annual_turnover_eur", (2_000_000_000, 100_000_000)),
    ("org.also_established_in_third_country", (False, True)),
)

SYSTEM_KNOBS: tuple[Knob, ...] = (
    ("value_chain.supplies_general_purpose_ai_model", (True, False)),
    ("value_chain.supplies_only_ai_model", (False, True)),
    ("value_chain.supplies_under_free_open_source_licence", (False, True)),
    ("value_chain.supplies_components_for_high_risk", (True, False)),
    ("value_chain.initial_provider_of_shifted_system", (False, True)),
    ("roles.importer", (False, True)),
    ("roles.distributor", (False, True)),
    ("roles.deployer", (False, True)),
    ("annex_iii.points", (["4a"], [])),
    ("annex_i.is_the_product", (False, True)),
    ("placed_on_market", (D(2025, 3, 1), D(2026, 10, 1), D(2027, 10, 1), D(2028, 10, 1))),
    ("significant_change", ("none", D(2028, 3, 1))),
    ("context.intended_for_public_authorities", (False, True)),
    ("context.annex_x_large_scale_it_component", (False, True)),
)

ROLE_KNOBS = ("roles.importer", "roles.distributor", "roles.deployer")


def _organisation(eu: bool, turnover: int | None, third: bool | None) -> dict[str, Any]:
    return {
        "name": "Probe B.V." if eu else "Probe Inc.",
        "kind": "private_undertaking",
        "member_state": "NL" if eu else None,
        "established_in_eu": eu,
        "also_established_in_third_country": third if eu else False,
        "headcount": 8000,
        "annual_turnover_eur": turnover,
        "balance_sheet_total_eur": 3_000_000_000,
        "part_of_group": False,
        "is_employer": True,
        "law_enforcement_authority": False,
        "judicial_authority": False,
        "financial_institution": False,
    }


def _false_flags(model: type[Any]) -> dict[str, bool]:
    return {
        name: False
        for name, info in model.model_fields.items()
        if info.annotation in (bool | None,)
    }


def _base_system() -> dict[str, Any]:
    fields = aiact.AISystem.model_fields

    def flags(name: str) -> dict[str, Any]:
        return _false_flags(fields[name].annotation)  # type: ignore[arg-type]

    value_chain = flags("value_chain")
    value_chain["provider_established_in_eu"] = True
    exclusions = flags("exclusions")
    exclusions["placed_or_used_in_eu"] = True
    annex_i = flags("annex_i")
    annex_i.update(
        legislation=["medical_devices_2017_745"],
        third_party_conformity_assessment=True,
        failure_endangers_health_safety=True,
    )
    transparency = flags("transparency")
    transparency["authorised_by_law_detect_prevent_investigate"] = None
    return {
        "name": "probe system",
        "is_ai_system": True,
        "is_general_purpose_ai_system": False,
        "roles": _false_flags(fields["roles"].annotation),  # type: ignore[arg-type]
        "value_chain": value_chain,
        "exclusions": exclusions,
        "prohibited": flags("prohibited"),
        "annex_i": annex_i,
        "annex_iii": {**flags("annex_iii"), "points": []},
        "derogation": {**flags("derogation"), "profiling": True},
        "transparency": transparency,
        "context": flags("context"),
    }


def _set(case: dict[str, Any], path: str, value: Any) -> None:
    *head, last = path.split(".")
    node = case
    for key in head:
        node = node[key]
    node[last] = value


def _value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


# ------------------------------------------------------------------------------- the cases


def _model_case(rng: random.Random) -> tuple[dict[str, Any], dict[str, Any], list[Knob]]:
    """A complete model case (model facts, organisation facts) and the 1-3 knobs left open."""
    values = {name: rng.choice(domain) for name, domain in MODEL_KNOBS}
    open_knobs = rng.sample(MODEL_KNOBS, rng.choice((1, 1, 2, 3)))
    if rng.random() < 0.5 and not any(k[0] == "placed_on_market" for k in open_knobs):
        # the fact of Art. 111(3) is the point of the probe: left open in half the cases
        open_knobs[0] = MODEL_KNOBS[0]
    return values, {}, open_knobs


def _model_inputs(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    model = {
        "is_general_purpose": values["is_general_purpose"],
        "sole_purpose_scientific_research": values["sole_purpose_scientific_research"],
        "pre_market_research_testing": False,
        "provider": True,
        "authorised_representative": False,
        "compute_threshold_will_be_met": values["compute_threshold_will_be_met"],
        "high_impact_capabilities": values["high_impact_capabilities"],
        "commission_designated": values["commission_designated"],
        "systemic_risk_rebutted": values["systemic_risk_rebutted"],
        "free_open_source_licence": values["free_open_source_licence"],
        "parameters_publicly_available": values["parameters_publicly_available"],
        "training_compute_flop": values["training_compute_flop"],
        "placed_on_market": _value(values["placed_on_market"]),
        "commission_requested_information": False,
        "commission_requested_access": False,
        "commission_requested_measures": False,
        "common_specifications_not_followed": False,
    }
    org = _organisation(
        values["org.established_in_eu"] is not False,
        values["org.annual_turnover_eur"],
        values["org.also_established_in_third_country"],
    )
    if values["org.established_in_eu"] is None:
        org["established_in_eu"] = None
        org["member_state"] = None
    return model, org


def _system_case(rng: random.Random) -> tuple[dict[str, Any], list[Knob]]:
    values = {name: rng.choice(domain) for name, domain in SYSTEM_KNOBS}
    # at most one further role (the supplier of Art. 25(4) is the subject of the probe)
    role = rng.choice((None, None, *ROLE_KNOBS, "value_chain.initial_provider_of_shifted_system"))
    for name in (*ROLE_KNOBS, "value_chain.initial_provider_of_shifted_system"):
        values[name] = name == role and rng.random() < 0.5
    # mostly a supply of a general-purpose AI model to a legacy system
    if rng.random() < 0.6:
        values["value_chain.supplies_general_purpose_ai_model"] = True
        values["value_chain.supplies_components_for_high_risk"] = True
    if rng.random() < 0.5:
        values["placed_on_market"] = D(2025, 3, 1)
    knobs = [k for k in SYSTEM_KNOBS if k[0] not in ROLE_KNOBS or k[0] == role]
    open_knobs = rng.sample(knobs, rng.choice((1, 1, 2, 3)))
    return values, open_knobs


def _system_inputs(values: dict[str, Any]) -> dict[str, Any]:
    case = _base_system()
    for name, value in values.items():
        _set(case, name, _value(value))
    return case


# ---------------------------------------------------------------------------- the checks


class Tally:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: list[str] = []

    def bad(self, kind: str, text: str) -> None:
        self.counts["counter-example: " + kind] += 1
        if len(self.examples) < 40:
            self.examples.append(f"[{kind}] {text}")


def _bind_date(row: Any) -> dt.date | None:
    """The earliest day the row may bind: ``applies_from`` if known, else the floor."""
    timing = row.timing
    if timing is None:
        return None
    return timing.applies_from if timing.applies_from is not None else timing.earliest


def _binds(row: Any) -> bool:
    return row.applies is True and row.status in (Status.IN_FORCE, Status.UPCOMING)


def _exposure_bound(a: Any) -> Decimal | None:
    """The partial exposure's upper bound, or None while it is open: an obligation may apply
    (``applies`` unknown, not "never binds"; the exposure counts only those that apply), a
    ceiling is undetermined with no known upper bound, or a binding date is undetermined."""
    e = a.exposure
    if e.undetermined or e.binding_undetermined:
        return None
    if any(r.applies is None and not r.never_binds for r in a.obligation_results):
        return None
    bound = Decimal(0)
    for row in e.obligations:
        if row.status.value == "undetermined":
            if row.maximum is None:
                return None
            bound = max(bound, row.maximum)
        elif row.ceiling is not None:
            bound = max(bound, row.ceiling)
    return bound


def check(partial: Any, completions: list[Any], label: str, tally: Tally) -> None:
    rows = {r.id: r for r in partial.obligation_results}
    comp_rows = [{r.id: r for r in c.obligation_results} for c in completions]
    for key, p in rows.items():
        tally.counts["row checks"] += len(completions)
        for c_rows in comp_rows:
            c = c_rows[key]
            where = f"{label} row={key}"
            if p.applies is not None and c.applies != p.applies:
                tally.bad("applies", f"{where}: partial {p.applies}, completion {c.applies}")
                continue
            if p.applies is not False and p.status is Status.NOT_APPLICABLE and _binds(c):
                tally.bad("never-binds", f"{where}: partial not applicable, completion {c.status}")
            determined = p.applies is True and p.status is not Status.UNDETERMINED
            if determined and c.applies is True and c.status is not p.status:
                tally.bad("status", f"{where}: partial {p.status}, completion {c.status}")
            if p.applies is False or not _binds(c) or p.timing is None or c.timing is None:
                continue
            if p.applies_from is not None and c.applies_from != p.applies_from:
                tally.bad(
                    "applies_from",
                    f"{where}: partial {p.applies_from}, completion {c.applies_from}",
                )
            if p.deadline is not None and c.deadline != p.deadline:
                tally.bad("deadline", f"{where}: partial {p.deadline}, completion {c.deadline}")
            early, c_early = _bind_date(p), _bind_date(c)
            if early is not None and c_early is not None and early > c_early:
                tally.bad("earliest", f"{where}: partial earliest {early}, completion {c_early}")
    # the fine
    bound = _exposure_bound(partial)
    p_rows = {r.obligation_id: r for r in partial.exposure.obligations}
    for comp in completions:
        tally.counts["exposure checks"] += 1
        ceiling = comp.exposure.max_ceiling
        if bound is not None and ceiling is not None and ceiling > bound:
            tally.bad("fine maximum", f"{label}: partial bound {bound}, completion {ceiling}")
        known = partial.exposure.max_ceiling  # among the ceilings of the rows that bind
        if known is not None and (ceiling is None or ceiling < known):
            tally.bad("fine at least", f"{label}: partial {known}, completion {ceiling}")
        for r in comp.exposure.obligations:
            p_row = p_rows.get(r.obligation_id)
            known_row = p_row is not None and p_row.status.value == "determined"
            if known_row and p_row is not None and r.ceiling != p_row.ceiling:
                tally.bad(
                    "row ceiling",
                    f"{label} fine {r.obligation_id}: partial {p_row.ceiling}, "
                    f"completion {r.ceiling}",
                )


CHAPTER_V = ("art53_1_a", "art53_1_b", "art53_1_c", "art53_1_d", "art53_3", "art54_1")
SYSTEMIC = ("art55_1_a", "art55_1_b", "art55_1_c", "art55_1_d")
GPAI_CUTOFF = D(2025, 8, 2)
LEGACY_DEADLINE = D(2027, 8, 2)
ART_101_FROM = D(2026, 8, 2)


def oracle_model(a: Any, values: dict[str, Any], a19: str, label: str, tally: Tally) -> None:
    """A complete model case against Art. 111(3), Art. 113(b) and Art. 101 (with Art. 113,
    second paragraph): each Chapter V duty that applies binds from 2 August 2025, or, for a model
    placed before that day, from 2 August 2027 with that deadline; Art. 52(1) likewise, except
    under A19=due_from_2025 (from 2 August 2025); no Art. 101 fine before 2 August 2026, and from
    then the Art. 101(1) ceiling (3 % or EUR 15 000 000, whichever is higher) once a duty binds."""
    legacy = values["placed_on_market"] < GPAI_CUTOFF
    rows = {r.id: r for r in a.obligation_results}
    for key in (*CHAPTER_V, *SYSTEMIC, "art52_1"):
        row = rows[key]
        if row.applies is not True:
            continue
        tally.counts["oracle rows"] += 1
        deferred = legacy and not (key == "art52_1" and a19 == "due_from_2025")
        want = (LEGACY_DEADLINE, LEGACY_DEADLINE) if deferred else (GPAI_CUTOFF, None)
        if (row.applies_from, row.deadline) != want:
            tally.bad(
                "oracle date",
                f"{label} row={key}: ({row.applies_from}, {row.deadline}), want {want}",
            )
    day = a.as_of
    ceiling = a.exposure.max_ceiling
    binding = [
        k
        for k in (*CHAPTER_V, *SYSTEMIC, "art52_1")
        if rows[k].applies is True and rows[k].status is Status.IN_FORCE
    ]
    tally.counts["oracle fines"] += 1
    if day < ART_101_FROM or not binding:
        if ceiling is not None:
            tally.bad("oracle fine", f"{label}: {ceiling} on {day} (Art. 101 from 2 Aug 2026)")
        return
    turnover = values["org.annual_turnover_eur"]
    want_fine = max(Decimal(15_000_000), Decimal(turnover) * Decimal("0.03"))
    if ceiling != want_fine:
        tally.bad("oracle fine", f"{label}: {ceiling}, want {want_fine} (Art. 101(1))")


def oracle_supplier(a: Any, values: dict[str, Any], label: str, tally: Tally) -> None:
    """Counts (finding D1) the complete system cases in which an Art. 25(4) row of a supplier of
    a general-purpose AI model (the model's provider, Art. 3(3)) binds before 2 August 2027: Art.
    111(3) gives the provider of a model "placed on the market before 2 August 2025" until that
    day "to comply with the obligations laid down in this Regulation"; the library has no fact
    for the model's placing and no Art. 111(3) case in ``from.supplier``. ``legacy system``:
    the system the model is integrated in was placed before 2 August 2025, so the model was
    made available, and placed, before it."""
    if not values["value_chain.supplies_general_purpose_ai_model"]:
        return
    for row in a.obligation_results:
        if not row.id.startswith("art25_4") or row.applies is not True:
            continue
        if row.timing is None or row.applies_from is None or row.applies_from >= LEGACY_DEADLINE:
            continue
        if values["value_chain.supplies_components_for_high_risk"] is not True:
            continue  # the organisation holds no provider role: the row is the supplier's
        tally.counts["D1 model supplier bound before 2 Aug 2027 (any placing)"] += 1
        if values["placed_on_market"] < GPAI_CUTOFF:
            tally.counts["D1 ... of a system placed before 2 Aug 2025"] += 1
            if row.status is Status.IN_FORCE and a.as_of < LEGACY_DEADLINE:
                tally.counts["D1 ... in force before 2 Aug 2027 (counter-example)"] += 1
                if len(tally.examples) < 40:
                    tally.examples.append(
                        f"[D1 Art. 111(3)] {label} row={row.id}: in force from "
                        f"{row.applies_from} on {a.as_of}"
                    )


def _completions(values: dict[str, Any], open_knobs: list[Knob]) -> Iterator[dict[str, Any]]:
    names = [k[0] for k in open_knobs]
    for combo in itertools.product(*(k[1] for k in open_knobs)):
        yield {**values, **dict(zip(names, combo, strict=True))}


def _run(
    build: Callable[[dict[str, Any]], Any],
    values: dict[str, Any],
    open_knobs: list[Knob],
    label: str,
    tally: Tally,
    oracle: Callable[[Any, dict[str, Any], str], None] | None = None,
) -> None:
    partial_values = {**values, **{k[0]: None for k in open_knobs}}
    try:
        partial = build(partial_values)
    except (InputError, ValueError):
        tally.counts["partial invalid"] += 1
        return
    done = []
    kept = []
    for completion in _completions(values, open_knobs):
        try:
            done.append(build(completion))
        except (InputError, ValueError):
            tally.counts["completion invalid"] += 1
            continue
        kept.append(completion)
    if not done:
        tally.counts["partial without valid completion"] += 1
        return
    tally.counts["partial valid"] += 1
    tally.counts["completions valid"] += len(done)
    check(partial, done, label, tally)
    if oracle is not None:
        for completion, assessment in zip(kept, done, strict=True):
            chosen = {k[0]: completion[k[0]] for k in open_knobs}
            oracle(assessment, completion, f"{label} completion={chosen}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--cases", type=int, default=1500, help="partial cases per family")
    parser.add_argument("--seed", type=int, default=30)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    tally = Tally()
    start = time.perf_counter()

    for _ in range(args.cases):
        values, _unused, open_knobs = _model_case(rng)
        law, day = rng.choice(LAWS), rng.choice(MODEL_DAYS)
        readings = Interpretations(
            gpai_notification=rng.choice(tuple(GPAINotificationTiming)),
            third_country_provider=rng.choice(tuple(ThirdCountryProvider)),
        )

        def build_model(
            v: dict[str, Any], law: str = law, day: str = day, readings: Any = readings
        ) -> Any:
            model, org = _model_inputs(v)
            return aiact.assess_model(model, org, day, law, interpretations=readings)

        label = (
            f"model law={law} day={day} A19={readings.gpai_notification.value} "
            f"open={[k[0] for k in open_knobs]} facts={values}"
        )
        tally.counts["model cases"] += 1
        a19 = readings.gpai_notification.value

        def model_oracle(a: Any, v: dict[str, Any], text: str, a19: str = a19) -> None:
            oracle_model(a, v, a19, text, tally)

        _run(build_model, values, open_knobs, label, tally, model_oracle)

    org = _organisation(True, 2_000_000_000, False)
    for _ in range(args.cases):
        values, open_knobs = _system_case(rng)
        law, day = rng.choice(LAWS), rng.choice(SYSTEM_DAYS)
        readings = Interpretations(
            art111_2_supplier_shelter=rng.choice(tuple(SupplierLegacyShelter)),
            art99_4_da_addressees=rng.choice(tuple(Art99Paragraph4daAddressees)),
            original_art25_4_models=rng.choice(tuple(OriginalArt25Paragraph4Models)),
            art111_cutoff=rng.choice(tuple(Art111Cutoff)),
        )

        def build_system(
            v: dict[str, Any], law: str = law, day: str = day, readings: Any = readings
        ) -> Any:
            return aiact.assess(_system_inputs(v), org, day, law, interpretations=readings)

        label = (
            f"system law={law} day={day} A45={readings.art111_2_supplier_shelter.value} "
            f"A36={readings.art99_4_da_addressees.value} open={[k[0] for k in open_knobs]} "
            f"facts={values}"
        )
        tally.counts["system cases"] += 1

        def supplier_oracle(a: Any, v: dict[str, Any], text: str) -> None:
            oracle_supplier(a, v, text, tally)

        _run(build_system, values, open_knobs, label, tally, supplier_oracle)

    for key in sorted(tally.counts):
        print(f"{key}: {tally.counts[key]:,}")
    print(f"seconds: {time.perf_counter() - start:.1f}")
    for example in tally.examples:
        print(example)
    return 1 if any(k.startswith("counter-example") for k in tally.counts) else 0


if __name__ == "__main__":
    sys.exit(main())
