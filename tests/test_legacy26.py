"""legacy26 (review83 D4): the duties of a system that Art. 111(2) shelters if it is high-risk,
while its classification (its route) is unknown.

Art. 111(2), first sentence, as amended by Regulation (EU) 2026/1744: "this Regulation shall
apply to operators of high-risk AI systems, other than the systems referred to in paragraph 1 of
this Article, that have been placed on the market or put into service before the date of
application of Chapter III referred to in Article 113, only if, as from that date, those systems
are subject to significant changes in their designs". A system placed in 2025 and never changed
is sheltered if it is high-risk by either route (Annex III: 2 December 2027; Annex I: 2 August
2028); if it is not high-risk, no high-risk duty concerns it. Either way no Chapter III duty
binds it, whatever its classification. Before legacy26 the gates (``legacy.exempt``, the
first-sentence gates of importers, distributors and authorised representatives, Art. 82(2)'s)
read ``legacy.art111_2_grace``, which requires ``hr.high_risk``: under Kleene logic "hr and not
(hr and grace')" stayed unknown, and 46 high-risk duties were listed as "may apply". They now read
``legacy.sheltered_if_high_risk`` (aiact/rules/transitional.py): the shelter without its "is
high-risk" conjunct, equal to the grace wherever the system is high-risk by a route of Art. 113.

The property below checks soundness against every completion of the unknown legacy and route
facts: what the partial says applies (or not) does so in each completion; and (review83's
``compare``) nothing the partial moves apart binds in a completion, and everything a completion
binds is listed by the partial.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lawquote import quote
from test_review83 import Tally, _quote_111_2, compare, legacy_case
from timecases import ANNEX_I_MEDICAL, COMPANY, NO_ANNEX_I, PUBLIC_BODY

import aiact
from aiact.interpretations import Interpretations

D = dt.date

_AMENDED_111_2 = (
    "that have been placed on the market or put into service before the date of application of "
    "Chapter III referred to in Article 113, only if, as from that date, those systems are "
    "subject to significant changes in their designs"
)

_PLACED_2025 = D(2025, 3, 1)

ANNEX_I_UNKNOWN = {**ANNEX_I_MEDICAL, "third_party_conformity_assessment": None}
"""An Annex I medical device whose third-party conformity assessment is not known: high-risk by
Art. 6(1) or not at all by Annex I."""

HIGH_RISK_DUTIES = ("art9", "art10", "art11", "art16_b", "art17", "art43", "art49_1", "art72")
"""Chapter III duties of a provider (Sections 2, 3 and 5, Chapter IX)."""


def _quote() -> None:
    _quote_111_2()
    quote("111", _AMENDED_111_2, "amended")


def case(
    roles: tuple[str, ...] = ("provider",),
    listing: list[str] | None = None,
    annex_i: dict[str, Any] | None = None,
    placed: dt.date | None = _PLACED_2025,
    change: Any = "none",
    public: bool | None = False,
) -> dict[str, Any]:
    """A system of review83's ``legacy_case`` (placed ``placed``, every other fact known) with the
    Annex III ``listing`` (None: unknown), the Annex I facts, the change and the public intent
    given."""
    s = legacy_case(roles, "iii", False, change, bool(public), False)
    s["annex_iii"]["points"] = listing
    s["annex_i"] = copy.deepcopy(annex_i if annex_i is not None else NO_ANNEX_I)
    s["context"]["intended_for_public_authorities"] = public
    s["placed_on_market"] = placed
    s["put_into_service"] = None
    return s


def _assess(
    s: dict[str, Any], day: str = "2027-12-02", law: str = "amended", **readings: str
) -> Any:
    return aiact.assess(s, COMPANY, day, law, interpretations=Interpretations(**readings))


# --------------------------------------------------------------------------- the D4 case


def test_d4_no_high_risk_duty_may_apply() -> None:
    """review83 D4: the provider's system placed in 2025, no significant change, not for public
    authorities, its Annex III listing alone unknown, on 2 December 2027 (amended). Listed, it
    is sheltered; not listed, it is not high-risk. Every Chapter III duty is not applicable
    (before legacy26: 49 "may apply"; then 10; since review84 D2 none of them a duty that requires
    the system to be high-risk)."""
    _quote()
    partial = _assess(case(listing=None))
    for points in ([], ["4a"]):
        known = _assess(case(listing=points))
        for duty in HIGH_RISK_DUTIES:
            assert known.obligation(duty).applies is False, (points, duty)
    for duty in HIGH_RISK_DUTIES:
        assert partial.obligation(duty).applies is False, duty
        assert partial.obligation(duty) not in partial.obligations
    assert partial.value("legacy.sheltered_if_high_risk") is True
    assert partial.value("legacy.art111_2_grace") is None  # it needs hr.high_risk
    may = {r.id for r in partial.obligations if r.applies is None}
    # left: duties that do not read the gate (Art. 79(4), 80(4)-(5): the authority's facts
    # unknown). Those whose conditions require the system high-risk but whose date rule read
    # the route (Arts. 60-61, 82(2)) were left until review84 D2 (tests/test_review84.py).
    assert may <= {"art79_4", "art80_4", "art80_5"}, may


# --------------------------------------------------------------------------- per route


def test_annex_iii_known() -> None:
    """Listed in Annex III point 4(a), placed 1 March 2025, no change: before the Annex III
    cut-off (2 December 2027, amended Art. 113, third paragraph, point (c)(i)), so "this
    Regulation shall apply ... only if, as from that date, those systems are subject to
    significant changes in their designs": no Chapter III duty, for the provider nor for an
    importer (the first sentence alone, audit 8). As before legacy26."""
    _quote()
    for roles, duties in ((("provider",), HIGH_RISK_DUTIES), (("importer",), ("art23_1",))):
        a = _assess(case(roles, listing=["4a"]), "2028-09-01")
        assert a.value("legacy.sheltered_if_high_risk") is True
        assert a.value("legacy.art111_2_grace") is True
        for duty in duties:
            assert a.obligation(duty).applies is False, (roles, duty)


def test_annex_i_known() -> None:
    """An Annex I medical device (Art. 6(1)), not listed, placed 1 March 2025, no change: before
    the Annex I cut-off (2 August 2028, point (c)(ii)): sheltered, as before legacy26. A change
    on 1 March 2028 falls before that cut-off: still sheltered; one on 1 September 2028 is "as
    from that date": the duties apply from the change."""
    _quote()
    for change, sheltered in (("none", True), (D(2028, 3, 1), True), (D(2028, 9, 1), False)):
        a = _assess(case(listing=[], annex_i=ANNEX_I_MEDICAL, change=change), "2029-01-01")
        assert a.value("legacy.sheltered_if_high_risk") is sheltered, change
        assert a.value("legacy.art111_2_grace") is sheltered, change
        assert a.obligation("art9").applies is not sheltered, change


def test_route_unknown() -> None:
    """Both the listing and the Annex I conformity assessment unknown, so the route too. Placed
    1 March 2025 without change: before both cut-offs, sheltered whichever route: no Chapter
    III duty. Placed 15 January 2028, between the Annex III cut-off (2 December 2027) and the
    Annex I one (2 August 2028): listed it binds, an Annex I product is sheltered: may apply.
    Placed 2025 and changed on 1 March 2028, between the two cut-offs: the same (Annex III: "as
    from that date ... subject to significant changes"; Annex I: a change before its date)."""
    _quote()
    for placed, change, expected in (
        (D(2025, 3, 1), "none", False),
        (D(2028, 1, 15), "none", None),
        (D(2025, 3, 1), D(2028, 3, 1), None),
    ):
        s = case(listing=None, annex_i=ANNEX_I_UNKNOWN, placed=placed, change=change)
        a = _assess(s, "2028-09-01")
        assert a.value("hr.route_annex_iii") is None
        sheltered = a.value("legacy.sheltered_if_high_risk")
        assert sheltered is (True if expected is False else None), (placed, change)
        for duty in HIGH_RISK_DUTIES:
            assert a.obligation(duty).applies is expected, (placed, change, duty)


def test_a_non_high_risk_system_is_explained_by_its_classification() -> None:
    """legacy.exempt no longer requires the system to be high-risk, so it can be true of a
    system that is not: the explanation of a false Chapter III duty must still name the
    classification (hr.chapter_iii_applies), not the shelter (duty.hr_system reads the shelter
    first; aiact.derivation keeps the last premise that decides)."""
    a = _assess(case(listing=[]))
    assert a.value("legacy.exempt") is True
    text = a.explain("art9").text("en")
    assert "hr.chapter_iii_applies = false" in text
    assert "legacy.exempt" not in text
    importer = _assess(case(("importer",), listing=[]))
    text = importer.explain("art23_1").text("en")
    assert "hr.chapter_iii_applies = false" in text
    assert "legacy.sheltered_if_high_risk" not in text


# --------------------------------------------------------------------------- soundness

_LISTINGS: tuple[list[str], ...] = ([], ["4a"])
_ANNEX_I: tuple[dict[str, Any], ...] = (
    {**ANNEX_I_MEDICAL, "third_party_conformity_assessment": False},
    ANNEX_I_MEDICAL,
)
"""The completions of ``ANNEX_I_UNKNOWN``: a medical device without (not high-risk by Annex I)
or with a third-party conformity assessment."""
_PLACED = (D(2025, 3, 1), D(2028, 1, 15), D(2029, 1, 1))
_CHANGES: tuple[Any, ...] = ("none", D(2028, 3, 1), D(2029, 6, 1))
_PUBLIC = (False, True)
_READINGS: tuple[dict[str, str], ...] = (
    {},
    {"reclassified_system_timing": "placed_as_not_high_risk"},  # A27
    {"art80_finding": "provider_assessment_stands"},  # A30
    {"art111_cutoff": "general_date"},  # A2
    {"public_authority_use": "actual_use"},  # A3
)
_FACTS = ("listing", "annex_i", "placed", "change", "public")
_DOMAINS: dict[str, tuple[Any, ...]] = {
    "listing": _LISTINGS,
    "annex_i": _ANNEX_I,
    "placed": _PLACED,
    "change": _CHANGES,
    "public": _PUBLIC,
}
_UNKNOWN: dict[str, Any] = {
    "listing": None,
    "annex_i": ANNEX_I_UNKNOWN,
    "placed": None,
    "change": None,
    "public": None,
}


def _build(roles: tuple[str, ...], values: dict[str, Any]) -> dict[str, Any]:
    s = case(
        roles,
        listing=values["listing"],
        annex_i=values["annex_i"],
        placed=values["placed"],
        change=values["change"],
        public=values["public"],
    )
    if values["placed"] is None:
        s["placed_on_market"] = s["put_into_service"] = None
    return s


def check_completions(rng: random.Random, tally: Tally) -> int:
    """One random partial (1 to 3 of the five legacy and route facts unknown, the others drawn)
    against every completion of them: returns the number of valid completions."""
    roles = rng.choice((("provider",), ("importer",), ("deployer",), ("distributor", "deployer")))
    known = {name: rng.choice(_DOMAINS[name]) for name in _FACTS}
    open_ = rng.sample(_FACTS, rng.randint(1, 3))
    law = rng.choice(("original", "amended"))
    day = rng.choice(("2027-12-02", "2028-09-01", "2031-01-01"))
    chosen = rng.choice(_READINGS)
    readings = Interpretations(**chosen)
    org = PUBLIC_BODY if "deployer" in roles and rng.random() < 0.5 else COMPANY
    try:
        partial = aiact.assess(
            _build(roles, {**known, **{n: _UNKNOWN[n] for n in open_}}),
            org,
            day,
            law,
            interpretations=readings,
        )
    except ValueError:
        return 0
    decided = {r.id: r.applies for r in partial.obligation_results if r.applies is not None}
    valid = 0
    for combo in itertools.product(*(_DOMAINS[n] for n in open_)):
        values = {**known, **dict(zip(open_, combo, strict=True))}
        try:
            full = aiact.assess(_build(roles, values), org, day, law, interpretations=readings)
        except ValueError:  # e.g. a change before the placing
            continue
        valid += 1
        # the oracle: wherever Chapter III applies (the readers' condition), the new premise is
        # the shelter of Art. 111(2) as legacy.art111_2_grace reads it, with the route known
        if full.value("hr.chapter_iii_applies") is True:
            grace = full.value("legacy.art111_2_grace")
            if full.value("legacy.sheltered_if_high_risk") is not grace:
                tally.defects.append(("sheltered != grace", roles, law, day, values, chosen))
        for duty, applies in decided.items():
            after = full.obligation(duty).applies
            if after is not applies:
                tally.defects.append((duty, applies, after, roles, law, day, values, open_))
        compare(tally, partial, full, (roles, law, day, values, open_))
    return valid


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.randoms(use_true_random=False))
def test_what_a_partial_decides_holds_in_every_completion(rng: random.Random) -> None:
    """Property (soundness): for a random legacy case with 1 to 3 of its listing, Annex I status,
    placing date, change and public intent unknown, every obligation the partial says applies
    (or does not) does (does not) in every completion of those facts; and nothing the partial
    moves apart binds in a completion, nothing a completion binds is left out (review83)."""
    tally = Tally()
    check_completions(rng, tally)
    assert tally.defects == [], tally.defects[:3]


def test_a_seeded_sample_reaches_the_route_unknown() -> None:
    """The same over a seeded sample, with counts so that the sample is seen to reach cases
    with completions."""
    tally = Tally()
    rng = random.Random(26)
    valid = sum(check_completions(rng, tally) for _ in range(60))
    assert tally.defects == [], tally.defects[:3]
    assert valid >= 150
