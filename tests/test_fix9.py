"""Round 9 fixes of the audit 9 findings that need more than the audit's own tests
(tests/test_audit9.py): the Dutch Art. 5(1)(ba) wording, the reading A29 of Art. 25(1)(a) under
both readings, the narrower law-enforcement exception of Art. 50(3), and the deep fake of
Art. 3(60) under Art. 50(2)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl, quote_recital
from pydantic import ValidationError
from timecases import PUBLIC_BODY, assess, model, system

import aiact
from aiact.interpretations import Interpretations, OwnNameContract
from aiact.logic import is_false, is_true, is_undetermined
from aiact.questions.catalogue import catalogue
from aiact.views.labels import reading_label

D = dt.date
TODAY = "2026-12-04"


def test_ba_dutch_option_and_summary_cover_similar_material() -> None:
    """Art. 5(1), first subparagraph, point (ba) (2026/1744): "realistic images, videos, audio or
    similar material of an identifiable natural person's intimate parts" - the Dutch texts say
    'soortgelijk materiaal' too (no official Dutch text of 2026/1744 is in the reference)."""
    quote("5", "realistic images, videos, audio or similar material", "omnibus_only")
    ba = system(
        prohibited={
            "ba_generates_intimate_imagery_without_consent": True,
            "ba_intended_purpose": True,
        }
    )
    duty = assess(ba, TODAY).obligation("art5_1_ba").obligation
    assert "soortgelijk materiaal" in duty.summary_nl
    assert "similar" in duty.title_en and "soortgelijk" in duty.title_nl
    option = catalogue().get("prohibited_practices").option("ba")
    assert "similar material" in option.text("en")
    assert "soortgelijk materiaal" in option.text("nl")


def _own_name_with_contract(contract: bool | None) -> aiact.AISystem:
    data = system(
        roles=("deployer",), annex_iii=["4a"], placed_on_market=D(2028, 1, 1)
    ).model_dump()
    data["value_chain"].update(
        own_name_on_high_risk_system=True, contract_allocates_obligations_otherwise=contract
    )
    return aiact.AISystem.model_validate(data)


def _under(reading: OwnNameContract, contract: bool | None) -> Any:
    base = assess(_own_name_with_contract(contract), "2028-03-01")
    return aiact.assess(
        _own_name_with_contract(contract),
        base.organisation,
        "2028-03-01",
        interpretations={"A29": reading.value},
    )


def test_a29_default_provider_whatever_the_contract() -> None:
    """Art. 25(1)(a): the party "shall be considered to be a provider" where it puts its name on
    a high-risk AI system, "without prejudice to contractual arrangements stipulating that the
    obligations are otherwise allocated" (recital 84 the same). Default A29=provider_regardless
    (ADR 0031): the contract is not read, and not asked."""
    quote("25", "shall be considered to be a provider of a high-risk AI system for the purposes")
    quote_recital(84, "without prejudice to contractual arrangements stipulating that the")
    assert Interpretations().own_name_contract is OwnNameContract.PROVIDER_REGARDLESS
    for contract in (True, False, None):
        a = _under(OwnNameContract.PROVIDER_REGARDLESS, contract)
        assert is_true(a.roles["provider"]), contract
        assert is_true(a.obligation("art16_b").applies)
        assert is_true(a.value("role.shifted_provider"))
    a = _under(OwnNameContract.PROVIDER_REGARDLESS, None)
    assert "value_chain.contract_allocates_obligations_otherwise" not in {
        q.fact for q in a.open_questions
    }
    assert a.interpretations.labels()["A29"] == "provider_regardless"


def test_a29_alternative_contract_displaces_the_shift() -> None:
    """A29=contract_displaces_shift: with such a contract the party is not the provider under
    Art. 25(1)(a); without one it is; unknown, the role is undetermined (and the question is
    asked)."""
    quote(
        "25",
        "without prejudice to contractual arrangements stipulating that the obligations are "
        "otherwise allocated",
    )
    alt = OwnNameContract.CONTRACT_DISPLACES_SHIFT
    assert is_false(_under(alt, True).roles["provider"])
    assert is_false(_under(alt, True).obligation("art16_b").applies)
    assert is_true(_under(alt, False).roles["provider"])
    unknown = _under(alt, None)
    assert is_undetermined(unknown.roles["provider"])
    assert "value_chain.contract_allocates_obligations_otherwise" in {
        q.fact for q in unknown.open_questions
    }


def test_a29_reading_labels_in_both_languages() -> None:
    """Every reading of A29 has an English and a Dutch label (Art. 25(1)(a))."""
    quote("25", "they put their name or trademark on a high-risk AI system already placed")
    for reading in OwnNameContract:
        en, nl = (
            reading_label("A29", reading.value, "en"),
            reading_label("A29", reading.value, "nl"),
        )
        assert en and nl and en != nl and en != reading.value, reading


BIOMETRIC = {"biometric_categorisation": True}


def _art50_3(**law: bool | None) -> Any:
    biometric = system(roles=("deployer",), annex_iii=["1b"], transparency=BIOMETRIC).model_dump()
    biometric["transparency"].update(law)
    return assess(aiact.AISystem.model_validate(biometric), TODAY).obligation("art50_3").applies


def test_art50_3_exception_does_not_cover_prosecution_only() -> None:
    """Art. 50(1): "authorised by law to detect, prevent, investigate or prosecute criminal
    offences"; Art. 50(3): "permitted by law to detect, prevent or investigate criminal offences"
    (Dutch: "om strafbare feiten op te sporen, te voorkomen of te onderzoeken"), without
    prosecution. A system authorised only to prosecute is excepted from paragraphs 1, 2 and 4,
    not from paragraph 3."""
    quote("50", "authorised by law to detect, prevent, investigate or prosecute criminal offences")
    quote("50", "permitted by law to detect, prevent or investigate criminal offences")
    quote_nl("die bij wet zijn toegestaan om strafbare feiten op te sporen, te voorkomen of te")
    prosecution_only = {
        "authorised_by_law_criminal_offences": True,
        "permitted_by_law_detect_prevent_investigate": False,
    }
    assert is_true(_art50_3(**prosecution_only))
    assert is_false(
        _art50_3(
            authorised_by_law_criminal_offences=True,
            permitted_by_law_detect_prevent_investigate=True,
            art50_1_safeguards_third_parties=True,  # the permission carries them (fix17a)
        )
    )
    # A known 'no' to the broader exception settles paragraph 3 without the narrower answer.
    assert is_true(
        _art50_3(
            authorised_by_law_criminal_offences=False,
            permitted_by_law_detect_prevent_investigate=None,
        )
    )
    assert is_undetermined(
        _art50_3(
            authorised_by_law_criminal_offences=True,
            permitted_by_law_detect_prevent_investigate=None,
            # a known "no" to the safeguards would settle paragraph 3 too (fix17a)
            art50_1_safeguards_third_parties=None,
        )
    )
    # Paragraph 1 keeps the broader exception: a chatbot authorised only to prosecute is
    # excepted, "subject to appropriate safeguards for the rights and freedoms of third parties"
    # (Art. 50(1); a fact of its own since round 16, fix16g): unknown safeguards leave it open.
    quote("50", "subject to appropriate safeguards for the rights and freedoms of third parties")
    chatbot = system(
        transparency={
            "interacts_directly_with_persons": True,
            "art50_1_safeguards_third_parties": True,
            **prosecution_only,
        }
    )
    assert is_false(assess(chatbot, TODAY).obligation("art50_1").applies)
    for safeguards, applies in ((None, is_undetermined), (False, is_true)):
        other = system(
            transparency={
                "interacts_directly_with_persons": True,
                "art50_1_safeguards_third_parties": safeguards,
                **prosecution_only,
            }
        )
        assert applies(assess(other, TODAY).obligation("art50_1").applies), safeguards


def test_art50_3_narrower_fact_needs_the_broader_one() -> None:
    """Detect, prevent or investigate (Art. 50(3)) are among detect, prevent, investigate or
    prosecute (Art. 50(1), (2), (4)): 'permitted' for paragraph 3 and not 'authorised' for the
    others is an input error naming both fields."""
    quote("50", "permitted by law to detect, prevent or investigate criminal offences")
    with pytest.raises(ValidationError, match="authorised_by_law_criminal_offences"):
        aiact.AISystem.model_validate(
            {
                "transparency": {
                    "permitted_by_law_detect_prevent_investigate": True,
                    "authorised_by_law_criminal_offences": False,
                }
            }
        )


def test_art50_3_question_options_distinguish_prosecution() -> None:
    """The interview asks the exceptions so that 'only to prosecute' (Art. 50(1), (2), (4)) is
    told apart from 'to detect, prevent or investigate' (Art. 50(3))."""
    quote("50", "permitted by law to detect, prevent or investigate criminal offences")
    question = catalogue().get("transparency_exceptions")
    assert "Art. 50(3)" in question.cites
    only = question.option("law_enforcement_prosecution_only")
    # Since round 17 (fix17a, review56) "only to prosecute" states that the authorisation is not
    # one to detect, prevent or investigate, which settles the Art. 50(3) permission as no; the
    # permission itself is a follow-up question of its own.
    assert only.sets == {
        "transparency.authorised_by_law_criminal_offences": True,
        "transparency.authorised_by_law_detect_prevent_investigate": False,
    }
    assert "vervolgen" in only.text("nl") and "prosecute" in only.text("en")
    assert question.option("law_enforcement").sets == {
        "transparency.authorised_by_law_criminal_offences": True,
        "transparency.authorised_by_law_detect_prevent_investigate": True,
    }
    permitted = question.option("permitted_art50_3")
    assert permitted.sets["transparency.permitted_by_law_detect_prevent_investigate"]
    assert permitted.sets["transparency.authorised_by_law_detect_prevent_investigate"]
    assert "to detect, prevent or investigate" in permitted.text("en")


def test_deep_fake_with_no_generates_answers_still_marks() -> None:
    """Art. 3(60): "'deep fake' means AI-generated or manipulated image, audio or video
    content"; Art. 50(2) marks outputs "as artificially generated or manipulated". A provider
    whose system makes deep fakes owes the marking even if it answered no to the four
    generates_synthetic_* questions (derived, as the other implied facts are when unknown);
    the exceptions of Art. 50(2) still apply."""
    quote("3", "'deep fake' means AI-generated or manipulated image, audio or video content")
    quote("50", "are marked in a machine-readable format and detectable as artificially generated")
    none = {f"generates_synthetic_{m}": False for m in ("audio", "image", "video", "text")}
    deep_fake = system(transparency={"deep_fake": True, **none})
    assert is_true(assess(deep_fake, TODAY).obligation("art50_2").applies)
    editing = system(
        transparency={"deep_fake": True, **none, "assistive_standard_editing_only": True}
    )
    assert is_false(assess(editing, TODAY).obligation("art50_2").applies)


@pytest.mark.parametrize(("lang", "article"), [("en", "Art. 101"), ("nl", "artikel 101")])
def test_public_body_label_names_art_101_for_a_model_and_99_8_for_a_system(
    lang: str, article: str
) -> None:
    """Art. 101(1): "The Commission may impose on providers of general-purpose AI models fines";
    Art. 99(8): Member State rules on fines "imposed on public authorities and bodies" (the
    fines of Art. 99). A public body's model is fined as under Art. 101; its AI system keeps
    the Art. 99(8) label."""
    quote("101", "The Commission may impose on providers of general-purpose AI models fines")
    quote("99", "Each Member State shall lay down rules on to what extent administrative fines")

    def fined_as(a: Any) -> str:
        (row,) = [
            line
            for line in a.to_markdown(lang).splitlines()
            if line.startswith(("| Fined as", "| Beboet als"))
        ]
        return row

    gpai = aiact.assess_model(model(D(2025, 9, 1)), PUBLIC_BODY, TODAY)
    assert article in fined_as(gpai)
    scraper = system(prohibited={"e_untargeted_facial_scraping": True})
    assert ("99(8)" if lang == "en" else "99, lid 8") in fined_as(
        assess(scraper, TODAY, org=PUBLIC_BODY)
    )
