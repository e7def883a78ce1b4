"""core.settings: SHOPASSIST_* variables, checked once, with the defaults derived from them."""

from __future__ import annotations

import pydantic
import pytest

from core.settings import Settings


def test_defaults_live_in_the_data_dir(tmp_path) -> None:
    settings = Settings(data_dir=tmp_path, _env_file=None)
    assert settings.resolved_database_url == f"sqlite:///{tmp_path / 'shopassist.db'}"
    assert settings.resolved_chroma_path == tmp_path / "chroma"
    assert settings.artifacts_dir == tmp_path / "models"
    assert settings.quarantine_dir == tmp_path / "quarantine"


def test_environment_variables_win(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("SHOPASSIST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SHOPASSIST_LLM_TIMEOUT", "7.5")
    monkeypatch.setenv("SHOPASSIST_DEVICE", "cpu")
    settings = Settings(_env_file=None)
    assert settings.data_dir == tmp_path and settings.llm_timeout == 7.5
    assert settings.resolved_device == "cpu"


@pytest.mark.parametrize(("variable", "value"), [("SHOPASSIST_LLM_TIMEOUT", "0"),
                                                 ("SHOPASSIST_LLM_TIMEOUT", "soon")])  # fmt: skip
def test_a_bad_value_names_the_setting(monkeypatch, variable, value) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(pydantic.ValidationError, match="llm_timeout"):
        Settings(_env_file=None)
