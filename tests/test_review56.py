"""review56 (round 16): second reading of fix16g (Art. 50(1) safeguards, review53 D1 and notes)
and of the lead's 2977694 (review55 D1, Art. 2(8) planned placing). No defect found; these tests
pin what was probed.

* Art. 50(1)-(4), both versions: the Art. 50(1) exception needs the authorisation and its
  third-party safeguards (or the Art. 50(3) fact); Art. 50(2) and (4) read the authorisation
  alone; "unless those systems are available for the public to report a criminal offence".
* Art. 2(8): an importer, distributor or making available beside research is refused unless
  placed_on_market is dated after the day; a putting into service after the day with no placing
  date is still refused (the placing may have been made); per case and per frame alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import COMPANY, assess, system

import aiact
from aiact.errors import InputError
from aiact.questions.catalogue import catalogue

D = dt.date
DAY = D(2026, 12, 5)


def _art50(authorised: bool | None, safeguards: bool | None, public: bool) -> aiact.AISystem:
    return system(
        transparency={
            "interacts_directly_with_persons": True,
            "interaction_obvious": False,
            "authorised_by_law_criminal_offences": authorised,
            "art50_1_safeguards_third_parties": safeguards,
            "permitted_by_law_detect_prevent_investigate": False if authorised is False else None,
            "available_to_public_to_report_offences": public,
            "generates_synthetic_image": True,
            "deep_fake": True,
        }
    )


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize(
    ("authorised", "safeguards", "public", "art50_1", "art50_2"),
    [
        (True, True, False, False, False),
        # a "no" to the safeguards settles the Art. 50(3) fact, whose permission carries them
        # (fix17a; before: undetermined, the Art. 50(3) fact unknown)
        (True, False, False, True, False),
        (True, None, False, None, False),
        (True, True, True, True, False),  # "unless ... available for the public to report"
        (None, True, False, None, None),
        (False, None, False, True, True),
    ],
)
def test_the_art50_1_exception_needs_its_safeguards_and_50_2_does_not(
    law: str,
    authorised: bool | None,
    safeguards: bool | None,
    public: bool,
    art50_1: bool | None,
    art50_2: bool | None,
) -> None:
    """Art. 50(1): "authorised by law ..., subject to appropriate safeguards for the rights and
    freedoms of third parties, unless those systems are available for the public to report a
    criminal offence"; Art. 50(2): "or where authorised by law to detect, prevent, investigate or
    prosecute criminal offences" (no safeguards); 2026/1744 amends only paragraph 7."""
    quote(
        "50",
        "subject to appropriate safeguards for the rights and freedoms of third parties, unless "
        "those systems are available for the public to report a criminal offence",
        "both",
    )
    quote("50", "or where authorised by law to detect, prevent, investigate or prosecute", "both")
    quote_nl("met inachtneming van passende waarborgen voor de rechten en vrijheden van derden")
    a = assess(_art50(authorised, safeguards, public), "2027-01-05", law=law)
    assert a.value("art50.1") is art50_1
    assert a.value("art50.2") is art50_2
    assert a.value("art50.4_deep_fake") is art50_2


def test_the_art50_3_answer_states_the_50_1_safeguards_too() -> None:
    """Observed as a note in round 16: ticking only the Art. 50(3) option, whose words include the
    third-party safeguards, wrote art50_1_safeguards_third_parties false beside the Art. 50(3)
    fact true. Fixed by fix17a (the option states the safeguards in its own words, and the input
    refuses the pair); since round 17 the option is part of the exceptions question again."""
    q = next(q for q in catalogue().questions if q.id == "transparency_exceptions")
    sets = q.sets(["permitted_art50_3"])
    assert sets["transparency.permitted_by_law_detect_prevent_investigate"] is True
    assert sets["transparency.authorised_by_law_detect_prevent_investigate"] is True
    assert sets["transparency.art50_1_safeguards_third_parties"] is True


def _research(kind: str, placed: dt.date | None, service: dt.date | None) -> aiact.AISystem:
    data: dict[str, Any] = system(placed_on_market=placed, put_into_service=service).model_dump()
    data["exclusions"]["pre_market_research_testing"] = True
    if kind == "importer":
        data["roles"].update(importer=True, provider=False, deployer=True)
        data["value_chain"]["provider_established_in_eu"] = False
    else:
        data["roles"].update(distributor=True, provider=False, deployer=True)
    return aiact.AISystem.model_validate(data)


@pytest.mark.parametrize("kind", ["importer", "distributor"])
@pytest.mark.parametrize(
    ("placed", "service", "refused"),
    [
        (D(2027, 6, 1), None, False),  # a planned placing
        (D(2027, 6, 1), D(2027, 7, 1), False),
        (None, D(2027, 6, 1), True),  # the placing's date unknown: it may have been made
        (DAY, None, True),
        (D(2027, 6, 1), D(2026, 1, 1), True),  # put into service already
    ],
)
def test_a_planned_placing_keeps_research_per_case_and_per_frame(
    kind: str, placed: dt.date | None, service: dt.date | None, refused: bool
) -> None:
    """Art. 2(8): "prior to their being placed on the market or put into service"."""
    quote("2", "prior to their being placed on the market or put into service")
    pytest.importorskip("pandas")
    from aiact.frame import assess_frame, systems_frame

    case = _research(kind, placed, service)
    for law in ("original", "amended"):
        try:
            aiact.assess(case, COMPANY, DAY, law)
            one = False
        except InputError:
            one = True
        try:
            assess_frame(systems_frame([case]), COMPANY, DAY, law, exposure=False, questions=False)
            framed = False
        except InputError:
            framed = True
        assert (one, framed) == (refused, refused)
