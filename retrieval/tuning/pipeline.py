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
from retrieval.errors import RetrievalError
from retrieval.tuning.artifact import latest, new_version, publish, read_manifest
from retrieval.tuning.blend import DEFAULT_BLEND, blend_into, check_alpha
from retrieval.tuning.needs import load_needs
from retrieval.tuning.pairs import Pair, check_shares, mine_pairs
from retrieval.tuning.trainer import TuneParams, fine_tune, load_base, triplet_accuracy

logger = logging.getLogger(__name__)

NEED_NEGATIVES = ("sibling", "base")
"""How a ``need`` pair's negative is drawn: any product of a sibling category, or one the base
model ranks highest for the phrase among them (`retrieval.tuning.pairs.NEED_NEGATIVE_TOP`)."""
MEASURED_SHARES: dict[str, float] = {
    "neighbour": 0.45, "need": 0.35, "bought": 0.15, "brand": 0.05, "category": 0.0,
}  # fmt: skip
"""The measured recipe's mix (the fifth run's C2, docs/BENCHMARKS.md "Tuned embedder"), this
pipeline's default: ``neighbour`` pairs (the base model's near-duplicates within a leaf) keep
the item-level differences the content ranker scores by, where the co-purchase-heavy
`pairs.DEFAULT_SHARES` (what `mine_pairs` takes with no base vectors) lost 12-16% of its NDCG;
``need`` pairs teach need queries."""
MEASURED_NEED_NEGATIVES = "base"
"""The measured recipe's need negatives: the base model's own confusions (`NEED_NEGATIVES`)."""
MEASURED_PAIRS = 3000
"""Pairs the measured recipe mines (5% held out): 90 steps of 32 triples."""
MEASURED_STEPS = 51
"""Steps the measured model trained for (the seventh run, docs/BENCHMARKS.md: its 20-minute
limit stopped it at 51 of 90, the schedule spanning all 90); `shopassist tune embedder`'s
default ``--max-steps``, so its defaults rebuild the model the default `auto` was chosen on."""


def tune_embedder(
    products: Sequence[Product],
    sequences: Sequence[Sequence[str]],
    data_dir: Path | str,
    *,
    base_model: str = DEFAULT_MODEL,
    device: str = "cpu",
    max_pairs: int = MEASURED_PAIRS,
    shares: Mapping[str, float] | None = None,
    params: TuneParams | None = None,
    needs: Mapping[str, Sequence[str]] | None = None,
    data_fingerprint: str = "",
    progress: bool = True,
    seed: int = 42,
    blend: float = DEFAULT_BLEND,
    vectors: Mapping[str, Any] | None = None,
    need_negatives: str = MEASURED_NEED_NEGATIVES,
) -> dict[str, Any]:
    """Fine-tune the embedder on the store's data and publish it as a new version.

    Args:
        products: the catalog.
        sequences: training purchase sequences (item ids); only these form ``bought`` pairs.
        data_dir: the data dir (the model goes to ``<data_dir>/embedders/<version>``).
        base_model: the model to start from (the packaged default or a path).
        device: "cpu" or "cuda".
        max_pairs: pairs mined in all (5% held out for early stopping).
        shares: the mix of pair kinds (default `MEASURED_SHARES`).
        params: training settings.
        needs: category -> need phrases (default: the packaged ``needs.yaml``).
        data_fingerprint: the fingerprint of the events the sequences come from.
        progress: show progress bars.
        seed: the random seed of mining and training.
        blend: the tuned weights' share in the published model, the rest the base's (WiSE-FT,
            `retrieval.tuning.blend`); 1 publishes the tuned model as trained.
        vectors: product id -> the base model's vector, for ``neighbour`` pairs (e.g. the
            base index's vectors); when the mix has them and none are given, the base model
            encodes the catalog first.
        need_negatives: "base" (a need pair's negative: one of the sibling-category products
            the base model ranks highest for the phrase, its own confusion; needs the base
            vectors, encoded as for ``neighbour``; the measured recipe) or "sibling" (any
            product of a sibling category).

    Raises:
        RetrievalError: ``need_negatives`` is neither "sibling" nor "base".

    Returns:
        The manifest written beside the model (with ``path``).
    """
    blend = check_alpha(blend)
    if need_negatives not in NEED_NEGATIVES:
        raise RetrievalError(
            f"need negatives: expected one of {NEED_NEGATIVES}, got {need_negatives!r}"
        )
    params = params or TuneParams(seed=seed)
    started = time.perf_counter()
    mix = check_shares(shares if shares is not None else MEASURED_SHARES)
    model = load_base(base_model, device)
    hard_needs = need_negatives == "base" and mix["need"] > 0
    if (mix["neighbour"] > 0 or hard_needs) and not vectors:
        vectors = _encode(model, products)
    needs = needs if needs is not None else load_needs()
    need_vectors = _encode_phrases(model, needs) if hard_needs else None
    pairs = mine_pairs(
        products, sequences, needs, max_pairs=max_pairs, shares=mix, seed=seed, vectors=vectors,
        need_vectors=need_vectors,
    )  # fmt: skip
    logger.info("mined %s pairs: %s", len(pairs.train) + len(pairs.held_out), pairs.counts)
    metrics = fine_tune(model, pairs.train, pairs.held_out, params, device=device,
                        progress=progress)  # fmt: skip
    if blend < 1.0:
        metrics["blend"] = _blend(model, base_model, device, blend, pairs.held_out)
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
            "need_negatives": need_negatives,
            **metrics.pop("params"),
        },
        "metrics": metrics,
        "blend": blend,
    }
    manifest["seconds"] = round(time.perf_counter() - started, 1)
    version = new_version()
    path = publish(model, manifest, data_dir, version)
    manifest["path"] = str(path)
    manifest["version"] = version
    return manifest


def _encode(model: Any, products: Sequence[Product]) -> dict[str, Any]:
    """The catalog's vectors under ``model`` (the base, before training), by product id."""
    from retrieval.text import product_text

    logger.info("encoding %s products with the base model for neighbour pairs", len(products))
    encoded = model.encode(
        [product_text(p) for p in products], batch_size=64, normalize_embeddings=True,
        convert_to_numpy=True,
    )  # fmt: skip
    return {p.id: v for p, v in zip(products, encoded, strict=True)}


def _encode_phrases(model: Any, needs: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """Every need phrase's vector under ``model`` (the base, before training)."""
    phrases = sorted({p for ps in needs.values() for p in ps})
    if not phrases:
        return {}
    encoded = model.encode(phrases, batch_size=64, normalize_embeddings=True,
                           convert_to_numpy=True)  # fmt: skip
    return dict(zip(phrases, encoded, strict=True))


def _blend(
    model: Any, base_model: str, device: str, alpha: float, held_out: Sequence[Pair]
) -> dict[str, Any]:
    """Blend ``model`` with its base in place; the blend's held-out triplet accuracy."""
    blend_into(model, load_base(base_model, device), alpha)
    return {
        "alpha": alpha,
        "held_out_triplet_accuracy": round(triplet_accuracy(model, held_out), 4),
    }


def blend_version(
    data_dir: Path | str, alpha: float, *, source: Path | str | None = None, device: str = "cpu"
) -> dict[str, Any]:
    """Publish a new version that blends a tuned version with its base model (no training).

    Args:
        data_dir: the data dir.
        alpha: the tuned weights' share, in [0, 1].
        source: the tuned version's folder (default: the newest); it must be unblended.
        device: where the weights are blended.

    Returns:
        The new version's manifest (with ``path``): the source's, with ``blend`` set and
        ``blended_from`` naming the source.

    Raises:
        RetrievalError: alpha outside [0, 1], nothing tuned, or the source is itself a blend.
    """
    alpha = check_alpha(alpha)
    folder = Path(source) if source is not None else latest(data_dir)
    manifest = read_manifest(folder)
    if float(manifest.get("blend", 1.0)) != 1.0:
        raise RetrievalError(
            f"blend: expected an unblended tuned version, got {folder.name} (blend "
            f"{manifest['blend']}); blend the version it came from ({manifest.get('blended_from')})"
        )
    started = time.perf_counter()
    model = blend_into(
        load_base(str(folder), device), load_base(manifest["base_model"], device), alpha
    )
    record = {key: value for key, value in manifest.items() if key not in ("version", "path")}
    record |= {
        "created_at": datetime.now(UTC).isoformat(),
        "blend": alpha,
        "blended_from": folder.name,
        "blend_seconds": round(time.perf_counter() - started, 1),
    }
    version = new_version()
    path = publish(model, record, data_dir, version)
    return {**record, "path": str(path), "version": version}
