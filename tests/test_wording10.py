"""Round 10 wording: Dutch problem responses for every enum query parameter of the HTTP service
(through the library's error renderer, with the Dutch "of" between the last two allowed values,
the value given never echoed), one canonical citation of a point of Art. 3, and the Dutch
wording leftovers (citations mid-sentence, the market surveillance authority of Art. 80, the
labels of the dates and of reading A27)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from aiact.service.app import create_app
from aiact.service.settings import Settings

# --------------------------------------------------------------------------- 1. the service


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings())) as c:
        yield c


def _enum_parameters(client: TestClient) -> list[tuple[str, str, str, list[str]]]:
    """Every query or path parameter with allowed values, from the OpenAPI document: the method,
    the path (its path parameters filled in), the parameter and its values."""
    document: dict[str, Any] = client.get("/v1/openapi.json").json()
    schemas = document["components"]["schemas"]
    found = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", ()):
                schema = parameter["schema"]
                if "$ref" in schema:
                    schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
                options = schema.get("anyOf", [schema])
                values = [v for option in options for v in option.get("enum", ())]
                if values:
                    filled = re.sub(r"\{[^}]+\}", "x", path)
                    found.append((method, filled, parameter["name"], values))
    return found


def _required_query(client: TestClient, method: str, path: str) -> dict[str, str]:
    """A harmless value for every other required query parameter (``conclusion``)."""
    document: dict[str, Any] = client.get("/v1/openapi.json").json()
    for template, operations in document["paths"].items():
        if re.sub(r"\{[^}]+\}", "x", template) == path and method in operations:
            return {
                p["name"]: "x"
                for p in operations[method].get("parameters", ())
                if p["in"] == "query" and p.get("required")
            }
    return {}


def test_every_enum_parameter_is_refused_in_dutch_without_echoing_the_value(
    client: TestClient,
) -> None:
    """A value outside an enumeration of any operation (``art111Cutoff``, ``role``, ``risk``,
    ``law``, ``csvDialect``, ``lang`` ...) is refused with a Dutch reason from the library's
    renderer (aiact.errors.render) that lists the allowed values joined with "of"; pydantic's
    English ("Input should be", "or") never reaches a Dutch reader, and the value given is not
    echoed (a 5000-character value leaves a short answer)."""
    parameters = _enum_parameters(client)
    names = {name for _, _, name, _ in parameters}
    assert {"lang", "art111Cutoff", "role", "risk", "law", "csvDialect"} <= names
    bad = "Zq<b>" + "z" * 5000
    for method, path, name, values in parameters:
        for lang in ("nl", "en"):
            query = {**_required_query(client, method, path), name: bad}
            if name != "lang":
                query["lang"] = lang
            response = client.request(method.upper(), "/v1" + path, params=query)
            assert response.status_code == 400, (path, name, response.text)
            problem = response.json()
            [param] = [p for p in problem["invalidParams"] if p["name"] == name]
            assert param["code"] == "invalid_value"
            listed = [f"'{v}'" for v in values]
            reason = param["reason"]
            if lang == "nl" or name == "lang":  # a bad lang gets the default, Dutch
                assert reason == (
                    "geen van de toegestane waarden: "
                    + (
                        f"{', '.join(listed[:-1])} of {listed[-1]}"
                        if len(listed) > 1
                        else listed[0]
                    )
                ), (path, name)
                assert "Input should" not in response.text and " or " not in reason
                assert problem["title"] == "Het verzoek is ongeldig"
            else:
                assert reason.startswith("Input should be ") and reason.endswith(
                    f" or {listed[-1]}"
                )
            assert "Zq" not in response.text and "zzzz" not in response.text
            assert len(response.content) < 2000, (path, name)


def test_other_query_parameters_are_refused_in_dutch_too(client: TestClient) -> None:
    """The same renderer for a bad date (``asOf``), a key too long (``obligationId``) and a
    required parameter left out (``conclusion``): Dutch reasons with the library's codes."""
    date = client.get("/v1/obligations/art26_8")  # sanity: the path works
    assert date.status_code == 200
    problem = client.post("/v1/assessments?asOf=2026-02-30", json={}).json()
    assert problem["invalidParams"] == [
        {"name": "asOf", "code": "invalid_value", "reason": "verwacht een datum (JJJJ-MM-DD)"}
    ]
    problem = client.get("/v1/obligations/" + "a" * 201).json()
    assert problem["invalidParams"] == [
        {"name": "obligationId", "code": "too_large", "reason": "de tekst is langer dan 200 tekens"}
    ]
    problem = client.post("/v1/explanations", json={}).json()
    assert problem["invalidParams"] == [
        {"name": "conclusion", "code": "missing", "reason": "een verplicht veld ontbreekt"}
    ]


def test_the_dutch_renderer_joins_the_allowed_values_with_of() -> None:
    """Every place that lists the allowed values in Dutch: the library's renderer (the command
    line, aiact.errors.render) and the fields of a case over the API."""
    from aiact.case import CaseError, case_from_mapping
    from aiact.errors import render
    from aiact.views.errors import allowed_values

    assert allowed_values("'a', 'b' or 'c'", "nl") == "'a', 'b' of 'c'"
    assert allowed_values("1 or 2", "nl") == "1 of 2"
    assert allowed_values("'a', 'b' or 'c'", "en") == "'a', 'b' or 'c'"
    assert allowed_values("'a or b', 'c'", "nl") == "'a or b', 'c'"  # not pydantic's joining
    with pytest.raises(CaseError) as caught:
        case_from_mapping({"organisation": {"kind": "king"}, "system": {"is_ai_system": True}})
    line = render(caught.value, "nl")
    assert line.startswith("veld organisation.kind: geen van de toegestane waarden: ")
    assert line.endswith(" of 'international_organisation'") and " or " not in line
    from click.testing import CliRunner

    from aiact.cli import main

    result = CliRunner().invoke(main, ["timeline", "--lang", "nl", "--interp", "A2=bad"])
    assert result.exit_code == 2
    assert "veld art111_cutoff: geen van de toegestane waarden: 'route_date' of 'general_date'" in (
        result.output
    )


# --------------------------------------------------------------------------- 2. Art. 3 citations

_ART3_SPELLINGS = re.compile(
    r"\bArt\. 3(?:\(|, point \(?)(?P<en>\d+[a-z]?)\)?(?:\((?P<en_sub>[a-z]+)\))?"
    r"|\b[Aa]rtikel 3, punt (?P<nl>\d+(?: (?:bis|ter|quater))?)(?:, onder (?P<nl_sub>[a-z]+))?"
    r"(?![\w)])"
)
_LATIN = {" bis": "a", " ter": "b", " quater": "c"}


def _library_art3_spellings() -> dict[tuple[str, str], set[str]]:
    """Every spelling of a point of Art. 3 the library writes (its code and its Dutch message
    catalogue), by the point (its number in the English form, and its sub-point) as the
    spelling gives it."""
    from pathlib import Path

    import aiact

    root = Path(aiact.__file__).parent
    found: dict[tuple[str, str], set[str]] = {}
    for path in [*root.rglob("*.py"), *root.rglob("*.po")]:
        text = path.read_text(encoding="utf-8")
        for match in _ART3_SPELLINGS.finditer(text):
            if re.match(r",? (?:of|van) (?:Regulation|Verordening)", text[match.end() :]):
                continue  # Art. 3 of another act
            number = match.group("en") or match.group("nl")
            for latin, letter in _LATIN.items():
                number = number.replace(latin, letter)
            key = (number, match.group("en_sub") or match.group("nl_sub") or "")
            found.setdefault(key, set()).add(match.group(0))
    return found


def test_every_spelling_of_an_art3_point_is_one_citation() -> None:
    """Art. 3 is made of numbered points: "Art. 3(44)", "Art. 3, point (44)", "Art. 3, point 44"
    and the Dutch "Artikel 3, punt 44" / "artikel 3, punt 44" are one citation, written
    "Art. 3(44)" in English and "Artikel 3, punt 44" in Dutch; an inserted definition likewise
    ("Art. 3(14a)", "Artikel 3, punt 14 bis", docs/nl.md)."""
    from aiact.refs import LegalRef

    spellings = _library_art3_spellings()
    assert {("1", ""), ("44", ""), ("63", ""), ("49", "c")} <= set(spellings)
    for number, texts in spellings.items():
        refs = {LegalRef.parse(text) for text in texts}
        assert len(refs) == 1, (number, texts)
    for english, dutch in [
        ("Art. 3(44)", "Artikel 3, punt 44"),
        ("Art. 3(14a)", "Artikel 3, punt 14 bis"),
        ("Art. 3(14b)", "Artikel 3, punt 14 ter"),
        ("Art. 3(49)(c)", "Artikel 3, punt 49, onder c"),
    ]:
        for text in (english, dutch, dutch.lower(), english.replace("3(", "3, point (", 1)):
            r = LegalRef.parse(text)
            assert (str(r), r.nl()) == (english, dutch), text
    # another act's Art. 3 is not made of points: its point stays a point
    other = LegalRef.parse("Art. 3, point (1) of Regulation (EU) 2026/1744")
    assert other != LegalRef.parse("Art. 3(1) of Regulation (EU) 2026/1744")


def _catalogue_citations() -> list[str]:
    from test_citations import CITATIONS

    from aiact.refs import LegalRef

    texts = {text for _, text, _ in CITATIONS}
    for spellings in _library_art3_spellings().values():
        texts |= spellings
    return sorted({str(LegalRef.parse(text)) for text in texts})


@given(st.sampled_from(_catalogue_citations()), st.sampled_from(["en", "nl"]))
def test_every_catalogue_citation_round_trips_in_both_languages(text: str, lang: str) -> None:
    """format -> parse -> format is the same citation in English and in Dutch, for every
    citation of the rules, the obligations, the dates and the fines (and every spelling of an
    Art. 3 point the library writes); the English and the Dutch form are the same citation."""
    from aiact.refs import LegalRef

    r = LegalRef.parse(text)
    written = str(r) if lang == "en" else r.nl()
    again = LegalRef.parse(written)
    assert again == r
    assert (str(again) if lang == "en" else again.nl()) == written
    assert LegalRef.parse(r.nl()) == LegalRef.parse(str(r))


# --------------------------------------------------------------------------- 3. Dutch wording

_MID_SENTENCE_CAPITAL = re.compile(r"(?:[a-z\u00e0-\u00ff] |\()(?:Artikel|Bijlage) [0-9IVX]")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def test_dutch_citations_inside_a_sentence_are_lower_case() -> None:
    """Dutch writes "artikel" and "bijlage" in lower case inside a sentence (``... vanaf
    2 augustus 2026 (artikel 113, derde alinea)``, ``zie artikel 6``), with the capital at the
    start of a sentence or a label (a table cell, a list of sources): the Dutch JSON and HTML of
    every bundled example."""
    import json
    from html import unescape
    from pathlib import Path

    import aiact

    examples = sorted(Path(__file__).parent.parent.glob("examples/*.yaml"))
    checked = 0
    for path in examples:
        if path.name == "inventory.yaml":
            continue
        a = aiact.load_case(path).assess()
        texts = list(_strings(json.loads(a.to_json("nl"))))
        texts += [unescape(node) for node in re.findall(r">([^<]+)<", a.to_html("nl"))]
        for text in texts:
            assert not _MID_SENTENCE_CAPITAL.search(text), (path.name, text)
        checked += len(texts)
    assert checked > 1000
    from aiact.refs import LegalRef

    assert LegalRef.parse("Art. 113, third paragraph").nl(inline=True) == (
        "artikel 113, derde alinea"
    )
    assert LegalRef.parse("Annex III, point 4").nl(inline=True) == "bijlage III, punt 4"
    assert LegalRef.parse("Regulation (EU) 2016/679").nl(inline=True) == (
        "Verordening (EU) 2016/679"
    )


def _date_rules() -> Iterator[Any]:
    from aiact.rules.timing import MODEL_DATE_RULES, SYSTEM_DATE_RULES, TIER_RULES

    yield from (*TIER_RULES, *SYSTEM_DATE_RULES, *MODEL_DATE_RULES)


def test_the_art80_rules_name_the_market_surveillance_authority() -> None:
    """Art. 80(2), Dutch: "Indien de markttoezichtautoriteit bij die toetsing vaststelt dat het
    betrokken AI-systeem een hoog risico vormt": the Dutch titles of the A27 rules name the
    markttoezichtautoriteit (the official term, glossary) and its finding, not "de autoriteit";
    a significant change counts on or after the cut-off ("on or after", as in English)."""
    from lawquote import quote_nl

    from aiact.rules import SYSTEM_RULES

    quote_nl("Indien de markttoezichtautoriteit bij die toetsing vaststelt dat het betrokken")
    quote_nl("een hoog risico vormt")
    titles = {r.id: r.title_nl for r in SYSTEM_RULES if r.id.endswith(".reclassified")}
    assert set(titles) == {
        "legacy.placed_before_cutoff.reclassified",
        "legacy.significant_change.reclassified",
        # legal24: the second-sentence case of the date rule of Art. 80(4)-(5).
        "legacy.case.changed_for_public_authorities.reclassified",
    }
    for title in titles.values():
        assert title.startswith("De markttoezichtautoriteit heeft vastgesteld dat het systeem ")
        assert "een hoog risico vormt" in title and "Door de autoriteit" not in title
    assert "op of na de grensdatum" in titles["legacy.significant_change.reclassified"]


def test_dutch_date_labels_name_readings_in_words() -> None:
    """A Dutch label of a date rule or case names a reading in words (``Standaardlezing A27``,
    ``Andere lezing A22 (niet de standaardlezing)``), as the A2 rows of the milestones do, never
    by an internal value name (``A27=bestaand_hoog_risico``, ``A2=route_date``)."""
    from aiact.timeline import art111_2_cutoff

    value_name = re.compile(r"\bA\d+=[\w-]+")
    texts = []
    for rule in _date_rules():
        texts.append(rule.title_nl)
        texts.extend(case.label_nl for case in rule.cases)
    texts.append(art111_2_cutoff("amended").reason_nl)
    for text in texts:
        assert not value_name.search(text), text
    labels = [case.label_nl for rule in _date_rules() for case in rule.cases]
    assert any(label.startswith("Standaardlezing A27: ") for label in labels)
    assert any(
        label.startswith("Andere lezing A27 (niet de standaardlezing): ") for label in labels
    )
    assert art111_2_cutoff("amended").reason_nl.startswith("Standaardlezing A2: ")
