"""Review47 (round 16): first recorded review of the rules of Art. 5 (prohibited practices) and
Art. 50 (transparency), both versions (tests/data/coverage/reviews.yaml, block "review47").

One defect, in the points (ba) and (bb) inserted by Regulation (EU) 2026/1744:

* Art. 5(1a)(a)(i) and (ii) and 5(1a)(b) measure each point by its own material: "that
  generation or manipulation is the intended purpose", "make that generation or manipulation a
  reasonably foreseeable and reproducible outcome", "the deployer uses the system for the
  purpose of generating or manipulating such material". The library has one fact for both
  points (prohibited.ba_bb_intended_purpose, ba_bb_foreseeable_and_reproducible,
  ba_bb_adequate_safeguards, ba_bb_used_for_that_purpose; the question art5_ba_bb_purpose asks
  them once, "About making that material"), read by rule art5.ba_bb_placing_condition and
  art5.ba_bb_use_by_this_deployer for both points. A system whose intended purpose is
  non-consensual intimate material (point (ba)) and which can also generate child sexual abuse
  material (point (bb)), but has adequate safeguards against the latter, is told that point
  (bb) binds its provider; a deployer that uses a system for intimate material of adults is
  told that point (bb) binds it. The facts do not say that the (bb) generation is the purpose,
  so (bb) must not be concluded (undetermined at most).

Fixed in round 16 (fix16a): each point has its own facts (prohibited.ba_intended_purpose,
bb_intended_purpose, ...), questions (art5_ba_purpose, art5_bb_purpose) and rules
(art5.ba_placing_condition, art5.bb_use_by_this_deployer, ...); the two tests below pass.
"""

from __future__ import annotations

from typing import Any

from lawquote import quote
from timecases import assess, system

import aiact

AMENDED = "amended"
AS_OF = "2027-01-05"  # after 2 December 2026, Art. 113, third paragraph, point (a), as amended


def _quote_art5_1a() -> None:
    quote(
        "5",
        "the placing on the market or putting into service of an AI system that generates or "
        "manipulates the material or performance referred to in paragraph 1, first "
        "subparagraph, point (ba) or (bb) is only prohibited where: (i) that generation or "
        "manipulation is the intended purpose of the AI system",
        "omnibus_only",
    )
    quote(
        "5",
        "the use of an AI system that generates or manipulates the material or performance "
        "referred to in paragraph 1, first subparagraph, points (ba) and (bb) is only prohibited "
        "where the deployer uses the system for the purpose of generating or manipulating such "
        "material or performance",
        "omnibus_only",
    )


def _applies(a: aiact.Assessment, obligation: str) -> bool | None:
    return {o.id: o.applies for o in a.obligation_results}[obligation]


def _both_kinds(**facts: Any) -> dict[str, Any]:
    """A system that can generate both kinds of material, no "without right" defence."""
    return {
        "ba_generates_intimate_imagery_without_consent": True,
        "bb_generates_child_sexual_abuse_material": True,
        "bb_without_right_defence": False,
        **facts,
    }


def test_an_intimate_material_purpose_does_not_make_point_bb_bind_the_provider() -> None:
    """Art. 5(1a)(a): the placing of a (bb) system is prohibited only where the (bb) generation
    is its intended purpose, or is foreseeable and not reliably prevented. Here the purpose is
    intimate material (ba), and the system has adequate safeguards. (ba) binds; (bb) must not
    be concluded from the (ba) purpose."""
    _quote_art5_1a()
    facts = _both_kinds(
        ba_intended_purpose=True,  # the only purpose the case states: intimate material
        bb_intended_purpose=False,
        bb_foreseeable_and_reproducible=True,
        bb_adequate_safeguards=True,
    )
    a = assess(system(prohibited=facts), AS_OF, law=AMENDED)
    assert _applies(a, "art5_1_ba") is True  # control
    assert a.value("art5.bb") is not True
    assert _applies(a, "art5_1_bb") is not True


def test_a_use_for_intimate_material_is_not_a_use_for_point_bb() -> None:
    """Art. 5(1a)(b): the use is prohibited only where the deployer uses the system for the
    purpose of generating "such material". A deployer using a system for intimate material
    (ba), whose placing is not prohibited, is not thereby using it for (bb) material."""
    _quote_art5_1a()
    facts = _both_kinds(
        ba_intended_purpose=False,
        ba_foreseeable_and_reproducible=False,
        bb_intended_purpose=False,
        bb_foreseeable_and_reproducible=False,
        ba_used_for_that_purpose=True,  # for intimate material (ba)
        bb_used_for_that_purpose=False,
    )
    a = assess(system(roles=("deployer",), prohibited=facts), AS_OF, law=AMENDED)
    assert _applies(a, "art5_1_ba") is True  # control
    assert a.value("art5.bb") is not True
    assert _applies(a, "art5_1_bb") is not True


def test_control_the_new_bans_apply_from_2_december_2026() -> None:
    """Art. 113, third paragraph, point (a), as replaced by 2026/1744: points (ba) and (bb)
    "shall apply from 2 December 2026"; the published text has no such point."""
    quote(
        "113",
        "with the exception of Article 5(1), first subparagraph, points (ba) and (bb), and "
        "Article 5(1a) and (1b) which shall apply from 2 December 2026",
        "omnibus_only",
    )
    facts = {"ba_generates_intimate_imagery_without_consent": True, "ba_intended_purpose": True}
    statuses = {
        day: {
            o.id: str(o.status)
            for o in assess(system(prohibited=facts), day, law=AMENDED).obligation_results
        }["art5_1_ba"]
        for day in ("2026-12-01", "2026-12-02")
    }
    assert statuses == {"2026-12-01": "upcoming", "2026-12-02": "in_force"}
    original = assess(system(prohibited=facts), AS_OF, law="original")
    assert "art5_1_ba" not in {o.id for o in original.obligation_results}
