"""Building blocks of the cases the scope tests of round 12 share (Art. 2(1), 2(3)-(12), 25):
no exclusion of Art. 2 applies, nothing is placed, put into service or used in the Union (or
only the output is used there), no change of role under Art. 25, the six roles of Art. 3(3)-(8)
and Art. 25(3). Test helpers, not fixtures of the law: each test states what it varies."""

from __future__ import annotations

ROLE_NAMES = (
    "provider",
    "deployer",
    "importer",
    "distributor",
    "authorised_representative",
    "product_manufacturer",
)
"""The roles a case states (``roles.*``)."""
NO_ROLE = dict.fromkeys(ROLE_NAMES, False)
"""Every role stated false."""
NO_EXCLUSION = {
    "exclusively_military_defence_national_security": False,
    "sole_purpose_scientific_research": False,
    "pre_market_research_testing": False,
    "personal_non_professional_use": False,
    "free_open_source_licence": False,
    "international_cooperation_law_enforcement": False,
}
"""None of the exclusions of Art. 2(3)-(12) the cases state."""
ABROAD_ONLY = {
    "placed_or_used_in_eu": False,
    "output_used_in_eu": False,
    "used_in_eu_by_organisation": False,
    **NO_EXCLUSION,
}
"""Nothing placed on the market, put into service or used in the Union, the output not used
there, the organisation not using it there itself (Art. 2(1)(a)-(c)); no exclusion."""
OUTPUT_ONLY = {**ABROAD_ONLY, "output_used_in_eu": True}
"""As :data:`ABROAD_ONLY`, but the output is used in the Union (Art. 2(1)(c))."""
NO_SHIFT = {
    "own_name_on_high_risk_system": False,
    "substantial_modification": False,
    "modified_intended_purpose": False,
    "initial_provider_of_shifted_system": False,
    "supplies_components_for_high_risk": False,
}
"""No change of role under Art. 25(1)-(4)."""
