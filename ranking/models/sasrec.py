"""SASRec (Kang & McAuley, 2018): a causal self-attention encoder over the item sequence,
trained with full cross-entropy over every item (not sampled negatives), in PyTorch.

Runs on CUDA when the device string says so, on CPU otherwise. Seeds are fixed.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

import numpy as np

from ranking.base import Recommender
from ranking.data import Interactions
from ranking.errors import RankingError

logger = logging.getLogger(__name__)

EMBEDDING_INIT_STD = 0.02
"""Standard deviation of the item and position embeddings at initialisation."""


def _build_network(n_items: int, params: SASRecParams):
    import torch
    from torch import nn

    dim, max_len, heads, dropout = params.dim, params.max_len, params.heads, params.dropout

    class Net(nn.Module):
        """Item + position embeddings, pre-norm causal transformer blocks, tied output."""

        def __init__(self) -> None:
            super().__init__()
            self.items = nn.Embedding(n_items + 1, dim, padding_idx=0)
            self.positions = nn.Embedding(max_len, dim)
            # Small embeddings: with torch's N(0, 1) default, scaled by sqrt(dim) and tied to
            # the output, the first logits are so large (loss 35 against ln(12k) = 9.4) that
            # training settles on popularity (Beauty validation NDCG@10 0.003 after 2 epochs,
            # 0.014 with this initialisation).
            nn.init.normal_(self.items.weight, std=EMBEDDING_INIT_STD)
            nn.init.normal_(self.positions.weight, std=EMBEDDING_INIT_STD)
            with torch.no_grad():
                self.items.weight[0].zero_()
            self.dropout = nn.Dropout(dropout)
            layer = nn.TransformerEncoderLayer(
                dim, heads, dim_feedforward=dim, dropout=dropout, batch_first=True, norm_first=True
            )
            self.encoder = nn.TransformerEncoder(layer, params.blocks, enable_nested_tensor=False)
            self.norm = nn.LayerNorm(dim)

        def forward(self, seq: torch.Tensor) -> torch.Tensor:
            _batch, length = seq.shape
            pos = torch.arange(max_len - length, max_len, device=seq.device)
            keep = (seq > 0).unsqueeze(-1)
            x = (self.items(seq) * (dim**0.5) + self.positions(pos)[None]) * keep
            x = self.dropout(x)
            # Causal and padding mask; every position may attend to itself (no empty rows).
            blocked = torch.ones(length, length, dtype=torch.bool, device=seq.device).triu(1)
            blocked = blocked[None] | (seq == 0)[:, None, :]
            blocked = blocked & ~torch.eye(length, dtype=torch.bool, device=seq.device)[None]
            mask = torch.zeros(blocked.shape, device=seq.device).masked_fill(blocked, float("-inf"))
            mask = mask.repeat_interleave(heads, dim=0)
            for layer in self.encoder.layers:
                x = layer(x, src_mask=mask) * keep
            return self.norm(x)

        def logits(self, hidden: torch.Tensor) -> torch.Tensor:
            return hidden @ self.items.weight[1:].T

    return Net()


@dataclass(frozen=True)
class SASRecParams:
    """The hyper-parameters of :class:`SASRec` (the first five shape the network).

    Attributes:
        dim: embedding size.
        max_len: longest history read (older items are dropped).
        blocks: transformer blocks.
        heads: attention heads.
        dropout: dropout rate.
        epochs: training epochs.
        batch_size: sequences per step.
        lr: Adam learning rate.
        weight_decay: AdamW weight decay.
        seed: random seed (torch and numpy).
        progress: show a progress bar per epoch.
    """

    dim: int = 64
    max_len: int = 50
    blocks: int = 2
    heads: int = 1
    dropout: float = 0.2
    epochs: int = 10
    batch_size: int = 128
    lr: float = 1e-3
    weight_decay: float = 0.0
    seed: int = 42
    progress: bool = False


class SASRec(Recommender[SASRecParams]):
    """Self-attentive sequential recommendation with full softmax cross-entropy.

    Args:
        params: the hyper-parameters (:class:`SASRecParams`).
        device: "cpu" or "cuda" (from `Settings.resolved_device`); :meth:`to` moves the model.
        **overrides: hyper-parameters to change from ``params``.
    """

    name = "sasrec"
    reason_template = None

    def __init__(
        self, params: SASRecParams | None = None, device: str = "cpu", **overrides: Any
    ) -> None:
        super().__init__(params, **overrides)
        self.device = device
        self.net: Any = None
        self.train_seconds = 0.0

    def _pad(self, histories: Sequence[np.ndarray]) -> np.ndarray:
        """Left-padded (B, L) array of item index + 1 (0 = padding), L = longest (<= max_len)."""
        max_len = self.params.max_len
        length = max(1, min(max_len, max((len(h) for h in histories), default=1)))
        out = np.zeros((len(histories), length), dtype=np.int64)
        for r, h in enumerate(histories):
            tail = h[-length:]
            if len(tail):
                out[r, length - len(tail) :] = tail + 1
        return out

    def fit(self, data: Interactions) -> Self:
        """Train with next-item full cross-entropy on every position of every sequence."""
        import torch
        from tqdm import tqdm

        self._set_vocabulary(data)
        if self.device.startswith("cuda") and not torch.cuda.is_available():
            raise RankingError(
                f"sasrec device: expected cpu (CUDA is not available), got {self.device!r}"
            )
        p = self.params
        torch.manual_seed(p.seed)
        rng = np.random.default_rng(p.seed)
        net = _build_network(data.n_items, p).to(self.device)
        opt = torch.optim.AdamW(net.parameters(), lr=p.lr, weight_decay=p.weight_decay)
        seqs = [s[-(p.max_len + 1) :] for s in data.sequences if len(s) >= 2]
        if not seqs:
            raise RankingError("sasrec: expected sequences of at least 2 items, got none")
        # Bucket by length so batches carry little padding.
        order = np.argsort([len(s) for s in seqs], kind="stable")
        batches = [order[i : i + p.batch_size] for i in range(0, len(order), p.batch_size)]
        start = time.perf_counter()
        net.train()
        for epoch in range(p.epochs):
            rng.shuffle(batches)
            total, count = 0.0, 0
            for b in tqdm(
                batches,
                desc=f"sasrec epoch {epoch + 1}/{p.epochs}",
                disable=not p.progress,
                leave=False,
            ):
                chunk = [seqs[i] for i in b]
                inputs = self._pad([s[:-1] for s in chunk])
                targets = self._pad([s[1:] for s in chunk])  # same lengths, aligned
                x = torch.from_numpy(inputs).to(self.device)
                y = torch.from_numpy(targets).to(self.device)
                hidden = net(x)
                mask = y > 0
                logits = net.logits(hidden[mask])
                loss = torch.nn.functional.cross_entropy(logits, y[mask] - 1)
                opt.zero_grad(set_to_none=True)
                loss.backward()
                opt.step()
                total += float(loss.detach()) * int(mask.sum())
                count += int(mask.sum())
            logger.info("sasrec epoch %d: loss %.4f", epoch + 1, total / max(count, 1))
        self.train_seconds = time.perf_counter() - start
        net.eval()
        self.net = net
        return self

    def score_batch(self, histories: Sequence[np.ndarray]) -> np.ndarray:
        """Logits over every item after reading each history (batched forward pass)."""
        import torch

        self._check_fitted()
        out = np.zeros((len(histories), len(self.item_ids)), dtype=np.float32)
        nonempty = [r for r, h in enumerate(histories) if len(h)]
        if not nonempty:
            return out
        with torch.inference_mode():
            x = torch.from_numpy(self._pad([histories[r] for r in nonempty])).to(self.device)
            hidden = self.net(x)[:, -1]
            out[nonempty] = self.net.logits(hidden).float().cpu().numpy()
        return out

    def score_vector(self, history: np.ndarray, negatives: np.ndarray | None = None) -> np.ndarray:
        """Logits over every item after reading the history."""
        return self.score_batch([history])[0]

    def _state(self) -> dict[str, Any]:
        import torch

        buf = io.BytesIO()
        torch.save(self.net.state_dict(), buf)
        state = {k: v for k, v in self.__dict__.items() if k != "net"}
        state["weights"] = buf.getvalue()
        return state

    def _restore(self, state: dict[str, Any]) -> None:
        import torch

        state = dict(state)
        weights = state.pop("weights")
        super()._restore(state)
        if self.device.startswith("cuda") and not torch.cuda.is_available():
            self.device = "cpu"
        net = _build_network(len(self.item_ids), self.params)
        net.load_state_dict(torch.load(io.BytesIO(weights), map_location="cpu"))
        self.net = net.to(self.device).eval()

    def to(self, device: str) -> Self:
        """Move the network to another device ("cpu" or "cuda")."""
        self.device = device
        if self.net is not None:
            self.net = self.net.to(device)
        return self


__all__ = ["Path", "SASRec"]
