"""Round 9 legal/wording fixes (legal9): the Art. 111 key-date rows, the Dutch labels of inserted
points, the per-version title of Art. 2(2), Art. 22(1). Each test quotes the article it encodes
(skipped when the law texts in ../shared/reference/law are absent)."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from lawquote import quote_nl
from timecases import COMPANY, quoted, system

from aiact import assess
from aiact.assessment import Assessment
from aiact.interpretations import DEFAULT_INTERPRETATIONS, Art111Cutoff, Interpretations
from aiact.refs import LegalRef, ref
from aiact.rules import SYSTEM_RULES
from aiact.timeline import Milestone, milestones
from aiact.timeline.dates import DateKey
from aiact.versions import LawVersion

D = dt.date
ORIG, AMND = LawVersion.ORIGINAL, LawVersion.AMENDED
GENERAL = Interpretations(art111_cutoff=Art111Cutoff.GENERAL_DATE)


def _cutoff_rows(law: LawVersion | None, readings: Interpretations) -> list[Milestone]:
    """The rows that state an Art. 111(2) cut-off (not the 2030 deadline row)."""
    return [
        m
        for m in milestones(law, readings)
        if ref("Art. 111(2)") in m.citations and m.key is not DateKey.PUBLIC_AUTHORITY_DEADLINE
    ]


# --------------------------------------------------------------------- 1. Art. 111 key dates


@pytest.mark.parametrize("readings", [DEFAULT_INTERPRETATIONS, GENERAL])
@pytest.mark.parametrize("law", [ORIG, AMND, None])
def test_art111_2_cutoff_rows_except_the_annex_x_components_and_keep_art5(
    law: LawVersion | None, readings: Interpretations
) -> None:
    """Art. 111(2), both versions: "Without prejudice to the application of Article 5 ... this
    Regulation shall apply to operators of high-risk AI systems, other than the systems referred
    to in paragraph 1 of this Article, ..." (paragraph 1: the Annex X components)."""
    quoted("this Regulation shall apply to operators of high-risk AI systems, other than the "
           "systems referred to in paragraph 1 of this Article, that have been placed on the "
           "market or put into service before 2 August 2026")  # fmt: skip
    quoted("Without prejudice to the application of Article 5 as referred to in Article 113, "
           "third paragraph, point (a), this Regulation shall apply to operators of high-risk AI "
           "systems, other than the systems referred to in paragraph 1 of this Article",
           "omnibus")  # fmt: skip
    quote_nl("met uitzondering van de in lid 1 van dit artikel bedoelde systemen")
    rows = _cutoff_rows(law, readings)
    assert rows
    for m in rows:
        assert "other than the Annex X components of Art. 111(1)" in m.what_en
        assert "met uitzondering van de componenten van bijlage X" in m.what_nl
        assert "without prejudice to the application of Art. 5" in m.what_en
        assert "onverminderd de toepassing van artikel 5" in m.what_nl


@pytest.mark.parametrize("law", [ORIG, AMND])
def test_annex_x_rows_say_without_prejudice_to_art5(law: LawVersion) -> None:
    """Art. 111(1), not amended by Regulation 2026/1744: "Without prejudice to the application of
    Article 5 as referred to in Article 113(3), point (a), AI systems which are components of the
    large-scale IT systems ... shall be brought into compliance with this Regulation by 31
    December 2030"."""
    quoted("1. Without prejudice to the application of Article 5 as referred to in Article "
           "113(3), point (a), AI systems which are components of the large-scale IT systems "
           "established by the legal acts listed in Annex X")  # fmt: skip
    quote_nl("Onverminderd de toepassing van artikel 5 als bedoeld in artikel 113, lid 3, punt "
              "a), worden AI-systemen die componenten zijn")  # fmt: skip
    rows = {m.key: m for m in milestones(law)}
    deadline = rows[DateKey.ANNEX_X_DEADLINE]
    assert deadline.date == D(2030, 12, 31)
    assert deadline.what_en.startswith("Without prejudice to the application of Art. 5")
    assert deadline.what_nl.startswith("Onverminderd de toepassing van artikel 5")
    cutoff = rows[DateKey.ANNEX_X_CUTOFF]
    assert "without prejudice to the application of Art. 5" in cutoff.what_en
    assert "onverminderd de toepassing van artikel 5" in cutoff.what_nl


def test_amended_cutoff_rows_follow_reading_a2() -> None:
    """Amended Art. 111(2): "placed on the market or put into service before the date of
    application of Chapter III referred to in Article 113". Under A2=route_date (the default) the
    rows of 2 December 2027 (point (c)(i)) and 2 August 2028 (point (c)(ii)) are the cut-off; under
    A2=general_date the cut-off is the general date of Art. 113, second paragraph (2 August 2026),
    with a row of its own, and the two Chapter III rows no longer claim to be the cut-off."""
    quoted("placed on the market or put into service before the date of application of Chapter "
           "III referred to in Article 113", "omnibus")  # fmt: skip
    default = _cutoff_rows(AMND, DEFAULT_INTERPRETATIONS)
    assert [m.date for m in default] == [D(2027, 12, 2), D(2028, 8, 2)]
    for m in default:
        assert "the default reading A2 " in m.what_en
        assert "de standaardlezing A2 " in m.what_nl
    general = _cutoff_rows(AMND, GENERAL)
    assert [(m.date, m.key) for m in general] == [(D(2026, 8, 2), DateKey.ART111_2_CUTOFF)]
    (row,) = general
    assert row.versions == (AMND,)
    assert row.citations == (ref("Art. 111(2)"), ref("Art. 113, second paragraph"))
    assert "the chosen reading A2 (not the default), which reads" in row.what_en
    assert "de gekozen lezing A2 (niet de standaardlezing), die" in row.what_nl
    chapter_iii = [
        m for m in milestones(AMND, GENERAL) if m.date in (D(2027, 12, 2), D(2028, 8, 2))
    ]
    assert chapter_iii and all("cut-off" not in m.what_en for m in chapter_iii)
    assert all("peildatum" not in m.what_nl.lower() for m in chapter_iii)


def test_the_original_cutoff_row_does_not_depend_on_a2() -> None:
    """A2 reads the amended text only; the original Art. 111(2) names "2 August 2026"."""
    assert milestones(ORIG) == milestones(ORIG, GENERAL)
    both = [m for m in milestones(None, GENERAL) if m.key is DateKey.ART111_2_CUTOFF]
    assert [(m.date, m.versions) for m in both] == [
        (D(2026, 8, 2), (ORIG,)),
        (D(2026, 8, 2), (AMND,)),
    ]


# --------------------------------------------------------------------- 3. Art. 2(2) per version


def test_section_b_title_quotes_each_version() -> None:
    """Art. 2(2) original: "only Article 6(1), Articles 102 to 109 and Article 112 apply"; as
    replaced by Art. 1, point (2)(a), of Regulation 2026/1744: "only Article 6(1), Article 60a and
    Articles 102 to 112 shall apply"."""
    quoted("only Article 6(1), Articles 102 to 109 and Article 112 apply")
    quoted("only Article 6(1), Article 60a and Articles 102 to 112 shall apply", "omnibus")
    quote_nl("zijn uitsluitend artikel 6, lid 1, de artikelen 102 tot en met 109 en artikel 112 "
              "van toepassing")  # fmt: skip
    titles = {}
    for law in LawVersion:
        (rule,) = [
            r
            for r in SYSTEM_RULES
            if r.concludes == "scope.section_b_limited" and r.applies_to(law)
        ]
        assert rule.source == "Art. 2(2)"
        titles[law] = (rule.title_en, rule.title_nl)
    assert "Arts. 102-109 and Art. 112" in titles[ORIG][0]
    assert "60a" not in titles[ORIG][0] and "102-112" not in titles[ORIG][0]
    assert "de artikelen 102 tot en met 109 en artikel 112" in titles[ORIG][1]
    assert "Art. 60a and Arts. 102-112" in titles[AMND][0]
    assert "artikel 60 bis en de artikelen 102 tot en met 112" in titles[AMND][1]


# --------------------------------------------------------------------- 2. Dutch inserted labels

ROOT = Path(__file__).resolve().parent.parent
_ENGLISH_STYLE_IN_DUTCH = re.compile(
    r"\b(?:[Aa]rtikel|[Aa]rtikelen|lid|leden|punt|punten|onder|en|of|tot en met)\s+\d+[a-h]\b"
    r"|\bpunt(?:en)?\s+[a-z][a-h]\b"
    r"|\b(?:en|of|tot en met|onder)\s+[a-z][a-h]\)"
)
"""An inserted provision labelled the English way in a Dutch text: "lid 1a", "artikel 75c",
"punt ba", "en bb)" (docs/nl.md: the Dutch text says "lid 1 bis", "artikel 75 quater",
"punt b bis", "en b ter")."""
_DUTCH = re.compile(r"\b(?:[Aa]rtikel|lid|leden|punt|punten|bijlage)\b")


def _dutch_texts() -> list[tuple[str, str]]:
    """Every string constant of aiact/*.py that reads as a Dutch citation, and every Dutch
    msgstr of the catalogue."""
    found: list[tuple[str, str]] = []
    for path in sorted((ROOT / "aiact").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and _DUTCH.search(node.value):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    for path in sorted((ROOT / "aiact").rglob("*.po")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            m = re.search(r'^msgstr ((?:".*"\n?)+)', block, re.M)
            if m:
                found.append((str(path.relative_to(ROOT)), "".join(re.findall(r'"(.*)"', m[1]))))
    return found


def test_dutch_texts_label_inserted_provisions_the_dutch_way() -> None:
    """One convention for the points (and paragraphs, articles) that Regulation 2026/1744
    inserted, e.g. Art. 1, point (7)(a), on Art. 5: "in paragraph 1, the first subparagraph,
    the following points are inserted: (ba) ... (bb) ...": Dutch "punt b bis", "punt b ter"
    (docs/nl.md)."""
    quoted("in paragraph 1, the first subparagraph, the following points are inserted", "omnibus")
    texts = _dutch_texts()
    assert len(texts) > 500  # the scan sees the Dutch texts
    bad = [(where, m[0]) for where, text in texts for m in _ENGLISH_STYLE_IN_DUTCH.finditer(text)]
    assert not bad, bad


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("Art. 5(1)(ba)", "Artikel 5, lid 1, punt b bis"),
        ("Art. 5(1)(bb)", "Artikel 5, lid 1, punt b ter"),
        ("Art. 5(1a)", "Artikel 5, lid 1 bis"),
        ("Art. 6(1c)", "Artikel 6, lid 1 quater"),
        ("Art. 4a", "Artikel 4 bis"),
        (
            "Art. 75c(4), second subparagraph, point (a)",
            "Artikel 75 quater, lid 4, tweede alinea, punt a",
        ),
        ("Art. 99(4)(da)", "Artikel 99, lid 4, punt d bis"),
        ("Art. 3(14b)", "Artikel 3, punt 14 ter"),
        ("Art. 5(1)(h)(ii)", "Artikel 5, lid 1, punt h, onder ii"),
        ("Annex III, point 4(a)", "Bijlage III, punt 4, onder a"),
    ],
)
def test_dutch_citation_of_inserted_provisions(english: str, dutch: str) -> None:
    """LegalRef.nl() writes the Dutch labels; LegalRef.parse reads them back (and the English
    letters too)."""
    r = ref(english)
    assert r.nl() == dutch
    assert LegalRef.parse(dutch).nl() == dutch
    assert LegalRef.parse(dutch) == ref(english)


def test_the_a2_rows_are_dutch_under_both_readings() -> None:
    """The Dutch cut-off rows name the reading in words, not by its internal value."""
    from test_dutch import problems

    for readings in (DEFAULT_INTERPRETATIONS, GENERAL):
        text = "\n".join(m.what_nl for m in milestones(None, readings))
        assert not problems(text), problems(text)


# --------------------------------------------------------------------- 4. Art. 22(1), A28

_A28 = ("placing_or_putting_into_service", "making_available_only")


def _third_country_provider(made_available: bool | None, reading: str) -> Assessment:
    """A provider established in the United States that put its Annex III point 4(a) system
    into service in the Union on 1 January 2028; every other fact known."""
    s = system(annex_iii=["4a"], put_into_service=D(2028, 1, 1))
    s = s.model_copy(
        update={
            "value_chain": s.value_chain.model_copy(update={"provider_established_in_eu": False}),
            "exclusions": s.exclusions.model_copy(
                update={"made_available_on_union_market": made_available}
            ),
        }
    )
    organisation = COMPANY.model_copy(update={"member_state": "US", "established_in_eu": False})
    return assess(
        s,
        organisation,
        D(2028, 1, 10),
        interpretations=Interpretations.model_validate({"A28": reading}),
    )


@pytest.mark.parametrize("reading", _A28)
@pytest.mark.parametrize("made_available", [True, False, None])
def test_a28_art22_1_and_putting_into_service(reading: str, made_available: bool | None) -> None:
    """Art. 22(1): "Prior to making their high-risk AI systems available on the Union market,
    providers established in third countries shall ... appoint an authorised representative";
    Art. 3(10) making available: "supply ... for distribution or use on the Union market in the
    course of a commercial activity"; Art. 3(11) putting into service: "supply ... for first use
    directly to the deployer or for own use in the Union". A provider that only puts its system
    into service is bound under the default reading A28 (recital 82, "under all circumstances";
    Art. 22(3)(b), "placed on the market or put into service"), and under the alternative only
    if it makes the system available (ADR 0030). The fact is asked only under the alternative."""
    quoted("Prior to making their high-risk AI systems available on the Union market, providers "
           "established in third countries shall, by written mandate, appoint an authorised "
           "representative which is established in the Union")  # fmt: skip
    quoted("‘making available on the market’ means the supply of an AI system or a "
           "general-purpose AI model for distribution or use on the Union market in the course "
           "of a commercial activity, whether in return for payment or free of charge")  # fmt: skip
    quoted("‘putting into service’ means the supply of an AI system for first use directly to "
           "the deployer or for own use in the Union for its intended purpose")  # fmt: skip
    quoted("for a period of 10 years after the high-risk AI system has been placed on the market "
           "or put into service")  # fmt: skip
    quoted("under all circumstances, a person established in the Union can provide authorities "
           "with all the necessary information")  # fmt: skip
    quote_nl("wijzen voordat zij hun AI-systemen met een hoog risico in de Unie in de handel "
              "brengen, middels een schriftelijke machtiging een gemachtigde aan")  # fmt: skip
    a = _third_country_provider(made_available, reading)
    literal = reading == "making_available_only"
    expected = made_available if literal else True
    assert a.obligation("art22_1").applies is expected
    assert a.interpretations_used["A28"] == reading
    asked = "exclusions.made_available_on_union_market" in {q.fact for q in a.open_questions}
    assert asked is (literal and made_available is None)


def test_a28_is_a_named_reading_with_putting_into_service_as_default() -> None:
    """The default keeps what the library did before round 9 (any placing, putting into service
    or use in the Union), under a name an assessment reports and a user can switch."""
    from aiact.interpretations import CODES, Art22Trigger

    assert CODES["A28"] == "art22_trigger"
    assert DEFAULT_INTERPRETATIONS.art22_trigger is Art22Trigger.PLACING_OR_PUTTING_INTO_SERVICE
    assert DEFAULT_INTERPRETATIONS.as_facts()["interp.a28_making_available_only"] is False
    words = Interpretations(art22_trigger="making_available_only")
    assert words.as_facts()["interp.a28_making_available_only"] is True
