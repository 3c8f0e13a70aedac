"""An index of the law text, for tests (not part of the library).

Reads ``../shared/reference/law/`` (beside the repository): the AI Act as published
(``aiact-2024-1689.en.md``) and the amending act (``omnibus-2026-1744.en.md``), and answers
whether a :class:`~aiact.refs.LegalRef` exists in the ``"original"`` or the ``"amended"`` text.

How far the check goes:

* Articles: numbered paragraphs, their subparagraphs (an unindented text block after the first
  one), unnumbered paragraphs (``Art. 113, third paragraph``) and nested points. Points are also
  found without their subparagraph (``Art. 6(3)(a)`` for ``Art. 6(3), second subparagraph, point
  (a)``); in an article without numbered paragraphs, ``Art. 3(1)`` means its point (1).
* Annexes: sections (``### Section A``), numbered points (``1.``, ``- 1.``, ``### 1.``, ``3.1.``)
  and nested list points.
* Amended: the original plus the insertions and minus the deletions of Article 1 of 2026/1744
  (articles, paragraphs, subparagraphs, points, annex points, annexes inserted, replaced or
  deleted; heading replacements for :func:`article_title`). A replaced paragraph or point is
  re-read from the quoted replacement text. Annex XIV (new) is known at annex level only.
  Instructions the parser does not understand are listed in ``UNHANDLED`` (a test keeps it
  empty).
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import pytest
from reference import REFERENCE_DIR

from aiact.refs import LegalRef

LAW_DIR = REFERENCE_DIR / "law"
ORIGINAL_MD = LAW_DIR / "aiact-2024-1689.en.md"
OMNIBUS_MD = LAW_DIR / "omnibus-2026-1744.en.md"

Version = Literal["original", "amended"]

# An entry of an article: (paragraph, unnumbered paragraph, subparagraph, points);
# of an annex: (section, points).
ArtEntry = tuple[str | None, int | None, int, tuple[str, ...]]
AnxEntry = tuple[str | None, tuple[str, ...]]


def law_available() -> bool:
    """Whether the law texts are present (they live outside the repository)."""
    return ORIGINAL_MD.is_file() and OMNIBUS_MD.is_file()


requires_law = pytest.mark.skipif(
    not law_available(), reason=f"law texts not found in {LAW_DIR} (../shared is absent)"
)
"""Decorator: skip a test when the law texts are absent."""


def skip_unless_law() -> None:
    """Call inside a test or fixture: skip with a clear reason when the law texts are absent."""
    if not law_available():
        pytest.skip(f"law texts not found in {LAW_DIR} (../shared is absent)")


@dataclass
class Article:
    title: str
    entries: set[ArtEntry] = field(default_factory=set)

    @property
    def numbered(self) -> bool:
        return any(e[0] is not None for e in self.entries)


@dataclass
class Annex:
    title: str
    entries: set[AnxEntry] = field(default_factory=set)


@dataclass
class Law:
    articles: dict[str, Article] = field(default_factory=dict)
    annexes: dict[str, Annex] = field(default_factory=dict)


# --- reading article and annex bodies ---------------------------------------------------------

_PARA_RE = re.compile(r"^(\d+[a-z]*)\.\s")
_LIST_RE = re.compile(r"^( *)- \(([0-9a-z.]+)\)")
_NUM_LIST_RE = re.compile(r"^( *)- (\d+(?:\.\d+)*)\.\s")
_NUM_LINE_RE = re.compile(r"^(\d+(?:\.\d+)*)\.\s")
_HEAD_NUM_RE = re.compile(r"^#{3,} (\d+)\.\s")
_SECTION_RE = re.compile(r"^#{3,} Section ([A-Z]|\d+)\b")


def _clean(line: str) -> str:
    """Strip a block-quote prefix and the quotation marks of amending text."""
    line = re.sub(r"^\s*> ?", "", line.rstrip())
    line = line.replace("‘", "").replace("**", "")
    return re.sub(r"’[.;]*$", "", line)


@dataclass
class _Cursor:
    """Where the next point of an article goes."""

    para: str | None = None
    unnum: int | None = None
    sub: int = 1
    stack: list[str] = field(default_factory=list)


def _read_article_body(lines: list[str], cur: _Cursor, entries: set[ArtEntry]) -> None:
    started = cur.para is not None or cur.unnum is not None
    for raw in lines:
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith(">"):
            continue
        m = _PARA_RE.match(line)
        if m:
            cur.para, cur.unnum, cur.sub, cur.stack = m.group(1), None, 1, []
            entries.add((cur.para, None, 1, ()))
            started = True
            continue
        m = _LIST_RE.match(line)
        if m:
            depth = len(m.group(1)) // 2 + 1
            cur.stack = [*cur.stack[: depth - 1], m.group(2)]
            if cur.para is None and cur.unnum is None:
                cur.unnum = 1
                entries.add((None, 1, 1, ()))
            entries.add((cur.para, cur.unnum, cur.sub, tuple(cur.stack)))
            continue
        if line.startswith(" "):
            continue  # text that continues a point
        if not started:
            started = True
            if cur.para is None:
                cur.unnum = 1
                entries.add((None, 1, 1, ()))
            continue
        cur.stack = []
        if cur.para is not None:
            cur.sub += 1
            entries.add((cur.para, None, cur.sub, ()))
        else:
            cur.unnum = (cur.unnum or 0) + 1
            entries.add((None, cur.unnum, 1, ()))


def _read_annex_body(lines: list[str], section: str | None, entries: set[AnxEntry]) -> None:
    stack: list[str] = []
    base = 0
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            continue
        m = _SECTION_RE.match(line)
        if m:
            section, stack, base = m.group(1), [], 0
            entries.add((section, ()))
            continue
        m = _HEAD_NUM_RE.match(line)
        if m:
            stack, base = [m.group(1)], 1
            entries.add((section, tuple(stack)))
            continue
        m = _NUM_LINE_RE.match(line)
        if m:
            stack, base = [m.group(1)], 1
            entries.add((section, tuple(stack)))
            continue
        m = _NUM_LIST_RE.match(line) or _LIST_RE.match(line)
        if m:
            numbered = m.re is _NUM_LIST_RE
            depth = len(m.group(1)) // 2 + 1 + (0 if numbered else base)
            if numbered:
                base = 0
            stack = [*stack[: depth - 1], m.group(2)]
            entries.add((section, tuple(stack)))


def _split(lines: list[str], heading: re.Pattern[str]) -> list[tuple[re.Match[str], list[str]]]:
    parts: list[tuple[re.Match[str], list[str]]] = []
    for line in lines:
        m = heading.match(line)
        if m:
            parts.append((m, []))
        elif parts:
            parts[-1][1].append(line)
    return parts


_ARTICLE_HEAD = re.compile(r"^### Article (\d+[a-z]*) — (.*)$")
_ANNEX_HEAD = re.compile(r"^## Annex ([IVX]+) — (.*)$")
_STOP = re.compile(r"^## (?!Annex)|^### (?!Article|Section|\d)")


def _read_original(text: str) -> Law:
    law = Law()
    lines = text.splitlines()
    body: list[str] = []
    for line in lines:  # cut the chapter/section headings, the citations and the recitals
        if line.startswith(("## Citations", "## Recitals")):
            break
        body.append("<stop>" if _STOP.match(line) else line)
    for m, chunk in _split(body, re.compile(r"^### Article .*|^## Annex .*|^<stop>$")):
        am, xm = _ARTICLE_HEAD.match(m.group(0)), _ANNEX_HEAD.match(m.group(0))
        if am:
            art = law.articles[am.group(1)] = Article(am.group(2).strip())
            _read_article_body(chunk, _Cursor(), art.entries)
        elif xm:
            anx = law.annexes[xm.group(1)] = Annex(xm.group(2).strip())
            _read_annex_body(chunk, None, anx.entries)
    return law


# --- applying the omnibus ---------------------------------------------------------------------

UNHANDLED: list[str] = []
"""Amending instructions of 2026/1744 that :func:`_amend` did not understand."""

_ORD = {w: i + 1 for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth"))}


@dataclass
class _Instruction:
    context: str  # the amending point, e.g. "(7) Article 5 is amended as follows:"
    text: str  # the sub-point, or the point itself
    quoted: list[str] = field(default_factory=list)


def _instructions(text: str) -> list[_Instruction]:
    lines = text.splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("### Article 1 "))
    end = next(i for i, x in enumerate(lines) if i > start and x.startswith("### Article 2 "))
    out: list[_Instruction] = []
    context = ""
    for line in lines[start + 1 : end]:
        if re.match(r"^- \(\d+\) ", line):
            context = line[2:]
            out.append(_Instruction(context, context))
        elif re.match(r"^  - \([a-z]\) ", line):
            out.append(_Instruction(context, line[4:]))
        elif line.lstrip().startswith(">") and out:
            out[-1].quoted.append(line)
    return out


def _drop(entries: set[ArtEntry], pred: Callable[[ArtEntry], bool]) -> None:
    for e in [e for e in entries if pred(e)]:
        entries.discard(e)


def _amend(law: Law, instr: _Instruction) -> None:
    ctx, txt = instr.context, instr.text
    quoted = [_clean(q) for q in instr.quoted]
    where = ctx if instr.text is ctx else f"{ctx} {txt}"
    if re.search(r"following (?:Article|articles) (?:is|are) inserted", txt):
        _insert_articles(law, quoted)
        return
    if "the following Annex is added" in txt:
        m = re.search(r"Annex ([IVX]+)", " ".join(quoted))
        assert m
        law.annexes[m.group(1)] = Annex(quoted[2].strip() if len(quoted) > 2 else "")
        return
    ma = re.search(r"Annex ([IVX]+)", ctx)
    if ma:
        anx = law.annexes[ma.group(1)]
        sec = re.search(r"[Ss]ection ([A-Z])", txt)
        section = sec.group(1) if sec else None
        dm = re.search(r"points? (\d+)(?: and (\d+))? (?:is|are) deleted", txt)
        if dm:
            for num in filter(None, dm.groups()):
                anx.entries -= {e for e in anx.entries if e[0] == section and e[1][:1] == (num,)}
            return
        if re.search(r"following points? (?:is|are) (?:added|inserted)", txt):
            _read_annex_body(quoted, section, anx.entries)
            return
        if re.search(r"Annex [IVX]+ is amended", txt):
            return
        UNHANDLED.append(where)
        return
    m = re.search(r"Article (\d+[a-z]*)(?:\((\d+[a-z]*)\))?", ctx)
    if not m:
        UNHANDLED.append(where)
        return
    art = law.articles[m.group(1)]
    para = m.group(2)
    pm = re.search(r"in paragraph (\d+[a-z]*)|paragraph (\d+[a-z]*) is amended", where)
    if pm:
        para = pm.group(1) or pm.group(2)
    unnum = None
    um = re.search(r"the (\w+) paragraph is amended", where)
    if um:
        unnum = _ORD[um.group(1)]
    sub = 1
    sm = re.search(r"the (\w+) subparagraph", txt) or re.search(r"the (\w+) subparagraph", ctx)
    if sm and sm.group(1) in _ORD:
        sub = _ORD[sm.group(1)]
    if para is None and unnum is None and not art.numbered:
        unnum = 1

    if "heading is replaced" in txt:
        art.title = " ".join(q for q in quoted if q.strip()).strip()
    elif re.match(r"\(\d+\) Article \d+[a-z]* is replaced", txt):
        art.entries = set()
        _read_article_body(_body_after_heading(quoted), _Cursor(), art.entries)
    elif rm := re.search(r"paragraphs? (\d+[a-z]*)(?: and (\d+[a-z]*))? (?:is|are) replaced", txt):
        replaced = set(filter(None, rm.groups()))
        _drop(art.entries, lambda e: e[0] in replaced)
        _read_article_body(quoted, _Cursor(), art.entries)
    elif dm := re.search(r"paragraph (\d+[a-z]*) is deleted", txt):
        deleted = dm.group(1)
        _drop(art.entries, lambda e: e[0] == deleted)
    elif re.search(r"following paragraphs? (?:is|are) (?:inserted|added)", txt):
        _read_article_body(quoted, _Cursor(), art.entries)
    elif re.search(r"following points? (?:is|are) (?:inserted|added)", txt):
        _read_article_body(quoted, _Cursor(para, unnum, sub), art.entries)
    elif pt := re.search(r"point \(([a-z0-9]+)\) is (?:replaced|amended)", txt):
        pts = (pt.group(1),)
        _drop(art.entries, lambda e: e[0] == para and e[1] == unnum and e[3][:1] == pts)
        _read_article_body(quoted, _Cursor(para, unnum, sub), art.entries)
    elif "following subparagraph is added" in txt:
        last = max((e[2] for e in art.entries if e[0] == para), default=1)
        art.entries.add((para, None, last + 1, ()))
    elif re.search(r"subparagraph is (?:replaced|amended)|introductory part is replaced", txt):
        pass  # the subparagraph stays; its points (if any) are handled by later sub-points
    elif re.search(r"(?:Article \d+[a-z]*|paragraph \d+[a-z]*|third paragraph) is amended", txt):
        pass  # only a context for the sub-points that follow
    else:
        UNHANDLED.append(where)


def _body_after_heading(quoted: list[str]) -> list[str]:
    """The lines of a quoted article after its 'Article N' and title lines."""
    nonblank = [i for i, q in enumerate(quoted) if q.strip()]
    return quoted[nonblank[1] + 1 :] if len(nonblank) > 1 else []


def _insert_articles(law: Law, quoted: list[str]) -> None:
    parts = _split(quoted, re.compile(r"^Article (\d+[a-z]*)\s*$"))
    for m, chunk in parts:
        nonblank = [i for i, q in enumerate(chunk) if q.strip()]
        title = chunk[nonblank[0]].strip() if nonblank else ""
        art = law.articles[m.group(1)] = Article(title)
        _read_article_body(chunk[nonblank[0] + 1 :] if nonblank else [], _Cursor(), art.entries)


@functools.cache
def load(version: Version) -> Law:
    """The index of one version of the AI Act (cached)."""
    skip_unless_law()
    law = _read_original(ORIGINAL_MD.read_text(encoding="utf-8"))
    if version == "original":
        return law
    law = copy.deepcopy(law)
    UNHANDLED.clear()
    for instr in _instructions(OMNIBUS_MD.read_text(encoding="utf-8")):
        _amend(law, instr)
    return law


# --- queries ----------------------------------------------------------------------------------


def article_title(article: str, version: Version = "original") -> str | None:
    """The heading of ``Article <article>`` in that version, or None if it does not exist."""
    art = load(version).articles.get(article)
    return art.title if art else None


def exists(ref: LegalRef, version: Version = "original") -> bool:
    """Whether ``ref`` (a provision of Regulation 2024/1689) exists in that version's text."""
    if ref.act != "2024/1689":
        raise ValueError(f"only Regulation (EU) 2024/1689 is indexed, not {ref.act}")
    law = load(version)
    if ref.annex is not None:
        anx = law.annexes.get(ref.annex)
        if anx is None:
            return False
        if ref.section is None and not ref.point:
            return True
        found = {
            e[0]
            for e in anx.entries
            if (ref.section is None or e[0] == ref.section) and e[1][: len(ref.point)] == ref.point
        }
        # a point cited without its section must be in exactly one section (Annex I, point 13)
        return len(found) == 1 if ref.section is None else bool(found)
    if ref.article is None:
        return True
    art = law.articles.get(ref.article)
    if art is None:
        return False
    paragraph: str | None = ref.paragraph
    points: tuple[str, ...] = ref.point
    if ref.paragraph is not None and not art.numbered:  # Art. 3(1): point (1) of Art. 3
        paragraph, points = None, (ref.paragraph, *points)
    if paragraph is None and ref.unnumbered_paragraph is None and not points:
        return True
    for para, unnum, sub, pts in art.entries:
        if paragraph is not None and para != paragraph:
            continue
        if ref.unnumbered_paragraph is not None and unnum != ref.unnumbered_paragraph:
            continue
        if ref.subparagraph is not None and sub != ref.subparagraph:
            continue
        if pts[: len(points)] == points:
            return True
    return False
