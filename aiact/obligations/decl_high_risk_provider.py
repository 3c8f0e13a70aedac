"""Obligations of the provider of a high-risk AI system (and of its authorised representative).

Covers the Art. 6(4) documentation of a "not high-risk" assessment and its Art. 49(2)
registration; the Section 2 requirements (Arts. 9-15), which the provider must meet through
Art. 16(a) (fine: Art. 99(4)(a)); the Art. 16(b)-(l) list; Arts. 17-21; the authorised
representative of Art. 22; the conformity assessment (Art. 43), the EU declaration of conformity
(Art. 47), the CE marking (Art. 48) and the registration (Art. 49(1), (4), (5)); and the
post-market duties of Arts. 72 and 73.

Schedules (reference 12A): Sections 1-3 (Arts. 6(4), 8-22) follow the route's high-risk date
(``HIGH_RISK``); Section 5 (Arts. 43, 47, 48, 49) and Chapter IX (Arts. 72, 73) are
``HIGH_RISK_GATED`` (reference A1).

Prerequisites follow reference section 13.1; each carries the words of the text that create it.
The edge Art. 48 -> Art. 49(1) has no specific anchor of its own (Annex VIII, Section A asks for
a copy of the declaration of conformity, which anchors Art. 47 -> Art. 49(1)); it is anchored on the
shared "before placing on the market" milestone and flagged as such.
"""

from __future__ import annotations

from aiact.obligations.model import (
    Addressee,
    Measure,
    Milestone,
    Modality,
    Obligation,
    Prerequisite,
)
from aiact.penalties.tiers import FineTier
from aiact.rules.classification import annex_iii_area
from aiact.timeline.schedule import Schedule
from aiact.versions import ALL_VERSIONS, LawVersion

_A = Addressee
_HR_PROVIDER = "duty.hr_provider"


def _pre(obligation: str, source: str, anchor: str) -> Prerequisite:
    return Prerequisite(obligation=obligation, source=source, anchor=anchor)


def _provider(
    id: str,
    source: str,
    title_en: str,
    title_nl: str,
    *,
    measure: Measure,
    milestone: Milestone,
    summary_en: str,
    summary_nl: str,
    fine_via: str,
    algoritmekader: tuple[str, ...] = (),
    prerequisites: tuple[Prerequisite, ...] = (),
    also_cites: tuple[str, ...] = (),
    when: str = _HR_PROVIDER,
    schedule: Schedule = Schedule.HIGH_RISK,
    interpretation: str | None = None,
    versions: frozenset[LawVersion] = ALL_VERSIONS,
    modality: Modality = Modality.DUTY,
) -> Obligation:
    """A high-risk provider obligation fined under Art. 99(4)(a) through an Art. 16 point."""
    via = f"Art. 16, point ({fine_via})"
    return Obligation(
        id=id,
        source=source,
        title_en=title_en,
        title_nl=title_nl,
        addressees=(_A.PROVIDER,),
        when=when,
        schedule=schedule,
        measure=measure,
        milestone=milestone,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(a)",
        algoritmekader=algoritmekader,
        prerequisites=prerequisites,
        also_cites=also_cites if source == via or via in also_cites else (via, *also_cites),
        summary_en=summary_en,
        summary_nl=summary_nl,
        interpretation=interpretation,
        versions=versions,
        modality=modality,
    )


_TECH_DOC_ANCHOR = (
    "drawn up in such a way as to demonstrate that the high-risk AI system complies with the "
    "requirements set out in this Section"
)

OBLIGATIONS: tuple[Obligation, ...] = (
    # ------------------------------------------------ Art. 6(4): "not high-risk" assessment
    Obligation(
        id="art6_4",
        source="Art. 6(4)",
        title_en="Document the assessment that an Annex III system is not high-risk",
        title_nl="De beoordeling documenteren dat een in bijlage III bedoeld AI-systeem geen hoog "
        "risico inhoudt",
        addressees=(_A.PROVIDER,),
        when="scope.in_scope and role.provider and scope.provider_territorial "
        "and hr.derogated_not_high_risk",
        schedule=Schedule.HIGH_RISK,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-02",),
        also_cites=("Art. 6(3)",),
        summary_en="A provider who considers that an Annex III system is not high-risk under "
        "Art. 6(3) documents its assessment before placing the system on the market or putting it "
        "into service, registers it under Art. 49(2) and hands the documentation to national "
        "competent authorities on request. Not listed in Art. 99(3)-(5). Dated by reading A22: by "
        "default from the general date, 2 August 2026 (amended Art. 113, third paragraph, point "
        "(c), defers Sections 1-3 only 'as regards AI systems classified as high-risk'); under "
        "A22=annex_iii_date with Section 1 for Annex III systems (2 December 2027). Not for a "
        "system that is high-risk on another ground (Art. 6(1) and Annex I): its provider does "
        "not consider it 'not high-risk'.",
        summary_nl="Een aanbieder die van mening is dat een in bijlage III bedoeld AI-systeem op "
        "grond van artikel 6, lid 3, geen hoog risico inhoudt, documenteert zijn beoordeling "
        "voordat het systeem in de handel wordt gebracht of in gebruik wordt gesteld, registreert "
        "het volgens artikel 49, lid 2, en verstrekt de documentatie op verzoek aan de nationale "
        "bevoegde autoriteiten. Niet genoemd in artikel 99, leden 3 tot en met 5. Gedateerd "
        "volgens lezing A22: standaard vanaf de algemene datum, 2 augustus 2026 (het gewijzigde "
        "artikel 113, derde alinea, punt c), stelt de afdelingen 1 tot en met 3 alleen uit voor "
        "AI-systemen die als AI-systemen met een hoog risico zijn ingedeeld); volgens de andere "
        "lezing met afdeling 1 voor systemen van bijlage III (2 december 2027).",
    ),
    # ------------------------------- Art. 8(2): a product of Annex I Section A (perm33)
    # Art. 8(2) has two sentences. The first ("providers shall be responsible for ensuring that
    # their product is fully compliant with all applicable requirements under applicable Union
    # harmonisation legislation") binds, but what it binds to is the product's compliance with
    # every applicable act (recital 64: "the making available or putting into service can take
    # place only when the product complies with all applicable Union harmonisation
    # legislation"): the AI Act's part is declared entry by entry (art9 ... art15 through Art.
    # 16(a), art11_2, art43_3, art47 ...), the sectoral acts' part is theirs, with their
    # penalties; no entry of its own (tests/data/coverage/notes.yaml, Art. 8(2)). The second
    # sentence grants ("shall have a choice of integrating"; Dutch "hebben aanbieders de keuze")
    # and binds nobody: a permission (ADR 0050). Its condition is the first sentence's, "a
    # product contains an AI system, to which the requirements of this Regulation as well as
    # requirements of the Union harmonisation legislation listed in Section A of Annex I apply":
    # the system is (part of) a product of a Section A act (the fact annex_i.legislation, as
    # art11_2 reads Art. 11(2)), and high-risk ("the high-risk AI systems referred to in
    # paragraph 1"). Not amended by Regulation (EU) 2026/1744 (which moves machinery from
    # Section A to Section B: the predicate follows the version).
    _provider(
        "art8_2",
        "Art. 8(2)",
        "Annex I Section A products: may integrate the testing and reporting processes, "
        "information and documentation into those already required under that legislation",
        "Producten van bijlage I, afdeling A: mogen de test- en rapportageprocessen, informatie "
        "en documentatie opnemen in wat die wetgeving al vereist",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="a",
        when=f"{_HR_PROVIDER} and hr.annex_i_section_a_legislation",
        algoritmekader=("aia-06", "aia-38"),
        also_cites=("Annex I, Section A",),
        modality=Modality.PERMISSION,
        summary_en="Where a product contains a high-risk AI system to which the requirements of "
        "this Regulation as well as those of the Union harmonisation legislation of Annex I "
        "Section A apply, the provider, in ensuring that the system complies with the Section 2 "
        "requirements, has a choice of integrating, as appropriate, the necessary testing and "
        "reporting processes, information and documentation it provides with regard to the "
        "product into documentation and procedures that already exist and are required under "
        "that legislation (Art. 8(2), second sentence). A choice, not a duty (modality "
        "permission): listed so that the plan shows it; the Section 2 requirements stay "
        "(obligations art9 to art15, and art11_2 for the single set of technical documentation), "
        "fined as they are (Art. 99(4)(a), through Art. 16(a)). The first sentence, that the "
        "provider is responsible for the product's full compliance with all applicable Union "
        "harmonisation legislation, is no entry of its own: its AI Act part is those obligations, "
        "its sectoral part the duty of that legislation, with its own penalties.",
        summary_nl="Indien een product een AI-systeem met een hoog risico omvat waarop zowel de "
        "vereisten van deze verordening als die van de harmonisatiewetgeving van de Unie van "
        "bijlage I, afdeling A, van toepassing zijn, heeft de aanbieder, om te waarborgen dat "
        "het systeem voldoet aan de eisen van afdeling 2, de keuze om in voorkomend geval de "
        "nodige test- en rapportageprocessen en door hem verstrekte informatie en documentatie "
        "over zijn product op te nemen in de reeds bestaande documentatie en procedures die "
        "vereist zijn uit hoofde van die wetgeving (artikel 8, lid 2, tweede zin). Een keuze, "
        "geen verplichting: opgenomen zodat het plan haar toont; de eisen van afdeling 2 blijven "
        "(verplichtingen art9 tot en met art15, en art11_2 voor het enkele technische document), "
        "met de boete die daarvoor geldt (artikel 99, lid 4, punt a, via artikel 16, punt a). De "
        "eerste zin, dat de aanbieder ervoor verantwoordelijk is te waarborgen dat zijn product "
        "volledig voldoet aan alle toepasselijke harmonisatiewetgeving van de Unie, is geen "
        "eigen vermelding: het deel uit deze verordening zijn die verplichtingen, het sectorale "
        "deel is een verplichting van die wetgeving, met haar eigen sancties.",
    ),
    # --------------------------------------- Section 2 requirements, through Art. 16(a)
    _provider(
        "art9",
        "Art. 9",
        "Establish, implement, document and maintain a risk management system",
        "Een systeem voor risicobeheer vaststellen, uitvoeren, documenteren en in stand houden",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        fine_via="a",
        algoritmekader=("aia-03", "aia-04", "aia-38"),
        summary_en="A risk management system is established, implemented, documented and "
        "maintained as a continuous iterative process over the whole lifecycle: identify, "
        "estimate and evaluate risks (including from post-market data), adopt targeted measures, "
        "test the system before placing on the market or putting into service and consider "
        "persons under 18 and vulnerable groups. Where other Union law requires internal risk "
        "management processes, these aspects may be part of, or combined with, the risk "
        "management procedures established pursuant to that law (Art. 9(10)).",
        summary_nl="Een systeem voor risicobeheer wordt vastgesteld, uitgevoerd, gedocumenteerd en "
        "in stand gehouden als een doorlopend iteratief proces gedurende de hele levenscyclus: "
        "risico's identificeren, inschatten en evalueren (ook op basis van monitoringdata), "
        "gerichte maatregelen nemen, het systeem testen voordat het in de handel wordt gebracht of "
        "in gebruik wordt gesteld en rekening houden met minderjarigen en kwetsbare groepen. Voor "
        "aanbieders die uit hoofde van ander Unierecht onderworpen zijn aan eisen met betrekking "
        "tot interne risicobeheerprocessen, kunnen deze aspecten deel uitmaken van of gecombineerd "
        "worden met de op grond van dat recht vastgestelde risicobeheerprocedures (artikel 9, lid "
        "10).",
    ),
    # Art. 9(10) (perm33b): "For providers of high-risk AI systems that are subject to
    # requirements regarding internal risk management processes under other relevant provisions
    # of Union law, the aspects provided in paragraphs 1 to 9 may be part of, or combined with,
    # the risk management procedures established pursuant to that law" (Dutch "kunnen ... deel
    # uitmaken van of gecombineerd worden met"): grants and binds nobody, the same integration
    # choice as Art. 8(2) and 72(4) (recital 37 of Regulation (EU) 2026/1744 names 8(2), 9(10)
    # and 17(3) together): a permission (ADR 0050). Being subject to such other Union law is no
    # fact; the condition uses the two facts that say it: a product of the Annex I Section A
    # legislation (as art8_2) or a financial institution subject to internal-governance
    # requirements under Union financial services law (org.financial_institution, as
    # art72_4_financial); other Union law the entry does not see, and the summary says so. Not
    # amended by Regulation (EU) 2026/1744.
    _provider(
        "art9_10",
        "Art. 9(10)",
        "Providers under other Union law on internal risk management: may make the risk "
        "management system part of, or combine it with, the procedures under that law",
        "Aanbieders onder ander Unierecht inzake interne risicobeheerprocessen: het systeem voor "
        "risicobeheer mag deel uitmaken van of gecombineerd worden met de procedures van dat recht",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        fine_via="a",
        when=f"{_HR_PROVIDER} and (hr.annex_i_section_a_legislation or org.financial_institution)",
        algoritmekader=("aia-03",),
        also_cites=("Annex I, Section A",),
        modality=Modality.PERMISSION,
        prerequisites=(
            _pre(
                "art9",
                "Art. 9(10)",
                "the aspects provided in paragraphs 1 to 9 may be part of, or combined with, the "
                "risk management procedures established pursuant to that law",
            ),
        ),
        summary_en="For a provider of a high-risk AI system that is subject to requirements "
        "regarding internal risk management processes under other relevant provisions of Union "
        "law, the aspects of Art. 9(1)-(9) may be part of, or combined with, the risk management "
        "procedures established pursuant to that law (Art. 9(10)). Listed where a fact points to "
        "such law: a product of the Union harmonisation legislation of Annex I Section A, or a "
        "financial institution subject to internal-governance requirements under Union financial "
        "services law; whether that law in fact imposes internal risk management processes is no "
        "fact, and other Union law that does is not seen. A choice, not a duty (modality "
        "permission): listed so that the plan shows it; the risk management duty stays "
        "(obligation art9), fined as it is (Art. 99(4)(a), through Art. 16(a)).",
        summary_nl="Voor een aanbieder van een AI-systeem met een hoog risico die onderworpen is "
        "aan eisen met betrekking tot interne risicobeheerprocessen uit hoofde van andere "
        "relevante bepalingen van het Unierecht, kunnen de in artikel 9, leden 1 tot en met 9, "
        "bepaalde aspecten deel uitmaken van of gecombineerd worden met de op grond van dat recht "
        "vastgestelde risicobeheerprocedures (artikel 9, lid 10). Opgenomen waar een gegeven op "
        "zulk recht wijst: een product van de harmonisatiewetgeving van de Unie van bijlage I, "
        "afdeling A, of een financiële instelling waarvoor krachtens het Unierecht inzake "
        "financiële diensten vereisten met betrekking tot haar interne governance gelden; of dat "
        "recht werkelijk interne risicobeheerprocessen eist, is geen gegeven, en ander Unierecht "
        "dat dat doet, wordt niet gezien. Een keuze, geen verplichting: opgenomen zodat het plan "
        "haar toont; de verplichting tot risicobeheer blijft (verplichting art9), met de boete "
        "die daarvoor geldt (artikel 99, lid 4, punt a, via artikel 16, punt a).",
    ),
    _provider(
        "art10",
        "Art. 10",
        "Meet the data and data governance quality criteria",
        "Voldoen aan de kwaliteitscriteria voor data en datagovernance",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="a",
        algoritmekader=("aia-05",),
        summary_en="Training, validation and testing data sets meet the quality criteria: data "
        "governance and management practices (including examination of possible biases and "
        "measures against them), relevance, sufficient representativeness, as far as possible free "
        "of errors and complete, and fit for the specific setting of use. For a system not using "
        "techniques involving the training of AI models, the criteria apply only to the testing "
        "data sets (Art. 10(6)). The amended text moves special-category data for bias detection "
        "to Art. 4a.",
        summary_nl="Datasets voor training, validatie en tests voldoen aan de kwaliteitscriteria: "
        "praktijken voor datagovernance en -beheer (inclusief onderzoek naar en maatregelen tegen "
        "mogelijke vertekeningen), relevantie, voldoende representativiteit, zoveel mogelijk "
        "foutenvrij en volledig, en passend voor de specifieke gebruikscontext. Voor systemen die "
        "geen technieken voor de training van modellen gebruiken, zijn de criteria uitsluitend "
        "van toepassing op de datasets voor tests (artikel 10, lid 6). De gewijzigde tekst "
        "verplaatst bijzondere categorieën persoonsgegevens voor het opsporen van vertekeningen "
        "naar artikel 4 bis.",
    ),
    _provider(
        "art11",
        "Art. 11",
        "Draw up and keep up to date the technical documentation",
        "De technische documentatie opstellen en actualiseren",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="a",
        algoritmekader=("aia-06",),
        prerequisites=(
            _pre(
                "art9",
                "Annex IV, point 5",
                "A detailed description of the risk management system in accordance with Article 9",
            ),
            _pre(
                "art10",
                "Annex IV, point 2(d)",
                "the data requirements in terms of datasheets describing the training "
                "methodologies and techniques and the training data sets used",
            ),
            _pre("art12", "Art. 11(1), second subparagraph", _TECH_DOC_ANCHOR),
            _pre(
                "art13",
                "Annex IV, point 1(h)",
                "instructions for use for the deployer",
            ),
            _pre(
                "art14",
                "Annex IV, point 2(e)",
                "assessment of the human oversight measures needed in accordance with Article 14",
            ),
            _pre(
                "art15",
                "Annex IV, point 2(h)",
                "cybersecurity measures put in place",
            ),
            _pre(
                "art72_3",
                "Annex IV, point 9",
                "A detailed description of the system in place to evaluate the AI system "
                "performance in the post-market phase in accordance with Article 72, including the "
                "post-market monitoring plan referred to in Article 72(3)",
            ),
        ),
        summary_en="The technical documentation is drawn up before the system is placed on the "
        "market or put into service and kept up to date; it demonstrates compliance with Section 2 "
        "and contains at least the Annex IV elements. SMEs (and, in the amended text, SMCs) may "
        "use the simplified form.",
        summary_nl="De technische documentatie wordt opgesteld voordat het systeem in de handel "
        "wordt gebracht of in gebruik wordt gesteld en wordt geactualiseerd; zij toont de "
        "overeenstemming met afdeling 2 aan en bevat ten minste de elementen van bijlage IV. Kmo's "
        "(en in de gewijzigde tekst ook smc's) mogen het vereenvoudigde formulier gebruiken.",
    ),
    _provider(
        "art12",
        "Art. 12",
        "Enable automatic recording of events (logs)",
        "Automatische registratie van gebeurtenissen (logs) technisch mogelijk maken",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="a",
        algoritmekader=("aia-07",),
        summary_en="The system technically allows for the automatic recording of events (logs) "
        "over its lifetime, for identifying risks and substantial modifications, post-market "
        "monitoring and the deployer's monitoring; remote biometric identification systems log at "
        "least the Art. 12(3) elements.",
        summary_nl="Het systeem is technisch zo vormgegeven dat gebeurtenissen gedurende de "
        "levenscyclus automatisch worden geregistreerd (logs), voor het vaststellen van risico's "
        "en substantiële wijzigingen, monitoring na het in de handel brengen en de monitoring door "
        "de gebruiksverantwoordelijke; systemen voor biometrische identificatie op afstand "
        "registreren ten minste de elementen van artikel 12, lid 3.",
    ),
    _provider(
        "art13",
        "Art. 13",
        "Ensure transparency and provide instructions for use to deployers",
        "Transparantie waarborgen en gebruiksinstructies verstrekken aan "
        "gebruiksverantwoordelijken",
        measure=Measure.TRANSPARENCY,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="a",
        algoritmekader=("aia-08",),
        summary_en="The system is designed so that its operation is sufficiently transparent for "
        "deployers to interpret and use its output, and comes with instructions for use containing "
        "at least the Art. 13(3) information (characteristics, capabilities and limitations, "
        "accuracy, human oversight measures, log collection).",
        summary_nl="Het systeem is zo ontworpen dat de werking voldoende transparant is om "
        "gebruiksverantwoordelijken in staat te stellen de output te interpreteren en te "
        "gebruiken, en gaat vergezeld van gebruiksinstructies met ten minste de informatie van "
        "artikel 13, lid 3 (kenmerken, capaciteiten en beperkingen, nauwkeurigheid, maatregelen "
        "voor menselijk toezicht, verzameling van logs).",
    ),
    _provider(
        "art14",
        "Art. 14",
        "Design the system for effective human oversight",
        "Het systeem ontwerpen voor doeltreffend menselijk toezicht",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="a",
        algoritmekader=("aia-09",),
        summary_en="The system is designed and developed, with appropriate human-machine interface "
        "tools, so that natural persons can effectively oversee it while in use: understand it, "
        "remain aware of automation bias, interpret, disregard or override its output and stop it. "
        "Remote biometric identification needs verification by at least two persons, unless it is "
        "used for law enforcement, migration, border control or asylum and Union or national law "
        "considers the application of that requirement disproportionate (Art. 14(5)).",
        summary_nl="Het systeem wordt zodanig ontworpen en ontwikkeld, met passende "
        "mens-machine-interface-instrumenten, dat natuurlijke personen er tijdens het gebruik "
        "doeltreffend menselijk toezicht op kunnen uitoefenen: het begrijpen, bewust blijven van "
        "de neiging om automatisch of te veel op de output te vertrouwen (\u201cautomation "
        "bias\u201d), de output interpreteren, negeren, vervangen of terugdraaien en het systeem "
        "onderbreken met een stopknop of een vergelijkbare procedure. Biometrische "
        "identificatie op afstand vereist verificatie door ten minste "
        "twee personen, behalve bij gebruik voor rechtshandhaving, migratie, grenstoezicht of "
        "asiel in gevallen waarin het Unierecht of het nationale recht de toepassing van dit "
        "vereiste onevenredig acht (artikel 14, lid 5).",
    ),
    _provider(
        "art15",
        "Art. 15",
        "Achieve appropriate accuracy, robustness and cybersecurity",
        "Zorgen voor een passend niveau van nauwkeurigheid, robuustheid en cyberbeveiliging",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="a",
        algoritmekader=("aia-10",),
        summary_en="The system achieves an appropriate level of accuracy, robustness and "
        "cybersecurity and performs consistently over its lifecycle; accuracy metrics are declared "
        "in the instructions for use, feedback loops are addressed and the system is resilient "
        "against attacks such as data or model poisoning and adversarial examples. A system "
        "certified, or for which a statement of conformity has been issued, under a cybersecurity "
        "scheme pursuant to Regulation (EU) 2019/881 whose references have been published in the "
        "Official Journal of the European Union is presumed to comply with the cybersecurity "
        "requirements in so far as the certificate or statement covers them (Art. 42(2)); in the "
        "amended text, a system within the scope of Regulation (EU) 2024/2847 that fulfils the "
        "conditions of its Article 12(1) is deemed to comply with them (Art. 42(3)).",
        summary_nl="Het systeem biedt een passend niveau van nauwkeurigheid, robuustheid en "
        "cyberbeveiliging en presteert consistent gedurende de levensduur; de "
        "nauwkeurigheidsmaatstaven staan in de gebruiksinstructies, terugkoppelingslussen worden "
        "aangepakt en het systeem is bestand tegen aanvallen zoals data- of modelvergiftiging en "
        "vijandige voorbeelden. Een systeem dat is gecertificeerd of waarvoor een "
        "conformiteitsverklaring is verstrekt volgens een cyberbeveiligingsregeling krachtens "
        "Verordening (EU) 2019/881 en waarvan de referenties in het Publicatieblad van de "
        "Europese Unie zijn bekendgemaakt, wordt geacht te voldoen aan de cyberbeveiligingseisen, "
        "voor "
        "zover het certificaat of de conformiteitsverklaring die eisen bestrijkt (artikel 42, lid "
        "2); in de gewijzigde tekst wordt een systeem dat onder Verordening (EU) 2024/2847 valt en "
        "aan de voorwaarden van artikel 12, lid 1, daarvan voldoet, geacht aan die eisen te "
        "voldoen (artikel 42, lid 3).",
    ),
    # ------------------------------------------------------- Art. 16(b)-(l)
    _provider(
        "art16_b",
        "Art. 16, point (b)",
        "Indicate name, registered trade name or registered trade mark and contact address on the "
        "system",
        "Naam, geregistreerde handelsnaam of geregistreerd merk en contactadres vermelden op het "
        "systeem",
        measure=Measure.TRANSPARENCY,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="b",
        summary_en="Indicate on the high-risk AI system, or where that is not possible on its "
        "packaging or accompanying documentation, the provider's name, registered trade name or "
        "registered trade mark and contact address.",
        summary_nl="Op het AI-systeem met een hoog risico of, wanneer dat niet mogelijk is, op de "
        "verpakking of in de bij het product gevoegde documentatie, de naam, geregistreerde "
        "handelsnaam of het "
        "geregistreerde merk en het contactadres van de aanbieder vermelden.",
    ),
    _provider(
        "art16_c",
        "Art. 16, point (c)",
        "Have a quality management system in place",
        "Beschikken over een systeem voor kwaliteitsbeheer",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="c",
        algoritmekader=("aia-11",),
        summary_en="Have a quality management system in place which complies with Art. 17 (its "
        "content: obligation art17).",
        summary_nl="Beschikken over een systeem voor kwaliteitsbeheer dat in overeenstemming is "
        "met artikel 17 (de inhoud: verplichting art17).",
    ),
    _provider(
        "art16_d",
        "Art. 16, point (d)",
        "Keep the documentation referred to in Art. 18",
        "De in artikel 18 bedoelde documentatie bewaren",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.AFTER_PLACING,
        fine_via="d",
        algoritmekader=("aia-12",),
        summary_en="Keep the documentation referred to in Art. 18 (see obligation art18).",
        summary_nl="De in artikel 18 bedoelde documentatie bewaren (zie verplichting art18).",
    ),
    _provider(
        "art16_e",
        "Art. 16, point (e)",
        "Keep the automatically generated logs under the provider's control",
        "De automatisch gegenereerde logs bewaren wanneer de aanbieder hierover de controle heeft",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.AFTER_PLACING,
        fine_via="e",
        algoritmekader=("aia-13",),
        summary_en="When under their control, keep the logs automatically generated by the "
        "high-risk AI system as referred to in Art. 19 (see obligation art19).",
        summary_nl="De in artikel 19 bedoelde logs die automatisch door het AI-systeem met een "
        "hoog risico zijn gegenereerd bewaren, wanneer de aanbieder hierover de controle heeft "
        "(zie verplichting art19).",
    ),
    _provider(
        "art16_f",
        "Art. 16, point (f)",
        "Ensure the conformity assessment is carried out before placing on the market or putting "
        "into service",
        "Zorgen dat de conformiteitsbeoordelingsprocedure wordt uitgevoerd voordat het systeem in "
        "de handel wordt gebracht of in gebruik wordt gesteld",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="f",
        algoritmekader=("aia-14",),
        summary_en="Ensure that the system undergoes the relevant conformity assessment procedure "
        "of Art. 43 prior to being placed on the market or put into service (the procedure: "
        "obligation art43).",
        summary_nl="Zorgen dat voor het systeem de desbetreffende "
        "conformiteitsbeoordelingsprocedure van artikel 43 wordt uitgevoerd voordat het in de "
        "handel wordt gebracht of in gebruik wordt gesteld (de procedure: verplichting art43).",
    ),
    _provider(
        "art16_g",
        "Art. 16, point (g)",
        "Draw up an EU declaration of conformity",
        "Een EU-conformiteitsverklaring opstellen",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="g",
        algoritmekader=("aia-15",),
        summary_en="Draw up an EU declaration of conformity in accordance with Art. 47 (see "
        "obligation art47).",
        summary_nl="Een EU-conformiteitsverklaring opstellen overeenkomstig artikel 47 (zie "
        "verplichting art47).",
    ),
    _provider(
        "art16_h",
        "Art. 16, point (h)",
        "Affix the CE marking",
        "De CE-markering aanbrengen",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="h",
        algoritmekader=("aia-16",),
        summary_en="Affix the CE marking to the system or, where that is not possible, on its "
        "packaging or accompanying documentation, in accordance with Art. 48 (see obligation "
        "art48).",
        summary_nl="De CE-markering aanbrengen op het systeem of, wanneer dat niet mogelijk is, op "
        "de verpakking of in de bij het product gevoegde documentatie, overeenkomstig artikel 48 "
        "(zie verplichting art48).",
    ),
    _provider(
        "art16_i",
        "Art. 16, point (i)",
        "Comply with the registration obligations of Art. 49(1)",
        "De registratieverplichtingen van artikel 49, lid 1, naleven",
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="i",
        when="duty.hr_provider and hr.annex_iii_other_than_point_2",
        interpretation="A31",
        algoritmekader=("aia-17",),
        summary_en="Comply with the registration obligations referred to in Art. 49(1), which "
        "cover Annex III systems other than point 2 (see obligation art49_1).",
        summary_nl="De registratieverplichtingen als bedoeld in artikel 49, lid 1, naleven; die "
        "gelden voor systemen van bijlage III behalve punt 2 (zie verplichting art49_1).",
    ),
    _provider(
        "art16_j",
        "Art. 16, point (j)",
        "Take corrective actions and provide information (Art. 20)",
        "De noodzakelijke corrigerende maatregelen nemen en informatie verstrekken (artikel 20)",
        measure=Measure.MONITORING,
        milestone=Milestone.ON_EVENT,
        fine_via="j",
        algoritmekader=("aia-18",),
        summary_en="Take the necessary corrective actions and provide information as required in "
        "Art. 20 (see obligation art20).",
        summary_nl="De noodzakelijke corrigerende maatregelen nemen en de op grond van artikel 20 "
        "vereiste informatie verstrekken (zie verplichting art20).",
    ),
    _provider(
        "art16_k",
        "Art. 16, point (k)",
        "Demonstrate conformity on a reasoned request",
        "De overeenstemming aantonen op een met redenen omkleed verzoek",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.ON_EVENT,
        fine_via="k",
        also_cites=("Art. 21(1)",),
        summary_en="Upon a reasoned request of a national competent authority, demonstrate the "
        "conformity of the high-risk AI system with the Section 2 requirements (see obligation "
        "art21).",
        summary_nl="Op een met redenen omkleed verzoek van een nationale bevoegde autoriteit de "
        "overeenstemming van het AI-systeem met een hoog risico met de eisen van afdeling 2 "
        "aantonen (zie verplichting art21).",
    ),
    _provider(
        "art16_l",
        "Art. 16, point (l)",
        "Meet the accessibility requirements",
        "Voldoen aan de toegankelijkheidseisen",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="l",
        algoritmekader=("aia-19",),
        summary_en="Ensure that the high-risk AI system complies with accessibility requirements "
        "in accordance with Directives (EU) 2016/2102 and (EU) 2019/882.",
        summary_nl="Zorgen dat het AI-systeem met een hoog risico voldoet aan de "
        "toegankelijkheidseisen overeenkomstig de Richtlijnen (EU) 2016/2102 en (EU) 2019/882.",
    ),
    # ------------------------------------------------------------------ Arts. 17-21
    _provider(
        "art17",
        "Art. 17",
        "Put in place a documented quality management system",
        "Voorzien in een gedocumenteerd systeem voor kwaliteitsbeheer",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="c",
        algoritmekader=("aia-11",),
        # Art. 17(4): for financial institutions the duty is "deemed to be fulfilled" by the
        # financial-services governance rules, save points (g)-(i): a way to comply, so the duty
        # stays and the summary says how.
        also_cites=("Art. 17(4)",),
        summary_en="A quality management system documented in written policies, procedures and "
        "instructions covers at least the Art. 17(1)(a)-(m) aspects (compliance strategy, design, "
        "testing, data management, risk management, post-market monitoring, incident reporting, "
        "record-keeping, accountability), proportionate to the size of the provider's organisation "
        "(in the amended text: in particular SMEs, including start-ups, and SMCs). Providers "
        "subject to quality management obligations under relevant sectoral Union law may include "
        "these aspects in the quality management systems established pursuant to that law "
        "(Art. 17(3)). Financial institutions: deemed fulfilled largely through financial-services "
        "governance, save Art. 17(1)(g)-(i) (Art. 17(4)).",
        summary_nl="Een systeem voor kwaliteitsbeheer, gedocumenteerd in schriftelijke "
        "beleidslijnen, procedures en instructies, omvat ten minste de aspecten van artikel 17, "
        "lid 1, punten a tot en met m (nalevingsstrategie, ontwerp, tests, databeheer, "
        "risicobeheer, monitoring na het in de handel brengen, melding van incidenten, "
        "registratie, verantwoording), evenredig aan de omvang van de organisatie van de "
        "aanbieder (in de gewijzigde tekst in het bijzonder kmo's, met inbegrip van start-ups, en "
        "smc's). Aanbieders die onderworpen zijn aan verplichtingen met betrekking tot "
        "kwaliteitsbeheersystemen uit hoofde van het desbetreffende sectorale Unierecht, kunnen "
        "deze aspecten opnemen als onderdeel van de op grond van dat recht vastgestelde "
        "kwaliteitsbeheersystemen (artikel 17, lid 3). Financiële instellingen: grotendeels "
        "vervuld via de governance van de financiële dienstverlening, met uitzondering van lid 1, "
        "punten g), h) en i) (artikel 17, lid 4).",
    ),
    # Art. 17(3) (perm33b): "Providers of high-risk AI systems that are subject to obligations
    # regarding quality management systems or an equivalent function under relevant sectoral
    # Union law may include the aspects listed in paragraph 1 as part of the quality management
    # systems pursuant to that law" (Dutch "kunnen ... opnemen"): a permission, as art9_10
    # (recital 37 of Regulation (EU) 2026/1744; its recital 18 reads it for a provider under a
    # Section A conformity assessment). Condition as art9_10: Annex I Section A legislation or a
    # financial institution (whose internal governance is the "equivalent function" Art. 17(4)
    # names); being subject to such sectoral law is no fact, and the summary says so. Art. 17(3)
    # is not amended by Regulation (EU) 2026/1744.
    _provider(
        "art17_3",
        "Art. 17(3)",
        "Providers under sectoral Union law on quality management: may include the quality "
        "management aspects in the quality management systems under that law",
        "Aanbieders onder sectoraal Unierecht inzake kwaliteitsbeheer: mogen de aspecten van het "
        "kwaliteitsbeheer opnemen in de kwaliteitsbeheersystemen van dat recht",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="c",
        when=f"{_HR_PROVIDER} and (hr.annex_i_section_a_legislation or org.financial_institution)",
        algoritmekader=("aia-11",),
        also_cites=("Annex I, Section A",),
        modality=Modality.PERMISSION,
        prerequisites=(
            _pre(
                "art17",
                "Art. 17(3)",
                "may include the aspects listed in paragraph 1 as part of the quality management "
                "systems pursuant to that law",
            ),
        ),
        summary_en="A provider of a high-risk AI system that is subject to obligations regarding "
        "quality management systems or an equivalent function under relevant sectoral Union law "
        "may include the aspects listed in Art. 17(1) as part of the quality management systems "
        "pursuant to that law (Art. 17(3)). Listed where a fact points to such law: a product of "
        "the Union harmonisation legislation of Annex I Section A, or a financial institution "
        "subject to internal-governance requirements under Union financial services law (for "
        "which Art. 17(4) also deems most of the duty fulfilled); whether that law in fact imposes "
        "a quality management system or an equivalent function is no fact, and other sectoral "
        "Union law that does is not seen. A choice, not a duty (modality permission): listed so "
        "that the plan shows it; the quality management duty stays (obligation art17), fined as "
        "it is (Art. 99(4)(a), through Art. 16(c)).",
        summary_nl="Een aanbieder van een AI-systeem met een hoog risico die onderworpen is aan "
        "verplichtingen met betrekking tot kwaliteitsbeheersystemen of een gelijkwaardige functie "
        "uit hoofde van het desbetreffende sectorale Unierecht, kan de in artikel 17, lid 1, "
        "genoemde aspecten opnemen als onderdeel van de op grond van dat recht vastgestelde "
        "kwaliteitsbeheersystemen (artikel 17, lid 3). Opgenomen waar een gegeven op zulk recht "
        "wijst: een product van de harmonisatiewetgeving van de Unie van bijlage I, afdeling A, "
        "of een financiële instelling waarvoor krachtens het Unierecht inzake financiële diensten "
        "vereisten met betrekking tot haar interne governance gelden (voor wie artikel 17, lid 4, "
        "de verplichting grotendeels als vervuld aanmerkt); of dat recht werkelijk een systeem "
        "voor kwaliteitsbeheer of een gelijkwaardige functie eist, is geen gegeven, en ander "
        "sectoraal Unierecht dat dat doet, wordt niet gezien. Een keuze, geen verplichting: "
        "opgenomen zodat het plan haar toont; de verplichting tot kwaliteitsbeheer blijft "
        "(verplichting art17), met de boete die daarvoor geldt (artikel 99, lid 4, punt a, via "
        "artikel 16, punt c).",
    ),
    _provider(
        "art18",
        "Art. 18",
        "Keep the documentation for 10 years",
        "De documentatie tien jaar ter beschikking houden",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.AFTER_PLACING,
        fine_via="d",
        algoritmekader=("aia-12",),
        summary_en="For 10 years after the system is placed on the market or put into service, "
        "keep at the disposal of national competent authorities the technical documentation, the "
        "quality management system documentation, notified-body changes and decisions and the EU "
        "declaration of conformity.",
        summary_nl="Gedurende tien jaar nadat het systeem in de handel is gebracht of in gebruik "
        "is gesteld de technische documentatie, de documentatie van het systeem voor "
        "kwaliteitsbeheer, wijzigingen en besluiten van de aangemelde instantie en de "
        "EU-conformiteitsverklaring ter beschikking houden van de nationale bevoegde autoriteiten.",
    ),
    _provider(
        "art19",
        "Art. 19",
        "Keep the automatically generated logs for at least six months",
        "De automatisch gegenereerde logs ten minste zes maanden bewaren",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.AFTER_PLACING,
        fine_via="e",
        algoritmekader=("aia-13",),
        summary_en="Keep the logs automatically generated by the system, to the extent they are "
        "under the provider's control, for a period appropriate to the intended purpose of at "
        "least six months, unless Union or national law provides otherwise.",
        summary_nl="De automatisch gegenereerde logs, voor zover die onder de controle van de "
        "aanbieder vallen, bewaren gedurende een periode die passend is voor het beoogde doel, van "
        "ten minste zes maanden, tenzij het Unie- of nationale recht anders bepaalt.",
    ),
    # Arts. 17(4), 18(3), 19(2): financial institutions meet the Art. 17 to 19 duties another
    # way. The duty stays (its id and condition do not change); the way is its own entry, like
    # the Art. 63(1) relief (decl_conformity.py), so an Assessment of a financial institution
    # lists it beside the duty it modifies, with its citation, and nobody else's does.
    _provider(
        "art17_4",
        "Art. 17(4)",
        "Financial institutions: the quality management system is deemed fulfilled by the "
        "financial-services governance rules, save Art. 17(1)(g)-(i)",
        "Financiële instellingen: het systeem voor kwaliteitsbeheer wordt geacht te zijn vervuld "
        "door de governanceregels van het Unierecht inzake financiële diensten, behalve "
        "artikel 17, lid 1, punten g) tot en met i)",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="c",
        when=f"{_HR_PROVIDER} and org.financial_institution",
        algoritmekader=("aia-11",),
        prerequisites=(
            _pre(
                "art17",
                "Art. 17(4)",
                "the obligation to put in place a quality management system, with the exception "
                "of paragraph 1, points (g), (h) and (i) of this Article, shall be deemed to be "
                "fulfilled",
            ),
        ),
        summary_en="For a provider that is a financial institution subject to requirements "
        "regarding its internal governance, arrangements or processes under Union financial "
        "services law, the Art. 17 obligation to put in place a quality management system is "
        "deemed to be fulfilled by complying with the rules on internal governance arrangements "
        "or processes under that law, except Art. 17(1)(g) (the risk management system of "
        "Art. 9), (h) (the post-market monitoring system of Art. 72) and (i) (the procedures "
        "for reporting serious incidents under Art. 73), which it still puts in place; "
        "harmonised standards (Art. 40) are taken into account. The duty itself stays "
        "(obligation art17, same tier, Art. 16(c)): this entry says how it is met.",
        summary_nl="Voor een aanbieder die in de hoedanigheid van financiële instelling "
        "onderworpen is aan eisen met betrekking tot zijn interne governance, regelingen of "
        "processen uit hoofde van het Unierecht inzake financiële diensten, wordt de verplichting "
        "van artikel 17 een systeem voor kwaliteitsbeheer in te voeren geacht te zijn vervuld door "
        "te voldoen aan de regels inzake interne governance, regelingen of processen uit hoofde "
        "van dat recht, met uitzondering van artikel 17, lid 1, punten g) (het systeem voor "
        "risicobeheer van artikel 9), h) (het systeem voor monitoring na het in de handel "
        "brengen van artikel 72) en i) (de procedures voor het melden van ernstige incidenten "
        "van artikel 73), die hij nog steeds invoert; er wordt rekening gehouden met "
        "geharmoniseerde normen (artikel 40). De verplichting zelf blijft (verplichting art17): "
        "deze regel zegt hoe zij wordt vervuld.",
    ),
    _provider(
        "art18_3",
        "Art. 18(3)",
        "Financial institutions: keep the technical documentation as part of the "
        "financial-services documentation",
        "Financiële instellingen: de technische documentatie bewaren als onderdeel van de "
        "documentatie krachtens het Unierecht inzake financiële diensten",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.AFTER_PLACING,
        fine_via="d",
        when=f"{_HR_PROVIDER} and org.financial_institution",
        algoritmekader=("aia-12",),
        prerequisites=(
            _pre(
                "art18",
                "Art. 18(3)",
                "shall maintain the technical documentation as part of the documentation kept "
                "under the relevant Union financial services law",
            ),
        ),
        summary_en="A provider that is a financial institution subject to requirements regarding "
        "its internal governance, arrangements or processes under Union financial services law "
        "maintains the technical documentation as part of the documentation kept under the "
        "relevant Union financial services law. Where it is kept changes; the Art. 18(1) duty to "
        "keep it for 10 years stays (obligation art18, Art. 16(d)).",
        summary_nl="Een aanbieder die in de hoedanigheid van financiële instelling onderworpen "
        "is aan eisen met betrekking tot zijn interne governance, regelingen of processen uit "
        "hoofde van het Unierecht voor financiële diensten, bewaart de technische documentatie "
        "als onderdeel van de documentatie die bewaard wordt krachtens het desbetreffende "
        "Unierecht inzake financiële diensten. Alleen de plaats verandert; de plicht van artikel "
        "18, lid 1, om haar tien jaar te bewaren blijft (verplichting art18).",
    ),
    _provider(
        "art19_2",
        "Art. 19(2)",
        "Financial institutions: keep the logs as part of the financial-services documentation",
        "Financiële instellingen: de logs bewaren als onderdeel van de documentatie krachtens "
        "het recht inzake financiële diensten",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.AFTER_PLACING,
        fine_via="e",
        when=f"{_HR_PROVIDER} and org.financial_institution",
        algoritmekader=("aia-13",),
        prerequisites=(
            _pre(
                "art19",
                "Art. 19(2)",
                "shall maintain the logs automatically generated by their high-risk AI systems "
                "as part of the documentation kept under the relevant financial services law",
            ),
        ),
        summary_en="A provider that is a financial institution subject to requirements regarding "
        "its internal governance, arrangements or processes under Union financial services law "
        "maintains the logs automatically generated by its high-risk AI systems as part of the "
        "documentation kept under the relevant financial services law. Where they are kept "
        "changes; the Art. 19(1) retention of at least six months stays (obligation art19, "
        "Art. 16(e)).",
        summary_nl="Een aanbieder die in de hoedanigheid van financiële instelling onderworpen "
        "is aan eisen met betrekking tot zijn interne governance, regelingen of processen uit "
        "hoofde van het Unierecht inzake financiële diensten, bewaart de automatisch door zijn "
        "AI-systemen met een hoog risico gegenereerde logs als onderdeel van de documentatie die "
        "bewaard wordt krachtens het desbetreffende recht inzake financiële diensten. Alleen de "
        "plaats verandert; de bewaartermijn van ten minste zes maanden van artikel 19, lid 1, "
        "blijft (verplichting art19).",
    ),
    _provider(
        "art20",
        "Art. 20",
        "Take corrective actions and inform the value chain and authorities",
        "Corrigerende maatregelen nemen en de waardeketen en autoriteiten informeren",
        measure=Measure.MONITORING,
        milestone=Milestone.ON_EVENT,
        fine_via="j",
        algoritmekader=("aia-18",),
        summary_en="A provider that considers or has reason to consider that its system is not in "
        "conformity immediately brings it into conformity, withdraws, disables or recalls it and "
        "informs distributors, deployers, the authorised representative and importers; where the "
        "system presents a risk (Art. 79(1)) it investigates and informs the market surveillance "
        "authorities and the notified body.",
        summary_nl="Een aanbieder die van mening is of redenen heeft om aan te nemen dat zijn "
        "systeem niet in overeenstemming is, brengt het onmiddellijk in overeenstemming, neemt het "
        "uit de handel, deactiveert of roept het terug en informeert distributeurs, "
        "gebruiksverantwoordelijken, de gemachtigde en importeurs; bij een risico (artikel 79, "
        "lid 1) onderzoekt hij de oorzaken en informeert hij de markttoezichtautoriteiten en de "
        "aangemelde instantie.",
    ),
    _provider(
        "art21",
        "Art. 21(1)",
        "Cooperate with competent authorities: information and documentation on request",
        "Samenwerken met bevoegde autoriteiten: informatie en documentatie op verzoek",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.ON_EVENT,
        fine_via="k",
        summary_en="On a reasoned request of a competent authority, provide all information and "
        "documentation necessary to demonstrate the conformity of the high-risk AI system with "
        "the Section 2 requirements, in a language easily understood by the authority in one "
        "of the official languages of the Union institutions indicated by the Member State. "
        "Fine tier: Art. 21(1) spells out Art. 16(k), fined under Art. 99(4)(a). Access to the "
        "logs (Art. 21(2)): obligation art21_2, or art21_2_national under reading A38.",
        summary_nl="Op een met redenen omkleed verzoek van een bevoegde autoriteit alle informatie "
        "en documentatie verstrekken die nodig is om de overeenstemming van het AI-systeem met "
        "een hoog risico met de eisen van afdeling 2 aan te tonen, in een eenvoudig door de "
        "instantie te begrijpen en door de betrokken lidstaat gekozen officiële taal van de "
        "instellingen van de Unie. Boetecategorie: artikel 21, lid 1, werkt artikel 16, punt k, "
        "uit, beboet volgens artikel 99, lid 4, punt a. Toegang tot de logs (artikel 21, lid 2): "
        "verplichting art21_2, of art21_2_national volgens lezing A38.",
    ),
    # Art. 21(2) has no point of Art. 16 of its own (point (e) is the keeping of the logs, point
    # (k) the demonstration of conformity): whether Art. 99(4)(a) ("obligations of providers
    # pursuant to Article 16") fines it as part of point (k) is reading A38 (ADR 0042). The two
    # entries state the same duty of the same addressee under the same condition, split only by
    # interp.a38_national_only, so adding a role never moves a case from one to the other (no
    # SAME_DUTY declaration is needed, unlike A36's split by the supplier's roles).
    _provider(
        "art21_2",
        "Art. 21(2)",
        "Give competent authorities access to the automatically generated logs",
        "Bevoegde autoriteiten toegang geven tot de automatisch gegenereerde logs",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.ON_EVENT,
        fine_via="k",
        when=f"{_HR_PROVIDER} and not interp.a38_national_only",
        interpretation="A38",
        also_cites=("Art. 12(1)",),
        summary_en="On a reasoned request of a competent authority, also give it, as applicable, "
        "access to the logs automatically generated by the high-risk AI system (Art. 12(1)), to "
        "the extent they are under the provider's control. Fine tier: no point of Art. 16 names "
        "the access; under the default reading A38=as_art16_k it is part of the demonstration "
        "of conformity of Art. 16(k), fined under Art. 99(4)(a) (reference 12A, O08; under "
        "A38=national_only, obligation art21_2_national).",
        summary_nl="Op een met redenen omkleed verzoek van een bevoegde autoriteit die autoriteit, "
        "indien van toepassing, toegang verlenen tot de logs die automatisch door het AI-systeem "
        "met een hoog risico zijn gegenereerd (artikel 12, lid 1), voor zover die onder controle "
        "van de aanbieder vallen. Boetecategorie: geen punt van artikel 16 noemt de toegang; "
        "volgens de standaardlezing A38=as_art16_k hoort zij bij het aantonen van de "
        "overeenstemming van artikel 16, punt k, beboet volgens artikel 99, lid 4, punt a "
        "(volgens A38=national_only: verplichting art21_2_national).",
    ),
    Obligation(
        id="art21_2_national",
        source="Art. 21(2)",
        title_en="Give competent authorities access to the automatically generated logs: not an "
        "Art. 16 obligation, national penalties (reading A38)",
        title_nl="Bevoegde autoriteiten toegang geven tot de automatisch gegenereerde logs: geen "
        "verplichting op grond van artikel 16, nationale sancties (lezing A38)",
        addressees=(_A.PROVIDER,),
        when=f"{_HR_PROVIDER} and interp.a38_national_only",
        schedule=Schedule.HIGH_RISK,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        interpretation="A38",
        also_cites=("Art. 12(1)", "Art. 99(1)"),
        summary_en="Under reading A38=national_only: on a reasoned request of a competent "
        "authority, also give it, as applicable, access to the logs automatically generated by "
        "the high-risk AI system (Art. 12(1)), to the extent they are under the provider's "
        "control (the duty of art21_2). Art. 99(4)(a) fines 'obligations of providers pursuant "
        "to Article 16', and no point of Art. 16 names access to the logs (point (e) is their "
        "keeping, point (k) the demonstration of conformity): not listed in Art. 99(3)-(5), "
        "national penalties under Art. 99(1), no EU fine ceiling; before the AI Office (amended "
        "text, a system of Art. 75(1)) the Art. 99(4) level of Art. 75c(4)(a), and for a Union "
        "institution Art. 100(3).",
        summary_nl="Volgens lezing A38=national_only: op een met redenen omkleed verzoek van een "
        "bevoegde autoriteit die autoriteit, indien van toepassing, toegang verlenen tot de logs "
        "die automatisch door het AI-systeem met een hoog risico zijn gegenereerd (artikel 12, "
        "lid 1), voor zover die onder controle van de aanbieder vallen (de verplichting van "
        "art21_2). Artikel 99, lid 4, punt a, beboet 'verplichtingen voor aanbieders op grond "
        "van artikel 16', en geen punt van artikel 16 noemt de toegang tot de logs (punt e is "
        "het bewaren ervan, punt k het aantonen van de overeenstemming): niet genoemd in "
        "artikel 99, leden 3 tot en met 5, nationale sancties volgens artikel 99, lid 1, geen "
        "EU-boeteplafond; bij het AI-bureau (gewijzigde tekst, een systeem van artikel 75, lid 1) "
        "het niveau van artikel 99, lid 4, volgens artikel 75 quater, lid 4, punt a, en voor een "
        "instelling, orgaan of instantie van de Unie artikel 100, lid 3.",
    ),
    # ------------------------------------------------ Art. 22: authorised representative
    Obligation(
        id="art22_1",
        source="Art. 22(1)",
        title_en="Appoint an authorised representative in the Union by written mandate",
        title_nl="Middels een schriftelijke machtiging een in de Unie gevestigde gemachtigde "
        "aanwijzen",
        addressees=(_A.PROVIDER,),
        # "Prior to making their high-risk AI systems available on the Union market": not a
        # provider in scope only because the output is used in the Union (Art. 2(1)(c); audit 8).
        # A provider that only puts the system into service (Art. 3(11)) is bound under the
        # default reading A28 (recital 82, Art. 22(3)(b) and (e)); under the alternative only one
        # that makes it available on the Union market (Art. 3(10); ADR 0030).
        when=(
            "duty.hr_provider and role.third_country_provider "
            "and territory.placed_or_used_in_union "
            "and (not interp.a28_making_available_only "
            "or exclusions.made_available_on_union_market)"
        ),
        interpretation="A28",
        schedule=Schedule.HIGH_RISK,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        also_cites=("Art. 22(2)",),
        summary_en="A provider established in a third country appoints, by written mandate, an "
        "authorised representative established in the Union before making its high-risk AI system "
        "available on the Union market, and enables it to perform the mandated tasks (Art. 22(2)). "
        "Art. 99(4)(b) covers only the representative's own obligations and Art. 16 does not list "
        "Art. 22: national penalties only (reference 14.5).",
        summary_nl="Een in een derde land gevestigde aanbieder wijst, voordat hij zijn AI-systeem "
        "met een hoog risico in de Unie in de handel brengt, middels een schriftelijke machtiging "
        "een in de Unie gevestigde gemachtigde aan en stelt die in staat de taken uit het mandaat "
        "uit te voeren (artikel 22, lid 2). Artikel 99, lid 4, punt b, betreft alleen de "
        "verplichtingen van de gemachtigde zelf: alleen nationale sancties.",
    ),
    Obligation(
        id="art22_3",
        source="Art. 22(3)",
        title_en="Perform the tasks of the mandate (authorised representative)",
        title_nl="De taken uit het mandaat uitvoeren (gemachtigde)",
        addressees=(_A.AUTHORISED_REPRESENTATIVE,),
        when="duty.hr_authorised_representative",
        schedule=Schedule.HIGH_RISK,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(b)",
        prerequisites=(
            _pre(
                "art22_1",
                "Art. 22(3)",
                "The authorised representative shall perform the tasks specified in the mandate "
                "received from the provider",
            ),
            _pre(
                "art47",
                "Art. 22(3)(a)",
                "verify that the EU declaration of conformity referred to in Article 47",
            ),
            _pre(
                "art11",
                "Art. 22(3)(a)",
                "the technical documentation referred to in Article 11 have been drawn up",
            ),
            _pre(
                "art43",
                "Art. 22(3)(a)",
                "an appropriate conformity assessment procedure has been carried out by the "
                "provider",
            ),
        ),
        summary_en="The authorised representative performs the mandated tasks and provides a copy "
        "of the mandate to the market surveillance authorities upon request: verify the EU "
        "declaration of conformity, the technical documentation "
        "and the conformity assessment; keep the provider's details, the declaration, the "
        "documentation and any certificate for 10 years; provide a competent authority, upon a "
        "reasoned request, with all the information and documentation necessary to demonstrate "
        "conformity with Section 2, including access to the logs automatically generated by the "
        "system to the extent such logs are under the control of the provider; cooperate with "
        "competent authorities upon a reasoned request; and, where applicable, comply with the "
        "registration obligations of Art. 49(1) or, if the provider registers itself, ensure that "
        "the information referred to in Annex VIII, Section A, point 3 is correct.",
        summary_nl="De gemachtigde voert de taken uit het mandaat uit en legt op verzoek een kopie "
        "van het mandaat over aan de markttoezichtautoriteiten: nagaan of de "
        "EU-conformiteitsverklaring en de technische documentatie zijn "
        "opgesteld en de conformiteitsbeoordeling is uitgevoerd; de gegevens van de aanbieder, de "
        "verklaring, de documentatie en een eventueel certificaat tien jaar bewaren; een bevoegde "
        "autoriteit op met redenen omkleed verzoek alle informatie en documentatie verstrekken "
        "die noodzakelijk is om de overeenstemming met de eisen van afdeling 2 aan te tonen, met "
        "inbegrip van de automatisch door het systeem gegenereerde logs voor zover dergelijke "
        "logs onder de controle van de aanbieder vallen; op met redenen omkleed verzoek "
        "samenwerken met bevoegde autoriteiten; en, waar toepasselijk, voldoen aan de "
        "registratieverplichtingen van artikel 49, lid 1, of, indien de registratie door de "
        "aanbieder zelf wordt uitgevoerd, waarborgen dat de in bijlage VIII, afdeling A, punt 3, "
        "bedoelde informatie juist is.",
    ),
    Obligation(
        id="art22_4",
        source="Art. 22(4)",
        title_en="Terminate the mandate if the provider acts contrary to its obligations",
        title_nl="Het mandaat beëindigen als de aanbieder in strijd met zijn verplichtingen "
        "handelt",
        addressees=(_A.AUTHORISED_REPRESENTATIVE,),
        when="duty.hr_authorised_representative",
        schedule=Schedule.HIGH_RISK,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(b)",
        prerequisites=(
            _pre(
                "art22_1",
                "Art. 22(4)",
                "The authorised representative shall terminate the mandate",
            ),
        ),
        summary_en="The authorised representative terminates the mandate if it considers or has "
        "reason to consider that the provider acts contrary to its obligations, and immediately "
        "informs the market surveillance authority and, where applicable, the notified body, with "
        "reasons.",
        summary_nl="De gemachtigde beëindigt het mandaat als hij van mening is of redenen heeft om "
        "aan te nemen dat de aanbieder in strijd met zijn verplichtingen handelt, en stelt de "
        "markttoezichtautoriteit en zo nodig de aangemelde instantie daarvan onmiddellijk met "
        "redenen in kennis.",
    ),
    # ---------------------------------- Section 5: conformity assessment, DoC, CE, registration
    _provider(
        "art43",
        "Art. 43",
        "Carry out the conformity assessment procedure",
        "De conformiteitsbeoordelingsprocedure uitvoeren",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="f",
        schedule=Schedule.HIGH_RISK_GATED,
        interpretation="A1",
        algoritmekader=("aia-14",),
        prerequisites=(
            _pre(
                "art11",
                "Annex VI, point 3",
                "The provider examines the information contained in the technical documentation",
            ),
            _pre(
                "art17",
                "Annex VI, point 2",
                "The provider verifies that the established quality management system is in "
                "compliance with the requirements of Article 17",
            ),
        ),
        summary_en="Before placing on the market or putting into service, the provider ensures "
        "that the system undergoes the relevant procedure (Art. 16(f)); the route-specific "
        "obligations say which (art43_1_choice, art43_1_annex_vii, art43_2, art43_3) and the "
        "Assessment says whether a notified body is needed: for Annex III point 1, where the "
        "provider has applied harmonised standards or, where applicable, common specifications, a "
        "choice between internal control (Annex VI) and a notified body (Annex VII), and otherwise "
        "Annex VII (no harmonised standards or common specifications, a standard not applied or "
        "applied only in part, common specifications not applied, or a standard published with a "
        "restriction, for that part); for Annex III points 2-8 internal control; for Annex I "
        "Section A the sectoral procedure (as amended, including the Art. 17 assessment). In the "
        "amended text a system listed in Annex III that is also covered by Annex I Section A "
        "follows that sectoral procedure (Art. 43(3), last subparagraph).",
        summary_nl="Voordat het systeem in de handel wordt gebracht of in gebruik wordt gesteld, "
        "volgt de aanbieder de relevante procedure: voor bijlage III, punt 1, naar keuze interne "
        "controle (bijlage VI) of een aangemelde instantie (bijlage VII) als de aanbieder "
        "geharmoniseerde normen of in voorkomend geval gemeenschappelijke specificaties heeft "
        "toegepast, en anders bijlage VII (geen geharmoniseerde normen of gemeenschappelijke "
        "specificaties, een norm niet of slechts gedeeltelijk toegepast, gemeenschappelijke "
        "specificaties niet toegepast, of een norm met beperkingen bekendgemaakt, voor dat deel); "
        "voor bijlage III, punten 2 tot en met 8, interne controle; voor bijlage I, afdeling A, "
        "de sectorale procedure (in de gewijzigde tekst met inbegrip van de beoordeling van het "
        "systeem voor kwaliteitsbeheer van artikel 17). In de gewijzigde tekst volgt een in "
        "bijlage III vermeld systeem dat ook onder bijlage I, afdeling A, valt die sectorale "
        "procedure (artikel 43, lid 3, laatste alinea).",
    ),
    _provider(
        "art43_4",
        "Art. 43(4)",
        "Carry out a new conformity assessment after a substantial modification",
        "Een nieuwe conformiteitsbeoordelingsprocedure uitvoeren na een substantiële wijziging",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine_via="f",
        when="duty.hr_provider and value_chain.substantial_modification",
        schedule=Schedule.HIGH_RISK_GATED,
        interpretation="A1",
        algoritmekader=("aia-14",),
        prerequisites=(
            _pre(
                "art43",
                "Art. 43(4)",
                "High-risk AI systems that have already been subject to a conformity assessment "
                "procedure shall undergo a new conformity assessment procedure",
            ),
        ),
        summary_en="A high-risk AI system that has already undergone a conformity assessment "
        "undergoes a new one whenever it is substantially modified, whether it is further "
        "distributed or continues to be used by the current deployer; pre-determined changes of a "
        "continuously learning system documented in the technical documentation are not "
        "substantial modifications.",
        summary_nl="Een AI-systeem met een hoog risico dat al aan een conformiteitsbeoordeling is "
        "onderworpen, ondergaat een nieuwe procedure telkens wanneer het substantieel is "
        "gewijzigd, ongeacht of het verder wordt gedistribueerd of door de huidige "
        "gebruiksverantwoordelijke gebruikt blijft worden; vooraf vastgestelde wijzigingen van een "
        "doorlerend systeem zijn geen substantiële wijzigingen.",
    ),
    _provider(
        "art47",
        "Art. 47",
        "Draw up and keep the EU declaration of conformity",
        "De EU-conformiteitsverklaring opstellen en bewaren",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="g",
        schedule=Schedule.HIGH_RISK_GATED,
        interpretation="A1",
        algoritmekader=("aia-15",),
        prerequisites=(
            _pre(
                "art43",
                "Art. 47(2)",
                "The EU declaration of conformity shall state that the high-risk AI system "
                "concerned meets the requirements set out in Section 2",
            ),
        ),
        summary_en="Draw up a written, machine-readable, physical or electronically signed EU "
        "declaration of conformity for each high-risk AI system with the Annex V content, keep it "
        "at the disposal of the national competent authorities for 10 years after the system has "
        "been placed on the market or put into service, keep it up to date and submit a copy to "
        "the relevant national competent authorities upon request; translate it into a language "
        "that can be easily understood by the national competent authorities of the Member States "
        "in which the system is placed on the market or made available; a single declaration where "
        "other Union law also requires one. By drawing it up the provider assumes responsibility "
        "for compliance with Section 2.",
        summary_nl="Voor elk AI-systeem met een hoog risico een schriftelijke, machineleesbare, "
        "fysieke of elektronisch ondertekende EU-conformiteitsverklaring met de inhoud van bijlage "
        "V opstellen, tot tien jaar na het in de handel brengen of het in gebruik stellen van het "
        "systeem ter beschikking houden van de nationale bevoegde autoriteiten, actueel houden en "
        "op verzoek een kopie aan de relevante nationale bevoegde autoriteiten voorleggen; de "
        "verklaring vertalen in een taal die de nationale bevoegde autoriteiten van de lidstaten "
        "waarin het systeem in de handel wordt gebracht of wordt aangeboden, gemakkelijk kunnen "
        "begrijpen; één verklaring als ander Unierecht er ook een vereist. Met het opstellen neemt "
        "de aanbieder de verantwoordelijkheid op zich voor de naleving van afdeling 2.",
    ),
    _provider(
        "art48",
        "Art. 48",
        "Affix the CE marking visibly, legibly and indelibly",
        "De CE-markering zichtbaar, leesbaar en onuitwisbaar aanbrengen",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="h",
        schedule=Schedule.HIGH_RISK_GATED,
        interpretation="A1",
        algoritmekader=("aia-16",),
        prerequisites=(
            _pre(
                "art47",
                "Art. 3(24)",
                "a marking by which a provider indicates that an AI system is in conformity with "
                "the requirements set out in Chapter III, Section 2",
            ),
            _pre(
                "art43",
                "Art. 48(4)",
                "followed by the identification number of the notified body responsible for the "
                "conformity assessment procedures set out in Article 43",
            ),
        ),
        summary_en="Affix the CE marking visibly, legibly and indelibly (a digital marking for "
        "digitally provided systems), or on the packaging or documentation where that is not "
        "possible, followed where applicable by the notified body's identification number.",
        summary_nl="De CE-markering zichtbaar, leesbaar en onuitwisbaar aanbrengen (digitaal voor "
        "digitaal aangeboden systemen), of op de verpakking of in de begeleidende documenten als "
        "dat niet mogelijk is, in voorkomend geval gevolgd door het identificatienummer van de "
        "aangemelde instantie.",
    ),
    _provider(
        "art49_1",
        "Art. 49(1)",
        "Register the provider and the system in the EU database",
        "Zichzelf en het systeem registreren in de EU-databank",
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="i",
        when="duty.hr_provider and hr.annex_iii_other_than_point_2",
        schedule=Schedule.HIGH_RISK_GATED,
        interpretation="A1,A31",
        algoritmekader=("aia-17",),
        prerequisites=(
            _pre(
                "art47",
                "Annex VIII, Section A, point 11",
                "A copy of the EU declaration of conformity referred to in Article 47",
            ),
            _pre(
                "art48",
                "Art. 49(1)",
                "Before placing on the market or putting into service",
            ),
        ),
        summary_en="Before placing on the market or putting into service a high-risk AI system "
        "listed in Annex III (except point 2), the provider or, where applicable, its authorised "
        "representative registers itself and the system in the EU database (Art. 71) with the "
        "Annex VIII Section A information. The CE marking (obligation art48) comes before the "
        "registration in the plan only because both come before placing on the market or putting "
        "into service; Art. 49(1) does not make it a condition of the registration.",
        summary_nl="Alvorens een in bijlage III vermeld AI-systeem met een hoog risico (behalve "
        "punt 2) in de handel te brengen of in gebruik te stellen, registreert de aanbieder of in "
        "voorkomend geval de gemachtigde zichzelf en het systeem in de EU-databank (artikel 71) "
        "met de informatie van bijlage VIII, afdeling A. De CE-markering (verplichting art48) "
        "staat in het plan alleen vóór de registratie omdat beide plaatsvinden voordat het "
        "systeem in de handel wordt gebracht of in gebruik wordt gesteld; artikel 49, lid 1, "
        "maakt haar geen voorwaarde voor de registratie.",
    ),
    Obligation(
        id="art49_2",
        source="Art. 49(2)",
        title_en="Register a system assessed as not high-risk in the EU database",
        title_nl="Een systeem dat naar oordeel van de aanbieder geen hoog risico inhoudt, "
        "registreren in de EU-databank",
        addressees=(_A.PROVIDER,),
        when="scope.in_scope and role.provider and scope.provider_territorial "
        "and hr.derogated_not_high_risk",
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_PLACING,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-02",),
        prerequisites=(
            _pre(
                "art6_4",
                "Art. 6(4)",
                "Such provider shall be subject to the registration obligation set out in "
                "Article 49(2)",
            ),
        ),
        interpretation="A1",
        summary_en="Before placing on the market or putting into service an Annex III system that "
        "the provider has concluded is not high-risk under Art. 6(3), that provider or, where "
        "applicable, the authorised representative registers itself and the system in the EU "
        "database (Annex VIII Section B, shortened by the Omnibus). Art. 16(i) covers only "
        "Art. 49(1): national penalties only.",
        summary_nl="Alvorens een systeem van bijlage III dat naar oordeel van de aanbieder volgens "
        "artikel 6, lid 3, geen hoog risico inhoudt in de handel te brengen of in gebruik te "
        "stellen, registreert die aanbieder of in voorkomend geval de gemachtigde zichzelf en het "
        "systeem in de EU-databank (bijlage VIII, afdeling B). Artikel 16, punt i, betreft alleen "
        "artikel 49, lid 1: alleen nationale sancties.",
    ),
    _provider(
        "art49_4",
        "Art. 49(4)",
        "Register law enforcement, migration and border systems in the secure non-public section",
        "Systemen voor rechtshandhaving, migratie, asiel en grenstoezichtsbeheer registreren "
        "in het beveiligde niet-openbare gedeelte",
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="i",
        when="duty.hr_provider and hr.annex_iii_non_public_registration",
        schedule=Schedule.HIGH_RISK_GATED,
        interpretation="A1",
        algoritmekader=("aia-17",),
        also_cites=("Art. 49(1)",),
        summary_en="For Annex III points 1, 6 and 7 systems in the areas of law enforcement, "
        "migration, asylum and border control management (point 1 only where it is used in those "
        "areas: a retailer's emotion recognition system is not), the Art. 49(1) registration goes "
        "into a secure non-public section of the EU database with only the Annex VIII Section A "
        "information of points 1 to 10, with the exception of points 6, 8 and 9 (Art. 49(4)(a)). "
        "The Art. 49(2) registration of such a system that its provider concluded is not high-risk "
        "follows the same rule (obligation art49_4_not_high_risk), and so does the Art. 49(3) "
        "registration by a public deployer (obligation art49_4_deployer).",
        summary_nl="Voor systemen van bijlage III, punten 1, 6 en 7, op het gebied van "
        "rechtshandhaving, migratie, asiel en grenstoezichtsbeheer vindt de registratie van "
        "artikel 49, lid 1, plaats in een beveiligd niet-openbaar gedeelte van de EU-databank met "
        "alleen de informatie van bijlage VIII, afdeling A, punten 1 tot en met 10, met "
        "uitzondering van punten 6, 8 en 9 (artikel 49, lid 4, punt a). De registratie volgens "
        "artikel 49, lid 2, van zo'n systeem dat naar oordeel van de aanbieder geen hoog risico "
        "inhoudt, volgt dezelfde regel (verplichting art49_4_not_high_risk), evenals de "
        "registratie door een overheidsinstantie als gebruiksverantwoordelijke volgens artikel "
        "49, lid 3 (verplichting art49_4_deployer).",
    ),
    Obligation(
        id="art49_4_not_high_risk",
        source="Art. 49(4)",
        title_en="Register a law enforcement, migration or border system assessed as not "
        "high-risk in the secure non-public section",
        title_nl="Een systeem voor rechtshandhaving, migratie, asiel of grenstoezichtsbeheer dat "
        "naar oordeel van de aanbieder geen hoog risico inhoudt, registreren in het beveiligde "
        "niet-openbare gedeelte",
        addressees=(_A.PROVIDER,),
        when=(
            "scope.in_scope and role.provider and scope.provider_territorial "
            "and hr.derogated_not_high_risk "
            "and hr.annex_iii_secure_section_system"
        ),
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_PLACING,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-02",),
        also_cites=("Art. 49(2)",),
        prerequisites=(
            _pre(
                "art6_4",
                "Art. 6(4)",
                "Such provider shall be subject to the registration obligation set out in "
                "Article 49(2)",
            ),
        ),
        interpretation="A1",
        summary_en="Art. 49(4) covers 'the registration referred to in paragraphs 1, 2 and 3': a "
        "system of Annex III points 1, 6 or 7 in the areas of law enforcement, migration, asylum "
        "and border control management that its provider concluded is not high-risk (Art. 6(3)) "
        "is registered under Art. 49(2) in the secure non-public section, with only the Annex "
        "VIII Section B information listed in Art. 49(4)(b) (the deleted point 9 is ignored, "
        "A14). Art. 16(i) covers only Art. 49(1): national penalties only.",
        summary_nl="Artikel 49, lid 4, betreft 'de in de leden 1, 2 en 3 bedoelde registratie': "
        "een systeem van bijlage III, punten 1, 6 of 7, op het gebied van rechtshandhaving, "
        "migratie, asiel en grenstoezichtsbeheer dat volgens de aanbieder geen hoog risico "
        "inhoudt (artikel 6, lid 3), wordt volgens artikel 49, lid 2, geregistreerd in het "
        "beveiligde niet-openbare gedeelte, met alleen de informatie van bijlage VIII, afdeling "
        "B, genoemd in artikel 49, lid 4, punt b (de verwijzing naar punt 9, dat de gewijzigde "
        "tekst schrapt, wordt genegeerd, lezing A14). Alleen nationale sancties.",
    ),
    Obligation(
        id="art49_5",
        source="Art. 49(5)",
        title_en="Register critical infrastructure systems at national level",
        title_nl="Systemen voor kritieke infrastructuur op nationaal niveau registreren",
        addressees=(_A.PROVIDER,),
        when="duty.hr_provider and hr.annex_iii_point_2",
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_PLACING,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        interpretation="A1",
        summary_en="High-risk AI systems referred to in Annex III point 2 (critical "
        "infrastructure) are registered at national level. The text names no addressee; the "
        "catalogue reads it as the provider's registration duty, and since Art. 16(i) covers only "
        "Art. 49(1) it carries no EU fine ceiling (catalogue judgement calls). Who registers, and "
        "how, is for national law to say; a deployer should check it with the national "
        "competent authority.",
        summary_nl="AI-systemen met een hoog risico als bedoeld in bijlage III, punt 2 (kritieke "
        "infrastructuur), worden op nationaal niveau geregistreerd. De tekst noemt geen "
        "geadresseerde; de catalogus leest dit als registratieplicht van de aanbieder, zonder "
        "EU-boeteplafond omdat artikel 16, punt i, alleen artikel 49, lid 1, betreft (keuzes van "
        "de catalogus). Wie registreert en hoe, bepaalt het nationale recht; een "
        "gebruiksverantwoordelijke gaat dat na bij de nationale bevoegde autoriteit.",
    ),
    # --------------------------------------------------- Chapter IX: post-market duties
    # The plan is part of the technical documentation (Art. 72(3); Annex IV, point 9, "including
    # the post-market monitoring plan referred to in Article 72(3)"), which contains at least the
    # Annex IV elements (Art. 11(1)), a requirement of Section 2 that Art. 16(a) makes a provider
    # duty: fined under Art. 99(4)(a) as art11 is (review36). Art. 72(3) itself is not listed.
    _provider(
        "art72_3",
        "Art. 72(3)",
        "Draw up the post-market monitoring plan as part of the technical documentation",
        "Het plan voor monitoring na het in de handel brengen opstellen als onderdeel van de "
        "technische documentatie",
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="a",
        also_cites=("Art. 11(1)", "Annex IV, point 9"),
        algoritmekader=("aia-34",),
        interpretation="A1",
        summary_en="The post-market monitoring system is based on a post-market monitoring plan, "
        "which is part of the technical documentation referred to in Annex IV (point 9), so it is "
        "drawn up before placing on the market (Art. 11(1)). Art. 72(3) is not listed in Art. "
        "99(4), but a technical documentation without the plan lacks an Annex IV element (Art. "
        "11(1)), a Section 2 requirement of Art. 16(a): fined under Art. 99(4)(a).",
        summary_nl="Het systeem voor monitoring na het in de handel brengen is gebaseerd op een "
        "plan, dat deel uitmaakt van de technische documentatie van bijlage IV (punt 9) en dus "
        "vóór het in de handel brengen wordt opgesteld (artikel 11, lid 1). Artikel 72, lid 3, "
        "staat niet in artikel 99, lid 4, maar technische documentatie zonder het plan mist een "
        "element van bijlage IV (artikel 11, lid 1), een voorschrift van afdeling 2 waarvoor "
        "artikel 16, punt a, geldt: boete volgens artikel 99, lid 4, punt a.",
    ),
    Obligation(
        id="art72",
        source="Art. 72(1)",
        title_en="Run a post-market monitoring system",
        title_nl="Een systeem voor monitoring na het in de handel brengen toepassen",
        addressees=(_A.PROVIDER,),
        when=_HR_PROVIDER,
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.MONITORING,
        milestone=Milestone.AFTER_PLACING,
        # Fined through Art. 16(c): the quality management system includes "the setting-up,
        # implementation and maintenance of a post-market monitoring system, in accordance with
        # Article 72" (Art. 17(1)(h); review36's note on art72_3).
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(a)",
        algoritmekader=("aia-34",),
        interpretation="A1",
        also_cites=("Art. 72(2)", "Art. 16, point (c)", "Art. 17(1)(h)"),
        prerequisites=(
            Prerequisite(
                obligation="art72_3",
                source="Art. 72(3)",
                anchor="The post-market monitoring system shall be based on a post-market "
                "monitoring plan",
            ),
        ),
        summary_en="Establish and document a post-market monitoring system, proportionate to the "
        "risks, that actively and systematically collects, documents and analyses performance data "
        "provided by deployers or collected otherwise over the lifetime of the system. It does not "
        "cover sensitive operational data of deployers which are law-enforcement authorities "
        "(Art. 72(2), last sentence; obligation art72_2_law_enforcement). Art. 72 is not listed "
        "in Art. 99(4), but the quality management system of Art. 16(c) includes "
        "'the setting-up, implementation and maintenance of a post-market monitoring system, in "
        "accordance with Article 72' (Art. 17(1)(h)): fined under Art. 99(4)(a).",
        summary_nl="Een systeem voor monitoring na het in de handel brengen vaststellen en "
        "documenteren, evenredig aan de risico's, dat actief en systematisch prestatiedata "
        "verzamelt, documenteert en analyseert gedurende de levensduur. Het geldt niet voor "
        "gevoelige operationele gegevens van gebruiksverantwoordelijken die "
        "rechtshandhavingsinstanties zijn (artikel 72, lid 2, laatste zin; verplichting "
        "art72_2_law_enforcement). Artikel 72 staat niet in artikel 99, lid 4, maar het "
        "systeem voor kwaliteitsbeheer van artikel 16, punt c, omvat 'het opzetten, toepassen en "
        "onderhouden van een systeem voor monitoring na het in de handel brengen, overeenkomstig "
        "artikel 72' (artikel 17, lid 1, punt h): boete volgens artikel 99, lid 4, punt a.",
    ),
    # Art. 72(2), last sentence: the post-market monitoring "shall not cover sensitive
    # operational data of deployers which are law-enforcement authorities". The duty stays
    # (art72); what it leaves out is its own entry, as art26_5_law_enforcement for Art. 26(5).
    # The facts describe one deployer only, the organisation itself: the entry is listed where
    # the provider deploys its own system and is a law-enforcement authority (Art. 3(45)), and
    # where the system is listed in Annex III point 6, "intended to be used by or on behalf of
    # law enforcement authorities" (or by Union bodies in their support), whose deployers are
    # mostly such authorities by its intended purpose, so the carve-out shapes its monitoring
    # (review29; review33: not all of them are). For other systems the library cannot know
    # whether other deployers are such authorities, so the summary (and art72's) states the
    # carve-out in general (round 14). The points of area 6 are read off the Annex III table
    # (aiact.rules.classification.annex_iii_area), not listed here by hand (round 15).
    Obligation(
        id="art72_2_law_enforcement",
        source="Art. 72(2)",
        title_en="Law-enforcement deployers: the post-market monitoring does not cover their "
        "sensitive operational data",
        title_nl="Rechtshandhavingsinstanties als gebruiksverantwoordelijke: de monitoring na het "
        "in de handel brengen geldt niet voor hun gevoelige operationele gegevens",
        addressees=(_A.PROVIDER,),
        when=f"{_HR_PROVIDER} and ((role.deployer and org.law_enforcement_authority) or "
        f"{annex_iii_area('6')})",
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.MONITORING,
        milestone=Milestone.AFTER_PLACING,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(a)",
        algoritmekader=("aia-34",),
        interpretation="A1",
        also_cites=(
            "Art. 3(38)",
            "Art. 3(45)",
            "Annex III point 6",
            "Art. 16, point (c)",
            "Art. 17(1)(h)",
        ),
        prerequisites=(
            Prerequisite(
                obligation="art72",
                source="Art. 72(2)",
                anchor="This obligation shall not cover sensitive operational data of deployers "
                "which are law-enforcement authorities",
            ),
        ),
        # "This obligation shall not cover ...": the sentence narrows art72 and binds nobody
        # (rev32c D4, lim33; ADR 0051).
        modality=Modality.LIMITATION,
        limits="art72",
        summary_en="The post-market monitoring system (Art. 72(1)-(2)) does not cover sensitive "
        "operational data of deployers which are law-enforcement authorities (Art. 3(45)). "
        "Sensitive operational data are operational data related to activities of prevention, "
        "detection, investigation or prosecution of criminal offences whose disclosure could "
        "jeopardise the integrity of criminal proceedings (Art. 3(38)). Listed because the "
        "system is listed in Annex III point 6, intended to be used by or on behalf of "
        "law-enforcement authorities, or because the organisation provides the system and "
        "deploys it itself as a law-enforcement authority. The carve-out concerns the data of "
        "every deployer of the system that is a law-enforcement authority, whoever it is; for "
        "other systems the library knows only the organisation's own status, so the provider "
        "applies it to those of the system's deployers that are law-enforcement authorities. The "
        "duty stays for everything else (obligation art72), fined through the quality "
        "management system of Art. 16(c) (Art. 17(1)(h)), Art. 99(4)(a). A limitation of that "
        "duty, not a duty of its own: listed so that the plan shows it, with no step, deadline "
        "or fine.",
        summary_nl="Het systeem voor monitoring na het in de handel brengen (artikel 72, leden 1 "
        "en 2) geldt niet voor gevoelige operationele gegevens van gebruiksverantwoordelijken "
        "die rechtshandhavingsinstanties zijn (artikel 3, punt 45). Gevoelige operationele "
        "gegevens zijn operationele gegevens met betrekking tot activiteiten op het gebied van "
        "preventie, opsporing, onderzoek of vervolging van strafbare feiten waarvan de "
        "openbaarmaking de integriteit van strafprocedures in het gedrang zou kunnen brengen "
        "(artikel 3, punt 38). Vermeld omdat het systeem in bijlage III, punt 6, staat (bedoeld om "
        "door of namens rechtshandhavingsinstanties te worden gebruikt), of omdat de organisatie "
        "het systeem aanbiedt en het als rechtshandhavingsinstantie zelf gebruikt. De "
        "uitzondering geldt voor de gegevens van elke gebruiksverantwoordelijke van het systeem "
        "die een rechtshandhavingsinstantie is; bij andere systemen kent de bibliotheek alleen "
        "de hoedanigheid van de organisatie zelf, dus past de aanbieder haar toe op de "
        "gebruiksverantwoordelijken van het systeem die een rechtshandhavingsinstantie zijn. Voor "
        "al het andere blijft de "
        "verplichting (verplichting art72), met de boete via het systeem voor kwaliteitsbeheer "
        "van artikel 16, punt c (artikel 17, lid 1, punt h), artikel 99, lid 4, punt a. Een "
        "beperking van die verplichting, geen eigen verplichting: opgenomen zodat het plan haar "
        "toont, zonder stap, termijn of boete.",
    ),
    Obligation(
        id="art72_4_financial",
        source="Art. 72(4), second subparagraph",
        title_en="Financial institutions (Annex III point 5): may integrate post-market "
        "monitoring into the systems and plans under financial-services law",
        title_nl="Financiële instellingen (bijlage III, punt 5): mogen de monitoring na het in "
        "de handel brengen integreren in de systemen en plannen krachtens het recht inzake "
        "financiële diensten",
        addressees=(_A.PROVIDER,),
        when=(
            f"{_HR_PROVIDER} and org.financial_institution and "
            "(hr.listed.5a or hr.listed.5b or hr.listed.5c or hr.listed.5d)"
        ),
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.MONITORING,
        milestone=Milestone.AFTER_PLACING,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(a)",
        algoritmekader=("aia-34",),
        interpretation="A1",
        modality=Modality.PERMISSION,
        also_cites=(
            "Art. 72(4), first subparagraph",
            "Art. 16, point (a)",
            "Art. 16, point (c)",
            "Art. 17(1)(h)",
        ),
        prerequisites=(
            Prerequisite(
                obligation="art72",
                source="Art. 72(4)",
                anchor="providers shall have a choice of integrating, as appropriate, the "
                "necessary elements described in paragraphs 1, 2 and 3",
            ),
        ),
        summary_en="For a high-risk AI system of Annex III point 5 placed on the market or put "
        "into service by a financial institution subject to requirements under Union financial "
        "services law regarding its internal governance, arrangements or processes, where a "
        "post-market monitoring system and plan already exist under that law, the provider may "
        "integrate the elements of Art. 72(1)-(3), using the Art. 72(3) template, into them, "
        "provided that it achieves an equivalent level of protection (Art. 72(4), first "
        "subparagraph, applied by the second). A choice, not a duty (modality permission): "
        "listed so that the plan shows it; the monitoring duty stays (obligations art72 and "
        "art72_3), fined as they are (Art. 99(4)(a), through Art. 16(a) and (c)).",
        summary_nl="Voor een in punt 5 van bijlage III bedoeld AI-systeem met een hoog risico dat "
        "in de handel wordt gebracht of in gebruik wordt gesteld door een financiële instelling "
        "waarvoor krachtens het Unierecht inzake financiële diensten vereisten met betrekking tot "
        "haar interne governance, regelingen of processen gelden, mag de aanbieder, indien er "
        "krachtens dat recht reeds een systeem en een plan voor monitoring na het in de handel "
        "brengen bestaan, de elementen van artikel 72, leden 1 tot en met 3, met gebruikmaking "
        "van het model van lid 3 daarin integreren, mits een gelijkwaardig beschermingsniveau "
        "wordt bereikt (artikel 72, lid 4). Een keuze, geen verplichting; de monitoringsplicht "
        "blijft (verplichtingen art72 en art72_3), met de boete die daarvoor geldt (artikel 99, "
        "lid 4, punt a, via artikel 16, punten a en c).",
    ),
    # Art. 72(4), first subparagraph (perm33): "For high-risk AI systems covered by the Union
    # harmonisation legislation listed in Section A of Annex I, where a post-market monitoring
    # system and plan are already established under that legislation, ... providers shall have
    # a choice of integrating" (Dutch "hebben aanbieders ... de keuze"): a permission, as its
    # second subparagraph's art72_4_financial (ADR 0050). "Covered by" is read as in Art. 43(3)
    # and 6(1)(a) (ADR 0023; aiact.rules.conformity._COVERED_BY_SECTION_A): the product, or the
    # product the system is a safety component of, is in Section A. Whether that legislation
    # already established a post-market monitoring system and plan is no fact: the summary
    # states the condition, as art72_4_financial states its own. Not amended by Regulation (EU)
    # 2026/1744; its replaced Art. 72(3) makes the template guidance.
    Obligation(
        id="art72_4",
        source="Art. 72(4), first subparagraph",
        title_en="Annex I Section A products: may integrate post-market monitoring into the "
        "systems and plans already existing under that legislation",
        title_nl="Producten van bijlage I, afdeling A: mogen de monitoring na het in de handel "
        "brengen integreren in de systemen en plannen die reeds bestaan op grond van die "
        "wetgeving",
        addressees=(_A.PROVIDER,),
        when=(
            f"{_HR_PROVIDER} and hr.annex_i_section_a_legislation "
            "and hr.annex_i_product_or_safety_component"
        ),
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.MONITORING,
        milestone=Milestone.AFTER_PLACING,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(a)",
        algoritmekader=("aia-34",),
        interpretation="A1",
        modality=Modality.PERMISSION,
        also_cites=(
            "Annex I, Section A",
            "Art. 16, point (a)",
            "Art. 16, point (c)",
            "Art. 17(1)(h)",
        ),
        prerequisites=(
            Prerequisite(
                obligation="art72",
                source="Art. 72(4)",
                anchor="providers shall have a choice of integrating, as appropriate, the "
                "necessary elements described in paragraphs 1, 2 and 3",
            ),
        ),
        summary_en="For a high-risk AI system covered by the Union harmonisation legislation of "
        "Annex I Section A (itself the product, or a safety component of it), where a "
        "post-market monitoring system and plan are already established under that legislation, "
        "the provider has a choice of integrating, as appropriate, the necessary elements of "
        "Art. 72(1)-(3), using the template of Art. 72(3), into the systems and plans already "
        "existing under that legislation, provided that it achieves an equivalent level of "
        "protection (Art. 72(4), first subparagraph). A choice, not a duty (modality "
        "permission): listed so that the plan shows it; the monitoring duty stays (obligations "
        "art72 and art72_3), fined as they are (Art. 99(4)(a), through Art. 16(a) and (c)).",
        summary_nl="Voor een AI-systeem met een hoog risico dat onder de harmonisatiewetgeving "
        "van de Unie van bijlage I, afdeling A, valt (zelf het product, of een "
        "veiligheidscomponent ervan), heeft de aanbieder, indien er krachtens die wetgeving reeds "
        "een systeem en een plan voor monitoring na het in de handel brengen zijn vastgesteld, de "
        "keuze om de noodzakelijke in artikel 72, leden 1, 2 en 3, beschreven elementen te "
        "integreren, met gebruikmaking van het in lid 3 bedoelde model, in systemen en plannen "
        "die reeds bestaan op grond van die wetgeving, mits dat een gelijkwaardig "
        "beschermingsniveau garandeert (artikel 72, lid 4, eerste alinea). Een keuze, geen "
        "verplichting; de monitoringsplicht blijft (verplichtingen art72 en art72_3), met de "
        "boete die daarvoor geldt (artikel 99, lid 4, punt a, via artikel 16, punten a en c).",
    ),
    Obligation(
        id="art73",
        source="Art. 73",
        title_en="Report serious incidents to the market surveillance authorities",
        title_nl="Ernstige incidenten melden bij de markttoezichtautoriteiten",
        addressees=(_A.PROVIDER,),
        # Art. 73 yields to its two special regimes: Art. 75(1a) ("By way of derogation from
        # Article 73", amended text: obligation art75_1a) and Art. 73(10) (devices under
        # Regulations (EU) 2017/745 and 2017/746: "shall be limited to those referred to in
        # Article 3, point (49)(c)", obligation art73_10). Review h/review-legal, round 3.
        when=(
            f"{_HR_PROVIDER} and not ai_office.serious_incidents and not "
            "(hr.annex_i_product_or_safety_component and "
            "(annex_i.medical_devices_2017_745 or annex_i.in_vitro_diagnostics_2017_746))"
        ),
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.MONITORING,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-35",),
        interpretation="A1",
        also_cites=("Art. 73(9)",),
        summary_en="Report any serious incident to the market surveillance authorities of the "
        "Member States where it occurred, immediately after establishing a (likely) causal link "
        "and at the latest within 15 days, 2 days for a widespread infringement or critical "
        "infrastructure disruption, 10 days in case of death; then investigate without delay. "
        "Systems under the AI Office report to the AI Office instead, with the same time limits "
        "(Art. 75(1a), amended text: obligation art75_1a). Providers of Annex III systems "
        "subject to equivalent Union reporting obligations notify only the incidents of "
        "Art. 3(49)(c) (Art. 73(9)). National penalties only.",
        summary_nl="Elk ernstig incident melden bij de markttoezichtautoriteiten van de lidstaten "
        "waar het plaatsvond, onmiddellijk nadat een (waarschijnlijk) oorzakelijk verband is "
        "vastgesteld en uiterlijk binnen 15 dagen, twee dagen bij een wijdverbreide inbreuk of "
        "verstoring van kritieke infrastructuur, tien dagen bij overlijden; daarna onverwijld "
        "onderzoek doen. Aanbieders van systemen van bijlage III die onder gelijkwaardige "
        "meldingsverplichtingen van de Unie vallen, melden alleen de incidenten van artikel 3, "
        "punt 49, c (artikel 73, lid 9). Alleen nationale sancties.",
    ),
)
