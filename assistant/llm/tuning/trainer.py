"""LoRA fine-tuning of a causal LM on (prompt, answer) pairs, loss on the answer tokens only.

The prompt is exactly what the parser is asked at run time (`LocalLLM.render_chat` of
`parser_messages`), the answer ``ModelRequest.compact_json()`` then end-of-text. Rows are
left-padded (positions from the attention mask, as ``generate`` derives them), and the logits
are computed only for the last answer-length positions: gemma's 262k-word output projection is
most of the cost of a full-sequence forward.
"""

from __future__ import annotations

import json
import logging
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.llm.errors import LLMError

logger = logging.getLogger(__name__)

TARGET_MODULES = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
CHECKPOINT = "checkpoint"
DIVERGED_AFTER = 3
"""Steps in a row whose loss or gradients are not finite after which training stops (each such
step is skipped: no update, so the adapter stays finite; the best adapter so far is kept)."""


@dataclass(frozen=True)
class TrainParams:
    """How to train.

    Attributes:
        rank: LoRA rank (adapter size grows with it).
        alpha: LoRA scale numerator (scale = alpha / rank).
        learning_rate: AdamW peak learning rate (linear warm-up, cosine decay).
        batch_size: examples per optimiser step.
        epochs: passes over the training examples.
        max_steps: stop after this many steps (0: epochs decide).
        warmup_steps: linear warm-up steps.
        checkpoint_every: save a resumable checkpoint every this many steps (0: never).
        eval_every: held-out loss every this many steps (0: only at the end); the best adapter
            by held-out loss is kept (early stopping).
        precision: 'bf16' (autocast; CPUs with AMX and CUDA), 'fp32', or 'auto' (bf16 on CUDA
            and on CPUs with AMX-BF16, else fp32).
        seed: the random seed (example order, LoRA init).
        top_layers: adapt only the last this many transformer layers (0: all). Gradients then
            stop at the first adapted layer, so a step costs less.
        max_minutes: stop training after this many minutes (0: no limit); the learning-rate
            schedule still spans every planned step, and the best adapter so far is kept.
    """

    rank: int = 8
    alpha: int = 16
    learning_rate: float = 1e-3
    batch_size: int = 8
    epochs: int = 1
    max_steps: int = 0
    warmup_steps: int = 10
    checkpoint_every: int = 25
    eval_every: int = 25
    precision: str = "auto"
    seed: int = 42
    top_layers: int = 0
    max_minutes: float = 0.0


@dataclass(frozen=True)
class Encoded:
    """One training example as token ids: the prompt's then the answer's (ending in EOS)."""

    ids: tuple[int, ...]
    answer_length: int


def encode(tokenizer: Any, prompt: str, answer: str) -> Encoded:
    """Token ids of ``prompt`` + ``answer`` + EOS, tokenised as the parser sees them at run time:
    the prompt as `LocalLLM` tokenises it (a BOS unless the prompt starts with it), the answer
    on its own (generation adds tokens after the prompt's last one)."""
    bos = tokenizer.bos_token
    special = not (bos and prompt.startswith(bos))
    head = tokenizer(prompt, add_special_tokens=special)["input_ids"]
    tail = tokenizer(answer, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]
    return Encoded(tuple(head) + tuple(tail), len(tail))


def cpu_has_amx_bf16() -> bool:
    """Whether this CPU has AMX-BF16 (Linux: /proc/cpuinfo flags)."""
    try:
        return "amx_bf16" in Path("/proc/cpuinfo").read_text("utf-8")
    except OSError:
        return False


def resolve_precision(precision: str, device: str) -> str:
    """'bf16' or 'fp32' for ``precision`` ('auto' picks bf16 on CUDA and AMX CPUs).

    Raises:
        LLMError: an unknown value.
    """
    if precision not in ("auto", "bf16", "fp32"):
        raise LLMError(f"precision: expected 'auto', 'bf16' or 'fp32', got {precision!r}")
    if precision != "auto":
        return precision
    return "bf16" if device.startswith("cuda") or cpu_has_amx_bf16() else "fp32"


def batch_tensors(rows: Sequence[Encoded], pad_id: int, device: str) -> dict[str, Any]:
    """Left-padded ids, mask and positions of ``rows``, and the answer mask over the last
    ``keep`` positions (``keep`` = the longest answer + 1: the logits that predict answers)."""
    import torch

    width = max(len(r.ids) for r in rows)
    keep = max(r.answer_length for r in rows) + 1
    ids = [[pad_id] * (width - len(r.ids)) + list(r.ids) for r in rows]
    mask = [[0] * (width - len(r.ids)) + [1] * len(r.ids) for r in rows]
    # logits[:, j] (j < keep - 1) predicts the token at width - keep + 1 + j
    answer = [[1 if j >= keep - 1 - r.answer_length else 0 for j in range(keep - 1)] for r in rows]
    ids_t = torch.tensor(ids, device=device)
    mask_t = torch.tensor(mask, device=device)
    return {
        "input_ids": ids_t,
        "attention_mask": mask_t,
        "position_ids": (mask_t.cumsum(-1) - 1).clamp(min=0),
        "keep": keep,
        "targets": ids_t[:, width - keep + 1 :],
        "answer_mask": torch.tensor(answer, device=device, dtype=torch.bool),
    }


def answer_loss(model: Any, batch: dict[str, Any], precision: str) -> Any:
    """Mean cross-entropy over the answer tokens of one batch."""
    import torch

    device_type = batch["input_ids"].device.type
    with torch.autocast(device_type, dtype=torch.bfloat16, enabled=precision == "bf16"):
        out = model(
            input_ids=batch["input_ids"],
            attention_mask=batch["attention_mask"],
            position_ids=batch["position_ids"],
            logits_to_keep=batch["keep"],
            use_cache=False,
        )
    logits = out.logits[:, :-1].float()
    picked = logits[batch["answer_mask"]]
    return torch.nn.functional.cross_entropy(picked, batch["targets"][batch["answer_mask"]])


def add_lora(model: Any, params: TrainParams) -> Any:
    """``model`` wrapped with fresh LoRA adapters on its attention and MLP projections."""
    from peft import LoraConfig, get_peft_model

    present = {name.rsplit(".", 1)[-1] for name, _ in model.named_modules()}
    targets = [t for t in TARGET_MODULES if t in present]
    if not targets:
        raise LLMError(f"model: expected projections named {TARGET_MODULES}, found none")
    layers = None
    if params.top_layers:
        total = int(model.config.get_text_config().num_hidden_layers)
        layers = list(range(max(0, total - params.top_layers), total))
    config = LoraConfig(
        layers_to_transform=layers,
        r=params.rank,
        lora_alpha=params.alpha,
        lora_dropout=0.0,
        target_modules=targets,
        task_type="CAUSAL_LM",
    )
    return get_peft_model(model, config)


def batches(examples: Sequence[Encoded], batch_size: int, seed: int, epoch: int) -> list[list[int]]:
    """Indexes of ``examples`` in batches for one epoch: shuffled with (seed, epoch), then
    grouped by length within windows of 16 batches (less padding), batches shuffled again."""
    rng = random.Random(f"{seed}:{epoch}")
    order = list(range(len(examples)))
    rng.shuffle(order)
    window = batch_size * 16
    out: list[list[int]] = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda i: len(examples[i].ids))
        out.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(out)
    return out


def held_out_loss(
    model: Any,
    rows: Sequence[Encoded],
    params: TrainParams,
    pad_id: int,
    device: str,
    precision: str,
) -> float:
    """Mean answer loss over ``rows`` (no gradients)."""
    import torch

    if not rows:
        return float("nan")
    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(rows), params.batch_size):
            chunk = rows[start : start + params.batch_size]
            loss = answer_loss(model, batch_tensors(chunk, pad_id, device), precision)
            total += float(loss) * len(chunk)
            count += len(chunk)
    model.train()
    return total / count


def _lora_state(model: Any) -> dict[str, Any]:
    from peft import get_peft_model_state_dict

    return {k: v.detach().clone() for k, v in get_peft_model_state_dict(model).items()}


def _save_checkpoint(
    folder: Path, model: Any, optimizer: Any, scheduler: Any, state: dict[str, Any]
) -> None:
    import torch

    from core.versions import atomic_dir

    with atomic_dir(folder) as tmp:
        torch.save(
            {
                "lora": _lora_state(model),
                "optimizer": optimizer.state_dict(),
                "scheduler": scheduler.state_dict(),
                "best_lora": state.pop("best_lora", None),
            },
            tmp / "state.pt",
        )
        (tmp / "progress.json").write_text(json.dumps(state, indent=2), "utf-8")


def train_lora(
    model: Any,
    train: Sequence[Encoded],
    held_out: Sequence[Encoded],
    params: TrainParams,
    *,
    pad_id: int,
    device: str = "cpu",
    checkpoint_dir: Path | None = None,
    resume: bool = False,
    progress: bool = True,
    on_step: Callable[[int, float], None] | None = None,
    label: str = "tune parser",
) -> tuple[Any, dict[str, Any]]:
    """Train LoRA adapters on ``model`` (left unchanged; a peft wrapper is returned).

    Args:
        model: a causal LM (fp32 weights) on ``device``.
        train: encoded training examples.
        held_out: encoded held-out examples (held-out loss, early stopping).
        params: training settings.
        pad_id: the padding token id.
        device: 'cpu' or 'cuda'.
        checkpoint_dir: where the resumable checkpoint lives (None: no checkpoints).
        resume: continue from the checkpoint in ``checkpoint_dir`` (same examples and params).
        progress: show a progress bar.
        on_step: called with (step, loss) after each step.
        label: the progress bar's and the log's name of the run.

    Returns:
        The peft model holding the best adapter, and the training facts (steps, seconds per
        step, losses, precision).

    Raises:
        LLMError: no training examples, or ``resume`` without a matching checkpoint.
    """
    import torch
    from peft import set_peft_model_state_dict
    from tqdm.auto import tqdm

    if not train:
        raise LLMError("training examples: expected at least one, got none")
    precision = resolve_precision(params.precision, device)
    torch.manual_seed(params.seed)
    peft_model = add_lora(model, params)
    peft_model.train()
    plan = [
        b for e in range(params.epochs) for b in batches(train, params.batch_size, params.seed, e)
    ]
    if params.max_steps:
        plan = plan[: params.max_steps]
    total = len(plan)
    trainable = [p for p in peft_model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=params.learning_rate, weight_decay=0.0)
    warm = max(1, min(params.warmup_steps, total // 10 or 1))

    def schedule(step: int) -> float:
        if step < warm:
            return (step + 1) / warm
        return 0.5 * (1 + math.cos(math.pi * (step - warm) / max(1, total - warm)))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
    state: dict[str, Any] = {
        "step": 0,
        "losses": [],
        "held_out": [],
        "best": None,
        "seconds": 0.0,
        "params": asdict(params),
        "examples": len(train),
    }
    best_lora: dict[str, Any] | None = None
    if resume:
        state, best_lora = _load_checkpoint(
            checkpoint_dir, peft_model, optimizer, scheduler, params, len(train)
        )
    bar = tqdm(total=total, initial=state["step"], desc=label, unit="step", disable=not progress)
    started = time.perf_counter() - state["seconds"]
    bad_in_a_row = 0
    for step in range(state["step"], total):
        rows = [train[i] for i in plan[step]]
        loss = answer_loss(peft_model, batch_tensors(rows, pad_id, device), precision)
        loss.backward()
        norm = torch.nn.utils.clip_grad_norm_(trainable, 1.0)
        value = float(loss.detach())
        finite = math.isfinite(value) and math.isfinite(float(norm))
        if finite:
            optimizer.step()
            bad_in_a_row = 0
        else:
            state["skipped_steps"] = state.get("skipped_steps", 0) + 1
            bad_in_a_row += 1
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        state["losses"].append(round(value, 4) if finite else None)
        state["step"] = step + 1
        state["seconds"] = time.perf_counter() - started
        bar.set_postfix(loss=f"{value:.3f}")
        bar.update(1)
        if on_step is not None:
            on_step(step + 1, value)
        out_of_time = bool(params.max_minutes) and state["seconds"] > params.max_minutes * 60
        diverged = bad_in_a_row >= DIVERGED_AFTER
        last = step + 1 == total or out_of_time or diverged
        if held_out and (last or (params.eval_every and (step + 1) % params.eval_every == 0)):
            h = held_out_loss(peft_model, held_out, params, pad_id, device, precision)
            state["held_out"].append([step + 1, round(h, 4) if math.isfinite(h) else None])
            # the best is kept rounded as shown: an equal loss does not replace it
            if math.isfinite(h) and (state["best"] is None or round(h, 4) < state["best"][1]):
                state["best"] = [step + 1, round(h, 4)]
                best_lora = _lora_state(peft_model)
        if (
            checkpoint_dir is not None
            and params.checkpoint_every
            and ((step + 1) % params.checkpoint_every == 0 and not last)
        ):
            _save_checkpoint(
                checkpoint_dir, peft_model, optimizer, scheduler, {**state, "best_lora": best_lora}
            )
        if diverged:
            logger.warning(
                "%s: stopped at step %s of %s: the loss or its gradients were not finite %s "
                "steps in a row (try a lower --lr or --precision fp32); the best adapter so far "
                "is kept",
                label,
                step + 1,
                total,
                DIVERGED_AFTER,
            )
            break
        if out_of_time:
            logger.warning("%s: out of time after %s of %s steps", label, step + 1, total)
            break
    bar.close()
    if best_lora is not None:
        set_peft_model_state_dict(peft_model, best_lora)
    steps_run = max(1, state["step"])
    facts = {
        "steps": state["step"],
        "planned_steps": total,
        "seconds": round(state["seconds"], 1),
        "seconds_per_step": round(state["seconds"] / steps_run, 3),
        "precision": precision,
        "first_loss": state["losses"][0] if state["losses"] else None,
        "last_loss": state["losses"][-1] if state["losses"] else None,
        "held_out_loss": state["held_out"],
        "best_step": state["best"][0] if state["best"] else total,
        "skipped_steps": state.get("skipped_steps", 0),
    }
    return peft_model, facts


def _load_checkpoint(
    folder: Path | None,
    model: Any,
    optimizer: Any,
    scheduler: Any,
    params: TrainParams,
    examples: int,
) -> tuple[dict[str, Any], Any]:
    import torch
    from peft import set_peft_model_state_dict

    if folder is None or not (folder / "progress.json").is_file():
        raise LLMError(
            f"--resume: expected a checkpoint in {folder}, got none; run without --resume"
        )
    state = json.loads((folder / "progress.json").read_text("utf-8"))
    if state.get("params") != asdict(params) or state.get("examples") != examples:
        raise LLMError(
            f"--resume: the checkpoint in {folder} was made with other parameters or examples "
            f"({state.get('params')}, {state.get('examples')} examples); run with the same "
            "options, or without --resume"
        )
    saved = torch.load(folder / "state.pt", weights_only=False)
    set_peft_model_state_dict(model, saved["lora"])
    optimizer.load_state_dict(saved["optimizer"])
    scheduler.load_state_dict(saved["scheduler"])
    logger.info("resuming at step %s", state["step"])
    return state, saved.get("best_lora")
