"""legal24 (round 24): review78's open question (Q3 there): under A30=provider_assessment_stands
(ADR 0032) with A27 at its default legacy_high_risk (ADR 0029), the rules
``legacy.placed_before_cutoff.reclassified`` and ``legacy.significant_change.reclassified``
concluded the general predicates ``legacy.placed_before_cutoff`` / ``legacy.significant_change``,
which date EVERY duty of the system through Art. 111(2) (``legacy.art111_2_system``, the cases of
every ``from.*`` rule), although under that reading the finding classifies nothing.

Decision (text below; ADR 0029 and 0032, round 24):

* A27 asks "from when do the duties of Art. 80(4)-(5) bind the provider" of a system found
  high-risk; A30=provider_assessment_stands says "only the Art. 80(4)-(5) duties follow from"
  the finding. So under that reading the reclassified rules date Art. 80(4)-(5) alone; every
  other duty follows the system's classification on its facts: Art. 111(2) shelters "operators
  of high-risk AI systems", and its cut-off is "the date of application of Chapter III referred
  to in Article 113" for the route that classifies the system (point (c)(ii), 2 August 2028 for
  Art. 6(1) and Annex I). Where the facts make the system not high-risk, Art. 111(2) does not
  reach it at all.
* Under A30=finding_sets_classification (default) the finding makes the system high-risk under
  Art. 6(2) and Annex III; the Annex III route rules already conclude the general predicates on
  the Annex III cut-off, so every duty keeps its date (no answer changed there).
* Fix: the two rules conclude names of their own (the rule ids unchanged), read only by the date
  rule of Art. 80(4)-(5) (``aiact.rules.timing.RECLASSIFIED_LEGACY``), with a third,
  ``legacy.case.changed_for_public_authorities.reclassified``, for its second-sentence case.
  Consequence: with the finding true, Art. 80(4)-(5) are dated the same under either reading of
  A30 (A27 dates them; A30 says what else follows).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from lawquote import quote, quote_nl
from test_review71 import _BASE, _case
from timecases import ANNEX_I_MEDICAL, COMPANY

import aiact
from aiact.interpretations import Interpretations
from aiact.rules import SYSTEM_RULES
from aiact.rules.timing import RECLASSIFIED_LEGACY, SYSTEM_LEGACY, TimingGroup
from aiact.timeline.transitional import Status

D = dt.date
_STANDS = "provider_assessment_stands"
_SETS = "finding_sets_classification"
_ART80 = ("art80_4", "art80_5")


def _quote_the_readings() -> None:
    quote("80", "finds that the AI system concerned is high-risk")
    quote(
        "80",
        "The provider shall ensure that all necessary action is taken to bring the AI system "
        "into compliance with the requirements and obligations laid down in this Regulation",
    )
    quote(
        "111",
        "this Regulation shall apply to operators of high-risk AI systems, other than the systems "
        "referred to in paragraph 1 of this Article, that have been placed on the market or put "
        "into service before the date of application of Chapter III referred to in Article 113, "
        "only if, as from that date, those systems are subject to significant changes in their "
        "designs",
        "amended",
    )
    quote("6", "By derogation from paragraph 2, an AI system referred to in Annex III shall not")
    quote_nl(
        "is deze verordening alleen van toepassing op operatoren van AI-systemen met een hoog "
        "risico"
    )
    quote_nl("Indien de markttoezichtautoriteit bij die toetsing vaststelt dat het betrokken")


def _system(annex_i: Any, placed: D, change: Any, finding: Any, public: bool = False) -> dict:
    """A system listed in Annex III point 4(a), its provider relying on Art. 6(3) (the
    derogation's facts true), with the authority's finding ``finding`` (None: unknown) and, by
    ``annex_i``, also an Annex I product (True), not one (False) or unknown (None)."""
    s = _case("reclass", dict(_BASE, placed=placed, change=change, public=public, route="iii"))
    if annex_i is None:
        s["annex_i"] = dict.fromkeys(ANNEX_I_MEDICAL)
    elif annex_i:
        s["annex_i"] = dict(ANNEX_I_MEDICAL)
    s["authority_actions"]["msa_found_derogated_system_high_risk"] = finding
    return s


def _assess(system: dict, day: str, law: str, **readings: str) -> aiact.Assessment:
    return aiact.assess(system, COMPANY, day, law, interpretations=Interpretations(**readings))


def _row(a: aiact.Assessment) -> dict[str, Any]:
    out: dict[str, Any] = {"tier": a.risk_tier}
    for r in a.obligation_results:
        timing = r.timing
        out[r.id] = (
            r.applies,
            r.status,
            r.applies_from,
            timing
            and (timing.grace, timing.deadline, timing.possible_applies_from, timing.earliest),
        )
    return out


# ------------------------------------------------------------------- review78's probe


def test_review78_probe_the_annex_i_route_counts_a_change_from_its_own_cut_off() -> None:
    """Art. 111(2) as amended: "before the date of application of Chapter III referred to in
    Article 113, only if, as from that date"; point (c)(ii): Chapter III applies "2 August 2028
    as regards AI systems classified as high-risk pursuant to Article 6(1) and Annex I". Under
    A30=provider_assessment_stands the finding does not set aside the Art. 6(3) derogation, so a
    derogated Annex III system that is also an Annex I product is high-risk by Annex I only; a
    change on 2 Dec 2027 is before that route's cut-off, so it does not bring the Regulation in
    (A21=literal: Art. 4(1) stays sheltered; the Chapter III duties do not apply). Before
    legal24, the reclassified rule counted the change from the Annex III cut-off (2 Dec 2027):
    Art. 4(1) in force from 2 Dec 2027, Art. 9 from 2 Aug 2028. Art. 80(4) is A27's and keeps
    its date (the Annex III cut-off and date: from the change); since review80 D1 it takes the
    Annex I route's shelter too."""
    _quote_the_readings()
    quote(
        "113",
        "2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) "
        "and Annex I",
        "amended",
    )
    readings = {"art80_finding": _STANDS, "legacy_general_duties": "literal"}
    for day in ("2028-01-05", "2031-01-01"):
        a = _assess(_system(True, D(2025, 3, 1), D(2027, 12, 2), True), day, "amended", **readings)
        values = a.dates.evaluation.values
        assert values["hr.route_annex_iii"] is False and values["hr.route_annex_i"] is True
        assert values["legacy.significant_change"] is False
        # review80 D1 (round 24): Art. 80(4) too counts the change from the Annex I route's
        # cut-off under stands (legal24 had it from the Annex III cut-off, in force from the
        # change on 2 Dec 2027).
        assert values["legacy.significant_change.reclassified"] is False
        art4 = a.obligation("art4_1")
        assert art4.applies is True and art4.status is Status.NOT_APPLICABLE, (day, art4)
        assert a.obligation("art9").applies is False  # legacy.exempt: Art. 111(2) shelters it
        art80 = a.obligation("art80_4")
        assert art80.status is Status.NOT_APPLICABLE, (day, art80)
    # The same system changed on 2 Aug 2028, the Annex I cut-off: in from the change.
    a = _assess(
        _system(True, D(2025, 3, 1), D(2028, 8, 2), True), "2031-01-01", "amended", **readings
    )
    assert a.obligation("art4_1").applies_from == D(2028, 8, 2)
    assert a.obligation("art9").applies_from == D(2028, 8, 2)
    assert a.obligation("art80_4").applies_from == D(2028, 8, 2)


def test_a_system_not_high_risk_on_its_facts_is_no_legacy_high_risk_system() -> None:
    """Art. 111(2) (both texts; Dutch: "operatoren van AI-systemen met een hoog risico"): under
    A30=provider_assessment_stands the derogated Annex III system is not high-risk whatever the
    finding, so Art. 111(2) does not defer its other duties: Art. 4 under A21=literal and Art.
    79(4) (general date) bind on their Art. 113 dates. Before legal24 the reclassified rule made
    it a legacy system for every duty: Art. 4(1) not applicable (or by 2 August 2030 for a system
    intended for public authorities), Art. 79(4)'s date sheltered."""
    _quote_the_readings()
    quote("111", "this Regulation shall apply to operators of high-risk AI systems", "both")
    readings = {"art80_finding": _STANDS, "legacy_general_duties": "literal"}
    for law, art4, art4_from in (
        ("amended", "art4_1", D(2026, 7, 27)),
        ("original", "art4", D(2025, 2, 2)),
    ):
        for public in (False, True):
            a = _assess(
                _system(False, D(2025, 3, 1), "none", True, public), "2028-01-05", law, **readings
            )
            assert a.risk_tier.value == "minimal"
            assert a.dates.evaluation.values["legacy.placed_before_cutoff"] is False
            result = a.obligation(art4)
            assert result.status is Status.IN_FORCE and result.applies_from == art4_from, (
                law,
                public,
                result,
            )
            assert a.obligation("art79_4").applies_from == D(2026, 8, 2), (law, public)
            # Art. 80(4)-(5) stay sheltered by A27 (legacy Annex III system, unchanged).
            art80 = a.obligation("art80_4")
            expected = Status.NOT_APPLICABLE if not public else Status.UPCOMING
            assert art80.status is expected, (law, public, art80)


# ------------------------------------------------------------------- the invariants

_PLACED = (D(2025, 3, 1), D(2026, 8, 2), D(2027, 12, 1), D(2027, 12, 2), D(2028, 8, 1))
_CHANGES: tuple[Any, ...] = (
    "none",
    None,
    D(2026, 8, 1),
    D(2026, 8, 2),
    D(2027, 12, 1),
    D(2027, 12, 2),
    D(2028, 8, 1),
    D(2028, 8, 2),
)


def _grid(law: str) -> Any:
    for annex_i, placed, change, a27, a21 in itertools.product(
        (True, False, None),
        _PLACED,
        _CHANGES,
        ("legacy_high_risk", "placed_as_not_high_risk"),
        (None, "literal"),
    ):
        if isinstance(change, D) and change < placed:
            continue
        readings = {"reclassified_system_timing": a27}
        if a21:
            readings["legacy_general_duties"] = a21
        yield annex_i, placed, change, readings


@pytest.mark.parametrize("law", ["original", "amended"])
def test_under_provider_assessment_stands_the_finding_changes_only_art80_4_and_5(law: str) -> None:
    """A30=provider_assessment_stands: "The classification follows the facts of the Art. 6(3)
    assessment whatever the finding: only the Art. 80(4)-(5) duties follow from it". So a finding
    given as true changes nothing but art80_4 and art80_5 against the same case with the finding
    false: not the tier, no other duty, no date. Both texts, A27 both ways, A21 both ways, an
    Annex I product or not or unknown, placings and changes on each side of 2 Aug 2026, 2 Dec 2027
    and 2 Aug 2028, assessed on 5 Jan 2028 and 1 Jan 2031. Before legal24 the reclassified rules
    moved every duty (Art. 4, 79(4), the Chapter III duties of an Annex I product)."""
    _quote_the_readings()
    checked = 0
    for annex_i, placed, change, readings in _grid(law):
        for day in ("2028-01-05", "2031-01-01"):
            if isinstance(change, D) and change > D.fromisoformat(day):
                continue
            rows = [
                _row(
                    _assess(
                        _system(annex_i, placed, change, finding),
                        day,
                        law,
                        art80_finding=_STANDS,
                        **readings,
                    )
                )
                for finding in (True, False)
            ]
            for key in set(rows[0]) | set(rows[1]):
                if key not in _ART80:
                    assert rows[0].get(key) == rows[1].get(key), (
                        annex_i,
                        placed,
                        change,
                        readings,
                        day,
                        key,
                        rows[0].get(key),
                        rows[1].get(key),
                    )
            checked += 1
    assert checked > 300


@pytest.mark.parametrize("law", ["original", "amended"])
def test_a27_dates_art80_4_and_5_the_same_under_either_reading_of_a30(law: str) -> None:
    """A27 (ADR 0029) dates the duties of Art. 80(4)-(5) of a system found high-risk ("from when
    do the duties of Art. 80(4)-(5) bind the provider"); A30 (ADR 0032) decides what else the
    finding classifies. With the finding true, art80_4 and art80_5 (applicability, status,
    date, deadline) are the same under both readings of A30. Before legal24 they differed for a
    system that is also an Annex I product and was placed between the Annex III cut-off (2 Dec
    2027) and the Annex I cut-off (2 Aug 2028) as amended: under provider_assessment_stands the
    system's own Annex I route sheltered Art. 80(4)-(5) too, while under the default the system
    is an Annex III system (the finding sets aside the derogation, and the Annex III route wins,
    ``hr.route_annex_i``), dated from 2 Dec 2027.

    Since review80 D1 (round 24) the equality holds where the system is not an Annex I product,
    and in the published text (one cut-off for both routes): under provider_assessment_stands
    an Annex I product is high-risk by Art. 6(1) and Annex I alone, and Art. 111(2) shelters
    its operators, Art. 80 included, until the Annex I route's cut-off (2 Aug 2028 as amended;
    tests/test_review80.py)."""
    _quote_the_readings()
    checked = 0
    for annex_i, placed, change, readings in _grid(law):
        if law == "amended" and annex_i is not False:
            continue  # review80 D1: the Annex I route's own shelter under stands
        for day in ("2028-01-05", "2031-01-01"):
            if isinstance(change, D) and change > D.fromisoformat(day):
                continue
            system = _system(annex_i, placed, change, True)
            stands = _row(_assess(system, day, law, art80_finding=_STANDS, **readings))
            sets = _row(_assess(system, day, law, art80_finding=_SETS, **readings))
            for key in _ART80:
                assert stands[key] == sets[key], (annex_i, placed, change, readings, day, key)
            checked += 1
    assert checked > 150


def test_under_the_default_the_reclassified_rules_add_nothing_to_the_system_s_own() -> None:
    """A30=finding_sets_classification (default): with the finding true the system is high-risk
    under Art. 6(2) and Annex III (``hr.route_annex_iii``), so the Annex III route rules conclude
    ``legacy.placed_before_cutoff`` / ``legacy.significant_change`` on the same cut-off as the
    reclassified ones: every duty of the system is dated by the Annex III route as before
    legal24 (the current behaviour is right there)."""
    _quote_the_readings()
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "amended",
    )
    for law, annex_i, placed, change in itertools.product(
        ("original", "amended"),
        (True, False),
        _PLACED,
        ("none", D(2027, 12, 2), D(2028, 8, 2)),
    ):
        if isinstance(change, D) and change < placed:
            continue
        a = _assess(_system(annex_i, placed, change, True), "2031-01-01", law)
        values = a.dates.evaluation.values
        assert values["hr.route_annex_iii"] is True and values["hr.route_annex_i"] is False
        assert (
            values["legacy.placed_before_cutoff"]
            == values["legacy.placed_before_cutoff.reclassified"]
        )
        assert (
            values["legacy.significant_change"] == values["legacy.significant_change.reclassified"]
        )


def test_the_reclassified_names_are_read_only_by_the_date_rule_of_art80() -> None:
    """The three reclassified names are read by the date rule of Art. 80(4)-(5) under A27
    (``from.art80_reclassified.legacy_high_risk`` and its Art. 111(2) branch) and by nothing
    else; the general predicates are concluded by no rule that reads the finding (so no duty
    other than Art. 80(4)-(5) moves with it outside A30's own rules)."""
    reclassified = {
        RECLASSIFIED_LEGACY.placed,
        RECLASSIFIED_LEGACY.changed,
        RECLASSIFIED_LEGACY.changed_for_public_authorities,
    }
    general = {
        SYSTEM_LEGACY.placed,
        SYSTEM_LEGACY.changed,
        SYSTEM_LEGACY.changed_for_public_authorities,
    }
    finding = "authority_actions.msa_found_derogated_system_high_risk"
    for rule in SYSTEM_RULES:
        if rule.concludes in general:
            assert finding not in rule.when, rule.id
        if rule.concludes not in reclassified:
            assert not reclassified & set(rule.when.replace("(", " ").replace(")", " ").split())
    readers: set[str] = set()
    a = _assess(_system(True, D(2025, 3, 1), "none", True), "2031-01-01", "amended")
    for name, cases in a.dates.plan.rules.items():
        for case in cases:
            if case.reads in reclassified:
                readers.add(name)
    art80 = f"{TimingGroup.RECLASSIFIED.rule}.legacy_high_risk"
    assert readers == {art80, f"{art80}.art111_2", f"{art80}.art111_2.public_authorities"}


def test_the_art80_dates_of_a_reclassified_legacy_system_are_unchanged() -> None:
    """ADR 0029, Consequences (round 9), kept: placed before the cut-off and unchanged, Art.
    80(4) is not applicable (grace art111_2); intended for public authorities, by 2 August 2030;
    changed on or after the cut-off, from the later of the change and the Annex III date (2 Dec
    2027 amended, 2 Aug 2026 original); under both readings of A30."""
    quote(
        "111",
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations laid down in this Regulation by 2 August 2030",
        "amended",
    )
    for a30 in (_SETS, _STANDS):
        for law, change, public, status, start in (
            ("amended", "none", False, Status.NOT_APPLICABLE, None),
            ("amended", "none", True, Status.IN_FORCE, D(2030, 8, 2)),
            ("amended", D(2028, 3, 1), False, Status.IN_FORCE, D(2028, 3, 1)),
            ("amended", D(2028, 3, 1), True, Status.IN_FORCE, D(2028, 3, 1)),
            ("original", D(2026, 9, 1), False, Status.IN_FORCE, D(2026, 9, 1)),
        ):
            system = _system(False, D(2025, 3, 1), change, True, public)
            result = _assess(system, "2031-01-01", law, art80_finding=a30).obligation("art80_4")
            assert result.status is status and result.applies_from == start, (
                a30,
                law,
                change,
                public,
                result,
            )
