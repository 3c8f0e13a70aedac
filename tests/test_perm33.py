"""perm33 (round 33): Art. 8(2) and Art. 72(4), first subparagraph, in the catalogue.

Both provisions give the provider of a high-risk AI system of a product of the Union
harmonisation legislation listed in Annex I, Section A "a choice of integrating" what the AI Act
asks into what that legislation already requires. They grant and bind nobody: permissions
(:class:`aiact.obligations.model.Modality`, ADR 0050), as the second subparagraph of Art. 72(4)
already was (``art72_4_financial``). Neither provision is amended by Regulation (EU) 2026/1744;
its Annex I amendment moves machinery from Section A to Section B, which the Section A
predicate follows. The first sentence of Art. 8(2) ("providers shall be responsible for
ensuring that their product is fully compliant with all applicable requirements under
applicable Union harmonisation legislation") binds, but its content is the AI Act duties the
catalogue declares one by one and the sectoral legislation's own duties: no entry of its own
(tests/data/coverage/notes.yaml).
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

NEW = ("art8_2", "art72_4")
PLACED = dt.date(2028, 9, 1)
AS_OF = "2028-10-01"
LAWS = ("original", "amended")


def _assess(law: str, as_of: str = AS_OF, **kwargs: object) -> aiact.Assessment:
    s = system(placed_on_market=PLACED, **kwargs)  # type: ignore[arg-type]
    return aiact.assess(s, COMPANY, as_of, law)


# ------------------------------------------------------------------ the texts


def test_art8_2_grants_in_both_texts_and_languages() -> None:
    """Art. 8(2), second sentence: "providers shall have a choice of integrating, as
    appropriate, the necessary testing and reporting processes, information and documentation
    they provide with regard to their product into documentation and procedures that already
    exist and are required under the Union harmonisation legislation listed in Section A of
    Annex I" (Dutch: "hebben aanbieders de keuze om in voorkomend geval de nodige test- en
    rapportageprocessen ... op te nemen"). A choice binds nobody: a permission. Its condition
    is the first sentence's: "Where a product contains an AI system, to which the
    requirements of this Regulation as well as requirements of the Union harmonisation
    legislation listed in Section A of Annex I apply". Regulation (EU) 2026/1744 does not amend
    Art. 8 (no amending point names it)."""
    quote(
        "8",
        "providers shall have a choice of integrating, as appropriate, the necessary testing "
        "and reporting processes, information and documentation they provide with regard to "
        "their product into documentation and procedures that already exist",
        "both",
    )
    quote(
        "8",
        "Where a product contains an AI system, to which the requirements of this Regulation as "
        "well as requirements of the Union harmonisation legislation listed in Section A of "
        "Annex I apply",
        "both",
    )
    quote_nl(
        "hebben aanbieders de keuze om in voorkomend geval de nodige test- en "
        "rapportageprocessen en door hen verstrekte informatie en documentatie over hun product "
        "op te nemen in de reeds bestaande documentatie en procedures"
    )
    assert omnibus_text("8") == ""
    assert catalogue().get("art8_2").modality is Modality.PERMISSION


def test_the_first_sentence_of_art8_2_has_no_entry() -> None:
    """Art. 8(2), first sentence: "providers shall be responsible for ensuring that their
    product is fully compliant with all applicable requirements under applicable Union
    harmonisation legislation" (Dutch: "zijn aanbieders ervoor verantwoordelijk te waarborgen
    dat hun product volledig voldoet aan alle toepasselijke vereisten"). Recital 64: "the
    making available or putting into service can take place only when the product complies
    with all applicable Union harmonisation legislation". The AI Act's part is the Section 2
    duties (through Art. 16(a): "ensure that their high-risk AI systems are compliant with the
    requirements set out in Section 2") that the catalogue declares; the sectoral part is that
    legislation's. So Art. 8 has one entry, the permission, and the Section 2 duties apply to
    the same provider as duties."""
    quote(
        "8",
        "providers shall be responsible for ensuring that their product is fully compliant with "
        "all applicable requirements under applicable Union harmonisation legislation",
        "both",
    )
    quote_nl("zijn aanbieders ervoor verantwoordelijk te waarborgen dat hun product volledig")
    quote("16", "ensure that their high-risk AI systems are compliant with the requirements")
    assert [o.id for o in catalogue() if o.ref.article == "8"] == ["art8_2"]
    a = _assess("amended", annex_i=ANNEX_I_MEDICAL)
    for oid in ("art9", "art10", "art11", "art11_2", "art12", "art13", "art14", "art15"):
        r = a.obligation(oid)
        assert r.applies is True and r.obligation.modality is Modality.DUTY, oid


def test_art72_4_grants_in_both_texts_and_languages() -> None:
    """Art. 72(4), first subparagraph: "For high-risk AI systems covered by the Union
    harmonisation legislation listed in Section A of Annex I, where a post-market monitoring
    system and plan are already established under that legislation, ... providers shall have a
    choice of integrating, as appropriate, the necessary elements described in paragraphs 1, 2
    and 3 ... provided that it achieves an equivalent level of protection" (Dutch: "hebben
    aanbieders ... de keuze om de noodzakelijke in de leden 1, 2 en 3 beschreven elementen te
    integreren"). Regulation (EU) 2026/1744, Art. 1 point (30), replaces paragraph 3 only."""
    quote(
        "72",
        "For high-risk AI systems covered by the Union harmonisation legislation listed in "
        "Section A of Annex I, where a post-market monitoring system and plan are already "
        "established under that legislation",
        "both",
    )
    quote("72", "provided that it achieves an equivalent level of protection", "both")
    quote_nl(
        "Voor AI-systemen met een hoog risico die onder de in afdeling A van bijlage I vermelde "
        "harmonisatiewetgeving van de Unie vallen, hebben aanbieders"
    )
    amending = omnibus_text("72")
    assert "paragraph 3 is replaced" in amending and "choice of integrating" not in amending
    assert catalogue().get("art72_4").modality is Modality.PERMISSION


@pytest.mark.parametrize("oid", NEW)
def test_the_declarations(oid: str) -> None:
    """Both entries bind the provider only, in both texts, carry the tier of the duty they
    shape (Art. 99(4)(a), through Art. 16(a)) for the record, and are permissions."""
    o = catalogue().get(oid)
    assert o.addressees == (Addressee.PROVIDER,)
    assert o.versions == ALL_VERSIONS
    assert o.fine is FineTier.ART_99_4 and o.fine_ref == "Art. 99(4)(a)"
    assert "Art. 16, point (a)" in o.also_cites
    assert o.permission
    assert "hr.annex_i_section_a_legislation" in o.when
    assert o.source == {"art8_2": "Art. 8(2)", "art72_4": "Art. 72(4), first subparagraph"}[oid]


# ------------------------------------------------------------------ who gets them


@pytest.mark.parametrize("law", LAWS)
def test_the_medical_device_provider_may_integrate(law: str) -> None:
    """A company provides an AI system that is itself a medical device (Regulation (EU)
    2017/745, Annex I Section A point 11), third-party assessed, placed on 1 September 2028:
    high-risk under Art. 6(1) in both texts. Both choices are open to it; they are listed under
    the plan's permissions, are no step, deadline or fine; the duties they shape (Art. 11(2),
    Art. 72(1), 72(3)) stay steps and in the fine exposure."""
    a = _assess(law, annex_i=ANNEX_I_MEDICAL)
    p = a.plan()
    for oid in NEW:
        assert a.obligation(oid).applies is True, oid
    assert set(NEW) <= {s.id for s in p.permissions}
    assert not set(NEW) & {s.id for s in (*p.steps, *p.undetermined)}
    assert not set(NEW) & {r.id for r in a.deadlines()}
    exposed = {r.obligation_id for r in a.exposure.obligations}
    assert not set(NEW) & exposed
    assert {"art11_2", "art72", "art72_3"} <= {s.id for s in p.steps} & exposed


def test_machinery_leaves_section_a_in_the_amended_text() -> None:
    """Regulation (EU) 2026/1744, Art. 1 point (41): "in Section A, point 1 is deleted" and
    machinery is Section B point 21, to which only Art. 6(1), 60a and 102-112 apply (Art. 2(2)
    as replaced). A machine's AI system has both choices under the published text only."""
    machine = {**ANNEX_I_MEDICAL, "legislation": ["machinery_2006_42"]}
    for oid in NEW:
        assert _assess("original", annex_i=machine).obligation(oid).applies is True
        assert _assess("amended", annex_i=machine).obligation(oid).applies is False


def test_a_part_that_is_no_safety_component() -> None:
    """An Annex III point 4(a) system that is part of a toy (Directive 2009/48/EC, Section A
    point 2) but neither the product nor a safety component of it: the product "contains an AI
    system" to which this Regulation and the toy legislation apply (Art. 8(2)), so the Art.
    8(2) choice is open, as the single set of technical documentation of Art. 11(2) ("related
    to a product covered by") binds; the system is not "covered by" that legislation in the
    sense of Art. 72(4), read as Art. 43(3) and 6(1)(a) read it (ADR 0023), so the
    post-market monitoring choice is not."""
    toy = {
        **ANNEX_I_MEDICAL,
        "legislation": ["toys_2009_48"],
        "is_the_product": False,
        "safety_component": False,
        "failure_endangers_health_safety": False,
    }
    a = _assess("amended", annex_i=toy, annex_iii=["4a"])
    assert a.obligation("art8_2").applies is True
    assert a.obligation("art11_2").applies is True
    assert a.obligation("art72_4").applies is False
    assert a.obligation("art72").applies is True


@pytest.mark.parametrize("law", LAWS)
def test_not_for_annex_iii_only_or_a_deployer(law: str) -> None:
    """An Annex III system without an Annex I product, and the deployer (not provider) of the
    medical device: neither choice, which is the provider's ("providers shall have a choice")
    and concerns Section A legislation."""
    for a in (
        _assess(law, annex_iii=["4a"]),
        _assess(law, roles=("deployer",), annex_i=ANNEX_I_MEDICAL),
    ):
        for oid in NEW:
            assert a.obligation(oid).applies is False, oid
        assert not set(NEW) & {s.id for s in a.plan().permissions}


# ------------------------------------------------------------------ the property


@given(ais.cases(kind="system", high_risk=True))
def test_the_new_permissions_follow_their_duties(case: aiact.Case) -> None:
    """Over generated high-risk cases (both texts, unknown facts): ``art8_2`` applies exactly
    where ``art11_2`` does (the same provider of a system related to a Section A product, Art.
    8(2) and 11(2)), and ``art72_4`` never where art72 surely does not, nor unless art8_2 may
    (a system covered by Section A legislation is related to it); neither is ever a step, a
    deadline or in the fine exposure, and each is in ``plan.permissions`` exactly where it
    applies or may."""
    a = case.assess()
    r8, r11, r72_4, r72 = (a.obligation(i) for i in ("art8_2", "art11_2", "art72_4", "art72"))
    assert r8.applies == r11.applies
    if r72_4.applies is not False:
        assert r72.applies is not False and r8.applies is not False
    if r72_4.applies is True:
        assert r72.applies is True and r8.applies is True
    p = a.plan()
    assert not set(NEW) & {s.id for s in (*p.steps, *p.undetermined)}
    assert not set(NEW) & {r.id for r in a.deadlines()}
    assert not set(NEW) & {r.obligation_id for r in a.exposure.obligations}
    live = {r.id for r in (r8, r72_4) if r.applies is not False and not r.never_binds}
    assert {s.id for s in p.permissions} & set(NEW) == live
