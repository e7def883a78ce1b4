"""The learned fusion: a LambdaMART reranker (LightGBM) over the models' scores and item attributes.

The weighted sum picks each shopper's top candidates; the reranker reorders them from each
model's z-score over the whole catalog, the history length and the candidate's catalog
attributes relative to the history (`ranking.attributes.FEATURES`). Trees can trust the
sequential models when they are confident, the neighbour and MF models when they are not, and
let a brand or category match lift a pick, which a weighted sum cannot.

It is fitted on validation items only (never test), with fixed seeds and deterministic LightGBM.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from ranking.attributes import FEATURES
from ranking.errors import RankingError

RERANK_DEPTH = 100
"""How many of the weighted sum's top items the reranker reorders."""


def length_feature(lengths: np.ndarray) -> np.ndarray:
    """The history-length feature: log(1 + len) / 3."""
    return (np.log1p(np.asarray(lengths, dtype=np.float32)) / 3.0).astype(np.float32)


class LearnedReranker:
    """LightGBM lambdarank over (each model's catalog z-score, history length, attributes).

    Args:
        names: the models whose z-scores are features, in order.
        rounds: boosting rounds.
        learning_rate: shrinkage.
        leaves: leaves per tree.
        seed: LightGBM seed (bagging, feature sampling).
    """

    def __init__(
        self,
        names: Sequence[str],
        rounds: int = 300,
        learning_rate: float = 0.05,
        leaves: int = 31,
        seed: int = 0,
    ) -> None:
        self.names = list(names)
        self.rounds = rounds
        self.learning_rate = learning_rate
        self.leaves = leaves
        self.seed = seed
        self.booster = None

    @property
    def feature_names(self) -> list[str]:
        """Feature order: z-scores, history length, attribute features."""
        return [f"z_{n}" for n in self.names] + ["history_length", *FEATURES]

    def features(
        self, normalised: Mapping[str, np.ndarray], lengths: np.ndarray, attributes: np.ndarray
    ) -> np.ndarray:
        """(U, C, F) features from (U, C) z-scores per model, (U,) history lengths and
        (U, C, len(FEATURES)) attribute features."""
        first = np.asarray(normalised[self.names[0]])
        cols = [np.asarray(normalised[n], dtype=np.float32) for n in self.names]
        hl = length_feature(lengths).reshape(-1, 1)
        cols.append(np.broadcast_to(hl, first.shape).astype(np.float32))
        return np.concatenate([np.stack(cols, axis=-1), attributes.astype(np.float32)], axis=-1)

    def fit(
        self,
        normalised: Mapping[str, np.ndarray],
        lengths: np.ndarray,
        attributes: np.ndarray,
        target_column: np.ndarray,
    ) -> LearnedReranker:
        """Fit on each validation user's candidates: (U, C) z-scores per model, (U,) history
        lengths, (U, C, A) attribute features and the validation item's column (-1: absent,
        such users are skipped)."""
        import lightgbm as lgb  # lazy: only fitting and scoring need it

        present = target_column >= 0
        if not present.any():
            raise RankingError(
                "learned reranker: no validation item among the candidates; "
                "expected more data (or leave the reranker out)"
            )
        x = self.features(
            {n: np.asarray(normalised[n])[present] for n in self.names},
            np.asarray(lengths)[present],
            attributes[present],
        )
        users, cands, n_feat = x.shape
        labels = np.zeros((users, cands), dtype=np.int32)
        labels[np.arange(users), target_column[present]] = 1
        params = {
            "objective": "lambdarank",
            "learning_rate": self.learning_rate,
            "num_leaves": self.leaves,
            "min_data_in_leaf": 100,
            "feature_fraction": 0.8,
            "bagging_fraction": 0.8,
            "bagging_freq": 1,
            "lambdarank_truncation_level": 20,
            "seed": self.seed,
            "deterministic": True,
            "force_row_wise": True,
            "num_threads": 2,
            "verbose": -1,
        }
        data = lgb.Dataset(
            x.reshape(-1, n_feat),
            labels.reshape(-1),
            group=[cands] * users,
            feature_name=self.feature_names,
        )
        self.booster = lgb.train(params, data, self.rounds)
        return self

    def score(
        self, normalised: Mapping[str, np.ndarray], lengths: np.ndarray, attributes: np.ndarray
    ) -> np.ndarray:
        """(U, C) scores of the candidates (inputs shaped as in :meth:`fit`)."""
        if self.booster is None:
            raise RankingError("learned reranker: expected a fitted reranker; call fit() first")
        x = self.features(normalised, lengths, attributes)
        flat = self.booster.predict(x.reshape(-1, x.shape[-1]), num_threads=1)
        return np.asarray(flat, dtype=np.float32).reshape(x.shape[:2])

    def save(self, path: Path | str) -> None:
        """Write the trees (LightGBM's text format); the names live in ``ranker.json``."""
        if self.booster is None:
            raise RankingError("learned reranker: nothing to save; call fit() first")
        self.booster.save_model(str(path))

    def to_dict(self) -> dict[str, object]:
        """JSON-able settings (the trees are saved separately by :meth:`save`)."""
        return {
            "names": self.names,
            "rounds": self.rounds,
            "learning_rate": self.learning_rate,
            "leaves": self.leaves,
            "seed": self.seed,
        }

    @classmethod
    def load(cls, settings: Mapping[str, object], path: Path | str) -> LearnedReranker:
        """Inverse of :meth:`to_dict` plus :meth:`save`. The trees are read by LightGBM's C
        library directly (`ranking.native_booster`: the same scores, without importing the
        lightgbm package and its scikit-learn and pandas), else by the package."""
        from ranking.native_booster import NativeBooster, library_path

        out = cls(
            settings["names"],  # type: ignore[arg-type]
            int(settings["rounds"]),  # type: ignore[arg-type]
            float(settings["learning_rate"]),  # type: ignore[arg-type]
            int(settings["leaves"]),  # type: ignore[arg-type]
            int(settings["seed"]),  # type: ignore[arg-type]
        )
        if library_path() is not None:
            out.booster = NativeBooster(path)
        else:
            import lightgbm as lgb

            out.booster = lgb.Booster(model_file=str(path))
        return out
