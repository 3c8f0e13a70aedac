"""Member State choices under Art. 99(8): national policy as data.

"Each Member State shall lay down rules on to what extent administrative fines may be imposed on
public authorities and bodies established in that Member State" (Art. 99(8)). The Act sets no EU
default, so the ceiling for a public body is whatever national law says, and where that law is not
known the ceiling is undetermined, with the reason.

The built-in registry holds only what the reference material supports. The Netherlands: the
Uitvoeringswet AI-verordening (UAIV) was in internet consultation from 20 April to 1 June 2026 and
had not been adopted; its use of Art. 99(8) is unknown (reference 16.1, ambiguity A17). Callers can
pass their own :class:`NationalPolicy` for scenario work ("what if Dutch public bodies can be fined
up to EUR 1 million?").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator


class PublicBodyFines(StrEnum):
    """How far a Member State lets administrative fines be imposed on its public bodies."""

    UNDETERMINED = "undetermined"
    """Not known (national law pending or not recorded): the ceiling is undetermined."""
    NO_FINES = "no_fines"
    """Public authorities and bodies cannot be fined: the ceiling is zero."""
    FIXED_AMOUNTS = "fixed_amounts"
    """Up to the EU fixed amounts (EUR 35M / 15M / 7.5M); a public body is not an undertaking, so
    the percentage of turnover does not apply (Art. 99(3)-(5): 'if the offender is an
    undertaking')."""
    CAPPED = "capped"
    """Up to ``cap_eur``, and never above the EU fixed amount of the tier."""


class NationalPolicy(BaseModel):
    """A Member State's rules under Art. 99(8) (and its status), with the sources."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    member_state: str | None = Field(
        pattern=r"^[A-Z]{2}$",
        description="ISO 3166-1 alpha-2 code; None: a scenario policy for any Member State.",
    )
    public_bodies: PublicBodyFines
    cap_eur: Decimal | None = Field(default=None, ge=0, description="For CAPPED: the cap, EUR.")
    reason: str = Field(description="Why: the national act and its status, in one or two lines.")
    implementation_act: str | None = Field(default=None, description="The national act, if any.")
    status_date: dt.date | None = Field(default=None, description="Date of the status recorded.")
    sources: tuple[str, ...] = ()
    scenario: bool = Field(default=False, description="A caller's assumption, not recorded law.")

    @model_validator(mode="after")
    def _cap(self) -> Self:
        if (self.public_bodies is PublicBodyFines.CAPPED) != (self.cap_eur is not None):
            raise ValueError("cap_eur: give a cap exactly when public_bodies is 'capped'")
        return self


NETHERLANDS = NationalPolicy(
    member_state="NL",
    public_bodies=PublicBodyFines.UNDETERMINED,
    reason="Netherlands: the Uitvoeringswet AI-verordening (UAIV) is pending (internet "
    "consultation 20 April - 1 June 2026; Raad van State advice pending; not yet before the "
    "Tweede Kamer); whether and how far Dutch public authorities and bodies can be fined under "
    "Art. 99(8) is not known (reference 16.1, A17).",
    implementation_act="Uitvoeringswet AI-verordening (draft)",
    status_date=dt.date(2026, 9, 1),
    sources=("https://www.internetconsultatie.nl/uaiv", "aiact-reference.md section 16.1"),
)

#: The recorded Member State policies, keyed by ISO code.
REGISTRY: Mapping[str, NationalPolicy] = MappingProxyType({"NL": NETHERLANDS})


def national_policy(
    member_state: str | None, override: NationalPolicy | None = None
) -> NationalPolicy | None:
    """The Art. 99(8) policy for ``member_state``: ``override`` if given, else the registry.

    ``override`` must be for the same Member State or for any (``member_state=None``); a policy
    for another Member State raises ``ValueError``. ``None``: no policy recorded.
    """
    if override is not None:
        if override.member_state not in (None, member_state):
            raise ValueError(
                f"national_policy: the policy is for {override.member_state}, but the organisation "
                f"is established in {member_state}; pass a policy for {member_state} or one with "
                "member_state=None"
            )
        return override
    if member_state is None:
        return None
    return REGISTRY.get(member_state.upper())
