"""fix16g (round 16): review53 D1 and notes. Art. 50(1)'s "subject to appropriate safeguards for
the rights and freedoms of third parties" is a fact of its own, asked by a follow-up question only
where it can change the answer; Art. 50(2) and (4) read only the authorisation."""

from __future__ import annotations

import pytest
from lawquote import quote, quote_nl
from timecases import COMPANY, assess, system

import aiact.questions as questions
from aiact.facts import ProhibitedPractices
from aiact.questions.data import QUESTIONS

FOLLOW_UP = "transparency_exceptions"
"""Since round 17 the safeguards are an option of the exceptions question (one step for the
exceptions of Art. 50 and their conditions); with every other fact of that question known, it is
asked exactly where the safeguards (or the Art. 50(3) permission) can change the answer."""


def _case(authorised: bool | None, interacts: bool, public_reporting: bool) -> dict[str, object]:
    s = system(
        transparency={
            "interacts_directly_with_persons": interacts,
            "interaction_obvious": False,
            "authorised_by_law_criminal_offences": authorised,
            "art50_1_safeguards_third_parties": None,
            "permitted_by_law_detect_prevent_investigate": None
            if authorised is not False
            else False,
            "available_to_public_to_report_offences": public_reporting,
        }
    )
    return {"system": s.model_dump(mode="json"), "organisation": COMPANY.model_dump(mode="json")}


@pytest.mark.parametrize(
    ("authorised", "interacts", "public_reporting", "asked"),
    [
        (True, True, False, True),
        (None, True, False, True),
        (False, True, False, False),  # no authorisation: the safeguards cannot matter
        (True, False, False, False),  # no Art. 50(1) system
        (True, True, True, False),  # "unless ... available for the public to report"
    ],
)
def test_the_safeguards_are_asked_only_where_they_matter(
    authorised: bool | None, interacts: bool, public_reporting: bool, asked: bool
) -> None:
    """Art. 50(1): "This obligation shall not apply to AI systems authorised by law ..., subject
    to appropriate safeguards for the rights and freedoms of third parties, unless those systems
    are available for the public to report a criminal offence"."""
    quote("50", "unless those systems are available for the public to report a criminal offence")
    ranked = questions.rank_questions(
        _case(authorised, interacts, public_reporting), "2027-01-05", "full"
    )
    assert (FOLLOW_UP in [r.question.id for r in ranked]) is asked


def test_the_art50_3_option_carries_union_law() -> None:
    """Art. 50(3): "permitted by law to detect, prevent or investigate criminal offences, subject
    to appropriate safeguards for the rights and freedoms of third parties, and in accordance with
    Union law" (review53 note): the option that sets the Art. 50(3) fact says all of it."""
    quote(
        "50",
        "subject to appropriate safeguards for the rights and freedoms of third parties, and in "
        "accordance with Union law",
    )
    quote_nl(
        "met inachtneming van passende waarborgen voor de rechten en vrijheden van derden en "
        "overeenkomstig het Unierecht"
    )
    setting = [
        (q["id"], o)
        for q in QUESTIONS
        for o in q.get("options", ())
        if o["sets"].get("transparency.permitted_by_law_detect_prevent_investigate") is True
    ]
    # Since round 17 an option of the exceptions question again, which states the safeguards of
    # its own words too (fix17a, review56).
    assert [(qid, o["id"]) for qid, o in setting] == [
        ("transparency_exceptions", "permitted_art50_3")
    ]
    option = dict(setting)["transparency_exceptions"]
    assert "in accordance with Union law" in option["text_en"]
    assert "overeenkomstig het Unierecht" in option["text_nl"]
    assert "rights and freedoms of third parties" in option["text_en"]
    assert option["sets"]["transparency.art50_1_safeguards_third_parties"] is True


def test_national_law_safeguards_cite_the_second_subparagraph() -> None:
    """Art. 5(2), second subparagraph: "In addition, the use ... shall comply with necessary and
    proportionate safeguards and conditions in relation to the use in accordance with the
    national law authorising the use thereof" (review53 note)."""
    quote("5", "In addition, the use of ‘real-time’ remote biometric identification systems")
    description = ProhibitedPractices.model_fields["h_national_law_permits"].description
    assert description is not None
    assert "Art. 5(2), second subparagraph" in description


def test_the_art5_1a_questions_say_making_or_editing() -> None:
    """Art. 5(1a)(a): "an AI system that generates or manipulates the material" (review53 note)."""
    quote("5", "generates or manipulates the material or performance", "amended")
    for qid in ("art5_ba_purpose", "art5_bb_purpose"):
        q = next(q for q in QUESTIONS if q["id"] == qid)
        assert "making or editing" in q["text_en"]
        assert "maken of bewerken" in q["text_nl"]
        for option in q["options"]:
            assert " make " not in option["text_en"] or "make or edit" in option["text_en"]


def test_old_case_with_authorisation_keeps_50_2_and_4_exceptions() -> None:
    """Art. 50(2) "or where authorised by law to detect, prevent, investigate or prosecute
    criminal offences"; Art. 50(4): "where the use is authorised by law"."""
    quote("50", "where the use is authorised by law to detect, prevent, investigate or prosecute")
    s = system(
        transparency={
            "generates_synthetic_image": True,
            "deep_fake": True,
            "authorised_by_law_criminal_offences": True,
            "art50_1_safeguards_third_parties": None,
        }
    )
    a = assess(s, "2027-01-05")
    assert a.value("art50.2") is False
    assert a.value("art50.4_deep_fake") is False
