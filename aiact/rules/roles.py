"""Roles: the operator definitions of Art. 3 and the role shift of Art. 25."""

from __future__ import annotations

from aiact.ruleset import Rule
from aiact.versions import ONLY_AMENDED, ONLY_ORIGINAL

_RAW = (
    ("authorised_representative", "Art. 3(5)", "gemachtigde", "authorised representative"),
    ("product_manufacturer", "Art. 2(1)(e)", "productfabrikant", "product manufacturer"),
)

# Art. 25(1)(a) "without prejudice to contractual arrangements stipulating that the obligations
# are otherwise allocated": under reading A29's default the contract does not undo the shift; under
# the alternative (interp.a29_contract_displaces_shift) it does (ADR 0031).
_A29 = (
    "(not interp.a29_contract_displaces_shift "
    "or not value_chain.contract_allocates_obligations_otherwise)"
)

RULES: tuple[Rule, ...] = (
    *(
        Rule(
            id=f"role.{role}.declared",
            concludes=f"role.{role}",
            when=f"roles.{role}",
            source=source,
            title_en=f"The organisation is the {label_en}",
            title_nl=f"De organisatie is {label_nl}",
        )
        for role, source, label_nl, label_en in _RAW
    ),
    # --- Art. 3(6)-(7): an importer or distributor that becomes the provider under Art. 25(1) is
    # no longer an importer or distributor of that system (issue 12, item 10): a distributor is a
    # person "other than the provider or the importer" (Art. 3(7)), and the importer places on
    # the market a system bearing the name of a third-country person (Art. 3(6)), not its own.
    Rule(
        id="role.importer.declared",
        concludes="role.importer",
        when="roles.importer and not role.shifted_provider",
        source="Art. 3(6)",
        also_cites=("Art. 25(1)",),
        title_en="The organisation is the importer (unless it became the provider under "
        "Art. 25(1))",
        title_nl="De organisatie is importeur (tenzij zij op grond van artikel 25, lid 1, "
        "aanbieder werd)",
    ),
    Rule(
        id="role.distributor.declared",
        concludes="role.distributor",
        when="roles.distributor and not role.shifted_provider",
        source="Art. 3(7)",
        also_cites=("Art. 25(1)",),
        title_en="The organisation is the distributor, a person 'other than the provider or the "
        "importer' (unless it became the provider under Art. 25(1))",
        title_nl="De organisatie is distributeur, een persoon 'niet zijnde de aanbieder of de "
        "importeur' (tenzij zij op grond van artikel 25, lid 1, aanbieder werd)",
    ),
    Rule(
        id="role.provider.declared",
        concludes="role.provider",
        when="roles.provider",
        source="Art. 3(3)",
        title_en="The organisation is the provider of this system (an initial provider replaced "
        "under Art. 25(2) declares value_chain.initial_provider_of_shifted_system instead)",
        title_nl="De organisatie is aanbieder van dit systeem (een oorspronkelijke aanbieder die "
        "op "
        "grond van artikel 25, lid 2, is vervangen, geeft dat aan als oorspronkelijke aanbieder)",
    ),
    Rule(
        id="role.deployer.declared",
        concludes="role.deployer",
        # Art. 3(4) "except where the AI system is used in the course of a personal
        # non-professional activity"; Art. 2(10) (scope.personal_use) says the same of the
        # deployer obligations: the rule reads it, so Art. 2(10) is cited where it decides.
        when="roles.deployer and not (scope.personal_use and org.kind.natural_person)",
        source="Art. 3(4)",
        also_cites=("Art. 2(10)",),
        title_en="The organisation uses the system under its authority (deployer)",
        title_nl="De organisatie gebruikt het systeem onder eigen verantwoordelijkheid "
        "(gebruiksverantwoordelijke)",
    ),
    # --- Art. 25(1): another party becomes the provider of a high-risk AI system
    # Whether a contract allocating the obligations otherwise displaces the shift of point (a)
    # ("without prejudice to contractual arrangements") is reading A29 (ADR 0031). By default
    # it does not, and the contract is not read; under the alternative it is, and asked.
    Rule(
        id="role.provider.art25_1_a_own_name",
        concludes="role.provider",
        when=f"value_chain.own_name_on_high_risk_system and hr.high_risk and {_A29}",
        source="Art. 25(1)(a)",
        interpretation="A29",
        title_en="Puts its name or trademark on a high-risk AI system: becomes its provider "
        "(reading A29: a contract allocating the obligations otherwise binds the parties only, "
        "by default)",
        title_nl="Zet zijn naam of merk op een AI-systeem met een hoog risico: wordt aanbieder "
        "(lezing A29: een contract dat de verplichtingen anders toewijst, bindt standaard alleen "
        "de partijen)",
    ),
    Rule(
        id="role.provider.art25_1_b_substantial_modification",
        concludes="role.provider",
        when="value_chain.substantial_modification and hr.high_risk",
        source="Art. 25(1)(b)",
        title_en="Substantially modifies a high-risk AI system that remains high-risk: becomes its "
        ""
        ""
        "provider",
        title_nl="Brengt een substantiële wijziging aan in een AI-systeem met een hoog risico dat "
        "een "
        "hoog risico blijft: wordt aanbieder",
    ),
    Rule(
        id="role.provider.art25_1_c_new_purpose",
        concludes="role.provider",
        when="value_chain.modified_intended_purpose and hr.high_risk",
        source="Art. 25(1)(c)",
        title_en="Modifies the intended purpose so that the system becomes high-risk: becomes its "
        "provider",
        title_nl="Wijzigt het beoogde doel zodat het systeem een hoog risico wordt: wordt "
        "aanbieder",
    ),
    Rule(
        id="role.provider.art25_3_product_manufacturer",
        concludes="role.provider",
        # "high-risk AI systems that are safety components of products covered by the Union
        # harmonisation legislation listed in Section A": "covered by" as in Art. 6(1)(a) and
        # 43(3) (ADR 0023; review54 D2): the product, whatever its conformity assessment, so
        # also a safety component high-risk through Annex III of a self-assessed Section A
        # product; hr.annex_i_a (the system high-risk under Art. 6(1)) is kept beside it, as
        # before, for the system that is itself the product.
        when="roles.product_manufacturer and (hr.annex_i_a or (hr.high_risk and "
        "hr.annex_i_section_a_legislation and hr.annex_i_safety_component))",
        source="Art. 25(3)",
        title_en="Product manufacturer of an Annex I Section A product with a high-risk safety "
        "component: considered the provider",
        title_nl="Productfabrikant van een product van bijlage I, afdeling A, met een "
        "veiligheidscomponent met een hoog risico: wordt als aanbieder beschouwd",
    ),
    Rule(
        id="role.shifted_provider",
        concludes="role.shifted_provider",
        when=(
            "not roles.provider and ((value_chain.own_name_on_high_risk_system "
            f"and {_A29}) "
            "or value_chain.substantial_modification or value_chain.modified_intended_purpose) "
            "and hr.high_risk"
        ),
        source="Art. 25(1)",
        interpretation="A29",
        title_en="Became the provider through the Art. 25(1) role shift",
        title_nl="Aanbieder geworden door de rolverschuiving van artikel 25, lid 1",
    ),
    Rule(
        id="role.initial_provider",
        concludes="role.initial_provider",
        when="value_chain.initial_provider_of_shifted_system",
        source="Art. 25(2)",
        title_en="Initial provider of a system of which another party became the provider",
        title_nl="Oorspronkelijke aanbieder van een systeem waarvan een andere partij aanbieder "
        "werd",
    ),
    Rule(
        id="role.supplier.amended",
        concludes="role.supplier",
        when="value_chain.supplies_components_for_high_risk",
        source="Art. 25(4)",
        versions=ONLY_AMENDED,
        title_en="Supplies an AI system, AI model, tools, services, components or processes used "
        "or integrated in a high-risk AI system",
        title_nl="Levert een AI-systeem, AI-model, instrumenten, diensten, onderdelen of "
        "processen die in een AI-systeem met een hoog risico worden gebruikt of geïntegreerd",
    ),
    Rule(
        # The published Art. 25(4) binds "the third party that supplies an AI system, tools,
        # services, components, or processes": it lists no AI model. Whether a bare supply of
        # a model is read in is reading A25 (ADR 0027): by default every AI model counts as a
        # component (the paragraph's own exception, "components, other than general-purpose AI
        # models", and recitals 89 and 97).
        id="role.supplier.original",
        concludes="role.supplier",
        when=(
            "value_chain.supplies_components_for_high_risk "
            "and (not value_chain.supplies_only_ai_model "
            "or interp.a25_every_model_component "
            "or (value_chain.supplies_general_purpose_ai_model "
            "and interp.a25_general_purpose_model_component))"
        ),
        source="Art. 25(4)",
        versions=ONLY_ORIGINAL,
        interpretation="A25",
        title_en="Supplies an AI system, tools, services, components or processes used or "
        "integrated in a high-risk AI system (the published text lists no AI model: whether a "
        "bare supply of a model is a component is reading A25; by default every AI model is, as "
        "the paragraph's own exception and recitals 89 and 97 show)",
        title_nl="Levert een AI-systeem, instrumenten, diensten, onderdelen of processen die in "
        "een AI-systeem met een hoog risico worden gebruikt of geïntegreerd (de oorspronkelijke "
        "tekst noemt geen AI-model: of alleen een AI-model leveren telt, is lezing A25; standaard "
        "telt elk AI-model als onderdeel, zoals de uitzondering in hetzelfde lid en de "
        "overwegingen 89 en 97 laten zien)",
    ),
    Rule(
        id="role.third_country_provider",
        concludes="role.third_country_provider",
        when="role.provider and not org.established_in_union",
        source="Art. 22(1)",
        title_en="A provider established in a third country",
        title_nl="Een in een derde land gevestigde aanbieder",
    ),
    Rule(
        # A provider established in the Union that is also established in a third country:
        # whether it is one of the "providers established in third countries" is reading A26
        # (ADR 0028). By default it is not (recital 82: "those providers who are not
        # established in the Union"), and this rule never holds; under the alternative the
        # words decide, and the fact is asked.
        id="role.third_country_provider.also_established_in_third_country",
        concludes="role.third_country_provider",
        when=(
            "role.provider and org.also_established_in_third_country "
            "and interp.a26_any_third_country_establishment"
        ),
        source="Art. 22(1)",
        interpretation="A26",
        title_en="A provider also established in a third country, besides its establishment in "
        "the Union (reading A26: any establishment in a third country counts)",
        title_nl="Een aanbieder die naast zijn vestiging in de Unie ook in een derde land is "
        "gevestigd (lezing A26: elke vestiging in een derde land telt)",
    ),
    Rule(
        id="role.operator",
        concludes="role.operator",
        when=(
            "role.provider or role.deployer or role.importer or role.distributor "
            "or role.authorised_representative or role.product_manufacturer"
        ),
        source="Art. 3(8)",
        title_en="The organisation is an operator",
        title_nl="De organisatie is een operator",
    ),
)
