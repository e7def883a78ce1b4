"""Catalog attributes of the ranked items (brand, category path, price) as features.

The learned reranker (`ranking.reranker`) reads, for each candidate, how it relates to the
shopper's history: same brand as the last item, the share of the history from its brand, how
recently that brand was bought, how deep its category path agrees with the last item's, the share
of the history in its exact category, and its price against the last item's. On Amazon Beauty
these content signals are what the collaborative and sequential scores lack (docs/RANKING.md).

Items are the indices of an `Interactions` vocabulary; index ``len(item_ids)`` stands for an item
the table does not know (all its attributes unknown).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from catalog.store import CatalogStore
from ranking.errors import RankingError

FEATURES = (
    "same_brand_as_last",
    "brand_share",
    "brand_age",
    "category_depth_last",
    "category_share",
    "log_price_diff",
)
NO_MATCH_AGE = 99.0
"""`brand_age` when no history item has the candidate's brand."""


@dataclass(frozen=True)
class ItemAttributes:
    """Brand, category path and price of each item of a vocabulary, as integer codes.

    ``path[i, level]`` is a code of the category path's prefix down to ``level`` (equal codes mean
    equal prefixes), -1 past the path's end; ``leaf[i]`` codes the whole path; ``brand[i]`` is -1
    when unknown, ``log_price[i]`` NaN. Every array has one extra row (the unknown item).
    """

    item_ids: list[str]
    brand: np.ndarray  # (n + 1,) int32
    path: np.ndarray  # (n + 1, depth) int32
    leaf: np.ndarray  # (n + 1,) int32
    log_price: np.ndarray  # (n + 1,) float32

    @classmethod
    def from_records(
        cls,
        item_ids: Sequence[str],
        records: Mapping[str, tuple[str | None, Sequence[str], float | None]],
    ) -> ItemAttributes:
        """From ``{item_id: (brand, category path, price)}``; items without a record are unknown."""
        n = len(item_ids)
        depth = max((len(records[i][1]) for i in item_ids if i in records), default=0)
        brand = np.full(n + 1, -1, dtype=np.int32)
        path = np.full((n + 1, max(depth, 1)), -1, dtype=np.int32)
        leaf = np.full(n + 1, -1, dtype=np.int32)
        log_price = np.full(n + 1, np.nan, dtype=np.float32)
        brands: dict[str, int] = {}
        prefixes: dict[tuple[str, ...], int] = {}
        for row, item in enumerate(item_ids):
            if item not in records:
                continue
            b, categories, price = records[item]
            if b and b.strip():
                brand[row] = brands.setdefault(b.strip().casefold(), len(brands))
            cats = tuple(categories)
            for level in range(len(cats)):
                path[row, level] = prefixes.setdefault(cats[: level + 1], len(prefixes))
            if cats:
                leaf[row] = path[row, len(cats) - 1]
            if price is not None:
                log_price[row] = np.log1p(price)
        return cls(list(item_ids), brand, path, leaf, log_price)

    @classmethod
    def from_store(cls, store: CatalogStore, item_ids: Sequence[str]) -> ItemAttributes:
        """The attributes of ``item_ids`` as the store's catalog records them."""
        wanted = set(item_ids)
        records = {
            p.id: (p.brand, p.categories, p.price) for p in store.iter_products() if p.id in wanted
        }
        return cls.from_records(item_ids, records)

    @classmethod
    def unknown(cls, item_ids: Sequence[str]) -> ItemAttributes:
        """A table that knows nothing (every feature constant)."""
        return cls.from_records(item_ids, {})

    @property
    def n_items(self) -> int:
        """Items in the vocabulary (without the unknown row)."""
        return len(self.item_ids)

    def features(self, history: np.ndarray, candidates: np.ndarray) -> np.ndarray:
        """(C, len(FEATURES)) features of the candidates (item indices; n = unknown) given a
        history of item indices, oldest first."""
        cands = np.asarray(candidates, dtype=np.int64)
        out = np.zeros((len(cands), len(FEATURES)), dtype=np.float32)
        out[:, 2] = NO_MATCH_AGE
        out[:, 5] = np.nan
        hist = self.known(history)
        if len(hist) == 0 or len(cands) == 0:
            return out
        last = hist[-1]
        cb, hb = self.brand[cands], self.brand[hist]
        known = cb >= 0
        out[:, 0] = known & (cb == hb[-1])
        same = known[:, None] & (cb[:, None] == hb[None, :])  # (C, H)
        out[:, 1] = same.sum(axis=1) / len(hist)
        latest = np.where(same, np.arange(len(hist))[None, :], -1).max(axis=1)
        out[:, 2] = np.where(latest >= 0, len(hist) - 1 - latest, NO_MATCH_AGE)
        cp = self.path[cands]
        agree = (cp == self.path[last][None, :]) & (cp >= 0)
        out[:, 3] = np.cumprod(agree, axis=1).sum(axis=1)
        cl, hl = self.leaf[cands], self.leaf[hist]
        out[:, 4] = ((cl[:, None] == hl[None, :]) & (cl >= 0)[:, None]).sum(axis=1) / len(hist)
        out[:, 5] = self.log_price[cands] - self.log_price[last]
        return out

    def batch_features(self, histories: Sequence[np.ndarray], candidates: np.ndarray) -> np.ndarray:
        """(B, C, len(FEATURES)) features of each row's candidates given its history."""
        return np.stack([self.features(h, c) for h, c in zip(histories, candidates, strict=True)])

    @cached_property
    def index(self) -> dict[str, int]:
        """Item id -> row."""
        return {item: i for i, item in enumerate(self.item_ids)}

    def known(self, history: np.ndarray) -> np.ndarray:
        """The history's items this table knows (the unknown row dropped), oldest first."""
        hist = np.asarray(history, dtype=np.int64)
        return hist[(hist >= 0) & (hist < self.n_items)]

    def latest_same_brand(self, history: np.ndarray, features: np.ndarray) -> list[str | None]:
        """Per row of ``features(history, candidates)``, the id of the latest history item of
        that candidate's brand, or None when there is none. Ages count known items only, as
        :meth:`features` does, so items unknown to the table never shift them."""
        hist = self.known(history)
        return [
            self.item_ids[hist[len(hist) - 1 - int(age)]] if age < NO_MATCH_AGE else None
            for age in features[:, FEATURES.index("brand_age")]
        ]

    def encode(self, item_ids: Iterable[str]) -> np.ndarray:
        """Rows of ``item_ids``; ids the table does not know map to the unknown row."""
        index = self.index
        return np.fromiter((index.get(i, self.n_items) for i in item_ids), dtype=np.int64)

    def save(self, path: Path | str) -> None:
        """Write the table as one ``.npz`` file."""
        np.savez_compressed(
            path,
            item_ids=np.array(self.item_ids, dtype=str),
            brand=self.brand,
            path=self.path,
            leaf=self.leaf,
            log_price=self.log_price,
        )

    @classmethod
    def load(cls, path: Path | str) -> ItemAttributes:
        """Read a table written by :meth:`save`."""
        with np.load(path) as f:
            return cls(
                [str(i) for i in f["item_ids"]], f["brand"], f["path"], f["leaf"], f["log_price"]
            )


def for_vocabulary(attributes: ItemAttributes | None, item_ids: Sequence[str]) -> ItemAttributes:
    """``attributes`` checked against a vocabulary (None: a table that knows nothing).

    Raises:
        RankingError: the table was built for other items or another order.
    """
    if attributes is None:
        return ItemAttributes.unknown(item_ids)
    if attributes.item_ids != list(item_ids):
        raise RankingError(
            f"item attributes: expected a table of the data's {len(item_ids)} items in its "
            f"order, got one of {attributes.n_items}; build it with "
            "ItemAttributes.from_store(store, data.item_ids)"
        )
    return attributes
