"""Faults: `kill -9` in the middle of training and of an index build, then a restart.

The store and the artifacts stay consistent whenever the kill lands, and rerunning finishes
the work without duplicates.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ranking.training import load_ranker

SHOPASSIST = str(Path(sys.executable).with_name("shopassist"))


def _shop(folder: Path, products: int = 400, users: int = 300) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    kinds = ["face cream", "shampoo", "nail polish", "lipstick", "perfume", "body lotion"]
    rows = [
        json.dumps({"id": f"p{i}", "title": f"{kinds[i % 6].title()} number {i}", "brand":
                    f"Brand{i % 17}", "categories": ["Beauty", kinds[i % 6]], "price": 3 + i % 40})
        for i in range(products)
    ]  # fmt: skip
    (folder / "products.jsonl").write_text("\n".join(rows) + "\n")
    events = ["user_id,item_id,kind,position"]
    for u in range(users):
        events += [f"u{u},p{(u * 7 + k * 13) % products},purchase,{k}" for k in range(6)]
    (folder / "events.csv").write_text("\n".join(events) + "\n")
    return folder


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHOPASSIST_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([SHOPASSIST, *args], env=env, capture_output=True, text=True)


def _kill_after(data_dir: Path, seconds: float, *args: str) -> None:
    env = {**os.environ, "SHOPASSIST_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"}
    process = subprocess.Popen(
        [SHOPASSIST, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    process.wait()


@pytest.mark.slow
@pytest.mark.parametrize("delay", [1.0, 3.0])
def test_kill_during_training_keeps_the_last_complete_models(tmp_path: Path, delay: float) -> None:
    data = tmp_path / "data"
    assert _run(data, "data", "import", str(_shop(tmp_path / "shop"))).returncode == 0
    first = _run(data, "train", "--models", "popularity,itemcf,transitions", "--json")
    assert first.returncode == 0, first.stderr
    before = json.loads((data / "models" / "manifest.json").read_text())["created_at"]
    _kill_after(data, delay, "train", "--models", "popularity,itemcf,transitions,mf")
    ranker = load_ranker(data / "models")  # always a complete set: the old one or the new one
    manifest = json.loads((data / "models" / "manifest.json").read_text())
    assert set(ranker.models) == set(manifest["models"])
    assert manifest["created_at"] == before or "mf" in manifest["models"]
    again = _run(data, "train", "--models", "popularity,itemcf,transitions,mf", "--json")
    assert again.returncode == 0, again.stderr
    assert set(load_ranker(data / "models").models) == {"popularity", "itemcf", "transitions", "mf"}
    assert not list(data.glob("models.*")), "no staging or old folders left behind"


@pytest.mark.slow
def test_kill_during_index_build_is_detected_and_repaired(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert (
        _run(data, "data", "import", str(_shop(tmp_path / "shop", products=2_000))).returncode == 0
    )
    _kill_after(data, 12.0, "index", "build")
    status = json.loads(_run(data, "index", "status", "--json").stdout or "{}")
    repaired = _run(data, "index", "status", "--repair", "--json")
    summary = json.loads(repaired.stdout)
    assert summary["products"] == 2_000
    final = _run(data, "index", "status", "--json")
    assert final.returncode == 0, final.stdout  # in step: nothing missing, extra or stale
    after = json.loads(final.stdout)
    assert after["indexed"] == 2_000 and after["missing"] == after["extra"] == 0
    assert status == {} or status["indexed"] <= 2_000  # never more vectors than products
