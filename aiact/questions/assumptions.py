"""Stated assumptions: named sets of facts that fill what a fixed form does not ask.

An integrator whose form never asks about, say, the Art. 2 exclusions can state the assumption
"none of the Art. 2 exclusions applies" by name. The assumption fills only facts that are unknown
(a fact the case gives always wins) and every fact it filled is reported as *assumed* in the
Assessment (``Assessment.assumed``, the ``assumed`` key of its JSON, and the console, Markdown
and HTML views), never silently.

Each set cites the provisions whose facts it fills. :func:`assess_assuming` assesses a case with
assumptions; a case file can name them (``assumptions: [no_art2_exclusions]``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from aiact.facts import ART5_PRACTICES
from aiact.questions.fields import SubjectKind, all_fields, fields, normalise


@dataclass(frozen=True, eq=False)
class AssumptionSet:
    """A named assumption: the facts it fills and the provisions they belong to."""

    id: str
    title_en: str
    title_nl: str
    cites: tuple[str, ...]
    facts: Mapping[str, Any]

    def title(self, lang: str) -> str:
        return self.title_nl if lang == "nl" else self.title_en

    def to_dict(self) -> dict[str, Any]:
        from aiact.questions.fields import to_json_value

        return {
            "id": self.id,
            "title_en": self.title_en,
            "title_nl": self.title_nl,
            "cites": list(self.cites),
            "facts": {k: to_json_value(v) for k, v in self.facts.items()},
        }


def _all(group: str, names: Iterable[str], value: Any = False) -> dict[str, Any]:
    return {f"{group}.{name}": value for name in names}


_RAW: tuple[dict[str, Any], ...] = (
    {
        "id": "no_art2_exclusions",
        "title_en": "None of the Art. 2 exclusions applies (military, research, pre-market "
        "testing, personal use, international cooperation, open source)",
        "title_nl": "Geen van de uitzonderingen van artikel 2 is van toepassing (militair, "
        "onderzoek, testen vóór het in de handel brengen, persoonlijk gebruik, internationale "
        "samenwerking, opensource)",
        "cites": ("Art. 2(3)", "Art. 2(4)", "Art. 2(6)", "Art. 2(8)", "Art. 2(10)", "Art. 2(12)"),
        "facts": {
            **_all(
                "exclusions",
                (
                    "exclusively_military_defence_national_security",
                    "sole_purpose_scientific_research",
                    "pre_market_research_testing",
                    "personal_non_professional_use",
                    "free_open_source_licence",
                    "international_cooperation_law_enforcement",
                ),
            ),
            "model.sole_purpose_scientific_research": False,
            "model.pre_market_research_testing": False,
        },
    },
    {
        "id": "used_in_eu",
        "title_en": "The system is placed on the market, put into service or used in the EU",
        "title_nl": "Het systeem wordt in de EU in de handel gebracht, in gebruik gesteld of "
        "gebruikt",
        "cites": ("Art. 2(1)(a)", "Art. 2(1)(b)"),
        "facts": {"exclusions.placed_or_used_in_eu": True},
    },
    {
        "id": "no_prohibited_practice",
        "title_en": "The system does none of the prohibited AI practices of Art. 5(1)",
        "title_nl": "Het systeem doet geen van de verboden AI-praktijken van artikel 5, lid 1",
        "cites": ("Art. 5(1)",),
        "facts": _all("prohibited", ART5_PRACTICES),
    },
    {
        "id": "not_annex_i_product",
        "title_en": "The system is not (a safety component of) a product under the EU laws of "
        "Annex I",
        "title_nl": "Het systeem is geen (veiligheidscomponent van een) product onder de "
        "EU-wetten van bijlage I",
        "cites": ("Art. 6(1)",),
        "facts": {"annex_i.legislation": ()},
    },
    {
        "id": "not_annex_x_component",
        "title_en": "The system is not a component of a large-scale IT system of Annex X",
        "title_nl": "Het systeem is geen component van een grootschalig IT-systeem van bijlage X",
        "cites": ("Art. 111(1)",),
        "facts": {"context.annex_x_large_scale_it_component": False},
    },
    {
        "id": "no_value_chain_changes",
        "title_en": "No role shift in the value chain: no own name on another's high-risk "
        "system, no substantial modification, no new intended purpose, no handing over, no "
        "supplies for a high-risk system",
        "title_nl": "Geen verschuiving van rollen in de AI-waardeketen: geen eigen naam op het "
        "systeem van een ander, geen substantiële wijziging, geen nieuw beoogd doel, geen "
        "overdracht, geen leveringen voor een AI-systeem met een hoog risico",
        "cites": ("Art. 25(1)", "Art. 25(2)", "Art. 25(4)"),
        "facts": _all(
            "value_chain",
            (
                "own_name_on_high_risk_system",
                "substantial_modification",
                "modified_intended_purpose",
                "initial_provider_of_shifted_system",
                "supplies_components_for_high_risk",
            ),
        ),
    },
    {
        "id": "declared_roles_only",
        "title_en": "The organisation holds no role for the system other than those stated",
        "title_nl": "De organisatie heeft geen andere rol voor het systeem dan de opgegeven rollen",
        "cites": ("Art. 3(3)", "Art. 3(4)", "Art. 3(5)", "Art. 3(6)", "Art. 3(7)"),
        "facts": {
            **_all(
                "roles",
                (
                    "provider",
                    "deployer",
                    "importer",
                    "distributor",
                    "authorised_representative",
                    "product_manufacturer",
                ),
            ),
            "model.provider": False,
            "model.authorised_representative": False,
        },
    },
    {
        "id": "no_transparency_features",
        "title_en": "The system does none of the things that bring transparency obligations "
        "(Art. 50)",
        "title_nl": "Het systeem doet niets wat transparantieverplichtingen meebrengt (artikel 50)",
        "cites": ("Art. 50(1)", "Art. 50(2)", "Art. 50(3)", "Art. 50(4)"),
        "facts": _all(
            "transparency",
            (
                "interacts_directly_with_persons",
                "generates_synthetic_audio",
                "generates_synthetic_image",
                "generates_synthetic_video",
                "generates_synthetic_text",
                "emotion_recognition",
                "biometric_categorisation",
                "deep_fake",
                "public_interest_text",
            ),
        ),
    },
)


@cache
def assumption_sets() -> dict[str, AssumptionSet]:
    """The assumption sets by id (validated against the input fields)."""
    table = all_fields()
    out: dict[str, AssumptionSet] = {}
    for raw in _RAW:
        facts = {}
        for path, value in raw["facts"].items():
            if path not in table:
                raise ValueError(f"assumption {raw['id']!r}: unknown field {path!r}")
            facts[path] = normalise(table[path], value)
        out[raw["id"]] = AssumptionSet(
            raw["id"], raw["title_en"], raw["title_nl"], tuple(raw["cites"]), facts
        )
    return out


def check_assumptions(names: Iterable[str]) -> tuple[str, ...]:
    """The names, checked (an unknown name raises ``ValueError`` listing the known ones)."""
    known = assumption_sets()
    out = []
    for name in names:
        if name not in known:
            raise ValueError(
                f"assumptions: unknown assumption {name!r}; known: {', '.join(sorted(known))}"
            )
        if name not in out:
            out.append(name)
    return tuple(out)


def apply_assumptions(
    facts: Mapping[str, Any], kind: SubjectKind, names: Iterable[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Flat facts with the unknown ones that the named assumptions cover filled in, and the facts
    so filled (the *assumed* facts, by field). A fact already known is never changed."""
    own = fields(kind)
    out = dict(facts)
    assumed: dict[str, Any] = {}
    for name in check_assumptions(names):
        for path, value in assumption_sets()[name].facts.items():
            if path in own and path not in out:
                out[path] = value
                assumed[path] = value
    return out, assumed


def assess_assuming(
    case: Any, names: Iterable[str] = (), engine: str = "native", as_of: Any = None
) -> Any:
    """Assess a :class:`aiact.case.Case` (or its mapping) with its own assumptions and ``names``
    added; the Assessment reports the facts assumed (``Assessment.assumed``)."""
    from aiact.case import Case
    from aiact.questions.fields import flatten, nest

    if not isinstance(case, Case):
        case = Case.model_validate(case)
    kind: SubjectKind = "system" if case.system is not None else "model"
    wanted = (*getattr(case, "assumptions", ()), *names)
    data = case.model_dump(mode="json")
    facts, assumed = apply_assumptions(flatten(data, kind), kind, wanted)
    update: dict[str, Any] = {}
    if "assumptions" in type(case).model_fields:
        update["assumptions"] = ()
    if assumed:
        nested = nest(facts, kind)
        update["organisation"] = type(case.organisation).model_validate(
            _merge(data["organisation"], nested["organisation"])
        )
        subject_type = type(case.system) if kind == "system" else type(case.model)
        update[kind] = subject_type.model_validate(_merge(data.get(kind) or {}, nested[kind]))
    plain = case.model_copy(update=update)
    return _with(plain.assess(engine=engine, as_of=as_of), dict(sorted(assumed.items())))


def _with(assessment: Any, assumed: Mapping[str, Any]) -> Any:
    import dataclasses

    return dataclasses.replace(assessment, assumed=dict(assumed))


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(out[key], value)
        elif out.get(key) is None:
            out[key] = value
    return out


ASSUMED_HEADING = {
    "en": "Assumed facts (stated assumptions, not answers)",
    "nl": "Aangenomen feiten (uitgangspunten, geen antwoorden)",
}


def assumed_rows(assessment: Any, lang: str = "en") -> list[tuple[str, str, str]]:
    """(field, value, the assumption that filled it) for each assumed fact of an Assessment,
    for the views."""
    from aiact.questions.fields import to_json_value

    sets = assumption_sets()
    rows = []
    for path, value in getattr(assessment, "assumed", {}).items():
        source = next((s for s in sets.values() if path in s.facts), None)
        shown = to_json_value(value)
        if isinstance(shown, bool):
            shown = ("ja" if shown else "nee") if lang == "nl" else ("yes" if shown else "no")
        elif shown == []:
            shown = "geen" if lang == "nl" else "none"
        rows.append((path, str(shown), source.title(lang) if source else ""))
    return rows
