"""Case files: the JSON/YAML contract for applications in any language.

A case holds the organisation, the AI system (``system``) or GPAI model (``model``), the date
(``as_of``), optionally the law version and the interpretations. :func:`load_case` reads one from
a file, a string or a mapping; every problem becomes a :class:`CaseError` that names the file,
the field and what is wrong.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Self

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from aiact.api import assess, assess_model
from aiact.assessment import Assessment
from aiact.facts import AISystem, GPAIModel, Organisation
from aiact.interpretations import Interpretations
from aiact.versions import LawVersion


class CaseError(ValueError):
    """A case file that cannot be used; the message names the file, the field and the problem."""

    def __init__(
        self, message: str, *, source: str | None = None, field: str | None = None
    ) -> None:
        self.source = source
        self.field = field
        prefix = f"{source}: " if source else ""
        where = f"{field}: " if field else ""
        super().__init__(f"{prefix}{where}{message}")


class Case(BaseModel):
    """One case: who, what, when, under which law and readings."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str | None = Field(default=None, description="A name for reports.")
    description: str | None = Field(default=None, description="Free text.")
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

    @model_validator(mode="before")
    @classmethod
    def _law_aliases(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("law"), str):
            data = {**data, "law": LawVersion.parse(data["law"])}
        return data

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


def _field_path(loc: tuple[int | str, ...]) -> str:
    parts = [str(p) for p in loc if not str(p).startswith("function-")]
    return ".".join(parts) or "(case)"


def case_from_mapping(data: Any, source: str | None = None) -> Case:
    """Validate a mapping as a :class:`Case`."""
    if not isinstance(data, Mapping):
        raise CaseError(
            f"a case must be a mapping with 'organisation' and 'system' or 'model', not "
            f"{type(data).__name__}",
            source=source,
        )
    try:
        return Case.model_validate(dict(data))
    except ValidationError as error:
        first = error.errors()[0]
        field = _field_path(tuple(first["loc"]))
        message = first["msg"].removeprefix("Value error, ")
        extra = len(error.errors()) - 1
        more = f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra else ""
        raise CaseError(f"{message}{more}", source=source, field=field) from None
    except ValueError as error:
        raise CaseError(str(error), source=source) from None


def parse_case_text(text: str, source: str | None = None) -> Case:
    """Parse YAML or JSON text (JSON is YAML) into a case."""
    try:
        return case_from_mapping(json.loads(text), source)
    except (json.JSONDecodeError, RecursionError):
        pass  # not JSON: read it as YAML
    try:
        data = yaml.safe_load(text)
    except ValueError:
        # PyYAML turns an impossible date such as 2026-02-30 into a bare ValueError without a
        # field. Read the text again with every scalar as a string and let validation name it.
        data = yaml.load(text, Loader=yaml.BaseLoader)  # BaseLoader builds no objects
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise CaseError(f"not valid YAML or JSON{where}", source=source) from None
    return case_from_mapping(data, source)


def load_case(path: str | Path) -> Case:
    """Read a case file (``.yaml``, ``.yml`` or ``.json``)."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CaseError("file not found", source=str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise CaseError(
            f"cannot read the file ({error.__class__.__name__})", source=str(path)
        ) from None
    return parse_case_text(text, source=str(path))


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
