"""Pinpoint citations of the EU AI Act: :class:`LegalRef` (DESIGN.md, principle 1).

A :class:`LegalRef` names a provision of Regulation (EU) 2024/1689 (the default act), of the
amending Regulation (EU) 2026/1744, or of another EU regulation (e.g. 2016/679, the GDPR). It
parses tolerant English and Dutch input, prints one canonical English form (``str``) and a Dutch
form (:meth:`LegalRef.nl`), orders naturally (:meth:`LegalRef.sort_key`) and links to EUR-Lex and
ELI.

Canonical English forms (``str(LegalRef.parse(s)) == s``)::

    Art. 26                    Art. 26(8)                 Art. 5(1)(h)     Art. 5(1)(h)(iii)
    Art. 4a                    Art. 6(1a)                 Art. 99(4)(da)   Art. 3(1)
    Art. 6(3), third subparagraph           Art. 6(3), second subparagraph, point (a)
    Art. 113, first paragraph               Art. 113, third paragraph, point (c)
    Art. 3(14a)                Annex III  Annex III, point 4(a)  Annex I, Section A, point 1
    Annex VIII, Section C      Annex VII, point 3.1(a)   Annex XIII, point (a)
    Art. 4 of Regulation (EU) 2026/1744     Regulation (EU) 2016/679

Representation decisions:

* ``paragraph`` is a *numbered* paragraph (``Art. 26(8)``). Articles whose paragraphs are not
  numbered (Art. 113, Art. 4 as published) are cited by ordinal: ``Art. 113, third paragraph``;
  that ordinal is ``unnumbered_paragraph`` (1 = first). A ref has at most one of the two.
* ``subparagraph`` is the ordinal of a subparagraph of a numbered paragraph (1 = first).
  Points are by default in the first subparagraph, so a ref with points and ``subparagraph=1``
  is normalised to ``subparagraph=None``: ``Art. 5(1), first subparagraph, point (ba)`` and
  ``Art. 5(1)(ba)`` are the *same* (equal) ref, printed in the short form. Points of a later
  subparagraph keep it: ``Art. 6(3), second subparagraph, point (a)`` differs from
  ``Art. 6(3)(a)``. A ref without points keeps ``subparagraph=1``
  (``Art. 5(1), first subparagraph`` is narrower than ``Art. 5(1)``).
* Art. 3 of the AI Act is made of numbered points (the definitions), and a point of it has one
  citation: ``Art. 3(44)``, ``Art. 3(14a)`` (inserted by 2026/1744), ``Art. 3(49)(c)`` in
  English, ``Artikel 3, punt 44``, ``Artikel 3, punt 14 bis``, ``Artikel 3, punt 49, onder c``
  in Dutch (:meth:`LegalRef.nl`; the Dutch text cites "artikel 3, punt 1)"). It is stored as
  ``paragraph="44"`` (the usual English citation of a definition); ``Art. 3, point (44)``,
  ``Art. 3, point 44`` and the Dutch forms parse to that same ref. In any other article, and
  in Art. 3 of another act, ``Art. N, point (1)`` (points directly in an article) stays a
  different ref from ``Art. N(1)``.
* Annex points are a tuple too: ``Annex III, point 4(a)`` is ``point=("4", "a")``; a first
  annex point that is not a number prints in brackets (``Annex XIII, point (a)``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from pydantic_core import core_schema

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler

__all__ = ["AI_ACT", "OMNIBUS", "LegalRef", "LegalRefError", "ref"]

AI_ACT: Final = "2024/1689"

_NUMBERED_POINTS_ONLY: Final = frozenset({(AI_ACT, "3")})
"""Articles made of numbered points, not paragraphs: Art. 3 ("For the purposes of this Regulation,
the following definitions apply: (1) 'AI system' ..."). English practice cites its points as
"Art. 3(1)"; the Dutch text cites "artikel 3, punt 1)" (for example Art. 96, lid 1, punt f), so
the Dutch citation says "punt" (audit 8)."""
"""Regulation (EU) 2024/1689, the Artificial Intelligence Act: the default act of a ref."""
OMNIBUS: Final = "2026/1744"
"""Regulation (EU) 2026/1744, the Digital Omnibus on AI, which amends the AI Act."""


class LegalRefError(ValueError):
    """A legal reference could not be parsed or its components are inconsistent."""


# --- ordinals, roman numerals, languages ------------------------------------------------------

_EN_ORD: Final = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_NL_ORD: Final = [
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
    "elfde",
    "twaalfde",
    "dertiende",
    "veertiende",
    "vijftiende",
    "zestiende",
    "zeventiende",
    "achttiende",
    "negentiende",
    "twintigste",
]
_ORD_WORDS: Final = {w: i + 1 for i, w in enumerate(_EN_ORD)} | {
    w: i + 1 for i, w in enumerate(_NL_ORD)
}


def _en_ordinal(n: int) -> str:
    if n <= len(_EN_ORD):
        return _EN_ORD[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _nl_ordinal(n: int) -> str:
    return _NL_ORD[n - 1] if n <= len(_NL_ORD) else f"{n}e"


def _parse_ordinal(word: str) -> int:
    word = word.lower()
    if word in _ORD_WORDS:
        return _ORD_WORDS[word]
    return int(re.sub(r"(st|nd|rd|th|e|ste|de)$", "", word))


_LATIN_INSERTED: Final = (
    "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies",
)  # fmt: skip
"""The Dutch labels of inserted provisions (docs/dutch-references.md): the official Dutch text of
an EU act numbers an article, paragraph or point inserted after 4, 1 or b as "4 bis", "1 bis",
"b bis)" (the second "ter", the third "quater" ...) where the English text writes 4a, 1a, (ba)."""
_INSERTED_RE: Final = re.compile(r"^(\d+|[a-z])([a-h])$")
_LATIN_RE: Final = re.compile(
    r"\b(\d+|[a-z]) (" + "|".join(_LATIN_INSERTED) + r")\b", re.IGNORECASE
)


def _nl_label(label: str) -> str:
    """The Dutch label of a number or point: ``4a`` -> ``4 bis``, ``ba`` -> ``b bis``, ``14b`` ->
    ``14 ter``; others unchanged (``4``, ``h``, ``iii``: a two-letter roman numeral never ends in
    a-h)."""
    m = _INSERTED_RE.match(label)
    if m is None:
        return label
    return f"{m.group(1)} {_LATIN_INSERTED[ord(m.group(2)) - ord('a')]}"


def _from_latin(text: str) -> str:
    """Dutch inserted labels back to the English form: ``1 bis`` -> ``1a``, ``b ter`` -> ``bb``."""
    return _LATIN_RE.sub(
        lambda m: m.group(1) + chr(ord("a") + _LATIN_INSERTED.index(m.group(2).lower())), text
    )


_ROMAN_VALUES: Final = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_ROMAN_RE: Final = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def _to_roman(n: int) -> str:
    out: list[str] = []
    for value, numeral in _ROMAN_VALUES:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _from_roman(s: str) -> int | None:
    """The value of a canonical roman numeral (either case), or None."""
    s = s.upper()
    if not s or not _ROMAN_RE.match(s):
        return None
    total, i = 0, 0
    for value, numeral in _ROMAN_VALUES:
        while s.startswith(numeral, i):
            total += value
            i += len(numeral)
    return total


# EU language codes: EUR-Lex uses the two-letter code (upper case), ELI the three-letter code of
# the Publications Office language authority table (eng, nld, deu, fra, ...).
_ELI_LANG: Final = {
    "bg": "bul", "cs": "ces", "da": "dan", "de": "deu", "el": "ell", "en": "eng", "es": "spa",
    "et": "est", "fi": "fin", "fr": "fra", "ga": "gle", "hr": "hrv", "hu": "hun", "it": "ita",
    "lt": "lit", "lv": "lav", "mt": "mlt", "nl": "nld", "pl": "pol", "pt": "por", "ro": "ron",
    "sk": "slk", "sl": "slv", "sv": "swe",
}  # fmt: skip

# --- component syntax ---------------------------------------------------------------------------

_ACT_RE: Final = re.compile(r"^(\d{4})/([1-9]\d*)$")
_NUM_RE: Final = re.compile(r"^[1-9]\d*[a-z]*$")  # article and paragraph numbers: 4, 4a, 60a
_POINT_RE: Final = re.compile(r"^(?:[1-9]\d*(?:\.[1-9]\d*)*[a-z]*|[a-z]+)$")  # 4, 3.1, 14a, ba
_SECTION_RE: Final = re.compile(r"^(?:[A-Z]|[1-9]\d*)$")
_SPLIT_NUM_RE: Final = re.compile(r"^(\d+(?:\.\d+)*)([a-z]*)$")

# A level of the sort key: (kind, subkind, numbers, text). Every level has the same shape so that
# any two keys compare without a TypeError (a total order).
_Level = tuple[int, int, tuple[int, ...], str]
_SortKey = tuple[tuple[int, int], tuple[_Level, ...]]

_K_ARTICLE, _K_ANNEX, _K_SECTION, _K_PARA, _K_UNNUM, _K_SUB, _K_POINT = range(7)


def _num_level(kind: int, text: str) -> _Level:
    m = _SPLIT_NUM_RE.match(text)
    if m:
        return (kind, 0, tuple(int(p) for p in m.group(1).split(".")), m.group(2))
    return (kind, 2, (), text)


def _point_level(component: str, parent: str | None) -> _Level:
    """Numbers numerically; roman sub-points (a parent that is a letter) by value; else a-z."""
    if parent is not None and parent.isalpha() and component.isalpha():
        value = _from_roman(component)
        if value is not None and component.islower():
            return (_K_POINT, 1, (value,), "")
    return _num_level(_K_POINT, component)


def _celex(act: str) -> str:
    year, number = act.split("/")
    return f"3{year}R{int(number):04d}"


@functools.total_ordering
@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class LegalRef:
    """A pinpoint citation: act, article or annex, paragraph, subparagraph, point (DESIGN.md §1).

    Construct with keywords (``LegalRef(article="26", paragraph="8")``) or parse text
    (:meth:`parse`, :func:`ref`). Components are validated; see the module docstring for the
    representation of unnumbered paragraphs, subparagraphs and annex points.
    """

    act: str = AI_ACT
    article: str | None = None
    paragraph: str | None = None
    unnumbered_paragraph: int | None = None
    subparagraph: int | None = None
    point: tuple[str, ...] = field(default=())
    annex: str | None = None
    section: str | None = None

    def __post_init__(self) -> None:
        point = tuple(self.point)
        if (
            point
            and self.paragraph is None
            and self.unnumbered_paragraph is None
            and self.subparagraph is None
            and (self.act, self.article) in _NUMBERED_POINTS_ONLY
            and isinstance(point[0], str)
            and _NUM_RE.match(point[0])
        ):
            # Art. 3 is made of numbered points: "Art. 3, point (14a)" and the Dutch "Artikel 3,
            # punt 14 bis" are the point the library cites as "Art. 3(14a)" (one citation)
            object.__setattr__(self, "paragraph", point[0])
            point = point[1:]
        object.__setattr__(self, "point", point)
        self._validate()
        if point and self.subparagraph == 1:
            object.__setattr__(self, "subparagraph", None)  # points are in the first one

    def _validate(self) -> None:
        def bad(msg: str) -> LegalRefError:
            return LegalRefError(f"invalid legal reference ({msg}): {self!r}")

        if not isinstance(self.act, str) or not _ACT_RE.match(self.act):
            raise bad(f"act must look like '2024/1689', got {self.act!r}")
        if self.article is not None and self.annex is not None:
            raise bad("a ref names an article or an annex, not both")
        if self.article is not None and not _NUM_RE.match(self.article):
            raise bad(f"article must look like '26' or '4a', got {self.article!r}")
        if self.annex is not None and (not self.annex.isupper() or _from_roman(self.annex) is None):
            raise bad(f"annex must be an upper-case roman numeral, got {self.annex!r}")
        if self.paragraph is not None and not _NUM_RE.match(self.paragraph):
            raise bad(f"paragraph must look like '8' or '1a', got {self.paragraph!r}")
        for name in ("unnumbered_paragraph", "subparagraph"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or value < 1
            ):
                raise bad(f"{name} must be an ordinal >= 1, got {value!r}")
        if (
            self.paragraph is not None
            or self.unnumbered_paragraph is not None
            or self.subparagraph is not None
        ) and self.article is None:
            raise bad("paragraphs and subparagraphs need an article")
        if self.paragraph is not None and self.unnumbered_paragraph is not None:
            raise bad("a paragraph is either numbered or unnumbered, not both")
        if self.subparagraph is not None and self.paragraph is None:
            raise bad("a subparagraph needs a numbered paragraph")
        if self.section is not None and (self.annex is None or not _SECTION_RE.match(self.section)):
            raise bad(f"section must be 'A'/'B'/'1'... of an annex, got {self.section!r}")
        for p in self.point:
            if not isinstance(p, str) or not _POINT_RE.match(p):
                raise bad(f"point components look like 'a', 'ba', '4', '3.1', got {p!r}")
        if self.point and self.article is None and self.annex is None:
            raise bad("points need an article or an annex")

    # --- parsing -------------------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str, act: str = AI_ACT) -> LegalRef:
        """Parse a citation; ``act`` applies unless the text names one (``... of Regulation (EU)
        2026/1744``). Accepts the canonical English form, :meth:`nl` output, ``Article 26(8)``,
        ``art. 26 (8)``, ``Art 26(8)``, ``Artikel 26, lid 8, punt b``, ``Bijlage III, punt 4,
        onder a``, ``Art. 5(1), first subparagraph, point (h)(iii)``, ``Annex I, Section A,
        point 1``. Raises :class:`LegalRefError` with the text and what was expected."""
        return _parse(text, act)

    # --- printing ------------------------------------------------------------------------------

    def __str__(self) -> str:
        """The canonical English citation (see the module docstring)."""
        if self.article is None and self.annex is None:
            return f"Regulation (EU) {self.act}"
        if self.article is not None:
            s = f"Art. {self.article}"
            if self.paragraph is not None:
                s += f"({self.paragraph})"
            if self.unnumbered_paragraph is not None:
                s += f", {_en_ordinal(self.unnumbered_paragraph)} paragraph"
            if self.subparagraph is not None:
                s += f", {_en_ordinal(self.subparagraph)} subparagraph"
            if self.point:
                pts = "".join(f"({p})" for p in self.point)
                short = self.paragraph is not None and self.subparagraph is None
                s += pts if short else f", point {pts}"
        else:
            s = f"Annex {self.annex}"
            if self.section is not None:
                s += f", Section {self.section}"
            if self.point:
                first = self.point[0]
                head = first if first[0].isdigit() else f"({first})"
                s += ", point " + head + "".join(f"({p})" for p in self.point[1:])
        if self.act != AI_ACT:
            s += f" of Regulation (EU) {self.act}"
        return s

    def nl(self, *, inline: bool = False) -> str:
        """The Dutch citation, after the Dutch legislative style (Aanwijzingen voor de
        regelgeving) the task asks for: ``Artikel 26, lid 8``, ``Artikel 5, lid 1, punt h``,
        ``Artikel 5, lid 1, punt h, onder iii``, ``Artikel 6, lid 3, derde alinea``,
        ``Artikel 113, derde alinea, punt c``, ``Bijlage III, punt 4, onder a``,
        ``Bijlage I, afdeling A, punt 1``, ``Artikel 4 van Verordening (EU) 2026/1744``.
        (The Dutch Official Journal text itself writes ``punt h), iii)``; :meth:`parse`
        accepts that too.) The capital suits a citation that starts a sentence or a label (a
        table cell, a list of sources); ``inline=True`` gives the form inside a sentence, where
        Dutch writes ``artikel`` and ``bijlage`` in lower case (``... vanaf 2 augustus 2026
        (artikel 113, derde alinea)``, ``als bedoeld in bijlage III``); a regulation keeps its
        capital (``Verordening (EU) 2016/679``), as in the Dutch text of the Act."""
        if self.article is None and self.annex is None:
            return f"Verordening (EU) {self.act}"
        parts: list[str] = []
        points = list(self.point)
        if self.article is not None:
            parts.append(f"{'artikel' if inline else 'Artikel'} {_nl_label(self.article)}")
            if self.paragraph is not None and (self.act, self.article) in _NUMBERED_POINTS_ONLY:
                points.insert(0, self.paragraph)
            elif self.paragraph is not None:
                parts.append(f"lid {_nl_label(self.paragraph)}")
            if self.unnumbered_paragraph is not None:
                parts.append(f"{_nl_ordinal(self.unnumbered_paragraph)} alinea")
            if self.subparagraph is not None:
                parts.append(f"{_nl_ordinal(self.subparagraph)} alinea")
        else:
            parts.append(f"{'bijlage' if inline else 'Bijlage'} {self.annex}")
            if self.section is not None:
                parts.append(f"afdeling {self.section}")
        if points:
            parts.append(f"punt {_nl_label(points[0])}")
            parts.extend(f"onder {_nl_label(p)}" for p in points[1:])
        s = ", ".join(parts)
        if self.act != AI_ACT:
            s += f" van Verordening (EU) {self.act}"
        return s

    def __repr__(self) -> str:
        try:
            return f"LegalRef.parse({str(self)!r})"
        except Exception:  # an invalid instance being reported by _validate
            fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__dataclass_fields__)
            return f"LegalRef({fields})"

    def to_json(self) -> str:
        """The JSON form: the canonical English string (parse it back with :meth:`parse`)."""
        return str(self)

    # --- structure -----------------------------------------------------------------------------

    def _levels(self) -> tuple[_Level, ...]:
        levels: list[_Level] = []
        if self.article is not None:
            levels.append(_num_level(_K_ARTICLE, self.article))
        elif self.annex is not None:
            levels.append((_K_ANNEX, 0, (_from_roman(self.annex) or 0,), ""))
            if self.section is not None:
                levels.append(_num_level(_K_SECTION, self.section))
        else:
            return ()
        if self.paragraph is not None:
            levels.append(_num_level(_K_PARA, self.paragraph))
        if self.unnumbered_paragraph is not None:
            levels.append((_K_UNNUM, 0, (self.unnumbered_paragraph,), ""))
        if self.article is not None and (self.subparagraph is not None or self.point):
            levels.append((_K_SUB, 0, (self.subparagraph or 1,), ""))
        parent: str | None = None
        for p in self.point:
            levels.append(_point_level(p, parent))
            parent = p
        return tuple(levels)

    def sort_key(self) -> _SortKey:
        """The natural order: by act (year, number); within an act the act itself, then articles
        (4 < 4a < 5 < 60a < 113), then annexes (I < II < ... < XIII); paragraphs numerically
        (1 < 1a < 2 < 10); points a < b < ba < bb < c, numbers numerically, roman sub-points by
        value; a ref sorts before any ref it :meth:`contains`. Points without a subparagraph sort
        as points of the first subparagraph. Distinct refs have distinct keys."""
        year, number = self.act.split("/")
        return ((int(year), int(number)), self._levels())

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, LegalRef):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def article_ref(self) -> LegalRef:
        """This ref truncated to its article or annex (``Art. 26(8)`` -> ``Art. 26``)."""
        return LegalRef(act=self.act, article=self.article, annex=self.annex)

    def contains(self, other: LegalRef) -> bool:
        """True if ``other`` is this provision or a part of it (``Art. 5(1)`` contains
        ``Art. 5(1)(h)(iii)`` and ``Art. 5(1), second subparagraph``; ``Annex I`` contains
        ``Annex I, Section A, point 1``). Different acts never contain each other."""
        if self.act != other.act:
            return False
        mine, theirs = self._levels(), other._levels()
        return theirs[: len(mine)] == mine

    @property
    def is_article(self) -> bool:
        """Whether the ref points into an article (as opposed to an annex or a whole act)."""
        return self.article is not None

    @property
    def is_annex(self) -> bool:
        """Whether the ref points into an annex."""
        return self.annex is not None

    # --- links ---------------------------------------------------------------------------------

    def eurlex_url(self, lang: str = "en") -> str:
        """The EUR-Lex page of the act as published (OJ version), e.g.
        ``https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1689#art_26``.
        CELEX is ``3YYYYRNNNN`` (2026/1744 -> ``32026R1744``). EUR-Lex anchors exist only for
        articles (``#art_26``, ``#art_4a``) and annexes (``#anx_III``), so finer refs link to
        their article or annex. ``lang`` is an EU language code (``en``, ``nl``, ...)."""
        code = _check_lang(lang).upper()
        url = f"https://eur-lex.europa.eu/legal-content/{code}/TXT/?uri=CELEX:{_celex(self.act)}"
        if self.article is not None:
            url += f"#art_{self.article}"
        elif self.annex is not None:
            url += f"#anx_{self.annex}"
        return url

    def eli_url(self, lang: str = "en") -> str:
        """The European Legislation Identifier of the act's OJ text in ``lang``, e.g.
        ``http://data.europa.eu/eli/reg/2024/1689/oj/eng`` (``/nld`` for Dutch). The ELI names
        the act, not the subdivision: use :meth:`eurlex_url` for an anchor."""
        return f"http://data.europa.eu/eli/reg/{self.act}/oj/{_ELI_LANG[_check_lang(lang)]}"

    # --- pydantic ------------------------------------------------------------------------------

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source_type: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        """Pydantic v2 support: a ``LegalRef`` field validates from a ``LegalRef`` or a string
        (via :meth:`parse`) and serialises (Python and JSON) to the canonical string."""
        from_str = core_schema.no_info_after_validator_function(
            _parse_for_pydantic, core_schema.str_schema()
        )
        return core_schema.json_or_python_schema(
            json_schema=from_str,
            python_schema=core_schema.union_schema([core_schema.is_instance_schema(cls), from_str]),
            serialization=core_schema.plain_serializer_function_ser_schema(str),
        )


def _parse_for_pydantic(text: str) -> LegalRef:
    return LegalRef.parse(text)


def _check_lang(lang: str) -> str:
    lang = lang.lower()
    if lang not in _ELI_LANG:
        raise ValueError(f"unknown EU language code {lang!r}; expected one of {sorted(_ELI_LANG)}")
    return lang


@functools.lru_cache(maxsize=4096)
def ref(text: str, act: str = AI_ACT) -> LegalRef:
    """Cached :meth:`LegalRef.parse`, for declarations: ``ref("Art. 26(8)")``."""
    return LegalRef.parse(text, act)


# --- the parser -------------------------------------------------------------------------------

_ORD_PAT: Final = (
    r"(?:" + "|".join(sorted(_ORD_WORDS, key=len, reverse=True)) + r"|\d+(?:st|nd|rd|th|ste|de|e))"
)
_ACT_SUFFIX_RE: Final = re.compile(
    r"[\s,]*\b(?:of|van)\s+(?:the\s+)?(?:Regulation|Verordening)\s*(?:\(\s*E[UGC]\s*\)\s*)?"
    r"(?:No\.?\s*|nr\.?\s*)?(\d{4})/(\d+)\s*$",
    re.IGNORECASE,
)
_WHOLE_ACT_RE: Final = re.compile(
    r"^(?:Regulation|Verordening)\s*(?:\(\s*E[UGC]\s*\)\s*)?(?:No\.?\s*|nr\.?\s*)?(\d{4})/(\d+)$",
    re.IGNORECASE,
)
_HEAD_ARTICLE_RE: Final = re.compile(r"^(?:article|artikel|art)\b\.?\s*(\d+[a-z]*)\b", re.I)
_HEAD_ANNEX_RE: Final = re.compile(r"^(?:annex|bijlage)\s+([ivxlc]+|\d+)\b", re.I)

_STAGE_SECTION, _STAGE_PARA, _STAGE_SUB, _STAGE_POINT = 1, 2, 3, 4
_POINT_TOKEN = r"(\d+(?:\.\d+)*[a-z]*|[a-z]+)"
_TOKENS: Final = [
    ("paren", re.compile(r"\(\s*" + _POINT_TOKEN + r"\s*\)", re.I)),
    ("section", re.compile(r"(?:section|afdeling)\s+([a-z]|\d+)\b", re.I)),
    ("para", re.compile(r"(?:paragraph|para\.?|par\.?|lid)\s*(\d+[a-z]*)\b", re.I)),
    ("ordpara", re.compile(r"(" + _ORD_PAT + r")\s+paragraph\b", re.I)),
    ("ordsub", re.compile(r"(" + _ORD_PAT + r")\s+sub-?paragraph\b", re.I)),
    ("alinea", re.compile(r"(" + _ORD_PAT + r")\s+alinea\b", re.I)),
    ("point", re.compile(r"(?:points?|punt|pt\.?)\s*\(?\s*" + _POINT_TOKEN + r"\s*\)?", re.I)),
    ("onder", re.compile(r"(?:onder|sub)\s+\(?" + _POINT_TOKEN + r"\)?", re.I)),
    ("bare", re.compile(_POINT_TOKEN + r"\)", re.I)),
]
_EXPECTED: Final = (
    "expected e.g. 'Art. 26(8)', 'Art. 5(1)(h)', 'Art. 113, third paragraph, point (c)', "
    "'Art. 6(3), second subparagraph', 'Annex III, point 4(a)', 'Annex I, Section A, point 1', "
    "'Artikel 26, lid 8' or 'Bijlage III, punt 4, onder a', optionally followed by "
    "'of Regulation (EU) 2026/1744'"
)


def _next_token(s: str, pos: int) -> tuple[str, re.Match[str]] | None:
    for name, regex in _TOKENS:
        m = regex.match(s, pos)
        if m:
            return name, m
    return None


def _fail(text: str, what: str) -> LegalRefError:
    return LegalRefError(f"cannot parse legal reference {text!r}: {what}; {_EXPECTED}")


def _parse(text: str, act: str) -> LegalRef:
    if not isinstance(text, str):
        raise LegalRefError(f"cannot parse legal reference {text!r}: expected a string")
    s = " ".join(text.replace("\u00a0", " ").split()).strip().rstrip(".;").strip()
    s = _from_latin(s)
    if not s:
        raise _fail(text, "the text is empty")
    whole = _WHOLE_ACT_RE.match(s)
    if whole:
        return _build(text, act=f"{whole.group(1)}/{int(whole.group(2))}")
    suffix = _ACT_SUFFIX_RE.search(s)
    if suffix:
        act = f"{suffix.group(1)}/{int(suffix.group(2))}"
        s = s[: suffix.start()]
    kwargs: dict[str, Any] = {"act": act}
    points: list[str] = []
    head = _HEAD_ARTICLE_RE.match(s)
    if head:
        kwargs["article"] = head.group(1).lower()
        in_article = True
    else:
        head = _HEAD_ANNEX_RE.match(s)
        if not head:
            raise _fail(text, "it does not start with an article or an annex")
        numeral = head.group(1)
        value = int(numeral) if numeral.isdigit() else _from_roman(numeral)
        if not value:
            raise _fail(text, f"{numeral!r} is not an annex number")
        kwargs["annex"] = _to_roman(value)
        in_article = False
    pos, stage = head.end(), 0
    while True:
        sep = re.compile(r"[\s,]*").match(s, pos)
        pos = sep.end() if sep else pos
        if pos >= len(s):
            break
        token = _next_token(s, pos)
        if token is None:
            raise _fail(text, f"unexpected {s[pos:]!r}")
        name, m = token
        value_text = m.group(1)
        if name == "paren" and in_article and stage < _STAGE_PARA and value_text[0].isdigit():
            name = "para"
        if name in ("paren", "point", "onder", "bare"):
            if name in ("onder", "bare") and not points:
                raise _fail(text, f"{m.group(0)!r} needs a preceding point")
            if name == "point" and points:
                raise _fail(text, f"a second {m.group(0)!r}")
            points.append(value_text.lower())
            new_stage = _STAGE_POINT
        elif name == "section":
            if in_article:
                raise _fail(text, "articles have no sections")
            kwargs["section"] = value_text.upper()
            new_stage = _STAGE_SECTION
        elif name == "para":
            if not in_article:
                raise _fail(text, "annexes have no paragraphs")
            kwargs["paragraph"] = value_text.lower()
            new_stage = _STAGE_PARA
        elif name == "ordpara" or (name == "alinea" and stage < _STAGE_PARA):
            kwargs["unnumbered_paragraph"] = _parse_ordinal(value_text)
            new_stage = _STAGE_PARA
        else:  # ordsub, or alinea after "lid N"
            kwargs["subparagraph"] = _parse_ordinal(value_text)
            new_stage = _STAGE_SUB
        if new_stage < stage or (new_stage == stage and new_stage != _STAGE_POINT):
            raise _fail(text, f"{m.group(0)!r} is out of order")
        stage, pos = new_stage, m.end()
    kwargs["point"] = tuple(points)
    return _build(text, **kwargs)


def _build(text: str, **kwargs: Any) -> LegalRef:
    try:
        return LegalRef(**kwargs)
    except LegalRefError as exc:
        raise _fail(text, str(exc)) from None
