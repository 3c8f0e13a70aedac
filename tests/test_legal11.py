"""Round 11 (legal11): can an Art. 80(2) finding exist, or bind, before the classification it
concerns applies? (ADR 0032, "Round 11".)

Art. 80(1) evaluates "an AI system classified by the provider as non-high-risk pursuant to Article
6(3)"; Art. 80 (Chapter IX) applies from the general date, 2 August 2026 (Art. 113, second
paragraph), in both versions. The finding of Art. 80(2), that "the AI system concerned is
high-risk", is a classification pursuant to Art. 6(2) and Annex III, for which Chapter III,
Sections 1 to 3, apply from the general date in the original text (point (c) defers only Art.
6(1)) and from 2 December 2027 in the amended text (point (c)(i) as amended), whatever reading
A22 says (legal11c). No finding can exist before the later of the two: the rules that read the
finding read it with ``dates.art80_2_finding_possible`` (the assessment date on or after that
day), so on such a day an unknown finding counts as none (and is not asked) while it stays unknown
in the inputs and the explanation names the atom; a finding given as true is refused, naming the
field and the date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lawquote import quote, quote_nl
from lawtext import OMNIBUS_MD, skip_unless_law
from timecases import assess, system

import aiact
from aiact.date_facts import FINDING_FIELD, first_finding_day
from aiact.interpretations import Interpretations
from aiact.testing.strategies import system_cases
from aiact.versions import LawVersion, version_in_force

D = dt.date
FINDING = "msa_found_derogated_system_high_risk"
SETS = "finding_sets_classification"
STANDS = "provider_assessment_stands"
GENERAL = D(2026, 8, 2)
ANNEX_III_AMENDED = D(2027, 12, 2)
ONE_DAY = dt.timedelta(days=1)
PLACED = D(2026, 3, 1)


def _derogated(finding: bool | None, placed: dt.date = PLACED) -> aiact.AISystem:
    """Annex III point 4(a), its provider relying on Art. 6(3) (narrow procedural task, no
    significant risk, no profiling); the Art. 80(2) finding as given."""
    data = system(
        roles=("provider",), annex_iii=["4a"], derogated=True, placed_on_market=placed
    ).model_dump()
    data["authority_actions"] = {**(data.get("authority_actions") or {}), FINDING: finding}
    return aiact.AISystem.model_validate(data)


def _quotes() -> None:
    quote("80", "an AI system classified by the provider as non-high-risk pursuant to Article 6(3)")
    quote("80", "finds that the AI system concerned is high-risk")
    quote_nl(
        "een AI-systeem dat door de aanbieder is ingedeeld als een AI-systeem dat geen hoog risico "
        "met zich meebrengt op grond van artikel 6, lid 3"
    )
    quote("113", "It shall apply from 2 August 2026.")
    quote(
        "113",
        "Article 6(1) and the corresponding obligations in this Regulation shall apply from "
        "2 August 2027",
    )
    quote("113", "Chapter XII and Article 78 shall apply from 2 August 2025")
    quote_nl("Zij is van toepassing met ingang van 2 augustus 2026.")
    quote(
        "113",
        "2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III",
        "amended",
    )
    quote("113", "Chapter III, Sections 1, 2, and 3, with the exception of Article 6(5)", "amended")


def test_the_first_day_by_version_and_reading() -> None:
    """Art. 80 applies from the general date in both versions (Chapter IX is named in no point of
    Art. 113, third paragraph; point (b) names Art. 78 alone); the finding that the system "is
    high-risk" (Art. 80(2)) is a classification pursuant to Art. 6(2) and Annex III, whose Chapter
    III, Sections 1 to 3, apply from the general date in the original text and from 2 December
    2027 in the amended text (point (c)(i)), under both readings A22 (legal11c)."""
    _quotes()
    skip_unless_law()
    recital_40 = " ".join(OMNIBUS_MD.read_text(encoding="utf-8").split())
    assert (
        "it is appropriate that the date of application of Sections 1, 2 and 3 of Chapter III is "
        "set to 2 December 2027 for AI systems classified as high-risk pursuant to Article 6(2) "
        "and Annex III"
    ) in recital_40
    default = Interpretations()
    annex = Interpretations(derogation_duties_date="annex_iii_date")
    assert first_finding_day(LawVersion.ORIGINAL, default)[0] == GENERAL
    assert first_finding_day(LawVersion.ORIGINAL, annex)[0] == GENERAL
    assert first_finding_day(LawVersion.AMENDED, default)[0] == ANNEX_III_AMENDED
    assert first_finding_day(LawVersion.AMENDED, annex)[0] == ANNEX_III_AMENDED
    assert "Art. 113, second paragraph" in first_finding_day(LawVersion.ORIGINAL, default)[1]
    for readings in (default, annex):
        source = first_finding_day(LawVersion.AMENDED, readings)[1]
        assert "point (c)(i)" in source and "point (40)(b)" in source, source
        assert "Art. 6(2) and Annex III" in source and "A22" not in source, source


_FIRST = [
    ("original", "general_date", GENERAL),
    ("original", "annex_iii_date", GENERAL),
    ("amended", "general_date", ANNEX_III_AMENDED),
    ("amended", "annex_iii_date", ANNEX_III_AMENDED),
]


@pytest.mark.parametrize(("law", "a22", "first"), _FIRST)
@pytest.mark.parametrize("a30", [SETS, STANDS])
def test_a_finding_the_day_before_is_refused_naming_the_field_and_the_date(
    law: str, a22: str, first: dt.date, a30: str
) -> None:
    """The day before: refused (InputError on the field, with both dates); on the day: taken."""
    before = first - ONE_DAY
    with pytest.raises(aiact.InputError) as caught:
        assess(
            _derogated(True),
            before,
            law=law,
            derogation_duties_date=a22,
            art80_finding=a30,
        )
    assert caught.value.field == FINDING_FIELD
    assert before.isoformat() in str(caught.value) and first.isoformat() in str(caught.value)
    assert "Art. 80" in str(caught.value)
    for day in (first, first + ONE_DAY):
        a = assess(_derogated(True), day, law=law, derogation_duties_date=a22, art80_finding=a30)
        assert a.value("hr.derogation") is (a30 == STANDS)


def _summary(a: Any) -> tuple[Any, ...]:
    return (
        a.value("hr.derogation"),
        a.risk_tier,
        a.possible_tiers,
        a.classification_tier,
        a.possible_classification_tiers,
        tuple((c.date, c.tier, c.possible_tiers) for c in a.tier_changes),
        tuple((r.id, r.applies, r.status) for r in a.obligations),
    )


@pytest.mark.parametrize(("law", "a22", "first"), _FIRST)
def test_unknown_is_false_before_the_first_day_and_open_from_it(
    law: str, a22: str, first: dt.date
) -> None:
    """Before the first day an unknown finding is the same as none (the derogation holds, the tier
    ahead shows no high-risk tier); from that day, under A30's default, the derogation is
    undetermined until the finding is known (ADR 0032)."""
    for day in (first - ONE_DAY, first, first + ONE_DAY):
        unknown = assess(_derogated(None), day, law=law, derogation_duties_date=a22)
        none = assess(_derogated(False), day, law=law, derogation_duties_date=a22)
        if day < first:
            assert _summary(unknown) == _summary(none), day
            assert unknown.value("hr.derogation") is True
        else:
            assert unknown.value("hr.derogation") is None, day


@pytest.mark.parametrize(
    ("law", "a22", "a30", "day", "expected"),
    [
        # (finding true, false, unknown) -> hr.derogation; None in the "true" slot: refused
        ("amended", "general_date", SETS, D(2026, 9, 1), ("refused", True, True)),
        ("amended", "general_date", SETS, D(2028, 1, 1), (False, True, None)),
        ("original", "general_date", SETS, D(2026, 9, 1), (False, True, None)),
        ("original", "general_date", SETS, D(2028, 1, 1), (False, True, None)),
        ("amended", "annex_iii_date", SETS, D(2026, 9, 1), ("refused", True, True)),
        ("amended", "annex_iii_date", SETS, D(2028, 1, 1), (False, True, None)),
        ("original", "annex_iii_date", SETS, D(2026, 9, 1), (False, True, None)),
        ("amended", "general_date", STANDS, D(2026, 9, 1), ("refused", True, True)),
        ("amended", "annex_iii_date", STANDS, D(2026, 9, 1), ("refused", True, True)),
        ("original", "general_date", STANDS, D(2028, 1, 1), (True, True, True)),
    ],
)
def test_the_adr_table(
    law: str, a22: str, a30: str, day: dt.date, expected: tuple[Any, ...]
) -> None:
    """ADR 0032, round 11: a provider-derogated Annex III system on 1 September 2026 and
    1 January 2028, both versions, finding true / false / unknown."""
    for finding, want in zip((True, False, None), expected, strict=True):
        if want == "refused":
            with pytest.raises(aiact.InputError):
                assess(_derogated(finding), day, law=law, derogation_duties_date=a22)
            continue
        a = assess(_derogated(finding), day, law=law, derogation_duties_date=a22, art80_finding=a30)
        assert a.value("hr.derogation") is want, (finding, want)


@pytest.mark.parametrize("a22", ["general_date", "annex_iii_date"])
def test_the_tier_ahead_on_1_september_2026_in_the_amended_text(a22: str) -> None:
    """Amended text, 1 September 2026 (the benchmark's day), either reading A22: no finding can
    exist yet (legal11c), so a finding given as true is refused naming the field and the first
    day, and an unknown one is none: nothing is ahead. From 2 December 2027 a finding decides."""
    day = D(2026, 9, 1)
    with pytest.raises(aiact.InputError, match="2027-12-02") as caught:
        assess(_derogated(True), day, law="amended", derogation_duties_date=a22)
    assert FINDING_FIELD in str(caught.value)
    unknown = assess(_derogated(None), day, law="amended", derogation_duties_date=a22)
    assert unknown.tier_changes == ()
    found = assess(_derogated(True), ANNEX_III_AMENDED, law="amended", derogation_duties_date=a22)
    assert found.risk_tier is aiact.RiskTier.HIGH_RISK


def test_the_interview_does_not_ask_where_no_finding_can_exist() -> None:
    """Open questions: authority_actions is asked from the first day only."""
    from aiact.questions import open_questions

    def asked(day: dt.date, **readings: Any) -> set[str]:
        a = assess(_derogated(None), day, **readings)
        return {q.question.id for q in open_questions(a, "tier")}

    assert "authority_actions" not in asked(GENERAL - ONE_DAY, law="original")
    assert "authority_actions" not in asked(GENERAL - ONE_DAY, law="amended")
    assert "authority_actions" in asked(GENERAL, law="original")
    for a22 in ("general_date", "annex_iii_date"):
        amended = {"law": "amended", "derogation_duties_date": a22}
        assert "authority_actions" not in asked(GENERAL, **amended)
        assert "authority_actions" not in asked(D(2026, 9, 1), **amended)
        assert "authority_actions" not in asked(ANNEX_III_AMENDED - ONE_DAY, **amended)
        assert "authority_actions" in asked(ANNEX_III_AMENDED, **amended)


def test_the_interview_trials_agree_with_assess() -> None:
    """assess_with (the interview's trials) treats the fact as aiact.assess does: an unknown
    finding stays false before the first day, and a "yes" is refused."""
    from aiact.questions.goals import assess_with

    day = GENERAL - ONE_DAY
    base = assess(_derogated(False), day, law="amended")
    unknown = assess_with(base, {f"authority_actions.{FINDING}": None})
    assert _summary(unknown) == _summary(assess(_derogated(None), day, law="amended"))
    with pytest.raises(ValueError, match=FINDING):
        assess_with(base, {f"authority_actions.{FINDING}": True})


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=system_cases(), finding=st.sampled_from([False, None, True]))
def test_before_the_first_day_the_finding_changes_nothing_or_is_refused(
    case: aiact.Case, finding: bool | None
) -> None:
    """Property: on a day before the first day of a finding the answer with the finding unknown
    is the answer with it false, and a finding given as true is refused; from that day a finding
    is never refused."""
    assert case.system is not None and case.as_of is not None
    law = case.law or version_in_force(case.as_of)
    first, _ = first_finding_day(law, case.interpretations)
    data = case.system.model_dump()
    data["authority_actions"] = {**(data.get("authority_actions") or {}), FINDING: finding}

    def run(value: bool | None) -> Any:
        data["authority_actions"][FINDING] = value
        return aiact.assess(
            aiact.AISystem.model_validate(data),
            case.organisation,
            case.as_of,
            case.law,
            interpretations=case.interpretations,
        )

    if case.as_of >= first:
        run(finding)
        return
    if finding is True:
        with pytest.raises(aiact.InputError, match=FINDING):
            run(True)
        return
    assert _summary(run(finding)) == _summary(run(False))


# ------------------------------------------------ legal11b: the first day is in the rules

POSSIBLE = "dates.art80_2_finding_possible"
FINDING_ATOM = f"authority_actions.{FINDING}"


@pytest.mark.parametrize(("law", "a22", "first"), _FIRST)
def test_the_explanation_names_why_the_finding_does_not_count(
    law: str, a22: str, first: dt.date
) -> None:
    """Before the first day the explanation of the derogation names
    ``dates.art80_2_finding_possible`` (false) and, in Dutch, its reason with its citations
    (Art. 80(1), Art. 113); an unknown finding stays unknown (not shown as given "no"). From the
    first day the atom is true and the finding is what decides (unchanged)."""
    for finding in (None, False):
        a = assess(_derogated(finding), first - ONE_DAY, law=law, derogation_duties_date=a22)
        assert a.value(FINDING_ATOM) is finding  # the user's fact, never overwritten
        assert a.value(POSSIBLE) is False
        text = a.explain("hr.derogation").text()
        assert f"{POSSIBLE} = false" in text
        assert f"{FINDING_ATOM} = false" not in text
        dutch = a.explain("hr.derogation").text("nl")
        assert "kan op de beoordelingsdatum op grond van artikel 80, lid 2" in dutch
        assert "artikel 80, lid 1" in dutch and "artikel 113, tweede alinea" in dutch
        assert "punt c), i)" in dutch
    for day in (first, first + ONE_DAY):
        a = assess(_derogated(None), day, law=law, derogation_duties_date=a22)
        assert a.value(POSSIBLE) is True
        text = a.explain("hr.derogation").text()
        assert f"{FINDING_ATOM} = unknown" in text and POSSIBLE not in text


def test_the_atom_is_declared_with_its_citations_and_labels() -> None:
    """The declaration: the assessment date compared with the first day (Art. 80(1), 80(2); Art.
    113, second paragraph; amended third paragraph point (c)(i), whatever A22 says), labelled in
    English and Dutch (the official term "markttoezichtautoriteit", Art. 80(1) NL)."""
    from aiact.date_facts import FINDING_POSSIBLE, finding_possible
    from aiact.views.labels import fact_label

    quote_nl("markttoezichtautoriteit")
    assert FINDING_POSSIBLE.atom == POSSIBLE and FINDING_POSSIBLE.source == "Art. 80(1), 80(2)"
    assert FINDING_POSSIBLE.interpretation is None
    assert all(t.when is None for t in FINDING_POSSIBLE.targets)
    english = fact_label(POSSIBLE, "en")
    for cited in (
        "Art. 80(1)",
        "Art. 80(2)",
        "Art. 113, second paragraph",
        "point (c)(i)",
        "point (40)(b)",
        "Annex III",
    ):
        assert cited in english
    assert "A22" not in english
    dutch = fact_label(POSSIBLE, "nl")
    assert dutch.startswith("Een markttoezichtautoriteit") and "punt c), i)" in dutch
    assert "artikel 80, lid 2" in dutch and "bijlage III" in dutch and "A22" not in dutch
    for law, a22, first in _FIRST:
        readings = Interpretations(derogation_duties_date=a22)
        version = LawVersion.parse(law)
        assert finding_possible(first - ONE_DAY, version, readings) is False
        assert finding_possible(first, version, readings) is True
    assert finding_possible(None, LawVersion.AMENDED, Interpretations()) is None


def test_every_rule_that_reads_the_finding_reads_the_first_day() -> None:
    """Each legal rule is written once: every rule and obligation that reads the finding reads
    it with ``dates.art80_2_finding_possible`` (so the explanation, the interview's relevance and
    the proofs read the first day off the rules)."""
    from aiact.engine.compile import ruleset_for

    readers: set[str] = set()
    for law in LawVersion:
        ruleset = ruleset_for("system", law)
        assert POSSIBLE in ruleset.inputs
        for compiled in ruleset.by_predicate.values():
            for rule in compiled:
                if FINDING_ATOM in rule.rule.reads:
                    assert POSSIBLE in rule.rule.reads, rule.rule.id
                    readers.add(rule.rule.id)
    assert {
        "hr.finding_binds.art80_2",
        "legacy.placed_as_not_high_risk.a27",
        "legacy.placed_before_cutoff.reclassified",
        "legacy.significant_change.reclassified",
    } <= readers


def test_the_frame_reads_the_first_day_as_assess_does() -> None:
    """aiact.assess_frame: the same values before and from the first day, and a finding given as
    true before it refused, naming the row and the field."""
    from aiact.frame import assess_frame, systems_frame

    systems = [_derogated(None), _derogated(False)]
    for day in (GENERAL - ONE_DAY, GENERAL):
        out = assess_frame(systems_frame(systems), None, day, "amended")
        for row, s in enumerate(systems):
            a = assess(s, day, law="amended")
            assert out["risk_tier"].iloc[row] == a.risk_tier.value
            assert out["art80_4.status"].iloc[row] == a.obligation("art80_4").status.value
    with pytest.raises(aiact.InputError) as caught:
        assess_frame(
            systems_frame([_derogated(False), _derogated(True)]), None, GENERAL - ONE_DAY, "amended"
        )
    assert caught.value.problems[0].path.startswith("rows[1]"), str(caught.value)
    assert FINDING in caught.value.problems[0].path


def test_the_verifier_encodes_the_first_day() -> None:
    """aiact.verify: no case where a finding is refused is admitted, and the atom is the day
    assessed compared with the first day (the solver finds no day before it where it holds)."""
    from aiact.engine.compile import ruleset_for
    from aiact.verify._z3 import z3
    from aiact.verify.dates import day_number
    from aiact.verify.encode import CaseVars, Encoding, Reading

    for law, a22, first in _FIRST:
        readings = Interpretations(derogation_duties_date=a22)
        version = LawVersion.parse(law)
        case = CaseVars("system")
        enc = Encoding(ruleset_for("system", version), case, Reading(readings))
        possible = enc.value(POSSIBLE)
        solver = z3.Solver()
        solver.add(*enc.constraints())
        solver.add(case.as_of < day_number(first), possible.t)
        assert solver.check() == z3.unsat, (law, a22)
        solver = z3.Solver()
        solver.add(*enc.constraints())
        solver.add(case.as_of == day_number(first), possible.f)
        assert solver.check() == z3.unsat, (law, a22)
        solver = z3.Solver()
        solver.add(*enc.constraints())
        solver.add(case.as_of < day_number(first), enc.value(FINDING_ATOM).t)
        assert solver.check() == z3.unsat, (law, a22)


def test_the_refusal_says_why_in_dutch_with_the_first_day_and_the_articles() -> None:
    """A "yes" on 5 December 2026 (amended text) is refused with its own problem code,
    ``before_first_day``, and the Dutch reason names the day assessed, the first day and the
    articles in their Dutch form (Art. 80(2): "stelt vast dat het AI-systeem ... een hoog risico
    inhoudt"; Art. 113, third paragraph, point (c)(i) as amended), not only "in conflict with
    as_of" (round 11, integrator)."""
    from aiact.errors import render

    with pytest.raises(aiact.InputError) as caught:
        assess(_derogated(True), D(2026, 12, 5))
    (problem,) = caught.value.problems
    assert problem.kind == "before_first_day"
    assert problem.path == f"system.authority_actions.{FINDING}"
    dutch = render(caught.value, "nl")
    assert "kan op 2026-12-05 niet waar zijn" in dutch and "vanaf 2027-12-02" in dutch
    assert "artikel 80, lid 2" in dutch and "artikel 113, derde alinea, punt c, onder i" in dutch
    english = render(caught.value, "en")
    assert "2027-12-02" in english and "Art. 80(2)" in english
