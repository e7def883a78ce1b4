"""The Shop tab: streaming chat, product cards with feedback buttons, cart, 'why am I seeing this?'.

A turn's cards are drawn as soon as the assistant has picked them (before any language-model
call); each card's copy streams in afterwards. Who the shopper is comes from the request (a
signed cookie) or, in demo mode, from the demo-customer picker; never from the page's inputs.

Nothing the browser sends back is trusted: the chat history lives in the per-session state on
the server (plain text, escaped for Markdown when it is written) and the Chatbot is only ever
an output, so a client cannot hand the server a history (or a file path inside one) to act on.
Every catalog or shopper string is escaped for the sink it reaches (`ui.web.views.md_text`,
`toast_text`, `card_html`).
"""

# No `from __future__ import annotations` here: Gradio reads the `gr.Request` annotation.

import logging
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

import gradio as gr

from assistant.dialogue.turn import Pick
from assistant.profiles import Profile, load_profile
from core.errors import ShopAssistError
from ui.limits import RateLimited, client_address
from ui.services import Services
from ui.web.views import (
    MARKDOWN_AS_DATA,
    card_html,
    cart_markdown,
    md_text,
    now_ms,
    toast_text,
    why_markdown,
)

logger = logging.getLogger(__name__)

MAX_CARDS = 5
ANONYMOUS_CHOICE = "(anonymous shopper)"
ORDINALS = ["first", "second", "third", "fourth", "fifth"]
CARDS_FIRST_S = 0.15
PLACEHOLDER = "What are you looking for? For example: a moisturiser for dry skin under $30"
MAX_MESSAGE = 1000  # characters of one message (the box says so too; a raw client may not)
MAX_HISTORY = 200  # chat messages kept for the page; older ones scroll away


def fresh_state(user: str | None = None) -> dict[str, Any]:
    """Per-browser-session state (kept server-side by Gradio; it never holds who you are).

    ``history`` is the chat as the page shows it: ``{"role", "content"}`` messages whose content
    is Markdown built here, every catalog and shopper string in it escaped.
    """
    return {
        "session": None,
        "demo_user": user,
        "history": [],
        "picks": [],
        "marks": {},
        "cart": [],
        "writing": False,  # copy for the picks is still being written
    }


@dataclass
class Slot:
    """One product card's components."""

    column: Any
    body: Any
    like: Any
    dislike: Any
    cart: Any
    more: Any


@dataclass
class ShopTab:
    """The components other parts of the page update (page load, customer switch)."""

    state: Any
    customer: Any
    signed_in: Any
    chatbot: Any
    box: Any
    slots: list[Slot]
    cart: Any
    why: Any
    status: Any

    @property
    def turn_outputs(self) -> list[Any]:
        """What a chat turn updates, in the order `Turn` handlers yield them."""
        return [
            self.box,
            self.chatbot,
            self.state,
            *[s.body for s in self.slots],
            *[s.column for s in self.slots],
            self.cart,
            self.why,
            self.status,
        ]


def shopper(services: Services, st: dict[str, Any], request: gr.Request | None) -> str | None:
    """The signed-in customer: from the signed cookie, else the demo picker (demo mode only)."""
    if request is not None:
        principal = services.principal(request.headers, request.cookies)
        if principal.user_id is not None:
            return principal.user_id
    if st.get("demo_user") in services.demo_customers:
        return st["demo_user"]
    return None


IDLE = '<span class="sa-status" data-state="idle"></span>'
THINKING = '<span class="sa-status" data-state="thinking">Looking for picks…</span>'
WRITING = '<span class="sa-status" data-state="writing">Writing a note for each pick…</span>'


def _out(
    box: Any = None,
    chat: Any = None,
    st: Any = None,
    bodies: list[Any] | None = None,
    columns: list[Any] | None = None,
    cart: Any = None,
    why: Any = None,
    status: Any = None,
) -> tuple[Any, ...]:
    """One update of `ShopTab.turn_outputs`; what is None stays as it is on the page."""

    def keep(value: Any) -> Any:
        return gr.skip() if value is None else value

    return (
        keep(box),
        keep(chat),
        keep(st),
        *(bodies or [gr.skip()] * MAX_CARDS),
        *(columns or [gr.skip()] * MAX_CARDS),
        keep(cart),
        keep(why),
        keep(status),
    )


def _picks(st: dict[str, Any]) -> list[Pick]:
    return [Pick(**p) for p in st["picks"]]


def _cards(st: dict[str, Any], ready_ms: float | None = None) -> tuple[list[Any], list[Any]]:
    picks = _picks(st)
    bodies, columns = [], []
    for i in range(MAX_CARDS):
        if i < len(picks):
            mark = st["marks"].get(picks[i].id, "")
            bodies.append(
                card_html(picks[i], i, ready_ms=ready_ms, mark=mark, pending=st["writing"])
            )
            columns.append(gr.update(visible=True))
        else:
            bodies.append("")
            columns.append(gr.update(visible=False))
    return bodies, columns


def _why(services: Services, st: dict[str, Any], user: str | None) -> str:
    personal = services.conversation.personalise
    profile = load_profile(services.store, user) if personal else Profile(user_id=user)
    return why_markdown(profile, _picks(st), signed_in=user)


def _chat(st: dict[str, Any]) -> list[dict[str, str]]:
    """The Chatbot's value, from the server-side history (never from the page)."""
    return [{"role": m["role"], "content": m["content"]} for m in st["history"]]


def _say(st: dict[str, Any], content: str) -> None:
    """Set the assistant's (last) message to ``content`` (Markdown, already escaped)."""
    st["history"][-1] = {"role": "assistant", "content": content}


def _refuse(what: str, e: RateLimited) -> tuple[Any, ...]:
    gr.Warning(toast_text(f"Slow down a little: {e}."))
    logger.info("chat turn refused: %s", what)
    return _out()


def run_turn(
    services: Services, message: str, st: dict[str, Any], request: gr.Request | None
) -> Iterator[tuple[Any, ...]]:
    """Serve one message; yields the outputs of `ShopTab.turn_outputs` as the turn streams.

    Turns are limited per client address (the bucket the REST API uses for the same address)
    and per chat session; a refused turn shows a warning and serves nothing.
    """
    text = str(message or "").strip()
    if not text:
        yield _out()
        return
    if len(text) > MAX_MESSAGE:
        gr.Warning(f"A message can be at most {MAX_MESSAGE} characters; send a shorter one.")
        yield _out()
        return
    try:
        address = client_address(request)
        services.limits.per_address.check(f"addr:{address}", "messages from your address")
    except RateLimited as e:
        yield _refuse("address", e)
        return
    user = shopper(services, st, request)
    if st["session"] is None:
        st["session"] = services.conversation.new_session()
    try:
        services.limits.per_session.check(f"session:{st['session']}", "messages in this chat")
    except RateLimited as e:
        yield _refuse("session", e)
        return
    st["history"] = [
        *st["history"][-(MAX_HISTORY - 2) :],
        {"role": "user", "content": md_text(text)},
        {"role": "assistant", "content": "…"},
    ]
    yield _out("", _chat(st), st, status=THINKING)
    reply = ""  # Markdown: every piece of text in it went through md_text
    try:
        for event in services.conversation.stream(st["session"], user, text):
            if event.kind == "reply":
                reply = md_text(event.data)
            elif event.kind == "question" and md_text(event.data) not in reply:
                question = f"**{md_text(event.data)}**"
                reply = f"{reply}\n\n{question}" if reply else question
            elif event.kind == "table":
                reply = f"{reply}\n\n{_table(event.data)}"
            elif event.kind == "picks":
                _say(st, reply)
                if event.data:  # a turn without picks (a question, an answer) keeps the cards
                    st["picks"] = [asdict(p) for p in event.data]
                    st["marks"] = {}
                    st["writing"] = True
                bodies, columns = _cards(st, ready_ms=now_ms() if event.data else None)
                status = WRITING if event.data and services.conversation.writes_copy else IDLE
                yield _out(
                    "", _chat(st), st, bodies, columns, why=_why(services, st, user), status=status
                )
                if event.data:
                    # The next step starts the language model, which takes every core: give the
                    # cards a moment to reach the page and be drawn first.
                    time.sleep(CARDS_FIRST_S)
            elif event.kind == "copy":
                index = event.data["index"]
                if index < len(st["picks"]):
                    st["picks"][index]["copy"] = event.data["copy"]
                    st["picks"][index]["grounded"] = event.data["grounded"]
                yield _out("", _chat(st), st, _cards(st)[0])
            elif event.kind == "done":
                if not st["writing"]:
                    yield _out("", _chat(st), st, status=IDLE)
                    continue
                st["writing"] = False  # cards whose copy failed or timed out lose the placeholder
                yield _out("", _chat(st), st, _cards(st)[0], status=IDLE)
    except ShopAssistError as e:
        _say(st, md_text(f"Sorry, I could not do that: {e}"))
        yield _out("", _chat(st), st, status=IDLE)
    except Exception:  # a bug must not show a traceback to shoppers
        logger.exception("chat turn failed")
        _say(st, "Sorry, something went wrong on our side. Please try again.")
        yield _out("", _chat(st), st, status=IDLE)


def _table(rows: list[dict[str, Any]]) -> str:
    """A comparison as a Markdown table; every header and cell escaped (a ``|`` in a title
    stays in its cell)."""
    keys = list(rows[0])
    head = "| " + " | ".join(md_text(k) for k in keys) + " |\n|" + "---|" * len(keys)
    body = "\n".join("| " + " | ".join(md_text(r.get(k, "")) for k in keys) + " |" for r in rows)
    return f"{head}\n{body}"


def build_shop_tab(services: Services) -> ShopTab:
    """Lay out the Shop tab (inside a `gr.Tab`) and wire its events."""
    state = gr.State(fresh_state())
    with gr.Row(equal_height=True):
        customer = gr.Dropdown(
            choices=[ANONYMOUS_CHOICE, *services.demo_customers],
            value=ANONYMOUS_CHOICE,
            label="Shop as (demo customers)",
            visible=bool(services.demo_customers),
            elem_id="shop-as",
            scale=1,
        )
        signed_in = gr.Markdown(elem_id="signed-in", **MARKDOWN_AS_DATA)
    with gr.Row(equal_height=False):
        with gr.Column(scale=5, min_width=320):
            chatbot = gr.Chatbot(
                label="Assistant",
                height=460,
                elem_id="chat",
                placeholder="Ask for anything in the catalog. I will show a few picks and why.",
                feedback_options=None,
                allow_tags=False,
                allow_file_downloads=False,
                buttons=["copy"],  # no "share": chats are not posted anywhere
                **MARKDOWN_AS_DATA,
            )
            with gr.Row():
                box = gr.Textbox(
                    placeholder=PLACEHOLDER,
                    show_label=False,
                    scale=5,
                    elem_id="message",
                    autofocus=True,
                    max_length=MAX_MESSAGE,
                    submit_btn=False,
                )
                send = gr.Button("Send", variant="primary", scale=1, min_width=80, elem_id="send")
            status = gr.HTML(IDLE, elem_id="turn-status")
            clear = gr.Button("Clear conversation", size="sm", elem_id="clear")
        with gr.Column(scale=6, min_width=320):
            slots = []
            for i in range(MAX_CARDS):
                with gr.Column(visible=False, elem_classes="sa-slot", elem_id=f"card-{i}") as col:
                    body = gr.HTML(elem_id=f"card-body-{i}")
                    with gr.Row(elem_classes="sa-actions"):
                        like = gr.Button("Like", size="sm", min_width=60, elem_id=f"like-{i}")
                        dislike = gr.Button(
                            "Not for me", size="sm", min_width=80, elem_id=f"dislike-{i}"
                        )
                        cart = gr.Button(
                            "Add to cart", size="sm", min_width=90, elem_id=f"cart-{i}"
                        )
                        more = gr.Button(
                            "More like this", size="sm", min_width=100, elem_id=f"more-{i}"
                        )
                slots.append(Slot(col, body, like, dislike, cart, more))
            cart_md = gr.Markdown(cart_markdown([]), elem_id="cart", **MARKDOWN_AS_DATA)
            with gr.Accordion("Why am I seeing this?", open=False, elem_id="why"):
                why = gr.Markdown(
                    "Ask for something first.", elem_id="why-text", **MARKDOWN_AS_DATA
                )
    tab = ShopTab(state, customer, signed_in, chatbot, box, slots, cart_md, why, status)
    _wire(services, tab, send, clear)
    return tab


def _wire(services: Services, tab: ShopTab, send: Any, clear: Any) -> None:
    """Wire the tab's events. No event takes the Chatbot (or any other value the server hands
    back) as an input: what a turn needs is in the server-side state."""

    def on_message(
        message: str, st: dict[str, Any], request: gr.Request
    ) -> Iterator[tuple[Any, ...]]:
        yield from run_turn(services, message, st, request)

    inputs = [tab.box, tab.state]
    tab.box.submit(on_message, inputs, tab.turn_outputs, api_name="chat", concurrency_limit=None)
    send.click(
        on_message, inputs, tab.turn_outputs, api_visibility="undocumented", concurrency_limit=None
    )

    for i, slot in enumerate(tab.slots):
        for kind, button in (("like", slot.like), ("dislike", slot.dislike), ("cart", slot.cart)):
            button.click(
                _feedback_handler(services, kind, i),
                [tab.state],
                [tab.state, slot.body, tab.cart],
                concurrency_limit=None,
            )
        slot.more.click(
            _more_handler(services, i),
            [tab.state],
            tab.turn_outputs,
            concurrency_limit=None,
        )

    def on_clear(st: dict[str, Any]) -> tuple[Any, ...]:
        if st.get("session"):
            services.conversation.clear(st["session"])
        st = fresh_state(st.get("demo_user"))
        bodies, columns = _cards(st)
        return _out(
            "", [], st, bodies, columns, cart_markdown([]), "Ask for something first.", IDLE
        )

    clear.click(on_clear, [tab.state], tab.turn_outputs)
    tab.chatbot.clear(on_clear, [tab.state], tab.turn_outputs)  # the Chatbot's own trash icon

    def on_customer(choice: str, st: dict[str, Any], request: gr.Request) -> tuple[Any, ...]:
        user = choice if choice in services.demo_customers else None
        st = fresh_state(user)
        bodies, columns = _cards(st)
        summary = signed_in_text(services, shopper(services, st, request))
        fresh = _out("", [], st, bodies, columns, cart_markdown([]), "Ask for something first.")
        return (*fresh[:-1], IDLE, summary)

    tab.customer.change(on_customer, [tab.customer, tab.state], [*tab.turn_outputs, tab.signed_in])


def signed_in_text(services: Services, user: str | None) -> str:
    """The line above the chat: who the assistant thinks you are, and what it knows."""
    if user is None:
        return "Shopping anonymously: tell me what you need."
    profile = load_profile(services.store, user)
    return f"Signed in as **{md_text(user)}**: {md_text(profile.summary())}."


def _feedback_handler(services: Services, kind: str, index: int) -> Any:
    labels = {"like": "liked", "dislike": "not for you", "cart": "in your cart"}

    def handler(st: dict[str, Any], request: gr.Request) -> tuple[Any, ...]:
        if index >= len(st["picks"]) or st["session"] is None:
            raise gr.Error("That card is gone; ask again to see new picks.")
        pick = st["picks"][index]
        user = shopper(services, st, request)
        try:
            address = client_address(request)
            services.limits.per_address.check(f"addr:{address}", "clicks from your address")
            services.conversation.feedback(st["session"], user, pick["id"], kind)
        except ShopAssistError as e:  # RateLimited included
            raise gr.Error(toast_text(e)) from None
        st["marks"][pick["id"]] = labels[kind]
        if kind == "cart" and all(c["id"] != pick["id"] for c in st["cart"]):
            st["cart"].append({"id": pick["id"], "title": pick["title"], "price": pick["price"]})
        gr.Info(toast_text(f"Noted: {pick['title'][:60]} is {labels[kind]}."))
        body = card_html(Pick(**pick), index, mark=labels[kind], pending=st["writing"])
        return st, body, cart_markdown(st["cart"])

    return handler


def _more_handler(services: Services, index: int) -> Any:
    def handler(st: dict[str, Any], request: gr.Request) -> Iterator[tuple[Any, ...]]:
        message = f"more like the {ORDINALS[index]} one"
        yield from run_turn(services, message, st, request)

    return handler
