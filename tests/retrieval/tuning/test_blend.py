"""WiSE-FT blending of a tuned embedder with its base: the ends are the two models, the middle
neither, on the real packaged all-MiniLM-L6-v2; published as a version with the weight."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from retrieval.errors import RetrievalError
from retrieval.tuning.artifact import latest, publish, read_manifest
from retrieval.tuning.blend import blend_into, check_alpha
from retrieval.tuning.needs import load_needs
from retrieval.tuning.pipeline import blend_version, tune_embedder
from retrieval.tuning.trainer import load_base
from tests.retrieval.conftest import make_products

PROBE = ["shampoo for dry hair", "Matte Red Lipstick Long Lasting Revlon", "cologne for men"]


def _encode(model) -> np.ndarray:
    return model.encode(PROBE, normalize_embeddings=True, convert_to_numpy=True)


def _tuned_stand_in():
    """The base model with every weight moved (seeded): a 'tuned' model without training."""
    model = load_base("all-MiniLM-L6-v2", "cpu")
    generator = torch.Generator().manual_seed(7)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(0.02 * torch.randn(p.shape, generator=generator))
    return model


@pytest.fixture(scope="module")
def vectors() -> dict[str, np.ndarray]:
    return {
        "base": _encode(load_base("all-MiniLM-L6-v2", "cpu")),
        "tuned": _encode(_tuned_stand_in()),
    }


def test_blend_zero_is_the_base_one_the_tuned_and_between_is_neither(vectors) -> None:
    base, tuned = vectors["base"], vectors["tuned"]
    assert np.abs(base - tuned).max() > 0.05, "the stand-in must differ from the base"
    reference = load_base("all-MiniLM-L6-v2", "cpu")
    for alpha, expected in ((0.0, base), (1.0, tuned)):
        blended = blend_into(_tuned_stand_in(), reference, alpha)
        assert np.allclose(_encode(blended), expected, atol=1e-6), alpha
    half = _encode(blend_into(_tuned_stand_in(), reference, 0.5))
    assert np.abs(half - base).max() > 0.01 and np.abs(half - tuned).max() > 0.01
    # the weights themselves are interpolated, name by name
    mid = blend_into(_tuned_stand_in(), reference, 0.25).state_dict()
    moved, ref = _tuned_stand_in().state_dict(), reference.state_dict()
    name = next(n for n, t in ref.items() if torch.is_floating_point(t))
    assert torch.allclose(mid[name], 0.75 * ref[name] + 0.25 * moved[name], atol=1e-6)


def test_blend_refuses_other_models_and_weights_outside_zero_one() -> None:
    for bad in (-0.1, 1.5, float("nan")):
        with pytest.raises(RetrievalError, match=r"weight in \[0, 1\]"):
            check_alpha(bad)
    with pytest.raises(RetrievalError, match="same tensors"):
        blend_into(torch.nn.Linear(2, 3), torch.nn.Sequential(torch.nn.Linear(2, 3)), 0.5)
    with pytest.raises(RetrievalError, match="of one shape"):
        blend_into(torch.nn.Linear(2, 3), torch.nn.Linear(2, 4), 0.5)


def test_blend_version_publishes_the_blend_with_its_weight(tmp_path: Path, vectors) -> None:
    from sentence_transformers import SentenceTransformer

    source = publish(
        _tuned_stand_in(),
        {"base_model": "all-MiniLM-L6-v2", "blend": 1.0, "metrics": {"steps_run": 3}},
        tmp_path,
        "tuned-1",
    )
    zero = blend_version(tmp_path, 0.0)
    assert Path(zero["path"]) == latest(tmp_path)
    one = blend_version(tmp_path, 1.0, source=source)
    for manifest, expected in ((zero, vectors["base"]), (one, vectors["tuned"])):
        loaded = SentenceTransformer(manifest["path"], device="cpu")
        assert np.allclose(_encode(loaded), expected, atol=1e-5)
    written = read_manifest(zero["path"])
    assert written["blend"] == 0.0 and written["blended_from"] == "tuned-1"
    assert written["metrics"] == {"steps_run": 3} and written["base_model"] == "all-MiniLM-L6-v2"
    with pytest.raises(RetrievalError, match="expected an unblended tuned version"):
        blend_version(tmp_path, 0.5, source=zero["path"])
    with pytest.raises(RetrievalError, match=r"weight in \[0, 1\]"):
        blend_version(tmp_path, 2.0, source=source)


def test_tune_with_blend_zero_publishes_the_base_weights(tmp_path: Path, vectors) -> None:
    from sentence_transformers import SentenceTransformer

    from retrieval.tuning.trainer import TuneParams

    products = make_products()
    params = TuneParams(batch_size=4, max_seq_length=16, eval_steps=2, learning_rate=1e-3)
    manifest = tune_embedder(
        products, [[p.id for p in products]], tmp_path, max_pairs=12, params=params,
        needs=load_needs(), progress=False, blend=0.0,
    )  # fmt: skip
    assert manifest["metrics"]["steps_run"] >= 2, "the tune itself ran"
    loaded = SentenceTransformer(manifest["path"], device="cpu")
    assert np.allclose(_encode(loaded), vectors["base"], atol=1e-5)
    written = json.loads((Path(manifest["path"]) / "manifest.json").read_text())
    assert written["blend"] == 0.0 and written["metrics"]["blend"]["alpha"] == 0.0


def test_the_tune_blend_command_publishes_a_version(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from ui.cli.main import app

    runner = CliRunner(env={"SHOPASSIST_DATA_DIR": str(tmp_path)})
    nothing = runner.invoke(app, ["tune", "blend", "--alpha", "0.5"])
    assert nothing.exit_code != 0 and "tuned embedder" in str(nothing.exception)
    publish(_tuned_stand_in(), {"base_model": "all-MiniLM-L6-v2", "blend": 1.0}, tmp_path, "t-1")
    assert runner.invoke(app, ["tune", "blend", "--alpha", "1.5"]).exit_code == 2
    done = runner.invoke(app, ["tune", "blend", "--alpha", "0.3", "--json"])
    assert done.exit_code == 0, done.output
    manifest = json.loads(done.stdout)
    assert manifest["blend"] == 0.3 and manifest["blended_from"] == "t-1"
    assert latest(tmp_path) == Path(manifest["path"])
