"""Issue 15 item 2: markup in catalog (or shopper) text is shown as text in every sink of the
page: chat replies, compare tables, the why panel, the signed-in line, the cart, toasts, the
agent's panels. Markdown is rendered here with markdown-it (CommonMark, tables, raw HTML on),
the way the page's renderer treats it; the real browser does the same in
`test_browser_markup.py`."""

from __future__ import annotations

import html
import re
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from gradio_client import Client
from hypothesis import given, settings
from hypothesis import strategies as st

import ui.web.shop as shop
from assistant.profiles import Profile, load_profile
from assistant.suggestions import Suggestion
from assistant.support import CustomerOverview, TimelineEntry
from tests.ui.hostile import HOSTILE, HOSTILE_BRAND, HOSTILE_TITLE, IMG, LINK, MORE_TURNS
from tests.ui.web.markup_checks import (
    MARKDOWN,
    Elements,
    assert_inert,
    assert_markdown_is_text,
    elements,
)
from ui.services import Services
from ui.web.views import (
    cart_markdown,
    md_text,
    profile_markdown,
    suggestions_markdown,
    toast_text,
    why_markdown,
)

HOSTILE_TEXTS = [
    LINK,
    IMG,
    "**bold** _em_ `code` ~~gone~~",
    "a | b | c",
    "# heading",
    "1. listed",
    "- listed",
    "> quoted",
    "![pixel](http://127.0.0.1:9/pixel.gif)",
    "<a href=http://attacker.example/x>click</a>",
    "<http://attacker.example/x> www.attacker.example me@attacker.example",
    "$$x$$ \\[x\\] \\(x\\)",
    "&lt;img src=x&gt; &#60;b&#62;",
    "line\n\n# new block\n|a|b|\n|-|-|",
    HOSTILE_TITLE,
]


def _rendered(markdown: str) -> Elements:
    return elements(MARKDOWN.render(markdown))


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_md_text_renders_as_the_text_itself(text: str) -> None:
    rendered = _rendered(md_text(text))
    assert {tag for tag, _ in rendered.tags} <= {"p"}, rendered.tags
    assert "".join(rendered.text).strip() == " ".join(text.splitlines()).strip()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"])))
def test_md_text_never_makes_markup(text: str) -> None:
    rendered = _rendered(md_text(text))
    assert {tag for tag, _ in rendered.tags} <= {"p", "pre", "code"}, (text, rendered.tags)


def test_a_pipe_in_a_title_stays_in_its_table_cell() -> None:
    table = shop._table([{"title": HOSTILE_TITLE, "brand": HOSTILE_BRAND}, {"title": "b"}])
    rendered = MARKDOWN.render(table)
    assert_inert(rendered)
    rows = re.findall(r"<tr>(.*?)</tr>", rendered, re.S)
    assert len(rows) == 3 and all(len(re.findall(r"<t[hd]", r)) == 2 for r in rows), rendered
    assert html.escape(HOSTILE_TITLE, quote=False) in rendered  # the whole title, as text
    assert "<strong>" not in rendered


def test_toasts_escape_html() -> None:
    message = toast_text(f"Noted: {HOSTILE_TITLE[:60]} is liked.")
    assert_inert(message)
    assert "".join(elements(message).text) == f"Noted: {HOSTILE_TITLE[:60]} is liked."


def test_panels_escape_catalog_text() -> None:
    pick = shop.Pick.of(HOSTILE[0], reason=f"matches '{LINK}'", signals={"item|cf": 0.5})
    profile = Profile(user_id="u1", top_brands=[(HOSTILE_BRAND, 2)], needs={"skin": IMG})
    assert_markdown_is_text(why_markdown(profile, [pick], signed_in=f"u1 {LINK}"))
    assert_markdown_is_text(cart_markdown([{"title": HOSTILE_TITLE, "price": 9.0}]))
    overview = CustomerOverview(
        user_id="u1",
        profile=profile,
        timeline=[TimelineEntry("2014-01-02", "purchase", "h1", HOSTILE_TITLE, HOSTILE_BRAND, 9)],
        suggestions=[Suggestion("h2", HOSTILE_TITLE, HOSTILE_BRAND, 9.0, 0.9, [LINK])],
        note=IMG,
    )
    assert_markdown_is_text(profile_markdown(overview))
    assert_markdown_is_text(suggestions_markdown(overview))


def _request(host: str = "192.0.2.1") -> Any:
    return SimpleNamespace(headers={}, cookies={}, client=SimpleNamespace(host=host))


def _turn(services: Services, state: dict[str, Any], message: str) -> list[tuple[Any, ...]]:
    return list(shop.run_turn(services, message, state, _request()))


CHAT_TAGS = {"p", "table", "thead", "tbody", "tr", "th", "td", "strong"}


def test_every_chat_reply_and_panel_shows_hostile_titles_as_text(
    hostile_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = shop.fresh_state()
    outputs = _turn(hostile_services, state, "rose cream")
    assert [p["id"] for p in state["picks"]][:2] == ["h1", "h2"]
    for message in MORE_TURNS:
        outputs += _turn(hostile_services, state, message)
    replies = [m["content"] for m in state["history"] if m["role"] == "assistant"]
    assert len(replies) == 1 + len(MORE_TURNS)
    quoted = [r for r in replies if "Checkout" in r]
    assert len(quoted) >= 4, replies  # about, why, compare, more-like all quote the title
    for content in state["history"]:
        assert_markdown_is_text(content["content"], allowed=CHAT_TAGS)
    tables = [MARKDOWN.render(r) for r in replies if "<table>" in MARKDOWN.render(r)]
    assert len(tables) == 1, replies  # the compare reply: one table, a cell per column
    rows = re.findall(r"<tr>(.*?)</tr>", tables[0], re.S)
    assert len({len(re.findall(r"<t[hd]", r)) for r in rows}) == 1, tables[0]
    why_panels = [o[-2] for o in outputs if isinstance(o[-2], str)]
    assert why_panels and any("Checkout" in w for w in why_panels)
    for panel in why_panels:
        assert_markdown_is_text(panel)

    toasts: list[str] = []
    monkeypatch.setattr(shop.gr, "Info", toasts.append)
    state = shop.fresh_state()
    _turn(hostile_services, state, "rose cream")
    for index in (0, 1):  # h1 (link, then a cut-off img), h2 (a whole img first)
        _, card, cart = shop._feedback_handler(hostile_services, "cart", index)(state, _request())
        assert_inert(card)
        assert_markdown_is_text(cart)
    assert len(toasts) == 2 and "Checkout" in toasts[0] and "pixel.gif" in toasts[1]
    for toast in toasts:
        assert_inert(toast)

    summary = shop.signed_in_text(hostile_services, "u1")
    assert HOSTILE_BRAND in load_profile(hostile_services.store, "u1").summary()
    assert "Evil" in summary
    assert_markdown_is_text(summary, allowed={"p", "strong"})


def test_shopper_text_is_escaped_in_the_chat(hostile_services: Services) -> None:
    state = shop.fresh_state()
    _turn(hostile_services, state, f"rose cream {LINK} {IMG}")
    user = state["history"][0]
    assert user["role"] == "user"
    assert_markdown_is_text(user["content"], allowed={"p"})


def test_the_chat_endpoint_returns_escaped_markdown(hostile_url: str) -> None:
    """Over HTTP: the Chatbot's value after each turn renders without links or images."""
    client = Client(hostile_url, verbose=False, download_files=False)
    chat: list[dict[str, Any]] = []
    for message in ["rose cream", *MORE_TURNS]:
        chat = client.predict(message, api_name="/chat")[1]
    assert len(chat) == 2 * (1 + len(MORE_TURNS))
    for entry in chat:
        parts = entry["content"] if isinstance(entry["content"], list) else [entry["content"]]
        assert all(isinstance(p, str) or p.get("type") == "text" for p in parts), parts
        text = "".join(p if isinstance(p, str) else p["text"] for p in parts)
        assert_markdown_is_text(text, allowed=CHAT_TAGS)
    with httpx.Client(base_url=hostile_url) as http:
        assert http.get("/health").status_code == 200
