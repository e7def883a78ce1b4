"""Train every model, fit the fusion weights on validation, save artifacts with a manifest.

`train_all` splits the data leave-one-out, fits the models on the training part, fits the fusion
weights on the validation items (and records validation metrics), then refits every model on all
the data for serving and writes ``<artifacts>/<name>.pkl``, ``ranker.json`` and
``manifest.json`` (data fingerprint, parameters, metrics, timings).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from ranking.attributes import ItemAttributes, for_vocabulary
from ranking.data import Interactions, LeaveOneOut
from ranking.evaluate import fit_fusion, run_pass
from ranking.models import make_model
from ranking.ranker import Ranker

logger = logging.getLogger(__name__)

DEFAULT_MODELS = ("popularity", "itemcf", "transitions", "seqknn", "mf", "sasrec")


def build_models(
    names: Sequence[str],
    params: Mapping[str, Mapping[str, Any]] | None = None,
    vectors: Mapping[str, np.ndarray] | None = None,
) -> dict[str, Any]:
    """New unfitted models by name; ``content`` gets ``vectors`` (skipped with a note if None)."""
    params = params or {}
    out = {}
    for name in names:
        p = dict(params.get(name, {}))
        if name == "content":
            if not vectors:
                logger.warning("content model skipped: no item vectors (build the retrieval index)")
                continue
            p["vectors"] = vectors
        out[name] = make_model(name, **p)
    return out


def _public_params(model: Any) -> dict[str, Any]:
    """The model's hyper-parameters and its other plain attributes, for the manifest."""
    keep = asdict(model.params)
    for k, v in vars(model).items():
        if isinstance(v, int | float | str | bool) or v is None:
            keep[k] = v
    return keep


def train_all(
    data: Interactions,
    artifacts_dir: Path,
    *,
    names: Sequence[str] = DEFAULT_MODELS,
    params: Mapping[str, Mapping[str, Any]] | None = None,
    vectors: Mapping[str, np.ndarray] | None = None,
    attributes: ItemAttributes | None = None,
    valid_users: int = 4000,
    seed: int = 42,
    progress: bool = True,
    source_fingerprint: str = "",
) -> dict[str, Any]:
    """Train, fit weights on validation, refit on all data, save; returns the manifest.

    Args:
        data: every user's sequence (from `Interactions.from_store`).
        artifacts_dir: where the models, ranker.json and manifest.json go.
        names: models to train.
        params: per-model keyword arguments.
        vectors: item vectors for the content model.
        attributes: catalog attributes of ``data.item_ids`` for the learned reranker (default:
            none known).
        valid_users: users sampled (seeded) to fit the fusion weights.
        seed: seed of that sample.
        progress: progress bars.
        source_fingerprint: the import's fingerprint, recorded in the manifest.
    """
    split = LeaveOneOut.split(data)
    split.check_no_leak()
    models = build_models(names, params, vectors)
    timings: dict[str, float] = {}
    for name, model in models.items():
        start = time.perf_counter()
        model.fit(split.train)
        timings[f"{name}_valid_fit_s"] = round(time.perf_counter() - start, 2)
        logger.info(
            "fitted %s on the training split in %.1fs", name, timings[f"{name}_valid_fit_s"]
        )
    attributes = for_vocabulary(attributes, data.item_ids)
    fusion = fit_fusion(
        models, split, attributes, valid_users=valid_users, seed=seed, batch_size=512,
        candidate_depth=100, progress=progress,
    )  # fmt: skip
    weights, learned = fusion.weights, fusion.learned
    acc = run_pass(
        models, *fusion.select, data.n_items, weights if len(models) > 1 else None,
        batch_size=512, cascade_depth=200, desc="validation", progress=progress, learned=learned,
        attributes=attributes,
    )  # fmt: skip
    metrics = {
        name: {k: round(v, 5) for k, v in a.row(name).items() if k != "model"}
        for name, a in acc.items()
    }

    for name, model in models.items():
        start = time.perf_counter()
        model.fit(data)
        timings[f"{name}_fit_s"] = round(time.perf_counter() - start, 2)
    # Serve the learned fusion when it beat the weighted sum on validation.
    method = "weighted"
    if (
        learned is not None
        and acc["learned"].row("learned")["ndcg@10"] > (acc["weighted"].row("weighted")["ndcg@10"])
    ):
        method = "learned"
    if method == "learned":
        ranker = Ranker(models, weights, method=method, learned=learned, attributes=attributes)
    else:
        ranker = Ranker(models, weights, method=method)
    manifest = {
        "created_at": datetime.now(UTC).isoformat(),
        "data": {
            "fingerprint": data.fingerprint(),
            "source_fingerprint": source_fingerprint,
            "users": len(data.user_ids),
            "items": data.n_items,
            "events": data.n_events,
        },
        "models": {name: _public_params(m) for name, m in models.items()},
        "weights": weights,
        "fusion": method,
        "validation": {
            "users": fusion.users[0],
            "reranker_users": fusion.users[1],
            "selection_users": fusion.users[2],
            "seed": seed,
            "metrics": metrics,
        },
        "timings": timings,
    }
    _publish(ranker, manifest, Path(artifacts_dir))
    return manifest


def _publish(ranker: Ranker, manifest: dict[str, Any], artifacts_dir: Path) -> None:
    """Write the models and manifest next to ``artifacts_dir``, then swap them in.

    A crash (even kill -9) while writing leaves the previous artifacts in place; a crash
    between the two renames leaves them in ``<dir>.old``, which `load_ranker` puts back.
    """
    staging = artifacts_dir.with_name(artifacts_dir.name + ".partial")
    old = artifacts_dir.with_name(artifacts_dir.name + ".old")
    shutil.rmtree(staging, ignore_errors=True)
    ranker.save(staging)
    (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, default=str))
    shutil.rmtree(old, ignore_errors=True)
    if artifacts_dir.exists():
        os.replace(artifacts_dir, old)
    os.replace(staging, artifacts_dir)
    shutil.rmtree(old, ignore_errors=True)


def load_ranker(artifacts_dir: Path | str) -> Ranker:
    """The ranker saved by `train_all` (raises `RankingError` when nothing is trained)."""
    artifacts_dir = Path(artifacts_dir)
    old = artifacts_dir.with_name(artifacts_dir.name + ".old")
    if not artifacts_dir.exists() and old.exists():  # a crash between the swap's two renames
        os.replace(old, artifacts_dir)
    return Ranker.load(artifacts_dir)
