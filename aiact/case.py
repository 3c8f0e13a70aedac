"""Case files: the JSON/YAML contract for applications in any language.

A case holds the organisation, the AI system (``system``) or GPAI model (``model``), the date
(``as_of``), optionally the law version and the interpretations. :func:`load_case` reads one from
a file, a string or a mapping; every problem becomes a :class:`CaseError` (an
:class:`aiact.errors.InputError`) that names the file, the field and what is wrong.

Untrusted input is bounded (:data:`aiact.safe_io.CASE_LIMITS`: file size, nesting, aliases,
string and list lengths); ``.json`` files are read as JSON, ``.yaml``/``.yml`` as YAML, text of
unknown kind as JSON first and YAML if it is not JSON.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from aiact.api import assess, assess_model
from aiact.assessment import Assessment
from aiact.errors import InputError
from aiact.facts import AISystem, GPAIModel, Organisation
from aiact.interpretations import Interpretations
from aiact.safe_io import CASE_LIMITS, Limits, decode_text, parse_document, read_limited, syntax_of
from aiact.versions import LawVersion


class CaseError(InputError):
    """A case file, case text or inventory that cannot be used: an :class:`InputError` whose
    message names the file, the field and the problem (``CaseError(message, source=...,
    field=...)``)."""


class Case(BaseModel):
    """One case: who, what, when, under which law and readings."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str | None = Field(default=None, max_length=500, description="A name for reports.")
    description: str | None = Field(default=None, max_length=10_000, description="Free text.")
    as_of: dt.date | None = Field(default=None, description="The day assessed (default: today).")
    law: LawVersion | None = Field(
        default=None, description="'original' or 'amended'; default: the version in force on as_of."
    )
    interpretations: Interpretations = Field(default_factory=Interpretations)
    organisation: Organisation = Field(default_factory=Organisation)
    system: AISystem | None = None
    model: GPAIModel | None = None
    assumptions: tuple[str, ...] = Field(
        default=(),
        description="Named assumptions that fill unknown facts (aiact.questions.assumptions); "
        "the assessment reports every fact so filled as assumed.",
    )

    @field_validator("assumptions")
    @classmethod
    def _known_assumptions(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        from aiact.questions.assumptions import check_assumptions

        return check_assumptions(value)

    @field_validator("law", mode="before")
    @classmethod
    def _law_aliases(cls, value: Any) -> Any:
        return LawVersion.parse(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _one_subject(self) -> Self:
        if (self.system is None) == (self.model is None):
            raise ValueError(
                "give exactly one of 'system' (an AI system) or 'model' (a GPAI model)"
            )
        return self

    def assess(self, engine: str = "native", as_of: dt.date | None = None) -> Assessment:
        """Assess the case (``as_of`` overrides the case's date)."""
        if self.assumptions:
            from aiact.questions.assumptions import assess_assuming

            return assess_assuming(self, engine=engine, as_of=as_of)  # type: ignore[no-any-return]
        day = as_of or self.as_of
        if self.system is not None:
            return assess(
                self.system,
                self.organisation,
                day,
                self.law,
                interpretations=self.interpretations,
                engine=engine,
            )
        assert self.model is not None
        return assess_model(
            self.model,
            self.organisation,
            day,
            self.law,
            interpretations=self.interpretations,
            engine=engine,
        )


def case_from_mapping(data: Any, source: str | None = None) -> Case:
    """Validate a mapping as a :class:`Case`; every problem is listed in the :class:`CaseError`,
    each naming its field."""
    if not isinstance(data, Mapping):
        raise CaseError(
            f"a case must be a mapping with 'organisation' and 'system' or 'model', not "
            f"{type(data).__name__}",
            source=source,
            kind="type",
        )
    try:
        return Case.model_validate(dict(data))
    except (ValidationError, InputError) as error:
        raise CaseError.wrap(error, source=source) from None
    except (ValueError, TypeError, ArithmeticError) as error:
        raise CaseError.wrap(error, source=source) from None


def parse_case_text(
    text: str,
    source: str | None = None,
    *,
    syntax: str = "auto",
    limits: Limits = CASE_LIMITS,
) -> Case:
    """Parse case text: ``syntax`` ``json``, ``yaml`` or ``auto`` (JSON first, YAML if the text
    is not JSON), bounded by ``limits``."""
    try:
        data = parse_document(
            text,
            source=source,
            limits=limits,
            syntax=syntax if syntax in ("json", "yaml") else "auto",  # type: ignore[arg-type]
        )
    except InputError as error:
        raise CaseError.wrap(error, source=source) from None
    return case_from_mapping(data, source)


def load_case(path: str | Path, *, limits: Limits = CASE_LIMITS) -> Case:
    """Read a case file (``.json`` as JSON, ``.yaml``/``.yml`` as YAML, other names as JSON or
    YAML), at most ``limits.max_bytes`` of it."""
    source = str(path)
    try:
        raw = read_limited(path, limits.max_bytes, source=source, regular_only=False)
        text = decode_text(raw, source=source)
    except InputError as error:
        raise CaseError.wrap(error, source=source) from None
    return parse_case_text(text, source=source, syntax=syntax_of(path), limits=limits)


def case_json_schema() -> dict[str, Any]:
    """The JSON Schema of a case file."""
    return Case.model_json_schema()


def dump_case(case: Case) -> str:
    """A case as stable JSON."""
    return json.dumps(
        case.model_dump(mode="json", exclude_none=True),
        indent=2,
        sort_keys=True,
        ensure_ascii=False,
    )
