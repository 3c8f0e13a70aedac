"""Who carries which family of duties: the gates that the obligation catalogue builds on.

These rules combine scope, classification, roles and the transitional regime into the predicates
``duty.*`` that the catalogue's conditions read, so each obligation's own condition stays short
and close to the words of its article.
"""

from __future__ import annotations

from aiact.rules.scope import REPRESENTATIVE_REACH
from aiact.ruleset import Rule
from aiact.versions import ONLY_AMENDED, ONLY_ORIGINAL

_FIRST_SENTENCE_ONLY = frozenset({"importer", "distributor", "authorised_representative"})
"""The operators of Art. 3(8) that the second sentence of Art. 111(2) ("In any case, the providers
and deployers of high-risk AI systems intended to be used by public authorities ...") does not
address: for them a legacy high-risk system stays under the first sentence, which applies the
Regulation "only if, as from that date, those systems are subject to significant changes in
their designs", also where the system is intended for public authorities (audit 8, D1)."""
_PLACING_ROLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "importer": ("scope.provider_territorial", ("Art. 2(1)(d)", "Art. 3(6)")),
    "distributor": ("scope.provider_territorial", ("Art. 2(1)(d)", "Art. 3(7)")),
    "authorised_representative": (
        REPRESENTATIVE_REACH,
        ("Art. 2(1)(f)", "Art. 2(1)(c)", "Art. 22(1)"),
    ),
}
"""The roles whose activity is the placing or making available on the Union market, each with
the reach its duties read (the same as its rule scope.reach.*, round 12) and that reach's
citations."""
_FIRST_SENTENCE_EN = (
    "; not for a legacy system without a significant change in its design (Art. 111(2), first "
    "sentence: the second sentence addresses only providers and deployers)"
)
_FIRST_SENTENCE_NL = (
    "; niet voor een bestaand systeem zonder aanzienlijke wijziging in het ontwerp (artikel 111, "
    "lid 2, eerste zin: de tweede zin richt zich alleen tot aanbieders en "
    "gebruiksverantwoordelijken)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="legacy.exempt",
        concludes="legacy.exempt",
        # Not "not legacy.art111_2_public_authority_deadline": that repeats the unknowns of
        # legacy.art111_2_grace (the placing date), so Kleene logic left a system intended for
        # public authorities undetermined although it is bound either way (audit 8, D2).
        # Not legacy.art111_2_grace either (legacy26, review83 D4): its reader duty.hr_system
        # requires hr.chapter_iii_applies, so the shelter is read without its "is high-risk"
        # conjunct (legacy.sheltered_if_high_risk, equal to it wherever Chapter III applies);
        # with the grace, a system whose Annex III listing alone was unknown kept every
        # high-risk duty "may apply" although none binds it in any completion.
        when="legacy.sheltered_if_high_risk and not legacy.public_authority_deadline_addressed",
        source="Art. 111(2)",
        title_en="If it is high-risk, a legacy system without significant change, and not a "
        "provider or deployer of one intended for public authorities: the high-risk rules do "
        "not apply to it",
        title_nl="Als het een hoog risico heeft, een bestaand systeem zonder aanzienlijke "
        "wijziging, en geen aanbieder of gebruiksverantwoordelijke van een systeem bedoeld voor "
        "overheidsinstanties: de regels voor hoog risico zijn er niet op van toepassing",
    ),
    # review43: the duties that exist to let the provider of a high-risk system comply (Art.
    # 25(2): the assistance "required for the fulfilment of the obligations set out in this
    # Regulation"; Art. 25(4): "in order to enable the provider of the high-risk AI system to
    # fully comply") follow the timing of that system, not the organisation's own role: a system
    # intended for public authorities is not sheltered for ever, since its providers "in any
    # case" comply by 2 August 2030 (Art. 111(2), second sentence). Read by the gates of the
    # initial provider and the supplier (aiact/obligations/decl_high_risk_operators.py).
    # The literal reading, rejected as the default: a supplier or former provider is no
    # "operator" (Art. 3(8)), so the first sentence of Art. 111(2) would not shelter it and its
    # duty would apply from the Art. 113 date; for the third-party supplier it is since round 29
    # the alternative of reading A45 (review81; ADR 0048; rule legacy.supplier_not_sheltered).
    # The library reaches the supplier through the provider (A35's default, ADR 0039), and that
    # reading would bind it to a two-party agreement with a provider who is not bound, to enable
    # obligations that do not apply: no one could perform it (review44, which found the question
    # not open enough to name; recital 177: the Regulation "applies to the high-risk AI systems"
    # placed before the date only after a significant change).
    Rule(
        id="legacy.exempt_system",
        concludes="legacy.exempt_system",
        when="legacy.art111_2_grace and not legacy.public_authority_use",
        source="Art. 111(2)",
        also_cites=("Art. 25(2)", "Art. 25(4)"),
        title_en="Legacy high-risk system without significant change, not intended for public "
        "authorities: sheltered for its provider, so also for the duties that let the provider "
        "comply (the initial provider's assistance, the supplier's written agreement)",
        title_nl="Bestaand systeem met een hoog risico zonder aanzienlijke wijziging, niet "
        "bedoeld voor overheidsinstanties: beschermd voor de aanbieder, dus ook voor de "
        "verplichtingen die de aanbieder in staat stellen te voldoen (de bijstand van de "
        "oorspronkelijke aanbieder, de schriftelijke overeenkomst met de leverancier)",
    ),
    # A45 (round 29, review81): Art. 111(2) applies the Regulation to "operators of high-risk AI
    # systems" placed before the cut-off only after a significant change, and an operator is
    # "a provider, product manufacturer, deployer, authorised representative, importer or
    # distributor" (Art. 3(8)). By default (follows_provider, review43 above) the supplier's
    # Art. 25(4) duty follows the system's shelter; under operators_only a third-party supplier
    # that holds no operator role for the system is not sheltered: read by the supplier's gate
    # (aiact/obligations/decl_high_risk_operators.py) and by the date rule from.supplier
    # (aiact/rules/timing.py). The provider's own duty (duty.hr_provider) is an operator's. The
    # initial provider of Art. 25(2) is one too: it placed the system on the market or put it
    # into service before the cut-off as its provider, so it is one of the "operators of
    # high-risk AI systems ... that have been placed on the market or put into service before"
    # it; both its duties (Art. 25(2) and, where it supplies, 25(4)) keep the shelter (rev29b D1).
    Rule(
        id="legacy.supplier_not_sheltered",
        concludes="legacy.supplier_not_sheltered",
        when=(
            "interp.a45_operators_only and role.supplier and not role.operator "
            "and not role.initial_provider"
        ),
        source="Art. 111(2)",
        also_cites=("Art. 3(8)", "Art. 25(4)"),
        interpretation="A45",
        title_en="A third-party supplier that is not an operator of the system (Art. 3(8)), "
        "reading A45=operators_only: Art. 111(2) does not shelter its Art. 25(4) duty",
        title_nl="Een derde partij die levert en geen operator van het systeem is (artikel 3, "
        "punt 8), lezing A45=operators_only: artikel 111, lid 2, beschermt haar verplichting van "
        "artikel 25, lid 4, niet",
    ),
    # A46 (round 30, rev30a D1): Art. 111(3): "Providers of general-purpose AI models that have
    # been placed on the market before 2 August 2025 shall take the necessary steps in order to
    # comply with the obligations laid down in this Regulation by 2 August 2027". The third
    # party that supplies a general-purpose AI model (value_chain.supplies_general_purpose_ai_model,
    # whoever provides it) has the Art. 25(4) agreement; where it is that model's provider (Art.
    # 3(3); value_chain.provides_supplied_model, rev30d D1) and the model was first placed on the
    # market before 2 August 2025 (value_chain.supplied_model_placed_before_2_august_2025), by
    # default (model_transition) that duty is one of "the obligations laid down in this
    # Regulation" and binds no earlier than 2 August 2027: read by the date rule
    # from.supplier_art111_3 (aiact/rules/timing.py). Not for the provider of the high-risk
    # system, whose Art. 25(4) duty is its own as that system's provider.
    Rule(
        id="legacy.supplied_model_deferred",
        concludes="legacy.supplied_model_deferred",
        when="interp.a46_model_transition and role.supplier and not role.provider "
        "and value_chain.supplies_general_purpose_ai_model "
        "and value_chain.provides_supplied_model "
        "and value_chain.supplied_model_placed_before_2_august_2025",
        source="Art. 111(3)",
        also_cites=("Art. 25(4)", "Art. 3(3)"),
        interpretation="A46",
        title_en="The third party supplies, as its provider, a general-purpose AI model placed on "
        "the market before 2 August 2025, reading A46=model_transition: Art. 111(3) gives it "
        "until 2 August 2027 for its Art. 25(4) agreement",
        title_nl="De derde partij levert, als aanbieder ervan, een AI-model voor algemene "
        "doeleinden dat vóór 2 augustus 2025 in de handel is gebracht, lezing "
        "A46=model_transition: artikel 111, lid 3, geeft haar tot 2 augustus 2027 voor de "
        "schriftelijke overeenkomst van artikel 25, lid 4",
    ),
    Rule(
        id="duty.general",
        concludes="duty.general",
        when="scope.general_duties_apply",
        source="Art. 2(1)",
        also_cites=("Art. 2(2)",),
        title_en="The general duties (Arts. 4, 5 and 50) apply to this system",
        title_nl="De algemene verplichtingen (artikelen 4, 5 en 50) zijn op dit systeem van "
        "toepassing",
    ),
    Rule(
        id="duty.hr_system",
        concludes="duty.hr_system",
        # legacy.exempt before hr.chapter_iii_applies (legacy26): legacy.exempt no longer
        # requires the system to be high-risk, so where it is not, the explanation must name
        # hr.chapter_iii_applies (aiact.derivation._decisive keeps the last premise that
        # decides).
        when="scope.in_scope and not legacy.exempt and hr.chapter_iii_applies",
        # Art. 6 as a whole: the system is high-risk by paragraph 1 (Annex I) or paragraph 2
        # (Annex III), and an explanation opens with this citation whichever route it took
        # (audit15b N5: "Artikel 6, lid 1" opened that of an Annex III system).
        source="Art. 6",
        also_cites=("Art. 6(1)", "Art. 6(2)", "Art. 2(2)", "Art. 111(2)"),
        title_en="The high-risk requirements and obligations apply to this system",
        title_nl="De eisen en verplichtingen voor AI-systemen met een hoog risico zijn op dit "
        "systeem "
        "van toepassing",
    ),
    # --- the high-risk route per role (ADR 0024): Art. 5(1) prohibits activities (the placing on
    # the market, the putting into service, the use), Arts. 16, 22-24 and 26 address roles. A
    # role whose own activity is prohibited has no lawful way to comply; the others keep theirs.
    *(
        Rule(
            id=f"duty.hr_{role}",
            concludes=f"duty.hr_{role}",
            # legacy26: with duty.hr_system (Chapter III applies), the shelter without its "is
            # high-risk" conjunct, as legacy.exempt reads it; read first, so that where the
            # system is not high-risk the explanation names duty.hr_system, not the shelter
            # (aiact.derivation._decisive keeps the last premise that decides).
            when=("not legacy.sheltered_if_high_risk and " if role in _FIRST_SENTENCE_ONLY else "")
            + f"duty.hr_system and role.{role}"
            + (f" and not {closed}" if closed else "")
            # Art. 2(1)(b)-(c): a deployer is reached by its own establishment or location in
            # the Union, or by the use of the output there, not by another's placing (Q14).
            + (" and scope.deployer_territorial" if role == "deployer" else "")
            # Art. 2(1)(a), (c): a provider is reached by its placing on the market or putting
            # into service in the Union, or by the use of the output there, not by its own
            # establishment as a deployer (review18).
            + (" and scope.provider_territorial" if role == "provider" else "")
            # Art. 2(1)(d), (f): an importer or distributor places or makes available on the
            # Union market (Art. 3(6), 3(7)), an authorised representative acts for a provider
            # making its system available there (Art. 22(1)): reached by the same placing, putting
            # into service, use or output in the Union (round 12, as scope.reach reads it).
            + (f" and {_PLACING_ROLES[role][0]}" if role in _PLACING_ROLES else ""),
            source=source,
            also_cites=(("Art. 5(1)",) if closed else ())
            + (("Art. 111(2)",) if role in _FIRST_SENTENCE_ONLY else ())
            + (("Art. 2(1)(b)", "Art. 2(1)(c)") if role == "deployer" else ())
            + (("Art. 2(1)(a)", "Art. 2(1)(c)") if role == "provider" else ())
            + (_PLACING_ROLES[role][1] if role in _PLACING_ROLES else ()),
            title_en=f"Obligations of the {label_en} of a high-risk AI system"
            + (note_en if closed else "")
            + (_FIRST_SENTENCE_EN if role in _FIRST_SENTENCE_ONLY else ""),
            title_nl=f"Verplichtingen van de {label_nl} van een AI-systeem met een hoog risico"
            + (note_nl if closed else "")
            + (_FIRST_SENTENCE_NL if role in _FIRST_SENTENCE_ONLY else ""),
        )
        for role, source, label_en, label_nl, closed, note_en, note_nl in (
            (
                "provider",
                "Art. 16",
                "provider",
                "aanbieder",
                "art5.placing_prohibited",
                " (not where its placing on the market or putting into service is prohibited)",
                " (niet als het in de handel brengen of in gebruik stellen verboden is)",
            ),
            (
                "deployer",
                "Art. 26",
                "deployer",
                "gebruiksverantwoordelijke",
                "art5.use_prohibited",
                " (not where its use is prohibited)",
                " (niet als het gebruik verboden is)",
            ),
            (
                "importer",
                "Art. 23",
                "importer",
                "importeur",
                "art5.placing_prohibited",
                " (not where its placing on the market is prohibited)",
                " (niet als het in de handel brengen verboden is)",
            ),
            (
                "distributor",
                "Art. 24",
                "distributor",
                "distributeur",
                # Under both readings of A24 (who is bound by Art. 5) the Art. 24 route is closed
                # where the placing is prohibited: ADR 0024's rule that a prohibited practice gets
                # no high-risk route, and for the biometric points Annex III point 1 reaches
                # systems only "in so far as their use is permitted under relevant Union or
                # national law". Art. 24(1) does not carry this: its check is that the provider
                # and importer "have complied with their respective obligations as laid down in
                # Article 16, points (b) and (c) and Article 23(3)", not Art. 5 (review3, round 4;
                # ADR 0026 records the gap under the alternative reading).
                "art5.placing_prohibited",
                " (not where its placing on the market is prohibited)",
                " (niet als het in de handel brengen verboden is)",
            ),
            (
                "authorised_representative",
                "Art. 22",
                "authorised representative",
                "gemachtigde",
                None,
                "",
                "",
            ),
        )
    ),
    # Art. 25(4), first subparagraph: "The provider of a high-risk AI system and the third party
    # that supplies an AI system, [AI model,] tools, services, components, or processes that are
    # used or integrated in a high-risk AI system shall, by written agreement, specify ...". The
    # provider's side binds only where such a third party exists (value_chain.third_party_supplies;
    # the paragraph "shall not apply to third parties making accessible to the public tools,
    # services, processes, or components, other than general-purpose AI models, under a free and
    # open-source licence", so such a supply does not count): a provider that builds its system
    # in-house without third-party supplies has no counterparty and no agreement to make (sup33,
    # rev32a, rev33a). A conclusion of its own, as the supplier's side is (role.supplier), so
    # that where the organisation is certainly no high-risk provider it is false and whether a
    # third party supplies is no open question (rev33d D3); read by art25_4 and
    # art25_4_original (aiact/obligations/decl_high_risk_operators.py).
    Rule(
        id="duty.art25_4_provider.amended",
        concludes="duty.art25_4_provider",
        when="duty.hr_provider and value_chain.third_party_supplies",
        source="Art. 25(4)",
        versions=ONLY_AMENDED,
        title_en="The provider of a high-risk AI system in which a third party's supply is used "
        "or integrated: a written agreement with that third party",
        title_nl="De aanbieder van een AI-systeem met een hoog risico waarin iets wordt gebruikt "
        "of geïntegreerd dat een derde partij levert: een schriftelijke overeenkomst met die "
        "derde partij",
    ),
    # The published Art. 25(4) lists "an AI system, tools, services, components, or processes"
    # and no AI model: whether a bare supply of a model is read in is reading A25 (ADR 0027), as
    # the supplier's side reads it (role.supplier.original); the provider's side reads it the
    # same way, so that under no_model or general_purpose_model a provider whose third-party
    # supplies are only AI models has no counterparty for them (rev33d D1).
    Rule(
        id="duty.art25_4_provider.original",
        concludes="duty.art25_4_provider",
        when="duty.hr_provider and value_chain.third_party_supplies and duty.art25_4_supply_listed",
        source="Art. 25(4)",
        versions=ONLY_ORIGINAL,
        interpretation="A25",
        title_en="The provider of a high-risk AI system in which a third party's supply is used "
        "or integrated: a written agreement with that third party (the published text lists no "
        "AI model: whether a supply of only AI models counts is reading A25; by default every AI "
        "model is a component)",
        title_nl="De aanbieder van een AI-systeem met een hoog risico waarin iets wordt gebruikt "
        "of geïntegreerd dat een derde partij levert: een schriftelijke overeenkomst met die "
        "derde partij (de oorspronkelijke tekst noemt geen AI-model: of alleen AI-modellen "
        "leveren telt, is lezing A25; standaard telt elk AI-model als onderdeel)",
    ),
    # Whether the third-party supplies are of a kind the published Art. 25(4) lists, reading A25
    # (as role.supplier.original reads it for the supplier): a conclusion of its own, one rule per
    # way, so that where a reading settles it (every_model: always; no_model: the general-purpose
    # way is closed) the facts it does not need are no open questions (the open questions read
    # only undetermined rules).
    Rule(
        id="duty.art25_4_supply_listed.not_only_models",
        concludes="duty.art25_4_supply_listed",
        when="not value_chain.third_party_supplies_only_ai_models",
        source="Art. 25(4)",
        versions=ONLY_ORIGINAL,
        title_en="A third party supplies more than AI models: an AI system, tools, services, "
        "components or processes, which the published Art. 25(4) lists",
        title_nl="Een derde partij levert meer dan AI-modellen: een AI-systeem, instrumenten, "
        "diensten, onderdelen of processen, die de oorspronkelijke tekst van artikel 25, lid 4, "
        "noemt",
    ),
    Rule(
        id="duty.art25_4_supply_listed.every_model",
        concludes="duty.art25_4_supply_listed",
        when="interp.a25_every_model_component",
        source="Art. 25(4)",
        versions=ONLY_ORIGINAL,
        interpretation="A25",
        title_en="Every AI model a third party supplies is a component (reading A25, default)",
        title_nl="Elk AI-model dat een derde partij levert, is een onderdeel (lezing A25, "
        "standaard)",
    ),
    Rule(
        id="duty.art25_4_supply_listed.general_purpose_model",
        concludes="duty.art25_4_supply_listed",
        when="value_chain.third_party_supplies_general_purpose_ai_model "
        "and interp.a25_general_purpose_model_component",
        source="Art. 25(4)",
        versions=ONLY_ORIGINAL,
        interpretation="A25",
        title_en="A third party supplies a general-purpose AI model, a component under reading "
        "A25=general_purpose_model",
        title_nl="Een derde partij levert een AI-model voor algemene doeleinden, een onderdeel "
        "volgens lezing A25=general_purpose_model",
    ),
    Rule(
        id="duty.public_deployer",
        concludes="duty.public_deployer",
        when="duty.hr_deployer and (org.kind.public_authority or org.kind.union_institution)",
        source="Art. 26(8)",
        title_en="A deployer that is a public authority or a Union institution, body, office or "
        "agency",
        title_nl="Een gebruiksverantwoordelijke die een overheidsinstantie of een instelling, "
        "orgaan of "
        "instantie van de Unie is",
    ),
    Rule(
        id="duty.fria_deployer.public_law_body",
        concludes="duty.fria_deployer",
        when="org.kind.body_governed_by_public_law",
        source="Art. 27(1)",
        title_en="A deployer that is a body governed by public law",
        title_nl="Een gebruiksverantwoordelijke die een publiekrechtelijk orgaan is",
    ),
    Rule(
        id="duty.fria_deployer.public_authority",
        concludes="duty.fria_deployer",
        when="org.kind.public_authority and interp.a42_public_authorities_included",
        source="Art. 27(1)",
        # Reading A42 (ADR 0046): a public authority of a Member State (State, regional or
        # local) is read as a "body governed by public law" (recital 96: public services "may
        # also be provided by private entities"; NL "publiekrechtelijke organen"). Under the
        # procurement-law sense (Directive 2014/24/EU, Art. 2(1)(1) and (4)), where the term
        # stands beside the State, regional and local authorities, this rule does not fire; the
        # authority is then obliged only through Annex III point 5(b) or (c) (rule below). Not
        # A8, which asks the question of the Union institutions (rule below).
        interpretation="A42",
        also_cites=("Art. 3(4)",),
        title_en="A deployer that is a public authority, read as a body governed by public law "
        "(reading A42)",
        title_nl="Een gebruiksverantwoordelijke die een overheidsinstantie is, gelezen als "
        "publiekrechtelijk orgaan (lezing A42)",
    ),
    Rule(
        id="duty.fria_deployer.union_institution",
        concludes="duty.fria_deployer",
        when="org.kind.union_institution and interp.a8_union_institution_public_law_body",
        source="Art. 27(1)",
        interpretation="A8",
        title_en="A Union institution read as a body governed by public law (reading A8)",
        title_nl="Een instelling van de Unie, gelezen als publiekrechtelijk orgaan (lezing A8)",
    ),
    Rule(
        id="duty.fria_deployer.private_public_services",
        concludes="duty.fria_deployer",
        when="org.kind.private_entity_public_services",
        source="Art. 27(1)",
        title_en="A private entity providing public services",
        title_nl="Een particuliere entiteit die openbare diensten verleent",
    ),
    Rule(
        id="duty.fria_deployer.credit_insurance",
        concludes="duty.fria_deployer",
        when="hr.annex_iii_credit_or_insurance",
        source="Art. 27(1)",
        also_cites=("Annex III, point 5(b)", "Annex III, point 5(c)"),
        title_en="Any deployer of a system under Annex III point 5(b) or 5(c)",
        title_nl="Elke gebruiksverantwoordelijke van een systeem van bijlage III, punt 5, onder b "
        "of c",
    ),
    # --- Art. 75(1): the AI Office's exclusive competence (issue 12, item 12). Derived from the
    # facts of Art. 75(1); it reaches a deployer "only when they are also the provider or form
    # part of the same undertaking as the provider" (amended text). Read by the fine exposure
    # (Art. 75c) and by Art. 75(1a).
    Rule(
        id="ai_office.art75_1_a_excepted.annex_i",
        concludes="ai_office.art75_1_a_excepted",
        when="hr.annex_i_section_a_legislation or hr.annex_i_section_b_legislation",
        source="Art. 75(1)(a)(i)",
        versions=ONLY_AMENDED,
        title_en="Related to products covered by the Union harmonisation legislation of Annex I",
        title_nl="Verband houdend met producten die onder de harmonisatiewetgeving van de Unie "
        "van bijlage I vallen",
    ),
    # Not A31 (ADR 0034, round 14): any point 2 listing excepts. The words are those of Art.
    # 49(1) ("AI systems referred to in point 2 of Annex III"), but the question A31 answers
    # does not arise: in Arts. 27(1), 49(1), 49(3), 60(4)(c) and 86(1) point 2 is carved out of
    # a class of Annex III systems ("a high-risk AI system listed in Annex III, with the
    # exception of"), which a system can still belong to through another point; here the class
    # is "AI systems based on general-purpose AI models where the model and the system are
    # developed by the same provider" (not defined by Annex III), so a listing in 5(a) brings
    # no system into the AI Office's competence and nothing but the point 2 listing is left to
    # read. The competence is over the system as a whole ("in relation to the following AI
    # systems"), so it cannot follow one listing and not the other, and recital 31 of
    # Regulation (EU) 2026/1744 gives the exceptions' purpose: "where there is specific sectoral
    # supervision, responsibility should remain with the relevant national competent
    # authority". Pinned in tests/test_a31_loose_ends.py.
    Rule(
        id="ai_office.art75_1_a_excepted.annex_iii_point_2",
        concludes="ai_office.art75_1_a_excepted",
        when="hr.listed.2",
        source="Art. 75(1)(a)(ii)",
        versions=ONLY_AMENDED,
        title_en="A system referred to in Annex III point 2 (critical infrastructure)",
        title_nl="Een systeem als bedoeld in bijlage III, punt 2 (kritieke infrastructuur)",
    ),
    Rule(
        id="ai_office.art75_1_a_excepted.art74_6",
        concludes="ai_office.art75_1_a_excepted",
        when="context.provided_by_le_border_or_financial_authority",
        source="Art. 75(1)(a)(iii)",
        also_cites=("Art. 74(6)",),
        versions=ONLY_AMENDED,
        title_en="Provided by a law-enforcement or border management authority or a financial "
        "institution, in so far as it falls under Art. 74(6)",
        title_nl="Aangeboden door een rechtshandhavingsinstantie, een grensbeheerautoriteit of "
        "een financiële instelling, voor zover het onder artikel 74, lid 6, valt",
    ),
    Rule(
        id="ai_office.art75_1_a_excepted.administration_of_justice",
        concludes="ai_office.art75_1_a_excepted",
        when="hr.listed.8a",
        source="Art. 75(1)(a)(iv)",
        also_cites=("Annex III, point 8(a)",),
        versions=ONLY_AMENDED,
        title_en="A system of Annex III point 8 as regards the administration of justice",
        title_nl="Een systeem van bijlage III, punt 8, wat de rechtsbedeling betreft",
    ),
    Rule(
        id="ai_office.system_covered.original",
        concludes="ai_office.system_covered",
        when="context.gpai_model_same_provider",
        source="Art. 75(1)",
        versions=ONLY_ORIGINAL,
        title_en="Based on a general-purpose AI model developed by the same provider",
        title_nl="Gebaseerd op een AI-model voor algemene doeleinden van dezelfde aanbieder",
    ),
    Rule(
        id="ai_office.system_covered.gpai_same_undertaking",
        concludes="ai_office.system_covered",
        when=(
            "(context.gpai_model_same_provider or context.gpai_model_same_undertaking) "
            "and not ai_office.art75_1_a_excepted"
        ),
        source="Art. 75(1)(a)",
        versions=ONLY_AMENDED,
        title_en="Based on a general-purpose AI model of the same provider or undertaking, and "
        "not excepted by Art. 75(1)(a)(i)-(iv)",
        title_nl="Gebaseerd op een AI-model voor algemene doeleinden van dezelfde aanbieder of "
        "onderneming, en niet uitgezonderd door artikel 75, lid 1, punt a, i) tot en met iv)",
    ),
    Rule(
        id="ai_office.system_covered.vlop_vlose",
        concludes="ai_office.system_covered",
        when="context.very_large_online_platform_or_search_engine",
        source="Art. 75(1)(b)",
        versions=ONLY_AMENDED,
        title_en="Constitutes or is integrated into a very large online platform or search engine",
        title_nl="Vormt of is geïntegreerd in een zeer groot onlineplatform of een zeer grote "
        "onlinezoekmachine",
    ),
    Rule(
        id="ai_office.competent.original",
        concludes="ai_office.competent",
        when="ai_office.system_covered",
        source="Art. 75(1)",
        versions=ONLY_ORIGINAL,
        title_en="The AI Office monitors and supervises this system's compliance (original text: "
        "no Art. 75c fines)",
        title_nl="Het AI-bureau ziet toe op de naleving door dit systeem (oorspronkelijke tekst: "
        "geen geldboeten van artikel 75 quater)",
    ),
    Rule(
        id="ai_office.competent.provider",
        concludes="ai_office.competent",
        # A provider the Regulation reaches (Art. 2(1)(a), (c); review18).
        when="ai_office.system_covered and role.provider and scope.provider_territorial",
        source="Art. 75(1)",
        also_cites=("Art. 2(1)(a)", "Art. 2(1)(c)"),
        versions=ONLY_AMENDED,
        title_en="The AI Office is exclusively competent for this provider",
        title_nl="Het AI-bureau is exclusief bevoegd ten aanzien van deze aanbieder",
    ),
    Rule(
        id="ai_office.competent.deployer_same_undertaking",
        concludes="ai_office.competent",
        # A deployer the Regulation reaches (Art. 2(1)(b)-(c)), as every deployer duty reads:
        # the AI Office's decisions of Art. 75c(3) and (5) do not bind a deployer established
        # and located in a third country whose output is not used in the Union (ADR 0033).
        when=(
            "ai_office.system_covered and role.deployer and scope.deployer_territorial "
            "and context.deployer_same_undertaking_as_provider"
        ),
        source="Art. 75(1)",
        also_cites=("Art. 2(1)(b)", "Art. 2(1)(c)"),
        versions=ONLY_AMENDED,
        title_en="The AI Office is exclusively competent for this deployer, part of the same "
        "undertaking as the provider",
        title_nl="Het AI-bureau is exclusief bevoegd ten aanzien van deze "
        "gebruiksverantwoordelijke, die deel uitmaakt van dezelfde onderneming als de aanbieder",
    ),
    Rule(
        id="ai_office.serious_incidents.amended",
        concludes="ai_office.serious_incidents",
        when="ai_office.competent and role.provider and scope.provider_territorial",
        source="Art. 75(1a)",
        also_cites=("Art. 2(1)(a)", "Art. 2(1)(c)"),
        versions=ONLY_AMENDED,
        title_en="Serious incidents are reported to the AI Office, by way of derogation from "
        "Art. 73",
        title_nl="Ernstige incidenten worden gemeld aan het AI-bureau, in afwijking van artikel 73",
    ),
    Rule(
        id="ai_office.serious_incidents.original",
        concludes="ai_office.serious_incidents",
        when="false",
        source="Art. 73(1)",
        versions=ONLY_ORIGINAL,
        title_en="The original text has no Art. 75(1a): serious incidents go to the market "
        "surveillance authorities",
        title_nl="De oorspronkelijke tekst kent geen artikel 75, lid 1 bis: ernstige incidenten "
        "gaan naar de markttoezichtautoriteiten",
    ),
)
