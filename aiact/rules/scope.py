"""Scope: the AI-system definition (Art. 3(1)) and the reach and exclusions of Art. 2."""

from __future__ import annotations

from aiact.facts import IN_THE_UNION
from aiact.ruleset import Rule
from aiact.versions import ONLY_AMENDED, ONLY_ORIGINAL

_SECTION_B_ONLY = (
    "hr.annex_i_b and not hr.annex_i_a and (not hr.annex_iii or interp.a41_section_b_only)"
)
"""Art. 2(2): high-risk under Art. 6(1) through a product of Annex I, Section B (not Section A).
A system that Annex III also lists (Art. 6(2)) is limited only under reading A41 section_b_only;
under the default annex_iii_applies Art. 6(2) is a ground of its own that Art. 2(2) does not
limit (ADR 0045, review46 D4)."""

_NOT_STATED_OUTSIDE = "(org.established_in_eu or not answered.org.established_in_eu)"
"""The organisation is not stated to be established outside the Union (true while the flag is
not given)."""
_NOT_A_THIRD_COUNTRY = "(org.member_state_in_union or not answered.org.member_state_in_union)"
"""The organisation's country of establishment is not a third country (true while no country
is given)."""

REPRESENTATIVE_REACH = "(scope.provider_territorial or exclusions.output_used_in_eu)"
"""The reach of an authorised representative (Art. 2(1)(f)): the system is placed, put into
service or used in the Union, or its output is used there, since its principal is a provider
established in a third country (Art. 22(1)), which point (c) reaches whatever reading A32 says
(review24). Read by rule scope.reach.authorised_representative and by the duties of Art. 22."""
SUPPLIED_REACH = (
    "(scope.provider_territorial or "
    "(exclusions.output_used_in_eu and not value_chain.provider_established_in_eu))"
)
"""The reach of the initial provider (Art. 25(2)) and of the third party that supplies (Art.
25(4)): the system is placed, put into service or used in the Union, or the provider it is with
now, established in a third country, has its output used there (Art. 2(1)(a), (c); under either
reading of A32, which concerns a provider established in the Union: review24). Read by rule
scope.reach.value_chain and by the duties of Art. 25(2), 25(4); for the supplier of Art. 25(4),
only under the default of reading A35, through the conclusion ``scope.supplier_reach`` (ADR
0039)."""

ESTABLISHMENT_RULES: tuple[Rule, ...] = (
    # --- established in the Union (Art. 2(1)(b)): as stated, by the country of establishment,
    # or by what the organisation is. The input checks (aiact/facts.py, Organisation) refuse
    # these sources disagreeing, so each rule also requires that no stated source says "outside
    # the Union": the stated flag and the country each decide against the others, also where
    # the kind is unknown. Kleene's logic cannot let a given false decide over an unknown and a
    # given true decide over an unknown at once (the argument of aiact/rules/definitions.py), so
    # the guards read ``answered.*`` (true when the fact is given, never unknown: atoms.py,
    # ORGANISATION_ANSWERED); on accepted input every conclusion stays monotone.
    Rule(
        id="org.established_in_union.stated",
        concludes="org.established_in_union",
        when=f"org.established_in_eu and {_NOT_A_THIRD_COUNTRY}",
        source="Art. 2(1)(b)",
        # Established, not merely located (review16): Art. 22(1) and 54(1) read this conclusion
        # ("providers established in third countries"; NL "in derde landen gevestigde
        # aanbieders"), and Art. 2(1)(b) ("have their place of establishment or are located";
        # NL "gevestigd ... of er zich bevinden") reads location through
        # exclusions.used_in_eu_by_organisation (rule scope.deployer_territorial.uses_in_union).
        title_en="The organisation is established in the Union (has a place of establishment "
        "there)",
        title_nl="De organisatie is in de Unie gevestigd",
    ),
    Rule(
        id="org.established_in_union.member_state",
        concludes="org.established_in_union",
        when=f"org.member_state_in_union and {_NOT_STATED_OUTSIDE}",
        source="Art. 2(1)(b)",
        # A third country's code decides "not established in the Union" through the guards of
        # the other rules: Organisation.member_state is the country of establishment, and a
        # company established in several countries with one in the Union gives that Member
        # State (aiact/facts.py), so a third country's code says it has no place of
        # establishment in the Union (it is "established in third countries", Art. 22(1)).
        also_cites=("Art. 22(1)",),
        title_en="The organisation's country of establishment is a Member State",
        title_nl="Het land van vestiging van de organisatie is een lidstaat",
    ),
    Rule(
        id="org.established_in_union.union_institution",
        concludes="org.established_in_union",
        when=f"org.kind.union_institution and {_NOT_STATED_OUTSIDE} and {_NOT_A_THIRD_COUNTRY}",
        # Recital 23: the Regulation applies to Union institutions, bodies, offices and
        # agencies acting as a provider or deployer (Art. 100 fines them; it does not say where
        # they are established, so it is not cited here: review8).
        source="Art. 2(1)(b)",
        title_en="A Union institution, body, office or agency is established in the Union",
        title_nl="Een instelling, orgaan of instantie van de Unie is in de Unie gevestigd",
    ),
    Rule(
        id="org.established_in_union.public_authority",
        concludes="org.established_in_union",
        when=f"org.kind.public_authority and {_NOT_STATED_OUTSIDE} and {_NOT_A_THIRD_COUNTRY}",
        source="Art. 2(1)(b)",
        also_cites=("Art. 99(8)",),
        title_en="A public authority of a Member State is established in the Union (a third "
        "country's is a third-country public authority, Art. 2(4))",
        title_nl="Een overheidsinstantie van een lidstaat is in de Unie gevestigd (die van een "
        "derde land is een overheidsinstantie van een derde land, artikel 2, lid 4)",
    ),
)
"""The organisation's establishment in the Union (``org.established_in_union``), read by the
system's rules (Art. 2(1)(b), 22(1)) and the model's (Art. 54(1))."""

IN_THE_UNION_CONCLUSION = "territory.placed_or_used_in_union"
"""The system is placed on the market, put into service or used in the Union (Art.
2(1)(a)-(b)): as stated (``exclusions.placed_or_used_in_eu``), or entailed by a fact of
:data:`aiact.facts.IN_THE_UNION`, whose activity the definitions place on the Union market or in
the Union. Read wherever the rules mean that placing, putting into service or use, whoever's it
is (``scope.territorial``, ``scope.provider_territorial``, Art. 5(1) under A33, Art. 22(1)); not
by the deployer's own reach (``scope.deployer_territorial``: another party's placing does not
reach a deployer in a third country, round 11)."""

_NOT_DENIED = "(exclusions.placed_or_used_in_eu or not answered.exclusions.placed_or_used_in_eu)"
"""The placing, putting into service and use in the Union is not stated to be absent (true
while it is not given). The input checks refuse it stated false beside a fact of
:data:`aiact.facts.IN_THE_UNION` that is true (``facts._check_in_the_union``), so a stated false
decides against every such fact left unknown: each is false in every completion the checks
accept. Kleene's logic alone would leave the conclusion undetermined there (the defect of
review23, where "not used in the Union" with the organisation's own use unanswered became
undetermined), so each entailing rule reads this switch (``answered.*``: true when the fact is
given, never unknown; aiact/atoms.py, SYSTEM_ANSWERED), as the establishment rules do; on
accepted input every conclusion stays monotone."""

_ENTAILED_BY: dict[str, tuple[str, str, tuple[str, ...], str, str]] = {
    # fact of IN_THE_UNION: (rule id suffix, source, also cites, title EN, title NL)
    "roles.importer": (
        "importer",
        "Art. 3(6)",
        ("Art. 3(9)", "Art. 2(1)(a)"),
        "An importer places the system on the market, which is its first making available on "
        "the Union market",
        "Een importeur brengt het systeem in de handel, dat is het voor het eerst in de Unie op "
        "de markt aanbieden ervan",
    ),
    "roles.distributor": (
        "distributor",
        "Art. 3(7)",
        ("Art. 3(10)", "Art. 3(9)", "Art. 2(1)(a)"),
        "A distributor makes the system available on the Union market, so it is placed on the "
        "market there",
        "Een distributeur biedt het systeem in de Unie op de markt aan, dus het is daar in de "
        "handel gebracht",
    ),
    "exclusions.made_available_on_union_market": (
        "made_available",
        "Art. 3(10)",
        ("Art. 3(9)", "Art. 2(1)(a)"),
        "The system is made available on the Union market, so it is placed on the market there "
        "(its first making available)",
        "Het systeem wordt op de markt van de Unie aangeboden, dus het is daar in de handel "
        "gebracht (het voor het eerst op de markt aanbieden)",
    ),
    "exclusions.used_in_eu_by_organisation": (
        "own_use",
        "Art. 2(1)(b)",
        ("Art. 3(11)", "Art. 2(1)(a)"),
        "The organisation itself uses the system in the Union, so it is used there (and, where "
        "the organisation is also its provider, put into service for own use in the Union)",
        "De organisatie gebruikt het systeem zelf in de Unie, dus het wordt daar gebruikt (en, "
        "als de organisatie ook de aanbieder is, voor eigen gebruik in de Unie in gebruik "
        "gesteld)",
    ),
}
"""How each fact of :data:`aiact.facts.IN_THE_UNION` entails the placing or use in the Union:
the definition that puts its activity on the Union market or in the Union (the list itself is
written once, in aiact/facts.py; a fact added there without an entry here fails at import)."""


def _entailed(fact: str) -> Rule:
    name, source, also, title_en, title_nl = _ENTAILED_BY[fact]
    return Rule(
        id=f"{IN_THE_UNION_CONCLUSION}.{name}",
        concludes=IN_THE_UNION_CONCLUSION,
        when=f"{fact} and {_NOT_DENIED}",
        source=source,
        also_cites=also,
        title_en=title_en,
        title_nl=title_nl,
    )


TERRITORY_RULES: tuple[Rule, ...] = (
    Rule(
        id=f"{IN_THE_UNION_CONCLUSION}.stated",
        concludes=IN_THE_UNION_CONCLUSION,
        when="exclusions.placed_or_used_in_eu",
        source="Art. 2(1)(a)",
        also_cites=("Art. 2(1)(b)",),
        title_en="Placed on the market, put into service or used in the Union, as stated",
        title_nl="In de Unie in de handel gebracht, in gebruik gesteld of gebruikt, zoals "
        "opgegeven",
    ),
    *(_entailed(fact) for fact, _why in IN_THE_UNION),
)
"""The placing, putting into service or use in the Union (:data:`IN_THE_UNION_CONCLUSION`)."""

RULES: tuple[Rule, ...] = (
    Rule(
        id="scope.ai_system",
        concludes="scope.ai_system",
        when="def.ai_system",  # the direct answer, or its elements (rules/definitions.py)
        source="Art. 3(1)",
        title_en="The system is an AI system",
        title_nl="Het systeem is een AI-systeem",
    ),
    *ESTABLISHMENT_RULES,
    *TERRITORY_RULES,
    # --- Art. 2(1): who and what is covered
    Rule(
        id="scope.territorial.placed_or_used_in_union",
        concludes="scope.territorial",
        when=IN_THE_UNION_CONCLUSION,
        source="Art. 2(1)(a)",
        also_cites=("Art. 2(1)(b)",),
        title_en="Placed on the market, put into service or used in the Union",
        title_nl="In de Unie in de handel gebracht, in gebruik gesteld of gebruikt",
    ),
    Rule(
        id="scope.territorial.deployer_established_in_union",
        concludes="scope.territorial",
        when="roles.deployer and org.established_in_union",
        source="Art. 2(1)(b)",
        title_en="A deployer established in the Union",
        title_nl="Een gebruiksverantwoordelijke die in de Unie is gevestigd",
    ),
    Rule(
        id="scope.territorial.output_used_in_union",
        concludes="scope.territorial",
        when="exclusions.output_used_in_eu",
        source="Art. 2(1)(c)",
        title_en="The output of the system is used in the Union",
        title_nl="De output van het systeem wordt in de Unie gebruikt",
    ),
    # --- Art. 2(1)(b)-(c): the deployer's own reach (round 11, Q14). scope.territorial is one
    # conclusion for the system, and its first rule reads "placed on the market, put into service
    # or used in the Union" without saying by whom: another party's placing on the Union market
    # (Art. 2(1)(a)) does not bring a deployer established and located in a third country in;
    # only its place of establishment or location in the Union (point (b)) or the use of the
    # output in the Union (point (c)) does. The duties addressed to deployers read this
    # conclusion (rules/duties.py, obligations/decl_general.py, decl_transparency.py).
    Rule(
        id="scope.deployer_territorial.established_in_union",
        concludes="scope.deployer_territorial",
        when="org.established_in_union",
        source="Art. 2(1)(b)",
        title_en="The deployer is established in the Union",
        title_nl="De gebruiksverantwoordelijke is in de Unie gevestigd",
    ),
    Rule(
        id="scope.deployer_territorial.uses_in_union",
        concludes="scope.deployer_territorial",
        when="exclusions.used_in_eu_by_organisation",
        source="Art. 2(1)(b)",
        title_en="The deployer itself uses the system in the Union (it is located there)",
        title_nl="De gebruiksverantwoordelijke gebruikt het systeem zelf in de Unie (hij bevindt "
        "zich daar)",
    ),
    Rule(
        id="scope.deployer_territorial.output_used_in_union",
        concludes="scope.deployer_territorial",
        when="exclusions.output_used_in_eu",
        source="Art. 2(1)(c)",
        title_en="A deployer in a third country: the output of the system is used in the Union",
        title_nl="Een gebruiksverantwoordelijke in een derde land: de output van het systeem "
        "wordt in de Unie gebruikt",
    ),
    # --- Art. 2(1)(a), (c): the provider's own reach (round 12, review18). The deployer's rule
    # of scope.territorial (point (b)) says nothing about the organisation as a provider: point
    # (a) reaches "providers placing on the market or putting into service AI systems ... in the
    # Union" (placing on the market is on the Union market, Art. 3(9); putting into service is
    # the supply for first use or own use "in the Union", Art. 3(11)), point (c) providers whose
    # system's output is used in the Union. The roles whose activity is the placing or making
    # available (points (d)-(f), Art. 25(2), (4)) and the provider-side duties read it. The
    # organisation's own use in the Union (its putting into service "for own use in the Union",
    # Art. 3(11)) had a rule of its own here (own_use_in_union, round 12); it is now one source
    # of territory.placed_or_used_in_union (round 14), whose guard also lets a stated "not
    # placed, put into service or used in the Union" decide with the own use unanswered.
    Rule(
        id="scope.provider_territorial.placed_or_used_in_union",
        concludes="scope.provider_territorial",
        when=IN_THE_UNION_CONCLUSION,
        source="Art. 2(1)(a)",
        also_cites=("Art. 3(9)", "Art. 3(11)"),
        title_en="The provider's reach: the system is placed on the market, put into service "
        "or used in the Union",
        title_nl="Bereik van de aanbieder: het systeem wordt in de Unie in de handel gebracht, "
        "in gebruik gesteld of gebruikt",
    ),
    # A32 (ADR 0036): point (c) names providers "that have their place of establishment or are
    # located in a third country". Under the default reached, the output used in the Union
    # reaches every provider, a Union provider that only exports included (a fortiori; recital
    # 22); with the interp fact false the first rule is the condition the library had before
    # A32. Under third_country_only it reaches only a provider established in a third country
    # (role.third_country_provider: not established in the Union, or also established in a
    # third country where A26 counts that). Point (c) names providers and deployers only: an
    # organisation in another placing role (importer, distributor, authorised representative,
    # product manufacturer, Art. 25 roles) is reached under this reading by its own point,
    # whose activity is on the Union market (territory.placed_or_used_in_union). The condition
    # reads the role positively, so adding a role never takes a reach away.
    Rule(
        id="scope.provider_territorial.output_used_in_union",
        concludes="scope.provider_territorial",
        when="exclusions.output_used_in_eu and not interp.a32_third_country_only",
        source="Art. 2(1)(c)",
        interpretation="A32",
        title_en="The provider's reach: the output of the system is used in the Union, wherever "
        "the provider is established (A32: point (c) also reaches a provider established in "
        "the Union)",
        title_nl="Bereik van de aanbieder: de output van het AI-systeem wordt in de Unie "
        "gebruikt, waar de aanbieder ook is gevestigd (A32: punt c) bereikt ook een aanbieder "
        "die in de Unie is gevestigd)",
    ),
    Rule(
        id="scope.provider_territorial.output_used_in_union.third_country",
        concludes="scope.provider_territorial",
        when="exclusions.output_used_in_eu and interp.a32_third_country_only "
        "and role.third_country_provider",
        source="Art. 2(1)(c)",
        also_cites=("Art. 22(1)",),
        interpretation="A32",
        title_en="The provider's reach: the output of the system is used in the Union and the "
        "provider is established in a third country (A32: the words of point (c))",
        title_nl="Bereik van de aanbieder: de output van het AI-systeem wordt in de Unie "
        "gebruikt en de aanbieder is in een derde land gevestigd (A32: de woorden van punt c))",
    ),
    # --- Art. 2(3)-(12): exclusions
    Rule(
        id="scope.excluded.military_defence_national_security",
        concludes="scope.excluded",
        when="exclusions.exclusively_military_defence_national_security",
        source="Art. 2(3)",
        title_en="Exclusively for military, defence or national security purposes",
        title_nl="Uitsluitend voor militaire, defensie- of nationale veiligheidsdoeleinden",
    ),
    Rule(
        id="scope.excluded.international_cooperation",
        concludes="scope.excluded",
        when=(
            "(org.kind.third_country_public_authority or org.kind.international_organisation) "
            "and exclusions.international_cooperation_law_enforcement "
            "and exclusions.adequate_fundamental_rights_safeguards"
        ),
        source="Art. 2(4)",
        title_en="Third-country public authority or international organisation using the system "
        "in international cooperation or agreements for law enforcement and judicial "
        "cooperation, with adequate safeguards",
        title_nl="Overheidsinstantie van een derde land of internationale organisatie die het "
        "systeem gebruikt in het kader van internationale samenwerking of overeenkomsten op het "
        "gebied van rechtshandhaving en justitie, met passende waarborgen",
    ),
    Rule(
        id="scope.excluded.scientific_research",
        concludes="scope.excluded",
        when="exclusions.sole_purpose_scientific_research",
        source="Art. 2(6)",
        title_en="Developed and put into service for the sole purpose of scientific research and "
        "development",
        title_nl="Uitsluitend ontwikkeld en in gebruik gesteld voor wetenschappelijk onderzoek en "
        "wetenschappelijke ontwikkeling",
    ),
    Rule(
        id="scope.excluded.pre_market_research",
        concludes="scope.excluded",
        when="exclusions.pre_market_research_testing and not "
        "exclusions.testing_in_real_world_conditions",
        source="Art. 2(8)",
        # "prior to their being placed on the market or put into service": the fact states that
        # the system is still before that step; a placing or putting into service on or before
        # the day assessed, or a fact that means a placing on the Union market, contradicts it
        # and the case is refused (aiact.date_facts.guard_pre_market; review48).
        title_en="Research, testing or development before being placed on the market or put into "
        "service (not testing in real-world conditions)",
        title_nl="Onderzoek, testen of ontwikkeling voordat het in de handel wordt gebracht of in "
        "gebruik wordt gesteld (niet testen onder reële omstandigheden)",
    ),
    # Art. 2(12): "unless they are placed on the market or put into service as high-risk AI
    # systems or as an AI system that falls under Article 5 or 50". Reading A20 decides what
    # "falls under Article 50" means (issue 12, item 13).
    Rule(
        id="scope.falls_under_art50.kind",
        concludes="scope.falls_under_art50",
        when="art50.system and interp.a20_kind_falls_under_art50",
        source="Art. 2(12)",
        also_cites=("Art. 50(1)", "Art. 50(2)", "Art. 50(3)", "Art. 50(4)"),
        interpretation="A20",
        title_en="A system of a kind Art. 50(1)-(4) describes, even where an exception lifts the "
        "duty (reading A20, default)",
        title_nl="Een systeem van een soort die artikel 50, leden 1 tot en met 4, beschrijft, ook "
        "als een uitzondering de verplichting opheft (lezing A20, standaard)",
    ),
    Rule(
        id="scope.falls_under_art50.duty",
        concludes="scope.falls_under_art50",
        when="art50.any",
        source="Art. 2(12)",
        also_cites=("Art. 50(1)", "Art. 50(2)", "Art. 50(3)", "Art. 50(4)"),
        interpretation="A20",
        title_en="An Art. 50 duty applies to the system",
        title_nl="Op het systeem is een verplichting van artikel 50 van toepassing",
    ),
    Rule(
        id="scope.excluded.open_source",
        concludes="scope.excluded",
        when=(
            "exclusions.free_open_source_licence and not hr.high_risk and not art5.any "
            "and not scope.falls_under_art50"
        ),
        source="Art. 2(12)",
        interpretation="A20",
        title_en="Released under a free and open-source licence, and not high-risk, prohibited or "
        "subject to Art. 50",
        title_nl="Vrijgegeven onder een vrije en opensource licentie, en geen AI-systeem met een "
        "hoog "
        "risico, verboden praktijk of systeem als bedoeld in artikel 50",
    ),
    Rule(
        id="scope.in_scope",
        concludes="scope.in_scope",
        when="scope.ai_system and scope.territorial and not scope.excluded",
        source="Art. 2(1)",
        also_cites=("Art. 3(1)",),
        title_en="The AI Act applies to this AI system",
        title_nl="De AI-verordening is op dit AI-systeem van toepassing",
    ),
    # --- Art. 2(1) "This Regulation applies to:" lists persons, points (a)-(g): the answer "does
    # the Act apply?" is the organisation's (review17, ADR 0033). scope.in_scope above stays the
    # system's (the AI-system definition, the system-level territorial test, no exclusion): the
    # classification, Art. 2(2), Art. 2(12) and the obligations' gates read it, each obligation
    # also reading its addressee's role (and a deployer's duty scope.deployer_territorial).
    # scope.reach says that a point of Art. 2(1) reaches the organisation in a role it holds for
    # this system; scope.org_in_scope is what Assessment.in_scope reports.
    Rule(
        id="scope.reach.provider",
        concludes="scope.reach",
        when="role.provider and scope.provider_territorial",
        source="Art. 2(1)(a)",
        also_cites=("Art. 2(1)(c)",),
        title_en="A provider of a system placed on the market, put into service or used in the "
        "Union, or whose output is used in the Union",
        title_nl="Een aanbieder van een systeem dat in de Unie in de handel is gebracht, in "
        "gebruik is gesteld of wordt gebruikt, of waarvan de output in de Unie wordt gebruikt",
    ),
    Rule(
        id="scope.reach.deployer",
        concludes="scope.reach",
        when="role.deployer and scope.deployer_territorial",
        source="Art. 2(1)(b)",
        also_cites=("Art. 2(1)(c)",),
        title_en="A deployer established or located in the Union, or in a third country with "
        "the output used in the Union",
        title_nl="Een gebruiksverantwoordelijke die in de Unie is gevestigd of zich daar bevindt, "
        "of in een derde land, indien de output van het AI-systeem in de Unie wordt gebruikt",
    ),
    Rule(
        id="scope.reach.importer_distributor",
        concludes="scope.reach",
        when="(role.importer or role.distributor) and scope.provider_territorial",
        source="Art. 2(1)(d)",
        title_en="An importer or distributor of the system",
        title_nl="Een importeur of distributeur van het systeem",
    ),
    Rule(
        id="scope.reach.product_manufacturer",
        concludes="scope.reach",
        when="role.product_manufacturer and scope.provider_territorial",
        source="Art. 2(1)(e)",
        title_en="A product manufacturer placing on the market or putting into service the "
        "system together with its product under its own name or trademark",
        title_nl="Een productfabrikant die het systeem samen met zijn product en onder zijn "
        "eigen naam of merk in de handel brengt of in gebruik stelt",
    ),
    Rule(
        id="scope.reach.authorised_representative",
        concludes="scope.reach",
        # Its principal is a provider established in a third country (Art. 22(1)), which point
        # (c) reaches wherever the output is used in the Union, under either reading of A32
        # (review24: A32 is about a provider established in the Union, not its representative).
        when=f"role.authorised_representative and {REPRESENTATIVE_REACH}",
        source="Art. 2(1)(f)",
        also_cites=("Art. 2(1)(c)", "Art. 22(1)"),
        title_en="The authorised representative of a provider not established in the Union",
        title_nl="De gemachtigde van een aanbieder die niet in de Unie is gevestigd",
    ),
    # Art. 25(2) and 25(4) address the initial provider of a system another party became the
    # provider of (a provider under point (a)) and the third party supplying what a high-risk
    # AI system uses: the Regulation reaches them for that system by these provisions.
    # A35 (ADR 0039): Art. 2(1) names no supplier. Under the default through_provider the
    # supplier is reached where the provider it supplies is reached for the system (with the
    # interp fact false the first rule is the supplier term the library had before A35); under
    # system_in_union only where the system is placed on the market, put into service or used
    # in the Union, not by the output used there alone (point (c) names providers and deployers).
    Rule(
        id="scope.supplier_reach",
        concludes="scope.supplier_reach",
        when=f"role.supplier and {SUPPLIED_REACH} and not interp.a35_system_in_union_only",
        source="Art. 25(4)",
        also_cites=("Art. 2(1)(a)", "Art. 2(1)(c)"),
        interpretation="A35",
        title_en="A third-party supplier (Art. 25(4)) of a system whose provider the Act reaches "
        "for it, also only because the output is used in the Union (A35: the supplier is "
        "reached through the provider it supplies)",
        title_nl="Een derde partij die levert wat een AI-systeem met een hoog risico gebruikt "
        "(artikel 25, lid 4), voor een systeem waarvoor de verordening van toepassing is op de "
        "aanbieder, ook alleen omdat de output in de Unie wordt gebruikt (A35: de leverancier "
        "valt eronder via de aanbieder aan wie hij levert)",
    ),
    # Under A35=system_in_union: the system placed, put into service or used in the Union, the
    # conclusion of round 14 (a stated "no" deciding; review31: reading the two inputs directly
    # brought back review23's undetermined result), point (c) left out.
    Rule(
        id="scope.supplier_reach.system_in_union",
        concludes="scope.supplier_reach",
        when=f"role.supplier and {IN_THE_UNION_CONCLUSION} and interp.a35_system_in_union_only",
        source="Art. 25(4)",
        also_cites=("Art. 2(1)(a)", "Art. 3(9)", "Art. 3(11)"),
        interpretation="A35",
        title_en="A third-party supplier (Art. 25(4)) of a system placed on the market, put into "
        "service or used in the Union (A35: not reached where only the system's output is used "
        "in the Union)",
        title_nl="Een derde partij die levert wat een AI-systeem met een hoog risico gebruikt "
        "(artikel 25, lid 4), voor een systeem dat in de Unie in de handel is gebracht, in "
        "gebruik is gesteld of wordt gebruikt (A35: niet als alleen de output van het systeem "
        "in de Unie wordt gebruikt)",
    ),
    Rule(
        id="scope.reach.value_chain",
        concludes="scope.reach",
        # The provider it supplies (or handed over to) is reached: the system is placed, put
        # into service or used in the Union, or, that provider being established in a third
        # country, its output is used there (Art. 2(1)(c); under either reading of A32, which
        # concerns a provider established in the Union: review24). The supplier through its
        # reach under reading A35 (scope.supplier_reach, equal to the former supplier term
        # under the default).
        when=f"(role.initial_provider and {SUPPLIED_REACH}) or scope.supplier_reach",
        source="Art. 25(2)",
        also_cites=("Art. 25(4)", "Art. 2(1)(a)", "Art. 2(1)(c)"),
        title_en="The initial provider (Art. 25(2)) or a third-party supplier (Art. 25(4)) of "
        "a system the Act reaches",
        title_nl="De oorspronkelijke aanbieder (artikel 25, lid 2) of de derde partij die "
        "levert wat een AI-systeem met een hoog risico gebruikt (artikel 25, lid 4), van een "
        "systeem waarop de verordening van toepassing is",
    ),
    Rule(
        id="scope.org_in_scope",
        concludes="scope.org_in_scope",
        when="scope.in_scope and scope.reach",
        source="Art. 2(1)",
        also_cites=("Art. 3(1)",),
        title_en="The AI Act applies to the organisation for this AI system: a point of "
        "Art. 2(1) reaches it in one of its roles",
        title_nl="De AI-verordening is voor dit AI-systeem op de organisatie van toepassing: "
        "een punt van artikel 2, lid 1, bereikt haar in een van haar rollen",
    ),
    Rule(
        id="scope.personal_use",
        concludes="scope.personal_use",
        when="exclusions.personal_non_professional_use",
        source="Art. 2(10)",
        title_en="Used in a purely personal non-professional activity: no deployer obligations",
        title_nl="Gebruik in het kader van een louter persoonlijke niet-professionele activiteit: "
        "geen "
        "verplichtingen voor gebruiksverantwoordelijken",
    ),
    # --- Art. 2(2): Annex I Section B systems. The provisions that still apply differ per version:
    # original "only Article 6(1), Articles 102 to 109 and Article 112 apply"; as replaced by
    # Art. 1, point (2)(a), of Regulation 2026/1744 "only Article 6(1), Article 60a and Articles
    # 102 to 112 shall apply". The condition is the same; the title quotes each version.
    Rule(
        id="scope.section_b_limited",
        concludes="scope.section_b_limited",
        when=_SECTION_B_ONLY,
        source="Art. 2(2)",
        also_cites=("Art. 6(2)",),
        versions=ONLY_ORIGINAL,
        interpretation="A41",
        title_en="High-risk through Annex I Section B (and, under reading A41, not also through "
        "Annex III): only Art. 6(1), Arts. 102-109 and Art. 112 apply",
        title_nl="Hoog risico via bijlage I, afdeling B (en, volgens lezing A41, niet ook via "
        "bijlage III): alleen artikel 6, lid 1, de artikelen 102 tot en met 109 en artikel 112 "
        "zijn van toepassing",
    ),
    Rule(
        id="scope.section_b_limited.amended",
        concludes="scope.section_b_limited",
        when=_SECTION_B_ONLY,
        source="Art. 2(2)",
        also_cites=("Art. 6(2)",),
        versions=ONLY_AMENDED,
        interpretation="A41",
        title_en="High-risk through Annex I Section B (and, under reading A41, not also through "
        "Annex III): only Art. 6(1), Art. 60a and Arts. 102-112 apply",
        title_nl="Hoog risico via bijlage I, afdeling B (en, volgens lezing A41, niet ook via "
        "bijlage III): alleen artikel 6, lid 1, artikel 60 bis en de artikelen 102 tot en met 112 "
        "zijn van toepassing",
    ),
    Rule(
        id="scope.general_duties_apply",
        concludes="scope.general_duties_apply",
        when="scope.in_scope and (not scope.section_b_limited or interp.a4_section_b_keeps_4_5_50)",
        source="Art. 2(2)",
        interpretation="A4",
        title_en="Arts. 4, 5 and 50 apply (for Annex I Section B systems under reading A4)",
        title_nl="De artikelen 4, 5 en 50 zijn van toepassing (voor systemen van bijlage I, "
        "afdeling B "
        "volgens lezing A4)",
    ),
)
