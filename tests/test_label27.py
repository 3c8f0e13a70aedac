"""The reason of a date read on the Art. 111(2) names without the "is high-risk" conjunct
(review84 D2: Arts. 60-61 and 82(2)) does not call a system high-risk whose classification is
unknown (rev27b's remark, round 27). Art. 111(2): "this Regulation shall apply to operators of
high-risk AI systems ... only if, as from that date, those systems are subject to significant
changes in their designs"; with the Annex III listing unknown the system may not be one."""

from __future__ import annotations

from lawquote import quote, quote_nl
from test_legacy26 import _assess, case

_SEVEN = ("art60_4", "art60_4_c", "art60_4_c_national", "art60_7", "art60_8", "art61", "art82_2")


def test_the_reason_says_if_it_is_a_high_risk_system() -> None:
    quote("111", "only if, as from that date, those systems are subject to significant changes")
    quote_nl("indien die systemen vanaf die datum aanzienlijke wijzigingen")
    partial = _assess(case(listing=None))
    for name in _SEVEN:
        row = partial.obligation(name)
        assert row.never_binds, name
        assert row.timing is not None, name
        english = row.timing.reason_en
        dutch = row.timing.reason_nl
        assert english.startswith("A legacy system, if high-risk: "), english
        assert dutch.startswith("Een bestaand systeem, als het een hoog risico heeft: "), dutch
        assert "A legacy high-risk system" not in english
        assert "Een bestaand systeem met een hoog risico:" not in dutch


def test_the_system_own_names_keep_their_words() -> None:
    """Art. 9 reads the system's own names: listed (Annex III point 4(a)) and changed on 1
    March 2028, after the cut-off, the reason names a legacy high-risk system."""
    import datetime as dt

    timing = _assess(case(listing=["4a"], change=dt.date(2028, 3, 1))).obligation("art9").timing
    assert timing is not None
    assert timing.reason_en.startswith("A legacy high-risk system: "), timing.reason_en
    assert timing.reason_nl.startswith("Een bestaand systeem met een hoog risico: ")
