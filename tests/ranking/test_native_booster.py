"""A saved reranker predicted by LightGBM's C library directly gives the package's scores."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from ranking.errors import RankingError
from ranking.native_booster import NativeBooster, library_path
from ranking.reranker import LearnedReranker
from tests.paths import REPO
from tests.ranking.synthetic import reranker_data

pytestmark = pytest.mark.skipif(library_path() is None, reason="lightgbm's C library not found")


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    z, lengths, attrs, target = reranker_data()
    reranker = LearnedReranker(["good", "noise"], rounds=40).fit(z, lengths, attrs, target)
    folder = tmp_path_factory.mktemp("reranker")
    reranker.save(folder / "trees.txt")
    return folder / "trees.txt", reranker.to_dict()


@pytest.mark.parametrize("layout", ["float32", "float64", "fortran", "int"])
def test_scores_are_the_packages_bit_for_bit(saved: tuple[Path, dict], layout: str) -> None:
    import lightgbm as lgb

    path, _ = saved
    package = lgb.Booster(model_file=str(path))
    rng = np.random.default_rng(1)
    x = rng.normal(size=(300, package.num_feature()))
    x[::5, 1] = np.nan  # missing values take the trees' default branches
    if layout == "float32":
        x = x.astype(np.float32)
    elif layout == "fortran":
        x = np.asfortranarray(x)
    elif layout == "int":
        x = np.nan_to_num(x * 3).astype(np.int64)
    ours = NativeBooster(path).predict(x, num_threads=1)
    assert ours.dtype == np.float64 and ours.shape == (300,)
    assert np.array_equal(ours, package.predict(x, num_threads=1))


def test_a_loaded_reranker_scores_as_the_trained_one_without_the_package(
    saved: tuple[Path, dict],
) -> None:
    path, settings = saved
    probe = textwrap.dedent(
        f"""
        import json, sys
        import numpy as np
        from ranking.reranker import LearnedReranker
        from tests.ranking.synthetic import reranker_data
        again = LearnedReranker.load(json.loads({json.dumps(json.dumps(settings))}), {str(path)!r})
        z, lengths, attrs, _ = reranker_data()
        np.save(sys.argv[1], again.score(z, lengths, attrs))
        print(type(again.booster).__name__, [m for m in ("lightgbm", "sklearn", "pandas")
                                             if m in sys.modules])
        """
    )
    out_file = path.parent / "scores.npy"
    out = subprocess.run(
        [sys.executable, "-c", probe, str(out_file)],
        capture_output=True, text=True, cwd=REPO, check=True,
    )  # fmt: skip
    assert out.stdout.strip().splitlines()[-1] == "NativeBooster []"
    trained = LearnedReranker(settings["names"], rounds=40).fit(*reranker_data())
    z, lengths, attrs, _ = reranker_data()
    assert np.array_equal(np.load(out_file), trained.score(z, lengths, attrs))


def test_save_writes_the_same_file_back(saved: tuple[Path, dict], tmp_path: Path) -> None:
    path, _ = saved
    NativeBooster(path).save_model(tmp_path / "again.txt")
    assert (tmp_path / "again.txt").read_bytes() == path.read_bytes()


def test_a_broken_file_says_to_train_again(tmp_path: Path) -> None:
    (tmp_path / "trees.txt").write_text("not a model\n")
    with pytest.raises(RankingError, match="shopassist train"):
        NativeBooster(tmp_path / "trees.txt")
