"""A key one language of the lexicon gives twice is an error, not a meaning lost in silence: the
lexicon reads the first of a language's keys, whichever of its sections gives it
(`retrieval.lexicon`; a mapping's repeated keys: tests/core/test_yaml_files.py)."""

from __future__ import annotations

import pytest

from core.yaml_files import RepeatedKeyError
from retrieval.lexicon import tables


def _lexicon_of(
    data: dict[str, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> tables._Lexicon:
    """The lexicon `retrieval.lexicon` builds of ``data`` in place of lexicon.yaml's."""
    monkeypatch.setattr(tables, "load_yaml", lambda name: data)
    return tables._lexicon.__wrapped__()


@pytest.mark.parametrize(
    "data",
    [
        {"es": {"Champú": "shampoo", "champú": "shampoos"}},  # the keys are read lower-cased
        {"es": {"champú": "shampoo"}, "es-types": {"champú": "shampoos"}},
    ],
)
def test_a_key_one_language_gives_twice_is_refused(
    data: dict[str, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(RepeatedKeyError) as refused:
        _lexicon_of(data, monkeypatch)
    said = str(refused.value)
    for part in ("'champú'", "in 'es'", "'shampoo' (section 'es')", "'shampoos' (section"):
        assert part in said
    assert "only the first is read" in said


def test_a_key_two_languages_share_is_read_in_each_one_s_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Languages write some words alike: no error; the first language's English is the one
    read where the message says no more (`entries`), each one's kept by language."""
    data = {"es": {"aniversario": "anniversary"}, "pt": {"aniversario": "birthday"}}
    read = _lexicon_of(data, monkeypatch)
    assert read.entries == {"aniversario": "anniversary"}
    assert read.readings == {"aniversario": {"es": "anniversary", "pt": "birthday"}}


def test_a_key_a_second_language_gives_twice_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = {"es": {"suche": "x"}, "pl": {"suche": "dry"}, "pl-more": {"suche": "dried"}}
    with pytest.raises(RepeatedKeyError, match="in 'pl'"):
        _lexicon_of(data, monkeypatch)
