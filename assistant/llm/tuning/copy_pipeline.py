"""Fine-tune the copywriter on the team-written examples, score it, publish it: the whole
`shopassist tune copy` in one call (the parser's LoRA trainer, `trainer.train_lora`)."""

from __future__ import annotations

import hashlib
import logging
import random
import time
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.llm.tuning.artifact import publish_run
from assistant.llm.tuning.copy_artifact import copy_dir, new_version
from assistant.llm.tuning.copy_examples import EXAMPLES_FILE, CopyExample, load_examples
from assistant.llm.tuning.trainer import TrainParams, encode

logger = logging.getLogger(__name__)

HELD_OUT_PRODUCTS = 0.1
"""Share of the examples' products held out (all their channels): early stopping and scores."""

DEFAULT_PARAMS = TrainParams(
    rank=8,
    alpha=16,
    learning_rate=1.5e-3,
    batch_size=8,
    epochs=3,
    warmup_steps=6,
    checkpoint_every=10,
    eval_every=10,
    top_layers=8,
)
"""The training settings `shopassist tune copy` starts from."""


def split_by_product(
    examples: Sequence[CopyExample], share: float, seed: int
) -> tuple[list[CopyExample], list[CopyExample]]:
    """(train, held out): every example of a held-out product is held out."""
    ids = sorted({e.item_id for e in examples})
    random.Random(seed).shuffle(ids)
    held = set(ids[: max(1, round(len(ids) * share))])
    return [e for e in examples if e.item_id not in held], [
        e for e in examples if e.item_id in held
    ]


def example_prompt(example: CopyExample) -> str:
    """The prompt a tuned copywriter reads for this example's product and channel (what
    `Copywriter.render` writes at run time: default audience, tone and length)."""
    import prompts
    from assistant.copy.prompt_values import TUNED_PROMPT, prompt_values, tuned_values

    values = prompt_values(example.product(), None, "friendly", "short")
    return prompts.load(TUNED_PROMPT).render(**tuned_values(values, example.channel))


def examples_fingerprint(path: Path) -> str:
    """SHA-256 (first 16 hex digits) of the examples file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def score_held_out(llm: Any, examples: Sequence[CopyExample], seed: int) -> dict[str, Any]:
    """Write a copy for each held-out (product, channel) with the tuned model and score it with
    the rubric (docs/LLM.md, "Copy rubric")."""
    from assistant.copy.copywriter import Copywriter
    from assistant.copy.grounding import GroundingChecker
    from assistant.copy.rubric import score_copy, summarise

    checker = GroundingChecker(
        brands={e.brand for e in load_examples() if e.brand},
        categories={e.category for e in load_examples()},
    )
    writer = Copywriter(llm, checker=checker, seed=seed)
    scores = []
    for channel in ("email", "push", "sms", "banner"):
        group = [e for e in examples if e.channel == channel]
        if not group:
            continue
        copies = writer.write_jobs([(e.product(), "friendly", 0) for e in group], channel=channel)
        scores += [score_copy(c, e.product(), checker) for c, e in zip(copies, group, strict=True)]
    return summarise(scores)


def tune_copy(
    params: TrainParams | None = None,
    *,
    examples_file: Path = EXAMPLES_FILE,
    data_dir: Path | str,
    output: Path | None = None,
    cache_dir: Path | str,
    base_model: str = "gemma-3-270m",
    device: str = "cpu",
    resume: bool = False,
    progress: bool = True,
    score: bool = True,
) -> dict[str, Any]:
    """Fine-tune the copywriter's model on the team-written examples; publish the adapter.

    Args:
        params: training settings (default `DEFAULT_PARAMS`).
        examples_file: the examples (default: the packaged copy_examples.yaml).
        data_dir: the data dir (versions go to ``<data_dir>/copywriters`` unless ``output``).
        output: the versions folder (default `copy_dir`).
        cache_dir: the cache dir (the converted base model).
        base_model: 'gemma-3-270m', another packaged model name, or a model folder.
        device: 'cpu' or 'cuda'; CUDA trains in bf16.
        resume: continue the interrupted run with the same examples and options.
        progress: show a progress bar.
        score: write and rubric-score the held-out products' copy with the new adapter.

    Returns:
        The manifest (with ``path``).
    """
    from assistant.copy.prompt_values import COPY_TASK
    from assistant.llm.local import LocalLLM
    from assistant.llm.tuning.pipeline import load_and_train, load_base

    params = params or DEFAULT_PARAMS
    started = time.perf_counter()
    examples = load_examples(Path(examples_file))
    train_rows, held_rows = split_by_product(examples, HELD_OUT_PRODUCTS, params.seed)
    fingerprint = examples_fingerprint(Path(examples_file))
    folder, tokenizer, pad_id = load_base(base_model, cache_dir)
    train = [encode(tokenizer, example_prompt(e), e.answer()) for e in train_rows]
    held = [encode(tokenizer, example_prompt(e), e.answer()) for e in held_rows]
    root = Path(output) if output is not None else copy_dir(data_dir)
    checkpoint = root / f".checkpoint-{fingerprint}"
    peft_model, facts = load_and_train(
        folder, (train, held), params, pad_id, device, checkpoint, resume=resume,
        progress=progress, label="tune copy", measure_base=True,
    )  # fmt: skip
    version = new_version()

    def fill(staging: Path) -> dict[str, Any]:
        peft_model.save_pretrained(str(staging))
        metrics: dict[str, Any] = {}
        if score and held_rows:
            llm = LocalLLM(folder, device=device, adapter=staging, tuned_for=COPY_TASK)
            metrics["held_out_rubric"] = score_held_out(llm, held_rows, params.seed)
        return {
            "created_at": datetime.now(UTC).isoformat(),
            "task": COPY_TASK,
            "base_model": base_model,
            "device": device,
            "data": {
                "fingerprint": fingerprint,
                "examples_file": str(examples_file),
                "train_examples": len(train_rows),
                "held_out_examples": len(held_rows),
                "held_out_products": sorted({e.item_id for e in held_rows}),
            },
            "parameters": asdict(params),
            "metrics": metrics,
        }

    return publish_run(root, version, checkpoint, fill, training=facts, started=started)
