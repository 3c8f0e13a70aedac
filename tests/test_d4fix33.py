"""d4fix33 (rev32a D1): the Chapter III duties of a legacy system whose classification is open are
dated on the Art. 111(2) names without the "is high-risk" conjunct.

Art. 111(2) as replaced by Regulation (EU) 2026/1744: "this Regulation shall apply to operators
of high-risk AI systems ... that have been placed on the market or put into service before the
date of application of Chapter III referred to in Article 113, only if, as from that date, those
systems are subject to significant changes in their designs. In any case, the providers and
deployers of high-risk AI systems intended to be used by public authorities shall take the
necessary steps to comply with the requirements and obligations laid down in this Regulation by
2 August 2030" (published: "before 2 August 2026"). Art. 113, third paragraph, point (c) as
replaced: Chapter III applies "from 2 December 2027 as regards AI systems classified as high-risk
pursuant to Article 6(2) and Annex III".

So a system put into service in 2025 and not significantly changed, intended for public
authorities, is either high-risk (then its providers' and deployers' Chapter III duties bind from
2 August 2030: a legacy system, second sentence) or not (then they do not bind at all). Until
round 33 the date rules of Chapter III Sections 1-3 (``from.high_risk``), of the other operators'
Section 3 duties (``from.high_risk_other_operators``) and of Section 5 and Chapter IX
(``from.high_risk_gated``) read the system's own Art. 111(2) names (``legacy.placed_before_cutoff``
...), which include "is high-risk"; with the classification open they were unknown, so the Art.
113 date of the route (2 December 2027) was listed among the possible start dates of Art. 26(1)
of the Zeeland iVRI (tests/data/rev32a/zeeland-ivri.yaml), a date no completion gives, and a
director planned for it. Every duty of those groups requires ``hr.chapter_iii_applies`` (through
``duty.hr_system``), where the names without the conjunct (``HIGH_RISK_LEGACY``, legacy26,
review84 D2) equal the system's own: no date of a duty that binds changes, in any completion.

The Art. 111 deadline of such a row is now known (2 August 2030) where every possible case has
it. With the significant change unknown as well, a completion changed before 2030 is due from the
change (Art. 111(2), first sentence; review51), so the row's due date is a bound, stated as one
("at the latest": ``kind_of_due`` "deadline", the date it binds from unknown), exactly as for a
system known to be high-risk with the change unknown (review27, review69, review72): the latest
due date of the completions in which the duty binds; those in which it does not apply have no
due date and are not counted ("does not apply" is not a date).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lawquote import quote, quote_nl
from timecases import COMPANY, PUBLIC_BODY, system

import aiact
from aiact.timeline.transitional import Status, kind_of_due

D = dt.date
PA = D(2030, 8, 2)
"""Art. 111(2), second sentence: "by 2 August 2030"."""
IN_USE = D(2025, 4, 1)
"""Put into service before either Art. 111(2) cut-off (2 August 2026; 2 December 2027)."""


def _quote_111_2() -> None:
    quote(
        "111",
        "that have been placed on the market or put into service before the date of application "
        "of Chapter III referred to in Article 113, only if, as from that date, those systems are "
        "subject to significant changes in their designs",
        "amended",
    )
    quote(
        "111",
        "that have been placed on the market or put into service before 2 August 2026, only if, "
        "as from that date, those systems are subject to significant changes in their designs",
        "original",
    )
    quote(
        "111",
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations laid down in this Regulation by 2 August 2030",
        "amended",
    )
    quote_nl(
        "In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken van AI-systemen "
        "met een hoog risico die bedoeld zijn om door overheidsinstanties te worden gebruikt, de "
        "nodige stappen om uiterlijk op 2 augustus 2030"
    )


def _traffic_lights(
    safety: bool | None,
    *,
    role: str = "deployer",
    placed: dt.date = IN_USE,
    change: dt.date | str | None = "none",
    public: bool | None = True,
    law: str = "amended",
) -> aiact.AISystem:
    """Adaptive traffic lights (Annex III, point 2: "safety components in the management and
    operation of ... road traffic"), put into service on ``placed``; ``safety``: whether it is a
    safety component (Art. 3(14): its failure endangers health and safety; Art. 6(1a) as
    replaced: not solely used for non-safety related aspects), None: open. The published text
    has no Art. 6(1a) (point 2 reaches the system on its listing alone, A31), so there
    ``safety`` is whether it is listed in point 2 at all (the listing open: None)."""
    s = system(
        roles=("provider",) if role == "importer" else (role,),
        annex_iii=["2"] if law == "amended" or safety else [],
        annex_i={
            "legislation": [],
            "safety_component": False,
            "is_the_product": False,
            "solely_non_safety_functions": None if safety is None else not safety,
            "failure_endangers_health_safety": safety,
        },
        profiling=False,
        put_into_service=placed,
        significant_change=change,
        context={
            "intended_for_public_authorities": public,
            "used_by_public_authorities": public,
            "on_behalf_of_public_authority": public,
        },
    )
    data = s.model_dump(mode="json")
    if role == "importer":  # an importer imports a third-country provider's system (Art. 3(6))
        data["roles"].update(provider=False, importer=True)
        data["value_chain"]["provider_established_in_eu"] = False
    if law == "original" and safety is None:
        data["annex_iii"]["points"] = None
    return aiact.AISystem.model_validate(data)


def _start(r: aiact.ObligationResult) -> dt.date | None:
    """The date a completion binds the duty from; None where it does not apply or never binds."""
    if r.applies is not True or r.status is Status.NOT_APPLICABLE:
        return None
    return r.applies_from


def _assess(s: aiact.AISystem, role: str, day: dt.date, law: str) -> aiact.Assessment:
    return aiact.assess(s, PUBLIC_BODY if role == "deployer" else COMPANY, day, law)


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("day", [D(2026, 12, 7), D(2028, 1, 1)])
def test_the_open_classification_lists_only_the_dates_of_its_answers(
    law: str, day: dt.date
) -> None:
    """Art. 111(2) (both texts): put into service in 2025 (before either cut-off), not
    significantly changed, for public authorities: high-risk, Art. 26 binds the deployer from
    2 August 2030 (second sentence); not a safety component, no duty. The open row lists
    exactly {2 August 2030, does not apply}, and no Art. 113 date (rev32a D1)."""
    _quote_111_2()
    partial = _assess(_traffic_lights(None, law=law), "deployer", day, law)
    answers = {
        _start(_assess(_traffic_lights(safety, law=law), "deployer", day, law).obligation(oid))
        for safety in (True, False)
        for oid in ("art26_1",)
    }
    assert answers == {PA, None}
    for oid in ("art26_1", "art26_2", "art26_5", "art26_6", "art26_12"):
        r = partial.obligation(oid)
        assert r.applies is None and r.timing is not None, oid
        assert set(r.timing.possible_applies_from) | {None} == answers, (oid, r.timing)


@pytest.mark.parametrize("law", ["original", "amended"])
def test_an_importer_of_the_open_changed_legacy_system(law: str) -> None:
    """Art. 111(2), first sentence, is all that reaches an importer (its second sentence
    addresses "the providers and deployers"): a legacy system significantly changed on 1
    September 2028, after either cut-off, binds the importer from the change if it is high-risk
    and not at all if it is not. With the classification open the row lists the change and
    "does not apply", not the Art. 113 date of the route (``from.high_risk_other_operators``)."""
    _quote_111_2()
    change = D(2028, 9, 1)
    answers = set()
    for safety in (True, False):
        s = _traffic_lights(safety, role="importer", change=change, law=law)
        answers.add(_start(_assess(s, "importer", D(2028, 1, 1), law).obligation("art23_1")))
    assert answers == {change, None}
    s = _traffic_lights(None, role="importer", change=change, law=law)
    r = _assess(s, "importer", D(2028, 1, 1), law).obligation("art23_1")
    assert r.applies is None and r.timing is not None
    assert r.timing.possible_applies_from == (change, None), r.timing
    assert r.timing.earliest == change


@pytest.mark.parametrize("law", ["original", "amended"])
def test_with_the_change_open_too_the_due_date_is_a_bound(law: str) -> None:
    """Art. 111(2): with the classification and the significant change open, a provider of a
    legacy system for public authorities is due by 2 August 2030 at the latest (second sentence)
    and from the change where one before that day brought it in (first sentence; review51). The
    row's deadline is the one every binding completion has, and its due date is the latest due
    date of those completions, stated as a bound (the date it binds from unknown); a completion
    that is not high-risk has no date to count."""
    _quote_111_2()
    day = D(2026, 12, 7)
    s = _traffic_lights(None, role="provider", change=None, law=law)
    partial = _assess(s, "provider", day, law)
    r = partial.obligation("art9")
    assert r.applies is None and r.applies_from is None
    assert r.deadline == r.due == r.comply_by == PA
    assert r.due is not None and kind_of_due(r.applies_from, r.due) == "deadline"
    dues = []
    for safety in (True, False):
        for change in ("none", D(2027, 1, 10), D(2028, 9, 1), PA, D(2030, 8, 3)):
            s = _traffic_lights(safety, role="provider", change=change, law=law)
            c = _assess(s, "provider", day, law).obligation("art9")
            if _start(c) is None:
                continue
            assert c.deadline == PA
            dues.append(c.due)
    assert max(dues) == r.due and min(dues) < r.due  # a bound, not a shared value


@pytest.mark.parametrize("law", ["original", "amended"])
def test_a_known_change_is_the_due_date_whatever_the_classification(law: str) -> None:
    """Art. 111(2), first sentence ("only if, as from that date, those systems are subject to
    significant changes in their designs"), and second ("In any case ... by 2 August 2030"): a
    legacy system for public authorities significantly changed on 1 September 2028 is, if
    high-risk, bound from the change and due then (review51); if not, its Chapter III duties do
    not apply. With the classification open the row's due date and "Comply by" are the change,
    computed over the dates alone ("does not apply" is no date), not the later deadline of 2
    August 2030 that every binding completion shares; the date it binds from stays open (it
    may not bind), so the due date is stated as a bound."""
    _quote_111_2()
    change, day = D(2028, 9, 1), D(2026, 12, 7)
    s = _traffic_lights(None, role="provider", change=change, law=law)
    r = _assess(s, "provider", day, law).obligation("art9")
    assert r.applies is None and r.timing is not None
    assert r.timing.possible_applies_from == (change, None)
    assert r.deadline == PA
    assert r.due == r.comply_by == change
    assert kind_of_due(r.applies_from, change) == "deadline"
    done = _assess(
        _traffic_lights(True, role="provider", change=change, law=law), "provider", day, law
    )
    c = done.obligation("art9")
    assert (c.applies_from, c.deadline, c.due, c.comply_by) == (change, PA, change, change)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    law=st.sampled_from(["original", "amended"]),
    role=st.sampled_from(["provider", "deployer"]),
    placed=st.sampled_from([D(2024, 9, 1), D(2025, 4, 1), D(2026, 7, 1), D(2027, 6, 1)]),
    change=st.sampled_from(["none", None, D(2027, 3, 1), D(2028, 9, 1), D(2030, 8, 3)]),
    public=st.sampled_from([True, None]),
    day=st.sampled_from([D(2026, 12, 7), D(2028, 1, 1), D(2030, 9, 1)]),
)
def test_every_possible_start_is_an_answer(
    law: str,
    role: str,
    placed: dt.date,
    change: dt.date | str | None,
    public: bool | None,
    day: dt.date,
) -> None:
    """Art. 111(2) and Art. 113, third paragraph, point (c): for the Annex III (point 2) system
    of a public authority's supplier or the authority itself, put into service before the
    cut-off or near it, with its safety-component status open (and possibly the change and the
    public use), every date the row lists as a possible start of a Chapter III duty is the start
    in some completion, every completion's start is listed (or, the change open, is a change
    no earlier than the row's earliest date), a known date holds in each, a
    known deadline is every binding completion's, and a due date shown is no earlier than any
    binding completion's (and equal to each where the start is known)."""
    if isinstance(change, dt.date) and change < placed:
        return
    opened = {"safety": (True, False)}
    if change is None:
        opened["change"] = ("none", D(2027, 3, 1), D(2028, 9, 1), D(2030, 8, 3))
    if public is None:
        opened["public"] = (True, False)
    partial = _assess(
        _traffic_lights(None, role=role, placed=placed, change=change, public=public, law=law),
        role,
        day,
        law,
    )
    completions = []
    for safety in opened["safety"]:
        for ch in opened.get("change", (change,)):
            if isinstance(ch, dt.date) and ch < placed:
                continue
            for pub in opened.get("public", (public,)):
                s = _traffic_lights(
                    safety, role=role, placed=placed, change=ch, public=pub, law=law
                )
                completions.append(_assess(s, role, day, law))
    ids = ("art9", "art16_l", "art43") if role == "provider" else ("art26_1", "art26_5", "art26_12")
    for oid in ids:
        r = partial.obligation(oid)
        if r.timing is None:
            continue
        found = [c.obligation(oid) for c in completions]
        starts = {_start(c) for c in found}
        listed = (
            set(r.timing.possible_applies_from)
            if r.timing.applies_from is None
            else {r.timing.applies_from}
        )
        if r.applies is None or r.status is Status.NOT_APPLICABLE:
            listed.add(None)
        if r.status is Status.NOT_APPLICABLE:
            listed = {None}
        assert listed <= starts, (oid, r.timing, starts)  # each listed date is an answer
        for start in starts - listed:
            # an unknown change is left out of the list (it decides the date,
            # ``undetermined_because``); the row's earliest date is not after it
            assert change is None and start is not None, (oid, r.timing, starts)
            assert r.timing.earliest is None or r.timing.earliest <= start, (oid, r.timing)
        binding = [c for c in found if _start(c) is not None]
        if r.timing.applies_from is not None:
            assert all(c.applies_from == r.timing.applies_from for c in binding), oid
        if r.deadline is not None:
            assert all(c.deadline == r.deadline for c in binding), oid
        if r.due is not None:
            assert all(c.due is not None and c.due <= r.due for c in binding), oid
            if r.applies_from is not None:
                assert all(c.due == r.due for c in binding), oid
