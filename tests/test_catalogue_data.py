"""The obligation catalogue as data: every declaration is well-formed and consistent with the
rules, the Algoritmekader and the law text."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from typing import Literal

import networkx as nx  # type: ignore[import-untyped, unused-ignore]
import pytest
from lawtext import exists as law_exists
from lawtext import law_available
from reference import REFERENCE_DIR

from aiact import logic
from aiact.atoms import model_input_names, system_input_names
from aiact.obligations import (
    decl_authority,
    decl_conformity,
    decl_general,
    decl_gpai,
    decl_high_risk_operators,
    decl_high_risk_provider,
    decl_testing,
    decl_transparency,
)
from aiact.obligations.model import Addressee, Obligation
from aiact.penalties.tiers import FineTier
from aiact.refs import LegalRef
from aiact.rules import MODEL_RULES, SYSTEM_RULES
from aiact.ruleset import compile_rules
from aiact.timeline.schedule import Schedule
from aiact.verify.reach import DEFAULT_READING_NOTES
from aiact.versions import LawVersion

MODULES = (
    decl_general,
    decl_high_risk_provider,
    decl_high_risk_operators,
    decl_transparency,
    decl_gpai,
    decl_conformity,
    decl_testing,
    decl_authority,
)
ALL: tuple[Obligation, ...] = tuple(o for m in MODULES for o in m.OBLIGATIONS)
BY_ID = {o.id: o for o in ALL}

ALGORITMEKADER_JSON = REFERENCE_DIR / "algoritmekader" / "algoritmekader_aia_vereisten.json"

ID_RE = re.compile(r"^art\d+[a-z]?(_[a-z0-9]+)*$")


def _ids(obligations: tuple[Obligation, ...]) -> list[str]:
    return [o.id for o in obligations]


def _citations(o: Obligation) -> Iterator[str]:
    yield o.source
    yield from o.also_cites
    for p in o.prerequisites:
        yield p.source
    if o.fine_ref is not None:
        yield o.fine_ref


@cache
def _allowed(law: LawVersion, kind: str) -> frozenset[str]:
    if kind == "model":
        rs = compile_rules(MODEL_RULES, law, model_input_names())
    else:
        rs = compile_rules(SYSTEM_RULES, law, system_input_names())
    return frozenset(rs.inputs | rs.predicates)


def test_every_module_exports_a_tuple_of_obligations() -> None:
    for module in MODULES:
        assert isinstance(module.OBLIGATIONS, tuple) and module.OBLIGATIONS, module.__name__
        assert all(isinstance(o, Obligation) for o in module.OBLIGATIONS), module.__name__


def test_ids_are_unique_and_well_formed() -> None:
    ids = _ids(ALL)
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate ids: {duplicates}"
    bad = [i for i in ids if not ID_RE.match(i)]
    assert not bad, f"ids must be lower-case citation-derived names: {bad}"


@pytest.mark.parametrize("obligation", ALL, ids=_ids(ALL))
def test_citations_parse(obligation: Obligation) -> None:
    for citation in _citations(obligation):
        LegalRef.parse(citation)
    # The id is derived from the citation: it starts with the article number.
    assert obligation.id.startswith(f"art{obligation.ref.article}"), obligation.id


@pytest.mark.skipif(not law_available(), reason="../shared/reference/law is absent")
@pytest.mark.parametrize("obligation", ALL, ids=_ids(ALL))
def test_citations_exist_in_the_law_text_of_each_version(obligation: Obligation) -> None:
    for law in obligation.versions:
        version: Literal["original", "amended"] = (
            "original" if law is LawVersion.ORIGINAL else "amended"
        )
        for citation in _citations(obligation):
            ref = LegalRef.parse(citation)
            if ref.annex is not None and ref.point:
                continue  # annex points: checked at annex level
            assert law_exists(ref, version), (
                f"{obligation.id}: {citation} not in the {version} text"
            )


def test_prerequisites_exist_and_the_graph_is_acyclic() -> None:
    graph = nx.DiGraph()
    graph.add_nodes_from(BY_ID)
    for o in ALL:
        for p in o.prerequisites:
            assert p.obligation in BY_ID, f"{o.id}: unknown prerequisite {p.obligation}"
            assert p.obligation != o.id, f"{o.id} requires itself"
            assert p.anchor.strip(), f"{o.id}: prerequisite {p.obligation} has no anchor"
            graph.add_edge(p.obligation, o.id)
    assert nx.is_directed_acyclic_graph(graph), nx.find_cycle(graph)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        *((f"art{n}", "art11") for n in (9, 10, 12, 13, 14, 15)),
        ("art11", "art43"),
        ("art17", "art43"),
        ("art43", "art47"),
        ("art47", "art48"),
        ("art48", "art49_1"),
        *(("art13", f"art26_{n}") for n in (1, 2, 5, 9)),
        ("art27_1", "art27_3"),
        ("art27_1", "art49_3"),
        ("art49_1", "art26_8"),
        ("art22_1", "art23_1"),
        ("art6_4", "art49_2"),
        *(("art52_1", f"art55_1_{p}") for p in "abcd"),
    ],
)
def test_reference_section_13_edges(before: str, after: str) -> None:
    assert before in {p.obligation for p in BY_ID[after].prerequisites}


@pytest.mark.parametrize("obligation", ALL, ids=_ids(ALL))
def test_condition_reads_only_engine_names(obligation: Obligation) -> None:
    condition = logic.parse(obligation.when)
    assert obligation.kind in ("system", "model")
    for law in obligation.versions:
        unknown = set(logic.atoms(condition)) - _allowed(law, obligation.kind)
        assert not unknown, f"{obligation.id} ({law.name}): unknown names {sorted(unknown)}"


@pytest.mark.parametrize("obligation", ALL, ids=_ids(ALL))
def test_addressee_role_matches_kind_and_titles(obligation: Obligation) -> None:
    assert obligation.addressees
    model_roles = {Addressee.MODEL_PROVIDER, Addressee.MODEL_AUTHORISED_REPRESENTATIVE}
    if obligation.kind == "model":
        assert set(obligation.addressees) <= model_roles
        # Chapter V (Arts. 51-56) applies from 2 August 2025 (Art. 113, third paragraph, point
        # (b)); the Commission's powers of Chapter IX, Section 5 (Arts. 91-93) and the duties to
        # answer them apply from the general date (Art. 113, second paragraph), and so does
        # Art. 41(5), which is in Chapter III, Section 5 (review38).
        article = int(obligation.ref.article or "0")
        wanted = Schedule.GPAI if 51 <= article <= 56 else Schedule.GENERAL
        assert obligation.schedule is wanted, obligation.id
    else:
        assert not set(obligation.addressees) & model_roles
    assert obligation.title_nl.strip(), f"{obligation.id}: missing Dutch title"
    assert obligation.title_en.strip()
    assert obligation.summary_en.strip() and obligation.summary_nl.strip()
    assert (obligation.fine in (FineTier.NATIONAL_ONLY, FineTier.NO_PENALTY)) == (
        obligation.fine_ref is None
    )


def test_algoritmekader_ids_exist() -> None:
    if not ALGORITMEKADER_JSON.is_file():
        pytest.skip(f"Algoritmekader requirements not found at {ALGORITMEKADER_JSON}")
    known = {
        item["id"].removeprefix("urn:nl:ak:ver:")
        for item in json.loads(ALGORITMEKADER_JSON.read_text(encoding="utf-8"))
    }
    for o in ALL:
        for requirement in o.algoritmekader:
            assert re.fullmatch(r"aia-\d\d", requirement), (o.id, requirement)
            assert requirement in known, f"{o.id}: unknown Algoritmekader id {requirement}"


def test_fine_tiers_per_article() -> None:
    for o in ALL:
        article = o.ref.article
        # Art. 5(4), and Art. 5(2) under A6=duty_only: duties that are not the prohibition,
        # Art. 99(1) national penalties (A23, ADR 0025; A6, ADR 0020).
        if article == "5" and o.id not in ("art5_4", "art5_2_duty_only"):
            assert o.fine is FineTier.ART_99_3 and o.fine_ref == "Art. 99(3)", o.id
        if article == "26":
            assert o.fine is FineTier.ART_99_4 and o.fine_ref == "Art. 99(4)(e)", o.id
        if article == "50":
            assert o.fine_ref == "Art. 99(4)(g)", o.id
        if o.kind == "model" and Addressee.MODEL_PROVIDER in o.addressees:
            assert o.fine is FineTier.ART_101, o.id
        if o.fine_ref == "Art. 99(4)(da)":
            assert o.versions == frozenset({LawVersion.AMENDED}), o.id
    national = ["art4", "art4_1", "art6_4", "art22_1", "art27_1", "art27_3", "art49_2"]
    national += ["art49_3", "art73", "art86", "art25_2_original", "art25_4_original"]
    national += ["art5_4"]
    for i in national:
        assert BY_ID[i].fine is FineTier.NATIONAL_ONLY, i
    # Not listed in Art. 99(4) but part of a duty of Art. 16: the post-market monitoring system
    # through the quality management system (Art. 16(c), Art. 17(1)(h)), its plan through the
    # technical documentation (Art. 16(a), Art. 11(1), Annex IV point 9) (review36).
    for i in ("art72", "art72_2_law_enforcement", "art72_3", "art72_4_financial"):
        assert (BY_ID[i].fine, BY_ID[i].fine_ref) == (FineTier.ART_99_4, "Art. 99(4)(a)"), i


def test_schedules() -> None:
    gated = {"43", "47", "48", "49", "72", "73", "86"}
    for o in ALL:
        digits = re.match(r"\d+", o.ref.article or "")
        assert digits is not None, o.id
        article = int(digits.group())
        if o.ref.article in gated:
            assert o.schedule is Schedule.HIGH_RISK_GATED, o.id
        elif o.ref.article == "6" or 8 <= article <= 27:
            assert o.schedule is Schedule.HIGH_RISK, o.id
        elif o.ref.article == "50":
            assert o.schedule is Schedule.GENERAL, o.id
    for point in ("ba", "bb"):
        o = BY_ID[f"art5_1_{point}"]
        assert o.schedule is Schedule.NEW_PROHIBITIONS
        assert o.versions == frozenset({LawVersion.AMENDED})


def test_coverage() -> None:
    required = ["art4", "art4_1", "art6_4"]
    required += [f"art5_1_{p}" for p in ("a", "b", "ba", "bb", "c", "d", "e", "f", "g", "h")]
    required += [f"art{n}" for n in range(9, 16)]
    required += [f"art16_{p}" for p in "bcdefghijkl"]
    required += [f"art{n}" for n in range(17, 22)]
    required += ["art22_1", "art22_3", "art23_1", "art23_2", "art23_3", "art23_5", "art24_1"]
    required += ["art25_2", "art25_4", "art27_1", "art27_3", "art43", "art47", "art48"]
    required += [f"art26_{n}" for n in (1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12)]
    required += [f"art49_{n}" for n in range(1, 6)]
    required += ["art50_1", "art50_2", "art50_3", "art50_4_deep_fake", "art50_4_text"]
    required += ["art52_1", "art54_1", "art72", "art73", "art86"]
    required += [f"art53_1_{p}" for p in "abcd"] + [f"art55_1_{p}" for p in "abcd"]
    missing = [i for i in required if i not in BY_ID]
    assert not missing, f"missing obligations: {missing}"


def test_each_version_has_exactly_one_art4_and_art25() -> None:
    """One entry per version, leaving out the entries that only an alternative reading lists
    (DEFAULT_READING_NOTES): under A36=operators_only the amended Art. 25(4) has a second entry,
    art25_4_supplier_not_operator, for the supplier that reading does not fine (ADR 0040)."""
    for law in LawVersion:
        for source in ("Art. 4", "Art. 25(2)", "Art. 25(4)"):
            wanted = LegalRef.parse(source)
            found = [
                o.id
                for o in ALL
                if o.applies_to(law)
                and wanted.contains(o.ref)
                and f"obligation.{o.id}" not in DEFAULT_READING_NOTES
            ]
            assert len(found) == 1, (law, source, found)
