"""Issue 15 item 2 in a real browser (Debian's chromium through Playwright): a product whose
title carries a Markdown link and an ``<img>`` pixel shows as text in the chat replies, the
compare table, the toasts, the why panel, the cards and the signed-in line; the page has no
link to the attacker and no image from the pixel URL, and the browser never requests either.

The server is the real app (FastAPI + Gradio) over the hostile catalog of `tests.ui.hostile`
with fake search, ranking and copy, so no model is loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.browser_pages import ARTIFACTS, send
from tests.ui.hostile import ATTACKER_URL, MORE_TURNS, PIXEL_URL
from ui.testing import CHROMIUM, CHROMIUM_ARGS

pytestmark = [pytest.mark.browser]

TURN_TIMEOUT_MS = 90_000  # generous: the machine is shared with other test runs
HOSTILE_ELEMENTS = """() => ({
    links: [...document.querySelectorAll('a[href]')]
        .map(a => a.getAttribute('href'))
        .filter(h => h.includes('attacker.example') || h.includes('127.0.0.1:9')),
    images: [...document.querySelectorAll('img, image, source, video, audio, iframe')]
        .map(e => e.getAttribute('src') || e.getAttribute('srcset') || e.getAttribute('href') || '')
        .filter(s => s.includes('pixel.gif') || s.includes('127.0.0.1:9')
                     || s.includes('attacker.example')),
})"""


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


class Watched:
    """A page, with every request it made and every dialog (``alert``) it opened."""

    def __init__(self, browser: Any, url: str) -> None:
        self.page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(url)
        self.page.locator("#message textarea").wait_for()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def assert_inert(self, where: str) -> None:
        found = self.page.evaluate(HOSTILE_ELEMENTS)
        assert found == {"links": [], "images": []}, f"{where}: {found}"

    def assert_nothing_fetched(self) -> None:
        hostile = [
            u for u in self.requests if "attacker.example" in u or u.startswith(PIXEL_URL[:18])
        ]
        assert hostile == [], hostile
        assert self.dialogs == [], self.dialogs


def _wait_reply(page: Any, turns: int) -> str:
    page.wait_for_function(
        """n => {
            const bots = document.querySelectorAll('#chat [data-testid="bot"]');
            const idle = document.querySelector('#turn-status [data-state="idle"]') !== null;
            return idle && bots.length >= n
                && !bots[bots.length - 1].textContent.trim().endsWith('…');
        }""",
        arg=turns,
        timeout=TURN_TIMEOUT_MS,
    )
    return page.locator('#chat [data-testid="bot"]').last.inner_text()


def test_hostile_titles_show_as_text_in_every_sink(chromium: Any, hostile_url: str) -> None:
    watched = Watched(chromium, hostile_url)
    page = watched.page
    send(page, "rose cream")
    _wait_reply(page, 1)
    page.locator("#card-body-0 .sa-card").wait_for()
    assert "[Checkout](" in page.locator("#card-body-0 .sa-title").inner_text()
    watched.assert_inert("cards")

    replies = []
    for n, message in enumerate(MORE_TURNS, start=2):
        send(page, message)
        replies.append(_wait_reply(page, n))
        watched.assert_inert(f"chat after {message!r}")
    about, why, compare, more = replies
    assert "cheaper than" in compare
    assert f"[Checkout]({ATTACKER_URL})" in about and "<img src=" in about
    assert f"[Checkout]({ATTACKER_URL})" in why and "<img src=" in why  # its short title, as text
    table = page.locator('#chat [data-testid="bot"] table').last
    cells = table.evaluate("t => [...t.rows].map(r => r.cells.length)")
    assert len(cells) == 3 and len(set(cells)) == 1, cells  # header + 2 products, same width
    assert "**bold** | pipe" in table.inner_text()
    assert "More like" in more
    assert page.locator("#chat strong, #chat em").count() == 0

    page.click("#cart-0")  # after "more like", the first card is h2: a whole <img> first
    toast = page.locator('[data-testid="toast-body"]').last
    toast.wait_for()
    assert "<img src=" in toast.inner_text() and toast.locator("img, a").count() == 0
    watched.assert_inert("toast")
    page.wait_for_function("() => document.querySelector('#cart').textContent.includes('1 item')")
    assert "<img src=" in page.locator("#cart").inner_text()

    page.click("#why button")
    why_text = page.locator("#why-text")
    why_text.wait_for()
    assert "[Pay](http://attacker.example/y)" in why_text.inner_text()
    watched.assert_inert("why panel")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "shop-hostile-chat.png"), full_page=True)

    page.locator("#shop-as input").click()
    page.locator("ul[role=listbox] li", has_text="u1").click()
    page.wait_for_function(
        "() => document.querySelector('#signed-in').textContent.includes('Signed in as')"
    )
    assert "Evil | Brand [Checkout](" in page.locator("#signed-in").inner_text()
    watched.assert_inert("signed-in line")

    page.screenshot(path=str(ARTIFACTS / "shop-hostile-signed-in.png"), full_page=True)
    watched.assert_nothing_fetched()
