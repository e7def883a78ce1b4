"""What the web app needs, built once per process from settings: the `Services` bundle."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.conversation import Conversation
from assistant.suggestions import Suggester
from catalog.schema import Product
from catalog.store import CatalogStore
from ui.auth import ANONYMOUS, AuthError, Gate, Principal
from ui.limits import ApiLimits

logger = logging.getLogger(__name__)

DEMO_CUSTOMERS = 12


@dataclass
class Services:
    """The parts behind the UI and the REST API; one instance serves every user.

    Attributes:
        assistant: chat turns, feedback, sessions.
        store: the catalog store.
        gate: who is calling (staff accounts, API keys, signed cookies).
        suggester: whole-catalog suggestions for agents, or None before `shopassist train`.
        copywriter: the grounded copywriter for marketing, or None without a language model.
        search: ``(query, k) -> products`` for the marketing product picker, or None.
        demo_customers: customers a shopper may sign in as (demo mode only; empty otherwise).
        limits: rate limits (REST and UI chat turns) and the request-size cap.
        private_paths: folders and files the web server must never serve (the data dir: the
            store, models, the cookie key); Gradio is told to block them.
    """

    assistant: Conversation
    store: CatalogStore
    gate: Gate
    suggester: Suggester | None = None
    copywriter: Any = None
    search: Callable[[str, int], list[Product]] | None = None
    demo_customers: list[str] = field(default_factory=list)
    limits: ApiLimits = field(default_factory=ApiLimits.from_settings)
    private_paths: list[Path] = field(default_factory=list)

    def principal(self, headers: Any, cookies: Any) -> Principal:
        """The caller of a request (an anonymous shopper for unknown credentials)."""
        try:
            return self.gate.principal(headers or {}, cookies or {})
        except AuthError:
            return ANONYMOUS

    def require(
        self, request: Any, allowed: Callable[[Principal], bool], refusal: str
    ) -> Principal:
        """The caller of a Gradio event, if ``allowed``; a readable `gr.Error` otherwise."""
        import gradio as gr

        headers = request.headers if request is not None else {}
        cookies = request.cookies if request is not None else {}
        principal = self.principal(headers, cookies)
        if not allowed(principal):
            raise gr.Error(refusal)
        return principal


def demo_customer_ids(store: CatalogStore, n: int = DEMO_CUSTOMERS) -> list[str]:
    """Customers with the longest histories: personalisation is easiest to see for them."""
    return [user for user, _ in store.most_active_users(n, min_events=5)]


def private_paths(settings: Any) -> list[Path]:
    """Where the settings keep data no web client may read: the data dir, the Chroma folder
    and the SQLite database file (each may be set apart from the data dir)."""
    paths = [Path(settings.data_dir), Path(settings.resolved_chroma_path)]
    url = str(settings.resolved_database_url)
    if url.startswith("sqlite:///"):
        paths.append(Path(url.removeprefix("sqlite:///")))
    return [p.expanduser().resolve() for p in paths]


def build_services(settings: Any, *, with_copy: bool = True) -> Services:
    """Every part the settings and the data dir make available (see `assistant.wiring`)."""
    from assistant.wiring import build_assistant
    from catalog.auth_sessions import AuthSessionStore
    from ui.auth import make_gate

    store = settings.open_store()
    assistant = build_assistant(settings, store, with_copy=with_copy)
    searcher = assistant.c.searcher

    def search(query: str, k: int) -> list[Product]:
        from assistant.dialogue.ports import SearchFilters

        ids = [c.item_id for c in searcher.search(query, SearchFilters(), k)]
        found = {p.id: p for p in store.get_products(ids)}
        return [found[i] for i in ids if i in found]

    scorer = assistant.c.scorer  # None before `shopassist train` (the log says so)
    return Services(
        assistant=assistant,
        store=store,
        gate=make_gate(settings, AuthSessionStore(store.engine)),
        suggester=Suggester(scorer.ranker, store) if scorer is not None else None,
        copywriter=assistant.c.copy,
        search=search,
        demo_customers=demo_customer_ids(store) if settings.demo_sign_in else [],
        limits=ApiLimits.from_settings(settings),
        private_paths=private_paths(settings),
    )
