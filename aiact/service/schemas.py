"""JSON Schemas of the service's own documents (the case and the Assessment have theirs in
:mod:`aiact.schemas`). Each is checked against real output by the tests, and the OpenAPI document
publishes them under ``components/schemas``; references point there (``#/components/schemas/X``).
"""

from __future__ import annotations

from typing import Any

from aiact.errors import KINDS

REF = "#/components/schemas/"

_DATE = {"type": "string", "format": "date"}
_DATE_OR_NULL = {"anyOf": [_DATE, {"type": "null"}]}
_STR_OR_NULL = {"type": ["string", "null"]}
_DUE_KIND = {
    "type": ["string", "null"],
    "enum": ["applies_from", "deadline", None],
    "description": "Wat de datum is: de dag vanaf wanneer een verplichting geldt (applies_from) "
    "of een dag waarop uiterlijk voldaan moet zijn (deadline).",
}
_TRUTH = {"type": "string", "enum": ["true", "false", "unknown"]}
_STRINGS = {"type": "array", "items": {"type": "string"}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": REF + name}


def _object(properties: dict[str, Any], *, description: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "required": list(properties),
        "properties": properties,
    }
    if description:
        out["description"] = description
    return out


def problem() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "Een foutmelding volgens RFC 9457 (problem details).",
        "required": ["type", "title", "status", "detail"],
        "properties": {
            "type": {
                "type": "string",
                "description": "Het soort fout: een URI naar de uitleg, of about:blank.",
            },
            "title": {"type": "string", "description": "Korte omschrijving van het soort fout."},
            "status": {
                "type": "integer",
                "minimum": 400,
                "maximum": 599,
                "description": "De HTTP-statuscode.",
            },
            "detail": {"type": "string", "description": "Wat er aan dit verzoek mis is."},
            "instance": {"type": "string", "description": "Het pad van het verzoek."},
            "invalidParams": {
                "type": "array",
                "description": "Elk ongeldig veld of elke ongeldige queryparameter, alle tegelijk.",
                "items": ref("InvalidParam"),
            },
        },
    }


def invalid_param() -> dict[str, Any]:
    return _object(
        {
            "name": {
                "type": "string",
                "description": "Het veld (met punten, zoals in het casusbestand: "
                "system.roles.deployer, cases[3].organisation.kind) of de queryparameter.",
            },
            "code": {
                "type": "string",
                "description": "Machineleesbare code, dezelfde als het soort fout van de "
                "bibliotheek (aiact.InputError): " + ", ".join(KINDS) + ".",
            },
            "reason": {"type": "string", "description": "Wat er mis is."},
        },
        description="Een ongeldig veld of een ongeldige queryparameter.",
    )


def health() -> dict[str, Any]:
    return _object(
        {
            "status": {"type": "string", "enum": ["ok"]},
            "api_version": {"type": "string", "description": "De versie van deze API (semver)."},
            "aiact_version": {
                "type": "string",
                "description": "De versie van de bibliotheek aiact die de regels bevat.",
            },
        },
        description="De service werkt.",
    )


def law_version() -> dict[str, Any]:
    return _object(
        {
            "id": {"type": "string", "enum": ["original", "amended"]},
            "value": {"type": "string", "description": "Zoals in de beoordeling (law)."},
            "label": {"type": "string"},
            "in_force_from": _DATE,
        },
        description="Een versie van de AI-verordening.",
    )


def milestone() -> dict[str, Any]:
    return _object(
        {
            "date": _DATE,
            "key": {"type": "string"},
            "what": {"type": "string"},
            "citations": _STRINGS,
            "versions": _STRINGS,
        },
        description="Een belangrijke datum van de AI-verordening en wat er dan begint.",
    )


def obligation() -> dict[str, Any]:
    return _object(
        {
            "id": {"type": "string"},
            "citation": {"type": "string"},
            "title": {"type": "string"},
            "summary": {"type": "string"},
            "kind": {"type": "string", "enum": ["system", "model"]},
            "addressees": _STRINGS,
            "addressee_labels": _STRINGS,
            "measure": {"type": "string"},
            "measure_label": {"type": "string"},
            "milestone": {"type": "string"},
            "risk": {"type": "string"},
            "fine_tier": {"type": "string"},
            "fine_label": {"type": "string"},
            "fine_citation": _STR_OR_NULL,
            "versions": _STRINGS,
            "algoritmekader": _STRINGS,
            "prerequisites": _STRINGS,
            "interpretation": _STR_OR_NULL,
            "eurlex": {"type": "string"},
        },
        description="Een verplichting uit de catalogus, met haar bron in de AI-verordening.",
    )


def derivation() -> dict[str, Any]:
    premise = {
        "anyOf": [
            ref("Derivation"),
            _object({"name": {"type": "string"}, "value": _TRUTH, "decisive": {"type": "boolean"}}),
        ]
    }
    rule = _object(
        {
            "rule": {"type": "string"},
            "source": {"type": "string"},
            "title": {"type": "string"},
            "value": _TRUTH,
            "interpretation": _STR_OR_NULL,
            "because": _STRINGS,
            "premises": {"type": "array", "items": premise},
        }
    )
    return {
        "description": "De afleiding van een conclusie: de regels, hun bron en hun premissen, "
        "tot en met de ingevoerde feiten.",
        "anyOf": [
            _object({"fact": {"type": "string"}, "value": _TRUTH}),
            _object(
                {
                    "conclusion": {"type": "string"},
                    "value": _TRUTH,
                    "rules": {"type": "array", "items": rule},
                }
            ),
        ],
    }


def compliance_plan() -> dict[str, Any]:
    blocker = _object(
        {
            "prerequisite": {"type": "string"},
            "reason": {"type": "string"},
            "citation": {"type": "string"},
            "anchor": {"type": "string"},
        }
    )
    step = _object(
        {
            "position": {"type": "integer"},
            "id": {"type": "string"},
            "citation": {"type": "string"},
            "title": {"type": "string"},
            "applies": _TRUTH,
            "status": {"type": "string"},
            "applies_from": _DATE_OR_NULL,
            "deadline": _DATE_OR_NULL,
            "due": _DATE_OR_NULL,
            "milestone": {"type": "string"},
            "band": {"type": "string"},
            "prerequisites": _STRINGS,
            "blocked_by": {"type": "array", "items": blocker},
            "eurlex": {"type": "string"},
        }
    )
    # A limitation (Art. 26(5), 72(2): "This obligation shall not cover ...") is listed as a
    # step is, with the id of the duty it narrows (ADR 0051).
    limitation = _object({**step["properties"], "limits": {"type": "string"}})
    external = _object(
        {
            "id": {"type": "string"},
            "citation": {"type": "string"},
            "title": {"type": "string"},
            "addressees": _STRINGS,
            "required_by": _STRINGS,
            "dependency_citations": _STRINGS,
            "anchors": _STRINGS,
        }
    )
    return _object(
        {
            "kind": {"type": "string", "enum": ["system", "model"]},
            "as_of": _DATE,
            "law": {"type": "string"},
            "organisation": _STR_OR_NULL,
            "roles": _STRINGS,
            "steps": {"type": "array", "items": step},
            "undetermined": {"type": "array", "items": step},
            "external": {"type": "array", "items": external},
            "by_milestone": {"type": "object", "additionalProperties": _STRINGS},
            "next_deadline": _DATE_OR_NULL,
            "next_deadline_kind": _DUE_KIND,
            "critical_path": _STRINGS,
            "permissions": {"type": "array", "items": step},
            "limitations": {"type": "array", "items": limitation},
        },
        description="Het nalevingsplan: de verplichtingen in de volgorde die de wet vraagt.",
    )


def portfolio_request(max_cases: int) -> dict[str, Any]:
    defaults = {
        "type": "object",
        "additionalProperties": False,
        "description": "Waarden voor elke casus die ze zelf niet geeft.",
        "properties": {
            "organisation": {"type": "object"},
            "as_of": _DATE,
            "law": {"type": "string"},
            "interpretations": {"type": "object"},
        },
    }
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["cases"],
        "description": "Een inventaris: de casussen (zoals in een casusbestand) en wat ze delen.",
        "properties": {
            # Free-form labels of the inventory, not read by the assessment; null is "none".
            "name": {"type": ["string", "null"]},
            "description": {"type": ["string", "null"]},
            "cases": {"type": "array", "maxItems": max_cases, "items": ref("Case")},
            "defaults": defaults,
        },
    }


def portfolio_result() -> dict[str, Any]:
    row = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "risk_tier": _STR_OR_NULL,
            "next_deadline": _DATE_OR_NULL,
            "next_deadline_kind": _DUE_KIND,
            "max_fine_eur": _STR_OR_NULL,
        },
    }
    deadline = {
        "type": "object",
        # kind_of_date (applies_from or deadline) is left out of the properties: the linter
        # reads any name with '_date' as a date field (nlgov:specify-format-for-date-and-time).
        "description": "Een datum van een verplichting van een casus; kind_of_date zegt of het "
        "de dag is vanaf wanneer zij geldt (applies_from) of een uiterste termijn (deadline).",
        "required": ["date", "name", "obligation", "citation", "title"],
        "properties": {
            "date": _DATE,
            "name": {"type": "string"},
            "obligation": {"type": "string"},
            "citation": {"type": "string"},
            "title": {"type": "string"},
        },
    }
    return {
        "type": "object",
        "required": ["systems", "tiers", "exposure", "summary", "deadlines", "errors"],
        "description": "Het overzicht van een inventaris: een rij per casus, de risicoklassen, "
        "de boeteblootstelling en alle termijnen.",
        "properties": {
            "systems": {"type": "integer"},
            "tiers": {"type": "object", "additionalProperties": {"type": "integer"}},
            "exposure": {"type": "object"},
            "summary": {"type": "array", "items": row},
            "deadlines": {"type": "array", "items": deadline},
            "errors": {"type": "array", "items": {"type": "object"}},
        },
    }


_ANSWER = {
    "description": "Een optie-id, een lijst optie-id's, {chosen: [...], unsure: [...]} (bij "
    "twijfel over sommige opties), een datum (JJJJ-MM-DD), een bedrag, of null: weet ik niet.",
    "anyOf": [
        {"type": "string"},
        {"type": "number"},
        _STRINGS,
        {
            "type": "object",
            "additionalProperties": False,
            "properties": {"chosen": _STRINGS, "unsure": _STRINGS},
        },
        {"type": "null"},
    ],
}


def interview_request(max_answers: int) -> dict[str, Any]:
    answer = {
        "type": "object",
        "additionalProperties": False,
        "required": ["question", "answer"],
        "properties": {"question": {"type": "string"}, "answer": _ANSWER},
    }
    return {
        "type": "object",
        "additionalProperties": False,
        "description": "De stand van een vragenlijst: het doel, de dag, de feiten die al bekend "
        "zijn en de antwoorden tot nu toe, in volgorde.",
        "properties": {
            "goal": {
                "type": "string",
                "enum": ["tier", "obligations", "full"],
                "description": "Wat de vragenlijst moet bepalen: de risicoklasse (tier), de "
                "verplichtingen (obligations) of alles (full, standaard).",
            },
            "as_of": _DATE,
            "name": {
                "type": "string",
                "maxLength": 500,
                "description": "De naam van het AI-systeem of AI-model, voor de casus.",
            },
            "case": ref("Case"),
            "answers": {
                "type": "array",
                "maxItems": max_answers,
                "items": answer,
                "description": "De antwoorden tot nu toe, in volgorde. De eerste vraag (subject) "
                "neemt ai_system, unknown_system (nog niet bekend of het een AI-systeem is: de "
                "vraag ai_system geldt als beantwoord met 'weet ik niet' en de delen van de "
                "definitie volgen), not_ai_system of model; het oude antwoord system wordt nog "
                "gelezen (daarna volgt de vraag ai_system).",
            },
        },
    }


def question() -> dict[str, Any]:
    option = _object(
        {"id": {"type": "string"}, "text": {"type": "string"}, "help": {"type": "string"}}
    )
    definition = _object({"term": {"type": "string"}, "cite": {"type": "string"}})
    return _object(
        {
            "id": {"type": "string"},
            "kind": {
                "type": "string",
                "enum": ["yes_no", "one_of", "several_of", "date", "amount"],
                "description": "Het soort antwoord: ja/nee, een van, een of meer van, een datum "
                "of een bedrag.",
            },
            "text": {"type": "string"},
            "help": {"type": "string"},
            "options": {"type": "array", "items": option},
            "unit": _STR_OR_NULL,
            "definitions": {"type": "array", "items": definition},
            "cites": _STRINGS,
        },
        description="Een vraag van de vragenlijst (weet ik niet is altijd een antwoord).",
    )


def interview_state() -> dict[str, Any]:
    answered = _object(
        {
            "question": {"type": "string"},
            "answer": _ANSWER,
            "question_text": {"type": "string"},
            "answer_text": {"type": "string"},
        }
    )
    tier = _object({"risk_tier": {"type": "string"}, "label": {"type": "string"}})
    return _object(
        {
            "goal": {"type": "string", "enum": ["tier", "obligations", "full"]},
            "as_of": _DATE,
            "kind": {"type": ["string", "null"], "enum": ["system", "model", None]},
            "done": {"type": "boolean"},
            "determined": {"type": "boolean"},
            "question": {"anyOf": [ref("Question"), {"type": "null"}]},
            "answers": {"type": "array", "items": answered},
            "tier": {"anyOf": [tier, {"type": "null"}]},
            "case": {"type": ["object", "null"]},
        },
        description="De stand van de vragenlijst: de volgende vraag (null als zij klaar is), "
        "de antwoorden, de risicoklasse op de dag en de casus van de gegeven feiten.",
    )


def service_schemas(max_cases: int, max_answers: int = 200) -> dict[str, dict[str, Any]]:
    """The service's own component schemas, by name."""
    return {
        "Problem": problem(),
        "InvalidParam": invalid_param(),
        "Health": health(),
        "ActVersion": law_version(),
        "Milestone": milestone(),
        "Obligation": obligation(),
        "Derivation": derivation(),
        "CompliancePlan": compliance_plan(),
        "PortfolioRequest": portfolio_request(max_cases),
        "PortfolioResult": portfolio_result(),
        "InterviewRequest": interview_request(max_answers),
        "InterviewState": interview_state(),
        "Question": question(),
    }
