"""Sentences of copy: where one ends (prices such as $19.99 stay whole)."""

from __future__ import annotations

import re

SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”)]?\s+(?=[\"'“(]?[A-Z0-9$£€#])|\n+")


def split_sentences(text: str) -> list[str]:
    """Split copy into sentences (prices such as $19.99 stay whole)."""
    return [s.strip() for s in SENTENCE_BOUNDARY.split(text) if s and s.strip()]
