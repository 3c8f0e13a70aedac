"""The Beslishulp AI-verordening: the Dutch government's decision aid for the AI Act.

The beslishulp (MinBZK, EUPL-1.2) is a decision tree of questions, answers that carry *labels*
(``aanbieder``, ``hoog-risico AI``, ...) and conclusions (``12.0.1``: "aanbieder van een hoog-risico
AI-systeem met transparantieverplichtingen"). This module speaks its language in both directions:

* :func:`load_decision_tree` reads the tree's YAML (``decision-tree.yaml``) and
  :func:`load_categories` its label categories (``categories.yaml``); nothing of the tree is copied
  here, because the tree changes over time;
* :func:`walk_paths` enumerates every complete answer path of the tree, evaluating the ``if``
  conditions of the redirects as the beslishulp's front end does (first match wins, over all
  labels collected so far);
* :func:`from_beslishulp` turns a list of ``(questionId, answer)`` into our input facts. A fact the
  tree does not ask stays unknown. Where an answer only says "one of several" (one of the Art. 5
  practices, one of the Annex III points), the fact stays unknown unless a :class:`Witness` names
  which one;
* :func:`to_beslishulp_labels` and :func:`to_beslishulp_conclusion` give an :class:`Assessment` in
  the tree's vocabulary (the same vocabulary as the Algoritmekader tags and the AI Act profile of
  the Algorithm Management Toolkit, see :mod:`aiact.interop.profile`);
* :data:`PRESUMPTIONS` states, each with its reason, the facts the tree does not ask but its labels
  presume (``assume_tree_defaults``); :data:`CONTRADICTIONS` the answer pairs it offers that the
  text excludes; :func:`conformance` walks every path and compares (docs/interop.md has the
  figures and the readings of questions 2.2 and 2.7.1).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from aiact.assessment import Assessment
from aiact.facts import (
    ART5_PRACTICES,
    AISystem,
    AnnexIIIPoint,
    AnnexILegislation,
    GPAIModel,
    Organisation,
    with_implied_annex_iii_points,
)
from aiact.logic import Truth

# --------------------------------------------------------------------------- the vocabulary

LabelKey = Literal[
    "system_type",
    "role",
    "in_use",
    "risk_group",
    "conformity_body",
    "systemic_risk",
    "transparency",
    "open_source",
]

#: Our key of each label category, with the beslishulp's (sub)category name and an English name.
LABEL_CATEGORIES: dict[LabelKey, tuple[str, str]] = {
    "system_type": ("Soort toepassing", "type of application"),
    "role": ("Verantwoordelijkheid", "role"),
    "in_use": ("Operationeel", "in use"),
    "risk_group": ("Risicogroep", "risk group"),
    "conformity_body": ("Conformiteitsbeoordelingsinstantie", "conformity assessment body"),
    "systemic_risk": ("Systeemrisico", "systemic risk"),
    "transparency": ("Transparantieverplichting", "transparency obligation"),
    "open_source": ("Open source", "open source"),
}

# The labels, as the beslishulp spells them (Dutch terms of the official text of the Act).
AANBIEDER = "aanbieder"
GEBRUIKSVERANTWOORDELIJKE = "gebruiksverantwoordelijke"
IMPORTEUR = "importeur"
DISTRIBUTEUR = "distributeur"
AI_SYSTEEM = "AI-systeem"
AI_SYSTEEM_AD = "AI-systeem voor algemene doeleinden"
AI_MODEL_AD = "AI-model voor algemene doeleinden"
GEEN_ALGORITME = "geen algoritme"
IN_GEBRUIK = "in gebruik"
IN_ONTWIKKELING = "in ontwikkeling"
UITZONDERING = "uitzondering van toepassing"
VERBODEN = "verboden AI"
HOOG_RISICO = "hoog-risico AI"
GEEN_HOOG_RISICO = "geen hoog-risico AI"
DERDE_PARTIJ = "beoordeling door derde partij"
NIET_VAN_TOEPASSING = "niet van toepassing"
SYSTEEMRISICO = "systeemrisico"
GEEN_SYSTEEMRISICO = "geen systeemrisico"
TRANSPARANTIE = "transparantieverplichting"
GEEN_TRANSPARANTIE = "geen transparantieverplichting"
OPEN_SOURCE = "open-source"
GEEN_OPEN_SOURCE = "geen open-source"

#: The English meaning of each label, for reports in English.
LABELS_EN: dict[str, str] = {
    AANBIEDER: "provider",
    GEBRUIKSVERANTWOORDELIJKE: "deployer",
    IMPORTEUR: "importer",
    DISTRIBUTEUR: "distributor",
    AI_SYSTEEM: "AI system",
    AI_SYSTEEM_AD: "general-purpose AI system",
    AI_MODEL_AD: "general-purpose AI model",
    GEEN_ALGORITME: "no algorithm",
    IN_GEBRUIK: "in use",
    IN_ONTWIKKELING: "in development",
    UITZONDERING: "exclusion applies (Art. 2)",
    VERBODEN: "prohibited AI practice",
    HOOG_RISICO: "high-risk AI system",
    GEEN_HOOG_RISICO: "not a high-risk AI system",
    DERDE_PARTIJ: "third-party conformity assessment",
    NIET_VAN_TOEPASSING: "not applicable",
    SYSTEEMRISICO: "systemic risk",
    GEEN_SYSTEEMRISICO: "no systemic risk",
    TRANSPARANTIE: "transparency obligation",
    GEEN_TRANSPARANTIE: "no transparency obligation",
    OPEN_SOURCE: "open source",
    GEEN_OPEN_SOURCE: "not open source",
}

#: "Not yet determined" in the beslishulp's own words (its front end's ``Nader te bepalen``).
NADER_TE_BEPALEN = "nader te bepalen"


class BeslishulpError(ValueError):
    """A decision tree or an answer list that cannot be used; the message says what and where."""


# --------------------------------------------------------------------------- the tree


@dataclass(frozen=True)
class Redirect:
    condition: str
    next_question: str | None
    next_conclusion: str | None


@dataclass(frozen=True)
class Answer:
    text: str
    labels: tuple[str, ...]
    next_question: str | None
    next_conclusion: str | None
    redirects: tuple[Redirect, ...]
    subresult: str | None


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    answers: tuple[Answer, ...]

    def answer(self, text: str) -> Answer:
        wanted = _norm(text)
        for answer in self.answers:
            if _norm(answer.text) == wanted:
                return answer
        known = "; ".join(repr(a.text) for a in self.answers)
        raise BeslishulpError(f"question {self.id}: {text!r} is not one of its answers ({known})")


@dataclass(frozen=True)
class Conclusion:
    id: str
    text: str
    obligation: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class DecisionTree:
    """The beslishulp's decision tree, as read from its YAML."""

    name: str
    version: str
    questions: Mapping[str, Question]
    conclusions: Mapping[str, Conclusion]
    first: str


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _answer(raw: Mapping[str, Any], qid: str) -> Answer:
    redirects = tuple(
        Redirect(
            condition=str(r["if"]),
            next_question=None if r.get("nextQuestionId") is None else str(r["nextQuestionId"]),
            next_conclusion=None
            if r.get("nextConclusionId") is None
            else str(r["nextConclusionId"]),
        )
        for r in raw.get("redirects") or ()
    )
    answer = Answer(
        text=str(raw["answer"]),
        labels=tuple(str(label) for label in raw.get("labels") or ()),
        next_question=None if raw.get("nextQuestionId") is None else str(raw["nextQuestionId"]),
        next_conclusion=None
        if raw.get("nextConclusionId") is None
        else str(raw["nextConclusionId"]),
        redirects=redirects,
        subresult=None if raw.get("subresult") is None else str(raw["subresult"]),
    )
    if not (answer.next_question or answer.next_conclusion or answer.redirects):
        raise BeslishulpError(f"question {qid}: answer {answer.text!r} leads nowhere")
    for redirect in redirects:
        _parse_condition(redirect.condition)  # fail early on syntax we do not understand
    return answer


def decision_tree_from_mapping(data: Mapping[str, Any]) -> DecisionTree:
    """Build a :class:`DecisionTree` from the parsed YAML."""
    try:
        questions = {
            str(q["questionId"]): Question(
                id=str(q["questionId"]),
                text=str(q["question"]),
                answers=tuple(_answer(a, str(q["questionId"])) for a in q["answers"]),
            )
            for q in data["questions"]
        }
        conclusions = {
            str(c["conclusionId"]): Conclusion(
                id=str(c["conclusionId"]),
                text=" ".join(str(c["conclusion"]).split()),
                obligation=str(c.get("obligation") or ""),
                sources=tuple(str(s.get("source", "")) for s in c.get("sources") or ()),
            )
            for c in data["conclusions"]
        }
        first = str(data["questions"][0]["questionId"])
    except (KeyError, TypeError, IndexError) as error:
        raise BeslishulpError(f"decision tree: missing or malformed field {error}") from None
    return DecisionTree(
        name=str(data.get("name", "")),
        version=str(data.get("version", "")),
        questions=questions,
        conclusions=conclusions,
        first=first,
    )


def load_decision_tree(path: str | Path) -> DecisionTree:
    """Read the beslishulp's ``decision-tree.yaml``."""
    with Path(path).open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, Mapping):
        raise BeslishulpError(f"{path}: not a decision tree (a mapping with questions)")
    return decision_tree_from_mapping(data)


def load_categories(path: str | Path) -> dict[str, str]:
    """Read ``categories.yaml``: question id (prefix) -> label subcategory."""
    with Path(path).open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return {str(row["questionId"]): str(row["subcategory"]) for row in data}


def category_of(question_id: str, categories: Mapping[str, str]) -> str | None:
    """The label subcategory of a question, by the longest matching id prefix (as the front end
    does: ``2.7.1`` before ``2.7`` before ``2``)."""
    parts = question_id.split(".")
    for size in range(min(3, len(parts)), 0, -1):
        found = categories.get(".".join(parts[:size]))
        if found is not None:
            return found
    return None


def label_key(subcategory: str) -> LabelKey | None:
    """Our key for a beslishulp label subcategory (``Open source`` -> ``open_source``)."""
    wanted = _norm(subcategory).replace("-", " ")
    for key, (name_nl, _) in LABEL_CATEGORIES.items():
        if _norm(name_nl).replace("-", " ") == wanted:
            return key
    return None


# --------------------------------------------------------------------------- conditions

_TOKEN = re.compile(r'\s*(?:(?P<str>"[^"]*")|(?P<op>&&|\|\||!|\(|\))|(?P<word>[A-Za-z_]+))')


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    position = 0
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise BeslishulpError(f"condition {text!r}: cannot read from {text[position:]!r}")
        out.append(match.group(match.lastgroup or "word"))
        position = match.end()
    return out


Condition = tuple[Any, ...]


@lru_cache(maxsize=1024)
def _parse_condition(text: str) -> Condition:
    """Parse the subset of Jexl the tree uses: ``"label" in labels``, ``!``, ``&&``, ``||``,
    parentheses."""
    tokens = _tokens(text)
    position = 0

    def peek() -> str | None:
        return tokens[position] if position < len(tokens) else None

    def take(expected: str | None = None) -> str:
        nonlocal position
        token = peek()
        if token is None or (expected is not None and token != expected):
            raise BeslishulpError(f"condition {text!r}: expected {expected or 'more'}")
        position += 1
        return token

    def disjunction() -> Condition:
        node = conjunction()
        while peek() == "||":
            take()
            node = ("or", node, conjunction())
        return node

    def conjunction() -> Condition:
        node = unary()
        while peek() == "&&":
            take()
            node = ("and", node, unary())
        return node

    def unary() -> Condition:
        token = peek()
        if token == "!":
            take()
            return ("not", unary())
        if token == "(":
            take()
            node = disjunction()
            take(")")
            return node
        if token is not None and token.startswith('"'):
            take()
            take("in")
            take("labels")
            return ("in", token[1:-1])
        raise BeslishulpError(f"condition {text!r}: unexpected {token!r}")

    node = disjunction()
    if peek() is not None:
        raise BeslishulpError(f"condition {text!r}: unexpected {peek()!r}")
    return node


def _holds(node: Condition, labels: frozenset[str]) -> bool:
    kind = node[0]
    if kind == "in":
        return bool(node[1] in labels)
    if kind == "not":
        return not _holds(node[1], labels)
    if kind == "and":
        return _holds(node[1], labels) and _holds(node[2], labels)
    return _holds(node[1], labels) or _holds(node[2], labels)


def condition_holds(condition: str, labels: Sequence[str]) -> bool:
    """Evaluate a redirect's ``if`` over the labels collected so far."""
    return _holds(_parse_condition(condition), frozenset(labels))


# --------------------------------------------------------------------------- the walker


@dataclass(frozen=True)
class AnswerPath:
    """One complete path through the tree: the answers given, the labels collected (with the
    question that gave each) and the conclusion reached."""

    answers: tuple[tuple[str, str], ...]
    labels: tuple[tuple[str, str], ...]
    conclusion: str

    def labels_by_key(self, categories: Mapping[str, str]) -> dict[LabelKey, list[str]]:
        """The path's labels grouped by our label key (via the tree's ``categories.yaml``)."""
        out: dict[LabelKey, list[str]] = {}
        for qid, label in self.labels:
            sub = category_of(qid, categories)
            key = label_key(sub) if sub is not None else None
            if key is None:
                raise BeslishulpError(
                    f"question {qid}: label {label!r} has no known category ({sub!r})"
                )
            if label not in out.setdefault(key, []):
                out[key].append(label)
        return out

    @property
    def answered(self) -> dict[str, str]:
        return dict(self.answers)


def next_step(answer: Answer, labels: Sequence[str], qid: str) -> tuple[str | None, str | None]:
    """Where an answer leads, given all labels collected (including the answer's own)."""
    if not answer.redirects:
        return answer.next_question, answer.next_conclusion
    for redirect in answer.redirects:
        if condition_holds(redirect.condition, labels):
            return redirect.next_question, redirect.next_conclusion
    raise BeslishulpError(
        f"question {qid}: answer {answer.text!r}: no redirect condition holds for labels "
        f"{sorted(set(labels))}"
    )


def walk_paths(tree: DecisionTree, max_depth: int = 64) -> Iterator[AnswerPath]:
    """Every complete answer path of the tree, depth first, in the tree's answer order."""

    def visit(
        qid: str,
        answers: tuple[tuple[str, str], ...],
        labels: tuple[tuple[str, str], ...],
    ) -> Iterator[AnswerPath]:
        if len(answers) > max_depth:
            raise BeslishulpError(f"path longer than {max_depth} answers: a cycle at {qid}?")
        question = tree.questions.get(qid)
        if question is None:
            raise BeslishulpError(f"question {qid} is referenced but not defined")
        for answer in question.answers:
            got = labels + tuple((qid, label) for label in answer.labels)
            nq, nc = next_step(answer, [label for _, label in got], qid)
            path = (*answers, (qid, answer.text))
            if nc is not None:
                if nc not in tree.conclusions:
                    raise BeslishulpError(f"conclusion {nc} is referenced but not defined")
                yield AnswerPath(path, got, nc)
            elif nq is not None:
                yield from visit(nq, path, got)

    yield from visit(tree.first, (), ())


def replay(tree: DecisionTree, answers: Sequence[tuple[str, str]]) -> AnswerPath:
    """Follow a list of answers through the tree and check that it is a complete, valid path."""
    qid: str | None = tree.first
    labels: tuple[tuple[str, str], ...] = ()
    for given_qid, text in answers:
        if given_qid != qid:
            raise BeslishulpError(f"expected an answer to question {qid}, got one to {given_qid}")
        answer = tree.questions[given_qid].answer(text)
        labels = labels + tuple((given_qid, label) for label in answer.labels)
        qid, conclusion = next_step(answer, [label for _, label in labels], given_qid)
        if conclusion is not None:
            return AnswerPath(tuple(answers), labels, conclusion)
    raise BeslishulpError(f"the answers stop before a conclusion (next question: {qid})")


# --------------------------------------------------------------------------- answers -> facts


#: Art. 5(1) practices: the facts that make each one hold (a witness) with its exceptions false.
PRACTICE_WITNESSES: dict[str, dict[str, bool]] = {
    "a": {
        "a_subliminal_manipulative_or_deceptive_techniques": True,
        "a_materially_distorts_behaviour": True,
        "a_significant_harm": True,
    },
    "b": {
        "b_exploits_vulnerabilities": True,
        "b_materially_distorts_behaviour": True,
        "b_significant_harm": True,
    },
    "c": {"c_social_scoring": True, "c_detrimental_treatment_unjustified": True},
    "d": {
        "d_crime_risk_assessment_solely_profiling": True,
        "d_supports_human_assessment_on_objective_facts": False,
    },
    "e": {"e_untargeted_facial_scraping": True},
    "f": {"f_emotion_recognition_workplace_education": True, "f_medical_or_safety_reasons": False},
    "g": {
        "g_biometric_categorisation_sensitive_traits": True,
        "g_labelling_filtering_lawful_datasets": False,
    },
    "h": {
        "h_realtime_rbi_public_spaces_law_enforcement": True,
        "h_strictly_necessary_for_listed_objective": False,
    },
    "ba": {
        "ba_generates_intimate_imagery_without_consent": True,
        "ba_only_manipulation_not_increasing_exposure": False,
        "ba_intended_purpose": True,
        "ba_used_for_that_purpose": True,
    },
}

#: The fact that starts each practice: all false when the answer to "does a practice of Art. 5
#: apply?" is no.
PRACTICE_CORE: tuple[str, ...] = ART5_PRACTICES

#: The practices question 2.1 lists (its explanation names eight of Art. 5(1) and the
#: 'Uitkleedsystemen' of point (ba)); it names no child sexual abuse material (point (bb),
#: inserted by Regulation (EU) 2026/1744), so its "Nee" leaves that fact open (a "none of
#: these" is false only for what its list covers; AUDIT.md Q4, round 11). The tree's
#: conclusions presume it false: presumption ``no-child-sexual-abuse-material``.
PRACTICES_IN_QUESTION_2_1: tuple[str, ...] = tuple(
    p for p in PRACTICE_CORE if p != "bb_generates_child_sexual_abuse_material"
)

#: The carve-outs that Annex III states within a point (false in a witness of that point).
ANNEX_III_CARVE_OUTS: dict[AnnexIIIPoint, str] = {
    AnnexIIIPoint.BIOMETRIC_REMOTE_IDENTIFICATION: "biometric_verification_only",
    AnnexIIIPoint.CREDITWORTHINESS: "financial_fraud_detection",
    AnnexIIIPoint.MIGRATION_IDENTIFICATION: "travel_document_verification",
    AnnexIIIPoint.DEMOCRACY_ELECTIONS: "campaign_logistics_only",
}

#: The Art. 6(3) conditions, by letter.
DEROGATION_FACTS: dict[str, str] = {
    "a": "narrow_procedural_task",
    "b": "improves_completed_human_activity",
    "c": "detects_patterns_without_replacing_human",
    "d": "preparatory_task",
}

#: The Art. 2 exclusions the beslishulp's question 1.5 lists, as facts of :class:`Exclusions`.
EXCLUSION_WITNESSES: dict[str, dict[str, bool]] = {
    "military": {"exclusively_military_defence_national_security": True},
    "scientific_research": {"sole_purpose_scientific_research": True},
    "pre_market_research": {
        "pre_market_research_testing": True,
        "testing_in_real_world_conditions": False,
    },
}

#: The Art. 50 situations that the beslishulp's question 2.9 lists.
TRANSPARENCY_WITNESSES: dict[str, dict[str, bool]] = {
    "chatbot": {"interacts_directly_with_persons": True, "interaction_obvious": False},
    "synthetic_image": {
        "generates_synthetic_image": True,
        "assistive_standard_editing_only": False,
        "does_not_substantially_alter_input": False,
    },
    "emotion_recognition": {"emotion_recognition": True},
    "biometric_categorisation": {"biometric_categorisation": True},
    "deep_fake": {"deep_fake": True, "evidently_artistic_creative_satirical": False},
}
TRANSPARENCY_CORE: tuple[str, ...] = (
    "interacts_directly_with_persons",
    "generates_synthetic_audio",
    "generates_synthetic_image",
    "generates_synthetic_video",
    "generates_synthetic_text",
    "emotion_recognition",
    "biometric_categorisation",
    "deep_fake",
    "public_interest_text",
)

# Witnesses for Annex I under the amended text: machinery moved from Section A (Directive
# 2006/42/EC, deleted) to Section B (Regulation (EU) 2023/1230) by Regulation (EU) 2026/1744.
_SECTION_A = tuple(
    p
    for p in AnnexILegislation
    if p.value
    in {
        "toys_2009_48",
        "recreational_craft_2013_53",
        "lifts_2014_33",
        "atex_2014_34",
        "radio_equipment_2014_53",
        "pressure_equipment_2014_68",
        "cableways_2016_424",
        "ppe_2016_425",
        "gas_appliances_2016_426",
        "medical_devices_2017_745",
        "in_vitro_diagnostics_2017_746",
    }
)
_SECTION_B = tuple(
    p
    for p in AnnexILegislation
    if p not in _SECTION_A and p is not AnnexILegislation.MACHINERY_DIRECTIVE_2006_42
)

#: Art. 51(2): the beslishulp asks "more than 10^25 FLOP?". The answers are read as the
#: smallest amount they imply ("yes": just above; "no": exactly the threshold, not above it).
_THRESHOLD = Decimal(10) ** 25


@dataclass(frozen=True)
class Witness:
    """Which member of a "one of these" answer is meant. A field left ``None`` keeps that fact
    unknown, as the answer alone does not say which one."""

    practice: str | None = None
    """The Art. 5(1) point for "yes, a prohibited practice" (a, b, c, d, e, f, g, h, ba)."""
    exclusion: str | None = None
    """The Art. 2 exclusion for "yes, an exclusion applies" (see ``EXCLUSION_WITNESSES``)."""
    annex_i_legislation: AnnexILegislation | None = None
    """The Annex I legislation, in the section the answer names."""
    annex_i_is_the_product: bool | None = None
    """The system is the product itself (true) or a safety component of it (false)."""
    annex_iii_point: AnnexIIIPoint | None = None
    """The Annex III point for "yes, listed in Annex III"."""
    derogation: str | None = None
    """The Art. 6(3) condition (a-d) for "yes, an exception to Annex III applies"."""
    transparency: str | None = None
    """The Art. 50 situation for "yes, transparency obligations" (``TRANSPARENCY_WITNESSES``)."""


@dataclass
class _Draft:
    kind: Literal["system", "model"] = "system"
    system: dict[str, Any] = field(default_factory=dict)
    model: dict[str, Any] = field(default_factory=dict)

    def put(self, group: str, name: str, value: Any) -> None:
        self.system.setdefault(group, {})[name] = value

    def puts(self, group: str, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            self.put(group, name, value)


_EXCLUDED_ROLES: dict[str, tuple[str, ...]] = {
    "provider": ("importer", "distributor"),
    "importer": ("provider", "distributor"),
    "distributor": ("provider", "importer"),
}
"""For each role, the roles of Art. 3(3), 3(6) and 3(7) that the same organisation cannot hold
for the same system (the checks of ``AISystem`` in :mod:`aiact.facts` refuse them together)."""

_ROLE_ANSWERS: dict[str, dict[str, bool | None]] = {
    "we ontwikkelen enkel": {"provider": True, "deployer": False},
    "we ontwikkelen, maar gebruiken het niet alleen zelf": {"provider": True, "deployer": True},
    "we ontwikkelen en gebruiken het zelf": {"provider": True, "deployer": True},
    # Art. 3(3): "has an AI system developed": a provider; whether it also uses it is not said.
    "we hebben opdracht gegeven om de toepassing te ontwikkelen": {"provider": True},
    "we gebruiken een extern ontwikkelde toepassing zonder aanpassingen": {
        "provider": False,
        "deployer": True,
    },
    # The modification is a fact (Art. 3(23)); whether it makes the deployer a provider is the
    # engine's conclusion for a high-risk system (Art. 25(1)(b)-(c)), and for any system a
    # question of whether the adaptation is development put into service under its own name
    # (Art. 3(3)), which the tree does not ask: the provider role stays unknown (see the
    # presumption ``adaptation-is-development``).
    "we gebruiken een extern ontwikkelde toepassing met aanpassingen": {"deployer": True},
    "we importeren van een leverancier buiten de eu": {
        "provider": False,
        "deployer": False,
        "importer": True,
    },
    "we kopen van een leverancier binnen de eu en verkopen het": {
        "provider": False,
        "deployer": False,
        "distributor": True,
    },
    "geen van bovenstaande": {
        "provider": False,
        "deployer": False,
        "importer": False,
        "distributor": False,
        "authorised_representative": False,
        "product_manufacturer": False,
    },
}


_THIRD_PARTY_SUPPLY_ANSWERS = frozenset(
    {
        "we hebben opdracht gegeven om de toepassing te ontwikkelen",
    }
)
"""The answers to question 1.2 that state a third-party supply for the system (Art. 25(4)): a
system developed by another on commission (Art. 3(3): the organisation "has an AI system ...
developed"). Not "We gebruiken een extern ontwikkelde toepassing met aanpassingen" (rev33d D2):
the organisation becomes the provider by the Art. 25(1) role shift, and the external developer is
then "the provider that initially placed the AI system on the market or put it into service"
(Art. 25(2)), bound by its own duty to cooperate (and its opt-out); whether it is also "the third
party that supplies" of Art. 25(4) the text does not settle (an open point, CHANGELOG), nor does
the answer say whether the application is made accessible to the public under a free and
open-source licence (the paragraph's last sentence). The fact stays unknown."""


def _yes(text: str) -> bool:
    return _norm(text).startswith("ja")


def _apply(draft: _Draft, qid: str, text: str, witness: Witness) -> None:
    answer = _norm(text)
    if qid == "1.1":
        if not _yes(text):
            draft.system["is_ai_system"] = False  # no algorithm: certainly no AI system
    elif qid == "1.2":
        roles = _ROLE_ANSWERS.get(answer)
        if roles is None:
            raise BeslishulpError(f"question 1.2: unknown role answer {text!r}")
        draft.puts("roles", roles)
        # Art. 3(6)-(7): an importer places on the market a system of a provider established in
        # a third country, and a distributor is a person "other than the provider or the
        # importer": a role the answer names excludes the others of these three (the models
        # refuse them together), so the answer establishes them as false.
        for named, excluded in _EXCLUDED_ROLES.items():
            if roles.get(named) is True:
                for other in excluded:
                    if other not in roles:
                        draft.put("roles", other, False)
        if "met aanpassingen" in answer:
            draft.put("value_chain", "substantial_modification", True)
        elif "zonder aanpassingen" in answer:
            draft.put("value_chain", "substantial_modification", False)
            draft.put("value_chain", "modified_intended_purpose", False)
        if answer == "geen van bovenstaande":  # no role at all: nor one that Art. 25 could shift
            draft.puts(
                "value_chain",
                {
                    "own_name_on_high_risk_system": False,
                    "substantial_modification": False,
                    "modified_intended_purpose": False,
                },
            )
        if roles.get("importer"):
            draft.put("value_chain", "provider_established_in_eu", False)
        # Art. 25(4): "the third party that supplies an AI system ... used or integrated in a
        # high-risk AI system". A system developed by another on commission is supplied by a
        # third party (sup33); the other answers do not say (the adapted external application:
        # rev33d D2, _THIRD_PARTY_SUPPLY_ANSWERS).
        if answer in _THIRD_PARTY_SUPPLY_ANSWERS:
            draft.put("value_chain", "third_party_supplies", True)
        # "We kopen van een leverancier binnen de EU": the supplier in the Union may be the
        # importer of a provider established in a third country (Art. 3(6)-(7)), so the answer
        # leaves the provider's establishment open (AUDIT.md Q12, round 11).
    elif qid == "1.3":
        pass  # in use or not: the Act turns on dates (Art. 111, 113), see ``in_use_since``
    elif qid == "1.4.1":
        if answer.startswith("ja"):
            draft.system["is_ai_system"] = True
    elif qid == "1.4.2":
        if answer == _norm(AI_SYSTEEM_AD):
            draft.system["is_ai_system"] = True
            draft.system["is_general_purpose_ai_system"] = True
        elif answer == _norm(AI_MODEL_AD):
            draft.kind = "model"
            draft.model["is_general_purpose"] = True
        else:
            draft.system["is_ai_system"] = False
    elif qid == "1.6.1":
        if _yes(text):  # human-defined rules only: no inference (Art. 3(1); recital 12)
            draft.system["is_ai_system"] = False
    elif qid in ("1.6.2", "1.6.3"):
        draft.system["is_ai_system"] = _yes(text)
    elif qid == "1.5" and draft.kind == "model":
        # Art. 2(6) and 2(8) name AI models as well as AI systems; the military exclusion of
        # Art. 2(3) concerns AI systems only, so a model "exclusion" is read as research.
        exclusion = witness.exclusion if witness.exclusion == "pre_market_research" else "research"
        draft.model["sole_purpose_scientific_research"] = _yes(text) and exclusion == "research"
        draft.model["pre_market_research_testing"] = _yes(text) and exclusion != "research"
    elif qid == "1.5":
        if _yes(text):
            if witness.exclusion is not None:
                draft.puts("exclusions", EXCLUSION_WITNESSES[witness.exclusion])
        else:
            draft.puts(
                "exclusions",
                {
                    "placed_or_used_in_eu": True,
                    "exclusively_military_defence_national_security": False,
                    "sole_purpose_scientific_research": False,
                    "pre_market_research_testing": False,
                    "international_cooperation_law_enforcement": False,
                },
            )
    elif qid == "2.1":
        if not _yes(text):
            draft.puts("prohibited", dict.fromkeys(PRACTICES_IN_QUESTION_2_1, False))
    elif qid == "2.2":
        if _yes(text):
            # Question 2.2 lists only the objectives of Art. 5(1)(h)(i)-(iii), so "Ja" is read as
            # point (h): real-time remote biometric identification in publicly accessible spaces
            # for law enforcement, strictly necessary for one of those objectives. Such a system
            # is a remote biometric identification system (Art. 3(41)-(42)), which Annex III
            # point 1(a) lists: the tree's own importer and distributor branches conclude
            # "hoog-risico" (15.0.1, 16.0.1) straight after this answer. The practices 2.1 does
            # not list (point (bb)) stay open.
            draft.puts("prohibited", dict.fromkeys(PRACTICES_IN_QUESTION_2_1, False))
            draft.puts(
                "prohibited",
                {
                    "h_realtime_rbi_public_spaces_law_enforcement": True,
                    "h_strictly_necessary_for_listed_objective": True,
                },
            )
            draft.put("annex_iii", "points", (AnnexIIIPoint.BIOMETRIC_REMOTE_IDENTIFICATION,))
            draft.put("annex_iii", "biometric_verification_only", False)
        elif witness.practice is not None:
            draft.puts("prohibited", dict.fromkeys(PRACTICE_CORE, False))
            draft.puts("prohibited", PRACTICE_WITNESSES[witness.practice])
    elif qid == "2.3":
        if "sectie" in answer:
            section = _SECTION_A if "sectie a" in answer else _SECTION_B
            if witness.annex_i_legislation is not None:
                if witness.annex_i_legislation not in section:
                    raise BeslishulpError(
                        f"witness: {witness.annex_i_legislation.value} is not in the section "
                        f"answered ({text!r})"
                    )
                draft.put("annex_i", "legislation", (witness.annex_i_legislation,))
            if witness.annex_i_is_the_product is not None:
                draft.put("annex_i", "is_the_product", witness.annex_i_is_the_product)
                if not witness.annex_i_is_the_product:
                    draft.put("annex_i", "safety_component", True)
        else:
            # "Geen van beide": no Annex I law covers the system as a safety component of a
            # product or as a product itself, so it is neither (Art. 6(1)(a): both facts are
            # about a product covered by that legislation; AISystem refuses a "yes" to either
            # beside an empty list).
            draft.put("annex_i", "legislation", ())
            draft.put("annex_i", "safety_component", False)
            draft.put("annex_i", "is_the_product", False)
    elif qid == "2.7.1":
        # Read as the conformity-assessment question of Art. 43(3) (its label is in the category
        # "Conformiteitsbeoordelingsinstantie"; the tree gave "hoog-risico AI" at 2.3 already):
        # "Ja" says the product must undergo a third-party assessment, which is also Art.
        # 6(1)(b); "Nee" may mean that the sectoral legislation lets the manufacturer opt out
        # (Art. 43(3), third subparagraph), which leaves Art. 6(1)(b) open. The procedure itself
        # is :func:`conformity_from_beslishulp`.
        if _yes(text):
            draft.put("annex_i", "third_party_conformity_assessment", True)
    elif qid == "2.4" and _rbi_established(draft):
        # Point (h) already made this Annex III point 1(a) (see 2.2); a "Nee" here contradicts
        # the text and is reported by :func:`contradictions`, not followed.
        pass
    elif qid == "2.4":
        if _yes(text):
            if witness.annex_iii_point is not None:
                draft.put("annex_iii", "points", (witness.annex_iii_point,))
                carve_out = ANNEX_III_CARVE_OUTS.get(witness.annex_iii_point)
                if carve_out is not None:
                    draft.put("annex_iii", carve_out, False)
                if witness.annex_iii_point is AnnexIIIPoint.CRITICAL_INFRASTRUCTURE:
                    # A15 (ADR 0035): under the amended text Art. 6(1a) takes out of point 2 a
                    # system solely used for non-safety aspects; a witness of "Ja" is a safety
                    # component, so that carve-out is absent too (the fact is about the system,
                    # the same one the Annex I presumption sets).
                    draft.put("annex_i", "solely_non_safety_functions", False)
        else:
            draft.put("annex_iii", "points", ())
    elif qid == "2.7.2":
        pass  # Art. 43(1)-(2): follows from the Annex III point (biometrics: point 1)
    elif qid == "2.5":
        draft.put("derogation", "profiling", _yes(text))
    elif qid == "2.6":
        if _yes(text):
            draft.put("derogation", "no_significant_risk", True)
            if witness.derogation is not None:
                draft.put("derogation", DEROGATION_FACTS[witness.derogation], True)
        else:
            draft.puts("derogation", dict.fromkeys(DEROGATION_FACTS.values(), False))
    elif qid == "2.8":
        draft.model["training_compute_flop"] = _THRESHOLD + 1 if _yes(text) else _THRESHOLD
    elif qid == "2.9":
        if _yes(text):
            if witness.transparency is not None:
                draft.puts("transparency", dict.fromkeys(TRANSPARENCY_CORE, False))
                draft.puts("transparency", TRANSPARENCY_WITNESSES[witness.transparency])
        else:
            draft.puts("transparency", dict.fromkeys(TRANSPARENCY_CORE, False))
    elif qid == "2.10":
        draft.put("transparency", "authorised_by_law_criminal_offences", _yes(text))
        if not _yes(text):  # nor, then, to detect, prevent or investigate them (Art. 50(3))
            draft.put("transparency", "permitted_by_law_detect_prevent_investigate", False)
    elif qid == "2.11":
        if draft.kind == "model":
            draft.model["free_open_source_licence"] = _yes(text)
            draft.model["parameters_publicly_available"] = _yes(text)
        else:
            draft.put("exclusions", "free_open_source_licence", _yes(text))
    elif qid == "2.0" or qid.startswith(("10", "11", "12", "13", "14", "15", "16")):
        pass  # an interstitial screen or a conclusion: no facts
    else:
        raise BeslishulpError(f"question {qid} is not known to aiact's mapping")


def _rbi_established(draft: _Draft) -> bool:
    prohibited = draft.system.get("prohibited", {})
    return prohibited.get("h_realtime_rbi_public_spaces_law_enforcement") is True


@dataclass(frozen=True)
class Presumption:
    """A fact the tree does not ask but its labels or conclusions presume, stated explicitly.

    ``when`` maps a question to the answers (prefixes, case-insensitive; ``""`` is any answer)
    on whose paths the presumption holds; all must hold, and an empty ``when`` holds on every
    path. ``facts`` are the input facts it fills (``group.name``; ``model.name`` for a GPAI
    model), only where the answers left them unknown. ``why`` says what in the tree shows the
    presumption and ``articles`` the provisions whose condition the tree skips.
    """

    id: str
    when: Mapping[str, tuple[str, ...]]
    facts: Mapping[str, Any]
    articles: tuple[str, ...]
    why: str

    def holds(self, given: Mapping[str, str]) -> bool:
        """Whether the presumption applies to these (normalised) answers."""
        for qid, prefixes in self.when.items():
            answer = given.get(qid)
            if answer is None or not any(answer.startswith(_norm(p)) for p in prefixes):
                return False
        return True


PRESUMPTIONS: tuple[Presumption, ...] = (
    Presumption(
        id="commissioned-provider-only",
        when={"1.2": ("We hebben opdracht gegeven",)},
        facts={"roles.deployer": False},
        articles=("Art. 3(3)", "Art. 3(4)"),
        why="The answer carries only the label 'aanbieder' and leads to the provider conclusions "
        "(12.x): the tree presumes that whoever has a system developed does not also use it.",
    ),
    Presumption(
        id="adaptation-is-development",
        when={"1.2": ("We gebruiken een extern ontwikkelde toepassing met aanpassingen",)},
        facts={"roles.provider": True},
        articles=("Art. 3(3)", "Art. 3(11)", "Art. 25(1)(b)"),
        why="The answer carries 'aanbieder' before the risk group is known, so it cannot rest on "
        "Art. 25(1)(b)-(c), which shift the role for high-risk systems only; the text that makes "
        "an adapter a provider whatever the risk is Art. 3(3) ('develops an AI system ... and "
        "places it on the market or puts the AI system into service under its own name or "
        "trademark'), with Art. 3(11) (putting into service 'for own use'). The tree presumes "
        "that the adaptation is such development.",
    ),
    Presumption(
        id="no-role-shift-by-name-or-product",
        when={},
        facts={
            "value_chain.own_name_on_high_risk_system": False,
            "roles.product_manufacturer": False,
        },
        articles=("Art. 25(1)(a)", "Art. 25(3)"),
        why="The tree never asks whether one puts one's own name or trademark on another's "
        "high-risk system, nor whether one places it on the market with one's own product; its "
        "roles are those of question 1.2 alone.",
    ),
    Presumption(
        id="importers-and-distributors-do-not-modify",
        when={"1.2": ("We importeren", "We kopen")},
        facts={
            "value_chain.substantial_modification": False,
            "value_chain.modified_intended_purpose": False,
        },
        articles=("Art. 3(6)", "Art. 3(7)", "Art. 25(1)(b)", "Art. 25(1)(c)"),
        why="The tree concludes 'importeur' or 'distributeur' for these answers; an importer or "
        "distributor that substantially modifies a high-risk system or changes its intended "
        "purpose becomes its provider (Art. 25(1)(b)-(c)) and is then no longer a person 'other "
        "than the provider' (Art. 3(6)-(7)). The tree presumes no such modification.",
    ),
    Presumption(
        id="annex-i-conditions-met",
        when={"2.3": ("Ja Sectie",)},
        facts={
            "annex_i.third_party_conformity_assessment": True,
            "annex_i.third_party_solely_radio_or_emc": False,
            "annex_i.solely_non_safety_functions": False,
        },
        articles=("Art. 6(1)(b)", "Art. 6(1a)", "Art. 6(1c)"),
        why="The tree labels the system 'hoog-risico AI' on this answer, before any further "
        "question: it presumes the other conditions of Art. 6(1), that the product is required "
        "to undergo a third-party conformity assessment (point (b)), and the amended Art. "
        "6(1a) and 6(1c) exceptions absent. Question 2.7.1 is then read as the procedure "
        "question of Art. 43(3) (see conformity_from_beslishulp).",
    ),
    Presumption(
        id="art5-h-conditions-met",
        when={"2.2": ("Ja",)},
        facts={
            "prohibited.h_national_law_permits": True,
            "prohibited.h_prior_authorisation": True,
            "prohibited.h_fria_and_registration": True,
            "prohibited.h_notified_authorities": True,
        },
        articles=("Art. 5(2)", "Art. 5(3)", "Art. 5(4)", "Art. 5(5)"),
        why="Question 2.2 asks only for an objective of Art. 5(1)(h)(i)-(iii) and the tree then "
        "continues as if the use were lawful; the text makes that use lawful only with national "
        "rules permitting it (5(5)), prior authorisation (5(3)), a fundamental rights impact "
        "assessment and registration (5(2), reading A6). The notification of each use (5(4)) is "
        "presumed too: a duty of each use under the default reading A23, also a condition of "
        "the exception under its alternative.",
    ),
    Presumption(
        id="no-child-sexual-abuse-material",
        when={},
        facts={"prohibited.bb_generates_child_sexual_abuse_material": False},
        articles=("Art. 5(1)",),
        why="Question 2.1 lists the prohibited practices it asks about, the 'Uitkleedsystemen' "
        "of point (ba) among them, but not the generation of child sexual abuse material, "
        "which point (bb) of Art. 5(1), inserted by Regulation (EU) 2026/1744, prohibits from 2 "
        "December 2026; no other question asks it. Its conclusions presume no such system.",
    ),
    Presumption(
        id="art5-h-no-derogation-for-importers-and-distributors",
        when={"2.2": ("Ja",), "1.2": ("We importeren", "We kopen")},
        facts={
            "derogation.narrow_procedural_task": False,
            "derogation.improves_completed_human_activity": False,
            "derogation.detects_patterns_without_replacing_human": False,
            "derogation.preparatory_task": False,
        },
        articles=("Art. 6(3)",),
        why="For an importer or distributor the tree concludes 'hoog-risico' (15.0.1, 16.0.1) "
        "straight after 2.2 'Ja', without the profiling and derogation questions it asks "
        "providers and deployers (2.5, 2.6): it presumes that none of the conditions of Art. "
        "6(3)(a)-(d) applies to the real-time remote biometric identification system.",
    ),
    Presumption(
        id="no-art80-2-finding",
        when={"2.6": ("Ja",)},
        facts={"authority_actions.msa_found_derogated_system_high_risk": False},
        articles=("Art. 80(2)", "Art. 6(3)"),
        why="On 2.6 'Ja' the tree concludes 'geen hoog-risico AI' on the provider's own Art. "
        "6(3) assessment and does not ask whether a market surveillance authority has found "
        "the system high-risk (Art. 80(2)), which under reading A30 (ADR 0032) sets the "
        "derogation aside: it presumes no such finding.",
    ),
    Presumption(
        id="art50-1-no-public-reporting",
        when={"2.10": ("",)},
        facts={"transparency.available_to_public_to_report_offences": False},
        articles=("Art. 50(1)",),
        why="Question 2.10 lifts the transparency duty for systems authorised by law for "
        "criminal offences; Art. 50(1) keeps the duty where such a system is 'available for the "
        "public to report a criminal offence', which the tree does not ask.",
    ),
    Presumption(
        id="art50-3-not-prosecution-only",
        when={"2.10": ("Ja",)},
        facts={
            "transparency.permitted_by_law_detect_prevent_investigate": True,
            "transparency.authorised_by_law_detect_prevent_investigate": True,
            "transparency.art50_1_safeguards_third_parties": True,
        },
        articles=("Art. 50(3)", "Art. 50(1)"),
        why="Question 2.10 asks once for the purposes of Art. 50(1), (2) and (4) ('opsporen, "
        "voorkomen, onderzoeken of vervolgen') and its 'Ja' lifts every transparency duty, "
        "also that of Art. 50(3), whose exception is only for systems permitted by law 'to "
        "detect, prevent or investigate criminal offences': the tree presumes the system is "
        "not authorised only to prosecute. Both exceptions hold only 'met inachtneming van "
        "passende waarborgen voor de rechten en vrijheden van derden' (Art. 50(1), (3)), and "
        "that of Art. 50(3) 'overeenkomstig het Unierecht', which the tree does not ask either: "
        "it presumes those safeguards and that accordance (round 17; review59).",
    ),
    Presumption(
        id="systemic-risk-is-the-threshold",
        when={"2.8": ("Ja",)},
        facts={
            "model.systemic_risk_rebutted": False,
            "model.commission_designated": False,
            "model.high_impact_capabilities": True,
        },
        articles=("Art. 51(1)", "Art. 51(2)", "Art. 52(2)", "Art. 52(3)"),
        why="The tree decides systemic risk on the 10^25 FLOP threshold alone: above it, it "
        "presumes the presumption of Art. 51(2) not rebutted (Art. 52(2)-(3)).",
    ),
    Presumption(
        id="no-systemic-risk-below-the-threshold",
        when={"2.8": ("Nee",)},
        facts={
            "model.systemic_risk_rebutted": False,
            "model.commission_designated": False,
            "model.high_impact_capabilities": False,
        },
        articles=("Art. 51(1)(a)", "Art. 51(1)(b)"),
        why="Below the threshold the tree presumes no high-impact capabilities shown otherwise "
        "(Art. 51(1)(a)) and no designation by the Commission (Art. 51(1)(b)).",
    ),
)
"""The facts the tree does not ask but presumes, each with the reason (docs/interop.md)."""


def presumptions_for(answers: Sequence[tuple[str, str]]) -> tuple[Presumption, ...]:
    """The presumptions that hold on a path with these answers."""
    given = {str(q): _norm(str(a)) for q, a in answers}
    return tuple(p for p in PRESUMPTIONS if p.holds(given))


def tree_assumptions(answers: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """The facts that the tree does not ask but its conclusions presume, for these answers: the
    facts of every :data:`PRESUMPTIONS` entry that holds on the path."""
    out: dict[str, Any] = {}
    for presumption in presumptions_for(answers):
        out.update(presumption.facts)
    return out


@dataclass(frozen=True)
class Contradiction:
    """A pair of answers the tree offers but the text excludes: ``when`` as for
    :class:`Presumption`. On such a path aiact follows the text, not the later answer."""

    id: str
    when: Mapping[str, tuple[str, ...]]
    articles: tuple[str, ...]
    why: str


CONTRADICTIONS: tuple[Contradiction, ...] = (
    Contradiction(
        id="rbi-outside-annex-iii",
        when={"2.2": ("Ja",), "2.4": ("Nee",)},
        articles=("Art. 3(41)", "Art. 3(42)", "Annex III, point 1(a)"),
        why="After 2.2 'Ja' (point (h): real-time remote biometric identification) the tree "
        "offers 'Nee' to 'does the system fall under Annex III?'. A real-time remote biometric "
        "identification system is 'a remote biometric identification system' (Art. 3(42)), and "
        "Annex III lists 'remote biometric identification systems' in point 1(a); the tree's "
        "own importer and distributor branches conclude high-risk (15.0.1, 16.0.1) from 2.2 "
        "'Ja' alone.",
    ),
)
"""Answer combinations the text excludes (reported apart from disagreements)."""


def contradictions(answers: Sequence[tuple[str, str]]) -> tuple[Contradiction, ...]:
    """The :data:`CONTRADICTIONS` on a path with these answers."""
    given = {str(q): _norm(str(a)) for q, a in answers}
    return tuple(c for c in CONTRADICTIONS if Presumption(c.id, c.when, {}, (), "").holds(given))


@dataclass(frozen=True)
class ConformityFacts:
    """The answers about the conformity-assessment procedure (Art. 43), which the engine does
    not take as facts: the beslishulp's label "beoordeling door derde partij" is derived from
    them and the classification (:func:`to_beslishulp_labels`)."""

    harmonised_standards_applied: bool | None = None
    """Annex III point 1: the provider has applied harmonised standards or common
    specifications (Art. 43(1), first subparagraph); where it has not, the notified-body
    procedure of Annex VII is mandatory (second subparagraph)."""
    sectoral_procedure_without_third_party: bool | None = None
    """Annex I Section A: the sectoral legislation lets the manufacturer opt out of a
    third-party assessment and it does, having applied harmonised standards (Art. 43(3), third
    subparagraph)."""


def conformity_from_beslishulp(answers: Sequence[tuple[str, str]]) -> ConformityFacts:
    """The conformity-procedure answers: question 2.7.1 (Annex I) and 2.7.2 (Annex III), both
    "is a third-party conformity assessment mandatory?"."""
    given = {str(q): _norm(str(a)) for q, a in answers}
    annex_i = given.get("2.7.1")
    annex_iii = given.get("2.7.2")
    return ConformityFacts(
        harmonised_standards_applied=None if annex_iii is None else not _yes(annex_iii),
        sectoral_procedure_without_third_party=None if annex_i is None else not _yes(annex_i),
    )


def from_beslishulp(
    answers: Sequence[tuple[str, str]],
    *,
    organisation: Organisation | None = None,
    witness: Witness | None = None,
    in_use_since: dt.date | None = None,
    assume_tree_defaults: bool = False,
) -> tuple[AISystem | GPAIModel, Organisation]:
    """Turn beslishulp answers ``[(questionId, answer), ...]`` into our input facts.

    Facts the tree does not ask stay unknown (``None``), and so do facts that an answer only
    narrows to "one of several" unless ``witness`` names which one. ``in_use_since`` gives the
    date that the answer "In gebruik" does not (Art. 111 and 113 turn on dates). The organisation
    is ``organisation`` if given (the tree asks nothing about it), else an unknown one.

    ``assume_tree_defaults`` fills the facts the tree does not ask with the value its conclusions
    silently presume (see :func:`tree_assumptions`), to separate legal disagreements from
    questions the tree does not ask.
    """
    draft = _Draft()
    chosen = witness or Witness()
    for qid, text in answers:
        _apply(draft, str(qid), str(text), chosen)
    if assume_tree_defaults:
        for path, value in tree_assumptions(answers).items():
            group, _, name = path.partition(".")
            if group == "model":
                draft.model.setdefault(name, value)
            else:
                draft.system.setdefault(group, {}).setdefault(name, value)
    org = organisation if organisation is not None else Organisation()
    answered = {str(q): _norm(str(a)) for q, a in answers}
    in_use = answered.get("1.3") == _norm("In gebruik")
    if draft.kind == "model":
        model = dict(draft.model)
        roles = draft.system.get("roles", {})
        model["provider"] = roles.get("provider")
        if in_use and in_use_since is not None:
            model["placed_on_market"] = in_use_since
        return GPAIModel.model_validate(model), org
    system = dict(draft.system)
    if in_use and in_use_since is not None:
        system["put_into_service"] = in_use_since
    # Issue 12, item 11: a fact that implies an Annex III point (real-time remote biometric
    # identification -> point 1(a)) is derived, not contradicted by the 2.4 answer.
    system = with_implied_annex_iii_points(system)
    return AISystem.model_validate(system), org


# --------------------------------------------------------------------------- assessment -> labels

_EXCLUSION_RULES = (
    "scope.excluded.military_defence_national_security",
    "scope.excluded.international_cooperation",
    "scope.excluded.scientific_research",
    "scope.excluded.pre_market_research",
)


def _rule(assessment: Assessment, rule_id: str) -> Truth:
    return assessment.evaluation.rule_values.get(rule_id)


def _excluded_by_art2(assessment: Assessment) -> bool:
    """Outside the Act by one of the Art. 2 exclusions the beslishulp's question 1.5 lists."""
    return any(_rule(assessment, r) is True for r in _EXCLUSION_RULES) or (
        assessment.value("scope.territorial") is False
    )


def _pick(value: Truth, yes: str, no: str) -> list[str]:
    return [] if value is None else [yes if value else no]


def _in_use(assessment: Assessment) -> list[str]:
    if assessment.kind == "model":
        assert assessment.model is not None
        day = assessment.model.placed_on_market
    else:
        assert assessment.system is not None
        dates = [
            d
            for d in (assessment.system.placed_on_market, assessment.system.put_into_service)
            if d is not None
        ]
        day = min(dates) if dates else None
    if day is None:
        return []
    return [IN_GEBRUIK if day <= assessment.as_of else IN_ONTWIKKELING]


def _system_type(assessment: Assessment) -> list[str]:
    if assessment.kind == "model":
        return [AI_MODEL_AD] if assessment.value("gpai.model") is True else []
    if assessment.value("scope.ai_system") is not True:
        return []
    if assessment.value("is_general_purpose_ai_system") is True:
        return [AI_SYSTEEM_AD]
    return [AI_SYSTEEM]


def _roles(assessment: Assessment) -> list[str]:
    roles = assessment.roles
    out = []
    for key, label in (
        ("provider", AANBIEDER),
        ("model_provider", AANBIEDER),
        ("deployer", GEBRUIKSVERANTWOORDELIJKE),
        ("importer", IMPORTEUR),
        ("distributor", DISTRIBUTEUR),
    ):
        if roles.get(key) is True:
            out.append(label)
    return out


def _conformity_body(assessment: Assessment, conformity: ConformityFacts) -> list[str]:
    """Whether a third-party conformity assessment is mandatory (Art. 43).

    Art. 43 concerns high-risk AI systems: for any other system "niet van toepassing". Annex I
    Section A: the sectoral procedure (Art. 43(3)), third-party unless the sectoral legislation
    lets the manufacturer opt out and it does (third subparagraph). Annex III point 1: a notified
    body unless the provider has applied harmonised standards or common specifications
    (Art. 43(1)). Annex III points 2-8: internal control (Art. 43(2)). Undetermined (``[]``)
    where the answer turns on a procedure fact that is unknown."""
    if assessment.value("hr.high_risk") is False:
        return [NIET_VAN_TOEPASSING]
    if assessment.value("hr.annex_i_a") is True:
        opt_out = conformity.sectoral_procedure_without_third_party
        return [] if opt_out is None else [NIET_VAN_TOEPASSING if opt_out else DERDE_PARTIJ]
    if assessment.value("hr.annex_iii") is not True or assessment.system is None:
        return []
    points = assessment.system.annex_iii.points or ()
    if any(p.area == 1 for p in points):
        applied = conformity.harmonised_standards_applied
        return [] if applied is None else [NIET_VAN_TOEPASSING if applied else DERDE_PARTIJ]
    return [NIET_VAN_TOEPASSING]


def to_beslishulp_labels(
    assessment: Assessment, conformity: ConformityFacts | None = None
) -> dict[LabelKey, list[str]]:
    """The assessment in the beslishulp's label vocabulary, by label category.

    A category holds the labels that the assessment establishes; it is empty when the assessment
    leaves it undetermined (the beslishulp's "nader te bepalen") or when it does not apply.
    ``conformity`` gives the procedure facts that decide ``conformity_body`` (Art. 43(1), (3));
    without them that label is known only where it does not depend on them.
    """
    labels: dict[LabelKey, list[str]] = {key: [] for key in LABEL_CATEGORIES}
    labels["system_type"] = _system_type(assessment)
    labels["role"] = _roles(assessment)
    labels["in_use"] = _in_use(assessment)
    if assessment.kind == "model":
        if assessment.value("gpai.model") is True and assessment.value("gpai.in_scope") is False:
            labels["risk_group"] = [UITZONDERING]  # Art. 2(6), 2(8): "AI systems or AI models"
            return labels
        if assessment.value("gpai.in_scope") is True:
            labels["systemic_risk"] = _pick(
                assessment.value("gpai.systemic_risk"), SYSTEEMRISICO, GEEN_SYSTEEMRISICO
            )
            labels["open_source"] = _pick(
                assessment.value("gpai.open_source_release"), OPEN_SOURCE, GEEN_OPEN_SOURCE
            )
        return labels
    if assessment.value("scope.ai_system") is not True:
        return labels
    if _excluded_by_art2(assessment):
        labels["risk_group"] = [UITZONDERING]
        return labels
    if assessment.value("art5.any") is True:
        labels["risk_group"] = [VERBODEN]
    else:
        labels["risk_group"] = _pick(
            assessment.value("hr.high_risk"), HOOG_RISICO, GEEN_HOOG_RISICO
        )
        labels["conformity_body"] = _conformity_body(assessment, conformity or ConformityFacts())
    labels["transparency"] = _pick(assessment.value("art50.any"), TRANSPARANTIE, GEEN_TRANSPARANTIE)
    foss = assessment.value("exclusions.free_open_source_licence")
    labels["open_source"] = _pick(foss, OPEN_SOURCE, GEEN_OPEN_SOURCE)
    return labels


def to_beslishulp_conclusion(assessment: Assessment) -> str | None:
    """The beslishulp conclusion (``13.0.3``, ...) that the assessment corresponds to, or ``None``
    when the assessment leaves it undetermined.

    The numbering is the beslishulp's: ``11.x`` the Act does not apply (``11.1`` not an AI system,
    ``11.2`` an exclusion, ``11.3`` no role); ``12`` aanbieder, ``13`` gebruiksverantwoordelijke,
    ``14`` both, ``15`` importeur, ``16`` distributeur; then ``0`` AI-systeem, ``1`` AI-systeem
    voor algemene doeleinden, ``2`` AI-model; then the risk group (systems: ``0`` verboden, ``1``
    hoog-risico met transparantie, ``2`` hoog-risico, ``3`` transparantie, ``4`` geen van beide;
    importers and distributors: ``0``, ``1`` hoog-risico, ``3`` niet hoog-risico; models: ``1``
    systeemrisico, ``2`` open source, ``3`` overige).
    """
    if assessment.kind == "model":
        return _model_conclusion(assessment)
    if _role_group(assessment) == "11.3":
        return "11.3"  # no role under Art. 2(1): the Act gives this organisation no duty
    ai = assessment.value("scope.ai_system")
    if ai is not True:
        return "11.1" if ai is False else None
    if _excluded_by_art2(assessment):
        return "11.2"
    prohibited = assessment.value("art5.any")
    high = assessment.value("hr.high_risk")
    transparency = assessment.value("art50.any")
    if _rule(assessment, "scope.excluded.open_source") is True:
        return "11.2"
    group = _role_group(assessment)
    if group is None:
        return None
    if group == "11.3":
        return group
    kind = "1" if assessment.value("is_general_purpose_ai_system") is True else "0"
    if prohibited is True:
        return f"{group}.0.0"
    if prohibited is None or high is None:
        return None
    if group in ("15", "16"):
        return f"{group}.{kind}.{1 if high else 3}"
    if transparency is None:
        return None
    risk = {(True, True): 1, (True, False): 2, (False, True): 3, (False, False): 4}[
        (high, transparency)
    ]
    return f"{group}.{kind}.{risk}"


def _role_group(assessment: Assessment) -> str | None:
    roles = assessment.roles
    provider = roles.get("model_provider" if assessment.kind == "model" else "provider")
    deployer = roles.get("deployer")
    if provider is True and deployer is True:
        return "14"
    if provider is True and deployer is False:
        return "12"
    if provider is False and deployer is True:
        return "13"
    if (provider is None or deployer is None) and (provider is True or deployer is True):
        return None
    if roles.get("importer") is True:
        return "15"
    if roles.get("distributor") is True:
        return "16"
    if provider is True:
        return "12"
    if all(roles.get(r) is False for r in ("provider", "deployer", "importer", "distributor")):
        return "11.3"
    return None


def _model_conclusion(assessment: Assessment) -> str | None:
    gpai = assessment.value("gpai.model")
    if gpai is not True:
        return "11.2" if gpai is False else None
    in_scope = assessment.value("gpai.in_scope")
    if in_scope is not True:
        return "11.2" if in_scope is False else None  # Art. 2(6), 2(8)
    provider = assessment.roles.get("model_provider")
    if provider is None:
        return None
    if provider is False:
        return "11.3"
    systemic = assessment.value("gpai.systemic_risk")
    if systemic is True:
        return "12.2.1"
    if systemic is None:
        return None
    release = assessment.value("gpai.open_source_release")
    if release is None:
        return None
    return "12.2.2" if release else "12.2.3"


def labels_text(labels: Mapping[LabelKey, Sequence[str]], lang: Literal["nl", "en"] = "nl") -> str:
    """The labels as one line per category, in Dutch (the beslishulp's words) or English."""
    lines = []
    for key, values in labels.items():
        name_nl, name_en = LABEL_CATEGORIES[key]
        if lang == "nl":
            shown = ", ".join(values) if values else NADER_TE_BEPALEN
            lines.append(f"{name_nl}: {shown}")
        else:
            shown = ", ".join(LABELS_EN.get(v, v) for v in values) if values else "undetermined"
            lines.append(f"{name_en}: {shown}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- conformance


@dataclass(frozen=True)
class Difference:
    """One label category (or the conclusion) where our answer differs from the tree's path."""

    key: str
    """A label key (``risk_group``, ...) or ``conclusion``."""
    tree: tuple[str, ...]
    ours: tuple[str, ...]
    """Empty when our assessment leaves it undetermined."""

    @property
    def undetermined(self) -> bool:
        """Ours leaves it open: no label where the tree has one, or only part of the tree's
        labels (a role list with a role still open)."""
        return set(self.ours) < set(self.tree)


@dataclass(frozen=True)
class PathResult:
    index: int
    path: AnswerPath
    witness: Witness
    conclusion: str | None
    differences: tuple[Difference, ...]
    moot: tuple[str, ...] = ()
    """Label categories the tree gives but its own conclusion makes moot (not compared)."""
    contradictions: tuple[str, ...] = ()
    """Ids of the :data:`CONTRADICTIONS` on the path: answers the text excludes."""

    @property
    def agrees(self) -> bool:
        return not self.differences


def moot_labels(path: AnswerPath, categories: Mapping[str, str]) -> tuple[LabelKey, ...]:
    """The label categories of ``path`` that the tree's own conclusion makes moot.

    The conformity label ("beoordeling door derde partij" / "niet van toepassing") is given at
    question 2.7.2 before the Art. 6(3) derogation is asked (2.5-2.6). The tree consults it only
    in its high-risk conclusions ("In het geval van het label 'beoordeling door derde partij'
    dient de uitvoering door een conformiteitsbeoordelingsinstantie te worden verzorgd"), and
    Art. 43 concerns high-risk AI systems only; on a path whose risk group ends other than
    "hoog-risico AI" the label has no consequence in either, and is not compared.
    """
    labels = path.labels_by_key(categories)
    risk = labels.get("risk_group", [])
    if labels.get("conformity_body") and (not risk or risk[-1] != HOOG_RISICO):
        return ("conformity_body",)
    return ()


#: Conclusions that our vocabulary does not separate: "no algorithm" and "an algorithm but not an
#: AI system" are both outside Art. 3(1).
EQUIVALENT_CONCLUSIONS: dict[str, str] = {"11.0": "11.1"}


def witness_for(path: AnswerPath, index: int) -> Witness:
    """A deterministic witness for a path: rotate through the members of every "one of these"
    answer, so that over all paths every member is exercised, consistently with the other
    answers (a third-party conformity assessment for Annex III means biometrics, point 1)."""
    given = {q: _norm(a) for q, a in path.answers}
    annex_i = given.get("2.3", "")
    section = _SECTION_A if "sectie a" in annex_i else _SECTION_B
    biometric = given.get("2.7.2", "").startswith("ja")
    points = [p for p in AnnexIIIPoint if (p.area == 1) == biometric]
    # Issue 12, item 8: point (h) prohibits only "the use", so it witnesses "a prohibited practice"
    # only for an organisation that uses the system.
    uses = _ROLE_ANSWERS.get(given.get("1.2", ""), {}).get("deployer") is True
    practices = [p for p in PRACTICE_WITNESSES if uses or p != "h"]
    # Issue 12, item 11: an emotion recognition system is Annex III point 1(c), so it cannot
    # witness "yes, Art. 50" on a path that answered "not in Annex III" (2.4).
    not_annex_iii = given.get("2.4", "").startswith("nee")
    situations = [
        t for t in TRANSPARENCY_WITNESSES if not (not_annex_iii and t == "emotion_recognition")
    ]
    # Round 16 (review48): research "prior to their being placed on the market or put into
    # service" (Art. 2(8)) cannot witness the exclusion of an importer's or distributor's system
    # (each places it on the market, Art. 3(6), 3(7), 3(9)) nor of one in use: the input check
    # refuses the pair (aiact.date_facts.guard_pre_market).
    role = _ROLE_ANSWERS.get(given.get("1.2", ""), {})
    placed = role.get("importer") is True or role.get("distributor") is True
    placed = placed or given.get("1.3") == _norm("In gebruik")
    exclusions = [e for e in EXCLUSION_WITNESSES if not (placed and e == "pre_market_research")]
    return Witness(
        practice=practices[index % len(practices)],
        exclusion=exclusions[index % len(exclusions)],
        annex_i_legislation=section[index % len(section)] if "sectie" in annex_i else None,
        annex_i_is_the_product=index % 2 == 1,
        annex_iii_point=points[index % len(points)],
        derogation=list(DEROGATION_FACTS)[index % len(DEROGATION_FACTS)],
        transparency=situations[index % len(situations)],
    )


def compare(
    path: AnswerPath,
    categories: Mapping[str, str],
    assessment: Assessment,
    conformity: ConformityFacts | None = None,
) -> tuple[str | None, tuple[Difference, ...]]:
    """Our conclusion for the path's facts, and where our labels and conclusion differ from it.

    A label category is compared where the tree gives labels and its conclusion does not make
    them moot (:func:`moot_labels`). ``in_use`` is compared only where our assessment has a date
    to decide it (the tree's answer is not a date). ``conformity`` defaults to the procedure
    answers on the path (:func:`conformity_from_beslishulp`).
    """
    facts = conformity if conformity is not None else conformity_from_beslishulp(path.answers)
    ours = to_beslishulp_labels(assessment, facts)
    moot = moot_labels(path, categories)
    differences = []
    for key, values in path.labels_by_key(categories).items():
        if key in moot or (key == "in_use" and not ours[key]):
            continue
        if set(values) != set(ours[key]):
            differences.append(Difference(key, tuple(sorted(values)), tuple(sorted(ours[key]))))
    conclusion = to_beslishulp_conclusion(assessment)
    expected = EQUIVALENT_CONCLUSIONS.get(path.conclusion, path.conclusion)
    if conclusion != expected:
        differences.append(
            Difference(
                "conclusion", (path.conclusion,), () if conclusion is None else (conclusion,)
            )
        )
    return conclusion, tuple(differences)


def conformance(
    tree: DecisionTree,
    categories: Mapping[str, str],
    *,
    as_of: dt.date,
    organisation: Organisation | None = None,
    assume_tree_defaults: bool = False,
    in_use_since: dt.date | None = None,
) -> list[PathResult]:
    """Walk every complete path, assess its facts and compare our answer with the tree's."""
    from aiact.api import assess, assess_model

    results = []
    for index, path in enumerate(walk_paths(tree)):
        witness = witness_for(path, index)
        subject, org = from_beslishulp(
            path.answers,
            organisation=organisation,
            witness=witness,
            in_use_since=in_use_since,
            assume_tree_defaults=assume_tree_defaults,
        )
        assessment = (
            assess_model(subject, org, as_of)
            if isinstance(subject, GPAIModel)
            else assess(subject, org, as_of)
        )
        conclusion, differences = compare(path, categories, assessment)
        results.append(
            PathResult(
                index,
                path,
                witness,
                conclusion,
                differences,
                moot=moot_labels(path, categories),
                contradictions=tuple(c.id for c in contradictions(path.answers)),
            )
        )
    return results
