"""The entry points: :func:`assess` for an AI system and :func:`assess_model` for a GPAI model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel

from aiact.assessment import Assessment
from aiact.atoms import model_atoms, system_atoms
from aiact.date_facts import (
    guard_finding,
    guard_pre_market,
    model_date_atoms,
    settle_pre_market,
    system_date_atoms,
)
from aiact.engine import Evaluation, get_engine
from aiact.engine.compile import ruleset_for
from aiact.engine.native import NATIVE
from aiact.errors import FieldConflict, InputError
from aiact.facts import IMPLIED_ANNEX_III, AISystem, GPAIModel, Organisation, system_fact
from aiact.i18n import N_
from aiact.interpretations import (
    DEFAULT_INTERPRETATIONS,
    Art99Paragraph8PublicBodies,
    Art100Paragraph3Scope,
    Interpretations,
    ModelRepresentativePenalties,
)
from aiact.logic import Truth
from aiact.penalties import ExposureOptions
from aiact.rules.definitions import check_consistent
from aiact.ruleset import RuleSet
from aiact.versions import LawVersion, version_in_force

_M = TypeVar("_M", bound=BaseModel)


def _law(as_of: dt.date, law: LawVersion | str | None) -> tuple[LawVersion, str]:
    if law is None:
        try:
            return version_in_force(as_of), "as_of"
        except ValueError as error:
            raise InputError.wrap(error, prefix="as_of") from None
    if not isinstance(law, str | LawVersion):
        raise InputError(
            f"must be a law version name, not {type(law).__name__}", path="law", kind="type"
        )
    try:
        return LawVersion.parse(law), "explicit"
    except ValueError as error:
        raise InputError(str(error), path="law") from None


def _as_of(as_of: dt.date | str | None) -> dt.date:
    if as_of is None:
        return dt.date.today()  # the only place that reads the clock: the caller omitted the date
    if isinstance(as_of, dt.datetime):
        return as_of.date()
    if isinstance(as_of, dt.date):
        return as_of
    if not isinstance(as_of, str):
        raise InputError(
            f"must be a date or YYYY-MM-DD text, not {type(as_of).__name__}",
            path="as_of",
            kind="type",
        )
    try:
        return dt.date.fromisoformat(as_of)
    except ValueError:
        raise InputError(f"{as_of[:40]!r} is not a date (use YYYY-MM-DD)", path="as_of") from None


def _interpretations(value: Interpretations | Mapping[str, Any] | None) -> Interpretations:
    if value is None:
        return DEFAULT_INTERPRETATIONS
    if isinstance(value, Interpretations):
        return value
    try:
        return Interpretations.model_validate(value)
    except ValueError as error:  # pydantic's ValidationError is a ValueError
        raise InputError.wrap(error, prefix="interpretations") from None


def _validated(model: type[_M], value: _M | Mapping[str, Any], prefix: str) -> _M:
    """``value`` as ``model`` (an instance passes); problems as :class:`InputError` under
    ``prefix``."""
    if isinstance(value, model):
        return value
    try:
        return model.model_validate(value)
    except ValueError as error:
        raise InputError.wrap(error, prefix=prefix) from None


def assess(
    system: AISystem | Mapping[str, Any],
    organisation: Organisation | Mapping[str, Any],
    as_of: dt.date | str | None = None,
    law: LawVersion | str | None = None,
    *,
    interpretations: Interpretations | Mapping[str, Any] | None = None,
    engine: str = "native",
    exposure_options: ExposureOptions | None = None,
) -> Assessment:
    """Assess an AI system for an organisation on ``as_of`` (today if omitted).

    ``law`` names a version explicitly (a counterfactual); by default the version in force on
    ``as_of`` is used (the amended text from 27 July 2026). ``interpretations`` chooses the
    readings of the open legal questions (A1-A46). ``engine`` is ``native`` or ``durable``.
    """
    system = _validated(AISystem, system, "system")
    organisation = _organisation(organisation)
    try:
        _check_together(system, organisation)
    except ValueError as error:
        raise InputError.wrap(error, prefix="system") from None
    day = _as_of(as_of)
    try:
        # Art. 2(8): research "prior to their being placed on the market or put into service"
        guard_pre_market(system, day)
    except ValueError as error:
        raise InputError.wrap(error, prefix="system") from None
    version, chosen = _law(day, law)
    readings = _interpretations(interpretations)
    inputs = system_atoms(
        system, organisation, readings, system_date_atoms(system, version, readings)
    )
    # Art. 2(8): a placing on or before the day settles an unknown research fact as no
    settle_pre_market(inputs, system, day)
    # dates.art80_2_finding_possible: no Art. 80(2) finding can exist before Art. 80 and the
    # Annex III classification it makes apply; one given as true on such a day is refused
    # (ADR 0032, round 11).
    guard_finding(inputs, day, version, readings)
    evaluation = _evaluate(engine, ruleset_for("system", version), inputs)
    # A direct answer must not contradict its facts (issue 13), nor a given Annex III list the
    # facts of a definition that imply one of its points (issue 12, item 11).
    check_consistent(evaluation, settled_by_list(system))
    return Assessment(
        kind="system",
        organisation=organisation,
        system=system,
        model=None,
        as_of=day,
        law=version,
        law_chosen=chosen,  # type: ignore[arg-type]
        interpretations=readings,
        evaluation=evaluation,
        exposure_options=_options(exposure_options, readings),
    )


def assess_model(
    model: GPAIModel | Mapping[str, Any],
    organisation: Organisation | Mapping[str, Any],
    as_of: dt.date | str | None = None,
    law: LawVersion | str | None = None,
    *,
    interpretations: Interpretations | Mapping[str, Any] | None = None,
    engine: str = "native",
    exposure_options: ExposureOptions | None = None,
) -> Assessment:
    """Assess a general-purpose AI model for an organisation (Arts. 51-55, 111(3), 101)."""
    model = _validated(GPAIModel, model, "model")
    organisation = _organisation(organisation)
    try:
        check_model_together(model, organisation)
    except ValueError as error:
        raise InputError.wrap(error, prefix="model") from None
    day = _as_of(as_of)
    try:
        guard_pre_market(model, day)  # Art. 2(8), as for a system
    except ValueError as error:
        raise InputError.wrap(error, prefix="model") from None
    version, chosen = _law(day, law)
    readings = _interpretations(interpretations)
    inputs = model_atoms(model, organisation, readings)
    inputs.update(model_date_atoms(model, version))
    settle_pre_market(inputs, model, day)  # Art. 2(8), as for a system
    evaluation = _evaluate(engine, ruleset_for("model", version), inputs)
    check_consistent(evaluation)  # a direct answer must not contradict its facts (issue 13)
    return Assessment(
        kind="model",
        organisation=organisation,
        system=None,
        model=model,
        as_of=day,
        law=version,
        law_chosen=chosen,  # type: ignore[arg-type]
        interpretations=readings,
        evaluation=evaluation,
        exposure_options=_options(exposure_options, readings),
    )


def _evaluate(engine: str, ruleset: RuleSet, inputs: dict[str, Truth]) -> Evaluation:
    """Evaluate ``inputs`` (a fresh dictionary of this call's, handed over to the native engine
    without a copy)."""
    chosen = get_engine(engine)
    if chosen is NATIVE:
        return NATIVE.evaluate_into(ruleset, inputs)
    return chosen.evaluate(ruleset, inputs)


def settled_by_list(system: AISystem) -> dict[str, tuple[str, str]]:
    """The facts that imply an Annex III point (:data:`aiact.facts.IMPLIED_ANNEX_III`) which the
    case leaves open but whose point a given list lacks: the list settles them as false."""
    points = system.annex_iii.points
    if points is None:
        return {}
    listed = {p.value for p in points}
    out: dict[str, tuple[str, str]] = {}
    for path, point, citation in IMPLIED_ANNEX_III:
        if point not in listed and system_fact(system, path) is None:
            out[path] = (point, citation)
    return out


def _organisation(value: Organisation | Mapping[str, Any]) -> Organisation:
    return _validated(Organisation, value, "organisation")


def _establishment_source(organisation: Organisation) -> tuple[str, str]:
    """The organisation's field that decides its establishment in the Union (as
    :attr:`~aiact.facts.Organisation.established_in_union` reads them), and its value. Where the
    kind decides, the organisation is established in the Union (the only establishment a kind
    gives: ``Organisation.established_in_union``)."""
    if organisation.established_in_eu is not None:
        return "organisation.established_in_eu", str(organisation.established_in_eu).lower()
    if organisation.member_state is not None:
        return "organisation.member_state", repr(organisation.member_state)
    kind = organisation.kind.value if organisation.kind is not None else ""
    return "organisation.kind", kind


#: Roles that only an organisation located or established in the Union can have, with their
#: definition (the reason in the message, the article).
_ROLES_IN_THE_UNION: tuple[tuple[str, str, str], ...] = (
    (
        "importer",
        N_(
            "an importer is located or established in the Union ({article}), but the "
            "organisation is not, {field} ({value})"
        ),
        "Art. 3(6)",
    ),
    (
        "authorised_representative",
        N_(
            "an authorised representative is located or established in the Union ({article}), "
            "but the organisation is not, {field} ({value})"
        ),
        "Art. 3(5)",
    ),
)


def _check_provider_establishment(
    field: str, stated: bool | None, organisation: Organisation, provider: str
) -> None:
    """Where the organisation is the provider, the provider's stated establishment (``field``)
    is the organisation's own (``provider`` names how the organisation is the provider)."""
    established = organisation.established_in_union
    if established is not None and stated is not None and established != stated:
        source, value = _establishment_source(organisation)
        raise FieldConflict(
            field,
            source,
            N_(
                "the organisation is the provider{provider}, so this must equal its "
                "establishment in the Union, {source} ({value}: established in the Union)"
            )
            if source == "organisation.kind"
            else N_(
                "the organisation is the provider{provider}, so this must equal its "
                "establishment in the Union, {source} ({value})"
            ),
            absolute=True,
            values={"provider": provider, "value": value},
            names={"source": (source,)},
        )


def _check_together(system: AISystem, organisation: Organisation) -> None:
    """Contradictions between the system's facts and the organisation's (fields relative to the
    system; the organisation's named from the case)."""
    if organisation.established_in_union is None:
        return
    if system.roles.provider is True:
        _check_provider_establishment(
            "value_chain.provider_established_in_eu",
            system.value_chain.provider_established_in_eu,
            organisation,
            "",
        )
    if organisation.established_in_union is False:
        for role, template, article in _ROLES_IN_THE_UNION:
            if getattr(system.roles, role) is True:
                field, value = _establishment_source(organisation)
                raise FieldConflict(
                    f"roles.{role}",
                    field,
                    template,
                    absolute=True,
                    values={"value": value},
                    names={"field": (field,)},
                    cites={"article": article},
                )


def check_model_together(model: GPAIModel, organisation: Organisation) -> None:
    """Contradictions between the model's facts and the organisation's: where the organisation
    is the model's provider (``model.provider``, Art. 3(3)), the provider's establishment is the
    organisation's (Art. 54(1); fields relative to the model, the organisation's named from the
    case)."""
    if model.provider is True:
        _check_provider_establishment(
            "provider_established_in_eu",
            model.provider_established_in_eu,
            organisation,
            " (model.provider)",
        )


def _options(options: ExposureOptions | None, readings: Interpretations) -> ExposureOptions:
    """The exposure options: the caller's, or the defaults for the readings (A10, A37, A39,
    A43). A caller's options that do not set ``art54_representative_penalties``,
    ``art100_3_scope`` or ``art99_8_public_bodies`` take readings A37, A39 and A43 of
    ``readings`` (the options have no other way to learn them; A10 stays as given)."""
    a37 = readings.art54_representative_penalties
    a39 = readings.art100_3_scope
    a43 = readings.art99_8_public_bodies
    if options is not None:
        update: dict[str, object] = {}
        if (
            "art54_representative_penalties" not in options.model_fields_set
            and options.art54_representative_penalties is not a37
        ):
            update["art54_representative_penalties"] = a37
        if "art100_3_scope" not in options.model_fields_set and options.art100_3_scope is not a39:
            update["art100_3_scope"] = a39
        if (
            "art99_8_public_bodies" not in options.model_fields_set
            and options.art99_8_public_bodies is not a43
        ):
            update["art99_8_public_bodies"] = a43
        return options.model_copy(update=update) if update else options
    return _default_options(readings.undertaking, a37, a39, a43)


@lru_cache(maxsize=16)
def _default_options(
    undertaking: str,
    a37: ModelRepresentativePenalties,
    a39: Art100Paragraph3Scope,
    a43: Art99Paragraph8PublicBodies,
) -> ExposureOptions:
    """The default exposure options for a reading of "undertaking" (A10), of the penalties of a
    model provider's authorised representative (A37), of the scope of Art. 100(3) (A39) and of
    the public bodies of Art. 99(8) (A43) (immutable: one per reading)."""
    from aiact.penalties.size import UndertakingBasis

    return ExposureOptions(
        undertaking_basis=UndertakingBasis(undertaking),
        art54_representative_penalties=a37,
        art100_3_scope=a39,
        art99_8_public_bodies=a43,
    )
