"""review45 (round 16): first recorded review of the Annex III rules (Art. 6(2); Annex III points
1-8; the groups of Art. 26(10), 27(1) and 49(4) built on them), in both law versions. Regulation
(EU) 2026/1744 does not amend Annex III, Art. 6(2) or Art. 3(39)-(46) (Article 1 amends Art. 3
only in points (14), (14a), (14b), and Art. 6 by inserting paragraphs 1a-1c).

Four defects, each a strict xfail below (fixed by fix16b in round 16: the markers are gone, the
quotations kept; D1 is reading A40, ADR 0044):

* ``hr.listed.5b.stated``: the exception of point 5(b) ("with the exception of AI systems used
  for the purpose of detecting financial fraud") is read through the flag
  ``annex_iii.financial_fraud_detection`` ("Is the system used to detect financial fraud?"), so a
  system intended to evaluate creditworthiness that is also used to detect fraud is taken out of
  point 5(b). The text can be read so (literally) or as excepting fraud-detection systems only
  (recital 58: systems "for the purpose of detecting fraud in the offering of financial
  services"); the rule picks the first reading without naming it (hidden legal choice). The
  sibling exceptions of points 1(a) and 7(d) ask "only".
* ``hr.listed.1b.sensitive_categorisation``: the title lists the Art. 5(1)(g) traits without
  "trade union membership" (and "religious or philosophical"), EN and NL.
* ``hr.listed.7d.stated`` / ``hr.annex_iii_listed.7d``: the title "at borders" / "bij grenzen"
  narrows point 7(d), which reaches detection, recognition and identification "in the context of
  migration, asylum or border control management".
* ``hr.listed.8a.stated`` / ``hr.annex_iii_listed.8a``: the Dutch title says "rechterlijke
  instanties"; the Dutch text of point 8(a) (and of Art. 26(10)) says "gerechtelijke instantie".

The passing tests pin the probes of the carve-outs (true, false, unknown; both versions).
"""

from __future__ import annotations

from typing import Any

import pytest
from lawquote import quote, quote_annex, quote_nl, quote_recital
from timecases import COMPANY, system

import aiact
from aiact.facts import AISystem
from aiact.interpretations import Interpretations
from aiact.rules import SYSTEM_RULES
from aiact.ruleset import Rule

VERSIONS = ("original", "amended")


def _rule(rule_id: str) -> Rule:
    return next(r for r in SYSTEM_RULES if r.id == rule_id)


def _system(points: list[str], **annex_iii: Any) -> AISystem:
    data = system(roles=("provider",), annex_iii=points).model_dump()
    data["annex_iii"].update(annex_iii)
    return AISystem.model_validate(data)


def _value(sys_: AISystem, name: str, law: str) -> Any:
    return aiact.assess(sys_, COMPANY, "2028-09-01", law).value(name)


# --------------------------------------------------------------------------- carve-outs (pass)


@pytest.mark.parametrize("law", VERSIONS)
@pytest.mark.parametrize(
    ("point", "flag"),
    [
        ("1a", "biometric_verification_only"),
        ("5b", "financial_fraud_detection_only"),
        ("7d", "travel_document_verification"),
        ("8b", "campaign_logistics_only"),
    ],
)
def test_point_carve_outs_three_valued(point: str, flag: str, law: str) -> None:
    """Each point's own exception takes the system out of the point when true, leaves it in when
    false, and leaves it undetermined when unknown (Kleene), in both versions. (fix16b: point
    5(b)'s exception is read, under the default reading A40=credit_purpose_kept, through
    ``financial_fraud_detection_only``; the broader ``financial_fraud_detection`` is left
    unknown here, since its "no" would settle the narrower fact.)"""
    quote_annex(
        "III",
        "This shall not include AI systems intended to be used for biometric verification the "
        "sole purpose of which is to confirm that a specific natural person is the person he or "
        "she claims to be",
    )
    quote_annex("III", "with the exception of the verification of travel documents")
    quote_annex(
        "III",
        "This does not include AI systems to the output of which natural persons are not directly "
        "exposed",
    )
    expected = {True: False, False: True, None: None}
    broader = {"financial_fraud_detection": None} if point == "5b" else {}
    for value, listed in expected.items():
        got = _value(_system([point], **broader, **{flag: value}), f"hr.listed.{point}", law)
        assert got is listed, (point, flag, value, law, got)


# --------------------------------------------------------------------------- defects (fixed)


def test_point_5b_fraud_exception_reading_is_named() -> None:
    """Annex III point 5(b): "AI systems intended to be used to evaluate the creditworthiness of
    natural persons or establish their credit score, with the exception of AI systems used for
    the purpose of detecting financial fraud". Recital 58 explains the exception by systems "for
    the purpose of detecting fraud in the offering of financial services". Whether a system
    intended to evaluate creditworthiness that is also used to detect fraud is excepted is a
    reading; the library takes it out of point 5(b) (probe below), while points 1(a) ("the sole
    purpose") and 7(d) (question "only") are read narrowly. The choice must be named."""
    quote_annex(
        "III",
        "AI systems intended to be used to evaluate the creditworthiness of natural persons or "
        "establish their credit score, with the exception of AI systems used for the purpose of "
        "detecting financial fraud",
    )
    quote_nl(
        "met uitzondering van AI-systemen die gebruikt worden om financiële fraude op te sporen"
    )
    quote_recital(
        58,
        "AI systems provided for by Union law for the purpose of detecting fraud in the offering "
        "of financial services",
    )
    # The probe (fix16b): the choice is named, A40; under the default reading
    # credit_purpose_kept a credit scorer that is also used to detect fraud (not only) stays
    # listed, under fraud_purpose_excepts (the answer before round 16) it is not.
    scorer = _system(["5b"], financial_fraud_detection=True, financial_fraud_detection_only=False)
    for law in VERSIONS:
        assert _value(scorer, "hr.listed.5b", law) is True
        excepted = aiact.assess(
            scorer,
            COMPANY,
            "2028-09-01",
            law,
            interpretations=Interpretations(annex_iii_5b_fraud_exception="fraud_purpose_excepts"),
        )
        assert excepted.value("hr.listed.5b") is False
    for rule in SYSTEM_RULES:
        if rule.concludes == "hr.listed.5b" and rule.id != "hr.listed.5b.definition":
            assert rule.interpretation == "A40", rule.id
    assert _rule("hr.listed.5b.stated").interpretation is not None


def test_point_1b_sensitive_categorisation_title_lists_the_art5g_traits() -> None:
    """Art. 5(1)(g): "to deduce or infer their race, political opinions, trade union membership,
    religious or philosophical beliefs, sex life or sexual orientation"; the rule reads that
    practice (prohibited.g_biometric_categorisation_sensitive_traits), so its title must name the
    same traits."""
    quote(
        "5",
        "to deduce or infer their race, political opinions, trade union membership, religious or "
        "philosophical beliefs, sex life or sexual orientation",
        "both",
    )
    quote_nl("lidmaatschap van een vakbond, religieuze of levensbeschouwelijke overtuigingen")
    rule = _rule("hr.listed.1b.sensitive_categorisation")
    assert "trade union membership" in rule.title_en
    assert "religious or philosophical beliefs" in rule.title_en
    assert "lidmaatschap van een vakbond" in rule.title_nl
    assert "religieuze of levensbeschouwelijke overtuigingen" in rule.title_nl


def test_point_7d_title_is_not_limited_to_borders() -> None:
    quote_annex(
        "III",
        "in the context of migration, asylum or border control management, for the purpose of "
        "detecting, recognising or identifying natural persons",
    )
    quote_nl(
        "in het kader van migratie-, asiel- of grenstoezichtsbeheer, met het oog op het "
        "opsporen, herkennen of identificeren van natuurlijke personen"
    )
    for rule_id in ("hr.listed.7d.stated", "hr.annex_iii_listed.7d"):
        rule = _rule(rule_id)
        assert "at borders" not in rule.title_en, rule.title_en
        assert "migration" in rule.title_en, rule.title_en
        assert "bij grenzen" not in rule.title_nl, rule.title_nl
        assert "migratie" in rule.title_nl, rule.title_nl


def test_point_8a_dutch_title_uses_the_official_term() -> None:
    quote_annex("III", "AI systems intended to be used by a judicial authority or on their behalf")
    quote_nl(
        "AI-systemen die bedoeld zijn om door of namens een gerechtelijke instantie te worden "
        "gebruikt"
    )
    for rule_id in ("hr.listed.8a.stated", "hr.annex_iii_listed.8a"):
        title = _rule(rule_id).title_nl
        assert "gerechtelijke instantie" in title, title
        assert "rechterlijke" not in title, title
