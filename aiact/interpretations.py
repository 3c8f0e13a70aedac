"""Named interpretations of the open legal questions (reference A1-A18).

Where the text of the Act is ambiguous, the library does not decide silently: each question is a
named switch with a documented default, the engine reads it as a fact (``interp.<name>``), and the
Assessment reports the reading it used. See ``docs/adr/`` for the reasoning behind each default.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class HighRiskGating(StrEnum):
    """A1: do Arts. 43, 47-49, 72, 73 and 86 wait for the high-risk classification date?"""

    CLASSIFICATION = "classification"
    """Default. No system is 'high-risk' before Art. 6 applies to it, so these duties start with the
    Sections 1-3 date of its route (Art. 113, third paragraph, point (c), amended text)."""
    LITERAL = "literal"
    """Section 5 and Chapter IX are not deferred: they apply from 2 August 2026 (Art. 113)."""


class Art111Cutoff(StrEnum):
    """A2: which 'date of application of Chapter III referred to in Article 113' is the
    Art. 111(2) cut-off under the amended text?"""

    ROUTE_DATE = "route_date"
    """Default. The Sections 1-3 date of the system's route: 2 Dec 2027 (Annex III) or
    2 Aug 2028 (Annex I)."""
    GENERAL_DATE = "general_date"
    """The general date of application, 2 August 2026."""


class PublicAuthorityUse(StrEnum):
    """A3: 'intended to be used by public authorities' (Art. 111(2), second sentence)."""

    INTENDED_OR_ACTUAL = "intended_or_actual"
    """Default (protective). Either the provider's intended purpose or actual use by a public
    authority brings the system under the 2 August 2030 deadline."""
    INTENDED_PURPOSE = "intended_purpose"
    """Only the provider's intended purpose counts (Art. 3(12))."""
    ACTUAL_USE = "actual_use"
    """Only actual use by a public authority counts."""


# --------------------------------------------------------------- second reading (issue 12): A6, A20


class Art5Paragraph2(StrEnum):
    """A6 (revised): Art. 5(2) makes the use of real-time remote biometric identification
    'authorised only if the law enforcement authority has completed a fundamental rights impact
    assessment as provided for in Article 27 and has registered the system in the EU database
    according to Article 49' (docs/adr/0020-a6-art5-2-condition-and-duty.md)."""

    CONDITION_AND_DUTY = "condition_and_duty"
    """Default (reference 17, A6). Both: without the FRIA and the registration the use is outside
    the exception, hence the prohibited practice of Art. 5(1)(h); and the deployer relying on the
    exception has the duty to do both before each use, from 2 February 2025."""
    CONDITION_ONLY = "condition_only"
    """Only a condition of the exception: no separate duty is listed."""
    DUTY_ONLY = "duty_only"
    """Only a duty: since Arts. 27 and 49 themselves apply later, their absence does not take the
    use outside the exception; the deployer must still perform them."""


class Art2Paragraph12(StrEnum):
    """A20: Art. 2(12) keeps free and open-source systems in scope where they 'fall under
    Article 5 or 50' (docs/adr/0021-a20-open-source-falls-under-art50.md)."""

    KIND = "kind"
    """Default (reference 17, A20). A system of a kind that Art. 50(1)-(4) describes falls under
    Art. 50 even where an exception of Art. 50 lifts the duty."""
    DUTY = "duty"
    """Only a system for which an Art. 50 duty applies falls under Art. 50."""


class Interpretations(BaseModel):
    """The readings of the open legal questions that an evaluation uses."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    high_risk_gating: HighRiskGating = Field(
        default=HighRiskGating.CLASSIFICATION,
        description="A1: Section 5 and Chapter IX duties wait for the classification date.",
    )
    art111_cutoff: Art111Cutoff = Field(
        default=Art111Cutoff.ROUTE_DATE,
        description="A2: the Art. 111(2) cut-off under the amended text.",
    )
    public_authority_use: PublicAuthorityUse = Field(
        default=PublicAuthorityUse.INTENDED_OR_ACTUAL,
        description="A3: what makes a legacy system 'intended to be used by public authorities'.",
    )
    annex_i_section_b_keeps_articles_4_5_50: bool = Field(
        default=True,
        description="A4: for Annex I Section B systems, Art. 2(2) says 'only Article 6(1) ... "
        "apply'; "
        "the conservative default still applies Arts. 4, 5 and 50.",
    )
    derogation_requires_no_significant_risk: bool = Field(
        default=True,
        description="A7: the Art. 6(3) derogation needs both a condition (a)-(d) and the absence "
        "of a "
        "significant risk (conservative default); false: a condition (a)-(d) suffices.",
    )
    union_institutions_are_public_law_bodies: bool | None = Field(
        default=None,
        description="A8: whether Union institutions are 'bodies governed by public law' for Art. "
        "27(1); "
        "unknown by default, so the FRIA duty of a Union institution is undetermined.",
    )
    chatbot_text_is_synthetic_content: bool = Field(
        default=True,
        description="A12: a text-generating chatbot generates synthetic text under Art. 50(2) "
        "unless "
        "the assistive-editing exception is shown.",
    )
    undertaking: Literal["group", "entity"] = Field(
        default="group",
        description="A10: 'undertaking' for fine ceilings is the economic unit (group), by analogy "
        "with "
        "CJEU C-383/23 ILVA; 'entity' uses the organisation's own figures.",
    )

    # --- second reading (issue 12): A6, A20
    art5_2_reading: Art5Paragraph2 = Field(
        default=Art5Paragraph2.CONDITION_AND_DUTY,
        description="A6: Art. 5(2) (FRIA and registration before real-time remote biometric "
        "identification) is a condition of the Art. 5(1)(h) exception and a duty (default), only "
        "a condition, or only a duty.",
    )
    open_source_falls_under_art50: Art2Paragraph12 = Field(
        default=Art2Paragraph12.KIND,
        description="A20: an open-source system 'falls under Article 50' (Art. 2(12)) when it is "
        "of a kind Art. 50(1)-(4) describes (default) or only when an Art. 50 duty applies.",
    )

    def _second_reading_facts(self) -> dict[str, bool | None]:
        """The A6 and A20 switches as engine facts."""
        a6 = self.art5_2_reading
        return {
            "interp.a6_art5_2_condition": a6 is not Art5Paragraph2.DUTY_ONLY,
            "interp.a6_art5_2_duty": a6 is not Art5Paragraph2.CONDITION_ONLY,
            "interp.a20_kind_falls_under_art50": self.open_source_falls_under_art50
            is Art2Paragraph12.KIND,
        }

    def _second_reading_labels(self) -> dict[str, str]:
        return {
            "A6": self.art5_2_reading.value,
            "A20": self.open_source_falls_under_art50.value,
        }

    def as_facts(self) -> dict[str, bool | None]:
        """The switches as engine facts (``interp.<name>``), so rules read them visibly."""
        return {
            "interp.a1_classification_gated": self.high_risk_gating
            is HighRiskGating.CLASSIFICATION,
            "interp.a2_route_cutoff": self.art111_cutoff is Art111Cutoff.ROUTE_DATE,
            "interp.a3_count_intended_purpose": self.public_authority_use
            in (PublicAuthorityUse.INTENDED_OR_ACTUAL, PublicAuthorityUse.INTENDED_PURPOSE),
            "interp.a3_count_actual_use": self.public_authority_use
            in (PublicAuthorityUse.INTENDED_OR_ACTUAL, PublicAuthorityUse.ACTUAL_USE),
            "interp.a4_section_b_keeps_4_5_50": self.annex_i_section_b_keeps_articles_4_5_50,
            "interp.a7_require_no_significant_risk": self.derogation_requires_no_significant_risk,
            "interp.a8_union_institution_public_law_body": (
                self.union_institutions_are_public_law_bodies
            ),
            "interp.a12_chatbot_text_synthetic": self.chatbot_text_is_synthetic_content,
            **self._second_reading_facts(),
        }

    def labels(self) -> dict[str, str]:
        """The reading used for each question, keyed by the reference number (A1 ...)."""
        return {
            "A1": self.high_risk_gating.value,
            "A2": self.art111_cutoff.value,
            "A3": self.public_authority_use.value,
            "A4": "keep_4_5_50" if self.annex_i_section_b_keeps_articles_4_5_50 else "literal_only",
            "A7": "both_required"
            if self.derogation_requires_no_significant_risk
            else "condition_suffices",
            "A8": "unknown"
            if self.union_institutions_are_public_law_bodies is None
            else str(self.union_institutions_are_public_law_bodies).lower(),
            "A10": self.undertaking,
            "A12": "synthetic" if self.chatbot_text_is_synthetic_content else "not_synthetic",
            **self._second_reading_labels(),
        }


DEFAULT_INTERPRETATIONS = Interpretations()
