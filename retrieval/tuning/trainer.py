"""The contrastive fine-tune: sentence-transformers' own trainer, in-batch + hard negatives.

`MultipleNegativesRankingLoss` on (anchor, positive, negative) triples: each anchor must pick
its positive among every positive and negative of the batch. Batches never hold the same text
twice (`BatchSamplers.NO_DUPLICATES`: a need phrase paired with two products would otherwise be
its own false negative). The held-out pairs are evaluated every ``eval_steps``; training stops
after ``patience`` evaluations without a lower held-out loss and the best checkpoint is kept.
"""

from __future__ import annotations

import logging
import math
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from retrieval.embedder import resolve_model_path
from retrieval.errors import RetrievalError
from retrieval.tuning.pairs import Pair

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class TuneParams:
    """Training settings (recorded in the manifest).

    Attributes:
        epochs: passes over the training pairs (early stopping may end sooner).
        batch_size: triples per step; each anchor sees 2 x batch_size - 1 wrong texts.
        learning_rate: AdamW learning rate (linear decay after a 10% warm-up).
        max_seq_length: word pieces kept per text while training (title, brand and category
            come first in a product text, so a short limit keeps what matters and trains faster).
        eval_steps: steps between held-out evaluations (and checkpoints).
        patience: evaluations without improvement before stopping.
        scale: the loss's similarity scale (inverse temperature).
        seed: the random seed.
        max_minutes: stop training after this many minutes (0: no limit); the step it stops at
            is evaluated and saved like an evaluation step, and the best checkpoint is kept.
            The learning-rate schedule still spans every planned step.
        max_steps: stop training after this many optimizer steps (0: every planned step), the
            same way as ``max_minutes`` (evaluated, saved, the best kept; the schedule still
            spans every planned step), so a run's length no longer depends on the machine's
            load and a run a time limit cut at step N is rerun with ``max_steps=N``.
    """

    epochs: int = 1
    batch_size: int = 32
    learning_rate: float = 5e-5
    max_seq_length: int = 64
    eval_steps: int = 25
    patience: int = 3
    scale: float = 20.0
    seed: int = 42
    max_minutes: float = 0.0
    max_steps: int = 0

    def __post_init__(self) -> None:
        if self.max_steps < 0 or self.max_minutes < 0:
            raise RetrievalError(
                f"limits: expected max_steps and max_minutes of 0 or more (0: none), got "
                f"{self.max_steps} and {self.max_minutes}"
            )


def _dataset(pairs: Sequence[Pair]) -> Any:
    from datasets import Dataset

    return Dataset.from_dict(
        {
            "anchor": [p.anchor for p in pairs],
            "positive": [p.positive for p in pairs],
            "negative": [p.negative for p in pairs],
        }
    )


def _limits(params: TuneParams) -> Any:
    """A trainer callback that ends training, evaluated and saved, after ``params.max_steps``
    steps or once ``params.max_minutes`` have passed, whichever comes first; its ``stopped_by``
    says which ("step_limit" or "time_limit"; None while neither has)."""
    from transformers import TrainerCallback

    class Limits(TrainerCallback):
        def __init__(self) -> None:
            self.started = time.perf_counter()
            self.stopped_by: str | None = None

        def reached(self, step: int, planned: int) -> str | None:
            if params.max_steps and params.max_steps <= step < planned:
                return "step_limit"
            if params.max_minutes and time.perf_counter() - self.started > params.max_minutes * 60:
                return "time_limit"
            return None

        def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> Any:
            reason = None if self.stopped_by else self.reached(state.global_step, state.max_steps)
            if reason:
                self.stopped_by = reason
                logger.warning(
                    "tune embedder: %s (%s steps, %s min) after %s of %s steps",
                    reason, params.max_steps, params.max_minutes, state.global_step,
                    state.max_steps,
                )  # fmt: skip
                control.should_training_stop = True
                control.should_evaluate = True
                control.should_save = True
            return control

    return Limits()


def triplet_accuracy(model: Any, pairs: Sequence[Pair], batch_size: int = 64) -> float:
    """Share of pairs whose anchor is closer (cosine) to its positive than to its negative."""
    if not pairs:
        return 0.0
    encode = lambda texts: model.encode(  # noqa: E731
        list(texts), batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True
    )
    a = encode(p.anchor for p in pairs)
    pos = encode(p.positive for p in pairs)
    neg = encode(p.negative for p in pairs)
    return float(np.mean(np.sum(a * pos, axis=1) > np.sum(a * neg, axis=1)))


def load_base(model: str, device: str) -> Any:
    """The SentenceTransformer to start from (offline), on ``device``."""
    os.environ["HF_HUB_OFFLINE"] = "1"  # never download at run time
    from sentence_transformers import SentenceTransformer

    path = resolve_model_path(model)
    try:
        return SentenceTransformer(path, device=device)
    except (OSError, ValueError) as e:
        raise RetrievalError(
            f"base model: expected a local sentence-transformers model, got {path!r} ({e})"
        ) from e


def fine_tune(
    model: Any,
    train: Sequence[Pair],
    held_out: Sequence[Pair],
    params: TuneParams,
    *,
    device: str = "cpu",
    progress: bool = True,
    work_dir: str | None = None,
) -> dict[str, Any]:
    """Fine-tune ``model`` in place on the training pairs; early stopping on the held-out ones.

    Args:
        model: a SentenceTransformer (`load_base`).
        train: training pairs.
        held_out: pairs for the held-out loss (never trained on).
        params: the training settings.
        device: "cpu" or "cuda" (the model must already be there).
        progress: show the trainer's progress bar.
        work_dir: where checkpoints go (default: a temporary folder, removed afterwards).

    Returns:
        Metrics: held-out loss and triplet accuracy before and after, steps planned and run,
        seconds, and why training stopped (``stopped_by``: "all_steps", "early_stopping",
        "step_limit" or "time_limit").

    Raises:
        RetrievalError: no training or held-out pairs.
    """
    if not train or not held_out:
        raise RetrievalError(
            f"pairs: expected training and held-out pairs, got {len(train)} and {len(held_out)}"
        )
    from sentence_transformers import (
        SentenceTransformerTrainer,
        SentenceTransformerTrainingArguments,
        losses,
    )
    from sentence_transformers.sentence_transformer.training_args import BatchSamplers
    from transformers import EarlyStoppingCallback, PrinterCallback

    serving_length = model.max_seq_length  # restored afterwards: the index encodes full texts
    model.max_seq_length = params.max_seq_length
    loss = losses.MultipleNegativesRankingLoss(model, scale=params.scale)
    train_ds, eval_ds = _dataset(train), _dataset(held_out)
    steps = max(1, math.ceil(len(train) / params.batch_size)) * params.epochs
    eval_steps = max(1, min(params.eval_steps, steps))
    accuracy_before = triplet_accuracy(model, held_out)  # at the training length, as after
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="shopassist-tune-", dir=work_dir) as out:
        args = SentenceTransformerTrainingArguments(
            output_dir=out,
            num_train_epochs=params.epochs,
            per_device_train_batch_size=params.batch_size,
            per_device_eval_batch_size=params.batch_size,
            learning_rate=params.learning_rate,
            warmup_steps=max(1, steps // 10),
            batch_sampler=BatchSamplers.NO_DUPLICATES,
            eval_strategy="steps",
            eval_steps=eval_steps,
            save_strategy="steps",
            save_steps=eval_steps,
            save_total_limit=2,
            save_only_model=True,
            load_best_model_at_end=True,
            metric_for_best_model="eval_loss",
            greater_is_better=False,
            logging_steps=eval_steps,
            seed=params.seed,
            use_cpu=device == "cpu",
            report_to="none",
            disable_tqdm=not progress,
            dataloader_num_workers=0,
        )
        limits = _limits(params)
        trainer = SentenceTransformerTrainer(
            model=model,
            args=args,
            train_dataset=train_ds,
            eval_dataset=eval_ds,
            loss=loss,
            callbacks=[EarlyStoppingCallback(early_stopping_patience=params.patience), limits],
        )
        # without a progress bar the trainer prints every log dict to stdout, which `tune
        # embedder --json` keeps for its one JSON document: the logs stay in the manifest
        trainer.remove_callback(PrinterCallback)
        loss_before = float(trainer.evaluate()["eval_loss"])
        result = trainer.train()
        loss_after = float(trainer.evaluate()["eval_loss"])
        history = [
            {"step": h["step"], "eval_loss": round(float(h["eval_loss"]), 5)}
            for h in trainer.state.log_history
            if "eval_loss" in h
        ]
        best = trainer.state.best_model_checkpoint
    seconds = time.perf_counter() - started
    accuracy_after = triplet_accuracy(model, held_out)
    model.max_seq_length = serving_length
    return {
        "held_out_loss_before": round(loss_before, 5),
        "held_out_loss_after": round(loss_after, 5),
        "held_out_triplet_accuracy_before": round(accuracy_before, 4),
        "held_out_triplet_accuracy_after": round(accuracy_after, 4),
        "steps_planned": steps,
        "steps_run": int(result.global_step),
        "stopped_by": limits.stopped_by
        or ("all_steps" if result.global_step >= steps else "early_stopping"),
        "best_checkpoint": os.path.basename(best) if best else None,
        "stopped_by_time_limit": limits.stopped_by == "time_limit",
        "eval_history": history,
        "train_seconds": round(seconds, 1),
        "params": asdict(params),
    }
