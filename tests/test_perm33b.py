"""perm33b (round 33): Art. 9(10) and Art. 17(3) in the catalogue.

Both provisions let a provider of a high-risk AI system that is already under other Union law
fold what the AI Act asks into what that law already requires: the risk management aspects of
Art. 9(1)-(9) "may be part of, or combined with, the risk management procedures established
pursuant to that law" (Art. 9(10)); the quality management aspects of Art. 17(1) "may include
... as part of the quality management systems pursuant to that law" (Art. 17(3)). Recital 37 of
Regulation (EU) 2026/1744 names Art. 8(2), 9(10) and 17(3) together as "mechanisms for economic
operators to minimise the compliance burden". They grant and bind nobody: permissions
(:class:`aiact.obligations.model.Modality`, ADR 0050), as ``art8_2`` and ``art72_4`` (perm33).
Neither paragraph is amended by Regulation (EU) 2026/1744 (its point (11) replaces Art. 17(2)
only). Being subject to such other Union law is no fact: the entries apply where a fact points
to it (a product of the Annex I Section A legislation, or a financial institution subject to
internal-governance requirements under Union financial services law), and their summaries say
what is not a fact.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from lawquote import omnibus_text, quote, quote_nl
from timecases import ANNEX_I_MEDICAL, COMPANY, system

import aiact
from aiact.obligations import Modality, catalogue
from aiact.obligations.model import Addressee
from aiact.penalties.tiers import FineTier
from aiact.testing import strategies as ais
from aiact.versions import ALL_VERSIONS

NEW = ("art9_10", "art17_3")
DUTY = {"art9_10": "art9", "art17_3": "art17"}
PLACED = dt.date(2028, 9, 1)
AS_OF = "2028-10-01"
LAWS = ("original", "amended")
BANK = COMPANY.model_copy(update={"financial_institution": True})


def _assess(law: str, org: aiact.Organisation = COMPANY, **kwargs: object) -> aiact.Assessment:
    s = system(placed_on_market=PLACED, **kwargs)  # type: ignore[arg-type]
    return aiact.assess(s, org, AS_OF, law)


# ------------------------------------------------------------------ the texts


def test_art9_10_grants_in_both_texts_and_languages() -> None:
    """Art. 9(10): "For providers of high-risk AI systems that are subject to requirements
    regarding internal risk management processes under other relevant provisions of Union law,
    the aspects provided in paragraphs 1 to 9 may be part of, or combined with, the risk
    management procedures established pursuant to that law" (Dutch: "kunnen de in de leden 1
    tot en met 9 bepaalde aspecten deel uitmaken van of gecombineerd worden met de op grond van
    dat recht vastgestelde risicobeheerprocedures"). "May" binds nobody: a permission. No point
    of Article 1 of Regulation (EU) 2026/1744 amends Art. 9."""
    quote(
        "9",
        "For providers of high-risk AI systems that are subject to requirements regarding "
        "internal risk management processes under other relevant provisions of Union law, the "
        "aspects provided in paragraphs 1 to 9 may be part of, or combined with, the risk "
        "management procedures established pursuant to that law",
        "both",
    )
    quote_nl(
        "die onderworpen zijn aan eisen met betrekking tot interne risicobeheerprocessen uit "
        "hoofde van andere relevante bepalingen van het Unierecht, kunnen de in de leden 1 tot "
        "en met 9 bepaalde aspecten deel uitmaken van of gecombineerd worden met de op grond van "
        "dat recht vastgestelde risicobeheerprocedures"
    )
    assert "paragraph 10" not in omnibus_text("9")
    assert catalogue().get("art9_10").modality is Modality.PERMISSION


def test_art17_3_grants_in_both_texts_and_languages() -> None:
    """Art. 17(3): "Providers of high-risk AI systems that are subject to obligations regarding
    quality management systems or an equivalent function under relevant sectoral Union law may
    include the aspects listed in paragraph 1 as part of the quality management systems
    pursuant to that law" (Dutch: "kunnen de in lid 1 genoemde aspecten opnemen als onderdeel
    van de op grond van dat recht vastgestelde kwaliteitsbeheersystemen"). Regulation (EU)
    2026/1744, Article 1 point (11), replaces paragraph 2 only; its recital 18 reads paragraph
    3 for a provider under a Section A conformity assessment."""
    quote(
        "17",
        "Providers of high-risk AI systems that are subject to obligations regarding quality "
        "management systems or an equivalent function under relevant sectoral Union law may "
        "include the aspects listed in paragraph 1 as part of the quality management systems "
        "pursuant to that law",
        "both",
    )
    quote_nl(
        "Aanbieders van AI-systemen met een hoog risico die onderworpen zijn aan verplichtingen "
        "met betrekking tot kwaliteitsbeheersystemen of een gelijkwaardige functie uit hoofde "
        "van het desbetreffende sectorale Unierecht, kunnen de in lid 1 genoemde aspecten "
        "opnemen"
    )
    amending = omnibus_text("17")
    assert "paragraph 2 is replaced" in amending and "may include the aspects" not in amending
    assert catalogue().get("art17_3").modality is Modality.PERMISSION


@pytest.mark.parametrize("oid", NEW)
def test_the_declarations(oid: str) -> None:
    """Both entries address the provider only, in both texts, carry the tier of the duty they
    shape for the record (Art. 99(4)(a), through Art. 16(a) for Art. 9 and 16(c) for Art. 17),
    name that duty as prerequisite, and are permissions whose condition reads the two facts that
    point to other Union law (Section A legislation, a financial institution)."""
    o = catalogue().get(oid)
    duty = catalogue().get(DUTY[oid])
    assert o.addressees == (Addressee.PROVIDER,)
    assert o.versions == ALL_VERSIONS == duty.versions
    assert o.schedule is duty.schedule
    assert o.fine is FineTier.ART_99_4 and o.fine_ref == "Art. 99(4)(a)"
    assert {"art9_10": "Art. 16, point (a)", "art17_3": "Art. 16, point (c)"}[oid] in o.also_cites
    assert o.permission and not o.binds
    assert "hr.annex_i_section_a_legislation" in o.when and "org.financial_institution" in o.when
    assert o.source == {"art9_10": "Art. 9(10)", "art17_3": "Art. 17(3)"}[oid]
    assert [p.obligation for p in o.prerequisites] == [DUTY[oid]]
    assert "no fact" in o.summary_en and "geen gegeven" in o.summary_nl


# ------------------------------------------------------------------ who gets them


@pytest.mark.parametrize("law", LAWS)
def test_the_medical_device_provider_may_integrate(law: str) -> None:
    """A company provides an AI system that is itself a medical device (Regulation (EU)
    2017/745, Annex I Section A point 11, which has its own risk and quality management
    requirements), placed on 1 September 2028: high-risk under Art. 6(1). Both choices are open
    to it; they are permissions, no step, deadline or fine; the duties they shape (Art. 9, 17)
    stay steps and in the fine exposure."""
    a = _assess(law, annex_i=ANNEX_I_MEDICAL)
    p = a.plan()
    for oid in NEW:
        assert a.obligation(oid).applies is True, oid
        assert a.obligation(oid).applies_from == a.obligation(DUTY[oid]).applies_from
    assert set(NEW) <= {s.id for s in p.permissions}
    assert not set(NEW) & {s.id for s in (*p.steps, *p.undetermined)}
    assert not set(NEW) & {r.id for r in a.deadlines()}
    exposed = {r.obligation_id for r in a.exposure.obligations}
    assert not set(NEW) & exposed
    assert {"art9", "art17"} <= {s.id for s in p.steps} & exposed


@pytest.mark.parametrize("law", LAWS)
def test_a_financial_institution_may_integrate(law: str) -> None:
    """A credit institution (subject to internal-governance requirements under Union financial
    services law) provides an Annex III point 5(b) creditworthiness system: Art. 9(10) and
    17(3) are open to it, and Art. 17(4) still makes its quality management duty a duty
    deemed fulfilled by the governance rules (art17_4 stays a duty)."""
    a = _assess(law, BANK, annex_iii=["5b"])
    for oid in NEW:
        assert a.obligation(oid).applies is True, oid
    assert set(NEW) <= {s.id for s in a.plan().permissions}
    assert catalogue().get("art17_4").modality is Modality.DUTY


@pytest.mark.parametrize("law", LAWS)
def test_not_without_a_fact_pointing_to_other_union_law_nor_for_a_deployer(law: str) -> None:
    """A company (no financial institution) providing an Annex III point 4(a) system with no
    Annex I product: no fact says it is under other Union law on risk or quality management,
    so neither entry is listed (the summaries say such law is not seen); and the deployer of the
    medical device: the choices are the provider's ("For providers", "Providers ... may")."""
    for a in (
        _assess(law, annex_iii=["4a"]),
        _assess(law, roles=("deployer",), annex_i=ANNEX_I_MEDICAL),
    ):
        for oid in NEW:
            assert a.obligation(oid).applies is False, oid
        assert not set(NEW) & {s.id for s in a.plan().permissions}
    assert _assess(law, annex_iii=["4a"]).obligation("art9").applies is True


def test_machinery_in_the_amended_text() -> None:
    """Regulation (EU) 2026/1744 moves machinery from Section A to Section B (Annex I amended),
    to which Art. 9 and 17 no longer apply (Art. 2(2) as replaced): neither choice in the
    amended text, both in the published one."""
    machine = {**ANNEX_I_MEDICAL, "legislation": ["machinery_2006_42"]}
    for oid in NEW:
        assert _assess("original", annex_i=machine).obligation(oid).applies is True
        assert _assess("amended", annex_i=machine).obligation(oid).applies is False


# ------------------------------------------------------------------ the property


@given(ais.cases(kind="system", high_risk=True))
def test_the_new_permissions_follow_their_duties(case: aiact.Case) -> None:
    """Over generated high-risk cases (both texts, unknown facts): each entry applies only where
    its duty may (never where art9 / art17 surely does not; surely only where it surely does);
    the two have the same answer (same provider, same condition, same schedule); where art8_2
    surely applies (a Section A product), so do they. Neither is ever a step, a deadline or in
    the fine exposure, and each is in ``plan.permissions`` exactly where it applies or may."""
    a = case.assess()
    rs = {oid: a.obligation(oid) for oid in NEW}
    for oid, r in rs.items():
        duty = a.obligation(DUTY[oid])
        if r.applies is not False:
            assert duty.applies is not False, oid
        if r.applies is True:
            assert duty.applies is True, oid
    assert rs["art9_10"].applies == rs["art17_3"].applies
    if a.obligation("art8_2").applies is True:
        assert rs["art9_10"].applies is True
    p = a.plan()
    assert not set(NEW) & {s.id for s in (*p.steps, *p.undetermined)}
    assert not set(NEW) & {r.id for r in a.deadlines()}
    assert not set(NEW) & {r.obligation_id for r in a.exposure.obligations}
    live = {r.id for r in rs.values() if r.applies is not False and not r.never_binds}
    assert {s.id for s in p.permissions} & set(NEW) == live
