"""Offline evaluation: leave-one-out, full ranking over every item, the user's history masked.

Protocol (see docs/RANKING.md): for every user with >= 3 items, the last item is the test item
and the second last the validation item; models are fitted on the rest. Fusion weights are fitted
on the validation item of a seeded sample of users (history: the training items only), the learned
reranker on the validation items of every user outside a second seeded sample, which picks the
best fusion. The test ranks the last item given the training items plus the validation item.
`LeaveOneOut.check_no_leak` and `check_histories` guard that no held-out item reaches training,
the weight fitting or the reranker.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np
from tqdm import tqdm

from ranking.attributes import ItemAttributes, for_vocabulary
from ranking.base import Recommender
from ranking.data import Interactions, LeaveOneOut
from ranking.errors import RankingError
from ranking.fusion import fit_weights, rrf, weighted_sum, zscore
from ranking.metrics import KS, summarise, target_ranks
from ranking.reranker import RERANK_DEPTH, LearnedReranker

logger = logging.getLogger(__name__)

CHEAP_MODELS = ("popularity", "itemcf", "transitions", "content")
FUSIONS = ("weighted", "rrf", "cascade", "learned")

PUBLISHED = [
    {"model": "PopRec (published)", "recall@10": 0.0152, "ndcg@10": 0.0068},
    {"model": "BERT4Rec (published)", "recall@10": 0.0347, "ndcg@10": 0.0170},
    {"model": "SASRec (published)", "recall@10": 0.0605, "ndcg@10": 0.0318},
    {"model": "S3-Rec (published)", "recall@10": 0.0647, "ndcg@10": 0.0327},
    {"model": "TIGER (published)", "recall@10": 0.0648, "ndcg@10": 0.0384},
    {"model": "SASRec full CE (reported)", "recall@10": 0.083, "ndcg@10": 0.041},
]


@dataclass
class EvalResult:
    """Rows of metrics (one per model and per fusion), the fitted weights, and timings."""

    rows: list[dict[str, Any]]
    weights: dict[str, float]
    valid_rows: list[dict[str, Any]]
    fit_seconds: dict[str, float]
    users: int
    items: int
    best_fusion: str
    extra: dict[str, Any] = field(default_factory=dict)


class Accumulator:
    """One row of a pass's figures (a model's or a fusion's): the rank of each target in its
    scores and the items it put in someone's top 10."""

    def __init__(self, n_items: int) -> None:
        self.ranks: list[np.ndarray] = []
        self.covered = np.zeros(n_items, dtype=bool)

    def add(self, scores: np.ndarray, targets: np.ndarray) -> None:
        self.ranks.append(target_ranks(scores, targets))
        k = min(10, scores.shape[1]) - 1
        top = np.argpartition(-scores, k, axis=1)[:, : k + 1]
        self.covered[top.ravel()] = True

    def row(self, name: str) -> dict[str, Any]:
        ranks = np.concatenate(self.ranks) if self.ranks else np.zeros(0)
        return {"model": name, **summarise(ranks, KS), "coverage@10": float(self.covered.mean())}


def _masks(histories: Sequence[np.ndarray], n_items: int) -> np.ndarray:
    mask = np.zeros((len(histories), n_items), dtype=bool)
    for r, h in enumerate(histories):
        mask[r, h] = True
    return mask


def _model_scores(
    models: Mapping[str, Recommender], histories: Sequence[np.ndarray], n_items: int
) -> dict[str, np.ndarray]:
    return {name: m.score_batch(histories)[:, :n_items] for name, m in models.items()}


Batch = tuple[Sequence[np.ndarray], np.ndarray, np.ndarray, dict[str, np.ndarray]]
"""Queries scored together: (histories, targets, history mask, every model's scores of every
item)."""


def _scored_batches(
    models: Mapping[str, Recommender],
    histories: Sequence[np.ndarray],
    targets: np.ndarray,
    n_items: int,
    *,
    batch_size: int,
    desc: str,
    progress: bool,
) -> Iterator[Batch]:
    """The queries ``batch_size`` at a time: (histories, targets, history mask, every model's
    scores of every item), with a progress bar."""
    for start in tqdm(range(0, len(histories), batch_size), desc=desc, disable=not progress):
        hist = histories[start : start + batch_size]
        mask = _masks(hist, n_items)
        yield hist, targets[start : start + batch_size], mask, _model_scores(models, hist, n_items)


def cascade_scores(
    normalised: Mapping[str, np.ndarray],
    weights: Mapping[str, float],
    mask: np.ndarray,
    depth: int,
) -> np.ndarray:
    """Cheap models prefilter ``depth`` items; the full weighted sum rescoring only those."""
    cheap = {n: w for n, w in weights.items() if n in CHEAP_MODELS and w > 0}
    if not cheap:
        cheap = {n: 1.0 for n in normalised if n in CHEAP_MODELS} or dict(weights)
    stage1 = np.where(mask, -np.inf, weighted_sum(normalised, cheap))
    d = min(depth, stage1.shape[1] - 1)
    keep = np.argpartition(-stage1, d - 1, axis=1)[:, :d]
    final = np.full(stage1.shape, -np.inf, dtype=np.float32)
    full = weighted_sum(normalised, weights)
    np.put_along_axis(final, keep, np.take_along_axis(full, keep, axis=1), axis=1)
    return np.where(mask, -np.inf, final)


def run_pass(
    models: Mapping[str, Recommender],
    histories: Sequence[np.ndarray],
    targets: np.ndarray,
    n_items: int,
    weights: Mapping[str, float] | None,
    *,
    batch_size: int,
    cascade_depth: int,
    desc: str,
    progress: bool,
    learned: LearnedReranker | None = None,
    attributes: ItemAttributes | None = None,
) -> dict[str, Accumulator]:
    """One pass over ``histories`` (users' histories, their ``targets`` held out): each model's
    figures, and with ``weights`` each fusion's (weighted sum, reciprocal rank, cascade, and the
    ``learned`` reranker when there is one), each an `Accumulator` by its name. The evaluation
    reports it on the validation and test users; training reads it to choose the fusion it
    serves."""
    acc = {name: Accumulator(n_items) for name in models}
    if weights is not None:
        for f in FUSIONS:
            if f != "learned" or learned is not None:
                acc[f] = Accumulator(n_items)
    batches = _scored_batches(
        models, histories, targets, n_items, batch_size=batch_size, desc=desc, progress=progress
    )
    for hist, tgt, mask, raw in batches:
        masked = {}
        for name, s in raw.items():
            masked[name] = np.where(mask, -np.inf, s)
            acc[name].add(masked[name], tgt)
        if weights is None:
            continue
        norm = {name: zscore(s, mask) for name, s in raw.items()}
        fused = np.where(mask, -np.inf, weighted_sum(norm, weights))
        acc["weighted"].add(fused, tgt)
        used = {n: masked[n] for n, w in weights.items() if w > 0} or masked
        acc["rrf"].add(np.where(mask, -np.inf, rrf(used)), tgt)
        acc["cascade"].add(cascade_scores(norm, weights, mask, cascade_depth), tgt)
        if learned is not None:
            assert attributes is not None
            top, z_top, lengths, attrs = rerank_inputs(norm, fused, hist, attributes)
            final = np.full(fused.shape, -np.inf, dtype=np.float32)
            np.put_along_axis(final, top, learned.score(z_top, lengths, attrs), axis=1)
            acc["learned"].add(np.where(mask, -np.inf, final), tgt)
    return acc


def rerank_inputs(
    normalised: Mapping[str, np.ndarray],
    fused: np.ndarray,
    histories: Sequence[np.ndarray],
    attributes: ItemAttributes,
    depth: int = RERANK_DEPTH,
) -> tuple[np.ndarray, dict[str, np.ndarray], np.ndarray, np.ndarray]:
    """What the learned reranker reads for a batch: the weighted sum's top ``depth`` items
    (B, depth), each model's z-scores of them, the history lengths and their attribute features.

    Args:
        normalised: model -> (B, n) z-scores over the catalog.
        fused: (B, n) weighted sum, history masked with -inf.
        histories: the B query histories.
        attributes: the catalog attributes of the vocabulary.
        depth: items reordered per user.
    """
    d = min(depth, fused.shape[1])
    top = np.argpartition(-fused, d - 1, axis=1)[:, :d]
    z_top = {n: np.take_along_axis(v, top, axis=1) for n, v in normalised.items()}
    lengths = np.array([len(h) for h in histories])
    return top, z_top, lengths, attributes.batch_features(histories, top)


def _weight_candidates(
    batches: Iterable[Batch], names: Sequence[str], n_items: int, depth: int
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Normalised scores of each validation user's candidates (union of the models' top items)."""
    depth = min(depth, n_items)
    per_model: dict[str, list[np.ndarray]] = {n: [] for n in names}
    columns: list[np.ndarray] = []
    width = depth * len(names)
    for hist, tgt, mask, raw in batches:
        norm = {n: zscore(s, mask) for n, s in raw.items()}
        tops = [
            np.argpartition(-np.where(mask, -np.inf, raw[n]), depth - 1, axis=1)[:, :depth]
            for n in names
        ]
        union = np.concatenate(tops, axis=1)
        cand = np.full((len(hist), width), -1, dtype=np.int64)
        col = np.full(len(hist), -1, dtype=np.int64)
        for r in range(len(hist)):
            u = np.unique(union[r])
            cand[r, : len(u)] = u
            hit = np.nonzero(u == tgt[r])[0]
            col[r] = hit[0] if len(hit) else -1
        rows = np.arange(len(hist))[:, None]
        for n in names:
            vals = norm[n][rows, np.maximum(cand, 0)]
            per_model[n].append(np.where(cand >= 0, vals, -1e9).astype(np.float32))
        columns.append(col)
    return {n: np.concatenate(v) for n, v in per_model.items()}, np.concatenate(columns)


def fit_reranker(
    batches: Iterable[Batch],
    names: Sequence[str],
    weights: Mapping[str, float],
    attributes: ItemAttributes,
) -> LearnedReranker | None:
    """The learned reranker fitted on validation queries: each user's top items of the weighted
    sum, the validation item labelled (None when no validation item is among them, e.g. on tiny
    data).

    Args:
        batches: the validation queries, scored by the models ``names``.
        names: the models, in their order.
        weights: the weighted sum's weights.
        attributes: the catalog attributes of the vocabulary.
    """
    z_parts: dict[str, list[np.ndarray]] = {n: [] for n in names}
    lengths, attrs, columns = [], [], []
    for hist, tgt, mask, raw in batches:
        norm = {n: zscore(s, mask) for n, s in raw.items()}
        fused = np.where(mask, -np.inf, weighted_sum(norm, weights))
        top, z_top, length, attr = rerank_inputs(norm, fused, hist, attributes)
        hit = top == tgt[:, None]
        columns.append(np.where(hit.any(axis=1), hit.argmax(axis=1), -1))
        for n, v in z_top.items():
            z_parts[n].append(v)
        lengths.append(length)
        attrs.append(attr)
    cols = np.concatenate(columns)
    if not (cols >= 0).any():
        return None
    return LearnedReranker(list(names)).fit(
        {n: np.concatenate(v) for n, v in z_parts.items()},
        np.concatenate(lengths),
        np.concatenate(attrs),
        cols,
    )


def validation_samples(
    n_users: int, size: int, seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Three seeded sets of evaluated users: a sample of up to ``size`` that fits the fusion
    weights, a disjoint sample of up to ``size`` that picks the best fusion, and everyone
    outside the second sample, who fit the learned reranker (so the pick is not made on the users
    any fusion was fitted on; on data too small for two samples all three are the same users)."""
    rng = np.random.default_rng(seed)
    fit = np.sort(rng.choice(n_users, size=min(size, n_users), replace=False))
    rest = np.setdiff1d(np.arange(n_users), fit)
    if len(rest) == 0:
        return fit, fit, fit
    select = np.sort(rng.choice(rest, size=min(size, len(rest)), replace=False))
    outside = np.setdiff1d(np.arange(n_users), select)
    return fit, select, outside


def _validation_queries(
    split: LeaveOneOut, all_valid: Sequence[np.ndarray], rows: np.ndarray
) -> tuple[list[np.ndarray], np.ndarray]:
    """The validation histories and items of ``rows`` (indices into ``split.users``), checked."""
    hist = [all_valid[i] for i in rows]
    sub = LeaveOneOut(
        split.full, split.train, split.users[rows], split.valid[rows], split.test[rows]
    )
    sub.check_histories(hist, "valid")
    return hist, split.valid[rows]


@dataclass(frozen=True)
class FittedFusion:
    """The fusions fitted on validation users (see `validation_samples`).

    Attributes:
        weights: model -> weight in the weighted sum (1.0 for a single model).
        learned: the learned reranker; None for a single model or when no validation item was
            among its candidates.
        select: the histories and validation items of the users who pick the best fusion.
        users: how many users fitted the weights, fitted the reranker, and pick.
    """

    weights: dict[str, float]
    learned: LearnedReranker | None
    select: tuple[list[np.ndarray], np.ndarray]
    users: tuple[int, int, int]


def fit_fusion(
    models: Mapping[str, Recommender],
    split: LeaveOneOut,
    attributes: ItemAttributes,
    *,
    valid_users: int,
    seed: int,
    batch_size: int,
    candidate_depth: int,
    progress: bool,
) -> FittedFusion:
    """Fit the fusion weights and the learned reranker of ``models`` (fitted on the training
    split) on the validation items, each on its own seeded sample of users.

    Args:
        models: the fitted models by name.
        split: the leave-one-out split they were fitted on.
        attributes: the catalog attributes of the vocabulary, for the learned reranker.
        valid_users: the size of the samples that fit the weights and pick the best fusion.
        seed: the seed of the samples.
        batch_size: users scored at once.
        candidate_depth: each model's top items pooled as candidates when fitting weights.
        progress: show progress bars.
    """
    pick, held, outside = validation_samples(len(split.users), valid_users, seed)
    all_valid = split.valid_histories()
    v_hist, v_tgt = _validation_queries(split, all_valid, pick)
    select = _validation_queries(split, all_valid, held)
    users = (len(pick), len(outside), len(held))
    if len(models) <= 1:
        return FittedFusion({n: 1.0 for n in models}, None, select, users)
    names, n_items = list(models), attributes.n_items
    scored = partial(
        _scored_batches, models, n_items=n_items, batch_size=batch_size, progress=progress
    )
    cand, cols = _weight_candidates(
        scored(v_hist, v_tgt, desc="fit weights"), names, n_items, candidate_depth
    )
    weights, _ = fit_weights(cand, cols)
    r_hist, r_tgt = _validation_queries(split, all_valid, outside)
    learned = fit_reranker(scored(r_hist, r_tgt, desc="fit reranker"), names, weights, attributes)
    return FittedFusion(weights, learned, select, users)


def evaluate(
    data: Interactions,
    models: Mapping[str, Recommender],
    *,
    split: LeaveOneOut | None = None,
    valid_users: int = 4000,
    seed: int = 42,
    batch_size: int = 512,
    candidate_depth: int = 100,
    cascade_depth: int = 200,
    progress: bool = True,
    attributes: ItemAttributes | None = None,
) -> EvalResult:
    """Fit the models on the training split, fit fusion weights on validation, score the test.

    Args:
        data: every user's full sequence.
        models: unfitted models by name (fitted here on the training split only).
        split: a precomputed split (default: leave-one-out of ``data``); checked for leaks.
        valid_users: how many users (seeded sample) fit the fusion weights; as many others
            pick the best fusion.
        seed: seed of the validation sample.
        batch_size: users scored at once.
        candidate_depth: each model's top items pooled as candidates when fitting weights.
        cascade_depth: items the cheap models pass on to the costly ones in the cascade.
        progress: show progress bars.
        attributes: catalog attributes of ``data.item_ids`` for the learned reranker (default:
            none known, so it reads only the models' scores).

    Raises:
        LeakError: held-out items reached the training data or the query histories.
        RankingError: no models, or data too small.
    """
    if not models:
        raise RankingError("evaluate: expected at least one model, got none")
    split = split or LeaveOneOut.split(data)
    split.check_no_leak()
    n_items = data.n_items
    fit_seconds: dict[str, float] = {}
    for name, model in models.items():
        start = time.perf_counter()
        logger.info("fitting %s on %d training events", name, split.train.n_events)
        model.fit(split.train)
        fit_seconds[name] = time.perf_counter() - start
    split.check_no_leak()

    attributes = for_vocabulary(attributes, data.item_ids)
    fusion = fit_fusion(
        models, split, attributes, valid_users=valid_users, seed=seed, batch_size=batch_size,
        candidate_depth=candidate_depth, progress=progress,
    )  # fmt: skip
    weights, learned = fusion.weights, fusion.learned
    fusion_weights = weights if len(models) > 1 else None
    valid_acc = run_pass(
        models, *fusion.select, n_items, fusion_weights, batch_size=batch_size,
        cascade_depth=cascade_depth, desc="validation", progress=progress, learned=learned,
        attributes=attributes,
    )  # fmt: skip
    valid_rows = [a.row(name) for name, a in valid_acc.items()]
    fusion_rows = [r for r in valid_rows if r["model"] in FUSIONS]
    best = max(fusion_rows, key=lambda r: r["ndcg@10"])["model"] if fusion_rows else ""

    t_hist = split.test_histories()
    split.check_histories(t_hist, "test")
    test_acc = run_pass(
        models, t_hist, split.test, n_items, fusion_weights, batch_size=batch_size,
        cascade_depth=cascade_depth, desc="test", progress=progress, learned=learned,
        attributes=attributes,
    )  # fmt: skip
    rows = []
    for name, a in test_acc.items():
        row = a.row(name)
        row["fit_s"] = round(fit_seconds.get(name, 0.0), 2)
        rows.append(row)
    if best:
        chosen = next(r for r in rows if r["model"] == best)
        rows.append({**chosen, "model": "fused", "fusion": best})
    return EvalResult(
        rows=rows,
        weights=weights,
        valid_rows=valid_rows,
        fit_seconds=fit_seconds,
        users=len(split.users),
        items=n_items,
        best_fusion=best,
        extra={"learned": learned.to_dict()} if learned is not None else {},
    )
