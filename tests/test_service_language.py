"""The language of an answer (aiact/service/language.py): ``?lang``, else ``Accept-Language``
(RFC 9110, section 12.5.4), else Dutch; every API answer and page says which in
``Content-Language`` and carries ``Vary: Accept-Language``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from aiact.service import create_app
from aiact.service.language import MAX_HEADER, MAX_RANGES, choose, from_header
from aiact.service.settings import Settings


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings())) as c:
        yield c


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("en", "en"),
        ("en-GB,en;q=0.9", "en"),
        ("nl-BE", "nl"),
        ("NL", "nl"),
        ("fr-FR, fr;q=0.9, en;q=0.5", "en"),  # the first supported one by weight
        ("de, nl;q=0.4, en;q=0.8", "en"),
        ("en;q=0.5, nl;q=0.5", "en"),  # a tie goes to the one listed first
        ("nl;q=0, en;q=0.1", "en"),  # q=0: not this one
        ("en;q=0", None),
        ("*", None),
        ("fr", None),
        ("", None),
        (None, None),
        ("en;q=2", None),  # a weight above 1 cannot be read: ignored from there on
        ("nl, en;q=abc", "nl"),  # what came before an unreadable entry still counts
        ("e n", None),
        ("en;level=1", None),
    ],
)
def test_the_header_is_read_as_rfc_9110_says(header: str | None, expected: str | None) -> None:
    assert from_header(header) == expected


def test_the_query_wins_over_the_header_and_dutch_is_the_default() -> None:
    assert choose("nl", "en") == "nl"
    assert choose("en", "nl") == "en"
    assert choose(None, "en-US") == "en"
    assert choose("fr", "en") == "en"  # an unsupported query value does not choose (it is refused)
    assert choose(None, None) == "nl"


def test_a_long_header_is_ignored_and_only_the_first_ranges_are_read() -> None:
    assert from_header("en," + " " * MAX_HEADER) is None
    assert from_header(",".join(["fr"] * MAX_RANGES + ["en"])) is None


@given(st.text(max_size=2 * MAX_HEADER))
def test_any_header_gives_a_supported_language_or_none(header: str) -> None:
    assert from_header(header) in {"nl", "en", None}


def test_an_api_answer_follows_the_header_and_says_so(client: TestClient) -> None:
    english = client.get("/v1/law-versions", headers={"Accept-Language": "en-GB,en;q=0.9"})
    dutch = client.get("/v1/law-versions")
    assert english.status_code == dutch.status_code == 200
    assert english.headers["content-language"] == "en"
    assert dutch.headers["content-language"] == "nl"
    assert english.json() != dutch.json()
    assert english.json() == client.get("/v1/law-versions?lang=en").json()
    assert "Accept-Language" in english.headers.get_list("vary")
    forced = client.get("/v1/law-versions?lang=nl", headers={"Accept-Language": "en"})
    assert forced.headers["content-language"] == "nl" and forced.json() == dutch.json()


def test_an_error_follows_the_header(client: TestClient) -> None:
    response = client.get("/v1/obligations?role=nobody", headers={"Accept-Language": "en"})
    assert response.status_code == 400
    assert response.headers["content-language"] == "en"
    dutch = client.get("/v1/obligations?role=nobody")
    assert dutch.headers["content-language"] == "nl"
    assert response.json()["title"] != dutch.json()["title"]


def test_the_openapi_document_has_no_content_language(client: TestClient) -> None:
    """The document is Dutch for everyone (/core/doc-language); it does not vary."""
    response = client.get("/v1/openapi.json", headers={"Accept-Language": "en"})
    assert "content-language" not in response.headers


def test_the_pages_follow_the_header(client: TestClient) -> None:
    english = client.get("/", headers={"Accept-Language": "en-US,en;q=0.9"})
    assert '<html lang="en">' in english.text and "What does the AI Act ask" in english.text
    assert english.headers["content-language"] == "en"
    dutch = client.get("/", headers={"Accept-Language": "nl-NL,nl;q=0.9,en;q=0.8"})
    assert '<html lang="nl">' in dutch.text and dutch.headers["content-language"] == "nl"
    forced = client.get("/?lang=nl", headers={"Accept-Language": "en"})
    assert '<html lang="nl">' in forced.text
    form = client.post(
        "/resultaat", data={"casus": "", "lang": "nl"}, headers={"Accept-Language": "en"}
    )
    assert '<html lang="nl">' in form.text  # the form's language goes before the header
