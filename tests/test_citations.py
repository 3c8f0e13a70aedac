"""Every citation the library carries parses and points to a provision that exists in the text of
the version it belongs to (issue 2: "a rule without a citation is a bug").

Covers the rules (aiact/rules), the obligation catalogue, the dated declarations of the timeline
and the fine parameters. Annex points are checked at the precision the law-text index supports.
"""

from __future__ import annotations

import pytest
from lawtext import exists, requires_law

from aiact.obligations import catalogue
from aiact.penalties import parameters
from aiact.refs import AI_ACT, LegalRef
from aiact.rules import MODEL_RULES, SYSTEM_RULES
from aiact.timeline import declarations
from aiact.versions import LawVersion

_TEXT = {LawVersion.ORIGINAL: "original", LawVersion.AMENDED: "amended"}


def _rule_citations() -> list[tuple[str, str, frozenset[LawVersion]]]:
    out = []
    for rule in (*SYSTEM_RULES, *MODEL_RULES):
        for text in (rule.source, *rule.also_cites):
            out.append((f"rule {rule.id}", text, rule.versions))
    return out


def _obligation_citations() -> list[tuple[str, str, frozenset[LawVersion]]]:
    out = []
    for o in catalogue():
        texts = [o.source, *o.also_cites, *(p.source for p in o.prerequisites)]
        if o.fine_ref:
            texts.append(o.fine_ref)
        for text in texts:
            out.append((f"obligation {o.id}", text, o.versions))
    return out


def _date_citations() -> list[tuple[str, str, frozenset[LawVersion]]]:
    return [
        (f"date {fact.key.value}", str(ref), fact.versions)
        for fact in declarations()
        for ref in fact.citations
    ]


def _fine_citations() -> list[tuple[str, str, frozenset[LawVersion]]]:
    out = []
    for declaration in parameters.PARAMETERS:
        out.append((f"fine {declaration.key}", str(declaration.citation), declaration.versions))
    return out


CITATIONS = _rule_citations() + _obligation_citations() + _date_citations() + _fine_citations()


def test_every_rule_and_obligation_cites_the_law() -> None:
    assert all(rule.source.strip() for rule in (*SYSTEM_RULES, *MODEL_RULES))
    assert all(o.source.strip() for o in catalogue())
    assert len(CITATIONS) > 500


@pytest.mark.parametrize(
    ("owner", "text", "versions"), CITATIONS, ids=[c[0] + ":" + c[1] for c in CITATIONS]
)
def test_citation_parses(owner: str, text: str, versions: frozenset[LawVersion]) -> None:
    ref = LegalRef.parse(text)
    assert str(LegalRef.parse(str(ref))) == str(ref)


@requires_law
@pytest.mark.parametrize(
    ("owner", "text", "versions"), CITATIONS, ids=[c[0] + ":" + c[1] for c in CITATIONS]
)
def test_citation_exists_in_its_version(
    owner: str, text: str, versions: frozenset[LawVersion]
) -> None:
    ref = LegalRef.parse(text)
    if ref.act != AI_ACT or (ref.article is None and ref.annex is None):
        pytest.skip(f"{text}: not a provision of Regulation 2024/1689 itself")
    for version in versions:
        assert exists(ref, _TEXT[version]), (
            f"{owner}: {text} does not exist in the {version.value} text"
        )
