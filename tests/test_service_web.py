"""The web pages (issue 17, round 1: the start page and the result page; the questionnaire comes
in round 2): the result page shows what the issue asks, in Dutch by default and in the official
terms, with working downloads; and in a real browser (headless Chromium, the Debian package,
driven by selenium) the pages work without JavaScript and axe-core finds no WCAG 2.1 A or AA
violation.

The browser tests need ``chromium`` and ``chromedriver`` (``apt-get install chromium
chromium-driver``) and axe-core (``npm install --prefix .tools axe-core``); ``.ci/run`` installs
all three. Where one is missing the tests fail and say which: they do not skip.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import aiact

pytest.importorskip("fastapi", reason="the service needs the 'server' extra")

from fastapi.testclient import TestClient

from aiact.service import create_app
from aiact.service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
#: Three bundled examples: a high-risk deployer, a transparency case, a GPAI model provider.
THREE = (
    "benefits-fraud-risk-scoring.yaml",
    "municipal-chatbot.yaml",
    "gpai-model-provider.yaml",
)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings())) as c:
        yield c


def submit(client: TestClient, name: str, lang: str = "nl") -> Any:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    return client.post("/resultaat", files={"bestand": (name, text.encode(), "application/yaml")},
                       data={"lang": lang})  # fmt: skip


def hidden_case(page: str) -> str:
    found = re.search(r'name="casus" value="([^"]*)"', page)
    assert found is not None
    return html.unescape(found.group(1))


# --------------------------------------------------------------------------- pages over HTTP


def test_the_start_page(client: TestClient) -> None:
    nl = client.get("/")
    assert nl.status_code == 200 and '<html lang="nl">' in nl.text
    assert "Wat vraagt de AI-verordening van uw AI-systeem?" in nl.text
    en = client.get("/?lang=en")
    assert '<html lang="en">' in en.text and "What does the AI Act ask" in en.text
    assert "<script" not in nl.text.lower()  # no JavaScript
    css = client.get("/statisch/aiact.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


@pytest.mark.parametrize("name", THREE)
def test_the_result_page_shows_the_assessment(client: TestClient, name: str) -> None:
    """The tier on the date, the roles, the obligations grouped by measure with their dates,
    the fine exposure, the plan picture, the iCalendar and case file downloads."""
    from aiact.views.i18n import measure_label

    a = aiact.load_case(EXAMPLES / name).assess()
    response = submit(client, name)
    assert response.status_code == 200, response.text[:2000]
    page = html.unescape(response.text)
    data = a.to_dict("nl")
    assert f"Risicocategorie op {a.as_of.day} " in page
    assert data["classification"]["risk_tier_label"] in page
    for measure in {o["measure"] for o in data["obligations"]}:
        assert f'<caption class="utrecht-table__caption">{measure_label(measure, "nl")}' in page
    for o in data["obligations"][:5]:
        assert o["title"] in page and o["eurlex"] in page
    from aiact.views.i18n import text

    assert "Geldboeten" in page and text("max_ceiling", "nl") in page
    assert 'src="data:image/png;base64,' in page and 'alt="Het nalevingsplan' in page
    assert 'action="/resultaat/agenda"' in page and 'action="/resultaat/casus"' in page
    roles = [k for k, v in data["roles"].items() if v == "true"]
    from aiact.views.i18n import role_label

    for role in roles:
        assert role_label(role, "nl") in page


@pytest.mark.parametrize("name", THREE)
def test_the_result_page_is_dutch(client: TestClient, name: str) -> None:
    """Every word of the Dutch page is Dutch and official (the checks of tests/test_dutch.py)."""
    from tests.test_dutch import html_text, problems

    page = submit(client, name).text
    text = html_text(re.sub(r"<(code|title)>.*?</\1>", " ", page, flags=re.S))
    text = text.replace("English", " ")  # the language switch names the other language
    found = problems(text)
    assert not found, found


def test_the_downloads(client: TestClient) -> None:
    name = "exam-proctoring-university.yaml"
    case = aiact.load_case(EXAMPLES / name)
    page = submit(client, name).text
    sent = hidden_case(page)
    ics = client.post("/resultaat/agenda", data={"casus": sent, "lang": "nl"})
    assert ics.headers["content-type"] == "text/calendar; charset=utf-8"
    assert ics.content == case.assess().to_ics("nl")
    kept = client.post("/resultaat/casus", data={"casus": sent, "lang": "nl"})
    assert kept.headers["content-disposition"] == 'attachment; filename="casus.yaml"'
    again = aiact.case.case_from_mapping(yaml.safe_load(kept.text))
    assert again == case
    english = client.post("/resultaat", data={"casus": sent, "lang": "en"})
    assert '<html lang="en">' in english.text and "Risk category on" in english.text


def test_a_bad_case_file_is_shown_on_the_start_page(client: TestClient) -> None:
    response = client.post("/resultaat", data={"casus": "system: {colour: blue}", "lang": "nl"})
    assert response.status_code == 400
    assert 'role="alert"' in response.text and "<code>system.colour</code>" in response.text
    # Dutch throughout: the library's message in Dutch beside the field, not its English
    assert "onbekend veld" in response.text and "unknown field" not in response.text
    english = client.post("/resultaat", data={"casus": "system: {colour: blue}", "lang": "en"})
    assert (
        "unknown field &#39;colour&#39;" in english.text or "unknown field 'colour'" in english.text
    )
    bomb_nl = client.post("/resultaat", data={"casus": "a: " + "[" * 100 + "]" * 100, "lang": "nl"})
    assert "dieper dan de grens" in bomb_nl.text and "deeper" not in bomb_nl.text
    empty = client.post("/resultaat", data={"casus": "", "lang": "nl"})
    assert empty.status_code == 400 and "Kies een casusbestand" in empty.text
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8)
    )
    start = time.monotonic()
    assert client.post("/resultaat", data={"casus": bomb, "lang": "nl"}).status_code == 400
    assert time.monotonic() - start < 5  # aliases are counted as they expand: no blow-up


# --------------------------------------------------------------------------- a real browser


def _need(path: str | None, what: str, how: str) -> str:
    if path is None or not Path(path).exists():
        pytest.fail(f"{what} is not installed, so the browser tests cannot run; {how}")
    return path


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The service on a free loopback port, in a thread of this process (stopped after)."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(
        create_app(Settings()), host="127.0.0.1", port=port, log_level="warning"
    )
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not instance.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver

    chromium = _need(shutil.which("chromium"), "Chromium", "apt-get install chromium")
    driver_path = _need(
        shutil.which("chromedriver"), "chromedriver", "apt-get install chromium-driver"
    )
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1024",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        options.add_argument(flag)
    # A Dutch civil servant's browser: the pages follow Accept-Language when no ?lang is given.
    options.add_argument("--lang=nl-NL")
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-NL,nl"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(driver_path))
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def axe() -> str:
    path = ROOT / ".tools" / "node_modules" / "axe-core" / "axe.min.js"
    _need(str(path), "axe-core", "npm install --prefix .tools axe-core (.ci/run does)")
    return path.read_text(encoding="utf-8")


def violations(driver: Any, axe: str) -> list[str]:
    """axe-core's WCAG 2.1 A and AA violations on the page, as 'rule (impact): targets'."""
    driver.execute_script(axe)
    found = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + "
        "v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))"
        ".catch(e => done(['axe failed: ' + e]));"
    )
    return list(found)


def submit_and_wait(browser: Any, button: Any) -> None:
    """Click a submit button and wait until the next page has loaded (the result page draws the
    plan, which takes a moment)."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.wait import WebDriverWait

    old = browser.find_element(By.TAG_NAME, "html")
    try:
        button.click()
    except WebDriverException as error:
        # Chromium reports a node of a page that is already being replaced ("does not belong
        # to the document"): the click has been delivered; wait for the new page below.
        if "does not belong to the document" not in str(error):
            raise
    wait = WebDriverWait(browser, 90)

    def replaced(_: Any) -> bool:
        # Chromium says "does not belong to the document" for a node of a replaced page, where
        # selenium's staleness_of expects StaleElementReferenceException only.
        try:
            return bool(expected_conditions.staleness_of(old)(browser))
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise

    wait.until(replaced)
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")


def test_the_pages_in_a_real_browser(server: str, browser: Any, axe: str) -> None:
    """For three bundled examples: choose the case file on the start page, send it, read the
    result page; axe-core on both pages in both languages; the skip link comes first."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get("data:text/html,<html><body><img src='x.png'><input></body></html>")
    found = violations(browser, axe)  # the harness finds what it should
    assert any(v.startswith("image-alt") for v in found), found
    assert any(v.startswith("html-has-lang") for v in found), found
    for lang in ("nl", "en"):
        browser.get(f"{server}/?lang={lang}")
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
        assert violations(browser, axe) == []
    browser.get(f"{server}/")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("class") == "utrecht-skip-link"
    for name in THREE:
        a = aiact.load_case(EXAMPLES / name).assess()
        browser.get(f"{server}/")
        browser.find_element(By.ID, "bestand").send_keys(str(EXAMPLES / name))
        submit_and_wait(
            browser, browser.find_element(By.CSS_SELECTOR, "#casusbestand button[type=submit]")
        )
        heading = browser.find_element(By.TAG_NAME, "h1").text
        assert heading.startswith("Uitkomst voor"), heading
        tier = browser.find_element(By.CSS_SELECTOR, ".aiact-tier").text
        assert tier == a.to_dict("nl")["classification"]["risk_tier_label"]
        captions = [c.text for c in browser.find_elements(By.TAG_NAME, "caption")]
        assert len(captions) >= len({o["measure"] for o in a.to_dict("nl")["obligations"]})
        picture = browser.find_element(By.CSS_SELECTOR, "figure img")
        assert picture.get_attribute("alt") and browser.execute_script(
            "return arguments[0].complete && arguments[0].naturalWidth > 0", picture
        )
        assert violations(browser, axe) == [], name
        submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".aiact-language button"))
        assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Result for")
        assert violations(browser, axe) == [], f"{name} (en)"


def _answer_in_browser(browser: Any, answer: Any, kind: str) -> str:
    """Fill in ``answer`` on the question page; the button to press (``volgende`` or
    ``weet-niet``)."""
    from selenium.webdriver.common.by import By

    if answer is None:
        return "weet-niet"
    if kind in ("yes_no", "one_of"):
        browser.find_element(By.CSS_SELECTOR, f"input[name=antwoord][value='{answer}']").click()
        return "volgende"
    if kind == "several_of":
        chosen, unsure = (answer["chosen"], answer["unsure"]) if isinstance(answer, dict) else (
            answer, [])  # fmt: skip
        for option in chosen:
            browser.find_element(By.CSS_SELECTOR, f"input[name=antwoord][value='{option}']").click()
        if unsure:
            details = browser.find_element(By.CSS_SELECTOR, "details.aiact-details")
            if details.get_attribute("open") is None:
                details.find_element(By.TAG_NAME, "summary").click()
            for option in unsure:
                browser.find_element(
                    By.CSS_SELECTOR, f"input[name=onzeker][value='{option}']"
                ).click()
        return "volgende"
    options = browser.find_elements(By.CSS_SELECTOR, f"input[name=antwoord][value='{answer}']")
    if options:
        options[0].click()
        return "volgende"
    choice = browser.find_elements(By.CSS_SELECTOR, "input[name=antwoord][value=waarde]")
    if choice:
        choice[0].click()
    field = browser.find_element(By.ID, "waarde")
    browser.execute_script("arguments[0].value = arguments[1]", field, str(answer))
    return "volgende"


def test_the_questionnaire_in_a_real_browser(server: str, browser: Any, axe: str) -> None:
    """For three bundled examples: start the questionnaire on the start page, answer every
    question as a person who knows the example's facts would (``answer_from``; "weet ik niet"
    where the facts do not say), without JavaScript on the pages; the result page shows the
    tier of ``aiact assess`` on the same date. axe-core finds no WCAG 2.1 A or AA violation on
    any question page or result page; "Terug" goes back one question."""
    from selenium.webdriver.common.by import By

    from aiact.questions import SUBJECT_QUESTION, catalogue, read_facts
    from aiact.questions.simulate import answer_from

    for name in THREE:
        case = aiact.load_case(EXAMPLES / name)
        a = case.assess()
        truth = read_facts(case)
        assert truth.kind is not None and truth.context is not None
        browser.get(f"{server}/")
        browser.find_element(By.ID, "doel-tier").click()
        day = browser.find_element(By.ID, "datum")
        browser.execute_script("arguments[0].value = arguments[1]", day, a.as_of.isoformat())
        submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "button[value=begin]"))
        went_back = False
        for _ in range(60):
            ids = browser.find_elements(By.CSS_SELECTOR, "input[name=vraag]")
            if not ids:
                break
            assert violations(browser, axe) == [], f"{name}: {browser.title}"
            qid = ids[0].get_attribute("value")
            # the first question too: "Een AI-systeem" where the facts say so (round 18)
            question = SUBJECT_QUESTION if qid == SUBJECT_QUESTION.id else catalogue().get(qid)
            answer: Any = answer_from(question, truth.flat, truth.kind, truth.context)
            if not went_back and len(browser.find_elements(By.CSS_SELECTOR, "button[value=terug]")):
                submit_and_wait(
                    browser, browser.find_element(By.CSS_SELECTOR, "button[value=terug]")
                )
                went_back = True
                continue  # the previous question again, with its answer shown
            if question.kind in ("yes_no", "one_of", "several_of"):
                for box in browser.find_elements(By.CSS_SELECTOR, "input[type=checkbox]:checked"):
                    box.click()  # clear what a page shown again holds
            button = _answer_in_browser(browser, answer, question.kind)
            submit_and_wait(
                browser, browser.find_element(By.CSS_SELECTOR, f"button[value={button}]")
            )
        else:
            pytest.fail(f"{name}: the questionnaire did not end")
        assert went_back, name
        heading = browser.find_element(By.TAG_NAME, "h1").text
        assert heading.startswith("Uitkomst voor"), heading
        tier = browser.find_element(By.CSS_SELECTOR, ".aiact-tier").text
        assert tier == a.to_dict("nl")["classification"]["risk_tier_label"], name
        assert browser.find_element(By.ID, "in-het-kort").text == "In het kort"
        assert violations(browser, axe) == [], f"{name}: the result page"
    browser.get(f"{server}/?lang=en")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "button[value=begin]"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert browser.find_element(By.CSS_SELECTOR, "button[value=volgende]").text == "Next"
    assert not browser.find_elements(By.CSS_SELECTOR, "button[value=weet-niet]")
    assert violations(browser, axe) == [], "the first question in English"


# --------------------------------------------------------------------------- the questionnaire


def _state(page: str) -> str:
    found = re.search(r'name="staat" value="([^"]*)"', page)
    assert found is not None
    return html.unescape(found.group(1))


def _question(page: str) -> str | None:
    found = re.search(r'name="vraag" value="([^"]*)"', page)
    return None if found is None else found.group(1)


def _step(client: TestClient, page: str, action: str = "volgende", **fields: Any) -> Any:
    data = {"lang": "nl", "staat": _state(page), "vraag": _question(page), "actie": action}
    return client.post("/vragenlijst", data={**data, **fields})


def test_the_questionnaire_is_dutch_and_keeps_no_state(client: TestClient) -> None:
    """Each page carries the answers in the form: the same form gives the same page, whatever
    was asked before; the question pages and the result page are Dutch."""
    from tests.test_dutch import html_text, problems

    start = {
        "lang": "nl",
        "actie": "begin",
        "doel": "tier",
        "datum": "2026-11-28",
        "naam": "Loket-bot",
    }
    first = client.post("/vragenlijst", data=start)
    assert first.status_code == 200 and _question(first.text) == "subject"
    # the first question has no "I don't know" (its second answer is the person's "not known
    # yet"); the questions after it have it
    assert '<html lang="nl">' in first.text and "Weet ik niet" not in first.text
    second = _step(client, first.text, antwoord="system")
    assert "Weet ik niet" in second.text
    again = _step(client, first.text, antwoord="system")
    assert second.text == again.text
    page = second.text

    def dutch(page: str) -> list[str]:
        text = html_text(re.sub(r"<(code|title)>.*?</\1>", " ", page, flags=re.S))
        return list(problems(text.replace("English", " ")))

    for _ in range(40):
        if _question(page) is None:
            break
        assert not dutch(page), _question(page)
        page = _step(client, page, "weet-niet").text
    assert "Uitkomst voor Loket-bot" in page and "In het kort" in page and "Uw antwoorden" in page
    assert not dutch(page), "the result page"


def test_a_missing_or_wrong_answer_is_said_on_the_page(client: TestClient) -> None:
    first = client.post("/vragenlijst", data={"lang": "nl", "actie": "begin"}).text
    missing = _step(client, first)
    assert missing.status_code == 400 and 'role="alert"' in missing.text
    assert "Kies een antwoord" in missing.text and _question(missing.text) == "subject"
    wrong = _step(client, first, antwoord="spaceship")
    assert wrong.status_code == 400 and "Uw antwoord kan niet worden gebruikt" in wrong.text
    assert _state(wrong.text) == _state(first)


def test_back_and_the_other_language(client: TestClient) -> None:
    first = client.post("/vragenlijst", data={"lang": "nl", "actie": "begin"}).text
    second = _step(client, first, antwoord="model").text
    assert _question(second) not in (None, "subject")
    back = _step(client, second, "terug").text
    assert _question(back) == "subject" and 'value="model" checked' in back
    english = client.post("/vragenlijst", data={"lang": "en", "staat": _state(second),
                                                "actie": "toon"}).text  # fmt: skip
    assert '<html lang="en">' in english and _question(english) == _question(second)
    assert "I don&#39;t know" in english or "I don't know" in english


def test_the_questionnaire_address_opened_directly_is_the_start_page(client: TestClient) -> None:
    page = client.get("/vragenlijst?lang=en")
    assert page.status_code == 200 and 'value="begin"' in page.text
    assert '<html lang="en">' in page.text


def test_a_tampered_state_is_a_page_not_a_stack_trace(client: TestClient) -> None:
    for state in ("{", "[]", '{"answers": [{"question": "nope", "answer": 1}]}',
                  '{"answers": "x", "goal": "all"}', '{"as_of": "1999-01-01"}'):  # fmt: skip
        response = client.post("/vragenlijst", data={"lang": "nl", "staat": state})
        assert response.status_code == 400, state
        assert 'role="alert"' in response.text and "Traceback" not in response.text
    many = json.dumps({"answers": [{"question": "subject", "answer": "system"}] * 500})
    assert client.post("/vragenlijst", data={"staat": many}).status_code == 400


@pytest.mark.parametrize(
    ("typed", "lang", "plain"),
    [
        ("8.000.000", "nl", "8000000"),
        ("1.234,5", "nl", "1234.5"),
        ("3,5", "nl", "3.5"),
        ("3.0E+23", "nl", "3.0E+23"),
        ("3,5e24", "nl", "3.5e24"),
        ("8,000,000", "en", "8000000"),
        ("1,234.5", "en", "1234.5"),
        ("12.500", "nl", "12500"),
        ("1 000 000", "nl", "1000000"),
        ("veel", "nl", "veel"),
    ],
)
def test_amounts_are_read_as_people_type_them(typed: str, lang: str, plain: str) -> None:
    from aiact.service.web.questionnaire import plain_number

    assert plain_number(typed, lang) == plain  # type: ignore[arg-type]
