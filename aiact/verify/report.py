"""The generated page ``docs/omnibus-diff.md``: what the Digital Omnibus (Regulation (EU)
2026/1744) changes, exactly, for the risk tier and every obligation, and what each reading of an
open question changes.

Regenerate with ``python -m aiact.verify.report docs/omnibus-diff.md`` (an hour or more of CPU,
``--jobs 2`` about 85 minutes on two CPUs: see docs/verification.md). After adding or changing a
reading of an open question alone, ``python -m aiact.verify.report docs/omnibus-diff.md --switch
A44`` rewrites only that reading's sections (:func:`updated_page`).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from aiact.interpretations import DEFAULT_INTERPRETATIONS, Interpretations
from aiact.obligations.catalogue import catalogue
from aiact.verify.diff import Diff, Side, diff, glossary, named_facts, to_markdown
from aiact.verify.encode import Kind, _choices
from aiact.versions import LawVersion

ORIGINAL = Side(LawVersion.ORIGINAL, label="2024/1689")
AMENDED = Side(LawVersion.AMENDED, label="2024/1689 as amended by 2026/1744")

_OPEN_QUESTIONS = "## The open questions"
_GLOSSARY = "## The facts named on this page"
"""The headings that :func:`updated_page` cuts the page at."""
_GENERATED = re.compile(r"<!-- generated in [^>]*-->\n?$")


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
    from aiact.date_facts import AS_OF_COMPARISONS, COMPARISONS, MODEL_COMPARISONS

    wanted = None if atoms is None else set(atoms)
    return {
        t.when
        for c in (*COMPARISONS, *MODEL_COMPARISONS, *AS_OF_COMPARISONS)
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


def _cached_diff(
    goal: str,
    first: Side,
    second: Side,
    kind: Kind,
    max_parts: int,
    cases: Literal["known", "any"] = "known",
) -> Diff:
    """Obligations with the same conditions on both sides have the same diff: computed once."""
    from dataclasses import replace

    if goal == "tier":
        return _diff(goal, first, second, kind, max_parts, cases)
    o = catalogue().get(goal)
    key = (kind, o.when, first, second, max_parts, cases)
    found = _SAME.get(key)
    if found is None:
        found = _SAME[key] = _diff(goal, first, second, kind, max_parts, cases)
    return replace(found, goal=goal)


_DiffKey = tuple[str, Side, Side, Kind, int, str, tuple[str, ...]]
_DIFFS: dict[_DiffKey, Diff] = {}
"""Diffs computed ahead by :func:`_compute_ahead` (each depends only on its arguments)."""
_PLANNING: list[_DiffKey] | None = None
"""While the page is planned: the diffs it will ask for, in order (none is computed)."""


def _diff(
    goal: str,
    first: Side,
    second: Side,
    kind: Kind,
    max_parts: int,
    cases: str = "known",
    among: Sequence[str] = (),
) -> Diff:
    """:func:`aiact.verify.diff.diff`, or its result computed ahead, or (while planning) an
    empty placeholder that records the call."""
    key: _DiffKey = (goal, first, second, kind, max_parts, cases, tuple(among))
    found = _DIFFS.get(key)
    if found is not None:
        return found
    if _PLANNING is not None:
        _PLANNING.append(key)
        return Diff(goal, kind, first, second, (), 0.0, "known" if cases == "known" else "any")
    return _compute(key)


def _compute(key: _DiffKey) -> Diff:
    goal, first, second, kind, max_parts, cases, among = key
    return diff(
        goal,
        first,
        second,
        kind=kind,
        max_parts=max_parts,
        cases="known" if cases == "known" else "any",
        among=among,
    )


def _compute_ahead(jobs: int, write: Callable[[], object]) -> None:
    """Compute every diff the page asks for in ``jobs`` processes (forked, so they share the
    compiled rule sets), before the page is written from them: the page is the same as one
    written in one process, since a diff depends only on its arguments. ``write``: what writes
    the page (:func:`omnibus_page`, or :func:`updated_page` for ``--switch``), called once to
    plan the diffs."""
    import multiprocessing

    global _PLANNING
    _PLANNING = []
    try:
        write()
        keys = list(dict.fromkeys(_PLANNING))
    finally:
        _PLANNING = None
        _SAME.clear()  # the placeholders of the plan
    todo = [k for k in keys if k not in _DIFFS]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        for key, result in zip(todo, pool.imap(_compute, todo, chunksize=1), strict=True):
            _DIFFS[key] = result


def _timing_groups(kind: Kind, ids: Iterable[str]) -> dict[str, list[str]]:
    """The date rules of the obligations ``ids`` (their timing groups), each with its
    obligations, in the catalogue's order."""
    from aiact.rules.timing import timing_group

    wanted = set(ids)
    groups: dict[str, list[str]] = {}
    for o in catalogue():
        if o.id in wanted:
            groups.setdefault(timing_group(o).rule, []).append(o.id)
    return groups


def _date_rule_reads(kind: Kind, law: LawVersion, rule: str) -> set[str]:
    """The input atoms (readings included) the date rule ``rule`` reads, directly or through
    conclusions and the date comparisons."""
    import networkx as nx

    from aiact.engine.compile import ruleset_for
    from aiact.verify.diff import _date_reads

    ruleset = ruleset_for(kind, law)
    found: set[str] = set()
    for name in _date_reads(ruleset, rule):
        found.add(name)
        if name in ruleset.graph:
            found |= set(nx.ancestors(ruleset.graph, name))
    return found | _comparison_switches(n for n in found if n.startswith("dates."))


def _date_section(
    kind: Kind,
    first: Side,
    second: Side,
    groups: dict[str, list[str]],
    max_parts: int,
    shown: list[Diff],
) -> list[str]:
    """A date diff per timing group: the cases where one of its obligations applies on both
    sides and the date it applies from differs."""
    lines: list[str] = []
    for rule, ids in groups.items():
        result = _diff(f"date({rule})", first, second, kind, max_parts, among=ids)
        shown.append(result)
        if result.empty:
            continue
        lines += [f"#### `{rule}`: " + ", ".join(f"`{i}`" for i in ids), ""]
        body = to_markdown(result, heading="#####", witnesses=True)
        lines.append(body.split("\n", 2)[2] if body.startswith("#####") else body)
    return lines


def _obligation_title(identifier: str) -> str:
    o = catalogue().get(identifier)
    return f"`{o.id}` ({o.source}, {o.title_en})"


def omnibus_page(*, max_parts: int = 6, only: Sequence[str] = (), dates: bool = True) -> str:
    """The Markdown page (``only``: a few obligation ids, and ``dates=False``, for tests)."""
    started = time.perf_counter()
    shown: list[Diff] = []
    lines = [
        "# What the Digital Omnibus changes, exactly",
        "",
        "<!-- Generated by `python -m aiact.verify.report docs/omnibus-diff.md`; do not edit. -->",
        "",
        "For the risk tier, for every obligation and for the date each obligation applies from, "
        "the cases whose answer differs between Regulation (EU) 2024/1689 as published and as "
        "amended by Regulation (EU) 2026/1744, decided by the z3 solver over every valid case "
        "(see [verification](verification.md)). Each change (`applies -> does not apply`, "
        "`2026-08-02 -> 2027-12-02`) is a union of *parts*; a part is a conjunction of input "
        "facts (the fields of a case file, as a person states them: `roles.deployer`, `not "
        "exclusions.sole_purpose_scientific_research`), of lists that contain one of some "
        "members (`annex_iii.points has one of 4a, 4b`) and of date comparisons on the first "
        "placing on the market or putting into service and the significant change in design "
        "(`placed_on_market < 2027-12-02`; `not significant_change >= 2027-12-02`: no "
        "significant change, `none`, or one before that day); every case that satisfies a part "
        "has the change. The facts the parts name are explained, with the question that asks "
        "them, at the end of the page. The cases are those that state every fact the answer "
        "reads (the significant change too: its date or `none`), under the "
        "default readings of the open questions; for the definitions' readings D1-D4, which "
        "change only what the facts derive when a direct answer is left open, the cases may "
        "leave facts unknown (`unknown(is_ai_system)`). Each part has a witness: a case with "
        "the fewest stated facts; `aiact diff` prints it as a case file. At most "
        f"{max_parts} parts are shown per change (the least cases first); *more exist* marks a "
        "longer list, which `aiact diff GOAL --max-parts N` prints in full. The parts and "
        "witnesses depend only on the rules (the same in every run).",
        "",
    ]
    kinds: tuple[Kind, ...] = ("system", "model")
    lines += ["## The risk tier", ""]
    for kind in kinds:
        result = _diff("tier", ORIGINAL, AMENDED, kind, max_parts)
        shown.append(result)
        lines.append(to_markdown(result, heading=f"### {kind}:", witnesses=True))

    lines += ["## Obligations", ""]
    common: dict[Kind, list[str]] = {}
    for kind in kinds:
        original = {o.id for o in catalogue().for_law(LawVersion.ORIGINAL, kind)}
        amended = {o.id for o in catalogue().for_law(LawVersion.AMENDED, kind)}
        both = [o.id for o in catalogue() if o.id in original and o.id in amended]
        if only:
            both = [o for o in both if o in only]
        common[kind] = both
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
        shown += [r for _, r in results]
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

    if dates:
        lines += [
            "## When obligations apply",
            "",
            "For each timing group (the date rule of :mod:`aiact.rules.timing` that dates its "
            "obligations, Arts. 111 and 113), the cases where one of its obligations applies "
            "under both texts and the date it applies from differs. A date "
            "`later(significant_change, D)` is the later of D and the significant change (the "
            "first on or after the cut-off); `never`: the obligation never binds the system "
            "(Art. 111(2): no significant change after the cut-off).",
            "",
        ]
        for kind in kinds:
            groups = _timing_groups(kind, common[kind])
            lines += [f"### {'AI systems' if kind == 'system' else 'General-purpose AI models'}"]
            lines.append("")
            section = _date_section(kind, ORIGINAL, AMENDED, groups, max_parts, shown)
            lines += section or ["No date changes.", ""]

    lines += [
        _OPEN_QUESTIONS,
        "",
        "Each alternative reading against the default one, under the amended text, for the tier, "
        "for each obligation whose conditions read the switch and for each timing group whose "
        "date rule reads it (the others cannot change). The definitions' readings D1-D4 are "
        'compared on the tier over cases that may leave facts unknown (`cases="any"`): with '
        "every fact stated, the direct answers (`is_ai_system`, "
        "`transparency.emotion_recognition` ...) decide and the readings of the definitions "
        "behind them change nothing.",
        "",
    ]
    for switch in switches():
        lines += _switch_section(switch, max_parts=max_parts, only=only, dates=dates, shown=shown)
    lines += _glossary_section(named_facts(shown))
    lines.append(f"<!-- generated in {time.perf_counter() - started:.0f} s -->")
    return "\n".join(lines).rstrip() + "\n"


def _glossary_section(names: Iterable[str]) -> list[str]:
    return [
        _GLOSSARY,
        "",
        "What each input fact says (its field in a case file, or the Annex point) and the "
        "question of the questionnaire that asks it.",
        "",
        *glossary(names),
        "",
    ]


def updated_page(page: str, questions: Sequence[str], *, max_parts: int = 6) -> str:
    """``page`` (a page this module wrote) with the sections of the readings of ``questions``
    (``A44``, ``D2`` ...) written anew, every other section kept as it is, and the glossary
    written anew over the facts it named and those the new sections name.

    A diff depends only on its arguments, so a section computed alone is the one a whole run
    writes. For a reading added since the page was written (a new section) the result is the
    page a whole run would write, provided nothing else changed under the default readings.
    For a reading whose section is replaced, a fact that only the old section named keeps its
    glossary entry (a whole run drops it). ``ValueError`` if the page is not one this module
    wrote, names a question that has no alternative reading, or lacks a section that is not
    rewritten (a switch declared since, not named in ``questions``)."""
    wanted = set(questions)
    parts = re.search(r"At most (\d+) parts are shown per change", page)
    if parts is not None and int(parts.group(1)) != max_parts:
        raise ValueError(
            f"the page shows at most {parts.group(1)} parts per change, not {max_parts}: "
            f"use --max-parts {parts.group(1)}"
        )
    known = list(dict.fromkeys(s.question for s in switches()))  # A1, A2, ... D4
    unknown = sorted(wanted - set(known))
    if unknown:
        raise ValueError(
            f"no alternative reading of {', '.join(map(repr, unknown))}: choose from "
            f"{', '.join(known)}"
        )
    try:
        head, rest = page.split(f"\n{_OPEN_QUESTIONS}\n", 1)
        body, tail = rest.split(f"\n{_GLOSSARY}\n", 1)
    except ValueError:
        raise ValueError(
            f"not a page of this module: no {_OPEN_QUESTIONS!r} and {_GLOSSARY!r} sections"
        ) from None
    intro, *chunks = re.split(r"\n(?=### )", body)
    kept: dict[str, str] = {}
    for chunk in chunks:
        heading = chunk.split("\n", 1)[0].removeprefix("### ")
        kept[heading] = chunk.rstrip("\n") + "\n"
    names = set(re.findall(r"^- `([^`]+)`: ", tail, flags=re.MULTILINE))
    shown: list[Diff] = []
    sections: list[str] = []
    for switch in switches():
        if switch.question in wanted:
            lines = _switch_section(switch, max_parts=max_parts, shown=shown)
            sections.append("\n".join(lines).rstrip("\n") + "\n")
        elif switch.label in kept:
            sections.append(kept[switch.label])
        else:
            raise ValueError(
                f"the page has no section '### {switch.label}': name {switch.question} "
                "(or write the whole page)"
            )
    names.update(named_facts(shown))
    generated = _GENERATED.search(tail)
    stamp = generated.group(0).rstrip("\n") if generated else "<!-- generated -->"
    lines = [
        head,
        _OPEN_QUESTIONS,
        intro.rstrip("\n"),
        "",
        *sections,
        *_glossary_section(sorted(names)),
        stamp,
    ]
    return "\n".join(lines).rstrip() + "\n"


def _switch_section(
    switch: Switch,
    *,
    max_parts: int,
    only: Sequence[str] = (),
    dates: bool = True,
    shown: list[Diff],
) -> list[str]:
    """The page's section for one alternative reading (``### A8 ...=true``): the tier, each
    obligation and each timing group whose rules read the switch, against the default reading
    under the amended text. Its diffs are added to ``shown`` (for the glossary)."""
    kinds: tuple[Kind, ...] = ("system", "model")
    lines: list[str] = []
    atoms = _switch_atoms(switch)
    second = Side(LawVersion.AMENDED, switch.interpretations, label=switch.label)
    first = Side(LawVersion.AMENDED, DEFAULT_INTERPRETATIONS, label="default reading")
    cases: Literal["known", "any"] = "any" if switch.question.startswith("D") else "known"
    lines += [f"### {switch.label}", ""]
    if cases == "any":
        lines += [
            "Cases that may leave facts unknown; the tier only (`aiact diff OBLIGATION "
            f"--from amended --interp {switch.question}=text --cases any` for an "
            "obligation).",
            "",
        ]
    any_change = False
    for kind in kinds:
        amended_ids = [
            o.id for o in catalogue().for_law(LawVersion.AMENDED, kind) if not only or o.id in only
        ]
        # D1-D4 (cases that may leave facts unknown): the tier only; nearly every
        # obligation reads the definitions through the scope, and follows the tier.
        goals = ["tier"] + [
            i
            for i in amended_ids
            if cases == "known"
            and _reads(kind, LawVersion.AMENDED, catalogue().get(i).predicate) & atoms
        ]
        results = [(g, _cached_diff(g, first, second, kind, max_parts, cases)) for g in goals]
        shown += [r for _, r in results]
        for names, result in _group((g, r) for g, r in results if not r.empty):
            any_change = True
            title = ", ".join(
                f"the tier ({kind})" if n == "tier" else _obligation_title(n) for n in names
            )
            lines += [f"#### {title}", ""]
            body = to_markdown(result, heading="#####", witnesses=True)
            lines.append(body.split("\n", 2)[2] if body.startswith("#####") else body)
        if dates and cases == "known":
            groups = {
                rule: ids
                for rule, ids in _timing_groups(kind, amended_ids).items()
                if _date_rule_reads(kind, LawVersion.AMENDED, rule) & atoms
            }
            section = _date_section(kind, first, second, groups, max_parts, shown)
            if section:
                any_change = True
                lines += [line.replace("#### `", "#### When it applies: `", 1) for line in section]
    if not any_change:
        lines += ["No case changes its tier, any obligation or any date.", ""]
    return lines


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m aiact.verify.report",
        description="Generate the Omnibus page (docs/omnibus-diff.md): what Regulation (EU) "
        "2026/1744 changes, exactly, for the tier, every obligation and every reading of an open "
        "question. Needs the verify extra (z3); about an hour of CPU.",
    )
    parser.add_argument(
        "output",
        nargs="?",
        help="the file to write (atomically: an interrupted run leaves the old page); "
        "without it, the page goes to standard output",
    )
    parser.add_argument(
        "--max-parts",
        type=int,
        default=6,
        metavar="N",
        help="the parts shown per change (default 6; the rest are marked 'more exist')",
    )
    parser.add_argument(
        "--switch",
        action="append",
        default=[],
        metavar="Q",
        help="write only the sections of the readings of open question Q (A44, D2 ...; "
        "repeatable) into OUTPUT, an existing page, keeping its other sections: for a reading "
        "added or changed while the rest of the rules are not (minutes, not an hour)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="compute the diffs in N processes first (the page is the same; default 1)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m aiact.verify.report [OUTPUT] [--max-parts N] [--jobs N]``."""
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.max_parts < 1:
        _parser().error("--max-parts: at least 1")
    if args.jobs < 1:
        _parser().error("--jobs: at least 1")
    started = time.perf_counter()
    if args.switch:
        return _update(args.output, args.switch, args.max_parts, args.jobs, started)
    if args.jobs > 1:
        _compute_ahead(args.jobs, lambda: omnibus_page(max_parts=args.max_parts))
    page = omnibus_page(max_parts=args.max_parts)
    if args.jobs > 1:  # the time of the whole run, not of the last pass alone
        page = re.sub(
            r"<!-- generated in \d+ s -->\n$",
            f"<!-- generated in {time.perf_counter() - started:.0f} s ({args.jobs} jobs) -->\n",
            page,
        )
    if args.output:
        from aiact.safe_io import atomic_write

        atomic_write(args.output, page)
    else:
        sys.stdout.write(page)
    return 0


def _update(
    output: str | None, questions: list[str], max_parts: int, jobs: int, started: float
) -> int:
    """``--switch``: rewrite the sections of ``questions`` in the page at ``output``."""
    from pathlib import Path

    from aiact.safe_io import atomic_write

    if not output:
        _parser().error("--switch: name the page to update (OUTPUT)")
    path = Path(output)
    if not path.is_file():
        _parser().error(f"--switch: {output}: no such page (write the whole page first)")
    old = path.read_text(encoding="utf-8")
    try:
        if jobs > 1:
            _compute_ahead(jobs, lambda: updated_page(old, questions, max_parts=max_parts))
        page = updated_page(old, questions, max_parts=max_parts)
    except ValueError as error:
        _parser().error(f"--switch: {error}")
    took = f"{', '.join(questions)} rewritten in {time.perf_counter() - started:.0f} s"
    atomic_write(path, _restamped(page, questions, took))
    return 0


def _restamped(page: str, questions: Sequence[str], took: str) -> str:
    """``page`` with ``took`` added to the stamp at its end, and the earlier entries of a
    rewrite of the same questions (or of some of them) left out: the stamp says when the page
    was generated and when each section last was, not every rewrite since."""
    head, _, stamp = page.rstrip("\n").rpartition("\n<!-- ")
    entries = stamp.removesuffix(" -->").split("; ")
    rewritten = set(questions)
    kept = [
        entry
        for entry in entries[1:]
        if not set(entry.partition(" rewritten in ")[0].split(", ")) <= rewritten
    ]
    return f"{head}\n<!-- {'; '.join([entries[0], *kept, took])} -->\n"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
