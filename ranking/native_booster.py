"""A saved LightGBM model, predicted by LightGBM's own C library without its Python package.

`import lightgbm` also imports scikit-learn, pandas and scipy (its optional integrations): about
1.6-2.7 s of a fresh serving worker's start on the 2-core machine (docs/BENCHMARKS.md, "Fresh
worker"), for a worker that only predicts. The library file the package ships
(``lightgbm/lib/lib_lightgbm.so``) is found without importing the package and called through
ctypes with exactly the arguments `lightgbm.Booster.predict` passes for a 2-D numpy matrix, so
the scores are the library's own, bit for bit (tests compare them). Training keeps the package.
"""

from __future__ import annotations

import ctypes
import importlib.util
import threading
from pathlib import Path
from typing import Any

import numpy as np

from ranking.errors import RankingError

_LIBRARY_NAMES = ("lib_lightgbm.so", "lib_lightgbm.dylib", "lib_lightgbm.dll")
_DTYPE_FLOAT32, _DTYPE_FLOAT64 = 0, 1  # C_API_DTYPE_*
_ROW_MAJOR, _COL_MAJOR = 1, 0  # C_API_IS_ROW_MAJOR / C_API_IS_COL_MAJOR
_PREDICT_NORMAL = 0  # C_API_PREDICT_NORMAL
_ALL_ITERATIONS = -1  # a loaded Booster's best_iteration: predict with every tree
_loaded: list[Any] = []
_loading = threading.Lock()


def library_path() -> Path | None:
    """The LightGBM C library the installed ``lightgbm`` package ships (None: not found)."""
    spec = importlib.util.find_spec("lightgbm")  # finds the package folder, imports nothing
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for sub in ("lib", ""):
            for name in _LIBRARY_NAMES:
                path = Path(folder) / sub / name
                if path.is_file():
                    return path
    return None


def _library() -> Any:
    with _loading:
        if not _loaded:
            path = library_path()
            if path is None:
                raise RankingError(
                    "reranker: expected the lightgbm package's C library, found none; "
                    "pip install lightgbm"
                )
            lib = ctypes.cdll.LoadLibrary(str(path))
            lib.LGBM_GetLastError.restype = ctypes.c_char_p
            _loaded.append(lib)
        return _loaded[0]


def _check(lib: Any, code: int) -> None:
    if code != 0:
        message = lib.LGBM_GetLastError().decode("utf-8", "replace")
        raise RankingError(f"reranker: LightGBM failed ({message}); run `shopassist train` again")


class NativeBooster:
    """A LightGBM model file, loaded for prediction only (`predict`, and `save_model` writes
    the same file back).

    Args:
        path: a model written by `lightgbm.Booster.save_model`.

    Raises:
        RankingError: the library is missing or cannot read the file.
    """

    def __init__(self, path: str | Path) -> None:
        self._lib = _library()
        self._text = Path(path).read_bytes()
        self._handle = ctypes.c_void_p()
        iterations = ctypes.c_int(0)
        _check(
            self._lib,
            self._lib.LGBM_BoosterCreateFromModelfile(
                str(path).encode(), ctypes.byref(iterations), ctypes.byref(self._handle)
            ),
        )
        classes = ctypes.c_int(0)
        _check(self._lib, self._lib.LGBM_BoosterGetNumClasses(self._handle, ctypes.byref(classes)))
        self.num_class = classes.value

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle is not None and handle.value:
            self._lib.LGBM_BoosterFree(handle)

    def predict(self, data: np.ndarray, num_threads: int | None = None) -> np.ndarray:
        """Scores of the rows of a 2-D matrix, as `lightgbm.Booster.predict(data,
        num_threads=...)` returns them (float64; one column per class when there are several).
        """
        if data.ndim != 2:
            raise ValueError(f"data: expected a 2-D matrix, got {data.ndim} dimensions")
        dtype = data.dtype if data.dtype in (np.float32, np.float64) else np.float32
        order, layout = ("F", _COL_MAJOR) if data.flags["F_CONTIGUOUS"] else ("C", _ROW_MAJOR)
        flat = np.asarray(data, dtype=dtype, order=order).ravel(order=order)
        kind = _DTYPE_FLOAT32 if dtype == np.float32 else _DTYPE_FLOAT64
        parameter = b"" if num_threads is None else f"num_threads={num_threads}".encode()
        rows, columns = data.shape
        size = ctypes.c_int64(0)
        _check(
            self._lib,
            self._lib.LGBM_BoosterCalcNumPredict(
                self._handle, ctypes.c_int(rows), ctypes.c_int(_PREDICT_NORMAL),
                ctypes.c_int(0), ctypes.c_int(_ALL_ITERATIONS), ctypes.byref(size),
            ),
        )  # fmt: skip
        out = np.empty(size.value, dtype=np.float64)
        written = ctypes.c_int64(0)
        _check(
            self._lib,
            self._lib.LGBM_BoosterPredictForMat(
                self._handle, flat.ctypes.data_as(ctypes.c_void_p), ctypes.c_int(kind),
                ctypes.c_int32(rows), ctypes.c_int32(columns), ctypes.c_int(layout),
                ctypes.c_int(_PREDICT_NORMAL), ctypes.c_int(0), ctypes.c_int(_ALL_ITERATIONS),
                ctypes.c_char_p(parameter), ctypes.byref(written),
                out.ctypes.data_as(ctypes.POINTER(ctypes.c_double)),
            ),
        )  # fmt: skip
        if written.value != size.value:
            raise RankingError(f"reranker: expected {size.value} scores, got {written.value}")
        return out if size.value == rows else out.reshape(rows, -1)

    def save_model(self, path: str | Path) -> None:
        """Write the model file this was loaded from (the model is unchanged)."""
        Path(path).write_bytes(self._text)
