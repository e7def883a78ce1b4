"""The training-data generator's tables, read from the packaged ``phrases.yaml``.

How shoppers phrase things (no catalog facts) and how often each kind of turn is drawn are data,
not code: they live in ``assistant/llm/tuning/phrases.yaml`` beside this module, shipped as
package data. `phrasebook()` reads that file once and checks every key's shape, so a typo in it
fails at the first generation with the key named, never as an odd example later.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from core.errors import ShopAssistError
from core.yaml_files import read_yaml

PHRASES_FILE = "assistant/llm/tuning/phrases.yaml"
"""Where the packaged tables live (named in error messages)."""

Phrases = Annotated[tuple[str, ...], Field(min_length=1)]
"""Phrasings to draw one from (never empty)."""
PhrasesBy = Annotated[dict[str, Phrases], Field(min_length=1)]
"""A key (an attribute, a language, a relative change) -> its phrasings."""


class PhrasesError(ShopAssistError):
    """The generator's tables are not valid YAML or a key has the wrong shape."""


class Phrasebook(BaseModel):
    """Every table of ``phrases.yaml``, typed (tuples and dicts, in the file's order).

    Field names are the file's keys; see the file's comments for what each one holds.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    mix: dict[str, Annotated[float, Field(gt=0)]] = Field(min_length=1)
    ask_need: Phrases
    price_max: Phrases
    price_min: Phrases
    price_range: Phrases
    price_around: Phrases
    price_low: Phrases
    price_high: Phrases
    brand_want: Phrases
    brand_exclude: Phrases
    dupe: Phrases
    plain_words: Annotated[tuple[tuple[str, str], ...], Field(min_length=1)]
    plain_templates: Phrases
    avoid_families: PhrasesBy
    avoid_family_templates: Phrases
    avoid_words: Annotated[tuple[str, ...], Field(min_length=2)]
    avoid_templates: Phrases
    recipients: Annotated[tuple[tuple[str, str, str], ...], Field(min_length=1)]
    occasions: Annotated[tuple[tuple[str, str], ...], Field(min_length=1)]
    gift_templates: Phrases
    trait_sentences: PhrasesBy
    self_trait: PhrasesBy
    attribute_templates: PhrasesBy
    slang: dict[str, str]
    fillers: Phrases
    translations: dict[str, dict[str, str]]
    lang_search: PhrasesBy
    lang_for_mum: dict[str, str]
    lang_cheaper: PhrasesBy
    lang_hair: dict[str, tuple[str, dict[str, str]]]
    greetings: Phrases
    off_topic: Phrases
    unsafe: Phrases
    unsafe_mixed: Phrases
    clear: Phrases
    answer_any: Phrases
    ordinals: Annotated[tuple[tuple[str, int], ...], Field(min_length=1)]
    answer_ordinal: Phrases
    answer_word: Phrases
    refine: PhrasesBy
    refine_price: Phrases
    drop: PhrasesBy
    ask_about: Annotated[tuple[tuple[str, str], ...], Field(min_length=1)]
    ask_brand: Phrases
    compare: Phrases
    compare_for: Phrases
    why: Phrases
    bundle: Phrases
    more_like: Phrases
    feedback_like: Phrases
    feedback_cart: Phrases
    feedback_dislike: Phrases
    feedback_plain: Phrases

    @model_validator(mode="after")
    def _every_language(self) -> Phrasebook:
        """A language drawn from ``lang_search`` is looked up in the other per-language tables."""
        languages = set(self.lang_search)
        for key in ("lang_for_mum", "lang_cheaper", "lang_hair"):
            missing = sorted(languages - set(getattr(self, key)))
            if missing:
                raise ValueError(
                    f"{key}: expected every language of lang_search "
                    f"({', '.join(sorted(languages))}), missing {', '.join(missing)}; add them"
                )
        return self


def parse_phrasebook(text: str, where: str = PHRASES_FILE) -> Phrasebook:
    """The tables in ``text`` (the YAML of a phrases file), checked.

    Args:
        text: the file's content.
        where: the file's name, for error messages.

    Raises:
        PhrasesError: malformed YAML, a key given twice, a missing or unknown key, or a key of
            the wrong shape (the message names the key, what was expected and what was found).
    """
    data = read_yaml(text, where, PhrasesError)
    if not isinstance(data, dict):
        raise PhrasesError(
            f"{where}: expected a mapping of table names to tables, got {type(data).__name__}; "
            "fix the file"
        )
    try:
        return Phrasebook.model_validate(data)
    except ValidationError as e:
        raise PhrasesError(f"{where}: {_first_problem(e)}") from e


def _first_problem(error: ValidationError) -> str:
    """The first problem pydantic found, as "key: expected X, got Y; the fix"."""
    problem: dict[str, Any] = error.errors()[0]
    key = ".".join(str(part) for part in problem["loc"]) or "(top level)"
    if problem["type"] == "missing":
        return f"{key}: expected this table, got none; add it (see the shipped {PHRASES_FILE})"
    if problem["type"] == "value_error":
        return str(problem["ctx"]["error"])
    if problem["type"] == "extra_forbidden":
        known = ", ".join(Phrasebook.model_fields)
        return f"{key}: expected one of the known tables ({known}); rename or remove it"
    found = repr(problem["input"])
    found = found if len(found) <= 80 else f"{found[:77]}..."
    expected = problem["msg"].removeprefix("Input should be ")
    if problem["type"] == "too_short":
        least = problem["ctx"]["min_length"]
        expected = f"at least {least} {'entry' if least == 1 else 'entries'}"
    return f"{key}: expected {expected}, got {found}; fix that entry"


@lru_cache(maxsize=1)
def phrasebook() -> Phrasebook:
    """The packaged tables (``phrases.yaml`` beside this module), read and checked once.

    Raises:
        PhrasesError: the packaged file is broken (see `parse_phrasebook`).
    """
    text = resources.files(__package__).joinpath("phrases.yaml").read_text(encoding="utf-8")
    return parse_phrasebook(text)
