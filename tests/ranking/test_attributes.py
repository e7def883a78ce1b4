"""Item attribute features: known answers, unknown items, and a save/load round trip."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ranking.attributes import FEATURES, NO_MATCH_AGE, ItemAttributes, for_vocabulary
from ranking.errors import RankingError

ITEMS = ["lip1", "lip2", "eye1", "nail1", "mystery"]
RECORDS = {
    "lip1": ("Acme", ["Beauty", "Makeup", "Lips"], 10.0),
    "lip2": ("acme ", ["Beauty", "Makeup", "Lips"], 20.0),
    "eye1": ("Other", ["Beauty", "Makeup", "Eyes"], None),
    "nail1": (None, ["Beauty", "Nails"], 5.0),
}


def _column(name: str) -> int:
    return FEATURES.index(name)


def test_features_relate_candidates_to_the_history() -> None:
    table = ItemAttributes.from_records(ITEMS, RECORDS)
    history = table.encode(["eye1", "lip1"])  # oldest first: the last item is lip1
    f = table.features(history, table.encode(["lip2", "eye1", "nail1", "mystery", "unseen"]))
    assert f.shape == (5, len(FEATURES))
    # lip2: same brand as the last item (case and spaces ignored), bought just now, same path
    np.testing.assert_allclose(f[0, _column("same_brand_as_last")], 1.0)
    np.testing.assert_allclose(f[0, _column("brand_share")], 0.5)
    np.testing.assert_allclose(f[0, _column("brand_age")], 0.0)
    np.testing.assert_allclose(f[0, _column("category_depth_last")], 3.0)
    np.testing.assert_allclose(f[0, _column("category_share")], 0.5)
    np.testing.assert_allclose(f[0, _column("log_price_diff")], np.log1p(20) - np.log1p(10))
    # eye1: its brand was bought one step before the last; shares Beauty > Makeup with lip1
    np.testing.assert_allclose(f[1, _column("same_brand_as_last")], 0.0)
    np.testing.assert_allclose(f[1, _column("brand_age")], 1.0)
    np.testing.assert_allclose(f[1, _column("category_depth_last")], 2.0)
    assert np.isnan(f[1, _column("log_price_diff")])  # no price
    # nail1 has no brand: no brand match, however many unbranded items the history holds
    np.testing.assert_allclose(f[2, _column("brand_share")], 0.0)
    np.testing.assert_allclose(f[2, _column("brand_age")], NO_MATCH_AGE)
    np.testing.assert_allclose(f[2, _column("category_depth_last")], 1.0)
    # no record, and not in the vocabulary at all: everything unknown
    for row in (3, 4):
        np.testing.assert_allclose(f[row, :5], [0, 0, NO_MATCH_AGE, 0, 0])
        assert np.isnan(f[row, _column("log_price_diff")])


def test_empty_history_and_batches() -> None:
    table = ItemAttributes.from_records(ITEMS, RECORDS)
    cands = table.encode(["lip1", "eye1"])
    empty = table.features(np.array([], dtype=np.int64), cands)
    np.testing.assert_allclose(empty[:, _column("brand_age")], NO_MATCH_AGE)
    batch = table.batch_features(
        [table.encode(["lip1"]), np.array([], dtype=np.int64)], np.stack([cands, cands])
    )
    assert batch.shape == (2, 2, len(FEATURES))
    np.testing.assert_allclose(batch[0, 0, _column("same_brand_as_last")], 1.0)
    np.testing.assert_allclose(batch[1], empty)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    table = ItemAttributes.from_records(ITEMS, RECORDS)
    table.save(tmp_path / "attributes.npz")
    again = ItemAttributes.load(tmp_path / "attributes.npz")
    assert again.item_ids == ITEMS
    history, cands = table.encode(["lip1", "eye1"]), table.encode(ITEMS)
    np.testing.assert_array_equal(again.features(history, cands), table.features(history, cands))
    assert ItemAttributes.unknown(ITEMS).features(history, cands)[:, 0].sum() == 0


def test_a_table_of_other_items_is_refused() -> None:
    table = ItemAttributes.from_records(ITEMS, RECORDS)
    assert for_vocabulary(table, ITEMS) is table
    assert for_vocabulary(None, ITEMS).item_ids == ITEMS
    with pytest.raises(RankingError, match="from_store"):
        for_vocabulary(table, list(reversed(ITEMS)))


def test_latest_same_brand_names_the_history_item_behind_the_brand_features() -> None:
    table = ItemAttributes.from_records(ITEMS, RECORDS)
    # a product the table does not know (added after training) sits after the matches
    history = table.encode(["lip1", "eye1", "lip2", "added-later"])
    cands = table.encode(["lip1", "eye1", "nail1", "unseen"])
    latest = table.latest_same_brand(history, table.features(history, cands))
    assert latest == ["lip2", "eye1", None, None]
