"""Weight-space interpolation of a tuned embedder with its base (WiSE-FT, Wortsman et al. 2022).

``theta = (1 - alpha) * theta_base + alpha * theta_tuned``, parameter by parameter: alpha 0 is
the base model, 1 the tuned one. A fine-tune that gains on the store's own pairs but blurs what
the base model already ranks well (near-duplicate product texts) can keep most of both in
between, at no training cost: a blend is a few seconds of arithmetic on the weights.
"""

from __future__ import annotations

import math
from typing import Any

from retrieval.errors import RetrievalError

DEFAULT_BLEND = 0.7
"""The tuned weights' share `shopassist tune embedder` publishes: chosen on the tuning query set
and the ranking bench's validation users (docs/BENCHMARKS.md, "Third run"); 1 = unblended."""


def check_alpha(alpha: float) -> float:
    """``alpha`` as a float in [0, 1].

    Raises:
        RetrievalError: outside [0, 1] or not a number.
    """
    value = float(alpha)
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        raise RetrievalError(f"blend: expected a weight in [0, 1] for the tuned model, got {alpha}")
    return value


def blend_into(tuned: Any, base: Any, alpha: float) -> Any:
    """Replace ``tuned``'s weights by ``(1 - alpha) * base + alpha * tuned``, in place.

    Floating-point parameters and buffers are interpolated; integer buffers (position ids) are
    kept from ``tuned`` (the two must hold the same ones).

    Args:
        tuned: the fine-tuned SentenceTransformer (any torch module).
        base: the model it was tuned from (same architecture).
        alpha: the tuned model's weight, in [0, 1].

    Returns:
        ``tuned``, blended.

    Raises:
        RetrievalError: alpha outside [0, 1], or the two models do not have the same tensors.
    """
    import torch

    alpha = check_alpha(alpha)
    mine, theirs = tuned.state_dict(), base.state_dict()
    if mine.keys() != theirs.keys():
        extra = sorted(mine.keys() ^ theirs.keys())[:3]
        raise RetrievalError(
            f"blend: expected the tuned model and its base to hold the same tensors, got "
            f"{len(mine.keys() ^ theirs.keys())} different ones, e.g. {extra}"
        )
    blended = {}
    for name, t in mine.items():
        b = theirs[name]
        if t.shape != b.shape:
            raise RetrievalError(
                f"blend: expected {name} of one shape in both models, got {tuple(t.shape)} "
                f"and {tuple(b.shape)}"
            )
        if torch.is_floating_point(t):
            blended[name] = torch.lerp(b.to(t.device, t.dtype), t, alpha)
        elif not torch.equal(t, b.to(t.device)):
            raise RetrievalError(f"blend: expected the same {name} in both models, got others")
        else:
            blended[name] = t
    tuned.load_state_dict(blended)
    return tuned
