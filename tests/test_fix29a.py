"""fix29a (round 29): reading A44, the post-remote use of Art. 26(10) by a system that also
identifies without a significant delay (ADR 0047; review73 D3, left open in round 22).

A deployer states the use of Art. 26(10) (``context.post_remote_biometric_identification_criminal
_investigation``: post-remote identification in a targeted search) and that the system identifies
"without a significant delay" (``biometrics.identification_without_significant_delay``, Art.
3(42)). Under ``use_decides`` (default, the library's answer before A44) the use brings in Art.
26(10); under ``definition_decides`` Art. 3(43) ("other than a real-time remote biometric
identification system") decides: the rule ``hr.post_remote_rbi`` also needs the delay to be
false, and an unknown delay leaves it undetermined.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lawquote import quote, quote_nl, quote_recital
from readings import under_each_reading
from timecases import COMPANY, PUBLIC_BODY, system

import aiact
from aiact.interpretations import (
    CODES,
    DEFAULT_INTERPRETATIONS,
    Interpretations,
    PostRemoteUse,
)
from aiact.rules import SYSTEM_RULES
from aiact.testing.strategies import system_cases

RULES = {r.id: r for r in SYSTEM_RULES}
DAY = "2028-09-01"
LAWS = ("original", "amended")
USE = PostRemoteUse.USE_DECIDES
DEFINITION = PostRemoteUse.DEFINITION_DECIDES
ART26_10 = ("art26_10", "art26_10_untargeted", "art26_10_documentation", "art26_10_annual_report")
_POST = "post_remote_biometric_identification_criminal_investigation"
_DELAY = "identification_without_significant_delay"
POLICE = PUBLIC_BODY.model_copy(update={"name": "Politie", "law_enforcement_authority": True})


def _law_words() -> None:
    quote(
        "3",
        "'post-remote biometric identification system' means a remote biometric identification "
        "system other than a real-time remote biometric identification system",
    )
    quote("3", "the capturing of biometric data, the comparison and the identification all occur")
    quote("3", "without a significant delay")
    quote(
        "26",
        "in the framework of an investigation for the targeted search of a person suspected or "
        "convicted of having committed a criminal offence, the deployer of a high-risk AI system "
        "for post-remote biometric identification shall request an authorisation",
    )
    quote_nl(
        "een ander biometrisch systeem voor de identificatie op afstand dan een systeem voor "
        "biometrische identificatie op afstand in real time"
    )
    quote_recital(17, "which has been generated before the use of the system")


def _deployer(delay: bool | None, post: bool | None = True) -> dict[str, Any]:
    """A deployer's remote biometric identification system of Annex III point 1(a)."""
    data = system(roles=("deployer",), annex_iii=["1a"], context={_POST: post}).model_dump(
        mode="json"
    )
    data["biometrics"].update(
        identifies_persons_by_biometric_data=True,
        identification_without_active_involvement=True,
        **{_DELAY: delay},
    )
    return data


def _assess(data: dict[str, Any], law: str, reading: PostRemoteUse, org: Any = POLICE) -> Any:
    return aiact.assess(
        data, org, DAY, law, interpretations=Interpretations(art26_10_post_remote_use=reading)
    )


def _rows(a: Any) -> dict[str, Any]:
    return {key: a.obligation(key).applies for key in ART26_10}


# --------------------------------------------------------------------------- the switch


def test_a44_is_a_named_reading_with_a_default() -> None:
    _law_words()
    assert CODES["A44"] == "art26_10_post_remote_use"
    assert DEFAULT_INTERPRETATIONS.art26_10_post_remote_use is USE
    assert DEFAULT_INTERPRETATIONS.labels()["A44"] == "use_decides"
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a44_post_remote_use_decides"] is True
    alternative = Interpretations.model_validate({"A44": "definition_decides"})
    assert alternative.art26_10_post_remote_use is DEFINITION
    assert alternative.as_facts()["interp.a44_post_remote_use_decides"] is False
    assert alternative.labels()["A44"] == "definition_decides"


def test_a44_the_rule_carries_the_reading() -> None:
    """Under the default the added part ``interp.a44_post_remote_use_decides or ...`` is true,
    so the rule is what it was before A44; under the alternative the whole Art. 3(43)
    definition decides (rev29a D1); the other Art. 26(10) rules follow it."""
    rule = RULES["hr.post_remote_rbi"]
    assert rule.interpretation == "A44"
    assert rule.when == (
        "hr.annex_iii and hr.listed.1a "
        "and context.post_remote_biometric_identification_criminal_investigation "
        "and (interp.a44_post_remote_use_decides or def.post_remote_biometric_identification)"
    )
    assert "Art. 3(43)" in rule.also_cites
    assert RULES["hr.post_remote_rbi_system.criminal_investigation"].when == "hr.post_remote_rbi"
    # The other readers of the context fact do not read the reading (ADR 0047).
    assert "interp.a44" not in RULES["hr.law_enforcement_migration_area.law_enforcement_rbi"].when
    assert "interp.a44" not in RULES["hr.post_remote_rbi_law_enforcement"].when


def test_a44_the_art26_10_rows_name_the_reading() -> None:
    from aiact.obligations.catalogue import catalogue

    rows = {o.id: o for o in catalogue().obligations if o.id in ART26_10}
    assert set(rows) == set(ART26_10)
    for o in rows.values():
        assert o.readings == ("A44",), o.id


# --------------------------------------------------------------------------- the cases


@pytest.mark.parametrize("law", LAWS)
def test_a44_a_real_time_system_stated_post_remote(law: str) -> None:
    """Both facts stated (a system used live and on recorded material): accepted under both
    readings; the Art. 26(10) duties apply under ``use_decides`` and not under
    ``definition_decides``, where Art. 3(43) makes it not a post-remote system."""
    _law_words()
    use = _assess(_deployer(True), law, USE)
    definition = _assess(_deployer(True), law, DEFINITION)
    for a in (use, definition):
        assert a.value("def.post_remote_biometric_identification") is False
        assert a.value("def.realtime_remote_biometric_identification") is True
    assert use.value("hr.post_remote_rbi") is True
    assert _rows(use) == dict.fromkeys(ART26_10, True)
    assert definition.value("hr.post_remote_rbi") is False
    assert definition.value("hr.post_remote_rbi_system") is False
    assert _rows(definition) == dict.fromkeys(ART26_10, False)
    assert use.interpretations_used["A44"] == "use_decides"
    assert definition.interpretations_used["A44"] == "definition_decides"
    assert use.risk_tier is definition.risk_tier


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", list(PostRemoteUse))
def test_a44_a_post_remote_system_has_the_duties_under_both_readings(
    law: str, reading: PostRemoteUse
) -> None:
    """Identification after a significant delay (Art. 3(43)) and the targeted search: the system
    is post-remote by definition and by use, so Art. 26(10) applies under both readings."""
    a = _assess(_deployer(False), law, reading)
    assert a.value("def.post_remote_biometric_identification") is True
    assert a.value("hr.post_remote_rbi") is True
    assert _rows(a) == dict.fromkeys(ART26_10, True)


@pytest.mark.parametrize("law", LAWS)
def test_a44_an_unknown_delay(law: str) -> None:
    """The delay unknown: under ``use_decides`` the stated use suffices; under
    ``definition_decides`` the duties are undetermined (Kleene: "not unknown" is unknown) and
    the delay is an open question that decides them."""
    use = _assess(_deployer(None), law, USE)
    definition = _assess(_deployer(None), law, DEFINITION)
    assert use.value("hr.post_remote_rbi") is True
    assert _rows(use) == dict.fromkeys(ART26_10, True)
    assert definition.value("hr.post_remote_rbi") is None
    assert _rows(definition) == dict.fromkeys(ART26_10, None)
    asked = {q.fact: q.affects for q in definition.open_questions}
    key = f"biometrics.{_DELAY}"
    assert key in asked and set(ART26_10) <= set(asked[key]), asked.get(key)
    assert not set(ART26_10) & set(
        {a for q in use.open_questions if q.fact == key for a in q.affects}
    )


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("delay", [True, False, None])
def test_a44_without_the_use_the_definition_alone_decides(law: str, delay: bool | None) -> None:
    """No targeted search stated: the first subparagraph does not apply under either reading;
    "Regardless of the purpose or deployer" the fifth and sixth follow the definition (Art.
    3(43)), the same under both readings."""
    quote("26", "Regardless of the purpose or deployer, each use of such high-risk AI systems")
    pair = [_assess(_deployer(delay, post=False), law, r, COMPANY) for r in PostRemoteUse]
    for a in pair:
        assert a.value("hr.post_remote_rbi") is False
        assert a.obligation("art26_10").applies is False
        assert a.value("hr.post_remote_rbi_system") is (None if delay is None else not delay)
    assert _rows(pair[0]) == _rows(pair[1])


# --------------------------------------------------------------------------- the properties


def _pair(case: aiact.Case) -> tuple[Any, ...] | None:
    return under_each_reading(case, "art26_10_post_remote_use", (USE, DEFINITION))


def _without_the_use(case: aiact.Case) -> aiact.Case:
    assert case.system is not None
    context = case.system.context.model_copy(update={_POST: False})
    return case.model_copy(update={"system": case.system.model_copy(update={"context": context})})


def _conclusions(a: Any) -> dict[str, Any]:
    values = {k: v for k, v in a.evaluation.values.items() if not k.startswith("interp.")}
    # DeadlineAnswer compares by identity (eq=False): its fields through its repr.
    rows = {r.id: (r.applies, r.status, repr(r.timing)) for r in a.obligation_results}
    return {"values": values, "rows": rows, "tier": a.risk_tier}


_COMPLETE = st.one_of(
    *(
        system_cases(unknowns=False, law=law, high_risk=high_risk)
        for law in LAWS
        for high_risk in (False, True)
    )
)


@given(case=_COMPLETE)
def test_a44_every_complete_case_without_the_use_is_unchanged(case: aiact.Case) -> None:
    """Without the targeted search stated, ``hr.post_remote_rbi`` is false under both readings:
    every value, obligation, status, date and the tier are the same."""
    pair = _pair(_without_the_use(case))
    if pair is None:
        return
    use, definition = pair
    assert _conclusions(use) == _conclusions(definition)


@given(case=st.one_of(_COMPLETE, system_cases(high_risk=True, public_sector=True)))
def test_a44_the_readings_differ_only_in_art26_10(case: aiact.Case) -> None:
    """Any case (unknowns allowed): the readings differ only in the four Art. 26(10) rows, only
    where the use is not known false and the Art. 3(43) definition does not hold, and there the
    alternative is false (the definition known false: real-time, or not a remote biometric
    identification system, rev29a D1) or undetermined."""
    pair = _pair(case)
    if pair is None:
        return
    use, definition = pair
    wide, narrow = ({r.id: r.applies for r in a.obligation_results} for a in pair)
    changed = {key for key in wide if wide[key] != narrow[key]}
    assert changed <= set(ART26_10)
    assert use.risk_tier is definition.risk_tier
    assert case.system is not None
    post = getattr(case.system.context, _POST)
    defined = definition.value("def.post_remote_biometric_identification")
    if post is False or defined is True:
        assert not changed
    for key in changed:
        assert narrow[key] is (False if defined is False else None), (key, wide[key], narrow[key])


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a44_the_readings_have_labels_in_both_languages(lang: str) -> None:
    from aiact.views.labels import fact_label, reading_label

    for reading in PostRemoteUse:
        label = reading_label("A44", reading.value, lang)
        assert label and label != reading.value
    if lang == "nl":
        assert "zonder significante vertraging" in reading_label("A44", "definition_decides", "nl")
        assert fact_label("interp.a44_post_remote_use_decides", "nl").startswith(
            "Gekozen interpretatie A44"
        )
