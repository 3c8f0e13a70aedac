"""The questions of the interview, as data (the format is described in :mod:`.model`).

Plain language (B1) in both languages; the Dutch uses the terms of the official Dutch text of the
Act (aanbieder, gebruiksverantwoordelijke, in de handel brengen, ...). A question names the
definitions it relies on and the provisions it asks about. The order here is the natural order of
a conversation (what it is, where, who you are, then the risk categories); it is only the last
tie-break of the ranking, which is computed from the rules (:mod:`.relevance`).

To add a question for a new fact: append a mapping to :data:`QUESTIONS` (or to the question list
of the module that declares the fact, registered in :data:`aiact.questions.catalogue.SOURCES`).
"""

from __future__ import annotations

from typing import Any

from aiact.facts import EU_MEMBER_STATES
from aiact.rules.classification import ANNEX_I, ANNEX_III

# --------------------------------------------------------------------------- definitions

#: The terms questions rely on: (English, official Dutch term, the provision defining it).
DEFINITIONS: dict[str, tuple[str, str, str]] = {
    "ai_system": ("AI system", "AI-systeem", "Art. 3, point 1"),
    "provider": ("provider", "aanbieder", "Art. 3, point 3"),
    "deployer": ("deployer", "gebruiksverantwoordelijke", "Art. 3, point 4"),
    "authorised_representative": ("authorised representative", "gemachtigde", "Art. 3, point 5"),
    "importer": ("importer", "importeur", "Art. 3, point 6"),
    "distributor": ("distributor", "distributeur", "Art. 3, point 7"),
    "product_manufacturer": ("product manufacturer", "productfabrikant", "Art. 25(3)"),
    "placing_on_market": ("placing on the market", "in de handel brengen", "Art. 3, point 9"),
    "making_available": (
        "making available on the market",
        "op de markt aanbieden",
        "Art. 3, point 10",
    ),
    "putting_into_service": ("putting into service", "in gebruik stellen", "Art. 3, point 11"),
    "intended_purpose": ("intended purpose", "beoogd doel", "Art. 3, point 12"),
    "safety_component": ("safety component", "veiligheidscomponent", "Art. 3, point 14"),
    "substantial_modification": (
        "substantial modification",
        "substantiële wijziging",
        "Art. 3, point 23",
    ),
    "conformity_assessment": (
        "conformity assessment",
        "conformiteitsbeoordeling",
        "Art. 3, point 20",
    ),
    "biometric_data": ("biometric data", "biometrische gegevens", "Art. 3, point 34"),
    "biometric_verification": (
        "biometric verification",
        "biometrische verificatie",
        "Art. 3, point 36",
    ),
    "emotion_recognition_system": (
        "emotion recognition system",
        "systeem voor het herkennen van emoties",
        "Art. 3, point 39",
    ),
    "biometric_categorisation_system": (
        "biometric categorisation system",
        "systeem voor biometrische categorisering",
        "Art. 3, point 40",
    ),
    "real_time_rbi": (
        "real-time remote biometric identification system",
        "systeem voor biometrische identificatie op afstand in real time",
        "Art. 3, point 42",
    ),
    "post_rbi": (
        "post-remote biometric identification system",
        "systeem voor biometrische identificatie op afstand achteraf",
        "Art. 3, point 43",
    ),
    "publicly_accessible_space": (
        "publicly accessible space",
        "openbare ruimte",
        "Art. 3, point 44",
    ),
    "law_enforcement_authority": (
        "law enforcement authority",
        "rechtshandhavingsinstantie",
        "Art. 3, point 45",
    ),
    "law_enforcement": ("law enforcement", "rechtshandhaving", "Art. 3, point 46"),
    "ai_office": ("AI Office", "AI-bureau", "Art. 3, point 47"),
    "market_surveillance_authority": (
        "market surveillance authority",
        "markttoezichtautoriteit",
        "Art. 3, point 26",
    ),
    "profiling": ("profiling", "profilering", "Art. 3, point 52"),
    "real_world_testing": (
        "testing in real-world conditions",
        "testen onder reële omstandigheden",
        "Art. 3, point 57",
    ),
    "deep_fake": ("deep fake", "deepfake", "Art. 3, point 60"),
    "gpai_model": (
        "general-purpose AI model",
        "AI-model voor algemene doeleinden",
        "Art. 3, point 63",
    ),
    "high_impact_capabilities": (
        "high-impact capabilities",
        "capaciteiten met een grote impact",
        "Art. 3, point 64",
    ),
    "systemic_risk": ("systemic risk", "systeemrisico", "Art. 3, point 65"),
    "gpai_system": (
        "general-purpose AI system",
        "AI-systeem voor algemene doeleinden",
        "Art. 3, point 66",
    ),
    "flop": ("floating-point operation", "zwevendekommabewerking", "Art. 3, point 67"),
    "high_risk_ai_system": ("high-risk AI system", "AI-systeem met een hoog risico", "Art. 6"),
    "sme": ("SME", "kmo", "Art. 3, point 14a"),
}

#: The id of the Art. 6(3) question: the derogation's conditions and the profiling of its third
#: subparagraph, in one step (round 18).
ART6_3_QUESTION = "art6_3_conditions"

#: The id of the Annex I question of Art. 6(1): the AI system as the product or a safety
#: component of it, the third-party assessment and the exceptions of Art. 6(1a)-(1c), in one
#: step (round 18; until then ``annex_i_product`` and ``annex_i_conditions``, whose saved answers
#: :mod:`aiact.questions.retired` reads).
ART6_1_QUESTION = "art6_1_conditions"


# --------------------------------------------------------------------------- helpers


def _yes_no(
    qid: str,
    fact: str,
    text_en: str,
    text_nl: str,
    help_en: str = "",
    help_nl: str = "",
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": qid,
        "kind": "yes_no",
        "fact": fact,
        "text_en": text_en,
        "text_nl": text_nl,
        "help_en": help_en,
        "help_nl": help_nl,
        **extra,
    }


def _opt(
    oid: str, text_en: str, text_nl: str, sets: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    return {"id": oid, "text_en": text_en, "text_nl": text_nl, "sets": sets, **extra}


_MEMBER_STATE_NAMES: dict[str, tuple[str, str]] = {
    "AT": ("Austria", "Oostenrijk"),
    "BE": ("Belgium", "België"),
    "BG": ("Bulgaria", "Bulgarije"),
    "CY": ("Cyprus", "Cyprus"),
    "CZ": ("Czechia", "Tsjechië"),
    "DE": ("Germany", "Duitsland"),
    "DK": ("Denmark", "Denemarken"),
    "EE": ("Estonia", "Estland"),
    "EL": ("Greece", "Griekenland"),
    "ES": ("Spain", "Spanje"),
    "FI": ("Finland", "Finland"),
    "FR": ("France", "Frankrijk"),
    "HR": ("Croatia", "Kroatië"),
    "HU": ("Hungary", "Hongarije"),
    "IE": ("Ireland", "Ierland"),
    "IT": ("Italy", "Italië"),
    "LT": ("Lithuania", "Litouwen"),
    "LU": ("Luxembourg", "Luxemburg"),
    "LV": ("Latvia", "Letland"),
    "MT": ("Malta", "Malta"),
    "NL": ("the Netherlands", "Nederland"),
    "PL": ("Poland", "Polen"),
    "PT": ("Portugal", "Portugal"),
    "RO": ("Romania", "Roemenië"),
    "SE": ("Sweden", "Zweden"),
    "SI": ("Slovenia", "Slovenië"),
    "SK": ("Slovakia", "Slowakije"),
}
assert set(_MEMBER_STATE_NAMES) <= EU_MEMBER_STATES


def _member_state_options() -> list[dict[str, Any]]:
    first = ["NL", "BE", "DE", "FR"]
    codes = first + sorted(set(_MEMBER_STATE_NAMES) - set(first))
    return [
        _opt(
            code.lower(),
            _MEMBER_STATE_NAMES[code][0],
            _MEMBER_STATE_NAMES[code][1],
            # A Member State's code is a place of establishment in the Union: the rules derive
            # org.established_in_union from it (Art. 2(1)(b); round 7), so the answer sets only
            # the country (a respondent who knows the country need not also know the flag).
            {"organisation.member_state": code},
        )
        for code in codes
    ]


def _annex_i_options() -> list[dict[str, Any]]:
    return [
        _opt(
            entry.legislation,
            f"{entry.title_en} ({entry.where_en or f'Annex I, Section {entry.section}'})",
            f"{entry.title_nl} ({entry.where_nl or f'bijlage I, afdeling {entry.section}'})",
            {"annex_i.legislation": entry.legislation},
        )
        for entry in ANNEX_I
    ]


_LE_EN = "Used by or on behalf of law enforcement authorities (or by EU bodies in their support) "
_LE_NL = (
    "Door of namens rechtshandhavingsinstanties gebruikt (of door instellingen, organen of "
    "instanties van de Unie ter ondersteuning van hen) "
)
_MIGRATION_EN = (
    "Used by or on behalf of competent public authorities (or by EU bodies) in migration, asylum "
    "or border control "
)
_MIGRATION_NL = (
    "Door of namens bevoegde overheidsinstanties gebruikt (of door instellingen, organen of "
    "instanties van de Unie) bij migratie, asiel of grenstoezicht "
)

#: The option texts of the Annex III points whose short title leaves out a condition of the
#: point: who uses the system (points 5(a), 6, 7 and 8(a): "by or on behalf of ..."), the uses
#: point 5(a) adds ("grant, reduce, revoke, or reclaim"), the sectors of point 2 and the
#: alternative dispute resolution of point 8(a). A person answers these words, and no rule of
#: these points reads who uses the system (AUDIT.md Q1, round 11); the other points' titles say
#: their condition. The rule titles keep the short titles (aiact.rules.classification).
_ANNEX_III_OPTION_TEXTS: dict[str, tuple[str, str]] = {
    "2": (
        "Safety component in the management and operation of critical digital infrastructure, "
        "road traffic, or the supply of water, gas, heating or electricity",
        "Veiligheidscomponent bij het beheer of de exploitatie van kritieke digitale "
        "infrastructuur, wegverkeer of de levering van water, gas, verwarming of elektriciteit",
    ),
    "5a": (
        "Used by or on behalf of public authorities to evaluate whether people are eligible for "
        "essential public assistance benefits and services (including healthcare), or to grant, "
        "reduce, revoke or reclaim them",
        "Door of namens overheidsinstanties gebruikt om te beoordelen of mensen in aanmerking "
        "komen voor essentiële overheidsuitkeringen en -diensten (ook gezondheidsdiensten), of "
        "om die te verlenen, te beperken, in te trekken of terug te vorderen",
    ),
    "6a": (
        _LE_EN + "to assess the risk that a person becomes the victim of criminal offences",
        _LE_NL + "om het risico te beoordelen dat iemand slachtoffer wordt van strafbare feiten",
    ),
    "6b": (
        _LE_EN + "as polygraphs or similar tools",
        _LE_NL + "als leugendetector of iets dergelijks",
    ),
    "6c": (
        _LE_EN + "to evaluate the reliability of evidence in the investigation or prosecution of "
        "criminal offences",
        _LE_NL + "om de betrouwbaarheid van bewijsmateriaal te beoordelen bij het onderzoek naar "
        "of de vervolging van strafbare feiten",
    ),
    "6d": (
        _LE_EN + "to assess the risk that a person offends or re-offends (not only on the basis "
        "of profiling), or to assess personality traits or past criminal behaviour",
        _LE_NL + "om het risico te beoordelen dat iemand (opnieuw) een strafbaar feit pleegt (niet "
        "alleen op basis van profilering), of om persoonlijkheidskenmerken of eerder crimineel "
        "gedrag te beoordelen",
    ),
    "6e": (
        _LE_EN + "to profile persons when detecting, investigating or prosecuting criminal "
        "offences",
        _LE_NL + "om personen te profileren bij het opsporen, onderzoeken of vervolgen van "
        "strafbare feiten",
    ),
    "7a": (
        _MIGRATION_EN + "as polygraphs or similar tools",
        _MIGRATION_NL + "als leugendetector of iets dergelijks",
    ),
    "7b": (
        _MIGRATION_EN + "to assess a risk (for example a security risk, a risk of irregular "
        "migration or a health risk) posed by a person who intends to enter or has entered a "
        "Member State",
        _MIGRATION_NL + "om risico's te beoordelen (bijvoorbeeld een veiligheidsrisico, een "
        "risico op illegale migratie of een gezondheidsrisico) van iemand die een lidstaat wil "
        "binnenkomen of is binnengekomen",
    ),
    "7c": (
        _MIGRATION_EN + "to assist in examining applications for asylum, visa or residence "
        "permits and related complaints",
        _MIGRATION_NL + "om te helpen bij de behandeling van aanvragen voor asiel, visa of "
        "verblijfsvergunningen en van klachten daarover",
    ),
    "7d": (
        _MIGRATION_EN + "to detect, recognise or identify persons",
        _MIGRATION_NL + "om personen op te sporen, te herkennen of te identificeren",
    ),
    "8a": (
        "Used by or on behalf of a judicial authority to help it research and interpret facts "
        "and the law and apply the law to facts, or used in a similar way in alternative "
        "dispute resolution",
        "Door of namens een gerechtelijke instantie gebruikt om haar te helpen feiten en het "
        "recht te onderzoeken en uit te leggen en het recht op feiten toe te passen, of op "
        "dezelfde manier gebruikt bij alternatieve geschillenbeslechting",
    ),
}


#: The help of the Annex III options whose condition rests on a definition a person needs: point
#: 2's "safety component" (Art. 3(14)), which Art. 6(1a)-(1b), inserted by Regulation (EU)
#: 2026/1744 "for the purposes of this Regulation", narrows in words that follow from Art.
#: 3(14) itself (a component that fulfils no safety function and whose failure endangers no one
#: is none). Under the amended text the rules also read the Art. 6(1a)-(1b) facts for point 2
#: (reading A15, ADR 0035; round 11 audit D3), asked by the question art6_1a_safety_aspects
#: in the words of the option below.
_ANNEX_III_OPTION_HELP: dict[str, tuple[str, str]] = {
    "2": (
        "A safety component fulfils a safety function, or its failure or malfunctioning "
        "endangers the health and safety of persons or property (Art. 3(14)). A system used "
        "solely for non-safety related aspects of user assistance, performance optimisation, "
        "service efficiency, automation or convenience or quality control is not one, unless "
        "its failure or malfunctioning would endanger health and safety (Art. 6(1a) and "
        "6(1b)).",
        "Een veiligheidscomponent vervult een veiligheidsfunctie, of het falen of gebrekkig "
        "functioneren ervan brengt de gezondheid en veiligheid van personen of eigendom in "
        "gevaar (artikel 3, punt 14). Een systeem dat alleen wordt gebruikt voor zaken die niets "
        "met veiligheid te maken hebben (hulp bij het bedienen, betere prestaties, "
        "efficiëntere dienstverlening, automatisering, gemak of kwaliteitscontrole) is er geen, "
        "tenzij het falen of gebrekkig functioneren ervan de gezondheid en veiligheid in gevaar "
        "zou brengen (artikel 6, leden 1 bis en 1 ter).",
    ),
}


def _art6_1a_options() -> list[dict[str, Any]]:
    """The two options of Art. 6(1a)-(1b) amended (whether the AI system is a safety component),
    offered by art6_1a_safety_aspects and by art6_1_conditions (round 12: one question on the
    Annex I route; the first asked settles both facts)."""
    return [
        _opt(
            "non_safety_functions",
            "The AI system is used only for aspects that have nothing to do with safety: "
            "help with use, performance, efficiency, automation, convenience or quality "
            "control",
            "Het AI-systeem wordt alleen gebruikt voor aspecten die niets met veiligheid te "
            "maken hebben: hulp bij het gebruik, prestaties, efficiëntie, automatisering, "
            "gemak of kwaliteitscontrole",
            {"annex_i.solely_non_safety_functions": True},
        ),
        _opt(
            "failure_endangers",
            # Art. 6(1b) "the failure or malfunctioning of which would endanger health and
            # safety"; NL in the terms of Art. 3(14) NL "falen of gebrekkig functioneren"
            # (review22).
            "A failure or malfunctioning of the AI system would endanger health and safety",
            "Het falen of gebrekkig functioneren van het AI-systeem zou de gezondheid en "
            "veiligheid in gevaar brengen",
            {"annex_i.failure_endangers_health_safety": True},
        ),
    ]


def _annex_iii_options() -> list[dict[str, Any]]:
    options = []
    for entry in ANNEX_III:
        title_en, title_nl = _ANNEX_III_OPTION_TEXTS.get(
            entry.point, (entry.title_en, entry.title_nl)
        )
        help_en, help_nl = _ANNEX_III_OPTION_HELP.get(entry.point, ("", ""))
        extra = {"help_en": help_en, "help_nl": help_nl} if help_en else {}
        options.append(
            _opt(
                f"point_{entry.point}",
                f"{title_en} ({entry.citation})",
                f"{title_nl} (bijlage III, punt {entry.point[0]}"
                + (f", onder {entry.point[1:]})" if entry.point[1:] else ")"),
                {"annex_iii.points": entry.point},
                **extra,
            )
        )
    return options


# --------------------------------------------------------------------------- questions

QUESTIONS: list[dict[str, Any]] = [
    # ------------------------------------------------------------ what it is and where
    _yes_no(
        "ai_system",
        "is_ai_system",
        "Is the system an AI system? An AI system infers from the input it receives how to "
        "generate outputs such as predictions, content, recommendations or decisions.",
        "Is het systeem een AI-systeem? Een AI-systeem leidt uit de input die het krijgt af hoe "
        "het output maakt, zoals voorspellingen, inhoud, aanbevelingen of beslissingen.",
        "Art. 3(1): a machine-based system that operates with some autonomy and infers how to "
        "generate outputs that can influence physical or virtual environments. A system that "
        "only follows rules written by people, without inferring, is not an AI system.",
        "Artikel 3, punt 1: een systeem op een machine dat met enige autonomie werkt en zelf "
        "afleidt hoe het output maakt die invloed kan hebben op de fysieke of digitale omgeving. "
        "Een systeem dat alleen regels volgt die mensen hebben opgesteld, zonder zelf af te "
        "leiden, is geen AI-systeem.",
        definitions=["ai_system"],
        cites=["Art. 3, point 1"],
    ),
    _yes_no(
        "gpai_system",
        "is_general_purpose_ai_system",
        "Is the system based on a general-purpose AI model, so that it can serve many purposes "
        "(a general-purpose AI system)?",
        "Is het systeem gebaseerd op een AI-model voor algemene doeleinden, zodat het voor veel "
        "doelen te gebruiken is (een AI-systeem voor algemene doeleinden)?",
        "For example a system built on a large language model that people can use for many "
        "different tasks.",
        "Bijvoorbeeld een systeem dat gebouwd is op een groot taalmodel, dat mensen voor veel "
        "verschillende taken kunnen gebruiken.",
        definitions=["gpai_system", "gpai_model"],
        cites=["Art. 3, point 66"],
    ),
    {
        "id": "territory",
        "kind": "several_of",
        "text_en": "Where is the system used? Choose all that apply.",
        "text_nl": "Waar wordt het systeem gebruikt? Kies alles wat klopt.",
        "help_en": "The AI Act applies to systems placed on the market, put into service or used "
        "in the EU, and to systems elsewhere whose output is used in the EU. Not yet, but "
        "planned? Answer as if it has happened: many duties apply before it.",
        "help_nl": "De AI-verordening geldt voor systemen die in de EU in de handel worden "
        "gebracht, in gebruik worden gesteld of worden gebruikt. Ook voor systemen buiten de EU "
        "waarvan de output in de EU wordt gebruikt. Nog niet, maar wel gepland? Antwoord alsof "
        "het al gebeurd is: veel verplichtingen gelden al daarvóór.",
        "definitions": ["placing_on_market", "putting_into_service"],
        "cites": ["Art. 2(1)(a)", "Art. 2(1)(b)", "Art. 2(1)(c)"],
        "options": [
            _opt(
                "in_eu",
                "It is placed on the market, put into service or used in the EU",
                "Het wordt in de EU in de handel gebracht, in gebruik gesteld of gebruikt",
                {"exclusions.placed_or_used_in_eu": True},
            ),
            _opt(
                "output_in_eu",
                "Its output is used in the EU",
                "De output wordt in de EU gebruikt",
                {"exclusions.output_used_in_eu": True},
            ),
        ],
    },
    _yes_no(
        "org_established_in_eu",
        "organisation.established_in_eu",
        "Is your organisation established in the EU (does it have a place of establishment there)?",
        "Is uw organisatie in de EU gevestigd (heeft zij daar een vestiging)?",
        "Art. 2(1): the place of establishment decides, among other things, whether the Act "
        "applies to a deployer; a provider established in a third country must appoint an "
        "authorised representative established in the EU (Art. 22(1), 54(1)). Being located in "
        "the EU is not the same as being established there: an organisation that is only "
        "located in the EU answers no (its use in the EU is asked separately).",
        "Artikel 2, lid 1: waar uw organisatie is gevestigd, bepaalt onder meer of de "
        "verordening geldt voor een gebruiksverantwoordelijke; een in een derde land gevestigde "
        "aanbieder moet een in de EU gevestigde gemachtigde aanwijzen (artikel 22, lid 1, en "
        "artikel 54, lid 1). Zich in de EU bevinden is niet hetzelfde als er gevestigd zijn: "
        "een organisatie die zich alleen in de EU bevindt, antwoordt nee (het gebruik in de EU "
        "wordt apart gevraagd).",
        cites=["Art. 2(1)(b)", "Art. 2(1)(c)", "Art. 22(1)", "Art. 54(1)"],
    ),
    # Round 11, Q14: "placed on the market, put into service or used in the EU" (territory,
    # in_eu) does not say by whom; a deployer established outside the Union is covered only
    # where it is located in the Union or the output is used there (Art. 2(1)(b)-(c)).
    _yes_no(
        "org_uses_in_eu",
        "exclusions.used_in_eu_by_organisation",
        "Does your organisation itself use the system in the EU?",
        "Gebruikt uw organisatie het systeem zelf in de EU?",
        "Art. 2(1)(b) and (c): the AI Act applies to deployers established or located in the "
        "EU, and to deployers in a third country where the output of the system is used in the "
        "EU. That another organisation places the system on the EU market does not bring your "
        "own use outside the EU under the Act. Answer yes if your organisation is located in the "
        "EU where it uses the system (for example staff or an office there); where the system's "
        "servers are does not make your organisation located in the EU. If your organisation is "
        "also the provider, its own use in the EU is putting the system into service in the EU "
        "(Art. 3(11): 'for own use in the Union'), which brings it under the Act as provider too "
        "(Art. 2(1)(a)).",
        "Artikel 2, lid 1, punten b en c: de AI-verordening geldt voor "
        "gebruiksverantwoordelijken die in de EU zijn gevestigd of zich daar bevinden, en voor "
        "gebruiksverantwoordelijken in een derde land als de output van het systeem in de EU "
        "wordt gebruikt. Dat een andere organisatie het systeem in de EU in de handel brengt, "
        "brengt uw eigen gebruik buiten de EU niet onder de verordening. Antwoord ja als uw "
        "organisatie zich in de EU bevindt waar zij het systeem gebruikt (bijvoorbeeld met "
        "personeel of een kantoor daar); waar de computers staan waarop het systeem draait, maakt "
        "niet dat uw organisatie zich in de EU bevindt. Is uw organisatie ook de aanbieder, dan "
        "is haar eigen gebruik in de EU het in gebruik stellen van het systeem in de EU (artikel "
        "3, punt 11: 'voor eigen gebruik in de Unie'), waardoor de verordening ook op haar als "
        "aanbieder van toepassing is (artikel 2, lid 1, punt a).",
        cites=["Art. 2(1)(b)", "Art. 2(1)(c)"],
    ),
    {
        "id": "roles",
        "kind": "several_of",
        "text_en": "What does your organisation do with the system? Choose all that apply.",
        "text_nl": "Wat doet uw organisatie met het systeem? Kies alles wat klopt.",
        "help_en": "Provider: develops it (or has it developed) and places it on the market or "
        "puts it into service under its own name, also for own use. Deployer: uses it under its "
        "own authority. Importer: brings onto the EU market a system of a provider outside the "
        "EU. Distributor: sells or supplies it in the EU, without being provider or importer. "
        "Authorised representative: acts in the EU for a provider outside the EU, with a "
        "written mandate. Product manufacturer: places it on the market with its own product, "
        "or puts it into service after the product is on the market, under its own name. The "
        "last options are the changes by which another party becomes the provider of a "
        "high-risk AI system, and the other parts of the AI value chain (Art. 25).",
        "help_nl": "Aanbieder: ontwikkelt het systeem (of laat het ontwikkelen) en brengt het "
        "onder eigen naam in de handel of stelt het in gebruik, ook voor eigen gebruik. "
        "Gebruiksverantwoordelijke: gebruikt het systeem onder eigen verantwoordelijkheid. "
        "Importeur: brengt een systeem van een aanbieder buiten de EU in de EU in de handel. "
        "Distributeur: levert het systeem in de EU, zonder aanbieder of importeur te zijn. "
        "Gemachtigde: treedt met een schriftelijke opdracht in de EU op voor een aanbieder "
        "buiten de EU. Productfabrikant: brengt het systeem samen met een eigen product in de "
        "handel, of stelt het in gebruik nadat het product in de handel is gebracht, onder eigen "
        "naam. De laatste opties zijn de wijzigingen waardoor een andere "
        "partij de aanbieder wordt van een AI-systeem met een hoog risico, en de andere delen "
        "van de AI-waardeketen (artikel 25).",
        "definitions": [
            "provider",
            "deployer",
            "importer",
            "distributor",
            "authorised_representative",
            "product_manufacturer",
        ],
        "cites": [
            "Art. 3, point 3",
            "Art. 3, point 4",
            "Art. 3, point 5",
            "Art. 3, point 6",
            "Art. 3, point 7",
            "Art. 25(1)",
            "Art. 25(2)",
            "Art. 25(3)",
            "Art. 25(4)",
        ],
        "options": [
            _opt(
                "provider",
                "We develop it, or have it developed, and offer or use it under our own name "
                "(provider)",
                "We ontwikkelen het, of laten het ontwikkelen, en bieden of gebruiken het onder "
                "eigen naam (aanbieder)",
                {"roles.provider": True},
            ),
            _opt(
                "deployer",
                "We use it under our own authority (deployer)",
                "We gebruiken het onder eigen verantwoordelijkheid (gebruiksverantwoordelijke)",
                {"roles.deployer": True},
            ),
            _opt(
                "importer",
                "We bring onto the EU market a system of a provider outside the EU (importer)",
                "We brengen een systeem van een aanbieder buiten de EU in de EU in de handel "
                "(importeur)",
                {"roles.importer": True},
            ),
            _opt(
                "distributor",
                "We sell or supply it in the EU, made by someone else (distributor)",
                "We leveren het in de EU, gemaakt door een ander (distributeur)",
                {"roles.distributor": True},
            ),
            _opt(
                "authorised_representative",
                "We act in the EU for a provider outside the EU, with a written mandate "
                "(authorised representative)",
                "We treden met een schriftelijke opdracht in de EU op voor een aanbieder buiten "
                "de EU (gemachtigde)",
                {"roles.authorised_representative": True},
            ),
            _opt(
                "product_manufacturer",
                "We place it on the market together with our own product, or put it into service "
                "after our product is on the market, under our own name (product manufacturer)",
                "We brengen het samen met ons eigen product in de handel, of stellen het in "
                "gebruik nadat ons product in de handel is gebracht, onder eigen naam "
                "(productfabrikant)",
                {"roles.product_manufacturer": True},
            ),
            _opt(
                "own_name",
                "We put our own name or trademark on a high-risk AI system that is already on "
                "the market or already put into service",
                "We zetten onze eigen naam of ons merk op een AI-systeem met een hoog risico dat "
                "al in de handel is gebracht of al in gebruik is gesteld",
                {"value_chain.own_name_on_high_risk_system": True},
            ),
            _opt(
                "substantial_modification",
                "We make a substantial modification to a high-risk AI system",
                "We brengen een substantiële wijziging aan in een AI-systeem met een hoog risico",
                {"value_chain.substantial_modification": True},
            ),
            _opt(
                "new_purpose",
                "We change the intended purpose of an AI system (also a general-purpose AI "
                "system) so that it becomes high-risk",
                "We wijzigen het beoogde doel van een AI-systeem (ook een AI-systeem voor "
                "algemene doeleinden) zodat het een hoog risico krijgt",
                {"value_chain.modified_intended_purpose": True},
            ),
            _opt(
                "initial_provider",
                "We were the provider, but another party has become the provider of this system",
                "We waren de aanbieder, maar een andere partij is de aanbieder van dit systeem "
                "geworden",
                {"value_chain.initial_provider_of_shifted_system": True},
                help_en="Art. 25(1)-(2). Then answer the other questions about the system as the "
                "new provider changed it: whether it is in Annex III or a product under Annex I "
                "decides from when you must cooperate with the new provider.",
                help_nl="Artikel 25, leden 1 en 2. Beantwoord de andere vragen dan over het "
                "systeem zoals de nieuwe aanbieder het heeft veranderd: of het in bijlage III "
                "staat of een product onder bijlage I is, bepaalt vanaf wanneer u met de nieuwe "
                "aanbieder moet samenwerken.",
            ),
            _opt(
                "supplier",
                "We supply an AI system, AI model, tools, services, components or processes that "
                "are used in a high-risk AI system",
                "We leveren een AI-systeem, AI-model, instrumenten, diensten, onderdelen of "
                "processen die in een AI-systeem met een hoog risico worden gebruikt",
                {"value_chain.supplies_components_for_high_risk": True},
                help_en="Art. 25(4). Then answer the other questions about the high-risk AI "
                "system your supply is used or integrated in, not about the supply: whether it "
                "is in Annex III, or a product under Annex I or a safety component of one, "
                "decides from when the written agreement with its provider is due. An AI system "
                "or model you supply as its provider has duties of its own: assess it "
                "separately.",
                help_nl="Artikel 25, lid 4. Beantwoord de andere vragen dan over het AI-systeem "
                "met een hoog risico waarin uw levering wordt gebruikt of geïntegreerd, niet "
                "over de levering: of het in bijlage III staat, of een product onder bijlage I "
                "of een veiligheidscomponent daarvan is, bepaalt vanaf wanneer de schriftelijke "
                "overeenkomst met de aanbieder ervan nodig is. Een AI-systeem of AI-model dat u "
                "als aanbieder levert, heeft eigen verplichtingen: beoordeel het apart.",
            ),
        ],
    },
    {
        "id": "exclusions",
        "kind": "several_of",
        "text_en": "Does one of these situations apply to the system? Choose all that apply.",
        "text_nl": "Geldt een van deze situaties voor het systeem? Kies alles wat klopt.",
        "help_en": "Art. 2 excludes these situations from the AI Act, each with its conditions.",
        "help_nl": "Artikel 2 sluit deze situaties uit van de AI-verordening, elk met eigen "
        "voorwaarden.",
        "cites": ["Art. 2(3)", "Art. 2(4)", "Art. 2(6)", "Art. 2(8)", "Art. 2(10)", "Art. 2(12)"],
        "options": [
            _opt(
                "military",
                "It is only used for military, defence or national security purposes",
                "Het wordt alleen gebruikt voor militaire, defensie- of nationale "
                "veiligheidsdoeleinden",
                {"exclusions.exclusively_military_defence_national_security": True},
                help_en="Art. 2(3). Also used for other purposes (dual use)? Then it is not "
                "excluded.",
                help_nl="Artikel 2, lid 3. Wordt het ook voor andere doelen gebruikt? Dan is "
                "het niet uitgesloten.",
            ),
            _opt(
                "research",
                "It was developed and put into service only for scientific research and "
                "development",
                "Het is alleen ontwikkeld en in gebruik gesteld voor wetenschappelijk onderzoek "
                "en wetenschappelijke ontwikkeling",
                {"exclusions.sole_purpose_scientific_research": True},
            ),
            _opt(
                "pre_market",
                "It is still being researched, tested or developed, and is not yet on the "
                "market or in service",
                "Het wordt nog onderzocht, getest of ontwikkeld, en is nog niet in de handel "
                "gebracht of in gebruik gesteld",
                {"exclusions.pre_market_research_testing": True},
            ),
            _opt(
                "personal",
                "A natural person uses it only for a purely personal, non-professional activity",
                "Een natuurlijke persoon gebruikt het alleen voor een louter persoonlijke, "
                "niet-professionele activiteit",
                {"exclusions.personal_non_professional_use": True},
            ),
            _opt(
                "open_source",
                "It is released under a free and open-source licence",
                "Het is vrijgegeven onder een vrije en opensource licentie",
                {"exclusions.free_open_source_licence": True},
                help_en="Art. 2(12): this exclusion does not cover high-risk systems, "
                "prohibited practices or systems with transparency obligations (Art. 50).",
                help_nl="Artikel 2, lid 12: deze uitzondering geldt niet voor AI-systemen met "
                "een hoog risico, verboden AI-praktijken en systemen met "
                "transparantieverplichtingen (artikel 50).",
            ),
            _opt(
                "international_cooperation",
                "A public authority of a non-EU country or an international organisation uses "
                "it under international cooperation or agreements with the EU or with one or "
                "more Member States on law enforcement and justice",
                "Een overheidsinstantie van een land buiten de EU of een internationale "
                "organisatie gebruikt het in het kader van internationale samenwerking of "
                "overeenkomsten met de EU of een of meer lidstaten op het gebied van "
                "rechtshandhaving en justitie",
                {"exclusions.international_cooperation_law_enforcement": True},
            ),
        ],
    },
    _yes_no(
        "real_world_testing",
        "exclusions.testing_in_real_world_conditions",
        "Is the system tested in real-world conditions?",
        "Wordt het systeem getest onder reële omstandigheden?",
        "Art. 2(8): testing in real-world conditions is not excluded from the Act.",
        "Artikel 2, lid 8: testen onder reële omstandigheden valt niet onder de uitzondering.",
        definitions=["real_world_testing"],
        cites=["Art. 2(8)"],
    ),
    _yes_no(
        "international_safeguards",
        "exclusions.adequate_fundamental_rights_safeguards",
        "Does the third country of your public authority, or your international organisation, "
        "give adequate safeguards for the fundamental rights and freedoms of natural persons?",
        "Biedt het derde land van uw overheidsinstantie, of uw internationale organisatie, "
        "passende waarborgen voor de grondrechten en fundamentele vrijheden van natuurlijke "
        "personen?",
        cites=["Art. 2(4)"],
    ),
    {
        "id": "org_kind",
        "kind": "one_of",
        "text_en": "What kind of organisation is yours?",
        "text_nl": "Wat voor organisatie is uw organisatie?",
        "help_en": "Some duties depend on it: for example the fundamental rights impact "
        "assessment (Art. 27) and the fines (Arts. 99 and 100).",
        "help_nl": "Sommige verplichtingen hangen hiervan af, bijvoorbeeld de beoordeling van de "
        "gevolgen voor de grondrechten (artikel 27) en de geldboetes (artikelen 99 en 100).",
        "cites": ["Art. 27(1)", "Art. 99(8)", "Art. 100(1)"],
        "options": [
            _opt(
                "public_authority",
                "A public authority (for example a ministry, province or municipality)",
                "Een overheidsinstantie (bijvoorbeeld een ministerie, provincie of gemeente)",
                {"organisation.kind": "public_authority"},
            ),
            _opt(
                "body_governed_by_public_law",
                "A body governed by public law",
                "Een publiekrechtelijk orgaan (publiekrechtelijke instelling)",
                {"organisation.kind": "body_governed_by_public_law"},
            ),
            _opt(
                "private_entity_public_services",
                "A private entity that provides public services",
                "Een particuliere entiteit die openbare diensten verleent",
                {"organisation.kind": "private_entity_public_services"},
            ),
            _opt(
                "private_undertaking",
                "A company or other private undertaking",
                "Een bedrijf of andere particuliere onderneming",
                {"organisation.kind": "private_undertaking"},
            ),
            _opt(
                "union_institution",
                "An institution, body, office or agency of the EU",
                "Een instelling, orgaan of agentschap van de EU",
                {"organisation.kind": "union_institution"},
            ),
            _opt(
                "natural_person",
                "A natural person (not as a business)",
                "Een natuurlijke persoon (niet als bedrijf)",
                {"organisation.kind": "natural_person"},
            ),
            _opt(
                "third_country_public_authority",
                "A public authority of a country outside the EU",
                "Een overheidsinstantie van een land buiten de EU",
                {"organisation.kind": "third_country_public_authority"},
            ),
            _opt(
                "international_organisation",
                "An international organisation",
                "Een internationale organisatie",
                {"organisation.kind": "international_organisation"},
            ),
        ],
    },
    # ------------------------------------------------------------ Art. 5: prohibited practices
    {
        "id": "prohibited_practices",
        "kind": "several_of",
        "text_en": "Does the system do one of these things? Choose all that apply.",
        "text_nl": "Doet het systeem een van deze dingen? Kies alles wat klopt.",
        "help_en": "These are the prohibited AI practices of Art. 5(1). Follow-up questions ask "
        "for the conditions and exceptions only where they matter.",
        "help_nl": "Dit zijn de verboden AI-praktijken van artikel 5, lid 1. Vervolgvragen gaan "
        "alleen over de voorwaarden en uitzonderingen als die ertoe doen.",
        "cites": ["Art. 5(1)"],
        "options": [
            _opt(
                "a",
                "It uses subliminal, purposefully manipulative or deceptive techniques",
                "Het gebruikt subliminale technieken of doelbewust manipulatieve of misleidende "
                "technieken",
                {"prohibited.a_subliminal_manipulative_or_deceptive_techniques": True},
            ),
            _opt(
                "b",
                "It exploits vulnerabilities of people due to their age, disability or social "
                "or economic situation",
                "Het maakt gebruik van de kwetsbaarheden van mensen door hun leeftijd, handicap "
                "of sociale of economische omstandigheid",
                {"prohibited.b_exploits_vulnerabilities": True},
            ),
            _opt(
                "c",
                "It scores people over time based on their social behaviour or personal "
                "characteristics (social scoring)",
                "Het beoordeelt mensen over een periode op basis van hun sociale gedrag of "
                "persoonlijke kenmerken (sociale score)",
                {"prohibited.c_social_scoring": True},
            ),
            _opt(
                "d",
                "It predicts the risk that a person commits a crime, based only on profiling or "
                "personality traits",
                "Het voorspelt het risico dat iemand een strafbaar feit pleegt, alleen op basis "
                "van profilering of persoonlijkheidskenmerken",
                {"prohibited.d_crime_risk_assessment_solely_profiling": True},
            ),
            _opt(
                "e",
                "It builds or expands facial recognition databases by untargeted scraping of "
                "facial images from the internet or CCTV footage",
                "Het legt databanken voor gezichtsherkenning aan of vult die aan door ongerichte "
                "scraping van gezichtsafbeeldingen van internet of CCTV-beelden",
                {"prohibited.e_untargeted_facial_scraping": True},
            ),
            _opt(
                "f",
                "It infers the emotions of people at work or in education",
                "Het leidt de emoties af van mensen op de werkplek of in het onderwijs",
                {"prohibited.f_emotion_recognition_workplace_education": True},
            ),
            _opt(
                "g",
                "It sorts people by their biometric data to deduce race, political opinions, "
                "trade union membership, religion or beliefs, sex life or sexual orientation",
                "Het deelt mensen op basis van biometrische gegevens in, om hun ras, politieke "
                "opvattingen, lidmaatschap van een vakbond, religie of overtuiging, seksleven of "
                "seksuele gerichtheid af te leiden",
                {"prohibited.g_biometric_categorisation_sensitive_traits": True},
            ),
            _opt(
                "h",
                "It is used for real-time remote biometric identification in publicly "
                "accessible spaces for law enforcement",
                "Het wordt gebruikt voor biometrische identificatie op afstand in real time in "
                "openbare ruimten met het oog op de rechtshandhaving",
                {"prohibited.h_realtime_rbi_public_spaces_law_enforcement": True},
            ),
            _opt(
                "ba",
                "It makes or changes realistic images, videos, audio or similar material of the "
                "intimate parts or sexual activities of an identifiable person, without their "
                "freely given, specific, informed, unambiguous and explicit consent",
                "Het maakt of bewerkt realistische beelden, video's, audio of soortgelijk "
                "materiaal van de intieme delen of seksuele handelingen van een herkenbaar "
                "persoon, zonder diens vrij gegeven, specifieke, geïnformeerde, ondubbelzinnige "
                "en uitdrukkelijke toestemming",
                {"prohibited.ba_generates_intimate_imagery_without_consent": True},
            ),
            _opt(
                "bb",
                "It makes or changes child sexual abuse material",
                "Het maakt of bewerkt materiaal van seksueel misbruik van kinderen",
                {"prohibited.bb_generates_child_sexual_abuse_material": True},
            ),
        ],
    },
    {
        "id": "art5_a_effects",
        "kind": "several_of",
        # The text names the techniques of Art. 5(1)(a) itself (round 19): it reads right in
        # whatever order it is asked, also after "don't know" to the practices.
        "text_en": "If the system uses subliminal, purposefully manipulative or deceptive "
        "techniques: which of these are true of them?",
        "text_nl": "Als het systeem subliminale, doelbewust manipulatieve of misleidende "
        "technieken gebruikt: wat klopt daarvan?",
        "cites": ["Art. 5(1)(a)"],
        "options": [
            _opt(
                "distorts",
                "They aim to materially distort people's behaviour, or they do, so that people "
                "take a decision they would not otherwise have taken",
                "Ze hebben als doel of als gevolg dat het gedrag van mensen wezenlijk wordt "
                "verstoord, zodat zij een besluit nemen dat zij anders niet hadden genomen",
                {"prohibited.a_materially_distorts_behaviour": True},
            ),
            _opt(
                "harm",
                "This causes, or is reasonably likely to cause, significant harm",
                "Dit leidt, of leidt redelijkerwijs waarschijnlijk, tot aanzienlijke schade",
                {"prohibited.a_significant_harm": True},
            ),
        ],
    },
    {
        "id": "art5_b_effects",
        "kind": "several_of",
        # The text names the vulnerabilities of Art. 5(1)(b) itself (round 19), as art5_a_effects.
        "text_en": "If the system exploits vulnerabilities of people due to their age, "
        "disability or a specific social or economic situation: which of these are true?",
        "text_nl": "Als het systeem gebruikmaakt van de kwetsbaarheden van mensen als gevolg van "
        "hun leeftijd, handicap of een specifieke sociale of economische omstandigheid: wat klopt "
        "daarvan?",
        "cites": ["Art. 5(1)(b)"],
        "options": [
            _opt(
                "distorts",
                "It aims to materially distort the behaviour of those people, or it does",
                "Het heeft als doel of als gevolg dat het gedrag van die mensen wezenlijk wordt "
                "verstoord",
                {"prohibited.b_materially_distorts_behaviour": True},
            ),
            _opt(
                "harm",
                "This causes, or is reasonably likely to cause, significant harm",
                "Dit leidt, of leidt redelijkerwijs waarschijnlijk, tot aanzienlijke schade",
                {"prohibited.b_significant_harm": True},
            ),
        ],
    },
    {
        "id": "art5_c_effects",
        "kind": "several_of",
        "text_en": "What does the social score lead to? Choose all that apply.",
        "text_nl": "Waartoe leidt de sociale score? Kies alles wat klopt.",
        "cites": ["Art. 5(1)(c)"],
        "options": [
            _opt(
                "unrelated_context",
                "Worse treatment in a social context unrelated to where the data was collected",
                "Nadelige behandeling in een sociale context die niets te maken heeft met waar "
                "de data vandaan komen",
                {"prohibited.c_detrimental_treatment_unrelated_context": True},
            ),
            _opt(
                "unjustified",
                "Worse treatment that is unjustified or out of proportion to the behaviour",
                "Nadelige behandeling die ongerechtvaardigd of onevenredig is ten opzichte van "
                "het gedrag",
                {"prohibited.c_detrimental_treatment_unjustified": True},
            ),
        ],
    },
    _yes_no(
        "art5_d_exception",
        "prohibited.d_supports_human_assessment_on_objective_facts",
        "Does the system only support a human assessment that is already based on objective and "
        "verifiable facts directly linked to a criminal activity?",
        "Ondersteunt het systeem alleen een menselijke beoordeling die al is gebaseerd op "
        "objectieve en verifieerbare feiten die rechtstreeks verband houden met een criminele "
        "activiteit?",
        cites=["Art. 5(1)(d)"],
    ),
    _yes_no(
        "art5_f_exception",
        "prohibited.f_medical_or_safety_reasons",
        "Is the emotion recognition meant for medical or safety reasons?",
        "Is het afleiden van emoties bedoeld om medische redenen of om redenen van veiligheid?",
        "The ban on emotion recognition at work and in education does not apply where the "
        "system is meant to be put in place or on the market for medical or safety reasons "
        "(Art. 5(1)(f)).",
        "Het verbod om emoties af te leiden op de werkplek en in het onderwijs geldt niet als het "
        "systeem uit medische of veiligheidsoverwegingen wordt ingevoerd of in de handel "
        "gebracht (artikel 5, lid 1, punt f)).",
        cites=["Art. 5(1)(f)"],
    ),
    _yes_no(
        "art5_g_exception",
        "prohibited.g_labelling_filtering_lawful_datasets",
        "Does the system only label or filter lawfully acquired biometric datasets, or "
        "categorise biometric data in the area of law enforcement?",
        "Labelt of filtert het systeem alleen rechtmatig verkregen biometrische datasets, of "
        "categoriseert het biometrische gegevens op het gebied van rechtshandhaving?",
        cites=["Art. 5(1)(g)"],
    ),
    {
        "id": "art5_h_conditions",
        "kind": "several_of",
        "text_en": "About the real-time remote biometric identification: which of these "
        "conditions are met? Choose all that apply.",
        "text_nl": "Over de biometrische identificatie op afstand in real time: aan welke van "
        "deze voorwaarden wordt voldaan? Kies alles wat klopt.",
        "help_en": "The use is allowed only if it is strictly necessary, national law allows "
        "it, it is authorised, and the impact assessment is done with the registration (or, in "
        "urgency, the registration following without undue delay) (Art. 5(1)(h) and 5(2), (3), "
        "(5)). Notifying each use is a duty of each use (Art. 5(4); reading A23).",
        "help_nl": "Het gebruik mag alleen als het strikt noodzakelijk is, het nationale recht "
        "het toestaat, er toestemming is en de effectbeoordeling is gedaan met de registratie "
        "(of, bij spoed, de registratie zonder onnodige vertraging volgt) (artikel 5, lid 1, "
        "punt h, en leden 2, 3 en 5). Het melden van elk gebruik is een plicht bij elk gebruik "
        "(artikel 5, lid 4; lezing A23).",
        "definitions": ["real_time_rbi", "publicly_accessible_space", "law_enforcement"],
        "cites": ["Art. 5(1)(h)", "Art. 5(2)", "Art. 5(3)", "Art. 5(4)", "Art. 5(5)"],
        "options": [
            _opt(
                "strictly_necessary",
                "It is strictly necessary for one of the objectives of Art. 5(1)(h): the "
                "targeted search for specific victims of abduction, trafficking in human beings "
                "or sexual exploitation, or for missing persons; preventing a specific, "
                "substantial and imminent threat to life or physical safety, or a genuine and "
                "present or genuine and foreseeable threat of a terrorist attack; or locating or "
                "identifying a suspect of a criminal offence listed in Annex II that is "
                "punishable in the Member State concerned by a custodial sentence or a detention "
                "order for a maximum period of at least four years",
                "Het is strikt noodzakelijk voor een van de doelen van artikel 5, lid 1, punt h: "
                "het gericht zoeken naar specifieke slachtoffers van ontvoering, mensenhandel of "
                "seksuele uitbuiting, of naar vermiste personen; een specifieke, aanzienlijke en "
                "imminente dreiging voor het leven of de fysieke veiligheid, of een reële en "
                "actuele of reële en voorspelbare dreiging van een terroristische aanslag "
                "voorkomen; of een verdachte vinden of identificeren van een strafbaar feit uit "
                "bijlage II waarop in de betrokken lidstaat een vrijheidsstraf of een tot "
                "vrijheidsbeneming strekkende maatregel staat met een maximumduur van ten minste "
                "vier jaar",
                {"prohibited.h_strictly_necessary_for_listed_objective": True},
            ),
            _opt(
                "national_law",
                "National law of the Member State allows this use",
                "Het nationale recht van de lidstaat staat dit gebruik toe",
                {"prohibited.h_national_law_permits": True},
            ),
            _opt(
                "authorisation",
                "Each use has prior authorisation by a judicial or independent administrative "
                "authority (or was requested within 24 hours in an emergency)",
                "Voor elk gebruik is vooraf toestemming gegeven door een rechterlijke of "
                "onafhankelijke administratieve autoriteit (of binnen 24 uur aangevraagd bij "
                "spoed)",
                {"prohibited.h_prior_authorisation": True},
            ),
            _opt(
                "fria_registration",
                "A fundamental rights impact assessment was done and the system is registered "
                "in the EU database",
                "Er is een beoordeling van de gevolgen voor de grondrechten gedaan en het systeem "
                "is geregistreerd in de EU-databank",
                {"prohibited.h_fria_and_registration": True},
            ),
            _opt(
                "fria_urgent_registration",
                "A fundamental rights impact assessment was done; in a duly justified case of "
                "urgency the use started before registration in the EU database, and the "
                "registration is being completed without undue delay",
                "Er is een beoordeling van de gevolgen voor de grondrechten gedaan; in een naar "
                "behoren gemotiveerd spoedeisend geval is het gebruik begonnen vóór de registratie "
                "in de EU-databank, en die registratie wordt zonder onnodige vertraging voltooid",
                {"prohibited.h_urgency_fria_done_registration_follows": True},
            ),
            _opt(
                "notified",
                "Each use is notified to the market surveillance authority and the data "
                "protection authority",
                "Elk gebruik wordt gemeld aan de markttoezichtautoriteit en de "
                "gegevensbeschermingsautoriteit",
                {"prohibited.h_notified_authorities": True},
            ),
        ],
    },
    _yes_no(
        "art5_ba_manipulation_only",
        "prohibited.ba_only_manipulation_not_increasing_exposure",
        "Does the system only edit existing intimate images, videos, audio or similar material "
        "of a person (it makes no new material), without showing more of the person's intimate "
        "parts and without changing the nature of the sexually explicit activity shown?",
        "Bewerkt het systeem alleen bestaande intieme beelden, video's, audio of soortgelijk "
        "materiaal van een persoon (het maakt geen nieuw materiaal), zonder meer van de intieme "
        "lichaamsdelen te tonen en zonder de aard van de getoonde seksueel expliciete handeling "
        "te veranderen?",
        cites=["Art. 5(1b)"],
    ),
    _yes_no(
        "art5_bb_defence",
        "prohibited.bb_without_right_defence",
        "Does national law give a defence for the child sexual abuse material the system makes "
        "or changes (it is not made 'without right')?",
        "Biedt het nationale recht een rechtvaardiging voor het materiaal van seksueel misbruik "
        "van kinderen dat het systeem maakt of bewerkt (het is niet 'wederrechtelijk' gemaakt)?",
        cites=["Art. 5(1)(bb)"],
    ),
    # Art. 5(1a) judges each point by its own material (review47, round 16): one question per
    # point, asked only where that point's material is made (the relevance of its facts).
    *(
        {
            "id": f"art5_{point}_purpose",
            "kind": "several_of",
            "text_en": f"About making or editing {material_en}: which of these are true? Choose "
            "all that apply.",
            "text_nl": f"Over het maken of bewerken van {material_nl}: wat klopt hiervan? Kies "
            "alles wat klopt.",
            "cites": ["Art. 5(1a)"],
            "options": [
                _opt(
                    "intended",
                    f"Making or editing {it_en} is the intended purpose of the system",
                    f"Het maken of bewerken van {it_nl} is het beoogde doel van het systeem",
                    {f"prohibited.{point}_intended_purpose": True},
                ),
                _opt(
                    "foreseeable",
                    f"Making or editing {it_en} is a reasonably foreseeable and reproducible "
                    "result of the system's design, training, architecture, capabilities or "
                    "functions for users, without significant technical changes",
                    f"Het maken of bewerken van {it_nl} is een redelijkerwijs te voorzien en "
                    "herhaalbaar resultaat van het ontwerp, de training, de architectuur, de "
                    "capaciteiten of de gebruikersfuncties van het systeem, zonder grote "
                    "technische aanpassingen",
                    {f"prohibited.{point}_foreseeable_and_reproducible": True},
                ),
                _opt(
                    "safeguards",
                    "The system has reasonable and adequate technical safety measures and other "
                    f"safeguards that reliably prevent making or editing {it_en}, also against "
                    "reasonably "
                    "foreseeable misuse, and that correct misuse that is seen or reported",
                    "Het systeem heeft redelijke en passende technische veiligheidsmaatregelen en "
                    f"andere waarborgen die het maken of bewerken van {it_nl} betrouwbaar "
                    "voorkomen, ook bij "
                    "redelijkerwijs te voorzien misbruik, en die misbruik herstellen dat wordt "
                    "gezien of gemeld",
                    {f"prohibited.{point}_adequate_safeguards": True},
                ),
                _opt(
                    "used_for_it",
                    f"We use the system to make or edit {it_en}",
                    f"We gebruiken het systeem om {it_nl} te maken of te bewerken",
                    {f"prohibited.{point}_used_for_that_purpose": True},
                ),
            ],
        }
        for point, material_en, material_nl, it_en, it_nl in (
            (
                "ba",
                "intimate material without consent (Art. 5(1)(ba))",
                "intiem materiaal zonder toestemming (artikel 5, lid 1, punt b bis)",
                "such intimate material",
                "zulk intiem materiaal",
            ),
            (
                "bb",
                "child sexual abuse material (Art. 5(1)(bb))",
                "materiaal van seksueel misbruik van kinderen (artikel 5, lid 1, punt b ter)",
                "child sexual abuse material",
                "materiaal van seksueel misbruik van kinderen",
            ),
        )
    ),
    # ------------------------------------------------------------ Art. 6(1): Annex I
    {
        "id": "annex_i_legislation",
        "kind": "several_of",
        "text_en": "Is the system (part of) a product covered by one of these EU laws? Choose "
        "all that apply.",
        "text_nl": "Is het systeem (een deel van) een product dat onder een van deze EU-wetten "
        "valt? Kies alles wat klopt.",
        "help_en": "The EU harmonisation legislation of Annex I (Art. 6(1)).",
        "help_nl": "De harmonisatiewetgeving van de Unie in bijlage I (artikel 6, lid 1).",
        "cites": ["Art. 6(1)"],
        "options": _annex_i_options(),
    },
    {
        # Art. 6(1a)-(1b), amended text: whether the AI system is a safety component, for the
        # Annex I route (Art. 6(1)) and, under reading A15 (ADR 0035), for Annex III point 2.
        # The two facts are about the system, not the Annex I product. art6_1_conditions offers
        # the same options (one question on the Annex I route); this question comes first, so
        # that where both can decide the same (point 2, no Annex I product) the tie goes to the
        # question about the AI system (relevance comes from the rules).
        "id": "art6_1a_safety_aspects",
        "kind": "several_of",
        "text_en": "About the AI system as a safety component: which of these are true? Choose "
        "all that apply.",
        "text_nl": "Over het AI-systeem als veiligheidscomponent: wat klopt hiervan? Kies alles "
        "wat klopt.",
        "help_en": "The amended text: an AI system solely used for non-safety related aspects of "
        "user assistance, performance optimisation, service efficiency, automation or "
        "convenience or quality control is not a safety component (Art. 6(1a), 'for the "
        "purposes of this Regulation': of a product under Annex I, and under reading A15 also "
        "in Annex III point 2), unless its failure or malfunctioning would endanger health and "
        "safety (Art. 6(1b)).",
        "help_nl": "De gewijzigde tekst: een AI-systeem dat alleen wordt gebruikt voor zaken die "
        "niets met veiligheid te maken hebben (hulp bij het bedienen, betere prestaties, "
        "efficiëntere dienstverlening, automatisering, gemak of kwaliteitscontrole) is geen "
        "veiligheidscomponent (artikel 6, lid 1 bis, dat voor de hele verordening geldt: van een "
        "product van bijlage I, en volgens lezing A15 ook in bijlage III, punt 2), tenzij het "
        "falen of gebrekkig "
        "functioneren ervan de gezondheid en veiligheid in gevaar zou brengen (artikel 6, "
        "lid 1 ter).",
        "definitions": ["safety_component"],
        "cites": ["Art. 6(1a)", "Art. 6(1b)", "Art. 6(1)(a)", "Annex III, point 2"],
        "options": _art6_1a_options(),
    },
    {
        # Art. 6(1)(a)-(b), 6(1a)-(1c) in one question (round 18, issue 16: the beslishulp asks
        # Annex I in two questions). The two product options were the question annex_i_product
        # ("the product itself / a safety component of it / neither"). Since round 19 each sets
        # only its own fact, so both may be chosen: Art. 6(1)(a) says "or" ("a safety component
        # of a product, or ... itself a product"), and Art. 3(14) allows "a component of a
        # product or of an AI system"; choosing neither is the old "neither" (both facts false);
        # one not sure and neither chosen leaves both unknown (Option.open_with: the doubt is how
        # the AI system stands to the product; the old "don't know"). The question
        # is asked in any order with annex_i_legislation, so it names the product itself. The
        # other options were the question annex_i_conditions; the new id (as for Art. 6(3)):
        # a saved answer to annex_i_conditions did not show the product options, so it cannot
        # say they were not chosen (review61 D2; aiact.questions.retired reads it).
        "id": ART6_1_QUESTION,
        "kind": "several_of",
        "text_en": "About the AI system and a product covered by one of the EU laws listed in "
        "Annex I of the AI Act (such as those on machinery, toys, lifts or medical devices): "
        "which of these are true? Choose all that apply.",
        "text_nl": "Over het AI-systeem en een product dat valt onder een van de EU-wetten in "
        "bijlage I van de AI-verordening (zoals die over machines, speelgoed, liften of medische "
        "hulpmiddelen): wat klopt hiervan? Kies alles wat klopt.",
        "help_en": "Art. 6(1): an AI system that is a safety component of a product covered by "
        "the EU harmonisation legislation of Annex I, or is itself such a product, is high-risk "
        "where that product must undergo a third-party conformity assessment under that "
        "legislation. Choose each of the first two options that is true: both may be. If you "
        "are not sure of one of them, mark it not sure; the other then stays open too unless "
        "you choose it. The amended text leaves out assessments only for radio or "
        "electromagnetic risks (Art. 6(1c)), and an AI system solely used for non-safety "
        "related aspects whose failure or malfunctioning would endanger no one's health and "
        "safety is not a safety component (Art. 6(1a)-(1b)).",
        "help_nl": "Artikel 6, lid 1: een AI-systeem dat een veiligheidscomponent is van een "
        "product dat valt onder de harmonisatiewetgeving van de Unie in bijlage I, of dat zelf "
        "zo'n product is, heeft een hoog risico als dat product onder die wetgeving een "
        "conformiteitsbeoordeling door een derde partij moet ondergaan. Kies elk van de eerste "
        "twee keuzes die klopt: ze kunnen allebei kloppen. Weet u een van beide niet zeker? "
        "Markeer die dan als niet zeker; de andere blijft dan ook open, tenzij u die kiest. De "
        "gewijzigde tekst zondert beoordelingen uit die alleen over het radiospectrum of "
        "elektromagnetische storing gaan (artikel 6, lid 1 quater), en een AI-systeem dat "
        "alleen wordt gebruikt voor zaken die niets met veiligheid te maken hebben en waarvan "
        "het falen of gebrekkig functioneren de gezondheid en veiligheid niet in gevaar brengt, "
        "is geen veiligheidscomponent (artikel 6, leden 1 bis en 1 ter).",
        "definitions": ["safety_component", "conformity_assessment"],
        "cites": [
            "Art. 6(1)(a)",
            "Art. 3, point 14",
            "Art. 6(1)(b)",
            "Art. 6(1a)",
            "Art. 6(1b)",
            "Art. 6(1c)",
        ],
        "options": [
            _opt(
                "safety_component",
                "The AI system is a safety component of such a product",
                "Het AI-systeem is een veiligheidscomponent van zo'n product",
                {"annex_i.safety_component": True},
                help_en="A safety component performs a safety function for the product, or its "
                "failure or malfunctioning endangers the health and safety of persons or "
                "property (Art. 3(14)).",
                help_nl="Een veiligheidscomponent vervult een veiligheidsfunctie voor het "
                "product, of het falen of gebrekkig functioneren ervan brengt de gezondheid en "
                "veiligheid van personen of eigendom in gevaar (artikel 3, punt 14).",
                open_with=["product"],
            ),
            _opt(
                "product",
                "The AI system is itself such a product",
                "Het AI-systeem is zelf zo'n product",
                {"annex_i.is_the_product": True},
                open_with=["safety_component"],
            ),
            _opt(
                "third_party",
                "That product (the AI system itself, or the product of which it is a safety "
                "component) must undergo a conformity assessment by a third party (such as a "
                "notified body) under that EU law",
                "Dat product (het AI-systeem zelf, of het product waarvan het een "
                "veiligheidscomponent is) moet onder die EU-wet een conformiteitsbeoordeling "
                "door een derde partij ondergaan (zoals een aangemelde instantie)",
                {"annex_i.third_party_conformity_assessment": True},
            ),
            _opt(
                "radio_emc",
                "That third-party assessment is required only for risks other than health and "
                "safety, such as the radio spectrum or electromagnetic disturbance",
                "Die beoordeling door een derde partij is alleen nodig voor andere risico's dan "
                "gezondheid en veiligheid, zoals het radiospectrum of elektromagnetische storing",
                {"annex_i.third_party_solely_radio_or_emc": True},
            ),
            *_art6_1a_options(),
        ],
    },
    # ------------------------------------------------------------ Art. 6(2): Annex III
    {
        "id": "annex_iii_points",
        "kind": "several_of",
        "text_en": "Is the system intended for one of these uses? Choose all that apply.",
        "text_nl": "Is het systeem bedoeld voor een van deze toepassingen? Kies alles wat klopt.",
        "help_en": "The high-risk uses of Annex III (Art. 6(2)), by the intended purpose of the "
        "system.",
        "help_nl": "De toepassingen met een hoog risico van bijlage III (artikel 6, lid 2), naar "
        "het beoogde doel van het systeem.",
        "definitions": ["intended_purpose", "high_risk_ai_system", "law_enforcement_authority"],
        "cites": ["Art. 6(2)"],
        "options": _annex_iii_options(),
    },
    _yes_no(
        "annex_iii_biometric_verification",
        "annex_iii.biometric_verification_only",
        "Is the system only used for biometric verification, to confirm that a person is who "
        "they claim to be?",
        "Wordt het systeem alleen gebruikt voor biometrische verificatie, om te bevestigen dat "
        "iemand is wie hij of zij zegt te zijn?",
        "Annex III, point 1(a), does not include systems whose only purpose is to confirm "
        "that a specific person is the person he or she claims to be (for example unlocking a "
        "phone or passing a gate).",
        "Bijlage III, punt 1, onder a), omvat geen systemen die alleen bedoeld zijn om te "
        "bevestigen dat iemand is wie hij zegt te zijn (bijvoorbeeld een telefoon "
        "ontgrendelen of door een poortje gaan).",
        definitions=["biometric_verification"],
        cites=["Annex III, point 1(a)"],
    ),
    _yes_no(
        "annex_iii_fraud_detection_only",
        "annex_iii.financial_fraud_detection_only",
        "Is the system used only to detect financial fraud, and not to decide on credit by a "
        "person's creditworthiness? (Refusing credit because fraud is found counts as fraud "
        "detection.)",
        "Wordt het systeem alleen gebruikt om financiële fraude op te sporen, en niet om over "
        "krediet te beslissen op grond van iemands kredietwaardigheid? (Krediet weigeren omdat "
        "fraude is gevonden, telt als fraude opsporen.)",
        "Annex III, point 5(b), covers systems that evaluate creditworthiness or establish a "
        "credit score, with the exception of systems used for the purpose of detecting "
        "financial fraud. Under the default reading (A40) a credit-scoring system that is also "
        "used to detect fraud stays listed; only a system used for fraud detection alone is "
        "excepted.",
        "Bijlage III, punt 5, onder b), gaat over systemen die de kredietwaardigheid "
        "beoordelen of een kredietscore vaststellen, met uitzondering van systemen die worden "
        "gebruikt om financiële fraude op te sporen. Volgens de standaardlezing (A40) blijft "
        "een systeem voor kredietscores dat ook fraude opspoort vermeld; alleen een systeem "
        "dat uitsluitend fraude opspoort, valt erbuiten.",
        cites=["Annex III, point 5(b)"],
    ),
    _yes_no(
        "annex_iii_fraud_detection",
        "annex_iii.financial_fraud_detection",
        "Is the system used to detect financial fraud, whether or not it also evaluates "
        "creditworthiness or establishes a credit score for credit decisions?",
        "Wordt het systeem gebruikt om financiële fraude op te sporen, of het nu ook voor "
        "besluiten over krediet de kredietwaardigheid beoordeelt of een kredietscore "
        "vaststelt of niet?",
        "Annex III, point 5(b), covers systems that evaluate creditworthiness or establish a "
        "credit score, with the exception of systems used to detect financial fraud. Under "
        "reading A40=fraud_purpose_excepts any such use excepts the system; under the default "
        "reading only a system used for fraud detection alone is excepted, and a 'no' here "
        "also settles that question.",
        "Bijlage III, punt 5, onder b), gaat over systemen die de kredietwaardigheid "
        "beoordelen of een kredietscore vaststellen, met uitzondering van systemen die worden "
        "gebruikt om financiële fraude op te sporen. Bij lezing A40=fraud_purpose_excepts "
        "zondert elk zulk gebruik het systeem uit; volgens de standaardlezing valt alleen een "
        "systeem dat uitsluitend fraude opspoort erbuiten, en een 'nee' hier beantwoordt ook "
        "die vraag.",
        cites=["Annex III, point 5(b)"],
    ),
    _yes_no(
        "annex_iii_travel_documents",
        "annex_iii.travel_document_verification",
        "Is the system only used to verify travel documents?",
        "Wordt het systeem alleen gebruikt om reisdocumenten te controleren?",
        cites=["Annex III, point 7(d)"],
    ),
    _yes_no(
        "annex_iii_campaign_logistics",
        "annex_iii.campaign_logistics_only",
        "Is the system one whose output people are not directly exposed to, such as a tool to "
        "organise, optimise or structure political campaigns administratively or logistically?",
        "Is het een systeem aan de output waarvan mensen niet rechtstreeks worden blootgesteld "
        "(zij zien, horen of lezen die output niet zelf), zoals een hulpmiddel om politieke "
        "campagnes administratief of logistiek te organiseren, te verbeteren of te "
        "structureren?",
        cites=["Annex III, point 8(b)"],
    ),
    # ------------------------------------------------------------ Art. 6(3): the derogation
    # One step (issue 16, round 18): the conditions of the first and second subparagraphs and
    # the profiling of the third. Until round 17 profiling was a yes/no question of its own
    # ("profiling") beside "derogation_conditions"; a saved interview that answered either is
    # translated on load (aiact.questions.retired).
    {
        "id": ART6_3_QUESTION,
        "kind": "several_of",
        "text_en": "Which of these describes what the system does (including whether it "
        "profiles natural persons)? Choose all that apply.",
        "text_nl": "Wat hiervan beschrijft wat het systeem doet (ook of het profilering van "
        "natuurlijke personen uitvoert)? Kies alles wat klopt.",
        "help_en": "Art. 6(3): a system listed in Annex III is not high-risk if it does not pose "
        "a significant risk of harm (the option about no significant risk) and meets one of the "
        "four conditions before that option. But a listed system that performs profiling of "
        "natural persons (the last option) is always high-risk, whatever the other options.",
        "help_nl": "Artikel 6, lid 3: een systeem uit bijlage III heeft geen hoog risico als het "
        "geen significant risico op schade inhoudt (de keuze over geen significant risico) en "
        "aan een van de vier voorwaarden vóór die keuze voldoet. Maar een systeem uit bijlage "
        "III dat profilering van natuurlijke personen uitvoert (de laatste keuze), heeft altijd "
        "een hoog risico, wat u verder ook kiest.",
        "definitions": ["profiling"],
        "cites": ["Art. 6(3)"],
        "options": [
            _opt(
                "narrow_procedural",
                "It performs a narrow procedural task",
                "Het voert een beperkte procedurele taak uit",
                {"derogation.narrow_procedural_task": True},
            ),
            _opt(
                "improves_human_activity",
                "It improves the result of a human activity that was already completed",
                "Het verbetert het resultaat van een menselijke activiteit die al is afgerond",
                {"derogation.improves_completed_human_activity": True},
            ),
            _opt(
                "detects_patterns",
                "It detects decision-making patterns or deviations, without replacing or "
                "influencing the human assessment without proper human review",
                "Het ontdekt besluitvormingspatronen of afwijkingen, zonder de menselijke "
                "beoordeling te vervangen of te beïnvloeden zonder goede menselijke toetsing",
                {"derogation.detects_patterns_without_replacing_human": True},
            ),
            _opt(
                "preparatory",
                "It performs a preparatory task to an assessment for one of those uses",
                "Het voert een voorbereidende taak uit voor een beoordeling voor een van die "
                "toepassingen",
                {"derogation.preparatory_task": True},
            ),
            _opt(
                "no_significant_risk",
                "It poses no significant risk of harm to health, safety or fundamental rights, "
                "also because it does not materially influence decisions",
                "Het houdt geen significant risico op schade in voor de gezondheid, veiligheid of "
                "grondrechten, ook doordat het besluiten niet wezenlijk beïnvloedt",
                {"derogation.no_significant_risk": True},
            ),
            # Art. 6(3), third subparagraph: "Notwithstanding the first subparagraph, an AI
            # system referred to in Annex III shall always be considered to be high-risk where
            # the AI system performs profiling of natural persons". Not chosen, the fact is
            # false (the old question's "no"); not sure, unknown (its "don't know").
            _opt(
                "profiling",
                "It performs profiling of natural persons: it processes personal data "
                "automatically to evaluate personal aspects of a person, such as work "
                "performance, economic situation, health, preferences, interests, reliability, "
                "behaviour, location or movements",
                "Het voert profilering van natuurlijke personen uit: het verwerkt automatisch "
                "persoonsgegevens om persoonlijke aspecten van iemand te beoordelen, zoals "
                "werkprestaties, economische situatie, gezondheid, voorkeuren, interesses, "
                "betrouwbaarheid, gedrag, locatie of verplaatsingen",
                {"derogation.profiling": True},
                help_en="Art. 6(3), third subparagraph: a system listed in Annex III that "
                "performs profiling of natural persons is always high-risk, whatever the other "
                "options.",
                help_nl="Artikel 6, lid 3, derde alinea: een systeem uit bijlage III dat "
                "profilering van natuurlijke personen uitvoert, heeft altijd een hoog risico, "
                "wat u verder ook kiest.",
            ),
        ],
    },
    _yes_no(
        "provider_documented_assessment",
        "derogation.provider_documented_assessment",
        "Did the provider document its assessment that the system is not high-risk before "
        "placing it on the market or putting it into service?",
        "Heeft de aanbieder vóór het in de handel brengen of in gebruik stellen vastgelegd "
        "waarom het systeem geen hoog risico heeft?",
        cites=["Art. 6(4)"],
    ),
    # ------------------------------------------------------------ Art. 50: transparency
    {
        "id": "transparency_features",
        "kind": "several_of",
        "text_en": "Which of these does the system do? Choose all that apply.",
        "text_nl": "Wat hiervan doet het systeem? Kies alles wat klopt.",
        "help_en": "The situations with transparency obligations (Art. 50).",
        "help_nl": "De situaties met transparantieverplichtingen (artikel 50).",
        "definitions": [
            "emotion_recognition_system",
            "biometric_categorisation_system",
            "deep_fake",
        ],
        "cites": ["Art. 50(1)", "Art. 50(2)", "Art. 50(3)", "Art. 50(4)"],
        "options": [
            _opt(
                "interacts",
                "It interacts directly with people (for example by chat or voice)",
                "Het heeft rechtstreeks contact met mensen (bijvoorbeeld via een chat of stem)",
                {"transparency.interacts_directly_with_persons": True},
            ),
            _opt(
                "synthetic_audio",
                "It generates synthetic audio",
                "Het maakt synthetische audio",
                {"transparency.generates_synthetic_audio": True},
            ),
            _opt(
                "synthetic_image",
                "It generates synthetic images",
                "Het maakt synthetische beelden",
                {"transparency.generates_synthetic_image": True},
            ),
            _opt(
                "synthetic_video",
                "It generates synthetic video",
                "Het maakt synthetische video",
                {"transparency.generates_synthetic_video": True},
            ),
            _opt(
                "synthetic_text",
                "It generates synthetic text",
                "Het maakt synthetische tekst",
                {"transparency.generates_synthetic_text": True},
            ),
            _opt(
                "emotion_recognition",
                "It recognises emotions (an emotion recognition system)",
                "Het herkent emoties (een systeem voor het herkennen van emoties)",
                {"transparency.emotion_recognition": True},
            ),
            _opt(
                "biometric_categorisation",
                "It sorts people into categories by their biometric data (a biometric "
                "categorisation system)",
                "Het deelt mensen in categorieën in op basis van biometrische gegevens (een "
                "systeem voor biometrische categorisering)",
                {"transparency.biometric_categorisation": True},
            ),
            _opt(
                "deep_fake",
                "It generates or changes images, audio or video that look real (a deep fake)",
                "Het maakt of bewerkt beelden, audio of video die echt lijken (een deepfake)",
                {"transparency.deep_fake": True},
            ),
            _opt(
                "public_interest_text",
                "It generates or changes text that is published to inform the public on matters "
                "of public interest",
                "Het maakt of bewerkt tekst die wordt gepubliceerd om het publiek te informeren "
                "over zaken van algemeen belang",
                {"transparency.public_interest_text": True},
            ),
        ],
    },
    {
        "id": "transparency_exceptions",
        "kind": "several_of",
        "text_en": "Which of these apply to the system? Choose all that apply.",
        "text_nl": "Wat hiervan geldt voor het systeem? Kies alles wat klopt.",
        "help_en": "The exceptions and limits of the transparency obligations (Art. 50). An "
        "authorisation by law for criminal offences excepts a system from Art. 50(1) only "
        "subject to appropriate safeguards for the rights and freedoms of third parties, and "
        "from Art. 50(2) and (4) as such; an emotion recognition or biometric categorisation "
        "system is excepted from Art. 50(3) where it is permitted by law to detect, prevent or "
        "investigate criminal offences, with those safeguards, in accordance with Union law. "
        'The option that ends "in accordance with Union law" includes the authorisation and '
        "its safeguards: choose it only where all of its words apply.",
        "help_nl": "De uitzonderingen en grenzen van de transparantieverplichtingen (artikel 50). "
        "Een wettelijke toestemming voor strafbare feiten zondert een systeem alleen uit van "
        "artikel 50, lid 1, met inachtneming van passende waarborgen voor de rechten en "
        "vrijheden van derden, en van artikel 50, leden 2 en 4, als zodanig; een systeem voor "
        "het herkennen van emoties of een systeem voor biometrische categorisering is "
        "uitgezonderd van artikel 50, lid 3, als het bij wet is toegestaan om strafbare feiten "
        "op te sporen, te voorkomen of te onderzoeken, met die waarborgen en overeenkomstig "
        'het Unierecht. De keuze die eindigt op "overeenkomstig het Unierecht" omvat de '
        "toestemming en de waarborgen: kies die alleen als alles wat er staat klopt.",
        "definitions": ["deep_fake"],
        "cites": ["Art. 50(1)", "Art. 50(2)", "Art. 50(3)", "Art. 50(4)"],
        "options": [
            _opt(
                "obvious",
                "It is obvious to a reasonably well-informed person that they are dealing with "
                "an AI system",
                "Het is voor een redelijk geïnformeerd persoon duidelijk dat hij of zij met een "
                "AI-systeem te maken heeft",
                {"transparency.interaction_obvious": True},
            ),
            _opt(
                "law_enforcement",
                "It is authorised by law to detect, prevent or investigate criminal offences",
                "Het is bij wet toegestaan om strafbare feiten op te sporen, te voorkomen of te "
                "onderzoeken",
                {
                    "transparency.authorised_by_law_criminal_offences": True,
                    "transparency.authorised_by_law_detect_prevent_investigate": True,
                },
            ),
            # "only to prosecute" settles the Art. 50(3) permission "to detect, prevent or
            # investigate" as no (atoms.NARROWER_SETTLED_BY_BROADER), so it is not asked after
            # it (review56)
            _opt(
                "law_enforcement_prosecution_only",
                "It is authorised by law only to prosecute criminal offences (not to detect, "
                "prevent or investigate them)",
                "Het is bij wet alleen toegestaan om strafbare feiten te vervolgen (niet om ze op "
                "te sporen, te voorkomen of te onderzoeken)",
                {
                    "transparency.authorised_by_law_criminal_offences": True,
                    "transparency.authorised_by_law_detect_prevent_investigate": False,
                },
            ),
            # The conditions of the authorisation in the same step (round 17): Art. 50(1) asks
            # for the third-party safeguards, Art. 50(3) for a permission "to detect, prevent or
            # investigate", with those safeguards, in accordance with Union law. Not ticked, they
            # are no; "only to prosecute" settles the Art. 50(3) permission as no, and a "no" to
            # the safeguards settles it too (atoms.NARROWER_SETTLED_BY_BROADER; review56). The
            # permission states the safeguards in its own words, so ticking it alone records
            # them (no case file that contradicts itself). "At least one of them" (review58,
            # fix18): a system relying on two authorisations (one only to prosecute, without
            # safeguards; one to investigate, with them) is "authorised by law ... subject to
            # appropriate safeguards" (Art. 50(1)) through the second; "no" then means that none
            # has them, which is what settles the Art. 50(3) permission as no.
            _opt(
                "third_party_safeguards",
                "That authorisation by law (where the system has more than one: at least one of "
                "them) is subject to appropriate safeguards for the rights and freedoms of third "
                "parties",
                "Bij die wettelijke toestemming (als het systeem er meer dan één heeft: bij ten "
                "minste één ervan) zijn er passende waarborgen voor de rechten en vrijheden van "
                "derden",
                {"transparency.art50_1_safeguards_third_parties": True},
                presupposes=["law_enforcement", "law_enforcement_prosecution_only"],
            ),
            _opt(
                "permitted_art50_3",
                "It is permitted by law to detect, prevent or investigate criminal offences, "
                "subject to appropriate safeguards for the rights and freedoms of third parties "
                "and in accordance with Union law",
                "Het is bij wet toegestaan om strafbare feiten op te sporen, te voorkomen of te "
                "onderzoeken, met inachtneming van passende waarborgen voor de rechten en "
                "vrijheden van derden en overeenkomstig het Unierecht",
                {
                    "transparency.permitted_by_law_detect_prevent_investigate": True,
                    "transparency.authorised_by_law_criminal_offences": True,
                    "transparency.authorised_by_law_detect_prevent_investigate": True,
                    "transparency.art50_1_safeguards_third_parties": True,
                },
            ),
            _opt(
                "public_reporting",
                "The public can use it to report a criminal offence",
                "Het publiek kan het gebruiken om een strafbaar feit te melden",
                {"transparency.available_to_public_to_report_offences": True},
            ),
            _opt(
                "standard_editing",
                "It only assists with standard editing of the content",
                "Het helpt alleen bij standaardbewerking van de inhoud",
                {"transparency.assistive_standard_editing_only": True},
            ),
            _opt(
                "no_substantial_change",
                "It does not substantially change the input data or its meaning",
                "Het verandert de inputdata of de betekenis ervan niet wezenlijk",
                {"transparency.does_not_substantially_alter_input": True},
            ),
            _opt(
                "artistic",
                "The deep fake is part of an evidently artistic, creative, satirical, fictional "
                "or analogous work or programme",
                "De deepfake maakt deel uit van een kennelijk artistiek, creatief, satirisch, "
                "fictief of analoog werk of programma",
                {"transparency.evidently_artistic_creative_satirical": True},
            ),
            _opt(
                "editorial",
                "The text is reviewed by people or under editorial control, and someone holds "
                "editorial responsibility for publishing it",
                "De tekst wordt door mensen beoordeeld of redactioneel gecontroleerd, en iemand "
                "draagt de redactionele verantwoordelijkheid voor de publicatie",
                {"transparency.human_review_and_editorial_responsibility": True},
            ),
        ],
    },
    # ------------------------------------------------------------ Art. 25: the value chain
    _yes_no(
        "contract_allocation",
        "value_chain.contract_allocates_obligations_otherwise",
        "Does a contract divide the provider's obligations differently? (Asked only under "
        "reading A29=contract_displaces_shift.)",
        "Is in een contractuele regeling bepaald dat de verplichtingen van de aanbieder anders "
        "worden toegewezen? (Alleen gevraagd onder lezing A29: de contractuele regeling "
        "verhindert de rolverschuiving.)",
        cites=["Art. 25(1)(a)"],
    ),
    _yes_no(
        "initial_provider_excluded",
        "value_chain.initial_provider_excluded_high_risk_use",
        "Did your organisation, as the initial provider, clearly state that the system may not "
        "be changed into a high-risk AI system?",
        "Heeft uw organisatie, als oorspronkelijke aanbieder, duidelijk aangegeven dat het "
        "systeem niet mag worden veranderd in een AI-systeem met een hoog risico?",
        cites=["Art. 25(2)"],
    ),
    _yes_no(
        "third_party_supplies",
        "value_chain.third_party_supplies",
        "Does another organisation supply something that is used or integrated in this AI "
        "system: an AI system, an AI model, tools, services, components or processes?",
        "Levert een andere organisatie iets dat in dit AI-systeem wordt gebruikt of "
        "geïntegreerd: een AI-systeem, een AI-model, instrumenten, diensten, onderdelen of "
        "processen?",
        "The provider of a high-risk AI system and each third party that supplies such things "
        "for it make a written agreement on the information, capabilities, technical access and "
        "other assistance the provider needs to comply (Art. 25(4)). Examples: a bought model, "
        "a cloud service or a data set from another organisation. Do not count what its maker "
        "makes accessible to the public under a free and open-source licence (an AI system, an "
        "AI model, tools, services, processes or components), unless it is a general-purpose AI "
        "model. Did you build the system yourself, without such supplies? Then answer no. Did "
        "your organisation become the provider by changing another organisation's system (Art. "
        "25(1))? Whether that initial provider (Art. 25(2)) is also such a third party, the Act "
        "does not settle: if it is the only supplier, leave this question open.",
        "De aanbieder van een AI-systeem met een hoog risico en elke derde partij die zulke "
        "dingen ervoor levert, leggen in een schriftelijke overeenkomst vast welke informatie, "
        "capaciteiten, technische toegang en andere bijstand de aanbieder nodig heeft om te "
        "voldoen (artikel 25, lid 4). Voorbeelden: een gekocht model, een clouddienst of een "
        "dataset van een andere organisatie. Tel niet mee: wat de maker onder een vrije en "
        "opensource licentie toegankelijk maakt voor het publiek (een AI-systeem, een AI-model, "
        "instrumenten, diensten, processen of onderdelen), behalve een AI-model voor algemene "
        "doeleinden. Heeft u het systeem zelf gebouwd, zonder zulke leveringen? Antwoord dan "
        "nee. Is uw organisatie aanbieder geworden door het systeem van een andere organisatie "
        "te wijzigen (artikel 25, lid 1)? Of die oorspronkelijke aanbieder (artikel 25, lid 2) "
        "ook zo'n derde partij is, regelt de verordening niet: is zij de enige derde partij die "
        "levert, laat deze vraag dan open.",
        definitions=["provider", "high_risk_ai_system", "gpai_model"],
        cites=["Art. 25(4)"],
    ),
    _yes_no(
        "third_party_supplies_only_models",
        "value_chain.third_party_supplies_only_ai_models",
        "Is what other organisations supply for this AI system only AI models, and not an AI "
        "system, tools, services, components or processes?",
        "Leveren andere organisaties voor dit AI-systeem alleen AI-modellen, en geen AI-systeem, "
        "instrumenten, diensten, onderdelen of processen?",
        "The published Art. 25(4) names AI systems, tools, services, components and processes; "
        "the amended text also names AI models. Under the reading you chose, a supply of only an "
        "AI model may not count. Leave out, as in the previous question, what its maker makes "
        "accessible to the public under a free and open-source licence, unless it is a "
        "general-purpose AI model (Art. 25(4), last sentence).",
        "Artikel 25, lid 4, noemt in de oorspronkelijke tekst AI-systemen, instrumenten, "
        "diensten, onderdelen en processen; de gewijzigde tekst noemt ook AI-modellen. Volgens "
        "de gekozen lezing telt alleen een AI-model leveren mogelijk niet mee. Tel, zoals bij de "
        "vorige vraag, niet mee wat de maker onder een vrije en opensource licentie "
        "toegankelijk maakt voor het publiek, behalve een AI-model voor algemene doeleinden "
        "(artikel 25, lid 4, laatste zin).",
        definitions=["gpai_model"],
        cites=["Art. 25(4)"],
    ),
    _yes_no(
        "third_party_supplies_gpai_model",
        "value_chain.third_party_supplies_general_purpose_ai_model",
        "Is one of the AI models that other organisations supply for this AI system a "
        "general-purpose AI model?",
        "Is een van de AI-modellen die andere organisaties voor dit AI-systeem leveren een "
        "AI-model voor algemene doeleinden?",
        "Under one reading of the published Art. 25(4), a general-purpose AI model counts as a "
        "component and other AI models do not.",
        "Volgens een lezing van de oorspronkelijke tekst van artikel 25, lid 4, telt een "
        "AI-model voor algemene doeleinden als onderdeel en tellen andere AI-modellen niet.",
        definitions=["gpai_model"],
        cites=["Art. 25(4)"],
    ),
    _yes_no(
        "supplies_open_source",
        "value_chain.supplies_under_free_open_source_licence",
        "Do you make what you supply for the high-risk AI system (tools, services, processes or "
        "components, such as an AI model) accessible to the public under a free and open-source "
        "licence?",
        "Maakt u wat u levert voor het AI-systeem met een hoog risico (instrumenten, diensten, "
        "processen of onderdelen, zoals een AI-model) toegankelijk voor het publiek onder een "
        "vrije en opensource licentie?",
        "A third party that makes its tools, services, processes or components, other than "
        "general-purpose AI models, accessible to the public under a free and open-source "
        "licence need not make the written agreement with the provider (Art. 25(4)); for a "
        "general-purpose AI model the agreement stays needed.",
        "Een derde partij die instrumenten, diensten, processen of onderdelen, behalve AI-modellen "
        "voor algemene doeleinden, onder een vrije en opensource licentie toegankelijk maakt voor "
        "het publiek, hoeft geen schriftelijke overeenkomst met de aanbieder te sluiten (artikel "
        "25, lid 4); voor een AI-model voor algemene doeleinden blijft die overeenkomst nodig.",
        cites=["Art. 25(4)"],
    ),
    _yes_no(
        "supplies_gpai_model",
        "value_chain.supplies_general_purpose_ai_model",
        "Is what you supply a general-purpose AI model?",
        "Is wat u levert een AI-model voor algemene doeleinden?",
        "The exception for free and open-source supplies does not cover general-purpose AI "
        "models (Art. 25(4)).",
        "De uitzondering voor leveringen onder een vrije en opensource licentie geldt niet "
        "voor AI-modellen voor algemene doeleinden (artikel 25, lid 4).",
        definitions=["gpai_model"],
        cites=["Art. 25(4)"],
    ),
    _yes_no(
        "supplies_own_model",
        "value_chain.provides_supplied_model",
        "Is your organisation the provider of the general-purpose AI model you supply?",
        "Is uw organisatie de aanbieder van het AI-model voor algemene doeleinden dat u levert?",
        "You are the provider if you develop the model, or have it developed, and place it on "
        "the market under your own name or trademark (Art. 3(3)). If you resell a model of "
        "another provider, you are not its provider: answer no. This can matter for fines "
        "(Art. 99) and for the extra time of Art. 111(3).",
        "U bent de aanbieder als u het model ontwikkelt of laat ontwikkelen en het onder uw "
        "eigen naam of merk in de handel brengt (artikel 3, punt 3). Verkoopt u een model van "
        "een andere aanbieder door, dan bent u niet de aanbieder ervan: antwoord nee. Dit kan "
        "uitmaken voor geldboetes (artikel 99) en voor de extra tijd van artikel 111, lid 3.",
        definitions=["gpai_model", "provider"],
        cites=["Art. 3(3)", "Art. 3(8)", "Art. 99(1)", "Art. 111(3)"],
    ),
    _yes_no(
        "supplied_model_legacy",
        "value_chain.supplied_model_placed_before_2_august_2025",
        "Was the general-purpose AI model you supply first placed on the market before 2 August "
        "2025?",
        "Is het AI-model voor algemene doeleinden dat u levert vóór 2 augustus 2025 voor het "
        "eerst in de handel gebracht?",
        "A provider of a general-purpose AI model placed on the market before 2 August 2025 has "
        "until 2 August 2027 to comply with the obligations of the AI Act (Art. 111(3)), also "
        "for the written agreement with the provider of the high-risk AI system (Art. 25(4)). "
        "Building the model into an AI system that is made available also counts as placing it "
        "on the market (recital 97).",
        "Een aanbieder van een AI-model voor algemene doeleinden dat vóór 2 augustus 2025 in de "
        "handel is gebracht, heeft tot 2 augustus 2027 om aan de verplichtingen van de "
        "AI-verordening te voldoen (artikel 111, lid 3), ook voor de schriftelijke "
        "overeenkomst met de aanbieder van het AI-systeem met een hoog risico (artikel 25, lid "
        "4). Ook het model inbouwen in een AI-systeem dat op de markt wordt aangeboden, telt "
        "als in de handel brengen (overweging 97).",
        definitions=["gpai_model"],
        cites=["Art. 111(3)", "Art. 25(4)"],
    ),
    _yes_no(
        "supplies_only_ai_model",
        "value_chain.supplies_only_ai_model",
        "Is what you supply only an AI model, and not an AI system, tools, services, components "
        "or processes?",
        "Levert u alleen een AI-model, en geen AI-systeem, instrumenten, diensten, onderdelen "
        "of processen?",
        "The published Art. 25(4) names AI systems, tools, services, components and processes; "
        "the amended text also names AI models.",
        "Artikel 25, lid 4, noemt in de oorspronkelijke tekst AI-systemen, instrumenten, "
        "diensten, onderdelen en processen; de gewijzigde tekst noemt ook AI-modellen.",
        cites=["Art. 25(4)"],
    ),
    _yes_no(
        "provider_established_in_eu",
        "value_chain.provider_established_in_eu",
        "Is the provider of the system established in the EU?",
        "Is de aanbieder van het systeem in de EU gevestigd?",
        "The provider the system is with now: for an importer, distributor or authorised "
        "representative the provider it acts for; for a third party that supplies something "
        "the system uses, the provider it supplies (Art. 25(4)); for an initial provider, the "
        "party that became the provider (Art. 25(2)). A provider outside the EU must appoint an "
        "authorised representative in the EU before it makes a high-risk AI system available "
        "on the EU market (Art. 22(1)); importers check this (Art. 23(1)); where the output of "
        "its system is used in the EU, the Act reaches it (Art. 2(1)(c)).",
        "De aanbieder bij wie het systeem nu is: voor een importeur, distributeur of gemachtigde "
        "de aanbieder voor wie hij optreedt; voor een derde partij die iets levert dat het "
        "systeem gebruikt, de aanbieder aan wie zij levert (artikel 25, lid 4); voor de "
        "oorspronkelijke aanbieder de partij die aanbieder is geworden (artikel 25, lid 2). Een "
        "aanbieder buiten de EU moet een gemachtigde in de EU aanwijzen voordat hij een "
        "AI-systeem met een hoog risico op de markt van de EU aanbiedt (artikel 22, lid 1); "
        "importeurs controleren dat (artikel 23, lid 1); als de output van zijn AI-systeem in de "
        "EU wordt gebruikt, is de verordening op hem van toepassing (artikel 2, lid 1, punt c)).",
        definitions=["provider"],
        cites=["Art. 22(1)", "Art. 23(1)", "Art. 25(2)", "Art. 25(4)", "Art. 2(1)(c)"],
    ),
    _yes_no(
        "authorised_representative_appointed",
        "value_chain.authorised_representative_appointed",
        "Has the provider outside the EU appointed an authorised representative in the EU?",
        "Heeft de aanbieder buiten de EU een gemachtigde in de EU aangewezen?",
        "The appointment is made by a written mandate (Art. 22(1)). An importer checks it "
        "before placing the system on the market (Art. 23(1)(d)).",
        "De aanwijzing gebeurt met een schriftelijke machtiging (artikel 22, lid 1). Een "
        "importeur controleert dat voordat hij het systeem in de handel brengt (artikel 23, "
        "lid 1, punt d)).",
        definitions=["authorised_representative"],
        cites=["Art. 22(1)", "Art. 23(1)(d)"],
    ),
    # ------------------------------------------------------------ how and by whom it is used
    {
        "id": "use_context",
        "kind": "several_of",
        "text_en": "How is the system used? Choose all that apply.",
        "text_nl": "Hoe wordt het systeem gebruikt? Kies alles wat klopt.",
        "help_en": "Some duties of deployers depend on this (Art. 26).",
        "help_nl": "Sommige plichten van gebruiksverantwoordelijken hangen hiervan af "
        "(artikel 26).",
        "definitions": ["post_rbi"],
        "cites": ["Art. 26(4)", "Art. 26(7)", "Art. 26(10)", "Art. 26(11)"],
        "options": [
            _opt(
                "workplace",
                "It is used at the workplace",
                "Het wordt op de werkplek gebruikt",
                {"context.workplace_use": True},
            ),
            _opt(
                "decisions",
                "It makes decisions about people, or helps to make them",
                "Het neemt besluiten over mensen, of helpt daarbij",
                {"context.decisions_on_natural_persons": True},
            ),
            _opt(
                "controls_input",
                "We, as deployer, control the input data",
                "Wij hebben als gebruiksverantwoordelijke zeggenschap over de inputdata",
                {"context.deployer_controls_input_data": True},
            ),
            _opt(
                "post_rbi",
                "It is used for biometric identification afterwards (not in real time) in the "
                "targeted search for a suspect or convicted person",
                "Het wordt gebruikt voor biometrische identificatie achteraf (niet in real time) "
                "bij het gericht zoeken naar een verdachte of veroordeelde",
                {"context.post_remote_biometric_identification_criminal_investigation": True},
            ),
        ],
    },
    {
        "id": "public_authority_use",
        "kind": "several_of",
        "text_en": "Which of these apply to the system? Choose all that apply.",
        "text_nl": "Wat hiervan geldt voor het systeem? Kies alles wat klopt.",
        "cites": ["Art. 111(2)", "Art. 49(3)"],
        "options": [
            _opt(
                "on_behalf",
                "It is used by or on behalf of a public authority or a Union institution, body, "
                "office or agency",
                "Het wordt gebruikt door of namens een overheidsinstantie of een instelling, "
                "orgaan of instantie van de Unie",
                {"context.on_behalf_of_public_authority": True},
            ),
            _opt(
                "intended",
                "The provider intends it to be used by public authorities",
                "De aanbieder heeft het bedoeld voor gebruik door overheidsinstanties",
                {"context.intended_for_public_authorities": True},
            ),
            _opt(
                "used",
                "Public authorities actually use it",
                "Overheidsinstanties gebruiken het echt",
                {"context.used_by_public_authorities": True},
            ),
        ],
    },
    _yes_no(
        "annex_x_component",
        "context.annex_x_large_scale_it_component",
        "Is the system a component of one of the large-scale IT systems of Annex X (such as "
        "SIS, VIS, Eurodac, EES, ETIAS or ECRIS-TCN)?",
        "Is het systeem een component van een van de grootschalige IT-systemen van bijlage X "
        "(zoals SIS, VIS, Eurodac, EES, ETIAS of ECRIS-TCN)?",
        "Such systems placed on the market or put into service before 2 August 2027 have "
        "until 31 December 2030 to comply (Art. 111(1)).",
        "Zulke systemen die vóór 2 augustus 2027 in de handel zijn gebracht of in gebruik "
        "zijn gesteld, moeten uiterlijk op 31 december 2030 aan de verordening voldoen "
        "(artikel 111, lid 1).",
        cites=["Art. 111(1)"],
    ),
    {
        "id": "ai_office_systems",
        "kind": "several_of",
        "text_en": "Is the system based on a general-purpose AI model, or part of a very large "
        "online platform? Choose all that apply.",
        "text_nl": "Is het systeem gebaseerd op een AI-model voor algemene doeleinden, of maakt "
        "het deel uit van een zeer groot onlineplatform? Kies alles wat klopt.",
        "help_en": "For these systems the AI Office supervises compliance (Art. 75(1)). Very "
        "large online platforms and search engines are those designated under the Digital "
        "Services Act, Regulation (EU) 2022/2065.",
        "help_nl": "Op deze systemen houdt het AI-bureau toezicht (artikel 75, lid 1). Zeer grote "
        "onlineplatforms en onlinezoekmachines zijn die welke zijn aangewezen op grond van "
        "Verordening (EU) 2022/2065 (digitaledienstenverordening).",
        "definitions": ["ai_office", "gpai_model"],
        "cites": ["Art. 75(1)"],
        "options": [
            _opt(
                "same_provider",
                "It is based on a general-purpose AI model developed by the same provider",
                "Het is gebaseerd op een AI-model voor algemene doeleinden dat dezelfde "
                "aanbieder heeft ontwikkeld",
                {"context.gpai_model_same_provider": True},
            ),
            _opt(
                "same_undertaking",
                "It is based on a general-purpose AI model developed by a provider of the same "
                "undertaking (group) as the system's provider",
                "Het is gebaseerd op een AI-model voor algemene doeleinden van een aanbieder die "
                "tot dezelfde onderneming (groep) behoort als de aanbieder van het systeem",
                {"context.gpai_model_same_undertaking": True},
            ),
            _opt(
                "very_large_platform",
                "It is, or is part of, a very large online platform or a very large online "
                "search engine",
                "Het is, of maakt deel uit van, een zeer groot onlineplatform of een zeer grote "
                "onlinezoekmachine",
                {"context.very_large_online_platform_or_search_engine": True},
            ),
        ],
    },
    _yes_no(
        "ai_office_art74_6",
        "context.provided_by_le_border_or_financial_authority",
        "Is the system provided by a law enforcement authority, a border management authority or "
        "a financial institution, and does it fall under Art. 74(6) (a financial institution's "
        "system used in direct connection with its financial services)?",
        "Wordt het systeem aangeboden door een rechtshandhavingsinstantie, een "
        "grensbeheerautoriteit of een financiële instelling, en valt het onder artikel 74, lid 6 "
        "(een systeem van een financiële instelling dat rechtstreeks verband houdt met haar "
        "financiële diensten)?",
        "Such systems are supervised by the national authorities, not by the AI Office "
        "(Art. 75(1)(a)(iii)).",
        "Op zulke systemen houden de nationale autoriteiten toezicht, niet het AI-bureau "
        "(artikel 75, lid 1, punt a, iii)).",
        definitions=["law_enforcement_authority", "ai_office"],
        cites=["Art. 75(1)", "Art. 74(6)"],
    ),
    _yes_no(
        "deployer_same_undertaking",
        "context.deployer_same_undertaking_as_provider",
        "Is your organisation part of the same undertaking (group) as the provider of the system?",
        "Behoort uw organisatie tot dezelfde onderneming (groep) als de aanbieder van het systeem?",
        "The AI Office supervises a deployer only when it is also the provider or part of the "
        "same undertaking as the provider (Art. 75(1)).",
        "Het AI-bureau houdt alleen toezicht op een gebruiksverantwoordelijke die ook de "
        "aanbieder is of tot dezelfde onderneming behoort als de aanbieder (artikel 75, lid 1).",
        definitions=["deployer", "provider", "ai_office"],
        cites=["Art. 75(1)"],
    ),
    _yes_no(
        "law_enforcement_migration_area",
        "context.law_enforcement_migration_border_area",
        "Is the system used in the area of law enforcement, migration, asylum or border control "
        "management?",
        "Wordt het systeem gebruikt op het gebied van rechtshandhaving, migratie, asiel of "
        "grenstoezichtsbeheer?",
        "Such high-risk systems are registered in a secure, non-public section of the EU "
        "database (Art. 49(4)).",
        "Zulke systemen met een hoog risico worden geregistreerd in een beveiligd, niet-openbaar "
        "deel van de EU-databank (artikel 49, lid 4).",
        definitions=["law_enforcement"],
        cites=["Art. 49(4)"],
    ),
    _yes_no(
        "dpia_conducted",
        "context.dpia_conducted",
        "Has a data protection impact assessment (Art. 35 of Regulation (EU) 2016/679 or Art. 27 "
        "of Directive (EU) 2016/680) already been carried out that meets obligations of the "
        "fundamental rights impact assessment?",
        "Is er al een gegevensbeschermingseffectbeoordeling uitgevoerd (artikel 35 van "
        "Verordening (EU) 2016/679 of artikel 27 van Richtlijn (EU) 2016/680) die al voldoet aan "
        "verplichtingen van de beoordeling van de gevolgen voor de grondrechten?",
        "Then the fundamental rights impact assessment complements it (Art. 27(4)).",
        "Dan vult de beoordeling van de gevolgen voor de grondrechten die aan (artikel 27, lid 4).",
        cites=["Art. 27(4)"],
    ),
    _yes_no(
        "dpia_required",
        "context.dpia_required",
        "Must the deployer carry out a data protection impact assessment of its use of the "
        "system (Art. 35 of Regulation (EU) 2016/679 or Art. 27 of Directive (EU) 2016/680)?",
        "Moet de gebruiksverantwoordelijke een gegevensbeschermingseffectbeoordeling van zijn "
        "gebruik van het systeem uitvoeren (artikel 35 van Verordening (EU) 2016/679 of "
        "artikel 27 van Richtlijn (EU) 2016/680)?",
        "Where it must, it uses the instructions for use of Art. 13 to carry it out "
        "(Art. 26(9): 'Where applicable').",
        "Zo ja, dan gebruikt zij daarvoor de gebruiksinstructies van artikel 13 (artikel 26, "
        "lid 9: 'Indien van toepassing').",
        cites=["Art. 26(9)"],
    ),
    _yes_no(
        "urgency_use_art46",
        "context.urgency_use_without_art46_authorisation",
        "Does a law-enforcement or civil protection authority put the system into service "
        "without the authorisation of Art. 46(1), because of a duly justified situation of "
        "urgency?",
        "Stelt een rechtshandhavingsinstantie of civielebeschermingsautoriteit het systeem in "
        "gebruik zonder de toestemming van artikel 46, lid 1, vanwege een naar behoren "
        "gemotiveerde spoedeisende situatie?",
        "Then the authorisation must be requested during or after the use without undue delay "
        "(Art. 46(2)).",
        "Dan moet de toestemming tijdens of na het gebruik zonder onnodige vertraging worden "
        "aangevraagd (artikel 46, lid 2).",
        definitions=["market_surveillance_authority"],
        cites=["Art. 46(2)"],
    ),
    # ------------------------------------------------------------ conformity and testing
    _yes_no(
        "standards_applied",
        "conformity.standards_applied_in_full",
        "Has the provider applied harmonised standards (or, where they exist, common "
        "specifications) in full to show that the system meets the requirements for high-risk "
        "AI systems?",
        "Heeft de aanbieder geharmoniseerde normen (of, waar die bestaan, gemeenschappelijke "
        "specificaties) volledig toegepast om aan te tonen dat het systeem voldoet aan de eisen "
        "voor AI-systemen met een hoog risico?",
        "For a biometric system (Annex III, point 1): then the provider may choose the "
        "conformity assessment, internal control (Annex VI) or with a notified body (Annex VII); "
        "otherwise a notified body is needed (Art. 43(1)).",
        "Voor een biometrisch systeem (bijlage III, punt 1): dan mag de aanbieder de "
        "conformiteitsbeoordeling kiezen, interne controle (bijlage VI) of met een aangemelde "
        "instantie (bijlage VII); anders is een aangemelde instantie nodig (artikel 43, lid 1).",
        definitions=["conformity_assessment", "high_risk_ai_system"],
        cites=["Art. 43(1)", "Art. 43(3)"],
    ),
    _yes_no(
        "notified_body_chosen",
        "conformity.opts_for_notified_body",
        "Does the provider choose the conformity assessment with a notified body (Annex VII) "
        "instead of internal control (Annex VI)?",
        "Kiest de aanbieder voor de conformiteitsbeoordeling met een aangemelde instantie "
        "(bijlage VII) in plaats van interne controle (bijlage VI)?",
        "The choice exists only for a biometric system (Annex III, point 1) for which harmonised "
        "standards or common specifications were applied in full (Art. 43(1)).",
        "Die keuze bestaat alleen voor een biometrisch systeem (bijlage III, punt 1) waarvoor "
        "geharmoniseerde normen of gemeenschappelijke specificaties volledig zijn toegepast "
        "(artikel 43, lid 1).",
        definitions=["conformity_assessment"],
        cites=["Art. 43(1)"],
    ),
    _yes_no(
        "sectoral_opt_out",
        "conformity.sectoral_opt_out_available",
        "Does the product legislation of Annex I, Section A, that applies allow the manufacturer "
        "to skip the third-party conformity assessment when it has applied harmonised standards "
        "covering all the relevant requirements of that legislation, and has the manufacturer "
        "applied them?",
        "Staat de productwetgeving van bijlage I, afdeling A, die van toepassing is, de fabrikant "
        "toe af te zien van een conformiteitsbeoordeling door een derde partij als hij "
        "geharmoniseerde normen heeft toegepast die alle relevante voorschriften van die "
        "wetgeving dekken, en heeft de fabrikant die normen toegepast?",
        "The manufacturer may then use that option for the AI system only if it has also applied "
        "harmonised standards or common specifications covering all the requirements for "
        "high-risk AI systems (Art. 43(3), third subparagraph).",
        "De fabrikant mag die mogelijkheid dan voor het AI-systeem alleen gebruiken als hij ook "
        "geharmoniseerde normen of gemeenschappelijke specificaties heeft toegepast die alle "
        "eisen voor AI-systemen met een hoog risico dekken (artikel 43, lid 3, derde alinea).",
        definitions=["conformity_assessment"],
        cites=["Art. 43(3)"],
    ),
    _yes_no(
        "common_specs_not_followed",
        "conformity.common_specifications_not_followed",
        "Has the Commission adopted common specifications for requirements of this system "
        "(Art. 41(1)), and does the provider not follow them?",
        "Heeft de Commissie gemeenschappelijke specificaties vastgesteld voor eisen aan dit "
        "systeem (artikel 41, lid 1), en volgt de aanbieder die niet?",
        "Then the provider must duly justify that its own technical solutions meet the "
        "requirements at least to an equivalent level (Art. 41(5)).",
        "Dan moet de aanbieder naar behoren motiveren dat zijn eigen technische oplossingen ten "
        "minste een gelijkwaardig niveau halen (artikel 41, lid 5).",
        definitions=["conformity_assessment"],
        cites=["Art. 41(5)"],
    ),
    _yes_no(
        "real_world_testing_outside_sandbox",
        "conformity.real_world_testing_outside_sandbox",
        "Does the provider test the system in real-world conditions outside an AI regulatory "
        "sandbox?",
        "Test de aanbieder het systeem onder reële omstandigheden buiten een AI-testomgeving "
        "voor regelgeving?",
        "Providers of high-risk AI systems of Annex III may do so under the conditions of "
        "Art. 60, for example a real-world testing plan approved by the market surveillance "
        "authority.",
        "Aanbieders van AI-systemen met een hoog risico uit bijlage III mogen dat onder de "
        "voorwaarden van artikel 60, bijvoorbeeld met een plan voor testen onder reële "
        "omstandigheden dat de markttoezichtautoriteit heeft goedgekeurd.",
        definitions=["real_world_testing"],
        cites=["Art. 60(1)"],
    ),
    # ------------------------------------------------------------ steps of the authorities
    {
        "id": "authority_actions",
        "kind": "several_of",
        "text_en": "Has a supervisory authority taken one of these steps about the system? Choose "
        "all that apply.",
        "text_nl": "Heeft een toezichthouder een van deze stappen genomen over het systeem? Kies "
        "alles wat klopt.",
        "help_en": "Some obligations arise only once an authority has acted (Arts. 75c, 79, 80 "
        "and 82). A system a market surveillance authority has found high-risk (Art. 80(2)) "
        "counts as a high-risk AI system, for the deployer too (reading A30). Such a finding "
        "can exist only from the day the Annex III classification applies: 2 December 2027 in "
        "the amended text, 2 August 2026 in the original (Art. 113); before that day it is not "
        "offered.",
        "help_nl": "Sommige verplichtingen ontstaan pas als een autoriteit heeft ingegrepen "
        "(artikelen 75 quater, 79, 80 en 82). Heeft een markttoezichtautoriteit vastgesteld dat "
        "het systeem een hoog risico vormt (artikel 80, lid 2)? Dan geldt het als AI-systeem "
        "met een hoog risico, ook voor de gebruiksverantwoordelijke (lezing A30). Zo'n "
        "vaststelling kan er pas zijn vanaf de dag waarop de indeling volgens bijlage III geldt: "
        "2 december 2027 in de gewijzigde tekst, 2 augustus 2026 in de oorspronkelijke (artikel "
        "113); vóór die dag wordt ze niet aangeboden.",
        "definitions": ["market_surveillance_authority", "ai_office"],
        "cites": ["Art. 79(2)", "Art. 80(2)", "Art. 82(1)"],
        "options": [
            _opt(
                "msa_corrective_action",
                "A market surveillance authority found that it does not comply and required "
                "corrective action, withdrawal or recall",
                "Een markttoezichtautoriteit heeft vastgesteld dat het niet voldoet en heeft "
                "corrigerende maatregelen, uit de handel nemen of terugroepen geëist",
                {"authority_actions.msa_required_corrective_action": True},
            ),
            _opt(
                "msa_found_high_risk",
                "A market surveillance authority found that it is high-risk, although the "
                "provider had classified it as not high-risk, and required it to be brought "
                "into compliance",
                "Een markttoezichtautoriteit heeft vastgesteld dat het een hoog risico vormt, "
                "hoewel de aanbieder het niet als systeem met een hoog risico heeft ingedeeld, en "
                "heeft geëist dat het in overeenstemming wordt gebracht",
                {"authority_actions.msa_found_derogated_system_high_risk": True},
            ),
            _opt(
                "msa_risk",
                "A market surveillance authority found that it presents a risk although it "
                "complies, and required measures",
                "Een markttoezichtautoriteit heeft vastgesteld dat het een risico inhoudt, "
                "hoewel het voldoet, en heeft maatregelen geëist",
                {"authority_actions.msa_required_measures_compliant_system_at_risk": True},
            ),
            _opt(
                "ai_office_non_compliance",
                "The AI Office decided that it does not comply and ordered measures",
                "Het AI-bureau heeft besloten dat het niet voldoet en heeft maatregelen opgelegd",
                {"authority_actions.ai_office_non_compliance_decision": True},
            ),
            _opt(
                "ai_office_enforcement",
                "The AI Office ordered an investigation or inspection, asked for information, "
                "or ordered corrective action or compliance with commitments or a decision",
                "Het AI-bureau heeft een onderzoek of inspectie opgelegd, om informatie "
                "gevraagd, of corrigerende maatregelen of naleving van toezeggingen of een "
                "besluit opgelegd",
                {"authority_actions.ai_office_enforcement_decision": True},
            ),
        ],
    },
    # ------------------------------------------------------------ dates
    {
        "id": "first_placing",
        "kind": "date",
        "field": "placed_on_market",
        "settles": ["put_into_service"],
        "text_en": "When was this type of system first placed on the market or put into service "
        "in the EU, whichever came first? Not yet? Give the planned date.",
        "text_nl": "Wanneer is dit type systeem voor het eerst in de EU in de handel gebracht of "
        "in gebruik gesteld, wat het eerst gebeurde? Nog niet? Geef de geplande datum.",
        "help_en": "The dates of Art. 111 and 113 turn on this date (for systems already on the "
        "market: Art. 111(1), (2) and (4)).",
        "help_nl": "De data van de artikelen 111 en 113 hangen af van deze datum (voor systemen "
        "die al in de handel zijn: artikel 111, leden 1, 2 en 4).",
        "definitions": ["placing_on_market", "putting_into_service"],
        "cites": ["Art. 111(2)", "Art. 3, point 9", "Art. 3, point 11"],
    },
    {
        "id": "significant_change",
        "kind": "date",
        "field": "significant_change",
        "text_en": "Has the design of the system changed significantly since it was first placed "
        "on the market or put into service? If so, when? "
        "More than one change: give the first one on or after the date in the help, or, if "
        "there was none since that date, the most recent one.",
        "text_nl": "Is het ontwerp van het systeem aanzienlijk gewijzigd sinds het voor het eerst "
        "in de handel is gebracht of in gebruik is gesteld? Zo ja, "
        "wanneer? Meer dan één wijziging: geef de eerste op of na de datum in de toelichting, "
        "of, als er sinds die datum geen was, de meest recente.",
        "help_en": "Art. 111(2): a high-risk system already placed on the market or put into "
        "service before the date its high-risk rules apply from falls under the Act from the "
        "first significant change in its design on or after that date: 2 December 2027 for "
        "Annex III systems, 2 August 2028 for products of Annex I (2 August 2026 in the text as "
        "published). A significant change means in substance a substantial modification "
        "(recital 177).",
        "help_nl": "Artikel 111, lid 2: een systeem met een hoog risico dat al in de handel is "
        "gebracht of in gebruik is gesteld vóór de datum waarop de regels voor systemen met een "
        "hoog risico erop van toepassing worden, valt onder de verordening vanaf de eerste "
        "aanzienlijke wijziging in het ontwerp op of na die datum: 2 december 2027 voor "
        "systemen van bijlage III, 2 augustus 2028 voor producten van bijlage I (2 augustus "
        "2026 in de oorspronkelijke tekst). Een aanzienlijke wijziging is in wezen een "
        "substantiële wijziging (overweging 177).",
        "definitions": ["substantial_modification"],
        "cites": ["Art. 111(2)", "Art. 3, point 23"],
        "options": [
            _opt(
                "none",
                "No significant change",
                "Geen aanzienlijke wijziging",
                {"significant_change": "none"},
            ),
        ],
    },
    # ------------------------------------------------------------ the organisation
    {
        "id": "org_member_state",
        "kind": "one_of",
        "text_en": "In which EU country is your organisation established?",
        "text_nl": "In welke lidstaat is uw organisatie gevestigd?",
        "help_en": "The national rules on fines for public authorities differ per Member State "
        "(Art. 99(8)).",
        "help_nl": "De nationale regels over geldboetes voor overheidsinstanties verschillen per "
        "lidstaat (artikel 99, lid 8).",
        "cites": ["Art. 99(8)"],
        "options": [
            *_member_state_options(),
            _opt(
                "outside_eu",
                "Outside the EU",
                "Buiten de EU",
                {"organisation.established_in_eu": False},
            ),
        ],
    },
    _yes_no(
        "org_also_third_country",
        "organisation.also_established_in_third_country",
        "Besides its establishment in the EU, is your organisation also established in a "
        "country outside the EU (its head office, a branch or another office of the same "
        "organisation)?",
        "Is uw organisatie naast haar vestiging in de EU ook gevestigd in een land buiten de EU "
        "(het hoofdkantoor, een filiaal of een ander kantoor van dezelfde organisatie)?",
        "Art. 22(1) and 54(1): providers established in third countries appoint an authorised "
        "representative in the EU. Whether a provider that is also established in the EU must "
        "do so is an open question (reading A26). A subsidiary is an organisation of its own: "
        "it does not count.",
        "Artikel 22, lid 1, en artikel 54, lid 1: aanbieders die in een derde land zijn "
        "gevestigd, wijzen een gemachtigde in de EU aan. Of dat ook geldt voor een aanbieder "
        "die ook in de EU is gevestigd, is een open vraag (lezing A26). Een dochteronderneming "
        "is een eigen organisatie: die telt niet mee.",
        cites=["Art. 22(1)", "Art. 54(1)"],
    ),
    _yes_no(
        "system_made_available",
        "exclusions.made_available_on_union_market",
        "Do you supply the system to others in the EU as part of a business activity (for sale, "
        "under a licence or free of charge, also directly to the organisation that uses it)? "
        "Answer no if in the EU you only use it yourself.",
        "Levert u het systeem in de EU aan anderen als onderdeel van een handelsactiviteit (te "
        "koop, onder een licentie of gratis, ook rechtstreeks aan de organisatie die het "
        "gebruikt)? Antwoord nee als u het in de EU alleen zelf gebruikt.",
        "Art. 22(1): a provider established outside the EU appoints an authorised "
        "representative in the EU before it makes its high-risk AI system available on the EU "
        "market. Whether that is also needed when it only puts the system into service for its "
        "own use is an open question (reading A28).",
        "Artikel 22, lid 1: een aanbieder die buiten de EU is gevestigd, wijst een gemachtigde in "
        "de EU aan voordat hij zijn AI-systeem met een hoog risico in de EU in de handel brengt. "
        "Of dat ook nodig is als hij het systeem alleen voor eigen gebruik in gebruik stelt, is "
        "een open vraag (lezing A28).",
        definitions=["making_available", "putting_into_service"],
        cites=["Art. 22(1)", "Art. 3(10)", "Art. 3(11)"],
    ),
    {
        "id": "org_functions",
        "kind": "several_of",
        "text_en": "Which of these describe your organisation? Choose all that apply.",
        "text_nl": "Wat hiervan past bij uw organisatie? Kies alles wat klopt.",
        "definitions": ["law_enforcement_authority"],
        "cites": [
            "Art. 26(7)",
            "Art. 3, point 45",
            "Art. 26(5)",
            "Art. 26(6)",
            "Art. 17(4)",
            "Art. 18(3)",
            "Art. 19(2)",
            "Art. 72(4)",
        ],
        # No "judicial authority" option (round 12): the Act attaches nothing to the
        # organisation being one. Annex III point 8(a) turns on the system's intended purpose
        # ("intended to be used by a judicial authority or on their behalf"), asked by
        # annex_iii_points, and Art. 74(8) binds the market surveillance authorities.
        "options": [
            _opt(
                "employer",
                "It is an employer of workers",
                "Ze is werkgever van werknemers",
                {"organisation.is_employer": True},
            ),
            _opt(
                "law_enforcement",
                "It is a law enforcement authority",
                "Ze is een rechtshandhavingsinstantie",
                {"organisation.law_enforcement_authority": True},
            ),
            _opt(
                "financial",
                "It is a financial institution subject to internal governance requirements under "
                "EU financial services law",
                "Ze is een financiële instelling die onderworpen is aan eisen voor haar interne "
                "governance uit hoofde van het Unierecht inzake financiële diensten",
                {"organisation.financial_institution": True},
            ),
        ],
    },
    {
        "id": "org_size_class",
        "kind": "one_of",
        "text_en": "How large is your organisation?",
        "text_nl": "Hoe groot is uw organisatie?",
        "help_en": "By Commission Recommendation 2003/361/EC (micro, small, medium: an SME) and "
        "Recommendation (EU) 2025/1099 (small mid-cap). The fines for SMEs are lower "
        "(Art. 99(6)).",
        "help_nl": "Volgens Aanbeveling 2003/361/EG (micro, klein, middelgroot: een kmo) en "
        "Aanbeveling (EU) 2025/1099 (kleine midcap). De geldboetes voor kmo's zijn lager "
        "(artikel 99, lid 6).",
        "definitions": ["sme"],
        "cites": ["Art. 99(6)"],
        "options": [
            _opt(
                "micro",
                "Micro (fewer than 10 staff, at most EUR 2 million turnover or balance sheet)",
                "Micro (minder dan 10 medewerkers, hoogstens 2 miljoen euro omzet of balans)",
                {"organisation.size_class": "micro"},
            ),
            _opt(
                "small",
                "Small (fewer than 50 staff, at most EUR 10 million turnover or balance sheet)",
                "Klein (minder dan 50 medewerkers, hoogstens 10 miljoen euro omzet of balans)",
                {"organisation.size_class": "small"},
            ),
            _opt(
                "medium",
                "Medium (fewer than 250 staff, at most EUR 50 million turnover or EUR 43 "
                "million balance sheet)",
                "Middelgroot (minder dan 250 medewerkers, hoogstens 50 miljoen euro omzet of 43 "
                "miljoen euro balans)",
                {"organisation.size_class": "medium"},
            ),
            _opt(
                "small_mid_cap",
                "Small mid-cap (larger than an SME, fewer than 750 staff)",
                "Kleine midcap (groter dan een kmo, minder dan 750 medewerkers)",
                {"organisation.size_class": "small_mid_cap"},
            ),
            _opt(
                "large",
                "Larger",
                "Groter",
                {"organisation.size_class": "large"},
            ),
        ],
    },
    {
        "id": "org_turnover",
        "kind": "amount",
        "field": "organisation.annual_turnover_eur",
        "unit": "EUR",
        "text_en": "What was your organisation's total worldwide annual turnover in the last "
        "financial year, in euros?",
        "text_nl": "Wat was de totale wereldwijde jaaromzet van uw organisatie in het vorige "
        "boekjaar, in euro?",
        "help_en": "The maximum fines are a percentage of this turnover (Art. 99(3)-(5)).",
        "help_nl": "De hoogste geldboetes zijn een percentage van deze omzet (artikel 99, leden 3 "
        "tot en met 5).",
        "cites": ["Art. 99(3)", "Art. 99(4)", "Art. 99(5)"],
    },
    {
        "id": "org_headcount",
        "kind": "amount",
        "field": "organisation.headcount",
        "unit": "persons",
        "text_en": "How many staff does your organisation have?",
        "text_nl": "Hoeveel medewerkers heeft uw organisatie?",
        "cites": ["Art. 99(6)"],
    },
    {
        "id": "org_balance_sheet",
        "kind": "amount",
        "field": "organisation.balance_sheet_total_eur",
        "unit": "EUR",
        "text_en": "What is your organisation's balance sheet total, in euros?",
        "text_nl": "Wat is het balanstotaal van uw organisatie, in euro?",
        "cites": ["Art. 99(6)"],
    },
    _yes_no(
        "org_part_of_group",
        "organisation.part_of_group",
        "Is your organisation part of a group, with partner or linked enterprises?",
        "Maakt uw organisatie deel uit van een groep, met partnerondernemingen of verbonden "
        "ondernemingen?",
        "Then the figures of the group may count (Recommendation 2003/361/EC).",
        "Dan kunnen de cijfers van de groep meetellen (Aanbeveling 2003/361/EG).",
        cites=["Art. 99(6)"],
    ),
    {
        "id": "group_turnover",
        "kind": "amount",
        "after": ["org_part_of_group"],  # its "no" makes the group's figures moot
        "field": "organisation.group.annual_turnover_eur",
        "unit": "EUR",
        "text_en": "What was the group's total worldwide annual turnover in the last financial "
        "year, in euros?",
        "text_nl": "Wat was de totale wereldwijde jaaromzet van de groep in het vorige boekjaar, "
        "in euro?",
        "cites": ["Art. 99(3)"],
    },
    {
        "id": "group_headcount",
        "kind": "amount",
        "after": ["org_part_of_group"],  # its "no" makes the group's figures moot
        "field": "organisation.group.headcount",
        "unit": "persons",
        "text_en": "How many staff does the group have?",
        "text_nl": "Hoeveel medewerkers heeft de groep?",
        "cites": ["Art. 99(6)"],
    },
    {
        "id": "group_balance_sheet",
        "kind": "amount",
        "after": ["org_part_of_group"],  # its "no" makes the group's figures moot
        "field": "organisation.group.balance_sheet_total_eur",
        "unit": "EUR",
        "text_en": "What is the group's balance sheet total, in euros?",
        "text_nl": "Wat is het balanstotaal van de groep, in euro?",
        "cites": ["Art. 99(6)"],
    },
    _yes_no(
        "org_start_up",
        "organisation.start_up",
        "Is your organisation a start-up?",
        "Is uw organisatie een start-up?",
        "For SMEs, including start-ups, each fine is at most the lower of the two maximum "
        "amounts (Art. 99(6)).",
        "Voor kmo's, waaronder start-ups, is elke geldboete ten hoogste het laagste van de "
        "twee maximumbedragen (artikel 99, lid 6).",
        cites=["Art. 99(6)"],
    ),
    # ------------------------------------------------------------ general-purpose AI models
    _yes_no(
        "model_general_purpose",
        "model.is_general_purpose",
        "Is the model a general-purpose AI model: does it show significant generality and can "
        "it competently perform a wide range of distinct tasks?",
        "Is het model een AI-model voor algemene doeleinden: heeft het een aanzienlijk algemeen "
        "karakter en kan het een breed scala aan verschillende taken goed uitvoeren?",
        "Art. 3(63). A model used only for research, development or prototyping before it is "
        "placed on the market is not one.",
        "Artikel 3, punt 63. Een model dat alleen wordt gebruikt voor onderzoek, ontwikkeling of "
        "prototypes voordat het in de handel wordt gebracht, is er geen.",
        definitions=["gpai_model"],
        cites=["Art. 3, point 63"],
    ),
    {
        "id": "model_role",
        "kind": "one_of",
        "text_en": "What is your organisation's role for the model?",
        "text_nl": "Wat is de rol van uw organisatie voor het model?",
        "definitions": ["provider", "authorised_representative"],
        "cites": ["Art. 3, point 3", "Art. 54(1)"],
        "options": [
            _opt(
                "provider",
                "We develop it, or have it developed, and place it on the market (provider)",
                "We ontwikkelen het, of laten het ontwikkelen, en brengen het in de handel "
                "(aanbieder)",
                {"model.provider": True, "model.authorised_representative": False},
            ),
            _opt(
                "authorised_representative",
                "We act in the EU for a provider outside the EU (authorised representative)",
                "We treden in de EU op voor een aanbieder buiten de EU (gemachtigde)",
                {"model.provider": False, "model.authorised_representative": True},
            ),
            _opt(
                "neither",
                "Neither",
                "Geen van beide",
                {"model.provider": False, "model.authorised_representative": False},
            ),
        ],
    },
    {
        "id": "model_research",
        "kind": "several_of",
        "text_en": "Does one of these apply to the model? Choose all that apply.",
        "text_nl": "Geldt een van deze situaties voor het model? Kies alles wat klopt.",
        "cites": ["Art. 2(6)", "Art. 2(8)"],
        "options": [
            _opt(
                "research",
                "It was developed and put into service only for scientific research and "
                "development",
                "Het is alleen ontwikkeld en in gebruik gesteld voor wetenschappelijk onderzoek "
                "en wetenschappelijke ontwikkeling",
                {"model.sole_purpose_scientific_research": True},
            ),
            _opt(
                "pre_market",
                "It is only researched, tested or developed, and not yet placed on the market",
                "Het wordt alleen onderzocht, getest of ontwikkeld, en is nog niet in de handel "
                "gebracht",
                {"model.pre_market_research_testing": True},
            ),
        ],
    },
    {
        "id": "model_compute",
        "kind": "amount",
        "field": "model.training_compute_flop",
        "unit": "FLOP",
        "text_en": "How much compute was used to train the model, in floating-point operations "
        "(including fine-tuning and synthetic data generation)? For example 1e24.",
        "text_nl": "Hoeveel rekenkracht is gebruikt om het model te trainen, in "
        "zwevendekommabewerkingen (ook het bijstellen en het maken van synthetische data)? "
        "Bijvoorbeeld 1e24.",
        "help_en": "Above 10^25 the model is presumed to have high-impact capabilities "
        "(Art. 51(2)).",
        "help_nl": "Boven 10^25 wordt aangenomen dat het model capaciteiten met een grote impact "
        "heeft (artikel 51, lid 2).",
        "definitions": ["flop", "high_impact_capabilities"],
        "cites": ["Art. 51(2)"],
    },
    {
        "id": "model_systemic_risk",
        "kind": "several_of",
        "text_en": "Which of these apply to the model? Choose all that apply.",
        "text_nl": "Wat hiervan geldt voor het model? Kies alles wat klopt.",
        "definitions": ["high_impact_capabilities", "systemic_risk"],
        "cites": ["Art. 51(1)", "Art. 52(1)"],
        "options": [
            _opt(
                "high_impact",
                "It has high-impact capabilities, evaluated with suitable tools and benchmarks",
                "Het heeft capaciteiten met een grote impact, beoordeeld met passende "
                "instrumenten en benchmarks",
                {"model.high_impact_capabilities": True},
            ),
            _opt(
                "designated",
                "The Commission has designated it as a model with systemic risk",
                "De Commissie heeft het aangewezen als model met een systeemrisico",
                {"model.commission_designated": True},
            ),
            _opt(
                "threshold_will_be_met",
                "It is known that it will have high-impact capabilities, for example that the "
                "training compute will exceed 10^25 floating-point operations",
                "Het is bekend dat het capaciteiten met een grote impact zal hebben, "
                "bijvoorbeeld dat de rekenkracht voor het trainen boven 10^25 "
                "zwevendekommabewerkingen zal komen",
                {"model.compute_threshold_will_be_met": True},
            ),
        ],
    },
    _yes_no(
        "model_systemic_risk_rebutted",
        "model.systemic_risk_rebutted",
        "Has the Commission accepted your arguments that the model does not present systemic "
        "risks?",
        "Heeft de Commissie uw argumenten aanvaard dat het model geen systeemrisico's "
        "met zich meebrengt?",
        "A provider may argue that, exceptionally, its model does not present systemic risks "
        "although it has high-impact capabilities; the Commission decides (Art. 52(2) and "
        "(3)).",
        "Een aanbieder kan aanvoeren dat zijn model bij wijze van uitzondering geen "
        "systeemrisico's met zich meebrengt, hoewel het capaciteiten met een grote impact "
        "heeft; de Commissie beslist (artikel 52, leden 2 en 3).",
        cites=["Art. 52(2)", "Art. 52(3)"],
    ),
    {
        "id": "model_open_source",
        "kind": "several_of",
        "text_en": "How is the model released? Choose all that apply.",
        "text_nl": "Hoe wordt het model vrijgegeven? Kies alles wat klopt.",
        "cites": ["Art. 53(2)", "Art. 54(6)"],
        "options": [
            _opt(
                "licence",
                "Under a free and open-source licence that allows access, use, change and "
                "distribution",
                "Onder een vrije en opensource licentie die toegang, gebruik, wijziging en "
                "verspreiding toestaat",
                {"model.free_open_source_licence": True},
            ),
            _opt(
                "parameters_public",
                "Its parameters, including the weights, the architecture and the usage "
                "information, are public",
                "De parameters, met inbegrip van de gewichten, de architectuur en de informatie "
                "over het gebruik, zijn openbaar",
                {"model.parameters_publicly_available": True},
            ),
        ],
    },
    _yes_no(
        "model_provider_established_in_eu",
        "model.provider_established_in_eu",
        "Is the provider of the model established in the EU?",
        "Is de aanbieder van het model in de EU gevestigd?",
        "A provider of a general-purpose AI model outside the EU must appoint an authorised "
        "representative in the EU before it places the model on the EU market (Art. 54(1)).",
        "Een aanbieder van een AI-model voor algemene doeleinden buiten de EU moet een "
        "gemachtigde in de EU aanwijzen voordat hij het model in de EU in de handel brengt "
        "(artikel 54, lid 1).",
        definitions=["provider"],
        cites=["Art. 54(1)"],
    ),
    {
        "id": "commission_requests",
        "kind": "several_of",
        "text_en": "Has the Commission asked the provider of the model for one of these? Choose "
        "all that apply.",
        "text_nl": "Heeft de Commissie de aanbieder van het model om een van deze dingen "
        "gevraagd? Kies alles wat klopt.",
        "help_en": "These obligations arise only once the Commission (the AI Office) has asked "
        "(Arts. 91 to 93).",
        "help_nl": "Deze verplichtingen ontstaan pas als de Commissie (het AI-bureau) erom heeft "
        "gevraagd (artikelen 91 tot en met 93).",
        "definitions": ["ai_office"],
        "cites": ["Art. 91(1)", "Art. 92(3)", "Art. 93(1)"],
        "options": [
            _opt(
                "information",
                "Documentation or information",
                "Documentatie of informatie",
                {"model.commission_requested_information": True},
            ),
            _opt(
                "access",
                "Access to the model for an evaluation",
                "Toegang tot het model voor een evaluatie",
                {"model.commission_requested_access": True},
            ),
            _opt(
                "measures",
                "Measures: to comply with Arts. 53 and 54, to reduce risks, or to restrict, "
                "withdraw or recall the model",
                "Maatregelen: artikelen 53 en 54 naleven, risico's beperken, of het model "
                "beperken, uit de handel nemen of terugroepen",
                {"model.commission_requested_measures": True},
            ),
        ],
    },
    {
        "id": "model_placed",
        "kind": "date",
        "field": "model.placed_on_market",
        "text_en": "When was the model placed on the EU market? Not yet? Give the planned date.",
        "text_nl": "Wanneer is het model in de EU in de handel gebracht? Nog niet? Geef de "
        "geplande datum.",
        "help_en": "Models placed on the market before 2 August 2025 have until 2 August 2027 "
        "(Art. 111(3)).",
        "help_nl": "Voor modellen die vóór 2 augustus 2025 in de handel zijn gebracht, geldt "
        "2 augustus 2027 (artikel 111, lid 3).",
        "definitions": ["placing_on_market"],
        "cites": ["Art. 111(3)"],
    },
    _yes_no(
        "model_common_specs_not_followed",
        "model.common_specifications_not_followed",
        "Has the Commission adopted common specifications for obligations of this model "
        "(Chapter V, Sections 2 and 3; Art. 41(1)), and does the provider not follow them?",
        "Heeft de Commissie gemeenschappelijke specificaties vastgesteld voor verplichtingen "
        "van dit model (hoofdstuk V, afdelingen 2 en 3; artikel 41, lid 1), en volgt de "
        "aanbieder die niet?",
        "Then the provider must duly justify that its own technical solutions meet the "
        "obligations at least to an equivalent level (Art. 41(5)).",
        "Dan moet de aanbieder naar behoren motiveren dat zijn eigen technische oplossingen ten "
        "minste een gelijkwaardig niveau halen (artikel 41, lid 5).",
        cites=["Art. 41(5)"],
    ),
]

# --------------------------------------------------------------------------- help, kept apart

#: Help for questions whose mapping above has none (id -> (English, Dutch)): plain language, the
#: official Dutch terms. Kept together so the wording can be reviewed in one place; a question
#: that has help of its own is never overwritten (an import-time check).
HELP: dict[str, tuple[str, str]] = {
    "international_safeguards": (
        "Art. 2(4): the AI Act does not apply to public authorities of a third country or to "
        "international organisations that use AI systems for international cooperation or "
        "agreements with the EU or Member States on law enforcement and justice, but only if "
        "they give adequate safeguards for the fundamental rights and freedoms of people. A "
        "public authority of a country outside the EU answers for that country; an "
        "international organisation answers for itself.",
        "Artikel 2, lid 4: de AI-verordening geldt niet voor overheidsinstanties in derde landen "
        "of internationale organisaties die AI-systemen gebruiken voor internationale "
        "samenwerking of overeenkomsten met de Unie of lidstaten op het gebied van "
        "rechtshandhaving en justitie. Dat geldt alleen als zij passende waarborgen bieden voor "
        "de grondrechten en fundamentele vrijheden van mensen. Een overheidsinstantie van een "
        "land buiten de EU antwoordt voor dat land; een internationale organisatie antwoordt "
        "voor zichzelf.",
    ),
    "art5_a_effects": (
        "Art. 5(1)(a) prohibits these techniques only when both are true: they aim to "
        "materially distort behaviour, or they do (people become clearly less able to make an "
        "informed decision), and this causes, or is reasonably likely to cause, significant "
        "harm to that person, another person or a group.",
        "Artikel 5, lid 1, punt a, verbiedt deze technieken alleen als beide kloppen: ze "
        "hebben als doel of als gevolg dat het gedrag wezenlijk wordt verstoord (mensen kunnen "
        "merkbaar minder goed een geïnformeerd besluit nemen), en dat leidt, of leidt "
        "redelijkerwijs waarschijnlijk, tot aanzienlijke schade voor die persoon, een ander of "
        "een groep.",
    ),
    "art5_b_effects": (
        "Art. 5(1)(b) prohibits exploiting vulnerabilities due to age, disability or a specific "
        "social or economic situation only when both are true: it aims to materially distort "
        "the behaviour of those people, or it does, and this causes, or is reasonably likely "
        "to cause, significant harm.",
        "Artikel 5, lid 1, punt b, verbiedt het gebruikmaken van kwetsbaarheden als gevolg van "
        "leeftijd, handicap of een specifieke sociale of economische omstandigheid alleen als "
        "beide kloppen: het heeft als doel of als gevolg dat het gedrag van die mensen wezenlijk "
        "wordt verstoord, en dat leidt, of leidt redelijkerwijs waarschijnlijk, tot aanzienlijke "
        "schade.",
    ),
    "art5_c_effects": (
        "Art. 5(1)(c): a social score is prohibited when it leads to at least one of these two. "
        "Choose nothing if neither is true.",
        "Artikel 5, lid 1, punt c: een sociale score is verboden als die leidt tot ten minste "
        "een van deze twee. Kies niets als geen van beide klopt.",
    ),
    "art5_d_exception": (
        "Art. 5(1)(d) prohibits predicting that a person will commit a criminal offence based "
        "only on profiling or on their personality traits. It does not cover systems that "
        "support a human assessment of a person's involvement in a criminal activity, when that "
        "assessment is already based on objective and verifiable facts directly linked to it.",
        "Artikel 5, lid 1, punt d, verbiedt te voorspellen dat iemand een strafbaar feit zal "
        "plegen, alleen op basis van profilering of van persoonlijkheidskenmerken. Het verbod "
        "geldt niet voor systemen die een menselijke beoordeling ondersteunen van iemands "
        "betrokkenheid bij een criminele activiteit, als die beoordeling al is gebaseerd op "
        "objectieve en verifieerbare feiten die daar rechtstreeks verband mee houden.",
    ),
    "art5_g_exception": (
        "Art. 5(1)(g) prohibits a biometric categorisation system that deduces a person's race, "
        "political opinions, trade union membership, religious or philosophical beliefs, sex "
        "life or sexual orientation. It does not cover labelling or filtering lawfully acquired "
        "biometric datasets, such as images, or categorising biometric data in the area of law "
        "enforcement.",
        "Artikel 5, lid 1, punt g, verbiedt een systeem voor biometrische categorisering dat "
        "iemands ras, politieke opvattingen, lidmaatschap van een vakbond, religieuze of "
        "levensbeschouwelijke overtuigingen, seksleven of seksuele gerichtheid afleidt. Het "
        "verbod geldt niet voor het labelen of filteren van rechtmatig verkregen biometrische "
        "datasets, zoals afbeeldingen, of voor het categoriseren van biometrische gegevens op het "
        "gebied van rechtshandhaving.",
    ),
    "art5_ba_manipulation_only": (
        "Art. 5(1b), added by the Digital Omnibus: for the prohibition of intimate images, "
        "videos, audio or similar material made without consent, editing material in a way "
        "that does not show more of the intimate parts and does not change the sexual activity "
        "shown does not count as manipulating it.",
        "Artikel 5, lid 1 ter, toegevoegd door de digitale omnibus: voor het verbod op intieme "
        "beelden, video's, audio of soortgelijk materiaal zonder toestemming telt het bewerken "
        "van materiaal niet als manipuleren, als het niet meer van de intieme delen toont en de "
        "getoonde seksuele handeling niet verandert.",
    ),
    "art5_bb_defence": (
        "Art. 5(1)(bb), added by the Digital Omnibus, prohibits AI systems that generate or "
        "manipulate child sexual abuse material (Directive 2011/93/EU), except where national "
        "law gives a defence that the material was not made 'without right'.",
        "Artikel 5, lid 1, punt b ter, toegevoegd door de digitale omnibus, verbiedt AI-systemen "
        "die materiaal van seksueel misbruik van kinderen maken of bewerken (Richtlijn "
        "2011/93/EU), behalve als het nationale recht een rechtvaardiging biedt omdat het "
        "materiaal niet 'wederrechtelijk' is gemaakt.",
    ),
    **{
        f"art5_{point}_purpose": (
            "Art. 5(1a): placing such a system on the market or putting it into service is "
            f"prohibited only if making or editing {it_en} is its intended purpose, or a "
            "reasonably "
            "foreseeable result that the system does not reliably prevent (and correct when "
            "misuse is seen or reported). Using it is prohibited only if the deployer uses it to "
            f"make or edit {it_en}. The other kind of material has its own question.",
            "Artikel 5, lid 1 bis: zo'n systeem in de handel brengen of in gebruik stellen is "
            f"alleen verboden als het maken of bewerken van {it_nl} het beoogde doel is, of een "
            "redelijkerwijs te voorzien resultaat dat het systeem niet betrouwbaar voorkomt (en "
            "herstelt als misbruik wordt gezien of gemeld). Het gebruik is alleen verboden als "
            f"de gebruiksverantwoordelijke het gebruikt om {it_nl} te maken of te bewerken. "
            "De andere soort "
            "materiaal heeft een eigen vraag.",
        )
        for point, it_en, it_nl in (
            ("ba", "such intimate material", "zulk intiem materiaal"),
            (
                "bb",
                "child sexual abuse material",
                "materiaal van seksueel misbruik van kinderen",
            ),
        )
    },
    "annex_iii_travel_documents": (
        "Annex III, point 7(d) lists systems that detect, recognise or identify people in "
        "migration, asylum or border control, except systems that only verify travel "
        "documents.",
        "Bijlage III, punt 7, d, noemt systemen die mensen opsporen, herkennen of identificeren "
        "bij migratie, asiel of grenstoezicht. Systemen die alleen reisdocumenten controleren, "
        "vallen daar niet onder.",
    ),
    "annex_iii_campaign_logistics": (
        "Annex III, point 8(b) lists systems meant to influence the outcome of an election or "
        "referendum or how people vote. It does not cover tools whose output people are not "
        "directly exposed to, such as tools to organise, optimise or structure political "
        "campaigns from an administrative or logistical point of view.",
        "Bijlage III, punt 8, b, noemt systemen die bedoeld zijn om de uitslag van een "
        "verkiezing of referendum of het stemgedrag van mensen te beïnvloeden. Systemen aan de "
        "output waarvan mensen niet rechtstreeks worden blootgesteld (zij zien, horen of lezen "
        "die output niet zelf), zoals hulpmiddelen om politieke campagnes administratief of "
        "logistiek te organiseren, te verbeteren of te structureren, vallen daar niet onder.",
    ),
    "provider_documented_assessment": (
        "Art. 6(4): a provider who considers that an Annex III system is not high-risk must "
        "document that assessment before placing it on the market or putting it into service, "
        "and register the system (Art. 49(2)).",
        "Artikel 6, lid 4: een aanbieder die vindt dat een systeem uit bijlage III geen hoog "
        "risico heeft, moet die beoordeling vastleggen voordat het systeem in de handel wordt "
        "gebracht of in gebruik wordt gesteld, en het systeem registreren (artikel 49, lid 2).",
    ),
    "contract_allocation": (
        "Art. 25(1)(a): whoever puts their name or trademark on a high-risk AI system already "
        "placed on the market or put into service becomes its provider, 'without prejudice to "
        "contractual arrangements stipulating that the obligations are otherwise allocated'. "
        "Only under reading "
        "A29=contract_displaces_shift does such a contract keep that party from becoming the "
        "provider.",
        "Artikel 25, lid 1, punt a: wie zijn naam of merk zet op een AI-systeem met een hoog "
        "risico dat al in de handel is gebracht of in gebruik is gesteld, wordt de aanbieder "
        "daarvan, 'onverminderd contractuele regelingen waarin wordt bepaald dat de "
        "verplichtingen anders worden toegewezen'. Alleen "
        "onder lezing A29 (de contractuele regeling verhindert de rolverschuiving) wordt die "
        "partij door zo'n regeling geen aanbieder.",
    ),
    "initial_provider_excluded": (
        "Art. 25(2): when another organisation becomes the provider, the initial provider must "
        "cooperate and give it information and access, unless the initial provider clearly "
        "stated that its system may not be changed into a high-risk AI system.",
        "Artikel 25, lid 2: als een andere organisatie de aanbieder wordt, moet de oorspronkelijke "
        "aanbieder samenwerken en informatie en toegang geven, tenzij de oorspronkelijke "
        "aanbieder duidelijk heeft aangegeven dat het systeem niet mag worden veranderd in een "
        "AI-systeem met een hoog risico.",
    ),
    "public_authority_use": (
        "High-risk AI systems intended to be used by public authorities that were placed on "
        "the market or put into service before the high-risk rules apply must comply by 2 "
        "August 2030 (Art. 111(2)). Since Regulation (EU) 2026/1744 the cut-off for 'before' is "
        "2 December 2027 for Annex III systems and 2 August 2028 for Annex I systems (2 August "
        "2026 for both in the original text); the 2 August 2030 deadline is the same in both "
        "texts. Deployers that are public authorities register their use in the EU "
        "database (Art. 49(3)).",
        "AI-systemen met een hoog risico die bedoeld zijn voor gebruik door overheidsinstanties "
        "en al in de handel waren gebracht of in gebruik waren gesteld voordat de regels voor "
        "hoog risico gelden, moeten uiterlijk op 2 augustus 2030 aan de eisen voldoen (artikel "
        "111, lid 2). Sinds Verordening (EU) 2026/1744 is de grensdatum voor 'al in de handel' "
        "2 december 2027 voor systemen uit bijlage III en 2 augustus 2028 voor systemen uit "
        "bijlage I (in de oorspronkelijke tekst voor beide 2 augustus 2026); de uiterste datum "
        "van 2 augustus 2030 is in beide teksten gelijk. Gebruiksverantwoordelijken die een "
        "overheidsinstantie zijn, registreren hun gebruik in de EU-databank (artikel 49, lid 3).",
    ),
    "org_functions": (
        "Some duties depend on this: an employer deploying a high-risk system at the workplace "
        "informs the workers and their representatives (Art. 26(7)); a deployer that is a law "
        "enforcement authority need not share its sensitive operational data (Art. 26(5)); a "
        "financial institution subject to governance rules under EU financial services law "
        "meets the quality management system (save risk management, post-market monitoring and "
        "serious-incident procedures, Art. 17(1)(g)-(i)) and the deployer's monitoring through "
        "those rules, keeps documentation and logs with its financial-law documentation and, "
        "for an Annex III point 5 system it provides, may integrate its post-market monitoring "
        "into its financial-law systems (Arts. 17(4), 18(3), 19(2), 26(5)-(6), 72(4)).",
        "Sommige verplichtingen hangen hiervan af: een werkgever die een AI-systeem met een "
        "hoog risico op de werkplek gebruikt, informeert de werknemers en hun "
        "vertegenwoordigers (artikel 26, lid 7); een gebruiksverantwoordelijke die een "
        "rechtshandhavingsinstantie is, hoeft zijn gevoelige operationele gegevens niet te "
        "delen (artikel 26, lid 5); een financiële instelling die onder governance-eisen van "
        "het Unierecht inzake financiële diensten valt, vervult het systeem voor "
        "kwaliteitsbeheer (behalve risicobeheer, monitoring na het in de handel brengen en de "
        "procedures voor het melden van ernstige incidenten, artikel 17, lid 1, punten g) tot "
        "en met i)) en de monitoring als gebruiksverantwoordelijke via die regels, bewaart "
        "documentatie en logs bij haar documentatie krachtens het financiële recht en mag, voor "
        "een AI-systeem van bijlage III, punt 5, dat zij aanbiedt, de monitoring na het in de "
        "handel brengen integreren in haar systemen krachtens dat recht (artikelen 17, lid 4, "
        "18, lid 3, 19, lid 2, 26, leden 5 en 6, en 72, lid 4).",
    ),
    "org_headcount": (
        "The size of your organisation decides whether it is an SME, for which the lower of the "
        "two maximum fines applies (Art. 99(6); Recommendation 2003/361/EC). Count the staff "
        "in annual work units.",
        "De omvang van uw organisatie bepaalt of zij een kmo is. Voor een kmo geldt de laagste "
        "van de twee maximale geldboetes (artikel 99, lid 6; Aanbeveling 2003/361/EG). Tel de "
        "medewerkers in jaarlijkse arbeidseenheden.",
    ),
    "org_balance_sheet": (
        "With the staff and the turnover, the balance sheet total decides whether your "
        "organisation is an SME, for which the lower of the two maximum fines applies "
        "(Art. 99(6); Recommendation 2003/361/EC).",
        "Samen met het aantal medewerkers en de omzet bepaalt het balanstotaal of uw organisatie "
        "een kmo is. Voor een kmo geldt de laagste van de twee maximale geldboetes (artikel 99, "
        "lid 6; Aanbeveling 2003/361/EG).",
    ),
    "group_turnover": (
        "The maximum fine is an amount or a percentage of the total worldwide annual turnover "
        "of the preceding financial year, whichever is higher (Art. 99(3) to (5)). By default "
        "the turnover of the group (the undertaking) counts.",
        "De maximale geldboete is een bedrag of een percentage van de totale wereldwijde "
        "jaaromzet in het voorgaande boekjaar, als dat hoger is (artikel 99, leden 3 tot en met "
        "5). Standaard telt de omzet van de groep (de onderneming).",
    ),
    "group_headcount": (
        "By default the size of the group decides whether the organisation is an SME, for which "
        "the lower of the two maximum fines applies (Art. 99(6); Recommendation 2003/361/EC).",
        "Standaard bepaalt de omvang van de groep of de organisatie een kmo is. Voor een kmo "
        "geldt de laagste van de twee maximale geldboetes (artikel 99, lid 6; Aanbeveling "
        "2003/361/EG).",
    ),
    "group_balance_sheet": (
        "With the staff and the turnover of the group, its balance sheet total decides whether "
        "the organisation is an SME (Art. 99(6); Recommendation 2003/361/EC).",
        "Samen met het aantal medewerkers en de omzet van de groep bepaalt het balanstotaal van "
        "de groep of de organisatie een kmo is (artikel 99, lid 6; Aanbeveling 2003/361/EG).",
    ),
    "model_role": (
        "The obligations of Chapter V bind the provider of a general-purpose AI model and, for a "
        "provider outside the EU, its authorised representative (Art. 53 and 54).",
        "De verplichtingen van hoofdstuk V gelden voor de aanbieder van een AI-model voor "
        "algemene doeleinden en, voor een aanbieder buiten de EU, voor zijn gemachtigde "
        "(artikelen 53 en 54).",
    ),
    "model_research": (
        "The AI Act does not apply to models developed and put into service only for scientific "
        "research and development (Art. 2(6)), nor to research, testing or development before "
        "the model is placed on the market (Art. 2(8)).",
        "De AI-verordening geldt niet voor modellen die alleen zijn ontwikkeld en in gebruik "
        "gesteld voor wetenschappelijk onderzoek en wetenschappelijke ontwikkeling (artikel 2, "
        "lid 6), en niet voor onderzoek, testen of ontwikkelen voordat het model in de handel "
        "wordt gebracht (artikel 2, lid 8).",
    ),
    "model_systemic_risk": (
        "A general-purpose AI model has systemic risk if it has high-impact capabilities or the "
        "Commission designates it (Art. 51(1)). Above 10^25 floating-point operations of "
        "training compute, high-impact capabilities are presumed (Art. 51(2)); the provider "
        "must notify the Commission (Art. 52(1)).",
        "Een AI-model voor algemene doeleinden heeft een systeemrisico als het capaciteiten met "
        "een grote impact heeft of als de Commissie het aanwijst (artikel 51, lid 1). Boven "
        "10^25 zwevendekommabewerkingen voor het trainen worden capaciteiten met een grote "
        "impact vermoed (artikel 51, lid 2); de aanbieder moet dit aan de Commissie melden "
        "(artikel 52, lid 1).",
    ),
    "model_open_source": (
        "A model released under a free and open-source licence with its parameters public is "
        "exempt from some documentation duties (Art. 53(2)) and from appointing an authorised "
        "representative (Art. 54(6)), unless it has systemic risk.",
        "Een model dat wordt vrijgegeven onder een vrije en opensource licentie, met openbare "
        "parameters, hoeft aan sommige verplichtingen voor documentatie niet te voldoen "
        "(artikel 53, lid 2) en hoeft geen gemachtigde aan te wijzen (artikel 54, lid 6), "
        "behalve als het een systeemrisico heeft.",
    ),
}


def _add_help() -> None:
    by_id = {q["id"]: q for q in QUESTIONS}
    for question_id, (english, dutch) in HELP.items():
        question = by_id[question_id]
        if question.get("help_en") or question.get("help_nl"):
            raise ValueError(f"question {question_id!r} has help of its own")
        question["help_en"], question["help_nl"] = english, dutch


_add_help()
