"""The Assessment: what the Act means for one AI system (or GPAI model) and one organisation on
one day, with a reason for every conclusion.

An Assessment is immutable. Its parts are computed from one engine evaluation: scope and roles,
the classification (every category that holds and the single highest risk tier), every
obligation with its status and dates, the fine exposure, the open questions (unknown facts that
would change the result) and the derivation of any conclusion (``why``/``why_not``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, Literal

from aiact.derivation import Derivation, derive
from aiact.engine.base import Evaluation
from aiact.facts import AISystem, AnnexIIIPoint, AnnexILegislation, GPAIModel, Organisation
from aiact.interpretations import Interpretations
from aiact.logic import Truth, truth_label
from aiact.obligations.catalogue import catalogue
from aiact.obligations.model import ADDRESSEE_LABELS, MEASURE_LABELS, Addressee, Obligation
from aiact.penalties import ExposureItem, ExposureOptions, ExposureReport, compute_exposure
from aiact.refs import LegalRef, LegalRefError
from aiact.ruleset import RuleSet
from aiact.timeline.schedule import Route, Schedule
from aiact.timeline.transitional import DeadlineAnswer, Status, system_deadline
from aiact.versions import LawVersion

if TYPE_CHECKING:
    import pandas as pd

SCHEMA_VERSION = "1.0"
"""The version of the Assessment's JSON shape (``to_dict``/``to_json``)."""

Lang = Literal["en", "nl"]


class RiskTier(StrEnum):
    """The single highest risk category (the factsheet's risk pyramid)."""

    PROHIBITED = "prohibited"
    HIGH_RISK = "high_risk"
    TRANSPARENCY = "transparency"
    MINIMAL = "minimal"
    GPAI_SYSTEMIC_RISK = "gpai_systemic_risk"
    GPAI = "gpai"
    NOT_AN_AI_SYSTEM = "not_an_ai_system"
    OUT_OF_SCOPE = "out_of_scope"
    UNDETERMINED = "undetermined"


TIER_LABELS: dict[RiskTier, tuple[str, str]] = {
    RiskTier.PROHIBITED: ("prohibited AI practice", "verboden AI-praktijk"),
    RiskTier.HIGH_RISK: ("high-risk AI system", "AI-systeem met een hoog risico"),
    RiskTier.TRANSPARENCY: ("transparency obligations", "transparantieverplichtingen"),
    RiskTier.MINIMAL: ("minimal risk", "minimaal risico"),
    RiskTier.GPAI_SYSTEMIC_RISK: (
        "general-purpose AI model with systemic risk",
        "AI-model voor algemene doeleinden met een systeemrisico",
    ),
    RiskTier.GPAI: ("general-purpose AI model", "AI-model voor algemene doeleinden"),
    RiskTier.NOT_AN_AI_SYSTEM: ("not an AI system", "geen AI-systeem"),
    RiskTier.OUT_OF_SCOPE: ("outside the scope of the AI Act", "buiten het toepassingsgebied"),
    RiskTier.UNDETERMINED: ("undetermined", "onbepaald"),
}

STATUS_LABELS: dict[Status, tuple[str, str]] = {
    Status.IN_FORCE: ("applies now", "geldt nu"),
    Status.UPCOMING: ("applies from a later date", "geldt vanaf een latere datum"),
    Status.NOT_APPLICABLE: ("not applicable", "niet van toepassing"),
    Status.UNDETERMINED: ("undetermined", "onbepaald"),
}

# The categories of the classification, each the engine predicate that decides it.
SYSTEM_CATEGORIES: tuple[tuple[str, str, str, str], ...] = (
    ("ai_system", "scope.ai_system", "AI system (Art. 3(1))", "AI-systeem (artikel 3, punt 1)"),
    ("in_scope", "scope.in_scope", "within the scope (Art. 2)", "binnen het toepassingsgebied"),
    ("prohibited", "art5.any", "prohibited practice (Art. 5)", "verboden praktijk (artikel 5)"),
    ("high_risk", "hr.high_risk", "high-risk (Art. 6)", "hoog risico (artikel 6)"),
    (
        "high_risk_annex_i",
        "hr.annex_i",
        "high-risk via Annex I (Art. 6(1))",
        "hoog risico via bijlage I (artikel 6, lid 1)",
    ),
    (
        "high_risk_annex_iii",
        "hr.annex_iii",
        "high-risk via Annex III (Art. 6(2))",
        "hoog risico via bijlage III (artikel 6, lid 2)",
    ),
    ("annex_iii_listed", "hr.annex_iii_listed", "listed in Annex III", "vermeld in bijlage III"),
    (
        "derogation",
        "hr.derogation",
        "Art. 6(3) derogation: not high-risk",
        "uitzondering van artikel 6, lid 3: geen hoog risico",
    ),
    (
        "profiling_override",
        "hr.profiling_override",
        "profiling: always high-risk (Art. 6(3))",
        "profilering: altijd hoog risico (artikel 6, lid 3)",
    ),
    (
        "transparency",
        "art50.any",
        "transparency obligations (Art. 50)",
        "transparantieverplichtingen (artikel 50)",
    ),
    (
        "legacy_grace",
        "legacy.art111_2_grace",
        "legacy system (Art. 111(2))",
        "bestaand systeem (artikel 111, lid 2)",
    ),
)

MODEL_CATEGORIES: tuple[tuple[str, str, str, str], ...] = (
    (
        "gpai_model",
        "gpai.model",
        "general-purpose AI model (Art. 3(63))",
        "AI-model voor algemene doeleinden (artikel 3, punt 63)",
    ),
    (
        "systemic_risk",
        "gpai.systemic_risk",
        "systemic risk (Art. 51)",
        "systeemrisico (artikel 51)",
    ),
    (
        "open_source_exempt",
        "gpai.open_source_exempt",
        "open-source exemption (Art. 53(2))",
        "opensource-uitzondering (artikel 53, lid 2)",
    ),
    (
        "legacy_model",
        "gpai.legacy",
        "placed before 2 August 2025 (Art. 111(3))",
        "vóór 2 augustus 2025 in de handel gebracht (artikel 111, lid 3)",
    ),
)

_CATEGORY_PREDICATES: dict[str, str] = {
    key: predicate for key, predicate, _, _ in (*SYSTEM_CATEGORIES, *MODEL_CATEGORIES)
}
"""Category key (``high_risk``) -> the conclusion it reports (``hr.high_risk``)."""

_ANNEX_III_POINTS = frozenset(p.value for p in AnnexIIIPoint)
_ANNEX_I_LEGISLATION = frozenset(p.value for p in AnnexILegislation)

_PRACTICES = ("a", "b", "ba", "bb", "c", "d", "e", "f", "g", "h")


@dataclass(frozen=True)
class ObligationResult:
    """One obligation for this system: does it apply, from when, and what it may cost."""

    obligation: Obligation
    applies: Truth
    status: Status
    timing: DeadlineAnswer | None

    @property
    def id(self) -> str:
        return self.obligation.id

    @property
    def applies_from(self) -> dt.date | None:
        return None if self.timing is None else self.timing.applies_from

    @property
    def deadline(self) -> dt.date | None:
        """The 'comply by' date of a transitional rule (Art. 111), if one governs."""
        return None if self.timing is None else self.timing.deadline

    def _repr_html_(self) -> str:
        from aiact.views.html import obligation_result_html

        return obligation_result_html(self)

    def to_dict(self, lang: Lang = "en") -> dict[str, Any]:
        o = self.obligation
        timing = self.timing
        return {
            "id": o.id,
            "citation": o.source,
            "title": o.title_nl if lang == "nl" else o.title_en,
            "addressees": [a.value for a in o.addressees],
            "applies": truth_label(self.applies),
            "status": self.status.value,
            "applies_from": None if self.applies_from is None else self.applies_from.isoformat(),
            "deadline": None if self.deadline is None else self.deadline.isoformat(),
            "transitional_rule": None if timing is None else timing.grace,
            "timing_reason": None
            if timing is None
            else (timing.reason_nl if lang == "nl" else timing.reason_en),
            "undetermined_because": [] if timing is None else list(timing.undetermined_because),
            "measure": o.measure.value,
            "milestone": o.milestone.value,
            "fine_tier": o.fine.value,
            "fine_citation": o.fine_ref,
            "algoritmekader": list(o.algoritmekader),
            "prerequisites": [p.obligation for p in o.prerequisites],
            "eurlex": o.ref.eurlex_url(lang),
        }


@dataclass(frozen=True)
class OpenQuestion:
    """An unknown input fact that keeps conclusions undetermined."""

    fact: str
    affects: tuple[str, ...]
    """The undetermined conclusions (classification predicates and obligation ids) it bears on."""

    def to_dict(self) -> dict[str, Any]:
        return {"fact": self.fact, "affects": list(self.affects)}


@dataclass(frozen=True)
class Assessment:
    """The result of :func:`aiact.assess` or :func:`aiact.assess_model`."""

    kind: Literal["system", "model"]
    organisation: Organisation
    system: AISystem | None
    model: GPAIModel | None
    as_of: dt.date
    law: LawVersion
    law_chosen: Literal["as_of", "explicit"]
    interpretations: Interpretations
    evaluation: Evaluation = field(repr=False)
    exposure_options: ExposureOptions = field(default_factory=ExposureOptions, repr=False)
    assumed: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """Facts that were unknown and filled by a stated assumption (field -> value; see
    :mod:`aiact.questions.assumptions`): reported, never silent."""

    # ----------------------------------------------------------------- raw access

    def value(self, name: str) -> Truth:
        """The three-valued value of a fact or conclusion (e.g. ``hr.high_risk``)."""
        return self.evaluation.values.get(self._name(name))

    @property
    def engine(self) -> str:
        return self.evaluation.engine

    # ----------------------------------------------------------------- scope and roles

    @property
    def in_scope(self) -> Truth:
        """Does the Act apply (Art. 2, Art. 3(1))? For a model: is it a GPAI model (Art. 3(63))."""
        return self.value("scope.in_scope" if self.kind == "system" else "gpai.in_scope")

    @cached_property
    def roles(self) -> dict[str, Truth]:
        """The organisation's effective roles, after the Art. 25 role shift."""
        # The addressees of the catalogue are the roles: one list serves both.
        model_roles = (Addressee.MODEL_PROVIDER, Addressee.MODEL_AUTHORISED_REPRESENTATIVE)
        return {
            a.value: self.value(a.predicate)
            for a in Addressee
            if (a in model_roles) == (self.kind == "model")
        }

    # ----------------------------------------------------------------- classification

    @cached_property
    def categories(self) -> dict[str, Truth]:
        """Every classification category and whether it holds (true / false / unknown)."""
        table = SYSTEM_CATEGORIES if self.kind == "system" else MODEL_CATEGORIES
        return {key: self.value(predicate) for key, predicate, _, _ in table}

    @cached_property
    def prohibited_practices(self) -> dict[str, Truth]:
        """Art. 5(1) points that hold (true) or may hold (unknown) for this system."""
        if self.kind != "system":
            return {}
        out: dict[str, Truth] = {}
        for point in _PRACTICES:
            name = f"art5.{point}"
            if name in self.evaluation.ruleset.predicates and self.value(name) is not False:
                out[point] = self.value(name)
        return out

    @cached_property
    def transparency_duties(self) -> dict[str, Truth]:
        """Art. 50 duties that hold or may hold."""
        if self.kind != "system":
            return {}
        names = ("1", "2", "3", "4_deep_fake", "4_text")
        return {n: self.value(f"art50.{n}") for n in names if self.value(f"art50.{n}") is not False}

    @cached_property
    def risk_tier(self) -> RiskTier:
        """The single highest risk tier that is certain (see ``possible_tiers`` for higher ones)."""
        return self._tiers[0]

    @cached_property
    def possible_tiers(self) -> tuple[RiskTier, ...]:
        """Higher tiers that unknown facts could still lead to, highest first."""
        return self._tiers[1]

    @cached_property
    def _tiers(self) -> tuple[RiskTier, tuple[RiskTier, ...]]:
        ladder: tuple[tuple[RiskTier, Truth], ...]
        if self.kind == "model":
            if self.value("gpai.model") is False:
                return RiskTier.OUT_OF_SCOPE, ()
            if self.value("gpai.in_scope") is False:
                return RiskTier.OUT_OF_SCOPE, ()
            ladder = (
                (RiskTier.GPAI_SYSTEMIC_RISK, self.value("gpai.systemic_risk")),
                (RiskTier.GPAI, self.value("gpai.in_scope")),
            )
            if self.value("gpai.in_scope") is None:
                # Art. 2(6), 2(8), 3(63): no tier is certain while it is open whether it applies.
                return RiskTier.UNDETERMINED, tuple(t for t, v in ladder if v is not False)
            for tier, value in ladder:
                if value is True:
                    possible = tuple(
                        t for t, v in ladder[: ladder.index((tier, value))] if v is None
                    )
                    return tier, possible
            possible = tuple(t for t, v in ladder if v is None)
            return (RiskTier.UNDETERMINED if possible else RiskTier.OUT_OF_SCOPE), possible
        ai = self.value("scope.ai_system")
        if ai is False:
            return RiskTier.NOT_AN_AI_SYSTEM, ()
        if self.value("scope.in_scope") is False:
            return RiskTier.OUT_OF_SCOPE, ()
        ladder = (
            (RiskTier.PROHIBITED, self.value("art5.any")),
            (RiskTier.HIGH_RISK, self.value("hr.high_risk")),
            (RiskTier.TRANSPARENCY, self.value("art50.any")),
        )
        if self.value("scope.in_scope") is None:
            # Art. 2 and Art. 3(1): no tier is certain while it is open whether the Act applies.
            return RiskTier.UNDETERMINED, tuple(t for t, v in ladder if v is not False)
        possible_list: list[RiskTier] = []
        for tier, value in ladder:
            if value is True:
                return tier, tuple(possible_list)
            if value is None:
                possible_list.append(tier)
        return RiskTier.MINIMAL, tuple(possible_list)

    # ----------------------------------------------------------------- obligations

    @cached_property
    def route(self) -> Route | None:
        """The classification route that sets the high-risk dates (Art. 113, third para., (c))."""
        if self.kind != "system":
            return None
        if self.value("hr.annex_iii_listed") is True:
            return Route.ANNEX_III
        if self.value("hr.annex_i") is True:
            return Route.ANNEX_I
        return None

    @cached_property
    def obligation_results(self) -> tuple[ObligationResult, ...]:
        """Every obligation of the catalogue for this kind of assessment, in catalogue order."""
        results = []
        values = self.evaluation.values
        timings: dict[tuple[Schedule, bool], DeadlineAnswer] = {}
        for obligation in catalogue().for_law(self.law, self.kind):
            applies = values.get(obligation.predicate)
            if applies is False:
                results.append(_not_applicable(obligation))
                continue
            # The timing depends on the obligation only through its Art. 113 schedule (and, for
            # Art. 50(2), the Art. 111(4) generator rule): computed once per distinct pair.
            key = (obligation.schedule, obligation.id == "art50_2")
            timing = timings.get(key)
            if timing is None:
                timing = timings[key] = self._timing(*key)
            status = timing.status if applies is True else Status.UNDETERMINED
            results.append(ObligationResult(obligation, applies, status, timing))
        return tuple(results)

    def _timing(self, schedule: Schedule, art50_2_generator: bool) -> DeadlineAnswer:
        """When an obligation of ``schedule`` applies to this system or model: Art. 113, and
        Art. 111 where a transitional rule governs (``art50_2_generator``: the obligation is
        Art. 50(2), for Art. 111(4))."""
        if self.kind == "model":
            assert self.model is not None
            return system_deadline(
                schedule,
                self.law,
                None,
                self.interpretations,
                first_placed=self.model.placed_on_market,
                kind="gpai_model",
                as_of=self.as_of,
            )
        assert self.system is not None
        system = self.system
        placed = [d for d in (system.placed_on_market, system.put_into_service) if d is not None]
        return system_deadline(
            schedule,
            self.law,
            self.route,
            self.interpretations,
            first_placed=min(placed) if placed else None,
            significant_change=system.significant_change,
            intended_for_public_authorities=system.context.intended_for_public_authorities,
            used_by_public_authorities=self.value("legacy.used_by_public_authority"),
            annex_x_component=system.context.annex_x_large_scale_it_component,
            kind="ai_system",
            art50_2_generator=art50_2_generator,
            as_of=self.as_of,
        )

    @property
    def obligations(self) -> tuple[ObligationResult, ...]:
        """The obligations that apply or may apply (not the ones that do not)."""
        return tuple(r for r in self.obligation_results if r.applies is not False)

    def obligation(self, key: str) -> ObligationResult:
        """One obligation's result, by id (``art26_8``) or citation (``Art. 26(8)``)."""
        wanted = catalogue().get(key).id
        for result in self.obligation_results:
            if result.id == wanted:
                return result
        raise KeyError(f"obligation {key!r} is not part of the {self.law.value} {self.kind} rules")

    def deadlines(self) -> tuple[ObligationResult, ...]:
        """This system's upcoming obligations in date order (applies_from after ``as_of``)."""
        upcoming = [
            r
            for r in self.obligations
            if r.applies is True and r.applies_from is not None and r.applies_from > self.as_of
        ]
        return tuple(
            sorted(upcoming, key=lambda r: (r.applies_from or self.as_of, r.obligation.ref))
        )

    def to_ics(self, lang: Lang = "en", generated_on: dt.date | None = None) -> bytes:
        """This system's upcoming deadlines as an iCalendar file (RFC 5545): one all-day event per
        obligation, with its citation and a EUR-Lex link in the description. Needs ``icalendar``."""
        from aiact.timeline.calendar import CalendarEvent, to_ics

        name = (self.system.name if self.system else self.model.name if self.model else None) or (
            "AI system" if lang == "en" else "AI-systeem"
        )
        events = []
        for result in self.deadlines():
            o = result.obligation
            assert result.applies_from is not None
            title = o.title_nl if lang == "nl" else o.title_en
            reason = (
                ""
                if result.timing is None
                else (result.timing.reason_nl if lang == "nl" else result.timing.reason_en)
            )
            events.append(
                CalendarEvent(
                    date=result.applies_from,
                    summary=f"{name}: {o.ref.nl() if lang == 'nl' else o.source} {title}",
                    description=f"{title}. {reason}",
                    citations=(o.ref,),
                    lang=lang,
                    urls=(o.ref.eurlex_url(lang),),
                )
            )
        return to_ics(events, name=f"AI Act: {name}", generated_on=generated_on)

    def plan(self) -> Any:
        """The compliance plan: the applicable obligations in a valid order, grouped by milestone,
        with the critical path and what blocks what (see :mod:`aiact.graph`)."""
        from aiact.graph import plan

        return plan(self)

    def algoritmekader(self) -> Any:
        """The applicable requirements of the Dutch Algoritmekader (``urn:nl:ak:ver:aia-NN``)."""
        from aiact.interop.algoritmekader import applicable_requirements

        return applicable_requirements(self)

    # ----------------------------------------------------------------- fines

    @cached_property
    def exposure(self) -> ExposureReport:
        """The maximum fine exposure for the obligations that apply (Arts. 99-101)."""
        items = [_exposure_item(r.obligation) for r in self.obligations if r.applies is True]
        options = self.exposure_options
        if (
            self.kind == "system"
            and self.system is not None
            and options.ai_office_competent is None
        ):
            options = options.model_copy(
                update={"ai_office_competent": self.system.context.ai_office_competent}
            )
        return compute_exposure(
            self.organisation, items, as_of=self.as_of, law=self.law, options=options
        )

    # ----------------------------------------------------------------- explanations

    def _name(self, key: str) -> str:
        """The name behind ``key``: a fact or conclusion, a category key of :attr:`categories`
        (``high_risk``), or an obligation id or citation."""
        if key in self.evaluation.values or key in self.evaluation.ruleset.predicates:
            return key
        category = _CATEGORY_PREDICATES.get(key)
        if category is not None:
            return category
        try:
            return catalogue().get(key).predicate
        except KeyError:
            pass
        raise KeyError(
            f"{key!r} is neither a fact, a conclusion (e.g. 'hr.high_risk'), a category (e.g. "
            "'high_risk') nor an obligation (e.g. 'art26_8' or 'Art. 26(8)')"
        )

    def explain(self, key: str) -> Derivation:
        """The derivation of a conclusion or obligation, whatever its value."""
        return derive(self.evaluation, self._name(key))

    def why(self, key: str) -> Derivation:
        """Why ``key`` holds. Raises ``ValueError`` if it does not (use :meth:`why_not`)."""
        derivation = self.explain(key)
        if derivation.value is not True:
            raise ValueError(
                f"{key!r} does not hold (it is {truth_label(derivation.value)}); use why_not()"
            )
        return derivation

    def why_not(self, key: str) -> Derivation:
        """Why ``key`` does not hold or is undetermined. Raises ``ValueError`` if it holds."""
        derivation = self.explain(key)
        if derivation.value is True:
            raise ValueError(f"{key!r} holds; use why()")
        return derivation

    @cached_property
    def open_questions(self) -> tuple[OpenQuestion, ...]:
        """The unknown facts that keep the classification or an obligation undetermined."""
        targets: list[tuple[str, str]] = []
        table = SYSTEM_CATEGORIES if self.kind == "system" else MODEL_CATEGORIES
        for key, predicate, _, _ in table:
            targets.append((key, predicate))
        for result in self.obligation_results:
            if result.applies is None:
                targets.append((result.id, result.obligation.predicate))
        unknown = _UnknownInputs(self.evaluation)
        values = self.evaluation.values
        decode = unknown.index.decode
        affects: dict[str, list[str]] = {}
        for label, predicate in targets:
            if values.get(predicate) is not None:
                continue
            for question in decode(unknown.mask(predicate)):
                affects.setdefault(question, []).append(label)
        return tuple(OpenQuestion(fact, tuple(labels)) for fact, labels in sorted(affects.items()))

    def questions(self, goal: str = "full") -> tuple[Any, ...]:
        """The open questions as interview questions, most decisive first, each with its text,
        kind, options and a short summary of what it can decide (``aiact.questions``; computed
        on demand: it tries the answers, so it costs more than :attr:`open_questions`)."""
        from aiact.questions import open_questions

        return open_questions(self, goal)

    @property
    def interpretations_used(self) -> dict[str, str]:
        """The reading of each open legal question that this evaluation used."""
        return self.interpretations.labels()

    # ----------------------------------------------------------------- views

    def to_dict(self, lang: Lang = "en") -> dict[str, Any]:
        """A JSON-ready dictionary (stable keys; ``schema_version``; amounts as strings)."""
        tier_label = TIER_LABELS[self.risk_tier][1 if lang == "nl" else 0]
        subject: dict[str, Any] = (
            self.system.model_dump(mode="json")
            if self.system is not None
            else (self.model.model_dump(mode="json") if self.model is not None else {})
        )
        return {
            "schema_version": SCHEMA_VERSION,
            "kind": self.kind,
            "as_of": self.as_of.isoformat(),
            "law": self.law.value,
            "law_label": self.law.label_nl if lang == "nl" else self.law.label_en,
            "law_chosen": self.law_chosen,
            "engine": self.engine,
            "interpretations": self.interpretations_used,
            "organisation": self.organisation.model_dump(mode="json"),
            self.kind: subject,
            "in_scope": truth_label(self.in_scope),
            "roles": {k: truth_label(v) for k, v in self.roles.items()},
            "classification": {
                "risk_tier": self.risk_tier.value,
                "risk_tier_label": tier_label,
                "possible_higher_tiers": [t.value for t in self.possible_tiers],
                "categories": {k: truth_label(v) for k, v in self.categories.items()},
                "prohibited_practices": {
                    k: truth_label(v) for k, v in self.prohibited_practices.items()
                },
                "transparency_duties": {
                    k: truth_label(v) for k, v in self.transparency_duties.items()
                },
                "route": None if self.route is None else self.route.value,
            },
            "obligations": [r.to_dict(lang) for r in self.obligations],
            "open_questions": [q.to_dict() for q in self.open_questions],
            "exposure": self.exposure.model_dump(mode="json"),
            "assumed": {k: _json_value(v) for k, v in self.assumed.items()},
        }

    def to_json(self, lang: Lang = "en", indent: int | None = 2) -> str:
        """Stable JSON: sorted keys, ISO dates, Decimal amounts as strings."""
        return json.dumps(self.to_dict(lang), indent=indent, sort_keys=True, ensure_ascii=False)

    def to_markdown(self, lang: Lang = "en") -> str:
        """A Markdown report: classification, obligations, deadlines, fines, open questions."""
        from aiact.views.markdown import assessment_markdown

        return assessment_markdown(self, lang)

    def to_html(self, lang: Lang = "en") -> str:
        """The notebook view as an HTML fragment (tables, status colours, EUR-Lex links)."""
        from aiact.views.html import assessment_html

        return assessment_html(self, lang)

    def to_dataframe(self, lang: Lang = "en", all_obligations: bool = False) -> pd.DataFrame:
        """The obligations as a pandas DataFrame indexed by id (needs ``aiact[pandas]``)."""
        from aiact.views.frame import assessment_dataframe

        return assessment_dataframe(self, lang, all_obligations=all_obligations)

    def _repr_html_(self) -> str:
        from aiact.views.html import assessment_html

        return assessment_html(self, "en")

    def summary(self, lang: Lang = "en") -> Mapping[str, Any]:
        """The headline answers a director asks for."""
        data = self.to_dict(lang)
        return {
            "risk_tier": data["classification"]["risk_tier_label"],
            "in_scope": data["in_scope"],
            "obligations": len(self.obligations),
            "max_fine_eur": data["exposure"]["max_ceiling"],
        }


class _QuestionIndex:
    """For one rule set: each open question (an input field, see :func:`question_for`) as a bit,
    and per conclusion its rules with the conclusions and the input bits each reads, so that the
    open questions under a conclusion are a union of bit sets. Readings are left out: an
    interpretation is chosen, never unknown by accident."""

    def __init__(self, ruleset: RuleSet) -> None:
        predicates = ruleset.predicates
        bits: dict[str, int] = {}
        self.questions: list[str] = []
        self.rules: dict[
            str, tuple[tuple[str, tuple[str, ...], tuple[tuple[str, int], ...]], ...]
        ] = {}
        for predicate in ruleset.order:
            prepared = []
            for compiled in ruleset.by_predicate.get(predicate, ()):
                rule = compiled.rule
                inputs = []
                for atom in rule.reads:
                    if atom in predicates or atom.startswith("interp."):
                        continue
                    question = question_for(atom)
                    if question not in bits:
                        bits[question] = 1 << len(self.questions)
                        self.questions.append(question)
                    inputs.append((atom, bits[question]))
                conclusions = tuple(atom for atom in rule.reads if atom in predicates)
                prepared.append((rule.id, conclusions, tuple(inputs)))
            self.rules[predicate] = tuple(prepared)
        self._decoded: dict[int, tuple[str, ...]] = {}

    def decode(self, mask: int) -> tuple[str, ...]:
        """The questions of a bit set, in index order (cached: a portfolio repeats bit sets; the
        cache starts afresh beyond a bound so a long-running process does not grow)."""
        found = self._decoded.get(mask)
        if found is None:
            questions = self.questions
            found = tuple(questions[bit] for bit in range(mask.bit_length()) if mask >> bit & 1)
            if len(self._decoded) >= 16384:
                self._decoded.clear()
            self._decoded[mask] = found
        return found


def _question_index(ruleset: RuleSet) -> _QuestionIndex:
    """The question index of ``ruleset``, built once and kept with the rule set."""
    return ruleset.prepared("assessment.questions", _QuestionIndex)


class _UnknownInputs:
    """The open questions (input fields) under undetermined conclusions, memoised over one
    evaluation: the input facts of ``Derivation.unknown_facts``, grouped per field, without
    building the trees."""

    def __init__(self, evaluation: Evaluation) -> None:
        self.get = evaluation.values.get
        self.rule_value_of = evaluation.rule_values.get
        self.index = _question_index(evaluation.ruleset)
        self.memo: dict[str, int] = {}

    def mask(self, name: str) -> int:
        """The open questions behind ``name`` as a bit set over ``index.questions``: the unknown
        inputs and conclusions read by its undetermined rules, recursively."""
        found = self.memo.get(name)
        if found is not None:
            return found
        mask = 0
        get = self.get
        if get(name) is None:
            rule_value_of = self.rule_value_of
            for rule_id, conclusions, inputs in self.index.rules.get(name, ()):
                if rule_value_of(rule_id) is not None:
                    continue
                for atom, bit in inputs:
                    if get(atom) is None:
                        mask |= bit
                for atom in conclusions:
                    if get(atom) is None:
                        mask |= self.mask(atom)
        self.memo[name] = mask
        return mask


_NOT_APPLICABLE: dict[str, ObligationResult] = {}


def _not_applicable(obligation: Obligation) -> ObligationResult:
    """The result of an obligation that does not apply: the same for every assessment, so one
    immutable instance per obligation is shared."""
    result = _NOT_APPLICABLE.get(obligation.id)
    if result is None or result.obligation is not obligation:
        result = ObligationResult(obligation, False, Status.NOT_APPLICABLE, None)
        _NOT_APPLICABLE[obligation.id] = result
    return result


_EXPOSURE_ITEMS: dict[str, ExposureItem] = {}


def _exposure_item(obligation: Obligation) -> ExposureItem:
    """The obligation as a fine item (validated once per obligation, not per assessment)."""
    item = _EXPOSURE_ITEMS.get(obligation.id)
    if item is None:
        item = ExposureItem(
            obligation_id=obligation.id, tier=obligation.fine, fine_ref=obligation.fine_ref
        )
        _EXPOSURE_ITEMS[obligation.id] = item
    return item


@lru_cache(maxsize=8192)
def question_for(atom: str) -> str:
    """The input field that an atom comes from (``annex_i.toys_2009_48`` ->
    ``annex_i.legislation``), so that an open question is asked once per field, as a
    questionnaire would."""
    head, _, tail = atom.rpartition(".")
    if head == "annex_iii" and tail in _ANNEX_III_POINTS:
        return "annex_iii.points"
    if head == "annex_i" and tail in _ANNEX_I_LEGISLATION:
        return "annex_i.legislation"
    if head == "org.kind":
        return "organisation.kind"
    if atom.startswith("org."):
        return "organisation." + atom.removeprefix("org.")
    if atom.startswith("dates."):
        return "placed_on_market"
    return atom


def _json_value(value: Any) -> Any:
    """An assumed fact's value in JSON (dates ISO, lists as lists)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value if value is None or isinstance(value, bool | int | str) else str(value)


def parse_ref_or_none(text: str) -> LegalRef | None:
    try:
        return LegalRef.parse(text)
    except LegalRefError:
        return None


def addressee_label(addressee: str, lang: Lang) -> str:
    from aiact.obligations.model import Addressee

    en, nl = ADDRESSEE_LABELS[Addressee(addressee)]
    return nl if lang == "nl" else en


def measure_label(measure: str, lang: Lang) -> str:
    from aiact.obligations.model import Measure

    en, nl = MEASURE_LABELS[Measure(measure)]
    return nl if lang == "nl" else en
