"""Transparency obligations for certain AI systems: Art. 50(1)-(4) and their exceptions."""

from __future__ import annotations

from aiact.ruleset import Rule

RULES: tuple[Rule, ...] = (
    # Art. 50(2) and (4) (both subparagraphs) except systems or uses "authorised by law to
    # detect, prevent, investigate or prosecute criminal offences", with no further condition;
    # Art. 50(1) adds the third-party safeguards and reads art50.law_enforcement_exception_1
    # (review53 D1), so this rule serves paragraphs 2 and 4 only (review56). Art. 50(3)'s
    # purposes ("permitted by law to detect, prevent or investigate") are among them, so the
    # narrower fact true settles this exception while the broader one is unknown (review11). The
    # converse (broader false, so narrower false) is the input's: atoms._implied_by_the_broader.
    Rule(
        id="art50.law_enforcement_exception",
        concludes="art50.law_enforcement_exception",
        when=(
            "transparency.authorised_by_law_criminal_offences "
            "or transparency.permitted_by_law_detect_prevent_investigate"
        ),
        source="Art. 50(2)",
        also_cites=("Art. 50(4)",),
        title_en="Authorised by law to detect, prevent, investigate or prosecute criminal offences",
        title_nl="Bij wet toegestaan om strafbare feiten op te sporen, te voorkomen, te "
        "onderzoeken of "
        "te vervolgen",
    ),
    # Art. 50(3) excepts systems "permitted by law to detect, prevent or investigate criminal
    # offences": not prosecution, which paragraphs 1, 2 and 4 add. A system authorised only to
    # prosecute is not excepted. A known "no" to the broader fact settles the narrower one as
    # "no" in the input (atoms._implied_by_the_broader), so it is not asked; the narrower fact
    # true settles this exception whatever the broader one (review11).
    Rule(
        id="art50.law_enforcement_exception_3",
        concludes="art50.law_enforcement_exception_3",
        when="transparency.permitted_by_law_detect_prevent_investigate",
        source="Art. 50(3)",
        title_en="Permitted by law to detect, prevent or investigate criminal offences (not "
        "only to prosecute them)",
        title_nl="Bij wet toegestaan om strafbare feiten op te sporen, te voorkomen of te "
        "onderzoeken (niet alleen om ze te vervolgen)",
    ),
    # Art. 50(1) alone adds "subject to appropriate safeguards for the rights and freedoms of
    # third parties" to the authorisation (review53 D1); Art. 50(2) and (4) do not, so they read
    # art50.law_enforcement_exception. The Art. 50(3) fact carries those same safeguards, so it
    # settles this exception too (review11).
    Rule(
        id="art50.law_enforcement_exception_1",
        concludes="art50.law_enforcement_exception_1",
        when=(
            "(transparency.authorised_by_law_criminal_offences "
            "and transparency.art50_1_safeguards_third_parties) "
            "or transparency.permitted_by_law_detect_prevent_investigate"
        ),
        source="Art. 50(1)",
        title_en="Authorised by law to detect, prevent, investigate or prosecute criminal "
        "offences, subject to appropriate safeguards for the rights and freedoms of third parties",
        title_nl="Bij wet toegestaan voor het opsporen, voorkomen, onderzoeken of vervolgen van "
        "strafbare feiten, met inachtneming van passende waarborgen voor de rechten en vrijheden "
        "van derden",
    ),
    Rule(
        id="art50.1",
        concludes="art50.1",
        when=(
            "transparency.interacts_directly_with_persons and not transparency.interaction_obvious "
            ""
            "and not (art50.law_enforcement_exception_1 "
            "and not transparency.available_to_public_to_report_offences)"
        ),
        source="Art. 50(1)",
        title_en="Interacts directly with natural persons, who must be informed that it is an AI "
        "system",
        title_nl="Directe interactie met natuurlijke personen, die moeten worden geïnformeerd dat "
        "zij "
        "met een AI-systeem interageren",
    ),
    *(
        Rule(
            id=f"art50.generates_synthetic.{medium}",
            concludes="art50.generates_synthetic",
            when=f"transparency.generates_synthetic_{medium}",
            source="Art. 50(2)",
            title_en=f"Generates synthetic {medium} content",
            title_nl=f"Genereert synthetische {label_nl}",
        )
        for medium, label_nl in (("audio", "audio"), ("image", "beelden"), ("video", "video"))
    ),
    # A deep fake is "AI-generated or manipulated image, audio or video content" (Art. 3(60)),
    # and Art. 50(2) marks outputs "as artificially generated or manipulated": a system that
    # generates or manipulates deep fakes is one "generating synthetic audio, image, video ...
    # content", whatever the answers to the generates_synthetic_* questions (audit 9, F8).
    Rule(
        id="art50.generates_synthetic.deep_fake",
        concludes="art50.generates_synthetic",
        when="transparency.deep_fake",
        source="Art. 50(2)",
        also_cites=("Art. 3(60)", "Art. 50(4)"),
        title_en="Generates or manipulates deep fakes, which are AI-generated or manipulated "
        "image, audio or video content (Art. 3(60))",
        title_nl="Genereert of bewerkt deepfakes, door AI gegenereerd of gemanipuleerd beeld-, "
        "audio- of videomateriaal (artikel 3, punt 60)",
    ),
    Rule(
        id="art50.generates_synthetic.text",
        concludes="art50.generates_synthetic",
        when=(
            "transparency.generates_synthetic_text and (not "
            "transparency.interacts_directly_with_persons "
            "or interp.a12_chatbot_text_synthetic)"
        ),
        source="Art. 50(2)",
        interpretation="A12",
        title_en="Generates synthetic text content (for chatbots: under reading A12)",
        title_nl="Genereert synthetische tekst (voor chatbots: volgens lezing A12)",
    ),
    Rule(
        id="art50.2",
        concludes="art50.2",
        when=(
            "art50.generates_synthetic and not transparency.assistive_standard_editing_only "
            "and not transparency.does_not_substantially_alter_input "
            "and not art50.law_enforcement_exception"
        ),
        source="Art. 50(2)",
        title_en="Outputs must be marked in a machine-readable format and detectable as "
        "artificially generated or manipulated",
        title_nl="Output moet in een machineleesbaar formaat worden gemarkeerd en detecteerbaar "
        "zijn als kunstmatig gegenereerd of gemanipuleerd",
    ),
    Rule(
        id="art50.3",
        concludes="art50.3",
        when=(
            # def.*: the direct answers, or their facts (rules/definitions.py)
            "(def.emotion_recognition_system or def.biometric_categorisation_system) "
            "and not art50.law_enforcement_exception_3"
        ),
        source="Art. 50(3)",
        title_en="Emotion recognition or biometric categorisation: inform the persons exposed",
        title_nl="Emotieherkenning of biometrische categorisering: informeer de blootgestelde "
        "personen",
    ),
    Rule(
        id="art50.4_deep_fake",
        concludes="art50.4_deep_fake",
        when="transparency.deep_fake and not art50.law_enforcement_exception",
        source="Art. 50(4), first subparagraph",
        title_en="Deep fake: disclose that the content is artificially generated or manipulated",
        title_nl="Deepfake: maak bekend dat de content kunstmatig is gegenereerd of gemanipuleerd",
    ),
    Rule(
        id="art50.4_artistic_limitation",
        concludes="art50.4_artistic_limitation",
        when="art50.4_deep_fake and transparency.evidently_artistic_creative_satirical",
        source="Art. 50(4), first subparagraph",
        title_en="Evidently artistic, creative, satirical, fictional or analogous work or "
        "programme: disclosure limited to the existence of generated content",
        title_nl="Kennelijk artistiek, creatief, satirisch, fictief of analoog werk of programma: "
        "bekendmaking beperkt tot het bestaan van gegenereerde content",
    ),
    Rule(
        id="art50.4_text",
        concludes="art50.4_text",
        when=(
            "transparency.public_interest_text and not "
            "transparency.human_review_and_editorial_responsibility "
            "and not art50.law_enforcement_exception"
        ),
        source="Art. 50(4), second subparagraph",
        title_en="Text published to inform the public on matters of public interest: disclose that "
        "it "
        "is AI-generated",
        title_nl="Tekst gepubliceerd om het publiek te informeren over aangelegenheden van "
        "algemeen "
        "belang: maak bekend dat deze door AI is gegenereerd",
    ),
    Rule(
        id="art50.system",
        concludes="art50.system",
        # A system that generates synthetic text falls under Art. 50 whatever reading A12
        # takes: under A12=not_synthetic a chatbot's text is no Art. 50(2) content, but a
        # chatbot interacts directly (Art. 50(1)); read directly, a text generator whose
        # interaction is unknown is not left undetermined (review47, round 16).
        when=(
            "transparency.interacts_directly_with_persons or art50.generates_synthetic "
            "or transparency.generates_synthetic_text "
            "or def.emotion_recognition_system or def.biometric_categorisation_system "
            "or transparency.deep_fake or transparency.public_interest_text"
        ),
        source="Art. 2(12)",
        also_cites=("Art. 50(1)", "Art. 50(2)"),
        title_en="An AI system that falls under Art. 50",
        title_nl="Een AI-systeem dat onder artikel 50 valt",
    ),
    *(
        Rule(
            id=f"art50.any.{name}",
            concludes="art50.any",
            when=f"art50.{name}",
            source=source,
            title_en="A transparency obligation applies",
            title_nl="Er geldt een transparantieverplichting",
        )
        for name, source in (
            ("1", "Art. 50(1)"),
            ("2", "Art. 50(2)"),
            ("3", "Art. 50(3)"),
            ("4_deep_fake", "Art. 50(4), first subparagraph"),
            ("4_text", "Art. 50(4), second subparagraph"),
        )
    ),
)
