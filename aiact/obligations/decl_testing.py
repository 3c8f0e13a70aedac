"""Testing of high-risk AI systems in real-world conditions outside AI regulatory sandboxes
(Arts. 60-61). Added by the second reading (issue 12, section 2).

Who: providers or prospective providers of high-risk AI systems listed in Annex III (published
Art. 60(1)) or, as replaced by Regulation (EU) 2026/1744, listed in Annex III or covered by
Annex I Section A (predicate ``art60.system``), that test in real-world conditions outside a
sandbox (``art60.applies``). Chapter VI applies from the general date (Art. 113, second paragraph),
so the schedule is ``GENERAL``. Art. 60 and 61 are not listed in Art. 99(3)-(5): national
penalties only (Art. 99(1)).
"""

from __future__ import annotations

from aiact.obligations.model import Addressee, Measure, Milestone, Obligation, Prerequisite
from aiact.penalties.tiers import FineTier
from aiact.timeline.schedule import Schedule

_A = Addressee
_TESTING = "art60.applies"


def _testing(
    id: str,
    source: str,
    title_en: str,
    title_nl: str,
    *,
    measure: Measure,
    milestone: Milestone,
    summary_en: str,
    summary_nl: str,
    also_cites: tuple[str, ...] = (),
    prerequisites: tuple[Prerequisite, ...] = (),
    when: str = _TESTING,
    interpretation: str | None = None,
) -> Obligation:
    return Obligation(
        interpretation=interpretation,
        id=id,
        source=source,
        title_en=title_en,
        title_nl=title_nl,
        addressees=(_A.PROVIDER,),
        when=when,
        schedule=Schedule.GENERAL,
        measure=measure,
        milestone=milestone,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-38",),
        also_cites=("Art. 60(1)", *also_cites),
        prerequisites=prerequisites,
        summary_en=summary_en,
        summary_nl=summary_nl,
    )


OBLIGATIONS: tuple[Obligation, ...] = (
    _testing(
        "art60_4",
        "Art. 60(4)",
        "Test in real-world conditions only where all the conditions of Art. 60(4) are met",
        "Alleen onder reële omstandigheden testen als aan alle voorwaarden van artikel 60, lid 4, "
        "is voldaan",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        also_cites=("Art. 71(4)", "Art. 49(4)"),
        summary_en="Before and while testing: (a) a real-world testing plan submitted to the "
        "market surveillance authority of the Member State of testing and (b) approved by it "
        "(tacitly after 30 days unless national law requires authorisation); (c) the testing "
        "registered with a Union-wide unique identification number and the Annex IX information "
        "(for Annex III points 1, 6 and 7 in law enforcement, migration, asylum and border "
        "control management in the secure non-public section, Art. 49(4)(d); for point 2 at "
        "national level, Art. 49(5); obligations art60_4_c and art60_4_c_national); (d) "
        "established in the Union or a legal representative there; (e) third-country "
        "transfers only with appropriate safeguards; (f) no longer than "
        "necessary and at most six months, extendable once by six months after notification; "
        "(g) vulnerable subjects protected; (h) deployers informed, instructed and bound by an "
        "agreement on roles; (i) informed consent under Art. 61 (law enforcement: no negative "
        "effect and data deleted); (j) effective oversight by qualified persons; (k) outputs "
        "can be reversed and disregarded.",
        summary_nl="Vóór en tijdens het testen: a) een plan voor testen onder reële "
        "omstandigheden ingediend bij de markttoezichtautoriteit van de lidstaat van het testen en "
        "b) door haar goedgekeurd (stilzwijgend na 30 dagen, tenzij het nationale recht een "
        "toestemming vereist); c) het testen geregistreerd met een Uniebreed uniek "
        "identificatienummer en de informatie van bijlage IX (voor bijlage III, punten 1, 6 en "
        "7, op de gebieden rechtshandhaving, migratie, asiel en grenstoezichtsbeheer in het "
        "beveiligde niet-openbare gedeelte van de EU-databank, artikel 49, lid 4, punt d); voor "
        "punt 2 op nationaal niveau, artikel 49, lid 5; verplichtingen art60_4_c en "
        "art60_4_c_national); d) gevestigd in de Unie of met een "
        "wettelijke vertegenwoordiger daar; e) doorgifte naar derde landen alleen met passende "
        "waarborgen; f) niet langer dan nodig en ten hoogste zes maanden, eenmaal met zes "
        "maanden te verlengen na kennisgeving; g) kwetsbare proefpersonen beschermd; h) "
        "gebruiksverantwoordelijken geïnformeerd, geïnstrueerd en gebonden aan een overeenkomst; "
        "i) geïnformeerde toestemming volgens artikel 61; j) doeltreffend toezicht door "
        "gekwalificeerde personen; k) voorspellingen, aanbevelingen en besluiten kunnen worden "
        "teruggedraaid en genegeerd.",
    ),
    # Art. 60(4)(c), split out of art60_4 (round 14) so that its point 2 exception can read A31
    # (ADR 0034) as Art. 49(1) does: the predicate art60.testing_registered_in_eu_database
    # (aiact/rules/conformity.py) is false for a system listed in point 2 alone under both
    # readings, and for a system also listed in another point under any_point_2_listing only.
    _testing(
        "art60_4_c",
        "Art. 60(4)(c)",
        "Register the testing in real-world conditions in the EU database before testing",
        "Het testen onder reële omstandigheden vóór het testen registreren in de EU-databank",
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_PLACING,
        when=f"{_TESTING} and art60.testing_registered_in_eu_database",
        interpretation="A31",  # through art60.testing_registered_in_eu_database (review64 D1)
        also_cites=("Art. 71(4)", "Art. 49(4)"),
        summary_en="Art. 60(4)(c): the provider or prospective provider, 'with the exception of "
        "... high-risk AI systems referred to in point 2 of Annex III', has registered the "
        "testing in real-world conditions in accordance with Art. 71(4), with a Union-wide "
        "unique single identification number and the Annex IX information; for Annex III points "
        "1, 6 and 7 in law enforcement, migration, asylum and border control management in the "
        "secure non-public section (Art. 49(4)(d)). A system listed in point 2 and in another "
        "point is not excepted under the default reading A31 (ADR 0034), as for Art. 49(1). "
        "National penalties only.",
        summary_nl="Artikel 60, lid 4, punt c: de aanbieder of potentiële aanbieder, 'met "
        "uitzondering van ... AI-systemen met een hoog risico als bedoeld in punt 2 van bijlage "
        "III', heeft het testen onder reële omstandigheden geregistreerd overeenkomstig artikel "
        "71, lid 4, met een Uniebreed uniek identificatienummer en de informatie van bijlage IX; "
        "voor bijlage III, punten 1, 6 en 7, op het gebied van rechtshandhaving, migratie, asiel "
        "en grenstoezichtsbeheer in het beveiligde niet-openbare gedeelte (artikel 49, lid 4, "
        "punt d). Een systeem dat in punt 2 en in een ander punt is vermeld, valt volgens de "
        "standaardlezing A31 (ADR 0034) niet onder de uitzondering, zoals bij artikel 49, lid 1. "
        "Alleen nationale sancties.",
    ),
    _testing(
        "art60_4_c_national",
        "Art. 60(4)(c)",
        "Register the testing of a critical infrastructure system at national level",
        "Het testen van een systeem voor kritieke infrastructuur op nationaal niveau registreren",
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_PLACING,
        when=f"{_TESTING} and hr.annex_iii_point_2",
        also_cites=("Art. 49(5)", "Annex III, point 2"),
        summary_en="Art. 60(4)(c), last clause: 'the provider or prospective provider of "
        "high-risk AI systems referred to in point 2 of Annex III has registered the testing in "
        "real-world conditions in accordance with Article 49(5)', that is at national level. Not "
        "an exception, so every system listed in point 2 under every reading of A31; a system "
        "also listed in another point is under the default reading A31 registered in the EU "
        "database as well (art60_4_c). National penalties only.",
        summary_nl="Artikel 60, lid 4, punt c, laatste zinsdeel: 'de aanbieder of potentiële "
        "aanbieder van in punt 2 van bijlage III bedoelde AI-systemen met een hoog risico heeft "
        "het testen onder reële omstandigheden geregistreerd overeenkomstig artikel 49, lid 5', "
        "dus op nationaal niveau. Geen uitzondering, dus elk in punt 2 vermeld systeem, bij elke "
        "lezing van A31; een systeem dat ook in een ander punt is vermeld, wordt volgens de "
        "standaardlezing A31 daarnaast in de EU-databank geregistreerd (art60_4_c). Alleen "
        "nationale sancties.",
    ),
    _testing(
        "art61",
        "Art. 61(1)",
        "Obtain freely given, informed, dated and documented consent from the subjects of testing",
        "Vrijwillig gegeven, geïnformeerde, gedateerde en gedocumenteerde toestemming van de "
        "proefpersonen verkrijgen",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        also_cites=("Art. 61(2)", "Art. 60(4)(i)"),
        summary_en="Before their participation, the subjects of testing give freely-given "
        "informed consent after being informed concisely and clearly of the nature, objectives "
        "and possible inconvenience of the testing, its conditions and duration, their rights "
        "(including to refuse and withdraw at any time without detriment), the arrangements for "
        "reversing or disregarding outputs, and the test's Union-wide unique identification "
        "number and contact details; the consent is dated and documented and a copy is given to "
        "the subject or their legal representative. In the case of law enforcement, where "
        "seeking informed consent would prevent the system from being tested, Art. 60(4)(i) "
        "dispenses with it: the testing and its outcome must then have no negative effect on the "
        "subjects, and their personal data are deleted after the test (not derived: no fact "
        "records it).",
        summary_nl="Voorafgaand aan hun deelname geven de proefpersonen vrijwillig geïnformeerde "
        "toestemming nadat zij beknopt en duidelijk zijn geïnformeerd over de aard, doelstellingen "
        "en mogelijke ongemakken van het testen, de voorwaarden en duur, hun rechten (waaronder "
        "weigeren en zich op elk moment zonder nadeel terugtrekken), de regeling voor het "
        "terugdraaien of negeren van output, en het unieke Uniebrede identificatienummer en de "
        "contactgegevens; de toestemming wordt gedateerd en gedocumenteerd en een kopie wordt aan "
        "de proefpersoon of diens wettelijke vertegenwoordiger gegeven. Bij rechtshandhaving, "
        "wanneer het vragen van geïnformeerde toestemming het testen van het AI-systeem zou "
        "verhinderen, is zij niet nodig (artikel 60, lid 4, punt i): het testen en de uitkomst "
        "ervan mogen dan geen negatief effect op de proefpersonen hebben en hun "
        "persoonsgegevens worden na het testen gewist (niet afgeleid: geen feit legt dit vast).",
    ),
    _testing(
        "art60_7",
        "Art. 60(7)",
        "Report serious incidents during testing, mitigate or suspend, and keep a recall procedure",
        "Ernstige incidenten tijdens het testen melden, risicobeperkende maatregelen nemen of het "
        "testen schorsen, en een terugroepprocedure vaststellen",
        measure=Measure.MONITORING,
        milestone=Milestone.ON_EVENT,
        also_cites=("Art. 73",),
        summary_en="Any serious incident identified in the course of the testing is reported to "
        "the national market surveillance authority in accordance with Art. 73. The provider or "
        "prospective provider adopts immediate mitigation measures or, failing that, suspends the "
        "testing until mitigation takes place, or otherwise terminates it, and establishes a "
        "procedure for the prompt recall of the AI system upon such termination.",
        summary_nl="Elk ernstig incident dat tijdens het testen onder reële omstandigheden wordt "
        "vastgesteld, wordt gemeld bij de nationale markttoezichtautoriteit overeenkomstig artikel "
        "73. De aanbieder of potentiële aanbieder neemt onmiddellijke risicobeperkende maatregelen "
        "of schorst bij gebreke daarvan het testen totdat die zijn getroffen, of beëindigt het "
        "anders, en stelt een procedure vast voor het onmiddellijk terugroepen van het AI-systeem "
        "bij een dergelijke beëindiging.",
    ),
    _testing(
        "art60_8",
        "Art. 60(8)",
        "Notify the market surveillance authority of a suspension or termination of the testing "
        "and of the final outcomes",
        "De markttoezichtautoriteit in kennis stellen van de opschorting of beëindiging van het "
        "testen en van de eindresultaten",
        measure=Measure.MONITORING,
        milestone=Milestone.ON_EVENT,
        prerequisites=(
            Prerequisite(
                obligation="art60_4",
                source="Art. 60(8)",
                anchor="the national market surveillance authority in the Member State where the "
                "testing in real world conditions is to be conducted",
            ),
        ),
        summary_en="Providers or prospective providers notify the national market surveillance "
        "authority of the Member State where the testing is conducted of the suspension or "
        "termination of the testing in real-world conditions and of the final outcomes.",
        summary_nl="Aanbieders of potentiële aanbieders stellen de nationale "
        "markttoezichtautoriteit in de lidstaat waar onder reële omstandigheden wordt getest in "
        "kennis van de opschorting of beëindiging van het testen en van de eindresultaten.",
    ),
)
