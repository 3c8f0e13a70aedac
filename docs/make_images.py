"""Draw the compliance-plan pictures of docs/graph.md (run: python docs/make_images.py).

Two scenarios (reference section 13): a Dutch municipality deploying a high-risk Annex III
point 5(a) benefits system that profiles (Art. 6(3), third subparagraph), as of 28 November 2026;
and the provider of a high-risk Annex III point 4(a) recruitment system.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from aiact import assess
from aiact.assessment import Assessment
from aiact.facts import (
    AISystem,
    AnnexIFacts,
    AnnexIIIFacts,
    AnnexIIIPoint,
    Derogation,
    Exclusions,
    Organisation,
    OrganisationKind,
    ProhibitedPractices,
    Roles,
    Transparency,
    UseContext,
    ValueChain,
)
from aiact.graph import plan

M = TypeVar("M", bound=BaseModel)

IMG = Path(__file__).resolve().parent / "img"
AS_OF = "2026-11-28"


def known(model: type[M], **facts: Any) -> M:
    """``model`` with every yes/no fact answered: ``facts`` as given, every other flag false."""
    values: dict[str, Any] = {
        name: False for name, info in model.model_fields.items() if info.annotation == (bool | None)
    }
    values.update(facts)
    return model(**values)


def _system(
    name: str, point: AnnexIIIPoint, roles: Roles, context: UseContext, placed: dt.date | None
) -> AISystem:
    return AISystem(
        name=name,
        is_ai_system=True,
        is_general_purpose_ai_system=False,
        roles=roles,
        # a bought model or cloud service is used in the system: the provider's written
        # agreement with that third party (Art. 25(4)) is in its plan
        value_chain=known(ValueChain, provider_established_in_eu=True, third_party_supplies=True),
        exclusions=known(Exclusions, placed_or_used_in_eu=True),
        prohibited=known(ProhibitedPractices),
        annex_i=known(AnnexIFacts, legislation=()),
        annex_iii=known(AnnexIIIFacts, points=(point,)),
        derogation=known(Derogation, profiling=True),
        transparency=known(Transparency),
        context=context,
        placed_on_market=placed,
    )


def public_deployer() -> Assessment:
    """A municipality (public authority) deploying a benefits-eligibility system that profiles
    (Annex III point 5(a)), bought from an EU provider, first used in January 2028."""
    system = _system(
        "Bijstand eligibility scoring",
        AnnexIIIPoint.PUBLIC_BENEFITS_ELIGIBILITY,
        known(Roles, deployer=True),
        known(
            UseContext,
            intended_for_public_authorities=True,
            used_by_public_authorities=True,
            decisions_on_natural_persons=True,
            on_behalf_of_public_authority=True,
            deployer_controls_input_data=True,
            workplace_use=False,
        ),
        dt.date(2028, 1, 10),
    )
    organisation = Organisation(
        name="Gemeente Voorbeeld",
        kind=OrganisationKind.PUBLIC_AUTHORITY,
        member_state="NL",
        established_in_eu=True,
        is_employer=True,
        law_enforcement_authority=False,
    )
    return assess(system, organisation, as_of=AS_OF)


def provider() -> Assessment:
    """An EU company providing a CV-screening system (Annex III point 4(a)) to private
    employers, to be placed on the market in March 2028."""
    system = _system(
        "CV screening",
        AnnexIIIPoint.EMPLOYMENT_RECRUITMENT,
        known(Roles, provider=True),
        known(UseContext, decisions_on_natural_persons=True),
        dt.date(2028, 3, 1),
    )
    organisation = Organisation(
        name="HireWell BV",
        kind=OrganisationKind.PRIVATE_UNDERTAKING,
        member_state="NL",
        established_in_eu=True,
        is_employer=True,
    )
    return assess(system, organisation, as_of=AS_OF)


def main(out: Path = IMG) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, assessment in (("public-deployer", public_deployer()), ("provider", provider())):
        compliance = plan(assessment)
        path = out / f"plan-{name}.png"
        compliance.save(str(path))
        written.append(path)
        # What the picture shows, as text: tests/test_plan_boxes.py compares it with the plan
        # drawn now, so a picture left from an older law or code fails a test, not a reader.
        shown = out / f"plan-{name}.json"
        shown.write_text(compliance.to_json() + "\n", encoding="utf-8")
        written.append(shown)
        timeline = out / f"timeline-{name}.png"
        compliance.timeline().savefig(str(timeline), bbox_inches="tight")
        written.append(timeline)
    return written


if __name__ == "__main__":
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else IMG):
        print(path)
