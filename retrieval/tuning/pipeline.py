"""Mine pairs, fine-tune, publish: the whole `shopassist tune embedder` in one call."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from catalog.schema import Product
from retrieval.embedder import DEFAULT_MODEL
from retrieval.tuning.artifact import new_version, publish
from retrieval.tuning.needs import load_needs
from retrieval.tuning.pairs import DEFAULT_SHARES, check_shares, mine_pairs
from retrieval.tuning.trainer import TuneParams, fine_tune, load_base

logger = logging.getLogger(__name__)


def tune_embedder(
    products: Sequence[Product],
    sequences: Sequence[Sequence[str]],
    data_dir: Path | str,
    *,
    base_model: str = DEFAULT_MODEL,
    device: str = "cpu",
    max_pairs: int = 6000,
    shares: Mapping[str, float] | None = None,
    params: TuneParams | None = None,
    needs: Mapping[str, Sequence[str]] | None = None,
    data_fingerprint: str = "",
    progress: bool = True,
    seed: int = 42,
) -> dict[str, Any]:
    """Fine-tune the embedder on the store's data and publish it as a new version.

    Args:
        products: the catalog.
        sequences: training purchase sequences (item ids); only these form ``bought`` pairs.
        data_dir: the data dir (the model goes to ``<data_dir>/embedders/<version>``).
        base_model: the model to start from (the packaged default or a path).
        device: "cpu" or "cuda".
        max_pairs: pairs mined in all (5% held out for early stopping).
        shares: the mix of pair kinds (default `retrieval.tuning.pairs.DEFAULT_SHARES`).
        params: training settings.
        needs: category -> need phrases (default: the packaged ``needs.yaml``).
        data_fingerprint: the fingerprint of the events the sequences come from.
        progress: show progress bars.
        seed: the random seed of mining and training.

    Returns:
        The manifest written beside the model (with ``path``).
    """
    params = params or TuneParams(seed=seed)
    started = time.perf_counter()
    mix = check_shares(shares if shares is not None else DEFAULT_SHARES)
    pairs = mine_pairs(
        products, sequences, needs if needs is not None else load_needs(), max_pairs=max_pairs,
        shares=mix, seed=seed,
    )  # fmt: skip
    logger.info("mined %s pairs: %s", len(pairs.train) + len(pairs.held_out), pairs.counts)
    model = load_base(base_model, device)
    metrics = fine_tune(model, pairs.train, pairs.held_out, params, device=device,
                        progress=progress)  # fmt: skip
    version = new_version()
    manifest: dict[str, Any] = {
        "created_at": datetime.now(UTC).isoformat(),
        "base_model": base_model,
        "device": device,
        "data": {
            "fingerprint": data_fingerprint,
            "products": len(products),
            "sequences": len(sequences),
            "pairs_fingerprint": pairs.fingerprint(),
            "pairs": pairs.counts,
            "train_pairs": len(pairs.train),
            "held_out_pairs": len(pairs.held_out),
        },
        "parameters": {
            "max_pairs": max_pairs,
            "shares": mix,
            "seed": seed,
            **metrics.pop("params"),
        },
        "metrics": metrics,
    }
    manifest["seconds"] = round(time.perf_counter() - started, 1)
    path = publish(model, manifest, data_dir, version)
    manifest["path"] = str(path)
    manifest["version"] = version
    return manifest
