"""The recommenders, each behind the `ranking.base.Recommender` contract."""

from __future__ import annotations

import importlib
from typing import Any

_CLASSES = {  # name -> (module, class), imported on first use
    "popularity": ("ranking.models.popularity", "Popularity"),
    "itemcf": ("ranking.models.itemcf", "ItemCF"),
    "transitions": ("ranking.models.transitions", "Transitions"),
    "seqknn": ("ranking.models.seqknn", "SequenceKNN"),
    "sasrec": ("ranking.models.sasrec", "SASRec"),
    "mf": ("ranking.models.mf", "ImplicitMF"),
    "content": ("ranking.models.content", "Content"),
}
MODEL_NAMES = tuple(_CLASSES)


def make_model(name: str, **params: Any) -> Any:
    """A new, unfitted model by name (see ``MODEL_NAMES``) with its parameters.

    Raises:
        RankingError: unknown name.
    """
    return model_class(name)(**params)


def model_class(name: str) -> type:
    """The class behind a model name (for loading).

    Raises:
        RankingError: unknown name.
    """
    from ranking.errors import RankingError

    if name not in _CLASSES:
        raise RankingError(f"model: expected one of {', '.join(MODEL_NAMES)}, got {name!r}")
    module, cls = _CLASSES[name]
    return getattr(importlib.import_module(module), cls)
