"""Review rev28a of round 28 (``relevance._without_refused``, ``goals.refusal_reads``,
``FieldConflict.reads``): what the review verified, pinned.

The proof for a search for a pair leaves out an answer that an input model's own check refuses
where no other question's answer sets a field that check reads. Sound where each check's
condition reads only the fields its :class:`~aiact.errors.FieldConflict` names (``field``,
``others``, ``reads``) or, where it reads more, where those others can only keep it refusing
(a detail listed only when true, a choice of which true fact to name). The cases below hold
one refusal of each of the 28 checks of :mod:`aiact.facts` and try every other yes/no or choice
field of the models the check's fields are in."""

from __future__ import annotations

import ast
import copy
import datetime as dt
import pickle
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from aiact.errors import FieldConflict
from aiact.questions import relevance
from aiact.questions.fields import all_fields, freeze
from aiact.questions.goals import Context, refusal_reads

ROOT = Path(__file__).resolve().parents[1]
_DAY = Context(dt.date(2026, 11, 28))

#: (kind, facts, the answer refused, the fields the check reads as refusal_reads names them)
CASES: list[tuple[str, dict[str, Any], dict[str, Any], set[str]]] = [
    # Organisation._consistent (7 checks)
    (
        "system",
        {"organisation.established_in_eu": True},
        {"organisation.member_state": "US"},
        {"organisation.member_state", "organisation.established_in_eu"},
    ),
    (
        "system",
        {"organisation.member_state": "DE"},
        {"organisation.established_in_eu": False},
        {"organisation.member_state", "organisation.established_in_eu"},
    ),
    (
        "system",
        {"organisation.kind": "union_institution"},
        {"organisation.established_in_eu": False},
        {"organisation.kind", "organisation.established_in_eu"},
    ),
    (
        "system",
        {"organisation.kind": "public_authority"},
        {"organisation.established_in_eu": False},
        {"organisation.kind", "organisation.established_in_eu"},
    ),
    (
        "system",
        {"organisation.kind": "public_authority"},
        {"organisation.member_state": "US"},
        {"organisation.kind", "organisation.member_state"},
    ),
    (
        "system",
        {"organisation.kind": "international_organisation"},
        {"organisation.member_state": "NL"},
        {"organisation.kind", "organisation.member_state"},
    ),
    (
        "system",
        {"organisation.part_of_group": False},
        {"organisation.group.headcount": 12},
        {"organisation.group", "organisation.part_of_group"},
    ),
    # AnnexIIIFacts._consistent
    (
        "system",
        {"annex_iii.financial_fraud_detection": False},
        {"annex_iii.financial_fraud_detection_only": True},
        {"annex_iii.financial_fraud_detection", "annex_iii.financial_fraud_detection_only"},
    ),
    # Transparency._consistent (the first check and the loop's three pairs)
    (
        "system",
        {"transparency.authorised_by_law_criminal_offences": False},
        {"transparency.permitted_by_law_detect_prevent_investigate": True},
        {
            "transparency.authorised_by_law_criminal_offences",
            "transparency.permitted_by_law_detect_prevent_investigate",
        },
    ),
    (
        "system",
        {"transparency.authorised_by_law_criminal_offences": False},
        {"transparency.authorised_by_law_detect_prevent_investigate": True},
        {
            "transparency.authorised_by_law_criminal_offences",
            "transparency.authorised_by_law_detect_prevent_investigate",
        },
    ),
    (
        "system",
        {"transparency.authorised_by_law_detect_prevent_investigate": False},
        {"transparency.permitted_by_law_detect_prevent_investigate": True},
        {
            "transparency.authorised_by_law_detect_prevent_investigate",
            "transparency.permitted_by_law_detect_prevent_investigate",
        },
    ),
    (
        "system",
        {"transparency.art50_1_safeguards_third_parties": False},
        {"transparency.permitted_by_law_detect_prevent_investigate": True},
        {
            "transparency.art50_1_safeguards_third_parties",
            "transparency.permitted_by_law_detect_prevent_investigate",
        },
    ),
    # AISystemDefinition._consistent
    (
        "system",
        {"definition.only_predefined_rules": True},
        {"definition.reasons_from_encoded_knowledge": True},
        {"definition.only_predefined_rules", "definition.reasons_from_encoded_knowledge"},
    ),
    # BiometricFacts._consistent and _none_true (twice)
    (
        "system",
        {"biometrics.infers_emotions_or_intentions": False},
        {"biometrics.emotions_from_biometric_data": True},
        {"biometrics.infers_emotions_or_intentions", "biometrics.emotions_from_biometric_data"},
    ),
    (
        "system",
        {"biometrics.categorises_persons_by_biometric_data": False},
        {"biometrics.categorises_individually": True},
        {"biometrics.categorises_persons_by_biometric_data", "biometrics.categorises_individually"},
    ),
    (
        "system",
        {"biometrics.identifies_persons_by_biometric_data": False},
        {"biometrics.identification_without_significant_delay": True},
        {
            "biometrics.identifies_persons_by_biometric_data",
            "biometrics.identification_without_significant_delay",
        },
    ),
    # AISystem._consistent (9 checks)
    (
        "system",
        {"roles.provider": True},
        {"roles.importer": True},
        {"roles.importer", "roles.provider"},
    ),
    (
        "system",
        {"roles.importer": True},
        {"roles.distributor": True},
        {"roles.distributor", "roles.importer"},
    ),
    (
        "system",
        {"roles.provider": True},
        {"roles.authorised_representative": True},
        {"roles.authorised_representative", "roles.provider"},
    ),
    (
        "system",
        {"roles.importer": True},
        {"value_chain.provider_established_in_eu": True},
        {"roles.importer", "value_chain.provider_established_in_eu"},
    ),
    (
        "system",
        {"put_into_service": dt.date(2025, 3, 1)},
        {"significant_change": dt.date(2024, 1, 1)},
        {"significant_change", "placed_on_market", "put_into_service"},
    ),
    (
        "system",
        {"value_chain.substantial_modification": True},
        {"significant_change": "none"},
        {"significant_change", "value_chain.substantial_modification"},
    ),
    (
        "system",
        {"roles.provider": True},
        {"value_chain.initial_provider_of_shifted_system": True},
        {"roles.provider", "value_chain.initial_provider_of_shifted_system"},
    ),
    (
        "system",
        {"exclusions.personal_non_professional_use": True},
        {"roles.deployer": True},
        {"roles.deployer", "exclusions.personal_non_professional_use"},
    ),
    (
        "system",
        {"is_ai_system": False},
        {"is_general_purpose_ai_system": True},
        {"is_ai_system", "is_general_purpose_ai_system"},
    ),
    # _check_implied_annex_iii (both loops), _check_annex_i_listed, _check_in_the_union
    (
        "system",
        {"annex_iii.points": ("4a",)},
        {"transparency.emotion_recognition": True},
        {"annex_iii.points", "transparency.emotion_recognition"},
    ),
    (
        "system",
        {"annex_iii.biometric_verification_only": True},
        {"context.post_remote_biometric_identification_criminal_investigation": True},
        {
            "annex_iii.biometric_verification_only",
            "context.post_remote_biometric_identification_criminal_investigation",
        },
    ),
    (
        "system",
        {"annex_i.legislation": ()},
        {"annex_i.safety_component": True},
        {"annex_i.legislation", "annex_i.safety_component"},
    ),
    (
        "system",
        {"exclusions.placed_or_used_in_eu": False},
        {"exclusions.used_in_eu_by_organisation": True},
        {"exclusions.placed_or_used_in_eu", "exclusions.used_in_eu_by_organisation"},
    ),
    # GPAIModel._consistent (2 checks)
    (
        "model",
        {"model.provider": True},
        {"model.authorised_representative": True},
        {"model.provider", "model.authorised_representative"},
    ),
    (
        "model",
        {"model.authorised_representative": True},
        {"model.provider_established_in_eu": True},
        {"model.authorised_representative", "model.provider_established_in_eu"},
    ),
]


def _assessed(facts: dict[str, Any], kind: Any) -> Any:
    return relevance.MEMO.assess(facts, kind, _DAY)


def _model_of(path: str) -> str:
    return path.rsplit(".", 1)[0] if "." in path else ""


def _read(path: str, read: set[str]) -> bool:
    return any(path == n or path.startswith(n + ".") for n in read)


@pytest.mark.parametrize(("kind", "facts", "answer", "read"), CASES)
def test_each_check_reads_what_it_names(
    kind: Any, facts: dict[str, Any], answer: dict[str, Any], read: set[str]
) -> None:
    """Each check's refusal (its facts accepted, the answer refused with them) names the fields
    it reads as flat paths of the case (sub-models as ``transparency.*``, ``biometrics.*``,
    ``organisation.group``, ``model.*``), and every other yes/no or choice field of the models
    those fields are in, given either value, leaves the case refused: no field the check does
    not name lifts it (the premise of ``relevance._without_refused``). E.g. Art. 3(7): a
    distributor is a person "other than the provider or the importer"; which of the two the
    error names, another answer to the other cannot lift it."""
    base = _assessed(facts, kind)
    assert not isinstance(base, Exception)
    assert isinstance(_assessed({**facts, **answer}, kind), Exception)
    found = refusal_reads(base, answer)
    assert found == frozenset(read)
    known = all_fields()
    near = {_model_of(p) for p in read} | {"", "roles", "value_chain", "exclusions"}
    tried = 0
    for path, info in known.items():
        if path in facts or path in answer or _read(path, read) or _model_of(path) not in near:
            continue
        if info.subject not in ("organisation", kind):
            continue
        if info.type == "flag":
            values: list[Any] = [True, False]
        elif info.type == "choice":
            values = list(info.values[:4])
        else:
            continue
        for value in values:
            alone = _assessed({**facts, path: value}, kind)
            if isinstance(alone, Exception):
                continue  # refused with the facts alone: not a trial the search makes
            tried += 1
            assert isinstance(_assessed({**facts, path: value, **answer}, kind), Exception), (
                path,
                value,
            )
    assert tried > 0


def test_the_cases_cover_every_check() -> None:
    """28 raises of FieldConflict in aiact/facts.py, each within a model's after-validator or a
    helper it calls; none names its others from the case (``absolute``), so refusal_reads'
    ``absolute`` branch is not reached from a model's own check."""
    tree = ast.parse((ROOT / "aiact" / "facts.py").read_text(encoding="utf-8"))
    raises = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Raise)
                    and isinstance(inner.exc, ast.Call)
                    and getattr(inner.exc.func, "id", None) == "FieldConflict"
                ):
                    assert not any(k.arg == "absolute" for k in inner.exc.keywords)
                    raises.append(node.name)
    assert len(raises) == 28
    assert set(raises) == {
        "_consistent",
        "_none_true",
        "_check_in_the_union",
        "_check_annex_i_listed",
        "_check_implied_annex_iii",
    }
    # 28 sites, 31 cases: the loop of Transparency's checks holds three pairs and the first
    # check of _check_implied_annex_iii and of the biometrics' _none_true are tried each.
    assert len(CASES) == 31


def test_a_detail_not_named_only_adds_to_a_biometric_refusal() -> None:
    """_none_true names only the details that are true (Art. 3(40): categorisation "on the
    basis of their biometric data"): a detail not named, answered true, is named too; answered
    false, the one named still refuses."""
    facts = {"biometrics.categorises_persons_by_biometric_data": False}
    base = _assessed(facts, "system")
    answer = {"biometrics.categorises_individually": True}
    other = "biometrics.categorisation_ancillary_and_technically_necessary"
    assert other not in (refusal_reads(base, answer) or ())
    assert other in (refusal_reads(base, {**answer, other: True}) or ())
    for value in (True, False):
        assert isinstance(_assessed({**facts, **answer, other: value}, "system"), Exception)


def test_the_earlier_date_is_read_and_lifts_the_refusal() -> None:
    """Art. 111(2) and recital 177: a significant change before the first placing or putting
    into service is refused; the first is the earlier of both dates, so a placing given before
    the change lifts it: both dates are read (``reads``), not only the one named."""
    facts = {"put_into_service": dt.date(2025, 3, 1)}
    answer = {"significant_change": dt.date(2024, 1, 1)}
    assert isinstance(_assessed({**facts, **answer}, "system"), Exception)
    lifted = {**facts, **answer, "placed_on_market": dt.date(2023, 6, 1)}
    assert not isinstance(_assessed(lifted, "system"), Exception)
    read = refusal_reads(_assessed(facts, "system"), answer)
    assert read is not None and "placed_on_market" in read


def test_no_reads_for_what_is_not_a_models_own_check() -> None:
    """A field's own range, an accepted answer and a system's fields on a model's case give no
    reads (the answer is kept)."""
    base = _assessed({}, "system")
    assert refusal_reads(base, {"organisation.headcount": -1}) is None
    assert refusal_reads(base, {"roles.provider": True}) is None
    model = _assessed({"model.provider": True}, "model")
    assert refusal_reads(model, {"roles.provider": True}) is None


def _stuck_lists(
    facts: dict[str, Any], refused: dict[str, Any], others: list[dict[str, Any]]
) -> list[list[Mapping[str, Any]]]:
    base = _assessed(facts, "system")
    answers = [[refused, {"organisation.part_of_group": True}], others]
    return relevance._without_refused(base, facts, answers, {freeze(refused)})


def test_without_refused_leaves_out_only_what_no_other_answer_reaches() -> None:
    """An answer of group figures with ``part_of_group`` false is left out where no other
    question's answer sets a field of the group; kept where one does (the group stands for all
    its fields) or where the search did not find it refused."""
    facts = {"organisation.part_of_group": False}
    figures = {"organisation.group.headcount": 12}
    # part_of_group is known: the second answer of the first question changes nothing
    out = _stuck_lists(facts, figures, [{"organisation.headcount": 3}])
    assert figures not in out[0]
    out = _stuck_lists(facts, figures, [{"organisation.group.annual_turnover_eur": 5}])
    assert figures in out[0]
    base = _assessed(facts, "system")
    kept = relevance._without_refused(base, facts, [[figures], [{"roles.provider": True}]], set())
    assert kept == [[figures], [{"roles.provider": True}]]


def test_without_refused_keeps_an_answer_another_sets_a_read_field_of() -> None:
    """Art. 3(7): distributor true beside importer true is refused; where another question's
    answer sets ``roles.importer`` the answer is kept (a trial may hold importer false)."""
    facts: dict[str, Any] = {}
    base = _assessed(facts, "system")
    both = {"roles.distributor": True, "roles.importer": True}
    assert refusal_reads(base, both) == frozenset({"roles.distributor", "roles.importer"})
    kept = relevance._without_refused(
        base, facts, [[both], [{"roles.importer": False}]], {freeze(both)}
    )
    assert kept[0] == [both]
    left = relevance._without_refused(
        base, facts, [[both], [{"roles.provider": False}]], {freeze(both)}
    )
    assert left[0] == []


def test_a_copied_conflict_keeps_what_its_check_read() -> None:
    """rev28a R1, fixed by the lead in round 28: FieldConflict.__reduce__ keeps ``reads``, so a
    copied or pickled conflict names every field its check read."""
    error = FieldConflict(
        "significant_change",
        "put_into_service",
        "{date}",
        values={"date": "2024-01-01"},
        reads=("placed_on_market", "put_into_service"),
    )
    assert pickle.loads(pickle.dumps(error)).reads == error.reads
    assert copy.deepcopy(error).reads == error.reads
