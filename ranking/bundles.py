"""Bundles ("frequently bought together") evaluated on invoice baskets.

Protocol: baskets with >= 2 distinct items; the last ``test_fraction`` of baskets by date is the
test set; from each test basket one item (seeded choice) is held out and ranked over all training
items given the rest of the basket (the rest is masked). Hit rate and NDCG at 10.

Methods: item-to-item CF (`ItemCF` on the training baskets), item CF with a popularity prior,
popularity alone, and an association-rules baseline from mlxtend (apriori + association_rules,
each candidate scored by the best confidence of a rule whose antecedent lies in the basket,
popularity breaking ties).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from catalog.event_reads import EventRow
from ranking.data import Interactions
from ranking.errors import RankingError
from ranking.fusion import zscore
from ranking.metrics import target_ranks

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Basket:
    """One invoice: its id, date and distinct items (in first-seen order)."""

    basket_id: str
    when: datetime | None
    items: tuple[str, ...]
    user_id: str | None = None


def baskets_from_rows(rows: Iterable[EventRow], min_items: int = 2) -> list[Basket]:
    """Purchase baskets (by ``basket_id``) with at least ``min_items`` distinct items, by date."""
    items: dict[str, dict[str, None]] = {}
    when: dict[str, datetime | None] = {}
    users: dict[str, str | None] = {}
    for user, item_id, kind, _value, ts, _pos, basket_id in rows:
        if basket_id is None or kind != "purchase":
            continue
        users.setdefault(basket_id, user)
        items.setdefault(basket_id, {})[item_id] = None
        if ts is not None and (when.get(basket_id) is None or ts < when[basket_id]):
            when[basket_id] = ts
        else:
            when.setdefault(basket_id, ts)
    out = [
        Basket(b, when.get(b), tuple(i), users.get(b))
        for b, i in items.items()
        if len(i) >= min_items
    ]
    out.sort(key=lambda b: (b.when or datetime.min, b.basket_id))
    return out


def split_by_date(baskets: Sequence[Basket], test_fraction: float = 0.2) -> tuple[list, list]:
    """(train, test): the last ``test_fraction`` of baskets by date is the test set."""
    if not 0 < test_fraction < 1:
        raise RankingError(f"test_fraction: expected a value in (0, 1), got {test_fraction}")
    cut = round(len(baskets) * (1 - test_fraction))
    if cut == 0 or cut == len(baskets):
        raise RankingError(f"bundles: expected enough baskets to split, got {len(baskets)}")
    return list(baskets[:cut]), list(baskets[cut:])


def hold_out(
    test: Sequence[Basket], vocabulary: dict[str, int], seed: int = 42
) -> tuple[list[np.ndarray], np.ndarray, list[str | None]]:
    """For each test basket with >= 2 known items: (rest of the basket, held-out item, user)."""
    rng = np.random.default_rng(seed)
    rests, targets, users = [], [], []
    for basket in test:
        known = [vocabulary[i] for i in basket.items if i in vocabulary]
        if len(known) < 2:
            continue
        j = int(rng.integers(len(known)))
        targets.append(known[j])
        rests.append(np.array(known[:j] + known[j + 1 :], dtype=np.int64))
        users.append(basket.user_id)
    return rests, np.array(targets, dtype=np.int64), users


def rules_scores(
    train: Sequence[Basket],
    item_ids: Sequence[str],
    rests: Sequence[np.ndarray],
    *,
    min_support: float = 0.005,
    min_confidence: float = 0.05,
    max_len: int = 3,
) -> np.ndarray:
    """mlxtend apriori + association_rules: best confidence of an applicable rule per item."""
    import pandas as pd
    from mlxtend.frequent_patterns import apriori, association_rules

    index = {item: i for i, item in enumerate(item_ids)}
    onehot = np.zeros((len(train), len(item_ids)), dtype=bool)
    for r, basket in enumerate(train):
        onehot[r, [index[i] for i in basket.items]] = True
    frame = pd.DataFrame(onehot, columns=list(range(len(item_ids))))
    frequent = apriori(
        frame, min_support=min_support, use_colnames=True, max_len=max_len, low_memory=True
    )
    if frequent.empty:
        return np.zeros((len(rests), len(item_ids)), dtype=np.float32)
    rules = association_rules(frequent, metric="confidence", min_threshold=min_confidence)
    rules = rules[rules["consequents"].apply(len) == 1]
    logger.info("association rules: %d frequent itemsets, %d rules", len(frequent), len(rules))
    out = np.zeros((len(rests), len(item_ids)), dtype=np.float32)
    if rules.empty:
        return out
    from scipy.sparse import csr_matrix

    ante_sets = [list(a) for a in rules["antecedents"]]
    size = np.array([len(a) for a in ante_sets], dtype=np.float32)
    ante = csr_matrix(
        (
            np.ones(int(size.sum()), dtype=np.float32),
            np.concatenate(ante_sets).astype(np.int64),
            np.concatenate([[0], np.cumsum(size)]).astype(np.int64),
        ),
        shape=(len(rules), len(item_ids)),
    )
    cons = np.array([next(iter(c)) for c in rules["consequents"]], dtype=np.int64)
    conf = rules["confidence"].to_numpy(dtype=np.float32)
    lengths = np.array([len(r) for r in rests], dtype=np.int64)
    have = csr_matrix(
        (
            np.ones(int(lengths.sum()), dtype=np.float32),
            np.concatenate(rests).astype(np.int64),
            np.concatenate([[0], np.cumsum(lengths)]),
        ),
        shape=(len(rests), len(item_ids)),
    )
    hits = (have @ ante.T).tocoo()  # how many antecedent items each basket holds
    full = hits.data >= size[hits.col] - 0.5  # the whole antecedent lies in the basket
    rows, rule = hits.row[full], hits.col[full]
    np.maximum.at(out, (rows, cons[rule]), conf[rule])
    return out


def _history_scores(
    train: Sequence[Basket], users: Sequence[str | None], index: dict[str, int], n: int
) -> np.ndarray:
    """log(1 + times the basket's customer bought each item in the training baskets)."""
    bought: dict[str, dict[int, float]] = {}
    for basket in train:
        if basket.user_id is None:
            continue
        mine = bought.setdefault(basket.user_id, {})
        for item in basket.items:
            mine[index[item]] = mine.get(index[item], 0.0) + 1.0
    out = np.zeros((len(users), n), dtype=np.float32)
    for r, user in enumerate(users):
        for i, c in bought.get(user or "", {}).items():
            out[r, i] = np.log1p(c)
    return out


def _scores(
    train: Sequence[Basket],
    test: Sequence[Basket],
    *,
    seed: int,
    min_support: float,
    history_weight: float,
    with_rules: bool = True,
) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    from ranking.models.itemcf import ItemCF

    data = Interactions.from_sequences({b.basket_id: list(b.items) for b in train})
    rests, targets, users = hold_out(test, data.index, seed)
    if len(targets) == 0:
        raise RankingError("bundles: expected test baskets with known items, got none")
    n = data.n_items
    mask = np.zeros((len(rests), n), dtype=bool)
    for r, rest in enumerate(rests):
        mask[r, rest] = True
    pop = np.asarray(data.user_item_matrix().sum(axis=0)).ravel().astype(np.float32)
    pop_rows = np.broadcast_to(np.log1p(pop), (len(rests), n)).astype(np.float32)
    tiebreak = 1e-4 * pop_rows / max(float(np.log1p(pop.max())), 1.0)

    cf = ItemCF(alpha=0.5, decay=1.0, max_items=1000, top_k=500).fit(data).score_batch(rests)
    history = _history_scores(train, users, data.index, n)
    methods = {"popularity": pop_rows, "itemcf (cosine)": cf + tiebreak}
    if with_rules:
        rules = rules_scores(train, data.item_ids, rests, min_support=min_support)
        methods["assoc-rules (mlxtend)"] = rules + tiebreak
    methods["customer history"] = history + tiebreak
    methods["itemcf + customer history"] = (
        zscore(cf, mask) + history_weight * zscore(history, mask) + tiebreak
    )
    return methods, mask, targets


def _row(name: str, scores: np.ndarray, mask: np.ndarray, targets: np.ndarray, k: int) -> dict:
    ranks = target_ranks(np.where(mask, -np.inf, scores), targets)
    return {
        "model": name,
        f"hr@{k}": float((ranks < k).mean()),
        f"ndcg@{k}": float(np.where(ranks < k, 1 / np.log2(ranks + 2), 0).mean()),
        "mrr": float((1 / (ranks + 1)).mean()),
        "test_baskets": len(targets),
    }


def fit_history_weight(
    train: Sequence[Basket],
    *,
    test_fraction: float = 0.2,
    seed: int = 42,
    grid: Sequence[float] = (0.0, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0),
) -> float:
    """The customer-history weight that maximises NDCG@10 on the last baskets of ``train``."""
    fit, valid = split_by_date(train, test_fraction)
    best_w, best = 0.0, -1.0
    for w in grid:
        methods, mask, targets = _scores(
            fit, valid, seed=seed, min_support=1.0, history_weight=w, with_rules=False
        )
        ndcg = _row("x", methods["itemcf + customer history"], mask, targets, 10)["ndcg@10"]
        if ndcg > best:
            best_w, best = w, ndcg
    logger.info("customer-history weight %.2f (validation NDCG@10 %.4f)", best_w, best)
    return best_w


def evaluate_bundles(
    baskets: Sequence[Basket],
    *,
    test_fraction: float = 0.2,
    seed: int = 42,
    k: int = 10,
    min_support: float = 0.005,
) -> list[dict[str, float | str | None]]:
    """HR@k and NDCG@k of each method on the held-out basket items.

    The only fitted knob (the weight of the customer's own earlier purchases) is chosen on the
    last ``test_fraction`` of the training baskets, never on the test baskets.

    Returns:
        One row per method: {"model", "hr@10", "ndcg@10", "mrr", "test_baskets", ...}.
    """
    train, test = split_by_date(baskets, test_fraction)
    weight = fit_history_weight(train, test_fraction=test_fraction, seed=seed)
    methods, mask, targets = _scores(
        train, test, seed=seed, min_support=min_support, history_weight=weight
    )
    rows: list[dict[str, float | str | None]] = [
        _row(name, scores, mask, targets, k) for name, scores in methods.items()
    ]
    for r in rows:
        r["history_weight"] = weight if "customer" in str(r["model"]) else None
    return rows
