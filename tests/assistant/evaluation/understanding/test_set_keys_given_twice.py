"""A labelled set is read as every YAML file is (`core.yaml_files`): a case that gives a key
twice (``category:`` twice would keep only the last label) is refused with an
`UnderstandingSetError` naming the file, and `shopassist eval understanding --set` prints it
as one line, not a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant.evaluation.understanding.cases import UnderstandingSetError, load_cases
from ui.cli.main import main

TWICE = """\
file: twice
cases:
  - id: twice-001
    lang: en
    message: "a shampoo for oily hair"
    expect: {intent: search,
             category: "Beauty > Hair Care > Shampoos",
             category: "Beauty > Hair Care > Conditioners"}
"""


@pytest.fixture
def set_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "twice.yaml").write_text(TWICE, encoding="utf-8")
    return folder


def test_a_case_that_gives_its_category_twice_is_refused(set_dir: Path) -> None:
    with pytest.raises(UnderstandingSetError) as refused:
        load_cases(set_dir)
    said = str(refused.value)
    for part in ("twice.yaml", "'category' twice", "(line 7)", "(line 8)", "keep one"):
        assert part in said


def test_the_cli_prints_the_error_not_a_traceback(
    set_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SHOPASSIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "400")
    monkeypatch.setattr(sys, "argv", ["shopassist", "eval", "understanding", "--set", str(set_dir)])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 2
    printed = capsys.readouterr()
    shown = printed.out + printed.err
    assert "error:" in shown and "'category' twice" in shown and "keep one" in shown
    assert "Traceback" not in shown
