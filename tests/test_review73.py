"""review73 (round 22): second reading of 21 declarations whose last review was "defect".

Most of the old defects are fixed and have plain tests of their own (named in the review
entries in tests/data/coverage/reviews.yaml). This file holds what the second reading found
still wrong, as strict xfails, plus plain checks of the probes behind two of the verdicts.

Defects (strict xfails when found; D1 and D2 plain tests since the lead's fix in round 22, D3
left open as a legal question in round 22, named as reading A44 in round 29):

* D1 (obligation:art26_9, the fix a10ffb8). The Dutch label of the fact ``context.dpia_required``
  and the Dutch help of the question ``dpia_required`` quote Art. 26(9) as "'in voorkomend
  geval'". The official Dutch text of Art. 26(9) says "Indien van toepassing". The words in
  quotation marks are not in the article.
* D2 (fact:annex_i.solely_non_safety_functions). The label of the fact says "Solely used for
  user assistance, performance optimisation, efficiency, automation, convenience or quality
  control (Art. 6(1a))". The Dutch label says "Uitsluitend gebruikt voor gebruikersondersteuning,
  ..., automatisering, ...". Both leave out the limb that Art. 6(1a) turns on: "solely used for
  non-safety related aspects of" those things. The Dutch explanation of a product's tier shows
  "ja  Uitsluitend gebruikt voor ... automatisering ...". Read as written, a system that
  automates a safety function would fit the label. The question options say it right ("nothing
  to do with safety"), and so does the title of the rule that reads the fact. The label, which is
  also the field description of the case file, does not.
* D3 (rule:hr.post_remote_rbi, the old defect's remainder; since round 29 reading A44, ADR 0047,
  and its test passes under ``definition_decides``). The rule and
  ``hr.post_remote_rbi_system.criminal_investigation`` take the post-remote nature from the
  context fact alone. A case that states the system identifies "without a significant delay"
  (real-time, Art. 3(42)) and also states the post-remote criminal-investigation fact is
  accepted: ``def.post_remote_biometric_identification`` is false, ``hr.post_remote_rbi_system``
  is true and the four Art. 26(10) duties are listed. Art. 3(43) defines the post-remote system
  as one "other than a real-time remote biometric identification system". The library refuses
  the like pair of this fact and ``biometric_verification_only`` (facts.NOT_VERIFICATION_ONLY,
  reviews 45 and 52), not this one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from lawquote import quote, quote_nl
from timecases import ANNEX_I_MEDICAL, PUBLIC_BODY, assess, system

import aiact
from aiact.errors import InputError
from aiact.questions import step_question
from aiact.rules.definitions import DefinitionConflict
from aiact.views.labels import fact_label

D = dt.date
LAWS = ("original", "amended")


# --------------------------------------------------------------------- D1: Art. 26(9), Dutch


def test_d1_the_dutch_art26_9_quote_is_in_the_official_text() -> None:
    """Art. 26(9) EN: "Where applicable, deployers of high-risk AI systems shall use the
    information provided under Article 13"; the official Dutch text: "Indien van toepassing,
    gebruiken gebruiksverantwoordelijken van AI-systemen met een hoog risico de informatie die op
    grond van artikel 13 van deze verordening wordt verstrekt". The label and the help put
    "in voorkomend geval" between quotation marks, as if the article said it."""
    quote("26", "Where applicable, deployers of high-risk AI systems shall use the information")
    quote_nl(
        "Indien van toepassing, gebruiken gebruiksverantwoordelijken van AI-systemen met een "
        "hoog risico de informatie"
    )
    label = fact_label("context.dpia_required", "nl")
    help_nl = step_question("dpia_required").help("nl")
    for text in (label, help_nl):
        assert "in voorkomend geval" not in text, text


@pytest.mark.parametrize("law", LAWS)
def test_art26_9_follows_the_required_dpia(law: str) -> None:
    """The old defect (coverage helper, issue 12), fixed by a10ffb8: "Where applicable" limits
    Art. 26(9) to a deployer that must carry out a DPIA; unknown leaves it open. The duty then
    binds from the Annex III date of the version (2 Aug 2026 published, 2 Dec 2027 amended)."""
    quote("26", "to comply with their obligation to carry out a data protection impact assessment")
    expected = D(2026, 8, 2) if law == "original" else D(2027, 12, 2)
    for required, applies in ((True, True), (False, False), (None, None)):
        sys_ = system(
            roles=("deployer",),
            annex_iii=["4a"],
            context={"dpia_required": required},
            put_into_service=D(2028, 1, 10),
        )
        result = assess(sys_, "2028-09-01", PUBLIC_BODY, law).obligation("art26_9")
        assert result.applies is applies, required
        if applies:
            assert result.applies_from == expected


# ------------------------------------------------------------ D2: Art. 6(1a), the fact's label

_ART6_1A = "solely used for non-safety related aspects of user assistance"


def test_d2_the_label_of_the_art6_1a_fact_keeps_non_safety_related_aspects() -> None:
    """Art. 6(1a) as inserted by Regulation (EU) 2026/1744: "AI systems that are solely used
    for non-safety related aspects of user assistance, performance optimisation, service
    efficiency, automation or convenience or quality control shall not qualify as safety
    components". The fact's label (EN: the field description; NL: the catalogue) names only the
    list, so "automation" on its own seems enough."""
    quote("6", _ART6_1A, "omnibus_only")
    en = fact_label("annex_i.solely_non_safety_functions", "en")
    nl = fact_label("annex_i.solely_non_safety_functions", "nl")
    assert "non-safety" in en, en
    assert "veiligheid" in nl, nl


def test_d2_control_the_option_and_the_rule_title_keep_the_limb() -> None:
    """Control: the question option and the title of the rule that reads the fact keep it; the
    Dutch explanation shows the fact's label beside the rule's title (the probe of D2)."""
    quote("6", _ART6_1A, "omnibus_only")
    question = step_question("art6_1a_safety_aspects")
    (option,) = [o for o in question.options if o.id == "non_safety_functions"]
    assert "nothing to do with safety" in option.text("en")
    assert "niets met veiligheid" in option.text("nl")
    annex_i = {
        **ANNEX_I_MEDICAL,
        "is_the_product": False,
        "safety_component": True,
        "solely_non_safety_functions": True,
        "failure_endangers_health_safety": False,
    }
    a = assess(
        system(annex_i=annex_i, placed_on_market=D(2029, 1, 10)), "2029-03-01", law="amended"
    )
    assert a.value("hr.high_risk") is False
    text = a.explain("hr.high_risk").text(lang="nl")
    assert "niet uitsluitend voor niet-veiligheidsaspecten" in text
    # the fact's label as fixed: the limb "non-safety related aspects of" is kept
    assert "Uitsluitend gebruikt voor aspecten van gebruikersondersteuning" in text
    assert "die niets met veiligheid te maken hebben" in text


# ----------------------------------------------- D3: Art. 26(10), post-remote and real-time

_POST = "post_remote_biometric_identification_criminal_investigation"
_RBI = {
    "identifies_persons_by_biometric_data": True,
    "identification_without_active_involvement": True,
}


def _rbi_deployer(without_delay: bool, post_fact: bool) -> dict[str, object]:
    data = system(roles=("deployer",), annex_iii=["1a"], context={_POST: post_fact}).model_dump(
        mode="json"
    )
    data["biometrics"].update(_RBI, identification_without_significant_delay=without_delay)
    return data


_DEFINITION = aiact.Interpretations(art26_10_post_remote_use="definition_decides")


@pytest.mark.parametrize("law", LAWS)
def test_d3_a_real_time_system_is_not_made_post_remote_by_the_context_fact(law: str) -> None:
    """Art. 3(43): "'post-remote biometric identification system' means a remote biometric
    identification system other than a real-time remote biometric identification system";
    Art. 3(42): real-time is where "the capturing of biometric data, the comparison and the
    identification all occur without a significant delay". Either the pair is refused, or the
    system is not taken as post-remote. Left open in round 22 (a strict xfail); since round 29
    reading A44: so under ``definition_decides`` (ADR 0047)."""
    quote("3", "a remote biometric identification system other than a real-time remote")
    quote("3", "the identification all occur without a significant delay")
    police = PUBLIC_BODY.model_copy(update={"law_enforcement_authority": True})
    try:
        a = aiact.assess(
            _rbi_deployer(True, True), police, "2028-09-01", law, interpretations=_DEFINITION
        )
    except InputError:
        return
    assert a.value("def.post_remote_biometric_identification") is False
    assert a.value("hr.post_remote_rbi_system") is not True
    assert a.obligation("art26_10_annual_report").applies is not True
    assert a.interpretations_used["A44"] == "definition_decides"


@pytest.mark.parametrize("law", LAWS)
def test_d3_by_default_the_stated_use_makes_the_system_post_remote(law: str) -> None:
    """Art. 26(10): "in the framework of an investigation for the targeted search of a person
    suspected or convicted of having committed a criminal offence, the deployer of a high-risk AI
    system for post-remote biometric identification shall request an authorisation"; recital 17:
    post systems use material "generated before the use of the system". Under the default reading
    A44 (``use_decides``) a system that also identifies without a significant delay, stated to be
    used so, is taken as post-remote: the pair is accepted and the four Art. 26(10) duties apply,
    and the assessment reports the reading."""
    quote("26", "the deployer of a high-risk AI system for post-remote biometric identification")
    quote("26", "in the framework of an investigation for the targeted search of a person")
    police = PUBLIC_BODY.model_copy(update={"law_enforcement_authority": True})
    a = aiact.assess(_rbi_deployer(True, True), police, "2028-09-01", law)
    assert a.interpretations_used["A44"] == "use_decides"
    assert a.value("def.post_remote_biometric_identification") is False
    assert a.value("hr.post_remote_rbi") is True
    assert a.value("hr.post_remote_rbi_system") is True
    for oid in ("art26_10", "art26_10_untargeted", "art26_10_documentation"):
        assert a.obligation(oid).applies is True, oid
    assert a.obligation("art26_10_annual_report").applies is True
    assert "A44" in a.obligation("art26_10").obligation.readings


@pytest.mark.parametrize("law", LAWS)
def test_d3_control_the_definition_alone_decides_both_ways(law: str) -> None:
    """Control, and the fix of the old defect (a10ffb8): without the context fact the Art.
    3(43) facts decide; "Regardless of the purpose or deployer" the fifth and sixth
    subparagraphs bind any deployer of a post-remote system (Art. 26(10))."""
    quote("26", "Regardless of the purpose or deployer, each use of such high-risk AI systems")
    company = aiact.Organisation(
        kind="private_undertaking", member_state="NL", established_in_eu=True
    )
    post = aiact.assess(_rbi_deployer(False, False), company, "2028-09-01", law)
    real = aiact.assess(_rbi_deployer(True, False), company, "2028-09-01", law)
    assert post.value("hr.post_remote_rbi_system") is True
    assert post.value("hr.post_remote_rbi") is False
    assert post.obligation("art26_10").applies is False
    assert real.value("hr.post_remote_rbi_system") is False
    assert real.obligation("art26_10_documentation").applies is False


# --------------------------------------------- def.conflict.gpai_model: what the fix left


_PRESUMED = {
    "training_compute_flop": "1e24",
    "definition": {"generates_language": True, "narrow_tasks_only": False},
    "is_general_purpose": False,
}
_ORG = {"kind": "public_authority", "member_state": "NL", "established_in_eu": True}


def test_gpai_direct_no_is_refused_only_under_d4_for_a_placed_model() -> None:
    """Art. 3(63): "except AI models that are used for research, development or prototyping
    activities before they are placed on the market". Since a10ffb8 a "no" for such a model is
    no contradiction, and a "no" stays standing while the research use is unknown. What is left
    is refused only under reading D4 (guideline C(2025) 5045, paragraph 17), for a model that
    is placed on the market and does more than a narrow set of tasks. Paragraph 20's other
    ground, "does not display significant generality", has no fact (a note, not a defect: the
    guideline is not the Act, and the refusal names the way out, another reading of D1-D4)."""
    quote("3", "except AI models that are used for research, development or prototyping")
    with pytest.raises(DefinitionConflict, match="another reading"):
        aiact.assess_model({**_PRESUMED, "pre_market_research_testing": False}, _ORG, "2026-12-06")
    literal = aiact.Interpretations(gpai_indicative_criterion=False)
    for research in (False, True, None):
        facts = {**_PRESUMED, "pre_market_research_testing": research}
        a = aiact.assess_model(facts, _ORG, "2026-12-06", interpretations=literal)
        assert a.value("def.conflict.gpai_model") is False
        assert a.value("gpai.model") is False
