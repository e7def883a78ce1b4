"""Batches of marketing copy as table rows: one row per variant with its grounding report.

Shared by `shopassist copy` (CSV file) and the marketing view (table and CSV download).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from assistant.copy.copywriter import Copywriter
from assistant.copy.delivered import Copy
from catalog.schema import Product

CSV_FIELDS = [
    "item_id",
    "channel",
    "tone",
    "variant",
    "subject",
    "text",
    "grounded",
    "source",
    "claims_found",
    "claims_supported",
    "removed",
    "repaired",
    "fallback",
    "report",
]

MAX_BATCH_PROMPTS = 8
"""Prompts per language-model batch: products x variants, so several products share a call."""


def copy_row(c: Copy) -> dict[str, Any]:
    """One CSV row for a written copy (the report as JSON in the last column)."""
    report = c.report
    return {
        "item_id": c.item_id,
        "channel": c.channel,
        "tone": c.tone,
        "variant": c.variant,
        "subject": c.subject,
        "text": c.text,
        "grounded": str(c.grounded).lower(),
        "source": c.source,
        "claims_found": report.found,
        "claims_supported": report.supported,
        "removed": len(report.removed),
        "repaired": len(report.repaired),
        "fallback": str(report.fallback).lower(),
        "report": json.dumps(report.to_dict(), ensure_ascii=False),
    }


def write_batch(
    writer: Copywriter,
    products: Sequence[Product],
    *,
    audience: Any = None,
    channel: str,
    tone: str = "friendly",
    length: str = "short",
    variants: int = 1,
    on_progress: Callable[[int], None] | None = None,
) -> list[dict[str, Any]]:
    """Copy for every product (``variants`` each) as rows; ``on_progress(n)`` after each chunk."""
    per_chunk = max(1, MAX_BATCH_PROMPTS // variants)
    rows: list[dict[str, Any]] = []
    for start in range(0, len(products), per_chunk):
        chunk = products[start : start + per_chunk]
        written = writer.write_many(
            chunk, audience=audience, channel=channel, tone=tone, length=length, variants=variants
        )
        rows.extend(copy_row(c) for c in written)
        if on_progress is not None:
            on_progress(len(chunk))
    return rows


def save_csv(rows: Sequence[dict[str, Any]], path: Path) -> Path:
    """Write rows to ``path`` (UTF-8, header first) and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
        out.writeheader()
        out.writerows(rows)
    return path
