"""words21b (round 21): review69's wording defects D3, D5, D6 and D7, beyond the reviewer's own
tests in tests/test_review69.py (made plain)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from timecases import COMPANY, system

import aiact
from aiact.interview import Interview
from aiact.questions.model import QuestionError

IDENTIFIER = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")
"""A field id (``significant_change``, ``authority_actions.msa_found_...``)."""


def _public_legacy(change: object, placed: object = dt.date(2025, 3, 1)) -> aiact.AISystem:
    return system(
        roles=("provider",),
        annex_iii=["4a"],
        placed_on_market=placed,
        significant_change=change,
        context={"intended_for_public_authorities": None},
    )


# --------------------------------------------------------------------------- D3


@pytest.mark.parametrize("law", ["original", "amended"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_d3_an_undetermined_date_names_its_inputs_by_their_labels(law: str, lang: str) -> None:
    """review69 D3: the reason of an undetermined date said "depends on significant_change,
    context.intended_for_public_authorities" (also in Dutch). It names each input by its label,
    as the open questions do, in both languages; the field ids stay in the data
    (``undetermined_because``)."""
    a = aiact.assess(_public_legacy(None, placed=None), COMPANY, "2026-12-06", law)
    r = a.obligation("art9")
    assert r.timing is not None and r.applies_from is None
    text = r.timing.reason(lang)
    assert not IDENTIFIER.search(text.split(" Possible dates")[0].split(" Mogelijke data")[0]), text
    if lang == "nl":
        assert text.startswith(
            "De datum is onbepaald: die hangt af van feiten die niet zijn opgegeven: "
        ), text
        assert "aanzienlijke wijziging in het ontwerp (artikel 111, lid 2" in text
        assert "het beoogde doel van de aanbieder omvat gebruik door overheidsinstanties" in text
        assert "de datum waarop het systeem in de Unie in de handel is gebracht" in text
    else:
        assert text.startswith("The date is undetermined: it depends on facts not given: "), text
        assert "significant change in design (Art. 111(2)" in text
        assert "the provider's intended purpose includes use by public authorities" in text
    assert {"significant_change", "placed_on_market"} <= set(r.timing.undetermined_because)


# --------------------------------------------------------------------------- D5

NL_ORG = {"kind": "private_undertaking", "member_state": "NL"}
AS_OF = "2026-11-28"


def _pre_market_refusal(
    case: dict[str, object] | None, answered: str | None = None
) -> QuestionError:
    system_facts = {"is_ai_system": True, "roles": {"provider": True}} | (case or {})
    interview = Interview.start(
        AS_OF, "full", case={"system": system_facts, "organisation": NL_ORG}
    )
    if answered is not None:
        interview = interview.answer(answered, question="first_placing")
    with pytest.raises(QuestionError) as caught:
        interview.answer(["pre_market"], question="exclusions")
    return caught.value


@pytest.mark.parametrize(
    ("field", "en", "nl"),
    [
        ("placed_on_market", "the placing on the market", "het in de handel brengen"),
        ("put_into_service", "the putting into service", "het in gebruik stellen"),
    ],
)
def test_d5_the_date_from_the_case_file_is_the_date_of_its_step(
    field: str, en: str, nl: str
) -> None:
    """Art. 2(8) ("prior to their being placed on the market or put into service"): the refusal
    of research before the placing, where the case file dates that step on or before the day
    assessed, says whose date it is; the case file stands in brackets (review69 D5: "but in
    your case file, for the question "..." is 2025-01-01")."""
    error = _pre_market_refusal({field: "2025-01-01"})
    english, dutch = error.text("en"), error.text("nl")
    assert f'but the date of {en} (in your case file, for the question "' in english, english
    assert '...") is 2025-01-01, on or before the day assessed (2026-11-28)' in english
    assert f'maar de datum van {nl} (in uw casusbestand, bij de vraag "' in dutch, dutch
    assert '...") is 2025-01-01, op of vóór de beoordelingsdatum (2026-11-28)' in dutch
    assert field not in english + dutch


def test_d5_the_date_answered_reads_as_the_model_s() -> None:
    """The date answered in the interview: named by the answer, after the step it dates, as
    for a model's placing."""
    text = _pre_market_refusal(None, answered="2025-01-01").text("en")
    assert 'but the date of the placing on the market (the answer to the question "' in text
    assert '") is 2025-01-01, on or before the day assessed' in text, text


def test_d5_a_developer_still_reads_the_field() -> None:
    """``aiact.assess`` names the field by its path, as before."""
    s = system(roles=("provider",), placed_on_market=dt.date(2025, 1, 1))
    facts = s.model_dump(mode="json")
    facts["exclusions"]["pre_market_research_testing"] = True
    with pytest.raises(ValueError) as caught:
        aiact.assess(facts, COMPANY, AS_OF, "amended")
    assert "true, but placed_on_market is 2025-01-01" in str(caught.value), caught.value


# --------------------------------------------------------------------------- D6


def test_d6_the_dutch_words_of_article_25_4_say_onderdelen() -> None:
    """Art. 25(4) NL, first subparagraph: "de derde partij die instrumenten, diensten, onderdelen
    of processen voor AI-systemen levert die worden gebruikt of geïntegreerd in een AI-systeem met
    een hoog risico" (the second subparagraph, on the AI Office's model terms, says
    "componenten"; the duty is the first's). Every Dutch label of the supplier's facts, its role
    and the rules that conclude it say "onderdelen"; the word "component" stays for the safety
    component (Art. 3(14)) and the Annex X components (Art. 111(1))."""
    from lawquote import quote_nl

    from aiact.i18n import pt
    from aiact.rules import SYSTEM_RULES

    quote_nl(
        "de derde partij die instrumenten, diensten, onderdelen of processen voor AI-systemen "
        "levert die worden gebruikt of geïntegreerd in een AI-systeem met een hoog risico"
    )
    quote_nl("onder een vrije en opensource licentie toegankelijk maken voor het publiek")
    for fact in (
        "supplies_components_for_high_risk",
        "supplies_only_ai_model",
        "supplies_general_purpose_ai_model",
        "supplies_under_free_open_source_licence",
    ):
        label = pt("fact", f"value_chain.{fact}", "nl")
        assert "component" not in label and "openbaar" not in label, label
    assert "gebruikt of geïntegreerd" in pt(
        "fact", "value_chain.supplies_components_for_high_risk", "nl"
    )
    assert "'instrumenten, diensten, onderdelen of processen voor AI-systemen'" in pt(
        "fact", "value_chain.supplies_only_ai_model", "nl"
    )
    supplier = [r for r in SYSTEM_RULES if r.concludes == "role.supplier"]
    assert supplier
    for rule in supplier:
        assert "component" not in rule.title_nl and "onderdelen" in rule.title_nl, rule.id


# --------------------------------------------------------------------------- D7


@pytest.mark.parametrize(
    ("change", "holds"),
    [("none", True), (dt.date(2025, 6, 1), True), (dt.date(2028, 3, 1), False)],
)
def test_d7_the_legacy_row_says_what_legacy_art111_2_grace_concludes(
    change: object, holds: bool
) -> None:
    """Art. 111(2): the Act applies to a legacy high-risk system "only if, as from that date,
    those systems are subject to significant changes in their designs". The row of the
    classification table shows ``legacy.art111_2_grace``: placed before the cut-off AND not
    changed on or after it. Its words say both, so that a changed legacy system (2028) reads
    "no" without being denied to be a legacy system; a change before the cut-off (2025) does not
    count."""
    from lawquote import quote

    from aiact.views._rows import category_rows

    quote("111", "only if, as from that date, those systems are subject to significant changes")
    a = aiact.assess(_public_legacy(change), COMPANY, "2026-12-06", "amended")
    assert a.categories["legacy_grace"] is holds
    rows = {label: value for label, value, _ in category_rows(a, "nl")}
    label = (
        "bestaand systeem zonder aanzienlijke wijziging op of na de grensdatum van artikel 111, "
        "lid 2"
    )
    assert rows[label] == ("ja" if holds else "nee"), rows
    english = {label: value for label, value, _ in category_rows(a, "en")}
    assert english[
        "legacy system with no significant change on or after the Art. 111(2) cut-off"
    ] == ("yes" if holds else "no")
