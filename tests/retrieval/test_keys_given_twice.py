"""A key one language of the lexicon gives twice is an error, not a meaning lost in silence: the
lexicon reads the first of a language's keys, whichever of its sections gives it
(`retrieval.lexicon`; a mapping's repeated keys: tests/core/test_yaml_files.py)."""

from __future__ import annotations

import pytest

from core.yaml_files import RepeatedKeyError
from retrieval import lexicon


def _lexicon_of(
    data: dict[str, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> lexicon._Lexicon:
    """The lexicon `retrieval.lexicon` builds of ``data`` in place of lexicon.yaml's."""
    monkeypatch.setattr(lexicon, "load_yaml", lambda name: data)
    return lexicon._lexicon.__wrapped__()


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


def test_a_key_two_languages_share_is_read_the_first_ones_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Languages write some words alike (`test_lexicon.KNOWN_CLASHES`): no error."""
    data = {"es": {"aniversario": "anniversary"}, "pt": {"aniversario": "birthday"}}
    assert _lexicon_of(data, monkeypatch).entries == {"aniversario": "anniversary"}
