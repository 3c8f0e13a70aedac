"""The Algoritmeregister import: every one of the 1,530 real entries loads without a crash and
yields an assessment or a precise per-entry reason; counts by implied category and open question.
The CSV download format (with ``publication_category``) is read from a small sample."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from reference import REFERENCE_DIR

from aiact.facts import OrganisationKind
from aiact.interop.register import (
    HIGH_RISK,
    IMPACTFUL,
    OTHER,
    RegisterEntry,
    assess_entry,
    assess_register,
    implied_category,
    organisation_type,
    read_register_csv,
    read_register_json,
    summarise,
)

EXPORT = REFERENCE_DIR / "algoritmeregister" / "algoritmes.json"
SAMPLE_CSV = Path(__file__).parent / "data" / "algoritmeregister_sample.csv"
AS_OF = dt.date(2026, 9, 1)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Gemeente Amsterdam", OrganisationKind.PUBLIC_AUTHORITY),
        ("Provincie Groningen", OrganisationKind.PUBLIC_AUTHORITY),
        ("HDSR Hoogheemraadschap De Stichtse Rijnlanden", OrganisationKind.PUBLIC_AUTHORITY),
        ("Belastingdienst", OrganisationKind.PUBLIC_AUTHORITY),
        ("Stichting Halt", OrganisationKind.BODY_GOVERNED_BY_PUBLIC_LAW),
        ("Liander N.V.", OrganisationKind.PRIVATE_ENTITY_PUBLIC_SERVICES),
        ("Iets Onbekends", None),
    ],
)
def test_organisation_type_from_name(name: str, kind: OrganisationKind | None) -> None:
    assert organisation_type(name)[1] is kind


def test_organisation_list_overrides_the_name() -> None:
    label, kind = organisation_type("Iets Onbekends", {"Iets Onbekends": "Gemeente"})
    assert (label, kind) == ("Gemeente", OrganisationKind.PUBLIC_AUTHORITY)


def test_csv_download_with_publication_category() -> None:
    entries = read_register_csv(SAMPLE_CSV)
    assert [e.publication_category for e in entries][:3] == [HIGH_RISK, OTHER, IMPACTFUL]
    results = [assess_entry(e, AS_OF) for e in entries]
    first = results[0]
    assert first.assessment is not None and first.assessment.system is not None
    assert first.assessment.system.is_ai_system is True  # declared "Hoog-risico AI-systeem"
    assert first.assessment.system.put_into_service == dt.date(2023, 4, 1)
    assert first.implied_category is None and HIGH_RISK in first.possible_categories
    # Bad rows give a precise reason, never an exception.
    assert results[3].assessment is None and "no organisation" in (results[3].reason or "")
    assert results[4].assessment is None and "Categorie C" in (results[4].reason or "")


def test_implied_category_for_a_known_high_risk_system() -> None:
    entry = RegisterEntry(id="1", name="x", organisation="Gemeente X", status="In gebruik")
    result = assess_entry(entry, AS_OF)
    assert result.assessment is not None
    assert implied_category(result.assessment) == (None, (HIGH_RISK, IMPACTFUL, OTHER))


@pytest.mark.skipif(not EXPORT.exists(), reason=f"the register export is absent ({EXPORT})")
def test_all_register_entries_load_and_assess() -> None:
    entries = read_register_json(EXPORT)
    assert len(entries) == 1530
    start = time.perf_counter()
    results = assess_register(entries, AS_OF)
    elapsed = time.perf_counter() - start
    assert len(results) == len(entries)
    for result in results:
        assert (result.assessment is None) != (result.reason is None), result.entry.id
    summary = summarise(results)
    print(
        f"\nalgoritmeregister: {summary.entries} entries, {summary.assessed} assessed, "
        f"{len(summary.reasons)} with a reason; {elapsed:.1f} s"
    )
    print("  implied category:", summary.by_implied_category)
    print("  status:", summary.by_status)
    print("  organisation type:", summary.by_organisation_type)
    print("  open questions (entries):", dict(list(summary.by_open_question.items())[:10]))
    assert summary.assessed + len(summary.reasons) == 1530
    assert "niet herkend" not in summary.by_organisation_type
