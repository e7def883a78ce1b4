"""One query's sentence vector in numpy: a BERT encoder's forward pass without torch.

A serving worker embeds one short query per turn. Loading torch and transformers for that took
about 5 s of a fresh worker's start on the 2-core machine (docs/BENCHMARKS.md, "Fresh worker"),
more than the whole forward pass costs in a year of queries. A sentence-transformers folder of
the shape `retrieval.sentence_model` serves (a BERT transformer, mean/cls/max pooling) is small
enough to run directly: the word pieces from the folder's ``tokenizer.json`` (the Rust
``tokenizers`` package, which transformers' fast tokenizer wraps), the weights from
``model.safetensors`` as numpy arrays, and the encoder's layers as matrix products. The vectors
equal `retrieval.sentence_model.SentenceModel`'s to float32 rounding (tests compare them).

Other folders (another architecture, no ``tokenizer.json`` or ``model.safetensors``) raise
`UnsupportedLayout`; the embedder then runs its torch model for queries too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.sentence_model import Layout, UnsupportedLayout, read_layout

_ERF_ALPHA = (
    -2.72614225801306e-10, 2.77068142495902e-08, -2.10102402082508e-06, -5.69250639462346e-05,
    -7.34990630326855e-04, -2.95459980854025e-03, -1.60960333262415e-02,
)  # fmt: skip
_ERF_BETA = (
    -1.45660718464996e-05, -2.13374055278905e-04, -1.68282697438203e-03, -7.37332916720468e-03,
    -1.42647390514189e-02,
)  # fmt: skip
"""The rational approximation of erf that Eigen and XLA use for float32 (a few ulps)."""


def erf(x: np.ndarray) -> np.ndarray:
    """The error function, elementwise, to float32 precision (`_ERF_ALPHA` / `_ERF_BETA`)."""
    x = np.clip(x, -4.0, 4.0)
    x2 = x * x
    p = np.zeros_like(x2)
    for a in _ERF_ALPHA:  # Horner, in the input's precision (float32 stays float32)
        p = p * x2 + a
    q = np.zeros_like(x2)
    for b in _ERF_BETA:
        q = q * x2 + b
    return p * x / q


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + erf(x / np.float32(np.sqrt(2.0))))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + np.float32(eps)) * weight + bias


class NumpyQueryModel:
    """Encodes one text as the folder's sentence-transformers model would, in numpy.

    Args:
        folder: a sentence-transformers folder whose transformer is a BERT encoder with
            absolute positions and GELU (all-MiniLM-L6-v2 and embedders tuned from it).

    Raises:
        UnsupportedLayout: another layout or architecture, or no ``tokenizer.json`` /
            ``model.safetensors`` in the folder.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.layout: Layout = read_layout(self.folder)
        self.config = _bert_config(self.folder)
        self.tokenizer = _tokenizer(self.folder, self.layout.max_length)
        self.weights = _weights(self.folder, self.config)
        from threadpoolctl import ThreadpoolController

        self._blas = ThreadpoolController()  # numpy's BLAS, found once (~80 ms)

    @property
    def dimension(self) -> int:
        """Length of the vectors."""
        return int(self.config["hidden_size"])

    def encode_one(self, text: str) -> np.ndarray:
        """The text's vector: float32, unit length, read-only."""
        text = text.strip()
        if self.layout.lowercase:
            text = text.lower()
        ids = np.asarray(self.tokenizer.encode(text).ids, dtype=np.int64)
        # One BLAS thread: a query's products are tiny, and OpenBLAS's threads waiting for each
        # other made it 15x slower (200 against 13 ms at load 2.8 on 2 cores). The limit is the
        # process's while it lasts: callers hold a lock around this (`Embedder.encode_query`).
        with self._blas.limit(limits=1, user_api="blas"):
            tokens = self._encoder(ids)
        if self.layout.pooling == "mean":
            vector = tokens.mean(0)
        elif self.layout.pooling == "cls":
            vector = tokens[0]
        else:
            vector = tokens.max(0)
        norm = max(float(np.linalg.norm(vector)), 1e-12)
        out = (vector / np.float32(norm)).astype(np.float32)
        out.setflags(write=False)
        return out

    def _encoder(self, ids: np.ndarray) -> np.ndarray:
        w, eps = self.weights, float(self.config.get("layer_norm_eps", 1e-12))
        h = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][: len(ids)]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        h = _layer_norm(h, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], eps)
        heads = int(self.config["num_attention_heads"])
        width = h.shape[1]
        size = width // heads
        scale = np.float32(1.0 / np.sqrt(size))
        for i in range(int(self.config["num_hidden_layers"])):
            p = f"encoder.layer.{i}."
            qkv = (h @ w[p + "qkv.in_out"] + w[p + "qkv.bias"]).reshape(len(ids), 3, heads, size)
            q, k, v = qkv.transpose(1, 2, 0, 3)  # each (heads, tokens, size)
            scores = (q @ k.transpose(0, 2, 1)) * scale
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            probs = scores / scores.sum(-1, keepdims=True)
            context = (probs @ v).transpose(1, 0, 2).reshape(len(ids), width)
            attended = context @ w[p + "attention.output.dense.in_out"]
            h = _layer_norm(
                attended + w[p + "attention.output.dense.bias"] + h,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                eps,
            )
            inner = _gelu(h @ w[p + "intermediate.dense.in_out"] + w[p + "intermediate.dense.bias"])
            out = inner @ w[p + "output.dense.in_out"] + w[p + "output.dense.bias"]
            h = _layer_norm(
                out + h, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], eps
            )
        return h


def _bert_config(folder: Path) -> dict[str, Any]:
    config_file = folder / "config.json"
    if not config_file.is_file():
        raise UnsupportedLayout(f"{folder}: no config.json")
    config = json.loads(config_file.read_text())
    shape = (
        config.get("model_type"),
        config.get("position_embedding_type", "absolute"),
        config.get("hidden_act"),
    )
    if shape != ("bert", "absolute", "gelu"):
        raise UnsupportedLayout(f"{folder}: (model_type, positions, activation) {shape}")
    return dict(config)


def _tokenizer(folder: Path, max_length: int) -> Any:
    from tokenizers import Tokenizer

    path = folder / "tokenizer.json"
    if not path.is_file():
        raise UnsupportedLayout(f"{folder}: no tokenizer.json")
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length)
    return tokenizer


def _weights(folder: Path, config: dict[str, Any]) -> dict[str, np.ndarray]:
    from safetensors.numpy import load_file

    path = folder / "model.safetensors"
    if not path.is_file():
        raise UnsupportedLayout(f"{folder}: no model.safetensors")
    raw = {k.removeprefix("bert."): v for k, v in load_file(str(path)).items()}
    if "embeddings.word_embeddings.weight" not in raw:
        raise UnsupportedLayout(f"{folder}: no BERT embeddings in model.safetensors")
    return _for_rows(raw, int(config["num_hidden_layers"]))


def _for_rows(raw: dict[str, np.ndarray], layers: int) -> dict[str, np.ndarray]:
    """The weights laid out for ``rows @ matrix``: each dense layer's (out, in) weight as a
    contiguous (in, out) ``<name>.in_out``, and the query, key and value layers side by side in
    one ``qkv`` (one product instead of three; a few times faster for a query's few rows)."""
    w = {k: v.astype(np.float32, copy=False) for k, v in raw.items() if not k.endswith("_ids")}
    for i in range(layers):
        p = f"encoder.layer.{i}."
        parts = [f"{p}attention.self.{n}" for n in ("query", "key", "value")]
        w[p + "qkv.in_out"] = np.ascontiguousarray(
            np.concatenate([w.pop(f"{n}.weight") for n in parts]).T
        )
        w[p + "qkv.bias"] = np.concatenate([w.pop(f"{n}.bias") for n in parts])
        for name in ("attention.output.dense", "intermediate.dense", "output.dense"):
            w[f"{p}{name}.in_out"] = np.ascontiguousarray(w.pop(f"{p}{name}.weight").T)
    return w
