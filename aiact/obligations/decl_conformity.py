"""Conformity assessment split by route (Art. 43), the single technical documentation of Annex I
Section A products (Art. 11(2)), the simplified quality management system (Art. 63(1)) and
serious-incident reporting for medical devices (Art. 73(10)) and under the AI Office (Art. 75(1a)).

Added by the second reading (issue 12, section 2). The route predicates ``art43.*`` are in
:mod:`aiact.rules.conformity`; the Assessment reports from them whether a notified body is needed
(``Assessment.notified_body_needed``). The umbrella obligation ``art43`` (Art. 16(f): "ensure that
the high-risk AI system undergoes the relevant conformity assessment procedure") stays; the
obligations here say which procedure.

Schedules: Art. 43 is Section 5 (``HIGH_RISK_GATED``, reference A1); Art. 11(2) and Art. 63(1)
(which shapes the Art. 17 duty) follow Sections 1-3 (``HIGH_RISK``); Arts. 73(10) and 75(1a) are
Chapter IX (``HIGH_RISK_GATED``). Fines: Art. 43 through Art. 16(f) and Art. 11 through Art. 16(a)
(Art. 99(4)(a)); Art. 63(1) is a simplification of the Art. 17 duty, fined as that duty through
Art. 16(c); Arts. 73 and 75(1a) are not in Art. 99(4) (the AI Office fines them at the Art. 99(4)
level under Art. 75c(4)(a)).
"""

from __future__ import annotations

from aiact.obligations.decl_high_risk_provider import _HR_PROVIDER, _pre, _provider
from aiact.obligations.model import Addressee, Measure, Milestone, Modality, Obligation
from aiact.penalties.tiers import FineTier
from aiact.timeline.schedule import Schedule
from aiact.versions import ONLY_AMENDED, ONLY_ORIGINAL

_A = Addressee

_QMS = _pre(
    "art17",
    "Annex VI, point 2",
    "The provider verifies that the established quality management system is in compliance with "
    "the requirements of Article 17",
)
_TECH_DOC = _pre(
    "art11",
    "Annex VI, point 3",
    "The provider examines the information contained in the technical documentation",
)
_QMS_NOTIFIED = _pre(
    "art17",
    "Annex VII, point 3.2",
    "The quality management system shall be assessed by the notified body",
)
_TECH_DOC_NOTIFIED = _pre(
    "art11",
    "Annex VII, point 3.1",
    "the technical documentation for each AI system covered under the same quality management "
    "system",
)

OBLIGATIONS: tuple[Obligation, ...] = (
    # ------------------------------------------- Art. 41(5) and Art. 46(2): added by legal2
    Obligation(
        id="art41_5",
        source="Art. 41(5)",
        title_en="Justify technical solutions at least equivalent to the common specifications "
        "not followed",
        title_nl="Onderbouwen dat technische oplossingen ten minste gelijkwaardig zijn aan de "
        "niet gevolgde gemeenschappelijke specificaties",
        addressees=(_A.PROVIDER,),
        when=f"{_HR_PROVIDER} and conformity.common_specifications_not_followed",
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        interpretation="A1",
        summary_en="Where the provider of a high-risk AI system does not comply with the common "
        "specifications adopted under Art. 41(1), it duly justifies that it has adopted technical "
        "solutions that meet the Section 2 requirements to a level at least equivalent. Not in "
        "Art. 99(4): national penalties only.",
        summary_nl="Als de aanbieder van een AI-systeem met een hoog risico niet voldoet aan de "
        "op grond van artikel 41, lid 1, vastgestelde gemeenschappelijke specificaties, "
        "onderbouwt hij naar behoren dat hij technische oplossingen heeft gekozen die ten minste "
        "een gelijkwaardig niveau bieden voor de eisen van afdeling 2. Alleen nationale "
        "sancties.",
    ),
    Obligation(
        id="art46_2",
        source="Art. 46(2)",
        title_en="Urgency use without authorisation: request it without undue delay; stop and "
        "discard if refused",
        title_nl="Gebruik in spoedeisende gevallen zonder toestemming: die onverwijld aanvragen; "
        "bij weigering stoppen en resultaten verwijderen",
        addressees=(_A.PROVIDER, _A.DEPLOYER),
        when=(
            f"({_HR_PROVIDER} or duty.hr_deployer) "
            "and context.urgency_use_without_art46_authorisation"
        ),
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        interpretation="A1",
        summary_en="A law-enforcement or civil protection authority that puts a high-risk AI "
        "system into service in a duly justified urgency without the Art. 46(1) authorisation "
        "requests that authorisation during or after the use without undue delay; if it is "
        "refused, it stops the use with immediate effect and immediately discards all results "
        "and outputs. National penalties only.",
        summary_nl="Een rechtshandhavingsinstantie of civielebeschermingsautoriteit die in een "
        "naar behoren gemotiveerde spoedeisende situatie een AI-systeem met een hoog risico "
        "zonder de toestemming van artikel 46, lid 1, in gebruik stelt, vraagt die toestemming "
        "tijdens of na het gebruik onverwijld aan; bij weigering stopt zij het gebruik "
        "onmiddellijk en verwijdert zij alle resultaten en output onmiddellijk. Alleen nationale "
        "sancties.",
    ),
    # ------------------------------------------------------------ Art. 43(1): Annex III point 1
    _provider(
        "art43_1_choice",
        "Art. 43(1), first subparagraph",
        "Annex III point 1 with harmonised standards applied: opt for internal control (Annex VI) "
        "or a notified body (Annex VII)",
        "Bijlage III, punt 1, met toegepaste geharmoniseerde normen: kiezen voor interne controle "
        "(bijlage VI) of een aangemelde instantie (bijlage VII)",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="f",
        when=f"{_HR_PROVIDER} and art43.internal_control_choice",
        schedule=Schedule.HIGH_RISK_GATED,
        interpretation="A1",
        algoritmekader=("aia-14",),
        prerequisites=(_QMS, _TECH_DOC),
        also_cites=("Annex VI", "Annex VII"),
        summary_en="For a high-risk system of Annex III point 1 where, in demonstrating "
        "compliance with Section 2, the provider applied harmonised standards (Art. 40) or, where "
        "applicable, common specifications (Art. 41), the provider opts for one of two "
        "procedures: internal control (Annex VI), without a notified body, or the assessment of "
        "the quality management system and the technical documentation with a notified body "
        "(Annex VII).",
        summary_nl="Voor een AI-systeem met een hoog risico van bijlage III, punt 1, waarbij de "
        "aanbieder geharmoniseerde normen (artikel 40) of in voorkomend geval gemeenschappelijke "
        "specificaties (artikel 41) heeft toegepast, kiest de aanbieder een van twee procedures: "
        "interne controle (bijlage VI), zonder aangemelde instantie, of de beoordeling van het "
        "systeem voor kwaliteitsbeheer en de technische documentatie met betrokkenheid van een "
        "aangemelde instantie (bijlage VII).",
    ),
    _provider(
        "art43_1_annex_vii",
        "Art. 43(1), second subparagraph",
        "Annex III point 1 without harmonised standards applied in full: follow the Annex VII "
        "procedure with a notified body",
        "Bijlage III, punt 1, zonder volledig toegepaste geharmoniseerde normen: de procedure van "
        "bijlage VII met een aangemelde instantie volgen",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="f",
        when=f"{_HR_PROVIDER} and art43.annex_vii_mandatory",
        schedule=Schedule.HIGH_RISK_GATED,
        interpretation="A1",
        algoritmekader=("aia-14",),
        prerequisites=(_QMS_NOTIFIED, _TECH_DOC_NOTIFIED),
        also_cites=("Art. 43(1), third subparagraph", "Annex VII"),
        summary_en="The provider of a high-risk system of Annex III point 1 follows the Annex VII "
        "procedure (a notified body assesses the quality management system and the technical "
        "documentation) where harmonised standards do not exist and common specifications are "
        "not available, where it has not applied or only partly applied the harmonised standard, "
        "where common specifications exist but were not applied, or where a standard was "
        "published with a restriction (for that part). It may choose any notified body; for a "
        "system to be put into service by law enforcement, immigration or asylum authorities or "
        "Union institutions, the market surveillance authority of Art. 74(8) or (9) acts as the "
        "notified body.",
        summary_nl="De aanbieder van een AI-systeem met een hoog risico van bijlage III, punt 1, "
        "volgt de procedure van bijlage VII (een aangemelde instantie beoordeelt het systeem voor "
        "kwaliteitsbeheer en de technische documentatie) als er geen geharmoniseerde normen of "
        "gemeenschappelijke specificaties zijn, als hij de geharmoniseerde norm niet of slechts "
        "gedeeltelijk heeft toegepast, als hij bestaande gemeenschappelijke specificaties niet "
        "heeft toegepast, of als een norm met beperkingen is bekendgemaakt (voor dat deel). Hij "
        "kan om het even welke aangemelde instantie kiezen; voor een systeem dat door "
        "rechtshandhavings-, immigratie- of asielautoriteiten of instellingen van de Unie in "
        "gebruik wordt gesteld, treedt de markttoezichtautoriteit van artikel 74, lid 8 of 9, op "
        "als aangemelde instantie.",
    ),
    # -------------------------------------------------------- Art. 43(2): Annex III points 2-8
    _provider(
        "art43_2",
        "Art. 43(2)",
        "Annex III points 2 to 8: follow the internal control procedure (Annex VI), without a "
        "notified body",
        "Bijlage III, punten 2 tot en met 8: de procedure op basis van interne controle volgen "
        "(bijlage VI), zonder aangemelde instantie",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="f",
        when=f"{_HR_PROVIDER} and art43.route_2",
        schedule=Schedule.HIGH_RISK_GATED,
        interpretation="A1",
        algoritmekader=("aia-14",),
        prerequisites=(_QMS, _TECH_DOC),
        also_cites=("Annex VI",),
        summary_en="For high-risk systems of Annex III points 2 to 8 the provider follows the "
        "conformity assessment procedure based on internal control (Annex VI), which does not "
        "provide for the involvement of a notified body: it verifies its quality management "
        "system against Art. 17, examines the technical documentation against Section 2 and "
        "verifies that design, development and post-market monitoring are consistent with it.",
        summary_nl="Voor AI-systemen met een hoog risico van bijlage III, punten 2 tot en met 8, "
        "volgt de aanbieder de conformiteitsbeoordelingsprocedure op basis van interne controle "
        "(bijlage VI), waarvoor de betrokkenheid van een aangemelde instantie niet nodig is: hij "
        "toetst zijn systeem voor kwaliteitsbeheer aan artikel 17, onderzoekt de technische "
        "documentatie aan de hand van afdeling 2 en gaat na of ontwerp, ontwikkeling en monitoring "
        "na het in de handel brengen daarmee in overeenstemming zijn.",
    ),
    # -------------------------------------------------------- Art. 43(3): Annex I Section A
    _provider(
        "art43_3",
        "Art. 43(3)",
        "Annex I Section A: follow the sectoral conformity assessment procedure, with Section 2 "
        "and the Art. 17 quality management system assessed in it",
        "Bijlage I, afdeling A: de sectorale conformiteitsbeoordelingsprocedure volgen, waarin "
        "afdeling 2 en het systeem voor kwaliteitsbeheer van artikel 17 worden beoordeeld",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="f",
        when=f"{_HR_PROVIDER} and art43.route_3",
        schedule=Schedule.HIGH_RISK_GATED,
        interpretation="A1",
        algoritmekader=("aia-14",),
        prerequisites=(
            _pre(
                "art17",
                "Art. 43(3)",
                "Assessment of the quality management system set out in Article 17 shall also be "
                "undertaken",
            ),
            _TECH_DOC,
        ),
        versions=ONLY_AMENDED,
        summary_en="For high-risk systems covered by Annex I Section A, the provider follows the "
        "conformity assessment procedure of the sectoral legislation; the Section 2 requirements "
        "are part of it, the Art. 17 quality management system is also assessed, and points 3, "
        "4.3, 4.4, 4.5, the fifth paragraph of 4.6 and 5 of Annex VII apply. Sectoral notified "
        "bodies may assess Section 2 compliance (designation under this Regulation by 28 January "
        "2028). The sectoral opt-out from third-party assessment is available only if harmonised "
        "standards or common specifications cover all Section 2 requirements; the AI "
        "classification alone does not force a third-party procedure. A system both in Annex I "
        "Section A and in Annex III follows this sectoral procedure (fourth subparagraph).",
        summary_nl="Voor AI-systemen met een hoog risico van bijlage I, afdeling A, volgt de "
        "aanbieder de conformiteitsbeoordelingsprocedure van de sectorale wetgeving; de "
        "voorschriften van afdeling 2 maken er deel van uit, het systeem voor kwaliteitsbeheer van "
        "artikel 17 wordt eveneens beoordeeld, en de punten 3, 4.3, 4.4, 4.5, de vijfde alinea "
        "van 4.6 en 5 van bijlage VII zijn van toepassing. Een systeem dat zowel onder bijlage I, "
        "afdeling A, als onder bijlage III valt, volgt deze sectorale procedure (vierde alinea; "
        "niet-officiële Nederlandse weergave van de gewijzigde tekst).",
    ),
    _provider(
        "art43_3_original",
        "Art. 43(3)",
        "Annex I Section A: follow the sectoral conformity assessment procedure, with Section 2 "
        "assessed in it",
        "Bijlage I, afdeling A: de sectorale conformiteitsbeoordelingsprocedure volgen, waarin "
        "afdeling 2 wordt beoordeeld",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="f",
        when=f"{_HR_PROVIDER} and art43.route_3",
        schedule=Schedule.HIGH_RISK_GATED,
        interpretation="A1",
        algoritmekader=("aia-14",),
        prerequisites=(
            _pre(
                "art11",
                "Art. 43(3)",
                "The requirements set out in Section 2 of this Chapter shall apply to those "
                "high-risk AI systems and shall be part of that assessment",
            ),
        ),
        versions=ONLY_ORIGINAL,
        summary_en="For high-risk systems covered by Annex I Section A, the provider follows the "
        "relevant conformity assessment procedure required under those legal acts; the Section 2 "
        "requirements apply and are part of that assessment, and points 4.3, 4.4, 4.5 and the "
        "fifth paragraph of 4.6 of Annex VII apply. Notified bodies under those acts may control "
        "Section 2 conformity if Art. 31(4), (5), (10) and (11) were assessed. The opt-out from "
        "third-party assessment is available only if harmonised standards or common "
        "specifications cover all Section 2 requirements. The published text does not say which "
        "procedure a system also listed in Annex III follows: both routes are listed.",
        summary_nl="Voor AI-systemen met een hoog risico van bijlage I, afdeling A, volgt de "
        "aanbieder de relevante conformiteitsbeoordelingsprocedure volgens die rechtshandelingen; "
        "de voorschriften van afdeling 2 zijn van toepassing en maken deel uit van die "
        "beoordeling, en de punten 4.3, 4.4, 4.5 en de vijfde alinea van punt 4.6 van bijlage VII "
        "zijn eveneens van toepassing. Van de beoordeling door een derde kan alleen worden "
        "afgezien als geharmoniseerde normen of gemeenschappelijke specificaties alle "
        "voorschriften van afdeling 2 dekken.",
    ),
    # --------------------------------------- Art. 11(2): one set of technical documentation
    _provider(
        "art11_2",
        "Art. 11(2)",
        "Draw up a single set of technical documentation for an Annex I Section A product",
        "Een enkel technisch document opstellen voor een product van bijlage I, afdeling A",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="a",
        when=f"{_HR_PROVIDER} and hr.annex_i_section_a_legislation",
        algoritmekader=("aia-06",),
        prerequisites=(
            _pre(
                "art11",
                "Art. 11(2)",
                "a single set of technical documentation shall be drawn up containing all the "
                "information set out in paragraph 1",
            ),
        ),
        summary_en="Where a high-risk AI system related to a product covered by the Union "
        "harmonisation legislation of Annex I Section A is placed on the market or put into "
        "service, a single set of technical documentation is drawn up containing all the Art. "
        "11(1) information as well as the information required under those legal acts.",
        summary_nl="Wanneer een AI-systeem met een hoog risico dat verband houdt met een product "
        "dat valt onder de harmonisatiewetgeving van bijlage I, afdeling A, in de handel wordt "
        "gebracht of in gebruik wordt gesteld, wordt een enkel technisch document opgesteld dat "
        "alle informatie van artikel 11, lid 1, bevat, alsook de informatie die vereist is op "
        "grond van die rechtshandelingen.",
    ),
    # ------------------------------------ Art. 63(1): a simplified quality management system
    _provider(
        "art63_1_original",
        "Art. 63(1)",
        "Microenterprises without partner or linked enterprises may comply with elements of the "
        "quality management system in a simplified manner",
        "Micro-ondernemingen zonder partner- of verbonden ondernemingen kunnen op vereenvoudigde "
        "wijze voldoen aan elementen van het systeem voor kwaliteitsbeheer",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="c",
        when=f"{_HR_PROVIDER} and org.size.microenterprise and not org.part_of_group",
        algoritmekader=("aia-11",),
        prerequisites=(
            _pre(
                "art17",
                "Art. 63(1)",
                "may comply with certain elements of the quality management system required by "
                "Article 17",
            ),
        ),
        also_cites=("Art. 63(2)",),
        modality=Modality.PERMISSION,
        versions=ONLY_ORIGINAL,
        summary_en="Microenterprises within the meaning of Recommendation 2003/361/EC that have "
        "no partner or linked enterprises may comply with certain elements of the Art. 17 quality "
        "management system in a simplified manner, following Commission guidelines; every other "
        "requirement (Arts. 9-15, 72, 73) stays (Art. 63(2)). A permission, not a duty: listed "
        "so that the plan shows the relief (modality permission: no step, deadline or fine); "
        "the tier is that of the Art. 17 duty it simplifies (Art. 16(c)).",
        summary_nl="Micro-ondernemingen in de zin van Aanbeveling 2003/361/EG zonder "
        "partnerondernemingen of verbonden ondernemingen kunnen op vereenvoudigde wijze voldoen "
        "aan bepaalde elementen van het systeem voor kwaliteitsbeheer van artikel 17, volgens "
        "richtsnoeren van de Commissie; alle andere verplichtingen blijven (artikel 63, lid 2). "
        "Een bevoegdheid, geen verplichting: opgenomen zodat het plan de verlichting toont.",
    ),
    _provider(
        "art63_1",
        "Art. 63(1)",
        "SMEs, including start-ups, without partner or linked enterprises may comply with "
        "elements of the quality management system in a simplified manner",
        "Kmo's, met inbegrip van start-ups, zonder partner- of verbonden ondernemingen kunnen op "
        "vereenvoudigde wijze voldoen aan elementen van het systeem voor kwaliteitsbeheer",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine_via="c",
        when=f"{_HR_PROVIDER} and org.size.sme and not org.part_of_group",
        algoritmekader=("aia-11",),
        prerequisites=(
            _pre(
                "art17",
                "Art. 63(1)",
                "may comply with certain elements of the quality management system required by "
                "Article 17",
            ),
        ),
        also_cites=("Art. 63(2)",),
        modality=Modality.PERMISSION,
        versions=ONLY_AMENDED,
        summary_en="SMEs, including start-ups (within the SME definition, A16), that have no "
        "partner or linked enterprises within the meaning of Recommendation 2003/361/EC may "
        "comply with certain elements of the Art. 17 quality management system in a simplified "
        "manner (Art. 63(1) as replaced by Regulation (EU) 2026/1744, which widened it from "
        "microenterprises); every other requirement stays (Art. 63(2)). A permission, not a "
        "duty: listed so that the plan shows the relief (modality permission: no step, "
        "deadline or fine); the tier is that of the Art. 17 duty it simplifies (Art. 16(c)).",
        summary_nl="Kmo's, met inbegrip van start-ups, zonder partnerondernemingen of verbonden "
        "ondernemingen in de zin van Aanbeveling 2003/361/EG kunnen op vereenvoudigde wijze "
        "voldoen aan bepaalde elementen van het systeem voor kwaliteitsbeheer van artikel 17 "
        "(artikel 63, lid 1, zoals vervangen bij Verordening (EU) 2026/1744; niet-officiële "
        "Nederlandse weergave); alle andere verplichtingen blijven (artikel 63, lid 2). Een "
        "bevoegdheid, geen verplichting: opgenomen zodat het plan de verlichting toont.",
    ),
    # -------------------------------------------------- Art. 73(10): medical devices
    Obligation(
        id="art73_10",
        source="Art. 73(10)",
        title_en="Medical devices: report only serious incidents of Art. 3(49)(c), to the "
        "authority the Member State chose",
        title_nl="Medische hulpmiddelen: alleen ernstige incidenten als bedoeld in artikel 3, "
        "punt 49, c, melden, bij de door de lidstaat gekozen autoriteit",
        addressees=(_A.PROVIDER,),
        # Art. 75(1a) applies "Article 73 (2) to (9)" to systems under the AI Office: paragraph
        # 10 is displaced there (review, round 3).
        when=(
            f"{_HR_PROVIDER} and hr.annex_i_product_or_safety_component and "
            "(annex_i.medical_devices_2017_745 or annex_i.in_vitro_diagnostics_2017_746) "
            "and not ai_office.serious_incidents"
        ),
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.MONITORING,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-35",),
        also_cites=("Art. 3(49)(c)", "Art. 73(1)", "Art. 73(2)", "Art. 73(6)"),
        interpretation="A1",
        summary_en="For high-risk AI systems that are safety components of devices, or are "
        "themselves devices, covered by Regulations (EU) 2017/745 (MDR) and 2017/746 (IVDR), the "
        "notification of serious incidents is limited to infringements of obligations under Union "
        "law intended to protect fundamental rights (Art. 3(49)(c)), and is made to the national "
        "competent authority the Member State where the incident occurred chose; other incidents "
        "are reported under the device legislation. The time limits and the investigation duty "
        "of Art. 73(2)-(6) apply to the notification. National penalties only.",
        summary_nl="Voor AI-systemen met een hoog risico die veiligheidscomponenten van "
        "hulpmiddelen zijn, of zelf hulpmiddelen zijn, die onder Verordening (EU) 2017/745 of "
        "2017/746 vallen, wordt de melding van ernstige incidenten beperkt tot incidenten als "
        "bedoeld in artikel 3, punt 49, c, en gedaan bij de daartoe door de lidstaat aangewezen "
        "nationale bevoegde autoriteit. De termijnen en de onderzoeksplicht van artikel 73, "
        "leden 2 tot en met 6, gelden voor de melding. Alleen nationale sancties.",
    ),
    # ------------------------------------------ Art. 75(1a): serious incidents to the AI Office
    Obligation(
        id="art75_1a",
        source="Art. 75(1a)",
        title_en="Report serious incidents to the AI Office (systems under its competence)",
        title_nl="Ernstige incidenten melden bij het AI-bureau (systemen onder zijn bevoegdheid)",
        addressees=(_A.PROVIDER,),
        when=f"{_HR_PROVIDER} and ai_office.serious_incidents",
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.MONITORING,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-35",),
        also_cites=("Art. 75(1)", "Art. 73(2)"),
        versions=ONLY_AMENDED,
        interpretation="A1",
        summary_en="By way of derogation from Art. 73, providers of high-risk AI systems subject "
        "to the AI Office's competence under Art. 75(1) report any serious incident to the AI "
        "Office; Art. 73(2)-(9) apply mutatis mutandis (the same time limits). The AI Office "
        "passes the information on to the market surveillance authority of the provider's "
        "Member State. Not listed in Art. 99(4); the AI Office fines it at the Art. 99(4) level "
        "(Art. 75c(4)(a)).",
        summary_nl="In afwijking van artikel 73 melden aanbieders van AI-systemen met een hoog "
        "risico die onder de bevoegdheid van het AI-bureau vallen (artikel 75, lid 1), elk ernstig "
        "incident bij het AI-bureau; artikel 73, leden 2 tot en met 9, is van overeenkomstige "
        "toepassing (niet-officiële Nederlandse weergave). Het AI-bureau beboet op het niveau van "
        "artikel 99, lid 4 (artikel 75 quater, lid 4, punt a).",
    ),
)
