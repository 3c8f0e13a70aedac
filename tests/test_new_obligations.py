"""Issue 12, section 2: every obligation the second reading added, with the words of its article
(checked against the law text by ``tests/lawquote.py``), its versions, fine, schedule and trigger.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from lawquote import quote

from aiact.obligations import Trigger, catalogue
from aiact.obligations.model import Obligation
from aiact.penalties.tiers import FineTier
from aiact.timeline.schedule import Schedule
from aiact.versions import ALL_VERSIONS, ONLY_AMENDED, ONLY_ORIGINAL, LawVersion

S = Trigger.STANDING
R = Trigger.ON_AUTHORITY_REQUEST


class Row(NamedTuple):
    id: str
    article: str
    words: str
    text: str
    """Which text holds the words (see ``lawquote.quote``)."""
    versions: frozenset[LawVersion]
    fine: FineTier
    fine_ref: str | None
    schedule: Schedule
    trigger: Trigger


ROWS: tuple[Row, ...] = (
    Row(
        "art41_5",
        "41",
        "do not comply with the common specifications referred to in paragraph 1, they shall "
        "duly justify that they have adopted technical solutions",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.HIGH_RISK_GATED,
        S,
    ),
    Row(
        "art46_2",
        "46",
        "provided that such authorisation is requested during or after the use without undue delay",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.HIGH_RISK_GATED,
        S,
    ),
    Row(
        "art43_1_choice",
        "43",
        "the provider shall opt for one of the following conformity assessment procedures based "
        "on: (a) the internal control referred to in Annex VI; or (b) the assessment of the "
        "quality management system and the assessment of the technical documentation, with the "
        "involvement of a notified body",
        "both",
        ALL_VERSIONS,
        FineTier.ART_99_4,
        "Art. 99(4)(a)",
        Schedule.HIGH_RISK_GATED,
        S,
    ),
    Row(
        "art43_1_annex_vii",
        "43",
        "the provider shall follow the conformity assessment procedure set out in Annex VII where: "
        "(a) harmonised standards referred to in Article 40 do not exist",
        "both",
        ALL_VERSIONS,
        FineTier.ART_99_4,
        "Art. 99(4)(a)",
        Schedule.HIGH_RISK_GATED,
        S,
    ),
    Row(
        "art43_2",
        "43",
        "For high-risk AI systems referred to in points 2 to 8 of Annex III, providers shall "
        "follow the conformity assessment procedure based on internal control as referred to in "
        "Annex VI, which does not provide for the involvement of a notified body.",
        "both",
        ALL_VERSIONS,
        FineTier.ART_99_4,
        "Art. 99(4)(a)",
        Schedule.HIGH_RISK_GATED,
        S,
    ),
    Row(
        "art43_3",
        "43",
        "Assessment of the quality management system set out in Article 17 shall also be "
        "undertaken",
        "omnibus_only",
        ONLY_AMENDED,
        FineTier.ART_99_4,
        "Art. 99(4)(a)",
        Schedule.HIGH_RISK_GATED,
        S,
    ),
    Row(
        "art43_3_original",
        "43",
        "the provider shall follow the relevant conformity assessment procedure as required under "
        "those legal acts",
        "original",
        ONLY_ORIGINAL,
        FineTier.ART_99_4,
        "Art. 99(4)(a)",
        Schedule.HIGH_RISK_GATED,
        S,
    ),
    Row(
        "art43_4",
        "43",
        "shall undergo a new conformity assessment procedure in the event of a substantial "
        "modification",
        "both",
        ALL_VERSIONS,
        FineTier.ART_99_4,
        "Art. 99(4)(a)",
        Schedule.HIGH_RISK_GATED,
        S,
    ),
    Row(
        "art11_2",
        "11",
        "a single set of technical documentation shall be drawn up containing all the information "
        "set out in paragraph 1, as well as the information required under those legal acts",
        "both",
        ALL_VERSIONS,
        FineTier.ART_99_4,
        "Art. 99(4)(a)",
        Schedule.HIGH_RISK,
        S,
    ),
    Row(
        "art73_10",
        "73",
        "the notification of serious incidents shall be limited to those referred to in Article 3, "
        "point (49)(c) of this Regulation",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.HIGH_RISK_GATED,
        S,
    ),
    Row(
        "art50_5",
        "50",
        "The information referred to in paragraphs 1 to 4 shall be provided to the natural persons "
        "concerned in a clear and distinguishable manner at the latest at the time of the first "
        "interaction or exposure.",
        "both",
        ALL_VERSIONS,
        FineTier.ART_99_4,
        "Art. 99(4)(g)",
        Schedule.GENERAL,
        S,
    ),
    Row(
        "art27_4_original",
        "27",
        "the fundamental rights impact assessment referred to in paragraph 1 of this Article shall "
        "complement that data protection impact assessment",
        "original",
        ONLY_ORIGINAL,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.HIGH_RISK,
        S,
    ),
    Row(
        "art27_4",
        "27",
        "the deployer may, when conducting the fundamental rights impact assessment referred to "
        "in paragraph 1 of this Article, include cross-references to the relevant sections of "
        "that data protection impact assessment",
        "omnibus_only",
        ONLY_AMENDED,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.HIGH_RISK,
        S,
    ),
    Row(
        "art60_4",
        "60",
        "Providers or prospective providers may conduct the testing in real world conditions only "
        "where all of the following conditions are met",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.GENERAL,
        S,
    ),
    Row(
        "art60_4_c",
        "60",
        "and high-risk AI systems referred to in point 2 of Annex III has registered the testing "
        "in real world conditions in accordance with Article 71(4)",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.GENERAL,
        S,
    ),
    Row(
        "art60_4_c_national",
        "60",
        "the provider or prospective provider of high-risk AI systems referred to in point 2 of "
        "Annex III has registered the testing in real-world conditions in accordance with "
        "Article 49(5)",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.GENERAL,
        S,
    ),
    Row(
        "art60_7",
        "60",
        "Any serious incident identified in the course of the testing in real world conditions "
        "shall be reported to the national market surveillance authority in accordance with "
        "Article 73.",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.GENERAL,
        S,
    ),
    Row(
        "art60_8",
        "60",
        "shall notify the national market surveillance authority in the Member State where the "
        "testing in real world conditions is to be conducted of the suspension or termination of "
        "the testing in real world conditions and of the final outcomes",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.GENERAL,
        S,
    ),
    Row(
        "art61",
        "61",
        "freely-given informed consent shall be obtained from the subjects of testing prior to "
        "their participation in such testing",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.GENERAL,
        S,
    ),
    Row(
        "art63_1_original",
        "63",
        "Microenterprises within the meaning of Recommendation 2003/361/EC may comply with certain "
        "elements of the quality management system required by Article 17 of this Regulation in a "
        "simplified manner, provided that they do not have partner enterprises or linked "
        "enterprises",
        "original",
        ONLY_ORIGINAL,
        FineTier.ART_99_4,
        "Art. 99(4)(a)",
        Schedule.HIGH_RISK,
        S,
    ),
    Row(
        "art63_1",
        "63",
        "SMEs, including start-ups, may comply with certain elements of the quality management "
        "system required by Article 17 in a simplified manner",
        "omnibus_only",
        ONLY_AMENDED,
        FineTier.ART_99_4,
        "Art. 99(4)(a)",
        Schedule.HIGH_RISK,
        S,
    ),
    Row(
        "art75_1a",
        "75",
        "By way of derogation from Article 73, providers of high-risk AI systems subject to the "
        "competence of the AI Office pursuant to paragraph 1 of this Article shall report any "
        "serious incidents to the AI Office.",
        "omnibus_only",
        ONLY_AMENDED,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.HIGH_RISK_GATED,
        S,
    ),
    Row(
        "art79_4",
        "79",
        "The operator shall ensure that all appropriate corrective action is taken in respect of "
        "all the AI systems concerned that it has made available on the Union market.",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.GENERAL,
        R,
    ),
    Row(
        "art80_4",
        "80",
        "the provider shall be subject to fines in accordance with Article 99",
        "both",
        ALL_VERSIONS,
        FineTier.ART_99_4,
        "Art. 99(4)(a)",
        Schedule.HIGH_RISK_GATED,
        R,
    ),
    Row(
        "art80_5",
        "80",
        "The provider shall ensure that all appropriate corrective action is taken in respect of "
        "all the AI systems concerned that it has made available on the Union market.",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.HIGH_RISK_GATED,
        R,
    ),
    Row(
        "art82_2",
        "82",
        "The provider or other relevant operator shall ensure that corrective action is taken in "
        "respect of all the AI systems concerned that it has made available on the Union market "
        "within the timeline prescribed by the market surveillance authority",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.HIGH_RISK_GATED,
        R,
    ),
    Row(
        "art75c_3",
        "75c",
        "The operator concerned shall provide the AI Office with a description of the measures it "
        "has taken to ensure compliance with the decision upon their implementation.",
        "omnibus_only",
        ONLY_AMENDED,
        FineTier.ART_99_4,
        "Art. 99(4)",
        Schedule.GENERAL,
        R,
    ),
    Row(
        "art75c_5",
        "75c",
        "shall not exceed 5 % of the average daily income or worldwide annual turnover in the "
        "preceding financial year per day",
        "omnibus_only",
        ONLY_AMENDED,
        FineTier.ART_99_4,
        "Art. 99(4)",
        Schedule.GENERAL,
        R,
    ),
    Row(
        "art91_5",
        "91",
        "The provider of the general-purpose AI model concerned, or its representative shall "
        "supply the information requested.",
        "both",
        ALL_VERSIONS,
        FineTier.ART_101,
        "Art. 101(1)(b)",
        Schedule.GENERAL,
        R,
    ),
    Row(
        "art92_5",
        "92",
        "shall provide the access requested on behalf of the provider of the general-purpose AI "
        "model concerned",
        "both",
        ALL_VERSIONS,
        FineTier.ART_101,
        "Art. 101(1)(d)",
        Schedule.GENERAL,
        R,
    ),
    Row(
        "art93",
        "93",
        "Where necessary and appropriate, the Commission may request providers to",
        "both",
        ALL_VERSIONS,
        FineTier.ART_101,
        "Art. 101(1)(c)",
        Schedule.GENERAL,
        R,
    ),
    Row(
        "art49_4_not_high_risk",
        "49",
        "the registration referred to in paragraphs 1, 2 and 3 of this Article shall be in a "
        "secure non-public section",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.HIGH_RISK_GATED,
        S,
    ),
    Row(
        "art49_4_deployer",
        "49",
        "(c) Section C, points 1 to 3, of Annex VIII",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.HIGH_RISK_GATED,
        S,
    ),
    Row(
        "art5_2",
        "5",
        "shall be authorised only if the law enforcement authority has completed a fundamental "
        "rights impact assessment",
        "both",
        ALL_VERSIONS,
        FineTier.ART_99_3,
        "Art. 99(3)",
        Schedule.CHAPTERS_I_II,
        S,
    ),
    Row(
        "art5_2_duty_only",
        "5",
        "shall be authorised only if the law enforcement authority has completed a fundamental "
        "rights impact assessment",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.CHAPTERS_I_II,
        S,
    ),
    Row(
        "art5_3",
        "5",
        "shall be subject to a prior authorisation granted by a judicial authority or an "
        "independent administrative authority whose decision is binding",
        "both",
        ALL_VERSIONS,
        FineTier.ART_99_3,
        "Art. 99(3)",
        Schedule.CHAPTERS_I_II,
        S,
    ),
    Row(
        "art5_4",
        "5",
        "each use of a 'real-time' remote biometric identification system in publicly accessible "
        "spaces for law enforcement purposes shall be notified to the relevant market "
        "surveillance authority and the national data protection authority",
        "both",
        ALL_VERSIONS,
        FineTier.NATIONAL_ONLY,
        None,
        Schedule.CHAPTERS_I_II,
        S,
    ),
)


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_declaration_matches_the_text(row: Row) -> None:
    quote(row.article, row.words, row.text)  # type: ignore[arg-type]
    o: Obligation = catalogue().get(row.id)
    assert o.ref.article == row.article
    assert o.versions == row.versions
    assert (o.fine, o.fine_ref) == (row.fine, row.fine_ref)
    assert o.schedule is row.schedule
    assert o.trigger is row.trigger
    assert o.title_nl.strip() and o.summary_nl.strip() and o.summary_en.strip()


def test_every_new_obligation_is_in_the_table() -> None:
    from aiact.obligations import decl_authority, decl_conformity, decl_testing

    new = {o.id for m in (decl_authority, decl_conformity, decl_testing) for o in m.OBLIGATIONS}
    assert new <= {r.id for r in ROWS}


def test_gpai_answers_use_the_art_101_points() -> None:
    quote(
        "101",
        "failed to comply with a request for a document or for information pursuant to "
        "Article 91, or supplied incorrect, incomplete or misleading information",
    )
    quote("101", "failed to comply with a measure requested under Article 93")
    quote(
        "101",
        "failed to make available to the Commission access to the general-purpose AI model",
    )
    for oid in ("art91_5", "art92_5", "art93"):
        assert catalogue().get(oid).kind == "model"


def test_ai_office_fines_any_provision_at_the_99_4_level() -> None:
    quote(
        "75c",
        "infringement of any applicable provision of this Regulation, including those not listed "
        "in Article 99(4)",
        "omnibus_only",
    )
    quote(
        "75c",
        "failure to comply with decisions or measures adopted pursuant to the powers listed in "
        "Article 14(4) or Article 16(3) of Regulation (EU) 2019/1020",
        "omnibus_only",
    )
