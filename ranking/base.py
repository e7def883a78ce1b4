"""The contract every recommender implements, and what they share.

A model is fitted on `Interactions` and scores items for a `UserState`. Internally every model
works on item indices and produces a score for every item in its vocabulary
(:meth:`Recommender.score_vector`); :meth:`Recommender.score` picks the asked candidates out of it,
and :meth:`Recommender.score_batch` scores many histories at once for the offline evaluation.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, ClassVar, Generic, Self, TypeVar, get_args

import numpy as np

from catalog.schema import Event
from ranking.data import Interactions
from ranking.errors import RankingError
from ranking.state import UserState

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1

_MODEL_GLOBALS = frozenset(
    {
        ("numpy", "dtype"),
        ("numpy", "ndarray"),
        ("numpy._core.numeric", "_frombuffer"),
        ("numpy.core.numeric", "_frombuffer"),
        ("numpy._core.multiarray", "_reconstruct"),
        ("numpy.core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "scalar"),
        ("numpy.core.multiarray", "scalar"),
        ("scipy.sparse._csr", "csr_matrix"),
        ("scipy.sparse._csc", "csc_matrix"),
        ("scipy.sparse._coo", "coo_matrix"),
    }
)
"""What a saved model's state is made of besides plain values: numpy arrays and scalars,
scipy sparse matrices (and the models' own parameter dataclasses, see `_ModelUnpickler`)."""


class _ModelUnpickler(pickle.Unpickler):
    """Reads a model file's state and nothing else: a global outside `_MODEL_GLOBALS` and the
    ``ranking`` package's parameter dataclasses (``os.system``, ``builtins.eval``...) is refused,
    so a model file from the data dir or an artifact store cannot run code in the worker that
    loads it."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _MODEL_GLOBALS:
            return super().find_class(module, name)
        if module.split(".")[0] == "ranking" and name.endswith("Params"):
            found = super().find_class(module, name)
            if isinstance(found, type) and is_dataclass(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a model file")


P = TypeVar("P")


@dataclass(frozen=True)
class NoParams:
    """The hyper-parameters of a model that has none."""


class Recommender(Generic[P]):
    """Base class: fit on interactions, score candidates for a user state, save and load.

    Subclasses implement :meth:`fit` and :meth:`score_vector`, and may override
    :meth:`score_batch` (vectorised), :meth:`explain` and :meth:`update`. Each states its
    hyper-parameters once, as a frozen dataclass that parametrises the class
    (``class ItemCF(SimilarityModel[ItemCFParams])``, which sets ``params_type``); the constructor
    takes one of those, or keyword overrides of its defaults (``ItemCF(top_k=50)``).

    Args:
        params: the hyper-parameters (default: ``params_type()``).
        **overrides: hyper-parameters to change from ``params``.

    Raises:
        RankingError: a parameter the model does not have, or a value it refuses.
    """

    name: ClassVar[str] = "base"
    reason_template: ClassVar[str | None] = None
    """A reason such as "often bought with {item}"; filled by :meth:`explain`."""
    reason_again: ClassVar[str | None] = None
    """The reason when an earlier reason of the same pick already named its item ("often
    bought with it"); None: the template with the name again."""
    params_type: ClassVar[type[Any]] = NoParams
    """The frozen dataclass of this model's hyper-parameters (from the class's parameter)."""

    item_ids: list[str]
    index: dict[str, int]
    params: P

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for base in cls.__dict__.get("__orig_bases__", ()):
            for arg in get_args(base):
                if isinstance(arg, type):
                    cls.params_type = arg

    def __init__(self, params: P | None = None, **overrides: Any) -> None:
        self.item_ids = []
        self.index = {}
        self.params = make_params(self.name, self.params_type, params, overrides)

    # -- the contract -----------------------------------------------------------------------

    def fit(self, data: Interactions) -> Self:
        """Learn from the interactions; returns self."""
        raise NotImplementedError

    def score(self, state: UserState, item_ids: Sequence[str]) -> np.ndarray:
        """Scores of ``item_ids`` for this shopper (higher is better; unknown items get 0).

        Args:
            state: the shopper's history and in-session feedback.
            item_ids: the candidates to score.

        Returns:
            A float32 array aligned with ``item_ids``.
        """
        self._check_fitted()
        history, negatives = self.encode_state(state)
        full = self.score_vector(history, negatives)
        return self.gather(full, item_ids)

    def score_vector(self, history: np.ndarray, negatives: np.ndarray | None = None) -> np.ndarray:
        """Scores of every item in the vocabulary for a history of item indices (oldest first).

        Args:
            history: item indices, oldest first.
            negatives: indices of disliked items, which should pull similar items down.
        """
        raise NotImplementedError

    def score_batch(self, histories: Sequence[np.ndarray]) -> np.ndarray:
        """Scores of every item for each history: a (len(histories), n_items) float32 array."""
        self._check_fitted()
        out = np.zeros((len(histories), len(self.item_ids)), dtype=np.float32)
        for row, history in enumerate(histories):
            out[row] = self.score_vector(history)
        return out

    def catalog_zscores(self, state: UserState, item_ids: Sequence[str]) -> np.ndarray:
        """Scores of ``item_ids`` standardised over the whole catalog, the history masked (as
        the offline evaluation normalises them); models may override it with a faster path."""
        from ranking.fusion import zscore

        self._check_fitted()
        history, negatives = self.encode_state(state)
        full = self.score_vector(history, negatives)
        mask = np.zeros(len(full), dtype=bool)
        mask[history] = True
        return self.gather(zscore(full, mask), item_ids)

    def update(self, event: Event) -> bool:
        """Learn from one new event without retraining; returns False where it makes no sense."""
        return False

    def explain(self, history: np.ndarray, item: int) -> tuple[str, int] | None:
        """The history item that most lifted ``item``, as (reason template, history item index)."""
        return None

    def save(self, path: Path | str) -> Path:
        """Write the fitted model to ``path`` (a file); returns the path."""
        self._check_fitted()
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"format": FORMAT_VERSION, "class": type(self).__name__, "state": self._state()}
        with path.open("wb") as f:
            pickle.dump(payload, f, protocol=pickle.HIGHEST_PROTOCOL)
        return path

    @classmethod
    def load(cls, path: Path | str) -> Self:
        """Read a model written by :meth:`save`.

        Raises:
            RankingError: missing file, or a file written by another model class or version.
        """
        path = Path(path)
        if not path.exists():
            raise RankingError(f"{path}: no such model file; train first with `shopassist train`")
        try:
            with path.open("rb") as f:
                payload = _ModelUnpickler(f).load()
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError) as e:
            raise RankingError(
                f"{path}: not a model file this version can read ({e}); retrain with "
                "`shopassist train`"
            ) from e
        if not isinstance(payload, dict):
            raise RankingError(f"{path}: expected a saved model, got a {type(payload).__name__}")
        if payload.get("format") != FORMAT_VERSION or payload.get("class") != cls.__name__:
            raise RankingError(
                f"{path}: expected a {cls.__name__} model (format {FORMAT_VERSION}), got "
                f"{payload.get('class')} (format {payload.get('format')}); retrain"
            )
        model = cls.__new__(cls)
        model._restore(payload["state"])
        return model

    # -- helpers ----------------------------------------------------------------------------

    def _state(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def _restore(self, state: dict[str, Any]) -> None:
        self.__dict__.update(upgrade_state(self.params_type, state))

    @property
    def fitted(self) -> bool:
        """Whether :meth:`fit` (or :meth:`load`) has run."""
        return bool(self.item_ids)

    def _check_fitted(self) -> None:
        if not self.fitted:
            raise RankingError(f"{self.name}: the model is not fitted; call fit() or load() first")

    def _set_vocabulary(self, data: Interactions) -> None:
        self.item_ids = list(data.item_ids)
        self.index = dict(data.index)

    def encode_state(self, state: UserState) -> tuple[np.ndarray, np.ndarray]:
        """(history, disliked) as item indices; unknown items are dropped."""
        index = self.index
        history = np.array([index[i] for i in state.sequence if i in index], dtype=np.int64)
        negatives = np.array([index[i] for i in state.disliked if i in index], dtype=np.int64)
        return history, negatives

    def gather(self, full: np.ndarray, item_ids: Sequence[str]) -> np.ndarray:
        """Pick ``item_ids`` out of a full score vector (unknown items get 0)."""
        index = self.index
        idx = np.fromiter((index.get(i, -1) for i in item_ids), dtype=np.int64, count=len(item_ids))
        out = np.zeros(len(item_ids), dtype=np.float32)
        known = idx >= 0
        out[known] = full[idx[known]]
        return out


def make_params(
    owner: str, params_type: type[Any], params: Any, overrides: Mapping[str, Any]
) -> Any:
    """``params`` (default ``params_type()``) with ``overrides`` applied, checked by name.

    Raises:
        RankingError: ``params`` is not a ``params_type``, or an override names no field.
    """
    base = params_type() if params is None else params
    if not isinstance(base, params_type):
        raise RankingError(
            f"{owner} params: expected {params_type.__name__}, got {type(base).__name__}"
        )
    known = [f.name for f in fields(params_type)]
    unknown = sorted(set(overrides) - set(known))
    if unknown:
        raise RankingError(
            f"{owner} parameters: expected some of {', '.join(known) or 'none'}, got "
            f"{', '.join(unknown)}; drop or rename them"
        )
    return replace(base, **overrides) if overrides else base


def upgrade_state(params_type: type[Any], state: Mapping[str, Any]) -> dict[str, Any]:
    """A saved model state with its hyper-parameters as one ``params_type`` object.

    Models saved before the hyper-parameters were a dataclass kept each one as an attribute
    (and SASRec its network ones in a ``params`` dict); those files still load.
    """
    state = dict(state)
    if isinstance(state.get("params"), params_type):
        return state
    legacy = state.pop("params", None) or {}
    values = {f.name: state.pop(f.name) for f in fields(params_type) if f.name in state}
    state["params"] = params_type(**{**legacy, **values})
    return state


def recency_weights(length: int, decay: float, max_items: int) -> np.ndarray:
    """Weights for the last ``min(length, max_items)`` items, newest 1.0, older ``decay**age``."""
    n = min(length, max_items)
    return (decay ** np.arange(n - 1, -1, -1)).astype(np.float32)
