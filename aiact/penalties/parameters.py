"""Fine parameters as dated declarations: the law as data (Arts. 75c, 99, 100, 101).

Each :class:`FineParameter` carries its citation (canonical ``LegalRef`` text such as
``"Art. 99(3)"``), the law versions it belongs to, the date it applies from, the fixed amount
(EUR, :class:`~decimal.Decimal`), the percentage of turnover (``Decimal("7")`` means 7 %) and the
rule that combines them. An analyst can read a declaration beside the article text and check it.

Dates of application:

* Chapter XII (Arts. 99-101) applies from 2 August 2025, "with the exception of Article 101"
  (Art. 113, third paragraph, point (b)); Art. 101 applies from the general date, 2 August 2026
  (Art. 113, second paragraph).
* Art. 99(4)(da) and Art. 99(6a) were inserted by Regulation (EU) 2026/1744 (Art. 1, point (38)),
  in force from 27 July 2026: they exist only in the amended text.
* Art. 75c (inserted by Regulation (EU) 2026/1744, Art. 1) sits in Chapter IX, which applies from
  the general date, 2 August 2026: only in the amended text.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from aiact.penalties.tiers import FineTier
from aiact.versions import ALL_VERSIONS, ONLY_AMENDED, LawVersion


class Combination(StrEnum):
    """How a declaration combines its fixed amount and its percentage of turnover."""

    HIGHER_OF = "higher_of"
    """'whichever is higher' (Art. 99(3)-(5); Art. 101(1))."""
    LOWER_OF = "lower_of"
    """'whichever [thereof] is lower' (Art. 99(6); Art. 99(6a))."""
    FIXED_ONLY = "fixed_only"
    """Only a fixed amount (Art. 100(2)-(3))."""
    NATIONAL = "national"
    """No EU amount: national law decides (Art. 99(1); Art. 99(8))."""
    APPLIES_OTHER = "applies_other"
    """Applies other paragraphs mutatis mutandis (Art. 75c(4))."""


class FineParameter(BaseModel):
    """One dated declaration of a fine parameter, with its source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str = Field(description="Stable identifier, e.g. 'art_99_3'.")
    citation: str = Field(description="Canonical citation, e.g. 'Art. 99(3)'.")
    title: str = Field(description="What the provision does, in one line.")
    versions: frozenset[LawVersion] = Field(description="The law versions containing it.")
    applies_from: dt.date = Field(description="The date from which it applies.")
    applies_until: dt.date | None = Field(
        default=None, description="Last day it applies, if ended."
    )
    fixed_amount_eur: Decimal | None = Field(default=None, ge=0, description="Fixed amount, EUR.")
    percentage: Decimal | None = Field(
        default=None, ge=0, description="Percentage of turnover: Decimal('7') means 7 %."
    )
    combination: Combination
    relief_for_tiers: frozenset[FineTier] = Field(
        default=frozenset(),
        description="For a size relief (Art. 99(6), 99(6a)): the tiers it modifies.",
    )
    text: str = Field(description="The operative words of the provision, quoted.")
    source: str = Field(default="Regulation (EU) 2024/1689", description="The act it is in.")

    def in_force(self, law: LawVersion, as_of: dt.date) -> bool:
        """Whether this declaration belongs to ``law`` and applies on ``as_of``."""
        if law not in self.versions or as_of < self.applies_from:
            return False
        return self.applies_until is None or as_of <= self.applies_until


class Art99_4Point(BaseModel):
    """One point of the list in Art. 99(4): which provision its fine covers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    point: str = Field(description="The point letter: 'a' ... 'g', or 'da'.")
    citation: str = Field(description="Canonical citation, e.g. 'Art. 99(4)(e)'.")
    covers: tuple[str, ...] = Field(description="The provisions whose breach it fines.")
    addressees: str = Field(description="Whose obligations.")
    versions: frozenset[LawVersion]
    applies_from: dt.date

    def in_force(self, law: LawVersion, as_of: dt.date) -> bool:
        """Whether this point belongs to ``law`` and applies on ``as_of``."""
        return law in self.versions and as_of >= self.applies_from


#: Chapter XII applies from 2 August 2025 (Art. 113, third paragraph, point (b)).
CHAPTER_XII_APPLIES_FROM = dt.date(2025, 8, 2)
#: Art. 101 is excepted from point (b): it applies from 2 August 2026 (Art. 113, second paragraph).
ART_101_APPLIES_FROM = dt.date(2026, 8, 2)
#: Regulation (EU) 2026/1744 in force (its Art. 4): 99(4)(da) and 99(6a) exist from this day.
OMNIBUS_IN_FORCE = LawVersion.AMENDED.in_force_from
#: Art. 75c (Chapter IX) applies from the general date of application (Art. 113, second paragraph).
ART_75C_APPLIES_FROM = dt.date(2026, 8, 2)

_M = Decimal(1_000_000)
_OMNIBUS = "Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744"

ART_99_1 = FineParameter(
    key="art_99_1",
    citation="Art. 99(1)",
    title="Member States lay down penalties for infringements (no EU ceiling)",
    versions=ALL_VERSIONS,
    applies_from=CHAPTER_XII_APPLIES_FROM,
    combination=Combination.NATIONAL,
    text="Member States shall lay down the rules on penalties and other enforcement measures, "
    "which may also include [administrative fines,] warnings and non-monetary measures, "
    "applicable to [any] infringement[s] of this Regulation by operators (bracketed words: "
    "amended text).",
)
ART_99_3 = FineParameter(
    key="art_99_3",
    citation="Art. 99(3)",
    title="Prohibited AI practices (Art. 5)",
    versions=ALL_VERSIONS,
    applies_from=CHAPTER_XII_APPLIES_FROM,
    fixed_amount_eur=35 * _M,
    percentage=Decimal(7),
    combination=Combination.HIGHER_OF,
    text="administrative fines of up to EUR 35 000 000 or, if the offender is an undertaking, up "
    "to 7 % of its total worldwide annual turnover for the preceding financial year, whichever "
    "is higher",
)
ART_99_4 = FineParameter(
    key="art_99_4",
    citation="Art. 99(4)",
    title="Obligations of operators and notified bodies listed in points (a)-(g) [and (da)]",
    versions=ALL_VERSIONS,
    applies_from=CHAPTER_XII_APPLIES_FROM,
    fixed_amount_eur=15 * _M,
    percentage=Decimal(3),
    combination=Combination.HIGHER_OF,
    text="administrative fines of up to EUR 15 000 000 or, if the offender is an undertaking, up "
    "to 3 % of its total worldwide annual turnover for the preceding financial year, whichever "
    "is higher",
)
ART_99_5 = FineParameter(
    key="art_99_5",
    citation="Art. 99(5)",
    title="Incorrect, incomplete or misleading information to notified bodies or authorities",
    versions=ALL_VERSIONS,
    applies_from=CHAPTER_XII_APPLIES_FROM,
    fixed_amount_eur=Decimal("7500000"),
    percentage=Decimal(1),
    combination=Combination.HIGHER_OF,
    text="administrative fines of up to EUR 7 500 000 or, if the offender is an undertaking, up to "
    "1 % of its total worldwide annual turnover for the preceding financial year, whichever is "
    "higher",
)
ART_99_6 = FineParameter(
    key="art_99_6",
    citation="Art. 99(6)",
    title="SMEs, including start-ups: lower of amount and percentage, paragraphs 3, 4 and 5",
    versions=ALL_VERSIONS,
    applies_from=CHAPTER_XII_APPLIES_FROM,
    combination=Combination.LOWER_OF,
    relief_for_tiers=frozenset({FineTier.ART_99_3, FineTier.ART_99_4, FineTier.ART_99_5}),
    text="In the case of SMEs, including start-ups, each fine referred to in this Article shall "
    "be up to the percentages or amount referred to in paragraphs 3, 4 and 5, whichever "
    "thereof is lower.",
)
ART_99_6A = FineParameter(
    key="art_99_6a",
    citation="Art. 99(6a)",
    title="SMCs: lower of amount and percentage, paragraphs 4 and 5 only",
    versions=ONLY_AMENDED,
    applies_from=OMNIBUS_IN_FORCE,
    combination=Combination.LOWER_OF,
    relief_for_tiers=frozenset({FineTier.ART_99_4, FineTier.ART_99_5}),
    text="In the case of SMCs, each fine referred to in paragraphs 4 and 5 shall be up to the "
    "percentages or amount referred therein, whichever is lower.",
    source=_OMNIBUS,
)
ART_99_8 = FineParameter(
    key="art_99_8",
    citation="Art. 99(8)",
    title="Public authorities and bodies: national rules decide",
    versions=ALL_VERSIONS,
    applies_from=CHAPTER_XII_APPLIES_FROM,
    combination=Combination.NATIONAL,
    text="Each Member State shall lay down rules on to what extent administrative fines may be "
    "imposed on public authorities and bodies established in that Member State.",
)
ART_100_2 = FineParameter(
    key="art_100_2",
    citation="Art. 100(2)",
    title="Union institutions: prohibited practices (Art. 5)",
    versions=ALL_VERSIONS,
    applies_from=CHAPTER_XII_APPLIES_FROM,
    fixed_amount_eur=Decimal("1500000"),
    combination=Combination.FIXED_ONLY,
    text="Non-compliance with the prohibition of the AI practices referred to in Article 5 shall "
    "be subject to administrative fines of up to EUR 1 500 000.",
)
ART_100_3 = FineParameter(
    key="art_100_3",
    citation="Art. 100(3)",
    title="Union institutions: any other requirement or obligation",
    versions=ALL_VERSIONS,
    applies_from=CHAPTER_XII_APPLIES_FROM,
    fixed_amount_eur=Decimal("750000"),
    combination=Combination.FIXED_ONLY,
    text="The non-compliance of the AI system with any requirements or obligations under this "
    "Regulation, other than those laid down in Article 5, shall be subject to administrative fines "
    "of up to EUR 750 000.",
)
ART_101_1 = FineParameter(
    key="art_101_1",
    citation="Art. 101(1)",
    title="Providers of general-purpose AI models (Commission); no SME relief (A18)",
    versions=ALL_VERSIONS,
    applies_from=ART_101_APPLIES_FROM,
    fixed_amount_eur=15 * _M,
    percentage=Decimal(3),
    combination=Combination.HIGHER_OF,
    text="fines not exceeding 3 % of their annual total worldwide turnover in the preceding "
    "financial year or EUR 15 000 000, whichever is higher",
)
ART_75C_4 = FineParameter(
    key="art_75c_4",
    citation="Art. 75c(4)",
    title="AI Office: Art. 99(3) to (7) apply mutatis mutandis",
    versions=ONLY_AMENDED,
    applies_from=ART_75C_APPLIES_FROM,
    combination=Combination.APPLIES_OTHER,
    text="A decision adopted pursuant to paragraph 1 of this Article may be accompanied by the "
    "imposition of penalties in accordance with Article 99(3) to (7), which provisions shall apply "
    "mutatis mutandis to the AI Office in the execution of its supervision and enforcement tasks "
    "referred to in Article 75(1).",
    source=_OMNIBUS,
)
ART_75C_4_A = FineParameter(
    key="art_75c_4_a",
    citation="Art. 75c(4)(a)",
    title="AI Office: any applicable provision is fined at the Art. 99(4) level",
    versions=ONLY_AMENDED,
    applies_from=ART_75C_APPLIES_FROM,
    combination=Combination.APPLIES_OTHER,
    relief_for_tiers=frozenset({FineTier.NATIONAL_ONLY}),
    text="In particular, the following shall be subject to administrative fines as referred to in "
    "Article 99(4): (a) infringement of any applicable provision of this Regulation, including "
    "those not listed in Article 99(4)",
    source=_OMNIBUS,
)

#: Every declaration, in citation order.
PARAMETERS: tuple[FineParameter, ...] = (
    ART_75C_4,
    ART_75C_4_A,
    ART_99_1,
    ART_99_3,
    ART_99_4,
    ART_99_5,
    ART_99_6,
    ART_99_6A,
    ART_99_8,
    ART_100_2,
    ART_100_3,
    ART_101_1,
)

#: The tier parameters of the national-authority regime (Art. 99(3)-(5)).
TIER_PARAMETERS: dict[FineTier, FineParameter] = {
    FineTier.ART_99_3: ART_99_3,
    FineTier.ART_99_4: ART_99_4,
    FineTier.ART_99_5: ART_99_5,
    FineTier.ART_101: ART_101_1,
}


def _point(
    point: str, covers: tuple[str, ...], addressees: str, amended: bool = False
) -> Art99_4Point:
    return Art99_4Point(
        point=point,
        citation=f"Art. 99(4)({point})",
        covers=covers,
        addressees=addressees,
        versions=ONLY_AMENDED if amended else ALL_VERSIONS,
        applies_from=OMNIBUS_IN_FORCE if amended else CHAPTER_XII_APPLIES_FROM,
    )


#: The list of Art. 99(4): which provisions each point covers. Point (da) was inserted by
#: Regulation (EU) 2026/1744, Art. 1, point (38)(b).
ART_99_4_POINTS: tuple[Art99_4Point, ...] = (
    _point("a", ("Art. 16",), "providers"),
    _point("b", ("Art. 22",), "authorised representatives"),
    _point("c", ("Art. 23",), "importers"),
    _point("d", ("Art. 24",), "distributors"),
    _point("da", ("Art. 25(2)", "Art. 25(4)"), "providers and operators", amended=True),
    _point("e", ("Art. 26",), "deployers"),
    _point(
        "f",
        ("Art. 31", "Art. 33(1)", "Art. 33(3)", "Art. 33(4)", "Art. 34"),
        "notified bodies",
    ),
    _point("g", ("Art. 50",), "providers and deployers (transparency)"),
)


def declaration(key: str) -> FineParameter:
    """The declaration with ``key`` (e.g. ``"art_99_6a"``); ``KeyError`` names the known keys."""
    for parameter in PARAMETERS:
        if parameter.key == key:
            return parameter
    known = ", ".join(p.key for p in PARAMETERS)
    raise KeyError(f"no fine parameter {key!r}; known: {known}")


def in_force(key: str, law: LawVersion, as_of: dt.date) -> FineParameter | None:
    """The declaration ``key`` if it belongs to ``law`` and applies on ``as_of``, else ``None``."""
    parameter = declaration(key)
    return parameter if parameter.in_force(law, as_of) else None


def art_99_4_point(citation: str) -> Art99_4Point | None:
    """The Art. 99(4) point with this citation (``"Art. 99(4)(da)"``), or ``None``."""
    for point in ART_99_4_POINTS:
        if point.citation == citation:
            return point
    return None
