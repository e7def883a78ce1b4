"""The contract every recommender passes: fit, score, score_batch, save/load, update."""

from __future__ import annotations

import pickle
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from catalog.schema import Event, EventKind
from ranking.base import FORMAT_VERSION, Recommender
from ranking.errors import RankingError
from ranking.models import make_model
from ranking.state import UserState
from tests.ranking.synthetic import CHAIN, chain_data, item_vectors

FACTORIES = {
    "popularity": lambda: make_model("popularity"),
    "itemcf": lambda: make_model("itemcf"),
    "transitions": lambda: make_model("transitions"),
    "seqknn": lambda: make_model("seqknn"),
    "mf": lambda: make_model("mf", factors=8, iterations=5, threads=1),
    "sasrec": lambda: make_model("sasrec", dim=16, epochs=2, batch_size=16, max_len=10),
    "content": lambda: make_model("content", vectors=item_vectors()),
}


@pytest.fixture(scope="module")
def fitted() -> dict[str, Recommender]:
    data = chain_data()
    return {name: factory().fit(data) for name, factory in FACTORIES.items()}


@pytest.mark.parametrize("name", list(FACTORIES))
class TestContract:
    def test_unfitted_model_refuses_to_score(self, name: str) -> None:
        with pytest.raises(RankingError, match="not fitted"):
            FACTORIES[name]().score(UserState.of(["i1"]), ["i2"])

    def test_score_is_aligned_finite_float32(self, name: str, fitted) -> None:
        cands = ["i4", "i9", "i0", "unknown-item"]
        scores = fitted[name].score(UserState.of(["i1", "i2", "i3"]), cands)
        assert scores.shape == (4,)
        assert scores.dtype == np.float32
        assert np.isfinite(scores).all()
        assert scores[3] == 0.0  # unknown items get 0

    def test_score_is_deterministic(self, name: str, fitted) -> None:
        state = UserState.of(["i2", "i3"])
        a = fitted[name].score(state, CHAIN)
        b = fitted[name].score(state, CHAIN)
        np.testing.assert_array_equal(a, b)

    def test_batch_matches_single(self, name: str, fitted) -> None:
        model = fitted[name]
        histories = [model.encode_state(UserState.of(h))[0] for h in (["i1", "i2"], ["i6"], [])]
        batch = model.score_batch(histories)
        assert batch.shape == (3, len(model.item_ids))
        for row, h in enumerate(histories):
            np.testing.assert_allclose(batch[row], model.score_vector(h), rtol=1e-4, atol=1e-5)

    def test_save_load_round_trip(self, name: str, fitted, tmp_path: Path) -> None:
        model = fitted[name]
        path = model.save(tmp_path / f"{name}.pkl")
        again = type(model).load(path)
        state = UserState.of(["i3", "i4"])
        np.testing.assert_allclose(again.score(state, CHAIN), model.score(state, CHAIN), atol=1e-6)

    def test_load_refuses_another_class(self, name: str, fitted, tmp_path: Path) -> None:
        other = "popularity" if name != "popularity" else "itemcf"
        path = fitted[other].save(tmp_path / "other.pkl")
        with pytest.raises(RankingError, match="expected a"):
            type(fitted[name]).load(path)

    def test_load_reads_the_format_before_params_were_one_object(
        self, name: str, fitted, tmp_path: Path
    ) -> None:
        # Before, every hyper-parameter was an attribute of the model (SASRec kept its network
        # ones in a `params` dict); files written then must still load, with the same scores.
        model = fitted[name]
        state = {k: v for k, v in model._state().items() if k != "params"}
        state.update(asdict(model.params))
        payload = {"format": FORMAT_VERSION, "class": type(model).__name__, "state": state}
        path = tmp_path / "old.pkl"
        path.write_bytes(pickle.dumps(payload))
        again = type(model).load(path)
        assert again.params == model.params
        state = UserState.of(["i3", "i4"])
        np.testing.assert_allclose(again.score(state, CHAIN), model.score(state, CHAIN), atol=1e-6)

    def test_unknown_parameter_is_refused_with_the_known_ones(self, name: str) -> None:
        with pytest.raises(RankingError, match=r"expected some of .*got bogus"):
            make_model(name, bogus=1)

    def test_update_returns_bool(self, name: str, fitted, tmp_path: Path) -> None:
        model = type(fitted[name]).load(fitted[name].save(tmp_path / "m.pkl"))
        event = Event(
            user_id="u-new", item_id="i1", kind=EventKind.PURCHASE, timestamp=datetime.now(UTC)
        )
        assert isinstance(model.update(event), bool)


class _RunsACommand:
    """Pickles as a call of os.system: what a hostile model file would hold."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        import os

        return (os.system, (f"touch {self.marker}",))


def test_a_model_file_cannot_run_code(tmp_path: Path) -> None:
    """A model file whose state calls a function (here os.system) is refused with the file
    named and the fix, and the call never runs: files come from the data dir or an artifact
    store, which workers must not trust with code."""
    marker = tmp_path / "ran"
    path = tmp_path / "popularity.pkl"
    state = {"counts": _RunsACommand(marker)}
    path.write_bytes(
        pickle.dumps({"format": FORMAT_VERSION, "class": "Popularity", "state": state})
    )
    with pytest.raises(RankingError, match=r"popularity\.pkl: not a model file.*posix\.system"):
        type(make_model("popularity")).load(path)
    assert not marker.exists()


def test_a_saved_model_is_not_a_list(tmp_path: Path) -> None:
    path = tmp_path / "popularity.pkl"
    path.write_bytes(pickle.dumps([1, 2]))
    with pytest.raises(RankingError, match="expected a saved model, got a list"):
        type(make_model("popularity")).load(path)
