"""With ``--lang nl`` every word a person reads is Dutch, in the terms of the Dutch text of the Act.

Renders every command and view in Dutch for every example, then fails on

- an English word (a reviewed list of words that are not Dutch: ``the``, ``deployer``,
  ``undetermined`` ...), or an internal name (``hr.high_risk``, ``art26_8``, ``route_date``);
- a Dutch term that is not the official one of ``glossary.nl.json`` (``gebruiksaanwijzing`` for
  ``gebruiksinstructies``, ``effectbeoordeling op het gebied van de grondrechten`` ...).

What the user typed (the names and descriptions in the case files) and links are left out. The
allow-list of loanwords the Dutch text itself uses (``governance``, ``deepfake`` ...) is short
and reviewed.
"""

from __future__ import annotations

import html.parser
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from aiact.cli import main
from tests.reference import REFERENCE_DIR

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CASES = sorted(p for p in EXAMPLES.glob("*.yaml") if p.name != "inventory.yaml")

#: Words that are English and not Dutch. A Dutch text with one of them has an untranslated string.
ENGLISH = frozenset(
    re.findall(
        r"\S+",
        """
    the and to for with from by not applies apply applicable yes no true false none unknown
    undetermined deployer deployers provider providers importer distributor obligation
    obligations article annex paragraph point fine fines ceiling ceilings risk high-risk
    system systems deadline deadlines external native engine reading question questions why
    when where which what who this that these those before after until ongoing upcoming
    prohibited practice practices transparency documentation registration prohibition
    milestone step steps blocked organisation organization assessment assessed date dates
    law version versions amended original scope within outside category categories holds
    general-purpose purpose models use used user users other another task tasks
    may must shall should would could can only also each every any all some
    """,
    )
)

#: Loanwords and names the Dutch output may use (reviewed): the official Dutch text uses
#: ``deepfake``, ``start-up``, ``operator``, ``logs``, ``benchmarks``; the CIO Rijk factsheet uses
#: ``governance``, ``monitoring`` and ``training``; the rest are names.
ALLOWED = frozenset(
    re.findall(
        r"\S+",
        """
    governance monitoring training deepfake deepfakes start-up operator logs benchmarks
    eur-lex algoritmekader durable-rules rete ce sis vis eurodac ees etias ecris-tcn
    """,
    )
)

#: Non-official Dutch variants -> the English term of the glossary whose official form to use.
NON_OFFICIAL: dict[str, str] = {
    r"gebruiksaanwijzing": "instructions for use",
    # Not unofficial as such: the Dutch text's own words in Art. 5(2), 27(2), 27(4) and Annex VIII,
    # Section C, point 4; the library uses the term of the Art. 27 title throughout (glossary).
    r"effectbeoordeling op het gebied van de grondrechten": "fundamental rights impact assessment",
    r"\bAI[- ]kantoor\b|\bAI Office\b": "AI Office",
    r"\bGPAI\b|AI-model voor algemeen gebruik": "general-purpose AI model",
    r"hoog-risico|hoogrisico": "high-risk AI system",
    r"\bgebruikers?\b": "deployer",
    r"markttoezichthouder": "market surveillance authority",
    r"conformiteitsbeoordelingsorgaan": "conformity assessment body",
    r"aangemelde instelling": "notified body",
    r"kwaliteitsmanagementsysteem": "quality management system",
    r"risicomanagementsysteem": "risk management system",
    r"menselijk overzicht": "human oversight",
    r"EU-database": "EU database",
    r"\bdeep fake": "deep fake",
    r"ernstig voorval": "serious incident",
    r"gemachtigd vertegenwoordiger": "authorised representative",
}

IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b[a-z]+\d*\.[a-z][a-z0-9_]*\b")
URL = re.compile(r"https?://\S+|[\w.-]+\.(?:eu|nl|org|com)\b\S*")


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return " ".join(parser.parts)


def user_words() -> set[str]:
    """The names and descriptions users typed in the examples (not ours to translate)."""
    found: set[str] = set()

    def walk(node: Any, key: str = "") -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, str(k))
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and key in ("name", "description"):
            found.add(node.strip())

    for path in EXAMPLES.glob("*.yaml"):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


USER = sorted(user_words(), key=len, reverse=True)


def problems(text: str) -> list[str]:
    for phrase in USER:
        text = text.replace(phrase, " ")
    text = URL.sub(" ", text)
    found = []
    for match in IDENTIFIER.finditer(text):
        found.append(f"internal name {match.group()!r}")
    for word in re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]*", text):
        low = word.lower().strip("'-")
        if low in ENGLISH and low not in ALLOWED:
            found.append(f"English word {word!r}")
    for pattern, term in NON_OFFICIAL.items():
        for match in re.finditer(pattern, text):
            found.append(f"{match.group()!r} is not the official term for {term!r}")
    return sorted(set(found))


def context(text: str, needle: str) -> str:
    index = text.find(needle.split("'")[1]) if "'" in needle else -1
    return text[max(0, index - 60) : index + 60].replace("\n", " ") if index >= 0 else ""


def cli(*args: str, columns: int = 120) -> str:
    runner = CliRunner()
    result = runner.invoke(main, list(args), env={"COLUMNS": str(columns)}, catch_exceptions=False)
    assert result.exit_code in (0, 2), result.output
    return result.output


def renders() -> Iterator[tuple[str, str]]:
    """(what, Dutch text) for every command and view on every example."""
    import aiact
    from aiact.views import (
        assessment_html,
        assessment_markdown,
        derivation_html,
        derivation_markdown,
        obligation_html,
    )

    for case in CASES:
        name = case.stem
        path = str(case)
        yield f"assess {name}", cli("assess", path, "--lang", "nl")
        yield f"assess {name} (80 columns)", cli("assess", path, "--lang", "nl", columns=80)
        yield f"assess {name} markdown", cli("assess", path, "--lang", "nl", "--format", "markdown")
        yield (
            f"assess {name} html",
            html_text(cli("assess", path, "--lang", "nl", "--format", "html")),
        )
        yield f"plan {name}", cli("plan", path, "--lang", "nl")
        a = aiact.load_case(case).assess()
        keys = ["scope.in_scope" if a.kind == "system" else "gpai.model"]
        keys += [r.id for r in a.obligations[:2]]
        for key in keys:
            yield f"explain {name} {key}", cli("explain", path, key, "--lang", "nl")
            yield (
                f"explain {name} {key} markdown",
                cli("explain", path, key, "--lang", "nl", "--format", "markdown"),
            )
            derivation = a.explain(key)
            yield f"derivation_html {name} {key}", html_text(derivation_html(derivation, "nl"))
            yield f"derivation_markdown {name} {key}", derivation_markdown(derivation, "nl")
            yield f"Derivation.text {name} {key}", derivation.text("nl")
        yield f"assessment_markdown {name}", assessment_markdown(a, "nl")
        yield f"assessment_html {name}", html_text(assessment_html(a, "nl"))
        for r in a.obligations[:3]:
            yield f"obligation_html {name} {r.id}", html_text(obligation_html(r.obligation, "nl"))
    yield "timeline", cli("timeline", "--lang", "nl")
    yield "obligations", cli("obligations", "--lang", "nl")
    yield "obligations (80 columns)", cli("obligations", "--lang", "nl", columns=80)
    yield "obligations markdown", cli("obligations", "--lang", "nl", "--format", "markdown")
    yield "obligations csv", cli("obligations", "--lang", "nl", "--format", "csv")
    inventory = str(EXAMPLES / "inventory.yaml")
    yield "portfolio", cli("portfolio", inventory, "--lang", "nl", "--no-progress")


RENDERS = list(renders())


@pytest.mark.parametrize(("what", "text"), RENDERS, ids=[w for w, _ in RENDERS])
def test_every_word_is_dutch(what: str, text: str) -> None:
    found = problems(text)
    assert not found, f"{what}: " + "; ".join(f"{p} [{context(text, p)}]" for p in found[:12])


def test_exports_are_dutch(tmp_path: Path) -> None:
    from aiact.portfolio import load_inventory, run_portfolio
    from aiact.views.export import portfolio_csv

    result = run_portfolio(load_inventory(EXAMPLES / "inventory.yaml"), lang="nl")
    found = problems(portfolio_csv(result, "nl", "nl"))
    assert not found, found
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(result.write(tmp_path / "p.xlsx", "nl"))
    cells = [
        str(c)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for c in row
        if isinstance(c, str)
    ]
    found = problems("\n".join([*book.sheetnames, *cells]))
    assert not found, found


def test_the_plan_picture_is_dutch() -> None:
    pytest.importorskip("matplotlib")
    import aiact

    a = aiact.load_case(EXAMPLES / "benefits-fraud-risk-scoring.yaml").assess()
    for figure in (a.plan().draw(lang="nl"), a.plan().timeline(lang="nl")):
        texts = [t.get_text() for t in figure.findobj(match=lambda o: hasattr(o, "get_text"))]
        found = problems("\n".join(texts))
        assert not found, found


def test_the_checker_finds_english_and_unofficial_terms() -> None:
    assert problems("De gebruiksverantwoordelijke moet de gebruiksinstructies volgen.") == []
    assert problems("deployer = ja")
    assert problems("zie hr.high_risk")
    assert problems("lezing route_date")
    assert problems("volg de gebruiksaanwijzing")
    assert problems("een effectbeoordeling op het gebied van de grondrechten")


def test_the_official_terms_come_from_the_glossary() -> None:
    glossary_file = REFERENCE_DIR / "law" / "glossary.nl.json"
    if not glossary_file.exists():
        pytest.skip(f"the shared reference is not here ({glossary_file})")
    glossary = json.loads(glossary_file.read_text(encoding="utf-8"))
    for term in set(NON_OFFICIAL.values()):
        key = {"high-risk AI system": "high-risk AI system"}.get(term, term)
        assert key in glossary and glossary[key].get("official"), term
    assert glossary["instructions for use"]["nl"] == "gebruiksinstructies"
    assert glossary["AI Office"]["nl"] == "AI-bureau"
    assert glossary["fundamental rights impact assessment"]["nl"] == (
        "beoordeling van de gevolgen voor de grondrechten"
    )
    assert glossary["deployer"]["nl"] == "gebruiksverantwoordelijke"


def test_input_errors_are_dutch(tmp_path: Path) -> None:
    """An InputError with ``--lang nl`` (and :func:`aiact.errors.render`) is in Dutch: the
    message is built from the problem's kind and parameters, not pydantic's English."""
    import aiact
    from aiact.errors import InputError, render

    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "system:\n  name: x\n  roles: {deployer: maybe}\n  bogus: 1\norganisation: {name: o}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        aiact.load_case(bad)
    text = render(caught.value, "nl")
    assert "verwacht ja of nee" in text and "(en nog 1 probleem)" in text
    assert render(caught.value, "en") == str(caught.value)
    # what the user wrote (the file, the field) and the literal values to write (`true`) aside
    plain = text.replace(str(bad), " ").replace("system.roles.deployer", " ")
    plain = re.sub(r"`[^`]*`", " ", plain)
    assert not problems(plain), problems(plain)
    runner = CliRunner()
    result = runner.invoke(main, ["assess", str(bad), "--lang", "nl"])
    assert result.exit_code == 2
    line = result.output.strip().splitlines()[-1]
    assert line.startswith("aiact: fout: ") and "verwacht ja of nee" in line
    for kind in ("too_large", "syntax", "not_found", "contradiction", "duplicate_key"):
        one = render(InputError("English text", path="system.name", kind=kind), "nl")
        assert "English" not in one and one.startswith("veld system.name: "), one


ASSUMING = """\
as_of: 2026-11-28
organisation: {name: Gemeente X, member_state: NL}
system:
  name: Testsysteem
  roles: {deployer: true}
assumptions: [no_art2_exclusions, no_prohibited_practice, not_annex_i_product,
  not_annex_x_component, no_value_chain_changes, declared_roles_only, used_in_eu]
"""


@pytest.mark.parametrize("form", ["table", "markdown", "html"])
def test_assumed_facts_are_dutch(tmp_path: Path, form: str) -> None:
    """The table of assumed facts shows each fact by its Dutch label and yes/no as ja/nee."""
    case = tmp_path / "assuming.yaml"
    case.write_text(ASSUMING, encoding="utf-8")
    out = cli("assess", str(case), "--lang", "nl", "--format", form, columns=80)
    assert "Aangenomen feiten" in out
    text = html_text(out) if form == "html" else out
    found = problems(text.replace("Testsysteem", " ").replace("Gemeente X", " "))
    assert not found, found


def test_command_line_errors_are_dutch() -> None:
    """A bad option or key with ``--lang nl`` gives one Dutch line."""
    case = str(EXAMPLES / "municipal-chatbot.yaml")
    runner = CliRunner()
    for args, wanted in (
        (["explain", case, "nonsense"], "is geen feit"),
        (["assess", case, "--law", "foo"], "onbekende versie van de wet"),
        (["assess", case, "--as-of", "2026-13-01"], "is geen datum"),
    ):
        result = runner.invoke(main, [*args, "--lang", "nl"])
        assert result.exit_code == 2, result.output
        line = result.output.strip().splitlines()[-1]
        assert line.startswith("aiact: fout: ") and wanted in line, line


# round 7, item 4: a contradiction names both fields, in Dutch and in English
_CONTRADICTIONS: list[tuple[str, dict[str, Any], dict[str, Any], str, str]] = [
    # (kind, subject, organisation, the field, the other field)
    ("system", {}, {"member_state": "US", "established_in_eu": True},
     "organisation.member_state", "organisation.established_in_eu"),
    ("system", {}, {"member_state": "NL", "established_in_eu": False},
     "organisation.established_in_eu", "organisation.member_state"),
    ("system", {}, {"kind": "union_institution", "established_in_eu": False},
     "organisation.established_in_eu", "organisation.kind"),
    ("system", {}, {"kind": "public_authority", "established_in_eu": False},
     "organisation.established_in_eu", "organisation.kind"),
    ("system", {}, {"kind": "public_authority", "member_state": "US"},
     "organisation.member_state", "organisation.kind"),
    ("system", {}, {"kind": "international_organisation", "member_state": "NL"},
     "organisation.member_state", "organisation.kind"),
    ("system", {}, {"part_of_group": False, "group": {"headcount": 1}},
     "organisation.group", "organisation.part_of_group"),
    ("system", {"definition": {"only_predefined_rules": True, "learns_from_data": True}}, {},
     "system.definition.learns_from_data", "system.definition.only_predefined_rules"),
    ("system", {"biometrics": {"infers_emotions_or_intentions": False,
                               "emotions_from_biometric_data": True}}, {},
     "system.biometrics.emotions_from_biometric_data",
     "system.biometrics.infers_emotions_or_intentions"),
    ("system", {"biometrics": {"categorises_persons_by_biometric_data": False,
                               "categorises_individually": True}}, {},
     "system.biometrics.categorises_persons_by_biometric_data",
     "system.biometrics.categorises_individually"),
    ("system", {"biometrics": {"identifies_persons_by_biometric_data": False,
                               "identification_without_significant_delay": True}}, {},
     "system.biometrics.identifies_persons_by_biometric_data",
     "system.biometrics.identification_without_significant_delay"),
    ("system", {"roles": {"importer": True, "provider": True}}, {},
     "system.roles.importer", "system.roles.provider"),
    ("system", {"roles": {"distributor": True, "importer": True}}, {},
     "system.roles.distributor", "system.roles.importer"),
    ("system", {"roles": {"authorised_representative": True, "provider": True}}, {},
     "system.roles.authorised_representative", "system.roles.provider"),
    ("system", {"roles": {"importer": True}, "value_chain": {"provider_established_in_eu": True}},
     {}, "system.value_chain.provider_established_in_eu", "system.roles.importer"),
    ("system", {"put_into_service": "2027-01-01", "significant_change": "2026-01-01"}, {},
     "system.significant_change", "system.put_into_service"),
    ("system", {"roles": {"provider": True},
                "value_chain": {"initial_provider_of_shifted_system": True}}, {},
     "system.value_chain.initial_provider_of_shifted_system", "system.roles.provider"),
    ("system", {"roles": {"deployer": True},
                "exclusions": {"personal_non_professional_use": True}}, {},
     "system.roles.deployer", "system.exclusions.personal_non_professional_use"),
    ("system", {"is_ai_system": False, "is_general_purpose_ai_system": True}, {},
     "system.is_ai_system", "system.is_general_purpose_ai_system"),
    ("system", {"transparency": {"emotion_recognition": True}, "annex_iii": {"points": []}}, {},
     "system.annex_iii.points", "system.transparency.emotion_recognition"),
    ("system", {"prohibited": {"h_realtime_rbi_public_spaces_law_enforcement": True},
                "annex_iii": {"biometric_verification_only": True}}, {},
     "system.annex_iii.biometric_verification_only",
     "system.prohibited.h_realtime_rbi_public_spaces_law_enforcement"),
    ("system", {"context": {"post_remote_biometric_identification_criminal_investigation": True},
                "annex_iii": {"biometric_verification_only": True}}, {},
     "system.annex_iii.biometric_verification_only",
     "system.context.post_remote_biometric_identification_criminal_investigation"),
    ("model", {"provider": True, "authorised_representative": True}, {},
     "model.authorised_representative", "model.provider"),
    ("model", {"authorised_representative": True, "provider_established_in_eu": True}, {},
     "model.provider_established_in_eu", "model.authorised_representative"),
    # the checks across the organisation and the system or model (aiact.api)
    ("system", {"roles": {"importer": True}}, {"established_in_eu": False},
     "system.roles.importer", "organisation.established_in_eu"),
    ("system", {"roles": {"authorised_representative": True}}, {"member_state": "US"},
     "system.roles.authorised_representative", "organisation.member_state"),
    ("system", {"roles": {"provider": True}, "value_chain": {"provider_established_in_eu": False}},
     {"kind": "public_authority"},
     "system.value_chain.provider_established_in_eu", "organisation.kind"),
    ("model", {"provider": True, "provider_established_in_eu": True}, {"member_state": "US"},
     "model.provider_established_in_eu", "organisation.member_state"),
]  # fmt: skip


def _without_input_names(text: str) -> str:
    """``text`` without what the case file itself writes: field names (``roles.provider``,
    ``established_in_eu``, ``kind``) and values (``public_authority``, ``'none'``, ``(false)``)."""
    text = IDENTIFIER.sub(" ", text)
    return re.sub(r"\bkind\b|'none'|\((?:true|false)\)", " ", text)


@pytest.mark.parametrize(
    ("kind", "subject", "organisation", "field", "other"),
    _CONTRADICTIONS,
    ids=[f"{c[3]}-{c[4]}" for c in _CONTRADICTIONS],
)
def test_a_contradiction_names_the_other_field(
    kind: str, subject: dict[str, Any], organisation: dict[str, Any], field: str, other: str
) -> None:
    """Every cross-field check of the input models (aiact/facts.py) and of the organisation with
    the system or model (aiact.api) names both fields: the problem's path and, in its
    parameters, the other field, which the Dutch message names ("de waarde is in strijd met veld
    organisation.kind"), as the English one does."""
    import aiact
    from aiact.errors import InputError, render

    with pytest.raises(InputError) as caught:
        if kind == "system":
            aiact.assess(subject, organisation, "2026-11-28")
        else:
            aiact.assess_model(subject, organisation, "2026-11-28")
    problem = caught.value.problems[0]
    assert (problem.path, problem.kind, problem.params.get("other")) == (
        field,
        "contradiction",
        other,
    )
    dutch = render(caught.value, "nl")
    # then the check's reason, in Dutch (FieldConflict.reason; round 16): the field names and
    # the values written in the case aside, no English word and no unofficial term
    prefix = f"veld {field}: de waarde is in strijd met veld {other}: "
    assert dutch.startswith(prefix), dutch
    reason = dutch.removeprefix(prefix)
    assert reason == problem.params["reason_nl"] and reason != problem.message, reason
    assert not problems(_without_input_names(reason)), (reason, problems(reason))
    # the English message names the other field as the case file does (its last part at least)
    assert other.rsplit(".", 1)[-1] in problem.message, problem.message


def test_a_contradiction_with_several_fields_names_them_all() -> None:
    """A fact that contradicts two others names both ("de velden ...")."""
    import aiact
    from aiact.errors import InputError, render

    biometrics = {
        "categorises_persons_by_biometric_data": False,
        "categorises_individually": True,
        "categorisation_ancillary_and_technically_necessary": True,
    }
    with pytest.raises(InputError) as caught:
        aiact.assess({"biometrics": biometrics}, {}, "2026-11-28")
    assert render(caught.value, "nl") == (
        "veld system.biometrics.categorises_persons_by_biometric_data: de waarde is in strijd met "
        "de velden system.biometrics.categorisation_ancillary_and_technically_necessary, "
        "system.biometrics.categorises_individually: onwaar, maar feiten over die categorisering "
        "zijn waar: biometrics.categorisation_ancillary_and_technically_necessary, "
        "biometrics.categorises_individually"
    )
