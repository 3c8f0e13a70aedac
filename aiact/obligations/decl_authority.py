"""Duties that arise only once an authority has acted (issue 12, section 2).

Each condition reads the fact that the authority acted (``authority_actions.*`` for AI systems,
``model.commission_requested_*`` for general-purpose AI models), and each declaration has
``trigger=ON_AUTHORITY_REQUEST`` so that the result lists them apart from the standing duties.

* Art. 79(4): corrective action once a market surveillance authority found non-compliance.
* Art. 80(4)-(5): a system its provider classified as not high-risk under Art. 6(3) that the
  authority found high-risk. Art. 80(4) says the provider "shall be subject to fines in accordance
  with Article 99" without naming the tier; the duty it enforces is compliance with the high-risk
  requirements and obligations, the provider's Art. 16 duties, so the catalogue reads
  Art. 99(4)(a) (judgement call). Art. 80(5) names no fine: national penalties.
* Art. 82(2): corrective action for a compliant high-risk system that still presents a risk.
* Art. 75c(3) and (5) (amended text): under the AI Office's exclusive competence, the measures a
  non-compliance decision orders, and the decisions that periodic penalty payments (up to 5 % of
  average daily turnover per day) can compel; fined at the Art. 99(4) level (Art. 75c(4), second
  subparagraph, point (b)).
* Arts. 91(5), 92(5), 93: providers of general-purpose AI models answering the Commission; fined
  under Art. 101(1)(b), (d) and (c). Chapter IX applies from the general date (Art. 113, second
  paragraph), not with Chapter V.

Schedules: Art. 79 and Arts. 75c, 91-93 on the general date (``GENERAL``); Arts. 80 and 82 concern
high-risk systems and wait for the classification date like the other Chapter IX duties
(``HIGH_RISK_GATED``, reference A1).
"""

from __future__ import annotations

from aiact.obligations.model import Addressee, Measure, Milestone, Obligation, Trigger
from aiact.penalties.tiers import FineTier
from aiact.timeline.schedule import Schedule
from aiact.versions import ONLY_AMENDED

_A = Addressee
_MADE_AVAILABLE = (_A.PROVIDER, _A.IMPORTER, _A.DISTRIBUTOR, _A.PRODUCT_MANUFACTURER)
_MADE_AVAILABLE_ROLES = (
    "(scope.provider_territorial and (role.provider or role.importer or role.distributor "
    "or role.product_manufacturer))"
)
_ON_REQUEST = Trigger.ON_AUTHORITY_REQUEST
# Art. 111(2): of a legacy high-risk system without a significant change, the second sentence
# ("In any case, the providers and deployers ... by 2 August 2030") reaches only providers and
# deployers; a deployer is not among the operators above, so an importer, distributor or
# product manufacturer (not the provider) stays under the first sentence (no duty until such a
# change), also when it deploys the system too (review8, round 8).
_LEGACY_ADDRESSED = "(role.provider or not legacy.art111_2_grace)"
# The same for Art. 82(2), whose condition requires the system to be high-risk and not limited
# by Art. 2(2) ("hr.high_risk" and _IN_SCOPE): the shelter without its "is high-risk" conjunct
# (legacy.sheltered_if_high_risk, equal to legacy.art111_2_grace wherever both hold; legacy26,
# review83 D4). Art. 79(4) does not require the system to be high-risk, so it keeps the grace.
_LEGACY_ADDRESSED_HIGH_RISK = "(role.provider or not legacy.sheltered_if_high_risk)"
# Art. 2(2): of a system high-risk only through Annex I Section B "only Article 6(1), Article 60a
# and Articles 102 to 112" apply (original: "Article 6(1), Articles 102 to 109 and Article 112"),
# so none of these duties (audit 8).
_IN_SCOPE = "scope.in_scope and not scope.section_b_limited"

OBLIGATIONS: tuple[Obligation, ...] = (
    # ----------------------------------------------------------------------- Art. 79(4)
    Obligation(
        id="art79_4",
        source="Art. 79(4)",
        title_en="Take the corrective action the market surveillance authority required for all "
        "the systems made available on the Union market",
        title_nl="De door de markttoezichtautoriteit verlangde corrigerende maatregelen nemen voor "
        "alle op de Uniemarkt aangeboden systemen",
        addressees=_MADE_AVAILABLE,
        when=(
            f"{_IN_SCOPE} and {_MADE_AVAILABLE_ROLES} and {_LEGACY_ADDRESSED} "
            "and authority_actions.msa_required_corrective_action"
        ),
        schedule=Schedule.GENERAL,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-18",),
        also_cites=("Art. 79(2)", "Art. 79(5)"),
        trigger=_ON_REQUEST,
        summary_en="Where the market surveillance authority finds that the AI system does not "
        "comply and requires corrective action, withdrawal or recall within the period it "
        "prescribes (at most 15 working days, Art. 79(2)), the operator ensures that all "
        "appropriate corrective action is taken in respect of all the AI systems concerned that "
        "it has made available on the Union market; otherwise the authority takes provisional "
        "measures (Art. 79(5)). Art. 79 is not listed in Art. 99(3)-(5): national penalties.",
        summary_nl="Wanneer de markttoezichtautoriteit vaststelt dat het AI-systeem niet voldoet "
        "en corrigerende maatregelen, uit de handel nemen of terugroepen verlangt binnen de door "
        "haar voorgeschreven termijn (ten hoogste 15 werkdagen, artikel 79, lid 2), zorgt de "
        "operator ervoor dat alle betrokken AI-systemen die hij op de Uniemarkt heeft aangeboden "
        "aan alle passende corrigerende maatregelen worden onderworpen; anders neemt de autoriteit "
        "voorlopige maatregelen (artikel 79, lid 5). Alleen nationale sancties.",
    ),
    # ------------------------------------------------------------------- Art. 80(4)-(5)
    Obligation(
        id="art80_4",
        source="Art. 80(4)",
        title_en="Bring a system the authority found high-risk into compliance within the "
        "prescribed period",
        title_nl="Een systeem dat de autoriteit als systeem met een hoog risico aanmerkte binnen "
        "de voorgeschreven termijn in overeenstemming brengen",
        addressees=(_A.PROVIDER,),
        when=(
            "scope.in_scope and role.provider and scope.provider_territorial "
            "and hr.annex_iii_listed "
            "and authority_actions.msa_found_derogated_system_high_risk "
            "and dates.art80_2_finding_possible"
        ),
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(a)",
        also_cites=("Art. 80(2)", "Art. 6(3)", "Art. 16"),
        trigger=_ON_REQUEST,
        interpretation="A1",
        summary_en="Where the market surveillance authority finds that a system the provider "
        "classified as not high-risk under Art. 6(3) is high-risk (Art. 80(1)-(2)), the provider "
        "ensures that all necessary action is taken to bring it into compliance with the "
        "requirements and obligations of the Regulation within the prescribed period; if it "
        "does not, it 'shall be subject to fines in accordance with Article 99'. The tier is not "
        "named; the catalogue reads the provider's Art. 16 obligations, Art. 99(4)(a) "
        "(judgement call).",
        summary_nl="Wanneer de markttoezichtautoriteit vaststelt dat een systeem dat de "
        "aanbieder op grond van artikel 6, lid 3, als geen hoog risico had ingedeeld, een hoog "
        "risico vormt (artikel 80, leden 1 en 2), zorgt de aanbieder ervoor dat alle nodige "
        "maatregelen worden genomen om het binnen de voorgeschreven termijn in overeenstemming te "
        "brengen met de vereisten en verplichtingen van de verordening; anders worden hem "
        "overeenkomstig artikel 99 geldboeten opgelegd (de catalogus leest artikel 99, lid 4, "
        "punt a).",
    ),
    Obligation(
        id="art80_5",
        source="Art. 80(5)",
        title_en="Take corrective action for all the reclassified systems made available on the "
        "Union market",
        title_nl="Corrigerende maatregelen nemen voor alle op de Uniemarkt aangeboden systemen "
        "die opnieuw zijn ingedeeld",
        addressees=(_A.PROVIDER,),
        when=(
            "scope.in_scope and role.provider and scope.provider_territorial "
            "and hr.annex_iii_listed "
            "and authority_actions.msa_found_derogated_system_high_risk "
            "and dates.art80_2_finding_possible"
        ),
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        also_cites=("Art. 80(6)",),
        trigger=_ON_REQUEST,
        interpretation="A1",
        summary_en="The provider ensures that all appropriate corrective action is taken in "
        "respect of all the AI systems concerned that it has made available on the Union market; "
        "if it does not act adequately within the period, Art. 79(5)-(9) apply (Art. 80(6)). No "
        "fine is named: national penalties (Art. 99(1)).",
        summary_nl="De aanbieder zorgt ervoor dat alle betrokken AI-systemen die hij op de "
        "Uniemarkt heeft aangeboden aan alle passende corrigerende maatregelen worden "
        "onderworpen; doet hij dat niet tijdig, dan is artikel 79, leden 5 tot en met 9, van "
        "toepassing (artikel 80, lid 6). Alleen nationale sancties.",
    ),
    # ----------------------------------------------------------------------- Art. 82(2)
    Obligation(
        id="art82_2",
        source="Art. 82(2)",
        title_en="Compliant system that presents a risk: take the corrective action the "
        "authority required, within its timeline",
        title_nl="Conform systeem dat een risico inhoudt: de door de autoriteit verlangde "
        "corrigerende maatregelen binnen haar termijn nemen",
        addressees=_MADE_AVAILABLE,
        when=(
            f"{_IN_SCOPE} and {_MADE_AVAILABLE_ROLES} and {_LEGACY_ADDRESSED_HIGH_RISK} "
            "and hr.high_risk "
            "and authority_actions.msa_required_measures_compliant_system_at_risk"
        ),
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        also_cites=("Art. 82(1)",),
        trigger=_ON_REQUEST,
        interpretation="A1",
        summary_en="Where the market surveillance authority finds that a high-risk AI system, "
        "although compliant, presents a risk to health, safety, fundamental rights or other "
        "public interests and requires measures (Art. 82(1)), the provider or other relevant "
        "operator ensures that corrective action is taken in respect of all the AI systems "
        "concerned that it has made available on the Union market within the timeline the "
        "authority prescribed. National penalties only.",
        summary_nl="Wanneer de markttoezichtautoriteit vaststelt dat een AI-systeem met een hoog "
        "risico, hoewel conform, een risico inhoudt en maatregelen verlangt (artikel 82, lid 1), "
        "zorgt de aanbieder of andere relevante operator ervoor dat binnen de door de autoriteit "
        "vastgestelde termijn corrigerende maatregelen worden genomen ten aanzien van alle "
        "betrokken AI-systemen die hij op de Uniemarkt heeft aangeboden. Alleen nationale "
        "sancties.",
    ),
    # --------------------------------------------------------- Art. 75c(3), (5) (amended)
    Obligation(
        id="art75c_3",
        source="Art. 75c(3)",
        title_en="Take the measures the AI Office's non-compliance decision orders and report them",
        title_nl="De maatregelen nemen die het besluit van het AI-bureau tot vaststelling van "
        "niet-naleving oplegt, en daarover rapporteren",
        addressees=(_A.PROVIDER, _A.DEPLOYER),
        when=(
            f"{_IN_SCOPE} and ai_office.competent "
            "and authority_actions.ai_office_non_compliance_decision"
        ),
        schedule=Schedule.GENERAL,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)",
        also_cites=("Art. 75c(1)", "Art. 75c(4)", "Art. 75(1)", "Art. 75a(1)"),
        versions=ONLY_AMENDED,
        trigger=_ON_REQUEST,
        summary_en="Where the AI Office, competent under Art. 75(1), adopts a decision "
        "establishing non-compliance, it may order the operator to take the necessary measures "
        "within a reasonable period and to provide information on the measures it intends to "
        "take; the operator describes to the AI Office the measures it has taken once "
        "implemented. The fine is at the Art. 99(4) level through Art. 75c(4), second "
        'subparagraph: point (a), the "infringement of any applicable provision of this '
        'Regulation, including those not listed in Article 99(4)", which reaches both the '
        "infringement the decision establishes and a failure to take the ordered measures (Art. "
        "75c(3) is itself such a provision); point (b) may reach the order as well, since Art. "
        '75a(1) gives the AI Office "all the powers of a market surveillance authority provided '
        'for in this Section and in Article 14(4) and Article 16(3) of Regulation (EU) 2019/1020" '
        "(same tier either way); incorrect, "
        "incomplete or misleading information in reply to a request is fined at the Art. 99(5) "
        "level (third subparagraph).",
        summary_nl="Wanneer het AI-bureau, bevoegd op grond van artikel 75, lid 1, een besluit "
        "tot vaststelling van niet-naleving vaststelt, kan het de operator gelasten binnen een "
        "redelijke termijn de nodige maatregelen te nemen en informatie te verstrekken over de "
        "voorgenomen maatregelen; de operator beschrijft de genomen maatregelen na uitvoering "
        "(niet-officiële Nederlandse weergave). Geldboete op het niveau van artikel 99, lid 4, via "
        "artikel 75 quater, lid 4, tweede alinea, punt a (de inbreuk die het besluit vaststelt, "
        "en het niet nemen van de gelaste maatregelen); punt b kan ook van toepassing zijn "
        "(artikel 75 bis, lid 1); "
        "onjuiste, onvolledige of misleidende informatie: niveau van artikel 99, lid 5.",
    ),
    Obligation(
        id="art75c_5",
        source="Art. 75c(5)",
        title_en="Comply with the AI Office's enforcement decisions (periodic penalty payments up "
        "to 5 % of average daily turnover)",
        title_nl="De handhavingsbesluiten van het AI-bureau naleven (dwangsommen tot 5 % van de "
        "gemiddelde dagomzet)",
        addressees=(_A.PROVIDER, _A.DEPLOYER),
        when=(
            f"{_IN_SCOPE} and ai_office.competent "
            "and authority_actions.ai_office_enforcement_decision"
        ),
        schedule=Schedule.GENERAL,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)",
        also_cites=("Art. 75c(4)", "Art. 75a(3)", "Art. 75a(4)"),
        versions=ONLY_AMENDED,
        trigger=_ON_REQUEST,
        summary_en="The operator submits to an investigation or an inspection ordered by decision, "
        "complies with an information request ordered by decision, gives correct and complete "
        "answers in an inspection, complies with corrective actions ordered under Art. 16 of "
        "Regulation (EU) 2019/1020, with commitments made binding (Art. 75b) and with a "
        "non-compliance decision. The AI Office may impose periodic penalty payments of up to 5 % "
        "of the average daily income or worldwide annual turnover per day to compel it; the "
        "failure itself is fined at the Art. 99(4) level (Art. 75c(4), second subparagraph, point "
        "(b) for decisions and measures under Art. 75a and Art. 14(4) or 16(3) of Regulation (EU) "
        "2019/1020; point (c) for binding commitments); incorrect, incomplete or misleading "
        "information in reply to a request is fined at the Art. 99(5) level (Art. 75c(4), third "
        "subparagraph). Periodic penalty payments are not fines.",
        summary_nl="De operator onderwerpt zich aan een bij besluit gelast onderzoek of een "
        "inspectie, geeft gevolg aan een bij besluit gelast verzoek om informatie, geeft juiste "
        "en volledige antwoorden, en leeft corrigerende maatregelen, bindend verklaarde "
        "toezeggingen en een besluit tot vaststelling van niet-naleving na. Het AI-bureau kan "
        "dwangsommen tot 5 % van het gemiddelde dagelijkse inkomen of de wereldwijde jaaromzet "
        "per dag opleggen (niet-officiële Nederlandse weergave).",
    ),
    # ------------------------------------------------- Arts. 91(5), 92(5), 93: GPAI models
    Obligation(
        id="art91_5",
        source="Art. 91(5)",
        title_en="Supply the documentation and information the Commission requested",
        title_nl="De door de Commissie gevraagde documentatie en informatie verstrekken",
        addressees=(_A.MODEL_PROVIDER,),
        when="gpai.in_scope and role.model_provider and model.commission_requested_information",
        schedule=Schedule.GENERAL,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.ART_101,
        fine_ref="Art. 101(1)(b)",
        also_cites=("Art. 91(1)", "Art. 91(4)"),
        kind="model",
        trigger=_ON_REQUEST,
        algoritmekader=("aia-29",),
        summary_en="The provider of the general-purpose AI model, or its representative, supplies "
        "the documentation drawn up under Arts. 53 and 55 or the additional information the "
        "Commission requested within the period set; for legal persons the persons authorised to "
        "represent them supply it, and clients remain fully responsible for information supplied "
        "by their lawyers. Failing to comply, or supplying incorrect, incomplete or misleading "
        "information, is fined under Art. 101(1)(b).",
        summary_nl="De aanbieder van het AI-model voor algemene doeleinden of diens "
        "vertegenwoordiger verstrekt de op grond van de artikelen 53 en 55 opgestelde "
        "documentatie of de aanvullende informatie die de Commissie heeft gevraagd binnen de "
        "gestelde termijn; de cliënten blijven volledig verantwoordelijk voor informatie die hun "
        "advocaten verstrekken. Geldboete volgens artikel 101, lid 1, punt b.",
    ),
    Obligation(
        id="art92_5",
        source="Art. 92(5)",
        title_en="Give the Commission access to the model for an evaluation",
        title_nl="De Commissie toegang verlenen tot het model voor een evaluatie",
        addressees=(_A.MODEL_PROVIDER,),
        when="gpai.in_scope and role.model_provider and model.commission_requested_access",
        schedule=Schedule.GENERAL,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.ART_101,
        fine_ref="Art. 101(1)(d)",
        also_cites=("Art. 92(3)", "Art. 92(4)"),
        kind="model",
        trigger=_ON_REQUEST,
        summary_en="Where the Commission requests access to the model through APIs or other "
        "appropriate technical means and tools, including source code, for an evaluation "
        "(Art. 92(1), (3)), the provider or its representative supplies the information "
        "requested and the persons authorised to represent a legal person provide the access. "
        "Failing to make the model available for the evaluation is fined under Art. 101(1)(d).",
        summary_nl="Wanneer de Commissie voor een evaluatie toegang vraagt tot het model via "
        "API's of andere passende technische middelen, waaronder de broncode (artikel 92, leden 1 "
        "en 3), verstrekken de aanbieder of diens vertegenwoordiger de gevraagde informatie en "
        "verlenen de vertegenwoordigingsbevoegde personen de gevraagde toegang. Geldboete volgens "
        "artikel 101, lid 1, punt d.",
    ),
    Obligation(
        id="art93",
        source="Art. 93(1)",
        title_en="Take the measures the Commission requested: comply, mitigate, restrict, "
        "withdraw or recall",
        title_nl="De maatregelen nemen waarom de Commissie verzoekt: naleven, risicobeperkende "
        "maatregelen nemen, het op de markt aanbieden van het model beperken, het uit de handel "
        "nemen of terugroepen",
        addressees=(_A.MODEL_PROVIDER,),
        when="gpai.in_scope and role.model_provider and model.commission_requested_measures",
        schedule=Schedule.GENERAL,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.ART_101,
        fine_ref="Art. 101(1)(c)",
        also_cites=("Art. 93(3)",),
        kind="model",
        trigger=_ON_REQUEST,
        summary_en="Where necessary and appropriate the Commission may request providers to take "
        "appropriate measures to comply with Arts. 53 and 54, to implement mitigation measures "
        "after an evaluation showed a serious and substantiated concern of a systemic risk at "
        "Union level, or to restrict the making available on the market, withdraw or recall the "
        "model; commitments may be made binding (Art. 93(3)). Failing to comply with a measure "
        "requested is fined under Art. 101(1)(c).",
        summary_nl="Waar nodig en passend kan de Commissie aanbieders verzoeken passende "
        "maatregelen te nemen om aan de artikelen 53 en 54 te voldoen, risicobeperkende "
        "maatregelen uit te voeren na een evaluatie die aanleiding gaf tot een ernstig en "
        "gefundeerd vermoeden van een systeemrisico op Unieniveau, of het op de markt aanbieden "
        "te beperken, het model uit de handel te nemen of terug te roepen. Geldboete volgens "
        "artikel 101, lid 1, punt c.",
    ),
)
