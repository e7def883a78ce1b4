"""What the interfaces need, as one bundle: `Services` (built by `ui.compose.build_services`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ui.auth import ANONYMOUS, AuthError, Gate, Principal
from ui.limits import ApiLimits

if TYPE_CHECKING:
    from assistant.conversation import Conversation
    from assistant.copy.copywriter import Copywriter
    from assistant.dialogue.ports import Searcher
    from assistant.suggestions import Suggester
    from catalog.store import CatalogStore
    from experiments.store import ExperimentStore
    from ui.artifacts import ArtifactWatch


@dataclass
class Services:
    """The parts behind the web app and the REST API; one instance serves every user.

    Attributes:
        conversation: chat turns, feedback, sessions.
        store: the catalog store.
        gate: who is calling (staff accounts, API keys, signed cookies).
        searcher: product search (the conversation's own) for the marketing product picker,
            or None without a search index.
        suggester: whole-catalog suggestions for agents and the REST API, or None before
            `shopassist train`.
        copywriter: the grounded copywriter for marketing, or None without a language model.
        experiments: the A/B tests and their logs (the admin panel), or None.
        demo_customers: customers a shopper may sign in as (demo mode only; empty otherwise).
        limits: rate limits (REST and UI chat turns) and the request-size cap.
        private_paths: folders and files the web server must never serve (the data dir: the
            store, models, the cookie key); Gradio is told to block them.
        artifacts: the live ranker and BM25 index and the versions they serve, or None.
    """

    conversation: Conversation
    store: CatalogStore
    gate: Gate
    searcher: Searcher | None = None
    suggester: Suggester | None = None
    copywriter: Copywriter | None = None
    experiments: ExperimentStore | None = None
    demo_customers: list[str] = field(default_factory=list)
    limits: ApiLimits = field(default_factory=ApiLimits.from_settings)
    private_paths: list[Path] = field(default_factory=list)
    artifacts: ArtifactWatch | None = None

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
