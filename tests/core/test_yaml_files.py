"""A key given twice in a YAML file is an error, not a meaning lost in silence: plain YAML keeps
the last of a mapping's repeated keys; `core.yaml_files.parse_yaml` refuses them."""

from __future__ import annotations

import subprocess

import pytest

from core.errors import ShopAssistError
from core.yaml_files import RepeatedKeyError, parse_yaml, read_yaml
from tests.paths import REPO

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


def test_the_error_is_one_a_user_is_shown() -> None:
    """Every interface prints a `ShopAssistError` as a message, not a traceback."""
    assert issubclass(RepeatedKeyError, ShopAssistError)


def test_every_tracked_yaml_file_of_the_repo_loads() -> None:
    """No YAML file the project keeps gives a key twice (read, never printed: the held-out
    sets are among them)."""
    listed = subprocess.run(
        ["git", "ls-files", "*.yaml", "*.yml"], cwd=REPO, capture_output=True, text=True
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    files = listed.stdout.split()
    assert files
    refused = []
    for name in files:
        try:
            parse_yaml((REPO / name).read_text(encoding="utf-8"), name)
        except RepeatedKeyError:
            refused.append(name)
    assert refused == []


class _LayerError(ShopAssistError):
    """A reading layer's own error, as `read_yaml` raises it."""


def test_read_yaml_raises_the_layer_s_error_for_text_that_is_not_yaml_or_a_key_twice() -> None:
    """`read_yaml`: one way to read a layer's YAML file; both failures are the layer's error,
    named by the file, or by ``where`` where given ("prompt 'copy'")."""
    assert read_yaml("a: 1", "a.yaml", _LayerError) == {"a": 1}
    with pytest.raises(_LayerError, match=r"(?s)^a\.yaml: malformed YAML: .*; fix the file$"):
        read_yaml("a: [1", "a.yaml", _LayerError)
    with pytest.raises(_LayerError, match=r"^prompt 'copy': malformed YAML"):
        read_yaml("a: [1", "prompts/copy.yaml", _LayerError, where="prompt 'copy'")
    with pytest.raises(_LayerError, match=r"^lexicon\.yaml: section 'es' gives the key") as twice:
        read_yaml(TWICE_IN_A_SECTION, "lexicon.yaml", _LayerError)
    assert isinstance(twice.value.__cause__, RepeatedKeyError)
    with pytest.raises(_LayerError, match=r"^prompt 'copy': lexicon\.yaml: section 'es'"):
        read_yaml(TWICE_IN_A_SECTION, "lexicon.yaml", _LayerError, where="prompt 'copy'")
