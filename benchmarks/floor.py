"""The floor of a full assessment: what it costs only to make the objects it materialises.

A harness, not a test (issue 18, round 11). Over first-seen cases drawn as
``benchmarks/phases.py`` draws them, each case is given one full assessment (the definition of
``benchmarks/run.py``: ``full``) and every object that the assessment *made for this case* and
that its results hold is recorded with its constructor arguments: the :class:`Assessment` and
its fields (the :class:`Evaluation` with its values map), the category map, the tuples of
tiers, the :class:`ObligationResult`\\ s and their :class:`DeadlineAnswer`\\ s, the exposure
report's models, every :class:`Derivation` and :class:`RuleStep` of the ``explain()`` trees that
is not shared with earlier cases, the open questions, and the containers (tuples, lists, maps)
that hold them. Then, in CPU time, exactly those objects are made again from the recorded
arguments with no logic at all (``Class(**fields)`` for a pydantic model or a dataclass, the
constructor for a ``__slots__`` class, ``tuple(items)`` / ``dict(mapping)`` for a container),
and the bare generated rule program is run on the same cases. Rebuilding plus the bare program
is a lower bound of a full assessment with this object model in this interpreter: anything the
library does on top is logic.

The same objects are also made as plain ``__slots__`` classes and as tuples (every field
passed positionally), to show what the object model itself (pydantic validation, frozen
dataclasses' ``object.__setattr__``) costs.

What "made for this case" means: the collector is disabled while a case runs and every object
alive before it is frozen out of the collector (``gc.freeze``), so the objects the collector
tracks that ``gc.get_objects()`` returns afterwards are exactly the ones made during the case
(a tuple is tracked when made, and with the collector off nothing untracks it). A map of
atomic values is never tracked: one is counted when an object made for the case holds it and
no earlier case's results held it. Atomic values (strings, numbers, dates, enum members) are
not counted, nor are objects the library makes and drops (its logic): the floor is lower
than the true one, never higher. The program's result tuples (kept by the evaluation) are the
bare program's output and counted in its time, not here.

Usage::

    python benchmarks/floor.py                       # 1,000 cases after 300, seed 7
    python benchmarks/floor.py --n 500 --warm-up 300 --seed 12345 --repeat 7
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import inspect
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

_ATOMS = (str, int, float, bool, type(None), Decimal, date, datetime, Enum, bytes, type)
_CONTAINERS = (tuple, list, dict, set, frozenset)

# One recorded object: (kind, maker, args, kwargs, alternative field values in a fixed order).
Record = tuple[str, Callable[..., Any], tuple[Any, ...], dict[str, Any], tuple[Any, ...]]


def _init_params(cls: type) -> list[str]:
    return [p for p in inspect.signature(cls.__init__).parameters if p != "self"]


_SLOT_PARAMS: dict[type, list[tuple[str, str]]] = {}


def _slot_params(cls: type) -> list[tuple[str, str]]:
    """(constructor parameter, the slot that keeps it) of a ``__slots__`` class."""
    found = _SLOT_PARAMS.get(cls)
    if found is None:
        slots = {s for c in cls.__mro__ for s in getattr(c, "__slots__", ())}
        found = []
        for param in _init_params(cls):
            slot = param if param in slots else f"_{param}"
            if slot not in slots:
                raise TypeError(f"{cls.__name__}: no slot for {param}")
            found.append((param, slot))
        _SLOT_PARAMS[cls] = found
    return found


def _has_slot_params(cls: type) -> bool:
    try:
        _slot_params(cls)
    except TypeError:
        return False
    return True


def _init_values(state: dict[str, Any], names: list[str]) -> list[Any]:
    return [state[name] for name in names]


def _new_with_dict(cls: type, state: dict[str, Any]) -> Any:
    """A dataclass made as the library makes one that bypasses its ``__init__`` (the native
    engine's :class:`Evaluation`): ``object.__new__`` and one ``__dict__.update``."""
    obj = object.__new__(cls)
    obj.__dict__.update(state)
    return obj


class Recorder:
    """Walks the results of one full assessment and records the objects made for it."""

    def __init__(self) -> None:
        self.seen_maps: set[int] = set()
        self.keep: list[Any] = []  # every recorded object stays alive: ids are never reused
        self.skipped: dict[str, int] = {}
        # id -> the attributes an object made field by field had when made (later ones are
        # the library's memos, not what it materialises)
        self.made_with: dict[int, list[str]] = {}
        self.originals: list[Any] = []  # the object of each record, in order (for --check)

    def record(self, roots: Sequence[Any], new_ids: set[int], exclude: set[int]) -> list[Record]:
        from pydantic import BaseModel

        out: list[Record] = []
        objects: list[Any] = []  # the object of each record of ``out``
        visited: set[int] = set(exclude)
        # (object, its parent is new, it is a field of a pydantic model, the parent's kind)
        stack: list[tuple[Any, bool, bool, str]] = [
            (root, True, False, "result") for root in reversed(roots)
        ]
        while stack:
            obj, parent_new, in_model, parent = stack.pop()
            if isinstance(obj, _ATOMS) or id(obj) in visited:
                continue
            visited.add(id(obj))
            tracked = gc.is_tracked(obj)
            if tracked:
                is_new = id(obj) in new_ids
            else:
                is_new = (
                    parent_new and type(obj) is dict and id(obj) not in self.seen_maps and bool(obj)
                )
            if not is_new:
                continue
            self.keep.append(obj)
            cls = type(obj)
            children: list[Any]
            child_in_model = False
            kind = ""
            if cls.__name__ == "_TimingText":  # made from the assessment's attributes
                host = SimpleNamespace(dates=obj.dates, law=obj.law, interpretations=obj.readings)
                args = (host, obj.name, obj.result, obj.deciding)
                kind = f"slots {cls.__name__}"
                out.append((kind, cls, args, {}, (obj.dates, obj.law, obj.readings, *args[1:])))
                children = list(args[1:])
            elif isinstance(obj, BaseModel):
                state = obj.__dict__
                kwargs = {name: state[name] for name in obj.model_fields_set}
                values = tuple(state[name] for name in cls.model_fields)
                kind = f"pydantic {cls.__name__}"
                out.append((kind, cls, (), kwargs, values))
                children = list(state.values())
                child_in_model = True
            elif dataclasses.is_dataclass(obj):
                state = getattr(obj, "__dict__", None)
                if state is None:  # a dataclass with slots
                    state = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
                names = [f.name for f in dataclasses.fields(obj) if f.init]
                by_init = all(name in state for name in names)
                if by_init:
                    kwargs = {name: state[name] for name in names}
                    kind = f"dataclass {cls.__name__}"
                    out.append((kind, cls, (), kwargs, tuple(kwargs.values())))
                else:  # made field by field (the native engine's Evaluation)
                    made = self.made_with.get(id(obj), list(state))
                    fields = {k: state[k] for k in made}
                    kind = f"dataclass {cls.__name__} (by __dict__)"
                    out.append(
                        (
                            kind,
                            _new_with_dict,
                            (cls, fields),
                            {},
                            tuple(fields.values()),
                        )
                    )
                children = _init_values(state, names) if by_init else list(fields.values())
            elif (
                hasattr(cls, "__slots__")
                and not isinstance(obj, _CONTAINERS)
                and _has_slot_params(cls)
            ):
                params = _slot_params(cls)
                args = tuple(getattr(obj, slot) for _, slot in params)
                kind = f"slots {cls.__name__}"
                out.append((kind, cls, args, {}, args))
                children = list(args)
            elif isinstance(obj, dict):
                if type(obj) is dict:
                    self.seen_maps.add(id(obj))
                kind = f"dict in {parent}"
                if not in_model:
                    out.append((kind, dict, (dict(obj),), {}, ()))
                children = [*obj.keys(), *obj.values()]
            elif isinstance(obj, (tuple, list, set, frozenset)):
                kind = f"{cls.__name__} in {parent}"
                if not in_model:
                    out.append((kind, cls, (list(obj),), {}, ()))
                children = list(obj)
            else:
                name = f"other {cls.__module__}.{cls.__name__}"
                self.skipped[name] = self.skipped.get(name, 0) + 1
                continue
            if len(out) > len(objects):
                objects.append(obj)
            for child in reversed(children):
                stack.append((child, True, child_in_model, cls.__name__))
        self.originals.extend(objects)
        return out


def full_roots(case: Any, recorder: Recorder) -> tuple[list[Any], set[int]]:
    """One full assessment (``benchmarks.run.full``) and the objects it hands to its caller;
    the ids of the program's result tuples (the bare program's output)."""
    from aiact.assessment import MODEL_CATEGORIES, SYSTEM_CATEGORIES

    a = case.assess(engine="native")
    recorder.made_with[id(a.evaluation)] = list(a.evaluation.__dict__)
    roots: list[Any] = [a, a.risk_tier, a.possible_tiers, a.categories]
    results = a.obligation_results
    roots.append(results)
    roots.extend(r.deadline for r in results)
    roots.append(a.exposure)
    table = SYSTEM_CATEGORIES if a.kind == "system" else MODEL_CATEGORIES
    roots.extend(a.explain(predicate) for _, predicate, _, _ in table)
    obligations = a.obligations
    roots.append(obligations)
    roots.extend(a.explain(r.id) for r in obligations)
    roots.append(a.open_questions)
    program_output = a.evaluation.__dict__.get("_results")
    exclude: set[int] = set()
    if program_output is not None:
        exclude = {id(program_output), *(id(part) for part in program_output)}
    return roots, exclude


def record_cases(cases: Sequence[Any], recorder: Recorder) -> list[list[Record]]:
    per_case: list[list[Record]] = []
    gc.disable()
    try:
        for case in cases:
            gc.freeze()
            roots, exclude = full_roots(case, recorder)
            new_ids = {id(o) for o in gc.get_objects()}
            per_case.append(recorder.record(roots, new_ids, exclude))
            recorder.keep.append(roots)
    finally:
        gc.freeze()
        gc.enable()
    return per_case


def _slots_class(name: str, size: int) -> type:
    fields = tuple(f"f{i}" for i in range(size))
    params = ", ".join(fields)
    body = "".join(f"    self.{f} = {f}\n" for f in fields) or "    pass\n"
    namespace: dict[str, Any] = {}
    exec(f"def __init__(self, {params}):\n{body}", namespace)
    return type(name, (), {"__slots__": fields, "__init__": namespace["__init__"]})


def _tuple_maker(size: int) -> Callable[..., tuple[Any, ...]]:
    params = ", ".join(f"f{i}" for i in range(size))
    namespace: dict[str, Any] = {}
    exec(f"def make({params}):\n    return ({params}{',' if size == 1 else ''})", namespace)
    maker: Callable[..., tuple[Any, ...]] = namespace["make"]
    return maker


def alternatives(records: list[Record]) -> tuple[list[Record], list[Record]]:
    """The same objects as plain ``__slots__`` classes and as tuples (containers unchanged)."""
    slots: dict[tuple[str, int], type] = {}
    tuples: dict[int, Callable[..., Any]] = {}
    as_slots: list[Record] = []
    as_tuples: list[Record] = []
    for kind, maker, args, kwargs, values in records:
        if kind.split(" ")[0] in ("pydantic", "dataclass", "slots"):
            key = (kind, len(values))
            cls = slots.get(key)
            if cls is None:
                cls = slots[key] = _slots_class(kind.split(" ")[1], len(values))
            make = tuples.get(len(values))
            if make is None:
                make = tuples[len(values)] = _tuple_maker(len(values))
            as_slots.append((kind, cls, values, {}, values))
            as_tuples.append((kind, make, values, {}, values))
        else:
            as_slots.append((kind, maker, args, kwargs, values))
            as_tuples.append((kind, maker, args, kwargs, values))
    return as_slots, as_tuples


def split(flat: list[Record], like: list[list[Record]]) -> list[list[Record]]:
    """``flat`` cut into the lengths of ``like``'s lists."""
    out = []
    start = 0
    for records in like:
        out.append(flat[start : start + len(records)])
        start += len(records)
    return out


def rebuild(records: Sequence[Record]) -> None:
    for _, maker, args, kwargs, _ in records:
        maker(*args, **kwargs)


def time_cpu(fn: Callable[[], Any], repeat: int) -> float:
    """The least CPU seconds of ``fn()`` over ``repeat`` runs (a lower bound: the runs that met
    no other process's load)."""
    clock = time.process_time_ns
    runs = []
    for _ in range(repeat):
        start = clock()
        fn()
        runs.append(clock() - start)
    return min(runs) / 1e9


def per_case_hot(
    cases: Sequence[Callable[[], Any]], repeat: int, clock_ns: float
) -> tuple[float, float]:
    """(sum over the cases of the least CPU seconds of one case's run over ``repeat`` runs in a
    row -- its data in the CPU's caches --, the same with the median)."""
    clock = time.process_time_ns
    least = 0.0
    middle = 0.0
    for fn in cases:
        runs = []
        for _ in range(repeat):
            start = clock()
            fn()
            runs.append(clock() - start - clock_ns)
        least += min(runs)
        middle += statistics.median(runs)
    return least / 1e9, middle / 1e9


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=1000, help="first-seen cases recorded")
    parser.add_argument("--warm-up", type=int, default=300, help="other cases assessed first")
    parser.add_argument("--seed", type=int, default=7, help="the generator's seed")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs (the least)")
    parser.add_argument("--check", action="store_true", help="check the objects made again")
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHONHASHSEED", "0")

    from benchmarks.phases import make_cases
    from benchmarks.run import full

    warm, timed = make_cases(args.n, args.warm_up, args.seed)
    for case in warm:
        full(case)
    gc.collect()
    recorder = Recorder()
    per_case = record_cases(timed, recorder)
    n = len(per_case)
    flat = [record for records in per_case for record in records]
    as_slots, as_tuples = alternatives(flat)
    if args.check:
        check(flat, recorder.originals)

    # The bare program on the same cases (as benchmarks.run.bare_program prepares it).
    from aiact.engine.native import _program

    runs = []
    for case in timed:
        evaluation = case.assess().evaluation
        predicates = set(evaluation.ruleset.predicates)
        inputs = {k: v for k, v in evaluation.values.items() if k not in predicates}
        runs.append((_program(evaluation.ruleset)[0], inputs))

    def bare() -> None:
        for program, inputs in runs:
            program(inputs)

    kinds = sorted({record[0] for record in flat})
    by_kind = {kind: [r for r in flat if r[0] == kind] for kind in kinds}
    empty: list[Record] = [("call", _noop, (), {}, ()) for _ in flat]

    gc.collect()
    gc.freeze()
    gc.disable()
    try:
        repeat = args.repeat
        from benchmarks.phases import clock_cost_ns

        clock_ns = clock_cost_ns()
        hot = {
            name: per_case_hot(
                [partial(rebuild, records) for records in cases_of], repeat, clock_ns
            )
            for name, cases_of in (
                ("as is", per_case),
                ("slots", split(as_slots, per_case)),
                ("tuples", split(as_tuples, per_case)),
            )
        }
        calls_hot = per_case_hot(
            [partial(rebuild, [("call", _noop, (), {}, ())] * len(r)) for r in per_case],
            repeat,
            clock_ns,
        )
        bare_hot = per_case_hot(
            [partial(program, inputs) for program, inputs in runs], repeat, clock_ns
        )
        bare_s = time_cpu(bare, repeat)
        total_s = time_cpu(lambda: [rebuild(records) for records in per_case], repeat)
        slots_s = time_cpu(lambda: rebuild(as_slots), repeat)
        tuples_s = time_cpu(lambda: rebuild(as_tuples), repeat)
        flat_s = time_cpu(lambda: rebuild(flat), repeat)
        call_s = time_cpu(lambda: rebuild(empty), repeat)
        rows = []
        slots_cases = split(as_slots, per_case)
        tuples_cases = split(as_tuples, per_case)
        for kind in kinds:
            timed_kind = []
            for cases_of in (per_case, slots_cases, tuples_cases):
                of_kind = [[r for r in records if r[0] == kind] for records in cases_of]
                fns = [partial(rebuild, records) for records in of_kind if records]
                timed_kind.append(per_case_hot(fns, repeat, clock_ns)[0])
            cold = time_cpu(lambda k=kind: rebuild(by_kind[k]), repeat)  # type: ignore[misc]
            rows.append((kind, len(by_kind[kind]) / n, *timed_kind, cold))
    finally:
        gc.enable()
        gc.unfreeze()

    us = 1e6 / n
    print(
        f"{n:,} first-seen cases (seed {args.seed}, after {len(warm):,}); "
        f"CPU, least of {args.repeat}"
    )
    print(f"objects recorded: {len(flat) / n:.1f} a case")
    print("per kind, us/case: each case's objects of the kind on their own (least of the runs in")
    print("a row, the clock's cost taken off), as they are, as __slots__ classes, as tuples; and")
    print("all objects of the kind in one pass over the cases (cold: the recorded data is 1,000")
    print("cases' worth, read from memory)")
    print(f"{'kind':42}{'count/case':>11}{'as is':>8}{'slots':>8}{'tuple':>8}{'cold':>8}")
    for kind, count, s_as, s_slots, s_tuple, s_cold in sorted(rows, key=lambda r: -r[2]):
        print(
            f"{kind:42}{count:11.1f}{s_as * us:8.2f}{s_slots * us:8.2f}{s_tuple * us:8.2f}"
            f"{s_cold * us:8.2f}"
        )
    print(
        f"{'sum of the kinds':42}{len(flat) / n:11.1f}"
        + "".join(f"{sum(r[i] for r in rows) * us:8.2f}" for i in (2, 3, 4, 5))
    )
    print(f"rebuild, every object of a case in its order, case by case: {total_s * us:.1f} us/case")
    print(
        f"rebuild, all in one pass: as is {flat_s * us:.1f}, as __slots__ classes "
        f"{slots_s * us:.1f}, as tuples {tuples_s * us:.1f} us/case"
    )
    print(f"  of which the harness's call loop (a no-op per object): {call_s * us:.1f} us/case")
    print(f"bare program: {bare_s * us:.1f} us/case in one pass")
    print(
        f"floor, cold (rebuild case by case in one pass + bare program in one pass): "
        f"{(total_s + bare_s) * us:.1f} us/case; with __slots__ classes: "
        f"{(slots_s + bare_s) * us:.1f}; with tuples: {(tuples_s + bare_s) * us:.1f}"
    )
    print(f"each case on its own, {args.repeat} runs in a row (least / median), us/case:")
    print(f"  bare program {bare_hot[0] * us:.1f} / {bare_hot[1] * us:.1f}")
    print(f"  the harness's call loop (a no-op per object): {calls_hot[0] * us:.1f}")
    for name, (least, middle) in hot.items():
        print(
            f"  rebuild {name}: {least * us:.1f} / {middle * us:.1f}; with the bare program: "
            f"{(least + bare_hot[0]) * us:.1f} / {(middle + bare_hot[1]) * us:.1f}"
        )
    if recorder.skipped:
        print(f"not rebuilt (not counted): {recorder.skipped}")
    return 0


def check(records: Sequence[Record], originals: Sequence[Any]) -> None:
    """Each object made again equals the one the assessment made (where its class defines
    equality), and is a distinct object."""
    if len(records) != len(originals):
        raise AssertionError(f"{len(records)} records, {len(originals)} objects")
    compared = 0
    for (kind, maker, args, kwargs, _), original in zip(records, originals, strict=True):
        made = maker(*args, **kwargs)
        if made is original or type(made) is not type(original):
            raise AssertionError(f"{kind}: not a new object of the same class")
        if type(original).__eq__ is object.__eq__:
            continue
        if made != original:
            raise AssertionError(f"{kind}: made again, it differs: {made!r} != {original!r}")
        compared += 1
    print(f"check: {len(records):,} objects made again, {compared:,} compared equal")


def _noop() -> None:
    return None


if __name__ == "__main__":
    raise SystemExit(main())
