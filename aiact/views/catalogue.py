"""Filtering the obligation catalogue by role and risk category (``aiact obligations``)."""

from __future__ import annotations

from collections.abc import Iterable

from aiact.obligations.catalogue import catalogue
from aiact.obligations.model import Addressee, Obligation
from aiact.versions import LawVersion

#: The risk categories ``--risk`` accepts, highest first.
RISKS: tuple[str, ...] = (
    "prohibited",
    "high_risk",
    "transparency",
    "minimal",
    "gpai",
    "gpai_systemic_risk",
)


def risk_label(risk: str, lang: str = "en") -> str:
    """The label of a value of :func:`obligation_risk` in English or Dutch."""
    from aiact.views.i18n import check_lang, tier_label

    lg = check_lang(lang)
    if risk == "general":
        return "every AI system in scope" if lg == "en" else "elk AI-systeem binnen het bereik"
    return tier_label(risk, lg)


def obligation_risk(o: Obligation) -> str:
    """The risk category whose systems (or models) an obligation is for: ``prohibited``,
    ``high_risk``, ``transparency``, ``gpai``, ``gpai_systemic_risk`` or ``general`` (every AI
    system in scope, e.g. AI literacy, Art. 4). Read from the obligation's condition."""
    when = o.when
    if o.kind == "model":
        return "gpai_systemic_risk" if "gpai.systemic_risk" in when else "gpai"
    if "art5." in when:
        return "prohibited"
    if "art50." in when:
        return "transparency"
    if "duty.hr_" in when or "hr." in when or "duty.public_deployer" in when:
        return "high_risk"
    return "general"


def filter_obligations(
    *,
    role: str | None = None,
    risk: str | None = None,
    law: LawVersion | None = None,
    obligations: Iterable[Obligation] | None = None,
) -> tuple[Obligation, ...]:
    """The obligations addressed to ``role`` that a system of category ``risk`` can have (its
    own and, for AI systems, the general ones), in ``law`` (default: every version)."""
    if role is not None:
        Addressee(role)  # raises ValueError for an unknown role
    if risk is not None and risk not in RISKS:
        raise ValueError(f"unknown risk category {risk!r}: use one of {', '.join(RISKS)}")
    pool = tuple(obligations) if obligations is not None else catalogue().obligations
    out = []
    for o in pool:
        if law is not None and not o.applies_to(law):
            continue
        if role is not None and role not in {a.value for a in o.addressees}:
            continue
        if risk is not None:
            own = obligation_risk(o)
            general_ok = own == "general" and risk in (
                "prohibited",
                "high_risk",
                "transparency",
                "minimal",
            )
            if own != risk and not general_ok:
                continue
        out.append(o)
    return tuple(out)
