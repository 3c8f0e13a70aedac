"""The interview questions for the facts of the definitions (issue 13), as plain data.

One entry per question: the facts it sets (named as the engine names them, e.g.
``definition.learns_from_data``, ``biometrics.emotion_subjects``,
``model.definition.narrow_tasks_only``, which are also the names of the open questions), the
question and its help text in English and in Dutch (plain language, B1; the official Dutch terms
of Regulation (EU) 2024/1689), the kind of answer, the options with the facts each sets, and the
provisions it rests on.

Kinds of answer:

``yes_no``      yes / no / don't know: the one fact true, false or unknown.
``one_of``      one option; each option sets its facts, "don't know" sets them unknown.
``several_of``  any options. Over yes/no facts: a chosen option sets its facts as given, an option
                not chosen sets them false. Over a list field (``biometrics.emotion_subjects``):
                the answer is the list of the chosen options' values.
``amount``      a number (``model.training_compute_flop``, in FLOP).

The interview (issue 16, aiact/questions/) converts these; which question comes next is computed
from the rules, never from the order here. The direct questions ("only if you know") are listed
first in each group, the questions about facts after them. A direct question that asks again what
a question of the interview's own catalogue asks (``ai_system.direct``: ``is_ai_system``, as
``ai_system`` does; ``emotion.direct_ban``: a practice of the Art. 5 question) is left out of the
interview, and the rest of its group becomes a follow-up of that question: asked after it, and
only when its answer can still change the result (aiact.questions.catalogue).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["yes_no", "one_of", "several_of", "amount"]
FactValue = bool | str | None


@dataclass(frozen=True)
class Option:
    """One answer option and the facts it sets."""

    id: str
    label_en: str
    label_nl: str
    sets: Mapping[str, FactValue]


@dataclass(frozen=True)
class DefinitionQuestion:
    """A question of the interview that sets facts of a definition."""

    id: str
    facts: tuple[str, ...]
    text_en: str
    text_nl: str
    help_en: str
    help_nl: str
    kind: Kind
    cites: tuple[str, ...]
    """Provisions of Regulation (EU) 2024/1689 (``LegalRef`` texts) the question rests on."""
    guideline: str | None = None
    """The guideline paragraphs it follows, if any (see ``definitions.GUIDELINES``)."""
    options: tuple[Option, ...] = field(default=())


def _yes_no(fact: str) -> tuple[Option, ...]:
    return (
        Option("yes", "Yes", "Ja", {fact: True}),
        Option("no", "No", "Nee", {fact: False}),
        Option("unknown", "Don't know", "Weet ik niet", {fact: None}),
    )


def _yes_no_question(
    id: str,
    fact: str,
    text_en: str,
    text_nl: str,
    help_en: str,
    help_nl: str,
    cites: tuple[str, ...],
    guideline: str | None = None,
) -> DefinitionQuestion:
    return DefinitionQuestion(
        id=id,
        facts=(fact,),
        text_en=text_en,
        text_nl=text_nl,
        help_en=help_en,
        help_nl=help_nl,
        kind="yes_no",
        cites=cites,
        guideline=guideline,
        options=_yes_no(fact),
    )


_UNKNOWN_EN, _UNKNOWN_NL = "Don't know", "Weet ik niet"

# --------------------------------------------------------------------------- Art. 3(1)

_AI_SYSTEM: tuple[DefinitionQuestion, ...] = (
    _yes_no_question(
        "ai_system.direct",
        "is_ai_system",
        "Do you know for certain whether this is an AI system in the sense of the AI Act?",
        "Weet u zeker of dit een AI-systeem is in de zin van de AI-verordening?",
        "Answer only if you know, for example from legal advice. Otherwise choose 'Don't know': "
        "the next questions about what the system does will decide it. If you answer, your "
        "answer must not contradict those questions.",
        "Beantwoord dit alleen als u het zeker weet, bijvoorbeeld uit juridisch advies. Kies "
        "anders 'Weet ik niet': de volgende vragen over wat het systeem doet, bepalen het dan. "
        "Als u antwoordt, mag uw antwoord die vragen niet tegenspreken.",
        ("Art. 3(1)",),
    ),
    _yes_no_question(
        "ai_system.machine_based",
        "definition.machine_based",
        "Does the system run on computers: software, possibly with hardware?",
        "Werkt het systeem op computers: software, eventueel met hardware?",
        "Almost every digital system does. 'Machine-based' covers hardware and software.",
        "Bijna elk digitaal systeem doet dat. 'Op een machine gebaseerd' gaat over hardware en "
        "software.",
        ("Art. 3(1)",),
        "ai_system: paragraphs 11-13",
    ),
    _yes_no_question(
        "ai_system.autonomy",
        "definition.operates_with_some_autonomy",
        "Once the system gets its input, does it produce its result by itself, without a person "
        "working out that result by hand?",
        "Maakt het systeem zelf een resultaat zodra het de input heeft, zonder dat een mens dat "
        "resultaat met de hand uitwerkt?",
        "A system that needs a person to type in data but then calculates the outcome itself "
        "counts as working 'with some autonomy'. A tool where a person decides every result step "
        "by step does not.",
        "Een systeem waarin iemand gegevens invoert, maar dat de uitkomst daarna zelf berekent, "
        "werkt 'met enige autonomie'. Een hulpmiddel waarbij een mens elk resultaat stap voor stap "
        "bepaalt, niet.",
        ("Art. 3(1)",),
        "ai_system: paragraphs 14-20",
    ),
    _yes_no_question(
        "ai_system.objectives",
        "definition.has_objectives",
        "Is the system built to reach a goal, such as giving correct answers, making good "
        "predictions or sorting cases?",
        "Is het systeem gemaakt om een doel te bereiken, zoals juiste antwoorden geven, goede "
        "voorspellingen doen of zaken sorteren?",
        "The goal may be written into the system or follow from how it was trained.",
        "Het doel kan in het systeem zijn vastgelegd of volgen uit hoe het is getraind.",
        ("Art. 3(1)",),
        "ai_system: paragraphs 24-25",
    ),
    DefinitionQuestion(
        id="ai_system.technique",
        facts=(
            "definition.learns_from_data",
            "definition.reasons_from_encoded_knowledge",
            "definition.only_predefined_rules",
        ),
        text_en="How was the system made? Choose all that apply.",
        text_nl="Hoe is het systeem gemaakt? Kies alles wat past.",
        help_en="Machine learning: the system learned from examples or data (for example a spam "
        "filter trained on labelled e-mails, or a language model). Knowledge-based: experts "
        "entered knowledge and rules, and the system reasons with them (an expert system). Fixed "
        "rules only: it follows rules that people wrote, such as a database search, spreadsheet "
        "formulas or statistics like averages, and does not learn or reason.",
        help_nl="Machinaal leren: het systeem heeft geleerd van voorbeelden of gegevens "
        "(bijvoorbeeld een spamfilter dat is getraind op gelabelde e-mails, of een taalmodel). "
        "Op kennis gebaseerd: deskundigen hebben kennis en regels ingevoerd en het systeem "
        "redeneert daarmee (een expertsysteem). Alleen vaste regels: het volgt regels die mensen "
        "hebben geschreven, zoals een zoekopdracht in een databank, formules in een rekenblad of "
        "statistiek zoals gemiddelden, en leert of redeneert niet.",
        kind="several_of",
        cites=("Art. 3(1)",),
        guideline="ai_system: paragraphs 26-40, 46-47",
        options=(
            Option(
                "machine_learning",
                "It learned from examples or data (machine learning)",
                "Het heeft geleerd van voorbeelden of gegevens (machinaal leren)",
                {"definition.learns_from_data": True},
            ),
            Option(
                "knowledge_based",
                "It reasons with knowledge and rules entered by experts (expert system)",
                "Het redeneert met kennis en regels die deskundigen hebben ingevoerd "
                "(expertsysteem)",
                {"definition.reasons_from_encoded_knowledge": True},
            ),
            Option(
                "fixed_rules_only",
                "It only follows fixed rules that people wrote, without learning or reasoning",
                "Het volgt alleen vaste regels die mensen hebben geschreven, zonder te leren of "
                "te redeneren",
                {"definition.only_predefined_rules": True},
            ),
            Option(
                "unknown",
                _UNKNOWN_EN,
                _UNKNOWN_NL,
                {
                    "definition.learns_from_data": None,
                    "definition.reasons_from_encoded_knowledge": None,
                    "definition.only_predefined_rules": None,
                },
            ),
        ),
    ),
    DefinitionQuestion(
        id="ai_system.limited_inference",
        facts=(
            "definition.only_mathematical_optimisation",
            "definition.only_classical_heuristics",
            "definition.only_simple_prediction",
        ),
        text_en="Does the system do only one of these simple things?",
        text_nl="Doet het systeem alleen een van deze eenvoudige dingen?",
        help_en="The European Commission says these systems are not AI systems, because they can "
        "infer only in a very limited way (reading D1). Examples: machine learning that only "
        "speeds up a physics simulation; a chess program that searches moves with rules of thumb; "
        "a tool that predicts the waiting time as the average of past waiting times.",
        help_nl="Volgens de Europese Commissie zijn dit geen AI-systemen, omdat ze maar heel "
        "beperkt kunnen afleiden (lezing D1). Voorbeelden: machinaal leren dat alleen een "
        "natuurkundige simulatie versnelt; een schaakprogramma dat zetten zoekt met vuistregels; "
        "een hulpmiddel dat de wachttijd voorspelt als het gemiddelde van eerdere wachttijden.",
        kind="one_of",
        cites=("Art. 3(1)",),
        guideline="ai_system: paragraphs 41-45, 48-51",
        options=(
            Option(
                "mathematical_optimisation",
                "It only improves or speeds up a well-known mathematical optimisation method",
                "Het verbetert of versnelt alleen een bekende wiskundige optimalisatiemethode",
                {
                    "definition.only_mathematical_optimisation": True,
                    "definition.only_classical_heuristics": False,
                    "definition.only_simple_prediction": False,
                },
            ),
            Option(
                "classical_heuristics",
                "It only applies rules of thumb (heuristics), without learning from data",
                "Het past alleen vuistregels (heuristiek) toe, zonder te leren van gegevens",
                {
                    "definition.only_mathematical_optimisation": False,
                    "definition.only_classical_heuristics": True,
                    "definition.only_simple_prediction": False,
                },
            ),
            Option(
                "simple_prediction",
                "It only predicts with a simple statistic, such as the average of past data",
                "Het voorspelt alleen met een eenvoudige statistiek, zoals het gemiddelde van "
                "eerdere gegevens",
                {
                    "definition.only_mathematical_optimisation": False,
                    "definition.only_classical_heuristics": False,
                    "definition.only_simple_prediction": True,
                },
            ),
            Option(
                "none",
                "None of these",
                "Geen van deze",
                {
                    "definition.only_mathematical_optimisation": False,
                    "definition.only_classical_heuristics": False,
                    "definition.only_simple_prediction": False,
                },
            ),
            Option(
                "unknown",
                _UNKNOWN_EN,
                _UNKNOWN_NL,
                {
                    "definition.only_mathematical_optimisation": None,
                    "definition.only_classical_heuristics": None,
                    "definition.only_simple_prediction": None,
                },
            ),
        ),
    ),
    _yes_no_question(
        "ai_system.outputs",
        "definition.generates_outputs",
        "Does the system produce predictions, content (such as texts or images), "
        "recommendations or decisions?",
        "Maakt het systeem voorspellingen, inhoud (zoals teksten of beelden), aanbevelingen of "
        "beslissingen?",
        "For example a risk score, a written answer, a suggested product or an approved "
        "application.",
        "Bijvoorbeeld een risicoscore, een geschreven antwoord, een voorgesteld product of een "
        "goedgekeurde aanvraag.",
        ("Art. 3(1)",),
        "ai_system: paragraphs 52-59",
    ),
    _yes_no_question(
        "ai_system.influence",
        "definition.outputs_influence_environment",
        "Can the system's results (its predictions, content, recommendations or decisions) "
        "change something: a decision, a file, a process, a machine or what people see?",
        "Kunnen de resultaten van het systeem (zijn voorspellingen, inhoud, aanbevelingen of "
        "beslissingen) iets veranderen: een besluit, een dossier, een werkproces, een machine of "
        "wat mensen te zien krijgen?",
        "The influence may be physical (a robot arm) or virtual (data, software, a screen).",
        "De invloed kan fysiek zijn (een robotarm) of virtueel (gegevens, software, een scherm).",
        ("Art. 3(1)",),
        "ai_system: paragraph 60",
    ),
)


# --------------------------------------------------------------------------- Art. 3(39), 5(1)(f)

_SUBJECTS: tuple[tuple[str, str, str], ...] = (
    (
        "workers",
        "Workers: employees, temporary staff, trainees, volunteers, self-employed people",
        "Werkenden: werknemers, uitzendkrachten, stagiairs, vrijwilligers, zelfstandigen",
    ),
    (
        "job_candidates",
        "Job candidates, during selection, hiring or a probation period",
        "Sollicitanten, tijdens selectie, aanwerving of een proeftijd",
    ),
    (
        "students",
        "Pupils or students of a school, university or training institute",
        "Leerlingen of studenten van een school, hogeschool, universiteit of opleiding",
    ),
    (
        "education_applicants",
        "People applying for admission to a school or study programme",
        "Mensen die toelating vragen tot een school of opleiding",
    ),
    ("customers", "Customers or clients", "Klanten"),
    ("public", "Visitors, passers-by or crowds", "Bezoekers, voorbijgangers of menigten"),
    (
        "other",
        "Others, such as patients or users of an app outside school or work",
        "Anderen, zoals patiënten of mensen die een app gebruiken buiten school of werk",
    ),
)

_EMOTION: tuple[DefinitionQuestion, ...] = (
    _yes_no_question(
        "emotion.direct_recognition",
        "transparency.emotion_recognition",
        "Do you know for certain whether this is a system for the recognition of emotions (an "
        "emotion recognition system)?",
        "Weet u zeker of dit een systeem voor het herkennen van emoties is?",
        "Answer only if you know. Otherwise choose 'Don't know' and answer the questions about "
        "what the system reads and from what. Reading feelings from text only is not emotion "
        "recognition in the sense of the AI Act.",
        "Beantwoord dit alleen als u het zeker weet. Kies anders 'Weet ik niet' en beantwoord de "
        "vragen over wat het systeem afleidt en waaruit. Gevoelens afleiden uit alleen tekst is "
        "geen herkenning van emoties in de zin van de AI-verordening.",
        ("Art. 3(39)", "Art. 50(3)"),
    ),
    _yes_no_question(
        "emotion.direct_ban",
        "prohibited.f_emotion_recognition_workplace_education",
        "Do you know for certain whether the system reads the emotions of people at work or in "
        "education, on the basis of their biometric data?",
        "Weet u zeker of het systeem emoties afleidt van mensen op het werk of in het onderwijs, "
        "op basis van hun biometrische gegevens?",
        "Answer only if you know. Otherwise choose 'Don't know' and answer the next questions. "
        "Job candidates count as 'at work'; customers do not.",
        "Beantwoord dit alleen als u het zeker weet. Kies anders 'Weet ik niet' en beantwoord de "
        "volgende vragen. Sollicitanten tellen mee als 'op het werk'; klanten niet.",
        ("Art. 5(1)(f)",),
        "prohibited: paragraphs 254-255",
    ),
    DefinitionQuestion(
        id="emotion.infers",
        facts=("biometrics.infers_emotions_or_intentions",),
        text_en="Does the system conclude what people feel or intend?",
        text_nl="Leidt het systeem af wat mensen voelen of van plan zijn?",
        help_en="For example angry, happy, sad, bored, stressed, anxious or interested, also when "
        "it is called an 'attitude', 'engagement' or 'mood' score. Detecting tiredness or pain is "
        "not reading emotions, nor is only registering a smile or a raised voice without "
        "concluding what someone feels.",
        help_nl="Bijvoorbeeld boos, blij, verdrietig, verveeld, gestrest, angstig of "
        "geïnteresseerd, ook als het een score voor 'houding', 'betrokkenheid' of 'stemming' heet. "
        "Vermoeidheid of pijn vaststellen is geen afleiden van emoties, net zo min als alleen een "
        "glimlach of een luide stem registreren zonder te concluderen wat iemand voelt.",
        kind="one_of",
        cites=("Art. 3(39)", "Art. 5(1)(f)"),
        guideline="prohibited: paragraphs 247-249",
        options=(
            Option(
                "yes",
                "Yes, it concludes what people feel or intend",
                "Ja, het leidt af wat mensen voelen of van plan zijn",
                {"biometrics.infers_emotions_or_intentions": True},
            ),
            Option(
                "physical_state",
                "No, it only detects physical states such as tiredness or pain",
                "Nee, het stelt alleen lichamelijke toestanden vast, zoals vermoeidheid of pijn",
                {"biometrics.infers_emotions_or_intentions": False},
            ),
            Option(
                "apparent_expression",
                "No, it only registers visible expressions, such as a smile, without concluding "
                "what someone feels",
                "Nee, het registreert alleen zichtbare uitdrukkingen, zoals een glimlach, zonder "
                "te concluderen wat iemand voelt",
                {"biometrics.infers_emotions_or_intentions": False},
            ),
            Option(
                "unknown",
                _UNKNOWN_EN,
                _UNKNOWN_NL,
                {"biometrics.infers_emotions_or_intentions": None},
            ),
        ),
    ),
    DefinitionQuestion(
        id="emotion.basis",
        facts=("biometrics.emotions_from_biometric_data",),
        text_en="From what does the system read people's emotions or intentions?",
        text_nl="Waaruit leidt het systeem de emoties of intenties van mensen af?",
        help_en="Biometric data are data about someone's body or behaviour: face, voice, body "
        "posture, movements, the way someone types, eye movements, heartbeat or brain activity. "
        "Written text, such as e-mails, chat messages or reviews, is not biometric data.",
        help_nl="Biometrische gegevens zijn gegevens over iemands lichaam of gedrag: gezicht, "
        "stem, houding, bewegingen, de manier van typen, oogbewegingen, hartslag of "
        "hersenactiviteit. Geschreven tekst, zoals e-mails, chatberichten of recensies, is geen "
        "biometrisch gegeven.",
        kind="one_of",
        cites=("Art. 3(34)", "Art. 3(39)"),
        guideline="prohibited: paragraphs 250-252",
        options=(
            Option(
                "biometric",
                "From the face, voice, body, movements, typing or other body signals "
                "(biometric data)",
                "Uit het gezicht, de stem, het lichaam, bewegingen, typen of andere "
                "lichaamssignalen (biometrische gegevens)",
                {"biometrics.emotions_from_biometric_data": True},
            ),
            Option(
                "text_only",
                "Only from written text",
                "Alleen uit geschreven tekst",
                {"biometrics.emotions_from_biometric_data": False},
            ),
            Option(
                "unknown",
                _UNKNOWN_EN,
                _UNKNOWN_NL,
                {"biometrics.emotions_from_biometric_data": None},
            ),
        ),
    ),
    DefinitionQuestion(
        id="emotion.subjects",
        facts=("biometrics.emotion_subjects",),
        text_en="Whose emotions or intentions is the system meant to read? Choose all that apply.",
        text_nl="Van wie moet het systeem de emoties of intenties afleiden? Kies alles wat past.",
        help_en="Count the people the system is aimed at, not people who are only caught on "
        "camera by chance. An app that students must use for their school counts as use on "
        "students; the same app used privately does not.",
        help_nl="Tel de mensen op wie het systeem gericht is, niet mensen die er toevallig mee in "
        "beeld komen. Een app die leerlingen voor hun school moeten gebruiken, telt als gebruik "
        "op leerlingen; dezelfde app privé gebruikt niet.",
        kind="several_of",
        cites=("Art. 5(1)(f)",),
        guideline="prohibited: paragraphs 254-255, 266-270",
        options=tuple(
            Option(value, en, nl, {"biometrics.emotion_subjects": value})
            for value, en, nl in _SUBJECTS
        ),
    ),
    _yes_no_question(
        "emotion.own_training",
        "biometrics.emotion_results_only_for_own_training",
        "Is the system used only to train the person whose emotions it reads, with results that "
        "are not shared with HR or teachers and that cannot affect that person's assessment, "
        "promotion, marks or certificate?",
        "Wordt het systeem alleen gebruikt om de persoon te trainen van wie het de emoties "
        "afleidt, met resultaten die niet worden gedeeld met de personeelsafdeling of docenten "
        "en die geen invloed kunnen hebben op de beoordeling, promotie, cijfers of het diploma "
        "van die persoon?",
        "For example a coaching tool for call-centre staff that only the trainee sees, or a "
        "role-play exercise for actors or teachers. The European Commission allows this (reading "
        "D3), as long as the ban is not circumvented.",
        "Bijvoorbeeld een coachingsprogramma voor callcentermedewerkers dat alleen de cursist "
        "ziet, of een rollenspel voor acteurs of docenten. De Europese Commissie staat dit toe "
        "(lezing D3), zolang het verbod niet wordt omzeild.",
        ("Art. 5(1)(f)",),
        "prohibited: paragraphs 254-255",
    ),
    _yes_no_question(
        "emotion.medical_or_safety",
        "prohibited.f_medical_or_safety_reasons",
        "Is the system meant for medical or safety reasons?",
        "Is het systeem bedoeld om medische redenen of om veiligheidsredenen?",
        "Medical: a CE-marked medical device, for example to help employees or students with "
        "autism. Safety: protecting life or health, for example against a specific danger near "
        "dangerous machines. Not: general wellbeing, stress or burnout monitoring, motivation, or "
        "protecting property against theft.",
        "Medisch: een medisch hulpmiddel met CE-markering, bijvoorbeeld om werknemers of "
        "leerlingen met autisme te helpen. Veiligheid: leven of gezondheid beschermen, "
        "bijvoorbeeld tegen een specifiek gevaar bij gevaarlijke machines. Niet: algemeen welzijn, "
        "stress of burn-out volgen, motivatie, of bezittingen beschermen tegen diefstal.",
        ("Art. 5(1)(f)",),
        "prohibited: paragraphs 256-263",
    ),
)


# --------------------------------------------------------------------------- Art. 3(40), 5(1)(g)

_CATEGORISATION: tuple[DefinitionQuestion, ...] = (
    _yes_no_question(
        "categorisation.direct",
        "transparency.biometric_categorisation",
        "Do you know for certain whether this is a biometric categorisation system?",
        "Weet u zeker of dit een systeem voor biometrische categorisering is?",
        "Answer only if you know. Otherwise choose 'Don't know' and answer the next questions.",
        "Beantwoord dit alleen als u het zeker weet. Kies anders 'Weet ik niet' en beantwoord de "
        "volgende vragen.",
        ("Art. 3(40)", "Art. 50(3)"),
    ),
    _yes_no_question(
        "categorisation.direct_ban",
        "prohibited.g_biometric_categorisation_sensitive_traits",
        "Do you know for certain whether the system sorts individual people by their biometric "
        "data to infer their race, political opinions, trade union membership, religion or "
        "beliefs, sex life or sexual orientation?",
        "Weet u zeker of het systeem individuele personen indeelt op basis van hun biometrische "
        "gegevens om hun ras, politieke opvattingen, lidmaatschap van een vakbond, religie of "
        "levensovertuiging, seksleven of seksuele gerichtheid af te leiden?",
        "Answer only if you know. Otherwise choose 'Don't know' and answer the next questions.",
        "Beantwoord dit alleen als u het zeker weet. Kies anders 'Weet ik niet' en beantwoord de "
        "volgende vragen.",
        ("Art. 5(1)(g)",),
    ),
    _yes_no_question(
        "categorisation.categorises",
        "biometrics.categorises_persons_by_biometric_data",
        "Does the system sort people into groups (such as age group, sex or ethnicity) on the "
        "basis of their face, body, voice or other biometric data?",
        "Deelt het systeem mensen in groepen in (zoals leeftijdsgroep, geslacht of etniciteit) op "
        "basis van hun gezicht, lichaam, stem of andere biometrische gegevens?",
        "Sorting by clothing, accessories or social media activity does not count.",
        "Indelen op kleding, accessoires of activiteit op sociale media telt niet mee.",
        ("Art. 3(40)",),
        "prohibited: paragraphs 276-278",
    ),
    _yes_no_question(
        "categorisation.ancillary",
        "biometrics.categorisation_ancillary_and_technically_necessary",
        "Is the system's sorting of people by their biometric data only a small part of another "
        "service that cannot work without it for technical reasons, such as a filter to try on "
        "glasses in a web shop?",
        "Is het indelen van mensen op basis van hun biometrische gegevens alleen een klein "
        "onderdeel van een andere dienst, die om technische redenen niet zonder kan, zoals een "
        "filter om een bril te passen in een webwinkel?",
        "Both must be true: it belongs to another commercial service and it is strictly "
        "necessary for objective technical reasons. Sorting people to target political or "
        "commercial messages is never that.",
        "Beide moeten waar zijn: het hoort bij een andere commerciële dienst en het is om "
        "objectieve technische redenen strikt noodzakelijk. Mensen indelen om hun gerichte "
        "politieke of commerciële boodschappen te sturen, is dat nooit.",
        ("Art. 3(40)",),
        "prohibited: paragraphs 279-280",
    ),
    _yes_no_question(
        "categorisation.individual",
        "biometrics.categorises_individually",
        "Does the system sort each person individually, not only a crowd as a whole?",
        "Deelt het systeem ieder persoon afzonderlijk in, niet alleen een menigte als geheel?",
        "Counting the age and sex of each passer-by is individual sorting.",
        "De leeftijd en het geslacht van elke voorbijganger tellen is afzonderlijk indelen.",
        ("Art. 5(1)(g)",),
        "prohibited: paragraph 282",
    ),
    DefinitionQuestion(
        id="categorisation.traits",
        facts=(
            "biometrics.infers_art5g_sensitive_traits",
            "biometrics.infers_other_protected_attributes",
        ),
        text_en="What does the system infer about people? Choose all that apply.",
        text_nl="Wat leidt het systeem af over mensen? Kies alles wat past.",
        help_en="Protected characteristics under EU non-discrimination law include sex, age, "
        "disability, health, ethnic origin and language.",
        help_nl="Beschermde kenmerken in het Europese non-discriminatierecht zijn onder meer "
        "geslacht, leeftijd, handicap, gezondheid, etnische afkomst en taal.",
        kind="several_of",
        cites=("Art. 5(1)(g)", "Annex III, point 1(b)"),
        guideline="prohibited: paragraphs 283, 287",
        options=(
            Option(
                "art5g",
                "Race, political opinions, trade union membership, religion or beliefs, sex life "
                "or sexual orientation",
                "Ras, politieke opvattingen, lidmaatschap van een vakbond, religie of "
                "levensovertuiging, seksleven of seksuele gerichtheid",
                {"biometrics.infers_art5g_sensitive_traits": True},
            ),
            Option(
                "other_protected",
                "Other sensitive or protected characteristics",
                "Andere gevoelige of beschermde kenmerken",
                {"biometrics.infers_other_protected_attributes": True},
            ),
            Option(
                "unknown",
                _UNKNOWN_EN,
                _UNKNOWN_NL,
                {
                    "biometrics.infers_art5g_sensitive_traits": None,
                    "biometrics.infers_other_protected_attributes": None,
                },
            ),
        ),
    ),
)


# ---------------------------------------------------------------------- Art. 3(35)-(44), 5(1)(h)

_IDENTIFICATION: tuple[DefinitionQuestion, ...] = (
    _yes_no_question(
        "identification.direct_ban",
        "prohibited.h_realtime_rbi_public_spaces_law_enforcement",
        "Do you know for certain whether the system is used for real-time remote biometric "
        "identification in publicly accessible spaces for law enforcement?",
        "Weet u zeker of het systeem wordt gebruikt voor biometrische identificatie op afstand in "
        "real time in openbare ruimten met het oog op de rechtshandhaving?",
        "Answer only if you know. Otherwise choose 'Don't know' and answer the next questions.",
        "Beantwoord dit alleen als u het zeker weet. Kies anders 'Weet ik niet' en beantwoord de "
        "volgende vragen.",
        ("Art. 5(1)(h)",),
    ),
    DefinitionQuestion(
        id="identification.identifies",
        facts=("biometrics.identifies_persons_by_biometric_data",),
        text_en="Does the system find out who someone is from their face, voice, walk or other "
        "biometric data?",
        text_nl="Stelt het systeem vast wie iemand is aan de hand van gezicht, stem, manier van "
        "lopen of andere biometrische gegevens?",
        help_en="Identification compares a person with the biometric data of many people in a "
        "database. Checking that someone is who they say they are (one-to-one, such as a "
        "passport e-gate or unlocking a phone) is verification, not identification.",
        help_nl="Identificatie vergelijkt een persoon met de biometrische gegevens van veel "
        "mensen in een databank. Controleren of iemand is wie hij zegt te zijn (één op één, zoals "
        "een paspoortpoort of een telefoon ontgrendelen) is verificatie, geen identificatie.",
        kind="one_of",
        cites=("Art. 3(35)", "Art. 3(36)", "Annex III, point 1(a)"),
        guideline="prohibited: paragraphs 297-303, 309",
        options=(
            Option(
                "identifies",
                "Yes, it compares people with a database to find out who they are",
                "Ja, het vergelijkt mensen met een databank om vast te stellen wie ze zijn",
                {"biometrics.identifies_persons_by_biometric_data": True},
            ),
            Option(
                "verifies",
                "No, it only checks that someone is who they say they are",
                "Nee, het controleert alleen of iemand is wie hij zegt te zijn",
                {
                    "biometrics.identifies_persons_by_biometric_data": False,
                    "annex_iii.biometric_verification_only": True,
                },
            ),
            Option(
                "no",
                "No, it does not recognise people",
                "Nee, het herkent geen mensen",
                {"biometrics.identifies_persons_by_biometric_data": False},
            ),
            Option(
                "unknown",
                _UNKNOWN_EN,
                _UNKNOWN_NL,
                {"biometrics.identifies_persons_by_biometric_data": None},
            ),
        ),
    ),
    _yes_no_question(
        "identification.remote",
        "biometrics.identification_without_active_involvement",
        "Are people identified without taking part themselves, for example by cameras in a "
        "street or station?",
        "Worden mensen geïdentificeerd zonder dat ze daar zelf aan meewerken, bijvoorbeeld door "
        "camera's op straat of op een station?",
        "Answer 'No' if people step up to a scanner on purpose, for example to open a door, "
        "unlock a device or enter a building.",
        "Antwoord 'Nee' als mensen bewust naar een scanner toe stappen, bijvoorbeeld om een deur "
        "te openen, een apparaat te ontgrendelen of een gebouw binnen te gaan.",
        ("Art. 3(41)",),
        "prohibited: paragraphs 304-308",
    ),
    DefinitionQuestion(
        id="identification.timing",
        facts=("biometrics.identification_without_significant_delay",),
        text_en="When does the identification take place?",
        text_nl="Wanneer vindt de identificatie plaats?",
        help_en="Real time also includes a short delay. Afterwards means on recordings, when the "
        "person has usually left the place. If the system can do both, choose real time: a "
        "system that identifies in real time is not a post-remote biometric identification "
        "system (Art. 3(43)). A use afterwards in a targeted search for a suspect is asked "
        "about separately.",
        help_nl="In real time omvat ook een korte vertraging. Achteraf betekent op opnamen, als "
        "de persoon de plek meestal al heeft verlaten. Kan het systeem allebei, kies dan in real "
        "time: een systeem dat in real time identificeert, is geen systeem voor biometrische "
        "identificatie op afstand achteraf (artikel 3, punt 43). Een gebruik achteraf bij het "
        "gericht zoeken naar een verdachte wordt apart gevraagd.",
        kind="one_of",
        cites=("Art. 3(42)", "Art. 3(43)"),
        guideline="prohibited: paragraphs 310-312",
        options=(
            Option(
                "real_time",
                "Live, or with only a short delay (real time)",
                "Direct, of met alleen een korte vertraging (in real time)",
                {"biometrics.identification_without_significant_delay": True},
            ),
            Option(
                "post",
                "Afterwards, on recorded images or sound",
                "Achteraf, op opgenomen beelden of geluid",
                {"biometrics.identification_without_significant_delay": False},
            ),
            Option(
                "unknown",
                _UNKNOWN_EN,
                _UNKNOWN_NL,
                {"biometrics.identification_without_significant_delay": None},
            ),
        ),
    ),
    DefinitionQuestion(
        id="identification.space",
        facts=(
            "biometrics.space_is_physical",
            "biometrics.space_accessible_to_undetermined_number",
        ),
        text_en="Where is the system used?",
        text_nl="Waar wordt het systeem gebruikt?",
        help_en="A place open to anyone stays open when you need a ticket or must be of a certain "
        "age, such as a stadium or a concert. A workplace with badge access, a prison or a "
        "border check is not open to anyone. Online spaces are not physical places.",
        help_nl="Een plek die voor iedereen toegankelijk is, blijft dat als er een kaartje nodig "
        "is of een minimumleeftijd geldt, zoals een stadion of een concert. Een "
        "werkplek met toegangspas, een gevangenis of een grenscontrole is niet voor iedereen "
        "toegankelijk. Online ruimten zijn geen fysieke plekken.",
        kind="one_of",
        cites=("Art. 3(44)",),
        guideline="prohibited: paragraphs 313-318",
        options=(
            Option(
                "open",
                "A physical place open to anyone: street, station, shop, stadium, concert hall",
                "Een fysieke plek die voor iedereen toegankelijk is: straat, station, winkel, "
                "stadion, concertzaal",
                {
                    "biometrics.space_is_physical": True,
                    "biometrics.space_accessible_to_undetermined_number": True,
                },
            ),
            Option(
                "restricted",
                "A physical place with controlled access: badge-controlled workplace, prison, "
                "border control",
                "Een fysieke plek met toegangscontrole: werkplek met toegangspas, gevangenis, "
                "grenscontrole",
                {
                    "biometrics.space_is_physical": True,
                    "biometrics.space_accessible_to_undetermined_number": False,
                },
            ),
            Option(
                "online",
                "Online: websites, chat rooms, social media",
                "Online: websites, chatrooms, sociale media",
                {"biometrics.space_is_physical": False},
            ),
            Option(
                "unknown",
                _UNKNOWN_EN,
                _UNKNOWN_NL,
                {
                    "biometrics.space_is_physical": None,
                    "biometrics.space_accessible_to_undetermined_number": None,
                },
            ),
        ),
    ),
    _yes_no_question(
        "identification.law_enforcement",
        "biometrics.for_law_enforcement_purposes",
        "Is it used to prevent, investigate, detect or prosecute crimes or to carry out criminal "
        "penalties (law enforcement)?",
        "Wordt het gebruikt om strafbare feiten te voorkomen, te onderzoeken, op te sporen of te "
        "vervolgen, of om straffen uit te voeren (rechtshandhaving)?",
        "This applies whoever uses it: the police or another law enforcement authority, or an "
        "organisation acting on their behalf.",
        "Dit geldt ongeacht wie het gebruikt: de politie of een andere "
        "rechtshandhavingsinstantie, of een organisatie die namens hen optreedt.",
        ("Art. 3(46)", "Art. 5(1)(h)"),
        "prohibited: paragraphs 319-320",
    ),
)


# --------------------------------------------------------------------------- Art. 3(63)

_GPAI: tuple[DefinitionQuestion, ...] = (
    _yes_no_question(
        "gpai.direct",
        "model.is_general_purpose",
        "Do you know for certain whether this is a general-purpose AI model: one that can "
        "competently perform a wide range of distinct tasks?",
        "Weet u zeker of dit een AI-model voor algemene doeleinden is: een model dat een breed "
        "scala aan verschillende taken op competente wijze kan uitvoeren?",
        "Answer only if you know, for example a model that is exceptionally general although it "
        "was trained with little compute. Otherwise choose 'Don't know' and answer the next "
        "questions.",
        "Beantwoord dit alleen als u het zeker weet, bijvoorbeeld bij een model dat met weinig "
        "rekenkracht is getraind maar toch uitzonderlijk algemeen is. Kies anders 'Weet ik niet' "
        "en beantwoord de volgende vragen.",
        ("Art. 3(63)",),
        "gpai: paragraph 20",
    ),
    DefinitionQuestion(
        id="gpai.compute",
        facts=("model.training_compute_flop",),
        text_en="How much computing power was used to train the model, in floating-point "
        "operations (FLOP)?",
        text_nl="Hoeveel rekenkracht is gebruikt om het model te trainen, in "
        "zwevendekommabewerkingen (FLOP)?",
        help_en="Count all training, including pre-training, synthetic data and fine-tuning. For a "
        "large language model a rough estimate is six times the number of parameters times the "
        "number of training tokens. About 10^23 FLOP is typical for a model with a billion "
        "parameters trained on a large amount of data.",
        help_nl="Tel alle training mee, ook voortraining, synthetische gegevens en verfijning. "
        "Voor een groot taalmodel is een ruwe schatting zes maal het aantal parameters maal het "
        "aantal trainingstokens. Ongeveer 10^23 FLOP is gebruikelijk voor een model met een "
        "miljard parameters dat op een grote hoeveelheid gegevens is getraind.",
        kind="amount",
        cites=("Art. 3(67)", "Art. 51(2)"),
        guideline="gpai: paragraphs 16-18, 118, 132",
    ),
    DefinitionQuestion(
        id="gpai.modalities",
        facts=(
            "model.definition.generates_language",
            "model.definition.generates_images_from_text",
            "model.definition.generates_video_from_text",
        ),
        text_en="What can the model generate? Choose all that apply.",
        text_nl="Wat kan het model genereren? Kies alles wat past.",
        help_en="Language includes text, computer code, audio and speech.",
        help_nl="Taal omvat tekst, computercode, audio en spraak.",
        kind="several_of",
        cites=("Art. 3(63)",),
        guideline="gpai: paragraphs 17-19",
        options=(
            Option(
                "language",
                "Language: text, code, audio or speech",
                "Taal: tekst, code, audio of spraak",
                {"model.definition.generates_language": True},
            ),
            Option(
                "text_to_image",
                "Images from a text description",
                "Beelden uit een tekstbeschrijving",
                {"model.definition.generates_images_from_text": True},
            ),
            Option(
                "text_to_video",
                "Video from a text description",
                "Video uit een tekstbeschrijving",
                {"model.definition.generates_video_from_text": True},
            ),
            Option(
                "unknown",
                _UNKNOWN_EN,
                _UNKNOWN_NL,
                {
                    "model.definition.generates_language": None,
                    "model.definition.generates_images_from_text": None,
                    "model.definition.generates_video_from_text": None,
                },
            ),
        ),
    ),
    _yes_no_question(
        "gpai.narrow",
        "model.definition.narrow_tasks_only",
        "Was the model trained for one narrow task and can it do only that well?",
        "Is het model getraind voor één beperkte taak en kan het alleen die goed uitvoeren?",
        "For example only transcribing speech, only reading text aloud, only sharpening or "
        "repairing images, only making music or sound effects, only playing a game or only "
        "predicting the weather. Such a model is not a general-purpose AI model, even when it "
        "was trained with a lot of computing power.",
        "Bijvoorbeeld alleen spraak uitschrijven, alleen tekst voorlezen, alleen beelden "
        "verscherpen of herstellen, alleen muziek of geluidseffecten maken, alleen een spel "
        "spelen of alleen het weer voorspellen. Zo'n model is geen AI-model voor algemene "
        "doeleinden, ook niet als het met veel rekenkracht is getraind.",
        ("Art. 3(63)",),
        "gpai: paragraph 20 and its examples",
    ),
)


QUESTIONS: tuple[DefinitionQuestion, ...] = (
    *_AI_SYSTEM,
    *_EMOTION,
    *_CATEGORISATION,
    *_IDENTIFICATION,
    *_GPAI,
)
"""Every question about the facts of the definitions of issue 13."""

__all__ = ["QUESTIONS", "DefinitionQuestion", "Kind", "Option"]
