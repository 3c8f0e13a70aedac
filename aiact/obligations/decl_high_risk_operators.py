"""Obligations of the other operators of a high-risk AI system: importers (Art. 23), distributors
(Art. 24), the value chain (Art. 25(2) and (4)), deployers (Art. 26), the fundamental rights impact
assessment (Art. 27), the registration of use by public deployers (Art. 49(3)) and the right to an
explanation (Art. 86).

Art. 25(2) and 25(4) were replaced by Regulation (EU) 2026/1744, which also added Art. 99(4)(da)
("obligations of providers and operators pursuant to Article 25(2) and (4)"). Each therefore has
two declarations: ``art25_2`` / ``art25_4`` for the amended text (fine Art. 99(4)(da)) and
``art25_2_original`` / ``art25_4_original`` for the published text (no EU fine ceiling). Whether
point (da) fines a third-party supplier that is not an operator (Art. 3(8)) is reading A36 (ADR
0040): by default it does (``art25_4``); under ``operators_only`` such a supplier has the entry
``art25_4_supplier_not_operator``, without an Art. 99 fine. The initial provider of Art. 25(2) is
fined under point (da) under both readings ("providers ... pursuant to Article 25(2)").

Schedules (reference 12A): Arts. 23-27 are Section 3 (``HIGH_RISK``); Art. 49(3) (Section 5) and
Art. 86 (Chapter IX) are ``HIGH_RISK_GATED`` (reference A1). Arts. 27, 49(3) as such and 86 are not
in Art. 99(3)-(5) (reference 14.5); every Art. 26 paragraph is Art. 99(4)(e).
"""

from __future__ import annotations

from aiact.obligations.model import (
    Addressee,
    Measure,
    Milestone,
    Modality,
    Obligation,
    Prerequisite,
)
from aiact.penalties.tiers import FineTier
from aiact.rules.scope import SUPPLIED_REACH
from aiact.timeline.schedule import Schedule
from aiact.versions import ONLY_AMENDED, ONLY_ORIGINAL

_A = Addressee


def _pre(obligation: str, source: str, anchor: str) -> Prerequisite:
    return Prerequisite(obligation=obligation, source=source, anchor=anchor)


def _operator(
    id: str,
    source: str,
    title_en: str,
    title_nl: str,
    *,
    addressee: Addressee,
    when: str,
    fine_ref: str,
    measure: Measure,
    milestone: Milestone,
    summary_en: str,
    summary_nl: str,
    algoritmekader: tuple[str, ...] = (),
    prerequisites: tuple[Prerequisite, ...] = (),
    also_cites: tuple[str, ...] = (),
    interpretation: str | None = None,
    modality: Modality = Modality.DUTY,
    limits: str | None = None,
) -> Obligation:
    """A Section 3 operator obligation with an Art. 99(4) fine (a limitation keeps the tier of
    the duty it narrows, for the record: it has no fine of its own, :class:`Modality`)."""
    return Obligation(
        id=id,
        source=source,
        title_en=title_en,
        title_nl=title_nl,
        addressees=(addressee,),
        when=when,
        schedule=Schedule.HIGH_RISK,
        measure=measure,
        milestone=milestone,
        fine=FineTier.ART_99_4,
        fine_ref=fine_ref,
        algoritmekader=algoritmekader,
        prerequisites=prerequisites,
        also_cites=also_cites,
        summary_en=summary_en,
        summary_nl=summary_nl,
        interpretation=interpretation,
        modality=modality,
        limits=limits,
    )


_FINE_REFS = {
    Addressee.IMPORTER: ("duty.hr_importer", "Art. 99(4)(c)"),
    Addressee.DISTRIBUTOR: ("duty.hr_distributor", "Art. 99(4)(d)"),
    Addressee.DEPLOYER: ("duty.hr_deployer", "Art. 99(4)(e)"),
}
"""The duty gate and the Art. 99(4) point of each Section 3 operator."""


def _role(
    addressee: Addressee,
    id: str,
    source: str,
    title_en: str,
    title_nl: str,
    *,
    measure: Measure,
    milestone: Milestone,
    summary_en: str,
    summary_nl: str,
    when: str | None = None,
    algoritmekader: tuple[str, ...] = (),
    prerequisites: tuple[Prerequisite, ...] = (),
    also_cites: tuple[str, ...] = (),
    interpretation: str | None = None,
    modality: Modality = Modality.DUTY,
    limits: str | None = None,
) -> Obligation:
    """An importer, distributor or deployer obligation gated by its ``duty.hr_<role>``."""
    gate, fine_ref = _FINE_REFS[addressee]
    return _operator(
        id,
        source,
        title_en,
        title_nl,
        addressee=addressee,
        when=when or gate,
        fine_ref=fine_ref,
        measure=measure,
        milestone=milestone,
        summary_en=summary_en,
        summary_nl=summary_nl,
        algoritmekader=algoritmekader,
        prerequisites=prerequisites,
        also_cites=also_cites,
        interpretation=interpretation,
        modality=modality,
        limits=limits,
    )


_INSTRUCTIONS = "art13"

# Art. 111(2): the Regulation applies to a legacy high-risk system only after a significant
# change, so these value-chain duties about that system wait for it too; they exist to let the
# provider comply (Art. 25(2), 25(4)), so they follow the system's shelter, not the
# organisation's role: not where the system is intended for public authorities, whose providers
# comply "in any case" by 2 August 2030 (second sentence; review43: not legacy.exempt_system,
# where legacy.exempt sheltered a supplier with no role of its own for ever).
# Art. 2(2): Art. 25 is not among the provisions that apply to a system high-risk only through
# Annex I Section B (audit 8).
_INITIAL_PROVIDER = (
    "scope.in_scope and not scope.section_b_limited and not legacy.exempt_system "
    f"and role.initial_provider and {SUPPLIED_REACH} "
    "and not value_chain.initial_provider_excluded_high_risk_use"
)
# role.supplier reads the supplies each version lists: the original Art. 25(4) lists "an AI
# system, tools, services, components, or processes" and no AI model (issue 12, item 13). The
# supplier's reach is reading A35 (scope.supplier_reach, ADR 0039: by default role.supplier and
# SUPPLIED_REACH, the term this gate read before A35).
# Whether Art. 111(2) shelters a supplier that is not an operator (Art. 3(8)) is reading A45
# (ADR 0048): by default it follows the system (not legacy.exempt_system, as before A45); under
# operators_only such a supplier is not sheltered (legacy.supplier_not_sheltered).
_SUPPLIER = (
    "scope.in_scope and not scope.section_b_limited "
    "and (not legacy.exempt_system or legacy.supplier_not_sheltered) "
    "and scope.supplier_reach "
    "and not (value_chain.supplies_under_free_open_source_licence "
    "and not value_chain.supplies_general_purpose_ai_model)"
)
# Whether Art. 99(4)(da) ("obligations of providers and operators pursuant to Article 25(2) and
# (4)") and Art. 99(1) (penalties for infringements "by operators", in both texts) reach a
# supplier that is no operator (Art. 3(8)) is reading A36 (ADR 0040): by default every
# addressee is fined (art25_4 and art25_4_original, the condition below: "duty.hr_provider or
# (SUPPLIER)" as before A36); under operators_only a supplier that holds no operator role for
# the system and is not the provider (Art. 3(3)) of a general-purpose AI model it supplies
# (value_chain.provides_supplied_model: a reseller of another provider's model is none, rev30d
# D1) has its own entry without an Art. 99 penalty (art25_4_supplier_not_operator, both texts).
_SUPPLIER_IS_OPERATOR = (
    "role.operator or role.initial_provider "
    "or (value_chain.supplies_general_purpose_ai_model and value_chain.provides_supplied_model)"
)
# Art. 25(4): the provider's side binds only where a third party supplies something; its own
# conclusion duty.art25_4_provider (aiact/rules/duties.py; sup33, rev33d D3), false wherever the
# organisation is certainly no high-risk provider, so that whether a third party supplies is then
# no open question. The supplier's side (_SUPPLIER) does not read it: the organisation is itself
# the third party.
_PROVIDER_SIDE = "duty.art25_4_provider"
_ART25_4_FINED = (
    f"{_PROVIDER_SIDE} or ({_SUPPLIER} "
    f"and (not interp.a36_operators_only or {_SUPPLIER_IS_OPERATOR}))"
)
_ART25_4_NOT_FINED = (
    f"not duty.hr_provider and {_SUPPLIER} and interp.a36_operators_only "
    f"and not ({_SUPPLIER_IS_OPERATOR})"
)
# Art. 27(1) excepts "high-risk AI systems intended to be used in the area listed in point 2 of
# Annex III", the exception Arts. 49(1), 49(3) and 86(1) make in the same terms: a system also
# listed in another point is read as in Arts. 26(8), 49(1), 49(3) and 86 (rule
# hr.annex_iii_other_than_point_2, which cites Art. 27(1)): only point 2 alone is spared (audit11a
# D1). Read through its own conclusion hr.other_area_than_point_2 (Art. 27(1)'s words "intended to
# be used in the area"), so that the law and reading diffs (aiact.verify.diff, over conclusions)
# state the FRIA's condition in one part instead of one part per Annex III point.
_FRIA = "duty.hr_deployer and duty.fria_deployer and hr.other_area_than_point_2"
_FRIA_READINGS = "A8,A31,A42"
"""The readings that decide whether Art. 27(1) reaches the deployer: A8 and A42 whether it is one
of the "bodies governed by public law" (a Union institution; a public authority of a Member State,
a ministry, a municipality; review57: the Art. 27 rows named A8 only, where A42 decides for a
ministry), and A31 whether a system listed in Annex III point 2 and also in another point is
"intended to be used in the area listed in point 2" (``hr.other_area_than_point_2``; review62
noted that the rows did not name it)."""

_POST_REMOTE_READING = "A44"
"""The reading that decides whether the four Art. 26(10) rows reach a deployer that states the
post-remote use in a targeted search of a system that also identifies without a significant
delay (Art. 3(42), 3(43); ``hr.post_remote_rbi`` carries [A44], and ``hr.post_remote_rbi_system``
and ``hr.post_remote_rbi_law_enforcement`` follow it; ADR 0047, review73 D3)."""

SAME_DUTY: dict[str, tuple[str, ...]] = {
    "art25_4_supplier_not_operator": ("art25_4", "art25_4_original"),
}
"""Entries that state the same duty as another entry, with another fine (read by the invariant
"adding a role only adds obligations": a supplier that takes on an operator role keeps its Art.
25(4) duty, now fined under art25_4, reading A36; aiact.obligations.catalogue.same_duty)."""

ROLE_SHELTERED: dict[str, str] = {
    key: "legacy.supplier_not_sheltered or not legacy.exempt_system"
    for key in ("art25_4", "art25_4_original", "art25_4_supplier_not_operator")
}
"""Entries that an added role may take away, each with the condition whose turning from true to
not true excuses it (read by the invariant "adding a role only adds obligations"): under A45=
operators_only Art. 111(2) shelters "operators of high-risk AI systems" (Art. 3(8)) only, so a
third-party supplier of an unchanged legacy system that takes on an operator role (importer,
distributor ...) comes under the shelter, and its Art. 25(4) duty no longer binds it (ADR 0048;
aiact.obligations.catalogue.role_sheltered). Not true afterwards only where the system is
sheltered (``legacy.exempt_system`` not false): a supplier of a system placed after the cut-off
keeps its duty with any role (rev29b D2)."""

SAME_DUTY_CONDITION: dict[str, str] = {
    "art25_4_supplier_not_operator": f"{_PROVIDER_SIDE} or ({_SUPPLIER})",
}
"""For each entry of ``SAME_DUTY``: the condition of the duty the entries share, free of the
fact that splits them (Art. 25(4) binds "the provider of a high-risk AI system and the third party
that supplies"; whether Art. 99 fines the supplier, reading A36, splits the entries). Where an
added role leaves the splitting fact open and every entry of the pair is unknown, the duty is kept
only where this condition holds (review34's note; catalogue.same_duty_condition)."""

OBLIGATIONS: tuple[Obligation, ...] = (
    # ------------------------------------------------------------------ Art. 23: importers
    _role(
        _A.IMPORTER,
        "art23_1",
        "Art. 23(1)",
        "Verify conformity before placing the system on the market",
        "Nagaan of het systeem in overeenstemming is alvorens het in de handel te brengen",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        prerequisites=(
            _pre(
                "art43",
                "Art. 23(1)(a)",
                "the relevant conformity assessment procedure referred to in Article 43 has been "
                "carried out by the provider",
            ),
            _pre(
                "art11",
                "Art. 23(1)(b)",
                "the provider has drawn up the technical documentation in accordance with "
                "Article 11 and Annex IV",
            ),
            _pre("art48", "Art. 23(1)(c)", "the system bears the required CE marking"),
            _pre(
                "art47",
                "Art. 23(1)(c)",
                "is accompanied by the EU declaration of conformity referred to in Article 47",
            ),
            _pre(_INSTRUCTIONS, "Art. 23(1)(c)", "and instructions for use"),
            _pre(
                "art22_1",
                "Art. 23(1)(d)",
                "the provider has appointed an authorised representative in accordance with "
                "Article 22(1)",
            ),
        ),
        summary_en="Before placing a high-risk AI system on the market, the importer verifies that "
        "the provider carried out the Art. 43 conformity assessment, drew up the technical "
        "documentation, that the system bears the CE marking and comes with the EU declaration of "
        "conformity and instructions for use, and that the provider appointed an authorised "
        "representative (Art. 22(1)).",
        summary_nl="Alvorens een AI-systeem met een hoog risico in de handel te brengen, gaat de "
        "importeur na of de aanbieder de conformiteitsbeoordeling van artikel 43 heeft uitgevoerd "
        "en de technische documentatie heeft opgesteld, of de CE-markering is aangebracht en het "
        "systeem vergezeld gaat van de EU-conformiteitsverklaring en gebruiksinstructies, en of "
        "de aanbieder een gemachtigde heeft aangewezen (artikel 22, lid 1).",
    ),
    _role(
        _A.IMPORTER,
        "art23_2",
        "Art. 23(2)",
        "Do not place a non-conforming or falsified system on the market; report risks",
        "Een niet-conform of vervalst systeem niet in de handel brengen; risico's melden",
        measure=Measure.MONITORING,
        milestone=Milestone.ON_EVENT,
        summary_en="An importer with sufficient reason to consider the system non-conforming, "
        "falsified or accompanied by falsified documentation does not place it on the market until "
        "it is brought into conformity; where it presents a risk (Art. 79(1)) it informs the "
        "provider, the authorised representative and the market surveillance authorities.",
        summary_nl="Een importeur met afdoende redenen om aan te nemen dat het systeem niet "
        "conform of vervalst is of vergezeld gaat van vervalste documenten, brengt het niet in de "
        "handel voordat het in overeenstemming is gebracht; bij een risico (artikel 79, lid 1) "
        "informeert hij de aanbieder, de gemachtigde en de markttoezichtautoriteiten.",
    ),
    _role(
        _A.IMPORTER,
        "art23_3",
        "Art. 23(3)",
        "Indicate the importer's name, trade name or trade mark and contact address",
        "Naam, geregistreerde handelsnaam of geregistreerd merk en contactadres van de importeur "
        "vermelden",
        measure=Measure.TRANSPARENCY,
        milestone=Milestone.BEFORE_PLACING,
        summary_en="Indicate the importer's name, registered trade name or registered trade mark "
        "and contact address on the system and on its packaging or accompanying documentation, "
        "where applicable.",
        summary_nl="De naam, geregistreerde handelsnaam of het geregistreerde merk en het "
        "contactadres van de importeur vermelden op het systeem en op de verpakking of in de "
        "bij het product gevoegde documentatie, indien van toepassing.",
    ),
    _role(
        _A.IMPORTER,
        "art23_4",
        "Art. 23(4)",
        "Keep storage and transport conditions compliant",
        "Zorgen dat opslag- en vervoersomstandigheden de overeenstemming niet in gevaar brengen",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        summary_en="While the system is under the importer's responsibility, storage or transport "
        "conditions do not jeopardise its compliance with the Section 2 requirements.",
        summary_nl="Zolang het systeem onder verantwoordelijkheid van de importeur valt, brengen "
        "opslag- en vervoersomstandigheden de overeenstemming met de eisen van afdeling 2 niet in "
        "het gedrang.",
    ),
    _role(
        _A.IMPORTER,
        "art23_5",
        "Art. 23(5)",
        "Keep the certificate, instructions and EU declaration of conformity for 10 years",
        "Het certificaat, de gebruiksinstructies en de EU-conformiteitsverklaring tien jaar "
        "bewaren",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.AFTER_PLACING,
        summary_en="For 10 years after placing on the market or putting into service, keep a copy "
        "of the notified body's certificate where applicable, of the instructions for use and of "
        "the EU declaration of conformity.",
        summary_nl="Gedurende tien jaar na het in de handel brengen of in gebruik stellen een "
        "kopie bewaren van het certificaat van de aangemelde instantie (indien van toepassing), "
        "van de gebruiksinstructies en van de EU-conformiteitsverklaring.",
    ),
    _role(
        _A.IMPORTER,
        "art23_6",
        "Art. 23(6)",
        "Provide information and documentation on a reasoned request",
        "Op een met redenen omkleed verzoek informatie en documentatie verstrekken",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.ON_EVENT,
        summary_en="On a reasoned request, give the competent authorities all information and "
        "documentation needed to demonstrate conformity, in a language easily understood by them, "
        "and ensure that the technical documentation can be made available to them.",
        summary_nl="Op een met redenen omkleed verzoek de bevoegde autoriteiten alle informatie en "
        "documentatie verstrekken om de conformiteit aan te tonen, in een voor hen gemakkelijk te "
        "begrijpen taal, en zorgen dat de technische documentatie beschikbaar kan worden gesteld.",
    ),
    _role(
        _A.IMPORTER,
        "art23_7",
        "Art. 23(7)",
        "Cooperate with competent authorities",
        "Samenwerken met de bevoegde autoriteiten",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        summary_en="Cooperate with the competent authorities in any action they take in relation "
        "to a high-risk AI system placed on the market by the importer, in particular to reduce "
        "and mitigate its risks.",
        summary_nl="Samenwerken met de bevoegde autoriteiten bij alle maatregelen in verband met "
        "een door de importeur in de handel gebracht AI-systeem met een hoog risico, met name om "
        "de risico's te verminderen en te beperken.",
    ),
    # -------------------------------------------------------------- Art. 24: distributors
    _role(
        _A.DISTRIBUTOR,
        "art24_1",
        "Art. 24(1)",
        "Verify CE marking, declaration, instructions and upstream duties before making available",
        "Controleren op CE-markering, conformiteitsverklaring, gebruiksinstructies en "
        "verplichtingen van aanbieder en importeur voordat het systeem op de markt wordt "
        "aangeboden",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        prerequisites=(
            _pre("art48", "Art. 24(1)", "it bears the required CE marking"),
            _pre(
                "art47",
                "Art. 24(1)",
                "accompanied by a copy of the EU declaration of conformity referred to in "
                "Article 47",
            ),
            _pre(_INSTRUCTIONS, "Art. 24(1)", "and instructions for use"),
            _pre(
                "art16_b",
                "Art. 24(1)",
                "have complied with their respective obligations as laid down in Article 16, "
                "points (b) and (c)",
            ),
            _pre(
                "art16_c",
                "Art. 24(1)",
                "have complied with their respective obligations as laid down in Article 16, "
                "points (b) and (c)",
            ),
            # "the provider and the importer of that system, as applicable": where there is no
            # importer (a provider established in the Union) Art. 23(3) does not apply.
            Prerequisite(
                obligation="art23_3",
                source="Art. 24(1)",
                anchor="and Article 23(3)",
                where_applicable=True,
            ),
        ),
        summary_en="Before making a high-risk AI system available on the market, the distributor "
        "verifies that it bears the CE marking, comes with a copy of the EU declaration of "
        "conformity and instructions for use, and that the provider and importer complied with "
        "Art. 16(b) and (c) and Art. 23(3).",
        summary_nl="Voordat een AI-systeem met een hoog risico op de markt wordt aangeboden, "
        "controleert de distributeur of de CE-markering is aangebracht, of het vergezeld gaat van "
        "de EU-conformiteitsverklaring en gebruiksinstructies, en of aanbieder en importeur "
        "artikel 16, punten b en c, en artikel 23, lid 3, hebben nageleefd.",
    ),
    _role(
        _A.DISTRIBUTOR,
        "art24_2",
        "Art. 24(2)",
        "Do not make a non-conforming system available; inform of risks",
        "Een niet-conform systeem niet op de markt aanbieden; risico's melden",
        measure=Measure.MONITORING,
        milestone=Milestone.ON_EVENT,
        summary_en="A distributor that considers or has reason to consider, on the information in "
        "its possession, that the system does not conform to Section 2 does not make it available "
        "until it conforms; where it presents a risk (Art. 79(1)) it informs the provider or the "
        "importer.",
        summary_nl="Een distributeur die op grond van de informatie waarover hij beschikt meent "
        "of redenen heeft om aan te nemen dat het systeem niet aan afdeling 2 voldoet, biedt het "
        "niet aan voordat het in "
        "overeenstemming is gebracht; bij een risico (artikel 79, lid 1) informeert hij de "
        "aanbieder of de importeur.",
    ),
    _role(
        _A.DISTRIBUTOR,
        "art24_3",
        "Art. 24(3)",
        "Keep storage and transport conditions compliant",
        "Zorgen dat opslag- en vervoersomstandigheden de overeenstemming niet in gevaar brengen",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        summary_en="While the system is under the distributor's responsibility, storage or "
        "transport conditions do not jeopardise its compliance with Section 2.",
        summary_nl="Zolang het systeem onder verantwoordelijkheid van de distributeur valt, "
        "brengen opslag- en vervoersomstandigheden de overeenstemming met afdeling 2 niet in het "
        "gedrang.",
    ),
    _role(
        _A.DISTRIBUTOR,
        "art24_4",
        "Art. 24(4)",
        "Take or ensure corrective actions for a non-conforming system made available",
        "Corrigerende maatregelen nemen of laten nemen voor een aangeboden niet-conform systeem",
        measure=Measure.MONITORING,
        milestone=Milestone.ON_EVENT,
        summary_en="For a system it made available that it considers or has reason to consider, "
        "on the information in its possession, non-conforming, the distributor takes the "
        "corrective actions (bring into conformity, withdraw, recall) or ensures that the "
        "provider, importer or operator does; for a risk it immediately informs the provider or "
        "importer and the competent authorities, with details of the non-compliance and of any "
        "corrective actions taken.",
        summary_nl="Voor een door hem aangeboden systeem waarvan hij op grond van de informatie "
        "waarover hij beschikt meent of redenen heeft om aan te nemen dat het niet-conform is, "
        "neemt de distributeur de corrigerende maatregelen (in overeenstemming brengen, uit de "
        "handel nemen, terugroepen) of zorgt hij dat de aanbieder, importeur of operator dat doet; "
        "bij een risico informeert hij onmiddellijk de aanbieder of importeur en de bevoegde "
        "autoriteiten, met een beschrijving van de non-conformiteit en de getroffen corrigerende "
        "maatregelen.",
    ),
    _role(
        _A.DISTRIBUTOR,
        "art24_5",
        "Art. 24(5)",
        "Provide information and documentation on a reasoned request",
        "Op een met redenen omkleed verzoek informatie en documentatie verstrekken",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.ON_EVENT,
        summary_en="On a reasoned request, give the competent authority all information and "
        "documentation on the distributor's actions under Art. 24(1)-(4) needed to demonstrate "
        "conformity.",
        summary_nl="Op een met redenen omkleed verzoek de bevoegde autoriteit alle informatie en "
        "documentatie verstrekken over de maatregelen van de distributeur op grond van artikel 24, "
        "leden 1 tot en met 4, die nodig is om aan te tonen dat het systeem aan de eisen van "
        "afdeling 2 voldoet.",
    ),
    _role(
        _A.DISTRIBUTOR,
        "art24_6",
        "Art. 24(6)",
        "Cooperate with competent authorities",
        "Samenwerken met de bevoegde autoriteiten",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        summary_en="Cooperate with the competent authorities in any action they take in relation "
        "to a high-risk AI system made available by the distributor, in particular to reduce or "
        "mitigate its risk.",
        summary_nl="Samenwerken met de bevoegde autoriteiten bij alle maatregelen in verband met "
        "een door de distributeur aangeboden AI-systeem met een hoog risico, met name om het "
        "risico te verminderen of te beperken.",
    ),
    # -------------------------------------------------------------- Art. 25: value chain
    Obligation(
        id="art25_2",
        source="Art. 25(2)",
        title_en="Initial provider: cooperate with the new provider and hand over documentation",
        title_nl="Oorspronkelijke aanbieder: nauw samenwerken met de nieuwe aanbieder en "
        "documentatie overdragen",
        addressees=(_A.INITIAL_PROVIDER,),
        when=_INITIAL_PROVIDER,
        schedule=Schedule.HIGH_RISK,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(da)",
        versions=ONLY_AMENDED,
        also_cites=("Art. 25(1)",),
        summary_en="When another party becomes the provider under Art. 25(1), the initial provider "
        "closely cooperates with the new provider and makes available the necessary information, "
        "technical access and assistance, in particular: technical documentation sufficient to "
        "assess Art. 16 compliance, known limitations and failure modes, and targeted technical "
        "access including for testing and validation; not where it clearly specified that its "
        "system is not to be changed into a high-risk system.",
        summary_nl="Wanneer een andere partij op grond van artikel 25, lid 1, aanbieder wordt, "
        "werkt de oorspronkelijke aanbieder nauw samen met de nieuwe aanbieder en verstrekt hij de "
        "nodige informatie, technische toegang en bijstand, met name: technische documentatie om "
        "naleving van artikel 16 te beoordelen, bekende beperkingen en faalwijzen, en gerichte "
        "technische toegang, ook voor tests en validatie; niet als hij duidelijk heeft aangegeven "
        "dat zijn systeem niet in een systeem met een hoog risico mag worden veranderd "
        "(niet-officiële Nederlandse weergave van de gewijzigde tekst).",
    ),
    Obligation(
        id="art25_2_original",
        source="Art. 25(2)",
        title_en="Initial provider: cooperate with the new provider and hand over documentation",
        title_nl="Oorspronkelijke aanbieder: nauw samenwerken met de nieuwe aanbieder en "
        "documentatie overdragen",
        addressees=(_A.INITIAL_PROVIDER,),
        when=_INITIAL_PROVIDER,
        schedule=Schedule.HIGH_RISK,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        versions=ONLY_ORIGINAL,
        also_cites=("Art. 25(1)",),
        summary_en="When another party becomes the provider under Art. 25(1), the initial provider "
        "closely cooperates with the new provider, makes available the necessary information and "
        "provides the reasonably expected technical access and other assistance, in particular for "
        "the conformity assessment; not where it clearly specified that its system is not to be "
        "changed into a high-risk system. Published text: no Art. 99(4) point, national penalties "
        "only.",
        summary_nl="Wanneer een andere partij op grond van artikel 25, lid 1, aanbieder wordt, "
        "werkt de oorspronkelijke aanbieder nauw samen met de nieuwe aanbieder, stelt hij de "
        "nodige informatie beschikbaar en verleent hij de redelijkerwijs verwachte technische "
        "toegang en andere bijstand, met name voor de conformiteitsbeoordeling; niet als hij "
        "duidelijk heeft aangegeven dat zijn systeem niet in een systeem met een hoog risico mag "
        "worden veranderd. Oorspronkelijke tekst: alleen nationale sancties.",
    ),
    Obligation(
        id="art25_4",
        source="Art. 25(4)",
        title_en="Written agreement between the provider and suppliers of AI systems, models, "
        "tools or components",
        title_nl="Schriftelijke overeenkomst tussen de aanbieder en leveranciers van AI-systemen, "
        "AI-modellen, instrumenten of onderdelen",
        addressees=(_A.PROVIDER, _A.SUPPLIER),
        when=_ART25_4_FINED,
        schedule=Schedule.HIGH_RISK,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine=FineTier.ART_99_4,
        fine_ref="Art. 99(4)(da)",
        versions=ONLY_AMENDED,
        interpretation="A36,A45,A46",
        summary_en="The provider of a high-risk AI system and the third party supplying an AI "
        "system, AI model, tools, services, components or processes used or integrated in it "
        "specify by written agreement the information, capabilities, technical access and "
        "assistance the provider needs to comply fully. Not for suppliers that make tools etc. "
        "public under a free and open-source licence, other than general-purpose AI models. Binds "
        "the supplier too (no separate addressee role exists for it). Fined under Art. 99(4)(da) "
        "('obligations of providers and operators'): the provider always; a supplier that is not "
        "an operator (Art. 3(8)) only under the default reading A36=every_addressee (under "
        "A36=operators_only, entry art25_4_supplier_not_operator).",
        summary_nl="De aanbieder van een AI-systeem met een hoog risico en de derde partij die een "
        "AI-systeem, AI-model, instrumenten, diensten, onderdelen of processen levert die daarin "
        "worden gebruikt of geïntegreerd, leggen in een schriftelijke overeenkomst de informatie, "
        "capaciteiten, technische toegang en bijstand vast die de aanbieder nodig heeft om "
        "volledig te voldoen. Niet voor leveranciers die onder een vrije en opensource licentie "
        "publiek beschikbaar stellen, behalve AI-modellen voor algemene doeleinden. Bindt ook de "
        "leverancier. Beboet volgens artikel 99, lid 4, punt d bis ('verplichtingen van aanbieders "
        "en operatoren'): de aanbieder altijd; een leverancier die geen operator is (artikel 3, "
        "punt 8) alleen volgens de standaardlezing A36=every_addressee (volgens "
        "A36=operators_only: verplichting art25_4_supplier_not_operator).",
    ),
    Obligation(
        id="art25_4_supplier_not_operator",
        source="Art. 25(4)",
        title_en="Written agreement with the provider: a supplier that is not an operator, "
        "without an Art. 99 fine (reading A36)",
        title_nl="Schriftelijke overeenkomst met de aanbieder: een leverancier die geen operator "
        "is, zonder geldboete van artikel 99 (lezing A36)",
        addressees=(_A.SUPPLIER,),
        when=_ART25_4_NOT_FINED,
        schedule=Schedule.HIGH_RISK,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine=FineTier.NO_PENALTY,
        fine_ref=None,
        interpretation="A36,A45,A46",
        # Art. 99(4)(da) and 75c(1) exist in the amended text only: named in the summaries and
        # cited by the exposure row where they are in force, not here (both texts).
        also_cites=("Art. 99(1)", "Art. 3(8)"),
        summary_en="Under reading A36=operators_only: the third party supplying what Art. 25(4) "
        "lists (tools, services, components or processes; as amended also an AI system or AI "
        "model) used or integrated in a high-risk AI system specifies with its provider, by "
        "written agreement, the information, capabilities, technical access and assistance the "
        "provider needs (Art. 25(4), as in art25_4 and art25_4_original). The supplier holds "
        "none of the roles of an operator for the system (Art. 3(8)) and is not the provider "
        "of a general-purpose AI model it supplies (a reseller of another provider's model is "
        "none). Art. 99(1), as published and as replaced, lays down "
        "penalties only for infringements 'by operators', and in the amended text Art. "
        "99(4)(da) fines the 'obligations of providers and operators': no penalty under Art. 99 "
        "at all, "
        "neither national nor before the AI Office, which finds non-compliance of 'an operator' "
        "(Art. 75c(1)); fine tier 'no_penalty'. A supplier that is the initial provider of the "
        "system (Art. 25(2)), or that places an AI system of its own on the market under its "
        "own name, is a provider (Art. 3(3)) and so an operator, fined under art25_4; the "
        "library reads the roles for the high-risk system, the Art. 25(2) initial provider and "
        "whether the supplier is the provider of a general-purpose AI model it supplies.",
        summary_nl="Volgens lezing A36=operators_only: de derde partij die levert wat artikel "
        "25, lid 4, noemt (instrumenten, diensten, onderdelen of processen; in de gewijzigde "
        "tekst ook een AI-systeem of AI-model) dat in een AI-systeem met een hoog risico wordt "
        "gebruikt of geïntegreerd, legt met de aanbieder in een schriftelijke overeenkomst de "
        "informatie, capaciteiten, technische toegang en bijstand vast die de aanbieder nodig "
        "heeft (artikel 25, lid 4, als bij art25_4 en art25_4_original). De leverancier heeft "
        "voor het systeem geen van de rollen van een operator (artikel 3, punt 8) en is niet de "
        "aanbieder van een AI-model voor algemene doeleinden dat zij levert (wie het model van "
        "een andere aanbieder doorverkoopt, is dat niet). Artikel 99, lid 1, voorziet in beide "
        "teksten alleen in sancties voor inbreuken 'door operatoren', en in de gewijzigde tekst "
        "beboet artikel 99, lid 4, punt d bis, de 'verplichtingen van aanbieders en operatoren': "
        "geen sanctie van artikel 99, nationaal noch bij het AI-bureau, dat niet-naleving van "
        "'een operator' vaststelt (artikel 75 quater, lid 1); boetecategorie 'no_penalty'. Een "
        "leverancier die de oorspronkelijke aanbieder van het systeem is (artikel 25, lid 2), of "
        "die een eigen AI-systeem onder zijn eigen naam in de handel brengt, is aanbieder "
        "(artikel 3, punt 3) en dus operator, beboet volgens art25_4; de bibliotheek leest de "
        "rollen voor het systeem met een hoog risico, de oorspronkelijke aanbieder van artikel "
        "25, lid 2, en of de leverancier de aanbieder is van een AI-model voor algemene "
        "doeleinden dat zij levert (niet-officiële Nederlandse weergave van de gewijzigde "
        "tekst).",
    ),
    Obligation(
        id="art25_4_original",
        source="Art. 25(4)",
        title_en="Written agreement between the provider and suppliers of AI systems, tools or "
        "components",
        title_nl="Schriftelijke overeenkomst tussen de aanbieder en leveranciers van instrumenten, "
        "diensten, onderdelen of processen",
        addressees=(_A.PROVIDER, _A.SUPPLIER),
        when=_ART25_4_FINED,
        schedule=Schedule.HIGH_RISK,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_PLACING,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        versions=ONLY_ORIGINAL,
        interpretation="A36,A45,A46",
        summary_en="The provider of a high-risk AI system and the third party supplying an AI "
        "system, tools, services, components or processes used or integrated in it specify by "
        "written agreement the information, capabilities, technical access and assistance the "
        "provider needs (the published text does not name 'AI model' among the supplies); not for "
        "free and open-source suppliers other than of general-purpose AI models. Published text: "
        "no Art. 99(4) point, national penalties only.",
        summary_nl="De aanbieder van een AI-systeem met een hoog risico en de derde partij die "
        "instrumenten, diensten, onderdelen of processen levert die daarin worden gebruikt of "
        "geïntegreerd, preciseren in een schriftelijke overeenkomst de nodige informatie, "
        "capaciteiten, technische toegang en bijstand; niet voor leveranciers onder een vrije en "
        "opensource licentie, behalve van AI-modellen voor algemene doeleinden. Oorspronkelijke "
        "tekst: alleen nationale sancties.",
    ),
    # ------------------------------------------------------------------ Art. 26: deployers
    _role(
        _A.DEPLOYER,
        "art26_1",
        "Art. 26(1)",
        "Use the system in accordance with the instructions for use",
        "Het systeem gebruiken in overeenstemming met de gebruiksinstructies",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        algoritmekader=("aia-20",),
        prerequisites=(
            _pre(
                _INSTRUCTIONS,
                "Art. 26(1)",
                "in accordance with the instructions for use accompanying the systems",
            ),
        ),
        summary_en="Take appropriate technical and organisational measures to ensure the high-risk "
        "AI system is used in accordance with the instructions for use accompanying it.",
        summary_nl="Passende technische en organisatorische maatregelen nemen om te waarborgen dat "
        "het AI-systeem met een hoog risico wordt gebruikt in overeenstemming met de bijgevoegde "
        "gebruiksinstructies.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_2",
        "Art. 26(2)",
        "Assign human oversight to competent, trained persons with authority and support",
        "Het menselijk toezicht opdragen aan personen met de nodige bekwaamheid, opleiding, "
        "autoriteit en ondersteuning",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.BEFORE_USE,
        algoritmekader=("aia-21",),
        prerequisites=(
            _pre(
                _INSTRUCTIONS,
                "Art. 26(3)",
                "implementing the human oversight measures indicated by the provider",
            ),
        ),
        summary_en="Assign human oversight to natural persons who have the necessary competence, "
        "training and authority, as well as the necessary support, implementing the oversight "
        "measures indicated by the provider.",
        summary_nl="Het menselijk toezicht opdragen aan natuurlijke personen die over de nodige "
        "bekwaamheid, opleiding en autoriteit beschikken en de nodige ondersteuning krijgen, ter "
        "uitvoering van de door de aanbieder aangegeven maatregelen voor menselijk toezicht.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_4",
        "Art. 26(4)",
        "Ensure input data is relevant and sufficiently representative",
        "Zorgen dat de inputdata relevant en voldoende representatief zijn",
        when="duty.hr_deployer and context.deployer_controls_input_data",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        summary_en="To the extent the deployer exercises control over the input data, it ensures "
        "that input data is relevant and sufficiently representative in view of the intended "
        "purpose of the system.",
        summary_nl="Voor zover de gebruiksverantwoordelijke controle heeft over de inputdata, "
        "zorgt hij dat deze relevant en voldoende representatief zijn voor het beoogde doel van "
        "het systeem.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_5",
        "Art. 26(5)",
        "Monitor operation; inform and suspend use on risks or serious incidents",
        "De werking monitoren; bij risico's of ernstige incidenten melden en het gebruik "
        "onderbreken",
        measure=Measure.MONITORING,
        milestone=Milestone.ONGOING,
        algoritmekader=("aia-22",),
        prerequisites=(
            _pre(
                _INSTRUCTIONS,
                "Art. 26(5)",
                "monitor the operation of the high-risk AI system on the basis of the "
                "instructions for use",
            ),
        ),
        also_cites=("Art. 72", "Art. 73"),
        summary_en="Monitor the operation of the system on the basis of the instructions for use "
        "and inform providers (Art. 72); where use may present a risk (Art. 79(1)) inform the "
        "provider or distributor and the market surveillance authority and suspend use; report "
        "serious incidents immediately to the provider, then the importer or distributor and the "
        "authorities (Art. 73 applies if the provider cannot be reached). Financial institutions: "
        "the monitoring is deemed fulfilled through financial-services governance (second "
        "subparagraph, obligation art26_5_financial; under reading A34=whole_first_subparagraph "
        "the whole first subparagraph, obligation art26_5_financial_whole); law-enforcement "
        "authorities: not their sensitive operational data (obligation art26_5_law_enforcement).",
        summary_nl="De werking van het systeem monitoren op basis van de gebruiksinstructies en "
        "in voorkomend geval de aanbieders informeren (artikel 72); bij een mogelijk risico "
        "(artikel 79, lid 1) de aanbieder of distributeur en de markttoezichtautoriteit informeren "
        "en het gebruik onderbreken; ernstige incidenten onmiddellijk melden aan eerst de "
        "aanbieder "
        "en dan de importeur of distributeur en de autoriteiten. Financiële instellingen: de "
        "monitoring wordt geacht te zijn vervuld via de governance van de financiële "
        "dienstverlening (tweede alinea, verplichting art26_5_financial; volgens lezing "
        "A34=whole_first_subparagraph de hele eerste alinea, verplichting "
        "art26_5_financial_whole); rechtshandhavingsinstanties: niet hun gevoelige operationele "
        "gegevens (verplichting art26_5_law_enforcement).",
    ),
    # Art. 26(5), second subparagraph and last sentence of the first: the duty stays (art26_5);
    # how it is met (a financial institution) or what it leaves out (a law-enforcement
    # authority) is its own entry, like the Art. 63(1) relief, so only those deployers see it.
    # What "the monitoring obligation set out in the first subparagraph" covers is reading A34
    # (ADR 0038): by default the monitoring only (art26_5_financial); under
    # whole_first_subparagraph the whole first subparagraph (art26_5_financial_whole).
    _role(
        _A.DEPLOYER,
        "art26_5_financial",
        "Art. 26(5), second subparagraph",
        "Financial institutions: the monitoring obligation is deemed fulfilled by the "
        "financial-services governance rules",
        "Financiële instellingen: de monitoringsverplichting wordt geacht te zijn vervuld door de "
        "governanceregels van het recht inzake financiële diensten",
        when="duty.hr_deployer and org.financial_institution "
        "and not interp.a34_whole_first_subparagraph",
        measure=Measure.MONITORING,
        milestone=Milestone.ONGOING,
        algoritmekader=("aia-22",),
        interpretation="A34",
        prerequisites=(
            _pre(
                "art26_5",
                "Art. 26(5), second subparagraph",
                "the monitoring obligation set out in the first subparagraph shall be deemed to "
                "be fulfilled",
            ),
        ),
        summary_en="For a deployer that is a financial institution subject to requirements "
        "regarding its internal governance, arrangements or processes under Union financial "
        "services law, the monitoring obligation of Art. 26(5), first subparagraph, is deemed to "
        "be fulfilled by complying with the rules on internal governance arrangements, processes "
        "and mechanisms under the relevant financial service law. The duty stays (obligation "
        "art26_5, Art. 99(4)(e)): this entry says how the monitoring is met; the text deems only "
        "the monitoring obligation fulfilled, not the duties to inform and to suspend use "
        "(reading A34, default monitoring_only: recital 158, 'limited derogations').",
        summary_nl="Voor een gebruiksverantwoordelijke die in de hoedanigheid van financiële "
        "instelling onderworpen is aan eisen met betrekking tot zijn interne governance, "
        "regelingen of processen uit hoofde van het Unierecht inzake financiële diensten, wordt de "
        "monitoringsverplichting van artikel 26, lid 5, eerste alinea, geacht te zijn vervuld "
        "door te voldoen aan de regels inzake interne governance, regelingen of processen en "
        "-mechanismen uit hoofde van het desbetreffende recht inzake financiële diensten. De "
        "verplichting blijft (verplichting art26_5, artikel 99, lid 4, punt e): deze regel zegt "
        "hoe de monitoring wordt vervuld; de tekst acht alleen de monitoringsverplichting "
        "vervuld, niet de plicht in kennis te stellen en het gebruik te onderbreken (lezing A34, "
        "standaard monitoring_only; "
        "overweging 158).",
    ),
    _role(
        _A.DEPLOYER,
        "art26_5_financial_whole",
        "Art. 26(5), second subparagraph",
        "Financial institutions: the obligation of Art. 26(5), first subparagraph, is deemed "
        "fulfilled as a whole by the financial-services governance rules (reading A34)",
        "Financiële instellingen: de verplichting van artikel 26, lid 5, eerste alinea, wordt "
        "als geheel geacht te zijn vervuld door de governanceregels van het recht inzake "
        "financiële diensten (lezing A34)",
        when="duty.hr_deployer and org.financial_institution "
        "and interp.a34_whole_first_subparagraph",
        measure=Measure.MONITORING,
        milestone=Milestone.ONGOING,
        algoritmekader=("aia-22",),
        interpretation="A34",
        prerequisites=(
            _pre(
                "art26_5",
                "Art. 26(5), second subparagraph",
                "the monitoring obligation set out in the first subparagraph shall be deemed to "
                "be fulfilled",
            ),
        ),
        summary_en="Under reading A34=whole_first_subparagraph: for a deployer that is a "
        "financial institution subject to requirements regarding its internal governance, "
        "arrangements or processes under Union financial services law, the obligation set out in "
        "Art. 26(5), first subparagraph, which that subparagraph calls one obligation ('This "
        "obligation shall not cover ...'), is deemed to be fulfilled as a whole by complying with "
        "the rules on internal governance arrangements, processes and mechanisms under the "
        "relevant financial service law: the monitoring and, with it, informing the provider or "
        "distributor and the market surveillance authority and suspending the use where the use "
        "may present a risk, and reporting serious incidents. The duty stays (obligation "
        "art26_5, Art. 99(4)(e)); this entry says how all of it is met. The serious-incident "
        "reporting of Art. 73 binds the provider as before.",
        summary_nl="Volgens lezing A34=whole_first_subparagraph: voor een "
        "gebruiksverantwoordelijke die in de hoedanigheid van financiële instelling onderworpen "
        "is aan eisen met betrekking tot zijn interne governance, regelingen of processen uit "
        "hoofde van het Unierecht inzake financiële diensten, wordt de verplichting van artikel "
        "26, lid 5, eerste alinea, die die alinea als één verplichting aanduidt ('Deze "
        "verplichting geldt niet voor ...'), als geheel geacht te zijn vervuld door te voldoen "
        "aan de regels inzake interne governance, regelingen of processen en -mechanismen uit "
        "hoofde van het desbetreffende recht inzake financiële diensten: de monitoring en "
        "daarmee het in kennis stellen van de aanbieder of distributeur en de "
        "markttoezichtautoriteit en het onderbreken van het gebruik bij een mogelijk risico, en "
        "het melden van ernstige incidenten. De verplichting blijft (verplichting art26_5); deze "
        "regel zegt hoe zij in haar geheel wordt vervuld. De melding van ernstige incidenten "
        "door de aanbieder (artikel 73) blijft ongewijzigd.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_5_law_enforcement",
        "Art. 26(5), first subparagraph",
        "Law-enforcement authorities: the monitoring and information duty does not cover "
        "sensitive operational data",
        "Rechtshandhavingsinstanties: de monitorings- en informatieplicht geldt niet voor "
        "gevoelige operationele gegevens",
        when="duty.hr_deployer and org.law_enforcement_authority",
        measure=Measure.MONITORING,
        milestone=Milestone.ONGOING,
        algoritmekader=("aia-22",),
        prerequisites=(
            _pre(
                "art26_5",
                "Art. 26(5), first subparagraph",
                "This obligation shall not cover sensitive operational data of deployers of AI "
                "systems which are law enforcement authorities",
            ),
        ),
        also_cites=("Art. 3(38)", "Art. 3(45)"),
        # "This obligation shall not cover ...": the sentence narrows art26_5 and binds nobody
        # (rev32c D4, lim33; ADR 0051).
        modality=Modality.LIMITATION,
        limits="art26_5",
        summary_en="The Art. 26(5) obligation (monitoring, informing the provider, distributor "
        "and market surveillance authority, reporting serious incidents) does not cover "
        "sensitive operational data of deployers which are law enforcement authorities "
        "(Art. 3(45)): operational data related to the prevention, detection, investigation or "
        "prosecution of criminal offences whose disclosure could jeopardise the integrity of "
        "criminal proceedings (Art. 3(38)). The duty stays for everything else (obligation "
        "art26_5, Art. 99(4)(e)): this entry says what it leaves out. A limitation of that "
        "duty, not a duty of its own: listed so that the plan shows it, with no step, deadline "
        "or fine.",
        summary_nl="De verplichting van artikel 26, lid 5 (monitoren, de aanbieder, distributeur "
        "en markttoezichtautoriteit informeren, ernstige incidenten melden) geldt niet voor "
        "gevoelige operationele gegevens van gebruiksverantwoordelijken die de hoedanigheid van "
        "rechtshandhavingsinstanties hebben (artikel 3, punt 45): operationele gegevens met "
        "betrekking tot preventie, opsporing, onderzoek of vervolging van strafbare feiten "
        "waarvan de openbaarmaking de integriteit van strafprocedures in het gedrang zou kunnen "
        "brengen (artikel 3, punt 38). Voor al het andere blijft de "
        "verplichting (verplichting art26_5): deze regel zegt wat erbuiten valt. Een beperking "
        "van die verplichting, geen eigen verplichting: opgenomen zodat het plan haar toont, "
        "zonder stap, termijn of boete.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_6",
        "Art. 26(6)",
        "Keep the automatically generated logs for at least six months",
        "De automatisch gegenereerde logs ten minste zes maanden bewaren",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.ONGOING,
        algoritmekader=("aia-23",),
        summary_en="Keep the logs automatically generated by the system, to the extent they are "
        "under the deployer's control, for a period appropriate to the intended purpose of at "
        "least six months, unless Union or national law (in particular data protection law) "
        "provides otherwise; financial institutions keep them in their financial-law "
        "documentation.",
        summary_nl="De automatisch gegenereerde logs, voor zover die onder controle van de "
        "gebruiksverantwoordelijke vallen, bewaren gedurende een periode die passend is voor het "
        "beoogde doel, van ten minste zes maanden, tenzij het Unie- of nationale recht anders "
        "bepaalt; financiële instellingen bewaren ze in hun documentatie op grond van het "
        "financiële recht.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_6_financial",
        "Art. 26(6), second subparagraph",
        "Financial institutions: keep the logs as part of the financial-services documentation",
        "Financiële instellingen: de logs bewaren als onderdeel van de documentatie krachtens "
        "het Unierecht inzake financiële diensten",
        when="duty.hr_deployer and org.financial_institution",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.ONGOING,
        algoritmekader=("aia-23",),
        prerequisites=(
            _pre(
                "art26_6",
                "Art. 26(6), second subparagraph",
                "shall maintain the logs as part of the documentation kept pursuant to the "
                "relevant Union financial service law",
            ),
        ),
        summary_en="A deployer that is a financial institution subject to requirements regarding "
        "its internal governance, arrangements or processes under Union financial services law "
        "maintains the logs as part of the documentation kept pursuant to the relevant Union "
        "financial service law. Where they are kept changes; the retention of at least six "
        "months of the first subparagraph stays (obligation art26_6, Art. 99(4)(e)).",
        summary_nl="Een gebruiksverantwoordelijke die in de hoedanigheid van financiële "
        "instelling onderworpen is aan eisen met betrekking tot zijn interne governance, "
        "regelingen of processen uit hoofde van het Unierecht inzake financiële diensten, bewaart "
        "de logs als onderdeel van de documentatie die bewaard wordt krachtens het desbetreffende "
        "Unierecht inzake financiële diensten. Alleen de plaats verandert; de bewaartermijn van "
        "ten minste zes maanden van de eerste alinea blijft (verplichting art26_6).",
    ),
    _role(
        _A.DEPLOYER,
        "art26_7",
        "Art. 26(7)",
        "Inform workers' representatives and affected workers before use at the workplace",
        "Werknemersvertegenwoordigers en betrokken werknemers informeren vóór gebruik op de "
        "werkplek",
        when="duty.hr_deployer and org.is_employer and context.workplace_use",
        measure=Measure.TRANSPARENCY,
        milestone=Milestone.BEFORE_USE,
        algoritmekader=("aia-24",),
        summary_en="Before putting into service or using a high-risk AI system at the workplace, "
        "deployers who are employers inform workers' representatives and the affected workers that "
        "they will be subject to its use, following Union and national rules on informing workers.",
        summary_nl="Voordat een AI-systeem met een hoog risico op de werkplek in gebruik wordt "
        "gesteld of wordt gebruikt, delen gebruiksverantwoordelijken die werkgever zijn "
        "werknemersvertegenwoordigers en de betrokken werknemers mee dat zij aan het gebruik ervan "
        "zullen worden onderworpen.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_8",
        "Art. 26(8)",
        "Public deployers: comply with registration and do not use an unregistered system",
        "Overheidsinstanties als gebruiksverantwoordelijke: registratieverplichtingen naleven en "
        "geen niet-geregistreerd systeem gebruiken",
        when="duty.public_deployer and hr.annex_iii_other_than_point_2",
        interpretation="A31",
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_USE,
        algoritmekader=("aia-25",),
        prerequisites=(
            _pre(
                "art49_1",
                "Art. 26(8)",
                "has not been registered in the EU database referred to in Article 71, they shall "
                "not use that system",
            ),
        ),
        also_cites=("Art. 49(3)",),
        summary_en="Deployers that are public authorities or Union institutions, bodies, offices "
        "or agencies comply with the Art. 49 registration obligations; when the system they "
        "envisage using has not been registered in the EU database, they do not use it and inform "
        "the provider or distributor. Registration applies to Annex III systems other than point "
        "2. Not listed for a high-risk system of Annex I: Art. 49 registers no such system in "
        "the EU database, so read literally the second sentence would bar every Annex I system "
        "from public use.",
        summary_nl="Gebruiksverantwoordelijken die overheidsinstanties of instellingen, organen of "
        "instanties van de Unie zijn, leven de registratieverplichtingen van artikel 49 na; als "
        "het systeem dat zij willen gebruiken niet in de EU-databank is geregistreerd, gebruiken "
        "zij het niet en informeren zij de aanbieder of distributeur. De registratie geldt voor "
        "systemen van bijlage III buiten punt 2. Niet vermeld voor een systeem met een hoog "
        "risico van bijlage I: artikel 49 registreert zo'n systeem niet in de EU-databank, dus "
        "letterlijk gelezen zou de tweede zin elk systeem van bijlage I voor overheidsgebruik "
        "uitsluiten.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_9",
        "Art. 26(9)",
        "Use the Art. 13 information for the data protection impact assessment",
        "De informatie van artikel 13 gebruiken voor de gegevensbeschermingseffectbeoordeling",
        # "Where applicable": the duty exists only where the deployer has an "obligation to
        # carry out a data protection impact assessment under Article 35 of Regulation (EU)
        # 2016/679 or Article 27 of Directive (EU) 2016/680"; undetermined while that is unknown.
        when="duty.hr_deployer and context.dpia_required",
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_USE,
        prerequisites=(
            _pre(
                _INSTRUCTIONS,
                "Art. 26(9)",
                "use the information provided under Article 13 of this Regulation",
            ),
        ),
        summary_en="Where the deployer must carry out a data protection impact assessment under "
        "Art. 35 GDPR or Art. 27 of Directive (EU) 2016/680, it uses the information provided "
        "under Art. 13 to comply with that obligation.",
        summary_nl="Als de gebruiksverantwoordelijke een gegevensbeschermingseffectbeoordeling "
        "moet uitvoeren op grond van artikel 35 AVG of artikel 27 van Richtlijn (EU) 2016/680, "
        "gebruikt hij de op grond van artikel 13 verstrekte informatie om aan die verplichting "
        "te voldoen.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_10",
        "Art. 26(10)",
        "Request authorisation for post-remote biometric identification (within 48 hours)",
        "Toestemming vragen voor biometrische identificatie op afstand achteraf (uiterlijk binnen "
        "48 uur)",
        when="duty.hr_deployer and hr.post_remote_rbi",
        interpretation=_POST_REMOTE_READING,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        summary_en="In an investigation for the targeted search of a suspected or convicted "
        "person, request authorisation from a judicial or binding administrative authority ex ante "
        "or at the latest within 48 hours (except initial identification on objective facts); "
        "limit each use to what is strictly necessary; stop and delete if rejected (first and "
        "second subparagraphs).",
        summary_nl="Bij een onderzoek waarbij gericht wordt gezocht naar een verdachte of "
        "veroordeelde, vooraf of uiterlijk binnen 48 uur toestemming vragen aan een gerechtelijke "
        "of bindende administratieve instantie (behalve voor de eerste identificatie op objectieve "
        "feiten); elk gebruik beperken tot het strikt noodzakelijke; bij weigering stoppen en "
        "wissen (eerste en tweede alinea).",
    ),
    _role(
        _A.DEPLOYER,
        "art26_10_untargeted",
        "Art. 26(10), third subparagraph",
        "Never use post-remote biometric identification for law enforcement in an untargeted way",
        "Biometrische identificatie op afstand achteraf nooit op niet-gerichte wijze gebruiken "
        "voor rechtshandhavingsdoeleinden",
        when="duty.hr_deployer and hr.post_remote_rbi_law_enforcement",
        interpretation=_POST_REMOTE_READING,
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ONGOING,
        summary_en="In no case use the post-remote biometric identification system for law "
        "enforcement purposes in an untargeted way, without any link to a criminal offence, a "
        "criminal proceeding, a genuine and present or genuine and foreseeable threat of a "
        "criminal offence or the search for a specific missing person; take no decision with an "
        "adverse legal effect on a person based solely on its output.",
        summary_nl="Het systeem voor biometrische identificatie op afstand achteraf in geen geval "
        "op niet-gerichte wijze gebruiken voor rechtshandhavingsdoeleinden, zonder enig verband "
        "met een strafbaar feit, een strafrechtelijke procedure, een werkelijke en actuele of "
        "werkelijke en te verwachten dreiging van een strafbaar feit of de zoektocht naar een "
        "specifieke vermiste persoon; geen besluit met nadelige rechtsgevolgen voor een persoon "
        "nemen op basis van uitsluitend de output van het systeem.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_10_documentation",
        "Art. 26(10), fifth subparagraph",
        "Document each use of post-remote biometric identification in the police file",
        "Elk gebruik van biometrische identificatie op afstand achteraf vastleggen in het "
        "politiedossier",
        # "Regardless of the purpose or deployer": any deployer of such a system, not only one
        # in a targeted search under the first subparagraph.
        when="duty.hr_deployer and hr.post_remote_rbi_system",
        interpretation=_POST_REMOTE_READING,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.ONGOING,
        summary_en="Regardless of the purpose or deployer, document each use of the "
        "post-remote biometric identification system in the relevant police file and make it "
        "available to the market surveillance authority and the national data protection "
        "authority on request, excluding sensitive operational data related to law enforcement.",
        summary_nl="Ongeacht het doel of de gebruiksverantwoordelijke elk gebruik van het systeem "
        "voor biometrische identificatie op afstand achteraf vastleggen in het relevante "
        "politiedossier en op verzoek ter beschikking stellen van de markttoezichtautoriteit en "
        "de nationale gegevensbeschermingsautoriteit, met uitzondering van gevoelige operationele "
        "gegevens in verband met rechtshandhaving.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_10_annual_report",
        "Art. 26(10), sixth subparagraph",
        "Report annually on the use of post-remote biometric identification",
        "Jaarlijks verslag uitbrengen over het gebruik van biometrische identificatie op afstand "
        "achteraf",
        when="duty.hr_deployer and hr.post_remote_rbi_system",
        interpretation=_POST_REMOTE_READING,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.ONGOING,
        summary_en="Submit annual reports to the market surveillance and national data "
        "protection authorities on the use of post-remote biometric identification systems, "
        "excluding sensitive operational data related to law enforcement; the reports may be "
        "aggregated to cover more than one deployment.",
        summary_nl="Jaarlijks verslag uitbrengen aan de markttoezichtautoriteit en de nationale "
        "gegevensbeschermingsautoriteit over het gebruik van systemen voor biometrische "
        "identificatie op afstand achteraf, met uitzondering van gevoelige operationele gegevens "
        "in verband met rechtshandhaving; de verslagen mogen meer dan één toepassing omvatten.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_11",
        "Art. 26(11)",
        "Inform natural persons that they are subject to the system",
        "Natuurlijke personen informeren dat het systeem op hen wordt toegepast",
        when="duty.hr_deployer and hr.annex_iii and context.decisions_on_natural_persons",
        measure=Measure.TRANSPARENCY,
        milestone=Milestone.ONGOING,
        algoritmekader=("aia-26",),
        summary_en="Deployers of Annex III high-risk systems that make or assist in making "
        "decisions related to natural persons inform those persons that they are subject to the "
        "use of the system; for law enforcement Art. 13 of Directive (EU) 2016/680 applies.",
        summary_nl="Gebruiksverantwoordelijken van in bijlage III bedoelde AI-systemen met een "
        "hoog risico die beslissingen over natuurlijke personen nemen of helpen nemen, informeren "
        "die personen dat het systeem op hen wordt toegepast; voor rechtshandhaving geldt artikel "
        "13 van Richtlijn (EU) 2016/680.",
    ),
    _role(
        _A.DEPLOYER,
        "art26_12",
        "Art. 26(12)",
        "Cooperate with competent authorities",
        "Samenwerken met de bevoegde autoriteiten",
        measure=Measure.GOVERNANCE,
        milestone=Milestone.ON_EVENT,
        summary_en="Cooperate with the relevant competent authorities in any action they take in "
        "relation to the high-risk AI system to implement the Regulation.",
        summary_nl="Samenwerken met de relevante bevoegde autoriteiten bij alle maatregelen met "
        "betrekking tot het AI-systeem met een hoog risico ter uitvoering van de verordening.",
    ),
    # ------------------------------------------------- Art. 27: fundamental rights impact
    Obligation(
        id="art27_1",
        source="Art. 27(1)",
        title_en="Perform a fundamental rights impact assessment before first use",
        title_nl="Een beoordeling van de gevolgen voor de grondrechten uitvoeren vóór het "
        "eerste gebruik",
        addressees=(_A.DEPLOYER,),
        when=_FRIA,
        schedule=Schedule.HIGH_RISK,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_USE,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-27",),
        prerequisites=(
            _pre(
                _INSTRUCTIONS,
                "Art. 27(1)(d)",
                "taking into account the information given by the provider pursuant to Article 13",
            ),
        ),
        also_cites=("Art. 27(2)",),
        interpretation=_FRIA_READINGS,
        summary_en="Before deploying an Art. 6(2) high-risk system (not one of Annex III point 2 "
        "alone), "
        "deployers that are bodies governed by public law or private entities providing public "
        "services, and deployers of Annex III point 5(b) and (c) systems, assess the impact on "
        "fundamental rights: processes, period and frequency of use, affected persons, specific "
        "risks, human oversight and measures including complaint mechanisms; for the first use, "
        "updated when elements change. Not in Art. 99(4): national penalties only.",
        summary_nl="Voordat een AI-systeem met een hoog risico als bedoeld in artikel 6, lid 2 "
        "(niet een systeem dat alleen onder bijlage III, punt 2, valt), in gebruik wordt "
        "gesteld, voeren publiekrechtelijke organen, "
        "particuliere entiteiten die openbare diensten verlenen en gebruiksverantwoordelijken van "
        "systemen van bijlage III, punt 5, b en c, een beoordeling uit van de gevolgen voor de "
        "grondrechten: processen, periode en frequentie, betrokken personen, specifieke risico's, "
        "menselijk toezicht en maatregelen inclusief klachtenregelingen; voor het eerste gebruik, "
        "bij te werken bij wijzigingen. Alleen nationale sancties.",
    ),
    Obligation(
        id="art27_3",
        source="Art. 27(3)",
        title_en="Notify the market surveillance authority of the assessment's results",
        title_nl="De markttoezichtautoriteit in kennis stellen van de resultaten van de "
        "beoordeling",
        addressees=(_A.DEPLOYER,),
        when=_FRIA,
        schedule=Schedule.HIGH_RISK,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_USE,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-27",),
        prerequisites=(
            _pre(
                "art27_1",
                "Art. 27(3)",
                "Once the assessment referred to in paragraph 1 of this Article has been performed",
            ),
        ),
        interpretation=_FRIA_READINGS,
        summary_en="Once the fundamental rights impact assessment is performed, notify the market "
        "surveillance authority of its results, submitting the filled-out template of Art. 27(5); "
        "deployers may be exempt in the Art. 46(1) case. National penalties only.",
        summary_nl="Zodra de beoordeling van de gevolgen voor de grondrechten is uitgevoerd, de "
        "markttoezichtautoriteit in kennis stellen van de resultaten met het ingevulde sjabloon "
        "van artikel 27, lid 5; in het geval van artikel 46, lid 1, kan vrijstelling gelden. "
        "Alleen nationale sancties.",
    ),
    # ------------------------------------- Art. 27(4): the FRIA and the DPIA (replaced 2026)
    Obligation(
        id="art27_4_original",
        source="Art. 27(4)",
        title_en="Complement the data protection impact assessment with the fundamental rights "
        "impact assessment",
        title_nl="De gegevensbeschermingseffectbeoordeling aanvullen met de beoordeling van de "
        "gevolgen voor de grondrechten",
        addressees=(_A.DEPLOYER,),
        when=f"{_FRIA} and context.dpia_conducted",
        schedule=Schedule.HIGH_RISK,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_USE,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-27",),
        versions=ONLY_ORIGINAL,
        prerequisites=(
            _pre(
                "art27_1",
                "Art. 27(4)",
                "the fundamental rights impact assessment referred to in paragraph 1 of this "
                "Article shall complement that data protection impact assessment",
            ),
        ),
        interpretation=_FRIA_READINGS,
        summary_en="If any of the Art. 27 obligations is already met through the data protection "
        "impact assessment under Art. 35 GDPR or Art. 27 of Directive (EU) 2016/680, the "
        "fundamental rights impact assessment shall complement that data protection impact "
        "assessment (published text: a duty). National penalties only.",
        summary_nl="Als aan een van de verplichtingen van artikel 27 al is voldaan door de "
        "gegevensbeschermingseffectbeoordeling op grond van artikel 35 AVG of artikel 27 van "
        "Richtlijn (EU) 2016/680, vormt de beoordeling van de gevolgen voor de grondrechten een "
        "aanvulling op die gegevensbeschermingseffectbeoordeling (oorspronkelijke tekst: een "
        "verplichting). Alleen nationale sancties.",
    ),
    Obligation(
        id="art27_4",
        source="Art. 27(4)",
        title_en="The fundamental rights impact assessment may cross-refer to the data protection "
        "impact assessment",
        title_nl="De beoordeling van de gevolgen voor de grondrechten mag verwijzen naar de "
        "gegevensbeschermingseffectbeoordeling",
        addressees=(_A.DEPLOYER,),
        when=f"{_FRIA} and context.dpia_conducted",
        schedule=Schedule.HIGH_RISK,
        measure=Measure.DOCUMENTATION,
        milestone=Milestone.BEFORE_USE,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-27",),
        versions=ONLY_AMENDED,
        prerequisites=(
            _pre(
                "art27_1",
                "Art. 27(4)",
                "when conducting the fundamental rights impact assessment referred to in "
                "paragraph 1 of this Article",
            ),
        ),
        interpretation=_FRIA_READINGS,
        modality=Modality.PERMISSION,
        summary_en="If any of the Art. 27 obligations is already met through the data protection "
        "impact assessment, the deployer may, when conducting the fundamental rights impact "
        "assessment, include cross-references to the relevant sections of that data protection "
        "impact assessment or include relevant parts of it (Art. 27(4) as replaced by Regulation "
        "(EU) 2026/1744: a permission that shapes the Art. 27(1) duty, no duty of its own; "
        "listed so that the plan shows it, modality permission: no step, deadline or fine).",
        summary_nl="Als aan een van de verplichtingen van artikel 27 al is voldaan door de "
        "gegevensbeschermingseffectbeoordeling, mag de gebruiksverantwoordelijke bij de "
        "beoordeling van de gevolgen voor de grondrechten verwijzen naar de relevante onderdelen "
        "van die gegevensbeschermingseffectbeoordeling of relevante delen ervan opnemen "
        "(artikel 27, lid 4, zoals vervangen bij Verordening (EU) 2026/1744; niet-officiële "
        "Nederlandse weergave). Een bevoegdheid, geen verplichting: opgenomen zodat het plan haar "
        "toont, zonder stap, termijn of boete.",
    ),
    # ------------------------------------------------ Art. 49(3): registration of use
    Obligation(
        id="art49_3",
        source="Art. 49(3)",
        title_en="Public deployers: register themselves and the use of the system in the EU "
        "database",
        title_nl="Overheidsinstanties als gebruiksverantwoordelijke: zichzelf registreren en het "
        "gebruik van het systeem registreren in de EU-databank",
        addressees=(_A.DEPLOYER,),
        when=(
            "(duty.public_deployer or (duty.hr_deployer and "
            "context.on_behalf_of_public_authority)) and hr.annex_iii_other_than_point_2"
        ),
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_USE,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-25",),
        prerequisites=(
            Prerequisite(
                obligation="art27_1",
                source="Annex VIII, Section C, point 4",
                anchor="A summary of the findings of the fundamental rights impact assessment "
                "conducted in accordance with Article 27",
                where_applicable=True,
            ),
            _pre(
                "art49_1",
                "Annex VIII, Section C, point 3",
                "The URL of the entry of the AI system in the EU database by its provider",
            ),
        ),
        also_cites=("Art. 49(4)", "Art. 26(8)"),
        interpretation="A1,A31",
        summary_en="Before putting into service or using an Annex III high-risk system (except "
        "point 2), deployers that are public authorities, Union institutions, bodies, offices or "
        "agencies, or persons acting on their behalf, register themselves, select the system and "
        "register its use in the EU database (Annex VIII Section C; for points 1, 6 and 7 in law "
        "enforcement and migration the secure non-public section, Art. 49(4)). Art. 49(3) as such "
        "is not in Art. 99(4); public authorities are fined through Art. 26(8) (art26_8).",
        summary_nl="Alvorens een in bijlage III vermeld AI-systeem met een hoog risico (behalve "
        "punt 2) in gebruik te stellen of te gebruiken, registreren gebruiksverantwoordelijken die "
        "overheidsinstanties, instellingen, organen of instanties van de Unie zijn, of personen "
        "die namens hen optreden, zichzelf, selecteren zij het systeem en registreren zij het "
        "gebruik ervan in de EU-databank (bijlage VIII, afdeling C; voor punten 1, 6 en 7 het "
        "beveiligde niet-openbare gedeelte). Artikel 49, lid 3, staat als zodanig niet in artikel "
        "99, lid 4.",
    ),
    Obligation(
        id="art49_4_deployer",
        source="Art. 49(4)",
        title_en="Public deployers: register the use of a law enforcement, migration or border "
        "system in the secure non-public section",
        title_nl="Overheidsinstanties als gebruiksverantwoordelijke: het gebruik van een systeem "
        "voor rechtshandhaving, migratie, asiel of grenstoezichtsbeheer registreren in het "
        "beveiligde niet-openbare gedeelte",
        addressees=(_A.DEPLOYER,),
        when=(
            "(duty.public_deployer or (duty.hr_deployer and "
            "context.on_behalf_of_public_authority)) and hr.annex_iii_other_than_point_2 "
            "and hr.annex_iii_non_public_registration"
        ),
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.REGISTRATION,
        milestone=Milestone.BEFORE_USE,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-25",),
        also_cites=("Art. 49(3)",),
        prerequisites=(
            _pre(
                "art49_1",
                "Art. 49(4)(c)",
                "Section C, points 1 to 3, of Annex VIII",
            ),
        ),
        interpretation="A1,A31",
        summary_en="Art. 49(4) covers 'the registration referred to in paragraphs 1, 2 and 3': a "
        "public deployer's Art. 49(3) registration of a system of Annex III points 1, 6 or 7 in "
        "the areas of law enforcement, migration, asylum and border control management goes into "
        "the secure non-public section, with only Annex VIII Section C points 1 to 3 (Art. "
        "49(4)(c)); only the Commission and the Art. 74(8) authorities have access. National "
        "penalties only (as Art. 49(3)).",
        summary_nl="Artikel 49, lid 4, betreft 'de in de leden 1, 2 en 3 bedoelde registratie': "
        "de registratie volgens artikel 49, lid 3, door een overheidsinstantie van een systeem "
        "van bijlage III, punten 1, 6 of 7, op het gebied van rechtshandhaving, migratie, asiel "
        "en grenstoezichtsbeheer vindt plaats in het beveiligde niet-openbare gedeelte, met "
        "alleen bijlage VIII, afdeling C, punten 1 tot en met 3. Alleen nationale sancties.",
    ),
    # ------------------------------------------------------ Art. 86: right to explanation
    Obligation(
        id="art86",
        source="Art. 86(1)",
        title_en="Explain the role of the AI system in decisions on request of affected persons",
        title_nl="Op verzoek van een getroffen persoon uitleg geven over de rol van het AI-systeem "
        "in de besluitvorming",
        addressees=(_A.DEPLOYER,),
        when=(
            "duty.hr_deployer and hr.annex_iii_other_than_point_2 "
            "and context.decisions_on_natural_persons"
        ),
        schedule=Schedule.HIGH_RISK_GATED,
        measure=Measure.TRANSPARENCY,
        milestone=Milestone.ON_EVENT,
        fine=FineTier.NATIONAL_ONLY,
        fine_ref=None,
        algoritmekader=("aia-26",),
        also_cites=("Art. 86(2)", "Art. 86(3)"),
        interpretation="A1,A31",
        summary_en="An affected person subject to a decision the deployer takes on the basis of "
        "the output of an Annex III high-risk system (except point 2), with legal or similarly "
        "significant adverse effects, has the right to obtain from the deployer clear and "
        "meaningful explanations of the role of the system and the main elements of the decision; "
        "subject to Union or national exceptions and only where Union law does not otherwise "
        "provide the right. National penalties only.",
        summary_nl="Een getroffen persoon op wie een besluit van toepassing is dat de "
        "gebruiksverantwoordelijke neemt op basis van de output van een in bijlage III vermeld "
        "AI-systeem met een hoog risico (behalve punt 2), met rechtsgevolgen of vergelijkbare "
        "aanzienlijke nadelige invloed, heeft het recht van de gebruiksverantwoordelijke "
        "duidelijke, inhoudelijke uitleg te krijgen over de rol van het systeem en de voornaamste "
        "elementen van het besluit; niet waar uitzonderingen op of beperkingen van die "
        "verplichting voortvloeien uit het Unierecht of het nationale recht (artikel 86, lid 2), "
        "en alleen voor zover het Unierecht niet anderszins in dat recht voorziet (artikel 86, "
        "lid 3). Alleen nationale sancties.",
    ),
)
