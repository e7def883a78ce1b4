"""The web UI in a real browser (Debian's chromium, headless, driven by Playwright) against a
real `shopassist serve` over the Beauty data, with the default language model writing copy.

Screenshots go to test-artifacts/ui/ (or $SHOPASSIST_TEST_ARTIFACTS/ui).
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.browser_pages import ARTIFACTS, send
from ui.testing import CHROMIUM, CHROMIUM_ARGS, free_port, prepare, running_site

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.llm]

COPY_TIMEOUT_MS = 180_000


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, beauty_dir: Path) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed: apt-get install chromium")
    reuse = os.environ.get("SHOPASSIST_UI_TEST_DATA")  # a data dir with data, index and models
    data_dir = Path(reuse) if reuse else prepare(tmp_path_factory.mktemp("site"), beauty_dir)
    with running_site(data_dir, free_port()) as url:
        yield url


@pytest.fixture(scope="module")
def browser(site: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


def _page(browser: Any, *, width: int = 1280, height: int = 800) -> Any:
    viewport = {"width": width, "height": height}
    context = browser.new_context(viewport=viewport, accept_downloads=True)
    return context.new_page()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def _wait_turn(page: Any, turns: int) -> None:
    """Wait until the assistant has answered ``turns`` messages and every card has its copy."""
    page.wait_for_function(
        """n => {
            const bots = document.querySelectorAll('#chat [data-testid="bot"]');
            const idle = document.querySelector('#turn-status [data-state="idle"]') !== null;
            return idle && bots.length >= n
                && !bots[bots.length - 1].textContent.trim().endsWith('…')
                && document.querySelectorAll('.sa-card .sa-pending').length === 0;
        }""",
        arg=turns,
        timeout=COPY_TIMEOUT_MS,
    )


def _cards(page: Any) -> list[dict[str, Any]]:
    return page.eval_on_selector_all(
        ".sa-slot:not(.hidden) .sa-card",
        """cards => cards.filter(c => c.offsetParent !== null).map(c => ({
            id: c.dataset.itemId,
            price: c.querySelector('.sa-price').textContent,
            copy: c.querySelector('.sa-copy')?.textContent ?? '',
        }))""",
    )


def _price(text: str) -> float:
    return float(re.sub(r"[^0-9.]", "", text))


def _open(browser: Any, url: str, **viewport: int) -> Any:
    page = _page(browser, **viewport)
    page.goto(url)
    page.locator("#message textarea").wait_for()
    return page


def _sign_in(page: Any, url: str, name: str, password: str) -> None:
    page.goto(f"{url}/login")
    page.fill("#name", name)
    page.fill("#password", password)
    page.click("#sign-in")
    page.wait_for_function(  # the page-load handler fills the staff bar from the cookie
        "name => (document.querySelector('#staff-bar')?.textContent ?? '').includes(name + ' (')",
        arg=name,
    )


def _staff_search(
    browser: Any, url: str, account: tuple[str, str], tab: str, box: str, text: str
) -> Any:
    """A page signed in with ``account`` (name, password), on ``tab``, ``text`` typed into the
    query ``box``."""
    page = _page(browser)
    _sign_in(page, url, *account)
    page.get_by_role("tab", name=tab).click()
    page.locator(f"{box} textarea, {box} input").first.fill(text)
    return page


def _last_reply(page: Any) -> str:
    return page.locator('#chat [data-testid="bot"]').last.inner_text()


def test_shopping_conversation_with_refinement_and_feedback(browser: Any, site: str) -> None:
    page = _open(browser, site)
    send(page, "a face moisturizer for dry skin")
    _wait_turn(page, 1)
    turns = 1
    question = re.search(r"([\w-]+) or [\w\s-]+\?", _last_reply(page))
    if not _cards(page) and question:  # a clarifying question ("Lotions or fluids?"): answer it
        send(page, question.group(1))
        turns += 1
        _wait_turn(page, turns)
    first = _cards(page)
    assert 3 <= len(first) <= 5, "a search shows 3-5 product cards"
    assert all(c["copy"] and "writing a note" not in c["copy"] for c in first), first

    send(page, "cheaper")  # refinement: every new pick under the cheapest one shown
    turns += 1
    _wait_turn(page, turns)
    cheaper = _cards(page)
    assert cheaper and {c["id"] for c in cheaper} != {c["id"] for c in first}
    assert max(_price(c["price"]) for c in cheaper) < min(_price(c["price"]) for c in first)

    disliked = cheaper[0]["id"]
    page.click("#dislike-0")
    page.locator("#card-body-0 .sa-mark").wait_for()
    page.click("#cart-1")
    page.wait_for_function("() => document.querySelector('#cart').textContent.includes('1 item')")

    send(page, "show me more options")  # the disliked pick must not come back
    turns += 1
    _wait_turn(page, turns)
    after = _cards(page)
    assert after and disliked not in {c["id"] for c in after}
    page.click("#why button")
    assert "anonymously" in page.locator("#why-text").inner_text()
    _shot(page, "shop.png")


def test_demo_customer_is_personalised_and_staff_tabs_stay_locked(browser: Any, site: str) -> None:
    page = _open(browser, site)
    page.get_by_role("tab", name="Agent").click()
    assert "Sign in as an agent" in page.locator("#agent-locked").inner_text()
    assert not page.locator("#agent-panel").is_visible()
    page.get_by_role("tab", name="Marketing").click()
    assert "Sign in as a marketer" in page.locator("#mk-locked").inner_text()
    page.get_by_role("tab", name="Shop").click()
    customer = page.locator("#shop-as input")
    customer.click()
    page.locator("ul[role=listbox] li").nth(1).click()
    page.wait_for_function(
        "() => document.querySelector('#signed-in').textContent.includes('Signed in as')"
    )
    assert "likes" in page.locator("#signed-in").inner_text()


def test_agent_looks_a_customer_up(browser: Any, site: str) -> None:
    page = _staff_search(browser, site, ("ann", "pw-ann"), "Agent", "#agent-query", "A1")
    page.click("#agent-find")
    page.wait_for_function(
        "() => document.querySelector('#agent-profile').textContent.includes('Customer')",
        timeout=60_000,
    )
    assert "Top categories" in page.locator("#agent-profile").inner_text()
    page.wait_for_function("() => document.querySelectorAll('#agent-timeline tbody tr').length > 0")
    assert "Suggestions" in page.locator("#agent-suggestions").inner_text()
    draft = page.locator("#agent-draft textarea").input_value()
    assert draft.startswith("Hello,") and "$" in draft
    _shot(page, "agent.png")


def test_marketing_batch_exports_csv(browser: Any, site: str, tmp_path: Path) -> None:
    page = _staff_search(browser, site, ("mo", "pw-mo"), "Marketing", "#mk-query", "nail polish")
    page.click("#mk-search")
    boxes = page.locator("#mk-products label")
    boxes.first.wait_for(timeout=60_000)
    boxes.nth(0).click()
    boxes.nth(1).click()
    channel = page.locator("#mk-channel input")
    channel.click()
    page.locator("ul[role=listbox] li", has_text="sms").click()
    page.click("#mk-generate")
    link = page.locator("#mk-csv a").first
    link.wait_for(timeout=COPY_TIMEOUT_MS)
    _shot(page, "marketing.png")
    with page.expect_download() as download:
        link.click()
    path = tmp_path / "copy.csv"
    download.value.save_as(path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) == 2 and {r["channel"] for r in rows} == {"sms"}
    assert all(r["grounded"] == "true" and len(r["text"]) <= 160 for r in rows)
    assert all(r["report"].startswith("{") for r in rows)


def test_phone_viewport_fits_and_shows_cards(browser: Any, site: str) -> None:
    page = _open(browser, site, width=390, height=844)
    send(page, "shampoo for curly hair")
    page.locator(".sa-card").first.wait_for(timeout=60_000)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the page scrolls sideways by {overflow}px at 390 px"
    _wait_turn(page, 1)
    _shot(page, "shop-phone.png")
