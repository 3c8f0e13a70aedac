"""review64 (round 19): second reading of the lead's a35c254 (the rows decided by reading A31 name
it), 59d6c1f (five question texts read on their own) and b819602 (the high_risk knob draws an
Annex III point 2 system as a safety component).

Defects (strict xfail until fixed):

* D1 (Art. 60(4)(c); ADR 0034, "Round 14"): ``art60_4_c`` is decided by reading A31 (its
  condition reads ``art60.testing_registered_in_eu_database``, whose rules ``.other_point`` and,
  amended text, ``.annex_i`` carry [A31]; a provider testing a system listed in points 2 and 5(a)
  has the row under point_2_alone and not under any_point_2_listing), but the row names no
  reading: a35c254 named A31 on every row whose condition says ``other_than_point_2`` and missed
  the one that reads it through another predicate.
* D2 (Art. 5(1)(b), Dutch): ``art5_b_effects`` asks "Als het systeem misbruik maakt van
  kwetsbaarheden ...", where the official Dutch says "gebruikmaakt van de kwetsbaarheden" (and the
  practice option b of ``prohibited_practices`` says "maakt gebruik van"). "Misbruik maken" adds a
  wrongfulness the article puts in its other conditions; in a conditional question a person whose
  system uses vulnerabilities but who does not call it abuse chooses nothing, which sets
  ``b_materially_distorts_behaviour`` and ``b_significant_harm`` false: Art. 5(1)(b) not
  prohibited.
"""

from __future__ import annotations

import networkx as nx
import pytest
from lawquote import quote, quote_nl
from test_a31_loose_ends import ALTERNATIVE, COMPANY, DAY, DEFAULT, _system, assess

from aiact.engine.compile import ruleset_for
from aiact.interview import Interview
from aiact.logic import is_false, is_true
from aiact.obligations.catalogue import catalogue, obligation_rule
from aiact.questions.catalogue import catalogue as questions
from aiact.versions import ALL_VERSIONS

# ----------------------------------------------------------------- D1: Art. 60(4)(c) and A31


def _decided_by_a31() -> set[str]:
    """The obligations whose condition reads, directly or through other predicates, a rule that
    carries [A31], under either law version."""
    found: set[str] = set()
    for law in ALL_VERSIONS:
        rules = ruleset_for("system", law)
        for o in catalogue().for_law(law, "system"):
            own = obligation_rule(o)
            names = nx.ancestors(rules.graph, own.concludes)
            if any("A31" in r.readings for name in names for r in rules.rules_for(name)):
                found.add(o.id)
    return found


def test_the_ten_rows_of_a35c254_are_decided_by_a31_and_name_it() -> None:
    """Arts. 16(i), 26(8), 27(1), 49(1), 49(3), 49(4), 86(1) read the point 2 exception through
    hr.annex_iii_other_than_point_2 ([A31]); each names A31 (a35c254)."""
    quote("49", "with the exception of high-risk AI systems listed in point 2 of Annex III")
    quote("86", "with the exception of systems listed under point 2 thereof")
    quote("27", "with the exception of high-risk AI systems intended to be used in the area")
    ten = {
        "art16_i",
        "art26_8",
        "art27_1",
        "art27_3",
        "art27_4",
        "art27_4_original",
        "art49_1",
        "art49_3",
        "art49_4_deployer",
        "art86",
    }
    assert ten <= _decided_by_a31()
    assert all("A31" in catalogue().get(oid).readings for oid in ten)


@pytest.mark.parametrize("law", ["original", "amended"])
def test_a31_decides_art60_4_c(law: str) -> None:
    """A provider testing in real-world conditions a system listed in points 2 and 5(a): the EU
    registration of the testing (Art. 60(4)(c)) under point_2_alone, none under
    any_point_2_listing. A31 decides the row (pinned already by test_a31_loose_ends)."""
    quote(
        "60",
        "and high-risk AI systems referred to in point 2 of Annex III has registered the testing "
        "in real world conditions in accordance with Article 71(4)",
        "both",
    )
    rows = {
        reading: assess(
            _system(["2", "5a"], testing=True),
            DAY,
            COMPANY,
            law,
            annex_iii_point_2_exception=reading,
        ).obligation("art60_4_c")
        for reading in (DEFAULT, ALTERNATIVE)
    }
    assert is_true(rows[DEFAULT].applies) and is_false(rows[ALTERNATIVE].applies)
    assert "art60_4_c" in _decided_by_a31()


def test_d1_every_row_decided_by_a31_names_it() -> None:
    """Art. 60(4)(c): "with the exception of ... high-risk AI systems referred to in point 2 of
    Annex III"; read by A31 as Art. 49(1) (ADR 0034, round 14). Every obligation A31 decides
    names it, as the ten rows of a35c254 do."""
    quote_nl(
        "en AI-systemen met een hoog risico als bedoeld in punt 2 van bijlage III, heeft het "
        "testen onder reële omstandigheden geregistreerd overeenkomstig artikel 71, lid 4"
    )
    unnamed = sorted(oid for oid in _decided_by_a31() if "A31" not in catalogue().get(oid).readings)
    assert unnamed == []


# ----------------------------------------------------------------- D2: Art. 5(1)(b), Dutch


def _effects_answered_none() -> Interview:
    """Art. 5(1)(b) practice 'not sure', then art5_b_effects answered with nothing chosen."""
    iv = Interview.start("2027-06-01", kind="system")
    iv = iv.answer("yes", question="ai_system")
    iv = iv.answer({"chosen": [], "unsure": ["b"]}, question="prohibited_practices")
    return iv.answer([], question="art5_b_effects")


def test_choosing_nothing_at_art5_b_effects_settles_art5_1_b() -> None:
    """What the options set for a person who reads the condition as not met: nothing chosen is
    "none of these", both effects false, so Art. 5(1)(b) is not prohibited although the system
    may exploit vulnerabilities (the practice was 'not sure')."""
    iv = _effects_answered_none()
    assert iv.facts.get("prohibited.b_exploits_vulnerabilities") is None
    assert iv.facts["prohibited.b_materially_distorts_behaviour"] is False
    assert iv.facts["prohibited.b_significant_harm"] is False
    assert iv.assessment.value("art5.b") is False


def test_d2_art5_b_effects_uses_the_official_dutch_verb() -> None:
    """Art. 5(1)(b) NL: "een AI-systeem dat gebruikmaakt van de kwetsbaarheden van een
    natuurlijke persoon of specifieke groep personen als gevolg van hun leeftijd, handicap of een
    specifieke sociale of economische omstandigheid"; EN "exploits any of the vulnerabilities".
    The condition of the conditional question must not be narrower than the article's."""
    quote_nl("een AI-systeem dat gebruikmaakt van de kwetsbaarheden van een natuurlijke persoon")
    quote("5", "exploits any of the vulnerabilities of a natural person")
    text = questions().get("art5_b_effects").text("nl")
    assert "misbruik" not in text
    assert "gebruikmaakt van" in text or "gebruik maakt van" in text


# ----------------------------------------------------------------- b819602: the high_risk knob


def test_the_high_risk_knob_holds_for_every_point_law_and_reading() -> None:
    """The facts the knob fixes (a drawn Annex III point; its carve-out false; for 5(b) both fraud
    facts false; for point 2 annex_i.solely_non_safety_functions false, amended Art. 6(1a):
    "solely used for non-safety related aspects"; the Art. 6(3) derogation shut by profiling or by
    its four conditions false), every other fact unknown: hr.high_risk is true for every point,
    both texts and every combination of the readings hr.high_risk reads (A7, A15, A30, A40). In
    Kleene logic no value of the unknown facts can then make it false or unknown, so no draw of
    cases(high_risk=True, in_scope=True, unknowns=False) is other than high-risk."""
    import itertools

    from aiact.case import Case
    from aiact.facts import AnnexIIIPoint, Exclusions
    from aiact.testing.strategies import _CARVE_OUTS

    quote("6", "solely used for non-safety related aspects", "amended")
    read: set[str] = set()
    for law in ALL_VERSIONS:
        rules = ruleset_for("system", law)
        names = nx.ancestors(rules.graph, "hr.high_risk")
        read |= {c for n in names for r in rules.rules_for(n) for c in r.readings}
    assert read == {"A7", "A15", "A30", "A40"}
    readings = {
        "derogation_requires_no_significant_risk": (True, False),
        "art6_1a_scope": ("applies", "annex_i_only"),
        "art80_finding": ("finding_sets_classification", "provider_assessment_stands"),
        "annex_iii_5b_fraud_exception": ("credit_purpose_kept", "fraud_purpose_excepts"),
    }
    exclusions = {name: False for name in Exclusions.model_fields} | {"placed_or_used_in_eu": True}
    shut = (
        {"profiling": True},
        {
            name: False
            for name in (
                "narrow_procedural_task",
                "improves_completed_human_activity",
                "detects_patterns_without_replacing_human",
                "preparatory_task",
            )
        },
    )
    for point in AnnexIIIPoint:
        annex_iii: dict[str, object] = {"points": [point.value]}
        if point in _CARVE_OUTS:
            annex_iii[_CARVE_OUTS[point]] = False
        if point is AnnexIIIPoint.CREDITWORTHINESS:
            annex_iii["financial_fraud_detection_only"] = False
        annex_i = (
            {"solely_non_safety_functions": False}
            if point is AnnexIIIPoint.CRITICAL_INFRASTRUCTURE
            else {}
        )
        for derogation in shut:
            system = {
                "name": "s",
                "is_ai_system": True,
                "exclusions": exclusions,
                "annex_iii": annex_iii,
                "annex_i": annex_i,
                "derogation": derogation,
            }
            for law in ("original", "amended"):
                for values in itertools.product(*readings.values()):
                    case = Case.model_validate(
                        {
                            "as_of": "2027-06-01",
                            "law": law,
                            "system": system,
                            "interpretations": dict(zip(readings, values, strict=True)),
                        }
                    )
                    assert case.assess().value("hr.high_risk") is True, (point, law, values)
