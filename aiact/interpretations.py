"""Named interpretations of the open legal questions (reference A1-A22; A23 and A24 added
on the second reading of Art. 5(4) and of the distributor under Art. 5(1); A25 on the models of
the published Art. 25(4); A26 on a provider established both in the Union and in a third
country; A27 on the date of Art. 80(4)-(5) for a system placed before the Art. 111(2) cut-off;
A28 on the authorised representative of a third-country provider that only puts its system into
service; A29 on a contract allocating the obligations otherwise under Art. 25(1)(a); A30 on the
classification after an Art. 80(2) finding; A31 on the Annex III point 2 exception of a system
also listed in another point; A15, named in round 12, on Art. 6(1a) and Annex III point 2; A32
on a provider established in the Union whose system's output only is used in the Union; A33 on
the Art. 5 placing ban for a provider reached only by Art. 2(1)(c); A34, named in round 14, on
what the Art. 26(5) relief of a financial-institution deployer covers; A35 on which third-party
suppliers of Art. 25(4) the Regulation reaches; A36 on whether Art. 99(4)(da) fines a third-party
supplier that is not an operator; A37, named in round 15, on whether a Member State penalises the
Art. 54 tasks of a general-purpose AI model provider's authorised representative; A38 on the fine
for refusing a competent authority access to the logs under Art. 21(2); A39 on which duties of a
Union institution Art. 100(3) fines; A40, named in round 16, on whom the financial-fraud exception
of Annex III point 5(b) takes out; A41, named in round 16, on a system high-risk through an
Annex I Section B product that Annex III also lists; A42, named in round 17, on whether a Member
State's public authority is one of the "bodies governed by public law" of Art. 27(1); A43 on
whether a body governed by public law is one of the "public authorities and bodies" of Art.
99(8); A44, named in round 29, on whether the post-remote use of Art. 26(10) makes a system that
identifies without a significant delay a post-remote one; A45, named in round 29, on whether Art.
111(2) shelters the third-party supplier of Art. 25(4) that is not an operator; A46, named in
round 30, on whether Art. 111(3) reaches the Art. 25(4) duty of the supplier of a
general-purpose AI model placed on the market before 2 August 2025).

Where the text of the Act is ambiguous, the library does not decide silently: each question is a
named switch with a documented default, the engine reads it as a fact (``interp.<name>``), and the
Assessment reports the reading it used. See ``docs/adr/`` for the reasoning behind each default.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


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


# --------------------------------------------------------------------------- timing readings
# (A19, A21, A22: the dates of Arts. 111 and 113; see docs/adr/0011-timing-readings.md)


class GPAINotificationTiming(StrEnum):
    """A19: does Art. 111(3) ("shall take the necessary steps in order to comply with the
    obligations laid down in this Regulation by 2 August 2027") defer the Art. 52(1) notification
    for models placed on the market before 2 August 2025?"""

    DEFERRED = "deferred"
    """Default. Deferred to 2 August 2027 like Arts. 53-55: the text names no exception."""
    DUE_FROM_2025 = "due_from_2025"
    """Due from 2 August 2025 (Art. 113, third paragraph, point (b)): a procedure, not a
    compliance duty."""


class LegacyGeneralDuties(StrEnum):
    """A21: do Art. 111(1) and (2) ("this Regulation"; only Art. 5 is reserved) defer Art. 4 and
    Art. 50 for Annex X components and legacy high-risk systems?"""

    NOT_DEFERRED = "not_deferred"
    """Default. Art. 4 concerns the organisation's staff, not the system; Art. 50 informs
    persons and marks content, not a requirement of a high-risk system, and in the amended text
    has its own transitional rule in Art. 111(4). Both apply on their Art. 113 dates."""
    LITERAL = "literal"
    """Read literally: Art. 111(1) and (2) defer them like every other provision but Art. 5."""


class DerogationDutiesDate(StrEnum):
    """A22: from when do the Art. 6(4) documentation and the Art. 49(2) registration bind the
    provider of an Annex III system that is not high-risk under Art. 6(3)?"""

    GENERAL_DATE = "general_date"
    """Default. The general date, 2 August 2026 (Art. 113, second paragraph): the amended point (c)
    defers Sections 1-3 only "as regards AI systems classified as high-risk pursuant to
    Article 6(2) and Annex III", and a derogated system is not so classified."""
    ANNEX_III_DATE = "annex_iii_date"
    """The Annex III date of point (c)(i), 2 December 2027: Art. 6(4) sits in Section 1, whose
    application the amended point (c) defers for Annex III. This reading moves with Art. 6(4)
    the whole group: the Art. 49(2) registration (Section 5), with the Art. 49(4) registration
    of such a system, and Art. 80(4)-(5) (Chapter IX), which are not in Sections 1-3
    themselves (review-timing note)."""


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


# ---------------------------------------- second reading, rounds 4-5 (issue 12): A23, A24, A25


class Art5Paragraph4(StrEnum):
    """A23: Art. 5(4): "Without prejudice to paragraph 3, each use of a 'real-time' remote
    biometric identification system in publicly accessible spaces for law enforcement purposes
    shall be notified to the relevant market surveillance authority and the national data
    protection authority" (docs/adr/0025-a23-art5-4-notification-duty.md)."""

    DUTY = "duty"
    """Default. A duty of each use only: Art. 5(4) is not among the conditions of point (h)
    ("unless and in so far as such use is strictly necessary"), of Art. 5(2) ("authorised only
    if") or of Art. 5(3), sets no time before the use, and is "without prejudice to paragraph 3".
    A use not (yet) notified is not the prohibited practice; it infringes the Art. 5(4) duty."""
    CONDITION_AND_DUTY = "condition_and_duty"
    """Also a condition of the exception: a use not notified is outside the exception, hence the
    practice Art. 5(1)(h) prohibits (the behaviour before this reading was named)."""


class DistributorsAndArt5(StrEnum):
    """A24: does Art. 5(1), which prohibits "the placing on the market, the putting into service
    or the use" of a system (points (a)-(g), (ba), (bb)), bind a distributor, which "makes an AI
    system available on the Union market" (Art. 3(7)), while "placing on the market" is "the first
    making available" (Art. 3(9))? (docs/adr/0026-a24-distributors-and-art5.md)"""

    BOUND = "bound"
    """Default. Bound: the prohibitions are of practices, not of named operators; each making
    available of the system is a "supply ... for distribution or use on the Union market"
    (Art. 3(10)) that continues a prohibited placing; a distributor is an operator (Art. 3(8))
    fined under Art. 99(3) "non-compliance with the prohibition of the AI practices referred to
    in Article 5". Its Art. 24 duties end where the placing is prohibited (ADR 0024)."""
    NOT_BOUND = "not_bound"
    """Not bound: Art. 5(1) names the placing on the market ("the first making available",
    Art. 3(9)), the putting into service and the use, not the further making available that is
    the distributor's activity (Art. 3(7), "other than the provider or the importer"); its
    duties for the system are those of Art. 24, which stay."""


class OriginalArt25Paragraph4Models(StrEnum):
    """A25: is a third party that supplies only an AI model for a high-risk AI system bound by
    the published Art. 25(4), which names "the third party that supplies an AI system, tools,
    services, components, or processes that are used or integrated in a high-risk AI system" and
    no AI model, while the next sentence excepts open-source "tools, services, processes, or
    components, other than general-purpose AI models"? The amended text names "AI model"
    (Regulation (EU) 2026/1744); the switch reads only under the published text
    (docs/adr/0027-a25-original-art25-4-models.md)."""

    EVERY_MODEL = "every_model"
    """Default. Every AI model counts as a component: the exception's "components, other than
    general-purpose AI models" treats models as a kind of component, recital 89 asks developers
    of the open-source "AI components other than general-purpose AI models" it releases for
    "model cards", and recital 97 calls AI models "essential components of AI systems". The
    published text then binds what the amended text names."""
    GENERAL_PURPOSE_MODEL = "general_purpose_model"
    """Only a general-purpose AI model counts among the "components" (the one model the
    exception names); a bare supply of another AI model is not read in, as the list names
    none."""
    NO_MODEL = "no_model"
    """The list as written: no bare supply of an AI model, general-purpose or not, is read in."""


# ------------------------------------------------------------------ round 8: A26


class ThirdCountryProvider(StrEnum):
    """A26: is a provider with a place of establishment in the Union that is also established in
    a third country (a legal person with its seat outside the Union and a branch in a Member
    State, or the reverse) one of the "providers established in third countries" that "shall,
    by written mandate, appoint an authorised representative which is established in the
    Union" (Art. 22(1) for high-risk AI systems, Art. 54(1) for general-purpose AI models)?
    Read only where the organisation says it is also established in a third country
    (``Organisation.also_established_in_third_country``;
    docs/adr/0028-a26-provider-established-in-the-union-and-a-third-country.md)."""

    NOT_ESTABLISHED_IN_THE_UNION = "not_established_in_the_union"
    """Default. "Established in third countries" means not established in the Union: recital 82
    speaks of "those providers who are not established in the Union", Art. 2(1)(f) of
    "authorised representatives of providers, which are not established in the Union", and the
    purpose ("a person established in the Union can provide authorities with all the necessary
    information", recital 82) is met by the provider's own establishment in the Union."""
    ANY_THIRD_COUNTRY_ESTABLISHMENT = "any_third_country_establishment"
    """The words of Art. 22(1) and 54(1): a provider established in a third country is one of
    them even with an establishment in the Union, and must appoint an authorised representative
    (a person of its own: a branch cannot receive a mandate from the provider it is part of)."""


# ------------------------------------------------------------------ round 8: A27


class ReclassifiedSystemTiming(StrEnum):
    """A27: from when do the duties of Art. 80(4)-(5) bind the provider of an Annex III system
    that it classified as not high-risk under Art. 6(3) and that a market surveillance
    authority finds high-risk (Art. 80(1)-(2)), when the system was placed on the market or put
    into service before the Art. 111(2) cut-off? Art. 80(4): the provider brings it "into
    compliance with the requirements and obligations laid down in this Regulation"; Art. 111(2):
    "this Regulation shall apply to operators of high-risk AI systems ... placed on the market or
    put into service before [the cut-off] ... only if, as from that date, those systems are
    subject to significant changes in their designs"
    (docs/adr/0029-a27-art80-reclassified-legacy-system.md)."""

    LEGACY_HIGH_RISK = "legacy_high_risk"
    """Default (since round 9). Once found high-risk the system is, and was, a high-risk AI
    system (Art. 6(2)-(3) classify objectively; the Art. 80(2) finding establishes it) placed
    before the cut-off: Art. 111(2), whose words do not turn on the provider's classification,
    applies (duties only after a significant change in design; providers of systems intended
    for public authorities by 2 August 2030), Art. 111(1) to Annex X components, and otherwise
    the duties bind from the date Chapter III applies to Annex III systems (2 December 2027,
    amended Art. 113, third paragraph, point (c)(i); 2 August 2026 in the original text)."""
    PLACED_AS_NOT_HIGH_RISK = "placed_as_not_high_risk"
    """The default until round 8. The duties follow the provider's own Art. 6(3)
    classification, as the Art. 6(4) and Art. 49(2) duties do (A22): Art. 80 (Chapter IX)
    applies from the general date, Art. 111(1) applies to Annex X components, and Art. 111(2),
    which shelters "operators of high-risk AI systems", never, since the provider placed the
    system as not high-risk (the procedure exists against misclassification "in order to
    circumvent the application of requirements", Art. 80(7))."""


# ------------------------------------------------------------------ round 9: A28


class Art22Trigger(StrEnum):
    """A28: does Art. 22(1) bind a provider established in a third country that puts its
    high-risk AI system into service in the Union without making it available on the Union
    market? Art. 22(1): "Prior to making their high-risk AI systems available on the Union market,
    providers established in third countries shall, by written mandate, appoint an authorised
    representative"; Art. 3(10): making available is "the supply ... for distribution or use on
    the Union market in the course of a commercial activity"; Art. 3(11): putting into service is
    "the supply of an AI system for first use directly to the deployer or for own use in the
    Union". Read only through ``Exclusions.made_available_on_union_market``
    (docs/adr/0030-a28-authorised-representative-putting-into-service.md)."""

    PLACING_OR_PUTTING_INTO_SERVICE = "placing_or_putting_into_service"
    """Default. Every third-country provider whose high-risk system is placed on the market, put
    into service or used in the Union appoints one: recital 82 ("under all circumstances, a person
    established in the Union can provide authorities with all the necessary information"; the
    representative's "pivotal role in ensuring the compliance of the high-risk AI systems placed
    on the market or put into service in the Union by those providers"), and the mandate itself
    counts from putting into service (Art. 22(3)(b): "10 years after the high-risk AI system has
    been placed on the market or put into service"; Art. 22(3)(e) with Art. 49(1): registration
    "before placing on the market or putting into service")."""
    MAKING_AVAILABLE_ONLY = "making_available_only"
    """The words of Art. 22(1): only a provider that makes the system available on the Union
    market (Art. 3(10)), which includes a commercial supply directly to a deployer for first use;
    putting into service for the provider's own use, or a supply outside a commercial activity,
    does not oblige it to appoint a representative."""


# ------------------------------------------------------------------ round 9: A29


class OwnNameContract(StrEnum):
    """A29: does a distributor, importer, deployer or other third party that puts its name or
    trademark on a high-risk AI system already placed on the market or put into service stay
    outside the Art. 25(1) role shift when a contract allocates the obligations otherwise? Art.
    25(1): it "shall be considered to be a provider of a high-risk AI system for the purposes of
    this Regulation and shall be subject to the obligations of the provider under Article 16" in
    the circumstance of point (a), "they put their name or trademark on a high-risk AI system
    already placed on the market or put into service, without prejudice to contractual
    arrangements stipulating that the obligations are otherwise allocated" (recital 84 the same)
    (docs/adr/0031-a29-own-name-and-contractual-allocation.md)."""

    PROVIDER_REGARDLESS = "provider_regardless"
    """Default. The party is the provider under Art. 25(1)(a) whatever the contract: the
    paragraph says it "shall be considered to be a provider"; "without prejudice to" leaves the
    contract its effect between the parties (who carries out which obligation, who bears the
    cost), not an exception to the shift, which the text would have written as "unless"."""
    CONTRACT_DISPLACES_SHIFT = "contract_displaces_shift"
    """A contract allocating the obligations otherwise displaces the shift: the party that put
    its name on the system is not the provider under point (a) (the library's reading until
    round 9)."""


# ------------------------------------------------------------------ round 10: A30


class Art80Finding(StrEnum):
    """A30: does a market surveillance authority's finding under Art. 80(2) set the
    classification of the system? Art. 80(1)-(2): where the authority "has sufficient reason to
    consider that an AI system classified by the provider as non-high-risk pursuant to Article
    6(3) is indeed high-risk" and "finds that the AI system concerned is high-risk, it shall
    without undue delay require the relevant provider to take all necessary actions to bring the
    AI system into compliance with the requirements and obligations laid down in this
    Regulation" (docs/adr/0032-a30-art80-finding-sets-the-classification.md)."""

    FINDING_SETS_CLASSIFICATION = "finding_sets_classification"
    """Default. The Art. 6(3) derogation does not hold where the authority has found the system
    high-risk (the decision binds until annulled): the system is high-risk under Art. 6(2) and
    Annex III for every operator, and the Chapter III requirements and obligations that Art.
    80(2) and (4) point to follow, dated by the timing rules (Art. 111(2) and 113, reading A27)."""
    PROVIDER_ASSESSMENT_STANDS = "provider_assessment_stands"
    """The classification follows the facts of the Art. 6(3) assessment whatever the finding:
    only the Art. 80(4)-(5) duties follow from it (the library's behaviour until round 10)."""


# ------------------------------------------------------------------ round 12: A31


class Point2Exception(StrEnum):
    """A31: is a high-risk AI system listed in point 2 of Annex III (critical infrastructure) and
    also in another point (for instance 5(a)) spared by the point 2 exception of Arts. 27(1),
    49(1), 49(3), 60(4)(c) and 86(1) (and so of Art. 26(8), which points to Art. 49)? Art. 27(1):
    "with the exception of high-risk AI systems intended to be used in the area listed in point 2
    of Annex III"; Art. 49(1): "with the exception of high-risk AI systems referred to in point 2
    of Annex III"; Art. 49(3): "with the exception of high-risk AI systems listed in point 2 of
    Annex III"; Art. 60(4)(c) (registration of testing in real-world conditions): "with the
    exception of ... high-risk AI systems referred to in point 2 of Annex III" (round 14; there
    also a product of Annex I Section A listed in point 2, which the amended Art. 60(1) brings in
    through Annex I: review30); Art. 86(1): "with the exception of systems listed under point 2
    thereof" (docs/adr/0034-a31-annex-iii-point-2-exception.md). Not Art. 75(1)(a)(ii) (the AI
    Office's competence), whose class is not one of Annex III systems (ADR 0034, round 14)."""

    POINT_2_ALONE = "point_2_alone"
    """Default. Only a system listed in point 2 alone is excepted: a system also listed in
    another point is a high-risk system "listed in Annex III" through that point, and the duty
    of that point stays (the FRIA, the registrations and the right to explanation exist for the
    areas of the other points; an exception is read narrowly)."""
    ANY_POINT_2_LISTING = "any_point_2_listing"
    """The words of the exception: a system listed in (referred to in, intended to be used in
    the area of) point 2 is excepted even if it is also listed in another point."""


# ------------------------------------------------------------------ round 12: A15


class Art6Paragraph1aScope(StrEnum):
    """A15: does the amended Art. 6(1a) ("For the purposes of this Regulation, including
    paragraph 1 of this Article, AI systems that are solely used for non-safety related aspects
    of user assistance, performance optimisation, service efficiency, automation or convenience
    or quality control shall not qualify as safety components"; Regulation (EU) 2026/1744) also
    narrow the "safety components" of Annex III point 2 ("AI systems intended to be used as
    safety components in the management and operation of critical digital infrastructure, road
    traffic, or in the supply of water, gas, heating or electricity")? Art. 6(1b)
    ("Notwithstanding paragraph 1a, AI systems the failure or malfunctioning of which would
    endanger health and safety shall qualify as safety components") follows paragraph 1a
    wherever it applies. Read only under the amended text: the original text has no
    Art. 6(1a) (docs/adr/0035-a15-art6-1a-and-annex-iii-point-2.md)."""

    APPLIES = "applies"
    """Default (reference 17, A15: "apply; flag"). "For the purposes of this Regulation" reaches
    every "safety component" of the Regulation, Annex III point 2 included; "including
    paragraph 1" only makes sure Annex I is among them. A system solely used for those
    non-safety aspects, whose failure or malfunctioning would endanger no one's health and
    safety, is not a safety component, so not in point 2."""
    ANNEX_I_ONLY = "annex_i_only"
    """Art. 6(1a) narrows only the safety components of Art. 6(1) (Annex I): it stands in the
    Annex I paragraphs of Art. 6, and point 2 keeps the Art. 3(14) definition unchanged."""


# ------------------------------------------------------------------ round 12: A32


class Art2Paragraph1cUnionProvider(StrEnum):
    """A32: is a provider established in the Union that places nothing on the Union market and
    puts nothing into service there (it supplies only a client abroad), but whose system's
    output is used in the Union, reached by the Regulation? Art. 2(1)(a) reaches "providers
    placing on the market or putting into service AI systems ... in the Union" (placing on the
    market is on "the Union market", Art. 3(9); putting into service is the supply "for first
    use directly to the deployer or for own use in the Union", Art. 3(11)); Art. 2(1)(c) names
    "providers and deployers of AI systems that have their place of establishment or are
    located in a third country, where the output produced by the AI system is used in the
    Union" (NL "die in een derde land zijn gevestigd of er zich bevinden"). Read literally,
    neither point names the Union provider; recital 22 gives point (c) an anti-circumvention
    purpose (docs/adr/0036-a32-art2-1c-union-provider.md)."""

    REACHED = "reached"
    """Default (the library's answer since round 12, review22: unnamed until now). The output
    rule reaches every provider whose system's output is used in the Union, wherever it is
    established: a provider established in the Union cannot be less reached than one in a
    third country (a fortiori), and recital 22 reads point (c) against the circumvention of the
    Regulation by processing abroad what is used in the Union."""
    THIRD_COUNTRY_ONLY = "third_country_only"
    """The words of point (c): the output used in the Union reaches a provider only where it
    has its place of establishment or is located in a third country, that is, where it is not
    established in the Union (a provider also established in a third country counts where
    reading A26 says it is one of the providers "established in third countries"). A Union
    provider that only exports is then reached by no point of Art. 2(1) as a provider;
    where its establishment is unknown, its reach stays undetermined."""


# ------------------------------------------------------------------ round 12: A33


class Art5OutputOnlyProvider(StrEnum):
    """A33: is a provider reached only by Art. 2(1)(c) (it places nothing on the Union market and
    puts nothing into service in the Union, Art. 3(9), 3(11), but its system's output is used
    in the Union) bound by the Art. 5(1) prohibition of "the placing on the market, the putting
    into service or the use" of a prohibited AI system (NL "het in de handel brengen, het in
    gebruik stellen of het gebruiken")? Placing on the market is "on the Union market" (Art.
    3(9)) and putting into service is the supply for use "in the Union" (Art. 3(11)), so such a
    provider does nothing in the Union that the words forbid; recital 22 extends the Regulation
    to it "to prevent the circumvention of this Regulation"
    (docs/adr/0036-a32-art2-1c-union-provider.md, section A33)."""

    BOUND = "bound"
    """Default (the library's answer since scope12b, round 12). A provider the Act reaches is
    bound by the ban on its activity: point (c) brings it within the Regulation, and Art. 5 is
    the first of the rules that apply to it; an AI system prohibited in the Union whose output
    is used there would otherwise escape the ban by being run abroad, the circumvention recital
    22 names."""
    PLACING_IN_UNION_ONLY = "placing_in_union_only"
    """The words of Art. 5(1) with Art. 3(9) and 3(11): the ban forbids placing on the Union
    market and putting into service in the Union; a provider that does neither (reached only
    because the output is used in the Union) is not bound by it as a provider. A deployer
    using the system stays bound by the ban on the use (Art. 2(1)(b)-(c))."""


# ------------------------------------------------------------------ round 14: A34, A35


class FinancialDeployerMonitoring(StrEnum):
    """A34: what does Art. 26(5), second subparagraph, deem fulfilled for a deployer that is a
    financial institution subject to internal-governance requirements under Union financial
    services law? "the monitoring obligation set out in the first subparagraph shall be deemed to
    be fulfilled by complying with the rules on internal governance arrangements, processes and
    mechanisms pursuant to the relevant financial service law" (NL "wordt de
    monitoringsverplichting overeenkomstig de eerste alinea geacht te zijn vervuld"). The first
    subparagraph sets out the monitoring on the basis of the instructions for use and, with it,
    the duties to inform the provider or distributor and the market surveillance authority and
    to suspend the use on a risk, and to report serious incidents; its last sentence calls them
    together "This obligation" (docs/adr/0038-a34-art26-5-financial-institutions.md)."""

    MONITORING_ONLY = "monitoring_only"
    """Default (the library's answer since round 12). Only the monitoring of the operation on the
    basis of the instructions for use is deemed fulfilled; the duties to inform (the providers
    under Art. 72, in the same first sentence; the provider or distributor and the authority on
    a risk), to suspend the use and to report serious incidents stay as they are: recital 158
    asks for "limited derogations" in relation
    to "the monitoring obligation placed on deployers", and where the Act lets financial
    governance stand in for a provider's quality management system it keeps the post-market
    monitoring and the serious-incident reporting out (Art. 17(4): "with the exception of
    paragraph 1, points (g), (h) and (i)")."""
    WHOLE_FIRST_SUBPARAGRAPH = "whole_first_subparagraph"
    """The obligation set out in the first subparagraph, which that subparagraph itself calls
    one obligation ("This obligation shall not cover ..."), is deemed fulfilled as a whole by
    complying with the financial-services governance rules: the monitoring and the duties to
    inform, to suspend the use and to report serious incidents that go with it."""


class SupplierReach(StrEnum):
    """A35: which third parties that supply "an AI system, AI model, tools, services, components,
    or processes that are used or integrated in a high-risk AI system" (Art. 25(4); the published
    text lists no AI model, reading A25) does the Regulation reach? Art. 2(1) lists providers,
    deployers, importers, distributors, product manufacturers, authorised representatives and
    affected persons, and names no supplier; Art. 25(4) binds the supplier with "the provider of
    a high-risk AI system" to a written agreement "in order to enable the provider of the
    high-risk AI system to fully comply with the obligations set out in this Regulation"
    (docs/adr/0039-a35-art25-4-supplier-reach.md)."""

    THROUGH_PROVIDER = "through_provider"
    """Default (the library's answer since round 12, review22 and review24). The supplier is
    reached through the provider it supplies, for the system it supplies: wherever Art. 2(1)(a)
    or (c) reaches that provider for that system (placed on the market, put into service or used
    in the Union, or its output used in the Union: for a provider established in a third country
    under either reading of A32), Art. 25(4) binds both parties to the agreement the provider
    needs to comply."""
    SYSTEM_IN_UNION = "system_in_union"
    """The supplier is reached only where the high-risk system it supplies is placed on the
    market, put into service or used in the Union (Art. 2(1)(a), Art. 3(9), 3(11)), not where
    only the system's output is used in the Union: point (c) names "providers and deployers"
    only, and extends the Regulation beyond the Union's territory to them alone."""


class Art99Paragraph4daAddressees(StrEnum):
    """A36: does Art. 99(4)(da), inserted by Regulation (EU) 2026/1744 ("(da) obligations of
    providers and operators pursuant to Article 25(2) and (4)"), fine a third party that supplies
    "an AI system, AI model, tools, services, components, or processes" (Art. 25(4)) but holds
    none of the roles of an 'operator' ("a provider, product manufacturer, deployer, authorised
    representative, importer or distributor", Art. 3(8))? Art. 99(1) as replaced lays down
    penalties "applicable to any infringement of this Regulation by operators" (the published
    Art. 99(1), "infringements of this Regulation by operators", raises the same question for
    the national penalties of the published text: review33, review34). A supplier of a
    general-purpose AI model that is that model's provider (Art. 3(3); the fact
    ``value_chain.provides_supplied_model``) is an operator under either reading; a reseller of
    another provider's model is not (importer and distributor are defined for AI systems, Art.
    3(6), 3(7)); the initial provider of Art. 25(2) is fined under both, since point (da)'s
    "providers ... pursuant to Article 25(2)" can mean no one else
    (docs/adr/0040-a36-art99-4-da-supplier.md)."""

    EVERY_ADDRESSEE = "every_addressee"
    """Default (the library's answer before A36 was named). Point (da) fines the obligations
    "pursuant to Article 25(2) and (4)" of every addressee those paragraphs bind: Art. 25(4) binds
    "the provider of a high-risk AI system and the third party that supplies", and Art. 25(2) an
    initial provider that "shall no longer be considered to be a provider of that specific AI
    system", so "providers and operators" is read as a loose name for those addressees; an
    obligation binding a party without a penalty would not be "effective, proportionate and
    dissuasive" (Art. 99(1))."""
    OPERATORS_ONLY = "operators_only"
    """The words decide: point (da) names "providers and operators", and Art. 99(1) reaches
    infringements "by operators" (Art. 3(8)); a third-party supplier that is neither (no operator
    role for the system, and not the provider of a general-purpose AI model it supplies)
    infringes Art. 25(4) without an Art. 99 penalty: no Art. 99(4) ceiling, no penalty under Art.
    99(1)."""


class ModelRepresentativePenalties(StrEnum):
    """A37: may a Member State penalise an infringement of Art. 54 by the authorised
    representative of a provider of a general-purpose AI model? Art. 99(1) has the Member States
    lay down penalties "applicable to infringements of this Regulation by operators" (as
    replaced: "any infringement"), and an operator is "a provider, product manufacturer,
    deployer, authorised representative, importer or distributor" (Art. 3(8)). But "The
    Commission shall have exclusive powers to supervise and enforce Chapter V" (Art. 88(1)), of
    which Art. 54 is part, and the Commission fines only "providers of general-purpose AI models"
    (Art. 101(1)). Neither version of Art. 99(4) lists Art. 54, and the AI Office's Art. 75c
    reaches "an operator falling within the scope of Article 75(1)", whose AI systems a model is
    not (docs/adr/0041-a37-art54-representative-penalties.md). The reading bears on the exposure
    rows of the Chapter V duties that are not a provider's (``art54_3``), in both versions."""

    NATIONAL_PENALTIES = "national_penalties"
    """Default (the library's answer before A37 was named). National penalties under Art. 99(1),
    with no EU ceiling: the representative is an operator (Art. 3(8)), Art. 99(1) reaches
    infringements "by operators", and Art. 88(1) is read, as its heading ("Enforcement of the
    obligations of providers of general-purpose AI models"), the heading of Section 5 of Chapter
    IX and recital 162 ("the obligations on providers of general-purpose AI models") read it,
    as the Commission's powers over the providers, whom alone Arts. 89-94 and 101 address."""
    COMMISSION_ONLY = "commission_only"
    """The words of Art. 88(1) decide: Chapter V, Art. 54 included, is the Commission's to
    enforce, exclusively, and Art. 99(1) applies "In accordance with the terms and conditions
    laid down in this Regulation"; the Commission fines providers only (Art. 101(1)). The
    representative's infringement of Art. 54 carries no penalty at all (reached through the
    provider, whose Art. 54 and 53 duties Art. 101 and the measures of Art. 93(1)(a) enforce)."""


class Art21Paragraph2Fine(StrEnum):
    """A38: is the duty of Art. 21(2) ("Upon a reasoned request by a competent authority,
    providers shall also give the requesting competent authority, as applicable, access to the
    automatically generated logs of the high-risk AI system referred to in Article 12(1), to the
    extent such logs are under their control") fined under Art. 99(4)(a) ("obligations of
    providers pursuant to Article 16")? Art. 16(k) ("upon a reasoned request of a national
    competent authority, demonstrate the conformity of the high-risk AI system with the
    requirements set out in Section 2") is what Art. 21(1) spells out; no point of Art. 16 names
    access to the logs (Art. 16(e) is their keeping). Neither text is amended by Regulation (EU)
    2026/1744 (docs/adr/0042-a38-art21-2-log-access-fine.md)."""

    AS_ART16_K = "as_art16_k"
    """Default (the library's answer before A38 was named; reference 12A, row O08, lists Art.
    21 whole under Art. 99(4)(a)). The access is part of the demonstration of conformity Art.
    16(k) requires: Art. 21(2) gives it "also" on the same "reasoned request" as Art. 21(1),
    and the logs it opens are those Art. 12(1), a requirement of Section 2, makes the system
    record; so the duty is an obligation "pursuant to Article 16", point (k)."""
    NATIONAL_ONLY = "national_only"
    """The words of Art. 99(4)(a) decide: Art. 21(2) is an obligation pursuant to Art. 21, not
    to Art. 16, and no point of Art. 16 names access to the logs; it is not listed in Art.
    99(3)-(5), so its penalties are the Member States' under Art. 99(1), with no EU ceiling."""


class Art100Paragraph3Scope(StrEnum):
    """A39: what does Art. 100(3) ("The non-compliance of the AI system with any requirements or
    obligations under this Regulation, other than those laid down in Article 5, shall be subject
    to administrative fines of up to EUR 750 000") fine a Union institution, body, office or
    agency for? Any duty of the institution under the Regulation, or only the AI system's own
    non-compliance? Neither version changes Art. 100 (docs/adr/0043-a39-art100-3-scope.md).
    Read by the exposure only."""

    ANY_OBLIGATION = "any_obligation"
    """Default (the library's answer before A39 was named; reference 14.2: "broader than 99(4):
    *any* obligation"). Every duty of the institution other than Art. 5 (its AI literacy, its
    duties as deployer, its registrations, the explanations of Art. 86) is fined up to EUR 750
    000: the EDPS "may impose administrative fines on Union institutions ... falling within the
    scope of this Regulation" (Art. 100(1)), weighing "technical and organisational measures
    implemented by them" (point (b)), and "any requirements or obligations under this
    Regulation" names no addressee or list."""
    SYSTEM_ONLY = "system_only"
    """The words "of the AI system" decide: only a duty whose object is the AI system itself,
    its design or its output, can be "non-compliance of the AI system": the requirements of
    Chapter III, Section 2 ("High-risk AI systems shall comply with the requirements laid down
    in this Section", Art. 8(1); Arts. 8-15), the provider's duties that the system be compliant
    with them (Art. 16(a)) and with the accessibility requirements (Art. 16(l)), and the
    transparency duties on the system's design and outputs (Art. 50(1), 50(2)). Every other duty
    of the institution carries no fine under Art. 100 (and none under Art. 99, which is the
    Member States'); the EDPS keeps its powers as market surveillance authority (Art. 74(9))."""


# ------------------------------------------------------------------ round 16: A40


class CreditFraudException(StrEnum):
    """A40: whom does the exception of Annex III point 5(b) ("AI systems intended to be used to
    evaluate the creditworthiness of natural persons or establish their credit score, with the
    exception of AI systems used for the purpose of detecting financial fraud"; NL "met
    uitzondering van AI-systemen die gebruikt worden om financiële fraude op te sporen") take
    out: every system that is also used to detect financial fraud, or only a system whose
    purpose is the detection of financial fraud? Neither version changes Annex III
    (docs/adr/0044-a40-annex-iii-5b-fraud-exception.md)."""

    CREDIT_PURPOSE_KEPT = "credit_purpose_kept"
    """Default (since round 16). A system intended to evaluate creditworthiness or establish a
    credit score stays listed although it is also used to detect fraud; the exception takes out
    the systems used for detecting financial fraud, such as a system whose scoring serves only
    fraud detection. Recital 58 lists credit scoring because it determines "access to financial
    resources or essential services", which a secondary fraud use does not lessen, and explains
    the exception by systems "for the purpose of detecting fraud in the offering of financial
    services"; "for the purpose of" names the system's purpose, as "intended to be used to
    evaluate" names the point's; and the sibling exceptions of points 1(a) ("the sole purpose")
    and 7(d) take out only what has no other listed purpose. Fact:
    ``annex_iii.financial_fraud_detection_only``."""
    FRAUD_PURPOSE_EXCEPTS = "fraud_purpose_excepts"
    """The library's answer before A40 was named. The literal words: any system "used for the
    purpose of detecting financial fraud" is excepted, also where it evaluates creditworthiness
    or establishes a credit score as well. Facts: ``annex_iii.financial_fraud_detection`` (or
    the narrower ``financial_fraud_detection_only``)."""


class Art2Paragraph2AnnexIII(StrEnum):
    """A41: Art. 2(2) limits "AI systems classified as high-risk AI systems in accordance with
    Article 6(1) related to products covered by the Union harmonisation legislation listed in
    Section B of Annex I" to Art. 6(1), Arts. 102-109 and 112 (published; amended: Art. 6(1), Art.
    60a and Arts. 102-112; Arts. 57-59 as far as integrated). Art. 6(2): "In addition to the
    high-risk AI systems referred to in paragraph 1, AI systems referred to in Annex III shall be
    considered to be high-risk." Does the limit also bind a system high-risk through a Section B
    product that Annex III also lists (and the Art. 6(3) derogation does not take out)?
    (docs/adr/0045-a41-section-b-annex-iii.md; review46 D4.)"""

    ANNEX_III_APPLIES = "annex_iii_applies"
    """Default (the library's answer before A41 was named). The system is also classified under
    Art. 6(2), a ground of its own ("In addition to"), which Art. 2(2) does not limit: it names
    systems classified "in accordance with Article 6(1)" only, and Art. 6(2) classifies by the
    intended purpose, whatever the product. Chapter III applies, with the Annex III date."""
    SECTION_B_ONLY = "section_b_only"
    """The words of Art. 2(2) decide: the system is "classified as high-risk ... in accordance
    with Article 6(1) related to products covered by" Section B, so "only" the listed articles
    apply to it, whatever else classifies it; the sectoral legislation, into which the
    requirements are integrated (Art. 102-110 amend it), governs it. Chapter III does not
    apply."""


# ------------------------------------------------------------------ round 17: A42 and A43


class Art27PublicLawBodies(StrEnum):
    """A42: Art. 27(1) obliges "deployers that are bodies governed by public law, or are private
    entities providing public services" (NL "gebruiksverantwoordelijken die publiekrechtelijke
    organen zijn of particuliere entiteiten zijn die openbare diensten verlenen") to assess the
    impact on fundamental rights. Is a public authority of a Member State (the State, a regional
    or local authority, a ministry or a municipality) such a body? "Body governed by public law"
    is a term of Union procurement law (Directive 2014/24/EU, Art. 2(1)(1) and (4)), where it
    stands beside "the State, regional or local authorities", not over them; where the AI Act
    means public authorities it says so (Art. 26(8), Art. 49(3): "deployers that are public
    authorities"). (docs/adr/0046-a42-a43-public-law-bodies.md; review48, review55.)"""

    PUBLIC_AUTHORITIES_INCLUDED = "public_authorities_included"
    """Default (the library's answer before A42 was named). A public authority is a body
    governed by public law for Art. 27(1): the Act does not borrow the procurement directives'
    list; recital 96 extends the assessment to private entities because "Services important for
    individuals that are of public nature may also be provided by private entities" ("also":
    the public providers are bound already; review57); the Dutch text says "publiekrechtelijke
    organen", which a ministry or municipality is; and it would defeat the purpose to bind an
    agency and a private entity providing public services but not the State that instructs
    them."""
    PROCUREMENT_SENSE = "procurement_sense"
    """The procurement-law sense: a body governed by public law is a body established for
    needs in the general interest, with legal personality, financed, managed or supervised by
    the State (Directive 2014/24/EU, Art. 2(1)(4)), not the State, a regional or local
    authority itself (Art. 2(1)(1)); the Act names public authorities where it means them (Art.
    26(8), 49(3)). A public authority (kind ``public_authority``) is then not obliged by Art.
    27(1) as such a body; it still is as a deployer of an Annex III point 5(b) or 5(c) system.
    A public body with its own legal personality that meets Art. 2(1)(4) (an agency) is
    entered as kind ``body_governed_by_public_law``."""


class Art99Paragraph8PublicBodies(StrEnum):
    """A43: Art. 99(8): "Each Member State shall lay down rules on to what extent
    administrative fines may be imposed on public authorities and bodies established in that
    Member State" (NL "overheidsinstanties of -organen"). A body governed by public law in the
    procurement sense (Directive 2014/24/EU, Art. 2(1)(4)) may have the form of private law (a
    foundation, a company) and carry out an economic activity (a hospital, a housing
    association). Is it one of the "public ... bodies" whose fines the Member State's rule
    decides, or an undertaking fined under Art. 99(3)-(5) like any other?
    (docs/adr/0046-a42-a43-public-law-bodies.md; audit15b N1.)"""

    PUBLIC_BODY = "public_body"
    """Default (the library's answer before A43 was named). A body governed by public law is
    a public body (Art. 99(8)): the Act does not define "public ... bodies"; such a body is
    financed, managed or supervised by the State and established to meet needs in the general
    interest "not having an industrial or commercial character" (Directive 2014/24/EU, Art.
    2(1)(4)(a)); the same words in Art. 83(7) of Regulation (EU) 2016/679 leave the fines of
    "public authorities and bodies" to the Member State, whose rule can itself say which of its
    bodies it reaches. Its fines are the Member State's rule."""
    UNDERTAKING = "undertaking"
    """Only the State, its regional and local authorities and the bodies that exercise public
    powers are "public authorities and bodies" (NL "overheidsinstanties of -organen"); a body
    governed by public law that carries out an economic activity is an undertaking, fined
    under Art. 99(3)-(5) with the percentage of its turnover (Art. 99(3)-(4): "if the offender
    is an undertaking")."""


# ------------------------------------------------------------------ round 29: A44


class PostRemoteUse(StrEnum):
    """A44: Art. 26(10) binds "the deployer of a high-risk AI system for post-remote biometric
    identification" used "in the framework of an investigation for the targeted search of a
    person suspected or convicted of having committed a criminal offence". Art. 3(43): "'post-
    remote biometric identification system' means a remote biometric identification system
    other than a real-time remote biometric identification system"; Art. 3(42): real-time is
    where "the capturing of biometric data, the comparison and the identification all occur
    without a significant delay". Recital 17 tells them apart by the material: live or near-live
    for real-time, material "generated before the use of the system" for post. One system may
    identify both live and on recorded material, and Art. 5(1)(h) and Art. 26(10) regulate uses.
    Does a stated post-remote use in a targeted search bring in Art. 26(10) for a system that
    also identifies without a significant delay? (docs/adr/0047-a44-post-remote-use.md; review73
    D3.)"""

    USE_DECIDES = "use_decides"
    """Default (the library's answer before A44 was named). The stated use decides: a system
    used on recorded material in a targeted search (context fact
    ``post_remote_biometric_identification_criminal_investigation``) is used "for post-remote
    biometric identification" (Art. 26(10)), even where it also identifies without a
    significant delay (a system used both live and on recorded material); Art. 5(1)(h) governs
    its live use, Art. 26(10) its use afterwards."""
    DEFINITION_DECIDES = "definition_decides"
    """Art. 3(43) read literally: a system that identifies without a significant delay is a
    real-time system and not a post-remote one ("other than"), so the stated use does not make
    it one; Art. 26(10)'s duties then follow the definition
    (``def.post_remote_biometric_identification``) alone, and an unknown delay leaves them
    undetermined."""


# ------------------------------------------------------------------ round 29: A45


class SupplierLegacyShelter(StrEnum):
    """A45: Art. 111(2), first sentence (both texts): "this Regulation shall apply to operators
    of high-risk AI systems, other than the systems referred to in paragraph 1 of this Article,
    that have been placed on the market or put into service before [the cut-off], only if, as
    from that date, those systems are subject to significant changes in their designs"; Art.
    3(8): "'operator' means a provider, product manufacturer, deployer, authorised
    representative, importer or distributor". Art. 25(4) binds "the provider of a high-risk AI
    system and the third party that supplies an AI system, [AI model,] tools, services,
    components, or processes that are used or integrated in a high-risk AI system", "in order to
    enable the provider of the high-risk AI system to fully comply with the obligations set out
    in this Regulation". Does Art. 111(2) shelter a third-party supplier that is not an operator
    of the legacy system it supplies? (docs/adr/0048-a45-supplier-legacy.md; review81, after
    review43 and review44.)"""

    FOLLOWS_PROVIDER = "follows_provider"
    """Default (the library's answer before A45 was named, review43). The supplier's duty serves
    the provider's compliance ("in order to enable the provider ... to fully comply"); where Art.
    111(2) keeps the Regulation from the provider's legacy system, the agreement has nothing to
    enable, so the supplier's Art. 25(4) duty follows the system's shelter: "never" for an
    unchanged legacy system outside the second sentence, by 2 August 2030 for one intended for
    public authorities, from a significant change."""
    OPERATORS_ONLY = "operators_only"
    """The words decide: Art. 111(2) shelters "operators of high-risk AI systems" (Art. 3(8)); a
    third-party supplier that holds no operator role for the system (not its provider, product
    manufacturer, deployer, authorised representative, importer or distributor) is not one, so
    its Art. 25(4) duty binds it from the date of Chapter III, Section 3 for the system's route,
    whenever the system was placed. Art. 111(1) (components of the large-scale IT systems of
    Annex X) still applies first: it speaks of systems, not operators. A supplier that is also
    an operator of the system, and the provider's own duty, stay sheltered."""


# ------------------------------------------------------------------ round 30: A46


class ModelSupplierTransition(StrEnum):
    """A46: Art. 111(3) (both texts, not amended by Regulation (EU) 2026/1744): "Providers of
    general-purpose AI models that have been placed on the market before 2 August 2025 shall
    take the necessary steps in order to comply with the obligations laid down in this
    Regulation by 2 August 2027". The third party that supplies a general-purpose AI model used
    or integrated in a high-risk AI system is, as the model's provider (Art. 3(3)), bound by the
    written agreement of Art. 25(4). Is that agreement one of "the obligations laid down in this
    Regulation" that Art. 111(3) defers for a model placed before 2 August 2025?
    (docs/adr/0049-a46-model-supplier-transition.md; rev30a D1.)"""

    MODEL_TRANSITION = "model_transition"
    """Default: the words decide. "The obligations laid down in this Regulation" are not limited
    to Chapter V, and the provider of such a model has until 2 August 2027 for each of them, the
    Art. 25(4) agreement included (it serves the same purpose as Art. 53(1)(b), recital 101).
    Art. 111(1) and (2) still decide whether and from when the duty binds for the system; Art.
    111(3) then puts it no earlier than 2 August 2027 (the later of the two dates). With the
    model's placing unknown the date is undetermined between the two."""
    CHAPTER_V_ONLY = "chapter_v_only"
    """Art. 111(3) defers the obligations the model's provider has as such (Chapter V, Arts.
    53-55, and the duties of a model assessment); the Art. 25(4) agreement is a duty towards a
    high-risk AI system and follows that system's date (Art. 113, Art. 111(1)-(2)), as before
    A46 was named."""


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
    # --- D1-D4 (issue 13): the Commission guidelines' readings of the definitions of Art. 3.
    # Each default follows the guideline; false reads the bare text of the Act where they differ
    # (docs/adr/0101-0104, docs/definitions.md).
    ai_system_guideline_exclusions: bool = Field(
        default=True,
        description="D1: systems with a limited capacity to infer (mathematical optimisation, "
        "classical heuristics, simple prediction) are not AI systems (Commission Guidelines on "
        "the definition of an AI system, C(2025) 5053 of 29.7.2025, paragraphs 41-45, 48-51); "
        "false: the text of Art. 3(1), under which machine learning or knowledge-based reasoning "
        "infers whatever its performance.",
    )
    emotion_ban_requires_biometric_data: bool = Field(
        default=True,
        description="D2: Art. 5(1)(f) covers only inferences from biometric data, as Art. 3(39) "
        "(Commission Guidelines on prohibited AI practices, C(2025) 5052 of 29.7.2025, "
        "paragraphs 245, 250-251); false: the text of Art. 5(1)(f), 'AI systems to infer "
        "emotions', whatever the input.",
    )
    emotion_training_use_allowed: bool = Field(
        default=True,
        description="D3: emotion recognition used only for a person's own training, with results "
        "that cannot affect them, is not prohibited (C(2025) 5052, paragraphs 254-255); false: "
        "Art. 5(1)(f) has no such exception.",
    )
    gpai_indicative_criterion: bool = Field(
        default=True,
        description="D4: a model trained with more than 10^23 FLOP that can generate language, "
        "text-to-image or text-to-video is presumed general-purpose unless it performs only a "
        "narrow set of tasks (Commission Guidelines on the scope of the obligations for "
        "general-purpose AI models, C(2025) 5045 of 18.7.2025, paragraphs 17-20); false: "
        "Art. 3(63) sets no compute criterion, so only the direct answer decides.",
    )

    @model_validator(mode="before")
    @classmethod
    def _by_reference_number(cls, data: Any) -> Any:
        """Accept the reference numbers of :data:`CODES` as keys (``{"A3": "actual_use"}``),
        with the field's values or the readings of :meth:`labels` (``{"A7": "both_required"}``)."""
        if not isinstance(data, Mapping):
            return data
        out: dict[str, Any] = {}
        for key, value in data.items():
            name = CODES.get(str(key).upper(), key) if isinstance(key, str) else key
            if name in out:
                raise ValueError(f"{key}: given twice (as {name} and by its reference number)")
            readings = _READINGS.get(name)
            if readings is not None and isinstance(value, str) and value in readings:
                value = readings[value]
            out[name] = value
        return out

    # -- timing readings (A19, A21, A22)
    gpai_notification: GPAINotificationTiming = Field(
        default=GPAINotificationTiming.DEFERRED,
        description="A19: Art. 111(3) defers the Art. 52(1) notification of a model placed before "
        "2 August 2025 to 2 August 2027 (default), or it is due from 2 August 2025.",
    )
    legacy_general_duties: LegacyGeneralDuties = Field(
        default=LegacyGeneralDuties.NOT_DEFERRED,
        description="A21: Art. 111(1)-(2) do not defer Art. 4 and Art. 50 (default), or they do "
        "(literal).",
    )
    derogation_duties_date: DerogationDutiesDate = Field(
        default=DerogationDutiesDate.GENERAL_DATE,
        description="A22: the Art. 6(4) and Art. 49(2) duties of a derogated Annex III system "
        "apply from the general date (default) or from the Annex III date of Art. 113, third "
        "paragraph, point (c)(i); the alternative also moves the Art. 49(4) registration of such "
        "a system and Art. 80(4)-(5), although Art. 49 is in Section 5 and Art. 80 in Chapter "
        "IX.",
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

    # --- second reading, round 4 (issue 12): A23, A24
    art5_4_reading: Art5Paragraph4 = Field(
        default=Art5Paragraph4.DUTY,
        description="A23: the Art. 5(4) notification of each use of real-time remote biometric "
        "identification is a duty only (default), or also a condition of the Art. 5(1)(h) "
        "exception.",
    )

    distributors_and_art5: DistributorsAndArt5 = Field(
        default=DistributorsAndArt5.BOUND,
        description="A24: the Art. 5(1) prohibitions of placing on the market bind distributors "
        "(default), or not (Art. 3(9): placing is the first making available).",
    )

    original_art25_4_models: OriginalArt25Paragraph4Models = Field(
        default=OriginalArt25Paragraph4Models.EVERY_MODEL,
        description="A25: under the published Art. 25(4), a bare supply of any AI model counts "
        "as a component (default), only of a general-purpose AI model, or of no AI model.",
    )

    third_country_provider: ThirdCountryProvider = Field(
        default=ThirdCountryProvider.NOT_ESTABLISHED_IN_THE_UNION,
        description="A26: a provider established in the Union and also in a third country is "
        "not one of the 'providers established in third countries' of Art. 22(1) and 54(1) "
        "(default: the recital 82 reading, 'not established in the Union'), or it is (the "
        "words: any establishment in a third country).",
    )

    reclassified_system_timing: ReclassifiedSystemTiming = Field(
        default=ReclassifiedSystemTiming.LEGACY_HIGH_RISK,
        description="A27: the Art. 80(4)-(5) duties of a provider whose Art. 6(3) "
        "classification an authority overturned treat the system as a legacy high-risk system "
        "(default since round 9: Art. 111(2) and the Annex III date of Chapter III), or follow "
        "the system as placed, not high-risk (the general date, never Art. 111(2)).",
    )

    art22_trigger: Art22Trigger = Field(
        default=Art22Trigger.PLACING_OR_PUTTING_INTO_SERVICE,
        description="A28: a third-country provider appoints an authorised representative "
        "(Art. 22(1)) whenever its high-risk system is placed on the market, put into service or "
        "used in the Union (default: recital 82, Art. 22(3)(b) and (e)), or only when it makes "
        "the system available on the Union market (the words; Art. 3(10)).",
    )

    own_name_contract: OwnNameContract = Field(
        default=OwnNameContract.PROVIDER_REGARDLESS,
        description="A29: a party that puts its name or trademark on a high-risk AI system is "
        "its provider under Art. 25(1)(a) whatever a contract allocating the obligations "
        "otherwise says (default: 'shall be considered to be a provider ... without prejudice "
        "to' the contract, which binds the parties only), or such a contract displaces the "
        "shift.",
    )

    art80_finding: Art80Finding = Field(
        default=Art80Finding.FINDING_SETS_CLASSIFICATION,
        description="A30: once a market surveillance authority has found a system its provider "
        "classified as not high-risk under Art. 6(3) to be high-risk (Art. 80(2)), the "
        "derogation does not hold and the system is high-risk for every operator (default: the "
        "decision binds until annulled), or the provider's assessment stands and only Art. "
        "80(4)-(5) follow.",
    )

    annex_iii_point_2_exception: Point2Exception = Field(
        default=Point2Exception.POINT_2_ALONE,
        description="A31: the Annex III point 2 exception of Arts. 27(1), 49(1), 49(3), 60(4)(c) "
        "and 86(1) spares only a system listed in point 2 alone (default: a system also listed in "
        "another point keeps the FRIA, the registrations and the right to explanation, and a "
        "product also covered by Annex I Section A keeps the EU registration of its testing, "
        "Art. 60(1) as amended), or every system listed in point 2, also where it is listed in "
        "another point or covered by Annex I too.",
    )

    art6_1a_scope: Art6Paragraph1aScope = Field(
        default=Art6Paragraph1aScope.APPLIES,
        description="A15: under the amended text, Art. 6(1a) ('for the purposes of this "
        "Regulation') also takes out of Annex III point 2 a system solely used for non-safety "
        "aspects whose failure would endanger no one (default), or it narrows only the safety "
        "components of Annex I (Art. 6(1)).",
    )

    art2_1c_union_provider: Art2Paragraph1cUnionProvider = Field(
        default=Art2Paragraph1cUnionProvider.REACHED,
        description="A32: a provider established in the Union that places nothing on the "
        "Union market and puts nothing into service there, but whose system's output is used "
        "in the Union, is reached as a provider (default: Art. 2(1)(c) read a fortiori, "
        "recital 22), or point (c) reaches only providers established or located in a third "
        "country, its words.",
    )

    art5_point_c_provider: Art5OutputOnlyProvider = Field(
        default=Art5OutputOnlyProvider.BOUND,
        description="A33: a provider reached only by Art. 2(1)(c) (nothing placed on the "
        "market or put into service in the Union, the output used there) is bound by the Art. "
        "5(1) ban on placing on the market and putting into service (default: recital 22, "
        "anti-circumvention), or only a provider that places on the Union market or puts into "
        "service in the Union is (Art. 3(9), 3(11)).",
    )

    art26_5_financial: FinancialDeployerMonitoring = Field(
        default=FinancialDeployerMonitoring.MONITORING_ONLY,
        description="A34: for a deployer that is a financial institution, Art. 26(5), second "
        "subparagraph, deems only the monitoring of the first subparagraph fulfilled by the "
        "financial-services governance rules (default: recital 158, 'limited derogations'; the "
        "duties to inform, suspend the use and report serious incidents stay), or the whole "
        "first subparagraph ('This obligation').",
    )

    art25_4_supplier_reach: SupplierReach = Field(
        default=SupplierReach.THROUGH_PROVIDER,
        description="A35: a third party supplying what a high-risk AI system uses (Art. 25(4)), "
        "which Art. 2(1) does not name, is reached wherever the provider it supplies is reached "
        "for that system, also only by the output used in the Union (default), or only where "
        "the system is placed on the market, put into service or used in the Union.",
    )

    art99_4_da_addressees: Art99Paragraph4daAddressees = Field(
        default=Art99Paragraph4daAddressees.EVERY_ADDRESSEE,
        description="A36: Art. 99(4)(da) fines 'obligations of providers and operators pursuant "
        "to Article 25(2) and (4)': every addressee of those paragraphs, the third-party supplier "
        "included (default), or only providers and operators (Art. 3(8); Art. 99(1) 'by "
        "operators'), so that a supplier holding no operator role for the system and not the "
        "provider of a general-purpose AI model it supplies has no Art. 99 penalty (in the "
        "published text, where point (da) does not exist, by Art. 99(1) alone).",
    )

    art54_representative_penalties: ModelRepresentativePenalties = Field(
        default=ModelRepresentativePenalties.NATIONAL_PENALTIES,
        description="A37: the Art. 54 tasks of a general-purpose AI model provider's authorised "
        "representative are penalised by the Member States under Art. 99(1) (default: an "
        "operator, Art. 3(8); no EU ceiling), or not at all (Art. 88(1): 'exclusive powers to "
        "supervise and enforce Chapter V'; Art. 101(1) fines providers only). Read by the "
        "exposure only.",
    )

    art21_2_fine: Art21Paragraph2Fine = Field(
        default=Art21Paragraph2Fine.AS_ART16_K,
        description="A38: the Art. 21(2) duty to give a competent authority access to the logs "
        "is fined under Art. 99(4)(a) as part of Art. 16(k) (default: 'also', on the same "
        "reasoned request as Art. 21(1); reference 12A, O08), or it is not an obligation "
        "'pursuant to Article 16' and has national penalties only (Art. 99(1), no EU ceiling).",
    )

    art100_3_scope: Art100Paragraph3Scope = Field(
        default=Art100Paragraph3Scope.ANY_OBLIGATION,
        description="A39: Art. 100(3) fines a Union institution up to EUR 750 000 for any duty "
        "under the Regulation other than Art. 5 (default), or only for 'the non-compliance of "
        "the AI system': Chapter III, Section 2 (Arts. 8-15, through Art. 16(a)), Art. 16(l) "
        "and Art. 50(1)-(2); its other duties carry no fine under Art. 100. Read by the exposure "
        "only.",
    )

    annex_iii_5b_fraud_exception: CreditFraudException = Field(
        default=CreditFraudException.CREDIT_PURPOSE_KEPT,
        description="A40: the exception of Annex III point 5(b) ('with the exception of AI "
        "systems used for the purpose of detecting financial fraud') takes out only a system "
        "used for detecting financial fraud and for no credit decision, so a credit-scoring "
        "system also used to detect fraud stays listed (default: recital 58; the purpose of the "
        "system, as in points 1(a) and 7(d)), or every system that is also used to detect "
        "financial fraud (the literal words; the library's answer before round 16).",
    )
    section_b_annex_iii: Art2Paragraph2AnnexIII = Field(
        default=Art2Paragraph2AnnexIII.ANNEX_III_APPLIES,
        description="A41: a system high-risk through an Annex I Section B product that Annex III "
        "also lists is also classified under Art. 6(2), which Art. 2(2) does not limit, so "
        "Chapter III applies (default); or Art. 2(2) limits it too ('only Article 6(1) ... "
        "apply'), and Chapter III does not apply.",
    )

    art27_public_law_bodies: Art27PublicLawBodies = Field(
        default=Art27PublicLawBodies.PUBLIC_AUTHORITIES_INCLUDED,
        description="A42: a public authority of a Member State is one of the 'bodies governed by "
        "public law' that Art. 27(1) obliges to assess the impact on fundamental rights "
        "(default: recital 96, 'publiekrechtelijke organen', the purpose), or only a body "
        "governed by public law in the procurement sense (Directive 2014/24/EU, Art. 2(1)(4)), "
        "which stands beside the State, regional and local authorities.",
    )
    art99_8_public_bodies: Art99Paragraph8PublicBodies = Field(
        default=Art99Paragraph8PublicBodies.PUBLIC_BODY,
        description="A43: a body governed by public law is one of the 'public authorities and "
        "bodies' whose fines are the Member State's rule under Art. 99(8) (default), or an "
        "undertaking fined under Art. 99(3)-(5). Read by the exposure only.",
    )
    art26_10_post_remote_use: PostRemoteUse = Field(
        default=PostRemoteUse.USE_DECIDES,
        description="A44: a system stated to be used for post-remote biometric identification in "
        "a targeted search (Art. 26(10)) is taken as post-remote even where it also identifies "
        "without a significant delay, a system used both live and on recorded material "
        "(default: the use decides), or only where it is not a real-time system (Art. 3(42), "
        "3(43): 'other than a real-time remote biometric identification system').",
    )
    art111_2_supplier_shelter: SupplierLegacyShelter = Field(
        default=SupplierLegacyShelter.FOLLOWS_PROVIDER,
        description="A45: the Art. 25(4) duty of a third-party supplier follows the Art. 111(2) "
        "shelter of the legacy system whose provider it enables (default), or, Art. 111(2) "
        "sheltering only 'operators of high-risk AI systems' (Art. 3(8)), binds a supplier that "
        "is not an operator of the system from the system's Chapter III date whenever it was "
        "placed (Art. 111(1) still applies).",
    )
    art111_3_model_supplier: ModelSupplierTransition = Field(
        default=ModelSupplierTransition.MODEL_TRANSITION,
        description="A46: Art. 111(3) gives the provider of a general-purpose AI model placed on "
        "the market before 2 August 2025 until 2 August 2027 for 'the obligations laid down in "
        "this Regulation', its Art. 25(4) agreement as the supplier of that model included, "
        "which then binds from the later of its usual date and 2 August 2027 (default), or "
        "Art. 111(3) defers only the model provider's Chapter V obligations and the supplier's "
        "duty follows the system.",
    )

    def _second_reading_facts(self) -> dict[str, bool | None]:
        """The A6, A15, A20, A23, A24, A25, A26, A27, A28, A29, A30, A31, A32, A33, A34, A35,
        A36, A38, A40, A41, A42, A44, A45 and A46 switches as engine facts."""
        a6 = self.art5_2_reading
        return {
            "interp.a6_art5_2_condition": a6 is not Art5Paragraph2.DUTY_ONLY,
            "interp.a6_art5_2_duty": a6 is not Art5Paragraph2.CONDITION_ONLY,
            "interp.a20_kind_falls_under_art50": self.open_source_falls_under_art50
            is Art2Paragraph12.KIND,
            "interp.a23_art5_4_condition": self.art5_4_reading is Art5Paragraph4.CONDITION_AND_DUTY,
            "interp.a24_distributor_bound": self.distributors_and_art5 is DistributorsAndArt5.BOUND,
            "interp.a25_general_purpose_model_component": self.original_art25_4_models
            is not OriginalArt25Paragraph4Models.NO_MODEL,
            "interp.a25_every_model_component": self.original_art25_4_models
            is OriginalArt25Paragraph4Models.EVERY_MODEL,
            "interp.a26_any_third_country_establishment": self.third_country_provider
            is ThirdCountryProvider.ANY_THIRD_COUNTRY_ESTABLISHMENT,
            "interp.a27_legacy_high_risk": self.reclassified_system_timing
            is ReclassifiedSystemTiming.LEGACY_HIGH_RISK,
            "interp.a28_making_available_only": self.art22_trigger
            is Art22Trigger.MAKING_AVAILABLE_ONLY,
            "interp.a29_contract_displaces_shift": self.own_name_contract
            is OwnNameContract.CONTRACT_DISPLACES_SHIFT,
            "interp.a30_finding_sets_classification": self.art80_finding
            is Art80Finding.FINDING_SETS_CLASSIFICATION,
            "interp.a31_any_point_2_listing_excepted": self.annex_iii_point_2_exception
            is Point2Exception.ANY_POINT_2_LISTING,
            "interp.a15_art6_1a_narrows_annex_iii_2": self.art6_1a_scope
            is Art6Paragraph1aScope.APPLIES,
            "interp.a32_third_country_only": self.art2_1c_union_provider
            is Art2Paragraph1cUnionProvider.THIRD_COUNTRY_ONLY,
            "interp.a33_placing_in_union_only": self.art5_point_c_provider
            is Art5OutputOnlyProvider.PLACING_IN_UNION_ONLY,
            "interp.a34_whole_first_subparagraph": self.art26_5_financial
            is FinancialDeployerMonitoring.WHOLE_FIRST_SUBPARAGRAPH,
            "interp.a35_system_in_union_only": self.art25_4_supplier_reach
            is SupplierReach.SYSTEM_IN_UNION,
            "interp.a36_operators_only": self.art99_4_da_addressees
            is Art99Paragraph4daAddressees.OPERATORS_ONLY,
            "interp.a38_national_only": self.art21_2_fine is Art21Paragraph2Fine.NATIONAL_ONLY,
            "interp.a40_fraud_purpose_excepts": self.annex_iii_5b_fraud_exception
            is CreditFraudException.FRAUD_PURPOSE_EXCEPTS,
            "interp.a41_section_b_only": self.section_b_annex_iii
            is Art2Paragraph2AnnexIII.SECTION_B_ONLY,
            "interp.a42_public_authorities_included": self.art27_public_law_bodies
            is Art27PublicLawBodies.PUBLIC_AUTHORITIES_INCLUDED,
            "interp.a44_post_remote_use_decides": self.art26_10_post_remote_use
            is PostRemoteUse.USE_DECIDES,
            "interp.a45_operators_only": self.art111_2_supplier_shelter
            is SupplierLegacyShelter.OPERATORS_ONLY,
            "interp.a46_model_transition": self.art111_3_model_supplier
            is ModelSupplierTransition.MODEL_TRANSITION,
        }

    def _second_reading_labels(self) -> dict[str, str]:
        return {
            "A6": self.art5_2_reading.value,
            "A20": self.open_source_falls_under_art50.value,
            "A23": self.art5_4_reading.value,
            "A24": self.distributors_and_art5.value,
            "A25": self.original_art25_4_models.value,
            "A26": self.third_country_provider.value,
            "A27": self.reclassified_system_timing.value,
            "A28": self.art22_trigger.value,
            "A29": self.own_name_contract.value,
            "A30": self.art80_finding.value,
            "A31": self.annex_iii_point_2_exception.value,
            "A15": self.art6_1a_scope.value,
            "A32": self.art2_1c_union_provider.value,
            "A33": self.art5_point_c_provider.value,
            "A34": self.art26_5_financial.value,
            "A35": self.art25_4_supplier_reach.value,
            "A36": self.art99_4_da_addressees.value,
            "A37": self.art54_representative_penalties.value,
            "A38": self.art21_2_fine.value,
            "A39": self.art100_3_scope.value,
            "A40": self.annex_iii_5b_fraud_exception.value,
            "A41": self.section_b_annex_iii.value,
            "A42": self.art27_public_law_bodies.value,
            "A43": self.art99_8_public_bodies.value,
            "A44": self.art26_10_post_remote_use.value,
            "A45": self.art111_2_supplier_shelter.value,
            "A46": self.art111_3_model_supplier.value,
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
            # D1-D4 (issue 13)
            "interp.d1_ai_system_guideline_exclusions": self.ai_system_guideline_exclusions,
            "interp.d2_emotion_ban_requires_biometric_data": (
                self.emotion_ban_requires_biometric_data
            ),
            "interp.d3_emotion_training_use_allowed": self.emotion_training_use_allowed,
            "interp.d4_gpai_indicative_criterion": self.gpai_indicative_criterion,
            # -- timing readings
            "interp.a19_notification_deferred": self.gpai_notification
            is GPAINotificationTiming.DEFERRED,
            "interp.a21_defer_4_and_50": self.legacy_general_duties is LegacyGeneralDuties.LITERAL,
            "interp.a22_annex_iii_date": self.derogation_duties_date
            is DerogationDutiesDate.ANNEX_III_DATE,
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
            # D1-D4 (issue 13): "guideline" (the default) or "text"
            "D1": "guideline" if self.ai_system_guideline_exclusions else "text",
            "D2": "guideline" if self.emotion_ban_requires_biometric_data else "text",
            "D3": "guideline" if self.emotion_training_use_allowed else "text",
            "D4": "guideline" if self.gpai_indicative_criterion else "text",
            # -- timing readings
            "A19": self.gpai_notification.value,
            "A21": self.legacy_general_duties.value,
            "A22": self.derogation_duties_date.value,
            **self._second_reading_labels(),
        }


CODES: dict[str, str] = {
    "A1": "high_risk_gating",
    "A2": "art111_cutoff",
    "A3": "public_authority_use",
    "A4": "annex_i_section_b_keeps_articles_4_5_50",
    "A7": "derogation_requires_no_significant_risk",
    "A8": "union_institutions_are_public_law_bodies",
    "A10": "undertaking",
    "A12": "chatbot_text_is_synthetic_content",
    "A15": "art6_1a_scope",
    "A6": "art5_2_reading",
    "A19": "gpai_notification",
    "A20": "open_source_falls_under_art50",
    "A21": "legacy_general_duties",
    "A22": "derogation_duties_date",
    "A23": "art5_4_reading",
    "A24": "distributors_and_art5",
    "A25": "original_art25_4_models",
    "A26": "third_country_provider",
    "A27": "reclassified_system_timing",
    "A28": "art22_trigger",
    "A29": "own_name_contract",
    "A30": "art80_finding",
    "A31": "annex_iii_point_2_exception",
    "A32": "art2_1c_union_provider",
    "A33": "art5_point_c_provider",
    "A34": "art26_5_financial",
    "A35": "art25_4_supplier_reach",
    "A36": "art99_4_da_addressees",
    "A37": "art54_representative_penalties",
    "A38": "art21_2_fine",
    "A39": "art100_3_scope",
    "A40": "annex_iii_5b_fraud_exception",
    "A41": "section_b_annex_iii",
    "A42": "art27_public_law_bodies",
    "A43": "art99_8_public_bodies",
    "A44": "art26_10_post_remote_use",
    "A45": "art111_2_supplier_shelter",
    "A46": "art111_3_model_supplier",
    "D1": "ai_system_guideline_exclusions",
    "D2": "emotion_ban_requires_biometric_data",
    "D3": "emotion_training_use_allowed",
    "D4": "gpai_indicative_criterion",
}
"""The reference number of each open legal question (aiact-reference section 17) -> its field."""

_READINGS: dict[str, dict[str, Any]] = {
    "annex_i_section_b_keeps_articles_4_5_50": {"keep_4_5_50": True, "literal_only": False},
    "derogation_requires_no_significant_risk": {
        "both_required": True,
        "condition_suffices": False,
    },
    "union_institutions_are_public_law_bodies": {"unknown": None, "true": True, "false": False},
    "chatbot_text_is_synthetic_content": {"synthetic": True, "not_synthetic": False},
    **{
        name: {"guideline": True, "text": False}
        for name in (
            "ai_system_guideline_exclusions",
            "emotion_ban_requires_biometric_data",
            "emotion_training_use_allowed",
            "gpai_indicative_criterion",
        )
    },
}
"""The words of :meth:`Interpretations.labels` for the yes/no questions, back to values."""

DEFAULT_INTERPRETATIONS = Interpretations()
