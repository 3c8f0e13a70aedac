"""review60 (round 17): second reading of the lead's 7fa62f6 (review59 D1: ``model._left_open``,
``Option.presupposes``) and 98d8a2f (``relevance.FALLBACK_BUDGET`` 2,000 -> 1,000,000).

Defect (strict xfail until the lead fixed it in round 17: only an option whose words include the
open one is left open, and a plain "no" to a part settles the whole, model._part_of):

* D1 (Art. 50(3)): ``_left_open`` leaves open an option not ticked that *shares* a fact, with the
  same value, with an option marked not sure, where its docstring's reason is that "its words
  include the other's". "It is authorised by law only to prosecute criminal offences (not to
  detect, prevent or investigate them)" shares only ``authorised_by_law_criminal_offences: True``
  with the Art. 50(3) permission, whose words do not include it (they exclude it). So a person
  not sure of "only to prosecute" who does not tick the permission ("It is permitted by law to
  detect, prevent or investigate criminal offences, subject to appropriate safeguards ... and in
  accordance with Union law") has the permission recorded as unknown, not "no": the Art. 50(3)
  exception and obligation of an emotion recognition system stay open, where before 7fa62f6
  they were decided (exception false, obligation applies), as the person said.
"""

from __future__ import annotations

import itertools

import pytest
from lawquote import quote, quote_nl
from test_fix17a import COMPANY, DAY, _art50_case, _with

import aiact
from aiact.questions.catalogue import catalogue
from aiact.questions.fields import all_fields
from aiact.questions.model import QuestionError

EXCEPTIONS = "transparency_exceptions"
PERMISSION = "transparency.permitted_by_law_detect_prevent_investigate"
LAW_ENFORCEMENT = [
    "law_enforcement",
    "law_enforcement_prosecution_only",
    "third_party_safeguards",
    "permitted_art50_3",
]

NOT_SURE_ONLY_TO_PROSECUTE = [
    pytest.param({"chosen": [], "unsure": ["law_enforcement_prosecution_only"]}, id="none"),
    pytest.param(
        {"chosen": ["third_party_safeguards"], "unsure": ["law_enforcement_prosecution_only"]},
        id="safeguards",
    ),
    # {"chosen": ["law_enforcement", "third_party_safeguards"], "unsure":
    # ["law_enforcement_prosecution_only"]} was a third case: since fix18 (round 18) a chosen
    # option beside a not-sure option that contradicts it is refused, as two chosen ones are
    # (tests/test_fix18.py)
]


@pytest.mark.parametrize("answer", NOT_SURE_ONLY_TO_PROSECUTE)
def test_d1_not_sure_of_only_to_prosecute_keeps_the_art50_3_no(answer: dict) -> None:
    """Art. 50(3): "This obligation shall not apply to AI systems used for biometric
    categorisation and emotion recognition, which are permitted by law to detect, prevent or
    investigate criminal offences, subject to appropriate safeguards ... and in accordance with
    Union law". The permission's words do not include "only to prosecute (not to detect, prevent
    or investigate)": a person not sure of that, who does not tick the permission, has said the
    system is not so permitted, so the exception does not apply and the obligation does."""
    quote(
        "50",
        "This obligation shall not apply to AI systems used for biometric categorisation and "
        "emotion recognition, which are permitted by law to detect, prevent or investigate "
        "criminal offences, subject to appropriate safeguards for the rights and freedoms of "
        "third parties, and in accordance with Union law",
    )
    quote_nl(
        "Deze verplichting is niet van toepassing op voor biometrische categorisering en "
        "emotieherkenning gebruikte AI-systemen, die bij wet zijn toegestaan om strafbare feiten "
        "op te sporen, te voorkomen of te onderzoeken"
    )
    sets = catalogue().get(EXCEPTIONS).sets(answer)
    assert sets.get(PERMISSION) is False
    case = _with(_art50_case(True, True), sets)
    a = aiact.assess(case["system"], COMPANY, DAY, "amended")
    assert a.value("art50.law_enforcement_exception_3") is False
    assert a.value("art50.3") is True


def test_no_law_enforcement_answer_decides_a_fact_its_options_left_open() -> None:
    """Art. 50(1)-(4): of the 81 answers of the four law-enforcement options (chosen, not
    chosen, not sure; the others not chosen), the refused ones are exactly those with two chosen
    options that contradict each other ("only to prosecute" beside "to detect, prevent or
    investigate"), or, since fix18 (round 18), a chosen one beside a not-sure one that
    contradicts it, and a fact an option marked not sure sets is never decided unless a chosen
    option states it."""
    quote("50", "authorised by law to detect, prevent, investigate or prosecute criminal offences")
    question = catalogue().get(EXCEPTIONS)
    refused = 0
    for states in itertools.product("cnu", repeat=4):
        chosen = [o for o, s in zip(LAW_ENFORCEMENT, states, strict=True) if s == "c"]
        unsure = [o for o, s in zip(LAW_ENFORCEMENT, states, strict=True) if s == "u"]
        marked = set(chosen) | set(unsure)
        contradicting = (
            "law_enforcement_prosecution_only" in marked
            and bool({"law_enforcement", "permitted_art50_3"} & marked)
            and (
                "law_enforcement_prosecution_only" in chosen
                or bool({"law_enforcement", "permitted_art50_3"} & set(chosen))
            )
        )
        try:
            sets = question.sets({"chosen": chosen, "unsure": unsure})
        except QuestionError:
            assert contradicting, states
            refused += 1
            continue
        assert not contradicting, states
        stated = {p for o in chosen for p in question.option(o).sets}
        for option in unsure:
            for path in question.option(option).sets:
                assert path in stated or sets.get(path) is None, (states, path)
    assert refused == 39  # 15 with two chosen (round 17); 24 more with one not sure (fix18)


def test_only_transparency_exceptions_has_options_that_share_or_presuppose() -> None:
    """``_left_open`` adds to the old rule (the facts of the options not sure) only through
    options sharing a fact with the same value or ``presupposes``: no other several-of question
    of the catalogue has either, so their answers give the same facts as before 7fa62f6."""
    table = all_fields()
    found = set()
    for q in catalogue():
        if q.kind != "several_of":
            continue
        for a, b in itertools.combinations(q.options, 2):
            if any(
                table[p].type != "members" and b.sets.get(p, object()) == v
                for p, v in a.sets.items()
            ):
                found.add(q.id)
        if any(o.presupposes for o in q.options):
            found.add(q.id)
    assert found == {EXCEPTIONS}
