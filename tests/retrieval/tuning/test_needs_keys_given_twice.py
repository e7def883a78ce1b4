"""A needs file the user passes in is read as every YAML file is (`core.yaml_files`): one that
gives a category path twice is refused with a `RetrievalError` naming the file (YAML would
keep the last list of phrases and lose the first in silence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.errors import RetrievalError
from retrieval.tuning.needs import load_needs


def test_a_needs_file_that_gives_a_path_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "my_needs.yaml"
    path.write_text(
        "Beauty > Hair Care: [for frizz]\nBeauty > Skin: [for dry skin]\n"
        "Beauty > Hair Care: [for split ends]\n",
        encoding="utf-8",
    )
    with pytest.raises(RetrievalError) as refused:
        load_needs(path)
    said = str(refused.value)
    for part in (str(path), "'Beauty > Hair Care' twice", "(line 1)", "(line 3)", "keep one"):
        assert part in said


def test_a_needs_file_given_once_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "my_needs.yaml"
    path.write_text("Beauty > Hair Care: [for frizz, ' ']\n", encoding="utf-8")
    assert load_needs(path) == {"Beauty > Hair Care": ["for frizz"]}
    assert load_needs()
