"""Build a copywriter from settings and the store (used by the CLI, the API and the dialogue)."""

from __future__ import annotations

from typing import Any

from assistant.copy.copywriter import CANDIDATES, Copywriter
from assistant.copy.grounding import GroundingChecker
from assistant.copy.prompt_values import COPY_TASK
from catalog.store import CatalogStore


def checker_for(store: CatalogStore) -> GroundingChecker:
    """A grounding checker that knows the catalog's brands and category names."""
    return GroundingChecker(
        brands=[name for name, _ in store.brands()],
        categories=[path for path, _ in store.category_paths()],
    )


def make_copy_llm(settings: Any) -> Any:
    """The copywriter's language model.

    ``settings.copy_adapter`` 'none', a server (``llm_base_url``), or 'default' with a model
    the shipped adapter was not trained on: the model `make_llm_from_settings` builds.
    Otherwise the local model ``settings.llm_model`` with the LoRA adapter it names merged into
    its weights ('default': the one shipped in the package, for gemma-3-270m; 'latest': the
    newest `shopassist tune copy` run in the data dir; or an adapter folder); its ``tuned_for``
    is ``"copy"``, so the copywriter gives it the facts without worked examples
    (prompts/copy_tuned.yaml).

    Raises:
        LLMError: the model or the adapter cannot be found or loaded.
    """
    from assistant.llm import make_llm_from_settings
    from assistant.llm.factory import local_with_adapter
    from assistant.llm.tuning.copy_artifact import resolve_copy_adapter

    adapter = resolve_copy_adapter(
        getattr(settings, "copy_adapter", "none"), settings.data_dir, settings.llm_model
    )
    if adapter is None or settings.llm_base_url:
        return make_llm_from_settings(settings)
    return local_with_adapter(settings, settings.llm_model, adapter, COPY_TASK)


def build_copywriter(settings: Any, store: CatalogStore, *, seed: int = 0) -> Copywriter:
    """The copywriter over the language model the settings name and the store's vocabulary,
    drawing up to `CANDIDATES` completions for a copy that fails its gates.

    Args:
        settings: an `core.settings.Settings`.
        store: the catalog store (brands and categories for the checker).
        seed: base sampling seed.
    """
    return Copywriter(
        make_copy_llm(settings), checker=checker_for(store), seed=seed, candidates=CANDIDATES
    )
