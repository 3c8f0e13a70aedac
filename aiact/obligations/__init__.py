"""The obligation catalogue: every obligation of the Act as a declaration with its source.

``catalogue()`` returns the validated catalogue; look obligations up by id (``art26_8``) or by
citation (``Art. 26(8)``) with ``catalogue().get(...)``.
"""

from __future__ import annotations

from aiact.obligations.catalogue import Catalogue, CatalogueError, catalogue
from aiact.obligations.model import (
    ADDRESSEE_LABELS,
    MEASURE_LABELS,
    MODALITY_LABELS,
    Addressee,
    Measure,
    Milestone,
    Modality,
    Obligation,
    Prerequisite,
    Trigger,
)

__all__ = [
    "ADDRESSEE_LABELS",
    "MEASURE_LABELS",
    "MODALITY_LABELS",
    "Addressee",
    "Catalogue",
    "CatalogueError",
    "Measure",
    "Milestone",
    "Modality",
    "Obligation",
    "Prerequisite",
    "Trigger",
    "catalogue",
]
