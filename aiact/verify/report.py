"""The generated page ``docs/omnibus-diff.md``: what the Digital Omnibus (Regulation (EU)
2026/1744) changes, exactly, for the risk tier and every obligation, and what each reading of an
open question changes.

Regenerate with ``python -m aiact.verify.report docs/omnibus-diff.md`` (a few minutes).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from aiact.interpretations import DEFAULT_INTERPRETATIONS, Interpretations
from aiact.obligations.catalogue import catalogue
from aiact.verify.diff import Diff, Side, diff, to_markdown
from aiact.verify.encode import Kind, _choices
from aiact.versions import LawVersion

ORIGINAL = Side(LawVersion.ORIGINAL, label="2024/1689")
AMENDED = Side(LawVersion.AMENDED, label="2024/1689 as amended by 2026/1744")


@dataclass(frozen=True)
class Switch:
    """One alternative reading of an open question."""

    question: str
    """``A1``, ``A2`` ..."""
    field: str
    value: object
    interpretations: Interpretations

    @property
    def label(self) -> str:
        shown = getattr(self.value, "value", self.value)
        text = "unknown" if shown is None else str(shown).lower()
        return f"{self.question} {self.field}={text}"


def question_of(field: str) -> str:
    description = Interpretations.model_fields[field].description or ""
    match = re.match(r"([AD]\d+):", description)
    return match.group(1) if match else field


def switches() -> list[Switch]:
    """Every alternative to the default reading that changes what the engine reads, from the
    fields of :class:`Interpretations` (new switches are picked up as they are declared)."""
    default = DEFAULT_INTERPRETATIONS
    out = []
    for name, info in Interpretations.model_fields.items():
        for value in _choices(info.annotation):
            if value == getattr(default, name):
                continue
            reading = default.model_copy(update={name: value})
            if reading.as_facts() == default.as_facts():
                continue  # read outside the rules (A10: fines)
            out.append(Switch(question_of(name), name, value, reading))
    return sorted(
        out,
        key=lambda s: (s.question[0], int(s.question[1:]) if s.question[1:].isdigit() else 99),
    )


def _switch_atoms(switch: Switch) -> set[str]:
    default = DEFAULT_INTERPRETATIONS.as_facts()
    return {n for n, v in switch.interpretations.as_facts().items() if default[n] is not v}


def _comparison_switches(atoms: Iterable[str] | None = None) -> set[str]:
    """The switches the ``dates.*`` comparisons (:data:`aiact.date_facts.COMPARISONS`) read to
    choose their declared date (all of them, or those of ``atoms``)."""
    from aiact.date_facts import COMPARISONS, MODEL_COMPARISONS

    wanted = None if atoms is None else set(atoms)
    return {
        t.when
        for c in (*COMPARISONS, *MODEL_COMPARISONS)
        if wanted is None or c.atom in wanted
        for t in c.targets
        if t.when is not None
    }


def _reads(kind: Kind, law: LawVersion, goal: str) -> set[str]:
    """The input atoms ``goal`` reads, directly or through conclusions (and the switches that
    the date atoms it reads depend on)."""
    import networkx as nx

    from aiact.engine.compile import ruleset_for

    graph = ruleset_for(kind, law).graph
    if goal not in graph:
        return set()
    found = set(nx.ancestors(graph, goal))
    return found | _comparison_switches(n for n in found if n.startswith("dates."))


def _read_anywhere(atoms: set[str]) -> bool:
    from aiact.engine.compile import ruleset_for

    for kind in ("system", "model"):
        for law in LawVersion:
            rules = ruleset_for(kind, law)
            read = {n for r in rules.rules for n in r.reads} | _comparison_switches()
            if atoms & read:
                return True
    return False


def _group(diffs: Iterable[tuple[str, Diff]]) -> list[tuple[list[str], Diff]]:
    """Obligations with the same changes (the same parts) share one description."""
    groups: dict[tuple[object, ...], tuple[list[str], Diff]] = {}
    for name, result in diffs:
        key = tuple(
            (c.before, c.after, c.complete, tuple(p.literals for p in c.parts))
            for c in result.changes
        )
        groups.setdefault(key, ([], result))[0].append(name)
    return list(groups.values())


_SAME: dict[tuple[object, ...], Diff] = {}


def _cached_diff(goal: str, first: Side, second: Side, kind: Kind, max_parts: int) -> Diff:
    """Obligations with the same conditions on both sides have the same diff: computed once."""
    from dataclasses import replace

    if goal == "tier":
        return diff(goal, first, second, kind=kind, max_parts=max_parts)
    o = catalogue().get(goal)
    key = (kind, o.when, first, second, max_parts)
    found = _SAME.get(key)
    if found is None:
        found = _SAME[key] = diff(goal, first, second, kind=kind, max_parts=max_parts)
    return replace(found, goal=goal)


def _obligation_title(identifier: str) -> str:
    o = catalogue().get(identifier)
    return f"`{o.id}` ({o.source}, {o.title_en})"


def omnibus_page(*, max_parts: int = 6, only: Sequence[str] = ()) -> str:
    """The Markdown page (``only``: a few obligation ids, for tests)."""
    started = time.perf_counter()
    lines = [
        "# What the Digital Omnibus changes, exactly",
        "",
        "<!-- Generated by `python -m aiact.verify.report docs/omnibus-diff.md`; do not edit. -->",
        "",
        "For the risk tier and for every obligation, the cases whose answer differs between "
        "Regulation (EU) 2024/1689 as published and as amended by Regulation (EU) 2026/1744, "
        "decided by the z3 solver over every valid case (see "
        "[verification](verification.md)). Each change (`applies -> does not apply`) is a union "
        "of *parts*; a part is a conjunction in the rules' condition language, and every case "
        "that satisfies it has the change. Names of facts (`annex_i.machinery_2006_42`) are "
        "input fields; names of conclusions (`scope.in_scope`, `not art5.binding`) hold with "
        "that value under *both* texts; date comparisons use the first placing on the market. "
        "The cases are those that state every fact the answer reads, under the default "
        "readings of the open questions. Each part has a witness: a case with the fewest stated "
        f"facts; `aiact diff` prints it as a case file. At most {max_parts} parts are shown per "
        "change (the shortest found first); *more exist* marks a longer list, which "
        "`aiact diff GOAL --max-parts N` prints in full.",
        "",
    ]
    kinds: tuple[Kind, ...] = ("system", "model")
    lines += ["## The risk tier", ""]
    for kind in kinds:
        result = diff("tier", ORIGINAL, AMENDED, kind=kind, max_parts=max_parts)
        lines.append(to_markdown(result, heading=f"### {kind}:", witnesses=True))

    lines += ["## Obligations", ""]
    for kind in kinds:
        original = {o.id for o in catalogue().for_law(LawVersion.ORIGINAL, kind)}
        amended = {o.id for o in catalogue().for_law(LawVersion.AMENDED, kind)}
        both = [o.id for o in catalogue() if o.id in original and o.id in amended]
        if only:
            both = [o for o in both if o in only]
        gone = sorted(original - amended)
        new = sorted(amended - original)
        lines.append(f"### {'AI systems' if kind == 'system' else 'General-purpose AI models'}")
        lines.append("")
        if gone:
            lines.append("Only in the published text: " + ", ".join(map(_obligation_title, gone)))
            lines.append("")
        if new:
            lines.append("Only in the amended text: " + ", ".join(map(_obligation_title, new)))
            lines.append("")
        results = [(o, _cached_diff(o, ORIGINAL, AMENDED, kind, max_parts)) for o in both]
        unchanged = [o for o, r in results if r.empty]
        if unchanged:
            lines.append(
                "No case changes its answer: " + ", ".join(f"`{o}`" for o in unchanged) + "."
            )
            lines.append("")
        for names, result in _group((o, r) for o, r in results if not r.empty):
            lines.append("#### " + ", ".join(_obligation_title(n) for n in names))
            lines.append("")
            body = to_markdown(result, heading="#####", witnesses=True)
            lines.append(body.split("\n", 2)[2] if body.startswith("#####") else body)

    lines += [
        "## The open questions",
        "",
        "Each alternative reading against the default one, under the amended text, for the tier "
        "and for each obligation whose conditions read the switch (the others cannot change).",
        "",
    ]
    for switch in switches():
        atoms = _switch_atoms(switch)
        second = Side(LawVersion.AMENDED, switch.interpretations, label=switch.label)
        first = Side(LawVersion.AMENDED, DEFAULT_INTERPRETATIONS, label="default reading")
        lines += [f"### {switch.label}", ""]
        any_change = False
        for kind in kinds:
            goals = ["tier"] + [
                o.id
                for o in catalogue().for_law(LawVersion.AMENDED, kind)
                if (not only or o.id in only)
                and _reads(kind, LawVersion.AMENDED, o.predicate) & atoms
            ]
            results = [(g, _cached_diff(g, first, second, kind, max_parts)) for g in goals]
            for names, result in _group((g, r) for g, r in results if not r.empty):
                any_change = True
                title = ", ".join(
                    f"the tier ({kind})" if n == "tier" else _obligation_title(n) for n in names
                )
                lines += [f"#### {title}", ""]
                body = to_markdown(result, heading="#####", witnesses=True)
                lines.append(body.split("\n", 2)[2] if body.startswith("#####") else body)
        if not any_change:
            if _read_anywhere(atoms):
                lines += ["No case changes its tier or any obligation.", ""]
            else:
                lines += [
                    "No rule reads this switch: it changes only dates (when obligations "
                    "apply), which the diff does not compare yet (see verification.md).",
                    "",
                ]
    lines.append(f"<!-- generated in {time.perf_counter() - started:.0f} s -->")
    return "\n".join(lines).rstrip() + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    page = omnibus_page()
    if args:
        with open(args[0], "w", encoding="utf-8") as out:
            out.write(page)
    else:
        sys.stdout.write(page)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
