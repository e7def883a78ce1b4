"""Offline evaluation of copy: unsupported claims before and after the checker, readability."""

from __future__ import annotations

import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.copy.claims import STRICT_KINDS
from assistant.copy.copywriter import Copywriter
from assistant.copy.delivered import Copy
from assistant.copy.readability import flesch_reading_ease, mean, words_per_sentence
from assistant.copy.templates import CHANNELS, TONES
from catalog.schema import Product
from catalog.store import CatalogStore

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CopyJob:
    """One copy to write in an evaluation."""

    product: Product
    channel: str
    tone: str


def sample_products(store: CatalogStore, n: int, *, seed: int = 0) -> list[Product]:
    """``n`` products with a title and a price, sampled reproducibly (all of them if fewer)."""
    usable = [p for p in store.iter_products() if p.title and p.price is not None]
    random.Random(seed).shuffle(usable)
    return usable[:n]


def plan(
    products: Sequence[Product], channels: Sequence[str] = tuple(CHANNELS), tones=TONES
) -> list[CopyJob]:
    """One job per product, channels and tones taken in turn."""
    return [
        CopyJob(p, channels[i % len(channels)], tones[(i // len(channels)) % len(tones)])
        for i, p in enumerate(products)
    ]


def _unsupported(copy: Copy, raw: bool) -> tuple[bool, bool]:
    claims = copy.report.raw_claims if raw else copy.report.claims
    bad = [c for c in claims if not c.supported]
    return bool(bad), any(c.kind in STRICT_KINDS for c in bad)


def evaluate_copies(
    writer: Copywriter,
    jobs: Sequence[CopyJob],
    *,
    batch_size: int = 8,
    on_progress: Callable[[int], None] | None = None,
    on_copies: Callable[[list[Copy]], None] | None = None,
) -> tuple[dict[str, Any], list[Copy]]:
    """Write every job's copy (batched by channel) and measure it.

    Args:
        writer: the copywriter.
        jobs: what to write.
        batch_size: prompts per batched generation.
        on_progress: called with the number of jobs done after each batch.
        on_copies: called with each batch's copies as soon as they exist (to save them early).

    Returns:
        The figures (shares before/after the checker, sources, readability, timing) and the
        copies themselves.
    """
    groups: dict[str, list[CopyJob]] = {}
    for job in jobs:
        groups.setdefault(job.channel, []).append(job)
    copies: list[Copy] = []
    started = time.perf_counter()
    for channel, group in groups.items():
        for start in range(0, len(group), batch_size):
            chunk = group[start : start + batch_size]
            written = writer.write_jobs([(j.product, j.tone, 0) for j in chunk], channel=channel)
            copies.extend(written)
            if on_copies is not None:
                on_copies(written)
            if on_progress is not None:
                on_progress(len(chunk))
    elapsed = time.perf_counter() - started
    n = len(copies)
    raw = [_unsupported(c, True) for c in copies]
    out = [_unsupported(c, False) for c in copies]
    kinds = Counter(c.kind.value for copy in copies for c in copy.report.raw_unsupported)
    texts = [c.text if not c.subject else f"{c.subject}. {c.text}" for c in copies]
    raws = [c.raw.replace("\n", ". ") for c in copies]
    figures = {
        "copies": n,
        "seconds": round(elapsed, 1),
        "seconds_per_copy": round(elapsed / n, 2) if n else None,
        "any_unsupported_before": sum(a for a, _ in raw) / n if n else None,
        "any_unsupported_after": sum(a for a, _ in out) / n if n else None,
        "strict_unsupported_before": sum(s for _, s in raw) / n if n else None,
        "strict_unsupported_after": sum(s for _, s in out) / n if n else None,
        "unsupported_kinds_before": dict(kinds.most_common()),
        "sources": dict(Counter(c.source for c in copies)),
        "flesch_delivered": mean(flesch_reading_ease(t) for t in texts),
        "flesch_raw": mean(flesch_reading_ease(t) for t in raws),
        "words_per_sentence_delivered": mean(words_per_sentence(t) for t in texts),
        "words_per_sentence_raw": mean(words_per_sentence(t) for t in raws),
        "chars_delivered": mean(len(t) for t in texts),
        "by_channel": {
            ch: sum(1 for c in copies if c.channel == ch)
            for ch in sorted({c.channel for c in copies})
        },
    }
    return figures, copies
