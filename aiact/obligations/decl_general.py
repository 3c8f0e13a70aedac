"""The general duties: AI literacy (Art. 4) and the prohibited AI practices (Art. 5).

Art. 4 was replaced by Regulation (EU) 2026/1744 (reference A13): the published wording ("to their
best extent, a sufficient level of AI literacy") is ``art4`` (original text only) and the amended
Art. 4(1) ("take measures to support the development of AI literacy ... does not require ... to
guarantee any specific level") is ``art4_1`` (amended text only). Neither is listed in
Art. 99(3)-(5).

Art. 5(1): "the placing on the market, the putting into service or the use" of the practice is
prohibited, so providers, importers, product manufacturers and deployers are addressed; point (h)
prohibits only "the use". Distributors are included for points (a)-(g): making available on the
market is not one of the three verbs, but a distributor that makes a prohibited system available
takes part in its placing on the Union market (Art. 3(10)) and is an operator addressed by the
Art. 99(3) penalty ("non-compliance with the prohibition of the AI practices referred to in
Article 5"); the Algoritmekader requirement aia-00 addresses distributors too. Points (ba) and (bb)
(amended text only) take their addressees from Art. 5(1a), distributors included alike where the
placing on the market is prohibited (issue 12, item 8). Each prohibition's condition reads
``art5.binding_<x>`` (who is bound), not ``art5.<x>`` (whether the practice falls under the point,
which sets the risk tier): see :mod:`aiact.rules.prohibited`.

Art. 5(2)-(4) are duties as well as conditions (issue 12, item 9; reading A6): a law-enforcement
deployer relying on the Art. 5(1)(h) exception must, for each use, complete the fundamental rights
impact assessment and register the system before use (5(2)), obtain prior authorisation (5(3)) and
notify the use (5(4)), from 2 February 2025 (Art. 113, third paragraph, point (a)). The fine is
Art. 99(3): a use without them is outside the exception, hence the prohibited practice, and
Art. 99(4) lists provisions "other than those laid down in Articles 5".
"""

from __future__ import annotations

from aiact.obligations.model import Addressee, Measure, Milestone, Obligation
from aiact.penalties.tiers import FineTier
from aiact.timeline.schedule import Schedule
from aiact.versions import ONLY_AMENDED, ONLY_ORIGINAL

_A = Addressee

_PLACING_OR_USE = (
    _A.PROVIDER,
    _A.DEPLOYER,
    _A.IMPORTER,
    _A.DISTRIBUTOR,
    _A.PRODUCT_MANUFACTURER,
)
_DISTRIBUTOR_NOTE_EN = (
    " Distributors are included under the default reading A24: making the system available on "
    "the market (Art. 3(10)) continues its placing on the Union market; under the alternative "
    "(Art. 3(9): placing is 'the first making available') they are not bound."
)
_DISTRIBUTOR_NOTE_NL = (
    " Distributeurs zijn meegenomen volgens de standaardlezing A24: het op de markt aanbieden van "
    "het systeem (artikel 3, punt 10) zet het in de Unie in de handel brengen voort; volgens de "
    "andere lezing (artikel 3, punt 9: in de handel brengen is 'het voor het eerst in de Unie op "
    "de markt aanbieden') geldt het verbod niet voor hen."
)


def _prohibition(
    point: str,
    title_en: str,
    title_nl: str,
    summary_en: str,
    summary_nl: str,
    interpretation: str | None = "A24",
) -> Obligation:
    """A prohibition of Art. 5(1)(a)-(g): whoever places on the market, puts into service or uses
    (and distributors under reading A24, see :mod:`aiact.rules.prohibited`)."""
    return Obligation(
        id=f"art5_1_{point}",
        source=f"Art. 5(1)({point})",
        title_en=title_en,
        title_nl=title_nl,
        addressees=_PLACING_OR_USE,
        when=f"duty.general and art5.binding_{point}",
        schedule=Schedule.CHAPTERS_I_II,
        measure=Measure.PROHIBITION,
        milestone=Milestone.ONGOING,
        fine=FineTier.ART_99_3,
        fine_ref="Art. 99(3)",
        algoritmekader=("aia-00",),
        summary_en=summary_en + _DISTRIBUTOR_NOTE_EN,
        summary_nl=summary_nl + _DISTRIBUTOR_NOTE_NL,
        interpretation=interpretation,
    )


def _rbi_duty(
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
    also_cites: tuple[str, ...] = (),
    interpretation: str | None = "A6",
    fine: FineTier = FineTier.ART_99_3,
    fine_ref: str | None = "Art. 99(3)",
) -> Obligation:
    """A duty of the use of real-time remote biometric identification under the Art. 5(1)(h)
    exception (Art. 5(2)-(4); 5(3) and 5(4) of each use, 5(2) of the system): the deployer's,
    from 2 February 2025, fined under Art. 99(3) where a use without it is the prohibited
    practice (``fine`` says otherwise)."""
    return Obligation(
        id=id,
        source=source,
        title_en=title_en,
        title_nl=title_nl,
        addressees=(_A.DEPLOYER,),
        when=when,
        schedule=Schedule.CHAPTERS_I_II,
        measure=measure,
        milestone=milestone,
        fine=fine,
        fine_ref=fine_ref,
        algoritmekader=("aia-00",),
        also_cites=("Art. 5(1)(h)", *also_cites),
        summary_en=summary_en,
        summary_nl=summary_nl,
        interpretation=interpretation,
    )


# Of the system, not of each use: the assessment is the one of Art. 27 (which applies to the
# first use, Art. 27(2)) and the registration is of the system (Art. 49); review round 3's note.
# Dutch verb as in the Dutch Art. 5(2) ("een in artikel 27 voorziene effectbeoordeling ... heeft
# uitgevoerd") and 27(1) ("voeren ... een beoordeling uit"); "voltooid" there is the registration's
# in the urgency proviso (review7).
_ART5_2_TITLE_EN = (
    "Before using a real-time remote biometric identification system: complete the fundamental "
    "rights impact assessment and register the system in the EU database"
)
_ART5_2_TITLE_NL = (
    "Vóór het gebruik van een systeem voor biometrische identificatie op afstand in real time: "
    "de beoordeling van de gevolgen voor de grondrechten uitvoeren en het systeem in de "
    "EU-databank registreren"
)
_ART5_2_EN = (
    "The use is deployed only to confirm the identity of the specifically targeted "
    "individual, weighing the seriousness, probability and scale of the harm if the system "
    "were not used and the consequences for the rights and freedoms of all persons "
    "concerned, with the safeguards of the national law authorising it. It is authorised "
    "only if the law enforcement authority has completed a fundamental rights impact "
    "assessment as provided for in Art. 27 and has registered the system in the EU database "
    "according to Art. 49; in duly justified urgency the use may start before registration, "
    "provided registration is completed without undue delay. "
)
"""Art. 5(2), first and second subparagraphs, in short: the same under each reading of A6."""
_ART5_2_NL = (
    "Het gebruik dient alleen om de identiteit van de specifiek beoogde persoon te "
    "bevestigen, met afweging van de ernst, waarschijnlijkheid en omvang van de schade als "
    "het systeem niet zou worden gebruikt en van de gevolgen voor de rechten en vrijheden "
    "van alle betrokkenen, met de waarborgen van het nationale recht dat het toestaat. Het is "
    "alleen toegestaan als de rechtshandhavingsinstantie een beoordeling van de gevolgen "
    "voor de grondrechten als bedoeld in artikel 27 heeft uitgevoerd en het systeem volgens "
    "artikel 49 in de EU-databank heeft geregistreerd; in naar behoren gemotiveerde "
    "spoedeisende gevallen mag het gebruik vóór de registratie beginnen, mits die zonder "
    "onnodige vertraging wordt voltooid. "
)


OBLIGATIONS: tuple[Obligation, ...] = (
    # ------------------------------------------------------------------ Art. 4: AI literacy
    Obligation(
        id="art4",
        source="Art. 4",
        title_en="Ensure, to the best extent, a sufficient level of AI literacy of staff",
        title_nl="Zorgen, zoveel als mogelijk, voor een toereikend niveau van AI-geletterdheid bij "
        "het personeel",
        addressees=(_A.PROVIDER, _A.DEPLOYER),
        # Art. 2(1)(a)-(c): each role's own reach (scope.deployer_territorial, Q14;
        # scope.provider_territorial, review18).
        when="duty.general and ((role.provider and scope.provider_territorial) "
        "or (role.deployer and scope.deployer_territorial))",
        also_cites=("Art. 2(1)(a)", "Art. 2(1)(b)", "Art. 2(1)(c)"),
        schedule=Schedule.CHAPTERS_I_II,
        measure=Measure.TRAINING,
        milestone=Milestone.ONGOING,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-01",),
        versions=ONLY_ORIGINAL,
        summary_en="Providers and deployers take measures to ensure, to their best extent, a "
        "sufficient level of AI literacy of their staff and of other persons operating or using AI "
        "systems on their behalf, taking into account their knowledge, experience, education and "
        "training, the context of use and the persons on whom the systems are used. Not listed in "
        "Art. 99(3)-(5): national penalties only.",
        summary_nl="Aanbieders en gebruiksverantwoordelijken nemen maatregelen om, zoveel als "
        "mogelijk, te zorgen voor een toereikend niveau van AI-geletterdheid bij hun personeel en "
        "andere personen die namens hen AI-systemen exploiteren en gebruiken, rekening houdend met "
        "kennis, ervaring, onderwijs en opleiding, de gebruikscontext en de personen ten aanzien "
        "van wie de systemen worden gebruikt. Niet genoemd in artikel 99, leden 3 tot en met 5: "
        "alleen nationale sancties.",
        interpretation="A13",
    ),
    Obligation(
        id="art4_1",
        source="Art. 4(1)",
        title_en="Take measures to support the development of AI literacy of staff",
        title_nl="Maatregelen nemen om de ontwikkeling van AI-geletterdheid bij het personeel te "
        "ondersteunen",
        addressees=(_A.PROVIDER, _A.DEPLOYER),
        # Art. 2(1)(a)-(c): each role's own reach (scope.deployer_territorial, Q14;
        # scope.provider_territorial, review18).
        when="duty.general and ((role.provider and scope.provider_territorial) "
        "or (role.deployer and scope.deployer_territorial))",
        also_cites=("Art. 2(1)(a)", "Art. 2(1)(b)", "Art. 2(1)(c)"),
        schedule=Schedule.CHAPTERS_I_II,
        measure=Measure.TRAINING,
        milestone=Milestone.ONGOING,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-01",),
        versions=ONLY_AMENDED,
        summary_en="Providers and deployers take measures to support the development of AI "
        "literacy of their staff and of other persons operating or using AI systems on their "
        "behalf, taking into account the same factors as before; the obligation does not require "
        "them to guarantee any specific level of AI literacy of any individual (Art. 4 as replaced "
        "by Regulation (EU) 2026/1744). National penalties only.",
        summary_nl="Aanbieders en gebruiksverantwoordelijken nemen maatregelen om de ontwikkeling "
        "van AI-geletterdheid van hun personeel en van andere personen die namens hen AI-systemen "
        "exploiteren en gebruiken te ondersteunen; de verplichting vereist niet dat zij een "
        "specifiek niveau van AI-geletterdheid van een persoon garanderen (artikel 4 zoals "
        "vervangen bij Verordening (EU) 2026/1744; Nederlandse weergave niet-officieel). Alleen "
        "nationale sancties.",
        interpretation="A13",
    ),
    # ------------------------------------------------- Art. 5(1): prohibited AI practices
    _prohibition(
        "a",
        "Prohibited: subliminal, manipulative or deceptive techniques causing significant harm",
        "Verboden: subliminale, doelbewust manipulatieve of misleidende technieken die "
        "aanzienlijke schade veroorzaken",
        "Do not place on the market, put into service or use an AI system that deploys subliminal, "
        "purposefully manipulative or deceptive techniques that materially distort behaviour by "
        "appreciably impairing informed decision-making, in a manner that causes or is reasonably "
        "likely to cause significant harm.",
        "Geen AI-systeem in de handel brengen, in gebruik stellen of gebruiken dat subliminale of "
        "doelbewust manipulatieve of misleidende technieken gebruikt die het gedrag wezenlijk "
        "verstoren door het vermogen om een geïnformeerd besluit te nemen merkbaar te belemmeren, "
        "op een wijze die (redelijkerwijs waarschijnlijk) aanzienlijke schade veroorzaakt.",
    ),
    _prohibition(
        "b",
        "Prohibited: exploiting vulnerabilities due to age, disability or social or economic "
        "situation",
        "Verboden: gebruikmaken van kwetsbaarheden als gevolg van leeftijd, handicap of een "
        "specifieke sociale of economische omstandigheid",
        "Do not place on the market, put into service or use an AI system that exploits "
        "vulnerabilities of a person or group due to their age, disability or a specific social or "
        "economic situation, with the objective or effect of materially distorting their behaviour "
        "in a manner that causes or is reasonably likely to cause significant harm.",
        "Geen AI-systeem in de handel brengen, in gebruik stellen of gebruiken dat gebruikmaakt "
        "van de kwetsbaarheden van een persoon of groep als gevolg van leeftijd, handicap of een "
        "specifieke sociale of economische omstandigheid, met als doel of gevolg hun gedrag "
        "wezenlijk te verstoren op een wijze die (redelijkerwijs te verwachten) aanzienlijke "
        "schade veroorzaakt.",
    ),
    _prohibition(
        "c",
        "Prohibited: social scoring leading to detrimental or unfavourable treatment",
        "Verboden: evaluatie of classificatie op basis van sociaal gedrag (sociale score) die tot "
        "nadelige of ongunstige behandeling leidt",
        "Do not place on the market, put into service or use AI systems that evaluate or classify "
        "persons over a certain period of time based on their social behaviour or personal "
        "characteristics, where the social score leads to detrimental treatment in unrelated "
        "social contexts or treatment that is unjustified or disproportionate. Public and private "
        "actors alike.",
        "Geen AI-systemen in de handel brengen, in gebruik stellen of gebruiken voor de evaluatie "
        "of classificatie van personen gedurende een bepaalde periode op basis van hun sociale "
        "gedrag of persoonlijke kenmerken, waarbij de sociale score leidt tot nadelige behandeling "
        "in een context die geen verband houdt met de oorspronkelijke context, of tot een "
        "ongerechtvaardigde of onevenredige behandeling. Geldt voor publieke en private actoren.",
    ),
    _prohibition(
        "d",
        "Prohibited: predicting criminal offences based solely on profiling",
        "Verboden: risicobeoordeling van natuurlijke personen om strafbare feiten te voorspellen "
        "uitsluitend op basis van profilering",
        "Do not place on the market, put into service for this specific purpose or use an AI "
        "system that assesses or predicts the risk of a person committing a criminal offence based "
        "solely on profiling or on personality traits; systems supporting a human assessment "
        "already based on objective and verifiable facts are excepted.",
        "Geen AI-systeem in de handel brengen, voor dit specifieke doel in gebruik stellen of "
        "gebruiken om het risico dat een natuurlijke persoon een strafbaar feit pleegt te "
        "beoordelen of te voorspellen, uitsluitend op basis van profilering of "
        "persoonlijkheidskenmerken; systemen ter ondersteuning van een menselijke beoordeling die "
        "al op objectieve en verifieerbare feiten is gebaseerd zijn uitgezonderd.",
    ),
    _prohibition(
        "e",
        "Prohibited: facial recognition databases through untargeted scraping",
        "Verboden: databanken voor gezichtsherkenning aanleggen of aanvullen door ongerichte "
        "scraping van gezichtsafbeeldingen",
        "Do not place on the market, put into service for this specific purpose or use AI systems "
        "that create or expand facial recognition databases through the untargeted scraping of "
        "facial images from the internet or CCTV footage.",
        "Geen AI-systemen in de handel brengen, voor dit specifieke doel in gebruik stellen of "
        "gebruiken die databanken voor gezichtsherkenning aanleggen of aanvullen door ongerichte "
        "scraping van gezichtsafbeeldingen van internet of CCTV-beelden.",
    ),
    _prohibition(
        "f",
        "Prohibited: inferring emotions in the workplace and education institutions",
        "Verboden: emoties afleiden op de werkplek en in het onderwijs",
        "Do not place on the market, put into service for this specific purpose or use AI systems "
        "to infer emotions of a natural person in the areas of workplace and education "
        "institutions, except where the system is intended for medical or safety reasons.",
        "Geen AI-systemen in de handel brengen, voor dit specifieke doel in gebruik stellen of "
        "gebruiken om emoties van een natuurlijke persoon op de werkplek en in het onderwijs af te "
        "leiden, behalve wanneer het systeem om medische of veiligheidsredenen is bedoeld.",
    ),
    _prohibition(
        "g",
        "Prohibited: biometric categorisation to infer sensitive characteristics",
        "Verboden: biometrische categorisering om gevoelige kenmerken af te leiden",
        "Do not place on the market, put into service for this specific purpose or use biometric "
        "categorisation systems that categorise persons individually on their biometric data to "
        "deduce or infer race, political opinions, trade union membership, religious or "
        "philosophical beliefs, sex life or sexual orientation; labelling or filtering of lawfully "
        "acquired biometric datasets is not covered.",
        "Geen systemen voor biometrische categorisering in de handel brengen, voor dit specifieke "
        "doel in gebruik stellen of gebruiken die personen individueel op basis van biometrische "
        "gegevens indelen om hun ras, politieke opvattingen, lidmaatschap van een vakbond, "
        "religieuze of levensbeschouwelijke overtuigingen, seksleven of seksuele gerichtheid af te "
        "leiden; het labelen of filteren van rechtmatig verkregen biometrische datasets valt er "
        "niet onder.",
    ),
    Obligation(
        id="art5_1_h",
        source="Art. 5(1)(h)",
        title_en="Prohibited: real-time remote biometric identification in publicly accessible "
        "spaces for law enforcement",
        title_nl="Verboden: biometrische identificatie op afstand in real time in openbare ruimten "
        "met het oog op de rechtshandhaving",
        addressees=(_A.DEPLOYER,),
        when="duty.general and art5.binding_h",
        schedule=Schedule.CHAPTERS_I_II,
        measure=Measure.PROHIBITION,
        milestone=Milestone.ONGOING,
        fine=FineTier.ART_99_3,
        fine_ref="Art. 99(3)",
        algoritmekader=("aia-00",),
        also_cites=("Art. 5(2)", "Art. 5(3)", "Art. 5(5)"),
        summary_en="Do not use real-time remote biometric identification systems in publicly "
        "accessible spaces for law enforcement, unless strictly necessary for one of the listed "
        "objectives and within the conditions of Art. 5(2)-(5) (an enabling national law, prior "
        "authorisation, a fundamental rights impact assessment and registration). Only the use is "
        "prohibited, so only deployers are addressed.",
        summary_nl="Geen systemen voor biometrische identificatie op afstand in real time in "
        "openbare ruimten gebruiken met het oog op de rechtshandhaving, tenzij strikt noodzakelijk "
        "voor een van de genoemde doelstellingen en binnen de voorwaarden van artikel 5, leden 2 "
        "tot en met 5 (nationale wet, voorafgaande toestemming, beoordeling van de gevolgen voor "
        "de grondrechten en registratie). Alleen het gebruik is verboden, dus alleen "
        "gebruiksverantwoordelijken zijn geadresseerd.",
        interpretation="A6",
    ),
    Obligation(
        id="art5_1_ba",
        source="Art. 5(1)(ba)",
        title_en="Prohibited: non-consensual realistic intimate material (images, videos, audio or "
        "similar) of an identifiable person",
        title_nl="Verboden: realistisch intiem materiaal (beelden, video's, audio of soortgelijk "
        "materiaal) van een identificeerbaar persoon zonder diens uitdrukkelijke toestemming",
        addressees=_PLACING_OR_USE,
        when="duty.general and art5.binding_ba",
        schedule=Schedule.NEW_PROHIBITIONS,
        measure=Measure.PROHIBITION,
        milestone=Milestone.ONGOING,
        fine=FineTier.ART_99_3,
        fine_ref="Art. 99(3)",
        algoritmekader=("aia-00",),
        interpretation="A24",
        versions=ONLY_AMENDED,
        also_cites=("Art. 5(1a)", "Art. 5(1b)"),
        summary_en="Do not place on the market, put into service or use an AI system that "
        "generates or manipulates realistic images, videos, audio or similar material of an "
        "identifiable person's intimate parts or sexually explicit activities without that "
        "person's explicit consent. Placing on the market is prohibited where that is the "
        "intended purpose or a foreseeable "
        "and reproducible outcome without adequate safeguards; use where the deployer uses it for "
        "that purpose (Art. 5(1a))." + _DISTRIBUTOR_NOTE_EN,
        summary_nl="Geen AI-systeem in de handel brengen, in gebruik stellen of gebruiken dat "
        "realistische beelden, video's, audio of soortgelijk materiaal genereert of manipuleert "
        "van de intieme delen of "
        "seksueel expliciete handelingen van een identificeerbaar persoon zonder diens "
        "uitdrukkelijke toestemming. In de handel brengen is verboden als dat het beoogde doel is "
        "of een voorzienbaar en reproduceerbaar resultaat zonder passende waarborgen; gebruik als "
        "de gebruiksverantwoordelijke het daarvoor gebruikt (artikel 5, lid 1 bis; niet-officiële "
        "Nederlandse weergave)." + _DISTRIBUTOR_NOTE_NL,
    ),
    Obligation(
        id="art5_1_bb",
        source="Art. 5(1)(bb)",
        title_en="Prohibited: generating child sexual abuse material",
        title_nl="Verboden: genereren of manipuleren van materiaal van seksueel misbruik van "
        "kinderen",
        addressees=_PLACING_OR_USE,
        when="duty.general and art5.binding_bb",
        schedule=Schedule.NEW_PROHIBITIONS,
        measure=Measure.PROHIBITION,
        milestone=Milestone.ONGOING,
        fine=FineTier.ART_99_3,
        fine_ref="Art. 99(3)",
        algoritmekader=("aia-00",),
        interpretation="A24",
        versions=ONLY_AMENDED,
        also_cites=("Art. 5(1a)",),
        summary_en="Do not place on the market, put into service or use an AI system that "
        "generates or manipulates material or performance within the meaning of Article 2, points "
        "(c) and (e), of Directive 2011/93/EU, except where a 'without right' defence applies "
        "under national law; the Art. 5(1a) conditions decide who is addressed."
        + _DISTRIBUTOR_NOTE_EN,
        summary_nl="Geen AI-systeem in de handel brengen, in gebruik stellen of gebruiken dat "
        "materiaal of voorstellingen in de zin van artikel 2, punten c en e, van Richtlijn "
        "2011/93/EU genereert of manipuleert, tenzij naar nationaal recht een verweer 'zonder "
        "recht' van toepassing is; de voorwaarden van artikel 5, lid 1 bis, bepalen wie "
        "geadresseerd is (niet-officiële Nederlandse weergave)." + _DISTRIBUTOR_NOTE_NL,
    ),
    # ------------------------------- Art. 5(2)-(4): duties of the use under the (h) exception
    # (5(3) and 5(4) of each use; 5(2) of the system, before its first use)
    _rbi_duty(
        "art5_2",
        "Art. 5(2)",
        _ART5_2_TITLE_EN,
        _ART5_2_TITLE_NL,
        when=(
            "duty.general and art5.h_relies_on_exception and interp.a6_art5_2_duty "
            "and interp.a6_art5_2_condition"
        ),
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_USE,
        also_cites=("Art. 27", "Art. 49"),
        interpretation="A6",
        summary_en=_ART5_2_EN + "A condition of the exception "
        "and a duty from 2 February 2025 (reading A6), whatever the later dates of Arts. 27 and "
        "49 themselves.",
        summary_nl=_ART5_2_NL + "Voorwaarde van de uitzondering en verplichting "
        "vanaf 2 februari 2025 (lezing A6).",
    ),
    # Reading A6=duty_only: Art. 5(2) is a duty and not a condition of the exception, so a use
    # without the FRIA or the registration is not the prohibited practice: no "non-compliance
    # with the prohibition" (Art. 99(3)); Art. 99(4) lists provisions "other than those laid
    # down in Articles 5": the penalties the Member States lay down (Art. 99(1)), as for Art. 5(4)
    # (review5, round 5; ADR 0020).
    _rbi_duty(
        "art5_2_duty_only",
        "Art. 5(2)",
        _ART5_2_TITLE_EN + " (reading A6: a duty only, not a condition of the exception)",
        _ART5_2_TITLE_NL
        + " (lezing A6: alleen een verplichting, geen voorwaarde van de uitzondering)",
        when=(
            "duty.general and art5.h_relies_on_exception and interp.a6_art5_2_duty "
            "and not interp.a6_art5_2_condition"
        ),
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_USE,
        also_cites=("Art. 27", "Art. 49"),
        interpretation="A6",
        summary_en=_ART5_2_EN + "Under reading A6=duty_only a "
        "duty from 2 February 2025, not a condition of the exception: a use without the "
        "assessment or the registration is not for that reason the prohibited practice, and the "
        "penalties are those the Member States lay down (Art. 99(1)).",
        summary_nl=_ART5_2_NL + "Volgens lezing A6=duty_only een verplichting vanaf "
        "2 februari 2025, geen voorwaarde van de uitzondering: een gebruik zonder die "
        "beoordeling of registratie is om die reden niet de verboden AI-praktijk, en de "
        "sancties zijn die welke de lidstaten vaststellen (artikel 99, lid 1).",
    ),
    _rbi_duty(
        "art5_3",
        "Art. 5(3)",
        "Obtain prior authorisation by a judicial or independent administrative authority for "
        "each use",
        "Voor elk gebruik voorafgaande toestemming verkrijgen van een gerechtelijke instantie of "
        "een onafhankelijke administratieve instantie",
        when="duty.general and art5.h_relies_on_exception",
        interpretation=None,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_USE,
        also_cites=("Art. 5(5)",),
        summary_en="Each use for law enforcement is subject to a prior authorisation by a "
        "judicial authority or an independent administrative authority whose decision is "
        "binding, of the Member State of use, on a reasoned request and under the national "
        "rules of Art. 5(5). In duly justified urgency the use may start without it, provided "
        "authorisation is requested without undue delay, at the latest within 24 hours; if it is "
        "rejected, the use stops with immediate effect and all data, results and outputs are "
        "discarded and deleted. No decision with an adverse legal effect may be based solely on "
        "the output.",
        summary_nl="Elk gebruik met het oog op de rechtshandhaving vereist voorafgaande "
        "toestemming van een gerechtelijke instantie of een onafhankelijke administratieve "
        "instantie met bindend besluit, van de lidstaat van gebruik, op een met redenen omkleed "
        "verzoek en volgens de nationale regels van artikel 5, lid 5. In een naar behoren "
        "gemotiveerde spoedeisende situatie mag het gebruik zonder toestemming beginnen, mits "
        "die zonder onnodige vertraging en uiterlijk binnen 24 uur wordt aangevraagd; wordt zij "
        "geweigerd, dan stopt het gebruik onmiddellijk en worden alle gegevens, resultaten en "
        "output verwijderd. Geen besluit met nadelige rechtsgevolgen mag uitsluitend op de output "
        "worden gebaseerd.",
    ),
    _rbi_duty(
        "art5_4",
        "Art. 5(4)",
        "Notify each use to the market surveillance authority and the data protection authority",
        "Elk gebruik melden bij de markttoezichtautoriteit en de nationale "
        "gegevensbeschermingsautoriteit",
        when="duty.general and art5.h_relies_on_exception",
        interpretation=None,
        measure=Measure.MONITORING,
        milestone=Milestone.ON_EVENT,
        also_cites=("Art. 5(6)",),
        # Art. 99(3) fines "non-compliance with the prohibition of the AI practices referred to
        # in Article 5"; under A23's default an unnotified use is not the prohibited practice,
        # and Art. 99(4) lists provisions "other than those laid down in Articles 5". The
        # notification duty is left to the penalties of Art. 99(1) (national rules). Under
        # A23's alternative an unnotified use is the prohibited practice, fined through
        # art5_1_h under Art. 99(3): either way this duty adds no Union fine tier of its own.
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        summary_en="Without prejudice to Art. 5(3), each use of a real-time remote biometric "
        "identification system in publicly accessible spaces for law enforcement is notified to "
        "the relevant market surveillance authority and the national data protection authority "
        "under the national rules of Art. 5(5), with at least the information of Art. 5(6) and "
        "without sensitive operational data.",
        summary_nl="Onverminderd artikel 5, lid 3, wordt elk gebruik van een systeem voor "
        "biometrische identificatie op afstand in real time in openbare ruimten met het oog op "
        "de rechtshandhaving gemeld bij de bevoegde markttoezichtautoriteit en de nationale "
        "gegevensbeschermingsautoriteit volgens de nationale regels van artikel 5, lid 5, met ten "
        "minste de informatie van artikel 5, lid 6, en zonder gevoelige operationele gegevens.",
    ),
)
