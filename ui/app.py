"""`create_app(services) -> gr.Blocks`: the three tabs on one page. Launching is `ui.server`."""

# No `from __future__ import annotations` here: Gradio reads the `gr.Request` annotation.

from typing import Any

import gradio as gr

from ui.agent import build_agent_tab
from ui.marketing import build_marketing_tab
from ui.services import Services
from ui.shop import build_shop_tab, shopper, signed_in_text

CSS = """
.sa-slot { border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 8px; }
.sa-card h4.sa-title { margin: 4px 0; font-size: 1rem; line-height: 1.3; display: -webkit-box;
                      -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.sa-card .sa-meta { color: var(--body-text-color-subdued); font-size: 0.9rem; }
.sa-card .sa-price { font-weight: 600; color: var(--body-text-color); }
.sa-card .sa-reason { margin: 6px 0 2px; font-size: 0.9rem; }
.sa-card .sa-copy { margin: 4px 0; font-style: italic; font-size: 0.9rem; }
.sa-card .sa-pending { color: var(--body-text-color-subdued); }
.sa-head { display: flex; gap: 8px; align-items: center; }
.sa-n { background: var(--color-accent); color: white; border-radius: 50%; width: 1.5em;
        height: 1.5em; display: inline-flex; align-items: center; justify-content: center;
        font-size: 0.8rem; }
.sa-mark { background: var(--color-accent-soft); border-radius: 6px; padding: 0 6px;
           font-size: 0.8rem; }
.sa-actions { gap: 4px; flex-wrap: wrap; }
#staff-bar { text-align: right; }
"""


def create_app(services: Services) -> gr.Blocks:
    """The web UI over ready services: Shop, Agent and Marketing tabs.

    The Agent and Marketing tabs show a sign-in link until the request carries a staff session;
    their handlers check the role again on every call.
    """
    with gr.Blocks(title="shopassist", analytics_enabled=False) as app:
        with gr.Row(equal_height=True):
            gr.Markdown("## shopassist", elem_id="brand")
            staff_bar = gr.Markdown("[Staff sign-in](/login)", elem_id="staff-bar", container=False)
        with gr.Tabs():
            with gr.Tab("Shop", id="shop", elem_id="tab-shop"):
                shop = build_shop_tab(services)
            with gr.Tab("Agent", id="agent", elem_id="tab-agent"):
                agent = build_agent_tab(services)
            with gr.Tab("Marketing", id="marketing", elem_id="tab-marketing"):
                marketing = build_marketing_tab(services)

        def on_load(st: dict[str, Any], request: gr.Request) -> tuple[Any, ...]:
            principal = services.principal(request.headers, request.cookies)
            if principal.is_staff:
                who = f"**{principal.name}** ({principal.role.value})"
                bar = f"Signed in as {who} · [Sign out](/logout)"
            else:
                bar = "[Staff sign-in](/login)"
            agent_ok = principal.can_look_up_customers
            marketing_ok = principal.can_write_copy
            return (
                bar,
                gr.update(visible=not agent_ok),
                gr.update(visible=agent_ok),
                gr.update(visible=not marketing_ok),
                gr.update(visible=marketing_ok),
                signed_in_text(services, shopper(services, st, request)),
            )

        app.load(
            on_load,
            [shop.state],
            [
                staff_bar,
                agent.locked,
                agent.panel,
                marketing.locked,
                marketing.panel,
                shop.signed_in,
            ],
        )
    return app
