"""publiccode.yml follows the core schema of the publiccode.yml standard (docs/standard/
schema.core.rst of github.com/publiccodeyml/publiccode.yml): its mandatory keys, its controlled
vocabularies and its length limits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

import aiact

ROOT = Path(__file__).resolve().parent.parent

DEVELOPMENT_STATUS = {"concept", "development", "beta", "stable", "obsolete"}
SOFTWARE_TYPE = {
    "standalone/mobile",
    "standalone/iot",
    "standalone/desktop",
    "standalone/web",
    "standalone/backend",
    "standalone/other",
    "addon",
    "library",
    "configurationFiles",
}
MAINTENANCE_TYPE = {"internal", "contract", "community", "none"}
#: docs/standard/categories-list.rst (the entries used here, and a few neighbours).
CATEGORIES = {
    "compliance-management",
    "regulations-and-directives",
    "it-development",
    "data-analytics",
    "document-management",
    "knowledge-management",
    "other",
}
#: docs/standard/scope-list.rst
SCOPES = {
    "agriculture",
    "culture",
    "defence",
    "education",
    "emergency-services",
    "employment",
    "energy",
    "environment",
    "finance-and-economic-development",
    "foreign-affairs",
    "government",
    "healthcare",
    "infrastructures",
    "justice",
    "local-authorities",
    "manufacturing",
    "research",
    "science-and-technology",
    "security",
    "society",
    "sport",
    "tourism",
    "transportation",
    "welfare",
}


def load() -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "publiccode.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_mandatory_top_level_keys() -> None:
    data = load()
    for key in (
        "publiccodeYmlVersion",
        "name",
        "url",
        "platforms",
        "developmentStatus",
        "softwareType",
        "description",
        "legal",
        "maintenance",
        "localisation",
    ):
        assert key in data, key
    assert isinstance(data["publiccodeYmlVersion"], str)
    assert data["url"].startswith("https://")
    assert data["developmentStatus"] in DEVELOPMENT_STATUS
    assert data["softwareType"] in SOFTWARE_TYPE
    assert set(data["categories"]) <= CATEGORIES
    assert set(data["intendedAudience"]["scope"]) <= SCOPES
    dt.date.fromisoformat(data["releaseDate"])
    assert data["softwareVersion"] == aiact.__version__


def test_descriptions() -> None:
    description = load()["description"]
    assert {"nl", "en"} <= set(description)
    for lang, text in description.items():
        assert len(text["shortDescription"].strip()) <= 150, lang
        assert 150 <= len(text["longDescription"].strip()) <= 10_000, lang
        assert text["features"], lang


def test_legal_maintenance_localisation() -> None:
    data = load()
    assert data["legal"]["license"] == "EUPL-1.2"
    maintenance = data["maintenance"]
    assert maintenance["type"] in MAINTENANCE_TYPE
    if maintenance["type"] in ("internal", "community"):
        assert maintenance["contacts"] and all(c["name"] for c in maintenance["contacts"])
    if maintenance["type"] == "contract":
        assert maintenance["contractors"]
    localisation = data["localisation"]
    assert isinstance(localisation["localisationReady"], bool)
    assert set(localisation["availableLanguages"]) == {"nl", "en"}
