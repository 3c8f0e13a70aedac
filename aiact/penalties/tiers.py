"""The fine tiers an obligation can be tagged with (Arts. 99-101 of Regulation (EU) 2024/1689).

The obligation catalogue tags each obligation with a :class:`FineTier` and a pinpoint ``fine_ref``
(for example ``"Art. 99(4)(e)"`` for a deployer duty under Art. 26). The tier says which ceiling
applies; the pinpoint says which point of the list it comes from.
"""

from __future__ import annotations

from enum import StrEnum


class FineTier(StrEnum):
    """The EU fine tier of an obligation (reference section 14)."""

    ART_99_3 = "art_99_3"
    """Art. 99(3): the Art. 5 prohibitions; EUR 35 000 000 or 7 % of turnover."""
    ART_99_4 = "art_99_4"
    """Art. 99(4): the operator and notified-body duties listed in points (a)-(g) (and (da) in the
    amended text); EUR 15 000 000 or 3 %."""
    ART_99_5 = "art_99_5"
    """Art. 99(5): incorrect, incomplete or misleading information; EUR 7 500 000 or 1 %."""
    ART_101 = "art_101"
    """Art. 101(1): providers of general-purpose AI models, fined by the Commission; EUR 15 000 000
    or 3 %, from 2 August 2026."""
    NATIONAL_ONLY = "national_only"
    """No EU ceiling: the obligation is not listed in Art. 99(3)-(5); national penalties under
    Art. 99(1) apply (reference 14.5, ambiguity A11)."""
    NO_PENALTY = "no_penalty"
    """No penalty under Art. 99 at all: the addressee is not an operator (Art. 3(8)), and Art.
    99(1) lays down penalties for infringements "by operators" (reading A36=operators_only, for
    the Art. 25(4) supplier that holds no operator role: obligation
    art25_4_supplier_not_operator). Neither a national authority nor the AI Office (Art. 75c(1):
    "an operator") fines it."""


#: The tiers of Art. 99(3)-(5), to which the SME relief of Art. 99(6) applies.
ARTICLE_99_TIERS: frozenset[FineTier] = frozenset(
    {FineTier.ART_99_3, FineTier.ART_99_4, FineTier.ART_99_5}
)
