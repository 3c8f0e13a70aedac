"""An assessment's obligation rows name the roles the organisation holds or may hold (round 32).

A reviewer of real Dutch register entries (rev31c) read "Gericht tot: aanbieder,
gebruiksverantwoordelijke" beside Art. 50(5) for a municipality that only deploys a machine
translation service (Weglot). Art. 50(5) binds whoever has a duty under paragraphs 1 to 4 ("The
information referred to in paragraphs 1 to 4 shall be provided to the natural persons
concerned"): here only the deployer's duty of Art. 50(4). The catalogue's addressees are right
for the catalogue; the assessment's rows now read "For you as" / "Gericht tot u als"
and list the addressees whose role (Art. 3(3)-(8)) is true or unknown for the organisation
(``views._rows.held_addressees``). The catalogue views keep every addressee.
"""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lawquote import quote
from rich.console import Console

import aiact
from aiact.obligations import catalogue
from aiact.obligations.model import Addressee
from aiact.views import console, html, markdown
from aiact.views._rows import held_addressees, obligation_row

WEGLOT = Path(__file__).parent / "data" / "rev31c" / "borsele-weglot.yaml"


def _weglot() -> aiact.Assessment:
    return aiact.load_case(WEGLOT).assess()


def test_a_deployer_only_municipality_reads_its_own_role_beside_art_50_5() -> None:
    quote("50", "The information referred to in paragraphs 1 to 4 shall be provided")
    quote("3", "'deployer' means a natural or legal person, public authority")
    a = _weglot()
    assert a.roles["deployer"] is True and a.roles["provider"] is False
    row = next(r for r in a.obligations if r.id == "art50_5")
    assert [x.value for x in row.obligation.addressees] == ["provider", "deployer"]
    assert obligation_row(row, "nl", a.roles).addressees == "gebruiksverantwoordelijke"
    assert obligation_row(row, "nl").addressees == "aanbieder, gebruiksverantwoordelijke"
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(console.assessment_renderable(a, "nl"))
    printed = out.getvalue()
    assert "Gericht tot u als" in printed
    block = printed.split("Artikel 50, lid 5", 1)[1].split("Artikel 75", 1)[0]
    assert "gebruiksverantwoordelijke" in block and "aanbieder" not in block
    assert "Gericht tot u als" in html.assessment_html(a, "nl")
    assert "Gericht tot u als" in markdown.assessment_markdown(a, "nl")


def test_unknown_roles_are_kept() -> None:
    """A role not yet known may be the one the obligation binds: it stays listed."""
    art50_5 = catalogue().get("art50_5")
    roles = {"provider": None, "deployer": True}
    assert [a.value for a in held_addressees(art50_5, roles)] == ["provider", "deployer"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(catalogue().by_id)),
    st.dictionaries(
        st.sampled_from([role.value for role in Addressee]),
        st.sampled_from([True, False, None]),
    ),
)
def test_held_addressees_leave_out_exactly_the_roles_known_not_held(
    obligation_id: str, roles: dict[str, bool | None]
) -> None:
    """The addressees shown are those of the catalogue (Art. 3(3)-(8)) less the roles the
    organisation is known not to hold, and never none; over every addressee of the catalogue,
    also those an Assessment of a system does not list (the model's provider)."""
    o = catalogue().get(obligation_id)
    shown = held_addressees(o, roles)
    kept = [a for a in o.addressees if roles.get(a.value) is not False]
    assert list(shown) == (kept or list(o.addressees))
    assert shown
