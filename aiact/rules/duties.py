"""Who carries which family of duties: the gates that the obligation catalogue builds on.

These rules combine scope, classification, roles and the transitional regime into the predicates
``duty.*`` that the catalogue's conditions read, so each obligation's own condition stays short
and close to the words of its article.
"""

from __future__ import annotations

from aiact.ruleset import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        id="legacy.exempt",
        concludes="legacy.exempt",
        when="legacy.art111_2_grace and not legacy.art111_2_public_authority_deadline",
        source="Art. 111(2)",
        title_en="Legacy high-risk system without significant change and not intended for public "
        "authorities: the high-risk rules do not apply to it",
        title_nl="Bestaand systeem met een hoog risico zonder aanzienlijke wijziging en niet "
        "bedoeld "
        "voor overheidsinstanties: de regels voor hoog risico zijn er niet op van toepassing",
    ),
    Rule(
        id="duty.general",
        concludes="duty.general",
        when="scope.general_duties_apply",
        source="Art. 2(1)",
        also_cites=("Art. 2(2)",),
        title_en="The general duties (Arts. 4, 5 and 50) apply to this system",
        title_nl="De algemene verplichtingen (artikelen 4, 5 en 50) zijn op dit systeem van "
        "toepassing",
    ),
    Rule(
        id="duty.hr_system",
        concludes="duty.hr_system",
        when="scope.in_scope and hr.chapter_iii_applies and not legacy.exempt and not art5.binding",
        source="Art. 6(1)",
        also_cites=("Art. 6(2)", "Art. 2(2)", "Art. 111(2)", "Art. 5(1)"),
        title_en="The high-risk requirements and obligations apply to this system (a system whose "
        "placing or use is prohibited to this organisation has no compliance route)",
        title_nl="De eisen en verplichtingen voor AI-systemen met een hoog risico zijn op dit "
        "systeem "
        "van toepassing",
    ),
    *(
        Rule(
            id=f"duty.hr_{role}",
            concludes=f"duty.hr_{role}",
            when=f"duty.hr_system and role.{role}",
            source=source,
            title_en=f"Obligations of the {label_en} of a high-risk AI system",
            title_nl=f"Verplichtingen van de {label_nl} van een AI-systeem met een hoog risico",
        )
        for role, source, label_en, label_nl in (
            ("provider", "Art. 16", "provider", "aanbieder"),
            ("deployer", "Art. 26", "deployer", "gebruiksverantwoordelijke"),
            ("importer", "Art. 23", "importer", "importeur"),
            ("distributor", "Art. 24", "distributor", "distributeur"),
            ("authorised_representative", "Art. 22", "authorised representative", "gemachtigde"),
        )
    ),
    Rule(
        id="duty.public_deployer",
        concludes="duty.public_deployer",
        when="duty.hr_deployer and (org.kind.public_authority or org.kind.union_institution)",
        source="Art. 26(8)",
        title_en="A deployer that is a public authority or a Union institution, body, office or "
        "agency",
        title_nl="Een gebruiksverantwoordelijke die een overheidsinstantie of een instelling, "
        "orgaan of "
        "instantie van de Unie is",
    ),
    Rule(
        id="duty.fria_deployer.public_law_body",
        concludes="duty.fria_deployer",
        when="org.kind.public_authority or org.kind.body_governed_by_public_law",
        source="Art. 27(1)",
        interpretation="A8",
        title_en="A deployer that is a body governed by public law (public authorities included)",
        title_nl="Een gebruiksverantwoordelijke die een publiekrechtelijk orgaan is "
        "(overheidsinstanties inbegrepen)",
    ),
    Rule(
        id="duty.fria_deployer.union_institution",
        concludes="duty.fria_deployer",
        when="org.kind.union_institution and interp.a8_union_institution_public_law_body",
        source="Art. 27(1)",
        interpretation="A8",
        title_en="A Union institution read as a body governed by public law (reading A8)",
        title_nl="Een instelling van de Unie, gelezen als publiekrechtelijk orgaan (lezing A8)",
    ),
    Rule(
        id="duty.fria_deployer.private_public_services",
        concludes="duty.fria_deployer",
        when="org.kind.private_entity_public_services",
        source="Art. 27(1)",
        title_en="A private entity providing public services",
        title_nl="Een particuliere entiteit die openbare diensten verleent",
    ),
    Rule(
        id="duty.fria_deployer.credit_insurance",
        concludes="duty.fria_deployer",
        when="hr.annex_iii_credit_or_insurance",
        source="Art. 27(1)",
        also_cites=("Annex III, point 5(b)", "Annex III, point 5(c)"),
        title_en="Any deployer of a system under Annex III point 5(b) or 5(c)",
        title_nl="Elke gebruiksverantwoordelijke van een systeem van bijlage III, punt 5, onder b "
        "of c",
    ),
)
