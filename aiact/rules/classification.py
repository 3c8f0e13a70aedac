"""High-risk classification: Art. 6(1) with Annex I, Art. 6(2) with Annex III, the Art. 6(3)
derogation and its profiling override.

Annex I and Annex III are declared as tables (the law as data); the rules are generated from them,
one rule per point, so that a derivation names the exact point that made a system high-risk.
"""

from __future__ import annotations

from dataclasses import dataclass

from aiact.ruleset import Rule
from aiact.versions import ALL_VERSIONS, ONLY_AMENDED, ONLY_ORIGINAL, LawVersion


@dataclass(frozen=True)
class AnnexIEntry:
    """A point of Annex I: the legislation, its section and point, and the versions that list it."""

    legislation: str
    section: str
    point: int
    title_en: str
    title_nl: str
    versions: frozenset[LawVersion] = ALL_VERSIONS
    also_answers: tuple[str, ...] = ()
    """Other answers of ``annex_i.legislation`` that the point also takes in (the machinery
    Directive and the Regulation that repeals it, review46 D1)."""
    also_cites: tuple[str, ...] = ()
    """The provisions that make the point take in ``also_answers``."""
    note_en: str = ""
    """Appended to the rule title: why the point also takes in ``also_answers``."""
    note_nl: str = ""
    where_en: str = ""
    """The place in Annex I the interview option names, if not "Annex I, Section X"."""
    where_nl: str = ""


ANNEX_I: tuple[AnnexIEntry, ...] = (
    # Section A: Union harmonisation legislation based on the New Legislative Framework.
    # Machinery (review46 D1). Regulation (EU) 2023/1230 repeals Directive 2006/42/EC from 20
    # January 2027, and its Art. 51 (repeal) reads references to the Directive as references to
    # it; the Omnibus deletes Section A point 1 and adds Section B point 21 (Regulation (EU)
    # 2023/1230), recital 42 of 2026/1744: "The reference to Directive 2006/42/EC should be
    # moved from Section A to Section B ... and updated so as to refer to Regulation (EU)
    # 2023/1230". So a point names one act and takes in a product of either: the published
    # Section A point 1 a machine of the Regulation, the amended Section B point 21 a machine of
    # the Directive.
    AnnexIEntry(
        "machinery_2006_42",
        "A",
        1,
        "Machinery, Directive 2006/42/EC",
        "Machines, Richtlijn 2006/42/EG",
        ONLY_ORIGINAL,
        also_answers=("machinery_2023_1230",),
        also_cites=("Art. 51 of Regulation (EU) 2023/1230",),
        note_en=" (or Regulation (EU) 2023/1230, which repeals it: Art. 51 of that Regulation, "
        "on the repeal, reads references to the Directive as references to it)",
        note_nl=" (of Verordening (EU) 2023/1230, die haar intrekt: artikel 51 van die "
        "verordening, over de intrekking, leest verwijzingen naar de richtlijn als verwijzingen "
        "naar de verordening)",
        where_en="Annex I, Section A as published; Section B, point 21, as amended by Regulation "
        "(EU) 2026/1744, through Regulation (EU) 2023/1230, which repeals the Directive",
        where_nl="bijlage I, afdeling A, zoals gepubliceerd; afdeling B, punt 21, zoals gewijzigd "
        "bij Verordening (EU) 2026/1744, via Verordening (EU) 2023/1230, die de richtlijn intrekt",
    ),  # deleted by Reg. 2026/1744
    AnnexIEntry(
        "toys_2009_48", "A", 2, "Toys, Directive 2009/48/EC", "Speelgoed, Richtlijn 2009/48/EG"
    ),
    AnnexIEntry(
        "recreational_craft_2013_53",
        "A",
        3,
        "Recreational craft and personal watercraft, Directive 2013/53/EU",
        "Pleziervaartuigen en waterscooters, Richtlijn 2013/53/EU",
    ),
    AnnexIEntry(
        "lifts_2014_33", "A", 4, "Lifts, Directive 2014/33/EU", "Liften, Richtlijn 2014/33/EU"
    ),
    AnnexIEntry(
        "atex_2014_34",
        "A",
        5,
        "Equipment for potentially explosive atmospheres, Directive 2014/34/EU",
        "Apparaten voor plaatsen met ontploffingsgevaar, Richtlijn 2014/34/EU",
    ),
    AnnexIEntry(
        "radio_equipment_2014_53",
        "A",
        6,
        "Radio equipment, Directive 2014/53/EU",
        "Radioapparatuur, Richtlijn 2014/53/EU",
    ),
    AnnexIEntry(
        "pressure_equipment_2014_68",
        "A",
        7,
        "Pressure equipment, Directive 2014/68/EU",
        "Drukapparatuur, Richtlijn 2014/68/EU",
    ),
    AnnexIEntry(
        "cableways_2016_424",
        "A",
        8,
        "Cableway installations, Regulation (EU) 2016/424",
        "Kabelbaaninstallaties, Verordening (EU) 2016/424",
    ),
    AnnexIEntry(
        "ppe_2016_425",
        "A",
        9,
        "Personal protective equipment, Regulation (EU) 2016/425",
        "Persoonlijke beschermingsmiddelen, Verordening (EU) 2016/425",
    ),
    AnnexIEntry(
        "gas_appliances_2016_426",
        "A",
        10,
        "Appliances burning gaseous fuels, Regulation (EU) 2016/426",
        "Gasverbrandingstoestellen, Verordening (EU) 2016/426",
    ),
    AnnexIEntry(
        "medical_devices_2017_745",
        "A",
        11,
        "Medical devices, Regulation (EU) 2017/745",
        "Medische hulpmiddelen, Verordening (EU) 2017/745",
    ),
    AnnexIEntry(
        "in_vitro_diagnostics_2017_746",
        "A",
        12,
        "In vitro diagnostic medical devices, Regulation (EU) 2017/746",
        "Medische hulpmiddelen voor in-vitrodiagnostiek, Verordening (EU) 2017/746",
    ),
    # Section B: other Union harmonisation legislation.
    AnnexIEntry(
        "civil_aviation_security_300_2008",
        "B",
        13,
        "Civil aviation security, Regulation (EC) No 300/2008",
        "Beveiliging van de burgerluchtvaart, Verordening (EG) nr. 300/2008",
    ),
    AnnexIEntry(
        "two_three_wheelers_168_2013",
        "B",
        14,
        "Two- or three-wheel vehicles and quadricycles, Regulation (EU) No 168/2013",
        "Twee- of driewielige voertuigen en vierwielers, Verordening (EU) nr. 168/2013",
    ),
    AnnexIEntry(
        "agricultural_vehicles_167_2013",
        "B",
        15,
        "Agricultural and forestry vehicles, Regulation (EU) No 167/2013",
        "Landbouw- en bosbouwvoertuigen, Verordening (EU) nr. 167/2013",
    ),
    AnnexIEntry(
        "marine_equipment_2014_90",
        "B",
        16,
        "Marine equipment, Directive 2014/90/EU",
        "Uitrusting van zeeschepen, Richtlijn 2014/90/EU",
    ),
    AnnexIEntry(
        "rail_interoperability_2016_797",
        "B",
        17,
        "Interoperability of the rail system, Directive (EU) 2016/797",
        "Interoperabiliteit van het spoorwegsysteem, Richtlijn (EU) 2016/797",
    ),
    AnnexIEntry(
        "motor_vehicles_2018_858",
        "B",
        18,
        "Motor vehicles and their trailers, Regulation (EU) 2018/858",
        "Motorvoertuigen en aanhangwagens, Verordening (EU) 2018/858",
    ),
    AnnexIEntry(
        "motor_vehicles_2019_2144",
        "B",
        19,
        "Type-approval of motor vehicles, Regulation (EU) 2019/2144",
        "Typegoedkeuring van motorvoertuigen, Verordening (EU) 2019/2144",
    ),
    AnnexIEntry(
        "civil_aviation_2018_1139",
        "B",
        20,
        # Point 20 lists Regulation (EU) 2018/1139 only "in so far as the design, production and
        # placing on the market of aircrafts referred to in Article 2(1), points (a) and (b)
        # thereof, where it concerns unmanned aircraft and their engines, propellers, parts and
        # equipment to control them remotely, are concerned" (review46 D2): the answer
        # civil_aviation_2018_1139 means such a product, not any civil-aviation product.
        "Unmanned aircraft and their engines, propellers, parts and equipment to control them "
        "remotely, Regulation (EU) 2018/1139",
        "Onbemande luchtvaartuigen en hun motoren, propellers, onderdelen en apparatuur om ze op "
        "afstand te besturen, Verordening (EU) 2018/1139",
    ),
    AnnexIEntry(
        "machinery_2023_1230",
        "B",
        21,
        "Machinery products, Regulation (EU) 2023/1230",
        "Machineproducten, Verordening (EU) 2023/1230",
        ONLY_AMENDED,
        also_answers=("machinery_2006_42",),
        also_cites=("Art. 51 of Regulation (EU) 2023/1230",),
        note_en=" (or Directive 2006/42/EC, which it repeals: the reference to the Directive was "
        "moved from Section A and updated, recital 42 of Regulation (EU) 2026/1744)",
        note_nl=" (of Richtlijn 2006/42/EG, die zij intrekt: de verwijzing naar de richtlijn is "
        "uit afdeling A verplaatst en bijgewerkt, overweging 42 van Verordening (EU) 2026/1744)",
        where_en="Annex I, Section B, point 21, as amended by Regulation (EU) 2026/1744; as "
        "published, Section A, point 1, through Directive 2006/42/EC, which it repeals",
        where_nl="bijlage I, afdeling B, punt 21, zoals gewijzigd bij Verordening (EU) 2026/1744; "
        "zoals gepubliceerd afdeling A, punt 1, via Richtlijn 2006/42/EG, die zij intrekt",
    ),  # inserted by 2026/1744
)


@dataclass(frozen=True)
class AnnexIIIEntry:
    """A point of Annex III, with the carve-out the point itself states (if any)."""

    point: str
    title_en: str
    title_nl: str
    unless: str | None = None

    @property
    def citation(self) -> str:
        area, letter = self.point[0], self.point[1:]
        return f"Annex III, point {area}({letter})" if letter else f"Annex III, point {area}"

    @property
    def citation_nl(self) -> str:
        """The citation in the Dutch form ("Bijlage III, punt 1, onder a"), as the fact labels
        (aiact/views/labels.py) write it."""
        from aiact.refs import LegalRef

        return LegalRef.parse(self.citation).nl()


ANNEX_III: tuple[AnnexIIIEntry, ...] = (
    AnnexIIIEntry(
        "1a",
        "Remote biometric identification",
        "Biometrische identificatie op afstand",
        unless="annex_iii.biometric_verification_only",
    ),
    AnnexIIIEntry(
        "1b",
        "Biometric categorisation by sensitive or protected attributes",
        "Biometrische categorisering op basis van gevoelige of beschermde eigenschappen of "
        "kenmerken",
    ),
    AnnexIIIEntry("1c", "Emotion recognition", "Emotieherkenning"),
    AnnexIIIEntry(
        "2",
        "Safety component in critical infrastructure",
        "Veiligheidscomponent in kritieke infrastructuur",
    ),
    AnnexIIIEntry("3a", "Access or admission to education", "Toegang of toelating tot onderwijs"),
    AnnexIIIEntry("3b", "Evaluating learning outcomes", "Evaluatie van leerresultaten"),
    AnnexIIIEntry(
        "3c",
        "Assessing the appropriate level of education",
        "Beoordeling van het passende onderwijsniveau",
    ),
    AnnexIIIEntry(
        "3d",
        "Monitoring prohibited behaviour during tests",
        "Monitoring van ongeoorloofd gedrag tijdens toetsen",
    ),
    AnnexIIIEntry("4a", "Recruitment or selection", "Werving of selectie"),
    AnnexIIIEntry(
        "4b",
        "Decisions on work relationships, task allocation, monitoring",
        "Besluiten over arbeidsrelaties, taaktoewijzing, monitoring",
    ),
    AnnexIIIEntry(
        "5a",
        "Eligibility for essential public assistance benefits and services, or granting, "
        "reducing, revoking or reclaiming them (by or on behalf of public authorities)",
        "In aanmerking komen voor essentiële overheidsuitkeringen en -diensten, of die verlenen, "
        "beperken, intrekken of terugvorderen (door of namens overheidsinstanties)",
    ),
    AnnexIIIEntry(
        "5b",
        "Creditworthiness and credit scoring",
        "Kredietwaardigheid en kredietscore",
        # the exception as the default reading A40=credit_purpose_kept reads it (ADR 0044);
        # the rules of point 5(b) are built apart (_point_5b_rules)
        unless="annex_iii.financial_fraud_detection_only",
    ),
    AnnexIIIEntry(
        "5c",
        "Risk assessment and pricing in life and health insurance",
        "Risicobeoordeling en prijsstelling bij levens- en ziektekostenverzekeringen",
    ),
    AnnexIIIEntry("5d", "Emergency calls, dispatch and triage", "Noodoproepen, inzet en triage"),
    AnnexIIIEntry("6a", "Risk of a person becoming a victim", "Risico om slachtoffer te worden"),
    AnnexIIIEntry("6b", "Polygraphs in law enforcement", "Leugendetectors bij rechtshandhaving"),
    AnnexIIIEntry("6c", "Reliability of evidence", "Betrouwbaarheid van bewijsmateriaal"),
    AnnexIIIEntry(
        "6d",
        "Risk of offending or re-offending, or personality traits and characteristics or past "
        "criminal behaviour",
        "Risico op (herhaald) strafbaar gedrag, of persoonlijkheidskenmerken en eigenschappen of "
        "eerder crimineel gedrag",
    ),
    AnnexIIIEntry(
        "6e", "Profiling in criminal investigations", "Profilering in strafrechtelijke onderzoeken"
    ),
    AnnexIIIEntry("7a", "Polygraphs in migration", "Leugendetectors bij migratie"),
    AnnexIIIEntry(
        "7b",
        "Security, irregular-migration or health risk of persons",
        "Veiligheids-, migratie- of gezondheidsrisico van personen",
    ),
    AnnexIIIEntry(
        "7c",
        "Examining asylum, visa and residence applications",
        "Behandeling van asiel-, visum- en verblijfsaanvragen",
    ),
    AnnexIIIEntry(
        "7d",
        "Detecting, recognising or identifying persons in migration, asylum or border control "
        "management",
        "Opsporen, herkennen of identificeren van personen in het kader van migratie-, asiel- of "
        "grenstoezichtsbeheer",
        unless="annex_iii.travel_document_verification",
    ),
    AnnexIIIEntry(
        "8a",
        "Assisting judicial authorities or alternative dispute resolution",
        "Ondersteuning van gerechtelijke instanties of alternatieve geschillenbeslechting",
    ),
    AnnexIIIEntry(
        "8b",
        "Influencing elections or voting behaviour",
        "Beïnvloeding van verkiezingen of stemgedrag",
        unless="annex_iii.campaign_logistics_only",
    ),
)


def _annex_i_rules() -> tuple[Rule, ...]:
    rules = []
    for entry in ANNEX_I:
        section = entry.section.lower()
        rules.append(
            Rule(
                id=f"hr.annex_i_section_{section}_legislation.{entry.legislation}",
                concludes=f"hr.annex_i_section_{section}_legislation",
                when=" or ".join(
                    f"annex_i.{name}" for name in (entry.legislation, *entry.also_answers)
                ),
                source=f"Annex I, Section {entry.section}, point {entry.point}",
                also_cites=entry.also_cites,
                versions=entry.versions,
                title_en=f"Covered by Annex I, Section {entry.section}: {entry.title_en}"
                f"{entry.note_en}",
                title_nl=f"Valt onder bijlage I, afdeling {entry.section}: {entry.title_nl}"
                f"{entry.note_nl}",
            )
        )
    return tuple(rules)


_IMPLIED_POINTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "1c",
        "emotion_recognition",
        "transparency.emotion_recognition",
        "Art. 3(39)",
        "An emotion recognition system is Annex III point 1(c)",
        "Een systeem voor het herkennen van emoties valt onder bijlage III, punt 1, onder c",
    ),
    (
        "1a",
        "realtime_rbi",
        "prohibited.h_realtime_rbi_public_spaces_law_enforcement",
        "Art. 3(42)",
        "A real-time remote biometric identification system is Annex III point 1(a)",
        "Een systeem voor biometrische identificatie op afstand in real time valt onder bijlage "
        "III, punt 1, onder a",
    ),
    (
        "1a",
        "post_rbi",
        "context.post_remote_biometric_identification_criminal_investigation",
        "Art. 3(43)",
        "A post-remote biometric identification system is Annex III point 1(a)",
        "Een systeem voor biometrische identificatie op afstand achteraf valt onder bijlage III, "
        "punt 1, onder a",
    ),
    (
        "1b",
        "sensitive_categorisation",
        "prohibited.g_biometric_categorisation_sensitive_traits",
        "Art. 3(40)",
        "Biometric categorisation to deduce or infer race, political opinions, trade union "
        "membership, religious or philosophical beliefs, sex life or sexual orientation is "
        "categorisation by sensitive attributes, Annex III point 1(b)",
        "Biometrische categorisering om ras, politieke opvattingen, lidmaatschap van een vakbond, "
        "religieuze of levensbeschouwelijke overtuigingen, seksleven of seksuele gerichtheid af "
        "te leiden is categorisering op basis van gevoelige kenmerken, bijlage III, punt 1, "
        "onder b",
    ),
)
"""Facts that imply an Annex III point (issue 12, item 11): (point, rule suffix, fact, definition,
English title, Dutch title). The input validator of :class:`aiact.facts.AISystem` rejects a given
list of points that lacks the implied point, and a given list that lacks it settles the fact as
false (:func:`aiact.atoms.system_atoms`), so the fact is never asked twice."""


_POINT_1_BY_DEFINITION: dict[str, str] = {
    "1a": "Art. 3(41)",
    "1b": "Art. 3(40)",
    "1c": "Art. 3(39)",
}
"""The Annex III points that the definitions derive (``def.annex_iii_<point>``) and the
definition each reads."""


_POINT_2_ART6_1A_RULES: tuple[Rule, ...] = (
    # A15 (ADR 0035), amended text only. Art. 6(1a): "For the purposes of this Regulation,
    # including paragraph 1 of this Article, AI systems that are solely used for non-safety
    # related aspects of user assistance, performance optimisation, service efficiency,
    # automation or convenience or quality control shall not qualify as safety components";
    # Art. 6(1b): "Notwithstanding paragraph 1a, AI systems the failure or malfunctioning of
    # which would endanger health and safety shall qualify as safety components". Both are about
    # the system, so they read the same two facts as the Annex I route
    # (annex_i.solely_non_safety_functions, annex_i.failure_endangers_health_safety; asked for
    # point 2 by the question art6_1a_safety_aspects). Under the default reading "applies"
    # such a system is no safety component of Annex III point 2 either; under "annex_i_only"
    # the interp fact is false and the rule never fires.
    Rule(
        id="hr.annex_iii_2_not_safety_component.art6_1a",
        concludes="hr.annex_iii_2_not_safety_component",
        when=(
            "interp.a15_art6_1a_narrows_annex_iii_2 and annex_iii.2 "
            "and annex_i.solely_non_safety_functions "
            "and not annex_i.failure_endangers_health_safety"
        ),
        source="Art. 6(1a)",
        also_cites=("Art. 6(1b)", "Annex III, point 2", "Art. 3(14)"),
        versions=ONLY_AMENDED,
        interpretation="A15",
        title_en="Not a safety component of Annex III point 2: solely used for non-safety "
        "aspects, and its failure would endanger no one's health and safety (Art. 6(1a) 'for "
        "the purposes of this Regulation', Art. 6(1b); reading A15)",
        title_nl="Geen veiligheidscomponent van bijlage III, punt 2: uitsluitend gebruikt voor "
        "aspecten die niet met veiligheid te maken hebben, en het falen ervan zou niemands "
        "gezondheid en veiligheid in gevaar brengen (artikel 6, lid 1 bis, dat voor de hele "
        "verordening geldt, en lid 1 ter; lezing A15)",
    ),
)
"""Art. 6(1a)-(1b) for Annex III point 2 (reading A15, amended text)."""


def _point_5b_rules(entry: AnnexIIIEntry) -> tuple[Rule, ...]:
    """Annex III point 5(b) under reading A40 (ADR 0044): "AI systems intended to be used to
    evaluate the creditworthiness of natural persons or establish their credit score, with the
    exception of AI systems used for the purpose of detecting financial fraud". Under the
    default, credit_purpose_kept, the exception takes out only a system used for detecting
    financial fraud alone (``annex_iii.financial_fraud_detection_only``); under
    fraud_purpose_excepts, every system also used to detect it
    (``annex_iii.financial_fraud_detection``, or the narrower fact, which implies it)."""
    return (
        Rule(
            id="hr.listed.5b.stated",
            concludes="hr.listed.5b",
            when="annex_iii.5b and not interp.a40_fraud_purpose_excepts "
            "and not annex_iii.financial_fraud_detection_only",
            source=entry.citation,
            interpretation="A40",
            title_en=f"{entry.citation}: {entry.title_en}, not used only to detect financial "
            "fraud (a credit-scoring system also used to detect fraud stays listed; reading A40)",
            title_nl=f"{entry.citation_nl}: {entry.title_nl}, niet alleen gebruikt om "
            "financiële fraude op te sporen (een systeem voor kredietscores dat ook fraude "
            "opspoort blijft vermeld; lezing A40)",
        ),
        Rule(
            id="hr.listed.5b.stated.fraud_purpose_excepts",
            concludes="hr.listed.5b",
            when="annex_iii.5b and interp.a40_fraud_purpose_excepts "
            "and not (annex_iii.financial_fraud_detection "
            "or annex_iii.financial_fraud_detection_only)",
            source=entry.citation,
            interpretation="A40",
            title_en=f"{entry.citation}: {entry.title_en}, not used to detect financial fraud "
            "(any such use excepts the system; reading A40)",
            title_nl=f"{entry.citation_nl}: {entry.title_nl}, niet gebruikt om financiële "
            "fraude op te sporen (elk zulk gebruik zondert het systeem uit; lezing A40)",
        ),
    )


def _annex_iii_rules() -> tuple[Rule, ...]:
    """``hr.listed.<point>``: the intended purpose falls under the point (stated in
    ``annex_iii.points`` or implied by another fact), minus the point's own carve-out; and
    ``hr.annex_iii_listed``, one rule per point."""
    rules = list(_POINT_2_ART6_1A_RULES)
    for entry in ANNEX_III:
        when = f"annex_iii.{entry.point}"
        if entry.unless:
            when += f" and not {entry.unless}"
        if entry.point == "2":
            # A15 (ADR 0035): under the amended text Art. 6(1a) takes out of point 2 a system
            # that is no safety component by Art. 6(1a)-(1b); the original text has no
            # Art. 6(1a), so point 2 stays as stated there.
            rules.append(
                Rule(
                    id="hr.listed.2.stated.original",
                    concludes="hr.listed.2",
                    when=when,
                    source=entry.citation,
                    versions=ONLY_ORIGINAL,
                    title_en=f"Annex III, point 2: {entry.title_en}",
                    title_nl=f"Bijlage III, punt 2: {entry.title_nl}",
                )
            )
            rules.append(
                Rule(
                    id="hr.listed.2.stated.amended",
                    concludes="hr.listed.2",
                    when=f"{when} and not hr.annex_iii_2_not_safety_component",
                    source=entry.citation,
                    also_cites=("Art. 6(1a)", "Art. 6(1b)"),
                    versions=ONLY_AMENDED,
                    interpretation="A15",
                    title_en=f"Annex III, point 2: {entry.title_en} (a safety component also "
                    "under Art. 6(1a)-(1b), reading A15)",
                    title_nl=f"Bijlage III, punt 2: {entry.title_nl} (ook volgens artikel 6, "
                    "leden 1 bis en 1 ter, een veiligheidscomponent, lezing A15)",
                )
            )
            continue
        if entry.point == "5b":
            rules.extend(_point_5b_rules(entry))
            continue
        rules.append(
            Rule(
                id=f"hr.listed.{entry.point}.stated",
                concludes=f"hr.listed.{entry.point}",
                when=when,
                source=entry.citation,
                title_en=f"{entry.citation}: {entry.title_en}",
                title_nl=f"{entry.citation_nl}: {entry.title_nl}",
            )
        )
    for point, suffix, fact, definition, title_en, title_nl in _IMPLIED_POINTS:
        entry = next(e for e in ANNEX_III if e.point == point)
        rules.append(
            Rule(
                id=f"hr.listed.{point}.{suffix}",
                concludes=f"hr.listed.{point}",
                when=fact,
                source=entry.citation,
                also_cites=(definition,),
                title_en=title_en,
                title_nl=title_nl,
            )
        )
    for entry in ANNEX_III:
        if entry.point not in _POINT_1_BY_DEFINITION:
            continue
        # Annex III point 1 names systems by their definitions (Art. 3(39)-(41)): a system that
        # the facts of aiact/rules/definitions.py make one falls under the point while the list
        # annex_iii.points is not given. A given list decides (an unknown definition must not
        # leave a known list undetermined); one that lacks the point while the facts make the
        # system one is refused (def.conflict.annex_iii_<point>), so the switch
        # answered.annex_iii.points never reverses a conclusion on accepted input.
        when = f"not answered.annex_iii.points and def.annex_iii_{entry.point}"
        if entry.unless:
            when += f" and not {entry.unless}"
        rules.append(
            Rule(
                id=f"hr.listed.{entry.point}.definition",
                concludes=f"hr.listed.{entry.point}",
                when=when,
                source=entry.citation,
                also_cites=(_POINT_1_BY_DEFINITION[entry.point],),
                title_en=f"{entry.citation}: {entry.title_en} (by the definition's facts)",
                title_nl=f"{entry.citation_nl}: {entry.title_nl} (volgens de feiten "
                "van de definitie)",
            )
        )
    for entry in ANNEX_III:
        rules.append(
            Rule(
                id=f"hr.annex_iii_listed.{entry.point}",
                concludes="hr.annex_iii_listed",
                when=f"hr.listed.{entry.point}",
                source=entry.citation,
                also_cites=("Art. 6(2)",),
                title_en=f"Annex III use case: {entry.title_en}",
                title_nl=f"Toepassing van bijlage III: {entry.title_nl}",
            )
        )
    return tuple(rules)


def _points(*points: str) -> str:
    """The disjunction ``hr.listed.<p> or ...`` of the given Annex III points."""
    return "(" + " or ".join(f"hr.listed.{p}" for p in points) + ")"


_ALL_POINTS = tuple(e.point for e in ANNEX_III)


def annex_iii_area(area: str) -> str:
    """The disjunction ``hr.listed.<p> or ...`` of every point of one area of Annex III (``"6"``:
    points 6(a)-(e), law enforcement), read off the Annex III table, so that a declaration
    naming an area follows the table (Annex III, points 1-8)."""
    points = tuple(p for p in _ALL_POINTS if p.rstrip("abcdefgh") == area)
    if not points:
        raise ValueError(f"Annex III has no area {area!r}")
    return " or ".join(f"hr.listed.{p}" for p in points)


_POINT_1 = ("1a", "1b", "1c")
_POINTS_6_7 = tuple(p for p in _ALL_POINTS if p[0] in "67")
_POINTS_OTHER_THAN_2 = tuple(p for p in _ALL_POINTS if p != "2")


RULES: tuple[Rule, ...] = (
    *_annex_i_rules(),
    # --- Art. 6(1): the Annex I route
    # Art. 3(14) (both versions): a safety component "fulfils a safety function ... or the failure
    # or malfunctioning of which endangers the health and safety of persons or property"; the
    # amended Art. 6(1a) takes out systems solely used for non-safety aspects, and Art. 6(1b)
    # ("notwithstanding paragraph 1a") puts back every system whose failure would endanger health
    # and safety: that fact alone makes a safety component (issue 12, item 7).
    Rule(
        id="hr.annex_i_safety_component.original",
        concludes="hr.annex_i_safety_component",
        when="annex_i.safety_component",
        source="Art. 6(1)(a)",
        also_cites=("Art. 3(14)",),
        versions=ONLY_ORIGINAL,
        title_en="Intended to be used as a safety component of the product",
        title_nl="Bedoeld om te worden gebruikt als veiligheidscomponent van het product",
    ),
    Rule(
        id="hr.annex_i_safety_component.amended",
        concludes="hr.annex_i_safety_component",
        when="annex_i.safety_component and not annex_i.solely_non_safety_functions",
        source="Art. 6(1)(a)",
        also_cites=("Art. 6(1a)", "Art. 3(14)"),
        versions=ONLY_AMENDED,
        title_en="A safety component, not solely used for non-safety aspects (Art. 6(1a))",
        title_nl="Een veiligheidscomponent die niet uitsluitend voor niet-veiligheidsaspecten "
        "wordt gebruikt (artikel 6, lid 1 bis)",
    ),
    Rule(
        id="hr.annex_i_safety_component.failure_endangers.original",
        concludes="hr.annex_i_safety_component",
        when="annex_i.failure_endangers_health_safety",
        source="Art. 3(14)",
        versions=ONLY_ORIGINAL,
        title_en="Its failure or malfunctioning endangers health and safety: a safety component "
        "by definition",
        title_nl="Het falen of gebrekkig functioneren brengt de gezondheid en veiligheid in "
        "gevaar: per definitie een veiligheidscomponent",
    ),
    Rule(
        id="hr.annex_i_safety_component.failure_endangers.amended",
        concludes="hr.annex_i_safety_component",
        when="annex_i.failure_endangers_health_safety",
        source="Art. 6(1b)",
        also_cites=("Art. 3(14)",),
        versions=ONLY_AMENDED,
        title_en="Its failure or malfunctioning would endanger health and safety: a safety "
        "component notwithstanding Art. 6(1a)",
        title_nl="Het falen of gebrekkig functioneren zou de gezondheid en veiligheid in gevaar "
        "brengen: een veiligheidscomponent, niettegenstaande artikel 6, lid 1 bis",
    ),
    Rule(
        id="hr.annex_i_product_or_safety_component",
        concludes="hr.annex_i_product_or_safety_component",
        # Art. 6(1)(a): "a safety component of a product, or ... itself a product, covered by
        # the Union harmonisation legislation listed in Annex I". The facts is_the_product and
        # safety_component state the link to such a product (an empty list beside them is
        # refused: see hr.annex_i.legislation_not_given); a safety component by Art. 3(14)'s
        # second limb alone (the failure fact) does not say of which product, so it needs a
        # listed law (rev31c D1: with the list given and empty, a visa or police system was
        # asked about an Annex I product no Annex I law covers). A list given and empty ends
        # the first two as well (rev31d D1): beside it they are refused when true, so no
        # accepted completion makes them hold. Giving the list never reverses the conclusion
        # (tests/test_annexi20.py).
        when="((annex_i.is_the_product "
        "or (annex_i.safety_component and hr.annex_i_safety_component)) "
        "and (not answered.annex_i.legislation or hr.annex_i_section_a_legislation "
        "or hr.annex_i_section_b_legislation)) "
        "or (hr.annex_i_safety_component and (hr.annex_i_section_a_legislation "
        "or hr.annex_i_section_b_legislation))",
        source="Art. 6(1)(a)",
        title_en="A safety component of an Annex I product, or itself such a product",
        title_nl="Een veiligheidscomponent van een product van bijlage I, of zelf zo'n product",
    ),
    Rule(
        id="hr.annex_i_third_party.original",
        concludes="hr.annex_i_third_party",
        when="annex_i.third_party_conformity_assessment",
        source="Art. 6(1)(b)",
        versions=ONLY_ORIGINAL,
        title_en="The product must undergo a third-party conformity assessment",
        title_nl="Het product moet een conformiteitsbeoordeling door een derde partij ondergaan",
    ),
    Rule(
        id="hr.annex_i_third_party.amended",
        concludes="hr.annex_i_third_party",
        when="annex_i.third_party_conformity_assessment and not "
        "annex_i.third_party_solely_radio_or_emc",
        source="Art. 6(1)(b)",
        also_cites=("Art. 6(1c)",),
        versions=ONLY_AMENDED,
        title_en="The product must undergo a third-party conformity assessment, not solely due "
        "to risks other than risks to health and safety (such as radio spectrum or "
        "electromagnetic interference risks, Art. 6(1c))",
        title_nl="Het product moet een conformiteitsbeoordeling door een derde partij ondergaan, "
        "niet uitsluitend vanwege andere risico's dan risico's voor de gezondheid en veiligheid "
        "(zoals risico's van het radiospectrum of elektromagnetische interferentie, artikel 6, "
        "lid 1 quater)",
    ),
    Rule(
        id="hr.annex_i_a",
        concludes="hr.annex_i_a",
        when=(
            "hr.annex_i_section_a_legislation and hr.annex_i_product_or_safety_component "
            "and hr.annex_i_third_party"
        ),
        source="Art. 6(1)",
        also_cites=("Annex I, Section A",),
        title_en="High-risk under Art. 6(1): Annex I Section A product requiring third-party "
        "assessment",
        title_nl="Hoog risico op grond van artikel 6, lid 1: product van bijlage I, afdeling A, "
        "met conformiteitsbeoordeling door een derde partij",
    ),
    Rule(
        id="hr.annex_i_b",
        concludes="hr.annex_i_b",
        when=(
            "hr.annex_i_section_b_legislation and hr.annex_i_product_or_safety_component "
            "and hr.annex_i_third_party"
        ),
        source="Art. 6(1)",
        also_cites=("Annex I, Section B",),
        title_en="High-risk under Art. 6(1): Annex I Section B product requiring third-party "
        "assessment",
        title_nl="Hoog risico op grond van artikel 6, lid 1: product van bijlage I, afdeling B, "
        "met conformiteitsbeoordeling door een derde partij",
    ),
    Rule(
        id="hr.annex_i.a",
        concludes="hr.annex_i",
        when="hr.annex_i_a",
        source="Art. 6(1)",
        title_en="High-risk through Annex I Section A",
        title_nl="Hoog risico via bijlage I, afdeling A",
    ),
    Rule(
        id="hr.annex_i.b",
        concludes="hr.annex_i",
        when="hr.annex_i_b",
        source="Art. 6(1)",
        title_en="High-risk through Annex I Section B",
        title_nl="Hoog risico via bijlage I, afdeling B",
    ),
    Rule(
        # Art. 6(1)(a) reads as one condition: "a safety component of a product, or ... itself
        # a product, covered by the Union harmonisation legislation listed in Annex I". The facts
        # annex_i.safety_component and annex_i.is_the_product state that link to such a product
        # (their questions say "such a product"), so while the list annex_i.legislation is not
        # given the system is covered by one of those laws, which one (and so its Section, Art.
        # 2(2)) is open. A given list decides (rules hr.annex_i_a/_b); an empty list beside such
        # a statement is refused (facts._check_annex_i_listed), so the switch
        # answered.annex_i.legislation never reverses a conclusion on accepted input. A safety
        # component by Art. 3(14)'s second limb alone (annex_i.failure_endangers_health_safety)
        # does not say of which product, so it needs the list.
        id="hr.annex_i.legislation_not_given",
        concludes="hr.annex_i",
        when=(
            "not answered.annex_i.legislation and (annex_i.is_the_product or "
            "(annex_i.safety_component and hr.annex_i_safety_component)) and "
            "hr.annex_i_third_party"
        ),
        source="Art. 6(1)",
        also_cites=("Art. 6(1)(a)", "Art. 6(1)(b)"),
        title_en="High-risk under Art. 6(1): a safety component of a product covered by the "
        "Union harmonisation legislation listed in Annex I, or itself such a product, requiring "
        "third-party assessment (which of those laws, and so its Section, is not given)",
        title_nl="Hoog risico op grond van artikel 6, lid 1: een veiligheidscomponent van een "
        "product dat valt onder de harmonisatiewetgeving van de Unie in bijlage I, of zelf zo'n "
        "product, met conformiteitsbeoordeling door een derde partij (welke van die wetten, en "
        "dus de afdeling, is niet opgegeven)",
    ),
    # --- Art. 6(2) and Annex III
    *_annex_iii_rules(),
    # --- Art. 6(3): the derogation and the profiling override
    *(
        Rule(
            id=f"hr.derogation_condition.{letter}",
            concludes="hr.derogation_condition",
            when=f"derogation.{fact}",
            source=f"Art. 6(3)({letter})",
            title_en=title_en,
            title_nl=title_nl,
        )
        for letter, fact, title_en, title_nl in (
            (
                "a",
                "narrow_procedural_task",
                "Performs a narrow procedural task",
                "Voert een beperkte procedurele taak uit",
            ),
            (
                "b",
                "improves_completed_human_activity",
                "Improves the result of a previously completed human activity",
                "Verbetert het resultaat van een eerder voltooide menselijke activiteit",
            ),
            (
                "c",
                "detects_patterns_without_replacing_human",
                "Detects decision-making patterns or deviations from prior decision-making "
                "patterns, and is not meant to replace or influence the previously completed "
                "human assessment without proper human review",
                "Spoort besluitvormingspatronen of afwijkingen van eerdere "
                "besluitvormingspatronen op en is niet bedoeld om de eerder voltooide menselijke "
                "beoordeling zonder behoorlijke menselijke toetsing te vervangen of te beïnvloeden",
            ),
            (
                "d",
                "preparatory_task",
                "Performs a preparatory task to an assessment",
                "Voert een voorbereidende taak uit voor een beoordeling",
            ),
        )
    ),
    Rule(
        # A30 (ADR 0032): under finding_sets_classification a finding of a market surveillance
        # authority that the system is high-risk (Art. 80(2)) binds until annulled, whatever the
        # provider's own Art. 6(3) assessment. hr.derogation reads this predicate directly, so
        # with the finding true the derogation fails even where the Art. 6(3) facts are unknown.
        id="hr.finding_binds.art80_2",
        concludes="hr.finding_binds",
        when=(
            "interp.a30_finding_sets_classification "
            "and authority_actions.msa_found_derogated_system_high_risk "
            "and dates.art80_2_finding_possible"
        ),
        source="Art. 80(2)",
        also_cites=("Art. 80(1)",),
        interpretation="A30",
        title_en="A market surveillance authority found the system high-risk (Art. 80(2): "
        "'finds that the AI system concerned is high-risk'); under A30 the finding binds the "
        "classification",
        title_nl="Een markttoezichtautoriteit heeft vastgesteld dat het AI-systeem een hoog "
        "risico vormt (artikel 80, lid 2); volgens A30 bindt die vaststelling de indeling",
    ),
    Rule(
        # A30 (ADR 0032), default finding_sets_classification: once a market surveillance
        # authority has found the system high-risk (Art. 80(2)), the provider's Art. 6(3)
        # assessment no longer holds; the decision binds until annulled. Under
        # provider_assessment_stands the interp fact is false and this rule never fires. It
        # concludes only where the user's own derogation facts would make the derogation hold
        # (the rest of the condition is that of hr.derogation), so it is the note the category
        # derogation_set_aside shows, and the finding is not asked where they do not.
        id="hr.derogation_set_aside.art80_2",
        concludes="hr.derogation_set_aside",
        when=(
            "hr.finding_binds "
            "and hr.annex_iii_listed and hr.derogation_condition and not derogation.profiling "
            "and (derogation.no_significant_risk or not interp.a7_require_no_significant_risk)"
        ),
        source="Art. 80(2)",
        also_cites=("Art. 80(1)", "Art. 6(3)", "Art. 6(2)"),
        interpretation="A30",
        title_en="The Art. 6(3) derogation is set aside: a market surveillance authority found "
        "the system high-risk (Art. 80(2): 'finds that the AI system concerned is high-risk'; "
        "A30), whatever the provider's own assessment",
        title_nl="De uitzondering van artikel 6, lid 3, vervalt: een markttoezichtautoriteit "
        "heeft vastgesteld dat het AI-systeem een hoog risico vormt (artikel 80, lid 2; A30), "
        "wat de beoordeling van de aanbieder ook inhoudt",
    ),
    Rule(
        id="hr.derogation",
        concludes="hr.derogation",
        # The profiling override is read last: a derivation keeps the last premise that decides
        # a false conjunction (aiact.derivation._decisive), so where profiling and another
        # premise both defeat the derogation, the explanation names the profiling override, the
        # reason that holds under every reading (A7, A30), not the one that depends on a reading
        # (audit11a D4).
        when=(
            "hr.annex_iii_listed and hr.derogation_condition "
            "and (derogation.no_significant_risk or not interp.a7_require_no_significant_risk) "
            "and not hr.finding_binds and not derogation.profiling"
        ),
        source="Art. 6(3)",
        also_cites=("Art. 80(2)",),
        interpretation="A7",
        title_en="Art. 6(3) derogation: not high-risk despite Annex III",
        title_nl="Uitzondering van artikel 6, lid 3: geen hoog risico ondanks bijlage III",
    ),
    Rule(
        id="hr.profiling_override",
        concludes="hr.profiling_override",
        when="hr.annex_iii_listed and derogation.profiling",
        source="Art. 6(3), third subparagraph",
        title_en="Profiling of natural persons: always high-risk",
        title_nl="Profilering van natuurlijke personen: altijd hoog risico",
    ),
    Rule(
        id="hr.annex_iii",
        concludes="hr.annex_iii",
        when="hr.annex_iii_listed and not hr.derogation",
        source="Art. 6(2)",
        title_en="High-risk under Art. 6(2) and Annex III",
        title_nl="Hoog risico op grond van artikel 6, lid 2, en bijlage III",
    ),
    Rule(
        id="hr.derogated_not_high_risk",
        concludes="hr.derogated_not_high_risk",
        when="hr.derogation and not hr.high_risk",
        source="Art. 6(4)",
        also_cites=("Art. 6(3)", "Art. 49(2)"),
        title_en="Listed in Annex III, not high-risk under Art. 6(3), and not high-risk on any "
        "other ground (Art. 6(4): 'a provider who considers that an AI system referred to in "
        "Annex III is not high-risk')",
        title_nl="Vermeld in bijlage III, op grond van artikel 6, lid 3, geen hoog risico en ook "
        "niet op een andere grond een hoog risico (artikel 6, lid 4)",
    ),
    Rule(
        id="hr.high_risk.annex_i",
        concludes="hr.high_risk",
        when="hr.annex_i",
        source="Art. 6(1)",
        title_en="A high-risk AI system (Art. 6(1))",
        title_nl="Een AI-systeem met een hoog risico (artikel 6, lid 1)",
    ),
    Rule(
        id="hr.high_risk.annex_iii",
        concludes="hr.high_risk",
        when="hr.annex_iii",
        source="Art. 6(2)",
        title_en="A high-risk AI system (Art. 6(2))",
        title_nl="Een AI-systeem met een hoog risico (artikel 6, lid 2)",
    ),
    Rule(
        id="hr.chapter_iii_applies",
        concludes="hr.chapter_iii_applies",
        when="hr.high_risk and not scope.section_b_limited",
        source="Art. 2(2)",
        also_cites=("Art. 6(1)", "Art. 6(2)"),
        # A41 (ADR 0045) sits on scope.section_b_limited, which this rule reads.
        title_en="The Chapter III requirements and obligations apply (not a system that Art. "
        "2(2) limits as high-risk through an Annex I Section B product)",
        title_nl="De eisen en verplichtingen van hoofdstuk III zijn van toepassing (geen systeem "
        "dat artikel 2, lid 2, beperkt als hoog risico via een product van bijlage I, afdeling "
        "B)",
    ),
    # --- routes for the application dates (Art. 113, third paragraph, point (c))
    Rule(
        id="hr.route_annex_iii",
        concludes="hr.route_annex_iii",
        when="hr.annex_iii",
        source="Art. 113, third paragraph, point (c)",
        title_en="Classified through Art. 6(2) and Annex III (its application date)",
        title_nl="Ingedeeld via artikel 6, lid 2, en bijlage III (de bijbehorende "
        "toepassingsdatum)",
    ),
    Rule(
        id="hr.route_annex_i",
        concludes="hr.route_annex_i",
        when="hr.annex_i_a and not hr.annex_iii",
        source="Art. 113, third paragraph, point (c)",
        title_en="Classified only through Art. 6(1) and Annex I (its application date)",
        title_nl="Alleen ingedeeld via artikel 6, lid 1, en bijlage I (de bijbehorende "
        "toepassingsdatum)",
    ),
    # --- Annex III groups that obligations refer to
    Rule(
        id="hr.annex_iii_point_2",
        concludes="hr.annex_iii_point_2",
        when="hr.annex_iii and hr.listed.2",
        source="Annex III, point 2",
        title_en="A high-risk system in critical infrastructure (Annex III point 2)",
        title_nl="Een systeem met een hoog risico in kritieke infrastructuur (bijlage III, punt 2)",
    ),
    # A31 (ADR 0034): the point 2 exception of Arts. 27(1), 49(1), 49(3) and 86(1) (and with
    # Art. 49 of Art. 26(8)). Under the default point_2_alone a system listed in another point
    # is outside the exception even where it is also listed in point 2 (only point 2 alone is
    # spared, audit11a D1); under any_point_2_listing every system listed in point 2 is excepted.
    # With the interp fact false the first rule is the condition the library had before A31.
    # Art. 60(4)(c) (registration of testing in real-world conditions) reads the same conclusion
    # through art60.testing_registered_in_eu_database (aiact/rules/conformity.py, round 14); Art.
    # 75(1)(a)(ii) does not (see ai_office.art75_1_a_excepted.annex_iii_point_2).
    Rule(
        id="hr.annex_iii_other_than_point_2",
        concludes="hr.annex_iii_other_than_point_2",
        when="hr.annex_iii and "
        + _points(*_POINTS_OTHER_THAN_2)
        + " and not interp.a31_any_point_2_listing_excepted",
        source="Art. 49(1)",
        also_cites=("Art. 27(1)", "Art. 49(3)", "Art. 86(1)", "Art. 26(8)"),
        interpretation="A31",
        title_en="A high-risk Annex III system listed in a point other than point 2, also where it "
        "is listed in point 2 as well (A31: only a system listed in point 2 alone is excepted)",
        title_nl="Een systeem met een hoog risico dat in een ander punt van bijlage III dan punt "
        "2 is vermeld, ook als het daarnaast in punt 2 is vermeld (A31: alleen een systeem dat "
        "uitsluitend in punt 2 is vermeld, valt onder de uitzondering)",
    ),
    Rule(
        id="hr.annex_iii_other_than_point_2.not_in_point_2",
        concludes="hr.annex_iii_other_than_point_2",
        when="hr.annex_iii and "
        + _points(*_POINTS_OTHER_THAN_2)
        + " and not hr.listed.2 and interp.a31_any_point_2_listing_excepted",
        source="Art. 49(1)",
        also_cites=("Art. 27(1)", "Art. 49(3)", "Art. 86(1)", "Art. 26(8)", "Annex III, point 2"),
        interpretation="A31",
        title_en="A high-risk Annex III system listed in a point other than point 2 and not in "
        "point 2 (A31: a listing in point 2 excepts the system, whatever its other points)",
        title_nl="Een systeem met een hoog risico dat in een ander punt van bijlage III dan punt "
        "2 is vermeld en niet in punt 2 (A31: een vermelding in punt 2 zondert het systeem uit, "
        "wat de andere punten ook zijn)",
    ),
    Rule(
        id="hr.other_area_than_point_2",
        concludes="hr.other_area_than_point_2",
        when="hr.annex_iii_other_than_point_2",
        source="Art. 27(1)",
        also_cites=("Annex III, point 2",),
        title_en="A high-risk Annex III system intended to be used in an area other than point 2",
        title_nl="Een systeem met een hoog risico van bijlage III dat bedoeld is om te worden "
        "gebruikt op een ander gebied dan punt 2",
    ),
    Rule(
        id="hr.annex_iii_credit_or_insurance",
        concludes="hr.annex_iii_credit_or_insurance",
        when="hr.annex_iii and " + _points("5b", "5c"),
        source="Art. 27(1)",
        also_cites=("Annex III, point 5(b)", "Annex III, point 5(c)"),
        title_en="A high-risk system for creditworthiness or life and health insurance",
        title_nl="Een systeem met een hoog risico voor kredietwaardigheid of levens- en "
        "ziektekostenverzekeringen",
    ),
    # --- Art. 49(4): Annex III points 1, 6 and 7 "in the areas of law enforcement, migration,
    # asylum and border control management" (issue 12, item 5). Points 6 and 7 are those areas by
    # their own titles; a point 1 system is in them only where it is used there.
    Rule(
        id="hr.law_enforcement_migration_area.stated",
        concludes="hr.law_enforcement_migration_area",
        when="context.law_enforcement_migration_border_area",
        source="Art. 49(4)",
        title_en="Used in the areas of law enforcement, migration, asylum and border control "
        "management",
        title_nl="Gebruikt op het gebied van rechtshandhaving, migratie, asiel en "
        "grenstoezichtsbeheer",
    ),
    Rule(
        id="hr.law_enforcement_migration_area.points_6_7",
        concludes="hr.law_enforcement_migration_area",
        when=_points(*_POINTS_6_7),
        source="Art. 49(4)",
        also_cites=("Annex III, point 6", "Annex III, point 7"),
        title_en="Annex III points 6 (law enforcement) and 7 (migration, asylum and border "
        "control management) are those areas",
        title_nl="Bijlage III, punten 6 (rechtshandhaving) en 7 (migratie, asiel en "
        "grenstoezichtsbeheer), zijn die gebieden",
    ),
    Rule(
        id="hr.law_enforcement_migration_area.law_enforcement_rbi",
        concludes="hr.law_enforcement_migration_area",
        when=(
            "prohibited.h_realtime_rbi_public_spaces_law_enforcement "
            "or context.post_remote_biometric_identification_criminal_investigation"
        ),
        source="Art. 49(4)",
        also_cites=("Art. 5(1)(h)", "Art. 26(10)"),
        title_en="Remote biometric identification for law enforcement is used in the area of law "
        "enforcement",
        title_nl="Biometrische identificatie op afstand voor rechtshandhaving wordt gebruikt op "
        "het gebied van rechtshandhaving",
    ),
    Rule(
        id="hr.annex_iii_secure_section_system",
        concludes="hr.annex_iii_secure_section_system",
        when=(
            f"{_points(*_POINTS_6_7)} or "
            f"({_points(*_POINT_1)} and hr.law_enforcement_migration_area)"
        ),
        source="Art. 49(4)",
        title_en="A system of Annex III points 1, 6 or 7 in the areas of law enforcement, "
        "migration, asylum and border control management",
        title_nl="Een systeem van bijlage III, punten 1, 6 of 7, op het gebied van "
        "rechtshandhaving, migratie, asiel en grenstoezichtsbeheer",
    ),
    Rule(
        id="hr.annex_iii_non_public_registration",
        concludes="hr.annex_iii_non_public_registration",
        when="hr.annex_iii and hr.annex_iii_secure_section_system",
        source="Art. 49(4)",
        also_cites=("Art. 49(1)", "Art. 49(3)"),
        title_en="A high-risk system registered in the secure non-public section (Annex III "
        "points 1, 6, 7 in law enforcement, migration, asylum and border control management)",
        title_nl="Een systeem met een hoog risico dat in het beveiligde niet-openbare gedeelte "
        "wordt geregistreerd (bijlage III, punten 1, 6, 7, op het gebied van rechtshandhaving, "
        "migratie, asiel en grenstoezichtsbeheer)",
    ),
    # --- Art. 26(10): the authorisation (first and second subparagraphs) binds a targeted search
    # in a criminal investigation; the third subparagraph any law-enforcement use; the fifth
    # ("Regardless of the purpose or deployer") and sixth every deployer of such a system.
    Rule(
        id="hr.post_remote_rbi_system.definition",
        concludes="hr.post_remote_rbi_system",
        when="hr.annex_iii and hr.listed.1a and def.post_remote_biometric_identification",
        source="Art. 26(10)",
        also_cites=("Art. 3(43)", "Annex III, point 1(a)"),
        title_en="A high-risk system for post-remote biometric identification (Art. 3(43))",
        title_nl="Een systeem met een hoog risico voor biometrische identificatie op afstand "
        "achteraf (artikel 3, punt 43)",
    ),
    Rule(
        id="hr.post_remote_rbi_system.criminal_investigation",
        concludes="hr.post_remote_rbi_system",
        when="hr.post_remote_rbi",
        source="Art. 26(10)",
        title_en="A high-risk system used for post-remote biometric identification in a "
        "criminal investigation",
        title_nl="Een systeem met een hoog risico dat wordt gebruikt voor biometrische "
        "identificatie op afstand achteraf in een strafrechtelijk onderzoek",
    ),
    Rule(
        id="hr.post_remote_rbi_law_enforcement",
        concludes="hr.post_remote_rbi_law_enforcement",
        when=(
            "hr.post_remote_rbi_system and (biometrics.for_law_enforcement_purposes "
            "or context.post_remote_biometric_identification_criminal_investigation)"
        ),
        source="Art. 26(10), third subparagraph",
        also_cites=("Art. 3(46)",),
        title_en="A high-risk post-remote biometric identification system used for law "
        "enforcement purposes",
        title_nl="Een systeem met een hoog risico voor biometrische identificatie op afstand "
        "achteraf dat wordt gebruikt met het oog op rechtshandhaving",
    ),
    Rule(
        id="hr.post_remote_rbi",
        concludes="hr.post_remote_rbi",
        when="hr.annex_iii and hr.listed.1a "
        "and context.post_remote_biometric_identification_criminal_investigation "
        "and (interp.a44_post_remote_use_decides or def.post_remote_biometric_identification)",
        source="Art. 26(10)",
        # Reading A44 (ADR 0047, review73 D3): by default the stated post-remote use in a
        # targeted search decides, also for a system that identifies without a significant delay
        # (one used both live and on recorded material; recital 17 tells them apart by the
        # material). Under definition_decides Art. 3(43) decides, both halves: a remote
        # biometric identification system (Art. 3(41)) "other than a real-time remote biometric
        # identification system" (Art. 3(42)); unknown facts of the definition leave the rule
        # undetermined (rev29a D1: the delay alone was read).
        interpretation="A44",
        also_cites=("Art. 3(43)", "Art. 3(42)", "Art. 3(41)"),
        title_en="A high-risk system for post-remote biometric identification in a criminal "
        "investigation",
        title_nl="Een systeem met een hoog risico voor biometrische identificatie op afstand "
        "achteraf "
        "in een strafrechtelijk onderzoek",
    ),
)
