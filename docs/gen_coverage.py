"""Generate docs/coverage.md: every paragraph of Arts. 2-27, 40-63, 72-101 and 111-113 of the AI
Act, in both versions, with what aiact does with it.

The paragraphs come from the law text (``../shared/reference/law/``, read through
``tests/lawtext.py``, which also applies the amending instructions of Regulation (EU) 2026/1744 to
the original). What aiact does with each comes from its declarations, read when this script runs:

* obligations of the catalogue (``aiact.obligations.catalogue``): their citation and
  ``also_cites``, the fine provision they name (``fine_ref``) and the provisions that anchor their
  prerequisites;
* rules: every rule of the compiled rule sets (``aiact.engine.compile.ruleset_for``, which holds
  ``SYSTEM_RULES``, ``MODEL_RULES``, the obligations' rules and whatever else compiles in), for
  the versions whose rule set holds them, and every case of the date rules
  (``aiact.rules.timing``) as ``datecase.<rule>.<index>`` (a case with a bare-name or constant
  condition compiles to no rule of its own);
* dates (``aiact.timeline.dates``) and fine parameters (``aiact.penalties.parameters``, with the
  provisions each Art. 99(4) point covers);
* interpretations: the open questions the code names (A1 ...), with the provisions each concerns
  (``tests/data/coverage/interpretations.yaml``) and their ADRs (``docs/adr/``);
* input facts (``aiact.facts``): the provisions a field's description cites, where a rule reads
  the fact.

A citation matches at paragraph level; a citation of a point or subparagraph counts for its
paragraph. An article cited as a whole accounts for it only where the article is one paragraph.
Paragraphs that no declaration cites carry a hand-written annotation
(``tests/data/coverage/notes.yaml``: a category and a reason). Reviews of declarations against
the text are ``tests/data/coverage/reviews.yaml``.

    python docs/gen_coverage.py            # write docs/coverage.md
    python docs/gen_coverage.py --check    # exit 1 if docs/coverage.md is out of date
"""

from __future__ import annotations

import re
import sys
import typing
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
OUT = ROOT / "docs" / "coverage.md"
DATA = TESTS / "data" / "coverage"
NOTES = DATA / "notes.yaml"
REVIEWS = DATA / "reviews.yaml"
INTERPRETATIONS = DATA / "interpretations.yaml"
ADR_DIR = ROOT / "docs" / "adr"

if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

import lawtext  # noqa: E402  (tests/lawtext.py: the index of the law text)

from aiact.engine.compile import Kind, ruleset_for  # noqa: E402
from aiact.facts import AISystem, GPAIModel, Organisation  # noqa: E402
from aiact.interpretations import Interpretations  # noqa: E402
from aiact.obligations.catalogue import catalogue  # noqa: E402
from aiact.penalties import parameters  # noqa: E402
from aiact.refs import AI_ACT, LegalRef, LegalRefError  # noqa: E402
from aiact.ruleset import RuleSet  # noqa: E402
from aiact.timeline.dates import DECLARATIONS as DATES  # noqa: E402
from aiact.versions import LawVersion  # noqa: E402

RANGES = ((2, 27), (40, 63), (72, 101), (111, 113))
"""The articles covered (issue 12, section 4), with the articles inserted among them (4a ...)."""

VERSIONS: dict[LawVersion, lawtext.Version] = {
    LawVersion.ORIGINAL: "original",
    LawVersion.AMENDED: "amended",
}
VERSION_NAMES = {LawVersion.ORIGINAL: "2024/1689", LawVersion.AMENDED: "as amended by 2026/1744"}

CATEGORIES: dict[str, str] = {
    "member_states": "addressed to Member States or their authorities",
    "commission": "empowers or instructs the Commission or the AI Office",
    "governance": "organises a Union body (the Board, the scientific panel, the forum, the EU "
    "database) or its procedure",
    "authorities": "powers and procedures of notifying authorities, notified bodies or market "
    "surveillance authorities",
    "definition": "a definition: where the concept is used",
    "scope": "scope, relation to other law, or a statement with no duty of its own",
    "voluntary": "an option open to operators, not a duty",
    "rights": "a right of persons or operators, not a duty of the operator assessed",
    "covered": "modelled through another declaration (named)",
    "gap": "an operator duty or condition aiact does not model yet",
}
"""The categories of an annotation (no declaration cites the paragraph)."""

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


# --------------------------------------------------------------------------- paragraphs


def _article_number(article: str) -> tuple[int, str]:
    m = re.match(r"(\d+)([a-z]*)$", article)
    assert m, article
    return int(m.group(1)), m.group(2)


def _natural(key: str) -> tuple[int, str]:
    m = re.match(r"(\d+)([a-z]*)$", key)
    return (int(m.group(1)), m.group(2)) if m else (0, key)


def in_range(article: str) -> bool:
    number = _article_number(article)[0]
    return any(low <= number <= high for low, high in RANGES)


@dataclass(frozen=True)
class Unit:
    """A paragraph as the text numbers it: ``para`` (numbered, "1", "1a"), ``point`` (an article
    whose only numbering is its points: Art. 3, Art. 16), ``unnum`` (an unnumbered paragraph of an
    article with several: Art. 113, "1" = the first), or ``whole`` (an unnumbered article)."""

    article: str
    kind: str
    key: str

    def __str__(self) -> str:
        if self.kind == "para":
            return f"Art. {self.article}({self.key})"
        if self.kind == "point" and self.key[0].isdigit():
            return f"Art. {self.article}({self.key})"  # a definition: Art. 3(14)
        if self.kind == "point":
            return str(LegalRef(article=self.article, point=(self.key,)))
        if self.kind == "unnum":
            return f"Art. {self.article}, {ORDINALS[int(self.key) - 1]} paragraph"
        return f"Art. {self.article}"

    @property
    def label(self) -> str:
        """The short label in the article's table."""
        if self.kind == "para":
            return self.key
        if self.kind == "point":
            return f"({self.key})"
        if self.kind == "unnum":
            return f"{ORDINALS[int(self.key) - 1]} para."
        return "(whole)"

    def sort_key(self) -> tuple[tuple[int, str], tuple[int, str]]:
        return _article_number(self.article), _natural(self.key)


def _units_of(article: str, art: lawtext.Article) -> list[Unit]:
    numbered = {e[0] for e in art.entries if e[0] is not None}
    if numbered:
        return [Unit(article, "para", p) for p in numbered]
    unnumbered = {e[1] for e in art.entries if e[1] is not None}
    if len(unnumbered) > 1:
        return [Unit(article, "unnum", str(n)) for n in unnumbered]
    points = {e[3][0] for e in art.entries if e[3]}
    if points:
        # Art. 3, Art. 16: one paragraph whose numbering is its points
        return [Unit(article, "point", p) for p in points]
    return [Unit(article, "whole", "")]


@cache
def units(version: LawVersion) -> tuple[Unit, ...]:
    """The paragraphs of the covered articles in ``version``, in text order."""
    law = lawtext.load(VERSIONS[version])
    found = [
        unit
        for article, art in law.articles.items()
        if in_range(article)
        for unit in _units_of(article, art)
    ]
    return tuple(sorted(found, key=Unit.sort_key))


@cache
def _unit_index(version: LawVersion) -> dict[str, dict[tuple[str, str], Unit]]:
    index: dict[str, dict[tuple[str, str], Unit]] = defaultdict(dict)
    for unit in units(version):
        index[unit.article][unit.kind, unit.key] = unit
    return index


def unit_of(ref: LegalRef, version: LawVersion) -> tuple[Unit | None, bool]:
    """The paragraph ``ref`` cites in ``version`` (None if it cites none of the covered ones),
    and whether it cites the whole article (no paragraph)."""
    if ref.act != AI_ACT or ref.article is None:
        return None, False
    article = _unit_index(version).get(ref.article)
    if not article:
        return None, False
    kinds = {kind for kind, _ in article}
    key: str | None = None
    if "para" in kinds:
        key = ref.paragraph
        kind = "para"
    elif "point" in kinds:
        kind = "point"
        key = ref.paragraph or (ref.point[0] if ref.point else None)
    elif "unnum" in kinds:
        kind = "unnum"
        key = None if ref.unnumbered_paragraph is None else str(ref.unnumbered_paragraph)
    else:
        return article["whole", ""], False
    if key is None:
        if len(article) == 1:
            return next(iter(article.values())), False
        return None, True
    return article.get((kind, key)), False


# --------------------------------------------------------------------------- declarations


@dataclass(frozen=True)
class Decl:
    """A declaration of aiact that cites provisions: ``kind`` (obligation, rule, date, fine,
    interpretation, fact), its id, the versions it belongs to and what it cites."""

    kind: str
    id: str
    versions: frozenset[LawVersion]
    refs: tuple[tuple[LegalRef, str], ...]
    """(ref, how): how is '' for the declaration's own citation, or a note ('fine', ...)."""
    detail: str = ""


KIND_ORDER = ("obligation", "rule", "date", "fine", "interpretation", "fact")
KIND_LABELS = {
    "obligation": "obligation",
    "rule": "rule",
    "date": "date",
    "fine": "fine parameter",
    "interpretation": "interpretation",
    "fact": "input fact",
}


def _parse_all(texts: Iterable[str]) -> tuple[LegalRef, ...]:
    return tuple(LegalRef.parse(t) for t in texts)


def _obligations() -> Iterator[Decl]:
    for o in catalogue():
        refs: list[tuple[LegalRef, str]] = [(r, "") for r in o.refs]
        if o.fine_ref:
            refs.append((LegalRef.parse(o.fine_ref), "its fine"))
        refs += [
            (LegalRef.parse(p.source), f"anchors its prerequisite {p.obligation}")
            for p in o.prerequisites
        ]
        yield Decl("obligation", o.id, frozenset(o.versions), tuple(refs))


@cache
def _rulesets() -> dict[tuple[str, LawVersion], RuleSet]:
    kinds: tuple[Kind, ...] = ("system", "model")
    return {(kind, law): ruleset_for(kind, law) for kind in kinds for law in LawVersion}


def _rules() -> Iterator[Decl]:
    obligation_rules = {o.predicate for o in catalogue()}
    seen: dict[str, tuple[Any, set[LawVersion]]] = {}
    for (_, law), ruleset in _rulesets().items():
        for rule in ruleset.rules:
            if rule.id in obligation_rules:
                continue  # the obligation itself is the declaration
            seen.setdefault(rule.id, (rule, set()))[1].add(law)
    for rule_id, (rule, laws) in sorted(seen.items()):
        yield Decl("rule", rule_id, frozenset(laws), tuple((r, "") for r in rule.refs))
    # The cases of the date rules whose condition is a single name or a constant compile into no
    # rule (aiact.ruleset.date_case_rules), yet each is a case to review against its source: they
    # are declared under the same id, datecase.<rule>.<index>, with the citation of the case
    # (review49, round 16).
    cases: dict[str, tuple[str, set[LawVersion]]] = {}
    for (_, law), ruleset in _rulesets().items():
        for date_rule in ruleset.date_rules:
            for index, case in enumerate(date_rule.cases):
                case_id = f"datecase.{date_rule.name}.{index}"
                if law in case.versions and case_id not in seen:
                    cases.setdefault(case_id, (case.source, set()))[1].add(law)
    for case_id, (source, laws) in sorted(cases.items()):
        yield Decl("rule", case_id, frozenset(laws), ((LegalRef.parse(source), ""),))


def _dates() -> Iterator[Decl]:
    for fact in DATES:
        yield Decl(
            "date", fact.key.value, frozenset(fact.versions), tuple((c, "") for c in fact.citations)
        )


def _fines() -> Iterator[Decl]:
    for p in parameters.PARAMETERS:
        yield Decl("fine", p.key, frozenset(p.versions), ((LegalRef.parse(p.citation), ""),))
    for point in parameters.ART_99_4_POINTS:
        refs = [(LegalRef.parse(point.citation), "")]
        refs += [(LegalRef.parse(c), f"fined by {point.citation}") for c in point.covers]
        yield Decl("fine", f"art_99_4_{point.point}", frozenset(point.versions), tuple(refs))


def named_interpretations() -> set[str]:
    """The open questions (A1 ...) and the readings of the definitions (D1-D4, issue 13) that the
    code names: a rule's or an obligation's ``interpretation``, or a switch of
    :class:`aiact.interpretations.Interpretations`."""
    names = set(Interpretations().labels())
    for ruleset in _rulesets().values():
        names |= {code for r in ruleset.rules for code in r.readings}
    names |= {code for o in catalogue() for code in o.readings}
    return {n.split("=")[0] for n in names if re.fullmatch(r"[AD]\d+(=.*)?", n)}


@cache
def interpretation_table() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(INTERPRETATIONS.read_text(encoding="utf-8"))
    return {str(k): v for k, v in data.items()}


def adr_for(name: str) -> str | None:
    """The ADR of an open question (``docs/adr/000N-a<n>-...md``), relative to docs/."""
    for path in sorted(ADR_DIR.glob("*.md")):
        if re.search(rf"-{name.lower()}-", path.name):
            return f"adr/{path.name}"
    return None


def _interpretations() -> Iterator[Decl]:
    table = interpretation_table()
    for name in sorted(named_interpretations(), key=lambda n: (n[0], int(n[1:]))):
        entry = table.get(name)
        if entry is None:
            continue  # test_coverage fails on a named interpretation without an entry
        refs = tuple((LegalRef.parse(t), "") for t in entry["provisions"])
        yield Decl("interpretation", name, frozenset(LawVersion), refs, entry["question"])


# --- input facts: the provisions their descriptions cite

_CITE_START = re.compile(r"\bArts?\.\s*")
_CITE = re.compile(r"(\d+[a-z]*)((?:\([0-9a-z]+\))*)((?:-\([0-9a-z]+\))?)")
_OTHER_ACT = re.compile(r"^\s*(?:of|in)\s+(?:Directive|Regulation|Decision|Recommendation)")
_OTHER_ACT_BEFORE = re.compile(
    r"(?:\bGDPR|\bLED|\bEUDPR|\bAnnex|\bDirective [^,;()]*|\bRegulation [^,;()]*|\bRec\. [^;()]*)"
    r"[,\s]*$"
)


def _expand(start: str, end: str) -> list[str]:
    a, b = re.match(r"(\d+)([a-z]*)$", start), re.match(r"(\d+)([a-z]*)$", end)
    if a and b and not a.group(2) and not b.group(2):
        return [str(n) for n in range(int(a.group(1)), int(b.group(1)) + 1)]
    if a and b and a.group(1) == b.group(1) and a.group(2) and b.group(2):
        letters = "abcdefghijklmnopqrstuvwxyz"
        i, j = letters.find(a.group(2)[-1]), letters.find(b.group(2)[-1])
        if len(a.group(2)) == len(b.group(2)) == 1 and 0 <= i <= j:
            return [a.group(1) + letters[k] for k in range(i, j + 1)]
    return [start, end]


def citations_in(text: str) -> list[LegalRef]:
    """The provisions of the AI Act that a free-text description cites: ``Art. 3(3)-(4)``,
    ``Art. 26(8); 49(3); 99(8)``, ``Arts. 99-100``, ``Art. 6(1a)-(1c)``, ``Art. 2(1)(a)-(b)`` (its
    paragraph: the table counts paragraphs). Citations of other acts
    (``Art. 2(c) of Directive 2011/93/EU``, ``Rec. 2003/361/EC, Annex Art. 3``) are skipped."""
    found: list[LegalRef] = []
    for start in _CITE_START.finditer(text):
        if _OTHER_ACT_BEFORE.search(text[max(0, start.start() - 40) : start.start()]):
            continue
        pos = start.end()
        while True:
            m = _CITE.match(text, pos)
            if not m:
                break
            if _OTHER_ACT.match(text[m.end() :]):
                break
            article, groups, tail = m.group(1), m.group(2), m.group(3)
            parts = re.findall(r"\(([0-9a-z]+)\)", groups)
            paragraphs = [parts[0]] if parts else []
            if tail and len(parts) > 1:
                pass  # a range of points in one paragraph ("Art. 2(1)(a)-(b)"): the paragraph
            elif tail:
                end = tail[2:-1]
                paragraphs = _expand(parts[0], end) if parts else []
                if not parts:
                    found += [LegalRef(article=a) for a in _expand(article, end)]
            elif text[m.end() : m.end() + 1] == "-" and re.match(r"-\d", text[m.end() :]):
                n = re.match(r"-(\d+[a-z]*)", text[m.end() :])
                assert n
                found += [LegalRef(article=a) for a in _expand(article, n.group(1))]
            try:
                if paragraphs:
                    found += [LegalRef(article=article, paragraph=p) for p in paragraphs]
                else:
                    found.append(LegalRef(article=article))
            except LegalRefError:
                pass
            nxt = re.match(r"(?:-\d+[a-z]*)?\s*(?:[,;]|and)\s*(?=\d)", text[m.end() :])
            if not nxt:
                break
            pos = m.end() + nxt.end()
    return found


def _fields(model: type[BaseModel], prefix: str) -> Iterator[tuple[str, str]]:
    for name, info in model.model_fields.items():
        sub = [
            a
            for a in (info.annotation, *typing.get_args(info.annotation))
            if isinstance(a, type) and issubclass(a, BaseModel)
        ]
        if sub:
            yield from _fields(sub[0], f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}", info.description or ""


@cache
def fact_readers() -> dict[str, tuple[str, ...]]:
    """Input name -> the rules (any version, any kind) that read it or a name under it."""
    readers: dict[str, set[str]] = defaultdict(set)
    for ruleset in _rulesets().values():
        for rule in ruleset.rules:
            for name in rule.reads:
                readers[name].add(rule.id)
    return {k: tuple(sorted(v)) for k, v in readers.items()}


def readers_of(path: str) -> tuple[str, ...]:
    out: set[str] = set()
    for name, rules in fact_readers().items():
        if name == path or name.startswith(path + "."):
            out.update(rules)
    return tuple(sorted(out))


def _facts() -> Iterator[Decl]:
    for model, prefix in ((Organisation, "org."), (AISystem, ""), (GPAIModel, "model.")):
        for path, description in _fields(model, prefix):
            refs = citations_in(description)
            readers = readers_of(path)
            if refs and readers:
                yield Decl(
                    "fact",
                    path,
                    frozenset(LawVersion),
                    tuple((r, "") for r in dict.fromkeys(refs)),
                    f"read by {len(readers)} rule{'s' if len(readers) > 1 else ''}",
                )


@cache
def declarations() -> tuple[Decl, ...]:
    return (
        *_obligations(),
        *_rules(),
        *_dates(),
        *_fines(),
        *_interpretations(),
        *_facts(),
    )


# --------------------------------------------------------------------------- notes and reviews


@dataclass(frozen=True)
class Note:
    paragraph: str
    unit: Unit | None
    versions: frozenset[LawVersion]
    category: str
    reason: str


def _versions(raw: Any) -> frozenset[LawVersion]:
    if raw is None:
        return frozenset(LawVersion)
    names = [raw] if isinstance(raw, str) else list(raw)
    return frozenset(LawVersion[str(n).upper()] for n in names)


def _unit_from_text(text: str) -> Unit | None:
    """The covered paragraph a note names (``Art. 26(3)``, ``Art. 3(14)``, ``Art. 16, point
    (a)``, ``Art. 113, fourth paragraph``, ``Art. 87``), in any version, or None."""
    ref = LegalRef.parse(text)
    for version in LawVersion:
        unit, whole = unit_of(ref, version)
        if unit is not None and not whole and str(unit) == str(_canonical(text)):
            return unit
    return None


def _canonical(text: str) -> str:
    ref = LegalRef.parse(text)
    if ref.article is not None and ref.paragraph is None and ref.point and not ref.subparagraph:
        return str(LegalRef(article=ref.article, point=ref.point[:1]))
    if ref.unnumbered_paragraph is not None:
        return f"Art. {ref.article}, {ORDINALS[ref.unnumbered_paragraph - 1]} paragraph"
    return str(ref)


@cache
def notes() -> tuple[Note, ...]:
    data = yaml.safe_load(NOTES.read_text(encoding="utf-8")) or []
    out = []
    for row in data:
        out.append(
            Note(
                paragraph=str(row["paragraph"]),
                unit=_unit_from_text(str(row["paragraph"])),
                versions=_versions(row.get("versions")),
                category=str(row["category"]),
                reason=" ".join(str(row["reason"]).split()),
            )
        )
    return tuple(out)


@dataclass(frozen=True)
class Review:
    target: str
    """``obligation:art26_1``, ``rule:<id>``, ``date:<key>``, ``fine:<key>`` or a paragraph."""
    reviewer: str
    date: str
    verdict: str
    checked: str
    note: str


VERDICTS = {"agrees": "✔", "defect": "✘", "note": "≈", "pending": "⧗"}
"""The verdicts of a review; ``pending`` is the author's record of a legal change that a
reviewer who did not write it has yet to check (it names what to check, and is replaced by the
review)."""


@cache
def reviews() -> tuple[Review, ...]:
    data = yaml.safe_load(REVIEWS.read_text(encoding="utf-8")) or []
    return tuple(
        Review(
            target=str(row["target"]),
            reviewer=str(row["reviewer"]),
            date=str(row["date"]),
            verdict=str(row["verdict"]),
            checked=" ".join(str(row.get("checked", "")).split()),
            note=" ".join(str(row.get("note", "")).split()),
        )
        for row in data
    )


# --------------------------------------------------------------------------- the mapping


@dataclass
class Row:
    unit: Unit
    version: LawVersion
    decls: list[tuple[Decl, str]] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    article: list[Decl] = field(default_factory=list)
    """Obligations declared for the paragraph's article as a whole (``art9``: "Art. 9")."""

    @property
    def status(self) -> str:
        """``mapped`` (a declaration cites the paragraph), ``annotated``, ``article`` (only an
        obligation declared for the whole article accounts for it) or ``unaccounted``."""
        if self.decls:
            return "mapped"
        if self.notes:
            return "annotated"
        if self.article:
            return "article"
        return "unaccounted"


@dataclass
class Coverage:
    rows: dict[tuple[Unit, LawVersion], Row]
    whole_article: dict[tuple[str, LawVersion], list[Decl]]
    absent: list[tuple[Decl, LegalRef, LawVersion]]
    """Citations of a covered article's paragraph that the version's text does not have."""

    def of(self, version: LawVersion) -> list[Row]:
        return [row for (_, v), row in self.rows.items() if v is version]

    def figures(self, version: LawVersion) -> dict[str, int]:
        rows = self.of(version)
        return {
            "paragraphs": len(rows),
            "mapped": sum(r.status == "mapped" for r in rows),
            "article": sum(r.status == "article" for r in rows),
            "annotated": sum(r.status == "annotated" for r in rows),
            "unaccounted": sum(r.status == "unaccounted" for r in rows),
        }

    def unaccounted(self) -> list[Row]:
        return [r for r in self.rows.values() if r.status == "unaccounted"]


@cache
def build() -> Coverage:
    rows = {(u, v): Row(u, v) for v in LawVersion for u in units(v)}
    whole: dict[tuple[str, LawVersion], list[Decl]] = defaultdict(list)
    absent: list[tuple[Decl, LegalRef, LawVersion]] = []
    for decl in declarations():
        for version in decl.versions:
            for index, (ref, how) in enumerate(decl.refs):
                unit, is_whole = unit_of(ref, version)
                if is_whole:
                    assert ref.article is not None
                    if decl not in whole[ref.article, version]:
                        whole[ref.article, version].append(decl)
                    if decl.kind == "obligation" and index == 0:  # its own citation
                        for (u, v), row in rows.items():
                            if v is version and u.article == ref.article:
                                row.article.append(decl)
                elif unit is not None:
                    row = rows[unit, version]
                    if all(d is not decl for d, _ in row.decls):
                        row.decls.append((decl, how))
                elif (
                    decl.kind != "fact"
                    and ref.act == AI_ACT
                    and ref.article
                    and in_range(ref.article)
                ) and ref.article in _unit_index(version):
                    absent.append((decl, ref, version))
    for note in notes():
        if note.unit is None:
            continue
        for version in note.versions:
            noted = rows.get((note.unit, version))
            if noted is not None:
                noted.notes.append(note)
    return Coverage(rows, dict(whole), absent)


# --------------------------------------------------------------------------- rendering


def _ids(decls: Sequence[tuple[Decl, str]], limit: int = 5) -> str:
    parts = []
    for kind in KIND_ORDER:
        chosen = sorted(
            {d.id: (d, how) for d, how in decls if d.kind == kind}.values(), key=lambda x: x[0].id
        )
        if not chosen:
            continue
        shown = []
        for decl, how in chosen[:limit]:
            text = f"`{decl.id}`"
            if kind == "interpretation":
                adr = adr_for(decl.id)
                text = f"[{decl.id}]({adr})" if adr else decl.id
            if how:
                text += f" ({how})"
            shown.append(text)
        more = f" +{len(chosen) - limit}" if len(chosen) > limit else ""
        label = KIND_LABELS[kind] + ("s" if len(chosen) > 1 else "")
        parts.append(f"{label}: {', '.join(shown)}{more}")
    return "; ".join(parts)


def _cell(row: Row | None) -> str:
    if row is None:
        return "—"
    out = _ids(row.decls)
    if row.notes:
        note = "; ".join(f"*{n.category}*: {n.reason}" for n in row.notes)
        out = f"{out}; {note}" if out else note
    if not out and row.article:
        ids = ", ".join(f"`{d.id}`" for d in row.article)
        out = f"part of {ids} (declared for the whole article)"
    if not out:
        return "**unaccounted**"
    return out.replace("|", "\\|")


def _review_cell(rows: Sequence[Row | None]) -> str:
    targets = {f"{d.kind}:{d.id}" for row in rows if row for d, _ in row.decls}
    units_ = {str(row.unit) for row in rows if row}
    found = [r for r in reviews() if r.target in targets or r.target in units_]
    if not found:
        return ""
    seen: dict[str, str] = {}
    for r in found:
        name = r.target.split(":", 1)[-1]
        seen[name] = f"{VERDICTS.get(r.verdict, '?')} `{name}`"
    return ", ".join(seen[k] for k in sorted(seen))


def render() -> str:
    cov = build()
    lines = [
        "# Coverage: every paragraph, both versions",
        "",
        "<!-- generated by docs/gen_coverage.py from the declarations, the law text and "
        "tests/data/coverage/: do not edit by hand -->",
        "",
        "Every paragraph of Articles 2-27, 40-63, 72-101 and 111-113 of the AI Act, as published "
        "(Regulation (EU) 2024/1689) and as amended by Regulation (EU) 2026/1744, with what "
        "`aiact` does with it. The paragraphs are read from the law text; what `aiact` does is "
        "read from its declarations when the page is generated: obligations, rules, dates, fine "
        "parameters, the open questions it names (interpretations) and the input facts whose "
        "description cites the paragraph (where a rule reads them). A citation of a point or "
        "subparagraph counts for its paragraph. Paragraphs no declaration cites carry an "
        "annotation with a category and a reason (`tests/data/coverage/notes.yaml`); "
        "`tests/test_coverage.py` fails when a paragraph is neither cited nor annotated.",
        "",
        "Paragraphs are split as the text numbers them (`1.`, `1a.`). An article without "
        "numbered paragraphs is one paragraph, except where its only numbering is its points "
        "(Art. 3, the definitions; Art. 16, the provider's duties) or it has several unnumbered "
        "paragraphs that are cited by ordinal (Art. 85, Art. 113, Art. 75b).",
        "",
        "## Figures",
        "",
        "| version | paragraphs | cited by a declaration | part of an article-wide obligation "
        "| annotated | unaccounted |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for version in LawVersion:
        f = cov.figures(version)
        lines.append(
            f"| {VERSION_NAMES[version]} | {f['paragraphs']} | {f['mapped']} | {f['article']} | "
            f"{f['annotated']} | {f['unaccounted']} |"
        )
    lines += [
        "",
        "*Cited*: a declaration cites the paragraph, or a point or subparagraph of it. *Part of "
        "an article-wide obligation*: no declaration cites the paragraph, but an obligation of "
        'the catalogue is declared for its article as a whole (`art9` is "Art. 9", the risk '
        "management system); paragraphs of such articles that are not part of the duty (a "
        "Commission power, a Member State rule) are annotated instead. *Annotated*: no "
        "declaration cites it; the annotation says why (counted by its first category below).",
    ]
    lines += ["", "Annotated paragraphs by category:", ""]
    lines += ["| category | meaning | 2024/1689 | as amended |", "|---|---|---:|---:|"]
    for category, meaning in CATEGORIES.items():
        counts = [
            sum(1 for r in cov.of(v) if r.status == "annotated" and r.notes[0].category == category)
            for v in LawVersion
        ]
        lines.append(f"| `{category}` | {meaning} | {counts[0]} | {counts[1]} |")
    gap_units = {r.unit for r in cov.rows.values() if any(n.category == "gap" for n in r.notes)}
    gaps = [str(u) for u in sorted(gap_units, key=Unit.sort_key)]
    lines += [
        "",
        f"Operator duties or conditions not modelled yet (`gap`): {', '.join(gaps) or 'none'}.",
        "",
        "The review column records reviews of the declarations against the article text by "
        "someone who did not write them (`tests/data/coverage/reviews.yaml`): ✔ agrees, "
        "✘ defect found, ≈ remark, ⧗ changed by its author, pending review.",
        "",
    ]
    articles = sorted({u.article for (u, _) in cov.rows}, key=_article_number)
    for article in articles:
        title_o = lawtext.article_title(article, "original")
        title_a = lawtext.article_title(article, "amended")
        title = title_a or title_o or ""
        lines.append(f"### Art. {article} — {title}")
        lines.append("")
        if title_o is None:
            lines += ["Inserted by Regulation (EU) 2026/1744.", ""]
        elif title_a is not None and title_a != title_o:
            lines += [f"Heading as published: {title_o}.", ""]
        whole = {v: cov.whole_article.get((article, v), []) for v in LawVersion}
        if any(whole.values()):
            cited = sorted({f"{KIND_LABELS[d.kind]} `{d.id}`" for ds in whole.values() for d in ds})
            lines += [f"Cited as a whole article by: {', '.join(cited)}.", ""]
        lines += [
            "| ¶ | 2024/1689 | as amended by 2026/1744 | review |",
            "|---|---|---|---|",
        ]
        article_units = sorted(
            {u for (u, _) in cov.rows if u.article == article}, key=Unit.sort_key
        )
        for unit in article_units:
            original = cov.rows.get((unit, LawVersion.ORIGINAL))
            amended = cov.rows.get((unit, LawVersion.AMENDED))
            left, right = _cell(original), _cell(amended)
            if original is not None and amended is not None and left == right:
                right = "="
            review = _review_cell([original, amended])
            lines.append(f"| {unit.label} | {left} | {right} | {review} |")
        lines.append("")
    if cov.absent:
        lines += ["## Citations of paragraphs absent from the version's text", ""]
        for decl, ref, version in sorted(cov.absent, key=lambda x: (x[0].kind, x[0].id, str(x[1]))):
            lines.append(
                f"- {KIND_LABELS[decl.kind]} `{decl.id}` cites {ref} ({VERSION_NAMES[version]})"
            )
        lines.append("")
    reviewed = reviews()
    if reviewed:
        lines += ["## Reviews", "", "| declaration | reviewer | date | verdict | checked | note |"]
        lines.append("|---|---|---|---|---|---|")
        for r in reviewed:
            lines.append(
                f"| `{r.target}` | {r.reviewer} | {r.date} | {VERDICTS.get(r.verdict, '?')} "
                f"{r.verdict} | {r.checked} | {r.note} |".replace("\n", " ")
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"out of date: {OUT} (run python docs/gen_coverage.py)")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    cov = build()
    for version in LawVersion:
        print(VERSION_NAMES[version], cov.figures(version))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
