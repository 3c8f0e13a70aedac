"""Conformity assessment (Art. 43): which route the system takes and whether a notified body is
needed, and the trigger of the real-world testing duties (Arts. 60-61).

The routes follow the classification (issue 12, section 2):

* Art. 43(1), Annex III point 1 (biometrics): where harmonised standards or common specifications
  were applied in full the provider *chooses* internal control (Annex VI) or the notified body
  (Annex VII), first subparagraph; otherwise Annex VII is *mandatory*, second subparagraph.
* Art. 43(2), Annex III points 2 to 8: internal control, "which does not provide for the
  involvement of a notified body".
* Art. 43(3), a high-risk system "covered by" Annex I Section A legislation (as in Art. 6(1)(a):
  the product, or the product the system is a safety component of, is in Section A, whether
  high-risk through Art. 6(1) or through Annex III; review46 D3): the sectoral procedure. Where
  that legislation requires a third-party conformity assessment of the product (Art. 6(1)(b) for
  the Art. 6(1) classification), a notified body is needed unless the sectoral act lets the
  manufacturer opt out by applying harmonised standards and it applied them, and the AI
  harmonised standards or common specifications, to all Section 2 requirements (Art. 43(3), third
  subparagraph). The amended text adds (fourth subparagraph) that a system both covered by
  Section A legislation and in Annex III follows the sectoral procedure; the published text says
  nothing, so under it both routes apply (ADR 0023).

:func:`notified_body_answer` turns the engine's conclusions into the answer the Assessment reports:
yes, no or undetermined, with the reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aiact.logic import Truth, truth_label
from aiact.ruleset import Rule
from aiact.versions import ONLY_AMENDED, ONLY_ORIGINAL

_POINT_1 = "(hr.listed.1a or hr.listed.1b or hr.listed.1c)"
_POINTS_2_8 = (
    "(hr.listed.2 or hr.listed.3a or hr.listed.3b or hr.listed.3c or hr.listed.3d "
    "or hr.listed.4a or hr.listed.4b or hr.listed.5a or hr.listed.5b or hr.listed.5c "
    "or hr.listed.5d or hr.listed.6a or hr.listed.6b or hr.listed.6c or hr.listed.6d "
    "or hr.listed.6e or hr.listed.7a or hr.listed.7b or hr.listed.7c or hr.listed.7d "
    "or hr.listed.8a or hr.listed.8b)"
)
_ANNEX_III_ROUTE = "hr.chapter_iii_applies and hr.annex_iii"
_COVERED_BY_SECTION_A = (
    "(hr.annex_i_section_a_legislation and hr.annex_i_product_or_safety_component)"
)
"""Art. 43(3): a high-risk AI system "covered by the Union harmonisation legislation listed in
Section A of Annex I", read as Art. 6(1)(a) reads "covered by" ("a safety component of a product,
or ... itself a product, covered by the Union harmonisation legislation listed in Annex I"): the
product is in Section A, whether or not it must undergo a third-party assessment (Art. 6(1)(b) is
the separate condition of the Art. 6(1) classification). A high-risk system of Annex III that is
such a product therefore follows the sectoral procedure too (review46 D3; ADR 0023)."""


def _route(point: str, paragraph: str, title_en: str, title_nl: str) -> tuple[Rule, Rule]:
    """The Annex III route of Art. 43(1) or (2): in the amended text not for a system that is
    also covered by Annex I Section A legislation (Art. 43(3), fourth subparagraph)."""
    name = f"art43.route_{paragraph}"
    return (
        Rule(
            id=f"{name}.original",
            concludes=name,
            when=f"{_ANNEX_III_ROUTE} and {point}",
            source=f"Art. 43({paragraph})",
            versions=ONLY_ORIGINAL,
            title_en=title_en,
            title_nl=title_nl,
        ),
        Rule(
            id=f"{name}.amended",
            concludes=name,
            when=f"{_ANNEX_III_ROUTE} and {point} and not {_COVERED_BY_SECTION_A}",
            source=f"Art. 43({paragraph})",
            also_cites=("Art. 43(3)",),
            versions=ONLY_AMENDED,
            title_en=f"{title_en} (not also covered by the Annex I Section A legislation: "
            "Art. 43(3), fourth subparagraph)",
            title_nl=f"{title_nl} (niet tevens onder de harmonisatiewetgeving van bijlage I, "
            "afdeling A: artikel 43, lid 3, vierde alinea)",
        ),
    )


RULES: tuple[Rule, ...] = (
    *_route(
        _POINT_1,
        "1",
        "Conformity assessment under Art. 43(1): a high-risk system of Annex III point 1",
        "Conformiteitsbeoordeling volgens artikel 43, lid 1: een systeem met een hoog risico van "
        "bijlage III, punt 1",
    ),
    *_route(
        _POINTS_2_8,
        "2",
        "Conformity assessment under Art. 43(2): a high-risk system of Annex III points 2 to 8",
        "Conformiteitsbeoordeling volgens artikel 43, lid 2: een systeem met een hoog risico van "
        "bijlage III, punten 2 tot en met 8",
    ),
    Rule(
        id="art43.route_3",
        concludes="art43.route_3",
        when=f"hr.chapter_iii_applies and {_COVERED_BY_SECTION_A}",
        source="Art. 43(3)",
        also_cites=("Art. 6(1)(a)",),
        title_en="Conformity assessment under Art. 43(3): the sectoral procedure of the Annex I "
        "Section A legislation",
        title_nl="Conformiteitsbeoordeling volgens artikel 43, lid 3: de sectorale procedure van "
        "de harmonisatiewetgeving van bijlage I, afdeling A",
    ),
    Rule(
        id="art43.internal_control_choice",
        concludes="art43.internal_control_choice",
        when="art43.route_1 and conformity.standards_applied_in_full",
        source="Art. 43(1), first subparagraph",
        title_en="Harmonised standards or common specifications applied: the provider may opt "
        "for internal control (Annex VI) or a notified body (Annex VII)",
        title_nl="Geharmoniseerde normen of gemeenschappelijke specificaties toegepast: de "
        "aanbieder kiest interne controle (bijlage VI) of een aangemelde instantie (bijlage VII)",
    ),
    Rule(
        id="art43.annex_vii_mandatory",
        concludes="art43.annex_vii_mandatory",
        when="art43.route_1 and not conformity.standards_applied_in_full",
        source="Art. 43(1), second subparagraph",
        title_en="Standards or specifications absent, or not (fully) applied: the Annex VII "
        "procedure with a notified body is mandatory",
        title_nl="Normen of specificaties ontbreken of zijn niet (volledig) toegepast: de "
        "procedure van bijlage VII met een aangemelde instantie is verplicht",
    ),
    Rule(
        id="art43.sectoral_third_party",
        concludes="art43.sectoral_third_party",
        when=(
            "art43.route_3 and annex_i.third_party_conformity_assessment and not "
            "(conformity.sectoral_opt_out_available and conformity.standards_applied_in_full)"
        ),
        source="Art. 43(3)",
        also_cites=("Art. 6(1)(b)",),
        title_en="The sectoral procedure involves a third party (the Section A legislation "
        "requires a third-party conformity assessment of the product), and no opt-out by "
        "harmonised standards is used",
        title_nl="De sectorale procedure vereist een derde partij (de harmonisatiewetgeving van "
        "afdeling A schrijft voor het product een conformiteitsbeoordeling door een derde partij "
        "voor), en er wordt geen gebruik gemaakt van een uitzondering via geharmoniseerde normen",
    ),
    Rule(
        id="art43.notified_body_needed.annex_vii_mandatory",
        concludes="art43.notified_body_needed",
        when="art43.annex_vii_mandatory",
        source="Art. 43(1), second subparagraph",
        title_en="A notified body is needed: Annex VII is mandatory",
        title_nl="Een aangemelde instantie is nodig: bijlage VII is verplicht",
    ),
    Rule(
        id="art43.notified_body_needed.annex_vii_chosen",
        concludes="art43.notified_body_needed",
        when="art43.internal_control_choice and conformity.opts_for_notified_body",
        source="Art. 43(1), first subparagraph, point (b)",
        title_en="A notified body is involved: the provider opted for Annex VII",
        title_nl="Een aangemelde instantie is betrokken: de aanbieder koos voor bijlage VII",
    ),
    Rule(
        id="art43.notified_body_needed.sectoral",
        concludes="art43.notified_body_needed",
        when="art43.sectoral_third_party",
        source="Art. 43(3)",
        title_en="A notified body is needed: the sectoral procedure involves a third party",
        title_nl="Een aangemelde instantie is nodig: de sectorale procedure vereist een derde "
        "partij",
    ),
    # --- Arts. 60-61: testing in real-world conditions outside a sandbox (issue 12, section 2)
    Rule(
        id="art60.system.original",
        concludes="art60.system",
        when="hr.annex_iii",
        source="Art. 60(1)",
        versions=ONLY_ORIGINAL,
        title_en="A high-risk AI system listed in Annex III (the published Art. 60(1))",
        title_nl="Een in bijlage III vermeld AI-systeem met een hoog risico (oorspronkelijk "
        "artikel 60, lid 1)",
    ),
    Rule(
        id="art60.system.amended",
        concludes="art60.system",
        when="hr.annex_iii or hr.annex_i_a",
        source="Art. 60(1)",
        versions=ONLY_AMENDED,
        title_en="A high-risk AI system listed in Annex III or covered by Annex I Section A "
        "(Art. 60(1) as replaced by Regulation (EU) 2026/1744)",
        title_nl="Een AI-systeem met een hoog risico van bijlage III of van bijlage I, afdeling A "
        "(artikel 60, lid 1, zoals vervangen bij Verordening (EU) 2026/1744)",
    ),
    Rule(
        id="art60.applies",
        concludes="art60.applies",
        # "not scope.section_b_limited": Art. 2(2) names Art. 60a, not Art. 60. It matters only
        # under reading A41 section_b_only (a Section B system that Annex III also lists); under
        # the default no system of art60.system is limited.
        when=(
            "scope.in_scope and role.provider and scope.provider_territorial "
            "and art60.system and not scope.section_b_limited "
            "and conformity.real_world_testing_outside_sandbox"
        ),
        source="Art. 60(1)",
        also_cites=("Art. 60(2)", "Art. 2(2)"),
        title_en="The provider tests the high-risk system in real-world conditions outside an AI "
        "regulatory sandbox",
        title_nl="De aanbieder test het systeem met een hoog risico onder reële omstandigheden "
        "buiten een AI-testomgeving voor regelgeving",
    ),
    # Art. 60(4)(c): the testing is registered in the EU database (Art. 71(4)) "with the
    # exception of ... high-risk AI systems referred to in point 2 of Annex III", whose testing
    # is registered "in accordance with Article 49(5)" (at national level). The same exception
    # as Art. 49(1) ("referred to in point 2 of Annex III"; Dutch "als bedoeld in punt 2 van
    # bijlage III", as Art. 49(5)), carved out of the same class (Art. 60(1): "high-risk AI
    # systems listed in Annex III"), so it reads A31 as Art. 49(1) does (ADR 0034, round 14):
    # through hr.annex_iii_other_than_point_2, whose two rules read the A31 fact.
    Rule(
        id="art60.testing_registered_in_eu_database.not_point_2",
        concludes="art60.testing_registered_in_eu_database",
        when="art60.system and not hr.annex_iii_point_2",
        source="Art. 60(4)(c)",
        also_cites=("Art. 71(4)",),
        title_en="The testing of a system not listed in Annex III point 2 is registered in the "
        "EU database",
        title_nl="Het testen van een systeem dat niet in bijlage III, punt 2, is vermeld, wordt "
        "in de EU-databank geregistreerd",
    ),
    Rule(
        id="art60.testing_registered_in_eu_database.other_point",
        concludes="art60.testing_registered_in_eu_database",
        when="hr.annex_iii_other_than_point_2",
        source="Art. 60(4)(c)",
        also_cites=("Art. 71(4)", "Annex III, point 2"),
        interpretation="A31",
        title_en="The testing of a system listed in a point of Annex III other than point 2 is "
        "registered in the EU database, also where the system is listed in point 2 as well "
        "(as far as reading A31 keeps it outside the point 2 exception)",
        title_nl="Het testen van een systeem dat in een ander punt van bijlage III dan punt 2 is "
        "vermeld, wordt in de EU-databank geregistreerd, ook als het daarnaast in punt 2 is "
        "vermeld (voor zover lezing A31 het buiten de uitzondering van punt 2 houdt)",
    ),
    # As replaced by 2026/1744, Art. 60(1) also covers systems "covered by Union harmonisation
    # legislation listed in Section A of Annex I". A product of Section A that is also listed in
    # point 2 is in that class through Annex I, a route the exception does not mention: the
    # structure on which A31's default keeps the duty (ADR 0034; review30). Under
    # any_point_2_listing it is excepted, as every system referred to in point 2.
    Rule(
        id="art60.testing_registered_in_eu_database.annex_i",
        concludes="art60.testing_registered_in_eu_database",
        when="art60.system and hr.annex_i_a and not interp.a31_any_point_2_listing_excepted",
        source="Art. 60(4)(c)",
        versions=ONLY_AMENDED,
        also_cites=("Art. 60(1)", "Art. 71(4)", "Annex III, point 2"),
        interpretation="A31",
        title_en="The testing of a product covered by Annex I Section A is registered in the EU "
        "database, also where it is listed in Annex III point 2 as well (A31: only a system "
        "referred to in point 2 alone is excepted; Art. 60(1) as replaced by Regulation (EU) "
        "2026/1744)",
        title_nl="Het testen van een product van bijlage I, afdeling A, wordt in de EU-databank "
        "geregistreerd, ook als het daarnaast in bijlage III, punt 2, is vermeld (A31: alleen "
        "een systeem dat uitsluitend onder punt 2 valt, is uitgezonderd; artikel 60, lid 1, "
        "zoals vervangen bij Verordening (EU) 2026/1744)",
    ),
)


@dataclass(frozen=True)
class NotifiedBodyAnswer:
    """Whether the conformity assessment of the system needs a notified body (Art. 43)."""

    value: Truth
    """True: needed; False: not needed; None: undetermined (see ``reason_en``)."""
    reason_en: str
    reason_nl: str
    citations: tuple[str, ...]
    routes: tuple[str, ...]
    """The paragraphs of Art. 43 that apply (``43(1)``, ``43(2)``, ``43(3)``)."""

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "notified_body_needed": truth_label(self.value),
            "reason": self.reason_nl if lang == "nl" else self.reason_en,
            "citations": list(self.citations),
            "routes": list(self.routes),
        }


_GROUNDS: tuple[tuple[str, str, str, str], ...] = (
    (
        "art43.annex_vii_mandatory",
        "Art. 43(1), second subparagraph",
        "Annex III point 1 without harmonised standards or common specifications applied in "
        "full: the Annex VII procedure with a notified body is mandatory",
        "bijlage III, punt 1, zonder volledig toegepaste geharmoniseerde normen of "
        "gemeenschappelijke specificaties: de procedure van bijlage VII met een aangemelde "
        "instantie is verplicht",
    ),
    (
        "art43.internal_control_choice",
        "Art. 43(1), first subparagraph",
        "Annex III point 1 with harmonised standards or common specifications applied in full: "
        "the provider may opt for internal control (Annex VI, no notified body) or for Annex VII "
        "(notified body)",
        "bijlage III, punt 1, met volledig toegepaste geharmoniseerde normen of gemeenschappelijke "
        "specificaties: de aanbieder kiest interne controle (bijlage VI, geen aangemelde "
        "instantie) of bijlage VII (aangemelde instantie)",
    ),
    (
        "art43.route_2",
        "Art. 43(2)",
        "Annex III points 2 to 8: internal control (Annex VI), which does not provide for the "
        "involvement of a notified body",
        "bijlage III, punten 2 tot en met 8: interne controle (bijlage VI), zonder betrokkenheid "
        "van een aangemelde instantie",
    ),
    (
        "art43.route_3",
        "Art. 43(3)",
        "Annex I Section A: the sectoral conformity assessment procedure; it involves a notified "
        "body because the product must undergo a third-party assessment (Art. 6(1)(b)), unless "
        "the sectoral act's opt-out by harmonised standards is used (Art. 43(3), third "
        "subparagraph)",
        "bijlage I, afdeling A: de sectorale conformiteitsbeoordelingsprocedure; daarbij is een "
        "aangemelde instantie betrokken omdat het product een beoordeling door een derde moet "
        "ondergaan (artikel 6, lid 1, punt b), tenzij de uitzondering via geharmoniseerde normen "
        "van de sectorale handeling wordt gebruikt (artikel 43, lid 3, derde alinea)",
    ),
)


def notified_body_answer(values: Mapping[str, Truth]) -> NotifiedBodyAnswer:
    """The Assessment's answer to 'is a notified body needed?' from the engine's conclusions."""
    needed = values.get("art43.notified_body_needed")
    routes = tuple(f"43({n})" for n in ("1", "2", "3") if values.get(f"art43.route_{n}") is True)
    open_routes = tuple(
        f"43({n})" for n in ("1", "2", "3") if values.get(f"art43.route_{n}") is None
    )
    grounds = [g for g in _GROUNDS if values.get(g[0]) is not False]
    citations = tuple(dict.fromkeys(g[1] for g in grounds)) or ("Art. 43",)
    if not routes and not open_routes:
        return NotifiedBodyAnswer(
            False,
            "no conformity assessment under Art. 43: not a high-risk AI system to which the "
            "Chapter III requirements apply",
            "geen conformiteitsbeoordeling volgens artikel 43: geen AI-systeem met een hoog risico "
            "waarop de eisen van hoofdstuk III van toepassing zijn",
            ("Art. 43", "Art. 6"),
            (),
        )
    en = "; ".join(g[2] for g in grounds)
    nl = "; ".join(g[3] for g in grounds)
    if needed is None:
        missing = []
        if values.get("conformity.standards_applied_in_full") is None:
            missing.append("conformity.standards_applied_in_full")
        if values.get("conformity.opts_for_notified_body") is None and (
            values.get("art43.internal_control_choice") is not False
        ):
            missing.append("conformity.opts_for_notified_body")
        if values.get("conformity.sectoral_opt_out_available") is None and (
            values.get("art43.route_3") is not False
        ):
            missing.append("conformity.sectoral_opt_out_available")
        if open_routes:
            missing.append("the classification (route " + ", ".join(open_routes) + ")")
        tail = ", ".join(missing) if missing else "the classification"
        en = f"undetermined: {en or 'the route is open'}; unknown: {tail}"
        nl = f"onbepaald: {nl or 'de route is open'}; onbekend: {tail}"
    elif needed is False:
        en = f"no notified body: {en}"
        nl = f"geen aangemelde instantie: {nl}"
    else:
        en = f"a notified body is needed: {en}"
        nl = f"een aangemelde instantie is nodig: {nl}"
    return NotifiedBodyAnswer(needed, en, nl, citations, routes)
