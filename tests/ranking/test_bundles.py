"""Bundles: basket building, the date split, and CF vs association rules on known pairs."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pytest

from ranking.bundles import Basket, baskets_from_rows, evaluate_bundles, split_by_date
from ranking.errors import RankingError

PAIRS = [("a1", "b1"), ("a2", "b2"), ("a3", "b3"), ("a4", "b4")]


def pair_baskets(n: int = 200) -> list[Basket]:
    rng = np.random.default_rng(0)
    start = datetime(2011, 1, 1)
    out = []
    for i in range(n):
        a, b = PAIRS[i % len(PAIRS)]
        filler = f"f{int(rng.integers(0, 30))}"
        out.append(Basket(f"inv{i}", start + timedelta(hours=i), (a, b, filler), f"c{i % 7}"))
    return out


def test_baskets_from_rows_groups_and_filters() -> None:
    t = datetime(2011, 1, 1)
    rows = [
        (None, "x", "purchase", 1.0, t, None, "B1"),
        (None, "y", "purchase", 1.0, t, None, "B1"),
        (None, "x", "purchase", 1.0, t, None, "B1"),  # repeated item counts once
        ("u", "z", "purchase", 1.0, t - timedelta(days=1), None, "B2"),  # one item only
        ("u", "z", "return", 1.0, t, None, "C3"),
    ]
    baskets = baskets_from_rows(rows)
    assert [(b.basket_id, b.items) for b in baskets] == [("B1", ("x", "y"))]


def test_split_by_date_puts_the_latest_in_test() -> None:
    train, test = split_by_date(pair_baskets(10), 0.2)
    assert len(test) == 2
    assert max(b.when for b in train) < min(b.when for b in test)
    with pytest.raises(RankingError, match="test_fraction"):
        split_by_date(pair_baskets(10), 1.5)


def test_cf_and_rules_find_the_partner_item() -> None:
    rows = {r["model"]: r for r in evaluate_bundles(pair_baskets(), min_support=0.05)}
    assert rows["itemcf (cosine)"]["hr@10"] > 0.6
    assert rows["assoc-rules (mlxtend)"]["hr@10"] > 0.6
    assert rows["itemcf (cosine)"]["ndcg@10"] > rows["popularity"]["ndcg@10"]
