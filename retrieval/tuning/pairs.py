"""Training pairs for the embedder, mined from the store's catalog and the training events.

Five kinds, each an (anchor, positive, hard negative) triple of texts:

* ``bought``: two products one shopper bought within ``window`` positions of each other in the
  *training* sequences the caller passes (for the Beauty benchmark: the leave-one-out training
  split, so no validation or test purchase reaches the embedder);
* ``need``: a need phrase the team wrote for a category (``needs.yaml``) and a product of it;
* ``category``: a category path (without the root) and a product title of it;
* ``brand``: "brand, category" and a product title of that brand there;
* ``neighbour``: a product text and the text of its nearest neighbour under the *base* model
  (usually another shade or size of the same product line), against a product of the anchor's
  own leaf category that the base ranks far lower (`NEIGHBOUR_NEGATIVE_RANKS`): the base's own
  fine ordering inside a category, kept while the other kinds pull categories together
  (self-distillation of the near-duplicate neighbourhoods the content ranker scores by).

The negative of the other kinds is a product of a *sibling* category (same parent, another
leaf) of the positive: close enough to be hard, different enough to be wrong for the anchor.
With ``need_vectors`` (each need phrase's vector under the base model) a ``need`` pair's
negative is one of the `NEED_NEGATIVE_TOP` sibling-category products the base ranks highest
for the phrase: the confusions the base makes between neighbouring categories, not a random
product of them.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from catalog.schema import Product
from retrieval.errors import RetrievalError
from retrieval.quality import in_category
from retrieval.text import product_text

KINDS = ("bought", "need", "category", "brand", "neighbour")
DEFAULT_SHARES: dict[str, float] = {
    "bought": 0.7, "need": 0.2, "category": 0.05, "brand": 0.05, "neighbour": 0.0,
}  # fmt: skip
"""Mostly co-purchases: the content ranker scores item-to-item similarity, and category or brand
pairs pull every product of a category together (blurring the item-level differences it ranks
by); the need pairs stay for need queries (docs/BENCHMARKS.md, "Tuned embedder")."""
LEAF_DEPTH = 3
"""Category levels that make a 'leaf' for negatives (Beauty > Hair Care > Shampoos)."""
NEIGHBOUR_NEGATIVE_RANKS = (20, 200)
"""Ranks (0 = the anchor itself) under the base model a ``neighbour`` pair's negative is drawn
from, among products of the anchor's leaf category: same kind of product, not the same line."""
NEED_NEGATIVE_TOP = 20
"""With ``need_vectors``: a ``need`` pair's negative is drawn from this many sibling-category
products (outside the phrase's category) that the base model ranks highest for the phrase."""


@dataclass(frozen=True)
class Pair:
    """One training example: the anchor should be closer to the positive than the negative."""

    anchor: str
    positive: str
    negative: str
    kind: str
    items: tuple[str, ...] = ()
    """Product ids behind the texts (anchor's if a product, positive's, negative's)."""


@dataclass
class PairSet:
    """Mined pairs, split into training pairs and held-out pairs for early stopping."""

    train: list[Pair]
    held_out: list[Pair]
    counts: dict[str, int] = field(default_factory=dict)

    def fingerprint(self) -> str:
        """A digest of every pair's texts (the same pairs give the same digest)."""
        digest = hashlib.sha256()
        for split, pairs in (("train", self.train), ("held_out", self.held_out)):
            for p in pairs:
                digest.update(f"{split}\x1f{p.kind}\x1f{p.anchor}\x1f{p.positive}\x1f".encode())
                digest.update(f"{p.negative}\x1e".encode())
        return digest.hexdigest()[:16]


def check_shares(shares: Mapping[str, float]) -> dict[str, float]:
    """The mix of pair kinds, checked: known kinds, shares >= 0 that add up to (0, 1]; every kind
    is in the result (0 for those left out).

    Raises:
        RetrievalError: an unknown kind, a negative share, or shares adding up to 0 or over 1.
    """
    unknown = set(shares) - set(KINDS)
    if unknown:
        raise RetrievalError(f"shares: expected kinds among {KINDS}, got {sorted(unknown)}")
    negative = {k: v for k, v in shares.items() if v < 0}
    if negative:
        raise RetrievalError(f"shares: expected shares >= 0, got {negative}")
    total = sum(shares.values())
    if not 0 < total <= 1 + 1e-9:
        raise RetrievalError(
            f"shares: expected shares adding up to more than 0 and at most 1, got {total:g}; "
            "e.g. bought=0.7,need=0.2,category=0.05,brand=0.05 (kinds: " + ", ".join(KINDS) + ")"
        )
    return {k: float(shares.get(k, 0.0)) for k in KINDS}


def parse_shares(text: str) -> dict[str, float]:
    """Read a mix such as ``"bought=0.7,need=0.2,category=0.05,brand=0.05"`` (missing kinds: 0).

    Raises:
        RetrievalError: an entry is not ``kind=number``, or the mix fails `check_shares`.
    """
    shares: dict[str, float] = {}
    for entry in text.split(","):
        kind, sep, value = entry.partition("=")
        try:
            share = float(value) if sep else math.nan
        except ValueError:
            share = math.nan
        if not math.isfinite(share):
            raise RetrievalError(
                f"pair mix: expected entries kind=share like 'bought=0.7', got {entry.strip()!r}"
            )
        shares[kind.strip()] = share
    return check_shares(shares)


def _leaf(product: Product) -> str:
    return " > ".join(product.categories[:LEAF_DEPTH])


class _Negatives:
    """Products by leaf category, and each leaf's siblings (same parent, another leaf)."""

    def __init__(self, products: Sequence[Product]) -> None:
        self.by_leaf: dict[str, list[str]] = defaultdict(list)
        for p in products:
            if p.categories:
                self.by_leaf[_leaf(p)].append(p.id)
        children: dict[str, list[str]] = defaultdict(list)
        for leaf in self.by_leaf:
            children[" > ".join(leaf.split(" > ")[:-1])].append(leaf)
        self.siblings = {
            leaf: [s for s in children[" > ".join(leaf.split(" > ")[:-1])] if s != leaf]
            for leaf in self.by_leaf
        }
        self.leaves = sorted(self.by_leaf)

    def draw(self, product: Product, rng: random.Random, avoid: set[str]) -> str | None:
        """A product id of a sibling category (any other category when there is none)."""
        leaf = _leaf(product)
        pool = self.siblings.get(leaf) or [x for x in self.leaves if x != leaf]
        for _ in range(8):
            if not pool:
                return None
            candidates = self.by_leaf[rng.choice(pool)]
            pick = rng.choice(candidates)
            if pick not in avoid:
                return pick
        return None


def _bought(
    sequences: Sequence[Sequence[str]], known: Mapping[str, Product], window: int
) -> list[tuple[str, str]]:
    """Distinct unordered pairs of products bought within ``window`` positions, first seen first."""
    seen: set[tuple[str, str]] = set()
    out: list[tuple[str, str]] = []
    for seq in sequences:
        items = [i for i in seq if i in known]
        for n, a in enumerate(items):
            for b in items[n + 1 : n + 1 + window]:
                key = (a, b) if a < b else (b, a)
                if a != b and key not in seen:
                    seen.add(key)
                    out.append((a, b))
    return out


def mine_pairs(
    products: Sequence[Product],
    sequences: Sequence[Sequence[str]],
    needs: Mapping[str, Sequence[str]],
    *,
    max_pairs: int = 6000,
    shares: Mapping[str, float] | None = None,
    window: int = 2,
    held_out_share: float = 0.05,
    seed: int = 42,
    vectors: Mapping[str, np.ndarray] | None = None,
    need_vectors: Mapping[str, np.ndarray] | None = None,
) -> PairSet:
    """Mine training pairs from the catalog and the training sequences.

    Args:
        products: the catalog.
        sequences: each shopper's training purchases in order (item ids). Pass only the
            training split: every item here may become a ``bought`` pair.
        needs: category prefix -> need phrases (`load_needs`).
        max_pairs: pairs in all (train + held out); each kind gets its share of them.
        shares: share of each kind, adding up to at most 1 (default `DEFAULT_SHARES`); a kind
            short of pairs leaves its remainder unused.
        window: positions apart two purchases may be to form a ``bought`` pair.
        held_out_share: share of pairs kept out of training for early stopping.
        seed: the random seed (the same inputs and seed give the same pairs).
        vectors: product id -> its vector under the base model (the base index's vectors, or
            the base model's encoding of `product_text`); needed for ``neighbour`` pairs and
            for ``need_vectors``.
        need_vectors: need phrase -> its vector under the base model; with ``vectors``, a
            ``need`` pair's negative is a sibling-category product the base ranks among the
            `NEED_NEGATIVE_TOP` for the phrase (`_need_negatives`); without, any product of a
            sibling category.

    Returns:
        The pairs, shuffled, split into train and held out, with counts per kind.

    Raises:
        RetrievalError: bad arguments, ``neighbour`` pairs asked for without ``vectors``, or no
            pair could be mined.
    """
    if max_pairs < 2:
        raise RetrievalError(f"max_pairs: expected at least 2, got {max_pairs}")
    if not 0 < held_out_share < 1:
        raise RetrievalError(f"held_out_share: expected a share in (0, 1), got {held_out_share}")
    shares = check_shares(shares if shares is not None else DEFAULT_SHARES)
    if shares["neighbour"] > 0 and not vectors:
        raise RetrievalError(
            "neighbour pairs: expected the base model's product vectors (vectors=...), got none; "
            "build the index with the base model or leave 'neighbour' out of the mix"
        )
    rng = random.Random(seed)
    catalog = {p.id: p for p in products}
    texts: dict[str, str] = {}

    def text(item: str) -> str:
        if item not in texts:
            texts[item] = product_text(catalog[item])
        return texts[item]

    negatives = _Negatives(products)
    quota = {k: round(max_pairs * shares[k]) for k in KINDS}
    pairs: list[Pair] = []

    candidates = _bought(sequences, catalog, window)
    rng.shuffle(candidates)
    for a, b in candidates[: quota["bought"]]:
        neg = negatives.draw(catalog[b], rng, {a, b})
        if neg is not None:
            pairs.append(Pair(text(a), text(b), text(neg), "bought", (a, b, neg)))

    by_prefix = {
        prefix: sorted(p.id for p in products if in_category(p, prefix)) for prefix in needs
    }
    phrases = [(prefix, ph) for prefix, items in by_prefix.items() if items for ph in needs[prefix]]
    hard = (
        _need_negatives(products, vectors, need_vectors, phrases, negatives)
        if quota["need"] and vectors and need_vectors
        else {}
    )
    for n in range(quota["need"] if phrases else 0):
        prefix, phrase = phrases[n % len(phrases)]
        item = rng.choice(by_prefix[prefix])
        pool = hard.get((prefix, phrase))
        neg = rng.choice(pool) if pool else negatives.draw(catalog[item], rng, {item})
        if neg is not None and not in_category(catalog[neg], prefix):
            pairs.append(Pair(phrase, text(item), text(neg), "need", (item, neg)))

    with_category = [p for p in products if len(p.categories) > 1]
    for _ in range(quota["category"] if with_category else 0):
        p = rng.choice(with_category)
        neg = negatives.draw(p, rng, {p.id})
        if neg is not None:
            anchor = " > ".join(p.categories[1:])
            pairs.append(Pair(anchor, p.title, catalog[neg].title, "category", (p.id, neg)))

    branded = [p for p in with_category if p.brand]
    for _ in range(quota["brand"] if branded else 0):
        p = rng.choice(branded)
        neg = negatives.draw(p, rng, {p.id})
        if neg is not None:
            anchor = f"{p.brand}, {p.categories[-1]}"
            pairs.append(Pair(anchor, p.title, catalog[neg].title, "brand", (p.id, neg)))

    if quota["neighbour"] and vectors:
        for a, b, neg in _neighbours(products, vectors, quota["neighbour"], negatives, rng, text):
            pairs.append(Pair(text(a), text(b), text(neg), "neighbour", (a, b, neg)))

    if len(pairs) < 2:
        raise RetrievalError(
            f"pairs: expected at least 2 mined pairs, got {len(pairs)}; the catalog needs "
            "category paths, and events or need phrases for its categories"
        )
    rng.shuffle(pairs)
    n_held = max(1, round(len(pairs) * held_out_share))
    counts = {k: sum(p.kind == k for p in pairs) for k in KINDS}
    return PairSet(train=pairs[n_held:], held_out=pairs[:n_held], counts=counts)


def _neighbours(
    products: Sequence[Product],
    vectors: Mapping[str, np.ndarray],
    quota: int,
    negatives: _Negatives,
    rng: random.Random,
    text: Callable[[str], str],
    chunk: int = 256,
) -> list[tuple[str, str, str]]:
    """(anchor, positive, negative) ids for ``neighbour`` pairs: anchors drawn without
    replacement; the positive is the anchor's nearest product under the base vectors with
    another text; the negative a product of the anchor's leaf ranked within
    `NEIGHBOUR_NEGATIVE_RANKS` (a sibling-category product when the leaf has none there)."""
    catalog = {p.id: p for p in products if p.id in vectors}
    ids = sorted(catalog)
    if len(ids) < 3:
        return []
    matrix = np.stack([np.asarray(vectors[i], dtype=np.float32) for i in ids])
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    leaf = np.array([_leaf(catalog[i]) for i in ids])
    order = list(range(len(ids)))
    rng.shuffle(order)
    lo, hi = NEIGHBOUR_NEGATIVE_RANKS
    out: list[tuple[str, str, str]] = []
    for start in range(0, len(order), chunk):
        rows = order[start : start + chunk]
        ranked = np.argsort(-(matrix[rows] @ matrix.T), axis=1, kind="stable")
        for row, ranking in zip(rows, ranked, strict=True):
            anchor = ids[row]
            positive = next(
                (ids[j] for j in ranking[:50] if j != row and text(ids[j]) != text(anchor)), None
            )
            if positive is None:
                continue
            far = [int(j) for j in ranking[lo:hi] if leaf[j] == leaf[row]]
            negative = (
                ids[rng.choice(far)]
                if far
                else negatives.draw(catalog[anchor], rng, {anchor, positive})
            )
            if negative is None or text(negative) in (text(anchor), text(positive)):
                continue
            out.append((anchor, positive, negative))
            if len(out) >= quota:
                return out
    return out


def _need_negatives(
    products: Sequence[Product],
    vectors: Mapping[str, np.ndarray],
    need_vectors: Mapping[str, np.ndarray],
    phrases: Sequence[tuple[str, str]],
    negatives: _Negatives,
) -> dict[tuple[str, str], list[str]]:
    """(prefix, phrase) -> the `NEED_NEGATIVE_TOP` product ids the base ranks highest for the
    phrase among the sibling categories of the prefix's leaves, outside the prefix (none for a
    phrase without a vector or a prefix whose leaves have no sibling outside it)."""
    catalog = {p.id: p for p in products if p.id in vectors}
    pools: dict[str, tuple[list[str], np.ndarray]] = {}
    out: dict[tuple[str, str], list[str]] = {}
    for prefix, phrase in phrases:
        if phrase not in need_vectors:
            continue
        if prefix not in pools:
            leaves = {_leaf(p) for p in catalog.values() if in_category(p, prefix)}
            siblings = {s for leaf in leaves for s in negatives.siblings.get(leaf, [])}
            pool = sorted(
                i for i, p in catalog.items() if _leaf(p) in siblings and not in_category(p, prefix)
            )
            matrix = np.stack([np.asarray(vectors[i], dtype=np.float32) for i in pool] or [[0.0]])
            matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
            pools[prefix] = (pool, matrix)
        pool, matrix = pools[prefix]
        if pool:
            scores = matrix @ np.asarray(need_vectors[phrase], dtype=np.float32)
            top = np.argsort(-scores, kind="stable")[:NEED_NEGATIVE_TOP]
            out[(prefix, phrase)] = [pool[j] for j in top]
    return out
