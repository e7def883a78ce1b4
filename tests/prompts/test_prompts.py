"""Prompt templates: packaged, loaded by name, rendered strictly."""

from __future__ import annotations

import pytest

import prompts
from prompts import PromptError

VALUES = {
    "product": {"name": "Lip Balm", "brand": "Olay", "category": "Lips", "price": "$4.50"},
    "audience": "all customers",
    "tone": "friendly",
    "length": "short",
}


def test_every_copy_channel_has_a_prompt():
    assert {"copy_email", "copy_sms", "copy_push", "copy_banner"} <= set(prompts.available())


def test_every_name_listed_is_a_prompt_and_data_files_are_not_listed():
    """The parser's worked examples sit beside the prompts but hold no template: listed as a
    prompt, `load` refused them and a missing prompt's error offered them."""
    names = prompts.available()
    assert "parser_examples" not in names
    assert all(prompts.load(name).template for name in names)
    with pytest.raises(PromptError, match="expected one of") as error:
        prompts.load("no_such_prompt")
    assert "parser_examples" not in str(error.value)


@pytest.mark.parametrize("name", ["copy_email", "copy_sms", "copy_push", "copy_banner"])
def test_render_fills_the_facts_and_ends_at_the_cue(name):
    spec = prompts.load(name)
    text = spec.render(**VALUES)
    assert '"Lip Balm"' in text and "$4.50" in text
    assert text.rstrip() == text and text.endswith(":")
    assert spec.stop and spec.max_new_tokens > 0 and 0 < spec.temperature <= 1


def test_missing_variable_is_an_error_not_a_hole():
    with pytest.raises(PromptError, match="undefined"):
        prompts.render("copy_sms", product=VALUES["product"], tone="friendly")


def test_unknown_prompt_lists_the_known_ones():
    with pytest.raises(PromptError, match="copy_sms"):
        prompts.load("no_such_prompt")
    with pytest.raises(PromptError, match="expected letters"):
        prompts.load("../etc/passwd")
