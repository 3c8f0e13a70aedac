"""fix16b (round 16): the Annex III findings of review45 that its strict xfails do not cover.

* Titles: point 1(b) "or protected", 5(a) "essential" public assistance, by or on behalf of
  public authorities (NL "in aanmerking komen voor"), 6(d) the personality-traits limb, 8(a) the
  alternative dispute resolution limb, the title prefix in each language's citation form, and
  the Dutch "gedeelte" of Art. 49(4).
"""

from __future__ import annotations

import pytest
from lawquote import quote, quote_annex, quote_nl

from aiact.rules import SYSTEM_RULES
from aiact.rules.classification import ANNEX_III
from aiact.ruleset import Rule


def _rule(rule_id: str) -> Rule:
    return next(r for r in SYSTEM_RULES if r.id == rule_id)


def _entry(point: str) -> object:
    return next(e for e in ANNEX_III if e.point == point)


# --------------------------------------------------------------------------- titles


def test_point_1b_title_says_sensitive_or_protected() -> None:
    quote_annex(
        "III",
        "AI systems intended to be used for biometric categorisation, according to sensitive or "
        "protected attributes or characteristics",
    )
    quote_nl("biometrische categorisering op basis van gevoelige of beschermde eigenschappen")
    rule = _rule("hr.listed.1b.stated")
    assert "sensitive or protected attributes" in rule.title_en
    assert "gevoelige of beschermde eigenschappen of kenmerken" in rule.title_nl


def test_point_5a_title_is_essential_public_assistance_by_public_authorities() -> None:
    quote_annex(
        "III",
        "AI systems intended to be used by public authorities or on behalf of public authorities "
        "to evaluate the eligibility of natural persons for essential public assistance benefits "
        "and services",
    )
    quote_nl(
        "door of namens overheidsinstanties te worden gebruikt om te beoordelen of natuurlijke "
        "personen in aanmerking komen voor essentiële overheidsuitkeringen en -diensten"
    )
    for rule_id in ("hr.listed.5a.stated", "hr.annex_iii_listed.5a"):
        rule = _rule(rule_id)
        assert "essential public assistance benefits and services" in rule.title_en
        assert "by or on behalf of public authorities" in rule.title_en
        assert "In aanmerking komen voor essentiële overheidsuitkeringen" in rule.title_nl
        assert "door of namens overheidsinstanties" in rule.title_nl
        assert "Recht op" not in rule.title_nl


def test_point_6d_title_names_both_limbs() -> None:
    quote_annex(
        "III",
        "or to assess personality traits and characteristics or past criminal behaviour of "
        "natural persons or groups",
    )
    quote_nl(
        "of om persoonlijkheidskenmerken en eigenschappen of eerder crimineel gedrag van "
        "natuurlijke personen of groepen te beoordelen"
    )
    rule = _rule("hr.listed.6d.stated")
    assert "personality traits and characteristics or past criminal behaviour" in rule.title_en
    assert "persoonlijkheidskenmerken en eigenschappen of eerder crimineel gedrag" in (
        rule.title_nl
    )


def test_point_8a_title_names_alternative_dispute_resolution() -> None:
    quote_annex("III", "or to be used in a similar way in alternative dispute resolution")
    quote_nl("op soortgelijke wijze in het kader van alternatieve geschillenbeslechting")
    for rule_id in ("hr.listed.8a.stated", "hr.annex_iii_listed.8a"):
        rule = _rule(rule_id)
        assert "alternative dispute resolution" in rule.title_en
        assert "alternatieve geschillenbeslechting" in rule.title_nl


@pytest.mark.parametrize("entry", ANNEX_III, ids=lambda e: e.point)
def test_title_prefix_is_the_citation_in_each_language(entry: object) -> None:
    """The titles of hr.listed.<p>.stated (and .definition) start with the point's citation in
    the form of each language ("Annex III, point 1(a)", "Bijlage III, punt 1, onder a"), the
    form the fact labels use, never "point 1a"."""
    point = entry.point  # type: ignore[attr-defined]
    stated = [r for r in SYSTEM_RULES if r.id.startswith(f"hr.listed.{point}.stated")]
    stated += [r for r in SYSTEM_RULES if r.id == f"hr.listed.{point}.definition"]
    assert stated
    for rule in stated:
        assert rule.title_en.startswith(entry.citation + ": "), rule.title_en  # type: ignore[attr-defined]
        assert rule.title_nl.startswith(entry.citation_nl + ": "), rule.title_nl  # type: ignore[attr-defined]
        if len(point) == 2:
            assert f"point {point}" not in rule.title_en
            assert f"punt {point}" not in rule.title_nl
    if point == "1a":
        assert entry.citation_nl == "Bijlage III, punt 1, onder a"  # type: ignore[attr-defined]


def test_art49_4_secure_section_dutch_title_says_gedeelte() -> None:
    quote("49", "in a secure non-public section of the EU database")
    quote_nl("registratie plaats in een beveiligd niet-openbaar gedeelte van de in artikel 71")
    title = _rule("hr.annex_iii_non_public_registration").title_nl
    assert "niet-openbare gedeelte" in title, title
    assert "niet-openbare deel " not in title, title


# --------------------------------------------------------------------------- input check


@pytest.mark.parametrize("law", ("original", "amended"))
def test_post_rbi_system_cannot_be_verification_only(law: str) -> None:
    """Art. 3(43): a post-remote biometric identification system is "a remote biometric
    identification system other than a real-time remote biometric identification system"; an
    RBI system identifies persons "without their active involvement" (Art. 3(41)), which
    verification, a "one-to-one" confirmation (Art. 3(36)), is not. So a case that says the
    system is used for post-remote biometric identification and that its sole purpose is
    verification contradicts itself, and is refused as the real-time case is."""
    import aiact
    from aiact.errors import InputError

    quote(
        "3",
        "'post-remote biometric identification system' means a remote biometric identification "
        "system other than a real-time remote biometric identification system",
    )
    quote_nl("systeem voor biometrische identificatie op afstand achteraf")
    system = {
        "context": {"post_remote_biometric_identification_criminal_investigation": True},
        "annex_iii": {"biometric_verification_only": True},
    }
    with pytest.raises(InputError) as caught:
        aiact.assess(system, {}, "2028-09-01", law)
    problem = caught.value.problems[0]
    assert problem.path == "system.annex_iii.biometric_verification_only"
    assert problem.params["other"] == (
        "system.context.post_remote_biometric_identification_criminal_investigation"
    )
    assert "Art. 3(43)" in problem.message
    # Either fact alone is accepted.
    for alone in (
        {"context": {"post_remote_biometric_identification_criminal_investigation": True}},
        {"annex_iii": {"biometric_verification_only": True}},
    ):
        aiact.assess(alone, {}, "2028-09-01", law)


def test_post_rbi_verification_conflict_in_the_z3_encoding_and_strategies() -> None:
    """The z3 encoder (aiact/verify/encode.py) and the input strategies keep the validator's
    rule: no accepted input has both facts true."""
    from hypothesis import given, settings

    from aiact.testing.strategies import ai_systems

    @settings(max_examples=60, deadline=None)
    @given(ai_systems())
    def drawn(system: object) -> None:
        both = (
            system.context.post_remote_biometric_identification_criminal_investigation is True  # type: ignore[attr-defined]
            and system.annex_iii.biometric_verification_only is True  # type: ignore[attr-defined]
        )
        assert not both

    drawn()
    z3 = pytest.importorskip("z3")
    from aiact.verify.encode import CaseVars

    case = CaseVars("system")
    post = "context.post_remote_biometric_identification_criminal_investigation"
    for facts, expected in (
        ({post: True, "annex_iii.biometric_verification_only": True}, z3.unsat),
        ({post: True}, z3.sat),
        ({"annex_iii.biometric_verification_only": True}, z3.sat),
    ):
        solver = z3.Solver()
        solver.add(*case.constraints(), *case.fix(facts))
        assert solver.check() == expected, facts
