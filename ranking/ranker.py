"""The fused ranker the assistant calls: rank candidates for a shopper, with reasons.

``Ranker.rank(state, candidate_ids, k)`` z-scores each model's scores over the candidates,
sums them with the fitted weights and explains each pick by the signals that lifted it
("often bought with X", "follows your recent Y", "similar to Z you liked").
``Ranker.bought_with(item_ids, k)`` answers "frequently bought together" from item-to-item CF.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from catalog.fusion import reciprocal_rank
from ranking.attributes import ItemAttributes
from ranking.base import Recommender
from ranking.errors import RankingError
from ranking.fusion import RRF_K, zscore
from ranking.reranker import LearnedReranker
from ranking.state import UserState

logger = logging.getLogger(__name__)

GENERIC_REASONS = {
    "popularity": "popular with other shoppers",
    "sasrec": "fits the sequence of your recent purchases",
    "mf": "matches the taste of shoppers like you",
}
LIFT_THRESHOLD = 0.5
"""A signal counts as a reason when its weighted z-score is at least this."""
BRAND_REASON = "same brand as your {item}"
BRAND_REASON_AGAIN = "same brand"
"""The brand reason when an earlier reason already named the item of that brand."""
"""The reason the learned reranker's brand features give (the latest history item of that brand)."""
RERANKER_FILE = "reranker.txt"
ATTRIBUTES_FILE = "attributes.npz"


@dataclass(frozen=True)
class RankedItem:
    """One pick: its fused score, the reasons that lifted it and each signal's contribution."""

    item_id: str
    score: float
    reasons: list[str] = field(default_factory=list)
    signals: dict[str, float] = field(default_factory=dict)


class Ranker:
    """Weighted fusion of fitted models (weights fitted on validation, see `ranking.training`).

    Args:
        models: fitted models by name.
        weights: fusion weight per model name (missing names get 0).
        method: "weighted" (sum of z-scored scores), "rrf" (reciprocal-rank fusion) or
            "learned" (the `LearnedReranker` over each model's z-scores over the whole catalog
            and the candidates' catalog attributes; the weights then only pick the reasons).
        learned: the fitted `LearnedReranker` (required by "learned").
        attributes: the catalog attributes of the models' vocabulary (required by "learned").
    """

    def __init__(
        self,
        models: Mapping[str, Recommender],
        weights: Mapping[str, float],
        *,
        method: str = "weighted",
        learned: LearnedReranker | None = None,
        attributes: ItemAttributes | None = None,
    ) -> None:
        _check_method(method, learned, attributes)
        if not models:
            raise RankingError("Ranker: expected at least one fitted model, got none")
        self.models = dict(models)
        self.weights = {n: float(weights.get(n, 0.0)) for n in self.models}
        if not any(self.weights.values()):
            self.weights = {n: 1.0 for n in self.models}
        self.method = method
        self.learned = learned
        self.attributes = attributes
        if learned is not None:
            missing = set(learned.names) - set(self.models)
            if missing:
                raise RankingError(
                    f"learned reranker: expected models {learned.names}, missing {sorted(missing)}"
                )

    def rank(
        self,
        state: UserState,
        candidate_ids: Sequence[str],
        k: int = 10,
        *,
        exclude_seen: bool = True,
        describe: Callable[[str], str] | None = None,
        method: str | None = None,
    ) -> list[RankedItem]:
        """The best ``k`` of the candidates for this shopper, with reasons.

        Args:
            state: history and in-session feedback (liked, disliked, carted).
            candidate_ids: items to rank (e.g. ~100 retrieval hits).
            k: how many picks to return.
            exclude_seen: drop items the shopper already has, carted or disliked.
            describe: item id -> short name for the reasons (default: the id).
            method: this call's fusion method instead of the ranker's own (an A/B arm's
                configuration); "learned" needs the fitted reranker.

        Returns:
            Up to ``k`` `RankedItem`, best first.
        """
        method = self.method if method is None else method
        _check_method(method, self.learned, self.attributes)
        drop = state.seen if exclude_seen else frozenset(state.disliked)
        cands = [c for c in dict.fromkeys(candidate_ids) if c not in drop]
        if not cands:
            return []
        same_brand: list[str | None] = [None] * len(cands)
        if method == "learned":
            total, contributions, same_brand = self._learned_scores(state, cands)
        else:
            contributions = self._linear_contributions(state, cands, method)
            total = sum(contributions.values())
        top = np.argsort(-total, kind="stable")[:k]
        name_of = describe or (lambda item: item)
        encoded: dict[str, np.ndarray] = {}
        out = []
        for i in top:
            item = cands[i]
            signals = {n: float(c[i]) for n, c in contributions.items()}
            named: set[str] = set()
            reasons = self._reasons(state, item, signals, name_of, encoded, method, named)
            brand_item = same_brand[i]
            if brand_item is not None:
                brand_named = brand_item in named
                brand = BRAND_REASON.format(item=name_of(brand_item))
                reasons.append(BRAND_REASON_AGAIN if brand_named else brand)
            out.append(RankedItem(item, float(total[i]), reasons, signals))
        return out

    def _linear_contributions(
        self, state: UserState, cands: list[str], method: str
    ) -> dict[str, np.ndarray]:
        """Each model's weighted z-score over the candidates (or its RRF term)."""
        contributions: dict[str, np.ndarray] = {}
        for name, model in self.models.items():
            w = self.weights.get(name, 0.0)
            if w == 0:
                continue
            raw = model.score(state, cands)
            if method == "rrf":
                order = np.argsort(-raw, kind="stable")
                ranks = np.empty(len(raw), dtype=np.float32)
                ranks[order] = np.arange(1, len(raw) + 1)
                contributions[name] = reciprocal_rank(ranks, k=RRF_K)
            else:
                contributions[name] = w * zscore(raw)
        return contributions

    def _learned_scores(
        self, state: UserState, cands: list[str]
    ) -> tuple[np.ndarray, dict[str, np.ndarray], list[str | None]]:
        """The reranker's scores of the candidates from each model's z-scores over the whole
        catalog (as in the offline evaluation) and their attributes; weight x z-score per model
        for the reasons; and per candidate the latest history item of its brand (or None)."""
        assert self.learned is not None and self.attributes is not None
        z_of = {n: self.models[n].catalog_zscores(state, cands) for n in self.learned.names}
        history = self.attributes.known(self.attributes.encode(state.sequence))
        attrs = self.attributes.features(history, self.attributes.encode(cands))
        total = self.learned.score(
            {n: z[None] for n, z in z_of.items()}, np.array([len(history)]), attrs[None]
        )[0]
        same_brand = self.attributes.latest_same_brand(history, attrs)
        contributions = {
            n: self.weights.get(n, 0.0) * z for n, z in z_of.items() if self.weights.get(n, 0.0)
        }
        return total, contributions, same_brand

    def _reasons(
        self,
        state: UserState,
        item: str,
        signals: Mapping[str, float],
        name_of: Callable[[str], str],
        encoded: dict[str, np.ndarray],
        method: str,
        named: set[str],
    ) -> list[str]:
        """The reasons of the models that lifted ``item``, strongest first; an item an earlier
        reason named is not named again (the model's ``reason_again``). Adds the history items
        named to ``named``."""
        reasons: list[str] = []
        threshold = 0.0 if method == "rrf" else LIFT_THRESHOLD
        for name, value in sorted(signals.items(), key=lambda kv: -kv[1]):
            if value < threshold:
                continue
            model = self.models[name]
            idx = model.index.get(item)
            text = None
            if idx is not None:
                if name not in encoded:
                    encoded[name] = model.encode_state(state)[0]
                found = model.explain(encoded[name], idx)
                if found is not None:
                    template, source = found
                    source_id = model.item_ids[source]
                    if source_id in named and model.reason_again:
                        text = model.reason_again
                    else:
                        text = template.format(item=name_of(source_id))
                        named.add(source_id)
            text = text or GENERIC_REASONS.get(name)
            if text and text not in reasons:
                reasons.append(text)
        return reasons

    def bought_with(self, item_ids: Sequence[str], k: int = 10) -> list[tuple[str, float]]:
        """Items frequently bought together with ``item_ids`` (from item-to-item CF).

        Raises:
            RankingError: no item-to-item CF model was trained.
        """
        model = self.models.get("itemcf")
        if model is None:
            raise RankingError(
                "bought_with: expected a trained 'itemcf' model, got none; run `shopassist train`"
            )
        return model.bought_with(item_ids, k)  # type: ignore[attr-defined]

    def save(self, folder: Path | str) -> Path:
        """Write every model (``<name>.pkl``), ``ranker.json`` (weights, method) and, for the
        learned fusion, the reranker's trees and the item attributes to a folder."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name, model in self.models.items():
            model.save(folder / f"{name}.pkl")
        if self.learned is not None and self.attributes is not None:
            self.learned.save(folder / RERANKER_FILE)
            self.attributes.save(folder / ATTRIBUTES_FILE)
        meta = {
            "weights": self.weights,
            "method": self.method,
            "models": list(self.models),
            "learned": self.learned.to_dict() if self.learned is not None else None,
        }
        (folder / "ranker.json").write_text(json.dumps(meta, indent=2))
        return folder

    @classmethod
    def load(cls, folder: Path | str) -> Ranker:
        """Read a ranker written by :meth:`save` (or by `shopassist train`).

        Raises:
            RankingError: nothing trained in that folder.
        """
        from ranking.models import model_class

        folder = Path(folder)
        meta_path = folder / "ranker.json"
        if not meta_path.exists():
            raise RankingError(
                f"{folder}: no trained ranker (ranker.json missing); run `shopassist train`"
            )
        meta = json.loads(meta_path.read_text())
        models = {}
        for name in meta["models"]:
            cls_ = model_class(name)
            models[name] = cls_.load(folder / f"{name}.pkl")
        learned, attributes = None, None
        if meta.get("learned"):
            if not (folder / RERANKER_FILE).exists():
                raise RankingError(
                    f"{folder}: the learned fusion was saved by an older version "
                    f"({RERANKER_FILE} missing); run `shopassist train` again"
                )
            learned = LearnedReranker.load(meta["learned"], folder / RERANKER_FILE)
            attributes = ItemAttributes.load(folder / ATTRIBUTES_FILE)
        return cls(
            models,
            meta["weights"],
            method=meta.get("method", "weighted"),
            learned=learned,
            attributes=attributes,
        )


FUSION_METHODS = ("weighted", "rrf", "learned")


def _check_method(
    method: str, learned: LearnedReranker | None, attributes: ItemAttributes | None
) -> None:
    if method not in FUSION_METHODS:
        raise RankingError(
            f"fusion method: expected 'weighted', 'rrf' or 'learned', got {method!r}"
        )
    if method == "learned" and (learned is None or attributes is None):
        raise RankingError(
            "fusion method 'learned': expected a fitted LearnedReranker and the item "
            "attributes, got None; run `shopassist train` again"
        )
