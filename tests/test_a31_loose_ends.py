"""A31's loose ends (round 14; docs/adr/0034-a31-annex-iii-point-2-exception.md, "Round 14").

1. The two other exceptions for Annex III point 2 that round 12 left aside:

   * Art. 60(4)(c) (registration of testing in real-world conditions) excepts "high-risk AI
     systems referred to in point 2 of Annex III", the words of Art. 49(1), out of the same class
     ("high-risk AI systems listed in Annex III", Art. 60(1)): the same question, so it now reads
     A31 (rules ``art60.testing_registered_in_eu_database.*``, obligations ``art60_4_c`` and
     ``art60_4_c_national``, split out of ``art60_4``).
   * Art. 75(1)(a)(ii) (the AI Office's competence) excepts "AI systems referred to in point 2 of
     Annex III" out of "AI systems based on general-purpose AI models" of one provider, a class
     not defined by Annex III: a 5(a) listing brings nothing into it, so the question A31 answers
     does not arise and any point 2 listing excepts (rule unchanged, pinned here).

2. Arts. 26(8) and 49(3)-(5) for a public deployer of a point 2 system (no paragraph of Art. 49
   or Art. 26 is amended by Regulation (EU) 2026/1744): pinned as the library answers them.

Both law versions; every fact known; a handful of assessments plus one property.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lawquote import omnibus_text, quote, quote_nl, quote_recital
from lawtext import OMNIBUS_MD, skip_unless_law
from timecases import COMPANY, PUBLIC_BODY, assess, system

import aiact
from aiact.interpretations import Point2Exception
from aiact.logic import is_false, is_true
from aiact.rules.classification import ANNEX_III

D = dt.date
LAWS = ("original", "amended")
DEFAULT = Point2Exception.POINT_2_ALONE.value
ALTERNATIVE = Point2Exception.ANY_POINT_2_LISTING.value
READINGS = (DEFAULT, ALTERNATIVE)
DAY = "2028-02-01"  # Chapter III applies under both texts
PLACED = D(2028, 1, 1)

# The duties whose point 2 exception reads A31 (round 12 and, for Art. 60(4)(c), round 14).
A31_DUTIES = ("art16_i", "art49_1", "art26_8", "art49_3", "art27_1", "art86", "art60_4_c")


def _system(
    points: list[str],
    roles: tuple[str, ...] = ("provider",),
    *,
    testing: bool = False,
    context: dict[str, bool] | None = None,
) -> aiact.AISystem:
    s = system(
        roles=roles,
        annex_iii=points,
        placed_on_market=PLACED,
        context={"decisions_on_natural_persons": True, **(context or {})},
    )
    conformity = s.conformity.model_copy(update={"real_world_testing_outside_sandbox": testing})
    return s.model_copy(update={"conformity": conformity})


def _applies(a: aiact.Assessment, obligation: str) -> object:
    return a.obligation(obligation).applies


def _quote_art60_4_c() -> None:
    """Art. 60(4)(c), English (the Omnibus replaces only Art. 60(1) first subparagraph and 60(2),
    so the words are those of both texts) and Dutch."""
    quote(
        "60",
        "with the exception of providers or prospective providers of high-risk AI systems "
        "referred to in points 1, 6 and 7 of Annex III in the areas of law enforcement, "
        "migration, asylum and border control management, and high-risk AI systems referred to "
        "in point 2 of Annex III has registered the testing in real world conditions in "
        "accordance with Article 71(4)",
        "both",
    )
    quote(
        "60",
        "the provider or prospective provider of high-risk AI systems referred to in point 2 of "
        "Annex III has registered the testing in real-world conditions in accordance with "
        "Article 49(5)",
        "both",
    )
    quote_nl(
        "met uitzondering van aanbieders of potentiële aanbieders van in de punten 1, 6 en 7 van "
        "bijlage III bedoelde AI-systemen met een hoog risico op de gebieden rechtshandhaving, "
        "migratie, asiel en grenstoezichtsbeheer en AI-systemen met een hoog risico als bedoeld "
        "in punt 2 van bijlage III, heeft het testen onder reële omstandigheden geregistreerd "
        "overeenkomstig artikel 71, lid 4"
    )
    quote_nl(
        "de aanbieder of potentiële aanbieder van in punt 2 van bijlage III bedoelde AI-systemen "
        "met een hoog risico heeft het testen onder reële omstandigheden geregistreerd "
        "overeenkomstig artikel 49, lid 5"
    )
    # The same words as the exception of Art. 49(1), and the same class as Art. 49(1).
    quote("49", "with the exception of high-risk AI systems referred to in point 2 of Annex III")
    quote_nl("met uitzondering van de in punt 2 van bijlage III vermelde AI-systemen met een hoog")
    quote("60", "providers or prospective providers of high-risk AI systems listed in Annex III")
    quote(
        "60",
        "high-risk AI systems listed in Annex III or covered by Union harmonisation",
        "amended",
    )


def _tester(points: list[str], reading: str, law: str) -> aiact.Assessment:
    """A company that provides the system and tests it in real-world conditions outside a
    sandbox."""
    return assess(
        _system(points, testing=True), DAY, COMPANY, law, annex_iii_point_2_exception=reading
    )


# ----------------------------------------------------------------- 1. Art. 60(4)(c)


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize(
    ("points", "reading", "eu", "national"),
    [
        (["2", "5a"], DEFAULT, True, True),
        (["2", "5a"], ALTERNATIVE, False, True),
        (["2"], DEFAULT, False, True),
        (["2"], ALTERNATIVE, False, True),
        (["5a"], DEFAULT, True, False),
        (["5a"], ALTERNATIVE, True, False),
    ],
    ids=["2+5a-default", "2+5a-alternative", "2-default", "2-alternative", "5a-d", "5a-a"],
)
def test_art60_4_c_reads_a31_as_art49_1(
    law: str, points: list[str], reading: str, eu: bool, national: bool
) -> None:
    """Art. 60(4)(c): the provider, "with the exception of ... high-risk AI systems referred to in
    point 2 of Annex III", registers the testing in the EU database "in accordance with Article
    71(4)"; "the provider ... of high-risk AI systems referred to in point 2 of Annex III has
    registered the testing ... in accordance with Article 49(5)" (at national level). Dutch: "met
    uitzondering van ... AI-systemen met een hoog risico als bedoeld in punt 2 van bijlage III".

    The exception is worded as Art. 49(1)'s ("referred to in point 2 of Annex III") and cut out of
    the same class (Art. 60(1): "high-risk AI systems listed in Annex III"), so a system listed in
    points 2 and 5(a) raises the question of A31 again: under the default point_2_alone it is in
    the class through 5(a) and its testing is registered in the EU database, as the system itself
    is under Art. 49(1); under any_point_2_listing it is excepted. The national registration is
    not an exception: every system listed in point 2, under both readings (so a system listed in
    points 2 and 5(a) is registered both ways under the default, as for Arts. 49(1) and 49(5))."""
    _quote_art60_4_c()
    a = _tester(points, reading, law)
    assert is_true(_applies(a, "art60_4"))
    assert is_true(_applies(a, "art60_4_c")) is eu, (law, points, reading)
    assert is_false(_applies(a, "art60_4_c")) is not eu
    assert is_true(_applies(a, "art60_4_c_national")) is national
    # The registration of the system itself follows the same reading.
    assert is_true(_applies(a, "art49_1")) is eu
    assert is_true(_applies(a, "art49_5")) is national


@pytest.mark.parametrize("reading", READINGS)
def test_art60_4_c_annex_i_system_registers_its_testing_in_the_eu_database(reading: str) -> None:
    """Art. 60(1) as replaced by Regulation (EU) 2026/1744 adds high-risk systems "covered by
    Union harmonisation legislation listed in Section A of Annex I"; Art. 60(4)(c) excepts none of
    them, so a medical device tested in real-world conditions registers the testing in the EU
    database (Art. 71(4)) whatever A31 says; it is not in point 2, so no national registration."""
    quote(
        "60", "covered by Union harmonisation legislation listed in Section A of Annex I", "amended"
    )
    _quote_art60_4_c()
    from timecases import ANNEX_I_MEDICAL

    s = system(roles=("provider",), annex_i=ANNEX_I_MEDICAL, placed_on_market=PLACED)
    s = s.model_copy(
        update={
            "conformity": s.conformity.model_copy(
                update={"real_world_testing_outside_sandbox": True}
            )
        }
    )
    a = assess(s, DAY, COMPANY, "amended", annex_iii_point_2_exception=reading)
    assert is_true(_applies(a, "art60_4_c"))
    assert is_false(_applies(a, "art60_4_c_national"))


@pytest.mark.parametrize(
    ("reading", "rule"),
    [
        (DEFAULT, "art60.testing_registered_in_eu_database.other_point"),
        (ALTERNATIVE, "art60.testing_registered_in_eu_database.not_point_2"),
    ],
)
def test_art60_4_c_explanation_names_the_reading(reading: str, rule: str) -> None:
    """Art. 60(4)(c): for a system listed in points 2 and 5(a) the rule that keeps the EU database
    registration of the testing is the one marked A31, which cites Art. 60(4)(c) and reads the
    conclusion the rules of A31 decide; for a 5(a)-only system the rule that does not need A31
    (not in point 2) and the A31 rule both hold."""
    _quote_art60_4_c()
    a = _tester(["2", "5a"] if reading == DEFAULT else ["5a"], reading, "amended")
    why = a.why("art60.testing_registered_in_eu_database")
    held = {(s.rule.id, s.rule.interpretation, s.rule.source) for s in why.steps if s.value is True}
    assert (rule, "A31" if rule.endswith("other_point") else None, "Art. 60(4)(c)") in held
    if reading == DEFAULT:
        assert "[A31]" in why.text()
        assert "hr.annex_iii_other_than_point_2" in why.text()


# ----------------------------------------------------------------- 1. Art. 75(1)(a)(ii)


def _omnibus_recital(words: str) -> str:
    """``words``, checked to be in the recitals of Regulation (EU) 2026/1744."""
    skip_unless_law()
    text = OMNIBUS_MD.read_text(encoding="utf-8")
    text = text[: text.index("### Article 1 —")].replace("’", "'")
    assert re.sub(r"\s+", " ", words) in re.sub(r"\s+", " ", text), words
    return words


@pytest.mark.parametrize("reading", READINGS)
@pytest.mark.parametrize(
    ("points", "excepted"), [(["2", "5a"], True), (["2"], True), (["5a"], False)]
)
def test_art75_1_a_ii_is_not_a31_any_point_2_listing_excepts(
    reading: str, points: list[str], excepted: bool
) -> None:
    """Art. 75(1) as replaced by Regulation (EU) 2026/1744: the AI Office is exclusively
    competent for "AI systems based on general-purpose AI models where the model and the system
    are developed by the same provider ..., with the exception of: ... (ii) AI systems referred
    to in point 2 of Annex III". The words are those of Art. 49(1), but point 2 is not cut out
    of a class of Annex III systems: the class is the systems built on the provider's own model,
    which a listing in 5(a) does not bring a system into. The argument of A31's default (a
    system also listed in 5(a) stays in the class through 5(a), a listing the exception does not
    mention) has nothing to work on, and the competence is over the system as a whole ("in
    relation to the following AI systems"). Recital 31: "where there is specific sectoral
    supervision, responsibility should remain with the relevant national competent authority".
    So any point 2 listing excepts, under both readings of A31 (the rule does not read it)."""
    quote(
        "75",
        "AI systems based on general-purpose AI models where the model and the system",
        "amended",
    )
    quote("75", "AI systems referred to in point 2 of Annex III", "omnibus_only")
    assert "in relation to the following ai systems" in omnibus_text("75")
    _omnibus_recital(
        "in certain cases, in particular where there is specific sectoral supervision, "
        "responsibility should remain with the relevant national competent authority"
    )
    s = _system(points, context={"gpai_model_same_provider": True})
    a = assess(s, DAY, COMPANY, "amended", annex_iii_point_2_exception=reading)
    assert is_true(a.value("ai_office.art75_1_a_excepted")) is excepted
    assert is_true(a.value("ai_office.system_covered")) is not excepted
    rules = {
        r.id: r for r in aiact.rules.SYSTEM_RULES if r.concludes == "ai_office.art75_1_a_excepted"
    }
    rule = rules["ai_office.art75_1_a_excepted.annex_iii_point_2"]
    assert rule.interpretation is None and "interp." not in rule.when
    assert rule.source == "Art. 75(1)(a)(ii)"


# -------------------------------------------------- 2. Arts. 26(8), 49(3)-(5): the deployers


def _quote_deployer_registration() -> None:
    """Arts. 26(8), 49(3), 49(5) and recital 131, English (no paragraph amended by Regulation
    (EU) 2026/1744) and Dutch."""
    quote(
        "26",
        "Deployers of high-risk AI systems that are public authorities, or Union institutions, "
        "bodies, offices or agencies shall comply with the registration obligations referred to "
        "in Article 49. When such deployers find that the high-risk AI system that they envisage "
        "using has not been registered in the EU database referred to in Article 71, they shall "
        "not use that system",
        "both",
    )
    quote(
        "49",
        "with the exception of high-risk AI systems listed in point 2 of Annex III, deployers "
        "that are public authorities, Union institutions, bodies, offices or agencies or persons "
        "acting on their behalf shall register themselves, select the system and register its use",
        "both",
    )
    quote(
        "49",
        "High-risk AI systems referred to in point 2 of Annex III shall be registered at "
        "national level.",
        "both",
    )
    quote_recital(
        131,
        "High-risk AI systems in the area of critical infrastructure should only be registered "
        "at national level.",
    )
    quote_nl(
        "leven de in artikel 49 bedoelde registratieverplichtingen na. Wanneer deze "
        "gebruiksverantwoordelijke vaststellen dat het AI-systeem met een hoog risico dat zij "
        "voornemens zijn te gebruiken niet in de in artikel 71 bedoelde EU-databank is "
        "geregistreerd, gebruiken zij dat systeem niet"
    )
    quote_nl(
        "AI-systemen met een hoog risico als bedoeld in punt 2 van bijlage III worden op "
        "nationaal niveau geregistreerd."
    )


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", READINGS)
def test_municipality_deploying_a_point_2_only_system_registers_nothing(
    law: str, reading: str
) -> None:
    """(a) A municipality deploys a safety component of its water supply (Annex III point 2
    only), bought from a provider. Art. 49(3) excepts "high-risk AI systems listed in point 2 of
    Annex III" from the public deployer's registration, under both readings of A31. Art. 26(8)
    adds "the registration obligations referred to in Article 49": of those, Art. 49(3) is
    excepted, Arts. 49(1)-(2) bind the provider, and Art. 49(5) ("shall be registered at
    national level") names no addressee and registers the system, not its use (the catalogue
    reads it as the provider's duty, art49_5). Its second sentence, not to use a system that
    "has not been registered in the EU database", cannot reach a point 2 system, which is never
    registered there (Art. 49(1) excepts it; recital 131: "should only be registered at national
    level"): read so, no public body could use any critical-infrastructure system. So no
    registration duty of the deployer, and no art26_8; the provider registers at national
    level. Not a missing duty: pinned."""
    _quote_deployer_registration()
    a = assess(
        _system(["2"], ("deployer",)), DAY, PUBLIC_BODY, law, annex_iii_point_2_exception=reading
    )
    assert is_true(a.value("duty.public_deployer"))
    for obligation in ("art26_8", "art49_3", "art49_4_deployer", "art27_1", "art86"):
        assert is_false(_applies(a, obligation)), (law, reading, obligation)
    # Art. 49(5) is the provider's: absent for a deployer only, present when the municipality
    # also provides the system (built in house).
    assert is_false(_applies(a, "art49_5"))
    both = assess(
        _system(["2"], ("provider", "deployer")),
        DAY,
        PUBLIC_BODY,
        law,
        annex_iii_point_2_exception=reading,
    )
    assert is_true(_applies(both, "art49_5"))
    assert is_false(_applies(both, "art26_8")) and is_false(_applies(both, "art49_1"))


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize(("reading", "registers"), [(DEFAULT, True), (ALTERNATIVE, False)])
def test_municipality_deploying_a_point_2_and_5a_system_follows_a31(
    law: str, reading: str, registers: bool
) -> None:
    """(b) The same safety component also decides eligibility for a municipal energy allowance
    (point 5(a)). Under the default point_2_alone the system is "listed in Annex III" through
    5(a), outside the exception of Art. 49(3): the municipality registers itself and the use
    (art49_3), and Art. 26(8) binds it to that registration and forbids using the system if the
    provider has not registered it in the EU database (art26_8), which under the default the
    provider must (Art. 49(1)). Under any_point_2_listing the system is "listed in point 2"
    and excepted: no art49_3, and no art26_8 (the provider does not register it in the EU
    database either, so the second sentence of Art. 26(8) must not bar its use)."""
    _quote_deployer_registration()
    a = assess(
        _system(["2", "5a"], ("deployer",)),
        DAY,
        PUBLIC_BODY,
        law,
        annex_iii_point_2_exception=reading,
    )
    for obligation in ("art26_8", "art49_3"):
        assert is_true(_applies(a, obligation)) is registers, (law, reading, obligation)
        assert is_false(_applies(a, obligation)) is not registers
    assert is_false(_applies(a, "art49_5"))


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("reading", READINGS)
@pytest.mark.parametrize("points", [["2"], ["2", "5a"], ["5a"]])
def test_private_deployer_has_no_public_registration(
    law: str, reading: str, points: list[str]
) -> None:
    """(c) A private undertaking deploys the system. Art. 49(3) binds "deployers that are public
    authorities, Union institutions, bodies, offices or agencies or persons acting on their
    behalf" and Art. 26(8) deployers "that are public authorities, or Union institutions, bodies,
    offices or agencies": neither binds it, whatever the points and the reading. A person acting
    on behalf of a public authority is bound by Art. 49(3) (as A31 reads its exception), but not
    by Art. 26(8), which does not name such persons."""
    _quote_deployer_registration()
    a = assess(
        _system(points, ("deployer",)), DAY, COMPANY, law, annex_iii_point_2_exception=reading
    )
    for obligation in ("art26_8", "art49_3", "art49_5"):
        assert is_false(_applies(a, obligation)), (law, reading, points, obligation)
    on_behalf = assess(
        _system(points, ("deployer",), context={"on_behalf_of_public_authority": True}),
        DAY,
        COMPANY,
        law,
        annex_iii_point_2_exception=reading,
    )
    outside = points == ["5a"] or (points == ["2", "5a"] and reading == DEFAULT)
    assert is_true(_applies(on_behalf, "art49_3")) is outside
    assert is_false(_applies(on_behalf, "art26_8"))


# ------------------------------------------------------------------------- the property

_POINTS = tuple(e.point for e in ANNEX_III)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    others=st.sets(st.sampled_from([p for p in _POINTS if p != "2"]), max_size=2),
    in_point_2=st.booleans(),
    roles=st.sampled_from([("provider",), ("deployer",), ("provider", "deployer")]),
    public=st.booleans(),
    testing=st.booleans(),
    law=st.sampled_from(LAWS),
)
def test_the_switch_matters_only_for_a_system_listed_in_point_2_and_another_point(
    others: set[str],
    in_point_2: bool,
    roles: tuple[str, ...],
    public: bool,
    testing: bool,
    law: str,
) -> None:
    """Property (Arts. 26(8), 27(1), 49(1), 49(3), 49(5), 60(4)(c), 86(1)): under either reading
    of A31 a system listed only in point 2, and a system not listed in point 2 (no Annex I
    product: see tests/test_review30.py for one also listed in point 2), gets the same
    answer for every obligation; Arts. 49(5) and 60(4)(c) last clause (national registration)
    never depend on the reading; and for a system listed in point 2 and another point the default
    keeps every duty the alternative keeps (it never drops one)."""
    points = sorted(others | ({"2"} if in_point_2 else set()))
    s = _system(points, roles, testing=testing)
    org = PUBLIC_BODY if public else COMPANY
    by_reading = {r: assess(s, DAY, org, law, annex_iii_point_2_exception=r) for r in READINGS}
    answers = {r: {o.id: o.applies for o in a.obligations} for r, a in by_reading.items()}
    for obligation in ("art49_5", "art60_4_c_national"):
        assert _applies(by_reading[DEFAULT], obligation) == _applies(
            by_reading[ALTERNATIVE], obligation
        )
    if not in_point_2 or not others:
        assert answers[DEFAULT] == answers[ALTERNATIVE], points
    else:
        for obligation in A31_DUTIES:
            if is_true(_applies(by_reading[ALTERNATIVE], obligation)):
                assert is_true(_applies(by_reading[DEFAULT], obligation)), obligation
