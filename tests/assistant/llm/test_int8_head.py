"""The CPU int8 output head of the local backend, with the real default model."""

from __future__ import annotations

import pytest


def test_the_int8_output_head_predicts_like_the_fp32_model(local_llm) -> None:
    """On CPU the default backend decodes with an int8 head: its next-token choices must agree
    with the unmodified fp32 model's on real product text."""
    import torch
    from transformers import AutoModelForCausalLM

    if local_llm.device != "cpu":
        pytest.skip("the int8 head is a CPU-only optimisation")
    assert local_llm.int8_head
    reference = AutoModelForCausalLM.from_pretrained(local_llm.model_dir, dtype=torch.float32)
    text = (
        "Push: A gentle start to your day: CeraVe Hydrating Facial Cleanser, $13.99.\n"
        "Product: Maybelline New York Great Lash Washable Mascara, Blackest Black, 0.43 oz. "
        "Our lightweight formula lifts and separates lashes for a clean, defined look."
    )
    inputs = local_llm.tokenizer(text, return_tensors="pt")
    with torch.inference_mode():
        ours = local_llm.model(**inputs).logits[0].argmax(-1)
        theirs = reference.eval()(**inputs).logits[0].argmax(-1)
    agreement = (ours == theirs).float().mean().item()
    assert agreement >= 0.9, agreement
    assert isinstance(local_llm.model.get_output_embeddings(), torch.ao.nn.quantized.dynamic.Linear)
