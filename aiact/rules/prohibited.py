"""Prohibited AI practices: Art. 5(1), points (a) to (h), and the points (ba) and (bb) with
Art. 5(1a) and (1b) inserted by Regulation (EU) 2026/1744.

Each practice is the conjunction of its cumulative conditions, minus its stated exception. The
(h) exception is the full set of conditions of Art. 5(2) to (5); without national enabling law
(Art. 5(5)) no exception is available.

Two questions are kept apart (issue 12, item 8):

* **Does the practice fall under Art. 5(1)(x)?** (``art5.<x>``, ``art5.any``: the risk tier.)
  A property of the system: points (a)-(g) prohibit "the placing on the market, the putting into
  service or the use" of such a system, so whoever assesses it (provider, importer, distributor,
  deployer) gets tier *prohibited*. For (ba) and (bb), Art. 5(1a)(a) makes the placing on the
  market or putting into service prohibited where generation is the intended purpose or a
  foreseeable and reproducible outcome without adequate safeguards: again a property of the
  system, whoever assesses it. The *use* prohibitions (Art. 5(1a)(b) for (ba)/(bb), and point (h),
  which prohibits only "the use") are properties of the use, so they make the practice prohibited
  only for the organisation that uses the system (``role.deployer``): the provider of a real-time
  remote biometric identification system places a lawful Annex III point 1(a) system on the
  market, with ``art5.h`` reported as a note on the prohibited use.
* **Is this organisation bound by the prohibition?** (``art5.binding_<x>``, ``art5.binding``:
  the Art. 5 duty.) Placing on the
  market or putting into service binds providers, importers and product manufacturers, and
  distributors alike for every point whose placing is prohibited, under the default reading of
  A24 (a distributor that makes the system available, Art. 3(10), continues its placing on the
  Union market; alternative: Art. 3(9) "placing on the market" is "the first making available",
  which a distributor, Art. 3(7), does not do); use binds deployers.
"""

from __future__ import annotations

from aiact.ruleset import Rule
from aiact.versions import ALL_VERSIONS, ONLY_AMENDED

_DISTRIBUTOR = "(role.distributor and interp.a24_distributor_bound)"
"""A distributor, bound by the placing prohibitions under reading A24 (default; see the
docstring and docs/adr/0026-a24-distributors-and-art5.md)."""
_PLACING_ROLES = (
    "(art5.provider_placing_reach or (scope.provider_territorial and (role.importer or "
    f"{_DISTRIBUTOR} or role.product_manufacturer)))"
)
"""Those who place on the market or put into service, and distributors (A24), where the system
is placed on the market, put into service or used in the Union, or its output is used there
(``scope.provider_territorial``; Art. 2(1)(a), (c)-(e); Art. 3(9), 3(11): the placing is on the
Union market, the putting into service for use in the Union). A provider that does neither
places nothing the ban could forbid; its own use abroad binds it as a deployer (review18). A
provider reached only by point (c) (the output used in the Union) is bound under the default of
reading A33 and not under its alternative (``art5.provider_placing_reach``, ADR 0036). An
importer and a distributor act on the Union market by definition (Art. 3(6), 3(7)); reading the
same conclusion keeps the ban and the reach of Art. 2(1)(d)-(e) in step (round 12)."""
DEPLOYER_IN_REACH = "(role.deployer and scope.deployer_territorial)"
"""A deployer the Act reaches: established or located in the Union, or whose system's output is
used in the Union (Art. 2(1)(b)-(c); review16: the "use" bans bind no deployer beyond them).
Public: the date rule ``tier.prohibited`` reads it through :data:`POINTS_A_TO_H_PRACTICE`."""
_DEPLOYER_IN_REACH = DEPLOYER_IN_REACH
_REACH_CITES = ("Art. 2(1)(b)", "Art. 2(1)(c)")
"""The citations of every rule that reads :data:`_DEPLOYER_IN_REACH`."""
_ART5_2_CITES = ("Art. 5(1)(h)", "Art. 5(3)", "Art. 5(4)", "Art. 5(5)")
"""The citations beside Art. 5(2) of the rules on the point (h) exception."""
_PLACING_OR_USE_ROLES = f"({_PLACING_ROLES} or {_DEPLOYER_IN_REACH})"
_POINT_H_PRACTICE = f"art5.h and {_DEPLOYER_IN_REACH}"
"""Point (h) makes the practice prohibited (``art5.any.h``): it prohibits only "the use", so
only for a deployer in reach."""
POINTS_A_TO_H_PRACTICE = (
    f"(art5.a or art5.b or art5.c or art5.d or art5.e or art5.f or art5.g or ({_POINT_H_PRACTICE}))"
)
"""A practice of Art. 5(1)(a)-(h) as ``art5.any`` reads each point (``art5.any.<point>``): the
date rule ``tier.prohibited`` dates the tier to 2 February 2025 by this condition, so that the
two cannot drift apart (review49, round 16: the date rule read ``art5.h and role.deployer``
without the territorial reach)."""
"""Those who place, put into service or use: the placing roles in reach, or a deployer in
reach."""

RULES: tuple[Rule, ...] = (
    # --- A33 (ADR 0036): the provider the placing ban binds. Under the default bound, every
    # provider the Act reaches (scope.provider_territorial, point (c) included; recital 22);
    # with the interp fact false the first rule is the provider term the library had before
    # A33. Under placing_in_union_only, only a provider that places the system on the Union
    # market or puts it into service in the Union (Art. 3(9), 3(11); own use in the Union
    # included), not one reached only because the output is used in the Union.
    Rule(
        id="art5.provider_placing_reach",
        concludes="art5.provider_placing_reach",
        when="role.provider and scope.provider_territorial "
        "and not interp.a33_placing_in_union_only",
        source="Art. 5(1)",
        also_cites=("Art. 2(1)(a)", "Art. 2(1)(c)"),
        interpretation="A33",
        title_en="A provider the Act reaches, also only because the output of its system is used "
        "in the Union (A33: the ban on placing on the market and putting into service binds it)",
        title_nl="Een aanbieder waarop de verordening van toepassing is, ook alleen omdat de "
        "output van zijn AI-systeem in de Unie wordt gebruikt (A33: het verbod op het in de "
        "handel brengen en in gebruik stellen geldt voor hem)",
    ),
    Rule(
        id="art5.provider_placing_reach.in_union",
        concludes="art5.provider_placing_reach",
        when="role.provider and territory.placed_or_used_in_union "
        "and interp.a33_placing_in_union_only",
        source="Art. 5(1)",
        also_cites=("Art. 3(9)", "Art. 3(11)", "Art. 2(1)(a)"),
        interpretation="A33",
        title_en="A provider whose system is placed on the market, put into service or used in "
        "the Union (A33: the ban binds a provider only where it places the system on the Union "
        "market or puts it into service in the Union)",
        title_nl="Een aanbieder van een systeem dat in de Unie in de handel is gebracht, in "
        "gebruik is gesteld of wordt gebruikt (A33: het verbod geldt voor een aanbieder alleen "
        "als hij het systeem in de Unie in de handel brengt of in gebruik stelt)",
    ),
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
        title_nl="Gebruikmaken van kwetsbaarheden als gevolg van leeftijd, handicap of een "
        "specifieke sociale of economische omstandigheid",
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
        # Art. 5(2), second subparagraph, last sentence: "However, in duly justified cases of
        # urgency, the use of such systems may be commenced without the registration in the EU
        # database, provided that such registration is completed without undue delay." The FRIA
        # is not waived. Read under A6 like the rest of Art. 5(2).
        id="art5.h_fria_and_registration_met",
        concludes="art5.h_fria_and_registration_met",
        when=(
            "prohibited.h_fria_and_registration "
            "or prohibited.h_urgency_fria_done_registration_follows "
            "or not interp.a6_art5_2_condition"
        ),
        source="Art. 5(2)",
        also_cites=("Art. 27", "Art. 49"),
        interpretation="A6",
        title_en="Art. 5(2): the FRIA is completed and the system registered, or registration "
        "follows without undue delay in a duly justified case of urgency (or, under A6=duty_only, "
        "not a condition)",
        title_nl="Artikel 5, lid 2: de beoordeling van de gevolgen voor de grondrechten "
        "(artikel 27) is uitgevoerd en het systeem geregistreerd, of de registratie wordt in een "
        "naar behoren gemotiveerd spoedeisend geval zonder onnodige vertraging voltooid (of, bij "
        "A6=duty_only, geen voorwaarde)",
    ),
    Rule(
        # A23: Art. 5(4) ("each use ... shall be notified") is a duty of each use, not a
        # condition of the exception, unless the alternative reading is chosen.
        id="art5.h_notification_condition_met",
        concludes="art5.h_notification_condition_met",
        when="prohibited.h_notified_authorities or not interp.a23_art5_4_condition",
        source="Art. 5(4)",
        interpretation="A23",
        title_en="Art. 5(4): the use is notified, or (default reading A23) the notification is a "
        "duty of each use and not a condition of the exception",
        title_nl="Artikel 5, lid 4: het gebruik is gemeld, of (standaardlezing A23) de melding is "
        "een plicht bij elk gebruik en geen voorwaarde van de uitzondering",
    ),
    Rule(
        id="art5.h_exception",
        concludes="art5.h_exception",
        when=(
            "prohibited.h_strictly_necessary_for_listed_objective and "
            "prohibited.h_national_law_permits "
            "and prohibited.h_prior_authorisation "
            "and art5.h_fria_and_registration_met "
            "and art5.h_notification_condition_met"
        ),
        source="Art. 5(2)",
        also_cites=_ART5_2_CITES,
        # the readings A6 (Art. 5(2)) and A23 (Art. 5(4)) are read by the two rules above
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
    Rule(
        id="art5.h_relies_on_exception",
        concludes="art5.h_relies_on_exception",
        when=(
            f"{_DEPLOYER_IN_REACH} and prohibited.h_realtime_rbi_public_spaces_law_enforcement "
            "and prohibited.h_strictly_necessary_for_listed_objective "
            "and prohibited.h_national_law_permits"
        ),
        source="Art. 5(2)",
        also_cites=(*_ART5_2_CITES, *_REACH_CITES),
        title_en="The deployer relies on the Art. 5(1)(h) exception: national law permits the use "
        "and it is strictly necessary for a listed objective, so the duties of Art. 5(2)-(4) bind "
        "each use",
        title_nl="De gebruiksverantwoordelijke beroept zich op de uitzondering van artikel 5, "
        "lid 1, punt h: het nationale recht staat het gebruik toe en het is strikt noodzakelijk "
        "voor een genoemde doelstelling, zodat de plichten van artikel 5, leden 2 tot en met 4, "
        "voor elk gebruik gelden",
    ),
    # --- inserted by Regulation (EU) 2026/1744
    Rule(
        id="art5.ba_content",
        concludes="art5.ba_content",
        when=(
            "prohibited.ba_generates_intimate_imagery_without_consent "
            "and not prohibited.ba_only_manipulation_not_increasing_exposure"
        ),
        source="Art. 5(1)(ba)",
        also_cites=("Art. 5(1b)",),
        versions=ONLY_AMENDED,
        title_en="The system generates or manipulates realistic images, videos, audio or similar "
        "material of an identifiable person's intimate parts or sexually explicit activities "
        "without that person's freely-given, specific, informed, unambiguous and explicit "
        "consent",
        title_nl="Het systeem genereert of manipuleert realistische beelden, video's, audio of "
        "soortgelijk materiaal van de intieme delen of seksueel expliciete handelingen van een "
        "identificeerbaar persoon zonder diens vrij gegeven, specifieke, geïnformeerde, "
        "ondubbelzinnige en uitdrukkelijke toestemming",
    ),
    Rule(
        id="art5.bb_content",
        concludes="art5.bb_content",
        when=(
            "prohibited.bb_generates_child_sexual_abuse_material "
            "and not prohibited.bb_without_right_defence"
        ),
        source="Art. 5(1)(bb)",
        versions=ONLY_AMENDED,
        title_en="The system generates or manipulates child sexual abuse material or performance "
        "(no 'without right' defence)",
        title_nl="Het systeem genereert of manipuleert materiaal of voorstellingen van seksueel "
        "misbruik van kinderen (het nationale recht biedt geen rechtvaardiging: het is "
        "'wederrechtelijk')",
    ),
    # Art. 5(1a) judges each point by its own material: "that generation or manipulation" and
    # "such material or performance" are the material of the point concerned, so each point has
    # its own facts and its own rules (review47, round 16; until then one shared set).
    *(
        rule
        for point, material_en, material_nl in (
            ("ba", "the intimate material of point (ba)", "het intieme materiaal van punt b bis"),
            (
                "bb",
                "the child sexual abuse material of point (bb)",
                "het materiaal van seksueel misbruik van kinderen van punt b ter",
            ),
        )
        for rule in (
            Rule(
                id=f"art5.{point}_placing_condition",
                concludes=f"art5.{point}_placing_condition",
                when=(
                    f"prohibited.{point}_intended_purpose or "
                    f"(prohibited.{point}_foreseeable_and_reproducible "
                    f"and not prohibited.{point}_adequate_safeguards)"
                ),
                source="Art. 5(1a)(a)",
                versions=ONLY_AMENDED,
                title_en="Placing on the market or putting into service is prohibited: generating "
                f"or manipulating {material_en} is the intended purpose, or a foreseeable and "
                "reproducible outcome without adequate safeguards",
                title_nl="Het in de handel brengen of in gebruik stellen is verboden: het "
                f"genereren of manipuleren van {material_nl} is het beoogde doel, of een "
                "voorzienbaar en reproduceerbaar resultaat zonder passende waarborgen",
            ),
            Rule(
                id=f"art5.{point}_use_by_this_deployer",
                concludes=f"art5.{point}_use_by_this_deployer",
                when=f"{_DEPLOYER_IN_REACH} and prohibited.{point}_used_for_that_purpose",
                source="Art. 5(1a)(b)",
                also_cites=_REACH_CITES,
                versions=ONLY_AMENDED,
                title_en="The deployer uses the system for the purpose of generating or "
                f"manipulating {material_en}",
                title_nl="De gebruiksverantwoordelijke gebruikt het systeem om "
                f"{material_nl} te genereren of te manipuleren",
            ),
        )
    ),
    *(
        rule
        for point, label_en, label_nl in (
            ("ba", "Non-consensual intimate material", "Intiem materiaal zonder toestemming"),
            (
                "bb",
                "Child sexual abuse material",
                "Materiaal van seksueel misbruik van kinderen",
            ),
        )
        for rule in (
            Rule(
                id=f"art5.{point}.placing",
                concludes=f"art5.{point}",
                when=f"art5.{point}_content and art5.{point}_placing_condition",
                source=f"Art. 5(1)({point})",
                also_cites=("Art. 5(1a)(a)",),
                versions=ONLY_AMENDED,
                title_en=f"{label_en}: the placing on the market or putting into service of this "
                "system is prohibited (whoever assesses it)",
                title_nl=f"{label_nl}: het in de handel brengen of in gebruik stellen van dit "
                "systeem is verboden (wie het ook beoordeelt)",
            ),
            Rule(
                id=f"art5.{point}.use",
                concludes=f"art5.{point}",
                when=f"art5.{point}_content and art5.{point}_use_by_this_deployer",
                source=f"Art. 5(1)({point})",
                also_cites=("Art. 5(1a)(b)",),
                versions=ONLY_AMENDED,
                title_en=f"{label_en}: this deployer's use is prohibited",
                title_nl=f"{label_nl}: het gebruik door deze gebruiksverantwoordelijke is verboden",
            ),
        )
    ),
    # --- the practice falls under Art. 5(1): the risk tier
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
        for point in ("a", "b", "ba", "bb", "c", "d", "e", "f", "g")
    ),
    Rule(
        id="art5.any.h",
        concludes="art5.any",
        when=_POINT_H_PRACTICE,
        source="Art. 5(1)(h)",
        also_cites=_REACH_CITES,
        title_en="A prohibited AI practice (Art. 5(1)(h)): point (h) prohibits only 'the use', "
        "and this organisation is the one using the system",
        title_nl="Een verboden AI-praktijk (artikel 5, lid 1, punt h): punt h verbiedt alleen "
        "'het gebruik', en deze organisatie gebruikt het systeem",
    ),
    # --- who is bound: the Art. 5 duty
    *(
        Rule(
            id=f"art5.binding_{point}",
            concludes=f"art5.binding_{point}",
            when=f"art5.{point} and {_PLACING_OR_USE_ROLES}",
            source=f"Art. 5(1)({point})",
            also_cites=("Art. 3(7)", "Art. 3(9)", "Art. 3(10)", "Art. 2(1)(a)", *_REACH_CITES),
            interpretation="A24",
            title_en="The prohibition binds this organisation: it may not place on the market, "
            "put into service or use the system",
            title_nl="Het verbod geldt voor deze organisatie: zij mag het systeem niet in de "
            "handel brengen, in gebruik stellen of gebruiken",
        )
        for point in ("a", "b", "c", "d", "e", "f", "g")
    ),
    Rule(
        id="art5.binding_h",
        concludes="art5.binding_h",
        when=f"art5.h and {_DEPLOYER_IN_REACH}",
        source="Art. 5(1)(h)",
        also_cites=_REACH_CITES,
        title_en="The use of real-time remote biometric identification is prohibited for this "
        "deployer",
        title_nl="Het gebruik van biometrische identificatie op afstand in real time is voor deze "
        "gebruiksverantwoordelijke verboden",
    ),
    *(
        rule
        for point in ("ba", "bb")
        for rule in (
            Rule(
                id=f"art5.binding_{point}.placing",
                concludes=f"art5.binding_{point}",
                when=(
                    f"art5.{point}_content and art5.{point}_placing_condition and {_PLACING_ROLES}"
                ),
                source=f"Art. 5(1)({point})",
                also_cites=(
                    "Art. 5(1a)(a)",
                    "Art. 3(7)",
                    "Art. 3(9)",
                    "Art. 3(10)",
                    "Art. 2(1)(a)",
                ),
                interpretation="A24",
                versions=ONLY_AMENDED,
                title_en="The prohibition binds this organisation, which places the system on the "
                "market or puts it into service (Art. 5(1a)(a)) or, as a distributor under reading "
                "A24, makes it available",
                title_nl="Het verbod geldt voor deze organisatie, die het systeem in de handel "
                "brengt of in gebruik stelt (artikel 5, lid 1 bis, punt a) of het, als "
                "distributeur volgens lezing A24, op de markt aanbiedt",
            ),
            Rule(
                id=f"art5.binding_{point}.use",
                concludes=f"art5.binding_{point}",
                when=f"art5.{point}_content and art5.{point}_use_by_this_deployer",
                source=f"Art. 5(1)({point})",
                also_cites=("Art. 5(1a)(b)",),
                versions=ONLY_AMENDED,
                title_en="The prohibition binds this deployer, which uses the system for that "
                "purpose (Art. 5(1a)(b))",
                title_nl="Het verbod geldt voor deze gebruiksverantwoordelijke, die het systeem "
                "daarvoor gebruikt (artikel 5, lid 1 bis, punt b)",
            ),
        )
    ),
    # --- which activity is prohibited: the high-risk route is closed per role (ADR 0024). A role
    # whose own activity (placing on the market and putting into service, or use) is prohibited
    # has no lawful way to comply; a role whose activity is not prohibited keeps its duties.
    *(
        Rule(
            id=f"art5.placing_prohibited.{point}",
            concludes="art5.placing_prohibited",
            when=f"art5.{point}",
            source=f"Art. 5(1)({point})",
            title_en="The placing on the market and putting into service of this system are "
            "prohibited",
            title_nl="Het in de handel brengen en in gebruik stellen van dit systeem zijn verboden",
        )
        for point in ("a", "b", "c", "d", "e", "f", "g")
    ),
    *(
        Rule(
            id=f"art5.placing_prohibited.{point}",
            concludes="art5.placing_prohibited",
            when=f"art5.{point}_content and art5.{point}_placing_condition",
            source=f"Art. 5(1)({point})",
            also_cites=("Art. 5(1a)(a)",),
            versions=ONLY_AMENDED,
            title_en="The placing on the market and putting into service of this system are "
            "prohibited (Art. 5(1a)(a))",
            title_nl="Het in de handel brengen en in gebruik stellen van dit systeem zijn verboden "
            "(artikel 5, lid 1 bis, punt a)",
        )
        for point in ("ba", "bb")
    ),
    *(
        Rule(
            id=f"art5.use_prohibited.{point}",
            concludes="art5.use_prohibited",
            when=f"art5.{point}",
            source=f"Art. 5(1)({point})",
            title_en="The use of this system is prohibited",
            title_nl="Het gebruik van dit systeem is verboden",
        )
        for point in ("a", "b", "c", "d", "e", "f", "g")
    ),
    Rule(
        id="art5.use_prohibited.h",
        concludes="art5.use_prohibited",
        when=f"art5.h and {_DEPLOYER_IN_REACH}",
        source="Art. 5(1)(h)",
        also_cites=_REACH_CITES,
        title_en="This deployer's use of real-time remote biometric identification is prohibited",
        title_nl="Het gebruik van biometrische identificatie op afstand in real time door deze "
        "gebruiksverantwoordelijke is verboden",
    ),
    *(
        Rule(
            id=f"art5.use_prohibited.{point}",
            concludes="art5.use_prohibited",
            when=f"art5.{point}_content and art5.{point}_use_by_this_deployer",
            source=f"Art. 5(1)({point})",
            also_cites=("Art. 5(1a)(b)",),
            versions=ONLY_AMENDED,
            title_en="This deployer's use of the system is prohibited (Art. 5(1a)(b))",
            title_nl="Het gebruik van het systeem door deze gebruiksverantwoordelijke is verboden "
            "(artikel 5, lid 1 bis, punt b)",
        )
        for point in ("ba", "bb")
    ),
    *(
        Rule(
            id=f"art5.binding.{point}",
            concludes="art5.binding",
            when=f"art5.binding_{point}",
            source=f"Art. 5(1)({point})",
            versions=ONLY_AMENDED if point in ("ba", "bb") else ALL_VERSIONS,
            title_en="A prohibition of Art. 5(1) binds this organisation",
            title_nl="Een verbod van artikel 5, lid 1, geldt voor deze organisatie",
        )
        for point in ("a", "b", "ba", "bb", "c", "d", "e", "f", "g", "h")
    ),
)
