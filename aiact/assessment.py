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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache
from itertools import compress, repeat
from operator import is_not
from typing import TYPE_CHECKING, Any, Literal

from aiact.atoms import LIST_FIELDS
from aiact.date_facts import model_input_dates, question_of, system_input_dates
from aiact.derivation import Derivation, derive
from aiact.engine.base import Evaluation
from aiact.engine.dates import DateDerivation, DateEvaluation, DateResult, spec_facts
from aiact.engine.native import _program as native_program
from aiact.engine.native import result_tuples
from aiact.facts import AISystem, AnnexIIIPoint, AnnexILegislation, GPAIModel, Organisation
from aiact.i18n import N_, after_colon, check_lang, pairs, t
from aiact.interpretations import Interpretations
from aiact.logic import Truth, truth_label
from aiact.obligations.catalogue import catalogue
from aiact.obligations.model import (
    ADDRESSEE_LABELS,
    MEASURE_LABELS,
    Addressee,
    Obligation,
    Trigger,
)
from aiact.penalties import (
    ExposureItem,
    ExposureOptions,
    ExposureProfile,
    ExposureReport,
    compute_exposure,
    exposure_point,
    fine_change_dates,
    organisation_reads,
)
from aiact.refs import LegalRef, LegalRefError
from aiact.rules.conformity import NotifiedBodyAnswer, notified_body_answer
from aiact.rules.timing import TIER_DATE_RULES, TimingGroup, timing_group
from aiact.ruleset import RuleSet
from aiact.timeline.dates import DateKey
from aiact.timeline.schedule import Route
from aiact.timeline.transitional import DeadlineAnswer, Status
from aiact.versions import LawVersion

if TYPE_CHECKING:
    import pandas as pd

    from aiact.graph.plan import CompliancePlan

SCHEMA_VERSION = "2.2"
"""The version of the Assessment's JSON shape (``to_dict``/``to_json``). 1.1: the tier on the
date and the classification apart from it, the dated tier changes, the exposure on the date
and the exposure profile, the possible dates of an obligation. 2.0: ``open_questions`` lists
questions of the catalogue (id, text, kind, options, facts, a short ``affects``) instead of one
entry per fact. 2.1: ``due`` per obligation. 2.2: ``not_binding``, the obligations whose
conditions hold (``applies`` "true") or are not yet determined ("unknown") but whose date is
"never" (Art. 111(2)), no longer in ``obligations`` (never24; never25 for the undetermined
conditions, still unreleased 2.2)."""

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


TIER_LABELS: dict[RiskTier, tuple[str, str]] = pairs(
    {
        RiskTier.PROHIBITED: N_("prohibited AI practice"),
        RiskTier.HIGH_RISK: N_("high-risk AI system"),
        RiskTier.TRANSPARENCY: N_("transparency obligations"),
        RiskTier.MINIMAL: N_("minimal risk"),
        RiskTier.GPAI_SYSTEMIC_RISK: N_("general-purpose AI model with systemic risk"),
        RiskTier.GPAI: N_("general-purpose AI model"),
        RiskTier.NOT_AN_AI_SYSTEM: N_("not an AI system"),
        RiskTier.OUT_OF_SCOPE: N_("outside the scope of the AI Act"),
        RiskTier.UNDETERMINED: N_("undetermined"),
    }
)

STATUS_LABELS: dict[Status, tuple[str, str]] = pairs(
    {
        Status.IN_FORCE: N_("applies now"),
        Status.UPCOMING: N_("applies from a later date"),
        Status.NOT_APPLICABLE: N_("not applicable"),
        Status.UNDETERMINED: N_("undetermined"),
    }
)


def _category(key: str, predicate: str, label: str) -> tuple[str, str, str, str]:
    """(key, predicate, English label, Dutch label from the catalogue)."""
    return key, predicate, label, t(label, "nl")


_ROUTE_OF: dict[DateKey, Route] = {
    DateKey.HIGH_RISK_ANNEX_III: Route.ANNEX_III,
    DateKey.HIGH_RISK_ANNEX_I: Route.ANNEX_I,
}
"""The route whose date a case of ``tier.high_risk`` gives (Art. 113, third paragraph, (c))."""

_TIER_PREDICATES: dict[str, str] = {
    "prohibited": "art5.any",
    "high_risk": "hr.high_risk",
    "transparency": "art50.any",
    "gpai_systemic_risk": "gpai.systemic_risk",
    "gpai": "gpai.in_scope",
}
"""The conclusion that classifies a system (or model) in each tier, apart from the date; its
date rule is ``TIER_DATE_RULES`` (:mod:`aiact.rules.timing`)."""


@dataclass(frozen=True)
class TierChange:
    """A dated change of the tier ahead of ``as_of``: from ``date`` the tier on the date is
    ``tier`` (``possible_tiers``: higher tiers that unknown facts could still lead to), because
    the provisions of ``citations`` apply from then."""

    date: dt.date
    tier: RiskTier
    possible_tiers: tuple[RiskTier, ...]
    previous_tier: RiskTier
    citations: tuple[LegalRef, ...]

    def text(self, lang: Lang = "en") -> str:
        """``prohibited AI practice from 2026-12-02 (Art. 113, third paragraph, point (a))``."""
        nl = lang == "nl"
        label = TIER_LABELS[self.tier][1 if nl else 0]
        cites = "; ".join(c.nl(inline=True) if nl else str(c) for c in self.citations)
        when = f"{'vanaf' if nl else 'from'} {self.date.isoformat()}"
        if cites:
            when += f" ({cites})"
        maybe = ", ".join(TIER_LABELS[t][1 if nl else 0] for t in self.possible_tiers)
        if self.tier is RiskTier.UNDETERMINED:
            return f"{when}: {'mogelijk' if nl else 'possibly'} {maybe}"
        out = f"{label} {when}"
        if maybe:
            out += f"; {'mogelijk' if nl else 'possibly'} {maybe}"
        return out

    @property
    def text_en(self) -> str:
        return self.text("en")

    @property
    def text_nl(self) -> str:
        return self.text("nl")

    def to_dict(self, lang: Lang = "en") -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "tier": self.tier.value,
            "tier_label": TIER_LABELS[self.tier][1 if lang == "nl" else 0],
            "possible_higher_tiers": [t.value for t in self.possible_tiers],
            "previous_tier": self.previous_tier.value,
            "citations": [c.nl() if lang == "nl" else str(c) for c in self.citations],
            "text": self.text(lang),
        }


# The categories of the classification, each the engine predicate that decides it.
SYSTEM_CATEGORIES: tuple[tuple[str, str, str, str], ...] = (
    _category("ai_system", "scope.ai_system", N_("AI system (Art. 3(1))")),
    _category("in_scope", "scope.org_in_scope", N_("within the scope (Art. 2)")),
    _category("prohibited", "art5.any", N_("prohibited practice (Art. 5)")),
    _category("high_risk", "hr.high_risk", N_("high-risk (Art. 6)")),
    _category("high_risk_annex_i", "hr.annex_i", N_("high-risk via Annex I (Art. 6(1))")),
    _category("high_risk_annex_iii", "hr.annex_iii", N_("high-risk via Annex III (Art. 6(2))")),
    _category("annex_iii_listed", "hr.annex_iii_listed", N_("listed in Annex III")),
    _category("derogation", "hr.derogation", N_("Art. 6(3) derogation: not high-risk")),
    _category(
        "derogation_set_aside",
        "hr.derogation_set_aside",
        N_("Art. 6(3) derogation set aside by an Art. 80(2) finding"),
    ),
    _category(
        "profiling_override", "hr.profiling_override", N_("profiling: always high-risk (Art. 6(3))")
    ),
    _category("transparency", "art50.any", N_("transparency obligations (Art. 50)")),
    # legacy.art111_2_grace: placed before the cut-off AND not changed on or after it; a row
    # named "legacy system" said "no" of a changed legacy system (review69 D7)
    _category(
        "legacy_grace",
        "legacy.art111_2_grace",
        N_("legacy system with no significant change on or after the Art. 111(2) cut-off"),
    ),
)

MODEL_CATEGORIES: tuple[tuple[str, str, str, str], ...] = (
    _category("gpai_model", "gpai.model", N_("general-purpose AI model (Art. 3(63))")),
    _category("systemic_risk", "gpai.systemic_risk", N_("systemic risk (Art. 51)")),
    _category(
        "open_source_exempt", "gpai.open_source_exempt", N_("open-source exemption (Art. 53(2))")
    ),
    _category("legacy_model", "gpai.legacy", N_("placed before 2 August 2025 (Art. 111(3))")),
)

_CATEGORY_PREDICATES: dict[str, str] = {
    key: predicate for key, predicate, _, _ in (*SYSTEM_CATEGORIES, *MODEL_CATEGORIES)
}
"""Category key (``high_risk``) -> the conclusion it reports (``hr.high_risk``)."""

_KEY_NAMES: dict[str, str] = {}
"""Category keys, obligation ids and citations already resolved to their conclusion by
``Assessment._name`` (after the names of the evaluation and the rule set, which come first):
a pure function of the key, kept so that explaining an obligation by id does not go through
the catalogue's look-up each time."""

_KEY_NAMES_BOUND = 1024
"""Bound on :data:`_KEY_NAMES` (keys may be any citation text; beyond it the memo starts
afresh)."""

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
    def never_binds(self) -> bool:
        """Whether the obligation's conditions hold or may hold (``applies`` True or None) but its
        date rule says it never binds this system on the facts given (status ``not_applicable``,
        the date "never" in every completion of the unknown facts): the transitional provisions
        keep the Regulation from it. Art. 111(2), first sentence: "this Regulation shall apply to
        operators of high-risk AI systems ... placed on the market or put into service before
        [the cut-off] only if, as from that date, those systems are subject to significant
        changes in their designs"; its second sentence ("In any case, the providers and deployers
        of high-risk AI systems intended to be used by public authorities ... by 2 August 2030")
        does not reach it. Such an obligation is not one that applies, nor one that may apply:
        no answer to its open conditions brings it in (a "yes" leaves its date "never"). It is
        left out of :attr:`Assessment.obligations` and listed in :attr:`Assessment.not_binding`
        (never24; those whose conditions are unknown since never25, review81 D1). ``applies``
        keeps its meaning (whether the conditions of the article hold: True, or None while
        unknown facts decide them)."""
        return self.applies is not False and self.status is Status.NOT_APPLICABLE

    @property
    def may_bind(self) -> bool:
        """Whether the obligation applies or may apply and its date is not "never": one of
        :attr:`Assessment.obligations` (not :attr:`never_binds`)."""
        return self.applies is not False and not self.never_binds

    @property
    def applies_from(self) -> dt.date | None:
        return None if self.timing is None else self.timing.applies_from

    @property
    def deadline(self) -> dt.date | None:
        """The 'comply by' date of a transitional rule (Art. 111), if one governs: the latest
        date (review27). An earlier ``applies_from`` comes first: see :attr:`due`."""
        return None if self.timing is None else self.timing.deadline

    @property
    def due(self) -> dt.date | None:
        """The date by which the obligation must be met: the earlier of ``applies_from`` and
        ``deadline``, whichever is known (:func:`aiact.timeline.transitional.due_date`, the rule
        of ``PlanStep.due``). A legacy system intended for public authorities and significantly
        changed before 2 August 2030 is due on the change (Art. 111(2), first sentence), not on
        the deadline (review51)."""
        return None if self.timing is None else self.timing.due

    @property
    def comply_by(self) -> dt.date | None:
        """What the views show under "Comply by": :attr:`due` where an Art. 111 deadline
        governs, else None (:func:`aiact.timeline.transitional.comply_by`)."""
        return None if self.timing is None else self.timing.comply_by

    def _repr_html_(self) -> str:
        from aiact.views.display import display_language
        from aiact.views.html import obligation_result_html

        return obligation_result_html(self, display_language())

    def to_dict(self, lang: Lang = "en") -> dict[str, Any]:
        lang = check_lang(lang)
        return self._record(lang, None)

    def _record(
        self, lang: Lang, timings: dict[int, tuple[DeadlineAnswer, _TimingRecord]] | None
    ) -> dict[str, Any]:
        """The record of :meth:`to_dict`; ``timings`` memoises the timing part over one
        assessment (obligations of one timing group share their :class:`DeadlineAnswer`)."""
        s = _obligation_static(self.obligation, lang)
        timing = self.timing
        if timing is None:
            when: _TimingRecord = _NO_TIMING
        elif timings is None:
            when = _timing_record(timing, lang)
        else:
            found = timings.get(id(timing))
            if found is None or found[0] is not timing:
                found = timings[id(timing)] = (timing, _timing_record(timing, lang))
            when = found[1]
        applies = self.applies
        return {
            "id": s[0],
            "citation": s[1],
            "title": s[2],
            "addressees": list(s[3]),
            "applies": "unknown" if applies is None else ("true" if applies else "false"),
            "status": self.status.value,
            "applies_from": when[0],
            "deadline": when[1],
            "due": when[7],
            "transitional_rule": when[2],
            "timing_reason": when[3],
            "undetermined_because": list(when[4]),
            "possible_applies_from": list(when[5]),
            "timing_group": when[6],
            "measure": s[4],
            "milestone": s[5],
            "fine_tier": s[6],
            "fine_citation": s[7],
            "algoritmekader": list(s[8]),
            "prerequisites": list(s[9]),
            "eurlex": s[10],
            "trigger": s[11],
            "modality": s[12],
            "limits": s[13],
        }


_ObligationStatic = tuple[
    str, str, str, tuple[str, ...], str, str, str, str | None, tuple[str, ...], tuple[str, ...],
    str, str, str, str | None,
]  # fmt: skip
_TimingRecord = tuple[
    str | None,
    str | None,
    Any,
    str | None,
    tuple[str, ...],
    tuple[str | None, ...],
    str | None,
    str | None,
]
_NO_TIMING: _TimingRecord = (None, None, None, None, (), (), None, None)

_OBLIGATION_STATIC: dict[tuple[int, str], tuple[Obligation, _ObligationStatic]] = {}


def _obligation_static(o: Obligation, lang: str) -> _ObligationStatic:
    """The parts of an obligation's record that depend on the obligation and the language only
    (id, citation, title, codes, EUR-Lex link), built once per obligation and language (the
    catalogue is frozen; an obligation is known by identity, so a rebuilt catalogue gets new
    entries)."""
    key = (id(o), lang)
    found = _OBLIGATION_STATIC.get(key)
    if found is None or found[0] is not o:
        static: _ObligationStatic = (
            o.id,
            o.source,
            o.title_nl if lang == "nl" else o.title_en,
            tuple(a.value for a in o.addressees),
            o.measure.value,
            o.milestone.value,
            o.fine.value,
            o.fine_ref,
            tuple(o.algoritmekader),
            tuple(p.obligation for p in o.prerequisites),
            o.ref.eurlex_url(lang),
            o.trigger.value,
            o.modality.value,
            o.limits,
        )
        if len(_OBLIGATION_STATIC) >= 4096:
            _OBLIGATION_STATIC.clear()
        found = _OBLIGATION_STATIC[key] = (o, static)
    return found[1]


def _timing_record(timing: DeadlineAnswer, lang: str) -> _TimingRecord:
    """The timing part of an obligation's record (the same for every obligation of a group)."""
    applies_from = timing.applies_from
    deadline = timing.deadline
    due = timing.due
    return (
        None if applies_from is None else applies_from.isoformat(),
        None if deadline is None else deadline.isoformat(),
        timing.grace,
        timing.reason_nl if lang == "nl" else timing.reason_en,
        tuple(timing.undetermined_because),
        tuple(None if d is None else d.isoformat() for d in timing.possible_applies_from),
        timing.group,
        None if due is None else due.isoformat(),
    )


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
        """Does the Act apply to the organisation (Art. 2, Art. 3(1))? For a system: it is an AI
        system, not excluded by Art. 2(3)-(12), and a point of Art. 2(1) reaches the organisation
        in one of its roles (``scope.org_in_scope``; ``scope.in_scope`` is the system's, which
        the classification reads: ADR 0033). For a model: is it a GPAI model (Art. 3(63))."""
        return self.value("scope.org_in_scope" if self.kind == "system" else "gpai.in_scope")

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

    # ----------------------------------------------------------------- time

    @cached_property
    def input_dates(self) -> dict[str, Any]:
        """The dates of the system or model that the date rules read (:mod:`aiact.date_facts`):
        a date, NEVER (did not happen) or None (unknown)."""
        if self.kind == "system":
            assert self.system is not None
            return dict(system_input_dates(self.system))
        assert self.model is not None
        return dict(model_input_dates(self.model))

    @cached_property
    def dates(self) -> DateEvaluation:
        """The date rules of this evaluation (:mod:`aiact.rules.timing`), selected on demand."""
        return DateEvaluation(self.evaluation, self.input_dates)

    def date(self, name: str) -> DateResult:
        """The value of a date rule (``tier.high_risk``, ``from.high_risk`` ...)."""
        return self.dates.result(name)

    # ----------------------------------------------------------------- tiers

    @cached_property
    def risk_tier(self) -> RiskTier:
        """The single highest risk tier that applies on ``as_of`` and is certain (see
        ``possible_tiers`` for higher ones). A classification whose provisions apply only later
        (Art. 113) does not count yet: see :attr:`classification_tier` for the tier apart from
        the date and :attr:`tier_changes` for the dated changes ahead. Art. 111 does not lower
        the tier: a legacy system (Art. 111(2)) is a high-risk system (``categories``)."""
        return self._tiers_on(self.as_of)[0]

    @cached_property
    def possible_tiers(self) -> tuple[RiskTier, ...]:
        """Higher tiers that unknown facts could still lead to on ``as_of``, highest first."""
        return self._tiers_on(self.as_of)[1]

    @cached_property
    def classification_tier(self) -> RiskTier:
        """The single highest risk tier the facts classify the system (or model) in, whatever
        the date: the tier once every classification provision applies."""
        return self._classification[0]

    @cached_property
    def possible_classification_tiers(self) -> tuple[RiskTier, ...]:
        """Higher tiers that unknown facts could still lead to, apart from the date."""
        return self._classification[1]

    @cached_property
    def _classification(self) -> tuple[RiskTier, tuple[RiskTier, ...]]:
        predicates = _TIER_PREDICATES
        return self._ladder(lambda tier: self.value(predicates[tier]), on_date=False)

    def _tiers_on(self, day: dt.date) -> tuple[RiskTier, tuple[RiskTier, ...]]:
        """The tier (and the higher possible ones) on ``day``: a tier counts when its date rule
        (``tier.*``) has come by then (Kleene: unknown when unknown facts decide)."""
        memo = self._tier_memo
        found = memo.get(day)
        if found is None:
            result = self.dates.result
            found = memo[day] = self._ladder(
                lambda tier: result(TIER_DATE_RULES[tier]).on(day), on_date=True
            )
        return found

    @cached_property
    def _tier_memo(self) -> dict[dt.date, tuple[RiskTier, tuple[RiskTier, ...]]]:
        return {}

    def _ladder(
        self, holds: Callable[[str], Truth], on_date: bool
    ) -> tuple[RiskTier, tuple[RiskTier, ...]]:
        ladder: tuple[tuple[RiskTier, Truth], ...]
        if self.kind == "model":
            if self.value("gpai.model") is False:
                return RiskTier.OUT_OF_SCOPE, ()
            if self.value("gpai.in_scope") is False:
                return RiskTier.OUT_OF_SCOPE, ()
            ladder = (
                (RiskTier.GPAI_SYSTEMIC_RISK, holds("gpai_systemic_risk")),
                (RiskTier.GPAI, holds("gpai")),
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
            if on_date and self.value("gpai.in_scope") is True:
                # A model whose Chapter V duties do not apply yet (Art. 113, third paragraph,
                # point (b)): no tier's obligations bind it on this day.
                return (RiskTier.UNDETERMINED if possible else RiskTier.MINIMAL), possible
            return (RiskTier.UNDETERMINED if possible else RiskTier.OUT_OF_SCOPE), possible
        ai = self.value("scope.ai_system")
        if ai is False:
            return RiskTier.NOT_AN_AI_SYSTEM, ()
        if self.value("scope.in_scope") is False:
            return RiskTier.OUT_OF_SCOPE, ()
        ladder = (
            (RiskTier.PROHIBITED, holds("prohibited")),
            (RiskTier.HIGH_RISK, holds("high_risk")),
            (RiskTier.TRANSPARENCY, holds("transparency")),
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

    @cached_property
    def tier_changes(self) -> tuple[TierChange, ...]:
        """The dated changes of the tier after ``as_of``: each date on which the tier on the date
        (or the higher tiers still possible) changes, with the provisions whose application
        date it is (Art. 113)."""
        result = self.dates.result
        days: set[dt.date] = set()
        for name in TIER_DATE_RULES.values():
            if name in self.dates:
                days.update(v for v in result(name).values if isinstance(v, dt.date))
        changes: list[TierChange] = []
        previous = self._tiers_on(self.as_of)
        for day in sorted(d for d in days if d > self.as_of):
            current = self._tiers_on(day)
            if current == previous:
                continue
            changes.append(
                TierChange(
                    date=day,
                    tier=current[0],
                    possible_tiers=current[1],
                    previous_tier=previous[0],
                    citations=self._tier_citations(day),
                )
            )
            previous = current
        return tuple(changes)

    def _tier_citations(self, day: dt.date) -> tuple[LegalRef, ...]:
        """The provisions that date the classifications applying from ``day``."""
        out: dict[LegalRef, None] = {}
        plan = self.dates.plan
        for name in TIER_DATE_RULES.values():
            if name not in self.dates:
                continue
            found = self.dates.result(name)
            for case in plan.rules[name]:
                if case.index not in found.cases:
                    continue
                facts = spec_facts(case.value)
                if facts and max(f.date for f in facts) == day:
                    for fact in facts:
                        out.update(dict.fromkeys(fact.citations))
        return tuple(out)

    # ----------------------------------------------------------------- obligations

    @cached_property
    def route(self) -> Route | None:
        """The classification route that sets the high-risk dates (Art. 113, third para., (c)):
        the case of ``tier.high_risk`` that gives the date. The route follows the classification,
        not the listing: an Annex III system that is not high-risk under Art. 6(3) and is
        high-risk through Art. 6(1) and Annex I takes the Annex I route."""
        if self.kind != "system":
            return None
        index = self.dates.result("tier.high_risk").case
        if index is None:
            return None
        case = self.dates.plan.declarations["tier.high_risk"].cases[index]
        key = getattr(case.value, "key", None)
        return _ROUTE_OF.get(key) if isinstance(key, DateKey) else None

    @cached_property
    def obligation_results(self) -> tuple[ObligationResult, ...]:
        """Every obligation of the catalogue for this kind of assessment, in catalogue order."""
        rows, predicates, not_applicable = _obligation_columns(self.law, self.kind)
        # Every obligation starts as its shared not-applicable result; those whose predicate is
        # true or unknown (about one in four) are replaced, found without a Python-level loop
        # over the whole catalogue.
        results = list(not_applicable)
        values = tuple(map(self.evaluation.values.get, predicates))
        timings: dict[str, DeadlineAnswer] = {}
        for index in compress(_POSITIONS, map(is_not, values, _FALSES)):
            obligation, group, rule = rows[index]
            # The timing depends on the obligation only through its timing group (one date rule
            # per group, :mod:`aiact.rules.timing`): computed once per group, kept by the name
            # of its date rule (a string's hash is kept with it; an enum member's is computed
            # in Python at each look-up).
            timing = timings.get(rule)
            if timing is None:
                timing = timings[rule] = self._timing(group)
            applies = values[index]
            # Conditions unknown: undetermined, unless the date is "never" whatever the facts
            # are (Art. 111(2), first sentence): then not applicable in every completion, with
            # the conditions met or not (review81 D1, never25).
            status = (
                timing.status
                if applies is True or timing.status is Status.NOT_APPLICABLE
                else Status.UNDETERMINED
            )
            results[index] = ObligationResult(obligation, applies, status, timing)
        return tuple(results)

    def _timing(self, group: TimingGroup) -> DeadlineAnswer:
        """When an obligation of ``group`` binds this system or model: the value of the group's
        date rule (Art. 113 and Art. 111)."""
        name = group.rule
        result = self.dates.result(name)
        determined = result.determined
        deciding = () if determined else self._date_questions(name)
        return DeadlineAnswer(
            group=group.value,
            rule=name,
            law=self.law,
            as_of=self.as_of,
            applies_from=result.date,
            deadline=result.deadline,
            grace=result.grace,  # type: ignore[arg-type]
            status=result.status(self.as_of),
            undetermined_because=deciding,
            possible_applies_from=() if determined else result.possible,
            case=result.case,
            source=_TimingText(self, name, result, deciding),
            latest=None if determined else result.due_bound,
            earliest=None if determined else result.floor,
        )

    def _date_questions(self, name: str) -> tuple[str, ...]:
        """The open questions (input fields) that decide the date rule ``name``: the unknown
        inputs under its undetermined cases (through the open-question bit sets) and the
        unknown input dates its values read."""
        unknown = self._unknown_inputs
        predicates = self.evaluation.ruleset.predicates
        mask = 0
        extra: dict[str, None] = {}
        for atom in self.dates.unknown_names(name):
            if atom in predicates:
                mask |= unknown.mask(atom)
            elif not atom.startswith("interp."):
                extra[question_for(atom)] = None
        found = dict.fromkeys(unknown.index.decode(mask))
        found.update(extra)
        found.update(dict.fromkeys(self.dates.unknown_inputs(name)))
        return tuple(found)

    @cached_property
    def _unknown_inputs(self) -> _UnknownInputs:
        return _UnknownInputs(self.evaluation)

    def explain_date(self, key: str) -> DateDerivation:
        """Why a date has its value: ``key`` is an obligation (``art26_8``, ``Art. 26(8)``) or a
        date rule (``tier.high_risk``, ``from.high_risk``). The derivation lists the cases of the
        date rule tried in order, each with the derivation of its condition, up to the first that
        holds, and the dates with their citations."""
        if key in self.dates:
            return self.dates.explain(key)
        obligation = catalogue().get(key)
        return self.dates.explain(timing_group(obligation).rule)

    @cached_property
    def obligations(self) -> tuple[ObligationResult, ...]:
        """The obligations that apply or may apply (not the ones that do not): their conditions
        hold or may hold, and their date is not "never". Those whose conditions hold or may hold
        but whose date is "never" whatever the unknown facts are (Art. 111(2): the Regulation
        does not reach this legacy system on the facts given) are in :attr:`not_binding`
        instead (never24; never25 for those whose conditions are unknown, review81 D1)."""
        return tuple([r for r in self.obligation_results if r.may_bind])

    @cached_property
    def not_binding(self) -> tuple[ObligationResult, ...]:
        """The obligations whose conditions hold or may hold but that never bind this system on
        the facts given (:attr:`ObligationResult.never_binds`; Art. 111(2), first sentence: the
        Regulation applies to a legacy high-risk system "only if, as from that date, those
        systems are subject to significant changes in their designs"). Not counted or listed as
        obligations that apply or may apply; the views show them apart, each with whether its
        conditions are met (``applies`` True) or not yet determined (None) and the reason of its
        date (never24, never25)."""
        return tuple([r for r in self.obligation_results if r.never_binds])

    def obligation(self, key: str) -> ObligationResult:
        """One obligation's result, by id (``art26_8``) or citation (``Art. 26(8)``)."""
        wanted = catalogue().get(key).id
        for result in self.obligation_results:
            if result.id == wanted:
                return result
        raise KeyError(f"obligation {key!r} is not part of the {self.law.value} {self.kind} rules")

    def deadlines(self) -> tuple[ObligationResult, ...]:
        """This system's upcoming obligations in date order: those that apply and are due after
        ``as_of`` (:attr:`ObligationResult.due`). That is the date from which an obligation
        binds, or, where that date is not known, the Art. 111 date by which it must be met at
        the latest: a legacy system intended for public authorities whose significant change is
        not known is due by 2 August 2030 at the latest (Art. 111(2), second sentence: "shall
        take the necessary steps to comply ... by 2 August 2030"), and that date is listed. Not
        the permissions nor the limitations (:class:`aiact.obligations.model.Modality`): they
        bind nobody, so nothing is due."""
        as_of = self.as_of
        upcoming = [
            r
            for r in self.obligations
            if r.applies is True
            and r.due is not None
            and r.due > as_of
            and r.obligation.binds  # a permission or limitation has no deadline (Modality)
        ]
        return tuple(sorted(upcoming, key=lambda r: (r.due or as_of, r.obligation.ref)))

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
            due = result.due
            assert due is not None
            title = o.title_nl if lang == "nl" else o.title_en
            reason = (
                ""
                if result.timing is None
                else (result.timing.reason_nl if lang == "nl" else result.timing.reason_en)
            )
            # the date from which it binds is not known: the Art. 111 date, at the latest
            at_the_latest = t("at the latest", lang)
            latest = "" if result.applies_from is not None else f" ({at_the_latest})"
            events.append(
                CalendarEvent(
                    date=due,
                    summary=f"{name}: {o.ref.nl() if lang == 'nl' else o.source} {title}{latest}",
                    description=f"{title}. {reason}",
                    citations=(o.ref,),
                    lang=lang,
                    urls=(o.ref.eurlex_url(lang),),
                )
            )
        act = "AI-verordening" if lang == "nl" else "AI Act"
        return to_ics(events, name=f"{act}: {name}", generated_on=generated_on)

    def plan(self) -> CompliancePlan:
        """The compliance plan: the applicable obligations in a valid order, grouped by milestone,
        with the critical path and what blocks what (see :mod:`aiact.graph`)."""
        from aiact.graph import plan

        return plan(self)

    def algoritmekader(self) -> dict[str, Truth]:
        """The applicable requirements of the Dutch Algoritmekader (``urn:nl:ak:ver:aia-NN``)."""
        from aiact.interop.algoritmekader import applicable_requirements

        return applicable_requirements(self)

    # ----------------------------------------------------------------- fines

    @cached_property
    def _exposure_options(self) -> ExposureOptions:
        options = self.exposure_options
        if self.kind == "system" and options.ai_office_competent is None:
            # Art. 75(1): derived by the rules (ai_office.competent), not a user flag (issue 12).
            options = _with_ai_office(options, self.value("ai_office.competent"))
        return options

    def _exposure_on(
        self,
        day: dt.date,
        binding: list[ObligationResult],
        undetermined: list[str],
        later: tuple[str, ...] = (),
    ) -> ExposureReport:
        return compute_exposure(
            self.organisation,
            [_exposure_item(r.obligation) for r in binding],
            as_of=day,
            law=self.law,
            options=self._exposure_options,
            not_yet_binding=later,
            binding_undetermined=undetermined,
        )

    def _binding_on(self, day: dt.date) -> tuple[list[ObligationResult], list[str]]:
        """The obligations that certainly apply and bind on ``day``, and those that certainly
        apply but whose binding on that day is undetermined; never a permission nor a
        limitation (:attr:`aiact.obligations.model.Obligation.binds`)."""
        binding: list[ObligationResult] = []
        undetermined: list[str] = []
        for result in self.obligations:
            if result.applies is not True or result.timing is None or not result.obligation.binds:
                # a permission or a limitation binds nobody and cannot be infringed (Modality;
                # Art. 99(1))
                continue
            status = result.status if day == self.as_of else result.timing.status_on(day)
            if status is Status.IN_FORCE:
                binding.append(result)
            elif status is Status.UNDETERMINED:
                undetermined.append(result.id)
        return binding, undetermined

    @cached_property
    def exposure(self) -> ExposureReport:
        """The maximum fine exposure on ``as_of`` (Arts. 99-101): only the obligations that apply
        and bind the system on that day count, since no one can infringe a duty before it
        applies (Art. 99(1), 101(1)). Those that bind later are listed in ``not_yet_binding``
        (see :attr:`exposure_profile`), those whose date is undetermined in
        ``binding_undetermined``."""
        binding, undetermined = self._binding_on(self.as_of)
        later = tuple(
            r.id
            for r in self.obligations
            if r.applies is True and r.status is Status.UPCOMING and r.obligation.binds
        )
        return self._exposure_on(self.as_of, binding, undetermined, later)

    @cached_property
    def exposure_open_facts(self) -> frozenset[str]:
        """The organisation's unknown facts (``kind``, ``size_class``, ``group.headcount``;
        ``group`` for every group figure while none is given) that the exposure on ``as_of``
        reads to set a ceiling, its status, bounds or missing facts
        (:func:`aiact.penalties.exposure.organisation_reads`): those whose answer can change
        the exposure without changing which obligations bind. Wider than ``exposure.missing``,
        which names the facts an undetermined ceiling waits for: a ceiling found from the
        organisation's own figures changes when it turns out to be part of a group (Art. 99(6),
        Recommendation 2003/361/EC, Annex, Art. 3), or when a size class is given (it wins
        over the figures, :mod:`aiact.penalties.size`)."""
        binding, _ = self._binding_on(self.as_of)
        return organisation_reads(
            self.organisation,
            [_exposure_item(r.obligation) for r in binding],
            as_of=self.as_of,
            law=self.law,
            options=self._exposure_options,
        )

    @cached_property
    def exposure_profile(self) -> ExposureProfile:
        """The exposure over time, under the law version of this assessment: ``as_of`` and each
        later date on which the maximum or the breakdown changes (an obligation starts to bind,
        or a fine provision starts to apply, e.g. Art. 101 on 2 August 2026), with the
        obligations that cause it. Dates that depend on unknown facts are reported
        (``binding_undetermined``), not guessed."""
        days = {self.as_of}
        for result in self.obligations:
            if result.applies is not True or result.timing is None or not result.obligation.binds:
                continue
            timing = result.timing
            # the earliest possible day too: an unknown date ("the later of" a change and the
            # Art. 113 date) may start to bind on it (review76 D1)
            for day in (timing.applies_from, *timing.possible_applies_from, timing.earliest):
                if day is not None and day > self.as_of:
                    days.add(day)
        days.update(d for d in fine_change_dates(self.law) if d > self.as_of)
        points = []
        previous: ExposureReport | None = None
        previous_ids: set[str] = set()
        key: tuple[Any, ...] | None = None
        for day in sorted(days):
            binding, undetermined = self._binding_on(day)
            report = (
                self.exposure
                if day == self.as_of
                else self._exposure_on(day, binding, undetermined)
            )
            current = (
                report.max_ceiling,
                report.max_minimum,
                tuple(
                    (r.obligation_id, r.status, r.ceiling, r.minimum) for r in report.obligations
                ),
                report.binding_undetermined,
            )
            if current != key:
                ids = [r.id for r in binding]
                points.append(
                    exposure_point(report, [i for i in ids if i not in previous_ids], previous)
                )
                key = current
                previous = report
                previous_ids = set(ids)
        return ExposureProfile(law=self.law, as_of=self.as_of, points=tuple(points))

    # ------------------------------------- second reading (issue 12, section 2; legal helper)

    @cached_property
    def notified_body_needed(self) -> NotifiedBodyAnswer | None:
        """Whether the conformity assessment (Art. 43) needs a notified body: yes, no or
        undetermined, with the reason (None for a general-purpose AI model)."""
        if self.kind != "system":
            return None
        return notified_body_answer(self.evaluation.values)

    @property
    def standing_obligations(self) -> tuple[ObligationResult, ...]:
        """The obligations that follow from the facts of the case (not from an authority's act)."""
        return tuple(r for r in self.obligations if r.obligation.trigger is Trigger.STANDING)

    @property
    def authority_obligations(self) -> tuple[ObligationResult, ...]:
        """The obligations that arise only once an authority has acted (listed apart)."""
        return tuple(
            r for r in self.obligations if r.obligation.trigger is Trigger.ON_AUTHORITY_REQUEST
        )

    # ----------------------------------------------------------------- explanations

    def _name(self, key: str) -> str:
        """The name behind ``key``: a fact or conclusion, a category key of :attr:`categories`
        (``high_risk``), or an obligation id or citation."""
        evaluation = self.evaluation
        if key in evaluation.values or key in evaluation.ruleset.predicates:
            return key
        found = _KEY_NAMES.get(key)
        if found is not None:
            return found
        found = _CATEGORY_PREDICATES.get(key)
        if found is None:
            try:
                found = catalogue().get(key).predicate
            except KeyError:
                found = None
        if found is not None:
            # A pure function of the key (the category table and the catalogue are constants).
            if len(_KEY_NAMES) >= _KEY_NAMES_BOUND:
                _KEY_NAMES.clear()
            _KEY_NAMES[key] = found
            return found
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
        """The unknown facts that keep the classification, an obligation, or the date from which
        an obligation that applies binds the system, undetermined."""
        targets: list[tuple[str, str]] = []
        table = SYSTEM_CATEGORIES if self.kind == "system" else MODEL_CATEGORIES
        for key, predicate, _, _ in table:
            targets.append((key, predicate))
        dated: list[ObligationResult] = []
        # Every obligation whose conditions hold or may hold, in order (those that do not fall
        # in neither branch): also one whose date is "never" whatever the facts are (never25:
        # :attr:`not_binding`), whose open conditions still decide whether it is listed there
        # as "conditions met"; its date is determined, so it is never in ``dated``. The same
        # targets as before never25 (the questions of aiact.questions read this list).
        for result in self.obligation_results:
            if result.applies is None:
                targets.append((result.id, result.obligation.predicate))
            elif (
                result.applies is True
                and result.timing is not None
                and result.timing.undetermined_because
            ):
                # Also while the status is settled: every date the unknowns allow may lie ahead
                # ("upcoming") and still differ (Art. 113 against Art. 111(1)-(2)).
                dated.append(result)
        unknown = self._unknown_inputs
        values = self.evaluation.values
        # The undetermined targets with their question bit sets, and the dated obligations with
        # their questions, decide the answer: a pure function of them (and of the rule set's
        # question index), kept per index and shared by every assessment that meets it again.
        key_parts: list[object] = []
        for label, predicate in targets:
            if values.get(predicate) is not None:
                continue
            mask = unknown.mask(predicate)
            if mask:
                key_parts.append(label)
                key_parts.append(mask)
        for result in dated:
            assert result.timing is not None
            key_parts.append(result.id)
            key_parts.append(result.timing.undetermined_because)
        answer_key = tuple(key_parts), len(dated)
        index = unknown.index
        found = index.answers.get(answer_key)
        if found is None:
            found = _open_questions(index, key_parts, len(key_parts) - 2 * len(dated))
            if len(index.answers) >= _ANSWERS_BOUND:
                index.answers.clear()
            index.answers[answer_key] = found
        return found

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

    @classmethod
    def from_json(cls, source: str | bytes | Mapping[str, Any]) -> Assessment:
        """The Assessment that a :meth:`to_json` document records (either language):
        ``Assessment.from_json(a.to_json()).to_json() == a.to_json()``. The inputs in the
        document are assessed again; ``ValueError`` if the recorded conclusions differ."""
        from aiact.roundtrip import assessment_from_json

        return assessment_from_json(source)

    def to_dict(self, lang: Lang = "en") -> dict[str, Any]:
        """A JSON-ready dictionary (stable keys; ``schema_version``; amounts as strings)."""
        lang = check_lang(lang)
        timings: dict[int, tuple[DeadlineAnswer, _TimingRecord]] = {}
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
                "classification_tier": self.classification_tier.value,
                "classification_tier_label": TIER_LABELS[self.classification_tier][
                    1 if lang == "nl" else 0
                ],
                "possible_classification_tiers": [
                    t.value for t in self.possible_classification_tiers
                ],
                "tier_changes": [c.to_dict(lang) for c in self.tier_changes],
                "categories": {k: truth_label(v) for k, v in self.categories.items()},
                "prohibited_practices": {
                    k: truth_label(v) for k, v in self.prohibited_practices.items()
                },
                "transparency_duties": {
                    k: truth_label(v) for k, v in self.transparency_duties.items()
                },
                "route": None if self.route is None else self.route.value,
            },
            "obligations": [r._record(lang, timings) for r in self.obligations],
            "not_binding": [r._record(lang, timings) for r in self.not_binding],
            "open_questions": _open_question_list(self, lang),
            "exposure": self.exposure.model_dump(mode="json"),
            "exposure_profile": self.exposure_profile.model_dump(mode="json"),
            **(
                {}
                if self.notified_body_needed is None
                else {"conformity": self.notified_body_needed.to_dict(lang)}
            ),
            "assumed": {k: _json_value(v) for k, v in self.assumed.items()},
        }

    def to_json(self, lang: Lang = "en", indent: int | None = 2) -> str:
        """Stable JSON: sorted keys, ISO dates, Decimal amounts as strings."""
        lang = check_lang(lang)
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
        lang = check_lang(lang)
        from aiact.views.frame import assessment_dataframe

        return assessment_dataframe(self, lang, all_obligations=all_obligations)

    def _repr_html_(self) -> str:
        """The notebook view in the display language (:func:`aiact.set_display_language`;
        English unless set)."""
        from aiact.views.display import display_language
        from aiact.views.html import assessment_html

        return assessment_html(self, display_language())

    def summary(self, lang: Lang = "en") -> Mapping[str, Any]:
        """The headline answers a director asks for."""
        lang = check_lang(lang)
        # the values of to_dict(lang), without building the rest of it
        ceiling = self.exposure.model_dump(mode="json", include={"max_ceiling"})["max_ceiling"]
        return {
            "risk_tier": TIER_LABELS[self.risk_tier][1 if lang == "nl" else 0],
            "in_scope": truth_label(self.in_scope),
            "obligations": len(self.obligations),
            "not_binding": len(self.not_binding),
            "max_fine_eur": ceiling,
        }


class _TimingText:
    """The words and citations of an obligation's timing, computed when asked for (from the
    date rules of the evaluation; no reference back to the Assessment)."""

    __slots__ = ("dates", "deciding", "law", "name", "readings", "result")

    def __init__(
        self, assessment: Assessment, name: str, result: DateResult, deciding: tuple[str, ...]
    ) -> None:
        self.dates = assessment.dates
        self.law = assessment.law
        self.readings = assessment.interpretations
        self.name = name
        self.result = result
        self.deciding = deciding

    def reason(self, lang: str) -> str:
        label = self.law.label_nl if lang == "nl" else self.law.label_en
        deciding = self._deciding_named(lang)
        return self.dates.reason(self.name, label, deciding, lang, self._readings_named(lang))

    def _readings_named(self, lang: str) -> tuple[str, ...]:
        """The reading of A3 where the cases behind the date read the words of Art. 111(2),
        second sentence, "intended to be used by public authorities" (the labels quote those
        words whichever reading gives them their meaning; polish26): "Reading A3 of 'intended
        to be used by public authorities' (Art. 111(2)): actual use only." The other readings
        of the date rules (A2, A21, A27 ...) are not named here: A21 and A27 have cases of
        their own whose labels name them."""
        codes = self.dates.interpretations(self.name)
        if "A3" not in codes:
            return ()
        from aiact.views.i18n import interpretation_label
        from aiact.views.labels import reading_label

        language: Lang = "nl" if lang == "nl" else "en"
        reading = reading_label("A3", self.readings.labels()["A3"], language)
        question = interpretation_label("A3", language)
        return (t(_READING_NAMED, language, code="A3", question=question, reading=reading),)

    def _deciding_named(self, lang: str) -> tuple[str, ...]:
        """The inputs that decide an undetermined date, named by their labels as the open
        questions name them (:func:`aiact.views.labels.fact_label`), not by their field ids
        (review69 D3: "hangt af van significant_change"): each with a lower-case first letter,
        joined by "; " (a label has commas of its own) after "facts not given:" (a label may be
        a statement, "the provider's intended purpose includes ...", which cannot follow
        "depends on" alone), as one part of :meth:`DateEvaluation.reason`."""
        if not self.deciding:
            return ()
        from aiact.views.labels import fact_label

        language: Lang = "nl" if lang == "nl" else "en"
        named = dict.fromkeys(_lower_first(fact_label(f, language)) for f in self.deciding)
        return (t(_NOT_GIVEN, language, facts="; ".join(named)),)

    def citations(self) -> tuple[LegalRef, ...]:
        return self.dates.citations(self.name)

    def interpretations(self) -> tuple[str, ...]:
        labels = self.readings.labels()
        codes = self.dates.interpretations(self.name)
        return tuple(f"{c}={labels[c]}" for c in codes if c in labels)

    def status_on(self, day: dt.date) -> Status:
        return self.result.status(day)


_READING_NAMED = N_("Reading {code} of {question}: {reading}.")
"""The reading a date's reason was read under (:meth:`_TimingText._readings_named`)."""

_NOT_GIVEN = N_("facts not given: {facts}")
"""What an undetermined date depends on (after "The date is undetermined: it depends on"): the
labels of the inputs that decide it (:meth:`_TimingText._deciding_named`)."""


def _lower_first(label: str) -> str:
    """A label in a list: no final full stop, a lower-case first letter (unless the label opens
    with a word in capitals, such as "AI" or "ISO")."""
    return after_colon(label.rstrip("."))


_MaskProgram = Callable[[tuple[Truth, ...], tuple[Truth, ...], Any, dict[str, int]], None]
"""Generated: (predicate values, rule values, ``values.get``, memo) -> None; fills memo."""


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
            str, tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[int, ...]], ...]
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
                prepared.append(
                    (
                        rule.id,
                        conclusions,
                        tuple(atom for atom, _ in inputs),
                        tuple(bit for _, bit in inputs),
                    )
                )
            self.rules[predicate] = tuple(prepared)
        self._decoded: dict[int, tuple[str, ...]] = {}
        self.answers: dict[tuple[tuple[object, ...], int], tuple[OpenQuestion, ...]] = {}
        self.program = self._compile(ruleset)

    def _compile(self, ruleset: RuleSet) -> _MaskProgram:
        """One generated function that fills ``memo`` with the bit set of every undetermined
        conclusion, in the rule set's (topological) order, each in a local variable: the
        recursion of :meth:`_UnknownInputs.mask` unrolled. A conclusion that is determined has
        no open questions (0, left out of ``memo``); an undetermined one has the bits of the
        unknown inputs read by its undetermined rules and the bit sets of the conclusions they
        read (0 when determined). The values of the conclusions and rules come as the native
        program's result tuples (:func:`aiact.engine.native.result_tuples`), unpacked into
        local variables; the input facts are read from the map, only under undetermined
        rules."""
        _, predicates, rule_ids = native_program(ruleset)
        value_of = {name: f"p{index}" for index, name in enumerate(predicates)}
        rule_of = {rule_id: f"r{index}" for index, rule_id in enumerate(rule_ids)}
        read = {atom for rules in self.rules.values() for rule in rules for atom in rule[1]}
        lines: list[str] = []
        for predicate in ruleset.order:
            target = f"m{value_of[predicate][1:]}"
            body: list[str] = []
            for rule_id, conclusions, atoms, bits in self.rules[predicate]:
                terms = [
                    f"({bit} if get({atom!r}) is None else 0)"
                    for atom, bit in zip(atoms, bits, strict=True)
                ]
                terms += [f"m{value_of[atom][1:]}" for atom in conclusions]
                if terms:
                    body.append(f"        if {rule_of[rule_id]} is None:")
                    body.append(f"            {target} |= {' | '.join(terms)}")
            if predicate in read:
                lines.append(f"    {target} = 0")
            if body:
                lines.append(f"    if {value_of[predicate]} is None:")
                if predicate not in read:
                    lines.append(f"        {target} = 0")
                lines.extend(body)
                lines.append(f"        memo[{predicate!r}] = {target}")
        source = (
            "def _masks(predicate_values, rule_values, get, memo):\n"
            f"    ({''.join(value_of[p] + ', ' for p in predicates)}) = predicate_values\n"
            f"    ({''.join(rule_of[r] + ', ' for r in rule_ids)}) = rule_values\n"
            + "\n".join(lines)
            + "\n"
        )
        namespace: dict[str, Any] = {}
        exec(compile(source, f"<open questions {ruleset.law.value}>", "exec"), namespace)
        program: _MaskProgram = namespace["_masks"]
        return program

    def decode(self, mask: int) -> tuple[str, ...]:
        """The questions of a bit set, in index order (cached: a portfolio repeats bit sets; the
        cache starts afresh beyond a bound so a long-running process does not grow)."""
        found = self._decoded.get(mask)
        if found is None:
            # The set bits, lowest first, as selectors over the questions (in C, not per bit).
            selectors = bin(mask)[:1:-1].encode("ascii").translate(_BITS)
            found = tuple(compress(self.questions, selectors))
            if len(self._decoded) >= 16384:
                self._decoded.clear()
            self._decoded[mask] = found
        return found


#: Turns the reversed binary digits of a bit set into selectors for ``itertools.compress``.
_BITS = bytes.maketrans(b"01", b"\x00\x01")


_ANSWERS_BOUND = 1024
"""Per question index, the number of open-question answers kept (a bound, so that a
long-running process does not grow: beyond it the cache starts afresh)."""


def _open_questions(
    index: _QuestionIndex, parts: list[object], split: int
) -> tuple[OpenQuestion, ...]:
    """:attr:`Assessment.open_questions` from ``parts``: label, bit set, label, bit set ... of the
    undetermined targets (up to ``split``), then obligation id, questions ... of the obligations
    whose date is undetermined."""
    decode = index.decode
    # The targets grouped by their question set (many share one: a mostly unknown case has
    # ~120 targets but ~30 distinct sets).
    labels: list[str] = []
    groups: dict[int, int] = {}  # question bit set -> bit set over ``labels``
    for position in range(0, split, 2):
        mask = parts[position + 1]
        assert isinstance(mask, int)
        groups[mask] = groups.get(mask, 0) | 1 << len(labels)
        labels.append(str(parts[position]))
    members: dict[str, int] = {}  # question -> bit set over ``labels``
    for mask, bits in groups.items():
        for question in decode(mask):
            members[question] = members.get(question, 0) | bits
    # Each question's targets, in target order (one tuple per distinct bit set).
    chosen: dict[int, tuple[str, ...]] = {}
    affects: dict[str, tuple[str, ...]] = {}
    for question, bits in members.items():
        found = chosen.get(bits)
        if found is None:
            selectors = bin(bits)[:1:-1].encode("ascii").translate(_BITS)
            found = chosen[bits] = tuple(compress(labels, selectors))
        affects[question] = found
    if split < len(parts):
        later: dict[str, list[str]] = {}
        for position in range(split, len(parts), 2):
            questions = parts[position + 1]
            assert isinstance(questions, tuple)
            for question in questions:
                later.setdefault(question, []).append(str(parts[position]))
        for question, ids in later.items():
            affects[question] = affects.get(question, ()) + tuple(ids)
    return tuple(OpenQuestion(fact, affects[fact]) for fact in sorted(affects))


def _question_index(ruleset: RuleSet) -> _QuestionIndex:
    """The question index of ``ruleset``, built once and kept with the rule set."""
    return ruleset.prepared("assessment.questions", _QuestionIndex)


class _UnknownInputs:
    """The open questions (input fields) under undetermined conclusions, over one evaluation:
    the input facts of ``Derivation.unknown_facts``, grouped per field, without building the
    trees. Computed for every conclusion at once by the index's generated program when first
    asked for."""

    def __init__(self, evaluation: Evaluation) -> None:
        self.evaluation = evaluation
        self.index = _question_index(evaluation.ruleset)
        self._memo: dict[str, int] | None = None
        self._read_lazily: dict[str, int] = {}

    def mask(self, name: str) -> int:
        """The open questions behind ``name`` as a bit set over ``index.questions``: the unknown
        inputs and conclusions read by its undetermined rules, recursively (0 for a determined
        conclusion, an input fact or a name that is not one)."""
        memo = self._memo
        if memo is None:
            evaluation = self.evaluation
            if getattr(evaluation.values, "records_reads", False):
                # A map that records what is read (the interview's trace of a goal view, see
                # ``aiact.questions.relevance._Traces``): the generated program reads every
                # value, which would make the trace name everything; recurse instead, reading
                # only the names under ``name``.
                return self._recursive(name, self._read_lazily)
            memo = self._memo = {}
            predicate_values, rule_values = result_tuples(evaluation)
            self.index.program(predicate_values, rule_values, evaluation.values.get, memo)
        return memo.get(name, 0)

    def _recursive(self, name: str, memo: dict[str, int]) -> int:
        """:meth:`mask` by its recursive definition, reading only the values under ``name``
        (the generated program computes the same bit sets for every conclusion at once)."""
        found = memo.get(name)
        if found is not None:
            return found
        evaluation = self.evaluation
        get = evaluation.values.get
        rule_value_of = evaluation.rule_values.get
        # A recording map notes the rule values consulted too (they are not in ``values``):
        # whether a rule is skipped decides the bit set, so a trace must name it.
        note_rule = getattr(evaluation.values, "note_rule", None)
        mask = 0
        if get(name) is None:
            for rule_id, conclusions, atoms, bits in self.index.rules.get(name, ()):
                if note_rule is not None:
                    note_rule(rule_id)
                if rule_value_of(rule_id) is not None:
                    continue
                for atom, bit in zip(atoms, bits, strict=True):
                    if get(atom) is None:
                        mask |= bit
                for atom in conclusions:
                    if get(atom) is None:
                        mask |= self._recursive(atom, memo)
        memo[name] = mask
        return mask


@lru_cache(maxsize=16)
def _obligation_table(
    law: LawVersion, kind: str
) -> tuple[tuple[Obligation, str, TimingGroup, ObligationResult], ...]:
    """The obligations of ``law`` and ``kind`` with their predicate, timing group and result
    when they do not apply (derived once: the catalogue is frozen)."""
    return tuple(
        (o, o.predicate, timing_group(o), _not_applicable(o))
        for o in catalogue().for_law(law, kind)
    )


@lru_cache(maxsize=16)
def _obligation_columns(
    law: LawVersion, kind: str
) -> tuple[
    tuple[tuple[Obligation, TimingGroup, str], ...],
    tuple[str, ...],
    tuple[ObligationResult, ...],
]:
    """:func:`_obligation_table` by columns: each obligation with its timing group and the
    name of the group's date rule, the predicates, and the not-applicable results."""
    table = _obligation_table(law, kind)
    return (
        tuple((o, group, group.rule) for o, _, group, _ in table),
        tuple(row[1] for row in table),
        tuple(row[3] for row in table),
    )


_POSITIONS = range(1 << 16)
"""Positions in an obligation table (``compress`` stops at the shorter input)."""

_FALSES = repeat(False)


_NOT_APPLICABLE: dict[str, ObligationResult] = {}


def _not_applicable(obligation: Obligation) -> ObligationResult:
    """The result of an obligation that does not apply: the same for every assessment, so one
    immutable instance per obligation is shared."""
    result = _NOT_APPLICABLE.get(obligation.id)
    if result is None or result.obligation is not obligation:
        result = ObligationResult(obligation, False, Status.NOT_APPLICABLE, None)
        _NOT_APPLICABLE[obligation.id] = result
    return result


_WITH_AI_OFFICE: dict[int, tuple[ExposureOptions, dict[Truth, ExposureOptions]]] = {}


def _with_ai_office(options: ExposureOptions, competent: Truth) -> ExposureOptions:
    """``options`` with ``ai_office_competent`` set: the options are immutable and the default
    ones are shared (one per reading), so each copy is made once per options object and value."""
    kept = _WITH_AI_OFFICE.get(id(options))
    if kept is None or kept[0] is not options:
        if len(_WITH_AI_OFFICE) >= 64:
            _WITH_AI_OFFICE.clear()
        kept = _WITH_AI_OFFICE[id(options)] = (options, {})
    copy = kept[1].get(competent)
    if copy is None:
        copy = kept[1][competent] = options.model_copy(update={"ai_office_competent": competent})
    return copy


_EXPOSURE_ITEMS: dict[str, ExposureItem] = {}


def _exposure_item(obligation: Obligation) -> ExposureItem:
    """The obligation as a fine item (validated once per obligation, not per assessment), with
    whether it is a Chapter V duty (Art. 88(1); the AI Office's Art. 75c never fines it, reading
    A37 decides one that Art. 101 does not fine) and whether its breach is the AI system's own
    non-compliance (Art. 100(3), reading A39)."""
    item = _EXPOSURE_ITEMS.get(obligation.id)
    if item is None:
        item = ExposureItem(
            obligation_id=obligation.id,
            tier=obligation.fine,
            fine_ref=obligation.fine_ref,
            chapter_v=obligation.chapter_v,
            system_compliance=obligation.system_compliance,
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
    if head in LIST_FIELDS:  # e.g. biometrics.emotion_subjects (issue 13)
        return head
    if head == "org.kind":
        return "organisation.kind"
    if atom == "org.member_state_in_union":  # computed from the country (aiact.atoms)
        return "organisation.member_state"
    if atom.startswith("org."):
        return "organisation." + atom.removeprefix("org.")
    if atom.startswith("dates."):
        return question_of(atom) or "placed_on_market"
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


def _open_question_list(assessment: Assessment, lang: Lang) -> list[dict[str, Any]]:
    """The ``open_questions`` of the JSON: the open facts as questions of the catalogue, by
    stage (``aiact.questions.listing``; interview helper's block)."""
    from aiact.questions.listing import open_question_list

    return open_question_list(assessment, lang)
