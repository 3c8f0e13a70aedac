"""Turn the input facts into the named three-valued atoms that rule conditions read.

The names are the field paths of the input models, so a condition reads like the questionnaire:
``roles.deployer``, ``prohibited.c_social_scoring``, ``annex_iii.4a``,
``org.kind.public_authority``,
``model.high_impact_capabilities``. Enumerations become one atom per member (``annex_iii.4a`` is
true if point 4(a) is listed, false if the list is known and lacks it, unknown if the list is
unknown). Interpretation switches are atoms too (``interp.*``), and so are the date comparisons
the transitional rules need (``dates.*``), computed from the dated declarations of the timeline.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from pydantic import BaseModel

from aiact.facts import (
    AISystem,
    AnnexIIIPoint,
    AnnexILegislation,
    GPAIModel,
    Organisation,
    OrganisationKind,
    SizeClass,
)
from aiact.interpretations import Interpretations
from aiact.logic import Truth

_SYSTEM_GROUPS = (
    "roles",
    "value_chain",
    "exclusions",
    "prohibited",
    "derogation",
    "transparency",
    "context",
    "conformity",
    "authority_actions",
)

#: Art. 51(2): the presumption of high-impact capabilities needs training compute "greater than
#: 10^25" floating-point operations (strictly greater).
GPAI_COMPUTE_THRESHOLD_FLOP = Decimal(10) ** 25


def _flags(model: BaseModel, prefix: str) -> dict[str, Truth]:
    """The three-valued fields of ``model`` as atoms ``<prefix><field>``."""
    return {
        prefix + name: value
        for name, value in model.__dict__.items()
        if value is None or value is True or value is False
    }


def _members(prefix: str, chosen: tuple[str, ...] | None, universe: list[str]) -> dict[str, Truth]:
    if chosen is None:
        return {f"{prefix}{member}": None for member in universe}
    picked = set(chosen)
    return {f"{prefix}{member}": member in picked for member in universe}


def system_input_names() -> frozenset[str]:
    """Every atom name that :func:`system_atoms` produces."""
    return frozenset(system_atoms(AISystem(), Organisation(), Interpretations(), None))


def model_input_names() -> frozenset[str]:
    """Every atom name that :func:`model_atoms` produces."""
    return frozenset(model_atoms(GPAIModel(), Organisation(), Interpretations()))


def organisation_atoms(org: Organisation) -> dict[str, Truth]:
    """``org.kind.<kind>`` for each kind and the organisation's flags (``org.<field>``)."""
    atoms = _members(
        "org.kind.",
        None if org.kind is None else (org.kind.value,),
        [kind.value for kind in OrganisationKind],
    )
    atoms.update(_flags(org, "org."))
    atoms.update(_size_atoms(org))
    return atoms


@lru_cache(maxsize=4096)
def _size_atoms(org: Organisation) -> dict[str, Truth]:
    """``org.size.microenterprise`` and ``org.size.sme``: the organisation's own size class under
    Recommendation 2003/361/EC (its own figures: Art. 63(1) requires that it has no partner or
    linked enterprises, ``org.part_of_group``, so the group's figures never enter)."""
    from aiact.penalties.size import UndertakingBasis, assess_size

    size = assess_size(org, UndertakingBasis.ENTITY)
    micro: Truth = None if size.size_class is None else size.size_class is SizeClass.MICRO
    return {"org.size.microenterprise": micro, "org.size.sme": size.sme}


def system_atoms(
    system: AISystem,
    org: Organisation,
    interpretations: Interpretations,
    dates: dict[str, Truth] | None,
) -> dict[str, Truth]:
    """All atoms for an AI-system assessment."""
    atoms: dict[str, Truth] = {
        "is_ai_system": system.is_ai_system,
        "is_general_purpose_ai_system": system.is_general_purpose_ai_system,
    }
    for group in _SYSTEM_GROUPS:
        atoms.update(_flags(getattr(system, group), f"{group}."))
    annex_iii = system.annex_iii
    atoms.update(
        _members(
            "annex_iii.",
            None if annex_iii.points is None else tuple(p.value for p in annex_iii.points),
            [p.value for p in AnnexIIIPoint],
        )
    )
    atoms.update(_flags(annex_iii, "annex_iii."))
    # Whether the list of Annex III points is given: a given list already holds every point that
    # another fact implies (the validator of AISystem), so the implication rules read the fact
    # only when the list is not given (issue 12, item 11). Never unknown.
    atoms["annex_iii.points_given"] = annex_iii.points is not None
    annex_i = system.annex_i
    atoms.update(
        _members(
            "annex_i.",
            None if annex_i.legislation is None else tuple(p.value for p in annex_i.legislation),
            [p.value for p in AnnexILegislation],
        )
    )
    atoms.update(_flags(annex_i, "annex_i."))
    atoms.update(organisation_atoms(org))
    atoms.update(interpretations.as_facts())
    atoms.update(dates if dates is not None else dict.fromkeys(DATE_ATOMS))
    return atoms


DATE_ATOMS: tuple[str, ...] = (
    "dates.placed_before_art111_2_cutoff_annex_iii",
    "dates.placed_before_art111_2_cutoff_annex_i",
    "dates.changed_after_art111_2_cutoff_annex_iii",
    "dates.changed_after_art111_2_cutoff_annex_i",
    "dates.placed_before_annex_x_cutoff",
    "dates.placed_before_art50_2_cutoff",
)
"""The date comparisons that the transitional rules (Art. 111) read, computed by
:func:`aiact.timeline.facts.date_atoms` from the system's dates and the dated declarations."""


def model_atoms(
    model: GPAIModel, org: Organisation, interpretations: Interpretations
) -> dict[str, Truth]:
    """All atoms for a general-purpose AI model assessment."""
    atoms = _flags(model, "model.")
    flop = model.training_compute_flop
    atoms["model.training_compute_above_threshold"] = (
        None if flop is None else flop > GPAI_COMPUTE_THRESHOLD_FLOP
    )
    atoms.update(organisation_atoms(org))
    atoms.update(interpretations.as_facts())
    atoms["dates.model_placed_before_gpai_cutoff"] = None
    return atoms


def before(day: dt.date | None, cutoff: dt.date) -> Truth:
    """Three-valued ``day < cutoff``; unknown when the day is unknown."""
    return None if day is None else day < cutoff
