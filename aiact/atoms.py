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
import operator
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import lru_cache

from pydantic import BaseModel

from aiact.date_facts import DATE_ATOMS
from aiact.facts import (
    EU_MEMBER_STATES,
    IMPLIED_ANNEX_III,
    NOT_VERIFICATION_ONLY,
    VERIFICATION_ONLY,
    AISystem,
    AnnexIIIPoint,
    AnnexILegislation,
    EmotionSubject,
    GPAIModel,
    Organisation,
    OrganisationKind,
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
    # definitions (issue 13): the facts behind Art. 3(1) and Art. 3(34)-(44)
    "definition",
    "biometrics",
    "conformity",
    "authority_actions",
)
_SYSTEM_PREFIXES = tuple((group, f"{group}.") for group in _SYSTEM_GROUPS)

#: Art. 51(2): the presumption of high-impact capabilities needs training compute "greater than
#: 10^25" floating-point operations (strictly greater).
GPAI_COMPUTE_THRESHOLD_FLOP = Decimal(10) ** 25

#: The Commission's indicative criterion for a general-purpose AI model: training compute "greater
#: than 10^23 FLOP" (Guidelines C(2025) 5045, paragraph 17; reading D4).
GPAI_INDICATIVE_COMPUTE_FLOP = Decimal(10) ** 23

#: The facts that a user who knows may answer directly instead of through the facts of a
#: definition (issue 13). For each, ``answered.<fact>`` is true when it is given and false when it
#: is not (never unknown), so that the rules of aiact/rules/definitions.py can let a given answer
#: decide and otherwise derive the definition from its facts.
SYSTEM_DIRECT_ANSWERS: tuple[str, ...] = (
    "is_ai_system",
    "prohibited.f_emotion_recognition_workplace_education",
    "prohibited.g_biometric_categorisation_sensitive_traits",
    "prohibited.h_realtime_rbi_public_spaces_law_enforcement",
    "transparency.emotion_recognition",
    "transparency.biometric_categorisation",
)
MODEL_DIRECT_ANSWERS: tuple[str, ...] = ("model.is_general_purpose",)

SYSTEM_ANSWERED: tuple[str, ...] = ("exclusions.placed_or_used_in_eu",)
"""Facts of a system whose ``answered.<fact>`` atom the rules read besides the direct answers:
a stated placing, putting into service or use in the Union decides, and otherwise a fact that
entails it (rules ``territory.placed_or_used_in_union.*``, aiact/rules/scope.py; Art.
2(1)(a)-(b), 3(6)-(11))."""

MODEL_ANSWERED: tuple[str, ...] = ("model.provider_established_in_eu",)
"""Facts of a model whose ``answered.<fact>`` atom the rules read besides the direct answers:
the stated establishment of the model's provider decides where it is given, and otherwise the
organisation's own where it is the provider (rule ``gpai.third_country_provider``, Art. 54(1))."""

#: True when ``annex_iii.points`` is given, false when not (never unknown): the switch between
#: the user's list and the points the definitions derive (Annex III point 1; issue 12, item 11).
ANNEX_III_POINTS_ANSWERED = "answered.annex_iii.points"

#: True when ``annex_i.legislation`` is given (a list, empty or not), false when not (never
#: unknown): while the list is not given, a system that is stated to be a safety component of a
#: product covered by Annex I legislation, or itself such a product, is covered by one of those
#: laws, which one is open (rule ``hr.annex_i.legislation_not_given``; Art. 6(1)(a)). A given list
#: decides; an empty one beside such a statement is refused (facts._check_annex_i_listed).
ANNEX_I_LEGISLATION_ANSWERED = "answered.annex_i.legislation"

#: Enumerations answered as one list field, read by the rules one atom per member; an open
#: question about any member is a question about the field (see assessment.question_for).
LIST_FIELDS: frozenset[str] = frozenset({"biometrics.emotion_subjects"})


def _answered(atoms: dict[str, Truth], names: tuple[str, ...]) -> dict[str, Truth]:
    return {f"answered.{name}": atoms.get(name) is not None for name in names}


def _flags(model: BaseModel, prefix: str) -> dict[str, Truth]:
    """The three-valued fields of ``model`` as atoms ``<prefix><field>``: every field whose
    value is true, false or unknown (None), in field order."""
    atoms: dict[str, Truth] = {}
    _add_flags(atoms, model, prefix)
    return atoms


def _add_flags(atoms: dict[str, Truth], model: BaseModel, prefix: str) -> None:
    """Add :func:`_flags` of ``model`` to ``atoms`` (in place, without a dictionary between)."""
    plan = _flag_plan(type(model), prefix)
    if plan is not None:
        # Every field is declared ``bool | None`` (validated), so every field is an atom.
        getter, names = plan
        # One value per name by construction (the getter reads the fields the names were made
        # of): no ``strict=``, which costs ``zip`` about 250 ns a call in CPython 3.11.
        atoms.update(zip(names, getter(model.__dict__)))  # noqa: B905
        return
    atoms.update(
        {
            prefix + name: value
            for name, value in model.__dict__.items()
            if value is None or value is True or value is False
        }
    )


@lru_cache(maxsize=256)
def _flag_plan(
    cls: type[BaseModel], prefix: str
) -> tuple[Callable[[dict[str, object]], tuple[Truth, ...]], tuple[str, ...]] | None:
    """For a model whose fields are all ``bool | None`` (and at least two): a getter of their
    values in field order and their atom names; None otherwise."""
    fields = cls.model_fields
    if len(fields) < 2 or any(f.annotation != (bool | None) for f in fields.values()):
        return None
    return operator.itemgetter(*fields), tuple(prefix + name for name in fields)


class _Enumeration:
    """An enumeration's members and their atom names ``<prefix><member>``, built once."""

    __slots__ = ("members", "names", "unknown")

    def __init__(self, prefix: str, members: list[str]) -> None:
        self.members = members
        self.names = [f"{prefix}{member}" for member in members]
        self.unknown: dict[str, Truth] = dict.fromkeys(self.names)

    def atoms(self, chosen: Iterable[str] | None) -> dict[str, Truth]:
        """``<prefix><member>`` for every member: unknown if ``chosen`` is None, else whether
        it is chosen."""
        if chosen is None:
            return self.unknown.copy()
        picked = set(chosen)
        # ``names`` is made from ``members``, one each (no ``strict=``: see _add_flags).
        return {name: member in picked for name, member in zip(self.names, self.members)}  # noqa: B905


_ORGANISATION_KINDS = _Enumeration("org.kind.", [kind.value for kind in OrganisationKind])
_ANNEX_III_POINTS = _Enumeration("annex_iii.", [p.value for p in AnnexIIIPoint])
_ANNEX_I_LEGISLATION = _Enumeration("annex_i.", [p.value for p in AnnexILegislation])
_EMOTION_SUBJECTS = _Enumeration("biometrics.emotion_subjects.", [s.value for s in EmotionSubject])


def system_input_names() -> frozenset[str]:
    """Every atom name that :func:`system_atoms` produces."""
    return frozenset(system_atoms(AISystem(), Organisation(), Interpretations(), None))


def model_input_names() -> frozenset[str]:
    """Every atom name that :func:`model_atoms` produces."""
    return frozenset(model_atoms(GPAIModel(), Organisation(), Interpretations()))


MEMBER_STATE_IN_UNION = "org.member_state_in_union"
"""The organisation's country of establishment (``Organisation.member_state``) is a Member State:
true for a Member State's code, false for a third country's, unknown when no country is given
(Art. 2(1)(b): "their place of establishment ... within the Union"; Art. 22(1), 54(1):
"established in third countries"). The one field's legal content for the rules: which Member
State it is matters only to the national rules of Art. 99(8), which the fines read directly."""

ORGANISATION_ANSWERED: tuple[str, ...] = ("org.established_in_eu", MEMBER_STATE_IN_UNION)
"""The organisation's facts whose ``answered.<fact>`` atom is true when given, false when not
(never unknown): the stated establishment and the country each decide against the others
(rules ``org.established_in_union.*``, aiact/rules/scope.py), which no Kleene formula of the
three-valued facts alone can express (see the rules)."""


def organisation_atoms(org: Organisation) -> dict[str, Truth]:
    """``org.kind.<kind>`` for each kind, the organisation's flags (``org.<field>``), whether
    its country is a Member State (:data:`MEMBER_STATE_IN_UNION`), the ``answered.*`` switches
    of :data:`ORGANISATION_ANSWERED` and the size atoms."""
    atoms = _ORGANISATION_KINDS.atoms(None if org.kind is None else (org.kind.value,))
    _add_flags(atoms, org, "org.")
    country = org.member_state
    atoms[MEMBER_STATE_IN_UNION] = None if country is None else country in EU_MEMBER_STATES
    atoms.update(_answered(atoms, ORGANISATION_ANSWERED))
    atoms.update(_size_atoms(org))
    return atoms


SIZE_ATOM_FIELDS: dict[str, tuple[str, ...]] = {
    atom: ("headcount", "annual_turnover_eur", "balance_sheet_total_eur")
    for atom in ("org.size.microenterprise", "org.size.sme")
}
"""The organisation's fields each size atom is computed from, together (Recommendation
2003/361/EC, Annex, Art. 2: the headcount *and* the turnover *or* the balance sheet). One of them
alone may not move an atom from unknown, so probing each field alone cannot see them all
(:func:`aiact.questions.fields.atom_fields` adds these)."""


@lru_cache(maxsize=4096)
def _size_atoms(org: Organisation) -> dict[str, Truth]:
    """``org.size.microenterprise`` and ``org.size.sme`` for Art. 63(1): within the ceilings of
    Recommendation 2003/361/EC (Annex, Art. 2) on the organisation's own figures. Art. 63(1)
    requires that it has no partner or linked enterprises (``org.part_of_group``), so the
    group's figures never enter. An explicit ``size_class`` (the shortcut of the fine reliefs,
    :mod:`aiact.penalties.size`) is not read: it may disagree with the figures, and joining the
    two accounts could let a fact made known reverse the answer (design principle 3)."""
    from aiact.penalties.size import THRESHOLDS, UndertakingBasis, figures_for, within

    figures = figures_for(org, UndertakingBasis.ENTITY)
    micro, _small, medium = (within(figures, t) for t in THRESHOLDS[:3])
    return {"org.size.microenterprise": micro, "org.size.sme": medium}


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
    for group, prefix in _SYSTEM_PREFIXES:
        _add_flags(atoms, getattr(system, group), prefix)
    annex_iii = system.annex_iii
    atoms.update(
        _ANNEX_III_POINTS.atoms(
            None if annex_iii.points is None else [p.value for p in annex_iii.points]
        )
    )
    _add_flags(atoms, annex_iii, "annex_iii.")
    annex_i = system.annex_i
    atoms.update(
        _ANNEX_I_LEGISLATION.atoms(
            None if annex_i.legislation is None else [p.value for p in annex_i.legislation]
        )
    )
    _add_flags(atoms, annex_i, "annex_i.")
    subjects = system.biometrics.emotion_subjects
    atoms.update(_EMOTION_SUBJECTS.atoms(None if subjects is None else [s.value for s in subjects]))
    if annex_iii.points is not None:
        # Before the direct answers are marked: a fact the list settles counts as answered.
        _implied_by_the_list(atoms, {p.value for p in annex_iii.points})
    _implied_by_the_broader(atoms)
    _excluded_by_a_yes(atoms)
    atoms.update(_answered(atoms, (*SYSTEM_DIRECT_ANSWERS, *SYSTEM_ANSWERED)))
    # The list of Annex III points is an answer too: while it is not given, the definitions
    # derive the points of Annex III point 1 (rules/classification.py, hr.listed.1x.definition).
    atoms[ANNEX_III_POINTS_ANSWERED] = annex_iii.points is not None
    atoms[ANNEX_I_LEGISLATION_ANSWERED] = annex_i.legislation is not None
    atoms.update(organisation_atoms(org))
    atoms.update(interpretations.as_facts())
    atoms.update(dates if dates is not None else dict.fromkeys(DATE_ATOMS))
    return atoms


def _implied_by_the_list(atoms: dict[str, Truth], listed: set[str]) -> None:
    """The contrapositive of issue 12, item 11. A fact that implies an Annex III point
    (:data:`aiact.facts.IMPLIED_ANNEX_III`: an emotion recognition system is point 1(c), ...) is
    true only with that point listed: the validator of :class:`aiact.facts.AISystem` rejects a
    given list without it. So a given list that lacks the point settles the unknown fact as
    false, and it is not asked twice. Monotone: forgetting the list makes the fact unknown
    again, never its opposite."""
    for fact, point, _ in IMPLIED_ANNEX_III:
        if point not in listed and atoms.get(fact) is None:
            atoms[fact] = False


ART50_3_NARROWER = "transparency.permitted_by_law_detect_prevent_investigate"
"""Art. 50(3): "permitted by law to detect, prevent or investigate criminal offences"."""
ART50_BROADER = "transparency.authorised_by_law_criminal_offences"
"""Art. 50(1), (2), (4): "authorised by law to detect, prevent, investigate or prosecute
criminal offences"."""
ART50_NOT_ONLY_PROSECUTE = "transparency.authorised_by_law_detect_prevent_investigate"
"""Authorised by law to detect, prevent or investigate criminal offences, not only to prosecute
them: the answer "only to prosecute" makes it false, and with it the Art. 50(3) fact."""
ART50_1_SAFEGUARDS = "transparency.art50_1_safeguards_third_parties"
"""Art. 50(1): the authorisation "subject to appropriate safeguards for the rights and freedoms
of third parties", which the Art. 50(3) permission carries too."""


FRAUD_BROADER = "annex_iii.financial_fraud_detection"
"""Annex III point 5(b): "used for the purpose of detecting financial fraud" (any such use)."""
FRAUD_ONLY_NARROWER = "annex_iii.financial_fraud_detection_only"
"""The same, as the system's only purpose (reading A40=credit_purpose_kept, ADR 0044)."""

NARROWER_SETTLED_BY_BROADER: tuple[tuple[str, str], ...] = (
    # In this order, so that one pass settles the chain (authorised, not only to prosecute,
    # Art. 50(3)); review56.
    (ART50_BROADER, ART50_NOT_ONLY_PROSECUTE),
    (ART50_BROADER, ART50_3_NARROWER),
    (ART50_NOT_ONLY_PROSECUTE, ART50_3_NARROWER),
    (ART50_1_SAFEGUARDS, ART50_3_NARROWER),
    (FRAUD_BROADER, FRAUD_ONLY_NARROWER),
)
"""(broader fact, narrower fact): the narrower true with the broader false is refused by the
input validators (:class:`aiact.facts.Transparency`, :class:`aiact.facts.AnnexIIIFacts`)."""


def _excluded_by_a_yes(atoms: dict[str, Truth]) -> None:
    """A remote biometric identification fact and "biometric verification only" (Annex III,
    point 1(a)) are refused together (:data:`aiact.facts.NOT_VERIFICATION_ONLY`; Art. 3(36),
    3(41), 3(43)): a known "yes" to one settles the other, if unknown, as "no", so it is not
    asked and point 1(a) is decided (review52). Monotone: forgetting the "yes" makes the other
    unknown again, never its opposite."""
    for fact, _ in NOT_VERIFICATION_ONLY:
        for yes, settled in ((fact, VERIFICATION_ONLY), (VERIFICATION_ONLY, fact)):
            if atoms.get(yes) is True and atoms.get(settled) is None:
                atoms[settled] = False


def _implied_by_the_broader(atoms: dict[str, Truth]) -> None:
    """The contrapositive of a narrower fact implying a broader one (Art. 50(3)'s purposes are
    among those of Art. 50(1), (2) and (4); a system used only for detecting financial fraud is
    used for detecting it, Annex III point 5(b)); the validators of :class:`aiact.facts` reject
    the narrower fact true with the broader false: a known "no" to the broader fact settles the
    unknown narrower one as false, so it is not asked. The other direction (narrower true, so
    the broader exception holds) is derived in the rules (``art50.law_enforcement_exception``;
    the A40 rules of ``hr.listed.5b`` read "broader or narrower"). Monotone: forgetting the
    broader fact makes the narrower unknown again, never its opposite."""
    for broader, narrower in NARROWER_SETTLED_BY_BROADER:
        if atoms.get(broader) is False and atoms.get(narrower) is None:
            atoms[narrower] = False


def model_atoms(
    model: GPAIModel, org: Organisation, interpretations: Interpretations
) -> dict[str, Truth]:
    """All atoms for a general-purpose AI model assessment."""
    atoms = _flags(model, "model.")
    flop = model.training_compute_flop
    atoms["model.training_compute_above_threshold"] = (
        None if flop is None else flop > GPAI_COMPUTE_THRESHOLD_FLOP
    )
    atoms["model.training_compute_above_indicative_criterion"] = (
        None if flop is None else flop > GPAI_INDICATIVE_COMPUTE_FLOP
    )
    _add_flags(atoms, model.definition, "model.definition.")
    atoms.update(_answered(atoms, (*MODEL_DIRECT_ANSWERS, *MODEL_ANSWERED)))
    atoms.update(organisation_atoms(org))
    atoms.update(interpretations.as_facts())
    atoms["dates.model_placed_before_gpai_cutoff"] = None
    return atoms


def before(day: dt.date | None, cutoff: dt.date) -> Truth:
    """Three-valued ``day < cutoff``; unknown when the day is unknown."""
    return None if day is None else day < cutoff
