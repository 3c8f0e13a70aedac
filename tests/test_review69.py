"""review69 (round 21): the second reading owed to 18 declarations whose last review was
"pending".

1. The 14 ``rule:datecase.from.*.art111_2.public_authorities...`` cases (fix16f, 98cf60c: the due
   date written once, ``due`` / ``comply_by`` in every view). Art. 111(2), both versions: legacy
   high-risk systems fall under the Act "only if, as from that date, those systems are subject to
   significant changes in their designs. In any case, the providers and deployers of high-risk AI
   systems intended to be used by public authorities shall take the necessary steps to comply ...
   by 2 August 2030" (NL "In ieder geval ... uiterlijk op 2 augustus 2030"); the amended text's
   cut-off is "the date of application of Chapter III referred to in Article 113".
2. Four facts (annex_i.safety_component, exclusions.pre_market_research_testing,
   value_chain.supplies_under_free_open_source_licence,
   prohibited.ba_only_manipulation_not_increasing_exposure): their words EN/NL against the article.

Probes through ``aiact.assess`` (both texts; Annex III and Annex I; provider and public deployer;
placed 2025, 2027, 2028; change none, 1 June 2025, 1 Oct 2026, 1 and 2 Dec 2027, 1 and 2 Aug 2028,
1 May 2029, 2 and 3 Aug 2030, unknown; public yes / no / unknown; readings A2 and A21 both ways;
3,888 assessments): the date from which each Chapter III duty binds, the deadline and the due date
agree with the text everywhere the route is known and the change is known (plain tests below).

Defects (strict xfail until fixed):

* D1 (Art. 111(2); ``due_date``): where the route is not in the facts (an initial provider, Art.
  25(2), or a supplier, Art. 25(4)), a system intended for public authorities that was changed
  between the cut-off and 2 Aug 2027 (published text) has the date undetermined between the dates
  of the two routes, both earlier than 2 Aug 2030 (1 Oct 2026 by Annex III, 2 Aug 2027 by Annex
  I). The views still say "Comply by 2 Aug 2030" / "2 Aug 2030 (at the latest)". The portfolio,
  ``deadlines()`` and the plan do the same. The text gives 2 Aug 2027 at the latest. This is the
  reading that ADR 0037 rejects, reached again through the two routes.
* D2 (Art. 111(2), second sentence): with the change unknown, on and after 2 Aug 2030 the
  Chapter III duties of a legacy public-authority system are "undetermined" and left out of the
  fine exposure (``binding_undetermined``). Every completion has them in force by then: a change
  on or before 2 Aug 2030 binds them from the change, and otherwise they bind "in any case" from
  2 Aug 2030.
* D3 (views, NL): the reason of an undetermined date names the inputs by their field ids: "hangt
  af van significant_change" (also "authority_actions.msa_found_..."). Dutch output should not
  contain field names.
* D4 (views): the same reason ("Undetermined: ... Possible dates: 2030-08-02, unknown.") leaves
  out the 2 Aug 2030 deadline, which the "Comply by" column beside it shows and which still
  governs.
* D5 (Art. 2(8); exclusions.pre_market_research_testing): the refusal of "still being
  researched ... not yet on the market" for a system whose case file gives a placing on or
  before the day assessed reads "but in your case file, for the question "When was ..." is
  2025-01-01" / "maar in uw casusbestand, bij de vraag "..." is 2025-01-01": the clause has no
  subject.
* D6 (Art. 25(4) NL; value_chain.*): round 19 replaced "componenten" with "onderdelen" (the word
  of Art. 25(4) NL) in the questions only. The Dutch fact labels of
  ``value_chain.supplies_components_for_high_risk`` and ``value_chain.supplies_only_ai_model``
  still say "componenten". The second even quotes the text as "'een AI-systeem, instrumenten,
  diensten, componenten of processen'", words the Dutch text does not contain ("instrumenten,
  diensten, onderdelen of processen voor AI-systemen"). The role is still named "leverancier van
  componenten".
* D7 (Art. 111(2); the classification table): the row "legacy system (Art. 111(2))" / "bestaand
  systeem (artikel 111, lid 2)" shows the rule ``legacy.art111_2_grace`` (sheltered: not
  significantly changed). For a system placed in 2025 and changed in 2028 it says "no" / "nee",
  while the timing reason of the same assessment opens "A legacy high-risk system: placed ...
  before the Art. 111(2) cut-off".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from click.testing import CliRunner
from lawquote import quote, quote_nl, quote_recital
from timecases import ANNEX_I_MEDICAL, COMPANY, PUBLIC_BODY, quoted, system

import aiact
from aiact.interpretations import Interpretations
from aiact.interview import Interview
from aiact.questions import catalogue
from aiact.questions.model import QuestionError
from aiact.timeline.transitional import Status
from aiact.views._rows import obligation_row

D = dt.date
PA = D(2030, 8, 2)
"""Art. 111(2), second sentence: "by 2 August 2030"."""
BASE = {
    ("original", "iii"): D(2026, 8, 2),
    ("original", "i"): D(2027, 8, 2),
    ("amended", "iii"): D(2027, 12, 2),
    ("amended", "i"): D(2028, 8, 2),
}
"""The Art. 113 date of Chapter III, Sections 1-3 per text and route."""
CUTOFF = {
    ("original", "iii"): D(2026, 8, 2),
    ("original", "i"): D(2026, 8, 2),
    ("amended", "iii"): D(2027, 12, 2),
    ("amended", "i"): D(2028, 8, 2),
}
"""The Art. 111(2) cut-off per text and route (amended: reading A2, default route_date)."""
NL_ORG = {"kind": "private_undertaking", "member_state": "NL"}
PLACED = D(2025, 3, 1)
"""The first placing of the probes: before every cut-off."""


def _quote_111() -> None:
    quote(
        "111",
        "only if, as from that date, those systems are subject to significant changes in their "
        "designs. In any case, the providers and deployers of high-risk AI systems intended to be "
        "used by public authorities shall take the necessary steps to comply with the "
        "requirements and obligations",
        "both",
    )
    quote(
        "111",
        "placed on the market or put into service before the date of application of Chapter III "
        "referred to in Article 113, only if, as from that date",
        "amended",
    )
    quote_nl(
        "In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken van AI-systemen "
        "met een hoog risico die bedoeld zijn om door overheidsinstanties te worden gebruikt, de "
        "nodige stappen om uiterlijk op 2 augustus 2030"
    )


def _system(
    change: object,
    public: bool | None = True,
    route: str = "iii",
    role: str = "provider",
    placed: dt.date = PLACED,
) -> aiact.AISystem:
    return system(
        roles=(role,),
        annex_iii=["4a"] if route == "iii" else None,
        annex_i=ANNEX_I_MEDICAL if route == "i" else None,
        placed_on_market=placed,
        significant_change=change,
        context={"intended_for_public_authorities": public},
    )


def _assess(law: str, change: object, as_of: str = "2026-12-06", **kw: Any) -> aiact.Assessment:
    role = kw.get("role", "provider")
    org = PUBLIC_BODY if role == "deployer" else COMPANY
    return aiact.assess(_system(change, **kw), org, as_of, law)


def _no_route(who: str, change: object, public: bool | None = True) -> dict[str, Any]:
    """An organisation that is only the initial provider of a system (Art. 25(2)) or a supplier
    to one (Art. 25(4)); the facts give no route; placed 1 March 2025."""
    s = system(
        roles=(),
        placed_on_market=D(2025, 3, 1),
        significant_change=change,
        context={"intended_for_public_authorities": public},
    ).model_dump(mode="json")
    if who == "initial":
        s["value_chain"].update(
            initial_provider_of_shifted_system=True, initial_provider_excluded_high_risk_use=False
        )
    else:
        s["value_chain"]["supplies_components_for_high_risk"] = True
    return s


_NO_ROUTE_ENTRY = {"initial": "art25_2_original", "supplier": "art25_4_original"}


# =========================================================================== defects


@pytest.mark.parametrize("who", ["initial", "supplier"])
def test_d1_no_route_changed_public_system_is_due_by_the_later_route_date(who: str) -> None:
    """Published text, placed 1 March 2025, changed 1 October 2026 (after the cut-off of 2 August
    2026), intended for public authorities, no route in the facts. By Annex III the duty binds
    from the change (1 Oct 2026). By Annex I it binds from 2 Aug 2027 (Art. 113, third paragraph,
    point (c) as published). So it is due by 2 Aug 2027 at the latest, not by 2 Aug 2030.

    Proposed fix: ``aiact/engine/dates.py`` ``DateResult``: add ``latest``, the largest value
    when every possible value is a date (no UNKNOWN, no NEVER). Give it to ``DeadlineAnswer``
    (``assessment._timing``). In ``aiact/timeline/transitional.py`` ``due_date(applies_from,
    deadline, latest=None)`` returns ``min(latest, deadline)`` where ``applies_from`` is None and
    ``latest`` is known. ``PlanStep`` (graph/plan.py, built from ``result.deadline``) should read
    ``ObligationResult.due`` rather than recompute it."""
    _quote_111()
    quote(
        "113",
        "Article 6(1) and the corresponding obligations in this Regulation shall apply from "
        "2 August 2027",
        "original",
    )
    a = aiact.assess(_no_route(who, D(2026, 10, 1)), COMPANY, "2026-12-06", "original")
    r = a.obligation(_NO_ROUTE_ENTRY[who])
    assert r.timing is not None
    # the probe: undetermined between the two routes' dates, both before the deadline
    assert r.applies_from is None and r.deadline == PA
    assert r.timing.possible_applies_from == (D(2026, 10, 1), D(2027, 8, 2))
    # what the text gives at the latest
    assert r.due == D(2027, 8, 2), r.due
    assert "2030" not in obligation_row(r, "en").deadline
    assert [x.due for x in a.deadlines() if x.id == r.id] == [D(2027, 8, 2)]


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("as_of", ["2030-08-02", "2031-01-01"])
def test_d2_after_2030_the_duties_bind_whatever_the_change(law: str, as_of: str) -> None:
    """Change unknown, intended for public authorities, assessed on or after 2 August 2030: every
    completion has the Chapter III duties in force. A change on or before that day binds them
    from the change; otherwise the second sentence binds them from 2 August 2030 ("In any
    case").

    Proposed fix: ``aiact/engine/dates.py`` ``DateResult.on(day)``: return TRUE where
    ``self.deadline`` is a date and ``day >= self.deadline``. Every date case of the catalogue
    that carries a deadline has a value no later than it (review51; the changed public-authority
    case by its condition ``dates.changed_by_public_authority_deadline``). A ruleset check
    (``aiact/ruleset.py``) should keep that true."""
    _quote_111()
    a = _assess(law, None, as_of)
    r = a.obligation("art9")
    assert r.applies is True and r.deadline == PA
    assert r.status is Status.IN_FORCE, r.status
    assert "art9" not in a.exposure.binding_undetermined


def test_d3_the_dutch_reason_names_no_field() -> None:
    """Proposed fix: ``aiact/assessment.py`` ``_TimingText.reason``: pass the deciding inputs
    through ``aiact.views.labels.fact_label(fact, lang)`` (as the open questions do) before
    ``DateEvaluation.reason`` joins them; or name them by their questions."""
    r = _assess("amended", None).obligation("art9")
    assert r.timing is not None
    dutch = r.timing.reason_nl
    assert dutch.startswith("De datum is onbepaald: die hangt af van"), dutch
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", dutch), dutch


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_d4_the_undetermined_reason_keeps_the_2030_deadline(lang: str) -> None:
    """The "Comply by" column shows 2 Aug 2030 (review27: the deadline stays known); the reason
    beside it should too. Proposed fix: ``aiact/engine/dates.py`` ``DateEvaluation.reason``: in
    the undetermined branch, where ``result.deadline`` is a date, append " Comply by <deadline
    described> at the latest." / " Uiterlijk voldoen op <...>." (the words of the determined
    branch)."""
    _quote_111()
    r = _assess("amended", None).obligation("art9")
    assert r.timing is not None
    assert obligation_row(r, lang).deadline == ("2 Aug 2030" if lang == "en" else "2 aug 2030")
    text = r.timing.reason(lang)
    assert ("Comply by 2030-08-02" if lang == "en" else "Uiterlijk voldoen op 2030-08-02") in text


def _pre_market_refusal_from_case_file() -> QuestionError:
    facts = {"is_ai_system": True, "roles": {"provider": True}, "placed_on_market": "2025-01-01"}
    interview = Interview.start(
        "2026-11-28", "full", case={"system": facts, "organisation": NL_ORG}
    )
    with pytest.raises(QuestionError) as caught:
        interview.answer(["pre_market"], question="exclusions")
    return caught.value


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_d5_the_pre_market_refusal_names_the_date_as_a_subject(lang: str) -> None:
    """Art. 2(8): "prior to their being placed on the market or put into service". The date from
    the case file is named by a locator ('in your case file, for the question "..."'), which
    cannot be the subject of "is 2025-01-01". From an interview answer it reads right ("the
    answer to the question ... is"). Proposed fix: ``aiact/date_facts.py`` ``guard_pre_market``,
    system branch: a ``spoken`` template as the model's, "true, but the date of that step
    ({field}) is {date}, on or before the day assessed ..." / "waar, maar de datum van die stap
    ({field}) is {date}, ...", with the Dutch msgstr."""
    quote(
        "2",
        "does not apply to any research, testing or development activity regarding AI systems or "
        "AI models prior to their being placed on the market or put into service",
    )
    text = _pre_market_refusal_from_case_file().text(lang)  # type: ignore[arg-type]
    bad = (
        r'in your case file, for the question "[^"]*" is 2025'
        if lang == "en"
        else r'in uw casusbestand, bij de vraag "[^"]*" is 2025'
    )
    assert not re.search(bad, text), text


def test_d6_the_dutch_labels_say_onderdelen_as_article_25_4() -> None:
    """Art. 25(4) NL: "de derde partij die instrumenten, diensten, onderdelen of processen voor
    AI-systemen levert". Proposed fix (aiact.po, msgctxt fact): supplies_components_for_high_risk
    "Levert een AI-systeem, AI-model, instrumenten, diensten, onderdelen of processen die in een
    AI-systeem met een hoog risico worden gebruikt of geïntegreerd (artikel 25, lid 4)";
    supplies_only_ai_model "... geen AI-systeem, instrument, dienst, onderdeel of proces (artikel
    25, lid 4: de gewijzigde tekst noemt ook AI-modellen; de oorspronkelijke tekst noemt
    'instrumenten, diensten, onderdelen of processen voor AI-systemen' en geen AI-model)";
    supplies_under_free_open_source_licence "... onder een vrije en opensource licentie
    toegankelijk gemaakt voor het publiek ..."; the addressee (aiact/obligations/model.py:48)
    "leverancier van onderdelen"."""
    from aiact.i18n import pt
    from aiact.obligations.model import ADDRESSEE_LABELS, Addressee

    quote_nl("instrumenten, diensten, onderdelen of processen voor AI-systemen levert")
    quote_nl("onder een vrije en opensource licentie toegankelijk maken voor het publiek")
    for fact in (
        "value_chain.supplies_components_for_high_risk",
        "value_chain.supplies_only_ai_model",
    ):
        label = pt("fact", fact, "nl")
        assert "component" not in label, label
    assert "toegankelijk" in pt("fact", "value_chain.supplies_under_free_open_source_licence", "nl")
    assert "componenten" not in ADDRESSEE_LABELS[Addressee.SUPPLIER][1]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_d7_the_legacy_row_does_not_deny_a_legacy_system(lang: str) -> None:
    """The row's words should say what the rule concludes: the shelter of Art. 111(2) (no
    significant change since the cut-off), not the placing before it. Proposed fix:
    ``aiact/assessment.py:202``: N_("sheltered as a legacy system (Art. 111(2): no significant
    change since the cut-off)") / "beschermd als bestaand systeem (artikel 111, lid 2: geen
    aanzienlijke wijziging sinds de peildatum)"."""
    from aiact.views.i18n import category_label

    a = _assess("amended", D(2028, 3, 1))
    assert a.categories["legacy_grace"] is False
    assert r"A legacy high-risk system: placed" in a.obligation("art9").timing.reason_en  # type: ignore[union-attr]
    label = category_label("legacy_grace", lang)
    assert label not in ("legacy system (Art. 111(2))", "bestaand systeem (artikel 111, lid 2)")


# =========================================================================== confirmed


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("route", ["iii", "i"])
@pytest.mark.parametrize("role", ["provider", "deployer"])
@pytest.mark.parametrize(
    "change",
    [
        "none",
        D(2025, 6, 1),
        D(2026, 10, 1),
        D(2027, 12, 1),
        D(2027, 12, 2),
        D(2028, 8, 1),
        D(2028, 8, 2),
        D(2030, 8, 2),
        D(2030, 8, 3),
    ],
)
def test_public_authority_dates_follow_both_sentences(
    law: str, route: str, role: str, change: object
) -> None:
    """Art. 111(2), the providers and deployers the second sentence addresses (a company's system
    intended for public authorities; a public body that deploys it). A significant change "as
    from" the cut-off and on or before 2 August 2030 binds the duties from the later of the change
    and the Art. 113 date. The change is due on that day, and 2 August 2030 stays the latest date.
    With no change, a change before the cut-off or one after 2 August 2030, the duties bind
    from 2 August 2030 ("In any case"). Due is never before the duty binds, and never after the
    deadline."""
    _quote_111()
    a = _assess(law, change, route=route, role=role)
    cut, base = CUTOFF[(law, route)], BASE[(law, route)]
    dated = [r for r in a.obligations if r.timing and r.timing.rule == "from.high_risk"]
    assert dated
    for r in dated:
        assert r.deadline == PA, r.id
        if isinstance(change, dt.date) and cut <= change <= PA:
            assert r.applies_from == max(change, base), r.id
        else:
            assert r.applies_from == PA, r.id
        assert r.due == r.comply_by == r.applies_from, r.id
        assert r.applies_from is not None and r.applies_from >= base, r.id


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("role", ["provider", "deployer"])
def test_an_unknown_change_keeps_2030_as_the_latest_date(law: str, role: str) -> None:
    """review27 kept: with the change unknown the date is open, but 2 August 2030 is known as
    the latest. It is listed "at the latest" and stays in the portfolio."""
    from aiact.portfolio import PortfolioEntry, PortfolioResult

    _quote_111()
    a = _assess(law, None, role=role)
    r = next(r for r in a.obligations if r.timing and r.timing.rule == "from.high_risk")
    assert r.applies_from is None and r.deadline == r.due == r.comply_by == PA
    row = obligation_row(r, "nl")
    assert row.deadline == "2 aug 2030" and row.due == "2 aug 2030 (uiterlijk)"
    rows = PortfolioResult((PortfolioEntry(0, "x", None, a),)).deadlines("en")
    assert (r.id, "2030-08-02", "deadline") in {
        (x["obligation"], x["date"], x["kind_of_date"]) for x in rows
    }


@pytest.mark.parametrize("law", ["original", "amended"])
def test_a_system_not_for_public_authorities_has_no_2030_deadline(law: str) -> None:
    """The second sentence addresses only systems intended for public authorities: a company's
    own system, changed after the cut-off, binds from the change with no Art. 111 deadline; with
    no change it is sheltered."""
    _quote_111()
    changed = _assess(law, D(2028, 9, 1), public=False).obligation("art9")
    assert (changed.applies_from, changed.deadline, changed.comply_by) == (
        D(2028, 9, 1),
        None,
        None,
    )
    assert _assess(law, "none", public=False).obligation("art9").applies is not True


@pytest.mark.parametrize(
    ("law", "route", "placed", "expected"),
    [
        # amended, A2 route_date: placed before 2 Dec 2027 / 2 Aug 2028 is a legacy system
        ("amended", "iii", D(2027, 1, 1), PA),
        ("amended", "i", D(2028, 1, 1), PA),
        # published: the cut-off is 2 Aug 2026; placed after it the route date binds
        ("original", "iii", D(2027, 1, 1), D(2026, 8, 2)),
        ("original", "i", D(2027, 1, 1), D(2027, 8, 2)),
    ],
)
def test_the_cut_off_of_each_text(law: str, route: str, placed: dt.date, expected: dt.date) -> None:
    """Art. 111(2) as amended: "before the date of application of Chapter III referred to in
    Article 113" (reading A2, by default the route's date of point (c)). The 2026/1744 dates 2
    Dec 2027 / 2 Aug 2028 are not applied to an unchanged public-authority legacy system: it
    binds by 2 Aug 2030."""
    _quote_111()
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "omnibus_only",
    )
    r = _assess(law, "none", route=route, placed=placed).obligation("art9")
    assert r.applies_from == expected


@pytest.mark.parametrize("law", ["original", "amended"])
def test_the_readings_a2_and_a21_keep_the_structure(law: str) -> None:
    """Under A21=literal, Art. 4 (as replaced), Art. 50 and Art. 50(2) follow the same two cases
    (the targets ``from.art4*``, ``from.art50*``). Art. 111(4) comes first for a generator placed
    before 2 Aug 2026 (amended text). Under A2=general_date (amended) a change on 1 Oct 2026 binds
    from the Annex III date of 2 Dec 2027, not before it."""
    quote(
        "111",
        "shall take the necessary steps in order to comply with Article 50(2) by 2 December 2026",
        "amended",
    )
    literal = Interpretations(legacy_general_duties="literal")
    s = system(
        roles=("provider", "deployer"),
        annex_iii=["4a"],
        put_into_service=D(2025, 3, 1),
        significant_change=D(2028, 9, 1),
        context={"intended_for_public_authorities": True},
        transparency={"generates_synthetic_image": True, "interacts_directly_with_persons": True},
    )
    a = aiact.assess(s, PUBLIC_BODY, "2026-12-06", law, interpretations=literal)
    for rule in (
        "from.art4" if law == "original" else "from.art4_amended",
        "from.art50",
        "from.art50_2",
    ):
        r = next(r for r in a.obligations if r.timing and r.timing.rule == rule)
        assert (r.applies_from, r.deadline, r.due) == (D(2028, 9, 1), PA, D(2028, 9, 1)), rule
    if law == "amended":
        placed = system(
            annex_iii=["4a"],
            placed_on_market=D(2025, 3, 1),
            significant_change="none",
            context={"intended_for_public_authorities": True},
            transparency={
                "generates_synthetic_image": True,
                "interacts_directly_with_persons": True,
            },
        )
        r = aiact.assess(placed, COMPANY, "2026-12-06", law, interpretations=literal).obligation(
            "art50_2"
        )
        assert (r.applies_from, r.deadline, r.timing.grace) == (  # type: ignore[union-attr]
            D(2026, 12, 2),
            D(2026, 12, 2),
            "art111_4",
        )
        general = Interpretations(art111_cutoff="general_date")
        r = aiact.assess(
            _system(D(2026, 10, 1)), COMPANY, "2026-12-06", law, interpretations=general
        ).obligation("art9")
        assert (r.applies_from, r.deadline, r.due) == (D(2027, 12, 2), PA, D(2027, 12, 2))


@pytest.mark.parametrize("law", ["original", "amended"])
def test_the_reclassified_system_follows_the_same_cases(law: str) -> None:
    """A27 default: Art. 80(4)-(5) of a derogated system the authority found high-risk follow
    Art. 111(2) with the Annex III date (target ``from.art80_reclassified.legacy_high_risk``)."""
    change = D(2028, 3, 1) if law == "amended" else D(2027, 1, 1)
    s = system(
        annex_iii=["4a"],
        profiling=False,
        derogated=True,
        placed_on_market=D(2025, 3, 1),
        significant_change=change,
        context={"intended_for_public_authorities": True},
    ).model_dump(mode="json")
    s["authority_actions"]["msa_found_derogated_system_high_risk"] = True
    r = aiact.assess(s, COMPANY, "2029-01-01", law).obligation("art80_4")
    assert (r.applies_from, r.deadline, r.due, r.status) == (change, PA, change, Status.IN_FORCE)


@pytest.mark.parametrize("who", ["initial", "supplier"])
def test_the_no_route_cases_where_the_routes_agree(who: str) -> None:
    """Targets ``from.initial_provider.annex_*.art111_2.public_authorities.changed.0`` and
    ``from.supplier.annex_*...``: changed after both cut-offs (amended: 1 Sep 2028), the routes
    agree, the date is the change and it is due then. Changed between them (1 Mar 2028), the
    Annex I route gives 2 Aug 2030 (change before its cut-off), so 2030 is the right latest date
    there (unlike D1)."""
    entry = {"initial": "art25_2", "supplier": "art25_4"}[who]
    after = aiact.assess(_no_route(who, D(2028, 9, 1)), COMPANY, "2026-12-06", "amended")
    r = after.obligation(entry)
    assert (r.applies_from, r.deadline, r.due) == (D(2028, 9, 1), PA, D(2028, 9, 1))
    between = aiact.assess(_no_route(who, D(2028, 3, 1)), COMPANY, "2026-12-06", "amended")
    r = between.obligation(entry)
    assert r.timing is not None
    assert r.timing.possible_applies_from == (D(2028, 3, 1), PA) and r.due == PA


def test_the_reading_of_in_any_case_rests_on_recital_177() -> None:
    """The second sentence is an exception that adds duties for systems even when unchanged ("On
    an exceptional basis and in light of public accountability"). It does not extend the period
    after a change, which recital 39 of 2026/1744 says should "trigger the obligation of the
    provider to fully comply". ADR 0037's reading is the text's."""
    quote_recital(
        177,
        "On an exceptional basis and in light of public accountability, operators of AI systems",
    )
    quoted(
        "Any significant change to the design of that AI system after the date specified in "
        "Article 111(2) should trigger the obligation of the provider to fully comply",
        "omnibus",
    )
    r = _assess("amended", D(2028, 3, 1)).obligation("art9")
    assert r.timing is not None
    assert "does not postpone the date of the change" in r.timing.reason_en
    assert "schuift de datum van de wijziging niet op" in r.timing.reason_nl
    assert (
        "Uiterlijk voldoen op 2028-03-01, de datum vanaf wanneer dit geldt; 2030-08-02 (artikel "
        "111, lid 2) is alleen de uiterste datum." in r.timing.reason_nl
    )


def test_the_terminal_in_dutch_for_a_public_deployer(tmp_path: Any) -> None:
    """``aiact assess --lang nl`` at 80 columns, published text, a public body deploying a
    legacy system changed on 1 January 2027: Art. 26(1) shows "Geldt vanaf" and "Uiterlijk
    voldoen op" both 1 jan 2027, and 2 aug 2030 nowhere."""
    from aiact.cli import main

    s = _system(D(2027, 1, 1), role="deployer")
    case = {
        "as_of": "2026-12-06",
        "law": "original",
        "organisation": json.loads(PUBLIC_BODY.model_dump_json()),
        "system": json.loads(s.model_dump_json()),
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    out = CliRunner().invoke(main, ["assess", "--lang", "nl", str(path)], env={"COLUMNS": "80"})
    assert out.exit_code == 0, out.output
    assert "2 aug 2030" not in out.output
    block = out.output.split("Artikel 26, lid 1\n", 1)[1].split("\n\n", 1)[0]
    assert re.search(r"Geldt vanaf\s+1 jan 2027", block), block
    assert re.search(r"Uiterlijk voldoen op\s+1 jan 2027", block), block
    assert max(len(line) for line in out.output.splitlines()) <= 80


# --------------------------------------------------------------------------- the four facts


def test_the_annex_i_product_facts_say_annex_i() -> None:
    """Art. 6(1)(a) EN/NL: "a safety component of a product, or the AI system is itself a
    product, covered by the Union harmonisation legislation listed in Annex I"."""
    from aiact.facts import AnnexIFacts
    from aiact.i18n import pt

    quote(
        "6",
        "the AI system is intended to be used as a safety component of a product, or the AI "
        "system is itself a product, covered by the Union harmonisation legislation listed in "
        "Annex I",
        "both",
    )
    quote_nl("het AI-systeem is zelf een product dat valt onder de in bijlage I opgenomen")
    fields = AnnexIFacts.model_fields
    for name in ("safety_component", "is_the_product"):
        description = fields[name].description or ""
        assert "Union harmonisation legislation listed in Annex I" in description, name
        dutch = pt("fact", f"annex_i.{name}", "nl")
        assert "valt onder de harmonisatiewetgeving van de Unie in bijlage I" in dutch, dutch


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_annex_iii_refusal_names_the_point_to_add(lang: str) -> None:
    """Annex III, point 1(c); Art. 3(39): the refusal names the point to add after the points
    given, in the official Dutch form."""
    quote_nl("“systeem voor het herkennen van emoties”: een AI-systeem")
    facts = {
        "is_ai_system": True,
        "roles": {"deployer": True},
        "annex_iii": {"points": ["4b", "5a"]},
    }
    interview = Interview.start(
        "2026-11-28", "full", case={"system": facts, "organisation": NL_ORG}
    )
    with pytest.raises(QuestionError) as caught:
        interview.answer(["emotion_recognition"], question="transparency_features")
    text = caught.value.text(lang)  # type: ignore[arg-type]
    if lang == "en":
        assert "but that point is not among the Annex III points given" in text
        assert text.endswith("add Annex III, point 1(c), or correct one of the two"), text
    else:
        assert "maar dat punt staat niet bij de punten van bijlage III die zijn gegeven" in text
        assert "bijlage III, punt 4, onder b; bijlage III, punt 5, onder a)" in text
        assert "voeg bijlage III, punt 1, onder c" in text and "verbeter een van beide" in text


def test_the_open_source_exception_keeps_its_limit() -> None:
    """Art. 25(4) (both texts): "other than general-purpose AI models"; NL "andere instrumenten,
    diensten, processen of onderdelen dan AI-modellen voor algemene doeleinden"."""
    quote(
        "25",
        "This paragraph shall not apply to third parties making accessible to the public tools, "
        "services, processes, or components, other than general-purpose AI models, under a free "
        "and open-source licence",
        "both",
    )
    quote_nl("andere instrumenten, diensten, processen of onderdelen dan AI-modellen voor")
    q = catalogue().get("supplies_open_source")
    assert "other than general-purpose AI models" in q.help_en
    assert "behalve AI-modellen voor algemene doeleinden" in q.help_nl
    assert "toegankelijk" in q.text_nl and "onderdelen" in q.text_nl
    only = catalogue().get("supplies_only_ai_model")
    assert "onderdelen" in only.text_nl and "componenten" not in only.text_nl


def test_the_intimate_material_question_asks_for_editing_only() -> None:
    """Art. 5(1b) (2026/1744): "manipulates material in a way that does not increase the exposure
    of any depicted intimate parts or alter the nature of any depicted sexually explicit
    activities"."""
    quote(
        "5",
        "an AI system that manipulates material in a way that does not increase the exposure of "
        "any depicted intimate parts or alter the nature of any depicted sexually explicit "
        "activities shall not constitute manipulation",
        "omnibus_only",
    )
    q = catalogue().get("art5_ba_manipulation_only")
    assert q.text_en.startswith("Does the system only edit existing intimate images")
    assert "it makes no new material" in q.text_en
    assert "changing the nature of the sexually explicit activity" in q.text_en
    assert q.text_nl.startswith("Bewerkt het systeem alleen bestaande intieme beelden")
    assert "de aard van de getoonde seksueel expliciete handeling" in q.text_nl
