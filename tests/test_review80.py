"""review80 (round 24): second reading of legal24 (commits e810bc5..81aa30b): the reclassified
legacy rules of A27 (``legacy.placed_before_cutoff.reclassified``,
``legacy.significant_change.reclassified``, new ``legacy.case.changed_for_public_authorities.
reclassified``) conclude names of their own, read only by the date rule of Art. 80(4)-(5)
(``aiact.rules.timing.RECLASSIFIED_LEGACY``).

Law: Art. 6(1)-(3), Art. 80(1)-(5), Art. 111(2) as published ("before 2 August 2026") and as
replaced by 2026/1744 Art. 1 point (39) ("before the date of application of Chapter III referred
to in Article 113"), Art. 113 third paragraph point (c) as amended ((i) 2 Dec 2027 Annex III,
(ii) 2 Aug 2028 Annex I), the Dutch Art. 80(2) and 111(2); A27 and A30 (aiact/interpretations.py).

Findings:

* Q1 (RIGHT): under A30=provider_assessment_stands the finding now changes nothing but Art.
  80(4)-(5) (test: finding true vs false, 528 pairs, both texts, Annex I true/false/unknown,
  A21 both ways: only art80_4/art80_5 differ). Under the default A30 the reclassified names
  equal the system's own (the finding makes it an Annex III system, same cut-off), so every
  duty but art80_4/5 keeps its date. A/B probe (/tmp, git archive of ecd37f3 = main before the
  merge vs 0dac7f5 = main with legal24; both on 8c46eaf + never24/speed merges): 9,600 cases
  (both texts x A30 x A27 x A21 x Annex I true/false/unknown x finding true/unknown x 5 placings
  x 7 changes x public x 2 days), 1,136 changed, all with A27=legacy_high_risk; under the
  default A30 only art80_4/art80_5 changed (288 results, finding unknown, Annex I product or
  unknown, placed 2 Dec 2027 - 1 Aug 2028 as amended): now "undetermined, from 2 Dec 2027",
  which is the only date in any world where Art. 80(4) applies (finding true: Annex III route
  only). Right.
* Q2 (DEFECT D1, decided silently, no named reading): under A30=provider_assessment_stands a
  derogated Annex III system that is also an Annex I product is a high-risk AI system by Art.
  6(1) alone; Art. 111(2) as amended says "this Regulation shall apply to operators of high-risk
  AI systems ... placed on the market or put into service before the date of application of
  Chapter III referred to in Article 113, only if, as from that date, those systems are subject
  to significant changes in their designs". For this system that date is 2 Aug 2028 (point
  (c)(ii)); the provider is the operator of such a system; Art. 80 is part of "this
  Regulation", and the library itself holds so (A27's default shelters Art. 80(4)-(5) by Art.
  111(2), "whose words do not turn on the provider's classification"). The Annex III cut-off
  that A27 adds is a premise for a system the finding classifies; under this reading the finding
  classifies nothing, and a deeming meant to give the provider the shelter cannot take away the
  shelter its facts give. legal24's argument ("the Annex III route decides" for a system
  high-risk by both routes, ``hr.route_annex_i``) does not fit: under this reading the system is
  not high-risk by Annex III. So Art. 80(4)-(5) of such a system placed before 2 Aug 2028 (as
  amended) bind only after a significant change as from 2 Aug 2028 (second sentence: by 2 Aug
  2030 for public authorities). legal24 made them bind from 2 Dec 2027 for a placing from
  2 Dec 2027 to 1 Aug 2028 (before: sheltered); a change from 2 Dec 2027 to 1 Aug 2028 of a
  system placed earlier brings them in from the change (before legal24 too; review78 Q3 (a)).
  Strict xfail below. Published text: both cut-offs are 2 Aug 2026, no difference.
* Q3: every CHANGELOG line is borne out by the probe and is right (not high-risk on its facts:
  Art. 79(4) from 2 Aug 2026, A21=literal Art. 4 from 2 Feb 2025 / Art. 4(1) from 27 Jul 2026;
  Annex I product: Chapter III duties follow 2 Aug 2028; Annex I unknown: undetermined), except
  its line on Art. 80(4)-(5) of an Annex I product placed 2 Dec 2027 - 1 Aug 2028 (D1).
  Not listed (NOTE): under A30=provider_assessment_stands with an Annex I product and the
  finding UNKNOWN, art80_4/art80_5 (both texts, every placing before the cut-off) now list the
  base date (2 Aug 2026 / 2 Dec 2027) among their possible dates beside "none", where they were
  "sheltered (art111_2)"; this is the library's usual treatment of an unknown finding (the same
  as under the default A30 and for a system that is no Annex I product), so it is consistent,
  but unlisted. Under the default, the CHANGELOG says art80_4/5 "now show the date a finding
  would give (2 December 2027), where they showed none": they also lose the possible change
  dates and the 2 Aug 2030 deadline they listed before (right: those came from the Annex I
  route that the finding displaces).
* Q4 (RIGHT): the static floor check (tests/test_review78.py Q1) reads both sets of names and
  passes; the new second-sentence rule has the reclassified change as a conjunct (test below).
  ``assess_frame`` equals ``aiact.assess`` on the reclassified population (test below).
* Q5 (RIGHT): titles EN/NL of the three rules use the official Dutch terms
  ("markttoezichtautoriteit", "vastgesteld dat het systeem een hoog risico vormt", "in de handel
  gebracht of in gebruik gesteld", "aanzienlijk gewijzigd in het ontwerp",
  "overheidsinstanties"); no English words; B1 (long, as the older titles).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from lawquote import quote, quote_nl
from test_frame import _same_as_per_case
from test_legal24 import _assess, _row, _system
from timecases import COMPANY

import aiact
from aiact.frame import assess_frame, systems_frame
from aiact.interpretations import Interpretations
from aiact.rules import SYSTEM_RULES
from aiact.rules.timing import RECLASSIFIED_LEGACY, SYSTEM_LEGACY
from aiact.timeline.transitional import Status
from aiact.versions import LawVersion

D = dt.date
_STANDS = "provider_assessment_stands"
_SETS = "finding_sets_classification"
_PLACINGS = (D(2025, 3, 1), D(2027, 12, 2), D(2028, 3, 1))
_CHANGES: tuple[Any, ...] = ("none", D(2027, 12, 2), D(2028, 8, 2), None)


def _quote_111_2() -> None:
    quote(
        "111",
        "this Regulation shall apply to operators of high-risk AI systems, other than the systems "
        "referred to in paragraph 1 of this Article, that have been placed on the market or put "
        "into service before the date of application of Chapter III referred to in Article 113, "
        "only if, as from that date, those systems are subject to significant changes in their "
        "designs",
        "amended",
    )
    quote("111", "placed on the market or put into service before 2 August 2026, only if")
    quote_nl(
        "is deze verordening alleen van toepassing op operatoren van AI-systemen met een hoog "
        "risico"
    )


def _population() -> list[tuple[Any, ...]]:
    return [
        (law, ai, placed, change, public)
        for law, ai, placed, change, public in itertools.product(
            ("original", "amended"), (True, False, None), _PLACINGS, _CHANGES, (False, True)
        )
        if not (isinstance(change, D) and change < placed)
    ]


# --------------------------------------------------------------------------- Q1


@pytest.mark.parametrize("a21", ["not_deferred", "literal"])
def test_q1_under_stands_the_finding_changes_only_art80_4_and_5(a21: str) -> None:
    """A30=provider_assessment_stands: "only the Art. 80(4)-(5) duties follow from" the finding.
    Art. 80(2): the authority "finds that the AI system concerned is high-risk"; Art. 6(3): "By
    derogation from paragraph 2, an AI system referred to in Annex III shall not be considered
    to be high-risk". Finding true and false give the same result for every duty but
    art80_4/art80_5 (both texts, Annex I true/false/unknown, placings and changes around the
    cut-offs, public use or not)."""
    _quote_111_2()
    quote("80", "finds that the AI system concerned is high-risk")
    quote("6", "By derogation from paragraph 2, an AI system referred to in Annex III shall not")
    quote_nl("Indien de markttoezichtautoriteit bij die toetsing vaststelt dat het betrokken")
    for day in ("2028-01-05", "2031-01-01"):
        for law, ai, placed, change, public in _population():
            rows = [
                _row(
                    _assess(
                        _system(ai, placed, change, finding, public),
                        day,
                        law,
                        art80_finding=_STANDS,
                        legacy_general_duties=a21,
                    )
                )
                for finding in (True, False)
            ]
            diff = {k for k in rows[0].keys() | rows[1].keys() if rows[0].get(k) != rows[1].get(k)}
            assert diff <= {"art80_4", "art80_5"}, (day, law, ai, placed, change, public, diff)


def test_q1_under_the_default_the_reclassified_names_equal_the_systems_own() -> None:
    """A30=finding_sets_classification (default): the finding makes the system high-risk under
    Art. 6(2) and Annex III ("2 December 2027 as regards AI systems classified as high-risk
    pursuant to Article 6(2) and Annex III", point (c)(i)), so the Annex III route rules
    conclude the general names on the same cut-off: with the finding true, each reclassified
    name has the value of the system's own, and every duty keeps its pre-legal24 date."""
    _quote_111_2()
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "amended",
    )
    pairs = (
        (SYSTEM_LEGACY.placed, RECLASSIFIED_LEGACY.placed),
        (SYSTEM_LEGACY.changed, RECLASSIFIED_LEGACY.changed),
    )
    for law, ai, placed, change, public in _population():
        a = _assess(_system(ai, placed, change, True, public), "2031-01-01", law)
        values = a.dates.evaluation.values
        for own, reclassified in pairs:
            assert values[own] == values[reclassified], (law, ai, placed, change, own)
        a_ = _assess(
            _system(ai, placed, change, True, public),
            "2031-01-01",
            law,
            reclassified_system_timing="placed_as_not_high_risk",
        )
        # A27's other reading: the reclassified names never hold.
        assert not a_.dates.evaluation.values[RECLASSIFIED_LEGACY.placed]


# --------------------------------------------------------------------------- Q2: D1


@pytest.mark.parametrize(
    ("placed", "change"),
    [(D(2028, 3, 1), "none"), (D(2027, 12, 2), "none"), (D(2025, 3, 1), D(2027, 12, 2))],
)
def test_d1_an_annex_i_products_art80_4_is_sheltered_by_its_own_route(
    placed: dt.date, change: Any
) -> None:
    """Art. 111(2) as amended: "this Regulation shall apply to operators of high-risk AI systems
    ... placed ... before the date of application of Chapter III referred to in Article 113, only
    if, as from that date, those systems are subject to significant changes"; point (c)(ii):
    "2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) and
    Annex I". Under A30=provider_assessment_stands the system (Annex III 4(a), derogated, found
    high-risk, an Annex I product) is high-risk by Annex I alone and was placed before 2 Aug
    2028 with no change as from that date: Art. 80(4) (part of "this Regulation") is sheltered,
    as the Chapter III duties of the same system are. Now: in force from 2 Dec 2027 (or from the
    change)."""
    _quote_111_2()
    quote(
        "113",
        "2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) "
        "and Annex I",
        "amended",
    )
    quote(
        "80",
        "The provider shall ensure that all necessary action is taken to bring the AI system "
        "into compliance with the requirements and obligations laid down in this Regulation",
    )
    a = _assess(_system(True, placed, change, True), "2031-01-01", "amended", art80_finding=_STANDS)
    values = a.dates.evaluation.values
    assert values["hr.route_annex_i"] is True and values["hr.route_annex_iii"] is False
    assert a.obligation("art9").applies is False  # sheltered by Art. 111(2) (Annex I route)
    art80 = a.obligation("art80_4")
    assert art80.status is Status.NOT_APPLICABLE, art80


def test_d1_the_published_text_has_one_cut_off_for_both_routes() -> None:
    """Published Art. 111(2): "placed on the market or put into service before 2 August 2026,
    only if, as from that date": one cut-off for every route, so D1 does not arise; Art. 80(4)
    of the same system placed 1 Mar 2025, no change, stays sheltered under both readings of
    A30."""
    _quote_111_2()
    for reading in (_STANDS, _SETS):
        a = _assess(
            _system(True, D(2025, 3, 1), "none", True),
            "2031-01-01",
            "original",
            art80_finding=reading,
        )
        assert a.obligation("art80_4").status is Status.NOT_APPLICABLE, reading


# --------------------------------------------------------------------------- Q3


def test_q3_not_high_risk_on_its_facts_art79_4_binds_from_the_general_date() -> None:
    """CHANGELOG (legal24), first line: under A30=provider_assessment_stands a derogated system
    that is no Annex I product is not high-risk ("shall not be considered to be high-risk", Art.
    6(3)), so Art. 111(2) ("operators of high-risk AI systems") does not reach it: Art. 79(4)
    dates from 2 Aug 2026 (Art. 113, second paragraph), not sheltered; Art. 80(4) stays
    sheltered (A27)."""
    _quote_111_2()
    quote("6", "By derogation from paragraph 2, an AI system referred to in Annex III shall not")
    quote("113", "It shall apply from 2 August 2026")
    for law in ("original", "amended"):
        a = _assess(
            _system(False, D(2025, 3, 1), "none", True), "2031-01-01", law, art80_finding=_STANDS
        )
        values = a.dates.evaluation.values
        assert values[SYSTEM_LEGACY.placed] is False
        assert values[RECLASSIFIED_LEGACY.placed] is True
        assert a.obligation("art79_4").applies_from == D(2026, 8, 2), law
        assert a.obligation("art80_4").status is Status.NOT_APPLICABLE, law


# --------------------------------------------------------------------------- Q4


def test_q4_the_new_second_sentence_rule_reads_the_reclassified_change() -> None:
    """Art. 111(2): a change counts only "as from that date". The new rule
    ``legacy.case.changed_for_public_authorities.reclassified`` has the reclassified change as a
    conjunct (which has the Annex III cut-off comparison), so the date floor of
    ``COUNTED_FROM_CUTOFF`` holds for it (review78 Q1's static check reads it too)."""
    _quote_111_2()
    rules = {r.id: r for r in SYSTEM_RULES}
    new = rules["legacy.case.changed_for_public_authorities.reclassified"]
    assert new.concludes == RECLASSIFIED_LEGACY.changed_for_public_authorities
    assert RECLASSIFIED_LEGACY.changed in new.when.split(" and ")
    changed = rules["legacy.significant_change.reclassified"]
    assert changed.concludes == RECLASSIFIED_LEGACY.changed
    assert "dates.changed_after_art111_2_cutoff_annex_iii" in changed.when.split(" and ")
    assert rules["legacy.placed_before_cutoff.reclassified"].concludes == RECLASSIFIED_LEGACY.placed


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("a30", [_SETS, _STANDS])
def test_q4_the_frame_equals_the_engine_on_reclassified_systems(law: str, a30: str) -> None:
    """``assess_frame`` equals ``aiact.assess`` (tier, every obligation's status and date,
    exposure, open questions) on systems found high-risk under Art. 80(2) ("finds that the AI
    system concerned is high-risk"), finding true or unknown, Annex I true/false/unknown, the
    change none, on the Annex III cut-off or unknown, under A21=literal."""
    quote("80", "finds that the AI system concerned is high-risk")
    readings = Interpretations(art80_finding=a30, legacy_general_duties="literal")
    systems, organisations = [], []
    for ai, finding, placed, change in itertools.product(
        (True, False, None),
        (True, None),
        (D(2025, 3, 1), D(2028, 3, 1)),
        ("none", D(2028, 3, 1), None),
    ):
        if isinstance(change, D) and change < placed:
            continue
        systems.append(aiact.AISystem.model_validate(_system(ai, placed, change, finding, True)))
        organisations.append(COMPANY)
    for day in (D(2028, 1, 5), D(2031, 1, 1)):
        out = assess_frame(
            systems_frame(systems, organisations), None, day, law, interpretations=readings
        )
        _same_as_per_case(out, systems, organisations, day, LawVersion.parse(law), readings)


# --------------------------------------------------------------------------- Q5


def test_q5_the_dutch_titles_use_the_official_terms() -> None:
    """The Dutch titles use the words of the Dutch text: Art. 80(2) "vaststelt dat het
    betrokken AI-systeem een hoog risico vormt", "markttoezichtautoriteit"; Art. 111(2)
    "aanzienlijke wijzigingen in hun ontwerp", "overheidsinstanties"."""
    quote_nl("Indien de markttoezichtautoriteit bij die toetsing vaststelt dat het betrokken")
    quote_nl("een hoog risico vormt")
    quote_nl("aanzienlijke wijzigingen in hun ontwerp")
    quote_nl("die bedoeld zijn om door overheidsinstanties te worden gebruikt")
    rules = {r.id: r for r in SYSTEM_RULES}
    for rid in (
        "legacy.placed_before_cutoff.reclassified",
        "legacy.significant_change.reclassified",
        "legacy.case.changed_for_public_authorities.reclassified",
    ):
        nl = rules[rid].title_nl
        assert nl.startswith(
            "De markttoezichtautoriteit heeft vastgesteld dat het systeem een hoog risico vormt"
        ), rid
        assert "artikel 80, leden 4 en 5" in nl, rid
        for english in ("cut-off", "finding", "legacy", "Annex"):
            assert english not in nl, (rid, english)
        assert "Art. 80(4)" in rules[rid].title_en or "Art. 80(4)-(5)" in rules[rid].title_en
    assert (
        "aanzienlijk gewijzigd in het ontwerp"
        in rules["legacy.case.changed_for_public_authorities.reclassified"].title_nl
    )
    assert (
        "overheidsinstanties"
        in rules["legacy.case.changed_for_public_authorities.reclassified"].title_nl
    )


def test_q1_with_the_finding_true_art80_is_dated_alike_under_both_readings_of_a30() -> None:
    """legal24's consequence (ADR 0032, round 24): A27 dates Art. 80(4)-(5) ("The provider shall
    ensure that all appropriate corrective action is taken"), A30 says what else follows, so
    with the finding true art80_4/art80_5 read the same under both readings of A30 (both
    texts, Annex I true/false/unknown, placings and changes around the cut-offs). D1 disputes
    what that common date should be for an Annex I product under provider_assessment_stands,
    not this equality. Since D1's fix (round 24) the equality holds where the system is not an
    Annex I product, and in the published text (one cut-off for both routes); an Annex I
    product (or Annex I unknown) under stands takes its own route's shelter (D1's tests)."""
    _quote_111_2()
    quote("80", "The provider shall ensure that all appropriate corrective action is taken")
    for law, ai, placed, change, public in _population():
        if law == "amended" and ai is not False:
            continue
        rows = [
            _row(
                _assess(
                    _system(ai, placed, change, True, public), "2031-01-01", law, art80_finding=r
                )
            )
            for r in (_SETS, _STANDS)
        ]
        for oid in ("art80_4", "art80_5"):
            assert rows[0][oid] == rows[1][oid], (law, ai, placed, change, public, oid)


def test_d1_the_annex_i_cut_off_is_never_before_the_annex_iii_cut_off() -> None:
    """D1's fix (aiact/rules/transitional.py, the ``reclassified_annex_i`` rules) relies on it:
    placed before the Annex III route's Art. 111(2) cut-off is placed before both, and changed
    on or after the Annex I route's is changed on or after both. Art. 111(2) as amended: "before
    the date of application of Chapter III referred to in Article 113"; Art. 113, third
    paragraph, point (c): 2 December 2027 (Annex III), 2 August 2028 (Annex I); the published
    text: 2 August 2026 for both; reading A2=general_date: the general date for both."""
    from aiact.date_facts import _BY_ATOM, target_of
    from aiact.interpretations import Art111Cutoff, Interpretations
    from aiact.versions import LawVersion

    quote(
        "113",
        "2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) "
        "and Annex I",
        "amended",
    )
    seen = set()
    for law in LawVersion:
        for reading in Art111Cutoff:
            switches = Interpretations(art111_cutoff=reading).as_facts()
            for kind in ("placed_before", "changed_after"):
                iii, i = (
                    target_of(_BY_ATOM[f"dates.{kind}_art111_2_cutoff_{r}"], law, switches)[1]
                    for r in ("annex_iii", "annex_i")
                )
                assert iii is not None and i is not None and i >= iii, (law, reading, kind)
                seen.add(i > iii)
    assert seen == {True, False}  # they differ as amended, by the route's date
