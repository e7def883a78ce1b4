"""Generate, fine-tune, score, publish: the whole `shopassist tune parser` in one call."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.dialogue.model.model_request import parser_messages
from assistant.llm.tuning.artifact import new_version, parser_dir, publish_run
from assistant.llm.tuning.catalog_facts import collect_facts
from assistant.llm.tuning.generator import Dataset, Example, generate, split
from assistant.llm.tuning.trainer import (
    Encoded,
    TrainParams,
    encode,
    held_out_loss,
    train_lora,
)
from catalog.schema import Product

logger = logging.getLogger(__name__)

HELD_OUT = 0.05
"""Share of the generated examples held out (early stopping and the manifest's scores)."""
LOSS_EXAMPLES = 24
"""Held-out examples whose loss picks the best step (a forward pass each, every eval_every)."""
MAX_SCORED = 120
"""Held-out examples parsed for the manifest's scores (generation is the slow part)."""


def make_dataset(products: Iterable[Product], examples: int, seed: int) -> tuple[Dataset, str]:
    """The generated examples for a catalog (about ``examples`` for training, 5% more held out)
    and the fingerprint of the catalog facts they come from."""
    facts = collect_facts(products)
    wanted = int(examples / (1 - HELD_OUT)) + 1
    return split(generate(facts, wanted, seed=seed), HELD_OUT, seed=seed), facts.fingerprint


def load_base(base_model: str, cache_dir: Path | str) -> tuple[Path, Any, int]:
    """The base model's folder (converted once into the cache), its tokenizer and pad id."""
    from transformers import AutoTokenizer

    from assistant.llm.packaged import check_tokenizer, offline, resolve_model_dir

    folder = resolve_model_dir(base_model, Path(cache_dir))
    offline()
    tokenizer = AutoTokenizer.from_pretrained(folder)
    check_tokenizer(tokenizer, folder)
    pad_id = (
        tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    )
    return folder, tokenizer, pad_id


def load_and_train(
    folder: Path,
    rows: tuple[list[Encoded], list[Encoded]],
    params: TrainParams,
    pad_id: int,
    device: str,
    checkpoint_dir: Path,
    *,
    resume: bool,
    progress: bool,
    label: str = "tune parser",
    measure_base: bool = False,
) -> tuple[Any, dict[str, Any]]:
    """Load the base model in ``folder`` (fp32) and train LoRA adapters on ``rows`` (train,
    held out) with `train_lora`; with ``measure_base``, the facts hold the base model's
    held-out loss too (``held_out_loss_base``)."""
    import torch
    from transformers import AutoModelForCausalLM

    train, held = rows
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).to(device)
    base = held_out_loss(model, held, params, pad_id, device, "fp32") if measure_base else None
    peft_model, facts = train_lora(
        model,
        train,
        held,
        params,
        pad_id=pad_id,
        device=device,
        checkpoint_dir=checkpoint_dir,
        resume=resume,
        progress=progress,
        label=label,
    )
    if measure_base:
        facts["held_out_loss_base"] = None if base is None or math.isnan(base) else round(base, 4)
    return peft_model, facts


def tune_parser(
    products: Iterable[Product],
    *,
    data_dir: Path | str,
    cache_dir: Path | str,
    base_model: str = "gemma-3-270m",
    device: str = "cpu",
    examples: int = 600,
    params: TrainParams | None = None,
    output: Path | None = None,
    resume: bool = False,
    progress: bool = True,
    score_examples: int = MAX_SCORED,
) -> dict[str, Any]:
    """Fine-tune the request parser on examples generated from the catalog; publish it.

    Args:
        products: the store's catalog.
        data_dir: the data dir (versions go to ``<data_dir>/parsers`` unless ``output``).
        cache_dir: the cache dir (the converted base model).
        base_model: 'gemma-3-270m', another packaged model name, or a model folder.
        device: 'cpu' or 'cuda'.
        examples: training examples to generate (5% more are held out).
        params: training settings.
        output: the versions folder (default `parser_dir`).
        resume: continue the interrupted run with the same catalog and options.
        progress: show a progress bar.
        score_examples: held-out examples parsed to score the adapter (0: skip).

    Returns:
        The manifest (with ``path``).
    """
    from assistant.llm.local import LocalLLM, render_prompt
    from assistant.llm.tuning.scoring import score

    params = params or TrainParams()
    started = time.perf_counter()
    dataset, catalog_fingerprint = make_dataset(products, examples, params.seed)
    fingerprint = dataset.fingerprint()
    logger.info(
        "generated %s + %s examples: %s",
        len(dataset.train),
        len(dataset.held_out),
        dataset.counts(),
    )
    folder, tokenizer, pad_id = load_base(base_model, cache_dir)

    def encoded(rows: Iterable[Example]) -> list[Any]:
        return [
            encode(
                tokenizer,
                render_prompt(tokenizer, parser_messages(e.situation, e.message)),
                e.request.compact_json(),
            )
            for e in rows
        ]

    train, held = encoded(dataset.train), encoded(dataset.held_out[:LOSS_EXAMPLES])
    root = Path(output) if output is not None else parser_dir(data_dir)
    checkpoint = root / f".checkpoint-{fingerprint}"
    peft_model, facts = load_and_train(
        folder, (train, held), params, pad_id, device, checkpoint, resume=resume, progress=progress
    )
    version = new_version()

    def fill(staging: Path) -> dict[str, Any]:
        peft_model.save_pretrained(str(staging))
        scores: dict[str, Any] = {}
        if score_examples and dataset.held_out:
            llm = LocalLLM(folder, device=device, adapter=staging, tuned_for="parser")
            scores = score(llm, dataset.held_out[:score_examples])
        return {
            "created_at": datetime.now(UTC).isoformat(),
            "task": "parser",
            "base_model": base_model,
            "device": device,
            "data": {
                "fingerprint": fingerprint,
                "catalog_fingerprint": catalog_fingerprint,
                "train_examples": len(dataset.train),
                "held_out_examples": len(dataset.held_out),
                "intents": dataset.counts(),
            },
            "parameters": {"examples": examples, **asdict(params)},
            "metrics": scores,
        }

    return publish_run(root, version, checkpoint, fill, training=facts, started=started)
