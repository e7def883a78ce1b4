"""Build a copywriter from settings and the store (used by the CLI, the API and the dialogue)."""

from __future__ import annotations

from typing import Any

from assistant.copy.copywriter import Copywriter
from assistant.copy.grounding import GroundingChecker
from catalog.store import CatalogStore


def checker_for(store: CatalogStore) -> GroundingChecker:
    """A grounding checker that knows the catalog's brands and category names."""
    return GroundingChecker(
        brands=[name for name, _ in store.brands()],
        categories=[path for path, _ in store.category_paths()],
    )


def build_copywriter(settings: Any, store: CatalogStore, *, seed: int = 0) -> Copywriter:
    """The copywriter over the language model the settings name and the store's vocabulary.

    Args:
        settings: an `core.settings.Settings`.
        store: the catalog store (brands and categories for the checker).
        seed: base sampling seed.
    """
    from assistant.llm import make_llm_from_settings

    return Copywriter(make_llm_from_settings(settings), checker=checker_for(store), seed=seed)
