"""Definitions as rules: the AI system (Art. 3(1)), the biometric definitions that gate
Art. 5(1)(f)-(h), Art. 50(3) and Annex III point 1 (Art. 3(34)-(44)), and the general-purpose AI
model (Art. 3(63)).

Each definition is derived from facts a person can answer (what the system does), read with the
Commission's guidelines where they decide cases the text leaves open. Where a guideline and the
bare text of the Act point different ways, the guideline's reading is a named interpretation
(D1-D4, :mod:`aiact.interpretations`, docs/adr/0101-0104) whose default follows the guideline.
The rules cite the Act; the guidelines are cited, with their version and paragraphs, in
:data:`GUIDELINES` and :data:`READINGS` (a guideline is not a provision a ``LegalRef`` can name).

A direct answer still decides
-----------------------------
Where the library has long taken a definition as one yes/no answer (``is_ai_system``,
``prohibited.f_emotion_recognition_workplace_education``, ``model.is_general_purpose`` ...), that
answer stays accepted from a user who knows. Each such definition ``def.<name>`` is concluded by
three rules, over ``answered.<fact>`` (true when the answer is given, false when it is not, never
unknown: :data:`aiact.atoms.SYSTEM_DIRECT_ANSWERS`):

``def.<name>.given``     the answer, when it is given;
``def.<name>.derived``   otherwise the facts of the definition (``def.elements.<name>``);
``def.<name>.question``  never true: while the facts are open, it keeps the direct question among
                         the open questions, since answering it would decide as well.

A given answer and the facts must not contradict each other: ``def.conflict.<name>`` is true when
they do, and :func:`check_consistent` (called by :func:`aiact.assess`) then refuses the input with a
:class:`DefinitionConflict` naming the field and the facts. The direct answer is thus a shorthand
for the facts: on consistent input every conclusion stays monotone in what is known (design
principle 3). Only the switches themselves are not (``answered.*`` turns from false to true when
the answer is given); :data:`SWITCHES` names them for the monotonicity invariant
(:func:`aiact.testing.invariants.check_monotone`).

Why not let the direct answer simply win: no Kleene formula f(answer, facts) can let each decide
alone in both directions (f(true, unknown) = true and f(unknown, false) = false force f(true,
false) to be both), so a contradiction has to be refused or the conclusions could reverse when a
fact becomes known.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiact.atoms import MODEL_ANSWERED, ORGANISATION_ANSWERED, SYSTEM_ANSWERED
from aiact.errors import InputError, Problem
from aiact.logic import Truth
from aiact.ruleset import Rule

if TYPE_CHECKING:  # pragma: no cover
    from aiact.assessment import Assessment
    from aiact.engine.base import Evaluation


# --------------------------------------------------------------------------- the guidelines


@dataclass(frozen=True)
class Guideline:
    """A Commission guideline as read for this library: its document number, date and title."""

    key: str
    document: str
    date: str
    title: str
    url: str
    note: str = ""

    def cite(self, paragraphs: str) -> str:
        """``Commission Guidelines on ..., C(2025) 5053 of 29.7.2025, paragraphs 49-51``."""
        return f"{self.title}, {self.document} of {self.date}, {paragraphs}"


GUIDELINES: dict[str, Guideline] = {
    guideline.key: guideline
    for guideline in (
        Guideline(
            key="ai_system",
            document="C(2025) 5053 final",
            date="29.7.2025",
            title="Commission Guidelines on the definition of an artificial intelligence system "
            "established by Regulation (EU) 2024/1689 (AI Act)",
            url="https://digital-strategy.ec.europa.eu/en/library/"
            "commission-publishes-guidelines-ai-system-definition-facilitate-first-ai-acts-rules-"
            "application",
            note="The version read. The content was first approved on 6.2.2025 as the annex to "
            "C(2025) 924 final; the paragraphs cited here (40-51) carry the same numbers in both, "
            "as far as the February text could be checked (paragraphs 42, 45 and 51).",
        ),
        Guideline(
            key="prohibited",
            document="C(2025) 5052 final",
            date="29.7.2025",
            title="Commission Guidelines on prohibited artificial intelligence practices "
            "established by Regulation (EU) 2024/1689 (AI Act)",
            url="https://digital-strategy.ec.europa.eu/en/library/"
            "commission-publishes-guidelines-prohibited-artificial-intelligence-ai-practices-"
            "defined-ai-act",
            note="The version read. The content was first approved on 4.2.2025 as the annex to "
            "C(2025) 884 final; paragraphs 248, 251 and 254 carry the same numbers in both, as "
            "far as the February text could be checked.",
        ),
        Guideline(
            key="gpai",
            document="C(2025) 5045 final",
            date="18.7.2025",
            title="Guidelines on the scope of the obligations for general-purpose AI models "
            "established by Regulation (EU) 2024/1689 (AI Act)",
            url="https://digital-strategy.ec.europa.eu/en/library/"
            "guidelines-scope-obligations-providers-general-purpose-ai-models-under-ai-act",
            note="The annex to the communication approving the guidelines. In the text as "
            "converted, the examples after paragraph 20 are printed within paragraphs 20-21.",
        ),
    )
}
"""The guidelines read for the definitions, keyed by subject."""


@dataclass(frozen=True)
class Reading:
    """A named interpretation of a definition (D1-D4): the question, the guideline's answer (the
    default) and the bare text's, with the guideline paragraphs it rests on."""

    key: str
    field: str
    fact: str
    question_en: str
    guideline: str
    paragraphs: str
    default_en: str
    alternative_en: str
    adr: str

    @property
    def source(self) -> str:
        return GUIDELINES[self.guideline].cite(self.paragraphs)


READINGS: dict[str, Reading] = {
    reading.key: reading
    for reading in (
        Reading(
            key="D1",
            field="ai_system_guideline_exclusions",
            fact="interp.d1_ai_system_guideline_exclusions",
            question_en="Is a system that learns from data or reasons from encoded knowledge, but "
            "only optimises mathematically, applies classical heuristics or predicts with a basic "
            "statistical rule, an AI system (Art. 3(1))?",
            guideline="ai_system",
            paragraphs="paragraphs 41-45 and 48-51",
            default_en="No: such systems have a limited capacity to infer and fall outside the "
            "definition.",
            alternative_en="Yes, if the other elements are present: Art. 3(1) asks whether the "
            "system infers, not how well.",
            adr="docs/adr/0101-d1-ai-system-limited-inference.md",
        ),
        Reading(
            key="D2",
            field="emotion_ban_requires_biometric_data",
            fact="interp.d2_emotion_ban_requires_biometric_data",
            question_en="Does Art. 5(1)(f) cover AI systems that infer emotions from something "
            "other than biometric data, such as written text?",
            guideline="prohibited",
            paragraphs="paragraphs 244-245 and 250-251",
            default_en="No: the prohibition is read with the definition of an emotion recognition "
            "system (Art. 3(39)), on the basis of biometric data.",
            alternative_en="Yes: Art. 5(1)(f) prohibits 'AI systems to infer emotions' without "
            "naming biometric data.",
            adr="docs/adr/0102-d2-emotion-ban-biometric-data.md",
        ),
        Reading(
            key="D3",
            field="emotion_training_use_allowed",
            fact="interp.d3_emotion_training_use_allowed",
            question_en="Is emotion recognition at work or in education allowed when used only "
            "for the person's own training, with results that cannot affect them?",
            guideline="prohibited",
            paragraphs="paragraphs 254-255",
            default_en="Yes, provided the prohibition is not circumvented.",
            alternative_en="No: Art. 5(1)(f) states only the medical or safety exception.",
            adr="docs/adr/0103-d3-emotion-training-use.md",
        ),
        Reading(
            key="D4",
            field="gpai_indicative_criterion",
            fact="interp.d4_gpai_indicative_criterion",
            question_en="Is a model presumed to be a general-purpose AI model (Art. 3(63)) when "
            "trained with more than 10^23 FLOP and able to generate language, text-to-image or "
            "text-to-video?",
            guideline="gpai",
            paragraphs="paragraphs 17-20",
            default_en="Yes, unless it can competently perform only a narrow set of tasks; below "
            "the criterion it is indicatively not general-purpose.",
            alternative_en="No: Art. 3(63) sets no compute criterion; only the direct answer "
            "(and a narrow set of tasks, which the text excludes) decides.",
            adr="docs/adr/0104-d4-gpai-indicative-criterion.md",
        ),
    )
}
"""D1-D4: the readings of the definitions, each with its guideline source and ADR."""


# --------------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class Direct:
    """A definition that a user may also answer directly with one fact."""

    name: str
    fact: str
    field: str
    """The input field of the direct answer, as a user writes it (``prohibited.f_...``)."""
    source: str
    what_en: str
    what_nl: str
    also_cites: tuple[str, ...] = ()


def _given_or_derived(d: Direct) -> tuple[Rule, ...]:
    """The three rules of ``def.<name>`` and its conflict flag (see the module docstring)."""
    answered = f"answered.{d.fact}"
    derived = f"def.elements.{d.name}"
    conclusion = f"def.{d.name}"
    return (
        Rule(
            id=f"{conclusion}.given",
            concludes=conclusion,
            when=f"{answered} and {d.fact}",
            source=d.source,
            also_cites=d.also_cites,
            title_en=f"{d.what_en}: answered directly ({d.field})",
            title_nl=f"{d.what_nl}: rechtstreeks beantwoord",
        ),
        Rule(
            id=f"{conclusion}.derived",
            concludes=conclusion,
            when=f"not {answered} and {derived}",
            source=d.source,
            also_cites=d.also_cites,
            title_en=f"{d.what_en}: derived from the facts of the definition ({d.field} not given)",
            title_nl=f"{d.what_nl}: afgeleid uit de feiten van de definitie (geen rechtstreeks "
            "antwoord gegeven)",
        ),
        Rule(
            id=f"{conclusion}.question",
            concludes=conclusion,
            when=f"not {answered} and {d.fact} and {derived}",
            source=d.source,
            also_cites=d.also_cites,
            title_en=f"{d.what_en}: while its facts are open, answering {d.field} directly would "
            "also decide",
            title_nl=f"{d.what_nl}: zolang de feiten open zijn, beslist ook een rechtstreeks "
            "antwoord",
        ),
        Rule(
            id=f"def.conflict.{d.name}",
            concludes=f"def.conflict.{d.name}",
            when=(f"{answered} and (({d.fact} and not {derived}) or (not {d.fact} and {derived}))"),
            source=d.source,
            also_cites=d.also_cites,
            title_en=f"The direct answer {d.field} contradicts the facts of the definition",
            title_nl=f"{d.what_nl}: het rechtstreekse antwoord spreekt de feiten van de definitie "
            "tegen",
        ),
    )


# --------------------------------------------------------------------------- Art. 3(1)

AI_SYSTEM = Direct(
    name="ai_system",
    fact="is_ai_system",
    field="is_ai_system",
    source="Art. 3(1)",
    what_en="An AI system",
    what_nl="Een AI-systeem",
)

_AI_SYSTEM_RULES: tuple[Rule, ...] = (
    Rule(
        id="def.ai_system_infers.techniques",
        concludes="def.ai_system_infers",
        when=(
            "(definition.learns_from_data or definition.reasons_from_encoded_knowledge) "
            "and not definition.only_predefined_rules"
        ),
        source="Art. 3(1)",
        title_en="Infers how to generate outputs: built with machine learning or with logic- and "
        "knowledge-based approaches, not only with rules defined by people (recital 12)",
        title_nl="Leidt af hoe output te genereren: gebouwd met machinaal leren of met op logica "
        "en kennis gebaseerde benaderingen, niet alleen met door mensen vastgelegde regels "
        "(overweging 12)",
    ),
    *(
        Rule(
            id=f"def.ai_system_limited_inference.{key}",
            concludes="def.ai_system_limited_inference",
            when=f"definition.only_{key}",
            source="Art. 3(1)",
            interpretation="D1",
            title_en=f"Limited capacity to infer: only {en} (Commission guidelines on the "
            f"AI-system definition, {para_en})",
            title_nl=f"Beperkt vermogen om af te leiden: alleen {nl} (richtsnoeren van de "
            f"Commissie over de definitie van een AI-systeem, {para_nl})",
        )
        # The paragraph words per language: Dutch writes "punt" / "punten" (review48).
        for key, en, nl, para_en, para_nl in (
            (
                "mathematical_optimisation",
                "improved mathematical optimisation",
                "verbeterde wiskundige optimalisatie",
                "paragraphs 42-45",
                "punten 42-45",
            ),
            (
                "classical_heuristics",
                "classical heuristics",
                "klassieke heuristiek",
                "paragraph 48",
                "punt 48",
            ),
            (
                "simple_prediction",
                "simple prediction with a basic statistical rule",
                "eenvoudige voorspelling met een elementaire statistische regel",
                "paragraphs 49-51",
                "punten 49-51",
            ),
        )
    ),
    Rule(
        id="def.ai_system_inference",
        concludes="def.ai_system_inference",
        when=(
            "def.ai_system_infers and not (interp.d1_ai_system_guideline_exclusions "
            "and def.ai_system_limited_inference)"
        ),
        source="Art. 3(1)",
        interpretation="D1",
        title_en="The element 'infers, from the input it receives, how to generate outputs' "
        "(under reading D1, not a system with a limited capacity to infer)",
        title_nl="Het element 'leidt uit de ontvangen input af hoe output te genereren' (volgens "
        "lezing D1 geen systeem met een beperkt vermogen om af te leiden)",
    ),
    Rule(
        id="def.elements.ai_system",
        concludes="def.elements.ai_system",
        when=(
            "definition.machine_based and definition.operates_with_some_autonomy "
            "and definition.has_objectives and def.ai_system_inference "
            "and definition.generates_outputs and definition.outputs_influence_environment"
        ),
        source="Art. 3(1)",
        title_en="The elements of Art. 3(1): machine-based, some autonomy, objectives, inference, "
        "outputs that can influence physical or virtual environments",
        title_nl="De elementen van artikel 3, punt 1: op een machine gebaseerd, enige autonomie, "
        "doelstellingen, afleiden, output die van invloed kan zijn op fysieke of virtuele "
        "omgevingen",
    ),
    *_given_or_derived(AI_SYSTEM),
)


# --------------------------------------------------------------------------- Art. 3(39), 5(1)(f)

EMOTION_RECOGNITION = Direct(
    name="emotion_recognition_system",
    fact="transparency.emotion_recognition",
    field="transparency.emotion_recognition",
    source="Art. 3(39)",
    also_cites=("Art. 50(3)", "Annex III, point 1(c)"),
    what_en="An emotion recognition system",
    what_nl="Een systeem voor het herkennen van emoties",
)

ART5_F = Direct(
    name="art5_f",
    fact="prohibited.f_emotion_recognition_workplace_education",
    field="prohibited.f_emotion_recognition_workplace_education",
    source="Art. 5(1)(f)",
    what_en="Infers emotions of a natural person in the areas of workplace and education "
    "institutions",
    what_nl="Leidt emoties van een natuurlijke persoon af op de werkplek of in het onderwijs",
)

_WORK_OR_EDUCATION: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("workers", "of workers", "van werknemers", ()),
    (
        "job_candidates",
        "of candidates during selection and hiring (recital 44: 'situations related to the "
        "workplace'; guidelines on prohibited practices, paragraph 254)",
        "van kandidaten tijdens selectie en aanwerving (overweging 44; richtsnoeren over "
        "verboden praktijken, punt 254)",
        (),
    ),
    ("students", "of students of an education institution", "van leerlingen of studenten", ()),
    (
        "education_applicants",
        "of candidates for admission to an education institution (guidelines on prohibited "
        "practices, paragraph 255)",
        "van kandidaten voor toelating tot een onderwijsinstelling (richtsnoeren over verboden "
        "praktijken, punt 255)",
        (),
    ),
)

_EMOTION_RULES: tuple[Rule, ...] = (
    Rule(
        id="def.elements.emotion_recognition_system",
        concludes="def.elements.emotion_recognition_system",
        when="biometrics.infers_emotions_or_intentions and biometrics.emotions_from_biometric_data",
        source="Art. 3(39)",
        also_cites=("Art. 3(34)",),
        title_en="Identifies or infers emotions or intentions of natural persons on the basis of "
        "their biometric data",
        title_nl="Stelt emoties of intenties van natuurlijke personen vast of leidt die af op "
        "basis van hun biometrische gegevens",
    ),
    *_given_or_derived(EMOTION_RECOGNITION),
    Rule(
        id="def.emotion_inference.recognition_system",
        concludes="def.emotion_inference",
        # The facts, not another direct answer: each direct answer is checked against its own
        # facts only (the old yes/no answers were never required to agree with each other).
        when="def.elements.emotion_recognition_system",
        source="Art. 5(1)(f)",
        also_cites=("Art. 3(39)",),
        title_en="An AI system to infer emotions: an emotion recognition system",
        title_nl="Een AI-systeem om emoties af te leiden: een systeem voor het herkennen van "
        "emoties",
    ),
    Rule(
        id="def.emotion_inference.any_input",
        concludes="def.emotion_inference",
        when=(
            "biometrics.infers_emotions_or_intentions "
            "and not interp.d2_emotion_ban_requires_biometric_data"
        ),
        source="Art. 5(1)(f)",
        interpretation="D2",
        title_en="An AI system to infer emotions from any input, also written text (reading D2 "
        "'text')",
        title_nl="Een AI-systeem om emoties af te leiden uit welke input ook, ook geschreven tekst "
        "(lezing D2 'tekst')",
    ),
    *(
        Rule(
            id=f"def.emotion_work_or_education.{subject}",
            concludes="def.emotion_work_or_education",
            when=f"biometrics.emotion_subjects.{subject}",
            source="Art. 5(1)(f)",
            also_cites=also,
            title_en=f"In the areas of workplace and education institutions: the emotions {en}",
            title_nl=f"Op de werkplek of in het onderwijs: de emoties {nl}",
        )
        for subject, en, nl, also in _WORK_OR_EDUCATION
    ),
    Rule(
        id="def.emotion_training_use",
        concludes="def.emotion_training_use",
        when=(
            "interp.d3_emotion_training_use_allowed "
            "and biometrics.emotion_results_only_for_own_training"
        ),
        source="Art. 5(1)(f)",
        interpretation="D3",
        title_en="Used only for the person's own training, with results that cannot affect their "
        "position (reading D3: not prohibited)",
        title_nl="Alleen gebruikt voor de eigen training van de persoon, met resultaten die diens "
        "positie niet kunnen raken (lezing D3: niet verboden)",
    ),
    Rule(
        id="def.elements.art5_f",
        concludes="def.elements.art5_f",
        when=(
            "def.emotion_inference and def.emotion_work_or_education "
            "and not def.emotion_training_use"
        ),
        source="Art. 5(1)(f)",
        title_en="Infers emotions of workers, candidates or students (not an own-training use)",
        title_nl="Leidt emoties af van werknemers, kandidaten of leerlingen (geen gebruik voor "
        "eigen training)",
    ),
    *_given_or_derived(ART5_F),
)


# --------------------------------------------------------------------------- Art. 3(40), 5(1)(g)

BIOMETRIC_CATEGORISATION = Direct(
    name="biometric_categorisation_system",
    fact="transparency.biometric_categorisation",
    field="transparency.biometric_categorisation",
    source="Art. 3(40)",
    also_cites=("Art. 50(3)",),
    what_en="A biometric categorisation system",
    what_nl="Een systeem voor biometrische categorisering",
)

ART5_G = Direct(
    name="art5_g",
    fact="prohibited.g_biometric_categorisation_sensitive_traits",
    field="prohibited.g_biometric_categorisation_sensitive_traits",
    source="Art. 5(1)(g)",
    what_en="Categorises persons individually on their biometric data to infer sensitive traits",
    what_nl="Deelt personen individueel in op basis van hun biometrische gegevens om gevoelige "
    "kenmerken af te leiden",
)

_CATEGORISATION_RULES: tuple[Rule, ...] = (
    Rule(
        id="def.elements.biometric_categorisation_system",
        concludes="def.elements.biometric_categorisation_system",
        when=(
            "biometrics.categorises_persons_by_biometric_data "
            "and not biometrics.categorisation_ancillary_and_technically_necessary"
        ),
        source="Art. 3(40)",
        # the exception as Art. 3(40) words it: both conditions together take a system out
        title_en="Assigns natural persons to specific categories on the basis of their biometric "
        "data, unless it is ancillary to another commercial service and strictly necessary for "
        "objective technical reasons",
        title_nl="Deelt natuurlijke personen in specifieke categorieën in op basis van hun "
        "biometrische gegevens, tenzij dit een aanvulling vormt op een andere commerciële dienst "
        "en om objectieve technische redenen strikt noodzakelijk is",
    ),
    *_given_or_derived(BIOMETRIC_CATEGORISATION),
    Rule(
        id="def.elements.art5_g",
        concludes="def.elements.art5_g",
        when=(  # the facts, not the direct answer transparency.biometric_categorisation
            "def.elements.biometric_categorisation_system and biometrics.categorises_individually "
            "and biometrics.infers_art5g_sensitive_traits"
        ),
        source="Art. 5(1)(g)",
        also_cites=("Art. 3(40)",),
        title_en="A biometric categorisation system that categorises persons individually to "
        "deduce or infer race, political opinions, trade union membership, religious or "
        "philosophical beliefs, sex life or sexual orientation",
        title_nl="Een systeem voor biometrische categorisering dat personen individueel indeelt "
        "om ras, politieke opvattingen, lidmaatschap van een vakbond, religieuze of "
        "levensbeschouwelijke overtuigingen, seksleven of seksuele gerichtheid af te leiden",
    ),
    *_given_or_derived(ART5_G),
)


# ---------------------------------------------------------------------- Art. 3(41)-(44), 5(1)(h)

ART5_H = Direct(
    name="art5_h",
    fact="prohibited.h_realtime_rbi_public_spaces_law_enforcement",
    field="prohibited.h_realtime_rbi_public_spaces_law_enforcement",
    source="Art. 5(1)(h)",
    what_en="Uses real-time remote biometric identification in publicly accessible spaces for "
    "law enforcement",
    what_nl="Gebruikt biometrische identificatie op afstand in real time in openbare ruimten "
    "voor rechtshandhaving",
)

_IDENTIFICATION_RULES: tuple[Rule, ...] = (
    Rule(
        id="def.remote_biometric_identification",
        concludes="def.remote_biometric_identification",
        when=(
            "biometrics.identifies_persons_by_biometric_data "
            "and biometrics.identification_without_active_involvement"
        ),
        source="Art. 3(41)",
        also_cites=("Art. 3(35)", "Art. 3(36)"),
        title_en="A remote biometric identification system: identifies persons without their "
        "active involvement by comparison with a reference database (not verification)",
        title_nl="Een systeem voor biometrische identificatie op afstand: identificeert personen "
        "zonder dat zij daar actief bij betrokken zijn, door vergelijking met een "
        "referentiedatabank (geen verificatie)",
    ),
    Rule(
        id="def.realtime_remote_biometric_identification",
        concludes="def.realtime_remote_biometric_identification",
        when=(
            "def.remote_biometric_identification "
            "and biometrics.identification_without_significant_delay"
        ),
        source="Art. 3(42)",
        title_en="Real-time: capture, comparison and identification without a significant delay",
        title_nl="In real time: vastleggen, vergelijken en identificeren zonder significante "
        "vertraging",
    ),
    Rule(
        id="def.post_remote_biometric_identification",
        concludes="def.post_remote_biometric_identification",
        when=(
            "def.remote_biometric_identification "
            "and not biometrics.identification_without_significant_delay"
        ),
        source="Art. 3(43)",
        title_en="Post-remote biometric identification: not in real time",
        title_nl="Biometrische identificatie op afstand achteraf: niet in real time",
    ),
    Rule(
        id="def.publicly_accessible_space",
        concludes="def.publicly_accessible_space",
        when="biometrics.space_is_physical and biometrics.space_accessible_to_undetermined_number",
        source="Art. 3(44)",
        title_en="A publicly accessible space: a physical place accessible to an undetermined "
        "number of natural persons",
        title_nl="Een openbare ruimte: een fysieke plek die toegankelijk is voor een onbepaald "
        "aantal natuurlijke personen",
    ),
    Rule(
        id="def.elements.art5_h",
        concludes="def.elements.art5_h",
        when=(
            "def.realtime_remote_biometric_identification and def.publicly_accessible_space "
            "and biometrics.for_law_enforcement_purposes"
        ),
        source="Art. 5(1)(h)",
        also_cites=("Art. 3(42)", "Art. 3(44)", "Art. 3(46)"),
        title_en="Real-time remote biometric identification in a publicly accessible space for "
        "the purposes of law enforcement",
        title_nl="Biometrische identificatie op afstand in real time in een openbare ruimte met "
        "het oog op de rechtshandhaving",
    ),
    *_given_or_derived(ART5_H),
)


# --------------------------------------------------------------------------- Annex III point 1

_ANNEX_III_RULES: tuple[Rule, ...] = tuple(
    Rule(
        id=f"def.annex_iii_{point}",
        concludes=f"def.annex_iii_{point}",
        when=when,
        source=f"Annex III, point 1({point[1]})",
        also_cites=(definition,),
        title_en=f"By its definition, {en}: Annex III point 1({point[1]}) (read by the "
        "classification while annex_iii.points is not given)",
        title_nl=f"Volgens de definitie {nl}: bijlage III, punt 1, {point[1]}) (gelezen door de "
        "classificatie zolang annex_iii.points niet is gegeven)",
    )
    for point, when, definition, en, nl in (
        (
            "1a",
            "def.remote_biometric_identification",
            "Art. 3(41)",
            "a remote biometric identification system",
            "een systeem voor biometrische identificatie op afstand",
        ),
        (
            "1b",
            "def.biometric_categorisation_system and (biometrics.infers_art5g_sensitive_traits "
            "or biometrics.infers_other_protected_attributes)",
            "Art. 3(40)",
            "biometric categorisation according to sensitive or protected attributes",
            "biometrische categorisering op basis van gevoelige of beschermde kenmerken",
        ),
        (
            "1c",
            "def.emotion_recognition_system",
            "Art. 3(39)",
            "an emotion recognition system",
            "een systeem voor het herkennen van emoties",
        ),
    )
)
"""What the definitions say about Annex III point 1. Each is a ground of ``hr.listed.<point>``
(rules/classification.py): Annex III point 1 names its systems by their definitions, so a system
the facts make one falls under the point also when ``annex_iii.points`` is not given (issue 12,
item 11). A given list that lacks the point contradicts the facts: ``def.conflict.annex_iii_<p>``
below, refused by :func:`check_consistent` and naming ``annex_iii.points``. So the derived ground
never overrides a known list, and a known list never leaves the point undetermined."""

_ANNEX_III_CONFLICT_RULES: tuple[Rule, ...] = tuple(
    Rule(
        id=f"def.conflict.annex_iii_{point}",
        concludes=f"def.conflict.annex_iii_{point}",
        when=f"not annex_iii.{point} and def.annex_iii_{point}"
        + (" and not annex_iii.biometric_verification_only" if point == "1a" else ""),
        source=f"Annex III, point 1({point[1]})",
        title_en=f"The given list annex_iii.points lacks point 1({point[1]}), which the facts of "
        "the definition imply",
        title_nl=f"De gegeven lijst annex_iii.points mist punt 1, {point[1]}), dat volgt uit de "
        "feiten van de definitie",
    )
    for point in ("1a", "1b", "1c")
)


# --------------------------------------------------------------------------- Art. 3(63)

GPAI_MODEL_FIELD = "is_general_purpose"
ANNEX_III_FIELD = "annex_iii.points"

MODEL_RULES: tuple[Rule, ...] = (
    *(
        Rule(
            id=f"def.gpai_generative_modality.{name}",
            concludes="def.gpai_generative_modality",
            when=f"model.definition.{name}",
            source="Art. 3(63)",
            interpretation="D4",
            title_en=f"Can generate {en} (Commission GPAI guidelines, paragraph 17)",
            title_nl=f"Kan {nl} genereren (GPAI-richtsnoeren van de Commissie, punt 17)",
        )
        for name, en, nl in (
            ("generates_language", "language (text or audio)", "taal (tekst of audio)"),
            ("generates_images_from_text", "images from text", "beelden uit tekst"),
            ("generates_video_from_text", "video from text", "video uit tekst"),
        )
    ),
    Rule(
        id="def.gpai_indicative_criterion",
        concludes="def.gpai_indicative_criterion",
        when=("model.training_compute_above_indicative_criterion and def.gpai_generative_modality"),
        source="Art. 3(63)",
        also_cites=("Art. 3(67)",),
        interpretation="D4",
        title_en="The indicative criterion: training compute greater than 10^23 FLOP and able to "
        "generate language, text-to-image or text-to-video",
        title_nl="Het indicatieve criterium: trainingsberekeningen groter dan 10^23 FLOP en in "
        "staat taal, beeld uit tekst of video uit tekst te genereren",
    ),
    Rule(
        id="def.gpai_presumed",
        concludes="def.gpai_presumed",
        when=(
            "interp.d4_gpai_indicative_criterion and def.gpai_indicative_criterion "
            "and not model.definition.narrow_tasks_only"
        ),
        source="Art. 3(63)",
        interpretation="D4",
        title_en="Presumed general-purpose by the indicative criterion (reading D4); rebuttable: "
        "not if it can competently perform only a narrow set of tasks",
        title_nl="Vermoed een AI-model voor algemene doeleinden te zijn volgens het indicatieve "
        "criterium (lezing D4); weerlegbaar: niet als het slechts een beperkt aantal taken "
        "competent kan uitvoeren",
    ),
    Rule(
        id="def.gpai_model.given",
        concludes="def.gpai_model",
        when="answered.model.is_general_purpose and model.is_general_purpose",
        source="Art. 3(63)",
        title_en="A general-purpose AI model: answered directly (is_general_purpose)",
        title_nl="Een AI-model voor algemene doeleinden: rechtstreeks beantwoord",
    ),
    Rule(
        id="def.gpai_model.presumed",
        concludes="def.gpai_model",
        # Art. 3(63) excepts "AI models that are used for research, development or prototyping
        # activities before they are placed on the market": the presumption does not reach them,
        # so while that is unknown the presumption decides nothing (and a direct "no" beside it
        # stays consistent: Kleene monotone).
        when=(
            "not answered.model.is_general_purpose and def.gpai_presumed "
            "and not model.pre_market_research_testing"
        ),
        source="Art. 3(63)",
        interpretation="D4",
        title_en="A general-purpose AI model: presumed by the indicative criterion, not rebutted "
        "(is_general_purpose not given)",
        title_nl="Een AI-model voor algemene doeleinden: vermoed volgens het indicatieve "
        "criterium, niet weerlegd (is_general_purpose niet gegeven)",
    ),
    Rule(
        id="def.gpai_model.question",
        concludes="def.gpai_model",
        # Not "and not model.pre_market_research_testing" (review48's note): a direct answer
        # is_general_purpose "yes" decides over the facts (def.gpai_model.given), so a "no"
        # here would be overturned by stating more, against Kleene monotonicity (the solver's
        # invariant finds it); the rule keeps the definition open until the answer is given.
        when=(
            "not answered.model.is_general_purpose and model.is_general_purpose "
            "and not model.definition.narrow_tasks_only"
        ),
        source="Art. 3(63)",
        title_en="Unless it performs only a narrow set of tasks, answering is_general_purpose "
        "directly would decide (below the criterion the guideline's indication is rebuttable, "
        "under reading D4 'text' there is no criterion)",
        title_nl="Tenzij het slechts een beperkt aantal taken uitvoert, beslist een rechtstreeks "
        "antwoord op is_general_purpose (onder het criterium is de aanwijzing weerlegbaar, "
        "volgens lezing D4 'tekst' is er geen criterium)",
    ),
    Rule(
        id="def.gpai_model.narrow",
        concludes="def.gpai_not_general_purpose",
        when="model.definition.narrow_tasks_only",
        source="Art. 3(63)",
        title_en="Not capable of competently performing a wide range of distinct tasks: only a "
        "narrow set (guidelines, paragraph 20 and its examples)",
        title_nl="Niet in staat een breed scala aan verschillende taken competent uit te voeren: "
        "slechts een beperkt aantal (richtsnoeren, punt 20 en de voorbeelden)",
    ),
    Rule(
        id="def.conflict.gpai_model",
        concludes="def.conflict.gpai_model",
        # Art. 3(63) excepts "AI models that are used for research, development or prototyping
        # activities before they are placed on the market" (recital 97): a stated "no" for such
        # a model agrees with the text, whatever the indicative criterion presumes.
        when=(
            "answered.model.is_general_purpose and ((model.is_general_purpose "
            "and def.gpai_not_general_purpose) or (not model.is_general_purpose "
            "and def.gpai_presumed and not model.pre_market_research_testing))"
        ),
        source="Art. 3(63)",
        title_en="The direct answer is_general_purpose contradicts the facts",
        title_nl="Het rechtstreekse antwoord is_general_purpose spreekt de feiten tegen",
    ),
)
"""The rules of Art. 3(63), for the model rule set."""

SYSTEM_RULES: tuple[Rule, ...] = (
    *_AI_SYSTEM_RULES,
    *_EMOTION_RULES,
    *_CATEGORISATION_RULES,
    *_IDENTIFICATION_RULES,
    *_ANNEX_III_RULES,
    *_ANNEX_III_CONFLICT_RULES,
)
"""The rules of Art. 3(1) and Art. 3(34)-(44), for the system rule set."""

DIRECT_ANSWERS: tuple[Direct, ...] = (
    AI_SYSTEM,
    EMOTION_RECOGNITION,
    ART5_F,
    BIOMETRIC_CATEGORISATION,
    ART5_G,
    ART5_H,
)
"""The definitions of the system rule set that a user may answer directly."""

CONFLICTS: dict[str, tuple[str, tuple[str, ...]]] = {
    **{f"def.conflict.{d.name}": (d.field, (f"def.elements.{d.name}",)) for d in DIRECT_ANSWERS},
    "def.conflict.gpai_model": (
        GPAI_MODEL_FIELD,
        ("def.gpai_presumed", "def.gpai_not_general_purpose"),
    ),
    **{
        f"def.conflict.annex_iii_{point}": (ANNEX_III_FIELD, (f"def.annex_iii_{point}",))
        for point in ("1a", "1b", "1c")
    },
}
"""Each conflict flag, the direct answer it concerns and the conclusions of the facts."""

SWITCHES: frozenset[str] = frozenset(
    {
        *(f"answered.{name}" for name in (*(d.fact for d in DIRECT_ANSWERS),)),
        "answered.model.is_general_purpose",
        "answered.annex_iii.points",
        # the switch of the Annex I list (aiact.atoms.ANNEX_I_LEGISLATION_ANSWERED) and its rule:
        # monotone on accepted input (facts._check_annex_i_listed)
        "answered.annex_i.legislation",
        "hr.annex_i.legislation_not_given",
        # the establishment switches (aiact.atoms.ORGANISATION_ANSWERED, MODEL_ANSWERED): the
        # rules that read them stay monotone on accepted input (rules/scope.py, rules/gpai.py)
        *(f"answered.{name}" for name in (*ORGANISATION_ANSWERED, *MODEL_ANSWERED)),
        # the switch of the stated placing or use in the Union (aiact.atoms.SYSTEM_ANSWERED):
        # the rules territory.placed_or_used_in_union.* stay monotone on accepted input
        *(f"answered.{name}" for name in SYSTEM_ANSWERED),
        *(f"hr.listed.{point}.definition" for point in ("1a", "1b", "1c")),
        *CONFLICTS,
        *(
            rule.id
            for rule in (*SYSTEM_RULES, *MODEL_RULES)
            if (
                rule.id.startswith("def.")
                and rule.id.endswith((".given", ".derived", ".question", ".presumed"))
            )
            or rule.concludes.startswith("def.conflict.")
        ),
    }
)
"""The names (atoms, conclusions, rule ids) that switch between a direct answer and the facts of
its definition. They change when an answer is given, by design; every conclusion they feed stays
monotone on consistent input (see the module docstring)."""


class DefinitionConflict(InputError):
    """A direct answer contradicts the facts of its definition (or a given Annex III list the
    facts that imply one of its points); each problem names the field (kind ``contradiction``)."""


@dataclass(frozen=True)
class Conflict:
    """A direct answer that the facts of its definition contradict."""

    flag: str
    field: str
    explanation: str


def _conflicts(values: Mapping[str, Truth], explain: Callable[[str], str]) -> tuple[Conflict, ...]:
    return tuple(
        Conflict(
            flag,
            field,
            "\n".join(explain(name) for name in facts if values.get(name) is not None),
        )
        for flag, (field, facts) in CONFLICTS.items()
        if values.get(flag) is True
    )


def conflicts(assessment: Assessment) -> tuple[Conflict, ...]:
    """The direct answers of ``assessment`` that the facts of their definitions contradict (an
    assessment made by :func:`aiact.assess` has none: it refuses them)."""
    return _conflicts(assessment.evaluation.values, lambda name: assessment.explain(name).text())


def check_consistent(
    evaluation: Evaluation, settled_by_list: Mapping[str, tuple[str, str]] | None = None
) -> None:
    """Refuse input whose direct answers contradict the facts of their definitions, naming the
    field, the facts and the readings (D1-D4) that decided them.

    ``settled_by_list`` maps a direct-answer field that the user left open, but that a given
    Annex III list settled as false (issue 12, item 11: the list lacks the point the fact
    implies), to that point and its citation: a contradiction there is between the list and the
    definition's facts, and the message names ``annex_iii.points``."""
    values = evaluation.values
    if not any(values.get(flag) is True for flag in CONFLICTS):
        return
    from aiact.derivation import derive

    found = _conflicts(values, lambda name: derive(evaluation, name).text())
    problems = []
    settled = settled_by_list or {}
    for conflict in found:
        facts = "\n".join("    " + line for line in conflict.explanation.splitlines())
        if conflict.field == ANNEX_III_FIELD:
            point = conflict.flag.rsplit("_", 1)[1]
            problems.append(
                Problem(
                    ANNEX_III_FIELD,
                    f"the list lacks point {point} (Annex III, point 1({point[1]})), but the "
                    "facts of the definition make the system one; add point "
                    f"{point} to annex_iii.points or correct the facts. The facts say:\n" + facts,
                    "contradiction",
                    {"point": point},
                )
            )
            continue
        if conflict.field in settled:
            point, citation = settled[conflict.field]
            problems.append(
                Problem(
                    "annex_iii.points",
                    f"the list lacks point {point} ({citation}), but the facts "
                    f"of the definition make the system one (so {conflict.field} would be true); "
                    f"add point {point} to annex_iii.points or correct the facts. The facts say:\n"
                    + facts,
                    "contradiction",
                    {"point": point, "fact": conflict.field},
                )
            )
            continue
        problems.append(
            Problem(
                conflict.field,
                "the direct answer contradicts the facts of its definition; give one or the "
                "other (or choose another reading of D1-D4). The facts say:\n" + facts,
                "contradiction",
            )
        )
    raise DefinitionConflict(problems=problems)


__all__ = [
    "CONFLICTS",
    "DIRECT_ANSWERS",
    "GUIDELINES",
    "MODEL_RULES",
    "READINGS",
    "SWITCHES",
    "SYSTEM_RULES",
    "Conflict",
    "DefinitionConflict",
    "Direct",
    "Guideline",
    "Reading",
    "check_consistent",
    "conflicts",
]
