"""Prohibited AI practices: Art. 5(1), points (a) to (h), and the points (ba) and (bb) with
Art. 5(1a) and (1b) inserted by Regulation (EU) 2026/1744.

Each practice is the conjunction of its cumulative conditions, minus its stated exception. The
(h) exception is the full set of conditions of Art. 5(2) to (5); without national enabling law
(Art. 5(5)) no exception is available.
"""

from __future__ import annotations

from aiact.ruleset import Rule
from aiact.versions import ALL_VERSIONS, ONLY_AMENDED

RULES: tuple[Rule, ...] = (
    Rule(
        id="art5.a",
        concludes="art5.a",
        when=(
            "prohibited.a_subliminal_manipulative_or_deceptive_techniques "
            "and prohibited.a_materially_distorts_behaviour and prohibited.a_significant_harm"
        ),
        source="Art. 5(1)(a)",
        title_en="Subliminal, manipulative or deceptive techniques causing significant harm",
        title_nl="Subliminale, manipulatieve of misleidende technieken die aanzienlijke schade "
        "veroorzaken",
    ),
    Rule(
        id="art5.b",
        concludes="art5.b",
        when=(
            "prohibited.b_exploits_vulnerabilities and prohibited.b_materially_distorts_behaviour "
            "and prohibited.b_significant_harm"
        ),
        source="Art. 5(1)(b)",
        title_en="Exploitation of vulnerabilities due to age, disability or social or economic "
        "situation",
        title_nl="Uitbuiting van kwetsbaarheden door leeftijd, handicap of een specifieke sociale "
        "of "
        "economische situatie",
    ),
    Rule(
        id="art5.c",
        concludes="art5.c",
        when=(
            "prohibited.c_social_scoring and (prohibited.c_detrimental_treatment_unrelated_context "
            ""
            ""
            "or prohibited.c_detrimental_treatment_unjustified)"
        ),
        source="Art. 5(1)(c)",
        title_en="Social scoring leading to detrimental or unfavourable treatment",
        title_nl="Sociale scoring die leidt tot nadelige of ongunstige behandeling",
    ),
    Rule(
        id="art5.d",
        concludes="art5.d",
        when=(
            "prohibited.d_crime_risk_assessment_solely_profiling "
            "and not prohibited.d_supports_human_assessment_on_objective_facts"
        ),
        source="Art. 5(1)(d)",
        title_en="Predicting criminal offences based solely on profiling or personality traits",
        title_nl="Risicobeoordeling van strafbare feiten uitsluitend op basis van profilering of "
        "persoonlijkheidskenmerken",
    ),
    Rule(
        id="art5.e",
        concludes="art5.e",
        when="prohibited.e_untargeted_facial_scraping",
        source="Art. 5(1)(e)",
        title_en="Facial recognition databases through untargeted scraping",
        title_nl="Databanken voor gezichtsherkenning door ongerichte scraping",
    ),
    Rule(
        id="art5.f",
        concludes="art5.f",
        when=(  # def.art5_f: the direct answer, or its facts (rules/definitions.py)
            "def.art5_f and not prohibited.f_medical_or_safety_reasons"
        ),
        source="Art. 5(1)(f)",
        title_en="Emotion recognition in the workplace or education (not for medical or safety "
        "reasons)",
        title_nl="Emotieherkenning op de werkplek of in het onderwijs (niet om medische of "
        "veiligheidsredenen)",
    ),
    Rule(
        id="art5.g",
        concludes="art5.g",
        when=(  # def.art5_g: the direct answer, or its facts (rules/definitions.py)
            "def.art5_g and not prohibited.g_labelling_filtering_lawful_datasets"
        ),
        source="Art. 5(1)(g)",
        title_en="Biometric categorisation to infer sensitive characteristics",
        title_nl="Biometrische categorisering om gevoelige kenmerken af te leiden",
    ),
    Rule(
        id="art5.h_exception",
        concludes="art5.h_exception",
        when=(
            "prohibited.h_strictly_necessary_for_listed_objective and "
            "prohibited.h_national_law_permits "
            "and prohibited.h_prior_authorisation and prohibited.h_fria_and_registration "
            "and prohibited.h_notified_authorities"
        ),
        source="Art. 5(2)",
        also_cites=("Art. 5(1)(h)", "Art. 5(3)", "Art. 5(4)", "Art. 5(5)"),
        interpretation="A6",
        title_en="Real-time remote biometric identification within the conditions of Art. 5(2)-(5)",
        title_nl="Biometrische identificatie op afstand in real time binnen de voorwaarden van "
        "artikel 5, leden 2 tot en met 5",
    ),
    Rule(
        id="art5.h",
        concludes="art5.h",
        # def.art5_h: the direct answer, or its facts (rules/definitions.py)
        when="def.art5_h and not art5.h_exception",
        source="Art. 5(1)(h)",
        title_en="Real-time remote biometric identification in public spaces for law enforcement",
        title_nl="Biometrische identificatie op afstand in real time in openbare ruimten voor "
        "rechtshandhaving",
    ),
    # --- inserted by Regulation (EU) 2026/1744
    Rule(
        id="art5.ba_bb_placing_condition",
        concludes="art5.ba_bb_placing_condition",
        when=(
            "prohibited.ba_bb_intended_purpose or (prohibited.ba_bb_foreseeable_and_reproducible "
            "and not prohibited.ba_bb_adequate_safeguards)"
        ),
        source="Art. 5(1a)(a)",
        versions=ONLY_AMENDED,
        title_en="Placing on the market is prohibited: intended purpose, or foreseeable and "
        "reproducible outcome without adequate safeguards",
        title_nl="Het in de handel brengen is verboden: beoogd doel, of voorzienbaar en "
        "reproduceerbaar "
        "resultaat zonder passende waarborgen",
    ),
    Rule(
        id="art5.ba_bb_applies_to_operator.placing",
        concludes="art5.ba_bb_applies_to_operator",
        when=(
            "(role.provider or role.importer or role.product_manufacturer) "
            "and art5.ba_bb_placing_condition"
        ),
        source="Art. 5(1a)(a)",
        versions=ONLY_AMENDED,
        title_en="The organisation places the system on the market or puts it into service",
        title_nl="De organisatie brengt het systeem in de handel of stelt het in gebruik",
    ),
    Rule(
        id="art5.ba_bb_applies_to_operator.use",
        concludes="art5.ba_bb_applies_to_operator",
        when="role.deployer and prohibited.ba_bb_used_for_that_purpose",
        source="Art. 5(1a)(b)",
        versions=ONLY_AMENDED,
        title_en="The deployer uses the system for the purpose of generating such material",
        title_nl="De gebruiksverantwoordelijke gebruikt het systeem om zulk materiaal te genereren",
    ),
    Rule(
        id="art5.ba",
        concludes="art5.ba",
        when=(
            "prohibited.ba_generates_intimate_imagery_without_consent "
            "and not prohibited.ba_only_manipulation_not_increasing_exposure "
            "and art5.ba_bb_applies_to_operator"
        ),
        source="Art. 5(1)(ba)",
        also_cites=("Art. 5(1b)",),
        versions=ONLY_AMENDED,
        title_en="Non-consensual intimate imagery of an identifiable person",
        title_nl="Intieme beelden van een identificeerbaar persoon zonder toestemming",
    ),
    Rule(
        id="art5.bb",
        concludes="art5.bb",
        when=(
            "prohibited.bb_generates_child_sexual_abuse_material and not "
            "prohibited.bb_without_right_defence "
            "and art5.ba_bb_applies_to_operator"
        ),
        source="Art. 5(1)(bb)",
        versions=ONLY_AMENDED,
        title_en="Child sexual abuse material",
        title_nl="Materiaal van seksueel misbruik van kinderen",
    ),
    *(
        Rule(
            id=f"art5.any.{point}",
            concludes="art5.any",
            when=f"art5.{point}",
            source=f"Art. 5(1)({point})",
            versions=ONLY_AMENDED if point in ("ba", "bb") else ALL_VERSIONS,
            title_en=f"A prohibited AI practice (Art. 5(1)({point}))",
            title_nl=f"Een verboden AI-praktijk (artikel 5, lid 1, punt {point})",
        )
        for point in ("a", "b", "ba", "bb", "c", "d", "e", "f", "g", "h")
    ),
    *(
        Rule(
            id=f"art5.binding.{point}",
            concludes="art5.binding",
            when=(
                f"art5.{point} and (role.provider or role.deployer or role.importer "
                "or role.distributor or role.product_manufacturer)"
            ),
            source=f"Art. 5(1)({point})",
            title_en="A prohibition binds this organisation: it may not place on the market, put "
            "into service or use the system",
            title_nl="Een verbod geldt voor deze organisatie: zij mag het systeem niet in de "
            "handel "
            "brengen, in gebruik stellen of gebruiken",
        )
        for point in ("a", "b", "c", "d", "e", "f", "g")
    ),
    Rule(
        id="art5.binding.h",
        concludes="art5.binding",
        when="art5.h and role.deployer",
        source="Art. 5(1)(h)",
        title_en="The use of real-time remote biometric identification is prohibited for this "
        "deployer",
        title_nl="Het gebruik van biometrische identificatie op afstand in real time is voor deze "
        "gebruiksverantwoordelijke verboden",
    ),
    *(
        Rule(
            id=f"art5.binding.{point}",
            concludes="art5.binding",
            when=f"art5.{point}",
            source=f"Art. 5(1)({point})",
            also_cites=("Art. 5(1a)",),
            versions=ONLY_AMENDED,
            title_en="A prohibition binds this organisation (Art. 5(1a) decides who)",
            title_nl="Een verbod geldt voor deze organisatie (artikel 5, lid 1 bis, bepaalt voor "
            "wie)",
        )
        for point in ("ba", "bb")
    ),
)
