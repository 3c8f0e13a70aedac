"""Definitions as rules (issue 13): Art. 3(1), 3(34)-(44) and 3(63) derived from facts, with the
Commission guidelines' readings D1-D4.

Unit tests quote the Art. 3 points from the law text (../shared/reference/law), properties hold
the derivation to the design: a direct answer decides or is refused loudly, written text is never
Art. 5(1)(f) under reading D2, an unknown element keeps the definition open unless another decides
it, conclusions are monotone in what is known, and the two engines agree. The scenario files
tests/scenarios/definitions_*.yaml hold the guidelines' own examples.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from reference import REFERENCE_DIR

import aiact
from aiact.atoms import model_input_names, system_input_names
from aiact.engine import EngineUnavailableError
from aiact.facts import AISystemDefinition, BiometricFacts, EmotionSubject, GPAIModelDefinition
from aiact.interpretations import Interpretations
from aiact.refs import LegalRef
from aiact.rules import MODEL_RULES, SYSTEM_RULES, definitions
from aiact.rules.definition_questions import QUESTIONS
from aiact.rules.definitions import (
    CONFLICTS,
    GUIDELINES,
    READINGS,
    SWITCHES,
    DefinitionConflict,
    conflicts,
)
from aiact.testing import invariants as inv

LAW_EN = REFERENCE_DIR / "law" / "aiact-2024-1689.en.md"
LAW_NL = REFERENCE_DIR / "law" / "aiact-2024-1689.nl.md"

ORG = {"kind": "public_authority", "member_state": "NL", "established_in_eu": True}
DAY = "2026-11-28"

#: The six elements of Art. 3(1) besides inference, all true: an AI system once it infers.
ELEMENTS = {
    "machine_based": True,
    "operates_with_some_autonomy": True,
    "has_objectives": True,
    "learns_from_data": True,
    "reasons_from_encoded_knowledge": False,
    "only_predefined_rules": False,
    "only_mathematical_optimisation": False,
    "only_classical_heuristics": False,
    "only_simple_prediction": False,
    "generates_outputs": True,
    "outputs_influence_environment": True,
}
DECIDING = (
    "machine_based",
    "operates_with_some_autonomy",
    "has_objectives",
    "generates_outputs",
    "outputs_influence_environment",
)


def _system(**data: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "roles": ["deployer"],
        "exclusions": {"placed_or_used_in_eu": True},
        "prohibited": {"f_medical_or_safety_reasons": False},
        "transparency": {"authorised_by_law_criminal_offences": False},
    }
    base.update(data)
    return base


# --------------------------------------------------------------------------- the law text


@cache
def _point(number: str, law: str = "en") -> str:
    """The text of Art. 3, point (number), from the law text."""
    path = LAW_EN if law == "en" else LAW_NL
    if not path.is_file():
        pytest.skip(f"law text not found at {path} (../shared is absent)")
    text = path.read_text(encoding="utf-8")
    pattern = (
        rf"^- \({number}\) (.*)$" if law == "en" else rf"^- {number}\) (.*)$"
    )  # the Dutch text numbers "1)" instead of "(1)"
    match = re.search(pattern, text, flags=re.MULTILINE)
    assert match is not None, f"Art. 3({number}) not found in {path.name}"
    return match.group(1)


def _art5_1(point: str) -> str:
    if not LAW_EN.is_file():
        pytest.skip("law text absent")
    text = LAW_EN.read_text(encoding="utf-8")
    match = re.search(rf"^- \({point}\) (the placing on the market.*|the use of .*)$", text, re.M)
    assert match is not None
    return match.group(1)


def test_art3_1_elements_are_the_facts() -> None:
    """Art. 3(1): "a machine-based system that is designed to operate with varying levels of
    autonomy and that may exhibit adaptiveness after deployment, and that, for explicit or implicit
    objectives, infers, from the input it receives, how to generate outputs ... that can influence
    physical or virtual environments". Each element but the facultative adaptiveness ("may") is a
    fact; the rule of def.elements.ai_system reads all of them."""
    text = _point("1")
    for words in (
        "machine-based system",
        "varying levels of autonomy",
        "may exhibit adaptiveness",
        "explicit or implicit objectives",
        "infers, from the input it receives, how to generate outputs",
        "predictions, content, recommendations, or decisions",
        "can influence physical or virtual environments",
    ):
        assert words in text, words
    rule = next(r for r in SYSTEM_RULES if r.id == "def.elements.ai_system")
    assert rule.source == "Art. 3(1)"
    for fact in DECIDING:
        assert f"definition.{fact}" in rule.reads
    assert "def.ai_system_inference" in rule.reads
    assert "adaptive" not in " ".join(AISystemDefinition.model_fields)


def test_art3_39_requires_biometric_data_but_art5_1_f_does_not_say_so() -> None:
    """Art. 3(39): "... identifying or inferring emotions or intentions of natural persons on the
    basis of their biometric data"; Art. 5(1)(f): "AI systems to infer emotions of a natural person
    in the areas of workplace and education institutions" - without biometric data. That gap is
    reading D2."""
    assert "on the basis of their biometric data" in _point("39")
    art5f = _art5_1("f")
    assert "to infer emotions of a natural person in the areas of workplace" in art5f
    assert "biometric" not in art5f
    rule = next(r for r in SYSTEM_RULES if r.id == "def.emotion_inference.any_input")
    assert rule.interpretation == "D2" and rule.source == "Art. 5(1)(f)"
    # The Dutch text: "op basis van hun biometrische gegevens" (Art. 3, punt 39).
    assert "op basis van hun biometrische gegevens" in _point("39", "nl")


def test_art3_40_ancillary_exception() -> None:
    """Art. 3(40): "... on the basis of their biometric data, unless it is ancillary to another
    commercial service and strictly necessary for objective technical reasons"."""
    text = _point("40")
    assert "unless it is ancillary to another commercial service" in text
    assert "strictly necessary for objective technical reasons" in text
    a = aiact.assess(
        _system(
            is_ai_system=True,
            biometrics={
                "categorises_persons_by_biometric_data": True,
                "categorisation_ancillary_and_technically_necessary": True,
            },
        ),
        ORG,
        DAY,
    )
    assert a.value("def.biometric_categorisation_system") is False


def test_art3_41_to_44_identification_real_time_and_public_space() -> None:
    """Art. 3(41): "without their active involvement ... through the comparison ... with the
    biometric data contained in a reference database"; 3(42): "without a significant delay";
    3(43): "other than a real-time remote biometric identification system"; 3(44): "any publicly
    or privately owned physical place accessible to an undetermined number of natural persons"."""
    assert "without their active involvement" in _point("41")
    assert "reference database" in _point("41")
    assert "without a significant delay" in _point("42")
    assert "other than a real-time remote biometric identification system" in _point("43")
    assert "physical place accessible to an undetermined number of natural persons" in _point("44")
    assert "one-to-one verification" in _point("36")
    live = {
        "identifies_persons_by_biometric_data": True,
        "identification_without_active_involvement": True,
        "identification_without_significant_delay": True,
        "space_is_physical": True,
        "space_accessible_to_undetermined_number": True,
        "for_law_enforcement_purposes": True,
    }
    a = aiact.assess(_system(is_ai_system=True, biometrics=live), ORG, DAY)
    assert a.value("def.realtime_remote_biometric_identification") is True
    assert a.value("def.post_remote_biometric_identification") is False
    assert a.value("def.art5_h") is True
    later = {**live, "identification_without_significant_delay": False}
    b = aiact.assess(_system(is_ai_system=True, biometrics=later), ORG, DAY)
    assert b.value("def.post_remote_biometric_identification") is True
    assert b.value("art5.h") is False


def test_art3_63_sets_no_compute_criterion() -> None:
    """Art. 3(63): "displays significant generality and is capable of competently performing a
    wide range of distinct tasks" - no FLOP figure: the 10^23 criterion is the guideline's
    (reading D4)."""
    text = _point("63")
    assert "capable of competently performing a wide range of distinct tasks" in text
    assert "FLOP" not in text and "10" not in text
    rule = next(r for r in MODEL_RULES if r.id == "def.gpai_indicative_criterion")
    assert rule.interpretation == "D4"


def test_every_definition_rule_cites_the_act() -> None:
    """The rules cite the Act (Art. 3 points, Art. 5, Annex III); the guidelines are cited in the
    readings D1-D4, which name a document, a date and paragraphs."""
    for rule in (*definitions.SYSTEM_RULES, *definitions.MODEL_RULES):
        for text in (rule.source, *rule.also_cites):
            ref = LegalRef.parse(text)
            assert ref.act == "2024/1689", (rule.id, text)
        if rule.interpretation is not None:
            assert rule.interpretation in READINGS, rule.id
    for reading in READINGS.values():
        assert re.search(
            r"C\(2025\) \d{3,4} final of \d{1,2}\.\d{1,2}\.2025, paragraphs? ", (reading.source)
        ), reading.source
        assert reading.field in Interpretations.model_fields
        assert reading.fact in Interpretations().as_facts()
        assert Interpretations().labels()[reading.key] == "guideline"
    assert {g.document for g in GUIDELINES.values()} == {
        "C(2025) 5053 final",
        "C(2025) 5052 final",
        "C(2025) 5045 final",
    }


def test_each_reading_has_its_adr() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for reading in READINGS.values():
        adr = root / reading.adr
        assert adr.is_file(), adr
        text = adr.read_text(encoding="utf-8")
        assert reading.key in text and GUIDELINES[reading.guideline].document in text


# --------------------------------------------------------------------------- direct answers


def test_a_contradicting_direct_answer_is_refused_naming_both() -> None:
    """is_ai_system: true with the facts of a simple prediction system (guidelines C(2025) 5053,
    paragraph 51) contradicts Art. 3(1) under reading D1: refused, naming the field and the fact;
    under reading D1 'text' the facts make it an AI system and the answer stands."""
    system = _system(is_ai_system=True, definition={**ELEMENTS, "only_simple_prediction": True})
    with pytest.raises(DefinitionConflict) as caught:
        aiact.assess(system, ORG, DAY)
    message = str(caught.value)
    assert "is_ai_system" in message and "definition.only_simple_prediction = true" in message
    assert isinstance(caught.value, ValueError)
    text = aiact.assess(system, ORG, DAY, interpretations={"ai_system_guideline_exclusions": False})
    assert text.value("scope.ai_system") is True and conflicts(text) == ()


def test_a_direct_answer_without_facts_decides() -> None:
    assert aiact.assess(_system(is_ai_system=False), ORG, DAY).value("scope.ai_system") is False
    yes = aiact.assess(_system(is_ai_system=True), ORG, DAY)
    assert yes.value("scope.ai_system") is True
    assert yes.why("scope.ai_system").steps[0].rule.id == "scope.ai_system"


def test_text_sentiment_on_employees_was_prohibited_and_is_not() -> None:
    """The issue's case: a text sentiment tool used on employees. Guidelines C(2025) 5052,
    paragraph 251: written text "is not based on biometric data and therefore does not fall within
    the scope of the prohibition" (Art. 5(1)(f) read with Art. 3(39))."""
    facts = {
        "infers_emotions_or_intentions": True,
        "emotions_from_biometric_data": False,
        "emotion_subjects": ["workers"],
        "emotion_results_only_for_own_training": False,
    }
    a = aiact.assess(_system(is_ai_system=True, biometrics=facts), ORG, DAY)
    assert a.value("art5.f") is False and a.value("def.emotion_recognition_system") is False
    assert "art5_1_f" not in {r.id for r in a.obligations if r.applies}


def test_gpai_conflict_is_refused() -> None:
    model = {
        "is_general_purpose": True,
        "training_compute_flop": "1e24",
        "definition": {"generates_language": True, "narrow_tasks_only": True},
    }
    with pytest.raises(DefinitionConflict, match="is_general_purpose"):
        aiact.assess_model(model, ORG, DAY)


def test_gpai_criterion_boundary_is_strictly_greater() -> None:
    """Guidelines C(2025) 5045, paragraph 17: training compute "greater than 10^23 FLOP"."""
    base = {
        "definition": {"generates_language": True, "narrow_tasks_only": False},
        # Art. 3(63): the presumption does not reach pre-market research models
        "pre_market_research_testing": False,
    }
    at = aiact.assess_model({**base, "training_compute_flop": str(Decimal(10) ** 23)}, ORG, DAY)
    above = aiact.assess_model({**base, "training_compute_flop": "1.0000001e23"}, ORG, DAY)
    assert at.value("def.gpai_indicative_criterion") is False
    assert at.value("gpai.model") is None  # below the criterion the direct answer is needed
    assert above.value("gpai.model") is True


def test_emotion_subjects_are_one_open_question() -> None:
    a = aiact.assess(
        _system(is_ai_system=True, biometrics={"infers_emotions_or_intentions": True}), ORG, DAY
    )
    facts = {q.fact for q in a.open_questions}
    assert "biometrics.emotion_subjects" in facts
    assert not any(f.startswith("biometrics.emotion_subjects.") for f in facts)


# --------------------------------------------------------------------------- properties

flag = st.sampled_from([True, False, None])


def _valid(model: type[Any], data: dict[str, Any]) -> dict[str, Any] | None:
    try:
        return dict(model.model_validate(data).model_dump(mode="json"))
    except ValueError:
        return None


@st.composite
def definition_facts(draw: st.DrawFn) -> dict[str, Any]:
    data = {name: draw(flag) for name in AISystemDefinition.model_fields}
    valid = _valid(AISystemDefinition, data)
    assume(valid is not None)
    assert valid is not None
    return valid


@st.composite
def biometric_facts(draw: st.DrawFn) -> dict[str, Any]:
    data: dict[str, Any] = {
        name: draw(flag) for name in BiometricFacts.model_fields if name != "emotion_subjects"
    }
    data["emotion_subjects"] = draw(
        st.none() | st.lists(st.sampled_from(list(EmotionSubject)), max_size=3)
    )
    valid = _valid(BiometricFacts, data)
    assume(valid is not None)
    assert valid is not None
    return valid


readings = st.builds(
    Interpretations,
    ai_system_guideline_exclusions=st.booleans(),
    emotion_ban_requires_biometric_data=st.booleans(),
    emotion_training_use_allowed=st.booleans(),
    gpai_indicative_criterion=st.booleans(),
)

DIRECT_SYSTEM = {
    "is_ai_system": ("is_ai_system",),
    "transparency.emotion_recognition": ("transparency", "emotion_recognition"),
    "transparency.biometric_categorisation": ("transparency", "biometric_categorisation"),
    "prohibited.f_emotion_recognition_workplace_education": (
        "prohibited",
        "f_emotion_recognition_workplace_education",
    ),
    "prohibited.g_biometric_categorisation_sensitive_traits": (
        "prohibited",
        "g_biometric_categorisation_sensitive_traits",
    ),
    "prohibited.h_realtime_rbi_public_spaces_law_enforcement": (
        "prohibited",
        "h_realtime_rbi_public_spaces_law_enforcement",
    ),
}


@st.composite
def systems(draw: st.DrawFn) -> dict[str, Any]:
    data = _system(definition=draw(definition_facts()), biometrics=draw(biometric_facts()))
    data["prohibited"] = {"f_medical_or_safety_reasons": draw(flag)}
    data["transparency"] = {"authorised_by_law_criminal_offences": draw(flag)}
    for path in DIRECT_SYSTEM.values():
        value = draw(flag)
        if len(path) == 1:
            data[path[0]] = value
        else:
            data[path[0]][path[1]] = value
    return data


def _assess(data: dict[str, Any], readings: Interpretations, **kw: Any) -> Any:
    try:
        return aiact.assess(data, ORG, DAY, interpretations=readings, **kw)
    except DefinitionConflict:
        return None


PREDICATES = {
    "is_ai_system": ("def.ai_system", "def.elements.ai_system"),
    "transparency.emotion_recognition": (
        "def.emotion_recognition_system",
        "def.elements.emotion_recognition_system",
    ),
    "transparency.biometric_categorisation": (
        "def.biometric_categorisation_system",
        "def.elements.biometric_categorisation_system",
    ),
    "prohibited.f_emotion_recognition_workplace_education": ("def.art5_f", "def.elements.art5_f"),
    "prohibited.g_biometric_categorisation_sensitive_traits": (
        "def.art5_g",
        "def.elements.art5_g",
    ),
    "prohibited.h_realtime_rbi_public_spaces_law_enforcement": (
        "def.art5_h",
        "def.elements.art5_h",
    ),
}


@settings(suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(systems(), readings)
def test_the_direct_answer_decides_or_is_refused(
    data: dict[str, Any], readings: Interpretations
) -> None:
    """Each definition: a given direct answer is the conclusion; when the facts decide the other
    way, assess refuses the input (DefinitionConflict) and never answers silently."""
    try:
        a = aiact.assess(data, ORG, DAY, interpretations=readings)
    except DefinitionConflict as error:
        # Refused only for a real contradiction: re-evaluate without the check to see it.
        from aiact.api import _organisation
        from aiact.atoms import system_atoms
        from aiact.date_facts import system_date_atoms
        from aiact.engine import get_engine
        from aiact.engine.compile import ruleset_for

        system = aiact.AISystem.model_validate(data)
        version = aiact.LawVersion.parse("amended")
        inputs = system_atoms(
            system, _organisation(ORG), readings, system_date_atoms(system, version, readings)
        )
        values = get_engine("native").evaluate(ruleset_for("system", version), inputs).values
        real = [
            fact
            for fact, (_, facts) in PREDICATES.items()
            if values.get(f"answered.{fact}")
            and values.get(facts) is not None
            and values.get(facts) is not values.get(fact)
        ]
        assert real, error
        named = " ".join(
            f"{problem.path} {problem.message} {dict(problem.params)}"
            for problem in getattr(error, "problems", ())
        )
        assert all(f in named or f in str(error) for f in real)
        return
    for fact, (conclusion, facts) in PREDICATES.items():
        given_value = a.value(fact)
        if given_value is not None:
            assert a.value(conclusion) is given_value, fact
            assert a.value(facts) in (None, given_value), fact
        else:
            assert a.value(conclusion) is a.value(facts) or (
                a.value(facts) is None and a.value(conclusion) is None
            ), fact


@settings(suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(systems(), st.booleans(), st.booleans())
def test_text_only_emotion_inference_is_never_art5_1_f(
    data: dict[str, Any], training: bool, exclusions: bool
) -> None:
    """Under reading D2 (the guideline, C(2025) 5052, paragraphs 245, 250-251), an emotion
    inference from written text only is never the practice of Art. 5(1)(f), nor an emotion
    recognition system (Art. 3(39)), whatever else is known, unless answered directly."""
    data["biometrics"]["infers_emotions_or_intentions"] = True
    data["biometrics"]["emotions_from_biometric_data"] = False
    data["prohibited"].pop("f_emotion_recognition_workplace_education", None)
    data["transparency"].pop("emotion_recognition", None)
    readings = Interpretations(
        emotion_training_use_allowed=training, ai_system_guideline_exclusions=exclusions
    )
    a = _assess(data, readings)
    assume(a is not None)
    assert a.value("art5.f") is False
    assert a.value("def.emotion_recognition_system") is False


@given(st.sampled_from(DECIDING), st.sampled_from(DECIDING), st.booleans())
def test_an_unknown_element_keeps_the_definition_open_unless_another_decides(
    unknown: str, other: str, other_value: bool
) -> None:
    """Art. 3(1) is a conjunction of its elements: with one element unknown and the others present,
    whether the system is an AI system is open (and that element is asked); an element known to be
    absent decides it (not an AI system) whatever the unknown one."""
    facts = {**ELEMENTS, unknown: None}
    if other != unknown:
        facts[other] = other_value
    a = aiact.assess(_system(definition=facts), ORG, DAY)
    decided = other != unknown and other_value is False
    assert a.value("scope.ai_system") is (False if decided else None)
    if not decided:
        assert f"definition.{unknown}" in {q.fact for q in a.open_questions}
        assert "is_ai_system" in {q.fact for q in a.open_questions}


@settings(suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(systems(), readings, st.data())
def test_conclusions_are_monotone_in_the_facts_of_the_definitions(
    data: dict[str, Any], readings: Interpretations, choice: st.DataObject
) -> None:
    """Forgetting facts of the definitions (and direct answers) never reverses a conclusion
    (design principle 3); only the switches of the direct answers change by design."""
    more = _assess(data, readings)
    assume(more is not None)
    paths = [("definition", k) for k, v in data["definition"].items() if v is not None]
    paths += [("biometrics", k) for k, v in data["biometrics"].items() if v is not None]
    paths += [p for p in DIRECT_SYSTEM.values() if _get(data, p) is not None]
    assume(paths)
    forgotten = choice.draw(st.lists(st.sampled_from(paths), min_size=1, max_size=4, unique=True))
    less_data = _copy(data)
    for path in forgotten:
        _set(less_data, path, None)
    less = _assess(less_data, readings)
    assert less is not None  # forgetting facts cannot create a contradiction
    inv.check_monotone(less, more)


def _get(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data.get(path[-1])


def _set(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def _copy(data: dict[str, Any]) -> dict[str, Any]:
    return {k: (dict(v) if isinstance(v, dict) else v) for k, v in data.items()}


@st.composite
def models(draw: st.DrawFn) -> dict[str, Any]:
    definition = {name: draw(flag) for name in GPAIModelDefinition.model_fields}
    return {
        "is_general_purpose": draw(flag),
        "training_compute_flop": draw(
            st.none() | st.sampled_from(["1e22", "1e23", "2e23", "1e24", "3e25"])
        ),
        "definition": definition,
        "provider": True,
    }


@settings(suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(models(), st.booleans(), st.data())
def test_gpai_model_is_monotone_and_the_answer_decides(
    model: dict[str, Any], criterion: bool, choice: st.DataObject
) -> None:
    readings = Interpretations(gpai_indicative_criterion=criterion)
    try:
        more = aiact.assess_model(model, ORG, DAY, interpretations=readings)
    except DefinitionConflict:
        assert model["is_general_purpose"] is not None
        return
    if model["is_general_purpose"] is not None:
        assert more.value("gpai.model") is model["is_general_purpose"]
    elif model["definition"]["narrow_tasks_only"] is True:
        assert more.value("gpai.model") is False  # Art. 3(63): a narrow set of tasks
    elif not criterion:
        assert more.value("gpai.model") is None  # the text sets no criterion
    name = choice.draw(st.sampled_from(["is_general_purpose", *GPAIModelDefinition.model_fields]))
    less_model = {**model, "definition": dict(model["definition"])}
    if name == "is_general_purpose":
        less_model[name] = None
    else:
        less_model["definition"][name] = None
    less = aiact.assess_model(less_model, ORG, DAY, interpretations=readings)
    inv.check_monotone(less, more)


@pytest.fixture(scope="module")
def durable() -> None:
    try:
        from aiact.engine.durable import durable_engine

        durable_engine()
    except EngineUnavailableError as error:  # pragma: no cover - depends on the interpreter
        pytest.skip(f"durable-rules is not available here ({error})")


@settings(
    max_examples=60, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow]
)
@given(systems(), readings)
def test_the_engines_agree_on_the_definitions(
    durable: None, data: dict[str, Any], readings: Interpretations
) -> None:
    native = _assess(data, readings)
    assume(native is not None)
    inv.check_engines_agree(native, _assess(data, readings, engine="durable"))


# --------------------------------------------------------------------------- the switches


def test_the_switches_are_only_the_direct_answers() -> None:
    """Only ``answered.*``, the given/derived/question rules, the conflict flags and the rules
    that derive Annex III point 1 while no list is given (``hr.listed.1x.definition``, switched
    by ``answered.annex_iii.points``) and the rule of Art. 6(1) while no list of Annex I
    legislation is given (``hr.annex_i.legislation_not_given``, switched by
    ``answered.annex_i.legislation``) are exempt from the monotonicity invariant; every
    definition itself is checked."""
    listed = {f"hr.listed.{point}.definition" for point in ("1a", "1b", "1c")}
    listed.add("hr.annex_i.legislation_not_given")
    assert listed <= SWITCHES
    assert all(
        name.startswith(("answered.", "def.conflict.", "def."))
        and (
            name.startswith(("answered.", "def.conflict."))
            or name.endswith((".given", ".derived", ".question", ".presumed"))
        )
        for name in SWITCHES - listed
    )
    for conclusion in (
        "def.ai_system",
        "def.art5_f",
        "def.gpai_model",
        "scope.ai_system",
        "hr.listed.1a",
    ):
        assert conclusion not in SWITCHES
    assert set(CONFLICTS) <= SWITCHES


# --------------------------------------------------------------------------- the questions


def _read_facts() -> set[str]:
    names = system_input_names() | model_input_names()
    facts: set[str] = set()
    for rule in (*definitions.SYSTEM_RULES, *definitions.MODEL_RULES):
        if rule.id.startswith("def.conflict."):
            # A conflict flag reads the answer it checks (annex_iii.points, or the Art. 3(63)
            # exception model.pre_market_research_testing): asked by the main questionnaire.
            continue
        for atom in rule.reads:
            if atom in names and not atom.startswith(("interp.", "answered.")):
                facts.add(atom)
    # The Art. 3(63) exception (pre-market research, development or prototyping) is Art. 2(8)'s
    # exclusion fact, asked by the main questionnaire's exclusions question.
    facts.discard("model.pre_market_research_testing")
    return facts


def _field(atom: str) -> str:
    from aiact.assessment import question_for

    return (
        "model.training_compute_flop"
        if atom.startswith("model.training_compute")
        else (question_for(atom))
    )


def test_every_fact_of_the_definitions_has_a_question() -> None:
    asked = {fact for q in QUESTIONS for fact in q.facts}
    missing = sorted({_field(atom) for atom in _read_facts()} - asked)
    assert not missing, missing


def test_questions_are_well_formed() -> None:
    names = system_input_names() | model_input_names()
    fields = {_field(n) for n in names} | {"model.training_compute_flop"}
    ids = [q.id for q in QUESTIONS]
    assert len(ids) == len(set(ids))
    for q in QUESTIONS:
        assert q.kind in ("yes_no", "one_of", "several_of", "amount"), q.id
        for fact in q.facts:
            assert fact in fields, (q.id, fact)
        for cite in q.cites:
            LegalRef.parse(cite)
        for text in (q.text_en, q.text_nl, q.help_en, q.help_nl):
            assert text.strip() and len(text) < 600, q.id
        if q.kind == "amount":
            assert not q.options
            continue
        assert q.options, q.id
        for option in q.options:
            assert option.label_en and option.label_nl
            for fact in option.sets:
                assert fact in q.facts or fact in fields, (q.id, fact)
        if q.kind in ("yes_no", "one_of"):
            assert any(all(v is None for v in o.sets.values()) for o in q.options), q.id


def test_questions_use_the_official_dutch_terms() -> None:
    """The Dutch terms of Regulation (EU) 2024/1689 (glossary.nl.json): AI-systeem, systeem voor
    het herkennen van emoties, biometrische gegevens, AI-model voor algemene doeleinden ..."""
    dutch = " ".join(q.text_nl + " " + q.help_nl for q in QUESTIONS)
    for term in (
        "AI-systeem",
        "systeem voor het herkennen van emoties",
        "biometrische gegevens",
        "systeem voor biometrische categorisering",
        "biometrische identificatie op afstand",
        "openbare ruimten",
        "rechtshandhaving",
        "AI-model voor algemene doeleinden",
    ):
        assert term in dutch, term
    glossary = REFERENCE_DIR / "law" / "glossary.nl.json"
    if glossary.is_file():
        import json

        terms = json.loads(glossary.read_text(encoding="utf-8"))
        assert terms["emotion recognition system"]["nl"] == "systeem voor het herkennen van emoties"
        assert terms["general-purpose AI model"]["nl"] == "AI-model voor algemene doeleinden"
