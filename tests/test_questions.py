"""The question catalogue (aiact.questions): every input fact reachable, both languages, the
official Dutch terms, and the data format."""

from __future__ import annotations

import json
import re
from functools import cache

import pytest

from aiact.date_facts import DAY_ATOMS
from aiact.engine.compile import ruleset_for
from aiact.questions import SUBJECT_QUESTION, catalogue, unreachable_fields
from aiact.questions.assumptions import apply_assumptions, assumption_sets
from aiact.questions.catalogue import load_catalogue
from aiact.questions.fields import atom_fields, fields
from aiact.questions.model import Question, QuestionError, load_questions
from aiact.refs import LegalRef
from aiact.versions import LawVersion
from tests.reference import REFERENCE_DIR

LAW = REFERENCE_DIR / "law"


@pytest.mark.parametrize("kind", ["system", "model"])
@pytest.mark.parametrize("law", list(LawVersion))
def test_every_input_fact_the_rules_read_is_reachable_by_a_question(
    kind: str, law: LawVersion
) -> None:
    ruleset = ruleset_for(kind, law)  # type: ignore[arg-type]
    read = sorted(
        {a for r in ruleset.rules for a in r.reads if a not in ruleset.predicates}
        - {a for a in ruleset.inputs if a.startswith("interp.")}
        - set(DAY_ATOMS)  # computed from the day assessed (the interview's context), not asked
    )
    table = atom_fields(kind)  # type: ignore[arg-type]
    settled = {p for q in catalogue().for_kind(kind) for p in q.facts}  # type: ignore[arg-type]
    without_field = [a for a in read if a not in table]
    unasked = sorted({a for a in read if a in table and not table[a] & settled})
    assert not without_field, f"rule inputs that no input field feeds: {without_field}"
    assert not unasked, (
        f"input facts that no question asks (add questions for them to "
        f"aiact/questions/data.py or the module declaring them): {unasked}"
    )


@pytest.mark.parametrize("kind", ["system", "model"])
def test_every_input_field_is_settled_by_a_question(kind: str) -> None:
    missing = unreachable_fields(kind)  # type: ignore[arg-type]
    assert not missing, f"input fields that no question asks: {missing}"


def _all_questions() -> list[Question]:
    return [SUBJECT_QUESTION, *catalogue()]


def test_every_question_and_option_has_dutch_and_english_text() -> None:
    for question in _all_questions():
        assert question.text_en.strip() and question.text_nl.strip(), question.id
        assert question.text_en != question.text_nl, question.id
        assert bool(question.help_en) == bool(question.help_nl), question.id
        for option in question.options:
            assert option.text_en.strip() and option.text_nl.strip(), (question.id, option.id)
        for definition in question.definitions:
            LegalRef.parse(definition.cite)
        for cite in question.cites:
            LegalRef.parse(cite)


def test_ids_are_stable_and_unique() -> None:
    ids = [q.id for q in catalogue()]
    assert len(ids) == len(set(ids))
    # Lower case, digits and underscores; a dot separates the group of a question declared
    # elsewhere (aiact.rules.definition_questions: ``ai_system.technique``).
    assert all(re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)?", i) for i in ids), ids


def test_catalogue_is_json() -> None:
    data = catalogue().to_dict("nl")
    assert json.loads(json.dumps(data)) == data
    assert {q["id"] for q in data["questions"]} == {q.id for q in catalogue()}


def test_answers_set_the_facts_declared() -> None:
    roles = catalogue().get("roles")
    assert roles.sets(["deployer"]) == {
        "roles.provider": False,
        "roles.deployer": True,
        "roles.importer": False,
        "roles.distributor": False,
        "roles.authorised_representative": False,
        "roles.product_manufacturer": False,
        "value_chain.own_name_on_high_risk_system": False,
        "value_chain.substantial_modification": False,
        "value_chain.modified_intended_purpose": False,
        "value_chain.initial_provider_of_shifted_system": False,
        "value_chain.supplies_components_for_high_risk": False,
    }
    partial = roles.sets({"chosen": ["deployer"], "unsure": ["supplier"]})
    assert partial["roles.deployer"] is True
    assert "value_chain.supplies_components_for_high_risk" not in partial
    assert roles.sets(None) == {}
    points = catalogue().get("annex_iii_points")
    assert points.sets(["point_5a", "point_4a"]) == {"annex_iii.points": ("4a", "5a")}
    assert points.sets([]) == {"annex_iii.points": ()}
    assert points.sets({"chosen": ["point_5a"], "unsure": ["point_4a"]}) == {}
    first = catalogue().get("first_placing")
    assert first.sets("2025-01-31") == {
        "placed_on_market": __import__("datetime").date(2025, 1, 31)
    }
    with pytest.raises(QuestionError, match="not a date"):
        first.sets("31-01-2025")
    with pytest.raises(QuestionError, match="not one of its answers"):
        roles.sets(["boss"])
    turnover = catalogue().get("org_turnover")
    with pytest.raises(QuestionError, match="0 or more"):
        turnover.sets("-5")


def test_a_question_for_a_new_fact_is_one_mapping() -> None:
    """The format other modules use to add questions (aiact.rules.definition_questions)."""
    loaded = load_questions(
        [
            {
                "id": "example",
                "kind": "yes_no",
                "fact": "context.workplace_use",
                "text_en": "Used at work?",
                "text_nl": "Op het werk gebruikt?",
                "cites": ["Art. 26(7)"],
            }
        ],
        {},
        "test",
    )
    assert loaded[0].facts == ("context.workplace_use",)
    assert loaded[0].sets("no") == {"context.workplace_use": False}
    with pytest.raises(QuestionError, match="unknown field"):
        load_questions(
            [{"id": "x", "fact": "context.nope", "text_en": "a", "text_nl": "b"}], {}, "test"
        )
    assert len(load_catalogue(("aiact.questions.data", "aiact.no_such_module"))) == len(
        load_catalogue(("aiact.questions.data",))
    )


def test_assumption_sets_fill_only_unknown_facts() -> None:
    facts = {"exclusions.free_open_source_licence": True}
    filled, assumed = apply_assumptions(facts, "system", ["no_art2_exclusions"])
    assert filled["exclusions.free_open_source_licence"] is True
    assert "exclusions.free_open_source_licence" not in assumed
    assert assumed["exclusions.exclusively_military_defence_national_security"] is False
    for aset in assumption_sets().values():
        for cite in aset.cites:
            LegalRef.parse(cite)
        assert set(aset.facts) <= set(fields("system")) | set(fields("model"))
    with pytest.raises(ValueError, match="unknown assumption"):
        apply_assumptions({}, "system", ["everything_is_fine"])


# --------------------------------------------------------------------------- Dutch

#: Words that appear in Dutch question texts although the Dutch text of the Act does not use
#: them in this form, each reviewed: names and abbreviations, numbers, and plain Dutch words.
DUTCH_ALLOWED = frozenset(
    {
        "sis",
        "vis",
        "eurodac",
        "ees",
        "etias",
        "ecris-tcn",
        "midcap",
        "kmo's",
        "e24",
        "1e24",
        "10^25",
        "jjjj-mm-dd",
        # Dutch words that are also English words (not in the Dutch text of the Act):
        "storing",  # 'elektromagnetische storing', electromagnetic disturbance
        "stem",  # 'via een chat of stem', by voice
        "net",  # 'net zo min', no more than
        "media",  # 'sociale media'
        "filter",  # 'een filter om een bril te passen'
        "concert",  # 'een stadion of een concert'
        "websites",  # 'Online: websites, chatrooms, sociale media'
        "bis",  # 'lid 1 bis': the Dutch numbering of an inserted paragraph (English '1a')
    }
)

#: Renderings that are not the official Dutch terms of the Act (the official term after ->).
NOT_OFFICIAL: dict[str, str] = {
    "gebruiker": "gebruiksverantwoordelijke (deployer)",
    "gebruikers": "gebruiksverantwoordelijken (deployers)",
    "leverancier": "aanbieder (provider)",
    "hoog-risico": "met een hoog risico",
    "hoogrisico": "met een hoog risico",
    "ai systeem": "AI-systeem",
    "ai-systemen met hoog risico": "AI-systemen met een hoog risico",
    "algemeen doel": "voor algemene doeleinden",
    "general purpose": "voor algemene doeleinden",
    "foundation model": "AI-model voor algemene doeleinden",
    "vrijgeven als open source": "vrije en opensource licentie",
}

#: Where a glossary term is a verb phrase or inflects, the part that must appear in Dutch.
CORE: dict[str, str] = {
    "placing on the market": "in de handel",
    "putting into service": "in gebruik",
    "making available on the market": "op de markt",
    "testing in real-world conditions": "onder reële omstandigheden",
    "high-risk AI system": "met een hoog risico",
    "intended purpose": "beoogde? doel",
    "AI system": "ai-syste(e|m)m",
}


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_][\w'^\-]*", text.lower())


@cache
def _vocabulary(name: str) -> frozenset[str]:
    path = LAW / name
    if not path.exists():
        pytest.skip(f"the law texts are absent ({LAW}); the Dutch-vocabulary test needs them")
    words: set[str] = set()
    for word in _words(path.read_text(encoding="utf-8")):
        words.add(word)
        words.update(p for p in word.split("-") if p)
    return frozenset(words)


def _dutch_texts(question: Question) -> list[str]:
    texts = [question.text_nl, question.help_nl]
    texts += [o.text_nl for o in question.options] + [o.help_nl for o in question.options]
    texts += [d.term_nl for d in question.definitions]
    return [t for t in texts if t]


def _english_texts(question: Question) -> list[str]:
    texts = [question.text_en, question.help_en]
    texts += [o.text_en for o in question.options] + [o.help_en for o in question.options]
    return [t for t in texts if t]


def _english_words(texts: list[str]) -> set[str]:
    """Words of ``texts`` that the English text of the Act uses and the Dutch text does not."""
    english = _vocabulary("aiact-2024-1689.en.md")
    dutch = _vocabulary("aiact-2024-1689.nl.md")
    found = set()
    for text in texts:
        for word in _words(text):
            parts = [word, *word.split("-")]
            if word in DUTCH_ALLOWED or word.isdigit() or any(p in dutch for p in parts):
                continue
            if any(p in english for p in parts):
                found.add(word)
    return found


def test_dutch_questions_contain_no_english_words() -> None:
    found = {}
    for question in _all_questions():
        words = _english_words(_dutch_texts(question))
        if words:
            found[question.id] = words
    assert not found, f"English words in Dutch question texts: {found}"


def test_dutch_questions_address_the_reader_as_u() -> None:
    """One form of address throughout the interview: "u" (as the questions of the definitions,
    tests/test_definitions_review.py), never "je", "jij", "jouw" or "jullie"."""
    found = {}
    for question in _all_questions():
        for text in _dutch_texts(question):
            words = set(re.findall(r"\b(je|jij|jouw|jullie|jezelf)\b", text, re.IGNORECASE))
            if words:
                found[question.id] = words
    assert not found, f"Dutch questions that address the reader as 'je': {found}"


def test_the_dutch_checks_catch_english_and_unofficial_terms() -> None:
    assert _english_words(["De deployer moet de provider informeren."]) == {
        "deployer",
        "provider",
    }
    assert _english_words(["De gebruiksverantwoordelijke informeert de aanbieder."]) == set()


def test_dutch_questions_use_the_official_terms() -> None:
    path = LAW / "glossary.nl.json"
    if not path.exists():
        pytest.skip(f"the glossary is absent ({path})")
    glossary = json.loads(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    for question in _all_questions():
        dutch = " ".join(_dutch_texts(question)).lower()
        english = " ".join(_english_texts(question)).lower()
        for wrong, right in NOT_OFFICIAL.items():
            if re.search(rf"(?<![\w-]){re.escape(wrong)}(?![\w-])", dutch):
                problems.append(f"{question.id}: {wrong!r} is not the official term; use {right}")
        for term, entry in glossary.items():
            pattern = rf"(?<![\w-]){re.escape(term.lower())}s?(?![\w-])"
            if not re.search(pattern, english):
                continue
            forms = [entry["nl"], entry.get("plural_nl"), entry.get("variant_nl")]
            wanted = [re.escape(f.lower()) for f in forms if f]
            if term in CORE:
                wanted.append(CORE[term])
            if not any(re.search(w, dutch) for w in wanted):
                problems.append(
                    f"{question.id}: English says {term!r}, Dutch lacks {entry['nl']!r}"
                )
    assert not problems, "\n".join(problems)


def test_every_question_has_help_in_dutch_and_english() -> None:
    missing = [q.id for q in _all_questions() if not (q.help_en and q.help_nl)]
    assert not missing, f"questions without help: {missing}"
