"""The Agent tab (agents and admins only): find a customer, see their profile (with the
structured profile and its two-sentence summary), timeline and suggestions with reasons, and
copy a reply draft. Every handler checks the caller's role from the request itself, so calling
the app's HTTP endpoints directly does not get around it."""

# No `from __future__ import annotations` here: Gradio reads the `gr.Request` annotation.

from typing import Any

import gradio as gr

from assistant.profile_summary import ProfileSummariser
from assistant.profiles import trait_words
from assistant.shopper_profile import ShopperProfile, shopper_profile
from assistant.support import customer_overview
from core.errors import ShopAssistError
from ui.auth import Principal
from ui.services import Services
from ui.web.views import (
    MARKDOWN_AS_DATA,
    StaffTab,
    md_text,
    profile_markdown,
    suggestions_markdown,
    timeline_rows,
    toast_text,
)

LOCKED = (
    "### Customer look-up is for agents\n"
    "[Sign in as an agent](/login) to find a customer and see their profile."
)
TIMELINE_HEADERS = ["when", "what", "product", "brand", "price"]


def structured_markdown(profile: ShopperProfile | None) -> str:
    """The structured profile's panel: the summary (and who wrote it), then the fields the
    profile panel above does not show. Every value is escaped (`md_text`): catalog and chat
    strings are untrusted. "" for an opted-out shopper (no structured profile)."""
    if profile is None:
        return ""
    source = "written by the language model" if profile.summary_source == "model" else "template"
    lines = ["#### Summary", f"{md_text(profile.summary)} _({source})_", ""]
    fields = [
        ("Preferred brands", ", ".join(md_text(b) for b in profile.brands)),
        ("Own skin type", md_text(profile.skin_type or "")),
        ("Own hair type", md_text(profile.hair_type or "")),
        (
            "Stated preferences",
            ", ".join(
                f"{md_text(k)}: {md_text(v)}"
                for k, v in (trait_words(*kv) for kv in profile.preferences.items())
            ),
        ),
        ("Buys for", ", ".join(md_text(r) for r in profile.recipients)),
        ("Turned down", "; ".join(md_text(t) for t in profile.disliked_items)),
        ("Recent purchases", "; ".join(md_text(t) for t in profile.recent_purchases)),
    ]
    lines += [f"- **{name}:** {value}" for name, value in fields if value]
    return "\n".join(lines).rstrip()


def require_agent(services: Services, request: gr.Request | None) -> Principal:
    """The caller, if they may look customers up; a readable gr.Error otherwise."""
    return services.require(
        request,
        lambda p: p.can_look_up_customers,
        "Customer look-up needs an agent sign-in (/login).",
    )


def build_agent_tab(services: Services) -> StaffTab:
    """Lay out the Agent tab (inside a `gr.Tab`) and wire its events."""
    locked = gr.Markdown(LOCKED, elem_id="agent-locked")
    with gr.Column(visible=False, elem_id="agent-panel") as panel:
        with gr.Row(equal_height=True):
            query = gr.Textbox(
                label="Customer id, or its first letters",
                elem_id="agent-query",
                scale=4,
                max_length=128,
            )
            find = gr.Button("Find", variant="primary", elem_id="agent-find", scale=1)
        matches = gr.Dropdown(
            label="Matching customers",
            choices=[],
            elem_id="agent-matches",
            interactive=True,
            allow_custom_value=True,
        )
        with gr.Row(equal_height=False):
            with gr.Column(min_width=300):
                profile = gr.Markdown(elem_id="agent-profile", **MARKDOWN_AS_DATA)
                suggestions = gr.Markdown(elem_id="agent-suggestions", **MARKDOWN_AS_DATA)
            with gr.Column(min_width=300):
                draft = gr.Textbox(
                    label="Reply draft",
                    lines=12,
                    buttons=["copy"],
                    elem_id="agent-draft",
                    interactive=True,
                )
        timeline = gr.Dataframe(
            headers=TIMELINE_HEADERS,
            label="Purchase timeline (newest first)",
            interactive=False,
            wrap=True,
            max_height=360,
            elem_id="agent-timeline",
        )

    outputs = [profile, suggestions, draft, timeline]

    def show(user_id: str | None, request: gr.Request) -> tuple[Any, ...]:
        require_agent(services, request)
        if not user_id:
            return ("", "", "", [])
        try:
            overview = customer_overview(services.store, user_id, services.suggester)
            built = shopper_profile(
                services.store, overview.profile, ProfileSummariser.of(services.copywriter)
            )
        except ShopAssistError as e:
            raise gr.Error(toast_text(e)) from None
        panel = "\n\n".join(
            p for p in (profile_markdown(overview), structured_markdown(built)) if p
        )
        return (
            panel,
            suggestions_markdown(overview),
            overview.reply_draft(),
            timeline_rows(overview),
        )

    def search(text: str, request: gr.Request) -> tuple[Any, ...]:
        require_agent(services, request)
        text = (text or "").strip()
        if not text:
            raise gr.Error("Type a customer id, or its first letters.")
        found = services.store.find_users(text, 20)
        if not found:
            raise gr.Error(toast_text(f"No customer id starts with {text!r}."))
        chosen = text if text in found else found[0]
        return (gr.update(choices=found, value=chosen), *show(chosen, request))

    find.click(search, [query], [matches, *outputs], api_name="agent_find")
    query.submit(search, [query], [matches, *outputs], api_visibility="undocumented")
    matches.input(show, [matches], outputs, api_name="agent_show")
    return StaffTab(locked, panel)
