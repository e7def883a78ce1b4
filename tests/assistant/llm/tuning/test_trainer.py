"""The LoRA trainer's guard against steps whose loss is not finite (a real tiny model)."""

from __future__ import annotations

import math

import pytest

from assistant.llm.tuning import trainer


def tiny_model():
    """A two-layer Llama with a 64-word vocabulary, built from its config (nothing loaded)."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=2,
        num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=64,
    )  # fmt: skip
    return LlamaForCausalLM(config)


ROWS = [trainer.Encoded(tuple(range(1 + i, 9 + i)), 3) for i in range(8)]
PARAMS = trainer.TrainParams(
    batch_size=2, epochs=2, warmup_steps=1, eval_every=2, precision="fp32", checkpoint_every=0
)


def nan_on(steps: set[int]):
    """``answer_loss`` that turns into NaN on the given (1-based) training calls."""
    real = trainer.answer_loss
    calls = {"n": 0}

    def loss(model, batch, precision):
        value = real(model, batch, precision)
        if model.training:
            calls["n"] += 1
            if calls["n"] in steps:
                return value * float("nan")
        return value

    return loss


def lora_weights_finite(model) -> bool:
    return all(bool(p.isfinite().all()) for n, p in model.named_parameters() if "lora_" in n)


def test_a_step_with_a_nan_loss_is_skipped_and_training_goes_on(monkeypatch) -> None:
    monkeypatch.setattr(trainer, "answer_loss", nan_on({2}))
    model, facts = trainer.train_lora(
        tiny_model(), ROWS, ROWS[:2], PARAMS, pad_id=0, progress=False
    )
    assert facts["steps"] == facts["planned_steps"] == 8
    assert facts["skipped_steps"] == 1
    assert lora_weights_finite(model)
    assert all(h is not None and math.isfinite(h) for _, h in facts["held_out_loss"])


def test_training_stops_when_the_loss_stays_nan_and_keeps_the_best(monkeypatch, caplog) -> None:
    monkeypatch.setattr(trainer, "answer_loss", nan_on({3, 4, 5, 6, 7, 8}))
    model, facts = trainer.train_lora(
        tiny_model(), ROWS, ROWS[:2], PARAMS, pad_id=0, progress=False
    )
    assert facts["steps"] == 2 + trainer.DIVERGED_AFTER < facts["planned_steps"]
    assert facts["skipped_steps"] == trainer.DIVERGED_AFTER
    assert facts["best_step"] == 2 and lora_weights_finite(model)
    assert "not finite" in caplog.text and "--lr" in caplog.text


@pytest.mark.parametrize("bad", [set(), {1}])
def test_losses_in_the_facts_are_json_numbers_or_null(monkeypatch, bad) -> None:
    import json

    monkeypatch.setattr(trainer, "answer_loss", nan_on(bad))
    _, facts = trainer.train_lora(tiny_model(), ROWS, ROWS[:2], PARAMS, pad_id=0, progress=False)
    json.dumps(facts, allow_nan=False)  # NaN would make the manifest invalid JSON
