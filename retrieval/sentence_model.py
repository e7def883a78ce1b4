"""A sentence-transformers model folder run on plain transformers, for serving.

Searching and indexing need only the forward pass: word pieces -> transformer -> pooling ->
unit length. Importing sentence-transformers for that also imports its training stack
(`datasets`, `pandas`, `sklearn`: about 150 MB of resident memory in every worker), so the
serving path reads the folder's own description (`modules.json`, the pooling config, the
maximum length) and runs those three steps itself. Folders of another shape (extra dense
layers, other modalities) are refused here; `retrieval.embedder.Embedder` then loads them with
sentence-transformers. Training (`retrieval/tuning/`) always uses sentence-transformers.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

POOLING_MODES = ("mean", "cls", "max")


class UnsupportedLayout(ValueError):
    """The folder is not Transformer -> Pooling (mean, cls or max) [-> Normalize]."""


@dataclass(frozen=True)
class Layout:
    """What a sentence-transformers folder asks of the forward pass."""

    pooling: str
    max_length: int
    lowercase: bool


def read_layout(folder: Path) -> Layout:
    """Read a sentence-transformers folder's modules and configs.

    Raises:
        UnsupportedLayout: a module other than Transformer, Pooling and Normalize, a pooling
            mode other than one of `POOLING_MODES`, or no `modules.json`.
    """
    modules_file = folder / "modules.json"
    if not modules_file.is_file():
        raise UnsupportedLayout(f"{folder}: no modules.json")
    modules = json.loads(modules_file.read_text())
    kinds = [str(m.get("type", "")).rsplit(".", 1)[-1] for m in modules]
    if kinds not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
        raise UnsupportedLayout(f"{folder}: modules {kinds}")
    if modules[0].get("path", "") != "":
        raise UnsupportedLayout(f"{folder}: the transformer is not at the folder's root")
    pooling = _pooling_mode(json.loads((folder / modules[1]["path"] / "config.json").read_text()))
    bert_config = folder / "sentence_bert_config.json"
    options = json.loads(bert_config.read_text()) if bert_config.is_file() else {}
    return Layout(
        pooling=pooling,
        max_length=int(options.get("max_seq_length") or _tokenizer_max_length(folder)),
        lowercase=bool(options.get("do_lower_case", False)),
    )


_POOLING_FLAGS = {
    "pooling_mode_mean_tokens": "mean",
    "pooling_mode_cls_token": "cls",
    "pooling_mode_max_tokens": "max",
    "pooling_mode_mean_sqrt_len_tokens": "mean_sqrt_len",
    "pooling_mode_weightedmean_tokens": "weightedmean",
    "pooling_mode_lasttoken": "lasttoken",
}
"""Sentence-transformers before 6 wrote one flag per pooling mode."""


def _pooling_mode(config: dict[str, Any]) -> str:
    mode = config.get("pooling_mode")  # sentence-transformers 6 writes one name
    if mode is None:
        on = [name for flag, name in _POOLING_FLAGS.items() if config.get(flag)]
        mode = on[0] if len(on) == 1 else None
    if mode not in POOLING_MODES:
        raise UnsupportedLayout(f"pooling {config}")
    return str(mode)


def _tokenizer_max_length(folder: Path) -> int:
    config = folder / "tokenizer_config.json"
    length = json.loads(config.read_text()).get("model_max_length") if config.is_file() else None
    return int(length) if length and int(length) < 100_000 else 512


class SentenceModel:
    """Encodes texts as the folder's sentence-transformers model would, without that library.

    Args:
        folder: a sentence-transformers model folder (see `read_layout`).
        device: "cpu" or "cuda".

    Raises:
        UnsupportedLayout: see `read_layout`.
    """

    def __init__(self, folder: str | Path, device: str = "cpu") -> None:
        from transformers import AutoModel, AutoTokenizer

        self.folder = Path(folder)
        self.layout = read_layout(self.folder)
        self.tokenizer = AutoTokenizer.from_pretrained(str(self.folder))
        self.transformer = AutoModel.from_pretrained(str(self.folder)).to(device).eval()
        self.device = device

    @property
    def dimension(self) -> int:
        """Length of the vectors."""
        return int(self.transformer.config.hidden_size)

    def forward(self, texts: Sequence[str]) -> Any:
        """One batch's sentence vectors, float32 rows of unit length (call under inference mode).

        Rows are normalised whether or not the folder ends in a Normalize module: the index
        compares by cosine, and the embedder's contract is unit-length rows.
        """
        import torch

        texts = [t.strip() for t in texts]
        if self.layout.lowercase:
            texts = [t.lower() for t in texts]
        features = self.tokenizer(
            texts,
            padding=True,
            truncation="longest_first",
            max_length=self.layout.max_length,
            return_tensors="pt",
        ).to(self.device)
        tokens = self.transformer(**features).last_hidden_state
        mask = features["attention_mask"].unsqueeze(-1).to(tokens.dtype)
        if self.layout.pooling == "mean":
            vectors = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        elif self.layout.pooling == "cls":
            vectors = tokens[:, 0]
        else:
            vectors = tokens.masked_fill(mask == 0, -1e9).max(1).values
        return torch.nn.functional.normalize(vectors.float(), p=2, dim=1)

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False
    ) -> np.ndarray:
        """Encode texts in batches of similar length (longest first), in the input order.

        Returns:
            An array of shape (len(texts), dimension), float32, each row of unit length.
        """
        import torch
        from tqdm.auto import tqdm

        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        starts = range(0, len(texts), batch_size)
        with torch.inference_mode():
            for start in tqdm(starts, desc="Embedding", unit="batch", disable=not progress):
                rows = order[start : start + batch_size]
                out[rows] = self.forward([texts[i] for i in rows]).cpu().numpy()
        return out
