"""The recommenders, each behind the `ranking.base.Recommender` contract."""

from __future__ import annotations

from typing import Any

MODEL_NAMES = (
    "popularity",
    "itemcf",
    "transitions",
    "seqknn",
    "sasrec",
    "mf",
    "content",
)


def make_model(name: str, **params: Any) -> Any:
    """A new, unfitted model by name (see ``MODEL_NAMES``) with its parameters.

    Raises:
        RankingError: unknown name.
    """
    from ranking.errors import RankingError

    if name == "popularity":
        from ranking.models.popularity import Popularity

        return Popularity(**params)
    if name == "itemcf":
        from ranking.models.itemcf import ItemCF

        return ItemCF(**params)
    if name == "transitions":
        from ranking.models.transitions import Transitions

        return Transitions(**params)
    if name == "seqknn":
        from ranking.models.seqknn import SequenceKNN

        return SequenceKNN(**params)
    if name == "sasrec":
        from ranking.models.sasrec import SASRec

        return SASRec(**params)
    if name == "mf":
        from ranking.models.mf import ImplicitMF

        return ImplicitMF(**params)
    if name == "content":
        from ranking.models.content import Content

        return Content(**params)
    raise RankingError(f"model: expected one of {', '.join(MODEL_NAMES)}, got {name!r}")


def model_class(name: str) -> type:
    """The class behind a model name (for loading)."""
    return type(make_model(name))
