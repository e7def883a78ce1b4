"""Shared-prefix reuse on the local backend: rows of a batch that start alike (the few-shot
examples of a prompt) read that prefix once, from cached keys and values."""

from __future__ import annotations

import copy
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

MIN_SHARED_PREFIX = 32
"""Rows of a batch that share at least this many leading tokens reuse their keys and values."""

KEPT_PREFIXES = 4
"""Shared prompt prefixes (few-shot examples) whose keys and values stay cached."""


class SharedPrefixBatches:
    """The batch layout of a local model (`assistant.llm.local.LocalLLM.batches`): left padding,
    with a prefix all rows share kept before the padding and read from the cache
    (`KEPT_PREFIXES` kept, the least recently used dropped).

    Attributes:
        model: the causal language model the prefixes are read by (its device and config).
        tokenizer: its tokenizer (token ids, the BOS and padding tokens).
        prefixes: the cached prefixes' keys and values by their token ids, least recently
            used first.
    """

    def __init__(self, model: Any, tokenizer: Any) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.prefixes: OrderedDict[tuple[int, ...], Any] = OrderedDict()

    def ids(self, prompt: str) -> list[int]:
        """Token ids of ``prompt``; a prompt that already starts with the BOS token (a rendered
        chat template) gets no second one."""
        bos = self.tokenizer.bos_token
        special = not (bos and prompt.startswith(bos))
        return self.tokenizer(prompt, add_special_tokens=special)["input_ids"]

    def inputs(self, prompts: Sequence[str]) -> tuple[dict[str, Any], int]:
        """``generate`` inputs for a batch, and the length of its prompt part.

        Prompts that share a prefix (the few-shot examples of a copy prompt) reuse its cached
        keys and values, so only each row's own tail is read: rows are laid out as
        [shared prefix][padding][own tail] with the padding masked out. transformers derives
        positions from the mask, so every row reads exactly as if unpadded.
        """
        import torch
        from transformers import DynamicCache

        rows = [self.ids(p) for p in prompts]
        width = max(len(r) for r in rows)
        prefix = self.shared_prefix(rows)
        if prefix is None:
            return self.padded(rows), width
        if prefix not in self.prefixes:
            cache = DynamicCache(config=self.model.config)
            with torch.inference_mode():
                self.model(
                    input_ids=torch.tensor([prefix], device=self.model.device),
                    past_key_values=cache,
                    use_cache=True,
                )
            self.prefixes[prefix] = cache
            if len(self.prefixes) > KEPT_PREFIXES:
                self.prefixes.popitem(last=False)
        self.prefixes.move_to_end(prefix)
        past = copy.deepcopy(self.prefixes[prefix])
        past.batch_repeat_interleave(len(rows))
        return {**self.padded(rows, shared=len(prefix)), "past_key_values": past}, width

    def padded(self, rows: list[list[int]], shared: int = 0) -> dict[str, Any]:
        """Token rows as one batch, each laid out as [its first ``shared`` tokens][padding]
        [the rest], the padding masked out (``shared=0``: plain left padding)."""
        import torch

        width, pad = max(len(r) for r in rows), self.tokenizer.pad_token_id
        ids = [r[:shared] + [pad] * (width - len(r)) + r[shared:] for r in rows]
        mask = [[1] * shared + [0] * (width - len(r)) + [1] * (len(r) - shared) for r in rows]
        device = self.model.device
        return {
            "input_ids": torch.tensor(ids, device=device),
            "attention_mask": torch.tensor(mask, device=device),
        }

    def shared_prefix(self, rows: list[list[int]]) -> tuple[int, ...] | None:
        """The leading tokens all rows share (at least one token of each row left over), or for
        a single row a cached prefix it starts with; None when too short to be worth caching."""
        if len(rows) == 1:
            row = rows[0]
            return next(
                (p for p in self.prefixes if len(p) < len(row) and tuple(row[: len(p)]) == p),
                None,
            )
        limit = min(len(r) for r in rows) - 1
        length = 0
        while length < limit and all(r[length] == rows[0][length] for r in rows):
            length += 1
        return tuple(rows[0][:length]) if length >= MIN_SHARED_PREFIX else None
