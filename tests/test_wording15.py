"""Round 15 wording: the text findings of reviews 35-39 (tests/data/coverage/reviews.yaml, round
15) applied to the obligation catalogue, in English and Dutch. Each test quotes the article (the
English text of the version concerned and the official Dutch text of Regulation (EU) 2024/1689)
and checks that the words now stand in the title or summary of the entry. The defects of
art14, art43 and art86 are the former strict xfails of tests/test_review35.py and
tests/test_review39.py."""

from __future__ import annotations

from lawquote import quote, quote_nl

from aiact.facts import UseContext
from aiact.i18n import pt
from aiact.obligations import catalogue
from aiact.obligations.model import Obligation


def _entry(oid: str) -> Obligation:
    o = catalogue().get(oid)
    assert o is not None
    return o


# --- review35: Section 2 requirements and the quality management system -----------------------


def test_art9_title_has_the_four_verbs_and_the_summary_paragraphs_8_and_10() -> None:
    quote(
        "9",
        "a risk management system shall be established, implemented, documented and maintained",
        "both",
    )
    quote("9", "prior to their being placed on the market or put into service", "both")
    quote(
        "9",
        "the aspects provided in paragraphs 1 to 9 may be part of, or combined with, the "
        "risk management procedures established pursuant to that law",
        "both",
    )
    quote_nl("voordat het systeem in de handel wordt gebracht of in gebruik wordt gesteld")
    quote_nl(
        "kunnen de in de leden 1 tot en met 9 bepaalde aspecten deel uitmaken van of "
        "gecombineerd worden met de op grond van dat recht vastgestelde "
        "risicobeheerprocedures"
    )
    o = _entry("art9")
    assert o.title_en == "Establish, implement, document and maintain a risk management system"
    assert "before placing on the market or putting into service" in o.summary_en
    assert "may be part of, or combined with" in o.summary_en
    assert "(Art. 9(10))" in o.summary_en
    assert "voordat het in de handel wordt gebracht of in gebruik wordt gesteld" in o.summary_nl
    assert "deel uitmaken van of gecombineerd worden met" in o.summary_nl
    assert "(artikel 9, lid 10)" in o.summary_nl


def test_art10_summary_has_paragraph_6() -> None:
    quote(
        "10",
        "not using techniques involving the training of AI models, paragraphs 2 to 5 "
        "apply only to the testing data sets",
        "original",
    )
    quote(
        "10",
        "not using techniques involving the training of AI models, paragraphs 2, 3 and 4 "
        "of this Article and Article 4a(1) shall apply only to the testing data sets",
        "omnibus_only",
    )
    quote_nl(
        "die geen technieken voor de training van modellen gebruiken, zijn de leden 2 tot en "
        "met 5 uitsluitend van toepassing op de datasets voor tests"
    )
    o = _entry("art10")
    assert "not using techniques involving the training of AI models" in o.summary_en
    assert "only to the testing data sets (Art. 10(6))" in o.summary_en
    assert "geen technieken voor de training van modellen gebruiken" in o.summary_nl
    assert "uitsluitend van toepassing op de datasets voor tests (artikel 10, lid 6)" in (
        o.summary_nl
    )


def test_art14_summaries_carry_the_art14_5_exception() -> None:
    quote(
        "14",
        "used for the purposes of law enforcement, migration, border control or asylum, "
        "where Union or national law considers the application of this requirement to be "
        "disproportionate",
        "both",
    )
    quote_nl(
        "gebruikt worden voor rechtshandhaving, migratie, grenstoezicht of asiel, in "
        "gevallen waarin het Unierecht of het nationale recht de toepassing van dit vereiste "
        "onevenredig acht"
    )
    o = _entry("art14")
    assert "unless it is used for law enforcement, migration, border control or asylum" in (
        o.summary_en
    )
    assert "considers the application of that requirement disproportionate" in o.summary_en
    assert (
        "rechtshandhaving, migratie, grenstoezicht of asiel in gevallen waarin het Unierecht"
        in (o.summary_nl)
    )
    assert "de toepassing van dit vereiste onevenredig acht" in o.summary_nl


def test_art15_summaries_name_the_art42_presumptions() -> None:
    quote(
        "42",
        "certified or for which a statement of conformity has been issued under a "
        "cybersecurity scheme pursuant to Regulation (EU) 2019/881",
        "both",
    )
    quote(
        "42",
        "shall be presumed to comply with the cybersecurity requirements set out in "
        "Article 15 of this Regulation in so far as the cybersecurity certificate or statement "
        "of conformity or parts thereof cover those requirements",
        "both",
    )
    quote(
        "42",
        "Where high-risk AI systems fall within the scope of Regulation (EU) 2024/2847 and "
        "the conditions laid down in Article 12(1) of that Regulation are fulfilled, such "
        "systems shall be deemed to comply with the cybersecurity requirements set out in "
        "Article 15 of this Regulation",
        "omnibus_only",
    )
    quote_nl(
        "waarvoor een conformiteitsverklaring is verstrekt volgens een "
        "cyberbeveiligingsregeling krachtens Verordening (EU) 2019/881"
    )
    quote_nl(
        "worden geacht te voldoen aan de in artikel 15 van deze verordening beschreven "
        "cyberbeveiligingseisen"
    )
    o = _entry("art15")
    assert "Official Journal of the European Union is presumed to comply" in o.summary_en
    assert "(Art. 42(2))" in o.summary_en
    assert "in the amended text" in o.summary_en and "Regulation (EU) 2024/2847" in o.summary_en
    assert "(Art. 42(3))" in o.summary_en
    assert "Publicatieblad van de Europese Unie zijn bekendgemaakt, wordt geacht" in o.summary_nl
    assert "(artikel 42, lid 2)" in o.summary_nl and "(artikel 42, lid 3)" in o.summary_nl


def test_art17_summaries_paragraphs_2_3_and_4() -> None:
    quote("17", "shall be proportionate to the size of the provider's organisation", "original")
    quote(
        "17",
        "proportionate to the size of the provider's organisation, in particular, if the "
        "provider is an SME, including a start-up, or an SMC",
        "omnibus_only",
    )
    quote(
        "17",
        "may include the aspects listed in paragraph 1 as part of the quality management "
        "systems pursuant to that law",
        "both",
    )
    quote(
        "17", "with the exception of paragraph 1, points (g), (h) and (i) of this Article", "both"
    )
    quote_nl("evenredig aan de omvang van de organisatie van de aanbieder")
    quote_nl("als onderdeel van de op grond van dat recht vastgestelde kwaliteitsbeheersystemen")
    quote_nl("met uitzondering van lid 1, punten g), h) en i)")
    o = _entry("art17")
    # The published Art. 17(2) names no SMEs: they come with the amendment.
    assert "proportionate to the size of the provider's organisation (in the amended text:" in (
        o.summary_en
    )
    assert "(SMEs, and in the amended text SMCs)" not in o.summary_en
    assert "(Art. 17(3))" in o.summary_en
    assert (
        "evenredig aan de omvang van de organisatie van de aanbieder (in de gewijzigde tekst"
        in (o.summary_nl)
    )
    assert "als onderdeel van de op grond van dat recht vastgestelde kwaliteitsbeheersystemen" in (
        o.summary_nl
    )
    assert "(artikel 17, lid 3)" in o.summary_nl
    assert "met uitzondering van lid 1, punten g), h) en i) (artikel 17, lid 4)" in o.summary_nl


# --- review36: Art. 16 and the authorised representative -------------------------------------


def test_art16_b_title_says_registered_and_nl_the_official_documentation() -> None:
    quote(
        "16",
        "their name, registered trade name or registered trade mark, the address at which "
        "they can be contacted",
        "both",
    )
    quote_nl(
        "op de verpakking of in de bij het product gevoegde documentatie, naargelang het "
        "geval, hun naam, geregistreerde handelsnaam of geregistreerd merk"
    )
    o = _entry("art16_b")
    assert o.title_en == (
        "Indicate name, registered trade name or registered trade mark and contact address on the "
        "system"
    )
    assert "in de bij het product gevoegde documentatie" in o.summary_nl
    assert "bijgevoegde" not in o.summary_nl


def test_art16_f_titles_name_putting_into_service() -> None:
    quote("16", "prior to its being placed on the market or put into service", "both")
    quote_nl("voordat dit systeem in de handel wordt gebracht of in gebruik wordt gesteld")
    o = _entry("art16_f")
    assert o.title_en.endswith("before placing on the market or putting into service")
    assert o.title_nl.endswith(
        "voordat het systeem in de handel wordt gebracht of in gebruik wordt gesteld"
    )


def test_art16_h_nl_summary_has_the_official_documentation_words() -> None:
    quote_nl(
        "brengen de CE-markering aan op het AI-systeem met een hoog risico of, wanneer dit "
        "niet mogelijk is, op de verpakking of in de bij het product gevoegde documentatie"
    )
    o = _entry("art16_h")
    assert "in de bij het product gevoegde documentatie" in o.summary_nl
    assert "bijgevoegde" not in o.summary_nl


def test_art16_k_points_to_art21() -> None:
    quote(
        "21",
        "upon a reasoned request by a competent authority, provide that authority all "
        "the information and documentation necessary to demonstrate the conformity",
        "both",
    )
    o = _entry("art16_k")
    assert "Art. 21(1)" in o.also_cites
    assert "(see obligation art21)" in o.summary_en
    assert "(zie verplichting art21)" in o.summary_nl
    assert catalogue().get("art21") is not None


def test_art22_3_summaries_give_points_c_and_e_in_full() -> None:
    quote(
        "22",
        "provide a competent authority, upon a reasoned request, with all the information "
        "and documentation",
        "both",
    )
    quote(
        "22",
        "including access to the logs, as referred to in Article 12(1), automatically "
        "generated by the high-risk AI system, to the extent such logs are under the control "
        "of the provider",
        "both",
    )
    quote(
        "22",
        "if the registration is carried out by the provider itself, ensure that the "
        "information referred to in point 3 of Section A of Annex VIII is correct",
        "both",
    )
    quote_nl(
        "een bevoegde autoriteit op met redenen omkleed verzoek alle informatie en "
        "documentatie verstrekken"
    )
    quote_nl("voor zover dergelijke logs onder de controle van de aanbieder vallen")
    quote_nl(
        "indien de registratie door de aanbieder zelf wordt uitgevoerd, waarborgen dat de in "
        "bijlage VIII, afdeling A, punt 3, bedoelde informatie juist is"
    )
    o = _entry("art22_3")
    assert "upon a reasoned request, with all the information and documentation" in o.summary_en
    assert "to the extent such logs are under the control of the provider" in o.summary_en
    assert "Annex VIII, Section A, point 3 is correct" in o.summary_en
    assert "check the registration" not in o.summary_en
    assert "op met redenen omkleed verzoek alle informatie en documentatie verstrekken" in (
        o.summary_nl
    )
    assert "voor zover dergelijke logs onder de controle van de aanbieder vallen" in o.summary_nl
    assert "bijlage VIII, afdeling A, punt 3, bedoelde informatie juist is" in o.summary_nl


# --- review38: general-purpose AI models ------------------------------------------------------


def test_art52_1_nl_summary_has_the_content_of_the_notification() -> None:
    quote(
        "52",
        "That notification shall include the information necessary to demonstrate that "
        "the relevant requirement has been met",
        "both",
    )
    quote_nl(
        "Die kennisgeving bevat de informatie die nodig is om aan te tonen dat aan de "
        "desbetreffende eis is voldaan"
    )
    o = _entry("art52_1")
    assert "de informatie die nodig is om aan te tonen dat aan de desbetreffende eis is " in (
        o.summary_nl
    )


def test_art53_3_summaries_have_competences_and_pursuant_to_this_regulation() -> None:
    quote(
        "53", "in the exercise of their competences and powers pursuant to this Regulation", "both"
    )
    quote_nl("bij de uitoefening van hun bevoegdheden uit hoofde van deze verordening")
    o = _entry("art53_3")
    assert "competences and powers pursuant to this Regulation" in o.summary_en
    assert "bevoegdheden uit hoofde van deze verordening" in o.summary_nl


def test_art55_1_notification_prerequisite_holds_only_where_applicable() -> None:
    """A model designated by the Commission (Art. 51(1)(b)) has the Art. 55 duties and no
    notification duty: the art52_1 prerequisite orders the Art. 51(1)(a) route only."""
    quote("52", "may present, with its notification, sufficiently substantiated arguments", "both")
    for oid in ("art55_1_a", "art55_1_b", "art55_1_c", "art55_1_d"):
        (pre,) = [p for p in _entry(oid).prerequisites if p.obligation == "art52_1"]
        assert pre.where_applicable is True, oid


# --- review39: deployers, conformity, registration --------------------------------------------


def test_art26_10_untargeted_uses_the_words_of_the_text() -> None:
    quote(
        "26",
        "a genuine and present or genuine and foreseeable threat of a criminal offence",
        "both",
    )
    quote_nl(
        "mag in geen geval op niet-gerichte wijze worden gebruikt voor "
        "rechtshandhavingsdoeleinden, zonder enig verband met een strafbaar feit, een "
        "strafrechtelijke procedure, een werkelijke en actuele of werkelijke en te verwachten "
        "dreiging van een strafbaar feit"
    )
    o = _entry("art26_10_untargeted")
    assert "a genuine and present or genuine and foreseeable threat" in o.summary_en
    assert "op niet-gerichte wijze gebruiken voor rechtshandhavingsdoeleinden" in o.summary_nl
    assert "een werkelijke en actuele of werkelijke en te verwachten dreiging" in o.summary_nl
    assert "een strafrechtelijke procedure" in o.summary_nl
    assert "op niet-gerichte wijze" in o.title_nl
    assert "rechtshandhavingsdoeleinden" in o.title_nl
    assert "reële" not in o.summary_nl and "ongericht " not in o.summary_nl


def test_art43_summaries_state_the_art43_1_choice_and_the_amended_last_subparagraph() -> None:
    quote(
        "43",
        "the provider has applied harmonised standards referred to in Article 40, or, "
        "where applicable, common specifications referred to in Article 41",
        "both",
    )
    quote(
        "43",
        "the provider has not applied, or has applied only part of, the harmonised standard",
        "both",
    )
    quote(
        "43",
        "Where a high-risk AI system is both covered by the Union harmonisation "
        "legislation listed in Section A of Annex I and it falls within one of the categories "
        "listed in Annex III",
        "omnibus_only",
    )
    quote_nl("de aanbieder de geharmoniseerde norm niet of slechts gedeeltelijk heeft toegepast")
    o = _entry("art43")
    assert "where applicable, common specifications, a choice between internal control" in (
        o.summary_en
    )
    assert "applied only in part" in o.summary_en
    assert "also covered by Annex I Section A follows that sectoral procedure" in o.summary_en
    assert "in voorkomend geval gemeenschappelijke specificaties heeft toegepast" in o.summary_nl
    assert "niet of slechts gedeeltelijk toegepast" in o.summary_nl
    assert "ook onder bijlage I, afdeling A, valt die sectorale procedure" in o.summary_nl


def test_art47_summaries_have_the_copy_on_request_and_the_translation() -> None:
    quote(
        "47",
        "keep it at the disposal of the national competent authorities for 10 years after "
        "the high-risk AI system has been placed on the market or put into service",
        "both",
    )
    quote(
        "47",
        "A copy of the EU declaration of conformity shall be submitted to the relevant "
        "national competent authorities upon request",
        "both",
    )
    quote(
        "47",
        "shall be translated into a language that can be easily understood by the "
        "national competent authorities of the Member States in which the high-risk AI system "
        "is placed on the market or made available",
        "both",
    )
    quote_nl(
        "Op verzoek wordt een kopie van de EU-conformiteitsverklaring aan de relevante "
        "nationale bevoegde autoriteiten voorgelegd"
    )
    quote_nl(
        "wordt vertaald in een taal die de nationale bevoegde autoriteiten van de lidstaten "
        "waarin het AI-systeem met een hoog risico in de handel wordt gebracht of wordt "
        "aangeboden, gemakkelijk kunnen begrijpen"
    )
    o = _entry("art47")
    assert "at the disposal of the national competent authorities for 10 years" in o.summary_en
    assert "submit a copy to the relevant national competent authorities upon request" in (
        o.summary_en
    )
    assert "translate it into a language that can be easily understood" in o.summary_en
    assert "ter beschikking houden van de nationale bevoegde autoriteiten" in o.summary_nl
    assert "op verzoek een kopie aan de relevante nationale bevoegde autoriteiten voorleggen" in (
        o.summary_nl
    )
    assert "in de handel wordt gebracht of wordt aangeboden, gemakkelijk kunnen begrijpen" in (
        o.summary_nl
    )


def test_art49_1_summaries_say_the_same_about_the_ce_marking() -> None:
    """The English summary spoke of how the prerequisite is encoded, the Dutch one did not; both
    now say, in words for the reader, that Art. 49(1) does not make the CE marking a condition
    (the prerequisite itself is unchanged)."""
    quote(
        "49",
        "Before placing on the market or putting into service a high-risk AI system "
        "listed in Annex III",
        "both",
    )
    o = _entry("art49_1")
    assert "anchored" not in o.summary_en
    assert "Art. 49(1) does not make it a condition of the registration" in o.summary_en
    assert "artikel 49, lid 1, maakt haar geen voorwaarde voor de registratie" in o.summary_nl
    assert "art48" in o.summary_en and "art48" in o.summary_nl
    assert [p.obligation for p in o.prerequisites] == ["art47", "art48"]


def test_art49_4_names_its_companions_and_leaves_a14_to_49_2() -> None:
    quote(
        "49",
        "Section A, points 1 to 10, of Annex VIII, with the exception of points 6, 8 and 9",
        "both",
    )
    quote("49", "Section B, points 1 to 5, and points 8 and 9 of Annex VIII", "original")
    quote_nl(
        "afdeling A, punten 1 tot en met 10, van bijlage VIII, met uitzondering van punten 6, "
        "8 en 9"
    )
    o = _entry("art49_4")
    assert "A14" not in o.summary_en and "point 9 is ignored" not in o.summary_en
    assert "(Art. 49(4)(a))" in o.summary_en
    for oid in ("art49_4_not_high_risk", "art49_4_deployer"):
        assert f"(obligation {oid})" in o.summary_en
        assert f"(verplichting {oid})" in o.summary_nl
        assert catalogue().get(oid) is not None
    assert "art49_3)" not in o.summary_en and "art49_3)" not in o.summary_nl
    assert "(artikel 49, lid 4, punt a)" in o.summary_nl
    companion = _entry("art49_4_not_high_risk")
    assert "A14" in companion.summary_en and "A14" in companion.summary_nl


def test_art86_dutch_summary_has_paragraphs_2_and_3() -> None:
    quote_nl(
        "uitzonderingen op of beperkingen van de verplichting krachtens dat lid "
        "voortvloeien uit het Unierecht of het nationale recht"
    )
    quote_nl(
        "Dit artikel is enkel van toepassing voor zover het Unierecht niet anderszins in het "
        "in lid 1 bedoelde recht voorziet"
    )
    o = _entry("art86")
    assert "voortvloeien uit het Unierecht of het nationale recht (artikel 86, lid 2)" in (
        o.summary_nl
    )
    assert "voor zover het Unierecht niet anderszins in dat recht voorziet (artikel 86, lid 3)" in (
        o.summary_nl
    )


def test_on_behalf_fact_names_union_institutions() -> None:
    """Art. 49(3): "deployers that are public authorities, Union institutions, bodies, offices or
    agencies or persons acting on their behalf": a contractor of a Union institution answers the
    same fact."""
    quote(
        "49",
        "public authorities, Union institutions, bodies, offices or agencies or persons "
        "acting on their behalf",
        "both",
    )
    quote_nl(
        "overheidsinstanties, instellingen, organen of instanties van de Unie, of personen die "
        "namens hen optreden"
    )
    field = UseContext.model_fields["on_behalf_of_public_authority"]
    assert field.description is not None
    assert "Union institution, body, office or agency" in field.description
    label_nl = pt("fact", "context.on_behalf_of_public_authority", "nl")
    assert "instelling, orgaan of instantie van de Unie" in label_nl
