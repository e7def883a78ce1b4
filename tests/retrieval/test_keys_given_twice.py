"""A key given twice in a data file is an error, not a meaning lost in silence: YAML keeps the
last of a mapping's repeated keys (`retrieval.data_files.parse_yaml`), the lexicon the first of
a language's, whichever of its sections gives it (`retrieval.lexicon`)."""

from __future__ import annotations

import pytest

from retrieval import lexicon
from retrieval.data_files import RepeatedKeyError, parse_yaml

TWICE_IN_A_SECTION = """\
es:
  champú: shampoo
  cepillo: brush
  champú: shampoos
"""


def test_a_mapping_that_gives_a_key_twice_is_refused_with_both_values() -> None:
    with pytest.raises(RepeatedKeyError) as refused:
        parse_yaml(TWICE_IN_A_SECTION, "lexicon.yaml")
    said = str(refused.value)
    for part in ("lexicon.yaml", "'es'", "'champú'", "'shampoo' (line 2)", "'shampoos' (line 4)"):
        assert part in said
    assert said.endswith("keep one")


def test_repeats_deeper_down_or_in_lists_are_refused_too() -> None:
    with pytest.raises(RepeatedKeyError, match=r"'in_context > it' gives the key 'per'"):
        parse_yaml("in_context:\n  it:\n    per: for\n    per: per\n", "lexicon.yaml")
    with pytest.raises(RepeatedKeyError, match="'needs' gives the key 'q'"):
        parse_yaml("needs:\n  - q: a\n    q: b\n", "needs.yaml")
    with pytest.raises(RepeatedKeyError, match="the top level gives the key 'es'"):
        parse_yaml("es: {a: b}\nes: {c: d}\n", "lexicon.yaml")


def test_keys_given_once_read_as_yaml_reads_them() -> None:
    text = "es:\n  champú: shampoo\nfr:\n  champú: shampooing\nlist: [1, 1]\n"
    assert parse_yaml(text, "lexicon.yaml") == {
        "es": {"champú": "shampoo"},
        "fr": {"champú": "shampooing"},
        "list": [1, 1],
    }
    assert parse_yaml("", "empty.yaml") is None


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
