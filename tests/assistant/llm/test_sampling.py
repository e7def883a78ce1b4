"""The local backend's one-hot top-k/top-p sampler."""

from __future__ import annotations


def test_the_sampler_draws_like_temperature_top_k_top_p() -> None:
    """Our one-hot sampler keeps transformers' distribution: only the top-k tokens inside the
    top-p mass are ever drawn, with frequencies following the softmax."""
    import torch

    from assistant.llm.sampling import TopKTopPSampler

    torch.manual_seed(0)
    logits = torch.tensor([[4.0, 3.0, 2.0, 1.0, 0.0, -1.0, 5.0, -2.0]])
    sampler = TopKTopPSampler(temperature=1.0, top_k=4, top_p=0.9)
    draws = [int(sampler(None, logits).argmax()) for _ in range(4000)]
    allowed = {6, 0, 1}  # top 4 = 6, 0, 1, 2; mass before token 2 is 0.95 > 0.9: dropped
    assert set(draws) == allowed
    kept = torch.softmax(logits[0, [6, 0, 1]], -1)
    for token, p in zip([6, 0, 1], kept.tolist(), strict=True):
        assert abs(draws.count(token) / len(draws) - p) < 0.03
    out = TopKTopPSampler(temperature=0.7)(None, torch.randn(3, 100))
    assert (torch.isfinite(out).sum(-1) == 1).all()  # one finite score per row
