"""fix17a (round 17): the findings review56, review55 and fix16d left open.

* Art. 50 follow-up (review56 notes): the Art. 50(3) permission is a yes/no question of its own,
  whose "yes" states the third-party safeguards in its own words (the input refuses the
  permission true beside the safeguards false); "only to prosecute" states that the
  authorisation is not one to detect, prevent or investigate, which settles the Art. 50(3)
  permission as no, so the interview does not ask it; the rule shared by Art. 50(2) and (4)
  cites them, not Art. 50(1).
* Art. 2(8) (fix16d, review56): a placing or putting into service dated on or before the day
  assessed settles an unknown research fact as no (it is not asked, the exclusion is decided);
  the refusal of a "yes" says what resolves it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import COMPANY, assess, model, system

import aiact
import aiact.questions as questions
from aiact.errors import InputError
from aiact.questions.catalogue import catalogue
from aiact.views.errors import problem_text

D = dt.date
DAY = "2027-01-05"
SAFEGUARDS = "subject to appropriate safeguards for the rights and freedoms of third parties"
EXCEPTIONS = "transparency_exceptions"
"""Since round 17 (the lead) the Art. 50(3) permission and the Art. 50(1) safeguards are options
of the exceptions question (one step for Art. 50's exceptions and their conditions), where
fix17a had made them two yes/no follow-ups; the facts, settlements and refusals are fix17a's."""


def _art50_case(interacts: bool, emotion: bool, **facts: Any) -> dict[str, Any]:
    transparency: dict[str, Any] = {
        "interacts_directly_with_persons": interacts,
        "authorised_by_law_criminal_offences": None,
        "art50_1_safeguards_third_parties": None,
        "permitted_by_law_detect_prevent_investigate": None,
        "available_to_public_to_report_offences": False,
        "emotion_recognition": emotion,
        **facts,
    }
    s = system(transparency=transparency, annex_iii=["1c"] if emotion else None)
    return {"system": s.model_dump(mode="json"), "organisation": COMPANY.model_dump(mode="json")}


def _with(case: dict[str, Any], sets: dict[str, Any]) -> dict[str, Any]:
    out = {"system": dict(case["system"]), "organisation": case["organisation"]}
    for path, value in sets.items():
        group, name = path.split(".")
        out["system"][group] = {**out["system"][group], name: value}
    return out


def _ranked(case: dict[str, Any], law: str) -> list[str]:
    return [r.question.id for r in questions.rank_questions(case, DAY, "full", law=law)]


# ----------------------------------------------------------------- Art. 50: (a) the safeguards


def test_the_art50_3_yes_states_the_safeguards_of_its_words() -> None:
    """Art. 50(3): "permitted by law to detect, prevent or investigate criminal offences, subject
    to appropriate safeguards for the rights and freedoms of third parties, and in accordance
    with Union law" (review56 note: the option alone wrote the safeguards false)."""
    quote(
        "50", f"permitted by law to detect, prevent or investigate criminal offences, {SAFEGUARDS}"
    )
    quote_nl(
        "die bij wet zijn toegestaan om strafbare feiten op te sporen, te voorkomen of te "
        "onderzoeken, met inachtneming van passende waarborgen voor de rechten en vrijheden van "
        "derden en overeenkomstig het Unierecht"
    )
    q = catalogue().get(EXCEPTIONS)
    option = q.option("permitted_art50_3")
    assert SAFEGUARDS.replace(", and", " and") in option.text("en")
    assert "overeenkomstig het Unierecht" in option.text("nl")
    sets = q.sets(["permitted_art50_3"])
    assert sets["transparency.art50_1_safeguards_third_parties"] is True
    assert sets["transparency.permitted_by_law_detect_prevent_investigate"] is True
    # not ticked: no (with the safeguards no as well where their own option is not ticked)
    plain = q.sets(["law_enforcement"])
    assert plain["transparency.permitted_by_law_detect_prevent_investigate"] is False
    assert plain["transparency.art50_1_safeguards_third_parties"] is False
    assert q.sets(["law_enforcement", "third_party_safeguards"])[
        "transparency.art50_1_safeguards_third_parties"
    ]


@pytest.mark.parametrize("law", ["original", "amended"])
def test_the_permission_beside_the_safeguards_false_is_refused(law: str) -> None:
    """The Art. 50(3) permission carries the safeguards of Art. 50(1): true beside them false is
    a contradiction, named with both fields (EN and NL)."""
    quote("50", SAFEGUARDS, "both")
    s = system(
        transparency={
            "emotion_recognition": True,
            "authorised_by_law_criminal_offences": True,
            "permitted_by_law_detect_prevent_investigate": True,
        },
        annex_iii=["1c"],
    ).model_dump()
    s["transparency"]["art50_1_safeguards_third_parties"] = False
    with pytest.raises(InputError) as error:
        aiact.assess(s, COMPANY, DAY, law)
    problem = error.value.problems[0]
    assert problem.path.endswith("permitted_by_law_detect_prevent_investigate")
    assert "art50_1_safeguards_third_parties" in problem_text(problem, "en")
    assert "passende waarborgen voor de rechten en vrijheden van derden" in problem_text(
        problem, "nl"
    )


@pytest.mark.parametrize("law", ["original", "amended"])
def test_a_no_to_the_safeguards_settles_the_permission(law: str) -> None:
    """With the safeguards known false, the Art. 50(3) permission cannot hold: Art. 50(1) and
    (3) are decided (the exception does not apply), not left open."""
    a = assess(
        system(
            transparency={
                "interacts_directly_with_persons": True,
                "authorised_by_law_criminal_offences": True,
                "art50_1_safeguards_third_parties": False,
                "permitted_by_law_detect_prevent_investigate": None,
            }
        ),
        DAY,
        law=law,
    )
    assert a.value("art50.law_enforcement_exception_3") is False
    assert a.value("art50.law_enforcement_exception_1") is False
    assert a.value("art50.1") is True
    assert a.value("art50.law_enforcement_exception") is True  # Art. 50(2), (4): no safeguards


# --------------------------------------------------------- Art. 50: (b) "only to prosecute"


def test_prosecution_only_states_the_narrower_authorisation_false() -> None:
    """Art. 50(1), (2), (4) "detect, prevent, investigate or prosecute"; Art. 50(3) "detect,
    prevent or investigate": the answer "only to prosecute" is not the Art. 50(3) permission."""
    quote("50", "authorised by law to detect, prevent, investigate or prosecute criminal offences")
    q = catalogue().get("transparency_exceptions")
    only = q.sets(["law_enforcement_prosecution_only"])
    assert only["transparency.authorised_by_law_criminal_offences"] is True
    assert only["transparency.authorised_by_law_detect_prevent_investigate"] is False
    both = q.sets(["law_enforcement"])
    assert both["transparency.authorised_by_law_detect_prevent_investigate"] is True


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize(("interacts", "emotion"), [(False, True), (True, True), (True, False)])
def test_the_permission_is_never_asked_after_prosecution_only(
    law: str, interacts: bool, emotion: bool
) -> None:
    """After "only to prosecute" the Art. 50(3) permission is settled (no): no question is left
    whose answer could set it true, and it cannot be ticked beside "only to prosecute" (the two
    options contradict each other: refused, review56)."""
    base = _art50_case(interacts, emotion)
    q = catalogue().get(EXCEPTIONS)
    after = _with(base, q.sets(["law_enforcement_prosecution_only"]))
    ranked = _ranked(after, law)
    assert not any(
        any(
            o.sets.get("transparency.permitted_by_law_detect_prevent_investigate")
            for o in catalogue().get(qid).options
        )
        for qid in ranked
    )
    a = aiact.assess(after["system"], COMPANY, DAY, law)
    assert a.value("art50.law_enforcement_exception_3") is False
    with pytest.raises(questions.QuestionError, match="contradict"):
        q.sets(["law_enforcement_prosecution_only", "permitted_art50_3"])
    with pytest.raises(questions.QuestionError, match="contradict"):
        q.sets(["law_enforcement_prosecution_only", "law_enforcement"])
    if emotion and law == "amended":
        # a case file with the authorisation "to detect, prevent or investigate" known and the
        # permission not: the exceptions question is asked for it
        known = _with(
            base,
            {
                "transparency.authorised_by_law_criminal_offences": True,
                "transparency.authorised_by_law_detect_prevent_investigate": True,
            },
        )
        assert EXCEPTIONS in _ranked(known, law)


def test_the_permission_answer_settles_the_safeguards() -> None:
    """Ticking the Art. 50(3) permission states the safeguards: nothing about them is asked after
    it (a fact an earlier answer settled is not asked again), and the case file does not
    contradict itself."""
    base = _art50_case(True, True)
    q = catalogue().get(EXCEPTIONS)
    after = _with(base, q.sets(["permitted_art50_3"]))
    assert after["system"]["transparency"]["art50_1_safeguards_third_parties"] is True
    assert not any(
        "transparency.art50_1_safeguards_third_parties" in catalogue().get(qid).facts
        for qid in _ranked(after, "amended")
    )


# ------------------------------------------------------------ Art. 50: (c) the shared rule


def test_the_shared_exception_cites_the_paragraphs_that_read_it() -> None:
    """Art. 50(2): "or where authorised by law to detect, prevent, investigate or prosecute
    criminal offences"; Art. 50(4): "where the use is authorised by law to detect, prevent,
    investigate or prosecute criminal offence"; Art. 50(1) reads its own exception (with the
    safeguards) since round 16."""
    quote("50", "or where authorised by law to detect, prevent, investigate or prosecute")
    quote("50", "where the use is authorised by law to detect, prevent, investigate or prosecute")
    from aiact.rules.transparency import RULES

    rules = {r.id: r for r in RULES}
    shared = rules["art50.law_enforcement_exception"]
    assert str(shared.source) == "Art. 50(2)"
    assert [str(c) for c in shared.also_cites] == ["Art. 50(4)"]
    readers = {r.id for r in RULES if "art50.law_enforcement_exception" in r.reads}
    assert readers == {"art50.2", "art50.4_deep_fake", "art50.4_text"}
    assert "art50.law_enforcement_exception" not in rules["art50.1"].reads


# --------------------------------------------------------------------------- Art. 2(8)

_ART2_8 = "prior to their being placed on the market or put into service"


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize(
    ("placed", "service", "settled"),
    [
        (D(2025, 1, 1), None, True),
        (None, D(2025, 1, 1), True),
        (D(2026, 12, 5), None, True),  # on the day assessed
        (D(2027, 6, 1), None, False),  # planned
        (None, None, False),
    ],
)
def test_a_placing_by_the_day_settles_research_as_no(
    law: str, placed: dt.date | None, service: dt.date | None, settled: bool
) -> None:
    """Art. 2(8): "This Regulation does not apply to any research, testing or development activity
    regarding AI systems or AI models prior to their being placed on the market or put into
    service" (NL "voor zij in de handel worden gebracht of in gebruik worden gesteld")."""
    quote("2", _ART2_8, "both")
    quote_nl("voor zij in de handel worden gebracht of in gebruik worden gesteld")
    data = system(placed_on_market=placed, put_into_service=service).model_dump()
    data["exclusions"]["pre_market_research_testing"] = None
    a = aiact.assess(data, COMPANY, "2026-12-05", law)
    assert a.value("exclusions.pre_market_research_testing") is (False if settled else None)
    assert a.value("scope.excluded") is (False if settled else None)
    if settled:
        assert a.value("scope.in_scope") is True
    # per frame alike
    pd = pytest.importorskip("pandas")
    from aiact.frame import assess_frame

    row = {
        "is_ai_system": True,
        "roles.provider": True,
        "exclusions.pre_market_research_testing": None,
    }
    if placed:
        row["placed_on_market"] = placed.isoformat()
    if service:
        row["put_into_service"] = service.isoformat()
    framed = assess_frame(pd.DataFrame([row]), as_of="2026-12-05", law=law)
    single = aiact.assess(
        {
            "is_ai_system": True,
            "roles": {"provider": True},
            "placed_on_market": placed,
            "put_into_service": service,
        },
        COMPANY if False else aiact.Organisation(),
        "2026-12-05",
        law,
    )
    assert str(framed["risk_tier"].iloc[0]) == str(single.risk_tier)


def _importer() -> dict[str, Any]:
    data = system().model_dump()
    data["roles"].update(provider=False, importer=True)
    data["value_chain"]["provider_established_in_eu"] = False
    return data


def test_an_importer_without_a_planned_date_settles_research_as_no() -> None:
    """An importer "places on the market" (Art. 3(6)): without a placing dated after the day, a
    "yes" to research is refused, so an unknown research fact is settled as no."""
    data = _importer()
    data["exclusions"]["pre_market_research_testing"] = None
    from aiact.date_facts import pre_market_settled

    s = aiact.AISystem.model_validate(data)
    assert pre_market_settled(s, D(2026, 12, 5))
    data["placed_on_market"] = D(2027, 6, 1)
    assert not pre_market_settled(aiact.AISystem.model_validate(data), D(2026, 12, 5))


@pytest.mark.parametrize("law", ["original", "amended"])
def test_a_model_placed_by_the_day_settles_research_as_no(law: str) -> None:
    """Art. 2(8) names "AI systems or AI models"."""
    quote("2", "AI systems or AI models prior to their being placed on the market", "both")
    a = aiact.assess_model(
        model(D(2025, 3, 1), pre_market_research_testing=None), COMPANY, "2026-12-05", law
    )
    assert a.value("gpai.in_scope") is True
    b = aiact.assess_model(
        model(D(2027, 3, 1), pre_market_research_testing=None), COMPANY, "2026-12-05", law
    )
    assert b.value("gpai.in_scope") is None


def test_the_interview_does_not_ask_research_after_a_placing() -> None:
    """The research option is settled by the placing: the exclusions question is asked only for
    its other situations, and a trial answer agrees with assessing from scratch."""
    from aiact.questions.goals import assess_with

    data = system(placed_on_market=D(2025, 1, 1)).model_dump()
    data["exclusions"]["pre_market_research_testing"] = None
    case = {"system": data, "organisation": COMPANY.model_dump(mode="json")}
    for json_safe in (case,):
        json_safe["system"]["placed_on_market"] = "2025-01-01"
    assert "exclusions" not in _ranked(case, "amended")
    # forgetting the placing makes research open again; stating it settles it again
    later = aiact.assess(
        {**data, "placed_on_market": None, "significant_change": "none"},
        COMPANY,
        "2026-12-05",
    )
    assert later.value("exclusions.pre_market_research_testing") is None
    placed = assess_with(later, {"placed_on_market": D(2025, 1, 1)})
    fresh = aiact.assess({**data, "placed_on_market": D(2025, 1, 1)}, COMPANY, "2026-12-05")
    assert placed.value("scope.excluded") is fresh.value("scope.excluded") is False


def test_the_refusal_says_what_resolves_it() -> None:
    """The refusal of a "yes" beside a placing names the two ways out (EN and NL): a planned
    placing dated after the day, or no research."""
    data = system(placed_on_market=D(2025, 1, 1)).model_dump()
    data["exclusions"]["pre_market_research_testing"] = True
    with pytest.raises(InputError) as error:
        aiact.assess(data, COMPANY, "2026-12-05")
    problem = error.value.problems[0]
    english = problem_text(problem, "en")
    assert _ART2_8 in english and "after the day assessed" in english and "answer no" in english
    dutch = problem_text(problem, "nl")
    assert "na de beoordelingsdatum" in dutch and "antwoord nee" in dutch
    importer = _importer()
    importer["exclusions"]["pre_market_research_testing"] = True
    with pytest.raises(InputError) as error:
        aiact.assess(importer, COMPANY, "2026-12-05")
    english = problem_text(error.value.problems[0], "en")
    assert "placed_on_market" in english and "2026-12-05" in english and "answer no" in english
