"""rev30c (round 30): independent review of reading A46 (Art. 111(3) and the Art. 25(4) duty of the
third party that supplies a general-purpose AI model; ADR 0049; branch h/a46 at 9e5ece8).

Sound behaviour is pinned by passing tests; each defect is a strict xfail with a concrete case.
The probe ``benchmarks/rev30c_probe.py`` checks partial cases against their completions and the
complete cases against main at 7a48687 (counts in tests/data/coverage/reviews.yaml).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from lawquote import quote, quote_nl
from timecases import ANNEX_I_MEDICAL, COMPANY, model, system

import aiact
from aiact.interpretations import Interpretations
from aiact.questions.data import QUESTIONS
from aiact.timeline.transitional import Status

D = dt.date
ART111_3 = D(2027, 8, 2)
ROWS = ("art25_4", "art25_4_original")
FLAG = "supplied_model_placed_before_2_august_2025"
NEW_SYSTEM = D(2026, 10, 1)
"""A high-risk system first placed after the published Art. 111(2) cut-off (2 August 2026)."""


def _quote_111_3() -> str:
    return quote(
        "111",
        "Providers of general-purpose AI models that have been placed on the market before 2 "
        "August 2025 shall take the necessary steps in order to comply with the obligations "
        "laid down in this Regulation by 2 August 2027",
        "both",
    )


def _case(
    law: str,
    day: str,
    *,
    legacy: bool | None = True,
    gpai: bool | None = True,
    provides: bool | None = True,
    placed: dt.date = NEW_SYSTEM,
    change: dt.date | str = "none",
    route: str = "iii",
    public: bool = False,
    annex_x: bool = False,
    open_source: bool = False,
    **readings: str,
) -> aiact.Case:
    """Voorbeeld B.V., no role of its own, supplies what is integrated in a high-risk system
    (Annex III point 4(a) or an Annex I medical device) first placed on ``placed``; ``provides``:
    it is the supplied model's provider (Art. 3(3); by default it is)."""
    s: dict[str, Any] = system(
        roles=(),
        annex_iii=["4a"] if route == "iii" else None,
        annex_i=ANNEX_I_MEDICAL if route == "i" else None,
        placed_on_market=placed,
        significant_change=change,
        context={
            "intended_for_public_authorities": public,
            "used_by_public_authorities": False,
            "annex_x_large_scale_it_component": annex_x,
        },
    ).model_dump(mode="json")
    vc = s["value_chain"]
    vc["supplies_components_for_high_risk"] = True
    vc["supplies_general_purpose_ai_model"] = gpai
    vc["supplies_under_free_open_source_licence"] = open_source
    vc[FLAG] = legacy
    vc["provides_supplied_model"] = provides
    return aiact.Case(
        system=s,
        organisation=COMPANY,
        as_of=day,
        law=law,
        interpretations=Interpretations(**readings),
    )


def _row(case: aiact.Case) -> Any:
    a = case.assess()
    return next(r for r in a.obligation_results if r.id in ROWS)


# ------------------------------------------------------------------ sound behaviour (pinned)


@pytest.mark.parametrize(
    ("kw", "usual"),
    [
        ({}, D(2026, 8, 2)),  # a new system, Annex III (Art. 113, second paragraph)
        ({"placed": D(2025, 3, 1), "change": D(2026, 10, 1)}, D(2026, 10, 1)),  # changed legacy
        ({"placed": D(2025, 3, 1), "change": D(2027, 10, 1)}, D(2027, 10, 1)),  # changed later
        ({"route": "i"}, D(2027, 8, 2)),  # Annex I (Art. 113, third paragraph, point (c))
        ({"placed": D(2025, 3, 1), "public": True}, D(2030, 8, 2)),  # Art. 111(2), 2nd sentence
        ({"placed": D(2025, 3, 1), "annex_x": True}, D(2030, 12, 31)),  # Art. 111(1)
    ],
    ids=["new", "changed-2026", "changed-2027", "annex-i", "public", "annex-x"],
)
def test_published_text_the_later_of_the_two(kw: dict[str, Any], usual: dt.date) -> None:
    """Art. 111(3): the provider of a model placed before 2 August 2025 complies "by 2 August
    2027"; it gives time and never brings a date forward: under model_transition the supplier's
    Art. 25(4) date is the later of the system's date and 2 August 2027; the flag false, or
    chapter_v_only, keep the system's date (published text, 2031, every date passed)."""
    _quote_111_3()
    quote("111", "shall be brought into compliance with this Regulation by 31 December 2030")
    moved = _row(_case("original", "2031-06-01", **kw))
    assert moved.applies is True and moved.applies_from == max(usual, ART111_3)
    for other in (
        _case("original", "2031-06-01", legacy=False, **kw),
        _case("original", "2031-06-01", art111_3_model_supplier="chapter_v_only", **kw),
    ):
        row = _row(other)
        assert (row.applies, row.applies_from) == (True, usual)


@pytest.mark.parametrize("route", ["iii", "i"])
@pytest.mark.parametrize("legacy", [True, False, None])
def test_amended_text_no_date_moves(route: str, legacy: bool | None) -> None:
    """Amended Art. 113, third paragraph, point (c): Chapter III Section 3 applies from "(i) 2
    December 2027" (Annex III) and "(ii) 2 August 2028" (Annex I), both after 2 August 2027:
    the readings give the same date and status, and the flag is not asked."""
    quote("113", "2 December 2027 as regards AI systems classified as high-risk", "amended")
    rows = [
        _row(_case("amended", "2028-10-01", legacy=legacy, route=route, placed=D(2028, 9, 1), **r))
        for r in ({}, {"art111_3_model_supplier": "chapter_v_only"})
    ]
    assert {(r.applies, r.applies_from, r.status) for r in rows} == {
        (True, D(2027, 12, 2) if route == "iii" else D(2028, 8, 2), Status.IN_FORCE)
    }
    asked = _case("amended", "2028-10-01", legacy=None, route=route, placed=D(2028, 9, 1))
    assert all(q.fact != f"value_chain.{FLAG}" for q in asked.assess().open_questions)


def test_unknown_placing_is_undetermined_with_a_sound_floor() -> None:
    """The model's placing unknown (published text, a new Annex III system, 1 November 2026):
    undetermined between the system's date and 2 August 2027; the earliest possible date is the
    system's (no later than any completion's), and the flag is asked."""
    _quote_111_3()
    row = _row(_case("original", "2026-11-01", legacy=None))
    assert row.applies is True and row.status is Status.UNDETERMINED
    assert set(row.timing.possible_applies_from) == {D(2026, 8, 2), ART111_3}
    assert row.timing.earliest in (None, D(2026, 8, 2))
    a = _case("original", "2026-11-01", legacy=None).assess()
    assert any(q.fact == f"value_chain.{FLAG}" for q in a.open_questions)


def test_question_dutch_in_official_terms() -> None:
    """Art. 111(3) NL: "Aanbieders van AI-modellen voor algemene doeleinden die vóór 2 augustus
    2025 in de handel zijn gebracht": the question on the placing uses "AI-model voor algemene
    doeleinden" and "in de handel gebracht"; since fix30c the provider ("aanbieder") is asked by
    its own question, supplies_own_model."""
    quote_nl("Aanbieders van AI-modellen voor algemene doeleinden die vóór 2 augustus 2025 in de")
    q = next(q for q in QUESTIONS if q["id"] == "supplied_model_legacy")
    assert q["fact"] == f"value_chain.{FLAG}"
    for words in ("AI-model voor algemene doeleinden", "in de handel gebracht"):
        assert words in q["text_nl"], words
    own = next(q for q in QUESTIONS if q["id"] == "supplies_own_model")
    for words in ("aanbieder", "AI-model voor algemene doeleinden"):
        assert words in own["text_nl"], words


# ------------------------------------------------------------------ defects


def test_d1_art_111_3_is_a_comply_by_date_as_for_the_models_other_duties() -> None:
    """Art. 111(3): providers of such models "shall take the necessary steps in order to comply
    with the obligations laid down in this Regulation by 2 August 2027": a "comply by" date, as
    the library encodes it for the model's own duties (``_legacy_model``: value the later of the
    base date and 2 August 2027, deadline 2 August 2027, grace art111_3) and for Art. 111(2),
    second sentence and Art. 111(4). Published text, a new Annex III system placed on 1 October
    2026, 1 November 2026: the same provider's Art. 53(1)(b) row of a model placed in 2024 shows
    comply by 2 August 2027; its Art. 25(4) row, also deferred by Art. 111(3), shows none.

    Fixed in round 31 (h/d1fix)."""
    _quote_111_3()
    gpai = aiact.Case(
        model=model(D(2024, 6, 1)).model_dump(mode="json"),
        organisation=COMPANY,
        as_of="2026-11-01",
        law="original",
    ).assess()
    b = gpai.obligation("art53_1_b")
    assert (b.applies_from, b.deadline, b.comply_by) == (ART111_3, ART111_3, ART111_3)
    row = _row(_case("original", "2026-11-01"))
    assert (row.applies_from, row.timing.grace) == (ART111_3, "art111_3")
    assert (row.deadline, row.comply_by) == (ART111_3, ART111_3)


@pytest.mark.parametrize("law", ["original", "amended"])
def test_d2_a_reseller_of_an_open_source_model_keeps_the_agreement(law: str) -> None:
    """Art. 25(4), second sentence (both texts): "This paragraph shall not apply to third
    parties making accessible to the public tools, services, processes, or components, other
    than general-purpose AI models, under a free and open-source licence." The carve-out is about
    what is supplied, not about who its provider is (Art. 3(3)). Since h/a46 the fact
    ``supplies_general_purpose_ai_model`` says "a general-purpose AI model of which the
    organisation is the provider ... a reseller of another provider's model is not that model's
    provider", while its question (``supplies_gpai_model``) still asks "Is what you supply a
    general-purpose AI model?". A reseller that makes another provider's general-purpose AI
    model accessible under a free and open-source licence, given as the description says
    (false), is excepted: no Art. 25(4) row applies (both texts, a new system, 2028). Expected:
    the agreement applies (the exception does not cover general-purpose AI models), i.e. the
    flag keeps its meaning for the exception (and for A25's general_purpose_model_component),
    with the provider status asked apart (as the A46 flag already does).

    Fixed in round 30 by the lead: the fact's description is again "a general-purpose AI model,
    whoever its provider is"; whether the organisation is the model's provider is part of the
    A46 flag ``supplied_model_placed_before_2_august_2025`` (a reseller answers no there)."""
    quote(
        "25",
        "This paragraph shall not apply to third parties making accessible to the public tools, "
        "services, processes, or components, other than general-purpose AI models, under a free "
        "and open-source licence",
        "both",
    )
    quote("3", "develops an AI system or a general-purpose AI model")
    described = (
        aiact.AISystem.model_fields["value_chain"]
        .annotation.model_fields[  # type: ignore[union-attr]
            "supplies_general_purpose_ai_model"
        ]
        .description
    )
    assert described is not None
    # The reseller answers as the fact's description tells it (since h/a46: false).
    answer = "reseller of another provider's model is not that model's provider" not in described
    reseller = _case(
        law, "2028-10-01", legacy=False, gpai=answer, placed=D(2028, 9, 1), open_source=True
    )
    assert _row(reseller).applies is True


def test_d3_art_111_3_is_not_named_where_it_moves_nothing() -> None:
    """Art. 111(3) gives time "by 2 August 2027"; ADR 0049: "Amended text: no date changes
    (every Chapter III date is later than 2 August 2027)". Amended text (the law in force), a new
    Annex III system placed on 1 September 2028, 1 October 2028: the date is 2 December 2027
    (Art. 113, third paragraph, point (c)(i)) under both readings, but under model_transition
    the row's transitional rule is "art111_3" and its reason cites Art. 111(3) and
    A46=model_transition, where chapter_v_only (and main at 7a48687) give grace "none" and Art.
    113. Expected: the same grace and no A46 where the reading does not change the date.

    Fixed in round 30 by the lead for the amended text: the two Art. 111(3) cases of
    from.supplier_art111_3 are of the published text only (every amended Chapter III and Art.
    111 date is after 2 August 2027; test below). Left open: under the published text, a legacy
    system significantly changed after 2 August 2027 still names Art. 111(3) for the change's
    date, and the row has no "comply by" date (D1)."""
    _quote_111_3()
    quote("113", "2 December 2027 as regards AI systems classified as high-risk", "amended")
    default = _row(_case("amended", "2028-10-01", placed=D(2028, 9, 1)))
    other = _row(
        _case(
            "amended", "2028-10-01", placed=D(2028, 9, 1), art111_3_model_supplier="chapter_v_only"
        )
    )
    assert default.applies_from == other.applies_from == D(2027, 12, 2)
    assert default.timing.grace == other.timing.grace == "none"
    assert not any(i.startswith("A46") for i in default.timing.source.interpretations())


def test_no_amended_date_of_the_suppliers_duty_is_before_the_art_111_3_day() -> None:
    """Why the Art. 111(3) cases of from.supplier_art111_3 are of the published text only: in the
    amended text Chapter III applies from 2 December 2027 (Annex III) and 2 August 2028 (Annex
    I), Art. 111(1) gives 31 December 2030 and Art. 111(2), second sentence, 2 August 2030, all
    after 2 August 2027, the day of Art. 111(3); a significant change is counted from no earlier
    than the route's date. So "the later of the system's date and 2 August 2027" is the system's
    date, and Art. 111(3) is the reason of none. If an amendment brought one of these dates
    before 2 August 2027, this test fails and the cases must hold for that version too."""
    from aiact.timeline.dates import DateKey, date_of
    from aiact.versions import LawVersion

    _quote_111_3()
    amended = LawVersion.AMENDED
    day = date_of(DateKey.GPAI_LEGACY_DEADLINE, amended).date
    assert day == D(2027, 8, 2)
    for key in (
        DateKey.HIGH_RISK_ANNEX_III,
        DateKey.HIGH_RISK_ANNEX_I,
        DateKey.ANNEX_X_DEADLINE,
        DateKey.PUBLIC_AUTHORITY_DEADLINE,
    ):
        assert date_of(key, amended).date > day, key
    # A new system, a system placed before the cut-off unchanged and one changed in 2028; the
    # supplied model placed before 2 August 2025 (the A46 flag) in each.
    for placed, change in (
        (D(2028, 9, 1), "none"),
        (D(2025, 3, 1), "none"),
        (D(2025, 3, 1), D(2028, 3, 1)),
    ):
        row = _row(_case("amended", "2028-10-01", placed=placed, change=change))
        assert row.timing is None or row.timing.grace != "art111_3"
        if row.applies_from is not None:
            assert row.applies_from > day
