"""The Marketing tab (marketers and admins only): pick products by search, an audience (one
customer or a segment), channel, tone and length; generate grounded variants in a batch with a
progress bar; download them as CSV. Handlers check the caller's role from the request."""

# No `from __future__ import annotations` here: Gradio reads the `gr.Request` annotation.

import secrets
import time
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.copy.audience import audience_of, segments
from assistant.copy.batch import save_csv, write_batch
from assistant.copy.templates import CHANNELS, LENGTHS, TONES
from catalog.schema import Product
from core.errors import ShopAssistError
from retrieval.filters import Filters
from ui.auth import Principal
from ui.services import Services
from ui.web.views import StaffTab, report_summary, toast_text

LOCKED = (
    "### Marketing copy is for marketers\n"
    "[Sign in as a marketer](/login) to write grounded copy for products and audiences."
)
NO_SEGMENT = "(none)"
MAX_PRODUCTS = 20
TABLE_HEADERS = ["item", "variant", "subject", "text", "grounded", "grounding report"]


def require_marketer(services: Services, request: gr.Request | None) -> Principal:
    """The caller, if they may write copy; a readable gr.Error otherwise."""
    return services.require(
        request, lambda p: p.can_write_copy, "Marketing copy needs a marketer sign-in (/login)."
    )


def _label(product: Any) -> str:
    price = f"${product.price:.2f}" if product.price is not None else "no price"
    title = product.title[:70] or f"(untitled {product.id})"
    return f"{title} — {product.brand or 'unbranded'} — {price}"


def find_products(services: Services, query: str, k: int) -> list[Product]:
    """The best ``k`` products for ``query`` by the conversation's own search (no filters)."""
    assert services.searcher is not None
    ids = [c.item_id for c in services.searcher.search(query, Filters(), k)]
    found = {p.id: p for p in services.store.get_products(ids)}
    return [found[i] for i in ids if i in found]


def _csv_path(cache: str, channel: str) -> Path:
    """A new file for one batch's CSV in its own folder of the UI's file cache (private to the
    server and deleted when it stops; see `ui.web.app.mount_ui`): Gradio serves it from there
    without copying it anywhere else."""
    folder = Path(cache) / f"copy-{secrets.token_hex(8)}"
    folder.mkdir(mode=0o700, parents=True)
    return folder / f"copy-{channel}-{time.strftime('%Y%m%d-%H%M%S')}.csv"


def build_marketing_tab(services: Services) -> StaffTab:
    """Lay out the Marketing tab (inside a `gr.Tab`) and wire its events."""
    locked = gr.Markdown(LOCKED, elem_id="mk-locked")
    with gr.Column(visible=False, elem_id="mk-panel") as panel:
        with gr.Row(equal_height=True):
            query = gr.Textbox(
                label="Find products", placeholder="e.g. nail polish", elem_id="mk-query", scale=4
            )
            find = gr.Button("Search", elem_id="mk-search", scale=1)
        products = gr.CheckboxGroup(label="Products", choices=[], elem_id="mk-products")
        with gr.Row():
            customer = gr.Textbox(
                label="Customer id (optional)", elem_id="mk-customer", max_length=128
            )
            segment = gr.Dropdown(
                [NO_SEGMENT, *segments()],
                value=NO_SEGMENT,
                label="or segment",
                elem_id="mk-segment",
            )
        with gr.Row():
            channel = gr.Dropdown(
                list(CHANNELS), value="email", label="Channel", elem_id="mk-channel"
            )
            tone = gr.Dropdown(list(TONES), value="friendly", label="Tone", elem_id="mk-tone")
            length = gr.Dropdown(list(LENGTHS), value="short", label="Length", elem_id="mk-length")
            variants = gr.Slider(1, 3, value=1, step=1, label="Variants", elem_id="mk-variants")
        generate = gr.Button("Generate copy", variant="primary", elem_id="mk-generate")
        table = gr.Dataframe(
            headers=TABLE_HEADERS, interactive=False, wrap=True, elem_id="mk-table", max_height=480
        )
        csv_file = gr.File(label="CSV (one row per variant, with its report)", elem_id="mk-csv")

    def search(text: str, request: gr.Request) -> Any:
        require_marketer(services, request)
        text = (text or "").strip()
        if not text:
            raise gr.Error("Type what products to look for.")
        if services.searcher is None:
            raise gr.Error("Product search needs the index: run shopassist index build.")
        found = find_products(services, text, MAX_PRODUCTS)
        if not found:
            raise gr.Error(toast_text(f"No products match {text!r}."))
        return gr.update(choices=[(_label(p), p.id) for p in found], value=[])

    def run(
        item_ids: list[str],
        user_id: str,
        segment_name: str,
        channel_name: str,
        tone_name: str,
        length_name: str,
        n_variants: float,
        request: gr.Request,
        progress: gr.Progress = gr.Progress(),
    ) -> tuple[Any, ...]:
        require_marketer(services, request)
        if not item_ids:
            raise gr.Error("Pick at least one product (search, then tick them).")
        if services.copywriter is None:
            raise gr.Error("Copy needs the language model; it is not configured.")
        user_id = (user_id or "").strip()
        if user_id and segment_name != NO_SEGMENT:
            raise gr.Error("Choose a customer or a segment, not both.")
        products = services.store.get_products(item_ids)
        try:
            segment = None if segment_name == NO_SEGMENT else segment_name
            audience = audience_of(services.store, user_id=user_id, segment=segment)
            done = [0]
            progress((0, len(products)), desc="writing copy", unit="products")

            def advance(n: int) -> None:
                done[0] += n
                progress((done[0], len(products)), desc="writing copy", unit="products")

            rows = write_batch(
                services.copywriter,
                products,
                audience=audience,
                channel=channel_name,
                tone=tone_name,
                length=length_name,
                variants=int(n_variants),
                on_progress=advance,
            )
        except ShopAssistError as e:
            raise gr.Error(toast_text(e)) from None
        path = save_csv(rows, _csv_path(csv_file.GRADIO_CACHE, channel_name))
        shown = [
            [r["item_id"], r["variant"], r["subject"], r["text"], r["grounded"], report_summary(r)]
            for r in rows
        ]
        return shown, str(path)

    find.click(search, [query], [products], api_name="marketing_search")
    query.submit(search, [query], [products], api_visibility="undocumented")
    generate.click(
        run,
        inputs=[products, customer, segment, channel, tone, length, variants],
        outputs=[table, csv_file],
        api_name="marketing_generate",
        concurrency_limit=1,
        concurrency_id="language-model",
    )
    return StaffTab(locked, panel)
