"""Transitional rules for AI systems already on the market: Art. 111(1), (2) and (4).

The date comparisons (``dates.*``) are declared in :mod:`aiact.date_facts` (each compares an input
date with a dated declaration of :mod:`aiact.timeline`); these rules say what follows from them.
They are the only encoding of Art. 111: the dates an Assessment reports are the values of the
date rules of :mod:`aiact.rules.timing`, whose cases read the predicates concluded here (the
Art. 111(2) cases of a legacy system are mutually exclusive; see ``_transitional`` there). Art. 5
is never deferred (Art. 111 is "without prejudice to the
application of Article 5").
"""

from __future__ import annotations

from aiact.ruleset import Rule
from aiact.versions import ONLY_AMENDED

_RECLASSIFIED = (
    "interp.a27_legacy_high_risk and hr.annex_iii_listed "
    "and authority_actions.msa_found_derogated_system_high_risk "
    "and dates.art80_2_finding_possible"
)
"""A27=legacy_high_risk (default): a system listed in Annex III that its provider classified as
not high-risk under Art. 6(3) and that the market surveillance authority found high-risk (Art.
80(1)-(2)), on a day the finding can exist: the premise of the four reclassified rules, which
date Art. 80(4)-(5) (legal24, review80 D1)."""


def _changed_by_2030(change: str) -> str:
    """The case of the second sentence of Art. 111(2) read by the date rules'
    ``<rule>.art111_2.public_authorities``: significantly changed on or after the cut-off (the
    name ``change``) and on or before 2 August 2030, so the Regulation applies from the change.
    One condition for the three sets of Art. 111(2) names (the system's own, a reclassified
    system's, and those without the "is high-risk" conjunct; aiact.rules.timing.LegacyNames)."""
    return f"{change} and dates.changed_by_public_authority_deadline"


RULES: tuple[Rule, ...] = (
    Rule(
        id="legacy.placed_before_cutoff.annex_iii",
        concludes="legacy.placed_before_cutoff",
        when=(
            "hr.route_annex_iii and dates.placed_before_art111_2_cutoff_annex_iii "
            "and not legacy.placed_as_not_high_risk"
        ),
        source="Art. 111(2)",
        interpretation="A2",
        title_en="First placed on the market or put into service before the Art. 111(2) cut-off "
        "(Annex III route)",
        title_nl="Vóór de grensdatum van artikel 111, lid 2, in de handel gebracht of in gebruik "
        "gesteld "
        "(route bijlage III)",
    ),
    Rule(
        # A27=placed_as_not_high_risk: a system its provider placed as not high-risk under Art.
        # 6(3) and that the authority found high-risk (Art. 80(1)-(2)) is not one of the
        # "operators of high-risk AI systems ... placed on the market or put into service
        # before" the cut-off that Art. 111(2) shelters. Since A30's default makes such a
        # system high-risk by the Annex III route, the route rule above must not shelter it
        # either (review12), or Art. 80(4) would bind while the requirements it enforces do not.
        id="legacy.placed_as_not_high_risk.a27",
        concludes="legacy.placed_as_not_high_risk",
        when=(
            "not interp.a27_legacy_high_risk "
            "and authority_actions.msa_found_derogated_system_high_risk "
            "and dates.art80_2_finding_possible"
        ),
        source="Art. 111(2)",
        also_cites=("Art. 80(1)", "Art. 6(3)"),
        interpretation="A27",
        title_en="Placed as not high-risk under Art. 6(3) and found high-risk by the market "
        "surveillance authority (Art. 80(2)): under A27=placed_as_not_high_risk not a legacy "
        "high-risk system of Art. 111(2)",
        title_nl="Door de aanbieder op grond van artikel 6, lid 3, niet als systeem met een hoog "
        "risico ingedeeld, en de markttoezichtautoriteit heeft vastgesteld dat het een hoog "
        "risico vormt (artikel 80, lid 2): volgens A27 (als geen hoog risico in de handel "
        "gebracht) geen bestaand systeem met een hoog risico van artikel 111, lid 2",
    ),
    Rule(
        # A27=legacy_high_risk (default since round 9): a system its provider placed as not
        # high-risk under Art. 6(3) and that the authority found high-risk (Art. 80(1)-(2)) is a
        # legacy high-risk system for the duties of Art. 80(4)-(5), A27's subject ("from when do
        # the duties of Art. 80(4)-(5) bind"). legal24: these rules conclude names of their own,
        # read only by the date rule of Art. 80(4)-(5) (aiact.rules.timing.RECLASSIFIED_LEGACY),
        # not legacy.placed_before_cutoff / legacy.significant_change, which date every duty of
        # the system (through legacy.art111_2_system and every from.* rule). Under
        # A30=finding_sets_classification the finding makes the system high-risk under Art.
        # 6(2) and Annex III, so the Annex III route rules conclude those for it (the same
        # cut-off); under A30=provider_assessment_stands it classifies nothing ("only the Art.
        # 80(4)-(5) duties follow from it"), so the system's other duties follow its own route
        # (Annex I: the cut-off of point (c)(ii), 2 August 2028 as amended; none: not a
        # high-risk system, no Art. 111(2)).
        id="legacy.placed_before_cutoff.reclassified",
        concludes="legacy.placed_before_cutoff.reclassified",
        when=f"{_RECLASSIFIED} and dates.placed_before_art111_2_cutoff_annex_iii",
        source="Art. 111(2)",
        also_cites=("Art. 80(4)", "Art. 80(5)"),
        interpretation="A27",
        title_en="Found high-risk by the authority (Art. 80(2)) and first placed on the market or "
        "put into service before the Art. 111(2) cut-off (Annex III route; A27: for the duties "
        "of Art. 80(4)-(5))",
        title_nl="De markttoezichtautoriteit heeft vastgesteld dat het systeem een hoog risico "
        "vormt (artikel 80, lid 2), en het is vóór de grensdatum van artikel 111, lid 2, in de "
        "handel gebracht of in gebruik gesteld (route bijlage III; A27: voor de verplichtingen "
        "van artikel 80, leden 4 en 5)",
    ),
    Rule(
        id="legacy.significant_change.reclassified",
        concludes="legacy.significant_change.reclassified",
        when=(
            f"{_RECLASSIFIED} "
            "and not hr.route_annex_i "
            "and dates.changed_after_art111_2_cutoff_annex_iii"
        ),
        source="Art. 111(2)",
        also_cites=("Art. 80(4)", "Art. 80(5)"),
        interpretation="A27",
        title_en="Found high-risk by the authority and significantly changed in its design on or "
        "after the cut-off (Annex III route; A27: for the duties of Art. 80(4)-(5))",
        title_nl="De markttoezichtautoriteit heeft vastgesteld dat het systeem een hoog risico "
        "vormt, en het ontwerp is op of na de grensdatum aanzienlijk gewijzigd (route bijlage "
        "III; A27: voor de verplichtingen van artikel 80, leden 4 en 5)",
    ),
    # review80 D1: under A30=provider_assessment_stands the finding classifies nothing, so a
    # system that is also an Annex I product is high-risk by Art. 6(1) and Annex I alone
    # (hr.route_annex_i); Art. 111(2) shelters its operators under "this Regulation", Art. 80
    # included, by the date of application of Chapter III for that route (amended Art. 113,
    # third paragraph, point (c)(ii): 2 August 2028). Under the default reading of A30 the
    # finding makes the system an Annex III system, and hr.route_annex_i is false for it.
    # Written so that an unknown route costs no precision where both routes agree: the Annex I
    # cut-off is never before the Annex III one, so placed before the Annex III cut-off is
    # placed before both (the first rule needs no route), and changed after the Annex I
    # cut-off is changed after both (the second rule below needs no route); only a change
    # between the two cut-offs depends on the route ("not hr.route_annex_i" above). The first
    # rule reads A30 itself (review82 D1): with the finding unknown hr.route_annex_i is unknown
    # too, and under the default a finding makes the system an Annex III system, never this.
    Rule(
        id="legacy.placed_before_cutoff.reclassified_annex_i",
        concludes="legacy.placed_before_cutoff.reclassified",
        when=(
            f"{_RECLASSIFIED} "
            "and not interp.a30_finding_sets_classification "
            "and hr.route_annex_i "
            "and dates.placed_before_art111_2_cutoff_annex_i"
        ),
        source="Art. 111(2)",
        also_cites=("Art. 80(4)", "Art. 80(5)", "Art. 6(1)"),
        interpretation="A27",
        title_en="Found high-risk by the authority (Art. 80(2)), high-risk by Art. 6(1) and "
        "Annex I alone, and first placed on the market or put into service before the Art. "
        "111(2) cut-off (Annex I route; A27: for the duties of Art. 80(4)-(5))",
        title_nl="De markttoezichtautoriteit heeft vastgesteld dat het systeem een hoog risico "
        "vormt (artikel 80, lid 2), het heeft alleen via artikel 6, lid 1, en bijlage I een hoog "
        "risico, en het is vóór de grensdatum van artikel 111, lid 2, in de handel gebracht of in "
        "gebruik gesteld (route bijlage I; A27: voor de verplichtingen van artikel 80, leden 4 "
        "en 5)",
    ),
    Rule(
        id="legacy.significant_change.reclassified_annex_i",
        concludes="legacy.significant_change.reclassified",
        when=f"{_RECLASSIFIED} and dates.changed_after_art111_2_cutoff_annex_i",
        source="Art. 111(2)",
        also_cites=("Art. 80(4)", "Art. 80(5)"),
        interpretation="A27",
        title_en="Found high-risk by the authority and significantly changed in its design on or "
        "after the Annex I route's cut-off (A27: for the duties of Art. 80(4)-(5))",
        title_nl="De markttoezichtautoriteit heeft vastgesteld dat het systeem een hoog risico "
        "vormt, en het ontwerp is op of na de grensdatum van de route bijlage I aanzienlijk "
        "gewijzigd (A27: voor de verplichtingen van artikel 80, leden 4 en 5)",
    ),
    Rule(
        id="legacy.placed_before_cutoff.annex_i",
        concludes="legacy.placed_before_cutoff",
        when="hr.route_annex_i and dates.placed_before_art111_2_cutoff_annex_i",
        source="Art. 111(2)",
        interpretation="A2",
        title_en="First placed on the market or put into service before the Art. 111(2) cut-off "
        "(Annex I route)",
        title_nl="Vóór de grensdatum van artikel 111, lid 2, in de handel gebracht of in gebruik "
        "gesteld "
        "(route bijlage I)",
    ),
    Rule(
        id="legacy.significant_change.annex_iii",
        concludes="legacy.significant_change",
        when="hr.route_annex_iii and dates.changed_after_art111_2_cutoff_annex_iii",
        source="Art. 111(2)",
        title_en="Significantly changed in its design on or after the cut-off",
        title_nl="Op of na de grensdatum aanzienlijk gewijzigd in zijn ontwerp",
    ),
    Rule(
        id="legacy.significant_change.annex_i",
        concludes="legacy.significant_change",
        when="hr.route_annex_i and dates.changed_after_art111_2_cutoff_annex_i",
        source="Art. 111(2)",
        title_en="Significantly changed in its design on or after the cut-off",
        title_nl="Op of na de grensdatum aanzienlijk gewijzigd in zijn ontwerp",
    ),
    Rule(
        id="legacy.annex_x",
        concludes="legacy.annex_x",
        when="context.annex_x_large_scale_it_component and dates.placed_before_annex_x_cutoff",
        source="Art. 111(1)",
        title_en="Component of an Annex X large-scale IT system placed before 2 August 2027: "
        "comply by "
        "31 December 2030",
        title_nl="Component van een grootschalig IT-systeem van bijlage X, vóór 2 augustus 2027 in "
        "de "
        "handel gebracht: uiterlijk 31 december 2030 voldoen",
    ),
    Rule(
        id="legacy.art111_2_system",
        concludes="legacy.art111_2_system",
        when="hr.high_risk and not legacy.annex_x and legacy.placed_before_cutoff",
        source="Art. 111(2)",
        title_en="A high-risk system (other than the Annex X components placed before "
        "2 August 2027, Art. 111(1)) placed on the market or put into service before the "
        "Art. 111(2) cut-off",
        title_nl="Een systeem met een hoog risico (met uitzondering van de componenten van "
        "bijlage X die vóór 2 augustus 2027 in de handel zijn gebracht of in gebruik zijn "
        "gesteld, artikel 111, lid 1), vóór de grensdatum van artikel 111, lid 2, in de handel "
        "gebracht of in gebruik gesteld",
    ),
    Rule(
        id="legacy.art111_2_grace",
        concludes="legacy.art111_2_grace",
        when="legacy.art111_2_system and not legacy.significant_change",
        source="Art. 111(2)",
        title_en="Legacy high-risk system: the Regulation applies only after a significant change",
        title_nl="Bestaand systeem met een hoog risico: de verordening is pas van toepassing na "
        "een "
        "aanzienlijke wijziging",
    ),
    # legacy26 (review83 D4): the shelter of Art. 111(2), first sentence, without its "is
    # high-risk" conjunct, for the gates whose readers already require the system to be
    # high-risk and Chapter III to apply to it (legacy.exempt, the first-sentence role gates of
    # aiact/rules/duties.py, Art. 82(2)'s gate in aiact/obligations/decl_authority.py). Read
    # there in place of legacy.art111_2_grace, which requires hr.high_risk itself, so that
    # under Kleene logic "hr.high_risk and not (hr.high_risk and grace')" stayed unknown while
    # the system's classification alone was unknown, although the duty binds in no
    # completion (listed: sheltered; not listed: not high-risk).
    # Equal to legacy.art111_2_grace wherever the system is high-risk by a route of Art. 113,
    # third paragraph, point (c) (Annex III, or Annex I Section A and not Annex III): the
    # ".route" rules are the route's own conclusions, and the ".every_route" rules hold only
    # where every route gives the same answer. A system high-risk through Annex I Section B
    # alone has no such route (never sheltered), but Art. 2(2) then keeps Chapter III from it
    # (scope.section_b_limited), which every reader excludes; so these names are read only
    # behind hr.chapter_iii_applies or "hr.high_risk and not scope.section_b_limited", or (review84
    # D2: the date rules of aiact.rules.timing.HIGH_RISK_LEGACY) by the duties of Arts. 60-61,
    # behind art60.system ("hr.annex_iii", as replaced "or hr.annex_i_a": a route), and of Art.
    # 82(2), behind "hr.high_risk and not scope.section_b_limited", and (d4fix33, rev32a D1:
    # aiact.rules.timing.CHAPTER_III_LEGACY) by the date rules of Chapter III Sections 1-3, the
    # other operators' Section 3 duties and Section 5 / Chapter IX, whose duties are all gated by
    # duty.hr_system (hr.chapter_iii_applies).
    Rule(
        id="legacy.placed_before_cutoff_if_high_risk.route",
        concludes="legacy.placed_before_cutoff_if_high_risk",
        when="legacy.placed_before_cutoff",
        source="Art. 111(2)",
        interpretation="A2",
        title_en="If high-risk: first placed on the market or put into service before the Art. "
        "111(2) cut-off of its route (the route known)",
        title_nl="Als het een hoog risico heeft: vóór de grensdatum van artikel 111, lid 2, van "
        "zijn route in de handel gebracht of in gebruik gesteld (route bekend)",
    ),
    Rule(
        # With the route unknown: before the cut-off of every route, and, where the route may
        # be Annex III, the Annex III rule's exclusion (A27=placed_as_not_high_risk: not a
        # system placed as not high-risk that the authority found high-risk). The exclusion
        # does not reach an Annex I system (legacy.placed_before_cutoff.annex_i), so it is read
        # with hr.route_annex_iii: under A30=provider_assessment_stands a finding classifies
        # nothing, and a system with an unknown Annex I status stays sheltered in every
        # completion (tests/test_legal24.py). The Annex I cut-off is never before the Annex III
        # one; both are read, not that order.
        id="legacy.placed_before_cutoff_if_high_risk.every_route",
        concludes="legacy.placed_before_cutoff_if_high_risk",
        when=(
            "dates.placed_before_art111_2_cutoff_annex_iii "
            "and dates.placed_before_art111_2_cutoff_annex_i "
            "and not (legacy.placed_as_not_high_risk and hr.route_annex_iii)"
        ),
        source="Art. 111(2)",
        interpretation="A2,A27",
        title_en="If high-risk: first placed on the market or put into service before the Art. "
        "111(2) cut-off of every route (Annex III and Annex I), and, by the Annex III route, not "
        "placed as not high-risk under Art. 6(3) and found high-risk by the authority (under "
        "A27=placed_as_not_high_risk)",
        title_nl="Als het een hoog risico heeft: vóór de grensdatum van artikel 111, lid 2, van "
        "elke route (bijlage III en bijlage I) in de handel gebracht of in gebruik gesteld, en, "
        "via de route bijlage III, niet door de aanbieder op grond van artikel 6, lid 3, als "
        "geen hoog risico ingedeeld terwijl de markttoezichtautoriteit heeft vastgesteld dat "
        "het een hoog risico vormt (volgens A27: als geen hoog risico in de handel gebracht)",
    ),
    Rule(
        id="legacy.significant_change_if_high_risk.route",
        concludes="legacy.significant_change_if_high_risk",
        when="legacy.significant_change",
        source="Art. 111(2)",
        interpretation="A2",
        title_en="If high-risk: significantly changed in its design on or after the cut-off of "
        "its route (the route known)",
        title_nl="Als het een hoog risico heeft: op of na de grensdatum van zijn route "
        "aanzienlijk gewijzigd in zijn ontwerp (route bekend)",
    ),
    Rule(
        # With the route unknown: changed on or after the cut-off of every route. Where the
        # change is known not to fall on or after either cut-off, both rules are false: not
        # changed, whatever the route; a change between the two cut-offs leaves it unknown.
        id="legacy.significant_change_if_high_risk.every_route",
        concludes="legacy.significant_change_if_high_risk",
        when=(
            "dates.changed_after_art111_2_cutoff_annex_iii "
            "and dates.changed_after_art111_2_cutoff_annex_i"
        ),
        source="Art. 111(2)",
        interpretation="A2",
        title_en="If high-risk: significantly changed in its design on or after the cut-off of "
        "every route (Annex III and Annex I)",
        title_nl="Als het een hoog risico heeft: op of na de grensdatum van elke route (bijlage "
        "III en bijlage I) aanzienlijk gewijzigd in zijn ontwerp",
    ),
    Rule(
        id="legacy.sheltered_if_high_risk",
        concludes="legacy.sheltered_if_high_risk",
        when=(
            "not legacy.annex_x and legacy.placed_before_cutoff_if_high_risk "
            "and not legacy.significant_change_if_high_risk"
        ),
        source="Art. 111(2)",
        also_cites=("Art. 111(1)",),
        title_en="If it is a high-risk system: placed on the market or put into service before "
        "the Art. 111(2) cut-off (not an Annex X component of Art. 111(1)) and not "
        "significantly changed in its design on or after it, so the Regulation applies to it "
        "only after such a change",
        title_nl="Als het een systeem met een hoog risico is: vóór de grensdatum van artikel "
        "111, lid 2, in de handel gebracht of in gebruik gesteld (geen component van bijlage X, "
        "artikel 111, lid 1) en op of na die datum niet aanzienlijk gewijzigd in zijn ontwerp, "
        "dus de verordening is er pas na zo'n wijziging op van toepassing",
    ),
    Rule(
        id="legacy.public_authority_use.intended",
        concludes="legacy.public_authority_use",
        when="interp.a3_count_intended_purpose and context.intended_for_public_authorities",
        source="Art. 111(2)",
        interpretation="A3",
        title_en="Intended to be used by public authorities (intended purpose)",
        title_nl="Bedoeld om door overheidsinstanties te worden gebruikt (beoogd doel)",
    ),
    Rule(
        id="legacy.public_authority_use.actual",
        concludes="legacy.public_authority_use",
        when="interp.a3_count_actual_use and legacy.used_by_public_authority",
        source="Art. 111(2)",
        interpretation="A3",
        title_en="Intended to be used by public authorities (actual use)",
        title_nl="Bedoeld om door overheidsinstanties te worden gebruikt (feitelijk gebruik)",
    ),
    Rule(
        id="legacy.used_by_public_authority.context",
        concludes="legacy.used_by_public_authority",
        when="context.used_by_public_authorities",
        source="Art. 111(2)",
        title_en="The system is used by public authorities",
        title_nl="Het systeem wordt door overheidsinstanties gebruikt",
    ),
    Rule(
        id="legacy.used_by_public_authority.deployer",
        concludes="legacy.used_by_public_authority",
        when="role.deployer and org.kind.public_authority",
        source="Art. 111(2)",
        also_cites=("Art. 3(4)",),
        title_en="The organisation is a public authority that deploys the system",
        title_nl="De organisatie is een overheidsinstantie die het systeem gebruikt",
    ),
    Rule(
        id="legacy.provider_or_deployer",
        concludes="legacy.provider_or_deployer",
        when="role.provider or role.deployer",
        source="Art. 111(2)",
        also_cites=("Art. 25(3)",),
        title_en="The organisation is a provider or deployer of the system: the second sentence "
        "of Art. 111(2) ('In any case, the providers and deployers ...') addresses it, not "
        "importers, distributors or authorised representatives",
        title_nl="De organisatie is aanbieder of gebruiksverantwoordelijke van het systeem: de "
        "tweede zin van artikel 111, lid 2 ('In ieder geval ondernemen de aanbieders en "
        "gebruiksverantwoordelijken ...'), richt zich tot haar, niet tot importeurs, "
        "distributeurs of gemachtigden",
    ),
    Rule(
        id="legacy.public_authority_deadline_addressed",
        concludes="legacy.public_authority_deadline_addressed",
        when="legacy.public_authority_use and legacy.provider_or_deployer",
        source="Art. 111(2)",
        title_en="A provider or deployer of a high-risk system intended to be used by public "
        "authorities: the second sentence of Art. 111(2) addresses it",
        title_nl="Een aanbieder of gebruiksverantwoordelijke van een systeem met een hoog risico "
        "dat bedoeld is om door overheidsinstanties te worden gebruikt: de tweede zin van "
        "artikel 111, lid 2, richt zich tot haar",
    ),
    Rule(
        id="legacy.art111_2_public_authority_deadline",
        concludes="legacy.art111_2_public_authority_deadline",
        when=(
            "legacy.art111_2_system and legacy.public_authority_deadline_addressed and "
            "(not legacy.significant_change or not dates.changed_by_public_authority_deadline)"
        ),
        source="Art. 111(2)",
        title_en="Provider or deployer of a legacy high-risk system intended for public "
        "authorities, not brought under the Regulation earlier by a significant change: comply "
        "by 2 August 2030",
        title_nl="Aanbieder of gebruiksverantwoordelijke van een bestaand systeem met een hoog "
        "risico bedoeld voor overheidsinstanties, niet eerder door een aanzienlijke wijziging "
        "onder de verordening gebracht: uiterlijk 2 augustus 2030 voldoen",
    ),
    # The cases of a legacy system (Art. 111(2)), read by the branch date rules of
    # aiact/rules/timing.py (the branch: addressed by the second sentence, unchanged, or else
    # changed; within the second sentence's rule: changed before 2030, or else by 2030). They
    # leave out legacy.art111_2_system, which the branch settles.
    Rule(
        id="legacy.case.changed_for_public_authorities",
        concludes="legacy.case.changed_for_public_authorities",
        # Read only within the second sentence's date rule, which the branch enters for the
        # providers and deployers it addresses: it does not read that again (review28: read
        # again, an unknown public-authority use admitted 2 August 2030 beside a known change).
        when=_changed_by_2030("legacy.significant_change"),
        source="Art. 111(2)",
        title_en="For a provider or deployer of a system intended for public authorities: "
        "significantly changed in its design on or before 2 August 2030, so the Regulation "
        "applies from the change",
        title_nl="Voor een aanbieder of gebruiksverantwoordelijke van een systeem bedoeld voor "
        "overheidsinstanties: uiterlijk op 2 augustus 2030 aanzienlijk gewijzigd in het "
        "ontwerp, dus de verordening is van toepassing vanaf de wijziging",
    ),
    Rule(
        # legal24: the same case for the date rule of Art. 80(4)-(5) under A27=legacy_high_risk
        # (aiact.rules.timing.RECLASSIFIED_LEGACY), on the finding's Annex III cut-off.
        id="legacy.case.changed_for_public_authorities.reclassified",
        concludes="legacy.case.changed_for_public_authorities.reclassified",
        when=_changed_by_2030("legacy.significant_change.reclassified"),
        source="Art. 111(2)",
        also_cites=("Art. 80(4)",),
        interpretation="A27",
        title_en="Found high-risk by the authority (Art. 80(2); A27), for the provider of a "
        "system intended for public authorities: significantly changed in its design on or after "
        "the cut-off and on or before 2 August 2030, so Art. 80(4)-(5) apply from the change",
        title_nl="De markttoezichtautoriteit heeft vastgesteld dat het systeem een hoog risico "
        "vormt (artikel 80, lid 2; A27), voor de aanbieder van een systeem bedoeld voor "
        "overheidsinstanties: op of na de grensdatum en uiterlijk op 2 augustus 2030 aanzienlijk "
        "gewijzigd in het ontwerp, dus artikel 80, leden 4 en 5, gelden vanaf de wijziging",
    ),
    Rule(
        # review84 D2: the same case on the change without the "is high-risk" conjunct
        # (legacy.significant_change_if_high_risk, legacy26), for the date rules of the duties
        # whose conditions require a high-risk system (aiact.rules.timing.HIGH_RISK_LEGACY).
        id="legacy.case.changed_for_public_authorities_if_high_risk",
        concludes="legacy.case.changed_for_public_authorities_if_high_risk",
        when=_changed_by_2030("legacy.significant_change_if_high_risk"),
        source="Art. 111(2)",
        title_en="If high-risk, for a provider or deployer of a system intended for public "
        "authorities: significantly changed in its design on or after the cut-off and on or "
        "before 2 August 2030, so the Regulation applies from the change",
        title_nl="Als het een hoog risico heeft, voor een aanbieder of gebruiksverantwoordelijke "
        "van een systeem bedoeld voor overheidsinstanties: op of na de grensdatum en uiterlijk "
        "op 2 augustus 2030 aanzienlijk gewijzigd in het ontwerp, dus de verordening is van "
        "toepassing vanaf de wijziging",
    ),
    # Read by no date rule since round 13: within <rule>.art111_2.public_authorities this case
    # is the "else" (review27), so that the 2 August 2030 deadline survives an unknown change.
    # Kept as the named conclusion the explanations show and two reviews checked; it
    # equals legacy.art111_2_public_authority_deadline without legacy.art111_2_system.
    Rule(
        id="legacy.case.for_public_authorities",
        concludes="legacy.case.for_public_authorities",
        when=(
            "legacy.public_authority_deadline_addressed and (not legacy.significant_change "
            "or not dates.changed_by_public_authority_deadline)"
        ),
        source="Art. 111(2)",
        title_en="Provider or deployer of a system intended for public authorities, not brought "
        "in earlier by a significant change: comply by 2 August 2030",
        title_nl="Aanbieder of gebruiksverantwoordelijke van een systeem bedoeld voor "
        "overheidsinstanties, niet eerder door een aanzienlijke wijziging onder de verordening "
        "gebracht: uiterlijk 2 augustus 2030 voldoen",
    ),
    Rule(
        id="legacy.case.unchanged",
        concludes="legacy.case.unchanged",
        when="not legacy.significant_change and not legacy.public_authority_deadline_addressed",
        source="Art. 111(2)",
        title_en="No significant change on or after the cut-off, and not a provider or deployer "
        "of a system intended for public authorities: the Regulation does not apply to it "
        "(Art. 5 aside)",
        title_nl="Geen aanzienlijke wijziging op of na de grensdatum, en geen aanbieder of "
        "gebruiksverantwoordelijke van een systeem bedoeld voor overheidsinstanties: de "
        "verordening is er niet op van toepassing (artikel 5 daargelaten)",
    ),
    Rule(
        id="legacy.art111_4",
        concludes="legacy.art111_4",
        # Read only by the date rule of Art. 50(2) (aiact/rules/timing.py, ART50_2), which
        # concerns a system Art. 50(2) binds: the date does not wait for whether it binds
        # (audit15b D2: with an exception fact of Art. 50(2) open, the date was left open
        # between 2 August and 2 December 2026, where only 2 December 2026 can bind it).
        when="dates.placed_before_art50_2_cutoff",
        source="Art. 111(4)",
        versions=ONLY_AMENDED,
        title_en="Placed on the market (not merely put into service) before 2 August 2026: "
        "where Art. 50(2) binds the system, comply with it by 2 December 2026",
        title_nl="Vóór 2 augustus 2026 in de handel gebracht: waar artikel 50, lid 2, voor het "
        "systeem geldt, daaraan uiterlijk 2 december 2026 voldoen",
    ),
)
