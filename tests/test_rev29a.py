"""Review rev29a of round 29: reading A44 (``Interpretations.art26_10_post_remote_use``, ADR
0047, branch h/a44), checked against Art. 3(41)-(43), 5(1)(h), 26(10), 49(4) and recitals 17
and 95 of Regulation (EU) 2024/1689 (none of them amended by Regulation (EU) 2026/1744).

Verified and pinned here: under the default ``use_decides`` nothing changes (the probe
benchmarks/rev29a_probe.py compared 4 760 complete cases with 4c2fd61); under
``definition_decides`` only the four Art. 26(10) rows of a case with the use stated and the
delay true (false) or unknown (undetermined) change; an unknown delay leaves them undetermined,
never "not applicable"; the other readers of the use (Annex III point 1(a), Art. 49(4), the
verification-only refusal) do not read the reading; Art. 5(1)(h) is untouched.

Findings (strict xfails when found; fixed by the lead in round 29, now plain tests):

* D1: under ``definition_decides`` ("Art. 3(43) literally") the rule reads only the delay half of
  the definition. A case that states the use, the delay false and that the system does not
  identify persons by biometric data (so not a remote biometric identification system, Art.
  3(41)) is accepted and gets the four duties, while ``def.post_remote_biometric_identification``
  is false: the reading's docstring says the duties then "follow the definition
  (``def.post_remote_biometric_identification``) alone".
* D2: ADR 0047 quotes the fifth and sixth subparagraphs of Art. 26(10) as "such systems"; the
  sixth reads "their use of post-remote biometric identification systems", and the second,
  third and seventh use the defined term too: the strongest textual argument for
  ``definition_decides`` is not stated.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from lawquote import quote, quote_nl, quote_recital
from timecases import COMPANY, PUBLIC_BODY, system

import aiact
from aiact.errors import InputError
from aiact.interpretations import Interpretations, PostRemoteUse

ROOT = Path(__file__).resolve().parents[1]
DAY = "2028-09-01"
LAWS = ("original", "amended")
USE = PostRemoteUse.USE_DECIDES
DEFINITION = PostRemoteUse.DEFINITION_DECIDES
ART26_10 = ("art26_10", "art26_10_untargeted", "art26_10_documentation", "art26_10_annual_report")
_POST = "post_remote_biometric_identification_criminal_investigation"
_DELAY = "identification_without_significant_delay"
POLICE = PUBLIC_BODY.model_copy(update={"name": "Politie", "law_enforcement_authority": True})


def _rbi(
    *,
    post: bool | None,
    delay: bool | None,
    identifies: bool | None = True,
    physical: bool | None = False,
    verification_only: bool = False,
) -> dict[str, Any]:
    """A deployer's system of Annex III point 1(a); Art. 5(1)(h) derived from the facts (the
    direct answer unknown), not in a physical place unless ``physical``."""
    data = system(
        roles=("deployer",),
        annex_iii=["1a"],
        context={_POST: post},
        placed_on_market=dt.date(2028, 1, 10),
        put_into_service=dt.date(2028, 1, 10),
    ).model_dump(mode="json")
    data["prohibited"]["h_realtime_rbi_public_spaces_law_enforcement"] = None
    data["annex_iii"]["biometric_verification_only"] = verification_only
    data["biometrics"].update(
        identifies_persons_by_biometric_data=identifies,
        identification_without_active_involvement=identifies,
        space_is_physical=physical,
        space_accessible_to_undetermined_number=physical,
        for_law_enforcement_purposes=True,
        **{_DELAY: delay},
    )
    return data


def _assess(data: dict[str, Any], law: str, reading: PostRemoteUse, org: Any = POLICE) -> Any:
    return aiact.assess(
        data, org, DAY, law, interpretations=Interpretations(art26_10_post_remote_use=reading)
    )


def _rows(a: Any) -> tuple[Any, ...]:
    return tuple(a.obligation(key).applies for key in ART26_10)


# --------------------------------------------------------------------------- verified, pinned


@pytest.mark.parametrize("law", LAWS)
def test_a44_a_dual_mode_system_outside_art5_1_h(law: str) -> None:
    """Art. 26(10): "in the framework of an investigation for the targeted search of a person
    suspected or convicted of having committed a criminal offence, the deployer of a high-risk AI
    system for post-remote biometric identification shall request an authorisation"; Art. 3(43):
    "a remote biometric identification system other than a real-time remote biometric
    identification system". A system that identifies without a significant delay (Art. 3(42)),
    used by the police on recordings in a targeted search, not in a publicly accessible space
    (so Art. 5(1)(h) is not met): under ``use_decides`` the four duties apply, under
    ``definition_decides`` none; the real-time definition holds under both and Art. 5(1)(h)'s
    elements are false under both."""
    quote(
        "26",
        "the deployer of a high-risk AI system for post-remote biometric identification shall "
        "request an authorisation",
    )
    quote("3", "a remote biometric identification system other than a real-time remote")
    use = _assess(_rbi(post=True, delay=True), law, USE)
    definition = _assess(_rbi(post=True, delay=True), law, DEFINITION)
    for a in (use, definition):
        assert a.value("def.realtime_remote_biometric_identification") is True
        assert a.value("def.post_remote_biometric_identification") is False
        assert a.value("def.elements.art5_h") is False
        assert a.value("hr.listed.1a") is True
    assert _rows(use) == (True,) * 4
    assert _rows(definition) == (False,) * 4
    assert use.risk_tier is definition.risk_tier


@pytest.mark.parametrize("law", LAWS)
def test_a44_unknown_delay_is_undetermined_and_sound(law: str) -> None:
    """Art. 3(42): real-time where "the capturing of biometric data, the comparison and the
    identification all occur without a significant delay". Under ``definition_decides`` with
    the use stated and the delay unknown the four rows are undetermined (None), never "not
    applicable": the completion "after a significant delay" brings them all in, "without" none.
    Under ``use_decides`` they apply whatever the delay."""
    quote("3", "the identification all occur without a significant delay")
    partial = _assess(_rbi(post=True, delay=None), law, DEFINITION)
    assert _rows(partial) == (None,) * 4
    assert _rows(_assess(_rbi(post=True, delay=False), law, DEFINITION)) == (True,) * 4
    assert _rows(_assess(_rbi(post=True, delay=True), law, DEFINITION)) == (False,) * 4
    for delay in (None, True, False):
        assert _rows(_assess(_rbi(post=True, delay=delay), law, USE)) == (True,) * 4
    asked = {q.fact for q in partial.open_questions}
    assert f"biometrics.{_DELAY}" in asked


@pytest.mark.parametrize("law", LAWS)
def test_a44_unknown_use_beside_a_real_time_system(law: str) -> None:
    """The use unknown and the delay true: under ``definition_decides`` no completion of the use
    brings in the first or third subparagraph (a real-time system is "other than" post-remote,
    Art. 3(43)), so "not applicable" is sound; under ``use_decides`` the use decides and the
    rows stay undetermined."""
    definition = _assess(_rbi(post=None, delay=True), law, DEFINITION)
    assert _rows(definition) == (False,) * 4
    for post in (True, False):
        assert _rows(_assess(_rbi(post=post, delay=True), law, DEFINITION)) == (False,) * 4
    use = _assess(_rbi(post=None, delay=True), law, USE)
    assert _rows(use) == (None,) * 4


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", list(PostRemoteUse))
def test_a44_the_other_readers_of_the_use_do_not_read_it(law: str, reading: PostRemoteUse) -> None:
    """Annex III point 1(a): "remote biometric identification systems" (real-time and post
    alike); Art. 49(4): systems of point 1 "in the areas of law enforcement, migration, asylum
    and border control management" are registered in a secure non-public section; a targeted
    search "of a person suspected or convicted of having committed a criminal offence" is law
    enforcement (Art. 3(46)) whatever the delay. Under both readings a real-time system stated
    to be used so is listed in point 1(a) and in the area of law enforcement, and the use is
    still refused beside "verification only" (Art. 3(36))."""
    quote("49", "in the areas of law enforcement, migration, asylum and border control management")
    a = _assess(_rbi(post=True, delay=True), law, reading)
    assert a.value("hr.listed.1a") is True
    assert a.value("hr.law_enforcement_migration_area") is True
    assert a.value("hr.annex_iii_non_public_registration") is True
    with pytest.raises(InputError):
        _assess(_rbi(post=True, delay=True, verification_only=True), law, reading)


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", list(PostRemoteUse))
def test_a44_the_fifth_subparagraph_without_the_use(law: str, reading: PostRemoteUse) -> None:
    """Art. 26(10), fifth subparagraph: "Regardless of the purpose or deployer, each use of such
    high-risk AI systems shall be documented"; sixth: "Deployers shall submit annual reports ...
    on their use of post-remote biometric identification systems". A company's post-remote
    system (after a significant delay) without the targeted search: documentation and reports
    under both readings, not the authorisation of the first subparagraph."""
    quote("26", "Regardless of the purpose or deployer, each use of such high-risk AI systems")
    quote("26", "on their use of post-remote biometric identification systems")
    a = _assess(_rbi(post=False, delay=False), law, reading, COMPANY)
    assert a.obligation("art26_10").applies is False
    assert a.obligation("art26_10_documentation").applies is True
    assert a.obligation("art26_10_annual_report").applies is True


def test_a44_dutch_labels_use_the_official_terms() -> None:
    """NL Art. 3, punt 42: "waarbij het vastleggen van biometrische gegevens, de vergelijking en
    de identificatie zonder significante vertraging plaatsvinden"; punt 43: "systeem voor
    biometrische identificatie op afstand achteraf"; Art. 26, lid 10: "de
    gebruiksverantwoordelijke van een AI-systeem met een hoog risico voor biometrische
    identificatie op afstand achteraf"."""
    from aiact.views.labels import fact_label, reading_label

    quote_nl("de identificatie zonder significante vertraging plaatsvinden")
    quote_nl("“systeem voor biometrische identificatie op afstand achteraf”")
    quote_nl("AI-systeem met een hoog risico voor biometrische identificatie op afstand achteraf")
    fact = fact_label("interp.a44_post_remote_use_decides", "nl")
    assert "biometrische identificatie op afstand achteraf" in fact
    assert "zonder significante vertraging" in fact
    for value in ("use_decides", "definition_decides"):
        assert "zonder significante vertraging" in reading_label("A44", value, "nl")
    assert "in real time" in reading_label("A44", "definition_decides", "nl")


# --------------------------------------------------------------------------- findings


@pytest.mark.parametrize("law", LAWS)
def test_d1_definition_decides_reads_the_whole_definition(law: str) -> None:
    """Art. 3(43): "'post-remote biometric identification system' means a remote biometric
    identification system other than a real-time remote biometric identification system"; Art.
    3(41): "'remote biometric identification system' means an AI system for the purpose of
    identifying natural persons, without their active involvement, typically at a distance
    through the comparison of a person's biometric data with the biometric data contained in a
    reference database". ``PostRemoteUse.DEFINITION_DECIDES``: "Art. 26(10)'s duties then follow
    the definition (``def.post_remote_biometric_identification``) alone". A case that states the
    targeted-search use, identification after a significant delay and that the system does not
    identify persons by biometric data: either the pair is refused (the use implies Art. 3(41),
    as ``facts.NOT_VERIFICATION_ONLY`` already says), or under ``definition_decides`` the
    duties follow the definition and do not apply."""
    quote("3", "a remote biometric identification system other than a real-time remote")
    quote("3", "without their active involvement, typically at a distance through the comparison")
    data = _rbi(post=True, delay=False, identifies=False)
    try:
        a = _assess(data, law, DEFINITION)
    except InputError:
        return
    assert a.value("def.post_remote_biometric_identification") is False
    assert a.obligation("art26_10").applies is not True
    assert a.obligation("art26_10_annual_report").applies is not True


def test_d2_the_adr_quotes_the_subparagraphs_that_use_the_defined_term() -> None:
    """Art. 26(10), second subparagraph: "the use of the post-remote biometric identification
    system linked to that requested authorisation"; third: "such post-remote biometric
    identification systems"; fifth: "each use of such high-risk AI systems"; sixth: "their use
    of post-remote biometric identification systems"; seventh: "more restrictive laws on the use
    of post-remote biometric identification systems". The defined term of Art. 3(43) recurs in
    the paragraph; the ADR must not attribute "such systems" to the sixth subparagraph and should
    quote the defined term where it states the case for ``definition_decides``."""
    for words in (
        "the use of the post-remote biometric identification system linked to that requested",
        "such post-remote biometric identification systems",
        "each use of such high-risk AI systems",
        "on their use of post-remote biometric identification systems",
        "more restrictive laws on the use of post-remote biometric identification systems",
    ):
        quote("26", words)
    adr = (ROOT / "docs" / "adr" / "0047-a44-post-remote-use.md").read_text(encoding="utf-8")
    text = " ".join(adr.split())
    assert 'the fifth and sixth subparagraphs: "such systems"' not in text
    assert "the use of the post-remote biometric identification system linked to" in text


def test_recital_95_bears_on_the_default() -> None:
    """Recital 95 (a remark, not a defect: ADR 0047 does not cite it): "considering the
    intrusive nature of post-remote biometric identification systems, the use of post-remote
    biometric identification systems should be subject to safeguards" and "The conditions for
    post-remote biometric identification should in any case not provide a basis to circumvent
    the conditions of the prohibition and strict exceptions for real time remote biometric
    identification": the safeguards attach to the use; the default keeps them for a dual-mode
    system's use on recordings and keeps Art. 5(1)(h) for its live use."""
    quote_recital(
        95,
        "the use of post-remote biometric identification systems should be subject to safeguards",
    )
    quote_recital(
        95,
        "should in any case not provide a basis to circumvent the conditions of the prohibition",
    )
    a = _assess(_rbi(post=True, delay=True), "original", USE)
    assert _rows(a) == (True,) * 4
