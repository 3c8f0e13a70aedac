"""Transparency obligations for providers and deployers of certain AI systems (Art. 50(1)-(4)).

Chapter IV applies from the general date (Art. 113, second paragraph; not deferred by the
Omnibus), so every entry is ``Schedule.GENERAL``. Fine: Art. 99(4)(g). The exceptions (obvious
interaction, law-enforcement authorisation, assistive editing, human review with editorial
responsibility, the artistic limitation) are in the engine predicates ``art50.*``. Systems placed
on the market before 2 August 2026 have until 2 December 2026 to comply with Art. 50(2) under the
amended Art. 111(4) (handled by the timeline).
"""

from __future__ import annotations

from aiact.obligations.model import Addressee, Measure, Milestone, Obligation, Prerequisite
from aiact.penalties.tiers import FineTier
from aiact.timeline.schedule import Schedule

_A = Addressee


def _art50(
    id: str,
    source: str,
    title_en: str,
    title_nl: str,
    *,
    addressee: Addressee,
    predicate: str,
    summary_en: str,
    summary_nl: str,
    interpretation: str | None = None,
    prerequisites: tuple[Prerequisite, ...] = (),
) -> Obligation:
    return Obligation(
        id=id,
        source=source,
        title_en=title_en,
        title_nl=title_nl,
        addressees=(addressee,),
        # Art. 2(1)(b)-(c): a deployer's duties need its own reach (scope.deployer_territorial).
        when=f"duty.general and {addressee.predicate} and {predicate}"
        + (" and scope.deployer_territorial" if addressee is _A.DEPLOYER else "")
        # Art. 2(1)(a), (c): a provider's duties need its own reach (review18).
        + (" and scope.provider_territorial" if addressee is _A.PROVIDER else ""),
        schedule=Schedule.GENERAL,
        measure=Measure.TRANSPARENCY,
        milestone=(Milestone.BEFORE_PLACING if addressee is _A.PROVIDER else Milestone.ONGOING),
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(g)",
        algoritmekader=("aia-28",),
        also_cites=("Art. 50(5)",)
        + (("Art. 2(1)(b)", "Art. 2(1)(c)") if addressee is _A.DEPLOYER else ()),
        summary_en=summary_en,
        summary_nl=summary_nl,
        interpretation=interpretation,
        prerequisites=prerequisites,
    )


OBLIGATIONS: tuple[Obligation, ...] = (
    _art50(
        "art50_1",
        "Art. 50(1)",
        "Inform persons that they are interacting with an AI system",
        "Natuurlijke personen informeren dat zij interageren met een AI-systeem",
        addressee=_A.PROVIDER,
        predicate="art50.1",
        summary_en="Providers ensure that AI systems intended to interact directly with natural "
        "persons are designed and developed so that those persons are informed that they are "
        "interacting with an AI system, unless this is obvious to a reasonably well-informed, "
        "observant and circumspect person; not for systems authorised by law to detect, prevent, "
        "investigate or prosecute criminal offences unless available to the public to report one.",
        summary_nl="Aanbieders zorgen dat AI-systemen die voor directe interactie met natuurlijke "
        "personen zijn bedoeld zo worden ontworpen en ontwikkeld dat die personen worden "
        "geïnformeerd dat zij met een AI-systeem interageren, tenzij dit duidelijk is voor een "
        "normaal geïnformeerde en redelijk omzichtige en oplettende persoon; niet voor bij wet "
        "toegestane AI-systemen voor het opsporen, voorkomen, onderzoeken of vervolgen van "
        "strafbare feiten, tenzij die systemen voor het publiek beschikbaar zijn om een "
        "strafbaar feit te melden.",
    ),
    _art50(
        "art50_2",
        "Art. 50(2)",
        "Mark synthetic audio, image, video and text output as artificially generated",
        "Synthetische audio-, beeld-, video- of tekstinhoud markeren als kunstmatig gegenereerd",
        addressee=_A.PROVIDER,
        predicate="art50.2",
        interpretation="A12",
        summary_en="Providers of AI systems, including general-purpose AI systems, generating "
        "synthetic audio, image, video or text content ensure the outputs are marked in a "
        "machine-readable format and detectable as artificially generated or manipulated, with "
        "effective, interoperable, robust and reliable solutions as far as technically feasible; "
        "not for assistive standard editing, systems that do not substantially alter the input, or "
        "law-enforcement uses authorised by law. Chatbot text: reading A12.",
        summary_nl="Aanbieders van AI-systemen, met inbegrip van AI-systemen voor algemene "
        "doeleinden, die synthetische audio-, beeld-, video- of tekstinhoud genereren, zorgen dat "
        "de outputs in een machineleesbaar formaat worden gemarkeerd en detecteerbaar zijn als "
        "kunstmatig gegenereerd of gemanipuleerd; niet bij een ondersteunende functie voor "
        "standaardbewerking, als de inputdata niet wezenlijk worden gewijzigd, of bij wettelijk "
        "toegestaan gebruik voor strafbare feiten. Tekst van chatbots: lezing A12.",
    ),
    _art50(
        "art50_3",
        "Art. 50(3)",
        "Inform persons exposed to emotion recognition or biometric categorisation",
        "De blootgestelde personen informeren over de werking van een systeem voor het herkennen "
        "van emoties of voor biometrische categorisering",
        addressee=_A.DEPLOYER,
        predicate="art50.3",
        summary_en="Deployers of an emotion recognition system or a biometric categorisation "
        "system inform the natural persons exposed to it of its operation and process personal "
        "data in accordance with the GDPR, Regulation (EU) 2018/1725 and Directive (EU) 2016/680; "
        "not for systems permitted by law to detect, prevent or investigate criminal offences.",
        summary_nl="Gebruiksverantwoordelijken van een systeem voor het herkennen van emoties of "
        "een systeem voor biometrische categorisering informeren de daaraan blootgestelde "
        "natuurlijke personen over de werking ervan en verwerken persoonsgegevens overeenkomstig "
        "de AVG, Verordening (EU) 2018/1725 en Richtlijn (EU) 2016/680; niet voor systemen die bij "
        "wet zijn toegestaan om strafbare feiten op te sporen, te voorkomen of te onderzoeken.",
    ),
    _art50(
        "art50_4_deep_fake",
        "Art. 50(4), first subparagraph",
        "Disclose that deep fake content is artificially generated or manipulated",
        "Bekendmaken dat deepfake-content kunstmatig is gegenereerd of gemanipuleerd",
        addressee=_A.DEPLOYER,
        predicate="art50.4_deep_fake",
        summary_en="Deployers of an AI system that generates or manipulates image, audio or video "
        "content constituting a deep fake disclose that the content has been artificially "
        "generated or manipulated; for an evidently artistic, creative, satirical, fictional or "
        "analogous work or programme the duty is limited to disclosing the existence of such "
        "content in a way that does not hamper the work (a limitation, not an exemption); not "
        "for law-enforcement uses authorised by law.",
        summary_nl="Gebruiksverantwoordelijken van een AI-systeem dat beeld-, audio- of "
        "videocontent genereert of bewerkt die een deepfake vormt, maken bekend dat de content "
        "kunstmatig is gegenereerd of gemanipuleerd; bij een kennelijk artistiek, creatief, "
        "satirisch, fictief of analoog werk of programma is dit beperkt tot de openbaarmaking "
        "van het bestaan van zulke content op een passende wijze (een beperking, geen "
        "uitzondering); niet wanneer het gebruik bij wet is toegestaan om strafbare feiten op "
        "te sporen, te voorkomen, te onderzoeken of te vervolgen.",
    ),
    # Art. 50(4), first subparagraph, third sentence: a limitation of the deep-fake duty, not
    # an exemption. The duty stays (art50_4_deep_fake); what it is limited to is its own entry,
    # listed where the content forms part of an evidently artistic, creative, satirical,
    # fictional or analogous work or programme, so that the assessment shows which disclosure
    # is owed and asks the fact that decides it (audit15a, D1).
    _art50(
        "art50_4_artistic",
        "Art. 50(4), first subparagraph",
        "Deep fake in an evidently artistic, creative, satirical or fictional work: disclose only "
        "the existence of the generated content, without hampering the work",
        "Deepfake in een kennelijk artistiek, creatief, satirisch of fictief werk: alleen het "
        "bestaan van de gegenereerde content openbaar maken, zonder het werk te belemmeren",
        addressee=_A.DEPLOYER,
        predicate="art50.4_artistic_limitation",
        prerequisites=(
            Prerequisite(
                obligation="art50_4_deep_fake",
                source="Art. 50(4)",
                anchor="the transparency obligations set out in this paragraph are limited to "
                "disclosure of the existence of such generated or manipulated content",
            ),
        ),
        summary_en="Where the deep fake forms part of an evidently artistic, creative, satirical, "
        "fictional or analogous work or programme, the transparency obligations of Art. 50(4) "
        "are limited to disclosure of the existence of such generated or manipulated content in "
        "an appropriate manner that does not hamper the display or enjoyment of the work. This "
        "limits the disclosure of obligation art50_4_deep_fake; it does not lift it.",
        summary_nl="Wanneer de deepfake deel uitmaakt van een kennelijk artistiek, creatief, "
        "satirisch, fictief of analoog werk of programma, zijn de transparantieverplichtingen van "
        "artikel 50, lid 4, beperkt tot de openbaarmaking van het bestaan van dergelijke "
        "gegenereerde of bewerkte content op een passende wijze die de weergave of het genot van "
        "het werk niet belemmert. Dit beperkt de bekendmaking van verplichting "
        "art50_4_deep_fake; het heft haar niet op.",
    ),
    _art50(
        "art50_4_text",
        "Art. 50(4), second subparagraph",
        "Disclose that text published to inform the public on matters of public interest is "
        "artificially generated or manipulated",
        "Bekendmaken dat tekst die wordt gepubliceerd om het publiek te informeren over "
        "aangelegenheden van algemeen belang kunstmatig is gegenereerd of bewerkt",
        addressee=_A.DEPLOYER,
        predicate="art50.4_text",
        summary_en="Deployers of an AI system that generates or manipulates text published with "
        "the purpose of informing the public on matters of public interest disclose that the text "
        "has been artificially generated or manipulated, unless it underwent human review or "
        "editorial control and a person holds editorial responsibility for the publication (both "
        "needed), or the use is authorised by law to detect, prevent, investigate or prosecute "
        "criminal offences.",
        summary_nl="Gebruiksverantwoordelijken van een AI-systeem dat tekst genereert of bewerkt "
        "die wordt gepubliceerd om het publiek te informeren over aangelegenheden van algemeen "
        "belang, maken bekend dat de tekst kunstmatig is gegenereerd of bewerkt, tenzij de content "
        "menselijke toetsing of redactionele controle heeft ondergaan en iemand redactionele "
        "verantwoordelijkheid draagt (beide vereist), of het gebruik bij wet is toegestaan om "
        "strafbare feiten op te sporen, te voorkomen, te onderzoeken of te vervolgen.",
    ),
    # Art. 50(5): how and when the information of paragraphs 1 to 4 is given (issue 12, section 2).
    Obligation(
        id="art50_5",
        source="Art. 50(5)",
        title_en="Give the Art. 50 information clearly and distinguishably, at the latest at the "
        "first interaction or exposure, and accessibly",
        title_nl="De informatie van artikel 50 op duidelijke en te onderscheiden wijze "
        "verstrekken, uiterlijk bij de eerste interactie of blootstelling, en toegankelijk",
        addressees=(_A.PROVIDER, _A.DEPLOYER),
        when=(
            "duty.general and ((role.provider and scope.provider_territorial and art50.1) "
            "or (role.deployer and "
            "scope.deployer_territorial and (art50.3 or art50.4_deep_fake or art50.4_text)))"
        ),
        schedule=Schedule.GENERAL,
        measure=Measure.TRANSPARENCY,
        milestone=Milestone.ONGOING,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(g)",
        algoritmekader=("aia-28",),
        also_cites=("Art. 50(1)", "Art. 50(3)", "Art. 50(4)", "Art. 2(1)(b)", "Art. 2(1)(c)"),
        summary_en="The information referred to in paragraphs 1 to 4 is provided to the natural "
        "persons concerned in a clear and distinguishable manner at the latest at the time of "
        "the first interaction or exposure, and conforms to the applicable accessibility "
        "requirements. It binds whoever owes a duty of paragraphs 1, 3 or 4: the provider "
        "(paragraph 1) and the deployer (paragraphs 3 and 4); for the marking of paragraph 2 "
        "see art50_5_marking.",
        summary_nl="De in de leden 1 tot en met 4 bedoelde informatie wordt uiterlijk op het "
        "moment van de eerste interactie of blootstelling op duidelijke en te onderscheiden wijze "
        "aan de betrokken natuurlijke personen verstrekt en voldoet aan de toepasselijke "
        "toegankelijkheidseisen. Zij geldt voor wie een verplichting van de leden 1 tot en met 4 "
        "heeft: de aanbieder (lid 1) en de gebruiksverantwoordelijke (leden 3 en 4); voor de "
        "markering van lid 2 zie art50_5_marking.",
    ),
    # Art. 50(5) as to the marking of paragraph 2, read literally ("the information referred to
    # in paragraphs 1 to 4"): a duty of its own so that it shares the date of Art. 50(2), which
    # Art. 111(4) defers for generators placed on the market before 2 August 2026.
    Obligation(
        id="art50_5_marking",
        source="Art. 50(5)",
        title_en="Give the Art. 50(2) marking clearly and distinguishably, at the latest at the "
        "first exposure, and accessibly",
        title_nl="De markering van artikel 50, lid 2, op duidelijke en te onderscheiden wijze "
        "verstrekken, uiterlijk bij de eerste blootstelling, en toegankelijk",
        addressees=(_A.PROVIDER,),
        when="duty.general and role.provider and scope.provider_territorial and art50.2",
        schedule=Schedule.GENERAL,
        measure=Measure.TRANSPARENCY,
        milestone=Milestone.ONGOING,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(g)",
        algoritmekader=("aia-28",),
        also_cites=("Art. 50(2)",),
        summary_en="Read literally, 'the information referred to in paragraphs 1 to 4' includes "
        "the marking of synthetic content under paragraph 2: the provider of a generating system "
        "gives it in a clear and distinguishable manner at the latest at the first exposure, "
        "conforming to the accessibility requirements. It applies when Art. 50(2) applies, "
        "so Art. 111(4) defers it for generators placed on the market before 2 August 2026.",
        summary_nl="Letterlijk gelezen omvat 'de in de leden 1 tot en met 4 bedoelde informatie' "
        "ook de markering van synthetische content van lid 2: de aanbieder van een genererend "
        "systeem verstrekt die op duidelijke en te onderscheiden wijze, uiterlijk bij de eerste "
        "blootstelling, en toegankelijk. Zij geldt wanneer artikel 50, lid 2, geldt, zodat "
        "artikel 111, lid 4, haar uitstelt voor generatoren die vóór 2 augustus 2026 in de handel "
        "zijn gebracht.",
    ),
)
