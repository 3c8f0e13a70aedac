"""Obligations of providers of general-purpose AI models (Chapter V, Arts. 52-55).

These are model obligations (``kind="model"``): their conditions read only the model predicates
(``gpai.*``, ``role.model_provider``, ``role.model_authorised_representative``) and ``model.*`` /
``org.*`` facts. Chapter V applies from 2 August 2025 (``Schedule.GPAI``); models placed on the
market before that date have until 2 August 2027 (Art. 111(3), handled by the timeline through
``gpai.legacy``). Provider obligations are fined by the Commission under Art. 101(1) (from
2 August 2026); the authorised representative's tasks (Art. 54(3)) are not covered by Art. 101
(which fines providers) nor listed in Art. 99(4), so they carry no EU fine ceiling.

The open-source exemption (Art. 53(2), Art. 54(6)) is ``gpai.open_source_exempt``, which already
excludes models with systemic risk.
"""

from __future__ import annotations

from aiact.obligations.model import Addressee, Measure, Milestone, Obligation, Prerequisite
from aiact.penalties.tiers import FineTier
from aiact.timeline.schedule import Schedule

_A = Addressee

_EVERY_PROVIDER = "gpai.in_scope and role.model_provider"
_NOT_OPEN_SOURCE = "gpai.in_scope and role.model_provider and not gpai.open_source_exempt"
_SYSTEMIC = "gpai.in_scope and gpai.systemic_risk and role.model_provider"

_NOTIFICATION = Prerequisite(
    obligation="art52_1",
    source="Art. 52(2)",
    anchor="may present, with its notification, sufficiently substantiated arguments to "
    "demonstrate that, exceptionally, although it meets that requirement, the general-purpose AI "
    "model does not present, due to its specific characteristics, systemic risks",
    # Only on the Art. 51(1)(a) route: a model designated by the Commission (Art. 51(1)(b),
    # 52(4)) has the Art. 55 duties without any notification (review38).
    where_applicable=True,
)


def _provider(
    id: str,
    source: str,
    title_en: str,
    title_nl: str,
    *,
    when: str,
    measure: Measure,
    milestone: Milestone,
    summary_en: str,
    summary_nl: str,
    algoritmekader: tuple[str, ...] = (),
    prerequisites: tuple[Prerequisite, ...] = (),
    also_cites: tuple[str, ...] = (),
    schedule: Schedule = Schedule.GPAI,
) -> Obligation:
    """A GPAI model provider obligation, fined by the Commission under Art. 101(1); by default
    of Chapter V, applying from the date of Art. 113, third paragraph, point (b)."""
    return Obligation(
        id=id,
        source=source,
        title_en=title_en,
        title_nl=title_nl,
        addressees=(_A.MODEL_PROVIDER,),
        when=when,
        schedule=schedule,
        measure=measure,
        milestone=milestone,
        fine=FineTier.ART_101,
        fine_ref="Art. 101(1)",
        algoritmekader=algoritmekader,
        prerequisites=prerequisites,
        also_cites=also_cites,
        summary_en=summary_en,
        summary_nl=summary_nl,
        kind="model",
    )


OBLIGATIONS: tuple[Obligation, ...] = (
    # ------------------------------------------------------ Art. 41(5): added by legal2
    # Art. 41 is in Chapter III, Section 5, not in Chapter V: Art. 113, third paragraph, point
    # (b) brings forward only "Chapter III Section 4, Chapter V, Chapter VII and Chapter XII and
    # Article 78", so Art. 41(5) applies on the general date, 2 August 2026 (second paragraph;
    # review38), and to a model placed before 2 August 2025 from 2 August 2027 (Art. 111(3)).
    _provider(
        "art41_5_gpai",
        "Art. 41(5)",
        "Justify technical solutions at least equivalent to the common specifications not followed",
        "Naar behoren rechtvaardigen dat gekozen technische oplossingen ten minste gelijkwaardig "
        "zijn aan de niet gevolgde gemeenschappelijke specificaties",
        when=f"{_EVERY_PROVIDER} and model.common_specifications_not_followed",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.ONGOING,
        schedule=Schedule.GENERAL,
        also_cites=("Art. 113, second paragraph",),
        summary_en="Where the provider of a general-purpose AI model does not comply with the "
        "common specifications adopted under Art. 41(1), it duly justifies that it has adopted "
        "technical solutions that comply with the obligations of Sections 2 and 3 of Chapter V to "
        "a level at least equivalent. Art. 41 is not in Chapter V: it applies from 2 August 2026.",
        summary_nl="Als de aanbieder van een AI-model voor algemene doeleinden niet voldoet aan de "
        "op grond van artikel 41, lid 1, vastgestelde gemeenschappelijke specificaties, "
        "rechtvaardigt hij naar behoren dat hij technische oplossingen heeft gekozen die voldoen "
        "aan de verplichtingen van hoofdstuk V, afdelingen 2 en 3, in een mate die minstens "
        "gelijkwaardig daarmee is. Artikel 41 valt niet onder hoofdstuk V: het is van toepassing "
        "vanaf 2 augustus 2026.",
    ),
    # ------------------------------------------------------------- Art. 52(1): notification
    _provider(
        "art52_1",
        "Art. 52(1)",
        "Notify the Commission within two weeks that the systemic-risk threshold is met",
        "De Commissie binnen twee weken in kennis stellen dat aan de voorwaarde voor een "
        "systeemrisico is voldaan",
        when="gpai.in_scope and gpai.must_notify and role.model_provider",
        measure=Measure.REGISTRATION,
        milestone=Milestone.ON_EVENT,
        also_cites=("Art. 51(1)(a)", "Art. 51(2)"),
        summary_en="Where a general-purpose AI model meets the condition of Art. 51(1)(a) (high-"
        "impact capabilities, presumed above 10^25 FLOP of training compute), the provider "
        "notifies the Commission without delay and in any event within two weeks after the "
        "requirement is met or it becomes known that it will be met, with the information that "
        "demonstrates it; it may argue that the model exceptionally presents no systemic risk.",
        summary_nl="Wanneer een AI-model voor algemene doeleinden voldoet aan de voorwaarde van "
        "artikel 51, lid 1, punt a (capaciteiten met een grote impact, vermoed boven 10^25 "
        "zwevendekommabewerkingen), stelt de aanbieder de Commissie onverwijld en in ieder geval "
        "binnen twee weken in kennis nadat aan die eis is voldaan of bekend is geworden dat eraan "
        "zal worden voldaan, met de informatie die nodig is om aan te tonen dat aan de "
        "desbetreffende eis is voldaan; hij kan aanvoeren dat het model bij wijze van uitzondering "
        "geen systeemrisico vertoont.",
    ),
    # ------------------------------------------------------------------ Art. 53(1)
    _provider(
        "art53_1_a",
        "Art. 53(1)(a)",
        "Draw up and keep up to date the model's technical documentation (Annex XI)",
        "De technische documentatie van het model opstellen en up-to-date houden (bijlage XI)",
        when=_NOT_OPEN_SOURCE,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        algoritmekader=("aia-29",),
        also_cites=("Art. 53(2)",),
        summary_en="Draw up and keep up to date the technical documentation of the model, "
        "including its training and testing process and evaluation results, with at least the "
        "Annex XI information, to provide it on request to the AI Office and national competent "
        "authorities. Not for open-source models under Art. 53(2), unless they present systemic "
        "risk.",
        summary_nl="De technische documentatie van het model opstellen en up-to-date houden, "
        "inclusief het trainings- en testproces en de evaluatieresultaten, met ten minste de "
        "informatie van bijlage XI, om die op verzoek aan het AI-bureau en de nationale bevoegde "
        "autoriteiten te verstrekken. Niet voor opensourcemodellen volgens artikel 53, lid 2, "
        "tenzij zij een systeemrisico vertonen.",
    ),
    _provider(
        "art53_1_b",
        "Art. 53(1)(b)",
        "Provide information and documentation to downstream providers (Annex XII)",
        "Informatie en documentatie beschikbaar stellen aan aanbieders verder in de "
        "AI-waardeketen (bijlage XII)",
        when=_NOT_OPEN_SOURCE,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_PLACING,
        algoritmekader=("aia-29",),
        also_cites=("Art. 53(2)",),
        summary_en="Draw up, keep up to date and make available information and documentation to "
        "providers of AI systems who intend to integrate the model, enabling them to understand "
        "its capabilities and limitations and to comply with their obligations, with at least the "
        "Annex XII elements. Not for open-source models under Art. 53(2), unless they present "
        "systemic risk.",
        summary_nl="Informatie en documentatie opstellen, up-to-date houden en beschikbaar stellen "
        "voor aanbieders van AI-systemen die het model willen integreren, zodat zij de "
        "capaciteiten en beperkingen begrijpen en hun verplichtingen kunnen nakomen, met ten "
        "minste de elementen van bijlage XII. Niet voor opensourcemodellen volgens artikel 53, lid "
        "2, tenzij zij een systeemrisico vertonen.",
    ),
    _provider(
        "art53_1_c",
        "Art. 53(1)(c)",
        "Put in place a policy to comply with Union copyright law",
        "Beleid opstellen ter naleving van het Unierecht inzake auteursrechten en naburige rechten",
        when=_EVERY_PROVIDER,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        algoritmekader=("aia-39",),
        summary_en="Put in place a policy to comply with Union law on copyright and related "
        "rights, in particular to identify and comply with, including through state-of-the-art "
        "technologies, a reservation of rights under Art. 4(3) of Directive (EU) 2019/790. Applies "
        "to every provider, open source included.",
        summary_nl="Beleid opstellen ter naleving van het Unierecht inzake auteursrechten en "
        "naburige rechten, met name om een voorbehoud van rechten op grond van artikel 4, lid 3, "
        "van Richtlijn (EU) 2019/790 vast te stellen en na te leven, onder meer met geavanceerde "
        "technologieën. Geldt voor elke aanbieder, ook bij open source.",
    ),
    _provider(
        "art53_1_d",
        "Art. 53(1)(d)",
        "Publish a sufficiently detailed summary of the training content",
        "Een voldoende gedetailleerde samenvatting van de voor training gebruikte content openbaar "
        "maken",
        when=_EVERY_PROVIDER,
        measure=Measure.TRANSPARENCY,
        milestone=Milestone.BEFORE_PLACING,
        algoritmekader=("aia-29",),
        summary_en="Draw up and make publicly available a sufficiently detailed summary about the "
        "content used for training the model, according to the template provided by the AI "
        "Office. Applies to every provider, open source included.",
        summary_nl="Een voldoende gedetailleerde samenvatting opstellen en openbaar maken over de "
        "voor het trainen van het model gebruikte content, volgens het sjabloon van het AI-bureau. "
        "Geldt voor elke aanbieder, ook bij open source.",
    ),
    _provider(
        "art53_3",
        "Art. 53(3)",
        "Cooperate with the Commission and national competent authorities",
        "Samenwerken met de Commissie en de nationale bevoegde autoriteiten",
        when=_EVERY_PROVIDER,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        summary_en="Providers of general-purpose AI models cooperate as necessary with the "
        "Commission and the national competent authorities in the exercise of their competences "
        "and powers pursuant to this Regulation.",
        summary_nl="Aanbieders van AI-modellen voor algemene doeleinden werken zo nodig samen met "
        "de Commissie en de nationale bevoegde autoriteiten bij de uitoefening van hun "
        "bevoegdheden uit hoofde van deze verordening.",
    ),
    # ------------------------------------------------ Art. 54: authorised representative
    _provider(
        "art54_1",
        "Art. 54(1)",
        "Appoint an authorised representative in the Union before placing the model on the market",
        "Middels een schriftelijke machtiging een in de Unie gevestigde gemachtigde aanwijzen "
        "voordat het model in de handel wordt gebracht",
        when="gpai.in_scope and gpai.third_country_provider and not gpai.open_source_exempt",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        also_cites=("Art. 54(2)", "Art. 54(6)"),
        summary_en="Prior to placing a general-purpose AI model on the Union market, a provider "
        "established in a third country appoints by written mandate an authorised representative "
        "established in the Union and enables it to perform the mandated tasks; not for "
        "open-source models meeting the Art. 53(2) conditions unless they present systemic risks "
        "(Art. 54(6)).",
        summary_nl="Voordat een AI-model voor algemene doeleinden in de Unie in de handel wordt "
        "gebracht, wijst een in een derde land gevestigde aanbieder middels een schriftelijke "
        "machtiging een in de Unie gevestigde gemachtigde aan en stelt die in staat de taken uit "
        "te voeren; niet voor opensourcemodellen die aan artikel 53, lid 2, voldoen, tenzij zij "
        "een systeemrisico vertonen (artikel 54, lid 6).",
    ),
    Obligation(
        id="art54_3",
        source="Art. 54(3)",
        title_en="Perform the tasks of the mandate (authorised representative of a model provider)",
        title_nl="De taken uit het mandaat uitvoeren (gemachtigde van een aanbieder van een "
        "AI-model voor algemene doeleinden)",
        addressees=(_A.MODEL_AUTHORISED_REPRESENTATIVE,),
        when=(
            "gpai.in_scope and role.model_authorised_representative and not gpai.open_source_exempt"
        ),
        schedule=Schedule.GPAI,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        prerequisites=(
            Prerequisite(
                obligation="art54_1",
                source="Art. 54(3)",
                anchor="The authorised representative shall perform the tasks specified in the "
                "mandate received from the provider",
            ),
            Prerequisite(
                obligation="art53_1_a",
                source="Art. 54(3)(a)",
                anchor="verify that the technical documentation specified in Annex XI has been "
                "drawn up",
            ),
        ),
        also_cites=("Art. 54(4)", "Art. 54(5)"),
        kind="model",
        interpretation="A37",
        summary_en="The authorised representative performs the mandated tasks and provides a copy "
        "of the mandate to the AI Office upon request: verify the Annex XI documentation and "
        "compliance with Arts. 53 and 55; keep the documentation and the provider's contact "
        "details for 10 years; upon a reasoned request, provide the AI Office with the "
        "information and documentation and cooperate with the AI Office and competent "
        "authorities; terminate the mandate and inform the AI Office if the provider acts "
        "contrary to its obligations (Art. 54(5)). Art. 101 fines providers only and Art. 99(4) "
        "does not list Art. 54: no EU fine ceiling; national penalties under Art. 99(1) under "
        "the default reading A37, none under commission_only (Chapter V is the Commission's to "
        "enforce, Art. 88(1), so never the AI Office's Art. 75c).",
        summary_nl="De gemachtigde voert de taken uit het mandaat uit en verstrekt het "
        "AI-bureau op verzoek een kopie van het mandaat: de documentatie van bijlage XI en de "
        "naleving van de artikelen 53 en 55 controleren; de documentatie en contactgegevens "
        "tien jaar bewaren; het AI-bureau na een met redenen omkleed verzoek de informatie en "
        "documentatie verstrekken en met het AI-bureau en de bevoegde autoriteiten samenwerken; "
        "het mandaat beëindigen en het AI-bureau inlichten als de aanbieder in strijd met zijn "
        "verplichtingen handelt (artikel 54, lid 5). Artikel 101 beboet alleen aanbieders en "
        "artikel 99, lid 4, noemt artikel 54 niet: geen EU-boeteplafond; nationale sancties op "
        "grond van artikel 99, lid 1, volgens de standaardlezing A37, geen volgens "
        "commission_only (de handhaving van hoofdstuk V is aan de Commissie, artikel 88, lid 1, "
        "en dus nooit aan het AI-bureau op grond van artikel 75 quater).",
    ),
    # ------------------------------------------------------- Art. 55(1): systemic risk
    _provider(
        "art55_1_a",
        "Art. 55(1)(a)",
        "Perform model evaluation, including adversarial testing",
        "Een modelevaluatie uitvoeren, met inbegrip van tests gericht op het ontdekken van "
        "kwetsbaarheden",
        when=_SYSTEMIC,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        algoritmekader=("aia-30",),
        prerequisites=(_NOTIFICATION,),
        summary_en="In addition to Arts. 53 and 54, perform model evaluation in accordance with "
        "standardised protocols and tools reflecting the state of the art, including conducting "
        "and documenting adversarial testing, to identify and mitigate systemic risks.",
        summary_nl="Naast de artikelen 53 en 54 een modelevaluatie uitvoeren overeenkomstig "
        "gestandaardiseerde protocollen en instrumenten die de stand van de techniek "
        "weerspiegelen, met inbegrip van het uitvoeren en documenteren van tests gericht op het "
        "ontdekken van kwetsbaarheden, om systeemrisico's in kaart te brengen en te beperken.",
    ),
    _provider(
        "art55_1_b",
        "Art. 55(1)(b)",
        "Assess and mitigate possible systemic risks at Union level",
        "Mogelijke systeemrisico's op Unieniveau beoordelen en beperken",
        when=_SYSTEMIC,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        algoritmekader=("aia-30",),
        prerequisites=(_NOTIFICATION,),
        summary_en="Assess and mitigate possible systemic risks at Union level, including their "
        "sources, that may stem from the development, placing on the market or use of the model.",
        summary_nl="Mogelijke systeemrisico's op Unieniveau beoordelen en beperken, met inbegrip "
        "van de bronnen daarvan, die kunnen voortvloeien uit de ontwikkeling, het in de handel "
        "brengen of het gebruik van het model.",
    ),
    _provider(
        "art55_1_c",
        "Art. 55(1)(c)",
        "Track, document and report serious incidents to the AI Office",
        "Ernstige incidenten bijhouden, documenteren en rapporteren aan het AI-bureau",
        when=_SYSTEMIC,
        measure=Measure.MONITORING,
        milestone=Milestone.ON_EVENT,
        algoritmekader=("aia-31",),
        prerequisites=(_NOTIFICATION,),
        summary_en="Keep track of, document and report without undue delay to the AI Office and, "
        "as appropriate, to national competent authorities, relevant information about serious "
        "incidents and possible corrective measures to address them.",
        summary_nl="Relevante informatie over ernstige incidenten en mogelijke corrigerende "
        "maatregelen bijhouden, documenteren en onverwijld rapporteren aan het AI-bureau en, in "
        "voorkomend geval, aan de nationale bevoegde autoriteiten.",
    ),
    _provider(
        "art55_1_d",
        "Art. 55(1)(d)",
        "Ensure adequate cybersecurity for the model and its physical infrastructure",
        "Zorgen voor een passend niveau van cyberbeveiliging voor het model en de fysieke "
        "infrastructuur",
        when=_SYSTEMIC,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        algoritmekader=("aia-32",),
        prerequisites=(_NOTIFICATION,),
        summary_en="Ensure an adequate level of cybersecurity protection for the general-purpose "
        "AI model with systemic risk and the physical infrastructure of the model.",
        summary_nl="Zorgen voor een passend niveau van cyberbeveiligingsbescherming voor het "
        "AI-model voor algemene doeleinden met een systeemrisico en de fysieke infrastructuur van "
        "het model.",
    ),
)
