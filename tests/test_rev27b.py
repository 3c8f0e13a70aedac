"""rev27b (round 27): independent review of review84 D2 (branch h/d2, merged at 9c20388): the
duties of Arts. 60(4), 60(4)(c) (EU database and national), 60(7), 60(8), 61 and 82(2) dated on
the Art. 111(2) names without the "is high-risk" conjunct (``TimingGroup.GENERAL_IF_HIGH_RISK``,
``HIGH_RISK_GATED_IF_HIGH_RISK``, ``aiact.rules.timing.HIGH_RISK_LEGACY``, rule
``legacy.case.changed_for_public_authorities_if_high_risk``).

No defect found. The probe (benchmarks/rev27b_probe.py, own harness) found 0 counter-examples;
these tests pin what was verified against the text:

* each of the seven duties concerns only a high-risk system with a route of Art. 113, third
  paragraph, point (c), so on complete facts the new names equal the system's own wherever the
  duty's conditions hold;
* review83 D4's case: the seven never bind, in the partial as in every completion;
* the second sentence of Art. 111(2) ("In any case ... by 2 August 2030") with the listing
  unknown: 2 August 2030 known, as in the listed completion;
* a change between the Annex III and Annex I cut-offs, the route unknown: both dates open;
* Art. 79(4) and Art. 75c keep their group (the general date);
* remark: the A27=placed_as_not_high_risk corner (an Art. 80(2) finding, the listing unknown)
  is open where the base was exact; sound, and no single formula of the shelter's name avoids it
  without losing elsewhere (see the report; pinned below).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import ANNEX_I_MEDICAL, COMPANY, PUBLIC_BODY, system

import aiact
from aiact.interpretations import Interpretations
from aiact.rules.timing import TimingGroup, timing_group

D = dt.date
SEVEN = ("art60_4", "art60_4_c", "art60_4_c_national", "art60_7", "art60_8", "art61", "art82_2")
TESTING = ("art60_4", "art60_4_c", "art60_7", "art60_8", "art61")
SECTION_B = {**ANNEX_I_MEDICAL, "legislation": ["marine_equipment_2014_90"]}

_AMENDED_60_1 = (
    "may be conducted by providers or prospective providers of high-risk AI systems listed in "
    "Annex III or covered by Union harmonisation legislation listed in Section A of Annex I"
)
_PUBLISHED_60_1 = (
    "may be conducted by providers or prospective providers of high-risk AI systems listed in "
    "Annex III"
)
_SECOND_SENTENCE = (
    "In any case, the providers and deployers of high-risk AI systems intended to be used by "
    "public authorities shall take the necessary steps to comply with the requirements and "
    "obligations of this Regulation by 2 August 2030"
)
_FIRST_SENTENCE = (
    "only if, as from that date, those systems are subject to significant changes in their designs"
)


def build(
    listed: bool | None,
    *,
    annex_i: dict[str, Any] | None = None,
    placed: str | None = "2025-03-01",
    change: str | None = "none",
    public: bool | None = False,
    derogated: bool = False,
    finding: bool | None = False,
    role: str = "provider",
) -> dict[str, Any]:
    """A system (JSON) with the Annex III listing (point 4(a); None: unknown), testing in real-
    world conditions outside a sandbox (Art. 60) and an authority's Art. 82(1) requirement."""
    s = system(roles=(), profiling=not derogated, derogated=derogated).model_dump(mode="json")
    s["roles"][role] = True
    if role == "importer":
        s["value_chain"]["provider_established_in_eu"] = False
    s["annex_iii"]["points"] = None if listed is None else (["4a"] if listed else [])
    if annex_i is not None:
        s["annex_i"] = dict(annex_i)
    s["placed_on_market"] = placed
    s["significant_change"] = change
    s["context"]["intended_for_public_authorities"] = public
    s["authority_actions"]["msa_found_derogated_system_high_risk"] = finding
    s["authority_actions"]["msa_required_measures_compliant_system_at_risk"] = True
    s["conformity"]["real_world_testing_outside_sandbox"] = True
    return s


def assess(s: dict[str, Any], day: str, law: str = "amended", **readings: str) -> Any:
    org = PUBLIC_BODY if s["context"]["intended_for_public_authorities"] else COMPANY
    return aiact.assess(s, org, day, law, interpretations=Interpretations(**readings))


# --------------------------------------------------------------------------- the premise


def test_the_seven_duties_concern_only_a_high_risk_system() -> None:
    """Art. 60(1): testing "may be conducted by providers or prospective providers of high-risk
    AI systems listed in Annex III" (as replaced by Regulation (EU) 2026/1744: "or covered by
    Union harmonisation legislation listed in Section A of Annex I"); Art. 60(4): "Providers or
    prospective providers may conduct the testing in real world conditions only where"; Art.
    60(7)-(8): "the testing in real world conditions"; Art. 61(1): "For the purpose of testing
    in real world conditions under Article 60"; Art. 82(1): "although a high-risk AI system
    complies with this Regulation". The seven take the new groups; Art. 79(4) ("the AI system
    ... does not comply", any AI system presenting a risk) and Art. 75c keep the general date."""
    quote("60", _PUBLISHED_60_1)
    quote("60", _AMENDED_60_1, "amended")
    quote("60", "Providers or prospective providers may conduct the testing in real world")
    quote("61", "For the purpose of testing in real world conditions under Article 60")
    quote("82", "although a high-risk AI system complies with this Regulation")
    quote_nl("Conforme AI-systemen die een risico inhouden")
    groups = {o.id: timing_group(o) for o in aiact.obligations.catalogue()}
    assert {o for o, g in groups.items() if g is TimingGroup.GENERAL_IF_HIGH_RISK} == {
        "art60_4",
        "art60_4_c",
        "art60_4_c_national",
        "art60_7",
        "art60_8",
        "art61",
    }
    assert {o for o, g in groups.items() if g is TimingGroup.HIGH_RISK_GATED_IF_HIGH_RISK} == {
        "art82_2"
    }
    for duty in ("art79_4", "art75c_3", "art75c_5"):
        assert groups[duty] is TimingGroup.GENERAL, duty


@pytest.mark.parametrize("law", ["original", "amended"])
def test_where_a_duty_binds_on_complete_facts_the_system_has_a_route(law: str) -> None:
    """The new names equal the system's own wherever the system is high-risk by a route of Art.
    113, third paragraph, point (c) (as replaced: "(i) ... pursuant to Article 6(2) and Annex
    III; and (ii) ... pursuant to Article 6(1) and Annex I"). Over complete cases (listing,
    derogation, finding, Annex I Section A / B / none, A27, A30, A41) every one of the seven
    that applies has hr.route_annex_iii or hr.route_annex_i, and its date equals the date of
    the same duty under the system's own names (the shelter's own value)."""
    quote(
        "113", "as regards AI systems classified as high-risk pursuant to Article 6(2)", "amended"
    )
    readings_list: list[dict[str, str]] = [
        {},
        {"reclassified_system_timing": "placed_as_not_high_risk"},
        {"art80_finding": "provider_assessment_stands"},
        {"section_b_annex_iii": "section_b_only"},
    ]
    applied = 0
    for listed, annex_i, derogated, finding, readings in itertools.product(
        (True, False),
        (ANNEX_I_MEDICAL, SECTION_B, None),
        (False, True),
        (False, True),
        readings_list,
    ):
        s = build(listed, annex_i=annex_i, derogated=derogated, finding=finding)
        a = assess(s, "2027-12-02", law, **readings)
        for duty in SEVEN:
            r = a.obligation(duty)
            if r.applies is True:
                applied += 1
                assert a.value("hr.route_annex_iii") or a.value("hr.route_annex_i"), duty
                assert a.value("legacy.placed_before_cutoff_if_high_risk") == a.value(
                    "legacy.placed_before_cutoff"
                )
    assert applied > 0


# --------------------------------------------------------------------------- review83 D4


@pytest.mark.parametrize("law", ["original", "amended"])
def test_d4_case_the_seven_never_bind_in_the_partial_and_every_completion(law: str) -> None:
    """review83 D4's case: a provider's system placed 1 March 2025, no significant change, not
    for public authorities, testing in real-world conditions and required to act under Art.
    82(1), its Annex III listing alone unknown (2 December 2027). Art. 111(2): "this Regulation
    shall apply to operators of high-risk AI systems ... placed on the market or put into
    service before [the cut-off], only if, as from that date, those systems are subject to
    significant changes in their designs". Listed: the seven apply, never bind; not listed:
    they do not apply. The partial never binds them (not listed as may apply)."""
    quote("111", _FIRST_SENTENCE, law)
    quote_nl(
        "indien die systemen vanaf die datum aanzienlijke wijzigingen in hun ontwerp ondergaan"
    )
    partial = assess(build(None), "2027-12-02", law)
    listed = assess(build(True), "2027-12-02", law)
    unlisted = assess(build(False), "2027-12-02", law)
    for duty in SEVEN:
        if duty == "art60_4_c_national":  # point 2 only; 4(a) is not point 2
            assert listed.obligation(duty).applies is False
            continue
        assert listed.obligation(duty).applies is True, duty
        assert listed.obligation(duty).never_binds, duty
        assert unlisted.obligation(duty).applies is False, duty
        p = partial.obligation(duty)
        assert p.applies is None and p.never_binds, duty
        assert p not in partial.obligations, duty


# ------------------------------------------------------------- Art. 111(2), second sentence


def test_public_authorities_listing_unknown_2030_is_known() -> None:
    """Art. 111(2), second sentence (published): "In any case, the providers and deployers of
    high-risk AI systems intended to be used by public authorities shall take the necessary
    steps to comply with the requirements and obligations of this Regulation by 2 August 2030"
    (NL: "In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken"). A public
    body's system placed 1 March 2025, unchanged, its listing unknown (amended, 1 January
    2029): where listed, the seven that apply bind from and by 2 August 2030; the partial gives
    that date (the base: undetermined between 2 August 2026 and 2 August 2030 for Arts. 60-61)."""
    quote("111", _SECOND_SENTENCE)
    quote_nl("In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken")
    partial = assess(build(None, public=True), "2029-01-01")
    listed = assess(build(True, public=True), "2029-01-01")
    for duty in SEVEN:
        if duty == "art60_4_c_national":
            continue
        p, k = partial.obligation(duty), listed.obligation(duty)
        assert k.applies is True and k.applies_from == D(2030, 8, 2), duty
        assert p.applies is None and p.deadline == k.deadline == D(2030, 8, 2), duty
        if duty != "art82_2":  # Art. 82(2): see the remark below
            assert p.applies_from == k.applies_from, duty
            assert p.timing.status is k.timing.status, duty


def test_public_authorities_changed_by_2030_listing_unknown() -> None:
    """The new rule legacy.case.changed_for_public_authorities_if_high_risk: changed on or
    after the cut-off and on or before 2 August 2030 (Art. 111(2): "only if, as from that date,
    those systems are subject to significant changes"; "In any case ... by 2 August 2030"). A
    public body's system placed 1 March 2025, changed 1 March 2029, its listing unknown
    (amended, 1 June 2029): from the change, by 2 August 2030, as the listed completion."""
    quote("111", _FIRST_SENTENCE, "amended")
    partial = assess(build(None, public=True, change="2029-03-01"), "2029-06-01")
    listed = assess(build(True, public=True, change="2029-03-01"), "2029-06-01")
    assert partial.value("legacy.case.changed_for_public_authorities_if_high_risk") is True
    assert partial.value("legacy.case.changed_for_public_authorities") is None
    for duty in TESTING:
        p, k = partial.obligation(duty), listed.obligation(duty)
        assert k.applies_from == p.applies_from == D(2029, 3, 1), duty
        assert k.deadline == p.deadline == D(2030, 8, 2), duty


def test_an_importer_is_not_addressed_by_the_second_sentence() -> None:
    """Art. 82(2) binds "the provider or other relevant operator"; the second sentence of Art.
    111(2) addresses "the providers and deployers". An importer of a system intended for public
    authorities, placed 1 March 2025, unchanged, listed or with the listing unknown: Art. 82(2)
    never binds it (first sentence), in the partial as in the completions."""
    quote("82", "The provider or other relevant operator shall ensure that corrective action")
    quote("111", _SECOND_SENTENCE)
    for listed in (True, None):
        r = assess(build(listed, public=True, role="importer"), "2031-01-01").obligation("art82_2")
        assert r.applies is not True and r.status.value == "not_applicable", listed


# --------------------------------------------------------------------------- the route unknown


def test_a_change_between_the_two_cut_offs_with_the_route_unknown() -> None:
    """Amended Art. 113, third paragraph, point (c): "(i) 2 December 2027 as regards AI systems
    classified as high-risk pursuant to Article 6(2) and Annex III; and (ii) 2 August 2028 as
    regards AI systems classified as high-risk pursuant to Article 6(1) and Annex I". Placed 1
    March 2025, changed 1 March 2028 (after the first cut-off, before the second), listing and
    Annex I unknown (1 September 2028): Annex III, Art. 60(4) from the change; Annex I alone,
    never; the partial leaves both open (sound, as exact as one name can be)."""
    quote("113", "2 August 2028 as regards AI systems classified as high-risk", "amended")
    unknown_i = dict.fromkeys(ANNEX_I_MEDICAL)
    partial = assess(build(None, annex_i=unknown_i, change="2028-03-01"), "2028-09-01")
    r = partial.obligation("art60_4")
    assert r.applies is None and r.status.value == "undetermined"
    assert set(r.timing.possible_applies_from) == {D(2028, 3, 1), None}
    iii = assess(build(True, change="2028-03-01"), "2028-09-01").obligation("art60_4")
    only_i = assess(build(False, annex_i=ANNEX_I_MEDICAL, change="2028-03-01"), "2028-09-01")
    assert iii.applies_from == D(2028, 3, 1)
    assert only_i.obligation("art60_4").never_binds


# --------------------------------------------------------------------------- remark: A27


def test_remark_a27_placed_as_not_high_risk_with_the_listing_unknown_is_open_but_sound() -> None:
    """The 18 rows the writer names: A27=placed_as_not_high_risk, an Art. 80(2) finding ("finds
    that the AI system concerned is high-risk"), the listing unknown (published text, 2
    December 2027, placed 1 March 2025, unchanged). Listed: not sheltered (A27), Art. 60(4)
    binds from 2 August 2026; not listed: not high-risk. The system's own names gave 2 August
    2026 exactly; the names without the conjunct leave it open ({2 August 2026, never}),
    because legacy.placed_before_cutoff_if_high_risk.every_route reads "not
    (legacy.placed_as_not_high_risk and hr.route_annex_iii)" with the route unknown. Sound
    (the partial status is undetermined). No Kleene formula of that one name is exact both here
    and where the listing is known false with the finding and Annex I unknown (the report's
    remark); pinned as it is."""
    quote("80", "finds that the AI system concerned is high-risk")
    readings = {"reclassified_system_timing": "placed_as_not_high_risk"}
    kw: dict[str, Any] = {"derogated": True, "finding": True}
    partial = assess(build(None, **kw), "2027-12-02", "original", **readings)
    listed = assess(build(True, **kw), "2027-12-02", "original", **readings)
    k, p = listed.obligation("art60_4"), partial.obligation("art60_4")
    assert k.applies is True and k.applies_from == D(2026, 8, 2)
    assert p.applies is None and p.status.value == "undetermined"
    assert D(2026, 8, 2) in p.timing.possible_applies_from


# --------------------------------------------------------------------------- remark: Art. 82(2)


@pytest.mark.parametrize(
    ("change", "day", "date"),
    [("none", "2029-01-01", D(2030, 8, 2)), ("2029-03-01", "2029-06-01", D(2029, 3, 1))],
)
def test_remark_art82_2_base_still_reads_the_classification(
    change: str, day: str, date: dt.date
) -> None:
    """Art. 82(1): "although a high-risk AI system complies"; Art. 111(2), second sentence: "In
    any case ... by 2 August 2030". A public body's system placed 1 March 2025, listing unknown,
    no Annex I product (amended). Listed, Art. 82(2) binds from ``date`` (2 August 2030, or the
    change of 1 March 2029); not listed, it does not apply. Arts. 60-61 get that date in the
    partial (their base is the general date), Art. 82(2) does not: its base
    (from.high_risk_gated_base -> tier.high_risk under A1=classification) is "never" where the
    system is not high-risk, so the partial keeps {date, never}. Sound (undetermined, never
    "not applicable"), not tight; unchanged by D2 (the base did the same). A base read "if
    high-risk" (the Annex I date where hr.route_annex_i, else the Annex III date) would be exact
    where the duty binds (remark R2)."""
    quote("82", "although a high-risk AI system complies with this Regulation")
    quote("111", _SECOND_SENTENCE)
    partial = assess(build(None, public=True, change=change), day)
    listed = assess(build(True, public=True, change=change), day)
    assert listed.obligation("art82_2").applies_from == date
    assert listed.obligation("art60_4").applies_from == date
    assert partial.obligation("art60_4").applies_from == date
    r = partial.obligation("art82_2")
    assert r.applies is None and r.applies_from is None
    assert set(r.timing.possible_applies_from) == {date, None}
    assert r.deadline == D(2030, 8, 2)
