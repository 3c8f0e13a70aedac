"""Audit round 15 (audit15b): the value chain and time (Arts. 22-25, 51-55, 99-101, 111).

Twelve case files, tests/data/audit15b/*.yaml, none of which repeats an encoded case: a Dutch SME
that rebrands a US recruitment system, a hospital that substantially modifies a medical-device AI,
a ministry using a system placed in 2025, a municipality offering a fine-tuned general-purpose
model, a German SMC fined for emotion recognition, a Dutch importer inside a US group, a Belgian
distributor that re-purposes a general-purpose system, an Irish micro authorised representative,
an EU agency providing an Annex X component, a toy manufacturer (Art. 25(3)), a French open-weights
model placed in 2025 and a US open-weights model without a representative. Each answer was worked
out from the text first. Report: docs/audits/round15-audit15b.md.

Three defects, each a strict xfail (run with ``--runxfail`` to see each fail at its assertion):

* D1 ``value_chain.substantial_modification`` true with ``significant_change: none`` is accepted,
  and the party that became the provider by that modification (Art. 25(1)(b)) keeps the Art.
  111(2) shelter: no Art. 16 or Art. 43(4) duty, ever. A substantial modification is "a change to
  an AI system after its placing on the market" (Art. 3(23)) and a significant change is "in
  substance" one (recital 177).
* D2 Art. 111(4) (amended): a generator placed before 2 August 2026 with an Art. 50(2) exception
  fact unknown gets no date at all, although, if Art. 50(2) binds it, it binds from 2 December
  2026 (the published text gives 2 August 2026 in the same case).
* D3 Art. 100(3) fines "the non-compliance of the AI system"; the library applies EUR 750 000 to
  every non-Art. 5 duty of a Union institution (Art. 4 AI literacy, Arts. 26, 49(3), 86) with no
  named reading and an explanation that paraphrases the text as "any obligation".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from lawquote import quote, quote_nl, quote_recital

import aiact

CASES = Path(__file__).parent / "data" / "audit15b"


def _case(name: str) -> aiact.Case:
    return aiact.load_case(CASES / f"{name}.yaml")


def _sys(name: str, law: str, as_of: str | None = None, **changes: Any) -> aiact.Assessment:
    case = _case(name)
    system = case.system.model_dump(mode="json", exclude_none=True)
    system.update(changes)
    return aiact.assess(system, case.organisation, as_of or case.as_of, law)


def _model(name: str, law: str, as_of: str | None = None) -> aiact.Assessment:
    case = _case(name)
    return aiact.assess_model(case.model, case.organisation, as_of or case.as_of, law)


def _full(**changes: Any) -> dict[str, Any]:
    """The c01 system with every role and value-chain fact false and no Annex III point: a fully
    answered base to vary."""
    system = _case("c01-rebranded-us-recruitment").system.model_dump(mode="json", exclude_none=True)
    system["roles"] = dict.fromkeys(system["roles"], False)
    system["value_chain"] = {
        **dict.fromkeys(system["value_chain"], False),
        "provider_established_in_eu": True,
    }
    system["annex_iii"]["points"] = []
    system["derogation"]["profiling"] = False
    system.pop("placed_on_market", None)
    for group, values in changes.items():
        if isinstance(values, dict):
            system[group] = {**system.get(group, {}), **values}
        else:
            system[group] = values
    return system


def _row(a: aiact.Assessment, obligation: str) -> Any:
    return {r.id: r for r in a.obligation_results}[obligation]


def _fine(a: aiact.Assessment, obligation: str) -> Any:
    return {o.obligation_id: o for o in a.exposure.obligations}[obligation]


# ------------------------------------------------------------------------------------ defects


def test_d1_a_substantial_modification_is_not_no_significant_change() -> None:
    """Fixed in round 15 (audit15b D1, was a strict xfail).

    Art. 25(1)(b): a deployer that "make[s] a substantial modification to a high-risk AI system
    that has already been placed on the market" becomes its provider. Art. 3(23): a substantial
    modification is "a change to an AI system after its placing on the market or putting into
    service"; recital 177: "the concept of significant change should be understood as equivalent
    in substance to the notion of substantial modification". So "substantially modified" and "no
    significant change since it was placed" cannot both hold: the case must be refused (as the
    other contradictory pairs of AISystem are), or the change must end the shelter. Today the
    hospital of c02 that gives "none" is sheltered for ever, and even Art. 43(4) (a new conformity
    assessment "in the event of a substantial modification") does not apply to it."""
    quote(
        "25",
        "they make a substantial modification to a high-risk AI system that has already been "
        "placed on the market or has already been put into service",
        "both",
    )
    quote("3", "'substantial modification' means a change to an AI system after its placing on")
    quote_recital(
        177,
        "the concept of significant change should be understood as equivalent in substance to "
        "the notion of substantial modification",
    )
    quote_nl("substantiële wijziging")
    for law in ("amended", "original"):
        try:
            a = _sys("c02-hospital-modifies-device", law, "2028-10-01", significant_change="none")
        except aiact.InputError:
            continue
        assert a.categories["legacy_grace"] is not True, law
        assert _row(a, "art43_4").applies is not False, law


def test_d1_control_the_modification_dated_after_the_cut_off_ends_the_shelter() -> None:
    """Control for D1: dated on or after the Annex I cut-off of the amended Art. 111(2) (2 August
    2028, the date of Art. 113(c)(ii)), the change brings the hospital's provider duties in from
    that day; dated 1 March 2027 (before the cut-off) the system stays sheltered, which is right:
    the modified system was put into service before 2 August 2028 and has not changed since."""
    quote(
        "111",
        "placed on the market or put into service before the date of application of Chapter III "
        "referred to in Article 113, only if, as from that date, those systems are subject to "
        "significant changes in their designs",
        "omnibus_only",
    )
    later = _sys(
        "c02-hospital-modifies-device", "amended", "2028-10-01", significant_change="2028-09-15"
    )
    assert later.roles["provider"] is True and later.roles["deployer"] is True
    assert _row(later, "art43_4").timing.applies_from == dt.date(2028, 9, 15)
    assert _row(later, "art16_b").timing.applies_from == dt.date(2028, 9, 15)
    before = _sys("c02-hospital-modifies-device", "amended", "2028-09-01")
    assert before.categories["legacy_grace"] is True
    assert _row(before, "art16_b").applies is False


def _generator(**transparency: bool) -> dict[str, Any]:
    """A Dutch provider's image generator placed on 1 March 2026, every fact answered except the
    Art. 50(2) exception facts not given in ``transparency``."""
    system = _full(
        roles={"provider": True},
        transparency={"generates_synthetic_image": True, **transparency},
        placed_on_market="2026-03-01",
    )
    for fact in ("assistive_standard_editing_only", "does_not_substantially_alter_input"):
        if fact not in transparency:
            system["transparency"].pop(fact, None)
    return system


_NL_ORG = {"kind": "private_undertaking", "member_state": "NL", "established_in_eu": True}


def test_d2_art111_4_date_is_known_while_the_exception_is_open() -> None:
    """Fixed in round 15 (audit15b D2, was a strict xfail).

    Art. 111(4), as added: providers of systems "generating synthetic audio, image, video or
    text content, that have been placed on the market before 2 August 2026 shall take the
    necessary steps in order to comply with Article 50(2) by 2 December 2026". An image generator
    placed on 1 March 2026 whose provider has not said whether the system only performs an
    assistive function for standard editing (the Art. 50(2) exception) may or may not owe Art.
    50(2); if it does, from 2 December 2026. The date does not depend on the open fact (the
    published text gives 2 August 2026 in the same case); only the applicability does."""
    quote(
        "111",
        "placed on the market before 2 August 2026 shall take the necessary steps in order to "
        "comply with Article 50(2) by 2 December 2026",
        "omnibus_only",
    )
    a = aiact.assess(_generator(), _NL_ORG, "2026-12-05", "amended")
    row = _row(a, "art50_2")
    assert row.applies is None
    assert row.timing.applies_from == dt.date(2026, 12, 2)


def test_d2_control_known_exception_facts() -> None:
    """Control for D2: with the exception facts answered the amended text defers Art. 50(2) to 2
    December 2026 (Art. 111(4)), the published text has 2 August 2026 (Art. 113, second
    paragraph), and an undetermined row of the published text keeps its date."""
    quote("113", "It shall apply from 2 August 2026.", "both")
    known = _generator(
        assistive_standard_editing_only=False, does_not_substantially_alter_input=False
    )
    amended = _row(aiact.assess(known, _NL_ORG, "2026-12-05", "amended"), "art50_2")
    assert amended.applies is True
    assert amended.timing.applies_from == dt.date(2026, 12, 2)
    assert amended.timing.grace == "art111_4"
    original = _row(aiact.assess(_generator(), _NL_ORG, "2026-12-05", "original"), "art50_2")
    assert original.applies is None
    assert original.timing.applies_from == dt.date(2026, 8, 2)


_UNION_DEPLOYER = _full(
    roles={"deployer": True},
    annex_iii={"points": ["4a"]},
    derogation={"profiling": True},
    context={"workplace_use": True},
    placed_on_market="2028-01-05",
)
_UNION = {"kind": "union_institution", "established_in_eu": True}


def test_d3_art100_3_for_duties_of_the_institution_is_a_named_reading() -> None:
    """Art. 100(3): "The non-compliance of the AI system with any requirements or obligations
    under this Regulation, other than those laid down in Article 5, shall be subject to
    administrative fines of up to EUR 750 000" (NL "de non-conformiteit van het AI-systeem").
    Whether an EU agency's own failure to train its staff (Art. 4) or to inform its workers
    (Art. 26(7)) is a "non-compliance of the AI system" is open: the words speak of the system, the
    Article's heading and paragraph 1 of the institution. Today the row says "any obligation other
    than Art. 5" and names no reading; it should carry one (both readings: the EUR 750 000 ceiling
    or no EDPS fine for duties that are not the system's)."""
    quote(
        "100",
        "The non-compliance of the AI system with any requirements or obligations under this "
        "Regulation, other than those laid down in Article 5",
        "both",
    )
    quote_nl("Voor de non-conformiteit van het AI-systeem met eisen of verplichtingen")
    a = aiact.assess(_UNION_DEPLOYER, _UNION, "2028-03-01", "amended")
    for obligation in ("art4_1", "art26_1"):
        row = _fine(a, obligation)
        assert row.flags, obligation


def test_d3_control_union_institution_ceilings() -> None:
    """Control for D3: the fixed amounts of Art. 100(2)-(3), from 2 August 2025 (Art. 113(b):
    Chapter XII applies from then, Art. 101 excepted): an EU agency that recognises its staff's
    emotions is exposed to EUR 1 500 000 on 5 December 2026 and to nothing on 1 May 2025, when
    Art. 5 applied but Art. 100 did not yet."""
    quote(
        "100", "Article 5 shall be subject to administrative fines of up to EUR 1 500 000", "both"
    )
    system = _case("c05-smc-emotion-recognition").system
    now = aiact.assess(system, _UNION, "2026-12-05")
    assert _fine(now, "art5_1_f").ceiling == Decimal(1_500_000)
    early = aiact.assess(system, _UNION, "2025-05-01")
    assert early.exposure.max_ceiling is None
    assert _fine(early, "art5_1_f").status.value == "not_yet_applicable"


# ------------------------------------------------------------------------- checked right


def test_c01_rebranding_importer_becomes_the_provider() -> None:
    """Art. 25(1)(a): an importer that puts its name on a high-risk system is its provider, and an
    importer places on the market a system of another (Art. 3(6)), so it is no longer importer.
    CV screening is Annex III 4(a): Art. 16 from 2 December 2027 as amended (Art. 113(c)(i)), 2
    August 2026 as published. Small enterprise (40 staff, EUR 6 million): Art. 99(4)(a) with the
    lower of EUR 15 million and 3 % (Art. 99(6)) = EUR 180 000."""
    quote(
        "25",
        "they put their name or trademark on a high-risk AI system already placed on the market",
        "both",
    )
    quote("99", "whichever thereof is lower", "both")
    for law, start in (("amended", dt.date(2027, 12, 2)), ("original", dt.date(2026, 8, 2))):
        a = _sys("c01-rebranded-us-recruitment", law)
        assert a.roles["provider"] is True and a.roles["importer"] is False
        assert _row(a, "art16_b").timing.applies_from == start
        assert not any(r.id.startswith("art23") and r.applies for r in a.obligation_results)
        assert a.exposure.max_ceiling == Decimal(180_000)


def test_c03_ministry_legacy_system_complies_by_2_august_2030() -> None:
    """Art. 111(2), second sentence, both versions: "the providers and deployers of high-risk AI
    systems intended to be used by public authorities shall take the necessary steps to comply
    ... by 2 August 2030". The ministry deploys an unchanged 4(a) system placed in March 2025."""
    quote("111", "intended to be used by public authorities shall take the necessary steps", "both")
    for law in ("amended", "original"):
        a = _sys("c03-ministry-legacy-2025", law)
        for obligation in ("art26_1", "art26_7", "art27_1", "art49_3"):
            timing = _row(a, obligation).timing
            assert timing.applies_from == dt.date(2030, 8, 2), (law, obligation)
            assert timing.grace == "art111_2_public_authority"


def test_c04_municipality_model_provider_under_art101() -> None:
    """Art. 101(1): the Commission fines "providers of general-purpose AI models" up to 3 % of
    turnover or EUR 15 million, "whichever is higher"; Art. 99(8) (national rules for public
    bodies) does not reach it. A municipality that places a fine-tuned model is exposed to at least
    EUR 15 million, the exact ceiling awaiting its turnover, never a national-rule answer."""
    quote("101", "or EUR 15 000 000, whichever is higher", "both")
    a = _model("c04-municipality-finetuned-model", "amended")
    row = _fine(a, "art53_1_a")
    assert row.regime.value == "commission"
    assert row.ceiling is None and row.minimum == Decimal(15_000_000)
    assert "Art. 99(8)" not in row.citations


def test_c05_smc_lower_of_only_for_paragraphs_4_and_5() -> None:
    """Art. 99(6a), inserted: "In the case of SMCs, each fine referred to in paragraphs 4 and 5
    shall be up to the percentages or amount referred therein, whichever is lower": not paragraph
    3. The SMC (400 staff, EUR 100 million) is exposed to EUR 35 million for Art. 5(1)(f) (higher
    of 35 million and 7 %), and, as a provider of a 4(a) system, to EUR 3 million (lower of 15
    million and 3 %) as amended, EUR 15 million as published."""
    quote("99", "In the case of SMCs, each fine referred to in paragraphs 4 and 5", "omnibus_only")
    for law in ("amended", "original"):
        a = _sys("c05-smc-emotion-recognition", law)
        assert a.exposure.size.size_class.value == "small_mid_cap"
        assert _fine(a, "art5_1_f").ceiling == Decimal(35_000_000)
    case = _case("c05-smc-emotion-recognition")
    provider = _full(
        roles={"provider": True},
        annex_iii={"points": ["4a"]},
        derogation={"profiling": True},
        placed_on_market="2028-01-05",
    )
    amended = aiact.assess(provider, case.organisation, "2028-01-10", "amended")
    original = aiact.assess(provider, case.organisation, "2028-01-10", "original")
    assert _fine(amended, "art9").ceiling == Decimal(3_000_000)
    assert _fine(original, "art9").ceiling == Decimal(15_000_000)


def test_c06_importer_in_a_group_is_fined_on_the_group() -> None:
    """Art. 99(4)(c) (importers, Art. 23), from 2 December 2027 as amended. A subsidiary of a
    group is not an SME (Recommendation 2003/361/EC, linked enterprises); under reading A10 (the
    undertaking is the group) 3 % of EUR 2 billion = EUR 60 million. Without the group's figures
    the ceiling stays undetermined, never the subsidiary's own."""
    quote("99", "obligations of importers pursuant to Article 23", "both")
    a = _sys("c06-importer-in-group", "amended")
    assert _row(a, "art23_1").timing.applies_from == dt.date(2027, 12, 2)
    assert a.exposure.max_ceiling == Decimal(60_000_000)
    assert "A10" in _fine(a, "art23_1").flags
    case = _case("c06-importer-in-group")
    org = case.organisation.model_dump(mode="json", exclude_none=True)
    org.pop("group")
    bare = aiact.assess(case.system, org, case.as_of, "amended")
    assert bare.exposure.max_ceiling is None
    assert _fine(bare, "art23_1").status.value == "undetermined"


def test_c07_distributor_that_repurposes_becomes_the_provider() -> None:
    """Art. 25(1)(c): a distributor that modifies the intended purpose of a general-purpose AI
    system so that it becomes high-risk (grading exams, Annex III 3(b)) is its provider, and no
    longer a distributor (Art. 3(7): "other than the provider"). The re-purposing on 20 December
    2027 falls after the amended Annex III cut-off, so Art. 16 binds from that day; with the date
    of the change unknown the answer stays undetermined."""
    quote("25", "including a general-purpose AI system, which has not been classified", "both")
    a = _sys("c07-distributor-repurposes-gpai-system", "amended")
    assert a.roles["provider"] is True and a.roles["distributor"] is False
    assert _row(a, "art16_b").timing.applies_from == dt.date(2027, 12, 20)
    case = _case("c07-distributor-repurposes-gpai-system")
    system = case.system.model_dump(mode="json", exclude_none=True)
    system.pop("significant_change")
    open_ = aiact.assess(system, case.organisation, case.as_of, "amended")
    assert _row(open_, "art16_b").applies is None


def test_c08_micro_authorised_representative() -> None:
    """Art. 99(4)(b) (authorised representatives, Art. 22) with Art. 99(6): a micro enterprise with
    EUR 700 000 turnover is exposed to 3 % = EUR 21 000. Art. 22 is Chapter III Section 3: 2
    December 2027 as amended."""
    quote("99", "obligations of authorised representatives pursuant to Article 22", "both")
    a = _sys("c08-irish-authorised-representative", "amended")
    assert _row(a, "art22_3").timing.applies_from == dt.date(2027, 12, 2)
    assert a.exposure.max_ceiling == Decimal(21_000)


def test_c09_annex_x_component_and_the_later_placing() -> None:
    """Art. 111(1) (not amended): Annex X components placed before 2 August 2027 comply by 31
    December 2030. A component placed on 1 October 2027 is not one of them; as amended it is a
    legacy system of Art. 111(2) (placed before 2 December 2027) intended for public authorities:
    2 August 2030. As published (cut-off 2 August 2026) the Regulation binds it from the start."""
    quote("111", "placed on the market or put into service before 2 August 2027", "both")
    quote(
        "111", "shall be brought into compliance with this Regulation by 31 December 2030", "both"
    )
    for law in ("amended", "original"):
        a = _sys("c09-eu-agency-annex-x", law)
        assert _row(a, "art9").timing.applies_from == dt.date(2030, 12, 31)
        assert _row(a, "art9").timing.grace == "art111_1"
    late_amended = _sys("c09-eu-agency-annex-x", "amended", placed_on_market="2027-10-01")
    assert _row(late_amended, "art9").timing.applies_from == dt.date(2030, 8, 2)
    late_original = _sys("c09-eu-agency-annex-x", "original", placed_on_market="2027-10-01")
    assert _row(late_original, "art9").timing.applies_from == dt.date(2026, 8, 2)


def test_c10_toy_manufacturer_and_the_annex_i_cut_off() -> None:
    """Art. 25(3): the manufacturer of an Annex I Section A product (toys) whose AI safety
    component it places under its own name is the provider. As amended the Annex I cut-off is 2
    August 2028 (Art. 111(2) with Art. 113(c)(ii)): placed in May 2028 and unchanged, sheltered. As
    published: Art. 6(1) from 2 August 2027. Machinery moved to Section B (Annex I amended): a
    machinery manufacturer is not made the provider by Art. 25(3)."""
    quote("25", "the product manufacturer shall be considered to be the provider", "both")
    amended = _sys("c10-toy-manufacturer", "amended")
    assert amended.roles["provider"] is True
    assert amended.categories["legacy_grace"] is True
    original = _sys("c10-toy-manufacturer", "original")
    assert _row(original, "art9").timing.applies_from == dt.date(2027, 8, 2)
    machinery = _sys(
        "c10-toy-manufacturer",
        "amended",
        annex_i={
            "legislation": ["machinery_2023_1230"],
            "safety_component": True,
            "is_the_product": False,
            "third_party_conformity_assessment": True,
            "third_party_solely_radio_or_emc": False,
            "solely_non_safety_functions": False,
            "failure_endangers_health_safety": True,
        },
    )
    assert machinery.roles["provider"] is False


def test_c11_open_source_model_placed_before_august_2025() -> None:
    """Art. 53(2): the Art. 53(1)(a)-(b) documentation does not apply to an open-source model
    with public parameters and no systemic risk; (c) and (d) do. Art. 111(3): a model placed
    before 2 August 2025 complies by 2 August 2027."""
    quote(
        "53", "The obligations set out in paragraph 1, points (a) and (b), shall not apply", "both"
    )
    quote("111", "shall take the necessary steps in order to comply with the obligations", "both")
    a = _model("c11-open-source-legacy-model", "amended")
    assert _row(a, "art53_1_a").applies is False
    row = _row(a, "art53_1_c")
    assert row.timing.applies_from == dt.date(2027, 8, 2) and row.timing.grace == "art111_3"
    assert a.exposure.max_ceiling is None


def test_c12_us_open_model_needs_no_representative_and_gets_no_sme_relief() -> None:
    """Art. 54(6): Art. 54 does not apply to open-source models with public parameters, unless
    they present systemic risks. Art. 101 has no SME lower-of: EUR 15 million (3 % of EUR 40
    million is EUR 1.2 million)."""
    quote("54", "unless the general-purpose AI models present systemic risks", "both")
    a = _model("c12-us-model-representative-open-source", "amended")
    assert not any(r.id.startswith("art54") and r.applies for r in a.obligation_results)
    assert a.exposure.max_ceiling == Decimal(15_000_000)


def test_dutch_output_uses_the_terms_of_the_dutch_text() -> None:
    """The Dutch output of the hospital case names how it is fined in the words of Art. 99(8)
    ("overheidsinstanties of -organen"), with no English left in it."""
    quote_nl("in die lidstaat gevestigde overheidsinstanties of -organen")
    a = _sys("c02-hospital-modifies-device", "amended")
    text = a.to_markdown("nl")
    assert "overheidsinstantie of -orgaan (artikel 99, lid 8" in text
    assert "public body" not in text and "undertaking" not in text
