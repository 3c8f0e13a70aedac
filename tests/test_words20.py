"""words20 (round 20): the wording notes left from round 19's review (review67's LEFT notes).

1. ``emotion.own_training`` in plain English ("only to train the person ...", not "the own
   training of the person ...").
2. The Dutch texts that paraphrase Art. 3(39) use its verb: "afleiden", not "aflezen".
3. ``international_safeguards`` names both kinds of organisation of Art. 2(4) because it is
   also asked of a person who does not know which kind theirs is; its help says which part each
   kind answers.
4. ``art5_ba_manipulation_only`` says "or similar material", as Art. 5(1)(ba) does.
5. The help of ``art5_b_effects`` says "omstandigheid", as Art. 5(1)(b) NL does.
6. A refusal names a yes/no answer by its reply (``u antwoordde "Ja" op de vraag "..."``), not
   as ``het antwoord op de vraag "..." is waar``.
7. The summary words of the old first answer ``system`` are not in the future tense.
8. ``aiact interview --lang nl --out`` to a path that cannot be written says why in Dutch.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lawquote import quote, quote_nl

from aiact.cli import main
from aiact.errors import FieldConflict
from aiact.interview import Interview
from aiact.questions import OLD_SUBJECT_ANSWERS, catalogue
from aiact.questions.model import QuestionError

AS_OF = "2026-11-28"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _refusal(interview: Interview, answer: Any, question: str) -> QuestionError:
    with pytest.raises(QuestionError) as caught:
        interview.answer(answer, question=question)
    return caught.value


def _system() -> Interview:
    return Interview.start(AS_OF, "full").answer("ai_system").answer(None)


def _short(question: str, lang: str, n: int = 6) -> str:
    return " ".join(catalogue().get(question).text(lang).split()[:n])  # type: ignore[arg-type]


# --------------------------------------------------------------------------- 1, 2: emotions


def test_own_training_reads_plainly() -> None:
    """Art. 5(1)(f) and the Commission's reading D3: a system used only to train the person
    whose emotions it reads, with results that cannot affect them."""
    quote(
        "5",
        "the use of ai systems to infer emotions of a natural person in the areas of "
        "workplace and education institutions",
    )
    question = catalogue().get("emotion.own_training")
    assert "own training of" not in question.text_en
    assert question.text_en.startswith(
        "Is the system used only to train the person whose emotions it reads"
    )
    assert question.text_nl.startswith(
        "Wordt het systeem alleen gebruikt om de persoon te trainen van wie het de emoties afleidt"
    )


EMOTION_QUESTIONS = (
    "emotion.direct_recognition",
    "emotion.direct_ban",
    "emotion.infers",
    "emotion.basis",
    "emotion.subjects",
    "emotion.own_training",
)


def test_the_dutch_emotion_questions_use_the_verb_of_art_3_39() -> None:
    """Art. 3(39) NL: "het vaststellen of afleiden van de emoties of intenties"; the Dutch texts
    that paraphrase it say "afleiden", never "aflezen" ("afleest", "leest ... af")."""
    quote_nl("vaststellen of afleiden van de emoties of intenties van natuurlijke personen")
    from aiact.rules.definition_questions import QUESTIONS

    reading = re.compile(r"\bafle(es|z)|\bleest\b.*\baf\b")
    declared = {q.id: q for q in QUESTIONS}
    assert set(EMOTION_QUESTIONS) <= set(declared)
    for qid in EMOTION_QUESTIONS:
        question = declared[qid]
        texts = [question.text_nl, question.help_nl, *(o.label_nl for o in question.options)]
        for text in texts:
            assert not reading.search(text), (qid, text)
    assert "afleidt" in catalogue().get("emotion.own_training").text_nl
    assert catalogue().get("emotion.basis").text_nl.startswith("Waaruit leidt het systeem")
    assert "emoties of intenties afleiden" in catalogue().get("emotion.subjects").text_nl


# --------------------------------------------------------------------------- 3: Art. 2(4)


def _to_safeguards(org_kind: str | None) -> list[str]:
    """The questions asked, "don't know" to all but those the answers below give, up to
    ``international_safeguards``."""
    script: dict[str, Any] = {
        "ai_system": "yes",
        "territory": ["in_eu"],
        "roles": ["deployer"],
        "exclusions": ["international_cooperation"],
        "org_kind": org_kind,
    }
    interview = Interview.start(AS_OF, "full").answer("system")
    asked: list[str] = []
    while interview.current is not None and len(asked) < 40:
        qid = interview.current.id
        asked.append(qid)
        if qid == "international_safeguards":
            break
        interview = interview.answer(script.get(qid), question=qid)
    return asked


def test_international_safeguards_is_asked_of_either_kind_and_of_one_who_does_not_know() -> None:
    """Art. 2(4): "public authorities in a third country" or "international organisations",
    "provided that such a third country or international organisation provides adequate
    safeguards". The question has one text, and it is asked after org_kind names either kind
    and after "don't know" to org_kind: it names both, and its help says which part each kind
    answers (the third country for its public authority, the organisation for itself)."""
    quote(
        "2",
        "provided that such a third country or international organisation provides "
        "adequate safeguards",
    )
    quote_nl(
        "op voorwaarde dat een dergelijk derde land of internationale organisatie passende "
        "waarborgen biedt"
    )
    for kind in ("third_country_public_authority", "international_organisation", None):
        asked = _to_safeguards(kind)
        assert asked[-1] == "international_safeguards", (kind, asked)
        assert "org_kind" in asked
    question = catalogue().get("international_safeguards")
    assert "third country of your public authority" in question.text_en
    assert "your international organisation" in question.text_en
    assert "derde land van uw overheidsinstantie" in question.text_nl
    assert "uw internationale organisatie" in question.text_nl
    assert (
        "A public authority of a country outside the EU answers for that country; an "
        "international organisation answers for itself." in question.help_en
    )
    assert (
        "Een overheidsinstantie van een land buiten de EU antwoordt voor dat land; een "
        "internationale organisatie antwoordt voor zichzelf." in question.help_nl
    )


# --------------------------------------------------------------------------- 4, 5: Art. 5


def test_art5_ba_manipulation_only_says_or_similar_material() -> None:
    """Art. 5(1)(ba) (2026/1744): "realistic images, videos, audio or similar material"; the
    question that paraphrases the practice keeps "or similar material"."""
    quote(
        "5",
        "generates or manipulates realistic images, videos, audio or similar material of an "
        "identifiable natural person",
        "omnibus_only",
    )
    question = catalogue().get("art5_ba_manipulation_only")
    assert "intimate images, videos, audio or similar material" in question.text_en
    assert "intieme beelden, video's, audio of soortgelijk materiaal" in question.text_nl
    assert "images, videos, audio or similar material" in question.help_en
    assert "beelden, video's, audio of soortgelijk materiaal" in question.help_nl
    # the practice's own option said it already
    option = catalogue().get("prohibited_practices").option("ba")
    assert "or similar material" in option.text_en
    assert "of soortgelijk materiaal" in option.text_nl


def test_art5_b_effects_help_uses_the_words_of_art_5_1_b() -> None:
    words = quote_nl(
        "als gevolg van hun leeftijd, handicap of een specifieke sociale of economische "
        "omstandigheid"
    )
    help_nl = catalogue().get("art5_b_effects").help_nl
    assert "situatie" not in help_nl
    assert "specifieke sociale of economische omstandigheid" in help_nl
    assert "als gevolg van leeftijd, handicap" in help_nl, words


# --------------------------------------------------------------------------- 6: the refusals


@pytest.mark.parametrize(
    ("lang", "named", "not_named"),
    [
        ("en", 'but you answered "Yes" to the question "', "the answer to the question"),
        ("nl", 'maar u antwoordde "Ja" op de vraag "', "het antwoord op de vraag"),
    ],
)
def test_a_yes_answer_is_named_by_its_reply(lang: str, named: str, not_named: str) -> None:
    """Art. 2(1), 3(9)-(10): "made available on the Union market: yes", then "not placed on
    the market, put into service or used in the EU": the refusal names the person's reply to
    the question, and says no "is true" / "is waar" after it."""
    interview = _system().answer("yes", question="system_made_available")
    text = _refusal(interview, ["output_in_eu"], "territory").text(lang)  # type: ignore[arg-type]
    start = _short("system_made_available", lang)
    assert f"{named}{start}" in text, text
    assert not_named not in text
    assert not re.search(r"\.\.\.\" is (true|waar)", text), text
    after = text.split(start, 1)[1]
    assert re.match(r'[^"]*"(: a system made|: een systeem dat)', after), after


@pytest.mark.parametrize(
    ("lang", "named"),
    [
        # words21: the refused reply's own words stand in place of the reason's "true"
        ("en", 'you answer "Yes" to this question, but you answered "No" to the question "'),
        ("nl", 'u antwoordt "Ja" op deze vraag, maar u antwoordde "Nee" op de vraag "'),
    ],
)
def test_a_no_answer_is_named_by_its_reply(lang: str, named: str) -> None:
    """Annex III, point 5(b): "financial fraud: no", then "only financial fraud: yes"."""
    interview = _system().answer("no", question="annex_iii_fraud_detection")
    error = _refusal(interview, "yes", "annex_iii_fraud_detection_only")
    text = error.text(lang)  # type: ignore[arg-type]
    assert named + _short("annex_iii_fraud_detection", lang) in text, text
    assert " is false" not in text and " is onwaar" not in text


@pytest.mark.parametrize(
    ("lang", "named", "chosen"),
    [
        ("en", 'but you answer "Yes" to this question: a system', 'you did not choose "'),
        ("nl", 'maar u antwoordt "Ja" op deze vraag: een systeem', 'u koos niet "'),
    ],
)
def test_the_refused_reply_and_an_option_not_chosen_say_their_value(
    lang: str, named: str, chosen: str
) -> None:
    """ "Where is the system used?" without "in the EU", then "made available on the Union
    market: yes": the refusal names the option not chosen and the reply just given, with no
    "your answer to this question is true"."""
    interview = _system().answer(["output_in_eu"], question="territory")
    text = _refusal(interview, "yes", "system_made_available").text(lang)  # type: ignore[arg-type]
    assert named in text, text
    assert text.count(chosen) == 1, text
    assert "this question is true" not in text and "deze vraag is waar" not in text


def test_only_words_that_say_the_value_drop_the_reason_s_is_true() -> None:
    """FieldConflict.reason: words that do not say the value (``stated`` without them) keep the
    reason's "is true"; a developer's reason and a fact named by its path are unchanged."""
    from aiact.errors import without_truth

    conflict = FieldConflict(
        "exclusions.placed_or_used_in_eu",
        ["exclusions.made_available_on_union_market"],
        "false, but {fact} is true",
        names={"fact": ("exclusions.made_available_on_union_market",)},
    )
    path = "exclusions.made_available_on_union_market"
    assert conflict.reason("en") == f"false, but {path} is true"
    assert conflict.reason("en", {path: "X"}) == "false, but X is true"
    assert conflict.reason("en", {path: "X"}, stated={path}) == "false, but X"
    assert conflict.reason("en", {}, stated={path}) == f"false, but {path} is true"
    assert without_truth("{fact} is onwaar: ...", "fact", "nl") == "{fact}: ..."
    assert without_truth("{fact} is onwaar: ...", "other", "nl") == "{fact} is onwaar: ..."


def test_every_reason_that_says_a_value_says_it_the_same_way_in_dutch() -> None:
    """The predicate left out after words that say the value is found by its words in each
    language (errors.TRUTH): every message of the catalogue with "{name} is true" / "is false"
    has "{name} is waar" / "is onwaar" in Dutch, so no "is waar" stays after a reply."""
    from babel.messages.pofile import read_po

    from aiact.errors import TRUTH

    po = Path(__file__).resolve().parent.parent / "aiact/i18n/locale/nl/LC_MESSAGES/aiact.po"
    with po.open(encoding="utf-8") as handle:
        messages = read_po(handle)
    dutch = {"true": "waar", "false": "onwaar"}
    found = 0
    for message in messages:
        if not isinstance(message.id, str) or not message.id:
            continue
        for name, value in re.findall(r"\{(\w+)\}" + TRUTH["en"].replace("(?:", "("), message.id):
            found += 1
            assert re.search(rf"\{{{name}\}} is {dutch[value]}\b", message.string), message.id
    assert found >= 10


# --------------------------------------------------------------------------- 7: summary words


def test_the_old_first_answer_reads_as_a_summary() -> None:
    """A summary of a saved interview shows the answer ``system`` by words that describe it,
    not by words that announce the next question."""
    (old,) = OLD_SUBJECT_ANSWERS
    assert "asked next" not in old.text_en and "hierna gevraagd" not in old.text_nl
    saved = Interview.start(AS_OF, "full").to_dict()
    saved.update(kind="system", steps=[{"question": "subject", "answer": "system"}])
    loaded = Interview.from_dict(saved)
    assert (
        loaded.summary("nl")[0][1] == "Een systeem (of het een AI-systeem is, is een aparte vraag)"
    )
    assert loaded.summary("en")[0][1] == (
        "A system (whether it is an AI system is a question of its own)"
    )


# --------------------------------------------------------------------------- 8: the CLI


def test_interview_out_to_a_missing_folder_says_why_in_dutch(tmp_path: Path) -> None:
    out = tmp_path / "missing" / "case.yaml"
    case = str(EXAMPLES / "municipal-chatbot.yaml")
    result = CliRunner().invoke(
        main, ["interview", "--lang", "nl", "--case", case, "--out", str(out)], input=""
    )
    assert result.exit_code == 1, result.output
    line = result.stderr.strip().splitlines()[-1]
    assert line == (
        f"aiact: fout: {out}: kan het bestand niet schrijven (het bestand of de map bestaat niet)"
    ), line
    assert "cannot" not in line and "No such file" not in line
    assert not out.parent.exists()


def test_interview_out_in_english_keeps_the_system_s_words(tmp_path: Path) -> None:
    out = tmp_path / "missing" / "case.yaml"
    case = str(EXAMPLES / "municipal-chatbot.yaml")
    result = CliRunner().invoke(main, ["interview", "--case", case, "--out", str(out)], input="")
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().splitlines()[-1] == (
        f"aiact: error: {out}: cannot write the file (No such file or directory)"
    )


def test_an_unknown_os_error_is_named_by_its_code_in_dutch() -> None:
    import errno

    from aiact.cli import _os_reason

    assert _os_reason(OSError(errno.ENXIO, "No such device or address"), "nl") == (
        "systeemfout ENXIO"
    )
    assert _os_reason(OSError(errno.EACCES, "Permission denied"), "nl") == "geen toegang"
    assert _os_reason(OSError(errno.EACCES, "Permission denied"), "en") == "Permission denied"
