"""Shared-prefix reuse in the local backend's batches, with the real default model."""

from __future__ import annotations


def test_a_shared_prompt_prefix_is_read_once_and_changes_nothing(local_llm, monkeypatch) -> None:
    """Few-shot prompts share their examples: the batch reuses the prefix's cached keys and
    values, with the same greedy answers as reading every prompt whole."""
    import assistant.llm.prefix_cache as prefix_cache

    examples = (
        "Push notifications for a beauty shop.\n\nProduct: CeraVe Cleanser\nPrice: $13.99\n"
        "Push: A gentle start to your day: CeraVe Cleanser, $13.99.\n###\n"
    )
    prompts = [
        f"{examples}Product: {name}\nPrice: ${price}\nPush:"
        for name, price in [("OPI Nail Lacquer", "9.50"), ("Olay Daily Shampoo", "5.50"),
                            ("Burt's Bees Lip Balm, Pack of 4", "10.99")]
    ]  # fmt: skip
    kwargs = {"max_new_tokens": 16, "temperature": 0.0, "stop": ["\n"]}
    local_llm.batches.prefixes.clear()
    cached = local_llm.batch(prompts, **kwargs)
    alone = local_llm.generate(prompts[0], **kwargs)  # a single prompt reuses it too
    assert len(local_llm.batches.prefixes) == 1
    monkeypatch.setattr(prefix_cache, "MIN_SHARED_PREFIX", 10**6)
    local_llm.batches.prefixes.clear()
    assert local_llm.batch(prompts, **kwargs) == cached
    assert local_llm.generate(prompts[0], **kwargs) == alone
    assert not local_llm.batches.prefixes
