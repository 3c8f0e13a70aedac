"""The input facts: the organisation, the AI system and the general-purpose AI model.

Every field may be unknown (``None``): the engine then reasons in three-valued logic and reports
which unknown facts would decide the open conclusions. Every field's description cites the
provision of Regulation (EU) 2024/1689 (as amended by Regulation (EU) 2026/1744) it feeds.

The models are frozen pydantic models: validated on construction, hashable, JSON-serialisable.
Contradictory input (an importer that is also the provider, a significant change dated before the
placing on the market, a negative turnover) raises :class:`pydantic.ValidationError` whose message
names the field and the problem.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from aiact.errors import FieldConflict, ValueProblem
from aiact.i18n import N_

# --------------------------------------------------------------------------- helpers


class _Facts(BaseModel):
    """Base of all fact models: frozen, no unknown fields, validated on assignment."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        validate_default=True,
        use_enum_values=False,
        ser_json_inf_nan="strings",
    )


def _flag(description: str) -> Any:
    """A three-valued fact: ``True``, ``False`` or ``None`` (unknown)."""
    return Field(default=None, description=description)


MemberStateCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]

#: Upper bounds of the numeric facts (documented in docs/json-contract.md, 'Limits'): far above
#: any real figure, low enough that the arithmetic on them is exact (aiact.penalties.money).
MAX_AMOUNT_EUR = Decimal(10) ** 15
MAX_HEADCOUNT = 100_000_000
MAX_TRAINING_COMPUTE_FLOP = Decimal(10) ** 40

#: ISO 3166-1 alpha-2 codes of the Member States (Greece as both ``GR`` and the EU's ``EL``).
EU_MEMBER_STATES: frozenset[str] = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "EL",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)

#: Parts of a Member State that have an ISO 3166-1 code of their own (assigned, or exceptionally
#: reserved: IC, EA) and are within the Union, with that Member State: the outermost regions
#: (Art. 349 and 355(1) TFEU: Guadeloupe, French Guiana, Martinique, Mayotte, Reunion,
#: Saint-Martin, the Canary Islands; Ceuta and Melilla, part of Spain in the Union) and the Aland
#: Islands (Art. 355(4) TFEU). A Regulation applies where the Treaties apply (Art. 52 TEU, Art.
#: 355 TFEU), so an organisation established there has its "place of establishment ... within
#: the Union" (Art. 2(1)(b)). ``member_state`` refuses these codes and asks for the Member
#: State's, since a code outside EU_MEMBER_STATES reads as a third country (review, round 7).
#: Not listed (outside the Union): the overseas countries and territories of Annex II TFEU
#: (Art. 355(2)), e.g. AW, CW, SX, BL, PM, NC, PF, GL, and the Faroe Islands (FO, Art. 355(5)).
UNION_TERRITORY_CODES: Mapping[str, str] = {
    "AX": "FI",
    "EA": "ES",
    "GF": "FR",
    "GP": "FR",
    "IC": "ES",
    "MF": "FR",
    "MQ": "FR",
    "RE": "FR",
    "YT": "FR",
}


#: The codes a country of establishment may take: the 249 officially assigned ISO 3166-1
#: alpha-2 codes, with EL (the Union's own code for Greece) and XK (Kosovo, a code in common
#: use though not assigned). Since round 7 a code outside EU_MEMBER_STATES reads as a third
#: country (Art. 2(1)(b), 22(1)), so a mistyped or made-up code ("NK", "ZZ") is refused rather
#: than read as a third country (review of round 7). The exceptionally reserved IC and EA are
#: parts of Spain in the Union (UNION_TERRITORY_CODES); "UK" is not a code: give GB.
_COUNTRY_CODES = (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ "
    "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM "
    "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS "
    "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
    "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
    "VN VU WF WS YE YT ZA ZM ZW "
    "EL XK"
)
COUNTRY_CODES: frozenset[str] = frozenset(_COUNTRY_CODES.split())

#: Exceptionally reserved ISO 3166-1 codes that stand for (a part of) an assigned code, with the
#: code to give instead: they are refused like any code outside COUNTRY_CODES, but the message
#: names the code meant (review2, round 7). UK is reserved for the United Kingdom (GB); FX for
#: metropolitan France (FR); Ascension (AC) and Tristan da Cunha (TA) are in SH, Diego Garcia
#: (DG) in IO and Sark (CQ) in GG. CP (Clipperton) is left without a hint, since whether the
#: Treaties apply there is not settled by Art. 349 or 355 TFEU; IC and EA are in
#: UNION_TERRITORY_CODES.
RESERVED_CODE_MEANS: Mapping[str, str] = {
    "AC": "SH",
    "CQ": "GG",
    "DG": "IO",
    "FX": "FR",
    "TA": "SH",
    "UK": "GB",
}


# --------------------------------------------------------------------------- the organisation


class OrganisationKind(StrEnum):
    """What kind of person or body the organisation is (Art. 3(3)-(4); Art. 27(1); Arts. 99-100)."""

    PUBLIC_AUTHORITY = "public_authority"
    """A public authority of a Member State (Art. 3(3)-(4); 26(8); 49(3); 99(8)), established in
    the Union (rule ``org.established_in_union.public_authority``): the kind covers the part of
    a Member State where the Treaties apply (not, for example, the overseas countries and
    territories of Annex II TFEU, Art. 355(2) TFEU: a body there is not established in the
    Union, and this kind does not describe it; review8)."""
    BODY_GOVERNED_BY_PUBLIC_LAW = "body_governed_by_public_law"
    """A body governed by public law (Art. 27(1); the procurement-law notion of Directive
    2014/24/EU, Art. 2(1)(4)). Whether a public authority is also one for Art. 27(1) is reading
    A42; whether this kind is a public body of Art. 99(8) or an undertaking is reading A43 (ADR
    0046). Union institutions: reading A8."""
    PRIVATE_ENTITY_PUBLIC_SERVICES = "private_entity_public_services"
    """A private entity providing public services (Art. 27(1); recital 96)."""
    PRIVATE_UNDERTAKING = "private_undertaking"
    """A private undertaking (Art. 99(3)-(6a))."""
    UNION_INSTITUTION = "union_institution"
    """A Union institution, body, office or agency (Art. 26(8); 49(3); Art. 100)."""
    NATURAL_PERSON = "natural_person"
    """A natural person (Art. 3(3)-(4); Art. 2(10))."""
    THIRD_COUNTRY_PUBLIC_AUTHORITY = "third_country_public_authority"
    """A public authority in a third country (Art. 2(4))."""
    INTERNATIONAL_ORGANISATION = "international_organisation"
    """An international organisation (Art. 2(4))."""


ESTABLISHED_IN_THE_UNION = frozenset(
    {OrganisationKind.UNION_INSTITUTION, OrganisationKind.PUBLIC_AUTHORITY}
)
"""The kinds of organisation that are established in the Union by what they are."""


class SizeClass(StrEnum):
    """Size of an undertaking: Recommendation 2003/361/EC (micro, small, medium: the SME of
    Art. 3(14a)) and Recommendation (EU) 2025/1099 (small mid-cap: the SMC of Art. 3(14b))."""

    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    SMALL_MID_CAP = "small_mid_cap"
    LARGE = "large"


class GroupFigures(_Facts):
    """Figures of the group (the 'undertaking' as an economic unit; reference A10)."""

    headcount: int | None = Field(
        default=None,
        ge=0,
        le=MAX_HEADCOUNT,
        description="Staff headcount of the group (Rec. 2003/361/EC, Annex Art. 6).",
    )
    annual_turnover_eur: Decimal | None = Field(
        default=None,
        ge=0,
        le=MAX_AMOUNT_EUR,
        description="Consolidated worldwide annual turnover of the group for the preceding "
        "financial "
        "year, EUR (Art. 99(3)-(5): 'total worldwide annual turnover').",
    )
    balance_sheet_total_eur: Decimal | None = Field(
        default=None,
        ge=0,
        le=MAX_AMOUNT_EUR,
        description="Consolidated balance-sheet total of the group, EUR.",
    )


class Organisation(_Facts):
    """The organisation whose position under the Act is assessed."""

    name: str | None = Field(default=None, max_length=500, description="Name, for reports only.")
    kind: OrganisationKind | None = Field(
        default=None,
        description="What kind of person or body it is (Art. 3(3)-(4), 27(1), 99, 100).",
    )
    member_state: MemberStateCode | None = Field(
        default=None,
        description="ISO 3166-1 alpha-2 code of the country of establishment (Art. 2(1); Art. "
        "99(8) national rules). A Member State's code means established in the Union, a non-EU "
        "code established in a third country (Art. 2(1)(b); Art. 22(1); Art. 54(1)). An "
        "organisation established in several countries gives a Member State where it has a "
        "place of establishment, if it has one in the Union (a third country's code states "
        "that it has none), and says also_established_in_third_country: whether it is then one "
        "of the 'providers established in third countries' is reading A26.",
    )
    """The country of establishment. The rules read whether it is a Member State
    (``org.member_state_in_union``, rule ``org.established_in_union.member_state``): a Member
    State's code sets the organisation's establishment in the Union (Art. 2(1)(b)), a third
    country's code its establishment outside the Union ("established in third countries", Art.
    22(1), 54(1)), as the input checks below already hold (they refuse either with the opposite
    ``established_in_eu``). One field holds one country. An organisation established in several
    countries with a place of establishment in the Union gives the Member State: that is enough
    for Art. 2(1)(b) ("have their place of establishment ... within the Union"). Whether a
    provider that is also established in a third country is one of the "providers established
    in third countries" of Art. 22(1) and 54(1) is an open question, reading A26 (ADR 0028),
    which reads ``also_established_in_third_country``; a third country's code is read as "no
    place of establishment in the Union". A company established in a third country with a
    branch in a Member State that is not sure whether the branch counts leaves the country and
    ``established_in_eu`` unknown rather than giving the third country."""
    established_in_eu: bool | None = _flag(
        "Established in the Union: has a place of establishment there (Art. 2(1)(b); Art. 22(1) "
        "and 54(1): 'providers established in third countries'; NL 'gevestigd'). Being located "
        "in the Union without a place of establishment there is not being established (Art. "
        "2(1)(b): 'have their place of establishment or are located'; NL 'gevestigd ... of er "
        "zich bevinden'): such an organisation gives false, and its location counts for Art. "
        "2(1)(b) through exclusions.used_in_eu_by_organisation."
    )
    also_established_in_third_country: bool | None = _flag(
        "Besides a place of establishment in the Union (member_state), also established in a "
        "third country: its seat, a branch or another establishment of the same person there "
        "(a subsidiary is a person of its own and does not count). Read only by reading A26 "
        "(Art. 22(1), 54(1): 'providers established in third countries'; recital 82); an "
        "organisation not established in the Union is established in a third country anyway."
    )
    headcount: int | None = Field(
        default=None,
        ge=0,
        le=MAX_HEADCOUNT,
        description="Staff headcount (Rec. 2003/361/EC; Art. 99(6)-(6a)).",
    )
    annual_turnover_eur: Decimal | None = Field(
        default=None,
        ge=0,
        le=MAX_AMOUNT_EUR,
        description="Worldwide annual turnover for the preceding financial year, EUR (Art. "
        "99(3)-(5)).",
    )
    balance_sheet_total_eur: Decimal | None = Field(
        default=None,
        ge=0,
        le=MAX_AMOUNT_EUR,
        description="Balance-sheet total, EUR (Rec. 2003/361/EC, Annex Art. 2).",
    )
    part_of_group: bool | None = _flag(
        "Part of a group with partner or linked enterprises (Rec. 2003/361/EC, Annex Art. 3; Art. "
        "63(1))."
    )
    group: GroupFigures | None = Field(
        default=None,
        description="The group's figures, used when the undertaking is read as the group (A10).",
    )
    size_class: SizeClass | None = Field(
        default=None,
        description="Size class given explicitly; otherwise derived from headcount, turnover and "
        "balance "
        "sheet (Art. 3(14a)-(14b); Art. 99(6)-(6a)).",
    )
    start_up: bool | None = _flag(
        "A start-up (Art. 99(6): 'SMEs, including start-ups'; reference A16)."
    )
    is_employer: bool | None = _flag("An employer of workers (Art. 26(7)).")
    law_enforcement_authority: bool | None = _flag(
        "A law-enforcement authority (Art. 3(45)); read by Art. 26(5), first subparagraph "
        "(sensitive operational data). Art. 5(1)(h) and Annex III point 6 turn on the purpose "
        "and intended use of the system, not on this flag."
    )
    judicial_authority: bool | None = _flag(
        "A judicial authority. Deprecated, not read by any rule and no longer asked: the Act "
        "attaches no effect to the organisation being one (Annex III point 8(a) turns on the "
        "system's intended purpose, annex_iii.points; Art. 74(8) binds market surveillance "
        "authorities). Kept so that inputs that set it still load."
    )
    financial_institution: bool | None = _flag(
        "A financial institution subject to requirements regarding its internal governance, "
        "arrangements or processes under Union financial services law (Arts. 17(4), 18(3), "
        "19(2), 26(5) second subparagraph, 26(6) second subparagraph, 72(4) second "
        "subparagraph)."
    )

    @field_validator("member_state", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        # ASCII only: "ß".upper() is "SS", which would pass the pattern as another code
        return value.upper() if isinstance(value, str) and value.isascii() else value

    @field_validator("member_state", mode="after")
    @classmethod
    def _not_a_part_of_a_member_state(cls, value: str | None) -> str | None:
        if value is None:
            return value
        # the value has passed the pattern: two letters A-Z, safe to name in a message
        state = UNION_TERRITORY_CODES.get(value)
        if state is not None:
            raise ValueProblem(
                "union_territory_code",
                f"{value!r} is a part of Member State {state} within the Union (Art. 349 and 355 "
                f"TFEU), not a third country: give {state!r}",
                code=value,
                give=state,
            )
        if value not in COUNTRY_CODES:
            meant = RESERVED_CODE_MEANS.get(value)
            if meant is not None:
                raise ValueProblem(
                    "reserved_country_code",
                    f"{value!r} is not an assigned ISO 3166-1 alpha-2 country code (a code "
                    f"outside the Member States reads as a third country, Art. 2(1)(b)): give "
                    f"{meant!r}",
                    code=value,
                    give=meant,
                )
            raise ValueProblem(
                "unknown_country_code",
                f"{value!r} is not an assigned ISO 3166-1 alpha-2 country code (a code outside "
                f"the Member States reads as a third country, Art. 2(1)(b))",
                code=value,
            )
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if (
            self.member_state is not None
            and self.established_in_eu is True
            and self.member_state not in EU_MEMBER_STATES
        ):
            raise FieldConflict(
                "member_state",
                "established_in_eu",
                N_("'{member_state}' is not a Member State, but established_in_eu is true"),
                values={"member_state": self.member_state},
            )
        if self.member_state in EU_MEMBER_STATES and self.established_in_eu is False:
            raise FieldConflict(
                "established_in_eu",
                "member_state",
                N_("false contradicts member_state '{member_state}', a Member State"),
                values={"member_state": self.member_state},
            )
        if self.kind == OrganisationKind.UNION_INSTITUTION and self.established_in_eu is False:
            raise FieldConflict(
                "established_in_eu",
                "kind",
                N_(
                    "false contradicts kind union_institution: a Union institution is "
                    "established in the Union"
                ),
            )
        if self.kind == OrganisationKind.PUBLIC_AUTHORITY and self.established_in_eu is False:
            raise FieldConflict(
                "established_in_eu",
                "kind",
                N_(
                    "false contradicts kind public_authority: a public_authority is one of a "
                    "Member State, established in the Union (a third country's is "
                    "third_country_public_authority)"
                ),
            )
        if (
            self.kind in ESTABLISHED_IN_THE_UNION
            and self.member_state is not None
            and self.member_state not in EU_MEMBER_STATES
        ):
            raise FieldConflict(
                "member_state",
                "kind",
                N_("kind {kind}: a {kind} is established in the Union, not in {member_state}"),
                values={"kind": self.kind.value, "member_state": self.member_state},
            )
        if (
            self.kind
            in (
                OrganisationKind.THIRD_COUNTRY_PUBLIC_AUTHORITY,
                OrganisationKind.INTERNATIONAL_ORGANISATION,
            )
            and self.member_state in EU_MEMBER_STATES
        ):
            raise FieldConflict(
                "member_state",
                "kind",
                N_(
                    "kind {kind}: a {kind} cannot have a Member State ({member_state}) as its "
                    "country"
                ),
                values={"kind": self.kind.value, "member_state": self.member_state},
            )
        if self.part_of_group is False and self.group is not None:
            raise FieldConflict(
                "group", "part_of_group", N_("group figures given but part_of_group is false")
            )
        return self

    @property
    def established_in_union(self) -> bool | None:
        """Established in the Union as stated, by its country of establishment (a Member State
        or a third country) or by what it is (a Union institution, a public authority of a
        Member State): the input checks' reading of the rules' ``org.established_in_union``
        (Art. 2(1)(b); aiact/rules/scope.py). The validators make the three agree."""
        if self.established_in_eu is not None:
            return self.established_in_eu
        if self.member_state is not None:
            return self.member_state in EU_MEMBER_STATES
        if self.kind in ESTABLISHED_IN_THE_UNION:
            return True
        return None

    @property
    def public_sector(self) -> bool | None:
        """Public authority, body governed by public law or Union institution."""
        if self.kind is None:
            return None
        return self.kind in (
            OrganisationKind.PUBLIC_AUTHORITY,
            OrganisationKind.BODY_GOVERNED_BY_PUBLIC_LAW,
            OrganisationKind.UNION_INSTITUTION,
        )


# --------------------------------------------------------------------------- the AI system


class Roles(_Facts):
    """The roles the organisation holds for this AI system, as declared (Art. 3(3)-(8); 2(1)(e)).

    The engine derives the effective roles from these, including the Art. 25 role shift.
    """

    provider: bool | None = _flag(
        "Develops the system or has it developed and places it on the market or puts it into "
        "service "
        "under its own name or trademark, including for own use (Art. 3(3), 3(11))."
    )
    deployer: bool | None = _flag(
        "Uses the system under its authority, not in a personal non-professional activity (Art. "
        "3(4))."
    )
    importer: bool | None = _flag(
        "Places on the market a system bearing the name of a person established in a third country "
        "(Art. 3(6))."
    )
    distributor: bool | None = _flag(
        "Makes the system available on the Union market, other than the provider or importer (Art. "
        "3(7))."
    )
    authorised_representative: bool | None = _flag(
        "Holds a written mandate from a third-country provider (Art. 3(5); Art. 22)."
    )
    product_manufacturer: bool | None = _flag(
        "Places the system on the market or puts it into service together with its product under "
        "its own "
        "name or trademark (Art. 2(1)(e); Art. 25(3))."
    )

    @model_validator(mode="before")
    @classmethod
    def _from_list(cls, data: Any) -> Any:
        """Accept a list of role names: the listed roles are held, all others are not."""
        if isinstance(data, list | tuple | set | frozenset):
            names = [str(item) for item in data]
            unknown = sorted(set(names) - set(cls.model_fields))
            if unknown:
                raise ValueError(f"unknown role(s) {unknown}; roles are {sorted(cls.model_fields)}")
            return {name: name in names for name in cls.model_fields}
        return data


class ValueChain(_Facts):
    """Facts of the value chain and the Art. 25 role shift."""

    own_name_on_high_risk_system: bool | None = _flag(
        "Puts its name or trademark on a high-risk AI system already placed on the market or put "
        "into service (Art. 25(1)(a))."
    )
    contract_allocates_obligations_otherwise: bool | None = _flag(
        "A contract allocates the provider obligations otherwise (Art. 25(1)(a), 'without "
        "prejudice'). Read only under reading A29=contract_displaces_shift; by default the "
        "party that puts its name on the system is its provider whatever the contract."
    )
    substantial_modification: bool | None = _flag(
        "Makes a substantial modification to a high-risk AI system (Art. 25(1)(b); Art. 3(23); "
        "Art. 43(4))."
    )
    modified_intended_purpose: bool | None = _flag(
        "Modifies the intended purpose of a system not classified as high-risk, including a "
        "general-purpose "
        "AI system, so that it becomes high-risk (Art. 25(1)(c))."
    )
    initial_provider_of_shifted_system: bool | None = _flag(
        "Is the initial provider of a system of which another party became the provider (Art. "
        "25(2))."
    )
    initial_provider_excluded_high_risk_use: bool | None = _flag(
        "As initial provider, clearly specified that the system is not to be changed into a "
        "high-risk "
        "system (Art. 25(2), second sentence)."
    )
    supplies_components_for_high_risk: bool | None = _flag(
        "Supplies an AI system, AI model, tools, services, components or processes that are used "
        "or integrated in a high-risk AI system (Art. 25(4); 'AI model' in the amended text)."
    )
    third_party_supplies: bool | None = _flag(
        "A third party (another organisation) supplies an AI system, AI model, tools, services, "
        "components or processes that are used or integrated in this system, for example a "
        "bought model, a cloud service or a data set (Art. 25(4): 'the third party that supplies "
        "an AI system, tools, services, components, or processes'; 'AI model' in the amended "
        "text). Not counted: a supply, an AI system or AI model included, that its maker makes "
        "accessible to the public under a free and open-source licence, unless it is a "
        "general-purpose AI model (Art. 25(4), last sentence, the same in both texts: 'This "
        "paragraph shall not apply to third parties making accessible to the public tools, "
        "services, processes, or components, other than general-purpose AI models, under a free "
        "and open-source licence'; read as the supplier's side reads it, "
        "supplies_under_free_open_source_licence: every such supply except a general-purpose AI "
        "model). False for a system built in-house without such supplies: its provider has no "
        "counterparty and no written agreement to make. Open (rev33d D2): for a provider by a role "
        "shift (it changed another's system), whether 'the provider that initially placed the "
        "AI system on the market or put it into service' is also 'the third party that "
        "supplies' the text does not settle; leave the fact unknown where that is the only "
        "supply. Read for the provider's side of the Art. 25(4) agreement "
        "only; the organisation's own supplies are supplies_components_for_high_risk."
    )
    third_party_supplies_only_ai_models: bool | None = _flag(
        "What third parties supply for this system (third_party_supplies) is only AI models, no "
        "AI system, tools, services, components or processes (Art. 25(4): the published text "
        "lists 'an AI system, tools, services, components, or processes' and no AI model; "
        "whether a bare AI model counts is reading A25). Read only under the published text and "
        "a reading of A25 other than every_model."
    )
    third_party_supplies_general_purpose_ai_model: bool | None = _flag(
        "One of the AI models that third parties supply for this system is a general-purpose AI "
        "model (Art. 25(4); reading A25=general_purpose_model counts it as a component). Read "
        "only under the published text where the third-party supplies are only AI models "
        "(third_party_supplies_only_ai_models)."
    )
    supplies_under_free_open_source_licence: bool | None = _flag(
        "Those supplies are made accessible to the public under a free and open-source licence "
        "(Art. 25(4), exception)."
    )
    supplies_general_purpose_ai_model: bool | None = _flag(
        "The supply is a general-purpose AI model, whoever its provider is (Art. 25(4): the "
        "open-source exception does not cover it). Whether the organisation is that model's "
        "provider is provides_supplied_model."
    )
    provides_supplied_model: bool | None = _flag(
        "The organisation is the provider of the general-purpose AI model it supplies (Art. "
        "3(3): it develops the model, or has it developed, and places it on the market under its "
        "own name or trademark), and so an operator (Art. 3(8): 'a provider, product "
        "manufacturer, deployer, authorised representative, importer or distributor'). False for "
        "a reseller of another provider's model: it is not that model's provider, and importer "
        "and distributor are defined for AI systems only (Art. 3(6), 3(7)). Read only for a "
        "supplier of a general-purpose AI model (supplies_general_purpose_ai_model): whether "
        "Art. 99 fines its Art. 25(4) duty under reading A36=operators_only, and whether Art. "
        "111(3) ('Providers of general-purpose AI models') defers it under reading A46."
    )
    supplied_model_placed_before_2_august_2025: bool | None = _flag(
        "The general-purpose AI model the organisation supplies was first placed on the market "
        "(by its provider) before 2 August 2025 (Art. 111(3); Art. 3(9); recital 97: a model "
        "integrated in an AI system made available is placed on the market). Read only for a "
        "supplier of a general-purpose AI model (supplies_general_purpose_ai_model) that is its "
        "provider (provides_supplied_model) under reading A46=model_transition: its Art. 25(4) "
        "agreement then binds no earlier than 2 August 2027."
    )
    supplies_only_ai_model: bool | None = _flag(
        "What is supplied is an AI model only, not an AI system, tool, service, component or "
        "process (Art. 25(4): the amended text lists 'AI model'; the original text lists 'an AI "
        "system, tools, services, components, or processes' and no AI model)."
    )
    provider_established_in_eu: bool | None = _flag(
        "The provider of the system is established in the Union (Art. 3(6); Art. 22(1); Art. "
        "23(1)(d)); for an initial provider or a supplier, the provider the system is with now "
        "(Art. 25(2), 25(4))."
    )
    authorised_representative_appointed: bool | None = _flag(
        "A third-country provider has appointed an authorised representative (Art. 22(1); "
        "23(1)(d))."
    )


class Exclusions(_Facts):
    """The territorial reach and exclusions of Art. 2."""

    placed_or_used_in_eu: bool | None = _flag(
        "Placed on the market, put into service or used in the Union (Art. 2(1)(a)-(b))."
    )
    output_used_in_eu: bool | None = _flag(
        "The output produced by the system is used in the Union (Art. 2(1)(c))."
    )
    # ``placed_or_used_in_eu`` does not say whose placing or use it means, so it does not decide
    # whether a deployer outside the Union is reached (round 11, Q14): this fact does.
    used_in_eu_by_organisation: bool | None = _flag(
        "The organisation itself uses the system in the Union, as deployer: it is located there "
        "(Art. 2(1)(b))."
    )
    made_available_on_union_market: bool | None = _flag(
        "The provider makes the system available on the Union market: it supplies it for "
        "distribution or use in the Union in the course of a commercial activity, for payment or "
        "free of charge, also directly to a deployer (Art. 3(10)); false when it only puts the "
        "system into service for its own use, or supplies it outside a commercial activity "
        "(Art. 3(11)). True, it places the system on the market in the Union (Art. 3(9)); "
        "false, it decides Art. 22(1) only under reading A28=making_available_only."
    )
    exclusively_military_defence_national_security: bool | None = _flag(
        "Placed on the market, put into service or used exclusively for military, defence or "
        "national "
        "security purposes (Art. 2(3)); dual use brings it back into scope (recital 24)."
    )
    sole_purpose_scientific_research: bool | None = _flag(
        "Specifically developed and put into service for the sole purpose of scientific research "
        "and "
        "development (Art. 2(6))."
    )
    pre_market_research_testing: bool | None = _flag(
        "Only research, testing or development before placing on the market or putting into "
        "service "
        "(Art. 2(8))."
    )
    testing_in_real_world_conditions: bool | None = _flag(
        "Tested in real-world conditions, which Art. 2(8) does not exclude."
    )
    personal_non_professional_use: bool | None = _flag(
        "Used by a natural person in a purely personal non-professional activity (Art. 2(10); Art. "
        "3(4))."
    )
    free_open_source_licence: bool | None = _flag(
        "Released under a free and open-source licence (Art. 2(12))."
    )
    international_cooperation_law_enforcement: bool | None = _flag(
        "Used by a third-country authority or international organisation in the framework of "
        "international "
        "cooperation for law enforcement and judicial cooperation with the Union or Member States "
        "(Art. 2(4))."
    )
    adequate_fundamental_rights_safeguards: bool | None = _flag(
        "That third country or organisation provides adequate safeguards for fundamental rights "
        "(Art. 2(4))."
    )


_REPLACED_ART5_1A: tuple[str, ...] = (
    "ba_bb_intended_purpose",
    "ba_bb_foreseeable_and_reproducible",
    "ba_bb_adequate_safeguards",
    "ba_bb_used_for_that_purpose",
)
"""The facts of Art. 5(1a) shared by points (ba) and (bb) until round 16, each replaced by one
fact per point (``ba_<name>``, ``bb_<name>``): Art. 5(1a) judges each point by its own material
("that generation or manipulation", "such material or performance"; review47). A case that
still gives one is refused with the new names, not read: the old fact said nothing about which
point it meant, so neither copying it to both points (the defect) nor to one is sound."""


def _replaced_art5_1a(old: str) -> ValueProblem:
    name = old.removeprefix("ba_bb_")
    give = f"ba_{name}, bb_{name}"
    return ValueProblem(
        "replaced_field",
        f"the field {old} was replaced, since Art. 5(1a) judges points (ba) and (bb) each by its "
        f"own material: give {give} instead",
        field=old,
        give=give,
    )


class ProhibitedPractices(_Facts):
    """The facts of every Art. 5(1) practice and of its exceptions (amended text, points
    (a)-(h), (ba) and (bb))."""

    @model_validator(mode="before")
    @classmethod
    def _none(cls, data: Any) -> Any:
        """Accept ``[]`` or ``"none"``: no practice of Art. 5(1) and no exception fact holds."""
        if data == [] or data == () or (isinstance(data, str) and data.strip().lower() == "none"):
            return dict.fromkeys(cls.model_fields, False)
        if isinstance(data, Mapping):
            for old in _REPLACED_ART5_1A:
                if old in data:
                    raise _replaced_art5_1a(old)
        return data

    # (a) manipulation
    a_subliminal_manipulative_or_deceptive_techniques: bool | None = _flag(
        "Deploys subliminal techniques beyond a person's consciousness or purposefully "
        "manipulative or "
        "deceptive techniques (Art. 5(1)(a))."
    )
    a_materially_distorts_behaviour: bool | None = _flag(
        "With the objective or effect of materially distorting behaviour by appreciably impairing "
        "the ability to make an informed decision, thereby causing them to take a decision that "
        "they would not have otherwise taken (Art. 5(1)(a))."
    )
    a_significant_harm: bool | None = _flag(
        "Causes or is reasonably likely to cause significant harm (Art. 5(1)(a))."
    )
    # (b) exploitation of vulnerabilities
    b_exploits_vulnerabilities: bool | None = _flag(
        "Exploits vulnerabilities due to age, disability or a specific social or economic "
        "situation "
        "(Art. 5(1)(b))."
    )
    b_materially_distorts_behaviour: bool | None = _flag(
        "With the objective or effect of materially distorting behaviour (Art. 5(1)(b))."
    )
    b_significant_harm: bool | None = _flag(
        "Causes or is reasonably likely to cause significant harm (Art. 5(1)(b))."
    )
    # (c) social scoring
    c_social_scoring: bool | None = _flag(
        "Evaluates or classifies persons over a certain period of time based on social behaviour "
        "or "
        "personal or personality characteristics (Art. 5(1)(c))."
    )
    c_detrimental_treatment_unrelated_context: bool | None = _flag(
        "The score leads to detrimental treatment in unrelated social contexts (Art. 5(1)(c)(i))."
    )
    c_detrimental_treatment_unjustified: bool | None = _flag(
        "The score leads to detrimental treatment unjustified or disproportionate to the behaviour "
        "or its "
        "gravity (Art. 5(1)(c)(ii))."
    )
    # (d) crime-risk prediction
    d_crime_risk_assessment_solely_profiling: bool | None = _flag(
        "Assesses or predicts the risk of a person committing a criminal offence based solely on "
        "profiling "
        "or on personality traits (Art. 5(1)(d))."
    )
    d_supports_human_assessment_on_objective_facts: bool | None = _flag(
        "Supports a human assessment already based on objective and verifiable facts directly "
        "linked to a "
        "criminal activity (Art. 5(1)(d), exception)."
    )
    # (e) untargeted scraping
    e_untargeted_facial_scraping: bool | None = _flag(
        "Creates or expands facial recognition databases through untargeted scraping of facial "
        "images from "
        "the internet or CCTV footage (Art. 5(1)(e))."
    )
    # (f) emotion recognition at work and in education
    f_emotion_recognition_workplace_education: bool | None = _flag(
        "Infers emotions of a natural person in the areas of workplace and education institutions "
        "(Art. 5(1)(f)); under reading D2 on the basis of biometric data, so not from written text "
        "alone. A direct answer: leave it empty to derive it from biometrics (issue 13)."
    )
    f_medical_or_safety_reasons: bool | None = _flag(
        "Intended to be put in place or on the market for medical or safety reasons (Art. 5(1)(f), "
        "exception)."
    )
    # (g) biometric categorisation on sensitive traits
    g_biometric_categorisation_sensitive_traits: bool | None = _flag(
        "Categorises persons individually on biometric data to deduce race, political opinions, "
        "trade union "
        "membership, religious or philosophical beliefs, sex life or sexual orientation (Art. "
        "5(1)(g))."
    )
    g_labelling_filtering_lawful_datasets: bool | None = _flag(
        "Only labels or filters lawfully acquired biometric datasets, or categorises biometric "
        "data in the "
        "area of law enforcement (Art. 5(1)(g), exception)."
    )
    # (h) real-time remote biometric identification for law enforcement
    h_realtime_rbi_public_spaces_law_enforcement: bool | None = _flag(
        "Uses real-time remote biometric identification in publicly accessible spaces for the "
        "purposes of "
        "law enforcement (Art. 5(1)(h))."
    )
    h_strictly_necessary_for_listed_objective: bool | None = _flag(
        "The use is strictly necessary for one of the objectives (i)-(iii) of Art. 5(1)(h), and "
        "only to confirm the identity of the specifically targeted individual (Art. 5(2), first "
        "subparagraph: read as part of this fact, not a fact of its own; ADR 0020)."
    )
    h_national_law_permits: bool | None = _flag(
        "The Member State has laid down national rules that permit such use (Art. 5(5)), and the "
        "use complies with the necessary and proportionate safeguards and conditions of that "
        "national law (Art. 5(2), second subparagraph: read as part of this fact, not a fact of "
        "its own; ADR 0020)."
    )
    h_prior_authorisation: bool | None = _flag(
        "Each use has prior authorisation by a judicial or independent administrative authority, "
        "or was "
        "requested within 24 hours in urgency (Art. 5(3))."
    )
    h_fria_and_registration: bool | None = _flag(
        "The authority completed an Art. 27 fundamental rights impact assessment and registered "
        "the system "
        "under Art. 49 (Art. 5(2); reference A6)."
    )
    h_urgency_fria_done_registration_follows: bool | None = _flag(
        "The authority completed the Art. 27 fundamental rights impact assessment and, in a duly "
        "justified case of urgency, commenced the use without the registration in the EU "
        "database, which is completed without undue delay (Art. 5(2), second subparagraph, last "
        "sentence; reference A6)."
    )
    h_notified_authorities: bool | None = _flag(
        "Each use is notified to the market surveillance and data protection authorities (Art. "
        "5(4)); a duty of each use, a condition of the exception only under the alternative "
        "reading of A23."
    )
    # (ba), (bb) inserted by Regulation 2026/1744
    ba_generates_intimate_imagery_without_consent: bool | None = _flag(
        "Generates or manipulates realistic images, videos, audio or similar material of an "
        "identifiable person's intimate parts or sexually explicit activities without that "
        "person's freely-given, specific, informed, unambiguous and explicit consent (Art. "
        "5(1)(ba))."
    )
    ba_only_manipulation_not_increasing_exposure: bool | None = _flag(
        "Only manipulates material without increasing exposure or altering the depicted activity "
        "(Art. 5(1b): not 'manipulation')."
    )
    bb_generates_child_sexual_abuse_material: bool | None = _flag(
        "Generates or manipulates material within Art. 2(c) and (e) of Directive 2011/93/EU (Art. "
        "5(1)(bb))."
    )
    bb_without_right_defence: bool | None = _flag(
        "A 'without right' defence applies under national law (Art. 5(1)(bb), exception)."
    )
    # Art. 5(1a) measures each point by its own material ("that generation or manipulation",
    # "such material or performance"): one set of facts per point (review47, round 16).
    ba_intended_purpose: bool | None = _flag(
        "Generating or manipulating the intimate material of point (ba) is the intended purpose "
        "of the system (Art. 5(1a)(a)(i))."
    )
    ba_foreseeable_and_reproducible: bool | None = _flag(
        "The system's design, training, architecture, capabilities or user-facing "
        "functionalities make generating or manipulating the intimate material of point (ba) a "
        "reasonably foreseeable and reproducible outcome, without requiring significant "
        "technical modification (Art. 5(1a)(a)(ii))."
    )
    ba_adequate_safeguards: bool | None = _flag(
        "The system has reasonable and adequate technical safety measures and other safeguards to "
        "reliably prevent generating or manipulating the intimate material of point (ba), taking "
        "into account reasonably foreseeable misuse, and to correct observed or reported misuse "
        "(Art. 5(1a)(a)(ii))."
    )
    ba_used_for_that_purpose: bool | None = _flag(
        "The deployer uses the system for the purpose of generating or manipulating the intimate "
        "material of point (ba) (Art. 5(1a)(b))."
    )
    bb_intended_purpose: bool | None = _flag(
        "Generating or manipulating the child sexual abuse material of point (bb) is the intended "
        "purpose of the system (Art. 5(1a)(a)(i))."
    )
    bb_foreseeable_and_reproducible: bool | None = _flag(
        "The system's design, training, architecture, capabilities or user-facing "
        "functionalities make generating or manipulating the child sexual abuse material of "
        "point (bb) a reasonably foreseeable and reproducible outcome, without requiring "
        "significant technical modification (Art. 5(1a)(a)(ii))."
    )
    bb_adequate_safeguards: bool | None = _flag(
        "The system has reasonable and adequate technical safety measures and other safeguards to "
        "reliably prevent generating or manipulating the child sexual abuse material of point "
        "(bb), taking into account reasonably foreseeable misuse, and to correct observed or "
        "reported misuse (Art. 5(1a)(a)(ii))."
    )
    bb_used_for_that_purpose: bool | None = _flag(
        "The deployer uses the system for the purpose of generating or manipulating the child "
        "sexual abuse material of point (bb) (Art. 5(1a)(b))."
    )


ART5_PRACTICES: tuple[str, ...] = (
    "a_subliminal_manipulative_or_deceptive_techniques",
    "b_exploits_vulnerabilities",
    "c_social_scoring",
    "d_crime_risk_assessment_solely_profiling",
    "e_untargeted_facial_scraping",
    "f_emotion_recognition_workplace_education",
    "g_biometric_categorisation_sensitive_traits",
    "h_realtime_rbi_public_spaces_law_enforcement",
    "ba_generates_intimate_imagery_without_consent",
    "bb_generates_child_sexual_abuse_material",
)
"""The fact of :class:`ProhibitedPractices` that starts each practice of Art. 5(1), points (a)
to (h), (ba) and (bb): all false says that the system does none of them."""


class AnnexIIIPoint(StrEnum):
    """A use case of Annex III (Art. 6(2)). The value is the area number and point letter."""

    BIOMETRIC_REMOTE_IDENTIFICATION = "1a"
    BIOMETRIC_CATEGORISATION = "1b"
    EMOTION_RECOGNITION = "1c"
    CRITICAL_INFRASTRUCTURE = "2"
    EDUCATION_ACCESS_ADMISSION = "3a"
    EDUCATION_EVALUATE_LEARNING_OUTCOMES = "3b"
    EDUCATION_LEVEL_OF_EDUCATION = "3c"
    EDUCATION_MONITOR_TESTS = "3d"
    EMPLOYMENT_RECRUITMENT = "4a"
    EMPLOYMENT_WORK_RELATIONSHIPS = "4b"
    PUBLIC_BENEFITS_ELIGIBILITY = "5a"
    CREDITWORTHINESS = "5b"
    LIFE_HEALTH_INSURANCE = "5c"
    EMERGENCY_CALLS_TRIAGE = "5d"
    LAW_ENFORCEMENT_VICTIM_RISK = "6a"
    LAW_ENFORCEMENT_POLYGRAPH = "6b"
    LAW_ENFORCEMENT_EVIDENCE_RELIABILITY = "6c"
    LAW_ENFORCEMENT_OFFENDING_RISK = "6d"
    LAW_ENFORCEMENT_PROFILING = "6e"
    MIGRATION_POLYGRAPH = "7a"
    MIGRATION_RISK_ASSESSMENT = "7b"
    MIGRATION_APPLICATIONS = "7c"
    MIGRATION_IDENTIFICATION = "7d"
    JUSTICE_JUDICIAL_ASSISTANCE = "8a"
    DEMOCRACY_ELECTIONS = "8b"

    @property
    def area(self) -> int:
        return int(self.value[0])


_ANNEX_III_PLACE: dict[AnnexIIIPoint, int] = {p: i for i, p in enumerate(AnnexIIIPoint)}
"""Each Annex III point's place in the annex: the order the points are kept in (a table, not
the list of points built again for every point: round 23)."""


class AnnexIIIFacts(_Facts):
    """The Annex III use cases and their carve-outs (Art. 6(2); Annex III)."""

    points: tuple[AnnexIIIPoint, ...] | None = Field(
        default=None,
        description="The Annex III points the intended purpose falls under; empty if none, None if "
        "unknown "
        "(Art. 6(2)). Several are allowed; order does not matter.",
    )
    biometric_verification_only: bool | None = _flag(
        "Only biometric verification confirming a person is who they claim to be (Annex III point "
        "1(a), "
        "exclusion)."
    )
    financial_fraud_detection: bool | None = _flag(
        "Used for detecting financial fraud, whether or not also to evaluate creditworthiness "
        "or establish a credit score as such (Annex III point 5(b), exclusion). Read under "
        "reading A40=fraud_purpose_excepts, where any such use takes the system out of point "
        "5(b); under the default A40=credit_purpose_kept only "
        "financial_fraud_detection_only counts, and a false here makes that false too."
    )
    financial_fraud_detection_only: bool | None = _flag(
        "Used only for the purpose of detecting financial fraud: any evaluation of "
        "creditworthiness or credit score serves the fraud detection alone, not a decision on "
        "credit by the person's creditworthiness (refusing credit because fraud is found is "
        "fraud detection) (Annex III point 5(b), exclusion, under the default reading "
        "A40=credit_purpose_kept: a system intended to evaluate creditworthiness or establish a "
        "credit score that is also used to detect fraud stays listed)."
    )
    travel_document_verification: bool | None = _flag(
        "Only verification of travel documents (Annex III point 7(d), exclusion)."
    )
    campaign_logistics_only: bool | None = _flag(
        "A system to whose output natural persons are not directly exposed, such as a tool to "
        "organise, optimise or structure political campaigns administratively or logistically "
        "(Annex III point 8(b), exclusion; the campaign tool is an example)."
    )

    @field_validator("points", mode="after")
    @classmethod
    def _sorted(cls, value: tuple[AnnexIIIPoint, ...] | None) -> tuple[AnnexIIIPoint, ...] | None:
        # Order never matters: normalise so that the same set gives the same result, byte for byte.
        if value is None:
            return None
        return tuple(sorted(set(value), key=_ANNEX_III_PLACE.__getitem__))

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        # Annex III point 5(b) (reading A40): a system used only for detecting financial fraud
        # is used for detecting financial fraud.
        if self.financial_fraud_detection_only is True and self.financial_fraud_detection is False:
            raise FieldConflict(
                "financial_fraud_detection_only",
                "financial_fraud_detection",
                N_(
                    "true, but {fact} is false: a system used only for detecting financial "
                    "fraud is used for detecting financial fraud (Annex III, point 5(b))"
                ),
                names={"fact": ("annex_iii.financial_fraud_detection",)},
            )
        return self


class AnnexILegislation(StrEnum):
    """Union harmonisation legislation of Annex I. The section (A or B) depends on the law version:
    machinery moved from Section A (Directive 2006/42/EC) to Section B (Regulation (EU)
    2023/1230); each version's point takes in both machinery answers (Art. 51 of Regulation (EU)
    2023/1230 reads references to the repealed Directive as references to it; recital 42 of
    Regulation (EU) 2026/1744). ``civil_aviation_2018_1139`` means a product of Annex I point 20
    only: Regulation (EU) 2018/1139 "in so far as" unmanned aircraft and their engines,
    propellers, parts and equipment to control them remotely are concerned; a manned aircraft or
    its parts are not in Annex I."""

    MACHINERY_DIRECTIVE_2006_42 = "machinery_2006_42"
    TOYS_2009_48 = "toys_2009_48"
    RECREATIONAL_CRAFT_2013_53 = "recreational_craft_2013_53"
    LIFTS_2014_33 = "lifts_2014_33"
    ATEX_2014_34 = "atex_2014_34"
    RADIO_EQUIPMENT_2014_53 = "radio_equipment_2014_53"
    PRESSURE_EQUIPMENT_2014_68 = "pressure_equipment_2014_68"
    CABLEWAYS_2016_424 = "cableways_2016_424"
    PPE_2016_425 = "ppe_2016_425"
    GAS_APPLIANCES_2016_426 = "gas_appliances_2016_426"
    MEDICAL_DEVICES_2017_745 = "medical_devices_2017_745"
    IN_VITRO_DIAGNOSTICS_2017_746 = "in_vitro_diagnostics_2017_746"
    CIVIL_AVIATION_SECURITY_300_2008 = "civil_aviation_security_300_2008"
    TWO_THREE_WHEELERS_168_2013 = "two_three_wheelers_168_2013"
    AGRICULTURAL_VEHICLES_167_2013 = "agricultural_vehicles_167_2013"
    MARINE_EQUIPMENT_2014_90 = "marine_equipment_2014_90"
    RAIL_INTEROPERABILITY_2016_797 = "rail_interoperability_2016_797"
    MOTOR_VEHICLES_2018_858 = "motor_vehicles_2018_858"
    MOTOR_VEHICLES_2019_2144 = "motor_vehicles_2019_2144"
    CIVIL_AVIATION_2018_1139 = "civil_aviation_2018_1139"
    MACHINERY_REGULATION_2023_1230 = "machinery_2023_1230"


_ANNEX_I_PLACE: dict[AnnexILegislation, int] = {p: i for i, p in enumerate(AnnexILegislation)}
"""Each Annex I act's place in the annex, as for the points."""


class AnnexIFacts(_Facts):
    """The Annex I route (Art. 6(1); Art. 3(14); Art. 6(1a)-(1c))."""

    legislation: tuple[AnnexILegislation, ...] | None = Field(
        default=None,
        description="The Annex I legislation covering the product; empty if none (Art. 6(1)(a)).",
    )
    safety_component: bool | None = _flag(
        "Intended to be used as a safety component of a product covered by the Union "
        "harmonisation legislation listed in Annex I (Art. 6(1)(a); Art. 3(14)); a yes says that "
        "one of those laws covers the product."
    )
    is_the_product: bool | None = _flag(
        "The AI system is itself a product covered by the Union harmonisation legislation listed "
        "in Annex I (Art. 6(1)(a))."
    )
    third_party_conformity_assessment: bool | None = _flag(
        "The product is required to undergo a third-party conformity assessment (Art. 6(1)(b))."
    )
    third_party_solely_radio_or_emc: bool | None = _flag(
        "Third-party assessment is required solely for risks other than health and safety, such as "
        "radio "
        "spectrum or electromagnetic interference (Art. 6(1c), amended text)."
    )
    solely_non_safety_functions: bool | None = _flag(
        "Solely used for non-safety related aspects of user assistance, performance "
        "optimisation, service efficiency, automation or convenience or quality control (Art. "
        "6(1a), amended text)."
    )
    failure_endangers_health_safety: bool | None = _flag(
        "Its failure or malfunctioning would endanger the health and safety of persons or "
        "property: a safety component on that fact alone (Art. 3(14), both versions; Art. 6(1b), "
        "amended text: 'notwithstanding paragraph 1a')."
    )

    @field_validator("legislation", mode="after")
    @classmethod
    def _sorted(
        cls, value: tuple[AnnexILegislation, ...] | None
    ) -> tuple[AnnexILegislation, ...] | None:
        if value is None:
            return None
        return tuple(sorted(set(value), key=_ANNEX_I_PLACE.__getitem__))


class Derogation(_Facts):
    """The Art. 6(3) derogation for Annex III systems and its profiling override."""

    narrow_procedural_task: bool | None = _flag("Performs a narrow procedural task (Art. 6(3)(a)).")
    improves_completed_human_activity: bool | None = _flag(
        "Improves the result of a previously completed human activity (Art. 6(3)(b))."
    )
    detects_patterns_without_replacing_human: bool | None = _flag(
        "Detects decision-making patterns or deviations, not meant to replace or influence the "
        "completed "
        "human assessment without proper human review (Art. 6(3)(c))."
    )
    preparatory_task: bool | None = _flag(
        "Performs a preparatory task to an assessment relevant for an Annex III use case (Art. "
        "6(3)(d))."
    )
    no_significant_risk: bool | None = _flag(
        "Does not pose a significant risk of harm to health, safety or fundamental rights, "
        "including by not "
        "materially influencing decision making (Art. 6(3), first subparagraph; reference A7)."
    )
    profiling: bool | None = _flag(
        "Performs profiling of natural persons (Art. 6(3), third subparagraph; Art. 3(52); GDPR "
        "Art. 4(4))."
    )
    provider_documented_assessment: bool | None = _flag(
        "The provider documented its assessment before placing on the market (Art. 6(4))."
    )


class Transparency(_Facts):
    """The Art. 50 facts and their exceptions."""

    interacts_directly_with_persons: bool | None = _flag(
        "Intended to interact directly with natural persons (Art. 50(1))."
    )
    interaction_obvious: bool | None = _flag(
        "It is obvious to a reasonably well-informed person that they interact with an AI system "
        "(Art. 50(1))."
    )
    authorised_by_law_criminal_offences: bool | None = _flag(
        "Authorised by law to detect, prevent, investigate or prosecute criminal offences (Art. "
        "50(1), (2) and (4)); the further condition that Art. 50(1) alone adds is a fact of its "
        "own."
    )
    art50_1_safeguards_third_parties: bool | None = _flag(
        "The authorisation by law to detect, prevent, investigate or prosecute criminal offences "
        "is subject to appropriate safeguards for the rights and freedoms of third parties (Art. "
        "50(1); not a condition of Art. 50(2) or (4))."
    )
    authorised_by_law_detect_prevent_investigate: bool | None = _flag(
        "Authorised by law to detect, prevent or investigate criminal offences, not only to "
        "prosecute them (Art. 50(1), (2) and (4) also count prosecution; Art. 50(3) does not)."
    )
    permitted_by_law_detect_prevent_investigate: bool | None = _flag(
        "Permitted by law to detect, prevent or investigate criminal offences, subject to "
        "appropriate safeguards for the rights and freedoms of third parties and in accordance "
        "with Union law (Art. 50(3)); an authorisation only to prosecute them does not count."
    )
    available_to_public_to_report_offences: bool | None = _flag(
        "Available for the public to report a criminal offence (Art. 50(1), back-exception)."
    )
    generates_synthetic_audio: bool | None = _flag(
        "Generates synthetic audio content (Art. 50(2))."
    )
    generates_synthetic_image: bool | None = _flag(
        "Generates synthetic image content (Art. 50(2))."
    )
    generates_synthetic_video: bool | None = _flag(
        "Generates synthetic video content (Art. 50(2))."
    )
    generates_synthetic_text: bool | None = _flag(
        "Generates synthetic text content (Art. 50(2); reference A12 for chatbots)."
    )
    assistive_standard_editing_only: bool | None = _flag(
        "Only performs an assistive function for standard editing: the exception holds only to "
        "the extent it does (Art. 50(2), exception)."
    )
    does_not_substantially_alter_input: bool | None = _flag(
        "Does not substantially alter the input data or its semantics (Art. 50(2), exception)."
    )
    emotion_recognition: bool | None = _flag(
        "An emotion recognition system (Art. 50(3); Art. 3(39)). A direct answer: leave it empty "
        "to derive it from biometrics (issue 13)."
    )
    biometric_categorisation: bool | None = _flag(
        "A biometric categorisation system (Art. 50(3); Art. 3(40)). A direct answer: leave it "
        "empty to derive it from biometrics (issue 13)."
    )
    deep_fake: bool | None = _flag(
        "Generates or manipulates image, audio or video content constituting a deep fake (Art. "
        "50(4); "
        "Art. 3(60))."
    )
    evidently_artistic_creative_satirical: bool | None = _flag(
        "The deep fake forms part of an evidently artistic, creative, satirical, fictional or "
        "analogous work or programme (Art. 50(4), limitation)."
    )
    public_interest_text: bool | None = _flag(
        "Generates or manipulates text published to inform the public on matters of public "
        "interest "
        "(Art. 50(4), second subparagraph)."
    )
    human_review_and_editorial_responsibility: bool | None = _flag(
        "The text underwent human review or editorial control and someone holds editorial "
        "responsibility "
        "(Art. 50(4), second subparagraph, exception)."
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        # Art. 50(3)'s purposes (detect, prevent, investigate) are among those of Art. 50(1),
        # (2) and (4) (detect, prevent, investigate or prosecute).
        if (
            self.permitted_by_law_detect_prevent_investigate is True
            and self.authorised_by_law_criminal_offences is False
        ):
            raise FieldConflict(
                "permitted_by_law_detect_prevent_investigate",
                "authorised_by_law_criminal_offences",
                N_(
                    "true, but {fact} is false: a system "
                    "permitted by law to detect, prevent or investigate criminal offences (Art. "
                    "50(3)) is authorised by law to detect, prevent, investigate or prosecute them "
                    "(Art. 50(1), (2), (4))"
                ),
                names={"fact": ("transparency.authorised_by_law_criminal_offences",)},
            )
        # The same relation one step in: an authorisation to detect, prevent or investigate is
        # one "to detect, prevent, investigate or prosecute" (Art. 50(1), (2), (4)), and Art.
        # 50(3)'s permission to detect, prevent or investigate is such an authorisation, "subject
        # to appropriate safeguards for the rights and freedoms of third parties" as Art. 50(1)
        # asks (review56): the narrower fact true beside the broader false is refused
        # (atoms.NARROWER_SETTLED_BY_BROADER lists the pairs; a known "no" to the broader fact
        # settles the narrower one, so it is not asked).
        for narrower, broader, template in _ART50_NARROWER_BROADER:
            if getattr(self, narrower) is True and getattr(self, broader) is False:
                raise FieldConflict(
                    narrower, broader, template, names={"fact": (f"transparency.{broader}",)}
                )
        return self


_ART50_NARROWER_BROADER: tuple[tuple[str, str, str], ...] = (
    (
        "authorised_by_law_detect_prevent_investigate",
        "authorised_by_law_criminal_offences",
        N_(
            "true, but {fact} is false: a system "
            "authorised by law to detect, prevent or investigate criminal offences is authorised "
            "by law to detect, prevent, investigate or prosecute them (Art. 50(1), (2), (4))"
        ),
    ),
    (
        "permitted_by_law_detect_prevent_investigate",
        "authorised_by_law_detect_prevent_investigate",
        N_(
            "true, but {fact} is false: a "
            "system 'permitted by law to detect, prevent or investigate criminal offences' (Art. "
            "50(3)) is authorised by law to do so, not only to prosecute them"
        ),
    ),
    (
        "permitted_by_law_detect_prevent_investigate",
        "art50_1_safeguards_third_parties",
        N_(
            "true, but {fact} is false: the permission of "
            "Art. 50(3) is 'subject to appropriate safeguards for the rights and freedoms of "
            "third parties', the safeguards Art. 50(1) asks of the authorisation"
        ),
    ),
)
"""Art. 50 facts (narrower, broader, reason): the narrower true beside the broader false is a
contradiction (:meth:`Transparency._consistent`)."""


class UseContext(_Facts):
    """Facts about how and by whom the system is used (Arts. 26, 27, 111)."""

    intended_for_public_authorities: bool | None = _flag(
        "The provider's intended purpose includes use by public authorities (Art. 111(2); "
        "reference A3)."
    )
    used_by_public_authorities: bool | None = _flag(
        "The system is actually used by public authorities (Art. 111(2); reference A3)."
    )
    annex_x_large_scale_it_component: bool | None = _flag(
        "A component of a large-scale IT system of Annex X (SIS, VIS, Eurodac, EES, ETIAS, "
        "ECRIS-TCN, "
        "interoperability) (Art. 111(1))."
    )
    workplace_use: bool | None = _flag("Put into service or used at the workplace (Art. 26(7)).")
    decisions_on_natural_persons: bool | None = _flag(
        "Makes or assists in making decisions related to natural persons (Art. 26(11); Art. 86(1))."
    )
    post_remote_biometric_identification_criminal_investigation: bool | None = _flag(
        "Used for post-remote biometric identification in the targeted search of a suspected or "
        "convicted "
        "person (Art. 26(10))."
    )
    deployer_controls_input_data: bool | None = _flag(
        "The deployer exercises control over the input data (Art. 26(4))."
    )
    on_behalf_of_public_authority: bool | None = _flag(
        "Used by or on behalf of a public authority or a Union institution, body, office or "
        "agency (Art. 49(3): the deployers that register)."
    )
    # --- Art. 75(1) (AI Office competence), Art. 49(4), Art. 27(4): added by the second reading
    gpai_model_same_provider: bool | None = _flag(
        "The system is based on a general-purpose AI model, and the model and the system are "
        "developed by the same provider (Art. 75(1), original text; Art. 75(1)(a), amended text)."
    )
    gpai_model_same_undertaking: bool | None = _flag(
        "The system is based on a general-purpose AI model developed by a provider forming part of "
        "the same undertaking as the system's provider (Art. 75(1)(a), amended text)."
    )
    very_large_online_platform_or_search_engine: bool | None = _flag(
        "The system constitutes or is integrated into a very large online platform or very large "
        "online search engine designated under Regulation (EU) 2022/2065 (Art. 75(1)(b), amended "
        "text)."
    )
    provided_by_le_border_or_financial_authority: bool | None = _flag(
        "The system is provided by a law-enforcement authority, a border management authority or "
        "a financial institution and falls under Art. 74(6) (Art. 75(1)(a)(iii), amended text: "
        "excepted from the AI Office's competence)."
    )
    deployer_same_undertaking_as_provider: bool | None = _flag(
        "The deployer forms part of the same undertaking as the system's provider (Art. 75(1), "
        "second subparagraph, amended text: the AI Office's competence reaches deployers 'only "
        "when they are also the provider or form part of the same undertaking as the provider')."
    )
    law_enforcement_migration_border_area: bool | None = _flag(
        "The system is used in the areas of law enforcement, migration, asylum and border control "
        "management (Art. 49(4); Art. 60(4)(c)); true by definition for Annex III points 6 and 7 "
        "and for real-time or post remote biometric identification for law enforcement."
    )
    dpia_conducted: bool | None = _flag(
        "The deployer conducted a data protection impact assessment under Art. 35 of Regulation "
        "(EU) 2016/679 or Art. 27 of Directive (EU) 2016/680 that already meets obligations of "
        "Art. 27 (Art. 27(4))."
    )
    # --- Art. 26(9) and Art. 46(2): added by legal2
    urgency_use_without_art46_authorisation: bool | None = _flag(
        "A law-enforcement or civil protection authority puts the system into service without the "
        "market surveillance authority's Art. 46(1) authorisation, in a duly justified situation "
        "of urgency for exceptional reasons of public security or a specific, substantial and "
        "imminent threat to the life or physical safety of natural persons (Art. 46(2))."
    )
    dpia_required: bool | None = _flag(
        "The deployer is obliged to carry out a data protection impact assessment of its use of "
        "the system under Art. 35 of Regulation (EU) 2016/679 or Art. 27 of Directive (EU) "
        "2016/680 (Art. 26(9): 'Where applicable')."
    )
    ai_office_competent: bool | None = _flag(
        "Deprecated, not read by any rule: the AI Office's competence is derived from the facts of "
        "Art. 75(1) above. Kept so that old case files load: false stands for 'not a system of "
        "Art. 75(1)' and sets the three Art. 75(1) facts to false where they are not given; true "
        "is rejected (give the Art. 75(1) facts instead)."
    )

    @model_validator(mode="before")
    @classmethod
    def _legacy_ai_office_flag(cls, data: Any) -> Any:
        """Map the retired one-flag answer onto the Art. 75(1) facts (see its description)."""
        if not isinstance(data, dict) or data.get("ai_office_competent") is None:
            return data
        if data["ai_office_competent"] is True:
            raise ValueError(
                "context.ai_office_competent: the AI Office's competence is derived from the facts "
                "of Art. 75(1); give context.gpai_model_same_provider, "
                "context.gpai_model_same_undertaking or "
                "context.very_large_online_platform_or_search_engine (and, for a deployer, "
                "context.deployer_same_undertaking_as_provider) instead"
            )
        out = dict(data)
        for name in _ART75_1_FACTS:
            if out.get(name) is None:
                out[name] = False
        return out


_ART75_1_FACTS = (
    "gpai_model_same_provider",
    "gpai_model_same_undertaking",
    "very_large_online_platform_or_search_engine",
)
"""The facts of Art. 75(1) that the retired ``context.ai_office_competent: false`` stands for."""


class ConformityFacts(_Facts):
    """Conformity assessment and testing in real-world conditions (Arts. 43, 60, 61)."""

    standards_applied_in_full: bool | None = _flag(
        "In demonstrating compliance with the Section 2 requirements the provider applied "
        "harmonised standards (Art. 40) or, where applicable, common specifications (Art. 41) in "
        "full: they exist, were applied entirely and none was published with a restriction on the "
        "part relied on (Art. 43(1), first and second subparagraphs; Art. 43(3), third "
        "subparagraph)."
    )
    opts_for_notified_body: bool | None = _flag(
        "Where it may choose, the provider opts for the assessment of the quality management "
        "system and the technical documentation with a notified body, Annex VII (Art. 43(1), "
        "first subparagraph, point (b))."
    )
    sectoral_opt_out_available: bool | None = _flag(
        "The Annex I Section A legislation lets the product manufacturer opt out of a third-party "
        "conformity assessment where it has applied harmonised standards covering all the "
        "relevant requirements of that legislation, and this manufacturer has applied them, so "
        "that it may use that option (Art. 43(3), third subparagraph; whether the AI standards "
        "or common specifications also cover Section 2 is standards_applied_in_full)."
    )
    real_world_testing_outside_sandbox: bool | None = _flag(
        "The provider or prospective provider tests the system in real-world conditions outside "
        "an AI regulatory sandbox (Art. 60(1); Art. 3(57))."
    )
    # --- Art. 41(5): added by legal2
    common_specifications_not_followed: bool | None = _flag(
        "Common specifications adopted by the Commission under Art. 41(1) cover requirements of "
        "Section 2 for this system, and the provider does not comply with them (Art. 41(5))."
    )


class AuthorityActions(_Facts):
    """Acts of an authority that give rise to duties: these duties exist only once the authority
    has acted, so each is conditional on one of these facts (Arts. 75c, 79, 80, 82)."""

    msa_required_corrective_action: bool | None = _flag(
        "A market surveillance authority found the system non-compliant and required the operator "
        "to take corrective action, withdraw or recall it (Art. 79(2), second subparagraph)."
    )
    msa_found_derogated_system_high_risk: bool | None = _flag(
        "A market surveillance authority found that a system the provider classified as not "
        "high-risk under Art. 6(3) is high-risk and required it to be brought into compliance "
        "(Art. 80(2))."
    )
    msa_required_measures_compliant_system_at_risk: bool | None = _flag(
        "A market surveillance authority found that the high-risk system, although compliant, "
        "presents a risk and required measures within a period it prescribed (Art. 82(1))."
    )
    ai_office_non_compliance_decision: bool | None = _flag(
        "The AI Office adopted a decision establishing non-compliance that orders measures "
        "(Art. 75c(1) and (3), amended text)."
    )
    ai_office_enforcement_decision: bool | None = _flag(
        "The AI Office adopted a decision ordering the operator to submit to an investigation or "
        "inspection, to answer an information request, to take corrective action or to comply "
        "with commitments or a decision (Art. 75c(5)(a)-(g); Art. 75a, amended text)."
    )


# --------------------------------------------------------------------------- definitions (issue 13)
# The facts behind three gateway definitions of Art. 3, so that a person who cannot answer "is it
# an AI system?" or "is it emotion recognition?" can answer questions about what the system does.
# The rules that read them are in aiact/rules/definitions.py; the Commission guidelines' readings
# are the interpretations D1-D4 (aiact/interpretations.py, docs/adr/).


class AISystemDefinition(_Facts):
    """The elements of the AI-system definition (Art. 3(1); recital 12) and the systems that the
    Commission guidelines place outside it for their limited capacity to infer (Commission
    Guidelines on the definition of an AI system, C(2025) 5053, paragraphs 40-51; reading D1).

    Adaptiveness after deployment is not asked: the definition says a system "may" exhibit it, so
    it never decides (guidelines paragraph 23)."""

    machine_based: bool | None = _flag(
        "Developed with and running on machines: hardware and software (Art. 3(1): "
        "'machine-based system'; guidelines paragraphs 11-13)."
    )
    operates_with_some_autonomy: bool | None = _flag(
        "Designed to produce its output with some independence of action from human involvement, "
        "not solely through fully manual operation (Art. 3(1): 'varying levels of autonomy'; "
        "recital 12; guidelines paragraphs 14-20)."
    )
    has_objectives: bool | None = _flag(
        "Operates according to explicit or implicit objectives (Art. 3(1); guidelines paragraphs "
        "24-25)."
    )
    learns_from_data: bool | None = _flag(
        "Built with machine learning that learns from data how to achieve objectives: supervised, "
        "unsupervised, self-supervised or reinforcement learning, deep learning (Art. 3(1): "
        "'infers'; recital 12; guidelines paragraphs 30-38)."
    )
    reasons_from_encoded_knowledge: bool | None = _flag(
        "Built with logic- and knowledge-based approaches that infer from encoded knowledge or a "
        "symbolic representation: expert systems, knowledge bases, inference engines (recital 12; "
        "guidelines paragraph 39)."
    )
    only_predefined_rules: bool | None = _flag(
        "Only executes rules defined in advance by people, without learning, reasoning or "
        "modelling at any stage: database queries, spreadsheet formulas, descriptive statistics "
        "(recital 12: 'rules defined solely by natural persons'; guidelines paragraphs 40, 46-47)."
    )
    only_mathematical_optimisation: bool | None = _flag(
        "Only improves or accelerates well-established mathematical optimisation, such as machine "
        "learning that approximates a physics simulation or allocates satellite bandwidth "
        "(guidelines paragraphs 42-45; reading D1)."
    )
    only_classical_heuristics: bool | None = _flag(
        "Only applies classical heuristics with predefined rules, such as a minimax chess program "
        "with a heuristic evaluation function, without learning from data (guidelines paragraph "
        "48; reading D1)."
    )
    only_simple_prediction: bool | None = _flag(
        "Only predicts with a basic statistical rule, such as the mean of past data (a baseline or "
        "static estimation: guidelines paragraphs 49-51; reading D1)."
    )
    generates_outputs: bool | None = _flag(
        "Generates outputs such as predictions, content, recommendations or decisions (Art. 3(1); "
        "guidelines paragraphs 52-59)."
    )
    outputs_influence_environment: bool | None = _flag(
        "Its outputs can influence physical or virtual environments (Art. 3(1); guidelines "
        "paragraph 60)."
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.only_predefined_rules is True:
            for name in ("learns_from_data", "reasons_from_encoded_knowledge"):
                if getattr(self, name) is True:
                    raise FieldConflict(
                        name,
                        "only_predefined_rules",
                        N_(
                            "a system that only executes rules defined in advance by people does "
                            "not learn, reason or model (recital 12; Commission guidelines C(2025) "
                            "5053, paragraph 46), but {fact} is true"
                        ),
                        names={"fact": ("definition.only_predefined_rules",)},
                    )
        return self


class EmotionSubject(StrEnum):
    """Whose emotions or intentions a system is meant to infer (Art. 5(1)(f): 'in the areas of
    workplace and education institutions'; Commission Guidelines on prohibited AI practices,
    C(2025) 5052, paragraphs 254-255, 266-270)."""

    WORKERS = "workers"
    """People at work for the organisation: employees, contractors, trainees, volunteers, the
    self-employed (paragraph 254)."""
    JOB_CANDIDATES = "job_candidates"
    """Candidates during selection and hiring, including a probationary period (paragraph 254)."""
    STUDENTS = "students"
    """Pupils or students of an education institution, in the institution's use (paragraph 255)."""
    EDUCATION_APPLICANTS = "education_applicants"
    """Candidates in an education institution's admissibility process (paragraph 255)."""
    CUSTOMERS = "customers"
    """Customers or clients (paragraph 254: call-centre customers; paragraph 266)."""
    PUBLIC = "public"
    """Visitors, passers-by, crowds (paragraphs 267-268)."""
    OTHER = "other"
    """Anyone else, such as patients or users of a consumer app outside an education institution
    (paragraphs 255, 269)."""


class BiometricFacts(_Facts):
    """What a system does with biometric data (Art. 3(34)): the facts behind the definitions of an
    emotion recognition system (Art. 3(39)), a biometric categorisation system (Art. 3(40)), remote
    biometric identification (Art. 3(35), (41)-(43)) and a publicly accessible space (Art. 3(44)),
    which gate Art. 5(1)(f)-(h), Art. 50(3) and Annex III point 1 (Commission Guidelines on
    prohibited AI practices, C(2025) 5052, sections 7-9)."""

    # Art. 3(39) and Art. 5(1)(f): emotion recognition
    infers_emotions_or_intentions: bool | None = _flag(
        "Identifies or infers emotions or intentions of natural persons, including 'attitudes' "
        "such as an angry attitude; not physical states such as pain or fatigue, nor the mere "
        "detection of readily apparent expressions such as a smile (Art. 3(39); recital 18; "
        "guidelines paragraphs 244-249)."
    )
    emotions_from_biometric_data: bool | None = _flag(
        "The emotions or intentions are inferred from biometric data, such as the face, voice, "
        "body posture, gestures, keystrokes, eye movements or heartbeat, not only from written "
        "text (Art. 3(34), 3(39); guidelines paragraphs 250-252)."
    )
    emotion_subjects: tuple[EmotionSubject, ...] | None = Field(
        default=None,
        description="Whose emotions or intentions the system is meant to infer; empty if no one, "
        "None if unknown (Art. 5(1)(f): 'in the areas of workplace and education institutions'; "
        "guidelines paragraphs 254-255, 270: people only caught incidentally do not count).",
    )
    emotion_results_only_for_own_training: bool | None = _flag(
        "Used only for the person's own training (or a role-play), with results not shared with "
        "HR or teachers and unable to affect assessment, promotion, evaluation or certification "
        "(guidelines paragraphs 254-255; reading D3)."
    )
    # Art. 3(40) and Art. 5(1)(g): biometric categorisation
    categorises_persons_by_biometric_data: bool | None = _flag(
        "Assigns natural persons to categories (such as age, sex or ethnicity) on the basis of "
        "their biometric data; not by clothes, accessories or social media activity (Art. 3(40); "
        "guidelines paragraphs 276-278)."
    )
    categorisation_ancillary_and_technically_necessary: bool | None = _flag(
        "That categorisation is ancillary to another commercial service and strictly necessary "
        "for objective technical reasons, such as a virtual try-on filter in a web shop (Art. "
        "3(40), exception; recital 16; guidelines paragraphs 279-280)."
    )
    categorises_individually: bool | None = _flag(
        "Categorises persons individually, not only a group as a whole (Art. 5(1)(g); guidelines "
        "paragraph 282)."
    )
    infers_art5g_sensitive_traits: bool | None = _flag(
        "Deduces or infers race, political opinions, trade union membership, religious or "
        "philosophical beliefs, sex life or sexual orientation (Art. 5(1)(g); guidelines "
        "paragraph 283)."
    )
    infers_other_protected_attributes: bool | None = _flag(
        "Infers other sensitive or protected attributes or characteristics (Annex III point 1(b); "
        "guidelines paragraph 287)."
    )
    # Art. 3(35)-(36), (41)-(44) and Art. 5(1)(h): remote biometric identification
    identifies_persons_by_biometric_data: bool | None = _flag(
        "Establishes who a person is by comparing their biometric data with biometric data of "
        "persons stored in a reference database (Art. 3(35), 3(41); guidelines paragraphs "
        "297-302, 309)."
    )
    identification_without_active_involvement: bool | None = _flag(
        "Identifies persons without their active involvement, typically at a distance; not when "
        "a person consciously steps up to a sensor to unlock a device or enter premises (Art. "
        "3(41); recitals 15, 17; guidelines paragraphs 304-308)."
    )
    identification_without_significant_delay: bool | None = _flag(
        "Captures, compares and identifies without a significant delay (real-time, Art. 3(42)); "
        "false for identification afterwards on recorded material (post, Art. 3(43); guidelines "
        "paragraphs 310-312)."
    )
    space_is_physical: bool | None = _flag(
        "Used in a physical place; online spaces are not (Art. 3(44); guidelines paragraph 315)."
    )
    space_accessible_to_undetermined_number: bool | None = _flag(
        "That place is accessible to an undetermined number of persons, whatever the conditions "
        "for access (tickets, age) or capacity; not a workplace with entry control, a prison or "
        "border control (Art. 3(44); recital 19; guidelines paragraphs 313-318)."
    )
    for_law_enforcement_purposes: bool | None = _flag(
        "Used for the purposes of law enforcement, by whoever carries it out (Art. 3(46); Art. "
        "5(1)(h); guidelines paragraphs 319-320)."
    )

    @field_validator("emotion_subjects", mode="after")
    @classmethod
    def _sorted(cls, value: tuple[EmotionSubject, ...] | None) -> tuple[EmotionSubject, ...] | None:
        # Order never matters: normalise so that the same set gives the same result.
        if value is None:
            return None
        return tuple(sorted(set(value), key=lambda s: list(EmotionSubject).index(s)))

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.infers_emotions_or_intentions is False and self.emotions_from_biometric_data:
            raise FieldConflict(
                "emotions_from_biometric_data",
                "infers_emotions_or_intentions",
                N_("true, but {fact} is false"),
                names={"fact": ("biometrics.infers_emotions_or_intentions",)},
            )
        _none_true(
            self,
            "categorises_persons_by_biometric_data",
            ("categorisation_ancillary_and_technically_necessary", "categorises_individually"),
            N_("false, but facts about that categorisation are true: {facts}"),
        )
        _none_true(
            self,
            "identifies_persons_by_biometric_data",
            (
                "identification_without_active_involvement",
                "identification_without_significant_delay",
            ),
            N_("false, but facts about that identification are true: {facts}"),
        )
        return self


def _none_true(facts: BaseModel, field: str, details: tuple[str, ...], template: str) -> None:
    """Where ``field`` is false, none of the ``details`` about it is true (a biometric
    feature's own facts); the contradiction names every detail that is (``template``'s
    ``{facts}``)."""
    if getattr(facts, field) is not False:
        return
    true = [name for name in details if getattr(facts, name)]
    if true:
        raise FieldConflict(
            field,
            true,
            template,
            names={"facts": tuple(f"biometrics.{name}" for name in true)},
        )


NO_DATE = "none"
"""The value of ``AISystem.significant_change`` that says there was no significant change in
design (Art. 111(2)); an empty one is not known."""

NO_DATE_FIELDS: frozenset[str] = frozenset({"significant_change"})
"""The date fields of :class:`AISystem` that may say :data:`NO_DATE` (read by the frame, the
questions and the solver)."""


def is_no_date(value: object) -> bool:
    """Whether ``value`` says :data:`NO_DATE` (in any case, with spaces around it)."""
    return isinstance(value, str) and value.strip().lower() == NO_DATE


class AISystem(_Facts):
    """An AI system and the organisation's relation to it.

    The dates are those of the first placing on the market or putting into service of this type and
    model (Omnibus recital 39), and of a significant change in its design (Art. 111(2): the first
    on or after the cut-off).
    ``significant_change`` is a date, ``"none"`` (no significant change) or empty (not known:
    the answers of Art. 111(2) that turn on it stay undetermined; until round 13 an empty one
    meant no significant change, a presumption the output did not state, ADR 0037). Of
    ``placed_on_market`` and ``put_into_service`` the earliest given is the first placing, and an
    empty one means that step has not happened; with neither given, the date is unknown and the
    transitional answers say so.
    """

    name: str | None = Field(default=None, max_length=500, description="Name, for reports only.")
    is_ai_system: bool | None = _flag(
        "A machine-based system designed to operate with varying levels of autonomy, that may "
        "exhibit "
        "adaptiveness and infers from input how to generate outputs (Art. 3(1)). A direct answer: "
        "leave it empty to derive it from definition (issue 13)."
    )
    is_general_purpose_ai_system: bool | None = _flag(
        "An AI system based on a general-purpose AI model (Art. 3(66); Art. 25(1)(c); Art. 50(2))."
    )
    roles: Roles = Field(
        default_factory=Roles, description="The organisation's declared roles (Art. 3)."
    )
    value_chain: ValueChain = Field(
        default_factory=ValueChain, description="Art. 25 and Art. 22 facts."
    )
    exclusions: Exclusions = Field(
        default_factory=Exclusions, description="Art. 2 reach and exclusions."
    )
    prohibited: ProhibitedPractices = Field(
        default_factory=ProhibitedPractices, description="Art. 5 practices."
    )
    annex_i: AnnexIFacts = Field(default_factory=AnnexIFacts, description="Art. 6(1) and Annex I.")
    annex_iii: AnnexIIIFacts = Field(
        default_factory=AnnexIIIFacts, description="Art. 6(2) and Annex III."
    )
    derogation: Derogation = Field(default_factory=Derogation, description="Art. 6(3)-(4).")
    transparency: Transparency = Field(default_factory=Transparency, description="Art. 50.")
    context: UseContext = Field(
        default_factory=UseContext, description="Arts. 26, 27, 111 context."
    )
    conformity: ConformityFacts = Field(
        default_factory=ConformityFacts,
        description="Arts. 43, 60, 61: conformity assessment and real-world testing.",
    )
    authority_actions: AuthorityActions = Field(
        default_factory=AuthorityActions,
        description="Arts. 75c, 79, 80, 82: what an authority has required.",
    )
    placed_on_market: dt.date | None = Field(
        default=None,
        description="First placing on the market of this type and model in the Union (Art. 3(9); "
        "Art. 111).",
    )
    put_into_service: dt.date | None = Field(
        default=None, description="First putting into service in the Union (Art. 3(11); Art. 111)."
    )
    significant_change: dt.date | Literal["none"] | None = Field(
        default=None,
        description="Significant change in design (Art. 111(2); recital 177: substantial "
        "modification): the date of the first one on or after the Art. 111(2) cut-off (with none "
        "since, of the most recent before it), 'none' when the design has not changed "
        "significantly, or empty when that is not known.",
    )

    @field_validator("significant_change", mode="before")
    @classmethod
    def _no_change(cls, value: Any) -> Any:
        """Accept ``"none"`` in any case and with spaces around it."""
        return NO_DATE if is_no_date(value) else value

    # --- definitions (issue 13): the facts behind Art. 3(1), 3(34)-(44); see rules/definitions.py
    definition: AISystemDefinition = Field(
        default_factory=AISystemDefinition,
        description="The elements of the AI-system definition (Art. 3(1)); used when is_ai_system "
        "is not given.",
    )
    biometrics: BiometricFacts = Field(
        default_factory=BiometricFacts,
        description="Emotion recognition, biometric categorisation and remote biometric "
        "identification (Art. 3(34)-(44); Art. 5(1)(f)-(h); Art. 50(3); Annex III point 1).",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        roles = self.roles
        if roles.importer is True and roles.provider is True:
            raise FieldConflict(
                "roles.importer",
                "roles.provider",
                N_(
                    "an importer places on the market a system of a third-country provider; it "
                    "cannot also be that provider, {fact} (Art. 3(6)); declare one of "
                    "importer or provider"
                ),
                names={"fact": ("roles.provider",)},
                spoken=N_(
                    "an importer places on the market a system of a third-country provider, so "
                    "it cannot also be that provider ({fact}; Art. 3(6)); choose importer or "
                    "provider, not both"
                ),
            )
        if roles.distributor is True and (roles.provider is True or roles.importer is True):
            other = "roles.provider" if roles.provider is True else "roles.importer"
            raise FieldConflict(
                "roles.distributor",
                other,
                N_(
                    "a distributor is a person 'other than the provider or the importer' (Art. "
                    "3(7)), but {other} is true"
                ),
                names={"other": (other,)},
            )
        if roles.authorised_representative is True and roles.provider is True:
            raise FieldConflict(
                "roles.authorised_representative",
                "roles.provider",
                N_(
                    "an authorised representative holds a written mandate from a provider "
                    "(Art. 3(5)); the provider ({fact}) cannot be its own authorised "
                    "representative"
                ),
                names={"fact": ("roles.provider",)},
            )
        if roles.importer is True and self.value_chain.provider_established_in_eu is True:
            raise FieldConflict(
                "value_chain.provider_established_in_eu",
                "roles.importer",
                N_(
                    "an importer ({fact}) imports a system of a provider established in a "
                    "third country (Art. 3(6))"
                ),
                names={"fact": ("roles.importer",)},
            )
        first = _earliest(self.placed_on_market, self.put_into_service)
        if (
            isinstance(self.significant_change, dt.date)
            and first is not None
            and self.significant_change < first
        ):
            origin = "placed_on_market" if first == self.placed_on_market else "put_into_service"
            raise FieldConflict(
                "significant_change",
                origin,
                N_(
                    "{date} is before the first placing on the market or putting into service "
                    "({origin} {first})"
                ),
                values={"date": self.significant_change.isoformat(), "first": first.isoformat()},
                names={"origin": (origin,)},
                # the earlier of both dates: another date given before it lifts the conflict
                reads=("placed_on_market", "put_into_service"),
            )
        if self.value_chain.substantial_modification is True and self.significant_change == NO_DATE:
            # A substantial modification is "a change to an AI system after its placing on the
            # market or putting into service" (Art. 3(23)), and the significant change of Art.
            # 111(2) is "equivalent in substance to the notion of substantial modification"
            # (recital 177): the system has changed (audit15b D1).
            raise FieldConflict(
                "significant_change",
                "value_chain.substantial_modification",
                N_(
                    "a substantial modification is a change to the system after its placing on "
                    "the market or putting into service (Art. 3(23)) and a significant change in "
                    "the sense of Art. 111(2) (recital 177); give the date of the modification, "
                    "not 'none'"
                ),
            )
        if roles.provider is True and self.value_chain.initial_provider_of_shifted_system is True:
            raise FieldConflict(
                "value_chain.initial_provider_of_shifted_system",
                "roles.provider",
                N_(
                    "an initial provider 'shall no longer be considered to be a provider of that "
                    "specific AI system' (Art. 25(2)); set {fact} to false for the system "
                    "another party took over"
                ),
                names={"fact": ("roles.provider",)},
            )
        if self.exclusions.personal_non_professional_use is True and roles.deployer is True:
            raise FieldConflict(
                "roles.deployer",
                "exclusions.personal_non_professional_use",
                N_(
                    "use in a purely personal non-professional activity is not deployment "
                    "(Art. 3(4)); {fact} is true"
                ),
                names={"fact": ("exclusions.personal_non_professional_use",)},
            )
        _check_implied_annex_iii(self)
        _check_annex_i_listed(self)
        _check_in_the_union(self)
        if self.is_ai_system is False and self.is_general_purpose_ai_system is True:
            raise FieldConflict(
                "is_ai_system",
                "is_general_purpose_ai_system",
                N_(
                    "false, but is_general_purpose_ai_system is true: a general-purpose AI system "
                    "is an AI system (Art. 3(66))"
                ),
            )
        return self


def _earliest(*dates: dt.date | None) -> dt.date | None:
    known = [d for d in dates if d is not None]
    return min(known) if known else None


IMPLIED_ANNEX_III: tuple[tuple[str, str, str], ...] = (
    ("transparency.emotion_recognition", "1c", "Annex III, point 1(c); Art. 3(39)"),
    (
        "prohibited.h_realtime_rbi_public_spaces_law_enforcement",
        "1a",
        "Annex III, point 1(a); Art. 3(41); Art. 3(42)",
    ),
    (
        "context.post_remote_biometric_identification_criminal_investigation",
        "1a",
        "Annex III, point 1(a); Art. 3(41); Art. 3(43)",
    ),
    (
        "prohibited.g_biometric_categorisation_sensitive_traits",
        "1b",
        "Annex III, point 1(b); Art. 3(40)",
    ),
)
"""Facts that imply an Annex III point (issue 12, item 11): (fact, point, citation). The rules
derive the point from the fact (``hr.listed.<point>``); a case that states the fact and a known
list of points without the point contradicts itself."""


VERIFICATION_ONLY = "annex_iii.biometric_verification_only"
"""Annex III, point 1(a): "AI systems intended to be used for biometric verification the sole
purpose of which is to confirm that a specific natural person is the person he or she claims to
be" are not listed."""

NOT_VERIFICATION_ONLY: tuple[tuple[str, str], ...] = (
    (
        "prohibited.h_realtime_rbi_public_spaces_law_enforcement",
        N_(
            "a real-time remote biometric identification system "
            "({fact}) identifies persons by "
            "comparing their biometric data with a reference database (Art. 3(41)); it does not "
            "have biometric verification as its sole purpose (Annex III, point 1(a); Art. 3(36))"
        ),
    ),
    (
        "context.post_remote_biometric_identification_criminal_investigation",
        N_(
            "a system used for post-remote biometric identification "
            "({fact}) is a remote "
            "biometric identification system (Art. 3(43)): it identifies persons by comparing "
            "their biometric data with a reference database (Art. 3(41)); it does not have "
            "biometric verification as its sole purpose (Annex III, point 1(a); Art. 3(36))"
        ),
    ),
)
"""Facts of remote biometric identification, each refused together with
:data:`VERIFICATION_ONLY` true (reviews 45 and 52): identification compares a person's
biometric data with "a reference database" (Art. 3(41), 3(43)), not the "one-to-one
verification" of Art. 3(36) (recitals 15 and 17). So a known "yes" to either side settles the
other as "no" (``atoms._excluded_by_a_yes``): (fact, the reason of the refusal).

Not refused (review73 D3, left open in round 22): the post-remote use of Art. 26(10)
(``context.post_remote_biometric_identification_criminal_investigation``) beside identification
without a significant delay (Art. 3(42)). Art. 3(43) defines a post-remote system as "other than
a real-time remote biometric identification system", but one system may identify both live and
on recorded material, and Art. 5(1)(h) and Art. 26(10) regulate its uses: refusing the pair
would refuse such a system (and, through the definition, a direct "yes" to Art. 5(1)(h) beside
the post-remote use). Which reading holds is reading A44 (``art26_10_post_remote_use``, ADR
0047): by default (``use_decides``) the stated use brings in Art. 26(10); under
``definition_decides`` the rule ``hr.post_remote_rbi`` also needs ``not
biometrics.identification_without_significant_delay``. Under both the pair is accepted, and the
fact stays here: either way the system is a remote biometric identification system (Art.
3(41)), not one for verification only."""


def with_implied_annex_iii_points(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (the fields of an :class:`AISystem`) with the Annex III points that its other
    facts imply added to a known list of points (:data:`IMPLIED_ANNEX_III`), for a caller that
    assembles facts from answers that may leave the implied point out (a questionnaire mapping).
    An unknown list stays unknown: the rules derive the point anyway."""
    annex_iii = data.get("annex_iii")
    if not isinstance(annex_iii, dict) or annex_iii.get("points") is None:
        return data
    points = [str(getattr(p, "value", p)) for p in annex_iii["points"]]
    for path, point, _ in IMPLIED_ANNEX_III:
        group, name = path.split(".")
        facts = data.get(group)
        if isinstance(facts, dict) and facts.get(name) is True and point not in points:
            points.append(point)
    return {**data, "annex_iii": {**annex_iii, "points": tuple(points)}}


IN_THE_UNION: tuple[tuple[str, str], ...] = (
    (
        "roles.importer",
        N_(
            "{fact} is true: an importer 'places on the market' the system (Art. 3(6)), "
            "and placing on the market is 'the first making available ... on the Union market' "
            "(Art. 3(9))"
        ),
    ),
    (
        "roles.distributor",
        N_(
            "{fact} is true: a distributor 'makes an AI system available on the "
            "Union market' (Art. 3(7), 3(10)), and its first making available there is its "
            "placing on the market (Art. 3(9))"
        ),
    ),
    (
        "exclusions.made_available_on_union_market",
        N_(
            "{fact} is true: a system made available on the "
            "Union market (Art. 3(10)) is placed on the market there, by its first making "
            "available (Art. 3(9))"
        ),
    ),
    (
        "exclusions.used_in_eu_by_organisation",
        N_(
            "{fact} is true: the organisation itself uses the "
            "system in the Union (Art. 2(1)(b)), so it is used there; a provider's own use is "
            "its putting into service 'for own use in the Union' (Art. 3(11))"
        ),
    ),
)
"""Facts that mean the system is placed on the market, put into service or used in the Union
(``exclusions.placed_or_used_in_eu``, Art. 2(1)(a)-(b)): (fact, why: the fact is true, and the
reason, a message of the catalogue). Each defines its activity
on the Union market or in the Union, so a case that states one and denies the placing, putting
into service and use in the Union contradicts itself (reviews 22 and 23), and each one true
entails it: the rules conclude ``territory.placed_or_used_in_union`` from each (one rule per
fact, aiact/rules/scope.py, round 14). Not listed, because
the text does not tie them to the Union in every case: the provider (Art. 2(1)(c) reaches one
whose system is only used abroad, its output in the Union), the product manufacturer (not
defined in Art. 3; 'putting into service' of Art. 3(11) may be read as tied to the Union for
own use only: 'for first use directly to the deployer or for own use in the Union'), the initial
provider of Art. 25(2) (it 'placed ... or put ... into service', the same doubt; review26), the
authorised representative (a mandate, Art. 3(5)) and the output used in the Union (Art.
2(1)(c), which speaks of systems elsewhere)."""


PLACED_ON_THE_UNION_MARKET: tuple[str, ...] = (
    "exclusions.made_available_on_union_market",
    "roles.importer",
    "roles.distributor",
)
"""Facts of :data:`IN_THE_UNION` that mean the system is placed on the market (Art. 3(9): "the
first making available of an AI system ... on the Union market"; an importer "places on the
market", Art. 3(6); a distributor "makes ... available on the Union market", Art. 3(7), 3(10)).
Art. 2(8) excludes research, testing or development only "prior to their being placed on the
market or put into service": a case that states one of them and
``exclusions.pre_market_research_testing`` true contradicts itself (review48). The dates are
checked, with the dates, by :func:`aiact.date_facts.guard_pre_market`, where the day assessed is
known."""


def system_fact(system: AISystem, path: str) -> Any:
    """The value of the fact ``path`` (``group.name``, as ``roles.importer``) of ``system``."""
    group, name = path.split(".")
    return getattr(getattr(system, group), name)


def _check_in_the_union(system: AISystem) -> None:
    """``exclusions.placed_or_used_in_eu`` false while a fact of :data:`IN_THE_UNION` is true
    is a contradiction: the error names every such fact, with its reason."""
    if system.exclusions.placed_or_used_in_eu is not False:
        return
    true = [(path, why) for path, why in IN_THE_UNION if system_fact(system, path) is True]
    if true:
        raise FieldConflict(
            "exclusions.placed_or_used_in_eu",
            [path for path, _ in true],
            N_(
                "false (not placed on the market, put into service or used in the Union, Art. "
                "2(1)(a)-(b)), but {facts}; correct one of them (a placing or use in the Union "
                "that is planned counts: the duties of these roles apply before it, Art. 22(1), "
                "23(1))"
            ),
            terms={"facts": [(why, path) for path, why in true]},
        )


IMPLIED_SPOKEN = N_(
    "{path} is true, so the system falls under {point} ({also}), but that point is not among the "
    "Annex III points given ({points}: {given}); add {point}, or correct one of the two"
)
"""The reason of :func:`_check_implied_annex_iii` for a person who answered questions: the
points as citations, each answer and citation once (review65 D2); the point to add named as the
subject, the points given in brackets (review66 D1: "add that point" read as the point given)."""

IMPLIED_SPOKEN_NONE = N_(
    "{path} is true, so the system falls under {point} ({also}), but no Annex III point is given "
    "({points}); add {point}, or correct one of the two"
)
"""As :data:`IMPLIED_SPOKEN`, where the list of points given is empty."""


ANNEX_I_PRODUCT_FACTS: tuple[str, ...] = ("annex_i.is_the_product", "annex_i.safety_component")
"""The facts that link the system to a product covered by the Union harmonisation legislation
listed in Annex I (Art. 6(1)(a): "a safety component of a product, or ... itself a product,
covered by" that legislation): a "yes" says that some law of Annex I covers the product."""


def _check_annex_i_listed(system: AISystem) -> None:
    """A system stated to be a safety component of a product covered by Annex I legislation, or
    itself such a product, beside an empty list of that legislation is a contradiction (Art.
    6(1)(a)): the error names both fields. While the list is not given, such a statement makes
    the product covered by one of those laws (rule ``hr.annex_i.legislation_not_given``)."""
    if system.annex_i.legislation != ():
        return
    for path in ANNEX_I_PRODUCT_FACTS:
        if system_fact(system, path) is True:
            raise FieldConflict(
                "annex_i.legislation",
                path,
                N_(
                    "{path} is true: the system is a safety component of a product covered by "
                    "the Union harmonisation legislation listed in Annex I, or itself such a "
                    "product (Art. 6(1)(a)), but {list} is empty; name that legislation or "
                    "correct {path}"
                ),
                names={"path": (path,), "list": ("annex_i.legislation",)},
                spoken=N_(
                    "{path} says that the product is covered by one of the EU laws of Annex I "
                    "(Art. 6(1)(a)), but {list} names none of them; choose the law, or correct "
                    "one of the two"
                ),
            )


def _annex_iii_cite(point: str) -> str:
    """An Annex III point's code as a citation: ``4b`` is "Annex III, point 4(b)", ``2``
    (a point without sub-points) "Annex III, point 2"."""
    return f"Annex III, point {point[0]}({point[1:]})" if point[1:] else f"Annex III, point {point}"


def _given(listed: set[str]) -> dict[str, str]:
    """The Annex III points given, as citations (none where the list is empty)."""
    return {"given": "; ".join(map(_annex_iii_cite, sorted(listed)))} if listed else {}


def _check_implied_annex_iii(system: AISystem) -> None:
    """A fact that implies an Annex III point, with a known list of points that lacks it, is a
    contradiction: the error names both fields."""
    points = system.annex_iii.points
    if points is not None:
        listed = {p.value for p in points}
        for path, point, citation in IMPLIED_ANNEX_III:
            if system_fact(system, path) is True and point not in listed:
                raise FieldConflict(
                    "annex_iii.points",
                    path,
                    N_(
                        "{path} is true, so the system falls under {point} ({citation}), but "
                        "{points} {listed} does not list '{code}'; add it or correct {path}"
                    ),
                    values={"listed": str(sorted(listed)), "code": point},
                    names={"path": (path,), "points": ("annex_iii.points",)},
                    cites={
                        "point": _annex_iii_cite(point),
                        "citation": citation,
                        # for a person: the citation without the point, and the points given
                        # as citations (review65 D2)
                        "also": citation.removeprefix(f"{_annex_iii_cite(point)}; "),
                    }
                    | _given(listed),
                    spoken=IMPLIED_SPOKEN if listed else IMPLIED_SPOKEN_NONE,
                )
    for path, template in NOT_VERIFICATION_ONLY:
        if (
            system_fact(system, path) is True
            and system.annex_iii.biometric_verification_only is True
        ):
            raise FieldConflict(
                "annex_iii.biometric_verification_only", path, template, names={"fact": (path,)}
            )


# --------------------------------------------------------------------------- the GPAI model


class GPAIModelDefinition(_Facts):
    """The facts behind the definition of a general-purpose AI model (Art. 3(63)) and the
    Commission's indicative criterion (Guidelines on the scope of the obligations for
    general-purpose AI models, C(2025) 5045, paragraphs 17-20; reading D4)."""

    generates_language: bool | None = _flag(
        "Can generate language, as text (including code) or audio (including speech) (guidelines "
        "paragraph 17 and its footnotes 2-3; paragraph 19)."
    )
    generates_images_from_text: bool | None = _flag(
        "Can generate images from text (text-to-image) (guidelines paragraphs 17, 19)."
    )
    generates_video_from_text: bool | None = _flag(
        "Can generate video from text (text-to-video) (guidelines paragraphs 17, 19)."
    )
    narrow_tasks_only: bool | None = _flag(
        "Trained for and can competently perform only a narrow set of tasks, such as transcribing "
        "speech, generating speech from text, upscaling or inpainting images, generating music or "
        "sound effects, playing games or modelling the weather (Art. 3(63): 'a wide range of "
        "distinct tasks'; guidelines paragraph 20 and its examples): this rebuts the indicative "
        "criterion."
    )


class GPAIModel(_Facts):
    """A general-purpose AI model (Art. 3(63); Arts. 51-55)."""

    name: str | None = Field(default=None, max_length=500, description="Name, for reports only.")
    is_general_purpose: bool | None = _flag(
        "Displays significant generality and competently performs a wide range of distinct tasks, "
        "and is "
        "not only used for research, development or prototyping before placing on the market (Art. "
        "3(63)). A direct answer: leave it empty to derive it from definition and "
        "training_compute_flop (reading D4; issue 13)."
    )
    sole_purpose_scientific_research: bool | None = _flag(
        "Specifically developed and put into service for the sole purpose of scientific research "
        "and development (Art. 2(6): 'AI systems or AI models')."
    )
    pre_market_research_testing: bool | None = _flag(
        "Only research, testing or development before being placed on the market (Art. 2(8); "
        "Art. 3(63))."
    )
    provider: bool | None = _flag(
        "The organisation develops the model or has it developed and places it on the market (Art. "
        "3(3))."
    )
    authorised_representative: bool | None = _flag(
        "The organisation is the authorised representative of a third-country provider (Art. 54)."
    )
    training_compute_flop: Decimal | None = Field(
        default=None,
        ge=0,
        le=MAX_TRAINING_COMPUTE_FLOP,
        description="Cumulative training compute in floating-point operations, including "
        "pre-training, "
        "synthetic data generation and fine-tuning (Art. 51(2); recital 111). The presumption "
        "needs "
        "strictly more than 10^25.",
    )
    compute_threshold_will_be_met: bool | None = _flag(
        "It is known that the model will meet the condition of Art. 51(1)(a), high-impact "
        "capabilities: for example that the compute threshold of Art. 51(2) will be met, the usual "
        "way it becomes known (recital 112), or that evaluations will show such capabilities "
        "(Art. 52(1): 'or it becomes known that it will be met'; the name is that of the first "
        "case)."
    )
    high_impact_capabilities: bool | None = _flag(
        "Has high-impact capabilities evaluated with appropriate tools and benchmarks (Art. "
        "51(1)(a))."
    )
    commission_designated: bool | None = _flag(
        "Designated by a Commission decision as having systemic risk (Art. 51(1)(b); Art. 52(4))."
    )
    systemic_risk_rebutted: bool | None = _flag(
        "The Commission accepted the provider's arguments that the model does not present systemic "
        "risks "
        "(Art. 52(2)-(3))."
    )
    free_open_source_licence: bool | None = _flag(
        "Released under a free and open-source licence allowing access, usage, modification and "
        "distribution (Art. 53(2); Art. 54(6))."
    )
    parameters_publicly_available: bool | None = _flag(
        "Parameters including weights, architecture and usage information are publicly available "
        "(Art. 53(2))."
    )
    provider_established_in_eu: bool | None = _flag(
        "The provider is established in the Union (Art. 54(1))."
    )
    commission_requested_information: bool | None = _flag(
        "The Commission requested documentation or information from the provider (Art. 91(1), "
        "(3)); fined under Art. 101(1)(b)."
    )
    commission_requested_access: bool | None = _flag(
        "The Commission requested access to the model for an evaluation (Art. 92(3)); fined under "
        "Art. 101(1)(d)."
    )
    commission_requested_measures: bool | None = _flag(
        "The Commission requested measures: compliance with Arts. 53 and 54, mitigation, or "
        "restricting, withdrawing or recalling the model (Art. 93(1)); fined under Art. "
        "101(1)(c)."
    )
    placed_on_market: dt.date | None = Field(
        default=None, description="Placed on the Union market (Art. 3(9); Art. 111(3))."
    )
    # --- definitions (issue 13): the facts behind Art. 3(63); see rules/definitions.py
    definition: GPAIModelDefinition = Field(
        default_factory=GPAIModelDefinition,
        description="The modalities and tasks behind Art. 3(63) and the Commission's indicative "
        "criterion; used when is_general_purpose is not given.",
    )
    # --- Art. 41(5): added by legal2
    common_specifications_not_followed: bool | None = _flag(
        "Common specifications adopted by the Commission under Art. 41(1) cover obligations of "
        "Sections 2 and 3 of Chapter V for this model, and the provider does not comply with them "
        "(Art. 41(5))."
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.provider is True and self.authorised_representative is True:
            raise FieldConflict(
                "authorised_representative",
                "provider",
                N_(
                    "the provider ({fact}) cannot be its own authorised representative "
                    "(Art. 3(5); Art. 54(1))"
                ),
                names={"fact": ("model.provider",)},
            )
        if self.authorised_representative is True and self.provider_established_in_eu is True:
            raise FieldConflict(
                "provider_established_in_eu",
                "authorised_representative",
                N_(
                    "an authorised representative ({fact}) acts for a "
                    "provider established in a third country (Art. 54(1))"
                ),
                names={"fact": ("model.authorised_representative",)},
            )
        return self
