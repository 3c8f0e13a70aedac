"""The OpenAPI 3.1 document of the API, in Dutch (``/core/doc-language``), published at
``/v1/openapi.json`` and checked by the official linter of the API Design Rules.

FastAPI contributes the paths and the query parameters; everything else is set here, from one
table of operations (:data:`OPERATIONS`): the descriptions, the representations each operation
offers, the request bodies (the case file contract of :func:`aiact.schemas.case_schema`), the
``API-Version`` header on every answer and a problem detail for every error status the operation
can give.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiact.service import API_VERSION
from aiact.service.examples import case_examples, interview_examples, portfolio_examples
from aiact.service.resources import dumps
from aiact.service.schemas import REF, ref, service_schemas

if TYPE_CHECKING:
    from collections.abc import Sequence

    from starlette.routing import BaseRoute

    from aiact.service.settings import Settings

PROBLEM_JSON = "application/problem+json"

CONTACT = {
    "name": "Beheerders van aiact",
    "url": "https://example.org/aiact/issues",
    "email": "aiact@example.org",
}
LICENSE = {"name": "EUPL-1.2", "identifier": "EUPL-1.2"}

DESCRIPTION = """\
De AI-verordening (Verordening (EU) 2024/1689, zoals gewijzigd bij Verordening (EU) 2026/1744)
als dienst: stuur de feiten van een AI-systeem of een AI-model voor algemene doeleinden (een
casus, zoals een casusbestand van aiact) en krijg terug wat de verordening op een dag vraagt:
het toepassingsgebied, de rollen (aanbieder, gebruiksverantwoordelijke ...), de risicoklasse,
de verplichtingen met hun data, de maximale geldboeten en de open vragen, elk met een
verwijzing naar het artikel.

De dienst is stateloos: elk verzoek bevat alle feiten en er wordt niets bewaard. Namen van
paden, queryparameters en velden zijn Engels, zoals in het JSON-contract van aiact; de teksten
in de antwoorden volgen `lang` (Nederlands tenzij `lang=en`).

Fouten zijn problem details (RFC 9457, `application/problem+json`); bij ongeldige invoer
noemt `invalidParams` elk ongeldig veld. Grenzen: de omvang van het verzoek (413), de lengte
van lijsten en teksten (400) en de tijd per verzoek (503).

Versies volgen Semantic Versioning; de volledige versie staat in de header `API-Version`, de
hoofdversie in het pad (`/v1`). Wijzigingen staan in het wijzigingslogboek:
https://example.org/aiact/docs/service/#wijzigingslogboek.

Dit is een hulpmiddel, geen juridisch advies.
"""

TAGS = [
    {"name": "Beoordeling", "description": "Een casus beoordelen, uitleggen en plannen."},
    {"name": "Portefeuille", "description": "Veel casussen tegelijk."},
    {"name": "Catalogus", "description": "De verplichtingen van de AI-verordening."},
    {"name": "Tijdlijn", "description": "De versies van de verordening en hun data."},
    {"name": "Vragenlijst", "description": "De begeleide vragenlijst, een vraag tegelijk."},
    {"name": "Beheer", "description": "De werking van de dienst."},
]

_TEXT = {"type": "string"}
_BINARY = {"type": "string", "contentMediaType": "image/png"}


@dataclass(frozen=True)
class Operation:
    """One operation: its texts, what it returns (media type -> schema) and takes."""

    tag: str
    summary: str
    description: str
    ok: str
    content: dict[str, dict[str, Any]]
    body: str | None = None
    """The component schema of the request body (``Case``, ``PortfolioRequest``)."""
    not_found: str | None = None
    extra_headers: dict[str, str] = field(default_factory=dict)


_CASE_NOTE = (
    " De casus is een JSON-object volgens het JSON-contract van aiact (`aiact schema case`): "
    "`organisation` en precies een van `system` (een AI-systeem) of `model` (een AI-model "
    "voor algemene doeleinden). Onbekende feiten laat u weg of zet u op `null`; onbekende "
    "velden zijn een fout."
)

OPERATIONS: dict[str, Operation] = {
    "assessCase": Operation(
        "Beoordeling",
        "Een casus beoordelen",
        "Beoordeelt de casus op de dag `asOf` (of `as_of` in de casus): toepassingsgebied, "
        "rollen, risicoklasse, verplichtingen met hun data, maximale geldboeten en open vragen. "
        "Het antwoord is byte voor byte de beoordeling die de bibliotheek geeft "
        "(`Assessment.to_json(lang)`)." + _CASE_NOTE,
        "De beoordeling (het JSON-contract van aiact: `aiact schema assessment`).",
        {"application/json": ref("Assessment")},
        body="Case",
    ),
    "explainConclusion": Operation(
        "Beoordeling",
        "Een conclusie uitleggen",
        "De afleiding van een conclusie of verplichting voor de casus: elke regel met zijn "
        "bron in de verordening, tot en met de ingevoerde feiten." + _CASE_NOTE,
        "De afleiding.",
        {"application/json": ref("Derivation")},
        body="Case",
    ),
    "planCompliance": Operation(
        "Beoordeling",
        "Het nalevingsplan",
        "De verplichtingen die gelden in de volgorde die de verordening vraagt, met hun data, "
        "wat ze ophoudt en wat van andere organisaties afhangt. Kies de vorm met `Accept`: "
        "`application/json`, `text/vnd.mermaid` (een Mermaid-diagram), `text/vnd.graphviz` "
        "(DOT) of `image/png` (een tekening)." + _CASE_NOTE,
        "Het plan.",
        {
            "application/json": ref("CompliancePlan"),
            "text/vnd.mermaid": _TEXT,
            "text/vnd.graphviz": _TEXT,
            "image/png": _BINARY,
        },
        body="Case",
    ),
    "deadlineCalendar": Operation(
        "Beoordeling",
        "De termijnen als agenda",
        "De komende data waarop verplichtingen voor de casus gaan gelden, als iCalendar-bestand "
        "(RFC 5545): een gebeurtenis per verplichting, met het artikel en een link naar "
        "EUR-Lex." + _CASE_NOTE,
        "De agenda.",
        {"text/calendar": _TEXT},
        body="Case",
        extra_headers={"Content-Disposition": "attachment; filename=..."},
    ),
    "assessPortfolio": Operation(
        "Portefeuille",
        "Een inventaris beoordelen",
        "Beoordeelt elke casus van een inventaris (ten hoogste het aantal in `maxItems`) en "
        "geeft een rij per casus, de risicoklassen, de geldboeteblootstelling en alle "
        "termijnen; als `text/csv` alleen de rijen. Een ongeldige casus maakt het hele verzoek "
        "ongeldig (400); `invalidParams` noemt elk veld als `cases[i].veld`.",
        "Het overzicht.",
        {"application/json": ref("PortfolioResult"), "text/csv": _TEXT},
        body="PortfolioRequest",
    ),
    "listObligations": Operation(
        "Catalogus",
        "De verplichtingen",
        "De catalogus van verplichtingen, te filteren op rol, risicocategorie en versie van de "
        "verordening.",
        "De verplichtingen.",
        {"application/json": {"type": "array", "items": ref("Obligation")}},
    ),
    "getObligation": Operation(
        "Catalogus",
        "Een verplichting",
        "Een verplichting uit de catalogus, op id (`art26_8`) of bron (`Art. 26(8)`).",
        "De verplichting.",
        {"application/json": ref("Obligation")},
        not_found="Deze verplichting bestaat niet.",
    ),
    "listLawVersions": Operation(
        "Tijdlijn",
        "De versies van de verordening",
        "De verordening zoals gepubliceerd (`original`) en zoals gewijzigd bij Verordening "
        "(EU) 2026/1744 (`amended`).",
        "De versies.",
        {"application/json": {"type": "array", "items": ref("ActVersion")}},
    ),
    "getLawVersion": Operation(
        "Tijdlijn",
        "Een versie van de verordening",
        "Een versie van de verordening en de dag waarop zij in werking trad.",
        "De versie.",
        {"application/json": ref("ActVersion")},
        not_found="Deze versie bestaat niet.",
    ),
    "listMilestones": Operation(
        "Tijdlijn",
        "De belangrijke data van een versie",
        "De data waarop delen van de verordening gaan gelden (artikelen 111 en 113), als JSON "
        "of als iCalendar-bestand (`Accept: text/calendar`).",
        "De data.",
        {"application/json": {"type": "array", "items": ref("Milestone")}, "text/calendar": _TEXT},
        not_found="Deze versie bestaat niet.",
    ),
    "nextQuestion": Operation(
        "Vragenlijst",
        "De volgende vraag",
        "De begeleide vragenlijst, stateloos: stuur het doel (`tier`: de risicoklasse, "
        "`obligations`: de verplichtingen, `full`: alles), de feiten die al bekend zijn (een "
        "casus, niet verplicht) en de antwoorden tot nu toe, in volgorde; het antwoord is de "
        "volgende vraag (of `null` als de vragenlijst klaar is), de risicoklasse op de dag en de "
        "casus van de gegeven feiten. Voeg het antwoord op de vraag toe aan `answers` en stuur "
        "alles opnieuw. Een antwoord is een optie-id, een lijst optie-id's, een datum, een "
        "bedrag of `null` (weet ik niet).",
        "De stand van de vragenlijst en de volgende vraag.",
        {"application/json": ref("InterviewState")},
        body="InterviewRequest",
    ),
    "listQuestions": Operation(
        "Vragenlijst",
        "De vragen",
        "Alle vragen van de vragenlijst, met hulptekst, opties, begrippen en bronnen.",
        "De vragen.",
        {"application/json": {"type": "array", "items": ref("Question")}},
    ),
    "getQuestion": Operation(
        "Vragenlijst",
        "Een vraag",
        "Een vraag van de vragenlijst, op id.",
        "De vraag.",
        {"application/json": ref("Question")},
        not_found="Deze vraag bestaat niet.",
    ),
    "getHealth": Operation(
        "Beheer",
        "Werkt de dienst?",
        "Antwoordt als de dienst werkt, met de versies van de API en van de regels.",
        "De dienst werkt.",
        {"application/json": ref("Health")},
    ),
}

_ERRORS: dict[str, tuple[str, str]] = {
    # component name: (status, description)
    "BadRequest": ("400", "Ongeldige invoer; `invalidParams` noemt elk ongeldig veld."),
    "NotFound": ("404", "Niet gevonden."),
    "NotAcceptable": ("406", "Geen van de vormen in `Accept` is beschikbaar."),
    "ContentTooLarge": ("413", "Het verzoek is groter dan de grens."),
    "UnsupportedMediaType": ("415", "Het verzoek is geen `application/json`."),
    "InternalServerError": ("500", "Er ging iets mis in de dienst (het is gelogd)."),
    "ServiceUnavailable": (
        "503",
        "Het verzoek kon niet binnen de tijdsgrens worden afgehandeld; probeer het na "
        "`Retry-After` seconden opnieuw.",
    ),
}


def _header_components() -> dict[str, Any]:
    return {
        "API-Version": {
            "description": "De volledige versie van de API (Semantic Versioning).",
            "schema": {"type": "string", "example": API_VERSION},
        },
        "Retry-After": {
            "description": "Na hoeveel seconden een nieuwe poging zin heeft.",
            "schema": {"type": "string"},
        },
        "Content-Disposition": {
            "description": "De bestandsnaam voor het opslaan.",
            "schema": {"type": "string"},
        },
    }


def _version_header() -> dict[str, Any]:
    return {"API-Version": {"$ref": "#/components/headers/API-Version"}}


def _response_components() -> dict[str, Any]:
    out = {}
    for name, (status, description) in _ERRORS.items():
        headers = _version_header()
        if status == "503":
            headers["Retry-After"] = {"$ref": "#/components/headers/Retry-After"}
        out[name] = {
            "description": description,
            "headers": headers,
            "content": {PROBLEM_JSON: {"schema": ref("Problem")}},
        }
    return out


def _responses(spec: Operation, has_input: bool) -> dict[str, Any]:
    headers = _version_header()
    for name in spec.extra_headers:
        headers[name] = {"$ref": f"#/components/headers/{name}"}
    out: dict[str, Any] = {
        "200": {
            "description": spec.ok,
            "headers": headers,
            "content": {media: {"schema": schema} for media, schema in spec.content.items()},
        }
    }
    wanted = []
    if has_input or spec.body is not None:
        wanted.append("BadRequest")
    if spec.not_found is not None:
        wanted.append("NotFound")
    wanted.append("NotAcceptable")
    if spec.body is not None:
        wanted += ["ContentTooLarge", "UnsupportedMediaType"]
    wanted += ["InternalServerError", "ServiceUnavailable"]
    for name in wanted:
        out[_ERRORS[name][0]] = {"$ref": f"#/components/responses/{name}"}
    return out


def _rewrite_refs(node: Any, renames: dict[str, str]) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
                name = value.removeprefix("#/$defs/")
                out[key] = REF + renames.get(name, pascal(name))
            else:
                out[key] = _rewrite_refs(value, renames)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(item, renames) for item in node]
    return node


def pascal(name: str) -> str:
    """A schema name in the UpperCamelCase of the linter (``nlgov:schema-camel-case``): no runs
    of capitals (``AISystem`` -> ``AiSystem``, ``GPAIModel`` -> ``GpaiModel``) and the annexes
    by number (``AnnexIIIFacts`` -> ``Annex3Facts``)."""
    name = re.sub(
        r"Annex(III|I)(?=[A-Z]|$)", lambda m: "Annex" + {"I": "1", "III": "3"}[m[1]], name
    )
    return re.sub(r"([A-Z])([A-Z]+)(?=[A-Z][a-z]|\d|$)", lambda m: m[1] + m[2].lower(), name)


def embed(schemas: dict[str, Any], name: str, schema: dict[str, Any], suffix: str) -> None:
    """Put a JSON Schema with ``$defs`` into ``schemas`` as ``name`` (definitions named by
    :func:`pascal`); a definition that differs from one already there under its name is renamed
    with ``suffix`` (so are the ones that refer to it, and so on)."""
    body = copy.deepcopy(schema)
    defs: dict[str, Any] = body.pop("$defs", {})
    for key in ("$schema", "$id"):
        body.pop(key, None)
    renames: dict[str, str] = {}
    while True:
        found = {
            d: pascal(d) + suffix
            for d, value in defs.items()
            if pascal(d) in schemas and schemas[pascal(d)] != _rewrite_refs(value, renames)
        }
        if found == renames:
            break
        renames = found
    for definition, value in defs.items():
        target = renames.get(definition, pascal(definition))
        if target not in schemas:
            schemas[target] = _rewrite_refs(value, renames)
    schemas[name] = _rewrite_refs(body, renames)


def _plain_parameter(parameter: dict[str, Any]) -> None:
    """``anyOf: [X, null]`` of an optional query parameter as ``X`` (a query has no null)."""
    schema = parameter.get("schema", {})
    options = schema.get("anyOf")
    if isinstance(options, list):
        kept = [o for o in options if o.get("type") != "null"]
        if len(kept) == 1:
            rest = {k: v for k, v in schema.items() if k != "anyOf"}
            parameter["schema"] = {**kept[0], **rest}


def _with_law_aliases(schema: dict[str, Any]) -> dict[str, Any]:
    """The case schema with the names of the law versions a case file may use besides their
    values (``original``, ``amended``: :meth:`aiact.versions.LawVersion.parse`, as the JSON
    contract documents them)."""
    out = copy.deepcopy(schema)
    law = out.get("$defs", {}).get("LawVersion")
    if isinstance(law, dict) and isinstance(law.get("enum"), list):
        law["enum"] = [*law["enum"], "original", "amended"]
        law["description"] = f"{law.get('description', '')} Ook: original of amended.".strip()
    return out


_DATE_NAME = re.compile(r"((\w+D)|(_[dD]))((ate)|(atum))")
"""A property name the linter reads as a date (``nlgov:specify-format-for-date-and-time``)."""


def _format_date_named(schemas: dict[str, Any]) -> None:
    """Give a property whose name looks like a date to the linter but that holds no date (the
    reading of A22, ``derogation_duties_date``: ``general_date`` or ``annex_iii_date``) the
    format ``reading``: a format that validators ignore (JSON Schema 2020-12, 7.2) and that
    says what the value is, where the linter wants a format."""
    for schema in schemas.values():
        for name, prop in (schema.get("properties") or {}).items():
            if not _DATE_NAME.search(name) or not isinstance(prop, dict) or "format" in prop:
                continue
            target = str(prop.get("$ref", "")).removeprefix(REF)
            enum = schemas.get(target, prop).get("enum")
            if isinstance(enum, list) and all(isinstance(v, str) for v in enum):
                prop["format"] = "reading"
                if target in schemas:
                    schemas[target]["format"] = "reading"


def openapi_document(routes: Sequence[BaseRoute], prefix: str, settings: Settings) -> bytes:
    """The OpenAPI document of the API's ``routes`` (see the module docstring), as JSON bytes;
    the paths are relative to the server URL ``prefix``."""
    from fastapi.openapi.utils import get_openapi

    from aiact.schemas import assessment_schema, case_schema

    doc = get_openapi(
        title="aiact: de AI-verordening als dienst",
        version=API_VERSION,
        openapi_version="3.1.0",
        description=DESCRIPTION,
        routes=routes,
        tags=TAGS,
        servers=[{"url": prefix, "description": "Deze dienst, versie 1"}],
    )
    # Set after FastAPI's own validation of the document, which would want email-validator.
    doc["info"]["contact"] = CONTACT
    doc["info"]["license"] = LICENSE
    generated = doc.get("components", {}).get("schemas", {})  # enumerations of parameters
    schemas: dict[str, Any] = {
        name: schema
        for name, schema in generated.items()
        if name not in ("HTTPValidationError", "ValidationError")
    }
    schemas.update(
        service_schemas(settings.limits.max_portfolio_cases, settings.limits.max_answers)
    )
    embed(schemas, "Case", _with_law_aliases(case_schema()), "Input")
    embed(schemas, "Assessment", assessment_schema(), "Output")
    _format_date_named(schemas)
    doc["components"] = {
        "schemas": dict(sorted(schemas.items())),
        "responses": _response_components(),
        "headers": _header_components(),
        # Examples live here, not in the paths: the linter's nlgov:problem-invalid-input reads
        # every member under paths whose name contains "put" or "post" as an operation
        # (training_compute_flop, put_into_service).
        "examples": {**case_examples(), **portfolio_examples(), **interview_examples()},
    }
    doc["paths"] = {path.removeprefix(prefix): item for path, item in doc["paths"].items()}
    for item in doc["paths"].values():
        for operation in item.values():
            spec = OPERATIONS[operation["operationId"]]
            parameters = operation.get("parameters", [])
            for parameter in parameters:
                _plain_parameter(parameter)
            operation["responses"] = _responses(spec, bool(parameters))
            if spec.body is not None:
                examples = (
                    portfolio_examples()
                    if spec.body == "PortfolioRequest"
                    else interview_examples()
                    if spec.body == "InterviewRequest"
                    else case_examples()
                )
                operation["requestBody"] = {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": ref(spec.body),
                            "examples": {
                                name: {"$ref": f"#/components/examples/{name}"} for name in examples
                            },
                        }
                    },
                }
    return dumps(doc)
