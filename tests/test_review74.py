"""review74 (round 22): re-reading of the declarations whose last review was "defect" or
"pending" (prompt r22/reread.md).

(a) The first case of each Art. 111(2) public-authority date rule (``<group>.art111_2.
public_authorities.0``, and ``.changed.0`` of the rules that suppose a route), last reviewed
"defect" by review70 (round 21) and since fixed by the bound of ``DateResult`` (2ce5c5e, 996e721,
4ddfb90). Checked against Art. 111(2) of both texts ("only if, as from that date, those systems
are subject to significant changes in their designs. In any case, the providers and deployers of
high-risk AI systems intended to be used by public authorities shall take the necessary steps to
comply ... by 2 August 2030") and Art. 113 (the base date each case takes the later of): the
value of the case is the later of the change and the group's Art. 113 date, its deadline 2
August 2030, and a change after 2 August 2030 (or before the cut-off) falls to the second case
(2 August 2030). The obligations of each group are in force on 2 August 2030 and due by then at
the latest, whatever the change and the placing (unknown included). These are plain tests: no
defect was found. The other targets ((b), (c)) are confirmed by the tests of their fixes (named
in tests/data/coverage/reviews.yaml).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import COMPANY, system

import aiact
from aiact.interpretations import Interpretations
from aiact.timeline.transitional import Status

D = dt.date
PA = D(2030, 8, 2)
"""Art. 111(2), second sentence: "by 2 August 2030"."""
LITERAL = {"legacy_general_duties": "literal"}
"""A21=literal: Art. 111(2) defers Art. 4 and Art. 50 too (the only reading that reaches their
public-authority rules)."""

# target rule -> (route given, kind, readings, generator, {law: (Art. 113 base, cut-off)})
_ORIGINAL_III = (D(2026, 8, 2), D(2026, 8, 2))
_AMENDED_III = (D(2027, 12, 2), D(2027, 12, 2))
TARGETS: dict[str, tuple[str, str, dict[str, str], bool, dict[str, tuple[dt.date, dt.date]]]] = {
    "from.art4.art111_2.public_authorities": (
        "iii",
        "provider",
        LITERAL,
        False,
        {"original": (D(2025, 2, 2), D(2026, 8, 2))},
    ),
    "from.art4_amended.art111_2.public_authorities": (
        "iii",
        "provider",
        LITERAL,
        False,
        {"amended": (D(2026, 7, 27), D(2027, 12, 2))},
    ),
    "from.general.art111_2.public_authorities": (
        "iii",
        "provider",
        {},
        False,
        {"original": _ORIGINAL_III, "amended": (D(2026, 8, 2), D(2027, 12, 2))},
    ),
    "from.art50.art111_2.public_authorities": (
        "iii",
        "provider",
        LITERAL,
        True,
        {"original": _ORIGINAL_III, "amended": (D(2026, 8, 2), D(2027, 12, 2))},
    ),
    "from.art50_2.art111_2.public_authorities": (
        "iii",
        "provider",
        LITERAL,
        True,
        {"original": _ORIGINAL_III, "amended": (D(2026, 8, 2), D(2027, 12, 2))},
    ),
    "from.high_risk_gated.art111_2.public_authorities": (
        "iii",
        "provider",
        {},
        False,
        {"original": _ORIGINAL_III, "amended": _AMENDED_III},
    ),
    "from.art80_reclassified.legacy_high_risk.art111_2.public_authorities": (
        "iii",
        "reclass",
        {},
        False,
        {"original": _ORIGINAL_III, "amended": _AMENDED_III},
    ),
    "from.initial_provider.art111_2.public_authorities": (
        "iii",
        "initial",
        {},
        False,
        {"original": _ORIGINAL_III, "amended": _AMENDED_III},
    ),
    "from.initial_provider.annex_iii.art111_2.public_authorities.changed": (
        "none",
        "initial",
        {},
        False,
        {"original": _ORIGINAL_III, "amended": _AMENDED_III},
    ),
    "from.initial_provider.annex_i.art111_2.public_authorities.changed": (
        "none",
        "initial",
        {},
        False,
        {"original": (D(2027, 8, 2), D(2026, 8, 2)), "amended": (D(2028, 8, 2), D(2028, 8, 2))},
    ),
    "from.supplier.art111_2.public_authorities": (
        "iii",
        "supplier",
        {},
        False,
        {"original": _ORIGINAL_III, "amended": _AMENDED_III},
    ),
    "from.supplier.annex_iii.art111_2.public_authorities.changed": (
        "none",
        "supplier",
        {},
        False,
        {"original": _ORIGINAL_III, "amended": _AMENDED_III},
    ),
    "from.supplier.annex_i.art111_2.public_authorities.changed": (
        "none",
        "supplier",
        {},
        False,
        {"original": (D(2027, 8, 2), D(2026, 8, 2)), "amended": (D(2028, 8, 2), D(2028, 8, 2))},
    ),
}
CASES = [(name, law) for name, spec in TARGETS.items() for law in spec[4]]


def _quote_111_2() -> None:
    quote(
        "111",
        "only if, as from that date, those systems are subject to significant changes in their "
        "designs. In any case, the providers and deployers of high-risk AI systems intended to "
        "be used by public authorities shall take the necessary steps to comply with the "
        "requirements and obligations laid down in this Regulation by 2 August 2030",
        "amended",
    )
    quote_nl(
        "In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken van AI-systemen "
        "met een hoog risico die bedoeld zijn om door overheidsinstanties te worden gebruikt, de "
        "nodige stappen om uiterlijk op 2 augustus 2030"
    )


def _case(name: str, change: Any, placed: dt.date | None) -> dict[str, Any]:
    """A legacy (or, with the placing unknown, possibly new) high-risk system intended for
    public authorities, in the kind the target rule ``name`` dates."""
    route, kind, _, generator, _ = TARGETS[name]
    role = {"supplier": None, "initial": None}.get(kind, "provider")
    s = system(
        roles=(role,) if role else (),
        annex_iii=["4a"] if route == "iii" else None,
        placed_on_market=placed,
        significant_change=change,
        context={"intended_for_public_authorities": True},
        profiling=kind != "reclass",
        derogated=kind == "reclass",
        transparency=(
            {"generates_synthetic_image": True, "interacts_directly_with_persons": True}
            if generator
            else None
        ),
    ).model_dump(mode="json")
    if kind == "reclass":
        s["authority_actions"]["msa_found_derogated_system_high_risk"] = True
    if kind == "supplier":
        s["value_chain"]["supplies_components_for_high_risk"] = True
    if kind == "initial":
        s["value_chain"].update(
            initial_provider_of_shifted_system=True, initial_provider_excluded_high_risk_use=False
        )
    return s


def _assess(name: str, law: str, day: dt.date, change: Any, placed: dt.date | None) -> Any:
    readings = TARGETS[name][2]
    return aiact.assess(
        _case(name, change, placed), COMPANY, day, law, interpretations=Interpretations(**readings)
    )


@pytest.mark.parametrize(("name", "law"), CASES)
def test_the_first_case_is_the_later_of_the_change_and_the_date(name: str, law: str) -> None:
    """Art. 111(2), first sentence ("only if, as from that date, those systems are subject to
    significant changes") with Art. 113: a change on or after the cut-off and by 2 August 2030
    brings the duties in from the later of the change and the group's date (recital 177), due
    then; the deadline stays 2 August 2030 ("In any case"). A change after 2 August 2030, or
    before the cut-off, is the second case: 2 August 2030."""
    _quote_111_2()
    base, cutoff = TARGETS[name][4][law]
    for change in (
        cutoff,
        D(2028, 1, 10),
        D(2029, 3, 1),
        PA,
        D(2030, 8, 3),
        cutoff - dt.timedelta(1),
    ):
        if change < D(2025, 3, 1):
            continue
        a = _assess(name, law, D(2028, 9, 1), change, D(2025, 3, 1))
        # A ".changed" rule is entered only on a change on or after the cut-off (its parent's
        # first case): before it, the parent gives the date.
        before = name.endswith(".changed") and change < cutoff
        result = a.date(name.removesuffix(".changed") if before else name)
        if cutoff <= change <= PA:
            assert (set(result.values), result.case) == ({max(change, base)}, 0), (change, result)
        else:
            assert (set(result.values), result.case) == ({PA}, 1), (change, result)
        assert result.deadline == PA, result


@pytest.mark.parametrize(("name", "law"), CASES)
def test_the_group_is_in_force_and_due_by_2_august_2030_whatever_is_unknown(
    name: str, law: str
) -> None:
    """Art. 111(2), second sentence: whatever the change and the placing (each known or not), a
    provider's duties for a system intended for public authorities bind by 2 August 2030 (a
    system placed after the cut-off: from its Art. 113 date, earlier). On that day every
    obligation of the group that applies (or may) is in force, and its due date is no later."""
    _quote_111_2()
    seen = 0
    for change in (D(2029, 3, 1), "none", None):
        for placed in (D(2025, 3, 1), None):
            a = _assess(name, law, PA, change, placed)
            for o in a.obligation_results:
                # fix30a: the supplier's group reads from.supplier through from.supplier_art111_3
                rule = None if o.timing is None else o.timing.rule.removesuffix("_art111_3")
                if rule is None or not name.startswith(rule + "."):
                    continue
                if o.applies is False:
                    continue
                seen += 1
                # the date's own status (the obligation's may wait for its applicability)
                timing = o.timing
                assert timing.status is Status.IN_FORCE, (o.id, change, placed, timing)
                assert timing.due is not None and timing.due <= PA, (o.id, change, placed)
                if o.applies is True:
                    assert o.status is Status.IN_FORCE, (o.id, change, placed)
    assert seen, name
