"""Review rev31a of round 31: the declarations whose latest review record said "defect" or
"pending" (docs/coverage.md), each re-read against the text of Regulation (EU) 2024/1689, the
amending Regulation (EU) 2026/1744 and the Dutch text (records in
tests/data/coverage/reviews.yaml, reviewer "rev31a helper (round 31)").

Verified and pinned here (passing tests): the fixes of rev29a D1-D2 (A44, hr.post_remote_rbi),
review75 D2 (the Art. 6(1a) fact on docs/omnibus-diff.md), review77 D1 (the floor of Art. 4 under
A21=literal), rev29b D1 and D3 (A45: the initial provider, the shifted case indexes), review80 D1
and review82 D1 (the reclassified Art. 111(2) rules), rev30c D2 and rev30d D1 (the general-purpose
AI model supplied, its provider), and fix30a's A46 on art25_4 (amended text: nothing moves).

Finding (strict xfail):

* D1 (interpretation:A44): ADR 0047 was not brought up to date with the fix of rev29a D1. Its
  Consequences say the readings differ "not at all where the use or the delay is known false",
  and its Decision that the rule "also cites Art. 3(43) and 3(42)". Since 32776fc the rule reads
  ``def.post_remote_biometric_identification`` (both halves of Art. 3(43)) and also cites Art.
  3(41): a police deployer of a point 1(a) system, the targeted-search use stated, the delay
  known false and ``identifies_persons_by_biometric_data`` false has the four Art. 26(10) duties
  under ``use_decides`` and none under ``definition_decides``; with that fact unknown, true
  against undetermined.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from lawquote import quote, quote_nl
from test_legal24 import _assess as _assess_reclass
from test_legal24 import _system as _reclass
from test_rev29a import DEFINITION, USE, _rbi
from test_rev29a import _assess as _assess_rbi
from test_rev29a import _rows as _rbi_rows
from test_rev29b import OPERATORS_ONLY, _supplier
from test_rev29b import _assess as _assess_supplier
from test_rev29b import _row as _supplier_row
from test_review71 import _BASE, OPEN
from test_review71 import _assess as _assess71
from timecases import ANNEX_I_MEDICAL, COMPANY, system

import aiact
from aiact.interpretations import Interpretations
from aiact.obligations import catalogue
from aiact.rules import SYSTEM_RULES
from aiact.rules.timing import SYSTEM_DATE_RULES
from aiact.timeline.transitional import Status
from aiact.versions import ONLY_AMENDED

ROOT = Path(__file__).resolve().parents[1]
D = dt.date
LAWS = ("original", "amended")
RULES = {r.id: r for r in SYSTEM_RULES}
DATE_RULES = {r.name: r for r in SYSTEM_DATE_RULES}
ADR_0047 = ROOT / "docs" / "adr" / "0047-a44-post-remote-use.md"


def _adr(path: Path) -> str:
    return " ".join(path.read_text(encoding="utf-8").split())


# ------------------------------------------------- rule:hr.post_remote_rbi / interpretation:A44


def test_a44_the_rule_reads_the_whole_definition_under_definition_decides() -> None:
    """Art. 3(43): "'post-remote biometric identification system' means a remote biometric
    identification system other than a real-time remote biometric identification system"; Art.
    3(41): a remote biometric identification system identifies natural persons "without their
    active involvement ... through the comparison of a person's biometric data with the
    biometric data contained in a reference database". rev29a D1 fixed (32776fc): the rule reads
    ``def.post_remote_biometric_identification``, both halves, and cites Art. 3(41)."""
    quote("3", "a remote biometric identification system other than a real-time remote")
    quote("3", "without their active involvement, typically at a distance through the comparison")
    rule = RULES["hr.post_remote_rbi"]
    assert "(interp.a44_post_remote_use_decides or def.post_remote_biometric_identification)" in (
        rule.when
    )
    assert rule.interpretation == "A44"
    assert set(rule.also_cites) == {"Art. 3(41)", "Art. 3(42)", "Art. 3(43)"}
    assert rule.source == "Art. 26(10)"


@pytest.mark.parametrize("law", LAWS)
def test_a44_not_a_remote_biometric_identification_system(law: str) -> None:
    """Art. 26(10) binds "the deployer of a high-risk AI system for post-remote biometric
    identification". The use stated, the delay false, but the system does not identify persons
    by their biometric data (not Art. 3(41)): under ``definition_decides`` no Art. 26(10) duty;
    that fact unknown: undetermined, never "not applicable"; under ``use_decides`` the stated use
    decides (the four duties)."""
    quote(
        "26",
        "the deployer of a high-risk AI system for post-remote biometric identification shall "
        "request an authorisation",
    )
    for identifies, expected in ((False, False), (None, None), (True, True)):
        data = _rbi(post=True, delay=False, identifies=identifies)
        use = _assess_rbi(data, law, USE)
        definition = _assess_rbi(data, law, DEFINITION)
        assert _rbi_rows(use) == (True,) * 4
        assert _rbi_rows(definition) == (expected,) * 4, identifies
        assert definition.value("def.post_remote_biometric_identification") is expected


def test_a44_the_adr_quotes_the_defined_term_as_the_paragraph_uses_it() -> None:
    """rev29a D2 fixed: ADR 0047 quotes the sixth subparagraph of Art. 26(10) as the text has
    it ("their use of post-remote biometric identification systems") and the second, third and
    seventh ("the use of the post-remote biometric identification system linked to that
    requested authorisation"; "such post-remote biometric identification systems"; "more
    restrictive laws on the use of post-remote biometric identification systems")."""
    adr = _adr(ADR_0047)
    for words in (
        "their use of post-remote biometric identification systems",
        "the use of the post-remote biometric identification system linked to that requested "
        "authorisation",
        "such post-remote biometric identification systems",
        "more restrictive laws on the use of post-remote biometric identification systems",
    ):
        quote("26", words)
        assert words in adr, words


def test_a44_the_dutch_labels_use_the_official_words() -> None:
    """The Dutch Art. 26(10): "in het kader van een onderzoek waarbij gericht wordt gezocht naar
    een persoon die wordt verdacht van of veroordeeld is voor het plegen van een strafbaar feit";
    "zoektocht" is the search for missing persons of the third subparagraph (rev29a remark,
    fixed in 32776fc)."""
    quote_nl("onderzoek waarbij gericht wordt gezocht naar een persoon")
    from aiact.views.labels import fact_label, reading_label

    for label in (
        fact_label("interp.a44_post_remote_use_decides", "nl"),
        reading_label("A44", "use_decides", "nl"),
    ):
        assert "onderzoek waarbij gericht wordt gezocht naar een persoon" in label
        assert "zoektocht" not in label


@pytest.mark.parametrize("law", LAWS)
def test_d1_adr_0047_states_where_the_readings_differ(law: str) -> None:
    """ADR 0047, Consequences: "any case ... differs between them only in the four Art. 26(10)
    rows, and not at all where the use or the delay is known false". Art. 3(43) has two halves
    (Art. 3(41) and "other than a real-time ..."), and the rule reads both since 32776fc. Either
    the claim holds for the case below or the ADR no longer makes it, and the Decision names
    every article the rule cites. Fixed in round 31 (the ADR's two sentences rewritten)."""
    adr = _adr(ADR_0047)
    claim = "not at all where the use or the delay is known false" in adr
    data = _rbi(post=True, delay=False, identifies=False)
    same = _rbi_rows(_assess_rbi(data, law, USE)) == _rbi_rows(_assess_rbi(data, law, DEFINITION))
    assert same or not claim
    assert "also cites Art. 3(43) and 3(42)." not in adr


# ----------------------------------------------- fact:annex_i.solely_non_safety_functions


def _safety_component(**annex_i: Any) -> dict[str, Any]:
    data = system(
        roles=("provider",),
        annex_i=dict(
            ANNEX_I_MEDICAL,
            is_the_product=False,
            safety_component=True,
            failure_endangers_health_safety=False,
            **annex_i,
        ),
        placed_on_market=D(2029, 1, 10),
    ).model_dump(mode="json")
    out: dict[str, Any] = data
    return out


def test_art6_1a_fact_description_and_omnibus_glossary() -> None:
    """Art. 6(1a) as inserted by Regulation (EU) 2026/1744: "AI systems that are solely used for
    non-safety related aspects of user assistance, performance optimisation, service efficiency,
    automation or convenience or quality control shall not qualify as safety components". The
    description keeps both limbs (review73 D2), and the generated glossary line of
    docs/omnibus-diff.md is the current one (review75 D2 fixed)."""
    words = (
        "solely used for non-safety related aspects of user assistance, performance "
        "optimisation, service efficiency, automation or convenience or quality control"
    )
    quote("6", words, "amended")
    from aiact.verify.diff import glossary

    fact = "annex_i.solely_non_safety_functions"
    line = glossary([fact])[0]
    assert words.capitalize() in line
    page = (ROOT / "docs" / "omnibus-diff.md").read_text(encoding="utf-8").splitlines()
    assert next(x for x in page if x.startswith(f"- `{fact}`: ")) == line


def test_art6_1a_a_non_safety_component_is_no_safety_component_as_amended() -> None:
    """Art. 6(1a) (amended text only): a safety component of a medical device solely used for
    non-safety related aspects, whose failure would endanger no one (Art. 6(1b) not met), is
    not a safety component; the published text has no Art. 6(1a) (Art. 3(14) alone: "a
    component of a product or of an AI system which fulfils a safety function")."""
    quote("3", "a component of a product or of an AI system which fulfils a safety function")
    amended = aiact.assess(
        _safety_component(solely_non_safety_functions=True), COMPANY, "2029-02-01", "amended"
    )
    original = aiact.assess(
        _safety_component(solely_non_safety_functions=True), COMPANY, "2029-02-01", "original"
    )
    control = aiact.assess(
        _safety_component(solely_non_safety_functions=False), COMPANY, "2029-02-01", "amended"
    )
    assert amended.value("hr.annex_i_safety_component") is False
    assert original.value("hr.annex_i_safety_component") is True
    assert control.value("hr.annex_i_safety_component") is True
    assert amended.value("hr.high_risk") is False
    assert control.value("hr.high_risk") is True


# ------------------------------- rule:datecase.from.art4_amended.art111_2.public_authorities.0

_LITERAL = {"legacy_general_duties": "literal"}  # A21


def test_art4_amended_public_authority_case_dates() -> None:
    """Art. 111(2) as replaced: "only if, as from that date, those systems are subject to
    significant changes in their designs. In any case, the providers and deployers of high-risk
    AI systems intended to be used by public authorities shall take the necessary steps to
    comply ... by 2 August 2030". Case 0 under A21=literal: a public-authority system placed in
    2025, changed on 1 Mar 2029 (after the Annex III cut-off, 2 Dec 2027): Art. 4(1) as replaced
    from the change, 2 August 2030 kept as the latest date; the change unknown on 2 Dec 2026,
    before the cut-off: upcoming, earliest the cut-off (review77 D1 fixed)."""
    quote(
        "111",
        "placed on the market or put into service before the date of application of Chapter III "
        "referred to in Article 113, only if, as from that date",
        "amended",
    )
    quote_nl("In ieder geval ondernemen de aanbieders en gebruiksverantwoordelijken")
    case = DATE_RULES["from.art4_amended.art111_2.public_authorities"].cases[0]
    assert case.when == "legacy.case.changed_for_public_authorities"
    assert case.source == "Art. 111(2)"
    changed = _assess71(
        "iii_provider", "amended", _LITERAL, "2029-06-01", dict(_BASE, change=D(2029, 3, 1))
    )
    r = changed.obligation("art4_1")
    assert r.status is Status.IN_FORCE and r.applies_from == D(2029, 3, 1)
    assert r.timing.deadline == D(2030, 8, 2)
    unknown = _assess71("iii_provider", "amended", _LITERAL, "2026-12-02", dict(_BASE, change=OPEN))
    r = unknown.obligation("art4_1")
    assert r.status is Status.UPCOMING and r.timing.earliest == D(2027, 12, 2)


# ------------------------------------------------------ rule:datecase.from.supplier.2


def test_from_supplier_case_2_and_its_records() -> None:
    """Case 2 of from.supplier is the A45 case (legacy.supplier_not_sheltered), between Art.
    111(1) (Annex X) and Art. 111(2); the review records that named index 2 before A45 now name
    index 3 (rev29b D3 fixed): every record of from.supplier.2 other than rev29b's, the author's
    and this review's states the case it checked as legacy.supplier_not_sheltered, or none."""
    import yaml

    cases = DATE_RULES["from.supplier"].cases
    assert [c.when for c in cases[1:4]] == [
        "legacy.annex_x",
        "legacy.supplier_not_sheltered",
        "legacy.placed_before_cutoff",
    ]
    assert cases[2].source == "Art. 111(2)" and cases[2].deadline is None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    records = yaml.load(  # a safe loader
        (ROOT / "tests" / "data" / "coverage" / "reviews.yaml").read_text(encoding="utf-8"),
        Loader=loader,
    )
    for record in records:
        if record["target"] == "rule:datecase.from.supplier.2":
            assert "legacy.placed_before_cutoff ->" not in record["checked"], record["reviewer"]


@pytest.mark.parametrize("law", LAWS)
def test_from_supplier_case_2_dates(law: str) -> None:
    """Art. 111(2) (both texts): "this Regulation shall apply to operators of high-risk AI
    systems ... only if, as from that date, those systems are subject to significant changes";
    Art. 3(8): "'operator' means a provider, product manufacturer, deployer, authorised
    representative, importer or distributor". A component supplier of an unchanged Annex III
    system placed in 2025: under A45=operators_only bound from the Annex III date (2 Aug 2026
    published, 2 Dec 2027 amended), not sheltered; under the default not applicable."""
    quote("3", "'operator' means a provider, product manufacturer, deployer, authorised")
    key = "art25_4" if law == "amended" else "art25_4_original"
    route_date = D(2027, 12, 2) if law == "amended" else D(2026, 8, 2)
    bound = _supplier_row(_assess_supplier(_supplier(), law, "2028-09-01", **OPERATORS_ONLY), key)
    assert bound.applies is True and bound.applies_from == route_date
    assert bound.timing.grace == "none"
    sheltered = _supplier_row(_assess_supplier(_supplier(), law, "2028-09-01"), key)
    assert sheltered.applies is False


# ------------------------------------------------------ rule:legacy.supplier_not_sheltered


@pytest.mark.parametrize("law", LAWS)
def test_supplier_not_sheltered_leaves_out_operators_and_the_initial_provider(law: str) -> None:
    """Art. 25(2) (amended: "shall no longer be considered to be a provider of that specific AI
    system"): the initial provider placed the system before the cut-off as its provider, so ADR
    0048 counts it among the "operators of high-risk AI systems" Art. 111(2) shelters; under
    operators_only both of its duties (Art. 25(2) and, as supplier, 25(4)) stay sheltered for an
    unchanged 2025 system (rev29b D1 fixed), as does a distributor's (Art. 3(8))."""
    quote("111", "this Regulation shall apply to operators of high-risk AI systems")
    rule = RULES["legacy.supplier_not_sheltered"]
    assert rule.when == (
        "interp.a45_operators_only and role.supplier and not role.operator "
        "and not role.initial_provider"
    )
    assert rule.interpretation == "A45" and rule.source == "Art. 111(2)"
    key = "art25_4" if law == "amended" else "art25_4_original"
    a = _assess_supplier(_supplier(initial=True), law, "2028-09-01", **OPERATORS_ONLY)
    assert a.value("legacy.supplier_not_sheltered") is False
    art25_2 = _supplier_row(a, "art25_2" if law == "amended" else "art25_2_original")
    assert art25_2.applies is False and _supplier_row(a, key).applies is False
    b = _assess_supplier(_supplier(roles=("distributor",)), law, "2028-09-01", **OPERATORS_ONLY)
    assert _supplier_row(b, key).applies is False


# ------------------------------------ rule:legacy.placed_before_cutoff.reclassified(_annex_i)


def _art80_4(annex_i: Any, placed: D, change: Any, finding: Any, public: bool, **rd: str) -> Any:
    a = _assess_reclass(
        _reclass(annex_i, placed, change, finding, public), "2031-01-01", "amended", **rd
    )
    return a.obligation("art80_4")


@pytest.mark.parametrize("annex_i", [False, True])
def test_reclassified_under_the_default_the_annex_iii_cut_off(annex_i: bool) -> None:
    """Art. 111(2) as replaced with Art. 113, third paragraph, point (c)(i) as amended ("2
    December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) and
    Annex III"); Art. 80(2) "finds that the AI system concerned is high-risk". Default A27 and
    A30: a derogated system found high-risk, placed in 2025: Art. 80(4) sheltered unless
    changed as from 2 Dec 2027 (a change on 1 Mar 2028 binds from it), 2 Aug 2030 for a
    public-authority system; an Annex I product too (the finding makes it an Annex III system)."""
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "amended",
    )
    quote("80", "finds that the AI system concerned is high-risk")
    assert _art80_4(annex_i, D(2025, 3, 1), "none", True, False).status is Status.NOT_APPLICABLE
    public = _art80_4(annex_i, D(2025, 3, 1), "none", True, True)
    assert public.status is Status.IN_FORCE and public.applies_from == D(2030, 8, 2)
    changed = _art80_4(annex_i, D(2025, 3, 1), D(2028, 3, 1), True, False)
    assert changed.status is Status.IN_FORCE and changed.applies_from == D(2028, 3, 1)


def test_reclassified_annex_i_under_stands_the_annex_i_cut_off() -> None:
    """review80 D1 fixed: under A30=provider_assessment_stands an Annex I product is high-risk by
    Art. 6(1) alone, so Art. 80(4) follows the Annex I cut-off (point (c)(ii) as amended, 2 Aug
    2028): a change on 1 Mar 2028 does not bring it in, one on 1 Sep 2028 does."""
    quote(
        "113",
        "2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) "
        "and Annex I",
        "amended",
    )
    stands = {"art80_finding": "provider_assessment_stands"}
    early = _art80_4(True, D(2025, 3, 1), D(2028, 3, 1), True, False, **stands)
    assert early.status is Status.NOT_APPLICABLE
    late = _art80_4(True, D(2025, 3, 1), D(2028, 9, 1), True, False, **stands)
    assert late.status is Status.IN_FORCE and late.applies_from == D(2028, 9, 1)


@pytest.mark.parametrize("annex_i", [True, None])
def test_reclassified_annex_i_an_unknown_finding_adds_no_shelter(annex_i: Any) -> None:
    """review82 D1 fixed: under the default A30 with the finding unknown, an Annex I product
    placed 10 Dec 2027 (between the two amended cut-offs): Art. 80(4) undetermined, from 2 Dec
    2027 only (no "never", no 2 Aug 2030), the one date of any world where it applies; the rule
    reads "not interp.a30_finding_sets_classification"."""
    assert "not interp.a30_finding_sets_classification" in (
        RULES["legacy.placed_before_cutoff.reclassified_annex_i"].when
    )
    for public in (False, True):
        r = _art80_4(annex_i, D(2027, 12, 10), "none", None, public)
        assert r.status is Status.UNDETERMINED and r.applies_from == D(2027, 12, 2), r
        assert r.timing.possible_applies_from == ()


# ------------------------------------ fact:value_chain.supplies_general_purpose_ai_model


@pytest.mark.parametrize("law", LAWS)
def test_a_reseller_of_an_open_source_model(law: str) -> None:
    """Art. 25(4), second sentence: "This paragraph shall not apply to third parties making
    accessible to the public tools, services, processes, or components, other than
    general-purpose AI models, under a free and open-source licence"; Art. 3(3): the provider
    "develops an AI system or a general-purpose AI model". The fact means the supply is a
    general-purpose AI model whoever provides it (rev30c D2 fixed): a reseller (not the model's
    provider) of an open-source model keeps the agreement; under A36=operators_only it is not
    fined as an operator (rev30d D1 fixed: value_chain.provides_supplied_model)."""
    quote(
        "25",
        "other than general-purpose AI models, under a free and open-source licence",
        "both",
    )
    quote("3", "develops an AI system or a general-purpose AI model")
    case = _supplier(placed=D(2028, 3, 1), gpai=True, provides=False)
    case["value_chain"]["supplies_under_free_open_source_licence"] = True
    key = "art25_4" if law == "amended" else "art25_4_original"
    default = _assess_supplier(case, law, "2028-09-01")
    assert _supplier_row(default, key).applies is True
    a36 = _assess_supplier(case, law, "2028-09-01", art99_4_da_addressees="operators_only")
    assert _supplier_row(a36, key).applies is False
    assert _supplier_row(a36, "art25_4_supplier_not_operator").applies is True


# ------------------------------------------------------------------ obligation:art25_4


@pytest.mark.parametrize("placed", [D(2025, 3, 1), D(2028, 3, 1)])
@pytest.mark.parametrize("public", [False, True])
def test_art25_4_a46_moves_nothing_in_the_amended_text(placed: D, public: bool) -> None:
    """Art. 111(3): providers of general-purpose AI models placed before 2 August 2025 "shall
    take the necessary steps in order to comply with the obligations laid down in this
    Regulation by 2 August 2027"; art25_4 is the amended text's entry, whose Chapter III dates
    are all after 2 August 2027 (Art. 113, point (c)(i)-(ii) as amended). A supplier that
    provides such a model: the same row under both readings of A46 (fix30a's to-check)."""
    quote("111", "shall take the necessary steps in order to comply with the obligations laid")
    obligation = next(o for o in catalogue().obligations if o.id == "art25_4")
    assert obligation.versions == ONLY_AMENDED
    assert obligation.interpretation == "A36,A45,A46"
    rows = []
    for reading in ("model_transition", "chapter_v_only"):
        case = _supplier(placed=placed, gpai=True, provides=True, public=public)
        case["value_chain"]["supplied_model_placed_before_2_august_2025"] = True
        a = aiact.assess(
            case,
            COMPANY,
            "2028-09-01",
            "amended",
            interpretations=Interpretations(art111_3_model_supplier=reading),
        )
        r = _supplier_row(a, "art25_4")
        rows.append((r.applies, r.status, r.applies_from, r.timing and r.timing.grace))
    assert rows[0] == rows[1]
    assert rows[0][3] != "art111_3"
