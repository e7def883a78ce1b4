"""The serving embedder runs sentence-transformers folders on plain transformers, identically."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from retrieval.embedder import DEFAULT_MODEL, Embedder, LibraryModel, resolve_model_path
from retrieval.query_model import NumpyQueryModel, erf
from retrieval.sentence_model import SentenceModel, UnsupportedLayout, read_layout
from tests.paths import REPO

TEXTS = [
    "moisturiser for dry skin under $30",
    "  L'Oréal Paris Voluminous Mascara, Black  ",
    "",
    "argan oil " * 300,  # past the 256 word pieces the model reads
    "Shampoo",
]


@pytest.fixture(scope="module")
def packaged() -> Path:
    return Path(resolve_model_path(DEFAULT_MODEL))


def test_vectors_equal_sentence_transformers(packaged: Path) -> None:
    ours = SentenceModel(packaged).encode(TEXTS, batch_size=2)
    library = LibraryModel(str(packaged)).encode(TEXTS, batch_size=2)
    assert ours.shape == (len(TEXTS), 384)
    np.testing.assert_allclose(ours, library, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_query_path_equals_batch_path(packaged: Path) -> None:
    embedder = Embedder(str(packaged))
    batch = embedder.encode(TEXTS)
    queries = np.stack([embedder.encode_query(t) for t in TEXTS])
    np.testing.assert_allclose(queries, batch, atol=1e-5)
    assert isinstance(embedder.model, SentenceModel)


def test_layout_of_both_config_generations(packaged: Path, tmp_path: Path) -> None:
    layout = read_layout(packaged)  # sentence-transformers 2 flags, max_seq_length 256
    assert (layout.pooling, layout.max_length, layout.lowercase) == ("mean", 256, False)
    folder = tmp_path / "v6"
    shutil.copytree(packaged, folder)
    (folder / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode": "cls"}))
    (folder / "sentence_bert_config.json").unlink()  # version 6 keeps the length elsewhere
    layout = read_layout(folder)
    assert (layout.pooling, layout.max_length) == ("cls", 512)


@pytest.mark.parametrize(
    "change",
    ["extra module", "weighted pooling", "no modules"],
)
def test_other_layouts_are_refused(packaged: Path, tmp_path: Path, change: str) -> None:
    folder = tmp_path / "model"
    shutil.copytree(packaged, folder)
    modules = json.loads((folder / "modules.json").read_text())
    if change == "extra module":
        modules.append({"idx": 3, "name": "3", "path": "3_Dense", "type": "x.Dense"})
        (folder / "modules.json").write_text(json.dumps(modules))
    elif change == "weighted pooling":
        config = {"pooling_mode_mean_tokens": False, "pooling_mode_weightedmean_tokens": True}
        (folder / "1_Pooling" / "config.json").write_text(json.dumps(config))
    else:
        (folder / "modules.json").unlink()
    with pytest.raises(UnsupportedLayout):
        read_layout(folder)


def test_serving_never_imports_the_training_stack() -> None:
    probe = textwrap.dedent(
        """
        import sys
        from retrieval.embedder import Embedder
        embedder = Embedder()
        embedder.encode(["a shampoo"])
        embedder.encode_query("dry skin")
        training = ("sentence_transformers", "sklearn", "datasets", "pandas")
        print(sorted(name for name in training if name in sys.modules))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_numpy_query_model_equals_the_torch_model(packaged: Path) -> None:
    torch_rows = SentenceModel(packaged).encode(TEXTS, batch_size=1)
    numpy_rows = np.stack([NumpyQueryModel(packaged).encode_one(t) for t in TEXTS])
    assert numpy_rows.dtype == np.float32
    np.testing.assert_allclose(numpy_rows, torch_rows, atol=1e-5)


def test_erf_matches_the_standard_library() -> None:
    import math

    x = np.linspace(-6, 6, 2001)
    expected = np.array([math.erf(v) for v in x])
    np.testing.assert_allclose(erf(x.astype(np.float32)), expected, atol=1e-6)


def test_a_fresh_process_encodes_queries_without_torch() -> None:
    probe = textwrap.dedent(
        """
        import sys
        from retrieval.embedder import Embedder
        embedder = Embedder(device="auto")
        vector = embedder.encode_query("dry skin")
        heavy = ("torch", "transformers", "sentence_transformers")
        print(vector.shape, sorted(name for name in heavy if name in sys.modules))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "(384,) []"


def test_other_architectures_encode_queries_with_torch(packaged: Path, tmp_path: Path) -> None:
    folder = tmp_path / "model"
    shutil.copytree(packaged, folder)
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "hidden_act": "gelu_new"}))
    with pytest.raises(UnsupportedLayout, match="gelu_new"):
        NumpyQueryModel(folder)
    embedder = Embedder(str(folder))
    vector = embedder.encode_query("dry skin")
    assert embedder.query_model is None
    np.testing.assert_allclose(vector, embedder.encode(["dry skin"])[0], atol=1e-5)
