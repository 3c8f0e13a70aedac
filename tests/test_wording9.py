"""Round 9 wording after the reviews (review10, review11): the Art. 50(4) limitation names "or
analogous work or programme", the Art. 50(4) text duty names the four law-enforcement purposes,
and the Dutch texts of reading A29 use the words of the Dutch Art. 25(1)(a) ("contractuele
regelingen waarin wordt bepaald dat de verplichtingen anders worden toegewezen"), with no
internal value names."""

from __future__ import annotations

from lawquote import quote, quote_nl

from aiact.i18n import pt
from aiact.obligations import catalogue
from aiact.obligations.model import Obligation
from aiact.questions.catalogue import catalogue as questions
from aiact.views.labels import reading_label


def _duty(obligation_id: str) -> Obligation:
    return next(o for o in catalogue() if o.id == obligation_id)


def test_art50_4_limitation_names_analogous_works_and_programmes() -> None:
    """Art. 50(4), first subparagraph: "Where the content forms part of an evidently artistic,
    creative, satirical, fictional or analogous work or programme" (Dutch: "kennelijk artistiek,
    creatief, satirisch, fictief of analoog werk of programma"). A deep fake in a programme that
    is only analogous must not be answered "no" because the question left it out."""
    quote("50", "evidently artistic, creative, satirical, fictional or analogous work or programme")
    quote_nl("kennelijk artistiek, creatief, satirisch, fictief of analoog werk of programma")
    duty = _duty("art50_4_deep_fake")
    assert "analogous work or programme" in duty.summary_en
    assert "analoog werk of programma" in duty.summary_nl
    option = next(o for q in questions() for o in q.options if o.id == "artistic")
    assert "analogous work or programme" in option.text_en
    assert "analoog werk of programma" in option.text_nl


def test_art50_4_text_duty_names_the_four_purposes() -> None:
    """Art. 50(4), second subparagraph: "where the use is authorised by law to detect, prevent,
    investigate or prosecute criminal offences" (Dutch: "om strafbare feiten op te sporen, te
    voorkomen, te onderzoeken of te vervolgen")."""
    quote("50", "authorised by law to detect, prevent, investigate or prosecute criminal offences")
    duty = _duty("art50_4_text")
    assert "detect, prevent, investigate or prosecute" in duty.summary_en
    assert "op te sporen, te voorkomen, te onderzoeken of te vervolgen" in duty.summary_nl


def test_dutch_a29_texts_use_the_words_of_the_dutch_text() -> None:
    """Art. 25(1)(a), Dutch: "onverminderd contractuele regelingen waarin wordt bepaald dat de
    verplichtingen anders worden toegewezen"; the Dutch question, its labels and reading A29's
    labels say "contractuele regeling" and carry no internal value names."""
    quote_nl("contractuele regelingen waarin wordt bepaald dat de verplichtingen anders worden")
    question = next(q for q in questions() if q.id == "contract_allocation")
    assert "contractuele regeling" in question.text_nl
    assert "contract_displaces_shift" not in question.text_nl
    for reading in ("provider_regardless", "contract_displaces_shift"):
        label = reading_label("A29", reading, "nl")
        assert "contractuele regeling" in label and reading not in label
    assert "rolverschuiving" in reading_label("A29", "contract_displaces_shift", "nl")
    fact = pt("fact", "value_chain.contract_allocates_obligations_otherwise", "nl")
    assert "contractuele regeling" in fact and "overeenkomst" not in fact
