"""Review round 8 (helper review8): the Art. 111(2) second sentence and the duties that name
several operators (Arts. 79(4) and 82(2)), checked against the text of Regulation (EU) 2024/1689
and of the Digital Omnibus, Regulation (EU) 2026/1744."""

from __future__ import annotations

import datetime as dt

import pytest
from timecases import NO_ROLES, assess, quoted, system

import aiact

D = dt.date


def _legacy_for_public_authorities(**roles: bool) -> aiact.AISystem:
    """An Annex III point 4(a) system intended for public authorities, placed on 1 Jan 2025 and
    not changed since, whose market surveillance authority required corrective action and
    measures (Arts. 79(4), 82(2))."""
    data = system(
        annex_iii=["4a"],
        context={"intended_for_public_authorities": True},
        placed_on_market=D(2025, 1, 1),
    ).model_dump()
    data["roles"] = {**NO_ROLES, **roles}
    if roles.get("importer"):
        data["value_chain"]["provider_established_in_eu"] = False
    data["authority_actions"] = dict.fromkeys(data["authority_actions"], True)
    return aiact.AISystem.model_validate(data)


@pytest.mark.parametrize("law", [None, "original"])
@pytest.mark.parametrize("duty", ["art79_4", "art82_2"])
def test_an_importer_that_also_deploys_a_legacy_system_has_no_2030_deadline_as_importer(
    law: str | None, duty: str
) -> None:
    """Art. 111(2): "this Regulation shall apply to operators of high-risk AI systems ... only
    if, as from that date, those systems are subject to significant changes in their designs. In
    any case, the providers and deployers of high-risk AI systems intended to be used by public
    authorities shall take the necessary steps to comply ... by 2 August 2030". Arts. 79(4) and
    82(2) bind the operator for the systems "it has made available on the Union market"
    (provider, importer, distributor), not a deployer. An organisation that imports and deploys
    an unchanged legacy system meets the second sentence only as deployer, so as importer it
    has no Art. 79(4) or 82(2) duty; its deployer duties keep 2 August 2030. Its provider does."""
    quoted(
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations laid down in this Regulation by 2 August 2030.",
        "omnibus",
    )
    quoted(
        "In any case, the providers and deployers of high-risk AI systems intended to be used by "
        "public authorities shall take the necessary steps to comply with the requirements and "
        "obligations of this Regulation by 2 August 2030."
    )
    quoted(
        "in respect of all the AI systems concerned that it has made available on the Union market"
    )
    both = assess(_legacy_for_public_authorities(importer=True, deployer=True), "2031-01-01",
                  law=law)  # fmt: skip
    assert both.obligation(duty).applies is False
    assert both.obligation("art26_1").applies_from == D(2030, 8, 2)
    provider = assess(_legacy_for_public_authorities(provider=True), "2031-01-01", law=law)
    assert provider.obligation(duty).applies is True
    assert provider.obligation(duty).deadline == D(2030, 8, 2)
